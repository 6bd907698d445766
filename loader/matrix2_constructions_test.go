package loader

// The second round of issue 11's matrix: the relations of the ontology in the phrasings
// of news the first round (matrix_constructions_test.go) lacks: quotes with the speaker
// after them, time and place before the subject, headlines, stacked phrases, long
// subjects, "X-backed" modifiers, lists after "including", coordinated verbs, and the
// negatives, plans and cancellations that state nothing. People and bodies are made up.

import "testing"

// The second round's construction columns, in the order the table prints them.
var matrix2Columns = []string{"quote", "according", "fronted", "headline", "stackedpp", "longsubj",
	"apposition", "eventnoun", "compound", "list", "ellipsis", "passive", "negative"}

var matrix2MeetVisit = []matrixCase{
	mc("m2-met-quote", "quote", "met", ss(`"The border will open," said Ilse Brandt, the Zambian foreign minister, after meeting Tomas Reyes.`),
		ss("Ilse Brandt met Tomas Reyes"), ss("Tomas Reyes memberOf Zambia")),
	mc("m2-met-acc", "according", "met", ss("According to aides, Ilse Brandt met Tomas Reyes in Lusaka on Monday."),
		ss("Ilse Brandt met Tomas Reyes"), ss("Lusaka met Tomas Reyes")),
	mc("m2-met-front", "fronted", "met", ss("On Monday in Lusaka, Ilse Brandt met Tomas Reyes."),
		ss("Ilse Brandt met Tomas Reyes"), ss("Lusaka met Tomas Reyes", "Lusaka met Ilse Brandt")),
	mc("m2-met-head", "headline", "met", ss("Ilse Brandt meets Tomas Reyes in Lusaka"),
		ss("Ilse Brandt met Tomas Reyes"), ss("Lusaka met Tomas Reyes")),
	mc("m2-met-pp", "stackedpp", "met", ss("Ilse Brandt held talks in Lusaka with Tomas Reyes on trade."),
		ss("Ilse Brandt met Tomas Reyes"), ss("Lusaka met Tomas Reyes")),
	mc("m2-met-long", "longsubj", "met", ss("Ilse Brandt, the veteran diplomat who negotiated the 2015 ceasefire, met Tomas Reyes on Friday."),
		ss("Ilse Brandt met Tomas Reyes"), nil),
	mc("m2-met-heads", "longsubj", "met", ss("Tomas Reyes, who heads the Dara Front, met Ilse Brandt in Lusaka."),
		ss("Tomas Reyes met Ilse Brandt", "Tomas Reyes leads Dara Front"), ss("Dara Front met Ilse Brandt", "Ilse Brandt leads Dara Front")),
	mc("m2-met-headof", "apposition", "met", ss("The head of the Dara Front, Tomas Reyes, met Ilse Brandt on Sunday."),
		ss("Tomas Reyes met Ilse Brandt", "Tomas Reyes leads Dara Front"), ss("Ilse Brandt leads Dara Front")),
	mc("m2-met-posstitle", "apposition", "met", ss("Ilse Brandt, Zambia's foreign minister, met Tomas Reyes on Friday."),
		ss("Ilse Brandt met Tomas Reyes", "Ilse Brandt memberOf Zambia"), ss("Tomas Reyes memberOf Zambia", "Ilse Brandt leads Zambia")),
	mc("m2-met-between", "eventnoun", "met", ss("A meeting between Ilse Brandt and Tomas Reyes ended without a deal."),
		ss("Ilse Brandt met Tomas Reyes"), nil),
	mc("m2-met-ell", "ellipsis", "met", ss("Ilse Brandt met Tomas Reyes and visited Kisumu."),
		ss("Ilse Brandt met Tomas Reyes", "Ilse Brandt visited Kisumu"), ss("Tomas Reyes visited Kisumu")),
	mc("m2-met-ell2", "ellipsis", "met", ss("Ilse Brandt visited Kisumu and met Tomas Reyes there."),
		ss("Ilse Brandt met Tomas Reyes", "Ilse Brandt visited Kisumu"), ss("Tomas Reyes visited Kisumu", "Kisumu met Tomas Reyes")),
	mc("m2-met-list", "list", "met", ss("Ilse Brandt met several regional leaders, including Tomas Reyes, Omar Sadiq and Lea Morin."),
		ss("Ilse Brandt met Tomas Reyes", "Ilse Brandt met Omar Sadiq", "Ilse Brandt met Lea Morin"), ss("Tomas Reyes met Omar Sadiq")),
	mc("m2-met-pass", "passive", "met", ss("Tomas Reyes was, according to officials, received by Ilse Brandt at the palace."),
		ss("Ilse Brandt met Tomas Reyes"), nil),
	mc("m2-met-fail", "negative", "met", ss("Ilse Brandt failed to meet Tomas Reyes."), nil, ss("Ilse Brandt met Tomas Reyes")),
	mc("m2-met-deny", "negative", "met", ss("Ilse Brandt denied meeting Tomas Reyes."), nil, ss("Ilse Brandt met Tomas Reyes")),
	mc("m2-met-calloff", "negative", "met", ss("Ilse Brandt called off her meeting with Tomas Reyes."), nil, ss("Ilse Brandt met Tomas Reyes")),
	mc("m2-met-could", "negative", "met", ss("Ilse Brandt could meet Tomas Reyes next week."), nil, ss("Ilse Brandt met Tomas Reyes")),
	mc("m2-met-isto", "negative", "met", ss("Ilse Brandt is to meet Tomas Reyes on Friday."), nil, ss("Ilse Brandt met Tomas Reyes")),
	mc("m2-met-onlyif", "negative", "met", ss("The talks will resume only if Ilse Brandt meets Tomas Reyes."), nil, ss("Ilse Brandt met Tomas Reyes")),
	mc("m2-met-has-q", "negative", "met", ss("Has Ilse Brandt met Tomas Reyes?"), nil, ss("Ilse Brandt met Tomas Reyes")),
	mc("m2-met-farif", "negative", "met", ss("If the government in Lusaka agrees to the new terms, Ilse Brandt meets Tomas Reyes on Friday."),
		nil, ss("Ilse Brandt met Tomas Reyes")),

	mc("m2-vis-quote", "quote", "visited", ss(`"We came to listen," said Ilse Brandt, who arrived in Kisumu on Monday.`),
		ss("Ilse Brandt visited Kisumu"), nil),
	mc("m2-vis-tour", "stackedpp", "visited", ss("Ilse Brandt started the tour on Sunday in Kisumu."),
		ss("Ilse Brandt visited Kisumu"), nil),
	mc("m2-vis-capital", "apposition", "visited", ss("Ilse Brandt on Monday paid a surprise visit to the Malawian capital, Lilongwe."),
		ss("Ilse Brandt visited Lilongwe"), nil),
	mc("m2-vis-front", "fronted", "visited", ss("On Tuesday, Ilse Brandt flew to Gdansk for talks."),
		ss("Ilse Brandt visited Gdansk"), nil),
	mc("m2-vis-head", "headline", "visited", ss("Ilse Brandt visits flood-hit Kisumu"),
		ss("Ilse Brandt visited Kisumu"), nil),
	mc("m2-vis-head2", "headline", "visited", ss("Zambian minister Ilse Brandt arrives in Gdansk for talks"),
		ss("Ilse Brandt visited Gdansk", "Ilse Brandt nationality Zambia"), ss("Ilse Brandt nationality Poland")),
	mc("m2-vis-pp", "stackedpp", "visited", ss("Ilse Brandt travelled on Monday to Gdansk with Tomas Reyes for talks on trade."),
		ss("Ilse Brandt visited Gdansk"), nil),
	mc("m2-vis-long", "longsubj", "visited", ss("Ilse Brandt, the Zambian foreign minister who took office in March, visited Gdansk on Friday."),
		ss("Ilse Brandt visited Gdansk", "Ilse Brandt memberOf Zambia"), nil),
	mc("m2-vis-by", "eventnoun", "visited", ss("The two-day visit by Ilse Brandt to Gdansk ended on Friday."),
		ss("Ilse Brandt visited Gdansk"), nil),
	mc("m2-vis-despite", "fronted", "visited", ss("Despite the warnings from the embassy about the unrest, Ilse Brandt visited Kisumu on Sunday."),
		ss("Ilse Brandt visited Kisumu"), nil),
	mc("m2-vis-ell", "ellipsis", "visited", ss("Ilse Brandt flew to Gdansk and then to Oslo."),
		ss("Ilse Brandt visited Gdansk", "Ilse Brandt visited Oslo"), nil),
	mc("m2-vis-list", "list", "visited", ss("Ilse Brandt toured several towns, including Nakuru, Kisumu and Mombasa."),
		ss("Ilse Brandt visited Nakuru", "Ilse Brandt visited Kisumu", "Ilse Brandt visited Mombasa"), nil),
	mc("m2-vis-plural", "apposition", "visited", ss("Ilse Brandt and Tomas Reyes, the two envoys, arrived in Gdansk on Monday."),
		ss("Ilse Brandt visited Gdansk", "Tomas Reyes visited Gdansk"), nil),
	mc("m2-vis-calloff", "negative", "visited", ss("Ilse Brandt called off her visit to Gdansk."), nil, ss("Ilse Brandt visited Gdansk")),
	mc("m2-vis-putoff", "negative", "visited", ss("Ilse Brandt put off her trip to Kisumu because of the storm."), nil, ss("Ilse Brandt visited Kisumu")),
	mc("m2-vis-postpone", "negative", "visited", ss("Ilse Brandt postponed her visit to Gdansk."), nil, ss("Ilse Brandt visited Gdansk")),
	mc("m2-vis-isto", "negative", "visited", ss("Ilse Brandt is to visit Gdansk next week."), nil, ss("Ilse Brandt visited Gdansk")),
	mc("m2-vis-plan", "negative", "visited", ss("Ilse Brandt plans to visit Kisumu in June."), nil, ss("Ilse Brandt visited Kisumu")),
	mc("m2-vis-may", "negative", "visited", ss("Ilse Brandt may visit Gdansk later this year."), nil, ss("Ilse Brandt visited Gdansk")),
	mc("m2-vis-due", "negative", "visited", ss("Ilse Brandt was due to visit Kisumu on Monday."), nil, ss("Ilse Brandt visited Kisumu")),
	mc("m2-vis-farif", "negative", "visited", ss("If the weather in the north improves by the weekend, Ilse Brandt visits Kisumu on Sunday."),
		nil, ss("Ilse Brandt visited Kisumu")),
}

