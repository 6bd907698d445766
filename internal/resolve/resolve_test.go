package resolve_test

import (
	"bytes"
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/schema"
)

// The records of these tests are made by hand, with names invented for them: a form
// "Aldo Vantorre" is a full name (given name aldo, surname vantorre), "Vantorre" a surname
// alone, "~Aldric" a surname alone that is also a common given name.

func form(text string, count int) schema.NameForm {
	f := schema.NameForm{Text: strings.TrimPrefix(text, "~"), Count: count}
	words := strings.Fields(schema.NameKey(f.Text))
	switch {
	case len(words) >= 2:
		f.Given, f.Surname = words[0], words[len(words)-1]
	case len(words) == 1:
		f.Surname = words[0]
		f.GivenName = strings.HasPrefix(text, "~")
	}
	return f
}

// person returns the record of a person of a document named by forms, each written
// once; the first is its name in the document.
func person(forms ...string) resolve.Record {
	r := resolve.Record{Class: schema.Person, Name: strings.TrimPrefix(forms[0], "~")}
	r.IRI = schema.EntityIRI(r.Name)
	for _, f := range forms {
		r.Forms = append(r.Forms, form(f, 1))
	}
	return r
}

// thing returns the record of an organisation, country or place; lexicon is its lexicon
// name or "".
func thing(c schema.Class, lexicon string, names ...string) resolve.Record {
	r := resolve.Record{Class: c, Name: names[0], Lexicon: lexicon}
	r.IRI = schema.EntityIRI(r.Name)
	for _, n := range names {
		r.Forms = append(r.Forms, schema.NameForm{Text: n, Count: 1})
	}
	return r
}

func doc(id string, recs ...resolve.Record) resolve.Doc {
	return resolve.Doc{ID: schema.DocID(id), Records: recs}
}

// resolveAll resolves docs together and returns the IRI of each record, by "doc/name".
func resolveAll(t *testing.T, docs ...resolve.Doc) map[string]resolve.Resolved {
	t.Helper()
	st := resolve.New()
	if _, err := st.Apply(nil, docs); err != nil {
		t.Fatal(err)
	}
	st.Commit()
	return assignments(st, docs)
}

func assignments(st *resolve.State, docs []resolve.Doc) map[string]resolve.Resolved {
	out := map[string]resolve.Resolved{}
	for _, d := range docs {
		a := st.Assignment(d.ID)
		for _, r := range d.Records {
			if x, ok := a[r.IRI]; ok {
				out[string(d.ID)+"/"+r.Name] = x
			}
		}
	}
	return out
}

// TestSurnameAloneJoinsTheOneFullName: a surname alone under a post joins the one full
// name of that surname, of a compatible post, in another document.
func TestSurnameAloneJoinsTheOneFullName(t *testing.T) {
	got := resolveAll(t,
		doc("a", titled([]string{"finance minister"}, "Tomas Okonkwo")),
		doc("b", titled([]string{"minister"}, "Okonkwo")),
	)
	want := resolve.Resolved{IRI: schema.EntityIRI("Tomas Okonkwo"), Name: "Tomas Okonkwo"}
	if got["a/Tomas Okonkwo"] != want || got["b/Okonkwo"] != want {
		t.Errorf("got %v, want both %v", got, want)
	}
}

func TestSurnameOfTwoRelativesJoinsNeither(t *testing.T) {
	got := resolveAll(t,
		doc("a", person("Aldo Vantorre", "Vantorre")),
		doc("b", person("Marco Vantorre")),
		doc("c", person("Vantorre")),
	)
	aldo, marco, bare := got["a/Aldo Vantorre"], got["b/Marco Vantorre"], got["c/Vantorre"]
	if aldo == marco || bare == aldo || bare == marco || bare.IRI != schema.EntityIRI("Vantorre") {
		t.Errorf("Aldo %v, Marco %v, the surname alone %v: want three people", aldo, marco, bare)
	}
}

