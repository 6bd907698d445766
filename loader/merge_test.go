package loader

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// personAliases returns the aliases of each person of x by canonical name.
func personAliases(x *schema.Extraction) map[string][]string {
	out := map[string][]string{}
	for _, e := range x.Entities {
		if e.Class == schema.Person {
			out[e.Name] = e.Aliases
		}
	}
	return out
}

// TestSurnameAliasOnlyWhenWritten: a person's bare surname is an alias (schema:
// alternateName, "every alias seen") only when the document writes it alone for that
// person. A surname the document never writes alone is no alias: across documents the
// same surname may be another person's ("Odera" of one story's Jomo Odera is not the
// Odera of another's), and the alias would join their names.
func TestSurnameAliasOnlyWhenWritten(t *testing.T) {
	a := personAliases(extractDoc(t, "sa", "Bakari Mwinyi visited Kisumu on Monday."))
	if slices.Contains(a["Bakari Mwinyi"], "Mwinyi") {
		t.Errorf("an unwritten surname became an alias: %v", a)
	}
	b := personAliases(extractDoc(t, "sb", "Bakari Mwinyi visited Kisumu on Monday.", "Mwinyi said the talks went well."))
	if !slices.Contains(b["Bakari Mwinyi"], "Mwinyi") {
		t.Errorf("the written surname is no alias: %v", b)
	}
	if _, ok := b["Mwinyi"]; ok {
		t.Errorf("the surname is a person of its own: %v", b)
	}
	// Written alone where no mention of it is read, it is still a name seen.
	e := personAliases(extractDoc(t, "se", "The film stars Bakari Mwinyi.", "Tautou will play Mwinyi' partner."))
	if !slices.Contains(e["Bakari Mwinyi"], "Mwinyi") {
		t.Errorf("a surname written alone is no alias: %v", e)
	}
	// Two persons of one document with one surname: the bare surname is an alias of
	// the one it refers to at most, never of both.
	c := personAliases(extractDoc(t, "sc", "Jomo Odera met his son Amani Odera in Kisumu.",
		"Jomo Odera visited Nakuru on Monday."))
	if slices.Contains(c["Jomo Odera"], "Odera") || slices.Contains(c["Amani Odera"], "Odera") {
		t.Errorf("a shared surname became an alias: %v", c)
	}
	d := personAliases(extractDoc(t, "sd", "Jomo Odera met his son Amani Odera in Kisumu.",
		"Jomo Odera later said Odera would stay in Nakuru."))
	if slices.Contains(d["Jomo Odera"], "Odera") && slices.Contains(d["Amani Odera"], "Odera") {
		t.Errorf("the shared surname is an alias of both: %v", d)
	}
}

// TestSuffixIsNoSurname: a generational suffix ends a name without being its surname.
// Two persons of one document whose names end in "Jr." are two, not one person written
// with two middle names; neither is known by the given name and the suffix ("Amani Jr");
// the surname alone is the person with the suffix; and the same name with "Jr." and
// "Sr." is a son and his father.
func TestSuffixIsNoSurname(t *testing.T) {
	a := personAliases(extractDoc(t, "ja", "Kisumu Bank said Amani Odera Jr. and Jomo Mwinyi Jr. have left its board."))
	if _, ok := a["Amani Odera Jr"]; !ok {
		t.Errorf("no Amani Odera Jr: %v", a)
	}
	if _, ok := a["Jomo Mwinyi Jr"]; !ok {
		t.Errorf("no Jomo Mwinyi Jr: %v", a)
	}
	if len(a) != 2 || len(a["Amani Odera Jr"]) != 0 || len(a["Jomo Mwinyi Jr"]) != 0 {
		t.Errorf("two Jr.s merged or given a 'given name Jr' alias: %v", a)
	}
	b := personAliases(extractDoc(t, "jb", "Kisumu Bank said Walter B. Odera Jr. and Charles B. Mwinyi Jr. have left its board."))
	if len(b) != 2 {
		t.Errorf("two Jr.s with one middle initial merged: %v", b)
	}
	c := personAliases(extractDoc(t, "jc", "Amani Odera Jr. left the board of Kisumu Bank on Monday.", "Odera said he would stay in Nakuru."))
	if len(c) != 1 || !slices.Contains(c["Amani Odera Jr"], "Odera") {
		t.Errorf("the surname alone is not the person with the suffix: %v", c)
	}
	d := personAliases(extractDoc(t, "jd", "Amani Odera Jr. met Amani Odera Sr. in Kisumu."))
	if len(d) != 2 {
		t.Errorf("a son and his father merged: %v", d)
	}
}

// TestInitialAndGivenNameOnePerson: a line-up's "D Kestrel" in a document that names
// "Dan Kestrel" is that person, named by the given name written out, in either order;
// an initial that two persons of the surname share ("Jon" and "Jane") joins neither,
// and another initial stays another person.
func TestInitialAndGivenNameOnePerson(t *testing.T) {
	for _, sents := range [][]string{
		{"Dan Kestrel scored twice for Kisumu on Monday.", "Kisumu: D Kestrel, J Mwinyi, A Odera."},
		{"Kisumu: D Kestrel, J Mwinyi, A Odera.", "Dan Kestrel scored twice for Kisumu on Monday."},
	} {
		x := extractDoc(t, "ia", sents...)
		rs, err := Resolve([]*schema.Extraction{x})
		if err != nil {
			t.Fatal(err)
		}
		a := personAliases(rs[0])
		if !slices.Contains(a["Dan Kestrel"], "D Kestrel") {
			t.Errorf("%q: the initial is not the person: %v", sents[0], a)
		}
		if _, ok := a["D Kestrel"]; ok {
			t.Errorf("%q: the initial is a person of its own or names the person: %v", sents[0], a)
		}
	}
	b := personAliases(extractDoc(t, "ib", "Jon Kestrel and Jane Kestrel run Kisumu Bank.", "J Kestrel said the bank was closed."))
	if slices.Contains(b["Jon Kestrel"], "J Kestrel") || slices.Contains(b["Jane Kestrel"], "J Kestrel") {
		t.Errorf("an initial two persons share joined one: %v", b)
	}
	c := personAliases(extractDoc(t, "ic", "Dan Kestrel scored twice for Kisumu on Monday.", "Kisumu: A Kestrel, J Mwinyi."))
	if slices.Contains(c["Dan Kestrel"], "A Kestrel") {
		t.Errorf("another initial joined the person: %v", c)
	}
}

