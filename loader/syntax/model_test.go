package syntax_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/syntax"
)

func defaultModel(t testing.TB) *syntax.Model {
	t.Helper()
	m, err := syntax.Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// checkTree fails t unless toks form one tree: every head in range, exactly one root
// (Head 0, Rel "root"), no cycles, every token labelled and tagged.
func checkTree(t testing.TB, toks []syntax.Token) {
	t.Helper()
	roots := 0
	for i, tk := range toks {
		if tk.Head < 0 || tk.Head > len(toks) || tk.Head == i+1 {
			t.Fatalf("token %d %q: head %d out of range", i+1, tk.Form, tk.Head)
		}
		if tk.Rel == "" || tk.UPOS == "" || tk.XPOS == "" {
			t.Fatalf("token %d %q: no relation or tag", i+1, tk.Form)
		}
		if (tk.Head == 0) != (tk.Rel == "root") {
			t.Fatalf("token %d %q: head %d with relation %q", i+1, tk.Form, tk.Head, tk.Rel)
		}
		if tk.Head == 0 {
			roots++
		}
	}
	if len(toks) > 0 && roots != 1 {
		t.Fatalf("%d roots", roots)
	}
	for i := range toks {
		x := i + 1
		for n := 0; x != 0; n++ {
			if n > len(toks) {
				t.Fatalf("token %d is on a cycle", i+1)
			}
			x = toks[x-1].Head
		}
	}
}

// goldForms returns copies of the sentences with only their forms.
func goldForms(gold []*syntax.Sentence) []*syntax.Sentence {
	out := make([]*syntax.Sentence, len(gold))
	for i, g := range gold {
		s := &syntax.Sentence{Tokens: make([]syntax.Token, len(g.Tokens))}
		for j, tk := range g.Tokens {
			s.Tokens[j] = syntax.Token{Form: tk.Form, Start: -1, End: -1}
		}
		out[i] = s
	}
	return out
}

// TestDefaultAccuracy scores the embedded model on the first 300 sentences of EWT dev
// (5,708 tokens). The floors are about two points under what the model scores there,
// so that a broken model fails.
func TestDefaultAccuracy(t *testing.T) {
	m := defaultModel(t)
	gold := readTestdata(t, "ewt-dev-300.conllu")
	pred := goldForms(gold)
	for _, s := range pred {
		m.Parse(s.Tokens)
		checkTree(t, s.Tokens)
	}
	sc, err := syntax.Evaluate(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(sc)
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"UPOS", sc.UPOS, floorUPOS}, {"UAS", sc.UAS, floorUAS}, {"LAS", sc.LAS, floorLAS},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s %.2f, want at least %.2f", f.name, f.got, f.floor)
		}
	}
}

// The model scores UPOS 95.81, UAS 84.86 and LAS 81.78 on testdata/ewt-dev-300.conllu;
// the floors are about two points lower.
const (
	floorUPOS = 94.0
	floorUAS  = 83.0
	floorLAS  = 80.0
)

// TestWellFormed parses odd token sequences: each gives one tree. (That parsing is linear
// in the number of tokens is checked by TestParseSteps, without timing anything.)
func TestWellFormed(t *testing.T) {
	m := defaultModel(t)
	long := make([]string, 5000)
	for i := range long {
		long[i] = []string{"The", "minister", "said", "that", ",", "and", "Moscow", "talks", "."}[i%9]
	}
	tests := []struct {
		name string
		toks []string
	}{
		{"one token", []string{"Hello"}},
		{"one punctuation", []string{"."}},
		{"punctuation only", strings.Fields(`. , ; " ( ) ... -- ! ?`)},
		{"non-Latin", strings.Fields("Владимир Путин встретился с министром . 東京 は 大きい 。")},
		{"numbers", strings.Fields("1 2 3 4,000 5.5 % $")},
		{"long", long},
		{"empty forms", []string{"", "", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := make([]syntax.Token, len(tt.toks))
			for i, f := range tt.toks {
				toks[i] = syntax.Token{Form: f, Start: -1, End: -1}
			}
			start := time.Now()
			m.Parse(toks)
			checkTree(t, toks)
			t.Logf("%d tokens in %v", len(toks), time.Since(start))
		})
	}
	m.Parse(nil) // nothing to do, no panic
	var nilModel *syntax.Model
	nilModel.Parse([]syntax.Token{{Form: "x"}})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"Russia's foreign minister met Iranian officials in Moscow.", "", ".", "“", "a b c d e f g",
		"Путин встретился с министром", "((((((((", "The the the the the"} {
		f.Add(s)
	}
	m, err := syntax.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := syntax.Tokenize(s)
		m.Parse(toks)
		checkTree(t, toks)
	})
}

