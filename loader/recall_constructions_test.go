package loader

// Constructions of the recall round (issue 11): facts unseen news states and the loader
// missed, each tried through the whole loader on sentences of our own (names, bodies and
// events made up for the test), with wrong facts that must stay absent.

import "testing"

// TestPersonOfBody checks that a person named with an organisation's "of" is its member
// ("X of the Y Institute said"), and that a place or country after "of" gives no post.
func TestPersonOfBody(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Maria Olsen of the Nordic Freight Alliance said the plan would fail."},
			want:  []string{"Maria Olsen memberOf Nordic Freight Alliance"},
		},
		{
			sents: []string{`"It is too late," said Peter Haas, of the Berlin Institute for Peace Research.`},
			want:  []string{"Peter Haas memberOf Berlin Institute for Peace Research"},
		},
		{
			sents: []string{"Senator Ben Marsh of Kentucky criticised the Nordic Freight Alliance."},
			not:   []string{"Ben Marsh memberOf Kentucky", "Ben Marsh memberOf Nordic Freight Alliance"},
		},
		{
			sents: []string{"A report of the Nordic Freight Alliance praised Maria Olsen on Monday."},
			not:   []string{"Maria Olsen memberOf Nordic Freight Alliance"},
		},
	})
}
