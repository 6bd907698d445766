package graph_test

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/schema"
)

// synthetic returns document i of a synthetic corpus: 10 sentences, 8 of 400 invented
// people and organisations, 10 facts.
func synthetic(i int) *schema.Extraction {
	x := &schema.Extraction{Document: schema.Document{ID: schema.DocID(fmt.Sprintf("doc-%05d", i)),
		Headline: fmt.Sprintf("Report %d", i)}}
	off := 0
	for n := 1; n <= 10; n++ {
		t := fmt.Sprintf("Sentence %d of report %d says who met whom and who commands what.", n, i)
		x.Sentences = append(x.Sentences, schema.Sentence{N: n, Text: t, Start: off, Length: len(t)})
		off += len(t) + 1
	}
	person := func(k int) schema.Entity {
		name := fmt.Sprintf("Person%d Surname%d", k, k)
		return schema.Entity{IRI: schema.EntityIRI(name), Name: name, Class: schema.Person}
	}
	org := func(k int) schema.Entity {
		name := fmt.Sprintf("Unit %d", k)
		return schema.Entity{IRI: schema.EntityIRI(name), Name: name, Class: schema.Organization}
	}
	var people []schema.Entity
	for k := range 4 {
		p, o := person((i*7+k*13)%200), org((i*5+k*11)%200)
		people = append(people, p)
		x.Entities = append(x.Entities, p, o)
		x.Facts = append(x.Facts, schema.Fact{Subject: p, Predicate: schema.Commands, Object: o,
			Evidence: []schema.Evidence{{Doc: x.Document.ID, Sentence: k + 1}}})
	}
	for k := 0; k < 6; k++ {
		a, b := people[k%4], people[(k+1)%4]
		if a.IRI == b.IRI {
			continue
		}
		x.Facts = append(x.Facts, schema.Fact{Subject: a, Predicate: schema.Met, Object: b,
			Evidence: []schema.Evidence{{Doc: x.Document.ID, Sentence: k + 5}}})
	}
	return x
}

func loadSynthetic(b *testing.B, g *graph.Graph, n int) {
	for i := range n {
		if err := g.AddDocument(context.Background(), synthetic(i)); err != nil {
			b.Fatal(err)
		}
	}
}

func benchGraphs(b *testing.B, docs int) map[string]*graph.Graph {
	path := filepath.Join(b.TempDir(), "bench.db")
	bg, err := graph.Open(context.Background(), path, nil)
	if err != nil {
		b.Fatal(err)
	}
	mg := graph.OpenMemory()
	b.Cleanup(func() { bg.Close(); mg.Close() })
	loadSynthetic(b, bg, docs)
	loadSynthetic(b, mg, docs)
	return map[string]*graph.Graph{"bolt": bg, "memory": mg}
}

