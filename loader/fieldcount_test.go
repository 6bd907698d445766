package loader

import (
	"strings"
	"testing"
)

// fieldCount counts what strings.Fields would cut: ASCII and Unicode spaces, runs of
// them, invalid bytes as words.
func TestFieldCount(t *testing.T) {
	for _, s := range []string{
		"", " ", "Kisumu", "  Bakari   Mwinyi \t said\n", "a\u00a0b", "a\u0085b\u2003c", "\u3000x\u3000",
		"\xff\xfe y", "the Velka\vMovement\f\r", "é è", "\xe2\x80 z",
	} {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
}
