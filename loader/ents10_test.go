package loader

// Names and classes (issue 11, item 1) on constructions found by a fresh hand annotation of
// unseen news, each tried on sentences of our own.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestSaintPossessiveInName checks a saint's possessive inside the name of a building or
// body ("St Olaf's Palace"): the name keeps its head, while a plain possessive before a
// body ("Kisumu's Water Board") still ends the name.
func TestSaintPossessiveInName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Bakari Mwinyi will host a reception at St Olaf's Palace on Monday."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person, "St Olaf's Palace": schema.Place},
		not:   []string{"St Olaf", "Palace"},
	}, {
		sents: []string{"Amara Odhiambo was taken to Saint Brede's Hospital in Kisumu."},
		want:  map[string]schema.Class{"Amara Odhiambo": schema.Person, "Saint Brede's Hospital": schema.Place, "Kisumu": schema.Place},
		not:   []string{"Saint Brede"},
	}, {
		sents: []string{"Tariq Orvel said St Olaf's message was clear."},
		want:  map[string]schema.Class{"Tariq Orvel": schema.Person},
		not:   []string{"St Olaf's message"},
	}})
}

// TestHeadNounAfterName checks a lower-case head noun after an unknown name, between "the"
// and the noun ("the Velkorama magazine", "the Tarnel Vost oilfield"): the noun's kind
// gives the class, also when the name's first word is a given name.
func TestHeadNounAfterName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Bakari Mwinyi told a conference organised by the Velkorama magazine that prices would rise."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person, "Velkorama": schema.Organization},
		not:   []string{"Velkorama magazine"},
	}, {
		sents: []string{"Repeated bombings of a pipeline from the Tarnel Vost oilfield to the coast cut exports."},
		want:  map[string]schema.Class{"Tarnel Vost": schema.Place},
	}, {
		sents: []string{"Rebels attacked the Dario Tarn oilfield near Kisumu on Sunday."},
		want:  map[string]schema.Class{"Dario Tarn": schema.Place, "Kisumu": schema.Place},
	}, {
		// A person's name before a lower-case noun that is no place stays a person.
		sents: []string{"Dario Tarn said the oilfield would reopen."},
		want:  map[string]schema.Class{"Dario Tarn": schema.Person},
	}})
}

// TestUnknownNameBesidePerson checks a single unknown name after "to" coordinated with a
// person's full name ("take the fight to Voss and Helen Marsden"): a person, no place, while
// a name coordinated with a place, or with a person who starts a clause, stays a place.
func TestUnknownNameBesidePerson(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Tariq Orvel said he would take this fight to Vostrand and Helen Marsden."},
		want:  map[string]schema.Class{"Tariq Orvel": schema.Person, "Helen Marsden": schema.Person, "Vostrand": schema.Person},
		not:   []string{"Vostrand and Helen Marsden"},
	}, {
		sents: []string{"Bakari Mwinyi travelled to Tarnby and Kisumu last week."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person, "Tarnby": schema.Place, "Kisumu": schema.Place},
	}, {
		// A given name beside a person is one of a couple sharing a surname: no person "Tariq".
		sents: []string{"The court ruled that the house belongs to Tariq and Helen Marsden."},
		not:   []string{"Tariq"},
	}, {
		// After "at", an employer's name beside a person is no person ("at Velkaro and Ana Ruiz").
		sents: []string{"The study was led by Tariq Orvel at Velkaro and Helen Marsden at the Kisumu Institute."},
		not:   []string{"Velkaro and Helen Marsden"},
	}, {
		// A person who starts a clause of his own after the place leaves it a place.
		sents: []string{"Bakari Mwinyi went to Tarnby and Tariq Orvel stayed in Kisumu."},
		want:  map[string]schema.Class{"Tarnby": schema.Place, "Tariq Orvel": schema.Person},
	}})
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("ents", "The study was led by Tariq Orvel at Velkaro and Helen Marsden at the Kisumu Institute."))
	for _, e := range ents {
		if e.Name == "Velkaro" && e.Class == schema.Person {
			t.Errorf("Velkaro is %s, want no person", e.Class)
		}
	}
}

