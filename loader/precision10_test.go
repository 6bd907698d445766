package loader

// Precision constructions of entity boundaries and classes found wrong on unseen news
// (branch prec10), each tried on sentences of our own: the wrong entity is absent and the
// right reading of a like sentence is still read.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestAllOpensBodyName checks that a capitalised "All" before a body's name ending in its
// head word is the name's first word ("the All Veldonia Club"), not a common word cut off.
func TestAllOpensBodyName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The final was played at the All Veldonia Club on Sunday."},
		not:   []string{"Veldonia Club"},
		want:  map[string]schema.Class{"All Veldonia Club": schema.Organization},
	}, {
		sents: []string{"All Veldonia officials attended the meeting with Tomas Varga."},
		want:  map[string]schema.Class{"Tomas Varga": schema.Person},
		not:   []string{"All Veldonia"},
	}})
}

// TestAmpersandJoinsFirmName checks that "A & B" is one firm's name, not its first partner.
func TestAmpersandJoinsFirmName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Economists at Varga & Brand said rates would rise."},
		not:   []string{"Varga", "Brand"},
		want:  map[string]schema.Class{"Varga & Brand": schema.Organization},
	}, {
		sents: []string{"Tomas Varga and Olga Brand said rates would rise."},
		want:  map[string]schema.Class{"Tomas Varga": schema.Person, "Olga Brand": schema.Person},
	}})
}

// TestFieldOfStudyIsNoPerson checks that a capitalised field of study ("Molecular
// Biology") names no person, while a body named for it still is a body.
func TestFieldOfStudyIsNoPerson(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"She studied Molecular Biology at Veldonia University."},
		not:   []string{"Molecular Biology"},
	}, {
		sents: []string{"Tomas Varga heads the Institute of Molecular Biology in Ruvania."},
		want:  map[string]schema.Class{"Tomas Varga": schema.Person},
		not:   []string{"Molecular Biology"},
	}})
}

// TestSerialCommaArticleEndsPlaceList checks that "at A, B, and a zone near C" is a list of
// places (A is not in B), while "in A, B, and a year later moved" still places A in B.
func TestSerialCommaArticleEndsPlaceList(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Tomas Varga said the other deposits are located at Velkar, Orsova, and a zone between two rivers."},
		wrong: []string{"Velkar locatedIn Orsova"},
	}, {
		sents: []string{"Tomas Varga said the deposits are located at Velkar, Orsova and a zone between two rivers."},
		wrong: []string{"Velkar locatedIn Orsova"},
	}, {
		sents: []string{"Tomas Varga was born in Velkar, Orsova, and studied in Ruvania."},
		facts: []string{"Velkar locatedIn Orsova"},
	}, {
		sents: []string{"Tomas Varga grew up in Velkar, Orsova, and a year later moved to Ruvania."},
		facts: []string{"Velkar locatedIn Orsova"},
	}})
}

// TestNameBeforeInstrumentIsNoPerson checks that a person's name before the lower-case
// noun of an instrument named after them ("the Tomas Varga telescope") names no person,
// while the same name as a subject still does.
func TestNameBeforeInstrumentIsNoPerson(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Images from the Tomas Varga telescope were released on Monday."},
		not:   []string{"Tomas Varga"},
	}, {
		sents: []string{"Tomas Varga built a telescope in Ruvania."},
		want:  map[string]schema.Class{"Tomas Varga": schema.Person},
	}})
}
