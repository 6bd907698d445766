package loader

import "testing"

// Bare titles in a story about two or more countries, none dominant: the title itself
// may rule out all but one of the countries named (data/titles.tsv kinds "home" and
// "absent"). Sentences and names are invented.
func TestBareTitleUniqueToOneCountry(t *testing.T) {
	tests := []struct {
		name   string
		sents  []string
		want   []string
		absent []string
	}{
		{
			name: "a secretary's title the other country lacks",
			sents: []string{
				"Japan and the United States opened talks on rice imports on Monday.",
				"Japan wants to protect its farmers.",
				"The United States says the market is closed.",
				"Japan said it would answer next week.",
				"The United States threatened tariffs.",
				"Defence Secretary Carl Dornfeld said the dispute would not harm the alliance.",
			},
			want:   []string{"Carl Dornfeld memberOf United States"},
			absent: []string{"Carl Dornfeld memberOf Japan", "Carl Dornfeld leads United States"},
		},
		{
			name: "a prime minister in a story about the United States and a state that has one",
			sents: []string{
				"Peru and the United States signed a trade accord on Friday.",
				"Peru will cut tariffs on grain.",
				"The United States will lift quotas on textiles.",
				"Peru expects exports to double.",
				"The United States said the accord was fair.",
				"Prime Minister Tomas Quiroga Salas called the accord historic.",
			},
			want:   []string{"Tomas Quiroga Salas leads Peru"},
			absent: []string{"Tomas Quiroga Salas leads United States", "Tomas Quiroga Salas memberOf United States"},
		},
		{
			name: "of the countries that have the title, one named far more often",
			sents: []string{
				"Japan and the United States resumed trade talks on Monday.",
				"Japan said its car exports would fall.",
				"The United States wants more access for its chips.",
				"Japan offered to buy more aircraft.",
				"The United States rejected the offer.",
				"Britain watched the talks closely.",
				"Commerce Secretary Lena Marwick said the offer was too small.",
			},
			want:   []string{"Lena Marwick memberOf United States"},
			absent: []string{"Lena Marwick memberOf Japan", "Lena Marwick memberOf United Kingdom"},
		},
		{
			name: "both countries have the title: no telling",
			sents: []string{
				"India and Britain opened talks on visas on Monday.",
				"India wants more visas for students.",
				"Britain says the numbers are too high.",
				"India said it would answer next week.",
				"Britain offered a new scheme.",
				"Foreign Secretary Arvind Kestrel said the talks were useful.",
				"Finance Minister Bakari Mwinyi Okoth welcomed the scheme.",
			},
			absent: []string{"Arvind Kestrel memberOf India", "Arvind Kestrel memberOf United Kingdom", "Bakari Mwinyi Okoth memberOf India", "Bakari Mwinyi Okoth memberOf United Kingdom"},
		},
		{
			name: "a title every state has rules out none",
			sents: []string{
				"Kenya and Tanzania signed a border accord on Friday.",
				"Kenya will open two crossings.",
				"Tanzania will cut its fees.",
				"Kenya expects trade to grow.",
				"Tanzania said the accord was fair.",
				"Finance Minister Juma Kisumu Otieno said the fees would fall in July.",
			},
			absent: []string{"Juma Kisumu Otieno memberOf Kenya", "Juma Kisumu Otieno memberOf Tanzania"},
		},
		{
			name: "a president opening a sentence after a body is the body's",
			sents: []string{
				"Japan and the United States opened talks on steel on Monday.",
				"Japan wants lower tariffs.",
				"The United States says its mills are hurt.",
				"Japan said it would answer next week.",
				"The Velka Steel Alliance wrote to both governments urging a deal.",
				"President Harlan Voss said the tariffs would cost jobs.",
			},
			absent: []string{"Harlan Voss leads United States", "Harlan Voss leads Japan"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := analyzeT(t, newSemantics(nil), testDoc("d", tt.sents...))
			checkFacts(t, got, tt.want, tt.absent)
		})
	}
}

