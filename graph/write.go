package graph

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

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

// AddDocument writes the document x, as extracted on its own (by the loader), in one
// transaction: all of it or, on error, nothing. The graph resolves the entities of x
// against those of every document it holds: an entity of x that is an entity of other
// documents takes its IRI and canonical name, and the same transaction rewrites the
// quads of every stored document whose entities' IRI or canonical name this changes (a
// surname alone now fits one full name, a fuller name is read). If the graph already
// holds a document with the same ID, x replaces it. Entities without
// [schema.EntityNames] (an extraction made by hand) are written as they are.
//
// So the quads of a graph are a function of the set of documents it holds: the same
// documents give the same quads whatever the order and batching of the writes, and
// writing a document again changes nothing. It returns the *[schema.ExtractionError] of
// an inconsistent extraction, [ErrReadOnly] or [ErrClosed].
func (g *Graph) AddDocument(ctx context.Context, x *schema.Extraction) error {
	return g.AddDocuments(ctx, []*schema.Extraction{x})
}

// AddDocuments writes several documents, as [Graph.AddDocument] does each, but commits
// them in shared transactions of up to about 10,000 quads: much faster when loading a
// corpus, since a file store syncs the disk once per transaction, and the entities of a
// transaction's documents are resolved together. It checks every extraction before
// writing anything, so an inconsistent one means nothing is written (the
// *[schema.ExtractionError] names it). Each document is still written entirely or not at
// all; if the store fails part-way, the documents of the transactions already committed
// stay. A document ID given twice is written twice, the later extraction replacing the
// earlier.
func (g *Graph) AddDocuments(ctx context.Context, xs []*schema.Extraction) error {
	for _, x := range xs {
		if x == nil {
			return fmt.Errorf("graph: nil extraction")
		}
		if err := x.Validate(); err != nil {
			return err
		}
	}
	if err := g.wlock(ctx); err != nil {
		return err
	}
	defer g.mu.Unlock()
	for len(xs) > 0 {
		// A batch: documents up to maxBatch quads (at least one), no ID twice.
		n, size := 0, 0
		seen := map[schema.DocID]bool{}
		for n < len(xs) && (n == 0 || size+quadCount(xs[n]) <= maxBatch) && !seen[xs[n].Document.ID] {
			seen[xs[n].Document.ID] = true
			size += quadCount(xs[n])
			n++
		}
		batch := xs[:n]
		xs = xs[n:]
		if err := g.update(ctx, func() error { return g.write(ctx, batch, nil) }); err != nil {
			return err
		}
	}
	return nil
}

// quadCount is about the number of quads of x.
func quadCount(x *schema.Extraction) int {
	n := 3 + 4*len(x.Sentences) + len(x.Document.Authors)
	for _, e := range x.Entities {
		n += 3 + len(e.Aliases)
	}
	for _, f := range x.Facts {
		n += len(f.Evidence)
	}
	return n
}

// maxBatch is the most quads AddDocuments puts in one transaction (unless one document
// has more): Cayley's key-value stores slow down and can fail on larger batches. Tests
// lower it (export_test.go).
var maxBatch = 10_000

// RemoveDocument removes a document in one transaction: exactly the quads labelled with
// its IRI or one of its sentences' IRIs. An entity that no other document mentions
// disappears with it; what the document taught the resolution of other documents'
// entities (a full name for a surname read alone elsewhere) goes with it too, the same
// transaction rewriting their quads, so that the graph holds what it would hold had the
// document never been written. It returns [ErrNotFound] if the graph holds no such
// document.
func (g *Graph) RemoveDocument(ctx context.Context, id schema.DocID) error {
	if err := g.wlock(ctx); err != nil {
		return err
	}
	defer g.mu.Unlock()
	return g.update(ctx, func() error {
		if _, ok := g.ix.docs[id]; !ok {
			if _, ok := g.res.Doc(id); !ok {
				return notFound("document %q", id)
			}
		}
		return g.write(ctx, nil, []schema.DocID{id})
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

// DocumentOrigin reports whether the graph holds the document id, and the origin of the
// extraction it was written from (schema.Extraction.Origin; "" when unknown). With it and
// AddDocuments, a *Graph is a loader.Store.
func (g *Graph) DocumentOrigin(ctx context.Context, id schema.DocID) (string, bool, error) {
	if err := g.rlock(ctx); err != nil {
		return "", false, err
	}
	defer g.mu.RUnlock()
	if g.res == nil {
		if origin, ok := g.origins[id]; ok {
			return origin, true, nil
		}
	} else if origin, ok := g.res.Doc(id); ok {
		return origin, true, nil
	}
	_, ok := g.ix.docs[id]
	return "", ok, nil
}