// TestMiddleInitialsKeepPeopleApart: two full names of one given name and surname whose
// middle initials differ are two people, in documents of either order; the name without
// initials joins neither when both are named, and the one that is named when the other is
// not.
func TestMiddleInitialsKeepPeopleApart(t *testing.T) {
	a, b, c := doc("a", person("Karel J. Mazur")), doc("b", person("Karel T. Mazur")), doc("c", person("Karel Mazur"))
	for _, docs := range [][]resolve.Doc{{a, b, c}, {c, b, a}, {b, c, a}} {
		got := resolveAll(t, docs...)
		j, tm, plain := got["a/Karel J. Mazur"], got["b/Karel T. Mazur"], got["c/Karel Mazur"]
		if j == tm || plain == j || plain == tm {
			t.Errorf("J. %v, T. %v, no initial %v: want three people", j, tm, plain)
		}
	}
	got := resolveAll(t, a, c, doc("d", person("Karel J. Mazur", "Karel Mazur", "Mazur")))
	if got["a/Karel J. Mazur"] != got["c/Karel Mazur"] || got["d/Karel J. Mazur"] != got["a/Karel J. Mazur"] {
		t.Errorf("one Karel J. Mazur: %v", got)
	}
	got = resolveAll(t, doc("e", person("Lyle Ford Jr")), doc("f", person("Lyle Ford Sr")))
	if got["e/Lyle Ford Jr"] == got["f/Lyle Ford Sr"] {
		t.Errorf("father and son joined: %v", got)
	}
}

// TestMiddleNameKeepsPeopleApart: a full name with a middle name written out ("Oskar
// Lund Brenner", a judge) is not the "Oskar Brenner" of another document (a police
// chief, "Sir Oskar Brenner"), in documents of any order; it joins the same full name of
// another document, and a document naming both forms of the judge joins the judge.
func TestMiddleNameKeepsPeopleApart(t *testing.T) {
	a, b := doc("a", person("Oskar Lund Brenner", "Brenner")), doc("b", person("Oskar Brenner", "Brenner"))
	c, d := doc("c", person("Oskar Lund Brenner")), doc("d", person("Oskar Lund Brenner", "Oskar Brenner"))
	for _, docs := range [][]resolve.Doc{{a, b, c, d}, {d, c, b, a}, {b, d, a, c}} {
		got := resolveAll(t, docs...)
		if got["a/Oskar Lund Brenner"] == got["b/Oskar Brenner"] {
			t.Errorf("the middle-named judge joined the police chief: %v", got)
		}
		if got["a/Oskar Lund Brenner"] != got["c/Oskar Lund Brenner"] || got["d/Oskar Lund Brenner"] != got["c/Oskar Lund Brenner"] {
			t.Errorf("one judge, three records: %v", got)
		}
	}
	got := resolveAll(t, doc("e", person("Greta Vinter")), doc("f", person("Greta M. Vinter")))
	if got["e/Greta Vinter"] != got["f/Greta M. Vinter"] {
		t.Errorf("a middle initial still joins the plain name: %v", got)
	}
}

// TestGivenNameAloneIsNoVariant: "Prince Aldric" (a given name written alone) is not the
// "Tomas Aldrics" of another document, though their keys are spelling variants; a
// surname alone that is no given name joins by a variant (under a compatible post).
func TestGivenNameAloneIsNoVariant(t *testing.T) {
	got := resolveAll(t,
		doc("a", person("~Aldric")),
		doc("b", person("Tomas Aldrics")),
		doc("c", titled([]string{"senator"}, "Teodor Brannigen")),
		doc("d", titled([]string{"senator"}, "Brannigan")),
	)
	if got["a/Aldric"] == got["b/Tomas Aldrics"] {
		t.Errorf("the given name alone joined a variant surname: %v", got)
	}
	if got["c/Teodor Brannigen"] != got["d/Brannigan"] {
		t.Errorf("a variant surname alone did not join: %v", got)
	}
}

func TestVariantsOfOneFullName(t *testing.T) {
	got := resolveAll(t,
		doc("a", titled([]string{"governor"}, "Farhad Rostami")),
		doc("b", person("Farhad Rustami")),
		doc("c", person("Farhad Rostami")),
		doc("d", titled([]string{"governor"}, "Rustami")),
	)
	want := resolve.Resolved{IRI: schema.EntityIRI("Farhad Rostami"), Name: "Farhad Rostami"} // written twice
	for k, v := range got {
		if v != want {
			t.Errorf("%s = %v, want %v", k, v, want)
		}
	}
}

// TestFullerNameIsCanonical: the most complete name wins over the most written one.
func TestFullerNameIsCanonical(t *testing.T) {
	got := resolveAll(t,
		doc("a", person("Ingrid Haug")),
		doc("b", person("Ingrid Haug")),
		doc("c", person("Ingrid S. Haug")),
	)
	for k, v := range got {
		if v.Name != "Ingrid S. Haug" {
			t.Errorf("%s = %v", k, v)
		}
	}
}

