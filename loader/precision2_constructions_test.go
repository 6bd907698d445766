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

// TestLabourStrikes checks that a trade union's "strike" of a plant is a stoppage of work,
// not an attack, while troops striking a group still fight it.
func TestLabourStrikes(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Orvane Steel Corp plant has been struck by the Velka Teamsters Union Local 12, a spokesman said."},
			not:   []string{"Velka Teamsters Union Local 12 fights Orvane Steel Corp"},
		},
		{
			sents: []string{"The Velka Teamsters struck the Orvane Steel Corp plant on Monday."},
			not:   []string{"Velka Teamsters fights Orvane Steel Corp"},
		},
		{
			sents: []string{"About 300 members of the Velka Food Workers Union struck the Orvane Steel Corp plant in Kisumu."},
			not:   []string{"Velka Food Workers Union attacked Kisumu", "Velka Food Workers Union fights Orvane Steel Corp"},
		},
		{
			sents: []string{"Kenyan troops struck al-Shabaab positions near the border, killing ten fighters."},
			want:  []string{"Kenyan Armed Forces fights al-Shabaab"},
		},
	})
}

// TestDisputeBattles checks that a loose "battle with X over Y" (a common noun or a
// gerund after "over") is a dispute unless a side is armed, even in a sentence with a word
// of arms ("called a truce in its battle with ..."), while an armed side's battle over a
// town, and a battle over a time, stay fights.
func TestDisputeBattles(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Velkan Commission has called a truce in its battle with France and Germany over breaching deficit limits."},
			not:   []string{"Velkan Commission fights France", "Velkan Commission fights Germany"},
		},
		{
			sents: []string{"The Orvane Liberation Front battled Kenyan troops over the town of Kisumu."},
			want:  []string{"Orvane Liberation Front fights Kenyan Armed Forces"},
		},
		{
			sents: []string{"Al-Shabaab fighters battled Kenya over the border town."},
			want:  []string{"al-Shabaab fights Kenya"},
		},
		{
			sents: []string{"Kenya battled al-Shabaab over the weekend near the border."},
			want:  []string{"Kenya fights al-Shabaab"},
		},
	})
}

// TestDescribedCompanies checks that an organisation described as a company ("the
// carrier X") or named once with a company suffix makes no alliance by a deal or joint
// work, while states still ally.
func TestDescribedCompanies(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The carrier Vodafone said it was growing.", "Vodafone and Nokia joined forces to build a network."},
			not:   []string{"Nokia alliedWith Vodafone", "Vodafone alliedWith Nokia"},
		},
		{
			sents: []string{"Siemens AG said on Monday it would expand.", "Siemens and Nokia joined forces to develop phones."},
			not:   []string{"Nokia alliedWith Siemens", "Siemens alliedWith Nokia", "Nokia alliedWith Siemens AG"},
		},
		{
			sents: []string{"Germany signed a security pact with Poland on Monday."},
			want:  []string{"Germany alliedWith Poland"},
		},
	})
}

// TestSportMeetings checks that in a story about sport a player who "meets" another or
// "her meeting with" a rival is a game, and "met X' cross" meets the ball, while a
// reported meeting and talks in the same story stay meetings.
func TestSportMeetings(t *testing.T) {
	sport := []string{"Orvane United beat Velka City 2-1 on Saturday.", "Velka City levelled in the 70th minute.", "The match was played in Kisumu.", "The league title race is open.", "The goal was the striker's tenth of the season."}
	with := func(s string) []string { return append([]string{s}, sport...) }
	runRelCases(t, []relCase{
		{
			sents: with("Bakari Mwinyi scored the second when he met Tomas Burns' cross at the back post."),
			not:   []string{"Bakari Mwinyi met Tomas Burns"},
		},
		{
			sents: with("Bakari Mwinyi now meets wild card Tomas Brand, who beat Jan Kral 6-4 3-6 7-6."),
			not:   []string{"Bakari Mwinyi met Tomas Brand"},
		},
		{
			sents: with("Before her meeting with Lena Holm, Anna Kral said her game could improve."),
			not:   []string{"Anna Kral met Lena Holm"},
		},
		{
			sents: with("Bakari Mwinyi reportedly met club boss Tomas Brand in a London hotel."),
			want:  []string{"Bakari Mwinyi met Tomas Brand"},
		},
		{
			sents: with("Club director Tomas Brand held initial talks with Bakari Mwinyi on Saturday."),
			want:  []string{"Bakari Mwinyi met Tomas Brand"},
		},
	})
}

// TestWorksAndCourtBattles guards two readings that hold already: a film's director does not
// lead the film, and a court battle between persons is no fight.
func TestWorksAndCourtBattles(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi, director of the film The Silent River, spoke in Oslo."},
			not:   []string{"Bakari Mwinyi leads Silent River", "Bakari Mwinyi leads The Silent River"},
		},
		{
			sents: []string{"Last week, Lena Holm won the first round of a High Court battle with Anna Kral for access to the files."},
			not:   []string{"Lena Holm fights Anna Kral", "Anna Kral fights Lena Holm"},
		},
	})
}
