package graphtest

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	cpath "github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/schema"
)

// Opener returns a new, empty graph for one test; it arranges for the graph to be closed
// when the test ends (a Close that returns graph.ErrClosed is fine).
type Opener func(t *testing.T) *graph.Graph

// Run runs the shared suite: every behaviour of a graph checked against the fixture.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, open Opener)
	}{
		{"Stats", testStats},
		{"QuadSet", testQuadSet},
		{"Replace", testReplace},
		{"AddDocuments", testAddDocuments},
		{"Remove", testRemove},
		{"InvalidExtraction", testInvalid},
		{"Documents", testDocuments},
		{"Entities", testEntities},
		{"FindEntity", testFindEntity},
		{"Lookup", testLookup},
		{"Facts", testFacts},
		{"Neighbors", testNeighbors},
		{"Path", testPath},
		{"PathFacts", testPathFacts},
		{"ShortestPath", testShortestPath},
		{"InvalidArguments", testInvalidArguments},
		{"LocalNames", testLocalNames},
		{"Search", testSearch},
		{"NotFoundSuggests", testNotFoundSuggests},
		{"DegreeTop", testDegreeTop},
		{"Chains", testChains},
		{"ExportNQuads", testExportNQuads},
		{"ExportJSONLD", testExportJSONLD},
		{"ExportGraphML", testExportGraphML},
		{"ExportDOT", testExportDOT},
		{"ExportCSV", testExportCSV},
		{"Cayley", testCayley},
		{"Concurrent", testConcurrent},
		{"ConcurrentExports", testConcurrentExports},
		{"Close", testClose},
		{"Context", testContext},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open) })
	}
}

// Load returns a graph with the three fixture documents.
func Load(t *testing.T, open Opener) *graph.Graph {
	t.Helper()
	g := open(t)
	for _, x := range Docs() {
		if err := g.AddDocument(context.Background(), x); err != nil {
			t.Fatalf("AddDocument(%s): %v", x.Document.ID, err)
		}
	}
	return g
}

// QuadsOf returns the sorted union of the extractions' quads, as N-Quads lines.
func QuadsOf(t *testing.T, xs ...*schema.Extraction) []string {
	t.Helper()
	var lines []string
	for _, x := range xs {
		qs, err := x.Quads()
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			lines = append(lines, q.String())
		}
	}
	slices.Sort(lines)
	return slices.Compact(lines)
}

