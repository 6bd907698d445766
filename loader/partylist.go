package loader

import "github.com/newsgraph/newsgraph/schema"

// Party quantifiers after a list of people: "A of Ohio, B of Utah and C of Iowa, all
// Republicans" and "A and B, both Democrats" say that each person of the list is a member
// of the party (a floating quantifier in apposition). quantifiedPartyFacts receives one
// sentence's view and adds memberOf for each listed person; it reads nothing when the
// quantifier does not end its phrase ("both Democrats and Republicans said": a subject).

// partyQuantifiers are the quantifiers of a plural party word after a list of people.
var partyQuantifiers = map[string]int{"both": 2, "all": 2}

// quantifiedPartyFacts reads ", all PARTY" and ", both PARTY" after a list of people.
func quantifiedPartyFacts(v *sentenceView, fs *factSet) {
	for c := 1; c+2 < len(v.ws); c++ {
		least, ok := partyQuantifiers[v.ws[c+1].Lower]
		if v.ws[c].Text != "," || !ok {
			continue
		}
		q := v.mentionStarting(c + 2)
		if q < 0 || v.ms[q].Start != c+2 || v.ms[q].ent == nil || !isParty(v.ms[q].ent) {
			continue
		}
		if e := v.ms[q].End; e < len(v.ws) && !v.ws[e].Punct {
			continue // "..., all Republicans voted": the quantified party is a subject
		}
		people := listedPeople(v, c-1)
		if len(people) < least || v.ws[c+1].Lower == "both" && len(people) != 2 {
			continue
		}
		for _, p := range people {
			fs.add(p, schema.MemberOf, v.ms[q].ent, v.n)
		}
	}
}

// listedPeople returns the people of a list of names that ends at word j, read backwards:
// names joined by commas and "and", each perhaps followed by "of" or "from" and a place
// ("A of Ohio, B of Utah, and C"). It stops at the first other word.
func listedPeople(v *sentenceView, j int) []*entity {
	var out []*entity
	for j >= 0 {
		w := v.ws[j]
		if w.Text == "," || w.Lower == "and" {
			j--
			continue
		}
		k := v.at[j]
		if k < 0 {
			break
		}
		m := v.ms[k]
		if m.Class == schema.Person && m.Kind == mName && m.ent != nil {
			out = append(out, m.ent)
			j = m.Start - 1
			continue
		}
		if (m.Class == schema.Place || m.Class == schema.Country) && m.Start >= 2 && (v.ws[m.Start-1].Lower == "of" || v.ws[m.Start-1].Lower == "from") && v.at[m.Start-2] >= 0 {
			j = m.Start - 2 // "B of Utah": the person's state
			continue
		}
		break
	}
	return out
}
