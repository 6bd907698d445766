package resolve_test

import (
	"maps"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/schema"
)

// inEveryOrder resolves docs added one at a time in every order (joining the short way
// where it can), and all at once the long way, and checks that every way gives the same
// assignment; it returns it.
func inEveryOrder(t *testing.T, docs ...resolve.Doc) map[string]resolve.Resolved {
	t.Helper()
	long := resolve.NewLong()
	if _, err := long.Apply(nil, docs); err != nil {
		t.Fatal(err)
	}
	long.Commit()
	want := assignments(long, docs)
	var permute func(k int)
	permute = func(k int) {
		if k == len(docs) {
			st := resolve.New()
			for _, d := range docs {
				if _, err := st.Apply(nil, []resolve.Doc{d}); err != nil {
					t.Fatal(err)
				}
				st.Commit()
			}
			if got := assignments(st, docs); !maps.Equal(got, want) {
				t.Errorf("order %v: %v, all at once %v", slices.Collect(func(y func(schema.DocID) bool) {
					for _, d := range docs {
						if !y(d.ID) {
							return
						}
					}
				}), got, want)
			}
			return
		}
		for i := k; i < len(docs); i++ {
			docs[k], docs[i] = docs[i], docs[k]
			permute(k + 1)
			docs[k], docs[i] = docs[i], docs[k]
		}
	}
	permute(0)
	return want
}

// TestAcronymOfTwoLongNames: one acronym spelled out as two different long names in two
// documents is two bodies; the acronym written alone joins neither; a spelling variant of
// one long name, or that long name alone, is that body.
func TestAcronymOfTwoLongNames(t *testing.T) {
	org := schema.Organization
	got := inEveryOrder(t,
		doc("a", thing(org, "", "Velka Trade Organisation", "VTO")),
		doc("b", thing(org, "", "Velka Tourism Organisation", "VTO")),
		doc("c", thing(org, "", "VTO")),
		doc("d", thing(org, "", "Velka Trade Organization", "VTO")),
		doc("e", thing(org, "", "Velka Trade Organisation")),
		doc("f", thing(org, "", "Velka Trade Org", "VTO")),
	)
	trade, tourism, bare := got["a/Velka Trade Organisation"], got["b/Velka Tourism Organisation"], got["c/VTO"]
	if trade == tourism {
		t.Errorf("two long names behind one acronym are one body: %v", trade)
	}
	if bare == trade || bare == tourism {
		t.Errorf("the acronym alone joined one of two bodies: %v", bare)
	}
	if got["d/Velka Trade Organization"] != trade || got["e/Velka Trade Organisation"] != trade || got["f/Velka Trade Org"] != trade {
		t.Errorf("a variant or the long name alone left its body: %v", got)
	}
}

// TestAcronymOfOneLongName: with one long name behind it, the acronym written alone
// joins it, in every order.
func TestAcronymOfOneLongName(t *testing.T) {
	org := schema.Organization
	got := inEveryOrder(t,
		doc("a", thing(org, "", "Velka Trade Organisation", "VTO")),
		doc("c", thing(org, "", "VTO")),
		doc("d", thing(org, "", "VTO", "Velka Trade Organisation")),
	)
	want := resolve.Resolved{IRI: schema.EntityIRI("Velka Trade Organisation"), Name: "Velka Trade Organisation"}
	for k, v := range got {
		if v != want {
			t.Errorf("%s = %v, want %v", k, v, want)
		}
	}
}

// TestNameOfTwoLexiconEntities: a name two lexicon entities share joins a record of no
// lexicon name to neither, unless its own document names one so; in every order.
func TestNameOfTwoLexiconEntities(t *testing.T) {
	org := schema.Organization
	got := inEveryOrder(t,
		doc("a", thing(org, "Velka Assembly of Norland", "Velka Assembly")),
		doc("b", thing(org, "Velka Assembly of Suria", "Velka Assembly")),
		doc("c", thing(org, "", "Velka Assembly")),
		doc("d", thing(org, "Velka Assembly of Suria", "Velka Assembly of Suria", "Velka Assembly"), thing(org, "", "Velka Assembly")),
	)
	norland, suria, bare := got["a/Velka Assembly"], got["b/Velka Assembly"], got["c/Velka Assembly"]
	if norland == suria || bare == norland || bare == suria {
		t.Errorf("two lexicon entities of one name, or the bare name, merged: %v", got)
	}
	if got["d/Velka Assembly"] != suria || suria.Name != "Velka Assembly of Suria" {
		t.Errorf("the bare name left the entity its own document names: %v", got)
	}
	// With one lexicon entity of the name, the bare name joins it.
	one := inEveryOrder(t,
		doc("a", thing(org, "Velka Assembly of Norland", "Velka Assembly")),
		doc("c", thing(org, "", "Velka Assembly")),
	)
	if one["c/Velka Assembly"] != one["a/Velka Assembly"] {
		t.Errorf("the bare name of one lexicon entity: %v", one)
	}
}

// TestBareSurnameVariantKeepsItsInitial: a surname alone joins a full name whose surname
// is a spelling variant of it (under a compatible post) only when both begin with one
// letter; in every order.
func TestBareSurnameVariantKeepsItsInitial(t *testing.T) {
	got := inEveryOrder(t,
		doc("a", titled([]string{"mayor"}, "Tomas Alver")),
		doc("b", titled([]string{"mayor"}, "Ulver")),
		doc("c", titled([]string{"mayor"}, "Allver")),
	)
	if got["b/Ulver"] == got["a/Tomas Alver"] {
		t.Errorf("another initial vowel joined the surname alone: %v", got)
	}
	if got["c/Allver"] != got["a/Tomas Alver"] {
		t.Errorf("a spelling of the same initial did not join: %v", got)
	}
}
