package loader

// Relation constructions of issue 11, second round: the relation-side misses seen on unseen
// news (meetings with lists, movement verbs as visits, bans, coalitions with their members,
// "between" read over the tree, a "with" phrase the parser hangs on a place). Every
// sentence is our own.

import "testing"

// TestMeetingLists checks "held talks/discussions with A, B and C", "met A and B", "in his
// talks with X, he said": the subject met each named person, the listed people not each
// other; planned meetings give nothing.
func TestMeetingLists(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Senator Joe Clark today held discussions with Treasury Secretary James Baker and Senators Patrick Moynihan, Christopher Dodd and George Mitchell."},
			want:  []string{"James Baker met Joe Clark", "Joe Clark met Patrick Moynihan", "Christopher Dodd met Joe Clark", "George Mitchell met Joe Clark"},
			not:   []string{"James Baker met Patrick Moynihan", "Christopher Dodd met George Mitchell"},
		},
		{
			sents: []string{"Finance Minister Laura Mendes held discussions with Pedro Alves and Maria Lopes."},
			want:  []string{"Laura Mendes met Pedro Alves", "Laura Mendes met Maria Lopes"},
			not:   []string{"Maria Lopes met Pedro Alves"},
		},
		{
			sents: []string{"Gordon Blake met Hans Weber and Klaus Richter in Vienna."},
			want:  []string{"Gordon Blake met Hans Weber", "Gordon Blake met Klaus Richter", "Gordon Blake visited Vienna"},
			not:   []string{"Hans Weber met Klaus Richter"},
		},
		{
			sents: []string{"Robert Hale arrived in Lisbon on Monday.", "In his talks with Defence Minister Kenji Sato, he said the alliance was strong."},
			want:  []string{"Kenji Sato met Robert Hale"},
			not:   []string{"Kenji Sato visited Lisbon"},
		},
		{
			sents: []string{"Anna Berg will hold talks with Olaf Lind and Karl Holm next week."},
			not:   []string{"Anna Berg met Olaf Lind", "Anna Berg met Karl Holm", "Karl Holm met Olaf Lind"},
		},
		{
			sents: []string{"Analysts expect next month's meeting between Anna Berg and Olaf Lind to settle the matter."},
			not:   []string{"Anna Berg met Olaf Lind"},
		},
		{
			sents: []string{"Officials spoke ahead of a meeting later today between Finance Minister Anna Berg and Olaf Lind."},
			not:   []string{"Anna Berg met Olaf Lind"},
		},
		{
			sents: []string{"Anna Berg is due to take part in talks with Olaf Lind on Friday."},
			not:   []string{"Anna Berg met Olaf Lind"},
		},
	})
}

// TestMovementVisits checks movement verbs as visits: a place left, returned to, arrived
// in, flown or travelled to, airlifted from and to; negations, futures, plans, a timetable
// ("leaves for X on Tuesday") and a state left behind ("left X in ruins") give nothing, nor
// does a post or a club left.
func TestMovementVisits(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Diplomat Laura Mendes was involved in the crash in Kent.", "She subsequently left Britain and returned to Canada."},
			want:  []string{"Laura Mendes visited United Kingdom", "Laura Mendes visited Canada"},
			not:   []string{"Laura Mendes memberOf Canada"},
		},
		{
			sents: []string{"Laura Mendes left Chile on Monday and flew to Peru."},
			want:  []string{"Laura Mendes visited Chile", "Laura Mendes visited Peru"},
		},
		{
			sents: []string{"Laura Mendes left Lima today for Quito."},
			want:  []string{"Laura Mendes visited Lima", "Laura Mendes visited Quito"},
		},
		{
			sents: []string{"The wounded journalist, Pedro Alves, was airlifted from Kabul to Doha."},
			want:  []string{"Pedro Alves visited Kabul", "Pedro Alves visited Doha"},
		},
		{
			sents: []string{"Pedro Alves was flown from Mosul to Baghdad for treatment."},
			want:  []string{"Pedro Alves visited Mosul", "Pedro Alves visited Baghdad"},
		},
		{
			sents: []string{"Pedro Alves returned from Kenya on Friday."},
			want:  []string{"Pedro Alves visited Kenya"},
		},
		{
			sents: []string{"Laura Mendes did not travel to Kenya.", "Laura Mendes will fly to Madrid on Friday.", "Laura Mendes plans to return to Lima next year."},
			not:   []string{"Laura Mendes visited Kenya", "Laura Mendes visited Madrid", "Laura Mendes visited Lima"},
		},
		{
			sents: []string{"Trade Minister Laura Mendes leaves for Japan on Saturday."},
			not:   []string{"Laura Mendes visited Japan"},
		},
		{
			sents: []string{"Laura Mendes refused to leave Chile.", "Laura Mendes left Peru in ruins."},
			not:   []string{"Laura Mendes visited Chile", "Laura Mendes visited Peru"},
		},
		{
			sents: []string{"A ban was issued preventing Laura Mendes from leaving Chile."},
			not:   []string{"Laura Mendes visited Chile"},
		},
		{
			sents: []string{"Laura Mendes left Downing Street in May after six years."},
			not:   []string{"Laura Mendes visited Downing Street"},
		},
	})
}

