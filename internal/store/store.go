package store

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Store is a Cayley quad store holding schema quads, and beside them what cross-document
// resolution keeps of each document (its records and its extraction) and the former IRIs
// of entities.
type Store struct {
	qs       cgraph.QuadStore
	readOnly bool
	join     *joinKV // the bbolt store's key-value layer; nil for memory
	view     cgraph.QuadStore
	sql      *sqlStore // PostgreSQL (sql.go); nil for bbolt and memory
	mem      *memSide  // the side data of a memory store; nil otherwise
	// buckets are Cayley's value buckets known to exist in the bbolt file (see
	// createBuckets).
	buckets *buckets
}

// memSide is what a memory store keeps beside its quads.
type memSide struct {
	names, local map[schema.DocID][]byte
	formers      map[schema.IRI]schema.IRI
	stamp        string
}

// NewMemory returns an empty in-memory store (Cayley's memstore).
func NewMemory() *Store {
	return &Store{qs: &lockedMemstore{QuadStore: memstore.New()}, mem: &memSide{
		names: map[schema.DocID][]byte{}, local: map[schema.DocID][]byte{}, formers: map[schema.IRI]schema.IRI{}}}
}

// lockedMemstore is Cayley's memstore with the creation of its all-quads iterator
// serialised: memstore's cloneAll marks the store as being read (a write of a shared
// field), so two readers creating one at once (two Exports of one graph) race.
type lockedMemstore struct {
	*memstore.QuadStore
	mu sync.Mutex
}

func (m *lockedMemstore) QuadsAllIterator() iterator.Shape {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.QuadStore.QuadsAllIterator()
}

// QuadStore returns the Cayley quad store, for path queries under the graph's lock.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// View returns a Cayley quad store for readers that do not take the graph's lock. On
// bbolt it is a second Cayley store over the same file that never joins the writer's
// shared transaction; in memory it is the memstore itself. Neither may be read while a
// write runs: memstore is not safe for it, and Cayley's nested bbolt read transactions
// can deadlock with a writer that remaps the file.
func (s *Store) View() cgraph.QuadStore {
	if s.view != nil {
		return s.view
	}
	return s.qs
}

// ReadOnly reports whether the store was opened read-only.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Close closes the store.
func (s *Store) Close() error {
	if s.sql != nil {
		return errors.Join(s.qs.Close(), s.sql.close())
	}
	return s.qs.Close()
}

// Write is one transaction of [Store.ApplyWrite].
type Write struct {
	// Removes are quads to remove: each must be in the store.
	Removes []schema.Quad
	// Adds are quads to add: none may be in the store.
	Adds []schema.Quad
	// Changes describe the change per document, for the side data and for other
	// processes sharing a PostgreSQL store (see [Store.Update]).
	Changes []Change
	// Formers sets former IRIs (an IRI that no entity has any more -> the entity that
	// has its records now); an empty target deletes one.
	Formers map[schema.IRI]schema.IRI
	// Stamp, when not "", records the rules that resolved the store's entities
	// ([Store.Stamp]).
	Stamp string
}

// Apply removes and adds quads in one transaction: all or nothing. Every removed quad
// must be in the store and no added quad may be. docs describes the change per
// document (see [Write]).
func (s *Store) Apply(ctx context.Context, removes, adds []schema.Quad, docs ...Change) error {
	return s.ApplyWrite(ctx, Write{Removes: removes, Adds: adds, Changes: docs})
}

