package syntax

import (
	"math"
	"math/rand/v2"
	"slices"
)

// This file trains the parser globally: after the greedy epochs, epochs of beam search
// over whole sentences with the max-violation update of Huang, Fayong and Guo (2012):
// the sentence is decoded with a beam of k, and the weights are moved towards the gold
// sequence's prefix and away from the best item's at the step where the best item beats
// the gold prefix by the most. It continues the greedy training's averaged perceptron, so
// the greedy epochs are its initialisation.

// goldMoves returns the transitions that build ex's tree: a left or right arc as soon as
// the top of the stack has all its dependents and its head at the start of the buffer
// (left) or under it (right), else a shift; where the tree cannot be built so (an arc
// lifted onto ROOT), the legal transition that loses the fewest gold arcs.
func goldMoves(p *parser, ex *parseExample) []move {
	n := len(ex.toks)
	gh := ex.heads
	ndeps := make([]uint64, n+2)
	for _, h := range gh {
		ndeps[h]++
	}
	nl := len(p.labels)
	var st pstate
	st.reset(n)
	var out []move
	for !st.terminal() {
		a := -1
		if len(st.stack) > 0 {
			s0 := st.stack[len(st.stack)-1]
			done := st.nl[s0]+st.nr[s0] == ndeps[s0]
			switch {
			case done && gh[s0] == st.b && st.legal(actLeft):
				a = actLeft
			case done && len(st.stack) > 1 && gh[s0] == st.stack[len(st.stack)-2]:
				a = actRight
			}
		}
		if a < 0 && st.legal(actShift) {
			a = actShift
		}
		if a < 0 {
			c := costs(&st, gh)
			for x := range nAct {
				if st.legal(x) && (a < 0 || c[x] < c[a]) {
					a = x
				}
			}
		}
		m := move{a: int16(a), cls: actShift}
		if a != actShift {
			d := st.stack[len(st.stack)-1]
			h := st.b
			if a == actRight {
				h = st.stack[len(st.stack)-2]
			}
			ok := p.rightOK
			if a == actLeft {
				ok = p.leftOK
			}
			l := -1
			switch {
			case a == actLeft && st.b == st.n:
				l = p.root
			case gh[d] == h && ex.rels[d] != p.root && ok[ex.rels[d]]:
				l = ex.rels[d]
			default:
				for x := range nl {
					if ok[x] && x != p.root {
						l = x
						break
					}
				}
			}
			m.l = int16(l)
			m.cls = int16(labelBase(a, nl) + l)
		}
		out = append(out, m)
		st.apply(a, int(m.l))
	}
	return out
}

// tbItem is an item of the training beam.
type tbItem struct {
	st    pstate
	score float64
	path  []move
	gold  bool // path is the gold sequence's prefix
}

type tbCand struct {
	total  float64
	parent int
	m      move
}

