package loader

import "testing"

// TestPlaceCommaNoContainer checks that "X, Y" places X in Y only when Y can hold it: not
// a hospital or other facility, not a place that possesses what follows, and not the next
// item of a list that has begun before X.
func TestPlaceCommaNoContainer(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Doctors at Leeds, St James's University Hospital walked out on Tuesday."},
			not:   []string{"Leeds locatedIn St James"},
		},
		{
			sents: []string{"The victim was taken to Bristol, Southmead Hospital, police said."},
			not:   []string{"Bristol locatedIn Southmead Hospital"},
		},
		{
			sents: []string{"Mayors from Reading, Swindon, West Berkshire and Stratford-upon-Avon met on Monday.", "The plant is in Toulouse, France."},
			want:  []string{"Toulouse locatedIn France"},
			not:   []string{"Swindon locatedIn West Berkshire", "Reading locatedIn Swindon"},
		},
		{
			sents: []string{"The singer was taken to a clinic in Lyon, Saint-Luc, on Sunday.", "The plant is in Toulouse, France."},
			want:  []string{"Toulouse locatedIn France"},
			not:   []string{"Lyon locatedIn Saint-Luc"},
		},
		{
			sents: []string{"The company runs a facility in Toledo, Ohio."},
			want:  []string{"Toledo locatedIn Ohio"},
		},
		{
			sents: []string{"The attack took place in Mosul, Nineveh province."},
			want:  []string{"Mosul locatedIn Nineveh"},
		},
	})
}
