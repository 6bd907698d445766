package loader

// Precision constructions of the eighth audit: wrong meetings, supports and alliances
// found on the news corpora, fixed in general ways. Every sentence is our own.

import "testing"

// TestCoSubjectsOfATransitiveMeetingDidNotMeetEachOther checks that two joint subjects of
// a meeting verb with an object ("A and B met C") meet the object, not each other, while
// joint subjects of a meeting verb with none ("A and B met") still meet each other.
func TestCoSubjectsOfATransitiveMeetingDidNotMeetEachOther(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi and Juma Tembo met Amani Kiprono in Nairobi on Monday."},
			want:  []string{"Amani Kiprono met Bakari Mwinyi", "Amani Kiprono met Juma Tembo"},
			not:   []string{"Bakari Mwinyi met Juma Tembo"},
		},
		{
			sents: []string{"Bakari Mwinyi and Juma Tembo are today meeting Amani Kiprono."},
			not:   []string{"Bakari Mwinyi met Juma Tembo"},
		},
		{
			sents: []string{"Bakari Mwinyi and Juma Tembo held a meeting with Amani Kiprono on Monday."},
			want:  []string{"Amani Kiprono met Bakari Mwinyi"},
			not:   []string{"Bakari Mwinyi met Juma Tembo"},
		},
		{
			sents: []string{"Bakari Mwinyi and Juma Tembo chatted briefly with Amani Kiprono after the vote."},
			not:   []string{"Bakari Mwinyi met Juma Tembo"},
		},
		{
			sents: []string{"Bakari Mwinyi and Juma Tembo met supporters' representatives from both clubs."},
			not:   []string{"Bakari Mwinyi met Juma Tembo"},
		},
		{
			sents: []string{"Bakari Mwinyi and Juma Tembo met in Nairobi on Monday."},
			want:  []string{"Bakari Mwinyi met Juma Tembo"},
		},
	})
}

// TestTalksOnAnAgendaAreAPlan checks that talks whose agenda is only expected, or that a
// trip still to come is for, state no meeting, while talks held or a trip made still do.
func TestTalksOnAnAgendaAreAPlan(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi visits Kenya next week, and debt is expected to figure high on the agenda of his talks with President Juma Tembo."},
			not:   []string{"Bakari Mwinyi met Juma Tembo"},
		},
		{
			sents: []string{"The plan will be drafted before President Bakari Mwinyi leaves for Nairobi on May 3 for talks with President Juma Tembo."},
			not:   []string{"Bakari Mwinyi met Juma Tembo"},
		},
		{
			sents: []string{"President Bakari Mwinyi left for Nairobi on Monday for talks with President Juma Tembo."},
			want:  []string{"Bakari Mwinyi met Juma Tembo"},
		},
		{
			sents: []string{"Debt figured high on the agenda of Bakari Mwinyi's talks with President Juma Tembo on Monday."},
			want:  []string{"Bakari Mwinyi met Juma Tembo"},
		},
		{
			sents: []string{"Bakari Mwinyi met Juma Tembo after talks were postponed twice."},
			want:  []string{"Bakari Mwinyi met Juma Tembo"},
		},
	})
}

// TestOccupiesIsNoFight checks that a standing occupation in the simple present ("X, which
// occupies the north of Y") states no fighting, while troops that occupied a town did.
func TestOccupiesIsNoFight(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenya, which occupies northern Tanzania, said it would not bow to demands."},
			not:   []string{"Kenya fights Tanzania"},
		},
		{
			sents: []string{"Kenyan forces occupied the Tanzanian town of Mwanza on Monday after heavy fighting."},
			want:  []string{"Kenya attacked Mwanza"},
		},
	})
}

// TestArmsControlAgreementIsNoAlliance checks that an arms-control agreement between two
// rivals states no alliance, while a defence pact still does.
func TestArmsControlAgreementIsNoAlliance(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi, a critic of Kenyan-Tanzanian arms control agreements, resigned on Monday."},
			not:   []string{"Kenya alliedWith Tanzania"},
		},
		{
			sents: []string{"Kenya and Tanzania signed an arms control treaty on Monday."},
			not:   []string{"Kenya alliedWith Tanzania"},
		},
		{
			sents: []string{"Kenya and Tanzania signed a defence pact on Monday."},
			want:  []string{"Kenya alliedWith Tanzania"},
		},
	})
}

// TestDeliveredToInThePassiveIsNoSupport checks that a thing "delivered to" a side in the
// passive names no giver who supports it, while an active delivery of aid still does.
func TestDeliveredToInThePassiveIsNoSupport(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Secretary-General Bakari Mwinyi has proposed a ceasefire while Kenya and Tanzania talk.", "His plan, a refinement of proposals he took to Kenya and Tanzania last month, was delivered to the two sides last week with a request that they let him have their views."},
			not:   []string{"Kenya supports Bakari Mwinyi", "Tanzania supports Bakari Mwinyi", "Bakari Mwinyi supports Kenya"},
		},
	})
}
