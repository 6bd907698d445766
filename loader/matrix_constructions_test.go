package loader

// Issue 11's matrix: each relation of the ontology (rows) tried in each construction the
// issue lists (columns), on sentences of our own (people and bodies made up for the test,
// real countries and towns). Every case names the facts it must give and wrong facts it
// must not. Cells the loader cannot read yet are listed in matrixKnownFailures with the
// reason; the test asserts that they still fail, so that a fix shows up and moves them
// out of the list. `go test -run TestConstructionMatrix -v ./loader` prints the table.

import (
	"sort"
	"strings"
	"testing"
)

// matrixCase is one cell's sentence: its construction, its predicate, a short id unique
// in the matrix, and the facts it must and must not give.
type matrixCase struct {
	id, cons, pred string
	relCase
}

// The construction columns, in the order the table prints them.
var matrixColumns = []string{"active", "passive", "lightverb", "eventnoun", "relative", "apposition",
	"copula", "npinternal", "coord", "clause", "modifiers", "reported", "negative"}

func mc(id, cons, pred string, sents []string, want, not []string) matrixCase {
	return matrixCase{id: id, cons: cons, pred: pred, relCase: relCase{sents: sents, want: want, not: not}}
}

func ss(s ...string) []string { return s }

var matrixMeetVisit = []matrixCase{
	mc("met-act", "active", "met", ss("Marta Quist met Pavel Sorin in Mombasa on Tuesday."),
		ss("Marta Quist met Pavel Sorin"), ss("Mombasa met Pavel Sorin")),
	mc("met-pass", "passive", "met", ss("Pavel Sorin was received at the palace by Marta Quist."),
		ss("Marta Quist met Pavel Sorin"), ss("Pavel Sorin visited palace")),
	mc("met-lv", "lightverb", "met", ss("Marta Quist held talks with Pavel Sorin on Monday."),
		ss("Marta Quist met Pavel Sorin"), nil),
	mc("met-en", "eventnoun", "met", ss("Marta Quist's meeting with Pavel Sorin lasted two hours."),
		ss("Marta Quist met Pavel Sorin"), nil),
	mc("met-rel", "relative", "met", ss("Marta Quist, who met Pavel Sorin on Sunday, flew to Nairobi."),
		ss("Marta Quist met Pavel Sorin", "Marta Quist visited Nairobi"), ss("Pavel Sorin visited Nairobi")),
	mc("met-rel-app", "relative", "met", ss("Pavel Sorin, the envoy who met Marta Quist in Geneva, resigned on Friday."),
		ss("Pavel Sorin met Marta Quist"), ss("Geneva met Marta Quist")),
	mc("met-lv-in", "lightverb", "met", ss("Marta Quist was in talks with Pavel Sorin on Friday."),
		ss("Marta Quist met Pavel Sorin"), nil),
	mc("met-recip", "coord", "met", ss("Marta Quist and Pavel Sorin met each other in Geneva."),
		ss("Marta Quist met Pavel Sorin"), nil),
	mc("met-clause-mid", "clause", "met", ss("Marta Quist, speaking after talks with Pavel Sorin, said the border would open."),
		ss("Marta Quist met Pavel Sorin"), nil),
	mc("met-clause-open", "clause", "met", ss("Speaking after talks with Pavel Sorin, Marta Quist said the border would open."),
		ss("Marta Quist met Pavel Sorin"), nil),
	mc("met-mod2", "modifiers", "met", ss("Marta Quist met, according to aides, Pavel Sorin twice in May."),
		ss("Marta Quist met Pavel Sorin"), ss("Pavel Sorin visited May")),
	mc("met-co-subj", "coord", "met", ss("Marta Quist and Lena Voss met Pavel Sorin in Geneva."),
		ss("Marta Quist met Pavel Sorin", "Lena Voss met Pavel Sorin"), ss("Geneva met Pavel Sorin")),
	mc("met-co-obj", "coord", "met", ss("Pavel Sorin met Marta Quist and Lena Voss on Friday."),
		ss("Pavel Sorin met Marta Quist", "Pavel Sorin met Lena Voss"), nil),
	mc("met-clause", "clause", "met", ss("After meeting Pavel Sorin, Marta Quist flew to Nairobi."),
		ss("Marta Quist met Pavel Sorin", "Marta Quist visited Nairobi"), ss("Pavel Sorin visited Nairobi")),
	mc("met-mod", "modifiers", "met", ss("Marta Quist met on Tuesday, in a hotel near the border, with Pavel Sorin."),
		ss("Marta Quist met Pavel Sorin"), nil),
	mc("met-rep", "reported", "met", ss("Officials said Marta Quist had met Pavel Sorin in secret."),
		ss("Marta Quist met Pavel Sorin"), nil),
	mc("met-pass-neg", "negative", "met", ss("Lena Voss was arrested at a rally in Kisumu by police."),
		nil, ss("Lena Voss met Kisumu", "Kisumu attacked Lena Voss")),
	mc("met-decline", "negative", "met", ss("Marta Quist declined to meet Pavel Sorin."), nil, ss("Marta Quist met Pavel Sorin")),
	mc("met-neg", "negative", "met", ss("Marta Quist did not meet Pavel Sorin."), nil, ss("Marta Quist met Pavel Sorin")),
	mc("met-q", "negative", "met", ss("Will Marta Quist meet Pavel Sorin?"), nil, ss("Marta Quist met Pavel Sorin")),
	mc("met-if", "negative", "met", ss("If Marta Quist meets Pavel Sorin, the talks could resume."), nil, ss("Marta Quist met Pavel Sorin")),
	mc("met-fut", "negative", "met", ss("Marta Quist will meet Pavel Sorin next week."), nil, ss("Marta Quist met Pavel Sorin")),
	mc("met-plan", "negative", "met", ss("Marta Quist plans to meet Pavel Sorin in May."), nil, ss("Marta Quist met Pavel Sorin")),

	mc("vis-act", "active", "visited", ss("Lena Voss visited Mombasa on Friday."),
		ss("Lena Voss visited Mombasa"), ss("Lena Voss leads Mombasa")),
	mc("vis-pass", "passive", "visited", ss("Gdansk was visited by Lena Voss in May."),
		ss("Lena Voss visited Gdansk"), nil),
	mc("vis-lv", "lightverb", "visited", ss("Lena Voss paid a surprise visit on Monday to Kandahar."),
		ss("Lena Voss visited Kandahar"), nil),
	mc("vis-lv2", "lightverb", "visited", ss("Lena Voss made a two-day trip to Gdansk last week."),
		ss("Lena Voss visited Gdansk"), nil),
	mc("vis-en", "eventnoun", "visited", ss("Lena Voss's visit to Gdansk was cut short by the storm."),
		ss("Lena Voss visited Gdansk"), nil),
	mc("vis-en-of", "eventnoun", "visited", ss("The visit of Lena Voss to Kisumu drew large crowds."),
		ss("Lena Voss visited Kisumu"), nil),
	mc("vis-rel", "relative", "visited", ss("Lena Voss, who visited Mombasa last week, said the port was calm."),
		ss("Lena Voss visited Mombasa"), nil),
	mc("vis-co-obj", "coord", "visited", ss("Lena Voss visited Mombasa, Nakuru and Kisumu this month."),
		ss("Lena Voss visited Mombasa", "Lena Voss visited Nakuru", "Lena Voss visited Kisumu"), nil),
	mc("vis-co-subj", "coord", "visited", ss("Lena Voss and Viktor Lind visited Gdansk on Friday."),
		ss("Lena Voss visited Gdansk", "Viktor Lind visited Gdansk"), nil),
	mc("vis-clause", "clause", "visited", ss("After visiting Gdansk, Lena Voss flew to Oslo."),
		ss("Lena Voss visited Gdansk", "Lena Voss visited Oslo"), nil),
	mc("vis-mod", "modifiers", "visited", ss("Lena Voss travelled, despite the storm and against her doctors' advice, to Gdansk."),
		ss("Lena Voss visited Gdansk"), nil),
	mc("vis-oldcity", "npinternal", "visited", ss("Lena Voss toured the old city of Kisumu on Friday."),
		ss("Lena Voss visited Kisumu"), nil),
	mc("vis-arrive", "active", "visited", ss("Lena Voss arrived in Kisumu on Monday."),
		ss("Lena Voss visited Kisumu"), nil),
	mc("vis-clause-mid", "clause", "visited", ss("Lena Voss, returning from a visit to Kisumu, said the town was calm."),
		ss("Lena Voss visited Kisumu"), nil),
	mc("vis-en-by", "eventnoun", "visited", ss("The deal was reached during a visit to Kisumu last week by Lena Voss."),
		ss("Lena Voss visited Kisumu"), nil),
	mc("vis-clause-intr", "clause", "visited", ss("After resigning, Pavel Sorin, the former envoy, flew to Oslo."),
		ss("Pavel Sorin visited Oslo"), nil),
	mc("vis-rep", "reported", "visited", ss("Aides said Lena Voss had visited Kandahar twice."),
		ss("Lena Voss visited Kandahar"), nil),
	mc("vis-miss", "negative", "visited", ss("Lena Voss, after missing out on the tour to Kisumu with an injury, says she is happy."),
		nil, ss("Lena Voss visited Kisumu")),
	mc("vis-prevent", "negative", "visited", ss("Lena Voss was prevented from visiting Kisumu."), nil, ss("Lena Voss visited Kisumu")),
	mc("vis-yet", "negative", "visited", ss("Lena Voss has yet to visit Kisumu."), nil, ss("Lena Voss visited Kisumu")),
	mc("vis-neg", "negative", "visited", ss("Lena Voss has never visited Gdansk."), nil, ss("Lena Voss visited Gdansk")),
	mc("vis-fut", "negative", "visited", ss("Lena Voss will visit Gdansk next month."), nil, ss("Lena Voss visited Gdansk")),
	mc("vis-cancel", "negative", "visited", ss("Lena Voss cancelled her visit to Gdansk."), nil, ss("Lena Voss visited Gdansk")),
	mc("vis-q", "negative", "visited", ss("Did Lena Voss visit Gdansk?"), nil, ss("Lena Voss visited Gdansk")),
}

