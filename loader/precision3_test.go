package loader

// Precision constructions of issue 11, third round: wrong facts and wrong classes found on
// the news corpora, fixed as general constructions. Every sentence and name is our own;
// each case asserts the wrong reading absent and a right one beside it present.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestCompanyMoneyIsNoSupport checks that one company "backing" another's deal, or a
// fund backing a company, is commerce, while a state or an armed group backing a side is
// still support.
func TestCompanyMoneyIsNoSupport(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Orsino Foods Corp, backed by Velka Motors Inc, bid for Kisumu Mills Ltd."},
			not:   []string{"Velka Motors Inc supports Orsino Foods Corp", "Orsino Foods Corp alliedWith Velka Motors Inc", "Velka Motors Inc alliedWith Orsino Foods Corp"},
		},
		{
			sents: []string{"Velka Motors Inc agreed to acquire Orsino Foods Corp, backed by Kisumu Capital Partners."},
			not:   []string{"Kisumu Capital Partners supports Orsino Foods Corp", "Kisumu Capital Partners supports Velka Motors Inc"},
		},
		{
			sents: []string{"Velka Motors Inc signed a merger agreement with Orsino Foods Corp on Tuesday."},
			not:   []string{"Velka Motors Inc alliedWith Orsino Foods Corp", "Orsino Foods Corp alliedWith Velka Motors Inc"},
		},
		{
			sents: []string{"The Velka Movement, backed by Iran, fought the army in the hills."},
			want:  []string{"Iran supports Velka Movement"},
		},
	})
}

// TestJoiningTradeBodyIsNoAlliance checks that a state joining a body of trade or money
// (GATT, the WTO, OPEC, the Cairns Group) is no ally of it, while joining an alliance is.
func TestJoiningTradeBodyIsNoAlliance(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Ghana joined GATT in 1986."},
			not:   []string{"Ghana alliedWith GATT", "GATT alliedWith Ghana"},
		},
		{
			sents: []string{"Peru joined the World Trade Organization last year, President Bakari Mwinyi said."},
			not:   []string{"Peru alliedWith World Trade Organization", "World Trade Organization alliedWith Peru"},
		},
		{
			sents: []string{"Peru joined OPEC in 1975."},
			not:   []string{"Organization of the Petroleum Exporting Countries alliedWith Peru", "Peru alliedWith Organization of the Petroleum Exporting Countries"},
		},
		{
			sents: []string{"Peru joined the Cairns Group of farm exporters."},
			not:   []string{"Cairns Group alliedWith Peru", "Peru alliedWith Cairns Group"},
		},
		{
			sents: []string{"Ghana joined NATO in 1999."},
			want:  []string{"Ghana alliedWith North Atlantic Treaty Organization"},
		},
	})
}

// TestMarketPartnersAreNoAllies checks that "G-7 partners", "trading partners" and
// "business partners" are fellow members of a market, no allies, while a plain partner
// is.
func TestMarketPartnersAreNoAllies(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Japan's G-7 partners, Germany and France, want lower rates."},
			not:   []string{"Germany alliedWith Japan", "France alliedWith Japan"},
		},
		{
			sents: []string{"Germany is a G-7 partner of Japan."},
			not:   []string{"Germany alliedWith Japan"},
		},
		{
			sents: []string{"Peru, Ghana's biggest trading partner, raised tariffs."},
			not:   []string{"Ghana alliedWith Peru"},
		},
		{
			sents: []string{"Ghana is a business partner of Peru."},
			not:   []string{"Ghana alliedWith Peru"},
		},
		{
			sents: []string{"Germany is a close partner of Japan."},
			want:  []string{"Germany alliedWith Japan"},
		},
	})
}

// TestJudgedWarIsNoFight checks that the subject of a verb of comment or stance before
// "the war on Y" judges the war and fights no one, while one who wages or declares it
// fights Y.
func TestJudgedWarIsNoFight(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi criticised the war on Iraq."},
			not:   []string{"Bakari Mwinyi fights Iraq"},
		},
		{
			sents: []string{"France condemned the war on Iraq."},
			not:   []string{"France fights Iraq"},
		},
		{
			sents: []string{"Ghana opposed the war against Iraq."},
			not:   []string{"Ghana fights Iraq"},
		},
		{
			sents: []string{"Kenyan President Bakari Mwinyi opposed the war on Iraq, he said."},
			want:  []string{"Bakari Mwinyi leads Kenya"},
			not:   []string{"Bakari Mwinyi fights Iraq", "Kenya fights Iraq"},
		},
		{
			sents: []string{"The United States waged a war on Iraq."},
			want:  []string{"United States fights Iraq"},
		},
		{
			sents: []string{"The United States declared war on Iraq."},
			want:  []string{"United States fights Iraq"},
		},
	})
}

