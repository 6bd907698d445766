package loader

// Names, classes and boundaries (issue 11, item 1), each construction tried on sentences
// of our own: an unknown capitalised pair is a person only on evidence; a headline in
// title case takes its capitals from the body; a player's position is no part of a name
// and a club is a body, not its town; a given name that is also a country's starts a
// person's name; a body's short name is its long one when the document writes only one;
// and what must never be merged (two persons of one surname, a person and a body that
// share a word, two bodies of one short name).

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestUnknownPairNeedsEvidence checks that two unknown capitalised words are a person's
// name when a given name (genders.tsv) starts them or neither is an English word, and no
// person's when an English word starts or ends them, unless a given name starts a person
// inside ("Wing Tavita Oruel").
func TestUnknownPairNeedsEvidence(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"The prize was won by Tavita Oruel on Friday.",
			"The jury also thanked Yvette Kramsky and Grant Olowe.",
		},
		want: map[string]schema.Class{"Tavita Oruel": schema.Person, "Yvette Kramsky": schema.Person, "Grant Olowe": schema.Person},
	}, {
		sents: []string{
			"Crowds queued to see Broken Lantern at the cinema on Friday.",
			"The song Bright Lantern topped the chart, and fans of Silent Meadow cheered.",
		},
		not: []string{"Broken Lantern", "Bright Lantern", "Silent Meadow", "Lantern", "Meadow"},
	}, {
		sents: []string{"Wing Tavita Oruel scored twice, and Dravik Networks sponsored the match."},
		want:  map[string]schema.Class{"Tavita Oruel": schema.Person, "Dravik Networks": schema.Organization},
		not:   []string{"Wing Tavita Oruel", "Wing Oruel", "Dravik"},
	}})
}

// headlineDoc is a document whose sentence 1 is its headline, as the text stages make it
// of a first line shaped like a title.
func headlineDoc(headline string, body ...string) *document {
	d := testDoc("headline", append([]string{headline}, body...)...)
	d.Meta.Headline = headline
	return d
}

// TestTitleCaseHeadline checks that a headline in title case makes no names of its verbs
// and nouns, keeps the names the body writes and the lexicons know, and that a headline in
// sentence case and a title-case line that is no headline are read as they are.
func TestTitleCaseHeadline(t *testing.T) {
	cases := []struct {
		d    *document
		want map[string]schema.Class
		not  []string
	}{{
		d: headlineDoc("Rebels Seize Town Near Dorvan As Army Retreats",
			"Fighters of the Velka Movement seized the town on Monday, officials in Dorvan said.",
			"The army withdrew to the capital."),
		want: map[string]schema.Class{"Dorvan": schema.Place, "Velka Movement": schema.Organization},
		not:  []string{"Seize Town Near Dorvan As Army Retreats", "Seize Town", "Army Retreats", "Rebels Seize Town Near Dorvan"},
	}, {
		d: headlineDoc("Ruling Party Names New Leader In Kenya",
			"The Ruritanian People's Party chose Tomas Verkel as its leader on Sunday.",
			"The party said the vote was fair."),
		want: map[string]schema.Class{"Kenya": schema.Country, "Tomas Verkel": schema.Person},
		not:  []string{"Ruling Party Names New Leader In Kenya", "Ruling Party Names New Leader", "Ruling Party", "New Leader"},
	}, {
		d: headlineDoc("Bakari Mwinyi Visits Kisumu Hospital",
			"President Bakari Mwinyi toured the wards on Monday.",
			"Mwinyi said the hospital needed more doctors."),
		want: map[string]schema.Class{"Bakari Mwinyi": schema.Person},
		not:  []string{"Bakari Mwinyi Visits Kisumu Hospital", "Bakari Mwinyi Visits"},
	}}
	for _, c := range cases {
		ents, _ := analyzeT(t, newSemantics(nil), c.d)
		class := map[string]schema.Class{}
		for _, e := range ents {
			class[e.Name] = e.Class
		}
		for n, cl := range c.want {
			if class[n] != cl {
				t.Errorf("%q: %q is %q, want %q; entities %v", c.d.Sentences[0].Text, n, class[n], cl, class)
			}
		}
		for _, n := range c.not {
			if _, ok := class[n]; ok {
				t.Errorf("%q: unexpected entity %q (%s)", c.d.Sentences[0].Text, n, class[n])
			}
		}
	}
	// Not the headline: the same line inside the body keeps its capitals as written.
	ws := words("Rebels Seize Town Near Dorvan As Army Retreats")
	d := testDoc("nohead", "Rebels Seize Town Near Dorvan As Army Retreats", "The army withdrew.")
	sents := [][]word{words(d.Sentences[0].Text), words(d.Sentences[1].Text)}
	recaseHeadline(d, sents, lex())
	for k := range ws {
		if sents[0][k].Cap != ws[k].Cap {
			t.Errorf("a line that is no headline was recased at %q", ws[k].Text)
		}
	}
	// A headline in sentence case is left as it is.
	d = headlineDoc("Rebels seize town near Dorvan", "Fighters seized the town near Dorvan on Monday.")
	sents = [][]word{words(d.Sentences[0].Text), words(d.Sentences[1].Text)}
	if titleCase(sents[0], lex()) {
		t.Errorf("a headline in sentence case was taken for title case")
	}
}

