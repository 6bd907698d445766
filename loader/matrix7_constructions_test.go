package loader

// The seventh round of issue 11's matrix: the same constructions as the earlier rounds,
// but in sentences shaped like wire copy (datelines, quotes, 15-40 words, modifiers and
// clauses between a trigger and its arguments, other tenses and word orders), to find
// what still fails when the construction is not the whole sentence. NP-internal relations,
// lists, passives, event nouns, copulas, appositions, relative, participle and adverbial
// clauses, "in talks with", coordination on either side, and the heldout4 error
// constructions (ERRORS.md) in sentences of our own. People, bodies and sentences are made
// up; the countries and towns are real names the lexicons know, in invented events.

import "testing"

// The seventh round's construction columns, in the order the table prints them.
var matrix7Columns = []string{"npinternal", "list", "passive", "eventnoun", "copula", "apposition", "relative", "clause", "coord", "negative"}

var matrix7NPAndLists = []matrixCase{
	mc("m7-part-posswing", "npinternal", "partOf", ss("NAIROBI, March 3 (Reuters) - The Kesta Brigade, the armed wing of the Velka Movement, said on Tuesday it had pulled its fighters back from the outskirts of Gulu."),
		ss("Kesta Brigade partOf Velka Movement"), ss("Velka Movement partOf Kesta Brigade", "Kesta Brigade attacked Gulu")),
	mc("m7-loc-oldcity", "npinternal", "locatedIn", ss("Shells fell overnight on the old city of Tabora, in western Tanzania, killing at least six people, a hospital official said."),
		ss("Tabora locatedIn Tanzania"), ss("Tanzania locatedIn Tabora")),
	mc("m7-fight-possinvasion", "npinternal", "fights", ss("Diplomats said Uganda's invasion of Rwanda last spring had left the region's economy in ruins and driven thousands of families across the border."),
		ss("Uganda fights Rwanda"), ss("Rwanda fights Uganda")),
	mc("m7-part-demonymunit", "npinternal", "partOf", ss("Witnesses said soldiers of the Kenyan army's Fourth Brigade moved into the town late on Friday, hours after the rebels withdrew."),
		ss("Fourth Brigade partOf Kenya"), ss("Kenya partOf Fourth Brigade")),
	mc("m7-mem-listmember", "list", "memberOf", ss("Tomas Brekke, 54, has been a member of the Velka Movement, the Kesta Party and the Lumo Union, and now sits in parliament as an independent."),
		ss("Tomas Brekke memberOf Velka Movement", "Tomas Brekke memberOf Kesta Party", "Tomas Brekke memberOf Lumo Union"), ss("Tomas Brekke leads Velka Movement", "Kesta Party memberOf Lumo Union")),
	mc("m7-visit-listincluding", "list", "visited", ss("Rania Okoye will end a tour of the region that has taken her to several capitals, including Kampala, Kigali, Dodoma and Bujumbura, on Friday."),
		nil, ss("Kampala visited Kigali")),
	mc("m7-visit-listtravelled", "list", "visited", ss("Over the past week Rania Okoye has travelled to Kampala, Kigali and Dodoma, meeting ministers and business leaders in each capital."),
		ss("Rania Okoye visited Kampala", "Rania Okoye visited Kigali", "Rania Okoye visited Dodoma"), ss("Kampala locatedIn Kigali")),
	mc("m7-sup-listbacked", "list", "supports", ss("The Velka Movement, Western diplomats say, is backed by Uganda, Rwanda and Burundi, which deny sending it weapons."),
		ss("Uganda supports Velka Movement", "Rwanda supports Velka Movement", "Burundi supports Velka Movement"), ss("Velka Movement supports Uganda")),
	mc("m7-ally-listallies", "list", "alliedWith", ss("Kenya has formed an alliance with Uganda and Rwanda against the Kesta Brigade, whose fighters have crossed the border repeatedly this year."),
		ss("Kenya alliedWith Uganda", "Kenya alliedWith Rwanda"), ss("Kenya alliedWith Kesta Brigade", "Uganda alliedWith Kesta Brigade")),
}

