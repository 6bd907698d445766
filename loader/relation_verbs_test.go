package loader

import "testing"

// TestMeetingConstructions checks meetings, their places and their participants.
func TestMeetingConstructions(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Emmanuel Macron was received by Olaf Scholz in Berlin on Monday."},
			want:  []string{"Emmanuel Macron met Olaf Scholz", "Emmanuel Macron visited Berlin"},
			not:   []string{"Olaf Scholz visited Berlin"}, // the host visits nothing
		},
		{
			sents: []string{"German Chancellor Olaf Scholz met Emmanuel Macron in Berlin."},
			want:  []string{"Emmanuel Macron met Olaf Scholz", "Emmanuel Macron visited Berlin"},
			not:   []string{"Olaf Scholz visited Berlin"}, // at home in his country's capital
		},
		{
			sents: []string{"Angela Merkel and Emmanuel Macron held talks in Paris."},
			want:  []string{"Angela Merkel met Emmanuel Macron", "Angela Merkel visited Paris", "Emmanuel Macron visited Paris"},
		},
		{
			sents: []string{"Angela Merkel and Emmanuel Macron did not hold talks in Paris."},
			not:   []string{"Angela Merkel met Emmanuel Macron", "Angela Merkel visited Paris"},
		},
		{
			sents: []string{"Algeria's foreign minister Ahmed Attaf met his Tunisian counterpart Nabil Ammar in Algiers."},
			want:  []string{"Ahmed Attaf met Nabil Ammar", "Nabil Ammar nationality Tunisia", "Nabil Ammar visited Algiers"},
		},
		{
			sents: []string{"Tunisian President Kais Saied received the Algerian foreign minister, Ahmed Attaf, on Sunday."},
			want:  []string{"Ahmed Attaf met Kais Saied", "Ahmed Attaf nationality Algeria"},
		},
	})
}

// TestConflictAndPactConstructions checks sanctions with their agent after the object,
// pacts without "with", fighting alongside and indefinite commanders.
func TestConflictAndPactConstructions(t *testing.T) {
	runRelCases(t, []relCase{
		{
			// An appositive between subject and verb (the tree layer reads it; the word
			// pattern for it is gone).
			sents: []string{"Chile, a close ally of Peru since 1950, has supported the Northern Relief Front."},
			want:  []string{"Chile supports Northern Relief Front"},
			not:   []string{"Peru supports Northern Relief Front"},
		},
		{
			sents: []string{"New sanctions on Karim Haddad by the European Union took effect."},
			want:  []string{"Karim Haddad sanctionedBy European Union"},
		},
		{
			sents: []string{"Algeria and Tunisia signed a defense pact in Algiers."},
			want:  []string{"Algeria alliedWith Tunisia"},
		},
		{
			sents: []string{"Algeria signed a new security agreement with Mali."},
			want:  []string{"Algeria alliedWith Mali"},
		},
		{
			sents: []string{"Algeria refused to sign a security agreement with Mali."},
			not:   []string{"Algeria alliedWith Mali"},
		},
		{
			sents: []string{"The Green Brigade has fought alongside the Red Front since 2015."},
			want:  []string{"Green Brigade alliedWith Red Front"},
		},
		{
			sents: []string{"Karim Haddad, a senior commander in the Green Brigade, was killed."},
			want:  []string{"Karim Haddad memberOf Green Brigade"},
			not:   []string{"Karim Haddad commands Green Brigade"},
		},
		{
			sents: []string{"Turkish drones struck targets in Tobruk on Monday."},
			want:  []string{"Turkey attacked Tobruk"},
		},
	})
}

// TestPrecisionGuards checks constructions that must not give facts: peace agreements,
// arranged meetings, subjects of coordinated verbs, and joining a party.
func TestPrecisionGuards(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"In 1921 the king mediated a peace agreement between Peru and Ecuador."},
			not:   []string{"Ecuador alliedWith Peru"},
		},
		{
			sents: []string{"Kurt Lang worked to arrange a meeting between Olaf Scholz and Emmanuel Macron."},
			not:   []string{"Emmanuel Macron met Olaf Scholz"},
		},
		{
			sents: []string{"President Ana Ruiz was briefed, and flew to Cusco on Monday."},
			want:  []string{"Ana Ruiz visited Cusco"},
		},
		{
			sents: []string{"Pablo Soto founded the Red Front and orchestrated the attacks on Chile in 2001."},
			want:  []string{"Pablo Soto fights Chile"},
			not:   []string{"Red Front fights Chile"},
		},
		{
			sents: []string{"Pablo Soto joined the Green Party in 2010."},
			want:  []string{"Pablo Soto memberOf Green Party"},
			not:   []string{"Green Party alliedWith Pablo Soto"},
		},
		{
			sents: []string{"She moved to Montreal, Quebec, Canada at the age of 12.", "The debate is set for Belmont University in Nashville, Tennessee, and will be broadcast."},
			want:  []string{"Montreal locatedIn Quebec", "Nashville locatedIn Tennessee"},
		},
		{
			sents: []string{"Ireland and Britain argued about the border with Northern Ireland."},
			not:   []string{"Northern Ireland locatedIn Ireland"},
		},
	})
}

