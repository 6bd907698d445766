package syntax

import (
	"math"
	"slices"
	"unsafe"
)

// This file holds the averaged perceptron shared by the tagger and the parser: a sparse
// trainer (float weights, lazily averaged) and the compact classifier it exports
// (int16 weights in an open-addressing table keyed by 32-bit feature hashes).

// Feature hashing: every feature is a uint64 made by mixing a template number with the
// hashes of its atoms (words, tags, labels, counts). The shipped model keys features by
// the top 32 bits.

const (
	seedTemplate = 0x8a5cd789635d2dff
	hashNone     = 0x5bd1e9955bd1e995 // the atom of a missing item
)

func mix(a, b uint64) uint64 {
	x := (a^0x9E3779B97F4A7C15)*0xBF58476D1CE4E5B9 ^ b
	x ^= x >> 31
	x *= 0x94D049BB133111EB
	x ^= x >> 29
	return x
}

func hstr(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h, uint64(len(s)))
}

func f1(t int, a uint64) uint64       { return mix(seedTemplate+uint64(t), a) }
func f2(t int, a, b uint64) uint64    { return mix(mix(seedTemplate+uint64(t), a), b) }
func f3(t int, a, b, c uint64) uint64 { return mix(mix(mix(seedTemplate+uint64(t), a), b), c) }

// key32 is the key of feature f in the shipped model.
func key32(f uint64) uint32 {
	k := uint32(f >> 32)
	if k == 0 {
		k = 1 // 0 marks an empty slot
	}
	return k
}

// tentry is one class weight of a feature while training; what scoring reads.
type tentry struct {
	cls uint16
	w   float32 // current weight
}

// tavg is what averaging needs of a tentry, kept apart so that scoring reads less memory.
type tavg struct {
	ts    int32   // the update count when w last changed
	total float64 // sum of w over the updates before ts
}

// trainer is a sparse averaged perceptron over nclass classes.
type trainer struct {
	nclass int
	index  featIndex
	feats  [][]tentry
	avgs   [][]tavg // parallel to feats
	now    int32    // instances seen
	start  int32    // the instance the average starts from (see restartAverage)
}

// restartAverage starts the average anew from now on: the weights averaged from here are
// those of later updates. With fromAverage, the current weights are first set to their
// average so far.
func (t *trainer) restartAverage(fromAverage bool) {
	now := float64(max(t.now-t.start, 1))
	for i, es := range t.feats {
		for j := range es {
			e, a := &es[j], &t.avgs[i][j]
			if fromAverage {
				e.w = float32((a.total + float64(t.now-a.ts)*float64(e.w)) / now)
			}
			a.total, a.ts = 0, t.now
		}
	}
	t.start = t.now
}

// toAverage replaces the weights with their averages, held in the totals of an average
// over one instance (the weights are 0), so that addAverage can add other trainers'
// averages to them and compact gives the mean.
func (t *trainer) toAverage() {
	now := float64(max(t.now-t.start, 1))
	for i, es := range t.feats {
		for j := range es {
			e, a := &es[j], &t.avgs[i][j]
			a.total = (a.total + float64(t.now-a.ts)*float64(e.w)) / now
			e.w, a.ts = 0, 1
		}
	}
	t.now, t.start = 1, 0
}

// addAverage adds the averaged weights of u to those of t, made by toAverage: after k-1
// calls, compact gives the mean of the k trainers' averages. The sums are made in the
// order of the calls, so the mean has the same bits every time.
func (t *trainer) addAverage(u *trainer) {
	now := float64(max(u.now-u.start, 1))
	for p, k := range u.index.keys {
		if k == 0 {
			continue
		}
		ui := u.index.vals[p]
		i, ok := t.index.get(k)
		if !ok {
			i = int32(len(t.feats))
			t.index.put(k, i)
			t.feats = append(t.feats, nil)
			t.avgs = append(t.avgs, nil)
		}
		for j, e := range u.feats[ui] {
			av := &u.avgs[ui][j]
			a := (av.total + float64(u.now-av.ts)*float64(e.w)) / now
			es := t.feats[i]
			x := 0
			for x < len(es) && es[x].cls != e.cls {
				x++
			}
			if x == len(es) {
				t.feats[i] = append(es, tentry{cls: e.cls})
				t.avgs[i] = append(t.avgs[i], tavg{ts: 1})
			}
			t.avgs[i][x].total += a
		}
	}
	t.now++ // the weights are 0: an average is its total over now
}

