package loader

// Issue 11: a coalition's action is its leader's, not each listed member's; "the
// government" stands for the document's dominant country. Every sentence is our own.

import "testing"

// TestCoalitionListActs checks that the members listed in "a coalition of A, B and C" are
// not each the attacker: the coalition's leader is, and each member is allied with it.
func TestCoalitionListActs(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"A Saudi-led coalition of Saudi Arabia, Egypt and Jordan struck Yemen on Monday."},
			want:  []string{"Saudi Arabia fights Yemen", "Egypt alliedWith Saudi Arabia"},
			not:   []string{"Egypt fights Yemen", "Jordan fights Yemen"},
		},
		{
			sents: []string{"A coalition of Britain, France and Italy bombed Libya on Monday."},
			not:   []string{"France fights Libya", "Italy fights Libya", "United Kingdom fights Libya"},
		},
		{
			sents: []string{"An alliance of Chile and Peru attacked Bolivia in 1879."},
			not:   []string{"Peru fights Bolivia", "Chile fights Bolivia"},
		},
		{
			sents: []string{"France and Italy bombed Libya on Monday."},
			want:  []string{"France fights Libya", "Italy fights Libya"},
		},
	})
}

// TestBareGovernment checks that "the government" stands for the country that dominates
// the document, and for none when no country dominates or its sentence names another.
func TestBareGovernment(t *testing.T) {
	peru := []string{
		"Peru will hold elections in April, officials in Peru said.",
		"The vote in Peru follows months of protests across Peru.",
		"Lima has been calm since Peru closed its borders.",
	}
	runRelCases(t, []relCase{
		{
			sents: append(append([]string{}, peru...), "The government has barred Acme Mining from exporting copper."),
			want:  []string{"Acme Mining sanctionedBy Peru"},
		},
		{
			sents: append(append([]string{}, peru...), "The government has barred Acme Mining from exporting copper to Chile."),
			not:   []string{"Acme Mining sanctionedBy Peru", "Acme Mining sanctionedBy Chile"},
		},
		{
			sents: []string{"Peru and Chile held talks in Lima.", "Chile and Peru signed a deal.", "The government has barred Acme Mining from exporting copper."},
			not:   []string{"Acme Mining sanctionedBy Peru", "Acme Mining sanctionedBy Chile"},
		},
		{
			sents: append(append([]string{}, peru...), "The government of Chile has barred Acme Mining from exporting copper."),
			want:  []string{"Acme Mining sanctionedBy Chile"},
			not:   []string{"Acme Mining sanctionedBy Peru"},
		},
	})
}
