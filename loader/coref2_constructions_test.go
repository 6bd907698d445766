package loader

// Issue 11 items 3 and 4 on whole documents: the coreference matrices read two- and
// three-sentence snippets, but an article keeps a person, a group or a country alive over
// many sentences, with other people, bodies and countries in between. Each case is a short
// wire story of our own (5-12 sentences; people and bodies made up for the test, real
// countries and towns) whose fact is read through a pronoun, a description, a bare surname
// or a bare title, with the facts a wrong antecedent would give asserted absent. Where two
// antecedents fit equally, the right answer is no fact. Cells the loader cannot read yet
// are in docCorefKnownFailures with the reason; the test asserts that they still fail.
// `go test -run TestDocCoref -v ./loader` prints the table.

import "testing"

// The situation columns: the antecedent a sentence or more back with a person of the other
// gender between, with one of the same gender between, two equally fitting antecedents,
// the antecedent named once and then by description far back, a relative sharing the
// surname, one country dominating the document, two countries sharing it.
var docCorefColumns = []string{"othergender", "samegender", "ambiguous", "far", "relative", "onecountry", "twocountries"}

var docCorefRows = []string{"he/his", "she/her", "they/their", "the group", "the militia", "the rebels",
	"the movement", "the company", "the ministry", "the country", "the kingdom", "two countries",
	"two leaders", "the minister", "the president", "surname", "bare title"}

