package loader

// The fourth round of issue 11's matrix: the ways news states posts, parties and places
// (leads, memberOf, nationality, partOf, locatedIn): titles before and after the name,
// appositions, relative clauses, appointment verbs, possessives, local posts (mayors,
// governors, which give no leads: the ontology's leads ranges over bodies and countries),
// bare titles whose country is the document's, former posts (kept, as the held-out READMEs
// say), parties in parentheses, of-phrases, party adjectives and short forms, places in
// appositions, of-phrases and commas, and demonyms. People, parties, agencies and towns
// are made up; the countries are real.

import "testing"

// The fourth round's construction columns, in the order the table prints them.
var matrix4Columns = []string{"title", "apposition", "relclause", "verb", "possessive", "local",
	"bare", "former", "party", "place", "negative"}

var matrix4Rows = []string{"leads", "memberOf", "nationality", "partOf", "locatedIn"}

var matrix4Leads = []matrixCase{
	mc("p4-lead-title", "title", "leads", ss("Kenyan President Bakari Mwinyi arrived in Kisumu on Monday."),
		ss("Bakari Mwinyi leads Kenya", "Bakari Mwinyi nationality Kenya"), ss("Bakari Mwinyi leads Kisumu")),
	mc("p4-lead-appos", "apposition", "leads", ss("Bakari Mwinyi, the president of Tanzania, met Ruth Achieng in Kisumu."),
		ss("Bakari Mwinyi leads Tanzania"), ss("Ruth Achieng leads Tanzania", "Bakari Mwinyi leads Kisumu")),
	mc("p4-lead-apposadj", "apposition", "leads", ss("Bakari Mwinyi, the Tanzanian prime minister, met Ruth Achieng."),
		ss("Bakari Mwinyi leads Tanzania"), ss("Ruth Achieng leads Tanzania")),
	mc("p4-lead-whois", "relclause", "leads", ss("Bakari Mwinyi, who is prime minister of Tanzania, met Ruth Achieng."),
		ss("Bakari Mwinyi leads Tanzania"), ss("Ruth Achieng leads Tanzania")),
	mc("p4-lead-elected", "verb", "leads", ss("Bakari Mwinyi was elected president of Ghana in 2019."),
		ss("Bakari Mwinyi leads Ghana"), ss("Bakari Mwinyi memberOf Ghana")),
	mc("p4-lead-sworn", "verb", "leads", ss("Bakari Mwinyi was sworn in as president of Ghana on Friday."),
		ss("Bakari Mwinyi leads Ghana"), ss("Bakari Mwinyi memberOf Ghana")),
	mc("p4-lead-became", "verb", "leads", ss("Bakari Mwinyi became president of Ghana in 2019."),
		ss("Bakari Mwinyi leads Ghana"), ss("Bakari Mwinyi memberOf Ghana")),
	mc("p4-lead-countrys", "possessive", "leads", ss("Kenya held a general election in March.", "The country's president, Bakari Mwinyi, visited Kisumu on Monday."),
		ss("Bakari Mwinyi leads Kenya"), ss("Bakari Mwinyi leads Kisumu")),
	mc("p4-lead-ruling", "possessive", "leads", ss("Bakari Mwinyi, the Velka Party's leader, spoke in Kisumu."),
		ss("Bakari Mwinyi leads Velka Party"), ss("Bakari Mwinyi leads Kisumu")),
	mc("p4-lead-partytitle", "title", "leads", ss("Velka Party leader Bakari Mwinyi spoke in Kisumu on Monday."),
		ss("Bakari Mwinyi leads Velka Party"), ss("Bakari Mwinyi memberOf Kisumu")),
	mc("p4-lead-leaderof", "apposition", "leads", ss("Bakari Mwinyi, leader of the Velka Party, met Ruth Achieng."),
		ss("Bakari Mwinyi leads Velka Party"), ss("Ruth Achieng leads Velka Party")),
	mc("p4-lead-agency", "apposition", "leads", ss("Amara Odhiambo, head of the Lumo Water Agency, met Joseph Kamau."),
		ss("Amara Odhiambo leads Lumo Water Agency"), ss("Joseph Kamau leads Lumo Water Agency")),
	mc("p4-lead-chair", "title", "leads", ss("Velka Party chairwoman Amara Odhiambo met Joseph Kamau."),
		ss("Amara Odhiambo leads Velka Party"), ss("Joseph Kamau leads Velka Party")),
	mc("p4-lead-isledby", "verb", "leads", ss("The Velka Party is led by Amara Odhiambo, who met Joseph Kamau."),
		ss("Amara Odhiambo leads Velka Party"), ss("Joseph Kamau leads Velka Party")),
	mc("p4-lead-headedby", "verb", "leads", ss("The Lumo Water Agency, headed by Amara Odhiambo, cut supplies."),
		ss("Amara Odhiambo leads Lumo Water Agency"), ss("Lumo Water Agency leads Amara Odhiambo")),
	mc("p4-lead-mayor", "local", "leads", ss("Ruth Achieng, the mayor of Kisumu, met Bakari Mwinyi."),
		nil, ss("Ruth Achieng leads Kisumu", "Bakari Mwinyi leads Kisumu")),
	mc("p4-lead-mayorpre", "local", "leads", ss("Kisumu mayor Ruth Achieng opened the market on Monday."),
		nil, ss("Ruth Achieng leads Kisumu", "Ruth Achieng nationality Kisumu")),
	mc("p4-lead-governor", "local", "leads", ss("Joseph Kamau, governor of the Nyandu province, met Ruth Achieng."),
		nil, ss("Joseph Kamau leads Nyandu", "Ruth Achieng leads Nyandu")),
	mc("p4-lead-bare", "bare", "leads", ss("Ghana held a state funeral on Monday.", "Ghanaian officials said thousands attended and a delegation from Kenya came.", "President Bakari Mwinyi spoke at the ceremony in Ghana."),
		ss("Bakari Mwinyi leads Ghana"), ss("Bakari Mwinyi leads Kenya")),
	mc("p4-lead-bareambig", "bare", "leads", ss("Ghana and Kenya signed a trade deal on Monday.", "President Bakari Mwinyi praised it."),
		nil, ss("Bakari Mwinyi leads Ghana", "Bakari Mwinyi leads Kenya")),
	mc("p4-lead-former", "former", "leads", ss("Former Ghanaian president Bakari Mwinyi died on Sunday."),
		ss("Bakari Mwinyi leads Ghana", "Bakari Mwinyi nationality Ghana"), ss("Bakari Mwinyi leads Kenya")),
	mc("p4-lead-formerappos", "former", "leads", ss("Bakari Mwinyi, a former prime minister of Uganda, met Ruth Achieng."),
		ss("Bakari Mwinyi leads Uganda"), ss("Ruth Achieng leads Uganda")),
	mc("p4-lead-lost", "negative", "leads", ss("Bakari Mwinyi lost the race to become president of Ghana."),
		nil, ss("Bakari Mwinyi leads Ghana")),
	mc("p4-lead-wants", "negative", "leads", ss("Bakari Mwinyi wants to become prime minister of Ghana."),
		nil, ss("Bakari Mwinyi leads Ghana")),
}

