package loader

import "testing"

// TestReciprocalFights checks joint subjects that fight each other ("A and B clashed",
// "A and B fought a war", "the two sides fought a war" after two countries), and the
// words that make them one side, an object of their fight, or persons, giving nothing
// between them; and that "the two sides" stands for two countries only when the sentence
// before names exactly two and no other body.
func TestReciprocalFights(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Lesotho and Eswatini clashed on the border on Monday."},
			want:  []string{"Lesotho fights Eswatini", "Eswatini fights Lesotho"},
		},
		{
			sents: []string{"Lesotho and Eswatini fought a brief war in 1998."},
			want:  []string{"Lesotho fights Eswatini", "Eswatini fights Lesotho"},
		},
		{
			sents: []string{"Lesotho and Eswatini have argued over the border for years.", "The two countries fought a brief war in 1998."},
			want:  []string{"Lesotho fights Eswatini", "Eswatini fights Lesotho"},
		},
		{
			sents: []string{"Lesotho and Eswatini have argued over the border for years.", "The two sides fought a brief war in 1998."},
			want:  []string{"Lesotho fights Eswatini", "Eswatini fights Lesotho"},
		},
		{
			sents: []string{"Lesotho and Eswatini held talks in Maseru.", "The two sides signed a defence pact."},
			want:  []string{"Eswatini alliedWith Lesotho"},
		},
		{
			sents: []string{"Lesotho and Eswatini fought together against the Orun Brigade."},
			not:   []string{"Lesotho fights Eswatini", "Eswatini fights Lesotho"},
		},
		{
			sents: []string{"Lesotho and Eswatini fought for their independence."},
			not:   []string{"Lesotho fights Eswatini", "Eswatini fights Lesotho"},
		},
		{
			sents: []string{"Lesotho and Eswatini fought the Orun Brigade in 1998."},
			not:   []string{"Lesotho fights Eswatini", "Eswatini fights Lesotho"},
		},
		{
			sents: []string{"Ilse Brandt and Teodor Lunde clashed at the debate in Maseru."},
			not:   []string{"Ilse Brandt fights Teodor Lunde", "Teodor Lunde fights Ilse Brandt"},
		},
		{
			sents: []string{"Lesotho and the Orun Brigade have argued over the border for years.", "The two sides fought a brief war in 1998."},
			not:   []string{"Lesotho fights Orun Brigade", "Lesotho fights Eswatini"},
		},
		{
			sents: []string{"Lesotho, Eswatini and Malawi sent envoys to Maseru.", "The two sides signed a defence pact."},
			not:   []string{"Eswatini alliedWith Lesotho", "Lesotho alliedWith Malawi", "Eswatini alliedWith Malawi"},
		},
		{
			sents: []string{"Lesotho and Eswatini held talks at the Orun Council in Maseru.", "The two sides signed a defence pact."},
			not:   []string{"Eswatini alliedWith Lesotho"},
		},
	})
}
