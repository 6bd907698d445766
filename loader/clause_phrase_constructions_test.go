package loader

// Constructions of clauses, noun phrases and lists through the whole loader: participle
// clauses, passives with a capital as agent, members listed with "including", state bodies
// after a possessive, missions in a place, event nouns of visits and attacks, coordination
// on either side. Every sentence is our own.

import "testing"

// TestParticipleOpensSentence checks that a sentence-initial participle of a known verb
// opens a clause taking the main clause's subject, and is no part of the name after it.
func TestParticipleOpensSentence(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Visiting Lisbon, Karin Holm praised the Portuguese government."},
			want:  []string{"Karin Holm visited Lisbon"},
			not:   []string{"Visiting Lisbon visited Portugal", "Karin Holm visited Portugal", "Karin Holm nationality Portugal"},
		},
		{
			sents: []string{"Touring Nairobi on Monday, Piet Maas promised new schools."},
			want:  []string{"Piet Maas visited Nairobi"},
			not:   []string{"Touring Nairobi visited Nairobi"},
		},
		{
			sents: []string{"Reading Borough won again on Saturday, Piet Maas said."},
			not:   []string{"Piet Maas visited Reading Borough"},
		},
	})
}

// TestCapitalAsPassiveAgent checks that a capital in the "by" phrase of a passive acts as
// its state, as it does as a subject.
func TestCapitalAsPassiveAgent(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Sahel Front is backed by Algiers, diplomats said."},
			want:  []string{"Algeria supports Sahel Front"},
			not:   []string{"Algiers supports Sahel Front", "Sahel Front supports Algeria"},
		},
		{
			sents: []string{"Diplomats said the Kivu Brigade was armed by Kigali."},
			want:  []string{"Rwanda supports Kivu Brigade"},
			not:   []string{"Kigali supports Kivu Brigade", "Kivu Brigade supports Rwanda"},
		},
		{
			sents: []string{"The delegation was driven by bus to Algiers."},
			not:   []string{"Algeria supports delegation"},
		},
	})
}

// TestIncludedMembers checks that the members an unnamed plural noun lists with
// "including" or "such as" fill the role the noun fills, and that a list hung on another
// noun of the phrase does not.
func TestIncludedMembers(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Belarus backs rebels in the south, including the Narva Battalion."},
			want:  []string{"Belarus supports Narva Battalion", "Belarus supports rebels"},
			not:   []string{"Narva Battalion supports Belarus", "Belarus fights Narva Battalion"},
		},
		{
			sents: []string{"Tehran ships weapons to militias in several countries, including Oman, Kenya and Peru."},
			not:   []string{"Iran supports Oman", "Iran supports Kenya", "Iran supports Peru"},
		},
	})
}

// TestVerbReadAsCompound checks a present tense in -s read by the parser as a noun between
// a name and its object ("Iran arms groups"), in a sentence with no other finite verb.
func TestVerbReadAsCompound(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Algeria arms groups in the desert, including the Sahel Front and the Kivu Brigade."},
			want:  []string{"Algeria supports Sahel Front", "Algeria supports Kivu Brigade"},
			not:   []string{"Sahel Front supports Kivu Brigade", "Kivu Brigade supports Algeria", "Algeria fights Sahel Front"},
		},
		{
			sents: []string{"Ukraine arms militias in the east, including the Narva Battalion and the Azov Legion."},
			want:  []string{"Ukraine supports Narva Battalion", "Ukraine supports Azov Legion"},
			not:   []string{"Narva Battalion supports Ukraine", "Narva Battalion alliedWith Azov Legion", "Ukraine fights Azov Legion"},
		},
		{
			sents: []string{"Algeria arms sales to the Sahel Front."},
			not:   []string{"Algeria supports Sahel Front"},
		},
	})
}

// TestPossessiveStateBody checks a state body in lower case after its country's
// possessive ("Serbia's interior ministry"), as after its demonym: partOf the country, and
// the country still counted as named for a bare title of the document.
func TestPossessiveStateBody(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Troops from Serbia's interior ministry were deployed at the border."},
			want:  []string{"Ministry of Interior of Serbia partOf Serbia"},
			not:   []string{"Serbia partOf Ministry of Interior of Serbia", "Serbia's interior partOf Serbia"},
		},
		{
			sents: []string{"Peru's parliament voted to cut the budget."},
			want:  []string{"Peru's parliament partOf Peru"},
			not:   []string{"Peru partOf Peru's parliament", "Peru's parliament memberOf Peru"},
		},
		{
			sents: []string{"Bolivia's cabinet approved a new tax on tin exports, Minister Ana Ruiz said.", "The tax will raise 40 million dollars, Bolivia's central bank said.", "Bolivia's parliament must still approve it."},
			want:  []string{"Ana Ruiz memberOf Bolivia", "Bolivia's central bank partOf Bolivia"},
			not:   []string{"Ana Ruiz leads Bolivia", "Ana Ruiz leads Bolivia's cabinet", "Ana Ruiz memberOf Bolivia's parliament"},
		},
	})
}

