package loader

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// "They", "their" and "them" for a body or for names joined by "and", and "it" and "its"
// for a country or a body, continuing the subject of the sentence just before: "The X
// Front seized two villages. They are backed by Y", "A and B arrived on Monday. Their
// visit to Z", "Chile recalled its envoy. It has imposed sanctions on X". The pronoun
// opens its sentence (or follows an opening phrase and its comma, with no name before
// it); "them" may stand after its verb when its sentence names at most one person before
// it. The antecedent is the name that opens the sentence before (after "the", or after a
// member noun and "of": "Fighters of the X Front"), with the names joined to it by "and";
// that sentence must name no other body, country or group the pronoun could mean, and
// the pronoun's sentence must not name the antecedent itself. A single person is never
// "they", a person never "it", names joined by "and" never "it". Anything else is left
// alone: "they" and "it" are as often people and things no name stands for.
//
// "They" for names joined by "and" stands for a group entity: a fact of the group is a
// fact of each of its members (factSet.add), as a fact of "A and B" is.

var (
	pluralPronouns   = wordSet("pluralPronouns")
	objectPronouns   = wordSet("objectPronouns")
	neuterPronouns   = wordSet("neuterPronouns")
	memberSubjects   = wordSet("memberSubjects")
	subjectFollowers = wordSet("subjectFollowers")
	clauseOpeners    = wordSet("clauseOpeners")

	pluralPersonNouns   = wordSet("pluralPersonNouns")
	pluralPersonEndings = wordSet("pluralPersonEndings")
)

// bodyPronouns binds such pronouns in views to their antecedents.
func bodyPronouns(views []*sentenceView) {
	for n, v := range views {
		var extra []mention
		for i, w := range v.ws {
			plural := w.in(hotPluralPronouns)
			if !plural && !w.in(hotNeuterPronouns) || v.at[i] >= 0 {
				continue
			}
			if i > 0 && (possessivePronouns[w.Lower] || ownClauseSubject(v, i)) && !pronounPlace(v, i) {
				if e := ownSubject(v, i, plural); e != nil {
					extra = append(extra, mention{Start: i, End: i + 1, Text: w.Text, Class: e.Class, Kind: mCollective, ent: e, coref: true})
				}
				continue
			}
			if n == 0 || !pronounPlace(v, i) {
				continue
			}
			e := subjectAntecedent(views[n-1], plural, len(views[n-1].ws))
			if e != nil && objectPronouns[w.Lower] && len(e.members) == 0 {
				e = nil // "saw them fall": a lone body is seldom "them"
			}
			if e != nil && !namesAny(v, e) {
				extra = append(extra, mention{Start: i, End: i + 1, Text: w.Text, Class: e.Class, Kind: mCollective, ent: e, coref: true})
			}
		}
		if len(extra) > 0 {
			v.insertMentions(extra)
		}
	}
}

// ownSubject returns what a possessive pronoun at word i of v stands for when it follows
// the subject of its own sentence ("Zambia closed the border after its army attacked
// X"): the subject, as subjectAntecedent reads it, with no rival and no quotation mark
// between the subject and the pronoun; the pronoun opens a clause (after "after",
// "where", "and": clauseOpeners; after a verb of reporting it is the speaker's, whom
// itsReporter reads: "the ruling family of X said its ruler").
func ownSubject(v *sentenceView, i int, plural bool) *entity {
	if !clauseOpeners[v.ws[i-1].Lower] {
		return nil // "lifted its ban on X": the verb's own object, read by the verb's patterns
	}
	for j := 0; j < i; j++ {
		if v.ws[j].Text == "\"" {
			return nil
		}
	}
	return subjectAntecedent(v, plural, i)
}

