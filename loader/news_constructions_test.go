package loader

// Issue 11's constructions of unseen news, each tried through the whole loader on
// sentences of our own (names, places and events made up for the test): relative clauses
// closed by a comma, hyphenated modifiers of a title, noun-phrase relations, lists,
// passives, event nouns with light verbs, copulas, pronouns and what gives nothing.

import "testing"

// TestClosedRelativeClause checks that the verb after a relative clause set off by commas
// takes the noun the clause is on as its subject, not a name inside the clause.
func TestClosedRelativeClause(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Ilse Brandt, who met Teodor Lunde last year, visited Harare."},
			want:  []string{"Ilse Brandt visited Harare", "Ilse Brandt met Teodor Lunde"},
			not:   []string{"Teodor Lunde visited Harare"},
		},
		{
			sents: []string{"The Orun Brigade, which Malawi backs, shelled Lilongwe."},
			not:   []string{"Malawi attacked Lilongwe"},
		},
		{
			sents: []string{"The Orun Brigade, which shelled Lilongwe in May, is backed by Zambia."},
			want:  []string{"Zambia supports Orun Brigade", "Orun Brigade attacked Lilongwe"},
		},
	})
}

// TestHyphenatedTitleModifier checks a hyphenated modifier before a title in an
// apposition: a field makes a staff director a member of the body, a word of time or
// manner keeps the head ("long-time director", "long-serving president"), and a field
// before another title names no post.
func TestHyphenatedTitleModifier(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Teodor Lunde, the anti-doping director of the Skate Federation, spoke on Friday."},
			want:  []string{"Teodor Lunde memberOf Skate Federation"},
			not:   []string{"Teodor Lunde leads Skate Federation"},
		},
		{
			sents: []string{"Teodor Lunde, the long-time director of the Skate Federation, spoke on Friday."},
			want:  []string{"Teodor Lunde leads Skate Federation"},
			not:   []string{"Teodor Lunde memberOf Skate Federation"},
		},
		{
			sents: []string{"Teodor Lunde, long-time director of the Skate Federation, spoke on Friday."},
			want:  []string{"Teodor Lunde leads Skate Federation"},
			not:   []string{"Teodor Lunde memberOf Skate Federation"},
		},
		{
			sents: []string{"Teodor Lunde, the long-serving president of Malawi, spoke on Friday."},
			want:  []string{"Teodor Lunde leads Malawi"},
		},
		{
			sents: []string{"Teodor Lunde, vice-president of the Skate Federation, spoke on Friday."},
			want:  []string{"Teodor Lunde memberOf Skate Federation"},
			not:   []string{"Teodor Lunde leads Skate Federation"},
		},
	})
}

// TestEventNounByAgent checks an event noun whose agent is a "by" phrase ("the attack by
// X on Y", "a visit to Y by X"), and a passive of a verb that undoes the event.
func TestEventNounByAgent(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Zambia condemned the attack by the Lake Front on Mombasa."},
			want:  []string{"Lake Front attacked Mombasa"},
			not:   []string{"Zambia attacked Mombasa", "Zambia fights Lake Front"},
		},
		{
			sents: []string{"The attack by the Lake Front on the Orun Brigade failed."},
			want:  []string{"Lake Front fights Orun Brigade"},
			not:   []string{"Orun Brigade fights Lake Front"},
		},
		{
			sents: []string{"A visit to Lusaka by Ilse Brandt ended on Friday."},
			want:  []string{"Ilse Brandt visited Lusaka"},
		},
		{
			sents: []string{"The attack on Mombasa was carried out by the Lake Front."},
			want:  []string{"Lake Front attacked Mombasa"},
		},
		{
			sents: []string{"A visit to Lusaka was paid by Ilse Brandt."},
			want:  []string{"Ilse Brandt visited Lusaka"},
		},
		{
			sents: []string{"The visit of Ilse Brandt to Lusaka ended on Friday."},
			want:  []string{"Ilse Brandt visited Lusaka"},
		},
		{
			sents: []string{"The invasion of Kenya by Zambia ended in weeks."},
			want:  []string{"Zambia fights Kenya"},
			not:   []string{"Kenya fights Zambia"},
		},
		{
			sents: []string{"A visit by Ilse Brandt to Lusaka was cancelled."},
			not:   []string{"Ilse Brandt visited Lusaka"},
		},
		{
			sents: []string{"A strike by the Transport Union in Lusaka shut the port."},
			not:   []string{"Transport Union attacked Lusaka"},
		},
	})
}

