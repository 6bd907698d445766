package loader

import "testing"

// The constructions of issue 11's PLOVER round, each on sentences written for the test:
// the fact asserted, and wrong facts asserted absent.

// TestForcesOfAState checks the nouns of data/forces.tsv: state forces named with a
// demonym act for the state, members of groups that are no state never do.
func TestForcesOfAState(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Chilean planes bombed Arequipa."}, want: []string{"Chile attacked Arequipa"}},
		{sents: []string{"Chilean gunships shelled Arequipa on Monday."}, want: []string{"Chile attacked Arequipa"}},
		{
			sents: []string{"Peruvian gunmen attacked Arequipa.", "Bolivian militiamen raided Arequipa.", "Ecuadorian fighters shelled Arequipa."},
			not:   []string{"Peru attacked Arequipa", "Bolivia attacked Arequipa", "Ecuador attacked Arequipa"},
		},
		{sents: []string{"Green Front gunmen attacked Arequipa."}, want: []string{"Green Front attacked Arequipa"}, not: []string{"Peru attacked Arequipa"}},
		{sents: []string{"Peruvian hackers attacked the Green Front."}, not: []string{"Peru fights Green Front"}},
	})
}

// TestAidToARecipient checks aid given to a recipient the parser hangs on the measure ("gave X 5
// million dollars of aid"), asylum granted, and donations; an offer, a request and goods
// sold give nothing.
func TestAidToARecipient(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Chile on Friday gave the Dominican Republic 7.2 million dollars of aid for school projects."},
			want:  []string{"Chile supports Dominican Republic"},
			not:   []string{"Dominican Republic supports Chile"},
		},
		{sents: []string{"The European Community gave Peru 40 million dollars in aid."}, want: []string{"European Community supports Peru"}},
		{sents: []string{"Chile sold Peru 3 million dollars of goods."}, not: []string{"Chile supports Peru"}},
		{sents: []string{"Chile has granted political asylum to Pablo Soto, a former minister."}, want: []string{"Chile supports Pablo Soto"}},
		{
			sents: []string{"Chile offered asylum to Pablo Soto.", "Pablo Soto sought asylum in Ecuador."},
			not:   []string{"Chile supports Pablo Soto", "Pablo Soto supports Ecuador", "Ecuador supports Pablo Soto"},
		},
		{sents: []string{"Ana Ruiz donated $5 million to the Green Front."}, want: []string{"Ana Ruiz supports Green Front"}, not: []string{"Green Front supports Ana Ruiz"}},
	})
}

// TestActorsAdded checks bodies data/actors.tsv lacked: the European Community and its
// Commission, the Liberation Tigers of Tamil Eelam.
func TestActorsAdded(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"The European Community gave Chile 9 million dollars of aid."}, want: []string{"European Community supports Chile"}},
		{
			sents: []string{"European Community Commission President Hans Vogel met Pablo Soto."},
			want:  []string{"Hans Vogel leads European Commission"},
			not:   []string{"Hans Vogel leads European Community"},
		},
		{sents: []string{"Chile has been sharing intelligence with the Liberation Tigers of Tamil Eelam."}, want: []string{"Chile alliedWith Liberation Tigers of Tamil Eelam"}},
	})
}

// TestOwnedTargets checks that the targets of an owner named before them ("rebel bases in
// X") are not the country they lie in.
func TestOwnedTargets(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Chilean jets struck rebel bases in Peru.", "Chilean jets hit Green Front camps in Bolivia."}, not: []string{"Chile fights Peru", "Chile fights Bolivia"}},
		{sents: []string{"Chilean jets hit Green Front camps in Bolivia."}, want: []string{"Chile fights Green Front"}},
	})
}

