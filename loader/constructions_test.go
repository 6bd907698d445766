package loader

import "testing"

// The constructions of issue 11's second round, each on sentences written for the test:
// the fact asserted, and wrong facts asserted absent.

// TestPlainFutures checks that a plain future, "is to" and "is going to" state nothing
// yet, as negations, questions and conditions do; a reported past keeps its fact.
func TestPlainFutures(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Chile will attack Peru next week."}, not: []string{"Chile fights Peru"}},
		{sents: []string{"Chile is to attack Peru."}, not: []string{"Chile fights Peru"}},
		{sents: []string{"Chile is going to attack Peru."}, not: []string{"Chile fights Peru"}},
		{sents: []string{"Ana Ruiz will travel to Lima next week."}, not: []string{"Ana Ruiz visited Lima"}},
		{sents: []string{"Chile did not attack Peru."}, not: []string{"Chile fights Peru"}},
		{sents: []string{"Did Chile attack Peru?"}, not: []string{"Chile fights Peru"}},
		{sents: []string{"If Chile attacks Peru, the war will spread."}, not: []string{"Chile fights Peru"}},
		{sents: []string{"Officials said Chile attacked Peru."}, want: []string{"Chile fights Peru"}},
	})
}