// ownClauseSubject reports whether the subject pronoun at word i of v ("it", "they"; not
// "them") opens a clause of its sentence with its verb after it ("Kenya promised reforms
// when it joined X"), which ownSubject may give the sentence's subject.
func ownClauseSubject(v *sentenceView, i int) bool {
	return !possessivePronouns[v.ws[i].Lower] && !objectPronouns[v.ws[i].Lower] && clauseOpeners[v.ws[i-1].Lower] && subjectEnds(v, i+1) && v.ws[i+1].Text != ","
}

// pronounPlace reports whether the pronoun at word i of v may continue the subject before:
// it opens the sentence, or follows an opening phrase of at most five words and its comma
// with no mention in it ("On Monday, they"); "them" after at most one person and no other
// mention.
func pronounPlace(v *sentenceView, i int) bool {
	if objectPronouns[v.ws[i].Lower] {
		n := 0
		for _, m := range v.ms {
			if m.Start < i {
				if n++; n > 1 || m.ent == nil || m.ent.Class != schema.Person {
					return false
				}
			}
		}
		return i > 0
	}
	if i == 0 {
		return true
	}
	if i > 6 || v.ws[i-1].Text != "," {
		return false
	}
	for j := 0; j < i; j++ {
		if v.at[j] >= 0 || v.ws[j].Text == "\"" {
			return false
		}
	}
	return true
}

// subjectAntecedent returns what a plural (or neuter) pronoun continuing sentence v's
// subject stands for, or nil: the body or country that opens v, or for a plural pronoun
// the group of the names joined by "and" that open it.
func subjectAntecedent(v *sentenceView, plural bool, limit int) *entity {
	k := openingMention(v)
	if k < 0 || v.ms[k].Kind != mName && v.ms[k].Kind != mCollective || v.ms[k].Capital {
		return nil
	}
	ks, end := v.list(k)
	if !subjectEnds(v, end) {
		return nil // "The US firm", "UK Coal", "The party's leader": the name only modifies the subject
	}
	var es []*entity
	for _, j := range ks {
		e := v.ms[j].ent
		if e == nil || e.Class != v.ms[k].ent.Class || containsEntity(es, e) {
			return nil
		}
		es = append(es, e)
	}
	if end > limit || rivalAntecedent(v, ks, plural, limit) || plural && len(ks) == 1 && pluralPeople(v, end, limit) {
		return nil
	}
	e := es[0]
	switch {
	case len(es) > 1 && plural && (e.Class == schema.Person || e.Class == schema.Country || e.Class == schema.Organization):
		return groupEntity(es)
	case len(es) > 1:
		return nil
	case len(e.members) > 0:
		if plural {
			return e // "A and B met. They signed a treaty. They also": the same group
		}
		return nil
	case e.Class == schema.Organization && !e.collective:
		return e
	case e.Class == schema.Country && !plural:
		return e
	}
	return nil
}

// subjectEnds reports whether the subject noun phrase of v ends before word i: a verb or
// an auxiliary follows ("The X Front seized", "Chile has"), an adverb ("Chile also
// said"), a day ("Chile on Monday said"), or a comma (an apposition or a relative clause).
func subjectEnds(v *sentenceView, i int) bool {
	if i >= len(v.ws) {
		return false
	}
	w := v.ws[i]
	switch {
	case w.Text == ",":
		return true
	case w.Lower == "on" && i+2 < len(v.ws) && weekdays[v.ws[i+1].Lower]:
		return subjectEnds(v, i+2) // "The Tories on Monday highlighted
	case w.Punct || w.Cap || w.Key == "s" || v.at[i] >= 0:
		return false
	}
	return verbLike(w.Lower) || subjectFollowers[w.Lower] || strings.HasSuffix(w.Lower, "ly")
}

// openingMention returns the mention that opens sentence v as its subject (at its first
// word, after "the", or after a member noun and "of": "Fighters of the X Front"), or -1.
func openingMention(v *sentenceView) int {
	i, k := 0, 0
	if len(v.ws) > 2 && memberSubjects[v.ws[0].Lower] && v.ws[1].Lower == "of" {
		i = 2
		if len(v.ms) > 0 && v.ms[0].End == 1 && v.ms[0].ent == nil {
			k = 1 // "Fighters" taken for a name no lexicon knows
		}
	}
	if i < len(v.ws) && v.ws[i].Lower == "the" {
		i++
	}
	if k >= len(v.ms) || v.ms[k].Start != i || v.ms[k].ent == nil {
		return -1
	}
	return k
}

