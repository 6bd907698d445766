package loader

// Constructions of the eighth recall round: facts a hand annotation of unseen news found
// missed, each tried through the whole loader on sentences of our own (names, places and
// bodies made up for the test), with wrong facts that must stay absent.

import (
	"strings"
	"testing"
)

// TestHeadSubjectFixesStoryCountry checks that a short story whose one country is named
// only in the demonym title of its head of state opening the sentence ("Kenyan President
// X will reshuffle") is about that country's government, so that its bare ministers are
// that country's; a bare minister after a lower-case verb ("would not affect Finance
// Minister Y") is bare too. A story whose one country is named in a mere place phrase, or
// whose demonym head is not the subject, gives the bare minister no country.
func TestHeadSubjectFixesStoryCountry(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{
				"Kenyan President Bakari Mwinyi will reshuffle his cabinet next month, a source said.",
				"The reshuffle follows the resignation of Minister of Planning Juma Odhiambo.",
				"The source said the reshuffle would not affect Finance Minister Peter Kamau.",
			},
			want: []string{"Bakari Mwinyi leads Kenya", "Juma Odhiambo memberOf Kenya", "Peter Kamau memberOf Kenya"},
			not:  []string{"Juma Odhiambo leads Kenya", "Peter Kamau leads Kenya", "Juma Odhiambo nationality Kenya"},
		},
		{
			sents: []string{
				"A delegation arrived in Kisumu, Kenya, on Monday.",
				"The talks would not affect Finance Minister Peter Kamau, a source said.",
			},
			not: []string{"Peter Kamau memberOf Kenya"},
		},
		{
			sents: []string{
				"Officials said Kenyan President Bakari Mwinyi was in Kisumu.",
				"The talks would not affect Finance Minister Peter Kamau, a source said.",
			},
			not: []string{"Peter Kamau memberOf Kenya"},
		},
	})
}

// TestDiedBeforeAbsoluteParticiple checks that a subject with a relative clause that dies
// in a place, followed by a passive participle set off by a comma ("X, who led Y for ten
// years, died at home in P, surrounded by family"), was in that place: the participle is
// no verb of the sentence, so the parse repair for "The strike, carried out by X, killed
// Y" leaves it; that repair still reads its own construction.
func TestDiedBeforeAbsoluteParticiple(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi, who served as President of Kenya for ten years, died at home in Kisumu, Kenya, surrounded by family."},
			want:  []string{"Bakari Mwinyi visited Kisumu", "Bakari Mwinyi leads Kenya", "Kisumu locatedIn Kenya"},
			not:   []string{"Bakari Mwinyi visited Kenya", "Kisumu locatedIn Kisumu"},
		},
		{
			sents: []string{"The raid, carried out by the Velka Movement, killed Bakari Mwinyi."},
			want:  []string{"Velka Movement fights Bakari Mwinyi"},
		},
	})
}

// TestDescribedBodyWithArticle checks that a title's "of" phrase may describe the body
// before naming it with its own article ("founder of human rights group the Velka
// Center", "a member of opposition party the Velka Movement"), also after one capitalised
// adjective; a description with no body noun before the name, or a relation that is no
// post ("a critic of"), gives nothing.
func TestDescribedBodyWithArticle(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Rabbi Juma Odhiambo, founder of Jewish human rights group the Velka Center, said the camp was a warning."},
			want:  []string{"Juma Odhiambo memberOf Velka Center"},
			not:   []string{"Juma Odhiambo leads Velka Center"},
		},
		{
			sents: []string{"Juma Odhiambo, a member of opposition party the Velka Movement, said so."},
			want:  []string{"Juma Odhiambo memberOf Velka Movement"},
		},
		{
			sents: []string{"Juma Odhiambo, a critic of the rights group the Velka Foundation, said so."},
			not:   []string{"Juma Odhiambo memberOf Velka Foundation", "Juma Odhiambo leads Velka Foundation"},
		},
		{
			sents: []string{"Juma Odhiambo, founder of a school near the Velka Foundation, said so."},
			not:   []string{"Juma Odhiambo memberOf Velka Foundation"},
		},
	})
}

