package syntax_test

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/loader/syntax"
)

// TestParseFixed checks that ParseFixed with no tag fixed is Parse, that a fixed tag is
// kept and read (one well-formed tree still), and that a pair the model lacks is ignored.
func TestParseFixed(t *testing.T) {
	m := defaultModel(t)
	for _, text := range []string{
		"Militants from the Front attacked Kisumu on Monday.",
		"Bakari Mwinyi, leader of the opposition Party, spoke to reporters in Kisumu.",
		"The Velka Movement said it would not talk.",
	} {
		a, b := syntax.Tokenize(text), syntax.Tokenize(text)
		m.Parse(a)
		m.ParseFixed(b, nil)
		if !slices.Equal(a, b) {
			t.Errorf("%q: ParseFixed(nil) differs from Parse", text)
		}
		c := syntax.Tokenize(text)
		m.ParseFixed(c, make([]bool, len(c)))
		if !slices.Equal(a, c) {
			t.Errorf("%q: ParseFixed(none fixed) differs from Parse", text)
		}
		m.Parse(c) // the pooled scratch forgets the fixed tags
		if !slices.Equal(a, c) {
			t.Errorf("%q: Parse after ParseFixed differs", text)
		}
	}
	// "Front" tagged a proper noun: the verb after it is the sentence's verb.
	toks := syntax.Tokenize("Militants from the Front attacked Kisumu.")
	fixed := make([]bool, len(toks))
	toks[3].UPOS, toks[3].XPOS, fixed[3] = "PROPN", "NNP", true
	m.ParseFixed(toks, fixed)
	checkTree(t, toks)
	if toks[3].UPOS != "PROPN" || toks[3].XPOS != "NNP" {
		t.Errorf("fixed token tagged %s %s", toks[3].UPOS, toks[3].XPOS)
	}
	toks = syntax.Tokenize("Militants from the Front attacked Kisumu.")
	toks[3].UPOS, toks[3].XPOS = "PROPN", "NO-SUCH-TAG"
	want := syntax.Tokenize("Militants from the Front attacked Kisumu.")
	m.Parse(want)
	m.ParseFixed(toks, []bool{false, false, false, true})
	if !slices.Equal(toks, want) {
		t.Errorf("an unknown tag pair changed the parse")
	}
}
