package graph_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/graphtest"
	"github.com/newsgraph/newsgraph/schema"
)

// TestReadersDuringLoad runs readers in many goroutines while a load writes: documents
// are added (one by one and in batches), replaced, then removed, always so that the
// documents stored are a prefix of the corpus. Every read must see whole documents:
// the quad count is that of the first Documents documents, a document's facts carry
// all of its evidence or none, and an export holds each document entirely or not at all.
// Run it with -race.
func TestReadersDuringLoad(t *testing.T) {
	for name, open := range map[string]func(*testing.T) *graph.Graph{"memory": openMemory, "bolt": openFile} {
		t.Run(name, func(t *testing.T) { testReadersDuringLoad(t, open(t)) })
	}
}

func testReadersDuringLoad(t *testing.T, g *graph.Graph) {
	ctx := context.Background()
	const n = 40
	xs := make([]*schema.Extraction, n)
	cum := make([]int, n+1) // cum[d]: quads of the first d documents
	evidence := make([]int, n)
	for i := range xs {
		xs[i] = synthetic(i)
		qs, err := xs[i].Quads()
		if err != nil {
			t.Fatal(err)
		}
		cum[i+1] = cum[i] + len(qs)
		for _, f := range xs[i].Facts {
			evidence[i] += len(f.Evidence)
		}
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan error, 64)
	fail := func(format string, args ...any) {
		select {
		case errs <- fmt.Errorf(format, args...):
		default:
		}
	}
	for r := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; ; k++ {
				select {
				case <-stop:
					return
				default:
				}
				st, err := g.Stats(ctx)
				if err != nil {
					fail("Stats: %v", err)
					return
				}
				if st.Documents > n || st.Quads != cum[st.Documents] {
					fail("Stats: %d quads in %d documents; whole documents give %d", st.Quads, st.Documents, cum[min(st.Documents, n)])
				}
				i := (r*7 + k) % n
				got := 0
				for f, err := range g.Facts(ctx, graph.FactQuery{Doc: xs[i].Document.ID}) {
					if err != nil {
						fail("Facts: %v", err)
						return
					}
					got += len(f.Evidence)
				}
				if got != 0 && got != evidence[i] {
					fail("document %d: %d pieces of evidence, want 0 or %d", i, got, evidence[i])
				}
				if r == 0 && k%10 == 0 {
					checkWholeDocuments(g, cum, fail)
				}
			}
		}()
	}
	// The writer: documents one by one, then in batches, then replaced, then removed
	// from the last.
	for i := 0; i < n/2; i++ {
		if err := g.AddDocument(ctx, xs[i]); err != nil {
			t.Fatal(err)
		}
	}
	for i := n / 2; i < n; i += 5 {
		if err := g.AddDocuments(ctx, xs[i:i+5]); err != nil {
			t.Fatal(err)
		}
	}
	if err := g.AddDocuments(ctx, xs); err != nil { // every document replaced by itself
		t.Fatal(err)
	}
	for i := n - 1; i >= n/2; i-- {
		if err := g.RemoveDocument(ctx, xs[i].Document.ID); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if st, _ := g.Stats(ctx); st.Documents != n/2 || st.Quads != cum[n/2] {
		t.Errorf("at the end: %d documents, %d quads; want %d, %d", st.Documents, st.Quads, n/2, cum[n/2])
	}
}

// checkWholeDocuments exports g and checks that the documents it holds are the first
// ones of the corpus, each with all of its quads.
func checkWholeDocuments(g *graph.Graph, cum []int, fail func(string, ...any)) {
	var buf bytes.Buffer
	if err := g.Export(context.Background(), &buf, graph.NQuads); err != nil {
		fail("Export: %v", err)
		return
	}
	perDoc := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if line == "" {
			continue
		}
		// The label is the last term: "... <label> ."
		label := strings.TrimSuffix(line[strings.LastIndex(line, " <")+2:], "> .")
		ref, err := schema.ParseIRI(schema.IRI(label))
		if err != nil {
			fail("export: a quad labelled %q", label)
			return
		}
		perDoc[string(ref.Doc)]++
	}
	for d := 0; d < len(cum)-1; d++ {
		id := fmt.Sprintf("doc-%05d", d)
		if got, want := perDoc[id], cum[d+1]-cum[d]; got != 0 && got != want {
			fail("export: document %s with %d quads, want 0 or %d", id, got, want)
		}
	}
}

