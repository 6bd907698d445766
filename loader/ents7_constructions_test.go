package loader

// Names and classes (issue 11, item 1), each construction tried on sentences of our own:
// the title of a work that the document marks as one somewhere ("the show X", "the X
// movie", "X actress Y", "Y's The X") is no person wherever it stands, and a name that
// starts with another language's definite article ("La", "Der", "El") is no untitled
// person's pair, though a surname with a particle after its full name stays a person's.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestWorkTitleInDocument checks the cues that mark a name as a work's title in one
// sentence and keep it from being a person in another.
func TestWorkTitleInDocument(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Ticket sales for Marvo Tenzik fell in Kisumu.", "The show Marvo Tenzik returns in May."},
		want:  map[string]schema.Class{"Kisumu": schema.Place},
		not:   []string{"Marvo Tenzik", "Tenzik"},
	}, {
		sents: []string{"Bakari Mwinyi wrote the music for the Korvan Belisk movie.", "Korvan Belisk opened in Kisumu."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person},
		not:   []string{"Korvan Belisk"},
	}, {
		sents: []string{"The panel included Korvan Belisk actress Amara Odhiambo."},
		want:  map[string]schema.Class{"Amara Odhiambo": schema.Person},
		not:   []string{"Korvan Belisk"},
	}, {
		sents: []string{"She will star in Bakari Mwinyi's The Tamsu Vortel next year."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person},
		not:   []string{"Tamsu Vortel", "The Tamsu Vortel"},
	}, {
		sents: []string{"TV shows such as Dravik Solenne have been remade."},
		not:   []string{"Dravik Solenne"},
	}, {
		// A given name keeps a person: a character or a film named after one is no cue.
		sents: []string{"The film Amara Odhiambo told of a nurse.", "Amara Odhiambo said the film was fair."},
		want:  map[string]schema.Class{"Amara Odhiambo": schema.Person},
	}, {
		// A body's head word keeps a body: "the Velka Broadcasting Corporation film".
		sents: []string{"The Velka Broadcasting Corporation film opened in Kisumu."},
		want:  map[string]schema.Class{"Velka Broadcasting Corporation": schema.Organization},
	}})
}

// TestForeignArticleNoPerson checks names that start with another language's article.
func TestForeignArticleNoPerson(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The season opened with Tamsu's Madame Orvel, followed by La Vorenza and Il Castrone."},
		not:   []string{"La Vorenza", "Il Castrone"},
	}, {
		sents: []string{"Der Velkanspiegel reported that sales fell."},
		not:   []string{"Der Velkanspiegel"},
	}, {
		sents: []string{"Farmers in La Tivora province protested on Monday."},
		want:  map[string]schema.Class{"La Tivora": schema.Place},
	}, {
		// A surname with a particle, after the full name, stays the person's.
		sents: []string{"Sabine Le Vostel won the vote in Kisumu.", "Le Vostel said the result was fair."},
		want:  map[string]schema.Class{"Sabine Le Vostel": schema.Person},
		not:   []string{"Le Vostel"},
	}})
}

// TestPersonAfterPrefix checks a person's name read from its given name when a title's
// last word, or a verb's form opening the sentence, stands before it in one capitalised
// run, and that a rare first word before a given name stays part of the name.
func TestPersonAfterPrefix(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Group Chief Executive John Mwinyi told a news conference that profits rose."},
		want:  map[string]schema.Class{"John Mwinyi": schema.Person},
		not:   []string{"Executive John Mwinyi", "Chief Executive John Mwinyi"},
	}, {
		sents: []string{"The suspect was named by Kisumu County Attorney John Mwinyi on Saturday."},
		want:  map[string]schema.Class{"John Mwinyi": schema.Person},
		not:   []string{"County Attorney John Mwinyi", "Kisumu County Attorney John Mwinyi"},
	}, {
		sents: []string{"Featuring John Mwinyi and Amara Odhiambo, the song was recorded in Kisumu."},
		want:  map[string]schema.Class{"John Mwinyi": schema.Person, "Amara Odhiambo": schema.Person, "Kisumu": schema.Place},
		not:   []string{"Featuring John Mwinyi"},
	}, {
		// A rare first word before a given name is a name's: "Justo Marin X", "Jo Anne X".
		sents: []string{"Tavito Anne Odhiambo said the talks had failed."},
		want:  map[string]schema.Class{"Tavito Anne Odhiambo": schema.Person},
		not:   []string{"Anne Odhiambo"},
	}, {
		sents: []string{"Mohammed Ali Tamsu said the talks had failed."},
		want:  map[string]schema.Class{"Mohammed Ali Tamsu": schema.Person},
		not:   []string{"Ali Tamsu"},
	}})
}