var docCorefPeople = []matrixCase{
	mc("d-she-other", "othergender", "she/her", ss(
		"Amara Nduta arrived in Nairobi on Monday for two days of talks on trade.",
		"Officials said the visit had been planned for several months.",
		"Governor Peter Kamau welcomed the delegation at the airport.",
		"The talks were expected to focus on tariffs and road links.",
		"She visited Mombasa on Tuesday.",
		"Reporters were not allowed to follow the delegation."),
		ss("Amara Nduta visited Mombasa"), ss("Peter Kamau visited Mombasa")),
	mc("d-he-other", "othergender", "he/his", ss(
		"Peter Kamau arrived in Nairobi on Monday for two days of talks on trade.",
		"Officials said the visit had been planned for several months.",
		"Governor Amara Nduta welcomed the delegation at the airport.",
		"The talks were expected to focus on tariffs and road links.",
		"He visited Mombasa on Tuesday.",
		"Reporters were not allowed to follow the delegation."),
		ss("Peter Kamau visited Mombasa"), ss("Amara Nduta visited Mombasa")),
	mc("d-his-other", "othergender", "he/his", ss(
		"Peter Kamau spoke to reporters in Nairobi on Monday.",
		"He said the new road would be finished within a year.",
		"Irena Kovac, a local councillor, praised the plan.",
		"Critics said the cost had been underestimated.",
		"His visit to Kisumu on Friday was cut short by rain.",
		"A spokesman gave no further details."),
		ss("Peter Kamau visited Kisumu"), ss("Irena Kovac visited Kisumu")),
	mc("d-her-title", "othergender", "she/her", ss(
		"Chairwoman Lin Arvo opened the conference in Accra on Monday.",
		"More than two hundred delegates attended the opening session.",
		"Mr Kito Mabeza, a trade official, addressed the delegates on Tuesday.",
		"The conference is held every two years.",
		"Her visit to Kumasi on Wednesday drew large crowds.",
		"Organisers said the next meeting would be held in 2028."),
		ss("Lin Arvo visited Kumasi"), ss("Kito Mabeza visited Kumasi")),
	mc("d-he-same", "samegender", "he/his", ss(
		"Peter Kamau arrived in Nairobi on Monday.",
		"The visit had been planned for several months.",
		"Joseph Waweru received him at the airport.",
		"Joseph Waweru later spoke to reporters in the capital.",
		"He visited Mombasa on Tuesday.",
		"No agreement was signed."),
		ss("Joseph Waweru visited Mombasa"), ss("Peter Kamau visited Mombasa")),
	mc("d-she-same", "samegender", "she/her", ss(
		"Amara Nduta arrived in Nairobi on Monday.",
		"The visit had been planned for several months.",
		"Irena Kovac chaired the first session of the talks.",
		"She visited Mombasa on Tuesday.",
		"No agreement was signed.",
		"Both sides said the talks had been useful."),
		ss("Irena Kovac visited Mombasa"), ss("Amara Nduta visited Mombasa")),
	mc("d-he-amb", "ambiguous", "he/his", ss(
		"Peter Kamau and Joseph Waweru arrived in Nairobi on Monday.",
		"The visit had been planned for several months.",
		"The talks were expected to focus on tariffs.",
		"He visited Mombasa on Tuesday.",
		"No agreement was signed."),
		nil, ss("Peter Kamau visited Mombasa", "Joseph Waweru visited Mombasa")),
	mc("d-she-amb", "ambiguous", "she/her", ss(
		"Amara Nduta and Irena Kovac arrived in Nairobi on Monday.",
		"The visit had been planned for several months.",
		"The talks were expected to focus on tariffs.",
		"Her visit to Mombasa on Tuesday was cut short.",
		"No agreement was signed."),
		nil, ss("Amara Nduta visited Mombasa", "Irena Kovac visited Mombasa")),

	mc("d-two-leaders", "far", "two leaders", ss(
		"Peter Kamau met Amara Nduta in Nairobi on Monday.",
		"The meeting had been planned for several months.",
		"Joseph Waweru, an opposition politician, criticised the talks.",
		"The talks were expected to focus on tariffs.",
		"The two leaders visited Kisumu on Tuesday.",
		"No agreement was signed."),
		ss("Peter Kamau visited Kisumu", "Amara Nduta visited Kisumu"), ss("Joseph Waweru visited Kisumu")),
	mc("d-the-minister", "far", "the minister", ss(
		"Kenyan Foreign Minister Peter Kamau arrived in Kampala on Monday.",
		"The visit had been planned for several months.",
		"Joseph Waweru, a businessman, said trade had fallen.",
		"Traders at the border have complained of delays.",
		"The minister visited Jinja on Tuesday.",
		"No agreement was signed."),
		ss("Peter Kamau visited Jinja"), ss("Joseph Waweru visited Jinja")),
	mc("d-the-president", "far", "the president", ss(
		"Ghanaian President Amara Nduta opened a new port in Tema on Monday.",
		"The port cost about 400 million dollars to build.",
		"Kito Mabeza, a trade official, said exports would double.",
		"Fishermen in the area have protested against the project.",
		"The president visited Kumasi on Tuesday.",
		"She is due to return to Accra on Friday."),
		ss("Amara Nduta visited Kumasi"), ss("Kito Mabeza visited Kumasi")),

	mc("d-surname-far", "far", "surname", ss(
		"Joseph Waweru, a former governor, arrived in Nairobi on Monday.",
		"The visit had been planned for several months.",
		"Amara Nduta chaired the first session of the talks.",
		"The talks were expected to focus on tariffs.",
		"Waweru met Irena Kovac on Tuesday.",
		"No agreement was signed."),
		ss("Joseph Waweru met Irena Kovac"), ss("Amara Nduta met Irena Kovac")),
	mc("d-surname-brother", "relative", "surname", ss(
		"Joseph Waweru, the governor of Nakuru, arrived in Nairobi on Monday.",
		"Waweru said the talks would focus on water.",
		"His brother, Daniel Waweru, a businessman, was questioned by police last year.",
		"The governor has denied any wrongdoing.",
		"Waweru met Irena Kovac on Tuesday.",
		"No agreement was signed."),
		ss("Joseph Waweru met Irena Kovac"), ss("Daniel Waweru met Irena Kovac")),
	mc("d-surname-wife", "relative", "surname", ss(
		"Joseph Waweru, the governor of Nakuru, arrived in Nairobi on Monday.",
		"Waweru said the talks would focus on water.",
		"His wife, Grace Waweru, a lawyer, travelled with him.",
		"The couple stayed at a hotel in the capital.",
		"Mrs Waweru met Irena Kovac on Tuesday.",
		"No agreement was signed."),
		ss("Grace Waweru met Irena Kovac"), ss("Joseph Waweru met Irena Kovac")),
}

