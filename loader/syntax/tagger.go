package syntax

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the tagger: a greedy left-to-right averaged perceptron over joint
// UPOS+XPOS tags, with Honnibal-style features (word, affixes, shape, neighbouring words,
// previous tags), the ambiguity classes of the word and the next two words, word
// clusters, and a dictionary of frequent unambiguous words that are tagged without the
// model.

// tagger tags tokens with joint tags.
type tagger struct {
	tags []string // joint tags "UPOS\tXPOS", by class
	upos []string // by class
	// uposHash is the hash of upos, by class: the parser's atom of a token's coarse tag
	uposHash []uint64
	xpos     []string          // by class
	dict     map[string]uint16 // frequent unambiguous forms -> class
	amb      map[string]uint64 // lower-case form -> hash of the tags it takes
	clus     *clusters
	model    *classifier
}

// tagAtoms are the hashed properties of one token the tagger's features combine.
type tagAtoms struct {
	form, w, lw                uint64
	s1, s2, s3, s4, p1, p2, p3 uint64
	shape, amb, cc, cm, cf     uint64
	flags                      uint64
}

const (
	tagStart = 0x1f3d5b79a2c4e6f8
	tagEnd   = 0x2e4c6a8b1d3f5a7c
)

// normWord is the word the features use: lower case, digits as 0.
func normWord(s string) string {
	lower := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 {
			lower = false
			break
		}
	}
	if lower {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteByte('0')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// shape maps letters to X and x, digits to d, and collapses runs: "Moscow" -> "Xx",
// "1,000" -> "d,d", "U.S." -> "X.X.".
func shape(s string) string {
	var b strings.Builder
	last := rune(0)
	n := 0
	for _, r := range s {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			continue
		}
		last = c
		b.WriteRune(c)
		if n++; n > 8 {
			break
		}
	}
	return b.String()
}

func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

// atoms computes the atoms of every token.
func (tg *tagger) atoms(toks []Token, at []tagAtoms) {
	for i := range toks {
		at[i] = tg.wordAtoms(toks[i].Form)
		if i == 0 {
			at[i].flags |= 1
		}
	}
}

// wordAtoms returns the atoms of form f, as a word that is not the first of its sentence.
func (tg *tagger) wordAtoms(f string) tagAtoms {
	var a tagAtoms
	w := normWord(f)
	a.form = hstr(f)
	a.w = hstr(w)
	a.lw = a.w
	a.s1, a.s2, a.s3, a.s4 = hstr(suffix(w, 1)), hstr(suffix(w, 2)), hstr(suffix(w, 3)), hstr(suffix(w, 4))
	a.p1, a.p2, a.p3 = hstr(prefix(w, 1)), hstr(prefix(w, 2)), hstr(prefix(w, 3))
	a.shape = hstr(shape(f))
	if h, ok := tg.amb[w]; ok {
		a.amb = h
	} else {
		a.amb = hashNone
	}
	a.cc, a.cm, a.cf = tg.clus.atoms(w)
	var fl uint64
	r, _ := utf8.DecodeRuneInString(f)
	if unicode.IsUpper(r) {
		fl |= 2
	}
	if strings.ContainsRune(f, '-') {
		fl |= 4
	}
	if strings.IndexFunc(f, unicode.IsDigit) >= 0 {
		fl |= 8
	}
	a.flags = fl
	return a
}

var startAtoms = tagAtoms{form: tagStart, w: tagStart, lw: tagStart, s3: tagStart, shape: tagStart, amb: tagStart, cc: tagStart, cm: tagStart, cf: tagStart}
var endAtoms = tagAtoms{form: tagEnd, w: tagEnd, lw: tagEnd, s3: tagEnd, shape: tagEnd, amb: tagEnd, cc: tagEnd, cm: tagEnd, cf: tagEnd}

// atomsAt returns token j's atoms, or the sentence's start or end beyond it.
func atomsAt(at []tagAtoms, j int) *tagAtoms {
	switch {
	case j < 0:
		return &startAtoms
	case j >= len(at):
		return &endAtoms
	}
	return &at[j]
}

// tagFeatures appends the features of token i given the classes of the two before it
// (-1 for none) to buf, in the order of their template numbers: training sums float
// scores in this order, and another order would give another model.
func tagFeatures(buf []uint64, at []tagAtoms, i, t1, t2 int) []uint64 {
	var tmp, ordered [nTagTemplates]uint64
	fs := tagContext(wordFeatures(tmp[:0], &at[i]), at, i, t1, t2)
	for j, f := range fs {
		ordered[splitTemplates[j]] = f
	}
	return append(buf, ordered[:]...)
}

// nTagTemplates is the number of the tagger's templates, and splitTemplates their
// numbers in the order wordFeatures and then tagContext append them.
const nTagTemplates = 46

