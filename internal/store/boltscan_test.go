package store

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The one-pass reader of Cayley's log must see exactly the quads Cayley's own iterator
// sees, after adds, removes and re-adds that leave deleted records and shared nodes in
// the log.
func TestScanLogMatchesCayley(t *testing.T) {
	ctx := context.Background()
	s, err := OpenBolt(ctx, filepath.Join(t.TempDir(), "s.db"), BoltOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mk := func(i int, label string) schema.Quad {
		return schema.Quad{
			Subject:   schema.IRITermOf(schema.IRI(fmt.Sprintf("https://ex.org/e%d", i%7))),
			Predicate: schema.Name,
			Object:    schema.StringTerm(fmt.Sprintf("name %d", i)),
			Label:     schema.IRI("https://ex.org/" + label),
		}
	}
	var batch1, batch2 []schema.Quad
	for i := range 50 {
		batch1 = append(batch1, mk(i, "d1"))
		batch2 = append(batch2, mk(i, "d2")) // same triples, another label
	}
	steps := []struct{ removes, adds []schema.Quad }{
		{nil, batch1},
		{nil, batch2},
		{batch1[10:30], nil},
		{nil, batch1[10:20]}, // added again: new records after deleted ones
	}
	for i, st := range steps {
		if err := s.Apply(ctx, st.removes, st.adds); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	collect := func(scan func(func(schema.Quad) error) error) []string {
		var out []string
		if err := scan(func(q schema.Quad) error {
			out = append(out, q.String())
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		slices.Sort(out)
		return out
	}
	fast := collect(func(fn func(schema.Quad) error) error {
		ok, err := s.scanLog(ctx, fn)
		if !ok {
			t.Fatal("scanLog declined a bbolt store")
		}
		return err
	})
	slow := collect(func(fn func(schema.Quad) error) error {
		return s.scan(ctx, s.qs.QuadsAllIterator(), fn)
	})
	if len(slow) != 90 {
		t.Fatalf("Cayley's iterator sees %d quads, want 90", len(slow))
	}
	if !slices.Equal(fast, slow) {
		t.Errorf("scanLog sees %d quads, Cayley %d:\nscanLog %v\nCayley  %v", len(fast), len(slow), fast, slow)
	}
}
