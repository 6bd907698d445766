package loader

// Names and classes (issue 11, item 1), each construction tried on sentences of our own:
// a two-word name the document elsewhere marks as a body (a company suffix after a
// bracketed holding word or "and Co", a ticker or wire copy's angle brackets) is a body
// wherever it stands, while a person whose surname looks like a company word stays a
// person.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestBodyByDocumentSuffix checks company evidence from elsewhere in the document.
func TestBodyByDocumentSuffix(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The bank named Tamsu Orvel and Co Inc as lead agent.", "Tamsu Orvel will sell the notes in Kisumu."},
		want:  map[string]schema.Class{"Tamsu Orvel": schema.Organization, "Kisumu": schema.Place},
		not:   []string{"Orvel"},
	}, {
		sents: []string{"A 20 pct stake is held by Korvan Belisk (Holdings) Ltd.", "Korvan Belisk declined to comment."},
		want:  map[string]schema.Class{"Korvan Belisk": schema.Organization},
		not:   []string{"Belisk"},
	}, {
		sents: []string{"Life company <Dravik Solenne> had a small effect in 1986.", "Dravik Solenne grew fast."},
		want:  map[string]schema.Class{"Dravik Solenne": schema.Organization},
		not:   []string{"Solenne"},
	}, {
		sents: []string{"Marvo Tenzik <MTZK> said net profit rose.", "Marvo Tenzik expects more growth."},
		want:  map[string]schema.Class{"Marvo Tenzik": schema.Organization},
		not:   []string{"Tenzik"},
	}, {
		// A person whose surname is a company word stays a person.
		sents: []string{"Bakari Banks said he would resign in Kisumu.", "Mr Banks was the mayor of Velka Group."},
		want:  map[string]schema.Class{"Bakari Banks": schema.Person, "Kisumu": schema.Place},
	}, {
		// A person before an angle-bracketed company is no company.
		sents: []string{"Amara Odhiambo, chairman of <Velka Orsk Corp>, said sales rose."},
		want:  map[string]schema.Class{"Amara Odhiambo": schema.Person, "Velka Orsk Corp": schema.Organization},
	}})
}

// TestOpeningWordNotName checks a sentence-initial adverb or quotation verb glued to the
// name after it: no part of the name.
func TestOpeningWordNotName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Longtime Velka Radio host Bakari Mwinyi died in Kisumu."},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person, "Kisumu": schema.Place},
		not:   []string{"Longtime Velka Radio", "Longtime Velka", "Longtime"},
	}, {
		sents: []string{"Remarked Tamsu Institute for Coastal Studies scientist Amara Odhiambo, \"It is over.\""},
		want:  map[string]schema.Class{"Amara Odhiambo": schema.Person, "Tamsu Institute for Coastal Studies": schema.Organization},
		not:   []string{"Remarked Tamsu Institute for Coastal Studies", "Remarked"},
	}})
}

// TestLegislatureBeforeMember checks a legislature's bare name written straight before a
// member's name: two entities, not one, while a committee of the chamber stays one body.
func TestLegislatureBeforeMember(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The letter was signed by members of the House of Representatives Darin Odhiambo and Mike Tenzik."},
		want:  map[string]schema.Class{"Darin Odhiambo": schema.Person, "Mike Tenzik": schema.Person},
		not:   []string{"House of Representatives Darin Odhiambo"},
	}, {
		sents: []string{"The House of Representatives Velka Affairs Committee met in Kisumu."},
		want:  map[string]schema.Class{"Kisumu": schema.Place},
		not:   []string{"Velka Affairs", "House of Representatives Velka Affairs"},
	}})
}

