package loader

import "testing"

// Titles from data/titles.tsv, on sentences of our own.
func TestTitleLexicon(t *testing.T) {
	tests := []struct {
		sent   string
		want   []string
		absent []string
	}{
		{"Lakeland Radio photojournalist Omar Haddad was injured.", []string{"Omar Haddad memberOf Lakeland Radio"}, nil},
		{"Hana Velic, the general manager of Lakeland Radio, resigned.", []string{"Hana Velic leads Lakeland Radio"}, nil},
		{"The talks were led by Ivo Marek, a Croatian peace envoy.", []string{"Ivo Marek nationality Croatia"}, nil},
		{"The Croatian gas producer Adrigas signed a deal.", nil, []string{"Adrigas nationality Croatia"}},
		{"Croatian opposition leader Ivo Marek was arrested.", []string{"Ivo Marek nationality Croatia"}, []string{"Ivo Marek leads Croatia", "Ivo Marek memberOf Croatia"}},
	}
	for _, tt := range tests {
		_, got := analyzeT(t, newSemantics(nil), testDoc("t", tt.sent))
		for _, f := range tt.want {
			if !got[f] {
				t.Errorf("%s: missing %q; got %v", tt.sent, f, got)
			}
		}
		for _, f := range tt.absent {
			if got[f] {
				t.Errorf("%s: wrong fact %q", tt.sent, f)
			}
		}
	}
	if titleLex().titles["president"] != roleLeader || !titleLex().modifiers["former"] || !titleLex().portfolios["information"] {
		t.Error("titles.tsv not read")
	}
}

// Party words before a title or a name name the party in a document about its country.
func TestPartyWords(t *testing.T) {
	tests := []struct {
		sents  []string
		want   []string
		absent []string
	}{
		{[]string{"Republican Senator Ada Brenner spoke in Washington about US trade."}, []string{"Ada Brenner memberOf Republican Party"}, nil},
		{[]string{"Labour leader Tom Ashby said Britain would stay."}, []string{"Tom Ashby leads Labour Party"}, nil},
		{[]string{"Tory MP Ruth Calder criticised the UK budget."}, []string{"Ruth Calder memberOf Conservative Party"}, nil},
		{[]string{"Democrat Lena Morrow spoke for the US Senate."}, []string{"Lena Morrow memberOf Democratic Party"}, nil},
		{[]string{"The Democratic mayor Jo Park of a US city spoke."}, []string{"Jo Park memberOf Democratic Party"}, []string{"Jo Park leads Democratic Party"}},
		{[]string{"Republican Senator Ada Brenner spoke in Dublin about Ireland."}, nil, []string{"Ada Brenner memberOf Republican Party"}},
	}
	for _, tt := range tests {
		_, got := analyzeT(t, newSemantics(nil), testDoc("p", tt.sents...))
		for _, f := range tt.want {
			if !got[f] {
				t.Errorf("%s: missing %q; got %v", tt.sents, f, got)
			}
		}
		for _, f := range tt.absent {
			if got[f] {
				t.Errorf("%s: wrong fact %q", tt.sents, f)
			}
		}
	}
}

// Names classed from evidence: a group noun after an unknown name, a founder's title, and
// the PETRARCH2 organisation hints that are persons' names.
func TestNameEvidence(t *testing.T) {
	ents, got := analyzeT(t, newSemantics(nil), testDoc("e",
		"Police linked the attackers to the Jamaat Kalani network.",
		"The late Hezbollah founder Karim Haddad was buried.",
		"Osama bin Laden was killed in 2011.",
	))
	class := map[string]string{}
	for _, e := range ents {
		class[e.Name] = e.Class.Name()
	}
	for name, want := range map[string]string{"Jamaat Kalani": "Organization", "Karim Haddad": "Person", "Osama bin Laden": "Person"} {
		if class[name] != want {
			t.Errorf("%s: class %q, want %q (all %v)", name, class[name], want, class)
		}
	}
	if !got["Karim Haddad memberOf Hezbollah"] || got["Karim Haddad leads Hezbollah"] {
		t.Errorf("a founder is a member, not the head: %v", got)
	}
	if !lex().personLike("osama bin laden") || lex().personLike("abu sayyaf group") {
		t.Error("personLike")
	}
}

// A country coordinated with a person is no body of the person's title.
func TestCountryBesideDemonymTitle(t *testing.T) {
	_, got := analyzeT(t, newSemantics(nil), testDoc("c", "The envoy mediated between Chile and Peruvian President Ana Souza."))
	if !got["Ana Souza leads Peru"] || got["Ana Souza leads Chile"] || got["Ana Souza nationality Chile"] {
		t.Errorf("got %v", got)
	}
}

// A country's government is the country.
func TestGovernmentOf(t *testing.T) {
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("g", "The Government of Croatia protested."))
	for _, e := range ents {
		if e.Name != "Croatia" || e.Class.Name() != "Country" {
			t.Errorf("entity %s (%s), want only Croatia, a Country", e.Name, e.Class.Name())
		}
	}
}

// A rank with a demonym gives nationality, no post.
func TestRankWithDemonym(t *testing.T) {
	_, got := analyzeT(t, newSemantics(nil), testDoc("r", "Croatian general Ivo Marek and Croatian Major General Ana Kovac arrived."))
	if !got["Ivo Marek nationality Croatia"] || got["Ivo Marek memberOf Croatia"] || got["Ana Kovac memberOf Croatia"] {
		t.Errorf("got %v", got)
	}
}

// A speaker who "told" someone is a person, not a body, whatever the first name.
func TestSpeakerIsPerson(t *testing.T) {
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("s", "All day the rain fell.", "On Monday, Rain Harbor told reporters the plan was ready."))
	found := false
	for _, e := range ents {
		if e.Name == "Rain Harbor" {
			found = true
			if e.Class.Name() != "Person" {
				t.Errorf("Rain Harbor is a %s", e.Class.Name())
			}
		}
	}
	if !found {
		t.Errorf("no entity Rain Harbor: %v", ents)
	}
}
