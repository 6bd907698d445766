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
