package graph

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/schema"
)

// index is the graph's in-memory view of the store, kept beside Cayley so that lookups by
// name, fact filters, neighbours, shortest paths and statistics are fast and exact. It is
// rebuilt from the store's quads at Open and updated after each committed write; the
// Graph's mutex guards it. Every count is a reference count over the documents' quads, so
// removing a document undoes exactly what adding it did.
type index struct {
	docs     map[schema.DocID]*docEntry
	ents     map[schema.IRI]*entEntry
	facts    map[factKey]*factEntry
	out, in  map[schema.IRI]map[factKey]struct{}
	keys     map[string]map[schema.IRI]int // NameKey of a name or alias -> entities
	surnames map[string]map[schema.IRI]int // last token of a canonical name's key -> entities
	quads    int                           // quads of all documents
	foreign  int                           // quads whose label names no document
	label    labelMemo                     // the last label add parsed
	search   searchState                   // Search's word index (search.go)
	formers  map[schema.IRI]schema.IRI     // former IRIs of entities -> their IRIs now
}

// labelMemo remembers what docOf said about one label: consecutive quads mostly share
// their label (a store returns a document's quads together), and parsing it is a fair
// share of rebuilding the index at Open.
type labelMemo struct {
	label  schema.IRI
	doc    schema.DocID
	docIRI schema.IRI
	n      int
	ok     bool
}

// docOf is the package's docOf, remembered for the last label, with the document's IRI.
func (ix *index) docOf(label schema.IRI) (schema.DocID, schema.IRI, int, bool) {
	m := &ix.label
	if m.label != label || m.label == "" {
		doc, n, ok := docOf(label)
		*m = labelMemo{label: label, doc: doc, n: n, ok: ok}
		if ok {
			m.docIRI = doc.IRI()
		}
	}
	return m.doc, m.docIRI, m.n, m.ok
}

type docEntry struct {
	headline  string
	published time.Time
	authors   []schema.IRI
	sentences map[int]schema.Sentence
	labels    map[int]int // sentence numbers used as fact labels, with quad counts
	quads     int
}

type entEntry struct {
	names, aliases map[string]int
	classes        map[schema.Class]int
	mentions       int // quads that mention or describe it
}

type factKey struct {
	s schema.IRI
	p schema.Predicate
	o schema.IRI
}

type evKey struct {
	doc schema.DocID
	n   int
}

type factEntry struct{ ev map[evKey]struct{} }

func newIndex() *index {
	return &index{
		docs:     map[schema.DocID]*docEntry{},
		ents:     map[schema.IRI]*entEntry{},
		facts:    map[factKey]*factEntry{},
		out:      map[schema.IRI]map[factKey]struct{}{},
		in:       map[schema.IRI]map[factKey]struct{}{},
		keys:     map[string]map[schema.IRI]int{},
		surnames: map[string]map[schema.IRI]int{},
		formers:  map[schema.IRI]schema.IRI{},
	}
}

// setFormers applies a change of the former IRIs (an empty target deletes one).
func (ix *index) setFormers(m map[schema.IRI]schema.IRI) {
	for f, t := range m {
		if t == "" {
			delete(ix.formers, f)
		} else {
			ix.formers[f] = t
		}
	}
}

// docOf returns the document a label belongs to and the sentence number (0 for the
// document itself).
func docOf(label schema.IRI) (schema.DocID, int, bool) {
	r, err := schema.ParseIRI(label)
	if err != nil {
		return "", 0, false
	}
	switch r.Kind {
	case schema.DocumentRef:
		return r.Doc, 0, true
	case schema.SentenceRef:
		return r.Doc, r.Sentence, true
	}
	return "", 0, false
}

func (ix *index) doc(id schema.DocID) *docEntry {
	d := ix.docs[id]
	if d == nil {
		d = &docEntry{sentences: map[int]schema.Sentence{}, labels: map[int]int{}}
		ix.docs[id] = d
	}
	return d
}

func (ix *index) ent(iri schema.IRI) *entEntry {
	e := ix.ents[iri]
	if e == nil {
		e = &entEntry{names: map[string]int{}, aliases: map[string]int{}, classes: map[schema.Class]int{}}
		ix.ents[iri] = e
	}
	return e
}

func bump[K comparable](m map[K]int, k K, d int) {
	if m[k] += d; m[k] <= 0 {
		delete(m, k)
	}
}

func bump2[K1, K2 comparable](m map[K1]map[K2]int, k1 K1, k2 K2, d int) {
	inner := m[k1]
	if inner == nil {
		inner = map[K2]int{}
		m[k1] = inner
	}
	if bump(inner, k2, d); len(inner) == 0 {
		delete(m, k1)
	}
}

func lastToken(key string) string {
	if i := strings.LastIndexByte(key, ' '); i >= 0 {
		return key[i+1:]
	}
	return key
}

