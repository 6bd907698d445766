package loader

// Issue 11's second coreference matrix: plural and neuter pronouns for bodies, parties,
// countries and groups of people; descriptions of bodies and of pairs; cataphora; bare
// surnames shared by a relative; possessive pronouns as the argument of an event noun;
// pronouns across a quote; and cells with two fitting antecedents (no guess) or none (no
// fact). The sentences are our own (people and bodies made up, real countries and towns).
// Cells the loader cannot read yet are in coref2KnownFailures with the reason; the test
// asserts that they still fail. `go test -run TestCorefMatrix2 -v ./loader` prints the table.

import "testing"

// The situation columns of the second matrix, in the order the table prints them.
var coref2Columns = []string{"prev", "otherkind", "ambiguous", "none", "cataphora", "quote", "eventarg", "relative"}

// The anaphor rows of the second matrix, in the order the table prints them.
var coref2Rows = []string{"they/them", "their", "it/its", "the group", "the militia", "the party", "the ministry",
	"the alliance", "the bloc", "the country", "two countries", "both leaders", "the pair", "he/his", "she/her", "surname"}

var coref2Plural = []matrixCase{
	mc("they-body", "prev", "they/them", ss("The Copper Hills Front seized two villages near Bunia.", "They are backed by Uganda."),
		ss("Uganda supports Copper Hills Front"), nil),
	mc("they-countries-visit", "prev", "they/them", ss("Botswana and Namibia signed a water treaty on Monday.", "They have imposed sanctions on the Copper Hills Front."),
		ss("Copper Hills Front sanctionedBy Botswana", "Copper Hills Front sanctionedBy Namibia"), nil),
	mc("them-people", "prev", "they/them", ss("Marek Sollen and Ada Frenn arrived in Accra on Monday.", "Governor Pavel Drosk met them on Tuesday."),
		ss("Pavel Drosk met Marek Sollen", "Pavel Drosk met Ada Frenn"), nil),
	mc("they-person-only", "none", "they/them", ss("Marek Sollen arrived in Accra on Monday.", "They visited Kumasi on Tuesday."),
		nil, ss("Marek Sollen visited Kumasi")),
	mc("they-quote", "quote", "they/them", ss("The Copper Hills Front seized two villages near Bunia.", "\"We will fight on,\" they said, adding that they are backed by Uganda."),
		nil, ss("Uganda supports Bunia")),
	mc("their-body", "prev", "their", ss("Fighters of the Copper Hills Front seized two villages near Bunia.", "Their commander, Marek Sollen, is backed by Uganda."),
		ss("Marek Sollen leads Copper Hills Front"), ss("Marek Sollen leads Bunia")),
	mc("their-visit", "eventarg", "their", ss("Marek Sollen and Ada Frenn arrived in Accra on Monday.", "Their visit to Kumasi ended on Friday."),
		ss("Marek Sollen visited Kumasi", "Ada Frenn visited Kumasi"), nil),
	mc("their-visit-amb", "ambiguous", "their", ss("Botswana and Namibia signed a treaty.", "Marek Sollen and Ada Frenn arrived in Accra on Monday.", "Their visit to Kumasi ended on Friday."),
		nil, ss("Botswana visited Kumasi", "Namibia visited Kumasi")),
	mc("their-none", "none", "their", ss("Marek Sollen arrived in Accra on Monday.", "Their visit to Kumasi ended on Friday."),
		nil, ss("Marek Sollen visited Kumasi")),
}

var coref2Neuter = []matrixCase{
	mc("it-country-sanction", "prev", "it/its", ss("Botswana recalled its ambassador on Monday.", "It has imposed sanctions on the Copper Hills Front."),
		ss("Copper Hills Front sanctionedBy Botswana"), nil),
	mc("it-after-attack", "otherkind", "it/its", ss("The Copper Hills Front attacked Bunia on Monday.", "The attack killed nine people.", "It is backed by Uganda."),
		nil, ss("Uganda supports Bunia", "Uganda supports attack")),
	mc("it-body-place", "otherkind", "it/its", ss("The Copper Hills Front attacked Bunia on Monday.", "Its leader, Marek Sollen, is backed by Uganda."),
		ss("Marek Sollen leads Copper Hills Front"), ss("Marek Sollen leads Bunia")),
	mc("its-attack", "eventarg", "it/its", ss("The Copper Hills Front seized two villages near Bunia.", "Its attack on Mahagi killed nine people."),
		ss("Copper Hills Front attacked Mahagi"), nil),
	mc("its-attack-amb", "ambiguous", "it/its", ss("The Copper Hills Front and the Ituri Guard seized two villages near Bunia.", "Its attack on Mahagi killed nine people."),
		nil, ss("Copper Hills Front attacked Mahagi", "Ituri Guard attacked Mahagi")),
	mc("its-none", "none", "it/its", ss("Marek Sollen arrived in Accra on Monday.", "Its attack on Mahagi killed nine people."),
		nil, ss("Marek Sollen attacked Mahagi")),
	mc("its-country-leader", "prev", "it/its", ss("Namibia recalled its ambassador on Monday.", "Its president, Pavel Drosk, defended the decision."),
		ss("Pavel Drosk leads Namibia"), nil),
}