// TestPairDescriptions checks "the two countries", "both nations" and "the two leaders"
// standing for the two countries or persons named just before: each fills the role, a
// symmetric predicate joins them, and one, or three or more, antecedents leave the phrase
// alone.
func TestPairDescriptions(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Malawi and Zambia signed a trade deal on Monday.", "The two countries have been close allies for a decade."},
			want:  []string{"Malawi alliedWith Zambia"},
		},
		{
			sents: []string{"Malawi and Zambia ended their dispute.", "Both nations backed the Orun Brigade."},
			want:  []string{"Malawi supports Orun Brigade", "Zambia supports Orun Brigade"},
			not:   []string{"Malawi supports Zambia"},
		},
		{
			sents: []string{"Malawi and Zambia ended their dispute.", "Ilse Brandt visited the two countries last week."},
			want:  []string{"Ilse Brandt visited Malawi", "Ilse Brandt visited Zambia"},
		},
		{
			sents: []string{"Ilse Brandt and Teodor Lunde arrived in Geneva on Monday.", "The two leaders met for three hours."},
			want:  []string{"Ilse Brandt met Teodor Lunde"},
		},
		{
			sents: []string{"Malawi, Zambia and Kenya sent envoys.", "The two countries backed the Orun Brigade."},
			not:   []string{"Malawi supports Orun Brigade", "Zambia supports Orun Brigade", "Kenya supports Orun Brigade"},
		},
		{
			sents: []string{"Malawi and Zambia ended their dispute.", "Both nations spoke of an imminent incursion into Kenya."},
			not:   []string{"Malawi fights Kenya", "Zambia fights Kenya"},
		},
		{
			sents: []string{"Teodor Lunde proposed that Ilse Brandt and Duarte Pinheiro meet for talks."},
			not:   []string{"Ilse Brandt met Duarte Pinheiro"},
		},
	})
}

// TestObjectControlledGerund checks that a gerund marked "of" or "for" after a verb with
// an object takes that object as its subject ("praised Y for backing Z"), and that after
// a verb of allegation ("accused Y of backing Z") it states nothing: third-party
// allegations are not annotated (shared/eval/wikinews/README.md, call 4).
func TestObjectControlledGerund(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Malawi accused Zambia of backing the Orun Brigade."},
			not:   []string{"Malawi supports Orun Brigade", "Zambia supports Orun Brigade"},
		},
		{
			sents: []string{"Malawi praised Zambia for backing the Orun Brigade."},
			want:  []string{"Zambia supports Orun Brigade"},
			not:   []string{"Malawi supports Orun Brigade"},
		},
	})
}

// TestQuotedFirstPerson checks that "I", "me" and "my" inside a quotation stand for the
// person the sentence attributes it to, after or before it, and for nobody otherwise; and
// that a possessive or object pronoun is no subject.
func TestQuotedFirstPerson(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Ilse Brandt, the Malawian foreign minister, spoke on Monday.", "\"I met Teodor Lunde in Lusaka,\" she said."},
			want:  []string{"Ilse Brandt met Teodor Lunde"},
		},
		{
			sents: []string{"\"I met Teodor Lunde in Lusaka,\" said Ilse Brandt."},
			want:  []string{"Ilse Brandt met Teodor Lunde"},
		},
		{
			sents: []string{"Ilse Brandt told reporters: \"I visited Lusaka last week.\""},
			want:  []string{"Ilse Brandt visited Lusaka"},
		},
		{
			sents: []string{"Teodor Lunde spoke.", "\"My visit to Lusaka was a success,\" he said."},
			want:  []string{"Teodor Lunde visited Lusaka"},
		},
		{
			sents: []string{"\"I met Teodor Lunde in Lusaka,\" the source said."},
			not:   []string{"Teodor Lunde met Teodor Lunde"},
		},
		{
			sents: []string{"Ilse Brandt spoke.", "\"I never met Teodor Lunde,\" she said."},
			not:   []string{"Ilse Brandt met Teodor Lunde"},
		},
		{
			sents: []string{"\"I think the summit in Lusaka will bring peace,\" Ilse Brandt said."},
			not:   []string{"Ilse Brandt visited Lusaka"},
		},
		{
			sents: []string{"Ilse Brandt wrote that it was a happy day for her as her father received Teodor Lunde."},
			not:   []string{"Ilse Brandt met Teodor Lunde"},
		},
	})
}

