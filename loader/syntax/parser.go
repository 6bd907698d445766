package syntax

import (
	"slices"
)

// This file holds the parser: greedy arc-hybrid transitions with the root at the end of
// the buffer, scored by an averaged perceptron over Zhang & Nivre-style feature templates.
// The transition (shift, left arc, right arc) is chosen first; when it is an arc, the
// label is chosen among the labels seen in that direction, from the same features (one
// table holds both kinds of weights).

const (
	actShift = iota
	actLeft
	actRight
	nAct
)

// parser holds the relation inventory and the weights.
type parser struct {
	labels    []string // by label id
	root      int      // the id of "root"
	leftOK    []bool   // label id -> seen on a dependent left of its head
	rightOK   []bool   // label id -> seen on a dependent right of its head
	model     *classifier
	nfeatures int // features per state
}

// patoms are the hashed properties of one token the parser's features combine.
type patoms struct {
	w, t, wt, c, c6, u uint64
}

// pstate is a parser configuration over n tokens, ROOT at index n and a null item at
// n+1 (absent items point there, so features need no branches).
type pstate struct {
	n        int32
	stack    []int32
	b        int32 // first item of the buffer: tokens b..n-1, then ROOT
	head     []int32
	label    []int16
	lc1, lc2 []int32 // leftmost and second leftmost dependent
	rc1, rc2 []int32 // rightmost and second rightmost
	nl, nr   []uint64
	lset     []uint64 // bit set of the labels of left dependents
	rset     []uint64
	lab      []uint64 // label atom
}

func (st *pstate) reset(n int) {
	m := n + 2
	st.n = int32(n)
	st.stack = st.stack[:0]
	st.b = 0
	grow := func(s []int32) []int32 { return slices.Grow(s[:0], m)[:m] }
	grow64 := func(s []uint64) []uint64 { return slices.Grow(s[:0], m)[:m] }
	st.head, st.lc1, st.lc2, st.rc1, st.rc2 = grow(st.head), grow(st.lc1), grow(st.lc2), grow(st.rc1), grow(st.rc2)
	st.label = slices.Grow(st.label[:0], m)[:m]
	st.nl, st.nr, st.lset, st.rset, st.lab = grow64(st.nl), grow64(st.nr), grow64(st.lset), grow64(st.rset), grow64(st.lab)
	none := int32(n + 1)
	for i := range m {
		st.head[i] = -1
		st.lc1[i], st.lc2[i], st.rc1[i], st.rc2[i] = none, none, none, none
		st.label[i] = -1
		st.nl[i], st.nr[i], st.lset[i], st.rset[i] = 0, 0, 0, 0
		st.lab[i] = hashNone
	}
}

func (st *pstate) terminal() bool { return len(st.stack) == 0 && st.b == st.n }

// s returns the i-th item from the top of the stack, or the null item.
func (st *pstate) s(i int) int32 {
	if i < len(st.stack) {
		return st.stack[len(st.stack)-1-i]
	}
	return st.n + 1
}

func (st *pstate) legal(a int) bool {
	switch a {
	case actShift:
		return st.b < st.n
	case actLeft:
		return len(st.stack) > 0 && (st.b < st.n || len(st.stack) == 1)
	case actRight:
		return len(st.stack) > 1
	}
	return false
}

func (st *pstate) arc(h, d int32, l int) {
	st.head[d] = h
	st.label[d] = int16(l)
	st.lab[d] = uint64(l) + 0x3c1
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		st.nl[h]++
		st.lset[h] |= bit
		none := st.n + 1
		if st.lc1[h] == none || d < st.lc1[h] {
			st.lc2[h], st.lc1[h] = st.lc1[h], d
		} else if st.lc2[h] == none || d < st.lc2[h] {
			st.lc2[h] = d
		}
	} else {
		st.nr[h]++
		st.rset[h] |= bit
		none := st.n + 1
		if st.rc1[h] == none || d > st.rc1[h] {
			st.rc2[h], st.rc1[h] = st.rc1[h], d
		} else if st.rc2[h] == none || d > st.rc2[h] {
			st.rc2[h] = d
		}
	}
}

// apply performs action a with label l.
func (st *pstate) apply(a, l int) {
	switch a {
	case actShift:
		st.stack = append(st.stack, st.b)
		st.b++
	case actLeft:
		d := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.arc(st.b, d, l)
	case actRight:
		d := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.arc(st.stack[len(st.stack)-1], d, l)
	}
}

func bucket(d int32) uint64 {
	switch {
	case d <= 0:
		return 0
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 12:
		return 6
	}
	return 7
}

