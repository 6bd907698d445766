package loader

import "testing"

// TestStructureConstructions checks part-whole, state ownership and distributed lists.
func TestStructureConstructions(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Northern Alliance is largely made up of the Green Brigade."},
			want:  []string{"Green Brigade partOf Northern Alliance"},
			not:   []string{"Northern Alliance partOf Green Brigade"},
		},
		{
			sents: []string{"The Green Brigade is the main fighting force of the Northern Alliance."},
			want:  []string{"Green Brigade partOf Northern Alliance"},
		},
		{
			sents: []string{"On Monday, state-run Peruvian broadcaster TV Peru News reported the deal."},
			want:  []string{"TV Peru News partOf Peru"},
		},
		{
			sents: []string{"Chile's feared Lautaro Force raided the village."},
			want:  []string{"Lautaro Force partOf Chile"},
		},
		{
			sents: []string{"The al-Qaeda-linked Green Brigade holds the valley."},
			want:  []string{"Green Brigade partOf al-Qaeda"},
		},
		{
			sents: []string{"Ana Ruiz met her Chilean, Bolivian and Peruvian counterparts, Pablo Soto, Luis Arce and Rosa Vega."},
			want:  []string{"Pablo Soto nationality Chile", "Luis Arce nationality Bolivia", "Rosa Vega nationality Peru", "Rosa Vega memberOf Peru"},
			not:   []string{"Pablo Soto nationality Peru", "Rosa Vega nationality Chile"},
		},
		{
			sents: []string{"The Green Brigade militia, which supports the Red Front, attacked the town."},
			want:  []string{"Green Brigade supports Red Front"},
		},
	})
}

// TestPlaceConstructions checks presence and location constructions.
func TestPlaceConstructions(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The plane landed at Lisbon Airport, where Angela Merkel was arriving for talks."},
			want:  []string{"Angela Merkel visited Lisbon Airport"},
		},
		{
			sents: []string{"Ministers met in Lima, Quito and Bogota."},
			not:   []string{"Lima locatedIn Quito"},
		},
		{
			sents: []string{"The summit took place in Lisbon at the Carlton Hotel.", "The crash happened in Peru, at Jorge Chavez Airport."},
			want:  []string{"Carlton Hotel locatedIn Lisbon", "Jorge Chavez Airport locatedIn Peru"},
		},
		{
			sents: []string{"Peru protested.", "Chile said its troops would stay out of Northern Peru."},
			want:  []string{"Northern Peru locatedIn Peru"},
		},
		{
			sents: []string{"According to the Associated Press, Chile has increased cooperation in recent years with the navies of Peru and Brazil."},
			want:  []string{"Chile alliedWith Peru", "Brazil alliedWith Chile"},
		},
	})
}

// TestAdjectiveActors checks demonyms that name the actors of an event noun.
func TestAdjectiveActors(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Officials discussed the Peruvian-Chilean push against the Red Front."},
			want:  []string{"Peru fights Red Front", "Chile fights Red Front"},
		},
		{
			sents: []string{"Officials feared a Peruvian push against the Red Front."},
			not:   []string{"Peru fights Red Front"},
		},
	})
}

// TestBackedAndParticiples checks "X-backed" before a demonym and a group noun, and
// participle appositives.
func TestBackedAndParticiples(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Fighters from the Chilean-backed Peruvian group Shining Path moved north."},
			want:  []string{"Chile supports Shining Path"},
			not:   []string{"Chile supports Peru"},
		},
		{
			sents: []string{"The Brazilian newspaper O Globo, known as being sympathetic to the militant group Shining Path, reported the raid."},
			want:  []string{"O Globo supports Shining Path"},
		},
	})
}

// TestRelationNouns checks relations named by nouns and the phone-call guard.
func TestRelationNouns(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Chile, an ally of Peru, sent troops.", "Lima protested."},
			want:  []string{"Chile alliedWith Peru"},
		},
		{
			// "Bolivia's proxy the Red Front fired rockets" (no comma) is lost since the
			// tree reads relation nouns: the parser makes "proxy" the root.
			sents: []string{"The Green Brigade, Bolivia's main proxy in Chile, fired rockets.", "The Blue Front, an enemy of Bolivia, fired rockets.", "Chile is Peru's largest trade partner."},
			want:  []string{"Bolivia supports Green Brigade", "Blue Front fights Bolivia"},
			not:   []string{"Chile alliedWith Peru"},
		},
		{
			sents: []string{"Chile is Peru's largest trade partner."},
			not:   []string{"Chile alliedWith Peru"},
		},
		{
			sents: []string{"Emmanuel Macron held talks with Olaf Scholz by phone on Monday."},
			not:   []string{"Emmanuel Macron met Olaf Scholz"},
		},
	})
}

// TestLongPlaceLists checks that long lists of places do not chain into locations.
func TestLongPlaceLists(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Votes were held in Lima, Cusco, Arequipa, Trujillo, Piura, Chiclayo, Iquitos, Tacna, Puno, Huancayo and possibly Callao."},
			not:   []string{"Piura locatedIn Chiclayo", "Lima locatedIn Cusco", "Tacna locatedIn Puno"},
		},
	})
}

// TestCoalitions checks members joining a coalition an actor leads.
func TestCoalitions(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Last year, Brazil announced a naval coalition to patrol the Atlantic which was joined by Chile, Peru and the United Kingdom."},
			want:  []string{"Brazil alliedWith Chile", "Brazil alliedWith Peru", "Brazil alliedWith United Kingdom"},
			not:   []string{"Chile alliedWith Peru"},
		},
		{
			sents: []string{"Chile and Peru joined the Brazilian-led coalition in May."},
			want:  []string{"Brazil alliedWith Chile", "Brazil alliedWith Peru"},
		},
		{
			sents: []string{"Chile refused to join the Brazilian-led coalition."},
			not:   []string{"Brazil alliedWith Chile"},
		},
	})
}

// TestNonStateBodies checks that a movement named with a demonym is not a state body.
func TestNonStateBodies(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Peruvian Democratic Forces and the Peruvian Army clashed near Lima."},
			want:  []string{"Peruvian Armed Forces partOf Peru"},
			not:   []string{"Peruvian Democratic Forces partOf Peru"},
		},
	})
}
