package loader

// Issue 11 item 3's matrix: coreference inside a document, anaphor (rows) by the situation
// of its antecedent (columns), on short documents of our own (people and bodies made up
// for the test, real countries and towns). Every case names the facts it must give, read
// through the anaphor, and the facts it would give with the wrong antecedent, which it
// must not; where two antecedents fit equally the right answer is no fact. Cells the
// loader cannot read yet are in corefKnownFailures with the reason; the test asserts that
// they still fail. `go test -run TestCorefMatrix -v ./loader` prints the table.

import "testing"

// The situation columns, in the order the table prints them.
var corefColumns = []string{"prev", "otherkind", "ambiguous", "twoback", "subclause", "cataphora", "relative", "gender"}

// The anaphor rows, in the order the table prints them.
var corefRows = []string{"he/him", "she/her", "his/her", "it/its", "they/their", "the group", "the militia",
	"the movement", "the rebels", "the party", "the company", "the country", "the kingdom", "the island",
	"the capital", "the city", "the minister", "the president", "the general", "the N-year-old",
	"two countries", "its ally", "surname"}

var corefPronouns = []matrixCase{
	mc("he-prev", "prev", "he/him", ss("Tomas Varga arrived in Nairobi on Monday.", "He visited Mombasa on Tuesday."),
		ss("Tomas Varga visited Mombasa"), nil),
	mc("him-prev", "prev", "he/him", ss("Tomas Varga arrived in Lagos on Monday.", "Irena Kovac met him on Tuesday."),
		ss("Irena Kovac met Tomas Varga"), nil),
	mc("he-other", "otherkind", "he/him", ss("Tomas Varga arrived in Nairobi on Monday.", "Irena Kovac welcomed the delegation.", "He visited Mombasa on Tuesday."),
		ss("Tomas Varga visited Mombasa"), ss("Irena Kovac visited Mombasa")),
	mc("he-amb-coord", "ambiguous", "he/him", ss("Tomas Varga and Stefan Lorck arrived in Nairobi on Monday.", "He visited Mombasa on Tuesday."),
		nil, ss("Tomas Varga visited Mombasa", "Stefan Lorck visited Mombasa")),
	mc("he-twoback", "twoback", "he/him", ss("Tomas Varga arrived in Nairobi on Monday.", "The talks were expected to last three days.", "He visited Mombasa on Tuesday."),
		ss("Tomas Varga visited Mombasa"), nil),
	mc("he-sub", "subclause", "he/him", ss("Officials said that Tomas Varga had arrived in Nairobi.", "He visited Mombasa on Tuesday."),
		ss("Tomas Varga visited Mombasa"), nil),
	mc("he-cata", "cataphora", "he/him", ss("Stefan Lorck stayed in Nairobi.", "Before he flew home, Tomas Varga met Irena Kovac."),
		ss("Tomas Varga met Irena Kovac"), ss("Stefan Lorck met Irena Kovac")),
	mc("he-mr", "gender", "he/him", ss("Mr Oskar Delane arrived in Accra on Monday.", "Ms Renny Talbot opened the summit.", "He visited Kumasi on Tuesday."),
		ss("Oskar Delane visited Kumasi"), ss("Renny Talbot visited Kumasi")),

	mc("she-prev", "prev", "she/her", ss("Irena Kovac spoke to reporters in Nairobi.", "She visited Mombasa on Friday."),
		ss("Irena Kovac visited Mombasa"), nil),
	mc("her-obj", "prev", "she/her", ss("Irena Kovac arrived in Lagos on Monday.", "Tomas Varga met her on Tuesday."),
		ss("Tomas Varga met Irena Kovac"), nil),
	mc("she-other", "otherkind", "she/her", ss("Irena Kovac arrived in Nairobi on Monday.", "Tomas Varga praised the plan.", "She visited Mombasa on Friday."),
		ss("Irena Kovac visited Mombasa"), ss("Tomas Varga visited Mombasa")),
	mc("she-amb", "ambiguous", "she/her", ss("Irena Kovac and Dalia Renko arrived in Nairobi on Monday.", "She visited Mombasa on Friday."),
		nil, ss("Irena Kovac visited Mombasa", "Dalia Renko visited Mombasa")),
	mc("she-mrs", "gender", "she/her", ss("Mrs Renny Talbot arrived in Accra on Monday.", "Mr Oskar Delane opened the summit.", "She visited Kumasi on Tuesday."),
		ss("Renny Talbot visited Kumasi"), ss("Oskar Delane visited Kumasi")),
	mc("she-spokeswoman", "gender", "she/her", ss("Party spokeswoman Renny Talbot arrived in Accra on Monday.", "Governor Tomas Varga opened the summit.", "She visited Kumasi on Tuesday."),
		ss("Renny Talbot visited Kumasi"), ss("Tomas Varga visited Kumasi")),
	mc("she-nogender", "gender", "she/her", ss("Party spokeswoman Renny Talbot arrived in Accra on Monday.", "Governor Oskar Delane opened the summit.", "She visited Kumasi on Tuesday."),
		ss("Renny Talbot visited Kumasi"), ss("Oskar Delane visited Kumasi")),
	mc("she-twoback", "twoback", "she/her", ss("Irena Kovac arrived in Nairobi on Monday.", "The talks were expected to last three days.", "She visited Mombasa on Friday."),
		ss("Irena Kovac visited Mombasa"), nil),

	mc("his-prev", "prev", "his/her", ss("Tomas Varga spoke in Nairobi on Monday.", "His visit to Mombasa ended on Friday."),
		ss("Tomas Varga visited Mombasa"), nil),
	mc("her-prev", "prev", "his/her", ss("Irena Kovac spoke in Nairobi on Monday.", "Her visit to Mombasa ended on Friday."),
		ss("Irena Kovac visited Mombasa"), nil),
	mc("his-other", "otherkind", "his/her", ss("Tomas Varga spoke in Nairobi on Monday.", "Irena Kovac praised the speech.", "His visit to Mombasa ended on Friday."),
		ss("Tomas Varga visited Mombasa"), ss("Irena Kovac visited Mombasa")),
	mc("her-other", "otherkind", "his/her", ss("Irena Kovac spoke in Nairobi on Monday.", "Tomas Varga praised the speech.", "Her visit to Mombasa ended on Friday."),
		ss("Irena Kovac visited Mombasa"), ss("Tomas Varga visited Mombasa")),
	mc("his-cata", "cataphora", "his/her", ss("Stefan Lorck stayed in Nairobi.", "During his visit to Mombasa, Tomas Varga met Irena Kovac."),
		ss("Tomas Varga visited Mombasa", "Tomas Varga met Irena Kovac"), ss("Stefan Lorck visited Mombasa")),
	mc("her-cata", "cataphora", "his/her", ss("Dalia Renko stayed in Nairobi.", "On her return from Mombasa, Irena Kovac met Tomas Varga."),
		ss("Irena Kovac visited Mombasa"), ss("Dalia Renko visited Mombasa")),
	mc("his-amb", "ambiguous", "his/her", ss("Tomas Varga and Stefan Lorck spoke in Nairobi on Monday.", "His visit to Mombasa ended on Friday."),
		nil, ss("Tomas Varga visited Mombasa", "Stefan Lorck visited Mombasa")),
}

