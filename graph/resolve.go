package graph

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/schema"
)

// This file is the write path of cross-document resolution. A Graph keeps, beside the
// quads, each document's own extraction and the resolution of every entity of every
// document (internal/resolve): adding or removing documents recomputes the entities
// their names touch, and the same transaction rewrites the quads of every document whose
// entities changed IRI or canonical name. So the quads are a function of the set of
// documents, whatever the order, batching or history of the writes.

// write removes the documents remove and adds (or replaces) the extractions xs, with
// every document whose resolution this changes, in one transaction of the store. It runs
// inside g.update, under the write lock.
func (g *Graph) write(ctx context.Context, xs []*schema.Extraction, remove []schema.DocID) error {
	add := make([]resolve.Doc, len(xs))
	for i, x := range xs {
		add[i] = resolve.DocOf(x)
	}
	delta, err := g.res.Apply(remove, add)
	if err != nil {
		return err
	}
	committed := false
	defer func() {
		if !committed {
			g.res.Rollback()
		}
	}()
	var w store.Write
	type update struct {
		id       schema.DocID
		old, new []schema.Quad
	}
	var updates []update
	// oldQuads returns the quads the store holds of a document: its extraction resolved
	// as it was before (derived, without reading the quads of every entity the document
	// mentions, which a document about a common name makes costly), or read from the
	// store for a document without one (an extraction made by hand, a store of version
	// 1) or when the store was resolved by another version of the rules.
	oldQuads := func(id schema.DocID, local *schema.Extraction) ([]schema.Quad, error) {
		if _, held := g.ix.docs[id]; !held {
			return nil, nil
		}
		if assign, ok := delta.Old[id]; ok && local != nil && !g.stale {
			rx, err := resolve.Rewrite(local, assign)
			if err != nil {
				return nil, err
			}
			return rx.Quads()
		}
		quads, err := g.docQuads(ctx, id)
		if err != nil {
			return nil, g.storeErr(err)
		}
		return quads, nil
	}
	stored := func(id schema.DocID) (*schema.Extraction, error) {
		if _, ok := delta.Old[id]; !ok {
			return nil, nil
		}
		b, err := g.st.Local(ctx, id)
		if err != nil {
			return nil, g.storeErr(err)
		}
		x, err := g.local(id, b)
		if err != nil {
			return nil, g.storeErr(fmt.Errorf("the extraction kept of document %q: %w", id, err))
		}
		return x, nil
	}
	doc := func(id schema.DocID, before, x *schema.Extraction, c store.Change) error {
		old, err := oldQuads(id, before)
		if err != nil {
			return err
		}
		var quads []schema.Quad
		if x != nil {
			rx, err := resolve.Rewrite(x, g.res.Assignment(id))
			if err != nil {
				return err
			}
			if quads, err = rx.Quads(); err != nil {
				return err
			}
		}
		var removes, adds []schema.Quad
		if len(old) == 0 {
			adds = quads // a new document: Quads gives no quad twice
		} else {
			removes, adds = diff(sortedQuads(old), sortedQuads(quads))
		}
		w.Removes = append(w.Removes, removes...)
		w.Adds = append(w.Adds, adds...)
		c.Doc, c.Old, c.New = id, old, quads
		w.Changes = append(w.Changes, c)
		updates = append(updates, update{id, old, quads})
		return nil
	}
	inBatch := map[schema.DocID]bool{}
	for _, id := range remove {
		before, err := stored(id)
		if err != nil {
			return err
		}
		if err := doc(id, before, nil, store.Change{Removed: true}); err != nil {
			return err
		}
	}
	for i, x := range xs {
		inBatch[x.Document.ID] = true
		names, err := add[i].MarshalBinary()
		if err != nil {
			return err
		}
		before, err := stored(x.Document.ID)
		if err != nil {
			return err
		}
		if err := doc(x.Document.ID, before, x, store.Change{Names: names, Local: encodeLocal(x)}); err != nil {
			return err
		}
	}
	for _, id := range delta.Changed {
		if inBatch[id] {
			continue
		}
		x, err := stored(id)
		if err == nil && x == nil {
			err = g.storeErr(fmt.Errorf("no extraction kept of document %q", id))
		}
		if err != nil {
			return err
		}
		if err := doc(id, x, x, store.Change{}); err != nil {
			return err
		}
	}
	w.Formers = delta.Formers
	if !g.stamped {
		w.Stamp = resolve.Version
	}
	if err := g.st.ApplyWrite(ctx, w); err != nil {
		what := fmt.Sprintf("%d documents from %q", len(updates), updates[0].id)
		if len(updates) == 1 {
			what = fmt.Sprintf("document %q", updates[0].id)
		}
		return g.storeErr(fmt.Errorf("writing %s: %w", what, err))
	}
	for _, u := range updates {
		for _, q := range u.old {
			g.ix.add(q, -1)
		}
		delete(g.ix.docs, u.id)
		for _, q := range u.new {
			g.ix.add(q, +1)
		}
	}
	g.ix.setFormers(delta.Formers)
	g.res.Commit()
	g.stamped = true
	committed = true
	return nil
}

