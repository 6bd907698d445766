package graph_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/graphtest"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/schema"
)

// The tests of this file check the promise of the package: the quads of a graph are a
// function of the set of documents it holds. They load real articles that name the same
// people in different ways across articles (graphtest.NamesCorpus) in many orders and
// batchings, reload them, remove documents and load them back, on every store, and
// compare N-Quads exports byte for byte.
//
// With NEWSGRAPH_LONG_TESTS set, TestDeterminismLarge does the same with about 300
// articles of the shared corpora (BBC politics and Wikinews).

// extractCorpus extracts the documents of path (at most limit, 0 for all, of those keep
// accepts).
func extractCorpus(t testing.TB, path string, limit int, keep func(schema.DocID) bool) []*schema.Extraction {
	t.Helper()
	ctx := context.Background()
	var xs []*schema.Extraction
	for r, err := range loader.New(nil).ExtractAll(ctx, loader.ReadPaths(ctx, path)) {
		if err != nil {
			t.Fatal(err)
		}
		if r.Err != nil || keep != nil && !keep(r.Extraction.Document.ID) {
			continue
		}
		xs = append(xs, r.Extraction)
		if limit > 0 && len(xs) == limit {
			break
		}
	}
	if len(xs) == 0 {
		t.Fatalf("no documents in %s", path)
	}
	return xs
}

// storeKind is a kind of store the tests run on.
type storeKind struct {
	name string
	open func(t *testing.T) (g *graph.Graph, reopen func() *graph.Graph)
}

func stores(t *testing.T) []storeKind {
	ctx := context.Background()
	fileOrURL := func(t *testing.T, path string) (*graph.Graph, func() *graph.Graph) {
		g, err := graph.Open(ctx, path, nil)
		if err != nil {
			t.Fatal(err)
		}
		var cur *graph.Graph = g
		t.Cleanup(func() { cur.Close() })
		return g, func() *graph.Graph {
			cur.Close()
			if cur, err = graph.Open(ctx, path, nil); err != nil {
				t.Fatal(err)
			}
			return cur
		}
	}
	out := []storeKind{
		{"memory", func(t *testing.T) (*graph.Graph, func() *graph.Graph) {
			g := graph.OpenMemory()
			t.Cleanup(func() { g.Close() })
			return g, nil
		}},
		{"file", func(t *testing.T) (*graph.Graph, func() *graph.Graph) {
			return fileOrURL(t, filepath.Join(t.TempDir(), "news.db"))
		}},
	}
	if os.Getenv(graphtest.PostgresEnv) != "" {
		out = append(out, storeKind{"postgres", func(t *testing.T) (*graph.Graph, func() *graph.Graph) {
			return fileOrURL(t, graphtest.PostgresURL(t))
		}})
	}
	return out
}

func export(t *testing.T, g *graph.Graph) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := g.Export(context.Background(), &b, graph.NQuads); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// loadBatches writes xs into g in random batches: single documents with AddDocument,
// the others with AddDocuments.
func loadBatches(t *testing.T, g *graph.Graph, xs []*schema.Extraction, rng *rand.Rand) {
	t.Helper()
	ctx := context.Background()
	for len(xs) > 0 {
		n := min(len(xs), 1+rng.IntN(8))
		var err error
		if n == 1 {
			err = g.AddDocument(ctx, xs[0])
		} else {
			err = g.AddDocuments(ctx, xs[:n])
		}
		if err != nil {
			t.Fatal(err)
		}
		xs = xs[n:]
	}
}

// sameExport reports a difference between two exports, naming the first lines that
// differ.
func sameExport(t *testing.T, what string, got, want []byte) {
	t.Helper()
	if bytes.Equal(got, want) {
		return
	}
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	var only []string
	for _, l := range g {
		if !slices.Contains(w, l) {
			only = append(only, "+ "+l)
		}
	}
	for _, l := range w {
		if !slices.Contains(g, l) {
			only = append(only, "- "+l)
		}
	}
	t.Fatalf("%s: %d quads, want %d; first differences:\n%s", what, len(g)-1, len(w)-1, strings.Join(only[:min(len(only), 8)], "\n"))
}

