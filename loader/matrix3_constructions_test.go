package loader

// The third round of issue 11's matrix: the relations of the ontology where the trigger
// and its arguments lie apart (control and raising, report verbs, relative clauses),
// where time, number and place phrases, parentheses and dashes come between them, where
// the trigger is a noun inside a phrase, where the post comes in an unusual place, where
// clauses are coordinated, in headlines, and the negatives that state nothing. People,
// bodies and sentences are made up.

import "testing"

// The third round's construction columns, in the order the table prints them.
var matrix3Columns = []string{"control", "complement", "relclause", "between", "nominal", "post",
	"clausecoord", "headline", "negative"}

var matrix3MeetVisit = []matrixCase{
	mc("m3-met-agreed", "control", "met", ss("Rania Okoye agreed to meet Henrik Vesterlund."), nil, ss("Rania Okoye met Henrik Vesterlund")),
	mc("m3-met-expected", "control", "met", ss("Rania Okoye is expected to meet Henrik Vesterlund in Mwanza."), nil, ss("Rania Okoye met Henrik Vesterlund")),
	mc("m3-met-wenton", "control", "met", ss("Rania Okoye went on to meet Henrik Vesterlund in Mwanza."),
		ss("Rania Okoye met Henrik Vesterlund"), ss("Mwanza met Henrik Vesterlund")),
	mc("m3-met-said", "complement", "met", ss("Officials said that Rania Okoye had met Henrik Vesterlund twice."),
		ss("Rania Okoye met Henrik Vesterlund"), ss("Officials met Henrik Vesterlund")),
	mc("m3-met-confirmed", "complement", "met", ss("The ministry confirmed on Friday that Rania Okoye met Henrik Vesterlund in Mwanza."),
		ss("Rania Okoye met Henrik Vesterlund"), nil),
	mc("m3-met-whowasin", "relclause", "met", ss("Rania Okoye, who was in Mwanza to meet Henrik Vesterlund, left on Sunday."),
		ss("Rania Okoye visited Mwanza"), ss("Henrik Vesterlund visited Mwanza")),
	mc("m3-met-between", "between", "met", ss("Rania Okoye met on Tuesday in the capital with Henrik Vesterlund."),
		ss("Rania Okoye met Henrik Vesterlund"), nil),
	mc("m3-met-paren", "between", "met", ss("Rania Okoye (the new envoy) met Henrik Vesterlund on Monday."),
		ss("Rania Okoye met Henrik Vesterlund"), nil),
	mc("m3-met-dash", "between", "met", ss("Rania Okoye - for the third time this year - met Henrik Vesterlund."),
		ss("Rania Okoye met Henrik Vesterlund"), nil),
	mc("m3-met-after", "nominal", "met", ss("After talks with Henrik Vesterlund, Rania Okoye flew home."),
		ss("Rania Okoye met Henrik Vesterlund"), nil),
	mc("m3-met-ina", "nominal", "met", ss("In a meeting with Henrik Vesterlund on Monday, Rania Okoye raised the border dispute."),
		ss("Rania Okoye met Henrik Vesterlund"), nil),
	mc("m3-met-coord", "clausecoord", "met", ss("Rania Okoye met Henrik Vesterlund and visited Kigoma."),
		ss("Rania Okoye met Henrik Vesterlund", "Rania Okoye visited Kigoma"), ss("Henrik Vesterlund visited Kigoma")),
	mc("m3-met-but", "clausecoord", "met", ss("Rania Okoye met Henrik Vesterlund but did not visit Kigoma."),
		ss("Rania Okoye met Henrik Vesterlund"), ss("Rania Okoye visited Kigoma")),
	mc("m3-met-head", "headline", "met", ss("Rania Okoye in talks with Henrik Vesterlund"),
		ss("Rania Okoye met Henrik Vesterlund"), nil),
	mc("m3-met-headplan", "headline", "met", ss("Rania Okoye to meet Henrik Vesterlund"), nil, ss("Rania Okoye met Henrik Vesterlund")),
	mc("m3-met-would", "negative", "met", ss("Rania Okoye would meet Henrik Vesterlund if the ceasefire held."), nil, ss("Rania Okoye met Henrik Vesterlund")),
	mc("m3-met-never", "negative", "met", ss("Rania Okoye has never met Henrik Vesterlund."), nil, ss("Rania Okoye met Henrik Vesterlund")),
	mc("m3-met-q", "negative", "met", ss("Will Rania Okoye meet Henrik Vesterlund?"), nil, ss("Rania Okoye met Henrik Vesterlund")),
	mc("m3-met-refused", "negative", "met", ss("Rania Okoye refused to meet Henrik Vesterlund."), nil, ss("Rania Okoye met Henrik Vesterlund")),

	mc("m3-vis-expected", "control", "visited", ss("Rania Okoye is expected to visit Kigoma next week."), nil, ss("Rania Okoye visited Kigoma")),
	mc("m3-vis-plans", "control", "visited", ss("Rania Okoye plans to travel to Kigoma."), nil, ss("Rania Okoye visited Kigoma")),
	mc("m3-vis-said", "complement", "visited", ss("Aides said Rania Okoye had travelled to Kigoma on Saturday."),
		ss("Rania Okoye visited Kigoma"), ss("Aides visited Kigoma")),
	mc("m3-vis-time", "between", "visited", ss("Rania Okoye visited for three days last week the port city of Kigoma."),
		ss("Rania Okoye visited Kigoma"), nil),
	mc("m3-vis-front", "between", "visited", ss("Late on Sunday, after a long delay, Rania Okoye arrived in Kigoma."),
		ss("Rania Okoye visited Kigoma"), nil),
	mc("m3-vis-during", "nominal", "visited", ss("During a visit to Kigoma, Rania Okoye met fishermen."),
		ss("Rania Okoye visited Kigoma"), nil),
	mc("m3-vis-firstby", "nominal", "visited", ss("It was the first visit by a Norwegian leader to Tanzania in a decade."),
		nil, ss("Norway visited Tanzania")),
	mc("m3-vis-then", "clausecoord", "visited", ss("Rania Okoye visited Kigoma, then Mwanza."),
		ss("Rania Okoye visited Kigoma", "Rania Okoye visited Mwanza"), nil),
	mc("m3-vis-headplan", "headline", "visited", ss("Rania Okoye to visit Kigoma"), nil, ss("Rania Okoye visited Kigoma")),
	mc("m3-vis-head", "headline", "visited", ss("Rania Okoye in Kigoma for flood talks"), ss("Rania Okoye visited Kigoma"), nil),
	mc("m3-vis-cancel", "negative", "visited", ss("Rania Okoye cancelled a trip to Kigoma."), nil, ss("Rania Okoye visited Kigoma")),
	mc("m3-vis-may", "negative", "visited", ss("Rania Okoye may travel to Kigoma later this month."), nil, ss("Rania Okoye visited Kigoma")),
	mc("m3-vis-denied", "negative", "visited", ss("Rania Okoye denied that she had travelled to Kigoma."), nil, ss("Rania Okoye visited Kigoma")),
}

