package loader

// The fifth round of issue 11's matrix: the structure between a trigger and its
// arguments that blind news still breaks, read on the parse. Participle clauses that
// take the main clause's subject (after a time phrase, "prompting", "after meeting",
// "having met"), lists of several names under one trigger ("including A, B, C and D",
// "such as", "among them", "members include"), passives with phrases between the verb
// and its agent, event nouns with their arguments ("X's invasion of Y", "paid a visit on
// Monday to Y", "the drone strike that killed X"), copulas and predicate nominals ("is
// part of", "are close allies", "is one of three wings of", "remains Y's closest ally")
// and relations inside a noun phrase ("Uganda's elite Airborne Brigade", "the old city of
// Y", "the Ghanaian embassy in Kampala"). People, bodies and sentences are made up; the
// countries and towns are real names the lexicons know, in invented events.

import "testing"

// The fifth round's construction columns, in the order the table prints them.
var matrix5Columns = []string{"participle", "list", "passive", "eventnoun", "copula", "npinternal"}

var matrix5Participle = []matrixCase{
	mc("m5-fight-killing", "participle", "fights", ss("Kesta Brigade fighters fought Ugandan troops near Gulu on Sunday, killing 12 soldiers."),
		ss("Kesta Brigade fights Ugandan Armed Forces"), ss("Ugandan Armed Forces fights Kesta Brigade", "Kesta Brigade attacked Gulu")),
	mc("m5-fight-onsunday", "participle", "fights", ss("The Kesta Brigade fought on Sunday against the Sabo Front, killing 12 fighters."),
		ss("Kesta Brigade fights Sabo Front"), ss("Sabo Front fights Kesta Brigade")),
	mc("m5-met-ontuesday", "participle", "met", ss("Rania Okoye met on Tuesday with Henrik Vesterlund, saying the talks went well."),
		ss("Rania Okoye met Henrik Vesterlund"), nil),
	mc("m5-fight-killnamed", "participle", "fights", ss("Ugandan forces shelled Tabora on Sunday, killing Sunil Prakash."),
		ss("Uganda attacked Tabora", "Uganda fights Sunil Prakash"), ss("Tabora fights Sunil Prakash")),
	mc("m5-fight-prompting", "participle", "fights", ss("The Velka Movement attacked the Morane Council on Monday, prompting Uganda to close its border."),
		ss("Velka Movement fights Morane Council"), ss("Uganda fights Morane Council", "Uganda fights Velka Movement")),
	mc("m5-att-killing", "participle", "attacked", ss("Velka Movement rebels shelled Tabora on Sunday, killing 12 civilians."),
		ss("Velka Movement attacked Tabora"), nil),
	mc("m5-att-prompting", "participle", "attacked", ss("The Kesta Brigade shelled Tabora, prompting Uganda to send troops."),
		ss("Kesta Brigade attacked Tabora"), ss("Uganda attacked Tabora")),
	mc("m5-met-after", "participle", "met", ss("After meeting Amara Diallo, Tomas Brekke flew to Gulu."),
		ss("Tomas Brekke met Amara Diallo", "Tomas Brekke visited Gulu"), ss("Amara Diallo visited Gulu")),
	mc("m5-met-having", "participle", "met", ss("Having met Amara Diallo in Gulu, Tomas Brekke left for Tabora."),
		ss("Tomas Brekke met Amara Diallo", "Tomas Brekke visited Gulu"), ss("Amara Diallo visited Tabora")),
	mc("m5-met-meeting", "participle", "met", ss("Rania Okoye flew to Gulu on Monday, meeting Henrik Vesterlund."),
		ss("Rania Okoye met Henrik Vesterlund", "Rania Okoye visited Gulu"), nil),
	mc("m5-vis-visiting", "participle", "visited", ss("Tomas Brekke, visiting Gulu on Monday, met Amara Diallo."),
		ss("Tomas Brekke visited Gulu", "Tomas Brekke met Amara Diallo"), nil),
	mc("m5-vis-speaking", "participle", "visited", ss("Speaking in Gulu on Monday at his party's annual conference, Tomas Brekke said the vote would go ahead."),
		ss("Tomas Brekke visited Gulu"), nil),
	mc("m5-sup-backedopen", "participle", "supports", ss("Backed by Uganda, the Velka Movement attacked Tabora."),
		ss("Uganda supports Velka Movement", "Velka Movement attacked Tabora"), ss("Uganda attacked Tabora")),
	mc("m5-att-backedmid", "participle", "attacked", ss("Fighters of the Velka Movement, backed by Uganda and Kenya, attacked Gulu."),
		ss("Velka Movement attacked Gulu", "Uganda supports Velka Movement", "Kenya supports Velka Movement"), ss("Uganda attacked Gulu", "Kenya attacked Gulu")),
	mc("m5-sanc-citing", "participle", "sanctionedBy", ss("Uganda sanctioned the Velka Movement on Monday, citing abuses by Sunil Prakash."),
		ss("Velka Movement sanctionedBy Uganda"), ss("Sunil Prakash sanctionedBy Uganda")),
}