// StoredQuads returns the graph's quads, exported as N-Quads, sorted.
func StoredQuads(t *testing.T, g *graph.Graph) []string {
	t.Helper()
	var buf bytes.Buffer
	if err := g.Export(context.Background(), &buf, graph.NQuads); err != nil {
		t.Fatalf("Export: %v", err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if buf.Len() == 0 {
		lines = nil
	}
	slices.Sort(lines)
	return lines
}

func diff[T any](t *testing.T, what string, want, got T) {
	t.Helper()
	if reflect.DeepEqual(want, got) {
		return
	}
	if w, ok := any(want).([]string); ok {
		g := any(got).([]string)
		var b strings.Builder
		for _, s := range w {
			if !slices.Contains(g, s) {
				fmt.Fprintf(&b, "\n-%s", s)
			}
		}
		for _, s := range g {
			if !slices.Contains(w, s) {
				fmt.Fprintf(&b, "\n+%s", s)
			}
		}
		if b.Len() == 0 {
			b.WriteString(fmt.Sprintf("\nsame lines, different order or count: want %q, got %q", w, g))
		}
		t.Errorf("%s (-want +got):%s", what, b.String())
		return
	}
	t.Errorf("%s:\nwant %+v\n got %+v", what, want, got)
}

func testStats(t *testing.T, open Opener) {
	g := Load(t, open)
	got, err := g.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := graph.Stats{
		Documents: 3, Sentences: 9, Entities: 10, Facts: 8,
		Quads: len(QuadsOf(t, Docs()...)),
		EntitiesByClass: map[schema.Class]int{schema.Person: 5, schema.Organization: 2,
			schema.Country: 2, schema.Place: 1},
		FactsByPredicate: map[schema.Predicate]int{schema.Commands: 1, schema.Met: 1,
			schema.Visited: 2, schema.LocatedIn: 1, schema.Leads: 1, schema.PartOf: 1, schema.Advises: 1},
	}
	diff(t, "Stats", want, got)
}

func testQuadSet(t *testing.T, open Opener) {
	g := Load(t, open)
	want := QuadsOf(t, Docs()...)
	diff(t, "stored quads after loading", want, StoredQuads(t, g))
	// Loading the same documents again changes nothing.
	for _, x := range Docs() {
		if err := g.AddDocument(context.Background(), x); err != nil {
			t.Fatal(err)
		}
	}
	diff(t, "stored quads after reloading", want, StoredQuads(t, g))
	st, _ := g.Stats(context.Background())
	if st.Quads != len(want) || st.Documents != 3 {
		t.Errorf("after reloading: %d quads in %d documents, want %d in 3", st.Quads, st.Documents, len(want))
	}
}

func testReplace(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	// A new version of alpha: no visit, no Porto Brava, a new headline.
	x := Alpha()
	x.Document.Headline = "Corrected"
	x.Facts = slices.DeleteFunc(x.Facts, func(f schema.Fact) bool {
		return f.Predicate == schema.Visited || f.Predicate == schema.LocatedIn
	})
	x.Entities = slices.DeleteFunc(x.Entities, func(e schema.Entity) bool { return e.IRI == PortoBrava.IRI })
	if err := g.AddDocument(ctx, x); err != nil {
		t.Fatal(err)
	}
	diff(t, "stored quads", QuadsOf(t, x, Beta(), Gamma()), StoredQuads(t, g))
	if _, err := g.Entity(ctx, PortoBrava.IRI); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Entity(Porto Brava) after replacing alpha: err = %v, want ErrNotFound", err)
	}
	d, err := g.Document(ctx, AlphaID)
	if err != nil || d.Headline != "Corrected" {
		t.Errorf("Document(alpha) = %+v, %v; want headline Corrected", d, err)
	}
}

func testAddDocuments(t *testing.T, open Opener) {
	ctx := context.Background()
	g := open(t)
	// Gamma twice: the later one, without its second fact, wins.
	short := Gamma()
	short.Facts = short.Facts[:1]
	if err := g.AddDocuments(ctx, []*schema.Extraction{Alpha(), Gamma(), Beta(), short}); err != nil {
		t.Fatal(err)
	}
	diff(t, "stored quads", QuadsOf(t, Alpha(), Beta(), short), StoredQuads(t, g))
	// Reloading everything in one call changes nothing else.
	if err := g.AddDocuments(ctx, Docs()); err != nil {
		t.Fatal(err)
	}
	diff(t, "stored quads after reloading", QuadsOf(t, Docs()...), StoredQuads(t, g))
	st, _ := g.Stats(ctx)
	if st.Documents != 3 || st.Facts != 8 {
		t.Errorf("Stats = %+v", st)
	}
	// One bad extraction: nothing is written.
	bad := Alpha()
	bad.Document.ID = "delta"
	bad.Facts[0].Predicate = "https://example.org/nonsense"
	var xe *schema.ExtractionError
	if err := g.AddDocuments(ctx, []*schema.Extraction{Beta(), bad}); !errors.As(err, &xe) {
		t.Errorf("AddDocuments with a bad extraction: %v, want *schema.ExtractionError", err)
	}
	if _, err := g.Document(ctx, "delta"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("document of a refused batch: %v", err)
	}
	if err := g.AddDocuments(ctx, nil); err != nil {
		t.Errorf("AddDocuments(nil): %v", err)
	}
}

func testRemove(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	if err := g.RemoveDocument(ctx, GammaID); err != nil {
		t.Fatal(err)
	}
	diff(t, "stored quads after removing gamma", QuadsOf(t, Alpha(), Beta()), StoredQuads(t, g))
	for _, e := range []schema.Entity{JonasArkell, Sudmark, ReneeDufay} {
		if _, err := g.Entity(ctx, e.IRI); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("Entity(%s) after removing gamma: err = %v, want ErrNotFound", e.Name, err)
		}
	}
	if e, err := g.FindEntity(ctx, "Arkell"); err != nil || e.IRI != TomasArkell.IRI {
		t.Errorf("FindEntity(Arkell) after removing gamma = %v, %v; want Tomas Arkell", e.IRI, err)
	}
	if err := g.RemoveDocument(ctx, GammaID); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("second RemoveDocument: err = %v, want ErrNotFound", err)
	}
	// Removing beta keeps the shared fact with alpha's evidence only, and the shared entities.
	if err := g.RemoveDocument(ctx, BetaID); err != nil {
		t.Fatal(err)
	}
	diff(t, "stored quads after removing beta", QuadsOf(t, Alpha()), StoredQuads(t, g))
	facts := collect(t, g.Facts(ctx, graph.FactQuery{Predicates: []schema.Predicate{schema.Met}}))
	if len(facts) != 1 || len(facts[0].Evidence) != 1 || facts[0].Evidence[0].Doc != AlphaID {
		t.Errorf("met facts after removing beta = %+v, want one with alpha's evidence", facts)
	}
	if _, err := g.Entity(ctx, FarmersUnion.IRI); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Entity(NFU): err = %v, want ErrNotFound", err)
	}
	if _, err := g.Entity(ctx, CoastalGuard.IRI); err != nil {
		t.Errorf("Entity(Coastal Guard): %v, want it kept (alpha mentions it)", err)
	}
	if err := g.RemoveDocument(ctx, AlphaID); err != nil {
		t.Fatal(err)
	}
	diff(t, "stored quads after removing everything", []string(nil), StoredQuads(t, g))
	st, _ := g.Stats(ctx)
	if st.Entities != 0 || st.Facts != 0 || st.Quads != 0 || st.Documents != 0 || st.Sentences != 0 {
		t.Errorf("Stats of an emptied graph = %+v", st)
	}
}

