package loader

// Precision constructions of issue 11: wrong readings found on the news corpora, fixed in
// general ways. Every sentence is our own.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestEnvoyServesIn checks that an envoy's "in X" names where he serves, not his country,
// while his own country (a demonym or a possessor) still holds.
func TestEnvoyServesIn(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Thomas Reed, the US ambassador in Qatar, met Emir officials."},
			want:  []string{"Thomas Reed memberOf United States", "Thomas Reed nationality United States"},
			not:   []string{"Thomas Reed memberOf Qatar", "Thomas Reed nationality Qatar"},
		},
		{
			sents: []string{"Thomas Reed, Britain's ambassador to Qatar, spoke on Monday."},
			want:  []string{"Thomas Reed memberOf United Kingdom"},
			not:   []string{"Thomas Reed memberOf Qatar"},
		},
	})
}

// TestMonthGivenName checks that a month abbreviation that is a given name, before a
// capitalised surname, starts a person's name.
func TestMonthGivenName(t *testing.T) {
	ents, got := analyzeT(t, newSemantics(nil), testDoc("rel", "Lena Holm met Jan Kral in Prague."))
	if !got["Jan Kral met Lena Holm"] {
		t.Errorf("missing the meeting; got %v", got)
	}
	for _, e := range ents {
		if e.Name == "Kral" {
			t.Errorf("name cut to its surname: %v", ents)
		}
	}
}

// TestAheadClauses checks that a simple present under "before"/"until" is still to come,
// while a past movement still gives a visit.
func TestAheadClauses(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Lena Holm spoke in Oslo.", "Before Holm leaves for Madrid, she will meet officials."},
			not:   []string{"Lena Holm visited Madrid"},
		},
		{
			sents: []string{"Lena Holm arrived in Oslo on Monday.", "Holm will stay until she flies to Madrid."},
			want:  []string{"Lena Holm visited Oslo"},
			not:   []string{"Lena Holm visited Madrid"},
		},
		{
			sents: []string{"Lena Holm will travel to Madrid next week."},
			not:   []string{"Lena Holm visited Madrid"},
		},
		{
			sents: []string{"Lena Holm spoke in Oslo.", "The talks will take place on Monday in Madrid."},
			not:   []string{"Lena Holm visited Madrid"},
		},
		{
			sents: []string{"Lena Holm is due to visit Madrid on Friday."},
			not:   []string{"Lena Holm visited Madrid"},
		},
	})
}

// TestPlaceNamedCompany checks that a place's name before a capitalised word and a company
// suffix belongs to the company's name, and that the place alone is still a place.
func TestPlaceNamedCompany(t *testing.T) {
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("rel", "Shares of Harbin Steel Corp fell in Harbin on Monday."))
	names := map[string]string{}
	for _, e := range ents {
		names[e.Name] = e.Class.String()
	}
	if names["Harbin Steel Corp"] != "Organization" || names["Harbin"] != "Place" {
		t.Errorf("want the company and the place; got %v", names)
	}
	if _, ok := names["Steel Corp"]; ok {
		t.Errorf("company name cut to its last words: %v", names)
	}
}

// TestLegalNameIsTheCompany checks that a known company's full legal name (its name, at
// most one word of its trade and legal-form suffixes) is the company itself, not a body
// part of it, while a subsidiary named after its parent stays a part.
func TestLegalNameIsTheCompany(t *testing.T) {
	ents, got := analyzeT(t, newSemantics(nil), testDoc("legal",
		"Volkswagen Motor Co Ltd said on Tuesday it would close a plant.",
		"Volkswagen said 900 workers would lose their jobs."))
	if got["Volkswagen Motor Co Ltd partOf Volkswagen"] {
		t.Errorf("the legal name made a part of the company: %v", got)
	}
	for _, e := range ents {
		if e.Name == "Volkswagen Motor Co Ltd" {
			t.Errorf("the legal name is a second body: %v", ents)
		}
	}
	ents, _ = analyzeT(t, newSemantics(nil), testDoc("legal2",
		"Renault Credit Corp sold bonds on Monday.", "Siemens AG opened a factory.", "BBC Lighting Corp cut 40 jobs."))
	names := map[string]bool{}
	for _, e := range ents {
		names[e.Name] = true
	}
	if !names["Renault Credit Corp"] || !names["Siemens"] || !names["BBC Lighting Corp"] {
		t.Errorf("want the subsidiary and an acronym's namesake apart, Siemens AG as Siemens: %v", ents)
	}
}

