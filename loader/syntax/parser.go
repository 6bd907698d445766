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
	labels  []string // by label id
	root    int      // the id of "root"
	leftOK  []bool   // label id -> seen on a dependent left of its head
	rightOK []bool   // label id -> seen on a dependent right of its head
	model   *classifier
	// joint: the classes are labelled transitions (shift, left arc with label l at
	// nAct+l, right arc at nAct+nl+l), scored together; otherwise the transition is
	// chosen among classes 0..nAct-1 first, and then its label.
	joint bool
	// leftCls and rightCls are the classes of the labelled arcs bestTwo considers.
	leftCls, rightCls []uint16
	// beam is the width of the beam a joint parser decodes sentences of up to
	// maxBeamTokens with; under 2, greedy decoding with selectional branching.
	beam int
	// checkScores, when not nil, is called with every item's scores (for tests).
	checkScores func(st *pstate, sc *[256]int32)
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

// The items of a configuration the features look at.
const (
	iS0 = iota
	iS1
	iS2
	iB0
	iB1
	iB2
	iS0L
	iS0R
	iS0L2
	iS0R2
	iS1L
	iS1R
	iS1R2
	iB0L
	iB0L2
	nItems
)

// The atoms of an item.
const (
	aW = iota
	aT
	aWT
	aC
	aC6
	aU
	aLab
)

// unigrams are the features of one item's atom: template j looks at atom unigrams[j].atom
// of item unigrams[j].item. Their value depends only on the token the item is, so parse
// looks each (template, token) up once per sentence.
var unigrams = [...]struct{ item, atom uint8 }{
	{iS0, aWT}, {iS0, aW}, {iS0, aT}, {iS0, aC},
	{iB0, aWT}, {iB0, aW}, {iB0, aT}, {iB0, aC},
	{iB1, aWT}, {iB1, aW}, {iB1, aT}, {iB1, aC},
	{iB2, aW}, {iB2, aT},
	{iS1, aWT}, {iS1, aW}, {iS1, aT}, {iS1, aC},
	{iS2, aT}, {iS2, aW},
	{iS0L, aW}, {iS0L, aT}, {iS0L, aLab},
	{iS0R, aW}, {iS0R, aT}, {iS0R, aLab},
	{iB0L, aW}, {iB0L, aT}, {iB0L, aLab},
	{iS1R, aW}, {iS1R, aT}, {iS1R, aLab},
	{iS1L, aT}, {iS1L, aLab},
	{iS0L2, aT}, {iS0L2, aLab},
	{iS0R2, aT}, {iS0R2, aLab},
	{iB0L2, aT}, {iB0L2, aLab},
}

const nUnigrams = len(unigrams)

// items returns the token index of every item of st (the null item n+1 when absent).
func (st *pstate) items() [nItems]int32 {
	var it [nItems]int32
	none := st.n + 1
	it[iS0], it[iS1], it[iS2] = st.s(0), st.s(1), st.s(2)
	b0 := st.b
	it[iB0] = b0
	it[iB1], it[iB2] = b0+1, b0+2
	if it[iB1] > st.n {
		it[iB1] = none
	}
	if it[iB2] > st.n {
		it[iB2] = none
	}
	s0, s1 := it[iS0], it[iS1]
	it[iS0L], it[iS0R], it[iS0L2], it[iS0R2] = st.lc1[s0], st.rc1[s0], st.lc2[s0], st.rc2[s0]
	it[iS1L], it[iS1R], it[iS1R2] = st.lc1[s1], st.rc1[s1], st.rc2[s1]
	it[iB0L], it[iB0L2] = st.lc1[b0], st.lc2[b0]
	return it
}

// unigram returns the feature of unigram template j on token x.
func unigram(j int, x int32, st *pstate, A []patoms) uint64 {
	u := unigrams[j]
	a := &A[x]
	var v uint64
	switch u.atom {
	case aW:
		v = a.w
	case aT:
		v = a.t
	case aWT:
		v = a.wt
	case aC:
		v = a.c
	case aC6:
		v = a.c6
	case aU:
		v = a.u
	case aLab:
		v = st.lab[x]
	}
	return f1(j, v)
}

// parseFeatures appends the features of st to buf: the unigrams first (in the order of
// unigrams), then the others.
func parseFeatures(buf []uint64, st *pstate, A []patoms) []uint64 {
	it := st.items()
	for j := range nUnigrams {
		buf = append(buf, unigram(j, it[unigrams[j].item], st, A))
	}
	return appendPairs(buf, st, A, &it)
}

