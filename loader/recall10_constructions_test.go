package loader

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// Wire-style constructions of task recall10 (Reuters politics), each on sentences written
// for the test (people and parties made up): the facts asserted, and wrong facts asserted
// absent.

// TestAcronymBeforeTitle checks a party's bracketed acronym before a government title:
// "CDU Finance Minister X" makes X a member of the party the acronym stands for, as "CDU
// member X" does; an acronym the document never defines, a plural title and a headline in
// capitals give nothing.
func TestAcronymBeforeTitle(t *testing.T) {
	def := "Karel Dvor of the Velka Social Party (VSP) spoke on Monday."
	runRelCases(t, []relCase{
		{sents: []string{def, "VSP Finance Minister Petr Brenner spoke on Tuesday."}, want: []string{"Petr Brenner memberOf Velka Social Party"}, not: []string{"Petr Brenner leads Velka Social Party"}},
		{sents: []string{def, "Later former VSP Chancellor Hans Dorn agreed."}, want: []string{"Hans Dorn memberOf Velka Social Party"}, not: []string{"Hans Dorn leads Velka Social Party"}},
		// Apart from the party the acronym spells in another language's order.
		{sents: []string{"Jan Roth of the Velka Democratic Party (SDV) spoke.", "SDV Interior Minister Ota Hrabe did not attend."}, want: []string{"Ota Hrabe memberOf Velka Democratic Party"}},
		{sents: []string{"VSP Finance Minister Petr Brenner spoke on Tuesday."}, not: []string{"Petr Brenner memberOf Velka Social Party", "Petr Brenner memberOf VSP"}},
		{sents: []string{def, "VSP leaders met Petr Brenner."}, not: []string{"Petr Brenner memberOf Velka Social Party", "Petr Brenner leads Velka Social Party"}},
		{sents: []string{def, "VSP FINANCE MINISTER PETR BRENNER RESIGNS"}, not: []string{"Petr Brenner memberOf Velka Social Party"}},
	})
}

// TestDemonymPartyNamed checks "leader of the Irish party X": the title is the named
// party's, and the demonym its leader's nationality, not a post of the state; a party
// left unnamed gives no post of the state either, nor does a question.
func TestDemonymPartyNamed(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Rolf Brecht, leader of the Irish party Unity Front, said he would win."},
			want: []string{"Rolf Brecht leads Unity Front", "Rolf Brecht nationality Ireland"}, not: []string{"Rolf Brecht leads Ireland", "Rolf Brecht memberOf Ireland"}},
		{sents: []string{"Per Holm, leader of the Swedish opposition party Folk Union, agreed."},
			want: []string{"Per Holm leads Folk Union", "Per Holm nationality Sweden"}, not: []string{"Per Holm leads Sweden"}},
		{sents: []string{"Dara Molloy, head of the Irish party Fine Oir, said so."},
			want: []string{"Dara Molloy leads Fine Oir"}, not: []string{"Dara Molloy leads Ireland"}},
		{sents: []string{"Eva Lind, leader of the Swedish party, agreed."}, not: []string{"Eva Lind leads Sweden", "Eva Lind memberOf Sweden"}},
		{sents: []string{"Jon Dahl, head of the Swedish software firm Kodak Nord, agreed."},
			want: []string{"Jon Dahl leads Kodak Nord"}, not: []string{"Jon Dahl leads Sweden", "Jon Dahl nationality Sweden"}},
	})
	recall10Class(t, []string{"Dara Molloy, head of the Irish party Fine Oir, said so."}, "Fine Oir", schema.Organization)
	recall10Class(t, []string{"He told the party Tuesday that Rolf Brecht would win."}, "Tuesday", "")
}

// recall10Class checks the class of the entity named name in the document of sents; an
// empty class asserts that no entity has that name.
func recall10Class(t *testing.T, sents []string, name string, class schema.Class) {
	t.Helper()
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("rel", sents...))
	var got schema.Class
	for _, e := range ents {
		if e.Name == name {
			got = e.Class
		}
	}
	if got != class {
		t.Errorf("%q: %s is %q, want %q", sents, name, got, class)
	}
}

