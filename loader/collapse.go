package loader

import (
	"github.com/newsgraph/newsgraph/loader/syntax"
	"github.com/newsgraph/newsgraph/schema"
)

// Name collapse: the parser, trained on web text, breaks around multiword names it does
// not know ("Militants from the Velka Democratic Front attacked Kisumu" reads "Front
// attacked Kisumu" as a noun phrase; the possessive inside "the Kenya People's Party"
// splits the tree). As relation extractors commonly do, the window is parsed with each
// multiword name the mentions found written as its head word alone, tagged as a proper
// noun; the tree is then expanded back: the name's other words hang from its head word,
// and every arc to or from the single token is an arc to or from the head word.

// collapseNames switches the collapse on; collapsePersons adds the names of persons
// (folded into the surname); foldThe folds the "the" before a name too ("from the X
// Front attacked Y" is read as a noun phrase "the Front attacked Y" even with the name
// collapsed). Measured on the construction tests (go test ./loader/): all three on, 26
// tests fail; persons off, 16; persons and "the" off, 11; with the head word's form
// replaced by a stand-in name the parser knows, or by the name's first word, 14 and 15.
// The head word of a body's name ("Front", "Brigade", "Alliance") is a common noun in
// web text: alone after "the" the parser reads it as one ("the Front's X said": Front
// the subject; "the leaders of the Alliance, signed": no apposition), and the first
// word that told it a name is gone. On (persons and "the" off) it adds 13 facts on BBC
// news of which 7 are right and loses 3 right ones, and one wrong fact on the seeds, so
// it stays off.
var (
	collapseNames   = false
	collapsePersons = false
	foldThe         = false
)

// nameSpan is a multiword name in a parse window: bytes [Start, End) of the window's
// text, and whether it names a person (whose head word is the surname).
type nameSpan struct {
	Start, End int
	Person     bool
	Det        bool // its first word is "the", which hangs from the head word (det)
}

// collapsibleNames returns the multiword names among v's mentions that lie inside the
// window of bytes [a, b) of the sentence, in the window's offsets: names of persons,
// bodies, places and countries of two words or more, with the "the" before them
// (demonyms, pronouns and descriptions are no names).
func (v *sentenceView) collapsibleNames(a, b int) []nameSpan {
	if !collapseNames {
		return nil
	}
	var out []nameSpan
	for _, m := range v.ms {
		if m.Kind != mName || m.skip || !collapsibleClass(m.Class) {
			continue
		}
		s := m.Start
		if s < m.End && v.ws[s].Lower == "the" {
			s++
		}
		if m.End-s < 2 || m.End > len(v.ws) || v.ws[s].Start < a || v.ws[m.End-1].End > b {
			continue
		}
		punct := false
		for i := s; i < m.End; i++ {
			punct = punct || v.ws[i].Punct && v.ws[i].Text != "." && v.ws[i].Text != "&"
		}
		if punct {
			continue // "Kisumu, Velka": two names the mention joins
		}
		from := s
		if foldThe && s > 0 && v.ws[s-1].Lower == "the" && v.ws[s-1].Start >= a {
			from = s - 1 // "the": folded too, since "from the X attacked Y" reads "the X attacked Y" as a noun phrase
		}
		out = append(out, nameSpan{Start: v.ws[from].Start - a, End: v.ws[m.End-1].End - a, Person: m.Class == schema.Person, Det: from < s})
	}
	return out
}

// collapsibleClass reports whether a name of class c is collapsed.
func collapsibleClass(c schema.Class) bool {
	return c == schema.Person && collapsePersons || c == schema.Organization || c == schema.Place || c == schema.Country
}

var (
	nameHeadBreaks = wordSet("nameHeadBreaks")
	nameSuffixes   = wordSet("nameSuffixes")
)

// nameHead returns the index in toks of a name's head word: a person's surname (the last
// word but a suffix such as "Jr."), the word before "of" or "for" in "the Bank of X",
// else the last word.
func nameHead(toks []syntax.Token, person bool) int {
	if person {
		for i := len(toks) - 1; i > 0; i-- {
			if !nameSuffixes[toks[i].Form] {
				return i
			}
		}
		return 0
	}
	for i := 1; i < len(toks); i++ {
		if nameHeadBreaks[toks[i].Form] {
			return i - 1
		}
	}
	return len(toks) - 1
}

// collapsedTokens returns, for tokens toks of a window and its names, the index of the
// head token each token is folded into (itself for a token outside a multiword name),
// whether it is a person's, whether it is a name's "the", and whether any token is folded.
func collapsedTokens(toks []syntax.Token, names []nameSpan) (into []int, person, det []bool, any bool) {
	into = make([]int, len(toks))
	person, det = make([]bool, len(toks)), make([]bool, len(toks))
	for i := range into {
		into[i] = i
	}
	for _, n := range names {
		a, b := -1, -1
		for i, t := range toks {
			if t.Start >= n.Start && t.End <= n.End {
				if a < 0 {
					a = i
				}
				b = i + 1
			}
		}
		if a < 0 || b-a < 2 || into[a] != a || into[b-1] != b-1 || toks[a].Start != n.Start || toks[b-1].End != n.End {
			continue // a name the tokens do not cover exactly, or one already folded
		}
		first := a
		if n.Det {
			first++
		}
		if b-first < 2 {
			continue
		}
		h := first + nameHead(toks[first:b], n.Person)
		for i := a; i < b; i++ {
			into[i], person[i] = h, n.Person
		}
		det[a] = n.Det
		any = true
	}
	return into, person, det, any
}

// parseCollapsed parses toks (tokenised, not yet tagged) with each multiword name of
// names folded into its head word, tagged a proper noun, and expands the tree back. The
// result is one tree as Parse gives: the folded words are leaves of their head word.
func parseCollapsed(m *syntax.Model, toks []syntax.Token, names []nameSpan) {
	into, person, det, any := collapsedTokens(toks, names)
	if !any {
		m.Parse(toks)
		return
	}
	m.Tag(toks) // the folded words keep the tags the whole window gives them
	var short []syntax.Token
	var fixed []bool
	at := make([]int, len(toks)) // token -> its index in short, -1 when folded
	var back []int               // index in short -> token
	for i, t := range toks {
		at[i] = -1
		if into[i] != i {
			continue
		}
		at[i] = len(short)
		back = append(back, i)
		head := i > 0 && into[i-1] == i || i+1 < len(toks) && into[i+1] == i
		if head {
			t.UPOS, t.XPOS = "PROPN", "NNP"
		}
		short = append(short, t)
		fixed = append(fixed, head)
	}
	m.ParseFixed(short, fixed)
	for i := range toks {
		if at[i] >= 0 {
			s := short[at[i]]
			toks[i].UPOS, toks[i].XPOS, toks[i].Lemma, toks[i].Rel = s.UPOS, s.XPOS, s.Lemma, s.Rel
			toks[i].Head = 0
			if s.Head > 0 {
				toks[i].Head = back[s.Head-1] + 1
			}
			continue
		}
		toks[i].Head = into[i] + 1
		switch {
		case det[i]:
			toks[i].Rel = "det"
		case person[i] || i > into[i]:
			toks[i].Rel = "flat"
		default:
			toks[i].Rel = "compound"
		}
	}
}