var matrix4Members = []matrixCase{
	mc("p4-mem-title", "title", "memberOf", ss("Kenyan Foreign Minister Amara Odhiambo met Tomas Lindqvist."),
		ss("Amara Odhiambo memberOf Kenya", "Amara Odhiambo nationality Kenya"), ss("Tomas Lindqvist memberOf Kenya", "Amara Odhiambo leads Kenya")),
	mc("p4-mem-poss", "possessive", "memberOf", ss("Kenya's foreign minister Amara Odhiambo flew to Ghana."),
		ss("Amara Odhiambo memberOf Kenya"), ss("Amara Odhiambo leads Kenya", "Amara Odhiambo memberOf Ghana")),
	mc("p4-mem-possappos", "possessive", "memberOf", ss("Kenya's foreign minister, Amara Odhiambo, flew to Ghana."),
		ss("Amara Odhiambo memberOf Kenya"), ss("Amara Odhiambo leads Kenya", "Amara Odhiambo memberOf Ghana")),
	mc("p4-mem-appointed", "verb", "memberOf", ss("Amara Odhiambo was appointed finance minister of Kenya in May."),
		ss("Amara Odhiambo memberOf Kenya"), ss("Amara Odhiambo leads Kenya")),
	mc("p4-mem-named", "verb", "memberOf", ss("Uganda named Amara Odhiambo as its new defence minister."),
		ss("Amara Odhiambo memberOf Uganda"), ss("Amara Odhiambo leads Uganda")),
	mc("p4-mem-apposof", "apposition", "memberOf", ss("Amara Odhiambo, the interior minister of Ghana, met Bakari Mwinyi."),
		ss("Amara Odhiambo memberOf Ghana"), ss("Bakari Mwinyi memberOf Ghana", "Amara Odhiambo leads Ghana")),
	mc("p4-mem-whois", "relclause", "memberOf", ss("Amara Odhiambo, who is Ghana's health minister, met Bakari Mwinyi."),
		ss("Amara Odhiambo memberOf Ghana"), ss("Bakari Mwinyi memberOf Ghana")),
	mc("p4-mem-paren", "party", "memberOf", ss("Amara Odhiambo (Velka Party) won the seat on Sunday."),
		ss("Amara Odhiambo memberOf Velka Party"), ss("Amara Odhiambo leads Velka Party")),
	mc("p4-mem-of", "party", "memberOf", ss("Amara Odhiambo of the Velka Party won the seat on Sunday."),
		ss("Amara Odhiambo memberOf Velka Party"), ss("Amara Odhiambo leads Velka Party")),
	mc("p4-mem-shortmp", "party", "memberOf", ss("The Velka Party lost two seats on Sunday.", "Velka MP Amara Odhiambo said the party would recover."),
		ss("Amara Odhiambo memberOf Velka Party"), ss("Amara Odhiambo leads Velka Party")),
	mc("p4-mem-mp", "title", "memberOf", ss("Velka Party MP Amara Odhiambo met Joseph Kamau."),
		ss("Amara Odhiambo memberOf Velka Party"), ss("Joseph Kamau memberOf Velka Party", "Amara Odhiambo leads Velka Party")),
	mc("p4-mem-lawmaker", "apposition", "memberOf", ss("Amara Odhiambo, a Velka Party lawmaker, met Joseph Kamau."),
		ss("Amara Odhiambo memberOf Velka Party"), ss("Joseph Kamau memberOf Velka Party")),
	mc("p4-mem-represents", "relclause", "memberOf", ss("Amara Odhiambo, who represents the Velka Party in parliament, met Joseph Kamau."),
		ss("Amara Odhiambo memberOf Velka Party"), ss("Joseph Kamau memberOf Velka Party")),
	mc("p4-mem-conservative", "party", "memberOf", ss("Britain's parliament voted on the bill on Tuesday.", "The Conservative Tomas Lindqvist voted against it."),
		ss("Tomas Lindqvist memberOf Conservative Party"), ss("Tomas Lindqvist memberOf Labour Party")),
	mc("p4-mem-labours", "party", "memberOf", ss("Britain's parliament voted on the bill on Tuesday.", "Labour's Nadia Petrova called the vote a disgrace."),
		ss("Nadia Petrova memberOf Labour Party"), ss("Nadia Petrova memberOf Conservative Party")),
	mc("p4-mem-adjmp", "party", "memberOf", ss("Britain's parliament voted on the bill on Tuesday.", "Conservative MP Tomas Lindqvist voted against it."),
		ss("Tomas Lindqvist memberOf Conservative Party"), ss("Tomas Lindqvist leads Conservative Party")),
	mc("p4-mem-copula", "verb", "memberOf", ss("Amara Odhiambo is a member of the Velka Party."),
		ss("Amara Odhiambo memberOf Velka Party"), ss("Amara Odhiambo leads Velka Party")),
	mc("p4-mem-joined", "verb", "memberOf", ss("Amara Odhiambo joined the Velka Party in 2015 with Joseph Kamau's help."),
		ss("Amara Odhiambo memberOf Velka Party"), ss("Amara Odhiambo leads Velka Party")),
	mc("p4-mem-former", "former", "memberOf", ss("Former Velka Party MP Amara Odhiambo met Joseph Kamau."),
		ss("Amara Odhiambo memberOf Velka Party"), ss("Joseph Kamau memberOf Velka Party")),
	mc("p4-mem-exminister", "former", "memberOf", ss("Amara Odhiambo, a former Kenyan finance minister, met Joseph Kamau."),
		ss("Amara Odhiambo memberOf Kenya", "Amara Odhiambo nationality Kenya"), ss("Joseph Kamau memberOf Kenya", "Amara Odhiambo leads Kenya")),
	mc("p4-mem-spokes", "title", "memberOf", ss("Velka Party spokesman Joseph Kamau said the vote was fair."),
		ss("Joseph Kamau memberOf Velka Party"), ss("Joseph Kamau leads Velka Party")),
	mc("p4-mem-official", "apposition", "memberOf", ss("Joseph Kamau, an official of the Lumo Water Agency, met Ruth Achieng."),
		ss("Joseph Kamau memberOf Lumo Water Agency"), ss("Ruth Achieng memberOf Lumo Water Agency", "Joseph Kamau leads Lumo Water Agency")),
	mc("p4-mem-bare", "bare", "memberOf", ss("Ghana's parliament passed the budget on Monday.", "Ghanaian officials said it would cut debt.", "Finance Minister Amara Odhiambo defended it in Ghana."),
		ss("Amara Odhiambo memberOf Ghana"), ss("Amara Odhiambo leads Ghana")),
	mc("p4-mem-denied", "negative", "memberOf", ss("Amara Odhiambo denied being a member of the Velka Party."),
		nil, ss("Amara Odhiambo memberOf Velka Party")),
}

