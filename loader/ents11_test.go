package loader

// Names and classes (issue 11, item 1) on constructions found by a fresh hand annotation of
// twelve unseen news texts (ents11 round), each tried on sentences of our own.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestFirmHeadAfterName checks a two-word firm's head after an unknown name ("an economist
// from Velkor Tarn investment bank"): the name is the firm's, not a place's after "from", while a name
// after "from" with no such head stays a place.
func TestFirmHeadAfterName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Amara Odhiambo, an economist from Velkor Tarn investment bank, expects prices to fall."},
		want:  map[string]schema.Class{"Amara Odhiambo": schema.Person, "Velkor Tarn": schema.Organization},
		not:   []string{"Velkor Tarn investment bank"},
	}, {
		sents: []string{"Tariq Orvel, a lawyer at the Kestrand law firm, said the ruling was wrong."},
		want:  map[string]schema.Class{"Tariq Orvel": schema.Person, "Kestrand": schema.Organization},
	}, {
		sents: []string{"Amara Odhiambo flew in from Kisumu on Monday."},
		want:  map[string]schema.Class{"Amara Odhiambo": schema.Person, "Kisumu": schema.Place},
	}})
}

// TestArmedNounAfterName checks "the X guerrillas": the unknown name before the plural is
// an armed group, not the person who leads it, and its head commands it.
func TestArmedNounAfterName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The Velka Dor guerrillas ambushed a patrol, Bakari Mwinyi said."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person, "Velka Dor": schema.Organization},
	}, {
		// the head of a body so named commands it (seeds call 3), also for "militia"
		sents: []string{"Bakari Mwinyi headed the Velka Dor guerrillas for ten years."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person, "Velka Dor": schema.Organization},
		facts: []string{"Bakari Mwinyi commands Velka Dor"},
		wrong: []string{"Bakari Mwinyi leads Velka Dor"},
	}, {
		sents: []string{"Bakari Mwinyi headed the Velka Dor militia for ten years."},
		facts: []string{"Bakari Mwinyi commands Velka Dor"},
		wrong: []string{"Bakari Mwinyi leads Velka Dor"},
	}, {
		// a body's head named with a plain noun keeps "leads"
		sents: []string{"Bakari Mwinyi headed the Velka Dor network for ten years."},
		facts: []string{"Bakari Mwinyi leads Velka Dor"},
		wrong: []string{"Bakari Mwinyi commands Velka Dor"},
	}, {
		// an adjective of a people before the plural names no body ("Velkish guerrillas")
		sents: []string{"Tariq Orvel said Kenya backs Velkish guerrillas in the north."},
		not:   []string{"Velkish"},
	}, {
		sents: []string{"The Tarn Vosk insurgents attacked a convoy near Kisumu."},
		want:  map[string]schema.Class{"Tarn Vosk": schema.Organization, "Kisumu": schema.Place},
	}})
}

// TestCreedEndsName checks a denomination's adjective after a word that is also a given
// name ("Roman Catholic priests"): no person called Roman, while the church's full name
// stays a body and a person named Roman stays a person.
func TestCreedEndsName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Bakari Mwinyi spoke to Roman Catholic priests in Kisumu."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person, "Kisumu": schema.Place},
		not:   []string{"Roman Catholic", "Catholic"},
	}, {
		sents: []string{"Bakari Mwinyi studied Roman Catholicism in Kisumu."},
		want:  map[string]schema.Class{"Kisumu": schema.Place},
		not:   []string{"Roman Catholicism", "Roman"},
	}, {
		sents: []string{"The Roman Catholic Union said Bakari Mwinyi would resign."},
		want:  map[string]schema.Class{"Roman Catholic Union": schema.Organization, "Bakari Mwinyi": schema.Person},
		not:   []string{"Roman Catholic"},
	}, {
		sents: []string{"Roman Velkov said the vote was fair."},
		want:  map[string]schema.Class{"Roman Velkov": schema.Person},
	}})
}