func testInvalid(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	x := Alpha()
	x.Facts[0].Evidence[0].Sentence = 99
	var xe *schema.ExtractionError
	if err := g.AddDocument(ctx, x); !errors.As(err, &xe) {
		t.Errorf("AddDocument(bad extraction): err = %v, want *schema.ExtractionError", err)
	}
	diff(t, "stored quads after a refused document", QuadsOf(t, Docs()...), StoredQuads(t, g))
}

func testDocuments(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	var got []schema.Document
	for d, err := range g.Documents(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, d)
	}
	want := []schema.Document{
		{ID: AlphaID, Headline: AlphaHeadline, Published: AlphaDate, Authors: []schema.Entity{LenaBrook}},
		{ID: BetaID, Published: BetaDate},
		{ID: GammaID, Headline: "Sudmark visit"},
	}
	diff(t, "Documents", want, got)
	if _, err := g.Document(ctx, "nope"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Document(nope): err = %v, want ErrNotFound", err)
	}
}

func names(es []schema.Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Name)
	}
	return out
}

func collect[T any](t *testing.T, seq func(func(T, error) bool)) []T {
	t.Helper()
	var out []T
	for v, err := range seq {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

func testEntities(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	diff(t, "Entities(Person)", []string{"Jonas Arkell", "Lena Brook", "Marta Vellin", "Renée Dufay", "Tomas Arkell"},
		names(collect(t, g.Entities(ctx, schema.Person))))
	if n := len(collect(t, g.Entities(ctx, ""))); n != 10 {
		t.Errorf("Entities(\"\") gave %d entities, want 10", n)
	}
	e, err := g.Entity(ctx, MartaVellin.IRI)
	diff(t, "Entity(Marta Vellin)", MartaVellin, e)
	if err != nil {
		t.Error(err)
	}
	// Stopping early is fine.
	for range g.Entities(ctx, "") {
		break
	}
}

func testFindEntity(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	tests := []struct {
		name, query string
		want        schema.IRI
		wantErr     error
		reason      string
	}{
		{"canonical", "Marta Vellin", MartaVellin.IRI, nil, "the canonical name"},
		{"case", "MARTA vellin", MartaVellin.IRI, nil, "case does not matter"},
		{"possessive", "Marta Vellin's", MartaVellin.IRI, nil, "a possessive is dropped"},
		{"alias", "m vellin", MartaVellin.IRI, nil, "an alias, punctuation ignored"},
		{"acronym", "NFU", FarmersUnion.IRI, nil, "an alias"},
		{"diacritics", "Renee Dufay", ReneeDufay.IRI, nil, "missing diacritics"},
		{"surname", "Dufay", ReneeDufay.IRI, nil, "an unambiguous surname"},
		{"surname2", "vellin", MartaVellin.IRI, nil, "an unambiguous surname"},
		{"iri", string(Norland.IRI), Norland.IRI, nil, "the IRI itself"},
		{"ambiguous", "Arkell", "", graph.ErrAmbiguous, "two people named Arkell"},
		{"unknown", "Olaf Unknown", "", graph.ErrNotFound, "nobody"},
		{"empty", "  ", "", graph.ErrNotFound, "no name"},
		{"place surname", "Brava", "", graph.ErrNotFound, "surnames only for people"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := g.FindEntity(ctx, tt.query)
			if !errors.Is(err, tt.wantErr) || got.IRI != tt.want {
				t.Errorf("FindEntity(%q) = %v, %v; want %v, %v (%s)", tt.query, got.IRI, err, tt.want, tt.wantErr, tt.reason)
			}
		})
	}
	_, err := g.FindEntity(ctx, "Arkell")
	var ae *graph.AmbiguousError
	if !errors.As(err, &ae) {
		t.Fatalf("FindEntity(Arkell): %v, want *AmbiguousError", err)
	}
	diff(t, "candidates", []string{"Jonas Arkell", "Tomas Arkell"}, names(ae.Candidates))
}

func testLookup(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	got, err := g.Lookup(ctx, schema.NameKey("Renée Dufay"))
	if err != nil || len(got) != 1 || got[0].IRI != ReneeDufay.IRI {
		t.Errorf("Lookup(renee dufay) = %v, %v", got, err)
	}
	got, err = g.Lookup(ctx, "nobody")
	if err != nil || len(got) != 0 {
		t.Errorf("Lookup(nobody) = %v, %v; want nothing", got, err)
	}
}

func factStrings(fs []schema.Fact) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s %s %s %d", f.Subject.Name, f.Predicate.Name(), f.Object.Name, len(f.Evidence)))
	}
	return out
}

