package loader

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// TestDataFilesEmbedded: every table the loader reads with eachLine is embedded. eachLine
// reads nothing from a name left out of the go:embed lines, and the loader would run
// without that table and say nothing.
func TestDataFilesEmbedded(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	call := regexp.MustCompile(`eachLine\("([^"]+)"`)
	seen := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllSubmatch(b, -1) {
			seen++
			name := string(m[1])
			if _, err := lexiconFS.Open(name); err != nil {
				t.Errorf("%s reads %s, which is not embedded: %v", f, name, err)
			}
		}
	}
	if seen < 10 {
		t.Errorf("found %d eachLine calls; the test no longer sees them", seen)
	}
}