// appendPairs appends the features that combine several items or counts.
func appendPairs(buf []uint64, st *pstate, A []patoms, it *[nItems]int32) []uint64 {
	none := st.n + 1
	s0, s1, b0 := it[iS0], it[iS1], it[iB0]
	S0, S1, S2, B0, B1, B2 := &A[s0], &A[s1], &A[it[iS2]], &A[b0], &A[it[iB1]], &A[it[iB2]]
	s0l, s0r, s0l2, s0r2 := it[iS0L], it[iS0R], it[iS0L2], it[iS0R2]
	s1l, s1r, s1r2 := it[iS1L], it[iS1R], it[iS1R2]
	b0l, b0l2 := it[iB0L], it[iB0L2]
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
	const o = 100 // template numbers of these features start here
	buf = append(buf,
		// pairs
		f2(o+16, S0.wt, B0.wt), f2(o+17, S0.wt, B0.w), f2(o+18, S0.w, B0.wt), f2(o+19, S0.wt, B0.t),
		f2(o+20, S0.t, B0.wt), f2(o+21, S0.w, B0.w), f2(o+22, S0.t, B0.t), f2(o+23, B0.t, B1.t),
		f2(o+24, S1.t, S0.t), f2(o+25, S1.w, S0.w), f2(o+26, S1.wt, S0.t), f2(o+27, S1.t, S0.wt),
		f2(o+28, S1.t, B0.t), f2(o+29, S1.w, B0.w),
		// triples
		f3(o+30, B0.t, B1.t, B2.t), f3(o+31, S0.t, B0.t, B1.t), f3(o+32, S1.t, S0.t, B0.t),
		f3(o+33, S0.t, S0L.t, B0.t), f3(o+34, S0.t, S0R.t, B0.t), f3(o+35, S0.t, B0.t, B0L.t),
		f3(o+36, S2.t, S1.t, S0.t), f3(o+37, S1.t, S0.t, S0L.t), f3(o+38, S1.t, S0.t, S0R.t),
		f3(o+39, S1.t, S1R.t, S0.t), f3(o+40, S1.t, S1L.t, S0.t), f3(o+41, S0.w, B0.t, B1.t),
		f3(o+42, S0.t, B0.w, B1.t), f3(o+43, S1.t, S0.w, B0.t),
		// distance
		f2(o+44, S0.w, d), f2(o+45, S0.t, d), f2(o+46, B0.w, d), f2(o+47, B0.t, d),
		f3(o+48, S0.w, B0.w, d), f3(o+49, S0.t, B0.t, d), f3(o+50, S1.t, S0.t, d2), f3(o+51, S1.w, S0.w, d2),
		// valency
		f2(o+52, S0.w, st.nr[s0]), f2(o+53, S0.t, st.nr[s0]), f2(o+54, S0.w, st.nl[s0]), f2(o+55, S0.t, st.nl[s0]),
		f2(o+56, B0.w, st.nl[b0]), f2(o+57, B0.t, st.nl[b0]), f2(o+58, S1.t, st.nr[s1]), f2(o+59, S1.w, st.nr[s1]),
		// third order
		f3(o+80, S0.t, S0L.t, S0L2.t), f3(o+81, S0.t, S0R.t, S0R2.t), f3(o+82, B0.t, B0L.t, B0L2.t),
		f3(o+83, S1.t, S1R.t, S1R2.t), f2(o+84, S1R2.t, lab[s1r2]),
		f3(o+85, S0.t, lab[s0l], lab[s0l2]), f3(o+86, S0.t, lab[s0r], lab[s0r2]), f3(o+87, B0.t, lab[b0l], lab[b0l2]),
		// label sets
		f2(o+88, S0.w, st.rset[s0]), f2(o+89, S0.t, st.rset[s0]), f2(o+90, S0.w, st.lset[s0]), f2(o+91, S0.t, st.lset[s0]),
		f2(o+92, B0.w, st.lset[b0]), f2(o+93, B0.t, st.lset[b0]), f2(o+94, S1.t, st.rset[s1]),
		// clusters
		f2(o+99, S0.c, B0.c), f2(o+100, S0.c, B0.t),
		f2(o+101, S0.t, B0.c), f2(o+102, S1.c, S0.c), f2(o+103, S0.c6, B0.c6), f3(o+104, S0.c6, B0.t, B1.t),
		f2(o+105, S1.c6, S0.t), f2(o+106, S0R.c6, S0.t),
		// coarse tags
		f2(o+107, S0.u, B0.u), f3(o+108, S1.u, S0.u, B0.u), f3(o+109, S0.u, B0.u, B1.u),
	)
	return buf
}

