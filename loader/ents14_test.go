package loader

// Entity constructions of unseen business and policy news (branch ents14), each tried on
// sentences of our own.

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestChancellorOfTheExchequerTitle checks that the British finance minister's title is
// one title: no "Exchequer" glued onto the name, and a member's post of the United Kingdom.
func TestChancellorOfTheExchequerTitle(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Chancellor of the Exchequer Tomas Varga told reporters on Monday that rates might fall."},
		want:  map[string]schema.Class{"Tomas Varga": schema.Person},
		not:   []string{"Exchequer Tomas Varga", "Exchequer"},
	}, {
		sents: []string{"Britain's Chancellor of the Exchequer, Tomas Varga, said rates might fall."},
		want:  map[string]schema.Class{"Tomas Varga": schema.Person},
		facts: []string{"Tomas Varga memberOf United Kingdom"},
		wrong: []string{"Tomas Varga leads United Kingdom"},
	}})
}

// TestCapitalsAsPassiveAgents checks that capitals joined by "and" after "by" and a verb
// of acting are both their states, while capitals on a route stay places.
func TestCapitalsAsPassiveAgents(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The plan was opposed by Paris and London, officials said."},
		want:  map[string]schema.Class{"France": schema.Country, "United Kingdom": schema.Country},
		not:   []string{"Paris", "London"},
	}, {
		sents: []string{"The same policy was adopted by Moscow and Beijing last year."},
		want:  map[string]schema.Class{"Russia": schema.Country, "China": schema.Country},
	}, {
		sents: []string{"The ship sailed from Lisbon by way of Paris and London to New York."},
		want:  map[string]schema.Class{"Paris": schema.Place, "London": schema.Place},
		not:   []string{"France", "United Kingdom"},
	}})
}

// TestCapitalPossessiveOfPlace checks that a capital's possessive before a place in the
// city is the city (a place that contains it), while before a decision it is its state.
func TestCapitalPossessiveOfPlace(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The army closed Nairobi's new Kenyatta International Airport on its opening day."},
		want:  map[string]schema.Class{"Nairobi": schema.Place, "Kenyatta International Airport": schema.Place},
		not:   []string{"Kenya"},
		facts: []string{"Kenyatta International Airport locatedIn Nairobi"},
	}, {
		sents: []string{"Protesters marched down London's Regent Street and Kampala's main square on Monday."},
		want:  map[string]schema.Class{"London": schema.Place, "Regent Street": schema.Place},
		facts: []string{"Regent Street locatedIn London"},
		wrong: []string{"Regent Street locatedIn United Kingdom"},
	}, {
		sents: []string{"Moscow's decision to close the airport angered Kiev."},
		want:  map[string]schema.Class{"Russia": schema.Country},
	}})
}

// TestMinistryOfLongCountryName checks that a ministry named with the possessive of a
// country of two words, or of its capital, gets the one ministry name and its country.
func TestMinistryOfLongCountryName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Three new envoys joined Saudi Arabia's foreign ministry in the spring, a spokesman said."},
		want:  map[string]schema.Class{"Ministry of Foreign Affairs of Saudi Arabia": schema.Organization},
		not:   []string{"Saudi Arabia's foreign ministry"},
		facts: []string{"Ministry of Foreign Affairs of Saudi Arabia partOf Saudi Arabia"},
	}, {
		sents: []string{"New Zealand's Foreign Ministry said the embassy would close."},
		want:  map[string]schema.Class{"Ministry of Foreign Affairs of New Zealand": schema.Organization},
	}, {
		sents: []string{"Moscow's Foreign Ministry said the embassy would close."},
		want:  map[string]schema.Class{"Ministry of Foreign Affairs of Russia": schema.Organization},
	}})
}

