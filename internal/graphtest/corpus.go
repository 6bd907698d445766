package graphtest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// NamesCorpus returns the path of a small JSON-lines corpus of real articles (24 Wikinews
// articles, CC BY 2.5, see testdata/README.md) that name the same people in different
// ways across articles, for tests of resolution across documents.
func NamesCorpus(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("graphtest: cannot locate the package's folder")
	}
	return filepath.Join(filepath.Dir(file), "testdata", "wikinews-names.jsonl")
}

// SharedCorpus returns the path of a file of the shared corpora: in the folder
// $NEWSGRAPH_CORPORA, or else ../shared/corpora beside the module root. It skips the test
// when the file is missing.
func SharedCorpus(t testing.TB, name string) string {
	t.Helper()
	dir := os.Getenv("NEWSGRAPH_CORPORA")
	if dir == "" {
		_, file, _, ok := runtime.Caller(0)
		if !ok {
			t.Fatal("graphtest: cannot locate the package's folder")
		}
		dir = filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "corpora")
	}
	p := filepath.Join(dir, name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("corpus %s not found (set NEWSGRAPH_CORPORA to the folder of the shared corpora): %v", name, err)
	}
	return p
}