// TestKnightByGivenName checks that "Sir Alan" after "Sir Alan Farrow" is the knight, not a
// person named Alan or Sir, and that a given name two persons share names neither.
func TestKnightByGivenName(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Britain's top judge Sir Alan Farrow spoke on Monday.", "Sir Alan later visited Paris."},
			want:  []string{"Alan Farrow visited Paris"},
			not:   []string{"Alan visited Paris", "Sir visited Paris"},
		},
		{
			sents: []string{"Dame Ellen Carver met Ellen Brodie on Monday.", "Dame Ellen later visited Paris."},
			not:   []string{"Ellen Carver visited Paris", "Ellen Brodie visited Paris"},
		},
	})
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("knight", "Sir Alan Farrow arrived in Leeds.", "Sir Alan said the force would grow."))
	for _, e := range ents {
		if e.Name == "Alan" || e.Name == "Sir" || e.Name == "Sir Alan" {
			t.Errorf("a knight's given name made a person: %v", ents)
		}
	}
}

// TestCaucusIsAnExtraMembership checks that a legislator with a bare title who is a
// member of a caucus keeps the document's country, the caucus as a second membership.
func TestCaucusIsAnExtraMembership(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The United States Congress debated the bill on Tuesday.", "American lawmakers were divided.",
				"Representative Mara Quinlan, a member of the Congressional Hispanic Caucus, said the bill would hurt families.",
				"Senator Tom Adair said the United States could not wait."},
			want: []string{"Mara Quinlan memberOf United States", "Mara Quinlan memberOf Congressional Hispanic Caucus", "Tom Adair memberOf United States"},
			not:  []string{"Congressional Hispanic Caucus partOf Mara Quinlan"},
		},
	})
}

// TestCoordinatedTitleOfAnotherState checks that a demonym before the first of two
// coordinated titled names passes to the second only when its state has that post and
// the two are not both its head.
func TestCoordinatedTitleOfAnotherState(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Talks between Japanese Prime Minister Kenji Mori and President Carl Walton could ease pressure on the yen."},
			want:  []string{"Kenji Mori leads Japan"},
			not:   []string{"Carl Walton leads Japan", "Carl Walton nationality Japan"},
		},
		{
			sents: []string{"Russian President Ivan Sorokin and President Paul Duret met in Geneva on Tuesday."},
			want:  []string{"Ivan Sorokin leads Russia"},
			not:   []string{"Paul Duret leads Russia", "Paul Duret nationality Russia"},
		},
		{
			sents: []string{"Israeli Prime Minister Avi Levant and Defence Minister Dan Oren flew to Rome."},
			want:  []string{"Avi Levant leads Israel", "Dan Oren memberOf Israel"},
		},
	})
}

// TestAddressFormNamesNoCountry checks that a country just before "Mr" is no nationality,
// while a demonym before a title still is.
func TestAddressFormNamesNoCountry(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"After the trade deal with Ghana Mr Harlow said Britain would offer similar terms.", "Harlow spoke in London."},
			not:   []string{"Harlow nationality Ghana"},
		},
		{
			sents: []string{"Ghanaian Foreign Minister Kofi Mensah spoke in London."},
			want:  []string{"Kofi Mensah nationality Ghana"},
		},
	})
}

// TestRegnalNameIsNoSurname checks that a royal named by title and given name ("Crown
// Prince Haakonn") is not joined, across documents, to a person whose surname is a
// spelling variant of it, while an untitled surname alone still joins by a variant.
func TestRegnalNameIsNoSurname(t *testing.T) {
	xs := []*schema.Extraction{
		extractDoc(t, "royal", "Norway's Crown Prince Haakonn visited Paris on Monday."),
		extractDoc(t, "sprinter", "The sprinter Lars Haakon won the race in Oslo on Sunday."),
	}
	if got := resolvedPersons(t, xs...); got[0][0] == got[1][0] {
		t.Errorf("the crown prince joined the sprinter: %v", got)
	}
}

