package loader

// Issue 11's argument side on unseen news, each construction tried through the whole
// loader on sentences of our own (names, places and events made up for the test): the
// document's country for bare titles, abbreviated and plural titles, party adjectives,
// the class and the boundary of names the lexicons do not know.

import (
	"strings"
	"testing"
)

// TestBareTitleForeignMarked checks that a bare title does not take the most named country
// when the document marks that country's officials as foreign with its demonym and names
// another country, whose officials it leaves bare, nearly as often: the reporter's home
// country is the other one, and the bare title is its.
func TestBareTitleForeignMarked(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{
				"Prime Minister Ana Morel asked Zambia to return the envoy to Malawi.",
				"Prime Minister Ana Morel spoke at a hospital on Monday.",
				"The envoy left Malawi for Zambia on Friday.",
				"Zambian Foreign Minister Teodor Lunde said Zambia would study the request.",
				"Zambia has an embassy in Lilongwe, and Malawi has one in Lusaka.",
				"Zambia said the envoy is in Zambia.",
				"Zambia did not say more.",
			},
			want: []string{"Teodor Lunde nationality Zambia", "Ana Morel leads Malawi"},
			not:  []string{"Ana Morel leads Zambia"},
		},
		{
			// No country dominates: no home country, however the others are marked.
			sents: []string{
				"Zambian Foreign Minister Teodor Lunde met officials of Malawi in Lusaka.",
				"Prime Minister Ana Morel spoke at a hospital on Monday.",
				"Zambia and Malawi signed a pact.",
				"Zambia said Malawi would gain.",
				"Malawi agreed.",
			},
			not: []string{"Ana Morel leads Malawi", "Ana Morel leads Zambia"},
		},
		{
			// The country is marked, but no other country is named often: its bare titles
			// stay its own.
			sents: []string{
				"Zambian President Teodor Lunde spoke in Lusaka on Monday.",
				"Zambia would sign the pact, officials said.",
				"Foreign Minister Ana Morel spoke at a hospital on Tuesday.",
				"Zambia has signed four such pacts.",
			},
			want: []string{"Teodor Lunde leads Zambia", "Ana Morel memberOf Zambia"},
		},
	})
}

// TestFormerStates checks the states of the past that older news names: their demonyms
// give nationality and posts, and a city named with one is located in it.
func TestFormerStates(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"West German Economy Minister Karl Brenner met trade officials in Hamburg, West Germany."},
			want:  []string{"Karl Brenner nationality West Germany", "Karl Brenner memberOf West Germany", "Hamburg locatedIn West Germany"},
			not:   []string{"Karl Brenner nationality Germany"},
		},
		{
			sents: []string{"Soviet Defence Minister Oleg Petrenko said the talks would go on."},
			want:  []string{"Oleg Petrenko nationality Soviet Union", "Oleg Petrenko memberOf Soviet Union"},
		},
	})
}

// TestPluralTitleList checks a plural or abbreviated title before a list of names: each
// name holds the title, the party before it and its own "of" phrase; the abbreviation's dot
// neither ends the sentence nor the title.
func TestPluralTitleList(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The U.S. envoy spoke with Democratic Sens. Joe Pratt of Ohio, Ann Kerr of Iowa and Bill Amos of Maine on Monday."},
			want:  []string{"Joe Pratt memberOf Democratic Party", "Ann Kerr memberOf Democratic Party", "Bill Amos memberOf Democratic Party"},
		},
		{
			sents: []string{"Leaders met in Accra, where on Sunday Presidents Tomas Varga of Kenya and Ali Mensah of Ghana signed the pact."},
			want:  []string{"Tomas Varga leads Kenya", "Ali Mensah leads Ghana", "Ali Mensah nationality Ghana"},
			not:   []string{"Ali Mensah leads Kenya", "Tomas Varga leads Ghana"},
		},
		{
			// A singular title is not shared: only the first name holds it.
			sents: []string{"President Tomas Varga of Kenya and Ali Mensah spoke in Accra."},
			want:  []string{"Tomas Varga leads Kenya"},
			not:   []string{"Ali Mensah leads Kenya"},
		},
	})
}