var matrix5List = []matrixCase{
	mc("m5-sup-including", "list", "supports", ss("Uganda arms militias in several countries, including the Velka Movement, the Kesta Brigade, the Morane Council and the Sabo Front."),
		ss("Uganda supports Velka Movement", "Uganda supports Kesta Brigade", "Uganda supports Morane Council", "Uganda supports Sabo Front"),
		ss("Velka Movement supports Kesta Brigade", "Morane Council supports Sabo Front")),
	mc("m5-sup-groups", "list", "supports", ss("Uganda backs several groups, including the Velka Movement and the Sabo Front."),
		ss("Uganda supports Velka Movement", "Uganda supports Sabo Front"), ss("Velka Movement supports Sabo Front")),
	mc("m5-sup-suchas", "list", "supports", ss("Uganda funds armed groups such as the Velka Movement, the Kesta Brigade and the Sabo Front."),
		ss("Uganda supports Velka Movement", "Uganda supports Kesta Brigade", "Uganda supports Sabo Front"), ss("Kesta Brigade supports Sabo Front")),
	mc("m5-sup-among", "list", "supports", ss("Uganda backs several groups, among them the Velka Movement, the Kesta Brigade and the Sabo Front."),
		ss("Uganda supports Velka Movement", "Uganda supports Kesta Brigade", "Uganda supports Sabo Front"), ss("Velka Movement supports Sabo Front")),
	mc("m5-sup-subjects", "list", "supports", ss("Uganda, Ghana and Kenya back the Velka Movement."),
		ss("Uganda supports Velka Movement", "Ghana supports Velka Movement", "Kenya supports Velka Movement"), ss("Uganda supports Ghana")),
	mc("m5-fight-objects", "list", "fights", ss("The Kesta Brigade has fought Uganda, Ghana and Kenya."),
		ss("Kesta Brigade fights Uganda", "Kesta Brigade fights Ghana", "Kesta Brigade fights Kenya"), ss("Uganda fights Ghana")),
	mc("m5-sup-alongwith", "list", "supports", ss("Uganda, along with Ghana, supports the Velka Movement."),
		ss("Uganda supports Velka Movement", "Ghana supports Velka Movement"), ss("Uganda supports Ghana", "Uganda alliedWith Ghana")),
	mc("m5-met-togetherwith", "list", "met", ss("Rania Okoye, together with Amara Diallo, met Henrik Vesterlund."),
		ss("Rania Okoye met Henrik Vesterlund", "Amara Diallo met Henrik Vesterlund"), nil),
	mc("m5-sup-unlike", "list", "supports", ss("Uganda, unlike Ghana, supports the Velka Movement."),
		ss("Uganda supports Velka Movement"), ss("Ghana supports Velka Movement")),
	mc("m5-sup-supportof", "list", "supports", ss("The Velka Movement has the support of Uganda, Ghana and Kenya."),
		ss("Uganda supports Velka Movement", "Ghana supports Velka Movement", "Kenya supports Velka Movement"), ss("Velka Movement supports Uganda")),
	mc("m5-sup-nosupportof", "list", "supports", ss("The Velka Movement does not have the support of Uganda."),
		nil, ss("Uganda supports Velka Movement", "Velka Movement supports Uganda")),
	mc("m5-mem-list", "list", "memberOf", ss("Odile Ferrand is a member of the Morane Council, the Velka Movement and the Sabo Front."),
		ss("Odile Ferrand memberOf Morane Council", "Odile Ferrand memberOf Velka Movement", "Odile Ferrand memberOf Sabo Front"),
		ss("Morane Council partOf Velka Movement", "Velka Movement partOf Sabo Front")),
	mc("m5-mem-applist", "list", "memberOf", ss("Odile Ferrand, a member of the Morane Council, the Velka Movement and the Sabo Front, resigned."),
		ss("Odile Ferrand memberOf Morane Council", "Odile Ferrand memberOf Velka Movement", "Odile Ferrand memberOf Sabo Front"),
		ss("Morane Council partOf Velka Movement")),
	mc("m5-mem-notinclude", "list", "memberOf", ss("Members of the Morane Council no longer include Odile Ferrand."),
		nil, ss("Odile Ferrand memberOf Morane Council")),
	mc("m5-mem-include", "list", "memberOf", ss("Members of the Morane Council include Odile Ferrand, Bakari Mwinyi and Rania Okoye."),
		ss("Odile Ferrand memberOf Morane Council", "Bakari Mwinyi memberOf Morane Council", "Rania Okoye memberOf Morane Council"),
		ss("Odile Ferrand met Bakari Mwinyi", "Odile Ferrand leads Morane Council")),
}

