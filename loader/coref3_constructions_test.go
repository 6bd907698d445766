package loader

// Issue 11's third coreference matrix: "they", "them" and "their" for bodies and for names
// joined by "and", "it" and "its" for countries and bodies, descriptions of a kind of body
// ("the alliance", "the bloc", "the militia", "the ministry's"), "the pair", and bare
// surnames beside a relative. Each cell asserts the wrong antecedents absent as well: a
// pronoun of the other number or gender, a name that only modifies the subject, a rival
// body in the sentence before, people named by a plural noun, and an antecedent a
// paragraph of other people back. The sentences are our own (people and bodies made up,
// real countries and towns). Cells the loader cannot read yet are in coref3KnownFailures
// with the reason; the test asserts that they still fail. `go test -run TestCorefMatrix3
// -v ./loader` prints the table.

import "testing"

// The situation columns of the third matrix, in the order the table prints them.
var coref3Columns = []string{"prev", "number", "gender", "modifier", "rival", "far", "none"}

// The anaphor rows of the third matrix, in the order the table prints them.
var coref3Rows = []string{"they/them", "their", "it/its", "the alliance", "the bloc", "the militia", "the party", "the council", "the ministry", "the pair", "he/she", "surname"}

var coref3Plural = []matrixCase{
	mc("c3-they-people", "prev", "they/them", ss("Bakari Mwinyi and Halima Oduya arrived in Nairobi on Monday.", "They visited Kisumu on Tuesday."),
		ss("Bakari Mwinyi visited Kisumu", "Halima Oduya visited Kisumu"), ss("Nairobi visited Kisumu")),
	mc("c3-they-bodies", "prev", "they/them", ss("The Velka Movement and the Orun Front seized two villages near Kisumu.", "They are backed by Uganda."),
		ss("Uganda supports Velka Movement", "Uganda supports Orun Front"), ss("Uganda supports Kisumu")),
	mc("c3-they-countries", "prev", "they/them", ss("Zambia and Malawi signed a border treaty on Monday.", "They have imposed sanctions on the Orun Front."),
		ss("Orun Front sanctionedBy Zambia", "Orun Front sanctionedBy Malawi"), nil),
	mc("c3-they-one-person", "number", "they/them", ss("Bakari Mwinyi arrived in Nairobi on Monday.", "They met Halima Oduya on Tuesday."),
		nil, ss("Bakari Mwinyi met Halima Oduya")),
	mc("c3-they-rival-object", "rival", "they/them", ss("The Velka Movement attacked the Orun Front on Monday.", "They are backed by Uganda."),
		nil, ss("Uganda supports Velka Movement", "Uganda supports Orun Front")),
	mc("c3-they-plural-people", "rival", "they/them", ss("The Velka Movement said two of its fighters had been arrested.", "They are backed by Uganda."),
		nil, ss("Uganda supports Velka Movement")),
	mc("c3-they-modifier", "modifier", "they/them", ss("The Velka Movement office in Kisumu closed on Monday.", "They are backed by Uganda."),
		nil, ss("Uganda supports Velka Movement", "Uganda supports Kisumu")),
	mc("c3-they-far", "far", "they/them", ss("Bakari Mwinyi and Halima Oduya arrived in Nairobi on Monday.", "Peter Otieno spoke to reporters in Nakuru.", "John Kamau praised the police.", "They visited Kisumu on Tuesday."),
		nil, ss("Bakari Mwinyi visited Kisumu", "Halima Oduya visited Kisumu", "John Kamau visited Kisumu")),
	mc("c3-they-day", "prev", "they/them", ss("The Velka Movement on Monday seized two villages near Nairobi.", "They are backed by Uganda."),
		ss("Uganda supports Velka Movement"), ss("Uganda supports Nairobi")),
	mc("c3-they-opening-phrase", "prev", "they/them", ss("The Velka Movement seized two villages near Nairobi.", "On Tuesday, they attacked Kisumu."),
		ss("Velka Movement attacked Kisumu"), ss("Nairobi attacked Kisumu")),
	mc("c3-they-quoted", "rival", "they/them", ss("The Velka Movement seized two villages near Nairobi.", "\"They will pay,\" Bakari Mwinyi said of the Orun Front."),
		nil, ss("Velka Movement fights Orun Front")),
	mc("c3-they-backed", "prev", "they/them", ss("Zambia and Tanzania met in Lusaka on Monday.", "They backed the Orun Front."),
		ss("Zambia supports Orun Front", "Tanzania supports Orun Front"), ss("Lusaka supports Orun Front")),
	mc("c3-they-chain", "prev", "they/them", ss("Zambia and Tanzania met in Lusaka on Monday.", "They signed a border treaty.", "They also backed the Orun Front."),
		ss("Zambia supports Orun Front", "Tanzania supports Orun Front"), ss("Lusaka supports Orun Front")),
	mc("c3-it-chain", "prev", "it/its", ss("Zambia closed its border on Monday.", "It also recalled its envoy.", "It imposed sanctions on the Orun Front."),
		ss("Orun Front sanctionedBy Zambia"), nil),
	mc("c3-it-after-group", "number", "it/its", ss("Zambia and Tanzania met in Lusaka on Monday.", "They signed a border treaty.", "It imposed sanctions on the Orun Front."),
		nil, ss("Orun Front sanctionedBy Zambia", "Orun Front sanctionedBy Tanzania")),
	mc("c3-them-people", "prev", "they/them", ss("Bakari Mwinyi and Halima Oduya arrived in Nairobi on Monday.", "President Ruth Achieng met them on Tuesday."),
		ss("Ruth Achieng met Bakari Mwinyi", "Ruth Achieng met Halima Oduya"), ss("Ruth Achieng met Nairobi")),
	mc("c3-them-body", "number", "they/them", ss("The Velka Movement seized two villages near Kisumu.", "Ruth Achieng met them on Tuesday."),
		nil, ss("Ruth Achieng met Velka Movement")),
	mc("c3-them-lone-body", "prev", "they/them", ss("The Velka Movement seized two villages near Kisumu.", "Uganda has backed them since 2010."),
		ss("Uganda supports Velka Movement"), ss("Uganda supports Kisumu")),
	mc("c3-their-people", "prev", "their", ss("Bakari Mwinyi and Halima Oduya arrived in Nairobi on Monday.", "Their meeting with Ruth Achieng lasted an hour."),
		ss("Bakari Mwinyi met Ruth Achieng", "Halima Oduya met Ruth Achieng"), nil),
	mc("c3-their-one-person", "number", "their", ss("Bakari Mwinyi arrived in Nairobi on Monday.", "Their meeting with Ruth Achieng lasted an hour."),
		nil, ss("Bakari Mwinyi met Ruth Achieng")),
}

