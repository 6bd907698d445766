package loader

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Plans and allegations the word patterns used to read as events told (precision7).

// verbTimeAhead reports whether the verb trigger at word i, in the simple present ("visits",
// "meets"), has a time still to come in its clause after its arguments (words end and
// on): "X visits Y next week", "when he visits Y later in the month". A news story tells
// what happened; a present with a time ahead is a timetable or a plan. The clause ends at
// punctuation or at a word of data/words.txt clauseEnds, so that "met Y, who will leave
// next week" keeps the meeting.
func (v *sentenceView) verbTimeAhead(i, end int) bool {
	if !presentS(v.ws[i].Lower) {
		return false
	}
	for j := end; j < len(v.ws) && j < end+14; j++ {
		if v.ws[j].Punct || clauseEnds[v.ws[j].Lower] {
			return false
		}
		if v.timeAheadAt(j) {
			return true
		}
	}
	return false
}

// timeAheadAt reports whether a time still to come starts at word j: "tomorrow", "next
// week", "the coming month", "later this year", "later in the month", "later today"; not
// a possessive ("ahead of next week's summit" dates the summit, not the clause's verb).
func (v *sentenceView) timeAheadAt(j int) bool {
	w := v.ws[j].Lower
	span := func(k int) bool {
		if k >= len(v.ws) || !futureSpans[strings.TrimSuffix(v.ws[k].Lower, "s")] {
			return false
		}
		return k+1 >= len(v.ws) || v.ws[k+1].Text != "'s" && v.ws[k+1].Text != "’s"
	}
	switch {
	case w == "tomorrow":
		return true
	case w == "next" || w == "coming" || w == "upcoming":
		return span(j + 1)
	case w == "later" && j+1 < len(v.ws):
		switch v.ws[j+1].Lower {
		case "today", "tonight":
			return true
		case "this", "next":
			return span(j + 2)
		case "in":
			return j+2 < len(v.ws) && v.ws[j+2].Lower == "the" && span(j+3)
		}
	}
	return false
}

// clauseEnds end the clause of a verb for verbTimeAhead: coordinators and relative or
// subordinate clause openers (data/words.txt).
var clauseEnds = wordSet("clauseEnds")

