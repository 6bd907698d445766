package loader_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/loader"
)

// The benchmarks read the shared corpora from the folder named by the environment
// variable NEWSGRAPH_CORPORA, or else from ../shared/corpora beside the module root
// (where the repository's checkout sits next to the shared material). Benchmarks that
// need a corpus skip with a message when it is absent; the corpora are never copied into
// the repository.

// moduleRoot returns the folder holding go.mod, walking up from the package's folder.
func moduleRoot(tb testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			tb.Fatal("no go.mod above the package folder")
		}
		dir = up
	}
}

// sharedPath returns the path of name under the shared folder (corpora for a corpus
// file, else relative to ../shared), or skips the benchmark when it is missing.
func corpusPath(tb testing.TB, name string) string {
	dir := os.Getenv("NEWSGRAPH_CORPORA")
	if dir == "" {
		dir = filepath.Join(moduleRoot(tb), "..", "shared", "corpora")
	}
	p := filepath.Join(dir, name)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("corpus %s not found (set NEWSGRAPH_CORPORA to the folder of the shared corpora): %v", name, err)
	}
	return p
}

func seedsPath(tb testing.TB) string {
	p := filepath.Join(moduleRoot(tb), "..", "shared", "corpus", "seeds")
	if d := os.Getenv("NEWSGRAPH_SEEDS"); d != "" {
		p = d
	}
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("seed corpus not found at %s (set NEWSGRAPH_SEEDS): %v", p, err)
	}
	return p
}

// readSources reads the documents of path, up to maxBytes of text in all (0: no limit).
func readSources(tb testing.TB, path string, maxBytes int) ([]loader.Source, int) {
	var srcs []loader.Source
	n := 0
	for s, err := range loader.ReadPaths(context.Background(), path) {
		if err != nil {
			tb.Fatal(err)
		}
		if maxBytes > 0 && n+len(s.Text) > maxBytes {
			break
		}
		srcs = append(srcs, s)
		n += len(s.Text)
	}
	if len(srcs) == 0 {
		tb.Fatalf("no documents in %s", path)
	}
	return srcs, n
}

func seq(srcs []loader.Source) func(func(loader.Source, error) bool) {
	return func(yield func(loader.Source, error) bool) {
		for _, s := range srcs {
			if !yield(s, nil) {
				return
			}
		}
	}
}

// benchExtract measures extraction alone (no store) of srcs with a fresh Loader per
// iteration, one document after another on one goroutine (Extract) or over all cores
// (ExtractAll). Throughput is in bytes of document text.
func benchExtract(b *testing.B, srcs []loader.Source, size int) {
	ctx := context.Background()
	b.Run("Extract", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			l := loader.New(nil)
			for _, s := range srcs {
				if _, err := l.Extract(ctx, s); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("ExtractAll", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			l := loader.New(nil)
			for r := range l.ExtractAll(ctx, seq(srcs)) {
				if r.Err != nil {
					b.Fatal(r.Err)
				}
			}
		}
	})
}

// BenchmarkExtractSeeds extracts the five seed articles.
func BenchmarkExtractSeeds(b *testing.B) {
	srcs, size := readSources(b, seedsPath(b), 0)
	benchExtract(b, srcs, size)
}

// BenchmarkExtractBBC extracts the first 2 MB of text of the BBC news corpus.
func BenchmarkExtractBBC(b *testing.B) {
	srcs, size := readSources(b, corpusPath(b, "bbc-news-2225.jsonl.gz"), 2<<20)
	benchExtract(b, srcs, size)
}

// TestExtractAllMatchesExtract checks that the parallel ExtractAll gives, document for
// document, what Extract gives one after another with a fresh Loader (entity memory
// makes the order matter).
func TestExtractAllMatchesExtract(t *testing.T) {
	p := filepath.Join(moduleRoot(t), "examples", "corpus")
	if _, err := os.Stat(p); errors.Is(err, os.ErrNotExist) {
		t.Skip("no bundled corpus")
	}
	srcs, _ := readSources(t, p, 0)
	ctx := context.Background()
	seqL, parL := loader.New(nil), loader.New(nil)
	i := 0
	for r := range parL.ExtractAll(ctx, seq(srcs)) {
		want, werr := seqL.Extract(ctx, srcs[i])
		if (r.Err != nil) != (werr != nil) {
			t.Fatalf("%s: ExtractAll error %v, Extract error %v", srcs[i].ID, r.Err, werr)
		}
		if werr == nil {
			got, err1 := r.Extraction.Quads()
			exp, err2 := want.Quads()
			if err1 != nil || err2 != nil {
				t.Fatal(err1, err2)
			}
			if len(got) != len(exp) {
				t.Fatalf("%s: %d quads from ExtractAll, %d from Extract", srcs[i].ID, len(got), len(exp))
			}
			for k := range got {
				if got[k] != exp[k] {
					t.Fatalf("%s: quad %d differs:\n%s\n%s", srcs[i].ID, k, got[k], exp[k])
				}
			}
		}
		i++
	}
	if i != len(srcs) {
		t.Fatalf("ExtractAll gave %d results for %d sources", i, len(srcs))
	}
}
