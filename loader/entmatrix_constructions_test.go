package loader

// Issue 11's names matrix: each class of name (rows) read from each kind of evidence the
// issue lists (columns), on sentences of our own with names no lexicon knows (made up
// for the test; real countries and cities only where a list needs a known member). Every
// case names the entities (name and class) it must give and the wrong ones (wrong
// boundary or wrong class) it must not. Cells the loader cannot read yet are listed in
// entMatrixKnownFailures with the reason; the test asserts that they still fail, so a fix
// shows up and moves them out of the list. `go test -run TestNameMatrix -v ./loader`
// prints the table.

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// entMatrixCase is one cell's document: its class row, its evidence column, an id unique
// in the matrix, and the entities it must and must not give. A want is "Name/X" (the
// entity Name of class X: P Person, O Organization, L Place, C Country); a not is a name
// that must be no entity, or "Name/X" when Name may be an entity but not of class X.
type entMatrixCase struct {
	id, class, ev string
	sents         []string
	want, not     []string
}

var entMatrixColumns = []string{"firstname", "title", "headword", "verb", "prep", "appos",
	"compound", "list", "possess", "initial", "headline", "acronym", "particle", "hyphen", "nonname"}

var entMatrixRows = []string{"person", "org", "place", "region", "negative"}

var entClassLetter = map[string]schema.Class{"P": schema.Person, "O": schema.Organization,
	"L": schema.Place, "C": schema.Country}

func em(id, class, ev string, sents, want, not []string) entMatrixCase {
	return entMatrixCase{id: id, class: class, ev: ev, sents: sents, want: want, not: not}
}