// TestBandStarAndSharesList checks two body cues: a plural name before "star" and a
// name ("Velka Mondays star Bakari") and every name of a list after "shares in".
func TestBandStarAndSharesList(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The show ends on Sunday, with Velka Mondays star Bakari, actress Amara Odhiambo and others."},
		want:  map[string]schema.Class{"Velka Mondays": schema.Organization, "Amara Odhiambo": schema.Person},
		not:   []string{"Mondays"},
	}, {
		sents: []string{"Shares in Kisumu bus operators Velka Lines International, Orsk Group and Stanley Tamsu fell sharply.", "Stanley Tamsu had hoped for more."},
		want:  map[string]schema.Class{"Velka Lines International": schema.Organization, "Orsk Group": schema.Organization, "Stanley Tamsu": schema.Organization},
		not:   []string{"Tamsu"},
	}, {
		// A person named after a list of companies, not in it, stays a person.
		sents: []string{"Shares in Velka Lines and Orsk Group fell, Stanley Tamsu said on Monday.", "Mr Tamsu is an analyst."},
		want:  map[string]schema.Class{"Stanley Tamsu": schema.Person},
	}, {
		// A person's given name before "star" keeps the person.
		sents: []string{"Amara Odhiambo stars in the film.", "The film's star Amara Odhiambo said she was happy."},
		want:  map[string]schema.Class{"Amara Odhiambo": schema.Person},
	}})
}

// TestSpokesmanApposition checks ", X health spokesman said" after a person: X is a body.
func TestSpokesmanApposition(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Bakari Mwinyi, Velka Tamsu health spokesman said: \"It is too late.\""},
		want:  map[string]schema.Class{"Bakari Mwinyi": schema.Person, "Velka Tamsu": schema.Organization},
		not:   []string{"Tamsu"},
	}, {
		// With no comma before it, a person's name before a lower-case noun stays a person.
		sents: []string{"Amara Odhiambo health spokesman said nothing.", "Ms Odhiambo left."},
		want:  map[string]schema.Class{"Amara Odhiambo": schema.Person},
	}})
}

// TestPlaceBeforePerson checks a place the document writes "in X, Y" and then straight
// before a person's name ("Mayor of X Ana Ruiz"): the place is no part of the name.
func TestPlaceBeforePerson(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Five girls died at a party in Vorsztyn, North Kenya.", "Mayor of Vorsztyn Piotr Mwinyi has declared a day of mourning."},
		want:  map[string]schema.Class{"Piotr Mwinyi": schema.Person},
		not:   []string{"Vorsztyn Piotr Mwinyi"},
	}, {
		// With no such place evidence, a first name inside is not enough to split.
		sents: []string{"Mayor of Vorsztyn Piotr Mwinyi has declared a day of mourning."},
		not:   []string{"Piotr"},
	}})
}

// TestSubsidiaryAndShortName checks a name before "subsidiary" or "shareholders" and a
// two-word short name in brackets after a corporation's: bodies, not persons.
func TestSubsidiaryAndShortName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The group will stop making engines for its Velka Romi subsidiary.", "Velka Romi sales fell."},
		want:  map[string]schema.Class{"Velka Romi": schema.Organization},
		not:   []string{"Romi"},
	}, {
		sents: []string{"The Velka Home Loan Corporation (Freddie Orsk) sold bonds, sources said.", "Freddie Orsk plans more."},
		want:  map[string]schema.Class{"Freddie Orsk": schema.Organization},
		not:   []string{"Orsk"},
	}, {
		// A person in brackets after a person stays a person.
		sents: []string{"The poet Amara Odhiambo (Freddie Orsk) read in Kisumu.", "Freddie Orsk said he was glad."},
		want:  map[string]schema.Class{"Freddie Orsk": schema.Person},
	}})
}

// TestDealPartnerBody checks the partner of a deal only a company makes ("a takeover by
// X", "a merger with X"): a body wherever the document names it.
func TestDealPartnerBody(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Shares rose on talk of a takeover by Velka Orsk.", "Velka Orsk declined to comment."},
		want:  map[string]schema.Class{"Velka Orsk": schema.Organization},
		not:   []string{"Orsk"},
	}, {
		sents: []string{"The bank agreed a merger with Tamsu Rendel last year."},
		want:  map[string]schema.Class{"Tamsu Rendel": schema.Organization},
	}, {
		// A person who comments on a takeover stays a person.
		sents: []string{"The takeover was backed by Amara Odhiambo, who said she was pleased."},
		want:  map[string]schema.Class{"Amara Odhiambo": schema.Person},
	}})
}