var matrix7PassiveEvent = []matrixCase{
	mc("m7-att-shelledby", "passive", "attacked", ss("GULU, Uganda (Reuters) - Gulu was shelled for a third straight night by the Kesta Brigade, residents said on Thursday."),
		ss("Kesta Brigade attacked Gulu"), ss("Gulu attacked Kesta Brigade")),
	mc("m7-lead-ledbyrel", "passive", "leads", ss("The Velka Movement, which was founded in 2004 and is now led by Tomas Brekke, won 40 of the 120 seats in Sunday's election."),
		ss("Tomas Brekke leads Velka Movement"), ss("Velka Movement leads Tomas Brekke")),
	mc("m7-met-receivedby", "passive", "met", ss("Tomas Brekke was received in Kampala on Thursday by Rania Okoye, who pledged to reopen the border crossing within a month."),
		ss("Tomas Brekke met Rania Okoye", "Tomas Brekke visited Kampala"), ss("Rania Okoye visited Kampala")),
	mc("m7-fight-killedby", "passive", "fights", ss("Tomas Brekke was killed on Saturday by fighters of the Kesta Brigade near the town of Gulu, the army said in a statement."),
		ss("Kesta Brigade fights Tomas Brekke"), ss("Tomas Brekke fights Kesta Brigade")),
	mc("m7-sanc-passive", "passive", "sanctionedBy", ss("Tomas Brekke was sanctioned last year by the European Union over the crackdown on protesters in the capital."),
		ss("Tomas Brekke sanctionedBy European Union"), ss("European Union sanctionedBy Tomas Brekke")),
	mc("m7-visit-surprise", "eventnoun", "visited", ss("Kenyan President Oren Tamsu paid an unannounced two-day visit on Tuesday to Kampala, his first trip abroad since the election."),
		ss("Oren Tamsu visited Kampala"), ss("Kenya visited Kampala")),
	mc("m7-visit-tourstart", "eventnoun", "visited", ss("Rania Okoye started her five-nation tour of Africa on Sunday in Dakar, where she opened a trade fair."),
		ss("Rania Okoye visited Dakar"), nil),
	mc("m7-att-possattack", "eventnoun", "attacked", ss("The Kesta Brigade's attack on Gulu last week, the deadliest in years, killed 14 people, officials said."),
		ss("Kesta Brigade attacked Gulu"), ss("Gulu attacked Kesta Brigade")),
	mc("m7-met-talkslong", "eventnoun", "met", ss("Tomas Brekke held more than three hours of talks on Friday with Rania Okoye at a lakeside hotel outside Kisumu."),
		ss("Tomas Brekke met Rania Okoye"), nil),
	mc("m7-met-intalks", "eventnoun", "met", ss("Tomas Brekke said he had been in talks with Rania Okoye for weeks about a ceasefire in the north."),
		ss("Tomas Brekke met Rania Okoye"), nil),
	mc("m7-fight-clashedfighters", "eventnoun", "fights", ss("Kenyan troops clashed with fighters of the Kesta Brigade near the border on Wednesday, leaving at least nine dead, a military spokesman said."),
		ss("Kenyan Armed Forces fights Kesta Brigade"), ss("Kesta Brigade fights Kenyan Armed Forces")),
	mc("m7-sanc-imposedon", "eventnoun", "sanctionedBy", ss("The European Union on Monday imposed a travel ban and an asset freeze on Tomas Brekke, accusing him of rigging the vote."),
		ss("Tomas Brekke sanctionedBy European Union"), ss("European Union sanctionedBy Tomas Brekke")),
	mc("m7-sup-weaponsand", "coord", "supports", ss("Western officials say Uganda has quietly provided weapons and training to the Kesta Brigade since the war began in 2029."),
		ss("Uganda supports Kesta Brigade"), ss("Kesta Brigade supports Uganda")),
	mc("m7-sanc-banownon", "coord", "sanctionedBy", ss("The European Union imposed a ban on imports and a levy on Tomas Brekke on Friday, two diplomats said."),
		nil, ss("Tomas Brekke sanctionedBy European Union")),
	mc("m7-sanc-embargoandfreeze", "coord", "sanctionedBy", ss("BRUSSELS (Reuters) - The European Union imposed an arms embargo and a freeze on the assets of the Kesta Brigade on Monday."),
		ss("Kesta Brigade sanctionedBy European Union"), ss("European Union sanctionedBy Kesta Brigade")),
	mc("m7-sup-military", "eventnoun", "supports", ss("Uganda has provided weapons, training and money to the Kesta Brigade since 2029, according to a United Nations report."),
		ss("Uganda supports Kesta Brigade"), ss("Kesta Brigade supports Uganda")),
}