// rivalAntecedent reports whether sentence v names, beside the mentions ks, a body or a
// country (or, for a plural pronoun, a group or names joined by "and") that the pronoun
// could mean as well.
func rivalAntecedent(v *sentenceView, ks []int, plural bool, limit int) bool {
	for j, m := range v.ms {
		if m.Start >= limit {
			break
		}
		if containsInt(ks, j) || m.ent != nil && m.coref && ksName(v, ks, m.ent) {
			continue // "Chile recalled its envoy": the subject again
		}
		if m.Kind == mCollective && plural || m.ent == nil {
			if m.Kind == mCollective {
				return true // "the rebels", "militias"
			}
			continue
		}
		switch c := m.ent.Class; {
		case c == schema.Organization || c == schema.Country && m.Kind != mDemonym:
			return true
		case plural && c == schema.Person:
			if l, _ := v.list(j); len(l) > 1 {
				return true
			}
		}
	}
	return false
}

// pluralPeople reports whether sentence v names, after word i, people by a plural noun
// that "they" may mean instead of the body before ("The office said both men pleaded
// guilty. They also", "prompting unions to threaten action. They believe"): a word of
// pluralPersonNouns or one ending like a plural of persons ("-ers", "-ists", "-ians").
func pluralPeople(v *sentenceView, i, limit int) bool {
	for ; i < limit; i++ {
		w := v.ws[i]
		if w.Cap || w.Punct || v.at[i] >= 0 {
			continue
		}
		if pluralPersonNouns[w.Lower] {
			return true
		}
		for suf := range pluralPersonEndings {
			if len(w.Lower) > len(suf)+2 && strings.HasSuffix(w.Lower, suf) {
				return true
			}
		}
	}
	return false
}

// namesAny reports whether sentence v names e or, for a group, one of its members.
func namesAny(v *sentenceView, e *entity) bool {
	for _, m := range v.ms {
		if m.ent != nil && (m.ent == e || containsEntity(e.members, m.ent)) {
			return true
		}
	}
	return false
}

// groupEntity returns an entity standing for the members es together.
func groupEntity(es []*entity) *entity {
	names := make([]string, len(es))
	for i, e := range es {
		names[i] = e.Name
	}
	return &entity{Name: strings.Join(names, " and "), Class: es[0].Class, collective: true, members: es}
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// each returns the members of group e, or e alone.
func (e *entity) each() []*entity {
	if len(e.members) > 0 {
		return e.members
	}
	return []*entity{e}
}

// bodyPronounWord reports whether words hold a plural or neuter pronoun (a cheap test for
// the parse gate, which runs before the pronouns are bound).
func bodyPronounWord(ws []word) bool {
	for _, w := range ws {
		if w.in(hotPluralPronouns) || w.in(hotNeuterPronouns) {
			return true
		}
	}
	return false
}

// gateBodyPronouns adds to v, for the parse gate, a mention of no class for each plural
// or neuter pronoun where bodyPronouns may bind it.
func gateBodyPronouns(v *sentenceView) {
	var extra []mention
	for i, w := range v.ws {
		if (w.in(hotPluralPronouns) || w.in(hotNeuterPronouns)) && v.at[i] < 0 && pronounPlace(v, i) {
			extra = append(extra, mention{Start: i, End: i + 1, Kind: mCollective})
		}
	}
	if len(extra) > 0 {
		v.insertMentions(extra)
	}
}

// ksName reports whether one of the mentions ks of v is e.
func ksName(v *sentenceView, ks []int, e *entity) bool {
	for _, k := range ks {
		if v.ms[k].ent == e {
			return true
		}
	}
	return false
}
