package loader_test

import (
	"bytes"
	"context"
	"errors"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/schema"
)

func TestExtractRejects(t *testing.T) {
	l := loader.New(&loader.Options{MaxDocumentBytes: 64})
	tests := []struct {
		name   string
		src    loader.Source
		want   error
		inText string
		reason string
	}{
		{"binary", loader.Source{ID: "blob", Origin: "dir/blob.txt", Text: []byte("ab\x00cd")}, loader.ErrBinary, "dir/blob.txt", "a NUL byte means binary data"},
		{"utf-16", loader.Source{ID: "u16", Text: []byte("\xff\xfeA\x00B\x00")}, loader.ErrBinary, "UTF-16", "UTF-16 is named as such"},
		{"control bytes", loader.Source{ID: "ctl", Text: bytes.Repeat([]byte{1, 2, 'a'}, 10)}, loader.ErrBinary, `"ctl"`, "mostly control bytes"},
		{"too large", loader.Source{ID: "big", Text: bytes.Repeat([]byte("word "), 20)}, loader.ErrTooLarge, "limit of 64", "over MaxDocumentBytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := l.Extract(context.Background(), tt.src)
			var de *loader.DocumentError
			if !errors.Is(err, tt.want) || !errors.As(err, &de) || !strings.Contains(err.Error(), tt.inText) {
				t.Errorf("Extract = %v; want a *DocumentError wrapping %v naming %q (%s)", err, tt.want, tt.inText, tt.reason)
			}
		})
	}
	var ie *schema.InvalidIRIError
	if _, err := l.Extract(context.Background(), loader.Source{ID: "", Text: []byte("x")}); !errors.As(err, &ie) {
		t.Errorf("empty id: %v, want an *InvalidIRIError", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := l.Extract(ctx, loader.Source{ID: "c", Text: []byte("Text.")}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func TestExtractEmpty(t *testing.T) {
	for _, text := range []string{"", " \n\t\n  "} {
		x, err := loader.New(nil).Extract(context.Background(), loader.Source{ID: "empty", Text: []byte(text)})
		if err != nil {
			t.Fatalf("Extract(%q): %v", text, err)
		}
		if len(x.Sentences) != 0 || len(x.Entities) != 0 || len(x.Facts) != 0 || x.Document.ID != "empty" {
			t.Errorf("Extract(%q) = %+v, want only the document", text, x)
		}
		qs, err := x.Quads()
		if err != nil || len(qs) != 1 {
			t.Errorf("quads %v, %v: want the document's type only", qs, err)
		}
	}
}

// TestExtractDocument checks metadata and sentences of a small invented article.
func TestExtractDocument(t *testing.T) {
	text := "Velmar Harbour Reopens\n\nBy Mira Kovac\n\nMonday, May 6, 2019\n\nThe harbour of Velmar reopened on Sunday. Mayor Ana Lopes cut the ribbon.\n\nShare this story\n"
	x, err := loader.New(nil).Extract(context.Background(), loader.Source{ID: "velmar", Text: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	d := x.Document
	if d.Headline != "Velmar Harbour Reopens" || d.Published.Format("2006-01-02") != "2019-05-06" {
		t.Errorf("document %+v", d)
	}
	if len(d.Authors) != 1 || d.Authors[0].Name != "Mira Kovac" || d.Authors[0].Class != schema.Person {
		t.Errorf("authors %+v", d.Authors)
	}
	var got []string
	for _, s := range x.Sentences {
		got = append(got, s.Text)
		if text[s.Start:s.Start+s.Length] != s.Text {
			t.Errorf("sentence %d span %q, text %q", s.N, text[s.Start:s.Start+s.Length], s.Text)
		}
	}
	want := []string{"Velmar Harbour Reopens", "The harbour of Velmar reopened on Sunday.", "Mayor Ana Lopes cut the ribbon."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences %q, want %q", got, want)
	}
	for _, f := range x.Facts {
		for _, ev := range f.Evidence {
			if ev.Doc != "velmar" || ev.Sentence < 1 || ev.Sentence > len(x.Sentences) {
				t.Errorf("fact %v cites %v", f.Predicate, ev)
			}
		}
	}
}

// sources returns a sequence of the given sources, with a source that could not be read
// in the middle.
func sources(srcs []loader.Source, errAt int) iter.Seq2[loader.Source, error] {
	return func(yield func(loader.Source, error) bool) {
		for i, s := range srcs {
			if i == errAt && !yield(loader.Source{Origin: "broken", Err: &loader.SourceError{Origin: "broken", Err: loader.ErrNoText}}, nil) {
				return
			}
			if !yield(s, nil) {
				return
			}
		}
	}
}

// TestExtractAll checks that ExtractAll gives, in input order, exactly what Extract gives
// document after document on a fresh Loader, and passes source errors through.
func TestExtractAll(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	var srcs []loader.Source
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, loader.Source{ID: schema.DocID(strings.TrimSuffix(filepath.Base(f), ".txt")), Text: b})
	}
	srcs = append(srcs, loader.Source{ID: "bad", Text: []byte("\x00\x00")})
	ctx := context.Background()
	seq := loader.New(nil)
	var want []string
	for _, s := range srcs {
		x, err := seq.Extract(ctx, s)
		if err != nil {
			want = append(want, "error "+string(s.ID))
			continue
		}
		want = append(want, string(extractionQuads(t, x)))
	}
	for run := 0; run < 2; run++ {
		var got []string
		i := 0
		for r, err := range loader.New(nil).ExtractAll(ctx, sources(srcs, 2)) {
			if err != nil {
				t.Fatal(err)
			}
			if i == 2 && !errors.Is(r.Err, loader.ErrNoText) {
				t.Fatalf("result 2: %v, want the source error", r.Err)
			}
			i++
			if i == 3 {
				continue
			}
			if r.Err != nil {
				got = append(got, "error "+string(r.Source.ID))
				continue
			}
			got = append(got, string(extractionQuads(t, r.Extraction)))
		}
		if len(got) != len(want) {
			t.Fatalf("run %d: %d results, want %d", run, len(got), len(want))
		}
		for k := range want {
			if got[k] != want[k] {
				t.Errorf("run %d: result %d differs from sequential Extract", run, k)
			}
		}
	}
	// Stopping early ends the sequence cleanly.
	n := 0
	for range loader.New(nil).ExtractAll(ctx, sources(srcs, -1)) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("early stop: %d results", n)
	}
	// An error of the sources ends the sequence with it.
	broken := errors.New("the feed broke")
	var got []error
	for _, err := range loader.New(nil).ExtractAll(ctx, func(yield func(loader.Source, error) bool) {
		if yield(srcs[0], nil) {
			yield(loader.Source{}, broken)
		}
	}) {
		got = append(got, err)
	}
	if len(got) != 2 || got[0] != nil || got[1] != broken {
		t.Errorf("a broken sequence gives %v, want a result and then its error", got)
	}
}

func extractionQuads(t *testing.T, x *schema.Extraction) []byte {
	t.Helper()
	qs, err := x.Quads()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	schema.WriteNQuads(&b, qs)
	return b.Bytes()
}

// TestExtractConcurrent runs Extract from several goroutines on one Loader (for -race).
func TestExtractConcurrent(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	l := loader.New(nil)
	done := make(chan error)
	for _, f := range files {
		go func() {
			b, err := os.ReadFile(f)
			if err == nil {
				_, err = l.Extract(context.Background(), loader.Source{ID: schema.DocID(filepath.Base(f)), Text: b})
			}
			done <- err
		}()
	}
	for range files {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// BenchmarkExtract extracts the seed articles, one Loader per round.
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	var srcs []loader.Source
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, loader.Source{ID: schema.DocID(filepath.Base(f)), Text: t})
	}
	for b.Loop() {
		l := loader.New(nil)
		for _, s := range srcs {
			if _, err := l.Extract(context.Background(), s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestExtractAllCancelled checks that a cancelled context ends ExtractAll with an error.
func TestExtractAllCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	srcs := []loader.Source{{ID: "a", Text: []byte("One.")}, {ID: "b", Text: []byte("Two.")}}
	var last error
	n := 0
	for _, err := range loader.New(nil).ExtractAll(ctx, sources(srcs, -1)) {
		n++
		last = err
	}
	if n == 0 || !errors.Is(last, context.Canceled) {
		t.Errorf("%d results, last error %v; want context.Canceled last", n, last)
	}
}
