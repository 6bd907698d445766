package loader

import "github.com/newsgraph/newsgraph/schema"

// Places that a noun phrase around a place's name puts in another: "the Afrin district of
// Syria", "Aleppo, the country's second city", "Mombasa, the Kenyan port city", "Syria's
// second city, Aleppo" (issue 11, recall round 2). Read by placeFacts (relation.go).

// unitOfPlace returns the place or country that "the X area of Y" or "the X district of
// Y" puts place mention m in; -1 if none. The unit noun must follow the name in lower
// case and "of" must follow it: "the Aleppo province of Syria", not "the Aleppo city
// council" nor "the Gaza area's hospitals". Y is a country, or a place after a name no
// lexicon knows.
func unitOfPlace(v *sentenceView, m mention) int {
	e := m.End
	if m.Start == 0 || v.ws[m.Start-1].Lower != "the" || e+2 >= len(v.ws) {
		return -1
	}
	if v.ws[e].Cap || v.at[e] >= 0 || !areaUnits[v.ws[e].Lower] || v.ws[e+1].Lower != "of" {
		return -1
	}
	c := v.mentionStarting(e+2, placeDirections...)
	if c < 0 || v.ms[c].Kind == mDemonym || v.ms[c].Class != schema.Country && v.ms[c].Class != schema.Place {
		return -1
	}
	if v.ms[c].Class == schema.Place && (m.Canon != "" || regionOf(v, m) != nil) {
		// "the London suburb of Greenwich", "the northeast China province of Heilongjiang":
		// a known place before the noun contains the one after it. Only a name no lexicon
		// knows reads the other way ("the Mowden area of Darlington").
		return -1
	}
	return c
}

// areaUnits are the lower-case nouns that make "the X <noun> of Y" a part of Y
// (data/words.txt).
var areaUnits = wordSet("areaUnits")

// describedPlaceOf returns the country that an appositive after a place's name at word i
// names by a description or a demonym: ", the country's capital" (the last country named
// before in the sentence), ", the Kenyan capital", ", the Kenyan port city"; -1 if none.
// The phrase must end at punctuation or the sentence's end ("the Kenyan capital's mayor"
// places nothing).
func describedPlaceOf(v *sentenceView, i int) int {
	if i+3 >= len(v.ws) || v.ws[i].Text != "," || v.ws[i+1].Lower != "the" {
		return -1
	}
	j, c := i+2, -1
	if v.ws[j].Lower == "country" && v.ws[j+1].Key == "s" && !v.ws[j+1].Hyph {
		c = lastCountryBefore(v, i)
		j += 2
	} else if k := v.at[j]; k >= 0 && v.ms[k].Kind == mDemonym && v.ms[k].Class == schema.Country {
		c = k
		j = v.ms[k].End
	}
	if c < 0 {
		return -1
	}
	head := false
	for ; j < len(v.ws) && j < i+8 && v.at[j] < 0 && !v.ws[j].Punct && !v.ws[j].Cap; j++ {
		head = placeNouns[v.ws[j].Lower]
	}
	if !head || j < len(v.ws) && !v.ws[j].Punct {
		return -1
	}
	return c
}

// lastCountryBefore returns the last mention of a country (not a demonym) that ends
// before word i, or -1.
func lastCountryBefore(v *sentenceView, i int) int {
	best := -1
	for k, m := range v.ms {
		if m.End <= i && m.Class == schema.Country && m.Kind != mDemonym && m.ent != nil &&
			(best < 0 || m.End > v.ms[best].End) {
			best = k
		}
	}
	return best
}

// introducedBeforeComma returns the country or place whose place noun introduces the
// place named at word start after a comma: "Syria's second city, Aleppo"; -1 if none.
func introducedBeforeComma(v *sentenceView, start int) int {
	if start < 3 || v.ws[start-1].Text != "," || v.at[start-2] >= 0 || !placeIntroNouns[v.ws[start-2].Lower] {
		return -1
	}
	return placeIntroducedBy(v, start-1)
}

// whereClauseCountry returns the country whose "where" clause holds the place m
// ("flew to Kenya, where she visited Kisumu"), or -1: no comma, other country or place
// between, the place after a preposition of place or a visit verb, and a place the
// lexicon puts in another country is not moved.
func whereClauseCountry(v *sentenceView, m mention) int {
	if !placePrepBefore(v.ws, m.Start) && !(m.Start > 0 && visitForms[v.ws[m.Start-1].Lower]) {
		return -1 // "Italy, where ... the owner of football club Parma": a place only after a preposition or visit verb
	}
	for j := m.Start - 1; j >= 2; j-- {
		w := v.ws[j]
		if w.Punct && w.Text != "," || w.Text == "," && v.ws[j+1].Lower != "where" {
			return -1
		}
		if v.at[j] >= 0 && (v.ms[v.at[j]].Class == schema.Country || v.ms[v.at[j]].Class == schema.Place) {
			return -1
		}
		if w.Lower != "where" || v.ws[j-1].Text != "," {
			continue
		}
		c := v.at[j-2]
		if c < 0 || v.ms[c].Class != schema.Country || v.ms[c].Kind != mName || v.ms[c].End != j-1 || m.Country != "" && m.Country != v.ms[c].Canon {
			return -1
		}
		return c
	}
	return -1
}