// The features of appendPairs split for parse, which sums the weights of the features
// that read only one of the items S0, S1 and B0 and what hangs from it or lies under
// it on the stack (groupPairs) with the unigrams of the item, and keeps the sum for as
// long as what they read stays the same; crossPairs are the others. The features of S0
// and of B0 are summed in two vectors each: those that read the token (and for S0 the
// stack under it, which stays as it is while S0 is the top) with its unigrams, and those
// that read its dependents (vS0D, vB0D), which change more often.

// The vectors of features parse keeps sums of: one for each item with unigrams, and
// the dependents of S0 and of B0.
const (
	vS0D = nItems + iota
	vB0D
	nVecs
)

// vecItem is the item whose token a vector's features read.
func vecItem(v int) int {
	switch v {
	case vS0D:
		return iS0
	case vB0D:
		return iB0
	}
	return v
}

// depSig is what the group features of vector v on token x read of the configuration,
// besides the atoms of x and of the tokens after it: the dependents of x, and for S0 the
// tokens under it on the stack (zero where v does not read them).
type depSig struct {
	nl, nr, lset, rset uint64
	lc1, lc2, rc1, rc2 int32
	l1, l2, r1, r2     int16
	s1, s2, s1l, s1r   int32
}

// sig returns what the group features of vector v on token x read.
func (st *pstate) sig(v int, x int32, it *[nItems]int32) depSig {
	var s depSig
	switch v {
	case iS0:
		s.s1, s.s2, s.s1l, s.s1r = it[iS1], it[iS2], it[iS1L], it[iS1R]
		return s
	case vS0D:
		s.s1 = it[iS1]
	case iS1, vB0D:
	default:
		return s
	}
	lc1, lc2, rc1, rc2 := st.lc1[x], st.lc2[x], st.rc1[x], st.rc2[x]
	s.nl, s.nr, s.lset, s.rset = st.nl[x], st.nr[x], st.lset[x], st.rset[x]
	s.lc1, s.lc2, s.rc1, s.rc2 = lc1, lc2, rc1, rc2
	s.l1, s.l2, s.r1, s.r2 = st.label[lc1], st.label[lc2], st.label[rc1], st.label[rc2]
	return s
}

// vecGroup says which vectors have group features that read more than their token.
var vecGroup = [nVecs]bool{iS0: true, iS1: true, vS0D: true, vB0D: true}

// vecFeatures appends the features of vector v when its item is token x: the item's
// unigrams, then its group features.
func vecFeatures(buf []uint64, v int, x int32, st *pstate, A []patoms, it *[nItems]int32) []uint64 {
	if v < nItems {
		for _, j := range itemUnigrams[v] {
			buf = append(buf, unigram(j, x, st, A))
		}
	}
	if v == iB0 {
		b1, b2 := st.after(x)
		for _, j := range itemUnigrams[iB1] {
			buf = append(buf, unigram(j, b1, st, A))
		}
		for _, j := range itemUnigrams[iB2] {
			buf = append(buf, unigram(j, b2, st, A))
		}
	}
	return groupPairs(buf, v, x, st, A, it)
}

// after returns the two items after x in the buffer, or the null item.
func (st *pstate) after(x int32) (b1, b2 int32) {
	none := st.n + 1
	b1, b2 = x+1, x+2
	if b1 > st.n {
		b1 = none
	}
	if b2 > st.n {
		b2 = none
	}
	return b1, b2
}

