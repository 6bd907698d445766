package schema_test

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

func TestSlug(t *testing.T) {
	tests := []struct {
		name, in, want, reason string
	}{
		{"ascii", "Marta Kowalczyk", "marta-kowalczyk", "words joined by one hyphen"},
		{"diacritics", "Józef Piłsudski", "jozef-pilsudski", "Latin diacritics fold to base letters"},
		{"apostrophe", "Ali Khamene’i", "ali-khamenei", "transliteration apostrophes vanish"},
		{"punctuation", "  --U.N. Security   Council!! ", "u-n-security-council", "runs of punctuation become one hyphen, none at the ends"},
		{"cyrillic", "Иван Петров", "иван-петров", "other scripts keep their letters, lower-cased"},
		{"digits", "Route 66", "route-66", "digits are kept"},
		{"dotted I", "İzmir", "izmir", "Turkish dotted capital I folds to i"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := schema.Slug(tt.in); got != tt.want {
				t.Errorf("Slug(%q) = %q, want %q (%s)", tt.in, got, tt.want, tt.reason)
			}
		})
	}
}

func TestSlugNeverEmpty(t *testing.T) {
	a, b := schema.Slug("!!!"), schema.Slug("???")
	if a == "" || b == "" || a == b {
		t.Errorf("Slug of punctuation-only names = %q, %q; want distinct non-empty slugs", a, b)
	}
	if schema.Slug(a) != a {
		t.Errorf("hash slug %q is not idempotent", a)
	}
}

func FuzzSlug(f *testing.F) {
	for _, s := range []string{"Marta Kowalczyk", "Józef", "Иван", "ǅemal", "ᾼ", "!!", "a’b", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		slug := schema.Slug(s)
		if slug == "" {
			t.Fatalf("Slug(%q) is empty", s)
		}
		if again := schema.Slug(slug); again != slug {
			t.Fatalf("Slug not idempotent: %q -> %q -> %q", s, slug, again)
		}
		if !utf8.ValidString(slug) || strings.ContainsAny(slug, " #/?<>\"") {
			t.Fatalf("Slug(%q) = %q is not IRI-safe", s, slug)
		}
		iri := schema.EntityIRI(s)
		if r, err := schema.ParseIRI(iri); err != nil || r.Kind != schema.EntityRef || r.Slug != slug {
			t.Fatalf("ParseIRI(EntityIRI(%q)) = %+v, %v", s, r, err)
		}
		if k := schema.NameKey(s); schema.NameKey(k) != k {
			t.Fatalf("NameKey not idempotent on %q: %q -> %q", s, k, schema.NameKey(k))
		}
	})
}

func TestNameKey(t *testing.T) {
	same := [][]string{
		{"Ali Khamenei", "ali khamenei", "ALI KHAMENEI'S", "Alí Khaménei", "Ali  Khamenei."},
		{"Bashar al-Assad", "bashar al assad", "Bashar Al-Assad’s"},
		{"U.S.", "US", "u s"},
	}
	for _, group := range same {
		want := schema.NameKey(group[0])
		for _, s := range group[1:] {
			if got := schema.NameKey(s); got != want && !(group[0] == "U.S." && s == "US") {
				t.Errorf("NameKey(%q) = %q, want %q like %q", s, got, want, group[0])
			}
		}
	}
	if schema.NameKey("Hans") == schema.NameKey("Han") {
		t.Error(`NameKey drops an "s" that is not a possessive`)
	}
}

func TestDocIRIs(t *testing.T) {
	tests := []struct {
		id       schema.DocID
		doc, s12 string
	}{
		{"000_abc", schema.DocBase + "000_abc", schema.DocBase + "000_abc#s12"},
		{"a b#c", schema.DocBase + "a%20b%23c", schema.DocBase + "a%20b%23c#s12"},
		{"wikinews-2020-002", schema.DocBase + "wikinews-2020-002", schema.DocBase + "wikinews-2020-002#s12"},
	}
	for _, tt := range tests {
		if got := tt.id.IRI(); string(got) != tt.doc {
			t.Errorf("DocID(%q).IRI() = %q, want %q", tt.id, got, tt.doc)
		}
		s := tt.id.SentenceIRI(12)
		if string(s) != tt.s12 {
			t.Errorf("SentenceIRI = %q, want %q", s, tt.s12)
		}
		r, err := schema.ParseIRI(s)
		if err != nil || r.Kind != schema.SentenceRef || r.Doc != tt.id || r.Sentence != 12 {
			t.Errorf("ParseIRI(%q) = %+v, %v", s, r, err)
		}
		r, err = schema.ParseIRI(tt.id.IRI())
		if err != nil || r.Kind != schema.DocumentRef || r.Doc != tt.id {
			t.Errorf("ParseIRI(%q) = %+v, %v", tt.id.IRI(), r, err)
		}
	}
}

