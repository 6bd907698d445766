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

// TestTryingToJoinNoAlliance checks that "trying to join" or "waiting to join" a bloc
// gives no alliance, while "joined" a coalition still does.
func TestTryingToJoinNoAlliance(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Serbia is trying to join the European Union.", "Moldova has been waiting to join NATO for years."},
			not:   []string{"Serbia alliedWith European Union", "European Union alliedWith Serbia", "Moldova alliedWith North Atlantic Treaty Organization", "North Atlantic Treaty Organization alliedWith Moldova"},
		},
		{
			sents: []string{"Poland joined NATO in 1999."},
			want:  []string{"North Atlantic Treaty Organization alliedWith Poland"},
		},
	})
}