// features appends the features of st to buf.
func parseFeatures(buf []uint64, st *pstate, A []patoms) []uint64 {
	none := st.n + 1
	s0, s1, s2 := st.s(0), st.s(1), st.s(2)
	b0 := st.b
	b1, b2 := b0+1, b0+2
	if b1 > st.n {
		b1 = none
	}
	if b2 > st.n {
		b2 = none
	}
	S0, S1, S2, B0, B1, B2 := &A[s0], &A[s1], &A[s2], &A[b0], &A[b1], &A[b2]
	s0l, s0r, s0l2, s0r2 := st.lc1[s0], st.rc1[s0], st.lc2[s0], st.rc2[s0]
	s1l, s1r, s1r2 := st.lc1[s1], st.rc1[s1], st.rc2[s1]
	b0l, b0l2 := st.lc1[b0], st.lc2[b0]
	S0L, S0R, S0L2, S0R2 := &A[s0l], &A[s0r], &A[s0l2], &A[s0r2]
	S1L, S1R, S1R2 := &A[s1l], &A[s1r], &A[s1r2]
	B0L, B0L2 := &A[b0l], &A[b0l2]
	lab := st.lab
	var d, d2 uint64
	if s0 != none {
		d = bucket(b0 - s0)
		if s1 != none {
			d2 = bucket(s0 - s1)
		}
	}
	return append(buf,
		// single items
		f1(0, S0.wt), f1(1, S0.w), f1(2, S0.t), f1(3, B0.wt), f1(4, B0.w), f1(5, B0.t),
		f1(6, B1.wt), f1(7, B1.w), f1(8, B1.t), f1(9, B2.w), f1(10, B2.t),
		f1(11, S1.wt), f1(12, S1.w), f1(13, S1.t), f1(14, S2.t), f1(15, S2.w),
		// pairs
		f2(16, S0.wt, B0.wt), f2(17, S0.wt, B0.w), f2(18, S0.w, B0.wt), f2(19, S0.wt, B0.t),
		f2(20, S0.t, B0.wt), f2(21, S0.w, B0.w), f2(22, S0.t, B0.t), f2(23, B0.t, B1.t),
		f2(24, S1.t, S0.t), f2(25, S1.w, S0.w), f2(26, S1.wt, S0.t), f2(27, S1.t, S0.wt),
		f2(28, S1.t, B0.t), f2(29, S1.w, B0.w),
		// triples
		f3(30, B0.t, B1.t, B2.t), f3(31, S0.t, B0.t, B1.t), f3(32, S1.t, S0.t, B0.t),
		f3(33, S0.t, S0L.t, B0.t), f3(34, S0.t, S0R.t, B0.t), f3(35, S0.t, B0.t, B0L.t),
		f3(36, S2.t, S1.t, S0.t), f3(37, S1.t, S0.t, S0L.t), f3(38, S1.t, S0.t, S0R.t),
		f3(39, S1.t, S1R.t, S0.t), f3(40, S1.t, S1L.t, S0.t), f3(41, S0.w, B0.t, B1.t),
		f3(42, S0.t, B0.w, B1.t), f3(43, S1.t, S0.w, B0.t),
		// distance
		f2(44, S0.w, d), f2(45, S0.t, d), f2(46, B0.w, d), f2(47, B0.t, d),
		f3(48, S0.w, B0.w, d), f3(49, S0.t, B0.t, d), f3(50, S1.t, S0.t, d2), f3(51, S1.w, S0.w, d2),
		// valency
		f2(52, S0.w, st.nr[s0]), f2(53, S0.t, st.nr[s0]), f2(54, S0.w, st.nl[s0]), f2(55, S0.t, st.nl[s0]),
		f2(56, B0.w, st.nl[b0]), f2(57, B0.t, st.nl[b0]), f2(58, S1.t, st.nr[s1]), f2(59, S1.w, st.nr[s1]),
		// dependents
		f1(60, S0L.w), f1(61, S0L.t), f1(62, lab[s0l]), f1(63, S0R.w), f1(64, S0R.t), f1(65, lab[s0r]),
		f1(66, B0L.w), f1(67, B0L.t), f1(68, lab[b0l]), f1(69, S1R.w), f1(70, S1R.t), f1(71, lab[s1r]),
		f1(72, S1L.t), f1(73, lab[s1l]),
		// third order
		f1(74, S0L2.t), f1(75, lab[s0l2]), f1(76, S0R2.t), f1(77, lab[s0r2]), f1(78, B0L2.t), f1(79, lab[b0l2]),
		f3(80, S0.t, S0L.t, S0L2.t), f3(81, S0.t, S0R.t, S0R2.t), f3(82, B0.t, B0L.t, B0L2.t),
		f3(83, S1.t, S1R.t, S1R2.t), f2(84, S1R2.t, lab[s1r2]),
		f3(85, S0.t, lab[s0l], lab[s0l2]), f3(86, S0.t, lab[s0r], lab[s0r2]), f3(87, B0.t, lab[b0l], lab[b0l2]),
		// label sets
		f2(88, S0.w, st.rset[s0]), f2(89, S0.t, st.rset[s0]), f2(90, S0.w, st.lset[s0]), f2(91, S0.t, st.lset[s0]),
		f2(92, B0.w, st.lset[b0]), f2(93, B0.t, st.lset[b0]), f2(94, S1.t, st.rset[s1]),
		// clusters
		f1(95, S0.c), f1(96, B0.c), f1(97, B1.c), f1(98, S1.c), f2(99, S0.c, B0.c), f2(100, S0.c, B0.t),
		f2(101, S0.t, B0.c), f2(102, S1.c, S0.c), f2(103, S0.c6, B0.c6), f3(104, S0.c6, B0.t, B1.t),
		f2(105, S1.c6, S0.t), f2(106, S0R.c6, S0.t),
		// coarse tags
		f2(107, S0.u, B0.u), f3(108, S1.u, S0.u, B0.u), f3(109, S0.u, B0.u, B1.u),
	)
}

