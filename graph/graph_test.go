package graph_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/graphtest"
	"github.com/newsgraph/newsgraph/schema"
)

func openMemory(t *testing.T) *graph.Graph {
	g := graph.OpenMemory()
	t.Cleanup(func() { closeGraph(t, g) })
	return g
}

func closeGraph(t *testing.T, g *graph.Graph) {
	if err := g.Close(); err != nil && !errors.Is(err, graph.ErrClosed) {
		t.Errorf("Close: %v", err)
	}
}

// openFile opens a new bbolt store in the test's temporary directory. When the test
// ends it checks the file: closed and reopened, the store holds the same quads and
// gives the same statistics.
func openFile(t *testing.T) *graph.Graph {
	path := filepath.Join(t.TempDir(), "news.db")
	g, err := graph.Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx := context.Background()
		stats, err := g.Stats(ctx)
		if errors.Is(err, graph.ErrClosed) {
			return // the test closed it
		}
		quads := graphtest.StoredQuads(t, g)
		closeGraph(t, g)
		r, err := graph.Open(ctx, path, &graph.Options{ReadOnly: true})
		if err != nil {
			t.Fatalf("reopening the store: %v", err)
		}
		defer r.Close()
		if got := graphtest.StoredQuads(t, r); !slices.Equal(got, quads) {
			t.Errorf("reopened store holds %d quads, closed with %d", len(got), len(quads))
		}
		if got, _ := r.Stats(ctx); !reflect.DeepEqual(got, stats) {
			t.Errorf("reopened store's Stats = %+v, closed with %+v", got, stats)
		}
	})
	return g
}

func TestMemory(t *testing.T) { graphtest.Run(t, openMemory) }

func TestBolt(t *testing.T) { graphtest.Run(t, openFile) }

// loadFile writes the fixture into a new store file, closes it and returns its path.
func loadFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "news.db")
	g, err := graph.Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range graphtest.Docs() {
		if err := g.AddDocument(context.Background(), x); err != nil {
			t.Fatal(err)
		}
	}
	if err := g.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestPersistence(t *testing.T) {
	ctx := context.Background()
	path := loadFile(t)
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("the store is not one file: %v", entries)
	}
	mem := graphtest.Load(t, openMemory)
	g, err := graph.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if got, want := graphtest.StoredQuads(t, g), graphtest.QuadsOf(t, graphtest.Docs()...); !slices.Equal(got, want) {
		t.Errorf("reopened store holds %d quads, want %d", len(got), len(want))
	}
	for _, h := range []*graph.Graph{mem, g} {
		st, _ := h.Stats(ctx)
		if st.Facts != 8 || st.Entities != 10 {
			t.Errorf("Stats after reopening: %+v", st)
		}
	}
	wantStats, _ := mem.Stats(ctx)
	gotStats, _ := g.Stats(ctx)
	if !statsEqual(wantStats, gotStats) {
		t.Errorf("reopened Stats = %+v, want %+v", gotStats, wantStats)
	}
	e, err := g.FindEntity(ctx, "Dufay")
	if err != nil || e.IRI != graphtest.ReneeDufay.IRI {
		t.Errorf("FindEntity(Dufay) after reopening = %v, %v", e.IRI, err)
	}
	fs, err := g.ShortestPath(ctx, graphtest.MartaVellin.IRI, graphtest.FarmersUnion.IRI, nil)
	if err != nil || len(fs) != 2 || len(fs[0].Evidence) != 2 || fs[0].Evidence[1].Text == "" {
		t.Errorf("ShortestPath after reopening = %+v, %v", fs, err)
	}
	// Remove, close, reopen: the removal persisted.
	if err := g.RemoveDocument(ctx, graphtest.GammaID); err != nil {
		t.Fatal(err)
	}
	g.Close()
	g2, err := graph.Open(ctx, path, &graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer g2.Close()
	if got, want := graphtest.StoredQuads(t, g2), graphtest.QuadsOf(t, graphtest.Alpha(), graphtest.Beta()); !slices.Equal(got, want) {
		t.Errorf("after removing gamma and reopening: %d quads, want %d", len(got), len(want))
	}
}

