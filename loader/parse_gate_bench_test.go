package loader

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseGate counts what the tree layer's gate sends to the parser on the BBC
// corpus (NEWSGRAPH_CORPORA, or ../shared/corpora beside the module): the share of
// sentences and words parsed, reported as metrics. It parses nothing: the gate alone is
// timed.
func BenchmarkParseGate(b *testing.B) {
	dir := os.Getenv("NEWSGRAPH_CORPORA")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "corpora")
	}
	path := filepath.Join(dir, "bbc-news-2225.jsonl.gz")
	if _, err := os.Stat(path); err != nil {
		b.Skipf("corpus not found at %s (set NEWSGRAPH_CORPORA): %v", path, err)
	}
	var docs []*document
	for src, err := range ReadPaths(context.Background(), path) {
		if err != nil {
			b.Fatal(err)
		}
		d := textStages(src)
		sents := make([][]word, len(d.Sentences))
		for i, st := range d.Sentences {
			sents[i] = words(st.Text)
		}
		dt := newDetector(d, sents)
		d.words, d.mentions = sents, make([][]mention, len(sents))
		for i, ws := range sents {
			d.mentions[i] = dt.detect(ws)
		}
		docs = append(docs, d)
	}
	b.ResetTimer()
	var sents, parsed, nwords, parsedWords int
	for range b.N {
		sents, parsed, nwords, parsedWords = 0, 0, 0, 0
		for _, d := range docs {
			count := func(text string, _ []nameSpan) []node {
				parsedWords += len(words(text))
				return []node{}
			}
			for i := range d.Sentences {
				sents++
				nwords += len(d.words[i])
			}
			for _, ns := range parseCandidates(d, count) {
				if ns != nil {
					parsed++
				}
			}
		}
	}
	b.ReportMetric(float64(parsed)/float64(sents)*100, "%sentences")
	b.ReportMetric(float64(parsedWords)/float64(nwords)*100, "%words")
	b.ReportMetric(float64(parsedWords), "words-parsed")
}
