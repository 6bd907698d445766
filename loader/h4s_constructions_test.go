package loader

// Structural constructions a blind set showed missing (appositions with title and
// relational nouns, clauses that share an argument, event nouns, noun-phrase structure),
// each tried on sentences of our own, with wrong readings asserted absent.

import "testing"

// TestTitleAppositions checks appositions whose title is relational or has field words.
func TestTitleAppositions(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"President Angela Merkel met her French counterpart, Jacques Chirac, in Bonn."},
			want:  []string{"Jacques Chirac leads France", "Jacques Chirac nationality France", "Angela Merkel met Jacques Chirac"},
			not:   []string{"Angela Merkel leads France", "Jacques Chirac memberOf France"},
		},
		{
			sents: []string{"Prime Minister Tony Abbott arrived in Jakarta.", "Mr Abbott held talks with his Indonesian counterpart, Joko Widodo."},
			want:  []string{"Joko Widodo leads Indonesia", "Joko Widodo nationality Indonesia"},
			not:   []string{"Tony Abbott leads Indonesia", "Tony Abbott nationality Indonesia"},
		},
		{
			sents: []string{"Carlos Mesa held talks with his Peruvian counterpart, Pablo Soto."},
			want:  []string{"Pablo Soto memberOf Peru", "Pablo Soto nationality Peru"},
			not:   []string{"Pablo Soto leads Peru", "Carlos Mesa nationality Peru"},
		},
		{
			sents: []string{"State television quoted an Egyptian soldier, Ahmed Fathy, as saying the camp fell."},
			want:  []string{"Ahmed Fathy nationality Egypt", "Ahmed Fathy memberOf Egypt"},
			not:   []string{"Ahmed Fathy leads Egypt"},
		},
		{
			sents: []string{"Peter Novak, the Slovak government commissioner responsible for energy, said the plant would open in May."},
			want:  []string{"Peter Novak memberOf Slovakia", "Peter Novak nationality Slovakia"},
			not:   []string{"Peter Novak leads Slovakia"},
		},
		{
			sents: []string{"Peter Novak, the Slovak national team coach, said the game was lost."},
			not:   []string{"Peter Novak memberOf Slovakia"},
		},
		{
			sents: []string{"Ken Livingstone said his new party, the Green Alliance, would win.", "Talks between Prime Minister Felipe Gonzalez's Socialist Party and the conservatives failed."},
			want:  []string{"Ken Livingstone memberOf Green Alliance", "Felipe Gonzalez memberOf Socialist Party"},
			not:   []string{"Ken Livingstone leads Green Alliance", "Felipe Gonzalez leads Socialist Party"},
		},
		{
			sents: []string{"Ken Livingstone met his rival's party, the Labour Party.", "Jean Dupont's Labour MP Ken Smith welcomed his release."},
			not:   []string{"Ken Livingstone memberOf Labour Party", "Jean Dupont memberOf Labour Party"},
		},
	})
}

