package loader

// Names on unlabelled news (branch ents2), each construction tried on sentences of our
// own: the names of things that begin with a word no person's name begins with, the
// laboratory as a body's head, and a chamber's committee whose fields are joined by "and".

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestThingFirstNoPerson checks that an unknown two-word name that begins with a word
// of things ("Holy", "Millennium", "Pacific", "Lunar") is no person, while a person's
// name of unknown given name still is one, and the words that follow still class the
// name.
func TestThingFirstNoPerson(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Pilgrims carried the Holy Lantern through the streets of Ostrava on Sunday.",
			"The Millennium Bridge in Ostrava was closed for repairs, the mayor said.",
			"Pacific Harwell said it would cut 200 jobs.",
			"The Lunar Gateway module was delayed again.",
			"Dario Vukelja, a spokesman for the city, said the bridge would reopen.",
		},
		// a bridge is a place and a name that "said it" a body, whatever their first word
		want: map[string]schema.Class{"Dario Vukelja": schema.Person, "Millennium Bridge": schema.Place, "Pacific Harwell": schema.Organization},
		not:  []string{"Holy Lantern", "Lunar Gateway"},
	}})
}

// TestLaboratoryHead checks that a laboratory heads a body's name.
func TestLaboratoryHead(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Scientists at the Brenford Optics Laboratory said the results were surprising.",
			"Engineer Mara Telles of the Kestrel Propulsion Laboratory led the team.",
		},
		want: map[string]schema.Class{
			"Brenford Optics Laboratory":    schema.Organization,
			"Kestrel Propulsion Laboratory": schema.Organization,
			"Mara Telles":                   schema.Person,
		},
	}})
}

// TestChamberCommitteeFields checks that a chamber's committee whose fields are joined
// by "and" is one body, not two names split at "and".
func TestChamberCommitteeFields(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Senate Appropriations and Ethics Committee chairman Ralph Denbigh said the bill was dead.",
			"The House Oversight and Intelligence Committee will question the director on Monday.",
			"Dana Whitcombe and Reform Committee members met on Tuesday.",
		},
		want: map[string]schema.Class{
			"Senate Appropriations and Ethics Committee": schema.Organization,
			"House Oversight and Intelligence Committee": schema.Organization,
			"Ralph Denbigh":  schema.Person,
			"Dana Whitcombe": schema.Person,
		},
		not: []string{"Senate Appropriations", "Ethics Committee", "House Oversight", "Intelligence Committee", "Dana Whitcombe and Reform Committee"},
	}})
}

// TestOpeningGerundNoName checks that a clause-opening -ing form before its object's name
// is no part of the name, while a given name that ends in "ing" stays a person's.
func TestOpeningGerundNoName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"The board named Paul Hollister and Owen Brack to new posts.",
			"Replacing Hollister as chairman is Owen Brack, the company said.",
			"Succeeding Marwick as head of the unit will be Tom Ellery.",
		},
		want: map[string]schema.Class{"Owen Brack": schema.Person, "Tom Ellery": schema.Person, "Paul Hollister": schema.Person},
		not:  []string{"Replacing Hollister", "Succeeding Marwick"},
	}, {
		sents: []string{"Sterling Halvorsen said the deal was done.", "Browning Ortiz, a banker, was elected mayor."},
		want:  map[string]schema.Class{"Sterling Halvorsen": schema.Person, "Browning Ortiz": schema.Person},
	}})
}

// TestMinisterOfPortfoliosAnd checks that a minister's portfolios joined by "and" after
// "Minister of" are part of the title, not of the name after it.
func TestMinisterOfPortfoliosAnd(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Minister of Energy and Mines Carlos Ribera said talks were continuing.",
			"Minister of Immigration and Infrastructure Ana Teles visited the site in Corvena.",
		},
		want: map[string]schema.Class{"Carlos Ribera": schema.Person, "Ana Teles": schema.Person},
		not:  []string{"Mines Carlos Ribera", "Infrastructure Ana Teles"},
	}})
}

// TestAcronymDefinerIsBody checks that an unknown name that defines its acronym in
// parentheses is a body, the acronym the same body, while a person's name before a
// parenthesis stays a person's.
func TestAcronymDefinerIsBody(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Talks began with Kovar Halden Sorvik (KHS) on Monday.",
			"KHS said it was pleased with the terms.",
			"Maria Lund (left) and Dario Vukelja signed the deal.",
		},
		want: map[string]schema.Class{"Kovar Halden Sorvik": schema.Organization, "Maria Lund": schema.Person, "Dario Vukelja": schema.Person},
		not:  []string{"KHS"},
	}})
}
