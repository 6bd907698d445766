package loader

// Issue 11's argument side, round 3: arguments never found or found with the wrong class or
// boundary. A person whose given name no lexicon knows, read from the structure around the
// name (a body "under" or "led by" it, a party in brackets after it, "told reporters"); a
// country's possessive before a person; a capital named without commas; the party a person
// represents or stood for; a party's short form. Each case names the facts and classes it
// must give ("X isa Person") and wrong ones it must not, on sentences of our own (people,
// parties and towns made up; the countries are real).

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

var args3Columns = []string{"prep", "who", "honorific", "possessive", "bracket", "press", "capital", "partyverb", "partytitle", "shortform", "lowerbody"}

var args3Rows = []string{"class", "leads", "memberOf", "nationality", "locatedIn"}

var args3Names = []matrixCase{
	mc("a3-under", "prep", "class", ss("Kenya held elections on Sunday.", "The ministry under Tavita Stone cut the budget."),
		ss("Tavita Stone isa Person"), ss("Tavita Stone isa Organization", "Tavita Stone memberOf Kenya")),
	mc("a3-undergov", "prep", "class", ss("The government under Kerensa Holm raised taxes in Kenya."),
		ss("Kerensa Holm isa Person"), ss("Kerensa Holm isa Organization", "Kerensa Holm isa Place")),
	mc("a3-underword", "prep", "class", ss("The company, under Pressure Point rules, cut jobs in Kenya."),
		nil, ss("Pressure Point isa Person")),
	mc("a3-ledby", "prep", "class", ss("The protest, led by Tavita Stone, blocked the road to Kisumu."),
		ss("Tavita Stone isa Person"), ss("Tavita Stone isa Organization", "Tavita Stone visited Kisumu")),
	mc("a3-ledbyfirm", "prep", "class", ss("The buyout of Lumo Holdings closed in January and was led by Kestmann Little."),
		nil, ss("Kestmann Little isa Person")),
	mc("a3-headedby", "bracket", "leads", ss("The Velka Movement (headed by Tavita Stone) boycotted the vote."),
		ss("Tavita Stone leads Velka Movement", "Tavita Stone isa Person"), ss("Velka Movement leads Tavita Stone")),
	mc("a3-faces", "prep", "class", ss("Tavita Stone faces a vote of confidence on Monday."),
		ss("Tavita Stone isa Person"), ss("Tavita Stone isa Organization")),
	mc("a3-against", "who", "class", ss("The Velka Party campaigned against Tavita Stone, who leads the ministry."),
		ss("Tavita Stone isa Person"), ss("Tavita Stone leads Velka Party", "Tavita Stone memberOf Velka Party")),
	mc("a3-whotold", "who", "class", ss("Tavita Stone, who told reporters the vote was rigged, left Kisumu."),
		ss("Tavita Stone isa Person"), ss("Tavita Stone isa Place")),
	mc("a3-ms", "honorific", "class", ss("Ms Hale said the vote was rigged.", "Kerensa Hale left Kisumu on Monday."),
		ss("Kerensa Hale isa Person"), ss("Kerensa Hale isa Place", "Hale isa Organization")),
	mc("a3-dr", "honorific", "class", ss("Dr Kerensa Hale left Kisumu on Monday."),
		ss("Kerensa Hale isa Person"), ss("Kerensa Hale isa Organization", "Kerensa Hale visited Kisumu")),
	mc("a3-bracketmov", "bracket", "memberOf", ss("Tavita Stone (Velka Movement) boycotted the vote."),
		ss("Tavita Stone memberOf Velka Movement", "Tavita Stone isa Person"), ss("Tavita Stone leads Velka Movement")),
	mc("a3-bracketparty", "bracket", "memberOf", ss("Tavita Stone (Velka Party) boycotted the vote."),
		ss("Tavita Stone memberOf Velka Party", "Tavita Stone isa Person"), ss("Tavita Stone leads Velka Party")),
	mc("a3-bracketplace", "bracket", "memberOf", ss("Amara Odhiambo (Kisumu) boycotted the Velka Movement's vote."),
		nil, ss("Amara Odhiambo memberOf Kisumu", "Amara Odhiambo memberOf Velka Movement")),
	mc("a3-bracketfirm", "bracket", "memberOf", ss("Amara Odhiambo (Lumo Holdings) boycotted the vote."),
		nil, ss("Amara Odhiambo memberOf Lumo Holdings", "Amara Odhiambo leads Lumo Holdings")),
	mc("a3-toldguard", "press", "class", ss("Dario Guard told reporters in Kisumu that the vote was rigged."),
		ss("Dario Guard isa Person"), ss("Dario Guard isa Organization")),
	mc("a3-toldconf", "press", "class", ss("Dario Post told a news conference in Kisumu that the vote was rigged."),
		ss("Dario Post isa Person"), ss("Dario Post isa Organization")),
	mc("a3-statement", "press", "class", ss("Kerensa Media said in a statement that the vote was rigged."),
		ss("Kerensa Media isa Organization"), ss("Kerensa Media isa Person")),
	mc("a3-toldbody", "press", "class", ss("The Velka Guard told reporters in Kisumu that the vote was rigged."),
		ss("Velka Guard isa Organization"), ss("Velka Guard isa Person")),
	mc("a3-toldrare", "press", "class", ss("Tavita Post told reporters in Kisumu that the vote was rigged."),
		ss("Tavita Post isa Person"), ss("Tavita Post isa Organization")),
	mc("a3-possnat", "possessive", "nationality", ss("Kenya's Oren Tamsu said the talks had failed."),
		ss("Oren Tamsu nationality Kenya"), ss("Oren Tamsu memberOf Kenya", "Oren Tamsu leads Kenya")),
	mc("a3-possnatrare", "possessive", "class", ss("Kenya's Tavita Stone said the talks had failed."),
		ss("Tavita Stone isa Person"), ss("Tavita Stone memberOf Kenya", "Tavita Stone leads Kenya")),
	mc("a3-possfirm", "possessive", "nationality", ss("France's Velor Danic said its profits fell in Kenya."),
		nil, ss("Velor Danic nationality France", "Velor Danic nationality Kenya")),
	mc("a3-possminister", "possessive", "memberOf", ss("Kenya's foreign minister Tavita Stone flew to Uganda."),
		ss("Tavita Stone memberOf Kenya", "Tavita Stone isa Person"), ss("Tavita Stone memberOf Uganda", "Tavita Stone leads Kenya")),
	mc("a3-possbody", "possessive", "nationality", ss("Velka Kenya's Oren Tamsu said the talks had failed."),
		nil, ss("Oren Tamsu nationality Kenya")),
	mc("a3-posscreed", "possessive", "nationality", ss("Kenya's Catholic community welcomed Oren Tamsu."),
		nil, ss("Catholic nationality Kenya", "Roman Catholic nationality Kenya", "Oren Tamsu nationality Kenya")),
	mc("a3-possmet", "possessive", "nationality", ss("Kenya's Oren Tamsu met Uganda's Ruth Achieng in Kisumu."),
		ss("Oren Tamsu nationality Kenya", "Ruth Achieng nationality Uganda"), ss("Oren Tamsu nationality Uganda", "Ruth Achieng nationality Kenya")),
	mc("a3-countrys", "possessive", "nationality", ss("Kenya held elections on Sunday.", "The country's Oren Tamsu said the talks had failed."),
		ss("Oren Tamsu nationality Kenya"), ss("Oren Tamsu leads Kenya")),
	mc("a3-countrysmin", "possessive", "memberOf", ss("Kenya held elections on Sunday.", "The country's foreign minister Oren Tamsu flew to Uganda."),
		ss("Oren Tamsu memberOf Kenya"), ss("Oren Tamsu memberOf Uganda", "Oren Tamsu leads Kenya")),
}

