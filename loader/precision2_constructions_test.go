package loader

// Precision constructions of issue 11, second round: wrong readings found on the news
// corpora, fixed in general ways. Every sentence and name is our own.

import "testing"

// TestLocatingAppositionSubject checks that a place's locating apposition after a
// preposition ("in Kisumu, DC in support of X") is no subject, while a subject after a
// fronted place phrase still acts.
func TestLocatingAppositionSubject(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Protesters gathered in Kisumu, DC in support of the Velka Movement."},
			not:   []string{"DC supports Velka Movement"},
		},
		{
			sents: []string{"After her trip to Oslo, Lena Holm met Jan Kral in Prague."},
			want:  []string{"Jan Kral met Lena Holm"},
		},
	})
}

// TestTitleOfPhraseThenCoordination checks that ", and Y" after a title's of-phrase joins
// Y to the clause, not to the of-phrase ("adviser to the president of X, and Y met"),
// while an apposition may still close before ", and".
func TestTitleOfPhraseThenCoordination(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi, an adviser to the president of Velkaria, and Tomas Brand met on Monday."},
			want:  []string{"Bakari Mwinyi met Tomas Brand"},
			not:   []string{"Bakari Mwinyi advises Tomas Brand"},
		},
		{
			sents: []string{"Lena Holm held talks with her Polish counterpart, Jan Kral, and the Czech leader, Tomas Brand."},
			want:  []string{"Jan Kral met Lena Holm", "Lena Holm met Tomas Brand"},
		},
	})
}

// TestNoAndNearPacts checks that "no treaty between A and B" and "was close to signing a
// pact with B" make no allies, while a signed pact does.
func TestNoAndNearPacts(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"There was no treaty between Germany and Poland."},
			not:   []string{"Germany alliedWith Poland", "Poland alliedWith Germany"},
		},
		{
			sents: []string{"Germany was close to signing a security pact with Poland."},
			not:   []string{"Germany alliedWith Poland", "Poland alliedWith Germany"},
		},
		{
			sents: []string{"Germany was near to striking a defence treaty with Poland."},
			not:   []string{"Germany alliedWith Poland", "Poland alliedWith Germany"},
		},
		{
			sents: []string{"Germany signed a security pact with Poland on Monday."},
			want:  []string{"Germany alliedWith Poland"},
		},
	})
}

// TestGroupAfterPublicBody checks that "the group" after a commission named in a filing
// phrase is not the commission ("In a filing with the X Commission, the group, led by Y,
// said"), while a group named before still binds it.
func TestGroupAfterPublicBody(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"In a filing with the Securities and Exchange Commission, the group, led by Bakari Mwinyi, said it held shares."},
			not:   []string{"Bakari Mwinyi leads Securities and Exchange Commission", "Bakari Mwinyi leads US Securities and Exchange Commission"},
		},
		{
			sents: []string{"The Velka Movement said on Monday it would march.", "The group, which is led by Bakari Mwinyi, has 500 members."},
			want:  []string{"Bakari Mwinyi leads Velka Movement"},
		},
	})
}

// TestActsSupportingActs checks that one act "supporting" another on tour is no backing
// (supports is political or military), while a party's support is.
func TestActsSupportingActs(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Velka Singers, supporting Tomas Brand on his tour, played in Oslo."},
			not:   []string{"Velka Singers supports Tomas Brand"},
		},
		{
			sents: []string{"The rock band Orvane Sound began their rise after supporting Tomas Brand."},
			not:   []string{"Orvane Sound supports Tomas Brand"},
		},
		{
			sents: []string{"The Velka Movement is supporting Tomas Brand in the election."},
			want:  []string{"Velka Movement supports Tomas Brand"},
		},
	})
}

// TestNominativeEndsObjectList checks that a nominative pronoun after "and" begins a
// clause ("a cross was met by Y and he blasted it home"), so the pronoun's antecedent is
// no party to the meeting, while "met by A and B" still lists both.
func TestNominativeEndsObjectList(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Early in the second half Tomas Brand's cross was met by Bakari Mwinyi and he blasted the ball home."},
			not:   []string{"Bakari Mwinyi met Tomas Brand", "Tomas Brand met Bakari Mwinyi"},
		},
		{
			sents: []string{"Lena Holm arrived in Prague on Monday.", "She was met by Jan Kral and Tomas Brand at the airport."},
			want:  []string{"Jan Kral met Lena Holm", "Lena Holm met Tomas Brand"},
		},
	})
}