func TestLexiconNamesStayApart(t *testing.T) {
	got := resolveAll(t,
		doc("a", thing(schema.Organization, "Northern Relief Front", "Northern Relief Front", "NRF")),
		doc("b", thing(schema.Organization, "National Rail Fund", "National Rail Fund", "NRF")),
		doc("c", thing(schema.Organization, "", "NRF")),
	)
	front, fund := got["a/Northern Relief Front"], got["b/National Rail Fund"]
	if front == fund {
		t.Errorf("two lexicon names joined: %v", got)
	}
	if nrf := got["c/NRF"]; nrf != front && nrf != fund {
		t.Logf("NRF alone: %v", nrf)
	}
}

func TestSharedNameJoinsOrganisations(t *testing.T) {
	got := resolveAll(t,
		doc("a", thing(schema.Organization, "", "Kestrel Shipping Company", "Kestrel")),
		doc("b", thing(schema.Organization, "", "Kestrel")),
	)
	want := resolve.Resolved{IRI: schema.EntityIRI("Kestrel Shipping Company"), Name: "Kestrel Shipping Company"}
	if got["a/Kestrel Shipping Company"] != want || got["b/Kestrel"] != want {
		t.Errorf("got %v, want both %v", got, want)
	}
}

// TestOneSlugTwoEntities: a country and a place of one name get two IRIs, the one in
// more documents the plain slug, whatever the order; a slug that is an entity's own is
// never given as a suffixed one.
func TestOneSlugTwoEntities(t *testing.T) {
	docs := []resolve.Doc{
		doc("a", thing(schema.Country, "Dunmark", "Dunmark")),
		doc("b", thing(schema.Place, "", "Dunmark")),
		doc("c", thing(schema.Place, "", "Dunmark")),
		doc("d", thing(schema.Organization, "", "Dunmark Country")),
	}
	got := resolveAll(t, docs...)
	place, country := got["b/Dunmark"].IRI, got["a/Dunmark"].IRI
	if place != schema.EntityIRI("Dunmark") || country == place || country == schema.EntityIRI("Dunmark Country") {
		t.Errorf("place %s, country %s (and dunmark-country is taken)", place, country)
	}
	if country != schema.IRI(schema.EntityBase+"dunmark-country-2") {
		t.Errorf("country %s, want dunmark-country-2", country)
	}
	slices.Reverse(docs)
	if again := resolveAll(t, docs...); !maps.Equal(got, again) {
		t.Errorf("another order: %v, want %v", again, got)
	}
}

// TestFormerIRIs: when a document makes an entity's IRI change, the old one names the
// entity; when the document goes, the old IRI is the entity's own again.
func TestFormerIRIs(t *testing.T) {
	st := resolve.New()
	apply := func(remove []schema.DocID, add ...resolve.Doc) *resolve.Delta {
		t.Helper()
		d, err := st.Apply(remove, add)
		if err != nil {
			t.Fatal(err)
		}
		st.Commit()
		return d
	}
	old := schema.EntityIRI("Okonkwo")
	apply(nil, doc("a", titled([]string{"minister"}, "Okonkwo")))
	d := apply(nil, doc("b", titled([]string{"minister"}, "Tomas Okonkwo")))
	now := schema.EntityIRI("Tomas Okonkwo")
	if got, ok := st.Former(old); !ok || got != now || d.Formers[old] != now {
		t.Errorf("former %s -> %s (%v), delta %v; want %s", old, got, ok, d.Formers, now)
	}
	if !slices.Equal(d.Changed, []schema.DocID{"a", "b"}) {
		t.Errorf("changed %v, want a (rewritten) and b (added)", d.Changed)
	}
	d = apply([]schema.DocID{"b"})
	if _, ok := st.Former(old); ok || d.Formers[old] != "" {
		t.Errorf("after removing b, %s is still a former IRI (delta %v)", old, d.Formers)
	}
	if !slices.Equal(d.Changed, []schema.DocID{"a"}) {
		t.Errorf("changed %v, want a", d.Changed)
	}
}

