package resolve_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/resolve"
)

// The records of these tests are invented; they check what a person of one document
// needs to join the person of another.

// gendered returns a person record whose document gives it gender g ("m" or "f").
func gendered(g string, forms ...string) resolve.Record {
	r := person(forms...)
	r.Gender = g
	return r
}

// TestSurnameAloneNeedsAPost: a surname alone ("Varga", a snooker player of a sports
// story) does not join the one full name of that surname in another document ("Tomas
// Varga" of a story on farming) on the name alone; it joins when both hold a compatible
// post, and then the other documents' "Varga" of no post, one person with it, join too;
// in every order.
func TestSurnameAloneNeedsAPost(t *testing.T) {
	got := inEveryOrder(t, doc("a", person("Tomas Varga")), doc("b", person("Varga")))
	if got["a/Tomas Varga"] == got["b/Varga"] {
		t.Errorf("a surname alone joined another document's full name with nothing shared: %v", got)
	}
	got = inEveryOrder(t,
		doc("a", titled([]string{"agriculture minister"}, "Tomas Varga")),
		doc("b", person("Varga")),
		doc("c", titled([]string{"minister"}, "Varga")),
	)
	if got["c/Varga"] != got["a/Tomas Varga"] || got["b/Varga"] != got["a/Tomas Varga"] {
		t.Errorf("surnames alone of a compatible post did not join the full name: %v", got)
	}
	got = inEveryOrder(t,
		doc("a", titled([]string{"agriculture minister"}, "Tomas Varga")),
		doc("c", titled([]string{"coach"}, "Varga")),
	)
	if got["c/Varga"] == got["a/Tomas Varga"] {
		t.Errorf("a surname alone under another post joined: %v", got)
	}
}

// TestSurnameAloneOfTheFullNamesGender: a surname alone under a form of address of the
// gender of another document's full name ("Mr Varga", "Tomas Varga" of a man's given
// name) joins it; of the other gender ("Mrs Varga"), or beside a full name of unknown
// gender, it does not; in every order.
func TestSurnameAloneOfTheFullNamesGender(t *testing.T) {
	got := inEveryOrder(t, doc("a", gendered("m", "Tomas Varga")), doc("b", gendered("m", "Varga")))
	if got["a/Tomas Varga"] != got["b/Varga"] {
		t.Errorf("Mr Varga did not join the one Tomas Varga: %v", got)
	}
	got = inEveryOrder(t, doc("a", gendered("m", "Tomas Varga")), doc("b", gendered("f", "Varga")))
	if got["a/Tomas Varga"] == got["b/Varga"] {
		t.Errorf("Mrs Varga joined Tomas Varga: %v", got)
	}
	got = inEveryOrder(t, doc("a", person("Kim Varga")), doc("b", gendered("m", "Varga")))
	if got["a/Kim Varga"] == got["b/Varga"] {
		t.Errorf("Mr Varga joined a full name of unknown gender: %v", got)
	}
}

// TestVariantSurnameAloneNeedsAPost: a surname alone that is a spelling variant of
// another document's full name ("Brannigan", "Teodor Brannigen") joins it only under a
// compatible post; in every order.
func TestVariantSurnameAloneNeedsAPost(t *testing.T) {
	got := inEveryOrder(t, doc("a", person("Teodor Brannigen")), doc("b", person("Brannigan")))
	if got["a/Teodor Brannigen"] == got["b/Brannigan"] {
		t.Errorf("a variant surname alone joined with nothing shared: %v", got)
	}
	got = inEveryOrder(t,
		doc("a", titled([]string{"senator"}, "Teodor Brannigen")),
		doc("b", titled([]string{"senator"}, "Brannigan")),
	)
	if got["a/Teodor Brannigen"] != got["b/Brannigan"] {
		t.Errorf("a variant surname alone of the same post did not join: %v", got)
	}
}

// TestGivenNamesOfTwoGenders: two full names of one surname whose given names are
// spelling variants of each other ("Michelle Orlova", "Michael Orlova") are two people
// when their documents give them two genders; variants of one gender ("Mikhail Orlov",
// "Mihkail Orlov") are still one; in every order.
func TestGivenNamesOfTwoGenders(t *testing.T) {
	if !resolve.Similar("michelle", "michael") || !resolve.Similar("mikhail", "mihkail") {
		t.Fatal("the given names of the test are not spelling variants")
	}
	got := inEveryOrder(t,
		doc("a", gendered("f", "Michelle Orlova", "Orlova")),
		doc("b", gendered("m", "Michael Orlova")),
	)
	if got["a/Michelle Orlova"] == got["b/Michael Orlova"] {
		t.Errorf("given names of two genders joined: %v", got)
	}
	got = inEveryOrder(t,
		doc("a", gendered("m", "Mikhail Orlov", "Orlov")),
		doc("b", gendered("m", "Mihkail Orlov")),
		doc("c", person("Mikhail Orlov")),
	)
	if got["a/Mikhail Orlov"] != got["b/Mihkail Orlov"] || got["c/Mikhail Orlov"] != got["a/Mikhail Orlov"] {
		t.Errorf("a misspelt given name of one gender did not join: %v", got)
	}
}

// TestPlainNameOfAPostTheInitialledLacks: "Vice President Hollis Brandt" of one
// document is not the "Hollis W. Brandt" of another that gives him no post (a namesake
// the initial may tell apart), even through a third document's "Hollis Brandt" of no
// post; a plain name of no post still joins the initialled one; in every order.
func TestPlainNameOfAPostTheInitialledLacks(t *testing.T) {
	vp := doc("a", titled([]string{"vice president"}, "Hollis Brandt", "Brandt"))
	plain := doc("b", person("Hollis Brandt"))
	signed := doc("c", person("Hollis W. Brandt", "Brandt"))
	got := inEveryOrder(t, vp, plain, signed)
	if got["a/Hollis Brandt"] == got["c/Hollis W. Brandt"] {
		t.Errorf("the vice president joined the initialled name of no post: %v", got)
	}
	got = inEveryOrder(t, plain, signed)
	if got["b/Hollis Brandt"] != got["c/Hollis W. Brandt"] {
		t.Errorf("the plain name of no post did not join the initialled one: %v", got)
	}
	pres := doc("d", titled([]string{"president"}, "Hollis Brandt"))
	got = inEveryOrder(t, pres, doc("e", titled([]string{"president"}, "Hollis W. Brandt")))
	if got["d/Hollis Brandt"] != got["e/Hollis W. Brandt"] {
		t.Errorf("the plain name of the initialled one's post did not join: %v", got)
	}
}