// allegedNoun reports whether the event noun at word i, with at most three modifiers
// before it, is the "of" or "for" complement of an allegation verb within nine words
// ("which X blames for two missile attacks on Y", "accused Y of the bombing of Z"): the
// speaker's charge, not an event told (shared/eval/wikinews/README.md, call 4).
func (v *sentenceView) allegedNoun(i int) bool {
	j := i - 1
	for k := 0; k < 3 && j >= 0 && v.at[j] < 0 && !v.ws[j].Punct && v.ws[j].Lower != "of" && v.ws[j].Lower != "for"; k++ {
		j--
	}
	if j < 1 || v.ws[j].Lower != "of" && v.ws[j].Lower != "for" {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-9; k-- {
		if v.ws[k].in(hotAllegationForms) {
			return true
		}
	}
	return false
}

// objectVerbs are trigger verbs that take their object directly ("X arms Y"): with a
// preposition right after, the form is a noun ("arms to Y", "trade arms with Y"), no act
// of the name before it (data/words.txt).
var objectVerbs = wordSet("objectVerbs")

// nounBeforePreposition reports whether the one-word verb trigger at word i is an
// objectVerbs form followed at once by a preposition: a noun ("sale of arms to Y").
func (v *sentenceView) nounBeforePreposition(i int) bool {
	return objectVerbs[v.ws[i].Lower] && i+1 < len(v.ws) && v.ws[i+1].in(hotPrepositions)
}

// onePersonDemonym reports whether e is named in v only by a singular demonym after an
// indefinite article ("a Jamaican who joined the army") or by demonyms before a noun of a
// private person ("helped a Saudi teenager"; tree.go privatePersonNouns): people of that
// nation, not its state acting or helped.
func (v *sentenceView) onePersonDemonym(e *entity) bool {
	found := false
	for _, m := range v.ms {
		if m.ent != e {
			continue
		}
		if v.privatePersonModifier(m) {
			found = true
			continue
		}
		if m.Kind != mDemonym || m.Start == 0 || !indefinites[v.ws[m.Start-1].Lower] || m.End < len(v.ws) && !v.ws[m.End].Punct && v.at[m.End] < 0 && !clauseEnds[v.ws[m.End].Lower] {
			return false // "a Kenyan army unit": the demonym modifies a noun
		}
		found = true
	}
	return found
}

var indefinites = toSet(`a an one another`)

// firmPair reports whether organisations a and b are both firms whose names hold no word
// of a public body (data/words.txt publicBodyWords: "movement", "union", "council"...):
// two companies' partnership or cooperation ("X is a partner with Y in the pipeline", "X
// and Y joined forces to develop networks") is commerce, no alliance
// (shared/eval/wikinews/README.md, call 3), though the lexicons name neither as a company.
func firmPair(a, b *entity) bool {
	return firm(a) && firm(b) && !publicBody(a) && !publicBody(b)
}

// publicBody reports whether e's name holds a word of data/words.txt publicBodyWords.
func publicBody(e *entity) bool {
	for _, w := range strings.Fields(schema.NameKey(e.Name)) {
		if publicBodyWords[w] {
			return true
		}
	}
	return false
}

var publicBodyWords = wordSet("publicBodyWords")

// demonymAgent returns the demonym mention right before the verb-form trigger at word i
// when an article, a possessive or a preposition comes before the demonym ("over the
// Kenyan raid on P", "after an Iranian attack on Q"): the form is a noun and the demonym
// its agent, not the name further left (the protester, the plaintiff); -1 otherwise.
func (v *sentenceView) demonymAgent(t trigger, i int) int {
	w := v.ws[i].Lower
	if t.noun || i == 0 || !bareNouns[w] && !(strings.HasSuffix(w, "ing") && i+1 < len(v.ws) && v.ws[i+1].Lower == "of") {
		return -1 // a form in -ing before "of" is a noun too ("the Kenyan bombing of P")
	}
	k := v.at[i-1]
	if k < 0 || v.ms[k].Kind != mDemonym || v.ms[k].Start == 0 || v.ent(k) == nil {
		return -1
	}
	if p := v.ws[v.ms[k].Start-1].Lower; determiners[p] || possessives[p] || prepositions[p] && p != "to" {
		return k
	}
	return -1
}

// aheadSubordinate reports whether the trigger at word i is under a subordinator that
// puts a simple present ahead of the telling, within nine words before it and no
// punctuation between ("before he attends next week's meeting in P", "until she arrives in
// Q"; data/modality.tsv kind ahead), as the tree's aheadClause reads it: the verb in -s
// follows the subordinator within three words, or after a longer name ("before Prime
// Minister X Y leaves for P"), and is the trigger or governs it.
func (v *sentenceView) aheadSubordinate(i int) bool {
	for j := i - 1; j >= 0 && j >= i-9; j-- {
		if v.ws[j].Punct {
			return false
		}
		if modality()[v.ws[j].Lower] != "ahead" {
			continue
		}
		for k := j + 1; k <= i; k++ {
			if presentS(v.ws[k].Lower) {
				return true
			}
			if k > j+3 && v.at[k] < 0 && !isTitleWord(v.ws[k].Key) {
				break // past three words, only the subject's name may stand before the verb
			}
		}
	}
	return false
}

// presentS reports whether w looks like a verb's simple present in -s ("visits", "attends").
func presentS(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || beVerbs[w] || w == "has" || w == "does" {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false // "'s", "U.S.", "1980s"
		}
	}
	return true
}

// possessedForm reports whether the verb-form trigger at word i follows a possessive
// determiner other than "her" ("its hosts A and B"): a noun. Read for host verbs, whose
// noun is a person (the show's presenters), not the event ("his talks with Y" is a
// meeting the possessor held); "her" is also an object ("saw her host P").
func (v *sentenceView) possessedForm(i int) bool {
	if i == 0 {
		return false
	}
	p := v.ws[i-1].Lower
	return p != "her" && possessives[p]
}

// wordPlan reads verbTimeAhead and aheadSubordinate at the trigger word i of a tree fact,
// for parses that hang the time or the subordinator elsewhere ("when he visits X later in
// the month" with "later" on the object; "before X leaves for Y" with "leaves" a noun).
func (v *sentenceView) wordPlan(i int) bool {
	return i >= 0 && i < len(v.ws) && (v.verbTimeAhead(i, i+1) || v.aheadSubordinate(i))
}