var coref2Descriptions = []matrixCase{
	mc("group-backed", "prev", "the group", ss("The Copper Hills Front seized two villages near Bunia.", "The group is backed by Uganda."),
		ss("Uganda supports Copper Hills Front"), nil),
	mc("group-none", "none", "the group", ss("Marek Sollen arrived in Bunia on Monday.", "The group is backed by Uganda."),
		nil, ss("Uganda supports Marek Sollen", "Uganda supports Bunia")),
	mc("group-event", "otherkind", "the group", ss("The Copper Hills Front attacked Bunia on Monday.", "The attack killed nine people.", "The group is backed by Uganda."),
		ss("Uganda supports Copper Hills Front"), ss("Uganda supports Bunia")),
	mc("militia-backed", "prev", "the militia", ss("The Ituri Guard militia seized two villages near Bunia.", "The militia is backed by Uganda."),
		ss("Uganda supports Ituri Guard"), nil),
	mc("militia-country", "otherkind", "the militia", ss("The Ituri Guard militia seized two villages near Bunia.", "Rwanda condemned the raid.", "The militia is backed by Uganda."),
		ss("Uganda supports Ituri Guard"), ss("Uganda supports Rwanda")),
	mc("party-leader2", "prev", "the party", ss("The Silver Oak Party won the election in Botswana.", "The party's leader, Ada Frenn, thanked voters."),
		ss("Ada Frenn leads Silver Oak Party"), nil),
	mc("party-other", "otherkind", "the party", ss("The Silver Oak Party won the election in Botswana.", "Namibia congratulated the winners.", "The party's leader, Ada Frenn, thanked voters."),
		ss("Ada Frenn leads Silver Oak Party"), ss("Ada Frenn leads Namibia")),
	mc("ministry-head", "prev", "the ministry", ss("The Ministry of Water of Botswana opened a dam near Maun.", "The ministry's head, Ada Frenn, said output would double."),
		ss("Ada Frenn leads Ministry of Water"), nil),
	mc("alliance-backed", "prev", "the alliance", ss("The Sahel Defence Alliance met in Niamey on Monday.", "The alliance is backed by Algeria."),
		ss("Algeria supports Sahel Defence Alliance"), ss("Algeria supports Niamey")),
	mc("bloc-member", "prev", "the bloc", ss("The Southern Trade Bloc met in Gaborone on Monday.", "Namibia joined the bloc in 2004."),
		ss("Namibia memberOf Southern Trade Bloc"), nil),
	mc("country-leader2", "prev", "the country", ss("Namibia recalled its ambassador on Monday.", "The country's president, Pavel Drosk, defended the decision."),
		ss("Pavel Drosk leads Namibia"), nil),
	mc("country-none", "none", "the country", ss("The Copper Hills Front seized two villages near Bunia.", "The country's president, Pavel Drosk, defended the army."),
		nil, ss("Pavel Drosk leads Copper Hills Front", "Pavel Drosk leads Bunia")),
	mc("two-countries2", "prev", "two countries", ss("Botswana and Namibia signed a water treaty on Monday.", "The two countries have imposed sanctions on the Copper Hills Front."),
		ss("Copper Hills Front sanctionedBy Botswana", "Copper Hills Front sanctionedBy Namibia"), nil),
	mc("both-leaders", "prev", "both leaders", ss("Pavel Drosk and Ada Frenn arrived in Accra on Monday.", "Both leaders visited Kumasi on Tuesday."),
		ss("Pavel Drosk visited Kumasi", "Ada Frenn visited Kumasi"), nil),
	mc("the-pair", "prev", "the pair", ss("Pavel Drosk and Ada Frenn arrived in Accra on Monday.", "The pair visited Kumasi on Tuesday."),
		ss("Pavel Drosk visited Kumasi", "Ada Frenn visited Kumasi"), nil),
	mc("the-pair-none", "none", "the pair", ss("Pavel Drosk arrived in Accra on Monday.", "The pair visited Kumasi on Tuesday."),
		nil, ss("Pavel Drosk visited Kumasi")),
}

