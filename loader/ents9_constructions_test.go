package loader

// Names and classes (issue 11, item 1) on constructions of unseen business and arts news,
// each tried on sentences of our own.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestEmployerAfterProfession checks the employer named after a profession noun and "at"
// ("an analyst at X", "economist at Y"): a body, not a place, while a known place after
// "at" stays a place.
func TestEmployerAfterProfession(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"\"Demand is weak,\" said Bakari Mwinyi, an analyst at Velkorama."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person, "Velkorama": schema.Organization},
	}, {
		sents: []string{"Amara Odhiambo, economist at Tarnvik, told the Kisumu Herald that sales fell."},
		want:  map[string]schema.Class{"Amara Odhiambo": schema.Person, "Tarnvik": schema.Organization},
	}, {
		sents: []string{"Bakari Mwinyi, a researcher at Kisumu, said rain had returned."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person},
	}, {
		sents: []string{"Bakari Mwinyi, an analyst in London, said prices fell."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person, "London": schema.Place},
	}})
}

// TestResidentBeforeName checks a resident's demonym written before a person's name
// ("Texan X", "New Yorker Y"): no part of the name.
func TestResidentBeforeName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Texan Helen Mwinyi pleaded guilty to the charges in Kisumu."},
		want:  map[string]schema.Class{"Helen Mwinyi": schema.Person, "Kisumu": schema.Place},
		not:   []string{"Texan Helen Mwinyi", "Texan Mwinyi", "Texan"},
	}, {
		sents: []string{"New Yorker Amara Odhiambo and Californian Tariq Orvel were charged."},
		want:  map[string]schema.Class{"Amara Odhiambo": schema.Person, "Tariq Orvel": schema.Person},
		not:   []string{"Yorker Amara Odhiambo", "Californian Tariq Orvel", "Californian", "New Yorker Amara Odhiambo"},
	}, {
		// A given name after a word that only looks like a demonym stays in the name.
		sents: []string{"Amara Odhiambo met the press in Kisumu."},
		want:  map[string]schema.Class{"Amara Odhiambo": schema.Person, "Kisumu": schema.Place},
		not:   []string{"Odhiambo met"},
	}})
}

// TestWorkerAtPlaceNoun checks that a name after a firm worker's "at" and before a
// lower-case noun ("traders at X airport") is not made a body.
func TestWorkerAtPlaceNoun(t *testing.T) {
	sents := []string{"Traders at Tarnvik airport said fuel ran short in Kisumu."}
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("ents", sents...))
	for _, e := range ents {
		if e.Name == "Tarnvik" && e.Class == schema.Organization || e.Name == "Tarnvik airport" {
			t.Errorf("%q: unexpected %q (%s)", sents, e.Name, e.Class)
		}
	}
}

// TestBodyNotPerson checks names that end in a word no person's name ends in: a family's
// firm ("X Brothers"), a firm of economists, a label or a band ("X Music"), a theatre, a
// beer: none a person.
func TestBodyNotPerson(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Morgan Brothers said it completed the sale of its shirt unit in Kisumu."},
		want:  map[string]schema.Class{"Kisumu": schema.Place},
		not:   []string{"Morgan Brothers", "Brothers"},
	}, {
		sents: []string{"\"Demand is weak,\" said Amara Odhiambo, president of Velkaview Economics."},
		want:  map[string]schema.Class{"Amara Odhiambo": schema.Person, "Velkaview Economics": schema.Organization},
		not:   []string{"Economics"},
	}, {
		sents: []string{"Tarnby Music will play at the Kisumu festival in June."},
		want:  map[string]schema.Class{"Tarnby Music": schema.Organization, "Kisumu": schema.Place},
		not:   []string{"Music"},
	}, {
		// A body's end word inside another phrase gives no body of its own.
		sents: []string{"Promoters Tarnby Music booked the Kisumu arena.", "She won a prize at the Velka Music Awards."},
		not:   []string{"Promoters Tarnby Music", "Velka Music Awards", "Velka Music"},
	}, {
		sents: []string{"Preview performances will begin at New York's Helen Orvel Theatre on Thursday."},
		want:  map[string]schema.Class{"Helen Orvel Theatre": schema.Place, "New York": schema.Place},
		not:   []string{"Helen Orvel", "Theatre"},
	}, {
		sents: []string{"Its top brands include Kisumu Brown Ale and Orvel Lager."},
		not:   []string{"Kisumu Brown Ale", "Brown Ale", "Ale", "Orvel Lager"},
	}})
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("ents", "Preview performances will begin at the Helen Orvel Theatre."))
	for _, e := range ents {
		if e.Class == schema.Person {
			t.Errorf("a theatre read as a person: %v", e)
		}
	}
}