var docCorefBodies = []matrixCase{
	mc("d-they-org", "far", "they/their", ss(
		"The Velka Movement seized two villages near Goma on Sunday.",
		"Residents said hundreds of families had fled.",
		"Governor Peter Kamau condemned the attack.",
		"Aid agencies said they could not reach the area.",
		"Their leader, Daniel Oyelaran, was arrested in 2019.",
		"The army said it would retake the villages."),
		ss("Daniel Oyelaran leads Velka Movement"), ss("Daniel Oyelaran leads Goma")),
	mc("d-the-group", "far", "the group", ss(
		"The Velka Movement seized two villages near Goma on Sunday.",
		"Residents said hundreds of families had fled.",
		"Governor Peter Kamau condemned the attack.",
		"The army said it would retake the villages.",
		"The group is backed by Rwanda, according to a United Nations report.",
		"Rwanda denies the charge."),
		ss("Rwanda supports Velka Movement"), ss("Rwanda supports Peter Kamau")),
	mc("d-the-militia", "far", "the militia", ss(
		"Fighters of the Orun militia attacked a police post near Bunia on Sunday.",
		"Three officers were killed, officials said.",
		"Governor Peter Kamau called for calm.",
		"The attack was the third this month.",
		"The militia is backed by Uganda, according to a United Nations report.",
		"Uganda denies the charge."),
		ss("Uganda supports Orun militia"), ss("Uganda supports Peter Kamau")),
	mc("d-the-rebels", "far", "the rebels", ss(
		"Orun rebels attacked a police post near Bunia on Sunday.",
		"Three officers were killed, officials said.",
		"Governor Peter Kamau called for calm.",
		"The attack was the third this month.",
		"The rebels are backed by Uganda, according to a United Nations report.",
		"Uganda denies the charge."),
		ss("Uganda supports Orun rebels"), ss("Uganda supports Peter Kamau")),
	mc("d-the-movement", "far", "the movement", ss(
		"The Velka Movement held a rally in Goma on Saturday.",
		"Thousands of supporters attended, organisers said.",
		"The Orun Brigade, a rival militia, was not invited.",
		"Police said the rally was peaceful.",
		"The movement's leader, Daniel Oyelaran, is due to stand for parliament next year.",
		"He has denied links to armed groups."),
		ss("Daniel Oyelaran leads Velka Movement"), ss("Daniel Oyelaran leads Orun Brigade")),
	mc("d-the-company", "far", "the company", ss(
		"Kestrel Mining Corporation opened a copper mine near Ndola on Monday.",
		"The mine is expected to employ about 2,000 people.",
		"Local chiefs said they had not been consulted.",
		"Copper prices have risen this year.",
		"The company's chief executive, Daniel Oyelaran, said output would begin in June.",
		"The mine cost about 300 million dollars."),
		ss("Daniel Oyelaran leads Kestrel Mining Corporation"), ss("Daniel Oyelaran leads Ndola")),
	mc("d-the-company-chair", "far", "the company", ss(
		"Kestrel Mining Corporation opened a copper mine near Ndola on Monday.",
		"The mine is expected to employ about 2,000 people.",
		"Local chiefs said villagers had not been consulted.",
		"Copper prices have risen this year.",
		"The company's chairman, Daniel Oyelaran, said output would begin in June.",
		"The mine cost about 300 million dollars."),
		ss("Daniel Oyelaran leads Kestrel Mining Corporation"), ss("Daniel Oyelaran leads Ndola")),
	mc("d-the-company-other", "ambiguous", "the company", ss(
		"Orun Aerospace said on Monday it had signed an agreement with Kestrel Rocket Co to launch two satellites.",
		"The company said the first launch would take place next year.",
		"Satellite makers have struggled to find launch sites.",
		"\"This agreement opens new markets for us,\" said Daniel Oyelaran, the company's vice president of sales.",
		"No price was given."),
		nil, ss("Daniel Oyelaran memberOf Kestrel Rocket Co", "Daniel Oyelaran leads Kestrel Rocket Co")),
	mc("d-the-company-two", "ambiguous", "the company", ss(
		"Kestrel Mining Corporation and Orun Copper Ltd opened a joint mine near Ndola on Monday.",
		"The mine is expected to employ about 2,000 people.",
		"Local chiefs said villagers had not been consulted.",
		"Copper prices have risen this year.",
		"The company's chairman, Daniel Oyelaran, said output would begin in June."),
		nil, ss("Daniel Oyelaran leads Kestrel Mining Corporation", "Daniel Oyelaran leads Orun Copper Ltd")),
	mc("d-the-ministry", "far", "the ministry", ss(
		"The Ministry of Water said on Monday that the dam near Kariba would be repaired.",
		"The dam supplies power to much of the region.",
		"Engineers warned last year that the wall was cracked.",
		"Repairs are expected to take two years.",
		"The ministry's spokesman, Daniel Oyelaran, said the cost would be shared.",
		"No date was given for the start of work."),
		ss("Daniel Oyelaran memberOf Ministry of Water"), ss("Daniel Oyelaran memberOf Kariba")),
	mc("d-the-country", "far", "the country", ss(
		"Zambia closed its border with Malawi on Monday after an outbreak of cholera.",
		"Health officials said 40 people had died.",
		"Traders at the border complained of delays.",
		"The outbreak began in a fishing village last month.",
		"The country's president, Daniel Oyelaran, said the border would reopen within a week.",
		"Aid agencies have sent medical teams."),
		ss("Daniel Oyelaran leads Zambia"), ss("Daniel Oyelaran leads Malawi")),
	mc("d-the-kingdom", "far", "the kingdom", ss(
		"Morocco recalled its ambassador to Algeria on Monday.",
		"The two countries have been at odds over the border for years.",
		"Officials gave no reason for the decision.",
		"Trade between the neighbours has fallen sharply.",
		"The kingdom has imposed sanctions on the Velka Movement, a foreign ministry statement said.",
		"The movement denies any wrongdoing."),
		ss("Velka Movement sanctionedBy Morocco"), ss("Velka Movement sanctionedBy Algeria")),
	mc("d-two-countries", "far", "two countries", ss(
		"Kenya and Uganda signed a border agreement in Nairobi on Monday.",
		"Tanzania did not send a delegation.",
		"The agreement ends a dispute over an island in Lake Victoria.",
		"Fishermen on the island welcomed the deal.",
		"The two countries have imposed sanctions on the Velka Movement.",
		"The movement denies any wrongdoing."),
		ss("Velka Movement sanctionedBy Kenya", "Velka Movement sanctionedBy Uganda"), ss("Velka Movement sanctionedBy Tanzania")),
	mc("d-two-countries-apart", "ambiguous", "two countries", ss(
		"Kenya accused Uganda on Monday of moving border posts on an island in Lake Victoria.",
		"Tanzania offered to mediate.",
		"Fishermen on the island said patrols had increased.",
		"The two countries have imposed sanctions on the Velka Movement."),
		nil, ss("Velka Movement sanctionedBy Kenya", "Velka Movement sanctionedBy Uganda", "Velka Movement sanctionedBy Tanzania")),
}

