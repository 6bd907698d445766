package loader

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

func TestWords(t *testing.T) {
	ws := words("The U.S. envoy met Omar al-Rashid’s aide.")
	var got []string
	for _, w := range ws {
		got = append(got, w.Text)
	}
	want := []string{"The", "U.S.", "envoy", "met", "Omar", "al", "Rashid", "'s", "aide", "."}
	if len(got) != len(want) {
		t.Fatalf("words = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("words = %q, want %q", got, want)
		}
	}
	if !ws[6].Hyph || ws[5].Hyph {
		t.Errorf("hyphen flags wrong: %+v", ws[5:7])
	}
}

func TestDetect(t *testing.T) {
	ws := words("Moscow says Chilean troops and the Peruvian army reached Lima, where Ana Souza met Kenyan rebels.")
	dt := newDetector(&document{}, [][]word{ws})
	got := map[string]schema.Class{}
	for _, m := range dt.detect(ws) {
		got[m.Text] = m.Class
	}
	for text, c := range map[string]schema.Class{
		"Moscow":        schema.Country, // a capital that acts
		"Peruvian army": schema.Organization,
		"Lima":          schema.Place,
		"Ana Souza":     schema.Person,
		"Kenyan rebels": schema.Organization,
	} {
		if got[text] != c {
			t.Errorf("%q: class %q, want %q (all %v)", text, got[text], c, got)
		}
	}
}

// TestTitlesNotInNames checks that titles, portfolios and party words before a person's
// name stay out of the name and its aliases, and that a title word before an
// organisation head is part of the body's name.
func TestTitlesNotInNames(t *testing.T) {
	d := testDoc("t",
		"Republican Senator Harold Pembrook met Health Minister Ilse Vandermolen in Ghent.",
		"Labour MP Dora Ashcombe and Attorney General Miles Corrigan spoke to Judge Anita Ferreira.",
		"Republican Senator Pembrook later said the Justice Ministry had agreed.",
	)
	ents, _, err := newSemantics(nil).analyze(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"Harold Pembrook": true, "Ilse Vandermolen": true, "Dora Ashcombe": true, "Miles Corrigan": true, "Anita Ferreira": true}
	for _, e := range ents {
		if e.Class != schema.Person {
			continue
		}
		if !want[e.Name] {
			t.Errorf("person %q (aliases %q): a title or party in the name", e.Name, e.Aliases)
		}
		delete(want, e.Name)
		for _, a := range e.Aliases {
			for _, bad := range []string{"Republican", "Senator", "Minister", "Labour", "Attorney", "Judge"} {
				if strings.Contains(a, bad) {
					t.Errorf("%s has alias %q", e.Name, a)
				}
			}
		}
	}
	for n := range want {
		t.Errorf("missing person %s", n)
	}
	if _, ok := entityByName(ents, "Justice Ministry"); !ok {
		t.Errorf("no Justice Ministry in %v", ents)
	}
}

// TestDetectFromContext checks names no lexicon has, classed by their context: an Arabic
// place prefix, a noun before the name, coordination with a known place, "Place, Region".
func TestDetectFromContext(t *testing.T) {
	for _, c := range []struct {
		sent, name string
		want       schema.Class
	}{
		{"Fighters entered Tell Hamdan on Sunday.", "Tell Hamdan", schema.Place},
		{"The shelling of Kafr Nabudi continued.", "Kafr Nabudi", schema.Place},
		{"The Portuguese daily Jornal Leste reported the deal.", "Jornal Leste", schema.Organization},
		{"The energy company Voltarine signed the deal.", "Voltarine", schema.Organization},
		{"Troops moved between Aleppo and Kesrawi.", "Kesrawi", schema.Place},
		{"He was born in Lagos, Ogunmola.", "Ogunmola", schema.Place},
		{"The village of Ambrozio was flooded.", "Ambrozio", schema.Place},
		{"Troops moved into north-eastern Chile on Monday.", "north-eastern Chile", schema.Place},
		{"The copper producer Cobremar cut jobs.", "Cobremar", schema.Organization},
		{"The Liberal Democrats won the vote.", "Liberal Democrats", schema.Organization},
		{"Operation Desert Lantern began at dawn.", "Desert Lantern", "none"},
		{"Operation Desert Lantern began at dawn.", "Lantern", "none"},
		{"The Golden Harp Awards were held in Oslo.", "Harp Awards", "none"},
		{"The Golden Harp Awards were held in Oslo.", "Golden Harp Awards", "none"},
		{"Farmers in County Wexford protested.", "County Wexford", schema.Place},
		{"City Mayor Halvard Brekke opened the bridge.", "Halvard Brekke", schema.Person},
		{"The head of National Intelligence John Morrow resigned.", "John Morrow", schema.Person},
		{"Harlow Research published the research on Monday.", "Harlow Research", "none"},
		{"Afterwards Kowalczyk left.", "Afterwards Kowalczyk", "none"},
		{"The Toronto Sun reported it.", "Toronto Sun", schema.Organization},
		{"Drilling began in the Aphrodite gas field.", "Aphrodite", schema.Place},
		{"Minister of Information Kareem al-Saadi spoke.", "Kareem al-Saadi", schema.Person},
		{"Farmers Union Vice Chairman Olle Berglund spoke.", "Farmers Union", schema.Organization},
		{"Farmers Union Vice Chairman Olle Berglund spoke.", "Olle Berglund", schema.Person},
		{"The Vasa Memorial was closed.", "Vasa Memorial", schema.Place},
		{"The plane landed at Oslo International Airport.", "Oslo International Airport", schema.Place},
		{"Mia Lund, an analyst at Nomura, spoke.", "Mia Lund", schema.Person},
		{"She is an Estonian Freedom Activist.", "Estonian Freedom Activist", "none"},
		{"About Farid nasseri, who met Farid Nasseri in Oslo.", "Farid Nasseri", schema.Person},
		{"The group was named a U.S.-designated Foreign Terrorist Entity.", "Terrorist Entity", "none"},
		{"THE TALKS ARE GREAT FOR USA!", "USA", "none"},
		{"The Nepal Workers' Party met.", "Nepal Workers' Party", schema.Organization},
		{"The Committee to Protect Reporters spoke.", "Committee to Protect Reporters", schema.Organization},
	} {
		ws := words(c.sent)
		dt := newDetector(&document{}, [][]word{ws})
		got := schema.Class("none")
		for _, m := range dt.detect(ws) {
			if m.Text == c.name {
				got = m.Class
				if m.PlaceHint && got == "" {
					got = schema.Place
				}
			}
		}
		if got != c.want {
			t.Errorf("%q: %q is %q, want %q", c.sent, c.name, got, c.want)
		}
	}
}