var coref3Neuter = []matrixCase{
	mc("c3-it-country", "prev", "it/its", ss("Zambia closed its border on Monday.", "It imposed sanctions on the Orun Front."),
		ss("Orun Front sanctionedBy Zambia"), nil),
	mc("c3-it-person", "number", "it/its", ss("Bakari Mwinyi closed the office on Monday.", "It imposed sanctions on the Orun Front."),
		nil, ss("Orun Front sanctionedBy Bakari Mwinyi")),
	mc("c3-it-coordinated", "number", "it/its", ss("Zambia and Tanzania closed their borders on Monday.", "It imposed sanctions on the Orun Front."),
		nil, ss("Orun Front sanctionedBy Zambia", "Orun Front sanctionedBy Tanzania")),
	mc("c3-it-possessive-subject", "modifier", "it/its", ss("Zambia's foreign minister resigned on Monday.", "It imposed sanctions on the Orun Front."),
		nil, ss("Orun Front sanctionedBy Zambia")),
	mc("c3-it-rival", "rival", "it/its", ss("Zambia condemned the Velka Movement on Monday.", "It imposed sanctions on the Orun Front."),
		nil, ss("Orun Front sanctionedBy Velka Movement", "Orun Front sanctionedBy Zambia")),
	mc("c3-it-body", "prev", "it/its", ss("The Velka Movement seized two villages near Kisumu.", "It is backed by Uganda."),
		ss("Uganda supports Velka Movement"), ss("Uganda supports Kisumu")),
	mc("c3-its-body-event", "prev", "it/its", ss("The Velka Movement seized two villages near Nairobi.", "Its attack on Kisumu killed nine people."),
		ss("Velka Movement attacked Kisumu"), ss("Nairobi attacked Kisumu")),
	mc("c3-its-army", "prev", "it/its", ss("Zambia recalled its envoy on Monday.", "Its army attacked the Orun Front on Tuesday."),
		ss("Zambia fights Orun Front"), nil),
	mc("c3-its-army-rival", "rival", "it/its", ss("Zambia recalled its envoy from Tanzania on Monday.", "Its army attacked the Orun Front on Tuesday."),
		nil, ss("Tanzania fights Orun Front")),
	mc("c3-its-clause", "prev", "it/its", ss("Zambia closed the border after its army attacked the Orun Front."),
		ss("Zambia fights Orun Front"), nil),
	mc("c3-its-object-list", "rival", "it/its", ss("The Lake Council has sued the Velka Movement, its leader Bakari Mwinyi and its treasurer."),
		nil, ss("Bakari Mwinyi leads Lake Council")),
	mc("c3-their-clause", "prev", "their", ss("Zambia and Tanzania closed the border after their troops attacked the Orun Front."),
		ss("Zambia fights Orun Front", "Tanzania fights Orun Front"), nil),
	mc("c3-they-one-country", "number", "they/them", ss("Zambia closed its border on Monday.", "They imposed sanctions on the Orun Front."),
		nil, ss("Orun Front sanctionedBy Zambia")),
	mc("c3-it-far", "far", "it/its", ss("Zambia closed its border on Monday.", "Bakari Mwinyi spoke to reporters in Lusaka.", "Halima Oduya praised the police.", "It imposed sanctions on the Orun Front."),
		nil, ss("Orun Front sanctionedBy Zambia")),
	mc("c3-their-commander", "prev", "their", ss("Fighters of the Velka Movement seized two villages near Kisumu.", "Their commander, Bakari Mwinyi, was arrested in Nakuru."),
		ss("Bakari Mwinyi commands Velka Movement"), ss("Bakari Mwinyi commands Kisumu", "Bakari Mwinyi leads Kisumu")),
	mc("c3-its-attack-clause", "prev", "it/its", ss("The Velka Movement said on Monday that its attack on Kisumu had succeeded."),
		ss("Velka Movement attacked Kisumu"), nil),
	mc("c3-its-attack-rival", "rival", "it/its", ss("The Velka Movement condemned the Orun Front after its attack on Kisumu."),
		nil, ss("Velka Movement attacked Kisumu")),
	mc("c3-its-none", "none", "it/its", ss("The attack on Kisumu killed nine people.", "Its commander, Bakari Mwinyi, was arrested in Nakuru."),
		nil, ss("Bakari Mwinyi commands Kisumu", "Bakari Mwinyi leads Kisumu")),
}

