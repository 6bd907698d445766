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

// TestPeopleHolderGroup checks a people's, faith's or movement's adjective before a
// group's singular noun and a holding ("Tuareg guerrilla camps"): the group of that
// people, as "Tuareg guerrillas" names it, is fought; refugee camps are no group's.
func TestPeopleHolderGroup(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenyan-led forces launched rocket fire against Tuareg guerrilla camps near the border."},
			want:  []string{"Kenya fights Tuareg guerrillas"},
			not:   []string{"Kenya fights rebels", "Tuareg guerrillas fights Kenya"},
		},
		{
			sents: []string{"Kenyan troops shelled Baloch rebel positions near the border."},
			want:  []string{"Kenyan Armed Forces fights Baloch rebels"},
			not:   []string{"Kenyan Armed Forces fights rebels"},
		},
		{
			sents: []string{"Kenyan jets bombed Tuareg refugee camps near the border."},
			not:   []string{"Kenya fights Tuareg guerrillas", "Kenya fights Tuareg refugees", "Kenyan Armed Forces fights Tuareg refugees"},
		},
	})
}

// TestHoldingPart checks a capture of part of a holding ("captured part of a guerrilla
// stronghold"), and a holding only a group keeps ("a rebel base"): the capturer fights
// the holder; part of a town, a military base or a refugee camp names no foe.
func TestHoldingPart(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenyan troops captured part of a Tuareg guerrilla stronghold after five days of fighting."},
			want:  []string{"Kenyan Armed Forces fights Tuareg guerrillas"},
			not:   []string{"Tuareg guerrillas fights Kenyan Armed Forces"},
		},
		{
			sents: []string{"Kenyan troops seized parts of Somali rebel territory."},
			want:  []string{"Kenyan Armed Forces fights rebels"},
			not:   []string{"Kenyan Armed Forces fights Somalia"},
		},
		{
			sents: []string{"Kenyan troops captured a rebel base near Kisumu."},
			want:  []string{"Kenyan Armed Forces fights rebels"},
			not:   []string{"Kenyan Armed Forces attacked Kisumu"},
		},
		{
			sents: []string{"Kenyan troops captured half of a rebel base."},
			want:  []string{"Kenyan Armed Forces fights rebels"},
		},
		{
			sents: []string{"Kenyan troops did not capture the rebel base."},
			not:   []string{"Kenyan Armed Forces fights rebels"},
		},
		{
			sents: []string{"The Kenyan army said it had recaptured part of the border from Somalia.", "Kenyan troops captured a refugee camp near Kisumu.", "Kenyan troops captured a military base near Kisumu."},
			not:   []string{"Kenyan Armed Forces fights Somalia", "Kenyan Armed Forces attacked Kisumu"},
		},
	})
}

// TestStolenReporter checks a reporter after a gerund's count ("..., killing 50, military
// sources said") that the parser made the gerund's object, leaving the attackers the
// subject of "said": the attack is the reported clause, the reporter no victim.
func TestStolenReporter(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenyan-led forces launched rocket fire against the Velka Front near the border today, killing or wounding 50, Kenyan military sources said."},
			want:  []string{"Kenya fights Velka Front"},
			not:   []string{"Kenya fights Kenya", "Velka Front fights Kenya"},
		},
		{
			sents: []string{"Kenyan-led forces launched rocket fire against Tuareg guerrilla camps near the border today, killing 50, Ugandan military sources said."},
			want:  []string{"Kenya fights Tuareg guerrillas"},
			not:   []string{"Kenya fights Uganda", "Tuareg guerrillas fights Uganda"},
		},
		{
			sents: []string{"Kenyan-led forces launched rocket fire against the Velka Front near the border today, killing 50 Ugandan civilians, officials said."},
			not:   []string{"Kenya fights Uganda"},
		},
	})
}

// TestPeopleAdjectiveIsNoName checks a people's or movement's adjective alone before a
// common noun ("Kurdish villages", "the Basque newspaper"): no place or body of that name,
// so no attack on "Kurdish"; its groups are still read.
func TestPeopleAdjectiveIsNoName(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenyan jets bombed Kurdish villages near the border."},
			not:   []string{"Kenya attacked Kurdish", "Kenya fights Kurdish"},
		},
		{
			sents: []string{"Kenyan jets bombed Baloch villages near the border."},
			not:   []string{"Kenya attacked Baloch"},
		},
		{
			sents: []string{"Tamil separatists attacked Kisumu."},
			want:  []string{"Tamil separatists attacked Kisumu"},
		},
	})
}
