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