// TestResidentsPlural checks the plural of a known place's residents' demonym
// ("Londoners" of London, "New Yorkers" of New York): people, no person of that name, while a
// person's surname ending in "-ers" stays a person's.
func TestResidentsPlural(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Londoners queued for hours to vote on Thursday."},
		not:   []string{"Londoners"},
	}, {
		sents: []string{"Many New Yorkers moved to Kisumu last year."},
		want:  map[string]schema.Class{"Kisumu": schema.Place},
		not:   []string{"New Yorkers", "Yorkers"},
	}, {
		sents: []string{"Anna Sommers said the vote was fair."},
		want:  map[string]schema.Class{"Anna Sommers": schema.Person},
	}})
}

// TestCapitalWelcomes checks a capital that "welcomed" a decision: its state acting, as
// "Moscow says", while a city that welcomed visitors after "visited" stays a place.
func TestCapitalWelcomes(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Nairobi welcomed the ruling on Monday, Bakari Mwinyi said."},
		want:  map[string]schema.Class{"Kenya": schema.Country, "Bakari Mwinyi": schema.Person},
		not:   []string{"Nairobi"},
	}, {
		sents: []string{"Thousands of tourists visited Nairobi, which welcomed them."},
		want:  map[string]schema.Class{"Nairobi": schema.Place},
		not:   []string{"Kenya"},
	}})
}

// TestTitleWordInPartyName checks a word that is also a title ("Justice") among the ideals
// of a party's name joined by "and" ("the Order and Justice Party", "the Justice and
// Renewal Party"): one party, not a "Justice Party" or "Renewal Party" cut from it, while
// "Bakari Mwinyi and Justice Party leaders" keeps the person apart.
func TestTitleWordInPartyName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"On Sunday, Bakari Mwinyi of the conservative Order and Justice Party said the vote was fair."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person, "Order and Justice Party": schema.Organization},
		not:   []string{"Justice Party", "Order"},
	}, {
		sents: []string{"Bakari Mwinyi of the Justice and Renewal Party said the vote was fair."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person, "Justice and Renewal Party": schema.Organization},
		not:   []string{"Renewal Party"},
	}, {
		sents: []string{"Bakari Mwinyi and Justice Party leaders met in Kisumu."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person, "Justice Party": schema.Organization, "Kisumu": schema.Place},
		not:   []string{"Bakari Mwinyi and Justice Party"},
	}, {
		sents: []string{"Tariq Orvel met Bakari Mwinyi and Justice Minister Ana Ruiz in Kisumu."},
		want:  map[string]schema.Class{"Tariq Orvel": schema.Person, "Bakari Mwinyi": schema.Person, "Ana Ruiz": schema.Person},
	}})
}

// TestDestinationWithPersonApposition checks a name after "to" with a person's noun in
// apposition ("the ministry went to Dao Minh Loc, a technocrat"): a person, not a destination,
// while a name after "to" with a place's noun in apposition stays a place, also when a
// person's title comes later in the apposition.
func TestDestinationWithPersonApposition(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The ministry went to Dao Minh Loc, a technocrat from the north."},
		want:  map[string]schema.Class{"Dao Minh Loc": schema.Person},
	}, {
		sents: []string{"The award went to Bakari Mwinyi, a politician from Kisumu."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person},
	}, {
		sents: []string{"Tariq Orvel flew to Tarn Vosk, the city where the minister lives."},
		want:  map[string]schema.Class{"Tariq Orvel": schema.Person, "Tarn Vosk": schema.Place},
	}, {
		sents: []string{"Tariq Orvel flew to Tarn Vosk, a port city of traders."},
		want:  map[string]schema.Class{"Tariq Orvel": schema.Person, "Tarn Vosk": schema.Place},
	}})
}

