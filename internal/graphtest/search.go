package graphtest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// The search fixture: one invented document whose names have the spellings searches
// trip over.
//
//	Karim Soleimani ("Soleimani") --commands--> Tidewater Force ("TWF")
//	Yara Qadhafi --leads--> Avalon Institute
//	Dmitri Volkov --met--> Irina Volkova;  Marianne Pelosi --met--> Dmitri Volkov
//	Dmitri Volkov --visited--> Port Avala ("Avala")
//	Reza Khamenei, Ana Kovac, Ana Lindqvist: no facts
//
// Queries: transliterations (Suleimani, Sulaimani, Gaddafi, Kadhafi, Khamanei), typos
// (Tidewater Forse, Marianne Pelosy), surnames alone (Volkov: Dmitri before Irina
// Volkova), initials (D. Volkov), prefixes (Aval), and a tie (Ana: by name).
var (
	KarimSoleimani  = ent("Karim Soleimani", schema.Person, "Soleimani")
	YaraQadhafi     = ent("Yara Qadhafi", schema.Person)
	DmitriVolkov    = ent("Dmitri Volkov", schema.Person)
	IrinaVolkova    = ent("Irina Volkova", schema.Person)
	MariannePelosi  = ent("Marianne Pelosi", schema.Person)
	RezaKhamenei    = ent("Reza Khamenei", schema.Person)
	AnaKovac        = ent("Ana Kovac", schema.Person)
	AnaLindqvist    = ent("Ana Lindqvist", schema.Person)
	TidewaterForce  = ent("Tidewater Force", schema.Organization, "TWF")
	AvalonInstitute = ent("Avalon Institute", schema.Organization)
	PortAvala       = ent("Port Avala", schema.Place, "Avala")
	SigmaID         = schema.DocID("sigma")
)

// Sigma returns the search fixture's document.
func Sigma() *schema.Extraction {
	x := &schema.Extraction{
		Document: schema.Document{ID: SigmaID, Headline: "Names to search for"},
		Sentences: sentences(
			"Karim Soleimani commands the Tidewater Force.",
			"Yara Qadhafi leads the Avalon Institute.",
			"Dmitri Volkov met Irina Volkova in Port Avala, where Marianne Pelosi met him too.",
			"Reza Khamenei, Ana Kovac and Ana Lindqvist were not there.",
		),
		Entities: []schema.Entity{KarimSoleimani, YaraQadhafi, DmitriVolkov, IrinaVolkova, MariannePelosi,
			RezaKhamenei, AnaKovac, AnaLindqvist, TidewaterForce, AvalonInstitute, PortAvala},
	}
	fact(x, KarimSoleimani, schema.Commands, TidewaterForce, 1)
	fact(x, YaraQadhafi, schema.Leads, AvalonInstitute, 2)
	fact(x, DmitriVolkov, schema.Met, IrinaVolkova, 3)
	fact(x, MariannePelosi, schema.Met, DmitriVolkov, 3)
	fact(x, DmitriVolkov, schema.Visited, PortAvala, 3)
	return x
}