// TestBarredFrom checks "barred/banned X from ...": X is sanctioned by the barring state or
// body, in the active and the passive; a negated or modal ban gives nothing.
func TestBarredFrom(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Norway barred Petrobras from bidding on state contracts."},
			want:  []string{"Petrobras sanctionedBy Norway"},
			not:   []string{"Norway sanctionedBy Petrobras"},
		},
		{
			sents: []string{"The United States has banned China Eastern Airlines from flying to American airports."},
			want:  []string{"China Eastern Airlines sanctionedBy United States"},
			not:   []string{"United States sanctionedBy China Eastern Airlines"},
		},
		{
			sents: []string{"Petrobras was barred by Norway from bidding on state contracts."},
			want:  []string{"Petrobras sanctionedBy Norway"},
		},
		{
			sents: []string{"Norway did not bar Petrobras from bidding.", "Norway may bar Petrobras from bidding."},
			not:   []string{"Petrobras sanctionedBy Norway"},
		},
	})
}

// TestCoalitionMembers checks "an alliance/coalition of A, B, C and D": each member is
// allied with the leader ("X-led", "led by X"), else with the first-named member, not every
// pair; a coalition still to be made gives nothing. "A U.S.-led coalition ousted X" is a
// fight of the leader; a board that ousts its chairman is none.
func TestCoalitionMembers(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"An alliance of Brazil, Chile, Peru and Colombia will co-ordinate the relief effort."},
			want:  []string{"Brazil alliedWith Chile", "Brazil alliedWith Peru", "Brazil alliedWith Colombia"},
			not:   []string{"Chile alliedWith Peru", "Colombia alliedWith Peru"},
		},
		{
			sents: []string{"A Saudi-led coalition of Bahrain, Kuwait and Jordan struck Sanaa."},
			want:  []string{"Bahrain alliedWith Saudi Arabia", "Kuwait alliedWith Saudi Arabia", "Jordan alliedWith Saudi Arabia"},
			not:   []string{"Bahrain alliedWith Kuwait", "Jordan alliedWith Kuwait"},
		},
		{
			sents: []string{"Brazil joined the coalition led by Chile."},
			want:  []string{"Brazil alliedWith Chile"},
		},
		{
			sents: []string{"Brazil, Chile and Peru formed an alliance against Argentina."},
			want:  []string{"Brazil alliedWith Chile", "Brazil alliedWith Peru", "Chile alliedWith Peru"},
			not:   []string{"Argentina alliedWith Brazil"},
		},
		{
			sents: []string{"An alliance of Brazil and Chile could be formed next year.", "An alliance of Peru, Bolivia and Ecuador was proposed by Colombia."},
			not:   []string{"Brazil alliedWith Chile", "Bolivia alliedWith Peru", "Ecuador alliedWith Peru"},
		},
		{
			sents: []string{"The U.S.-led coalition ousted Manuel Noriega in 1989."},
			want:  []string{"United States fights Manuel Noriega"},
			not:   []string{"Manuel Noriega fights United States"},
		},
		{
			sents: []string{"President Omar Diallo ousted Defence Minister Paul Mbeki in March."},
			not:   []string{"Omar Diallo fights Paul Mbeki"},
		},
	})
}