// TestFirmCountryNoNationality checks that a country in the name of a firm or an
// association gives its head no nationality, while a state body's country still does.
func TestFirmCountryNoNationality(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Marta Kowal, director general of the British Chambers of Trade, warned of higher costs."},
			want:  []string{"Marta Kowal leads British Chambers of Trade"},
			not:   []string{"Marta Kowal nationality United Kingdom"},
		},
		{
			sents: []string{"Oskar Lind, a spokesman for the Danish Cheese Board, told reporters the name was generic."},
			not:   []string{"Oskar Lind nationality Denmark"},
		},
		{
			sents: []string{"Turkish Foreign Ministry spokesman Emre Kaya rejected the claim."},
			want:  []string{"Emre Kaya nationality Turkey"},
		},
		{
			sents: []string{"Norwegian Fisheries Fund Minister Per Dahl said the quota would stay."},
			want:  []string{"Per Dahl nationality Norway"},
		},
	})
}

// TestRegionalPostNoNationality checks that a country named before a firm's title is the
// region the post covers, not the holder's nationality, while a demonym-less title with no
// firm ("US actor X") still does.
func TestRegionalPostNoNationality(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Quentin Marsh, UK economist at Harwell Bank, said the rise was small."},
			not:   []string{"Quentin Marsh nationality United Kingdom"},
		},
		{
			sents: []string{"Orbis Telecom has drafted in its UK chief executive Dara Quill to run its Asian arm."},
			not:   []string{"Dara Quill nationality United Kingdom", "Dara Quill memberOf United Kingdom"},
		},
		{
			sents: []string{"US actor Rafe Dunmore won a prize."},
			want:  []string{"Rafe Dunmore nationality United States"},
		},
		{
			sents: []string{"British economist Marcus Dale said the rise was small."},
			want:  []string{"Marcus Dale nationality United Kingdom"},
		},
	})
}

// TestCoordinatedTradeNoDemonym checks that a person with a trade's title coordinated after
// a state's titled official does not share the official's demonym, while a second
// official still does.
func TestCoordinatedTradeNoDemonym(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The speakers were US president Carl Brennan and singer Tom Hale."},
			want:  []string{"Carl Brennan nationality United States"},
			not:   []string{"Tom Hale nationality United States"},
		},
		{
			sents: []string{"The speakers were Israeli prime minister Carl Brennan and energy minister Tom Hale."},
			want:  []string{"Tom Hale nationality Israel", "Tom Hale memberOf Israel"},
		},
	})
}

// TestTradeTitleNoPost checks that a demonym before a trade's title ("Indian film director
// X", "British actress Y") gives the nationality and no post in the state.
func TestTradeTitleNoPost(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Indian film director Rani Dev said she was thrilled."},
			want:  []string{"Rani Dev nationality India"},
			not:   []string{"Rani Dev memberOf India"},
		},
		{
			sents: []string{"British actress Nell Carrow won the award."},
			want:  []string{"Nell Carrow nationality United Kingdom"},
			not:   []string{"Nell Carrow memberOf United Kingdom"},
		},
		{
			sents: []string{"Israeli Defence Minister Avi Tamir said the talks had failed."},
			want:  []string{"Avi Tamir memberOf Israel"},
		},
	})
}

// The precision matrix: constructions in which the loader wrote wrong facts, each case
// with the right facts present and the wrong ones absent. Every sentence and name is our
// own.
var precisionColumns = []string{"plan", "control", "cataphora", "fight", "post", "coord", "candidate", "body", "agreement"}