// A bare title beside its own state's institution, in a story with no home country: the
// sentence names the country only through that state's body ("Kenya's parliament").
// Sentences and names are invented.
func TestBareTitleBesideOwnStateBody(t *testing.T) {
	story := []string{
		"Kenya and Uganda signed a border accord on Friday.",
		"Kenya will open two crossings.",
		"Uganda will cut its fees.",
		"Kenya expects trade to grow.",
		"Uganda said the accord was fair.",
	}
	tests := []struct {
		name   string
		last   string
		want   []string
		absent []string
	}{
		{
			name:   "the state's parliament in the title's sentence",
			last:   "Kenya's parliament sacked Finance Minister Juma Otieno Kisumu on Monday.",
			want:   []string{"Juma Otieno Kisumu memberOf Kenya"},
			absent: []string{"Juma Otieno Kisumu memberOf Uganda", "Juma Otieno Kisumu leads Kenya"},
		},
		{
			name:   "two states' bodies: no telling",
			last:   "Kenya's parliament and Uganda's cabinet praised Finance Minister Juma Otieno Kisumu.",
			absent: []string{"Juma Otieno Kisumu memberOf Kenya", "Juma Otieno Kisumu memberOf Uganda"},
		},
		{
			name:   "the body and another country named: no telling",
			last:   "Finance Minister Juma Otieno Kisumu told Kenya's parliament that Uganda would pay.",
			absent: []string{"Juma Otieno Kisumu memberOf Kenya", "Juma Otieno Kisumu memberOf Uganda"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := analyzeT(t, newSemantics(nil), testDoc("d", append(append([]string{}, story...), tt.last)...))
			checkFacts(t, got, tt.want, tt.absent)
		})
	}
}

// A capitalised war's name ("the Libya War") names only the scene, as "the Libya war"
// does: the story's bare titles are the other country's. Sentences and names are invented.
func TestCapitalisedWarIsScene(t *testing.T) {
	_, got := analyzeT(t, newSemantics(nil), testDoc("d",
		"Dana Kestrel, a Libya War veteran, announced a run for the White House on Monday.",
		"Kestrel served two tours in the Libya War before she entered politics in the United States.",
		"Voters in the United States have never elected an independent president.",
		"She said the Libya War had taught her to distrust both parties.",
		"Her book on the Libya War sold well across the United States.",
		"Polls in the United States put her at four pct.",
		"Congressman Harlan Boyd Whitcombe said he would back her.",
	))
	checkFacts(t, got, []string{"Harlan Boyd Whitcombe memberOf United States"},
		[]string{"Harlan Boyd Whitcombe memberOf Libya", "Dana Kestrel memberOf Libya", "Dana Kestrel nationality Libya"})
}

// A home country that lacks the title yields it to the one named country that has it.
// Sentences and names are invented.
func TestBareTitleHomeLacksTitle(t *testing.T) {
	base := []string{
		"Iran bought missiles from a dealer in Vienna, officials said on Monday.",
		"Iran paid for them in cash.",
		"Iran denied the report.",
		"Iran's parliament called for an inquiry.",
		"Iran said the dealer had lied.",
		"The United States said it had warned the dealer.",
	}
	tests := []struct {
		name   string
		extra  []string
		want   []string
		absent []string
	}{
		{
			name:   "only one named country has a defense secretary",
			extra:  []string{"Defense Secretary Carl Dornfeld said the United States would act."},
			want:   []string{"Carl Dornfeld memberOf United States"},
			absent: []string{"Carl Dornfeld memberOf Iran"},
		},
		{
			name:   "two named countries have one, named equally: no telling",
			extra:  []string{"Britain said it had warned the dealer too.", "Defense Secretary Carl Dornfeld said the sale was illegal."},
			absent: []string{"Carl Dornfeld memberOf United States", "Carl Dornfeld memberOf Iran", "Carl Dornfeld memberOf United Kingdom"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := analyzeT(t, newSemantics(nil), testDoc("d", append(append([]string{}, base...), tt.extra...)...))
			checkFacts(t, got, tt.want, tt.absent)
		})
	}
}
