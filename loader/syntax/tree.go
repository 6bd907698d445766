package syntax

// This file holds small helpers over a parsed sentence. Token indices are 1-based, as in
// Token.Head, and 0 stands for the root above the sentence.

// Children returns the 1-based indices of the tokens whose head is token i (1-based; 0
// gives the root token), in sentence order. It returns nil when there are none.
func Children(toks []Token, i int) []int {
	var out []int
	for k := range toks {
		if toks[k].Head == i {
			out = append(out, k+1)
		}
	}
	return out
}

// Root returns the 1-based index of the first token whose head is 0, or 0 when there is
// none.
func Root(toks []Token) int {
	for k := range toks {
		if toks[k].Head == 0 {
			return k + 1
		}
	}
	return 0
}

// Ancestors returns the heads above token i (1-based), nearest first, up to the root
// token; it stops at a head out of range or at a cycle.
func Ancestors(toks []Token, i int) []int {
	if i < 1 || i > len(toks) {
		return nil
	}
	var out []int
	seen := make([]bool, len(toks)+1)
	seen[i] = true
	for {
		h := toks[i-1].Head
		if h < 1 || h > len(toks) || seen[h] {
			return out
		}
		seen[h] = true
		out = append(out, h)
		i = h
	}
}

// Path returns the tokens on the tree path from token a to token b (both 1-based and
// included): up from a to their lowest common ancestor, then down to b. Path(toks, a, a)
// is [a]. It returns nil when an index is out of range or the two are not connected
// (which cannot happen in a tree made by [Model.Parse]).
func Path(toks []Token, a, b int) []int {
	if a < 1 || b < 1 || a > len(toks) || b > len(toks) {
		return nil
	}
	up := append([]int{a}, Ancestors(toks, a)...)
	pos := make(map[int]int, len(up))
	for k, x := range up {
		pos[x] = k
	}
	down := []int{b}
	for x := b; ; {
		if k, ok := pos[x]; ok {
			out := append([]int(nil), up[:k+1]...)
			for j := len(down) - 2; j >= 0; j-- {
				out = append(out, down[j])
			}
			return out
		}
		if x < 1 || x > len(toks) || len(down) > len(toks) {
			return nil
		}
		x = toks[x-1].Head
		down = append(down, x)
	}
}

// Subtree returns the 1-based indices of token i and all its descendants, in sentence
// order: the phrase token i heads. It returns nil for an index out of range.
func Subtree(toks []Token, i int) []int {
	if i < 1 || i > len(toks) {
		return nil
	}
	var out []int
	for k := range toks {
		x := k + 1
		for n := 0; n <= len(toks) && x >= 1 && x <= len(toks); n++ {
			if x == i {
				out = append(out, k+1)
				break
			}
			x = toks[x-1].Head
		}
	}
	return out
}