var matrixOffices = []matrixCase{
	mc("lead-act", "active", "leads", ss("Viktor Lind leads the Kessel Movement."),
		ss("Viktor Lind leads Kessel Movement"), ss("Viktor Lind memberOf Kessel Movement")),
	mc("lead-pass", "passive", "leads", ss("The Kessel Movement is led by Viktor Lind."),
		ss("Viktor Lind leads Kessel Movement"), nil),
	mc("lead-pass2", "passive", "leads", ss("The Kessel Movement was founded and led by Viktor Lind."),
		ss("Viktor Lind leads Kessel Movement"), nil),
	mc("lead-app", "apposition", "leads", ss("Viktor Lind, leader of the Kessel Movement, said the talks had failed."),
		ss("Viktor Lind leads Kessel Movement"), nil),
	mc("lead-app-desc", "apposition", "leads", ss("The Kessel Movement rejected the deal.", "Viktor Lind, the group's leader, said it was unfair."),
		ss("Viktor Lind leads Kessel Movement"), nil),
	mc("lead-cop", "copula", "leads", ss("Viktor Lind is the leader of the Kessel Movement."),
		ss("Viktor Lind leads Kessel Movement"), nil),
	mc("lead-np", "npinternal", "leads", ss("Kessel Movement leader Viktor Lind said the talks had failed."),
		ss("Viktor Lind leads Kessel Movement"), nil),
	mc("lead-np-poss", "npinternal", "leads", ss("The Kessel Movement's leader, Viktor Lind, said the talks had failed."),
		ss("Viktor Lind leads Kessel Movement"), nil),
	mc("lead-country", "npinternal", "leads", ss("Zambian President Omar Haddad arrived in Lusaka."),
		ss("Omar Haddad leads Zambia", "Omar Haddad nationality Zambia"), nil),
	mc("lead-app-country", "apposition", "leads", ss("Omar Haddad, the president of Zambia, arrived on Sunday."),
		ss("Omar Haddad leads Zambia"), nil),
	mc("lead-rel", "relative", "leads", ss("The Kessel Movement, which Viktor Lind has led since 2009, rejected the deal."),
		ss("Viktor Lind leads Kessel Movement"), nil),
	mc("lead-co", "coord", "leads", ss("Viktor Lind leads both the Kessel Movement and the Lake Front."),
		ss("Viktor Lind leads Kessel Movement", "Viktor Lind leads Lake Front"), nil),
	mc("lead-rel-subj", "relative", "leads", ss("Viktor Lind, who heads the Kessel Movement, said the vote was rigged."),
		ss("Viktor Lind leads Kessel Movement"), nil),
	mc("lead-rep", "reported", "leads", ss("Witnesses said Viktor Lind now leads the Kessel Movement."),
		ss("Viktor Lind leads Kessel Movement"), nil),
	mc("lead-neg", "negative", "leads", ss("Viktor Lind hopes to lead the Kessel Movement one day."), nil, ss("Viktor Lind leads Kessel Movement")),
	mc("lead-fut", "negative", "leads", ss("Viktor Lind will lead the Kessel Movement from next year."), nil, ss("Viktor Lind leads Kessel Movement")),

	mc("mem-cop", "copula", "memberOf", ss("Nadia Keller is a member of the Kessel Movement."),
		ss("Nadia Keller memberOf Kessel Movement"), ss("Nadia Keller leads Kessel Movement")),
	mc("mem-co", "coord", "memberOf", ss("Nadia Keller is a member of the Kessel Movement, the Lake Front and the Orun Brigade."),
		ss("Nadia Keller memberOf Kessel Movement", "Nadia Keller memberOf Lake Front", "Nadia Keller memberOf Orun Brigade"), nil),
	mc("mem-app", "apposition", "memberOf", ss("Nadia Keller, a spokeswoman for the Kessel Movement, said the vote was rigged."),
		ss("Nadia Keller memberOf Kessel Movement"), ss("Nadia Keller leads Kessel Movement")),
	mc("mem-app2", "apposition", "memberOf", ss("Zambian police arrested Nadia Keller, a senior member of the Kessel Movement."),
		ss("Nadia Keller memberOf Kessel Movement"), ss("Nadia Keller leads Kessel Movement", "Nadia Keller memberOf Zambia")),
	mc("mem-np", "npinternal", "memberOf", ss("Kessel Movement spokeswoman Nadia Keller said the vote was rigged."),
		ss("Nadia Keller memberOf Kessel Movement"), ss("Nadia Keller leads Kessel Movement")),
	mc("mem-act", "active", "memberOf", ss("Nadia Keller joined the Kessel Movement in 2015."),
		ss("Nadia Keller memberOf Kessel Movement"), nil),
	mc("mem-rel", "relative", "memberOf", ss("Nadia Keller, who joined the Kessel Movement in 2015, was arrested."),
		ss("Nadia Keller memberOf Kessel Movement"), nil),
	mc("mem-rep", "reported", "memberOf", ss("Police said Nadia Keller was a member of the Kessel Movement."),
		ss("Nadia Keller memberOf Kessel Movement"), nil),
	mc("mem-country", "npinternal", "memberOf", ss("Zambian Foreign Minister Nadia Keller arrived in Lilongwe."),
		ss("Nadia Keller memberOf Zambia", "Nadia Keller nationality Zambia"), ss("Nadia Keller leads Zambia", "Nadia Keller nationality Malawi")),
	mc("mem-neg", "negative", "memberOf", ss("Nadia Keller is not a member of the Kessel Movement."), nil, ss("Nadia Keller memberOf Kessel Movement")),
	mc("mem-q", "negative", "memberOf", ss("Is Nadia Keller a member of the Kessel Movement?"), nil, ss("Nadia Keller memberOf Kessel Movement")),
	mc("mem-may", "negative", "memberOf", ss("Nadia Keller may join the Kessel Movement."), nil, ss("Nadia Keller memberOf Kessel Movement")),

	mc("nat-np", "npinternal", "nationality", ss("Zambian diplomat Omar Haddad said the border was open."),
		ss("Omar Haddad nationality Zambia"), ss("Omar Haddad leads Zambia")),
	mc("nat-app", "apposition", "nationality", ss("Omar Haddad, a Zambian businessman, was detained in Harare."),
		ss("Omar Haddad nationality Zambia"), ss("Omar Haddad nationality Zimbabwe")),
	mc("nat-cop", "copula", "nationality", ss("Omar Haddad is a Zambian citizen."),
		ss("Omar Haddad nationality Zambia"), nil),
	mc("nat-app-cit", "apposition", "nationality", ss("Police questioned Omar Haddad, a Zambian citizen living in Harare."),
		ss("Omar Haddad nationality Zambia"), ss("Omar Haddad nationality Zimbabwe", "Omar Haddad memberOf Zambia")),
	mc("nat-app-nat", "apposition", "nationality", ss("The Zambian National Assembly summoned Omar Haddad, a Kenyan national."),
		ss("Omar Haddad nationality Kenya", "Zambian National Assembly partOf Zambia"), ss("Omar Haddad nationality Zambia", "Omar Haddad memberOf Zambian National Assembly")),
	mc("nat-clause", "clause", "nationality", ss("Speaking in Harare on Monday, Zambian Foreign Minister Omar Haddad said the talks would resume."),
		ss("Omar Haddad nationality Zambia", "Omar Haddad memberOf Zambia"), ss("Omar Haddad nationality Zimbabwe", "Omar Haddad memberOf Zimbabwe")),
	mc("nat-co", "coord", "nationality", ss("Zambian ministers Omar Haddad and Nadia Keller said the talks would resume."),
		ss("Omar Haddad nationality Zambia", "Nadia Keller nationality Zambia"), nil),
	mc("nat-neg", "negative", "nationality", ss("Omar Haddad is not a Zambian citizen."), nil, ss("Omar Haddad nationality Zambia")),
}