// TestPlayersAndClubs checks that a player's position before a name is no part of it, that
// a club named after its town is a body, not the town, and that a manager of a club is no
// member of the town.
func TestPlayersAndClubs(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Kisumu United beat Dorvan Rovers 2-1 in the league on Saturday.",
			"Striker Jordan Okafor scored twice for Kisumu United.",
			"Prop Tavita Oruel was injured in the match.",
			"Kisumu United manager Tomas Verkel said the squad deserved the win.",
		},
		want: map[string]schema.Class{"Kisumu United": schema.Organization, "Dorvan Rovers": schema.Organization,
			"Jordan Okafor": schema.Person, "Tavita Oruel": schema.Person, "Tomas Verkel": schema.Person},
		not:   []string{"Striker Jordan Okafor", "Prop Tavita Oruel", "Jordan", "Kisumu", "United"},
		wrong: []string{"Tomas Verkel memberOf Kisumu", "Jordan Okafor nationality Jordan", "Tomas Verkel leads Kisumu United"},
	}})
}

// TestGivenNameThatIsACountry checks that a country's name that is also a given name
// starts a person's name before an apposition, and stays the country elsewhere.
func TestGivenNameThatIsACountry(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Israel Okafor, a lawyer, said the vote was fair."},
		want:  map[string]schema.Class{"Israel Okafor": schema.Person},
		not:   []string{"Israel"},
		wrong: []string{"Israel Okafor nationality Israel"},
	}, {
		sents: []string{"Israel Okafor said the vote in Israel was fair."},
		want:  map[string]schema.Class{"Israel": schema.Country},
	}})
}

// entityAliases returns, for each entity of the document, its name and aliases.
func entityAliases(t *testing.T, d *document) map[string][]string {
	t.Helper()
	ents, _ := analyzeT(t, newSemantics(nil), d)
	out := map[string][]string{}
	for _, e := range ents {
		out[e.Name] = append([]string{e.Name}, e.Aliases...)
	}
	return out
}

// mergedWith reports the entity whose names hold both a and b, or "".
func mergedWith(names map[string][]string, a, b string) string {
	for n, as := range names {
		ha, hb := false, false
		for _, x := range as {
			ha = ha || x == a
			hb = hb || x == b
		}
		if ha && hb {
			return n
		}
	}
	return ""
}

