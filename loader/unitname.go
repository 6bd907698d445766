package loader

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// unitHeads end the name of a military unit numbered by an ordinal ("the 25th Division").
var unitHeads = wordSet("unitHeads")

// ordinalWords number a unit in words ("the Third Brigade").
var ordinalWords = wordSet("ordinalWords")

// ordinalNumber reports whether w is an ordinal in figures ("25th", "1st", "82nd").
func ordinalNumber(w word) bool {
	t := w.Lower
	if len(t) < 3 || t[0] < '0' || t[0] > '9' {
		return false
	}
	n := len(t) - len(strings.TrimLeft(t, "0123456789"))
	switch t[n:] {
	case "st", "nd", "rd", "th":
		return n > 0
	}
	return false
}

// unitAt reads a military unit named by an ordinal and up to three capitalised words
// ending in a unit noun at words[i:] ("the 25th Division", "the Third Brigade", "the 82nd
// Airborne Division"): an organisation, whose name keeps the ordinal. It returns the word
// after the name; false when words[i] starts no such name.
func (dt *detector) unitAt(ws []word, i int, st *detectState) (int, bool) {
	w := ws[i]
	if w.Punct || !(ordinalNumber(w) || w.Cap && ordinalWords[w.Lower]) {
		return 0, false
	}
	e := i + 1
	for e < len(ws) && e < i+4 && ws[e].Cap && !ws[e].Punct && !ws[e].Hyph {
		e++
	}
	if e == i+1 || !unitHeads[ws[e-1].Key] || e < len(ws) && ws[e].Cap && !ws[e].Punct {
		return 0, false
	}
	for _, x := range ws[i+1 : e-1] {
		if _, ok := dt.lex.lookup(x.Key); ok || dt.lex.firstNames[x.Key] {
			return 0, false // "the First Lebanon War", "a second John Smith company"
		}
	}
	st.ms = append(st.ms, mention{Start: i, End: e, Text: joinName(ws[i:e]), Class: schema.Organization, Kind: mName})
	st.clearTitle()
	return e, true
}
