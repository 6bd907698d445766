package loader

import "github.com/newsgraph/newsgraph/schema"

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

// treeBlockedNoun reports whether the meeting noun of the trigger on words [i, end) of v
// ("talks with X") is one the parse reads as unreal (construct.go's triggerBlocked): in a
// clause of expectation or plan ("debt is expected to figure on the agenda of his talks
// with X", "expects next week's meeting in Y to be brief"), or a trip in the present still
// to come ("before X leaves on May 3 for talks with Y"). The word patterns, which see only
// a window of words before the trigger, then state no meeting either. A meeting that is
// the setting of a past or modal verb ("made the recommendation at a meeting with X",
// "a decision could emerge from talks with Y") was held: the parse's reading of that
// verb's modality is no reading of the meeting (plannedAbove).
func (v *sentenceView) treeBlockedNoun(i, end int, pred schema.Predicate) bool {
	nodes := v.nodes()
	if len(nodes) == 0 || i < 0 || end > len(v.ws) || i >= end {
		return false
	}
	t := newTree(nodes)
	for k, nd := range t.nodes {
		if nd.Start < v.ws[i].Start || nd.End > v.ws[end-1].End || nd.UPOS != "NOUN" {
			continue
		}
		if !t.plannedAbove(k) {
			continue // "made the recommendation at a meeting with X", "a decision could emerge from talks with Y": held
		}
		for _, tt := range treeLexicon()["noun "+t.lemma(k)] {
			if tt.pred == pred && t.triggerBlocked(k, tt) {
				return true
			}
		}
	}
	return false
}

// plannedAbove reports whether a verb of intention or expectation governs node k
// (data/modality.tsv's intent verbs: "is expected to figure on the agenda of the talks",
// "expects the meeting to be brief"), or k is the setting of a verb in the simple present
// ("leaves on May 3 for talks"): what the parse blocks there is a plan. A meeting noun
// that is the setting of any other verb is not (triggerBlocked reads its verb's mood).
func (t *tree) plannedAbove(k int) bool {
	if h := t.nodes[k].Head; t.rel(k) == "obl" {
		return h >= 0 && (t.nodes[h].XPOS == "VBZ" || t.nodes[h].XPOS == "VBP")
	}
	for h, steps := t.nodes[k].Head, 0; h >= 0 && steps < len(t.nodes); h, steps = t.nodes[h].Head, steps+1 {
		if t.nodes[h].UPOS == "VERB" && intentForm(t.lemma(h)) {
			return true
		}
	}
	return false
}
