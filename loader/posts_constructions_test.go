package loader

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// Posts, parties and bodies in political stories that name their country only through its
// parties or its officials' visits (sentences invented for these tests).

func TestPartiesOfAStoryThatNamesNoCountry(t *testing.T) {
	d := testDoc("p1",
		"The Lib Dems have promised to scrap tuition fees, their spokesman said.",
		"The Tories say the plan would cost billions and Labour says the sums are wrong.",
	)
	ents, _ := analyzeT(t, newSemantics(nil), d)
	cls := map[string]schema.Class{}
	for _, e := range ents {
		cls[e.Name] = e.Class
	}
	for _, n := range []string{"Liberal Democrats", "Conservative Party"} {
		if cls[n] != schema.Organization {
			t.Errorf("%s: class %v, want Organization; got %v", n, cls[n], cls)
		}
	}
	if _, ok := cls["Lib Dems"]; ok {
		t.Errorf("Lib Dems kept as its own entity: %v", cls)
	}
	if _, ok := cls["New Zealand Labour Party"]; ok {
		t.Errorf("Labour read as New Zealand's party: %v", cls)
	}

	// One party word alone names no country's party.
	d = testDoc("p2", "The Tories of the village cricket club met on Sunday.")
	ents, _ = analyzeT(t, newSemantics(nil), d)
	for _, e := range ents {
		if e.Name == "Conservative Party" {
			t.Errorf("a lone party word read as a party: %v", ents)
		}
	}
}

func TestPartyPostsInAStoryOfParties(t *testing.T) {
	_, got := analyzeT(t, newSemantics(nil), testDoc("p3",
		"Tory leader Gareth Pembury said the Lib Dems had no plan for the railways.",
		"Then deputy Conservative chairman Alun Treharne was said to have disagreed.",
		"Lib Dem MP Carys Vaughan said Labour had broken its word.",
	))
	for _, f := range []string{"Gareth Pembury leads Conservative Party", "Alun Treharne memberOf Conservative Party", "Carys Vaughan memberOf Liberal Democrats"} {
		if !got[f] {
			t.Errorf("missing %q; got %v", f, got)
		}
	}
	for _, f := range []string{"Alun Treharne leads Conservative Party", "Carys Vaughan memberOf Labour Party"} {
		if got[f] {
			t.Errorf("wrong fact %q", f)
		}
	}
}
