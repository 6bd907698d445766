package syntax

import (
	"math"
	"slices"
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
// 0.6 UAS).
const pruneUnits = 512

// compact returns the averaged weights as a classifier of int16 weights: the largest
// weight becomes 32000. Features whose largest weight is under pruneUnits are dropped;
// features whose 32-bit keys collide are summed.
func (t *trainer) compact() *classifier {
	now := float64(t.now)
	if now == 0 {
		now = 1
	}
	type fw struct {
		key  uint32
		full uint64
		ws   []float64 // averaged, indexed by class entries
		cs   []uint16
	}
	maxAbs := 0.0
	all := make([]fw, 0, len(t.feats))
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
	// Deterministic order: by key, then by class within a feature.
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
	scale := 1.0
	if maxAbs > 0 {
		scale = 32000 / maxAbs
	}
	c := &classifier{nclass: t.nclass, scale: float32(scale)}
	dense := make([]float64, t.nclass)
	used := make([]bool, t.nclass)
	for i := 0; i < len(all); {
		j := i
		for j < len(all) && all[j].key == all[i].key {
			for x, cl := range all[j].cs {
				dense[cl] += all[j].ws[x]
				used[cl] = true
			}
			j++
		}
		off := len(c.ents)
		big := false
		for cl := range t.nclass {
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
			c.ents = append(c.ents, entry{cls: uint16(cl), w: int16(q)})
		}
		if !big {
			c.ents = c.ents[:off]
		}
		if len(c.ents) > off {
			c.keys = append(c.keys, all[i].key)
			c.offs = append(c.offs, uint32(off))
		}
		i = j
	}
	c.offs = append(c.offs, uint32(len(c.ents)))
	c.build()
	return c
}

// entry is one class weight of a feature in a classifier.
type entry struct {
	cls uint16
	w   int16
}

// slot is one cell of the open-addressing table: a key and its entries ents[off:off+n].
type slot struct {
	key uint32
	off uint32
	n   uint32
}

// classifier is a compact linear model over nclass classes: integer weights (the
// averaged perceptron's times scale) in an open-addressing table of 32-bit keys.
type classifier struct {
	nclass int
	scale  float32
	keys   []uint32 // sorted; with offs, the stored form
	offs   []uint32 // len(keys)+1 offsets into ents
	ents   []entry
	table  []slot
	mask   uint32
}

// build makes the lookup table from keys and offs, at most 40% full so that most
// look-ups end at their first slot.
func (c *classifier) build() {
	size := 16
	for size < len(c.keys)*3/2+1 {
		size <<= 1
	}
	c.table = make([]slot, size)
	c.mask = uint32(size - 1)
	for i, k := range c.keys {
		p := (k * 0x9E3779B1) & c.mask
		for c.table[p].key != 0 {
			p = (p + 1) & c.mask
		}
		c.table[p] = slot{key: k, off: c.offs[i], n: c.offs[i+1] - c.offs[i]}
	}
}

// lookup returns the slot of key k, or the empty slot (n == 0) that ends its probe.
func (c *classifier) lookup(k uint32) *slot {
	p := (k * 0x9E3779B1) & c.mask
	s := &c.table[p]
	for s.key != k && s.key != 0 {
		p = (p + 1) & c.mask
		s = &c.table[p]
	}
	return s
}

// find returns the entries of feature f (nil when it has none).
func (c *classifier) find(f uint64) []entry {
	s := c.lookup(key32(f))
	return c.ents[s.off : s.off+s.n]
}

// score adds the weights of the features to scores (length nclass). The look-ups are
// made for all features first, and the first entry of each is added next without
// branching on whether the feature was found (an empty slot adds 0), so that the
// processor overlaps the cache misses, which are most of the cost of a parse.
func (c *classifier) score(feats []uint64, scores []int32) {
	if len(c.ents) == 0 {
		return
	}
	var found [64]*slot
	for len(feats) > 0 {
		n := min(len(feats), len(found))
		for i, f := range feats[:n] {
			found[i] = c.lookup(key32(f))
		}
		for _, s := range found[:n] {
			e := c.ents[s.off]
			scores[e.cls] += int32(e.w) & -int32(min(s.n, 1))
		}
		for _, s := range found[:n] {
			if s.n > 1 {
				for _, e := range c.ents[s.off+1 : s.off+s.n] {
					scores[e.cls] += int32(e.w)
				}
			}
		}
		feats = feats[n:]
	}
}
