package graphtest

import (
	"context"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

func chainStrings(cs []graph.Chain) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.String())
	}
	return out
}

// testChains checks Path.Chains on the fixture, hop by hop, and Skip, Limit and Count.
func testChains(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	// One chain, checked whole: every entity and every hop's fact with its evidence.
	got := collect(t, g.Path(MartaVellin.IRI).Out(schema.Met).Out(schema.Leads).Chains(ctx))
	met := collect(t, g.Facts(ctx, graph.FactQuery{Subject: MartaVellin.IRI, Predicates: []schema.Predicate{schema.Met}}))
	leads := collect(t, g.Facts(ctx, graph.FactQuery{Subject: TomasArkell.IRI, Predicates: []schema.Predicate{schema.Leads}}))
	want := []graph.Chain{{
		Entities: []schema.Entity{noAliases(MartaVellin), noAliases(TomasArkell), noAliases(FarmersUnion)},
		Hops:     []graph.Hop{{Fact: met[0], Direction: graph.Out}, {Fact: leads[0], Direction: graph.Out}},
	}}
	diff(t, "Chains(Marta -met-> -leads->)", want, got)
	if len(got) == 1 && (len(got[0].Hops[0].Fact.Evidence) != 2 || got[0].Hops[1].Fact.Evidence[0].Text != Beta().Sentences[0].Text) {
		t.Errorf("the hops' evidence: %+v", got[0].Hops)
	}
	tests := []struct {
		name string
		p    *graph.Path
		want []string
	}{
		{"both both", g.Path(TomasArkell.IRI).Both().Both(), []string{
			"Tomas Arkell <-met- Marta Vellin -commands-> Coastal Guard",
			"Tomas Arkell <-met- Marta Vellin -visited-> Porto Brava",
			"Tomas Arkell <-met- Marta Vellin -met-> Tomas Arkell",
			"Tomas Arkell -leads-> Norland Farmers Union <-leads- Tomas Arkell"}},
		{"in", g.Path(Norland.IRI).In(), []string{"Norland <-partOf- Coastal Guard", "Norland <-locatedIn- Porto Brava"}},
		{"filter after the hop", g.Path(MartaVellin.IRI).Out().HasClass(schema.Person), []string{"Marta Vellin -met-> Tomas Arkell"}},
		{"limit between hops", g.Path(TomasArkell.IRI).Both().Limit(1).Out(), []string{
			"Tomas Arkell <-met- Marta Vellin -commands-> Coastal Guard",
			"Tomas Arkell <-met- Marta Vellin -visited-> Porto Brava",
			"Tomas Arkell <-met- Marta Vellin -met-> Tomas Arkell"}},
		{"limit at the end", g.Path(MartaVellin.IRI).Out().Limit(2), []string{
			"Marta Vellin -commands-> Coastal Guard", "Marta Vellin -visited-> Porto Brava"}},
		{"skip", g.Path(MartaVellin.IRI).Out().Skip(2), []string{"Marta Vellin -met-> Tomas Arkell"}},
		{"or", g.Path(JonasArkell.IRI).In(schema.Advises).Or(g.Path(Sudmark.IRI).In(schema.Visited)), []string{
			"Sudmark <-visited- Jonas Arkell", "Jonas Arkell <-advises- Renée Dufay"}},
		{"or, then a hop", g.Path(CoastalGuard.IRI).Or(g.Path(PortoBrava.IRI)).Out(), []string{
			"Coastal Guard -partOf-> Norland", "Porto Brava -locatedIn-> Norland"}},
		{"every start", g.Path().HasClass(schema.Person).Out(schema.Visited), []string{
			"Marta Vellin -visited-> Porto Brava", "Jonas Arkell -visited-> Sudmark"}},
		{"no hop", g.Path(Sudmark.IRI, Norland.IRI), []string{"Norland", "Sudmark"}},
		{"nothing", g.Path(Sudmark.IRI).Out(), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			diff(t, "Chains", tt.want, chainStrings(collect(t, tt.p.Chains(ctx))))
			// Every chain ends at an entity of Path.Entities, and every entity is reached.
			ends := map[string]bool{}
			for _, c := range collect(t, tt.p.Chains(ctx)) {
				ends[c.End().Name] = true
			}
			for _, e := range collect(t, tt.p.Entities(ctx)) {
				if !ends[e.Name] {
					t.Errorf("%s is reached by no chain", e.Name)
				}
				delete(ends, e.Name)
			}
			if len(ends) > 0 {
				t.Errorf("chains end at entities the path does not reach: %v", ends)
			}
		})
	}
	// Stopping early is fine.
	for range g.Path(TomasArkell.IRI).Both().Both().Chains(ctx) {
		break
	}
	// Skip and Limit page through the sorted answer; Count counts it.
	people := g.Path().HasClass(schema.Person)
	n, err := people.Count(ctx)
	if err != nil || n != 5 {
		t.Errorf("Count(people) = %d, %v; want 5", n, err)
	}
	diff(t, "Skip(1).Limit(2)", []string{"Lena Brook", "Marta Vellin"}, names(collect(t, people.Skip(1).Limit(2).Entities(ctx))))
	diff(t, "Skip(4).Limit(2)", []string{"Tomas Arkell"}, names(collect(t, people.Skip(4).Limit(2).Entities(ctx))))
	diff(t, "Skip(9)", []string(nil), names(collect(t, people.Skip(9).Entities(ctx))))
	if n, _ := people.Skip(2).Count(ctx); n != 3 {
		t.Errorf("Skip(2).Count = %d, want 3", n)
	}
	// Limit takes the first of the sorted answer, not the first found.
	diff(t, "Out().Limit(1)", []string{"Coastal Guard"}, names(collect(t, g.Path(MartaVellin.IRI).Out().Limit(1).Entities(ctx))))
	if got := slices.Collect(func(yield func(string) bool) {
		for f, err := range g.Path(MartaVellin.IRI).Out().Limit(1).Facts(ctx) {
			if err != nil || !yield(f.Object.Name) {
				return
			}
		}
	}); !slices.Equal(got, []string{"Coastal Guard"}) {
		t.Errorf("Out().Limit(1).Facts reach %v, want Coastal Guard", got)
	}
}
