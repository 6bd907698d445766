package loader

import "github.com/newsgraph/newsgraph/schema"

// bareCapitalFacts reads "the capital, X,", "the capital X" and "the capital city (of) X" with no country of their
// own ("Protesters marched in the capital, Lomara, on Monday") in a story about one
// country (homeCountry), as bare titles are read: X is in that country. Not when the
// sentence names another country or a body or person of one (namesForeign: "flew to Kenya
// and toured the capital, X"), not for a capital the lexicons place ("the capital,
// Nairobi,") and not for a place the document already puts in a country.
func bareCapitalFacts(views []*sentenceView, fs *factSet) {
	dom := homeCountry(fs, views)
	if dom == nil {
		return
	}
	placed := map[*entity]bool{}
	for _, k := range fs.order {
		if k.p == schema.LocatedIn && k.o.Class == schema.Country {
			placed[k.s] = true
		}
	}
	for _, v := range views {
		for _, m := range v.ms {
			e := m.ent
			if e == nil || e.Class != schema.Place || m.Kind != mName || m.coref || m.Capital || e.Country != "" || placed[e] || !bareCapitalBefore(v.ws, m) || namesForeign(v, dom) {
				continue
			}
			fs.add(e, schema.LocatedIn, dom, v.n)
			placed[e] = true
		}
	}
}

// bareCapitalBefore reports whether "the capital" or "the capital city" stands right
// before mention m ("the capital city Lomara"), before "of" before it ("the capital city of
// Lomara", not of a province: "the capital city of Nyandu province" names no capital), or
// before a comma before it with a comma or the sentence's end after it.
func bareCapitalBefore(ws []word, m mention) bool {
	k := m.Start - 1
	switch {
	case k >= 0 && ws[k].Text == ",":
		if m.End < len(ws) && ws[m.End].Text != "," && ws[m.End].Text != "." {
			return false
		}
		k--
	case k >= 2 && ws[k].Lower == "of" && ws[k-1].Lower == "city":
		if m.End < len(ws) && !ws[m.End].Cap && adminUnits[ws[m.End].Lower] {
			return false
		}
		k--
	}
	if k >= 2 && ws[k].Lower == "city" && !ws[k].Cap {
		k-- // "the capital city"
	}
	return k >= 1 && capitalNouns[ws[k].Lower] && !ws[k].Cap && ws[k-1].Lower == "the"
}
