package loader

// Joint subjects of a meeting: "A and B met" says they met each other, "A and B met the
// delegates" says each met the delegates, and nothing of A and B (the eighth precision
// audit: joint subjects of a meeting with someone no lexicon names were paired).

// meetsOthers reports whether a meeting trigger on nodes [a, b) names whom its subjects
// met with no entity there: a direct object of a verb ("met supporters'
// representatives"), or a "with" phrase ("held a meeting with portfolio managers",
// "chatted with reporters"), outside the trigger's own words. "Each other" and "one
// another" name no others.
func (t *tree) meetsOthers(a, b int) bool {
	for k := a; k < b && k < len(t.nodes); k++ {
		for _, c := range t.kids[k] {
			if c >= a && c < b || t.reciprocal(c) {
				continue
			}
			r := t.rel(c)
			if r == "obj" && t.nodes[k].UPOS == "VERB" || (r == "obl" || r == "nmod") && t.caseOf(c) == "with" {
				return true
			}
		}
	}
	return false
}

// meetsOthers is the word patterns' reading of tree.meetsOthers for the trigger on words
// [i, end) of v, from v's parse; false when v has none.
func (v *sentenceView) meetsOthers(i, end int) bool {
	nodes := v.nodes()
	if len(nodes) == 0 || i < 0 || end > len(v.ws) || i >= end {
		return false
	}
	a, b := -1, -1
	for k, nd := range nodes {
		if nd.Start >= v.ws[i].Start && nd.End <= v.ws[end-1].End {
			if a < 0 {
				a = k
			}
			b = k + 1
		}
	}
	return a >= 0 && newTree(nodes).meetsOthers(a, b)
}

// pairable returns the subjects left of the meeting trigger on words [i, end) of v, or
// none when it has no entity as its object (right) but names others it met
// (meetsOthers): then its joint subjects did not meet each other.
func (v *sentenceView) pairable(left, right []*entity, i, end int) []*entity {
	if len(right) == 0 && len(left) >= 2 && v.meetsOthers(i, end) {
		return nil
	}
	return left
}