// TestKillingInAnAttack checks a strike noun that says how a killing verb's subject
// killed: its subject made the strike, and a place the struck village lies in is
// attacked; a country it lies in is not, a village named by its own name keeps it.
func TestKillingInAnAttack(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Chilean helicopters killed three farmers in an air strike on a village in Arequipa."},
			want:  []string{"Chile attacked Arequipa"},
			not:   []string{"Arequipa attacked Chile"},
		},
		{sents: []string{"Chilean aircraft killed four people in an attack on a village in Peru."}, not: []string{"Chile fights Peru", "Chile attacked Peru"}},
		{sents: []string{"Chilean aircraft bombed the town of Tacna in Arequipa."}, want: []string{"Chile attacked Tacna"}, not: []string{"Chile attacked Arequipa"}},
		{sents: []string{"Ana Ruiz was airlifted from the city of Omsk in Siberia to Lima."}, want: []string{"Ana Ruiz visited Omsk"}, not: []string{"Ana Ruiz visited Siberia"}},
	})
}

// TestHyphenatedRoot checks, on a tree written by hand and through the loader, that a
// hyphenated participle the parser made the root ("Chilean-led forces have retaken X" as
// "Chilean led, forces have retaken X") modifies the noun after it, whose verb becomes
// the root; so does one written without its hyphen ("Green Front ruled Peru has been").
func TestHyphenatedRoot(t *testing.T) {
	n := func(form, upos, xpos string, head int, rel string) node {
		return node{Form: form, UPOS: upos, XPOS: xpos, Head: head, Rel: rel}
	}
	in := []node{ // Chilean-led forces seized Arequipa.
		n("Chilean", "ADJ", "JJ", 2, "compound"), n("-", "PUNCT", "HYPH", 0, "punct"), n("led", "VERB", "VBN", -1, "root"),
		n("forces", "NOUN", "NNS", 4, "nsubj"), n("seized", "VERB", "VBD", 2, "ccomp"), n("Arequipa", "PROPN", "NNP", 4, "obj"),
		n(".", "PUNCT", ".", 2, "punct"),
	}
	out := repairParse(in)
	if out[4].Head != -1 || out[2].Head != 3 || out[2].Rel != "amod" || out[6].Head != 4 || in[4].Head != 2 {
		t.Errorf("repairHyphenatedRoot: %+v", out)
	}
	runRelCases(t, []relCase{{
		sents: []string{"Chilean-led forces have retaken a small village in Arequipa, officials in Lima announced."},
		want:  []string{"Chile attacked Arequipa"},
		not:   []string{"Chile fights Arequipa", "Arequipa attacked Chile"},
	}, {
		sents: []string{"Chilean-led forces have retaken a border village in Arequipa after two days of clashes, Bolivian army sources said today."},
		want:  []string{"Chile attacked Arequipa"},
		not:   []string{"Bolivia attacked Arequipa", "Chile fights Bolivia"},
	}, {
		sents: []string{"Green Front ruled Peru has long been sharing intelligence with Chile."},
		want:  []string{"Chile alliedWith Peru"},
		not:   []string{"Green Front alliedWith Chile"},
	}})
}

// TestAttemptedKillings checks that a killing attempted is an attack made ("tried to kill
// X"), unlike one planned, negated or in the future.
func TestAttemptedKillings(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"The Green Front tried to kill Pablo Soto on Monday."}, want: []string{"Green Front fights Pablo Soto"}, not: []string{"Pablo Soto fights Green Front"}},
		{sents: []string{"The Green Front admitted it had tried to murder Pablo Soto."}, not: []string{"Pablo Soto fights Green Front"}},
		{
			sents: []string{"The Green Front plans to kill Pablo Soto.", "The Red Army will try to kill Ana Ruiz.", "The Blue League did not try to murder Jorge Vidal."},
			not:   []string{"Green Front fights Pablo Soto", "Red Army fights Ana Ruiz", "Blue League fights Jorge Vidal"},
		},
		{sents: []string{"Ana Ruiz tried to kill the deal with the Green Front."}, not: []string{"Ana Ruiz fights Green Front"}},
	})
}

