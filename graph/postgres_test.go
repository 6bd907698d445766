package graph_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/graphtest"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/schema"
)

// openPostgres opens a graph in a new database of the server that
// $NEWSGRAPH_TEST_POSTGRES names (the test is skipped without it). When the test ends it
// checks the store as openFile does: a second Graph opened on the same database holds the
// same quads and gives the same statistics.
func openPostgres(t *testing.T) *graph.Graph {
	url := graphtest.PostgresURL(t)
	g, err := graph.Open(context.Background(), url, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx := context.Background()
		stats, err := g.Stats(ctx)
		if err != nil {
			return // the test closed it
		}
		quads := graphtest.StoredQuads(t, g)
		closeGraph(t, g)
		r, err := graph.Open(ctx, url, &graph.Options{ReadOnly: true})
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

func TestPostgres(t *testing.T) {
	if os.Getenv(graphtest.PostgresEnv) == "" {
		t.Skipf("PostgreSQL tests skipped: set %s to a server's URL (.ci/run starts one)", graphtest.PostgresEnv)
	}
	graphtest.Run(t, openPostgres)
}

// threeSentences is a document whose one fact is stated by three sentences: every
// store must keep the three quads that differ only by their label.
func threeSentences() *schema.Extraction {
	texts := []string{
		"Ines Quarrow chairs the Westmoor Rowing Club.",
		"The Westmoor Rowing Club is chaired by Ines Quarrow.",
		"Quarrow has chaired the Westmoor Rowing Club since spring.",
	}
	x := &schema.Extraction{Document: schema.Document{ID: "rowing-club", Headline: "Rowing club"}}
	person := schema.Entity{IRI: schema.EntityIRI("Ines Quarrow"), Name: "Ines Quarrow", Class: schema.Person}
	club := schema.Entity{IRI: schema.EntityIRI("Westmoor Rowing Club"), Name: "Westmoor Rowing Club", Class: schema.Organization}
	x.Entities = []schema.Entity{person, club}
	f := schema.Fact{Subject: person, Predicate: schema.Leads, Object: club}
	off := 0
	for i, t := range texts {
		s := schema.Sentence{N: i + 1, Text: t, Start: off, Length: len(t)}
		off += len(t) + 1
		x.Sentences = append(x.Sentences, s)
		f.Evidence = append(f.Evidence, schema.Evidence{Doc: x.Document.ID, Sentence: s.N, Text: t, Start: s.Start, Length: s.Length})
	}
	x.Facts = []schema.Fact{f}
	return x
}

// TestEvidenceKept checks on every store that the same fact from three sentences keeps
// three pieces of evidence, after a reload too and, for the persistent stores, in a
// second Graph opened on the same store.
func TestEvidenceKept(t *testing.T) {
	for _, tc := range []struct {
		name string
		open func(*testing.T) (g *graph.Graph, reopen func() *graph.Graph)
	}{
		{"memory", func(t *testing.T) (*graph.Graph, func() *graph.Graph) { return openMemory(t), nil }},
		{"bbolt", func(t *testing.T) (*graph.Graph, func() *graph.Graph) {
			path := filepath.Join(t.TempDir(), "news.db")
			g, err := graph.Open(context.Background(), path, nil)
			if err != nil {
				t.Fatal(err)
			}
			return g, func() *graph.Graph {
				closeGraph(t, g)
				r, err := graph.Open(context.Background(), path, &graph.Options{ReadOnly: true})
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { closeGraph(t, r) })
				return r
			}
		}},
		{"postgres", func(t *testing.T) (*graph.Graph, func() *graph.Graph) {
			url := graphtest.PostgresURL(t)
			g, err := graph.Open(context.Background(), url, nil)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { closeGraph(t, g) })
			return g, func() *graph.Graph {
				r, err := graph.Open(context.Background(), url, &graph.Options{ReadOnly: true})
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { closeGraph(t, r) })
				return r
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			g, reopen := tc.open(t)
			x := threeSentences()
			check := func(g *graph.Graph, when string) {
				t.Helper()
				facts, err := factList(ctx, g, graph.FactQuery{Subject: x.Facts[0].Subject.IRI})
				if err != nil || len(facts) != 1 || len(facts[0].Evidence) != 3 {
					t.Fatalf("%s: facts = %+v, %v; want one fact with three pieces of evidence", when, facts, err)
				}
				same(t, when+": stored quads", graphtest.QuadsOf(t, x), graphtest.StoredQuads(t, g))
			}
			for i := range 2 {
				if err := g.AddDocument(ctx, x); err != nil {
					t.Fatal(err)
				}
				check(g, fmt.Sprintf("after load %d", i+1))
			}
			if reopen != nil {
				check(reopen(), "reopened")
			}
		})
	}
}

