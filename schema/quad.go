package schema

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// TermKind says whether a [Term] is an IRI or a literal.
type TermKind uint8

// The kinds of term.
const (
	// IRITerm is an IRI node.
	IRITerm TermKind = iota + 1
	// LiteralTerm is a literal value, possibly typed.
	LiteralTerm
)

// Term is a node or value in a quad: an IRI or a literal.
type Term struct {
	Kind TermKind
	// Value is the IRI or the literal's lexical form.
	Value string
	// Datatype is a literal's datatype IRI; "" means xsd:string.
	Datatype IRI
}

// IRITermOf returns the term for an IRI.
func IRITermOf(i IRI) Term { return Term{Kind: IRITerm, Value: string(i)} }

// StringTerm returns a plain string literal.
func StringTerm(s string) Term { return Term{Kind: LiteralTerm, Value: s} }

// TypedTerm returns a literal with a datatype.
func TypedTerm(v string, datatype IRI) Term {
	if datatype == XSDString {
		datatype = ""
	}
	return Term{Kind: LiteralTerm, Value: v, Datatype: datatype}
}

// IntTerm returns an xsd:integer literal.
func IntTerm(n int) Term { return TypedTerm(strconv.Itoa(n), XSDInteger) }

// DateTerm returns the literal of a publication time: an xsd:date when t is midnight UTC,
// else an xsd:dateTime in RFC 3339.
func DateTerm(t time.Time) Term {
	t = t.UTC()
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return TypedTerm(t.Format(time.DateOnly), XSDDate)
	}
	return TypedTerm(t.Format(time.RFC3339), XSDDateTime)
}

// IsIRI reports whether t is an IRI.
func (t Term) IsIRI() bool { return t.Kind == IRITerm }

// String returns the term in N-Quads syntax: <iri>, "literal" or "literal"^^<datatype>.
func (t Term) String() string {
	var b strings.Builder
	t.write(&b)
	return b.String()
}

func (t Term) write(b *strings.Builder) {
	if t.Kind == IRITerm {
		writeIRI(b, t.Value)
		return
	}
	b.WriteByte('"')
	if plainLiteral(t.Value) {
		b.WriteString(t.Value) // what the loop below writes of it, rune by rune
	} else {
		writeEscapedLiteral(b, t.Value)
	}
	b.WriteByte('"')
	if t.Datatype != "" {
		b.WriteString("^^")
		writeIRI(b, string(t.Datatype))
	}
}

// writeEscapedLiteral writes a literal's lexical form s with N-Quads' escapes.
func writeEscapedLiteral(b *strings.Builder, s string) {
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
}

func writeIRI(b *strings.Builder, s string) {
	b.WriteByte('<')
	if plainIRI(s) {
		b.WriteString(s)
		b.WriteByte('>')
		return
	}
	for _, r := range s {
		if r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r) {
			fmt.Fprintf(b, `\u%04X`, r)
		} else {
			b.WriteRune(r)
		}
	}
	b.WriteByte('>')
}

// Quad is one statement of the graph: subject, predicate, object and a label, the IRI of
// the document or sentence it was read from.
type Quad struct {
	Subject   Term
	Predicate Predicate
	Object    Term
	Label     IRI
}

// String returns the quad as one N-Quads line, without the newline.
func (q Quad) String() string {
	var b strings.Builder
	q.Subject.write(&b)
	b.WriteByte(' ')
	writeIRI(&b, string(q.Predicate))
	b.WriteByte(' ')
	q.Object.write(&b)
	if q.Label != "" {
		b.WriteByte(' ')
		writeIRI(&b, string(q.Label))
	}
	b.WriteString(" .")
	return b.String()
}

// CompareQuads orders quads by subject, predicate, object and label, as strings in
// N-Quads syntax. It does not build those strings: terms that N-Quads writes as they
// are (no escapes, valid UTF-8) are compared in place, and only the rare term that
// needs escaping is formatted.
func CompareQuads(a, b Quad) int {
	// Field by field, each compared only when those before are equal (cmp.Or would
	// compare all four, and a sentence's text is long).
	if c := compareTerms(a.Subject, b.Subject); c != 0 {
		return c
	}
	if c := strings.Compare(string(a.Predicate), string(b.Predicate)); c != 0 {
		return c
	}
	if c := compareTerms(a.Object, b.Object); c != 0 {
		return c
	}
	return strings.Compare(string(a.Label), string(b.Label))
}

// compareTerms compares a.String() and b.String() without building them.
func compareTerms(a, b Term) int {
	if a == b {
		return 0
	}
	return comparePlain(a, b, a.plain(), b.plain())
}

// plain reports whether the term's N-Quads form is its parts as they are: no escapes
// and valid UTF-8.
func (t Term) plain() bool {
	if t.IsIRI() {
		return plainIRI(t.Value)
	}
	return plainLiteral(t.Value) && plainIRI(string(t.Datatype))
}

