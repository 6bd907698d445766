package loader

import "github.com/newsgraph/newsgraph/schema"

// "Its" after a verb of reporting or "and": "The X Front said its leader, Y, ...", "X
// and its chairman Y" name Y's post in X; and "Its" opening a sentence before a title
// and a name ("Its leader, Y, said") after a sentence that names one body. Only these are
// read: any other "its" may stand for a body the reader did not name.

// itsPossessors binds "its" to the organisation or country that reports it or is joined to
// it: "X said its leader, Y, ...", "X said on Monday that its fighters ...", "X and its
// chairman Y". Any other "its" is left alone: its antecedent may be a body the reader
// did not name.
func itsPossessors(views []*sentenceView) {
	for n, v := range views {
		var extra []mention
		if e := itsOpener(views, n); e != nil {
			extra = append(extra, mention{Start: 0, End: 1, Text: v.ws[0].Text, Class: e.Class, Kind: mCollective, ent: e, coref: true})
		}
		for i := 1; i+1 < len(v.ws); i++ {
			if v.ws[i].Lower != "its" || v.at[i] >= 0 || v.ws[i+1].Punct {
				continue
			}
			if e := itsReporter(v, i); e != nil {
				extra = append(extra, mention{Start: i, End: i + 1, Text: v.ws[i].Text, Class: e.Class, Kind: mCollective, ent: e, coref: true})
			}
		}
		if len(extra) > 0 {
			v.insertMentions(extra)
		}
	}
}

// itsReporter returns the organisation or country named just before "its" at word i with
// "and" between them, or before a verb of reporting a few words before it; nil for none.
func itsReporter(v *sentenceView, i int) *entity {
	j := i - 1
	if j > 0 && v.ws[j].Lower == "that" {
		j-- // "said that its": not when "That its" opens the sentence
	}
	if v.ws[j].Lower != "and" {
		for n := 0; j > 0 && n < 3 && !v.ws[j].in(hotReportVerbs) && v.at[j] < 0 && !v.ws[j].Punct; n++ {
			j-- // "said on Monday its"
		}
		if !v.ws[j].in(hotReportVerbs) {
			return nil
		}
	}
	if j < 1 || v.at[j-1] < 0 {
		return nil
	}
	e := v.ms[v.at[j-1]].ent
	if e == nil || e.Class != schema.Organization && e.Class != schema.Country {
		return nil
	}
	return e
}

// itsOpener returns the body "Its" stands for when it opens sentence n before a title and
// a name ("Its leader, X, said", "Its chairman X"): the one organisation or country the
// sentence before names (every other name of that sentence a place or a person); nil
// when it names none or two.
func itsOpener(views []*sentenceView, n int) *entity {
	v := views[n]
	if n == 0 || len(v.ws) < 4 || v.ws[0].Lower != "its" || v.at[0] >= 0 {
		return nil
	}
	j := 1
	for j < len(v.ws) && titleLex().modifiers[v.ws[j].Lower] {
		j++
	}
	_, k, _ := matchTitle(v.ws, j)
	if k == 0 || j+k >= len(v.ws) {
		return nil
	}
	if j += k; v.ws[j].Text == "," {
		j++
	}
	if j >= len(v.ws) || v.at[j] < 0 || v.ms[v.at[j]].Class != schema.Person {
		return nil
	}
	var found *entity
	for _, m := range views[n-1].ms {
		if e := m.ent; e != nil && (e.Class == schema.Organization || e.Class == schema.Country) {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}