var matrix2Offices = []matrixCase{
	mc("m2-lead-quote", "quote", "leads", ss(`"We will not give up," said Tomas Reyes, the leader of the Dara Front.`),
		ss("Tomas Reyes leads Dara Front"), nil),
	mc("m2-lead-acc", "according", "leads", ss("According to Tomas Reyes, the head of the Dara Front, the talks have failed."),
		ss("Tomas Reyes leads Dara Front"), nil),
	mc("m2-lead-head", "headline", "leads", ss("Dara Front leader Tomas Reyes rejects deal"),
		ss("Tomas Reyes leads Dara Front"), nil),
	mc("m2-lead-headof", "apposition", "leads", ss("The head of the Pell Movement, Omar Sadiq, was arrested on Monday."),
		ss("Omar Sadiq leads Pell Movement"), nil),
	mc("m2-lead-long", "longsubj", "leads", ss("Tomas Reyes, who has led the Dara Front since 2012 and spent a decade in exile, said the vote was rigged."),
		ss("Tomas Reyes leads Dara Front"), nil),
	mc("m2-lead-elect", "passive", "leads", ss("Tomas Reyes was elected leader of the Dara Front on Sunday."),
		ss("Tomas Reyes leads Dara Front"), nil),
	mc("m2-lead-front", "fronted", "leads", ss("In Lusaka on Monday, Dara Front leader Tomas Reyes said the talks had failed."),
		ss("Tomas Reyes leads Dara Front"), ss("Tomas Reyes leads Lusaka")),
	mc("m2-lead-resp", "list", "leads", ss("Tomas Reyes and Omar Sadiq, the leaders of the Dara Front and the Pell Movement, met in Lusaka."),
		ss("Tomas Reyes met Omar Sadiq"), ss("Tomas Reyes leads Pell Movement", "Omar Sadiq leads Dara Front")),
	mc("m2-lead-former", "negative", "leads", ss("Tomas Reyes, the former leader of the Dara Front, said the vote was rigged."),
		nil, ss("Tomas Reyes leads Dara Front")),
	mc("m2-lead-hope", "negative", "leads", ss("Omar Sadiq is expected to become leader of the Pell Movement."), nil, ss("Omar Sadiq leads Pell Movement")),

	mc("m2-mem-quote", "quote", "memberOf", ss(`"The vote was rigged," said Lea Morin, a spokeswoman for the Pell Movement.`),
		ss("Lea Morin memberOf Pell Movement"), ss("Lea Morin leads Pell Movement")),
	mc("m2-mem-acc", "according", "memberOf", ss("According to Lea Morin, a senior member of the Pell Movement, the vote was rigged."),
		ss("Lea Morin memberOf Pell Movement"), nil),
	mc("m2-mem-head", "headline", "memberOf", ss("Pell Movement spokeswoman Lea Morin arrested in Lusaka"),
		ss("Lea Morin memberOf Pell Movement"), ss("Lea Morin leads Pell Movement")),
	mc("m2-mem-poss", "apposition", "memberOf", ss("Lea Morin, Malawi's foreign minister, said the border would stay shut."),
		ss("Lea Morin memberOf Malawi"), ss("Lea Morin leads Malawi")),
	mc("m2-mem-list", "list", "memberOf", ss("Police arrested three members of the Pell Movement, including Lea Morin, Omar Sadiq and Jonas Ekberg."),
		ss("Lea Morin memberOf Pell Movement", "Omar Sadiq memberOf Pell Movement", "Jonas Ekberg memberOf Pell Movement"), nil),
	mc("m2-mem-front", "fronted", "memberOf", ss("On Sunday, Malawian Health Minister Lea Morin visited Kisumu."),
		ss("Lea Morin memberOf Malawi", "Lea Morin visited Kisumu"), ss("Lea Morin memberOf Kenya")),
	mc("m2-mem-deny", "negative", "memberOf", ss("Lea Morin denied being a member of the Pell Movement."), nil, ss("Lea Morin memberOf Pell Movement")),
	mc("m2-mem-refuse", "negative", "memberOf", ss("Lea Morin refused to join the Pell Movement."), nil, ss("Lea Morin memberOf Pell Movement")),

	mc("m2-nat-quote", "quote", "nationality", ss(`"We are ready," said Jonas Ekberg, a Kenyan businessman.`),
		ss("Jonas Ekberg nationality Kenya"), nil),
	mc("m2-nat-head", "headline", "nationality", ss("Kenyan activist Jonas Ekberg detained in Harare"),
		ss("Jonas Ekberg nationality Kenya"), ss("Jonas Ekberg nationality Zimbabwe")),
	mc("m2-nat-long", "longsubj", "nationality", ss("Jonas Ekberg, an engineer who has lived in Oslo since 2001, was freed on Monday."),
		nil, ss("Jonas Ekberg nationality Norway")),
}

