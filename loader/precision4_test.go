package loader

// Precision constructions of issue 11, fourth round: wrong facts found on unseen news,
// fixed as general constructions. Every sentence and name is our own; each case asserts
// the wrong reading absent and a right one beside it present.

import "testing"

// TestHostedGathering checks that the hosts of a summit, of talks or of a show are no
// participants meeting each other, nor the guests of a name inside a longer phrase before
// "hosted by" ("X in the Morning, hosted by Y"), while a hosted guest is still met.
func TestHostedGathering(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The summit hosted by Bakari Mwinyi and Ilse Brandt drew leaders from ten countries."},
			not:   []string{"Bakari Mwinyi met Ilse Brandt", "Ilse Brandt met Bakari Mwinyi"},
		},
		{
			sents: []string{"Talks hosted by Bakari Mwinyi ended in Kisumu on Friday."},
			not:   []string{"Bakari Mwinyi visited Kisumu"},
		},
		{
			sents: []string{"Bakari Mwinyi hosted Ilse Brandt in Kisumu on Friday."},
			want:  []string{"Bakari Mwinyi met Ilse Brandt"},
		},
		{
			sents: []string{"The Velka Hour, which replaced Mwinyi in the Morning, hosted by Ilse Brandt and Teodor Lunde, who both worked for Bakari Mwinyi, closed."},
			not:   []string{"Bakari Mwinyi met Ilse Brandt", "Bakari Mwinyi met Teodor Lunde", "Ilse Brandt met Teodor Lunde"},
		},
		{
			sents: []string{"The Velka Hour, hosted by Ilse Brandt and Teodor Lunde, closed."},
			not:   []string{"Ilse Brandt met Teodor Lunde", "Teodor Lunde met Ilse Brandt"},
		},
		{
			sents: []string{"Bakari Mwinyi, hosted by Ilse Brandt, toured the port."},
			want:  []string{"Bakari Mwinyi met Ilse Brandt"},
		},
	})
}

// TestEconomicPactsAreNoAlliance checks that currency pacts, exchange-rate agreements,
// central-bank intervention and G-7 partners are market business, no alliance or support,
// while a military pact still is an alliance.
func TestEconomicPactsAreNoAlliance(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Germany and Japan agreed to stabilise exchange rates at the Kisumu meeting."},
			not:   []string{"Germany alliedWith Japan", "Japan alliedWith Germany"},
		},
		{
			sents: []string{"The currency pact between Germany and Japan held for a year."},
			not:   []string{"Germany alliedWith Japan", "Japan alliedWith Germany"},
		},
		{
			sents: []string{"The Bundesbank intervened to support the dollar, dealers said."},
			not:   []string{"Bundesbank supports United States", "Germany supports United States"},
		},
		{
			sents: []string{"Japan's central bank bought dollars to support the U.S. currency."},
			not:   []string{"Japan supports United States", "Bank of Japan supports United States"},
		},
		{
			sents: []string{"France urged its G-7 partners, Germany and Japan, to cut rates."},
			not:   []string{"France alliedWith Germany", "France alliedWith Japan", "Germany alliedWith Japan"},
		},
		{
			sents: []string{"Germany and Japan signed a military pact on Tuesday."},
			want:  []string{"Germany alliedWith Japan"},
		},
	})
}

// TestCountryModifiedNounIsNoState checks that a country word modifying a noun of trade
// ("U.S. currency", "U.K. manufacturers", "Japanese exporters") is not the state.
func TestCountryModifiedNounIsNoState(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The weak yen helped Japanese exporters, Ilse Brandt said."},
			not:   []string{"Ilse Brandt supports Japan"},
		},
		{
			sents: []string{"Germany backed U.K. manufacturers in the dispute."},
			not:   []string{"Germany supports United Kingdom"},
		},
		{
			sents: []string{"Germany backed the U.K. government in the dispute."},
			want:  []string{"Germany supports United Kingdom"},
		},
	})
}

// TestThirdPartyAllegation checks that a third party's allegation ("A accused B of backing
// C", "A blamed B for arming C") is no fact between B and C (Wikinews README, call 4:
// third-party allegations are not annotated), while B's own stated backing still is.
func TestThirdPartyAllegation(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Malawi accused Zambia of backing the Orun Brigade."},
			not:   []string{"Zambia supports Orun Brigade", "Malawi supports Orun Brigade"},
		},
		{
			sents: []string{"Malawi blamed Zambia for arming the Orun Brigade."},
			not:   []string{"Zambia supports Orun Brigade", "Malawi supports Orun Brigade"},
		},
		{
			sents: []string{"Zambia has been accused of backing the Orun Brigade."},
			not:   []string{"Zambia supports Orun Brigade"},
		},
		{
			sents: []string{"Malawi accused Zambia, which has long backed the Orun Brigade, of lying."},
			want:  []string{"Zambia supports Orun Brigade"},
		},
		{
			sents: []string{"Zambia backed the Orun Brigade, Malawi said."},
			want:  []string{"Zambia supports Orun Brigade"},
		},
	})
}