// TestAcquiredCompany checks a one-word unknown name bought by a company, also after "all
// of" and a country's possessive ("has bought all of Kenya's Velkoran"): a firm, with no
// fact tying it to the country; not the first of two names joined by "and" ("acquired
// Orvan and Tesk"), nor a person's possessive ("bought Bakari Mwinyi's house").
func TestAcquiredCompany(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Novastar Holdings has bought all of Kenya's Velkoran, its chairman said. Velkoran's staff will stay."},
		want:  map[string]schema.Class{"Novastar Holdings": schema.Organization, "Kenya": schema.Country, "Velkoran": schema.Organization},
		wrong: []string{"Velkoran partOf Kenya", "Velkoran locatedIn Kenya"},
	}, {
		sents: []string{"Tariq Orvel acquired Tarnex last year."},
		want:  map[string]schema.Class{"Tariq Orvel": schema.Person, "Tarnex": schema.Organization},
	}, {
		// named in full before, the short form is the same firm, no second one
		sents: []string{"Tarnex Corp said profits rose.", "Novastar acquired all of Tarnex last year."},
		want:  map[string]schema.Class{"Tarnex Corp": schema.Organization},
		not:   []string{"Tarnex"},
	}, {
		sents: []string{"The firm acquired Orvan and Tesk last year."},
		not:   []string{"Orvan"},
	}, {
		sents: []string{"Tariq Orvel bought Bakari Mwinyi's house."},
		want:  map[string]schema.Class{"Tariq Orvel": schema.Person, "Bakari Mwinyi": schema.Person},
	}})
}

// TestDemonymUniversity checks a demonym written before "University" alone ("the Kenyan
// University"): one body's name, its member a member of it, no country and no nationality
// from the demonym, while a demonym before a title ("Kenyan University Minister X") still
// gives the country.
func TestDemonymUniversity(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Kenyan University economist Tariq Orvel expects growth to slow."},
		want:  map[string]schema.Class{"Kenyan University": schema.Organization, "Tariq Orvel": schema.Person},
		not:   []string{"Kenya"},
		facts: []string{"Tariq Orvel memberOf Kenyan University"},
		wrong: []string{"Tariq Orvel nationality Kenya"},
	}, {
		sents: []string{"Tariq Orvel of the Kenyan University expects growth to slow."},
		want:  map[string]schema.Class{"Kenyan University": schema.Organization},
		not:   []string{"Kenya"},
	}, {
		sents: []string{"Tariq Orvel met Kenyan University Minister Ana Ruiz."},
		want:  map[string]schema.Class{"Kenya": schema.Country, "Ana Ruiz": schema.Person},
		not:   []string{"Kenyan University"},
	}})
}

// TestTradeUnionsNotState checks a federation of trade unions named with a demonym ("the
// Kenyan Council of Trade Unions"): no part of the state, while a ministry so named still
// is.
func TestTradeUnionsNotState(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The Kenyan Council of Trade Unions (KCTU) called a general strike."},
		want:  map[string]schema.Class{"Kenyan Council of Trade Unions": schema.Organization},
		wrong: []string{"Kenyan Council of Trade Unions partOf Kenya"},
	}, {
		sents: []string{"Tariq Orvel of the Kenyan Ministry of Labour said wages would rise."},
		facts: []string{"Ministry of Labour of Kenya partOf Kenya", "Tariq Orvel memberOf Ministry of Labour of Kenya"},
	}})
}

// TestShortFirmLinked checks a firm's one-word short form that the document shows to be a
// body ("Tarnex, a biotechnology company") after its full name ("Tarnex Corp"): the same
// firm, no second entity, and the facts of a list of its staff's employers kept.
func TestShortFirmLinked(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Tarnex Corp plans a new plant, a lawyer for Tarnex, a biotechnology company, said.",
			"The plant is a venture of Orvan Inc and the Velka Institute.",
			"Its engineers are Jomo Velkar of Orvan, Tariq Dane of Tarnex and Bakari Mwinyi at the Velka Institute.",
		},
		want:  map[string]schema.Class{"Tarnex Corp": schema.Organization, "Orvan Inc": schema.Organization, "Jomo Velkar": schema.Person},
		not:   []string{"Tarnex", "Orvan"},
		facts: []string{"Jomo Velkar memberOf Orvan Inc"},
		wrong: []string{"Jomo Velkar memberOf Tarnex Corp", "Tariq Dane memberOf Orvan Inc"},
	}})
}
