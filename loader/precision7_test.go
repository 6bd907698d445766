package loader

// Precision constructions of the seventh audit: wrong event facts found on the news
// corpora, fixed in general ways. Every sentence is our own.

import "testing"

// TestPresentWithTimeAheadIsAPlan checks that a verb in the simple present with a time
// still to come in its clause states nothing, while a past visit beside a future return
// and a past meeting before a dated summit still do.
func TestPresentWithTimeAheadIsAPlan(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi visits Tanzania next week, and debt will top the agenda."},
			not:   []string{"Bakari Mwinyi visited Tanzania"},
		},
		{
			sents: []string{"Prime Minister Bakari Mwinyi of Kisumu said he would raise the issue when he visits Nairobi later in the month."},
			not:   []string{"Bakari Mwinyi visited Nairobi"},
		},
		{
			sents: []string{"The envoy's visit is to prepare for Bakari Mwinyi's talks with President Juma Tembo later this month."},
			not:   []string{"Bakari Mwinyi met Juma Tembo"},
		},
		{
			sents: []string{"Bakari Mwinyi visited Tanzania last week and will return next month."},
			want:  []string{"Bakari Mwinyi visited Tanzania"},
		},
		{
			sents: []string{"Bakari Mwinyi met Juma Tembo in Nairobi ahead of next week's summit."},
			want:  []string{"Bakari Mwinyi met Juma Tembo", "Bakari Mwinyi visited Nairobi"},
		},
	})
}

// TestBlamedForAttacksIsACharge checks that an attack noun an allegation verb lays on a
// side ("which X blames for two attacks") states nothing, while a told attack still does.
func TestBlamedForAttacksIsACharge(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Juma Tembo decided on a response to Tanzania, which the Kenyans blame for two missile attacks on ships in the Gulf last week."},
			not:   []string{"Tanzania attacked Persian Gulf", "Tanzania fights Kenya"},
		},
		{
			sents: []string{"Tanzanian forces launched missile attacks on ships in the Gulf last week."},
			want:  []string{"Tanzania attacked Persian Gulf"},
		},
	})
}

// TestArmsSaleIsNoSupport checks that "arms" before a preposition is the noun (a sale or a
// trade of arms, no support of the buyer by the name before it), while the verb "X arms Y"
// is still support.
func TestArmsSaleIsNoSupport(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Judge Bakari Mwinyi, in his investigation of the sale of arms to Tanzania, ran short of time."},
			not:   []string{"Bakari Mwinyi supports Tanzania"},
		},
		{
			sents: []string{"President Juma Tembo faced criticism over his failed bid to trade Kisumu arms with Tanzania for help in freeing hostages."},
			not:   []string{"Juma Tembo supports Tanzania", "Kisumu supports Tanzania"},
		},
		{
			sents: []string{"Kenya arms the Velka Movement.", "Tanzania continued to send arms to Uganda last year, a spokesman said."},
			want:  []string{"Kenya supports Velka Movement", "Tanzania supports Uganda"},
		},
	})
}

// TestCompanyWagesNoWar checks that a company is no attacker ("a plant targeted for
// completion in P", "the clash between a firm and the state"), while a state still is.
func TestCompanyWagesNoWar(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"A new partnership, Velka-Heinz Ltd, is moving ahead with a plant targeted for completion by June in Kisumu, Kenya."},
			not:   []string{"Velka-Heinz Ltd attacked Kisumu"},
		},
		{
			sents: []string{"Kenyan planes attacked Kisumu."},
			want:  []string{"Kenya attacked Kisumu"},
		},
	})
}

// TestOnePersonOfANationIsNoState checks that "a Kenyan who joined Ugandan troops" is one
// person, no alliance of Kenya, while "Kenyan troops joined Ugandan troops" still is.
func TestOnePersonOfANationIsNoState(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"One is a Kenyan who joined Ugandan troops to fight the rebels but finds life difficult in Kisumu."},
			not:   []string{"Kenya alliedWith Ugandan Armed Forces", "Kenya alliedWith Uganda"},
		},
		{
			sents: []string{"Kenyan troops joined Ugandan troops to fight the rebels."},
			want:  []string{"Kenyan Armed Forces alliedWith Ugandan Armed Forces"},
		},
	})
}

// TestFirmsCooperatingIsCommerce checks that two firms' partnership or joint work is no
// alliance even when no company suffix names them companies, while two movements' alliance
// still is.
func TestFirmsCooperatingIsCommerce(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Earlier in January, Velka Airways and Kisu Airlines joined forces to develop the next generation of flights."},
			not:   []string{"Kisu Airlines alliedWith Velka Airways"},
		},
		{
			sents: []string{"A Velka Airways spokesman said Velka Airways already cooperated closely with Kisu Airlines, which runs flights to Nairobi."},
			not:   []string{"Kisu Airlines alliedWith Velka Airways"},
		},
		{
			sents: []string{"Kisu Airlines is already a partner with Velka Airways in the Kisumu pipeline."},
			not:   []string{"Kisu Airlines alliedWith Velka Airways"},
		},
		{
			sents: []string{"The Velka Movement allied with the Kisu Front."},
			want:  []string{"Kisu Front alliedWith Velka Movement"},
		},
	})
}