var entMatrixPersons = []entMatrixCase{
	em("p-first", "person", "firstname", ss("Maria Tolvenko said the talks would resume next week."),
		ss("Maria Tolvenko/P"), ss("Tolvenko", "Maria")),
	em("p-first-obj", "person", "firstname", ss("Police said they had arrested David Okarim at the border."),
		ss("David Okarim/P"), ss("Okarim")),
	em("p-first-mid", "person", "firstname", ss("The letter was signed by John Pelvaris Ardent, a lawyer."),
		ss("John Pelvaris Ardent/P"), ss("Pelvaris Ardent")),
	em("p-minister", "person", "title", ss("Minister Tavoren Kesh announced the new budget on Monday."),
		ss("Tavoren Kesh/P"), ss("Minister Tavoren Kesh")),
	em("p-spokeswoman", "person", "title", ss("The plan was criticised by spokeswoman Irula Danvey."),
		ss("Irula Danvey/P"), ss("Irula Danvey/L", "Irula Danvey/O")),
	em("p-gen", "person", "title", ss("Gen. Mirek Obadan ordered the troops to withdraw."),
		ss("Mirek Obadan/P"), ss("Gen. Mirek Obadan", "Gen")),
	em("p-president", "person", "title", ss("President Ostra Valimbe flew home on Friday."),
		ss("Ostra Valimbe/P"), ss("President Ostra Valimbe")),
	em("p-dr", "person", "title", ss("Dr Selwin Harrak treated the wounded in the camp."),
		ss("Selwin Harrak/P"), ss("Dr Selwin Harrak")),
	em("p-lower-title", "person", "title", ss("Opposition leader Kemal Ustervan rejected the offer."),
		ss("Kemal Ustervan/P"), ss("Opposition", "Opposition leader Kemal Ustervan")),
	em("p-told", "person", "verb", ss("Kovald Peshtar told reporters the deal was dead."),
		ss("Kovald Peshtar/P"), ss("Kovald Peshtar/L")),
	em("p-age", "person", "verb", ss("Darvo Ilmesk, 54, said he had lost his farm to the floods."),
		ss("Darvo Ilmesk/P"), ss("Darvo Ilmesk/L", "Darvo Ilmesk/O")),
	em("p-said-he", "person", "verb", ss("Tarsen Obrik said he would not stand again."),
		ss("Tarsen Obrik/P"), ss("Tarsen Obrik/L")),
	em("p-arrested", "person", "verb", ss("Soldiers detained Vesna Karabel outside her home."),
		ss("Vesna Karabel/P"), ss("Vesna Karabel/L")),
	em("p-in-not-place", "person", "prep", ss("Lawyers for Hadrin Solvay said the charges were false."),
		ss("Hadrin Solvay/P"), ss("Hadrin Solvay/L")),
	em("p-appos-minister", "person", "appos", ss("Halvor Trenk, a former minister, joined the protest."),
		ss("Halvor Trenk/P"), ss("Halvor Trenk/L", "Halvor Trenk/O")),
	em("p-appos-after", "person", "appos", ss("The army chief, Oskar Venderaal, denied the report."),
		ss("Oskar Venderaal/P"), nil),
	em("p-appos-of", "person", "appos", ss("Ilse Marwin, the head of the agency, resigned on Tuesday."),
		ss("Ilse Marwin/P"), ss("Ilse Marwin/L")),
	em("o-appos-unit", "org", "appos", ss("Tollan Marine, a unit of Kestrel Dynamics, won the contract."),
		ss("Tollan Marine/O"), ss("Tollan Marine/P")),
	em("p-led", "person", "compound", ss("The Ustervan-led opposition walked out of parliament."),
		nil, ss("Ustervan/L", "Ustervan-led")),
	em("p-list-known", "person", "list", ss("Maria Tolvenko, Orin Vasht and Pavel Dremin signed the letter."),
		ss("Maria Tolvenko/P", "Orin Vasht/P", "Pavel Dremin/P"), ss("Orin Vasht/L", "Orin Vasht and Pavel Dremin")),
	em("p-possess-wife", "person", "possess", ss("Ulmar Vesko's wife said he was innocent."),
		ss("Ulmar Vesko/P"), ss("Ulmar Vesko/L", "Ulmar Vesko/O")),
	em("p-possess-lawyer", "person", "possess", ss("The lawyer of Brasko Tellin said his client would appeal."),
		ss("Brasko Tellin/P"), ss("Brasko Tellin/L")),
	em("p-initial", "person", "initial", ss("Brask Tolliver, the coach, resigned on Sunday."),
		ss("Brask Tolliver/P"), ss("Brask Tolliver/L")),
	em("p-initial-asked", "person", "initial", ss("Asked about the vote, Tavoren Kesh said he was confident."),
		ss("Tavoren Kesh/P"), ss("Asked", "Asked about the vote")),
	em("p-headline", "person", "headline", ss("Minister Tavoren Kesh Resigns Over Budget Row"),
		ss("Tavoren Kesh/P"), ss("Tavoren Kesh Resigns", "Budget Row", "Resigns Over Budget Row")),
	em("p-abu", "person", "particle", ss("Abu Karim al-Dessouki was killed in the raid, the army said."),
		ss("Abu Karim al-Dessouki/P"), ss("Karim al-Dessouki", "al-Dessouki")),
	em("p-bin", "person", "particle", ss("Sheikh Tamir bin Haldun met the envoy on Sunday."),
		ss("Tamir bin Haldun/P"), ss("Haldun", "Tamir")),
	em("p-dela", "person", "particle", ss("Judge Lucia de la Torvana ruled against the company."),
		ss("Lucia de la Torvana/P"), ss("Torvana", "Lucia")),
	em("p-vander", "person", "particle", ss("Pieter van der Kolmeer, the envoy, arrived on Monday."),
		ss("Pieter van der Kolmeer/P"), ss("Kolmeer", "Pieter")),
	em("p-apostrophe", "person", "hyphen", ss("Siobhan O'Tarvey said the vote had been fair."),
		ss("Siobhan O'Tarvey/P"), ss("Tarvey", "O'Tarvey")),
	em("p-al-hyphen", "person", "hyphen", ss("Mahmud Al-Rashwani, the governor, resigned on Friday."),
		ss("Mahmud Al-Rashwani/P"), ss("Rashwani", "Al-Rashwani/L")),
	em("p-double", "person", "hyphen", ss("Anna Kessel-Moravek won the seat by 300 votes."),
		ss("Anna Kessel-Moravek/P"), ss("Kessel", "Moravek")),
}