// comparePlain is compareTerms given whether a and b are plain.
func comparePlain(a, b Term, aPlain, bPlain bool) int {
	if a.IsIRI() != b.IsIRI() {
		// A literal starts with '"', an IRI with '<'.
		if a.IsIRI() {
			return 1
		}
		return -1
	}
	switch {
	case !aPlain || !bPlain:
		return strings.Compare(a.String(), b.String())
	case a.IsIRI():
		return compareClosed(a.Value, b.Value, '>')
	}
	if c := compareClosed(a.Value, b.Value, '"'); c != 0 {
		return c
	}
	// Equal up to the closing quote; then nothing, or ^^<datatype>.
	switch {
	case a.Datatype == b.Datatype:
		return 0
	case a.Datatype == "":
		return -1
	case b.Datatype == "":
		return 1
	}
	return compareClosed(string(a.Datatype), string(b.Datatype), '>')
}

// sortQuads sorts quads by [CompareQuads], checking once per quad, not once per
// comparison, which terms need the slow path.
func sortQuads(quads []Quad) {
	type keyed struct {
		q              *Quad
		sPlain, oPlain bool
	}
	ks := make([]keyed, len(quads))
	for i := range quads {
		ks[i] = keyed{&quads[i], quads[i].Subject.plain(), quads[i].Object.plain()}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		x, y := a.q, b.q
		if x.Subject != y.Subject {
			if c := comparePlain(x.Subject, y.Subject, a.sPlain, b.sPlain); c != 0 {
				return c
			}
		}
		if c := strings.Compare(string(x.Predicate), string(y.Predicate)); c != 0 {
			return c
		}
		if x.Object != y.Object {
			if c := comparePlain(x.Object, y.Object, a.oPlain, b.oPlain); c != 0 {
				return c
			}
		}
		return strings.Compare(string(x.Label), string(y.Label))
	})
	sorted := make([]Quad, len(quads))
	for i, k := range ks {
		sorted[i] = *k.q
	}
	copy(quads, sorted)
}

// compareClosed compares a+end with b+end.
func compareClosed(a, b string, end byte) int {
	n := min(len(a), len(b))
	if c := strings.Compare(a[:n], b[:n]); c != 0 {
		return c
	}
	switch {
	case len(a) == len(b):
		return 0
	case len(a) == n:
		return cmp.Compare(end, b[n])
	default:
		return cmp.Compare(a[n], end)
	}
}

// plainIRI reports whether writeIRI writes s unchanged.
func plainIRI(s string) bool { return plainBytes(s, &iriBytes) }

// plainLiteral reports whether a literal's lexical form is written unchanged.
func plainLiteral(s string) bool { return plainBytes(s, &literalBytes) }

// The kinds of byte plainBytes tells apart: written as it is, escaped, or part of a
// multi-byte character (valid UTF-8 is written as it is).
const (
	bytePlain = iota
	byteEscaped
	byteMulti
)

// iriBytes and literalBytes give the kind of each byte in an IRI and in a literal's
// lexical form: a table, since every term of every quad written is read byte by byte.
var iriBytes, literalBytes = func() (iri, lit [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			iri[c], lit[c] = byteMulti, byteMulti
		case c <= 0x20, c == '<', c == '>', c == '"', c == '{', c == '}', c == '|', c == '^', c == '`', c == '\\':
			iri[c] = byteEscaped
		}
		if c < 0x20 || c == 0x7f || c == '"' || c == '\\' {
			lit[c] = byteEscaped
		}
	}
	return iri, lit
}()

// plainBytes reports whether s has no byte that kinds marks as escaped and is valid
// UTF-8.
func plainBytes(s string, kinds *[256]uint8) bool {
	var seen uint8
	for i := 0; i < len(s); i++ {
		k := kinds[s[i]]
		if k == byteEscaped {
			return false
		}
		seen |= k
	}
	return seen == 0 || utf8.ValidString(s)
}