func statsEqual(a, b graph.Stats) bool {
	return a.Documents == b.Documents && a.Sentences == b.Sentences && a.Entities == b.Entities &&
		a.Facts == b.Facts && a.Quads == b.Quads && len(a.EntitiesByClass) == len(b.EntitiesByClass) &&
		len(a.FactsByPredicate) == len(b.FactsByPredicate)
}

func TestReadOnly(t *testing.T) {
	ctx := context.Background()
	path := loadFile(t)
	r1, err := graph.Open(ctx, path, &graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := graph.Open(ctx, path, &graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("second read-only open: %v", err)
	}
	defer r2.Close()
	if err := r1.AddDocument(ctx, graphtest.Alpha()); !errors.Is(err, graph.ErrReadOnly) {
		t.Errorf("AddDocument on a read-only graph: %v, want ErrReadOnly", err)
	}
	if err := r1.RemoveDocument(ctx, graphtest.AlphaID); !errors.Is(err, graph.ErrReadOnly) {
		t.Errorf("RemoveDocument on a read-only graph: %v, want ErrReadOnly", err)
	}
	if _, err := r2.FindEntity(ctx, "NFU"); err != nil {
		t.Errorf("FindEntity on a read-only graph: %v", err)
	}
	// A writer cannot open the file while readers hold it.
	_, err = graph.Open(ctx, path, nil)
	assertStoreError(t, err, path, graph.ErrLocked)
	// Read-only open of a missing file fails and creates nothing.
	missing := filepath.Join(t.TempDir(), "missing.db")
	_, err = graph.Open(ctx, missing, &graph.Options{ReadOnly: true})
	assertStoreError(t, err, missing, fs.ErrNotExist)
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("read-only open created %s", missing)
	}
}

func assertStoreError(t *testing.T, err error, path string, want error) {
	t.Helper()
	var se *graph.StoreError
	if !errors.As(err, &se) || se.Path != path || !errors.Is(err, want) {
		t.Fatalf("err = %v, want a *StoreError for %s wrapping %v", err, path, want)
	}
	if !strings.Contains(err.Error(), path) {
		t.Errorf("error %q does not name the file", err)
	}
}

func TestLocked(t *testing.T) {
	ctx := context.Background()
	path := loadFile(t)
	g, err := graph.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	before, _ := os.ReadFile(path)
	for _, o := range []*graph.Options{nil, {ReadOnly: true}, {LockTimeout: 1}} {
		_, err := graph.Open(ctx, path, o)
		assertStoreError(t, err, path, graph.ErrLocked)
		if !strings.Contains(err.Error(), "Backup") {
			t.Errorf("the locked error does not say what to do instead: %v", err)
		}
	}
	g.Close()
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("a refused open changed the file")
	}
	g, err = graph.Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("open after the lock was released: %v", err)
	}
	g.Close()
}

// usedBytes returns the bytes of a bbolt file up to its high-water page (the file may
// be longer: bbolt grows it ahead of its pages), read from its first meta page.
func usedBytes(file []byte) int {
	m := file[16:]
	return int(binary.LittleEndian.Uint64(m[40:])) * int(binary.LittleEndian.Uint32(m[8:]))
}