// World regions are places of their own, not regions of the country whose name they end
// with, nor the country itself.
func TestWorldRegions(t *testing.T) {
	d := testDoc("regions", "Growers in Central America and South America met buyers from North Africa.", "Southern Chile had rain.")
	ents, _ := analyzeT(t, newSemantics(nil), d)
	got := map[string]schema.Class{}
	for _, e := range ents {
		got[e.Name] = e.Class
	}
	for _, want := range []string{"Central America", "South America", "North Africa", "Southern Chile"} {
		if got[want] != schema.Place {
			t.Errorf("%s: not a place in %v", want, got)
		}
	}
	if _, ok := got["United States"]; ok {
		t.Errorf("a world region read as the United States: %v", got)
	}
}

// A name no lexicon knows is a body's when the document describes it as one.
func TestBodiesFromEvidence(t *testing.T) {
	tests := []struct {
		sents       []string
		name        string
		want, wrong schema.Class
	}{
		{[]string{"Kestrel Dynamics, a Danish engineering company, opened a plant in Ohio.", "Kestrel Dynamics said the plant would employ 300 people."},
			"Kestrel Dynamics", schema.Organization, schema.Person},
		{[]string{"Shares in Valtrio Telecom rose on Friday.", "Valtrio Telecom said it would hire staff."},
			"Valtrio Telecom", schema.Organization, schema.Person},
		{[]string{"Shares in Valtrio rose on Friday.", "Valtrio said it would hire staff."},
			"Valtrio", schema.Organization, schema.Place},
		{[]string{"Kestrel, a Danish engineering company, opened a plant in Ohio.", "Kestrel said the plant would employ 300 people."},
			"Kestrel", schema.Organization, schema.Person},
		{[]string{"Valtrio Telecom said it would cut 500 jobs in Lyon."},
			"Valtrio Telecom", schema.Organization, schema.Person},
		// A person says "it" too; a surname alone may be anyone's.
		{[]string{"Carlo Mendes said it was a hard year."},
			"Carlo Mendes", schema.Person, schema.Organization},
		{[]string{"Valtrio Telecom, one of the largest firms in Chile, cut jobs."},
			"Valtrio Telecom", schema.Organization, schema.Person},
		{[]string{"Quillet Ardana, the Chilean telecoms company, cut jobs."},
			"Quillet Ardana", schema.Organization, schema.Person},
		{[]string{"Quillet Ardana, the company chairman, said the plan would fail."},
			"Quillet Ardana", schema.Person, schema.Organization},
		{[]string{"Pension funds bought a stake in Harlan Vine last year."},
			"Harlan Vine", schema.Organization, schema.Place},
		// A person described by a body's noun that is not the head stays a person.
		{[]string{"Carla Mendes, a company spokeswoman, said the deal was signed."},
			"Carla Mendes", schema.Person, schema.Organization},
		{[]string{"Quillet Ardana, a company spokesman, said the deal was signed."},
			"Quillet Ardana", schema.Person, schema.Organization},
		{[]string{"Olof Brandt, a group leader, told reporters in Malmo that talks went well."},
			"Olof Brandt", schema.Person, schema.Organization},
	}
	for _, tt := range tests {
		ents, _ := analyzeT(t, newSemantics(nil), testDoc("b", tt.sents...))
		got := map[schema.Class]bool{}
		for _, e := range ents {
			if e.Name == tt.name {
				got[e.Class] = true
			}
		}
		if !got[tt.want] || got[tt.wrong] {
			t.Errorf("%q: classes %v, want %s and not %s", tt.name, got, tt.want, tt.wrong)
		}
	}
}