func testFacts(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	tests := []struct {
		name string
		q    graph.FactQuery
		want []string
	}{
		{"all", graph.FactQuery{}, []string{
			"Coastal Guard partOf Norland 1", "Jonas Arkell visited Sudmark 1",
			"Marta Vellin commands Coastal Guard 1", "Marta Vellin met Tomas Arkell 2",
			"Marta Vellin visited Porto Brava 1", "Porto Brava locatedIn Norland 1",
			"Renée Dufay advises Jonas Arkell 1", "Tomas Arkell leads Norland Farmers Union 1"}},
		{"subject", graph.FactQuery{Subject: MartaVellin.IRI}, []string{
			"Marta Vellin commands Coastal Guard 1", "Marta Vellin met Tomas Arkell 2",
			"Marta Vellin visited Porto Brava 1"}},
		{"object", graph.FactQuery{Object: Norland.IRI}, []string{
			"Coastal Guard partOf Norland 1", "Porto Brava locatedIn Norland 1"}},
		{"predicate", graph.FactQuery{Predicates: []schema.Predicate{schema.Visited}}, []string{
			"Jonas Arkell visited Sudmark 1", "Marta Vellin visited Porto Brava 1"}},
		{"subject class", graph.FactQuery{SubjectClass: schema.Place}, []string{"Porto Brava locatedIn Norland 1"}},
		{"object class", graph.FactQuery{ObjectClass: schema.Country, SubjectClass: schema.Person},
			[]string{"Jonas Arkell visited Sudmark 1"}},
		{"doc", graph.FactQuery{Doc: BetaID}, []string{
			"Coastal Guard partOf Norland 1", "Marta Vellin met Tomas Arkell 1",
			"Tomas Arkell leads Norland Farmers Union 1"}},
		{"limit", graph.FactQuery{Limit: 2}, []string{
			"Coastal Guard partOf Norland 1", "Jonas Arkell visited Sudmark 1"}},
		{"nothing", graph.FactQuery{Subject: Sudmark.IRI}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			diff(t, "Facts", tt.want, factStrings(collect(t, g.Facts(ctx, tt.q))))
		})
	}
	met := collect(t, g.Facts(ctx, graph.FactQuery{Subject: MartaVellin.IRI, Predicates: []schema.Predicate{schema.Met}}))
	a, b := Alpha().Sentences[1], Beta().Sentences[2]
	want := []schema.Fact{{
		Subject: noAliases(MartaVellin), Predicate: schema.Met, Object: noAliases(TomasArkell),
		Evidence: []schema.Evidence{
			{Doc: AlphaID, Sentence: 2, Text: a.Text, Start: a.Start, Length: a.Length},
			{Doc: BetaID, Sentence: 3, Text: b.Text, Start: b.Start, Length: b.Length},
		},
	}}
	diff(t, "met fact with evidence", want, met)
	ev := met[0].Evidence[0]
	if got := Text(Alpha())[ev.Start : ev.Start+ev.Length]; got != ev.Text {
		t.Errorf("evidence span gives %q, want %q", got, ev.Text)
	}
}

