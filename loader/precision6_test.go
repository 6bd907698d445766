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

// TestVisitAhead checks that a visit noun governed by "in time for" or "ahead of" is still
// to come, while a visit ended or made is read.
func TestVisitAhead(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi asked for a draft in time for his visit to Kisumu starting on April 29."},
			not:   []string{"Bakari Mwinyi visited Kisumu"},
		},
		{
			sents: []string{"Bakari Mwinyi asked for a draft ahead of his visit to Kisumu."},
			not:   []string{"Bakari Mwinyi visited Kisumu"},
		},
		{
			sents: []string{"Bakari Mwinyi ended his visit to Kisumu on Monday."},
			want:  []string{"Bakari Mwinyi visited Kisumu"},
		},
	})
}

// TestCommodityBodyIsNoAlly checks that a state joining a commodity organisation becomes
// a market's member, no ally, while a state joining a party's pact still allies.
func TestCommodityBodyIsNoAlly(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenya and Uganda have joined the Kisumu Coffee Organization."},
			not:   []string{"Kenya alliedWith Kisumu Coffee Organization", "Kisumu Coffee Organization alliedWith Uganda"},
		},
	})
}

// TestToldVisitAhead checks the parse's reading of a visit to come, after a telling verb.
func TestToldVisitAhead(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi has told his party to come up with a draft in time for his visit to Kisumu."},
			not:   []string{"Bakari Mwinyi visited Kisumu"},
		},
	})
}

// TestPolicyIsNotItsOwner checks that backing a state's policy is no support of the state,
// while backing the state itself still is.
func TestPolicyIsNotItsOwner(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi defended the Kenyan strategy for handling the debt crisis.", "Tomas Kibet defended the Velka Movement strategy on Monday."},
			not:   []string{"Tomas Kibet supports Velka Movement"},
		},
		{
			sents: []string{"Tomas Kibet backed the Velka Movement on Monday."},
			want:  []string{"Tomas Kibet supports Velka Movement"},
		},
	})
}
