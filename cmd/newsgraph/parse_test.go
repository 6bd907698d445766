package main

import (
	"github.com/newsgraph/newsgraph/loader"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParseCoNLLURoundTrip parses a CoNLL-U file with --conllu: every comment,
// multiword-token and empty-node line comes back unchanged, every token line keeps its ID,
// FORM and MISC and gets predicted LEMMA, UPOS, XPOS, HEAD and DEPREL, with FEATS and
// DEPS "_". The same through standard input.
func TestParseCoNLLURoundTrip(t *testing.T) {
	path := filepath.Join("..", "..", "loader", "syntax", "testdata", "ewt-dev-300.conllu")
	in, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd(t, "", "parse", "--conllu", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	_, out2, _ := runCmd(t, string(in), "parse", "--conllu", "-")
	if out2 != out {
		t.Errorf("standard input gives another output than the file")
	}
	want := strings.Split(string(in), "\n")
	got := strings.Split(out, "\n")
	if len(got) != len(want) {
		t.Fatalf("%d lines out, %d in", len(got), len(want))
	}
	tokens, mwt, empty := 0, 0, 0
	for i := range want {
		wf, gf := strings.Split(want[i], "\t"), strings.Split(got[i], "\t")
		if len(wf) != 10 || strings.ContainsAny(wf[0], "-.") {
			if got[i] != want[i] {
				t.Errorf("line %d changed: %q -> %q", i+1, want[i], got[i])
			}
			if len(wf) == 10 && strings.Contains(wf[0], "-") {
				mwt++
			} else if len(wf) == 10 {
				empty++
			}
			continue
		}
		tokens++
		if len(gf) != 10 || gf[0] != wf[0] || gf[1] != wf[1] || gf[9] != wf[9] || gf[5] != "_" || gf[8] != "_" {
			t.Fatalf("line %d: %q for %q", i+1, got[i], want[i])
		}
		for _, c := range []int{2, 3, 4, 6, 7} {
			if gf[c] == "_" || gf[c] == "" {
				t.Fatalf("line %d: column %d not predicted: %q", i+1, c+1, got[i])
			}
		}
	}
	if tokens != 5708 || mwt == 0 || empty == 0 {
		t.Errorf("%d token lines, %d multiword tokens, %d empty nodes", tokens, mwt, empty)
	}
}

func TestParseText(t *testing.T) {
	text := "Russia's foreign minister met Iranian officials in Moscow. They didn't say more.\n"
	code, out, errOut := runCmd(t, text, "parse", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	id := string(loader.StdinID([]byte(text))) // standard input's document id
	for _, want := range []string{
		"# newdoc id = " + id + "\n",
		"# sent_id = " + id + "-1\n# text = Russia's foreign minister met Iranian officials in Moscow.\n",
		"1\tRussia\tRussia\tPROPN\tNNP\t_\t",
		"\tSpaceAfter=No\n2\t's\t",
		"# sent_id = " + id + "-2\n# text = They didn't say more.\n",
		"2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\tSpaceAfter=No\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if code, _, errOut := runCmd(t, "", "parse", "--conllu", "no-such-file"); code != 1 || !strings.Contains(errOut, "no-such-file") {
		t.Errorf("a missing file: exit %d, %q", code, errOut)
	}
	if code, _, _ := runCmd(t, "", "parse"); code != 2 {
		t.Errorf("no argument: exit %d, want 2", code)
	}
	if code, _, errOut := runCmd(t, "1\tbad\n", "parse", "--conllu", "-"); code != 1 || !strings.Contains(errOut, "line 1") {
		t.Errorf("bad CoNLL-U: exit %d, %q", code, errOut)
	}
}
