// Command clusters computes the word clusters the tagger and parser of package syntax
// use, and writes them as loader/syntax/clusters/news.txt:
//
//	go run ./loader/syntax/clusters
//
// It reads the "text" of every article of the shared news corpora (-corpora, default
// ../shared/corpora: reuters21578, bbc-news-2225 and wikinews-2019-2020 .jsonl.gz) and
// the sentences of UD English EWT's train file (-treebank), tokenises them with
// syntax.Tokenize, and clusters the words seen at least -min times (lower case, digits
// as 0) with the predictive exchange algorithm (Uszkoreit and Brants 2008: a word's class
// predicts the next word), first into -fine classes, then those classes into -mid
// classes and those into -coarse, by the same algorithm. Each line of the output is
// "path<TAB>word<TAB>count", the path being "coarse.mid.fine" class numbers. The output
// depends only on the inputs and the flags: the same corpora give the same bytes.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/syntax"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "clusters:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("clusters", flag.ContinueOnError)
	corpora := fs.String("corpora", "../shared/corpora", "the news corpora `DIR`")
	treebank := fs.String("treebank", "../shared/data/ud-english-ewt", "the UD English EWT `DIR` (its train file only)")
	out := fs.String("out", "loader/syntax/clusters/news.txt", "the output `FILE`")
	minCount := fs.Int("min", 3, "cluster words seen at least this many times")
	fine := fs.Int("fine", 800, "fine classes")
	mid := fs.Int("mid", 100, "middle classes")
	coarse := fs.Int("coarse", 16, "coarse classes")
	iters := fs.Int("iter", 12, "exchange iterations")
	if err := fs.Parse(args); err != nil {
		return err
	}
	start := time.Now()
	vocab := map[string]int32{}
	var words []string
	var text []int32 // word ids, -1 between sentences
	addToks := func(toks []syntax.Token) {
		for _, t := range toks {
			w := normWord(t.Form)
			id, ok := vocab[w]
			if !ok {
				id = int32(len(words))
				vocab[w] = id
				words = append(words, w)
			}
			text = append(text, id)
		}
		text = append(text, -1)
	}
	for _, name := range []string{"reuters21578.jsonl.gz", "bbc-news-2225.jsonl.gz", "wikinews-2019-2020.jsonl.gz"} {
		if err := readCorpus(filepath.Join(*corpora, name), func(par string) {
			addToks(syntax.Tokenize(par))
		}); err != nil {
			return err
		}
	}
	f, err := os.Open(filepath.Join(*treebank, "en_ewt-ud-train.conllu.gz"))
	if err != nil {
		return err
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	for s, err := range syntax.ReadCoNLLU(zr) {
		if err != nil {
			return err
		}
		addToks(s.Tokens)
	}
	f.Close()
	fmt.Fprintf(os.Stderr, "read %d tokens, %d types in %.1f s\n", len(text), len(words), time.Since(start).Seconds())

	// Vocabulary by frequency (ties by word); rare words share the id "other".
	count := make([]int, len(words))
	for _, id := range text {
		if id >= 0 {
			count[id]++
		}
	}
	order := make([]int32, len(words))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		return strings.Compare(words[a], words[b])
	})
	V := 0
	for V < len(order) && count[order[V]] >= *minCount {
		V++
	}
	rank := make([]int32, len(words))
	for r, id := range order {
		rank[id] = int32(min(r, V)) // V: other
	}
	// Successor counts between ranks (sentence ends as the "other" successor).
	type pair struct{ v, w int32 }
	pc := map[pair]int32{}
	for i := 0; i+1 < len(text); i++ {
		if text[i] < 0 {
			continue
		}
		v := rank[text[i]]
		w := int32(V)
		if text[i+1] >= 0 {
			w = rank[text[i+1]]
		}
		pc[pair{v, w}]++
	}
	succ := make([][]cell, V+1)
	for p, n := range pc {
		succ[p.v] = append(succ[p.v], cell{p.w, n})
	}
	for v := range succ {
		slices.SortFunc(succ[v], func(a, b cell) int { return int(a.k - b.k) })
	}
	items := succ[:V]
	fmt.Fprintf(os.Stderr, "%d words to cluster, %d bigram types\n", V, len(pc))

	fineOf := exchange(items, V+1, *fine, *iters)
	fmt.Fprintf(os.Stderr, "fine classes in %.1f s\n", time.Since(start).Seconds())
	midOf := exchange(group(items, fineOf, *fine), V+1, *mid, *iters)
	coarseOf := exchange(group(group(items, fineOf, *fine), midOf, *mid), V+1, *coarse, *iters)
	fmt.Fprintf(os.Stderr, "all classes in %.1f s\n", time.Since(start).Seconds())

	var b strings.Builder
	for r := range V {
		id := order[r]
		fc := fineOf[r]
		mc := midOf[fc]
		fmt.Fprintf(&b, "%d.%d.%d\t%s\t%d\n", coarseOf[mc], mc, fc, words[id], count[id])
	}
	return os.WriteFile(*out, []byte(b.String()), 0o644)
}