func newTrainer(nclass int) *trainer {
	return &trainer{nclass: nclass, index: newFeatIndex()}
}

// featIndex maps 64-bit features to indices: an open-addressing table, kept at most half
// full (feature 0 is stored as 1; a collision of the two costs nothing measurable).
type featIndex struct {
	keys []uint64
	vals []int32
	n    int
}

func newFeatIndex() featIndex {
	return featIndex{keys: make([]uint64, 1<<16), vals: make([]int32, 1<<16)}
}

func (x *featIndex) slot(k uint64) int {
	if k == 0 {
		k = 1
	}
	mask := len(x.keys) - 1
	p := int(k^k>>32) & mask
	for x.keys[p] != k && x.keys[p] != 0 {
		p = (p + 1) & mask
	}
	return p
}

func (x *featIndex) get(k uint64) (int32, bool) {
	p := x.slot(k)
	return x.vals[p], x.keys[p] != 0
}

func (x *featIndex) put(k uint64, v int32) {
	if 2*(x.n+1) > len(x.keys) {
		old, oldv := x.keys, x.vals
		x.keys, x.vals = make([]uint64, 2*len(old)), make([]int32, 2*len(old))
		for i, ok := range old {
			if ok != 0 {
				p := x.slot(ok)
				x.keys[p], x.vals[p] = ok, oldv[i]
			}
		}
	}
	if k == 0 {
		k = 1
	}
	p := x.slot(k)
	if x.keys[p] == 0 {
		x.n++
	}
	x.keys[p], x.vals[p] = k, v
}

// score adds the current weights of keys to scores (length nclass).
func (t *trainer) score(keys []uint64, scores []float32) {
	for _, k := range keys {
		i, ok := t.index.get(k)
		if !ok {
			continue
		}
		for _, e := range t.feats[i] {
			scores[e.cls] += e.w
		}
	}
}

// tick counts one training instance.
func (t *trainer) tick() { t.now++ }

// update adds delta to the weight of class cls for every key.
func (t *trainer) update(keys []uint64, cls int, delta float32) {
	for _, k := range keys {
		i, ok := t.index.get(k)
		if !ok {
			i = int32(len(t.feats))
			t.index.put(k, i)
			t.feats = append(t.feats, nil)
			t.avgs = append(t.avgs, nil)
		}
		es := t.feats[i]
		j := 0
		for j < len(es) && int(es[j].cls) != cls {
			j++
		}
		if j == len(es) {
			t.feats[i] = append(es, tentry{cls: uint16(cls)})
			t.avgs[i] = append(t.avgs[i], tavg{ts: t.now})
			es = t.feats[i]
		}
		e, a := &es[j], &t.avgs[i][j]
		a.total += float64(t.now-a.ts) * float64(e.w)
		a.ts = t.now
		e.w += delta
	}
}

// pruneUnits is the smallest largest weight, in units of the 32000 given to the largest
// weight of a classifier, of the features a classifier keeps: a feature whose weights
// are all smaller is dropped. On EWT dev this halves the parser's features (1.77M to
// 0.61M) and the tagger's weights with no loss of accuracy (1/32 of the largest loses
// 0.6 UAS). Dropping, besides, every single weight under it would halve the parser's
// weights again, but costs 0.3 UAS on dev and test.
const pruneUnits = 512

