package loader

// Entity leftovers (branch ents12), each construction tried on sentences of our own.

import (
	"strings"
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

// TestChurchAcademyLicenceClasses checks a denomination's church as an institution (a
// saint's church stays a building), an "X Academy" as no person, and a licence as no
// entity.
func TestChurchAcademyLicenceClasses(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The Velkan Orthodox Church said on Monday that the law was unjust."},
		want:  map[string]schema.Class{"Velkan Orthodox Church": schema.Organization},
	}, {
		sents: []string{"Delegates of American Methodist Churches and the Kisumu Teachers Union met on Monday."},
		want:  map[string]schema.Class{"Methodist Churches": schema.Organization},
	}, {
		sents: []string{"Fans packed Kisumu's Brixwell Academy on Tuesday."},
		want:  map[string]schema.Class{"Brixwell Academy": schema.Organization, "Kisumu": schema.Place},
	}, {
		sents: []string{"The game is released under the Velka General Public License."},
		not:   []string{"Public License", "General Public License", "Velka General Public License"},
	}})
}

// TestSaintsChurchIsBuilding checks that a church named with a saint's possessive is no
// organisation ("St Mary's Anglican Church" is a building).
func TestSaintsChurchIsBuilding(t *testing.T) {
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("ents12", "The fire damaged St Mary's Anglican Church in Kisumu."))
	for _, e := range ents {
		if strings.HasSuffix(e.Name, "Church") && e.Class == schema.Organization {
			t.Errorf("%q is an organisation", e.Name)
		}
	}
}

// TestFirmSuffixAloneNoEntity checks that a company's legal form is no entity of its own
// when the detector cuts it from the name before it ("worked for Tarsoni S.A.").
func TestFirmSuffixAloneNoEntity(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Bakari Mwinyi worked for Tarsoni S.A., which owns the restaurant, for ten years."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person},
		not:   []string{"S.A."},
	}, {
		sents: []string{"Tarvo Corp agreed to buy a stake in Velka S.A., a subsidiary of Moru S.A., on Monday."},
		want:  map[string]schema.Class{"Velka S.A.": schema.Organization, "Tarvo Corp": schema.Organization},
		not:   []string{"S.A."},
	}, {
		sents: []string{"Tarvo runs on the Velka General Public Licensed operating system."},
		not:   []string{"Public Licensed", "General Public Licensed"},
	}})
}

// TestPartyStanceBeforeParty checks that "ruling" or "opposition" between "the" and a
// party's name does not hide the party from the relation ("a member of the ruling Velka
// party"), each with its own role.
func TestPartyStanceBeforeParty(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Bakari Mwinyi, a member of the ruling Velka party, said the vote was rigged."},
		facts: []string{"Bakari Mwinyi memberOf Velka"},
		wrong: []string{"Bakari Mwinyi leads Velka"},
	}, {
		sents: []string{"Bakari Mwinyi, the leader of the opposition Velka party, said the vote was rigged."},
		facts: []string{"Bakari Mwinyi leads Velka"},
		wrong: []string{"Bakari Mwinyi memberOf Velka"},
	}, {
		sents: []string{"Bakari Mwinyi, leader of the main opposition Velka Party, said the vote was rigged."},
		facts: []string{"Bakari Mwinyi leads Velka Party"},
		wrong: []string{"Bakari Mwinyi memberOf Velka Party"},
	}})
}

// TestSurnamePluralBodyNoPerson checks that a name ending in the plural of a body's head
// word is no person ("the Mwinyi and Tembo Administrations"), while a surname after a
// given name stays one ("Tony Banks").
func TestSurnamePluralBodyNoPerson(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Both the Mwinyi and Tembo Administrations cut taxes."},
		not:   []string{"Tembo Administrations", "Mwinyi"},
	}, {
		sents: []string{"Tony Banks said the plan for the Kisumu bridge was flawed."},
		want:  map[string]schema.Class{"Tony Banks": schema.Person},
	}})
}
