package loader

// Precision constructions of issue 11, fourth round: wrong facts found on unseen news,
// fixed as general constructions. Every sentence and name is our own; each case asserts
// the wrong reading absent and a right one beside it present.

import "testing"

// TestHostedGathering checks that the hosts of a summit or of talks are no participants
// meeting each other or the guests by that word alone, while a stated meeting still is.
func TestHostedGathering(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The summit hosted by Bakari Mwinyi and Ilse Brandt drew leaders from ten countries."},
			not:   []string{"Bakari Mwinyi met Ilse Brandt", "Ilse Brandt met Bakari Mwinyi"},
		},
		{
			sents: []string{"Talks hosted by Bakari Mwinyi ended in Kisumu on Friday."},
			not:   []string{"Bakari Mwinyi visited Kisumu"},
		},
		{
			sents: []string{"Bakari Mwinyi hosted Ilse Brandt in Kisumu on Friday."},
			want:  []string{"Bakari Mwinyi met Ilse Brandt"},
		},
	})
}

// TestThirdPartyAllegation checks that a third party's allegation ("A accused B of backing
// C", "A blamed B for arming C") is no fact between B and C (Wikinews README, call 4:
// third-party allegations are not annotated), while B's own stated backing still is.
func TestThirdPartyAllegation(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Malawi accused Zambia of backing the Orun Brigade."},
			not:   []string{"Zambia supports Orun Brigade", "Malawi supports Orun Brigade"},
		},
		{
			sents: []string{"Malawi blamed Zambia for arming the Orun Brigade."},
			not:   []string{"Zambia supports Orun Brigade", "Malawi supports Orun Brigade"},
		},
		{
			sents: []string{"Zambia has been accused of backing the Orun Brigade."},
			not:   []string{"Zambia supports Orun Brigade"},
		},
		{
			sents: []string{"Malawi accused Zambia, which has long backed the Orun Brigade, of lying."},
			want:  []string{"Zambia supports Orun Brigade"},
		},
		{
			sents: []string{"Zambia backed the Orun Brigade, Malawi said."},
			want:  []string{"Zambia supports Orun Brigade"},
		},
	})
}