var matrix4Nationality = []matrixCase{
	mc("p4-nat-title", "title", "nationality", ss("Ugandan lawyer Ruth Achieng was freed in Kisumu."),
		ss("Ruth Achieng nationality Uganda"), ss("Ruth Achieng nationality Kenya")),
	mc("p4-nat-national", "apposition", "nationality", ss("Ruth Achieng, a Kenyan national, was arrested in Uganda."),
		ss("Ruth Achieng nationality Kenya"), ss("Ruth Achieng nationality Uganda")),
	mc("p4-nat-citizen", "apposition", "nationality", ss("Ruth Achieng, a Ugandan citizen, was arrested in Kenya."),
		ss("Ruth Achieng nationality Uganda"), ss("Ruth Achieng nationality Kenya")),
	mc("p4-nat-born", "title", "nationality", ss("The Kenyan-born Ruth Achieng won the race in Uganda."),
		nil, ss("Ruth Achieng nationality Uganda")),
	mc("p4-nat-copula", "verb", "nationality", ss("Ruth Achieng, who is Ghanaian, met Joseph Kamau in Kenya."),
		ss("Ruth Achieng nationality Ghana"), ss("Joseph Kamau nationality Ghana", "Ruth Achieng nationality Kenya")),
	mc("p4-nat-lives", "negative", "nationality", ss("Ruth Achieng, who lives in Kenya, met Joseph Kamau."),
		nil, ss("Ruth Achieng nationality Kenya")),
	mc("p4-nat-town", "negative", "nationality", ss("Kisumu-born Ruth Achieng won the race in Kenya."),
		nil, ss("Ruth Achieng nationality Kisumu")),
	mc("p4-nat-coordtitle", "title", "nationality", ss("Kenyan President Bakari Mwinyi met Ugandan Foreign Minister Ruth Achieng."),
		ss("Bakari Mwinyi nationality Kenya", "Ruth Achieng nationality Uganda", "Ruth Achieng memberOf Uganda"),
		ss("Bakari Mwinyi nationality Uganda", "Ruth Achieng nationality Kenya", "Ruth Achieng leads Kenya")),
}