// TestDemonymBeforeAttackNounIsTheAgent checks that "the Kenyan raid" after a protest or a
// lawsuit is Kenya's attack, not the protester's, and the "bombing of" form likewise.
func TestDemonymBeforeAttackNounIsTheAgent(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Tanzania protested over the Kenyan raid on Kisumu."},
			want:  []string{"Kenya attacked Kisumu"},
			not:   []string{"Tanzania attacked Kisumu"},
		},
		{
			sents: []string{"Tanzania is preparing lawsuits over the Kenyan raid on its oil platforms in the Gulf."},
			want:  []string{"Kenya attacked Persian Gulf"},
			not:   []string{"Tanzania attacked Persian Gulf"},
		},
		{
			sents: []string{"Tanzania filed lawsuits over the Kenyan bombing of Kisumu."},
			want:  []string{"Kenya attacked Kisumu"},
			not:   []string{"Tanzania attacked Kisumu"},
		},
	})
}

// TestAheadSubordinateAndShowHosts checks that a simple present under "before" or "until"
// is still to come, that "its hosts A and B" are a show's presenters, not a meeting, and
// that a past verb under "before" and "his talks with Y" still give their facts.
func TestAheadSubordinateAndShowHosts(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi told journalists before he attends next week's Velka Fund meeting in Nairobi that the talks were useful."},
			not:   []string{"Bakari Mwinyi visited Nairobi"},
		},
		{
			sents: []string{"Juma Tembo had been the show's favourite to win, and its hosts Amina Odhiambo and Bakari Mwinyi said the vote was close."},
			not:   []string{"Amina Odhiambo met Juma Tembo", "Bakari Mwinyi met Juma Tembo"},
		},
		{
			sents: []string{"Bakari Mwinyi met Juma Tembo in Nairobi before he left for Kisumu."},
			want:  []string{"Bakari Mwinyi met Juma Tembo"},
		},
		{
			sents: []string{"Bakari Mwinyi failed to give figures in his meeting with Juma Tembo today."},
			want:  []string{"Bakari Mwinyi met Juma Tembo"},
		},
	})
}

// TestJoinedTheGroupOfIsNoAlliance checks that joining "the group of X countries opposed
// to" a measure makes no ally of X, while joining forces with a state still does.
func TestJoinedTheGroupOfIsNoAlliance(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenya has joined the group of African Union states opposed to the proposed tax."},
			not:   []string{"African Union alliedWith Kenya"},
		},
		{
			sents: []string{"Kenya joined forces with Uganda."},
			want:  []string{"Kenya alliedWith Uganda"},
		},
	})
}

// TestAssembledByIsNoGathering checks that "the team assembled by X" gathers nobody, while
// "A and B gathered in P" is still a meeting there.
func TestAssembledByIsNoGathering(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenneth Odhiambo, a former counselor to Attorney General Bakari Mwinyi, has served on the team assembled by Juma Tembo since March."},
			not:   []string{"Bakari Mwinyi met Kenneth Odhiambo", "Juma Tembo met Kenneth Odhiambo"},
		},
		{
			sents: []string{"Bakari Mwinyi and Juma Tembo gathered in Nairobi."},
			want:  []string{"Bakari Mwinyi met Juma Tembo", "Bakari Mwinyi visited Nairobi"},
		},
	})
}

// TestTreePlansReadByWords checks that the tree's facts too are plans when the words put
// the verb ahead: a long titled subject between "before" and the verb, a quoted clause
// before "when he visits X later in the month"; a past departure still counts.
func TestTreePlansReadByWords(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Traders expect a rate cut soon, possibly before Prime Minister Bakari Mwinyi leaves for Nairobi on April 29."},
			not:   []string{"Bakari Mwinyi visited Nairobi"},
		},
		{
			sents: []string{"\"If there is anything to offer, Bakari Mwinyi would take it with him,\" when he visits Nairobi later in the month, one official said."},
			not:   []string{"Bakari Mwinyi visited Nairobi"},
		},
		{
			sents: []string{"Bakari Mwinyi flew to Nairobi on April 29."},
			want:  []string{"Bakari Mwinyi visited Nairobi"},
		},
	})
}

// TestPassiveOnACommonNoun checks that a passive participle after a common noun ("the
// programme KISTEC, sponsored by Y", "securities backed by Y") says nothing of the name
// further left, while a passive after a name and coordinated participles still do.
func TestPassiveOnACommonNoun(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi cited the joint research programme KISTEC, sponsored by the European Community, as a useful programme."},
			not:   []string{"European Community supports Bakari Mwinyi"},
		},
		{
			sents: []string{"Bakari Mwinyi, backed by the Velka Movement, won the vote."},
			want:  []string{"Velka Movement supports Bakari Mwinyi"},
		},
		{
			sents: []string{"Last week the forces of President Juma Tembo of Kisumu, supported, trained and armed by Kenya, pushed the rebels out."},
			want:  []string{"Kenya supports Juma Tembo"},
		},
	})
}