// precisionPlans: a plan or a future states nothing, in a headline or a sentence.
var precisionPlans = []matrixCase{
	mc("p-plan-head", "plan", "met", ss("Ugandan leader to meet Rania Okoye in Kigoma"),
		nil, ss("Rania Okoye visited Kigoma")),
	mc("p-plan-head-pair", "plan", "met", ss("Bakari Mwinyi and Rania Okoye to meet in Nairobi"),
		nil, ss("Bakari Mwinyi met Rania Okoye", "Bakari Mwinyi visited Nairobi", "Rania Okoye visited Nairobi")),
	mc("p-plan-head-visit", "plan", "visited", ss("Bakari Mwinyi to visit Nairobi next month, aides say."),
		nil, ss("Bakari Mwinyi visited Nairobi")),
	mc("p-plan-is-to", "plan", "met", ss("Bakari Mwinyi is to meet Rania Okoye in Nairobi."),
		nil, ss("Bakari Mwinyi met Rania Okoye", "Bakari Mwinyi visited Nairobi")),
	mc("p-plan-will", "plan", "met", ss("Bakari Mwinyi will meet Rania Okoye."), nil, ss("Bakari Mwinyi met Rania Okoye")),
	mc("p-plan-plans", "plan", "visited", ss("Bakari Mwinyi plans to visit Nairobi."), nil, ss("Bakari Mwinyi visited Nairobi")),
	mc("p-plan-head-present", "plan", "met", ss("Bakari Mwinyi meets Rania Okoye in Nairobi"),
		ss("Bakari Mwinyi met Rania Okoye"), nil),
	mc("p-plan-first-to", "plan", "visited", ss("Bakari Mwinyi became the first Velkan leader to visit Nairobi."),
		ss("Bakari Mwinyi visited Nairobi"), nil),
	mc("p-plan-relative-will", "plan", "visited", ss("Ugandan Foreign Minister Bakari Mwinyi, who will hold talks in Nairobi on Thursday, said the code worked."),
		ss("Bakari Mwinyi memberOf Uganda"), ss("Bakari Mwinyi visited Nairobi")),
	mc("p-plan-relative-be", "plan", "visited", ss("Mwinyi, who will also be visiting Ghana before returning home, said his trip was planned."),
		nil, ss("Mwinyi visited Ghana", "Bakari Mwinyi visited Ghana")),
	mc("p-plan-relative-past", "plan", "visited", ss("Bakari Mwinyi, who held talks in Nairobi on Thursday, said the code worked."),
		ss("Bakari Mwinyi visited Nairobi"), nil),
	mc("p-plan-arrived", "plan", "visited", ss("Bakari Mwinyi arrived in Nairobi to meet Rania Okoye."),
		ss("Bakari Mwinyi visited Nairobi"), nil),
}

// precisionControl: a verb of intention, decision or refusal gives no fact for its "to"
// complement; an attempted killing is still an attack, a verb of going on still a fact.
var precisionControl = []matrixCase{
	mc("p-ctl-decided-join", "control", "memberOf", ss("Odile Ferrand decided to join the Morane Council."),
		nil, ss("Odile Ferrand memberOf Morane Council")),
	mc("p-ctl-voted-join", "control", "memberOf", ss("Odile Ferrand voted to join the Morane Council."),
		nil, ss("Odile Ferrand memberOf Morane Council")),
	mc("p-ctl-applied-join", "control", "memberOf", ss("Odile Ferrand applied to join the Morane Council in May."),
		nil, ss("Odile Ferrand memberOf Morane Council")),
	mc("p-ctl-chose-meet", "control", "met", ss("Rania Okoye chose to meet Henrik Vesterlund in private."),
		nil, ss("Rania Okoye met Henrik Vesterlund")),
	mc("p-ctl-decided-fight", "control", "fights", ss("The Velka Movement decided to fight the Kesta Brigade."),
		nil, ss("Velka Movement fights Kesta Brigade")),
	mc("p-ctl-trying-deal", "control", "alliedWith", ss("Uganda is also trying to strike a defence pact with Ghana."),
		nil, ss("Uganda alliedWith Ghana")),
	mc("p-ctl-decided-gather", "control", "met", ss("Soon after, Bakari Mwinyi and Rania Okoye decided to gather a new team."),
		nil, ss("Bakari Mwinyi met Rania Okoye")),
	mc("p-ctl-sought-visit", "control", "visited", ss("Bakari Mwinyi sought to visit Nairobi in June."),
		nil, ss("Bakari Mwinyi visited Nairobi")),
	mc("p-ctl-tried-kill", "control", "fights", ss("The Velka Movement tried to kill Bakari Mwinyi."),
		ss("Velka Movement fights Bakari Mwinyi"), nil),
	mc("p-ctl-wenton", "control", "memberOf", ss("Odile Ferrand went on to join the Morane Council."),
		ss("Odile Ferrand memberOf Morane Council"), nil),
	mc("p-ctl-chose-object", "control", "partOf", ss("The party chose Kesta Workers Party - the Velka Movement's affiliate in Kigoma - as its partner."),
		ss("Kesta Workers Party partOf Velka Movement"), nil),
}

