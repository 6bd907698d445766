package graph

import (
	"context"
	"errors"
	"io/fs"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/schema"
)

// Options configures [Open]. A nil *Options means the zero value: read-write, and fail at
// once when another process holds the file.
type Options struct {
	// ReadOnly opens an existing store read-only, under a shared lock: several read-only
	// opens may share the file, and the write methods return [ErrReadOnly]. The file must
	// exist. The zero value opens read-write under an exclusive lock. On PostgreSQL the
	// store must exist (the database must hold newsgraph's tables) and there is no lock.
	// A read-only open of a file does not resolve the entities of its documents again
	// (nothing can write the file while it is open), so it costs about what it did before
	// resolution moved to the graph.
	ReadOnly bool
	// LockTimeout is how long Open waits for another process (or another open Graph) to
	// release the file's lock before it fails with [ErrLocked]. The zero value does not
	// wait: Open fails at once. This is the opposite of bbolt's Options.Timeout, whose
	// zero value waits for ever; newsgraph's zero value never blocks, and there is no
	// "wait for ever" (give a long duration instead). A negative value is an error
	// wrapping [ErrInvalid]. PostgreSQL stores have no such lock and ignore it.
	LockTimeout time.Duration
}

// Graph is a newsgraph knowledge graph: a Cayley quad store holding the quads of
// [schema.Extraction.Quads], and an in-memory index beside it that answers lookups by
// name, fact filters, neighbours, shortest paths and statistics.
//
// A Graph is safe for concurrent use by multiple goroutines. Writes are serialised, and
// a reader sees a document either entirely or not at all. The zero value is not usable:
// create a Graph with [Open] or [OpenMemory], and release it with [Graph.Close].
type Graph struct {
	mu  sync.RWMutex
	st  *store.Store
	ix  *index
	res *resolve.State // the resolution of the entities of every document; nil when read-only on a file
	// origins replaces res in a read-only graph of a file, which never writes and which no
	// other process writes while it is open: the origin of every document with a
	// resolution record.
	origins map[schema.DocID]string
	records bool   // with origins: some document has a resolution record
	stale   bool   // the store's quads were resolved by other rules (see reresolve)
	stamped bool   // the store records the version of these rules
	path    string // "" for a memory graph
	closed  bool
}

