package loader

// Names, classes and evidence (issue 11, item 1), each construction tried on sentences of
// our own: an unknown pair of a rare given name and an English-word surname ("Oriel Hunt")
// is a person's on evidence in the sentence or the document (a verb of speech after it,
// "according to", an apposition of a person's noun or an age, "Mr" or "Ms" with the
// surname elsewhere, the surname alone before a verb of speech, a "He"/"She" next), while
// a film's, a band's or a product's title, which takes none of these, stays no person; a
// film after "director of" is no body; "according to X" names no place.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPairPersonOnEvidence checks each kind of evidence on the shape the word lists alone
// refuse: a first word no English word, a surname an English one.
func TestPairPersonOnEvidence(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Oriel Hunt said the bridge over the Tana would open in May."},
		want:  map[string]schema.Class{"Oriel Hunt": schema.Person},
		not:   []string{"Hunt", "Oriel"},
	}, {
		sents: []string{"Oriel Hunt, the minister, said the plan was sound."},
		want:  map[string]schema.Class{"Oriel Hunt": schema.Person},
	}, {
		sents: []string{"Oriel Hunt, the former health minister of Ruritania, opened the clinic."},
		want:  map[string]schema.Class{"Oriel Hunt": schema.Person},
	}, {
		sents: []string{"Oriel Hunt, 54, was arrested in Kisumu on Friday."},
		want:  map[string]schema.Class{"Oriel Hunt": schema.Person, "Kisumu": schema.Place},
	}, {
		sents: []string{"Oriel Hunt, managing director, praised the workers."},
		want:  map[string]schema.Class{"Oriel Hunt": schema.Person},
	}, {
		sents: []string{"The deal was fair, according to Oriel Hunt."},
		want:  map[string]schema.Class{"Oriel Hunt": schema.Person},
	}, {
		sents: []string{"The contract was signed by Oriel Hunt on Friday.", "Ms Hunt said it was fair."},
		want:  map[string]schema.Class{"Oriel Hunt": schema.Person},
		not:   []string{"Hunt"},
	}, {
		sents: []string{"The contract was signed by Oriel Hunt on Friday.", "Hunt said it was fair."},
		want:  map[string]schema.Class{"Oriel Hunt": schema.Person},
	}, {
		sents: []string{"The contract was signed by Oriel Hunt on Friday.", "She said it was fair."},
		want:  map[string]schema.Class{"Oriel Hunt": schema.Person},
	}, {
		// A plural surname needs "Mr" or "Ms": no verb of speech is enough for it.
		sents: []string{"The cuts were ruled out by Ed Drummers on Monday.", "But Mr Drummers said taxes would rise."},
		want:  map[string]schema.Class{"Ed Drummers": schema.Person},
	}})
}

// TestTitlesStayNoPerson checks that the titles of films, bands and products, which take no
// verb of speech as persons do, no "Mr" and no person's apposition, are still no persons,
// and that a body before "said" after "of" lends its verb to the speaker before it.
func TestTitlesStayNoPerson(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Crowds queued to see Broken Lantern and Silent Meadow on Friday.", "Fans of Copper Brothers cheered."},
		not:   []string{"Broken Lantern", "Silent Meadow", "Copper Brothers"},
	}, {
		sents: []string{"Copper Brothers said the tour would go on."},
		not:   []string{"Copper Brothers"},
	}, {
		sents: []string{"The prize went to the Zorvik Boys, who played last."},
		not:   []string{"Zorvik Boys"},
	}, {
		sents: []string{"Kristian Velde of Tarvo Research said the virus was new."},
		want:  map[string]schema.Class{"Kristian Velde": schema.Person},
		not:   []string{"Velde of Tarvo Research"},
	}, {
		sents: []string{"Tarvo Research found the virus was new.", "Kristian Velde of Tarvo Research said so."},
		want:  map[string]schema.Class{"Kristian Velde": schema.Person},
	}})
	// "Tarvo Research" is no person, whatever else it is.
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("ents6", "Kristian Velde of Tarvo Research said the virus was new."))
	for _, e := range ents {
		if e.Name == "Tarvo Research" && e.Class == schema.Person {
			t.Errorf("Tarvo Research is a person")
		}
	}
}

// TestDirectorOfWork checks that a film's title after "director of", in a story of a film, is
// no body, while a body after "director of" in a story of no work stays one, and a body's
// name with a head word stays one in any story.
func TestDirectorOfWork(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Zara Okafor, director of Broken Lantern, said the film cost little."},
		want:  map[string]schema.Class{"Zara Okafor": schema.Person},
		not:   []string{"Broken Lantern"},
	}, {
		sents: []string{"Zara Okafor, director of Velka Networks, said the film cost little."},
		want:  map[string]schema.Class{"Zara Okafor": schema.Person, "Velka Networks": schema.Organization},
	}, {
		sents: []string{"Zara Okafor, director of Regular Tunes, said the concert sold out."},
		want:  map[string]schema.Class{"Zara Okafor": schema.Person, "Regular Tunes": schema.Organization},
	}})
}