var matrix7CopulaApposition = []matrixCase{
	mc("m7-part-ispart", "copula", "partOf", ss("The Kesta Brigade, which the government calls a terrorist group, is part of the Velka Movement, a police spokesman said."),
		ss("Kesta Brigade partOf Velka Movement"), ss("Velka Movement partOf Kesta Brigade")),
	mc("m7-ally-closeallies", "copula", "alliedWith", ss("Kenya and Uganda, which have been close allies since independence, signed a new defence pact on Friday."),
		ss("Kenya alliedWith Uganda"), nil),
	mc("m7-ally-allyof", "copula", "alliedWith", ss("Uganda has long been a close ally of Rwanda, and its troops have fought alongside Rwandan forces in the east."),
		ss("Uganda alliedWith Rwanda"), nil),
	mc("m7-visit-wasinwhen", "copula", "visited", ss("Rania Okoye was in Kigali when the ceasefire collapsed, and she flew home the next morning, her aides said."),
		ss("Rania Okoye visited Kigali"), ss("Rania Okoye leads Kigali")),
	mc("m7-visit-willbein", "copula", "visited", ss("Rania Okoye will be in Kigali on Thursday for the signing of the ceasefire, her aides said."),
		nil, ss("Rania Okoye visited Kigali")),
	mc("m7-visit-notin", "copula", "visited", ss("Tomas Brekke was not in Kigali at the time of the attack, his lawyer told the court on Monday."),
		nil, ss("Tomas Brekke visited Kigali")),
	mc("m7-visit-isinhome", "copula", "visited", ss("Rwandan President Oren Tamsu is in Rwanda this week after a month of talks abroad."),
		ss("Oren Tamsu leads Rwanda"), ss("Oren Tamsu visited Rwanda")),
	mc("m7-visit-isinbody", "copula", "visited", ss("Tomas Brekke said the Velka Movement is in Kigali to open talks with the government."),
		nil, ss("Tomas Brekke visited Kigali", "Velka Movement visited Kigali")),
	mc("m7-lead-isleader", "copula", "leads", ss("Tomas Brekke, who is now the leader of the Velka Movement, spent six years in exile in Nairobi."),
		ss("Tomas Brekke leads Velka Movement"), ss("Velka Movement leads Tomas Brekke")),
	mc("m7-loc-isin", "copula", "visited", ss("Kenyan President Oren Tamsu is in Kampala for two days of talks on the pipeline, his office said."),
		ss("Oren Tamsu visited Kampala"), ss("Kenya visited Kampala")),
	mc("m7-mem-charity", "apposition", "memberOf", ss("Rania Okoye was abducted in Gulu in May, the Lumo Trust, the charity she works for, said on Thursday."),
		ss("Rania Okoye memberOf Lumo Trust"), ss("Lumo Trust memberOf Rania Okoye")),
	mc("m7-lead-firstpres", "apposition", "leads", ss("Kenya's first president and later prime minister, Oren Tamsu, died on Monday at the age of 91, the government said."),
		ss("Oren Tamsu leads Kenya"), nil),
	mc("m7-mem-counterpart", "apposition", "nationality", ss("Kenyan Foreign Minister Tomas Brekke met his Ugandan counterpart, Rania Okoye, in Kisumu on Wednesday."),
		ss("Rania Okoye nationality Uganda", "Tomas Brekke met Rania Okoye"), ss("Rania Okoye nationality Kenya")),
	mc("m7-nat-soldier", "apposition", "nationality", ss("State television quoted a Ugandan soldier, Tomas Brekke, as saying that the rebels had fled into the hills."),
		ss("Tomas Brekke nationality Uganda"), ss("Tomas Brekke leads Uganda")),
	mc("m7-mem-ownparty", "apposition", "memberOf", ss("Tomas Brekke told supporters that his new party, the Lumo Union, would contest every seat in the north."),
		ss("Tomas Brekke memberOf Lumo Union"), ss("Lumo Union memberOf Tomas Brekke")),
	mc("m7-part-faction", "apposition", "partOf", ss("Fighters of the Kesta Brigade, a breakaway faction of the Velka Movement, seized two villages near Gulu on Sunday."),
		ss("Kesta Brigade partOf Velka Movement"), ss("Velka Movement partOf Kesta Brigade")),
	mc("m7-loc-appcity", "apposition", "locatedIn", ss("Protests spread on Sunday to Mwanza, Tanzania's second-largest city, where police fired tear gas at students."),
		ss("Mwanza locatedIn Tanzania"), ss("Tanzania locatedIn Mwanza")),
}