// compact returns the averaged weights as a classifier of integer weights: the largest
// weight becomes 32000, and each feature's row is then stored as int16 weights (wide) or
// as int8 weights with a shift (see appendRow). Features whose largest weight is under
// pruneUnits are dropped; features whose 32-bit keys collide are summed.
func (t *trainer) compact(wide bool) *classifier {
	type fw struct {
		key  uint32
		full uint64
		ws   []float64 // averaged, indexed by class entries
		cs   []uint16
	}
	now := float64(max(t.now-t.start, 1))
	all := make([]fw, 0, len(t.feats))
	maxAbs := 0.0
	for p, k := range t.index.keys {
		if k == 0 {
			continue
		}
		i := t.index.vals[p]
		f := fw{key: key32(k), full: k}
		for j, e := range t.feats[i] {
			av := &t.avgs[i][j]
			a := (av.total + (float64(t.now)-float64(av.ts))*float64(e.w)) / now
			if a == 0 {
				continue
			}
			f.ws = append(f.ws, a)
			f.cs = append(f.cs, e.cls)
			maxAbs = max(maxAbs, math.Abs(a))
		}
		if len(f.ws) > 0 {
			all = append(all, f)
		}
	}
	// Deterministic order: by key, then by the whole feature.
	slices.SortFunc(all, func(a, b fw) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		case a.full < b.full:
			return -1
		case a.full > b.full:
			return 1
		}
		return 0
	})
	nclass := t.nclass
	dense := make([]float64, nclass)
	used := make([]bool, nclass)
	// group sums the weights of the features of all[i:] that share its key into dense,
	// and returns the end of the group.
	group := func(i int) int {
		j := i
		for j < len(all) && all[j].key == all[i].key {
			for x, cl := range all[j].cs {
				dense[cl] += all[j].ws[x]
				used[cl] = true
			}
			j++
		}
		return j
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = 32000 / maxAbs
	}
	c := &classifier{nclass: nclass, scale: float32(scale), wide: wide, rows: []byte{0}}
	var es []entry
	for i := 0; i < len(all); {
		j := group(i)
		es = es[:0]
		big := false
		for cl := range nclass {
			if !used[cl] {
				continue
			}
			q := math.Round(dense[cl] * scale)
			dense[cl], used[cl] = 0, false
			if q == 0 {
				continue
			}
			q = max(-32767, min(32767, q))
			big = big || math.Abs(q) >= pruneUnits
			es = append(es, entry{cls: uint16(cl), w: int16(q)})
		}
		if big {
			c.keys = append(c.keys, all[i].key)
			c.rows = c.appendRow(c.rows, es)
		}
		i = j
	}
	c.build()
	return c
}

// entry is one class weight of a feature while a classifier is made.
type entry struct {
	cls uint16
	w   int16
}

// classifier is a compact linear model over nclass classes (at most 255): integer
// weights (the averaged perceptron's times scale) in an open-addressing table of 32-bit
// keys. A feature's weights are a row in rows: its length n, a shift s and n entries of
// a class and a weight w: an int8 standing for w<<s (the smallest shift that holds the
// row's largest weight; on EWT dev and test this scores as int16 weights do, within
// 0.06), or an int16 with s = 0 if the classifier is wide.
type classifier struct {
	nclass int
	scale  float32
	// wide: the entries of a row are a class and an int16 weight (little-endian), with a
	// shift of 0. The tagger's are, so that it tags as exactly at run time as when it
	// tagged the folds of the jackknife; the parser's are int8, half the bytes to read.
	wide bool
	keys []uint32 // sorted; with their rows, the stored form
	rows []byte   // rows[0] is padding, so that offset 0 means no row; see build
	// unsorted: some row's classes are not in increasing order (never in a classifier
	// compact made; addRowBelow needs them in order)
	unsorted bool
	// table holds each key in its high 32 bits and the offset of its row in its low 32
	// (0: an empty slot). A look-up reads a slot or two and one or two cache lines of a
	// row.
	table []uint64
}