// TestCompanyCues checks a firm's rank in its market, which is no person's title, and a
// company's noun before a name or in apposition with it.
func TestCompanyCues(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Half of the rival brewer was bought by market leader Tarvocorp in Kisumu."},
		want:  map[string]schema.Class{"Kisumu": schema.Place},
		not:   []string{"Tarvocorp"},
	}, {
		// A leader before a name is still a person's title.
		sents: []string{"Opposition leader Oriel Tamsu said the vote was rigged."},
		want:  map[string]schema.Class{"Oriel Tamsu": schema.Person},
	}, {
		sents: []string{"Three executives of the state-owned airline, Aer Vantis, are set to leave."},
		want:  map[string]schema.Class{"Aer Vantis": schema.Organization},
	}, {
		sents: []string{"The carmaker Velor Danic said sales rose in Kisumu."},
		want:  map[string]schema.Class{"Velor Danic": schema.Organization, "Kisumu": schema.Place},
	}, {
		// A person's given name keeps a person: "the airline, John Mwinyi said, ...".
		sents: []string{"It joined the airline, John Mwinyi said."},
		want:  map[string]schema.Class{"John Mwinyi": schema.Person},
	}})
}

// TestNameBoundaries checks names cut short or run on: an elided particle after a person's
// name, a company whose name starts with a title's word before "and", and a firm named by
// its partners with its legal form.
func TestNameBoundaries(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Former president Valery Tamsu d'Orvel said the treaty was fair."},
		want:  map[string]schema.Class{"Valery Tamsu d'Orvel": schema.Person},
		not:   []string{"Valery Tamsu"},
	}, {
		// No given name: a place's name keeps its own shape.
		sents: []string{"Tourists crowded the Cote d'Orvel beaches in August."},
		not:   []string{"Cote d'Orvel"},
	}, {
		sents: []string{"Kenya's Oil and Mineral Gas Corporation said output rose."},
		want:  map[string]schema.Class{"Oil and Mineral Gas Corporation": schema.Organization, "Kenya": schema.Country},
		not:   []string{"Mineral Gas Corporation"},
	}, {
		sents: []string{"The deal was arranged by Kestrel Vantis, Pierce, Fenner and Smith Inc, the broker said."},
		want:  map[string]schema.Class{"Kestrel Vantis, Pierce, Fenner and Smith Inc": schema.Organization},
		not:   []string{"Kestrel Vantis", "Fenner and Smith Inc", "Pierce"},
	}, {
		// Without a legal form, a list of names stays a list.
		sents: []string{"The deal was backed by John Mwinyi, Amara Odhiambo and Oriel Tamsu."},
		want:  map[string]schema.Class{"John Mwinyi": schema.Person, "Amara Odhiambo": schema.Person},
	}})
}

// TestOutletBeforeJournalist checks an outlet's name before the noun of its journalist.
func TestOutletBeforeJournalist(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"He accused a Velka Courier journalist of lying."},
		want:  map[string]schema.Class{"Velka Courier": schema.Organization},
	}, {
		sents: []string{"A Tarvo Gazette reporter asked John Mwinyi about the vote."},
		want:  map[string]schema.Class{"Tarvo Gazette": schema.Organization, "John Mwinyi": schema.Person},
		not:   []string{"Tarvo Gazette reporter"},
	}, {
		// A field before the noun is no outlet: "a Home Affairs reporter".
		sents: []string{"A Home Affairs reporter asked John Mwinyi about the vote."},
		want:  map[string]schema.Class{"John Mwinyi": schema.Person},
		not:   []string{"Home Affairs"},
	}})
}

