package loader

import "github.com/newsgraph/newsgraph/schema"

// outletAfterCue reads the name of a newspaper, broadcaster or company that begins with a
// country's or a place's name after a lower-case noun of its kind ("the newspaper Nihon X
// Y", "the daily Kisumu Z"): one organisation, neither the country nor a person of the
// words after it. It returns the word after the name.
func (dt *detector) outletAfterCue(ws []word, i int, st *detectState) (int, bool) {
	if i == 0 || ws[i-1].Cap || !ws[i-1].in(hotMediaCues) || !ws[i].Cap {
		return 0, false
	}
	lm, ok := dt.lexMatch(ws, i)
	if !ok || lm.Class != schema.Country && lm.Class != schema.Place {
		return 0, false
	}
	k := lm.End
	for k < len(ws) && k < lm.End+3 && ws[k].Cap && !ws[k].Punct && !ws[k].Hyph && !isTitleWord(ws[k].Key) && !dt.lex.firstNames[ws[k].Key] && !ws[k].in(hotNotNames) && !dt.inLexicon(ws[k].Key) {
		k++
	}
	if k == lm.End || k < len(ws) && (ws[k].Cap && !ws[k].Punct || ws[k].Hyph) {
		return 0, false // no name after the country's, or a longer run than an outlet's name
	}
	st.ms = append(st.ms, mention{Start: i, End: k, Text: joinName(ws[i:k]), Class: schema.Organization, Kind: mName})
	st.clearTitle()
	return k, true
}

// exchangeCode reports whether the word at words[i] is the exchange's code after the dot
// of a wire copy's ticker ("LON" of "<VLKX.LON>"): no body's name.
func exchangeCode(ws []word, i int) bool {
	return i >= 3 && ws[i-1].Text == "." && ws[i-3].Text == "<" && ws[i-2].Upper && i+1 < len(ws) && ws[i+1].Text == ">"
}

// letterAfterHyphen reports whether w is one capital letter glued by a hyphen to the word
// before it, as the names of bands and acts end ("Velka-X"), never a place's.
func letterAfterHyphen(w word) bool {
	return w.Hyph && len(w.Text) == 1 && w.Cap
}