var docCorefTitles = []matrixCase{
	mc("d-bare-pm", "onecountry", "bare title", ss(
		"Kenya's parliament passed a new budget on Tuesday after weeks of debate.",
		"Prime Minister Daniel Oyelaran said the budget would cut the deficit.",
		"Kenyan opposition parties said the cuts would hurt the poor.",
		"Foreign Minister Joseph Waweru said donors had welcomed the plan.",
		"Protests were held in several Kenyan towns on Wednesday.",
		"The interior minister, Peter Kamau, said police would keep order.",
		"Kenya's economy grew by four percent last year."),
		ss("Daniel Oyelaran leads Kenya", "Joseph Waweru memberOf Kenya", "Peter Kamau memberOf Kenya"),
		ss("Daniel Oyelaran nationality Uganda", "Joseph Waweru nationality Uganda")),
	mc("d-bare-two", "twocountries", "bare title", ss(
		"Kenya and Uganda held talks in Arusha on Tuesday over a border dispute.",
		"Prime Minister Daniel Oyelaran said the talks had been useful.",
		"Uganda has accused Kenya of moving border posts.",
		"Foreign Minister Joseph Waweru said the claim was false.",
		"Kenyan and Ugandan officials will meet again next month.",
		"Uganda and Kenya are both members of the East African Community."),
		nil,
		ss("Daniel Oyelaran leads Kenya", "Daniel Oyelaran leads Uganda", "Joseph Waweru memberOf Kenya",
			"Joseph Waweru memberOf Uganda", "Daniel Oyelaran nationality Kenya", "Daniel Oyelaran nationality Uganda")),
	mc("d-bare-two-interior", "twocountries", "bare title", ss(
		"Zambia and Malawi agreed on Monday to reopen their shared border.",
		"The interior minister, Peter Kamau, said trucks would cross from Thursday.",
		"Malawi closed the border in March after an outbreak of cholera.",
		"Zambian traders said they had lost millions of dollars.",
		"Malawian officials said the outbreak was over.",
		"The border post at Mchinji will open first."),
		nil,
		ss("Peter Kamau memberOf Zambia", "Peter Kamau memberOf Malawi", "Peter Kamau nationality Zambia", "Peter Kamau nationality Malawi")),
	mc("d-bare-appos-after", "onecountry", "bare title", ss(
		"Kenya's parliament voted on Tuesday to extend a curfew in the north by three months.",
		"Kenyan officials said the curfew had cut the number of attacks.",
		"Peter Kamau, the interior minister, said the army would stay in the region.",
		"Human rights groups have accused Kenyan police of abuses there.",
		"Joseph Waweru, the former defence minister, said the curfew had failed.",
		"Kenya's opposition called for an inquiry."),
		ss("Peter Kamau memberOf Kenya"),
		ss("Joseph Waweru memberOf Kenya", "Joseph Waweru leads Kenya", "Peter Kamau leads Kenya")),
	mc("d-bare-appos-foreign", "onecountry", "bare title", ss(
		"Kenya's parliament voted on Tuesday to extend a curfew in the north by three months.",
		"Kenyan officials said the curfew had cut the number of attacks.",
		"Peter Kamau, the interior minister of Uganda, said his country would help.",
		"Human rights groups have accused Kenyan police of abuses there.",
		"Kenya's opposition called for an inquiry."),
		ss("Peter Kamau memberOf Uganda"),
		ss("Peter Kamau memberOf Kenya", "Peter Kamau nationality Kenya")),
	mc("d-bare-capital-surname", "onecountry", "bare title", ss(
		"Police shot a man dead in a shopping street on Sunday after he stabbed two people.",
		"The attacker, identified as Daniel Lima, 20, had been released from prison a week earlier.",
		"Lima had been watched by police since his release.",
		"Neighbours said Lima rarely left his flat.",
		"Officers said Lima had bought the knife on Saturday.",
		"The prime minister, Mark Delane, thanked the emergency services.",
		"Two women were treated in hospital for minor injuries."),
		nil,
		ss("Mark Delane leads Peru", "Mark Delane memberOf Peru", "Mark Delane nationality Peru")),
}

