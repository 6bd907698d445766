package syntax

import (
	"os"
	"testing"
)

// TestBeamOne checks that beam decoding with a beam of one is greedy decoding, and that
// wider beams give trees whose summed scores are at least the greedy one's.
func TestBeamOne(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"The", "minister", ",", "who", "met", "officials", "in", "Moscow", ",", "said", "that", "talks", "would", "go", "on", "."}
	for _, n := range []int{1, 2, 5, 17, 40, 100} {
		toks := make([]Token, n)
		for i := range toks {
			toks[i] = Token{Form: words[(i*7)%len(words)]}
		}
		var w work
		cls := m.tag(toks, &w)
		p := *m.parser
		b := &w.pb
		b.A = make([]patoms, n+2)
		p.atoms(toks, cls, m.tagger, b.A)
		m0 := int(nVecs) * (n + 2)
		nc := p.model.nclass
		b.rdone = make([]bool, m0)
		b.rlab = make([]int16, m0)
		b.rsig = make([]depSig, m0)
		b.rvec = make([]int32, m0*nc)
		b.st.reset(n)
		path, _ := p.run(n, b, nil, nil)
		var gsum int64
		for _, mv := range path {
			gsum += int64(mv.s)
		}
		want := append([]int32(nil), b.st.head...)
		for _, k := range []int{1, 2, 4, 8} {
			p.beamParse(n, k, b)
			if k == 1 {
				for i := range n {
					if b.st.head[i] != want[i] {
						t.Fatalf("%d tokens, beam 1: head of %d is %d, greedy %d", n, i, b.st.head[i], want[i])
					}
				}
			}
			if s := b.beam.items[0].score; s < gsum {
				t.Errorf("%d tokens, beam %d: score %d under greedy's %d", n, k, s, gsum)
			}
		}
	}
}

// TestGoldMoves checks that the transitions goldMoves gives build the (projective) tree
// of every sentence of the dev slice.
func TestGoldMoves(t *testing.T) {
	f, err := os.Open("testdata/ewt-dev-300.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var sents []*Sentence
	for s, err := range ReadCoNLLU(f) {
		if err != nil {
			t.Fatal(err)
		}
		sents = append(sents, s)
	}
	tags := make([][]int, len(sents))
	for i, s := range sents {
		tags[i] = make([]int, len(s.Tokens))
	}
	p, exs := parserExamples(sents, tags, true)
	p.prepare()
	bad := 0
	for _, ex := range exs {
		ms := goldMoves(p, &ex)
		var st pstate
		st.reset(len(ex.toks))
		for _, m := range ms {
			st.apply(int(m.a), int(m.l))
		}
		for d, h := range ex.heads {
			if st.head[d] != h || (h != int32(len(ex.toks)) && int(st.label[d]) != ex.rels[d]) {
				bad++
				break
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d trees not rebuilt", bad, len(exs))
	}
}

// TestBeamScores checks that the scores beamScore gives every item of a beam, from the
// sums it keeps, are those of the item's features looked up afresh.
func TestBeamScores(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"The", "minister", ",", "who", "met", "officials", "in", "Moscow", ",", "said", "that", "talks", "would", "go", "on", "."}
	for _, n := range []int{3, 17, 40} {
		toks := make([]Token, n)
		for i := range toks {
			toks[i] = Token{Form: words[(i*7)%len(words)]}
		}
		var w work
		cls := m.tag(toks, &w)
		p := *m.parser
		p.beam = 4
		b := &w.pb
		b.A = make([]patoms, n+2)
		p.atoms(toks, cls, m.tagger, b.A)
		p.checkScores = func(st *pstate, sc *[256]int32) {
			var want [256]int32
			p.model.score(parseFeatures(nil, st, b.A), &want)
			lim := p.model.nclass
			if len(st.stack) == 0 {
				lim = 1
			} else if len(st.stack) == 1 {
				lim = labelBase(actRight, len(p.labels))
			}
			for c := range lim {
				if want[c] != sc[c] {
					t.Fatalf("%d tokens: class %d scores %d, afresh %d", n, c, sc[c], want[c])
				}
			}
		}
		p.beamParse(n, 4, b)
	}
}
