package loader

import "testing"

// The constructions of issue 11's second round, each on sentences written for the test:
// the fact asserted, and wrong facts asserted absent.

// TestPlainFutures checks that a plain future, "is to" and "is going to" state nothing
// yet, as negations, questions and conditions do; a reported past keeps its fact.
func TestPlainFutures(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Chile will attack Peru next week."}, not: []string{"Chile fights Peru"}},
		{sents: []string{"Chile is to attack Peru."}, not: []string{"Chile fights Peru"}},
		{sents: []string{"Chile is going to attack Peru."}, not: []string{"Chile fights Peru"}},
		{sents: []string{"Ana Ruiz will travel to Lima next week."}, not: []string{"Ana Ruiz visited Lima"}},
		{sents: []string{"Chile did not attack Peru."}, not: []string{"Chile fights Peru"}},
		{sents: []string{"Did Chile attack Peru?"}, not: []string{"Chile fights Peru"}},
		{sents: []string{"If Chile attacks Peru, the war will spread."}, not: []string{"Chile fights Peru"}},
		{sents: []string{"Officials said Chile attacked Peru."}, want: []string{"Chile fights Peru"}},
	})
}

// TestBodiesThatAct checks noun phrases whose actor is a body or state named inside them
// ("Chile's elite airborne troops", "the air wing of the Chilean Navy"), and victims
// named by a demonym, who are people, not their state.
func TestBodiesThatAct(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Chile's elite airborne troops attacked Lima."}, want: []string{"Chile attacked Lima"}},
		{sents: []string{"The air wing of the Chilean Navy bombed Lima."}, want: []string{"Chilean Navy attacked Lima"}},
		{
			sents: []string{"Recent Chilean drone attacks have killed at least eight Shining Path leaders."},
			want:  []string{"Chile fights Shining Path"},
		},
		{
			sents: []string{"Chilean aircraft killed four Peruvians in the north.", "Chilean soldiers killed two Peruvian youths in Lima."},
			not:   []string{"Chile fights Peru", "Chilean Armed Forces fights Peru"},
		},
		{sents: []string{"The Green Front was shelled by the Chilean Army."}, want: []string{"Chilean Armed Forces fights Green Front"}},
	})
}

// TestVerbsAndNounsAdded checks triggers the lexicon lacked: founding, sharing
// information, abductions and arrests that place their victim, tours that begin
// somewhere, a welcome given to a guest.
func TestVerbsAndNounsAdded(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Ana Ruiz co-founded the Green Front."}, want: []string{"Ana Ruiz memberOf Green Front"}},
		{sents: []string{"Ana Ruiz founded the Green Front in 1990."}, want: []string{"Ana Ruiz memberOf Green Front"}},
		{sents: []string{"Chile shared information with Peru."}, want: []string{"Chile alliedWith Peru"}},
		{sents: []string{"Pablo Soto was abducted in Lima."}, want: []string{"Pablo Soto visited Lima"}},
		{sents: []string{"Ana Ruiz started the tour on Sunday in Quito."}, want: []string{"Ana Ruiz visited Quito"}},
		{sents: []string{"Ana Ruiz paid a surprise visit on Monday to Lima."}, want: []string{"Ana Ruiz visited Lima"}},
		{
			sents: []string{"Ana Ruiz gave a warm welcome on Thursday to Peruvian leader Pablo Soto."},
			want:  []string{"Ana Ruiz met Pablo Soto"},
			not:   []string{"Ana Ruiz visited Peru"},
		},
		{sents: []string{"Ana Ruiz sold weapons to the Green Front."}, want: []string{"Ana Ruiz supports Green Front"}},
		{sents: []string{"Ana Ruiz sold cars to the Green Front."}, not: []string{"Ana Ruiz supports Green Front"}},
	})
}

// TestTreaties checks that leaders who sign a treaty of friendship or cooperation make
// their states allies, and that a peace or trade treaty makes none.
func TestTreaties(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Ana Ruiz, Chile's president, and Pablo Soto, Peru's president, signed a treaty of friendship and cooperation."},
			want:  []string{"Chile alliedWith Peru"},
			not:   []string{"Ana Ruiz alliedWith Pablo Soto"},
		},
		{sents: []string{"Chile and Peru signed a peace treaty."}, not: []string{"Chile alliedWith Peru"}},
		{sents: []string{"Chile and Peru signed a trade pact."}, not: []string{"Chile alliedWith Peru"}},
	})
}

// TestFactsWithoutTriggers checks that sentences whose facts need the tree but no trigger
// word are parsed: a title given by a verb of becoming, a place in another.
func TestFactsWithoutTriggers(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Ana Ruiz previously served as the Chilean ambassador to Peru."},
			want:  []string{"Ana Ruiz memberOf Chile", "Ana Ruiz nationality Chile"},
			not:   []string{"Ana Ruiz memberOf Peru"},
		},
		{sents: []string{"Fighting reached Arequipa, in southern Peru."}, want: []string{"Arequipa locatedIn Peru"}},
		{sents: []string{"The Green Front's director, Pablo Soto, resigned."}, want: []string{"Pablo Soto leads Green Front"}},
	})
}

// TestNamesTheParseHangsElsewhere checks arguments the parser puts on a word beside the
// name: the members of a named group ("Green Front guerrillas"), a title the mention leaves
// out ("Mr Soto's Lima trip"), and a title before the name it describes ("Ruiz's
// spokesman Pablo Soto").
func TestNamesTheParseHangsElsewhere(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Green Front guerrillas attacked the Chilean army."}, want: []string{"Green Front fights Chilean Armed Forces"}},
		{
			sents: []string{"Peruvian guerrillas attacked the Chilean army."},
			not:   []string{"Peru fights Chilean Armed Forces"},
		},
		{sents: []string{"Pablo Soto arrived.", "Mr Soto's Lima trip ended early."}, want: []string{"Pablo Soto visited Lima"}},
		{sents: []string{"Mr Pablo Soto also made a surprise trip to Lima this week."}, want: []string{"Pablo Soto visited Lima"}},
		{
			sents: []string{"Ana Ruiz's spokesman Pablo Soto said nothing."},
			want:  []string{"Pablo Soto reportsTo Ana Ruiz"},
			not:   []string{"Ana Ruiz reportsTo Pablo Soto"},
		},
	})
}

// TestAidGiven checks aid given with a light verb whose event noun comes after both
// mentions ("gave Y 5 million dollars of aid", "granted Y 2 million dollars in aid") or
// whose object receives what "with" names ("provided Y with weapons").
func TestAidGiven(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"The European Union on Monday gave Peru 5 million dollars of aid."}, want: []string{"European Union supports Peru"}},
		{sents: []string{"Chile granted Peru 2 million dollars in aid."}, want: []string{"Chile supports Peru"}},
		{
			sents: []string{"The European Union provided Peru with weapons."},
			want:  []string{"European Union supports Peru"},
			not:   []string{"Peru supports European Union"},
		},
		{sents: []string{"The European Union provided Peru with a report."}, not: []string{"European Union supports Peru"}},
		{sents: []string{"The European Union did not give Peru any aid."}, not: []string{"European Union supports Peru"}},
	})
}
