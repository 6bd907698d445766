package loader

import "testing"

// The constructions of the third PLOVER round (issue 11), each on sentences written for
// the test: the right fact present, and the plausible wrong ones (the reversed direction,
// the wrong predicate, the third entity of the sentence) absent.

// TestHyphenTalksAreNoAlliance checks that a hyphenated pair of states before "talks" or
// "summit" makes no allies (a meeting, as often between adversaries; states meet nobody in
// the ontology), while an alliance or cooperation so named still does.
func TestHyphenTalksAreNoAlliance(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenyan-Ugandan talks resumed in Kisumu on Monday."},
			not:   []string{"Kenya alliedWith Uganda", "Uganda alliedWith Kenya"},
		},
		{
			sents: []string{"The minister welcomed the statement as proof of a wish for progress in Kenyan-Ugandan border talks."},
			not:   []string{"Kenya alliedWith Uganda", "Uganda alliedWith Kenya"},
		},
		{
			sents: []string{"The Kenyan-Ugandan summit in Kisumu ended without a statement."},
			not:   []string{"Kenya alliedWith Uganda", "Uganda alliedWith Kenya", "Kenya met Uganda"},
		},
		{
			sents: []string{"The Kenyan-Ugandan alliance held for a decade."},
			want:  []string{"Kenya alliedWith Uganda"},
			not:   []string{"Kenya fights Uganda", "Uganda fights Kenya"},
		},
		{
			sents: []string{"Kenyan-Ugandan cooperation grew after the floods."},
			want:  []string{"Kenya alliedWith Uganda"},
		},
	})
}

// TestBeatUpIsAFight checks the phrasal "beat up" (CAMEO's BEAT, physical assault): the
// beater fights the beaten, in either voice; the bare "beat" of a game or a vote, and a
// negated beating, give nothing.
func TestBeatUpIsAFight(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenyan soldiers beat up Bakari Mwinyi near Kisumu."},
			want:  []string{"Kenyan Armed Forces fights Bakari Mwinyi"},
			not:   []string{"Bakari Mwinyi fights Kenyan Armed Forces", "Kenyan Armed Forces attacked Kisumu", "Kenya fights Bakari Mwinyi"},
		},
		{
			sents: []string{"Kenyan soldiers routinely beat up Somali gunmen near Kisumu."},
			want:  []string{"Kenyan Armed Forces fights Somali gunmen"},
			not:   []string{"Somali gunmen fights Kenyan Armed Forces", "Kenyan Armed Forces fights Somalia"},
		},
		{
			sents: []string{"Bakari Mwinyi was beaten up by Kenyan soldiers."},
			want:  []string{"Kenyan Armed Forces fights Bakari Mwinyi"},
			not:   []string{"Bakari Mwinyi fights Kenyan Armed Forces"},
		},
		{
			sents: []string{"Kenya beat Uganda in the final in Kisumu."},
			not:   []string{"Kenya fights Uganda", "Uganda fights Kenya", "Kenya attacked Kisumu"},
		},
		{
			sents: []string{"Kenyan soldiers did not beat up Bakari Mwinyi."},
			not:   []string{"Kenyan Armed Forces fights Bakari Mwinyi"},
		},
	})
}

// TestPoundIsAnAttack checks "pound" (CAMEO's POUND block): warplanes of a state pounding
// a body's positions fight it, pounding a place attacks it; a storm pounds nothing.
func TestPoundIsAnAttack(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenyan warplanes pounded positions of the Velka Movement on Monday."},
			want:  []string{"Kenya fights Velka Movement"},
			not:   []string{"Velka Movement fights Kenya", "Kenya supports Velka Movement"},
		},
		{
			sents: []string{"Kenyan jets pounded Kisumu on Monday."},
			want:  []string{"Kenya attacked Kisumu"},
			not:   []string{"Kenya fights Kisumu", "Kenya visited Kisumu"},
		},
		{
			sents: []string{"Hurricane Maria pounded Kisumu on Monday."},
			not:   []string{"Hurricane Maria attacked Kisumu", "Hurricane Maria fights Kisumu"},
		},
	})
}

