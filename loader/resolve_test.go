package loader

import (
	"context"
	"os"
	"path/filepath"
	"strings"
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
		{"mahdi", "mehdi", true},
		{"qasem", "qassem", true},
		{"soleimani", "suleimani", true},
		{"dole", "doyle", false},
		{"kane", "kanye", false},
		{"jack", "jackson", false},
		{"zelensky", "zelenskyy", true},
	} {
		if got := similar(c.a, c.b); got != c.want {
			t.Errorf("similar(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	if jw := jaroWinkler("martha", "marhta"); jw < 0.96 || jw > 0.97 {
		t.Errorf("jaroWinkler(martha, marhta) = %v, want about 0.961", jw)
	}
	for _, p := range [][2]string{{"soleimani", "suleimani"}, {"dixon", "dicksonx"}, {"a", "abc"}, {"ab", "ba"}} {
		if a, b := jaroWinkler(p[0], p[1]), jaroWinkler("é"+p[0], "é"+p[1]); a < 0 || b < 0 {
			t.Errorf("negative similarity for %q", p)
		}
		if a, b := jaroWinklerASCII(p[0], p[1]), jaroWinkler("é"+p[0], "é"+p[1]); a > 1 || b > 1 {
			t.Errorf("similarity above 1 for %q", p)
		}
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

// keyRegistry is a Registry fed with extracted entities, indexed like a graph: by the key
// of each name and alias.
type keyRegistry map[string][]schema.Entity

func (k keyRegistry) Lookup(_ context.Context, key string) ([]schema.Entity, error) {
	return k[key], nil
}

func (k keyRegistry) feed(es []schema.Entity) {
	for _, e := range es {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			key := schema.NameKey(n)
			dup := false
			for _, x := range k[key] {
				dup = dup || x.IRI == e.IRI
			}
			if !dup {
				k[key] = append(k[key], e)
			}
		}
	}
}

// personOf returns the IRI of the one person of ents, failing the test otherwise.
func personOf(t *testing.T, ents []schema.Entity) schema.IRI {
	t.Helper()
	var out []schema.Entity
	for _, e := range ents {
		if e.Class == schema.Person {
			out = append(out, e)
		}
	}
	if len(out) != 1 {
		t.Fatalf("persons = %v, want one", out)
	}
	return out[0].IRI
}

// TestResolveOrderIndependent reads two documents that name one person differently (a
// surname alone and the full name, or two transliterations), in both orders: with one
// Loader, and with a fresh Loader for the second document whose registry holds what
// the first extraction gave. The second document must name the first one's person.
func TestResolveOrderIndependent(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct{ name, a, b string }{
		{"surname then full name", "Minister Lindqvist spoke to farmers in Uppsala.", "Anders Lindqvist visited Malmo on Monday."},
		{"full name then variant surname", "Farhad Rostami met officials in Shiraz.", "General Rustami arrived in Tabriz."},
		{"two transliterations", "Jamshid Rostami met officials in Shiraz.", "Jamshed Rustami arrived in Tabriz."},
		{"variant surnames alone", "General Rostami met officials in Shiraz.", "General Rustami arrived in Tabriz."},
		{"particle dropped", "Faisal al-Harbi met officials in Jeddah.", "Faisal Harbi arrived in Medina."},
	} {
		for _, order := range [][2]string{{c.a, c.b}, {c.b, c.a}} {
			first, second := testDoc("first", order[0]), testDoc("second", order[1])
			// One Loader.
			s := newSemantics(nil)
			e1, _, err := s.analyze(ctx, first)
			if err != nil {
				t.Fatal(err)
			}
			e2, _, err := s.analyze(ctx, second)
			if err != nil {
				t.Fatal(err)
			}
			if a, b := personOf(t, e1), personOf(t, e2); a != b {
				t.Errorf("%s, one Loader, %q then %q: %s and %s", c.name, order[0], order[1], a, b)
			}
			// Fresh Loaders and a registry.
			reg := keyRegistry{}
			e1, _, err = newSemantics(nil).analyze(ctx, first)
			if err != nil {
				t.Fatal(err)
			}
			reg.feed(e1)
			e2, _, err = newSemantics(&Options{Registry: reg}).analyze(ctx, second)
			if err != nil {
				t.Fatal(err)
			}
			if a, b := personOf(t, e1), personOf(t, e2); a != b {
				t.Errorf("%s, registry, %q then %q: %s and %s", c.name, order[0], order[1], a, b)
			}
		}
	}
}

// TestResolveKeepsPeopleApart checks that the cross-document rules do not join two people
// of one surname: another given name, or a surname the registry knows for two people.
func TestResolveKeepsPeopleApart(t *testing.T) {
	ctx := context.Background()
	s := newSemantics(nil)
	a := personIRI(t, s, "a", "Anders Lindqvist visited Malmo.")
	b := personIRI(t, s, "b", "Karin Lindqvist visited Lund.")
	if len(a) != 1 || len(b) != 1 || a[0] == b[0] {
		t.Errorf("two given names joined: %v %v", a, b)
	}
	reg := keyRegistry{}
	for _, n := range []string{"Anders Lindqvist", "Karin Lindqvist"} {
		reg.feed([]schema.Entity{{IRI: schema.EntityIRI(n), Name: n, Class: schema.Person, Aliases: []string{"Lindqvist"}}})
	}
	ents, _, err := newSemantics(&Options{Registry: reg}).analyze(ctx, testDoc("c", "Minister Lindqvist spoke in Lund."))
	if err != nil {
		t.Fatal(err)
	}
	if iri := personOf(t, ents); iri == schema.EntityIRI("Anders Lindqvist") || iri == schema.EntityIRI("Karin Lindqvist") {
		t.Errorf("an ambiguous surname resolved to %s", iri)
	}
}

// TestResolveSeedsTwice loads the bundled corpus twice with one Loader: the second pass
// resolves every name against the first, and must give the same entities.
func TestResolveSeedsTwice(t *testing.T) {
	files, err := filepath.Glob("../examples/corpus/*.txt")
	if err != nil || len(files) == 0 {
		t.Skip("no corpus")
	}
	l := New(nil)
	var passes [2]map[schema.IRI]string
	for p := range passes {
		passes[p] = map[schema.IRI]string{}
		for _, f := range files {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			x, err := l.Extract(context.Background(), Source{ID: schema.DocID(strings.TrimSuffix(filepath.Base(f), ".txt")), Text: text})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range x.Entities {
				passes[p][e.IRI] = e.Name
			}
		}
	}
	for iri, n := range passes[0] {
		if _, ok := passes[1][iri]; !ok {
			t.Errorf("%s (%s) of the first pass is gone in the second", iri, n)
		}
	}
	for iri, n := range passes[1] {
		if _, ok := passes[0][iri]; !ok {
			t.Errorf("%s (%s) is new in the second pass", iri, n)
		}
	}
}

// TestResolveAcronymDefinitions checks that a name followed by an acronym in parentheses
// is one organisation with it, when the acronym is not the name's initials and when the
// acronym is a known one; and that a broadcaster's language service is its own body.
func TestResolveAcronymDefinitions(t *testing.T) {
	ents, _, err := newSemantics(nil).analyze(context.Background(), testDoc("acr",
		"Fighters of the Southern Liberation Movement of al-Janub (SLM) entered the town.",
		"The SLM said it would hold the town.",
		"He spoke to BBC Arabic about the Army of the Guardians of the Islamic Revolution (IRGC).",
	))
	if err != nil {
		t.Fatal(err)
	}
	o, ok := entityByName(ents, "Southern Liberation Movement of al-Janub")
	if !ok || !contains(o.Aliases, "SLM") {
		t.Errorf("acronym not joined to its definition: %v", ents)
	}
	if _, ok := entityByName(ents, "SLM"); ok {
		t.Errorf("SLM is an entity of its own: %v", ents)
	}
	if g, ok := entityByName(ents, "Islamic Revolutionary Guard Corps"); !ok || !contains(g.Aliases, "Army of the Guardians of the Islamic Revolution") {
		t.Errorf("a known acronym's long form not joined: %v", ents)
	}
	if _, ok := entityByName(ents, "BBC Arabic"); !ok {
		t.Errorf("no BBC Arabic in %v", ents)
	}
}

// TestResolveSpelledOutAcronym checks that an acronym a sentence spells out in common
// words names nothing, here or later, and that an embassy is named with its place, the
// place staying an entity.
func TestResolveSpelledOutAcronym(t *testing.T) {
	ents, _, err := newSemantics(nil).analyze(context.Background(), testDoc("eez",
		"Chile and Peru disputed the maritime boundary line (MBL) for years.",
		"The MBL was drawn in 1952, said the French Embassy in Lima.",
	))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := entityByName(ents, "MBL"); ok {
		t.Errorf("a spelled-out acronym is an entity: %v", ents)
	}
	if _, ok := entityByName(ents, "France Embassy in Lima"); !ok {
		t.Errorf("no embassy named with its place: %v", ents)
	}
	if _, ok := entityByName(ents, "Lima"); !ok {
		t.Errorf("no Lima: %v", ents)
	}
}

// TestResolveCanonicalName checks that a person is named by the fullest, then most
// common, of the full names the document writes, never with a title, and that a later
// document keeps its own spelling while taking the known IRI.
func TestResolveCanonicalName(t *testing.T) {
	s := newSemantics(nil)
	ents, _, err := s.analyze(context.Background(), testDoc("cn1",
		"Governor Mikhail Dorofeev visited Perm.",
		"Mikhail Dorofeyev said the plant would reopen.",
		"Critics of Mikhail Dorofeyev disagreed.",
	))
	if err != nil {
		t.Fatal(err)
	}
	p, ok := entityByName(ents, "Mikhail Dorofeyev")
	if !ok {
		t.Fatalf("persons %v, want Mikhail Dorofeyev", ents)
	}
	ents, _, err = s.analyze(context.Background(), testDoc("cn2", "Mikhail Dorofeev left Perm."))
	if err != nil {
		t.Fatal(err)
	}
	q, ok := entityByName(ents, "Mikhail Dorofeev")
	if !ok || q.IRI != p.IRI {
		t.Errorf("later document: %v, want Mikhail Dorofeev with %s", ents, p.IRI)
	}
}

// TestResolveSurnameOfTwo checks that a document naming "Bill Brown" and then "Brown" is
// not joined to the "Les Brown" of an earlier document, whose surname alias is Brown, and
// that a surname alone shared by two known people stays apart from both.
func TestResolveSurnameOfTwo(t *testing.T) {
	s := newSemantics(nil)
	les := personIRI(t, s, "a", "Les Brownlow sang in Leeds.")
	bill := personIRI(t, s, "b", "Sheriff Bill Brownlow spoke in Yorkton.", "Twenty were rescued, according to Brownlow.")
	if len(les) != 1 || len(bill) != 1 || les[0] == bill[0] {
		t.Fatalf("Les %v, Bill %v: want two people", les, bill)
	}
	bare := personIRI(t, s, "c", "Minister Brownlow arrived in Hull.")
	if len(bare) != 1 || bare[0] == les[0] || bare[0] == bill[0] {
		t.Errorf("ambiguous surname resolved to %v", bare)
	}
}

// TestResolveMinistryNames checks that the ways of writing a country's ministry are one
// organisation.
func TestResolveMinistryNames(t *testing.T) {
	ents, _, err := newSemantics(nil).analyze(context.Background(), testDoc("min",
		"The Chilean Foreign Ministry protested.",
		"Chile's Ministry of Foreign Affairs summoned the envoy, and the Foreign Ministry of Chile later said more.",
	))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range ents {
		if e.Class == schema.Organization {
			n++
			if e.Name != "Ministry of Foreign Affairs of Chile" {
				t.Errorf("organisation %q (%v)", e.Name, e.Aliases)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d organisations, want 1: %v", n, ents)
	}
}

// TestResolveSurnameAmbiguousInDocument checks that a bare surname two people of the
// document share names neither of them, nor a person of that surname read before.
func TestResolveSurnameAmbiguousInDocument(t *testing.T) {
	s := newSemantics(nil)
	kurt := personIRI(t, s, "a", "Kurt Halvorsen, an analyst, said prices rose.", "Halvorsen added more.")
	ents, _, err := s.analyze(context.Background(), testDoc("b", "Donny Halvorsen and Lee Halvorsen scored for the club.", "Halvorsen was booked."))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.IRI == kurt[0] {
			t.Errorf("%s of the second document is the first one's %s", e.Name, e.IRI)
		}
	}
}

// TestResolveVariantAliasNotBare checks that a surname read as a variant of a known
// full name's surname does not make a later full name with that surname the same person.
func TestResolveVariantAliasNotBare(t *testing.T) {
	s := newSemantics(nil)
	kurt := personIRI(t, s, "a", "Kurt Haldorsen, an analyst, said prices rose.")
	personIRI(t, s, "b", "Minister Haldersen spoke in Bergen.")
	olivier := personIRI(t, s, "c", "Olivier Haldersen scored twice.", "Haldersen was booked.")
	if len(kurt) != 1 || len(olivier) != 1 || kurt[0] == olivier[0] {
		t.Errorf("Kurt %v and Olivier %v joined", kurt, olivier)
	}
}

// TestResolveKnownSingleWord checks that a single unknown word with no context of its own
// is the organisation a context named it as, earlier in the document or in an earlier
// document, and through a registry.
func TestResolveKnownSingleWord(t *testing.T) {
	s := newSemantics(nil)
	ents, _, err := s.analyze(context.Background(), testDoc("k1",
		"The copper producer Cobremar cut jobs.", "Cobremar blamed low prices."))
	if err != nil {
		t.Fatal(err)
	}
	if o, ok := entityByName(ents, "Cobremar"); !ok || o.Class != schema.Organization {
		t.Fatalf("no Cobremar organisation in %v", ents)
	}
	ents, _, err = s.analyze(context.Background(), testDoc("k2", "Cobremar hired miners."))
	if err != nil {
		t.Fatal(err)
	}
	if o, ok := entityByName(ents, "Cobremar"); !ok || o.Class != schema.Organization {
		t.Errorf("a later document lost Cobremar: %v", ents)
	}
	reg := keyRegistry{}
	reg.feed([]schema.Entity{{IRI: schema.EntityIRI("Cobremar"), Name: "Cobremar", Class: schema.Organization}})
	ents, _, err = newSemantics(&Options{Registry: reg}).analyze(context.Background(), testDoc("k3", "Cobremar hired miners."))
	if err != nil {
		t.Fatal(err)
	}
	if o, ok := entityByName(ents, "Cobremar"); !ok || o.Class != schema.Organization {
		t.Errorf("the registry's Cobremar not found: %v", ents)
	}
}