var matrix4Places = []matrixCase{
	mc("p4-loc-appos", "apposition", "locatedIn", ss("Kisumu, a city in western Kenya, was flooded on Monday."),
		ss("Kisumu locatedIn Kenya"), ss("Kenya locatedIn Kisumu")),
	mc("p4-loc-cityof", "place", "locatedIn", ss("The Kenyan city of Kisumu was flooded on Monday."),
		ss("Kisumu locatedIn Kenya"), ss("Kenya locatedIn Kisumu")),
	mc("p4-loc-in", "place", "locatedIn", ss("Floods hit Kisumu in Kenya on Monday."),
		ss("Kisumu locatedIn Kenya"), ss("Kenya locatedIn Kisumu")),
	mc("p4-loc-comma", "place", "locatedIn", ss("Ruth Achieng spoke in Kisumu, Kenya, on Monday."),
		ss("Kisumu locatedIn Kenya"), ss("Kenya locatedIn Kisumu")),
	mc("p4-loc-capitalposs", "possessive", "locatedIn", ss("Tanzania's capital, Lomara, was calm on Monday."),
		ss("Lomara locatedIn Tanzania"), ss("Tanzania locatedIn Lomara")),
	mc("p4-loc-capitaladj", "title", "locatedIn", ss("Protests spread to the Tanzanian capital Lomara on Monday."),
		ss("Lomara locatedIn Tanzania"), ss("Tanzania locatedIn Lomara")),
	mc("p4-loc-thecapital", "bare", "locatedIn", ss("Tanzania held elections on Sunday.", "Tanzanian officials said turnout was high.", "Protesters marched in the capital, Lomara, on Monday."),
		ss("Lomara locatedIn Tanzania"), ss("Tanzania locatedIn Lomara")),
	mc("p4-loc-region", "place", "locatedIn", ss("The floods hit the town of Ulanga in northern Tanzania."),
		ss("Ulanga locatedIn Tanzania"), ss("Tanzania locatedIn Ulanga")),
	mc("p4-loc-province", "place", "locatedIn", ss("Floods hit Kisumu, the capital of Nyandu province, on Monday."),
		ss("Kisumu locatedIn Nyandu"), ss("Nyandu locatedIn Kisumu")),
	mc("p4-loc-where", "relclause", "locatedIn", ss("Ruth Achieng flew to Kenya, where she visited Kisumu."),
		ss("Kisumu locatedIn Kenya"), ss("Kenya locatedIn Kisumu")),
	mc("p4-loc-near", "negative", "locatedIn", ss("Ulanga, near Kisumu, was flooded on Monday."),
		nil, ss("Ulanga locatedIn Kisumu")),
	mc("p4-loc-fromto", "negative", "locatedIn", ss("Ruth Achieng flew from Kisumu to Ghana on Monday."),
		nil, ss("Kisumu locatedIn Ghana")),
}

