package graph_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/graphtest"
	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/schema"
)

// TestUpgradeVersion1: a store written before resolution across documents (version 1:
// no side data) opens read-only as it is, and read-write is upgraded in place: its
// documents keep their quads, can be removed, and new documents are resolved among
// themselves.
func TestUpgradeVersion1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	xs := extractCorpus(t, graphtest.NamesCorpus(t), 6, nil)
	g, err := graph.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := g.AddDocuments(ctx, xs[:3]); err != nil {
		t.Fatal(err)
	}
	old := export(t, g)
	g.Close()
	// Make it a store of version 1: its stamp, and none of the side data.
	db, err := bolt.Open(path, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		for _, b := range []string{"newsgraph-names", "newsgraph-local", "newsgraph-formers"} {
			if err := tx.DeleteBucket([]byte(b)); err != nil && err != bolt.ErrBucketNotFound {
				return err
			}
		}
		return tx.Bucket([]byte("newsgraph")).Put([]byte("version"), []byte("1"))
	}); err != nil {
		t.Fatal(err)
	}
	db.Close()

	r, err := graph.Open(ctx, path, &graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	sameExport(t, "version 1, read-only", export(t, r), old)
	r.Close()

	g, err = graph.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	sameExport(t, "version 1, upgraded", export(t, g), old)
	if origin, ok, err := g.DocumentOrigin(ctx, xs[0].Document.ID); err != nil || !ok || origin != "" {
		t.Errorf("a document of version 1: origin %q, %v, %v", origin, ok, err)
	}
	if err := g.AddDocuments(ctx, xs[3:]); err != nil {
		t.Fatal(err)
	}
	for _, x := range xs[:3] {
		if err := g.RemoveDocument(ctx, x.Document.ID); err != nil {
			t.Fatal(err)
		}
	}
	sameExport(t, "old documents removed", export(t, g), memoryExport(t, xs[3:]))
}

// TestOtherRules: a store whose entities other rules resolved (its stamp names them) is
// resolved again by a read-write open, reading its quads rather than deriving them: here
// the kept names of one document give it a lexicon name its quads do not have.
func TestOtherRules(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "rules.db")
	xs := extractCorpus(t, graphtest.NamesCorpus(t), 6, nil)
	g, err := graph.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := g.AddDocuments(ctx, xs); err != nil {
		t.Fatal(err)
	}
	g.Close()
	// What the current rules make of the first document's kept names, changed.
	changed := *xs[0]
	changed.Names = slices.Clone(changed.Names)
	k := slices.IndexFunc(changed.Names, func(n schema.EntityNames) bool { return n.Lexicon == "" && n.Class == schema.Person })
	if k < 0 {
		t.Fatal("no person without a lexicon name in the first document")
	}
	changed.Names[k].Lexicon = "Someone Else Entirely"
	names, err := resolve.DocOf(&changed).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(path, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket([]byte("newsgraph-names")).Put([]byte(changed.Document.ID), names); err != nil {
			return err
		}
		return tx.Bucket([]byte("newsgraph")).Put([]byte("resolution"), []byte("older rules"))
	}); err != nil {
		t.Fatal(err)
	}
	db.Close()

	g, err = graph.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	want := memoryExport(t, append([]*schema.Extraction{&changed}, xs[1:]...))
	sameExport(t, "resolved again", export(t, g), want)
	// From now on writes derive the quads again: removing and adding back is exact.
	if err := g.RemoveDocument(ctx, xs[1].Document.ID); err != nil {
		t.Fatal(err)
	}
	if err := g.AddDocument(ctx, xs[1]); err != nil {
		t.Fatal(err)
	}
	sameExport(t, "after a removal and a reload", export(t, g), want)
}

// TestStoreErrorQuotesName: a store path with a control character is quoted in the
// error's message.
func TestStoreErrorQuotesName(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad\x1b[2Jname.db")
	_, err := graph.Open(context.Background(), path, &graph.Options{ReadOnly: true})
	if err == nil || strings.Contains(err.Error(), "\x1b") || !strings.Contains(err.Error(), `\x1b[2Jname.db"`) {
		t.Errorf("err = %q, want the name quoted", err)
	}
}