// Open opens the newsgraph store in the file path, creating it if it is missing
// (unless opts.ReadOnly). The store is one bbolt file; Open takes its lock and holds it
// until [Graph.Close]. Open reads the whole store once to build the graph's index, so it
// costs time proportional to the store's size.
//
// A path that starts with postgres:// or postgresql:// is a PostgreSQL connection URL
// instead (lib/pq's syntax, such as
// postgres://user:password@host:5432/dbname?sslmode=disable): Open uses the tables of
// Cayley's sql/postgres backend and a few of newsgraph's own in that database, creating
// them if the database has none. Several processes may open and write the same database
// at once; writes are serialised by a lock in the database, and before each call a Graph
// checks a change counter and replays what other processes wrote into its index (one
// small query when nothing changed). Error messages name the URL without its password.
// See the package documentation's "Storage" section.
//
// A store file has one writer or any number of readers: while a process holds it open
// read-write, every other Open of the file, read-only ones included, waits up to
// opts.LockTimeout and fails with [ErrLocked]. To read a store while it is written, have
// the writing process copy it with [Graph.Backup] and open the copy, or use PostgreSQL.
//
// Errors opening the file are a *[StoreError] naming it, wrapping [ErrNotNewsgraph] for a
// file that is not a newsgraph store (another program's bbolt file, garbage, or a
// truncated file), [ErrLocked] when another process holds its lock longer than
// opts.LockTimeout, [ErrVersion] for a store of a newer newsgraph, fs.ErrNotExist for a
// read-only open of a missing file (or of a PostgreSQL database without newsgraph's
// tables), [ErrInvalid] for a negative opts.LockTimeout, or the underlying error. A file
// that Open refuses is never modified.
func Open(ctx context.Context, path string, opts *Options) (*Graph, error) {
	path0 := path
	if opts == nil {
		opts = &Options{}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if opts.LockTimeout < 0 {
		return nil, invalid("Open: Options.LockTimeout %v is negative (want 0, fail at once, or a duration to wait)", opts.LockTimeout)
	}
	var st *store.Store
	var err error
	if store.IsURL(path) {
		path = store.Redact(path)
		st, err = store.OpenSQL(ctx, path0, store.SQLOptions{ReadOnly: opts.ReadOnly})
	} else {
		st, err = store.OpenBolt(ctx, path, store.BoltOptions{ReadOnly: opts.ReadOnly, Timeout: opts.LockTimeout})
	}
	if err != nil {
		return nil, &StoreError{Path: path, Err: storeErr(err)}
	}
	g := &Graph{st: st, path: path}
	if err = g.rebuild(ctx); err != nil {
		st.Close()
		return nil, &StoreError{Path: path, Err: storeErr(err)}
	}
	stamp, err := st.Stamp(ctx)
	if err != nil {
		st.Close()
		return nil, &StoreError{Path: path, Err: storeErr(err)}
	}
	g.stamped = stamp == resolve.Version
	if !g.stamped && g.resolved() {
		// Other rules resolved these documents: their quads must be read, not derived,
		// and a read-write open resolves them all again.
		g.stale = true
		if !opts.ReadOnly {
			if err := g.reresolve(ctx); err != nil {
				st.Close()
				return nil, err
			}
		}
	}
	return g, nil
}

// storeErr maps the errors of the store package to the graph's sentinels.
func storeErr(err error) error {
	switch {
	case errors.Is(err, store.ErrLocked):
		return &wrapped{ErrLocked, errLockedAdvice}
	case errors.Is(err, store.ErrVersion):
		return &wrapped{ErrVersion, err}
	case errors.Is(err, store.ErrNotNewsgraph):
		return &wrapped{ErrNotNewsgraph, err}
	case errors.Is(err, store.ErrMissing):
		return &wrapped{fs.ErrNotExist, err}
	}
	return err
}

// errLockedAdvice is the message of ErrLocked from Open: what the lock means and what to
// do instead.
var errLockedAdvice = errors.New("locked by another process: a store file has one writer or " +
	"any number of readers, never both; wait for the other process (Options.LockTimeout), " +
	"read a copy the writing process makes with Graph.Backup, or share a PostgreSQL store")

// OpenMemory returns an empty graph held in memory (Cayley's memstore). It cannot fail;
// its contents are lost when it is closed.
func OpenMemory() *Graph {
	return &Graph{st: store.NewMemory(), ix: newIndex(), res: resolve.New(), stamped: true}
}

// rebuild reads every quad of the store into a new index, and every document's
// resolution record into a new resolution state (or only their origins, read-only on a
// file).
func (g *Graph) rebuild(ctx context.Context) error {
	ix := newIndex()
	res, origins, records, err := loadResolution(ctx, g.st, ix)
	if err != nil {
		return err
	}
	g.ix, g.res, g.origins, g.records = ix, res, origins, records
	return nil
}

// resolved reports whether some document the graph holds has a resolution record.
func (g *Graph) resolved() bool {
	if g.res == nil {
		return g.records
	}
	return len(g.res.Resolved()) > 0
}

// Close closes the graph and releases the store file's lock. It waits for running
// reads and writes to finish. A second Close, and every later call of another method,
// returns [ErrClosed].
func (g *Graph) Close() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed {
		return ErrClosed
	}
	g.closed = true
	g.ix, g.res, g.origins = nil, nil, nil
	if err := g.st.Close(); err != nil {
		if g.path != "" {
			return &StoreError{Path: g.path, Err: err}
		}
		return err
	}
	return nil
}