// atoms computes the atoms of the tokens given their tag classes, with ROOT and the null
// item at the end.
func (p *parser) atoms(toks []Token, tags []int, tg *tagger, A []patoms) {
	n := len(toks)
	for i := range toks {
		w := normWord(toks[i].Form)
		a := &A[i]
		a.w = hstr(w)
		a.t = uint64(tags[i])*0x9E3779B97F4A7C15 + 0x77
		a.wt = mix(a.w, a.t)
		a.u = hstr(tg.upos[tags[i]])
		_, a.c6, a.c = tg.clus.atoms(w)
	}
	A[n] = patoms{w: 0x1234567, t: 0x7654321, wt: 0x1726354, c: 0x2837465, c6: 0x3948576, u: 0x4a59687}
	A[n+1] = patoms{w: hashNone, t: hashNone, wt: hashNone, c: hashNone, c6: hashNone, u: hashNone}
}

// parseBuf is the scratch space of one parsing call.
type parseBuf struct {
	st     pstate
	A      []patoms
	feats  []uint64
	found  [][]entry
	scores []int32
}

// parse fills head (0 root, else 1-based) and rel ids for toks with tag classes tags.
func (p *parser) parse(toks []Token, tags []int, tg *tagger, b *parseBuf) {
	n := len(toks)
	b.A = slices.Grow(b.A[:0], n+2)[:n+2]
	p.atoms(toks, tags, tg, b.A)
	st := &b.st
	st.reset(n)
	nl := len(p.labels)
	if len(b.scores) < nAct+2*nl {
		b.scores = make([]int32, nAct+2*nl)
	}
	sc := b.scores[:nAct+2*nl]
	for !st.terminal() {
		b.feats = parseFeatures(b.feats[:0], st, b.A)
		b.found = b.found[:0]
		var as [nAct]int32
		for _, f := range b.feats {
			es := p.model.find(f)
			if len(es) == 0 {
				continue
			}
			b.found = append(b.found, es)
			for _, e := range es {
				if e.cls >= nAct {
					break
				}
				as[e.cls] += int32(e.w)
			}
		}
		best := -1
		for a := range nAct {
			if st.legal(a) && (best < 0 || as[a] > as[best]) {
				best = a
			}
		}
		l := 0
		switch {
		case best == actShift:
		case best == actLeft && st.b == st.n:
			l = p.root
		default:
			l = p.bestLabel(b.found, sc, best)
		}
		st.apply(best, l)
	}
	for i := range n {
		h := st.head[i]
		if h == st.n {
			toks[i].Head = 0
		} else {
			toks[i].Head = int(h) + 1
		}
		toks[i].Rel = p.labels[st.label[i]]
	}
}

// labelBase is the first class of the labels of action a.
func labelBase(a, nl int) int {
	if a == actLeft {
		return nAct
	}
	return nAct + nl
}

// bestLabel returns the best label for arc action a from the entries found.
func (p *parser) bestLabel(found [][]entry, sc []int32, a int) int {
	nl := len(p.labels)
	lo := labelBase(a, nl)
	hi := lo + nl
	clear(sc)
	for _, es := range found {
		for _, e := range es {
			if c := int(e.cls); c >= lo && c < hi {
				sc[c] += int32(e.w)
			}
		}
	}
	ok := p.rightOK
	if a == actLeft {
		ok = p.leftOK
	}
	best := -1
	for l := range nl {
		if ok[l] && l != p.root && (best < 0 || sc[lo+l] > sc[lo+best]) {
			best = l
		}
	}
	if best < 0 {
		best = 0
	}
	return best
}