// add applies one quad of the store to the index; d is +1 when the quad is added and -1
// when it is removed. A removed document's docEntry is dropped by the caller.
func (ix *index) add(q schema.Quad, d int) {
	doc, docIRI, n, ok := ix.docOf(q.Label)
	if !ok {
		ix.foreign += d
		return
	}
	ix.quads += d
	de := ix.doc(doc)
	de.quads += d
	subj := schema.IRI(q.Subject.Value)
	if n > 0 { // a fact
		if !q.Predicate.IsRelation() || !q.Object.IsIRI() {
			return
		}
		bump(de.labels, n, d)
		k := factKey{subj, q.Predicate, schema.IRI(q.Object.Value)}
		fe := ix.facts[k]
		if d > 0 {
			if fe == nil {
				fe = &factEntry{ev: map[evKey]struct{}{}}
				ix.facts[k] = fe
				link(ix.out, k.s, k)
				link(ix.in, k.o, k)
			}
			fe.ev[evKey{doc, n}] = struct{}{}
		} else if fe != nil {
			delete(fe.ev, evKey{doc, n})
			if len(fe.ev) == 0 {
				delete(ix.facts, k)
				unlink(ix.out, k.s, k)
				unlink(ix.in, k.o, k)
			}
		}
		return
	}
	if r, ok := sentenceRef(subj); ok {
		if d < 0 {
			return // the whole docEntry goes
		}
		s := de.sentences[r.Sentence]
		s.N = r.Sentence
		switch q.Predicate {
		case schema.Text:
			s.Text = q.Object.Value
		case schema.Start:
			s.Start, _ = strconv.Atoi(q.Object.Value)
		case schema.Length:
			s.Length, _ = strconv.Atoi(q.Object.Value)
		}
		de.sentences[r.Sentence] = s
		return
	}
	if subj == docIRI {
		if d < 0 {
			if q.Predicate == schema.Mentions {
				ix.mention(schema.IRI(q.Object.Value), d)
			}
			return
		}
		switch q.Predicate {
		case schema.Headline:
			de.headline = q.Object.Value
		case schema.DatePublished:
			de.published = parseDate(q.Object)
		case schema.Author:
			de.authors = append(de.authors, schema.IRI(q.Object.Value))
			slices.Sort(de.authors)
		case schema.Mentions:
			ix.mention(schema.IRI(q.Object.Value), d)
		}
		return
	}
	// An entity's class, name or alias.
	switch q.Predicate {
	case schema.Type:
		ix.mention(subj, d)
		bump(ix.ent(subj).classes, schema.Class(q.Object.Value), d)
	case schema.Name:
		ix.mention(subj, d)
		bump(ix.ent(subj).names, q.Object.Value, d)
		key := schema.NameKey(q.Object.Value)
		bump2(ix.keys, key, subj, d)
		ix.syncKey(key)
		bump2(ix.surnames, lastToken(key), subj, d)
	case schema.AlternateName:
		ix.mention(subj, d)
		bump(ix.ent(subj).aliases, q.Object.Value, d)
		key := schema.NameKey(q.Object.Value)
		bump2(ix.keys, key, subj, d)
		ix.syncKey(key)
	default:
		return
	}
	ix.gc(subj)
}

// sentenceRef parses iri when it is a sentence's IRI. Only an IRI under DocBase can be
// one, and parsing an entity's IRI (which checks its slug) is costly.
func sentenceRef(iri schema.IRI) (schema.Ref, bool) {
	if !strings.HasPrefix(string(iri), schema.DocBase) {
		return schema.Ref{}, false
	}
	r, err := schema.ParseIRI(iri)
	return r, err == nil && r.Kind == schema.SentenceRef
}

func (ix *index) mention(iri schema.IRI, d int) {
	ix.ent(iri).mentions += d
	ix.gc(iri)
}

func (ix *index) gc(iri schema.IRI) {
	if e := ix.ents[iri]; e != nil && e.mentions <= 0 && len(e.names) == 0 &&
		len(e.aliases) == 0 && len(e.classes) == 0 {
		delete(ix.ents, iri)
	}
}

func link(m map[schema.IRI]map[factKey]struct{}, iri schema.IRI, k factKey) {
	if m[iri] == nil {
		m[iri] = map[factKey]struct{}{}
	}
	m[iri][k] = struct{}{}
}

func unlink(m map[schema.IRI]map[factKey]struct{}, iri schema.IRI, k factKey) {
	delete(m[iri], k)
	if len(m[iri]) == 0 {
		delete(m, iri)
	}
}

func parseDate(t schema.Term) time.Time {
	if t.Datatype == schema.XSDDate {
		d, _ := time.Parse(time.DateOnly, t.Value)
		return d
	}
	d, _ := time.Parse(time.RFC3339, t.Value)
	return d.UTC()
}

// top returns the key with the highest count, the smallest on ties.
func top[K cmp.Ordered](m map[K]int) K {
	var best K
	n := -1
	for k, c := range m {
		if c > n || c == n && k < best {
			best, n = k, c
		}
	}
	return best
}

