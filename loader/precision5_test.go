package loader

// Precision constructions of issue 11, fifth audit: wrong readings found on random facts of
// unseen news, fixed in general ways. Every sentence and name is our own.

import "testing"

// TestSentenceInitialOfPhraseBody checks that the head word of an of-phrase body opening a
// sentence ("Bank of Velkaria governor X said") stays in the body's name, so that the
// governor leads the Bank of Velkaria and never a body called "of Velkaria".
func TestSentenceInitialOfPhraseBody(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bank of Velkaria governor Bakari Mwinyi said the central bank was worried about inflation."},
			want:  []string{"Bakari Mwinyi leads Bank of Velkaria"},
			not:   []string{"Bakari Mwinyi leads of Velkaria"},
		},
		{
			sents: []string{"The Bank of Velkaria governor Bakari Mwinyi said on Monday that rates would rise."},
			want:  []string{"Bakari Mwinyi leads Bank of Velkaria"},
			not:   []string{"Bakari Mwinyi leads of Velkaria"},
		},
	})
	runEntCases(t, []entCase{
		{
			sents: []string{"Bank of Velkaria governor Bakari Mwinyi said the central bank was worried about inflation."},
			want:  [][2]string{{"Bank of Velkaria", "Organization"}},
			not:   [][2]string{{"of Velkaria", ""}},
		},
	})
}
