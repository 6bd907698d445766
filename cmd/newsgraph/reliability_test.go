package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/schema"
)

// cli is the newsgraph binary built once by TestMain for the tests that run it as a
// separate process.
var cli struct {
	dir, path string
	err       error
}

// buildCLI builds the command into a temporary directory; it returns the cleanup.
func buildCLI() func() {
	dir, err := os.MkdirTemp("", "newsgraph-cli-")
	if err != nil {
		cli.err = err
		return func() {}
	}
	cli.dir = dir
	exe := filepath.Join(dir, "newsgraph")
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", exe, ".").CombinedOutput()
	if err != nil {
		cli.err = fmt.Errorf("go build: %v\n%s", err, out)
	} else {
		cli.path = exe
	}
	return func() { os.RemoveAll(dir) }
}

// binary returns the path of the built command, or fails the test.
func binary(t *testing.T) string {
	t.Helper()
	if cli.err != nil {
		t.Fatalf("the command could not be built: %v", cli.err)
	}
	return cli.path
}

// TestLoadBadFiles: load and extract read every file they can, report each one they
// cannot with its file (and line and byte offset in a corpus), print warnings for the
// ones read anyway, count the failures in the summary and exit with status 1.
func TestLoadBadFiles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"good.txt":    "Hanne Solberg, the mayor of Ostervik, met Pavel Drozd in Kemi on Monday.",
		"nul.txt":     "Hanne\x00 Solberg.",
		"utf16.txt":   "\xff\xfeH\x00i\x00",
		"latin1.txt":  "Jos\xe9 Ib\xe1\xf1ez visited Ostervik on Friday.",
		"empty.txt":   "",
		"random.txt":  "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"notes.jsonl": `{"id": "n-1", "text": "Pavel Drozd returned to Kemi."}` + "\n" + `{"id": "n-2", "text": ` + "\n" + `{"id": "n-3", "title": "no text"}` + "\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	corpus := filepath.Join(dir, "notes.jsonl")
	missing := filepath.Join(dir, "missing.txt")
	bad := []string{
		filepath.Join(dir, "nul.txt") + "): binary data, not text: NUL byte at offset 5",
		filepath.Join(dir, "utf16.txt") + "): binary data, not text: UTF-16 text",
		filepath.Join(dir, "random.txt") + "): binary data",
		corpus + ":2 (byte 55): broken JSON",
		corpus + `:3 (byte 78): record has no text (id "n-3")`,
		missing + ": ",
	}
	warnings := []string{
		filepath.Join(dir, "latin1.txt") + " (byte 3): not UTF-8: read as Windows-1252",
		filepath.Join(dir, "empty.txt") + ": no text",
	}
	check := func(t *testing.T, code int, stderr string) {
		t.Helper()
		if code != 1 {
			t.Errorf("exit status %d, want 1", code)
		}
		for _, b := range bad {
			if !strings.Contains(stderr, b) {
				t.Errorf("stderr does not report %q:\n%s", b, stderr)
			}
		}
		for _, w := range warnings {
			if !strings.Contains(stderr, "warning: "+w) {
				t.Errorf("stderr does not warn %q:\n%s", w, stderr)
			}
		}
		if n := strings.Count(stderr, "\n"); n != len(bad)+len(warnings) {
			t.Errorf("%d lines on stderr, want %d:\n%s", n, len(bad)+len(warnings), stderr)
		}
	}
	t.Run("load", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "news.db")
		code, out, stderr := runCmd(t, "", "load", "--db", db, missing, dir, corpus)
		check(t, code, stderr)
		if !strings.Contains(out, "loaded 4 documents (4 new, 0 replaced, 6 failed)") || !strings.Contains(out, ": 4 documents, ") {
			t.Errorf("summary:\n%s", out)
		}
	})
	t.Run("extract", func(t *testing.T) {
		code, out, stderr := runCmd(t, "", "extract", "--format", "jsonl", missing, dir, corpus)
		check(t, code, stderr)
		if n := strings.Count(out, "\n"); n != 4 {
			t.Errorf("%d extractions written, want 4:\n%s", n, out)
		}
	})
}

