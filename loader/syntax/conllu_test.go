package syntax_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loader/syntax"
)

func readTestdata(t testing.TB, name string) []*syntax.Sentence {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var out []*syntax.Sentence
	for s, err := range syntax.ReadCoNLLU(bytes.NewReader(b)) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// TestCoNLLURoundTrip writes sentences back as read: every non-token line is unchanged,
// token lines keep ID, FORM, LEMMA, UPOS, XPOS, HEAD, DEPREL and MISC, and FEATS and DEPS
// become "_".
func TestCoNLLURoundTrip(t *testing.T) {
	in, err := os.ReadFile("testdata/ewt-dev-300.conllu")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	for s, err := range syntax.ReadCoNLLU(bytes.NewReader(in)) {
		if err != nil {
			t.Fatal(err)
		}
		if err := syntax.WriteCoNLLU(&out, s); err != nil {
			t.Fatal(err)
		}
	}
	want := strings.Split(string(in), "\n")
	got := strings.Split(out.String(), "\n")
	if len(got) != len(want) {
		t.Fatalf("wrote %d lines, read %d", len(got), len(want))
	}
	tokens := 0
	for i := range want {
		wf, gf := strings.Split(want[i], "\t"), strings.Split(got[i], "\t")
		if len(wf) != 10 || strings.ContainsAny(wf[0], "-.") {
			if got[i] != want[i] {
				t.Errorf("line %d: got %q, want %q", i+1, got[i], want[i])
			}
			continue
		}
		tokens++
		wf[5], wf[8] = "_", "_"
		if g, w := strings.Join(gf, "\t"), strings.Join(wf, "\t"); g != w {
			t.Errorf("line %d: got %q, want %q", i+1, g, w)
		}
	}
	if tokens == 0 {
		t.Fatal("no token lines")
	}
}

func TestWriteCoNLLUFromScratch(t *testing.T) {
	s := &syntax.Sentence{ID: "s1", Text: "Iran's army.", Tokens: []syntax.Token{
		{Form: "Iran", Lemma: "Iran", UPOS: "PROPN", XPOS: "NNP", Head: 3, Rel: "nmod:poss"},
		{Form: "'s", Lemma: "'s", UPOS: "PART", XPOS: "POS", Head: 1, Rel: "case", SpaceAfter: true},
		{Form: "army", Lemma: "army", UPOS: "NOUN", XPOS: "NN", Head: 0, Rel: "root"},
		{Form: ".", Lemma: ".", UPOS: "PUNCT", XPOS: ".", Head: 3, Rel: "punct", SpaceAfter: true},
	}}
	var b bytes.Buffer
	if err := syntax.WriteCoNLLU(&b, s); err != nil {
		t.Fatal(err)
	}
	want := "# sent_id = s1\n# text = Iran's army.\n" +
		"1\tIran\tIran\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tSpaceAfter=No\n" +
		"2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n" +
		"3\tarmy\tarmy\tNOUN\tNN\t_\t0\troot\t_\tSpaceAfter=No\n" +
		"4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
	}{
		{"nine columns", "1\ta\ta\tX\tX\t_\t0\troot\t_\n", 1},
		{"eleven columns", "1\ta\ta\tX\tX\t_\t0\troot\t_\t_\t_\n", 1},
		{"ID gap", "1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n", 2},
		{"bad head", "# c\n1\ta\ta\tX\tX\t_\tx\troot\t_\t_\n", 2},
		{"empty form", "1\t\ta\tX\tX\t_\t0\troot\t_\t_\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			for _, e := range syntax.ReadCoNLLU(strings.NewReader(tt.in)) {
				if e != nil {
					err = e
				}
			}
			var pe *syntax.ParseError
			if !errors.As(err, &pe) || pe.Line != tt.line || !errors.Is(err, syntax.ErrFormat) {
				t.Errorf("got %v, want a ParseError at line %d", err, tt.line)
			}
		})
	}
}
