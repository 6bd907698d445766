package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/internal/eval"
)

const corpusDir = "../../examples/corpus"

// loadStore loads the bundled corpus into a new store in dir and returns its path.
func loadStore(t *testing.T, dir string) string {
	t.Helper()
	db := filepath.Join(dir, "test.db")
	code, out, errOut := runCmd(t, "", "load", "--db", db, corpusDir)
	if code != 0 {
		t.Fatalf("load: exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "loaded 5 documents (5 new, 0 replaced, 0 failed)") || !strings.Contains(out, ": 5 documents, ") {
		t.Errorf("load summary:\n%s", out)
	}
	return db
}

// loadedStore returns a store of the bundled corpus for the test to change.
func loadedStore(t *testing.T) string { return loadStore(t, t.TempDir()) }

func TestLoad(t *testing.T) {
	db := loadedStore(t)
	// Loading again replaces the documents in place.
	code, out, _ := runCmd(t, "", "load", "--db", db, corpusDir)
	if code != 0 || !strings.Contains(out, "(0 new, 5 replaced, 0 failed)") || !strings.Contains(out, ": 5 documents, ") {
		t.Errorf("reload: exit %d\n%s", code, out)
	}
	// A bad document is reported with its origin; the others are loaded; exit status 1.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("Marta Kowalczyk, the commander of the Northern Guard, visited Valdoria on Monday."), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("\x00\x00\x00 binary"), 0o644)
	code, out, errOut := runCmd(t, "", "load", "--db", db, dir)
	if code != 1 || !strings.Contains(errOut, filepath.Join(dir, "bad.txt")) || !strings.Contains(out, "(1 new, 0 replaced, 1 failed)") || !strings.Contains(out, ": 6 documents") {
		t.Errorf("load with a bad document: exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
}

// sharedStore is one store with the bundled corpus for the tests that only read it.
var sharedStore struct {
	once      sync.Once
	dir, path string
}

func readOnlyStore(t *testing.T) string {
	t.Helper()
	sharedStore.once.Do(func() {
		dir, err := os.MkdirTemp("", "newsgraph-test-")
		if err != nil {
			t.Fatal(err)
		}
		sharedStore.dir = dir
		sharedStore.path = loadStore(t, dir)
	})
	if sharedStore.path == "" {
		t.Fatal("the shared store could not be loaded")
	}
	return sharedStore.path
}

func TestMain(m *testing.M) {
	cleanup := buildCLI() // for the tests that run the command in another process
	code := m.Run()
	cleanup()
	if sharedStore.dir != "" {
		os.RemoveAll(sharedStore.dir)
	}
	os.Exit(code)
}

func TestReadCommands(t *testing.T) {
	db := readOnlyStore(t)
	tests := []struct {
		name string
		args []string
		want []string // substrings of stdout
	}{
		{"stats", []string{"stats"}, []string{"documents  5\n", "facts ", "  commands "}},
		{"entity", []string{"entity", "Quds Force"}, []string{"Quds Force (Organization)  https://newsgraph.dev/id/quds-force", "\ncommands (", "Qassem Soleimani commands Quds Force  ("}},
		{"entity any case", []string{"entity", "quds force"}, []string{"Quds Force (Organization)"}},
		{"facts", []string{"facts", "--predicate", "commands", "--object", "Quds Force"}, []string{"Qassem Soleimani commands Quds Force\n    ", "#s"}},
		{"facts limit", []string{"facts", "--limit", "2"}, []string{"\n2 facts\n"}},
		{"path", []string{"path", "Qassem Soleimani", "Sergey Lavrov"}, []string{"1. ", "from Qassem Soleimani to Serge"}}, // Sergey or Sergei: the articles tie
		{"query", []string{"query", "Quds Force", "in:commands"}, []string{"Qassem Soleimani (Person)\n  Qassem Soleimani commands Quds Force\n      "}},
		{"query one string", []string{"query", "'Quds Force' in:commands"}, []string{"Qassem Soleimani (Person)"}},
		{"query filter", []string{"query", "class:Country", "has:supports=Bashar al-Assad"}, []string{"Iran (Country)"}},
		{"export nquads", []string{"export"}, []string{"<https://newsgraph.dev/id/quds-force> "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{tt.args[0], "--db", db}, tt.args[1:]...)
			code, out, errOut := runCmd(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestJSON(t *testing.T) {
	db := readOnlyStore(t)
	var stats jsonStats
	decode(t, &stats, "stats", "--db", db, "--json")
	if stats.Documents != 5 || stats.Facts == 0 || stats.EntitiesByClass["Person"] == 0 {
		t.Errorf("stats --json: %+v", stats)
	}
	var ent struct {
		Entity jsonEntity
		Facts  []jsonFact
	}
	decode(t, &ent, "entity", "--db", db, "--json", "Quds Force")
	if ent.Entity.Name != "Quds Force" || ent.Entity.Class != "Organization" || len(ent.Facts) == 0 {
		t.Errorf("entity --json: %+v", ent)
	}
	var facts []jsonFact
	decode(t, &facts, "facts", "--db", db, "--json", "--predicate", "commands")
	if len(facts) == 0 || facts[0].Predicate != "commands" || len(facts[0].Evidence) == 0 || facts[0].Evidence[0].Text == "" {
		t.Errorf("facts --json: %+v", facts)
	}
	var chain []jsonFact
	decode(t, &chain, "path", "--db", db, "--json", "Qassem Soleimani", "Sergey Lavrov")
	if len(chain) == 0 {
		t.Error("path --json: empty chain")
	}
	var q struct {
		Entities []jsonEntity
		Facts    []jsonFact
	}
	decode(t, &q, "query", "--db", db, "--json", "Quds Force", "in:commands")
	if len(q.Entities) == 0 || q.Entities[0].Name != "Qassem Soleimani" || len(q.Facts) == 0 {
		t.Errorf("query --json: %+v", q)
	}
}

func decode(t *testing.T, v any, args ...string) {
	t.Helper()
	code, out, errOut := runCmd(t, "", args...)
	if code != 0 {
		t.Fatalf("%q: exit %d: %s", args, code, errOut)
	}
	if err := json.Unmarshal([]byte(out), v); err != nil {
		t.Fatalf("%q: %v\n%s", args, err, out)
	}
}

func TestExportFormats(t *testing.T) {
	db := readOnlyStore(t)
	for _, f := range []string{"nquads", "jsonld", "graphml", "dot", "csv"} {
		code, out, errOut := runCmd(t, "", "export", "--db", db, "--format", f)
		if code != 0 || len(out) < 1000 {
			t.Errorf("export --format %s: exit %d, %d bytes: %s", f, code, len(out), errOut)
		}
		if f == "nquads" {
			quads, bad, _ := eval.ParseNQuads(strings.NewReader(out))
			if bad != 0 || len(quads) == 0 {
				t.Errorf("export: %d quads, %d lines that are not N-Quads", len(quads), bad)
			}
		}
	}
	code, out, _ := runCmd(t, "", "export", "--db", db, "--format", "csv", "--predicate", "commands")
	if code != 0 || !strings.HasPrefix(out, "subject,") || strings.Contains(out, ",supports,") {
		t.Errorf("export --predicate commands: exit %d:\n%s", code, out)
	}
}

func TestRemove(t *testing.T) {
	db := loadedStore(t)
	code, out, errOut := runCmd(t, "", "remove", "--db", db, "003_38c935637d18fa3f", "no-such-doc")
	if code != 1 || !strings.Contains(out, "removed 003_38c935637d18fa3f") || !strings.Contains(errOut, `no document "no-such-doc"`) {
		t.Errorf("remove: exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	_, out, _ = runCmd(t, "", "stats", "--db", db)
	if !strings.Contains(out, "documents  4\n") {
		t.Errorf("after remove:\n%s", out)
	}
}

func TestStoreErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")
	code, _, errOut := runCmd(t, "", "entity", "--db", missing, "Iran")
	if code != 1 || !strings.Contains(errOut, missing+": no such store") {
		t.Errorf("entity on a missing store: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("a read command created the store")
	}
	notStore := filepath.Join(dir, "notes.db")
	os.WriteFile(notStore, []byte("these are not the droids"), 0o644)
	code, _, errOut = runCmd(t, "", "stats", "--db", notStore)
	if code != 1 || !strings.Contains(errOut, notStore) {
		t.Errorf("stats on a file that is not a store: exit %d, %q", code, errOut)
	}
	db := readOnlyStore(t)
	code, _, errOut = runCmd(t, "", "entity", "--db", db, "Nobody Atall")
	if code != 1 || !strings.Contains(errOut, `no entity named "Nobody Atall"`) {
		t.Errorf("unknown entity: exit %d, %q", code, errOut)
	}
}

func TestDemo(t *testing.T) {
	code, out, errOut := runCmd(t, "", "demo")
	if code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	for i, q := range demoQuestions {
		if !strings.Contains(out, q.question) {
			t.Errorf("demo lacks question %d %q", i+1, q.question)
		}
	}
	if !strings.Contains(out, "Loaded the bundled corpus into memory") || !strings.Contains(out, "Qassem Soleimani commands Quds Force\n      0") {
		t.Errorf("demo output:\n%s", out)
	}
}
