package syntax

import (
	"slices"
)

// This file holds beam-search decoding: the k best sequences of labelled transitions by
// the sum of their scores are kept at every step (all sequences of a sentence have 2n
// transitions, so the items of a beam compare fairly), and the best one at the end is
// the parse. A model trained globally (TrainOptions.Beam) is decoded with the beam it was
// trained with; any model can be decoded with another (Model.WithBeam).

// beamMargin is how far under the best item of a step, in the units of which the
// largest weight is 32000, an item of the beam may score and stay.
var beamMargin int64 = 48000

// maxBeam is the widest beam decoding keeps.
const maxBeam = 16

// maxBeamTokens is the longest sentence parsed with the beam; longer ones are parsed
// greedily (the beam's summed weights take k times the memory of greedy decoding's).
const maxBeamTokens = 256

// beamItem is one configuration of a beam and the sum of the scores of the transitions
// that made it.
type beamItem struct {
	st    pstate
	score int64
}

// beamCand is a transition from beam item parent, and the score of the sequence it
// ends.
type beamCand struct {
	total  int64
	parent int32
	m      move
}

// topKSlot makes room for a candidate of score t in cs, kept in decreasing order of
// total and at most k long: it returns the index to write the candidate at (after
// those of equal score, the last one dropped when cs is full) and the slice, or -1 when
// t does not make the k best. Decoding and training share it.
func topKSlot[C any, T int64 | float64](cs []C, k int, t T, total func(*C) T) (int, []C) {
	if len(cs) == k && t <= total(&cs[k-1]) {
		return -1, cs
	}
	j := len(cs)
	if j < k {
		var zero C
		cs = append(cs, zero)
	} else {
		j = k - 1
	}
	for j > 0 && total(&cs[j-1]) < t {
		cs[j] = cs[j-1]
		j--
	}
	return j, cs
}

// copyFrom makes st a copy of o.
func (st *pstate) copyFrom(o *pstate) {
	st.n, st.b = o.n, o.b
	st.stack = append(st.stack[:0], o.stack...)
	st.head = append(st.head[:0], o.head...)
	st.label = append(st.label[:0], o.label...)
	st.lc1 = append(st.lc1[:0], o.lc1...)
	st.lc2 = append(st.lc2[:0], o.lc2...)
	st.rc1 = append(st.rc1[:0], o.rc1...)
	st.rc2 = append(st.rc2[:0], o.rc2...)
	st.nl = append(st.nl[:0], o.nl...)
	st.nr = append(st.nr[:0], o.nr...)
	st.lset = append(st.lset[:0], o.lset...)
	st.rset = append(st.rset[:0], o.rset...)
	st.lab = append(st.lab[:0], o.lab...)
}

// beamBuf is the scratch space of beam decoding, kept in parseBuf.
type beamBuf struct {
	items, next []beamItem
	cands       []beamCand
	ways        int
	// The summed weights of vector v on token x, in ways slots: slot (v*(n+2)+x)*ways+w.
	rvec  []int32
	rdone []bool
	rlab  []int16
	rsig  []depSig
	rnext []uint8 // the way to fill next, per (v, x)
	cross []crossMemo
}

// crossMemo is the summed weights of the cross features of one configuration of a step,
// which other items of the beam with the same items S0, S1, B0 and dependents reuse.
type crossMemo struct {
	key [7]int32
	sc  [256]int32
	lim int
}

// beamParse parses b.st from the start with a beam of width k.
func (p *parser) beamParse(n, k int, b *parseBuf) {
	bb := &b.beam
	c := p.model
	nc := c.nclass
	ways := k
	bb.ways = ways
	m := int(nVecs) * (n + 2)
	grow := func() {
		bb.rdone = slices.Grow(bb.rdone[:0], m*ways)[:m*ways]
		clear(bb.rdone)
		bb.rlab = slices.Grow(bb.rlab[:0], m*ways)[:m*ways]
		bb.rsig = slices.Grow(bb.rsig[:0], m*ways)[:m*ways]
		bb.rvec = slices.Grow(bb.rvec[:0], m*ways*nc)[:m*ways*nc]
		bb.rnext = slices.Grow(bb.rnext[:0], m)[:m]
		clear(bb.rnext)
	}
	grow()
	for len(bb.items) < k {
		bb.items = append(bb.items, beamItem{})
	}
	for len(bb.next) < k {
		bb.next = append(bb.next, beamItem{})
	}
	if cap(bb.cross) < k {
		bb.cross = make([]crossMemo, 0, k)
	}
	items := bb.items[:1]
	items[0].st.reset(n)
	items[0].score = 0
	for !items[0].st.terminal() {
		bb.cands = bb.cands[:0]
		bb.cross = bb.cross[:0]
		for i := range items {
			sc := &b.sc
			p.beamScore(&items[i].st, n, b, sc)
			if p.checkScores != nil {
				p.checkScores(&items[i].st, sc)
			}
			p.expand(&items[i].st, int32(i), items[i].score, sc, k, bb)
		}
		// Items too far under the best are dropped: they seldom come back.
		for len(bb.cands) > 1 && bb.cands[len(bb.cands)-1].total < bb.cands[0].total-beamMargin {
			bb.cands = bb.cands[:len(bb.cands)-1]
		}
		next := bb.next[:len(bb.cands)]
		var kids [maxBeam]uint8
		for _, cd := range bb.cands {
			kids[cd.parent]++
		}
		for j, cd := range bb.cands {
			// The last child of an item takes its configuration, the others a copy.
			if kids[cd.parent]--; kids[cd.parent] == 0 {
				next[j].st, items[cd.parent].st = items[cd.parent].st, next[j].st
			} else {
				next[j].st.copyFrom(&items[cd.parent].st)
			}
			next[j].st.apply(int(cd.m.a), int(cd.m.l))
			next[j].score = cd.total
		}
		b.steps += len(items)
		bb.items, bb.next = bb.next, bb.items
		items = bb.items[:len(next)]
	}
	b.st.copyFrom(&items[0].st)
}

