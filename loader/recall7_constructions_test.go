package loader

// Constructions of the seventh recall round: facts a hand annotation of unseen news found
// missed, each tried through the whole loader on sentences of our own (names, places and
// bodies made up for the test), with wrong facts that must stay absent.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestHyphenatedGivenNames checks that a family name and a two-syllable given name whose
// second syllable is written in lower case after a hyphen ("Kim Il-sung") is one person,
// and that a hyphenated modifier after a name stays no part of it.
func TestHyphenatedGivenNames(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"South Korean Prime Minister Pak Dong-hwi proposed a meeting."},
			want:  []string{"Pak Dong-hwi leads South Korea", "Pak Dong-hwi nationality South Korea"},
			not:   []string{"Pak Dong leads South Korea"},
		},
		{
			sents: []string{"North Korean leader Ryu Sol-san said the talks would go on."},
			want:  []string{"Ryu Sol-san leads North Korea", "Ryu Sol-san nationality North Korea"},
		},
		{
			sents: []string{"The Velka Movement attacked a Bakari Mwinyi-led convoy."},
			not:   []string{"Bakari Mwinyi-led leads Velka Movement", "Velka Movement fights Bakari Mwinyi-led"},
		},
		{
			sents: []string{"Kenyan President Bakari Mwinyi-era reforms were praised."},
			not:   []string{"Bakari Mwinyi-era leads Kenya", "Bakari Mwinyi-era nationality Kenya"},
		},
	})
}

// TestCounterpartTwoWordCountry checks that "his X counterpart" takes the office of the
// possessor also when the counterpart's country is written in two words ("his North
// Korean counterpart"), and stays a member where the possessor holds no state's office.
func TestCounterpartTwoWordCountry(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenyan Prime Minister Bakari Mwinyi wrote to his South African counterpart Thabo Ndlovu."},
			want:  []string{"Thabo Ndlovu leads South Africa", "Thabo Ndlovu nationality South Africa", "Bakari Mwinyi leads Kenya"},
			not:   []string{"Thabo Ndlovu memberOf South Africa", "Bakari Mwinyi leads South Africa"},
		},
		{
			sents: []string{"Kenyan Foreign Minister Bakari Mwinyi wrote to his South African counterpart Thabo Ndlovu."},
			want:  []string{"Thabo Ndlovu memberOf South Africa", "Thabo Ndlovu nationality South Africa"},
			not:   []string{"Thabo Ndlovu leads South Africa"},
		},
	})
}

// TestArticlePairIsBody checks that an unknown pair of names after "the" and before
// punctuation, a preposition or "and" is a body, not a person, so that membership of it
// is read; a pair before a noun, or titled elsewhere, stays a person.
func TestArticlePairIsBody(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kofi Osei was elected to the Velka Rada, the upper legislature.", "Ama Owusu, a member of the Velka Rada, praised him."},
			want:  []string{"Kofi Osei memberOf Velka Rada", "Ama Owusu memberOf Velka Rada"},
			not:   []string{"Velka Rada memberOf Kofi Osei"},
		},
		{
			sents: []string{"Kofi Osei praised the Tamsu Oruel government on Monday."},
			not:   []string{"Kofi Osei memberOf Tamsu Oruel"},
		},
	})
}

// TestDiedInPlace checks that a person who died in or at a place was there, and that
// an attack or a year the subject died in puts no one anywhere.
func TestDiedInPlace(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi died on Tuesday in Kisumu."},
			want:  []string{"Bakari Mwinyi visited Kisumu"},
		},
		{
			sents: []string{"Ama Owusu died aged 91 in a military hospital in Accra."},
			want:  []string{"Ama Owusu visited Accra"},
		},
		{
			sents: []string{"Kofi Osei died in the Velka Movement attack."},
			want:  []string{"Velka Movement fights Kofi Osei"},
			not:   []string{"Kofi Osei visited Velka Movement"},
		},
		{
			sents: []string{"Bakari Mwinyi said Kofi Osei died in Kisumu."},
			want:  []string{"Kofi Osei visited Kisumu"},
			not:   []string{"Bakari Mwinyi visited Kisumu"},
		},
	})
}

// TestElectedTo checks that a person elected to a chamber is a member of it, and that
// being elected to lead a body is no membership read from "to".
func TestElectedTo(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kwame Badu was elected to the Velka Assembly in 1990."},
			want:  []string{"Kwame Badu memberOf Velka Assembly"},
		},
		{
			sents: []string{"Kwame Badu said Ama Owusu was elected to the Velka Assembly."},
			want:  []string{"Ama Owusu memberOf Velka Assembly"},
			not:   []string{"Kwame Badu memberOf Velka Assembly"},
		},
	})
}

// TestOasisOfPlace checks that the name after "the oasis of" is a place, not a person.
func TestOasisOfPlace(t *testing.T) {
	runClassCases(t, []classCase{
		{
			relCase: relCase{
				sents: []string{"Kenyan troops overran a garrison at the oasis of Tamsu Oruel."},
				not:   []string{"Kenya fights Tamsu Oruel", "Tamsu Oruel nationality Kenya"},
			},
			classes: map[string]schema.Class{"Tamsu Oruel": schema.Place},
		},
	})
}