var matrix3Offices = []matrixCase{
	mc("m3-lead-wenton", "control", "leads", ss("Sunil Prakash went on to lead the Velka Movement."),
		ss("Sunil Prakash leads Velka Movement"), nil),
	mc("m3-lead-expected", "control", "leads", ss("Sunil Prakash is expected to lead the Velka Movement."), nil, ss("Sunil Prakash leads Velka Movement")),
	mc("m3-lead-said", "complement", "leads", ss("Reporters said that Sunil Prakash, who heads the Velka Movement, had fled."),
		ss("Sunil Prakash leads Velka Movement"), ss("Reporters leads Velka Movement")),
	mc("m3-lead-poss", "post", "leads", ss("The Velka Movement's leader Sunil Prakash spoke on Monday."),
		ss("Sunil Prakash leads Velka Movement"), nil),
	mc("m3-lead-whoheads", "post", "leads", ss("Sunil Prakash, who heads the Velka Movement, spoke in Kigoma."),
		ss("Sunil Prakash leads Velka Movement"), ss("Velka Movement leads Kigoma")),
	mc("m3-lead-ledby", "post", "leads", ss("Led by Sunil Prakash, the Velka Movement won the vote."),
		ss("Sunil Prakash leads Velka Movement"), nil),
	mc("m3-lead-tookover", "post", "leads", ss("Sunil Prakash took over as head of the Velka Movement in May."),
		ss("Sunil Prakash leads Velka Movement"), nil),
	mc("m3-lead-elected", "post", "leads", ss("Sunil Prakash was elected chairman of the Velka Movement on Saturday."),
		ss("Sunil Prakash leads Velka Movement"), nil),
	mc("m3-lead-paren", "between", "leads", ss("The Velka Movement (led by Sunil Prakash) boycotted the vote."),
		ss("Sunil Prakash leads Velka Movement"), nil),
	mc("m3-lead-coord", "clausecoord", "leads", ss("Sunil Prakash heads the Velka Movement and Odile Ferrand leads the Morane Council."),
		ss("Sunil Prakash leads Velka Movement", "Odile Ferrand leads Morane Council"),
		ss("Sunil Prakash leads Morane Council", "Odile Ferrand leads Velka Movement")),
	mc("m3-lead-plan", "negative", "leads", ss("Sunil Prakash hopes to lead the Velka Movement one day."), nil, ss("Sunil Prakash leads Velka Movement")),
	mc("m3-lead-notin", "negative", "leads", ss("Sunil Prakash does not lead the Velka Movement."), nil, ss("Sunil Prakash leads Velka Movement")),
	mc("m3-lead-if", "negative", "leads", ss("If elected, Sunil Prakash would lead the Velka Movement."), nil, ss("Sunil Prakash leads Velka Movement")),

	mc("m3-mem-joined", "control", "memberOf", ss("Odile Ferrand decided to join the Morane Council."), nil, ss("Odile Ferrand memberOf Morane Council")),
	mc("m3-mem-wenton", "control", "memberOf", ss("Odile Ferrand went on to join the Morane Council in 2019."),
		ss("Odile Ferrand memberOf Morane Council"), nil),
	mc("m3-mem-said", "complement", "memberOf", ss("Her lawyer said that Odile Ferrand is a member of the Morane Council."),
		ss("Odile Ferrand memberOf Morane Council"), nil),
	mc("m3-mem-ofY", "nominal", "memberOf", ss("Odile Ferrand's membership of the Morane Council was suspended."),
		nil, ss("Morane Council memberOf Odile Ferrand")),
	mc("m3-mem-poss", "post", "memberOf", ss("Odile Ferrand, Ghana's former trade minister, arrived in Kigoma."),
		ss("Odile Ferrand memberOf Ghana"), ss("Odile Ferrand leads Ghana")),
	mc("m3-mem-between", "between", "memberOf", ss("Odile Ferrand, since 2018 a senior member of the Morane Council, resigned."),
		ss("Odile Ferrand memberOf Morane Council"), nil),
	mc("m3-mem-coord", "clausecoord", "memberOf", ss("Odile Ferrand joined the Morane Council and Bakari Mwinyi joined the Velka Movement."),
		ss("Odile Ferrand memberOf Morane Council", "Bakari Mwinyi memberOf Velka Movement"),
		ss("Odile Ferrand memberOf Velka Movement", "Bakari Mwinyi memberOf Morane Council")),
	mc("m3-mem-denied", "negative", "memberOf", ss("Odile Ferrand denied being a member of the Morane Council."), nil, ss("Odile Ferrand memberOf Morane Council")),
	mc("m3-mem-might", "negative", "memberOf", ss("Odile Ferrand might join the Morane Council."), nil, ss("Odile Ferrand memberOf Morane Council")),
}