// memoryExport returns the export of a memory graph that holds xs, written at once.
func memoryExport(t *testing.T, xs []*schema.Extraction) []byte {
	t.Helper()
	g := graph.OpenMemory()
	defer g.Close()
	if err := g.AddDocuments(context.Background(), xs); err != nil {
		t.Fatal(err)
	}
	return export(t, g)
}

// without returns xs without the document id.
func without(xs []*schema.Extraction, id schema.DocID) []*schema.Extraction {
	return slices.DeleteFunc(slices.Clone(xs), func(x *schema.Extraction) bool { return x.Document.ID == id })
}

// checkDeterminism loads xs into every kind of store in perms random orders and
// batchings (and, on stores that persist, reopens them), reloads them, and removes
// removals documents one at a time and loads each back: every export must be the one a
// graph holding the same documents gives.
func checkDeterminism(t *testing.T, xs []*schema.Extraction, perms map[string]int, removals map[string]int) {
	ctx := context.Background()
	want := memoryExport(t, xs)

	// The loader's own resolution of the set (what newsgraph extract writes) gives the
	// same quads.
	rs, err := loader.Resolve(xs)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, x := range rs {
		qs, err := x.Quads()
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			lines = append(lines, q.String())
		}
	}
	wantLines := strings.Split(strings.TrimSuffix(string(want), "\n"), "\n")
	slices.Sort(lines)
	slices.Sort(wantLines)
	if !slices.Equal(lines, wantLines) {
		t.Fatalf("loader.Resolve gives %d quads, the graph %d", len(lines), len(wantLines))
	}

	rng := rand.New(rand.NewPCG(uint64(len(xs)), 7))
	for _, st := range stores(t) {
		t.Run(st.name, func(t *testing.T) {
			var g *graph.Graph
			var reopen func() *graph.Graph
			for p := range perms[st.name] {
				g, reopen = st.open(t)
				order := slices.Clone(xs)
				if p == 1 {
					slices.Reverse(order)
				} else if p > 1 {
					rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
				}
				loadBatches(t, g, order, rng)
				sameExport(t, fmt.Sprintf("order %d", p), export(t, g), want)
				if reopen != nil {
					g = reopen()
					sameExport(t, fmt.Sprintf("order %d, reopened", p), export(t, g), want)
				}
			}
			// Loading the same documents again changes nothing.
			if err := g.AddDocuments(ctx, xs); err != nil {
				t.Fatal(err)
			}
			sameExport(t, "reload", export(t, g), want)
			// Removing a document undoes what it taught the others; loading it back
			// restores the export.
			ids := make([]schema.DocID, len(xs))
			for i, x := range xs {
				ids[i] = x.Document.ID
			}
			rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
			for _, id := range ids[:min(len(ids), removals[st.name])] {
				if err := g.RemoveDocument(ctx, id); err != nil {
					t.Fatal(err)
				}
				sameExport(t, "without "+string(id), export(t, g), memoryExport(t, without(xs, id)))
				for _, x := range xs {
					if x.Document.ID == id {
						if err := g.AddDocument(ctx, x); err != nil {
							t.Fatal(err)
						}
					}
				}
				sameExport(t, "with "+string(id)+" back", export(t, g), want)
			}
		})
	}
}

// TestDeterminism runs checkDeterminism on the small corpus of real articles that name
// the same people in different ways.
func TestDeterminism(t *testing.T) {
	xs := extractCorpus(t, graphtest.NamesCorpus(t), 0, nil)
	checkDeterminism(t, xs,
		map[string]int{"memory": 6, "file": 3, "postgres": 2},
		map[string]int{"memory": 6, "file": 2, "postgres": 1})
}

