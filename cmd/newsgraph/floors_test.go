package main

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/eval"
)

// TestLoaderFloors extracts the bundled development corpus and the nine held-out sets
// with 'newsgraph extract' and scores them against their gold: the loader must not fall
// below floors a few points under the figures measured on 2 December 2026 (README, "How
// good the loader is"), so a change that breaks reading fails here, not at a review.
// heldout2's blind score (before any work on it) was facts F1 0.454; its floor is for the
// loader after that work. heldout3 was scored once, after the day's merges (facts F1
// 0.625, entities 0.871; the code of the morning: 0.614, 0.860). heldout4 was scored once,
// blind, at 719b5f4 (facts P 0.865 F1 0.496, entities 0.871, no over-merge); its floor sits
// under that first score until the afternoon's rounds used it as a tuning set (facts F1
// 0.671, entities 0.944 at their end); it now guards that work. heldout5 is the new blind
// set (scored once, blind, at bffaa7a: facts P 0.739 F1 0.515, entities 0.798, one over-merge).
func TestLoaderFloors(t *testing.T) {
	tests := []struct {
		gold, docs         string
		factF1, factP, ent float64
		overMerged         int // allowed over-merged entities
	}{
		{"../../internal/eval/testdata/seeds", "../../examples/corpus", 0.80, 0.92, 0.90, 0},
		{"../../internal/eval/testdata/heldout", "../../internal/eval/testdata/heldout/docs", 0.70, 0.85, 0.90, 0},
		// The two George Bushes of 1987 and 2004 are one node across documents.
		{"../../internal/eval/testdata/heldout2", "../../internal/eval/testdata/heldout2/docs", 0.64, 0.92, 0.92, 1},
		// heldout3 is kept blind: nobody reads its errors; its floor sits under its first score.
		{"../../internal/eval/testdata/heldout3", "../../internal/eval/testdata/heldout3/docs", 0.60, 0.82, 0.85, 0},
		// heldout4: ten articles annotated blind on 2 December; ERRORS.md classifies its errors;
		// tuned on that afternoon.
		{"../../internal/eval/testdata/heldout4", "../../internal/eval/testdata/heldout4/docs", 0.63, 0.88, 0.91, 0},
		// heldout5 is kept blind: eight articles annotated on 2 December and scored once, on the
		// summary lines only, at bffaa7a (facts P 0.739 F1 0.515, entities 0.798, one over-merged
		// entity, not looked at); nobody reads its errors; its floor sits a little under that score.
		{"../../internal/eval/testdata/heldout5", "../../internal/eval/testdata/heldout5/docs", 0.48, 0.70, 0.77, 1},
		// heldout6: ten articles annotated blind on 3 December and scored once, blind, at 493b9ce
		// (facts P 0.821 F1 0.484 as first annotated, P 0.893 F1 0.521 with the two rows set to
		// the conventions; entities 0.837, no over-merge); ERRORS.md classifies its errors;
		// tuned on that evening to facts F1 0.710, entities 0.907: its floor sits under that.
		{"../../internal/eval/testdata/heldout6", "../../internal/eval/testdata/heldout6/docs", 0.66, 0.90, 0.88, 0},
		// heldout7: nine articles annotated blind on 3 December and scored once, blind, at 32e07f2
		// (facts P 0.784 F1 0.558, entities 0.881, one over-merged entity: a capital of a 1987
		// text joined to its modern country); ERRORS.md classifies its errors; its floor sits a
		// little under that first score.
		{"../../internal/eval/testdata/heldout7", "../../internal/eval/testdata/heldout7/docs", 0.53, 0.75, 0.85, 1},
		// heldout8: ten wire articles annotated blind on 4 December and scored once, blind, at
		// 0cd5137 (facts P 0.929 R 0.333 F1 0.491, 13 of 14 predicted right, of 39; entities
		// 0.901, no over-merge); nobody reads its errors; its floor sits a little under that
		// first score (one more wrong fact of 15 would still pass the precision floor).
		{"../../internal/eval/testdata/heldout8", "../../internal/eval/testdata/heldout8/docs", 0.46, 0.85, 0.87, 0},
		// heldout9: ten BBC politics and Wikinews articles annotated blind on 4 December and
		// scored once, blind, at d9a6abe (facts P 0.831 R 0.471 F1 0.601, 59 predicted, of 104;
		// entities 0.894, no over-merge); nobody reads its errors; its floor sits a little under
		// that first score.
		{"../../internal/eval/testdata/heldout9", "../../internal/eval/testdata/heldout9/docs", 0.56, 0.78, 0.86, 0},
	}
	for _, tt := range tests {
		t.Run(tt.gold[strings.LastIndex(tt.gold, "/")+1:], func(t *testing.T) {
			code, nq, errOut := runCmd(t, "", "extract", tt.docs)
			if code != 0 {
				t.Fatalf("extract %s: exit %d: %s", tt.docs, code, errOut)
			}
			g, err := eval.ReadGold(tt.gold)
			if err != nil {
				t.Fatal(err)
			}
			quads, _, _ := eval.ParseNQuads(strings.NewReader(nq))
			rep := eval.Score(g, quads)
			if rep.Facts.F1 < tt.factF1 || rep.Facts.P < tt.factP {
				t.Errorf("facts P %.3f F1 %.3f, want P >= %.2f and F1 >= %.2f", rep.Facts.P, rep.Facts.F1, tt.factP, tt.factF1)
			}
			if rep.Entities.F1 < tt.ent {
				t.Errorf("entities F1 %.3f, want >= %.2f", rep.Entities.F1, tt.ent)
			}
			if rep.OverMergedEntities > tt.overMerged {
				t.Errorf("%d over-merged entities, want at most %d", rep.OverMergedEntities, tt.overMerged)
			}
		})
	}
}
