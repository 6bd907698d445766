package graph_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/graphtest"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/schema"
)

// TestFormerIRIs: when a document gives a person a fuller canonical name, the person's
// old IRI still finds it (Entity, FindEntity), also after the store is reopened and from
// another graph on the same PostgreSQL database; when the document goes, the old IRI is
// the person's own again (and the full name's IRI a former one of it).
func TestFormerIRIs(t *testing.T) {
	ctx := context.Background()
	extract := func(id, text string) *schema.Extraction {
		x, err := loader.New(nil).Extract(ctx, loader.Source{ID: schema.DocID(id), Text: []byte(text)})
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	bare := extract("bare", "Minister Okonkwo spoke in Abuja on Monday.")
	full := extract("full", "Minister Tomas Okonkwo visited Lagos on Tuesday.")
	old, now := schema.EntityIRI("Okonkwo"), schema.EntityIRI("Tomas Okonkwo")
	check := func(t *testing.T, g *graph.Graph, what string) {
		t.Helper()
		for name, find := range map[string]func() (schema.Entity, error){
			"Entity":     func() (schema.Entity, error) { return g.Entity(ctx, old) },
			"FindEntity": func() (schema.Entity, error) { return g.FindEntity(ctx, string(old)) },
		} {
			if e, err := find(); err != nil || e.IRI != now || e.Name != "Tomas Okonkwo" {
				t.Errorf("%s: %s(%s) = %v, %v; want Tomas Okonkwo", what, name, old, e, err)
			}
		}
	}
	for _, st := range stores(t) {
		t.Run(st.name, func(t *testing.T) {
			g, reopen := st.open(t)
			if err := g.AddDocument(ctx, bare); err != nil {
				t.Fatal(err)
			}
			if e, err := g.Entity(ctx, old); err != nil || e.Name != "Okonkwo" {
				t.Fatalf("before: %v, %v", e, err)
			}
			if err := g.AddDocument(ctx, full); err != nil {
				t.Fatal(err)
			}
			check(t, g, "after the full name")
			if reopen != nil {
				g = reopen()
				check(t, g, "reopened")
			}
			if err := g.RemoveDocument(ctx, full.Document.ID); err != nil {
				t.Fatal(err)
			}
			if e, err := g.Entity(ctx, old); err != nil || e.IRI != old || e.Name != "Okonkwo" {
				t.Errorf("after removing the full name: %v, %v; want Okonkwo under its own IRI", e, err)
			}
			// The surname alone's entity had the full name's IRI: that IRI is now a former
			// one of it.
			if e, err := g.Entity(ctx, now); err != nil || e.IRI != old {
				t.Errorf("Entity(%s) = %v, %v; want the entity of Okonkwo", now, e, err)
			}
		})
	}
}

// TestFormerIRIsReplayed: a graph on a PostgreSQL database that another graph writes
// learns the former IRIs by replaying the other's writes.
func TestFormerIRIsReplayed(t *testing.T) {
	url := graphtest.PostgresURL(t)
	ctx := context.Background()
	open := func() *graph.Graph {
		g, err := graph.Open(ctx, url, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { g.Close() })
		return g
	}
	writer, reader := open(), open()
	for _, s := range [][2]string{{"bare", "Minister Okonkwo spoke in Abuja on Monday."}, {"full", "Minister Tomas Okonkwo visited Lagos on Tuesday."}} {
		x, err := loader.New(nil).Extract(ctx, loader.Source{ID: schema.DocID(s[0]), Text: []byte(s[1])})
		if err != nil {
			t.Fatal(err)
		}
		if err := writer.AddDocument(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	if e, err := reader.Entity(ctx, schema.EntityIRI("Okonkwo")); err != nil || e.IRI != schema.EntityIRI("Tomas Okonkwo") {
		t.Errorf("the other graph: %v, %v; want Tomas Okonkwo", e, err)
	}
}

// TestReadOnlyFile: a read-only graph of a file, which keeps no resolution state, finds
// an entity by its former IRI, knows where each document came from and exports what a
// read-write graph of the same file exports.
func TestReadOnlyFile(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ro.db")
	g, err := graph.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	var xs []*schema.Extraction
	for _, s := range [][2]string{{"bare", "Minister Okonkwo spoke in Abuja on Monday."}, {"full", "Minister Tomas Okonkwo visited Lagos on Tuesday."}} {
		x, err := loader.New(nil).Extract(ctx, loader.Source{ID: schema.DocID(s[0]), Text: []byte(s[1]), Origin: s[0] + ".txt"})
		if err != nil {
			t.Fatal(err)
		}
		xs = append(xs, x)
	}
	for _, x := range xs { // one after the other, so that Okonkwo's IRI becomes a former one
		if err := g.AddDocument(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	export := func(g *graph.Graph) string {
		var b strings.Builder
		if err := g.Export(ctx, &b, graph.NQuads); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	want := export(g)
	g.Close()
	ro, err := graph.Open(ctx, path, &graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if got := export(ro); got != want {
		t.Errorf("read-only export:\n%s\nwant:\n%s", got, want)
	}
	if e, err := ro.Entity(ctx, schema.EntityIRI("Okonkwo")); err != nil || e.Name != "Tomas Okonkwo" {
		t.Errorf("Entity by the former IRI: %v, %v", e, err)
	}
	for id, want := range map[schema.DocID]string{"bare": "bare.txt", "full": "full.txt"} {
		if origin, ok, err := ro.DocumentOrigin(ctx, id); err != nil || !ok || origin != want {
			t.Errorf("DocumentOrigin(%s) = %q, %v, %v; want %q", id, origin, ok, err, want)
		}
	}
	if _, ok, err := ro.DocumentOrigin(ctx, "another"); err != nil || ok {
		t.Errorf("DocumentOrigin(another) = %v, %v", ok, err)
	}
	if err := ro.AddDocument(ctx, xs[0]); !errors.Is(err, graph.ErrReadOnly) {
		t.Errorf("AddDocument on a read-only graph: %v", err)
	}
}
