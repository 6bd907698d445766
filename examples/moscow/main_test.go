package main

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/examples/corpus"
	"github.com/newsgraph/newsgraph/schema"
)

func TestVisitors(t *testing.T) {
	ctx := context.Background()
	g, err := corpus.OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	visits, err := visitors(ctx, g, "Moscow")
	if err != nil {
		t.Fatal(err)
	}
	byIRI := map[schema.IRI]visit{}
	for _, v := range visits {
		byIRI[v.Visitor.IRI] = v
	}
	// The entities are found by name as a user would: which spelling is canonical
	// depends on the article read first.
	iri := func(name string) schema.IRI {
		e, err := g.FindEntity(ctx, name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return e.IRI
	}
	// The gold set: Qassem Soleimani (000, 001, 002, 004) and Ali Akbar Velayati (003)
	// visited Moscow; Velayati met Vladimir Putin there, in the sentence of the visit.
	for _, name := range []string{"Qassem Soleimani", "Ali Akbar Velayati"} {
		if _, ok := byIRI[iri(name)]; !ok {
			t.Errorf("%s is not among the visitors of Moscow %v", name, names(visits))
		}
	}
	// Wrong answers: the hosts in Moscow visited nothing (issue 11: no "Vladimir Putin
	// visited Moscow" for the host of a meeting).
	for _, host := range []string{"Vladimir Putin", "Sergei Shoigu"} {
		if e, err := g.FindEntity(ctx, host); err == nil {
			if _, ok := byIRI[e.IRI]; ok {
				t.Errorf("%s, a host in Moscow, is among its visitors", host)
			}
		}
	}
	velayati, putin := iri("Ali Akbar Velayati"), iri("Vladimir Putin")
	there := false
	for _, m := range byIRI[velayati].Meetings {
		if otherEnd(m.Fact, velayati).IRI == putin && m.There {
			there = true
		}
	}
	if !there {
		t.Errorf("Velayati met Vladimir Putin in Moscow not found: %+v", byIRI[velayati].Meetings)
	}
}

func names(vs []visit) []string {
	var out []string
	for _, v := range vs {
		out = append(out, v.Visitor.Name)
	}
	return out
}

func TestOutput(t *testing.T) {
	var buf bytes.Buffer
	if err := run(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !regexp.MustCompile(`Qassem S[ou]leimani visited Moscow\n      `).MatchString(out) || !strings.Contains(out, "#s") {
		t.Errorf("output lacks a visitor with evidence:\n%s", out)
	}
}