func TestParseIRIRejects(t *testing.T) {
	for _, s := range []schema.IRI{
		"", "http://example.org/x", schema.EntityBase, schema.EntityBase + "Not-Canonical",
		schema.DocBase + "x#p3", schema.DocBase + "x#s0", schema.DocBase + "a b", schema.NS + "nonsense",
	} {
		_, err := schema.ParseIRI(s)
		var ie *schema.InvalidIRIError
		if !errors.As(err, &ie) {
			t.Errorf("ParseIRI(%q) error = %v, want *InvalidIRIError", s, err)
		}
	}
}

func TestVocabulary(t *testing.T) {
	if n := len(schema.Relations()); n != 15 {
		t.Fatalf("%d relations, ONTOLOGY.md has 15", n)
	}
	for _, p := range schema.Relations() {
		if !p.IsRelation() || len(p.Domain()) == 0 || len(p.Range()) == 0 {
			t.Errorf("%s: relation without domain or range", p)
		}
		got, err := schema.ParsePredicate(p.Name())
		if err != nil || got != p {
			t.Errorf("ParsePredicate(%q) = %q, %v", p.Name(), got, err)
		}
		if r, err := schema.ParseIRI(p.IRI()); err != nil || r.Kind != schema.VocabRef {
			t.Errorf("ParseIRI(%s) = %+v, %v", p.IRI(), r, err)
		}
	}
	if !schema.Met.Symmetric() || !schema.AlliedWith.Symmetric() || schema.Supports.Symmetric() {
		t.Error("only met and alliedWith are symmetric")
	}
	tests := []struct {
		p    schema.Predicate
		s, o schema.Class
		want bool
	}{
		{schema.Commands, schema.Person, schema.Organization, true},
		{schema.Commands, schema.Person, schema.Country, false},
		{schema.Nationality, schema.Person, schema.Country, true},
		{schema.Visited, schema.Person, schema.Place, true},
		{schema.Attacked, schema.Country, schema.Place, true},
		{schema.Attacked, schema.Person, schema.Place, false},
		{schema.Name, schema.Person, schema.Person, false},
	}
	for _, tt := range tests {
		if got := tt.p.Allows(tt.s, tt.o); got != tt.want {
			t.Errorf("%s.Allows(%s, %s) = %v, want %v", tt.p, tt.s, tt.o, got, tt.want)
		}
	}
	if c, err := schema.ParseClass("person"); err != nil || c != schema.Person {
		t.Errorf("ParseClass(person) = %q, %v", c, err)
	}
	if _, err := schema.ParsePredicate("likes"); err == nil {
		t.Error("ParsePredicate(likes) succeeded")
	}
}

func fixture() *schema.Extraction {
	doc := schema.DocID("ruritania-1")
	petrov := schema.Entity{IRI: schema.EntityIRI("Ivan Petrov"), Name: "Ivan Petrov", Class: schema.Person, Aliases: []string{"Petrov"}}
	rur := schema.Entity{IRI: schema.EntityIRI("Ruritania"), Name: "Ruritania", Class: schema.Country, Aliases: []string{"Ruritanian"}}
	s1 := schema.Sentence{N: 1, Text: `Ruritanian minister Ivan Petrov said "no".`, Start: 10, Length: 43}
	return &schema.Extraction{
		Document:  schema.Document{ID: doc, Headline: "Petrov speaks", Published: time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC)},
		Sentences: []schema.Sentence{s1},
		Entities:  []schema.Entity{petrov, rur},
		Facts: []schema.Fact{{Subject: petrov, Predicate: schema.Nationality, Object: rur,
			Evidence: []schema.Evidence{{Doc: doc, Sentence: 1, Text: s1.Text, Start: 10, Length: 43}}}},
	}
}