var matrix2Places = []matrixCase{
	mc("m2-part-wing", "apposition", "partOf", ss("The Ostrow Brigade, the armed wing of the Pell Movement, shelled the town."),
		ss("Ostrow Brigade partOf Pell Movement"), ss("Pell Movement partOf Ostrow Brigade")),
	mc("m2-part-acc", "according", "partOf", ss("According to the Ostrow Brigade, a faction of the Pell Movement, the town fell."),
		ss("Ostrow Brigade partOf Pell Movement"), nil),
	mc("m2-loc-front", "fronted", "locatedIn", ss("In Eldoret, a town in western Kenya, protesters gathered on Monday."),
		ss("Eldoret locatedIn Kenya"), nil),
	mc("m2-loc-head", "headline", "locatedIn", ss("Floods hit Kenyan town of Eldoret"),
		ss("Eldoret locatedIn Kenya"), nil),
	mc("m2-loc-pp", "stackedpp", "locatedIn", ss("The talks in Eldoret in western Kenya on trade ended on Friday."),
		ss("Eldoret locatedIn Kenya"), nil),
}

var matrix2Conflict = []matrixCase{
	mc("m2-fight-head", "headline", "fights", ss("Ostrow Brigade attacks Dara Front near Kisumu"),
		ss("Ostrow Brigade fights Dara Front"), ss("Dara Front fights Ostrow Brigade")),
	mc("m2-fight-front", "fronted", "fights", ss("On Sunday near Kisumu, the Ostrow Brigade attacked the Dara Front."),
		ss("Ostrow Brigade fights Dara Front"), ss("Dara Front fights Ostrow Brigade", "Kisumu fights Dara Front")),
	mc("m2-fight-inv", "eventnoun", "fights", ss("The Zambian invasion of Malawi began in March."),
		ss("Zambia fights Malawi"), ss("Malawi fights Zambia")),
	mc("m2-fight-pass", "passive", "fights", ss("The Dara Front was, according to witnesses, attacked by the Ostrow Brigade."),
		ss("Ostrow Brigade fights Dara Front"), ss("Dara Front fights Ostrow Brigade")),
	mc("m2-fight-list", "list", "fights", ss("The Ostrow Brigade has fought several groups, including the Dara Front, the Pell Movement and the Cairn Union."),
		ss("Ostrow Brigade fights Dara Front", "Ostrow Brigade fights Pell Movement", "Ostrow Brigade fights Cairn Union"), ss("Dara Front fights Pell Movement")),
	mc("m2-fight-quote", "quote", "fights", ss(`"They came at night," said Lea Morin, adding that the Ostrow Brigade had attacked the Dara Front.`),
		ss("Ostrow Brigade fights Dara Front"), ss("Lea Morin fights Dara Front")),
	mc("m2-fight-long", "longsubj", "fights", ss("The Ostrow Brigade, a militia that the United Nations has accused of war crimes, attacked the Dara Front."),
		ss("Ostrow Brigade fights Dara Front"), ss("United Nations fights Dara Front", "United Nations fights Ostrow Brigade")),
	mc("m2-fight-deny", "negative", "fights", ss("The Ostrow Brigade denied that it had attacked the Dara Front."), nil, ss("Ostrow Brigade fights Dara Front")),
	mc("m2-fight-could", "negative", "fights", ss("The Ostrow Brigade could attack the Dara Front at any time."), nil, ss("Ostrow Brigade fights Dara Front")),
	mc("m2-fight-prep", "negative", "fights", ss("The Ostrow Brigade is preparing to attack the Dara Front."), nil, ss("Ostrow Brigade fights Dara Front")),

	mc("m2-att-head", "headline", "attacked", ss("Ostrow Brigade shells Kisumu"),
		ss("Ostrow Brigade attacked Kisumu"), nil),
	mc("m2-att-front", "fronted", "attacked", ss("Overnight, in a rare attack, the Ostrow Brigade shelled Nakuru."),
		ss("Ostrow Brigade attacked Nakuru"), nil),
	mc("m2-att-pp", "stackedpp", "attacked", ss("The Ostrow Brigade launched an attack on Monday on Nakuru with rockets."),
		ss("Ostrow Brigade attacked Nakuru"), nil),
	mc("m2-att-quote", "quote", "attacked", ss(`"The town was shelled all night," said Lea Morin, adding that the Ostrow Brigade had attacked Nakuru.`),
		ss("Ostrow Brigade attacked Nakuru"), ss("Lea Morin attacked Nakuru")),
	mc("m2-att-ell", "ellipsis", "attacked", ss("The Ostrow Brigade shelled Nakuru and attacked Kisumu."),
		ss("Ostrow Brigade attacked Nakuru", "Ostrow Brigade attacked Kisumu"), ss("Nakuru attacked Kisumu")),
	mc("m2-att-gap", "ellipsis", "attacked", ss("The Ostrow Brigade attacked Nakuru on Monday and Kisumu on Tuesday."),
		ss("Ostrow Brigade attacked Nakuru", "Ostrow Brigade attacked Kisumu"), nil),
	mc("m2-att-compound", "compound", "attacked", ss("The Malawi-backed Ostrow Brigade shelled Nakuru."),
		ss("Ostrow Brigade attacked Nakuru", "Malawi supports Ostrow Brigade"), ss("Malawi attacked Nakuru")),
	mc("m2-att-calloff", "negative", "attacked", ss("The Ostrow Brigade called off its attack on Nakuru."), nil, ss("Ostrow Brigade attacked Nakuru")),
	mc("m2-att-foil", "negative", "attacked", ss("Police foiled a plot by the Ostrow Brigade to attack Nakuru."), nil, ss("Ostrow Brigade attacked Nakuru")),
	mc("m2-att-farif", "negative", "attacked", ss("Unless the army in the north pulls back by Friday, the Ostrow Brigade attacks Nakuru."),
		nil, ss("Ostrow Brigade attacked Nakuru")),
}

