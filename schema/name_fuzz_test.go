package schema_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// FuzzNameKey checks the name normaliser on any string: the key is valid UTF-8, made of
// lower-case letters, digits and single spaces with none at either end; NameKey is
// idempotent; and a name shares its key with the name in brackets and with the name
// followed by a possessive.
func FuzzNameKey(f *testing.F) {
	for _, s := range []string{
		"Marta Kowalczyk", "Józef Piłsudski", "Renée O’Hara's", "Jean-Luc  Picard.", "U.S.", "AT&T",
		"Иван Петров", "محمد رضا", "علی‌اکبر", "ǅemal", "İstanbul", "ß", "ᾼ", "e\u0301", "''s", "'s's",
		"", "   ", "\xff\xfe", "a\u200bb", "ＡＢＣ", "Ⅻ", "x's y",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := schema.NameKey(s)
		if !utf8.ValidString(k) {
			t.Fatalf("NameKey(%q) = %q is not valid UTF-8", s, k)
		}
		if strings.HasPrefix(k, " ") || strings.HasSuffix(k, " ") || strings.Contains(k, "  ") {
			t.Fatalf("NameKey(%q) = %q has stray spaces", s, k)
		}
		for _, r := range k {
			if r != ' ' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				t.Fatalf("NameKey(%q) = %q holds %q", s, k, r)
			}
		}
		if again := schema.NameKey(k); again != k {
			t.Fatalf("NameKey not idempotent: %q -> %q -> %q", s, k, again)
		}
		if p := schema.NameKey("(" + s + ")."); p != k {
			t.Fatalf("punctuation around %q changes its key: %q, not %q", s, p, k)
		}
		if k != "" && !strings.ContainsAny(s, "'’ʼ`") {
			if p := schema.NameKey(s + " 's"); p != k {
				t.Fatalf("NameKey(%q + possessive) = %q, key %q", s, p, k)
			}
		}
	})
}
