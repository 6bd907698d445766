package graph_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// report builds the extraction of a short invented news report, as the loader would:
//
//	Ada Korsh --commands--> Blue Brigade --partOf--> Veldia
//	Ada Korsh --met--> Piet Ruhl --leads--> Veldia
func report() *schema.Extraction {
	ent := func(name string, c schema.Class, aliases ...string) schema.Entity {
		return schema.Entity{IRI: schema.EntityIRI(name), Name: name, Class: c, Aliases: aliases}
	}
	ada := ent("Ada Korsh", schema.Person, "General Korsh")
	brigade := ent("Blue Brigade", schema.Organization)
	veldia := ent("Veldia", schema.Country)
	piet := ent("Piet Ruhl", schema.Person)
	texts := []string{
		"General Korsh, who commands the Blue Brigade, met Piet Ruhl on Friday.",
		"The Blue Brigade is the mountain unit of Veldia's army.",
		"Ruhl has led Veldia since 2019.",
	}
	x := &schema.Extraction{
		Document: schema.Document{ID: "veldia-report", Headline: "Brigade chief meets president"},
		Entities: []schema.Entity{ada, brigade, veldia, piet},
	}
	off := 0
	for i, t := range texts {
		x.Sentences = append(x.Sentences, schema.Sentence{N: i + 1, Text: t, Start: off, Length: len(t)})
		off += len(t) + 1
	}
	fact := func(s schema.Entity, p schema.Predicate, o schema.Entity, n int) {
		x.Facts = append(x.Facts, schema.Fact{Subject: s, Predicate: p, Object: o,
			Evidence: []schema.Evidence{{Doc: x.Document.ID, Sentence: n}}})
	}
	fact(ada, schema.Commands, brigade, 1)
	fact(ada, schema.Met, piet, 1)
	fact(brigade, schema.PartOf, veldia, 2)
	fact(piet, schema.Leads, veldia, 3)
	return x
}

func ExampleOpen() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "newsgraph-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "news.db")

	g, err := graph.Open(ctx, path, nil) // creates the file
	if err != nil {
		log.Fatal(err)
	}
	if err := g.AddDocument(ctx, report()); err != nil {
		log.Fatal(err)
	}
	if err := g.Close(); err != nil {
		log.Fatal(err)
	}

	// Reopen read-only: the facts are still there.
	g, err = graph.Open(ctx, path, &graph.Options{ReadOnly: true})
	if err != nil {
		log.Fatal(err)
	}
	defer g.Close()
	st, err := g.Stats(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d document, %d entities, %d facts\n", st.Documents, st.Entities, st.Facts)
	if err := g.AddDocument(ctx, report()); errors.Is(err, graph.ErrReadOnly) {
		fmt.Println("read-only")
	}
	// Output:
	// 1 document, 4 entities, 4 facts
	// read-only
}

func ExampleGraph_FindEntity() {
	ctx := context.Background()
	g := graph.OpenMemory()
	defer g.Close()
	if err := g.AddDocument(ctx, report()); err != nil {
		log.Fatal(err)
	}
	for _, name := range []string{"general korsh", "RUHL", "Kórsh", "Nobody", "Piet Ruhel"} {
		e, err := g.FindEntity(ctx, name)
		if err != nil {
			fmt.Printf("%s: %v\n", name, err)
			continue
		}
		fmt.Printf("%s: %s (%s)\n", name, e.Name, e.Class)
	}
	// Output:
	// general korsh: Ada Korsh (Person)
	// RUHL: Piet Ruhl (Person)
	// Kórsh: Ada Korsh (Person)
	// Nobody: graph: entity "Nobody" not found
	// Piet Ruhel: graph: entity "Piet Ruhel" not found; did you mean Piet Ruhl (Person)?
}

func ExampleGraph_Facts() {
	ctx := context.Background()
	g := graph.OpenMemory()
	defer g.Close()
	if err := g.AddDocument(ctx, report()); err != nil {
		log.Fatal(err)
	}
	ada, err := g.FindEntity(ctx, "Ada Korsh")
	if err != nil {
		log.Fatal(err)
	}
	for f, err := range g.Facts(ctx, graph.FactQuery{Subject: ada.IRI}) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s %s %s\n", f.Subject.Name, f.Predicate.Name(), f.Object.Name)
		for _, ev := range f.Evidence {
			fmt.Printf("  %s#%d [%d+%d] %q\n", ev.Doc, ev.Sentence, ev.Start, ev.Length, ev.Text)
		}
	}
	// Output:
	// Ada Korsh commands Blue Brigade
	//   veldia-report#1 [0+70] "General Korsh, who commands the Blue Brigade, met Piet Ruhl on Friday."
	// Ada Korsh met Piet Ruhl
	//   veldia-report#1 [0+70] "General Korsh, who commands the Blue Brigade, met Piet Ruhl on Friday."
}