var coref2People = []matrixCase{
	mc("he-cata2", "cataphora", "he/his", ss("Before he met Ada Frenn, Pavel Drosk visited Kumasi."),
		ss("Pavel Drosk met Ada Frenn", "Pavel Drosk visited Kumasi"), nil),
	mc("he-cata-other", "cataphora", "he/his", ss("Marek Sollen stayed in Accra.", "Before he met Ada Frenn, Pavel Drosk visited Kumasi."),
		ss("Pavel Drosk visited Kumasi"), ss("Marek Sollen met Ada Frenn", "Marek Sollen visited Kumasi")),
	mc("he-quote", "quote", "he/his", ss("Pavel Drosk arrived in Accra on Monday.", "\"We will fight,\" he said, before he visited Kumasi."),
		ss("Pavel Drosk visited Kumasi"), nil),
	mc("he-quote-other", "quote", "he/his", ss("Pavel Drosk arrived in Accra on Monday.", "\"Ada Frenn is welcome,\" he said.", "He visited Kumasi on Tuesday."),
		ss("Pavel Drosk visited Kumasi"), ss("Ada Frenn visited Kumasi")),
	mc("his-meeting", "eventarg", "he/his", ss("Pavel Drosk arrived in Accra on Monday.", "His meeting with Ada Frenn lasted two hours."),
		ss("Pavel Drosk met Ada Frenn"), nil),
	mc("his-meeting-amb", "ambiguous", "he/his", ss("Pavel Drosk and Marek Sollen arrived in Accra on Monday.", "His meeting with Ada Frenn lasted two hours."),
		nil, ss("Pavel Drosk met Ada Frenn", "Marek Sollen met Ada Frenn")),
	mc("his-none", "none", "he/his", ss("The Copper Hills Front seized two villages near Bunia.", "His meeting with Ada Frenn lasted two hours."),
		nil, ss("Copper Hills Front met Ada Frenn")),
	mc("her-meeting", "eventarg", "she/her", ss("Ada Frenn arrived in Accra on Monday.", "Pavel Drosk welcomed the delegation.", "Her meeting with Marek Sollen lasted two hours."),
		ss("Ada Frenn met Marek Sollen"), ss("Pavel Drosk met Marek Sollen")),
	mc("she-body", "otherkind", "she/her", ss("Ada Frenn arrived in Accra on Monday.", "The Silver Oak Party welcomed the delegation.", "She visited Kumasi on Tuesday."),
		ss("Ada Frenn visited Kumasi"), ss("Silver Oak Party visited Kumasi")),

	mc("surname-father", "relative", "surname", ss("Pavel Drosk visited Accra on Monday.", "His father, Jan Drosk, stayed in Tema.", "Drosk met Ada Frenn on Tuesday."),
		ss("Pavel Drosk met Ada Frenn"), ss("Jan Drosk met Ada Frenn")),
	mc("surname-daughter", "relative", "surname", ss("Pavel Drosk visited Accra on Monday.", "His daughter, Mira Drosk, stayed in Tema.", "Ms Drosk met Ada Frenn on Tuesday."),
		ss("Mira Drosk met Ada Frenn"), ss("Pavel Drosk met Ada Frenn")),
	mc("surname-namesake", "ambiguous", "surname", ss("Pavel Drosk visited Accra on Monday.", "An unrelated farmer, Jan Drosk, was arrested in Tema.", "Drosk met Ada Frenn on Tuesday."),
		nil, ss("Jan Drosk met Ada Frenn")),
}

// coref2KnownFailures are the cells the loader does not read yet, with the reason; the
// test asserts that each still fails.
var coref2KnownFailures = map[string]string{
	"their-body":    "\"their\" after \"Fighters of X\" is read as X's, but \"their commander, Y\" gives Y commands X (the ontology's predicate for a commander), not the leads the cell asks",
	"its-attack":    "\"its\" is bound to the body, but Mahagi is a name no lexicon knows, typed as nothing after \"attack on\", so the attack has no object",
	"ministry-head": "\"the ministry's\" is bound to the ministry, but the name is read whole (\"Ministry of Water of Botswana\"), not the ministry the cell names",
	"bloc-member":   "\"the bloc\" is bound, but \"joined X\" reads alliedWith (the trigger table's choice), not memberOf",
}

func TestCorefMatrix2(t *testing.T) {
	res := relMatrixResults(t, coref2Plural, coref2Neuter, coref2Descriptions, coref2People)
	pass, total := checkMatrix(t, res, coref2KnownFailures, "coref2KnownFailures")
	t.Log("\n" + matrixTable(coref2Rows, coref2Columns, pass, total, 15, 9))
}
