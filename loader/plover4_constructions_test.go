package loader

import "testing"

// The constructions of the fourth PLOVER round, each on sentences written for the test:
// the right fact present, and the plausible wrong ones (the reversed direction, the
// demonym's state, the third entity of the sentence) absent.

// TestSplitForceApposition checks a name and the force noun right after it that the
// parser hung side by side on one noun, the noun as an apposition ("the right of Uganda
// troops" read as "the right of Uganda, troops"): the force is the stance's holder.
func TestSplitForceApposition(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenya on Monday defended the right of Uganda troops to fire on militants in Somalia."},
			want:  []string{"Kenya supports Ugandan Armed Forces"},
			not:   []string{"Kenya supports Somalia", "Ugandan Armed Forces supports Kenya", "Kenya fights Ugandan Armed Forces"},
		},
		{
			sents: []string{"Kenya defended the right of Uganda troops to patrol the border."},
			want:  []string{"Kenya supports Ugandan Armed Forces"},
			not:   []string{"Ugandan Armed Forces supports Kenya"},
		},
	})
}

// TestCasedApposition checks an apposition with a preposition of its own, which the
// parser makes of a recipient after a number ("asylum to 18 rebels" read as "asylum,
// to rebels"): the prepositional phrase it is, so the light verb's event noun finds it.
func TestCasedApposition(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Tanzania has granted political asylum to 18 Rwandan rebels who entered the country illegally last year, an official said."},
			want:  []string{"Tanzania supports rebels"},
			not:   []string{"rebels supports Tanzania", "Tanzania supports Rwanda", "rebels visited Tanzania"},
		},
		{
			// After a name the phrase stays unread: the host met at home visits nothing.
			sents: []string{"On Monday the Kenyan president met Prime Minister Tomas Varga at 10 Velka Street, on his first official visit to Dorvik."},
			not:   []string{"Tomas Varga visited Velka Street"},
		},
		{
			sents: []string{"Uganda said it would grant asylum to Paul Kagame."},
			not:   []string{"Uganda supports Paul Kagame"},
		},
		{
			sents: []string{"Kenya gave aid to 300 Somali refugees who fled the fighting."},
			not:   []string{"Kenya supports Somalia"},
		},
	})
}