func TestBadFiles(t *testing.T) {
	ctx := context.Background()
	good, err := os.ReadFile(loadFile(t))
	if err != nil {
		t.Fatal(err)
	}
	// A bbolt file of someone else: a newsgraph file with the stamp bucket renamed is
	// hard to make by hand, so use a store with its first page's magic intact and
	// everything else zeroed beyond the meta pages instead (checked as damaged), plus
	// a version stamp from the future made by white-box code below.
	tests := []struct {
		name    string
		content []byte
		want    error
	}{
		{"garbage", []byte(strings.Repeat("this is not a database\n", 500)), graph.ErrNotNewsgraph},
		{"short", []byte("hi"), graph.ErrNotNewsgraph},
		{"truncated", good[:usedBytes(good)/2], graph.ErrNotNewsgraph},
		{"truncated to one page", good[:4096], graph.ErrNotNewsgraph},
		{"text", []byte("<subject> <predicate> <object> .\n"), graph.ErrNotNewsgraph},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "bad.db")
			if err := os.WriteFile(path, tt.content, 0o644); err != nil {
				t.Fatal(err)
			}
			for _, o := range []*graph.Options{nil, {ReadOnly: true}} {
				g, err := graph.Open(ctx, path, o)
				if err == nil {
					g.Close()
				}
				assertStoreError(t, err, path, tt.want)
			}
			after, _ := os.ReadFile(path)
			if !bytes.Equal(after, tt.content) {
				t.Error("Open changed a file it refused")
			}
		})
	}
	t.Run("directory", func(t *testing.T) {
		dir := t.TempDir()
		_, err := graph.Open(ctx, dir, nil)
		assertStoreError(t, err, dir, graph.ErrNotNewsgraph)
	})
	t.Run("empty file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "empty.db")
		os.WriteFile(path, nil, 0o644)
		g, err := graph.Open(ctx, path, nil)
		if err != nil {
			t.Fatalf("Open(empty file): %v; want a new store", err)
		}
		if err := g.AddDocument(ctx, graphtest.Gamma()); err != nil {
			t.Error(err)
		}
		g.Close()
	})
}

func TestMissingDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "dir", "news.db")
	_, err := graph.Open(context.Background(), path, nil)
	var se *graph.StoreError
	if !errors.As(err, &se) || se.Path != path {
		t.Errorf("Open in a missing directory: %v, want a *StoreError naming the file", err)
	}
}

func TestFormat(t *testing.T) {
	for _, f := range []graph.Format{graph.NQuads, graph.JSONLD, graph.GraphML, graph.DOT, graph.CSV} {
		got, err := graph.ParseFormat(strings.ToUpper(f.String()))
		if err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %v, %v", f.String(), got, err)
		}
	}
	if _, err := graph.ParseFormat("xls"); err == nil {
		t.Error("ParseFormat(xls): no error")
	}
	if err := graph.OpenMemory().Export(context.Background(), &bytes.Buffer{}, graph.Format(42)); err == nil {
		t.Error("Export(Format(42)): no error")
	}
}

// makeBolt writes a bbolt file that is not a newsgraph store, with one bucket of keys.
func makeBolt(t *testing.T, bucket string, kvs map[string]string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "other.db")
	db, err := bolt.Open(path, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte(bucket))
		if err != nil {
			return err
		}
		for k, v := range kvs {
			if err := b.Put([]byte(k), []byte(v)); err != nil {
				return err
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

func TestForeignStores(t *testing.T) {
	tests := []struct {
		name, bucket string
		kvs          map[string]string
		want         error
	}{
		{"another program's bbolt file", "accounts", map[string]string{"ann": "42"}, graph.ErrNotNewsgraph},
		{"newer newsgraph", "newsgraph", map[string]string{"format": "newsgraph-store", "version": "99"}, graph.ErrVersion},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := makeBolt(t, tt.bucket, tt.kvs)
			before, _ := os.ReadFile(path)
			_, err := graph.Open(context.Background(), path, nil)
			assertStoreError(t, err, path, tt.want)
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("Open changed a file it refused")
			}
		})
	}
}