var args3Places = []matrixCase{
	mc("a3-cap-bare", "capital", "locatedIn", ss("Kenya held elections on Sunday.", "Protesters marched in the capital Lomara on Monday."),
		ss("Lomara locatedIn Kenya", "Lomara isa Place"), ss("Kenya locatedIn Lomara")),
	mc("a3-cap-city", "capital", "locatedIn", ss("Kenya held elections on Sunday.", "Protesters marched in the capital city Lomara on Monday."),
		ss("Lomara locatedIn Kenya"), ss("Kenya locatedIn Lomara")),
	mc("a3-cap-cityof", "capital", "locatedIn", ss("Kenya held elections on Sunday.", "Protesters marched in the capital city of Lomara on Monday."),
		ss("Lomara locatedIn Kenya"), ss("Kenya locatedIn Lomara")),
	mc("a3-cap-adjcityof", "capital", "locatedIn", ss("Ruth Achieng flew to the Kenyan capital city of Lomara."),
		ss("Lomara locatedIn Kenya", "Ruth Achieng visited Lomara"), ss("Kenya locatedIn Lomara", "Ruth Achieng nationality Kenya")),
	mc("a3-cap-posscity", "capital", "locatedIn", ss("Ruth Achieng flew to Kenya's capital city Lomara."),
		ss("Lomara locatedIn Kenya"), ss("Kenya locatedIn Lomara", "Ruth Achieng nationality Kenya")),
	mc("a3-cap-money", "capital", "locatedIn", ss("Kenya held elections on Sunday.", "The fund raised the capital Lomara Partners needed."),
		nil, ss("Lomara locatedIn Kenya", "Lomara Partners locatedIn Kenya", "Lomara Partners isa Place")),
	mc("a3-cap-two", "capital", "locatedIn", ss("Kenya and Uganda held talks on Sunday.", "Protesters marched in the capital Lomara on Monday."),
		nil, ss("Lomara locatedIn Kenya", "Lomara locatedIn Uganda")),
	mc("a3-cap-foreign", "capital", "locatedIn", ss("Kenya held elections on Sunday.", "Ruth Achieng flew to Uganda and toured the capital city Lomara."),
		nil, ss("Lomara locatedIn Kenya")),
	mc("a3-cap-region", "capital", "locatedIn", ss("Kenya held elections on Sunday.", "Floods hit Kisumu, the capital city of Nyandu province."),
		ss("Kisumu locatedIn Nyandu"), ss("Nyandu locatedIn Kisumu", "Kisumu locatedIn Kenya")),
}