// trainBeam runs o.BeamEpochs epochs of beam training with a beam of o.Beam on exs.
func trainBeam(p *parser, tg *tagger, tr *trainer, exs []parseExample, o *TrainOptions, rng *rand.Rand) {
	k := o.Beam
	nl := len(p.labels)
	all := !o.BeamOneLabel
	p.prepare()
	golds := make([][]move, len(exs))
	for i := range exs {
		golds[i] = goldMoves(p, &exs[i])
	}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	var A []patoms
	var feats []uint64
	scores := make([]float32, tr.nclass)
	items := make([]tbItem, k)
	next := make([]tbItem, k)
	if o.BeamAverage < 2 {
		tr.restartAverage(o.BeamAverage == 1)
	}
	var cands []tbCand
	kids := make([]int, k)
	var gst, pst pstate
	var pred []move
	for range o.BeamEpochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, xi := range order {
			ex := &exs[xi]
			gold := golds[xi]
			n := len(ex.toks)
			A = slices.Grow(A[:0], n+2)[:n+2]
			p.atoms(ex.toks, ex.tags, tg, A)
			items = items[:1]
			items[0].st.reset(n)
			items[0].score, items[0].path, items[0].gold = 0, items[0].path[:0], true
			gst.reset(n)
			goldScore := 0.0
			maxViol, tStar := math.Inf(-1), -1
			pred = pred[:0]
			for t := range gold {
				cands = cands[:0]
				goldIn := false
				try := func(parent int, base float64, a, cls int) {
					if cls < 0 {
						return
					}
					tt := base + float64(scores[cls])
					j, cs := topKSlot(cands, k, tt, func(c *tbCand) float64 { return c.total })
					if j < 0 {
						return
					}
					cands = cs
					m := move{a: int16(a), cls: int16(cls)}
					if a > actShift {
						m.l = int16(cls - labelBase(a, nl))
					}
					cands[j] = tbCand{total: tt, parent: parent, m: m}
				}
				for i := range items {
					it := &items[i]
					st := &it.st
					feats = parseFeatures(feats[:0], st, A)
					clear(scores)
					tr.score(feats, scores)
					if it.gold {
						goldIn = true
						goldScore += float64(scores[gold[t].cls])
					}
					if st.legal(actShift) {
						try(i, it.score, actShift, actShift)
					}
					if st.legal(actLeft) {
						if st.b == st.n {
							try(i, it.score, actLeft, nAct+p.root)
						} else if all {
							for _, c := range p.leftCls {
								try(i, it.score, actLeft, int(c))
							}
						} else {
							try(i, it.score, actLeft, bestClass(p.leftCls, scores))
						}
					}
					if st.legal(actRight) {
						if all {
							for _, c := range p.rightCls {
								try(i, it.score, actRight, int(c))
							}
						} else {
							try(i, it.score, actRight, bestClass(p.rightCls, scores))
						}
					}
				}
				if !goldIn {
					feats = parseFeatures(feats[:0], &gst, A)
					clear(scores)
					tr.score(feats, scores)
					goldScore += float64(scores[gold[t].cls])
				}
				gst.apply(int(gold[t].a), int(gold[t].l))
				next = next[:len(cands)]
				clear(kids)
				for _, cd := range cands {
					kids[cd.parent]++
				}
				for j, cd := range cands {
					par := &items[cd.parent]
					nx := &next[j]
					nx.score = cd.total
					nx.gold = par.gold && cd.m.cls == gold[t].cls
					if kids[cd.parent]--; kids[cd.parent] == 0 {
						nx.st, par.st = par.st, nx.st
						nx.path, par.path = par.path, nx.path
					} else {
						nx.st.copyFrom(&par.st)
						nx.path = append(nx.path[:0], par.path...)
					}
					nx.st.apply(int(cd.m.a), int(cd.m.l))
					nx.path = append(nx.path, cd.m)
				}
				items, next = next, items
				if !items[0].gold {
					if v := items[0].score - goldScore; v > maxViol {
						maxViol, tStar = v, t+1
						pred = append(pred[:0], items[0].path...)
					}
				}
			}
			tr.now += int32(len(gold))
			if tStar < 0 {
				continue
			}
			// The update: +1 to the gold prefix's transitions, -1 to the best item's,
			// from where they part.
			gst.reset(n)
			pst.reset(n)
			parted := false
			for t := range tStar {
				g, q := gold[t], pred[t]
				if !parted && g.cls == q.cls {
					gst.apply(int(g.a), int(g.l))
					pst.apply(int(q.a), int(q.l))
					continue
				}
				parted = true
				feats = parseFeatures(feats[:0], &gst, A)
				tr.update(feats, int(g.cls), 1)
				feats = parseFeatures(feats[:0], &pst, A)
				tr.update(feats, int(q.cls), -1)
				gst.apply(int(g.a), int(g.l))
				pst.apply(int(q.a), int(q.l))
			}
		}
	}
}
