package loader

import "testing"

// TestRecall5Constructions checks two constructions read from unlabelled news: a courtesy
// call paid on someone is a meeting in person (the "call" of the phrase is no phone call),
// and an attack on a facility named by its place ("the key X airstrip") struck the place.
// A definite description of a person named before ("the minister") lets its sentence
// through the parse gate as a pronoun does, and a capitalised title repeated after "the"
// ("the Crown Prince") stands for the one person named before with that title, for the
// relations and for the pronouns after it. Every sentence is invented.
func TestRecall5Constructions(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenya's Foreign Minister Bakari Mwinyi paid a brief courtesy call on Norwegian Prime Minister Olaf Berg."},
			want:  []string{"Bakari Mwinyi met Olaf Berg", "Olaf Berg leads Norway"},
			not:   []string{"Bakari Mwinyi visited Norway", "Bakari Mwinyi leads Norway", "Olaf Berg memberOf Kenya"},
		},
		{
			sents: []string{"Bakari Mwinyi paid a courtesy call on President Olaf Berg on Monday."},
			want:  []string{"Bakari Mwinyi met Olaf Berg"},
			not:   []string{"Olaf Berg met Olaf Berg"},
		},
		{
			// a call by phone is still no meeting
			sents: []string{"Kenya's Foreign Minister Bakari Mwinyi held talks with Olaf Berg in a phone call on Monday."},
			not:   []string{"Bakari Mwinyi met Olaf Berg"},
		},
		{
			// a call on someone to act is a demand, no meeting
			sents: []string{"Kenya's Foreign Minister Bakari Mwinyi renewed his call on President Olaf Berg to resign."},
			not:   []string{"Bakari Mwinyi met Olaf Berg"},
		},
		{
			// a phone call made is no meeting
			sents: []string{"Bakari Mwinyi made a phone call to President Olaf Berg on Monday."},
			not:   []string{"Bakari Mwinyi met Olaf Berg"},
		},
		{
			// "the minister" is the minister named before, for a tree-only construction too
			sents: []string{"Kenya's Foreign Minister Bakari Mwinyi arrived in Oslo on Sunday.", "The minister paid a brief courtesy call on President Olaf Berg."},
			want:  []string{"Bakari Mwinyi met Olaf Berg", "Bakari Mwinyi visited Oslo"},
			not:   []string{"Olaf Berg visited Oslo", "Olaf Berg memberOf Kenya", "Bakari Mwinyi leads Kenya"},
		},
		{
			// two ministers named before: the description is nobody's
			sents: []string{"Defence Minister Bakari Mwinyi and Finance Minister Juma Otieno arrived in Oslo.", "The minister paid a courtesy call on President Olaf Berg."},
			not:   []string{"Bakari Mwinyi met Olaf Berg", "Juma Otieno met Olaf Berg"},
		},
		{
			// no minister named before: the description names nobody
			sents: []string{"The minister paid a courtesy call on President Olaf Berg."},
			not:   []string{"Olaf Berg met Olaf Berg"},
		},
		{
			// a capitalised title repeated as a description: "the Crown Prince"
			sents: []string{"Kenya's Crown Prince Bakari bin Mwinyi arrived in Oslo.", "The Crown Prince met President Olaf Berg."},
			want:  []string{"Bakari bin Mwinyi met Olaf Berg"},
			not:   []string{"Olaf Berg memberOf Kenya", "Olaf Berg visited Oslo"},
		},
		{
			sents: []string{"Kenya's Crown Prince Bakari bin Mwinyi arrived in Oslo.", "Before meeting with Berg, the Crown Prince paid a brief courtesy call on President Olaf Berg."},
			want:  []string{"Bakari bin Mwinyi met Olaf Berg"},
			not:   []string{"Olaf Berg met Olaf Berg", "Olaf Berg memberOf Kenya"},
		},
		{
			// no Crown Prince named before: "the Crown Prince" is nobody named
			sents: []string{"Kenya's Foreign Minister Bakari Mwinyi arrived in Oslo.", "The Crown Prince met President Olaf Berg."},
			not:   []string{"Bakari Mwinyi met Olaf Berg"},
		},
		{
			// a capitalised name after "the" is no title ("the Velka Movement")
			sents: []string{"Kenya's Foreign Minister Bakari Mwinyi arrived in Oslo.", "The Velka Movement met President Olaf Berg."},
			not:   []string{"Bakari Mwinyi met Olaf Berg"},
		},
		{
			// a long name the parser cuts in two, part on the title and part on the verb
			sents: []string{"Kenya's Crown Prince Abdallah bin Abdul Karim met for an hour with Vice President Olaf Berg on Monday."},
			want:  []string{"Abdallah bin Abdul Karim met Olaf Berg", "Abdallah bin Abdul Karim nationality Kenya"},
			not:   []string{"Olaf Berg memberOf Kenya", "Olaf Berg nationality Kenya", "Abdallah bin Abdul Karim leads Kenya"},
		},
		{
			// two persons in a list stay two arguments
			sents: []string{"Kenya's Crown Prince Abdallah bin Abdul Karim and Juma Otieno met President Olaf Berg."},
			want:  []string{"Abdallah bin Abdul Karim met Olaf Berg"},
			not:   []string{"Abdallah bin Abdul Karim met Juma Otieno", "Olaf Berg memberOf Kenya"},
		},
		{
			// a pronoun after "the Crown Prince" is the Crown Prince, not the person named before him
			sents: []string{"Kenya's Crown Prince Bakari bin Mwinyi met Vice President Olaf Berg.", "The Crown Prince later met Rania Okoye.", "During his stay in Oslo, he was also to meet Juma Otieno."},
			want:  []string{"Bakari bin Mwinyi visited Oslo", "Bakari bin Mwinyi met Olaf Berg"},
			not:   []string{"Olaf Berg visited Oslo", "Rania Okoye visited Oslo"},
		},
		{
			// a capitalised title that no one named before holds is someone unnamed: the
			// pronoun after it goes to nobody
			sents: []string{"Olaf Berg arrived in Nairobi on Monday.", "The Crown Prince said he would fly to Oslo."},
			not:   []string{"Olaf Berg visited Oslo"},
		},
		{
			sents: []string{"Tanzanian forces are still bombing the key Kisumu airstrip in western Kenya, officials said."},
			want:  []string{"Tanzania attacked Kisumu"},
			not:   []string{"Tanzania attacked Kenya", "Kenya attacked Kisumu", "Tanzania partOf Kenya"},
		},
		{
			sents: []string{"Tanzanian jets bombed the main Kisumu oil refinery on Monday."},
			want:  []string{"Tanzania attacked Kisumu"},
			not:   []string{"Kisumu attacked Tanzania"},
		},
		{
			// the place named is the attacker's, not the target's: no attack on it
			sents: []string{"Kisumu rebels shelled the government garrison on Monday."},
			not:   []string{"Kisumu rebels attacked Kisumu"},
		},
		{
			// a facility noun that is the subject attacks nothing of its own name
			sents: []string{"Jets from the Kisumu air base bombed the Velka Movement's camp."},
			not:   []string{"Kisumu attacked Kisumu"},
		},
		{
			// a negated attack states nothing
			sents: []string{"Tanzanian forces did not bomb the Kisumu airstrip, officials said."},
			not:   []string{"Tanzania attacked Kisumu"},
		},
	})
}