// WriteNQuads writes quads to w in standard N-Quads, one a line, in the order given.
func WriteNQuads(w io.Writer, quads []Quad) error {
	bw := bufio.NewWriter(w)
	for _, q := range quads {
		bw.WriteString(q.String())
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// Quads returns the quads of an extraction, sorted and without duplicates, after checking
// that it is consistent. Document, sentence and entity quads are labelled with the
// document's IRI; each fact gives one quad per piece of evidence, labelled with the
// sentence's IRI. So removing a document means removing exactly the quads labelled with
// its IRI or one of its sentences' IRIs.
//
// It returns an *[ExtractionError] when the document id is invalid, an entity has an
// invalid IRI, class or empty name, or a fact names an unknown predicate, an entity the
// extraction does not describe, a class its predicate does not allow, or a sentence that
// is not in Sentences.
func (x *Extraction) Quads() ([]Quad, error) {
	if err := x.Validate(); err != nil {
		return nil, err
	}
	doc := x.Document.ID
	dl := doc.IRI()
	var qs []Quad
	add := func(s Term, p Predicate, o Term, l IRI) {
		qs = append(qs, Quad{Subject: s, Predicate: p, Object: o, Label: l})
	}
	d := IRITermOf(dl)
	add(d, Type, IRITermOf(DocumentClass.IRI()), dl)
	if x.Document.Headline != "" {
		add(d, Headline, StringTerm(x.Document.Headline), dl)
	}
	if !x.Document.Published.IsZero() {
		add(d, DatePublished, DateTerm(x.Document.Published), dl)
	}
	for _, a := range x.Document.Authors {
		add(d, Author, IRITermOf(a.IRI), dl)
	}
	for _, s := range x.Sentences {
		st := IRITermOf(doc.SentenceIRI(s.N))
		add(st, IsPartOf, d, dl)
		add(st, Text, StringTerm(s.Text), dl)
		add(st, Start, IntTerm(s.Start), dl)
		add(st, Length, IntTerm(s.Length), dl)
	}
	entities := append(slices.Clip(x.Entities), x.Document.Authors...)
	for _, e := range entities {
		et := IRITermOf(e.IRI)
		add(d, Mentions, et, dl)
		add(et, Type, IRITermOf(e.Class.IRI()), dl)
		add(et, Name, StringTerm(e.Name), dl)
		for _, a := range e.Aliases {
			if a != e.Name && a != "" {
				add(et, AlternateName, StringTerm(a), dl)
			}
		}
	}
	for _, f := range x.Facts {
		for _, ev := range f.Evidence {
			add(IRITermOf(f.Subject.IRI), f.Predicate, IRITermOf(f.Object.IRI), doc.SentenceIRI(ev.Sentence))
		}
	}
	sortQuads(qs)
	return slices.CompactFunc(qs, func(a, b Quad) bool { return CompareQuads(a, b) == 0 }), nil
}

// Validate checks the extraction's consistency; see [Extraction.Quads].
func (x *Extraction) Validate() error {
	doc := x.Document.ID
	bad := func(format string, args ...any) error {
		return &ExtractionError{Doc: doc, Reason: fmt.Sprintf(format, args...)}
	}
	if err := doc.Validate(); err != nil {
		return bad("%v", err)
	}
	sentences := make(map[int]bool, len(x.Sentences))
	for _, s := range x.Sentences {
		if s.N < 1 || s.Start < 0 || s.Length < 0 {
			return bad("sentence %d has an invalid number or span", s.N)
		}
		sentences[s.N] = true
	}
	classes := make(map[IRI]Class, len(x.Entities))
	for _, e := range append(slices.Clip(x.Entities), x.Document.Authors...) {
		if r, err := ParseIRI(e.IRI); err != nil || r.Kind != EntityRef {
			return bad("entity %q has an invalid IRI %q", e.Name, e.IRI)
		}
		if e.Class == DocumentClass || !e.Class.Valid() {
			return bad("entity %s has an invalid class %q", e.IRI, e.Class)
		}
		if strings.TrimSpace(e.Name) == "" {
			return bad("entity %s has no name", e.IRI)
		}
		if c, ok := classes[e.IRI]; ok && c != e.Class {
			return bad("entity %s has two classes, %s and %s", e.IRI, c.Name(), e.Class.Name())
		}
		classes[e.IRI] = e.Class
	}
	for _, a := range x.Document.Authors {
		if a.Class != Person {
			return bad("author %s is a %s, not a Person", a.IRI, a.Class.Name())
		}
	}
	prev := IRI("")
	for i, n := range x.Names {
		c, ok := classes[n.IRI]
		switch {
		case !ok:
			return bad("names of %s, an entity the extraction does not describe", n.IRI)
		case c != n.Class:
			return bad("names of %s give the class %s, the entity is a %s", n.IRI, n.Class.Name(), c.Name())
		case i > 0 && n.IRI <= prev:
			return bad("names are not sorted by IRI, or name %s twice", n.IRI)
		}
		prev = n.IRI
		for _, f := range n.Forms {
			if strings.TrimSpace(f.Text) == "" || f.Count < 0 {
				return bad("names of %s have an empty name or a negative count", n.IRI)
			}
		}
	}
	for _, f := range x.Facts {
		if !f.Predicate.IsRelation() {
			return bad("fact has unknown predicate %q", f.Predicate)
		}
		sc, ok1 := classes[f.Subject.IRI]
		oc, ok2 := classes[f.Object.IRI]
		if !ok1 || !ok2 {
			return bad("fact %s %s %s names an entity the extraction does not describe",
				f.Subject.IRI, f.Predicate.Name(), f.Object.IRI)
		}
		if !f.Predicate.Allows(sc, oc) {
			return bad("fact %s %s %s: %s does not link a %s to a %s", f.Subject.IRI,
				f.Predicate.Name(), f.Object.IRI, f.Predicate.Name(), sc.Name(), oc.Name())
		}
		if len(f.Evidence) == 0 {
			return bad("fact %s %s %s has no evidence", f.Subject.IRI, f.Predicate.Name(), f.Object.IRI)
		}
		for _, ev := range f.Evidence {
			if ev.Doc != doc || !sentences[ev.Sentence] {
				return bad("fact %s %s %s cites sentence %s#s%d, not one of the document's",
					f.Subject.IRI, f.Predicate.Name(), f.Object.IRI, ev.Doc, ev.Sentence)
			}
		}
	}
	return nil
}
