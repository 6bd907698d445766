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

func TestBareTitlesOfAVisitedHost(t *testing.T) {
	visit := []string{
		"Former U.S. Secretary of State Walter Brennan said the U.S. economy was weak.",
		"\"The United States cannot pay its debts,\" he told reporters.",
		"Brennan came to Peru on a private visit to open a trade fair.",
		"During his visit he is to call on President Manuel Ortega Ruiz, Foreign Minister Jorge Salazar Vega and Chamber of Deputies chairman Luis Castillo Mora, Monday in Lima.",
	}
	_, got := analyzeT(t, newSemantics(nil), testDoc("v1", visit...))
	for _, f := range []string{"Manuel Ortega Ruiz leads Peru", "Jorge Salazar Vega memberOf Peru", "Luis Castillo Mora leads Chamber of Deputies"} {
		if !got[f] {
			t.Errorf("missing %q; got %v", f, got)
		}
	}
	for _, f := range []string{"Manuel Ortega Ruiz leads United States", "Jorge Salazar Vega memberOf United States", "Luis Castillo Mora leads Peru"} {
		if got[f] {
			t.Errorf("wrong fact %q", f)
		}
	}
	// A third country named, unmarked: the titles may be its officials'.
	third := append([]string{"The talks were about the border war with Ecuador."}, visit...)
	_, got = analyzeT(t, newSemantics(nil), testDoc("v2", third...))
	if got["Manuel Ortega Ruiz leads Peru"] {
		t.Errorf("host read with a third country named: %v", got)
	}
	// No visitor tied to another country: no host.
	_, got = analyzeT(t, newSemantics(nil), testDoc("v3",
		"Walter Brennan came to Peru on a private visit.",
		"He is to call on President Manuel Ortega Ruiz in Lima.",
	))
	if got["Manuel Ortega Ruiz leads Peru"] {
		t.Errorf("host read without a marked visitor: %v", got)
	}
}

func TestPluralPartyIsNoBodyOfACoordinatedTitle(t *testing.T) {
	_, got := analyzeT(t, newSemantics(nil), testDoc("c1",
		"The White House said it would talk to the Democrats in Congress.",
		"Hollis said he plans further talks with other Republicans and House Budget Committee Chairman Dwight Farrow before a decision.",
	))
	if got["Dwight Farrow leads Republican Party"] || got["Dwight Farrow memberOf Republican Party"] {
		t.Errorf("the coordinated party read as the chairman's: %v", got)
	}
	if !got["Dwight Farrow leads House Budget Committee"] {
		t.Errorf("missing the chairman's committee: %v", got)
	}
}

func TestEdIsAGivenName(t *testing.T) {
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("g1",
		"Transport spokesman Ed Harlow said the Lib Dems would scrap the toll, and the Tories disagreed.",
		"In an Op-Ed for the Courier, Harlow said the plan was costed.",
	))
	names := map[string]bool{}
	for _, e := range ents {
		names[e.Name] = true
	}
	if !names["Ed Harlow"] || names["Harlow"] {
		t.Errorf("want Ed Harlow whole; got %v", names)
	}
	if names["Ed"] || names["Op-Ed"] || names["Op"] {
		t.Errorf("the column read as a name: %v", names)
	}
}