// docCorefKnownFailures are the cells the loader does not read yet, with the reason; the
// test asserts that each still fails.
var docCorefKnownFailures = map[string]string{
	"d-two-leaders":       "\"the two leaders\" is read for the pair named in the window of corefWindow sentences (pairdesc.go); four sentences back is beyond it",
	"d-they-org":          "\"their\" four sentences after the body, with \"aid agencies ... they\" between: bodyPronouns looks only at the sentence before",
	"d-the-group":         "\"the group\" is a hypernym: it takes the nearest body of the corefWindow, and the body is four back",
	"d-the-militia":       "\"the Orun militia\" (lower-case head) is no named body, so there is no antecedent to bind",
	"d-the-rebels":        "\"Orun rebels\" is read as the collective \"rebels\", not as a named group",
	"d-the-company":       "\"the company's\" is bound (d-the-company-chair), but \"chief executive\" after it gives no fact: the title lexicon's reading of the phrase after a possessive",
	"d-the-company-chair": "\"the company\" binds only a sentence back: tried binding a body whose name has a company suffix up to six back when it is the only candidate, and on Reuters it gave 2 facts, both wrong (the other company was typed a person, or its name split), so it is not done",
	"d-the-ministry":      "\"the ministry's\" is bound within corefWindow sentences only; the ministry is four back",
	"d-the-country":       "the country's antecedent sentence names two countries (\"Zambia closed its border with Malawi\"): the subject is not preferred, so it is left alone",
	"d-the-kingdom":       "the antecedent sentence names two countries and which is a kingdom is not known to the lexicon",
}

func TestDocCoref(t *testing.T) {
	res := relMatrixResults(t, docCorefPeople, docCorefBodies, docCorefTitles)
	pass, total := checkMatrix(t, res, docCorefKnownFailures, "docCorefKnownFailures")
	t.Log("\n" + matrixTable(docCorefRows, docCorefColumns, pass, total, 14, 12))
}