// TestShortBodyAfterPreposition checks a company written by its first word after a
// preposition once named in full with a company suffix ("in Tarnvik" after "Tarnvik Co"):
// the company, no place of its own; while a place that an airline's name begins stays a
// place.
func TestShortBodyAfterPreposition(t *testing.T) {
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("ents",
		"Tarnvik Co said Amara Odhiambo was elected chairman.",
		"Velka Partners holds a controlling interest in Tarnvik.",
		"Odhiambo was formerly president of Tarnvik."))
	for _, e := range ents {
		if e.Name == "Tarnvik" || e.Class == schema.Place {
			t.Errorf("the company's short name read as a place: %v", e)
		}
	}
	ents, _ = analyzeT(t, newSemantics(nil), testDoc("ents",
		"Tarnvik Air said its flights to Tarnvik were full.",
		"Tarnvik Air flew 20,000 passengers to Tarnvik in June."))
	class := map[string]schema.Class{}
	for _, e := range ents {
		class[e.Name] = e.Class
	}
	if class["Tarnvik"] != schema.Place {
		t.Errorf("a town that an airline's name begins is no longer a place: %v", class)
	}
}

// TestGivenNameNotDropped checks a name's first word that alone is no name: an initial
// that is also a Roman numeral ("V. Jerome X"), a given name that is also a creed's
// adjective after a trade ("actor Christian X"); while the creed's adjective before a
// people or a body stays out of a person's name.
func TestGivenNameNotDropped(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Velka owns Tarnvik Corp and its chief operating officer, V. Jerome Odhiambo, and other managers."},
		want:  map[string]schema.Class{"V. Jerome Odhiambo": schema.Person, "Tarnvik Corp": schema.Organization},
		not:   []string{". Jerome Odhiambo", "Jerome Odhiambo"},
	}, {
		sents: []string{"Actor Christian Orvel is stepping into the role in Kisumu."},
		want:  map[string]schema.Class{"Christian Orvel": schema.Person, "Kisumu": schema.Place},
		not:   []string{"Orvel", "Actor Christian Orvel"},
	}, {
		sents: []string{"Christian Kurds fled Tarnvik, Amara Odhiambo said."},
		want:  map[string]schema.Class{"Amara Odhiambo": schema.Person},
		not:   []string{"Christian Kurds"},
	}})
}

// TestOutletNamedAfterCountry checks the name of a newspaper that begins with a country's
// name after "newspaper" ("the newspaper Nihon X Y"): one organisation, neither the
// country (which would merge the paper with it) nor a person of the words after it.
func TestOutletNamedAfterCountry(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Financial newspaper Nihon Velka Shimbo claimed that the firms will merge."},
		want:  map[string]schema.Class{"Nihon Velka Shimbo": schema.Organization},
		not:   []string{"Japan", "Velka Shimbo", "Nihon"},
	}, {
		sents: []string{"The daily Kenya Tarnvik Herald said Amara Odhiambo had resigned."},
		want:  map[string]schema.Class{"Kenya Tarnvik Herald": schema.Organization, "Amara Odhiambo": schema.Person},
		not:   []string{"Kenya", "Tarnvik Herald"},
	}, {
		// A country after a cue noun and before a lower-case word stays the country.
		sents: []string{"The lender Kenya said on Monday it would cut rates."},
		want:  map[string]schema.Class{"Kenya": schema.Country},
	}, {
		sents: []string{"The newspaper Kenya Tarnvik Herald Amara Odhiambo said it was sold."},
		not:   []string{"Kenya Tarnvik Herald Amara Odhiambo", "Kenya Tarnvik Herald Amara"},
	}})
}

