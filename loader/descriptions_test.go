package loader

import "testing"

// TestDescriptionPossessors checks "the association's president, X" and "the country's
// foreign minister, X" bound to the one body or country named before.
func TestDescriptionPossessors(t *testing.T) {
	runRelCases(t, []relCase{
		{
			// the association's president
			sents: []string{"The Kenya Medical Association called a strike on Monday.", "The association's president, Samuel Otieno, said doctors had not been paid."},
			want:  []string{"Samuel Otieno leads Kenya Medical Association"},
			not:   []string{"Samuel Otieno leads Kenya"},
		},
		{
			// the country's minister, one country named
			sents: []string{"Chile signed a copper deal with a mining firm on Friday.", "The country's foreign minister, Rosa Ibarra, said the deal would create jobs.", "The nation's president, Jorge Fuentes, welcomed it."},
			want:  []string{"Rosa Ibarra memberOf Chile", "Jorge Fuentes leads Chile"},
			not:   []string{"Rosa Ibarra leads Chile", "Jorge Fuentes memberOf Chile"},
		},
		{
			// the country's prime minister, two countries named
			sents: []string{"Armenia accused Azerbaijan of shelling Stepanakert.", "The country's prime minister, Nikol Pashinyan, called for talks."},
			not:   []string{"Nikol Pashinyan leads Armenia", "Nikol Pashinyan leads Azerbaijan"},
		},
		{
			// a demonym counts as a second country
			sents: []string{"Chile signed a copper deal with a Japanese firm on Friday.", "The country's foreign minister, Rosa Ibarra, said the deal would create jobs."},
			not:   []string{"Rosa Ibarra memberOf Chile", "Rosa Ibarra memberOf Japan"},
		},
	})
}

// TestTitleOfBodyAndDistrict checks "the general secretary of the RMT union, X" and "United
// States Senator from Vermont X".
func TestTitleOfBodyAndDistrict(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The general secretary of the RMT union, Bob Crow, said drivers would strike on Friday."},
			want:  []string{"Bob Crow leads RMT"},
			not:   []string{"Bob Crow memberOf United Kingdom"},
		},
		{
			sents: []string{"Sean Doyle, leader of the Irish party Fine Gael, said he would seek talks."},
			not:   []string{"Fine Gael leads Ireland", "Fine Gael nationality Ireland"},
		},
		{
			sents: []string{"Ex-Labour MP Derek Hollis appealed for the release of a nurse kidnapped in Syria.", "British troops are stationed nearby."},
			want:  []string{"Derek Hollis memberOf Labour Party"},
			not:   []string{"Derek Hollis memberOf Syria", "Derek Hollis leads Labour Party"},
		},
		{
			sents: []string{"On Monday, United States Senator from Ohio Paul Dorsey endorsed the bill."},
			want:  []string{"Paul Dorsey memberOf United States", "Paul Dorsey nationality United States"},
			not:   []string{"Paul Dorsey memberOf Ohio", "Paul Dorsey leads United States"},
		},
		{
			sents: []string{"Support came from U.S. Representative from Texas Ana Ruiz."},
			want:  []string{"Ana Ruiz memberOf United States"},
			not:   []string{"Ana Ruiz memberOf Texas"},
		},
	})
}
