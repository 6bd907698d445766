package loader

import "testing"

// TestPlansAndCataphora checks that an event noun still to come ("X's visit to Y next
// week", "During his trip to Y, X will meet Z") and a plan ("agreed to visit Y") give no
// fact, that a possessive pronoun in an opening phrase is the subject after it, and that
// reported and past visits keep their facts.
func TestPlansAndCataphora(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Norwegian Prime Minister Erik Solberg met union leaders in Bergen.", "Danish Prime Minister Lars Holm spoke on Monday.", "Holm's visit to Stockholm next week is his first since the election."},
			not:   []string{"Lars Holm visited Stockholm"},
		},
		{
			sents: []string{"Danish Prime Minister Lars Holm spoke on Monday.", "During his trip to Helsinki, which runs from May 3 to 5, Solberg will meet Finnish President Mika Virtanen."},
			not:   []string{"Lars Holm visited Helsinki", "Solberg visited Helsinki"},
		},
		{
			sents: []string{"Danish Prime Minister Lars Holm spoke on Monday.", "During his visit to Tallinn, Erik Solberg said the talks had gone well."},
			want:  []string{"Erik Solberg visited Tallinn"},
			not:   []string{"Lars Holm visited Tallinn"},
		},
		{
			sents: []string{"Norwegian Prime Minister Erik Solberg has agreed to visit Warsaw.", "Danish Prime Minister Lars Holm said on Monday he had visited Kiev."},
			want:  []string{"Lars Holm visited Kiev"},
			not:   []string{"Erik Solberg visited Warsaw"},
		},
	})
}
