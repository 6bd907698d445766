package loader

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// residentSuffix is one way of forming a resident's demonym from a place's name: the
// demonym ends in demonym where the place's name ends in place.
type residentSuffix struct{ demonym, place string }

// residentSuffixes: see data/words.txt.
var residentSuffixes = residentSuffixList("residentSuffixes")

// residentSuffixList reads the pairs list name of data/words.txt in its order, which may
// give one demonym ending several places' endings.
func residentSuffixList(name string) []residentSuffix {
	var out []residentSuffix
	for _, line := range list(name, "pairs").lines {
		d, p, _ := strings.Cut(line, "\t")
		if p == "-" {
			p = ""
		}
		out = append(out, residentSuffix{strings.TrimSpace(d), strings.TrimSpace(p)})
	}
	return out
}

// residentDemonym reports whether key (a schema.NameKey) is the demonym of the residents
// of a place the lexicon knows ("texan", "new yorker"): the key with a demonym ending
// replaced by the place's is a place's or a country's name.
func (dt *detector) residentDemonym(key string) bool {
	for _, s := range residentSuffixes {
		base, ok := strings.CutSuffix(key, s.demonym)
		if !ok || len(base) < 3 {
			continue
		}
		if e, ok := dt.lex.lookup(base + s.place); ok && (e.Class == schema.Place || e.Class == schema.Country) && e.Kind != kindDemonym {
			return true
		}
	}
	return false
}

// residentBefore returns how many words at the start of span are a resident's demonym
// before a person's given name and surname ("Texan X Y", "New Yorker X Y"), 0 when none.
// The demonym's first word may stand just before the span (prev), trimmed as a common
// sentence opening ("New"): then the count is 1 and the caller drops the rest.
func (dt *detector) residentBefore(prev *word, span []word) int {
	for n := 1; n <= 2 && n+2 <= len(span); n++ {
		first := span[n]
		if dt.lex.firstNames[span[0].Key] || !first.Cap || first.Punct || !dt.lex.firstNames[first.Key] || !span[n+1].Cap || span[n+1].Punct {
			continue
		}
		parts := make([]string, 0, n+1)
		if n == 1 && prev != nil && prev.Cap && !prev.Punct {
			parts = append(parts, prev.Key)
		}
		for _, w := range span[:n] {
			parts = append(parts, w.Key)
		}
		if dt.residentDemonym(strings.Join(parts, " ")) || len(parts) > n && dt.residentDemonym(strings.Join(parts[1:], " ")) {
			return n
		}
	}
	return 0
}