// TestListedOneWordPersonName checks that a one-word name the organisation lists hold
// (they hold persons' names too) is a person after a person's title or with a person's
// constructions, and stays a body with a body's.
func TestListedOneWordPersonName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Energy Minister Walgreen said he was confident.", "Walgreen said prices would rise."},
		want:  map[string]schema.Class{"Walgreen": schema.Person},
	}, {
		sents: []string{"Kenyan energy minister Walgreen said he was confident of stability."},
		want:  map[string]schema.Class{"Walgreen": schema.Person},
		facts: []string{"Walgreen memberOf Kenya", "Walgreen nationality Kenya"},
	}, {
		sents: []string{"Walgreen said it would open ten stores in Ohio."},
		want:  map[string]schema.Class{"Walgreen": schema.Organization},
	}})
}

// TestRegionAdjectivesNoCountry checks that a demonym after a region's word ("Latin
// American") names no country, that a lower-case "major" before it is no rank, and that
// "Third World" is no entity; "South African" still names its country.
func TestRegionAdjectivesNoCountry(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Kenya and major Latin American nations agreed to set aside their differences."},
		want:  map[string]schema.Class{"Kenya": schema.Country},
		not:   []string{"United States", "Latin", "American"},
	}, {
		sents: []string{"Officials said Central American and North American nations feared a rift with Kenya."},
		not:   []string{"United States"},
	}, {
		sents: []string{"Officials feared rifts between Kenya and Third World nations."},
		not:   []string{"Third World"},
	}, {
		sents: []string{"The poorest Sub-Saharan African nations owe 21 billion dlrs."},
		want:  map[string]schema.Class{"Sub-Saharan Africa": schema.Place},
		not:   []string{"Sub-Saharan African"},
	}, {
		sents: []string{"The South African and North Korean envoys met in Geneva."},
		want:  map[string]schema.Class{"South Africa": schema.Country, "North Korea": schema.Country},
	}, {
		sents: []string{"The banks' exposure to Latin American debtor nations worried analysts."},
		not:   []string{"Latin", "United States"},
	}, {
		sents: []string{"An army major, Tomas Varga, said the mood was calm."},
		want:  map[string]schema.Class{"Tomas Varga": schema.Person},
	}})
}

// TestInterimBodyName checks that "Interim" begins a body's name before a body's head word.
func TestInterimBodyName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The request will go to the Velka Fund's policy-making Interim Committee, which meets here."},
		want:  map[string]schema.Class{"Interim Committee": schema.Organization},
	}, {
		sents: []string{"Interim President Tomas Varga met the envoys on Monday."},
		want:  map[string]schema.Class{"Tomas Varga": schema.Person},
	}})
}

// TestWireSignOffWithCarriageReturn checks that the sign-off "REUTER^M", as some wire
// texts keep a carriage return, is no entity.
func TestWireSignOffWithCarriageReturn(t *testing.T) {
	x, err := New(nil).Extract(context.Background(), Source{ID: "wire", Text: []byte(
		"Velkan President Amara Osei met Bakari Mwinyi in Kisumu on Monday, officials said. REUTER^M")})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range x.Entities {
		if e.Name == "REUTER" || e.Name == "REUTER^M" {
			t.Errorf("the sign-off became an entity %q (%s)", e.Name, e.Class)
		}
	}
	if n := len(x.Sentences); n != 1 {
		t.Errorf("%d sentences, want 1", n)
	}
}

// TestSportsTradeBeforeName checks that an athlete's trade written before a name, also
// capitalised at the start of a sentence, is no part of the name.
func TestSportsTradeBeforeName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Sprinter Tomas Varga won the race on Monday."},
		want:  map[string]schema.Class{"Tomas Varga": schema.Person},
		not:   []string{"Sprinter Tomas Varga"},
	}, {
		sents: []string{"Olympian Ana Ruiz led the field, with boxer Amara Osei second."},
		want:  map[string]schema.Class{"Ana Ruiz": schema.Person, "Amara Osei": schema.Person},
		not:   []string{"Olympian Ana Ruiz"},
	}})
}
