package syntax

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
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

// WithBeam returns a model that shares m's weights and parses with a beam of width k
// (at most 16): the k best sequences of transitions by their summed scores are kept at
// every step, instead of m's own decoding (sentences over 256 tokens are still parsed
// greedily). k < 2 means greedy decoding with selectional branching. Only a model trained
// with a beam (TrainOptions.Beam, whose beam Parse uses already) gains from one: the
// scores of the greedily trained embedded model do not add up across a sentence, and
// it parses worse with a beam. On EWT dev a beam of 2, 3 and 4 runs at 0.78, 0.64 and
// 0.59 times the speed of the embedded model's decoding. A k under 0 or over 16 is an
// error.
func (m *Model) WithBeam(k int) (*Model, error) {
	if m == nil {
		return nil, errors.New("syntax: WithBeam on a nil Model")
	}
	if k < 0 || k > maxBeam {
		return nil, fmt.Errorf("syntax: beam width %d out of range 0..%d", k, maxBeam)
	}
	p := *m.parser
	p.beam = k
	return &Model{info: m.info, tagger: m.tagger, parser: &p, lemmas: m.lemmas}, nil
}

// Beam returns the width of the beam the model parses with (0: greedy decoding with
// selectional branching).
func (m *Model) Beam() int { return m.parser.beam }

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
	m.parser.parse(toks, cls, m.tagger, w.tb.at, &w.pb)
	m.pool.Put(w)
}

// ParseFixed parses one sentence as [Model.Parse] does, except that every token i with
// fixed[i] true keeps the UPOS and XPOS it is given: the tagger takes them as its tag
// there (its later tags see them, as they see a tag of its own) and the parser reads
// them. A pair of tags the model does not know is ignored and the token tagged as by
// Parse; the lemma is the one for the given tags. fixed may be shorter than toks (the
// tokens after it are tagged freely); with no token fixed the result is Parse's. Callers
// use it to parse a multiword name written as one token, tagged as a proper noun.
func (m *Model) ParseFixed(toks []Token, fixed []bool) {
	if m == nil || len(toks) == 0 {
		return
	}
	w := m.work()
	w.tb.fixed = w.tb.fixed[:0]
	for i := range toks {
		c := int32(-1)
		if i < len(fixed) && fixed[i] {
			c = int32(m.tagger.class(toks[i].UPOS, toks[i].XPOS))
		}
		w.tb.fixed = append(w.tb.fixed, c)
	}
	cls := m.tag(toks, w)
	w.tb.fixed = w.tb.fixed[:0]
	m.parser.parse(toks, cls, m.tagger, w.tb.at, &w.pb)
	m.pool.Put(w)
}

