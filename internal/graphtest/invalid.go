package graphtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// testInvalidArguments checks that every function taking a class, predicate, direction, format,
// IRI or count refuses a wrong one with an error wrapping graph.ErrInvalid that names
// it, rather than answering as if the graph were empty.
func testInvalidArguments(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	other := graph.OpenMemory()
	defer other.Close()
	m := MartaVellin.IRI
	preds := func(ps ...schema.Predicate) []schema.Predicate { return ps }
	facts := func(q graph.FactQuery) error { return firstErr(g.Facts(ctx, q)) }
	tests := []struct {
		name   string
		err    error
		names  string // what the message must name
		reason string
	}{
		{"Entities class", firstErr(g.Entities(ctx, "Persn")), `"Persn"`, "a misspelt class"},
		{"Entities Document", firstErr(g.Entities(ctx, schema.DocumentClass)), "Document", "documents are not entities"},
		{"Entity name", second(g.Entity(ctx, "Marta Vellin")), `"Marta Vellin"`, "a name where an IRI belongs"},
		{"Entity slug", second(g.Entity(ctx, schema.EntityBase+"Marta Vellin")), "Marta Vellin", "an IRI whose slug is not canonical"},
		{"Facts predicate", facts(graph.FactQuery{Predicates: preds("commandz")}), `"commandz"`, "an unknown relation"},
		{"Facts property", facts(graph.FactQuery{Predicates: preds(schema.Mentions)}), "mentions", "a property is not a relation"},
		{"Facts subject", facts(graph.FactQuery{Subject: "Marta Vellin"}), `"Marta Vellin"`, "a name as subject"},
		{"Facts object", facts(graph.FactQuery{Object: "norland"}), `"norland"`, "a slug without its base"},
		{"Facts subject class", facts(graph.FactQuery{SubjectClass: "People"}), `"People"`, ""},
		{"Facts object class", facts(graph.FactQuery{ObjectClass: "Town"}), `"Town"`, ""},
		{"Facts limit", facts(graph.FactQuery{Limit: -1}), "-1", "a negative limit"},
		{"ExportFacts predicate", g.ExportFacts(ctx, &bytes.Buffer{}, graph.CSV, graph.FactQuery{Predicates: preds("likes")}), `"likes"`, ""},
		{"ExportFacts format", g.ExportFacts(ctx, &bytes.Buffer{}, 0, graph.FactQuery{}), "Format(0)", ""},
		{"Export format", g.Export(ctx, &bytes.Buffer{}, 42), "Format(42)", ""},
		{"ParseFormat", second(graph.ParseFormat("xml")), `"xml"`, ""},
		{"Neighbors direction", firstErr(g.Neighbors(ctx, m, 7)), "7", "7 is no direction, not Both"},
		{"Neighbors predicate", firstErr(g.Neighbors(ctx, m, graph.Out, "likes")), `"likes"`, ""},
		{"Neighbors IRI", firstErr(g.Neighbors(ctx, "Marta", graph.Out)), `"Marta"`, ""},
		{"ShortestPath from", second(g.ShortestPath(ctx, "Marta Vellin", Norland.IRI, nil)), `"Marta Vellin"`, ""},
		{"ShortestPath to", second(g.ShortestPath(ctx, m, "Norland", nil)), `"Norland"`, ""},
		{"ShortestPath predicate", second(g.ShortestPath(ctx, m, Norland.IRI, &graph.ShortestPathOptions{Predicates: preds("near")})), `"near"`, ""},
		{"ShortestPath hops", second(g.ShortestPath(ctx, m, Norland.IRI, &graph.ShortestPathOptions{MaxHops: -2})), "-2", ""},
		{"Degree IRI", second(g.Degree(ctx, "Marta Vellin", nil)), `"Marta Vellin"`, ""},
		{"Degree direction", second(g.Degree(ctx, m, &graph.DegreeOptions{Direction: -1})), "-1", ""},
		{"Degree predicate", second(g.Degree(ctx, m, &graph.DegreeOptions{Predicates: preds(schema.Name)})), "name", "a property"},
		{"Top n", second(g.Top(ctx, 0, nil)), "0", ""},
		{"Top class", second(g.Top(ctx, 3, &graph.TopOptions{Class: "Human"})), `"Human"`, ""},
		{"Top predicate", second(g.Top(ctx, 3, &graph.TopOptions{Predicates: preds("knows")})), `"knows"`, ""},
		{"Top direction", second(g.Top(ctx, 3, &graph.TopOptions{Direction: 4})), "4", ""},
		{"Search n", second(g.Search(ctx, "Marta", 0, nil)), "0", ""},
		{"Search class", second(g.Search(ctx, "Marta", 3, &graph.SearchOptions{Class: "Persona"})), `"Persona"`, ""},
		{"Search text", second(g.Search(ctx, " ?! ", 3, nil)), `" ?! "`, "nothing to search for"},
		{"Path start", firstErr(g.Path("Marta Vellin").Out().Entities(ctx)), `"Marta Vellin"`, ""},
		{"Path vocabulary start", firstErr(g.Path(schema.IRI(schema.Met)).Entities(ctx)), "met", "a predicate is no node"},
		{"Path.Out", firstErr(g.Path(m).Out("likes").Entities(ctx)), `"likes"`, ""},
		{"Path.In", firstErr(g.Path(m).In("likes").Entities(ctx)), `"likes"`, ""},
		{"Path.Both", firstErr(g.Path(m).Both("likes").Chains(ctx)), `"likes"`, ""},
		{"Path.Has predicate", firstErr(g.Path().Has("likes", m).Entities(ctx)), `"likes"`, ""},
		{"Path.Has object", firstErr(g.Path().Has(schema.Met, "Tomas").Entities(ctx)), `"Tomas"`, ""},
		{"Path.HasClass", firstErr(g.Path().HasClass("Persons").Entities(ctx)), `"Persons"`, ""},
		{"Path.Is", firstErr(g.Path().Is("Norland").Entities(ctx)), `"Norland"`, ""},
		{"Path.Limit", firstErr(g.Path().Limit(-1).Entities(ctx)), "-1", ""},
		{"Path.Skip", second(g.Path().Skip(-3).Count(ctx)), "-3", ""},
		{"Path.And nil", firstErr(g.Path().And(nil).Entities(ctx)), "nil", ""},
		{"Path.Or other graph", firstErr(g.Path().Or(other.Path()).Entities(ctx)), "another Graph", ""},
		{"Path.Except bad", firstErr(g.Path().Except(g.Path().Out("likes")).Entities(ctx)), `"likes"`, "a wrong sub-path"},
		{"Path.Facts no hop", firstErr(g.Path(m).Facts(ctx)), "no Out, In or Both", ""},
		{"Path.Facts property", firstErr(g.Path(m).In(schema.Mentions).Facts(ctx)), "mentions", "mentions has no facts"},
		{"Path.Chains property", firstErr(g.Path(m).In(schema.Mentions).Out(schema.Mentions).Chains(ctx)), "mentions", ""},
		{"Backup nil", second(g.Backup(ctx, nil)), "nil writer", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !errors.Is(tt.err, graph.ErrInvalid) {
				t.Fatalf("err = %v, want ErrInvalid (%s)", tt.err, tt.reason)
			}
			if msg := tt.err.Error(); !strings.HasPrefix(msg, "graph: ") || !strings.Contains(msg, tt.names) {
				t.Errorf("message %q does not start with graph: and name %s", msg, tt.names)
			}
		})
	}
	// The valid values are listed.
	err := firstErr(g.Entities(ctx, "Persn"))
	if !strings.Contains(err.Error(), "Person, Organization, Country or Place") {
		t.Errorf("message %q does not list the classes", err)
	}
	err = facts(graph.FactQuery{Predicates: preds("commandz")})
	if !strings.Contains(err.Error(), "commands, leads, memberOf") {
		t.Errorf("message %q does not list the relations", err)
	}
}

