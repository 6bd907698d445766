package graph_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/graphtest"
	"github.com/newsgraph/newsgraph/schema"
)

// openCopy writes data to a new file and opens it read-only.
func openCopy(t *testing.T, data []byte) *graph.Graph {
	t.Helper()
	path := filepath.Join(t.TempDir(), "copy.db")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := graph.Open(context.Background(), path, &graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("opening the copy: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func TestBackup(t *testing.T) {
	ctx := context.Background()
	g := graphtest.Load(t, openFile) // open for writing: no other Open of the file works
	var buf bytes.Buffer
	n, err := g.Backup(ctx, &buf)
	if err != nil || n != int64(buf.Len()) || n == 0 {
		t.Fatalf("Backup = %d, %v; wrote %d bytes", n, err, buf.Len())
	}
	c := openCopy(t, buf.Bytes())
	if got, want := graphtest.StoredQuads(t, c), graphtest.QuadsOf(t, graphtest.Docs()...); !slices.Equal(got, want) {
		t.Errorf("the copy holds %d quads, want %d", len(got), len(want))
	}
	if e, err := c.FindEntity(ctx, "NFU"); err != nil || e.IRI != graphtest.FarmersUnion.IRI {
		t.Errorf("FindEntity on the copy: %v, %v", e, err)
	}
	// The original is still writable, and a copy of a copy works.
	if err := g.RemoveDocument(ctx, graphtest.GammaID); err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if _, err := c.Backup(ctx, &buf); err != nil {
		t.Fatalf("Backup of a read-only graph: %v", err)
	}
	if st, _ := openCopy(t, buf.Bytes()).Stats(ctx); st.Documents != 3 {
		t.Errorf("copy of the copy: %d documents, want 3", st.Documents)
	}

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := g.Backup(cancelled, &buf); !errors.Is(err, context.Canceled) {
		t.Errorf("Backup with a cancelled context: %v", err)
	}
	if _, err := g.Backup(ctx, failWriter{}); err == nil || !errors.Is(err, errDiskFull) {
		t.Errorf("Backup to a failing writer: %v, want its error", err)
	}
	stopping, stop := context.WithCancel(ctx)
	if _, err := g.Backup(stopping, cancelWriter(stop)); !errors.Is(err, context.Canceled) {
		t.Errorf("Backup cancelled half-way: %v", err)
	}
	g.Close()
	if _, err := g.Backup(ctx, &buf); !errors.Is(err, graph.ErrClosed) {
		t.Errorf("Backup after Close: %v, want ErrClosed", err)
	}
}

var errDiskFull = errors.New("disk full")

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errDiskFull }

// cancelWriter cancels its context at the first write.
type cancelWriter context.CancelFunc

func (c cancelWriter) Write(p []byte) (int, error) { c(); return len(p), nil }

func TestBackupUnsupported(t *testing.T) {
	g := graph.OpenMemory()
	defer g.Close()
	if _, err := g.Backup(context.Background(), &bytes.Buffer{}); !errors.Is(err, errors.ErrUnsupported) {
		t.Errorf("Backup of a memory graph: %v, want errors.ErrUnsupported", err)
	}
}

func TestPostgresBackup(t *testing.T) {
	g := openPostgres(t)
	if _, err := g.Backup(context.Background(), &bytes.Buffer{}); !errors.Is(err, errors.ErrUnsupported) {
		t.Errorf("Backup of a PostgreSQL graph: %v, want errors.ErrUnsupported", err)
	}
}

// TestBackupDuringLoad copies a store again and again while a writer adds documents one
// by one and in batches, replaces them and removes them from the last: every copy opens
// on its own and holds whole documents, the first ones of the corpus.
func TestBackupDuringLoad(t *testing.T) {
	ctx := context.Background()
	g := openFile(t)
	const n = 40
	xs := make([]*schema.Extraction, n)
	cum := make([]int, n+1)
	for i := range xs {
		xs[i] = synthetic(i)
		qs, err := xs[i].Quads()
		if err != nil {
			t.Fatal(err)
		}
		cum[i+1] = cum[i] + len(qs)
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	var copies int
	var errs []error
	wg.Add(1)
	go func() {
		defer wg.Done()
		fail := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
		for last := false; !last; copies++ {
			select {
			case <-done:
				last = true // one more copy after the writer has finished
			default:
			}
			var buf bytes.Buffer
			if _, err := g.Backup(ctx, &buf); err != nil {
				fail("Backup: %v", err)
				return
			}
			path := filepath.Join(t.TempDir(), "copy.db")
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				fail("%v", err)
				return
			}
			c, err := graph.Open(ctx, path, &graph.Options{ReadOnly: true})
			if err != nil {
				fail("opening copy %d: %v", copies, err)
				return
			}
			st, err := c.Stats(ctx)
			if err != nil || st.Documents > n || st.Quads != cum[st.Documents] {
				fail("copy %d: %d quads in %d documents (%v); whole documents give %d", copies, st.Quads, st.Documents, err, cum[min(st.Documents, n)])
			}
			checkWholeDocuments(c, cum, fail)
			c.Close()
		}
	}()
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
	if err := g.AddDocuments(ctx, xs); err != nil {
		t.Fatal(err)
	}
	for i := n - 1; i >= n/2; i-- {
		if err := g.RemoveDocument(ctx, xs[i].Document.ID); err != nil {
			t.Fatal(err)
		}
	}
	close(done)
	wg.Wait()
	for _, err := range errs {
		t.Error(err)
	}
	if copies < 2 {
		t.Errorf("only %d copies made", copies)
	}
}