// TestPostgresTwoProcesses loads different documents into one PostgreSQL store from two
// processes at once (this test binary, run again), each also reloading a changed
// document and removing one, and checks that the store then holds what loading them one
// after the other gives, both as a new Graph reads it and as a Graph opened before the
// processes started sees it after catching up with their writes.
func TestPostgresTwoProcesses(t *testing.T) {
	if os.Getenv(graphtest.PostgresEnv) == "" {
		t.Skipf("PostgreSQL tests skipped: set %s to a server's URL (.ci/run starts one)", graphtest.PostgresEnv)
	}
	ctx := context.Background()
	url := graphtest.PostgresURL(t)
	early, err := graph.Open(ctx, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { closeGraph(t, early) })
	if _, err := early.Stats(ctx); err != nil {
		t.Fatal(err)
	}

	var wg sync.WaitGroup
	outs := make([][]byte, 2)
	errs := make([]error, 2)
	for i, prefix := range []string{"p", "q"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(os.Args[0], "-test.run=^TestPostgresWriterProcess$", "-test.count=1")
			cmd.Env = append(os.Environ(), "NEWSGRAPH_WRITER_URL="+url, "NEWSGRAPH_WRITER_PREFIX="+prefix)
			outs[i], errs[i] = cmd.CombinedOutput()
		}()
	}
	wg.Wait()
	for i := range errs {
		if errs[i] != nil {
			t.Fatalf("writer process %d: %v\n%s", i, errs[i], outs[i])
		}
	}

	want := openMemory(t)
	for _, prefix := range []string{"p", "q"} {
		if err := writerWork(ctx, want, prefix); err != nil {
			t.Fatal(err)
		}
	}
	wantQuads := graphtest.StoredQuads(t, want)
	wantStats, _ := want.Stats(ctx)
	wantFacts, _ := factList(ctx, want, graph.FactQuery{})

	late, err := graph.Open(ctx, url, &graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { closeGraph(t, late) })
	for _, c := range []struct {
		name string
		g    *graph.Graph
	}{{"opened after", late}, {"opened before", early}} {
		same(t, c.name+": quads", wantQuads, graphtest.StoredQuads(t, c.g))
		stats, err := c.g.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		same(t, c.name+": stats", wantStats, stats)
		facts, err := factList(ctx, c.g, graph.FactQuery{})
		if err != nil {
			t.Fatal(err)
		}
		same(t, c.name+": facts", wantFacts, facts)
	}
}

