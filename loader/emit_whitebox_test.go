package loader

import (
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestBuildExtraction checks emission: canonical order, merging of duplicate entities,
// authors matched to the people of the text, and facts the schema would reject dropped.
func TestBuildExtraction(t *testing.T) {
	d := &document{
		ID: "e",
		Sentences: []sentence{
			{N: 1, Text: "Mira Kovac leads the Velmar Party.", Start: 0, Length: 34},
			{N: 2, Text: "The party met in Port Vella.", Start: 35, Length: 28},
		},
		Meta: schema.Document{ID: "e", Authors: []schema.Entity{
			{IRI: schema.EntityIRI("Kovac Mira"), Name: "Mira Kovac", Class: schema.Person},
			{IRI: schema.EntityIRI("Port Vella"), Name: "Port Vella", Class: schema.Person},
			{IRI: schema.EntityIRI("Jan Berg"), Name: "Jan Berg", Class: schema.Person},
		}},
	}
	mira := schema.Entity{IRI: schema.EntityIRI("Mira Kovac"), Name: "Mira Kovac", Class: schema.Person, Aliases: []string{"Kovac"}}
	party := schema.Entity{IRI: schema.EntityIRI("Velmar Party"), Name: "Velmar Party", Class: schema.Organization, Aliases: []string{"the party"}}
	party2 := schema.Entity{IRI: party.IRI, Name: "Velmar Party", Class: schema.Organization, Aliases: []string{"VP"}}
	vella := schema.Entity{IRI: schema.EntityIRI("Port Vella"), Name: "Port Vella", Class: schema.Place}
	bad := schema.Entity{IRI: "https://example.org/x", Name: "X", Class: schema.Person}
	ev := func(n int) []schema.Evidence { return []schema.Evidence{{Doc: "e", Sentence: n}} }
	facts := []schema.Fact{
		{Subject: mira, Predicate: schema.Leads, Object: party, Evidence: append(ev(1), ev(1)...)},
		{Subject: mira, Predicate: schema.Visited, Object: vella, Evidence: ev(2)},
		{Subject: party, Predicate: schema.Leads, Object: mira, Evidence: ev(1)},   // wrong classes
		{Subject: mira, Predicate: schema.Met, Object: bad, Evidence: ev(1)},       // unknown entity
		{Subject: mira, Predicate: schema.Visited, Object: vella, Evidence: ev(9)}, // no such sentence
	}
	x := buildExtraction(d, []schema.Entity{vella, party, mira, bad, party2}, facts, nil)
	if err := x.Validate(); err != nil {
		t.Fatal(err)
	}
	var iris []schema.IRI
	for _, e := range x.Entities {
		iris = append(iris, e.IRI)
	}
	if want := []schema.IRI{mira.IRI, vella.IRI, party.IRI}; !reflect.DeepEqual(iris, want) {
		t.Errorf("entities %v, want %v", iris, want)
	}
	if got := x.Entities[2].Aliases; !reflect.DeepEqual(got, []string{"VP", "the party"}) {
		t.Errorf("merged aliases %q", got)
	}
	if len(x.Document.Authors) != 2 || x.Document.Authors[0].IRI != mira.IRI || x.Document.Authors[1].Name != "Jan Berg" {
		t.Errorf("authors %+v: want Mira Kovac's entity and Jan Berg (Port Vella is a place)", x.Document.Authors)
	}
	if len(x.Facts) != 2 || x.Facts[0].Predicate != schema.Leads || len(x.Facts[0].Evidence) != 1 || x.Facts[1].Predicate != schema.Visited {
		t.Errorf("facts %+v", x.Facts)
	}
}
