package loader

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Mentions (stage 4): the party-and-state tag after an American legislator's name.
//
// "Sen. Jake Doe (R-Utah)", "Rep. Ann Roe, D-R.I., said": the letter names the party and
// the word after the hyphen the state (data/partytags.tsv, regions.tsv), both entities of
// the sentence; the tag is no part of the name and names no person.

// partyTagLex maps a tag's party letter and its state abbreviations (NameKey form, no
// dots) to the party and the state.
var partyTagLex = func() (l struct{ parties, states map[string]string }) {
	l.parties, l.states = map[string]string{}, map[string]string{}
	eachLine("data/partytags.tsv", func(f []string) {
		if len(f) < 3 {
			return
		}
		switch f[0] {
		case "party":
			l.parties[f[1]] = f[2]
		case "state":
			l.states[f[1]] = f[2]
		}
	})
	return l
}()

// partyTagAt reads a party-and-state tag at words[i] (the party letter, after "(" or ",")
// and returns the word after it.
func (dt *detector) partyTagAt(ws []word, i int, st *detectState) (int, bool) {
	w := ws[i]
	if i == 0 || ws[i-1].Text != "(" && ws[i-1].Text != "," || i+1 >= len(ws) || !ws[i+1].Hyph || !ws[i+1].Cap {
		return 0, false // the shape before the look-up: most words are not in a tag
	}
	party := partyTagLex.parties[w.Lower] // Lower is strings.ToLower(Text)
	if party == "" {
		return 0, false
	}
	state, end := dt.tagState(ws, i+1)
	if state == "" {
		return 0, false
	}
	st.ms = append(st.ms,
		mention{Start: i, End: i + 1, Text: w.Text, Class: schema.Organization, Kind: mName, Canon: party},
		mention{Start: i + 1, End: i + 2, Text: ws[i+1].Text, Class: schema.Place, Kind: mName, Canon: state, Country: "United States"})
	st.clearTitle()
	return end, true
}

// tagState returns the American state a tag's word at words[k] names ("Utah", "R.I.",
// "Wis", "Ill" with its dot) and the word after it, or "" when it names none or the tag
// does not end there.
func (dt *detector) tagState(ws []word, k int) (string, int) {
	key := strings.ReplaceAll(strings.ToLower(ws[k].Text), ".", "")
	end := k + 1
	if end < len(ws) && ws[end].Text == "." {
		end++ // "R-Ill.,"
	}
	if end < len(ws) && ws[end].Text != ")" && ws[end].Text != "," && ws[end].Text != "." {
		return "", 0
	}
	if s := partyTagLex.states[key]; s != "" {
		return s, end
	}
	if e, ok := dt.lex.lookup(ws[k].Key); ok && e.Kind == kindPlace && e.Country == "United States" {
		return e.Name, end
	}
	return "", 0
}
