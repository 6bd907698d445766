package corpus_test

import (
	"context"
	"io/fs"
	"testing"

	"github.com/newsgraph/newsgraph/examples/corpus"
)

func TestSources(t *testing.T) {
	srcs := corpus.Sources()
	if len(srcs) != 5 {
		t.Fatalf("%d sources, want the 5 bundled articles", len(srcs))
	}
	for i, s := range srcs {
		if err := s.ID.Validate(); err != nil {
			t.Errorf("source %d: %v", i, err)
		}
		if len(s.Text) < 200 || s.Origin == "" {
			t.Errorf("source %s: %d bytes, origin %q", s.ID, len(s.Text), s.Origin)
		}
		if i > 0 && srcs[i-1].ID >= s.ID {
			t.Errorf("sources not in name order: %s before %s", srcs[i-1].ID, s.ID)
		}
	}
	names, err := fs.Glob(corpus.FS(), "*.txt")
	if err != nil || len(names) != 5 {
		t.Errorf("FS has %d .txt files (%v), want 5", len(names), err)
	}
}

func TestOpenMemory(t *testing.T) {
	ctx := context.Background()
	g, err := corpus.OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	st, err := g.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 5 || st.Entities == 0 || st.Facts == 0 {
		t.Errorf("bundled corpus in memory: %+v, want 5 documents with entities and facts", st)
	}
	for _, s := range corpus.Sources() {
		if _, err := g.Document(ctx, s.ID); err != nil {
			t.Errorf("document %s: %v", s.ID, err)
		}
	}
}