var splitTemplates = [nTagTemplates]int{
	0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 25, 31, 32, 33, 42, // wordFeatures
	11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 26, 27, 28, 29, 30,
	34, 35, 36, 37, 38, 39, 40, 41, 43, 44, 45,
}

// wordFeatures appends the features that look at nothing but the word a.
func wordFeatures(buf []uint64, a *tagAtoms) []uint64 {
	return append(buf,
		f1(0, 1),
		f1(1, a.w),
		f1(2, a.form),
		f1(3, a.s1), f1(4, a.s2), f1(5, a.s3), f1(6, a.s4),
		f1(7, a.p1), f1(8, a.p2), f1(9, a.p3),
		f1(10, a.shape),
		f1(25, a.amb),
		f1(31, a.cc), f1(32, a.cm), f1(33, a.cf),
		f2(42, a.shape, a.amb),
	)
}

// tagContext appends the features of token i that look at its position, its neighbours
// or the tags before it.
func tagContext(buf []uint64, at []tagAtoms, i, t1, t2 int) []uint64 {
	a, m1, m2, n1, n2 := &at[i], atomsAt(at, i-1), atomsAt(at, i-2), atomsAt(at, i+1), atomsAt(at, i+2)
	p1, p2 := uint64(t1+1), uint64(t2+1)
	return append(buf,
		f1(11, p1), f1(12, p2), f2(13, p1, p2), f2(14, p1, a.w),
		f1(15, m1.w), f1(16, m1.s3), f1(17, m2.w),
		f1(18, n1.w), f1(19, n1.s3), f1(20, n2.w),
		f2(21, m1.w, a.w), f2(22, a.w, n1.w),
		f1(23, n1.amb), f1(24, n2.amb), f2(26, a.amb, n1.amb), f2(27, p1, n1.amb),
		f2(28, p1, a.amb),
		f1(29, n1.shape), f1(30, m1.shape),
		f2(34, a.cm, n1.cm),
		f1(35, n1.cf), f1(36, n1.cm), f1(37, m1.cf), f1(38, n2.cm),
		f1(39, a.flags), f2(40, a.flags, a.s3), f2(41, p1, n1.w),
		f2(43, p1, a.s3), f3(44, m1.w, a.w, n1.w), f2(45, a.cm, p1),
	)
}

// tagBuf is the scratch space of one tagging call, and what it keeps between calls: the
// atoms of the forms it tagged last and the summed weights of their word features (the
// same sums as looking them up anew; a third of a word's look-ups).
type tagBuf struct {
	at      []tagAtoms
	feats   []uint64
	scores  [256]int32
	classes []int
	idx     []int32          // token -> its form's index in the cache
	words   map[string]int32 // form -> index in wordAt and, times the classes, in wordSum
	wordAt  []tagAtoms       // flags without the bit of the first word
	wordSum []int32
	// fixed is, per token, the class the caller fixed (Model.ParseFixed), -1 for none;
	// empty when no tag is fixed.
	fixed []int32
}

// maxCachedWords bounds the forms a tagBuf remembers between sentences (about 2 MB):
// when a sentence could take it over, it forgets them all first, never within a
// sentence, whose tokens index the cache.
const maxCachedWords = 4096

// word returns the index of form f in b's cache, computing its atoms and word sums when
// it is not there.
func (tg *tagger) word(f string, b *tagBuf) int {
	if k, ok := b.words[f]; ok {
		return int(k)
	}
	nc := len(tg.tags)
	k := len(b.wordAt)
	b.words[strings.Clone(f)] = int32(k)
	b.wordAt = append(b.wordAt, tg.wordAtoms(f))
	b.feats = wordFeatures(b.feats[:0], &b.wordAt[k])
	clear(b.scores[:nc])
	tg.model.score(b.feats, &b.scores)
	b.wordSum = append(b.wordSum, b.scores[:nc]...)
	return k
}

// tag sets the class of every token in cls.
func (tg *tagger) tag(toks []Token, b *tagBuf) []int {
	n := len(toks)
	nc := len(tg.tags)
	b.at = slices.Grow(b.at[:0], n)[:n]
	b.classes = slices.Grow(b.classes[:0], n)[:n]
	b.idx = b.idx[:0]
	if b.words == nil || len(b.words)+n > maxCachedWords {
		b.words = make(map[string]int32, min(n, maxCachedWords))
		b.wordAt, b.wordSum = b.wordAt[:0], b.wordSum[:0]
	}
	for i := range toks {
		k := tg.word(toks[i].Form, b)
		b.idx = append(b.idx, int32(k))
		b.at[i] = b.wordAt[k]
		if i == 0 {
			b.at[i].flags |= 1
		}
	}
	t1, t2 := -1, -1
	for i := range toks {
		c, ok := tg.dict[toks[i].Form]
		best := int(c)
		if i < len(b.fixed) && b.fixed[i] >= 0 {
			best, ok = int(b.fixed[i]), true
		}
		if !ok {
			k := int(b.idx[i])
			copy(b.scores[:nc], b.wordSum[k*nc:(k+1)*nc])
			b.feats = tagContext(b.feats[:0], b.at, i, t1, t2)
			tg.model.score(b.feats, &b.scores)
			sc := b.scores[:nc]
			best = 0
			for k := 1; k < len(sc); k++ {
				if sc[k] > sc[best] {
					best = k
				}
			}
		}
		b.classes[i] = best
		t2, t1 = t1, best
	}
	return b.classes
}