// TestFieldsJoinedInForName checks a body's "for" phrase whose last field is joined by
// "and" ("the Kisumu Institute for Water Science and Engineering"): one name, whole; a
// country after "and" is no part of it.
func TestFieldsJoinedInForName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"According to the Kisumu Institute for Water Science and Engineering, rainfall fell by half."},
		want:  map[string]schema.Class{"Kisumu Institute for Water Science and Engineering": schema.Organization},
		not:   []string{"Kisumu Institute for Water Science", "Engineering"},
	}, {
		sents: []string{"The Velka Centre for Marine Research and Norway signed an accord."},
		want:  map[string]schema.Class{"Velka Centre for Marine Research": schema.Organization, "Norway": schema.Country},
		not:   []string{"Velka Centre for Marine Research and Norway"},
	}})
}

// TestFacilityNounAfterName checks an unknown name between "the" and a lower-case noun of a
// building ("at the Tarnvik hospital"): a place, not a person, while the same noun before
// another noun ("the Voss hospital trust") makes no place.
func TestFacilityNounAfterName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Bakari Mwinyi was treated at the Tarnvik hospital on Monday."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person, "Tarnvik": schema.Place},
	}, {
		sents: []string{"Tariq Orvel was moved to the Velkan Drost clinic after the attack."},
		want:  map[string]schema.Class{"Tariq Orvel": schema.Person, "Velkan Drost": schema.Place},
	}, {
		sents: []string{"Amara Odhiambo died at the Kestral-e-Vonn hospital in Kisumu last week."},
		want:  map[string]schema.Class{"Amara Odhiambo": schema.Person, "Kestral-e-Vonn": schema.Place, "Kisumu": schema.Place},
	}, {
		sents: []string{"Helen Marsden is the chief executive of the Voss hospital trust."},
		want:  map[string]schema.Class{"Helen Marsden": schema.Person},
		not:   []string{"Voss"},
	}})
}

// TestHyphenParticleInName checks a lower-case linking particle between hyphens inside a
// name ("Jaish-e-Velkan", "Kestral-e-Vonn"): the whole name, not its first part.
func TestHyphenParticleInName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Bakari Mwinyi said the Jaish-e-Velkan group had claimed the attack in Kisumu."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person, "Jaish-e-Velkan": schema.Organization, "Kisumu": schema.Place},
		not:   []string{"Jaish", "Velkan"},
	}, {
		sents: []string{"The well-known Tarnby-based firm Kestagas said sales rose."},
		not:   []string{"Tarnby-based", "well-known"},
	}})
}

// TestLeaderBeforeAdministration checks a leader's surname before "administration" or
// "regime" ("the Velkov administration"): the person (the seeds' reading of "the X regime"), while a
// capital, a demonym, a party or an English word there names no person.
func TestLeaderBeforeAdministration(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The Velkov administration said on Monday it would cut tariffs on steel from Norway."},
		want:  map[string]schema.Class{"Velkov": schema.Person, "Norway": schema.Country},
		not:   []string{"Velkov administration"},
	}, {
		sents: []string{"Orvanek administration officials said the talks in Kisumu had failed."},
		want:  map[string]schema.Class{"Orvanek": schema.Person, "Kisumu": schema.Place},
	}, {
		sents: []string{"The Nairobi regime and the Labour administration disagreed, and the City administration was silent."},
		not:   []string{"Labour", "City"},
	}, {
		sents: []string{"The Soviet regime and the Iranian regime were named in the report."},
		not:   []string{"Soviet", "Iranian"},
	}, {
		// A movement's or creed's adjective names no leader.
		sents: []string{"The Velkanista regime and the Orvanist regime armed the rebels."},
		not:   []string{"Velkanista", "Orvanist"},
	}})
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("ents", "The Nairobi regime said the border was closed."))
	for _, e := range ents {
		if e.Class == schema.Person {
			t.Errorf("unexpected person %q", e.Name)
		}
	}
}

// TestParticipleOnObjectNoun checks a passive participle set off by a comma after the
// object noun ("praised the proposal, supported by Norway,"): it modifies the noun, so its
// agent supports no one, while a participle after the subject's name still gives the fact.
func TestParticipleOnObjectNoun(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Bakari Mwinyi praised the proposal, supported by Norway, on Monday."},
		wrong: []string{"Norway supports Bakari Mwinyi"},
	}, {
		sents: []string{"Bakari Mwinyi said he thought the plan, backed by the Velka Movement, should be considered."},
		wrong: []string{"Velka Movement supports Bakari Mwinyi"},
	}, {
		sents: []string{"Bakari Mwinyi, supported by Norway, won the vote in Kisumu."},
		facts: []string{"Norway supports Bakari Mwinyi"},
	}})
}
