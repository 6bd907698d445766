package loader

import (
	"context"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

func TestSimilarNames(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"petrov", "petrov", true},
		{"kowalski", "kowalsky", true},
		{"petrov", "ivanov", false},
		{"berg", "borg", false}, // too short to call a variant
	} {
		if got := similar(c.a, c.b); got != c.want {
			t.Errorf("similar(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	if jw := jaroWinkler("martha", "marhta"); jw < 0.96 || jw > 0.97 {
		t.Errorf("jaroWinkler(martha, marhta) = %v, want about 0.961", jw)
	}
}

func entityByName(es []schema.Entity, name string) (schema.Entity, bool) {
	for _, e := range es {
		if e.Name == name {
			return e, true
		}
	}
	return schema.Entity{}, false
}

func TestResolveWithinDocument(t *testing.T) {
	d := testDoc("r1",
		"Colonel Piotr Kowalsky arrived in Basra.",
		"Kowalski said the Northern Alliance Front (NAF) would hold its positions.",
		"The NAF denied it.",
		"Iranian officials did not comment.",
	)
	ents, _, err := newSemantics(nil).analyze(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	p, ok := entityByName(ents, "Piotr Kowalsky")
	if !ok {
		t.Fatalf("no Piotr Kowalsky in %v", ents)
	}
	if !contains(p.Aliases, "Kowalski") {
		t.Errorf("Kowalski not merged into %v", p)
	}
	o, ok := entityByName(ents, "Northern Alliance Front")
	if !ok || !contains(o.Aliases, "NAF") {
		t.Errorf("acronym not merged: %v", ents)
	}
	if _, ok := entityByName(ents, "Iran"); !ok {
		t.Errorf("demonym did not give its country: %v", ents)
	}
}

func TestResolveNoOverMerge(t *testing.T) {
	d := testDoc("r2",
		"Hezbollah and Kataib Hezbollah are different groups, as are al-Qaeda and the Islamic State.",
		"Iran and the IRGC were named.",
	)
	ents, _, err := newSemantics(nil).analyze(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[schema.IRI]string{}
	for _, e := range ents {
		if prev, ok := seen[e.IRI]; ok {
			t.Errorf("%s and %s share %s", prev, e.Name, e.IRI)
		}
		seen[e.IRI] = e.Name
	}
	for _, n := range []string{"Hezbollah", "Kataib Hezbollah", "al-Qaeda", "Islamic State", "Iran", "Islamic Revolutionary Guard Corps"} {
		if _, ok := entityByName(ents, n); !ok {
			t.Errorf("missing %s in %v", n, ents)
		}
	}
}

// TestResolveAcrossDocuments checks that a surname in a later document resolves to the
// full name the Loader saw before, and that concurrent analysis is safe.
func TestResolveAcrossDocuments(t *testing.T) {
	s := newSemantics(nil)
	ctx := context.Background()
	if _, _, err := s.analyze(ctx, testDoc("a", "General Tomas Okonkwo visited Lagos.")); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	iris := make([]schema.IRI, 4)
	for i := range iris {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ents, _, err := s.analyze(ctx, testDoc("b", "Okonkwo spoke in Abuja."))
			if err != nil {
				t.Error(err)
				return
			}
			for _, e := range ents {
				if e.Class == schema.Person {
					iris[i] = e.IRI
				}
			}
		}()
	}
	wg.Wait()
	for _, iri := range iris {
		if iri != schema.EntityIRI("Tomas Okonkwo") {
			t.Errorf("surname resolved to %q, want the full name's IRI", iri)
		}
	}
}

type fakeRegistry map[string][]schema.Entity

func (f fakeRegistry) Lookup(_ context.Context, key string) ([]schema.Entity, error) {
	return f[key], nil
}

func TestResolveAgainstRegistry(t *testing.T) {
	known := schema.Entity{IRI: schema.EntityIRI("Ingrid Solberg Haug"), Name: "Ingrid Solberg Haug", Class: schema.Person}
	reg := fakeRegistry{schema.NameKey("Ingrid Haug"): {known}}
	s := newSemantics(&Options{Registry: reg})
	ents, _, err := s.analyze(context.Background(), testDoc("c", "Minister Ingrid Haug arrived in Oslo."))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := entityByName(ents, "Ingrid Solberg Haug"); !ok {
		t.Errorf("registry entity not used: %v", ents)
	}
}

func personIRI(t *testing.T, s *semantics, id string, sents ...string) []schema.IRI {
	t.Helper()
	ents, _, err := s.analyze(context.Background(), testDoc(id, sents...))
	if err != nil {
		t.Fatal(err)
	}
	var out []schema.IRI
	for _, e := range ents {
		if e.Class == schema.Person {
			out = append(out, e.IRI)
		}
	}
	return out
}

// TestResolveVariantsAcrossDocuments checks that a transliteration variant of a full
// name read in an earlier document is the same person, in memory and through a
// registry, and that two different people with one surname stay apart.
func TestResolveVariantsAcrossDocuments(t *testing.T) {
	want := schema.EntityIRI("Yevgeny Prokhorov")
	s := newSemantics(nil)
	personIRI(t, s, "a", "Yevgeny Prokhorov visited Minsk.", "Prokhorov met reporters.")
	if got := personIRI(t, s, "b", "Yevgeniy Prokhorow arrived in Riga."); len(got) != 1 || got[0] != want {
		t.Errorf("variant in a later document = %v, want %s", got, want)
	}
	if got := personIRI(t, s, "c", "Prokhorow spoke in Vilnius."); len(got) != 1 || got[0] != want {
		t.Errorf("variant surname alone = %v, want %s", got, want)
	}
	if got := personIRI(t, s, "d", "Dmitri Prokhorov spoke in Tallinn."); len(got) != 1 || got[0] == want {
		t.Errorf("another given name = %v, want a new person", got)
	}

	known := schema.Entity{IRI: want, Name: "Yevgeny Prokhorov", Class: schema.Person, Aliases: []string{"Prokhorov"}}
	reg := fakeRegistry{schema.NameKey("Prokhorov"): {known}, schema.NameKey("Yevgeny Prokhorov"): {known}}
	r := newSemantics(&Options{Registry: reg})
	if got := personIRI(t, r, "e", "Yevgeniy Prokhorov arrived in Riga."); len(got) != 1 || got[0] != want {
		t.Errorf("variant against the registry = %v, want %s", got, want)
	}
}

// TestResolveTitleAfterParticleWord checks that "such as General X" does not make the
// title part of the name, and that a stray capitalised word before a known full name in
// a quotation is dropped.
func TestResolveTitleAfterParticleWord(t *testing.T) {
	s := newSemantics(nil)
	ents, _, err := s.analyze(context.Background(), testDoc("f",
		"Commanders such as General Marek Wozniak travelled to Gdansk.",
		"The minister said 'We agree. Call Marek Wozniak' to reporters.",
	))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		if e.Class == schema.Person {
			names = append(names, e.Name)
		}
	}
	if len(names) != 1 || names[0] != "Marek Wozniak" {
		t.Errorf("persons = %q, want only Marek Wozniak", names)
	}
}

// TestResolveParticleSurname checks that a particle glued to a surname ("al-Haddadi")
// after the person's full name is that person, not an organisation.
func TestResolveParticleSurname(t *testing.T) {
	ents, _, err := newSemantics(nil).analyze(context.Background(), testDoc("g",
		"Police said Karim Nasser al-Haddadi was arrested in Sousse.",
		"al-Haddadi denied the charges.",
	))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.Class == schema.Organization {
			t.Errorf("organisation %q; want al-Haddadi resolved to the person", e.Name)
		}
	}
	p, ok := entityByName(ents, "Karim Nasser al-Haddadi")
	if !ok || !contains(p.Aliases, "al-Haddadi") {
		t.Errorf("al-Haddadi not merged into the person: %v", ents)
	}
}