// TestPlaceNounThenIn checks that a place noun between a place's name and "in"
// ("Pemba island in southern Tanzania") and a place noun with "of" after "in" ("in the
// northern island of Pemba") still put the place in the other, and that a body or a
// person "in" a place is in nothing.
func TestPlaceNounThenIn(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Rebels killed 18 soldiers on Pemba island in southern Tanzania."},
			want:  []string{"Pemba locatedIn Tanzania"},
		},
		{
			sents: []string{"Ten soldiers were killed in Kigoma province in the northern island of Pemba."},
			want:  []string{"Kigoma locatedIn Pemba"},
			not:   []string{"Pemba locatedIn Kigoma"},
		},
		{
			sents: []string{"Bakari Mwinyi stayed in the northern island of Pemba."},
			not:   []string{"Bakari Mwinyi locatedIn Pemba"},
		},
		{
			sents: []string{"The Velka Movement office in the province of Kigoma was closed."},
			not:   []string{"Velka Movement locatedIn Kigoma"},
		},
	})
}

// TestServedAs checks that "served as" gives its subject the post after it, also in a
// relative clause on the person or on an indefinite description of the person, and
// that a negated post, a post of someone else's relative clause or no title give nothing.
func TestServedAs(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kofi Osei served as President of Ghana for five years."},
			want:  []string{"Kofi Osei leads Ghana", "Kofi Osei nationality Ghana"},
		},
		{
			sents: []string{"Kofi Osei, who served as President of Ghana, died on Monday."},
			want:  []string{"Kofi Osei leads Ghana", "Kofi Osei nationality Ghana"},
		},
		{
			sents: []string{"Kofi Osei, a career diplomat who served as Foreign Minister of Ghana, died."},
			want:  []string{"Kofi Osei memberOf Ghana", "Kofi Osei nationality Ghana"},
			not:   []string{"Kofi Osei leads Ghana"},
		},
		{
			sents: []string{"Kofi Osei, a friend of Ama Owusu who served as President of Ghana, died."},
			not:   []string{"Kofi Osei leads Ghana", "Kofi Osei nationality Ghana"},
		},
		{
			sents: []string{"Kofi Osei, a lawyer who became President of Ghana in 1990, died."},
			want:  []string{"Kofi Osei leads Ghana", "Kofi Osei nationality Ghana"},
		},
		{
			sents: []string{"Kofi Osei never served as President of Ghana."},
			not:   []string{"Kofi Osei leads Ghana"},
		},
		{
			sents: []string{"Kofi Osei served as a witness in the Velka Movement case."},
			not:   []string{"Kofi Osei memberOf Velka Movement", "Kofi Osei leads Velka Movement"},
		},
		{
			sents: []string{"Kofi Osei said Ama Owusu served as President of Ghana."},
			want:  []string{"Ama Owusu leads Ghana"},
			not:   []string{"Kofi Osei leads Ghana"},
		},
	})
}

// TestWhoseSubject checks that in "X, whose N <verb> ...", the clause is N's: X did not
// die, was not killed, was not elected there; and that X's own clause still counts.
func TestWhoseSubject(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Mr Kofi Osei, whose grandmother died in Kisumu, said many people would be offended."},
			not:   []string{"Kofi Osei visited Kisumu"},
		},
		{
			sents: []string{"Kofi Osei, whose brother was killed in Kisumu, spoke on Monday."},
			not:   []string{"Kofi Osei visited Kisumu"},
		},
		{
			sents: []string{"Kofi Osei, whose brother was elected to the Velka Assembly, spoke on Monday."},
			not:   []string{"Kofi Osei memberOf Velka Assembly"},
		},
		{
			sents: []string{"Kofi Osei, whose brother lives in Accra, died in Kisumu."},
			want:  []string{"Kofi Osei visited Kisumu"},
			not:   []string{"Kofi Osei visited Accra"},
		},
	})
}

// TestVisitedOwnedPlace checks that a visit to a part of a country ("Kenya's capital",
// "Kenya's biggest shantytown") is a visit to the country, and that a visit to its
// people or bodies, or a negated visit, puts no one there.
func TestVisitedOwnedPlace(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi has visited Kenya's biggest shantytown."},
			want:  []string{"Bakari Mwinyi visited Kenya"},
		},
		{
			sents: []string{"Bakari Mwinyi toured Tanzania's northern provinces on Monday."},
			want:  []string{"Bakari Mwinyi visited Tanzania"},
		},
		{
			sents: []string{"Bakari Mwinyi did not visit Kenya's capital."},
			not:   []string{"Bakari Mwinyi visited Kenya"},
		},
		{
			sents: []string{"Bakari Mwinyi visited Kenya's president on Monday."},
			not:   []string{"Bakari Mwinyi visited Kenya"},
		},
		{
			sents: []string{"Bakari Mwinyi visited Kofi Osei's home town."},
			not:   []string{"Bakari Mwinyi visited Kofi Osei"},
		},
	})
}

// TestDirectedRegionApposition checks that a name apposed with lower-case directions and
// a country (", central northern Kenya,") is a place in that country, and that a speaker
// so apposed is put nowhere.
func TestDirectedRegionApposition(t *testing.T) {
	runClassCases(t, []classCase{
		{
			relCase: relCase{
				sents: []string{"Tamsu Oruel, central northern Kenya, is the site of the airfield."},
				want:  []string{"Tamsu Oruel locatedIn Kenya"},
			},
			classes: map[string]schema.Class{"Tamsu Oruel": schema.Place},
		},
		{
			relCase: relCase{
				sents: []string{"Bakari Mwinyi, northern Kenya, said the talks failed."},
				not:   []string{"Bakari Mwinyi locatedIn Kenya"},
			},
			classes: map[string]schema.Class{"Bakari Mwinyi": schema.Person},
		},
	})
}