// presentHave reports whether the event noun at node i is the object of "have" in the
// simple present ("X has another meeting in Y before ...", "they have talks in Z"): a
// fixture of the calendar or a habit, no meeting held yet ("had talks", "has held talks"
// are).
func presentHave(nodes []node, i int) bool {
	if i < 0 || i >= len(nodes) || nodes[i].UPOS != "NOUN" || nodes[i].Rel != "obj" {
		return false
	}
	h := nodes[i].Head
	if h < 0 || h >= len(nodes) {
		return false
	}
	return nodes[h].Lemma == "have" && (nodes[h].XPOS == "VBZ" || nodes[h].XPOS == "VBP")
}

// presentHaveWord is presentHave on words, for the word patterns: the event noun at word
// i follows "has" or "have" past a determiner and at most one adjective ("has another
// indoor meeting in Y"), no participle between ("has held talks", "has already met").
func (v *sentenceView) presentHaveWord(i int) bool {
	det := false
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := v.ws[j]
		if w.Lower == "has" || w.Lower == "have" {
			return det && (j == 0 || !modalsBefore[v.ws[j-1].Lower])
		}
		det = det || indefinites[w.Lower] || w.Lower == "the" || w.Lower == "more" || w.Lower == "further"
		if w.Punct || v.at[j] >= 0 || w.Cap || strings.HasSuffix(w.Lower, "ed") || strings.HasSuffix(w.Lower, "en") || w.Lower == "held" || w.Lower == "had" {
			return false
		}
	}
	return false
}

// privatePersonModifier reports whether mention m is a country's demonym or short name
// before a noun of a private person ("a Saudi teenager", "two Kenyan students"; tree.go
// privatePersonNouns): it names the people's nation, not the state.
func (v *sentenceView) privatePersonModifier(m mention) bool {
	return m.ent != nil && m.ent.Class == schema.Country && m.End < len(v.ws) && v.at[m.End] < 0 && privatePersonNouns[v.ws[m.End].Lower]
}

// modalsBefore make "have" part of a verb group ("would have", "to have"), read elsewhere.
var modalsBefore = toSet(`to would could should might must may will`)

// unrealOfNouns take an event noun after "of" that has not happened ("the risk of an
// attack on Y", "fears of an invasion of Z"; data/words.txt).
var unrealOfNouns = wordSet("unrealOfNouns")

// unrealOf reports whether the event noun at word i is the "of" complement, within five
// words and no punctuation, of a noun of risk or fear ("the risk of an Iranian attack on
// Y", "the threat of a raid on Z"): a danger spoken of, no attack.
func (v *sentenceView) unrealOf(i int) bool {
	for j := i - 1; j >= 1 && j >= i-5; j-- {
		if v.ws[j].Lower == "of" {
			return unrealOfNouns[v.ws[j-1].Lower]
		}
		if v.ws[j].Punct && !v.ws[j].Hyph && v.ws[j].Text != "." {
			return false
		}
	}
	return false
}

// eventPredicate reports whether p is one of the event predicates a plan can name.
func eventPredicate(p schema.Predicate) bool {
	switch p {
	case schema.Met, schema.Visited, schema.Fights, schema.Attacked, schema.Supports, schema.AlliedWith, schema.SanctionedBy:
		return true
	}
	return false
}

// nounPassive reports whether the passive participle trigger at word i modifies a common
// noun, not a name: the word before it (or before its comma) is in no mention ("the
// research programme KISTEC, sponsored by Y", "a plan backed by Y"). Its subject is that
// noun, not the name further left. Not after a coordinated participle ("supported,
// trained and armed by Y": the name before the first one is their subject).
func (v *sentenceView) nounPassive(t trigger, i int) bool {
	if t.noun || !strings.HasSuffix(v.ws[i].Lower, "ed") {
		return false
	}
	j := i - 1
	if j >= 1 && v.ws[j].Text == "," {
		j--
	}
	if j < 0 || v.at[j] >= 0 || v.ws[j].Punct || !adjacentPassive(v, i, i) {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if adjacentPassive(v, k, i) && v.ws[k].Text != "," {
			return false // "X was, according to witnesses, attacked by Y": the participle is the predicate
		}
	}
	w := v.ws[j].Lower
	return !(adjacentPassive(v, j, i) || strings.HasSuffix(w, "ly") || passiveAdverbs[w] || possessives[w] || w == "who" || w == "which" || w == "that" || w == "and" || w == "or" || strings.HasSuffix(w, "ed"))
}

// passiveAdverbs may stand between an auxiliary and a passive participle ("was also backed").
var passiveAdverbs = toSet(`also then not never since later first again still now recently already`)
