package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"
)

// Model is a trained tagger, lemmatizer and parser. A Model is immutable once made and safe
// for concurrent use by multiple goroutines. The zero Model is not usable; get one from
// [Default], [Load] or [Train].
type Model struct {
	info   string // a line naming the training data and its licence
	tagger *tagger
	parser *parser
	lemmas *lemmatizer
	pool   sync.Pool // *work
}

// work is the scratch space of one call.
type work struct {
	tb tagBuf
	pb parseBuf
}

func (m *Model) work() *work {
	if w, ok := m.pool.Get().(*work); ok {
		return w
	}
	return &work{}
}

// Info returns the model's description: what it was trained on and under which licence.
func (m *Model) Info() string { return m.info }

// Tag fills the Lemma, UPOS and XPOS of every token of one sentence, in place. It reads
// only the tokens' forms. Tag does nothing on a nil Model or an empty sentence.
func (m *Model) Tag(toks []Token) {
	if m == nil || len(toks) == 0 {
		return
	}
	w := m.work()
	m.tag(toks, w)
	m.pool.Put(w)
}

func (m *Model) tag(toks []Token, w *work) []int {
	cls := m.tagger.tag(toks, &w.tb)
	for i := range toks {
		t := &toks[i]
		c := cls[i]
		t.UPOS, t.XPOS = m.tagger.upos[c], m.tagger.xpos[c]
		t.Lemma = m.lemmas.lemma(t.Form, t.XPOS)
	}
	return cls
}

// Parse tags one sentence as [Model.Tag] does, then fills every token's Head and Rel, in
// place. The result is always one tree: every token has exactly one head, exactly one
// token has Head 0 and Rel "root", and there are no cycles, whatever the tokens. Time
// and memory are linear in the number of tokens; there is no length limit, but the model
// has seen few sentences over 100 tokens, so expect poorer trees for very long ones
// (split such text into sentences first). Parse does nothing on a nil Model or an empty
// sentence.
func (m *Model) Parse(toks []Token) {
	if m == nil || len(toks) == 0 {
		return
	}
	w := m.work()
	cls := m.tag(toks, w)
	m.parser.parse(toks, cls, m.tagger, &w.pb)
	m.pool.Put(w)
}

// The model file: gzip of the magic, then sections of unsigned varints, strings
// (length, bytes) and classifiers.
const (
	modelMagic   = "NGSYNTAX"
	modelVersion = 1
)

type encoder struct {
	b   []byte
	tmp [binary.MaxVarintLen64]byte
}

func (e *encoder) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) int(v int64)   { e.b = binary.AppendVarint(e.b, v) }
func (e *encoder) str(s string)  { e.uint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *encoder) u64(v uint64)  { e.b = binary.LittleEndian.AppendUint64(e.b, v) }
func (e *encoder) strs(s []string) {
	e.uint(uint64(len(s)))
	for _, x := range s {
		e.str(x)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func (e *encoder) classifier(c *classifier) {
	e.uint(uint64(c.nclass))
	e.u64(uint64(math.Float32bits(c.scale)))
	e.uint(uint64(len(c.keys)))
	prev := uint32(0)
	for _, k := range c.keys {
		e.uint(uint64(k - prev))
		prev = k
	}
	for i := range c.keys {
		e.uint(uint64(c.offs[i+1] - c.offs[i]))
	}
	for _, en := range c.ents {
		e.uint(uint64(en.cls))
	}
	for _, en := range c.ents {
		e.int(int64(en.w))
	}
}

// WriteTo writes the model in the format Load reads: gzip-compressed, and the same bytes
// for the same model. It returns the number of bytes written.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var e encoder
	e.b = append(e.b, modelMagic...)
	e.uint(modelVersion)
	e.str(m.info)
	tg := m.tagger
	e.strs(tg.tags)
	keys := sortedKeys(tg.dict)
	e.uint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.uint(uint64(tg.dict[k]))
	}
	keys = sortedKeys(tg.amb)
	e.uint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.u64(tg.amb[k])
	}
	var cb map[string]string
	if tg.clus != nil {
		cb = tg.clus.paths
	}
	keys = sortedKeys(cb)
	e.uint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.str(cb[k])
	}
	keys = sortedKeys(m.lemmas.exc)
	e.uint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.str(m.lemmas.exc[k])
	}
	p := m.parser
	e.strs(p.labels)
	e.uint(uint64(p.root))
	for i := range p.labels {
		v := uint64(0)
		if p.leftOK[i] {
			v |= 1
		}
		if p.rightOK[i] {
			v |= 2
		}
		e.uint(v)
	}
	e.classifier(tg.model)
	e.classifier(p.model)
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	if _, err := zw.Write(e.b); err != nil {
		return cw.n, err
	}
	err = zw.Close()
	return cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(msg string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s", ErrModel, msg)
	}
	d.b = nil
}