var args3Parties = []matrixCase{
	mc("a3-pv-representing", "partyverb", "memberOf", ss("Britain's parliament voted on the bill on Tuesday.", "Nadia Petrova, representing Labour, spoke against it."),
		ss("Nadia Petrova memberOf Labour Party"), ss("Nadia Petrova memberOf Conservative Party", "Nadia Petrova leads Labour Party")),
	mc("a3-pv-whorepresents", "partyverb", "memberOf", ss("Britain's parliament voted on the bill on Tuesday.", "Nadia Petrova, who represents Labour, spoke against it."),
		ss("Nadia Petrova memberOf Labour Party"), ss("Nadia Petrova leads Labour Party")),
	mc("a3-pv-stoodgreens", "partyverb", "memberOf", ss("Britain's parliament voted on the bill on Tuesday.", "Nadia Petrova stood for the Greens in 2019."),
		ss("Nadia Petrova memberOf Green Party"), ss("Nadia Petrova leads Green Party")),
	mc("a3-pv-stoodlabour", "partyverb", "memberOf", ss("Britain's parliament voted on the bill on Tuesday.", "Nadia Petrova stood for Labour in Dunmore."),
		ss("Nadia Petrova memberOf Labour Party"), ss("Nadia Petrova memberOf Dunmore", "Nadia Petrova leads Labour Party")),
	mc("a3-pv-standing", "partyverb", "memberOf", ss("The Velka Party lost two seats on Sunday.", "Nadia Petrova is standing for the Velka Party in Dunmore."),
		ss("Nadia Petrova memberOf Velka Party"), ss("Nadia Petrova leads Velka Party")),
	mc("a3-pv-future", "partyverb", "memberOf", ss("Britain's parliament voted on the bill on Tuesday.", "Nadia Petrova will stand for Labour next year."),
		nil, ss("Nadia Petrova memberOf Labour Party")),
	mc("a3-pv-election", "partyverb", "memberOf", ss("Britain's parliament voted on the bill on Tuesday.", "Nadia Petrova stood for election in Dunmore."),
		nil, ss("Nadia Petrova memberOf Dunmore", "Nadia Petrova memberOf United Kingdom")),
	mc("a3-pv-stoodfirm", "partyverb", "memberOf", ss("Nadia Petrova stood for Lumo Holdings in court."),
		nil, ss("Nadia Petrova memberOf Lumo Holdings")),
	mc("a3-pv-copula", "partyverb", "memberOf", ss("Britain's parliament voted on the bill on Tuesday.", "Nadia Petrova is a Labour MP."),
		ss("Nadia Petrova memberOf Labour Party"), ss("Nadia Petrova leads Labour Party")),
	mc("a3-pt-shadow", "partytitle", "memberOf", ss("Britain's parliament voted on Tuesday.", "Conservative shadow foreign secretary Tomas Lindqvist said it was wrong."),
		ss("Tomas Lindqvist memberOf Conservative Party"), ss("Tomas Lindqvist leads Conservative Party", "Tomas Lindqvist memberOf United Kingdom")),
	mc("a3-pt-campaign", "partytitle", "memberOf", ss("Britain's parliament voted on Tuesday.", "Labour campaign spokesman Tomas Lindqvist said it was wrong."),
		ss("Tomas Lindqvist memberOf Labour Party"), ss("Tomas Lindqvist leads Labour Party")),
	mc("a3-pt-parlchair", "partytitle", "memberOf", ss("Britain's parliament voted on Tuesday.", "Liberal Democrat parliamentary chairman Tomas Lindqvist said it was wrong."),
		ss("Tomas Lindqvist memberOf Liberal Democrats"), ss("Tomas Lindqvist leads Liberal Democrats")),
	mc("a3-pt-backbencher", "partytitle", "memberOf", ss("Britain's parliament voted on Tuesday.", "Tory backbencher Tomas Lindqvist said it was wrong."),
		ss("Tomas Lindqvist memberOf Conservative Party"), ss("Tomas Lindqvist leads Conservative Party")),
	mc("a3-pt-candidate", "partytitle", "memberOf", ss("Britain's parliament voted on Tuesday.", "Prospective Tory candidate Tomas Lindqvist said it was wrong."),
		ss("Tomas Lindqvist memberOf Conservative Party"), ss("Tomas Lindqvist leads Conservative Party")),
	mc("a3-pt-peer", "partytitle", "memberOf", ss("Britain's parliament voted on Tuesday.", "Labour peer Baroness Lindqvist said it was wrong."),
		ss("Baroness Lindqvist memberOf Labour Party"), ss("Baroness Lindqvist leads Labour Party")),
	mc("a3-pt-partynoun", "partytitle", "leads", ss("Britain's parliament voted on Tuesday.", "Labour party chairman Tomas Lindqvist said it was wrong."),
		ss("Tomas Lindqvist leads Labour Party"), ss("Tomas Lindqvist leads Labour", "Labour isa Organization")),
	mc("a3-pt-possessive", "partytitle", "memberOf", ss("Britain's parliament voted on Tuesday.", "Labour's election chief Tomas Lindqvist denied it."),
		ss("Tomas Lindqvist memberOf Labour Party"), ss("Tomas Lindqvist leads Labour Party")),
	mc("a3-pt-mep", "partytitle", "memberOf", ss("Britain's parliament voted on Tuesday.", "London UKIP MEP Tomas Lindqvist said it was wrong."),
		ss("Tomas Lindqvist memberOf UK Independence Party"), ss("Tomas Lindqvist memberOf London", "Tomas Lindqvist leads UK Independence Party")),
	mc("a3-pt-nominee", "partytitle", "memberOf", ss("US voters went to the polls.", "Polls show presumptive Democratic presidential nominee Tomas Lindqvist led President Oren Tamsu."),
		ss("Tomas Lindqvist memberOf Democratic Party"), ss("Oren Tamsu memberOf Democratic Party", "Tomas Lindqvist leads Democratic Party")),
	mc("a3-pt-accused", "partytitle", "memberOf", ss("Britain's parliament voted on Tuesday.", "The Lib Dems accused Mr Lindqvist of ducking the issue."),
		nil, ss("Lindqvist memberOf Liberal Democrats")),
	mc("a3-pt-voters", "partytitle", "memberOf", ss("Britain's parliament voted on Tuesday.", "Labour voters told pollster Tomas Lindqvist they were angry."),
		nil, ss("Tomas Lindqvist memberOf Labour Party")),
	mc("a3-pt-nocountry", "partytitle", "leads", ss("Tory leader Tomas Lindqvist said Mr Blair was wrong."),
		ss("Tomas Lindqvist leads Conservative Party"), ss("Blair memberOf Conservative Party")),
	mc("a3-pt-canada", "partytitle", "leads", ss("Canada held elections on Monday.", "Tory leader Tomas Lindqvist said the vote was close."),
		nil, ss("Tomas Lindqvist leads Conservative Party", "Tomas Lindqvist memberOf Conservative Party")),
	mc("a3-pt-places", "partytitle", "memberOf", ss("Labour MP Tomas Lindqvist said the plan was rejected in Manchester and Glasgow."),
		ss("Tomas Lindqvist memberOf Labour Party"), ss("Tomas Lindqvist memberOf New Zealand Labour Party", "Tomas Lindqvist leads Labour Party")),
	mc("a3-pt-placestwo", "partytitle", "memberOf", ss("Labour MP Tomas Lindqvist spoke in Glasgow and Auckland on Monday."),
		nil, ss("Tomas Lindqvist memberOf Labour Party", "Tomas Lindqvist memberOf New Zealand Labour Party")),
	mc("a3-pt-othercountry", "partytitle", "memberOf", ss("Greece and Turkey eased a row over the Aegean on Monday.", "Greece had threatened a Canadian-led consortium drilling off Greek islands.", "Conservative opposition leader Tomas Lindqvist urged Greece to talk."),
		nil, ss("Tomas Lindqvist memberOf Conservative Party of Canada", "Tomas Lindqvist memberOf Conservative Party", "Tomas Lindqvist leads Conservative Party of Canada")),
	mc("a3-pt-before", "partytitle", "memberOf", ss("Japan's cabinet met on Monday.", "The plan will be worked out by the Velka Party before Prime Minister Tomas Lindqvist leaves for Kenya."),
		nil, ss("Tomas Lindqvist memberOf Velka Party", "Tomas Lindqvist leads Velka Party")),
	mc("a3-sf-acronym", "shortform", "class", ss("Shares of Sonda National Printers Ltd (SNP) rose in Singapore on Monday.", "SNP said profits rose."),
		ss("Sonda National Printers Ltd isa Organization"), ss("Scottish National Party isa Organization")),
	mc("a3-sf-acronymuk", "shortform", "class", ss("Britain's markets rose on Monday.", "Shares of Sonda National Printers Ltd (SNP) rose in London.", "SNP said profits rose."),
		ss("Sonda National Printers Ltd isa Organization"), ss("Scottish National Party isa Organization")),
	mc("a3-sf-snpbracket", "shortform", "memberOf", ss("Britain's parliament voted on the bill on Tuesday.", "Nadia Petrova (SNP) spoke against it."),
		ss("Nadia Petrova memberOf Scottish National Party"), ss("Nadia Petrova leads Scottish National Party")),
	mc("a3-sf-snp", "shortform", "memberOf", ss("Britain's parliament voted on the bill on Tuesday.", "SNP MP Nadia Petrova spoke against it."),
		ss("Nadia Petrova memberOf Scottish National Party"), ss("Nadia Petrova leads Scottish National Party")),
	mc("a3-sf-ukip", "shortform", "memberOf", ss("Britain's parliament voted on the bill on Tuesday.", "Nadia Petrova, a UKIP MP, spoke against it."),
		ss("Nadia Petrova memberOf UK Independence Party"), ss("Nadia Petrova leads UK Independence Party")),
	mc("a3-sf-greensnocountry", "shortform", "memberOf", ss("Nadia Petrova stood for the Greens in Kisumu."),
		nil, ss("Nadia Petrova memberOf Green Party")),
	mc("a3-lb-senate", "lowerbody", "class", ss("The senate's budget committee met Oren Tamsu in Kisumu."),
		ss("Oren Tamsu isa Person"), ss("Oren Tamsu isa Organization", "Oren Tamsu memberOf Kisumu")),
}

