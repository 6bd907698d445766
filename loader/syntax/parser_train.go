package syntax

import (
	"math"
	"math/rand/v2"
	"slices"
)

// This file trains the parser with the dynamic oracle of Goldberg and Nivre (2013) for the
// arc-hybrid system: after the first epochs the parser follows its own (possibly wrong)
// transitions with probability explore, and is updated towards the best transition that
// loses no further gold arc.

// parseExample is one training sentence: its tokens, predicted tag classes, and gold
// heads (0-based, ROOT = n) and labels after projectivisation.
type parseExample struct {
	toks  []Token
	tags  []int
	heads []int32
	rels  []int
}

// projectivize lifts non-projective arcs (the shortest first) to the head's head until
// the tree is projective. heads are 0-based with ROOT = n. It reports whether it changed
// anything.
func projectivize(heads []int32) bool {
	n := int32(len(heads))
	changed := false
	dominates := func(h, d int32) bool { // h is an ancestor of d (or d)
		for k := 0; d != n && k <= len(heads); k++ {
			if d == h {
				return true
			}
			d = heads[d]
		}
		return d == h
	}
	for iter := 0; iter < len(heads)*len(heads)+1; iter++ {
		best, bestLen := int32(-1), int32(1<<30)
		for d := range n {
			h := heads[d]
			lo, hi := min(h, d), max(h, d)
			if h == n {
				lo, hi = d, n
			}
			if hi-lo >= bestLen {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !dominates(h, k) {
					best, bestLen = d, hi-lo
					break
				}
			}
		}
		if best < 0 {
			return changed
		}
		heads[best] = heads[heads[best]]
		changed = true
	}
	return changed
}

// costs returns the number of gold arcs each action makes unreachable (a large number for
// an illegal action), and whether the label gold would give is the arc's own.
func costs(st *pstate, gh []int32) [nAct]int {
	var c [nAct]int
	const illegal = 1 << 20
	n := st.n
	for a := range nAct {
		if !st.legal(a) {
			c[a] = illegal
		}
	}
	inBuf := func(x int32) bool { return x >= st.b && x <= n }
	if len(st.stack) > 0 {
		s0 := st.stack[len(st.stack)-1]
		deps := 0
		for d := st.b; d < n; d++ {
			if gh[d] == s0 {
				deps++
			}
		}
		var s1 int32 = -1
		if len(st.stack) > 1 {
			s1 = st.stack[len(st.stack)-2]
		}
		if c[actLeft] == 0 {
			c[actLeft] = deps
			if gh[s0] != st.b && (gh[s0] == s1 || inBuf(gh[s0])) {
				c[actLeft]++
			}
		}
		if c[actRight] == 0 {
			c[actRight] = deps
			if inBuf(gh[s0]) {
				c[actRight]++
			}
		}
	}
	if c[actShift] == 0 {
		b := st.b
		k := 0
		for i, x := range st.stack {
			if gh[x] == b {
				k++
			}
			if i < len(st.stack)-1 && gh[b] == x {
				k++
			}
		}
		c[actShift] = k
	}
	return c
}

// trainParser trains the parser on exs for epochs, exploring after the first two. With
// o.Soup of 2 or more, it trains that many parsers with the seeds seed, seed+1, ... and
// keeps the mean of their averaged weights (pruned and quantised as one parser's are).
func trainParser(p *parser, tg *tagger, exs []parseExample, o *TrainOptions) {
	seed := o.Seed
	if o.ParseSeed != 0 {
		seed = o.ParseSeed
	}
	tr := trainWeights(p, tg, exs, o, seed)
	for k := 1; k < o.Soup; k++ {
		if k == 1 {
			tr.toAverage()
		}
		tr.addAverage(trainWeights(p, tg, exs, o, seed+uint64(k)))
	}
	if o.Beam >= 2 && p.joint {
		p.beam = o.Beam
	}
	if o.DecodeBeam != 0 {
		p.beam = max(o.DecodeBeam, 0)
	}
	p.model = tr.compact(false)
	p.prepare()
}

// trainWeights trains the weights of one parser on exs with the shuffling and
// exploration of seed: o.ParseEpochs greedy epochs, then o.BeamEpochs of beam search if
// o.Beam is 2 or more.
func trainWeights(p *parser, tg *tagger, exs []parseExample, o *TrainOptions, seed uint64) *trainer {
	epochs, explore := o.ParseEpochs, o.Explore
	from := o.ExploreFrom - 1
	tr := newTrainer(nAct + 2*len(p.labels))
	rng := rand.New(rand.NewPCG(seed, 0x9a75e2))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	var st pstate
	var A []patoms
	var feats []uint64
	scores := make([]float32, tr.nclass)
	for ep := range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, xi := range order {
			ex := &exs[xi]
			n := len(ex.toks)
			A = slices.Grow(A[:0], n+2)[:n+2]
			p.atoms(ex.toks, ex.tags, tg, A)
			st.reset(n)
			for !st.terminal() {
				feats = parseFeatures(feats[:0], &st, A)
				clear(scores)
				tr.score(feats, scores)
				c := costs(&st, ex.heads)
				if p.joint {
					trainJointStep(p, tr, &st, ex, feats, scores, c, ep >= from && rng.Float64() < explore, o.Update)
					continue
				}
				trainFactoredStep(p, tr, &st, ex, feats, scores, c, ep >= from && rng.Float64() < explore)
			}
		}
	}
	if o.Beam >= 2 && p.joint {
		trainBeam(p, tg, tr, exs, o, rng)
	}
	return tr
}

