package syntax

import "testing"

// TestParseSteps checks that a parse of n tokens makes 2n transitions (each token is
// shifted once and attached once), each of constant cost, and at most 2n more for each
// branch it tries: parsing is linear in the length of the sentence, for short sentences
// (per-item vectors, with branches), long ones (per-feature memo, greedy) and the
// factored parser alike.
func TestParseSteps(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"The", "minister", ",", "who", "met", "officials", "in", "Moscow", ",", "said", "that", "talks", "would", "go", "on", "."}
	for _, n := range []int{1, 2, 17, 512, 513, 5000} {
		toks := make([]Token, n)
		for i := range toks {
			toks[i] = Token{Form: words[i%len(words)]}
		}
		var w work
		cls := m.tag(toks, &w)
		m.parser.parse(toks, cls, m.tagger, &w.pb)
		if w.pb.greedy != 2*n || w.pb.steps < 2*n || w.pb.steps > 2*n*branches {
			t.Errorf("%d tokens: %d transitions (%d greedy), want %d greedy and at most %d", n, w.pb.steps, w.pb.greedy, 2*n, 2*n*branches)
		}
		factored := *m.parser
		factored.joint = false
		factored.parse(toks, cls, m.tagger, &w.pb)
		if w.pb.steps != 2*n {
			t.Errorf("%d tokens, factored: %d transitions, want %d", n, w.pb.steps, 2*n)
		}
	}
}
