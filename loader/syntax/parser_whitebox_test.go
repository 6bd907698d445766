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
		m.parser.parse(toks, cls, m.tagger, nil, &w.pb)
		if w.pb.greedy != 2*n || w.pb.steps < 2*n || w.pb.steps > 2*n*branches {
			t.Errorf("%d tokens: %d transitions (%d greedy), want %d greedy and at most %d", n, w.pb.steps, w.pb.greedy, 2*n, 2*n*branches)
		}
		factored := *m.parser
		factored.joint = false
		factored.parse(toks, cls, m.tagger, nil, &w.pb)
		if w.pb.steps != 2*n {
			t.Errorf("%d tokens, factored: %d transitions, want %d", n, w.pb.steps, 2*n)
		}
	}
}

// TestGroupFeatures checks that the unigrams, groupPairs of the items that have them and
// crossPairs are the features of parseFeatures, in every configuration of some parses.
func TestGroupFeatures(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"The", "minister", ",", "who", "met", "officials", "in", "Moscow", ",", "said", "that", "talks", "would", "go", "on", "."}
	for _, n := range []int{1, 2, 5, 16, 40} {
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
		var st pstate
		st.reset(n)
		for step := 0; !st.terminal(); step++ {
			want := map[uint64]int{}
			for _, f := range parseFeatures(nil, &st, b.A) {
				want[f]++
			}
			it := st.items()
			var got []uint64
			for _, v := range vecs {
				got = vecFeatures(got, v, it[vecItem(v)], &st, b.A, &it)
			}
			got = crossPairs(got, &st, b.A, &it)
			for _, f := range got {
				want[f]--
			}
			for f, k := range want {
				if k != 0 {
					t.Fatalf("%d tokens, step %d: feature %x %d times too many in parseFeatures", n, step, f, k)
				}
			}
			// Some legal transition, varied with the step, with a label.
			for a := range nAct {
				if a2 := (a + step) % nAct; st.legal(a2) {
					st.apply(a2, step%len(p.labels))
					break
				}
			}
		}
	}
}

// TestRowsBelow checks that the embedded parser's rows have their classes in
// increasing order, which scoring only the legal transitions needs, and that
// addRowBelow adds what addRow does to the classes under its limit and nothing else.
func TestRowsBelow(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	c := m.parser.model
	if c.unsorted {
		t.Fatal("the embedded parser's rows are not in class order")
	}
	lims := []int{1, labelBase(actRight, len(m.parser.labels)), c.nclass}
	for i, v := range c.table {
		if v == 0 || i%7 != 0 {
			continue
		}
		off := uint32(v)
		var full [256]int32
		c.addRow(off, &full)
		for _, lim := range lims {
			var got [256]int32
			c.addRowBelow(off, &got, lim)
			for k := range got {
				want := int32(0)
				if k < lim {
					want = full[k]
				}
				if got[k] != want {
					t.Fatalf("row at %d, classes under %d: class %d got %d, want %d", off, lim, k, got[k], want)
				}
			}
		}
	}
}

// TestAtomsTagged checks that the parser's atoms made from the tagger's are those it
// makes from the tokens.
func TestAtomsTagged(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := Tokenize("Iran's Foreign Minister met Sergey Lavrov in Moscow on 3 May 2024, officials said; xyzzy-9 ???")
	var w work
	cls := m.tag(toks, &w)
	n := len(toks)
	want, got := make([]patoms, n+2), make([]patoms, n+2)
	m.parser.atoms(toks, cls, m.tagger, want)
	m.parser.atomsTagged(w.tb.at, cls, m.tagger, got)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d: atoms %v from the tagger's, want %v", i, got[i], want[i])
		}
	}
}

// TestSoupMean checks that toAverage and addAverage give the mean of the trainers'
// averaged weights, with the features of either.
func TestSoupMean(t *testing.T) {
	a, b := newTrainer(3), newTrainer(3)
	// a: feature 10 gets +2 on class 1 at the first of two instances (average 2), 20 gets
	// -1 on class 0 at the second (average -0.5).
	a.update([]uint64{10}, 1, 2)
	a.tick()
	a.update([]uint64{20}, 0, -1)
	a.tick()
	// b: feature 10 gets +4 on class 1 and 30 gets +1 on class 2, at its only instance.
	b.update([]uint64{10}, 1, 4)
	b.update([]uint64{30}, 2, 1)
	b.tick()
	a.toAverage()
	a.addAverage(b)
	want := map[[2]int]float64{{10, 1}: 3, {20, 0}: -0.25, {30, 2}: 0.5}
	got := map[[2]int]float64{}
	for p, k := range a.index.keys {
		if k == 0 {
			continue
		}
		i := a.index.vals[p]
		for j, e := range a.feats[i] {
			av := a.avgs[i][j]
			got[[2]int{int(k), int(e.cls)}] = (av.total + float64(a.now-av.ts)*float64(e.w)) / float64(a.now-a.start)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("feature %d class %d: got %v, want %v", k[0], k[1], got[k], w)
		}
	}
}
