package eval_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/schema"
)

func scoreFile(t *testing.T, goldDir, nq string) eval.Report {
	t.Helper()
	g, err := eval.ReadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(nq)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	quads, bad, err := eval.ParseNQuads(f)
	if err != nil {
		t.Fatal(err)
	}
	rep := eval.Score(g, quads)
	rep.UnparsedLines = bad
	return rep
}

// TestScoreFixture checks the port on a hand-made gold set (testdata/fixture) whose
// predictions exercise every rule: a capital that is also its country's alias, a name
// spanning two gold entities (over-merged), majority votes, a node outside the gold set,
// a reversed symmetric fact, a quad without a label, escapes, a compatibility
// character, comments and a line that is not a quad. want.txt is score.py's output.
func TestScoreFixture(t *testing.T) {
	rep := scoreFile(t, "testdata/fixture", "testdata/fixture/predicted.nq")
	checks := []struct {
		name      string
		got, want any
	}{
		{"quads", rep.Quads, 30},
		{"unparsed", rep.UnparsedLines, 1},
		{"entities", rep.Entities, eval.PRF{P: 0.875, R: 0.875, F1: 0.875, Gold: 8, Pred: 8, Correct: 7}},
		{"facts", rep.Facts, eval.PRF{P: 0.714, R: 0.833, F1: 0.769, Gold: 6, Pred: 7, Correct: 5}},
		{"evidence", rep.Evidence, eval.PRF{P: 0.714, R: 0.714, F1: 0.714, Gold: 7, Pred: 7, Correct: 5}},
		{"over-merged", rep.OverMergedEntities, 1},
		{"unknown", rep.FactsWithUnknownEntity, 1},
		{"missed", len(rep.Missed), 1},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %+v, want %+v", c.name, c.got, c.want)
		}
	}
	var buf bytes.Buffer
	if err := rep.WriteText(&buf, 5); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/fixture/want.txt")
	if err != nil {
		t.Fatal(err)
	}
	if buf.String() != string(want) {
		t.Errorf("WriteText differs from score.py:\n--- got\n%s--- want\n%s", buf.String(), want)
	}
}

func TestNorm(t *testing.T) {
	tests := []struct{ in, want, reason string }{
		{"Marta Kowalczyk", "marta kowalczyk", "lower case"},
		{"  Józef  Piłsudski. ", "jozef pi sudski", "ł has no decomposition: a separator, as in score.py"},
		{"Kowalczyk’s", "kowalczyk", "curly possessive dropped"},
		{"ALI'S", "ali", "possessive after lower-casing"},
		{"Hans", "hans", "a final s that is not possessive stays"},
		{"al-Qa'ida", "al qa ida", "an apostrophe not before s separates"},
		{"\u216CAKE", "lake", "compatibility characters decompose (NFKD)"},
		{"e\u0301te\u0301", "ete", "combining marks vanish without a separator"},
		{"Иван", "", "other scripts are separators"},
		{"½ and ﬁne", "1 2 and fine", "fractions and ligatures decompose"},
	}
	for _, tt := range tests {
		if got := eval.Norm(tt.in); got != tt.want {
			t.Errorf("Norm(%q) = %q, want %q (%s)", tt.in, got, tt.want, tt.reason)
		}
	}
}

func TestFromSchemaMatchesParse(t *testing.T) {
	e := schema.Entity{IRI: schema.EntityIRI("Iskra Petrova"), Name: "Iskra \"Petrova\"", Class: schema.Person}
	x := &schema.Extraction{
		Document:  schema.Document{ID: "d 1"},
		Sentences: []schema.Sentence{{N: 1, Text: "Petrova spoke.", Start: 0, Length: 14}},
		Entities:  []schema.Entity{e},
	}
	qs, err := x.Quads()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := schema.WriteNQuads(&buf, qs); err != nil {
		t.Fatal(err)
	}
	parsed, bad, err := eval.ParseNQuads(&buf)
	if err != nil || bad != 0 {
		t.Fatalf("ParseNQuads: bad %d, err %v", bad, err)
	}
	direct := eval.FromSchema(qs)
	if len(parsed) != len(direct) {
		t.Fatalf("%d parsed quads, %d converted", len(parsed), len(direct))
	}
	for i := range parsed {
		if parsed[i] != direct[i] {
			t.Errorf("quad %d: parsed %+v, converted %+v", i, parsed[i], direct[i])
		}
	}
}