// TestSupportedStances checks a verb of support whose object is a stance of its holder
// (data/stances.tsv): "backed X's bid", "defended the right of X".
func TestSupportedStances(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Peru backed Chile's bid to host the games."}, want: []string{"Peru supports Chile"}, not: []string{"Chile supports Peru"}},
		{sents: []string{"Peru defended the right of Chile to hold the vote."}, want: []string{"Peru supports Chile"}},
		{sents: []string{"Peru criticised the position of Chile.", "Peru backed its bid to host the games."}, not: []string{"Peru supports Chile", "Peru fights Chile"}},
		{sents: []string{"Aides said Ana Ruiz was unlikely to endorse the bid of Pablo Soto."}, not: []string{"Ana Ruiz supports Pablo Soto"}},
		{sents: []string{"The Red Fund and the Blue Trust have long opposed the Green Front bid.", "Ana Ruiz opposes the Blue League policies."}, not: []string{"Red Fund fights Green Front", "Ana Ruiz fights Blue League"}},
		// Opposing is a stance, a fight only among words of arms (trigger flag loose).
		{sents: []string{"Chile opposed the Green Front.", "Peru backed the Blue League plan."}, want: []string{"Peru supports Blue League"}, not: []string{"Chile fights Green Front"}},
		{sents: []string{"Chile opposed the Green Front rebels in a long war."}, want: []string{"Chile fights Green Front"}},
		{
			sents: []string{"The Red Fund helped defeat the Green Front plan.", "Chile stopped short of endorsing the Peruvian proposal, Ana Ruiz said."},
			not:   []string{"Red Fund supports Green Front", "Chile supports Peru"},
		},
		{sents: []string{"Officials said Chile backed Peruvian entry.", "Bolivia backed the accession of Ecuador to the Green League."}, want: []string{"Chile supports Peru", "Bolivia supports Ecuador"}, not: []string{"Bolivia supports Green League"}},
	})
}

// TestAidHalted checks aid halted as a sanction ("halted aid to X"), for the bodies and
// persons the ontology lets be sanctioned: not a country, not a plan, not a negation.
func TestAidHalted(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Chile has suspended military aid to the Green Front after the attack."}, want: []string{"Green Front sanctionedBy Chile"}, not: []string{"Chile supports Green Front"}},
		{sents: []string{"Chile cut off aid to the Green Front."}, want: []string{"Green Front sanctionedBy Chile"}},
		{
			sents: []string{"Chile did not halt aid to the Green Front.", "Chile will suspend aid to the Red Army.", "Chile halted aid to Peru."},
			not:   []string{"Green Front sanctionedBy Chile", "Red Army sanctionedBy Chile", "Peru sanctionedBy Chile"},
		},
	})
}

// TestRequestsStateNothing checks that an act asked for ("urged X to support Y", "asked X
// to attack Y") is no fact, in the word patterns as in the tree; the requested party's
// own acts stay facts.
func TestRequestsStateNothing(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Ana Ruiz urged Chile to support the Green Front.", "Jorge Vidal asked the Red Army to attack Arequipa.", "Chile urged Peru to visit Lima."},
			not:   []string{"Chile supports Green Front", "Red Army attacked Arequipa", "Peru visited Lima"},
		},
		{sents: []string{"Peru, urged by Chile, attacked the Green Front."}, want: []string{"Peru fights Green Front"}},
	})
}

