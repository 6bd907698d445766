package loader

// Lists the parser breaks: "Finance Minister A, Trade Minister B and Energy Minister C met
// for two hours" is often parsed with the titles hung on the wrong names, so that the
// conjuncts of the subject are lost. The words still list the names: mentions of one
// class separated by commas and "and", each with at most a few capitalised title words
// before it, all before the trigger.

// maxListTitleWords is how many capitalised words may stand between a list's separator
// and its next name ("and Energy Minister C").
const maxListTitleWords = 3

// listedWith returns subj and the mentions the words list with them before trigger node
// i, in the order found.
func (t *tree) listedWith(subj []int, i int) []int {
	starts := map[int]int{}
	for k, m := range t.ms {
		if m.Start >= 0 && m.End > m.Start {
			starts[m.Start] = k
		}
	}
	out := append([]int(nil), subj...)
	seen := map[int]bool{}
	for _, s := range subj {
		seen[s] = true
	}
	for q := 0; q < len(out); q++ {
		s := out[q]
		if s < 0 || s >= len(t.ms) || t.ms[s].Start < 0 {
			continue
		}
		for j := t.ms[s].End; j < i; {
			k, sep := t.nextListed(j, i, starts)
			if k < 0 || !sep || t.ms[k].Class != t.ms[s].Class {
				break
			}
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
			j = t.ms[k].End
		}
	}
	return out
}

// nextListed returns the mention that starts after node j through separators and title
// words only, before node i, and whether a separator came first; -1 when another word
// comes between.
func (t *tree) nextListed(j, i int, starts map[int]int) (int, bool) {
	sep, titles := false, 0
	for ; j < i && j < len(t.nodes); j++ {
		f := t.nodes[j].Form
		if k, ok := starts[j]; ok {
			return k, sep
		}
		switch {
		case (f == "," || f == "and") && titles == 0:
			sep = true
		case sep && startsUpper(f) && titles < maxListTitleWords && (t.nodes[j].UPOS == "PROPN" || t.nodes[j].UPOS == "NOUN" || t.nodes[j].UPOS == "ADJ"):
			titles++
		default:
			return -1, false
		}
	}
	return -1, false
}
