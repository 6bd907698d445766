package loader

// Constructions of the recall round (issue 11): facts unseen news states and the loader
// missed, each tried through the whole loader on sentences of our own (names, bodies and
// events made up for the test), with wrong facts that must stay absent.

import "testing"

// TestPersonOfBody checks that a person named with an organisation's "of" is its member
// ("X of the Y Institute said"), and that a place or country after "of" gives no post.
func TestPersonOfBody(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Maria Olsen of the Nordic Freight Alliance said the plan would fail."},
			want:  []string{"Maria Olsen memberOf Nordic Freight Alliance"},
		},
		{
			sents: []string{`"It is too late," said Peter Haas, of the Berlin Institute for Peace Research.`},
			want:  []string{"Peter Haas memberOf Berlin Institute for Peace Research"},
		},
		{
			sents: []string{"Senator Ben Marsh of Kentucky criticised the Nordic Freight Alliance."},
			not:   []string{"Ben Marsh memberOf Kentucky", "Ben Marsh memberOf Nordic Freight Alliance"},
		},
		{
			sents: []string{"A report of the Nordic Freight Alliance praised Maria Olsen on Monday."},
			not:   []string{"Maria Olsen memberOf Nordic Freight Alliance"},
		},
	})
}

// TestGeneralSecretary checks the titles a union or a party gives its head and its
// officers: a general secretary leads the body, a deputy general secretary and a
// co-chairman are its members.
func TestGeneralSecretary(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Alan Price, general secretary of the Dockers Union, said the strike would go ahead."},
			want:  []string{"Alan Price leads Dockers Union"},
			not:   []string{"Alan Price memberOf Dockers Union"},
		},
		{
			sents: []string{"CWU deputy general secretary Ben Marsh said talks had failed."},
			want:  []string{"Ben Marsh memberOf CWU"},
			not:   []string{"Ben Marsh leads CWU"},
		},
		{
			sents: []string{"Green Alliance co-chairman Ruth Heller opened the conference."},
			want:  []string{"Ruth Heller memberOf Green Alliance"},
			not:   []string{"Ruth Heller leads Green Alliance"},
		},
		{
			sents: []string{"Ruth Heller, co-chairman of the Green Alliance, spoke on Monday."},
			want:  []string{"Ruth Heller memberOf Green Alliance"},
			not:   []string{"Ruth Heller leads Green Alliance"},
		},
		{
			sents: []string{"The consortium needs cash, French co-chairman Andre Lunel said today."},
			want:  []string{"Andre Lunel nationality France"},
			not:   []string{"Andre Lunel memberOf France", "Andre Lunel leads France"},
		},
		{
			sents: []string{"Orun Mining Co Chairman Tom Weaver resigned on Monday."},
			want:  []string{"Tom Weaver leads Orun Mining"},
			not:   []string{"Tom Weaver memberOf Orun Mining"},
		},
	})
}

// TestTitledListMeets checks that each pair of a list of titled people who meet met,
// when the parser hangs the titles on the wrong names, and that a name outside the list
// meets no one.
func TestTitledListMeets(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Finance Minister Lars Berg, Trade Minister Olga Lind and Energy Minister Karl Moe met for two hours today to discuss the sale."},
			want:  []string{"Lars Berg met Olga Lind", "Karl Moe met Lars Berg", "Karl Moe met Olga Lind"},
		},
		{
			sents: []string{"Lars Berg said Olga Lind and Karl Moe met on Monday."},
			want:  []string{"Karl Moe met Olga Lind"},
			not:   []string{"Lars Berg met Olga Lind", "Lars Berg met Karl Moe"},
		},
		{
			sents: []string{"Lars Berg, a spokesman for Olga Lind, met Karl Moe in Oslo."},
			not:   []string{"Lars Berg met Olga Lind", "Karl Moe met Olga Lind"},
		},
	})
}