// TestDeterminismLarge runs checkDeterminism on about 300 articles of the shared corpora
// (the first 150 BBC politics articles and the first 150 Wikinews ones), when
// NEWSGRAPH_LONG_TESTS is set.
func TestDeterminismLarge(t *testing.T) {
	if os.Getenv("NEWSGRAPH_LONG_TESTS") == "" {
		t.Skip("set NEWSGRAPH_LONG_TESTS to run (a few minutes)")
	}
	bbc := extractCorpus(t, graphtest.SharedCorpus(t, "bbc-news-2225.jsonl.gz"), 150, func(id schema.DocID) bool {
		return strings.HasPrefix(string(id), "bbc-politics-")
	})
	wiki := extractCorpus(t, graphtest.SharedCorpus(t, "wikinews-2019-2020.jsonl.gz"), 150, nil)
	checkDeterminism(t, append(bbc, wiki...),
		map[string]int{"memory": 4, "file": 2, "postgres": 1},
		map[string]int{"memory": 20, "file": 5, "postgres": 3})
}

// TestConcurrentLoaders: two graphs on one PostgreSQL database (as two processes) load
// overlapping sets of documents at the same time, in batches; the database ends with the
// quads of one sequential load of their union.
func TestConcurrentLoaders(t *testing.T) {
	url := graphtest.PostgresURL(t)
	ctx := context.Background()
	xs := extractCorpus(t, graphtest.NamesCorpus(t), 0, nil)
	n := len(xs)
	sets := [][]*schema.Extraction{xs[:n*2/3], slices.Clone(xs[n/3:])}
	slices.Reverse(sets[1])
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, set := range sets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g, err := graph.Open(ctx, url, nil)
			if err != nil {
				errs[i] = err
				return
			}
			defer g.Close()
			for k := 0; k < len(set) && err == nil; k += 3 {
				err = g.AddDocuments(ctx, set[k:min(k+3, len(set))])
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	g, err := graph.Open(ctx, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	sameExport(t, "two loaders at once", export(t, g), memoryExport(t, xs))
}

// TestDeterminismTitledSurnames runs checkDeterminism on invented documents whose
// surnames written alone carry posts, genders and peers' styles that decide which full
// name they join (package resolve): the joins must not depend on the order or batching of
// the documents, and a surname under another post joins no one.
func TestDeterminismTitledSurnames(t *testing.T) {
	dir := t.TempDir()
	docs := map[string]string{
		"a-senator":   "Senate leader Corwin Haldane opened the debate in Ottawa.",
		"b-treasury":  "Treasury Secretary Haldane met bankers in Toronto.",
		"c-president": "President Edwin Marlow arrived in Lusaka on Monday.",
		"d-judge":     "Judge Dana Marlow sentenced the men in Ndola.",
		"e-bare":      "President Marlow met farmers in Kitwe.",
		"f-peer":      "Lord Pellew spoke in the House of Lords on Monday.",
		"g-full":      "Tobias Pellew visited the school in Leeds.",
		"h-mrs":       "Mrs Tolland spoke at the meeting in York.",
		"i-peter":     "Peter Tolland visited the school in Leeds.",
	}
	for name, text := range docs {
		if err := os.WriteFile(filepath.Join(dir, name+".txt"), []byte(text+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	xs := extractCorpus(t, dir, 0, nil)
	want := string(memoryExport(t, xs))
	for _, q := range []struct{ doc, iri string }{{"b-treasury", "corwin-haldane"}, {"e-bare", "dana-marlow"},
		{"f-peer", "tobias-pellew"}, {"h-mrs", "peter-tolland"}} {
		if strings.Contains(want, "/doc/"+q.doc+"> <https://newsgraph.dev/ns#mentions> <"+schema.EntityBase+q.iri+">") {
			t.Errorf("%s mentions %s", q.doc, q.iri)
		}
	}
	if !strings.Contains(want, "/doc/e-bare> <https://newsgraph.dev/ns#mentions> <"+schema.EntityBase+"edwin-marlow>") {
		t.Errorf("the president's surname alone did not join the one president of that surname")
	}
	checkDeterminism(t, xs,
		map[string]int{"memory": 6, "file": 2, "postgres": 1},
		map[string]int{"memory": 9, "file": 2, "postgres": 1})
}