// TestLeadersSanctionForTheirStates checks that a head of state who imposes sanctions
// does so for the state ("President X imposed sanctions on Y": Y sanctionedBy X's
// country), and that a person who leads no state sanctions nobody (the ontology's
// sanctioner is a body or a state).
func TestLeadersSanctionForTheirStates(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Chilean President Ana Ruiz imposed sanctions on the Green Front."}, want: []string{"Green Front sanctionedBy Chile"}, not: []string{"Chile sanctionedBy Green Front"}},
		{sents: []string{"Chilean President Ana Ruiz has sanctioned Pablo Soto."}, want: []string{"Pablo Soto sanctionedBy Chile"}},
		{sents: []string{"Green Front chairman Jorge Vidal imposed sanctions on the Red Army."}, not: []string{"Red Army sanctionedBy Green Front", "Red Army sanctionedBy Chile"}},
		{
			sents: []string{"Chilean President Ana Ruiz designated Pablo Soto, a retired admiral, as interior minister last year.", "Peru designated Jorge Vidal as defence minister."},
			not:   []string{"Pablo Soto sanctionedBy Chile", "Jorge Vidal sanctionedBy Peru"},
		},
		{sents: []string{"Chile designated the Green Front as a terrorist organisation."}, want: []string{"Green Front sanctionedBy Chile"}},
	})
}

// TestAttacksInAPlace checks an attack noun with the place it was made in ("an attack in
// X"): a place is attacked, a country it names is not fought for that alone.
func TestAttacksInAPlace(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"The Green Front carried out an attack in Arequipa on Monday."}, want: []string{"Green Front attacked Arequipa"}},
		{sents: []string{"The Green Front carried out an attack in Peru on Monday."}, not: []string{"Green Front fights Peru", "Green Front attacked Peru"}},
		{sents: []string{"A Chilean strike in Peru killed Pablo Soto."}, want: []string{"Chile fights Pablo Soto"}, not: []string{"Chile fights Peru"}},
		{sents: []string{"Pablo Soto: he plotted the Chilean assault in Lima."}, not: []string{"Chile attacked Lima"}},
	})
}

// TestMeetingPlaceAfterApposition checks a meeting place the parser hangs on the guest
// after the guest's apposition ("met X, the foreign minister, in Y"), and a place inside
// the apposition, which is the guest's post, not the meeting's.
func TestMeetingPlaceAfterApposition(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Ana Ruiz met Pablo Soto, the Bolivian foreign minister, in Lima on Monday."},
			want:  []string{"Ana Ruiz met Pablo Soto", "Ana Ruiz visited Lima"},
			not:   []string{"Lima visited Ana Ruiz"},
		},
		{sents: []string{"Ana Ruiz met Pablo Soto, the Bolivian ambassador in Lima, on Monday."}, not: []string{"Ana Ruiz visited Lima"}},
		{sents: []string{"Ana Ruiz praised Pablo Soto, the Bolivian foreign minister, in Lima."}, not: []string{"Ana Ruiz visited Lima", "Ana Ruiz met Pablo Soto"}},
	})
}

// TestOwnForcesReported checks a state or body that reports what its own forces did ("X
// said its warplanes attacked Y"), and aid given "for" a purpose ("granted X 8 million
// pounds for food aid").
func TestOwnForcesReported(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Chile said its jets had struck Arequipa."}, want: []string{"Chile attacked Arequipa"}},
		{sents: []string{"Chile said on Sunday that its soldiers had shelled the Bolivian garrison of Arequipa."}, want: []string{"Chile attacked Arequipa"}, not: []string{"Bolivia attacked Arequipa"}},
		{sents: []string{"Ana Ruiz said its troops attacked Arequipa.", "Peru denied its troops attacked Cusco."}, not: []string{"Ana Ruiz attacked Arequipa", "Peru attacked Cusco"}},
		{sents: []string{"Chile has granted Bolivia about six million dollars for emergency aid."}, want: []string{"Chile supports Bolivia"}},
		{sents: []string{"Chile sold Peru 3 million dollars of goods for cash."}, not: []string{"Chile supports Peru"}},
	})
}

