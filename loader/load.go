package loader

import (
	"context"
	"errors"
	"fmt"
	"iter"

	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/schema"
)

// Resolve resolves the entities of a set of extractions across the set, as a graph that
// holds exactly these documents does: each entity takes the IRI and canonical name of its
// entity across the documents, keeping the document's own names as aliases (see
// [schema.Extraction]). It returns the extractions rewritten, in the order given; the
// result does not depend on that order. Two extractions with one document id are an
// error. Resolve does not modify xs.
func Resolve(xs []*schema.Extraction) ([]*schema.Extraction, error) {
	return resolve.All(xs)
}

// Store is where [Load] writes documents. *graph.Graph implements it.
type Store interface {
	// AddDocuments writes extractions, each replacing a stored document with its id,
	// committing documents in shared transactions. An inconsistent extraction is
	// reported as a *schema.ExtractionError naming it, with nothing written.
	AddDocuments(ctx context.Context, xs []*schema.Extraction) error
	// DocumentOrigin reports whether the store holds a document with the id, and the
	// origin of the extraction it was written from ("" when unknown).
	DocumentOrigin(ctx context.Context, id schema.DocID) (origin string, ok bool, err error)
}

// LoadOptions configures [Load]. The zero value and nil are the defaults.
type LoadOptions struct {
	// Loader extracts the documents; nil means New(nil).
	Loader *Loader
	// BatchSize is how many documents Load gives the store in one AddDocuments call;
	// 0 means 200.
	BatchSize int
	// OnDocument, when not nil, is called once for every source: when it fails, and
	// after its document is committed otherwise. It is called from the goroutine that
	// called Load, one call at a time; failures can be reported before documents read
	// earlier are committed.
	OnDocument func(Loaded)
	// Progress, when not nil, is called after each batch is committed and once at the
	// end, with the counts so far.
	Progress func(LoadStats)
}

// Loaded is what [Load] says of one source.
type Loaded struct {
	// Source is the source (its Text may be nil after a read error).
	Source Source
	// Replaced reports that the store held a document with this id, now replaced.
	Replaced bool
	// Previous is the origin of the replaced document when it differs from
	// Source.Origin (the same id read from another source), else "".
	Previous string
	// Err is why the source was not loaded: a *SourceError, a *DocumentError, or the
	// store's *schema.ExtractionError. Nil when it was loaded.
	Err error
}

// LoadStats counts the documents of a [Load].
type LoadStats struct {
	// New is the number of documents written that the store did not hold.
	New int
	// Replaced is the number of documents written that replaced a stored one.
	Replaced int
	// Failed is the number of sources that could not be read, extracted or written.
	Failed int
}

// Load reads the sources of srcs through the loader and writes their extractions into
// st, in batches ([Store.AddDocuments] commits each batch in shared transactions, each
// document whole or not at all). It is the fast way to load a corpus: extraction runs on
// all cores while the store writes.
//
// A source that cannot be read or extracted, or whose extraction the store rejects, is
// counted as failed and reported to opts.OnDocument; the others are still loaded. A
// document id seen twice in one Load fails the second time, naming the first source
// (ReadPaths refuses both of two documents with one id before Load sees them). Any other
// error of the store (a full disk, a lost connection) ends the load: Load returns it
// with the counts of the documents committed before. When ctx ends, Load stops and
// returns ctx.Err(), the documents of batches committed before staying in the store.
func Load(ctx context.Context, st Store, srcs iter.Seq2[Source, error], opts *LoadOptions) (LoadStats, error) {
	var o LoadOptions
	if opts != nil {
		o = *opts
	}
	if o.Loader == nil {
		o.Loader = New(nil)
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 200
	}
	run := &loadRun{ctx: ctx, st: st, o: o, seen: map[schema.DocID]string{}}
	for r, err := range o.Loader.ExtractAll(ctx, srcs) {
		if err != nil {
			return run.stats, err
		}
		if err := run.add(r); err != nil {
			return run.stats, err
		}
	}
	if err := ctx.Err(); err != nil {
		return run.stats, err
	}
	if err := run.flush(); err != nil {
		return run.stats, err
	}
	if o.Progress != nil {
		o.Progress(run.stats)
	}
	return run.stats, nil
}

// loadRun is the state of one [Load]: its counts, the ids seen and the batch not yet
// written.
type loadRun struct {
	ctx   context.Context
	st    Store
	o     LoadOptions
	stats LoadStats
	seen  map[schema.DocID]string // ids of this load -> origin
	batch []Loaded
	xs    []*schema.Extraction
}

// report tells opts.OnDocument what became of a source.
func (run *loadRun) report(l Loaded) {
	if run.o.OnDocument != nil {
		run.o.OnDocument(l)
	}
}

// failed counts and reports a source that was not loaded.
func (run *loadRun) failed(l Loaded) {
	run.stats.Failed++
	run.report(l)
}

// add takes the extraction result r into the batch (or counts it failed), writing the
// batch when it is full. It returns the store's error that ends the load, if any.
func (run *loadRun) add(r Result) error {
	l := Loaded{Source: r.Source, Err: r.Err}
	if l.Err == nil {
		id := r.Extraction.Document.ID
		if first, dup := run.seen[id]; dup {
			l.Err = &SourceError{Origin: r.Source.Origin, Err: fmt.Errorf("%w %q (first in %s)", ErrDuplicateID, id, quoteName(first))}
		} else {
			run.seen[id] = r.Source.Origin
		}
	}
	if l.Err != nil {
		run.failed(l)
		return nil
	}
	prev, ok, err := run.st.DocumentOrigin(run.ctx, r.Extraction.Document.ID)
	if err != nil {
		return err
	}
	l.Replaced = ok
	if ok && prev != r.Source.Origin {
		l.Previous = prev
	}
	run.batch = append(run.batch, l)
	run.xs = append(run.xs, r.Extraction)
	if len(run.xs) >= run.o.BatchSize {
		return run.flush()
	}
	return nil
}

// flush writes the batch. A document the store rejects is dropped and counted failed, and
// the others are written again; any other error of the store is returned.
func (run *loadRun) flush() error {
	for len(run.xs) > 0 {
		err := run.st.AddDocuments(run.ctx, run.xs)
		if run.dropRejected(err) {
			continue
		}
		if err != nil {
			return err
		}
		for _, l := range run.batch {
			if l.Replaced {
				run.stats.Replaced++
			} else {
				run.stats.New++
			}
			run.report(l)
		}
		if run.o.Progress != nil {
			run.o.Progress(run.stats)
		}
		break
	}
	run.batch, run.xs = run.batch[:0], run.xs[:0]
	return nil
}

// dropRejected drops from the batch the document that err, the store's answer, rejects,
// and counts it failed; it reports whether there was one.
func (run *loadRun) dropRejected(err error) bool {
	var xe *schema.ExtractionError
	if err == nil || !errors.As(err, &xe) {
		return false
	}
	i := -1
	for k, x := range run.xs {
		if x.Document.ID == xe.Doc {
			i = k
		}
	}
	if i < 0 {
		return false
	}
	l := run.batch[i]
	l.Replaced, l.Previous, l.Err = false, "", err
	run.failed(l)
	run.batch = append(run.batch[:i], run.batch[i+1:]...)
	run.xs = append(run.xs[:i], run.xs[i+1:]...)
	return true
}