// crashCorpus writes a JSON-lines corpus of n short documents, each about its own people
// and places (so that no document's extraction depends on which others are stored), and
// returns its path.
func crashCorpus(t *testing.T, dir string, n int) string {
	t.Helper()
	rng := rand.New(rand.NewPCG(6, 1))
	syll := []string{"ka", "lo", "mir", "ven", "do", "ra", "sel", "tu", "bar", "ni", "co", "pel", "vos", "ti", "ma", "ren"}
	used := map[string]bool{}
	word := func(parts int) string {
		s := ""
		for range parts {
			s += syll[rng.IntN(len(syll))]
		}
		return strings.ToUpper(s[:1]) + s[1:]
	}
	// name returns a new name of the given shape, never the same twice.
	name := func(shape func() string) string {
		for {
			if s := shape(); !used[s] {
				used[s] = true
				return s
			}
		}
	}
	// A pool of people whose names the documents repeat: some share a surname (two
	// relatives), and some documents name one by surname alone, so that resolution
	// across documents changes with every document the load adds.
	var pool []string
	for len(pool) < 40 {
		p := name(func() string { return word(2) + " " + word(4) })
		pool = append(pool, p)
		if len(pool)%8 == 0 {
			last := p[strings.IndexByte(p, ' ')+1:]
			pool = append(pool, name(func() string { return word(2) + " " + last }))
		}
	}
	surname := func(p string) string { return p[strings.IndexByte(p, ' ')+1:] }
	var b bytes.Buffer
	for i := range n {
		p1, p2 := pool[rng.IntN(len(pool))], pool[rng.IntN(len(pool))]
		town := name(func() string { return word(4) + "ville" })
		org := name(func() string { return word(4) + " Holdings" })
		var text string
		if i%3 == 2 {
			text = fmt.Sprintf("Mayor %s visited %s on Monday. Senator %s works for %s.", surname(p1), town, surname(p2), org)
		} else {
			text = fmt.Sprintf("%s, the mayor of %s, met %s in %s on Monday. %s works for %s. "+
				"The talks in %s ended on Tuesday, %s said.", p1, town, p2, town, p2, org, town, p1)
		}
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("doc-%04d", i), "title": "Talks in " + town, "text": text})
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(dir, "corpus.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// storedQuad is one quad of a store: its IRIs (the object's when it is one) and its
// N-Quads line.
type storedQuad struct {
	subject, predicate, object, label, line string
}

// quadsByDoc reads a store and groups its quads (as N-Quads lines) by the document their
// label belongs to.
func quadsByDoc(t *testing.T, db string) (map[schema.DocID][]string, []storedQuad) {
	t.Helper()
	g, err := graph.Open(context.Background(), db, &graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("the store does not open: %v", err)
	}
	var buf bytes.Buffer
	err = g.Export(context.Background(), &buf, graph.NQuads)
	g.Close()
	if err != nil {
		t.Fatal(err)
	}
	var quads []storedQuad
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	r := nquads.NewReader(&buf, false)
	for i := 0; ; i++ {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		sq := storedQuad{line: lines[i]}
		if iri, ok := q.Object.(quad.IRI); ok {
			sq.object = string(iri)
		}
		sq.predicate = string(q.Predicate.(quad.IRI))
		sq.label = string(q.Label.(quad.IRI))
		sq.subject = string(q.Subject.(quad.IRI))
		quads = append(quads, sq)
	}
	by := map[schema.DocID][]string{}
	for _, q := range quads {
		ref, err := schema.ParseIRI(schema.IRI(q.label))
		if err != nil || ref.Kind != schema.DocumentRef && ref.Kind != schema.SentenceRef {
			t.Fatalf("quad %s has a label that is no document or sentence", q.line)
		}
		by[ref.Doc] = append(by[ref.Doc], q.line)
	}
	for _, qs := range by {
		slices.Sort(qs)
	}
	return by, quads
}

// resolvedByDoc returns the quads (as N-Quads lines, by document) that a store holding
// exactly the documents ids of the corpus holds: the corpus extracted in this process
// and resolved (loader.Resolve) over those documents.
func resolvedByDoc(t *testing.T, xs map[schema.DocID]*schema.Extraction, ids []schema.DocID) map[schema.DocID][]string {
	t.Helper()
	var sub []*schema.Extraction
	for _, id := range ids {
		sub = append(sub, xs[id])
	}
	rs, err := loader.Resolve(sub)
	if err != nil {
		t.Fatal(err)
	}
	out := map[schema.DocID][]string{}
	for _, x := range rs {
		qs, err := x.Quads()
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			out[x.Document.ID] = append(out[x.Document.ID], q.String())
		}
		slices.Sort(out[x.Document.ID])
	}
	return out
}

