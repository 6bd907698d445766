package loader_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loader"
)

// write creates the file path (and its directories) with the given content.
func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// collect reads every element of ReadPaths: the ids of the sources, and the errors.
func collect(t *testing.T, ctx context.Context, paths ...string) (ids []string, errs []error) {
	t.Helper()
	for s, err := range loader.ReadPaths(ctx, paths...) {
		if err == nil {
			err = s.Err
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ids = append(ids, string(s.ID))
	}
	return ids, errs
}

func TestReadPathsDirectory(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "b.txt"), "Second.")
	write(t, filepath.Join(dir, "a.md"), "First.")
	write(t, filepath.Join(dir, "skip.json"), "{}")
	write(t, filepath.Join(dir, "sub", "c.txt"), "Third.")
	// A link back to the top directory must not loop.
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	ids, errs := collect(t, context.Background(), dir)
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	if want := []string{"a", "b", "sub/c"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ids %q, want %q", ids, want)
	}
}

// TestReadPathsIDs checks the ids of documents: a file given alone is its name without
// extension; a file under a directory given is its path under it, so two files of one
// name in two folders are two documents; and two documents with one id (two files of one
// name given alone) are both refused, each error naming the other source.
func TestReadPathsIDs(t *testing.T) {
	dir := t.TempDir()
	jan := filepath.Join(dir, "2019", "jan", "story.txt")
	feb := filepath.Join(dir, "2020", "feb", "story.txt")
	write(t, jan, "In January.")
	write(t, feb, "In February.")
	ids, errs := collect(t, context.Background(), dir)
	if want := []string{"2019/jan/story", "2020/feb/story"}; len(errs) > 0 || !reflect.DeepEqual(ids, want) {
		t.Errorf("ids %q, errors %v; want %q", ids, errs, want)
	}

	var got []loader.Source
	for s, err := range loader.ReadPaths(context.Background(), jan, filepath.Join(dir, "missing.txt"), feb) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, s)
	}
	if len(got) != 3 {
		t.Fatalf("sources %+v, want three problems", got)
	}
	var se *loader.SourceError
	if !errors.As(got[1].Err, &se) || !errors.Is(got[1].Err, os.ErrNotExist) || !strings.Contains(got[1].Err.Error(), "missing.txt") {
		t.Errorf("second source %v: want a *SourceError naming missing.txt", got[1].Err)
	}
	for i, other := range map[int]string{0: feb, 2: jan} {
		s := got[i]
		if s.Text != nil || !errors.Is(s.Err, loader.ErrDuplicateID) || !strings.Contains(s.Err.Error(), other) {
			t.Errorf("source %d: %+v; want it refused as a duplicate naming %s", i, s, other)
		}
	}
}

func TestReadPathsJSONLines(t *testing.T) {
	dir := t.TempDir()
	lines := strings.Join([]string{
		`{"id": "n-1", "title": "Port reopens", "date": "2020-01-07", "text": "The port reopened."}`,
		``,
		`{"id": "n-2", "text": "broken`,
		`{"id": "n-3", "title": "No text"}`,
		`{"title": "No id", "text": "Text."}`,
		`{"id": 42, "text": "A numeric id."}`,
		`{"id": "n-1", "text": "Again."}`,
		`{"id": "n-5", "text": "Last."}`,
	}, "\n")
	plain := filepath.Join(dir, "c.jsonl")
	write(t, plain, lines)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(lines))
	zw.Close()
	zipped := filepath.Join(dir, "c.jsonl.gz")
	if err := os.WriteFile(zipped, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{plain, zipped} {
		t.Run(filepath.Base(p), func(t *testing.T) {
			var srcs []loader.Source
			var errs []error
			for s, err := range loader.ReadPaths(context.Background(), p) {
				if err == nil {
					err = s.Err
				}
				if err != nil {
					errs = append(errs, err)
					continue
				}
				srcs = append(srcs, s)
			}
			var ids []string
			for _, s := range srcs {
				ids = append(ids, string(s.ID))
			}
			if want := []string{"42", "n-5"}; !reflect.DeepEqual(ids, want) {
				t.Fatalf("ids %q, want %q", ids, want)
			}
			if s := srcs[0]; string(s.Text) != "A numeric id." || s.Origin != p+":6" {
				t.Errorf("first source %+v", s)
			}
			wantLines := []int{1, 3, 4, 5, 7}
			if len(errs) != len(wantLines) {
				t.Fatalf("errors %v, want %d", errs, len(wantLines))
			}
			for i, err := range errs {
				var se *loader.SourceError
				if !errors.As(err, &se) || se.Line != wantLines[i] || se.Origin != p {
					t.Errorf("error %d = %v, want a *SourceError at %s:%d", i, err, p, wantLines[i])
				}
			}
			if !errors.Is(errs[0], loader.ErrDuplicateID) || !errors.Is(errs[2], loader.ErrNoText) ||
				!errors.Is(errs[3], loader.ErrNoID) || !errors.Is(errs[4], loader.ErrDuplicateID) {
				t.Errorf("errors %v: want duplicate, broken, no text, no id, duplicate", errs)
			}
			if !strings.Contains(errs[0].Error(), p+":7") || !strings.Contains(errs[4].Error(), p+":1") {
				t.Errorf("duplicates %v and %v: each should name the other line", errs[0], errs[4])
			}
			var se *loader.SourceError
			if errors.As(errs[1], &se); se.Offset != int64(len(strings.Join(strings.Split(lines, "\n")[:2], "\n"))+1) {
				t.Errorf("offset of line 3 = %d", se.Offset)
			}
		})
	}
}

func TestReadPathsCancelled(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "A.")
	write(t, filepath.Join(dir, "b.txt"), "B.")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	var last error
	for _, err := range loader.ReadPaths(ctx, dir) {
		n++
		cancel()
		last = err
	}
	if n != 2 || !errors.Is(last, context.Canceled) {
		t.Errorf("got %d elements, last error %v; want the first source then context.Canceled", n, last)
	}
}

func TestFromReader(t *testing.T) {
	s, err := loader.FromReader("note-7", strings.NewReader("Some text."))
	if err != nil || s.ID != "note-7" || string(s.Text) != "Some text." {
		t.Fatalf("FromReader = %+v, %v", s, err)
	}
	if _, err := loader.FromReader("", strings.NewReader("x")); !errors.Is(err, loader.ErrNoID) {
		t.Errorf("empty id: %v, want ErrNoID", err)
	}
	if _, err := loader.FromReader("bad\x01id", strings.NewReader("x")); err == nil || !strings.Contains(err.Error(), "bad") {
		t.Errorf("invalid id: %v, want an error naming it", err)
	}
}
