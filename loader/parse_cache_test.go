package loader

import (
	"slices"
	"testing"
)

// A window parsed again comes from the cache: the same nodes as a fresh parse, in a copy
// of its own, so that shifting one window's spans (lazyParse.get) leaves the cache as
// it was.
func TestParseCache(t *testing.T) {
	m := defaultSyntaxModel()
	if m == nil {
		t.Skip("no parsing model")
	}
	const text = "Bakari Mwinyi met the leaders of the Velka Movement in Kisumu."
	fresh := parserFor(m)(text, nil)
	parse := parserFor(m)
	first := parse(text, nil)
	if !slices.Equal(first, fresh) {
		t.Fatalf("first parse differs from a fresh one")
	}
	for i := range first {
		first[i].Start += 100
		first[i].Form = "changed"
	}
	second := parse(text, nil)
	if !slices.Equal(second, fresh) {
		t.Errorf("cached parse differs from a fresh one:\n%v\n%v", second, fresh)
	}
	if other := parse("Kisumu welcomed the Velka Movement.", nil); slices.Equal(other, fresh) || len(other) == 0 {
		t.Errorf("another window gave the cached parse: %v", other)
	}
}
