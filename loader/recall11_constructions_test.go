package loader

import "testing"

// Wire-style constructions of task recall11 (Reuters politics), each on sentences written
// for the test (people made up; the countries real): the facts asserted, and wrong facts
// asserted absent (another body's title, negation, questions, a protest or a game).

// TestPartyWordBeforeStateTitle checks a party's word before a head of state's or a
// minister's title ("Socialist President X"): X heads the state of the story and belongs
// to the party; the party's own title ("Socialist Party president Y", "Socialist leader
// Z") still heads the party and no state.
func TestPartyWordBeforeStateTitle(t *testing.T) {
	story := []string{"France is due to hold an election in May.", "The French system gives the head of state wide powers."}
	with := func(s string) []string { return append(append([]string(nil), story...), s) }
	runRelCases(t, []relCase{
		{sents: with("Incumbent Socialist President Marc Delorme is tipped to win."),
			want: []string{"Marc Delorme leads France", "Marc Delorme memberOf Socialist Party"}, not: []string{"Marc Delorme leads Socialist Party"}},
		{sents: with("Socialist Prime Minister Marc Delorme resigned on Friday."),
			want: []string{"Marc Delorme leads France", "Marc Delorme memberOf Socialist Party"}, not: []string{"Marc Delorme leads Socialist Party"}},
		{sents: with("Socialist Party president Marc Delorme is tipped to win."),
			want: []string{"Marc Delorme leads Socialist Party"}, not: []string{"Marc Delorme leads France"}},
		{sents: with("Socialist leader Marc Delorme is tipped to win."), not: []string{"Marc Delorme leads France"}},
	})
}

// TestGovernmentDemonymHome checks a short story whose one country is named once, as the
// qualifier of its government ("the Norwegian government's main party"): its bare titles
// are that country's posts. A second country named, and a bare title in a question,
// give none.
func TestGovernmentDemonymHome(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"A split in the Norwegian government's main party may prompt Prime Minister Lars Vold to call an election, Interior Minister Per Aasen said.", "He told reporters that Vold was considering new elections."},
			want: []string{"Lars Vold leads Norway", "Per Aasen memberOf Norway"}},
		{sents: []string{"A split in the Norwegian government's main party may help Sweden, Interior Minister Per Aasen said.", "He told reporters that Sweden was pleased."},
			not: []string{"Per Aasen memberOf Norway", "Per Aasen memberOf Sweden"}},
		{sents: []string{"The Norwegian government's party is split.", "Will Prime Minister Lars Vold visit Denmark?"},
			not: []string{"Lars Vold visited Denmark"}},
	})
}

// TestNameParticleArap checks the Kalenjin particle "arap" (son of) inside a name: the
// name runs through it, and its first word alone is no person.
func TestNameParticleArap(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Kenyan leader Samuel arap Keter spoke on Friday.", "Keter said he was glad."},
			want: []string{"Samuel arap Keter leads Kenya", "Samuel arap Keter nationality Kenya"}, not: []string{"Samuel leads Kenya"}},
	})
}

// TestTitleAtBody checks a post written out with "at" and a body before the name it is
// set off for ("The political department head at Chile's Defence Ministry, X, said"):
// X holds a post in the body (memberOf), and heads it not; a place after "at" and a
// speaker's name after a clause give nothing.
func TestTitleAtBody(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"The political department head at Chile's Defence Ministry, Tomas Varga, said on Monday fighting was continuing."},
			want: []string{"Tomas Varga memberOf Ministry of Defence of Chile"}, not: []string{"Tomas Varga leads Ministry of Defence of Chile"}},
		{sents: []string{"The chief economist at the Velka Bank, Tomas Varga, said rates would rise."},
			want: []string{"Tomas Varga memberOf Velka Bank"}, not: []string{"Tomas Varga leads Velka Bank"}},
		{sents: []string{"He spoke at the Velka Bank, Tomas Varga said."}, not: []string{"Tomas Varga memberOf Velka Bank"}},
	})
}

