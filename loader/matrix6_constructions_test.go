package loader

// The sixth round of issue 11's matrix: the last structure cells and the subject pronoun.
// A reduced passive between commas on an event noun ("The strike, carried out by X jets,
// killed Y"), "laid siege to", "one of the leaders / founders of", and a pronoun opening a
// sentence, which takes the previous sentence's subject rather than a person named in its
// object, an oblique, an apposition or a relative clause, unless gender rules that subject
// out. People, bodies and sentences are made up; the countries and towns are real names the
// lexicons know, in invented events.

import "testing"

// The sixth round's construction columns, in the order the table prints them.
var matrix6Columns = []string{"eventnoun", "lightverb", "copula", "pronoun"}

var matrix6Structure = []matrixCase{
	mc("m6-fight-strikeby", "eventnoun", "fights", ss("The strike, carried out by Ugandan jets, killed Bakari Mwinyi."),
		ss("Uganda fights Bakari Mwinyi"), ss("Bakari Mwinyi fights Uganda")),
	mc("m6-fight-raidby", "eventnoun", "fights", ss("The raid, carried out by the Velka Movement, killed Bakari Mwinyi."),
		ss("Velka Movement fights Bakari Mwinyi"), ss("Bakari Mwinyi fights Velka Movement")),
	mc("m6-fight-strikewhich", "eventnoun", "fights", ss("The strike, which was carried out by Ugandan jets, killed Bakari Mwinyi."),
		ss("Uganda fights Bakari Mwinyi"), ss("Bakari Mwinyi fights Uganda")),
	mc("m6-fight-attacklaunched", "eventnoun", "fights", ss("The attack, launched by the Velka Movement, killed Bakari Mwinyi."),
		ss("Velka Movement fights Bakari Mwinyi"), ss("Bakari Mwinyi fights Velka Movement")),
	mc("m6-fight-strikeconducted", "eventnoun", "fights", ss("An air strike conducted by Ugandan jets on Sunday killed Bakari Mwinyi."),
		ss("Uganda fights Bakari Mwinyi"), nil),
	mc("m6-fight-raidwitnessed", "eventnoun", "fights", ss("The raid, witnessed by Bakari Mwinyi, killed Sunil Prakash."),
		nil, ss("Bakari Mwinyi fights Sunil Prakash")),
	mc("m6-fight-raidfailed", "eventnoun", "fights", ss("The raid, carried out by the Velka Movement, failed."),
		nil, ss("Velka Movement fights Bakari Mwinyi")),
	mc("m6-fight-strikeplanned", "eventnoun", "fights", ss("The strike, planned by Ugandan officers, would have killed Bakari Mwinyi."),
		nil, ss("Uganda fights Bakari Mwinyi")),
	mc("m6-att-siege", "lightverb", "attacked", ss("The Velka Movement laid siege to Gulu in March."),
		ss("Velka Movement attacked Gulu"), ss("Gulu attacked Velka Movement")),
	mc("m6-att-siegeof", "eventnoun", "attacked", ss("The siege of Gulu by the Velka Movement lasted a month."),
		ss("Velka Movement attacked Gulu"), nil),
	mc("m6-att-wreath", "lightverb", "attacked", ss("The Velka Movement laid a wreath in Gulu."),
		nil, ss("Velka Movement attacked Gulu", "Velka Movement visited Gulu")),
	mc("m6-att-siegepassive", "lightverb", "attacked", ss("Gulu was besieged by the Velka Movement for a month."),
		ss("Velka Movement attacked Gulu"), ss("Gulu attacked Velka Movement")),
	mc("m6-att-siegelaying", "lightverb", "attacked", ss("The Velka Movement, laying siege to Gulu, cut its water supply."),
		ss("Velka Movement attacked Gulu"), nil),
	mc("m6-att-nosiege", "lightverb", "attacked", ss("The Velka Movement did not lay siege to Gulu."),
		nil, ss("Velka Movement attacked Gulu")),
	mc("m6-lead-oneof", "copula", "leads", ss("Tomas Brekke is one of the leaders of the Velka Movement."),
		ss("Tomas Brekke leads Velka Movement"), ss("Velka Movement leads Tomas Brekke")),
	mc("m6-mem-founders", "copula", "memberOf", ss("Tomas Brekke is one of the founders of the Velka Movement."),
		ss("Tomas Brekke memberOf Velka Movement"), ss("Tomas Brekke leads Velka Movement")),
	mc("m6-mem-wasfounder", "copula", "memberOf", ss("Tomas Brekke was one of the founders of the Velka Movement in 2004."),
		ss("Tomas Brekke memberOf Velka Movement"), ss("Velka Movement memberOf Tomas Brekke")),
	mc("m6-lead-among", "copula", "leads", ss("Tomas Brekke is among the leaders of the Velka Movement."),
		ss("Tomas Brekke leads Velka Movement"), ss("Velka Movement leads Tomas Brekke")),
	mc("m6-lead-notoneof", "copula", "leads", ss("Tomas Brekke is not one of the leaders of the Velka Movement."),
		nil, ss("Tomas Brekke leads Velka Movement", "Tomas Brekke memberOf Velka Movement")),
	mc("m6-lead-oneofapp", "copula", "leads", ss("Tomas Brekke, one of the leaders of the Velka Movement, flew to Gulu."),
		ss("Tomas Brekke leads Velka Movement", "Tomas Brekke visited Gulu"), ss("Velka Movement visited Gulu")),
}