var entMatrixOrgs = []entMatrixCase{
	em("o-holdings", "org", "headword", ss("Tarvik Holdings said its profits fell in the third quarter."),
		ss("Tarvik Holdings/O"), ss("Tarvik", "Tarvik Holdings/P")),
	em("o-front", "org", "headword", ss("The Kelvanese Liberation Front claimed the attack."),
		ss("Kelvanese Liberation Front/O"), ss("Kelvanese")),
	em("o-brigade", "org", "headword", ss("The Marvun Brigade withdrew from the town on Monday."),
		ss("Marvun Brigade/O"), ss("Marvun")),
	em("o-authority", "org", "headword", ss("The Dalsk Water Authority cut supplies to the district."),
		ss("Dalsk Water Authority/O"), ss("Dalsk")),
	em("o-institute-for", "org", "headword", ss("The Ostvik Institute for Peace Studies published the report."),
		ss("Ostvik Institute for Peace Studies/O"), ss("Ostvik Institute", "Peace Studies")),
	em("o-party", "org", "headword", ss("The Velmar People's Party won 40 seats in the election."),
		ss("Velmar People's Party/O"), ss("Velmar")),
	em("o-corp", "org", "headword", ss("Drumlin Corp said it would cut 300 jobs."),
		ss("Drumlin Corp/O"), ss("Drumlin", "Drumlin Corp/P")),
	em("o-bank", "org", "headword", ss("Harlan Mercantile Bank raised its lending rate on Thursday."),
		ss("Harlan Mercantile Bank/O"), ss("Harlan Mercantile Bank/P", "Harlan")),
	em("o-ministry-of", "org", "headword", ss("The Ministry of Coastal Affairs said the port would reopen."),
		ss("Ministry of Coastal Affairs/O"), ss("Coastal Affairs")),
	em("o-university", "org", "headword", ss("Researchers at Tolvan University found the virus in bats."),
		ss("Tolvan University/O"), ss("Tolvan")),
	em("o-council", "org", "headword", ss("The Varnholm City Council voted to close the school."),
		ss("Varnholm City Council/O"), ss("Varnholm City")),
	em("o-told", "org", "verb", ss("Dravo Mining told reporters that output would fall."),
		ss("Dravo Mining/O"), ss("Dravo Mining/L", "Dravo Mining/P")),
	em("o-statement", "org", "verb", ss("Tarvik Holdings said in a statement that it had sold the unit."),
		ss("Tarvik Holdings/O"), ss("Tarvik Holdings/P")),
	em("o-at", "org", "prep", ss("Orin Vasht works at Tollan Systems in Brevik."),
		ss("Tollan Systems/O", "Orin Vasht/P"), ss("Tollan Systems/L", "Tollan Systems/P")),
	em("o-appos-rebel", "org", "appos", ss("Ansar al-Kelvun, a rebel group, claimed the attack."),
		ss("Ansar al-Kelvun/O"), ss("Ansar al-Kelvun/P", "Ansar al-Kelvun/L")),
	em("o-appos-firm", "org", "appos", ss("Kestrel Dynamics, a defence firm, won the contract."),
		ss("Kestrel Dynamics/O"), ss("Kestrel Dynamics/P", "Kestrel Dynamics/L")),
	em("o-based", "org", "compound", ss("Brevik-based Tollan Systems said it would hire 200 people."),
		ss("Tollan Systems/O"), ss("Brevik-based Tollan Systems", "Brevik/P", "Brevik/O")),
	em("o-led", "org", "compound", ss("The Kelvanese Liberation Front-led alliance took the town."),
		nil, ss("Kelvanese Liberation Front-led")),
	em("o-list-known", "org", "list", ss("Reuters, Tollan Systems and Drumlin Corp reported the blast."),
		ss("Reuters/O", "Tollan Systems/O", "Drumlin Corp/O"), ss("Tollan Systems/L", "Tollan Systems and Drumlin Corp")),
	em("o-possess-chair", "org", "possess", ss("Tollan Systems' chairman, Orin Vasht, resigned."),
		ss("Tollan Systems/O", "Orin Vasht/P"), ss("Tollan Systems/P", "Tollan Systems/L")),
	em("o-possess-ceo", "org", "possess", ss("The chief executive of Kestrel Dynamics, Ilse Marwin, resigned."),
		ss("Kestrel Dynamics/O", "Ilse Marwin/P"), ss("Kestrel Dynamics/P")),
	em("o-initial", "org", "initial", ss("Kestrel Dynamics shares fell 5 percent on Monday."),
		ss("Kestrel Dynamics/O"), ss("Kestrel Dynamics/P", "Kestrel Dynamics/L")),
	em("o-headline", "org", "headline", ss("Tarvik Holdings Cuts 300 Jobs In Brevik"),
		ss("Tarvik Holdings/O"), ss("Tarvik Holdings Cuts", "Jobs In Brevik")),
	em("o-acronym", "org", "acronym", ss("The KRF said its fighters had taken the hill."),
		ss("KRF/O"), ss("KRF/P", "KRF/L")),
	em("o-acronym-def", "org", "acronym", ss("The Kelvan Revolutionary Front (KRF) said its fighters took the hill."),
		ss("Kelvan Revolutionary Front/O"), ss("Kelvan", "KRF", "Kelvan Revolutionary Front (KRF)")),
	em("o-al-hyphen", "org", "hyphen", ss("Fighters of Jaysh al-Tarik stormed the base."),
		ss("Jaysh al-Tarik/O"), ss("Jaysh al-Tarik/P", "Jaysh al-Tarik/L")),
	em("o-outlet", "org", "verb", ss("The Dravik Herald reported that the minister had resigned."),
		ss("Dravik Herald/O"), ss("Dravik Herald/P", "Dravik")),
}

