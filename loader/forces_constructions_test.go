package loader

import "testing"

// The constructions of issue 11's PLOVER round, each on sentences written for the test:
// the fact asserted, and wrong facts asserted absent.

// TestForcesOfAState checks the nouns of data/forces.tsv: state forces named with a
// demonym act for the state, members of groups that are no state never do.
func TestForcesOfAState(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Chilean planes bombed Arequipa."}, want: []string{"Chile attacked Arequipa"}},
		{sents: []string{"Chilean gunships shelled Arequipa on Monday."}, want: []string{"Chile attacked Arequipa"}},
		{
			sents: []string{"Peruvian gunmen attacked Arequipa.", "Bolivian militiamen raided Arequipa.", "Ecuadorian fighters shelled Arequipa."},
			not:   []string{"Peru attacked Arequipa", "Bolivia attacked Arequipa", "Ecuador attacked Arequipa"},
		},
		{sents: []string{"Green Front gunmen attacked Arequipa."}, want: []string{"Green Front attacked Arequipa"}, not: []string{"Peru attacked Arequipa"}},
		{sents: []string{"Peruvian hackers attacked the Green Front."}, not: []string{"Peru fights Green Front"}},
	})
}