// TestProductNames checks that a name ending in a kind of goods is no person and no body,
// and that a body named for its goods keeps its head word.
func TestProductNames(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Its best sellers include Tarvo Royal Scotch and the Velka Convertible."},
		not:   []string{"Tarvo Royal Scotch", "Velka Convertible"},
	}, {
		sents: []string{"The Kisumu Whisky Association said exports rose."},
		want:  map[string]schema.Class{"Kisumu Whisky Association": schema.Organization},
	}})
}

// TestAwardsNoEntity checks that a ceremony named in the plural ("the X Awards") is an
// event like "the X Award", no person and no body, while its organiser stays a body.
func TestAwardsNoEntity(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"She won twice at the Velka Awards in Kisumu."},
		want:  map[string]schema.Class{"Kisumu": schema.Place},
		not:   []string{"Velka Awards"},
	}, {
		sents: []string{"The Tarvo Prizes were handed out by the Velka Foundation."},
		want:  map[string]schema.Class{"Velka Foundation": schema.Organization},
		not:   []string{"Tarvo Prizes"},
	}})
}

// TestFamilyNamedBodies checks names ending in "Brothers": a firm after "at", a band or a
// family elsewhere, never a person or a place.
func TestFamilyNamedBodies(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The costs will rise, said analyst Amara Odhiambo at Tarvik Brothers."},
		want:  map[string]schema.Class{"Amara Odhiambo": schema.Person, "Tarvik Brothers": schema.Organization},
	}, {
		sents: []string{"He also managed John Mwinyi and the Vessler Brothers in Kisumu."},
		want:  map[string]schema.Class{"John Mwinyi": schema.Person, "Kisumu": schema.Place},
		not:   []string{"Vessler Brothers"},
	}})
}

// TestCompanyNounOpensSentence checks a company's noun that opens the sentence before
// the company's name ("Bookmaker X said"): no part of the name, and the name a company's.
func TestCompanyNounOpensSentence(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Bookmaker Tarvocorp said it would continue to accept bets."},
		want:  map[string]schema.Class{"Tarvocorp": schema.Organization},
		not:   []string{"Bookmaker Tarvocorp"},
	}, {
		sents: []string{"Carmaker Velor Danic said sales rose in Kisumu."},
		want:  map[string]schema.Class{"Velor Danic": schema.Organization, "Kisumu": schema.Place},
		not:   []string{"Carmaker Velor Danic"},
	}, {
		// A given name after the noun keeps its person, not a company's class.
		sents: []string{"Airline boss John Mwinyi said the vote was rigged."},
		want:  map[string]schema.Class{"John Mwinyi": schema.Person},
		not:   []string{"Airline John Mwinyi", "Airline"},
	}})
}

// TestGenreAndHonorific checks a genre that opens the sentence before a work's title, and
// the Spanish honorific "Monseñor" before a cleric's name.
func TestGenreAndHonorific(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Comedy Velka Nights Out held on to the top spot in Kisumu."},
		want:  map[string]schema.Class{"Kisumu": schema.Place},
		not:   []string{"Comedy Velka Nights Out", "Velka Nights Out"},
	}, {
		sents: []string{"The plan was criticised by archbishop Monseñor John Mwinyi on Sunday."},
		want:  map[string]schema.Class{"John Mwinyi": schema.Person},
		not:   []string{"Monseñor John Mwinyi", "Monsenor John Mwinyi"},
	}})
}

// TestPlaceFirstWords checks the Portuguese "São" and the Gaelic "Loch" and "Lough", which
// begin places' names and no person's.
func TestPlaceFirstWords(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The band played on the banks of Loch Tarvane four days later."},
		want:  map[string]schema.Class{"Loch Tarvane": schema.Place},
	}, {
		sents: []string{"Our next gig is in Rio, and then Sao Velkano."},
		want:  map[string]schema.Class{"Sao Velkano": schema.Place},
	}, {
		sents: []string{"Fishing on Lough Tarvane was banned, John Mwinyi said."},
		want:  map[string]schema.Class{"Lough Tarvane": schema.Place, "John Mwinyi": schema.Person},
	}})
}