var matrix2Stance = []matrixCase{
	mc("m2-sup-compound", "compound", "supports", ss("The Ostrow Brigade, a Malawian-backed militia, shelled Nakuru."),
		ss("Malawi supports Ostrow Brigade"), ss("Ostrow Brigade supports Malawi")),
	mc("m2-sup-led", "compound", "supports", ss("The Malawian-funded Dara Front rejected the deal."),
		ss("Malawi supports Dara Front"), nil),
	mc("m2-sup-acc", "according", "supports", ss("According to the report, Malawi has armed the Ostrow Brigade since 2015."),
		ss("Malawi supports Ostrow Brigade"), nil),
	mc("m2-sup-list", "list", "supports", ss("Malawi backs several groups, including the Ostrow Brigade, the Dara Front and the Cairn Union."),
		ss("Malawi supports Ostrow Brigade", "Malawi supports Dara Front", "Malawi supports Cairn Union"), ss("Ostrow Brigade supports Dara Front")),
	mc("m2-sup-front", "fronted", "supports", ss("Since 2015, Malawi has funded the Ostrow Brigade."),
		ss("Malawi supports Ostrow Brigade"), nil),
	mc("m2-sup-head", "headline", "supports", ss("Malawi arms Ostrow Brigade"),
		ss("Malawi supports Ostrow Brigade"), nil),
	mc("m2-sup-quote", "quote", "supports", ss(`"We have nothing to hide," said Lea Morin, whose government arms the Ostrow Brigade.`),
		nil, ss("Lea Morin supports Ostrow Brigade")),
	mc("m2-sup-anti", "compound", "supports", ss("Malawi has supported anti-Lusaka rebels in the north of Zambia."),
		nil, ss("Malawi supports Zambia", "Malawi supports Lusaka")),
	mc("m2-sup-stop", "negative", "supports", ss("Malawi stopped arming the Ostrow Brigade in 2018."), nil, ss("Malawi supports Ostrow Brigade")),
	mc("m2-sup-cease", "negative", "supports", ss("Malawi ceased supporting the Ostrow Brigade last year."), nil, ss("Malawi supports Ostrow Brigade")),
	mc("m2-sup-cut", "negative", "supports", ss("Malawi has cut off aid to the Ostrow Brigade."), nil, ss("Malawi supports Ostrow Brigade")),
	mc("m2-sup-would", "negative", "supports", ss("Malawi would support the Ostrow Brigade if it disarmed."), nil, ss("Malawi supports Ostrow Brigade")),
	mc("m2-sup-unless", "negative", "supports", ss("Officials in Lilongwe said that unless the talks in the capital fail, Malawi will not arm the Ostrow Brigade."),
		nil, ss("Malawi supports Ostrow Brigade")),

	mc("m2-ally-pact", "stackedpp", "alliedWith", ss("Malawi signed a defence pact with Zambia on Monday."),
		ss("Malawi alliedWith Zambia"), nil),
	mc("m2-ally-head", "headline", "alliedWith", ss("Malawi, Zambia sign defence pact"),
		ss("Malawi alliedWith Zambia"), nil),
	mc("m2-ally-forces", "stackedpp", "alliedWith", ss("The Dara Front joined forces with the Cairn Union in May."),
		ss("Dara Front alliedWith Cairn Union"), nil),
	mc("m2-ally-app", "apposition", "alliedWith", ss("The Dara Front, Zambia's main ally in the region, shelled the town."),
		ss("Dara Front alliedWith Zambia"), nil),
	mc("m2-ally-isto", "negative", "alliedWith", ss("Malawi and Zambia are to sign a defence pact next month."), nil, ss("Malawi alliedWith Zambia")),
	mc("m2-ally-quit", "negative", "alliedWith", ss("The Dara Front pulled out of its alliance with the Cairn Union."), nil, ss("Dara Front alliedWith Cairn Union")),

	mc("m2-sanc-head", "headline", "sanctionedBy", ss("US sanctions Dara Front leader Tomas Reyes"),
		ss("Tomas Reyes sanctionedBy United States", "Tomas Reyes leads Dara Front"), ss("United States sanctionedBy Tomas Reyes")),
	mc("m2-sanc-title", "apposition", "sanctionedBy", ss("The European Union imposed sanctions on Dara Front leader Tomas Reyes."),
		ss("Tomas Reyes sanctionedBy European Union", "Tomas Reyes leads Dara Front"), ss("Dara Front sanctionedBy European Union")),
	mc("m2-sanc-list", "list", "sanctionedBy", ss("The United States sanctioned several officials, including Tomas Reyes, Lea Morin and Omar Sadiq."),
		ss("Tomas Reyes sanctionedBy United States", "Lea Morin sanctionedBy United States", "Omar Sadiq sanctionedBy United States"), nil),
	mc("m2-sanc-front", "fronted", "sanctionedBy", ss("On Monday, the European Union imposed sanctions on the Dara Front."),
		ss("Dara Front sanctionedBy European Union"), nil),
	mc("m2-sanc-quote", "quote", "sanctionedBy", ss(`"This is a warning," said Lea Morin, after the United States sanctioned the Dara Front.`),
		ss("Dara Front sanctionedBy United States"), ss("Lea Morin sanctionedBy United States")),
	mc("m2-sanc-lift", "negative", "sanctionedBy", ss("The European Union lifted its sanctions on the Dara Front."), nil, ss("Dara Front sanctionedBy European Union")),
	mc("m2-sanc-call", "negative", "sanctionedBy", ss("Lea Morin called for sanctions on the Dara Front."), nil, ss("Dara Front sanctionedBy Lea Morin")),
}

