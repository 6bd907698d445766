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

// tentry is one class weight of a feature while training.
type tentry struct {
	cls   uint16
	ts    int32   // the update count when w last changed
	w     float32 // current weight
	total float64 // sum of w over the updates before ts
}

// trainer is a sparse averaged perceptron over nclass classes.
type trainer struct {
	nclass int
	index  map[uint64]int32
	feats  [][]tentry
	now    int32 // instances seen
}

func newTrainer(nclass int) *trainer {
	return &trainer{nclass: nclass, index: make(map[uint64]int32, 1<<16)}
}

// score adds the current weights of keys to scores (length nclass).
func (t *trainer) score(keys []uint64, scores []float32) {
	for _, k := range keys {
		i, ok := t.index[k]
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
		i, ok := t.index[k]
		if !ok {
			i = int32(len(t.feats))
			t.index[k] = i
			t.feats = append(t.feats, nil)
		}
		es := t.feats[i]
		j := 0
		for j < len(es) && int(es[j].cls) != cls {
			j++
		}
		if j == len(es) {
			t.feats[i] = append(es, tentry{cls: uint16(cls), ts: t.now})
			es = t.feats[i]
		}
		e := &es[j]
		e.total += float64(t.now-e.ts) * float64(e.w)
		e.ts = t.now
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
	for k, i := range t.index {
		f := fw{key: key32(k), full: k}
		for _, e := range t.feats[i] {
			a := (e.total + (float64(t.now)-float64(e.ts))*float64(e.w)) / now
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

// build makes the lookup table from keys and offs.
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

// find returns the entries of feature f (nil when it has none).
func (c *classifier) find(f uint64) []entry {
	k := key32(f)
	p := (k * 0x9E3779B1) & c.mask
	for {
		s := &c.table[p]
		if s.key == k {
			return c.ents[s.off : s.off+s.n]
		}
		if s.key == 0 {
			return nil
		}
		p = (p + 1) & c.mask
	}
}

// score adds the weights of the features to scores (length nclass).
func (c *classifier) score(feats []uint64, scores []int32) {
	for _, f := range feats {
		for _, e := range c.find(f) {
			scores[e.cls] += int32(e.w)
		}
	}
}
