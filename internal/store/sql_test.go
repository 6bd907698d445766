package store_test

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/graphtest"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/schema"
)

func TestIsURL(t *testing.T) {
	for name, want := range map[string]bool{
		"postgres://u@h/db":        true,
		"PostgreSQL://u@h/db":      true,
		"postgresql:///db?host=/s": true,
		"news.db":                  false,
		"/tmp/postgres://x":        false,
		"mysql://u@h/db":           false,
		"":                         false,
	} {
		if got := store.IsURL(name); got != want {
			t.Errorf("IsURL(%q) = %v, want %v", name, got, want)
		}
	}
	if got := store.Redact("postgres://ann:s3cret@db.example:5432/news?sslmode=disable"); strings.Contains(got, "s3cret") ||
		!strings.Contains(got, "db.example:5432/news") {
		t.Errorf("Redact = %q", got)
	}
	if got := store.Redact("news.db"); got != "news.db" {
		t.Errorf("Redact(news.db) = %q", got)
	}
}

func openSQL(t *testing.T, url string, o store.SQLOptions) *store.Store {
	t.Helper()
	s, err := store.OpenSQL(context.Background(), url, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func exec(t *testing.T, url, stmt string) {
	t.Helper()
	db, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(stmt); err != nil {
		t.Fatal(err)
	}
}

// OpenSQL creates the tables in an empty database, refuses a database that is not a
// newsgraph store or is of a newer version, and leaves such a database untouched.
func TestSQLStamp(t *testing.T) {
	ctx := context.Background()
	t.Run("readonly-empty", func(t *testing.T) {
		url := graphtest.PostgresURL(t)
		if _, err := store.OpenSQL(ctx, url, store.SQLOptions{ReadOnly: true}); !errors.Is(err, store.ErrMissing) {
			t.Fatalf("read-only open of an empty database: %v, want ErrMissing", err)
		}
		s := openSQL(t, url, store.SQLOptions{}) // created: now a read-only open works
		s.Close()
		r := openSQL(t, url, store.SQLOptions{ReadOnly: true})
		if err := r.Apply(ctx, nil, []schema.Quad{q("a", "A", "l")}); err == nil {
			t.Fatal("Apply on a read-only store succeeded")
		}
	})
	t.Run("foreign", func(t *testing.T) {
		url := graphtest.PostgresURL(t)
		exec(t, url, `CREATE TABLE quads (id int); INSERT INTO quads VALUES (7)`)
		if _, err := store.OpenSQL(ctx, url, store.SQLOptions{}); !errors.Is(err, store.ErrNotNewsgraph) {
			t.Fatalf("open of another program's database: %v, want ErrNotNewsgraph", err)
		}
		exec(t, url, `DO $$ BEGIN IF to_regclass('newsgraph_meta') IS NOT NULL OR (SELECT count(*) FROM quads) <> 1
			THEN RAISE 'modified'; END IF; END $$`)
	})
	t.Run("version", func(t *testing.T) {
		url := graphtest.PostgresURL(t)
		openSQL(t, url, store.SQLOptions{}).Close()
		exec(t, url, `UPDATE newsgraph_meta SET version = version + 1`)
		if _, err := store.OpenSQL(ctx, url, store.SQLOptions{}); !errors.Is(err, store.ErrVersion) {
			t.Fatalf("open of a newer store: %v, want ErrVersion", err)
		}
		exec(t, url, `UPDATE newsgraph_meta SET version = 1, format = 'something-else'`)
		if _, err := store.OpenSQL(ctx, url, store.SQLOptions{}); !errors.Is(err, store.ErrNotNewsgraph) {
			t.Fatalf("open of a store with another stamp: %v, want ErrNotNewsgraph", err)
		}
	})
	t.Run("concurrent-create", func(t *testing.T) {
		url := graphtest.PostgresURL(t)
		errs := make(chan error, 4)
		for range 4 {
			go func() {
				s, err := store.OpenSQL(ctx, url, store.SQLOptions{})
				if err == nil {
					s.Close()
				}
				errs <- err
			}()
		}
		for range 4 {
			if err := <-errs; err != nil {
				t.Fatalf("one of four opens of a new database: %v", err)
			}
		}
	})
}

// Quads that differ only by their label are all kept, and Apply is all or nothing.
func TestSQLApply(t *testing.T) {
	ctx := context.Background()
	s := openSQL(t, graphtest.PostgresURL(t), store.SQLOptions{})
	three := []schema.Quad{q("a", "A", "s1"), q("a", "A", "s2"), q("a", "A", "s3")}
	if err := s.Apply(ctx, nil, three); err != nil {
		t.Fatal(err)
	}
	if got, want := all(t, s), strs(three...); !slices.Equal(got, want) {
		t.Fatalf("stored %q, want %q", got, want)
	}
	if err := s.Apply(ctx, []schema.Quad{three[0], q("zz", "Z", "s1")}, []schema.Quad{q("b", "B", "s1")}); err == nil {
		t.Fatal("removing a missing quad succeeded")
	}
	if got, want := all(t, s), strs(three...); !slices.Equal(got, want) {
		t.Fatalf("after a failed Apply: stored %q, want %q", got, want)
	}
	if err := s.Apply(ctx, three[1:], []schema.Quad{q("b", "B", "s2")}); err != nil {
		t.Fatal(err)
	}
	if got, want := all(t, s), strs(three[0], q("b", "B", "s2")); !slices.Equal(got, want) {
		t.Fatalf("stored %q, want %q", got, want)
	}
	if n, err := s.Count(ctx); err != nil || n != 2 {
		t.Fatalf("Count = %d, %v", n, err)
	}
	got, err := s.Labelled(ctx, []schema.IRI{"https://ex.org/s2"})
	if err != nil || !slices.Equal(strs(got...), strs(q("b", "B", "s2"))) {
		t.Fatalf("Labelled = %v, %v", got, err)
	}
}

// A reader sees another store's writes as changes, in commit order; when the log no
// longer reaches back far enough it is told to rebuild.
func TestSQLChanges(t *testing.T) {
	ctx := context.Background()
	url := graphtest.PostgresURL(t)
	w, r := openSQL(t, url, store.SQLOptions{}), openSQL(t, url, store.SQLOptions{ReadOnly: true})
	if !r.Shared() {
		t.Fatal("a PostgreSQL store is not Shared")
	}
	if _, rebuild, err := r.Changes(ctx); err != nil || !rebuild {
		t.Fatalf("Changes before a Snapshot: rebuild %v, %v; want a rebuild", rebuild, err)
	}
	if err := r.Snapshot(ctx, func(schema.Quad) error { return nil }); err != nil {
		t.Fatal(err)
	}
	moved := func(want bool) {
		t.Helper()
		if got, err := r.Moved(ctx); err != nil || got != want {
			t.Fatalf("Moved = %v, %v; want %v", got, err, want)
		}
	}
	moved(false)
	a, b := q("a", "A", "d1"), q("b", "B", "d2")
	if err := w.Apply(ctx, nil, []schema.Quad{a}, store.Change{Doc: "d1", New: []schema.Quad{a}}); err != nil {
		t.Fatal(err)
	}
	if err := w.Apply(ctx, []schema.Quad{a}, []schema.Quad{b}, store.Change{Doc: "d1", Old: []schema.Quad{a}},
		store.Change{Doc: "d2", New: []schema.Quad{b}}); err != nil {
		t.Fatal(err)
	}
	moved(true)
	changes, rebuild, err := r.Changes(ctx)
	if err != nil || rebuild || len(changes) != 3 {
		t.Fatalf("Changes = %+v, rebuild %v, %v", changes, rebuild, err)
	}
	if c := changes[0]; c.Doc != "d1" || len(c.Old) != 0 || len(c.New) != 1 || c.New[0] != a {
		t.Errorf("first change %+v", c)
	}
	if c := changes[1]; c.Doc != "d1" || len(c.Old) != 1 || c.Old[0] != a || len(c.New) != 0 {
		t.Errorf("second change %+v", c)
	}
	if c := changes[2]; c.Doc != "d2" || len(c.New) != 1 || c.New[0] != b {
		t.Errorf("third change %+v", c)
	}
	moved(false)

	// A write the log cannot describe makes readers rebuild.
	if err := w.Apply(ctx, nil, []schema.Quad{a}); err != nil {
		t.Fatal(err)
	}
	if _, rebuild, err := r.Changes(ctx); err != nil || !rebuild {
		t.Fatalf("after an undescribed write: rebuild %v, %v; want a rebuild", rebuild, err)
	}

	// A reader further behind than the log reaches rebuilds.
	if err := r.Snapshot(ctx, func(schema.Quad) error { return nil }); err != nil {
		t.Fatal(err)
	}
	defer store.SetLogKeep(2)()
	for i, x := range []schema.Quad{q("c", "C", "d3"), q("d", "D", "d3"), q("e", "E", "d3")} {
		if err := w.Apply(ctx, nil, []schema.Quad{x}, store.Change{Doc: "d3", New: []schema.Quad{x}}); err != nil {
			t.Fatalf("write %d: %v", i, err)
		}
	}
	if _, rebuild, err := r.Changes(ctx); err != nil || !rebuild {
		t.Fatalf("behind the log: rebuild %v, %v; want a rebuild", rebuild, err)
	}
}

// The rows newsgraph writes are Cayley's: its sql/postgres store reads every value back,
// a NUL byte and typed literals included, and finds the quads by its own iterators.
func TestSQLCayleyReads(t *testing.T) {
	ctx := context.Background()
	s := openSQL(t, graphtest.PostgresURL(t), store.SQLOptions{})
	quads := []schema.Quad{
		{Subject: schema.IRITermOf("https://ex.org/a"), Predicate: schema.Name, Object: schema.StringTerm("nul\x00byte"), Label: "https://ex.org/l"},
		{Subject: schema.IRITermOf("https://ex.org/a"), Predicate: schema.Name, Object: schema.StringTerm(""), Label: "https://ex.org/l"},
		{Subject: schema.IRITermOf("https://ex.org/a"), Predicate: schema.DatePublished, Object: schema.TypedTerm("2024-02-29", schema.XSDDate), Label: "https://ex.org/l"},
		{Subject: schema.IRITermOf("https://ex.org/a"), Predicate: schema.Mentions, Object: schema.IRITermOf("https://ex.org/b")},
	}
	if err := s.Apply(ctx, nil, quads); err != nil {
		t.Fatal(err)
	}
	if got, want := all(t, s), strs(quads...); !slices.Equal(got, want) {
		t.Fatalf("stored %q, want %q", got, want)
	}
	qs := s.QuadStore()
	n := 0
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		cq, err := qs.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		sq, err := store.FromQuad(cq)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(strs(quads...), sq.String()) {
			t.Errorf("Cayley reads %v, not a stored quad", sq)
		}
		n++
	}
	if n != len(quads) {
		t.Errorf("Cayley reads %d quads, want %d", n, len(quads))
	}
	if err := s.Apply(ctx, quads[1:], nil); err != nil {
		t.Fatal(err)
	}
	if got, want := all(t, s), strs(quads[0]); !slices.Equal(got, want) {
		t.Fatalf("after removing three: stored %q, want %q", got, want)
	}
	var nodes int
	if st, err := qs.Stats(ctx, true); err != nil {
		t.Fatal(err)
	} else {
		nodes = int(st.Nodes.Value)
	}
	if nodes != 4 { // a, name, the string, l: unreferenced nodes are gone
		t.Errorf("%d nodes left, want 4", nodes)
	}
}