// TestSportIsNoFight checks that a race, a match or an election contest makes no fight,
// meeting or leadership ("ran against X", "clashed with Y in the quarter-final", "met Z in
// the final"), while a clash at a border is a fight and running a party leads it.
func TestSportIsNoFight(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi ran against the Velka Party in the 2019 election."},
			not:   []string{"Bakari Mwinyi leads Velka Party"},
		},
		{
			sents: []string{"Bakari Mwinyi ran the Velka Party for a decade."},
			want:  []string{"Bakari Mwinyi leads Velka Party"},
		},
		{
			sents: []string{"Ghana clashed with Peru in the quarter-final."},
			not:   []string{"Ghana fights Peru", "Peru fights Ghana"},
		},
		{
			sents: []string{"Kenya attacked Ethiopia down the left wing before half-time."},
			not:   []string{"Kenya fights Ethiopia"},
		},
		{
			sents: []string{"Bakari Mwinyi met Tomas Velka in the final at Wimbledon."},
			not:   []string{"Bakari Mwinyi met Tomas Velka", "Tomas Velka met Bakari Mwinyi"},
		},
		{
			sents: []string{"Ghana clashed with Peru along the border, killing ten soldiers."},
			want:  []string{"Ghana fights Peru"},
		},
		{
			sents: []string{"Bakari Mwinyi met Tomas Velka in Nairobi on the final day of the talks."},
			want:  []string{"Bakari Mwinyi met Tomas Velka"},
		},
	})
}

// TestTwoLetterAcronyms checks that two capitals spelling no name of the document are no
// body ("DJ", "AA", "SA captain"), that they are the one country of the document whose
// initials they spell ("NZ" with New Zealand), and nothing when two countries share them.
func TestTwoLetterAcronyms(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The DJ played until dawn, Bakari Mwinyi said.", "The bonds were rated AA by Tomas Velka."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person, "Tomas Velka": schema.Person},
		not:   []string{"DJ", "AA"},
	}, {
		sents: []string{"SA captain Bakari Mwinyi said the team was ready."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person},
		not:   []string{"SA"},
	}, {
		sents: []string{"New Zealand said on Monday it would cut tariffs.", "The NZ government said it would act."},
		want:  map[string]schema.Class{"New Zealand": schema.Country},
		not:   []string{"NZ"},
	}, {
		sents: []string{"VK chairman Bakari Mwinyi said the phone network would grow."},
		want:  map[string]schema.Class{"VK": schema.Organization, "Bakari Mwinyi": schema.Person},
		facts: []string{"Bakari Mwinyi leads VK"},
	}, {
		sents: []string{"South Africa and Saudi Arabia signed a trade deal.", "SA officials said it would help."},
		want:  map[string]schema.Class{"South Africa": schema.Country, "Saudi Arabia": schema.Country},
		not:   []string{"SA"},
	}})
}