// reresolve rewrites the quads of every document with a resolution record, reading
// their quads from the store: for a store whose entities other rules of resolution (an
// older newsgraph) resolved, so that it holds what these rules give its documents. It
// runs at a read-write Open, in transactions of up to 100 documents, the last of which
// records the rules' version.
func (g *Graph) reresolve(ctx context.Context) error {
	ids := g.res.Resolved()
	for len(ids) > 0 || !g.stamped {
		n := min(len(ids), 100)
		batch := ids[:n]
		ids = ids[n:]
		err := g.update(ctx, func() error {
			var w store.Write
			type update struct {
				id       schema.DocID
				old, new []schema.Quad
			}
			var updates []update
			for _, id := range batch {
				b, err := g.st.Local(ctx, id)
				if err != nil {
					return g.storeErr(err)
				}
				x, err := g.local(id, b)
				if err != nil {
					return g.storeErr(fmt.Errorf("the extraction kept of document %q: %w", id, err))
				}
				old, err := g.docQuads(ctx, id)
				if err != nil {
					return g.storeErr(err)
				}
				rx, err := resolve.Rewrite(x, g.res.Assignment(id))
				if err != nil {
					return err
				}
				quads, err := rx.Quads()
				if err != nil {
					return err
				}
				removes, adds := diff(old, sortedQuads(quads))
				if len(removes)+len(adds) == 0 {
					continue
				}
				w.Removes = append(w.Removes, removes...)
				w.Adds = append(w.Adds, adds...)
				w.Changes = append(w.Changes, store.Change{Doc: id, Old: old, New: quads})
				updates = append(updates, update{id, old, quads})
			}
			if len(ids) == 0 {
				w.Stamp = resolve.Version
			}
			if err := g.st.ApplyWrite(ctx, w); err != nil {
				return g.storeErr(fmt.Errorf("resolving the stored documents again: %w", err))
			}
			for _, u := range updates {
				for _, q := range u.old {
					g.ix.add(q, -1)
				}
				delete(g.ix.docs, u.id)
				for _, q := range u.new {
					g.ix.add(q, +1)
				}
			}
			g.stamped = w.Stamp != ""
			return nil
		})
		if err != nil {
			return err
		}
	}
	g.stale = false
	return nil
}

// replay applies to the resolution state the changes of one write of another process
// (PostgreSQL): it computes the same resolution, and the same former IRIs, that the
// writer computed.
func (g *Graph) replay(changes []store.Change) error {
	var remove []schema.DocID
	var add []resolve.Doc
	for _, c := range changes {
		switch {
		case c.Removed:
			remove = append(remove, c.Doc)
		case c.Names != nil:
			d, err := decodeNames(c.Doc, c.Names)
			if err != nil {
				return err
			}
			add = append(add, d)
		}
	}
	if len(remove) == 0 && len(add) == 0 {
		return nil
	}
	delta, err := g.res.Apply(remove, add)
	if err != nil {
		return err
	}
	g.res.Commit()
	g.ix.setFormers(delta.Formers)
	return nil
}

