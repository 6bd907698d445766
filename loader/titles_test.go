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