var matrix5Passive = []matrixCase{
	mc("m5-lead-ledby", "passive", "leads", ss("The Velka Movement was led by Sunil Prakash."),
		ss("Sunil Prakash leads Velka Movement"), ss("Sunil Prakash commands Velka Movement")),
	mc("m5-cmd-ledby", "passive", "leads", ss("The Kesta Brigade is led by Sunil Prakash, a former army officer."),
		ss("Sunil Prakash commands Kesta Brigade"), ss("Sunil Prakash leads Kesta Brigade")),
	mc("m5-att-shelledby", "passive", "attacked", ss("Tabora was shelled by Velka Movement rebels on Monday."),
		ss("Velka Movement attacked Tabora"), nil),
	mc("m5-att-overnight", "passive", "attacked", ss("Gulu was heavily shelled overnight by the Kesta Brigade."),
		ss("Kesta Brigade attacked Gulu"), nil),
	mc("m5-fight-attackedby", "passive", "fights", ss("Ugandan troops were attacked by the Kesta Brigade on Monday in Gulu."),
		ss("Kesta Brigade fights Ugandan Armed Forces"), ss("Ugandan Armed Forces fights Kesta Brigade")),
	mc("m5-fight-attackedby2", "passive", "fights", ss("The Sabo Front was attacked by the Kesta Brigade on Monday in Gulu."),
		ss("Kesta Brigade fights Sabo Front"), ss("Sabo Front fights Kesta Brigade")),
	mc("m5-att-claimedby", "passive", "attacked", ss("The attack on Gulu was claimed by the Velka Movement."),
		ss("Velka Movement attacked Gulu"), nil),
	mc("m5-att-claimedreport", "passive", "attacked", ss("Police claimed the attack on Gulu was staged."),
		nil, ss("Police attacked Gulu")),
	mc("m5-sup-backedby", "passive", "supports", ss("The Velka Movement is backed by Uganda and Kenya."),
		ss("Uganda supports Velka Movement", "Kenya supports Velka Movement"), ss("Velka Movement supports Uganda")),
	mc("m5-sanc-by", "passive", "sanctionedBy", ss("The Velka Movement was sanctioned by the European Union on Monday."),
		ss("Velka Movement sanctionedBy European Union"), nil),
	mc("m5-met-receivedby", "passive", "met", ss("Amara Diallo was received on Monday in Gulu by Tomas Brekke."),
		ss("Tomas Brekke met Amara Diallo"), ss("Tomas Brekke visited Gulu")),
}