// TestPronounAfterOpeningPhrase checks that a pronoun after an opening phrase and its comma
// ("Yesterday, he") continues the subject of the sentence before, as a pronoun that opens
// its sentence does, not the last person that sentence named.
func TestPronounAfterOpeningPhrase(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Zambian Foreign Minister Teodor Lunde met Karl Brenner in Lusaka.", "Yesterday, he visited Harare."},
			want:  []string{"Teodor Lunde visited Harare"},
			not:   []string{"Karl Brenner visited Harare"},
		},
	})
}

// TestCompanyAndPlaceNames checks names the lexicons do not know, typed by their words: a
// company suffix makes a company (also after "to", and written again without the suffix),
// "Hospital" a place, an en dash between two words joins them as a hyphen does, and a code
// of letters and digits or a ticker in angle brackets names nothing.
func TestCompanyAndPlaceNames(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{
				"The fine dealt to Halvard Marine Co, a subsidiary of Halvard Corp <HLVD.T>, was large.",
				"The government has barred Halvard Marine from exporting for a year.",
			},
			want: []string{"Halvard Marine Co partOf Halvard Corp"},
		},
		{
			sents: []string{"The Nordic Export–Import Bank president Okey Banda spoke in Oslo."},
			want:  []string{"Okey Banda leads Nordic Export-Import Bank"},
			not:   []string{"Okey Banda leads Import Bank"},
		},
	})
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("names",
		"Ivo Dane was struck by a Volvo XC90 at 8 p.m. BST and died at John Redmond Hospital.",
		"The fine dealt to Halvard Marine Co was large, and Halvard Marine paid it."))
	class := map[string]string{}
	for _, e := range ents {
		class[e.Name] = strings.TrimPrefix(string(e.Class), "https://newsgraph.dev/ns#")
	}
	for name, want := range map[string]string{"John Redmond Hospital": "Place", "Halvard Marine Co": "Organization", "Ivo Dane": "Person"} {
		if class[name] != want {
			t.Errorf("%s: class %q, want %q (entities %v)", name, class[name], want, class)
		}
	}
	for _, name := range []string{"XC90", "BST", "HLVD", "Halvard Marine", "Redmond Hospital"} {
		if _, ok := class[name]; ok {
			t.Errorf("unexpected entity %q (entities %v)", name, class)
		}
	}
}

// TestConstituencyAndHonorific checks that a legislator's "of" phrase names the state he
// serves, not a country of the same name; that an honorific after a post ("director Dr. X",
// "Agency head Sir Y") leaves the post the title; and that a body's "of" phrase goes on over
// "and" with two capitalised words ("Institute of Allergy and Infectious Diseases").
func TestConstituencyAndHonorific(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The bill was backed by Senators Tom Hale of Ohio and Ann Kerr of Georgia in Washington."},
			not:   []string{"Ann Kerr memberOf Georgia", "Ann Kerr nationality Georgia"},
		},
		{
			sents: []string{"The bill was backed by Senator Ann Kerr of Georgia in Washington."},
			not:   []string{"Ann Kerr memberOf Georgia", "Ann Kerr nationality Georgia"},
		},
		{
			sents: []string{"President Ana Morel of Georgia spoke in Tbilisi."},
			want:  []string{"Ana Morel leads Georgia"},
		},
		{
			sents: []string{"Northern Institute of Allergy and Infectious Diseases director Dr. Ivo Dane spoke on Monday."},
			want:  []string{"Ivo Dane leads Northern Institute of Allergy and Infectious Diseases"},
		},
		{
			sents: []string{"Audit Agency head Sir Teodor Lunde said the deal was poor."},
			want:  []string{"Teodor Lunde leads Audit Agency"},
		},
		{
			sents: []string{"The Ministry of Defence and Interior Minister Ana Morel spoke in Lusaka."},
			not:   []string{"Ana Morel memberOf Ministry of Defence and Interior"},
		},
	})
}

// TestOneWordBodyBeforeTitle checks a body of one word the lexicons do not know before the
// title of its head ("Bundesbank President X"), and that a portfolio or a people before a
// minister's title is none ("Welsh Health Minister Y", "Constitutional Affairs Minister Z").
func TestOneWordBodyBeforeTitle(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kronbank President Karl Otto Brenner met traders in Oslo."},
			want:  []string{"Karl Otto Brenner leads Kronbank"},
		},
		{
			sents: []string{"Welsh Health Minister Ana Morel and Constitutional Affairs Minister Ivo Dane spoke in Cardiff."},
			not:   []string{"Ana Morel memberOf Welsh", "Ivo Dane memberOf Constitutional"},
		},
	})
}