// TestRollback: a rolled-back Apply leaves the state as it was.
func TestRollback(t *testing.T) {
	st := resolve.New()
	docs := []resolve.Doc{doc("a", person("Okonkwo")), doc("b", person("Tomas Okonkwo"))}
	if _, err := st.Apply(nil, docs[:1]); err != nil {
		t.Fatal(err)
	}
	st.Commit()
	before := assignments(st, docs)
	if _, err := st.Apply(nil, docs[1:]); err != nil {
		t.Fatal(err)
	}
	st.Rollback()
	if after := assignments(st, docs); !maps.Equal(before, after) {
		t.Errorf("after a rollback %v, before %v", after, before)
	}
	if _, ok := st.Doc("b"); ok {
		t.Error("the rolled-back document is still held")
	}
}

// pool is a set of invented people, places and organisations that documents of the
// property test draw from: relatives sharing a surname, spelling variants, surnames
// alone, a given name alone, and organisations known by an acronym.
var pool = []resolve.Record{
	person("Aldo Vantorre"), person("Marco Vantorre"), person("Vantorre"), person("Aldo Vantorre", "Vantorre"),
	person("Farhad Rostami"), person("Farhad Rustami"), person("Rustami"), person("Rostami"),
	person("Tomas Okonkwo"), person("Okonkwo"), person("General Tomas Okonkwo"),
	titled([]string{"minister"}, "Okonkwo"), titled([]string{"finance minister"}, "Tomas Okonkwo"),
	titled([]string{"senator"}, "Brannigan"), titled([]string{"senator"}, "Teodor Brannigen"),
	titled([]string{"vice president"}, "Karel Mazur", "Mazur"), titled([]string{"president"}, "Karel J. Mazur"),
	person("Ingrid Haug"), person("Ingrid Solberg Haug"), person("Haug"),
	person("~Aldric"), person("Tomas Aldrics"), person("Aldrics"),
	person("Teodor Brannigen"), person("Brannigan"), person("Lena Brannigan"),
	person("Karel J. Mazur"), person("Karel T. Mazur"), person("Karel Mazur"), person("Karel J. Mazur", "Karel Mazur", "Mazur"), person("Mazur"),
	thing(schema.Organization, "", "Kestrel Shipping Company", "Kestrel"), thing(schema.Organization, "", "Kestrel"),
	thing(schema.Organization, "Northern Relief Front", "Northern Relief Front", "NRF"), thing(schema.Organization, "", "NRF"),
	thing(schema.Country, "Dunmark", "Dunmark"), thing(schema.Place, "", "Dunmark"), thing(schema.Place, "", "Porto Brava"),
	thing(schema.Organization, "", "Velka Trade Organisation", "VTO"), thing(schema.Organization, "", "Velka Tourism Organisation", "VTO"),
	thing(schema.Organization, "", "VTO"),
	person("Jabari Kamau", "J Kamau"), person("J Kamau"), person("Mwinyi Bakari"), person("Mwinyi"), person("Salim Mwinyi", "Mwinyi"),
	thing(schema.Organization, "", "Velka embassy"), thing(schema.Organization, "", "Velka embassy in Porto Brava", "Velka embassy"),
}

func randomDoc(rng *rand.Rand, id string) resolve.Doc {
	d := resolve.Doc{ID: schema.DocID(id)}
	seen := map[schema.IRI]bool{}
	for range 1 + rng.IntN(4) {
		r := pool[rng.IntN(len(pool))]
		if !seen[r.IRI] {
			seen[r.IRI] = true
			d.Records = append(d.Records, r)
		}
	}
	return d
}

// TestIncrementalIsFunctionOfTheSet adds, replaces and removes random documents in random
// batches, and checks after each step that the assignment of every record is the one a
// fresh State gives the same set of documents applied at once, in another order.
func TestIncrementalIsFunctionOfTheSet(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 1))
	st := resolve.New()
	held := map[schema.DocID]resolve.Doc{}
	for step := range 1000 {
		var remove []schema.DocID
		var add []resolve.Doc
		for range 1 + rng.IntN(3) {
			id := fmt.Sprintf("d%02d", rng.IntN(40))
			if _, ok := held[schema.DocID(id)]; ok && rng.IntN(2) == 0 {
				remove = append(remove, schema.DocID(id))
				add = slices.DeleteFunc(add, func(x resolve.Doc) bool { return x.ID == schema.DocID(id) })
				delete(held, schema.DocID(id))
				continue
			}
			d := randomDoc(rng, id)
			add = slices.DeleteFunc(add, func(x resolve.Doc) bool { return x.ID == d.ID })
			add = append(add, d)
			held[d.ID] = d
		}
		// A document removed and added in one step is added.
		remove = slices.DeleteFunc(remove, func(id schema.DocID) bool { _, ok := held[id]; return ok })
		if _, err := st.Apply(remove, add); err != nil {
			t.Fatal(err)
		}
		st.Commit()
		docs := slices.Collect(maps.Values(held))
		rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		fresh := resolve.New()
		if _, err := fresh.Apply(nil, docs); err != nil {
			t.Fatal(err)
		}
		fresh.Commit()
		if got, want := assignments(st, docs), assignments(fresh, docs); !maps.Equal(got, want) {
			for k := range want {
				if got[k] != want[k] {
					t.Errorf("step %d: %s = %v, from scratch %v", step, k, got[k], want[k])
				}
			}
			t.FailNow()
		}
		if st.Docs() != len(held) {
			t.Fatalf("step %d: %d documents held, want %d", step, st.Docs(), len(held))
		}
	}
}

