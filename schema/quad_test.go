package schema

import (
	"cmp"
	"math/rand/v2"
	"strings"
	"testing"
)

// compareQuadsByString is CompareQuads as specified: the N-Quads forms compared as strings.
func compareQuadsByString(a, b Quad) int {
	return cmp.Or(
		strings.Compare(a.Subject.String(), b.Subject.String()),
		strings.Compare(string(a.Predicate), string(b.Predicate)),
		strings.Compare(a.Object.String(), b.Object.String()),
		strings.Compare(string(a.Label), string(b.Label)),
	)
}

// TestCompareQuadsMatchesNQuadsOrder checks the allocation-free CompareQuads against the
// string comparison it replaces, on terms made of pieces that stress the escapes,
// prefixes, the closing '>' and '"', datatypes, non-ASCII and invalid UTF-8.
func TestCompareQuadsMatchesNQuadsOrder(t *testing.T) {
	pieces := []string{"", "a", "b", "ab", "a/b", "a>", "a b", "é", "\xff", "\"", "\\", "\n",
		"\t", "\x7f", "\x01", "{", "^", "`", "|", "<", "!", "=", "zz", "ﬁ", "\u00a0", "#s1", "#s10"}
	rng := rand.New(rand.NewPCG(1, 2))
	str := func() string {
		var b strings.Builder
		for range rng.IntN(4) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	dts := []IRI{"", XSDInteger, XSDDate, "http://x/a>", "http://x/a", "http://x/a b", "http://x/é"}
	term := func() Term {
		switch rng.IntN(4) {
		case 0:
			return IRITermOf(IRI("http://x/" + str()))
		case 1:
			return Term{Kind: IRITerm, Value: str()}
		case 2:
			return StringTerm(str())
		}
		return Term{Kind: LiteralTerm, Value: str(), Datatype: dts[rng.IntN(len(dts))]}
	}
	preds := []Predicate{Type, Name, Predicate("http://x/p" + "a")}
	quadOf := func() Quad {
		return Quad{Subject: term(), Predicate: preds[rng.IntN(len(preds))], Object: term(),
			Label: IRI("http://x/" + str())}
	}
	for range 200_000 {
		a, b := quadOf(), quadOf()
		if rng.IntN(3) == 0 { // share the subject and predicate, so objects decide
			b.Subject, b.Predicate = a.Subject, a.Predicate
		}
		if got, want := CompareQuads(a, b), compareQuadsByString(a, b); got != want {
			t.Fatalf("CompareQuads(%s, %s) = %d, want %d", a, b, got, want)
		}
	}
}

func BenchmarkCompareQuads(b *testing.B) {
	x := Quad{Subject: IRITermOf("https://newsgraph.dev/id/entity/jane-doe"), Predicate: AlternateName,
		Object: StringTerm("Jane Doe"), Label: "https://newsgraph.dev/id/doc/d1"}
	y := x
	y.Object = StringTerm("Jane Doe-Smith")
	for b.Loop() {
		CompareQuads(x, y)
	}
}

func BenchmarkCompareQuadsByString(b *testing.B) {
	x := Quad{Subject: IRITermOf("https://newsgraph.dev/id/entity/jane-doe"), Predicate: AlternateName,
		Object: StringTerm("Jane Doe"), Label: "https://newsgraph.dev/id/doc/d1"}
	y := x
	y.Object = StringTerm("Jane Doe-Smith")
	for b.Loop() {
		compareQuadsByString(x, y)
	}
}

// TestSortQuadsMatchesCompareQuads checks the keyed sort of Quads against CompareQuads.
func TestSortQuadsMatchesCompareQuads(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	vals := []string{"a", "a b", "a>", "é", "\"a\"", "\xff", "", "ab", "x\ny"}
	term := func() Term {
		v := vals[rng.IntN(len(vals))]
		switch rng.IntN(3) {
		case 0:
			return IRITermOf(IRI("http://x/" + v))
		case 1:
			return StringTerm(v)
		}
		return TypedTerm(v, XSDInteger)
	}
	for range 200 {
		var qs []Quad
		for range rng.IntN(60) {
			qs = append(qs, Quad{Subject: term(), Predicate: Name, Object: term(), Label: IRI("http://x/" + vals[rng.IntN(3)])})
		}
		sortQuads(qs)
		for i := 1; i < len(qs); i++ {
			if CompareQuads(qs[i-1], qs[i]) > 0 {
				t.Fatalf("out of order:\n%s\n%s", qs[i-1], qs[i])
			}
		}
	}
}
