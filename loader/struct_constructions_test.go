package loader

// Constructions over the dependency tree that the third matrix found missing, each with
// variants around it: the construction in other words, in the passive, negated (which
// states nothing), and the wrong reading it must not give. People, bodies and places are
// made up (a place the lexicons lack is named after "in" or "to", or described).

import "testing"

var structColumns = []string{"aspect", "apposition", "between", "adjunct", "coord", "participle"}

var structCases = []matrixCase{
	// Aspectual verbs pass their subject to their "to" complement.
	mc("st-asp-wenton-lead", "aspect", "leads", ss("Tomas Varga went on to lead the Orsk Alliance."),
		ss("Tomas Varga leads Orsk Alliance"), nil),
	mc("st-asp-proceeded", "aspect", "fights", ss("The Orsk Alliance proceeded to attack the Velka Movement."),
		ss("Orsk Alliance fights Velka Movement"), ss("Velka Movement fights Orsk Alliance")),
	mc("st-asp-wenton-join", "aspect", "memberOf", ss("Tomas Varga went on to join the Orsk Alliance in 2015."),
		ss("Tomas Varga memberOf Orsk Alliance"), nil),
	mc("st-asp-came", "aspect", "leads", ss("Tomas Varga came to lead the Orsk Alliance."),
		ss("Tomas Varga leads Orsk Alliance"), ss("Orsk Alliance leads Tomas Varga")),
	mc("st-asp-continued-passive", "aspect", "leads", ss("The Orsk Alliance continued to be led by Tomas Varga."),
		ss("Tomas Varga leads Orsk Alliance"), ss("Orsk Alliance leads Tomas Varga")),
	mc("st-asp-plan-passive", "aspect", "leads", ss("The Orsk Alliance is to be led by Tomas Varga."),
		nil, ss("Tomas Varga leads Orsk Alliance")),
	mc("st-asp-want-passive", "aspect", "leads", ss("The Orsk Alliance wants to be led by Tomas Varga."),
		nil, ss("Tomas Varga leads Orsk Alliance")),
	mc("st-asp-not", "aspect", "leads", ss("Tomas Varga did not go on to lead the Orsk Alliance."),
		nil, ss("Tomas Varga leads Orsk Alliance")),
	mc("st-asp-purpose", "aspect", "leads", ss("Tomas Varga went to Kisumu to lead the Orsk Alliance."),
		ss("Tomas Varga visited Kisumu"), ss("Tomas Varga leads Orsk Alliance")),
	mc("st-asp-would", "aspect", "leads", ss("Tomas Varga would go on to lead the Orsk Alliance if he won."),
		nil, ss("Tomas Varga leads Orsk Alliance")),

	// A time phrase at the start of an apposition.
	mc("st-app-since", "apposition", "memberOf", ss("Lena Holt, since 2011 a member of the Orsk Alliance, spoke first."),
		ss("Lena Holt memberOf Orsk Alliance"), ss("Orsk Alliance memberOf Lena Holt")),
	mc("st-app-foryears", "apposition", "memberOf", ss("Lena Holt, for ten years a senior member of the Orsk Alliance, spoke first."),
		ss("Lena Holt memberOf Orsk Alliance"), nil),
	mc("st-app-since-leader", "apposition", "leads", ss("Lena Holt, since 2011 the leader of the Orsk Alliance, spoke first."),
		ss("Lena Holt leads Orsk Alliance"), ss("Lena Holt memberOf Velka Movement")),

	// Time and place phrases between a trigger and its partner or opponent.
	mc("st-btw-city", "between", "met", ss("Lena Holt met on Friday in the city with Tomas Varga."),
		ss("Lena Holt met Tomas Varga"), nil),
	mc("st-btw-hills", "between", "fights", ss("The Orsk Alliance fought in the hills against the Velka Movement."),
		ss("Orsk Alliance fights Velka Movement"), nil),
	mc("st-btw-weeks", "between", "fights", ss("Orsk Alliance rebels fought for two weeks against the Velka Movement."),
		ss("Orsk Alliance fights Velka Movement"), ss("Velka Movement fights Orsk Alliance")),
	mc("st-btw-alongside", "between", "fights", ss("The Orsk Alliance fought for two weeks alongside the Velka Movement."),
		nil, ss("Orsk Alliance fights Velka Movement")),
	mc("st-btw-border", "between", "fights", ss("The Orsk Alliance fought in the town near the border with Uganda."),
		nil, ss("Orsk Alliance fights Uganda")),
	mc("st-btw-hours", "between", "met", ss("Lena Holt met for two hours with Tomas Varga."),
		ss("Lena Holt met Tomas Varga"), nil),
	mc("st-btw-name", "between", "met", ss("Lena Holt met last week in Nairobi with Tomas Varga."),
		ss("Lena Holt met Tomas Varga", "Lena Holt visited Nairobi"), nil),
	mc("st-btw-lives", "between", "met", ss("Lena Holt lives in Nairobi with Tomas Varga."),
		nil, ss("Lena Holt met Tomas Varga")),
	mc("st-btw-not", "between", "met", ss("Lena Holt did not meet on Friday in the capital with Tomas Varga."),
		nil, ss("Lena Holt met Tomas Varga")),

	// A fronted occasion phrase is the main clause's subject's event.
	mc("st-adj-following", "adjunct", "met", ss("Following talks with Tomas Varga, Lena Holt said the border would reopen."),
		ss("Lena Holt met Tomas Varga"), ss("Tomas Varga met Tomas Varga")),
	mc("st-adj-meeting", "adjunct", "met", ss("After a meeting with Tomas Varga, Lena Holt flew home."),
		ss("Lena Holt met Tomas Varga"), nil),
	mc("st-adj-during", "adjunct", "fights", ss("During clashes with the Orsk Alliance, the Velka Movement lost two towns."),
		ss("Velka Movement fights Orsk Alliance"), ss("Orsk Alliance fights Velka Movement")),
	mc("st-adj-passive", "adjunct", "met", ss("After talks with Tomas Varga, Lena Holt was driven to the airport."),
		ss("Lena Holt met Tomas Varga"), nil),
	mc("st-adj-fierce", "adjunct", "fights", ss("After fierce clashes with the Orsk Alliance, Uganda closed the border."),
		ss("Uganda fights Orsk Alliance"), ss("Orsk Alliance fights Uganda")),
	mc("st-adj-forced", "adjunct", "fights", ss("After clashes with the Orsk Alliance, the Velka Movement was forced to withdraw."),
		ss("Velka Movement fights Orsk Alliance"), nil),
	mc("st-adj-comment", "adjunct", "fights", ss("After clashes with the Orsk Alliance, Amnesty International condemned the violence."),
		nil, ss("Amnesty International fights Orsk Alliance")),
	mc("st-adj-person", "adjunct", "fights", ss("After clashes with the Orsk Alliance, Tomas Varga fled."),
		nil, ss("Tomas Varga fights Orsk Alliance")),
	mc("st-adj-before", "adjunct", "met", ss("Before talks with Tomas Varga, Lena Holt flew home."),
		nil, ss("Lena Holt met Tomas Varga")),
	mc("st-adj-clause", "adjunct", "met", ss("After talks with Tomas Varga were cancelled, Lena Holt flew home."),
		nil, ss("Lena Holt met Tomas Varga")),

	// Coordinated clauses share the subject; "then" makes a sequence, not an apposition.
	mc("st-coord-visited", "coord", "visited", ss("Lena Holt met Tomas Varga and visited Kisumu."),
		ss("Lena Holt met Tomas Varga", "Lena Holt visited Kisumu"), ss("Tomas Varga visited Kisumu")),
	mc("st-coord-invented", "coord", "visited", ss("Lena Holt met Tomas Varga and visited Orvalla."),
		ss("Lena Holt visited Orvalla"), ss("Tomas Varga visited Orvalla")),
	mc("st-coord-toured", "coord", "visited", ss("Lena Holt toured Kisumu and met Tomas Varga."),
		ss("Lena Holt visited Kisumu", "Lena Holt met Tomas Varga"), ss("Tomas Varga visited Kisumu")),
	mc("st-coord-not", "coord", "visited", ss("Lena Holt met Tomas Varga but never visited Kisumu."),
		ss("Lena Holt met Tomas Varga"), ss("Lena Holt visited Kisumu")),
	mc("st-coord-surname", "coord", "visited", ss("Tomas Varga was ill.", "Lena Holt visited Varga."),
		nil, ss("Lena Holt visited Varga")),
	mc("st-then-comma", "coord", "visited", ss("Lena Holt visited Kisumu, then Mwanza."),
		ss("Lena Holt visited Kisumu", "Lena Holt visited Mwanza"), ss("Kisumu locatedIn Mwanza", "Mwanza locatedIn Kisumu")),
	mc("st-then-and", "coord", "visited", ss("Lena Holt travelled to Kisumu and then to Mwanza."),
		ss("Lena Holt visited Kisumu", "Lena Holt visited Mwanza"), nil),
	mc("st-then-later", "coord", "visited", ss("Lena Holt visited Kisumu, later Mwanza."),
		ss("Lena Holt visited Kisumu", "Lena Holt visited Mwanza"), ss("Kisumu locatedIn Mwanza")),
	mc("st-then-comma-country", "coord", "locatedIn", ss("Lena Holt visited Kisumu, Tanzania."),
		ss("Lena Holt visited Kisumu", "Kisumu locatedIn Tanzania"), nil),

	// A fronted past participle modifies the subject after the comma.
	mc("st-part-ledby", "participle", "leads", ss("Led by Tomas Varga, the Orsk Alliance won the vote."),
		ss("Tomas Varga leads Orsk Alliance"), ss("Orsk Alliance leads Tomas Varga")),
	mc("st-part-backed", "participle", "supports", ss("Backed by Uganda, the Orsk Alliance seized the port."),
		ss("Uganda supports Orsk Alliance"), ss("Orsk Alliance supports Uganda", "Uganda fights Orsk Alliance")),
	mc("st-part-perfect", "participle", "leads", ss("Led by Tomas Varga, the Orsk Alliance has won the vote."),
		ss("Tomas Varga leads Orsk Alliance"), nil),
	mc("st-part-passive", "participle", "leads", ss("Led by Tomas Varga, the Orsk Alliance was banned in May."),
		ss("Tomas Varga leads Orsk Alliance"), ss("Orsk Alliance leads Tomas Varga")),
	mc("st-part-asked", "participle", "supports", ss("Asked by Lena Holt, Tomas Varga said he backed the plan."),
		nil, ss("Lena Holt supports Tomas Varga", "Tomas Varga supports Lena Holt")),
	mc("st-part-relative", "participle", "leads", ss("The Orsk Alliance, led by Tomas Varga, won the vote."),
		ss("Tomas Varga leads Orsk Alliance"), nil),
	mc("st-part-other", "participle", "leads", ss("Led by Tomas Varga, the talks with the Orsk Alliance failed."),
		nil, ss("Tomas Varga leads Orsk Alliance")),

	// A dash sets off an apposition as a comma does.
	mc("st-dash-village", "apposition", "locatedIn", ss("Orvalla - a fishing village in Tanzania - was flooded."),
		ss("Orvalla locatedIn Tanzania"), ss("Tanzania locatedIn Orvalla")),
	mc("st-dash-endash", "apposition", "locatedIn", ss("Floods hit Orvalla – a small port in northern Kenya – on Monday."),
		ss("Orvalla locatedIn Kenya"), nil),
	mc("st-dash-person", "apposition", "locatedIn", ss("Lena Holt - a lawyer in Tanzania - was freed."),
		nil, ss("Lena Holt locatedIn Tanzania")),
	mc("st-dash-body", "apposition", "locatedIn", ss("The Orsk Alliance - a group in Tanzania - was banned."),
		nil, ss("Orsk Alliance locatedIn Tanzania")),

	// A demonym alone as an apposition's noun gives the nationality.
	mc("st-dem-comma", "apposition", "nationality", ss("Lena Holt, a Norwegian, was detained."),
		ss("Lena Holt nationality Norway"), nil),
	mc("st-dem-object", "apposition", "nationality", ss("Police detained Lena Holt, a Norwegian who lives in Kisumu."),
		ss("Lena Holt nationality Norway"), ss("Lena Holt nationality Kenya")),
	mc("st-dem-rel", "apposition", "nationality", ss("Lena Holt, a Norwegian who met Tomas Varga in Kisumu, was detained."),
		ss("Lena Holt nationality Norway"), ss("Tomas Varga nationality Norway")),
	mc("st-dem-met", "apposition", "nationality", ss("Tomas Varga met a Norwegian in Kisumu."),
		nil, ss("Tomas Varga nationality Norway")),
	mc("st-dem-born", "apposition", "nationality", ss("Lena Holt, a Norwegian-born lawyer, was detained."),
		nil, ss("Lena Holt nationality Norway")),

	// A distance from a place, set off by commas, describes the place before it.
	mc("st-dist-in", "apposition", "locatedIn", ss("Rain flooded Orvalla, about 30 miles west of Mwanza, in Tanzania."),
		ss("Orvalla locatedIn Tanzania"), ss("Mwanza locatedIn Orvalla", "Orvalla locatedIn Mwanza")),
	mc("st-dist-from", "apposition", "locatedIn", ss("Troops reached Orvalla, some 12 km from Mwanza, in Tanzania."),
		ss("Orvalla locatedIn Tanzania"), ss("Mwanza locatedIn Orvalla")),
	mc("st-dist-none", "apposition", "locatedIn", ss("Rain flooded Orvalla, about 30 miles west of Mwanza."),
		nil, ss("Orvalla locatedIn Mwanza", "Mwanza locatedIn Orvalla")),
	mc("st-dist-age", "apposition", "locatedIn", ss("Lena Holt, 40, was freed in Mwanza."),
		nil, ss("Lena Holt locatedIn Mwanza")),
}

// structKnownFailures are the cases above the loader does not read yet, with the reason.
var structKnownFailures = map[string]string{
	"st-asp-continued-passive": "\"to be led\" under a verb is read as the plan \"is to be led\" (the infinitive's own \"be\" taken for a finite auxiliary); reading it needs a to-infinitive root (a parse window, a headline plan) kept unreal first, which is the headline-plan cell's work",
}

func TestStructConstructions(t *testing.T) {
	res := relMatrixResults(t, structCases)
	pass, total := checkMatrix(t, res, structKnownFailures, "structKnownFailures")
	t.Log("\n" + matrixTable(matrixPredicates, structColumns, pass, total, 12, 11))
}