var matrix7Clauses = []matrixCase{
	mc("m7-fight-dronethat", "relative", "fights", ss("The drone strike that killed Tomas Brekke on Sunday was carried out by Kenya, two security officials said."),
		ss("Kenya fights Tomas Brekke"), ss("Tomas Brekke fights Kenya")),
	mc("m7-fight-whichfought", "relative", "fights", ss("The Kesta Brigade, which has fought the Velka Movement for control of the north since 2029, denied the report."),
		ss("Kesta Brigade fights Velka Movement"), ss("Velka Movement fights Kesta Brigade")),
	mc("m7-lead-whochairs", "relative", "leads", ss("Rania Okoye, who chairs the Lumo Union and has twice run for president, was arrested in Kisumu on Friday."),
		ss("Rania Okoye leads Lumo Union"), ss("Lumo Union leads Rania Okoye")),
	mc("m7-mem-wholed", "relative", "memberOf", ss("Mrs Okoye, 59, who led Lumo Trust operations in Uganda for a decade, was released unharmed.", "Rania Okoye flew home on Sunday."),
		nil, ss("Rania Okoye leads Uganda")),
	mc("m7-visit-speaking", "clause", "visited", ss("Speaking in Kampala on Monday at the Velka Movement's annual conference, Tomas Brekke said the party would fight the election alone."),
		ss("Tomas Brekke visited Kampala"), ss("Velka Movement visited Kampala")),
	mc("m7-visit-speakinghe", "clause", "visited", ss("Tomas Brekke has led the Velka Movement since 2030.", "Speaking in Kampala on Monday at his party's annual conference, he said the party would fight the election alone."),
		ss("Tomas Brekke visited Kampala", "Tomas Brekke leads Velka Movement"), nil),
	mc("m7-visit-arriving", "clause", "visited", ss("Arriving in Dakar late on Sunday after a delayed flight from Paris, Rania Okoye told reporters she expected a deal within days."),
		ss("Rania Okoye visited Dakar"), nil),
	mc("m7-visit-aftermeeting", "clause", "visited", ss("After meeting Rania Okoye in Nairobi on Tuesday, Tomas Brekke flew to Kampala for talks with the Ugandan government."),
		ss("Tomas Brekke met Rania Okoye", "Tomas Brekke visited Kampala"), ss("Rania Okoye visited Kampala")),
	mc("m7-visit-beforevisiting", "clause", "visited", ss("Before visiting Uganda, Tomas Brekke made a brief stop in Kigali, where he laid a wreath at the genocide memorial."),
		ss("Tomas Brekke visited Uganda", "Tomas Brekke visited Kigali"), nil),
	mc("m7-visit-wayhome", "clause", "visited", ss("Tomas Brekke stopped in Nairobi on his way home from Kampala, his spokesman said."),
		ss("Tomas Brekke visited Kampala"), nil),
	mc("m7-visit-reducedrel", "clause", "visited", ss("Aid worker Rania Okoye, kidnapped in Gulu last year, has been freed, her family said."),
		ss("Rania Okoye visited Gulu"), nil),
	mc("m7-visit-tombof", "clause", "visited", ss("Tomas Brekke briefly visited the grave of his father in Kisumu before leaving for the airport."),
		ss("Tomas Brekke visited Kisumu"), nil),
	mc("m7-visit-memorialverb", "clause", "visited", ss("On the second day of his tour Tomas Brekke laid flowers at the memorial to the victims in Kigali before flying on to Kampala."),
		ss("Tomas Brekke visited Kampala"), ss("Kigali visited Kampala")),
	mc("m7-visit-shrineof", "clause", "visited", ss("Rania Okoye on Sunday visited the shrine of a local saint in Kisumu, where crowds had gathered since dawn."),
		ss("Rania Okoye visited Kisumu"), nil),
	mc("m7-visit-askedreturn", "clause", "visited", ss("The government has asked Ambassador Tomas Brekke to return from Kampala for consultations, the ministry said."),
		ss("Tomas Brekke visited Kampala"), nil),
	mc("m7-visit-quote", "clause", "visited", ss("\"We came to Kampala to listen,\" Rania Okoye told reporters after the meeting on Friday."),
		ss("Rania Okoye visited Kampala"), nil),
}

