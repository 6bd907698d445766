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
