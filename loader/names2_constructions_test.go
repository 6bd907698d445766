package loader

// Names cut, missed or mistyped in news nobody tuned on (branch names2), each construction
// tried on sentences of our own, with the wrong entity or fact asserted absent: former
// states and adjective forms of countries, Arabic names with an unknown given name and
// their short form, compass-word surnames, of-names ending in a plural noun.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestFormerStatesAndAdjectives checks that states of the past are countries with their
// demonyms, and that a country's adjective form the people's name does not give
// ("Philippine" besides "Filipino") still gives the country.
func TestFormerStatesAndAdjectives(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Delegates from Kenya, Zaire, Upper Volta and Rhodesia met in Nairobi in 1979."},
		want: map[string]schema.Class{"Zaire": schema.Country, "Upper Volta": schema.Country,
			"Rhodesia": schema.Country, "Kenya": schema.Country},
		not: []string{"Volta", "Upper"},
	}, {
		sents: []string{"Zairean Foreign Minister Kalonji Mbeki flew to Brussels on Monday."},
		want:  map[string]schema.Class{"Kalonji Mbeki": schema.Person, "Zaire": schema.Country},
		facts: []string{"Kalonji Mbeki nationality Zaire"},
		wrong: []string{"Kalonji Mbeki nationality Democratic Republic of the Congo"},
	}, {
		sents: []string{"Philippine President Marisol Tandoc said on Friday the talks would resume."},
		want:  map[string]schema.Class{"Marisol Tandoc": schema.Person, "Philippines": schema.Country},
		facts: []string{"Marisol Tandoc leads Philippines", "Marisol Tandoc nationality Philippines"},
		not:   []string{"Philippine President Marisol Tandoc", "Philippine"},
	}, {
		sents: []string{"Slovenian Prime Minister Ana Kovnik met the Ecuadorian ambassador in Ljubljana."},
		want:  map[string]schema.Class{"Ana Kovnik": schema.Person, "Slovenia": schema.Country},
		facts: []string{"Ana Kovnik leads Slovenia"},
		wrong: []string{"Ana Kovnik leads Ecuador"},
	}})
}

// TestPatronymicNames checks that a name of the Arabic pattern keeps a given name no list
// knows before "bin"/"ibn" and an "Al" family name after, and that the given name alone
// later is the same person, as news writes it; the patronymic alone still is too.
func TestPatronymicNames(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Officials said Jabir bin Salem Al Rumi attended prayers in Nairobi."},
		want:  map[string]schema.Class{"Jabir bin Salem Al Rumi": schema.Person},
		not:   []string{"bin Salem Al Rumi", "Jabir"},
	}, {
		sents: []string{
			"Officials said Tamim bin Rashid had died.",
			"Tamim visited Kenya and Egypt in 1990.",
		},
		want:  map[string]schema.Class{"Tamim bin Rashid": schema.Person},
		not:   []string{"Tamim"},
		facts: []string{"Tamim bin Rashid visited Kenya", "Tamim bin Rashid visited Egypt"},
	}, {
		sents: []string{
			"Officials said Tamim bin Rashid had died.",
			"Last year, Rashid visited Kenya.",
		},
		facts: []string{"Tamim bin Rashid visited Kenya"},
	}, {
		// A given name is the short form only of a patronymic name: "Daniel" alone is not
		// "Daniel Okafor".
		sents: []string{
			"Officials said Daniel Okafor had died.",
			"Daniel visited Kenya in 1990.",
		},
		wrong: []string{"Daniel Okafor visited Kenya"},
	}})
}

// TestCompassSurnamesAndOfNames checks that a compass word after a given name is the
// surname, also alone later, that a hyphenated pair of surnames is no place, and that a
// body's of-phrase keeps its last word even when that word alone names nothing ("Human
// Rights", "the West"); a day name after a body is still no part of it.
func TestCompassSurnamesAndOfNames(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Former council aide Daniel South said the deposits were made by the South-Okafor groups.",
			"On Monday, South visited Kenya.",
		},
		want:  map[string]schema.Class{"Daniel South": schema.Person, "Kenya": schema.Country},
		not:   []string{"Daniel", "South-Okafor", "South"},
		facts: []string{"Daniel South visited Kenya"},
	}, {
		sents: []string{"Amina Otieno, the president of the Bakari Institute of Human Rights, said the vote was flawed."},
		want:  map[string]schema.Class{"Bakari Institute of Human Rights": schema.Organization, "Amina Otieno": schema.Person},
		not:   []string{"Bakari Institute of Human"},
		facts: []string{"Amina Otieno leads Bakari Institute of Human Rights"},
		wrong: []string{"Amina Otieno leads Bakari Institute of Human"},
	}, {
		sents: []string{"The Velka Council of the West met in Nairobi."},
		want:  map[string]schema.Class{"Velka Council of the West": schema.Organization},
		not:   []string{"Velka Council of the"},
	}, {
		sents: []string{"A spokesman for the Velka Ministry of Defence Monday said the talks had failed."},
		want:  map[string]schema.Class{"Velka Ministry of Defence": schema.Organization},
		not:   []string{"Velka Ministry of Defence Monday"},
	}, {
		// No person of that surname: the compass word alone is no name.
		sents: []string{"South said nothing, and the North met in Nairobi."},
		not:   []string{"South", "North"},
	}})
}

