package loader

import "github.com/newsgraph/newsgraph/schema"

// Cataphora: a possessive pronoun in a phrase that opens its sentence stands for the
// subject the phrase is set off from: in "During his trip to X, Y met Z" and "On her
// return from X, Y said" the pronoun is Y, not the person named in the sentence before.
// So does the subject pronoun of a fronted subordinate clause: in "Before he met X, Y
// visited Z" he is Y.

// cataphoraOpeners are the prepositions that open such a phrase.
var cataphoraOpeners = wordSet("cataphoraOpeners")

// cataphoraSubordinators open a fronted clause ("before", "when", "after").
var cataphoraSubordinators = wordSet("cataphoraSubordinators")

// cataphora binds the possessive pronouns of the opening phrases of views.
func cataphora(views []*sentenceView) {
	for _, v := range views {
		bindCataphora(v.ws, v.ms)
	}
}

// bindCataphora gives each possessive pronoun of an opening phrase of sentence ws
// (mentions ms, resolved) the named person that is the subject after the phrase's comma,
// when that person's gender does not clash with the pronoun's.
func bindCataphora(ws []word, ms []mention) {
	if len(ws) < 4 || !cataphoraOpeners[ws[0].Lower] && !cataphoraSubordinators[ws[0].Lower] {
		return
	}
	comma, subj := -1, (*mention)(nil)
	for i := 1; i+1 < len(ws) && subj == nil; i++ {
		if ws[i].Text != "," {
			continue
		}
		at := i + 1
		if personHonorifics[ws[at].Key] {
			at++ // "On the last day of his tour, Mr X said": the honorific is no part of the name
		}
		for k := range ms {
			if ms[k].Start == i+1 || ms[k].Start == at {
				comma, subj = i, &ms[k] // the first comma a name follows ends the phrase
			}
		}
	}
	if subj == nil || subj.Kind != mName || subj.ent == nil || subj.ent.Class != schema.Person {
		return // "During his visit, the president and X ...": no named subject after the phrase
	}
	for k := range ms {
		m := &ms[k]
		if m.Start >= comma || m.Kind != mPronoun {
			continue
		}
		subject := m.Start == 1 && cataphoraSubordinators[ws[0].Lower] && personSubjects[ws[1].Lower]
		if !subject && (!possessivePronouns[ws[m.Start].Lower] || !cataphoraOpeners[ws[0].Lower]) {
			continue // "Before he met X, Y ...": he is Y; "During his trip, Y ...": his is Y
		}
		if g := pronounGender(m.Text); g == 0 || subj.ent.gender == 0 || subj.ent.gender == g {
			m.ent = subj.ent
		}
	}
}