// TestSharedArgumentClauses checks clauses whose subject is another clause's argument.
func TestSharedArgumentClauses(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Before visiting Kenya, Gordon Brown made a short trip to Ethiopia."},
			want:  []string{"Gordon Brown visited Kenya", "Gordon Brown visited Ethiopia"},
			not:   []string{"Kenya visited Ethiopia"},
		},
		{
			sents: []string{"Before visiting Kenya next week, Gordon Brown will fly to Ethiopia."},
			not:   []string{"Gordon Brown visited Kenya", "Gordon Brown visited Ethiopia"},
		},
		{
			sents: []string{"The ministry had asked Ambassador John Carver to return from Nairobi for consultations."},
			want:  []string{"John Carver visited Nairobi"},
		},
		{
			sents: []string{"The ministry asked Ambassador John Carver not to return from Nairobi.", "The ministry may ask Ambassador Ruth Ames to return from Lusaka.", "The ministry asked Ambassador Tom Hale to return to Harare."},
			not:   []string{"John Carver visited Nairobi", "Ruth Ames visited Lusaka", "Tom Hale visited Harare"},
		},
		{
			sents: []string{"Opposition leader Ken Ogata arrived in Tokyo.", "Speaking in Osaka on Tuesday at a rally of his supporters, he said the talks had failed."},
			want:  []string{"Ken Ogata visited Osaka"},
		},
		{
			sents: []string{"Speaking in French, Jean Dupont said Canada would help.", "Ruth Ames will speak in Ottawa on Monday."},
			not:   []string{"Jean Dupont visited France", "Ruth Ames visited Ottawa"},
		},
		{
			sents: []string{"Jean Dupont, kidnapped in Iraq, appealed for help."},
			want:  []string{"Jean Dupont visited Iraq"},
		},
		{
			sents: []string{"Jean Dupont, who led Oxfam operations in Sudan for ten years, was released on Friday.", "Ruth Ames heads the Reuters office in Cairo.", "Tom Hale led Amnesty International for ten years."},
			want:  []string{"Jean Dupont memberOf Oxfam", "Ruth Ames memberOf Reuters", "Tom Hale leads Amnesty International"},
			not:   []string{"Jean Dupont leads Oxfam", "Ruth Ames leads Reuters"},
		},
		{
			sents: []string{"Under the new structure, Jean Dupont, who currently heads the Paris operation, will be chairman."},
			not:   []string{"Jean Dupont leads France", "Jean Dupont memberOf France"},
		},
		{
			sents: []string{"Gordon Brown made a surprise visit to Kenya, where he met leaders in Nairobi during his first trip to the city."},
			want:  []string{"Gordon Brown visited Kenya", "Gordon Brown visited Nairobi"},
		},
		{
			sents: []string{"Kenyan President Mwai Kibaki met aid workers in Nairobi on Monday.", "Gordon Brown did not meet leaders in Lusaka."},
			not:   []string{"Mwai Kibaki visited Nairobi", "Gordon Brown visited Lusaka"},
		},
	})
}

// TestEventNounArguments checks event nouns whose arguments stand around another verb.
func TestEventNounArguments(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Chad said its troops repulsed heavy Libyan counter-attacks near the border."},
			want:  []string{"Chad fights Libya", "Libya fights Chad"},
		},
		{
			sents: []string{"Chadian troops did not repel the Libyan attack."},
			not:   []string{"Libya fights Chadian Armed Forces", "Chadian Armed Forces fights Libya"},
		},
		{
			sents: []string{"Rebel forces continued their advance into Jaffna.", "Apple continued its advance into China."},
			want:  []string{"rebels attacked Jaffna"},
			not:   []string{"Apple attacked China"},
		},
		{
			sents: []string{"Iran backed the Kurdish Democratic Party in attacks on Kirkuk.", "Syria backed the Baath Party in the election."},
			want:  []string{"Iran supports Kurdish Democratic Party", "Kurdish Democratic Party attacked Kirkuk"},
			not:   []string{"Iran attacked Kirkuk", "Baath Party fights Syria"},
		},
		{
			sents: []string{"Prime Minister Robert Muldoon stopped in Honolulu on his way home from Tokyo."},
			want:  []string{"Robert Muldoon visited Tokyo"},
		},
		{
			sents: []string{"Robert Muldoon said on his way to Tokyo that the talks had failed."},
			not:   []string{"Robert Muldoon visited Tokyo"},
		},
		{
			sents: []string{"President Jacques Chirac briefly visited the grave of Charles de Gaulle in Colombey."},
			want:  []string{"Jacques Chirac visited Colombey"},
			not:   []string{"Charles de Gaulle visited Colombey"},
		},
		{
			sents: []string{"Jacques Chirac laid a wreath at the tomb of Charles de Gaulle in Colombey."},
			not:   []string{"Jacques Chirac visited Colombey"},
		},
		{
			sents: []string{"Troops reached the Berber town of Tinfou some 40 km inside Morocco.", "Planes flew 60 km inside Algeria."},
			want:  []string{"Tinfou locatedIn Morocco"},
			not:   []string{"Tinfou locatedIn Algeria"},
		},
	})
}