func testNeighbors(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	str := func(ns []graph.Neighbor) []string {
		var out []string
		for _, n := range ns {
			out = append(out, fmt.Sprintf("%s %s %s %d", n.Direction, n.Predicate.Name(), n.Entity.Name, len(n.Evidence)))
		}
		return out
	}
	tests := []struct {
		name  string
		dir   graph.Direction
		preds []schema.Predicate
		want  []string
	}{
		{"both", graph.Both, nil, []string{"in met Marta Vellin 2", "out leads Norland Farmers Union 1"}},
		{"zero is both", 0, nil, []string{"in met Marta Vellin 2", "out leads Norland Farmers Union 1"}},
		{"out", graph.Out, nil, []string{"out leads Norland Farmers Union 1"}},
		{"in", graph.In, nil, []string{"in met Marta Vellin 2"}},
		{"preds", graph.Both, []schema.Predicate{schema.Leads, schema.Commands}, []string{"out leads Norland Farmers Union 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := collect(t, g.Neighbors(ctx, TomasArkell.IRI, tt.dir, tt.preds...))
			diff(t, "Neighbors(Tomas Arkell)", tt.want, str(got))
		})
	}
	if err := firstErr(g.Neighbors(ctx, "https://newsgraph.dev/id/nobody", graph.Both)); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Neighbors(nobody): err = %v, want ErrNotFound", err)
	}
}

func testPath(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	people := g.Path().HasClass(schema.Person)
	tests := []struct {
		name string
		p    *graph.Path
		want []string
	}{
		{"start", g.Path(MartaVellin.IRI, Norland.IRI), []string{"Marta Vellin", "Norland"}},
		{"all entities", g.Path().Limit(0), names(collect(t, g.Entities(ctx, "")))},
		{"out all", g.Path(MartaVellin.IRI).Out(), []string{"Coastal Guard", "Porto Brava", "Tomas Arkell"}},
		{"two hops", g.Path(MartaVellin.IRI).Out(schema.Met).Out(schema.Leads), []string{"Norland Farmers Union"}},
		{"in", g.Path(Norland.IRI).In(schema.LocatedIn, schema.PartOf), []string{"Coastal Guard", "Porto Brava"}},
		{"both", g.Path(TomasArkell.IRI).Both(), []string{"Marta Vellin", "Norland Farmers Union"}},
		{"has", g.Path().Has(schema.Leads, FarmersUnion.IRI), []string{"Tomas Arkell"}},
		{"class", people.Out(schema.Visited).HasClass(schema.Country), []string{"Sudmark"}},
		{"is", g.Path(MartaVellin.IRI).Out().Is(PortoBrava.IRI, Norland.IRI), []string{"Porto Brava"}},
		{"and", people.And(g.Path(MartaVellin.IRI).Out(schema.Met)), []string{"Tomas Arkell"}},
		{"or", g.Path(Sudmark.IRI).Or(g.Path(Norland.IRI)), []string{"Norland", "Sudmark"}},
		{"except", people.Except(g.Path().Has(schema.Met, TomasArkell.IRI)),
			[]string{"Jonas Arkell", "Lena Brook", "Renée Dufay", "Tomas Arkell"}},
		{"limit", people.Limit(2), []string{"Jonas Arkell", "Lena Brook"}}, // the first two by name
		{"nothing", g.Path(Sudmark.IRI).Out(), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := collect(t, tt.p.Entities(ctx))
			diff(t, "Entities", tt.want, names(got))
		})
	}
	// Steps do not change the path they extend.
	base := g.Path(MartaVellin.IRI)
	_ = base.Out(schema.Met)
	if got := collect(t, base.Entities(ctx)); len(got) != 1 || got[0].IRI != MartaVellin.IRI {
		t.Errorf("base path changed by a step: %v", names(got))
	}
}