// TestSupportAsPurposeOfSending checks a support verb as the purpose of a real sending or
// mobilising ("sent troops to support Y"): the sender supports Y, through "help" too; a
// purpose of another verb, and a sending planned, refused or denied, state nothing.
func TestSupportAsPurposeOfSending(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenya sent troops to support the Velka Movement."},
			want:  []string{"Kenya supports Velka Movement"},
			not:   []string{"Velka Movement supports Kenya", "Kenya fights Velka Movement"},
		},
		{
			sents: []string{"Kenya has mobilized lobby groups in Uganda to help support the Velka Movement."},
			want:  []string{"Kenya supports Velka Movement"},
			not:   []string{"Uganda supports Velka Movement", "Kenya supports Uganda"},
		},
		{
			sents: []string{"Kenya sent troops to Uganda to fight the Velka Movement."},
			not:   []string{"Kenya fights Velka Movement", "Kenya supports Velka Movement", "Kenya supports Uganda"},
		},
		{
			sents: []string{"Kenya plans to send troops to support the Velka Movement."},
			not:   []string{"Kenya supports Velka Movement"},
		},
		{
			sents: []string{"Kenya refused to send troops to support the Velka Movement."},
			not:   []string{"Kenya supports Velka Movement"},
		},
		{
			sents: []string{"Kenya did not send troops to support the Velka Movement."},
			not:   []string{"Kenya supports Velka Movement"},
		},
		{
			sents: []string{"Kenya sent envoys to Uganda to persuade it to support the Velka Movement."},
			not:   []string{"Kenya supports Velka Movement", "Uganda supports Velka Movement"},
		},
	})
}

// TestSupportOfACause checks a support verb whose object is a cause noun ("the cause of
// X", "the rights of Y", "Z's right to protest"): the support is the owner's; opposing a
// cause supports nothing, and a cause owned by no entity gives the place no support.
func TestSupportOfACause(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenya sent troops to support the cause of the Velka Movement."},
			want:  []string{"Kenya supports Velka Movement"},
			not:   []string{"Velka Movement supports Kenya"},
		},
		{
			sents: []string{"Kenya has mobilized lobby groups in Uganda to help support the rights of the Velka Movement in its struggle against Uganda."},
			want:  []string{"Kenya supports Velka Movement"},
			not:   []string{"Uganda supports Velka Movement", "Kenya supports Uganda", "Kenya fights Uganda"},
		},
		{
			sents: []string{"Kenya on Monday strongly defended the right of the Velka Movement to hold rallies and insisted the unrest was old."},
			want:  []string{"Kenya supports Velka Movement"},
		},
		{
			sents: []string{"Kenya opposed the cause of the Velka Movement."},
			not:   []string{"Kenya supports Velka Movement"},
		},
		{
			sents: []string{"Kenya sent troops to defend the rights of women in Uganda."},
			not:   []string{"Kenya supports Uganda"},
		},
	})
}

// TestFrozenAssetsAreASanction checks "froze the assets of X" (CAMEO's FREEZE * ASSET, a
// sanction): the holder of the assets is sanctioned by the subject; freezing relations,
// freezing a party out of talks, and a negated freeze give no sanction.
func TestFrozenAssetsAreASanction(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenya has frozen the assets of the Velka Movement."},
			want:  []string{"Velka Movement sanctionedBy Kenya"},
			not:   []string{"Kenya sanctionedBy Velka Movement", "Kenya fights Velka Movement"},
		},
		{
			sents: []string{"Kenya froze the assets of Bakari Mwinyi."},
			want:  []string{"Bakari Mwinyi sanctionedBy Kenya"},
		},
		{
			sents: []string{"Kenya froze relations with the Velka Movement."},
			not:   []string{"Velka Movement sanctionedBy Kenya"},
		},
		{
			sents: []string{"Kenya froze the Velka Movement out of the talks."},
			not:   []string{"Velka Movement sanctionedBy Kenya"},
		},
		{
			sents: []string{"Kenya did not freeze the assets of the Velka Movement."},
			not:   []string{"Velka Movement sanctionedBy Kenya"},
		},
	})
}