// class returns the class of the joint tag upos+xpos, -1 when the tagger has none.
func (tg *tagger) class(upos, xpos string) int {
	for c := range tg.tags {
		if tg.upos[c] == upos && tg.xpos[c] == xpos {
			return c
		}
	}
	return -1
}

// tagTraining is what the tagger learns from: the joint tag classes of every sentence.
type tagTraining struct {
	sents [][]Token
	gold  [][]int
}

// tagSet is the joint tag inventory.
type tagSet struct {
	tags  []string
	index map[string]int
}

func newTagSet(sents []*Sentence) *tagSet {
	count := map[string]int{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			count[t.UPOS+"\t"+t.XPOS]++
		}
	}
	ts := &tagSet{index: map[string]int{}}
	for t := range count {
		ts.tags = append(ts.tags, t)
	}
	slices.Sort(ts.tags)
	for i, t := range ts.tags {
		ts.index[t] = i
	}
	return ts
}

// trainTagger trains a tagger on sents for the given epochs, shuffling with seed.
func trainTagger(sents []*Sentence, ts *tagSet, cl *clusters, epochs int, seed uint64) *tagger {
	tg := &tagger{tags: ts.tags, clus: cl, dict: map[string]uint16{}, amb: map[string]uint64{}}
	for _, t := range ts.tags {
		u, x, _ := strings.Cut(t, "\t")
		tg.upos = append(tg.upos, u)
		tg.uposHash = append(tg.uposHash, hstr(u))
		tg.xpos = append(tg.xpos, x)
	}
	// The tag dictionary and the ambiguity classes, from counts.
	formTags := map[string]map[int]int{}
	wordTags := map[string]map[int]int{}
	gold := make([][]int, len(sents))
	for si, s := range sents {
		gold[si] = make([]int, len(s.Tokens))
		for i, t := range s.Tokens {
			c := ts.index[t.UPOS+"\t"+t.XPOS]
			gold[si][i] = c
			inc := func(m map[string]map[int]int, k string) {
				if m[k] == nil {
					m[k] = map[int]int{}
				}
				m[k][c]++
			}
			inc(formTags, t.Form)
			inc(wordTags, normWord(t.Form))
		}
	}
	for f, m := range formTags {
		n, best, bc := 0, 0, -1
		for c, k := range m {
			n += k
			if k > best || k == best && c < bc {
				best, bc = k, c
			}
		}
		if n >= 20 && float64(best)/float64(n) >= 0.99 {
			tg.dict[f] = uint16(bc)
		}
	}
	for w, m := range wordTags {
		n := 0
		for _, k := range m {
			n += k
		}
		if n < 2 {
			continue
		}
		var cs []int
		for c, k := range m {
			if float64(k)/float64(n) >= 0.05 {
				cs = append(cs, c)
			}
		}
		slices.Sort(cs)
		h := uint64(0x51ed27)
		for _, c := range cs {
			h = mix(h, uint64(c))
		}
		tg.amb[w] = h
	}
	tr := newTrainer(len(ts.tags))
	rng := rand.New(rand.NewPCG(seed, 0x7a66e5))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var at []tagAtoms
	var feats []uint64
	scores := make([]float32, len(ts.tags))
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			toks := sents[si].Tokens
			at = slices.Grow(at[:0], len(toks))[:len(toks)]
			tg.atoms(toks, at)
			t1, t2 := -1, -1
			for i := range toks {
				g := gold[si][i]
				if _, ok := tg.dict[toks[i].Form]; ok {
					t2, t1 = t1, g
					continue
				}
				feats = tagFeatures(feats[:0], at, i, t1, t2)
				clear(scores)
				tr.score(feats, scores)
				best := 0
				for k := 1; k < len(scores); k++ {
					if scores[k] > scores[best] {
						best = k
					}
				}
				tr.tick()
				if best != g {
					tr.update(feats, g, 1)
					tr.update(feats, best, -1)
				}
				t2, t1 = t1, best
			}
		}
	}
	tg.model = tr.compact(true)
	return tg
}
