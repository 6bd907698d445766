package loader

// Names on unlabelled news (branch ents3), each construction tried on sentences of our
// own: a body's name that its acronym delimits, a body's fields joined by "and" before
// its head word.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestAcronymDelimitsName checks that a body's name with "and", "of" and commas inside
// it is one name up to its acronym in parentheses, also when the acronym is written in
// mixed case, and that no piece of it is an entity of its own.
func TestAcronymDelimitsName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"The Norvik Institute of Geology and Hydrology (NIGH) said the quake was shallow.",
			"Officials of the Corvan Agency for Roads, Bridges and Tunnels (CARBT) closed the road.",
			"The Talvanian Institute of Glaciology and Hydrology (Tigeohy) recorded the tremor.",
		},
		want: map[string]schema.Class{
			"Norvik Institute of Geology and Hydrology":       schema.Organization,
			"Corvan Agency for Roads, Bridges and Tunnels":    schema.Organization,
			"Talvanian Institute of Glaciology and Hydrology": schema.Organization,
		},
		not: []string{"Norvik Institute of Geology", "Corvan Agency for Roads", "Bridges", "Hydrology", "Tigeohy", "Talvanian Institute of Glaciology"},
	}, {
		// Two bodies joined by "and" whose initials spell no acronym stay two.
		sents: []string{"The Kelmar Trust and Dovan Relief Fund (DRF) sent food to Orlav.", "It lent money to Kovar Bank, Tarnby (KBT), on Monday."},
		want:  map[string]schema.Class{"Kelmar Trust": schema.Organization, "Dovan Relief Fund": schema.Organization},
		not:   []string{"Kelmar Trust and Dovan Relief Fund", "Kovar Bank, Tarnby"},
	}})
}

// TestFieldsJoinedBeforeHead checks that a body whose fields are joined by "and" before
// its head word or legal form ("Savings and Loan League") is one name, also after the
// place it is named for, while two names joined by "and" stay two.
func TestFieldsJoinedBeforeHead(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"The Zorvatt Savings and Loan League said its members were safe.",
			"The claim was backed by the Ohio Savings and Loan League on Monday.",
			"The Kelby Savings and Loan Insurance Corp said its fund was in deficit.",
		},
		want: map[string]schema.Class{
			"Zorvatt Savings and Loan League":       schema.Organization,
			"Ohio Savings and Loan League":          schema.Organization,
			"Kelby Savings and Loan Insurance Corp": schema.Organization,
		},
		not: []string{"Zorvatt Savings", "Loan League", "Loan Insurance Corp", "Kelby Savings"},
	}, {
		sents: []string{"Police in Dallas and Houston Police Department officers met on Friday."},
		want:  map[string]schema.Class{"Dallas": schema.Place, "Houston Police Department": schema.Organization},
		not:   []string{"Dallas and Houston Police Department"},
	}})
}

// TestPeerageTitleIsPerson checks that a royal or noble title "of" a place is one
// person's name, with no place in the sentence and no surname taken from the place, while
// a theatre named after the title and the place of a visit stay places.
func TestPeerageTitleIsPerson(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"The Prince of Wales visited Leeds on Tuesday.",
			"HRH Duchess of Kelmoor later met nurses, and the Duke of Edinburgh toured a farm.",
			"Wales beat Ireland on Saturday.",
		},
		want:  map[string]schema.Class{"Prince of Wales": schema.Person, "Duchess of Kelmoor": schema.Person, "Duke of Edinburgh": schema.Person, "Leeds": schema.Place},
		not:   []string{"Kelmoor", "Edinburgh"},
		facts: []string{"Prince of Wales visited Leeds"},
		wrong: []string{"Prince of Wales visited Wales", "Duke of Edinburgh visited Edinburgh"},
	}, {
		sents: []string{"She starred at the Princess of Wales Theatre in Toronto.", "He played Prince of Tarvos on his phone."},
		want:  map[string]schema.Class{"Toronto": schema.Place},
		not:   []string{"Princess of Wales", "Prince of Tarvos"},
	}})
}

// TestCountryTeamNamesNoCountry checks that a country's or city's name before "side",
// "team" or "squad" names a sports team: no country acting, no place visited.
func TestCountryTeamNamesNoCountry(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Tomas Ruell returned to the England side after an injury.",
			"Ida Marsh said the Brazil team would arrive in Lisbon on Monday.",
			"The Oslo squad trained at home.",
		},
		want:  map[string]schema.Class{"Tomas Ruell": schema.Person, "Ida Marsh": schema.Person, "Lisbon": schema.Place},
		not:   []string{"England", "Brazil", "Oslo"},
		wrong: []string{"Tomas Ruell visited England", "Ida Marsh nationality Brazil"},
	}})
}

