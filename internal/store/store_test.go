package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/schema"
)

func q(s, o string, label string) schema.Quad {
	return schema.Quad{Subject: schema.IRITermOf(schema.IRI("https://ex.org/" + s)), Predicate: schema.Name,
		Object: schema.StringTerm(o), Label: schema.IRI("https://ex.org/" + label)}
}

func all(t *testing.T, s *store.Store) []string {
	t.Helper()
	var out []string
	if err := s.All(context.Background(), func(q schema.Quad) error {
		out = append(out, q.String())
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func strs(qs ...schema.Quad) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.String())
	}
	slices.Sort(out)
	return out
}

func stores(t *testing.T) map[string]*store.Store {
	b, err := store.OpenBolt(context.Background(), filepath.Join(t.TempDir(), "s.db"), store.BoltOptions{})
	if err != nil {
		t.Fatal(err)
	}
	m := store.NewMemory()
	t.Cleanup(func() { b.Close(); m.Close() })
	return map[string]*store.Store{"bolt": b, "memory": m}
}

// Apply is all or nothing, also when the removes succeed and the adds fail.
func TestApplyAtomic(t *testing.T) {
	ctx := context.Background()
	a, b, c, d := q("a", "A", "l1"), q("b", "B", "l1"), q("c", "C", "l2"), q("d", "D", "l2")
	for name, s := range stores(t) {
		t.Run(name, func(t *testing.T) {
			if err := s.Apply(ctx, nil, []schema.Quad{a, b}); err != nil {
				t.Fatal(err)
			}
			// Removing a missing quad fails: nothing changes.
			if err := s.Apply(ctx, []schema.Quad{a, c}, []schema.Quad{d}); err == nil {
				t.Error("removing a missing quad: no error")
			}
			if got := all(t, s); !slices.Equal(got, strs(a, b)) {
				t.Errorf("after a failed Apply: %v", got)
			}
			// Adding an existing quad fails after the removes: they are rolled back.
			if err := s.Apply(ctx, []schema.Quad{a}, []schema.Quad{d, b}); err == nil {
				t.Error("adding an existing quad: no error")
			}
			if got := all(t, s); !slices.Equal(got, strs(a, b)) {
				t.Errorf("after a failed Apply: %v", got)
			}
			// The store still works, and a mixed Apply sharing nodes keeps every add.
			a2 := q("a", "A2", "l1")
			if err := s.Apply(ctx, []schema.Quad{a}, []schema.Quad{a2, c}); err != nil {
				t.Fatal(err)
			}
			if got := all(t, s); !slices.Equal(got, strs(a2, b, c)) {
				t.Errorf("after a mixed Apply: %v", got)
			}
			got, err := s.Labelled(ctx, []schema.IRI{"https://ex.org/l2", "https://ex.org/none"})
			if err != nil || !slices.Equal(strs(got...), strs(c)) {
				t.Errorf("Labelled(l2) = %v, %v", got, err)
			}
			if n, err := s.Count(ctx); err != nil || n != 3 {
				t.Errorf("Count = %d, %v; want 3", n, err)
			}
		})
	}
}

func TestTerms(t *testing.T) {
	for _, term := range []schema.Term{
		schema.IRITermOf("https://ex.org/x"), schema.StringTerm("héllo \"x\""), schema.IntTerm(42),
		schema.TypedTerm("2025-01-02", schema.XSDDate), schema.TypedTerm("2025-01-02T03:04:05Z", schema.XSDDateTime),
	} {
		got, err := store.FromValue(store.ToValue(term))
		if err != nil || got != term {
			t.Errorf("round trip of %v = %v, %v", term, got, err)
		}
	}
}

// makeBolt writes a bbolt file with the given buckets and keys.
func makeBolt(t *testing.T, buckets map[string]map[string]string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "other.db")
	db, err := bolt.Open(path, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for name, kvs := range buckets {
			b, err := tx.CreateBucket([]byte(name))
			if err != nil {
				return err
			}
			for k, v := range kvs {
				if err := b.Put([]byte(k), []byte(v)); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	return path
}

func TestForeignFiles(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		buckets map[string]map[string]string
		want    error
	}{
		{"another program's bbolt file", map[string]map[string]string{"users": {"ann": "1"}}, store.ErrNotNewsgraph},
		{"wrong format", map[string]map[string]string{"newsgraph": {"format": "other", "version": "1"}}, store.ErrNotNewsgraph},
		{"bad version", map[string]map[string]string{"newsgraph": {"format": "newsgraph-store", "version": "x"}}, store.ErrNotNewsgraph},
		{"future version", map[string]map[string]string{"newsgraph": {"format": "newsgraph-store",
			"version": strconv.Itoa(store.Version + 1)}}, store.ErrVersion},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := makeBolt(t, tt.buckets)
			before, _ := os.ReadFile(path)
			for _, ro := range []bool{false, true} {
				s, err := store.OpenBolt(ctx, path, store.BoltOptions{ReadOnly: ro})
				if err == nil {
					s.Close()
				}
				if !errors.Is(err, tt.want) {
					t.Errorf("OpenBolt(readOnly=%v): %v, want %v", ro, err, tt.want)
				}
			}
			if after, _ := os.ReadFile(path); string(after) != string(before) {
				t.Error("a refused file was modified")
			}
		})
	}
}

// TestRecover: a panic inside bbolt (as a damaged file causes) is a damaged store; any
// other panic (a nil pointer of newsgraph's own) is an internal error, not the file's
// fault.
func TestRecover(t *testing.T) {
	inBolt := func() (err error) {
		defer store.Recover(&err)
		defer store.Guard()()
		var b *bolt.Bucket
		b.Get([]byte("key")) // panics inside bbolt
		return nil
	}
	ours := func() (err error) {
		defer store.Recover(&err)
		defer store.Guard()()
		var m map[string]*int
		_ = *m["missing"]
		return nil
	}
	if err := inBolt(); !errors.Is(err, store.ErrDamaged) || !errors.Is(err, store.ErrNotNewsgraph) {
		t.Errorf("a panic in bbolt: %v, want ErrDamaged", err)
	}
	err := ours()
	if !errors.Is(err, store.ErrInternal) || errors.Is(err, store.ErrDamaged) || !strings.Contains(err.Error(), "TestRecover") {
		t.Errorf("a panic of our own: %v, want ErrInternal naming where", err)
	}
}