var corefBodies = []matrixCase{
	mc("its-said", "prev", "it/its", ss("The Lake Front said its leader, Oskar Delane, had been arrested."),
		ss("Oskar Delane leads Lake Front"), nil),
	mc("its-prev", "prev", "it/its", ss("The Lake Front seized two villages near Goma.", "Its leader, Oskar Delane, is backed by Uganda."),
		ss("Oskar Delane leads Lake Front"), nil),
	mc("it-country", "prev", "it/its", ss("Zambia closed its border with Malawi on Monday.", "It has imposed sanctions on the Lake Front."),
		ss("Lake Front sanctionedBy Zambia"), ss("Lake Front sanctionedBy Malawi")),
	mc("its-amb", "ambiguous", "it/its", ss("The Lake Front and the Delta Brigade seized two villages near Goma.", "Its leader, Oskar Delane, is backed by Uganda."),
		nil, ss("Oskar Delane leads Lake Front", "Oskar Delane leads Delta Brigade")),
	mc("they-coord", "prev", "they/their", ss("Zambia and Malawi signed a border treaty on Monday.", "They have imposed sanctions on the Lake Front."),
		ss("Lake Front sanctionedBy Zambia", "Lake Front sanctionedBy Malawi"), nil),
	mc("their-group", "prev", "they/their", ss("Fighters of the Lake Front seized two villages near Goma.", "Their leader, Oskar Delane, is backed by Uganda."),
		ss("Oskar Delane leads Lake Front"), nil),

	mc("group-prev", "prev", "the group", ss("The Lake Front seized two villages near Goma.", "The group is backed by Uganda."),
		ss("Uganda supports Lake Front"), nil),
	mc("group-country", "otherkind", "the group", ss("The Lake Front seized two villages near Goma.", "Rwanda condemned the attack.", "The group is backed by Uganda."),
		ss("Uganda supports Lake Front"), ss("Uganda supports Rwanda")),
	mc("group-amb", "ambiguous", "the group", ss("The Lake Front and the Delta Brigade seized two villages near Goma.", "The group is backed by Uganda."),
		nil, ss("Uganda supports Lake Front", "Uganda supports Delta Brigade")),
	mc("group-twoback", "twoback", "the group", ss("The Lake Front seized two villages near Goma.", "Hundreds of families fled across the border.", "The group is backed by Uganda."),
		ss("Uganda supports Lake Front"), nil),
	mc("group-sub", "subclause", "the group", ss("When the Lake Front seized Goma, hundreds of families fled.", "The group is backed by Uganda."),
		ss("Uganda supports Lake Front"), nil),
	mc("group-leader", "prev", "the group", ss("The Lake Front seized two villages near Goma.", "The group's leader, Oskar Delane, was wounded."),
		ss("Oskar Delane leads Lake Front"), nil),

	mc("militia-prev", "prev", "the militia", ss("The Kivu Lions militia seized two villages near Goma.", "The militia is backed by Uganda."),
		ss("Uganda supports Kivu Lions"), nil),
	mc("militia-country", "otherkind", "the militia", ss("The Kivu Lions militia seized two villages near Goma.", "Rwanda condemned the attack.", "The militia is backed by Uganda."),
		ss("Uganda supports Kivu Lions"), ss("Uganda supports Rwanda")),
	mc("militia-amb", "ambiguous", "the militia", ss("The Kivu Lions militia fought the Delta Brigade militia near Goma.", "The militia is backed by Uganda."),
		nil, ss("Uganda supports Kivu Lions", "Uganda supports Delta Brigade")),
	mc("militia-twoback", "twoback", "the militia", ss("The Kivu Lions militia seized two villages near Goma.", "Hundreds of families fled across the border.", "The militia is backed by Uganda."),
		ss("Uganda supports Kivu Lions"), nil),

	mc("movement-prev", "prev", "the movement", ss("The Sunrise Movement staged protests in Harare.", "The movement is backed by Zambia."),
		ss("Zambia supports Sunrise Movement"), nil),
	mc("movement-other", "otherkind", "the movement", ss("The Sunrise Movement staged protests in Harare.", "Malawi condemned the protests.", "The movement is backed by Zambia."),
		ss("Zambia supports Sunrise Movement"), ss("Zambia supports Malawi")),

	mc("rebels-prev", "prev", "the rebels", ss("Kivu rebels seized two villages near Goma.", "The rebels are backed by Uganda."),
		ss("Uganda supports rebels"), nil),
	mc("rebels-other", "otherkind", "the rebels", ss("Kivu rebels seized two villages near Goma.", "Rwanda condemned the attack.", "The rebels are backed by Uganda."),
		ss("Uganda supports rebels"), ss("Uganda supports Rwanda")),

	mc("party-leader", "prev", "the party", ss("The Green Dawn Party won the election in Zambia.", "The party's leader, Oskar Delane, thanked voters."),
		ss("Oskar Delane leads Green Dawn Party"), nil),
	mc("party-amb", "ambiguous", "the party", ss("The Green Dawn Party and the Harvest Party won seats in Zambia.", "The party's leader, Oskar Delane, thanked voters."),
		nil, ss("Oskar Delane leads Green Dawn Party", "Oskar Delane leads Harvest Party")),
	mc("company-head", "prev", "the company", ss("Kestrel Mining Corporation opened a copper mine in Zambia.", "The company's chief executive, Renny Talbot, said output would double."),
		ss("Renny Talbot leads Kestrel Mining Corporation"), nil),
	mc("company-chair", "prev", "the company", ss("Kestrel Mining Corporation opened a copper mine in Zambia.", "The company's chairman, Renny Talbot, said output would double."),
		ss("Renny Talbot leads Kestrel Mining Corporation"), nil),
	mc("company-amb", "ambiguous", "the company", ss("Kestrel Mining Corporation and Osprey Holdings opened a copper mine in Zambia.", "The company's chairman, Renny Talbot, said output would double."),
		nil, ss("Renny Talbot leads Kestrel Mining Corporation", "Renny Talbot leads Osprey Holdings")),
	mc("company-other", "otherkind", "the company", ss("Kestrel Mining Corporation opened a copper mine in Zambia.", "The Green Dawn Party praised the deal.", "The company's chief executive, Renny Talbot, said output would double."),
		nil, ss("Renny Talbot leads Green Dawn Party")),

	mc("country-pres", "prev", "the country", ss("Zambia closed its border on Monday.", "The country's president, Oskar Delane, defended the decision."),
		ss("Oskar Delane leads Zambia"), nil),
	mc("country-twoback", "twoback", "the country", ss("Zambia closed its border on Monday.", "The decision angered traders.", "The country has imposed sanctions on the Lake Front."),
		ss("Lake Front sanctionedBy Zambia"), nil),
	mc("country-group", "otherkind", "the country", ss("Zambia closed its border on Monday.", "The Lake Front condemned the decision.", "The country's president, Oskar Delane, defended it."),
		ss("Oskar Delane leads Zambia"), ss("Oskar Delane leads Lake Front")),
	mc("country-amb", "ambiguous", "the country", ss("Zambia and Malawi closed their border on Monday.", "The country's president, Oskar Delane, defended the decision."),
		nil, ss("Oskar Delane leads Zambia", "Oskar Delane leads Malawi")),
	mc("country-sub", "subclause", "the country", ss("Traders said that Zambia had closed its border.", "The country's president, Oskar Delane, defended the decision."),
		ss("Oskar Delane leads Zambia"), nil),
	mc("kingdom-pres", "prev", "the kingdom", ss("Jordan closed its border on Monday.", "The kingdom's foreign minister, Oskar Delane, defended the decision."),
		ss("Oskar Delane memberOf Jordan"), nil),

	mc("island-part", "prev", "the island", ss("Tomas Varga flew to the island of Varnos on Monday.", "The island is part of Greece."),
		ss("Varnos locatedIn Greece", "Tomas Varga visited Varnos"), nil),
	mc("capital-vis", "prev", "the capital", ss("Protesters gathered in Lusaka on Monday.", "Tomas Varga visited the capital on Tuesday."),
		ss("Tomas Varga visited Lusaka"), nil),
	mc("capital-amb", "ambiguous", "the capital", ss("Protesters gathered in Lusaka and Harare on Monday.", "Tomas Varga visited the capital on Tuesday."),
		nil, ss("Tomas Varga visited Lusaka", "Tomas Varga visited Harare")),
	mc("city-att", "prev", "the city", ss("Fighting broke out in Goma on Monday.", "The Lake Front attacked the city on Tuesday."),
		ss("Lake Front attacked Goma"), nil),
	mc("city-other", "otherkind", "the city", ss("Fighting broke out in Goma on Monday.", "Rwanda condemned the violence.", "The Lake Front attacked the city on Tuesday."),
		ss("Lake Front attacked Goma"), ss("Lake Front attacked Rwanda")),
	mc("city-amb", "ambiguous", "the city", ss("Fighting broke out in Goma and Bukavu on Monday.", "The Lake Front attacked the city on Tuesday."),
		nil, ss("Lake Front attacked Goma", "Lake Front attacked Bukavu")),
}

