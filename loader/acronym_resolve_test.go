package loader

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// resolvedOrgs resolves xs together and returns, per extraction, the organisations by
// IRI with their canonical names.
func resolvedOrgs(t *testing.T, xs ...*schema.Extraction) []map[schema.IRI]string {
	t.Helper()
	rs, err := Resolve(xs)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]map[schema.IRI]string, len(rs))
	for i, x := range rs {
		out[i] = map[schema.IRI]string{}
		for _, e := range x.Entities {
			if e.Class == schema.Organization {
				out[i][e.IRI] = e.Name
			}
		}
	}
	return out
}

// TestSpelledAcronymNotLexicon checks that an acronym the document spells out in
// brackets names what it spells, not the lexicon's body of the same initials ("FSA" is
// the lexicon's Free Syrian Army), within the document and across documents, in both
// orders.
func TestSpelledAcronymNotLexicon(t *testing.T) {
	a := extractDoc(t, "fa", "Bakari Mwinyi criticised the Financial Standards Agency (FSA) in Kisumu.",
		"The FSA said it would not comment.")
	b := extractDoc(t, "fb", "Kisumu insurers met the Financial Standards Agency on Monday.")
	want := schema.EntityIRI("Financial Standards Agency")
	for _, xs := range [][]*schema.Extraction{{a, b}, {b, a}} {
		for _, orgs := range resolvedOrgs(t, xs...) {
			if orgs[want] == "" {
				t.Errorf("no %s in %v", want, orgs)
			}
			for iri, name := range orgs {
				if name == "Free Syrian Army" || iri == schema.EntityIRI("Free Syrian Army") {
					t.Errorf("the spelled acronym took the lexicon's name: %v", orgs)
				}
			}
		}
	}
	// Written without its definition, the acronym is still the lexicon's.
	c := extractDoc(t, "fc", "The FSA fighters entered Idlib.")
	if orgs := resolvedOrgs(t, c)[0]; orgs[schema.EntityIRI("Free Syrian Army")] == "" {
		t.Errorf("the lexicon acronym alone = %v", orgs)
	}
}

// TestSameNamedChambersOfTwoCountries: "the House of Commons" of a Canadian and of a
// British story are two bodies, in both orders; a story that gives it no country joins
// neither; a second mention in its own story stays with the first.
func TestSameNamedChambersOfTwoCountries(t *testing.T) {
	ca := extractDoc(t, "ca", "Bakari Mwinyi, the Canadian prime minister, spoke in the House of Commons in Ottawa.",
		"Canada will vote. The House of Commons rose.")
	uk := extractDoc(t, "uk", "Lord Fenwick told the House of Commons in London that Britain would act.",
		"The House of Commons voted on Tuesday.")
	none := extractDoc(t, "none", "Velka Movement leaders wrote to the House of Commons on Monday.")
	caIRI, ukIRI := schema.EntityIRI("House of Commons of Canada"), schema.EntityIRI("House of Commons of the United Kingdom")
	for _, xs := range [][]*schema.Extraction{{ca, uk, none}, {none, uk, ca}, {uk, none, ca}} {
		got := map[schema.DocID]map[schema.IRI]string{}
		for i, orgs := range resolvedOrgs(t, xs...) {
			got[xs[i].Document.ID] = orgs
		}
		if len(got["ca"]) != 1 || got["ca"][caIRI] == "" {
			t.Errorf("Canadian story: %v, want only %s", got["ca"], caIRI)
		}
		if len(got["uk"]) != 1 || got["uk"][ukIRI] == "" {
			t.Errorf("British story: %v, want only %s", got["uk"], ukIRI)
		}
		if got["none"][caIRI] != "" || got["none"][ukIRI] != "" || got["none"][schema.EntityIRI("House of Commons")] == "" {
			t.Errorf("a story of no country joined a country's chamber: %v", got["none"])
		}
	}
}

