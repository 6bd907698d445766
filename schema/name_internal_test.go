package schema

import "testing"

// FuzzASCIINameKey checks that the ASCII fast path of NameKey gives the key of the
// general path for every ASCII name, and declines every other name.
func FuzzASCIINameKey(f *testing.F) {
	for _, s := range []string{
		"", " ", "a", "abc def", "abc  def", " abc", "abc ", "Marta Kowalczyk's", "O'Hara",
		"x's y", "'s", "''s", "AT&T", "U.S.", "Jean-Luc Picard", "it`s", "a's1", "Kim Jong-un",
		"tab\there", "José", "\x80",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fast, ok := asciiNameKey(s)
		ascii := true
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				ascii = false
			}
		}
		if ok != ascii {
			t.Fatalf("asciiNameKey(%q) ok = %v, want %v", s, ok, ascii)
		}
		if ok && fast != runesNameKey(s) {
			t.Fatalf("asciiNameKey(%q) = %q, general path %q", s, fast, runesNameKey(s))
		}
	})
}