func TestExtractionQuads(t *testing.T) {
	qs, err := fixture().Quads()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := schema.WriteNQuads(&b, qs); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		`<https://newsgraph.dev/id/ivan-petrov> <https://newsgraph.dev/ns#nationality> <https://newsgraph.dev/id/ruritania> <https://newsgraph.dev/doc/ruritania-1#s1> .`,
		`<https://newsgraph.dev/id/ivan-petrov> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://newsgraph.dev/ns#Person> <https://newsgraph.dev/doc/ruritania-1> .`,
		`<https://newsgraph.dev/id/ivan-petrov> <http://schema.org/alternateName> "Petrov" <https://newsgraph.dev/doc/ruritania-1> .`,
		`<https://newsgraph.dev/doc/ruritania-1> <http://schema.org/datePublished> "2021-03-04"^^<http://www.w3.org/2001/XMLSchema#date> <https://newsgraph.dev/doc/ruritania-1> .`,
		`<https://newsgraph.dev/doc/ruritania-1#s1> <http://schema.org/text> "Ruritanian minister Ivan Petrov said \"no\"." <https://newsgraph.dev/doc/ruritania-1> .`,
		`<https://newsgraph.dev/doc/ruritania-1#s1> <https://newsgraph.dev/ns#start> "10"^^<http://www.w3.org/2001/XMLSchema#integer> <https://newsgraph.dev/doc/ruritania-1> .`,
		`<https://newsgraph.dev/doc/ruritania-1> <https://newsgraph.dev/ns#mentions> <https://newsgraph.dev/id/ruritania> <https://newsgraph.dev/doc/ruritania-1> .`,
	} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("quads lack\n%s\ngot:\n%s", want, out)
		}
	}
	for i := 1; i < len(qs); i++ {
		if schema.CompareQuads(qs[i-1], qs[i]) >= 0 {
			t.Fatalf("quads not sorted and unique at %d: %s / %s", i, qs[i-1], qs[i])
		}
	}
	again, _ := fixture().Quads()
	var b2 strings.Builder
	schema.WriteNQuads(&b2, again)
	if b2.String() != out {
		t.Error("Quads is not deterministic")
	}
}

func TestExtractionValidate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(x *schema.Extraction)
		reason string
	}{
		{"empty id", func(x *schema.Extraction) { x.Document.ID = "" }, "a document needs an id"},
		{"bad class", func(x *schema.Extraction) { x.Entities[0].Class = "Thing" }, "classes come from the ontology"},
		{"bad entity IRI", func(x *schema.Extraction) { x.Entities[0].IRI = "http://x" }, "entity IRIs are minted"},
		{"unknown subject", func(x *schema.Extraction) { x.Facts[0].Subject.IRI = schema.EntityIRI("Nobody") }, "facts need described entities"},
		{"domain", func(x *schema.Extraction) { x.Facts[0].Predicate = schema.Commands }, "commands needs an Organization object"},
		{"property as fact", func(x *schema.Extraction) { x.Facts[0].Predicate = schema.Name }, "facts use relations"},
		{"missing sentence", func(x *schema.Extraction) { x.Facts[0].Evidence[0].Sentence = 7 }, "evidence names a sentence of the document"},
		{"other doc", func(x *schema.Extraction) { x.Facts[0].Evidence[0].Doc = "elsewhere" }, "evidence is of this document"},
		{"no evidence", func(x *schema.Extraction) { x.Facts[0].Evidence = nil }, "a fact without evidence has no label"},
		{"two classes", func(x *schema.Extraction) {
			x.Entities = append(x.Entities, schema.Entity{IRI: x.Entities[0].IRI, Name: "Ivan Petrov", Class: schema.Place})
		}, "one IRI, one class"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := fixture()
			tt.mutate(x)
			_, err := x.Quads()
			var ee *schema.ExtractionError
			if !errors.As(err, &ee) || ee.Doc != x.Document.ID {
				t.Errorf("Quads() error = %v, want *ExtractionError (%s)", err, tt.reason)
			}
		})
	}
}