// TestBareTitleAfterThat checks a bare government title after the complementiser "that"
// in a story about one country: "reports said that Finance Minister X" is that country's
// minister, as "reports said Finance Minister X" is; a sentence naming another country,
// and a question, still give none.
func TestBareTitleAfterThat(t *testing.T) {
	story := []string{"President Ivo Marek met Chilean business leaders on Monday.", "The talks were on Chile's debt.", "Chile's economy is slowing."}
	with := func(s string) []string { return append(append([]string(nil), story...), s) }
	runRelCases(t, []relCase{
		{sents: with("Local reports said that Finance Minister Dario Vela had not been invited."), want: []string{"Dario Vela memberOf Chile"}},
		{sents: with("Reports said that Finance Minister Dario Vela had flown to Peru."), not: []string{"Dario Vela memberOf Chile", "Dario Vela memberOf Peru"}},
		{sents: with("Did Finance Minister Dario Vela go to Peru?"), not: []string{"Dario Vela visited Peru", "Dario Vela memberOf Peru"}},
	})
}

// TestRulingPartyPossessed checks a person's possessive before "ruling", "governing" or
// "own" and a party: the person is its member; a rival's party, and a party named as a
// modifier of another noun, are not the possessor's.
func TestRulingPartyPossessed(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Pavel Orlov's ruling Liberal Renewal Party (LRP) is to consider measures."}, want: []string{"Pavel Orlov memberOf Liberal Renewal Party"}, not: []string{"Pavel Orlov leads Liberal Renewal Party"}},
		{sents: []string{"Anna Berg ordered her governing Velka Democratic Party to act."}, want: []string{"Anna Berg memberOf Velka Democratic Party"}},
		{sents: []string{"Pavel Orlov's rival Green Renewal Party objected."}, not: []string{"Pavel Orlov memberOf Green Renewal Party"}},
		{sents: []string{"Pavel Orlov's ruling Green Renewal Party MP Ana Sole objected."}, not: []string{"Pavel Orlov memberOf Green Renewal Party"}},
	})
}

// TestShortBodyBeforeTitle checks a body's head word alone before a lower-case title
// ("Commission president X") after the document named the body in full: the one body
// whose name ends in that word; with two such bodies, or none, nothing.
func TestShortBodyBeforeTitle(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Rolf Brecht will seek the advice of the Velka Commission on debt.", "An offer of help was made to him today by Commission president Jacques Dorel."},
			want: []string{"Jacques Dorel leads Velka Commission"}},
		{sents: []string{"The Budget Committee and the Trade Committee met.", "Committee chairman Ana Sole spoke."},
			not: []string{"Ana Sole leads Budget Committee", "Ana Sole leads Trade Committee"}},
		{sents: []string{"Commission president Jacques Dorel spoke."}, not: []string{"Jacques Dorel leads Commission"}},
	})
}

// TestApposedVerbRepaired checks a name with a post in apposition before the sentence's
// verb ("X, the trade minister, repeated the threat before leaving Y"), which the parser
// read as the post's reduced relative: the name is the verb's subject, and so the subject
// of its gerund clause. A negated verb, and a passive participle set off by commas, keep
// their readings.
func TestApposedVerbRepaired(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Tomas Varga, the Veldonian trade minister, repeated the threat before leaving Lima yesterday."}, want: []string{"Tomas Varga visited Lima"}},
		{sents: []string{"Tomas Varga, the Veldonian trade minister, did not leave Lima."}, not: []string{"Tomas Varga visited Lima"}},
		{sents: []string{"Tomas Varga, the Veldonian trade minister, will leave Lima on Monday."}, not: []string{"Tomas Varga visited Lima"}},
	})
}