// TestCapitalBeforeRegime checks that a capital before "regime" is its state acting, as
// "the Kenyan regime" is Kenya, and that the capital elsewhere, and before "government"
// (a city has one too), stays a place.
func TestCapitalBeforeRegime(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The Kampala regime denied the report on Monday."},
		want:  map[string]schema.Class{"Uganda": schema.Country},
		not:   []string{"Kampala"},
	}, {
		sents: []string{"The Nairobi regime said it would send troops."},
		want:  map[string]schema.Class{"Kenya": schema.Country},
		not:   []string{"Nairobi"},
	}, {
		// A capital's city government is no state: "the Nairobi government" may be the city's.
		sents: []string{"The Nairobi government said the mayor had cancelled his visit."},
		want:  map[string]schema.Class{"Nairobi": schema.Place},
		not:   []string{"Kenya"},
	}, {
		sents: []string{"Protesters marched through Nairobi on Monday."},
		want:  map[string]schema.Class{"Nairobi": schema.Place},
		not:   []string{"Kenya"},
	}})
}

// TestPeopleAdjectiveCollectives checks that a people's, faith's or movement's adjective
// before a collective noun names that group, as "Shia militias" and "Kurdish forces" do,
// while a state's demonym before it still gives the generic collective (the seeds'
// "Syrian rebels" is "rebels").
func TestPeopleAdjectiveCollectives(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Tuareg militias attacked the village of Kisoro.", "Baloch guerrillas fought the Kenyan army."},
		want:  map[string]schema.Class{"Tuareg militias": schema.Organization, "Baloch guerrillas": schema.Organization, "Kisoro": schema.Place},
		not:   []string{"militias", "rebels", "Tuareg", "Baloch"},
		facts: []string{"Tuareg militias attacked Kisoro"},
		wrong: []string{"militias attacked Kisoro", "rebels fights Kenyan Armed Forces"},
	}, {
		sents: []string{"Syrian rebels attacked the village of Kisoro."},
		want:  map[string]schema.Class{"rebels": schema.Organization},
		not:   []string{"Syrian rebels", "Syria"},
	}})
}

// TestOfTitleInApposition checks that a minister's title with its portfolio ("Minister of
// State for Foreign Affairs") keeps the name in apposition after a comma, so that the
// country's possessive gives the post, and that a lexicon name after the comma is no
// holder.
func TestOfTitleInApposition(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Egypt's Minister of State for Foreign Affairs, Ondaro Ondaro Mbeki, said the talks would resume."},
		want:  map[string]schema.Class{"Ondaro Ondaro Mbeki": schema.Person, "Egypt": schema.Country},
		facts: []string{"Ondaro Ondaro Mbeki memberOf Egypt", "Ondaro Ondaro Mbeki nationality Egypt"},
		wrong: []string{"Ondaro Ondaro Mbeki leads Egypt"},
	}, {
		sents: []string{"Kenya's Minister of Defence, Wekesa Ouma, resigned on Monday."},
		want:  map[string]schema.Class{"Wekesa Ouma": schema.Person},
		facts: []string{"Wekesa Ouma memberOf Kenya"},
		wrong: []string{"Wekesa Ouma leads Kenya"},
	}, {
		sents: []string{"He met the Minister of Defence, Kenya's top official, on Monday."},
		want:  map[string]schema.Class{"Kenya": schema.Country},
		not:   []string{"Minister of Defence"},
	}})
}

// TestAgentListNameAfterTitle checks that a name the organisation lists hold (they list
// persons too) is a person's after a person's title, directly or in apposition after a
// comma, and stays an organisation elsewhere.
func TestAgentListNameAfterTitle(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Talks will resume on Friday, Kenya's Minister of State for Security, Egon Klepsch, said."},
		want:  map[string]schema.Class{"Egon Klepsch": schema.Person, "Kenya": schema.Country},
		facts: []string{"Egon Klepsch memberOf Kenya"},
	}, {
		sents: []string{"Kenyan Foreign Minister Egon Klepsch said talks would resume."},
		want:  map[string]schema.Class{"Egon Klepsch": schema.Person},
		facts: []string{"Egon Klepsch memberOf Kenya"},
	}, {
		sents: []string{"The talks were hosted by the Secretary General, General Motors said."},
		want:  map[string]schema.Class{"General Motors": schema.Organization},
	}})
}

// TestPlaceAfterLowerAdjective checks that a name between a lower-case adjective and a
// lower-case geographic head is a place ("the rugged X mountains"), and the adjective no
// part of it.
func TestPlaceAfterLowerAdjective(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Troops moved into the rugged Velkor mountains on Tuesday."},
		want:  map[string]schema.Class{"Velkor": schema.Place},
		not:   []string{"Velkor mountains", "rugged Velkor"},
	}})
}

// TestPlaceGovernment checks that a place that is no state and no capital before a
// lower-case "government" names that government, an organisation, while a state's
// government is the state and a capital's stays the place.
func TestPlaceGovernment(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The talks were organised by Bermuda government on Monday."},
		want:  map[string]schema.Class{"Bermuda government": schema.Organization},
		not:   []string{"Bermuda"},
	}, {
		sents: []string{"The Kenyan government and the Nairobi government said nothing."},
		want:  map[string]schema.Class{"Kenya": schema.Country, "Nairobi": schema.Place},
		not:   []string{"Nairobi government", "Kenyan government"},
	}})
}
