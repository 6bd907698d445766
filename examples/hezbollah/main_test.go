package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/examples/corpus"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

func TestAbout(t *testing.T) {
	ctx := context.Background()
	g, err := corpus.OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	hz, groups, err := about(ctx, g, "Hezbollah")
	if err != nil {
		t.Fatal(err)
	}
	if hz.Class != schema.Organization {
		t.Errorf("Hezbollah is a %s, want Organization", hz.Class.Name())
	}
	supporters := map[string]int{}
	for _, s := range groups[schema.Supports] {
		if s.Neighbor.Direction == graph.In {
			supporters[s.Neighbor.Entity.Name] = s.Documents
		}
	}
	// The gold set: Iran supports Hezbollah in three articles (000, 002, 004), Russia in
	// two (002, 004), As-Safir in one (001). Russia's support is stated only as a future
	// ("Russian air strikes will support ground operations by ... Hezbollah forces"),
	// which the loader reads as a plan, not a fact, so it is not asked for here.
	if supporters["Iran"] < 2 {
		t.Errorf("Iran supports Hezbollah: stated in %d documents, want at least 2 (gold: 3); supporters %v", supporters["Iran"], supporters)
	}
	// Wrong answers the gold set rules out: Hezbollah's enemies back it not, and
	// "Lebanese Hezbollah" is no body of the Lebanese state.
	for _, wrong := range []string{"Israel", "United States", "Islamic State"} {
		if supporters[wrong] > 0 {
			t.Errorf("%s supports Hezbollah: a wrong fact", wrong)
		}
	}
	for _, s := range groups[schema.PartOf] {
		if s.Neighbor.Direction == graph.Out && s.Neighbor.Entity.Name == "Lebanon" {
			t.Errorf("Hezbollah partOf Lebanon: a wrong fact")
		}
	}
}

func TestOutput(t *testing.T) {
	var buf bytes.Buffer
	if err := run(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "supports:\n") || !strings.Contains(out, "Iran supports Hezbollah  (") || !strings.Contains(out, "#s") {
		t.Errorf("output:\n%s", out)
	}
}
