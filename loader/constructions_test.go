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
		{sents: []string{"The Chilean-led coalition has been fighting the Green Front since 2015."}, want: []string{"Chile fights Green Front"}},
		{sents: []string{"The Chilean-backed militia attacked the Green Front."}, not: []string{"Chile fights Green Front"}},
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

// TestParseRepairs checks analyses the parser gets wrong and repairParse sets right: a
// verb read as a reduced relative with an object ("Chilean aircraft bombed X"), and a
// noun and its apposition read as two subjects ("X's spokesperson, Y, said").
func TestParseRepairs(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Chilean aircraft bombed Lima."}, want: []string{"Chile attacked Lima"}},
		{
			sents: []string{"Chilean helicopters and tanks shelled positions of the Peruvian security forces near Tacna."},
			want:  []string{"Chile fights Peruvian security forces"},
		},
		{sents: []string{"Chilean helicopters and tanks shelled Green Front positions near Tacna."}, want: []string{"Chile fights Green Front"}},
		{sents: []string{"Iran-backed militias in Lima."}, not: []string{"Iran fights Lima", "Iran attacked Lima"}},
		{
			sents: []string{"The Green Front's Pablo Soto said the talks failed."},
			want:  []string{"Pablo Soto memberOf Green Front"},
			not:   []string{"Green Front memberOf Pablo Soto"},
		},
		{
			sents: []string{"President Ana Ruiz's spokesperson, Pablo Soto, said nothing."},
			want:  []string{"Pablo Soto reportsTo Ana Ruiz"},
		},
		{
			sents: []string{"Ana Ruiz attacked Pablo Soto for failing to act on prices."},
			not:   []string{"Ana Ruiz fights Pablo Soto"},
		},
	})
}

// TestPlaceByApposition checks a name no lexicon knows that an apposition makes a place
// ("X, a port city near Y"), and one it does not ("a city council").
func TestPlaceByApposition(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Chilean aircraft bombed Arica, a port city near Lima."}, want: []string{"Chile attacked Arica"}},
		{
			sents: []string{"Chilean aircraft bombed Arica, a town in northern Peru."},
			want:  []string{"Chile attacked Arica", "Arica locatedIn Peru"},
		},
	})
}

func TestRepairParseKeepsInput(t *testing.T) {
	in := []node{
		{Form: "Chilean", UPOS: "ADJ", XPOS: "JJ", Head: 1, Rel: "amod"},
		{Form: "aircraft", UPOS: "NOUN", XPOS: "NN", Head: -1, Rel: "root"},
		{Form: "bombed", UPOS: "VERB", XPOS: "VBN", Head: 1, Rel: "acl"},
		{Form: "Lima", UPOS: "PROPN", XPOS: "NNP", Head: 2, Rel: "obj"},
		{Form: ".", UPOS: "PUNCT", XPOS: ".", Head: 1, Rel: "punct"},
	}
	out := repairParse(in)
	if in[2].Rel != "acl" || in[1].Head != -1 {
		t.Errorf("repairParse changed its input: %+v", in)
	}
	if out[2].Head != -1 || out[1].Head != 2 || out[1].Rel != "nsubj" || out[4].Head != 2 {
		t.Errorf("verbless root not repaired: %+v", out)
	}
}

// TestOccasionPhrases checks a visit or a meeting named in a phrase of time or occasion:
// its agent is the subject of the clause or the name the phrase describes; a gerund's
// clause ("after missing the tour") and an attack give nothing.
func TestOccasionPhrases(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"During a visit to Lima, Pablo Soto said nothing."}, want: []string{"Pablo Soto visited Lima"}},
		{sents: []string{"Pablo Soto, on a visit to Lima, said nothing."}, want: []string{"Pablo Soto visited Lima"}},
		{sents: []string{"After talks with Ana Ruiz, Pablo Soto said nothing."}, want: []string{"Ana Ruiz met Pablo Soto"}},
		{
			sents: []string{"Ana Ruiz welcomed Pablo Soto to Lima."},
			want:  []string{"Ana Ruiz met Pablo Soto", "Pablo Soto visited Lima"},
			not:   []string{"Ana Ruiz visited Lima"},
		},
		{
			sents: []string{"During Ana Ruiz's visit to Lima, Pablo Soto said nothing."},
			want:  []string{"Ana Ruiz visited Lima"},
			not:   []string{"Pablo Soto visited Lima"},
		},
		{sents: []string{"After missing out on the tour to Lima, Pablo Soto said nothing."}, not: []string{"Pablo Soto visited Lima"}},
		{sents: []string{"During the attack on Lima, Pablo Soto was wounded."}, not: []string{"Pablo Soto attacked Lima"}},
	})
}

