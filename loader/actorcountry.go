package loader

import (
	"github.com/newsgraph/newsgraph/schema"
)

// The country that acts: a story about one country's dealings with another names both
// about as often ("Norway has imposed sanctions against Belarus"), and a story about a
// war names the war's country more often than the one whose officials speak ("the
// legality of the Iraq war"). The scene of events is not the home of the bare titles.

// sceneModifier reports whether country mention m only names the scene of an event: its
// name directly before an event noun ("the Iraq war", "the Syria inquiry", "an Iraq War
// veteran").
func sceneModifier(v *sentenceView, m mention) bool {
	if m.Kind != mName || m.End >= len(v.ws) {
		return false
	}
	w := v.ws[m.End]
	return !w.Hyph && sceneNouns[w.Lower]
}

// sceneNouns are the event nouns a country's name may modify as their scene.
var sceneNouns = wordSet("sceneNouns")

// actorMentions returns in how many sentences country c acts: it opens the sentence as
// its subject ("Portugal has cut ...", "The Netherlands said ...") or is the possessor of
// a body ("Portugal's coalition parties", "Spain's government").
func actorMentions(views []*sentenceView, c *entity) int {
	return actingSentences(views, c, true)
}

// actingSentences returns in how many sentences country c opens the sentence as its
// subject, or, with possessors, is the possessor of a noun.
func actingSentences(views []*sentenceView, c *entity, possessors bool) int {
	n := 0
	for _, v := range views {
		for _, m := range v.ms {
			if m.ent == c && !m.coref && m.Kind == mName && (subjectStart(v, m) || possessors && possessor(v, m)) {
				n++
				break
			}
		}
	}
	return n
}

// subjectStart reports whether mention m opens its sentence (after "The" at most) and is
// followed by a lower-case word: the subject of the sentence's verb.
func subjectStart(v *sentenceView, m mention) bool {
	if m.Start > 1 || m.Start == 1 && v.ws[0].Lower != "the" || m.End >= len(v.ws) {
		return false
	}
	w := v.ws[m.End]
	return !w.Cap && !w.Punct && !w.Hyph && !w.in(hotPrepositions)
}

// possessor reports whether mention m is followed by "'s" or is itself a possessive.
func possessor(v *sentenceView, m mention) bool {
	if m.End < len(v.ws) && (v.ws[m.End].Lower == "'s" || v.ws[m.End].Text == "'") {
		return true
	}
	last := v.ws[m.End-1].Lower
	return len(last) > 2 && last[len(last)-2:] == "'s"
}

// actingCountry returns the one country that
// opens at least minDominantSentences-1 sentences as their subject while no other country
// opens any ("Norway has imposed sanctions against Belarus ... Norway will also"),
// and that is named at least half as often as any other; else nil.
func actingCountry(views []*sentenceView, count map[*entity]int) *entity {
	var actor *entity
	top := 0
	for c, n := range count {
		top = max(top, n)
		if c.Class != schema.Country || actingSentences(views, c, false) == 0 {
			continue
		}
		if actor != nil {
			return nil // two countries act: no telling
		}
		actor = c
	}
	if actor == nil || actingSentences(views, actor, false) < minDominantSentences-1 || dominanceRatio*count[actor] < top {
		return nil
	}
	return actor
}

// headSubject reports whether a sentence opens with country c's head of state or
// government as its subject, named with c's demonym or name before the title ("Brazilian
// President X will reshuffle his cabinet"): a short story whose one country is c is about
// c's government, and its bare ministers are c's.
func headSubject(views []*sentenceView, c *entity) bool {
	for _, v := range views {
		for k, m := range v.ms {
			if m.ent != c || m.coref || m.Start > 1 || m.Start == 1 && v.ws[0].Lower != "the" || k+1 >= len(v.ms) {
				break
			}
			p := v.ms[k+1]
			if p.Class == schema.Person && p.Kind == mName && p.Title == roleLeader && isHeadOfState(p.TitleText) &&
				p.End < len(v.ws) && !v.ws[p.End].Cap && !v.ws[p.End].Punct && !v.ws[p.End].in(hotPrepositions) {
				return true
			}
			break
		}
	}
	return false
}
