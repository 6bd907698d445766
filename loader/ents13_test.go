package loader

// Entity recall and typing on unseen news (branch ents13), each construction tried on
// sentences of our own.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestShortTitleCaseLexiconName checks that a lexicon name of three letters that the table
// writes in title case itself is read in title case ("Goa"), while a short alias written
// in capitals in the table still needs capitals ("US", not "us").
func TestShortTitleCaseLexiconName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Tomas Varga, a former minister of the state of Goa, India, died on Thursday."},
		want:  map[string]schema.Class{"Goa": schema.Place, "India": schema.Country, "Tomas Varga": schema.Person},
		facts: []string{"Goa locatedIn India"},
	}, {
		sents: []string{"Goa's government announced three days of mourning for Tomas Varga."},
		want:  map[string]schema.Class{"Goa": schema.Place},
	}, {
		sents: []string{"Let us hope, Tomas Varga said in Kisumu."},
		not:   []string{"United States"},
	}})
}

// TestPartyAfterPlacePreposition checks that a party's word after a preposition of place
// is the party, no destination ("defected to Labour"), and that a street named with the
// word stays a place.
func TestPartyAfterPlacePreposition(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The Tory leader shrugged off the defection of Tomas Varga to Labour on Saturday."},
		want:  map[string]schema.Class{"Labour Party": schema.Organization, "Tomas Varga": schema.Person},
		not:   []string{"Labour"},
	}, {
		sents: []string{"Tory MP Tomas Varga lives in Labour Street."},
		want:  map[string]schema.Class{"Labour Street": schema.Place},
	}})
}

// TestTitleBeforeBodyAndInnerTitle checks that a title before a body's name and a second
// title ("Deputy High Court Judge X") gives the body and the person, not one body named
// with the person.
func TestTitleBeforeBodyAndInnerTitle(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Deputy High Court Judge Tomas Varga told the hearing the case was serious."},
		want:  map[string]schema.Class{"Tomas Varga": schema.Person, "High Court": schema.Organization},
		not:   []string{"High Court Judge Tomas Varga"},
	}, {
		sents: []string{"Acting Velka Water Authority Director Tomas Varga said the dam was safe."},
		want:  map[string]schema.Class{"Tomas Varga": schema.Person, "Velka Water Authority": schema.Organization},
		facts: []string{"Tomas Varga leads Velka Water Authority"},
	}})
}

// TestFormerPrefixNoPartOfName checks that "Ex-" joined to a name by a hyphen is no part
// of it ("Ex-Downing Street adviser X").
func TestFormerPrefixNoPartOfName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Ex-Downing Street adviser Tomas Varga will return to the campaign."},
		want:  map[string]schema.Class{"Downing Street": schema.Place, "Tomas Varga": schema.Person},
		not:   []string{"Ex-Downing Street"},
	}})
}

// TestBodyNamedAfterPlaceAndRegion checks that "the P and Q Institute" after a known place
// P is one body, and that two places joined by "and" without a body's head stay two.
func TestBodyNamedAfterPlaceAndRegion(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Judge Anna Korvel told the hearing at the Birmingham and Velkshire Institute that the case was serious."},
		want:  map[string]schema.Class{"Birmingham and Velkshire Institute": schema.Organization, "Anna Korvel": schema.Person},
		not:   []string{"Velkshire Institute"},
	}, {
		sents: []string{"Tomas Varga flew between Birmingham and Manchester on Monday."},
		want:  map[string]schema.Class{"Birmingham": schema.Place, "Manchester": schema.Place},
	}})
}

// TestCommunityAndTribeBodies checks that a name opening with a place's first word and
// ending in "Community" is a body ("the Fort Velka Indian Community"), and that "Tribe"
// ends a body's name.
func TestCommunityAndTribeBodies(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The suit was filed by the Fort Orvane Indian Community and the Kelto Tribe on Monday."},
		want:  map[string]schema.Class{"Fort Orvane Indian Community": schema.Organization, "Kelto Tribe": schema.Organization},
	}, {
		sents: []string{"Tomas Varga grew up in Fort Orvane."},
		want:  map[string]schema.Class{"Fort Orvane": schema.Place},
	}})
}

// TestGivenNameThenReligionSurname checks that a given name before a word that names no
// entity alone ("Islam", "West") is a person's full name.
func TestGivenNameThenReligionSurname(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The case against Tomas Varga, Mohammed Islam and Anna Korvel continues."},
		want:  map[string]schema.Class{"Mohammed Islam": schema.Person, "Tomas Varga": schema.Person},
	}, {
		sents: []string{"Scholars of Sunni Islam met in Kisumu on Monday."},
		not:   []string{"Sunni Islam"},
	}})
}

// TestLawAcronymNoBody checks that an acronym the document defines for a law's name
// ("the Ballot Access Act (BAA)") is no organisation, while a body's acronym is one.
func TestLawAcronymNoBody(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Groups sued Velkonia over its Ballot Access Act (BAA), saying BAA would stop people voting."},
		not:   []string{"BAA", "Ballot Access Act"},
	}, {
		sents: []string{"The Velka Action Front (VAF) said VAF would keep fighting."},
		want:  map[string]schema.Class{"Velka Action Front": schema.Organization},
	}})
}

// TestWardIsPlace checks that an electoral ward's name before "ward" is a place.
func TestWardIsPlace(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The councillors, elected to the Orvane ward, deny the charges, as do three in the Kelto Green ward."},
		want:  map[string]schema.Class{"Orvane": schema.Place, "Kelto Green": schema.Place},
	}})
}

// TestRelativeNamedByGivenName checks that a given name alone after a relative's noun is
// a person ("his wife, Marta,", "his children Elena and Anna", "the couple's fourth child,
// Leo,"), and that a known place's name there stays the place.
func TestRelativeNamedByGivenName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Tomas Varga is survived by his wife, Marta, and his children Elena and Anna."},
		want:  map[string]schema.Class{"Marta": schema.Person, "Elena": schema.Person, "Anna": schema.Person, "Tomas Varga": schema.Person},
	}, {
		sents: []string{"The birth of the couple's fourth child, Leo, was a first for a serving minister."},
		want:  map[string]schema.Class{"Leo": schema.Person},
	}, {
		sents: []string{"Leo said the budget was fair."},
		not:   []string{"Leo"},
	}})
}

// TestPollsterBeforeSurvey checks that an unknown single name between "the" and "survey"
// is a pollster, while a known place there stays the place.
func TestPollsterBeforeSurvey(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Labour will win a majority of 160, the Velkpoll survey suggests."},
		want:  map[string]schema.Class{"Velkpoll": schema.Organization},
	}, {
		sents: []string{"The Kisumu survey of households found that poverty fell."},
		want:  map[string]schema.Class{"Kisumu": schema.Place},
	}})
}
