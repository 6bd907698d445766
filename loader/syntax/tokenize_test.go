package syntax_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loader/syntax"
)

// forms renders tokens as their forms, "|" after a token with no space after it.
func forms(toks []syntax.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Form)
		if !t.SpaceAfter {
			b.WriteByte('|')
		}
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text, want, reason string
	}{
		{"possessive", "Russia's army", "Russia| 's army", "'s is its own token"},
		{"plural possessive", "the states' rights", "the states| ' rights", "a bare apostrophe after -s is the possessive"},
		{"negation", "They don't know.", "They do| n't know| .", "n't splits as in EWT"},
		{"can't", "I can't", "I ca| n't", "EWT writes 'ca'"},
		{"cannot", "We cannot", "We can| not", "cannot is can + not"},
		{"gonna", "gonna win", "gon| na win", "gon + na"},
		{"clitics", "they'll say we're here and I'm", "they| 'll say we| 're here and I| 'm", "every clitic"},
		{"curly apostrophe", "Iran’s", "Iran| ’s", "the curly apostrophe works too"},
		{"hyphen compound", "Moscow-based pro-Russian", "Moscow| -| based pro-Russian", "compounds split, prefixes kept"},
		{"prefix", "e-mail re-elect non-profit", "e-mail re-elect non-profit", "prefixed words stay whole"},
		{"phone number", "call 713-853-3989", "call 713-853-3989", "digits on both sides"},
		{"quotes", `he said "no" (twice)`, `he said "| no| " (| twice| )`, "quotes and brackets split"},
		{"abbreviations", "The U.S. and Mr. Smith met Gen. J. Doe at 3 p.m. today", "The U.S. and Mr. Smith met Gen. J. Doe at 3 p.m. today", "abbreviations keep their dots"},
		{"final dot after abbreviation", "Apple Inc.", "Apple Inc| .", "the treebank splits the sentence's last dot"},
		{"numbers", "$1,000.50 rose 5% on 3:30", "$| 1,000.50 rose 5| % on 3:30", "numbers stay whole, currency and percent split"},
		{"url", "see https://example.com/a?b=c.", "see https://example.com/a?b=c| .", "a URL keeps its inner punctuation"},
		{"email", "write to bob@example.com, please", "write to bob@example.com| , please", "an address is one token"},
		{"dashes", "say--and more", "say| --| and more", "a double hyphen separates words"},
		{"ellipsis", "wait... what", "wait| ... what", "an ellipsis is one token"},
		{"non-Latin", "«Привет», сказал он. 東京は大きい。", "«| Привет| »| , сказал он| . 東京は大きい| 。", "punctuation of any script"},
		{"slash", "and/or Mozilla/Firefox 1/2", "and| /| or Mozilla| /| Firefox 1/2", "a slash between words is a token"},
		{"runs", "Wow!!! ===== :-)", "Wow| !!! ===== :-)", "a run of one punctuation mark is one token; emoticons stay whole"},
		{"empty", " \t\n ", "", "no tokens"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := syntax.Tokenize(tt.text)
			if got := forms(toks); got != tt.want {
				t.Errorf("Tokenize(%q) = %q, want %q (%s)", tt.text, got, tt.want, tt.reason)
			}
			last := 0
			for _, tk := range toks {
				if tk.Start < last || tk.End <= tk.Start || tt.text[tk.Start:tk.End] != tk.Form {
					t.Errorf("token %q has span [%d,%d) after %d", tk.Form, tk.Start, tk.End, last)
				}
				last = tk.End
			}
		})
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Russia's pro-Russian don't", "U.S. $5 5% e-mail --x ...", "«Привет»", "'s", "''", "a'b's'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, tk := range syntax.Tokenize(s) {
			if tk.Start < last || tk.End <= tk.Start || tk.End > len(s) || s[tk.Start:tk.End] != tk.Form {
				t.Fatalf("Tokenize(%q): token %q with span [%d,%d) after %d", s, tk.Form, tk.Start, tk.End, last)
			}
			if strings.TrimSpace(tk.Form) != tk.Form {
				t.Fatalf("Tokenize(%q): token %q holds white space", s, tk.Form)
			}
			last = tk.End
		}
	})
}
