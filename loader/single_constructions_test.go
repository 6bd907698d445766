package loader

// Names and classes (issue 11, item 1): a capitalised single word that no lexicon knows,
// typed from the document's evidence around its occurrences (singlecue.go), on sentences
// of our own.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestSingleFirmEvidence checks that an unknown single word the document writes in a
// firm's constructions ("X said it would", "X's shares", "shares in X", "acquired X",
// "analysts at X") is an organisation.
func TestSingleFirmEvidence(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Velkacorp said it would cut 300 jobs.", "Velkacorp's shares fell 4% in Kisumu trading."},
		want:  map[string]schema.Class{"Velkacorp": schema.Organization, "Kisumu": schema.Place},
		not:   []string{"Velkacorp's"},
	}, {
		sents: []string{"Shares in Tarsa rose after Tarsa reported profits."},
		want:  map[string]schema.Class{"Tarsa": schema.Organization},
	}, {
		sents: []string{"Tarsa bought Velkacorp for $2bn.", "The deal would close in May, Tarsa said."},
		want:  map[string]schema.Class{"Velkacorp": schema.Organization},
	}, {
		sents: []string{"Ravenna's chief executive, Amara Odhiambo, resigned.", "Ravenna's board met in Kisumu."},
		want:  map[string]schema.Class{"Ravenna": schema.Organization, "Amara Odhiambo": schema.Person, "Kisumu": schema.Place},
	}, {
		sents: []string{"Prices fell, analysts at Ravenna said.", "Ravenna expects a recovery."},
		want:  map[string]schema.Class{"Ravenna": schema.Organization},
	}, {
		// The short form of a firm named in full is that firm, not a second body.
		sents: []string{"Shares in Orvento Resources fell sharply on Monday.", "Orvento's shares lost half their value."},
		want:  map[string]schema.Class{"Orvento Resources": schema.Organization},
		not:   []string{"Orvento"},
	}, {
		sents: []string{"Tarsa Group Inc said it had bought Orvento Aviation Inc shares.", "The acquisition of Orvento by Tarsa was approved."},
		want:  map[string]schema.Class{"Orvento Aviation Inc": schema.Organization},
		not:   []string{"Orvento"},
	}, {
		// A unit named by its parent's word and a head word of its own stays apart.
		sents: []string{"Velkacorp is to close the Velkacorp Powertrain plant.", "Velkacorp said it would cut 300 jobs."},
		want:  map[string]schema.Class{"Velkacorp": schema.Organization},
	}})
}

// TestSingleNoFirm checks the words that must stay no firm: a surname of a person named in
// full, a word with a person's construction ("said he"), a sentence-initial common word, a
// part of a longer name ("Jones and Vining"), and a film named by its title.
func TestSingleNoFirm(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Helen Mwinyi said it would take time.", "Mwinyi's shares in the firm were sold."},
		want:  map[string]schema.Class{"Helen Mwinyi": schema.Person},
		not:   []string{"Mwinyi"},
	}, {
		sents: []string{"Orvel said he would buy a house.", "Orvel said it would be hard."},
		not:   []string{"Orvel"},
	}, {
		sents: []string{"Cheaper oil helped the sector.", "Cheaper said it would rise."},
		not:   []string{"Cheaper"},
	}, {
		sents: []string{"Velka and Orsk Inc said it would cut jobs.", "Tarsa agreed to acquire Velka and Orsk."},
		not:   []string{"Velka", "Orsk"},
	}, {
		sents: []string{"The film Lantern opened in Kisumu.", "Lantern's profits were small."},
		not:   []string{"Lantern"},
	}, {
		// A product bought by its name before a lower-case noun is no firm.
		sents: []string{"Shoppers in Kisumu rushed to buy Velkaphone handsets.", "Velkaphone sold out within hours."},
		want:  map[string]schema.Class{"Kisumu": schema.Place},
		not:   []string{"Velkaphone"},
	}})
	for _, c := range []nameCase{{
		sents: []string{"Velkacorp said it would cut 300 jobs.", "Velkacorp's shares fell."},
	}} {
		ents, _ := analyzeT(t, newSemantics(nil), testDoc("ents", c.sents...))
		for _, e := range ents {
			if e.Name == "Velkacorp" && e.Class != schema.Organization {
				t.Errorf("%q: Velkacorp is %s", c.sents, e.Class)
			}
		}
	}
}