var matrixParts = []matrixCase{
	mc("part-app", "apposition", "partOf", ss("The Orun Brigade, a faction of the Kessel Movement, shelled the town."),
		ss("Orun Brigade partOf Kessel Movement"), ss("Kessel Movement partOf Orun Brigade")),
	mc("part-cop", "copula", "partOf", ss("The Orun Brigade is part of the Kessel Movement."),
		ss("Orun Brigade partOf Kessel Movement"), ss("Kessel Movement partOf Orun Brigade")),
	mc("part-cop-wing", "copula", "partOf", ss("The Orun Brigade is one of three wings of the Kessel Movement."),
		ss("Orun Brigade partOf Kessel Movement"), nil),
	mc("part-cop-off", "copula", "partOf", ss("The Orun Brigade is an offshoot of the Kessel Movement."),
		ss("Orun Brigade partOf Kessel Movement"), ss("Kessel Movement partOf Orun Brigade")),
	mc("part-rel", "relative", "partOf", ss("The Orun Brigade, which is part of the Kessel Movement, shelled the town."),
		ss("Orun Brigade partOf Kessel Movement"), nil),
	mc("part-co", "coord", "partOf", ss("The Orun Brigade and the Lake Front, factions of the Kessel Movement, shelled the town."),
		ss("Orun Brigade partOf Kessel Movement", "Lake Front partOf Kessel Movement"), ss("Orun Brigade partOf Lake Front")),
	mc("part-np-poss", "npinternal", "partOf", ss("Zambia's intelligence agency said the courier had left."),
		ss("Zambia's intelligence agency partOf Zambia"), nil),
	mc("part-np-cons", "npinternal", "partOf", ss("Protesters gathered outside the Zambian consulate in Mombasa."),
		ss("Zambia consulate in Mombasa partOf Zambia"), ss("Zambia consulate in Mombasa partOf Kenya", "Mombasa locatedIn Zambia")),
	mc("part-np-dem", "npinternal", "partOf", ss("The Zambian Air Force bombed the camp."),
		ss("Zambian Air Force partOf Zambia"), nil),
	mc("part-rep", "reported", "partOf", ss("Analysts said the Orun Brigade was part of the Kessel Movement."),
		ss("Orun Brigade partOf Kessel Movement"), nil),
	mc("part-neg", "negative", "partOf", ss("The Orun Brigade is not part of the Kessel Movement."), nil, ss("Orun Brigade partOf Kessel Movement")),
	mc("part-could", "negative", "partOf", ss("The Orun Brigade could become part of the Kessel Movement."), nil, ss("Orun Brigade partOf Kessel Movement")),

	mc("loc-app", "apposition", "locatedIn", ss("Nakuru, a city in Kenya, was calm on Sunday."),
		ss("Nakuru locatedIn Kenya"), nil),
	mc("loc-np", "npinternal", "locatedIn", ss("Fighting spread to the Kenyan city of Nakuru."),
		ss("Nakuru locatedIn Kenya"), nil),
	mc("loc-comma", "npinternal", "locatedIn", ss("The talks were held in Nakuru, Kenya, on Friday."),
		ss("Nakuru locatedIn Kenya"), nil),
	mc("loc-cop", "copula", "locatedIn", ss("Nakuru is a city in western Kenya."),
		ss("Nakuru locatedIn Kenya"), nil),
	mc("loc-co", "coord", "locatedIn", ss("Fighting spread to the Kenyan towns of Nakuru and Kisumu."),
		ss("Nakuru locatedIn Kenya", "Kisumu locatedIn Kenya"), ss("Kisumu locatedIn Nakuru")),
	mc("loc-co3", "coord", "locatedIn", ss("Troops left the Kenyan towns of Nakuru, Kisumu and Eldoret."),
		ss("Nakuru locatedIn Kenya", "Kisumu locatedIn Kenya", "Eldoret locatedIn Kenya"), ss("Eldoret locatedIn Kisumu", "Kisumu locatedIn Nakuru")),
	mc("loc-rep", "reported", "locatedIn", ss("Analysts said Nakuru was a town in western Kenya."),
		ss("Nakuru locatedIn Kenya"), nil),
	mc("loc-rep-app", "reported", "locatedIn", ss("Officials said the Orun Brigade was based in Kisumu, a city in Kenya."),
		ss("Kisumu locatedIn Kenya"), ss("Orun Brigade partOf Kenya")),
	mc("loc-neg", "negative", "locatedIn", ss("Nakuru is not in Uganda."), nil, ss("Nakuru locatedIn Uganda")),
}

