package graph_test

import (
	"bytes"
	"context"
	"io"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/graphtest"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/schema"
)

// FuzzNQuadsRoundTrip checks that whatever text a document carries (headline, sentence
// text, entity name, alias, document id), the graph stores it, reads it back and
// exports it as N-Quads that Cayley's reader parses into exactly the document's quads.
func FuzzNQuadsRoundTrip(f *testing.F) {
	for _, x := range graphtest.Docs() {
		f.Add(string(x.Document.ID), x.Document.Headline, x.Sentences[0].Text, x.Entities[0].Name, "alias")
	}
	f.Add("a/b c", "tab\there", "line\nbreak \"quoted\" back\\slash", "Ünïcödé Näme", "ʼapostropheʼ")
	f.Add("x", "", "\x00\x01 control \u2028", "<angle> {brace}", "")
	f.Fuzz(func(t *testing.T, id, headline, text, name, alias string) {
		if !utf8.ValidString(headline+text+name+alias) || schema.DocID(id).Validate() != nil || schema.NameKey(name) == "" {
			return
		}
		e := schema.Entity{IRI: schema.EntityIRI(name), Name: name, Class: schema.Person, Aliases: []string{alias}}
		other := schema.Entity{IRI: schema.EntityIRI(name + " Two"), Name: name + " Two", Class: schema.Person}
		if e.IRI == other.IRI {
			return
		}
		x := &schema.Extraction{
			Document:  schema.Document{ID: schema.DocID(id), Headline: headline},
			Sentences: []schema.Sentence{{N: 1, Text: text, Length: len(text)}},
			Entities:  []schema.Entity{e, other},
			Facts: []schema.Fact{{Subject: e, Predicate: schema.Met, Object: other,
				Evidence: []schema.Evidence{{Doc: schema.DocID(id), Sentence: 1}}}},
		}
		want, err := x.Quads()
		if err != nil {
			return
		}
		ctx := context.Background()
		g := graph.OpenMemory()
		defer g.Close()
		if err := g.AddDocument(ctx, x); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := g.Export(ctx, &buf, graph.NQuads); err != nil {
			t.Fatal(err)
		}
		r := nquads.NewReader(&buf, false)
		var got []string
		for {
			q, err := r.ReadQuad()
			if err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("Cayley cannot read our N-Quads: %v", err)
			}
			sq, err := store.FromQuad(q)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, sq.String())
		}
		var wantS []string
		for _, q := range want {
			wantS = append(wantS, q.String())
		}
		slices.Sort(got)
		if !slices.Equal(got, wantS) {
			t.Errorf("round trip:\nwant %q\n got %q", wantS, got)
		}
		facts := slices.Collect(func(yield func(schema.Fact) bool) {
			for f, err := range g.Facts(ctx, graph.FactQuery{}) {
				if err != nil || !yield(f) {
					return
				}
			}
		})
		if len(facts) != 1 || facts[0].Evidence[0].Text != text {
			t.Errorf("evidence text = %+v, want %q", facts, text)
		}
	})
}
