package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/examples/corpus"
	"github.com/newsgraph/newsgraph/schema"
)

func TestChain(t *testing.T) {
	ctx := context.Background()
	g, err := corpus.OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	links, err := chain(ctx, g, "Qassem Soleimani", "Sergey Lavrov")
	if err != nil {
		t.Fatal(err)
	}
	// The gold set links them in two facts (Soleimani reportsTo Khamenei, Khamenei met
	// Lavrov) and in three through Putin and Russia; a shortest chain has at most three.
	if len(links) == 0 || len(links) > 3 {
		t.Fatalf("chain of %d facts, want 1 to 3: %v", len(links), links)
	}
	// The ends are found by name as a user would: which spelling is canonical depends
	// on the article read first.
	iri := func(name string) schema.IRI {
		e, err := g.FindEntity(ctx, name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return e.IRI
	}
	soleimani, lavrov := iri("Qassem Soleimani"), iri("Sergey Lavrov")
	at := schema.IRI("")
	for i, f := range links {
		if len(f.Evidence) == 0 {
			t.Errorf("link %d has no evidence", i+1)
		}
		if i == 0 {
			switch soleimani {
			case f.Subject.IRI:
				at = f.Object.IRI
			case f.Object.IRI:
				at = f.Subject.IRI
			default:
				t.Fatalf("first link %s %s %s does not start at Qassem Soleimani", f.Subject.Name, f.Predicate.Name(), f.Object.Name)
			}
			continue
		}
		switch at {
		case f.Subject.IRI:
			at = f.Object.IRI
		case f.Object.IRI:
			at = f.Subject.IRI
		default:
			t.Fatalf("link %d does not continue the chain at %s", i+1, at)
		}
	}
	if at != lavrov {
		t.Errorf("the chain ends at %s, not Sergey Lavrov", at)
	}
	// Wrong links the gold set rules out: no one visits the capital he governs from, and
	// Soleimani commands no Russian body.
	for _, f := range links {
		if f.Predicate == schema.Visited && f.Subject.Name == "Vladimir Putin" {
			t.Errorf("wrong link: %s visited %s", f.Subject.Name, f.Object.Name)
		}
		if f.Subject.IRI == soleimani && f.Predicate == schema.Commands && strings.Contains(f.Object.Name, "Russia") {
			t.Errorf("wrong link: Soleimani commands %s", f.Object.Name)
		}
	}
}

func TestOutput(t *testing.T) {
	var buf bytes.Buffer
	if err := run(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); !strings.Contains(out, "1. ") || !strings.Contains(out, "#s") {
		t.Errorf("output:\n%s", out)
	}
}