// TestSingleFirmNoun checks an unknown single word straight after a firm's or a band's
// noun ("chip giant X", "analysts Y", "rock band Z"), and no firm after a person's noun.
func TestSingleFirmNoun(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Chip giant Velkatron began shipping new boards in Kisumu."},
		want:  map[string]schema.Class{"Velkatron": schema.Organization},
	}, {
		sents: []string{"Sales will double, says a report from analysts Tarnvik."},
		want:  map[string]schema.Class{"Tarnvik": schema.Organization},
	}, {
		// A sentence's capitalised opener before the word is no given name: the word is
		// no surname ("The Tarnvik report", "But Tarnvik").
		sents: []string{"Sales will double, says a report from analysts Tarnvik.", "The Tarnvik report says prices will fall.", "But Tarnvik expects a recovery."},
		want:  map[string]schema.Class{"Tarnvik": schema.Organization},
	}, {
		sents: []string{"The rock band Velkatones said they would tour Kisumu."},
		want:  map[string]schema.Class{"Velkatones": schema.Organization},
	}, {
		sents: []string{"The singer Orvel said she would tour Kisumu."},
		want:  map[string]schema.Class{"Orvel": schema.Person},
	}, {
		sents: []string{"US band Velkaroon 5 won the prize for best new act."},
		not:   []string{"Velkaroon"},
	}})
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("ents", "The singer Orvel said she would tour Kisumu."))
	for _, e := range ents {
		if e.Name == "Orvel" && e.Class == schema.Organization {
			t.Errorf("Orvel typed Organization")
		}
	}
}

// TestSingleBandEvidence checks an unknown single word before a band member's noun ("X
// frontman Y", "the X singer") or after a band's noun ("pop quartet X"), and a firm after
// "the rest of" ("of" is no title).
func TestSingleBandEvidence(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The widow of Velkana frontman Tariq Orvel said the tracks were ready."},
		want:  map[string]schema.Class{"Velkana": schema.Organization, "Tariq Orvel": schema.Person},
		not:   []string{"Velkana frontman Tariq Orvel"},
	}, {
		sents: []string{"Members of Swedish pop quartet Velkaba have reunited.", "Velkaba's songs were hits."},
		want:  map[string]schema.Class{"Velkaba": schema.Organization},
	}, {
		sents: []string{"The firm bought a third of US giant Velkagram in 2000.", "The rest of Velkagram was sold to a rival."},
		want:  map[string]schema.Class{"Velkagram": schema.Organization},
	}})
}

// TestSingleMarketEvidence checks a firm by its shares' move ("X shares fell"), by a wire
// ticker's angle brackets ("<X>"), and after an exchange's or a fund's noun ("bourse X").
func TestSingleMarketEvidence(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The ruling sent Velkacorp shares up 4% in Kisumu."},
		want:  map[string]schema.Class{"Velkacorp": schema.Organization, "Kisumu": schema.Place},
	}, {
		sents: []string{"The largest shareholder, the airline <Tarsair>, will sell.", "The stake is worth 40 mln dlrs, Tarsair said."},
		want:  map[string]schema.Class{"Tarsair": schema.Organization},
	}, {
		sents: []string{"The Kisumu exchange is in talks with pan-European bourse Velknext."},
		want:  map[string]schema.Class{"Velknext": schema.Organization},
	}, {
		// A person's shares moving nowhere: "Mwinyi shares his view" gives no firm.
		sents: []string{"Orvel shares his view of the market with Kisumu traders."},
		not:   []string{"Orvel"},
	}})
}

// TestSingleGivenName checks a person named in full and then by the given name alone in a
// person's constructions ("X said he", "X's burial"): the same person, no place and no
// second person; two persons of that given name, or none, give nothing.
func TestSingleGivenName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Qasim bin Tarsa ruled Velkastan for forty years.", "Qasim's burial was held on Saturday.", "Qasim visited Kisumu in 1990, and Qasim said he was pleased."},
		want:  map[string]schema.Class{"Qasim bin Tarsa": schema.Person, "Kisumu": schema.Place},
		not:   []string{"Qasim"},
		facts: []string{"Qasim bin Tarsa visited Kisumu"},
	}, {
		sents: []string{"Tariq Orvel met Tariq Mwinyi in Kisumu.", "Tariq said he was pleased."},
		want:  map[string]schema.Class{"Tariq Orvel": schema.Person, "Tariq Mwinyi": schema.Person},
		not:   []string{"Tariq"},
	}, {
		sents: []string{"Orvel said he was pleased with the talks in Kisumu."},
		not:   []string{"Orvel"},
	}})
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("ents", "Tariq Orvel met Tariq Mwinyi in Kisumu.", "Tariq said he was pleased."))
	for _, e := range ents {
		for _, a := range e.Aliases {
			if a == "Tariq" {
				t.Errorf("%q took the shared given name as an alias", e.Name)
			}
		}
	}
}
