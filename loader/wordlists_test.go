package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every list of data/words.txt has entries of its kind and is used by the Go file its
// header names; every list a Go file asks for exists (wordSet panics otherwise, at init).
func TestWordLists(t *testing.T) {
	for name, l := range wordLists() {
		if len(l.lines) == 0 {
			t.Errorf("list %s is empty", name)
		}
		switch l.kind {
		case "", "phrases":
		case "pairs":
			for _, line := range l.lines {
				if !strings.Contains(line, "\t") {
					t.Errorf("list %s: %q has no tab", name, line)
				}
			}
		default:
			t.Errorf("list %s: unknown kind %q", name, l.kind)
		}
	}
	for _, line := range strings.Split(wordsFile, "\n") {
		if !strings.HasPrefix(line, "[") {
			continue
		}
		name, rest, _ := strings.Cut(line[1:], "]")
		file := strings.Fields(rest)[0]
		src, err := os.ReadFile(filepath.Join(".", file))
		if err != nil {
			t.Errorf("list %s: %v", name, err)
			continue
		}
		if !strings.Contains(string(src), `("`+name+`")`) {
			t.Errorf("list %s is not used in %s", name, file)
		}
	}
	if !cancelVerbs["postponed"] || !orgHeads["ministry"] || !stateBodies["air force"] || collectives["insurgents"] != "rebels" {
		t.Error("lists not loaded as written")
	}
}