// TestDocBinary: a Doc reads back from its encoding as it was, and a damaged one is an
// error.
func TestDocBinary(t *testing.T) {
	d := doc("a", person("~Aldric", "Tomas Aldrics"), thing(schema.Organization, "Northern Relief Front", "Northern Relief Front", "NRF"),
		thing(schema.Place, "", "Porto Brava"))
	d.Origin = "in/a.txt"
	d.Records[0].Forms[0].Count = 3
	d.Records[0].Posts, d.Records[0].Gender, d.Records[0].Styled = []string{"lord", "treasury secretary"}, "m", true
	b, err := d.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	back := resolve.Doc{ID: d.ID}
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, d) {
		t.Errorf("read back %+v\nwant %+v", back, d)
	}
	for n := range b {
		var x resolve.Doc
		if err := x.UnmarshalBinary(b[:n]); err == nil {
			t.Errorf("the first %d of %d bytes decode", n, len(b))
		}
	}
}

// TestDocBinaryVersion1: a Doc that a store wrote before persons' records held posts
// (codec version 1) reads back, its persons with no posts, gender or style.
func TestDocBinaryVersion1(t *testing.T) {
	d := doc("a", thing(schema.Place, "", "Porto Brava"), person("~Aldric", "Tomas Aldrics"))
	b, err := d.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	// Version 2 ends a person's record with no posts (0), an empty gender (0) and no style
	// (0); version 1 has none of them.
	if !bytes.HasSuffix(b, []byte{0, 0, 0}) {
		t.Fatalf("encoding %v does not end with an empty person's posts, gender and style", b)
	}
	old := append([]byte{1}, b[1:len(b)-3]...)
	back := resolve.Doc{ID: d.ID}
	if err := back.UnmarshalBinary(old); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, d) {
		t.Errorf("read back %+v\nwant %+v", back, d)
	}
}

// hubs are records of a few organisations, countries and places that many documents
// name, as most news names the United States: the entities Apply joins new records to
// without recomputing them. They share slugs across classes, hold lexicon names that
// meet on one acronym, and have names that a fuller or a more written one overtakes.
var hubs = []resolve.Record{
	thing(schema.Country, "Dunmark", "Dunmark", "DM"), thing(schema.Country, "", "Dunmark"), thing(schema.Country, "", "DM"),
	thing(schema.Country, "", "Kingdom of Dunmark", "Dunmark"), thing(schema.Country, "", "Dunmark Country"),
	thing(schema.Place, "", "Dunmark"), thing(schema.Place, "", "Dunmark Country"), thing(schema.Place, "", "Dunmark Place"),
	thing(schema.Organization, "", "Dunmark"), thing(schema.Organization, "", "Dunmark Country"),
	thing(schema.Organization, "Northern Relief Front", "Northern Relief Front", "NRF"),
	thing(schema.Organization, "National Rail Fund", "National Rail Fund", "NRF"), thing(schema.Organization, "", "NRF"),
	thing(schema.Organization, "", "National Rail Fund"), thing(schema.Organization, "", "Northern Relief Front"),
	thing(schema.Organization, "", "Kestrel"), thing(schema.Organization, "", "Kestrel Shipping Company", "Kestrel"),
	thing(schema.Organization, "", "Kestrel Shipping", "Kestrel"), thing(schema.Organization, "", "KSC", "Kestrel Shipping Company"),
	thing(schema.Place, "", "Porto Brava"), thing(schema.Place, "", "Porto-Brava"), thing(schema.Country, "", "Porto Brava"),
	thing(schema.Place, "", "Brava"), thing(schema.Organization, "", "Porto Brava Place"),
	thing(schema.Organization, "", "Kisumu Sugar Agency", "KSA"), thing(schema.Organization, "", "Kisumu Shipping Authority", "KSA"),
	thing(schema.Organization, "", "KSA"), thing(schema.Organization, "", "Kisumu Sugar Agencies", "KSA"),
	thing(schema.Organization, "", "Kisumu Sugar Agency"),
	thing(schema.Organization, "", "Finance Ministry"), thing(schema.Organization, "", "Ministry of Finance of Dunmark", "Finance Ministry"),
	thing(schema.Organization, "Ministry of Finance of Dunmark", "Finance Ministry"), thing(schema.Organization, "", "Ministry of Finance of Porto Brava", "Finance Ministry"),
}