// expand offers the legal transitions of st, with scores sc, to the k best candidates of
// the step in bb.cands (kept in decreasing order of score; an equal score does not
// displace an earlier candidate): a shift and the best-scoring label of each arc, so
// that the items of a beam differ in structure, not in labels alone (on EWT dev, with a
// model trained with a beam of 4 over every labelled arc, this scores +0.09 UAS and
// +0.12 LAS over a beam of every labelled arc).
func (p *parser) expand(st *pstate, parent int32, base int64, sc *[256]int32, k int, bb *beamBuf) {
	nl := len(p.labels)
	try := func(a, cls int) {
		if cls < 0 {
			return
		}
		t := base + int64(sc[cls])
		j, cs := topKSlot(bb.cands, k, t, func(c *beamCand) int64 { return c.total })
		if j < 0 {
			return
		}
		m := move{a: int16(a), cls: int16(cls), s: sc[cls]}
		if a > actShift {
			m.l = int16(cls - labelBase(a, nl))
		}
		cs[j] = beamCand{total: t, parent: parent, m: m}
		bb.cands = cs
	}
	if st.legal(actShift) {
		try(actShift, actShift)
	}
	if st.legal(actLeft) {
		if st.b == st.n {
			try(actLeft, nAct+p.root)
		} else {
			try(actLeft, bestClass(p.leftCls, sc[:]))
		}
	}
	if st.legal(actRight) {
		try(actRight, bestClass(p.rightCls, sc[:]))
	}
}

// bestClass returns the class of cls that scores most (the first of equals), or -1
// when cls is empty.
func bestClass[S int32 | float32](cls []uint16, sc []S) int {
	if len(cls) == 0 {
		return -1
	}
	b := int(cls[0])
	for _, c := range cls[1:] {
		if sc[c] > sc[b] {
			b = int(c)
		}
	}
	return b
}

// beamScore sets sc to the scores of the classes of st (those of legal transitions at
// least), with the summed weights of the vectors kept in b.beam's ways.
func (p *parser) beamScore(st *pstate, n int, b *parseBuf, sc *[256]int32) {
	bb := &b.beam
	c := p.model
	nc := c.nclass
	ways := bb.ways
	clear(sc[:nc])
	it := st.items()
	var pend [nVecs]uint8
	var nf [nVecs]uint8
	var slot [nVecs]int32 // the slot of each vector's sum
	np := 0
	b.feats = b.feats[:0]
	for _, v := range vecs {
		x := it[vecItem(v)]
		base := (v*(n+2) + int(x)) * ways
		var sig depSig
		if vecGroup[v] {
			sig = st.sig(v, x, &it)
		}
		found := -1
		for w := range ways {
			k := base + w
			if !bb.rdone[k] {
				continue
			}
			if vecGroup[v] && bb.rsig[k] == sig || !vecGroup[v] && (!itemLab[v] || bb.rlab[k] == st.label[x]) {
				found = k
				break
			}
		}
		if found < 0 {
			r := v*(n+2) + int(x)
			w := int(bb.rnext[r])
			bb.rnext[r] = uint8((w + 1) % ways)
			found = base + w
			bb.rsig[found] = sig
			f0 := len(b.feats)
			b.feats = vecFeatures(b.feats, v, x, st, b.A, &it)
			pend[np], nf[np] = uint8(v), uint8(len(b.feats)-f0)
			np++
		}
		slot[v] = int32(found)
	}
	lim := nc
	if !c.unsorted {
		if len(st.stack) == 0 {
			lim = actShift + 1
		} else if len(st.stack) == 1 {
			lim = labelBase(actRight, len(p.labels))
		}
	}
	// The cross features: reused from an item of the same step that reads the same.
	key := [7]int32{it[iS0], it[iS1], it[iB0], it[iS0L], it[iS0R], it[iB0L], int32(lim)}
	var memo *crossMemo
	for i := range bb.cross {
		if bb.cross[i].key == key {
			memo = &bb.cross[i]
			break
		}
	}
	nu := len(b.feats)
	if memo == nil {
		b.feats = crossPairs(b.feats, st, b.A, &it)
	}
	b.found = slices.Grow(b.found[:0], len(b.feats))[:len(b.feats)]
	c.lookupAll(b.feats, b.found, sc)
	u := 0
	for i, v := range pend[:np] {
		x := it[vecItem(int(v))]
		k := int(slot[v])
		clear(b.tmp[:nc])
		for _, off := range b.found[u : u+int(nf[i])] {
			c.addRow(off, &b.tmp)
		}
		u += int(nf[i])
		copy(bb.rvec[k*nc:(k+1)*nc], b.tmp[:nc])
		bb.rdone[k], bb.rlab[k] = true, st.label[x]
	}
	switch {
	case memo != nil:
		addVec(sc, memo.sc[:lim])
	case len(bb.cross) < cap(bb.cross):
		// Kept for the items after this one that read the same, then added.
		bb.cross = append(bb.cross, crossMemo{key: key, lim: lim})
		memo = &bb.cross[len(bb.cross)-1]
		clear(memo.sc[:nc])
		c.addRows(b.found[nu:], &memo.sc, lim, nc)
		addVec(sc, memo.sc[:lim])
	default:
		c.addRows(b.found[nu:], sc, lim, nc)
	}
	for _, v := range vecs {
		k := int(slot[v])
		addVec(sc, bb.rvec[k*nc:k*nc+lim])
	}
}