// TestPassiveByEventNoun checks that an attack noun that is a passive verb's "by" agent
// strikes the verb's subject, its demonym the attacker, and that a noun of no attack
// gives nothing.
func TestPassiveByEventNoun(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Blantyre was heavily damaged by a Zambian air strike last week."},
			want:  []string{"Zambia attacked Blantyre"},
			not:   []string{"Blantyre attacked Zambia", "Zambia fights Malawi"},
		},
		{
			sents: []string{"Blantyre was badly damaged by Zambian raids in May."},
			want:  []string{"Zambia attacked Blantyre"},
		},
		{
			sents: []string{"Lusaka was angered by the Malawian report on Monday."},
			not:   []string{"Malawi attacked Lusaka", "Malawi fights Zambia"},
		},
	})
}

// TestPersonsFighters checks that the fighters of a person, named by a possessive or by
// "loyal to" (also when the parser hangs "loyal" on the verb), act for that person.
func TestPersonsFighters(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Teodor Lunde's fighters killed Ilse Brandt on Monday."},
			want:  []string{"Teodor Lunde fights Ilse Brandt"},
		},
		{
			sents: []string{"Fighters loyal to the warlord Teodor Lunde tried to assassinate Ilse Brandt on Monday."},
			want:  []string{"Teodor Lunde fights Ilse Brandt"},
			not:   []string{"Ilse Brandt fights Teodor Lunde"},
		},
		{
			sents: []string{"Teodor Lunde's driver praised Ilse Brandt on Monday."},
			not:   []string{"Teodor Lunde fights Ilse Brandt", "Teodor Lunde supports Ilse Brandt"},
		},
	})
}

// TestSoleCountryBareTitle checks that a short story naming one country twice and no other
// gives its bare government titles that country, that a second country named keeps the
// old threshold, and that a general secretary is no minister.
func TestSoleCountryBareTitle(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Malawi's government opened talks with union leaders today.", "Foreign Minister Teodor Lunde led the team, the Malawian news agency said."},
			want:  []string{"Teodor Lunde memberOf Malawi"},
		},
		{
			sents: []string{"Malawi's government opened talks with Zambia today.", "Foreign Minister Teodor Lunde led the team, the Malawian news agency said."},
			not:   []string{"Teodor Lunde memberOf Malawi", "Teodor Lunde memberOf Zambia"},
		},
		{
			sents: []string{"Malawi's government opened talks with union leaders today.", "General secretary Teodor Lunde said the Malawian offer was too low."},
			not:   []string{"Teodor Lunde memberOf Malawi", "Teodor Lunde leads Malawi"},
		},
	})
}

// TestPartyBeforeTitleOfBody checks a party adjective before a title of another body in
// an apposition: the holder is the party's member and the body's head, never the
// party's head; without "of" the party word stays no body.
func TestPartyBeforeTitleOfBody(t *testing.T) {
	us := "The United States Senate voted on the bill on Monday."
	runRelCases(t, []relCase{
		{
			sents: []string{us, "Ruth Heller, the Democratic chairman of the Senate Ethics Committee, spoke on Monday."},
			want:  []string{"Ruth Heller memberOf Democratic Party", "Ruth Heller leads Senate Ethics Committee"},
			not:   []string{"Ruth Heller leads Democratic Party"},
		},
		{
			sents: []string{us, "Nancy Dale, the Democratic Speaker of the House, announced the vote."},
			want:  []string{"Nancy Dale memberOf Democratic Party"},
			not:   []string{"Nancy Dale leads Democratic Party", "Nancy Dale leads Democratic Speaker"},
		},
		{
			sents: []string{us, "Ann Fox, the Republican leader in the Senate, spoke on Monday."},
			not:   []string{"Ann Fox leads Republican Party"},
		},
	})
}

