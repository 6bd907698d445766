package loader

import "testing"

// TestBackAdverbNoSupport checks that "back" before a preposition ("gone back to X",
// "brought back to X") is the adverb and gives no supports, while "backs X" still does.
func TestBackAdverbNoSupport(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Singer Lena Varga left Sweden in May.", "She has gone back to Sweden this year to work."},
			not:   []string{"Lena Varga supports Sweden"},
		},
		{
			sents: []string{"Poland backs Ukraine in the talks.", "Senator Anna Berg backed Governor Tom Reed in the primary."},
			want:  []string{"Poland supports Ukraine", "Anna Berg supports Tom Reed"},
		},
	})
}