var matrix7CoordNegative = []matrixCase{
	mc("m7-visit-coordboth", "coord", "visited", ss("Tomas Brekke and Rania Okoye flew on Monday to Kampala and then to Kigali to press for a ceasefire."),
		ss("Tomas Brekke visited Kampala", "Rania Okoye visited Kampala", "Tomas Brekke visited Kigali"), ss("Kampala visited Kigali")),
	mc("m7-att-demonymcoord", "coord", "attacked", ss("Kenyan and Ugandan warplanes bombed rebel positions around Gulu overnight, a military source said."),
		ss("Kenya attacked Gulu", "Uganda attacked Gulu"), nil),
	mc("m7-met-coordobj", "coord", "met", ss("In Nairobi, Rania Okoye met separately with Tomas Brekke and Ingrid Solberg, but no joint statement was issued."),
		ss("Rania Okoye met Tomas Brekke", "Rania Okoye met Ingrid Solberg"), ss("Tomas Brekke met Ingrid Solberg")),
	mc("m7-fight-coordverb", "coord", "fights", ss("The Kesta Brigade ambushed a convoy and killed Tomas Brekke near Gulu on Saturday, the army said."),
		ss("Kesta Brigade fights Tomas Brekke"), ss("Tomas Brekke fights Kesta Brigade")),
	mc("m7-met-denied", "negative", "met", ss("Tomas Brekke on Monday denied reports that he had secretly met Rania Okoye in Nairobi last month."),
		nil, ss("Tomas Brekke met Rania Okoye")),
	mc("m7-visit-future", "negative", "visited", ss("Rania Okoye is expected to travel to Kampala next week for talks on the border dispute, officials said."),
		nil, ss("Rania Okoye visited Kampala")),
	mc("m7-visit-calledoff", "negative", "visited", ss("Tomas Brekke called off a planned visit to Kampala on Tuesday, citing security concerns."),
		nil, ss("Tomas Brekke visited Kampala")),
	mc("m7-fight-quoteneg", "negative", "fights", ss("\"We will never negotiate with the Kesta Brigade,\" Tomas Brekke told a rally in Kisumu."),
		nil, ss("Tomas Brekke fights Kesta Brigade", "Tomas Brekke met Kesta Brigade")),
	mc("m7-visit-rallyin", "clause", "visited", ss("\"We will never negotiate with the Kesta Brigade,\" Tomas Brekke told a rally in Kisumu."),
		ss("Tomas Brekke visited Kisumu"), ss("Kesta Brigade visited Kisumu")),
	mc("m7-met-deniedthat", "negative", "met", ss("Tomas Brekke denied on Monday that Ingrid Solberg had met Rania Okoye in Nairobi during the campaign."),
		nil, ss("Ingrid Solberg met Rania Okoye", "Rania Okoye visited Nairobi", "Ingrid Solberg visited Nairobi")),
	mc("m7-met-saidthat", "negative", "met", ss("Tomas Brekke said on Monday that Ingrid Solberg had met Rania Okoye in Nairobi during the campaign."),
		ss("Ingrid Solberg met Rania Okoye", "Rania Okoye visited Nairobi"), ss("Tomas Brekke met Rania Okoye")),
	mc("m7-sup-dismissedclaims", "negative", "supports", ss("KAMPALA (Reuters) - Uganda's foreign ministry on Tuesday dismissed claims that Uganda had armed the Kesta Brigade."),
		nil, ss("Uganda supports Kesta Brigade")),
	mc("m7-sup-confirmedreports", "negative", "supports", ss("KAMPALA (Reuters) - A senior Ugandan officer on Tuesday confirmed reports that Uganda had armed the Kesta Brigade."),
		ss("Uganda supports Kesta Brigade"), ss("Kesta Brigade supports Uganda")),
	mc("m7-ally-rejected", "negative", "alliedWith", ss("Uganda rejected an offer of an alliance with Kenya on Friday, saying it would stay neutral."),
		nil, ss("Uganda alliedWith Kenya")),
	mc("m7-sup-ifwould", "negative", "supports", ss("Uganda would back the Velka Movement only if it renounced violence, the foreign minister said."),
		nil, ss("Uganda supports Velka Movement")),
}