var entMatrixPlaces = []entMatrixCase{
	em("l-province", "place", "headword", ss("Fighting spread to Marvun Province on Sunday."),
		ss("Marvun Province/L"), ss("Marvun", "Marvun Province/O")),
	em("l-valley", "place", "headword", ss("Rebels moved into the Tarsk Valley overnight."),
		ss("Tarsk Valley/L"), ss("Tarsk", "Tarsk Valley/P")),
	em("l-county", "place", "headword", ss("Floods closed roads across Harwick County."),
		ss("Harwick County/L"), ss("Harwick", "Harwick County/O")),
	em("l-lake", "place", "headword", ss("Fishermen on Lake Orvanna reported dead fish."),
		ss("Lake Orvanna/L"), ss("Orvanna", "Lake Orvanna/P")),
	em("l-mount", "place", "headword", ss("Climbers were rescued from Mount Telvik on Monday."),
		ss("Mount Telvik/L"), ss("Telvik", "Mount Telvik/P")),
	em("l-in", "place", "prep", ss("Three people died in Vorlenka on Tuesday."),
		ss("Vorlenka/L"), ss("Vorlenka/P", "Vorlenka/O")),
	em("l-from", "place", "prep", ss("Refugees from Dresnik crossed the border."),
		ss("Dresnik/L"), ss("Dresnik/P")),
	em("l-near", "place", "prep", ss("The plane crashed near Kolvasta, officials said."),
		ss("Kolvasta/L"), ss("Kolvasta/P")),
	em("l-north-of", "place", "prep", ss("The camp lies 20 km north of Vorlenka."),
		ss("Vorlenka/L"), ss("Vorlenka/P")),
	em("l-south-of", "place", "prep", ss("Rebels hold three villages south of Ulmesk, the army said."),
		ss("Ulmesk/L"), ss("Ulmesk/P", "Ulmesk/O")),
	em("l-to", "place", "prep", ss("Troops were sent to Ulmesk after the riots."),
		ss("Ulmesk/L"), ss("Ulmesk/P")),
	em("l-town-of", "place", "appos", ss("Vorlenka, a town of 5,000, was flooded on Monday."),
		ss("Vorlenka/L"), ss("Vorlenka/P", "Vorlenka/O")),
	em("l-city-of", "place", "appos", ss("Shells fell on the city of Dresnik overnight."),
		ss("Dresnik/L"), ss("Dresnik/P")),
	em("l-village-of", "place", "appos", ss("Troops entered the village of Kafr al-Tarsha."),
		ss("Kafr al-Tarsha/L"), ss("Kafr al-Tarsha/P", "Tarsha")),
	em("l-port-town", "place", "appos", ss("Kolvasta, a port town in the south, was shelled."),
		ss("Kolvasta/L"), ss("Kolvasta/P")),
	em("l-based", "place", "compound", ss("The Brevik-based firm cut 300 jobs."),
		ss("Brevik/L"), ss("Brevik/P", "Brevik/O")),
	em("l-capital", "place", "possess", ss("Kelvania's capital, Dresnik, was calm on Monday."),
		ss("Dresnik/L"), ss("Dresnik/P")),
	em("l-list-known", "place", "list", ss("Protests spread to Nairobi, Vorlenka and Kisumu."),
		ss("Vorlenka/L", "Nairobi/L", "Kisumu/L"), ss("Vorlenka/P", "Vorlenka and Kisumu")),
	em("l-list-known2", "place", "list", ss("Shops were closed in Mombasa, Ulmesk and Dresnik."),
		ss("Ulmesk/L", "Dresnik/L", "Mombasa/L"), ss("Ulmesk/P", "Dresnik/P")),
	em("l-list-back", "place", "list", ss("Floods hit farms in Vorlenka, Ulmesk and Kisumu."),
		ss("Vorlenka/L", "Ulmesk/L", "Kisumu/L"), ss("Vorlenka/P", "Ulmesk/P")),
	em("l-list-persons", "place", "list", ss("Nairobi police named Kesh, Vasht and Dremin as suspects."),
		nil, ss("Kesh/L", "Vasht/L", "Dremin/L")),
	em("l-initial", "place", "initial", ss("Vorlenka was calm on Monday after a week of riots."),
		nil, ss("Vorlenka/P", "Vorlenka/O")),
	em("l-headline", "place", "headline", ss("Floods Hit Vorlenka As River Rises"),
		ss("Vorlenka/L"), ss("Floods Hit Vorlenka", "Floods", "River Rises")),
	em("l-particle", "place", "particle", ss("Clashes broke out in Ras al-Kelva on Friday."),
		ss("Ras al-Kelva/L"), ss("Ras al-Kelva/P", "Kelva")),
	em("l-hyphen", "place", "hyphen", ss("Shells hit Saint-Orvel-sur-Mer before dawn."),
		ss("Saint-Orvel-sur-Mer/L"), ss("Saint-Orvel-sur-Mer/P")),
	em("l-at-amb", "place", "prep", ss("The meeting at Dravholm ended without a deal."),
		nil, ss("Dravholm/P")),
}