// TestFieldsJoinedInBodyName checks a company's name whose fields are joined by "and"
// after a head word ("X Mining and Smelter Corp"): one body, not two; while two bodies
// joined by "and" stay two ("X Mining and Velka Corp", "the X Army and Air Force", "the X
// Party and Green Party").
func TestFieldsJoinedInBodyName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Noranda said 1,100 workers at its Tarnvik Mining and Smelter Corp lead mine would vote."},
		want:  map[string]schema.Class{"Tarnvik Mining and Smelter Corp": schema.Organization},
		not:   []string{"Tarnvik Mining", "Smelter Corp"},
	}, {
		sents: []string{"Workers at Tarnvik Mining and Velka Corp would vote."},
		want:  map[string]schema.Class{"Tarnvik Mining": schema.Organization, "Velka Corp": schema.Organization},
		not:   []string{"Tarnvik Mining and Velka Corp"},
	}, {
		sents: []string{"The Kisumu Army and Air Force held a parade."},
		not:   []string{"Kisumu Army and Air Force"},
	}, {
		sents: []string{"The Tarnvik Party and Green Party won seats."},
		want:  map[string]schema.Class{"Tarnvik Party": schema.Organization},
		not:   []string{"Tarnvik Party and Green Party"},
	}})
}

// TestTickerExchangeCode checks the exchange's code after the dot of a wire ticker
// ("<VLKX.LON>"): no organisation, while the company before it stays one.
func TestTickerExchangeCode(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Tarnvik Nylex is a 59.5 pct-owned listed subsidiary of Britain's Tarnvik Plc <TNVX.LON>."},
		want:  map[string]schema.Class{"Tarnvik Plc": schema.Organization},
		not:   []string{"LON", "TNVX"},
	}, {
		sents: []string{"Shares of Velka Orsk Corp <VLKO.N> rose after the LON index fell."},
		want:  map[string]schema.Class{"Velka Orsk Corp": schema.Organization},
		not:   []string{"N", "VLKO"},
	}})
}

// TestHyphenLetterEndsSentence checks a capital letter glued by a hyphen to a word before
// a full stop ("Jay-Z."): the end of a sentence, not an initial, so that the next
// sentence's first words join no name; while true initials still do not end one.
func TestHyphenLetterEndsSentence(t *testing.T) {
	text := "Other nominees include Velkaz and Jay-Z. Soul singer Amara Odhiambo will sing. Then J. R. Orvel spoke."
	if got := SplitSentences(text); len(got) != 3 {
		t.Errorf("%q: %d sentences, want 3: %v", text, len(got), got)
	}
	if got := SplitSentences("The award went to Tarnvik-B. Amara Odhiambo took second place."); len(got) != 2 {
		t.Errorf("a hyphenated letter before a full stop: %d sentences, want 2: %v", len(got), got)
	}
}

// TestHyphenLetterNoPlace checks a name ending in a capital letter glued by a hyphen after
// "from" ("from Tarnvik-X", a band): no place, while a place after "from" stays one.
func TestHyphenLetterNoPlace(t *testing.T) {
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("ents", "The show will star Amara Odhiambo from Tarnvik-X and a skater from Kisumu."))
	class := map[string]schema.Class{}
	for _, e := range ents {
		class[e.Name] = e.Class
	}
	if class["Tarnvik-X"] == schema.Place || class["Kisumu"] != schema.Place || class["Amara Odhiambo"] != schema.Person {
		t.Errorf("entities %v", class)
	}
}