// ApplyWrite applies w in one transaction: its quads, the documents' side data and the
// former IRIs, all or nothing.
func (s *Store) ApplyWrite(ctx context.Context, w Write) (err error) {
	if s.sql != nil {
		return s.sql.apply(ctx, w)
	}
	defer Recover(&err)
	defer Guard()()
	if err := ctx.Err(); err != nil {
		return err
	}
	dels := deltas(w.Removes, cgraph.Delete)
	puts := deltas(w.Adds, cgraph.Add)
	if s.join == nil {
		// memstore checks the whole batch before applying any of it.
		if err := s.qs.ApplyDeltas(append(dels, puts...), cgraph.IgnoreOpts{}); err != nil {
			return err
		}
		s.mem.apply(w)
		return nil
	}
	tx, err := s.join.KV.Tx(ctx, true)
	if err != nil {
		return err
	}
	committed := false
	defer func() {
		if !committed { // also when Cayley or bbolt panics
			s.join.cur = nil
			tx.Close()
		}
	}()
	var made *buckets
	if btx := boltTx(tx); btx != nil {
		if s.buckets == nil {
			s.buckets = &buckets{}
		}
		if made, err = createBuckets(btx, w.Adds, s.buckets); err != nil {
			return err
		}
	}
	s.join.cur = fastPuts(tx)
	if len(dels) > 0 {
		err = s.qs.ApplyDeltas(dels, cgraph.IgnoreOpts{})
	}
	if err == nil && len(puts) > 0 {
		err = s.qs.ApplyDeltas(puts, cgraph.IgnoreOpts{})
	}
	s.join.cur = nil
	if err == nil {
		err = writeSide(ctx, tx, w)
	}
	if err == nil {
		err = tx.Commit(ctx)
		committed = err == nil
	}
	if committed && made != nil {
		s.buckets.merge(made)
	}
	if err != nil {
		// Cayley caches node ids; after a rollback they may name nothing.
		if qs, nerr := ckv.New(s.join, cayleyOptions); nerr == nil {
			s.qs = qs
		}
	}
	return err
}

func (m *memSide) apply(w Write) {
	for _, c := range w.Changes {
		switch {
		case c.Removed:
			delete(m.names, c.Doc)
			delete(m.local, c.Doc)
		case c.Names != nil:
			m.names[c.Doc] = c.Names
			m.local[c.Doc] = c.Local
		}
	}
	for f, t := range w.Formers {
		if t == "" {
			delete(m.formers, f)
		} else {
			m.formers[f] = t
		}
	}
	if w.Stamp != "" {
		m.stamp = w.Stamp
	}
}

func deltas(quads []schema.Quad, action cgraph.Procedure) []cgraph.Delta {
	ds := make([]cgraph.Delta, len(quads))
	for i, q := range quads {
		ds[i] = cgraph.Delta{Quad: ToQuad(q), Action: action}
	}
	return ds
}

// Labelled returns the quads whose label is one of labels. Cayley's key-value store has
// no label index, so this scans every quad: prefer [Store.FromSubjects].
func (s *Store) Labelled(ctx context.Context, labels []schema.IRI) ([]schema.Quad, error) {
	if s.sql != nil {
		return s.sql.matching(ctx, "label_hash", labels, "", nil, false, nil)
	}
	return s.matching(ctx, quad.Label, labels, nil)
}

// FromSubjects returns the quads whose subject is one of subjects and whose label is in
// labels. It reads the subjects' quads through Cayley's subject index.
func (s *Store) FromSubjects(ctx context.Context, subjects []schema.IRI, labels map[schema.IRI]bool) ([]schema.Quad, error) {
	if s.sql != nil {
		return s.sql.matching(ctx, "subject_hash", subjects, "", nil, true, labels)
	}
	return s.matching(ctx, quad.Subject, subjects, func(q schema.Quad) bool { return labels[q.Label] })
}