var entMatrixRegions = []entMatrixCase{
	em("r-region", "region", "headword", ss("Fighting in the Tarvos region killed 12 people."),
		ss("Tarvos/L"), ss("Tarvos/P", "Tarvos region/O")),
	em("r-district", "region", "headword", ss("Aid reached Ulmek district on Friday."),
		ss("Ulmek/L"), ss("Ulmek/P")),
	em("r-province-of", "region", "headword", ss("Rebels hold most of the province of Marvun."),
		ss("Marvun/L"), ss("Marvun/P")),
	em("r-city-capital", "region", "appos", ss("Dresnik, the capital of Kenya's Tarvos region, was quiet."),
		ss("Dresnik/L"), ss("Dresnik/P")),
	em("r-state-of", "region", "prep", ss("The storm hit the northern state of Ulvara."),
		ss("Ulvara/L"), ss("Ulvara/P")),
	em("r-told-no-place", "region", "verb", ss("Kolvasta Teller told reporters the vote was rigged."),
		nil, ss("Kolvasta Teller/L", "Kolvasta/L")),
	em("r-in-city-country", "region", "list", ss("Protesters gathered in Dresnik, Kenya, on Friday."),
		ss("Dresnik/L", "Kenya/C"), ss("Dresnik/P", "Dresnik, Kenya")),
	em("r-from-in", "region", "prep", ss("Aid convoys from Tarvos reached Ulmesk on Sunday."),
		ss("Tarvos/L", "Ulmesk/L"), ss("Tarvos/P", "Ulmesk/P")),
	em("r-reached-person", "region", "verb", ss("Tavoren Kesh flew home.", "Reporters reached Kesh by telephone on Monday."),
		ss("Tavoren Kesh/P"), ss("Kesh/L")),
	em("r-governor-of", "region", "title", ss("The governor of Ulvara province, Darvo Ilmesk, resigned."),
		ss("Darvo Ilmesk/P"), ss("Ulvara/P", "Darvo Ilmesk/L")),
	em("r-headline", "region", "headline", ss("Kenya Sends Troops To Tarvos Region"),
		ss("Kenya/C"), ss("Kenya Sends Troops", "Troops To Tarvos Region", "Tarvos Region/P")),
}