var matrix3Places = []matrixCase{
	mc("m3-part-said", "complement", "partOf", ss("Officials said the Kesta Brigade, a unit of the Velka Movement, had withdrawn."),
		ss("Kesta Brigade partOf Velka Movement"), nil),
	mc("m3-part-paren", "between", "partOf", ss("The Kesta Brigade (an offshoot of the Velka Movement) claimed the raid."),
		ss("Kesta Brigade partOf Velka Movement"), nil),
	mc("m3-part-dash", "between", "partOf", ss("The Kesta Brigade - the armed wing of the Velka Movement - claimed the raid."),
		ss("Kesta Brigade partOf Velka Movement"), nil),
	mc("m3-part-not", "negative", "partOf", ss("The Kesta Brigade is not part of the Velka Movement, its spokesman said."), nil, ss("Kesta Brigade partOf Velka Movement")),

	mc("m3-loc-paren", "between", "locatedIn", ss("Fighting spread to Ulanga (Tanzania) on Monday."),
		ss("Ulanga locatedIn Tanzania"), nil),
	mc("m3-loc-dash", "between", "locatedIn", ss("Ulanga - a market town in western Tanzania - was flooded."),
		ss("Ulanga locatedIn Tanzania"), nil),
	mc("m3-loc-some", "between", "locatedIn", ss("The floods hit Ulanga, some 40 kilometres north of Kigoma, in Tanzania."),
		ss("Ulanga locatedIn Tanzania"), ss("Kigoma locatedIn Ulanga")),
	mc("m3-loc-said", "complement", "locatedIn", ss("Police said the blast hit Ulanga, a town in Tanzania."),
		ss("Ulanga locatedIn Tanzania"), nil),
}

