package loader

// Issue 11's argument side, round 2: the class and the boundary of names that a country, a
// title or a creed word stands next to, and bare legislators' titles, each tried through the
// whole loader on sentences of our own (names, places and companies made up for the test).

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// entCase is a document with the entities (name and class) it must and must not yield.
type entCase struct {
	sents []string
	want  [][2]string // name, class
	not   [][2]string // name, class ("" for any class)
}

func runEntCases(t *testing.T, cases []entCase) {
	t.Helper()
	for _, c := range cases {
		ents, _ := analyzeT(t, newSemantics(nil), testDoc("ent", c.sents...))
		has := func(name, class string) bool {
			for _, e := range ents {
				if e.Name == name && (class == "" || string(e.Class) == string(schema.NS)+class) {
					return true
				}
			}
			return false
		}
		for _, w := range c.want {
			if !has(w[0], w[1]) {
				t.Errorf("%q: missing entity %s (%s); got %v", c.sents, w[0], w[1], ents)
			}
		}
		for _, w := range c.not {
			if has(w[0], w[1]) {
				t.Errorf("%q: unexpected entity %s (%s)", c.sents, w[0], w[1])
			}
		}
	}
}

// TestPossessiveCountryCompany checks that a country's possessive before a company's name
// is no part of the name, while a state body keeps it ("Iran's Revolutionary Guards"), and
// that "X of Australia's Y" gives X no nationality: Y is the body X is of.
func TestPossessiveCountryCompany(t *testing.T) {
	runEntCases(t, []entCase{
		{
			sents: []string{"India's Larsco Technologies said on Monday it had won a contract in Frankfurt."},
			want:  [][2]string{{"Larsco Technologies", "Organization"}, {"India", "Country"}},
			not:   [][2]string{{"India's Larsco Technologies", ""}},
		},
		{
			sents: []string{"Lead author Ana Morel of Australia's Kestrel University said the sample was old."},
			want:  [][2]string{{"Kestrel University", "Organization"}, {"Ana Morel", "Person"}},
			not:   [][2]string{{"Australia's Kestrel University", ""}},
		},
	})
	runRelCases(t, []relCase{
		{
			sents: []string{"Lead author Ana Morel of Australia's Kestrel University said the sample was old."},
			not:   []string{"Ana Morel nationality Australia", "Kestrel University partOf Australia"},
		},
		{
			sents: []string{"Officials of Brazil's Varella Mining said the mine in Minas Gerais would reopen."},
			not:   []string{"Varella Mining partOf Brazil"},
		},
		{
			sents: []string{"Japan's navy sent two ships to the strait."},
			want:  []string{"Japan's navy partOf Japan"},
		},
	})
}

// TestHonorificPersons checks "Lord X" and "Baroness X" as persons, and a programme's
// name made of common words before a country ("Good Morning Britain") as no country.
func TestHonorificPersons(t *testing.T) {
	runEntCases(t, []entCase{
		{
			sents: []string{"Lord Pemberly told the chamber the vote would be close.", "Baroness Helen Carrow said the plan would fail."},
			want:  [][2]string{{"Lord Pemberly", "Person"}, {"Helen Carrow", "Person"}}, // a peer with no full name is named with the title (resolve.go peer)
		},
		{
			sents: []string{"Helen Carrow told Good Morning Britain on Tuesday that the plan was good.", "She said the morning had gone well."},
			want:  [][2]string{{"Helen Carrow", "Person"}},
			not:   [][2]string{{"United Kingdom", ""}, {"Good Morning", ""}},
		},
		{
			// A country after a title or a given name is still the country.
			sents: []string{"On Monday Britain said the talks would go on.", "Britain had asked for more time."},
			want:  [][2]string{{"United Kingdom", "Country"}},
		},
	})
}

// TestPeopleWordsNoPlace checks that a demonym's plural and a creed's word after a
// preposition of place name no place.
func TestPeopleWordsNoPlace(t *testing.T) {
	runEntCases(t, []entCase{
		{
			sents: []string{"Velorian politicians welcomed the accord.", "The minister said the accord would matter to Velorians on both sides of the river."},
			not:   [][2]string{{"Velorians", ""}},
		},
		{
			sents: []string{"The government barred the firm from selling lathes to Communist countries for a year."},
			not:   [][2]string{{"Communist", "Place"}},
		},
		{
			sents: []string{"Police said the leaflets were addressed to Islamists in the port."},
			not:   [][2]string{{"Islamists", "Place"}},
		},
		{
			// An unknown town after "to" is still a place.
			sents: []string{"The convoy drove to Varnok on Monday."},
			not:   [][2]string{{"Varnok", "Person"}},
		},
	})
}