// precisionCataphora: the subject pronoun of a fronted subordinate clause is the main
// clause's named subject after it, not the person of the sentence before.
var precisionCataphora = []matrixCase{
	mc("p-cata-before", "cataphora", "met", ss("Marek Sollen stayed in Accra.", "Before he met Ada Frenn, Pavel Drosk visited Kumasi."),
		ss("Pavel Drosk met Ada Frenn", "Pavel Drosk visited Kumasi"), ss("Marek Sollen met Ada Frenn", "Marek Sollen visited Kumasi")),
	mc("p-cata-when", "cataphora", "visited", ss("Marek Sollen stayed in Accra.", "When she arrived in Kumasi, Ada Frenn met Pavel Drosk."),
		ss("Ada Frenn visited Kumasi", "Ada Frenn met Pavel Drosk"), ss("Marek Sollen visited Kumasi")),
	mc("p-cata-unnamed", "cataphora", "visited", ss("Marek Sollen flew to Accra.", "After he left Accra, police arrested Pavel Drosk."),
		ss("Marek Sollen visited Accra"), ss("Pavel Drosk visited Accra")),
	mc("p-pron-gender-here", "cataphora", "visited", ss("Lena Sollen has been accused of criticising George Drosk's policies in an address she gave during a Ghana lecture tour."),
		ss("Lena Sollen visited Ghana"), ss("George Drosk visited Ghana")),
	mc("p-cata-gender", "cataphora", "met", ss("Marek Sollen stayed in Accra.", "Before he met Ada Frenn, Mrs Lena Drosk visited Kumasi."),
		nil, ss("Lena Drosk met Ada Frenn")),
}

// precisionFights: a verb that may name a fight of words, law or sport ("fought", "battled",
// "opposed", "defeated") is a fight only with an armed side or among words of arms.
var precisionFights = []matrixCase{
	mc("p-fight-court", "fight", "fights", ss("The Velka Party fought the Kesta Alliance in the courts."),
		nil, ss("Velka Party fights Kesta Alliance")),
	mc("p-fight-final", "fight", "fights", ss("Uganda fought Ghana in the final on Sunday."),
		nil, ss("Uganda fights Ghana")),
	mc("p-fight-tax", "fight", "fights", ss("The Kesta Union is fighting Ghana over the new tax."),
		nil, ss("Kesta Union fights Ghana")),
	mc("p-fight-votes", "fight", "fights", ss("The Velka Party is fighting the Kesta Party for votes in Kigoma."),
		nil, ss("Velka Party fights Kesta Party")),
	mc("p-fight-legal", "fight", "fights", ss("Uganda fought a legal battle with Ghana over the border."),
		nil, ss("Uganda fights Ghana")),
	mc("p-fight-battled", "fight", "fights", ss("Morane Oil has been battling the Ugandan authorities for a year."),
		nil, ss("Morane Oil fights Uganda")),
	mc("p-fight-opposes", "fight", "fights", ss("Morane Oil said it opposes the Ghana Revenue Authority recommendation."),
		nil, ss("Morane Oil fights Ghana Revenue Authority")),
	mc("p-fight-polls", "fight", "fights", ss("In 2010 the Velka Party defeated the Kesta Party to take the seat."),
		nil, ss("Velka Party fights Kesta Party")),
	mc("p-fight-chart", "fight", "fights", ss("The comedy, in which he stars with Bakari Mwinyi, shot to the top of the Ugandan chart at the weekend."),
		nil, ss("Bakari Mwinyi fights Uganda")),
	mc("p-fight-parting", "fight", "fights", ss("Bakari Mwinyi quickly took a parting shot on Twitter."),
		nil, ss("Bakari Mwinyi fights Twitter")),
	mc("p-fight-killed", "fight", "fights", ss("The Velka Movement killed Bakari Mwinyi."), ss("Velka Movement fights Bakari Mwinyi"), nil),
	mc("p-fight-war", "fight", "fights", ss("Uganda fought Ghana in a border war."), ss("Uganda fights Ghana"), nil),
	mc("p-fight-troops", "fight", "fights", ss("The Kesta Brigade fought Ugandan troops near Kisumu."),
		ss("Kesta Brigade fights Ugandan Armed Forces"), nil),
	mc("p-fight-known", "fight", "fights", ss("Uganda has fought the Taliban for years."), ss("Uganda fights Taliban"), nil),
	mc("p-fight-rebels", "fight", "fights", ss("Rebels fought the Ugandan government for a decade."), ss("rebels fights Uganda"), nil),
}

