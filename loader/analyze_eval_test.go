package loader

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestEvalDump writes the N-Quads of every .txt file of $NEWSGRAPH_EVAL_IN into
// $NEWSGRAPH_EVAL_OUT, for scoring with shared/eval/score.py. It is skipped unless both are
// set. It uses a naive sentence splitter so the semantic stages can be measured alone.
func TestEvalDump(t *testing.T) {
	in, out := os.Getenv("NEWSGRAPH_EVAL_IN"), os.Getenv("NEWSGRAPH_EVAL_OUT")
	if in == "" || out == "" {
		t.Skip("NEWSGRAPH_EVAL_IN and NEWSGRAPH_EVAL_OUT not set")
	}
	files, _ := filepath.Glob(filepath.Join(in, "*.txt"))
	s := newSemantics(nil)
	var quads []schema.Quad
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := schema.DocID(strings.TrimSuffix(filepath.Base(f), ".txt"))
		d := naiveDocument(id, string(b))
		if os.Getenv("NEWSGRAPH_EVAL_DEBUG") != "" {
			dbg, _ := os.OpenFile(out+".debug", os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
			sents := make([][]word, len(d.Sentences))
			for i, st := range d.Sentences {
				sents[i] = words(st.Text)
			}
			dt := newDetector(d, sents)
			for i, ws := range sents {
				fmt.Fprintf(dbg, "%s#%d %s\n   ", id, i+1, d.Sentences[i].Text)
				for _, m := range dt.detect(ws) {
					fmt.Fprintf(dbg, " [%s|%s|%s|t%d]", m.Text, m.Class.Name(), m.Canon, m.Title)
				}
				fmt.Fprintln(dbg)
			}
			dbg.Close()
		}
		ents, facts, err := s.analyze(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		var ss []schema.Sentence
		for _, st := range d.Sentences {
			ss = append(ss, schema.Sentence{N: st.N, Text: st.Text, Start: st.Start, Length: st.Length})
		}
		x := schema.Extraction{Document: schema.Document{ID: id}, Sentences: ss, Entities: ents, Facts: facts}
		q, err := x.Quads()
		if err != nil {
			t.Fatal(err)
		}
		quads = append(quads, q...)
	}
	fo, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer fo.Close()
	if err := schema.WriteNQuads(fo, quads); err != nil {
		t.Fatal(err)
	}
}

// naiveDocument splits text into lines and sentences at ". ", "! ", "? " before a capital.
func naiveDocument(id schema.DocID, text string) *document {
	d := &document{ID: id, Original: []byte(text)}
	start := 0
	flush := func(end int) {
		s := strings.TrimSpace(text[start:end])
		if s != "" {
			off := start + strings.Index(text[start:end], s)
			d.Sentences = append(d.Sentences, sentence{N: len(d.Sentences) + 1, Text: s, Start: off, Length: len(s)})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			flush(i + 1)
			continue
		}
		if (c == '.' || c == '!' || c == '?') && i+2 < len(text) && text[i+1] == ' ' && text[i+2] >= 'A' && text[i+2] <= 'Z' {
			j := i - 1
			for j >= 0 && text[j] != ' ' {
				j--
			}
			w := text[j+1 : i]
			if len(w) <= 2 || w == "Capt" || w == "Gen" || w == "Sept" || w == "Mr" || w == "Dr" || strings.Contains(w, ".") {
				continue
			}
			flush(i + 1)
		}
	}
	flush(len(text))
	return d
}
