package loader

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// postCase is a set of invented documents, the last of which writes a surname alone under
// a title, and the index of the document whose person it must join (-1: none).
type postCase struct {
	name string
	docs [][]string
	want int
}

// TestResolveTitledSurname checks that a surname written alone under a title carries its
// post and gender across documents: it does not join a person of another post or gender
// or, under a peer's style, a person never so styled, nor a person of no post (another
// document's full name and a surname share too little); of two people of its surname it
// joins the one whose post is its own when the other's conflicts. Each case is read in
// both orders of its documents, with the same result.
func TestResolveTitledSurname(t *testing.T) {
	for _, c := range []postCase{
		{"another post", [][]string{{"Senate leader Corwin Haldane opened the debate in Ottawa."},
			{"Treasury Secretary Haldane met bankers in Toronto."}}, -1},
		{"the same post", [][]string{{"Treasury Secretary Corwin Haldane opened the session in Ottawa."},
			{"Secretary Haldane met bankers in Toronto."}}, 0},
		{"a person of no post", [][]string{{"Corwin Haldane opened the session in Ottawa."},
			{"Treasury Secretary Haldane met bankers in Toronto."}}, -1}, // nothing but the surname is shared
		{"a peer's style", [][]string{{"Tobias Pellew visited the school in Leeds."},
			{"Lord Pellew spoke in the House of Lords on Monday."}}, -1},
		{"the other gender", [][]string{{"Peter Tolland visited the school in Leeds."},
			{"Mrs Tolland spoke at the meeting in York."}}, -1},
		{"the one of that post", [][]string{{"President Edwin Marlow arrived in Lusaka."},
			{"Judge Dana Marlow sentenced the men in Ndola."},
			{"President Marlow met farmers in Kitwe."}}, 0},
		{"a conflict keeps a postless person ambiguous", [][]string{{"Judge Dana Marlow sentenced the men in Ndola."},
			{"Edwin Marlow arrived in Lusaka."},
			{"President Marlow met farmers in Kitwe."}}, -1},
	} {
		runPostCase(t, c)
	}
}

// runPostCase resolves the documents of c in both orders, checks that both give the same
// persons, and that the last document's person joins the person of document c.want only.
func runPostCase(t *testing.T, c postCase) {
	t.Helper()
	var xs []*schema.Extraction
	for i, d := range c.docs {
		xs = append(xs, extractDoc(t, string(rune('a'+i)), d...))
	}
	fwd := resolvedPersons(t, xs...)
	rev := resolvedPersons(t, reversed(xs)...)
	last := len(xs) - 1
	for i := range xs {
		if len(fwd[i]) != 1 || len(rev[last-i]) != 1 || fwd[i][0] != rev[last-i][0] {
			t.Fatalf("%s: persons %v in one order, %v in the other", c.name, fwd, rev)
		}
	}
	for i := range xs[:last] {
		if joined := fwd[last][0] == fwd[i][0]; joined != (i == c.want) {
			t.Errorf("%s: the titled surname %s, document %d's person %s, joined %v", c.name, fwd[last][0], i, fwd[i][0], joined)
		}
	}
}

func reversed(xs []*schema.Extraction) []*schema.Extraction {
	out := make([]*schema.Extraction, len(xs))
	for i, x := range xs {
		out[len(xs)-1-i] = x
	}
	return out
}

// TestResolveMiddleNameInDocument checks that one document's full name with and without a
// middle initial or middle name is one person, and with a middle name and its initial,
// while two different middle initials are two people in one document as across documents.
func TestResolveMiddleNameInDocument(t *testing.T) {
	a := extractDoc(t, "a", "Maria T. Lindqvist, the chief executive of Norrvik Energy, visited Oslo on Monday.",
		"Maria Lindqvist met bankers there.", "Lindqvist said the talks went well.")
	b := extractDoc(t, "b", "Tomas Edvard Brannock, a former senator, arrived in Cork.", "Later, Tomas Brannock met officials.")
	c := extractDoc(t, "c", "Maria K. Lindqvist opened a bakery in Umea.")
	got := resolvedPersons(t, a, b, c)
	if len(got[0]) != 1 || len(got[1]) != 1 {
		t.Fatalf("persons %v, want one in each of a and b", got)
	}
	if len(got[2]) != 1 || got[2][0] == got[0][0] {
		t.Errorf("another middle initial across documents: %v, want another person", got)
	}
	// In one document, two different middle initials are two people, as are one initial
	// and a middle name it does not begin.
	for _, sents := range [][]string{
		{"Harold J. Fenwick founded the firm in 1950.", "His son, Harold K. Fenwick, runs it now."},
		{"George H. W. Tamsett spoke in Leeds.", "George W. Tamsett spoke in York."},
		{"Maria Karin Lindqvist spoke in Lund.", "Maria T. Lindqvist spoke in Malmo."},
	} {
		if ps := resolvedPersons(t, extractDoc(t, "d", sents...)); len(ps[0]) != 2 {
			t.Errorf("%q: persons %v, want two", sents, ps[0])
		}
	}
	if ps := resolvedPersons(t, extractDoc(t, "e", "Maria Therese Lindqvist spoke in Lund.", "Maria T. Lindqvist spoke in Malmo.")); len(ps[0]) != 1 {
		t.Errorf("a middle name and its initial: persons %v, want one", ps[0])
	}
}