// TestTrainingIsSupport checks "train" read from the parse: a progressive or coordinated
// training supports the trained, "received training from" reverses the roles, and
// training one's guns on a party or training as a lawyer supports nobody.
func TestTrainingIsSupport(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenya has been training the Velka Movement."},
			want:  []string{"Kenya supports Velka Movement"},
			not:   []string{"Velka Movement supports Kenya"},
		},
		{
			sents: []string{"Kenya has been arming and training the Velka Movement."},
			want:  []string{"Kenya supports Velka Movement"},
			not:   []string{"Velka Movement supports Kenya"},
		},
		{
			sents: []string{"The Velka Movement received military training from Kenya."},
			want:  []string{"Kenya supports Velka Movement"},
			not:   []string{"Velka Movement supports Kenya"},
		},
		{
			sents: []string{"Kenya trained its guns on the Velka Movement."},
			not:   []string{"Kenya supports Velka Movement"},
		},
		{
			sents: []string{"Bakari Mwinyi trained as a lawyer in Uganda."},
			not:   []string{"Bakari Mwinyi supports Uganda"},
		},
	})
}

// TestOutlawedBodyIsSanctioned checks CAMEO's PROHIBIT verbs that ban a body ("outlawed",
// "proscribed"): the body is sanctioned by the state, in either voice; a negated, modal or
// urged ban is none.
func TestOutlawedBodyIsSanctioned(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenya has proscribed the Velka Movement."},
			want:  []string{"Velka Movement sanctionedBy Kenya"},
			not:   []string{"Kenya sanctionedBy Velka Movement", "Kenya fights Velka Movement"},
		},
		{
			sents: []string{"The Velka Movement was proscribed by Kenya in 2001."},
			want:  []string{"Velka Movement sanctionedBy Kenya"},
			not:   []string{"Kenya sanctionedBy Velka Movement"},
		},
		{
			sents: []string{"Kenya did not proscribe the Velka Movement."},
			not:   []string{"Velka Movement sanctionedBy Kenya"},
		},
		{
			sents: []string{"Kenya may outlaw the Velka Movement."},
			not:   []string{"Velka Movement sanctionedBy Kenya"},
		},
		{
			sents: []string{"Bakari Mwinyi urged Uganda to proscribe the Velka Movement."},
			not:   []string{"Velka Movement sanctionedBy Uganda", "Velka Movement sanctionedBy Bakari Mwinyi"},
		},
	})
}

// TestJoiningMakesAlliesOnlyInDeeds checks the joinings of the word patterns and the tree:
// "A and B joined forces (against Y)" allies A and B, never Y; "joined forces with C"
// allies C; joining a party in words, votes or lawsuits makes no allies (a joint
// statement is no alliance); and the joiners of a body no one leads are not each other's
// allies (each joins its leader, Wikinews call 3).
func TestJoiningMakesAlliesOnlyInDeeds(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenya and Uganda joined forces against the Velka Movement."},
			want:  []string{"Kenya alliedWith Uganda"},
			not:   []string{"Kenya alliedWith Velka Movement", "Uganda alliedWith Velka Movement", "Velka Movement alliedWith Uganda"},
		},
		{
			sents: []string{"Kenya joined forces with Uganda against the Velka Movement."},
			want:  []string{"Kenya alliedWith Uganda"},
			not:   []string{"Kenya alliedWith Velka Movement", "Uganda alliedWith Velka Movement", "Velka Movement alliedWith Uganda"},
		},
		{
			sents: []string{"Kenya joined Uganda in attacking the Velka Movement."},
			want:  []string{"Kenya alliedWith Uganda", "Kenya fights Velka Movement"},
			not:   []string{"Kenya alliedWith Velka Movement"},
		},
		{
			sents: []string{"Kenya was joined by Uganda in condemning the Velka Movement."},
			not:   []string{"Kenya alliedWith Uganda", "Kenya fights Velka Movement"},
		},
		{
			sents: []string{"Kenya joined Uganda in calling for a ceasefire."},
			not:   []string{"Kenya alliedWith Uganda"},
		},
		{
			sents: []string{"Kenya, joined by Uganda and Tanzania, criticised the Velka Movement."},
			not:   []string{"Kenya alliedWith Uganda", "Kenya alliedWith Tanzania", "Tanzania alliedWith Uganda"},
		},
		{
			sents: []string{"Kenya and Uganda joined the coalition."},
			not:   []string{"Kenya alliedWith Uganda"},
		},
		{
			sents: []string{"Kenya and Uganda joined the coalition led by Tanzania."},
			want:  []string{"Kenya alliedWith Tanzania", "Tanzania alliedWith Uganda"},
			not:   []string{"Kenya alliedWith Uganda"},
		},
		{
			sents: []string{"Kenya joined the Orsk Alliance in 2004."},
			want:  []string{"Kenya alliedWith Orsk Alliance"},
		},
	})
}