var corefDescriptions = []matrixCase{
	mc("minister-prev", "prev", "the minister", ss("Defence Minister Tomas Varga flew to Lagos on Monday.", "The minister met Irena Kovac on Tuesday."),
		ss("Tomas Varga met Irena Kovac"), nil),
	mc("minister-other", "otherkind", "the minister", ss("Defence Minister Tomas Varga flew to Lagos on Monday.", "Governor Irena Kovac welcomed him.", "The minister visited Kano on Tuesday."),
		ss("Tomas Varga visited Kano"), ss("Irena Kovac visited Kano")),
	mc("minister-amb", "ambiguous", "the minister", ss("Defence Minister Tomas Varga and Finance Minister Stefan Lorck flew to Lagos on Monday.", "The minister visited Kano on Tuesday."),
		nil, ss("Tomas Varga visited Kano", "Stefan Lorck visited Kano")),
	mc("minister-twoback", "twoback", "the minister", ss("Defence Minister Tomas Varga flew to Lagos on Monday.", "The talks were expected to last three days.", "The minister visited Kano on Tuesday."),
		ss("Tomas Varga visited Kano"), nil),
	mc("president-prev", "prev", "the president", ss("President Irena Kovac arrived in Nairobi on Monday.", "The president visited Kisumu on Tuesday."),
		ss("Irena Kovac visited Kisumu"), nil),
	mc("president-other", "otherkind", "the president", ss("President Irena Kovac arrived in Nairobi on Monday.", "Governor Tomas Varga welcomed her.", "The president visited Kisumu on Tuesday."),
		ss("Irena Kovac visited Kisumu"), ss("Tomas Varga visited Kisumu")),
	mc("general-prev", "prev", "the general", ss("Former general Oskar Delane arrived in Nairobi on Monday.", "The former general visited Kisumu on Tuesday."),
		ss("Oskar Delane visited Kisumu"), nil),
	mc("general-other", "otherkind", "the general", ss("General Oskar Delane arrived in Nairobi on Monday.", "Minister Irena Kovac welcomed him.", "The general visited Kisumu on Tuesday."),
		ss("Oskar Delane visited Kisumu"), ss("Irena Kovac visited Kisumu")),
	mc("age-prev", "prev", "the N-year-old", ss("Oskar Delane, 54, arrived in Nairobi on Monday.", "The 54-year-old visited Kisumu on Tuesday."),
		ss("Oskar Delane visited Kisumu"), nil),
	mc("age-other", "otherkind", "the N-year-old", ss("Oskar Delane, 54, arrived in Nairobi on Monday.", "Irena Kovac, 61, welcomed him.", "The 54-year-old visited Kisumu on Tuesday."),
		ss("Oskar Delane visited Kisumu"), ss("Irena Kovac visited Kisumu")),

	mc("age-amb", "ambiguous", "the N-year-old", ss("Oskar Delane, 54, and Tomas Varga, 54, arrived in Nairobi on Monday.", "The 54-year-old visited Kisumu on Tuesday."),
		nil, ss("Oskar Delane visited Kisumu", "Tomas Varga visited Kisumu")),
	mc("age-twoback", "twoback", "the N-year-old", ss("Oskar Delane, aged 54, arrived in Nairobi on Monday.", "The talks were expected to last three days.", "The 54-year-old visited Kisumu on Tuesday."),
		ss("Oskar Delane visited Kisumu"), nil),
	mc("age-noun", "otherkind", "the N-year-old", ss("Oskar Delane, 54, arrived in Nairobi on Monday.", "The 54-year-old driver visited Kisumu on Tuesday."),
		nil, ss("Oskar Delane visited Kisumu")),
	mc("two-countries", "prev", "two countries", ss("Zambia and Malawi signed a border treaty on Monday.", "The two countries have imposed sanctions on the Lake Front."),
		ss("Lake Front sanctionedBy Zambia", "Lake Front sanctionedBy Malawi"), nil),
	mc("both-countries", "prev", "two countries", ss("Zambia and Malawi signed a border treaty on Monday.", "Both countries have imposed sanctions on the Lake Front."),
		ss("Lake Front sanctionedBy Zambia", "Lake Front sanctionedBy Malawi"), nil),
	mc("two-countries-three", "ambiguous", "two countries", ss("Zambia, Malawi and Angola met in Lusaka on Monday.", "The two countries have imposed sanctions on the Lake Front."),
		nil, ss("Lake Front sanctionedBy Zambia", "Lake Front sanctionedBy Malawi", "Lake Front sanctionedBy Angola")),
	mc("two-countries-back", "twoback", "two countries", ss("Zambia and Malawi signed a border treaty on Monday.", "The treaty ends a long dispute.", "The two countries have imposed sanctions on the Lake Front."),
		ss("Lake Front sanctionedBy Zambia", "Lake Front sanctionedBy Malawi"), nil),

	mc("its-ally", "prev", "its ally", ss("Zambia said its ally Malawi would close the border."),
		ss("Zambia alliedWith Malawi"), nil),
	mc("its-enemy", "prev", "its ally", ss("The Lake Front said its enemy, the Delta Brigade, had shelled Goma."),
		ss("Delta Brigade fights Lake Front"), nil),
	mc("its-ally-other", "otherkind", "its ally", ss("Zambia closed its border on Monday.", "The Lake Front said its ally, the Delta Brigade, would fight on."),
		ss("Lake Front alliedWith Delta Brigade"), ss("Zambia alliedWith Delta Brigade")),

	mc("surname-brother", "relative", "surname", ss("Tomas Varga visited Vienna on Monday.", "His brother, Laszlo Varga, stayed in Pecs.", "Varga met Irena Kovac on Tuesday."),
		ss("Tomas Varga met Irena Kovac"), ss("Laszlo Varga met Irena Kovac")),
	mc("surname-wife", "relative", "surname", ss("Tomas Varga visited Vienna on Monday.", "His wife, Ilona Varga, stayed in Pecs.", "Mrs Varga met Irena Kovac on Tuesday."),
		ss("Ilona Varga met Irena Kovac"), ss("Tomas Varga met Irena Kovac")),
	mc("surname-son", "relative", "surname", ss("Tomas Varga visited Vienna on Monday.", "His son Laszlo Varga, 19, stayed in Pecs.", "Mr Varga met Irena Kovac on Tuesday."),
		ss("Tomas Varga met Irena Kovac"), ss("Laszlo Varga met Irena Kovac")),
	mc("surname-amb", "ambiguous", "surname", ss("Tomas Varga and Laszlo Varga visited Vienna on Monday.", "Varga met Irena Kovac on Tuesday."),
		nil, ss("Tomas Varga met Irena Kovac", "Laszlo Varga met Irena Kovac")),
	mc("surname-prev", "prev", "surname", ss("Tomas Varga visited Vienna on Monday.", "Varga met Irena Kovac on Tuesday."),
		ss("Tomas Varga met Irena Kovac"), nil),
	mc("surname-title", "gender", "surname", ss("Tomas Varga and his wife Ilona Varga visited Vienna on Monday.", "Mr Varga met Irena Kovac on Tuesday."),
		ss("Tomas Varga met Irena Kovac"), ss("Ilona Varga met Irena Kovac")),
}