// entity returns the entity as the index knows it: its most attested canonical name
// and class, and every other name seen as a sorted alias. A former IRI of an entity (an
// IRI that resolution gave it before other documents changed its canonical name) gives
// the entity, with its IRI now.
func (ix *index) entity(iri schema.IRI) (schema.Entity, bool) {
	e := ix.ents[iri]
	if e == nil || len(e.classes) == 0 {
		now, ok := ix.formers[iri]
		if e = ix.ents[now]; !ok || e == nil || len(e.classes) == 0 {
			return schema.Entity{}, false
		}
		iri = now
	}
	ent := schema.Entity{IRI: iri, Name: top(e.names), Class: top(e.classes)}
	for a := range e.aliases {
		if a != ent.Name {
			ent.Aliases = append(ent.Aliases, a)
		}
	}
	for a := range e.names {
		if a != ent.Name && e.aliases[a] == 0 {
			ent.Aliases = append(ent.Aliases, a)
		}
	}
	slices.Sort(ent.Aliases)
	return ent, true
}

// ref returns the entity without aliases, as the subject or object of a fact.
func (ix *index) ref(iri schema.IRI) schema.Entity {
	e := ix.ents[iri]
	if e == nil {
		return schema.Entity{IRI: iri}
	}
	return schema.Entity{IRI: iri, Name: top(e.names), Class: top(e.classes)}
}

func (ix *index) class(iri schema.IRI) schema.Class {
	if e := ix.ents[iri]; e != nil {
		return top(e.classes)
	}
	return ""
}

// evidence returns a fact's evidence, ordered by document and sentence; only from doc
// when it is not "".
func (ix *index) evidence(fe *factEntry, doc schema.DocID) []schema.Evidence {
	evs := make([]schema.Evidence, 0, len(fe.ev))
	for k := range fe.ev {
		if doc != "" && k.doc != doc {
			continue
		}
		ev := schema.Evidence{Doc: k.doc, Sentence: k.n}
		if de := ix.docs[k.doc]; de != nil {
			s := de.sentences[k.n]
			ev.Text, ev.Start, ev.Length = s.Text, s.Start, s.Length
		}
		evs = append(evs, ev)
	}
	slices.SortFunc(evs, func(a, b schema.Evidence) int {
		return cmp.Or(strings.Compare(string(a.Doc), string(b.Doc)), cmp.Compare(a.Sentence, b.Sentence))
	})
	return evs
}

func (ix *index) fact(k factKey, doc schema.DocID) (schema.Fact, bool) {
	fe := ix.facts[k]
	if fe == nil {
		return schema.Fact{}, false
	}
	evs := ix.evidence(fe, doc)
	if len(evs) == 0 {
		return schema.Fact{}, false
	}
	return schema.Fact{Subject: ix.ref(k.s), Predicate: k.p, Object: ix.ref(k.o), Evidence: evs}, true
}

// compareFacts orders facts by subject name, predicate, object name and IRIs.
func compareFacts(a, b schema.Fact) int {
	return cmp.Or(
		strings.Compare(a.Subject.Name, b.Subject.Name),
		strings.Compare(string(a.Subject.IRI), string(b.Subject.IRI)),
		cmp.Compare(predicateRank(a.Predicate), predicateRank(b.Predicate)),
		strings.Compare(a.Object.Name, b.Object.Name),
		strings.Compare(string(a.Object.IRI), string(b.Object.IRI)),
	)
}

func predicateRank(p schema.Predicate) int {
	if i := slices.Index(schema.Relations(), p); i >= 0 {
		return i
	}
	return len(schema.Relations())
}

func compareEntities(a, b schema.Entity) int {
	return cmp.Or(strings.Compare(a.Name, b.Name), strings.Compare(string(a.IRI), string(b.IRI)))
}

// document returns a document's metadata.
func (ix *index) document(id schema.DocID) (schema.Document, bool) {
	de := ix.docs[id]
	if de == nil {
		return schema.Document{}, false
	}
	d := schema.Document{ID: id, Headline: de.headline, Published: de.published}
	for _, a := range de.authors {
		if e, ok := ix.entity(a); ok {
			d.Authors = append(d.Authors, e)
		} else {
			d.Authors = append(d.Authors, schema.Entity{IRI: a})
		}
	}
	return d, true
}

// labels returns the labels of a document's quads: its IRI and its sentences' IRIs.
func (de *docEntry) labelsOf(id schema.DocID) []schema.IRI {
	ns := map[int]bool{}
	for n := range de.sentences {
		ns[n] = true
	}
	for n := range de.labels {
		ns[n] = true
	}
	out := []schema.IRI{id.IRI()}
	for _, n := range slices.Sorted(maps.Keys(ns)) {
		out = append(out, id.SentenceIRI(n))
	}
	return out
}