// TestFieldBeforeTitle checks lower-case field words between a demonym, a body or a
// possessive and a lower-case title: the title is the field's post in that body ("Iranian
// trade minister X", "NATO trade and industry commissioner Y", "Kenya's industry minister
// Z"); a committee or a board between makes it the unnamed sub-body's; a shadow chancellor
// is a member of his party, not its leader.
func TestFieldBeforeTitle(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Zambian trade minister Ana Morel met NATO trade and industry commissioner Ivo Dane in Lusaka."},
			want:  []string{"Ana Morel memberOf Zambia", "Ana Morel nationality Zambia", "Ivo Dane memberOf North Atlantic Treaty Organization"},
		},
		{
			sents: []string{"Kenya's industry minister Tom Hale spoke in Nairobi."},
			want:  []string{"Tom Hale memberOf Kenya", "Tom Hale nationality Kenya"},
		},
		{
			sents: []string{"NATO committee chairman Bob Lee spoke in Brussels."},
			not:   []string{"Bob Lee leads North Atlantic Treaty Organization"},
		},
		{
			// A campaign's or a parliamentary group's head does not lead the party.
			sents: []string{"Liberal Democrat election chief Bob Lee spoke in Leeds.", "The Liberal Democrat parliamentary chairman Tom Hale said the plan was weak."},
			not:   []string{"Bob Lee leads Liberal Democrat", "Tom Hale leads Liberal Democrat"},
		},
		{
			sents: []string{"The group said minister Carl Dane left Lusaka."},
			not:   []string{"Carl Dane memberOf group"},
		},
	})
}

// TestGivenNameCityAndShortCompany checks a city's name that is also a given name before an
// unknown capitalised word ("Charlotte Hale": a person; "Victoria Station": a place), and a
// company written by its first word once named in full ("Kestrel's director" after
// "Kestrel Air"); a party's word before a bare title's sentence does not block the
// document's country.
func TestGivenNameCityAndShortCompany(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Germany banned the airline Kestrel Air on Monday.", "Kestrel's director, Ivo Dane, said it would appeal."},
			want:  []string{"Ivo Dane leads Kestrel Air"},
		},
		{
			sents: []string{"His mother, Charlotte Hale, visited Lusaka on Friday."},
			want:  []string{"Charlotte Hale visited Lusaka"},
		},
	})
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("names", "Victoria Station was closed, and Charlotte Hale left Sydney.",
		"Deutsche Kranbau and Lusaka Media cut jobs.", "Kestrel Mining told reporters it would appeal, and Ostrow Capital agreed."))
	class := map[string]string{}
	for _, e := range ents {
		class[e.Name] = strings.TrimPrefix(string(e.Class), "https://newsgraph.dev/ns#")
	}
	for name, want := range map[string]string{"Victoria Station": "Place", "Charlotte Hale": "Person", "Sydney": "Place",
		"Deutsche Kranbau": "Organization", "Lusaka Media": "Organization", "Kestrel Mining": "Organization", "Ostrow Capital": "Organization"} {
		if class[name] != want {
			t.Errorf("%s: class %q, want %q (entities %v)", name, class[name], want, class)
		}
	}
}

// TestPossessorOfPlace checks a country's possessive before a place ("Kenya's Rift Valley
// province"): the place is in the country; not before a title ("Britain's Europe Director
// X") nor after a verb of naming ("dubbed Britain's Guantanamo Bay").
func TestPossessorOfPlace(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Officials from Kenya's Rift Valley province met in Nairobi."},
			want:  []string{"Rift Valley locatedIn Kenya"},
		},
		{
			sents: []string{"Zambia's Europe Director Ivo Dane spoke, and the jail was dubbed Zambia's Guantanamo Bay."},
			not:   []string{"Europe locatedIn Zambia", "Guantanamo Bay locatedIn Zambia"},
		},
	})
}