var matrix3Conflict = []matrixCase{
	mc("m3-fight-vowed", "control", "fights", ss("The Velka Movement vowed to fight the Morane Council."), nil, ss("Velka Movement fights Morane Council")),
	mc("m3-fight-continued", "control", "fights", ss("The Velka Movement continued to fight the Morane Council in the hills."),
		ss("Velka Movement fights Morane Council"), nil),
	mc("m3-fight-said", "complement", "fights", ss("Witnesses said the Velka Movement had clashed with the Morane Council."),
		ss("Velka Movement fights Morane Council"), ss("Witnesses fights Morane Council")),
	mc("m3-fight-between", "between", "fights", ss("Velka Movement rebels fought for three days last week against the Morane Council."),
		ss("Velka Movement fights Morane Council"), nil),
	mc("m3-fight-after", "nominal", "fights", ss("After clashes with the Morane Council, the Velka Movement withdrew."),
		ss("Velka Movement fights Morane Council"), nil),
	mc("m3-fight-war", "nominal", "fights", ss("The Velka Movement's war against the Morane Council has killed hundreds."),
		ss("Velka Movement fights Morane Council"), nil),
	mc("m3-fight-coord", "clausecoord", "fights", ss("The Velka Movement attacked the Morane Council and shelled Ulanga."),
		ss("Velka Movement fights Morane Council", "Velka Movement attacked Ulanga"), ss("Morane Council attacked Ulanga")),
	mc("m3-fight-threat", "negative", "fights", ss("The Velka Movement threatened to attack the Morane Council."), nil, ss("Velka Movement fights Morane Council")),
	mc("m3-fight-deny", "negative", "fights", ss("The Velka Movement denied attacking the Morane Council."), nil, ss("Velka Movement fights Morane Council")),

	mc("m3-att-said", "complement", "attacked", ss("Residents said the Velka Movement had shelled Ulanga overnight."),
		ss("Velka Movement attacked Ulanga"), ss("Residents attacked Ulanga")),
	mc("m3-att-between", "between", "attacked", ss("The Velka Movement on Tuesday, for the second time in a week, shelled Ulanga."),
		ss("Velka Movement attacked Ulanga"), nil),
	mc("m3-att-after", "nominal", "attacked", ss("After its attack on Ulanga, the Velka Movement retreated."),
		ss("Velka Movement attacked Ulanga"), nil),
	mc("m3-att-then", "clausecoord", "attacked", ss("The Velka Movement shelled Ulanga, then Kigoma."),
		ss("Velka Movement attacked Ulanga", "Velka Movement attacked Kigoma"), nil),
	mc("m3-att-plan", "control", "attacked", ss("The Velka Movement is preparing to attack Ulanga."), nil, ss("Velka Movement attacked Ulanga")),
	mc("m3-att-q", "negative", "attacked", ss("Did the Velka Movement shell Ulanga?"), nil, ss("Velka Movement attacked Ulanga")),
	mc("m3-att-could", "negative", "attacked", ss("The Velka Movement could strike Ulanga within days."), nil, ss("Velka Movement attacked Ulanga")),
}