func testPathFacts(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	got := collect(t, g.Path(MartaVellin.IRI).Out(schema.Met).Out(schema.Leads).Facts(ctx))
	diff(t, "last hop facts", []string{"Tomas Arkell leads Norland Farmers Union 1"}, factStrings(got))
	got = collect(t, g.Path(Norland.IRI).In().Facts(ctx))
	diff(t, "in facts", []string{"Coastal Guard partOf Norland 1", "Porto Brava locatedIn Norland 1"}, factStrings(got))
	got = collect(t, g.Path(MartaVellin.IRI).Out().Is(TomasArkell.IRI).Facts(ctx))
	diff(t, "filtered facts", []string{"Marta Vellin met Tomas Arkell 2"}, factStrings(got))
	if err := firstErr(g.Path(MartaVellin.IRI).Facts(ctx)); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("Facts of a path without a hop: %v, want ErrInvalid", err)
	}
}

func testShortestPath(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	tests := []struct {
		name     string
		from, to schema.IRI
		opts     *graph.ShortestPathOptions
		want     []string
		wantErr  error
	}{
		{"two hops", MartaVellin.IRI, FarmersUnion.IRI, nil,
			[]string{"Marta Vellin met Tomas Arkell 2", "Tomas Arkell leads Norland Farmers Union 1"}, nil},
		{"tie broken by IRI", MartaVellin.IRI, Norland.IRI, nil,
			[]string{"Marta Vellin commands Coastal Guard 1", "Coastal Guard partOf Norland 1"}, nil},
		{"predicates", MartaVellin.IRI, Norland.IRI,
			&graph.ShortestPathOptions{Predicates: []schema.Predicate{schema.Visited, schema.LocatedIn}},
			[]string{"Marta Vellin visited Porto Brava 1", "Porto Brava locatedIn Norland 1"}, nil},
		{"max hops", MartaVellin.IRI, Norland.IRI, &graph.ShortestPathOptions{MaxHops: 1}, nil, graph.ErrNoPath},
		{"against direction", FarmersUnion.IRI, PortoBrava.IRI, nil, []string{
			"Tomas Arkell leads Norland Farmers Union 1", "Marta Vellin met Tomas Arkell 2",
			"Marta Vellin visited Porto Brava 1"}, nil},
		{"directed", FarmersUnion.IRI, PortoBrava.IRI, &graph.ShortestPathOptions{Directed: true}, nil, graph.ErrNoPath},
		{"directed forward", TomasArkell.IRI, FarmersUnion.IRI, &graph.ShortestPathOptions{Directed: true},
			[]string{"Tomas Arkell leads Norland Farmers Union 1"}, nil},
		{"directed symmetric", TomasArkell.IRI, PortoBrava.IRI, &graph.ShortestPathOptions{Directed: true},
			[]string{"Marta Vellin met Tomas Arkell 2", "Marta Vellin visited Porto Brava 1"}, nil},
		{"directed against", PortoBrava.IRI, MartaVellin.IRI, &graph.ShortestPathOptions{Directed: true},
			nil, graph.ErrNoPath},
		{"unconnected", MartaVellin.IRI, Sudmark.IRI, nil, nil, graph.ErrNoPath},
		{"same", Norland.IRI, Norland.IRI, nil, nil, nil},
		{"unknown", MartaVellin.IRI, "https://newsgraph.dev/id/nobody", nil, nil, graph.ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := g.ShortestPath(ctx, tt.from, tt.to, tt.opts)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			diff(t, "ShortestPath", tt.want, factStrings(got))
		})
	}
}

func testExportNQuads(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	var buf bytes.Buffer
	if err := g.Export(ctx, &buf, graph.NQuads); err != nil {
		t.Fatal(err)
	}
	// Cayley's own reader reads it back: same quads, with labels and full datatypes.
	r := nquads.NewReader(bytes.NewReader(buf.Bytes()), false)
	var got []string
	for {
		q, err := r.ReadQuad()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("nquads reader: %v", err)
			}
			break
		}
		sq, err := store.FromQuad(q)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, sq.String())
	}
	slices.Sort(got)
	diff(t, "quads read back by Cayley", QuadsOf(t, Docs()...), got)
	if !strings.Contains(buf.String(), "^^<"+string(schema.XSDInteger)+">") {
		t.Error("N-Quads lacks full datatype IRIs")
	}
	// A query's facts: one quad per piece of evidence.
	buf.Reset()
	if err := g.ExportFacts(ctx, &buf, graph.NQuads, graph.FactQuery{Predicates: []schema.Predicate{schema.Met}}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "\n"); n != 2 {
		t.Errorf("ExportFacts(met) wrote %d quads, want 2:\n%s", n, buf.String())
	}
}