var matrixConflict = []matrixCase{
	mc("fight-act", "active", "fights", ss("The Orun Brigade fought the Lake Front near the river."),
		ss("Orun Brigade fights Lake Front"), ss("Lake Front fights Orun Brigade")),
	mc("fight-pass", "passive", "fights", ss("The Lake Front was attacked by the Orun Brigade on Sunday."),
		ss("Orun Brigade fights Lake Front"), ss("Lake Front fights Orun Brigade")),
	mc("fight-lv", "lightverb", "fights", ss("The Orun Brigade launched an attack on the Lake Front."),
		ss("Orun Brigade fights Lake Front"), ss("Lake Front fights Orun Brigade")),
	mc("fight-en", "eventnoun", "fights", ss("The attack by the Orun Brigade on the Lake Front failed."),
		ss("Orun Brigade fights Lake Front"), ss("Lake Front fights Orun Brigade")),
	mc("fight-en-poss", "eventnoun", "fights", ss("Zambia's war against the Lake Front entered its third year."),
		ss("Zambia fights Lake Front"), nil),
	mc("fight-en-kill", "eventnoun", "fights", ss("The Zambian drone strike that killed Pavel Sorin was condemned."),
		ss("Zambia fights Pavel Sorin"), nil),
	mc("fight-en-inv", "eventnoun", "fights", ss("Zambia's invasion of Malawi began in March."),
		ss("Zambia fights Malawi"), ss("Malawi fights Zambia")),
	mc("fight-en-att", "eventnoun", "fights", ss("The Lake Front's attack on the Orun Brigade killed ten fighters."),
		ss("Lake Front fights Orun Brigade"), ss("Orun Brigade fights Lake Front")),
	mc("fight-recip", "coord", "fights", ss("The Lake Front and the Orun Brigade have fought each other since 2010."),
		ss("Lake Front fights Orun Brigade", "Orun Brigade fights Lake Front"), ss("Lake Front fights Lake Front")),
	mc("fight-np", "npinternal", "fights", ss("Zambian troops fought the Lake Front near Kisumu."),
		ss("Zambian Armed Forces fights Lake Front"), ss("Zambia attacked Kisumu", "Lake Front fights Zambian Armed Forces")),
	mc("fight-en-kill2", "eventnoun", "fights", ss("Zambia's drone strike that killed Pavel Sorin was condemned by Malawi."),
		ss("Zambia fights Pavel Sorin"), ss("Malawi fights Pavel Sorin", "Malawi fights Zambia")),
	mc("fight-rel", "relative", "fights", ss("The Orun Brigade, the militia that attacked the Lake Front in May, denied the charge."),
		ss("Orun Brigade fights Lake Front"), ss("Lake Front fights Orun Brigade")),
	mc("att-rel-app", "relative", "attacked", ss("The militia that attacked Kisumu, the Orun Brigade, was banned."),
		ss("Orun Brigade attacked Kisumu"), nil),
	mc("fight-co", "coord", "fights", ss("The Orun Brigade fought the Lake Front and the Kessel Movement."),
		ss("Orun Brigade fights Lake Front", "Orun Brigade fights Kessel Movement"), ss("Lake Front fights Kessel Movement")),
	mc("fight-mod", "modifiers", "fights", ss("The Orun Brigade on Sunday, for the third time this month, attacked the Lake Front."),
		ss("Orun Brigade fights Lake Front"), nil),
	mc("fight-rep", "reported", "fights", ss("Residents said the Orun Brigade had attacked the Lake Front."),
		ss("Orun Brigade fights Lake Front"), nil),
	mc("fight-deny", "negative", "fights", ss("The Orun Brigade denied attacking the Lake Front."), nil, ss("Orun Brigade fights Lake Front")),
	mc("fight-threat", "negative", "fights", ss("The Orun Brigade threatened to attack the Lake Front."), nil, ss("Orun Brigade fights Lake Front")),

	mc("att-act", "active", "attacked", ss("The Orun Brigade shelled Kisumu overnight."),
		ss("Orun Brigade attacked Kisumu"), nil),
	mc("att-pass", "passive", "attacked", ss("Kisumu was shelled by the Orun Brigade."),
		ss("Orun Brigade attacked Kisumu"), nil),
	mc("att-pass-co", "passive", "attacked", ss("Kisumu was attacked and looted by the Orun Brigade."),
		ss("Orun Brigade attacked Kisumu"), nil),
	mc("att-pass-co2", "passive", "attacked", ss("Kisumu was surrounded and shelled by the Orun Brigade."),
		ss("Orun Brigade attacked Kisumu"), nil),
	mc("fight-pass-mod", "modifiers", "fights", ss("The Lake Front was attacked in the town by the Orun Brigade."),
		ss("Orun Brigade fights Lake Front"), ss("Lake Front fights Orun Brigade")),
	mc("att-lv", "lightverb", "attacked", ss("The Orun Brigade launched an attack on Kisumu."),
		ss("Orun Brigade attacked Kisumu"), nil),
	mc("att-en", "eventnoun", "attacked", ss("The Orun Brigade's attack on Kisumu killed five people."),
		ss("Orun Brigade attacked Kisumu"), nil),
	mc("att-en-by", "eventnoun", "attacked", ss("The attack by the Orun Brigade on Kisumu killed five people."),
		ss("Orun Brigade attacked Kisumu"), nil),
	mc("att-rel", "relative", "attacked", ss("The Orun Brigade, which shelled Kisumu in May, is backed by Malawi."),
		ss("Orun Brigade attacked Kisumu", "Malawi supports Orun Brigade"), ss("Malawi attacked Kisumu")),
	mc("att-co", "coord", "attacked", ss("The Orun Brigade attacked Kisumu, Nakuru and Mombasa."),
		ss("Orun Brigade attacked Kisumu", "Orun Brigade attacked Nakuru", "Orun Brigade attacked Mombasa"), nil),
	mc("att-co-noun", "coord", "attacked", ss("Zambian jets bombed the towns of Nakuru and Kisumu."),
		ss("Zambia attacked Nakuru", "Zambia attacked Kisumu"), ss("Nakuru locatedIn Kisumu", "Kisumu locatedIn Nakuru")),
	mc("att-co-subj", "coord", "attacked", ss("Malawi and Zambia bombed Kisumu on Friday."),
		ss("Malawi attacked Kisumu", "Zambia attacked Kisumu"), nil),
	mc("att-mod", "modifiers", "attacked", ss("The Orun Brigade shelled, with rockets and mortars, the centre of Kisumu."),
		ss("Orun Brigade attacked Kisumu"), nil),
	mc("att-np", "npinternal", "attacked", ss("Zambia's elite airborne troops attacked Kisumu on Friday."),
		ss("Zambia attacked Kisumu"), nil),
	mc("att-part", "npinternal", "attacked", ss("The Orun Brigade shelled the outskirts of Kisumu on Monday."),
		ss("Orun Brigade attacked Kisumu"), ss("Orun Brigade attacked Kenya", "Orun Brigade fights Kenya")),
	mc("att-oldcity", "npinternal", "attacked", ss("The Orun Brigade shelled the old city of Kisumu."),
		ss("Orun Brigade attacked Kisumu"), nil),
	mc("att-rep", "reported", "attacked", ss("Police said the Orun Brigade had shelled Kisumu."),
		ss("Orun Brigade attacked Kisumu"), nil),
	mc("att-neg", "negative", "attacked", ss("The Orun Brigade did not attack Kisumu."), nil, ss("Orun Brigade attacked Kisumu")),
	mc("att-if", "negative", "attacked", ss("If the Orun Brigade attacks Kisumu, Zambia will respond."), nil, ss("Orun Brigade attacked Kisumu")),
	mc("att-fut", "negative", "attacked", ss("The Orun Brigade will attack Kisumu tomorrow."), nil, ss("Orun Brigade attacked Kisumu")),
}