// TestBodyShortForms checks that a party's short name is its long one when the document
// writes one long name ending in it, and stays apart when it writes two, or when the word
// before it is an English word ("National").
func TestBodyShortForms(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"The Ruritanian People's Party won the election on Sunday.",
			"The People's Party leader, Tomas Verkel, thanked voters.",
		},
		want:  map[string]schema.Class{"Ruritanian People's Party": schema.Organization, "Tomas Verkel": schema.Person},
		not:   []string{"People's Party"},
		facts: []string{"Tomas Verkel leads Ruritanian People's Party"},
		wrong: []string{"Tomas Verkel leads People's Party"},
	}, {
		sents: []string{
			"The Velkan Raksa Chart Party won ten seats.",
			"\"Velkan Raksa Chart party accepts the result,\" the party said.",
		},
		want: map[string]schema.Class{"Velkan Raksa Chart Party": schema.Organization},
		not:  []string{"Raksa Chart", "Velkan Raksa Chart"},
	}})
	names := entityAliases(t, testDoc("two-longs",
		"The Ruritanian People's Party and the Velkan People's Party signed a pact on Monday.",
		"The People's Party leader, Tomas Verkel, welcomed it."))
	for _, long := range []string{"Ruritanian People's Party", "Velkan People's Party"} {
		if e := mergedWith(names, long, "People's Party"); e != "" {
			t.Errorf("two long names: %q took the short form (%q)", long, e)
		}
	}
	if e := mergedWith(names, "Ruritanian People's Party", "Velkan People's Party"); e != "" {
		t.Errorf("two parties merged into %q", e)
	}
	names = entityAliases(t, testDoc("national",
		"The National Security Council of Ruritania met on Monday.",
		"The Security Council of the Velka League met on Tuesday."))
	if e := mergedWith(names, "National Security Council", "Security Council"); e != "" {
		t.Errorf("an English word before the short name: merged into %q", e)
	}
}

// TestNeverOverMerge checks the merges that must never happen inside a document: two
// persons of one surname, a person and a body that share a word, a town and the body
// named after it, and a short form that two persons' names end in.
func TestNeverOverMerge(t *testing.T) {
	cases := []struct {
		name  string
		sents []string
		apart [][2]string
	}{{
		name: "one surname, two persons",
		sents: []string{
			"Amina Okoye met her brother Daniel Okoye in Kigoma on Monday.",
			"Daniel Okoye later told reporters the talks had gone well.",
		},
		apart: [][2]string{{"Amina Okoye", "Daniel Okoye"}},
	}, {
		name: "a person and a body that share a word",
		sents: []string{
			"Tomas Velka, the founder of the Velka Movement, spoke in Dorvan on Monday.",
			"The Velka Movement said its founder had been threatened.",
		},
		apart: [][2]string{{"Tomas Velka", "Velka Movement"}},
	}, {
		name: "a town and the council named after it",
		sents: []string{
			"The Dorvan Council met in Dorvan on Monday.",
			"Residents of Dorvan protested outside.",
		},
		apart: [][2]string{{"Dorvan Council", "Dorvan"}},
	}, {
		name: "a club and a party that share a town's name",
		sents: []string{
			"Kisumu United beat Dorvan Rovers on Saturday.",
			"The Kisumu United Party welcomed the result.",
		},
		apart: [][2]string{{"Kisumu United", "Kisumu United Party"}, {"Kisumu United", "Dorvan Rovers"}},
	}}
	for _, c := range cases {
		names := entityAliases(t, testDoc("merge", c.sents...))
		for _, p := range c.apart {
			if e := mergedWith(names, p[0], p[1]); e != "" {
				t.Errorf("%s: %q and %q merged into %q; entities %v", c.name, p[0], p[1], e, names)
			}
		}
		for n := range names {
			if strings.Contains(n, "Okoye") && n != "Amina Okoye" && n != "Daniel Okoye" {
				t.Errorf("%s: unexpected person %q", c.name, n)
			}
		}
	}
}

// TestBodyNamesWithAnd checks that a body's name of one word, "and" and a head word or
// legal form is one name, and that an acronym after "and" starts a body of its own.
func TestBodyNamesWithAnd(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"The Securities and Markets Commission fined the bank on Monday.",
			"Tavita Oruel of Korvan and Co Ltd said the fine was fair.",
		},
		want: map[string]schema.Class{"Securities and Markets Commission": schema.Organization,
			"Korvan and Co Ltd": schema.Organization, "Tavita Oruel": schema.Person},
		not: []string{"Markets Commission", "Co Ltd"},
	}, {
		sents: []string{"A partnership of Halvard and Brenner and KDX Holdings Inc made the offer."},
		want:  map[string]schema.Class{"KDX Holdings Inc": schema.Organization},
		not:   []string{"Brenner and KDX Holdings Inc", "Halvard and Brenner and KDX Holdings Inc"},
	}})
}