// rlock takes the read lock and checks the context and that the graph is open; on
// success the caller must call g.mu.RUnlock. On a store that other processes may write
// (PostgreSQL) it first brings the index up to date with their writes.
func (g *Graph) rlock(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	g.mu.RLock()
	if g.closed {
		g.mu.RUnlock()
		return ErrClosed
	}
	if !g.st.Shared() {
		return nil
	}
	moved, err := g.st.Moved(ctx)
	if err == nil && !moved {
		return nil
	}
	g.mu.RUnlock()
	if err != nil {
		return g.storeErr(err)
	}
	g.mu.Lock()
	if g.closed {
		g.mu.Unlock()
		return ErrClosed
	}
	err = g.catchUp(ctx)
	g.mu.Unlock()
	if err != nil {
		return g.storeErr(err)
	}
	return g.rlock(ctx)
}

// catchUp applies to the index what other processes wrote to a shared store since it
// last looked, replaying their documents' changes, or rebuilds it when the store's log
// no longer reaches back that far. The caller holds the write lock.
func (g *Graph) catchUp(ctx context.Context) error {
	changes, full, err := g.st.Changes(ctx)
	if err != nil {
		return err
	}
	if full {
		return g.rebuild(ctx)
	}
	for i := 0; i < len(changes); {
		// One write of another process: its documents share a Seq.
		j := i + 1
		for j < len(changes) && changes[j].Seq == changes[i].Seq {
			j++
		}
		for _, c := range changes[i:j] {
			for _, q := range c.Old {
				g.ix.add(q, -1)
			}
			delete(g.ix.docs, c.Doc)
			for _, q := range c.New {
				g.ix.add(q, +1)
			}
		}
		if err := g.replay(changes[i:j]); err != nil {
			return err
		}
		i = j
	}
	return nil
}

// update runs fn, a write that reads the store and then calls g.st.Apply once, as one
// transaction of the store: on PostgreSQL under the database's write lock, after the
// index has caught up with other processes, so that what fn reads stays true until it
// writes. The caller holds the write lock.
func (g *Graph) update(ctx context.Context, fn func() error) error {
	began := false
	err := g.st.Update(ctx, func() error {
		began = true
		if err := g.catchUp(ctx); err != nil {
			return g.storeErr(err)
		}
		return fn()
	})
	if err != nil && !began {
		return g.storeErr(err)
	}
	return err
}

// Cayley returns the graph's Cayley quad store: the one escape hatch, for people who want
// Cayley's own path language (github.com/cayleygraph/cayley/query/path.StartPath) or its
// query languages over newsgraph's quads. Quads are as [schema.Extraction.Quads] writes
// them: IRIs as quad.IRI, plain literals as quad.String, typed literals as
// quad.TypedString (integers may read back as quad.Int).
//
// The returned store is read-only: writing through it returns an error, since the
// graph's index would not see the change; write with [Graph.AddDocument]. It is valid
// until [Graph.Close]. Queries through it do not take the graph's lock, so do not run
// them while a write ([Graph.AddDocument], [Graph.RemoveDocument]) runs on the same
// Graph: Cayley's memstore is not safe for that, and on a file store a Cayley query
// opens nested bbolt read transactions, which can deadlock with a writer that grows the
// file (the bbolt pitfall behind Cayley issue #712). Never write from inside a query's
// callback either. Concurrent queries without writes are fine. On a PostgreSQL store it
// is Cayley's sql/postgres backend on the same database: every step of a query runs SQL
// queries, so it is much slower than on a file, and it sees other processes' writes at
// once, before the graph's index does.
func (g *Graph) Cayley() cgraph.QuadStore {
	return readOnlyStore{g.st.View()}
}

type readOnlyStore struct{ cgraph.QuadStore }

var errCayleyReadOnly = errors.New("graph: the store returned by Cayley is read-only; write with AddDocument")

func (readOnlyStore) ApplyDeltas([]cgraph.Delta, cgraph.IgnoreOpts) error { return errCayleyReadOnly }
func (readOnlyStore) NewQuadWriter() (quad.WriteCloser, error)            { return nil, errCayleyReadOnly }
func (readOnlyStore) Close() error                                        { return nil }
