package loader

// Constructions of the sixth recall round: facts a hand annotation of unseen news found
// missed, each tried through the whole loader on sentences of our own (names, places and
// bodies made up for the test), with wrong facts that must stay absent.

import "testing"

// TestPlaceOpeners checks that a participle or prepositional opener of place puts the
// subject of the clause at the place.
func TestPlaceOpeners(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Leaving a Kisumu summit on Friday, Bakari Mwinyi said the talks had gone well."},
			want:  []string{"Bakari Mwinyi visited Kisumu"},
		},
		{
			sents: []string{"Bakari Mwinyi met Kofi Osei.", "Leaving a Kisumu summit on Friday, Mr Mwinyi said the talks had gone well."},
			want:  []string{"Bakari Mwinyi visited Kisumu"},
			not:   []string{"Kofi Osei visited Kisumu"},
		},
		{
			sents: []string{"Leaving a Velka Movement summit on Friday, Bakari Mwinyi said the talks had gone well."},
			not:   []string{"Bakari Mwinyi visited Velka Movement", "Bakari Mwinyi memberOf Velka Movement"},
		},
		{
			sents: []string{"Leaving a Kisumu summit on Friday, the Velka Movement criticised Bakari Mwinyi."},
			not:   []string{"Bakari Mwinyi visited Kisumu"},
		},
		{
			sents: []string{"Bakari Mwinyi arrived on Monday.", "During his stay in Arusha, he met the Velka Movement."},
			want:  []string{"Bakari Mwinyi visited Arusha"},
		},
		{
			sents: []string{"Speaking in Nairobi, Kofi Osei said the deal was done."},
			want:  []string{"Kofi Osei visited Nairobi"},
		},
	})
}

// TestSaidInPlace checks that a speaker who said something, or told reporters, in a place
// was there, and that
// a place inside what was said, or a statement, puts no one anywhere.
func TestSaidInPlace(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The talks will resume next week, Bakari Mwinyi said in London."},
			want:  []string{"Bakari Mwinyi visited London"},
		},
		{
			sents: []string{"The border will reopen, Kofi Osei said in Kampala on Monday."},
			want:  []string{"Kofi Osei visited Kampala"},
		},
		{
			sents: []string{"Kofi Osei said in a statement that the Velka Movement had attacked Kampala."},
			not:   []string{"Kofi Osei visited Kampala"},
		},
		{
			sents: []string{"Kofi Osei said the talks in Kampala had failed."},
			not:   []string{"Kofi Osei visited Kampala"},
		},
		{
			sents: []string{"Bakari Mwinyi hosted Kofi Osei in Dodoma on Monday."},
			want:  []string{"Kofi Osei visited Dodoma"},
			not:   []string{"Bakari Mwinyi visited Dodoma"},
		},
		{
			sents: []string{"Kofi Osei told reporters in Kampala that the border would reopen."},
			want:  []string{"Kofi Osei visited Kampala"},
		},
		{
			sents: []string{"Kofi Osei told reporters the talks in Kampala had failed."},
			not:   []string{"Kofi Osei visited Kampala"},
		},
		{
			sents: []string{"Kofi Osei told reporters that the Velka Movement attacked Kampala."},
			not:   []string{"Kofi Osei visited Kampala", "Velka Movement visited Kampala"},
		},
	})
}

// TestParenGivenName checks a parenthesised given name inside a titled name.
func TestParenGivenName(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Zambian President (Juma) Tembo said the border would reopen."},
			want:  []string{"Juma Tembo leads Zambia"},
			not:   []string{"Tembo leads Zambia"},
		},
		{
			sents: []string{"Kenyan President (Amina) Wanjiru met Kofi Osei in Nairobi."},
			want:  []string{"Amina Wanjiru leads Kenya", "Amina Wanjiru met Kofi Osei"},
			not:   []string{"Wanjiru leads Kenya", "Amina met Kofi Osei"},
		},
		{
			sents: []string{"Kofi Osei (Juma) met the Velka Movement (VM) in Nairobi."},
			not:   []string{"Juma Kofi Osei met Velka Movement", "Kofi Osei Juma met Velka Movement"},
		},
	})
}

// TestSupportiveOf checks that a copular "supportive of" is support, and that a
// negated or hypothetical one, or one said of someone else, gives no fact of the speaker.
func TestSupportiveOf(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi is very supportive of the Velka Movement."},
			want:  []string{"Bakari Mwinyi supports Velka Movement"},
		},
		{
			sents: []string{"Bakari Mwinyi said he was supportive of the Velka Movement."},
			want:  []string{"Bakari Mwinyi supports Velka Movement"},
		},
		{
			sents: []string{"Bakari Mwinyi said Kofi Osei was very supportive of the Velka Movement."},
			want:  []string{"Kofi Osei supports Velka Movement"},
			not:   []string{"Bakari Mwinyi supports Velka Movement"},
		},
		{
			sents: []string{"Bakari Mwinyi is not supportive of the Velka Movement."},
			not:   []string{"Bakari Mwinyi supports Velka Movement"},
		},
		{
			sents: []string{"Kofi Osei, who is supportive of Bakari Mwinyi, criticised the Velka Movement."},
			want:  []string{"Kofi Osei supports Bakari Mwinyi"},
			not:   []string{"Kofi Osei supports Velka Movement", "Bakari Mwinyi supports Velka Movement"},
		},
	})
}

// TestPossessiveGovernment checks that an untitled person's government makes the person
// head of the document's country when one country clearly dominates, and of none when two
// share the story or the person is tied to another country.
func TestPossessiveGovernment(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{
				"Tanzania's opposition called a strike on Monday.",
				"Bakari Mwinyi spoke in Dodoma.",
				"Mr Mwinyi's government said the strike was illegal.",
				"Police in Tanzania arrested ten people.",
				"Tanzania's courts will hear the case next week.",
			},
			want: []string{"Bakari Mwinyi leads Tanzania"},
		},
		{
			sents: []string{
				"Tanzania and Kenya traded charges on Monday.",
				"Bakari Mwinyi spoke in Dodoma.",
				"Mr Mwinyi's government said the strike was illegal.",
				"Kenya and Tanzania will meet next week.",
			},
			not: []string{"Bakari Mwinyi leads Tanzania", "Bakari Mwinyi leads Kenya"},
		},
		{
			sents: []string{
				"Tanzania's opposition called a strike on Monday.",
				"Kenyan President Bakari Mwinyi spoke in Dodoma.",
				"Mr Mwinyi's government said the strike was illegal.",
				"Police in Tanzania arrested ten people.",
				"Tanzania's courts will hear the case next week.",
			},
			not: []string{"Bakari Mwinyi leads Tanzania"},
		},
		{
			sents: []string{
				"Tanzania's opposition called a strike on Monday.",
				"Bakari Mwinyi spoke in Dodoma.",
				"Mr Mwinyi's government-in-waiting said the strike was illegal.",
				"Mr Mwinyi's governments' failures were many, Kofi Osei said.",
				"Tanzania's courts will hear the case next week.",
			},
			not: []string{"Bakari Mwinyi leads Tanzania"},
		},
	})
}