// TestPartyNicknamePair checks that a party's two-word nickname before a possessive is the
// party, never a person.
func TestPartyNicknamePair(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"The Conservatives and the Lib Dems clashed in Britain on Monday.",
			"Lib Dem's elections chief said the seats were close.",
		},
		want: map[string]schema.Class{"Liberal Democrats": schema.Organization},
		not:  []string{"Lib Dem", "Dem"},
	}})
}

// TestPersonBeforePostApposition checks that a name ending in a word that ends bodies'
// names ("Sun") is a person's before an apposition of a post held in a body, and not before
// an apposition of a kind.
func TestPersonBeforePostApposition(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Rates will stay steady, Tavo Hoon Sun, general manager of Kisumu Bank, said."},
		want:  map[string]schema.Class{"Tavo Hoon Sun": schema.Person},
	}, {
		sents: []string{"The Dorvan Sun, a daily newspaper, said rates would rise."},
		not:   []string{"Tavo Hoon Sun"},
		want:  map[string]schema.Class{"Dorvan Sun": schema.Organization},
	}})
}

// TestParticleNamesAndPartyModifiers checks that a name with a particle of names is a
// person's whatever its last word ("Omari bin Said", "Said" also an English word), and
// not merged with another person of that last word; and that a party's nickname before a
// noun ("Lib Dem plans") is no argument of a fact.
func TestParticleNamesAndPartyModifiers(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"On Friday, Omari bin Said, the long-serving emir of Velkar, died aged 79.",
			"His cousin Haitham bin Tariq al-Said was sworn in on Saturday.",
		},
		want: map[string]schema.Class{"Omari bin Said": schema.Person},
	}, {
		sents: []string{
			"The Conservatives and the Lib Dems clashed in Britain on Monday.",
			"Tomas Verkel asked why ministers attacked Lib Dem plans for a new tax.",
		},
		wrong: []string{"Tomas Verkel fights Liberal Democrats", "Conservative Party fights Liberal Democrats"},
	}})
	names := entityAliases(t, testDoc("said",
		"On Friday, Omari bin Said, the long-serving emir of Velkar, died aged 79.",
		"His cousin Haitham bin Tariq al-Said was sworn in on Saturday."))
	if e := mergedWith(names, "Omari bin Said", "Haitham bin Tariq al-Said"); e != "" {
		t.Errorf("two persons of one last word merged into %q", e)
	}
}

// TestGivenNameAfterPlacePreposition checks that a given name of genders.tsv before an
// unknown word is a person's name after "from" or "in" when the document writes the
// second word again, a place's when it does not, and that a particle ("La", "El") is no
// given name there.
func TestGivenNameAfterPlacePreposition(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Late efforts from Brent Okafor and Gareth Mwangi sealed the victory.", "Okafor scored twice."},
		want:  map[string]schema.Class{"Brent Okafor": schema.Person, "Gareth Mwangi": schema.Person},
	}, {
		sents: []string{"The death toll from the bombing in Brent Dorvana to the north rose to 70."},
		want:  map[string]schema.Class{"Brent Dorvana": schema.Place},
	}, {
		sents: []string{"He died of pneumonia in La Verdana, California, on Monday."},
		want:  map[string]schema.Class{"La Verdana": schema.Place},
		not:   []string{"Verdana"},
	}})
}

