package loader

import "github.com/newsgraph/newsgraph/schema"

// Place descriptions: "Fighting broke out in X on Monday. The rebels attacked the city on
// Tuesday" reads the city as X. "The city" and "the town" stand for the one place (not a
// country) that the sentence names before them or, if it names none, the nearest sentence
// of the corefWindow before it that names any; "the capital" for the one capital named so.
// A sentence naming two such places leaves the description alone (which of them it means
// is a guess), and so do "the city of X" (a name of its own), "the city X" and "X, the
// city" (an apposition, read elsewhere).

// placeDescNouns are the descriptions of a place named before; capitalNouns those of a capital.
var (
	placeDescNouns = wordSet("placeDescNouns")
	capitalNouns   = wordSet("capitalNouns")
)

// placeDescriptions binds the place descriptions of views to the place they stand for.
func placeDescriptions(views []*sentenceView) {
	for n, v := range views {
		var extra []mention
		for i := 0; i+1 < len(v.ws); i++ {
			noun := v.ws[i+1]
			if v.ws[i].Lower != "the" || !placeDescNouns[noun.Lower] && !capitalNouns[noun.Lower] || v.at[i+1] >= 0 || i > 0 && v.ws[i-1].Text == "," {
				continue
			}
			if j := i + 2; j < len(v.ws) && (v.ws[j].Lower == "of" || v.ws[j].Cap && !v.ws[j].Punct || v.ws[j].Text == "," && j+1 < len(v.ws) && v.ws[j+1].Cap || v.ws[j].Hyph) {
				continue
			}
			if e := nearestPlace(views, n, i, capitalNouns[noun.Lower]); e != nil {
				extra = append(extra, mention{Start: i + 1, End: i + 2, Text: noun.Text, Class: schema.Place, Kind: mCollective, ent: e, coref: true})
			}
		}
		if len(extra) > 0 {
			v.insertMentions(extra)
		}
	}
}

// nearestPlace returns the one place (a capital, if capital) named in sentence n before
// word i, or else in the nearest sentence of the corefWindow before it that names one;
// nil when that sentence names two.
func nearestPlace(views []*sentenceView, n, i int, capital bool) *entity {
	return nearestFitting(views, n, i, func(m *mention) bool {
		return m.ent.Class == schema.Place && !m.coref && (!capital || m.Capital)
	})
}