// TestCoordinatedDescriptions checks a lower-case title coordinated with a description
// before the name both describe ("FBI agent and terrorism specialist X"), and the words
// after "and" that name someone else ("the minister and his wife X", "member and son of X").
func TestCoordinatedDescriptions(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Retired FBI agent and terrorism specialist Pablo Soto told NPR the plan failed."}, want: []string{"Pablo Soto memberOf Federal Bureau of Investigation"}},
		{sents: []string{"Green Front member and activist Pablo Soto said nothing."}, want: []string{"Pablo Soto memberOf Green Front"}},
		{sents: []string{"The Chilean minister and his wife Ana Ruiz arrived."}, not: []string{"Ana Ruiz memberOf Chile"}},
		{
			sents: []string{"Pablo Soto, the senior Green Front member and son of Tomas Soto, spoke.", "Tomas Soto arrived."},
			not:   []string{"Tomas Soto memberOf Green Front"},
		},
	})
}

// TestPlacesIntroduced checks a place introduced by the noun of its kind with its
// country's possessor or demonym ("Peru's capital Lima", "the Chilean city of Arica"), an
// apposition without article (", capital of Y province") and "in Y province"; "in Lima"
// said of an event places nothing.
func TestPlacesIntroduced(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Fighting continued in Peru's capital Lima on Monday."}, want: []string{"Lima locatedIn Peru"}},
		{sents: []string{"Fighting continued in the Peruvian capital Lima on Monday."}, want: []string{"Lima locatedIn Peru"}},
		{sents: []string{"The Chilean city of Arica was quiet."}, want: []string{"Arica locatedIn Chile"}},
		{sents: []string{"Chile's northern port of Arica was quiet."}, want: []string{"Arica locatedIn Chile"}},
		{sents: []string{"Fighting continued in Arica, capital of Tarapaca province, on Monday."}, want: []string{"Arica locatedIn Tarapaca"}},
		{sents: []string{"Fighting continued in Arica in Tarapaca province."}, want: []string{"Arica locatedIn Tarapaca"}},
		{sents: []string{"The Peruvian envoy in Lima met Ana Ruiz in Arica."}, not: []string{"Arica locatedIn Peru", "Lima locatedIn Arica"}},
		{sents: []string{"Ana Ruiz met Pablo Soto in Arica in Lima's old town."}, not: []string{"Arica locatedIn Lima"}},
	})
}

// TestStateBodies checks bodies a state owns by the words before or in their name: "the
// Chilean state oil company X", "Chile's state news agency X", "the Royal Chilean Air
// Force"; a company with a demonym alone is no state's.
func TestStateBodies(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"The Chilean state oil company Petrochil said nothing."}, want: []string{"Petrochil partOf Chile"}},
		{sents: []string{"Chile's state news agency Chilenews said nothing."}, want: []string{"Chilenews partOf Chile"}},
		{sents: []string{"The Royal Chilean Air Force bombed Lima."}, want: []string{"Royal Chilean Air Force partOf Chile"}},
		{sents: []string{"The Royal Thai Navy said nothing."}, want: []string{"Royal Thai Navy partOf Thailand"}},
		{sents: []string{"The Chilean oil company Petrochil said nothing."}, not: []string{"Petrochil partOf Chile"}},
	})
}