// TestPostgresWriterProcess is the writer of TestPostgresTwoProcesses; it does nothing
// unless run by it.
func TestPostgresWriterProcess(t *testing.T) {
	url := os.Getenv("NEWSGRAPH_WRITER_URL")
	if url == "" {
		t.Skip("run by TestPostgresTwoProcesses")
	}
	g, err := graph.Open(context.Background(), url, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if err := writerWork(context.Background(), g, os.Getenv("NEWSGRAPH_WRITER_PREFIX")); err != nil {
		t.Fatal(err)
	}
}

// writerWork loads copies of the fixture documents under IDs of its own, one document
// per transaction, then replaces one with a changed version and removes another. The
// copies share every entity with the other writer's.
func writerWork(ctx context.Context, g *graph.Graph, prefix string) error {
	var docs []*schema.Extraction
	for i := range 8 {
		for _, x := range graphtest.Docs() {
			docs = append(docs, renamed(x, schema.DocID(fmt.Sprintf("%s-%d-%s", prefix, i, x.Document.ID))))
		}
	}
	for _, x := range docs {
		if err := g.AddDocument(ctx, x); err != nil {
			return err
		}
	}
	changed := docs[0]
	changed.Document.Headline = "Changed by " + prefix
	changed.Facts = changed.Facts[1:]
	if err := g.AddDocument(ctx, changed); err != nil {
		return err
	}
	if err := g.AddDocuments(ctx, []*schema.Extraction{renamed(docs[4], docs[4].Document.ID+"-again"), docs[5]}); err != nil {
		return err
	}
	return g.RemoveDocument(ctx, docs[1].Document.ID)
}

// renamed returns x under another document ID.
func renamed(x *schema.Extraction, id schema.DocID) *schema.Extraction {
	y := *x
	y.Document.ID = id
	y.Facts = slices.Clone(x.Facts)
	for i := range y.Facts {
		ev := slices.Clone(y.Facts[i].Evidence)
		for j := range ev {
			ev[j].Doc = id
		}
		y.Facts[i].Evidence = ev
	}
	return &y
}

func factList(ctx context.Context, g *graph.Graph, q graph.FactQuery) ([]schema.Fact, error) {
	var out []schema.Fact
	for f, err := range g.Facts(ctx, q) {
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

// same reports a difference between want and got; for string slices, the lines that
// differ.
func same[T any](t *testing.T, what string, want, got T) {
	t.Helper()
	if reflect.DeepEqual(want, got) {
		return
	}
	if w, ok := any(want).([]string); ok {
		g := any(got).([]string)
		var b strings.Builder
		for _, s := range w {
			if !slices.Contains(g, s) {
				fmt.Fprintf(&b, "\n-%s", s)
			}
		}
		for _, s := range g {
			if !slices.Contains(w, s) {
				fmt.Fprintf(&b, "\n+%s", s)
			}
		}
		t.Errorf("%s: %d lines, want %d (-want +got):%s", what, len(g), len(w), b.String())
		return
	}
	t.Errorf("%s:\nwant %+v\n got %+v", what, want, got)
}

// Open names a PostgreSQL store in errors without its password, and maps the store's
// refusals to the graph's sentinels.
func TestPostgresOpenErrors(t *testing.T) {
	ctx := context.Background()
	_, err := graph.Open(ctx, "postgres://ann:s3cret@127.0.0.1:1/news?sslmode=disable&connect_timeout=5", nil)
	if err == nil || strings.Contains(err.Error(), "s3cret") || !strings.Contains(err.Error(), "127.0.0.1:1/news") {
		t.Errorf("Open of an unreachable server: %v", err)
	}
	if os.Getenv(graphtest.PostgresEnv) == "" {
		return
	}
	url := graphtest.PostgresURL(t)
	if _, err := graph.Open(ctx, url, &graph.Options{ReadOnly: true}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("read-only Open of an empty database: %v, want fs.ErrNotExist", err)
	}
	g, err := graph.Open(ctx, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	g.Close()
	r, err := graph.Open(ctx, url, &graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if err := r.AddDocument(ctx, threeSentences()); !errors.Is(err, graph.ErrReadOnly) {
		t.Errorf("AddDocument on a read-only store: %v, want ErrReadOnly", err)
	}
}

// Two Graphs on one PostgreSQL store: each write and each read first catches up with the
// other's writes, so a Graph that has not read since the other wrote still replaces and
// removes exactly; a write the change log cannot describe makes the other Graph read the
// whole store again.
func TestPostgresStaleHandle(t *testing.T) {
	if os.Getenv(graphtest.PostgresEnv) == "" {
		t.Skipf("PostgreSQL tests skipped: set %s to a server's URL (.ci/run starts one)", graphtest.PostgresEnv)
	}
	ctx := context.Background()
	url := graphtest.PostgresURL(t)
	open := func() *graph.Graph {
		g, err := graph.Open(ctx, url, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { closeGraph(t, g) })
		return g
	}
	a, b := open(), open()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(a.AddDocuments(ctx, graphtest.Docs()))
	changed := graphtest.Alpha()
	changed.Facts = changed.Facts[:1]
	changed.Document.Headline = "Changed"
	must(b.AddDocument(ctx, changed))             // b has not read since a wrote
	must(b.RemoveDocument(ctx, graphtest.BetaID)) // known to b only through a's write

	want := openMemory(t)
	must(want.AddDocuments(ctx, []*schema.Extraction{changed, graphtest.Gamma()}))
	wantQuads := graphtest.StoredQuads(t, want)
	wantStats, _ := want.Stats(ctx)
	for name, g := range map[string]*graph.Graph{"a": a, "b": b} {
		same(t, name+": quads", wantQuads, graphtest.StoredQuads(t, g))
		stats, err := g.Stats(ctx)
		must(err)
		same(t, name+": stats", wantStats, stats)
	}
	if _, err := a.FindEntity(ctx, "Norland Farmers Union"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("a finds an entity only beta mentioned: %v", err)
	}

	// A write outside the log: b must read everything again.
	st, err := store.OpenSQL(ctx, url, store.SQLOptions{})
	must(err)
	defer st.Close()
	quads, err := graphtest.Beta().Quads()
	must(err)
	must(st.Apply(ctx, nil, quads))
	must(want.AddDocument(ctx, graphtest.Beta()))
	same(t, "after an undescribed write: quads", graphtest.StoredQuads(t, want), graphtest.StoredQuads(t, b))
	wantStats, _ = want.Stats(ctx)
	stats, err := b.Stats(ctx)
	must(err)
	same(t, "after an undescribed write: stats", wantStats, stats)
}
