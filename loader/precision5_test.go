package loader

// Precision constructions of issue 11, fifth audit: wrong readings found on random facts of
// unseen news, fixed in general ways. Every sentence and name is our own.

import "testing"

// TestSentenceInitialOfPhraseBody checks that the head word of an of-phrase body opening a
// sentence ("Bank of Velkaria governor X said") stays in the body's name, so that the
// governor leads the Bank of Velkaria and never a body called "of Velkaria".
func TestSentenceInitialOfPhraseBody(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bank of Velkaria governor Bakari Mwinyi said the central bank was worried about inflation."},
			want:  []string{"Bakari Mwinyi leads Bank of Velkaria"},
			not:   []string{"Bakari Mwinyi leads of Velkaria"},
		},
		{
			sents: []string{"The Bank of Velkaria governor Bakari Mwinyi said on Monday that rates would rise."},
			want:  []string{"Bakari Mwinyi leads Bank of Velkaria"},
			not:   []string{"Bakari Mwinyi leads of Velkaria"},
		},
	})
	runEntCases(t, []entCase{
		{
			sents: []string{"Bank of Velkaria governor Bakari Mwinyi said the central bank was worried about inflation."},
			want:  [][2]string{{"Bank of Velkaria", "Organization"}},
			not:   [][2]string{{"of Velkaria", ""}},
		},
	})
}

// TestAmbiguousSurnameBlocksPronoun checks that a surname the document gives two persons
// ("Ginger Arnaud", born "Peter Tomas Arnaud") still stands between a pronoun and the
// person named before it: in "Arnaud found success where he met Y", "he" is no earlier
// person, while a surname of one person leaves the pronoun to him.
func TestAmbiguousSurnameBlocksPronoun(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{
				"Ginger Arnaud, the drummer, died on Sunday.",
				"Ginger Arnaud was born Peter Tomas Arnaud in Kisumu, in 1939.",
				"In 1962, when fellow drummer Jomo Kariuki was leaving the Velka Band for the Orla Band, Kariuki recommended Arnaud to be his replacement.",
				"Later, Arnaud found early success with the Dune Band where he met bassist Bakari Mwinyi.",
			},
			not: []string{"Bakari Mwinyi met Jomo Kariuki", "Jomo Kariuki met Bakari Mwinyi"},
		},
		{
			sents: []string{
				"Tomas Arnaud, the drummer, died on Sunday.",
				"In 1962, when fellow drummer Jomo Kariuki was leaving the Velka Band, Kariuki recommended Arnaud to be his replacement.",
				"Later, Arnaud toured Kisumu where he met bassist Bakari Mwinyi.",
			},
			want: []string{"Bakari Mwinyi met Tomas Arnaud"},
			not:  []string{"Bakari Mwinyi met Jomo Kariuki", "Jomo Kariuki met Bakari Mwinyi"},
		},
	})
}

// TestTitleThenPronounNoApposition checks that a pronoun after "the Y's president," opens
// the next clause ("talked to the federation's president, he asked"): no name is given to
// the title, so the person the pronoun stands for does not lead Y; a name there still does.
func TestTitleThenPronounNoApposition(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{
				"Dorsa Kariuki is a chess player from Kisumu.",
				"The first interviewer who talked to the Velkan Chess Federation's president, he asked about my brother first.",
			},
			not: []string{"Dorsa Kariuki leads Velkan Chess Federation"},
		},
		{
			sents: []string{"The Velkan Chess Federation's president, Bakari Mwinyi, asked about my brother."},
			want:  []string{"Bakari Mwinyi leads Velkan Chess Federation"},
		},
	})
}

// TestConjoinedCompanyName checks that "X Electric and Power Co" is one company, the unit
// of its parent, and never a company "Power Co"; two named companies joined by "and" stay
// two.
func TestConjoinedCompanyName(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kisumu Electric and Power Co, a unit of Velka Resources Inc, is raising 100 mln dlrs via a bond offering."},
			want:  []string{"Kisumu Electric and Power Co partOf Velka Resources Inc"},
			not:   []string{"Power Co partOf Velka Resources Inc"},
		},
	})
	runEntCases(t, []entCase{
		{
			sents: []string{"Velka Gas and Light Corp said it would sell bonds."},
			want:  [][2]string{{"Velka Gas and Light Corp", "Organization"}},
			not:   [][2]string{{"Light Corp", ""}},
		},
		{
			sents: []string{"Velka Bank and Orla Holdings Inc said they would merge."},
			want:  [][2]string{{"Velka Bank", "Organization"}, {"Orla Holdings Inc", "Organization"}},
			not:   [][2]string{{"Velka Bank and Orla Holdings Inc", ""}},
		},
	})
}

// TestStateAbbreviationAfterPlace checks that an agency's state abbreviation after a place
// and a comma ("Santa Clara, Calif., investor") is the state, so the place is located in
// California and not in a place called "Calif"; a person before the comma takes nothing.
func TestStateAbbreviationAfterPlace(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Bo Larsen, a Kisumu, Calif., investor, said he raised his stake in Velka Corp to 6.5 pct."},
			want:  []string{"Kisumu locatedIn California"},
			not:   []string{"Kisumu locatedIn Calif"},
		},
	})
	runEntCases(t, []entCase{
		{
			sents: []string{"Velka Corp said its plant in Kisumu, Ariz. would close."},
			want:  [][2]string{{"Arizona", "Place"}},
			not:   [][2]string{{"Ariz", ""}},
		},
	})
}

// TestHyphenatedSurnameAfterHonorific checks that "Mr X-Y" after "Bakari X-Y" is that
// person, so what "Mr X-Y" does is his, not a second person's; a peer's title keeps its
// own person.
func TestHyphenatedSurnameAfterHonorific(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{
				"Bakari Mwinyi-Odhiambo quit the Velka Party on Monday.",
				"Mr Mwinyi-Odhiambo explained his reasons at a meeting in Kisumu.",
			},
			want: []string{"Bakari Mwinyi-Odhiambo visited Kisumu"},
			not:  []string{"Mwinyi-Odhiambo visited Kisumu"},
		},
	})
	runEntCases(t, []entCase{
		{
			sents: []string{
				"Bakari Mwinyi-Odhiambo quit the Velka Party on Monday.",
				"Mr Mwinyi-Odhiambo explained his reasons at a meeting in Kisumu.",
			},
			want: [][2]string{{"Bakari Mwinyi-Odhiambo", "Person"}},
			not:  [][2]string{{"Mwinyi-Odhiambo", ""}},
		},
	})
}

// TestRegionalHeadIsMember checks that the head of one region of a body ("chief executive
// of Y for Central Europe", "Y's CEO for Kenya") is a member of Y, not its leader, while
// the body's own chief executive leads it.
func TestRegionalHeadIsMember(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Tomas Orla, chief executive of Velka Corp for Central Europe, said sales rose."},
			want:  []string{"Tomas Orla memberOf Velka Corp"},
			not:   []string{"Tomas Orla leads Velka Corp"},
		},
		{
			sents: []string{"Speaking to reporters, Tomas Orla, Velka Corp's chief executive for Kenya, said sales rose."},
			not:   []string{"Tomas Orla leads Velka Corp"},
		},
		{
			sents: []string{"Tomas Orla, chief executive of Velka Corp, said sales rose in Kisumu."},
			want:  []string{"Tomas Orla leads Velka Corp"},
		},
	})
}