// corefKnownFailures are the cells the loader does not read yet, with the reason; the
// test asserts that each still fails.
var corefKnownFailures = map[string]string{
	"company-head":  "\"the company's chief executive, X,\": a two-word title after a bound possessive is not read (\"the company's chairman, X,\" is), nor after \"the corporation's\"",
	"she-nogender":  "the last subject's given name is in no gender list, so a pronoun of either gender takes it by subject preference, even after a person the pronoun's gender fits: needs the name's gender (data/genders.tsv)",
	"it-country":    "\"it\" is not read for a body or country",
	"militia-amb":   "two bodies called militia in one sentence, one as the verb's object: the description takes the object",
	"island-part":   "\"the island of X\" is no place name, and \"the island\" no description",
	"general-prev":  "\"Former general X\": a lower-case title after \"Former\" is not read as X's title",
	"general-other": "\"the general\" is no person description (\"general\" is mostly an adjective)",
	"its-ally":      "\"its ally X\" gives no alliedWith",
}

// TestThatClauseObject: a name after "that" with a verb after it is the subject of the
// clause a verb takes, not the verb's object ("advised that the minister should resign"),
// whether named or a description bound to a person.
func TestThatClauseObject(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: ss("Tomas Varga advised that Irena Kovac should resign."), not: ss("Tomas Varga advises Irena Kovac")},
		{sents: ss("Prime Minister Irena Kovac spoke in Lagos.", "Tomas Varga advised that the prime minister should resign."),
			not: ss("Tomas Varga advises Irena Kovac")},
		{sents: ss("The complaint charged that Kestrel Mining Corporation had misled buyers."),
			not: ss("Kestrel Mining Corporation sanctionedBy complaint")},
		{sents: ss("Tomas Varga, Irena Kovac's adviser, resigned."), want: ss("Tomas Varga advises Irena Kovac")},
		{sents: ss("Tomas Varga met that Irena Kovac had resigned."), not: ss("Tomas Varga met Irena Kovac")},
	})
}

func TestCorefMatrix(t *testing.T) {
	res := relMatrixResults(t, corefPronouns, corefBodies, corefDescriptions)
	pass, total := checkMatrix(t, res, corefKnownFailures, "corefKnownFailures")
	t.Log("\n" + matrixTable(corefRows, corefColumns, pass, total, 15, 9))
}
