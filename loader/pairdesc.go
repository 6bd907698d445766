package loader

import "github.com/newsgraph/newsgraph/schema"

// Pair descriptions: "Chile and Peru signed a treaty. The two countries have been allies
// since": one phrase standing for two antecedents. The phrase ("the two countries", "both
// nations", "the two leaders") becomes two mentions, one of each antecedent, on its number
// word and on its noun, marked as a pair so that a list, a subject or an object read on
// one of them holds the other too. The antecedents are the two entities of the phrase's
// class that the sentence names before the phrase or, if it names none, the nearest
// sentence of the corefWindow before it that names any; a sentence that names one, or
// three or more, leaves the phrase alone. "The two sides" stands for two countries only
// when the sentence before the phrase, or else the one before it, names exactly two and
// no other body (not "Israel and Hamas", not "Peru and Chile at the United Nations").

// pairCountryNouns and pairPersonNouns are the plural nouns of pair descriptions of
// countries and of persons.
var (
	pairCountryNouns = wordSet("pairCountryNouns")
	pairPersonNouns  = wordSet("pairPersonNouns")
	pairSideNouns    = wordSet("pairSideNouns")
	pairGroupNouns   = wordSet("pairGroupNouns")
)

// pairDescriptions binds the pair descriptions of views to their two antecedents.
func pairDescriptions(views []*sentenceView) {
	for n, v := range views {
		var extra []mention
		for i := 0; i+1 < len(v.ws); i++ {
			if pairGroupPhrase(v, i) {
				if a, b := nearestPair(views, n, i, schema.Person); a != nil && joinedByAnd(views, n, i, a, b) {
					extra = append(extra, mention{Start: i + 1, End: i + 2, Text: v.ws[i+1].Text, Class: schema.Person, Kind: mCollective, ent: groupEntity([]*entity{a, b}), coref: true})
				}
				continue
			}
			num, noun, class := pairPhrase(v, i)
			if noun < 0 {
				continue
			}
			var a, b *entity
			if pairSideNouns[v.ws[noun].Lower] {
				a, b = nearestSides(views, n, i)
			} else {
				a, b = nearestPair(views, n, i, class)
			}
			if a == nil {
				continue
			}
			extra = append(extra,
				mention{Start: num, End: num + 1, Text: v.ws[num].Text, Class: class, Kind: mCollective, ent: a, coref: true, pair: 1},
				mention{Start: noun, End: noun + 1, Text: v.ws[noun].Text, Class: class, Kind: mCollective, ent: b, coref: true, pair: 2})
			i = noun
		}
		if len(extra) > 0 {
			v.insertMentions(extra)
		}
	}
}

// pairPhrase returns the number word and the noun of a pair description at word i ("the
// two countries", "the two neighbouring nations", "both leaders") and the class it
// describes; noun is -1 when there is none. Words already in a mention are no phrase.
func pairPhrase(v *sentenceView, i int) (num, noun int, class schema.Class) {
	num = i
	switch {
	case v.ws[i].Lower == "the" && i+2 < len(v.ws) && v.ws[i+1].Lower == "two":
		num = i + 1
	case v.ws[i].Lower == "both" && (i == 0 || v.ws[i-1].Lower != "the"):
	default:
		return 0, -1, ""
	}
	noun = num + 1
	if noun+1 < len(v.ws) && !v.ws[noun].Cap && !pairNoun(v.ws[noun].Lower) {
		noun++ // one modifier: "the two neighbouring countries"
	}
	if noun >= len(v.ws) || v.at[num] >= 0 || v.at[noun] >= 0 && v.ms[v.at[noun]].Kind != mCollective {
		return 0, -1, ""
	}
	if noun+1 < len(v.ws) && (v.ws[noun+1].Lower == "of" || v.ws[noun+1].Hyph) {
		return 0, -1, "" // "both countries of origin", "the two countries-"
	}
	switch w := v.ws[noun].Lower; {
	case pairCountryNouns[w] || pairSideNouns[w]:
		return num, noun, schema.Country
	case pairPersonNouns[w]:
		return num, noun, schema.Person
	}
	return 0, -1, ""
}

// nearestPair returns the two entities of class c that sentence n names before word i,
// or else the nearest sentence of the corefWindow before it that names any; nil when
// that sentence names one, or more than two (but see listedPair for countries).
func nearestPair(views []*sentenceView, n, i int, c schema.Class) (*entity, *entity) {
	passed := false // a sentence naming one country passed on the way back
	for back := 0; back <= sameHeadWindow && n-back >= 0; back++ {
		var found []*entity
		for _, m := range views[n-back].ms {
			if back == 0 && m.Start >= i {
				break
			}
			if m.ent == nil || m.ent.Class != c || m.Kind == mPronoun || m.pair != 0 || containsEntity(found, m.ent) {
				continue
			}
			found = append(found, m.ent)
		}
		switch {
		case len(found) == 2 && (passed || back > corefWindow):
			if listedPair(views[n-back], found[0], found[1]) {
				return found[0], found[1]
			}
			return nil, nil
		case len(found) == 2:
			return found[0], found[1]
		case len(found) == 1 && c == schema.Country:
			passed = true
		case len(found) > 0:
			return nil, nil
		}
	}
	return nil, nil
}

