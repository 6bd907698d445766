package loader_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files of TestGolden")

// corpusDir holds the seed articles.
const corpusDir = "../examples/corpus"

// extractQuads extracts one document with a fresh Loader and returns its N-Quads.
func extractQuads(t testing.TB, l *loader.Loader, src loader.Source) []byte {
	t.Helper()
	x, err := l.Extract(context.Background(), src)
	if err != nil {
		t.Fatalf("Extract(%s): %v", src.ID, err)
	}
	qs, err := x.Quads()
	if err != nil {
		t.Fatalf("Quads(%s): %v", src.ID, err)
	}
	var b bytes.Buffer
	if err := schema.WriteNQuads(&b, qs); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGolden extracts each seed article alone and compares its sorted N-Quads with
// testdata/golden/<doc>.nq.golden (rewritten with -update).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus in %s: %v", corpusDir, err)
	}
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(id, func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := extractQuads(t, loader.New(nil), loader.Source{ID: schema.DocID(id), Text: text, Origin: f})
			golden := filepath.Join("testdata", "golden", id+".nq.golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./loader -run Golden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; diff it with -update and git diff", id, golden)
				reportLineDiff(t, want, got)
			}
			// Byte-identical across runs.
			if again := extractQuads(t, loader.New(nil), loader.Source{ID: schema.DocID(id), Text: text}); !bytes.Equal(got, again) {
				t.Errorf("%s: two runs differ", id)
			}
		})
	}
}

// reportLineDiff logs the lines only in want and only in got.
func reportLineDiff(t *testing.T, want, got []byte) {
	t.Helper()
	in := func(b []byte) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(string(b), "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	n := 0
	for l := range w {
		if !g[l] && n < 20 {
			t.Logf("- %s", l)
			n++
		}
	}
	for l := range g {
		if !w[l] && n < 40 {
			t.Logf("+ %s", l)
			n++
		}
	}
}

// TestEvalExtract writes the N-Quads of every .txt file of $NEWSGRAPH_EVAL_IN, loaded
// together by one Loader, into $NEWSGRAPH_EVAL_OUT, for shared/eval/score.py. Skipped
// unless both are set.
func TestEvalExtract(t *testing.T) {
	in, out := os.Getenv("NEWSGRAPH_EVAL_IN"), os.Getenv("NEWSGRAPH_EVAL_OUT")
	if in == "" || out == "" {
		t.Skip("NEWSGRAPH_EVAL_IN and NEWSGRAPH_EVAL_OUT not set")
	}
	l := loader.New(nil)
	var all []byte
	for r := range l.ExtractAll(context.Background(), loader.ReadPaths(context.Background(), in)) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		qs, err := r.Extraction.Quads()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		schema.WriteNQuads(&b, qs)
		all = append(all, b.Bytes()...)
		if os.Getenv("NEWSGRAPH_EVAL_DEBUG") != "" {
			for _, s := range r.Extraction.Sentences {
				t.Logf("%s#%d %q", r.Source.ID, s.N, s.Text)
			}
			t.Logf("%s headline %q date %v authors %v", r.Source.ID, r.Extraction.Document.Headline, r.Extraction.Document.Published, r.Extraction.Document.Authors)
		}
	}
	if err := os.WriteFile(out, all, 0o644); err != nil {
		t.Fatal(err)
	}
}
