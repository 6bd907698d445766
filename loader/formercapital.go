package loader

import "github.com/newsgraph/newsgraph/schema"

// formerCapitalActors gives a capital that acts ("Moscow said", "backed by Belgrade") to
// the state of the past that governed from it when the document names that state and not
// the present-day one: in a story of "Soviet troops" and "the Soviet Union", "Moscow
// protested" is the Soviet Union, not Russia. The capitals are formerstates.tsv's fifth
// column. It receives a document's mentions, sentence by sentence, after detection, and
// changes the canonical name of those capital mentions in place.
func formerCapitalActors(ms [][]mention, lx *lexicon) {
	if len(lx.formerCapitals) == 0 {
		return
	}
	named := map[string]bool{} // countries the document names by name or demonym ("Russian troops" too)
	for _, s := range ms {
		for _, m := range s {
			switch {
			case m.Capital:
			case m.Class == schema.Country && m.Canon != "":
				named[m.Canon] = true
			case m.Class != schema.Place && m.Country != "":
				named[m.Country] = true
			}
		}
	}
	for _, s := range ms {
		for i := range s {
			m := &s[i]
			if !m.Capital || m.Class != schema.Country || named[m.Canon] {
				continue
			}
			if past := lx.formerCapitals[schema.NameKey(m.Text)]; past != "" && named[past] {
				m.Canon, m.Country = past, past
			}
		}
	}
}