// TestBodiesOfTitles checks a single unknown word that a title only a body has makes a
// body ("CEO of Petrochil", "Petrochil founder Ana Ruiz"), and the phrases where the word
// only begins the body's name ("chairman of the Petrochil audit committee").
func TestBodiesOfTitles(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Pablo Soto, CEO of Petrochil, said nothing."}, want: []string{"Pablo Soto leads Petrochil"}},
		{sents: []string{"Pablo Soto, the managing director of Petrochil, said nothing."}, want: []string{"Pablo Soto leads Petrochil"}},
		{sents: []string{"Petrochil founder Ana Ruiz said nothing."}, want: []string{"Ana Ruiz memberOf Petrochil"}},
		{sents: []string{"Pablo Soto, chairman of the Petrochil audit committee, said nothing."}, not: []string{"Pablo Soto leads Petrochil"}},
		{sents: []string{"Pablo Soto, the mayor of Tacna, said nothing."}, not: []string{"Pablo Soto leads Tacna", "Pablo Soto memberOf Tacna"}},
		{
			sents: []string{"Silver Vale's economics spokesman Pablo Soto said nothing."},
			not:   []string{"Pablo Soto reportsTo Silver Vale"},
		},
		{sents: []string{"Silver Vale chairman Pablo Soto said nothing."}, want: []string{"Pablo Soto leads Silver Vale"}},
		{sents: []string{"Dark Night director Pablo Soto won an award."}, not: []string{"Pablo Soto leads Dark Night"}},
	})
}

// TestVictimsPlaced checks that a person killed, captured or arrested in a place was there,
// in either voice ("A bombing killed X in the port town of Y", "is reported to have
// killed X in Y"); a body killed somewhere visits nothing, and a plan states nothing.
func TestVictimsPlaced(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"A bombing yesterday killed Chilean TV photojournalist Pablo Soto in the Pacific port town of Arica, Chile."}, want: []string{"Pablo Soto visited Arica"}, not: []string{"Pablo Soto visited Pacific"}},
		{sents: []string{"A bombing was reported to have killed Pablo Soto in Lima."}, want: []string{"Pablo Soto visited Lima"}},
		{sents: []string{"Chilean forces captured Pablo Soto in Lima."}, want: []string{"Pablo Soto visited Lima", "Chile fights Pablo Soto"}},
		{sents: []string{"Chile killed forty Peruvian soldiers in Tacna."}, not: []string{"Peruvian Armed Forces visited Tacna"}},
		{sents: []string{"The Green Front is to kill Pablo Soto in Lima."}, not: []string{"Pablo Soto visited Lima"}},
	})
}

// TestPartitivePredicates checks a relational noun in a partitive after a copula ("X is
// one of three wings of Y").
func TestPartitivePredicates(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"The Green Front is one of three wings of the Red Brigade."}, want: []string{"Green Front partOf Red Brigade"}},
		{sents: []string{"Pablo Soto is one of the members of the Green Front."}, want: []string{"Pablo Soto memberOf Green Front"}},
		{sents: []string{"The Green Front is not one of the wings of the Red Brigade."}, not: []string{"Green Front partOf Red Brigade"}},
	})
}

// TestCoordinatedTitles checks two titles coordinated after a possessor before the name
// they both describe, and a coordinated noun that is no title ("his wife").
func TestCoordinatedTitles(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Peru's first president and later prime minister, Pablo Soto, died on Monday."}, want: []string{"Pablo Soto leads Peru"}},
		{sents: []string{"The Green Front's founder and leader, Pablo Soto, spoke."}, want: []string{"Pablo Soto leads Green Front"}},
		{sents: []string{"Peru's president and his wife, Ana Ruiz, arrived."}, not: []string{"Ana Ruiz leads Peru"}},
	})
}

// TestRolesThatNameNoOne checks that a role whose phrase names no mention gives way to
// the next ("fired shells at targets in Y" with "in Y" on the verb), that a reported clause
// before "witnesses said" keeps its subject, and that a conjunct across the trigger is no
// part of its argument.
func TestRolesThatNameNoOne(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Chilean tanks fired four shells at targets in Lima."}, want: []string{"Chile attacked Lima"}, not: []string{"Chile fights Peru"}},
		{
			sents: []string{"Chilean tanks fired four shell bombs at targets in Lima, witnesses said, in a rare incident in the Peruvian capital."},
			want:  []string{"Chile attacked Lima"},
			not:   []string{"Chile fights Peru"},
		},
		{
			sents: []string{"The project was conducted jointly by the Green Institute in Lima, which is part of the Red University, and the Blue Centre of Quito."},
			want:  []string{"Green Institute partOf Red University"},
			not:   []string{"Blue Centre partOf Red University"},
		},
	})
}

