package loader

// Entity leftovers (branch ents12), each construction tried on sentences of our own.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// aliasesOf returns the aliases of the entity named name among ents.
func aliasesOf(ents []schema.Entity, name string) (map[string]bool, bool) {
	for _, e := range ents {
		if e.Name == name {
			m := map[string]bool{}
			for _, a := range e.Aliases {
				m[a] = true
			}
			return m, true
		}
	}
	return nil, false
}

// TestFirstLastAliasNeedsGivenName checks that a three-word name gives its "First Last"
// alias only when the first word is a given name: "Tembo Adhiambo Mwangi" is no
// "Tembo Mwangi", while "David Ochieng Mwangi" is also "David Mwangi".
func TestFirstLastAliasNeedsGivenName(t *testing.T) {
	for _, c := range []struct {
		sent, name, alias string
		want              bool
	}{
		{"Tembo Adhiambo Mwangi said on Monday that the Kisumu port would reopen.", "Tembo Adhiambo Mwangi", "Tembo Mwangi", false},
		{"Sprinter Kelly Holmes said on Monday that the Kisumu track would reopen.", "", "Sprinter Holmes", false},
		{"David Ochieng Mwangi said on Monday that the Kisumu port would reopen.", "David Ochieng Mwangi", "David Mwangi", true},
	} {
		ents, _ := analyzeT(t, newSemantics(nil), testDoc("ents12", c.sent))
		for _, e := range ents {
			for _, a := range e.Aliases {
				if a == c.alias && !c.want {
					t.Errorf("%q: %q has the alias %q", c.sent, e.Name, a)
				}
			}
		}
		if c.name == "" {
			continue
		}
		as, ok := aliasesOf(ents, c.name)
		if !ok || as[c.alias] != c.want {
			t.Errorf("%q: %q (found %v) alias %q: %v, want %v", c.sent, c.name, ok, c.alias, as[c.alias], c.want)
		}
	}
}