func BenchmarkAddDocument(b *testing.B) {
	for name, g := range benchGraphs(b, 100) {
		b.Run(name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				if err := g.AddDocument(context.Background(), synthetic(i%500)); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// BenchmarkAddDocuments loads 100 documents per operation in shared transactions.
func BenchmarkAddDocuments(b *testing.B) {
	var xs []*schema.Extraction
	for i := range 100 {
		xs = append(xs, synthetic(i))
	}
	for name, g := range benchGraphs(b, 0) {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if err := g.AddDocuments(context.Background(), xs); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkQueries(b *testing.B) {
	ctx := context.Background()
	from, to := schema.EntityIRI("Person0 Surname0"), schema.EntityIRI("Unit 150")
	for name, g := range benchGraphs(b, 500) {
		b.Run(name+"/FindEntity", func(b *testing.B) {
			for b.Loop() {
				if _, err := g.FindEntity(ctx, "surname17"); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/Facts", func(b *testing.B) {
			for b.Loop() {
				for _, err := range g.Facts(ctx, graph.FactQuery{Subject: from}) {
					if err != nil {
						b.Fatal(err)
					}
				}
			}
		})
		b.Run(name+"/Path2Hops", func(b *testing.B) {
			for b.Loop() {
				drain(b, g.Path(from).Out(schema.Met).Out(schema.Commands).Entities(ctx))
			}
		})
		b.Run(name+"/ShortestPath", func(b *testing.B) {
			for b.Loop() {
				if _, err := g.ShortestPath(ctx, from, to, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/Chains2Hops", func(b *testing.B) {
			for b.Loop() {
				drain(b, g.Path(from).Out(schema.Met).Out(schema.Commands).Chains(ctx))
			}
		})
		b.Run(name+"/Top", func(b *testing.B) {
			for b.Loop() {
				if _, err := g.Top(ctx, 20, &graph.TopOptions{Class: schema.Person}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/SearchTypo", func(b *testing.B) {
			for b.Loop() {
				if ms, err := g.Search(ctx, "Persn17 Surnme17", 10, nil); err != nil || len(ms) == 0 {
					b.Fatal(ms, err)
				}
			}
		})
	}
}

func BenchmarkOpen(b *testing.B) {
	path := filepath.Join(b.TempDir(), "bench.db")
	g, err := graph.Open(context.Background(), path, nil)
	if err != nil {
		b.Fatal(err)
	}
	loadSynthetic(b, g, 500)
	g.Close()
	for b.Loop() {
		g, err := graph.Open(context.Background(), path, &graph.Options{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		g.Close()
	}
}

// The benchmarks below read the shared Reuters corpus from the folder named by the
// environment variable NEWSGRAPH_CORPORA, or else from ../shared/corpora beside the
// module root; they skip with a message when it is absent.

// corpusPath returns the path of a shared corpus file, or skips the benchmark.
func corpusPath(b *testing.B, name string) string {
	dir := os.Getenv("NEWSGRAPH_CORPORA")
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			b.Fatal(err)
		}
		for ; ; wd = filepath.Dir(wd) {
			if _, err := os.Stat(filepath.Join(wd, "go.mod")); err == nil {
				break
			}
			if filepath.Dir(wd) == wd {
				b.Fatal("no go.mod above the package folder")
			}
		}
		dir = filepath.Join(wd, "..", "shared", "corpora")
	}
	p := filepath.Join(dir, name)
	if _, err := os.Stat(p); err != nil {
		b.Skipf("corpus %s not found (set NEWSGRAPH_CORPORA to the folder of the shared corpora): %v", name, err)
	}
	return p
}

var reuters struct {
	sync.Mutex
	xs    []*schema.Extraction // the extractions of the first len(xs) documents
	quads []int                // quads[i]: quads of xs[:i+1]
	all   bool                 // xs holds the whole corpus
}

// reutersExtractions returns the extractions of the first n documents of the Reuters
// corpus (all of it for n <= 0) and their number of quads, extracting them once per run.
func reutersExtractions(b *testing.B, n int) ([]*schema.Extraction, int) {
	path := corpusPath(b, "reuters21578.jsonl.gz")
	reuters.Lock()
	defer reuters.Unlock()
	if !reuters.all && (n <= 0 || n > len(reuters.xs)) {
		start := time.Now()
		reuters.xs, reuters.quads = nil, nil
		l := loader.New(nil)
		total := 0
		ctx, cancel := context.WithCancel(context.Background())
		for r := range l.ExtractAll(ctx, loader.ReadPaths(ctx, path)) {
			if r.Err != nil {
				continue // a document the loader refuses is not stored either
			}
			qs, err := r.Extraction.Quads()
			if err != nil {
				b.Fatal(err)
			}
			total += len(qs)
			reuters.xs = append(reuters.xs, r.Extraction)
			reuters.quads = append(reuters.quads, total)
			if n > 0 && len(reuters.xs) == n {
				break
			}
		}
		cancel()
		reuters.all = n <= 0 || len(reuters.xs) < n
		b.Logf("extracted %d Reuters documents (%d quads) in %v", len(reuters.xs), total, time.Since(start).Round(time.Millisecond))
	}
	if n <= 0 || n > len(reuters.xs) {
		n = len(reuters.xs)
	}
	return reuters.xs[:n], reuters.quads[n-1]
}

// BenchmarkStore measures writing the first 1,000 Reuters documents into a fresh store:
// in bulk (AddDocuments, shared transactions) and one document at a time (AddDocument,
// one transaction each), into memory and into a bbolt file. The extraction is done
// once, outside the timed loop; opening and closing the store is not timed.
func BenchmarkStore(b *testing.B) {
	ctx := context.Background()
	xs, quads := reutersExtractions(b, 1000)
	open := map[string]func(b *testing.B) *graph.Graph{
		"memory": func(*testing.B) *graph.Graph { return graph.OpenMemory() },
		"bolt": func(b *testing.B) *graph.Graph {
			g, err := graph.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), nil)
			if err != nil {
				b.Fatal(err)
			}
			return g
		},
	}
	write := map[string]func(*graph.Graph) error{
		"bulk": func(g *graph.Graph) error { return g.AddDocuments(ctx, xs) },
		"perdoc": func(g *graph.Graph) error {
			for _, x := range xs {
				if err := g.AddDocument(ctx, x); err != nil {
					return err
				}
			}
			return nil
		},
	}
	for _, store := range []string{"memory", "bolt"} {
		for _, mode := range []string{"bulk", "perdoc"} {
			b.Run(store+"/"+mode, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					b.StopTimer()
					g := open[store](b)
					b.StartTimer()
					if err := write[mode](g); err != nil {
						b.Fatal(err)
					}
					b.StopTimer()
					if err := g.Close(); err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
				}
				b.ReportMetric(float64(quads)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
			})
		}
	}
}

// BenchmarkReuters measures reopening and querying a bbolt store holding the whole
// Reuters corpus, built once per run outside the timed loops.
func BenchmarkReuters(b *testing.B) {
	ctx := context.Background()
	xs, quads := reutersExtractions(b, 0)
	path := filepath.Join(b.TempDir(), "reuters.db")
	g, err := graph.Open(ctx, path, nil)
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	if err := g.AddDocuments(ctx, xs); err != nil {
		b.Fatal(err)
	}
	took := time.Since(start)
	if err := g.Close(); err != nil {
		b.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("stored %d documents, %d quads in %v (%.0f quads/s), file %.1f MB", len(xs), quads,
		took.Round(time.Millisecond), float64(quads)/took.Seconds(), float64(fi.Size())/1e6)

	b.Run("Open", func(b *testing.B) {
		for b.Loop() {
			g, err := graph.Open(ctx, path, &graph.Options{ReadOnly: true})
			if err != nil {
				b.Fatal(err)
			}
			g.Close()
		}
	})

	// Writing one document into the whole store: it is removed and added back (two
	// transactions), so resolution recomputes the entities it names, among them the most
	// common ones (the United States).
	b.Run("RemoveAddDocument", func(b *testing.B) {
		g, err := graph.Open(ctx, path, nil)
		if err != nil {
			b.Fatal(err)
		}
		defer g.Close()
		x := xs[len(xs)/2]
		for _, y := range xs[len(xs)/2:] {
			if slices.ContainsFunc(y.Entities, func(e schema.Entity) bool { return e.IRI == schema.EntityIRI("United States") }) {
				x = y
				break
			}
		}
		for b.Loop() {
			if err := g.RemoveDocument(ctx, x.Document.ID); err != nil {
				b.Fatal(err)
			}
			if err := g.AddDocument(ctx, x); err != nil {
				b.Fatal(err)
			}
		}
	})

	g, err = graph.Open(ctx, path, &graph.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer g.Close()
	q := pickQueries(b, g)
	b.Logf("queries: alias %q of %s; facts and paths from %s (%d facts) and %s (median); shortest path to %s (%d hops); no path to %s",
		q.alias, q.aliasOf, q.hub, q.hubFacts, q.typical, q.far, q.farHops, q.unreachable)
	// The first search builds the word index: measured once, with the memory it takes.
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start = time.Now()
	if _, err := g.Search(ctx, q.searches[0].text, 10, nil); err != nil {
		b.Fatal(err)
	}
	took = time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	st, _ := g.Stats(ctx)
	b.Logf("first Search (builds the word index of %d entities' names): %v, %.1f MB of heap", st.Entities,
		took.Round(time.Millisecond), float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/1e6)

	b.Run("FindEntityByAlias", func(b *testing.B) {
		for b.Loop() {
			if e, err := g.FindEntity(ctx, q.alias); err != nil || e.IRI != q.aliasOf {
				b.Fatal(e.IRI, err)
			}
		}
	})
	b.Run("FactsOfEntity", func(b *testing.B) {
		for b.Loop() {
			n := 0
			for _, err := range g.Facts(ctx, graph.FactQuery{Subject: q.hub}) {
				if err != nil {
					b.Fatal(err)
				}
				n++
			}
			if n == 0 {
				b.Fatal("no facts")
			}
		}
	})
	b.Run("Path2HopsFacts", func(b *testing.B) {
		for b.Loop() {
			drain(b, g.Path(q.hub).Both().Both().Entities(ctx))
		}
	})
	b.Run("Path2HopsFactsTypical", func(b *testing.B) {
		for b.Loop() {
			drain(b, g.Path(q.typical).Both().Both().Entities(ctx))
		}
	})
	b.Run("Path2HopsMentionsTypical", func(b *testing.B) {
		for b.Loop() {
			drain(b, g.Path(q.typical).In(schema.Mentions).Out(schema.Mentions).Entities(ctx))
		}
	})
	b.Run("Path2HopsMentions", func(b *testing.B) {
		// The entities mentioned in a document that mentions the hub.
		for b.Loop() {
			drain(b, g.Path(q.hub).In(schema.Mentions).Out(schema.Mentions).Entities(ctx))
		}
	})
	b.Run("Path2HopsChains", func(b *testing.B) {
		// Every 2-hop walk from the hub, each hop's fact with its evidence.
		var n int
		for b.Loop() {
			n = drain(b, g.Path(q.hub).Both().Both().Chains(ctx))
		}
		b.ReportMetric(float64(n), "chains")
		b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "chains/s")
	})
	b.Run("Path2HopsChainsTypical", func(b *testing.B) {
		for b.Loop() {
			drain(b, g.Path(q.typical).Both().Both().Chains(ctx))
		}
	})
	b.Run("Path1HopChainsLimit", func(b *testing.B) {
		// The first 10 entities of a 1-hop answer, in name order, with their chains.
		for b.Loop() {
			drain(b, g.Path(q.hub).Both().Limit(10).Chains(ctx))
		}
	})
	b.Run("Top", func(b *testing.B) {
		// The most connected people.
		for b.Loop() {
			if top, err := g.Top(ctx, 20, &graph.TopOptions{Class: schema.Person}); err != nil || len(top) != 20 {
				b.Fatal(len(top), err)
			}
		}
	})
	b.Run("TopByPredicate", func(b *testing.B) {
		for b.Loop() {
			if _, err := g.Top(ctx, 20, &graph.TopOptions{Predicates: []schema.Predicate{schema.Met}}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Degree", func(b *testing.B) {
		for b.Loop() {
			if d, err := g.Degree(ctx, q.hub, nil); err != nil || d.Facts != q.hubFacts {
				b.Fatal(d, err)
			}
		}
	})
	for _, sq := range q.searches {
		b.Run("Search/"+sq.kind, func(b *testing.B) {
			for b.Loop() {
				ms, err := g.Search(ctx, sq.text, 10, nil)
				if err != nil {
					b.Fatal(err)
				}
				if sq.want != "" && (len(ms) == 0 || ms[0].Entity.IRI != sq.want) {
					b.Fatalf("Search(%q): %v, want %s first", sq.text, ms, sq.want)
				}
			}
		})
	}
	b.Run("FindEntityMisspelt", func(b *testing.B) {
		// Not found, with suggestions: a search.
		for b.Loop() {
			if _, err := g.FindEntity(ctx, q.searches[0].text); !errors.Is(err, graph.ErrNotFound) {
				b.Fatal(err)
			}
		}
	})
	b.Run("ShortestPath", func(b *testing.B) {
		for b.Loop() {
			if fs, err := g.ShortestPath(ctx, q.hub, q.far, &graph.ShortestPathOptions{MaxHops: 4}); err != nil || len(fs) != q.farHops {
				b.Fatal(len(fs), err)
			}
		}
	})
	b.Run("ShortestPathNone", func(b *testing.B) {
		// No path: the search explores everything within 4 hops of the hub.
		for b.Loop() {
			if _, err := g.ShortestPath(ctx, q.hub, q.unreachable, &graph.ShortestPathOptions{MaxHops: 4}); !errors.Is(err, graph.ErrNoPath) {
				b.Fatal(err)
			}
		}
	})
	b.Run("ExportNQuads", func(b *testing.B) {
		var cw countWriter
		for b.Loop() {
			cw = 0
			if err := g.Export(ctx, &cw, graph.NQuads); err != nil {
				b.Fatal(err)
			}
		}
		b.SetBytes(int64(cw))
		b.ReportMetric(float64(quads)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
	})
}

// drain runs a stream to its end and returns how many items it yielded.
func drain[T any](b *testing.B, seq iter.Seq2[T, error]) int {
	b.Helper()
	n := 0
	for _, err := range seq {
		if err != nil {
			b.Fatal(err)
		}
		n++
	}
	return n
}

type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

type queries struct {
	alias       string
	aliasOf     schema.IRI
	hub         schema.IRI // the entity with the most facts
	hubFacts    int
	typical     schema.IRI // the first entity with the median number of facts
	far         schema.IRI // the first entity furthest from hub within 4 hops
	farHops     int
	unreachable schema.IRI // the first entity not linked to hub
	searches    []search   // misspelt, surname-only and prefix queries for the best-connected person
}

type search struct {
	kind, text string
	want       schema.IRI // the entity that must come first; "" for none
}

// pickQueries chooses, deterministically, the entities the query benchmarks ask about.
func pickQueries(b *testing.B, g *graph.Graph) queries {
	ctx := context.Background()
	var q queries
	degree := map[schema.IRI]int{}
	for f, err := range g.Facts(ctx, graph.FactQuery{}) {
		if err != nil {
			b.Fatal(err)
		}
		degree[f.Subject.IRI]++
		degree[f.Object.IRI]++
	}
	var degrees []int
	for iri, d := range degree {
		degrees = append(degrees, d)
		if d > q.hubFacts || d == q.hubFacts && iri < q.hub {
			q.hub, q.hubFacts = iri, d
		}
	}
	slices.Sort(degrees)
	median := degrees[len(degrees)/2]
	for iri, d := range degree {
		if d == median && (q.typical == "" || iri < q.typical) {
			q.typical = iri
		}
	}
	for e, err := range g.Entities(ctx, "") {
		if err != nil {
			b.Fatal(err)
		}
		if q.alias == "" {
			for _, a := range e.Aliases {
				if f, err := g.FindEntity(ctx, a); err == nil && f.IRI == e.IRI && len(a) > 3 {
					q.alias, q.aliasOf = a, e.IRI
					break
				}
			}
		}
	}
	if q.hub == "" || q.alias == "" {
		b.Fatal("no entity with facts or aliases")
	}
	dist := map[schema.IRI]int{q.hub: 0}
	frontier := []schema.IRI{q.hub}
	for hop := 1; hop <= 4 && len(frontier) > 0; hop++ {
		var next []schema.IRI
		for _, cur := range frontier {
			for n, err := range g.Neighbors(ctx, cur, graph.Both) {
				if err != nil {
					b.Fatal(err)
				}
				if _, ok := dist[n.Entity.IRI]; !ok {
					dist[n.Entity.IRI] = hop
					next = append(next, n.Entity.IRI)
				}
			}
		}
		frontier = next
	}
	for iri, d := range dist {
		if d > q.farHops || d == q.farHops && iri < q.far {
			q.far, q.farHops = iri, d
		}
	}
	for iri := range degree {
		if _, ok := dist[iri]; !ok && (q.unreachable == "" || iri < q.unreachable) {
			q.unreachable = iri
		}
	}
	if q.farHops == 0 || q.unreachable == "" {
		b.Fatal("the fact graph has no path to measure")
	}
	// Searches for the most connected person with a two-word name.
	top, err := g.Top(ctx, 50, &graph.TopOptions{Class: schema.Person})
	if err != nil {
		b.Fatal(err)
	}
	for _, d := range top {
		words := strings.Fields(d.Entity.Name)
		if len(words) != 2 || len(words[1]) < 5 {
			continue
		}
		first, last := words[0], words[1]
		typo := first + " " + last[:2] + last[3:] // a letter dropped
		q.searches = []search{
			{"Typo", typo, d.Entity.IRI},
			{"Surname", last, ""},
			{"Prefix", first[:min(3, len(first))], ""},
			{"Nothing", "Xqzv Plorgwick", ""},
		}
		break
	}
	if q.searches == nil {
		b.Fatal("no person with a two-word name among the most connected")
	}
	b.Logf("searches: %v", q.searches)
	return q
}