// TestVerblessSentences checks a sentence the tagger left without a verb, its past tense
// tagged an adjective ("Peruvian rebels wounded two Chilean soldiers"), and guerrillas as
// the rebels they are; an adjective before its noun stays one.
func TestVerblessSentences(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Peruvian rebels wounded two Chilean soldiers."}, want: []string{"rebels fights Chilean Armed Forces"}},
		{sents: []string{"Peruvian guerrillas wounded two Chilean soldiers in a bomb attack."}, want: []string{"rebels fights Chilean Armed Forces"}},
		{sents: []string{"Wounded Chilean soldiers in Lima."}, not: []string{"Chilean Armed Forces visited Lima"}},
	})
}

// TestMeetingsAdded checks meetings named by a meal or a summit, a greeting and a
// handshake (with an irregular past the lemmatiser may not know).
func TestMeetingsAdded(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Ana Ruiz had lunch with Pablo Soto in Lima."}, want: []string{"Ana Ruiz met Pablo Soto"}},
		{sents: []string{"Ana Ruiz attended a summit with Pablo Soto."}, want: []string{"Ana Ruiz met Pablo Soto"}},
		{sents: []string{"Ana Ruiz was greeted by Pablo Soto at the airport."}, want: []string{"Ana Ruiz met Pablo Soto"}},
		{sents: []string{"Ana Ruiz shook hands with Pablo Soto."}, want: []string{"Ana Ruiz met Pablo Soto"}},
		{sents: []string{"Ana Ruiz did not shake hands with Pablo Soto."}, not: []string{"Ana Ruiz met Pablo Soto"}},
	})
}

// TestPronounGender checks that a pronoun skips the last person when a title gives that
// person the other gender.
func TestPronounGender(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Mr Pablo Soto met Mrs Ana Ruiz in Lima.", "He later travelled to Quito."},
			want:  []string{"Pablo Soto visited Quito"},
			not:   []string{"Ana Ruiz visited Quito"},
		},
		{
			sents: []string{"Mrs Ana Ruiz met Mr Pablo Soto in Lima.", "She later travelled to Quito."},
			want:  []string{"Ana Ruiz visited Quito"},
			not:   []string{"Pablo Soto visited Quito"},
		},
	})
}

// TestBans checks a ban imposed on a person or body as a sanction, through a light verb
// the lemmatiser may miss ("imposed"); a ban lifted, denied or on no one gives nothing.
func TestBans(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"The United Nations Security Council imposed a travel ban on Pablo Soto."}, want: []string{"Pablo Soto sanctionedBy United Nations Security Council"}},
		{sents: []string{"Chile did not impose a ban on the Green Front."}, not: []string{"Green Front sanctionedBy Chile"}},
		{sents: []string{"Ana Ruiz endorsed her former rival, Pablo Soto."}, want: []string{"Ana Ruiz supports Pablo Soto"}},
		{sents: []string{"Chile lifted its ban on the Green Front."}, not: []string{"Green Front sanctionedBy Chile"}},
	})
}

// TestOpeningTrigger checks a trigger that opens the sentence, capitalised and so first
// taken for a name ("Fighting between A and B continued").
func TestOpeningTrigger(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Fighting between the Green Front and the Red Brigade continued."}, want: []string{"Green Front fights Red Brigade", "Red Brigade fights Green Front"}},
	})
}

// TestBodyAfterArticle checks a body's name after "a" that modifies one of its members
// ("a Red Brigade suicide bomber"), and one that names a kind ("a Terrorist
// Organization").
func TestBodyAfterArticle(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"A Red Brigade suicide bomber killed Pablo Soto."}, want: []string{"Red Brigade fights Pablo Soto"}},
		{sents: []string{"Pablo Soto, a Red Brigade spokesman, said nothing."}, want: []string{"Pablo Soto memberOf Red Brigade"}},
		{sents: []string{"Peru called the Green Front a Terrorist Organization."}, not: []string{"Green Front partOf Terrorist Organization"}},
	})
}

// TestFieldTitles checks a leader's title headed by the field it leads in its body: a post
// in the body, not its head ("Chile's intelligence chief X"); a title with no field leads.
func TestFieldTitles(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Chile's intelligence chief Pablo Soto said nothing."},
			want:  []string{"Pablo Soto memberOf Chile"},
			not:   []string{"Pablo Soto leads Chile"},
		},
		{
			sents: []string{"Pablo Soto, the Green Front's marketing manager, said nothing."},
			not:   []string{"Pablo Soto leads Green Front"},
		},
		{sents: []string{"Chile's president Pablo Soto said nothing."}, want: []string{"Pablo Soto leads Chile"}},
	})
}