// testLocalNames checks that the ontology's local names work wherever the schema's
// constants do, in any case.
func testLocalNames(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	tests := []struct {
		name      string
		got, want []string
	}{
		{"Entities", names(collect(t, g.Entities(ctx, "Person"))), names(collect(t, g.Entities(ctx, schema.Person)))},
		{"Entities any case", names(collect(t, g.Entities(ctx, "country"))), names(collect(t, g.Entities(ctx, schema.Country)))},
		{"Facts", factStrings(collect(t, g.Facts(ctx, graph.FactQuery{Predicates: []schema.Predicate{"commands"}, SubjectClass: "Person"}))),
			factStrings(collect(t, g.Facts(ctx, graph.FactQuery{Predicates: []schema.Predicate{schema.Commands}, SubjectClass: schema.Person})))},
		{"Neighbors", neighborStrings(collect(t, g.Neighbors(ctx, TomasArkell.IRI, graph.Both, "met"))),
			neighborStrings(collect(t, g.Neighbors(ctx, TomasArkell.IRI, graph.Both, schema.Met)))},
		{"Path", names(collect(t, g.Path(MartaVellin.IRI).Out("Met").HasClass("person").Entities(ctx))),
			names(collect(t, g.Path(MartaVellin.IRI).Out(schema.Met).HasClass(schema.Person).Entities(ctx)))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.want) == 0 {
				t.Fatal("the constants give nothing: a useless test")
			}
			diff(t, tt.name, tt.want, tt.got)
		})
	}
	got, err := g.ShortestPath(ctx, MartaVellin.IRI, Norland.IRI, &graph.ShortestPathOptions{Predicates: []schema.Predicate{"visited", "locatedIn"}})
	if err != nil {
		t.Fatal(err)
	}
	diff(t, "ShortestPath", []string{"Marta Vellin visited Porto Brava 1", "Porto Brava locatedIn Norland 1"}, factStrings(got))
	d, err := g.Degree(ctx, MartaVellin.IRI, &graph.DegreeOptions{Predicates: []schema.Predicate{"met", "visited"}})
	if err != nil || d.Facts != 2 {
		t.Errorf("Degree with local names: %+v, %v; want 2 facts", d, err)
	}
}

func neighborStrings(ns []graph.Neighbor) []string {
	var out []string
	for _, n := range ns {
		out = append(out, fmt.Sprintf("%s %s %s %d", n.Direction, n.Predicate.Name(), n.Entity.Name, len(n.Evidence)))
	}
	return out
}
