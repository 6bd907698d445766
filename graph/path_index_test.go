package graph

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPathIndexMatchesCayley checks that paths of Out, In and Both over relations, which
// run on the in-memory fact adjacency, reach exactly the entities Cayley's path reaches.
func TestPathIndexMatchesCayley(t *testing.T) {
	ctx := context.Background()
	g := OpenMemory()
	defer g.Close()
	ent := func(name string, c schema.Class) schema.Entity {
		return schema.Entity{IRI: schema.EntityIRI(name), Name: name, Class: c}
	}
	var all []schema.IRI
	for i := range 30 {
		id := schema.DocID(fmt.Sprintf("d%02d", i))
		x := &schema.Extraction{Document: schema.Document{ID: id}}
		x.Sentences = []schema.Sentence{{N: 1, Text: "One.", Length: 4}, {N: 2, Text: "Two.", Start: 5, Length: 4}}
		a, b := ent(fmt.Sprintf("Ana Volk%d", i%7), schema.Person), ent(fmt.Sprintf("Bera Lund%d", (i*3)%11), schema.Person)
		o := ent(fmt.Sprintf("Tarn Board %d", i%5), schema.Organization)
		x.Entities = []schema.Entity{a, b, o}
		ev := func(n int) []schema.Evidence { return []schema.Evidence{{Doc: id, Sentence: n}} }
		x.Facts = []schema.Fact{{Subject: a, Predicate: schema.Leads, Object: o, Evidence: ev(1)}}
		if a.IRI != b.IRI {
			x.Facts = append(x.Facts, schema.Fact{Subject: a, Predicate: schema.Met, Object: b, Evidence: ev(2)})
		}
		if i%4 == 0 {
			x.Facts = append(x.Facts, schema.Fact{Subject: b, Predicate: schema.MemberOf, Object: o, Evidence: ev(2)})
		}
		if err := g.AddDocument(ctx, x); err != nil {
			t.Fatal(err)
		}
		all = append(all, a.IRI, b.IRI, o.IRI)
	}
	slices.Sort(all)
	all = slices.Compact(all)
	if err := g.RemoveDocument(ctx, "d04"); err != nil { // removed facts must vanish from both
		t.Fatal(err)
	}
	for _, e := range all {
		for _, p := range []*Path{g.Path(e).Both().Both(), g.Path(e).Out(), g.Path(e).In().Out(schema.Leads, schema.MemberOf),
			g.Path(e).Both(schema.Met).Both(), g.Path(e, "https://example.org/none").In().In().Both()} {
			fast, ok := p.runIndex(len(p.steps))
			if !ok {
				t.Fatal("path not answered by the index")
			}
			g.ix.foreign++ // make run take Cayley's path
			slow, err := p.run(ctx, len(p.steps))
			g.ix.foreign--
			if err != nil {
				t.Fatal(err)
			}
			slices.Sort(slow)
			if !slices.Equal(fast, slow) {
				t.Errorf("%s: index %v, Cayley %v", e, fast, slow)
			}
		}
	}
	if _, ok := g.Path(all[0]).Out(schema.Mentions).runIndex(1); ok {
		t.Error("a step over a non-relation must run on Cayley")
	}
}
