package graphtest

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// testDegreeTop checks Degree and Top on the shared fixture.
func testDegreeTop(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	degrees := func(ds []graph.Degree) []string {
		var out []string
		for _, d := range ds {
			out = append(out, fmt.Sprintf("%s %d %d", d.Entity.Name, d.Facts, d.Documents))
		}
		return out
	}
	d, err := g.Degree(ctx, MartaVellin.IRI, nil)
	diff(t, "Degree(Marta Vellin)", graph.Degree{Entity: MartaVellin, Facts: 3, Documents: 2}, d)
	if err != nil {
		t.Fatal(err)
	}
	d, _ = g.Degree(ctx, Norland.IRI, &graph.DegreeOptions{Direction: graph.Out})
	if d.Facts != 0 || d.Documents != 0 {
		t.Errorf("Degree(Norland, Out) = %+v, want none", d)
	}
	if _, err := g.Degree(ctx, schema.EntityBase+"nobody", nil); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Degree(nobody): %v, want ErrNotFound", err)
	}
	tests := []struct {
		name string
		n    int
		opts *graph.TopOptions
		want []string // name, facts, documents
	}{
		{"all", 6, nil, []string{"Marta Vellin 3 2", "Coastal Guard 2 2", "Norland 2 2", "Tomas Arkell 2 2",
			"Jonas Arkell 2 1", "Porto Brava 2 1"}},
		{"people", 10, &graph.TopOptions{Class: schema.Person}, []string{"Marta Vellin 3 2", "Tomas Arkell 2 2",
			"Jonas Arkell 2 1", "Renée Dufay 1 1"}},
		{"met", 10, &graph.TopOptions{Predicates: []schema.Predicate{schema.Met}}, []string{"Marta Vellin 1 2", "Tomas Arkell 1 2"}},
		{"out", 3, &graph.TopOptions{Class: schema.Person, Direction: graph.Out}, []string{"Marta Vellin 3 2",
			"Jonas Arkell 1 1", "Renée Dufay 1 1"}},
		{"in", 3, &graph.TopOptions{Direction: graph.In}, []string{"Norland 2 2", "Tomas Arkell 1 2", "Coastal Guard 1 1"}},
		{"by documents", 3, &graph.TopOptions{ByDocuments: true, Predicates: []schema.Predicate{schema.Met, schema.Commands}},
			[]string{"Marta Vellin 2 2", "Tomas Arkell 1 2", "Coastal Guard 1 1"}},
		{"none", 3, &graph.TopOptions{Predicates: []schema.Predicate{schema.Fights}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := g.Top(ctx, tt.n, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			diff(t, "Top", tt.want, degrees(got))
		})
	}
	// Top agrees with Degree for every entity.
	all, err := g.Top(ctx, 100, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range all {
		if one, err := g.Degree(ctx, d.Entity.IRI, nil); err != nil || one.Facts != d.Facts || one.Documents != d.Documents {
			t.Errorf("Top says %s has %d facts in %d documents, Degree %d in %d", d.Entity.Name, d.Facts, d.Documents, one.Facts, one.Documents)
		}
	}
}
