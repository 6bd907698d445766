package loader

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

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

// extractDoc runs the semantic stages and emission on a test document, as Extract does.
func extractDoc(t *testing.T, id string, sents ...string) *schema.Extraction {
	t.Helper()
	d := testDoc(id, sents...)
	ents, facts, names, err := newSemantics(nil).analyzeNames(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	x := buildExtraction(d, ents, facts, names)
	if err := x.Validate(); err != nil {
		t.Fatal(err)
	}
	return x
}

// resolvedPersons resolves xs together (Resolve) and returns, for each extraction, the
// IRIs of its persons.
func resolvedPersons(t *testing.T, xs ...*schema.Extraction) [][]schema.IRI {
	t.Helper()
	rs, err := Resolve(xs)
	if err != nil {
		t.Fatal(err)
	}
	out := make([][]schema.IRI, len(rs))
	for i, x := range rs {
		for _, e := range x.Entities {
			if e.Class == schema.Person {
				out[i] = append(out[i], e.IRI)
			}
		}
	}
	return out
}

// TestResolveAcrossDocuments checks that a surname alone in one document resolves to the
// full name of another under its post, whichever is first, and that the extraction of a
// document does not depend on the documents read before it.
func TestResolveAcrossDocuments(t *testing.T) {
	a := extractDoc(t, "a", "Minister Tomas Okonkwo visited Lagos.")
	b := extractDoc(t, "b", "Minister Okonkwo spoke in Abuja.")
	if again := extractDoc(t, "b", "Minister Okonkwo spoke in Abuja."); !reflect.DeepEqual(b, again) {
		t.Errorf("a document extracted twice gives two extractions")
	}
	want := schema.EntityIRI("Tomas Okonkwo")
	for _, xs := range [][]*schema.Extraction{{a, b}, {b, a}} {
		for _, iris := range resolvedPersons(t, xs...) {
			if len(iris) != 1 || iris[0] != want {
				t.Errorf("persons %v, want only %s", iris, want)
			}
		}
	}
	// Alone, the surname is its own person.
	if got := resolvedPersons(t, b); len(got[0]) != 1 || got[0][0] != schema.EntityIRI("Okonkwo") {
		t.Errorf("the surname alone = %v", got)
	}
}

// TestResolveFullerName checks that a name with a middle initial read in another
// document under the same post names the person, in every document; a middle name written out does not (a
// plain full name in another document is taken for another person).
func TestResolveFullerName(t *testing.T) {
	xs := []*schema.Extraction{
		extractDoc(t, "c", "Minister Ingrid Haug arrived in Oslo."),
		extractDoc(t, "d", "Minister Ingrid S. Haug spoke in Bergen."),
	}
	for _, iris := range resolvedPersons(t, xs...) {
		if len(iris) != 1 || iris[0] != schema.EntityIRI("Ingrid S. Haug") {
			t.Errorf("persons %v, want Ingrid S. Haug", iris)
		}
	}
	xs[1] = extractDoc(t, "d", "Ingrid Solberg Haug spoke in Bergen.")
	if got := resolvedPersons(t, xs...); got[0][0] == got[1][0] {
		t.Errorf("the middle-named person joined the plain name: %v", got)
	}
}

// TestResolveVariantsAcrossDocuments checks that a transliteration variant of a full
// name read in another document is the same person, also its surname alone under his
// post, and that another given name with the same surname is another person.
func TestResolveVariantsAcrossDocuments(t *testing.T) {
	got := resolvedPersons(t,
		extractDoc(t, "a", "Yevgeny Prokhorov visited Minsk.", "Prokhorov met reporters."),
		extractDoc(t, "b", "Mayor Yevgeniy Prokhorow arrived in Riga."),
		extractDoc(t, "c", "Mayor Prokhorow spoke in Vilnius."),
		extractDoc(t, "d", "Dmitri Prokhorov spoke in Tallinn."),
	)
	yevgeny := got[0]
	if len(yevgeny) != 1 {
		t.Fatalf("persons of a: %v", got[0])
	}
	for i, name := range []string{"b (a variant)", "c (a variant surname alone)"} {
		if g := got[i+1]; len(g) != 1 || g[0] != yevgeny[0] {
			t.Errorf("%s = %v, want %s", name, g, yevgeny[0])
		}
	}
	if g := got[3]; len(g) != 1 || g[0] == yevgeny[0] {
		t.Errorf("another given name = %v, want a person of its own", g)
	}
}

// TestResolveOrderIndependent reads two documents that name one person differently (a
// surname alone and the full name under one post, or two transliterations), in both
// orders: both must name one person, the same in both orders.
func TestResolveOrderIndependent(t *testing.T) {
	for _, c := range []struct{ name, a, b string }{
		{"surname then full name", "Minister Lindqvist spoke to farmers in Uppsala.", "Minister Anders Lindqvist visited Malmo on Monday."},
		{"full name then variant surname", "Governor Farhad Rostami met officials in Shiraz.", "Governor Rustami arrived in Tabriz."},
		{"two transliterations", "Jamshid Rostami met officials in Shiraz.", "Jamshed Rustami arrived in Tabriz."},
		{"variant surnames alone", "General Rostami met officials in Shiraz.", "General Rustami arrived in Tabriz."},
		{"particle dropped", "Faisal al-Harbi met officials in Jeddah.", "Faisal Harbi arrived in Medina."},
	} {
		a, b := extractDoc(t, "first", c.a), extractDoc(t, "second", c.b)
		ab, ba := resolvedPersons(t, a, b), resolvedPersons(t, b, a)
		if len(ab[0]) != 1 || len(ab[1]) != 1 || ab[0][0] != ab[1][0] {
			t.Errorf("%s: persons %v, want one", c.name, ab)
			continue
		}
		if ba[0][0] != ab[1][0] || ba[1][0] != ab[0][0] {
			t.Errorf("%s: %v in one order, %v in the other", c.name, ab, ba)
		}
	}
}

// TestResolveKeepsPeopleApart checks that resolution does not join two people of one
// surname (another given name), nor gives a surname that two people have to either.
func TestResolveKeepsPeopleApart(t *testing.T) {
	got := resolvedPersons(t,
		extractDoc(t, "a", "Anders Lindqvist visited Malmo."),
		extractDoc(t, "b", "Karin Lindqvist visited Lund."),
		extractDoc(t, "c", "Minister Lindqvist spoke in Lund."),
	)
	if got[0][0] == got[1][0] {
		t.Errorf("two given names joined: %v", got)
	}
	if got[2][0] == got[0][0] || got[2][0] == got[1][0] {
		t.Errorf("an ambiguous surname resolved to %s", got[2][0])
	}
}

// TestResolveRelatives checks two relatives of one surname, one of whom is also written by
// surname alone in his own document: the surname alone in a third document fits both, so
// it joins neither; without the second relative it joins the first.
func TestResolveRelatives(t *testing.T) {
	father := extractDoc(t, "f", "Senator Aldo Vantorre opened the session in Turin.", "Vantorre spoke for an hour.")
	son := extractDoc(t, "s", "Marco Vantorre, his son, runs the family firm in Genoa.")
	bare := extractDoc(t, "b", "Senator Vantorre did not comment on the vote.")
	got := resolvedPersons(t, father, son, bare)
	if got[2][0] == got[0][0] || got[2][0] == got[1][0] {
		t.Errorf("the surname alone joined %s, though two people fit", got[2][0])
	}
	got = resolvedPersons(t, father, bare)
	if got[1][0] != got[0][0] {
		t.Errorf("the surname alone = %s, want the one person of it, %s", got[1][0], got[0][0])
	}
}

// TestResolveSeedsOrders resolves the bundled corpus in two orders: the same entities.
func TestResolveSeedsOrders(t *testing.T) {
	files, err := filepath.Glob("../examples/corpus/*.txt")
	if err != nil || len(files) == 0 {
		t.Skip("no corpus")
	}
	var xs []*schema.Extraction
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		x, err := New(nil).Extract(context.Background(), Source{ID: schema.DocID(strings.TrimSuffix(filepath.Base(f), ".txt")), Text: text})
		if err != nil {
			t.Fatal(err)
		}
		xs = append(xs, x)
	}
	fwd, err := Resolve(xs)
	if err != nil {
		t.Fatal(err)
	}
	rev := slices.Clone(xs)
	slices.Reverse(rev)
	back, err := Resolve(rev)
	if err != nil {
		t.Fatal(err)
	}
	slices.Reverse(back)
	if !reflect.DeepEqual(fwd, back) {
		t.Error("the seeds resolve to other entities in the reverse order")
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
	if _, ok := entityByName(ents, "Mikhail Dorofeyev"); !ok {
		t.Fatalf("persons %v, want Mikhail Dorofeyev", ents)
	}
}

// TestResolveSurnameOfTwo checks that a document naming "Bill Brownlow" and then
// "Brownlow" is not joined to the "Les Brownlow" of another document, and that a surname
// alone shared by two people stays apart from both.
func TestResolveSurnameOfTwo(t *testing.T) {
	got := resolvedPersons(t,
		extractDoc(t, "a", "Les Brownlow sang in Leeds."),
		extractDoc(t, "b", "Sheriff Bill Brownlow spoke in Yorkton.", "Twenty were rescued, according to Brownlow."),
		extractDoc(t, "c", "Minister Brownlow arrived in Hull."),
	)
	les, bill, bare := got[0], got[1], got[2]
	if len(les) != 1 || len(bill) != 1 || les[0] == bill[0] {
		t.Fatalf("Les %v, Bill %v: want two people", les, bill)
	}
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
// document share names neither of them, nor a person of that surname of another
// document.
func TestResolveSurnameAmbiguousInDocument(t *testing.T) {
	kurt := extractDoc(t, "a", "Kurt Halvorsen, an analyst, said prices rose.", "Halvorsen added more.")
	b := extractDoc(t, "b", "Donny Halvorsen and Lee Halvorsen scored for the club.", "Halvorsen was booked.")
	got := resolvedPersons(t, kurt, b)
	for _, iri := range got[1] {
		if iri == got[0][0] {
			t.Errorf("%s of the second document is the first one's", iri)
		}
	}
}

// TestResolveVariantAliasNotBare checks that a surname read as a variant of one full
// name's surname does not make a full name with that surname the same person.
func TestResolveVariantAliasNotBare(t *testing.T) {
	got := resolvedPersons(t,
		extractDoc(t, "a", "Kurt Haldorsen, an analyst, said prices rose."),
		extractDoc(t, "b", "Minister Haldersen spoke in Bergen."),
		extractDoc(t, "c", "Olivier Haldersen scored twice.", "Haldersen was booked."),
	)
	kurt, olivier := got[0], got[2]
	if len(kurt) != 1 || len(olivier) != 1 || kurt[0] == olivier[0] {
		t.Errorf("Kurt %v and Olivier %v joined", kurt, olivier)
	}
}

// TestResolveKnownSingleWord checks that a single unknown word with no context of its own
// is the organisation a context named it as earlier in the document; in a document of its
// own it is nothing, since an extraction depends on its document alone.
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
	if _, ok := entityByName(ents, "Cobremar"); ok {
		t.Errorf("a document alone classed Cobremar: %v", ents)
	}
}

// A pronoun of one gender skips the last person whose given name is of the other.
func TestPronounGenderFromGivenName(t *testing.T) {
	_, got := analyzeT(t, newSemantics(nil), testDoc("g",
		"Pablo Serrat met Maria Lopez in Lima on Monday.",
		"She flew to Quito on Tuesday."))
	if !got["Maria Lopez visited Quito"] || got["Pablo Serrat visited Quito"] {
		t.Errorf("got %v", got)
	}
	_, got = analyzeT(t, newSemantics(nil), testDoc("g",
		"Pablo Serrat met Maria Lopez in Lima on Monday.",
		"He flew to Quito on Tuesday."))
	if !got["Pablo Serrat visited Quito"] || got["Maria Lopez visited Quito"] {
		t.Errorf("got %v", got)
	}
	if nameGender("Maria Lopez") != 'f' || nameGender("Pablo Serrat") != 'm' || nameGender("Serrat") != 0 || nameGender("Kim Lee") != 0 {
		t.Error("given-name genders")
	}
}

// A title's head noun of one gender gives it ("spokeswoman X"); a possessive pronoun in a
// gathering's subject is no one who gathered.
func TestPronounGenderFromRole(t *testing.T) {
	_, got := analyzeT(t, newSemantics(nil), testDoc("g",
		"Party spokeswoman Bo Lindqvist met Tor Haugen in Oslo.",
		"She then flew to Bergen."))
	if !got["Bo Lindqvist visited Bergen"] || got["Tor Haugen visited Bergen"] {
		t.Errorf("got %v", got)
	}
	_, got = analyzeT(t, newSemantics(nil), testDoc("g",
		"Mourners paid tribute to actor Tor Haugen in Oslo.",
		"Friends, including actress Bo Lindqvist his wife of 40 years, gathered at the Grand Hall on Saturday."))
	if got["Bo Lindqvist met Tor Haugen"] || got["Tor Haugen visited Grand Hall"] {
		t.Errorf("got %v", got)
	}
}