// TestStopoverNouns checks event nouns of a stop on a journey ("landing", "stopover",
// "stop" in a place) with the agent of their clause or light verb, and a landing with no
// agent stating nothing.
func TestStopoverNouns(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"After landing in Tirana, Karin Holm met Piet Maas."},
			want:  []string{"Karin Holm visited Tirana", "Karin Holm met Piet Maas"},
			not:   []string{"Piet Maas visited Tirana"},
		},
		{
			sents: []string{"During a stopover in Doha, Piet Maas met Karin Holm."},
			want:  []string{"Piet Maas visited Doha"},
			not:   []string{"Karin Holm visited Doha"},
		},
		{
			sents: []string{"Karin Holm made a brief stop in Skopje on Friday."},
			want:  []string{"Karin Holm visited Skopje"},
			not:   []string{"Karin Holm visited North Macedonia", "Karin Holm nationality North Macedonia"},
		},
		{
			sents: []string{"The plane made an emergency landing in Reykjavik.", "Karin Holm was not on board."},
			not:   []string{"Karin Holm visited Reykjavik"},
		},
	})
}

// TestMissionInPlace checks a diplomatic mission named with its country's demonym and the
// place it is in ("the French consulate in Erbil"): partOf the country, which exists as
// an entity even when the document names it nowhere else.
func TestMissionInPlace(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"A car bomb went off near the Dutch embassy in Bamako."},
			want:  []string{"Netherlands embassy in Bamako partOf Netherlands"},
			not:   []string{"Netherlands embassy in Bamako partOf Mali", "Bamako locatedIn Netherlands", "Netherlands attacked Bamako"},
		},
		{
			sents: []string{"Gunmen stormed the Italian consulate in Basra on Friday."},
			want:  []string{"Italy consulate in Basra partOf Italy"},
			not:   []string{"Italy consulate in Basra partOf Iraq", "Italy attacked Basra", "Basra locatedIn Italy"},
		},
	})
}

// TestIntelligenceAgency checks an intelligence agency named by its country's possessive
// or demonym in lower case: the whole phrase is the body, partOf the country.
func TestIntelligenceAgency(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Hungary's intelligence agency said the courier had left the country."},
			want:  []string{"Hungary's intelligence agency partOf Hungary"},
			not:   []string{"Hungary's intelligence partOf Hungary", "Hungary partOf Hungary's intelligence agency"},
		},
		{
			sents: []string{"The Danish intelligence service warned of a plot."},
			want:  []string{"Danish intelligence service partOf Denmark"},
			not:   []string{"Danish intelligence partOf Denmark", "Denmark partOf Danish intelligence service"},
		},
	})
}

// TestForcesWithModifiers checks force nouns with modifiers between the possessor and the
// noun ("Belarus's elite airborne troops"), commandos among them, acting for the state.
func TestForcesWithModifiers(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Turkey's elite commandos shelled Aleppo overnight."},
			want:  []string{"Turkey attacked Aleppo"},
			not:   []string{"Aleppo locatedIn Turkey", "Turkey fights Syria", "Turkey visited Aleppo"},
		},
		{
			sents: []string{"Belarus's elite airborne troops attacked Kharkiv on Friday."},
			want:  []string{"Belarus attacked Kharkiv"},
			not:   []string{"Kharkiv locatedIn Belarus", "Belarus visited Kharkiv"},
		},
	})
}

// TestNameBeforeDate checks that a body's name does not run on through "on" or "of" into
// a date ("the Wagner Group on Sunday", "the Senate on March 3"), so a passive's agent
// keeps its name.
func TestNameBeforeDate(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kharkiv was shelled by the Sahel Front on Sunday."},
			want:  []string{"Sahel Front attacked Kharkiv"},
			not:   []string{"Sahel Front On attacked Kharkiv", "Kharkiv locatedIn Sahel Front"},
		},
		{
			sents: []string{"The Council on Foreign Relations said on Monday that Tirana Bank had failed."},
			not:   []string{"Council on Foreign Relations On partOf Tirana Bank"},
		},
	})
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("rel", "The Electoral Commission on Tuesday fined the party."))
	for _, e := range ents {
		if e.Name != "Electoral Commission" {
			t.Errorf("entity %q: want only Electoral Commission", e.Name)
		}
	}
}

// TestNominalComplementList checks a list after a relational noun's "of" that the parser
// hung on the noun ("an ally of A and the B"), and a trade war stating no fight.
func TestNominalComplementList(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Jordan is a close ally of Saudi Arabia and the United Arab Emirates."},
			want:  []string{"Jordan alliedWith Saudi Arabia", "Jordan alliedWith United Arab Emirates"},
			not:   []string{"Saudi Arabia alliedWith United Arab Emirates", "Jordan fights United Arab Emirates"},
		},
		{
			sents: []string{"Markets feared a trade war between Chile and Peru."},
			not:   []string{"Chile fights Peru", "Peru fights Chile", "Chile alliedWith Peru"},
		},
		{
			sents: []string{"A war between Chile and Peru broke out in 1879."},
			want:  []string{"Chile fights Peru"},
			not:   []string{"Chile alliedWith Peru"},
		},
	})
}

