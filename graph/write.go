package graph

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/schema"
)

// wlock takes the write lock and checks the context and that the graph is open and
// writable; on success the caller must call g.mu.Unlock.
func (g *Graph) wlock(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	g.mu.Lock()
	switch {
	case g.closed:
		g.mu.Unlock()
		return ErrClosed
	case g.st.ReadOnly():
		g.mu.Unlock()
		return ErrReadOnly
	}
	return nil
}

// AddDocument writes the quads of x ([schema.Extraction.Quads]) in one transaction: all
// of them or, on error, none. If the graph already holds a document with the same ID,
// the same transaction removes its old quads, so loading a document again replaces it
// and leaves exactly the quads of x. It returns the *[schema.ExtractionError] of an
// inconsistent extraction, [ErrReadOnly] or [ErrClosed].
func (g *Graph) AddDocument(ctx context.Context, x *schema.Extraction) error {
	if x == nil {
		return fmt.Errorf("graph: nil extraction")
	}
	quads, err := x.Quads()
	if err != nil {
		return err
	}
	if err := g.wlock(ctx); err != nil {
		return err
	}
	defer g.mu.Unlock()
	id := x.Document.ID
	return g.update(ctx, func() error {
		old, err := g.docQuads(ctx, id)
		if err != nil {
			return g.storeErr(err)
		}
		removes, adds := diff(old, sortedQuads(quads))
		if err := g.st.Apply(ctx, removes, adds, store.Change{Doc: id, Old: old, New: quads}); err != nil {
			return g.storeErr(fmt.Errorf("writing document %q: %w", id, err))
		}
		for _, q := range old {
			g.ix.add(q, -1)
		}
		delete(g.ix.docs, id)
		for _, q := range quads {
			g.ix.add(q, +1)
		}
		return nil
	})
}

// AddDocuments writes several documents, as [Graph.AddDocument] does each, but commits
// them in shared transactions of up to about 10,000 quads: much faster when loading a
// corpus, since a file store syncs the disk once per transaction. It checks every
// extraction before writing anything, so an inconsistent one means nothing is written.
// Each document is still written entirely or not at all; if the store fails part-way,
// the documents of the transactions already committed stay. A document ID given twice
// is written twice, the later extraction replacing the earlier.
func (g *Graph) AddDocuments(ctx context.Context, xs []*schema.Extraction) error {
	type doc struct {
		id    schema.DocID
		quads []schema.Quad
	}
	docs := make([]doc, 0, len(xs))
	for _, x := range xs {
		if x == nil {
			return fmt.Errorf("graph: nil extraction")
		}
		quads, err := x.Quads()
		if err != nil {
			return err
		}
		docs = append(docs, doc{x.Document.ID, quads})
	}
	if err := g.wlock(ctx); err != nil {
		return err
	}
	defer g.mu.Unlock()
	for len(docs) > 0 {
		// A batch: documents up to maxBatch quads (at least one), no ID twice.
		n, size := 0, 0
		seen := map[schema.DocID]bool{}
		for n < len(docs) && (n == 0 || size+len(docs[n].quads) <= maxBatch) && !seen[docs[n].id] {
			seen[docs[n].id] = true
			size += len(docs[n].quads)
			n++
		}
		batch := docs[:n]
		docs = docs[n:]
		if err := g.update(ctx, func() error {
			var removes, adds []schema.Quad
			olds := make([][]schema.Quad, len(batch))
			changes := make([]store.Change, len(batch))
			for i, d := range batch {
				old, err := g.docQuads(ctx, d.id)
				if err != nil {
					return g.storeErr(err)
				}
				olds[i] = old
				changes[i] = store.Change{Doc: d.id, Old: old, New: d.quads}
				r, a := diff(old, sortedQuads(d.quads))
				removes = append(removes, r...)
				adds = append(adds, a...)
			}
			if err := g.st.Apply(ctx, removes, adds, changes...); err != nil {
				return g.storeErr(fmt.Errorf("writing %d documents from %q: %w", len(batch), batch[0].id, err))
			}
			for i, d := range batch {
				for _, q := range olds[i] {
					g.ix.add(q, -1)
				}
				delete(g.ix.docs, d.id)
				for _, q := range d.quads {
					g.ix.add(q, +1)
				}
			}
			return nil
		}); err != nil {
			return err
		}
	}
	return nil
}

// maxBatch is the most quads AddDocuments puts in one transaction (unless one document
// has more): Cayley's key-value stores slow down and can fail on larger batches. Tests
// lower it (export_test.go).
var maxBatch = 10_000

