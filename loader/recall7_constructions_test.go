package loader

// Constructions of the seventh recall round: facts a hand annotation of unseen news found
// missed, each tried through the whole loader on sentences of our own (names, places and
// bodies made up for the test), with wrong facts that must stay absent.

import "testing"

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