var matrixStance = []matrixCase{
	mc("sup-act", "active", "supports", ss("Zambia supports the Lake Front."),
		ss("Zambia supports Lake Front"), ss("Lake Front supports Zambia")),
	mc("sup-act-arm", "active", "supports", ss("Zambia arms the Lake Front."),
		ss("Zambia supports Lake Front"), ss("Lake Front supports Zambia")),
	mc("sup-pass", "passive", "supports", ss("The Lake Front is backed by Zambia."),
		ss("Zambia supports Lake Front"), ss("Lake Front supports Zambia")),
	mc("sup-lv", "lightverb", "supports", ss("Zambia provided military aid to the Lake Front."),
		ss("Zambia supports Lake Front"), nil),
	mc("sup-np", "npinternal", "supports", ss("The Zambian-backed Lake Front shelled the town."),
		ss("Zambia supports Lake Front"), nil),
	mc("sup-rel", "relative", "supports", ss("The Lake Front, which Zambia supports, shelled the town."),
		ss("Zambia supports Lake Front"), ss("Lake Front supports Zambia")),
	mc("sup-co", "coord", "supports", ss("Zambia arms militias in several countries, including the Lake Front, the Orun Brigade, the Kessel Movement and the Tana Union."),
		ss("Zambia supports Lake Front", "Zambia supports Orun Brigade", "Zambia supports Kessel Movement", "Zambia supports Tana Union"), ss("Lake Front supports Orun Brigade")),
	mc("sup-rep", "reported", "supports", ss("Officials said Zambia had armed the Lake Front."),
		ss("Zambia supports Lake Front"), nil),
	mc("sup-mod", "modifiers", "supports", ss("Zambia, according to officials, has armed the Lake Front for years."),
		ss("Zambia supports Lake Front"), nil),
	mc("sup-neg", "negative", "supports", ss("Zambia does not support the Lake Front."), nil, ss("Zambia supports Lake Front")),
	mc("sup-q", "negative", "supports", ss("Would Zambia arm the Lake Front?"), nil, ss("Zambia supports Lake Front")),
	mc("sup-deny", "negative", "supports", ss("Zambia denied arming the Lake Front."), nil, ss("Zambia supports Lake Front")),
	mc("sup-may", "negative", "supports", ss("Zambia may support the Lake Front."), nil, ss("Zambia supports Lake Front")),

	mc("ally-cop", "copula", "alliedWith", ss("Zambia and Malawi are close allies."),
		ss("Zambia alliedWith Malawi"), nil),
	mc("ally-cop2", "copula", "alliedWith", ss("The Lake Front is an ally of the Kessel Movement."),
		ss("Lake Front alliedWith Kessel Movement"), nil),
	mc("ally-pass", "passive", "alliedWith", ss("The Lake Front is allied with the Kessel Movement."),
		ss("Lake Front alliedWith Kessel Movement"), nil),
	mc("ally-lv", "lightverb", "alliedWith", ss("The Lake Front has formed an alliance with the Kessel Movement."),
		ss("Lake Front alliedWith Kessel Movement"), nil),
	mc("ally-app", "apposition", "alliedWith", ss("The Lake Front, an ally of the Kessel Movement, shelled the town."),
		ss("Lake Front alliedWith Kessel Movement"), nil),
	mc("ally-co", "coord", "alliedWith", ss("The Lake Front is allied with the Kessel Movement and the Orun Brigade."),
		ss("Lake Front alliedWith Kessel Movement", "Lake Front alliedWith Orun Brigade"), ss("Kessel Movement alliedWith Orun Brigade")),
	mc("ally-lv2", "lightverb", "alliedWith", ss("Malawi and Zambia signed a defence pact on Monday."),
		ss("Malawi alliedWith Zambia"), nil),
	mc("ally-neg", "negative", "alliedWith", ss("The Lake Front is not allied with the Kessel Movement."), nil, ss("Lake Front alliedWith Kessel Movement")),
	mc("ally-could", "negative", "alliedWith", ss("The Lake Front could ally with the Kessel Movement."), nil, ss("Lake Front alliedWith Kessel Movement")),

	mc("sanc-act", "active", "sanctionedBy", ss("The United States sanctioned the Lake Front in March."),
		ss("Lake Front sanctionedBy United States"), ss("United States sanctionedBy Lake Front")),
	mc("sanc-pass", "passive", "sanctionedBy", ss("The Lake Front was sanctioned by the European Union."),
		ss("Lake Front sanctionedBy European Union"), nil),
	mc("sanc-lv", "lightverb", "sanctionedBy", ss("The European Union imposed sanctions on the Lake Front."),
		ss("Lake Front sanctionedBy European Union"), ss("European Union sanctionedBy Lake Front")),
	mc("sanc-en", "eventnoun", "sanctionedBy", ss("US sanctions on the Lake Front took effect on Monday."),
		ss("Lake Front sanctionedBy United States"), nil),
	mc("sanc-rel", "relative", "sanctionedBy", ss("The Lake Front, which the European Union sanctioned in 2019, shelled the town."),
		ss("Lake Front sanctionedBy European Union"), nil),
	mc("sanc-co", "coord", "sanctionedBy", ss("The European Union imposed sanctions on the Lake Front, the Orun Brigade and Viktor Lind."),
		ss("Lake Front sanctionedBy European Union", "Orun Brigade sanctionedBy European Union", "Viktor Lind sanctionedBy European Union"), nil),
	mc("sanc-mod", "modifiers", "sanctionedBy", ss("The United States imposed on Monday fresh sanctions on the Lake Front."),
		ss("Lake Front sanctionedBy United States"), nil),
	mc("sanc-rep", "reported", "sanctionedBy", ss("Pavel Sorin said Zambia had imposed sanctions on the Lake Front."),
		ss("Lake Front sanctionedBy Zambia"), ss("Pavel Sorin sanctionedBy Zambia")),
	mc("sanc-expect", "negative", "sanctionedBy", ss("Zambia is expected to sanction the Lake Front."), nil, ss("Lake Front sanctionedBy Zambia")),
	mc("sanc-consider", "negative", "sanctionedBy", ss("Zambia is considering sanctions on the Lake Front."), nil, ss("Lake Front sanctionedBy Zambia")),
	mc("sanc-threat", "negative", "sanctionedBy", ss("The European Union threatened to impose sanctions on the Lake Front."), nil, ss("Lake Front sanctionedBy European Union")),
	mc("sanc-fut", "negative", "sanctionedBy", ss("The European Union will impose sanctions on the Lake Front."), nil, ss("Lake Front sanctionedBy European Union")),
}