// TestBareLegislator checks that a bare legislator's title in a document one country
// dominates makes its holder a member of that country, also after a party, and not when
// the sentence names another country or the title names its body.
func TestBareLegislator(t *testing.T) {
	us := []string{
		"The United States will hold the vote in June, officials in Washington said.",
		"The United States has not held such a vote since 1990.",
		"Lawyers said the United States would appeal.",
	}
	runRelCases(t, []relCase{
		{
			sents: append([]string{"Senator Tom Blake of Ohio said the bill would pass."}, us...),
			want:  []string{"Tom Blake memberOf United States"},
			not:   []string{"Tom Blake memberOf Ohio", "Tom Blake leads United States"},
		},
		{
			sents: append([]string{"Democratic Rep. Jane Orwell said she would vote against it."}, us...),
			want:  []string{"Jane Orwell memberOf United States", "Jane Orwell memberOf Democratic Party"},
		},
		{
			sents: append([]string{"Senator Tom Blake met officials from Canada on Monday."}, us...),
			not:   []string{"Tom Blake memberOf United States", "Tom Blake memberOf Canada"},
		},
		{
			// No country dominates: nothing.
			sents: []string{"Senator Tom Blake said the bill would pass.", "Canada and Mexico disagreed."},
			not:   []string{"Tom Blake memberOf Canada", "Tom Blake memberOf Mexico"},
		},
	})
}

// TestFederalRegions checks the first-level divisions of federal states: "New Mexico" and
// "Rhode Island" are no Mexico and no Iceland, a town before one is in it, two in a list
// are not in each other, and a body named after one keeps the name whole.
func TestFederalRegions(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Former New Mexico governor Tom Blake and former Rhode Island governor Ann Kerr spoke in Tulsa."},
			not:   []string{"Tom Blake memberOf Mexico", "Tom Blake nationality Mexico", "Ann Kerr memberOf Iceland", "Ann Kerr nationality Iceland"},
		},
		{
			sents: []string{"The storm damaged homes in Midvale, Texas, on Monday."},
			want:  []string{"Midvale locatedIn Texas"},
		},
		{
			sents: []string{"The candidate made stops in Ohio, Iowa, Nevada and others."},
			not:   []string{"Ohio locatedIn Iowa", "Iowa locatedIn Nevada"},
		},
	})
	runEntCases(t, []entCase{
		{
			sents: []string{"The Oregon Farmers Party said it would field a candidate.", "The Kansas State University School of Nursing said it agreed."},
			want:  [][2]string{{"Oregon Farmers Party", "Organization"}, {"Kansas State University School of Nursing", "Organization"}},
			not:   [][2]string{{"Farmers Party", ""}},
		},
		{
			sents: []string{"Texas Gov. Ann Kerr said the state would sue."},
			want:  [][2]string{{"Ann Kerr", "Person"}, {"Texas", "Place"}},
		},
	})
}

// TestBodyBeforeTitle checks the body named before a title and a name: a committee's
// name ends with "Committee" ("Senate Finance Committee Chairman X"), a company's name
// before a lower-case title of several words is a body ("Aston Martin chief executive X"),
// a country's name before a newspaper's head word names the paper ("Samoa Observer
// editor X"), and a majority leader holds no body named "Senate Majority".
func TestBodyBeforeTitle(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Senate Finance Committee Chairman Tom Blake said the bill would pass."},
			want:  []string{"Tom Blake leads Senate Finance Committee"},
			not:   []string{"Tom Blake leads Senate Finance"},
		},
		{
			sents: []string{"Norvik Carlsson chief executive Ulrich Brenner said sales rose."},
			want:  []string{"Ulrich Brenner leads Norvik Carlsson"},
		},
		{
			sents: []string{"Fiji Observer editor Keni Lavo said the paper would print it."},
			want:  []string{"Keni Lavo memberOf Fiji Observer"},
			not:   []string{"Keni Lavo memberOf Fiji", "Keni Lavo nationality Fiji"},
		},
		{
			sents: []string{"Senate Majority Leader Joe Pratt said the vote would come on Friday."},
			not:   []string{"Joe Pratt leads Senate Majority"},
		},
	})
	runEntCases(t, []entCase{
		{
			sents: []string{"The firm told the U.S. Securities and Exchange Commission that it had settled.", "The fund sold its stake in Banc of Canada Securities."},
			not:   [][2]string{{"U.S. Securities", ""}, {"Canada Securities", ""}},
		},
	})
}

// TestBodyNamedAfterRegion checks a body's name that begins with a region and goes on past
// a title-like word or "for the".
func TestBodyNamedAfterRegion(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The party nominated Oregon Farmers Party chairman Ann Kerr for vice president."},
			want:  []string{"Ann Kerr leads Oregon Farmers Party"},
			not:   []string{"Ann Kerr leads Farmers Party"},
		},
	})
	runEntCases(t, []entCase{
		{
			sents: []string{"Pupils of the Nevada School for the Blind sang on Monday."},
			want:  [][2]string{{"Nevada School for the Blind", "Organization"}},
			not:   [][2]string{{"Nevada School", ""}},
		},
	})
}