// TestRepairAsyndeticApposition checks, on trees written by hand, that a conjunct with no
// conjunction set off by commas becomes an apposition (of the noun, or of the verb's
// object before the comma), that a possessive pronoun read as an object becomes the
// determiner of the object after it, and that lists and indirect objects keep their reading.
func TestRepairAsyndeticApposition(t *testing.T) {
	n := func(form, upos string, head int, rel string) node {
		return node{Form: form, UPOS: upos, Head: head, Rel: rel}
	}
	tests := []struct {
		name  string
		in    []node
		check func(out []node) bool
	}{{
		name: "a subject's phrase between commas",
		in: []node{ // The Front, an ally of Lima, fired.
			n("The", "DET", 1, "det"), n("Front", "PROPN", 8, "nsubj"), n(",", "PUNCT", 4, "punct"),
			n("an", "DET", 4, "det"), n("ally", "NOUN", 1, "conj"), n("of", "ADP", 6, "case"),
			n("Lima", "PROPN", 4, "nmod"), n(",", "PUNCT", 8, "punct"), n("fired", "VERB", -1, "root"),
			n(".", "PUNCT", 8, "punct"),
		},
		check: func(out []node) bool { return out[4].Head == 1 && out[4].Rel == "appos" },
	}, {
		name: "a name after the object, hung on the verb",
		in: []node{ // Ruiz endorsed her rival, Soto.
			n("Ruiz", "PROPN", 1, "nsubj"), n("endorsed", "VERB", -1, "root"), n("her", "PRON", 1, "obj"),
			n("rival", "NOUN", 1, "obl:unmarked"), n(",", "PUNCT", 5, "punct"), n("Soto", "PROPN", 1, "conj"),
			n(".", "PUNCT", 1, "punct"),
		},
		check: func(out []node) bool {
			return out[2].Head == 3 && out[2].Rel == "nmod:poss" && out[3].Rel == "obj" && out[5].Head == 3 && out[5].Rel == "appos"
		},
	}, {
		name: "a list keeps its conjuncts",
		in: []node{ // Lima, Quito and Cusco voted.
			n("Lima", "PROPN", 5, "nsubj"), n(",", "PUNCT", 2, "punct"), n("Quito", "PROPN", 0, "conj"),
			n("and", "CCONJ", 4, "cc"), n("Cusco", "PROPN", 0, "conj"), n("voted", "VERB", -1, "root"),
		},
		check: func(out []node) bool { return out[2].Rel == "conj" && out[4].Rel == "conj" },
	}, {
		name: "an indirect object keeps its reading",
		in: []node{ // Ruiz gave her flowers.
			n("Ruiz", "PROPN", 1, "nsubj"), n("gave", "VERB", -1, "root"), n("her", "PRON", 1, "iobj"),
			n("flowers", "NOUN", 1, "obj"), n(".", "PUNCT", 1, "punct"),
		},
		check: func(out []node) bool { return out[2].Head == 1 && out[2].Rel == "iobj" },
	}}
	for _, tt := range tests {
		if out := repairParse(tt.in); !tt.check(out) {
			t.Errorf("%s: %+v", tt.name, out)
		}
	}
}

// TestSellerNotOwner checks that the possessor of what a verb of handing over takes as
// object owned it before: the verb's subject is the agent ("X sold Y's weapons to Z");
// and that a body's "arm" (a unit) is no arms.
func TestSellerNotOwner(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Chile has sold Peru's surplus weapons to the Green Front."},
			want:  []string{"Chile supports Green Front"},
			not:   []string{"Peru supports Green Front"},
		},
		{sents: []string{"Chile agreed to sell Peru's old warplanes to Bolivia."}, not: []string{"Peru supports Bolivia"}},
		{sents: []string{"Chile quietly shipped Peru's rifles to the Green Front."}, not: []string{"Peru supports Green Front"}},
		{sents: []string{"Peru's weapons reached the Green Front."}, not: []string{"Chile supports Green Front"}},
		{sents: []string{"Chile sold Peru's mining arm to Bolivia in 2019."}, not: []string{"Chile supports Bolivia", "Peru supports Bolivia"}},
		{sents: []string{"Chile sold arms to the Green Front."}, want: []string{"Chile supports Green Front"}},
	})
}
