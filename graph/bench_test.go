package graph_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// synthetic returns document i of a synthetic corpus: 10 sentences, 8 of 400 invented
// people and organisations, 10 facts.
func synthetic(i int) *schema.Extraction {
	x := &schema.Extraction{Document: schema.Document{ID: schema.DocID(fmt.Sprintf("doc-%05d", i)),
		Headline: fmt.Sprintf("Report %d", i)}}
	off := 0
	for n := 1; n <= 10; n++ {
		t := fmt.Sprintf("Sentence %d of report %d says who met whom and who commands what.", n, i)
		x.Sentences = append(x.Sentences, schema.Sentence{N: n, Text: t, Start: off, Length: len(t)})
		off += len(t) + 1
	}
	person := func(k int) schema.Entity {
		name := fmt.Sprintf("Person%d Surname%d", k, k)
		return schema.Entity{IRI: schema.EntityIRI(name), Name: name, Class: schema.Person}
	}
	org := func(k int) schema.Entity {
		name := fmt.Sprintf("Unit %d", k)
		return schema.Entity{IRI: schema.EntityIRI(name), Name: name, Class: schema.Organization}
	}
	var people []schema.Entity
	for k := range 4 {
		p, o := person((i*7+k*13)%200), org((i*5+k*11)%200)
		people = append(people, p)
		x.Entities = append(x.Entities, p, o)
		x.Facts = append(x.Facts, schema.Fact{Subject: p, Predicate: schema.Commands, Object: o,
			Evidence: []schema.Evidence{{Doc: x.Document.ID, Sentence: k + 1}}})
	}
	for k := 0; k < 6; k++ {
		a, b := people[k%4], people[(k+1)%4]
		if a.IRI == b.IRI {
			continue
		}
		x.Facts = append(x.Facts, schema.Fact{Subject: a, Predicate: schema.Met, Object: b,
			Evidence: []schema.Evidence{{Doc: x.Document.ID, Sentence: k + 5}}})
	}
	return x
}

func loadSynthetic(b *testing.B, g *graph.Graph, n int) {
	for i := range n {
		if err := g.AddDocument(context.Background(), synthetic(i)); err != nil {
			b.Fatal(err)
		}
	}
}

func benchGraphs(b *testing.B, docs int) map[string]*graph.Graph {
	path := filepath.Join(b.TempDir(), "bench.db")
	bg, err := graph.Open(context.Background(), path, nil)
	if err != nil {
		b.Fatal(err)
	}
	mg := graph.OpenMemory()
	b.Cleanup(func() { bg.Close(); mg.Close() })
	loadSynthetic(b, bg, docs)
	loadSynthetic(b, mg, docs)
	return map[string]*graph.Graph{"bolt": bg, "memory": mg}
}

func BenchmarkAddDocument(b *testing.B) {
	for name, g := range benchGraphs(b, 100) {
		b.Run(name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				if err := g.AddDocument(context.Background(), synthetic(i%500)); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// BenchmarkAddDocuments loads 100 documents per operation in shared transactions.
func BenchmarkAddDocuments(b *testing.B) {
	var xs []*schema.Extraction
	for i := range 100 {
		xs = append(xs, synthetic(i))
	}
	for name, g := range benchGraphs(b, 0) {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if err := g.AddDocuments(context.Background(), xs); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkQueries(b *testing.B) {
	ctx := context.Background()
	from, to := schema.EntityIRI("Person0 Surname0"), schema.EntityIRI("Unit 150")
	for name, g := range benchGraphs(b, 500) {
		b.Run(name+"/FindEntity", func(b *testing.B) {
			for b.Loop() {
				if _, err := g.FindEntity(ctx, "surname17"); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/Facts", func(b *testing.B) {
			for b.Loop() {
				for _, err := range g.Facts(ctx, graph.FactQuery{Subject: from}) {
					if err != nil {
						b.Fatal(err)
					}
				}
			}
		})
		b.Run(name+"/Path2Hops", func(b *testing.B) {
			for b.Loop() {
				if _, err := g.Path(from).Out(schema.Met).Out(schema.Commands).Entities(ctx); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/ShortestPath", func(b *testing.B) {
			for b.Loop() {
				if _, err := g.ShortestPath(ctx, from, to, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkOpen(b *testing.B) {
	path := filepath.Join(b.TempDir(), "bench.db")
	g, err := graph.Open(context.Background(), path, nil)
	if err != nil {
		b.Fatal(err)
	}
	loadSynthetic(b, g, 500)
	g.Close()
	for b.Loop() {
		g, err := graph.Open(context.Background(), path, &graph.Options{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		g.Close()
	}
}