var entMatrixNegatives = []entMatrixCase{
	em("n-day", "negative", "nonname", ss("On Monday, Tarvik Holdings said it would close the plant."),
		ss("Tarvik Holdings/O"), ss("Monday", "On Monday")),
	em("n-month", "negative", "nonname", ss("In March the Marvun Brigade left the town."),
		ss("Marvun Brigade/O"), ss("March", "In March", "March the Marvun Brigade")),
	em("n-nationality", "negative", "nonname", ss("French and German officials met in Brevik on Friday."),
		nil, ss("French", "German", "French and German")),
	em("n-god", "negative", "nonname", ss("\"Thank God we are alive,\" said Vesna Karabel."),
		ss("Vesna Karabel/P"), ss("God", "Thank God")),
	em("n-worldcup", "negative", "nonname", ss("The World Cup will be held in Brevik next year."),
		nil, ss("World Cup", "World Cup/O")),
	em("n-accord", "negative", "nonname", ss("Both sides signed the Tarvos Accord in 2004."),
		nil, ss("Tarvos Accord", "Tarvos Accord/P")),
	em("n-storm", "negative", "nonname", ss("Storm Kelda brought flooding to Harwick County."),
		ss("Harwick County/L"), ss("Kelda/P", "Storm Kelda/P", "Storm Kelda/O")),
	em("n-hurricane", "negative", "nonname", ss("Hurricane Ostra killed 12 people on the coast."),
		nil, ss("Ostra/P", "Hurricane Ostra/P", "Hurricane Ostra/O")),
	em("n-parliament", "negative", "nonname", ss("Parliament passed the law on Tuesday."),
		nil, ss("Parliament/P", "Parliament/L")),
	em("n-minister-alone", "negative", "title", ss("The Minister said the budget was fair."),
		nil, ss("Minister")),
	em("n-act", "negative", "nonname", ss("The Clean Rivers Act was passed in 2010."),
		nil, ss("Clean Rivers Act", "Clean Rivers Act/O")),
	em("n-prize", "negative", "nonname", ss("She won the Nobel Peace Prize in 2011."),
		nil, ss("Nobel Peace Prize", "Nobel Peace Prize/O")),
	em("n-holiday", "negative", "nonname", ss("Shops were closed for Christmas and Ramadan this year."),
		nil, ss("Christmas", "Ramadan")),
	em("n-covid", "negative", "nonname", ss("Covid-19 cases rose in Dresnik last week."),
		ss("Dresnik/L"), ss("Covid-19")),
	em("n-product", "negative", "nonname", ss("Kestrel Dynamics launched the Zentra X5 phone on Monday."),
		ss("Kestrel Dynamics/O"), ss("Zentra X5/P", "Zentra X5/L", "Zentra")),
	em("n-election", "negative", "nonname", ss("The General Election will be held in May."),
		nil, ss("General Election", "May")),
	em("n-language", "negative", "nonname", ss("She spoke in English and Swahili at the rally."),
		nil, ss("English", "Swahili")),
	em("n-sentence-init", "negative", "initial", ss("Several Kelvanese villages were flooded overnight."),
		nil, ss("Several", "Several Kelvanese")),
	em("n-headline-words", "negative", "headline", ss("Talks Collapse As Deadline Passes"),
		nil, ss("Talks Collapse", "Deadline Passes", "Talks")),
	em("n-caps-lead", "negative", "acronym", ss("BREAKING: Floods cut off Vorlenka overnight."),
		ss("Vorlenka/L"), ss("BREAKING", "Floods")),
	em("n-title-first", "negative", "title", ss("Former Prime Minister Halvor Trenk died on Sunday."),
		ss("Halvor Trenk/P"), ss("Former Prime Minister Halvor Trenk", "Former")),
	em("n-ethnic", "negative", "nonname", ss("Kurdish and Arab fighters took Ulmesk."),
		ss("Ulmesk/L"), ss("Kurdish/P", "Arab/P", "Kurdish and Arab")),
	em("n-religion", "negative", "nonname", ss("Muslims and Christians prayed together in Dresnik."),
		ss("Dresnik/L"), ss("Muslims", "Christians")),
	em("n-street", "negative", "nonname", ss("Crowds filled Orvan Street in Dresnik."),
		ss("Dresnik/L"), ss("Orvan Street/P", "Orvan Street/O", "Orvan")),
}