// TestCountryTitleObjects checks that "in support of US President X" names the person.
func TestCountryTitleObjects(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Green Party rallied in support of Peru President Rosa Vega."},
			want:  []string{"Green Party supports Rosa Vega"},
			not:   []string{"Green Party supports Peru"},
		},
	})
}

// TestStrikeConstructions checks victims and authors of attacks told of across sentences.
func TestStrikeConstructions(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Chile carried out the airstrike at Arica Airport.", "He was met by Pablo Soto, who was also killed in the airstrike."},
			want:  []string{"Chile attacked Arica Airport", "Chile fights Pablo Soto"},
		},
		{
			sents: []string{"Pablo Soto was killed in a Chilean drone strike on Monday."},
			want:  []string{"Chile fights Pablo Soto"},
		},
		{
			sents: []string{"Pablo Soto was not killed in a Chilean drone strike."},
			not:   []string{"Chile fights Pablo Soto"},
		},
		{
			sents: []string{"There was an attack on oil facilities in Peru last week.", "The attack was claimed by the Shining Path."},
			want:  []string{"Shining Path fights Peru"},
		},
		{
			sents: []string{"Pablo Soto orchestrated attacks on army bases in Peru."},
			not:   []string{"Pablo Soto fights Peru"},
		},
		{
			sents: []string{"Chilean drones struck military targets in Arica."},
			want:  []string{"Chile attacked Arica"},
		},
	})
}

// TestWeaponClausesAndIdioms checks "X fired missiles that ... struck Y" and "turn the tide
// against".
func TestWeaponClausesAndIdioms(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Then, Spanish warships in the Alboran Sea fired cruise missiles that flew nearly 1,500 km over France and Italy and struck Toulon and Lyon provinces in the north."},
			want:  []string{"Spain attacked Toulon", "Spain attacked Lyon"},
			not:   []string{"Italy attacked Toulon", "France attacked Toulon"},
		},
		{
			sents: []string{"The plan helped President Rosa Vega turn the tide against the Shining Path."},
			want:  []string{"Rosa Vega fights Shining Path"},
		},
	})
}

// TestPresenceConstructions checks leading place clauses, "then with" lists and wounds.
func TestPresenceConstructions(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"At a press conference held in Lima, Chilean Special Envoy for Peru Ana Ruiz said talks would go on."},
			want:  []string{"Ana Ruiz visited Lima"},
		},
		{
			sents: []string{"In a letter to Lima, Ana Ruiz said talks would go on."},
			not:   []string{"Ana Ruiz visited Lima"},
		},
		{
			sents: []string{"Ana Ruiz met with the World Bank, then with President Pablo Soto."},
			want:  []string{"Ana Ruiz met Pablo Soto"},
		},
		{
			sents: []string{"Karim Haddad was seriously wounded during a battle in Aleppo."},
			want:  []string{"Karim Haddad visited Aleppo"},
		},
	})
}

// TestElectionDefeats checks that a defeat between two persons is not read as fighting.
func TestElectionDefeats(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"In 2008, Ana Ruiz defeated incumbent Senator Pablo Soto.", "The Chilean army defeated the Shining Path."},
			want:  []string{"Chilean Armed Forces fights Shining Path"},
			not:   []string{"Ana Ruiz fights Pablo Soto"},
		},
	})
}

// TestSubjectGuards checks subjects that belong to another clause: reported speech, event
// nouns with a determiner, verbal attacks between persons, appositions after a comma.
func TestSubjectGuards(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Chilean government claims Pablo Soto flies weapons to Peru in support of the Red Front."},
			not:   []string{"Chile supports Red Front"},
		},
		{
			sents: []string{"Lima says it is targeting the Red Front.", "Peru protested."},
			want:  []string{"Peru fights Red Front"},
		},
		{
			sents: []string{"Ana Ruiz said in a meeting with Pablo Soto that talks would go on."},
			want:  []string{"Ana Ruiz met Pablo Soto"},
		},
		{
			sents: []string{"China, Chile and Peru have pledged funds and Bolivia is taxing imports."},
			not:   []string{"China supports Bolivia", "Chile supports Bolivia"},
		},
		{
			sents: []string{"The general manager of Radio Lima, Dr Ana Ruiz, attributed the bombing to the Shining Path."},
			not:   []string{"Ana Ruiz fights Shining Path"},
		},
		{
			sents: []string{"Chile launched an attack on the Shining Path."},
			want:  []string{"Chile fights Shining Path"},
		},
		{
			sents: []string{"Ana Ruiz attacked Pablo Soto for the tweet."},
			not:   []string{"Ana Ruiz fights Pablo Soto"},
		},
		{
			sents: []string{"Polls showed Ana Ruiz leading President Pablo Soto, the Green Party nominee, by five points."},
			not:   []string{"Ana Ruiz leads Green Party"},
		},
		{
			sents: []string{"She made stops in Lima, Cusco, Arequipa, and others."},
			not:   []string{"Lima locatedIn Cusco"},
		},
		{
			sents: []string{"On Sunday in London, England, a man was arrested."},
			want:  []string{"London locatedIn England"},
		},
	})
}