// TestBareLegislature checks that "Congress", "the Senate" and "the House" are the
// country's legislature in a story of the United States (named, or only by its places), and
// no body in a story of another country, before a noun they modify, or in a longer name.
func TestBareLegislature(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Governor Lena Tarvik of Ohio urged Congress to pass the farm bill.",
			"The Senate voted 52-48 on Thursday, and the House will take up the measure next week.",
			"Carl Ostrow, the Speaker of the House, said the vote was close.",
		},
		want:  map[string]schema.Class{"United States Congress": schema.Organization, "United States Senate": schema.Organization, "United States House of Representatives": schema.Organization},
		facts: []string{"Carl Ostrow leads United States House of Representatives"},
	}, {
		sents: []string{
			"The United States is close to its debt limit, American officials said.",
			"Treasury Secretary Dan Poller urged Congress to raise the debt ceiling.",
			"The United States has never defaulted on its debt.",
			"Rep. Mia Koster, chairman of the House agriculture subcommittee, and Sen. Paul Radd of the Senate Banking Committee met.",
		},
		want:  map[string]schema.Class{"United States Congress": schema.Organization, "Senate Banking Committee": schema.Organization},
		not:   []string{"United States House of Representatives", "United States Senate"},
		facts: []string{"Dan Poller memberOf United States"},
		wrong: []string{"Mia Koster leads United States House of Representatives"},
	}, {
		sents: []string{
			"In Manila, the Senate voted to extend the Philippines' martial law in Mindanao.",
			"The Philippines and Japan signed a deal, and Congress in Manila approved it.",
			"He starred in Man of the House, set in Ohio.",
		},
		not: []string{"United States Senate", "United States Congress", "United States House of Representatives"},
	}})
}

// TestPeerKeepsOwnName checks that a surname written alone after a peer's title takes no
// given name from a person of the other gender ("Baroness Kell" is not "Gary Kell"), that a
// peer with no full name in the document is named with the title (so that no other
// document's full name joins it), and that a peer of the same gender as the one full name
// of that surname is still that person.
func TestPeerKeepsOwnName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Gary Kell, a local councillor, opened the debate in Leeds.",
			"Baroness Kell, a former minister, said the plan was flawed.",
		},
		want: map[string]schema.Class{"Gary Kell": schema.Person, "Baroness Kell": schema.Person},
	}, {
		sents: []string{"Baroness Tavish said the bill was flawed.", "Lady Tavish, a former judge, spoke for an hour.", "Lord Orrin and Lady Orrin arrived late."},
		want:  map[string]schema.Class{"Baroness Tavish": schema.Person, "Lord Orrin": schema.Person, "Lady Orrin": schema.Person},
		not:   []string{"Tavish", "Lady Tavish", "Orrin"},
	}, {
		sents: []string{"Former prime minister Dennis Marlow died on Sunday.", "Lord Marlow led the party for ten years."},
		want:  map[string]schema.Class{"Dennis Marlow": schema.Person},
		not:   []string{"Lord Marlow", "Marlow"},
	}})
}

// TestPlaceNameAfterTitleIsPerson checks that a place's or country's name written right
// after a capitalised person's title is a surname ("Mr Houston", "Dr Jordan"), while a
// common noun before it ("Opec member Algeria", "a major US party") and the place of a
// visit leave it a place or country.
func TestPlaceNameAfterTitleIsPerson(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Ellis Houston was suspended by the party.",
			"Officials said Mr Houston knew nothing of the plan.",
			"Dr Jordan told reporters in Amman that the clinic would close.",
		},
		want: map[string]schema.Class{"Ellis Houston": schema.Person, "Jordan": schema.Person, "Amman": schema.Place},
		not:  []string{"Houston"},
	}, {
		sents: []string{"The energy minister of Opec member Algeria spoke on Monday.", "She leads a major US political party."},
		want:  map[string]schema.Class{"Algeria": schema.Country, "United States": schema.Country},
	}})
}

// TestPlaceShapes checks place names that look like persons' or are cut short: a
// geological or built head ("the Kelvar Fault", "Orsa Mall"), a name before "power plant"
// or "rock formation", a Spanish direction after a known place ("Davao del Sur"), and a
// place named after a title-holder ("General Kelvar City"), while a general's name stays a
// person's.
func TestPlaceShapes(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Scientists said the Tavira Fault makes the region active.",
			"The Punta Orrel rock formation collapsed, and the Costa Brelo power plant at Lisbon shut.",
			"The quake hit Davao del Sur and Davao Oriental on Monday.",
			"Schools in General Kelvar City closed, General Tomas Ruell said.",
		},
		want: map[string]schema.Class{
			"Tavira Fault": schema.Place, "Punta Orrel": schema.Place, "Costa Brelo": schema.Place,
			"Davao del Sur": schema.Place, "Davao Oriental": schema.Place, "General Kelvar City": schema.Place,
			"Tomas Ruell": schema.Person,
		},
		not: []string{"del Sur", "Kelvar City", "Davao"},
	}})
}

