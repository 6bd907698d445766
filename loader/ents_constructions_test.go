package loader

// Names and entities on unseen news (branch ents), each construction tried on sentences
// of our own: trades before a name, letters after it, two-word and plural party words.

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// nameCase is a document, the entities (name and class) it must give and the names it
// must not give.
type nameCase struct {
	sents []string
	want  map[string]schema.Class
	not   []string
	facts []string
	wrong []string
}

func runNameCases(t *testing.T, cases []nameCase) {
	t.Helper()
	for _, c := range cases {
		ents, got := analyzeT(t, newSemantics(nil), testDoc("ents", c.sents...))
		class := map[string]schema.Class{}
		for _, e := range ents {
			class[e.Name] = e.Class
		}
		for n, cl := range c.want {
			if class[n] != cl {
				t.Errorf("%q: %q is %q, want %q; entities %v", c.sents, n, class[n], cl, class)
			}
		}
		for _, n := range c.not {
			if _, ok := class[n]; ok {
				t.Errorf("%q: unexpected entity %q (%s)", c.sents, n, class[n])
			}
		}
		for _, f := range c.facts {
			if !got[f] {
				t.Errorf("%q: missing %q; got %v", c.sents, f, got)
			}
		}
		for _, f := range c.wrong {
			if got[f] {
				t.Errorf("%q: unexpected %q", c.sents, f)
			}
		}
	}
}

// TestTradeBeforeName checks that a trade or a police rank before a name, capitalised at
// the start of a sentence, is no part of the name.
func TestTradeBeforeName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Broadcaster Helen Marsden said the plan for the Tarnby bridge was flawed.",
			"Businessman Tariq Olowe bought the Valdor Herald last year.",
			"Detective Inspector Karen Ashby said the suspect had fled to Norway.",
		},
		want: map[string]schema.Class{"Helen Marsden": schema.Person, "Tariq Olowe": schema.Person, "Karen Ashby": schema.Person},
		not:  []string{"Broadcaster Helen Marsden", "Businessman Tariq Olowe", "Detective Inspector Karen Ashby", "Detective Inspector"},
	}})
}

// TestPostNominals checks that letters after a name ("MP", "QC") are no part of it, and
// make the name a person's.
func TestPostNominals(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Graham Pellow MP called for an inquiry into the Arden mine.",
			"The inquiry was backed by Andrew Colby MSP and by Kington Hall QC.",
			"Veteran Labour MP and former minister Jack Halloran said he would stand down.",
		},
		want: map[string]schema.Class{"Graham Pellow": schema.Person, "Andrew Colby": schema.Person, "Kington Hall": schema.Person, "Jack Halloran": schema.Person},
		not:  []string{"Graham Pellow MP", "Andrew Colby MSP", "Kington Hall QC", "QC", "Veteran Labour", "Labour MP"},
	}, {
		// What follows the letters follows the name.
		sents: []string{"Ruth Ambler MP, the Norwegian ambassador to Britain, said the sums were wrong."},
		want:  map[string]schema.Class{"Ruth Ambler": schema.Person},
		facts: []string{"Ruth Ambler nationality Norway"},
		wrong: []string{"Ruth Ambler nationality United Kingdom"},
	}})
}