// TestTradeAtBody checks that a trade before or after a body's name makes its holder the
// body's member ("Bank X chief economist Y", "Z, researcher at the W Institute"), that a
// demonym before a trade gives nationality only, and that a trade gives no nationality
// from its body's country.
func TestTradeAtBody(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"NASA scientist Ann Fox said the launch would go ahead."},
			want:  []string{"Ann Fox memberOf NASA"},
		},
		{
			sents: []string{"Oxford University astronomer Ann Fox said the data were clear."},
			want:  []string{"Ann Fox memberOf Oxford University"},
		},
		{
			sents: []string{"Zambian farm economist Tom Weaver said the harvest would fail."},
			want:  []string{"Tom Weaver nationality Zambia"},
			not:   []string{"Tom Weaver memberOf Zambia"},
		},
		{
			sents: []string{"Tom Weaver, economist at Swiss Bank Corp in Basle, said rates would fall."},
			want:  []string{"Tom Weaver memberOf Swiss Bank Corp"},
			not:   []string{"Tom Weaver nationality Switzerland"},
		},
	})
}

// TestReturnedFromVisit checks that a verb of return takes the visit it comes back from
// ("returned from a visit to X"), and that a passive or another verb does not.
func TestReturnedFromVisit(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Ilse Brandt returned from a visit to Zambia on Monday."},
			want:  []string{"Ilse Brandt visited Zambia"},
		},
		{
			sents: []string{"Ilse Brandt came back from a three-day trip to Malawi."},
			want:  []string{"Ilse Brandt visited Malawi"},
		},
		{
			sents: []string{"Ilse Brandt was barred from a trip to Malawi."},
			not:   []string{"Ilse Brandt visited Malawi"},
		},
	})
}

// TestPlacePhrases checks noun phrases that put one place in another: "the X district
// of Y", "Y's third city, X", "X, the country's capital", "X, the Kenyan port city"
// (recall round 2), and phrases that must place nothing.
func TestPlacePhrases(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Turkish troops shelled villages in the Afrin district of Syria last week."},
			want:  []string{"Afrin locatedIn Syria"},
			not:   []string{"Syria locatedIn Afrin"},
		},
		{
			sents: []string{"Rebels shelled Libya's third city, Benghazi, on Monday."},
			want:  []string{"Benghazi locatedIn Libya"},
		},
		{
			sents: []string{"The former leader of Syria died in a hospital in Aleppo, the country's second city."},
			want:  []string{"Aleppo locatedIn Syria"},
		},
		{
			sents: []string{"Police said the blast in Mombasa, the Kenyan port city, killed two people."},
			want:  []string{"Mombasa locatedIn Kenya"},
		},
		{
			sents: []string{"Flooding hit the Kensal area of Manchester on Sunday, officials said."},
			want:  []string{"Kensal locatedIn Manchester"},
		},
		{
			sents: []string{"The by-election, in the Paris suburb of Montreuil, was won by the Greens."},
			not:   []string{"Paris locatedIn Montreuil"},
		},
		{
			sents: []string{"A car bomb hit the Baghdad district of Karrada on Friday."},
			not:   []string{"Baghdad locatedIn Karrada"},
		},
		{
			sents: []string{"Coal output in the northwest China province of Gansu rose 12 pct."},
			not:   []string{"Northwest China locatedIn Gansu", "northwest China locatedIn Gansu"},
		},
		{
			sents: []string{"Ministers from Peru met in Quito, the country's neighbour, on Monday."},
			not:   []string{"Quito locatedIn Peru"},
		},
		{
			sents: []string{"The Lima city council of Peru voted, and Quito, the Kenyan capital's twin, agreed."},
			not:   []string{"Quito locatedIn Kenya"},
		},
	})
}

// TestPartyPossessorField checks "the party's" before a title with its field ("the
// party's health spokeswoman", "the party's Treasury spokesman") for the party named
// before, also a party whose name does not end in "Party"; with no party named before,
// nothing.
func TestPartyPossessorField(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Green Party said on Monday it would cut rail fares.", "Nadia Ross, the party's Treasury spokeswoman, said the plan would cost little."},
			want:  []string{"Nadia Ross memberOf Green Party"},
			not:   []string{"Nadia Ross leads Green Party"},
		},
		{
			sents: []string{"The Liberal Democrats said on Monday they would cut rail fares.", "Nadia Ross, the party's health spokeswoman, said the plan would cost little."},
			want:  []string{"Nadia Ross memberOf Liberal Democrats"},
		},
		{
			sents: []string{"Rail fares will rise in March.", "Nadia Ross, the party's health spokeswoman, said the plan would cost little."},
			not:   []string{"Nadia Ross memberOf Liberal Democrats", "Nadia Ross memberOf Green Party"},
		},
		{
			sents: []string{"The Liberal Democrats and the Green Party said on Monday they would cut rail fares.", "Nadia Ross, the party's health spokeswoman, said the plan would cost little."},
			not:   []string{"Nadia Ross memberOf Liberal Democrats", "Nadia Ross memberOf Green Party"},
		},
	})
}

