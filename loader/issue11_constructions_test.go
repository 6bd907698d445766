package loader

import "testing"

// TestParticipleOpensSentence checks that a sentence-initial participle of a known verb
// opens a clause taking the main clause's subject, and is no part of the name after it.
func TestParticipleOpensSentence(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Visiting Lisbon, Karin Holm praised the Portuguese government."},
			want:  []string{"Karin Holm visited Lisbon"},
			not:   []string{"Visiting Lisbon visited Portugal", "Karin Holm visited Portugal", "Karin Holm nationality Portugal"},
		},
		{
			sents: []string{"Touring Nairobi on Monday, Piet Maas promised new schools."},
			want:  []string{"Piet Maas visited Nairobi"},
			not:   []string{"Touring Nairobi visited Nairobi"},
		},
		{
			sents: []string{"Reading Borough won again on Saturday, Piet Maas said."},
			not:   []string{"Piet Maas visited Reading Borough"},
		},
	})
}

// TestCapitalAsPassiveAgent checks that a capital in the "by" phrase of a passive acts as
// its state, as it does as a subject.
func TestCapitalAsPassiveAgent(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Sahel Front is backed by Algiers, diplomats said."},
			want:  []string{"Algeria supports Sahel Front"},
			not:   []string{"Algiers supports Sahel Front", "Sahel Front supports Algeria"},
		},
		{
			sents: []string{"Diplomats said the Kivu Brigade was armed by Kigali."},
			want:  []string{"Rwanda supports Kivu Brigade"},
			not:   []string{"Kigali supports Kivu Brigade", "Kivu Brigade supports Rwanda"},
		},
		{
			sents: []string{"The delegation was driven by bus to Algiers."},
			not:   []string{"Algeria supports delegation"},
		},
	})
}
