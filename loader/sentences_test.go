package loader_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/loader"
)

func TestSplitSentences(t *testing.T) {
	text := "Minister in Paris\n\nGen. Soleimani met U.S. officials on Friday. \"It went well,\" he said.\nThe talks\ncontinued on Saturday.\n"
	want := []string{
		"Minister in Paris",
		"Gen. Soleimani met U.S. officials on Friday.",
		"\"It went well,\" he said.",
		"The talks\ncontinued on Saturday.",
	}
	got := loader.SplitSentences(text)
	if len(got) != len(want) {
		t.Fatalf("got %d sentences %v, want %d", len(got), got, len(want))
	}
	for i, sp := range got {
		if s := text[sp.Start:sp.End]; s != want[i] {
			t.Errorf("sentence %d: %q, want %q", i+1, s, want[i])
		}
	}
	if got := loader.SplitSentences("  \n\n "); len(got) != 0 {
		t.Errorf("blank text: %v", got)
	}
}
