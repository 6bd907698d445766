package store

import (
	"bytes"
	"context"
	"fmt"
	"slices"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"

	"github.com/newsgraph/newsgraph/schema"
)

// Beside Cayley's quads a store keeps, for each document that has them, its resolution
// record (what cross-document resolution needs of its entities, read back at Open) and
// its own extraction (read back when its quads must be written again because the
// resolution of its entities changed), and the former IRIs of entities. In a bbolt file
// they are three buckets; in PostgreSQL two tables (sql.go); in memory, maps.
var (
	namesBucket   = []byte("newsgraph-names")
	localBucket   = []byte("newsgraph-local")
	formersBucket = []byte("newsgraph-formers")
)

// Change is what one write did to one document: its quads before and after, and its side
// data. New is empty when the document was removed.
type Change struct {
	Doc      schema.DocID
	Old, New []schema.Quad
	// Names and Local are the document's resolution record and its extraction, both
	// encoded, when the write added or replaced the document; nil when it only rewrote
	// the document's quads.
	Names, Local []byte
	// Removed reports that the document was removed, its side data with it.
	Removed bool
	// Seq numbers the writes in commit order, in a change of [Store.Changes]: the
	// documents of one write share it.
	Seq int64
}

// writeSide writes the side data of w in the bbolt transaction tx.
func writeSide(ctx context.Context, tx hkv.Tx, w Write) error {
	for _, c := range w.Changes {
		id := []byte(c.Doc)
		switch {
		case c.Removed:
			if err := tx.Del(ctx, hkv.Key{namesBucket, id}); err != nil {
				return err
			}
			if err := tx.Del(ctx, hkv.Key{localBucket, id}); err != nil {
				return err
			}
		case c.Names != nil:
			if err := tx.Put(ctx, hkv.Key{namesBucket, id}, c.Names); err != nil {
				return err
			}
			if err := tx.Put(ctx, hkv.Key{localBucket, id}, c.Local); err != nil {
				return err
			}
		}
	}
	if w.Stamp != "" {
		if err := tx.Put(ctx, hkv.Key{[]byte(markerBucket), []byte("resolution")}, []byte(w.Stamp)); err != nil {
			return err
		}
	}
	for f, t := range w.Formers {
		k := hkv.Key{formersBucket, []byte(f)}
		var err error
		if t == "" {
			err = tx.Del(ctx, k)
		} else {
			err = tx.Put(ctx, k, []byte(t))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// createBuckets creates, in key order, the buckets of Cayley's key-value store that the
// nodes of adds will need and that do not exist yet. Cayley creates a bucket the first
// time it writes a node whose hash starts with its two bytes, in the order the nodes
// come; bbolt inserts a new bucket into the root's node in memory, moving every bucket
// after it, and only splits the node at commit: so a transaction that creates tens of
// thousands of buckets (one large document in a new store) took time quadratic in their
// number. Created in key order, each goes at the end. known tells which buckets exist
// (read once from the root bucket: Cayley never deletes one), so that a bulk load looks
// none up; it returns what the transaction adds to known once it commits.
func createBuckets(btx *bolt.Tx, adds []schema.Quad, known *buckets) (*buckets, error) {
	if known.read && known.n == 2<<16 {
		return nil, nil // every bucket exists: a store past its first few thousand nodes
	}
	if !known.read {
		c := btx.Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if len(k) == 3 {
				known.set(k)
			}
		}
		known.read = true
	}
	var names [][3]byte
	made := &buckets{read: true}
	seen := map[schema.Term]bool{}
	add := func(t schema.Term) {
		if seen[t] {
			return
		}
		seen[t] = true
		h := quad.HashOf(ToValue(t))
		if len(h) < 2 {
			return
		}
		for _, p := range []byte{'n', 'v'} {
			if name := [3]byte{p, h[0], h[1]}; !known.has(name[:]) && !made.has(name[:]) {
				names = append(names, name)
				made.set(name[:])
			}
		}
	}
	for _, q := range adds {
		add(q.Subject)
		add(schema.IRITermOf(schema.IRI(q.Predicate)))
		add(q.Object)
		if q.Label != "" {
			add(schema.IRITermOf(q.Label))
		}
	}
	slices.SortFunc(names, func(a, b [3]byte) int { return bytes.Compare(a[:], b[:]) })
	for _, n := range names {
		if _, err := btx.CreateBucket(n[:]); err != nil && err != bolt.ErrBucketExists {
			return nil, err
		}
	}
	return made, nil
}

// buckets is a set of Cayley's value buckets ('n' or 'v' and two bytes of a hash).
type buckets struct {
	bits [1 << 16]uint8
	n    int  // the buckets set
	read bool // filled from the file
}

func bucketBit(name []byte) (int, uint8, bool) {
	switch name[0] {
	case 'n':
		return int(name[1])<<8 | int(name[2]), 1, true
	case 'v':
		return int(name[1])<<8 | int(name[2]), 2, true
	}
	return 0, 0, false
}

func (b *buckets) set(name []byte) {
	if i, bit, ok := bucketBit(name); ok && b.bits[i]&bit == 0 {
		b.bits[i] |= bit
		b.n++
	}
}

func (b *buckets) has(name []byte) bool {
	i, bit, ok := bucketBit(name)
	return ok && b.bits[i]&bit != 0
}

func (b *buckets) merge(o *buckets) {
	if o == nil || o.n == 0 {
		return
	}
	b.n = 0
	for i, v := range o.bits {
		b.bits[i] |= v
		b.n += int(b.bits[i]&1 + b.bits[i]>>1&1)
	}
}

// Docs calls fn with the resolution record of every document that has one, in no
// particular order.
func (s *Store) Docs(ctx context.Context, fn func(id schema.DocID, names []byte) error) (err error) {
	switch {
	case s.sql != nil:
		return s.sql.docs(ctx, s.sql.q(), fn)
	case s.mem != nil:
		for id, b := range s.mem.names {
			if err := fn(id, b); err != nil {
				return err
			}
		}
		return nil
	}
	return s.boltView(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(namesBucket)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			return fn(schema.DocID(k), bytes.Clone(v))
		})
	})
}