// A store whose data pages are damaged (meta pages intact) gives an error, not a panic.
func TestDamagedPages(t *testing.T) {
	ctx := context.Background()
	good, err := os.ReadFile(loadFile(t))
	if err != nil {
		t.Fatal(err)
	}
	// bbolt grows a file ahead of its pages and never reads the pages beyond its
	// high-water page: the store up to that page is the whole store.
	good = good[:usedBytes(good)]
	for off := 2 * 4096; off < len(good); off += 4096 { // every page but the two meta pages
		bad := slices.Clone(good)
		for i := off; i < off+4096 && i < len(bad); i++ {
			bad[i] = byte(i*7 + 3)
		}
		path := filepath.Join(t.TempDir(), "damaged.db")
		if err := os.WriteFile(path, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("page at %d: Open panicked: %v\n%s", off, r, debug.Stack())
				}
			}()
			if g, err := graph.Open(ctx, path, nil); err == nil {
				g.Close()
			} else if after, _ := os.ReadFile(path); !bytes.Equal(after, bad) {
				t.Errorf("page at %d: a refused read-write open changed the file", off)
			}
			g, err := graph.Open(ctx, path, &graph.Options{ReadOnly: true})
			if err != nil {
				var se *graph.StoreError
				if !errors.As(err, &se) || se.Path != path {
					t.Errorf("page at %d: err = %v, want a *StoreError naming the file", off, err)
				}
				return
			}
			// bbolt may not read the damaged page at open; reading everything must not panic.
			g.Export(ctx, io.Discard, graph.NQuads)
			g.Close()
		}()
	}
}

// AddDocuments splits a large load into several transactions and stores what
// AddDocument stores one document at a time.
func TestAddDocumentsBatches(t *testing.T) {
	ctx := context.Background()
	defer graph.SetMaxBatch(500)()
	var xs []*schema.Extraction
	for i := range 20 { // about 1,500 quads: four transactions
		xs = append(xs, synthetic(i))
	}
	g := openFile(t)
	if err := g.AddDocuments(ctx, xs); err != nil {
		t.Fatal(err)
	}
	m := openMemory(t)
	for _, x := range xs {
		if err := m.AddDocument(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := graphtest.StoredQuads(t, g), graphtest.StoredQuads(t, m); !slices.Equal(got, want) {
		t.Errorf("AddDocuments stored %d quads, AddDocument %d", len(got), len(want))
	}
	gs, _ := g.Stats(ctx)
	ms, _ := m.Stats(ctx)
	if !reflect.DeepEqual(gs, ms) {
		t.Errorf("Stats after AddDocuments = %+v, after AddDocument %+v", gs, ms)
	}
}

// TestFindEntityCanonicalBeatsAlias checks that a name that is one entity's canonical
// name and another's alias designates the first.
func TestFindEntityCanonicalBeatsAlias(t *testing.T) {
	ctx := context.Background()
	g := openMemory(t)
	city := schema.Entity{IRI: schema.EntityIRI("Valdoria City"), Name: "Valdoria City", Class: schema.Place}
	state := schema.Entity{IRI: schema.EntityIRI("Valdoria"), Name: "Valdoria", Class: schema.Country, Aliases: []string{"Valdoria City"}}
	other := schema.Entity{IRI: schema.EntityIRI("Harbour Board"), Name: "Harbour Board", Class: schema.Organization, Aliases: []string{"Port Authority"}}
	rival := schema.Entity{IRI: schema.EntityIRI("Dock Union"), Name: "Dock Union", Class: schema.Organization, Aliases: []string{"Port Authority"}}
	x := &schema.Extraction{
		Document: schema.Document{ID: "canon-alias"},
		Entities: []schema.Entity{city, state, other, rival},
	}
	if err := g.AddDocument(ctx, x); err != nil {
		t.Fatal(err)
	}
	if e, err := g.FindEntity(ctx, "valdoria city"); err != nil || e.IRI != city.IRI {
		t.Errorf("FindEntity(valdoria city) = %v, %v; want the city (canonical name beats alias)", e.IRI, err)
	}
	if e, err := g.FindEntity(ctx, "Valdoria"); err != nil || e.IRI != state.IRI {
		t.Errorf("FindEntity(Valdoria) = %v, %v; want the country", e.IRI, err)
	}
	if _, err := g.FindEntity(ctx, "Port Authority"); !errors.Is(err, graph.ErrAmbiguous) {
		t.Errorf("FindEntity(Port Authority) = %v; want ErrAmbiguous (two aliases, no canonical name)", err)
	}
}