// TestBetweenOverTree checks "the conflict/fighting/meeting/talks between A and B" read
// from the tree, also when the parser makes "between" a clause's marker ("Talks between A
// and B ended") or hangs the pair elsewhere; a fight between two persons is words, a trade
// war no war, an agreement on trade or between companies no alliance.
func TestBetweenOverTree(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"An armed conflict between Chile and Peru broke out in 1879."},
			want:  []string{"Chile fights Peru", "Peru fights Chile"},
			not:   []string{"Chile alliedWith Peru"},
		},
		{
			sents: []string{"The key question is whether prices would rise during the ongoing war between Chile and Peru, he said."},
			want:  []string{"Chile fights Peru", "Peru fights Chile"},
		},
		{
			sents: []string{"Talks between Anna Berg and Olaf Lind ended without a deal."},
			want:  []string{"Anna Berg met Olaf Lind"},
			not:   []string{"Anna Berg fights Olaf Lind"},
		},
		{
			sents: []string{"Hostilities between Hamas and Fatah resumed on Monday."},
			want:  []string{"Hamas fights Fatah", "Fatah fights Hamas"},
		},
		{
			sents: []string{"Fighting between Paul Mbeki and Omar Diallo has hit the headlines."},
			not:   []string{"Paul Mbeki fights Omar Diallo", "Omar Diallo fights Paul Mbeki"},
		},
		{
			sents: []string{"A trade war between Chile and Peru hurt exporters.", "The decision threatened to create a conflict between Bolivia and Ecuador."},
			not:   []string{"Chile fights Peru", "Bolivia fights Ecuador"},
		},
		{
			sents: []string{"The deployment is set out in an agreement between Chile and Peru that says Chilean troops will guard the border."},
			want:  []string{"Chile alliedWith Peru"},
		},
		{
			sents: []string{"The accord between Chile and Peru on copper pricing angered miners.", "A merger agreement between Petrobras and China Eastern Airlines was signed."},
			not:   []string{"Chile alliedWith Peru", "China Eastern Airlines alliedWith Petrobras"},
		},
	})
}

// TestWithHungOnPlace checks "X met on Monday with Y, a US envoy, in Qatar", where the
// parser makes "with" the preposition of the place and Y its subject: Y is the one met and
// the place is where both were; a place of the envoy's post is no meeting place.
func TestWithHungOnPlace(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Anna Berg met on Monday with Olaf Lind, a Norwegian peace envoy, in Qatar."},
			want:  []string{"Anna Berg met Olaf Lind", "Olaf Lind visited Qatar", "Anna Berg visited Qatar"},
			not:   []string{"Anna Berg met Qatar", "Qatar fights Olaf Lind"},
		},
		{
			sents: []string{"The Kivu Brigade met on Monday with Olaf Lind, a UN envoy, in Kigali."},
			want:  []string{"Olaf Lind visited Kigali"},
			not:   []string{"Kivu Brigade visited Kigali"},
		},
		{
			sents: []string{"Anna Berg held talks with Olaf Lind, a senior diplomat, in Oslo on Friday."},
			want:  []string{"Anna Berg met Olaf Lind", "Anna Berg visited Oslo"},
		},
		{
			sents: []string{"Anna Berg met Olaf Lind, a former envoy to Qatar."},
			want:  []string{"Anna Berg met Olaf Lind"},
			not:   []string{"Anna Berg visited Qatar", "Olaf Lind visited Qatar"},
		},
	})
}