// matrix7KnownFailures are the seventh round's cells the loader does not read yet, with
// the reason; the test asserts that each still fails.
var matrix7KnownFailures = map[string]string{
	"m7-loc-oldcity":           "a place in an of-phrase after 'the old city' with an apposed 'in western P': the comma phrase is hung on the verb, and no template reads a place's locative apposition",
	"m7-part-demonymunit":      "'the Kenyan army's Fourth Brigade': an ordinal unit name after a demonym force's possessive is never made a mention",
	"m7-visit-tourstart":       "'started her tour of A on Sunday in P': the light verb's 'in P' is not lent to the tour, whose of-object already fills the place",
	"m7-sanc-embargoandfreeze": "'an arms embargo and a freeze on the assets of X': the shared phrase names the assets, and their holder is read only after an asset verb",
	"m7-sup-military":          "'provided weapons, training and money to X': the tree has no 'provide' support row and the word pattern needs 'weapons to' adjacent",
	"m7-part-ispart":           "a relative clause between the subject and 'is part of': the parser hangs the copula predicate on the subject as punct",
	"m7-mem-charity":           "'the Lumo Trust, the charity she works for': a relative clause with a stranded 'for' in an apposition is not read as membership",
	"m7-visit-reducedrel":      "'X, kidnapped in P last year,': a reduced relative of an abduction verb gives no presence (heldout4 ERRORS.md)",
	"m7-visit-quote":           "'\"We came to P,\" X told reporters': the quoted 'we' is not bound to the speaker",
	"m7-att-demonymcoord":      "'Kenyan and Ugandan warplanes bombed rebel positions around P': a coordinated demonym on a force noun and a place after 'around' a target noun",
	"m7-visit-rallyin":         "'told a rally in P': a speech to an audience in a place gives no presence",
}

func TestConstructionMatrix7(t *testing.T) {
	res := relMatrixResults(t, matrix7NPAndLists, matrix7PassiveEvent, matrix7CopulaApposition, matrix7Clauses, matrix7CoordNegative)
	pass, total := checkMatrix(t, res, matrix7KnownFailures, "matrix7KnownFailures")
	t.Log("\n" + matrixTable(matrixPredicates, matrix7Columns, pass, total, 12, 11))
}