var matrix5EventNoun = []matrixCase{
	mc("m5-fight-invasion", "eventnoun", "fights", ss("Uganda's invasion of Ghana began in May."),
		ss("Uganda fights Ghana"), ss("Ghana fights Uganda")),
	mc("m5-fight-invasionby", "eventnoun", "fights", ss("The invasion of Ghana by Uganda began in May."),
		ss("Uganda fights Ghana"), ss("Ghana fights Uganda")),
	mc("m5-vis-surprise", "eventnoun", "visited", ss("Rania Okoye paid a surprise visit on Monday to Gulu."),
		ss("Rania Okoye visited Gulu"), nil),
	mc("m5-vis-trip", "eventnoun", "visited", ss("Rania Okoye made an unannounced trip on Monday to Gulu."),
		ss("Rania Okoye visited Gulu"), nil),
	mc("m5-vis-started", "eventnoun", "visited", ss("Rania Okoye started the tour on Sunday in Gulu."),
		ss("Rania Okoye visited Gulu"), nil),
	mc("m5-vis-ended", "eventnoun", "visited", ss("Rania Okoye ended the tour on Friday in Tabora."),
		ss("Rania Okoye visited Tabora"), nil),
	mc("m5-vis-willend", "eventnoun", "visited", ss("Rania Okoye will end the tour in Tabora."),
		nil, ss("Rania Okoye visited Tabora")),
	mc("m5-fight-drone", "eventnoun", "fights", ss("Ghana condemned the Ugandan drone strike that killed Sunil Prakash."),
		ss("Uganda fights Sunil Prakash"), ss("Ghana fights Sunil Prakash")),
	mc("m5-fight-diedin", "eventnoun", "fights", ss("Sunil Prakash died on Monday in a Ugandan drone strike near Gulu."),
		ss("Uganda fights Sunil Prakash"), ss("Gulu fights Sunil Prakash")),
	mc("m5-fight-diedincountry", "eventnoun", "fights", ss("Sunil Prakash died in Uganda."),
		nil, ss("Uganda fights Sunil Prakash")),
	mc("m5-att-airstrike", "eventnoun", "attacked", ss("A Ugandan air strike hit Tabora on Monday."),
		ss("Uganda attacked Tabora"), nil),
	mc("m5-att-siegeby", "eventnoun", "attacked", ss("The siege of Gulu by the Kesta Brigade continued."),
		ss("Kesta Brigade attacked Gulu"), nil),
	mc("m5-att-siegecondemned", "eventnoun", "attacked", ss("Uganda condemned the siege of Gulu."),
		nil, ss("Uganda attacked Gulu")),
	mc("m5-met-intalks", "eventnoun", "met", ss("Officials said Rania Okoye remained in talks with Henrik Vesterlund on Friday."),
		ss("Rania Okoye met Henrik Vesterlund"), ss("Officials met Henrik Vesterlund")),
	mc("m5-vis-welcomedto", "eventnoun", "visited", ss("Henrik Vesterlund welcomed Rania Okoye to Gulu on Monday."),
		ss("Henrik Vesterlund met Rania Okoye", "Rania Okoye visited Gulu"), ss("Henrik Vesterlund visited Gulu")),
	mc("m5-met-possontime", "eventnoun", "met", ss("Rania Okoye's meeting on Monday with Henrik Vesterlund lasted an hour."),
		ss("Rania Okoye met Henrik Vesterlund"), nil),
	mc("m5-met-posscancel", "eventnoun", "met", ss("Rania Okoye's meeting on Monday with Henrik Vesterlund was cancelled."),
		nil, ss("Rania Okoye met Henrik Vesterlund")),
	mc("m5-vis-onavisit", "eventnoun", "visited", ss("Rania Okoye is on a three-day visit to Gulu."),
		ss("Rania Okoye visited Gulu"), nil),
	mc("m5-vis-notonavisit", "eventnoun", "visited", ss("Rania Okoye will be on a visit to Gulu next week."),
		nil, ss("Rania Okoye visited Gulu")),
	mc("m5-met-rounds", "eventnoun", "met", ss("Rania Okoye held three rounds of talks on Monday with Henrik Vesterlund."),
		ss("Rania Okoye met Henrik Vesterlund"), nil),
}

var matrix5Copula = []matrixCase{
	mc("m5-part-partof", "copula", "partOf", ss("The Kesta Brigade is part of the Velka Movement."),
		ss("Kesta Brigade partOf Velka Movement"), ss("Velka Movement partOf Kesta Brigade")),
	mc("m5-part-coordpart", "copula", "partOf", ss("The Kesta Brigade and the Sabo Front are part of the Velka Movement."),
		ss("Kesta Brigade partOf Velka Movement", "Sabo Front partOf Velka Movement"), ss("Kesta Brigade partOf Sabo Front")),
	mc("m5-part-since", "copula", "partOf", ss("The Kesta Brigade has been part of the Velka Movement since 2010."),
		ss("Kesta Brigade partOf Velka Movement"), nil),
	mc("m5-part-oneof", "copula", "partOf", ss("The Kesta Brigade is one of three wings of the Velka Movement."),
		ss("Kesta Brigade partOf Velka Movement"), ss("Velka Movement partOf Kesta Brigade")),
	mc("m5-part-oneofapp", "copula", "partOf", ss("The Kesta Brigade, one of three wings of the Velka Movement, claimed the attack."),
		ss("Kesta Brigade partOf Velka Movement"), ss("Velka Movement partOf Kesta Brigade")),
	mc("m5-part-faction", "copula", "partOf", ss("The Kesta Brigade, a faction of the Velka Movement, claimed the attack."),
		ss("Kesta Brigade partOf Velka Movement"), nil),
	mc("m5-part-breakaway", "copula", "partOf", ss("The Kesta Brigade, a breakaway faction of the Velka Movement, claimed the attack."),
		ss("Kesta Brigade partOf Velka Movement"), nil),
	mc("m5-ally-close", "copula", "alliedWith", ss("Uganda and Ghana are close allies."),
		ss("Uganda alliedWith Ghana"), nil),
	mc("m5-ally-allyof", "copula", "alliedWith", ss("Uganda is a close ally of Ghana."),
		ss("Uganda alliedWith Ghana"), nil),
	mc("m5-ally-remains", "copula", "alliedWith", ss("Uganda remains Ghana's closest ally."),
		ss("Uganda alliedWith Ghana"), nil),
	mc("m5-part-became", "copula", "partOf", ss("The Kesta Brigade became part of the Velka Movement in 2010."),
		ss("Kesta Brigade partOf Velka Movement"), ss("Velka Movement partOf Kesta Brigade")),
	mc("m5-ally-notremain", "copula", "alliedWith", ss("Uganda did not remain Ghana's ally."),
		nil, ss("Uganda alliedWith Ghana")),
	mc("m5-sup-supporter", "copula", "supports", ss("Uganda is a key supporter of the Velka Movement."),
		ss("Uganda supports Velka Movement"), ss("Velka Movement supports Uganda")),
	mc("m5-ally-nolonger", "copula", "alliedWith", ss("Uganda and Ghana are no longer allies."),
		nil, ss("Uganda alliedWith Ghana")),
	mc("m5-ally-nolongerof", "copula", "alliedWith", ss("Uganda is no longer an ally of Ghana."),
		nil, ss("Uganda alliedWith Ghana")),
}