// TestResolveRankAndRoyalNames checks two merges across documents that gave one IRI to two
// people: a surname under a post does not join a person of the post a rank above or below
// it ("President Haldane" is not "Vice President Corwin Haldane"), and a royal's given name
// ("Prince Aldric") joins no one whose surname it is; the same post, and the same royal,
// still join. Each case is read in both orders of its documents.
func TestResolveRankAndRoyalNames(t *testing.T) {
	for _, c := range []postCase{
		{"a vice president is no president", [][]string{{"Yesterday he held talks with Vice President Corwin Haldane in Ottawa."},
			{"President Haldane met bankers in Toronto."}}, -1},
		{"a deputy minister is no minister", [][]string{{"Deputy Finance Minister Corwin Haldane arrived in Ottawa."},
			{"Finance Minister Haldane met bankers in Toronto."}}, -1},
		{"the same deputy minister", [][]string{{"Deputy Finance Minister Corwin Haldane arrived in Ottawa."},
			{"Deputy Finance Minister Haldane met bankers in Toronto."}}, 0},
		{"the same vice president", [][]string{{"Yesterday he held talks with Vice President Corwin Haldane in Ottawa."},
			{"Vice President Haldane met bankers in Toronto."}}, 0},
		{"the same president", [][]string{{"President Corwin Haldane opened the session in Ottawa."},
			{"President Haldane met bankers in Toronto."}}, 0},
		{"a royal's given name is no surname", [][]string{{"Tobias Aldric played the piano in Leeds on Monday."},
			{"Prince Aldric visited the hospital in York."}}, -1},
	} {
		runPostCase(t, c)
	}
	// The same royal in two documents is one person, whatever their order.
	a := extractDoc(t, "a", "Prince Aldric visited the hospital in York.")
	b := extractDoc(t, "b", "Prince Aldric opened the bridge in Hull.")
	fwd, rev := resolvedPersons(t, a, b), resolvedPersons(t, b, a)
	if len(fwd[0]) != 1 || len(fwd[1]) != 1 || fwd[0][0] != fwd[1][0] || rev[0][0] != fwd[1][0] {
		t.Errorf("one royal in two documents: %v, reversed %v", fwd, rev)
	}
}

// TestSuffixOnlyNameIsNoCompany checks that the company suffixes left of a name cut at
// "and" ("Velka Brandt and Co Inc") are no company of their own, which two documents would
// share as one IRI for two firms, while the firm's name before them stays.
func TestSuffixOnlyNameIsNoCompany(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Orsino Brandt Corp named Velka Brandt and Co Inc as its lead agent."},
		want:  map[string]schema.Class{"Orsino Brandt Corp": schema.Organization},
		not:   []string{"Co Inc", "Co"},
	}})
}

// TestAssociationIsNoStateBody checks that an association of a faith, trade or profession
// named with a country ("the Muslim Council of Ghana", "the Kenyan Council of Life
// Insurers") is no part of that state, while a council of the state is.
func TestAssociationIsNoStateBody(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Ghana held an election in May.", "The Muslim Council of Ghana has complained to the regulator."},
			not:   []string{"Muslim Council of Ghana partOf Ghana"},
		},
		{
			sents: []string{"A study by the Kenyan Council of Life Insurers found the market would shrink."},
			not:   []string{"Kenyan Council of Life Insurers partOf Kenya"},
		},
		{
			sents: []string{"Ghana held an election in May.", "The National Security Council of Ghana met on Monday."},
			want:  []string{"National Security Council of Ghana partOf Ghana"},
		},
		{
			sents: []string{"The Ghanaian Council of Ministers approved the plan."},
			want:  []string{"Ghanaian Council of Ministers partOf Ghana"},
		},
	})
}

// TestAskedIfStatesNothing checks that a question embedded after a verb of asking ("Asked
// if she was a member of Y, X said", "Reporters asked whether X was a member of Y") states
// no membership, and that a title predicated of its subject before a speaker ("A was a
// member of Y, X said") is the subject's, not the speaker's.
func TestAskedIfStatesNothing(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Lena Holm has links to the Velka Movement, a Catholic group.", "Asked if she was a member of the group, Ms Holm said: \"I do have support from the Velka Movement.\""},
			not:   []string{"Lena Holm memberOf Velka Movement"},
		},
		{
			sents: []string{"Asked whether she was a member of the Velka Movement, Lena Holm said no."},
			not:   []string{"Lena Holm memberOf Velka Movement"},
		},
		{
			sents: []string{"Reporters asked if Lena Holm was a member of the Velka Movement."},
			not:   []string{"Lena Holm memberOf Velka Movement"},
		},
		{
			sents: []string{"Tomas Brand was a member of the Velka Movement, Lena Holm said."},
			want:  []string{"Tomas Brand memberOf Velka Movement"},
			not:   []string{"Lena Holm memberOf Velka Movement"},
		},
		{
			sents: []string{"The chief executive of Orsino Foods Corp, Lena Holm, said profits rose."},
			want:  []string{"Lena Holm leads Orsino Foods Corp"},
		},
	})
}

