package store

import (
	"context"
	"fmt"

	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"

	"github.com/newsgraph/newsgraph/schema"
)

// logBucket is the bucket of Cayley's key-value store that holds every node and quad,
// keyed by its id (big-endian), as a protobuf Primitive: a node carries its value, a quad
// the ids of its four nodes, and a removed quad stays with Deleted set.
var logBucket = []byte("log")

// scanLog calls fn for every quad of a bbolt store by reading Cayley's log bucket once,
// in id order, in one read transaction. Cayley's own all-quads iterator fetches the same
// records by id in batches of 100, each batch a new transaction and a tree search per
// record, and then each quad's four values by id again: reopening a store of the whole
// Reuters corpus spent 10 s there. A node always has a smaller id than the quads that use
// it (Cayley creates nodes before the quads of a write), so one pass that remembers the
// nodes' terms suffices; a quad read before one of its nodes waits for the end of the pass.
// ok is false when the store is not a hidalgo bbolt store; the caller then scans through
// Cayley.
func (s *Store) scanLog(ctx context.Context, fn func(schema.Quad) error) (ok bool, err error) {
	if s.join == nil {
		return false, nil
	}
	hdb, isBolt := s.join.KV.(*hbolt.DB)
	if !isBolt {
		return false, nil
	}
	defer Recover(&err)
	defer Guard()()
	terms := map[uint64]schema.Term{}
	var pending []*cproto.Primitive
	emit := func(p *cproto.Primitive) (bool, error) {
		var ids [4]uint64
		var ts [4]schema.Term
		for i, d := range quad.Directions {
			ids[i] = p.GetDirection(d)
			if ids[i] == 0 {
				continue
			}
			t, ok := terms[ids[i]]
			if !ok {
				return false, nil
			}
			ts[i] = t
		}
		if ids[0] == 0 || ids[1] == 0 || ids[2] == 0 || !ts[1].IsIRI() || ids[3] != 0 && !ts[3].IsIRI() {
			return true, fmt.Errorf("store: quad %d has a missing subject, predicate or object, or a literal predicate or label", p.ID)
		}
		return true, fn(schema.Quad{Subject: ts[0], Predicate: schema.Predicate(ts[1].Value), Object: ts[2], Label: schema.IRI(ts[3].Value)})
	}
	err = hdb.DB().View(func(tx *bolt.Tx) error {
		b := tx.Bucket(logBucket)
		if b == nil {
			return fmt.Errorf("%w: no log bucket", ErrNotNewsgraph)
		}
		c := b.Cursor()
		n := 0
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if n++; n%4096 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			var p cproto.Primitive
			if err := proto.Unmarshal(v, &p); err != nil {
				return fmt.Errorf("%w: %w: log record %x: %v", ErrNotNewsgraph, ErrDamaged, k, err)
			}
			if p.Deleted {
				continue
			}
			if p.IsNode() {
				val, err := pquads.UnmarshalValue(p.Value)
				if err != nil {
					return fmt.Errorf("%w: %w: node %d: %v", ErrNotNewsgraph, ErrDamaged, p.ID, err)
				}
				t, err := FromValue(val)
				if err != nil {
					return err
				}
				terms[p.ID] = t
				continue
			}
			if done, err := emit(&p); err != nil {
				return err
			} else if !done {
				pending = append(pending, &p)
			}
		}
		return nil
	})
	if err != nil {
		return true, err
	}
	for _, p := range pending {
		if done, err := emit(p); err != nil {
			return true, err
		} else if !done {
			return true, fmt.Errorf("%w: %w: quad %d names a node that does not exist", ErrNotNewsgraph, ErrDamaged, p.ID)
		}
	}
	return true, ctx.Err()
}