// matrix2KnownFailures are the second round's cells the loader does not read yet, with
// the reason; the test asserts that each still fails.
var matrix2KnownFailures = map[string]string{
	"m2-lead-former": "a former post is read as held: the eval sets' gold counts former posts (\"Former US Ambassador X\" memberOf), so this stays until the ontology says otherwise",
	"m2-mem-list":    "parser: the list after \"members of X, including\" is coordinated with X, and no template reads a relational noun's \"including\" list",
	"m2-part-acc":    "\"..., the town fell\" after the apposition loses its fact (\"..., Nakuru fell\" keeps it); not traced",
	"m2-att-gap":     "gapping: the parser hangs \"and Kisumu on Tuesday\" on the first time phrase, so the second object has no verb",
	"m2-sup-list":    "parser: \"Malawi backs\" (and \"arms\") tagged a plural noun in a short sentence, so there is no verb",
	"m2-sup-quote":   "\"whose government arms Y\" reads the person as the actor, as \"X's government\" does (data regimeWords); whether a person's government is the person is left to the lead",
	"m2-ally-head":   "headline: a comma for \"and\" between the subjects (\"Malawi, Zambia sign\") is not read as a coordination",
}

func TestConstructionMatrix2(t *testing.T) {
	var all []matrixCase
	for _, g := range [][]matrixCase{matrix2MeetVisit, matrix2Offices, matrix2Places, matrix2Conflict, matrix2Stance} {
		all = append(all, g...)
	}
	seen := map[string]bool{}
	pass, total := map[[2]string]int{}, map[[2]string]int{}
	n := 0
	for _, c := range all {
		if seen[c.id] {
			t.Fatalf("duplicate matrix id %s", c.id)
		}
		seen[c.id] = true
		ok, why := matrixPasses(t, c)
		cell := [2]string{c.pred, c.cons}
		total[cell]++
		if ok {
			pass[cell]++
			n++
		}
		reason, known := matrix2KnownFailures[c.id]
		switch {
		case known && ok:
			t.Errorf("%s now passes (known failure: %s): take it out of matrix2KnownFailures", c.id, reason)
		case !known && !ok:
			t.Errorf("%s %q: %s", c.id, c.sents, why)
		}
	}
	for id := range matrix2KnownFailures {
		if !seen[id] {
			t.Errorf("known failure %s names no case", id)
		}
	}
	t.Logf("%d of %d pass\n%s", n, len(all), matrixTableOf(matrix2Columns, pass, total))
}