// TestCommonWordOrGivenNameAfterPreposition checks that a single English word or given name
// after a preposition of place is no place ("recorded in Darkness", "a letter to Yvette"),
// unless a known place follows it after a comma ("in Brandon, Texas").
func TestCommonWordOrGivenNameAfterPreposition(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The album was recorded in Darkness and sent to Yvette before its release in Kisumu."},
		want:  map[string]schema.Class{"Kisumu": schema.Place},
		not:   []string{"Darkness", "Yvette"},
	}, {
		sents: []string{"The plane crashed near a school in Brandon, Texas, on Monday."},
		want:  map[string]schema.Class{"Brandon": schema.Place},
		facts: []string{"Brandon locatedIn Texas"},
	}})
}

// TestPartyBeforeSurname checks that a party word before a surname the document gives a
// person ("Democrat Okafor said" after "Ana Okafor") is the person's party, not a body
// named "Democrat Okafor".
func TestPartyBeforeSurname(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Senator Ana Okafor won the primary in Nevada, United States, on Tuesday.",
			"Democrat Okafor said the vote was fair.",
		},
		want:  map[string]schema.Class{"Ana Okafor": schema.Person, "Democratic Party": schema.Organization},
		not:   []string{"Democrat Okafor"},
		facts: []string{"Ana Okafor memberOf Democratic Party"},
		wrong: []string{"Ana Okafor memberOf Republican Party"},
	}})
}

// TestBodyAfterPostAt checks that a name after "at" that follows a post a body has is the
// body's, not a place ("development director at Korvanix"), while "at" alone still puts a
// place after it.
func TestBodyAfterPostAt(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"\"Costs keep rising,\" said Tavita Oruel, development director at Korvanix, which makes games."},
		want:  map[string]schema.Class{"Korvanix": schema.Organization, "Tavita Oruel": schema.Person},
		facts: []string{"Tavita Oruel memberOf Korvanix"},
	}, {
		sents: []string{"The vice president of search properties at Quelvo in the US said the deal was done."},
		want:  map[string]schema.Class{"Quelvo": schema.Organization},
		wrong: []string{"Quelvo locatedIn United States"},
	}, {
		sents: []string{"Fighting broke out at Dorvan on Monday, officials said."},
		want:  map[string]schema.Class{"Dorvan": schema.Place},
	}})
}

// TestSurnameSharedWithBody checks that a person whose surname is a word of a body's name
// in the document is not also named by the surname alone, and that a bare use of that
// word, which either may be, goes to neither.
func TestSurnameSharedWithBody(t *testing.T) {
	names := entityAliases(t, testDoc("kestrel",
		"The Kestrel Group bought Kestrel Air on Monday.",
		"Kestrel said the deal was done.",
		"Ana Kestrel, a lawyer for the buyers, praised it."))
	for _, n := range []string{"Ana Kestrel", "Kestrel Group", "Kestrel Air"} {
		if e := mergedWith(names, n, "Kestrel"); e != "" {
			t.Errorf("%q took the bare word \"Kestrel\" (%q); entities %v", n, e, names)
		}
	}
	if e := mergedWith(names, "Ana Kestrel", "Kestrel Group"); e != "" {
		t.Errorf("a person and a body merged into %q", e)
	}
	// With no body of that word, the surname is the person's.
	names = entityAliases(t, testDoc("kestrel2", "Ana Kestrel, a lawyer, praised the deal.", "Kestrel said it was fair."))
	if e := mergedWith(names, "Ana Kestrel", "Kestrel"); e == "" {
		t.Errorf("the surname alone lost its person; entities %v", names)
	}
}

// TestTitlePhraseOpeningAClause checks that "the" and a title after a comma, followed by a
// verb of its own, start a new clause and give the name before them nothing, while wire
// copy's unclosed apposition before "said" still does.
func TestTitlePhraseOpeningAClause(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"After a neat exchange of passes involving Ana Okafor and Tomas Verkel, the Kenyan striker found the corner."},
		wrong: []string{"Tomas Verkel nationality Kenya", "Ana Okafor nationality Kenya"},
	}, {
		sents: []string{"Costs will rise, Tomas Verkel, Kisumu Steel Corp chairman said on Monday."},
		facts: []string{"Tomas Verkel leads Kisumu Steel Corp"},
	}})
}