// trainFactoredStep is one step of training with the transition chosen first and its
// label after; exploring says whether to follow a wrong prediction.
func trainFactoredStep(p *parser, tr *trainer, st *pstate, ex *parseExample, feats []uint64, scores []float32, c [nAct]int, exploring bool) {
	nl := len(p.labels)
	pred, gold := -1, -1
	for a := range nAct {
		if !st.legal(a) {
			continue
		}
		if pred < 0 || scores[a] > scores[pred] {
			pred = a
		}
		if c[a] == 0 && (gold < 0 || scores[a] > scores[gold]) {
			gold = a
		}
	}
	tr.tick()
	if gold < 0 {
		gold = pred // cannot happen on a projective tree
	}
	if c[pred] > 0 {
		tr.update(feats, gold, 1)
		tr.update(feats, pred, -1)
	}
	next := gold
	if c[pred] == 0 || exploring {
		next = pred
	}
	l := 0
	if next != actShift {
		d := st.stack[len(st.stack)-1]
		h := st.b
		if next == actRight {
			h = st.stack[len(st.stack)-2]
		}
		if next == actLeft && st.b == st.n {
			l = p.root
		} else {
			lo := labelBase(next, nl)
			ok := p.rightOK
			if next == actLeft {
				ok = p.leftOK
			}
			lp := -1
			for x := range nl {
				if ok[x] && x != p.root && (lp < 0 || scores[lo+x] > scores[lo+lp]) {
					lp = x
				}
			}
			l = lp
			if ex.heads[d] == h {
				lg := ex.rels[d]
				if lg != p.root && ok[lg] && lp != lg {
					tr.update(feats, lo+lg, 1)
					tr.update(feats, lo+lp, -1)
				}
				if !exploring && lg != p.root && ok[lg] {
					l = lg
				}
			}
		}
	}
	st.apply(next, l)
}

// trainJointStep is one step of training with labelled transitions: the costs of each
// labelled transition are those of its transition plus one for a wrong label on a gold arc.
func trainJointStep(p *parser, tr *trainer, st *pstate, ex *parseExample, feats []uint64, scores []float32, c [nAct]int, exploring bool, update int) {
	nl := len(p.labels)
	type move struct{ a, l, cls, cost int }
	var pred, gold move
	pred.a, gold.a = -1, -1
	var wrong []move // with update 2: the costly moves, to compare with gold after
	consider := func(m move) {
		if update == 2 && m.cost > 0 {
			wrong = append(wrong, m)
		}
		if pred.a < 0 || scores[m.cls] > scores[pred.cls] {
			pred = m
		}
		if m.cost == 0 && (gold.a < 0 || scores[m.cls] > scores[gold.cls]) {
			gold = m
		}
	}
	if st.legal(actShift) {
		consider(move{actShift, 0, actShift, c[actShift]})
	}
	for _, a := range [...]int{actLeft, actRight} {
		if !st.legal(a) {
			continue
		}
		d := st.stack[len(st.stack)-1]
		h := st.b
		if a == actRight {
			h = st.stack[len(st.stack)-2]
		}
		if a == actLeft && st.b == st.n {
			consider(move{a, p.root, nAct + p.root, c[a]})
			continue
		}
		ok := p.rightOK
		if a == actLeft {
			ok = p.leftOK
		}
		lo := labelBase(a, nl)
		for l := range nl {
			if !ok[l] || l == p.root {
				continue
			}
			cost := c[a]
			if ex.heads[d] == h && ex.rels[d] != l {
				cost++
			}
			consider(move{a, l, lo + l, cost})
		}
	}
	tr.tick()
	if gold.a < 0 {
		gold = pred
	}
	if pred.cost > 0 {
		var step float32 = 1
		if update == 1 && len(feats) > 0 {
			loss := float64(scores[pred.cls]-scores[gold.cls]) + math.Sqrt(float64(pred.cost))
			step = float32(min(1, loss/float64(2*len(feats))))
		}
		if update == 2 {
			// Against every costly move that scores at least as much as gold, a share each.
			k := 0
			for _, m := range wrong {
				if scores[m.cls] >= scores[gold.cls] {
					k++
				}
			}
			for _, m := range wrong {
				if scores[m.cls] >= scores[gold.cls] {
					tr.update(feats, m.cls, -1/float32(k))
				}
			}
			tr.update(feats, gold.cls, 1)
		} else {
			tr.update(feats, gold.cls, step)
			tr.update(feats, pred.cls, -step)
		}
	}
	next := gold
	if pred.cost == 0 || exploring {
		next = pred
	}
	st.apply(next.a, next.l)
}
