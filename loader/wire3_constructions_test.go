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

// TestLeaningBeforeBareTitle checks a politician's leaning before a bare title ("the right
// wing Prime Minister X", "conservative Prime Minister Y"): the title stays bare and names
// the story's one country's post; a leaning before another body's title gives no state.
func TestLeaningBeforeBareTitle(t *testing.T) {
	story := "Denmark will hold an election in May."
	runRelCases(t, []relCase{
		{sents: []string{story, "Right wing Prime Minister Lars Vold said he would win."},
			want: []string{"Lars Vold leads Denmark"}},
		{sents: []string{story, "The left-wing Prime Minister Lars Vold said he would win."},
			want: []string{"Lars Vold leads Denmark"}},
		{sents: []string{story, "Polls favour the conservative Prime Minister Lars Vold."},
			want: []string{"Lars Vold leads Denmark"}},
		{sents: []string{story, "The right wing party leader Lars Vold said he would win."},
			not: []string{"Lars Vold leads Denmark"}},
		{sents: []string{story, "Sweden's right wing Prime Minister Lars Vold said he would win."},
			not: []string{"Lars Vold leads Denmark"}},
	})
}

// TestStateSecretaryAtMinistry checks the civil-service posts "state secretary" and
// "permanent secretary" with a ministry after "at" or "of", before the name or set off
// after it: X holds a post in the ministry (memberOf) and heads it not.
func TestStateSecretaryAtMinistry(t *testing.T) {
	story := "Germany will cut taxes next year."
	runRelCases(t, []relCase{
		{sents: []string{story, "State Secretary at the Finance Ministry Tomas Varga said the cut was near."},
			want: []string{"Tomas Varga memberOf Ministry of Finance of Germany"}, not: []string{"Tomas Varga leads Ministry of Finance of Germany"}},
		{sents: []string{story, "Tomas Varga, State Secretary at the Finance Ministry, said the cut was near."},
			want: []string{"Tomas Varga memberOf Ministry of Finance of Germany"}, not: []string{"Tomas Varga leads Ministry of Finance of Germany"}},
		{sents: []string{story, "Tomas Varga, a permanent secretary of the Finance Ministry, said the cut was near."},
			want: []string{"Tomas Varga memberOf Ministry of Finance of Germany"}},
		{sents: []string{story, "Tomas Varga, who met State Secretary Jan Kral at the Finance Ministry, said the cut was near."},
			not: []string{"Tomas Varga memberOf Ministry of Finance of Germany"}},
	})
}