// groupPairs appends the features of appendPairs that vector v reads when its item is
// token x (none for the vectors of items without group features).
func groupPairs(buf []uint64, v int, x int32, st *pstate, A []patoms, it *[nItems]int32) []uint64 {
	const o = 100
	X := &A[x]
	lab := st.lab
	switch v {
	case iS0:
		none := st.n + 1
		s1 := it[iS1]
		S1, S2, S1L, S1R := &A[s1], &A[it[iS2]], &A[it[iS1L]], &A[it[iS1R]]
		var d2 uint64
		if x != none && s1 != none {
			d2 = bucket(x - s1)
		}
		return append(buf,
			f2(o+24, S1.t, X.t), f2(o+25, S1.w, X.w), f2(o+26, S1.wt, X.t), f2(o+27, S1.t, X.wt),
			f3(o+36, S2.t, S1.t, X.t),
			f3(o+39, S1.t, S1R.t, X.t), f3(o+40, S1.t, S1L.t, X.t),
			f3(o+50, S1.t, X.t, d2), f3(o+51, S1.w, X.w, d2),
			f2(o+102, S1.c, X.c), f2(o+105, S1.c6, X.t),
		)
	case vS0D:
		l, l2, rr, r2 := st.lc1[x], st.lc2[x], st.rc1[x], st.rc2[x]
		S1 := &A[it[iS1]]
		return append(buf,
			f2(o+52, X.w, st.nr[x]), f2(o+53, X.t, st.nr[x]), f2(o+54, X.w, st.nl[x]), f2(o+55, X.t, st.nl[x]),
			f3(o+80, X.t, A[l].t, A[l2].t), f3(o+81, X.t, A[rr].t, A[r2].t),
			f3(o+85, X.t, lab[l], lab[l2]), f3(o+86, X.t, lab[rr], lab[r2]),
			f2(o+88, X.w, st.rset[x]), f2(o+89, X.t, st.rset[x]), f2(o+90, X.w, st.lset[x]), f2(o+91, X.t, st.lset[x]),
			f2(o+106, A[rr].c6, X.t),
			f3(o+37, S1.t, X.t, A[l].t), f3(o+38, S1.t, X.t, A[rr].t),
		)
	case iB0:
		b1, b2 := st.after(x)
		return append(buf, f2(o+23, X.t, A[b1].t), f3(o+30, X.t, A[b1].t, A[b2].t))
	case vB0D:
		l, l2 := st.lc1[x], st.lc2[x]
		return append(buf,
			f2(o+56, X.w, st.nl[x]), f2(o+57, X.t, st.nl[x]),
			f3(o+82, X.t, A[l].t, A[l2].t), f3(o+87, X.t, lab[l], lab[l2]),
			f2(o+92, X.w, st.lset[x]), f2(o+93, X.t, st.lset[x]),
		)
	case iS1:
		rr, r2 := st.rc1[x], st.rc2[x]
		return append(buf,
			f2(o+58, X.t, st.nr[x]), f2(o+59, X.w, st.nr[x]),
			f3(o+83, X.t, A[rr].t, A[r2].t), f2(o+84, A[r2].t, lab[r2]),
			f2(o+94, X.t, st.rset[x]),
		)
	}
	return buf
}

// crossPairs appends the features of appendPairs that groupPairs does not.
func crossPairs(buf []uint64, st *pstate, A []patoms, it *[nItems]int32) []uint64 {
	none := st.n + 1
	s0, s1, b0 := it[iS0], it[iS1], it[iB0]
	S0, S1, B0, B1 := &A[s0], &A[s1], &A[b0], &A[it[iB1]]
	S0L, S0R, B0L := &A[it[iS0L]], &A[it[iS0R]], &A[it[iB0L]]
	var d uint64
	if s0 != none {
		d = bucket(b0 - s0)
	}
	const o = 100
	buf = append(buf,
		f2(o+16, S0.wt, B0.wt), f2(o+17, S0.wt, B0.w), f2(o+18, S0.w, B0.wt), f2(o+19, S0.wt, B0.t),
		f2(o+20, S0.t, B0.wt), f2(o+21, S0.w, B0.w), f2(o+22, S0.t, B0.t),
		f2(o+28, S1.t, B0.t), f2(o+29, S1.w, B0.w),
		f3(o+31, S0.t, B0.t, B1.t), f3(o+32, S1.t, S0.t, B0.t),
		f3(o+33, S0.t, S0L.t, B0.t), f3(o+34, S0.t, S0R.t, B0.t), f3(o+35, S0.t, B0.t, B0L.t),
		f3(o+41, S0.w, B0.t, B1.t),
		f3(o+42, S0.t, B0.w, B1.t), f3(o+43, S1.t, S0.w, B0.t),
		f2(o+44, S0.w, d), f2(o+45, S0.t, d), f2(o+46, B0.w, d), f2(o+47, B0.t, d),
		f3(o+48, S0.w, B0.w, d), f3(o+49, S0.t, B0.t, d),
		f2(o+99, S0.c, B0.c), f2(o+100, S0.c, B0.t),
		f2(o+101, S0.t, B0.c), f2(o+103, S0.c6, B0.c6), f3(o+104, S0.c6, B0.t, B1.t),
		f2(o+107, S0.u, B0.u), f3(o+108, S1.u, S0.u, B0.u), f3(o+109, S0.u, B0.u, B1.u),
	)
	return buf
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
	edgeAtoms(A, n)
}