// TestAccordingToNoPlace checks that "according to X" names a source, never a place.
func TestAccordingToNoPlace(t *testing.T) {
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("ents6",
		"Sales fell by a tenth, according to Varnox.",
		"Prices rose, according to Gazeta Velska."))
	for _, e := range ents {
		if (e.Name == "Varnox" || e.Name == "Gazeta Velska") && (e.Class == schema.Place || e.Class == schema.Person) {
			t.Errorf("%s is a %s", e.Name, e.Class)
		}
	}
}

// TestTeamListInitials checks that the players of a team list, an initial and a surname,
// are persons, never bodies, though the document writes the initial's letter in lower case
// elsewhere ("it's" gives a lower-case "s").
func TestTeamListInitials(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"The coach said it's a long season and the squad was ready.",
			"Ruritania: G Velde; K Morvan, S Okafor, T Brannagh; S Lindqvist, D Peyrol.",
		},
		want: map[string]schema.Class{"S Okafor": schema.Person, "S Lindqvist": schema.Person, "K Morvan": schema.Person, "T Brannagh": schema.Person},
	}})
}

// TestWhoAfterPlacePreposition checks that a name after a preposition of place followed by
// ", who" is a person's, while one followed by ", which" stays a place.
func TestWhoAfterPlacePreposition(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"A third penalty from Ronan Velde, who kicked ten points, sealed the win."},
		want:  map[string]schema.Class{"Ronan Velde": schema.Person},
	}, {
		sents: []string{"Aid arrived from Kisumu, which the floods had spared."},
		want:  map[string]schema.Class{"Kisumu": schema.Place},
	}})
}

// TestListedWithPerson checks that an unknown pair of a rare given name and an English-word
// surname is a person's in a list next to a name of a known given name, and that a film's
// or a band's title in such a list, or a name the lexicons know there, is still no person.
func TestListedWithPerson(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The guests were actors Dan Velde, John Brannagh, and Jaleel Hunt, as well as comic artists."},
		want:  map[string]schema.Class{"Jaleel Hunt": schema.Person, "John Brannagh": schema.Person},
	}, {
		sents: []string{"Fans cheered Oriel Hunt and John Brannagh at the gala."},
		want:  map[string]schema.Class{"Oriel Hunt": schema.Person, "John Brannagh": schema.Person},
	}, {
		sents: []string{"Fans saw Finding Velka, John Brannagh and Copper Brothers at the gala."},
		want:  map[string]schema.Class{"John Brannagh": schema.Person},
		not:   []string{"Finding Velka", "Copper Brothers"},
	}})
}

// TestPersonNounNextToPair checks that a person's noun just before an unknown pair of a rare
// given name and an English-word surname, in apposition before it or after its copula, makes
// it a person's, while a work's title after its copula and a work noun stays no person.
func TestPersonNounNextToPair(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Bass player Oriel Wire will join the show on Monday."},
		want:  map[string]schema.Class{"Oriel Wire": schema.Person},
		not:   []string{"Bass player Oriel Wire", "Bass"},
	}, {
		sents: []string{"The suit was filed in Kisumu, her lawyer, Oriel Wander, said."},
		want:  map[string]schema.Class{"Oriel Wander": schema.Person, "Kisumu": schema.Place},
	}, {
		sents: []string{"Oriel Noon is another player on the sidelines."},
		want:  map[string]schema.Class{"Oriel Noon": schema.Person},
	}, {
		sents: []string{"Fellow guitarist Oriel Guy played last."},
		want:  map[string]schema.Class{"Oriel Guy": schema.Person},
	}, {
		sents: []string{"Broken Lantern is a film about a fish.", "Fans of the band Copper Brothers cheered."},
		not:   []string{"Broken Lantern", "Copper Brothers"},
	}})
}

// TestWeakEvidenceRefused checks the evidence that is no person's: a list that is an
// apposition, a body's name before a person's trade, a possessive before the pair, a
// given name that is an English word with "who" alone, an article of another language,
// and a surname that is a person's noun ("X Reporter", a magazine).
func TestWeakEvidenceRefused(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"One of the so-called Dorvan Four, John Brannagh - who was freed - spoke."},
		want:  map[string]schema.Class{"John Brannagh": schema.Person},
		not:   []string{"Dorvan Four"},
	}, {
		sents: []string{"John Brannagh, Tarvo Research analyst, thinks sales will rise."},
		want:  map[string]schema.Class{"John Brannagh": schema.Person},
		not:   []string{"Tarvo Research"},
	}, {
		sents: []string{"Hits recorded there include the Velka Band's Gentle Rescue and John Brannagh's Kestaland."},
		not:   []string{"Gentle Rescue"},
	}, {
		sents: []string{"Prices rose, according to Il Globe 24 Ore, a business newspaper."},
		not:   []string{"Il Globe"},
	}, {
		sents: []string{"The film was praised, according to Tarvo Reporter."},
		not:   []string{"Tarvo Reporter"},
	}})
}