// TestGroupNounAfterName checks "the militia" standing for a group named with that noun
// outside its name ("the Orun militia").
func TestGroupNounAfterName(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Orun militia attacked the Lake Front on Monday.", "The militia later shelled Mombasa."},
			want:  []string{"Orun attacked Mombasa"},
			not:   []string{"Lake Front attacked Mombasa"},
		},
		{
			sents: []string{"The Orun militia attacked the Lake Front on Monday.", "The militia is backed by Zambia."},
			want:  []string{"Zambia supports Orun"},
			not:   []string{"Zambia supports Lake Front"},
		},
	})
}

// TestControlledInfinitive checks the object of a verb of control before an infinitive
// ("called on X to ..."): a request states nothing, a verb of ceasing presupposes the act.
func TestControlledInfinitive(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Zambia called on the Lake Front to end its attacks on Mombasa."},
			want:  []string{"Lake Front attacked Mombasa"},
			not:   []string{"Zambia attacked Mombasa"},
		},
		{
			sents: []string{"Zambia called on the Lake Front to attack Mombasa."},
			not:   []string{"Zambia attacked Mombasa", "Lake Front attacked Mombasa"},
		},
		{
			sents: []string{"Zambia stepped up its attacks on Mombasa."},
			want:  []string{"Zambia attacked Mombasa"},
		},
	})
}

// TestBackedCampaign checks a verb of support whose object is a group's campaign ("backed
// X's offensive against Y"), and light verbs that end an event that took place ("wrapped
// up a visit to Y").
func TestBackedCampaign(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Zambia backed the Lake Front's offensive against the Orun Brigade."},
			want:  []string{"Zambia supports Lake Front", "Lake Front fights Orun Brigade"},
			not:   []string{"Zambia fights Orun Brigade", "Zambia supports Orun Brigade"},
		},
		{
			sents: []string{"Zambia condemned the Lake Front's offensive against the Orun Brigade."},
			not:   []string{"Zambia supports Lake Front"},
		},
		{
			sents: []string{"Paul Mwangi wrapped up a three-day visit to Lusaka on Tuesday."},
			want:  []string{"Paul Mwangi visited Lusaka"},
		},
	})
}

// TestForceOfBody checks a force noun with the body it belongs to after "from" or "of"
// ("fighters from the X Front"): the body acts; a country only for state agents.
func TestForceOfBody(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Fighters from the Lake Front attacked Mombasa."},
			want:  []string{"Lake Front attacked Mombasa"},
		},
		{
			sents: []string{"Troops from Zambia shelled Mombasa."},
			want:  []string{"Zambia attacked Mombasa"},
		},
		{
			sents: []string{"Gunmen from Zambia attacked Mombasa."},
			not:   []string{"Zambia attacked Mombasa"},
		},
		{
			sents: []string{"The Lake Front said its fighters attacked Mombasa."},
			want:  []string{"Lake Front attacked Mombasa"},
		},
		{
			sents: []string{"Zambia said its gunmen attacked Mombasa."},
			not:   []string{"Zambia attacked Mombasa"},
		},
	})
}

// TestItsOfReporter checks "its" standing for the body or country that reports it or is
// joined to it ("X said its leader, Y", "X and its chairman Y"), and for nothing else.
func TestItsOfReporter(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Lake Front said its leader, Teodor Lunde, had met Ilse Brandt."},
			want:  []string{"Teodor Lunde leads Lake Front", "Ilse Brandt met Teodor Lunde"},
		},
		{
			sents: []string{"The Lake Front and its leader Teodor Lunde denied the claim."},
			want:  []string{"Teodor Lunde leads Lake Front"},
		},
		{
			sents: []string{"Zambia said its president, Paul Mwangi, would stay home."},
			want:  []string{"Paul Mwangi leads Zambia"},
		},
		{
			sents: []string{"A court in Zambia ruled that its chief finance officer Teodor Lunde lives in Lusaka."},
			not:   []string{"Teodor Lunde memberOf Zambia", "Teodor Lunde nationality Zambia"},
		},
		{
			// "That its" opening a sentence: no reporter before it, and no word before "that".
			sents: []string{"The Lake Front met on Monday.", "That its leader Teodor Lunde had resigned was denied."},
			not:   []string{"Teodor Lunde leads Lake Front"},
		},
	})
}