// TestUndertakingInvolvingStates checks a joint undertaking whose participants "involve"
// lists ("the X project, which involves A, B and C"): every pair of the states is allied;
// a planned undertaking, a negated or modal involvement, and a company involved give none.
func TestUndertakingInvolvingStates(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi reaffirmed that the Orsk project, which currently involves Kenya, Uganda and Tanzania, is open for other countries to join."},
			want:  []string{"Kenya alliedWith Uganda", "Kenya alliedWith Tanzania", "Tanzania alliedWith Uganda"},
			not:   []string{"Bakari Mwinyi alliedWith Kenya"},
		},
		{
			sents: []string{"A joint operation involving Kenya and Uganda began on Monday."},
			want:  []string{"Kenya alliedWith Uganda"},
		},
		{
			sents: []string{"A planned project involving Kenya and Uganda was shelved."},
			not:   []string{"Kenya alliedWith Uganda"},
		},
		{
			sents: []string{"The project, which does not involve Kenya and Uganda, ended."},
			not:   []string{"Kenya alliedWith Uganda"},
		},
		{
			sents: []string{"The project, which would involve Kenya and Uganda, was shelved."},
			not:   []string{"Kenya alliedWith Uganda"},
		},
		{
			sents: []string{"A project involving Kenya and the Velka Corporation began."},
			not:   []string{"Kenya alliedWith Velka Corporation", "Velka Corporation alliedWith Kenya"},
		},
	})
}

// TestJointVenturesAreNoAlliance checks that "joint" before a hyphenated pair of states
// makes allies of them only when what they do jointly is no business ("joint Kenyan-Ugandan
// industrial ventures" are companies' deals; joint exercises and steps are joint action).
func TestJointVenturesAreNoAlliance(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The banks will fund joint Kenyan-Ugandan industrial ventures."},
			not:   []string{"Kenya alliedWith Uganda", "Uganda alliedWith Kenya"},
		},
		{
			sents: []string{"They held joint Kenyan-Ugandan military exercises."},
			want:  []string{"Kenya alliedWith Uganda"},
		},
		{
			sents: []string{"The joint Kenyan-Ugandan steps were welcomed in Kisumu."},
			want:  []string{"Kenya alliedWith Uganda"},
			not:   []string{"Kenya fights Uganda"},
		},
	})
}

// TestTakeoverTargetIsNoFight checks that "target" after a word of commerce is a noun ("a
// likely takeover target of Y"): no fight either way; the verb still fights.
func TestTakeoverTargetIsNoFight(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Velka Corporation is a likely takeover target of the Orsk Group."},
			not:   []string{"Velka Corporation fights Orsk Group", "Orsk Group fights Velka Corporation"},
		},
		{
			sents: []string{"Kenyan jets target the Velka Movement."},
			want:  []string{"Kenya fights Velka Movement"},
			not:   []string{"Velka Movement fights Kenya"},
		},
		{
			sents: []string{"The Velka Movement targeted Kenyan troops near Kisumu."},
			want:  []string{"Velka Movement fights Kenyan Armed Forces"},
		},
	})
}