// The model file: the magic and a version, then chunks compressed with DEFLATE one by
// one (see WriteTo) holding sections of unsigned varints, strings (length, bytes) and
// classifiers.
const (
	modelMagic   = "NGSYNTAX"
	modelVersion = 3
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

// index writes a classifier's size, scale, keys and row lengths.
func (e *encoder) index(c *classifier) {
	e.uint(uint64(c.nclass))
	e.u64(uint64(math.Float32bits(c.scale)))
	e.uint(uint64(len(c.keys)))
	prev := uint32(0)
	for _, k := range c.keys {
		e.uint(uint64(k - prev))
		prev = k
	}
	offs := c.rowOffsets()
	for i := range c.keys {
		e.uint(uint64(c.rows[offs[i]]))
	}
}

// rowOffsets returns the offset of the row of each key.
func (c *classifier) rowOffsets() []uint32 {
	offs := make([]uint32, len(c.keys))
	for i, k := range c.keys {
		offs[i] = c.lookup(k)
	}
	return offs
}

// rows writes the rows of keys lo..hi-1 as fixed-width fields: their shifts, then their
// classes, a byte each, then their weights (a byte each, or two, little-endian, if c is
// wide).
func (e *encoder) rows(c *classifier, offs []uint32, lo, hi int) {
	for i := lo; i < hi; i++ {
		e.b = append(e.b, c.rows[offs[i]+1])
	}
	es := c.entrySize()
	for i := lo; i < hi; i++ {
		r, _ := c.row(offs[i])
		for j := 0; j < len(r); j += es {
			e.b = append(e.b, r[j])
		}
	}
	for i := lo; i < hi; i++ {
		r, _ := c.row(offs[i])
		for j := 0; j < len(r); j += es {
			e.b = append(e.b, r[j+1:j+es]...)
		}
	}
}

// entryParts is the number of chunks the parser's weights are cut into, so that loading
// decompresses them in parallel.
const entryParts = 4

// WriteTo writes the model in the format Load reads: compressed with DEFLATE in chunks
// that Load decompresses in parallel, and the same bytes for the same model. It returns
// the number of bytes written.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var e encoder
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
	// The parser's flags: 1 labelled transitions; bits 8-15 the width of the beam it
	// decodes with (0: greedy with selectional branching).
	flags := uint64(min(max(p.beam, 0), 255)) << 8
	if p.joint {
		flags |= 1
	}
	e.uint(flags)
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
	if tg.model.nclass > 255 || p.model.nclass > 255 {
		return 0, fmt.Errorf("syntax: cannot write a model of more than 255 classes")
	}
	e.index(tg.model)
	e.rows(tg.model, tg.model.rowOffsets(), 0, len(tg.model.keys))
	chunks := [][]byte{e.b}
	var ix encoder
	ix.index(p.model)
	chunks = append(chunks, ix.b)
	n := len(p.model.keys)
	offs := p.model.rowOffsets()
	for k := range entryParts {
		var en encoder
		en.rows(p.model, offs, k*n/entryParts, (k+1)*n/entryParts)
		chunks = append(chunks, en.b)
	}
	// The container: magic, version, the chunk count, each chunk's compressed and raw
	// lengths, then the chunks, each compressed by itself with DEFLATE.
	var head encoder
	head.b = append(head.b, modelMagic...)
	head.uint(modelVersion)
	head.uint(uint64(len(chunks)))
	var body bytes.Buffer
	for _, c := range chunks {
		start := body.Len()
		zw, err := flate.NewWriter(&body, flate.BestCompression)
		if err != nil {
			return 0, err
		}
		if _, err := zw.Write(c); err != nil {
			return 0, err
		}
		if err := zw.Close(); err != nil {
			return 0, err
		}
		head.uint(uint64(body.Len() - start))
		head.uint(uint64(len(c)))
	}
	cw := &countWriter{w: w}
	if _, err := cw.Write(head.b); err != nil {
		return cw.n, err
	}
	_, err := cw.Write(body.Bytes())
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
	b        []byte
	err      error
	unsorted bool // rows read a row whose classes are not in increasing order
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

// index reads what encoder.index wrote: the classifier (wide or not) with its keys, and
// the offsets of its rows (the last one their end), whose lengths it sets in rows; the
// rest of the rows is still to be read.
func (d *decoder) index(wide bool) (*classifier, []uint32) {
	c := &classifier{nclass: d.count(0), wide: wide}
	c.scale = math.Float32frombits(uint32(d.u64()))
	if c.nclass > 255 || c.nclass == 0 {
		d.fail("bad class count")
		return c, nil
	}
	n := d.count(2)
	c.keys = make([]uint32, n)
	prev := uint64(0)
	for i := range n {
		prev += d.uint()
		if prev > math.MaxUint32 || prev == 0 || i > 0 && uint32(prev) == c.keys[i-1] {
			d.fail("bad feature key")
			return c, nil
		}
		c.keys[i] = uint32(prev)
	}
	offs := make([]uint32, n+1)
	ns := make([]byte, n)
	total := 1
	for i := range n {
		k := d.uint()
		if k == 0 || k > uint64(c.nclass) {
			d.fail("bad weight count")
			return c, nil
		}
		offs[i] = uint32(total)
		ns[i] = byte(k)
		total += c.rowLen(int(k))
		if total > math.MaxUint32/2 {
			d.fail("too many weights")
			return c, nil
		}
	}
	offs[n] = uint32(total)
	if d.err != nil {
		return c, nil
	}
	c.rows = make([]byte, total)
	for i := range n {
		c.rows[offs[i]] = ns[i]
	}
	return c, offs
}

// rows reads what encoder.rows wrote for keys lo..hi-1 into c.rows.
func (d *decoder) rows(c *classifier, offs []uint32, lo, hi int) {
	// In memory a row is 2+es*n bytes, in the file 1+es*n.
	need := int(offs[hi]-offs[lo]) - (hi - lo)
	if len(d.b) < need {
		d.fail("truncated weights")
		return
	}
	es := c.entrySize()
	m := (need - (hi - lo)) / es
	sh := d.b[:hi-lo]
	cls := d.b[hi-lo : hi-lo+m]
	ws := d.b[hi-lo+m : need]
	for i := lo; i < hi; i++ {
		r := c.rows[offs[i]:offs[i+1]]
		n := int(r[0])
		if sh[i-lo] > 15 || c.wide && sh[i-lo] != 0 {
			d.fail("bad shift")
			return
		}
		r[1] = sh[i-lo]
		prev := -1
		for _, k := range cls[:n] {
			if int(k) >= c.nclass {
				d.fail("bad class")
				return
			}
			if int(k) <= prev {
				d.unsorted = true
			}
			prev = int(k)
		}
		// The entries, a byte or two of weight after each class (no copy call a byte).
		e := r[2 : 2+es*n]
		if es == 2 {
			w := ws[:n]
			for j, k := range cls[:n] {
				e[2*j], e[2*j+1] = k, w[j]
			}
		} else {
			for j, k := range cls[:n] {
				e[es*j] = k
				copy(e[es*j+1:es*(j+1)], ws[(es-1)*j:(es-1)*(j+1)])
			}
		}
		cls, ws = cls[n:], ws[(es-1)*n:]
	}
	d.b = d.b[need:]
}

// Load reads a model written by [Model.WriteTo]. Data that is not such a model gives an
// error wrapping ErrModel; Load never panics on bad data. It decompresses the model's
// chunks in parallel.
func Load(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	return decodeModel(b)
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
	h := &decoder{b: b[len(modelMagic):]}
	if v := h.uint(); v != modelVersion {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrModel, v, modelVersion)
	}
	nch := h.count(2)
	if h.err == nil && nch != 2+entryParts {
		h.fail("bad chunk count")
	}
	zlen, rlen := make([]int, nch), make([]int, nch)
	total := 0
	for i := range nch {
		zlen[i], rlen[i] = h.count(0), int(h.uint())
		total += zlen[i]
		if rlen[i] > 1<<30 {
			h.fail("chunk too large")
		}
	}
	if h.err != nil {
		return nil, h.err
	}
	if total != len(h.b) {
		return nil, fmt.Errorf("%w: chunks of %d bytes in %d", ErrModel, total, len(h.b))
	}
	chunks := make([][]byte, nch)
	errs := make([]error, nch)
	var wg sync.WaitGroup
	off := 0
	for i := range nch {
		z := h.b[off : off+zlen[i]]
		off += zlen[i]
		wg.Add(1)
		go func() {
			defer wg.Done()
			zr := flate.NewReader(bytes.NewReader(z))
			buf := make([]byte, rlen[i])
			if _, err := io.ReadFull(zr, buf); err != nil {
				errs[i] = err
				return
			}
			if n, _ := zr.Read(make([]byte, 1)); n != 0 {
				errs[i] = errors.New("chunk longer than said")
				return
			}
			chunks[i] = buf
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrModel, err)
		}
	}
	d := &decoder{b: chunks[0]}
	m = &Model{info: d.str()}
	tg := &tagger{tags: d.strs(), dict: map[string]uint16{}, amb: map[string]uint64{}}
	for _, t := range tg.tags {
		u, x, _ := strings.Cut(t, "\t")
		tg.upos = append(tg.upos, u)
		tg.uposHash = append(tg.uposHash, hstr(u))
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
	flags := d.uint()
	if flags&^0xff01 != 0 {
		d.fail("unknown parser flags")
		return nil, d.err
	}
	p.joint = flags&1 != 0
	p.beam = int(flags >> 8)
	p.leftOK = make([]bool, len(p.labels))
	p.rightOK = make([]bool, len(p.labels))
	for i := range p.labels {
		v := d.uint()
		p.leftOK[i], p.rightOK[i] = v&1 != 0, v&2 != 0
	}
	var toffs []uint32
	tg.model, toffs = d.index(true)
	if d.err == nil {
		d.rows(tg.model, toffs, 0, len(tg.model.keys))
	}
	if d.err == nil && len(d.b) != 0 {
		d.fail("trailing data")
	}
	dx := &decoder{b: chunks[1]}
	var poffs []uint32
	p.model, poffs = dx.index(false)
	if dx.err == nil && len(dx.b) != 0 {
		dx.fail("trailing data")
	}
	for _, x := range []*decoder{d, dx} {
		if x.err != nil {
			return nil, x.err
		}
	}
	// The parser's weights, part by part, in parallel; then both tables.
	pm := p.model
	n := len(pm.keys)
	var unsorted [entryParts]bool
	for k := range entryParts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			de := &decoder{b: chunks[2+k]}
			de.rows(pm, poffs, k*n/entryParts, (k+1)*n/entryParts)
			if de.err == nil && len(de.b) != 0 {
				de.fail("trailing data")
			}
			errs[2+k] = de.err
			unsorted[k] = de.unsorted
		}()
	}
	wg.Wait()
	pm.unsorted = slices.Contains(unsorted[:], true)
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	var ok [2]bool
	wg.Add(2)
	go func() { defer wg.Done(); ok[0] = tg.model.build() }()
	go func() { defer wg.Done(); ok[1] = pm.build() }()
	wg.Wait()
	if !ok[0] || !ok[1] {
		return nil, fmt.Errorf("%w: bad weights", ErrModel)
	}
	if len(tg.tags) == 0 || tg.model.nclass != len(tg.tags) || p.model.nclass != nAct+2*len(p.labels) {
		return nil, fmt.Errorf("%w: inconsistent sizes", ErrModel)
	}
	p.prepare()
	m.tagger, m.parser, m.lemmas = tg, p, lm
	return m, nil
}
