package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/examples/corpus"
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
	byName := map[string]visit{}
	for _, v := range visits {
		byName[v.Visitor.Name] = v
	}
	// The gold set: Qassem Soleimani (000, 001, 002, 004) and Ali Akbar Velayati (003)
	// visited Moscow; Velayati met Vladimir Putin there, in the sentence of the visit.
	for _, name := range []string{"Qassem Soleimani", "Ali Akbar Velayati"} {
		if _, ok := byName[name]; !ok {
			t.Errorf("%s is not among the visitors of Moscow %v", name, names(visits))
		}
	}
	there := false
	for _, m := range byName["Ali Akbar Velayati"].Meetings {
		if otherEnd(m.Fact, byName["Ali Akbar Velayati"].Visitor.IRI).Name == "Vladimir Putin" && m.There {
			there = true
		}
	}
	if !there {
		t.Errorf("Velayati met Vladimir Putin in Moscow not found: %+v", byName["Ali Akbar Velayati"].Meetings)
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
	if !strings.Contains(out, "Qassem Soleimani visited Moscow\n      ") || !strings.Contains(out, "#s") {
		t.Errorf("output lacks a visitor with evidence:\n%s", out)
	}
}
