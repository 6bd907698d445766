// Command train trains the tagger and parser of package syntax on the train file of UD
// English EWT and writes the model:
//
//	go run ./loader/syntax/train -treebank /work/shared/data/ud-english-ewt
//
// It reads only en_ewt-ud-train.conllu(.gz) from the treebank directory (default
// ../shared/data/ud-english-ewt, relative to the module root) and the word clusters
// (default loader/syntax/clusters/news.txt, "-clusters ”" for none), and writes the
// model to -out (default loader/syntax/en_ewt.model.gz, the embedded model). The same
// data, options and seed give a byte-identical model. With -eval FILE it also scores
// the model on a CoNLL-U file (for model selection, use the dev file; never train on it);
// with -model FILE it trains nothing and scores that model on the -eval file. -cpuprofile
// writes a CPU profile of the training.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/loader/syntax"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	treebank := fs.String("treebank", "../shared/data/ud-english-ewt", "the UD English EWT `DIR`")
	out := fs.String("out", "loader/syntax/en_ewt.model.gz", "the model `FILE` to write")
	clus := fs.String("clusters", "loader/syntax/clusters/news.txt", "word clusters `FILE` (bit string, word, count a line); '' for none")
	eval := fs.String("eval", "", "score the model on this CoNLL-U `FILE` (e.g. the dev file)")
	var o syntax.TrainOptions
	fs.IntVar(&o.TagEpochs, "tag-epochs", 0, "tagger epochs (0: default)")
	fs.IntVar(&o.ParseEpochs, "parse-epochs", 0, "parser epochs (0: default)")
	fs.IntVar(&o.Folds, "folds", 0, "jackknife folds (0: default; 1: gold tags)")
	fs.Float64Var(&o.Explore, "explore", 0, "exploration probability (0: default)")
	fs.Uint64Var(&o.Seed, "seed", 1, "random seed")
	fs.BoolVar(&o.Factored, "factored", false, "choose the transition, then its label (default: labelled transitions)")
	fs.StringVar(&o.TagCache, "tag-cache", "", "keep the jackknifed tags in this `FILE` between runs (read if it matches, else written)")
	fs.IntVar(&o.ExploreFrom, "explore-from", 0, "first epoch (from 1) that follows the parser's mistakes (0: default)")
	fs.IntVar(&o.Update, "update", 0, "parser update: 0 perceptron, 1 passive-aggressive, 2 against all violations")
	fs.Uint64Var(&o.ParseSeed, "parse-seed", 0, "the parser's seed, if not -seed")
	fs.IntVar(&o.Beam, "beam", 0, "train the parser globally with this beam width after the greedy epochs (0: greedy only)")
	fs.IntVar(&o.BeamEpochs, "beam-epochs", 0, "epochs of beam training (0: default)")
	fs.IntVar(&o.BeamAverage, "beam-average", 0, "where beam training's average starts: 0 the last greedy weights, 1 the greedy average, 2 goes on from the greedy average")
	fs.BoolVar(&o.BeamOneLabel, "beam-one-label", false, "in beam training, only the best label of each arc is a candidate (default: every labelled arc)")
	fs.IntVar(&o.Soup, "soup", 0, "train this many parsers with consecutive seeds and keep the mean of their weights (0 or 1: one)")
	fs.IntVar(&o.DecodeBeam, "decode-beam", 0, "the beam the model decodes with, if not -beam (1: greedy)")
	evalBeam := fs.Int("eval-beam", -1, "score with this decoding beam (0 or 1: greedy with branching; -1: the model's own)")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to `FILE`")
	score := fs.String("model", "", "train nothing: score this model `FILE` on -eval")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	if *score != "" {
		b, err := os.ReadFile(*score)
		if err != nil {
			return err
		}
		return evaluate(b, *eval, *evalBeam)
	}
	start := time.Now()
	path := filepath.Join(*treebank, "en_ewt-ud-train.conllu.gz")
	if _, err := os.Stat(path); err != nil {
		path = strings.TrimSuffix(path, ".gz")
	}
	train, err := readFile(path)
	if err != nil {
		return err
	}
	if *clus != "" {
		o.Clusters, err = readClusters(*clus)
		if err != nil {
			return err
		}
	}
	o.Info = "newsgraph syntax model: tagger and parser trained on UD English EWT v2.15 train " +
		"(CC BY-SA 4.0; see loader/data/NOTICE)"
	if len(o.Clusters) > 0 {
		o.Info += ", word clusters from the Reuters-21578, BBC News and Wikinews corpora"
	}
	m, err := syntax.Train(train, &o)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(os.Stderr, "trained on %d sentences in %.1f s; wrote %s (%d bytes); heap peak sys %d MB\n",
		len(train), time.Since(start).Seconds(), *out, buf.Len(), ms.Sys>>20)
	if *eval != "" {
		return evaluate(buf.Bytes(), *eval, *evalBeam)
	}
	return nil
}

// evaluate scores the model in b on the CoNLL-U file path, from its forms.
func evaluate(b []byte, path string, beam int) error {
	if path == "" {
		return fmt.Errorf("-model needs -eval")
	}
	{
		gold, err := readFile(path)
		if err != nil {
			return err
		}
		t0 := time.Now()
		m2, err := syntax.Load(bytes.NewReader(b))
		if err != nil {
			return err
		}
		load := time.Since(t0)
		if beam >= 0 {
			if m2, err = m2.WithBeam(beam); err != nil {
				return err
			}
		}
		pred := make([]*syntax.Sentence, len(gold))
		t0 = time.Now()
		for i, g := range gold {
			s := &syntax.Sentence{Tokens: make([]syntax.Token, len(g.Tokens))}
			for j, t := range g.Tokens {
				s.Tokens[j] = syntax.Token{Form: t.Form, Start: -1, End: -1}
			}
			m2.Parse(s.Tokens)
			pred[i] = s
		}
		el := time.Since(t0)
		sc, err := syntax.Evaluate(gold, pred)
		if err != nil {
			return err
		}
		fmt.Printf("%s: %s\n", path, sc)
		fmt.Printf("load %.3f s; parse %.0f tokens/s\n", load.Seconds(), float64(sc.Tokens)/el.Seconds())
		for _, r := range []string{"nsubj", "obj", "iobj", "obl", "nmod", "appos", "conj", "cc", "compound", "flat", "amod", "advmod", "acl", "advcl", "xcomp", "ccomp", "case", "det", "mark", "aux", "cop", "punct", "root", "parataxis", "nummod"} {
			rs := sc.Relation(r)
			fmt.Printf("  %-10s gold %5d  P %5.1f  R %5.1f  F1 %5.1f\n", r, rs.Gold, rs.P, rs.R, rs.F1)
		}
	}
	return nil
}

func readFile(path string) ([]*syntax.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		r = zr
	}
	var out []*syntax.Sentence
	for s, err := range syntax.ReadCoNLLU(r) {
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, s)
	}
	return out, nil
}

// readClusters reads "bits<TAB>word<TAB>count" lines (the format of Liang's wcluster).
func readClusters(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for line := range strings.Lines(string(b)) {
		f := strings.Split(strings.TrimRight(line, "\n"), "\t")
		if len(f) < 2 {
			continue
		}
		m[f[1]] = f[0]
	}
	return m, nil
}