// atomsTagged is atoms from the tagger's atoms of the same tokens, which hold the hash
// of the word and its clusters already.
func (p *parser) atomsTagged(at []tagAtoms, tags []int, tg *tagger, A []patoms) {
	n := len(at)
	for i := range at {
		a := &A[i]
		a.w = at[i].w
		a.t = uint64(tags[i])*0x9E3779B97F4A7C15 + 0x77
		a.wt = mix(a.w, a.t)
		a.u = tg.uposHash[tags[i]]
		a.c6, a.c = at[i].cm, at[i].cf
	}
	edgeAtoms(A, n)
}

// edgeAtoms sets the atoms of ROOT and of the null item after n tokens.
func edgeAtoms(A []patoms, n int) {
	A[n] = patoms{w: 0x1234567, t: 0x7654321, wt: 0x1726354, c: 0x2837465, c6: 0x3948576, u: 0x4a59687}
	A[n+1] = patoms{w: hashNone, t: hashNone, wt: hashNone, c: hashNone, c6: hashNone, u: hashNone}
}

// parseBuf is the scratch space of one parsing call.
type parseBuf struct {
	st    pstate
	g     pstate // the greedy parse, beside a branch
	A     []patoms
	feats []uint64
	found []uint32 // rows of the features of one transition (factored parser)
	sc    [256]int32
	tmp   [256]int32
	memo  []uint32 // unigram template j on token x at j*(n+2)+x: 1 + its row; 0 until looked up
	rvec  []int32  // summed weights of the features of vector v on token x, at (v*(n+2)+x)*nclass
	rdone []bool   // whether rvec of (v, x) is computed, at v*(n+2)+x
	rlab  []int16  // the label of x when rvec of (v, x) was computed
	rsig  []depSig // for vectors with group features, what they read when rvec was computed
	// the transitions of the greedy parse and their runners-up, of the best sequence so
	// far, of a branch, and the branch points
	path, alts, best, other, spare []move
	cands                          []int32
	steps                          int // transitions of the last parse, each of constant cost
	greedy                         int // those of its greedy pass: 2n
	beam                           beamBuf
}

// itemUnigrams lists the unigram templates of each item, and unigramItems the items
// that have some.
var itemUnigrams = func() (t [nItems][]int) {
	for j, u := range unigrams {
		t[u.item] = append(t[u.item], j)
	}
	return t
}()

var unigramItems = func() (r []int) {
	for i, t := range itemUnigrams {
		if len(t) > 0 {
			r = append(r, i)
		}
	}
	return r
}()

// vecs lists the vectors parse keeps sums of: those of the items with unigrams but B1
// and B2, whose unigrams are in the vector of B0 (they are the two tokens after it),
// then the dependents of S0 and of B0.
var vecs = func() (v []int) {
	for _, r := range unigramItems {
		if r != iB1 && r != iB2 {
			v = append(v, r)
		}
	}
	return append(v, vS0D, vB0D)
}()

// maxVecTokens is the longest sentence whose unigram weights parse sums per item and
// token (15 vectors of all classes per token: 6 KB); longer ones look each unigram up
// once per token instead.
const maxVecTokens = 512