// precisionPosts: a deputy's post is a membership, not the lead; a shadow minister holds
// no office of the state; a former or acting head keeps the relation (the gold sets' rule:
// former office holders keep it).
var precisionPosts = []matrixCase{
	mc("p-post-deputy-before", "post", "leads", ss("Velka Party deputy leader Bakari Mwinyi spoke on Monday."),
		ss("Bakari Mwinyi memberOf Velka Party"), ss("Bakari Mwinyi leads Velka Party")),
	mc("p-post-deputy-of", "post", "leads", ss("The deputy leader of the Velka Party, Bakari Mwinyi, spoke."),
		ss("Bakari Mwinyi memberOf Velka Party"), ss("Bakari Mwinyi leads Velka Party")),
	mc("p-post-vice-hyphen", "post", "leads", ss("Bakari Mwinyi, vice-chairman of Morane Holdings Limited, spoke."),
		ss("Bakari Mwinyi memberOf Morane Holdings Limited"), ss("Bakari Mwinyi leads Morane Holdings Limited")),
	mc("p-post-deputy-exec", "post", "leads", ss("\"We will appeal,\" Morane Air deputy chief executive Bakari Mwinyi said."),
		ss("Bakari Mwinyi memberOf Morane Air"), ss("Bakari Mwinyi leads Morane Air")),
	mc("p-post-assistant", "post", "commands", ss("Bakari Mwinyi, assistant commander of the Kesta Brigade, spoke."),
		ss("Bakari Mwinyi memberOf Kesta Brigade"), ss("Bakari Mwinyi commands Kesta Brigade")),
	mc("p-post-leader", "post", "leads", ss("Velka Party leader Bakari Mwinyi spoke on Monday."),
		ss("Bakari Mwinyi leads Velka Party"), ss("Bakari Mwinyi memberOf Uganda")),
	mc("p-post-shadow-demonym", "post", "memberOf", ss("Ugandan shadow finance minister Bakari Mwinyi spoke."),
		ss("Bakari Mwinyi nationality Uganda"), ss("Bakari Mwinyi memberOf Uganda")),
	mc("p-post-shadow-poss", "post", "memberOf", ss("Bakari Mwinyi, Uganda's shadow foreign secretary, spoke."),
		nil, ss("Bakari Mwinyi memberOf Uganda", "Bakari Mwinyi leads Uganda")),
	mc("p-post-shadow-bare", "post", "memberOf", ss("Uganda's economy grew.", "Uganda's exports fell.", "Shadow chancellor Bakari Mwinyi spoke.", "Uganda's president spoke."),
		nil, ss("Bakari Mwinyi memberOf Uganda")),
	mc("p-post-former", "post", "leads", ss("Former Ugandan president Bakari Mwinyi spoke."),
		ss("Bakari Mwinyi leads Uganda", "Bakari Mwinyi nationality Uganda"), nil),
	mc("p-post-acting", "post", "leads", ss("Ugandan acting president Bakari Mwinyi spoke."),
		ss("Bakari Mwinyi leads Uganda"), nil),
	mc("p-post-second", "post", "leads", ss("Bakari Mwinyi was the second president of Uganda."),
		ss("Bakari Mwinyi leads Uganda"), nil),
}