// A path query: whom did the people Ada Korsh met lead, and which of her units belong to
// the same country?
func Example_pathQuery() {
	ctx := context.Background()
	g := graph.OpenMemory()
	defer g.Close()
	if err := g.AddDocument(ctx, report()); err != nil {
		log.Fatal(err)
	}
	ada := schema.EntityIRI("Ada Korsh")
	led := g.Path(ada).Out(schema.Met).Out(schema.Leads)
	for e, err := range led.Entities(ctx) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("led by people she met:", e.Name)
	}

	units := g.Path(ada).Out(schema.Commands).HasClass(schema.Organization).Out(schema.PartOf).And(led)
	for f, err := range units.Facts(ctx) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(f.Subject.Name, f.Predicate.Name(), f.Object.Name)
	}
	// Output:
	// led by people she met: Veldia
	// Blue Brigade partOf Veldia
}

func ExampleGraph_ShortestPath() {
	ctx := context.Background()
	g := graph.OpenMemory()
	defer g.Close()
	if err := g.AddDocument(ctx, report()); err != nil {
		log.Fatal(err)
	}
	from, to := schema.EntityIRI("Blue Brigade"), schema.EntityIRI("Piet Ruhl")
	chain, err := g.ShortestPath(ctx, from, to, nil) // direction ignored
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range chain {
		fmt.Printf("%s %s %s (sentence %d)\n", f.Subject.Name, f.Predicate.Name(), f.Object.Name,
			f.Evidence[0].Sentence)
	}
	_, err = g.ShortestPath(ctx, from, to, &graph.ShortestPathOptions{Directed: true})
	fmt.Println(strings.TrimPrefix(err.Error(), "graph: "))
	// Output:
	// Ada Korsh commands Blue Brigade (sentence 1)
	// Ada Korsh met Piet Ruhl (sentence 1)
	// no path from https://newsgraph.dev/id/blue-brigade to https://newsgraph.dev/id/piet-ruhl within 6 hops
}

func ExampleGraph_Search() {
	ctx := context.Background()
	g := graph.OpenMemory()
	defer g.Close()
	if err := g.AddDocument(ctx, report()); err != nil {
		log.Fatal(err)
	}
	for _, text := range []string{"Ada Korsch", "ruhl", "blue brig", "Veldya"} {
		ms, err := g.Search(ctx, text, 3, nil)
		if err != nil {
			log.Fatal(err)
		}
		for _, m := range ms {
			fmt.Printf("%-10s %s (%s, %d facts) by %q, %.2f\n", text+":", m.Entity.Name, m.Entity.Class, m.Facts, m.Name, m.Score)
		}
	}
	// Only people:
	ms, _ := g.Search(ctx, "korsh", 3, &graph.SearchOptions{Class: "Person"})
	fmt.Println(len(ms), ms[0].Entity.Name)
	// Output:
	// Ada Korsch: Ada Korsh (Person, 2 facts) by "Ada Korsh", 0.93
	// ruhl:      Piet Ruhl (Person, 2 facts) by "Piet Ruhl", 0.90
	// blue brig: Blue Brigade (Organization, 2 facts) by "Blue Brigade", 0.92
	// Veldya:    Veldia (Country, 2 facts) by "Veldia", 0.86
	// 1 Ada Korsh
}

func ExampleGraph_Top() {
	ctx := context.Background()
	g := graph.OpenMemory()
	defer g.Close()
	if err := g.AddDocument(ctx, report()); err != nil {
		log.Fatal(err)
	}
	top, err := g.Top(ctx, 3, nil) // every class, every relation
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range top {
		fmt.Printf("%s: %d facts in %d document\n", d.Entity.Name, d.Facts, d.Documents)
	}
	people, err := g.Top(ctx, 5, &graph.TopOptions{Class: schema.Person, Predicates: []schema.Predicate{"met"}})
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range people {
		fmt.Printf("met: %s %d\n", d.Entity.Name, d.Facts)
	}
	// Output:
	// Ada Korsh: 2 facts in 1 document
	// Blue Brigade: 2 facts in 1 document
	// Piet Ruhl: 2 facts in 1 document
	// met: Ada Korsh 1
	// met: Piet Ruhl 1
}

func ExampleGraph_Degree() {
	ctx := context.Background()
	g := graph.OpenMemory()
	defer g.Close()
	if err := g.AddDocument(ctx, report()); err != nil {
		log.Fatal(err)
	}
	d, err := g.Degree(ctx, schema.EntityIRI("Veldia"), &graph.DegreeOptions{Direction: graph.In})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s is the object of %d facts\n", d.Entity.Name, d.Facts)
	// Output:
	// Veldia is the object of 2 facts
}