// TestWireTitles checks titles of wire copy read from data/titles.tsv: "Vice Minister of
// the Y Ministry", "Charge d'Affaires" before a name, and a possessive country's
// "revolutionary leader" set off by commas (a nationality, as "Y's leader, X" gives).
func TestWireTitles(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Tomas Varga, Vice Minister of the Velka Trade Ministry, said in a statement the talks had failed."},
			want: []string{"Tomas Varga memberOf Velka Trade Ministry"}, not: []string{"Tomas Varga leads Velka Trade Ministry"}},
		{sents: []string{"Tomas Varga met Chilean Charge d'Affaires Pavel Orlov on Monday."},
			want: []string{"Pavel Orlov memberOf Chile", "Pavel Orlov nationality Chile"}, not: []string{"Tomas Varga memberOf Chile"}},
		{sents: []string{"Chile's revolutionary leader, Tomas Varga, warned the nation against dissent."},
			want: []string{"Tomas Varga leads Chile", "Tomas Varga nationality Chile"}},
	})
}

// TestCrushedAttack checks a verb that defeats an attack named by its makers' demonym
// ("its forces crushed a Peruvian attack"): the two sides fight each other. A crushed
// protest, a game won, a negated verb and a question give no fight.
func TestCrushedAttack(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Chile said today its forces had crushed a Peruvian attack on a strategic peak."},
			want: []string{"Chile fights Peru", "Peru fights Chile"}},
		{sents: []string{"Chilean police foiled a Peruvian attack on the border post."},
			want: []string{"Chilean police fights Peru", "Peru fights Chilean police"}},
		{sents: []string{"Chile crushed the protest in Santiago."}, not: []string{"Chile fights Santiago"}},
		{sents: []string{"Chile crushed Peru in the final."}, not: []string{"Chile fights Peru"}},
		{sents: []string{"Chile did not crush a Peruvian attack."}, not: []string{"Chile fights Peru", "Peru fights Chile"}},
		{sents: []string{"Will Chile crush a Peruvian attack?"}, not: []string{"Chile fights Peru", "Peru fights Chile"}},
	})
}

// TestBareHeadPastComma checks a bare head of state's title in a one-country story whose
// sentence names an international body after a comma ("President X tried to abolish
// subsidies, in line with IMF advice"): the body is no one X presides, so X heads the
// story's country; a body before the title ("the Supreme Court is led by President Y")
// still blocks it, and a minister's bare title beside a body past a comma stays bare.
func TestBareHeadPastComma(t *testing.T) {
	story := []string{"Zambia's talks with the World Bank have run into difficulties.", "Banking sources said Zambia was persuaded to lift the ceiling."}
	with := func(s string) []string { return append(append([]string(nil), story...), s) }
	runRelCases(t, []relCase{
		{sents: with("President Ezra Mwale tried to abolish maize subsidies last December, in line with IMF recommendations."),
			want: []string{"Ezra Mwale leads Zambia"}, not: []string{"Ezra Mwale leads International Monetary Fund"}},
		{sents: with("The Supreme Court is led by President Ezra Mwale."), not: []string{"Ezra Mwale leads Zambia"}},
		{sents: with("Former Cabinet minister Ezra Mwale has criticised the plan, saying the UN should lead."), not: []string{"Ezra Mwale memberOf Zambia"}},
	})
}

// TestLowerCasePortfolio checks a lower-case minister's title with its portfolio after
// "of" between a country's possessive and a name in apposition ("Mexico's minister of
// energy and mines, X"): X is the country's minister, as with "Mexico's energy minister,
// X"; a clause after the comma and an unowned title give none.
func TestLowerCasePortfolio(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Mexico's minister of energy and mines, Tomas Varga, has yet to reply to an invitation."},
			want: []string{"Tomas Varga memberOf Mexico", "Tomas Varga nationality Mexico"}},
		{sents: []string{"He asked Mexico's minister of energy, and Tomas Varga agreed."}, not: []string{"Tomas Varga memberOf Mexico"}},
		{sents: []string{"The minister of energy, Tomas Varga, said prices would rise."}, not: []string{"Tomas Varga memberOf Mexico"}},
	})
}

// TestSaidInStatement checks "X said in a statement Japan would ...": the country opens
// the reported clause and is no place X spoke in; "X said in Tokyo that ..." still is.
func TestSaidInStatement(t *testing.T) {
	runRelCases(t, []relCase{
		{sents: []string{"Tomas Varga said in a statement Japan would consider measures."}, not: []string{"Tomas Varga visited Japan"}},
		{sents: []string{"Tomas Varga said in an interview Chile was ready to talk."}, not: []string{"Tomas Varga visited Chile"}},
		{sents: []string{"Tomas Varga said in Tokyo that Japan would consider measures."}, want: []string{"Tomas Varga visited Tokyo"}},
	})
}