func TestBodiesFromEvidenceTrade(t *testing.T) {
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("b", `"It works," says Bo Quillet, a senior broadcaster with the Rainbow network.`))
	for _, e := range ents {
		if e.Name == "Bo Quillet" && e.Class != schema.Person {
			t.Errorf("Bo Quillet is a %s", e.Class)
		}
	}
}

// A director of one field of a body ("deputy director", "campaign director", a hyphenated
// field as in "anti-piracy director") is a member of it, not its head; "was director of"
// and "executive director" still head it.
func TestStaffDirector(t *testing.T) {
	tests := []struct {
		sent, want, wrong string
	}{
		{"Former Rainbow Fund deputy director Ada Smith praised the plan.", "Ada Smith memberOf Rainbow Fund", "Ada Smith leads Rainbow Fund"},
		{"Ada Smith was director of the Rainbow Fund until 2010.", "Ada Smith leads Rainbow Fund", "Ada Smith memberOf Rainbow Fund"},
		{"Lumen Music Group's anti-piracy director Tomas Brenner said the site would be closed.", "Tomas Brenner memberOf Lumen Music Group", "Tomas Brenner leads Lumen Music Group"},
		{"Corvane Media Group's counter-fraud director Lukas Wendt said the accounts were checked.", "Lukas Wendt memberOf Corvane Media Group", "Lukas Wendt leads Corvane Media Group"},
		{"Corvane Media Group's executive director Rhea Lind said the accounts were checked.", "Rhea Lind leads Corvane Media Group", "Rhea Lind memberOf Corvane Media Group"},
		{"Tomas Brenner is the campaign director of Lumen Music Group.", "Tomas Brenner memberOf Lumen Music Group", "Tomas Brenner leads Lumen Music Group"},
		{"\"Sales will fall,\" said Ilse Marek, associate director of Corvane Media Group.", "Ilse Marek memberOf Corvane Media Group", "Ilse Marek leads Corvane Media Group"},
		{"Greta Holm was the executive director of Corvane Media Group.", "Greta Holm leads Corvane Media Group", "Greta Holm memberOf Corvane Media Group"},
		{"\"Sales will fall,\" said Ilse Marek, assistant director of Corvane Media Group.", "Ilse Marek memberOf Corvane Media Group", "Ilse Marek leads Corvane Media Group"},
		{"Corvane Media Group's assistant director Ilse Marek said the accounts were checked.", "Ilse Marek memberOf Corvane Media Group", "Ilse Marek leads Corvane Media Group"},
	}
	for _, tt := range tests {
		_, got := analyzeT(t, newSemantics(nil), testDoc("d", tt.sent))
		if !got[tt.want] || got[tt.wrong] {
			t.Errorf("%q: got %v, want %q and not %q", tt.sent, got, tt.want, tt.wrong)
		}
	}
	ws := words("The fund's campaign director Ada Smith said so.")
	if r, n, _ := matchTitle(ws, 4); n != 1 || r != roleMember {
		t.Errorf("campaign director: role %d", r)
	}
	ws = words("The fund's executive director Ada Smith said so.")
	if r, _, _ := matchTitle(ws, 4); r != roleLeader {
		t.Errorf("executive director: role %d", r)
	}
}

// A capital that acts is its state: in a pact "between Lima and Santiago", in "talks with
// Lima", as a subject coordinated with another capital; not inside a longer name, and
// Brussels acting is the European Union's seat, not Belgium.
func TestCapitalsActing(t *testing.T) {
	tests := []struct {
		sent        string
		name        string
		want, wrong schema.Class
	}{
		{"The deal is set out in an agreement between Lima and Santiago that runs to 2030.", "Chile", schema.Country, schema.Place},
		{"Officials opened formal talks with Santiago on Monday.", "Chile", schema.Country, schema.Place},
		{"Santiago and Lima had been discussing the border for months.", "Chile", schema.Country, schema.Place},
		{"Ada Ruiz flew to Santiago on Monday.", "Santiago", schema.Place, schema.Country},
		{"Kestrel Inc signed a loan agreement with Santiago Harbour Capital Inc.", "Chile", "", schema.Country},
		{"Farmers feared closer relations with Brussels.", "Belgium", "", schema.Country},
	}
	for _, tt := range tests {
		ents, _ := analyzeT(t, newSemantics(nil), testDoc("c", tt.sent))
		got := map[schema.Class]bool{}
		for _, e := range ents {
			if e.Name == tt.name {
				got[e.Class] = true
			}
		}
		if tt.want != "" && !got[tt.want] || got[tt.wrong] {
			t.Errorf("%q: %s is %v, want %q and not %s", tt.sent, tt.name, got, tt.want, tt.wrong)
		}
	}
}