// testSearch checks the ranking of Search on the search fixture: typos,
// transliterations, surnames alone, initials, prefixes, ties and the class filter.
func testSearch(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	if err := g.AddDocument(ctx, Sigma()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text   string
		class  schema.Class
		want   []string // the names ranked, best first; a prefix of the answer when more
		exact  bool     // the answer is exactly want
		reason string
	}{
		{"Karim Soleimani", "", []string{"Karim Soleimani"}, false, "the name itself"},
		{"karim suleimani", "", []string{"Karim Soleimani"}, true, "a transliteration: one vowel apart"},
		{"Sulaimani", "", []string{"Karim Soleimani"}, true, "two vowels apart, the surname alone"},
		{"Soleimani", "", []string{"Karim Soleimani"}, true, "an alias"},
		{"Gaddafi", "", []string{"Yara Qadhafi"}, true, "q/g and dh/dd: the same consonants"},
		{"Kadhafi", "", []string{"Yara Qadhafi"}, true, "k for q"},
		{"Khamanei", "", []string{"Reza Khamenei"}, true, "one vowel apart"},
		{"Tidewater Forse", "", []string{"Tidewater Force"}, true, "a typo"},
		{"Marianne Pelosy", "", []string{"Marianne Pelosi"}, true, "a typo in the surname"},
		{"Marianne Plosi", "", []string{"Marianne Pelosi"}, true, "a letter dropped"},
		{"Dmirti Volkov", "", []string{"Dmitri Volkov"}, false, "two letters swapped"},
		{"Volkov", "", []string{"Dmitri Volkov", "Irina Volkova"}, true, "the surname first, then one letter more"},
		{"D. Volkov", "", []string{"Dmitri Volkov"}, true, "an initial and the surname"},
		{"Volkov Dmitri", "", []string{"Dmitri Volkov"}, false, "the words the other way round"},
		{"Avala", "", []string{"Port Avala"}, true, "an alias (Avalon is two edits away)"},
		{"Aval", "", []string{"Port Avala", "Avalon Institute"}, true, "a prefix: of the alias, then of a word of a name"},
		{"Aval", "Organization", []string{"Avalon Institute"}, true, "the class filter"},
		{"Ana", "", []string{"Ana Kovac", "Ana Lindqvist"}, true, "a tie, broken by name"},
		{"twf", "", []string{"Tidewater Force"}, true, "an acronym alias"},
		{"Xyzzy Plugh", "", nil, true, "nothing close"},
		{"Marta Velin", "", []string{"Marta Vellin"}, false, "the shared fixture too"},
	}
	for _, tt := range tests {
		t.Run(tt.text+"/"+string(tt.class), func(t *testing.T) {
			ms, err := g.Search(ctx, tt.text, 5, &graph.SearchOptions{Class: tt.class})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for i, m := range ms {
				got = append(got, m.Entity.Name)
				if m.Score < graph.MinScore || m.Score > 1 || i > 0 && m.Score > ms[i-1].Score {
					t.Errorf("match %d: score %.3f out of order or range", i, m.Score)
				}
			}
			if !tt.exact && len(got) > len(tt.want) {
				got = got[:len(tt.want)]
			}
			diff(t, fmt.Sprintf("Search(%q) (%s)", tt.text, tt.reason), tt.want, got)
		})
	}
	ms, err := g.Search(ctx, "Soleimani", 1, nil)
	if err != nil || len(ms) != 1 || ms[0].Name != "Soleimani" || ms[0].Facts != 1 || ms[0].Entity.Aliases == nil {
		t.Errorf("Search(Soleimani) = %+v, %v; want the alias that matched, 1 fact and the aliases", ms, err)
	}
	// n bounds the answer.
	if ms, _ := g.Search(ctx, "a", 100, nil); len(ms) > 100 {
		t.Errorf("Search(a, 100) gave %d", len(ms))
	}
	if ms, _ := g.Search(ctx, "Volkov", 1, nil); len(ms) != 1 {
		t.Errorf("Search(Volkov, 1) gave %d matches", len(ms))
	}
	// The index follows writes: a removed document's names go, a new one's come.
	if err := g.RemoveDocument(ctx, SigmaID); err != nil {
		t.Fatal(err)
	}
	if ms, _ := g.Search(ctx, "Gaddafi", 5, nil); len(ms) != 0 {
		t.Errorf("after removing sigma, Search(Gaddafi) = %v", ms)
	}
	if err := g.AddDocument(ctx, Sigma()); err != nil {
		t.Fatal(err)
	}
	if ms, _ := g.Search(ctx, "Gaddafi", 5, nil); len(ms) != 1 {
		t.Errorf("after adding sigma again, Search(Gaddafi) = %v", ms)
	}
}

// testNotFoundSuggests checks FindEntity's did-you-mean.
func testNotFoundSuggests(t *testing.T, open Opener) {
	ctx := context.Background()
	g := Load(t, open)
	_, err := g.FindEntity(ctx, "Marta Velin")
	var nf *graph.NotFoundError
	if !errors.As(err, &nf) || !errors.Is(err, graph.ErrNotFound) {
		t.Fatalf("FindEntity(Marta Velin) = %v, want a *NotFoundError", err)
	}
	if len(nf.Suggestions) == 0 || nf.Suggestions[0].Entity.IRI != MartaVellin.IRI {
		t.Errorf("suggestions %+v, want Marta Vellin first", nf.Suggestions)
	}
	if !strings.Contains(err.Error(), "did you mean Marta Vellin (Person)") {
		t.Errorf("message %q", err)
	}
	_, err = g.FindEntity(ctx, "Zebulon Quartermaine")
	if !errors.As(err, &nf) || nf.Suggestions != nil || strings.Contains(err.Error(), "did you mean") {
		t.Errorf("FindEntity(Zebulon Quartermaine) = %v, want not found without suggestions", err)
	}
}