// Past a sentence that names one country ("Tanzania did not send a delegation"), or
// further back than the corefWindow, "the two countries" are the two a sentence names
// together as a list of two ("Kenya and Uganda signed"): a careful reader's pair, where two
// named apart are not.

// listedPair reports whether v names a and b as a list of two ("A and B").
func listedPair(v *sentenceView, a, b *entity) bool {
	for k, m := range v.ms {
		if m.ent != a {
			continue
		}
		ks, _ := v.list(k)
		return len(ks) == 2 && v.ent(ks[1]) == b
	}
	return false
}

// nearestSides returns the two countries that "the two sides" at word i of sentence n
// stands for: those of the words before it in the sentence, or else of the sentence
// before, when that names exactly two countries and no organisation that is not a body of
// one of them, nor a person of no country's post; nil otherwise.
func nearestSides(views []*sentenceView, n, i int) (*entity, *entity) {
	for back := 0; back <= 1 && n-back >= 0; back++ {
		var found []*entity
		others := false
		for _, m := range views[n-back].ms {
			if back == 0 && m.Start >= i {
				break
			}
			switch {
			case m.ent == nil || m.Kind == mPronoun || m.pair != 0:
			case m.ent.Class == schema.Country:
				if !containsEntity(found, m.ent) {
					found = append(found, m.ent)
				}
			case m.ent.Class == schema.Organization && m.ent.Country == "" || m.Kind == mCollective:
				others = true // "Israel and Hamas", "the army and the rebels": no telling
			}
		}
		switch {
		case len(found) == 2 && !others:
			return found[0], found[1]
		case len(found) > 0 || others:
			return nil, nil
		}
	}
	return nil, nil
}

// pairGroupPhrase reports whether words i and i+1 of v are "the pair" or "the duo" (not
// "the pair of", not in a name): two persons named before, as one group.
func pairGroupPhrase(v *sentenceView, i int) bool {
	if v.ws[i].Lower != "the" || !v.ws[i+1].in(hotPairGroupNouns) || v.at[i+1] >= 0 {
		return false
	}
	return i+2 >= len(v.ws) || v.ws[i+2].Lower != "of" && !v.ws[i+2].Hyph && v.ws[i+2].Key != "s"
}

// joinedByAnd reports whether the nearest sentence up to sentence n (before word i) that
// names person a names it in a list with b ("A and B arrived"): "the pair" are two
// persons named together, not any two a sentence names.
func joinedByAnd(views []*sentenceView, n, i int, a, b *entity) bool {
	for back := 0; back <= corefWindow && n-back >= 0; back++ {
		v := views[n-back]
		for k, m := range v.ms {
			if back == 0 && m.Start >= i {
				break
			}
			if m.ent != a {
				continue
			}
			ks, _ := v.list(k)
			return len(ks) == 2 && v.ent(ks[1]) == b
		}
	}
	return false
}

// pairNoun reports whether w ends a pair description.
func pairNoun(w string) bool {
	return pairCountryNouns[w] || pairPersonNouns[w] || pairSideNouns[w]
}

func containsEntity(es []*entity, e *entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// pairPartner returns the other mention of the pair description mention k is in, or -1.
func (v *sentenceView) pairPartner(k int) int {
	switch {
	case v.ms[k].pair == 1 && k+1 < len(v.ms) && v.ms[k+1].pair == 2:
		return k + 1
	case v.ms[k].pair == 2 && k > 0 && v.ms[k-1].pair == 1:
		return k - 1
	}
	return -1
}

// pairWords reports whether words may hold a pair description (a cheap test for the parse
// gate, which runs before the descriptions are bound).
func pairWords(ws []word) bool {
	for _, w := range ws {
		if w.Lower == "two" || w.Lower == "both" || w.in(hotPairGroupNouns) {
			return true
		}
	}
	return false
}

// gatePairs adds to v, for the parse gate, the two mentions of each pair description, of
// the class it describes and with no entity yet.
func gatePairs(v *sentenceView) {
	if !pairWords(v.ws) {
		return
	}
	var extra []mention
	for i := 0; i+1 < len(v.ws); i++ {
		if pairGroupPhrase(v, i) {
			extra = append(extra, mention{Start: i + 1, End: i + 2, Class: schema.Person, Kind: mCollective})
			continue
		}
		if num, noun, class := pairPhrase(v, i); noun >= 0 {
			extra = append(extra, mention{Start: num, End: num + 1, Class: class, Kind: mCollective, pair: 1},
				mention{Start: noun, End: noun + 1, Class: class, Kind: mCollective, pair: 2})
			i = noun
		}
	}
	if len(extra) > 0 {
		v.insertMentions(extra)
	}
}