// TestBombardmentNoun checks the event noun "bombardment" with its possessor as agent.
func TestBombardmentNoun(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Turkey's bombardment of Aleppo continued for a week."},
			want:  []string{"Turkey attacked Aleppo"},
			not:   []string{"Aleppo locatedIn Turkey", "Turkey fights Syria", "Turkey visited Aleppo"},
		},
		{
			sents: []string{"Markets shrugged off the bombardment of Aleppo, Karin Holm said."},
			not:   []string{"Karin Holm attacked Aleppo", "Karin Holm visited Aleppo"},
		},
	})
}

// TestPluralApposition checks a plural apposition after a list of names ("A and B,
// factions of C"): each name is partOf C, and the names are not each other's parts.
func TestPluralApposition(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Hamza Division and the Nour Brigade, factions of the Syrian National Army, clashed."},
			want:  []string{"Hamza Division partOf Syrian National Army", "Nour Brigade partOf Syrian National Army"},
			not:   []string{"Hamza Division partOf Nour Brigade", "Nour Brigade partOf Hamza Division", "Hamza Division fights Nour Brigade"},
		},
		{
			sents: []string{"The Kivu Brigade and the Narva Battalion, two wings of the National Guard, took the town."},
			want:  []string{"Kivu Brigade partOf National Guard", "Narva Battalion partOf National Guard"},
			not:   []string{"Kivu Brigade partOf Narva Battalion", "National Guard partOf Kivu Brigade"},
		},
	})
}

// TestCoordinationBothSides checks a copula with a relational noun coordinated on both
// sides, a "Legion" among the bodies.
func TestCoordinationBothSides(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Kivu Brigade and the Narva Battalion are offshoots of the Sahel Front and the Azov Legion."},
			want:  []string{"Kivu Brigade partOf Sahel Front", "Narva Battalion partOf Azov Legion", "Kivu Brigade partOf Azov Legion"},
			not:   []string{"Kivu Brigade partOf Narva Battalion", "Sahel Front partOf Azov Legion", "Azov Legion partOf Kivu Brigade"},
		},
		{
			sents: []string{"Egypt and Jordan are allies of the United States and Britain."},
			want:  []string{"Egypt alliedWith United States", "Jordan alliedWith United Kingdom"},
			not:   []string{"Egypt alliedWith Jordan", "United States alliedWith United Kingdom"},
		},
	})
}

// TestPerfectParticiple checks a sentence-initial perfect participle clause ("Having
// visited X, Y flew to Z") taking the main clause's subject.
func TestPerfectParticiple(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Having visited Oslo, Karin Holm flew to Riga."},
			want:  []string{"Karin Holm visited Oslo", "Karin Holm visited Riga"},
			not:   []string{"Karin Holm visited Norway", "Karin Holm nationality Norway"},
		},
		{
			sents: []string{"Having met Piet Maas in Oslo, Karin Holm returned home."},
			want:  []string{"Karin Holm met Piet Maas", "Karin Holm visited Oslo"},
			not:   []string{"Karin Holm nationality Norway", "Piet Maas met Oslo"},
		},
	})
}

// TestCoordinatedNames checks two persons' names joined by "and" whose words the parser
// crossed: both fill the role.
func TestCoordinatedNames(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Karin Holm and Piet Maas are members of the Green Party and the Pirate Party."},
			want:  []string{"Karin Holm memberOf Green Party", "Piet Maas memberOf Pirate Party"},
			not:   []string{"Karin Holm memberOf Piet Maas", "Green Party partOf Pirate Party", "Karin Holm met Piet Maas"},
		},
		{
			sents: []string{"Karin Holm and Piet Maas met Lena Fischer in Oslo."},
			want:  []string{"Karin Holm met Lena Fischer", "Lena Fischer met Piet Maas"},
			not:   []string{"Karin Holm met Piet Maas", "Karin Holm visited Norway"},
		},
	})
}

// TestDuringTaggedVerb checks "During" that the tagger took for a verb: its phrase is an
// occasion of the main clause, whose subject makes the stop.
func TestDuringTaggedVerb(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"During a stop in Tirana, Karin Holm met Piet Maas."},
			want:  []string{"Karin Holm visited Tirana", "Karin Holm met Piet Maas"},
			not:   []string{"Karin Holm visited Albania", "Karin Holm nationality Albania"},
		},
		{
			sents: []string{"During the talks, Karin Holm met Piet Maas in Oslo."},
			want:  []string{"Karin Holm met Piet Maas"},
			not:   []string{"Karin Holm visited Norway", "Piet Maas nationality Norway"},
		},
	})
}