// build makes the look-up table from keys and rows (in the order of keys), half full
// (a fuller table makes the look-ups of absent features, a third of them, probe much
// longer), and lays the rows out anew, longest first: the features with weights for
// many classes are the frequent ones, so that those a parse reads most share cache
// lines. It reports whether the rows are as many as the keys.
func (c *classifier) build() bool {
	offs := make([]uint32, len(c.keys))
	off := 1
	for i := range c.keys {
		if off >= len(c.rows) {
			return false
		}
		offs[i] = uint32(off)
		off += c.rowLen(int(c.rows[off]))
	}
	if off != len(c.rows) {
		return false
	}
	// The keys by decreasing row length, in key order for equal lengths (a counting
	// sort: lengths are bytes).
	var start [257]int32
	for _, off := range offs {
		start[255-int(c.rows[off])+1]++
	}
	for n := 1; n < len(start); n++ {
		start[n] += start[n-1]
	}
	order := make([]int32, len(c.keys))
	for i, off := range offs {
		n := 255 - int(c.rows[off])
		order[start[n]] = int32(i)
		start[n]++
	}
	// A row that would cross a cache line starts at the next one instead, so that the
	// line a look-up reads first holds the whole of a row of up to 64 bytes.
	size := 1
	for _, i := range order {
		size = alignRow(size, c.rowLen(int(c.rows[offs[i]])))
	}
	// The table, then the rows, in one block of memory (see weightMem).
	slots := max(16, len(c.keys)*2)
	at := (8*slots + 63) &^ 63
	mem := weightMem(c, at+size)
	c.table = unsafe.Slice((*uint64)(unsafe.Pointer(&mem[0])), slots)
	rows := mem[at : at+1 : at+size]
	for _, i := range order {
		k := c.keys[i]
		p := c.home(k)
		for c.table[p] != 0 {
			if p++; p == len(c.table) {
				p = 0
			}
		}
		r := c.rows[offs[i]:]
		n := c.rowLen(int(r[0]))
		at := alignRow(len(rows), n) - n
		rows = rows[:at]
		c.table[p] = uint64(k)<<32 | uint64(at)
		rows = append(rows, r[:n]...)
	}
	c.rows = rows
	return true
}

// alignRow returns the end of a row of n bytes laid out from offset off: at off, or at
// the next multiple of 64 when it would cross one there.
func alignRow(off, n int) int {
	if off%64 != 0 && off%64+n > 64 {
		off += 64 - off%64
	}
	return off + n
}

// entrySize is the bytes of one entry of a row: a class and a weight.
func (c *classifier) entrySize() int {
	if c.wide {
		return 3
	}
	return 2
}

// rowLen is the bytes of a row of n entries: n, the shift, the entries.
func (c *classifier) rowLen(n int) int { return 2 + c.entrySize()*n }