func (s *Store) matching(ctx context.Context, dir quad.Direction, nodes []schema.IRI, keep func(schema.Quad) bool) (_ []schema.Quad, err error) {
	defer Recover(&err)
	defer Guard()()
	var out []schema.Quad
	for _, n := range nodes {
		ref, err := s.qs.ValueOf(quad.IRI(n))
		if err != nil {
			return nil, err
		}
		if ref == nil {
			continue
		}
		if err := s.scan(ctx, s.qs.QuadIterator(dir, ref), func(q schema.Quad) error {
			if keep == nil || keep(q) {
				out = append(out, q)
			}
			return nil
		}); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// All calls fn for every quad of the store, in no particular order. fn must not write to
// the store (bbolt would deadlock, Cayley issue #712).
func (s *Store) All(ctx context.Context, fn func(schema.Quad) error) error {
	if s.sql != nil {
		return scanQuads(ctx, s.sql.q(), "", nil, fn)
	}
	if ok, err := s.scanLog(ctx, fn); ok {
		return err
	}
	return s.scan(ctx, s.qs.QuadsAllIterator(), fn)
}

func (s *Store) scan(ctx context.Context, sh iterator.Shape, fn func(schema.Quad) error) (err error) {
	defer Recover(&err)
	defer Guard()()
	it := sh.Iterate()
	defer func() {
		if cerr := it.Close(); err == nil {
			err = cerr
		}
	}()
	// Cayley's Quad reads the four values of a quad one by one; nodes are shared by many
	// quads, so resolve their refs in batches and remember the values during the scan.
	names := map[any]quad.Value{}
	var batch [][4]cgraph.Ref
	flush := func() error {
		var missing []cgraph.Ref
		for _, b := range batch {
			for _, r := range b {
				if r != nil {
					if _, ok := names[r.Key()]; !ok {
						names[r.Key()] = nil
						missing = append(missing, r)
					}
				}
			}
		}
		vals, err := cgraph.ValuesOf(ctx, s.qs, missing)
		if err != nil {
			return err
		}
		for i, r := range missing {
			names[r.Key()] = vals[i]
		}
		for _, b := range batch {
			var q quad.Quad
			for d, r := range b {
				if r != nil {
					q.Set(quad.Directions[d], names[r.Key()])
				}
			}
			sq, err := FromQuad(q)
			if err != nil {
				return err
			}
			if err := fn(sq); err != nil {
				return err
			}
		}
		batch = batch[:0]
		if len(names) > 100_000 {
			clear(names)
		}
		return nil
	}
	for it.Next(ctx) {
		var refs [4]cgraph.Ref
		for d, dir := range quad.Directions {
			r, err := s.qs.QuadDirection(it.Result(), dir)
			if err != nil {
				return err
			}
			refs[d] = r
		}
		batch = append(batch, refs)
		if len(batch) == 1000 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	return ctx.Err()
}

// Count returns the number of quads in the store, exactly.
func (s *Store) Count(ctx context.Context) (int, error) {
	if s.sql != nil {
		return s.sql.count(ctx)
	}
	st, err := s.qs.Stats(ctx, true)
	if err != nil {
		return 0, err
	}
	return int(st.Quads.Value), nil
}

// ToValue converts a schema term to a Cayley value.
func ToValue(t schema.Term) quad.Value {
	switch {
	case t.Kind == schema.IRITerm:
		return quad.IRI(t.Value)
	case t.Datatype == "":
		return quad.String(t.Value)
	default:
		return quad.TypedString{Value: quad.String(t.Value), Type: quad.IRI(t.Datatype)}
	}
}

// FromValue converts a Cayley value back to a schema term.
func FromValue(v quad.Value) (schema.Term, error) {
	switch v := v.(type) {
	case quad.IRI:
		return schema.IRITermOf(schema.IRI(v)), nil
	case quad.String:
		return schema.StringTerm(string(v)), nil
	case quad.TypedString:
		return schema.TypedTerm(string(v.Value), schema.IRI(v.Type.Full())), nil
	case quad.Int:
		return schema.IntTerm(int(v)), nil
	case quad.TypedStringer: // quad.Time, quad.Float, quad.Bool from N-Quads readers
		ts := v.TypedString()
		return schema.TypedTerm(string(ts.Value), schema.IRI(ts.Type.Full())), nil
	}
	return schema.Term{}, fmt.Errorf("store: unsupported value %v (%T)", v, v)
}

// ToQuad converts a schema quad to a Cayley quad.
func ToQuad(q schema.Quad) quad.Quad {
	var label quad.Value
	if q.Label != "" {
		label = quad.IRI(q.Label)
	}
	return quad.Quad{Subject: ToValue(q.Subject), Predicate: quad.IRI(q.Predicate),
		Object: ToValue(q.Object), Label: label}
}

// FromQuad converts a Cayley quad to a schema quad.
func FromQuad(q quad.Quad) (schema.Quad, error) {
	s, err := FromValue(q.Subject)
	if err != nil {
		return schema.Quad{}, err
	}
	o, err := FromValue(q.Object)
	if err != nil {
		return schema.Quad{}, err
	}
	p, ok := q.Predicate.(quad.IRI)
	if !ok {
		return schema.Quad{}, fmt.Errorf("store: predicate %v is not an IRI", q.Predicate)
	}
	var label schema.IRI
	if q.Label != nil {
		l, ok := q.Label.(quad.IRI)
		if !ok {
			return schema.Quad{}, fmt.Errorf("store: label %v is not an IRI", q.Label)
		}
		label = schema.IRI(l)
	}
	return schema.Quad{Subject: s, Predicate: schema.Predicate(p), Object: o, Label: label}, nil
}

// ToObject returns the quads with predicate pred and object obj whose label is in
// labels. It reads them through Cayley's object index.
func (s *Store) ToObject(ctx context.Context, obj schema.IRI, pred schema.Predicate, labels map[schema.IRI]bool) ([]schema.Quad, error) {
	if s.sql != nil {
		return s.sql.matching(ctx, "object_hash", []schema.IRI{obj}, "q.predicate_hash = $2",
			[]any{hashOf(quad.IRI(pred))}, true, labels)
	}
	return s.matching(ctx, quad.Object, []schema.IRI{obj}, func(q schema.Quad) bool {
		return q.Predicate == pred && labels[q.Label]
	})
}

// ErrDamaged is the error a read or write returns in place of a panic of bbolt or Cayley
// on a damaged store file.
var ErrDamaged = errors.New("damaged store file")

// ErrInternal is the error a read or write returns in place of any other panic: a bug in
// newsgraph or Cayley, not the file's fault.
var ErrInternal = errors.New("internal error (a bug; please report it)")

// Recover turns a panic that a damaged file causes (a panic inside bbolt, or a memory
// fault reading the file's mapping) into an error wrapping ErrDamaged and
// ErrNotNewsgraph, and any other panic (a nil pointer in newsgraph or Cayley) into an
// error wrapping ErrInternal that names where it happened. Call it deferred, with the
// address of the function's error result, after [Guard].
func Recover(err *error) {
	r := recover()
	if r == nil {
		return
	}
	where, inBolt := panicSite()
	if _, fault := r.(interface{ Addr() uintptr }); fault || inBolt {
		*err = fmt.Errorf("%w: %w: %v", ErrNotNewsgraph, ErrDamaged, r)
		return
	}
	*err = fmt.Errorf("%w: %v (in %s)", ErrInternal, r, where)
}

// panicSite returns the function that panicked, as seen from a deferred call of
// Recover, and whether it is bbolt's.
func panicSite() (string, bool) {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	panicking := false
	for {
		f, more := frames.Next()
		switch {
		case f.Function == "runtime.gopanic":
			panicking = true
		case panicking && !strings.HasPrefix(f.Function, "runtime."):
			return f.Function, strings.HasPrefix(f.Function, "go.etcd.io/bbolt.")
		}
		if !more {
			return "an unknown function", false
		}
	}
}

// Guard makes a memory fault in the calling goroutine (bbolt reads the file through
// mmap, and a damaged page can send it outside the mapping) a panic that [Recover]
// turns into an error, instead of a crash of the program. Call it as
// defer store.Guard()() and undo it by calling the function it returns.
func Guard() func() {
	old := debug.SetPanicOnFault(true)
	return func() { debug.SetPanicOnFault(old) }
}
