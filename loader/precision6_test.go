package loader

// Precision constructions of the sixth audit: wrong event facts found on the news corpora,
// fixed in general ways. Every sentence is our own.

import "testing"

// TestChargedIsNoSanction checks that a charge (an accusation, or a price) is no sanction,
// while a ban and an indictment still are.
func TestChargedIsNoSanction(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Kisumu Trade Commission charged Velka Foods with misleading advertising."},
			not:   []string{"Velka Foods sanctionedBy Kisumu Trade Commission"},
		},
		{
			sents: []string{"The rate reflects the interest charged Velka Bank by the Kisumu Treasury."},
			not:   []string{"Velka Bank sanctionedBy Kisumu Treasury"},
		},
		{
			sents: []string{"Bakari Mwinyi, banned by the Kisumu Football Association, can play again in May."},
			want:  []string{"Bakari Mwinyi sanctionedBy Kisumu Football Association"},
		},
	})
}

// TestTargetOwnerIsNoAttacker checks that the demonym of a struck target names the side
// struck, not the attacker, while a demonym on the attacker still gives the attack.
func TestTargetOwnerIsNoAttacker(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The planes attacked Sudanese targets in the Darb Kisu area, east of Kisumu."},
			not:   []string{"Sudan attacked Darb Kisu", "Sudan attacked Kisumu"},
		},
		{
			sents: []string{"Kisumu said it would take action against a Libyan target in the Gulf."},
			not:   []string{"Libya attacked Persian Gulf"},
		},
		{
			sents: []string{"Chadian planes attacked Sudanese targets near Kisumu."},
			want:  []string{"Chad attacked Kisumu"},
			not:   []string{"Sudan attacked Kisumu"},
		},
	})
}