func (d *decoder) uint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("truncated")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) int() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail("truncated")
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a count of items at least min bytes each.
func (d *decoder) count(min int) int {
	v := d.uint()
	if v > uint64(len(d.b)/max(min, 1)) {
		d.fail("bad count")
		return 0
	}
	return int(v)
}

func (d *decoder) str() string {
	n := d.count(1)
	if d.err != nil {
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) u64() uint64 {
	if len(d.b) < 8 {
		d.fail("truncated")
		return 0
	}
	v := binary.LittleEndian.Uint64(d.b)
	d.b = d.b[8:]
	return v
}

func (d *decoder) strs() []string {
	n := d.count(1)
	s := make([]string, 0, n)
	for range n {
		s = append(s, d.str())
	}
	return s
}

func (d *decoder) classifier() *classifier {
	c := &classifier{nclass: d.count(0)}
	c.scale = math.Float32frombits(uint32(d.u64()))
	n := d.count(2)
	c.keys = make([]uint32, n)
	prev := uint64(0)
	for i := range n {
		prev += d.uint()
		if prev > math.MaxUint32 || prev == 0 || i > 0 && uint32(prev) == c.keys[i-1] {
			d.fail("bad feature key")
			return c
		}
		c.keys[i] = uint32(prev)
	}
	c.offs = make([]uint32, n+1)
	total := 0
	for i := range n {
		k := d.count(1)
		total += k
		c.offs[i+1] = uint32(total)
	}
	if d.err != nil || total > len(d.b) {
		d.fail("bad weights")
		return c
	}
	c.ents = make([]entry, total)
	for i := range c.ents {
		cl := d.uint()
		if cl >= uint64(c.nclass) {
			d.fail("bad class")
			return c
		}
		c.ents[i].cls = uint16(cl)
	}
	for i := range c.ents {
		w := d.int()
		if w < math.MinInt16 || w > math.MaxInt16 {
			d.fail("bad weight")
			return c
		}
		c.ents[i].w = int16(w)
	}
	if d.err == nil {
		c.build()
	}
	return c
}

// Load reads a model written by [Model.WriteTo]. Data that is not such a model gives an
// error wrapping ErrModel; Load never panics on bad data.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(bufio.NewReaderSize(r, 1<<16))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(zr); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	return decodeModel(buf.Bytes())
}

func decodeModel(b []byte) (m *Model, err error) {
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("%w: %v", ErrModel, r)
		}
	}()
	if !bytes.HasPrefix(b, []byte(modelMagic)) {
		return nil, fmt.Errorf("%w: bad magic", ErrModel)
	}
	d := &decoder{b: b[len(modelMagic):]}
	if v := d.uint(); v != modelVersion {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrModel, v, modelVersion)
	}
	m = &Model{info: d.str()}
	tg := &tagger{tags: d.strs(), dict: map[string]uint16{}, amb: map[string]uint64{}}
	for _, t := range tg.tags {
		u, x, _ := strings.Cut(t, "\t")
		tg.upos = append(tg.upos, u)
		tg.xpos = append(tg.xpos, x)
	}
	for range d.count(2) {
		k := d.str()
		c := d.uint()
		if c >= uint64(len(tg.tags)) {
			d.fail("bad tag")
		}
		tg.dict[k] = uint16(c)
	}
	for range d.count(9) {
		k := d.str()
		tg.amb[k] = d.u64()
	}
	if n := d.count(2); n > 0 {
		paths := make(map[string]string, n)
		for range n {
			k := d.str()
			paths[k] = d.str()
		}
		tg.clus = newClusters(paths)
	}
	lm := &lemmatizer{exc: map[string]string{}}
	for range d.count(2) {
		k := d.str()
		lm.exc[k] = d.str()
	}
	p := &parser{labels: d.strs()}
	p.root = int(d.uint())
	if p.root >= len(p.labels) {
		d.fail("bad root label")
		return nil, d.err
	}
	p.leftOK = make([]bool, len(p.labels))
	p.rightOK = make([]bool, len(p.labels))
	for i := range p.labels {
		v := d.uint()
		p.leftOK[i], p.rightOK[i] = v&1 != 0, v&2 != 0
	}
	tg.model = d.classifier()
	p.model = d.classifier()
	if d.err != nil {
		return nil, d.err
	}
	if len(tg.tags) == 0 || tg.model.nclass != len(tg.tags) || p.model.nclass != nAct+2*len(p.labels) {
		return nil, fmt.Errorf("%w: inconsistent sizes", ErrModel)
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("%w: trailing data", ErrModel)
	}
	m.tagger, m.parser, m.lemmas = tg, p, lm
	return m, nil
}