// TestOutletByVerb checks that an unknown single word before "reported" or "quoted" is an
// outlet, but the surname of a person named before stays the person's, and a plural, an
// adverb or the tail of a longer name is no outlet of its own.
func TestOutletByVerb(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Vexlar reported that the mayor had resigned.",
			"On Monday, Orbisnet quoted an aide as saying the plan had failed.",
			"Marta Quell visited the port. Quell reported that the roads were closed.",
			"Residents reported damage, and Publicly quoted figures were low.",
		},
		want: map[string]schema.Class{"Vexlar": schema.Organization, "Orbisnet": schema.Organization, "Marta Quell": schema.Person},
		not:  []string{"Quell", "Residents", "Publicly"},
	}})
}

// TestNounsAroundName checks class evidence from the nouns around a name: a body's head
// word alone before "newspaper" is the outlet ("the Herald newspaper"), an adjective
// before "party" and a name is no body ("Eurosceptic party X"), while "the X group" stays a
// body; names after "the boroughs of" are places.
func TestNounsAroundName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"He told the Courier newspaper that he was sorry.",
			"Eurosceptic party Velmar Union suspended him, and the Orvik group said it was ready.",
			"Groups include the boroughs of Tarnby and Kelso.",
			"Ann Vell, leader of Devon county Labour group, spoke.",
		},
		want: map[string]schema.Class{"Courier": schema.Organization, "Velmar Union": schema.Organization, "Orvik": schema.Organization, "Tarnby": schema.Place, "Kelso": schema.Place, "Labour": schema.Organization, "Devon": schema.Place},
		not:  []string{"Eurosceptic"},
	}})
}

// TestSurnameOfSeveralWords checks that the last words of a person's full name written
// alone are that person ("St Germain" after "Fernand St Germain", "Houston" after "John
// Houston"), while the place after a preposition stays a place, and a capitalised verb
// that is also a given name gives no surname ("Said Wales coach X").
func TestSurnameOfSeveralWords(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Peter St Aubyn called for caution.",
			"\"We cannot wait,\" St Aubyn said at the hearing.",
			"Ellis Houston was suspended. Houston said he was sorry, and he flew to Houston on Monday.",
		},
		want: map[string]schema.Class{"Peter St Aubyn": schema.Person, "Ellis Houston": schema.Person, "Houston": schema.Place},
		not:  []string{"St Aubyn"},
	}, {
		sents: []string{"The coach said the squad was ready. Said Wales assistant coach Tom Arle: \"We are fit.\"", "Wales play Italy on Sunday."},
		want:  map[string]schema.Class{"Tom Arle": schema.Person, "Wales": schema.Place},
	}})
}

// TestPartyStateTag checks that the party-and-state tag after an American legislator's name
// gives the party and the state ("(R-Utah)", ", D-R.I.,", "R-Ill."), no person and no part
// of the name, while a letter and hyphen of other kinds ("D-Day") give nothing.
func TestPartyStateTag(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Sen. Jake Orlan (R-Utah) said a delay risked a run on deposits.",
			"Committee chairman Paul Dexter, D-R.I., called for caution, and Rep. Ann Kell, R-Ill., agreed.",
		},
		want: map[string]schema.Class{
			"Jake Orlan": schema.Person, "Paul Dexter": schema.Person, "Ann Kell": schema.Person,
			"Republican Party": schema.Organization, "Democratic Party": schema.Organization,
			"Utah": schema.Place, "Rhode Island": schema.Place, "Illinois": schema.Place,
		},
	}, {
		sents: []string{"The plan (D-Day) was set, and Team A (R-Kelvar) won."},
		not:   []string{"Democratic Party", "Republican Party"},
	}})
}

// TestCodesAndAirports checks that a capitalised code with a hyphenated number names no
// place ("to COVID-19", "an F-16"), and that names listed before "airports" are places.
func TestCodesAndAirports(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Officials led the response to COVID-19, and an F-16 crashed near Orlav.",
			"Planes flew from Kelby, Tarnby and Vosk airports.",
		},
		want: map[string]schema.Class{"Orlav": schema.Place, "Kelby": schema.Place, "Tarnby": schema.Place, "Vosk": schema.Place},
		not:  []string{"COVID-19", "F-16"},
	}})
}

// TestChamberCommitteeLowerCase checks that a chamber's committee written with its noun in
// lower case is one body ("the House Banking committee") whose chairman leads it, while
// "the White House" before a noun stays the White House.
func TestChamberCommitteeLowerCase(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Senate Fisheries committee chairman Dale Orrin said the bill would pass.",
			"Staff met in the White House committee room.",
		},
		want:  map[string]schema.Class{"Senate Fisheries committee": schema.Organization, "Dale Orrin": schema.Person, "White House": schema.Organization},
		not:   []string{"Senate Fisheries", "White House committee"},
		facts: []string{"Dale Orrin leads Senate Fisheries committee"},
	}})
}