// Local returns the extraction kept of a document, encoded; nil when none.
func (s *Store) Local(ctx context.Context, id schema.DocID) ([]byte, error) {
	switch {
	case s.sql != nil:
		return s.sql.local(ctx, id)
	case s.mem != nil:
		return s.mem.local[id], nil
	}
	var out []byte
	err := s.boltView(ctx, func(tx *bolt.Tx) error {
		if b := tx.Bucket(localBucket); b != nil {
			out = bytes.Clone(b.Get([]byte(id)))
		}
		return nil
	})
	return out, err
}

// Formers returns the former IRIs of entities, each with the IRI of the entity that has
// its records now.
func (s *Store) Formers(ctx context.Context) (map[schema.IRI]schema.IRI, error) {
	out := map[schema.IRI]schema.IRI{}
	switch {
	case s.sql != nil:
		return s.sql.formers(ctx, s.sql.q())
	case s.mem != nil:
		for f, t := range s.mem.formers {
			out[f] = t
		}
		return out, nil
	}
	err := s.boltView(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(formersBucket)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			out[schema.IRI(k)] = schema.IRI(v)
			return nil
		})
	})
	return out, err
}

// Stamp returns the stamp of the rules that resolved the store's entities ("" when
// none was written: an empty store, or one of version 1).
func (s *Store) Stamp(ctx context.Context) (string, error) {
	switch {
	case s.sql != nil:
		return s.sql.stamp(ctx)
	case s.mem != nil:
		return s.mem.stamp, nil
	}
	var out string
	err := s.boltView(ctx, func(tx *bolt.Tx) error {
		if b := tx.Bucket([]byte(markerBucket)); b != nil {
			out = string(b.Get([]byte("resolution")))
		}
		return nil
	})
	return out, err
}

// boltView runs fn in a read transaction of the bbolt file.
func (s *Store) boltView(ctx context.Context, fn func(*bolt.Tx) error) (err error) {
	defer Recover(&err)
	defer Guard()()
	hdb, ok := s.join.KV.(*hbolt.DB)
	if !ok {
		return fmt.Errorf("store: not a bbolt store")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return hdb.DB().View(fn)
}