// TestPoliceAndTradeTitles checks the titles of a police force and of a trade mission: a
// chief constable leads the force, an assistant chief constable is its member (a name
// ending in "Constabulary" is a body), a deputy trade representative of a state is its
// member, not the host's.
func TestPoliceAndTradeTitles(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Ian Hollis, assistant chief constable of Norfolk Constabulary, said the decision was proportionate."},
			want:  []string{"Ian Hollis memberOf Norfolk Constabulary"},
			not:   []string{"Ian Hollis leads Norfolk Constabulary"},
		},
		{
			sents: []string{"Chief Constable Ann Reid of Norfolk Constabulary said the inquiry would continue."},
			want:  []string{"Ann Reid leads Norfolk Constabulary"},
			not:   []string{"Ann Reid memberOf Norfolk Constabulary"},
		},
		{
			sents: []string{`"We are ready to buy more wheat," said Oleg Petrov, deputy trade representative of the Soviet Union to Canada.`},
			want:  []string{"Oleg Petrov memberOf Soviet Union"},
			not:   []string{"Oleg Petrov memberOf Canada", "Oleg Petrov leads Soviet Union"},
		},
	})
}

// TestSeizedHoldings checks that a side which seizes the positions or territory of
// another fights their owner (named by a demonym or a possessor), in one direction only,
// and that a negated seizure or a verb of no fight gives nothing.
func TestSeizedHoldings(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Ethiopian forces seized several Eritrean positions on Tuesday, the agency said."},
			want:  []string{"Ethiopia fights Eritrea"},
			not:   []string{"Eritrea fights Ethiopia"},
		},
		{
			sents: []string{"Ethiopian troops did not seize Eritrean positions, the agency said."},
			not:   []string{"Ethiopia fights Eritrea"},
		},
		{
			sents: []string{"Ethiopian engineers repaired several Eritrean positions on Tuesday."},
			not:   []string{"Ethiopia fights Eritrea"},
		},
	})
}

// TestDelegateOfState checks that a state's delegate to a body named between them is the
// state's ("Kenya's acting U.N. representative X", "the Kenyan U.N. ambassador X"), not
// the body's member; a body's own spokesman is unchanged.
func TestDelegateOfState(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenya's acting U.N. representative Joseph Mwangi said in a letter that the raids must stop."},
			want:  []string{"Joseph Mwangi memberOf Kenya", "Joseph Mwangi nationality Kenya"},
			not:   []string{"Joseph Mwangi memberOf United Nations", "Joseph Mwangi leads Kenya"},
		},
		{
			sents: []string{"The Kenyan U.N. ambassador Joseph Mwangi said the raids must stop."},
			want:  []string{"Joseph Mwangi memberOf Kenya"},
			not:   []string{"Joseph Mwangi memberOf United Nations"},
		},
	})
}

// TestResignedAs checks that a verb of leaving a post gives its subject the post of its
// "as" phrase ("resigned as UKIP's branch chairman": a member; "stepped down as leader of
// Z": the head), and that a negated or conditional one or an "as" phrase that is no title
// gives nothing.
func TestResignedAs(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Tom Barker has resigned as the Green Party's branch chairman."},
			want:  []string{"Tom Barker memberOf Green Party"},
			not:   []string{"Tom Barker leads Green Party"},
		},
		{
			sents: []string{"Tom Barker stepped down as leader of the Green Party in May."},
			want:  []string{"Tom Barker leads Green Party"},
		},
		{
			sents: []string{"Tom Barker did not resign as the Green Party's leader."},
			not:   []string{"Tom Barker leads Green Party", "Tom Barker memberOf Green Party"},
		},
		{
			sents: []string{"Tom Barker resigned as a protest against the Green Party."},
			not:   []string{"Tom Barker leads Green Party", "Tom Barker memberOf Green Party"},
		},
	})
}