var matrix4Parts = []matrixCase{
	mc("p4-part-wing", "apposition", "partOf", ss("The Tamu League, the youth wing of the Velka Party, marched in Kisumu."),
		ss("Tamu League partOf Velka Party"), ss("Velka Party partOf Tamu League")),
	mc("p4-part-agency", "apposition", "partOf", ss("The Lumo Water Agency, a Kenyan government agency, cut supplies."),
		ss("Lumo Water Agency partOf Kenya"), ss("Lumo Water Agency partOf Uganda")),
	mc("p4-part-poss", "possessive", "partOf", ss("Kenya's Lumo Water Agency raised prices in Uganda."),
		ss("Lumo Water Agency partOf Kenya"), ss("Lumo Water Agency partOf Uganda")),
	mc("p4-part-party", "negative", "partOf", ss("Kenya's Velka Party won the vote."),
		nil, ss("Velka Party partOf Kenya")),
}

// matrix4KnownFailures are the fourth round's cells the loader does not read yet, with
// the reason; the test asserts that each still fails.
var matrix4KnownFailures = map[string]string{
	"p4-lead-headedby":   "\"Y, headed by X,\" as a participle apposition gives no leads (\"led by\" in parentheses is read since m3-lead-paren)",
	"p4-mem-named":       "\"Y named X as its new minister\": the appointing country as the object's post owner is not read",
	"p4-mem-paren":       "a party in parentheses after a person, \"X (Velka Party)\", gives no memberOf",
	"p4-mem-shortmp":     "the short form of a party (\"Velka\" for the Velka Party named earlier) before MP is no party mention",
	"p4-mem-lawmaker":    "\"X, a Velka Party lawmaker,\": a party-compound member noun in an apposition gives no memberOf",
	"p4-mem-represents":  "\"X, who represents the Velka Party\": represents is no membership trigger",
	"p4-mem-labours":     "\"Labour's X\": a party possessive before a person gives no memberOf",
	"p4-nat-copula":      "\"X, who is Ghanaian,\": a demonym as predicate adjective gives no nationality",
	"p4-loc-capitalposs": "\"Tanzania's capital, Lomara,\": an unknown capital named in apposition to the country's capital is not read",
	"p4-loc-capitaladj":  "\"the Tanzanian capital Lomara\": an unknown name after a demonym and capital is not read",
	"p4-loc-thecapital":  "\"the capital, Lomara,\" in a story about one country: no document country for places",
	"p4-loc-where":       "\"flew to Kenya, where she visited Kisumu\": the where-clause gives no locatedIn",
	"p4-part-agency":     "\"Y, a Kenyan government agency,\": a demonym in the apposition's head gives no partOf",
}

func TestConstructionMatrix4(t *testing.T) {
	res := relMatrixResults(t, matrix4Leads, matrix4Members, matrix4Nationality, matrix4Places, matrix4Parts)
	pass, total := checkMatrix(t, res, matrix4KnownFailures, "matrix4KnownFailures")
	t.Log("\n" + matrixTable(matrix4Rows, matrix4Columns, pass, total, 12, 11))
}