// randomHubDoc is a document naming one to five hubs, sometimes a person of pool too,
// each name written once to three times.
func randomHubDoc(rng *rand.Rand, id string) resolve.Doc {
	d := resolve.Doc{ID: schema.DocID(id)}
	seen := map[schema.IRI]bool{}
	for range 1 + rng.IntN(5) {
		r := hubs[rng.IntN(len(hubs))]
		if rng.IntN(6) == 0 {
			r = pool[rng.IntN(len(pool))]
		}
		if seen[r.IRI] {
			continue
		}
		seen[r.IRI] = true
		r.Forms = slices.Clone(r.Forms)
		for i := range r.Forms {
			r.Forms[i].Count = 1 + rng.IntN(3)
		}
		d.Records = append(d.Records, r)
	}
	return d
}

// TestJoinIsTheLongWay runs the same random history on two States, one that joins new
// records to large entities without recomputing them and one that recomputes every
// component they touch, and checks after each step that both report the same Delta and
// hold the same assignment and former IRIs, and (every fourth step) the assignment of a
// State given the whole set at once; some steps are rolled back. The documents name a few hubs again and again.
func TestJoinIsTheLongWay(t *testing.T) {
	for seed := range uint64(4) {
		if seed%2 == 1 { // every entity of two records or more keeps scores per name
			defer resolve.SetStatsFrom(2)()
		}
		rng := rand.New(rand.NewPCG(seed, 12))
		short, long := resolve.New(), resolve.NewLong()
		held := map[schema.DocID]resolve.Doc{}
		for step := range 400 {
			var remove []schema.DocID
			var add []resolve.Doc
			next := maps.Clone(held)
			for range 1 + rng.IntN(8) {
				id := schema.DocID(fmt.Sprintf("d%03d", rng.IntN(150)))
				if _, ok := next[id]; ok && rng.IntN(8) == 0 {
					remove = append(remove, id)
					add = slices.DeleteFunc(add, func(x resolve.Doc) bool { return x.ID == id })
					delete(next, id)
					continue
				}
				d := randomHubDoc(rng, string(id))
				add = slices.DeleteFunc(add, func(x resolve.Doc) bool { return x.ID == d.ID })
				add = append(add, d)
				next[id] = d
			}
			remove = slices.DeleteFunc(remove, func(id schema.DocID) bool { _, ok := next[id]; return ok })
			ds, err1 := short.Apply(remove, add)
			dl, err2 := long.Apply(remove, add)
			if err1 != nil || err2 != nil {
				t.Fatal(err1, err2)
			}
			if !reflect.DeepEqual(ds, dl) {
				t.Fatalf("seed %d step %d: delta %+v, the long way %+v", seed, step, ds, dl)
			}
			if rng.IntN(10) == 0 {
				short.Rollback()
				long.Rollback()
			} else {
				short.Commit()
				long.Commit()
				held = next
			}
			if !maps.Equal(short.Formers(), long.Formers()) || short.Docs() != len(held) {
				t.Fatalf("seed %d step %d: formers %v, the long way %v", seed, step, short.Formers(), long.Formers())
			}
			if step%4 != 0 {
				continue
			}
			docs := slices.Collect(maps.Values(held))
			fresh := resolve.NewLong()
			if _, err := fresh.Apply(nil, docs); err != nil {
				t.Fatal(err)
			}
			fresh.Commit()
			got, want := assignments(short, docs), assignments(fresh, docs)
			if !maps.Equal(got, want) || !maps.Equal(got, assignments(long, docs)) {
				for k := range want {
					if got[k] != want[k] {
						t.Errorf("seed %d step %d: %s = %v, from scratch %v", seed, step, k, got[k], want[k])
					}
				}
				t.FailNow()
			}
		}
	}
}