// TestMovementCueNamesBody checks that a lower-case "movement", "union" or "alliance"
// before an unknown name makes it a body, not a person ("the Catholic movement Velka Dei"),
// while a person named after a title stays one.
func TestMovementCueNamesBody(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Lena Holm received spiritual support from the Catholic movement Velka Dei."},
		want:  map[string]schema.Class{"Velka Dei": schema.Organization, "Lena Holm": schema.Person},
		facts: []string{"Velka Dei supports Lena Holm"},
	}, {
		sents: []string{"The union Orvanto called a strike, its leader Bakari Mwinyi said."},
		want:  map[string]schema.Class{"Orvanto": schema.Organization, "Bakari Mwinyi": schema.Person},
	}})
}

// TestPastAllyAndStateOfOffice checks that an alliance put in the past ("previously an
// ally of Y", "formerly an ally", "a former ally") is no alliance, and that "was in
// government" is no visit to the country after it, while a present ally and "was in Y" are.
func TestPastAllyAndStateOfOffice(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Velka Movement, previously an ally of the government of Ghana, is now fighting it."},
			not:   []string{"Ghana alliedWith Velka Movement", "Velka Movement alliedWith Ghana"},
		},
		{
			sents: []string{"The Velka Movement, formerly an ally of Ghana, now opposes it."},
			not:   []string{"Ghana alliedWith Velka Movement", "Velka Movement alliedWith Ghana"},
		},
		{
			sents: []string{"The Velka Movement, a former ally of Ghana, broke away in May."},
			not:   []string{"Ghana alliedWith Velka Movement", "Velka Movement alliedWith Ghana"},
		},
		{
			sents: []string{"The Velka Movement, an ally of Ghana, sent troops."},
			want:  []string{"Ghana alliedWith Velka Movement"},
		},
		{
			sents: []string{"\"When Tomas Brand was in government Ghana suffered mass unemployment,\" Lena Holm said."},
			not:   []string{"Tomas Brand visited Ghana"},
		},
		{
			sents: []string{"Tomas Brand was in Ghana last week."},
			want:  []string{"Tomas Brand visited Ghana"},
		},
	})
}

// TestOwnersBranchPost checks that a country after another's possessive before a title
// names the owner's branch there ("E&Y's UK head of tax"), no nationality and no state post,
// while the country's own possessive ("the UK's top policeman") still gives both.
func TestOwnersBranchPost(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"\"Taxes were cut before the election,\" said Lena Holm, E&Y's UK head of tax."},
			not:   []string{"Lena Holm memberOf United Kingdom", "Lena Holm nationality United Kingdom"},
		},
		{
			sents: []string{"\"Taxes were cut,\" said Lena Holm, Orsino's UK chief economist."},
			not:   []string{"Lena Holm nationality United Kingdom", "Lena Holm memberOf United Kingdom"},
		},
		{
			sents: []string{"Kenya said on Monday that the UK's top policeman Tomas Brand would visit."},
			want:  []string{"Tomas Brand nationality United Kingdom"},
		},
	})
}

// TestCompanyPresidentIsNoHeadOfState checks that a bare "president X" in a sentence of a
// firm's profits or sales leads no state, however much the document names one, while a
// bare "President X" of the country's news still leads it.
func TestCompanyPresidentIsNoHeadOfState(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Orvanto Motors expects rising sales of its new car to help boost profits this year, president Tomas Brand said.", "France will grow, the French government said.", "France said on Monday its exports rose."},
			not:   []string{"Tomas Brand leads France"},
		},
		{
			sents: []string{"France said on Monday its exports rose.", "France will grow, President Tomas Brand said.", "France and Germany signed a deal."},
			want:  []string{"Tomas Brand leads France"},
		},
	})
}

// TestTitledCharacterIsNoPerson checks that a title and one word in a sentence about a
// cartoon or a series name a character, no person ("a new Captain Orvak cartoon"), while a
// titled full name there, and a titled single name of the news, stay persons.
func TestTitledCharacterIsNoPerson(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"There was a new Captain Orvak cartoon made a few years ago, Lena Holm said."},
		want:  map[string]schema.Class{"Lena Holm": schema.Person},
		not:   []string{"Orvak", "Captain Orvak"},
	}, {
		sents: []string{"Children loved Professor Yaffin and the mice in the animated series."},
		not:   []string{"Yaffin", "Professor Yaffin"},
	}, {
		sents: []string{"President Tomas Brand met the cartoon's creator on Monday."},
		want:  map[string]schema.Class{"Tomas Brand": schema.Person},
	}, {
		sents: []string{"Captain Orvak led the patrol into Kisumu, the army said."},
		want:  map[string]schema.Class{"Orvak": schema.Person},
	}})
}
