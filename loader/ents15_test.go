package loader

// Entity recall and typing on unseen news (branch ents15): seats, wards, institutions
// named with a possessive and compass place names, each construction tried on sentences
// of our own.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestSeatBeforeMember checks that a name between "the" and a member's letters, or after
// them and "for", is the seat, a place ("the Marlow Heath MP", "MP for Kelby Vale"), also
// when it begins with a known place ("the Leeds Moorside MP"), while a party there stays
// the party and a person's name before "MP" stays the person.
func TestSeatBeforeMember(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The Marlow Heath MP, who was expelled from his party last year, accused Tomas Varga of lying."},
		want:  map[string]schema.Class{"Marlow Heath": schema.Place, "Tomas Varga": schema.Person},
	}, {
		sents: []string{"Ana Dorn, MP for Kelby Vale, said the school would close."},
		want:  map[string]schema.Class{"Kelby Vale": schema.Place, "Ana Dorn": schema.Person},
	}, {
		sents: []string{"Ana Dorn, MP for Kelby-on-Wold, and the MP for Ortham North spoke; Tomas Varga, the member for Wexley and Barrow, agreed."},
		want:  map[string]schema.Class{"Kelby-on-Wold": schema.Place, "Ortham North": schema.Place, "Wexley and Barrow": schema.Place},
		not:   []string{"Kelby", "Ortham", "Wexley"},
	}, {
		sents: []string{"As MP for Kelby Vale and Plaid Cymru's leader, Tomas Varga spoke."},
		want:  map[string]schema.Class{"Kelby Vale": schema.Place, "Tomas Varga": schema.Person},
		not:   []string{"Kelby Vale and Plaid Cymru"},
	}, {
		sents: []string{"The Leeds Moorside MP said the plan was flawed."},
		want:  map[string]schema.Class{"Leeds Moorside": schema.Place},
		not:   []string{"Leeds"},
	}, {
		sents: []string{"The Labour MP Tomas Varga said the budget was fair, and Ana Dorn MP agreed."},
		want:  map[string]schema.Class{"Tomas Varga": schema.Person, "Ana Dorn": schema.Person},
		not:   []string{"Labour"},
	}})
}

// TestSeatJoinedByAnd checks that a seat's name that joins two names with "and" is one
// place, after "constituency of" and before "ward", also where the document names it
// again without the cue ("candidates for Kelby Vale and Bow").
func TestSeatJoinedByAnd(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Here in the constituency of Kelby Vale and Bow there is a loyal MP.",
			"Both parties have chosen candidates for Kelby Vale and Bow.",
		},
		want: map[string]schema.Class{"Kelby Vale and Bow": schema.Place},
		not:  []string{"Kelby Vale", "Bow"},
	}, {
		sents: []string{"The party won a seat in St Piran's and Holm Green ward last month."},
		want:  map[string]schema.Class{"St Piran's and Holm Green": schema.Place},
		not:   []string{"St Piran", "Holm Green"},
	}, {
		sents: []string{"Tomas Varga and Ana Dorn visited the ward."},
		want:  map[string]schema.Class{"Tomas Varga": schema.Person, "Ana Dorn": schema.Person},
	}})
}

// TestPlaceAfterWard checks that a name after a ward's head and a comma is the larger
// place the ward lies in ("in the Holm Green ward, Orwen Hamlets").
func TestPlaceAfterWard(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The party gained a council seat in the Holm Green ward, Orwen Hamlets, last month."},
		want:  map[string]schema.Class{"Holm Green": schema.Place, "Orwen Hamlets": schema.Place},
	}, {
		sents: []string{"As Ana Dorn courted the rural constituency, Varga campaign officials worried."},
		not:   []string{"Varga"},
	}})
}

// TestInstitutionWithPossessive checks that an institution named after a person with a
// possessive keeps the possessive inside its name ("Guy's Hospital Medical School"),
// while a country's possessive before a body stays the country.
func TestInstitutionWithPossessive(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Tomas Varga trained at Marta's Hospital Medical School and later taught at St Piran's College."},
		want:  map[string]schema.Class{"Marta's Hospital Medical School": schema.Organization, "St Piran's College": schema.Organization, "Tomas Varga": schema.Person},
		not:   []string{"Hospital Medical School"},
	}, {
		sents: []string{"France's Hospital Federation said Tomas Varga was right."},
		want:  map[string]schema.Class{"France": schema.Country},
	}})
}

// TestCompassPlaceName checks that a compass point and a word that is no body's head are a
// place ("the East End"), also where the document writes the compass point in lower case
// ("east London").
func TestCompassPlaceName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Tomas Varga lives in east London.", "He said his party would win the East End."},
		want:  map[string]schema.Class{"East End": schema.Place, "London": schema.Place},
	}})
}

// TestTerritoryResidentsWord checks that a dependent territory's adjective or residents'
// plural names the territory's place, no person ("the Puerto Rican constitution",
// "Gibraltarians voted"), and no country.
func TestTerritoryResidentsWord(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The Puerto Rican constitution says Tomas Varga must be confirmed by the senate."},
		want:  map[string]schema.Class{"Puerto Rico": schema.Place, "Tomas Varga": schema.Person},
		not:   []string{"Puerto Rican"},
	}, {
		sents: []string{"Gibraltarians voted on Thursday, Tomas Varga said."},
		want:  map[string]schema.Class{"Gibraltar": schema.Place},
		not:   []string{"United Kingdom"},
	}})
}

// TestLanguageNoCountry checks that a demonym before a noun for language is the language,
// no mention of the country ("the Spanish language", "a Spanish-language newspaper"),
// while the demonym elsewhere stays the country.
func TestLanguageNoCountry(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Tomas Varga answered in the Spanish language and spoke to a German-language newspaper in Kisumu."},
		want:  map[string]schema.Class{"Tomas Varga": schema.Person},
		not:   []string{"Spain", "Germany"},
	}, {
		sents: []string{"The Spanish ambassador met Tomas Varga in Kisumu."},
		want:  map[string]schema.Class{"Spain": schema.Country},
	}})
}

// TestBareTitleInTerritoryStory checks that a bare minister's title in a story about a
// dependent territory gives no membership of its sovereign state (territoryStory itself is
// tested in ents15_whitebox_test.go).
func TestBareTitleInTerritoryStory(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Puerto Rico's governor resigned on Friday, and the U.S. Congress was told.",
			"In San Juan, Secretary of Justice Marta Velez Oliva was sworn in as Puerto Rico's governor.",
		},
		want:  map[string]schema.Class{"Marta Velez Oliva": schema.Person, "Puerto Rico": schema.Place},
		wrong: []string{"Marta Velez Oliva memberOf United States"},
	}})
}

// TestRegionalBroadcasterService checks that a broadcaster and a known place that is no
// country after it are one outlet ("BBC Scotland"), while a country after it stays the
// country and a place after another kind of body stays the place.
func TestRegionalBroadcasterService(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"BBC Scotland's political correspondent Tomas Varga said no complaint had been made."},
		want:  map[string]schema.Class{"BBC Scotland": schema.Organization, "Tomas Varga": schema.Person},
		not:   []string{"Scotland"},
	}, {
		sents: []string{"Tomas Varga told the BBC Kenya was ready."},
		want:  map[string]schema.Class{"Kenya": schema.Country},
	}})
}