// args3KnownFailures are the cells the loader does not read yet, with the reason; the test
// asserts that each still fails.
var args3KnownFailures = map[string]string{
	"a3-pv-stoodgreens": "\"Greens\" is no party short form: several countries' Green parties share it, and a row for Britain's read \"the Greens Creek venture\" (a mine) as the party",
	"a3-pt-places":      "a party word by the country of the story's places alone: tried and dropped, as resolution across documents then merged other countries' same-named parties into the one it named",
	"a3-faces":          "a rare given name, an English-word surname and a verb a body takes as well (\"faces a vote\"): no evidence of a person",
	"a3-toldrare":       "a body's head word after a rare given name (\"Tavita Post\"): \"told reporters\" alone does not outweigh the head word",
}

// args3Passes is matrixPasses with the classes of the document's entities as facts too
// ("Tavita Stone isa Person").
func args3Passes(t *testing.T, c matrixCase) (bool, string) {
	ents, got := analyzeT(t, newSemantics(nil), testDoc("args3", c.sents...))
	for _, e := range ents {
		got[e.Name+" isa "+strings.TrimPrefix(string(e.Class), string(schema.NS))] = true
	}
	return factVerdict(c, got)
}

func TestArgs3Matrix(t *testing.T) {
	var res []matrixResult
	for _, g := range [][]matrixCase{args3Names, args3Places, args3Parties} {
		for _, c := range g {
			ok, why := args3Passes(t, c)
			res = append(res, matrixResult{id: c.id, text: fmt.Sprintf("%q", c.sents), cell: [2]string{c.pred, c.cons}, ok: ok, why: why})
		}
	}
	pass, total := checkMatrix(t, res, args3KnownFailures, "args3KnownFailures")
	t.Log("\n" + matrixTable(args3Rows, args3Columns, pass, total, 12, 10))
}
