package loader

import "testing"

// TestPronounSubjectPrecision checks that a subject pronoun before any person its sentence
// names continues the subject of the sentence before, not that sentence's object, and that a
// second subject pronoun in the sentence is the person the first one is; a pronoun that
// opens its sentence still finds its subject.
func TestPronounSubjectPrecision(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Trade Minister Oskar Velden met Anton Maris in Tallinn.", "Two days later he visited Riga."},
			want:  []string{"Oskar Velden visited Riga"},
			not:   []string{"Anton Maris visited Riga"},
		},
		{
			sents: []string{"General Ivo Ranek held talks with Pavel Lutz on Monday.", "He arrived in Vilnius after flying from Minsk, where he met Tomas Brel."},
			want:  []string{"Ivo Ranek visited Vilnius", "Ivo Ranek met Tomas Brel"},
			not:   []string{"Pavel Lutz met Tomas Brel"},
		},
	})
}