var matrix3Stance = []matrixCase{
	mc("m3-sup-said", "complement", "supports", ss("Diplomats said that Uganda backs the Velka Movement."),
		ss("Uganda supports Velka Movement"), ss("Diplomats supports Velka Movement")),
	mc("m3-sup-poss", "nominal", "supports", ss("Uganda's support for the Velka Movement has angered its neighbours."),
		ss("Uganda supports Velka Movement"), nil),
	mc("m3-sup-quote", "headline", "supports", ss("Sunil Prakash: Uganda backs the Velka Movement"),
		ss("Uganda supports Velka Movement"), ss("Sunil Prakash supports Velka Movement")),
	mc("m3-sup-between", "between", "supports", ss("Uganda has for years quietly armed the Velka Movement."),
		ss("Uganda supports Velka Movement"), nil),
	mc("m3-sup-coord", "clausecoord", "supports", ss("Uganda backs the Velka Movement but Ghana supports the Morane Council."),
		ss("Uganda supports Velka Movement", "Ghana supports Morane Council"),
		ss("Uganda supports Morane Council", "Ghana supports Velka Movement")),
	mc("m3-sup-promised", "control", "supports", ss("Uganda promised to support the Velka Movement."), nil, ss("Uganda supports Velka Movement")),
	mc("m3-sup-denied", "negative", "supports", ss("Uganda denied arming the Velka Movement."), nil, ss("Uganda supports Velka Movement")),
	mc("m3-sup-ifq", "negative", "supports", ss("Does Uganda back the Velka Movement?"), nil, ss("Uganda supports Velka Movement")),

	mc("m3-ally-between", "nominal", "alliedWith", ss("The alliance between the Velka Movement and the Kesta Brigade collapsed in June."),
		nil, ss("Velka Movement alliedWith Kesta Brigade")),
	mc("m3-ally-signed", "clausecoord", "alliedWith", ss("Uganda and Ghana signed a trade deal and pledged to fight piracy together."),
		ss("Uganda alliedWith Ghana"), nil),
	mc("m3-ally-said", "complement", "alliedWith", ss("Analysts said the Velka Movement is allied with the Kesta Brigade."),
		ss("Velka Movement alliedWith Kesta Brigade"), ss("Analysts alliedWith Kesta Brigade")),
	mc("m3-ally-agreed", "control", "alliedWith", ss("The Velka Movement agreed to form an alliance with the Kesta Brigade."),
		nil, ss("Velka Movement alliedWith Kesta Brigade")),
	mc("m3-ally-if", "negative", "alliedWith", ss("If the Velka Movement allied with the Kesta Brigade, the war would widen."),
		nil, ss("Velka Movement alliedWith Kesta Brigade")),

	mc("m3-sanc-said", "complement", "sanctionedBy", ss("Officials said the European Union had imposed sanctions on Sunil Prakash."),
		ss("Sunil Prakash sanctionedBy European Union"), ss("Officials sanctionedBy European Union")),
	mc("m3-sanc-between", "between", "sanctionedBy", ss("The United States on Monday, citing abuses, sanctioned the Velka Movement."),
		ss("Velka Movement sanctionedBy United States"), nil),
	mc("m3-sanc-threat", "control", "sanctionedBy", ss("The European Union threatened to sanction the Velka Movement."), nil, ss("Velka Movement sanctionedBy European Union")),
	mc("m3-sanc-may", "negative", "sanctionedBy", ss("The United States may sanction the Velka Movement."), nil, ss("Velka Movement sanctionedBy United States")),

	mc("m3-nat-post", "post", "nationality", ss("Ugandan opposition leader Bakari Mwinyi returned to Kigoma."),
		ss("Bakari Mwinyi nationality Uganda"), ss("Bakari Mwinyi nationality Tanzania")),
	mc("m3-nat-rel", "relclause", "nationality", ss("Bakari Mwinyi, a Ghanaian who was in Kigoma to meet Rania Okoye, was detained."),
		ss("Bakari Mwinyi nationality Ghana"), ss("Rania Okoye nationality Ghana")),
	mc("m3-nat-coord", "clausecoord", "nationality", ss("Ugandan journalist Bakari Mwinyi and Ghanaian lawyer Rania Okoye were freed."),
		ss("Bakari Mwinyi nationality Uganda", "Rania Okoye nationality Ghana"),
		ss("Bakari Mwinyi nationality Ghana", "Rania Okoye nationality Uganda")),
}

// matrix3KnownFailures are the third round's cells the loader does not read yet, with
// the reason; the test asserts that each still fails.
var matrix3KnownFailures = map[string]string{
	"m3-fight-coord":  "\"shelled Z\" gives no attacked for an invented organisation (\"The Velka Movement shelled Kisumu.\" gives none either): the attacker must be known as armed",
	"m3-att-said":     "as m3-fight-coord: an invented organisation that shells a place gives no attacked",
	"m3-att-between":  "as m3-fight-coord",
	"m3-att-after":    "as m3-fight-coord, and \"its attack on Y\" in a fronted adjunct",
	"m3-att-then":     "as m3-fight-coord (the sequence \"Y, then Z\" itself is read since m3-vis-then)",
	"m3-ally-between": "the alliance that \"collapsed\" is read as standing: whether an ended alliance is a fact is left to the lead (the ontology says nothing of ended relations)",
	"m3-ally-signed":  "a trade deal makes no allies (triggers.tsv); \"pledged to fight piracy together\" is joint action the ontology counts, not read",
}

func TestConstructionMatrix3(t *testing.T) {
	res := relMatrixResults(t, matrix3MeetVisit, matrix3Offices, matrix3Places, matrix3Conflict, matrix3Stance)
	pass, total := checkMatrix(t, res, matrix3KnownFailures, "matrix3KnownFailures")
	t.Log("\n" + matrixTable(matrixPredicates, matrix3Columns, pass, total, 12, 11))
}