// entMatrixPasses reports whether the case gives every wanted entity with its class and
// none of the unwanted ones, with what went wrong.
func entMatrixPasses(t *testing.T, c entMatrixCase) (bool, string) {
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("entmatrix", c.sents...))
	class := map[string]schema.Class{}
	for _, e := range ents {
		class[e.Name] = e.Class
	}
	var bad []string
	for _, w := range c.want {
		name, l, _ := strings.Cut(w, "/")
		if got, ok := class[name]; !ok || got != entClassLetter[l] {
			bad = append(bad, "missing "+w)
		}
	}
	for _, w := range c.not {
		name, l, typed := strings.Cut(w, "/")
		if got, ok := class[name]; ok && (!typed || got == entClassLetter[l]) {
			bad = append(bad, "unexpected "+w)
		}
	}
	if len(bad) == 0 {
		return true, ""
	}
	var keys []string
	for n, cl := range class {
		keys = append(keys, n+"/"+cl.Name())
	}
	sort.Strings(keys)
	return false, strings.Join(bad, "; ") + " (got " + strings.Join(keys, ", ") + ")"
}

// entMatrixKnownFailures are the cells the loader cannot read yet, with the reason.
var entMatrixKnownFailures = map[string]string{
	"o-initial":     "an unknown two-word name with no head word is a Person by default; 'Dynamics' as an organisation head word made 'Dynamics Corp of America' lose its name on Reuters (tried and dropped)",
	"n-product":     "the unknown body before 'launched the ... phone' is a Person by default (see o-initial)",
	"p-headline":    "a title-case headline runs the verb and the rest into the person's name: no stop at a title-case verb",
	"o-appos-rebel": "the class of an apposition ('a rebel group') does not reach the unknown name before it; 'Ansar' is no body's first word in the lexicon",
	"o-headline":    "a title-case headline runs the verb into the body's name ('Tarvik Holdings Cuts')",
	"o-al-hyphen":   "'Jaysh al-X' is taken for a person's name with a particle; 'Jaysh' is no body's first word in the lexicon",
	"l-based":       "'X-based' gives no place for an unknown X: on the corpora the unknown X of X-based is as often a product or a half of a name as a place ('Linux-based', 'Windows-based', 'Lua-based', 'Francisco-based' of 'San Francisco-based')",
	"l-headline":    "a title-case headline runs the place into the following words ('Vorlenka As River Rises')",
	"l-hyphen":      "a hyphenated place name after a verb of attack gives no entity",
	"r-state-of":    "'the state of X' gives no place for an unknown X: 'state' as a place noun cue (tried and dropped) made places of 'EC states', 'African states', 'the state airline' on the corpora",
	"n-caps-lead":   "an all-caps lead word before a colon loses the sentence's place",
	"n-ethnic":      "'Kurdish and Arab fighters took X': the object of 'took' after a list of demonyms gives no entity",
}

func TestNameMatrix(t *testing.T) {
	var res []matrixResult
	for _, g := range [][]entMatrixCase{entMatrixPersons, entMatrixOrgs, entMatrixPlaces, entMatrixRegions, entMatrixNegatives} {
		for _, c := range g {
			ok, why := entMatrixPasses(t, c)
			res = append(res, matrixResult{id: c.id, text: fmt.Sprintf("%q", c.sents), cell: [2]string{c.class, c.ev}, ok: ok, why: why})
		}
	}
	pass, total := checkMatrix(t, res, entMatrixKnownFailures, "entMatrixKnownFailures")
	t.Log("\n" + matrixTable(entMatrixRows, entMatrixColumns, pass, total, 9, 9))
}