// RemoveDocument removes a document in one transaction: exactly the quads labelled with
// its IRI or one of its sentences' IRIs. An entity that no other document mentions
// disappears with it. It returns [ErrNotFound] if the graph holds no such document.
func (g *Graph) RemoveDocument(ctx context.Context, id schema.DocID) error {
	if err := g.wlock(ctx); err != nil {
		return err
	}
	defer g.mu.Unlock()
	return g.update(ctx, func() error {
		if _, ok := g.ix.docs[id]; !ok {
			return notFound("document %q", id)
		}
		old, err := g.docQuads(ctx, id)
		if err != nil {
			return g.storeErr(err)
		}
		if err := g.st.Apply(ctx, old, nil, store.Change{Doc: id, Old: old}); err != nil {
			return g.storeErr(fmt.Errorf("removing document %q: %w", id, err))
		}
		for _, q := range old {
			g.ix.add(q, -1)
		}
		delete(g.ix.docs, id)
		return nil
	})
}

// docQuads reads from the store the quads of a document: those labelled with its IRI
// or the IRI of one of its sentences. Cayley's key-value store has no label index, so it
// reads them by subject: the document's node, then its sentences and the entities it
// mentions (the subjects of all its other quads), keeping the quads with its labels.
func (g *Graph) docQuads(ctx context.Context, id schema.DocID) ([]schema.Quad, error) {
	labels := map[schema.IRI]bool{id.IRI(): true}
	if de := g.ix.docs[id]; de != nil {
		for _, l := range de.labelsOf(id) {
			labels[l] = true
		}
	}
	quads, err := g.st.FromSubjects(ctx, []schema.IRI{id.IRI()}, labels)
	if err != nil {
		return nil, err
	}
	subjects := map[schema.IRI]bool{}
	for _, q := range quads {
		if q.Predicate == schema.Mentions && q.Object.IsIRI() {
			subjects[schema.IRI(q.Object.Value)] = true
		}
	}
	// The sentences are found by their isPartOf quads, which point at the document.
	in, err := g.st.ToObject(ctx, id.IRI(), schema.IsPartOf, labels)
	if err != nil {
		return nil, err
	}
	for _, q := range in {
		if s := schema.IRI(q.Subject.Value); q.Subject.IsIRI() {
			subjects[s] = true
			if r, err := schema.ParseIRI(s); err == nil && r.Kind == schema.SentenceRef && r.Doc == id {
				labels[s] = true
			}
		}
	}
	more, err := g.st.FromSubjects(ctx, slices.Sorted(maps.Keys(subjects)), labels)
	if err != nil {
		return nil, err
	}
	quads = append(quads, more...)
	slices.SortFunc(quads, compareQuads)
	return slices.Compact(quads), nil
}

// compareQuads orders quads field by field. It is much cheaper than
// schema.CompareQuads, which formats both quads as N-Quads for every comparison; diff
// needs only some total order.
func compareQuads(a, b schema.Quad) int {
	return cmp.Or(compareTerms(a.Subject, b.Subject), strings.Compare(string(a.Predicate), string(b.Predicate)),
		compareTerms(a.Object, b.Object), strings.Compare(string(a.Label), string(b.Label)))
}

func compareTerms(a, b schema.Term) int {
	return cmp.Or(cmp.Compare(a.Kind, b.Kind), strings.Compare(a.Value, b.Value),
		strings.Compare(string(a.Datatype), string(b.Datatype)))
}

// sortedQuads returns a sorted copy of quads, for diff.
func sortedQuads(quads []schema.Quad) []schema.Quad {
	quads = slices.Clone(quads)
	slices.SortFunc(quads, compareQuads)
	return quads
}

// diff returns the quads of old not in new and of new not in old; both are sorted by
// compareQuads.
func diff(old, new []schema.Quad) (removes, adds []schema.Quad) {
	i, j := 0, 0
	for i < len(old) || j < len(new) {
		switch {
		case j == len(new):
			removes = append(removes, old[i])
			i++
		case i == len(old):
			adds = append(adds, new[j])
			j++
		default:
			switch c := compareQuads(old[i], new[j]); {
			case c < 0:
				removes = append(removes, old[i])
				i++
			case c > 0:
				adds = append(adds, new[j])
				j++
			default:
				i++
				j++
			}
		}
	}
	return removes, adds
}

func (g *Graph) storeErr(err error) error {
	if g.path != "" {
		return &StoreError{Path: g.path, Err: storeErr(err)}
	}
	return fmt.Errorf("graph: %w", err)
}