// TestCurrencyPactListIsNoAlliance checks that a pact among a list of states to move a
// currency is no alliance among them.
func TestCurrencyPactListIsNoAlliance(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The 1991 Kisumu pact between Ghana, Peru, Chile and Kenya to lower the value of the dollar held for a year."},
			not:   []string{"Ghana alliedWith Peru", "Chile alliedWith Kenya", "Peru alliedWith Kenya"},
		},
		{
			sents: []string{"The 1991 Kisumu pact between Ghana, Peru, Chile and Kenya to fight the Velka Movement held for a year."},
			want:  []string{"Ghana alliedWith Peru"},
		},
	})
}

// TestMarketModifierSubject checks that a country modifying a noun of a market is no
// state as a subject either.
func TestMarketModifierSubject(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"U.K. manufacturers backed Ilse Brandt in the vote."},
			not:   []string{"United Kingdom supports Ilse Brandt"},
		},
		{
			sents: []string{"Kenyan farmers backed the Velka Movement."},
			not:   []string{"Kenya supports Velka Movement"},
		},
		{
			sents: []string{"Kenyan troops backed the Velka Movement."},
			want:  []string{"Kenyan Armed Forces supports Velka Movement"},
		},
	})
}

// TestPlaceCommaClauseSubject checks that "in P, C" is no "P, C" location when C opens the
// main clause after a fronted phrase ("At the talks in Kisumu, Ghana promised ..."), while
// "in Kisumu, Kenya, on Monday" and "the ministry in Kisumu, Kenya confirmed" still are.
func TestPlaceCommaClauseSubject(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"At the recent talks in Kisumu, Ghana promised to cut tariffs."},
			not:   []string{"Kisumu locatedIn Ghana"},
		},
		{
			sents: []string{"Ships sailed through the Caspian Sea, Ghanaian officials said."},
			not:   []string{"Caspian Sea locatedIn Ghana"},
		},
		{
			sents: []string{"The factory in Kisumu, Kenya, closed on Monday."},
			want:  []string{"Kisumu locatedIn Kenya"},
		},
		{
			sents: []string{"The health ministry in Kisumu, Kenya confirmed a second case."},
			want:  []string{"Kisumu locatedIn Kenya"},
		},
	})
}

// TestCompanyClientIsNoSupport checks that a company as a state's client is a customer,
// no side the state takes, while a movement as a state's client still is.
func TestCompanyClientIsNoSupport(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Orsino Foods Corp has been Ghana's biggest client since 1990."},
			not:   []string{"Ghana supports Orsino Foods Corp"},
		},
		{
			sents: []string{"The Velka Movement is the Kenyan government's client in the war."},
			want:  []string{"Kenya supports Velka Movement"},
		},
	})
}

// TestPresidentOfIndefiniteBody checks that the president of "a Kenyan trade mission"
// leads an unnamed body, not Kenya, while "President of Kenya" still leads it.
func TestPresidentOfIndefiniteBody(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi, president of a Kenyan trade mission, told reporters."},
			not:   []string{"Bakari Mwinyi leads Kenya"},
		},
		{
			sents: []string{"Bakari Mwinyi, the President of Kenya, told reporters."},
			want:  []string{"Bakari Mwinyi leads Kenya"},
		},
	})
}

// TestAllegedInfinitive checks that a passive allegation verb's infinitive ("is alleged
// to have met Y") states nothing (Wikinews README, call 4), while "is said to have met Y",
// a report, still does.
func TestAllegedInfinitive(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi is alleged to have held a secret meeting with Ilse Brandt."},
			not:   []string{"Bakari Mwinyi met Ilse Brandt"},
		},
		{
			sents: []string{"Bakari Mwinyi is alleged to have met Ilse Brandt."},
			not:   []string{"Bakari Mwinyi met Ilse Brandt"},
		},
		{
			sents: []string{"Bakari Mwinyi is said to have met Ilse Brandt."},
			want:  []string{"Bakari Mwinyi met Ilse Brandt"},
		},
	})
}

// TestSupportOfIsTheSupporter checks that "won the support of Y" does not make the winner
// Y's supporter, while "Y backed X" still makes Y X's.
func TestSupportOfIsTheSupporter(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi won the grudging support of the Velka Party."},
			not:   []string{"Bakari Mwinyi supports Velka Party"},
		},
		{
			sents: []string{"The Velka Party backed Bakari Mwinyi in the vote."},
			want:  []string{"Velka Party supports Bakari Mwinyi"},
		},
	})
}

// TestProgressiveArrangement checks that the present progressive with a weekday ("is
// meeting Y on Thursday") is an arrangement, no meeting held, while the past ("met Y on
// Thursday") and the past progressive still are.
func TestProgressiveArrangement(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi is meeting Ilse Brandt on Thursday."},
			not:   []string{"Bakari Mwinyi met Ilse Brandt"},
		},
		{
			sents: []string{"Velka Bank chief Bakari Mwinyi is meeting Ms Brandt on Thursday, in the third meeting between the two banks."},
			not:   []string{"Bakari Mwinyi met Brandt"},
		},
		{
			sents: []string{"Bakari Mwinyi met Ilse Brandt on Thursday."},
			want:  []string{"Bakari Mwinyi met Ilse Brandt"},
		},
		{
			sents: []string{"Bakari Mwinyi was meeting Ilse Brandt when the news broke."},
			want:  []string{"Bakari Mwinyi met Ilse Brandt"},
		},
	})
}