// TestHisParty checks that a possessive pronoun before a party's name makes the person it
// stands for the party's member ("X said his Green Party would ..."), not its head, and
// that a party after "his rivals in" gives nothing.
func TestHisParty(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Opposition leader Tom Barker said his Green Party would vote against the bill."},
			want:  []string{"Tom Barker memberOf Green Party"},
		},
		{
			sents: []string{"Tom Barker met Ann Reid on Monday.", "She said her Green Party would vote against the bill."},
			want:  []string{"Ann Reid memberOf Green Party"},
			not:   []string{"Tom Barker memberOf Green Party", "Ann Reid leads Green Party"},
		},
		{
			sents: []string{"Tom Barker said his rivals in the Green Party would lose."},
			not:   []string{"Tom Barker memberOf Green Party"},
		},
	})
}

// TestCapturedHoldings checks that a side which captures, storms or overruns the posts of
// another fights their owner, and that a captured person or a stormed house makes no foe.
func TestCapturedHoldings(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Ugandan troops captured several Rwandan defence posts near the border on Friday."},
			want:  []string{"Ugandan Armed Forces fights Rwanda"},
			not:   []string{"Rwanda fights Ugandan Armed Forces", "Rwanda fights Uganda"},
		},
		{
			sents: []string{"Nigerien soldiers stormed the Malian positions at dawn, the army said."},
			want:  []string{"Nigerien Armed Forces fights Mali"},
			not:   []string{"Mali fights Nigerien Armed Forces"},
		},
		{
			sents: []string{"Chadian troops have overrun the Libyan outposts in the desert."},
			want:  []string{"Chadian Armed Forces fights Libya"},
		},
		{
			sents: []string{"Ugandan police captured Peter Okello in Kampala on Friday."},
			not:   []string{"Uganda fights Peter Okello", "Peter Okello fights Uganda"},
		},
		{
			sents: []string{"Kenyan police stormed the house of Peter Okello in Nairobi."},
			not:   []string{"Kenya fights Peter Okello", "Kenya fights Nairobi"},
		},
		{
			sents: []string{"Ugandan troops did not capture Congolese positions, the ministry said."},
			not:   []string{"Uganda fights Democratic Republic of the Congo"},
		},
	})
}

// TestTitleOfOneState checks that a title only one state uses names that state when no
// country is: a Taoiseach leads Ireland, a Tánaiste is a member of its government; a title
// many states use gives no state, and a named country wins.
func TestTitleOfOneState(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Taoiseach Sean Brady said the budget would protect pensions."},
			want:  []string{"Sean Brady leads Ireland"},
			not:   []string{"Sean Brady memberOf Ireland", "Sean Brady leads United Kingdom"},
		},
		{
			sents: []string{"Tánaiste Aoife Walsh met union leaders in Cork on Tuesday."},
			want:  []string{"Aoife Walsh memberOf Ireland"},
			not:   []string{"Aoife Walsh leads Ireland"},
		},
		{
			sents: []string{"British Prime Minister Tom Hale met Taoiseach Sean Brady in London on Monday."},
			want:  []string{"Sean Brady leads Ireland", "Tom Hale leads United Kingdom"},
			not:   []string{"Sean Brady leads United Kingdom", "Tom Hale leads Ireland"},
		},
		{
			sents: []string{"Finance Minister Sean Brady said the budget would protect pensions."},
			not:   []string{"Sean Brady memberOf Ireland", "Sean Brady leads Ireland"},
		},
	})
}