// TestParseDeterministic parses the same sentence many times, concurrently: the same tree
// every time.
func TestParseDeterministic(t *testing.T) {
	m := defaultModel(t)
	text := "The talks, which lasted three hours, were held in Geneva, the Swiss city, on Monday."
	render := func() string {
		toks := syntax.Tokenize(text)
		m.Parse(toks)
		var b strings.Builder
		for _, tk := range toks {
			fmt.Fprintf(&b, "%s/%s/%d/%s ", tk.Form, tk.XPOS, tk.Head, tk.Rel)
		}
		return b.String()
	}
	want := render()
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if got := render(); got != want {
					errs <- got
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

// TestTrainDeterministic trains twice on a tiny treebank of sentences of our own: the
// same bytes, and a model that loads and parses.
func TestTrainDeterministic(t *testing.T) {
	opts := &syntax.TrainOptions{TagEpochs: 3, ParseEpochs: 4, Folds: 3, Seed: 7, Clusters: map[string]string{"moscow": "1.2.3", "tehran": "1.2.3", "baghdad": "1.2.4"}}
	trainDeterministic(t, opts)
	// Global training with a beam, which the model then decodes with.
	beam := *opts
	beam.Beam, beam.BeamEpochs = 3, 2
	if m := trainDeterministic(t, &beam); m.Beam() != 3 {
		t.Errorf("a model trained with a beam of 3 decodes with %d", m.Beam())
	}
	// The mean of three parsers' weights; a soup of one is the model of one parser.
	soup := *opts
	soup.Soup = 3
	trainDeterministic(t, &soup)
	soup.Soup = 1
	if !bytes.Equal(modelBytes(t, opts), modelBytes(t, &soup)) {
		t.Error("a soup of one parser gives other bytes than one parser")
	}
}

// modelBytes is the file of the model trained with opts on the tiny treebank.
func modelBytes(t *testing.T, opts *syntax.TrainOptions) []byte {
	m, err := syntax.Train(readTestdata(t, "tiny-news.conllu"), opts)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// trainDeterministic trains twice with opts on a tiny treebank of sentences of our own,
// checks that it gives the same bytes and a model that loads and parses, and returns it.
func trainDeterministic(t *testing.T, opts *syntax.TrainOptions) *syntax.Model {
	train := readTestdata(t, "tiny-news.conllu")
	var out [2]bytes.Buffer
	for i := range out {
		m, err := syntax.Train(train, opts)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := m.WriteTo(&out[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
		t.Fatalf("two trainings gave %d and %d bytes that differ", out[0].Len(), out[1].Len())
	}
	m, err := syntax.Load(bytes.NewReader(out[0].Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	toks := syntax.Tokenize("The minister visited Baghdad on Monday.")
	m.Parse(toks)
	checkTree(t, toks)
	var again bytes.Buffer
	if _, err := m.WriteTo(&again); err != nil || !bytes.Equal(again.Bytes(), out[0].Bytes()) {
		t.Errorf("a loaded model writes other bytes (err %v)", err)
	}
	return m
}

func TestTrainErrors(t *testing.T) {
	if _, err := syntax.Train(nil, nil); !errors.Is(err, syntax.ErrTrain) {
		t.Errorf("no sentences: got %v, want ErrTrain", err)
	}
	if _, err := syntax.Train(readTestdata(t, "tiny-news.conllu"), &syntax.TrainOptions{Explore: 2}); !errors.Is(err, syntax.ErrTrain) {
		t.Errorf("exploration 2: got %v, want ErrTrain", err)
	}
	cyclic := &syntax.Sentence{Tokens: []syntax.Token{{Form: "a", Head: 2, Rel: "dep"}, {Form: "b", Head: 1, Rel: "dep"}}}
	if _, err := syntax.Train([]*syntax.Sentence{cyclic}, &syntax.TrainOptions{Folds: 1}); !errors.Is(err, syntax.ErrTrain) {
		t.Errorf("only a cyclic tree: got %v, want ErrTrain", err)
	}
}

func TestLoadErrors(t *testing.T) {
	var good bytes.Buffer
	m, err := syntax.Train(readTestdata(t, "tiny-news.conllu"), &syntax.TrainOptions{TagEpochs: 1, ParseEpochs: 1, Folds: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.WriteTo(&good); err != nil {
		t.Fatal(err)
	}
	for _, in := range [][]byte{nil, []byte("not a model"), good.Bytes()[:good.Len()/2]} {
		if _, err := syntax.Load(bytes.NewReader(in)); !errors.Is(err, syntax.ErrModel) {
			t.Errorf("Load(%d bytes): got %v, want ErrModel", len(in), err)
		}
	}
	// The model cut short at many places, or with a byte changed: an error (or, for a
	// changed weight, a model), never a panic.
	raw := good.Bytes()
	step := max(1, len(raw)/300)
	for cut := 0; cut < len(raw); cut += step {
		if _, err := syntax.Load(bytes.NewReader(raw[:cut])); !errors.Is(err, syntax.ErrModel) {
			t.Fatalf("model cut at %d of %d bytes: got %v, want ErrModel", cut, len(raw), err)
		}
		bad := bytes.Clone(raw)
		bad[cut] ^= 0xff
		if m, err := syntax.Load(bytes.NewReader(bad)); err == nil {
			toks := syntax.Tokenize("The minister met them.")
			m.Parse(toks)
		}
	}
}

// TestWithBeamRange: a beam width outside 0..16 is an error, not a silent clamp, and a
// width in range keeps the model's trees well formed.
func TestWithBeamRange(t *testing.T) {
	m := defaultModel(t)
	for _, k := range []int{-1, 17, 100} {
		if _, err := m.WithBeam(k); err == nil {
			t.Errorf("WithBeam(%d): no error", k)
		}
	}
	mk, err := m.WithBeam(2)
	if err != nil {
		t.Fatal(err)
	}
	if mk.Beam() != 2 || m.Beam() != 0 {
		t.Fatalf("Beam() = %d (copy), %d (original); want 2, 0", mk.Beam(), m.Beam())
	}
	toks := syntax.Tokenize("The envoy met the minister in the capital on Friday.")
	mk.Parse(toks)
	roots := 0
	for _, tk := range toks {
		if tk.Head == 0 {
			roots++
		}
	}
	if roots != 1 {
		t.Fatalf("%d roots, want 1", roots)
	}
}