// TestSiteOfPossessor checks that an unknown name between a preposition of place with a
// possessive determiner and a site noun ("in his Tarsa headquarters in southern Kenya")
// is a place, located where the phrase after the site noun puts it; an adjective there
// ("his Parliamentary office") and a site with an article ("the Tarsa office") stay no place.
func TestSiteOfPossessor(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Velka Movement leader Bakari Mwinyi, in a statement made in his Tarsa headquarters in southern Kenya, said he was ready to talk."},
			want:  []string{"Tarsa locatedIn Kenya", "Bakari Mwinyi leads Velka Movement"},
			not:   []string{"Bakari Mwinyi leads Tarsa", "Velka Movement locatedIn Kenya"},
		},
		{
			sents: []string{"Bakari Mwinyi returned to his Parliamentary office in Nairobi."},
			not:   []string{"Parliamentary locatedIn Nairobi"},
		},
		{
			sents: []string{"Bakari Mwinyi spoke at the Tarsa office in Nairobi."},
			not:   []string{"Tarsa locatedIn Nairobi"},
		},
	})
}

// TestProgressiveOccasion checks that an occasion phrase on a verb in the progressive
// ("X was speaking to reporters after talks with Y") names the meeting of the clause's
// subject, as on a simple past verb, also through a pronoun; a gerund ("after missing out
// on talks with Y") and a plain hope ("is hoping for talks with Y") give none.
func TestProgressiveOccasion(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenyan President Bakari Mwinyi was speaking to reporters after talks with Juma Odhiambo."},
			want:  []string{"Bakari Mwinyi met Juma Odhiambo"},
			not:   []string{"Juma Odhiambo leads Kenya"},
		},
		{
			sents: []string{"Kenyan President Bakari Mwinyi said the sides were close.", "He was speaking after a meeting with Juma Odhiambo."},
			want:  []string{"Bakari Mwinyi met Juma Odhiambo"},
		},
		{
			sents: []string{"Bakari Mwinyi is hoping for talks with Juma Odhiambo."},
			not:   []string{"Bakari Mwinyi met Juma Odhiambo"},
		},
		{
			sents: []string{"Bakari Mwinyi was angry after missing out on talks with Juma Odhiambo."},
			not:   []string{"Bakari Mwinyi met Juma Odhiambo"},
		},
	})
}

// TestOpeningEventNounWithOnsetVerb checks that an event noun opening the sentence, which
// the tagger reads as a verb ("Fighting broke out between A and B"), is the subject of the
// verb after it, and that a "between" phrase on a verb saying the event took place names
// its sides; a modal or a negation ("could break out", "did not break out") gives none.
func TestOpeningEventNounWithOnsetVerb(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Fighting broke out between Kenya's army and the Velka Movement."},
			want:  []string{"Kenyan Armed Forces fights Velka Movement", "Velka Movement fights Kenyan Armed Forces"},
			not:   []string{"Kenya fights Velka Movement"},
		},
		{
			sents: []string{"Clashes occurred between Kenyan troops and the Velka Movement."},
			want:  []string{"Velka Movement fights Kenyan Armed Forces"},
		},
		{
			sents: []string{"Fighting could break out between Kenya's army and the Velka Movement."},
			not:   []string{"Kenyan Armed Forces fights Velka Movement", "Velka Movement fights Kenyan Armed Forces"},
		},
		{
			sents: []string{"Fighting did not break out between Kenya's army and the Velka Movement."},
			not:   []string{"Kenyan Armed Forces fights Velka Movement", "Velka Movement fights Kenyan Armed Forces"},
		},
	})
}

// TestDemonymSea checks that a demonym before a sea's head word ("the Indian Ocean",
// "Tanzania's Indian ocean ports", "the Arabian Sea") names the sea, not the demonym's
// country, and that the sea is located in no country that possesses its shore; a
// demonym before a lower-case "sea" ("the Kenyan sea border") stays the country's.
func TestDemonymSea(t *testing.T) {
	runEntCases := func(sents []string, want, not []string) {
		t.Helper()
		ents, facts := analyzeT(t, newSemantics(nil), testDoc("sea", sents...))
		have := map[string]bool{}
		for _, e := range ents {
			c := string(e.Class)
			have[e.Name+" "+c[strings.LastIndex(c, "#")+1:]] = true
		}
		for _, w := range want {
			if !have[w] && !facts[w] {
				t.Errorf("%q: missing %q; got %v %v", sents, w, have, facts)
			}
		}
		for _, w := range not {
			if have[w] || facts[w] {
				t.Errorf("%q: unexpected %q", sents, w)
			}
		}
	}
	runEntCases([]string{"Kenyan ships sailed from Mombasa into the Indian Ocean."}, []string{"Indian Ocean Place"}, []string{"India Country"})
	runEntCases([]string{"The railway runs to Tanzania's Indian ocean ports."}, []string{"Indian ocean Place"}, []string{"India Country", "Indian ocean locatedIn Tanzania"})
	runEntCases([]string{"The Kenyan sea border was closed."}, []string{"Kenya Country"}, nil)
}