// TestExampleObjects checks objects given as examples of a common noun and bodies named
// after a demonym.
func TestExampleObjects(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"In May, rebels seized strategically important towns including Lyon and Marseille."},
			want:  []string{"rebels attacked Lyon", "rebels attacked Marseille"},
		},
		{
			sents: []string{"Pablo Soto is a Major General in the Chilean Mountain Brigade."},
			want:  []string{"Pablo Soto memberOf Chilean Mountain Brigade", "Pablo Soto nationality Chile"},
			not:   []string{"Pablo Soto memberOf Chile"},
		},
	})
}

// TestHypotheticalsAcrossConstructions checks that questions, conditionals and modals
// keep the new constructions from stating facts.
func TestHypotheticalsAcrossConstructions(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"If Angela Merkel spends three days in Madrid, she will meet the king."},
			not:   []string{"Angela Merkel visited Madrid"},
		},
		{
			sents: []string{"Chile could join the Brazilian-led coalition."},
			not:   []string{"Brazil alliedWith Chile"},
		},
		{
			sents: []string{"Would the Green Brigade fight alongside the Red Front?"},
			not:   []string{"Green Brigade alliedWith Red Front"},
		},
		{
			sents: []string{"Pablo Soto might be appointed commander of the Green Brigade."},
			not:   []string{"Pablo Soto commands Green Brigade"},
		},
		{
			sents: []string{"Algeria and Tunisia may sign a defense pact next year."},
			not:   []string{"Algeria alliedWith Tunisia"},
		},
		{
			sents: []string{"Emmanuel Macron did not hold talks with Olaf Scholz in Berlin."},
			not:   []string{"Emmanuel Macron met Olaf Scholz", "Emmanuel Macron visited Berlin"},
		},
	})
}

// TestPlaceHeadLists checks lists of places with head nouns between them.
func TestPlaceHeadLists(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Spanish jets struck Lyon and Marseille provinces in the south and Toulon province in the southeast."},
			want:  []string{"Spain attacked Lyon", "Spain attacked Marseille", "Spain attacked Toulon"},
		},
	})
}

// TestCommercialAgreements checks that credit and trade deals make no allies, and that an
// appositive title is not read as a description of another person.
func TestCommercialAgreements(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Norway and Kenya have signed an agreement on rescheduling commercial credits."},
			not:   []string{"Kenya alliedWith Norway"},
		},
		{
			sents: []string{"Chile has signed a 130 mln dlr loan agreement with the World Bank."},
			not:   []string{"Chile alliedWith World Bank"},
		},
		{
			sents: []string{"Chile signed a security agreement with Peru."},
			want:  []string{"Chile alliedWith Peru"},
		},
		{
			sents: []string{"Prime Minister Ana Ruiz spoke.", "Ruiz, Peru's prime minister for three years, told the Senate she would resign."},
			want:  []string{"Ana Ruiz leads Peru"},
		},
	})
}

// TestConflictsBetween checks conflicts named with "between", both ways.
func TestConflictsBetween(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Meanwhile, the conflict between Armenia and Azerbaijan escalated to violence."},
			want:  []string{"Armenia fights Azerbaijan", "Azerbaijan fights Armenia"},
		},
		{
			sents: []string{"Nothing is better for the rebels than to create a conflict between Peru and Chile."},
			not:   []string{"Peru fights Chile", "Chile fights Peru"},
		},
	})
}

// TestFiringAndCapitals checks "fired missiles at Y" and capitals read as states.
func TestFiringAndCapitals(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Shining Path fired rockets at Lima on Monday."},
			want:  []string{"Shining Path attacked Lima"},
		},
		{
			sents: []string{"Peru protested.", "The Shining Path is a close ally of Lima."},
			want:  []string{"Peru alliedWith Shining Path"},
		},
	})
}
