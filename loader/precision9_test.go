package loader

// Precision constructions found wrong in a random draw of event facts on unseen news
// (branch prec9), each tried on sentences of our own: the wrong fact is absent and the
// right reading of a like sentence is still read.

import "testing"

// TestMeetingAheadOfIsNoVisit checks that a sentence opening with where an interview was
// given "ahead of a meeting in Y" says nothing of the speaker being in Y, while an opening
// "At a meeting in Y" still does.
func TestMeetingAheadOfIsNoVisit(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"In an interview ahead of a meeting in Ruvania to discuss reforms, Mr Tomas Varga said such attacks were wrong."},
		wrong: []string{"Tomas Varga visited Ruvania"},
	}, {
		sents: []string{"At a meeting in Ruvania, Tomas Varga said reforms were needed."},
		facts: []string{"Tomas Varga visited Ruvania"},
	}})
}

// TestPresentHaveMeetingIsNoVisit checks that "X has a meeting in Y" in the simple present
// (a fixture of the calendar) is no visit, while "X had a meeting in Y" is.
func TestPresentHaveMeetingIsNoVisit(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Maurice Delbarre then has another indoor meeting in Veldonia before resuming training."},
		wrong: []string{"Maurice Delbarre visited Veldonia"},
	}, {
		sents: []string{"Olga Brand had a meeting in Ruvania with Tomas Varga."},
		facts: []string{"Olga Brand visited Ruvania", "Olga Brand met Tomas Varga"},
	}})
}

// TestDemonymOfPrivatePersonIsNoState checks that a country's short name or demonym before
// a noun of a private person ("a Saudi teenager") names no state helped, while before its
// troops it still does.
func TestDemonymOfPrivatePersonIsNoState(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Olga Brand, a lawyer, had previously helped a Saudi teenager escape from her family."},
		wrong: []string{"Olga Brand supports Saudi Arabia"},
	}, {
		sents: []string{"Olga Brand helped a Kenyan woman flee."},
		wrong: []string{"Olga Brand supports Kenya"},
	}, {
		sents: []string{"The United States has supported Kenyan troops in the region."},
		facts: []string{"United States supports Kenyan Armed Forces"},
	}})
}

// TestPartyAttackOnPersonIsWords checks that a party or person "attacking" a person with no
// arms in the sentence is criticism, no fight, while an armed attack still is one.
func TestPartyAttackOnPersonIsWords(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Tomas Varga is the Conservative Party candidate. Democrats continued to attack Varga on his taxes."},
		wrong: []string{"Democratic Party fights Tomas Varga"},
	}, {
		sents: []string{"Republicans attacked Olga Brand for her comments."},
		wrong: []string{"Republican Party fights Olga Brand"},
	}, {
		sents: []string{"The Veldonian Socialist Party attacked Olga Brand with rockets, killing two soldiers."},
		facts: []string{"Veldonian Socialist Party fights Olga Brand"},
	}})
}

// TestPlaceInsideQuotationIsNoVisit checks that a place inside a quotation is not where
// the speaker outside it was, while a place the narrator gives still is.
func TestPlaceInsideQuotationIsNoVisit(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{`Olga Brand, another lawyer for the victim, told reporters "Women in France who have been robbed do not have to justify their lives.`},
		wrong: []string{"Olga Brand visited France"},
	}, {
		sents: []string{`Olga Brand, speaking in Paris, said "Women have rights."`},
		facts: []string{"Olga Brand visited Paris"},
	}})
}

// TestRiskOfAttackIsNoFight checks that an attack named as the "of" complement of a noun
// of risk or fear ("the risk of an Iranian attack on Y") is no fight, while an attack the
// sentence says was carried out still is one.
func TestRiskOfAttackIsNoFight(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The risk of an Iranian attack on U.S. warships is rated by diplomats as low."},
		wrong: []string{"Iran fights United States"},
	}, {
		sents: []string{"Fears of a Turkish invasion of Cyprus grew."},
		wrong: []string{"Turkey fights Cyprus"},
	}, {
		sents: []string{"The possibility of a Libyan attack on Egypt worries officials."},
		wrong: []string{"Libya fights Egypt"},
	}, {
		sents: []string{"Iranian forces carried out an attack on U.S. warships on Friday."},
		facts: []string{"Iran fights United States"},
	}, {
		sents: []string{"Victims of the Iraqi attack on Kuwait were buried."},
		facts: []string{"Iraq fights Kuwait"},
	}})
}

// TestSupposedToIsNoFact checks that what someone "was supposed to" do states nothing done
// (data/modality.tsv), while the plain past still does.
func TestSupposedToIsNoFact(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Tomas Varga was supposed to meet Olga Brand in Paris."},
		wrong: []string{"Tomas Varga met Olga Brand", "Olga Brand met Tomas Varga", "Tomas Varga visited Paris"},
	}, {
		sents: []string{"The United States is supposed to support Kenya."},
		wrong: []string{"United States supports Kenya"},
	}, {
		sents: []string{"Tomas Varga met Olga Brand in Paris."},
		facts: []string{"Tomas Varga visited Paris"},
	}})
}

// TestTitleFieldStopsAtConjunction checks that a clause conjunction ends the field words
// before a lower-case title ("Y's trade but chairman X" is no post of Y's), while a field
// right after the possessive still gives the post.
func TestTitleFieldStopsAtConjunction(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The company was hit by the decline in Kenya's trade but chairman Amos Otieno arranged to settle debts."},
		wrong: []string{"Amos Otieno memberOf Kenya"},
	}, {
		sents: []string{"Kenya's trade minister Amos Otieno resigned on Friday."},
		facts: []string{"Amos Otieno memberOf Kenya"},
	}})
}