// loadResolution reads the resolution records of every document of st into a new
// resolution state. On a store of this process alone (a file, memory) the records are
// read and resolved on a goroutine of their own while the quads fill the index. A
// read-only store of a file is never written, by this process or another, while it is
// open, so its records are only checked and their origins kept (origins, and records
// reporting whether some document has any): resolving them would cost a read-only Open
// a third more time and memory for nothing.
func loadResolution(ctx context.Context, st *store.Store, ix *index) (res *resolve.State, origins map[schema.DocID]string, records bool, err error) {
	var docs []resolve.Doc
	held := !st.Shared() && st.ReadOnly()
	if held {
		origins = map[schema.DocID]string{}
	}
	addDoc := func(id schema.DocID, b []byte) error {
		d, err := decodeNames(id, b)
		if err != nil {
			return err
		}
		if held {
			origins[id] = d.Origin
			records = records || len(d.Records) > 0
			return nil
		}
		docs = append(docs, d)
		return nil
	}
	addQuad := func(q schema.Quad) error {
		ix.add(q, +1)
		return nil
	}
	if !held {
		res = resolve.New()
	}
	resolveAll := func() error {
		if held {
			return nil
		}
		slices.SortFunc(docs, func(a, b resolve.Doc) int { return cmp.Compare(a.ID, b.ID) })
		err := res.Load(docs)
		docs = nil
		return err
	}
	var formers map[schema.IRI]schema.IRI
	if st.Shared() {
		// One transaction reads everything, so that it all comes from one state.
		if formers, err = st.Load(ctx, addQuad, addDoc); err != nil {
			return nil, nil, false, err
		}
		if err := resolveAll(); err != nil {
			return nil, nil, false, err
		}
	} else {
		done := make(chan error, 1)
		go func() {
			err := st.Docs(ctx, addDoc)
			if err == nil {
				err = resolveAll()
			}
			done <- err
		}()
		errQuads := st.All(ctx, addQuad)
		errDocs := <-done
		if err := errors.Join(errQuads, errDocs); err != nil {
			return nil, nil, false, err
		}
		if formers, err = st.Formers(ctx); err != nil {
			return nil, nil, false, err
		}
	}
	if held {
		// As resolve.State.SetFormers keeps them: none that names an entity again.
		for f, t := range formers {
			if e := ix.ents[f]; t != "" && (e == nil || len(e.classes) == 0) {
				ix.formers[f] = t
			}
		}
		return nil, origins, records, nil
	}
	res.SetFormers(formers)
	ix.setFormers(res.Formers())
	return res, nil, false, nil
}

func decodeNames(id schema.DocID, b []byte) (resolve.Doc, error) {
	d := resolve.Doc{ID: id}
	if err := d.UnmarshalBinary(b); err != nil {
		return d, fmt.Errorf("store: damaged resolution record of document %q: %w", id, err)
	}
	return d, nil
}

// The extraction a store keeps of a document leaves out what the document's quads (and
// so the graph's index) hold already, its sentences, and is compact JSON: entities and
// authors as arrays [IRI, name, class, aliases], facts as [subject, predicate, object,
// sentence numbers] with subject and object the indexes of entities (then authors) and
// predicates and classes by their local names. Its names (Extraction.Names) are the
// document's resolution record, kept apart.

type localJSON struct {
	Headline  string     `json:"h,omitempty"`
	Published *time.Time `json:"p,omitempty"`
	Authors   [][]any    `json:"a,omitempty"`
	Entities  [][]any    `json:"e,omitempty"`
	Facts     [][]any    `json:"f,omitempty"`
}