// TestCrashMidLoad loads a corpus of many small documents that repeat names with the
// command in a separate process, kills it (SIGKILL) at several points of the load, and
// after each kill checks the store: it opens; no sentence or entity is left without its
// document; and its quads are exactly those of a store that holds the same documents
// (resolution across them included). Loading again completes the store, which then
// equals the clean load.
func TestCrashMidLoad(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL is a Unix signal")
	}
	exe := binary(t)
	dir := t.TempDir()
	const n = 600
	corpus := crashCorpus(t, dir, n)
	load := func(db string) *exec.Cmd {
		cmd := exec.Command(exe, "load", "--db", db, corpus)
		cmd.Stdout, cmd.Stderr = new(bytes.Buffer), new(bytes.Buffer)
		return cmd
	}
	ctx := context.Background()
	xs := map[schema.DocID]*schema.Extraction{}
	for r, err := range loader.New(nil).ExtractAll(ctx, loader.ReadPaths(ctx, corpus)) {
		if err != nil || r.Err != nil {
			t.Fatal(err, r.Err)
		}
		xs[r.Extraction.Document.ID] = r.Extraction
	}
	clean := filepath.Join(dir, "clean.db")
	start := time.Now()
	if cmd := load(clean); cmd.Run() != nil {
		t.Fatalf("clean load failed:\n%s", cmd.Stderr)
	}
	took := time.Since(start)
	want, _ := quadsByDoc(t, clean)
	if len(want) != n {
		t.Fatalf("the clean load holds %d documents, want %d", len(want), n)
	}
	t.Logf("clean load of %d documents: %v", n, took.Round(time.Millisecond))
	all := slices.Sorted(maps.Keys(xs))
	for id, qs := range resolvedByDoc(t, xs, all) {
		if !slices.Equal(qs, want[id]) {
			t.Fatalf("document %s: the clean load differs from resolving the corpus in this process", id)
		}
	}

	db := filepath.Join(dir, "crashed.db")
	rng := rand.New(rand.NewPCG(6, 2))
	partial := 0
	for i, frac := range []float64{0.15, 0.4, 0.65, 0.85} {
		cmd := load(db)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// A random point near the given fraction of the time a clean load takes.
		at := time.Duration((frac + (rng.Float64()-0.5)*0.2) * float64(took))
		time.Sleep(at)
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		var ee *exec.ExitError
		killed := errors.As(err, &ee) && !ee.Exited()
		if g, err := graph.Open(ctx, db, nil); err != nil { // what the rerun does first
			t.Fatalf("kill %d: the store does not open: %v", i+1, err)
		} else if err := g.Close(); err != nil {
			t.Fatal(err)
		}
		got, quads := quadsByDoc(t, db)
		if len(got) > 0 && len(got) < n {
			partial++
		}
		t.Logf("kill %d after %v (killed: %v): %d of %d documents stored", i+1, at.Round(time.Millisecond), killed, len(got), n)
		ids := slices.Sorted(maps.Keys(got))
		for id, qs := range resolvedByDoc(t, xs, ids) {
			if !slices.Equal(qs, got[id]) {
				t.Fatalf("kill %d: document %s holds %d quads; resolved over the %d documents stored, %d", i+1, id, len(got[id]), len(ids), len(qs))
			}
		}
		checkNoDangling(t, got, quads)
	}
	// The store also opens for writing.
	g, err := graph.Open(context.Background(), db, nil)
	if err != nil {
		t.Fatalf("read-write open after the kills: %v", err)
	}
	g.Close()
	if partial == 0 {
		t.Log("no kill fell in the middle of a load (a fast machine): the checks saw only empty or full stores")
	}
	if cmd := load(db); cmd.Run() != nil {
		t.Fatalf("loading again after the kills failed:\n%s", cmd.Stderr)
	}
	got, _ := quadsByDoc(t, db)
	if len(got) != n {
		t.Errorf("after loading again: %d documents, want %d", len(got), n)
	}
	for id, qs := range want {
		if !slices.Equal(got[id], qs) {
			t.Errorf("after loading again, document %s differs from the clean load", id)
		}
	}
}

// checkNoDangling checks that every sentence and entity in quads belongs to a stored
// document: a sentence's document is stored, and an entity is mentioned by one.
func checkNoDangling(t *testing.T, docs map[schema.DocID][]string, quads []storedQuad) {
	t.Helper()
	mentioned := map[string]bool{}
	for _, q := range quads {
		if q.predicate == string(schema.Mentions) {
			mentioned[q.object] = true
		}
	}
	for _, q := range quads {
		for _, iri := range []string{q.subject, q.object} {
			ref, err := schema.ParseIRI(schema.IRI(iri))
			if err != nil {
				continue
			}
			switch {
			case ref.Kind == schema.SentenceRef || ref.Kind == schema.DocumentRef:
				if _, ok := docs[ref.Doc]; !ok {
					t.Fatalf("quad %s names document %s, which is not stored", q.line, ref.Doc)
				}
			case ref.Kind == schema.EntityRef && !mentioned[iri]:
				t.Fatalf("entity %s is mentioned by no stored document", iri)
			}
		}
	}
}

// TestSecondProcess: while this process holds a store open for writing, the command in
// another process is refused with a clear error naming the file (for writing and for
// reading), and the file is not changed.
func TestSecondProcess(t *testing.T) {
	exe := binary(t)
	ctx := context.Background()
	db := loadedStore(t)
	g, err := graph.Open(ctx, db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	before, _ := os.ReadFile(db)
	for _, args := range [][]string{{"load", "--db", db, corpusDir}, {"stats", "--db", db}} {
		cmd := exec.Command(exe, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 || !strings.Contains(stderr.String(), db) ||
			!strings.Contains(stderr.String(), "locked by another process") {
			t.Errorf("newsgraph %s while another process writes: %v\n%s", args[0], err, stderr.String())
		}
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("a refused process changed the store")
	}
}