// cell is a successor and its count.
type cell struct {
	k int32
	n int32
}

// group merges the successor lists of items by their class.
func group(items [][]cell, class []int32, C int) [][]cell {
	m := make([]map[int32]int32, C)
	for i := range m {
		m[i] = map[int32]int32{}
	}
	for v, cs := range items {
		for _, c := range cs {
			m[class[v]][c.k] += c.n
		}
	}
	out := make([][]cell, C)
	for c := range m {
		for k, n := range m[c] {
			out[c] = append(out[c], cell{k, n})
		}
		slices.SortFunc(out[c], func(a, b cell) int { return int(a.k - b.k) })
	}
	return out
}

func xlogx(x float64) float64 {
	if x <= 0 {
		return 0
	}
	return x * math.Log(x)
}

// exchange clusters items (each a list of successor counts over W successors) into C
// classes, maximising the likelihood of the successors given the class of the item
// (the predictive class bigram model), by moving one item at a time to its best class.
// Items are visited in order; the first class wins ties. It returns the class of each item.
func exchange(items [][]cell, W, C, iters int) []int32 {
	n := len(items)
	class := make([]int32, n)
	for v := range class {
		class[v] = int32(v % C)
	}
	// cnt[w*C+c]: successor w after class c; nz[w]: the classes with cnt > 0 (lazily pruned).
	cnt := make([]int32, W*C)
	nz := make([][]int32, W)
	inNZ := make([]bool, W*C)
	tot := make([]float64, C)
	add := func(v int, c int32, sign int32) {
		for _, x := range items[v] {
			p := int(x.k)*C + int(c)
			if sign > 0 && !inNZ[p] {
				nz[x.k] = append(nz[x.k], c)
				inNZ[p] = true
			}
			cnt[p] += sign * x.n
			tot[c] += float64(sign * x.n)
		}
	}
	for v := range items {
		add(v, class[v], 1)
	}
	delta := make([]float64, C)
	for it := range iters {
		moved := 0
		for v := range items {
			if len(items[v]) == 0 {
				continue
			}
			a := class[v]
			add(v, a, -1)
			tv := 0.0
			base := 0.0
			for _, x := range items[v] {
				tv += float64(x.n)
				base += xlogx(float64(x.n))
			}
			clear(delta)
			for _, x := range items[v] {
				nx := float64(x.n)
				cs := nz[x.k][:0]
				for _, c := range nz[x.k] {
					m := cnt[int(x.k)*C+int(c)]
					if m == 0 {
						inNZ[int(x.k)*C+int(c)] = false
						continue
					}
					cs = append(cs, c)
					fm := float64(m)
					delta[c] += xlogx(fm+nx) - xlogx(fm) - xlogx(nx)
				}
				nz[x.k] = cs
			}
			best, bestD := a, math.Inf(-1)
			for c := range C {
				d := base + delta[c] - (xlogx(tot[c]+tv) - xlogx(tot[c]))
				if d > bestD+1e-9 {
					best, bestD = int32(c), d
				}
			}
			if best != a {
				moved++
			}
			class[v] = best
			add(v, best, 1)
		}
		fmt.Fprintf(os.Stderr, "  exchange C=%d iteration %d: %d moved\n", C, it+1, moved)
		if moved == 0 {
			break
		}
	}
	return class
}

// readCorpus calls fn with every paragraph of the "text" of each line of a .jsonl.gz file.
func readCorpus(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	br := bufio.NewReaderSize(zr, 1<<20)
	for {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			var doc struct{ Text string }
			if err := json.Unmarshal(line, &doc); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			for par := range strings.SplitSeq(doc.Text, "\n") {
				if strings.TrimSpace(par) != "" {
					fn(par)
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
}

// normWord is the form of a word the clusters are keyed by: lower case, digits as 0. It
// must agree with package syntax, which normalises the words of a clusters file the same
// way when it trains.
func normWord(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '0'
		}
		return unicode.ToLower(r)
	}, s)
}