// Two hops from Ada Korsh, each walk whole: the entities it passes and the sentence of
// every hop.
func ExamplePath_Chains() {
	ctx := context.Background()
	g := graph.OpenMemory()
	defer g.Close()
	if err := g.AddDocument(ctx, report()); err != nil {
		log.Fatal(err)
	}
	p := g.Path(schema.EntityIRI("Ada Korsh")).Out().Out()
	for c, err := range p.Chains(ctx) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(c)
		for _, h := range c.Hops {
			ev := h.Fact.Evidence[0]
			fmt.Printf("    %s#%d: %s %s %s\n", ev.Doc, ev.Sentence, h.Fact.Subject.Name, h.Fact.Predicate.Name(), h.Fact.Object.Name)
		}
	}
	// Output:
	// Ada Korsh -commands-> Blue Brigade -partOf-> Veldia
	//     veldia-report#1: Ada Korsh commands Blue Brigade
	//     veldia-report#2: Blue Brigade partOf Veldia
	// Ada Korsh -met-> Piet Ruhl -leads-> Veldia
	//     veldia-report#1: Ada Korsh met Piet Ruhl
	//     veldia-report#3: Piet Ruhl leads Veldia
}

// Skip and Limit page through an answer in its sorted order; Count says how long it is.
func ExamplePath_Skip() {
	ctx := context.Background()
	g := graph.OpenMemory()
	defer g.Close()
	if err := g.AddDocument(ctx, report()); err != nil {
		log.Fatal(err)
	}
	all := g.Path() // every entity
	n, err := all.Count(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(n, "entities")
	for page := 0; page*3 < n; page++ {
		var names []string
		for e, err := range all.Skip(page * 3).Limit(3).Entities(ctx) {
			if err != nil {
				log.Fatal(err)
			}
			names = append(names, e.Name)
		}
		fmt.Println(page+1, strings.Join(names, ", "))
	}
	// Output:
	// 4 entities
	// 1 Ada Korsh, Blue Brigade, Piet Ruhl
	// 2 Veldia
}

func ExamplePath_Count() {
	ctx := context.Background()
	g := graph.OpenMemory()
	defer g.Close()
	if err := g.AddDocument(ctx, report()); err != nil {
		log.Fatal(err)
	}
	n, err := g.Path(schema.EntityIRI("Veldia")).In().Count(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(n)
	// Output:
	// 2
}

func ExampleGraph_Neighbors() {
	ctx := context.Background()
	g := graph.OpenMemory()
	defer g.Close()
	if err := g.AddDocument(ctx, report()); err != nil {
		log.Fatal(err)
	}
	for n, err := range g.Neighbors(ctx, schema.EntityIRI("Piet Ruhl"), graph.Both) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(n.Direction, n.Predicate.Name(), n.Entity.Name)
	}
	// Output:
	// in met Ada Korsh
	// out leads Veldia
}

// Wrong arguments are errors, never an empty answer; local names work like the schema's
// constants.
func ExampleErrInvalid() {
	ctx := context.Background()
	g := graph.OpenMemory()
	defer g.Close()
	if err := g.AddDocument(ctx, report()); err != nil {
		log.Fatal(err)
	}
	for f, err := range g.Facts(ctx, graph.FactQuery{Predicates: []schema.Predicate{"commands"}}) {
		fmt.Println(f.Subject.Name, f.Predicate.Name(), f.Object.Name, err)
	}
	for _, err := range g.Entities(ctx, "Persn") {
		fmt.Println(errors.Is(err, graph.ErrInvalid), err)
	}
	_, err := g.Entity(ctx, "Ada Korsh") // a name, not an IRI
	fmt.Println(errors.Is(err, graph.ErrInvalid))
	// Output:
	// Ada Korsh commands Blue Brigade <nil>
	// true graph: Entities: unknown class "Persn" (want Person, Organization, Country or Place)
	// true
}

// A process that writes a store file holds its lock, so other processes cannot open it;
// it can give them a copy.
func ExampleGraph_Backup() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "newsgraph-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	g, err := graph.Open(ctx, filepath.Join(dir, "news.db"), nil)
	if err != nil {
		log.Fatal(err)
	}
	defer g.Close()
	if err := g.AddDocument(ctx, report()); err != nil {
		log.Fatal(err)
	}

	// Write the copy beside its final name and rename it, so no reader sees half a file.
	copyPath := filepath.Join(dir, "copy.db")
	f, err := os.CreateTemp(dir, "copy-*.db")
	if err != nil {
		log.Fatal(err)
	}
	if _, err := g.Backup(ctx, f); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.Rename(f.Name(), copyPath); err != nil {
		log.Fatal(err)
	}

	// The copy opens on its own while g still holds the original.
	c, err := graph.Open(ctx, copyPath, &graph.Options{ReadOnly: true})
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	st, _ := c.Stats(ctx)
	fmt.Println(st.Documents, "document,", st.Facts, "facts")

	_, err = graph.OpenMemory().Backup(ctx, io.Discard)
	fmt.Println(errors.Is(err, errors.ErrUnsupported))
	// Output:
	// 1 document, 4 facts
	// true
}
