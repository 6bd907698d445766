package syntax_test

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/loader/syntax"
)

// treeFixture is "Iran's minister met Lavrov in Moscow":
//
//	met(3) ─nsubj→ minister(2) ─nmod:poss→ Iran(1)
//	       ─obj→ Lavrov(4)
//	       ─obl→ Moscow(6) ─case→ in(5)
func treeFixture() []syntax.Token {
	heads := []int{2, 3, 0, 3, 6, 3}
	toks := make([]syntax.Token, len(heads))
	for i, h := range heads {
		toks[i].Head = h
	}
	return toks
}

func TestTreeHelpers(t *testing.T) {
	toks := treeFixture()
	tests := []struct {
		name      string
		got, want []int
	}{
		{"children of met", syntax.Children(toks, 3), []int{2, 4, 6}},
		{"children of the root", syntax.Children(toks, 0), []int{3}},
		{"no children", syntax.Children(toks, 4), nil},
		{"ancestors of Iran", syntax.Ancestors(toks, 1), []int{2, 3}},
		{"path Iran to Moscow", syntax.Path(toks, 1, 6), []int{1, 2, 3, 6}},
		{"path Moscow to Iran", syntax.Path(toks, 6, 1), []int{6, 3, 2, 1}},
		{"path to itself", syntax.Path(toks, 4, 4), []int{4}},
		{"path down", syntax.Path(toks, 3, 5), []int{3, 6, 5}},
		{"path out of range", syntax.Path(toks, 0, 7), nil},
		{"subtree of Moscow", syntax.Subtree(toks, 6), []int{5, 6}},
		{"subtree of met", syntax.Subtree(toks, 3), []int{1, 2, 3, 4, 5, 6}},
	}
	for _, tt := range tests {
		if !slices.Equal(tt.got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if r := syntax.Root(toks); r != 3 {
		t.Errorf("Root = %d, want 3", r)
	}
	cyclic := []syntax.Token{{Head: 2}, {Head: 1}}
	if p := syntax.Path(cyclic, 1, 2); !slices.Equal(p, []int{1, 2}) {
		t.Errorf("path on a cycle: %v", p)
	}
	syntax.Ancestors(cyclic, 1) // stops
	syntax.Subtree(cyclic, 1)
}