// TestPartyWordsAlone checks party words of two words ("Lib Dem"), and plural party nouns
// standing alone ("the Tories"), in a document that names the party's country; a plural
// says nothing of a person named after it.
func TestPartyWordsAlone(t *testing.T) {
	runNameCases(t, []nameCase{
		{
			sents: []string{
				"The Lib Dems said the Tories had failed Britain.",
				"Lib Dem spokesman Rhys Allard agreed, and Liberal Democrat leader Morag Keir said so too.",
			},
			want:  map[string]schema.Class{"Liberal Democrats": schema.Organization, "Conservative Party": schema.Organization, "Rhys Allard": schema.Person},
			not:   []string{"Lib Dem", "Lib Dems", "Liberal Democrat", "Tories"},
			facts: []string{"Rhys Allard memberOf Liberal Democrats", "Morag Keir leads Liberal Democrats"},
			wrong: []string{"Rhys Allard memberOf Conservative Party", "Morag Keir memberOf Conservative Party"},
		},
		{
			sents: []string{
				"Democrats continued to criticise Senator Paul Ridley over his taxes in the United States.",
				"Republicans said Ridley would win in Ohio.",
			},
			want:  map[string]schema.Class{"Democratic Party": schema.Organization, "Republican Party": schema.Organization},
			wrong: []string{"Paul Ridley memberOf Democratic Party", "Paul Ridley memberOf Republican Party"},
		},
		{
			// No country the table knows: no party is guessed.
			sents: []string{"Democrats in Nakuru said the vote was fair."},
			not:   []string{"Democratic Party"},
		},
	})
}

// TestThingsNotPersons checks capitalised phrases that the fallback once typed persons: a
// territory, a trust, a college, an exchange, a river; a post with no name after it; an
// inquiry or an amendment (no entity); a sentence-initial connective before a surname.
func TestThingsNotPersons(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Protesters in Puerto Rico marched on Sunday as Mara Quell arrived from Macau.",
			"The plan was backed by the Dunmore Trust and by Ashfield College.",
			"Shares fell on the Lisbon Stock Exchange, and the Orrin Inquiry was told the boat sank in the River Dane.",
			"Tom Varley was Home Secretary when he invoked the Ninth Amendment.",
			"Neither Varley nor Quell would comment.",
		},
		want: map[string]schema.Class{
			"Puerto Rico": schema.Place, "Macau": schema.Place, "Mara Quell": schema.Person,
			"Dunmore Trust": schema.Organization, "Ashfield College": schema.Organization,
			"Lisbon Stock Exchange": schema.Organization, "River Dane": schema.Place, "Tom Varley": schema.Person,
		},
		not:   []string{"Home Secretary", "Orrin Inquiry", "Ninth Amendment", "Neither Varley", "Stock Exchange"},
		wrong: []string{"Mara Quell memberOf Puerto Rico", "Tom Varley memberOf Home Secretary"},
	}})
}

// TestAndInBodyNames checks bodies whose names join portfolios with "and" or a comma list,
// and the coordinations of two bodies that stay two.
func TestAndInBodyNames(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"The Ministry of Energy and Industry in Ruritania denied the report on Monday.",
			"The Department for Transport, Housing and Sport said the review was over.",
			"The Science and Technology Committee criticised the plan, and the Foreign Affairs and Defence Committee agreed.",
			"The Ministry of Defence and Interior Minister Jan Roos disagreed.",
			"The Bank of Ruritania and Barclays raised rates.",
		},
		want: map[string]schema.Class{
			"Ministry of Energy and Industry":             schema.Organization,
			"Department for Transport, Housing and Sport": schema.Organization,
			"Science and Technology Committee":            schema.Organization,
			"Foreign Affairs and Defence Committee":       schema.Organization,
			"Ministry of Defence":                         schema.Organization,
			"Jan Roos":                                    schema.Person,
			"Bank of Ruritania":                           schema.Organization,
		},
		not: []string{"Ministry of Energy", "Department for Transport", "Technology Committee", "Defence Committee",
			"Ministry of Defence and Interior", "Bank of Ruritania and Barclays"},
	}})
}