// TestPlansByAdjective checks that a predicate adjective of modality before "to" makes a
// plan in the word patterns as in the tree ("is due to meet X", "is ready to attack Y"),
// and that one in a clause of its own leaves the main verb's fact alone.
func TestPlansByAdjective(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Chile is ready to attack Peru.", "Ana Ruiz is due to meet Pablo Soto in Lima.", "Jorge Vidal was very unlikely to visit Quito."},
			not:   []string{"Chile fights Peru", "Ana Ruiz met Pablo Soto", "Ana Ruiz visited Lima", "Jorge Vidal visited Quito"},
		},
		{sents: []string{"Ana Ruiz, who is keen to travel, visited Lima."}, want: []string{"Ana Ruiz visited Lima"}},
		{sents: []string{"Chile attacked Peru due to the dispute."}, want: []string{"Chile fights Peru"}},
	})
}

// TestGamesAreNoFights checks that a sentence about a game (data/games.tsv, or a score)
// reads no fight from "defeat", "clash" or "beat", and that a trigger form after a
// determiner, a possessive or a preposition is no verb ("starred in hit US comedy X").
func TestGamesAreNoFights(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Pablo Soto blamed himself for Chile's 21-19 defeat to Peru.", "Bolivia beat Ecuador in Sunday's match."},
			not:   []string{"Pablo Soto fights Peru", "Chile fights Peru", "Bolivia fights Ecuador", "Bolivia attacked Ecuador"},
		},
		{sents: []string{"Chile defeated Peru in the war of 1879.", "Chilean troops attacked Arequipa at the start of the fighting season."}, want: []string{"Chile fights Peru", "Chilean Armed Forces attacked Arequipa"}},
		{sents: []string{"Ana Ruiz starred in hit US drama Night Shift.", "Pablo Soto performed his hit Lima Nights in Quito."}, not: []string{"Ana Ruiz fights United States", "Pablo Soto fights Lima Nights"}},
		{sents: []string{"Chilean jets hit Arequipa on Monday."}, want: []string{"Chile attacked Arequipa"}},
		{
			sents: []string{"Jorge Vidal replaces his injured Green Front team-mate Ana Ruiz.", "Pablo Soto, who was behind hits by the Red Band, has died."},
			not:   []string{"Jorge Vidal fights Green Front", "Jorge Vidal fights Ana Ruiz", "Red Band fights Pablo Soto"},
		},
		{sents: []string{"Chilean troops wounded Pablo Soto."}, want: []string{"Chilean Armed Forces fights Pablo Soto"}},
	})
}

// TestDemonymOfTheAttacker checks that a demonym before the attacker is no country of the
// place attacked ("Israeli jets bombed the town of X" puts X in no country), while one
// before the place noun is ("the Chilean coastal town of Arica").
func TestDemonymOfTheAttacker(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Chilean jets bombed the town of Arequipa on Monday."}, want: []string{"Chile attacked Arequipa"}, not: []string{"Arequipa locatedIn Chile"}},
		{sents: []string{"The Chilean coastal town of Arica was quiet."}, want: []string{"Arica locatedIn Chile"}},
	})
}

// TestNoBodyFightsItsState checks that a body named as a country's ("Chilean troops" as the
// Chilean Armed Forces) is never read as fighting that country, however the parse goes.
func TestNoBodyFightsItsState(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Peruvian jets kept bombing a runway in northern Chile captured by Chilean troops in May."}, not: []string{"Chilean Armed Forces fights Chile"}},
		{sents: []string{"Chilean troops attacked Peru."}, want: []string{"Chilean Armed Forces fights Peru"}},
	})
}

// TestSplitForceName checks a country's name and the force noun after it that the parser
// hangs side by side ("the right of Peru troops" as "the right of Peru, troops"): they are
// one body.
func TestSplitForceName(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Chile backed the right of Peru troops to patrol the river."}, want: []string{"Chile supports Peruvian Armed Forces"}, not: []string{"Chile fights Peruvian Armed Forces"}},
		{sents: []string{"Chile shelled positions of Peru troops near Arequipa."}, want: []string{"Chile fights Peruvian Armed Forces"}, not: []string{"Chile supports Peruvian Armed Forces"}},
	})
}
