package loader

import "testing"

// Wire-style constructions of task wire3 (Reuters), each on sentences written for the
// test (people and firms made up): the facts asserted, and wrong facts asserted absent.

// TestBodyBeforeTwoWordTitle checks a body's one-word name before a head's title of two
// words ("IMF Managing Director X", "IMF Chief Executive Y") at the start of a sentence,
// the acronym undefined in the document: X heads the body, as after a one-word title.
func TestBodyBeforeTwoWordTitle(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"IMF Managing Director Tomas Varga said the fund would lend more.", "Varga spoke in Washington."},
			want: []string{"Tomas Varga leads IMF"}, not: []string{"Managing Director Tomas Varga leads IMF"}},
		{sents: []string{"Acme Managing Director Tomas Varga said the firm would cut jobs."},
			want: []string{"Tomas Varga leads Acme"}},
		{sents: []string{"IMF Chief Executive Tomas Varga said the fund would lend more."},
			want: []string{"Tomas Varga leads IMF"}},
		{sents: []string{"Welsh Managing Director Tomas Varga said the firm would cut jobs."},
			not: []string{"Tomas Varga leads Welsh"}},
	})
}