// matrixKnownFailures are the cells the loader does not read yet, with the reason; the
// test asserts that each still fails.
var matrixKnownFailures = map[string]string{
	"att-rel-app": "parser: the name after the relative clause is hung on the clause's object as its apposition",
	"vis-en-by":   "parser: \"by X\" after \"last week\" is hung on the passive verb, not on the event noun",
	"nat-co":      "a plural title before coordinated names (\"Zambian ministers A and B\")",
}

// matrixPasses reports whether the case gives every wanted fact (either way round for a
// symmetric predicate) and none of the unwanted ones, with what went wrong.
func matrixPasses(t *testing.T, c matrixCase) (bool, string) {
	_, got := analyzeT(t, newSemantics(nil), testDoc("matrix", c.sents...))
	return factVerdict(c, got)
}

// factVerdict reports whether the facts got hold every fact the case wants (either way
// round for a symmetric predicate) and none of the unwanted ones, with what went wrong.
func factVerdict(c matrixCase, got map[string]bool) (bool, string) {
	has := func(f string) bool {
		if got[f] {
			return true
		}
		p := strings.Fields(f)
		for _, sym := range []string{" met ", " alliedWith "} {
			if i := strings.Index(f, sym); i > 0 && len(p) >= 3 {
				return got[f[i+len(sym):]+sym+f[:i]]
			}
		}
		return false
	}
	var bad []string
	for _, w := range c.want {
		if !has(w) {
			bad = append(bad, "missing "+w)
		}
	}
	for _, w := range c.not {
		if has(w) {
			bad = append(bad, "unexpected "+w)
		}
	}
	if len(bad) == 0 {
		return true, ""
	}
	keys := make([]string, 0, len(got))
	for k := range got {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return false, strings.Join(bad, "; ") + " (got " + strings.Join(keys, ", ") + ")"
}

// matrixPredicates are the rows of the relation matrices.
var matrixPredicates = []string{"met", "visited", "leads", "memberOf", "partOf", "locatedIn", "fights", "attacked",
	"supports", "alliedWith", "sanctionedBy", "nationality"}

func TestConstructionMatrix(t *testing.T) {
	res := relMatrixResults(t, matrixMeetVisit, matrixOffices, matrixParts, matrixConflict, matrixStance)
	pass, total := checkMatrix(t, res, matrixKnownFailures, "matrixKnownFailures")
	t.Log("\n" + matrixTable(matrixPredicates, matrixColumns, pass, total, 12, 10))
}
