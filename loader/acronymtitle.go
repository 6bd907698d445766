package loader

import "github.com/newsgraph/newsgraph/schema"

// A body's bracketed acronym before a title and a name: "CDU Finance Minister X", "SPD
// Chancellor Y", after the document wrote "the Christian Democratic Union (CDU)". Wire
// style puts a politician's party, by its acronym, before a government title; the
// capitalised run "CDU Finance Minister X" would otherwise lose the acronym to the
// person's name or drop it. The acronym is read as a mention of its own (resolution makes
// it the body it stands for) and the title and name are read from the title on, so the
// relation stage reads the body before the title as it does for "CDU member X".

// acronymTitleAt reads, at word i, an acronym the document defines in brackets before a
// title and a capitalised name: a mention of the body, ending at i+1.
func (dt *detector) acronymTitleAt(ws []word, i int, st *detectState) (int, bool) {
	w := ws[i]
	if !w.Upper || len(w.Text) < 2 || !dt.bracketed[w.Key] || dt.inLexicon(w.Key) || i > 0 && (ws[i-1].Cap && !ws[i-1].Punct || ws[i-1].Key == "s") {
		return 0, false
	}
	_, n, _ := matchTitle(ws, i+1)
	if n == 0 || !ws[i+1].Cap || ws[i+1].Upper || i+1+n >= len(ws) || !ws[i+1+n].Cap || ws[i+1+n].Punct {
		return 0, false // not "CDU leaders", nor a headline in capitals
	}
	st.ms = append(st.ms, mention{Start: i, End: i + 1, Text: w.Text, Class: schema.Organization, Kind: mName})
	return i + 1, true
}

// bracketEvidence notes the upper-case words the document writes alone in brackets just
// after a capitalised name ("the Social Democratic Party (SPD)"), whether or not their
// letters spell its initials (a party's acronym is often of its own language's name).
func bracketEvidence(ws []word, bracketed map[string]bool) {
	for k := 2; k+1 < len(ws); k++ {
		if ws[k].Upper && ws[k-1].Text == "(" && ws[k+1].Text == ")" && ws[k-2].Cap && !ws[k-2].Punct {
			bracketed[ws[k].Key] = true
		}
	}
}
