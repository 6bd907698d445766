// Package eval scores a loader's output against a gold set, exactly as the project's
// reference scorer score.py does (shared/eval/score.py; a copy is in testdata/).
//
// A gold set is a directory with entities.tsv (canonical, class, |-separated aliases)
// and gold.tsv (document, subject, predicate, object, evidence), each with a header
// line. [ReadGold] reads one; [ParseNQuads] reads the quads to score, or [FromSchema]
// converts quads in memory; [Score] computes a [Report] of typed-entity, fact and
// evidence precision, recall and F1, and counts per predicate.
//
// # Agreement with score.py
//
// The port keeps score.py's normalisation (NFKD without combining marks, lower case, a
// possessive 's dropped, anything but a-z and 0-9 a separator), its alias ownership (a
// gold alias belongs to every entity listing it; the first owner wins when nothing
// else decides), its resolution of a predicted node through its names, and its
// rounding of every score to three decimals. Go's standard library has no Unicode
// decomposition, so normtable.go, generated from Python's unicodedata by
// gen_normtable.py, records what the normalisation makes of each non-ASCII character.
// [Report.WriteText] prints the same text as score.py.
package eval
