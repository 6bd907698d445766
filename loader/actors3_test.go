package loader

// Whole names of the lexicon of people (people.go) with a word glued before them (branch
// actors3), each tried on sentences of our own about well-known politicians.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestGluedWordBeforeKnownName checks that a capitalised word that can be no part of a
// person's name (a derived adjective, a body's name, a misspelt title), glued before a whole
// name of the lexicon, is left out of the person's name, while a given name or an initial
// before it stays, and a longer name the lexicon does not know is left alone.
func TestGluedWordBeforeKnownName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Critics said Thatcherite John Major had gone too far."},
		want:  map[string]schema.Class{"John Major": schema.Person},
		not:   []string{"Thatcherite John Major"},
	}, {
		sents: []string{"The plan was backed by Exchequer Kenneth Clarke last week."},
		want:  map[string]schema.Class{"Kenneth Clarke": schema.Person},
		not:   []string{"Exchequer Kenneth Clarke"},
	}, {
		sents: []string{"Prime Minitser Helmut Kohl met the delegation in Bonn."},
		want:  map[string]schema.Class{"Helmut Kohl": schema.Person},
		not:   []string{"Minitser Helmut Kohl"},
	}, {
		sents: []string{"The talks were chaired by Ali Akbar Hashemi Rafsanjani on Monday."},
		want:  map[string]schema.Class{"Ali Akbar Hashemi Rafsanjani": schema.Person},
		not:   []string{"Akbar Hashemi Rafsanjani"},
	}})
}