// appendRow appends the row of es to rows: int16 weights if c is wide, else int8 weights
// with the smallest shift that holds the largest, leaving out the weights that round to 0.
func (c *classifier) appendRow(rows []byte, es []entry) []byte {
	if c.wide {
		rows = append(rows, byte(len(es)), 0)
		for _, e := range es {
			rows = append(rows, byte(e.cls), byte(uint16(e.w)), byte(uint16(e.w)>>8))
		}
		return rows
	}
	m := 0
	for _, e := range es {
		m = max(m, abs(int(e.w)))
	}
	sh := 0
	for m>>sh > 127 {
		sh++
	}
	q := func(w int16) int { return max(-127, min(127, (int(w)+(1<<sh>>1))>>sh)) }
	n := 0
	for _, e := range es {
		if q(e.w) != 0 {
			n++
		}
	}
	rows = append(rows, byte(n), byte(sh))
	for _, e := range es {
		if w := q(e.w); w != 0 {
			rows = append(rows, byte(e.cls), byte(int8(w)))
		}
	}
	return rows
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// home is the first slot of key k.
func (c *classifier) home(k uint32) int {
	return int(uint64(k) * uint64(len(c.table)) >> 32)
}

// lookup returns the offset in rows of the row of key k, or 0 when k has none.
func (c *classifier) lookup(k uint32) uint32 { return c.probe(k, c.home(k)) }

// probe is lookup from slot p, the home of k.
func (c *classifier) probe(k uint32, p int) uint32 {
	t := c.table
	for {
		v := t[p]
		if uint32(v>>32) == k || v == 0 {
			return uint32(v)
		}
		if p++; p == len(t) {
			p = 0
		}
	}
}

// row returns the entries of the row at off, entrySize bytes each, and its shift.
func (c *classifier) row(off uint32) (ents []byte, sh uint8) {
	r := c.rows[off:]
	return r[2:c.rowLen(int(r[0]))], r[1] & 31
}

// addRow adds the weights of the row at off (0: none) to scores, four entries at a time.
func (c *classifier) addRow(off uint32, scores *[256]int32) {
	if off == 0 {
		return
	}
	es, sh := c.row(off)
	if c.wide {
		for ; len(es) >= 3; es = es[3:] {
			scores[es[0]] += int32(int16(uint16(es[1]) | uint16(es[2])<<8))
		}
		return
	}
	for len(es) >= 8 {
		e := es[:8:8]
		scores[e[0]] += int32(int8(e[1])) << sh
		scores[e[2]] += int32(int8(e[3])) << sh
		scores[e[4]] += int32(int8(e[5])) << sh
		scores[e[6]] += int32(int8(e[7])) << sh
		es = es[8:]
	}
	for len(es) >= 2 {
		scores[es[0]] += int32(int8(es[1])) << sh
		es = es[2:]
	}
}

// addRows adds the rows at offs to scores: all their classes when lim is nc (the
// classifier's number of classes), else those under lim only (addRowBelow).
func (c *classifier) addRows(offs []uint32, scores *[256]int32, lim, nc int) {
	if lim == nc {
		for _, off := range offs {
			c.addRow(off, scores)
		}
		return
	}
	for _, off := range offs {
		c.addRowBelow(off, scores, lim)
	}
}

// addRowBelow is addRow for the classes under lim only, for a row whose classes are in
// increasing order (a classifier that is not unsorted).
func (c *classifier) addRowBelow(off uint32, scores *[256]int32, lim int) {
	if off == 0 {
		return
	}
	es, sh := c.row(off)
	if c.wide {
		for ; len(es) >= 3 && int(es[0]) < lim; es = es[3:] {
			scores[es[0]] += int32(int16(uint16(es[1]) | uint16(es[2])<<8))
		}
		return
	}
	for len(es) >= 8 && int(es[6]) < lim {
		e := es[:8:8]
		scores[e[0]] += int32(int8(e[1])) << sh
		scores[e[2]] += int32(int8(e[3])) << sh
		scores[e[4]] += int32(int8(e[5])) << sh
		scores[e[6]] += int32(int8(e[7])) << sh
		es = es[8:]
	}
	for len(es) >= 2 && int(es[0]) < lim {
		scores[es[0]] += int32(int8(es[1])) << sh
		es = es[2:]
	}
}

// score adds the weights of the features to scores. The look-ups are made for a batch of
// features first, so that the processor overlaps their cache misses, which are most of
// the cost of a parse.
func (c *classifier) score(feats []uint64, scores *[256]int32) {
	if len(c.keys) == 0 {
		return
	}
	var found [64]uint32
	for len(feats) > 0 {
		n := min(len(feats), len(found))
		c.lookupAll(feats[:n], found[:n], scores)
		for _, off := range found[:n] {
			c.addRow(off, scores)
		}
		feats = feats[n:]
	}
}

// lookupAll sets found[i] to the offset of the row of feats[i] (0: none), and reads
// the first byte of each row found. It first reads the home slot of every feature with
// no branch between the reads, so that their cache misses are under way at once, then
// probes, mostly in the lines just read. What it reads goes to scores[255], which no
// class is (nclass <= 255), so that the reads are kept.
func (c *classifier) lookupAll(feats []uint64, found []uint32, scores *[256]int32) {
	t := c.table
	if len(t) == 0 {
		clear(found)
		return
	}
	found = found[:len(feats)]
	var touch uint64
	for i, f := range feats {
		p := c.home(key32(f))
		found[i] = uint32(p)
		touch += t[p]
	}
	rows := c.rows
	for i, f := range feats {
		off := c.probe(key32(f), int(found[i]))
		found[i] = off
		touch += uint64(rows[off])
	}
	scores[255] += int32(touch & 1)
}