// encodeLocal encodes the extraction a store keeps of a document.
func encodeLocal(x *schema.Extraction) []byte {
	l := localJSON{Headline: x.Document.Headline}
	if !x.Document.Published.IsZero() {
		p := x.Document.Published
		l.Published = &p
	}
	index := map[schema.IRI]int{}
	ent := func(e schema.Entity) []any {
		return []any{string(e.IRI), e.Name, e.Class.Name(), e.Aliases}
	}
	for _, e := range x.Entities {
		index[e.IRI] = len(index)
		l.Entities = append(l.Entities, ent(e))
	}
	for _, a := range x.Document.Authors {
		if _, ok := index[a.IRI]; !ok {
			index[a.IRI] = len(x.Entities) + len(l.Authors)
		}
		l.Authors = append(l.Authors, ent(a))
	}
	for _, f := range x.Facts {
		ns := make([]int, len(f.Evidence))
		for i, ev := range f.Evidence {
			ns[i] = ev.Sentence
		}
		l.Facts = append(l.Facts, []any{index[f.Subject.IRI], f.Predicate.Name(), index[f.Object.IRI], ns})
	}
	b, _ := json.Marshal(&l) // strings, numbers and times only: cannot fail
	return b
}

// local decodes what encodeLocal encoded of the document id, with the sentences the
// index holds of it.
func (g *Graph) local(id schema.DocID, b []byte) (*schema.Extraction, error) {
	if b == nil {
		return nil, fmt.Errorf("missing")
	}
	var l localJSON
	if err := json.Unmarshal(b, &l); err != nil {
		return nil, err
	}
	x := &schema.Extraction{Document: schema.Document{ID: id, Headline: l.Headline}}
	if l.Published != nil {
		x.Document.Published = l.Published.UTC()
	}
	var all []schema.Entity
	dec := func(a []any) (schema.Entity, error) {
		var e schema.Entity
		if len(a) != 4 {
			return e, fmt.Errorf("a damaged entity %v", a)
		}
		iri, ok1 := a[0].(string)
		name, ok2 := a[1].(string)
		class, ok3 := a[2].(string)
		c, err := schema.ParseClass(class)
		if !ok1 || !ok2 || !ok3 || err != nil {
			return e, fmt.Errorf("a damaged entity %v", a)
		}
		e = schema.Entity{IRI: schema.IRI(iri), Name: name, Class: c}
		if as, ok := a[3].([]any); ok {
			for _, x := range as {
				if s, ok := x.(string); ok {
					e.Aliases = append(e.Aliases, s)
				}
			}
		}
		return e, nil
	}
	for _, a := range l.Entities {
		e, err := dec(a)
		if err != nil {
			return nil, err
		}
		x.Entities = append(x.Entities, e)
	}
	all = append(all, x.Entities...)
	for _, a := range l.Authors {
		e, err := dec(a)
		if err != nil {
			return nil, err
		}
		x.Document.Authors = append(x.Document.Authors, e)
		all = append(all, e)
	}
	sents := map[int]schema.Sentence{}
	if de := g.ix.docs[id]; de != nil {
		for _, n := range slices.Sorted(maps.Keys(de.sentences)) {
			x.Sentences = append(x.Sentences, de.sentences[n])
			sents[n] = de.sentences[n]
		}
	}
	ref := func(v any) (schema.Entity, error) {
		i, ok := v.(float64)
		if !ok || int(i) < 0 || int(i) >= len(all) {
			return schema.Entity{}, fmt.Errorf("a damaged fact")
		}
		e := all[int(i)]
		e.Aliases = nil
		return e, nil
	}
	for _, f := range l.Facts {
		if len(f) != 4 {
			return nil, fmt.Errorf("a damaged fact %v", f)
		}
		s, err1 := ref(f[0])
		o, err2 := ref(f[2])
		pn, _ := f[1].(string)
		p, err3 := schema.ParsePredicate(pn)
		ns, ok := f[3].([]any)
		if err := errors.Join(err1, err2, err3); err != nil || !ok {
			return nil, fmt.Errorf("a damaged fact %v", f)
		}
		fact := schema.Fact{Subject: s, Predicate: p, Object: o}
		for _, n := range ns {
			k, _ := n.(float64)
			st := sents[int(k)]
			fact.Evidence = append(fact.Evidence, schema.Evidence{Doc: id, Sentence: int(k), Text: st.Text, Start: st.Start, Length: st.Length})
		}
		x.Facts = append(x.Facts, fact)
	}
	return x, nil
}