func TestReadGoldErrors(t *testing.T) {
	_, err := eval.ParseGold(strings.NewReader("canonical\tclass\taliases\nlonely\n"), strings.NewReader("h\n"))
	var ge *eval.GoldError
	if err == nil || !errorsAs(err, &ge) || ge.Line != 2 {
		t.Errorf("ParseGold on a one-field line: %v, want a *GoldError at line 2", err)
	}
	if _, err := eval.ReadGold(t.TempDir()); err == nil || !strings.Contains(err.Error(), "entities.tsv") {
		t.Errorf("ReadGold on an empty directory: %v, want an error naming entities.tsv", err)
	}
}

// python returns the path of python3, skipping the test when there is none.
func python(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed: score.py agreement not checked (TestScoreFixture still checks the port)")
	}
	return p
}

// TestAgreesWithScorePy runs testdata/score.py and the port on the same inputs and
// compares the whole text report and the JSON numbers.
func TestAgreesWithScorePy(t *testing.T) {
	py := python(t)
	cases := []struct{ gold, nq string }{
		{"testdata/fixture", "testdata/fixture/predicted.nq"},
		{"testdata/seeds", writeGoldAsQuads(t, "testdata/seeds")},
		{"testdata/fixture", writeGoldAsQuads(t, "testdata/seeds")},
		{"testdata/seeds", "testdata/fixture/predicted.nq"},
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.gold)+"/"+filepath.Base(c.nq), func(t *testing.T) {
			out, err := exec.Command(py, "testdata/score.py", c.gold, c.nq, "--show-errors", "20").Output()
			if err != nil {
				t.Fatalf("score.py: %v", err)
			}
			rep := scoreFile(t, c.gold, c.nq)
			var buf bytes.Buffer
			rep.WriteText(&buf, 20)
			if buf.String() != string(out) {
				t.Errorf("text report differs:\n--- port\n%s--- score.py\n%s", buf.String(), out)
			}
			js, err := exec.Command(py, "testdata/score.py", c.gold, c.nq, "--json").Output()
			if err != nil {
				t.Fatalf("score.py --json: %v", err)
			}
			mine, err := json.Marshal(rep)
			if err != nil {
				t.Fatal(err)
			}
			var a, b any
			json.Unmarshal(js, &a)
			json.Unmarshal(mine, &b)
			if ja, jb := mustJSON(a), mustJSON(b); ja != jb {
				t.Errorf("JSON differs:\nport     %s\nscore.py %s", jb, ja)
			}
		})
	}
}

// TestNormAgreesWithPython compares Norm with score.py's norm on awkward strings.
func TestNormAgreesWithPython(t *testing.T) {
	py := python(t)
	inputs := []string{
		"Marta Kowalczyk’s", "İstanbul", "ǅemal Bijedić", "Straße", "ﬀ ﬁ ﬂ", "Ｆｕｌｌｗｉｄｔｈ ＩＤ",
		"Ⅻ Corps", "x²+y³", "𝐁𝐨𝐥𝐝 𝒮𝒸𝓇𝒾𝓅𝓉", "Øresund Æble Œuvre", "ſ and 'ſ", "Dž", "Ŀl", "ŉ",
		"ｓ’S", "µ", "ª º", "Ι\u0345", "tab\there", "  \u00a0trim\u3000 ", "K\u212A", "Å",
	}
	script := "import sys, json\nsys.path.insert(0, 'testdata')\nfrom score import norm\n" +
		"print(json.dumps([norm(s) for s in json.load(sys.stdin)]))\n"
	cmd := exec.Command(py, "-c", script)
	in, _ := json.Marshal(inputs)
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v", err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, s := range inputs {
		if got := eval.Norm(s); got != want[i] {
			t.Errorf("Norm(%q) = %q, score.py %q", s, got, want[i])
		}
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