var matrix5NPInternal = []matrixCase{
	mc("m5-part-airborne", "npinternal", "partOf", ss("Uganda's elite Airborne Brigade attacked Gulu."),
		ss("Airborne Brigade partOf Uganda", "Airborne Brigade attacked Gulu"), ss("Gulu locatedIn Uganda")),
	mc("m5-part-airwing", "npinternal", "partOf", ss("The air wing of the Ugandan navy struck Gulu."),
		ss("Ugandan navy partOf Uganda"), ss("Gulu locatedIn Uganda")),
	mc("m5-att-navyswing", "npinternal", "attacked", ss("The Ugandan navy's air wing struck Gulu."),
		ss("Ugandan navy attacked Gulu", "Ugandan navy partOf Uganda"), ss("Gulu locatedIn Uganda")),
	mc("m5-att-wingnamed", "npinternal", "attacked", ss("The Velka Movement's armed wing, the Kesta Brigade, shelled Gulu."),
		ss("Kesta Brigade attacked Gulu", "Kesta Brigade partOf Velka Movement"), ss("Velka Movement attacked Gulu")),
	mc("m5-ally-possdesc", "npinternal", "alliedWith", ss("Uganda's long-time ally Ghana sent troops to Gulu."),
		ss("Uganda alliedWith Ghana"), ss("Uganda attacked Gulu")),
	mc("m5-part-ministry", "npinternal", "partOf", ss("Uganda's interior ministry condemned the raid."),
		ss("Ministry of Interior of Uganda partOf Uganda"), nil),
	mc("m5-part-armedwing", "npinternal", "partOf", ss("The Morane Council's armed wing, the Kesta Brigade, claimed the raid."),
		ss("Kesta Brigade partOf Morane Council"), ss("Morane Council partOf Kesta Brigade")),
	mc("m5-loc-consulate", "npinternal", "locatedIn", ss("Protesters gathered outside the Ugandan consulate in Mwanza."),
		nil, ss("Mwanza locatedIn Uganda")),
	mc("m5-loc-embassy", "npinternal", "locatedIn", ss("Protesters gathered outside the Ghanaian embassy in Kampala."),
		nil, ss("Kampala locatedIn Ghana")),
	mc("m5-vis-oldcity", "npinternal", "visited", ss("Rania Okoye toured the old city of Gulu."),
		ss("Rania Okoye visited Gulu"), nil),
	mc("m5-att-oldcity", "npinternal", "attacked", ss("Velka Movement rebels shelled the old city of Gulu."),
		ss("Velka Movement attacked Gulu"), nil),
}

// matrix5KnownFailures are the fifth round's cells the loader does not read yet, with
// the reason; the test asserts that each still fails.
var matrix5KnownFailures = map[string]string{}

func TestConstructionMatrix5(t *testing.T) {
	res := relMatrixResults(t, matrix5Participle, matrix5List, matrix5Passive, matrix5EventNoun, matrix5Copula, matrix5NPInternal)
	pass, total := checkMatrix(t, res, matrix5KnownFailures, "matrix5KnownFailures")
	t.Log("\n" + matrixTable(matrixPredicates, matrix5Columns, pass, total, 12, 11))
}