// TestUnitOfCompany checks that a body described as a unit, subsidiary or division of
// another is part of it, one way, even when its name reads as a person's ("Marlow
// Tennant"), and that a person so placed or a unit sold is not.
func TestUnitOfCompany(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Northwind Logistics, a unit of Halvorsen Group, said profits rose by 4 percent."},
			want:  []string{"Northwind Logistics partOf Halvorsen Group"},
			not:   []string{"Halvorsen Group partOf Northwind Logistics"},
		},
		{
			sents: []string{"Marlow Tennant, a wholly owned subsidiary of Castell Holdings, will cut 200 jobs."},
			want:  []string{"Marlow Tennant partOf Castell Holdings"},
			not:   []string{"Marlow Tennant memberOf Castell Holdings", "Castell Holdings partOf Marlow Tennant"},
		},
		{
			sents: []string{"Brightwater Bank, a subsidiary of Castell Holdings, will cut 200 jobs."},
			want:  []string{"Brightwater Bank partOf Castell Holdings"},
			not:   []string{"Castell Holdings partOf Brightwater Bank"},
		},
		{
			sents: []string{"Redline Media is a division of Castell Holdings, the filing showed."},
			want:  []string{"Redline Media partOf Castell Holdings"},
		},
		{
			sents: []string{"The ranch is run by Dovecote Farms, a subsidiary of the Dutch food group Castell Holdings."},
			want:  []string{"Dovecote Farms partOf Castell Holdings"},
			not:   []string{"Dovecote Farms partOf Netherlands"},
		},
		{
			sents: []string{"Brightwater Bank, a former unit of Castell Holdings, will cut 200 jobs."},
			not:   []string{"Brightwater Bank partOf Castell Holdings"},
		},
		{
			sents: []string{"Maria Olsen, a director of Castell Holdings, said the bank would close."},
			not:   []string{"Maria Olsen partOf Castell Holdings"},
		},
		{
			sents: []string{"Brightwater Bank bought a unit of Castell Holdings last year."},
			not:   []string{"Brightwater Bank partOf Castell Holdings", "Castell Holdings partOf Brightwater Bank"},
		},
	})
}

// TestVisitWithHost checks that a visit made with a titled person of another state is a
// meeting with them, and that a spouse or one's own minister along on the trip is not.
func TestVisitWithHost(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Canadian Prime Minister Anne Roy toured Peru with President Luis Paredes on Tuesday."},
			want:  []string{"Anne Roy visited Peru", "Anne Roy met Luis Paredes"},
			not:   []string{"Luis Paredes visited Peru"},
		},
		{
			sents: []string{"Canadian Prime Minister Anne Roy made a visit to Peru with Peruvian President Luis Paredes."},
			want:  []string{"Anne Roy visited Peru", "Anne Roy met Luis Paredes"},
		},
		{
			sents: []string{"Canadian Prime Minister Anne Roy toured Peru with her husband Mark Roy on Tuesday."},
			want:  []string{"Anne Roy visited Peru"},
			not:   []string{"Anne Roy met Mark Roy", "Mark Roy met Anne Roy"},
		},
		{
			sents: []string{"Canadian Prime Minister Anne Roy toured Peru with Canadian Trade Minister Paul Dube."},
			not:   []string{"Anne Roy met Paul Dube", "Paul Dube met Anne Roy"},
		},
	})
}

// TestDescribedUnit checks that "the company, a unit of Y" makes the company named just
// before part of Y, and that a company two bodies back or a former unit is not.
func TestDescribedUnit(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Brightwater Bank reported a loss on Monday.", "The bank, a unit of Castell Holdings, said it would cut 200 jobs."},
			want:  []string{"Brightwater Bank partOf Castell Holdings"},
			not:   []string{"Castell Holdings partOf Brightwater Bank"},
		},
		{
			sents: []string{"Brightwater Bank and Marlow Freight Ltd reported losses on Monday.", "The company, a subsidiary of Castell Holdings, blamed fuel prices."},
			not:   []string{"Brightwater Bank partOf Castell Holdings", "Marlow Freight Ltd partOf Castell Holdings"},
		},
		{
			sents: []string{"Brightwater Bank reported a loss on Monday.", "The bank, a former unit of Castell Holdings, said it would cut jobs."},
			not:   []string{"Brightwater Bank partOf Castell Holdings"},
		},
	})
}
