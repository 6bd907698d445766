package main

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		want   string // the canonical form
		start  []string
		reason string
	}{
		{"one hop", []string{"Quds Force", "in:commands"}, "'Quds Force' in:commands", []string{"Quds Force"}, "a name with spaces is one argument"},
		{"single string", []string{"'Bashar al-Assad' in:supports class:Country"}, "'Bashar al-Assad' in:supports class:Country", []string{"Bashar al-Assad"}, "one argument is split, honouring quotes"},
		{"double quotes", []string{`"Ali Akbar Velayati" both:met,visited limit:3`}, "'Ali Akbar Velayati' both:met,visited limit:3", []string{"Ali Akbar Velayati"}, ""},
		{"single name", []string{"Quds Force"}, "'Quds Force'", []string{"Quds Force"}, "one argument without steps or quotes is one name"},
		{"no start", []string{"class:Person", "has:visited=Moscow"}, "class:Person has:visited=Moscow", nil, "no names: start from every entity"},
		{"any relation", []string{"Iran", "out", "in"}, "Iran out in", []string{"Iran"}, "bare out and in follow any relation"},
		{"two starts", []string{"Iran", "Russia", "out:supports"}, "Iran Russia out:supports", []string{"Iran", "Russia"}, ""},
		{"case", []string{"Iran", "out:SUPPORTS", "class:person"}, "Iran out:supports class:Person", []string{"Iran"}, "predicate and class names in any case"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := parseQuery(tt.args)
			if err != nil {
				t.Fatalf("parseQuery(%q): %v", tt.args, err)
			}
			if got := q.String(); got != tt.want {
				t.Errorf("parseQuery(%q) = %s, want %s (%s)", tt.args, got, tt.want, tt.reason)
			}
			if !slices.Equal(q.start, tt.start) {
				t.Errorf("start = %q, want %q", q.start, tt.start)
			}
		})
	}
	q, _ := parseQuery([]string{"X", "has:visited=Valdoria City"})
	if s := q.steps[0]; s.kind != stepHas || s.preds[0] != schema.Visited || s.name != "Valdoria City" {
		t.Errorf("has step = %+v", s)
	}
}

func TestParseQueryErrors(t *testing.T) {
	for _, args := range [][]string{
		{"Iran", "outt:supports"},    // unknown step
		{"Iran", "out:likes"},        // unknown predicate
		{"Iran", "out", "Russia"},    // a name after the steps
		{"Iran", "has:visited"},      // has without =
		{"Iran", "class:Document"},   // not an entity class
		{"Iran", "limit:0"},          // limit below 1
		{"'Iran out"},                // unclosed quote
		{"Iran", "out:met,likes"},    // one bad predicate in a list
		{"Iran", "has:met,fights=X"}, // has takes one predicate
	} {
		if q, err := parseQuery(args); err == nil {
			t.Errorf("parseQuery(%q) = %s, want an error", args, q)
		}
	}
}