// TestSupremeCourtOfTheStoryCountry: "the Supreme Court" of an Indian and of a British
// story are the two countries' courts, in both orders, never one entity.
func TestSupremeCourtOfTheStoryCountry(t *testing.T) {
	in := extractDoc(t, "in", "Bakari Mwinyi, the Indian minister, spoke in Delhi. India will appeal.",
		"The Supreme Court ruled on Monday that the law stands.")
	uk := extractDoc(t, "uk", "Lord Fenwick said in London that Britain would act.",
		"The Supreme Court rejected the appeal.")
	inIRI, ukIRI := schema.EntityIRI("Supreme Court of India"), schema.EntityIRI("Supreme Court of the United Kingdom")
	for _, xs := range [][]*schema.Extraction{{in, uk}, {uk, in}} {
		got := map[schema.DocID]map[schema.IRI]string{}
		for i, orgs := range resolvedOrgs(t, xs...) {
			got[xs[i].Document.ID] = orgs
		}
		if len(got["in"]) != 1 || got["in"][inIRI] == "" || got["in"][ukIRI] != "" {
			t.Errorf("Indian story: %v, want only %s", got["in"], inIRI)
		}
		if len(got["uk"]) != 1 || got["uk"][ukIRI] == "" || got["uk"][inIRI] != "" {
			t.Errorf("British story: %v, want only %s", got["uk"], ukIRI)
		}
	}
}

// TestBareMinistryOfTheStoryCountry: "the Finance Ministry" of a Kenyan and of a
// Tanzanian story are the two countries' ministries, in both orders; a story naming two
// countries as often gives it no country.
func TestBareMinistryOfTheStoryCountry(t *testing.T) {
	ke := extractDoc(t, "ke", "Kenya's exports rose in March, the Finance Ministry said.", "Kenya expects more growth.")
	tz := extractDoc(t, "tz", "Tanzania's debt fell, the Finance Ministry said on Monday.", "Tanzania will borrow less.")
	both := extractDoc(t, "both", "Kenya and Tanzania signed a trade pact, the Finance Ministry said.")
	keIRI, tzIRI := schema.EntityIRI("Ministry of Finance of Kenya"), schema.EntityIRI("Ministry of Finance of Tanzania")
	for _, xs := range [][]*schema.Extraction{{ke, tz, both}, {both, tz, ke}} {
		got := map[schema.DocID]map[schema.IRI]string{}
		for i, orgs := range resolvedOrgs(t, xs...) {
			got[xs[i].Document.ID] = orgs
		}
		if len(got["ke"]) != 1 || got["ke"][keIRI] == "" {
			t.Errorf("Kenyan story: %v, want only %s", got["ke"], keIRI)
		}
		if len(got["tz"]) != 1 || got["tz"][tzIRI] == "" {
			t.Errorf("Tanzanian story: %v, want only %s", got["tz"], tzIRI)
		}
		if got["both"][keIRI] != "" || got["both"][tzIRI] != "" {
			t.Errorf("a story of two countries gave its ministry one: %v", got["both"])
		}
	}
}

// TestStoryCountryNamesBareBodies: "the Supreme Court" of a story of a country the table
// has no row for is that country's court, not another's, in both orders.
func TestStoryCountryNamesBareBodies(t *testing.T) {
	ar := extractDoc(t, "ar", "Argentina's debt talks resumed in Buenos Aires.", "The Supreme Court ruled against Argentina on Monday.")
	us := extractDoc(t, "us", "The United States trade gap widened.", "The Supreme Court ruled on Monday that the law stands in the United States.")
	au := extractDoc(t, "au", "Australia's mining tax was debated in Perth.", "The Supreme Court ruled on Monday that the tax stands in Australia.")
	for _, xs := range [][]*schema.Extraction{{ar, us, au}, {au, us, ar}} {
		got := map[schema.DocID]map[schema.IRI]string{}
		for i, orgs := range resolvedOrgs(t, xs...) {
			got[xs[i].Document.ID] = orgs
		}
		if got["ar"][schema.EntityIRI("Supreme Court of Argentina")] == "" || got["ar"][schema.EntityIRI("Supreme Court of the United States")] != "" {
			t.Errorf("Argentine story: %v", got["ar"])
		}
		if got["us"][schema.EntityIRI("Supreme Court of the United States")] == "" || got["us"][schema.EntityIRI("Supreme Court of Argentina")] != "" {
			t.Errorf("American story: %v", got["us"])
		}
		for _, wrong := range []string{"Supreme Court of Australia", "Supreme Court of the United States", "Supreme Court of Argentina"} {
			if got["au"][schema.EntityIRI(wrong)] != "" {
				t.Errorf("Australian story (a state's court, or the High Court): %v has %s", got["au"], wrong)
			}
		}
	}
}