var coref3Descriptions = []matrixCase{
	mc("c3-alliance", "prev", "the alliance", ss("The Lake Region Alliance met in Kisumu on Monday.", "The alliance is backed by Uganda."),
		ss("Uganda supports Lake Region Alliance"), ss("Uganda supports Kisumu")),
	mc("c3-alliance-wrong-head", "rival", "the alliance", ss("The Orun Front seized two villages near Kisumu.", "The alliance is backed by Uganda."),
		nil, ss("Uganda supports Orun Front")),
	mc("c3-bloc", "prev", "the bloc", ss("The European Union met in Brussels on Monday.", "The bloc imposed sanctions on the Orun Front."),
		ss("Orun Front sanctionedBy European Union"), nil),
	mc("c3-bloc-object", "prev", "the bloc", ss("The European Union met in Brussels on Monday.", "The Orun Front has been sanctioned by the bloc since 2004."),
		ss("Orun Front sanctionedBy European Union"), ss("Orun Front sanctionedBy Brussels")),
	mc("c3-bloc-none", "none", "the bloc", ss("Bakari Mwinyi arrived in Brussels on Monday.", "The bloc imposed sanctions on the Orun Front."),
		nil, ss("Orun Front sanctionedBy Bakari Mwinyi")),
	mc("c3-militia-guard", "prev", "the militia", ss("The Lake Guard militia seized two villages near Kisumu.", "The militia is backed by Uganda."),
		ss("Uganda supports Lake Guard"), ss("Uganda supports Kisumu")),
	mc("c3-ministry-of", "prev", "the ministry", ss("The Ministry of Health opened a clinic in Kisumu.", "The ministry's spokeswoman, Halima Oduya, said it would open more."),
		ss("Halima Oduya memberOf Ministry of Health"), nil),
	mc("c3-party-subject", "prev", "the party", ss("The Silver Oak Party won the election in Zambia.", "The party has backed the Velka Movement."),
		ss("Silver Oak Party supports Velka Movement"), ss("Zambia supports Velka Movement")),
	mc("c3-party-leaders", "modifier", "the party", ss("The Silver Oak Party won the election in Zambia.", "The party leaders backed the Velka Movement."),
		nil, ss("Silver Oak Party supports Velka Movement")),
	mc("c3-party-wrong-head", "rival", "the party", ss("The Lake Council met in Kisumu on Monday.", "The party has backed the Velka Movement."),
		nil, ss("Lake Council supports Velka Movement")),
	mc("c3-council-subject", "prev", "the council", ss("The Lake Council met in Kisumu on Monday.", "The council has imposed sanctions on the Velka Movement."),
		ss("Velka Movement sanctionedBy Lake Council"), ss("Velka Movement sanctionedBy Kisumu")),
	mc("c3-ministry-subject", "prev", "the ministry", ss("The Ministry of Health opened a clinic in Kasama.", "The ministry has imposed sanctions on the Velka Movement."),
		ss("Velka Movement sanctionedBy Ministry of Health"), ss("Velka Movement sanctionedBy Kasama")),
	mc("c3-ministry-two", "rival", "the ministry", ss("The Ministry of Health and the Ministry of Water met in Kasama.", "The ministry has imposed sanctions on the Velka Movement."),
		nil, ss("Velka Movement sanctionedBy Ministry of Health", "Velka Movement sanctionedBy Ministry of Water")),
	mc("c3-pair", "prev", "the pair", ss("Bakari Mwinyi and Juma Mwinyi arrived in Nairobi on Monday.", "The pair visited Kisumu on Tuesday."),
		ss("Bakari Mwinyi visited Kisumu", "Juma Mwinyi visited Kisumu"), nil),
	mc("c3-pair-not-joined", "rival", "the pair", ss("Bakari Mwinyi spoke to reporters while Halima Oduya stayed in Nairobi.", "The pair visited Kisumu on Tuesday."),
		nil, ss("Bakari Mwinyi visited Kisumu", "Halima Oduya visited Kisumu")),
}

