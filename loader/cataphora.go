package loader

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

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
		} // and a title before the name neither ("Within hours of his arrival, President X met Y")
		for k := range ms {
			if ms[k].Start == i+1 || ms[k].Start == at || ms[k].TitleText != "" && ms[k].Start == i+1+len(strings.Fields(ms[k].TitleText)) {
				comma, subj = i, &ms[k] // the first comma a name follows ends the phrase
			}
		}
	}
	if subj == nil || subj.Kind != mName || subj.ent != nil && subj.ent.Class != schema.Person {
		return // "During his visit, the president and X ...": no named subject after the phrase
	}
	if subj.ent == nil && subj.Class != schema.Person && subj.TitleText == "" {
		return // "During his visit, Orsk ...": a name of no known kind
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
		if subj.ent == nil {
			m.ent = nil // "Within hours of his talks with X, Sir Edmund said": a person named after the phrase, not the one named before it
		} else if g := pronounGender(m.Text); g == 0 || subj.ent.gender == 0 || subj.ent.gender == g {
			m.ent = subj.ent
		}
	}
}

// A possessive in a phrase set off after a meeting ("X met Y at Z, on his first official
// visit to P") is the guest's, and the guest of "met" is its subject: X visited P, not Y,
// the nearer person. The subject is the last person named (or a pronoun resolved to one)
// before the verb; with none ("the Veldonian president met Y, on his visit") the pronoun
// is nobody's rather than the host's. Verbs that put the guest after them ("hosted",
// "welcomed") are not guestMeetingVerbs, and leave the pronoun to the nearest person.

// guestVisitNouns and guestMeetingVerbs: see data/words.txt.
var (
	guestVisitNouns   = wordSet("guestVisitNouns")
	guestMeetingVerbs = wordSet("guestMeetingVerbs")
)

// guestPossessives binds such possessive pronouns in views to the meeting's subject.
func guestPossessives(views []*sentenceView) {
	for _, v := range views {
		for k := range v.ms {
			m := &v.ms[k]
			if m.Kind != mPronoun || !guestPhrase(v.ws, m.Start) {
				continue
			}
			verb := meetingVerbBefore(v.ws, m.Start-2)
			if verb < 0 {
				continue
			}
			guest := personBefore(v.ms, verb)
			if guest == nil {
				m.ent = nil
			} else if g := pronounGender(m.Text); g == 0 || guest.gender == 0 || guest.gender == g {
				m.ent = guest
			}
		}
	}
}

// guestPhrase reports whether the possessive pronoun at word i of ws opens a journey set
// off by a comma: ", on his first official visit", ", during her trip".
func guestPhrase(ws []word, i int) bool {
	if i < 2 || !possessivePronouns[ws[i].Lower] || ws[i-2].Text != "," || ws[i-1].Lower != "on" && ws[i-1].Lower != "during" {
		return false
	}
	for j := i + 1; j < len(ws) && j <= i+4 && !ws[j].Punct; j++ {
		if guestVisitNouns[ws[j].Lower] {
			return true
		}
	}
	return false
}

// meetingVerbBefore returns the index of the guestMeetingVerbs word of ws's clause ending
// at word end (the phrase's comma), or -1.
func meetingVerbBefore(ws []word, end int) int {
	for j := end - 1; j >= 0; j-- {
		switch w := ws[j]; {
		case w.Text == "," || w.Text == ";" || w.Text == ":":
			return -1
		case guestMeetingVerbs[w.Lower] && !w.Cap:
			return j
		}
	}
	return -1
}

// personBefore returns the person of the last of mentions ms resolved to one that ends
// before word i, or nil.
func personBefore(ms []mention, i int) *entity {
	var found *entity
	for k := range ms {
		if ms[k].End > i {
			break
		}
		if e := ms[k].ent; e != nil && e.Class == schema.Person {
			found = e
		}
	}
	return found
}