// parse fills head (0 root, else 1-based) and rel ids for toks with tag classes tags;
// at, when not nil, holds the tagger's atoms of toks.
func (p *parser) parse(toks []Token, tags []int, tg *tagger, at []tagAtoms, b *parseBuf) {
	n := len(toks)
	b.A = slices.Grow(b.A[:0], n+2)[:n+2]
	if len(at) == n {
		p.atomsTagged(at, tags, tg, b.A)
	} else {
		p.atoms(toks, tags, tg, b.A)
	}
	st := &b.st
	st.reset(n)
	b.steps, b.greedy = 0, -1
	c := p.model
	nc := c.nclass
	sc := &b.sc
	if p.joint && n <= maxVecTokens {
		m := int(nVecs) * (n + 2)
		b.rdone = slices.Grow(b.rdone[:0], m)[:m]
		clear(b.rdone)
		b.rlab = slices.Grow(b.rlab[:0], m)[:m]
		b.rsig = slices.Grow(b.rsig[:0], m)[:m]
		b.rvec = slices.Grow(b.rvec[:0], m*nc)[:m*nc]
		if p.beam >= 2 && n <= maxBeamTokens {
			p.beamParse(n, min(p.beam, maxBeam), b)
		} else {
			p.branch(n, b)
		}
	} else if p.joint {
		m := nUnigrams * (n + 2)
		b.memo = slices.Grow(b.memo[:0], m)[:m]
		clear(b.memo)
		for !st.terminal() {
			clear(sc[:nc])
			it := st.items()
			for j := range nUnigrams {
				x := it[unigrams[j].item]
				k := j*(n+2) + int(x)
				if b.memo[k] == 0 {
					b.memo[k] = 1 + c.lookup(key32(unigram(j, x, st, b.A)))
				}
				c.addRow(b.memo[k]-1, sc)
			}
			b.feats = appendPairs(b.feats[:0], st, b.A, &it)
			c.score(b.feats, sc)
			m, _ := p.bestTwo(st, sc[:nc])
			st.apply(int(m.a), int(m.l))
			b.steps++
		}
	}
	for !st.terminal() {
		b.feats = parseFeatures(b.feats[:0], st, b.A)
		b.found = b.found[:0]
		var as [nAct]int32
		for _, f := range b.feats {
			off := c.lookup(key32(f))
			if off == 0 {
				continue
			}
			b.found = append(b.found, off)
			es, sh := c.row(off)
			for i := 0; i < len(es); i += 2 {
				if es[i] >= nAct {
					break
				}
				as[es[i]] += int32(int8(es[i+1])) << sh
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
		b.steps++
	}
	if b.greedy < 0 {
		b.greedy = b.steps
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

// A parse of at most maxVecTokens tokens is greedy, then tries again from the
// transitions whose runner-up scored less than branchMargin under them, taking the
// runner-up there (the fewest first, at most branches-1 of them), and keeps the sequence
// of transitions whose scores add up to the most: the selectional branching of Choi and
// McCallum (2013). On EWT dev (branches, margin) = (2, 2000) makes 18% more transitions
// than greedy parsing and scores +0.33 UAS and LAS; (3, 4000) 41% and +0.5; (8, 8000)
// +0.9.
const (
	branches     = 2
	branchMargin = 2000
)

// move is a labelled transition, the class it scores as, and its score.
type move struct {
	a, l int16
	cls  int16
	s    int32
}

// branch parses b.st from the start with selectional branching.
func (p *parser) branch(n int, b *parseBuf) {
	st := &b.st
	b.path, b.alts = p.run(n, b, b.path[:0], b.alts[:0])
	b.greedy = b.steps
	if branches <= 1 {
		return
	}
	var total int64
	for _, m := range b.path {
		total += int64(m.s)
	}
	// The branch points: the smallest margins under branchMargin.
	b.cands = b.cands[:0]
	for t, alt := range b.alts {
		if alt.a >= 0 && b.path[t].s-alt.s < branchMargin {
			b.cands = append(b.cands, int32(t))
		}
	}
	slices.SortStableFunc(b.cands, func(x, y int32) int {
		return int((b.path[x].s - b.alts[x].s) - (b.path[y].s - b.alts[y].s))
	})
	b.cands = b.cands[:min(len(b.cands), branches-1)]
	b.best = append(b.best[:0], b.path...)
	best := total
	g := &b.g
	for _, t := range b.cands {
		st.reset(n)
		g.reset(n)
		var sum int64
		for _, m := range b.path[:t+1] {
			g.apply(int(m.a), int(m.l))
		}
		for _, m := range b.path[:t] {
			st.apply(int(m.a), int(m.l))
			sum += int64(m.s)
		}
		alt := b.alts[t]
		st.apply(int(alt.a), int(alt.l))
		sum += int64(alt.s)
		b.steps++
		b.other = append(append(b.other[:0], b.path[:t]...), alt)
		var j int
		b.other, b.spare, j = p.runSync(n, b, b.other, b.spare[:0], g, b.path)
		for _, m := range b.other[t+1:] {
			sum += int64(m.s)
		}
		// From step j on, the branch is in the state of the greedy parse: it would go on
		// as that did.
		b.other = append(b.other, b.path[j:]...)
		for _, m := range b.path[j:] {
			sum += int64(m.s)
		}
		if sum > best {
			best = sum
			b.best = append(b.best[:0], b.other...)
		}
	}
	st.reset(n)
	for _, m := range b.best {
		st.apply(int(m.a), int(m.l))
	}
}

// run parses b.st greedily to its end, appending each transition to path and its
// runner-up (a < 0 when there is none) to alts.
func (p *parser) run(n int, b *parseBuf, path, alts []move) ([]move, []move) {
	path, alts, _ = p.runSync(n, b, path, alts, nil, nil)
	return path, alts
}

// runSync is run for a branch: g is the greedy parse at the same step as b.st, and goes
// on with the transitions of greedy. When b.st comes to a configuration of g, from
// which it would go on as greedy did, runSync stops and returns its step (len(greedy)
// when it parses to the end).
func (p *parser) runSync(n int, b *parseBuf, path, alts []move, g *pstate, greedy []move) ([]move, []move, int) {
	st := &b.st
	c := p.model
	nc := c.nclass
	sc := &b.sc
	budget := 8 * (n + 1) // items compared, so that a branch stays linear
	for !st.terminal() {
		if g != nil && budget > 0 {
			if same, k := st.same(g); same {
				return path, alts, len(path)
			} else {
				budget -= k
			}
		}
		clear(sc[:nc])
		it := st.items()
		// The features whose rows are read: the unigrams of the items whose sums are not
		// known yet, then the others, looked up together.
		var pend [nVecs]uint8
		var nf [nVecs]uint8 // the features of each pending vector
		np := 0
		b.feats = b.feats[:0]
		for _, v := range vecs {
			x := it[vecItem(v)]
			k := v*(n+2) + int(x)
			var ok bool
			if vecGroup[v] {
				sig := st.sig(v, x, &it)
				ok = b.rdone[k] && b.rsig[k] == sig
				b.rsig[k] = sig
			} else {
				ok = b.rdone[k] && (!itemLab[v] || b.rlab[k] == st.label[x])
			}
			if !ok {
				f0 := len(b.feats)
				b.feats = vecFeatures(b.feats, v, x, st, b.A, &it)
				pend[np], nf[np] = uint8(v), uint8(len(b.feats)-f0)
				np++
			}
		}
		nu := len(b.feats)
		b.feats = crossPairs(b.feats, st, b.A, &it)
		b.found = slices.Grow(b.found[:0], len(b.feats))[:len(b.feats)]
		c.lookupAll(b.feats, b.found, sc)
		u := 0
		for i, v := range pend[:np] {
			x := it[vecItem(int(v))]
			k := int(v)*(n+2) + int(x)
			clear(b.tmp[:nc])
			for _, off := range b.found[u : u+int(nf[i])] {
				c.addRow(off, &b.tmp)
			}
			u += int(nf[i])
			copy(b.rvec[k*nc:(k+1)*nc], b.tmp[:nc])
			b.rdone[k], b.rlab[k] = true, st.label[x]
		}
		// Only the scores of legal transitions are read: with fewer than two items on
		// the stack no right arc is, and with none only shift is. The classes of a row
		// are in increasing order, shift first and the right arcs last.
		lim := nc
		if !c.unsorted {
			if len(st.stack) == 0 {
				lim = actShift + 1
			} else if len(st.stack) == 1 {
				lim = labelBase(actRight, len(p.labels))
			}
		}
		for _, v := range vecs {
			k := v*(n+2) + int(it[vecItem(v)])
			addVec(sc, b.rvec[k*nc:k*nc+lim])
		}
		c.addRows(b.found[nu:], sc, lim, nc)
		m, alt := p.bestTwo(st, sc[:nc])
		st.apply(int(m.a), int(m.l))
		if g != nil && len(path) < len(greedy) {
			gm := greedy[len(path)]
			g.apply(int(gm.a), int(gm.l))
		}
		path, alts = append(path, m), append(alts, alt)
		b.steps++
	}
	return path, alts, len(path)
}

// same reports whether st and g are configurations that parse on alike: the same stack
// and buffer, and the same dependents, with the same labels, of every token on the stack
// and of the first of the buffer (the only tokens with dependents, and all that features
// see). It also returns the number of items it compared.
func (st *pstate) same(g *pstate) (bool, int) {
	if st.b != g.b || len(st.stack) != len(g.stack) {
		return false, 1
	}
	k := 1
	for i := len(st.stack); i >= 0; i-- {
		x := st.b
		if i < len(st.stack) {
			x = st.stack[i]
			if x != g.stack[i] {
				return false, k
			}
		}
		k++
		if st.nl[x] != g.nl[x] || st.nr[x] != g.nr[x] || st.lset[x] != g.lset[x] || st.rset[x] != g.rset[x] ||
			st.lc1[x] != g.lc1[x] || st.lc2[x] != g.lc2[x] || st.rc1[x] != g.rc1[x] || st.rc2[x] != g.rc2[x] {
			return false, k
		}
		for _, c := range [...]int32{st.lc1[x], st.lc2[x], st.rc1[x], st.rc2[x]} {
			if st.label[c] != g.label[c] {
				return false, k
			}
		}
	}
	return true, k
}

// itemLab says which items have a unigram of their label, which another branch of the
// same parse may have given another value.
var itemLab = func() (t [nItems]bool) {
	for _, u := range unigrams {
		if u.atom == aLab {
			t[u.item] = true
		}
	}
	return t
}()

// addVec adds v to the first len(v) scores, four at a time.
func addVec(sc *[256]int32, v []int32) {
	d := sc[:len(v)]
	i := 0
	for ; i+4 <= len(v); i += 4 {
		w, e := v[i:i+4:i+4], d[i:i+4:i+4]
		e[0] += w[0]
		e[1] += w[1]
		e[2] += w[2]
		e[3] += w[3]
	}
	for ; i < len(v); i++ {
		d[i] += v[i]
	}
}

// bestTwo returns the best legal labelled transition given the scores of all classes,
// and the runner-up (a < 0 when there is none); ties go to shift, then left, then right
// arcs, then to the first label.
func (p *parser) bestTwo(st *pstate, sc []int32) (move, move) {
	b1, b2 := move{a: -1}, move{a: -1}
	try := func(a, c int) {
		v := sc[c]
		if b1.a < 0 || v > b1.s {
			b2, b1 = b1, move{a: int16(a), cls: int16(c), s: v}
		} else if b2.a < 0 || v > b2.s {
			b2 = move{a: int16(a), cls: int16(c), s: v}
		}
	}
	if st.legal(actShift) {
		try(actShift, actShift)
	}
	if st.legal(actLeft) {
		if st.b == st.n {
			try(actLeft, nAct+p.root)
		} else {
			for _, c := range p.leftCls {
				try(actLeft, int(c))
			}
		}
	}
	if st.legal(actRight) {
		for _, c := range p.rightCls {
			try(actRight, int(c))
		}
	}
	if b1.a < 0 { // no label is legal in that direction: cannot happen with a trained model
		for a := range nAct {
			if st.legal(a) {
				return move{a: int16(a), l: int16(p.root)}, move{a: -1}
			}
		}
	}
	nl := len(p.labels)
	for _, m := range []*move{&b1, &b2} {
		if m.a > actShift {
			m.l = m.cls - int16(labelBase(int(m.a), nl))
		}
	}
	return b1, b2
}

// prepare lists the classes bestTwo considers: the labels seen in each direction but
// root, in the order of the labels.
func (p *parser) prepare() {
	p.leftCls, p.rightCls = nil, nil
	nl := len(p.labels)
	for l := range nl {
		if l == p.root {
			continue
		}
		if p.leftOK[l] {
			p.leftCls = append(p.leftCls, uint16(labelBase(actLeft, nl)+l))
		}
		if p.rightOK[l] {
			p.rightCls = append(p.rightCls, uint16(labelBase(actRight, nl)+l))
		}
	}
}

// labelBase is the first class of the labels of action a.
func labelBase(a, nl int) int {
	if a == actLeft {
		return nAct
	}
	return nAct + nl
}

// bestLabel returns the best label for arc action a from the rows found.
func (p *parser) bestLabel(found []uint32, sc *[256]int32, a int) int {
	nl := len(p.labels)
	lo := labelBase(a, nl)
	hi := lo + nl
	clear(sc[:])
	for _, off := range found {
		es, sh := p.model.row(off)
		for i := 0; i < len(es); i += 2 {
			if c := int(es[i]); c >= lo && c < hi {
				sc[c] += int32(int8(es[i+1])) << sh
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