// TestNewsConstructionsRead checks constructions that the loader already read when
// issue 11's list was tried on them: passives, light verbs with event nouns, copulas,
// lists on either side, a possessor's invasion, reported speech.
func TestNewsConstructionsRead(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Orun Brigade was led by Tamsin Okafor."},
			want:  []string{"Tamsin Okafor commands Orun Brigade"},
		},
		{
			sents: []string{"The town of Karonga was shelled by the Orun Brigade."},
			want:  []string{"Orun Brigade attacked Karonga"},
		},
		{
			sents: []string{"The Orun Brigade and the Lake Front were attacked by the Mzuzu Legion."},
			want:  []string{"Mzuzu Legion fights Orun Brigade", "Mzuzu Legion fights Lake Front"},
			not:   []string{"Orun Brigade fights Mzuzu Legion"},
		},
		{
			sents: []string{"Portuguese Foreign Minister Duarte Pinheiro paid a surprise visit on Monday to Maputo."},
			want:  []string{"Duarte Pinheiro visited Maputo", "Duarte Pinheiro nationality Portugal"},
		},
		{
			sents: []string{"Ilse Brandt started the tour on Sunday in Harare."},
			want:  []string{"Ilse Brandt visited Harare"},
		},
		{
			sents: []string{"Hungary's invasion of Slovakia ended in weeks."},
			want:  []string{"Hungary fights Slovakia"},
			not:   []string{"Slovakia fights Hungary"},
		},
		{
			sents: []string{"Duarte Pinheiro held talks with Ilse Brandt."},
			want:  []string{"Duarte Pinheiro met Ilse Brandt"},
		},
		{
			sents: []string{"The Orun Brigade fired rockets at the Lake Front."},
			want:  []string{"Orun Brigade fights Lake Front"},
		},
		{
			sents: []string{"The Orun Brigade is part of the Lake Front."},
			want:  []string{"Orun Brigade partOf Lake Front"},
		},
		{
			sents: []string{"Chile, Peru and Bolivia are close allies."},
			want:  []string{"Chile alliedWith Peru", "Bolivia alliedWith Peru", "Bolivia alliedWith Chile"},
		},
		{
			sents: []string{"Duarte Pinheiro is a member of the Green Alliance, the Tallinn Club and the Social Democratic Party."},
			want:  []string{"Duarte Pinheiro memberOf Green Alliance", "Duarte Pinheiro memberOf Tallinn Club", "Duarte Pinheiro memberOf Social Democratic Party"},
		},
		{
			sents: []string{"The Orun Brigade, a faction of the Lake Front, denied the claim."},
			want:  []string{"Orun Brigade partOf Lake Front"},
		},
		{
			sents: []string{"Ilse Brandt met Teodor Lunde and Duarte Pinheiro in Harare."},
			want:  []string{"Ilse Brandt met Teodor Lunde", "Duarte Pinheiro met Ilse Brandt"},
		},
		{
			sents: []string{"Officials said Chile attacked Peru."},
			want:  []string{"Chile fights Peru"},
		},
	})
}

// TestNewsConstructionsUnreal checks that negation, questions, conditionals, plans and
// plain futures state nothing.
func TestNewsConstructionsUnreal(t *testing.T) {
	for _, s := range []string{
		"Chile did not attack Peru.",
		"Did Chile attack Peru?",
		"If Chile attacks Peru, the treaty ends.",
		"Chile plans to attack Peru.",
		"Chile will attack Peru.",
	} {
		runRelCases(t, []relCase{{sents: []string{s}, not: []string{"Chile fights Peru"}}})
	}
}