// TestClaimedStrikeThatKilled checks a claimed attack whose victim a relative clause names
// ("claimed responsibility for the strike that killed Y", "claimed the drone strike that
// killed Y"): the claimant fights the victim (claimed attacks are kept, Wikinews call 4);
// a claim negated, modal or denied, and a blame laid by another, give none.
func TestClaimedStrikeThatKilled(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Velka Movement claimed responsibility for the strike that killed Bakari Mwinyi."},
			want:  []string{"Velka Movement fights Bakari Mwinyi"},
			not:   []string{"Bakari Mwinyi fights Velka Movement"},
		},
		{
			sents: []string{"The Velka Movement claimed the drone strike that killed Bakari Mwinyi."},
			want:  []string{"Velka Movement fights Bakari Mwinyi"},
		},
		{
			sents: []string{"The Velka Movement did not claim the strike that killed Bakari Mwinyi."},
			not:   []string{"Velka Movement fights Bakari Mwinyi"},
		},
		{
			sents: []string{"The Velka Movement may claim the strike that killed Bakari Mwinyi."},
			not:   []string{"Velka Movement fights Bakari Mwinyi"},
		},
		{
			sents: []string{"The Velka Movement denied responsibility for the strike that killed Bakari Mwinyi."},
			not:   []string{"Velka Movement fights Bakari Mwinyi"},
		},
		{
			sents: []string{"Kenya blamed the Velka Movement for the strike that killed Bakari Mwinyi."},
			not:   []string{"Kenya fights Bakari Mwinyi"},
		},
	})
}

// TestReporterIsTheReportedSubject checks reported speech read from the parse: a pronoun
// subject of the clause a report verb takes is the reporter ("the X Movement said it had
// carried out the strike that killed Y"); a denial, a future and a negated clause give
// nothing, and a clause with a subject of its own keeps it.
func TestReporterIsTheReportedSubject(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Velka Movement said it had carried out the strike that killed Bakari Mwinyi."},
			want:  []string{"Velka Movement fights Bakari Mwinyi"},
			not:   []string{"Bakari Mwinyi fights Velka Movement"},
		},
		{
			sents: []string{"The Velka Movement said it carried out the strike on Kisumu."},
			want:  []string{"Velka Movement attacked Kisumu"},
		},
		{
			sents: []string{"The Velka Movement denied it carried out the strike on Kisumu."},
			not:   []string{"Velka Movement attacked Kisumu"},
		},
		{
			sents: []string{"The Velka Movement said it would carry out strikes on Kisumu."},
			not:   []string{"Velka Movement attacked Kisumu"},
		},
		{
			sents: []string{"Kenya said it had not armed the Velka Movement."},
			not:   []string{"Kenya supports Velka Movement"},
		},
		{
			sents: []string{"Kenya said it feared the Velka Movement would attack Kisumu."},
			not:   []string{"Kenya attacked Kisumu", "Velka Movement attacked Kisumu"},
		},
		{
			sents: []string{"Kenya said Uganda had armed the Velka Movement."},
			want:  []string{"Uganda supports Velka Movement"},
			not:   []string{"Kenya supports Velka Movement"},
		},
	})
}

// TestPersonReporterIsNotIt checks that "it" or "they" after a person's report verb is not
// the person ("Bakari Mwinyi said they had attacked Kisumu": someone else did).
func TestPersonReporterIsNotIt(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bakari Mwinyi said they had carried out the strike on Kisumu."},
			not:   []string{"Bakari Mwinyi attacked Kisumu", "Bakari Mwinyi visited Kisumu"},
		},
	})
}

// TestIslandIsNoIceland checks that "Island" in a name is no alias of Iceland (the
// Icelandic "Ísland" of the country lexicon's spellings made "X Island" the country).
func TestIslandIsNoIceland(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenya attacked Uganda's Orsk Island on Monday."},
			not:   []string{"Kenya fights Iceland", "Kenya attacked Iceland"},
		},
	})
}