var coref3People = []matrixCase{
	mc("c3-he-gender", "gender", "he/she", ss("Mary Oduya arrived in Nairobi on Monday.", "He met Bakari Mwinyi on Tuesday."),
		nil, ss("Mary Oduya met Bakari Mwinyi")),
	mc("c3-she-gender", "gender", "he/she", ss("Peter Otieno arrived in Nairobi on Monday.", "She met Bakari Mwinyi on Tuesday."),
		nil, ss("Peter Otieno met Bakari Mwinyi")),
	mc("c3-she-coordinated", "gender", "he/she", ss("Peter Otieno and Mary Oduya arrived in Nairobi on Monday.", "She visited Kisumu on Tuesday."),
		ss("Mary Oduya visited Kisumu"), ss("Peter Otieno visited Kisumu")),
	mc("c3-its-said-army", "prev", "it/its", ss("Zambia said its army had attacked the Orun Front near Kasama."),
		ss("Zambia fights Orun Front"), ss("Kasama fights Orun Front")),
	mc("c3-he-far", "far", "he/she", ss("Bakari Mwinyi arrived in Nairobi on Monday.", "Peter Otieno and John Kamau met in Nakuru.", "They praised the police.", "He visited Kisumu on Tuesday."),
		nil, ss("Bakari Mwinyi visited Kisumu")),
	mc("c3-surname-brother", "prev", "surname", ss("Bakari Mwinyi visited Nairobi on Monday.", "His brother, Juma Mwinyi, stayed in Nakuru.", "Mwinyi met Peter Otieno on Tuesday."),
		ss("Bakari Mwinyi met Peter Otieno"), ss("Juma Mwinyi met Peter Otieno")),
	mc("c3-surname-wife", "gender", "surname", ss("Bakari Mwinyi visited Nairobi on Monday.", "His wife, Amina Mwinyi, stayed in Nakuru.", "Mrs Mwinyi met Peter Otieno on Tuesday."),
		ss("Amina Mwinyi met Peter Otieno"), ss("Bakari Mwinyi met Peter Otieno")),
	mc("c3-surname-son", "gender", "surname", ss("Bakari Mwinyi visited Nairobi on Monday.", "His son, Juma Mwinyi, stayed in Nakuru.", "Mr Mwinyi met Peter Otieno on Tuesday."),
		ss("Bakari Mwinyi met Peter Otieno"), ss("Juma Mwinyi met Peter Otieno")),
}

// coref3KnownFailures are the cells the loader does not read yet, with the reason; the
// test asserts that each still fails.
var coref3KnownFailures = map[string]string{
	"c3-them-lone-body": "\"them\" is read only for names joined by \"and\": for a lone body it was wrong on the corpora (\"saw them fall\", \"gave them a share\")",
}

func TestCorefMatrix3(t *testing.T) {
	res := relMatrixResults(t, coref3Plural, coref3Neuter, coref3Descriptions, coref3People)
	pass, total := checkMatrix(t, res, coref3KnownFailures, "coref3KnownFailures")
	t.Log("\n" + matrixTable(coref3Rows, coref3Columns, pass, total, 13, 9))
}