// precisionCoord: a title set off by commas in a list of names is the title of the name
// just before it, never of another name of the list.
var precisionCoord = []matrixCase{
	mc("p-coord-second", "coord", "leads", ss("Rania Okoye and Bakari Mwinyi, director of the Velka Institute, spoke."),
		ss("Bakari Mwinyi leads Velka Institute"), ss("Rania Okoye leads Velka Institute")),
	mc("p-coord-middle", "coord", "leads", ss("Rania Okoye, Bakari Mwinyi, head of the Kesta Union, and Henrik Vesterlund spoke."),
		ss("Bakari Mwinyi leads Kesta Union"), ss("Rania Okoye leads Kesta Union", "Henrik Vesterlund leads Kesta Union")),
	mc("p-coord-first", "coord", "leads", ss("Bakari Mwinyi, director of the Velka Institute, and Rania Okoye spoke."),
		ss("Bakari Mwinyi leads Velka Institute"), ss("Rania Okoye leads Velka Institute")),
	mc("p-coord-two-titles", "coord", "memberOf", ss("Bakari Mwinyi, the director of the Velka Institute, and Rania Okoye, Ghana's ambassador, spoke."),
		ss("Bakari Mwinyi leads Velka Institute", "Rania Okoye memberOf Ghana"), ss("Bakari Mwinyi memberOf Ghana", "Bakari Mwinyi nationality Ghana")),
	mc("p-coord-then-names", "coord", "leads", ss("The talks were attended by Bakari Mwinyi, director of the Velka Institute, Rania Okoye and Henrik Vesterlund."),
		ss("Bakari Mwinyi leads Velka Institute"), ss("Rania Okoye leads Velka Institute")),
	mc("p-coord-bodies-before", "coord", "memberOf", ss("The lawsuit was brought by Velka Oil Corp and Kisumu attorney general Bakari Mwinyi, who alleged fraud."),
		nil, ss("Bakari Mwinyi memberOf Velka Oil Corp")),
	mc("p-coord-demonyms-before", "coord", "memberOf", ss("The Uganda and Ghana foreign ministers, Bakari Mwinyi and Rania Okoye, met."),
		ss("Bakari Mwinyi memberOf Uganda", "Rania Okoye memberOf Ghana"), ss("Bakari Mwinyi memberOf Ghana", "Rania Okoye memberOf Uganda")),
	mc("p-coord-title-first", "coord", "leads", ss("The director of the Velka Institute, Rania Okoye, spoke."),
		ss("Rania Okoye leads Velka Institute"), nil),
	mc("p-coord-plural", "coord", "leads", ss("Rania Okoye and Bakari Mwinyi, the leaders of Ghana and Uganda, met."),
		ss("Rania Okoye leads Ghana", "Bakari Mwinyi leads Uganda"), ss("Rania Okoye leads Uganda", "Bakari Mwinyi leads Ghana")),
}

// precisionBodies: no state fights a body the document makes its own; two bodies glued by
// a hyphen are a pair, not a body and its unit, unless the second is a unit's name.
var precisionBodies = []matrixCase{
	mc("p-body-own-embassy", "body", "fights", ss("Uganda called its strikes defensive, pointing to the March 3 attack on the Uganda Embassy in Accra as an example."),
		ss("Uganda Embassy in Accra partOf Uganda"), ss("Uganda fights Uganda Embassy in Accra")),
	mc("p-body-hyphen-pair", "body", "partOf", ss("Officials said the threat stemming from VLM-KSB terrorists had grown."),
		nil, ss("KSB partOf VLM", "VLM partOf KSB")),
	mc("p-body-merged", "body", "partOf", ss("The merged Morane-Velkoil group will rank third in the market."),
		nil, ss("Velkoil partOf Morane", "Morane partOf Velkoil")),
	mc("p-body-hyphen-unit", "body", "partOf", ss("The IRGC-Kesta Brigade commander spoke in Kumasi."),
		ss("Kesta Brigade partOf Islamic Revolutionary Guard Corps"), nil),
}