var matrix6Apposition = []matrixCase{
	mc("m6-mem-foundersapp", "copula", "memberOf", ss("Tomas Brekke, one of the founders of the Velka Movement, flew to Gulu."),
		ss("Tomas Brekke memberOf Velka Movement", "Tomas Brekke visited Gulu"), ss("Tomas Brekke leads Velka Movement", "Velka Movement visited Gulu")),
	mc("m6-mem-criticsapp", "copula", "memberOf", ss("Tomas Brekke, one of the critics of the Velka Movement, flew to Gulu."),
		ss("Tomas Brekke visited Gulu"), ss("Tomas Brekke memberOf Velka Movement", "Tomas Brekke leads Velka Movement")),
	mc("m6-lead-oneoflist", "copula", "leads", ss("Tomas Brekke, Henrik Vesterlund, Amara Diallo and Rania Okoye flew to Gulu."),
		ss("Tomas Brekke visited Gulu", "Rania Okoye visited Gulu"), ss("Tomas Brekke leads Henrik Vesterlund")),
}

var matrix6Pronoun = []matrixCase{
	mc("m6-he-relative", "pronoun", "supports", ss("Tomas Brekke defeated Henrik Vesterlund, who had led the party.", "He won the support of the Velka Movement."),
		ss("Velka Movement supports Tomas Brekke"), ss("Velka Movement supports Henrik Vesterlund")),
	mc("m6-he-object", "pronoun", "supports", ss("Tomas Brekke defeated Henrik Vesterlund in the vote.", "He won the support of the Velka Movement."),
		ss("Velka Movement supports Tomas Brekke"), ss("Velka Movement supports Henrik Vesterlund")),
	mc("m6-he-oblique", "pronoun", "visited", ss("Tomas Brekke spoke with Henrik Vesterlund on Monday.", "He then flew to Gulu."),
		ss("Tomas Brekke visited Gulu"), ss("Henrik Vesterlund visited Gulu")),
	mc("m6-he-appos", "pronoun", "visited", ss("Tomas Brekke, a rival of Henrik Vesterlund, spoke on Monday.", "He then flew to Gulu."),
		ss("Tomas Brekke visited Gulu"), ss("Henrik Vesterlund visited Gulu")),
	mc("m6-she-relative", "pronoun", "supports", ss("Rania Okoye defeated Ingrid Solberg, who had led the party.", "She won the support of the Velka Movement."),
		ss("Velka Movement supports Rania Okoye"), ss("Velka Movement supports Ingrid Solberg")),
	mc("m6-she-object", "pronoun", "visited", ss("Rania Okoye thanked Ingrid Solberg on Monday.", "She then flew to Gulu."),
		ss("Rania Okoye visited Gulu"), ss("Ingrid Solberg visited Gulu")),
	mc("m6-they-relative", "pronoun", "attacked", ss("The Velka Movement fought the Kesta Brigade, which had shelled Tabora.", "They then shelled Gulu."),
		ss("Velka Movement attacked Gulu"), ss("Kesta Brigade attacked Gulu")),
	mc("m6-he-gender", "pronoun", "supports", ss("Rania Okoye defeated Tomas Brekke, who had led the party.", "He won the support of the Velka Movement."),
		ss("Velka Movement supports Tomas Brekke"), ss("Velka Movement supports Rania Okoye")),
	mc("m6-she-gender", "pronoun", "visited", ss("Tomas Brekke thanked Rania Okoye on Monday.", "She then flew to Gulu."),
		ss("Rania Okoye visited Gulu"), ss("Tomas Brekke visited Gulu")),
	mc("m6-he-unknownrel", "pronoun", "supports", ss("Oren Tamsu defeated Dario Pell, who had led the party.", "He won the support of the Velka Movement."),
		ss("Velka Movement supports Oren Tamsu"), ss("Velka Movement supports Dario Pell")),
	mc("m6-he-unknownobl", "pronoun", "visited", ss("Oren Tamsu spoke with Dario Pell on Monday.", "He then flew to Gulu."),
		ss("Oren Tamsu visited Gulu"), ss("Dario Pell visited Gulu")),
	mc("m6-he-unknownapp", "pronoun", "visited", ss("Oren Tamsu, a rival of Dario Pell, spoke on Monday.", "He then flew to Gulu."),
		ss("Oren Tamsu visited Gulu"), ss("Dario Pell visited Gulu")),
	mc("m6-he-orgsubject", "pronoun", "visited", ss("The Velka Movement expelled Tomas Brekke on Monday.", "He then flew to Gulu."),
		ss("Tomas Brekke visited Gulu"), ss("Velka Movement visited Gulu")),
	mc("m6-she-relobj", "pronoun", "visited", ss("Rania Okoye met Ingrid Solberg, whom she had defeated.", "She then flew to Gulu."),
		ss("Rania Okoye visited Gulu"), ss("Ingrid Solberg visited Gulu")),
	mc("m6-he-titled", "pronoun", "supports", ss("President Oren Tamsu defeated Dario Pell, who had led the party.", "He won the support of the Velka Movement."),
		ss("Velka Movement supports Oren Tamsu"), ss("Velka Movement supports Dario Pell")),
	mc("m6-he-relleads", "pronoun", "visited", ss("Oren Tamsu met Dario Pell, who leads the Velka Movement.", "He then flew to Gulu."),
		ss("Oren Tamsu visited Gulu"), ss("Dario Pell visited Gulu")),
	mc("m6-he-openclause", "pronoun", "visited", ss("After Dario Pell resigned, Oren Tamsu won the vote.", "He then flew to Gulu."),
		ss("Oren Tamsu visited Gulu"), ss("Dario Pell visited Gulu")),
	mc("m6-he-openwhen", "pronoun", "visited", ss("When Oren Tamsu arrived in Tabora, Dario Pell met him.", "He then flew to Gulu."),
		ss("Dario Pell visited Gulu"), ss("Oren Tamsu visited Gulu")),
	mc("m6-he-opennomain", "pronoun", "visited", ss("After Oren Tamsu resigned, the party collapsed.", "He then flew to Gulu."),
		ss("Oren Tamsu visited Gulu"), nil),
	mc("m6-he-subjrel", "pronoun", "visited", ss("Oren Tamsu, who defeated Dario Pell, won the vote.", "He then flew to Gulu."),
		ss("Oren Tamsu visited Gulu"), ss("Dario Pell visited Gulu")),
	mc("m6-he-objrelsubj", "pronoun", "visited", ss("Oren Tamsu praised the plan that Dario Pell drafted.", "He then flew to Gulu."),
		ss("Oren Tamsu visited Gulu"), ss("Dario Pell visited Gulu")),
	mc("m6-he-accordingto", "pronoun", "visited", ss("According to Dario Pell, Oren Tamsu won the vote.", "He then flew to Gulu."),
		ss("Oren Tamsu visited Gulu"), ss("Dario Pell visited Gulu")),
	mc("m6-he-openpp", "pronoun", "visited", ss("In a letter to Dario Pell, Oren Tamsu conceded the vote.", "He then flew to Gulu."),
		ss("Oren Tamsu visited Gulu"), ss("Dario Pell visited Gulu")),
	mc("m6-she-unknownsubj", "pronoun", "visited", ss("Oren Tamsu met Rania Okoye on Monday.", "She then flew to Gulu."),
		ss("Rania Okoye visited Gulu"), ss("Oren Tamsu visited Gulu")),
	mc("m6-she-titledobj", "pronoun", "visited", ss("Oren Tamsu met Mrs Dario Pell on Monday.", "She then flew to Gulu."),
		ss("Dario Pell visited Gulu"), ss("Oren Tamsu visited Gulu")),
	mc("m6-he-chain", "pronoun", "visited", ss("Oren Tamsu defeated Dario Pell on Sunday.", "He thanked his voters.", "He then flew to Gulu."),
		ss("Oren Tamsu visited Gulu"), ss("Dario Pell visited Gulu")),
	mc("m6-he-ofobj", "pronoun", "visited", ss("Oren Tamsu defeated the party of Dario Pell, who had led it for years.", "He then flew to Gulu."),
		ss("Oren Tamsu visited Gulu"), ss("Dario Pell visited Gulu")),
	mc("m6-she-oblique", "pronoun", "supports", ss("Rania Okoye spoke with Ingrid Solberg about the vote.", "She won the support of the Velka Movement."),
		ss("Velka Movement supports Rania Okoye"), ss("Velka Movement supports Ingrid Solberg")),
}

// matrix6KnownFailures are the sixth round's cells the loader does not read yet, with
// the reason; the test asserts that each still fails.
var matrix6KnownFailures = map[string]string{
	"m6-they-relative": "bodypronoun.go binds 'they' to the body opening the sentence before only when that sentence names no rival body: the Kesta Brigade, in the object, blocks it (nothing rather than a guess)",
}

func TestConstructionMatrix6(t *testing.T) {
	res := relMatrixResults(t, matrix6Structure, matrix6Apposition, matrix6Pronoun)
	pass, total := checkMatrix(t, res, matrix6KnownFailures, "matrix6KnownFailures")
	t.Log("\n" + matrixTable(matrixPredicates, matrix6Columns, pass, total, 12, 11))
}