// TestPersonNamedAfterPlace checks a person whose first name is a country's or a city's,
// told from the place by a speech verb, a pronoun, an apposition or "Mr" with the surname.
func TestPersonNamedAfterPlace(t *testing.T) {
	runNameCases(t, []nameCase{
		{
			sents: []string{
				"Jordan Whitfield told reporters he would appeal the ruling in Leeds.",
				"Whitfield said the verdict was wrong.",
				"Chad Morrow, a former minister, said he backed the plan.",
				"Later Morrow met officials in Jordan.",
			},
			want: map[string]schema.Class{"Jordan Whitfield": schema.Person, "Chad Morrow": schema.Person, "Jordan": schema.Country},
			not:  []string{"Chad"},
		},
		{
			// No cue, or a party word: the place stays a place.
			sents: []string{
				"Kansas Republican leaders said the tax would pass.",
				"Troops in Jordan Tuesday said the border was calm.",
				"Israel Hayom reported the talks.",
			},
			want: map[string]schema.Class{"Jordan": schema.Country, "Israel": schema.Country},
			not:  []string{"Kansas Republican", "Jordan Tuesday", "Israel Hayom"},
		},
	})
}

// TestSurnameOfRelatives checks that a surname alone goes to the salient one of two
// persons who share it: the one named before it, of its title's gender, not the one
// introduced as the other's relative (with no such evidence, coref.go's bareNames still
// gives the facts of the surname to the person named first).
func TestSurnameOfRelatives(t *testing.T) {
	runNameCases(t, []nameCase{
		{
			sents: []string{
				"Senator Robert Kalder won the primary in Ohio on Tuesday.",
				"Kalder, 64, thanked his supporters.",
				"His wife, Ellen Kalder, was at his side.",
				"Kalder later travelled to Columbus.",
			},
			facts: []string{"Robert Kalder visited Columbus"},
			wrong: []string{"Ellen Kalder visited Columbus"},
		},
		{
			sents: []string{
				"Ahmed Nasri and his son Karim Nasri were charged in Lyon on Monday.",
				"Mr Nasri later flew to Algiers.",
			},
			facts: []string{"Ahmed Nasri visited Algiers"},
			wrong: []string{"Karim Nasri visited Algiers"},
		},
	})
}

// TestBodyBoundaries checks bodies told by a list of bodies, a head word after a "for"
// phrase, and the name after a body's head word or a title after its name.
func TestBodyBoundaries(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Ruritanian firms including Deutsche Bahn, Deutsche Telekom, Vantex, and Orvell have pulled out of Iran.",
			"He was flown to Berlin by the Cinema for Peace Foundation.",
			"President of Dorn University Ann Lee spoke, and the Bank of Ruritania Governor agreed.",
			"The Office of the Prime Minister and the Senate Minority Leader said nothing.",
			"The Commission on Social Justice reported on Monday.",
			"The Organization for Economic Cooperation and Development, OECD, met in Paris.",
		},
		want: map[string]schema.Class{
			"Vantex": schema.Organization, "Orvell": schema.Organization, "Cinema for Peace Foundation": schema.Organization,
			"Dorn University": schema.Organization, "Ann Lee": schema.Person, "Bank of Ruritania": schema.Organization,
			"Office of the Prime Minister": schema.Organization, "Commission on Social Justice": schema.Organization,
		},
		not: []string{"Peace Foundation", "Dorn University Ann Lee", "Bank of Ruritania Governor", "Office of the Prime",
			"Senate Minority Leader", "Senate Minority", "Development"},
		facts: []string{"Ann Lee leads Dorn University"},
		wrong: []string{"Ann Lee leads Bank of Ruritania"},
	}})
}

// TestPlacesOfTheirHead checks places written "X of Y" after a place's head word, and the
// bodies named after them.
func TestPlacesOfTheirHead(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Villagers on both sides of the Line of Control welcomed the move.",
			"Ships crossed the Strait of Tiran on Monday.",
			"The Port of Felixstowe Authority said the quay was closed.",
		},
		want: map[string]schema.Class{
			"Line of Control": schema.Place, "Strait of Tiran": schema.Place, "Port of Felixstowe Authority": schema.Organization,
		},
		not: []string{"Control", "Tiran", "Felixstowe Authority"},
	}})
}