// precisionAgreements: an agreement, accord, deal or pact makes allies only when the
// sentence speaks of arms or security; a commercial or trade one makes none.
var precisionAgreements = []matrixCase{
	mc("p-agr-bank", "agreement", "alliedWith", ss("Morane Bank said it had signed an accord with Velka Trust Co covering a 100 mln dlr bond issue."),
		nil, ss("Morane Bank alliedWith Velka Trust Co")),
	mc("p-agr-supply", "agreement", "alliedWith", ss("Kesta Systems Corp said it signed a supply agreement with Morane Telephone Inc to deliver switches."),
		nil, ss("Kesta Systems Corp alliedWith Morane Telephone Inc")),
	mc("p-agr-compound-trade", "agreement", "alliedWith", ss("Negotiations on the next Uganda-Ghana textile agreement are due to begin in May."),
		nil, ss("Ghana alliedWith Uganda")),
	mc("p-agr-compound-chips", "agreement", "alliedWith", ss("Ghana accused Uganda of breaking the 1986 Uganda-Ghana pact on microchips."),
		nil, ss("Ghana alliedWith Uganda")),
	mc("p-agr-peace", "agreement", "alliedWith", ss("Both leaders attended the signing of the Uganda-Ghana peace treaty."),
		nil, ss("Ghana alliedWith Uganda")),
	mc("p-agr-defence", "agreement", "alliedWith", ss("Uganda signed an agreement with Ghana on military cooperation and arms supplies."),
		ss("Ghana alliedWith Uganda"), nil),
	mc("p-agr-compound-defence", "agreement", "alliedWith", ss("The Uganda-Ghana defence pact lets troops cross the border."),
		ss("Ghana alliedWith Uganda"), nil),
	mc("p-agr-alliance", "agreement", "alliedWith", ss("A new Ugandan-Ghanaian alliance was announced on Monday."),
		ss("Ghana alliedWith Uganda"), nil),
}

// precisionAdjectives: a post-nominal adjective's subject is the noun right before it
// ("forces loyal to X"), not a name further back.
var precisionAdjectives = []matrixCase{
	mc("p-adj-loyal", "body", "supports", ss("Rebels held the base at Kumasi, and forces loyal to President Bakari Mwinyi surrounded it."),
		nil, ss("rebels supports Bakari Mwinyi")),
	mc("p-adj-loyal-named", "body", "attacked", ss("The Velka Movement, loyal to Bakari Mwinyi, attacked Kisumu."),
		ss("Velka Movement attacked Kisumu"), nil),
}

// precisionCandidates: a candidate, a hopeful or the winner of a caucus or a primary holds
// no office by it (a senator who wins one still holds the senator's post).
var precisionCandidates = []matrixCase{
	mc("p-cand-caucus", "candidate", "leads", ss("The United States votes in November.", "American voters are divided.", "Candidate Bakari Mwinyi won the Iowa caucus, beating front-runner Rania Okoye.", "The United States economy grew."),
		nil, ss("Bakari Mwinyi leads United States", "Bakari Mwinyi memberOf United States", "Rania Okoye leads United States", "Bakari Mwinyi visited Iowa")),
	mc("p-cand-presidential", "candidate", "leads", ss("Ugandan presidential candidate Bakari Mwinyi visited Nairobi."),
		ss("Bakari Mwinyi visited Nairobi"), ss("Bakari Mwinyi leads Uganda", "Bakari Mwinyi memberOf Uganda")),
	mc("p-cand-for", "candidate", "leads", ss("Bakari Mwinyi, the Velka Party's candidate for president of Uganda, spoke."),
		nil, ss("Bakari Mwinyi leads Uganda", "Bakari Mwinyi leads Velka Party")),
	mc("p-cand-primary", "candidate", "leads", ss("The United States votes in November.", "Republican presidential hopeful Bakari Mwinyi won the New Hampshire primary.", "The United States economy grew."),
		nil, ss("Bakari Mwinyi leads United States", "Bakari Mwinyi memberOf United States", "Bakari Mwinyi leads Republican Party")),
	mc("p-cand-senator", "candidate", "memberOf", ss("The United States votes in November.", "American voters are divided.", "Senator Bakari Mwinyi won the Iowa caucuses on Monday.", "The United States economy grew."),
		ss("Bakari Mwinyi memberOf United States"), ss("Bakari Mwinyi leads United States")),
}

// precisionKnownFailures are the precision cells the loader does not read yet, with the
// reason; the test asserts that each still fails.
var precisionKnownFailures = map[string]string{}

func TestPrecisionMatrix(t *testing.T) {
	res := relMatrixResults(t, precisionPlans, precisionControl, precisionCataphora, precisionFights, precisionPosts, precisionCoord, precisionBodies, precisionAgreements, precisionAdjectives, precisionCandidates)
	pass, total := checkMatrix(t, res, precisionKnownFailures, "precisionKnownFailures")
	t.Log("\n" + matrixTable(matrixPredicates, precisionColumns, pass, total, 12, 10))
}
