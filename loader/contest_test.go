package loader

import "testing"

// TestVerbalAttackBetweenPersons checks that "attacked", "opposed" and "fought" between
// two named persons (a debate, a vote, an election) give no fight, while an armed body's
// attack and a killing still do.
func TestVerbalAttackBetweenPersons(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Senator Maria Lopez attacked Governor Tom Reed on taxes during the debate."},
			not:   []string{"Maria Lopez fights Tom Reed"},
		},
		{
			sents: []string{"John Hale opposed Peter Wong in the vote.", "Peter Wong fought Tom Reed for the seat."},
			not:   []string{"John Hale fights Peter Wong", "Peter Wong fights Tom Reed"},
		},
		{
			sents: []string{"Rebel leader Abu Karim attacked the Malian army in Gao.", "Ali Haddad killed Sami Nasser in Tripoli."},
			want:  []string{"Ali Haddad fights Sami Nasser", "Abu Karim fights Malian Armed Forces"},
		},
	})
}

// TestHostNounNoMeeting checks that "host" before a name is a programme's presenter, not
// a verb of receiving a guest ("Today Show host X"), while "hosted" still is.
func TestHostNounNoMeeting(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Governor Mark Ellis spoke on Monday.", "He also attacked Today Show host Jim Carter over the interview."},
			not:   []string{"Jim Carter met Mark Ellis", "Mark Ellis met Jim Carter"},
		},
		{
			sents: []string{"Peruvian President Luis Ochoa hosted Chilean President Pablo Marquez in Lima on Monday."},
			want:  []string{"Luis Ochoa met Pablo Marquez"},
		},
	})
}

// TestStateHeadOfParty checks that "President X of the Y Party" after a demonym heads the
// state and is a member of the party, not its leader.
func TestStateHeadOfParty(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Chilean President Pablo Marquez of the Socialist Party met Peruvian President Luis Ochoa on Monday."},
			want:  []string{"Pablo Marquez leads Chile", "Pablo Marquez memberOf Socialist Party"},
			not:   []string{"Pablo Marquez leads Socialist Party"},
		},
	})
}

// TestPassiveToNoAgent checks that a passive with "to" and no "by" ("has been supplied to
// X", "is opposed to Y") makes the one after "to" no agent of the act.
func TestPassiveToNoAgent(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The minister said the output of the field between Oman and Qatar, which has been supplied to Jordan as relief crude, was fixed.", "Libya supplied arms to Chad."},
			want:  []string{"Libya supports Chad"},
			not:   []string{"Jordan supports Oman", "Jordan supports Qatar"},
		},
	})
}

// TestSportDocumentNoFightOrSupport checks that in a document about sport a beating, a
// clash and a backing between teams or players give no fights and no supports, even in
// a sentence with no word of the game, while a backing in a political story still does.
func TestSportDocumentNoFightOrSupport(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{
				"Portugal will face Norway in the tournament on Sunday.",
				"The coach named his squad for the match.",
				"Tiago Marques scored in the 2-1 win.",
				"Coach Rui Almeida backed Tiago Marques after the defeat by Norway in May.",
			},
			not: []string{"Rui Almeida supports Tiago Marques", "Norway fights Tiago Marques", "Norway fights Portugal"},
		},
		{
			// The backing's own sentence names no game: only the document says it is sport.
			sents: []string{
				"Portugal will face Norway in the tournament on Sunday.",
				"The coach named his squad for the match.",
				"Tiago Marques scored in the 2-1 win.",
				"On Friday Rui Almeida publicly backed Tiago Marques.",
			},
			not: []string{"Rui Almeida supports Tiago Marques"},
		},
		{
			sents: []string{"Senator Anna Berg backed Governor Tom Reed in the primary."},
			want:  []string{"Anna Berg supports Tom Reed"},
		},
	})
}

// TestElectionDefeatNoFight checks that a defeat at the polls gives no fight, even when
// the loser is named by the state that backs them, while a defeat in battle still does.
func TestElectionDefeatNoFight(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Opposition leader Ivan Petrov defeated the Moscow-backed candidate at the polls on Sunday."},
			not:   []string{"Ivan Petrov fights Russia"},
		},
		{
			sents: []string{"Ethiopia defeated Eritrea in the border war."},
			want:  []string{"Ethiopia fights Eritrea"},
		},
	})
}