func testExportJSONLD(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	var buf bytes.Buffer
	if err := g.Export(ctx, &buf, graph.JSONLD); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Context map[string]string `json:"@context"`
		Graph   []struct {
			ID    string           `json:"@id"`
			Graph []map[string]any `json:"@graph"`
		} `json:"@graph"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("JSON-LD does not parse: %v\n%s", err, buf.String())
	}
	// One named graph per label: 3 documents and the 8 sentences that state facts.
	labels := map[string]bool{}
	values := 0
	for _, ng := range doc.Graph {
		labels[ng.ID] = true
		for _, node := range ng.Graph {
			id, _ := node["@id"].(string)
			if id == "" || strings.HasPrefix(id, "_:") {
				t.Errorf("node without an IRI: %v", node)
			}
			for k, v := range node {
				switch k {
				case "@id":
				case "@type":
					values += len(v.([]any))
				default:
					values += len(v.([]any))
				}
			}
		}
	}
	if len(labels) != 3+8 || len(doc.Graph) != 11 {
		t.Errorf("JSON-LD has %d named graphs (%d labels), want 11", len(doc.Graph), len(labels))
	}
	if want := len(QuadsOf(t, Docs()...)); values != want {
		t.Errorf("JSON-LD holds %d values, want %d quads", values, want)
	}
}

func testExportGraphML(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	var buf bytes.Buffer
	if err := g.Export(ctx, &buf, graph.GraphML); err != nil {
		t.Fatal(err)
	}
	type data struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	}
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []data `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []data `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("GraphML is not XML: %v", err)
	}
	if len(doc.Graph.Nodes) != 10 || len(doc.Graph.Edges) != 8 {
		t.Errorf("GraphML has %d nodes and %d edges, want 10 and 8", len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	found := false
	for _, e := range doc.Graph.Edges {
		if e.Source == string(MartaVellin.IRI) && e.Target == string(TomasArkell.IRI) {
			found = true
			diff(t, "met edge data", []data{{"predicate", "met"}, {"evidence", "2"}}, e.Data)
		}
	}
	if !found {
		t.Error("GraphML lacks the met edge")
	}
	buf.Reset()
	if err := g.ExportFacts(ctx, &buf, graph.GraphML, graph.FactQuery{Subject: TomasArkell.IRI}); err != nil {
		t.Fatal(err)
	}
	if n, e := strings.Count(buf.String(), "<node "), strings.Count(buf.String(), "<edge "); n != 2 || e != 1 {
		t.Errorf("ExportFacts(GraphML) has %d nodes, %d edges; want 2, 1", n, e)
	}
}

func testExportDOT(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	var buf bytes.Buffer
	if err := g.Export(ctx, &buf, graph.DOT); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	if !strings.HasPrefix(s, "digraph newsgraph {\n") || !strings.HasSuffix(s, "}\n") ||
		strings.Count(s, " -> ") != 8 || strings.Count(s, "[label=") != 18 {
		t.Errorf("DOT output:\n%s", s)
	}
	if !strings.Contains(s, `"`+string(MartaVellin.IRI)+`" -> "`+string(TomasArkell.IRI)+`" [label="met", evidence=2];`) {
		t.Errorf("DOT lacks the met edge:\n%s", s)
	}
}

func testExportCSV(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	var buf bytes.Buffer
	if err := g.ExportFacts(ctx, &buf, graph.CSV, graph.FactQuery{Predicates: []schema.Predicate{schema.Met}}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	a := Alpha().Sentences[1]
	want := [][]string{
		{"subject", "predicate", "object", "doc", "sentence", "text", "subject_iri", "object_iri", "start", "length"},
		{"Marta Vellin", "met", "Tomas Arkell", "alpha", "2", a.Text, string(MartaVellin.IRI), string(TomasArkell.IRI),
			fmt.Sprint(a.Start), fmt.Sprint(a.Length)},
		{"Marta Vellin", "met", "Tomas Arkell", "beta", "3", Beta().Sentences[2].Text, string(MartaVellin.IRI),
			string(TomasArkell.IRI), fmt.Sprint(Beta().Sentences[2].Start), fmt.Sprint(Beta().Sentences[2].Length)},
	}
	diff(t, "CSV", want, rows)
	buf.Reset()
	if err := g.Export(ctx, &buf, graph.CSV); err != nil {
		t.Fatal(err)
	}
	rows, err = csv.NewReader(&buf).ReadAll()
	if err != nil || len(rows) != 1+9 {
		t.Errorf("Export(CSV): %d rows, %v; want 10", len(rows), err)
	}
}

func testCayley(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	qs := g.Cayley()
	vals, err := cpath.StartPath(qs, quad.IRI(MartaVellin.IRI)).Out(quad.IRI(schema.Commands)).
		Out(quad.IRI(schema.Name)).Unique().Iterate(ctx).AllValues(qs)
	if err != nil || len(vals) != 1 || vals[0] != quad.String("Coastal Guard") {
		t.Errorf("Cayley path = %v, %v; want Coastal Guard", vals, err)
	}
	if _, err := qs.NewQuadWriter(); err == nil {
		t.Error("the escape hatch lets one write")
	}
}

func testConcurrent(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	all, without := len(QuadsOf(t, Docs()...)), len(QuadsOf(t, Alpha(), Gamma()))
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan error, 8)
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				n := 0
				for f, err := range g.Facts(ctx, graph.FactQuery{Doc: BetaID}) {
					if err != nil {
						errs <- err
						return
					}
					n += len(f.Evidence)
				}
				st, err := g.Stats(ctx)
				if err != nil {
					errs <- err
					return
				}
				if n != 0 && n != 3 || st.Quads != all && st.Quads != without {
					errs <- fmt.Errorf("half a document: %d evidence from beta, %d quads", n, st.Quads)
					return
				}
			}
		}()
	}
	for i := range 20 {
		var err error
		if i%2 == 0 {
			err = g.RemoveDocument(ctx, BetaID)
		} else {
			err = g.AddDocument(ctx, Beta())
		}
		if err != nil {
			t.Error(err)
			break
		}
	}
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// testConcurrentExports runs several exports of one graph at once (a race in Cayley's
// memstore once made this unsafe, caught by go test -race): each gives the whole graph.
func testConcurrentExports(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	var want bytes.Buffer
	if err := g.Export(ctx, &want, graph.NQuads); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				var b bytes.Buffer
				f := graph.NQuads
				if i%2 == 1 {
					f = graph.JSONLD
				}
				if err := g.Export(ctx, &b, f); err != nil {
					errs <- err
					return
				}
				if f == graph.NQuads && !bytes.Equal(b.Bytes(), want.Bytes()) {
					errs <- fmt.Errorf("a concurrent export differs")
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func testClose(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	if err := g.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := g.Close(); !errors.Is(err, graph.ErrClosed) {
		t.Errorf("second Close: %v, want ErrClosed", err)
	}
	checks := map[string]error{
		"AddDocument":    g.AddDocument(ctx, Alpha()),
		"AddDocuments":   g.AddDocuments(ctx, Docs()),
		"RemoveDocument": g.RemoveDocument(ctx, AlphaID),
		"FindEntity":     second(g.FindEntity(ctx, "Marta Vellin")),
		"Stats":          second(g.Stats(ctx)),
		"ShortestPath":   second(g.ShortestPath(ctx, MartaVellin.IRI, Norland.IRI, nil)),
		"Path":           firstErr(g.Path().Entities(ctx)),
		"Export":         g.Export(ctx, &bytes.Buffer{}, graph.NQuads),
	}
	for _, err := range g.Facts(ctx, graph.FactQuery{}) {
		checks["Facts"] = err
	}
	for name, err := range checks {
		if !errors.Is(err, graph.ErrClosed) {
			t.Errorf("%s after Close: %v, want ErrClosed", name, err)
		}
	}
}

func second[T any](_ T, err error) error { return err }

// firstErr returns the first error a stream yields, or nil.
func firstErr[T any](seq func(func(T, error) bool)) error {
	for _, err := range seq {
		if err != nil {
			return err
		}
	}
	return nil
}

func testContext(t *testing.T, open Opener) {
	g := Load(t, open)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := g.AddDocument(ctx, Alpha()); !errors.Is(err, context.Canceled) {
		t.Errorf("AddDocument with a cancelled context: %v", err)
	}
	if _, err := g.FindEntity(ctx, "Marta Vellin"); !errors.Is(err, context.Canceled) {
		t.Errorf("FindEntity with a cancelled context: %v", err)
	}
}