// orgNames returns the organisations of x by canonical name, with their aliases.
func orgNames(x *schema.Extraction) map[string][]string {
	out := map[string][]string{}
	for _, e := range x.Entities {
		if e.Class == schema.Organization {
			out[e.Name] = e.Aliases
		}
	}
	return out
}

// TestFirmShortNameWithSubsidiary: a firm's first word alone ("Kestrel said") is the
// firm named in full only when no other organisation of the document begins with that
// word; with a parent and its unit ("Kestrel Bank", "Kestrel Aerospace Corp") it is
// neither's.
func TestFirmShortNameWithSubsidiary(t *testing.T) {
	a := orgNames(extractDoc(t, "fa", "Kestrel Bank said it will sell Kestrel Aerospace Corp to Velka Corp.",
		"Kestrel said the sale would close in March."))
	if slices.Contains(a["Kestrel Bank"], "Kestrel") || slices.Contains(a["Kestrel Aerospace Corp"], "Kestrel") {
		t.Errorf("the shared first word joined the firm or its unit: %v", a)
	}
	if _, ok := a["Kestrel Aerospace Corp"]; !ok {
		t.Errorf("no unit: %v", a)
	}
	b := orgNames(extractDoc(t, "fb", "Kestrel Bank said it will buy Velka Corp.", "Kestrel said the sale would close in March."))
	if !slices.Contains(b["Kestrel Bank"], "Kestrel") {
		t.Errorf("the one firm's short name is not the firm: %v", b)
	}
}

// TestNoMiddleDroppedFromCompoundSurname: "Tomas Amador" is made an alias of "Tomas
// Rivera Amador" only while nothing shows the middle word to be part of the surname;
// when the document writes "Rivera Amador" alone it is none, and no alias leaves out
// the given name after a first initial ("J. Odera" of "J. Amani Odera").
func TestNoMiddleDroppedFromCompoundSurname(t *testing.T) {
	a := personAliases(extractDoc(t, "ma", "Tomas Rivera Amador met Bakari Mwinyi in Kisumu.", "Rivera Amador said the talks went well."))
	if !slices.Contains(a["Tomas Rivera Amador"], "Rivera Amador") || slices.Contains(a["Tomas Rivera Amador"], "Tomas Amador") {
		t.Errorf("compound surname: %v", a)
	}
	b := personAliases(extractDoc(t, "mb", "Tomas Rivera Amador met Bakari Mwinyi in Kisumu.", "Amador said the talks went well."))
	if !slices.Contains(b["Tomas Rivera Amador"], "Tomas Amador") {
		t.Errorf("a middle name left out is no alias any more: %v", b)
	}
	c := personAliases(extractDoc(t, "mc", "J. Amani Odera met Bakari Mwinyi in Kisumu."))
	if slices.Contains(c["J. Amani Odera"], "J. Odera") {
		t.Errorf("the given name after an initial was left out: %v", c)
	}
}

// TestPeerAfterPost: "Chairman Lord Kestrel" keeps the post as its title and is the
// peer "Lord Kestrel" of the rest of the document, not a second person "Kestrel".
func TestPeerAfterPost(t *testing.T) {
	for _, sents := range [][]string{
		{"Chairman Lord Kestrel argued that leaders should debate.", "Lord Kestrel said it was time."},
		{"Lord Kestrel argued that leaders should debate.", "Chairman Lord Kestrel said it was time."},
	} {
		a := personAliases(extractDoc(t, "pa", sents...))
		if _, ok := a["Lord Kestrel"]; !ok || len(a) != 1 {
			t.Errorf("%q: %v", sents[0], a)
		}
		if _, ok := a["Kestrel"]; ok {
			t.Errorf("%q: the surname is a second person: %v", sents[0], a)
		}
	}
}

// TestKnownByInitials: "X, known by its Swahili initials as FDV" (and "known as FDV")
// defines the acronym as the body's even when its letters do not spell the name; an
// acronym the document never ties to the body stays apart.
func TestKnownByInitials(t *testing.T) {
	for _, s := range []string{
		"Bakari Mwinyi, head of the Velka Democratic Force, known by its Swahili initials as FDV, met Amina Odhiambo.",
		"The Velka Democratic Force, known as FDV, fought in Kisumu.",
	} {
		o := orgNames(extractDoc(t, "ka", s, "The FDV is the largest rebel group."))
		if !slices.Contains(o["Velka Democratic Force"], "FDV") {
			t.Errorf("%q: the acronym is not the body's: %v", s, o)
		}
		if _, ok := o["FDV"]; ok {
			t.Errorf("%q: the acronym is a body of its own: %v", s, o)
		}
	}
	o := orgNames(extractDoc(t, "kb", "Bakari Mwinyi, head of the Velka Democratic Force, met Amina Odhiambo.", "The FDV is the largest rebel group."))
	if slices.Contains(o["Velka Democratic Force"], "FDV") {
		t.Errorf("an unrelated acronym joined the body: %v", o)
	}
}