// TestRemoveAndReload: removing documents and loading them again gives the quad set
// there was before, on both stores, and loading the same input twice changes nothing.
func TestRemoveAndReload(t *testing.T) {
	for name, open := range map[string]graphtest.Opener{"memory": openMemory, "bolt": openFile} {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			g := graphtest.Load(t, open)
			before := graphtest.StoredQuads(t, g)
			for _, x := range graphtest.Docs() {
				if err := g.AddDocument(ctx, x); err != nil {
					t.Fatal(err)
				}
			}
			if got := graphtest.StoredQuads(t, g); !slices.Equal(got, before) {
				t.Fatalf("loading the same input twice: %d quads, first %d", len(got), len(before))
			}
			if err := g.RemoveDocument(ctx, graphtest.BetaID); err != nil {
				t.Fatal(err)
			}
			if err := g.AddDocument(ctx, graphtest.Beta()); err != nil {
				t.Fatal(err)
			}
			if got := graphtest.StoredQuads(t, g); !slices.Equal(got, before) {
				t.Errorf("remove and reload beta: %d quads, before %d", len(got), len(before))
			}
			// Everything removed, then loaded again in the reverse order.
			docs := graphtest.Docs()
			for _, x := range docs {
				if err := g.RemoveDocument(ctx, x.Document.ID); err != nil {
					t.Fatal(err)
				}
			}
			slices.Reverse(docs)
			if err := g.AddDocuments(ctx, docs); err != nil {
				t.Fatal(err)
			}
			if got := graphtest.StoredQuads(t, g); !slices.Equal(got, before) {
				t.Errorf("remove all and reload: %d quads, before %d", len(got), len(before))
			}
		})
	}
}

// TestRefusedFilesUnchanged: a store of a future version and files that are not
// newsgraph stores are refused by every kind of open, and left byte for byte as they were.
func TestRefusedFilesUnchanged(t *testing.T) {
	ctx := context.Background()
	files := map[string]struct {
		path string
		want error
	}{
		"future version": {makeBolt(t, "newsgraph", map[string]string{"format": "newsgraph-store", "version": "99"}), graph.ErrVersion},
		"no version":     {makeBolt(t, "newsgraph", map[string]string{"format": "newsgraph-store"}), graph.ErrNotNewsgraph},
		"other bbolt":    {makeBolt(t, "accounts", map[string]string{"ann": "42"}), graph.ErrNotNewsgraph},
	}
	text := filepath.Join(t.TempDir(), "notes.db")
	os.WriteFile(text, []byte(strings.Repeat("meeting notes, not a database\n", 300)), 0o644)
	files["text file"] = struct {
		path string
		want error
	}{text, graph.ErrNotNewsgraph}
	for name, f := range files {
		t.Run(name, func(t *testing.T) {
			before, err := os.ReadFile(f.path)
			if err != nil {
				t.Fatal(err)
			}
			for _, o := range []*graph.Options{nil, {ReadOnly: true}, {LockTimeout: 1}} {
				g, err := graph.Open(ctx, f.path, o)
				if err == nil {
					g.Close()
				}
				assertStoreError(t, err, f.path, f.want)
			}
			if after, _ := os.ReadFile(f.path); !bytes.Equal(before, after) {
				t.Error("a refused open changed the file")
			}
		})
	}
}

// TestSecondProcessOpen opens a store, then opens it again from another process (this
// test binary run again): the second process is refused with ErrLocked, for writing and
// for reading, until the first closes it.
func TestSecondProcessOpen(t *testing.T) {
	if path := os.Getenv("NEWSGRAPH_SECOND_OPEN"); path != "" {
		// The second process: report what Open says.
		g, err := graph.Open(context.Background(), path, &graph.Options{ReadOnly: os.Getenv("NEWSGRAPH_READONLY") != ""})
		if err == nil {
			g.Close()
			fmt.Println("opened")
			return
		}
		fmt.Printf("locked=%v: %v\n", errors.Is(err, graph.ErrLocked), err)
		return
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "news.db")
	g, err := graph.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := g.AddDocument(ctx, graphtest.Alpha()); err != nil {
		t.Fatal(err)
	}
	second := func(readOnly bool) string {
		cmd := exec.Command(os.Args[0], "-test.run=^TestSecondProcessOpen$")
		cmd.Env = append(os.Environ(), "NEWSGRAPH_SECOND_OPEN="+path)
		if readOnly {
			cmd.Env = append(cmd.Env, "NEWSGRAPH_READONLY=1")
		}
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("second process: %v\n%s", err, out)
		}
		return string(out)
	}
	for _, ro := range []bool{false, true} {
		if out := second(ro); !strings.Contains(out, "locked=true") || !strings.Contains(out, path) {
			t.Errorf("second process (read-only %v) while the first holds the store:\n%s", ro, out)
		}
	}
	if err := g.Close(); err != nil {
		t.Fatal(err)
	}
	if out := second(false); !strings.Contains(out, "opened") {
		t.Errorf("second process after the first closed the store:\n%s", out)
	}
}
