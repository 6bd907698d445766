package loader

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// relCase is a small document and the facts it must and must not give.
type relCase struct {
	sents []string
	want  []string
	not   []string
}

func runRelCases(t *testing.T, cases []relCase) {
	t.Helper()
	for _, c := range cases {
		_, got := analyzeT(t, newSemantics(nil), testDoc("rel", c.sents...))
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: missing %q; got %v", c.sents, w, got)
			}
		}
		for _, w := range c.not {
			if got[w] {
				t.Errorf("%q: unexpected %q", c.sents, w)
			}
		}
	}
}

// TestNominalisations checks event nouns whose possessor is the agent and "between" lists.
func TestNominalisations(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Angela Merkel spoke in Berlin.", "Merkel's second visit to Warsaw ended without a deal."},
			want:  []string{"Angela Merkel visited Warsaw"},
		},
		{
			sents: []string{"Angela Merkel spoke in Berlin.", "During her visit to Austria she said nothing."},
			want:  []string{"Angela Merkel visited Austria"},
		},
		{
			sents: []string{"Angela Merkel spoke in Berlin.", "Merkel's mission to Lisbon ended on a sour note."},
			want:  []string{"Angela Merkel visited Lisbon"},
		},
		{
			sents: []string{"The plan was agreed at a meeting between France's Foreign Minister Jean Dupont and Olaf Berg last year."},
			want:  []string{"Jean Dupont met Olaf Berg"},
		},
		{
			sents: []string{"Angela Merkel spent four days in Madrid last month."},
			want:  []string{"Angela Merkel visited Madrid"},
		},
		{
			sents: []string{"Would Angela Merkel spend four days in Madrid?"},
			not:   []string{"Angela Merkel visited Madrid"},
		},
		{
			sents: []string{"The deputy commander of the Northern Brigade, Jonas Berg, resigned.", "Jonas Berg was the deputy commander of the Northern Brigade."},
			not:   []string{"Jonas Berg commands Northern Brigade"},
		},
	})
}

// TestTitlePhrases checks titles with complements, ranks and coordinated title words.
func TestTitlePhrases(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Canadian Special Representative for Peru Anne Leclerc said the talks would resume."},
			want:  []string{"Anne Leclerc memberOf Canada", "Anne Leclerc nationality Canada"},
			not:   []string{"Anne Leclerc nationality Peru"},
		},
		{
			sents: []string{"Former Dutch Ambassador to the United Nations Pieter de Vries wrote a letter."},
			want:  []string{"Pieter de Vries memberOf Netherlands", "Pieter de Vries nationality Netherlands"},
		},
		{
			sents: []string{"In an interview, ex-Swiss ambassador to Chile, Marc Keller, described the talks."},
			want:  []string{"Marc Keller nationality Switzerland"},
			not:   []string{"Marc Keller nationality Chile"},
		},
		{
			sents: []string{"Reuters military and defense analyst Claire Martin wrote that the deal was weak."},
			want:  []string{"Claire Martin memberOf Reuters"},
		},
		{
			sents: []string{"Portuguese leaders, including President Rui Costa, met in the capital."},
			want:  []string{"Rui Costa leads Portugal", "Rui Costa nationality Portugal"},
		},
		{
			sents: []string{"The Danish Army - whose commander in chief is General Lars Holm - entered the town."},
			want:  []string{"Lars Holm commands Danish Armed Forces"},
		},
		{
			sents: []string{"Chancellor Anna Weber spoke first.", "Olaf Berg, who was Weber's special envoy to the talks, resigned."},
			want:  []string{"Olaf Berg reportsTo Anna Weber"},
		},
		{
			sents: []string{"The talks were attended by Dutch prime minister Pieter Smit and finance minister Eva Bos, Belgian prime minister Luc Peeters and finance minister Ann Claes."},
			want:  []string{"Eva Bos memberOf Netherlands", "Luc Peeters leads Belgium"},
			not:   []string{"Eva Bos leads Belgium", "Eva Bos nationality Belgium"},
		},
	})
}

// TestClauses checks relative clauses, coordinated verb phrases and appositives between a
// subject and its verb.
func TestClauses(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Karim Haddad spent two days in Rome meeting Italian officials, including Prime Minister Marco Bellini, whom he saw twice."},
			want:  []string{"Karim Haddad met Marco Bellini", "Karim Haddad visited Rome"},
		},
		{
			sents: []string{"Karim Haddad, who leads the Northern Brigade and is designated as a terrorist by the Canadian government, visited Oslo."},
			want:  []string{"Karim Haddad sanctionedBy Canada", "Karim Haddad commands Northern Brigade", "Karim Haddad visited Oslo"},
			not:   []string{"Northern Brigade sanctionedBy Canada"},
		},
		{
			sents: []string{"Brazil, an ally of Lima since the Second World War, had supplied weapons to the Peruvian army."},
			want:  []string{"Brazil supports Peruvian Armed Forces"},
		},
		{
			sents: []string{"The statement said Spanish troops had defeated the Red Front and Portugal would be moving into Galicia."},
			not:   []string{"Spain fights Portugal"},
		},
		{
			sents: []string{"Angela Merkel flew to Rome to meet with President Sergio Rossi and Italian Defense Minister Paolo Neri."},
			want:  []string{"Angela Merkel met Sergio Rossi", "Angela Merkel met Paolo Neri"},
		},
	})
}

// TestReferenceConstructions checks relative pronouns after appositives, control verbs and
// sentence-initial descriptions.
func TestReferenceConstructions(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Karim Haddad, the general of Peru's elite militia who is subject to UN sanctions, flew home."},
			want:  []string{"Karim Haddad sanctionedBy United Nations"},
		},
		{
			sents: []string{"Angela Merkel also sent a senior envoy to Rome to meet President Sergio Rossi."},
			not:   []string{"Angela Merkel met Sergio Rossi"},
		},
		{
			sents: []string{"Karim Haddad spent two days in Oslo.", "The Moroccan official went home without a deal."},
			want:  []string{"Karim Haddad nationality Morocco", "Karim Haddad memberOf Morocco"},
		},
		{
			sents: []string{"Karim Haddad spent two days in Oslo.", "The Moroccan official told Omar Benali that the deal was off."},
			not:   []string{"Karim Haddad nationality Morocco"},
		},
		{
			sents: []string{"Troops took Dubrovnik [a city on the Adriatic Sea] in May."},
			want:  []string{"Dubrovnik locatedIn Adriatic Sea"},
		},
	})
}

// TestDefiniteDescriptions checks "the Italian president" and "Norway's foreign minister"
// standing for the one person of that title and country the document names.
func TestDefiniteDescriptions(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{
				"Karim Haddad spent two days in Rome meeting Italian leaders, including President Sergio Rossi.",
				"Haddad's second meeting with the Italian president ended badly.",
				"Olaf Berg, Norway's foreign minister, arrived later.",
				"Haddad also met the Norwegian foreign minister in Rome.",
			},
			want: []string{"Karim Haddad met Sergio Rossi", "Karim Haddad met Olaf Berg", "Olaf Berg visited Rome"},
		},
		{
			sents: []string{
				"Italian President Sergio Rossi and Italian President Paolo Neri disagreed.",
				"Karim Haddad met the Italian president.",
			},
			not: []string{"Karim Haddad met Sergio Rossi", "Karim Haddad met Paolo Neri"},
		},
	})
}

// TestUnnamedSubBodies checks that a member of a body's unnamed board is not read as a
// member of the body.
func TestUnnamedSubBodies(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Pablo Soto, a member of Chile's Defense Ministry's public advisory board, said so."},
			not:   []string{"Pablo Soto memberOf Chilean Ministry of Defence", "Pablo Soto memberOf Chile"},
		},
	})
}

// TestAppointments checks titles given by "became", "was appointed" and "was named as".
func TestAppointments(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Pablo Soto was appointed commander of the Green Brigade in 2010.", "Ana Ruiz became president of Peru in 2016.", "Olaf Berg was named as head of the Red Front."},
			want:  []string{"Pablo Soto commands Green Brigade", "Ana Ruiz leads Peru", "Olaf Berg leads Red Front"},
		},
		{
			sents: []string{"Ana Ruiz was not elected president of Peru."},
			not:   []string{"Ana Ruiz leads Peru"},
		},
	})
}

// TestProfessions checks that a demonym before a profession gives nationality only.
func TestProfessions(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Saudi journalist Jamal Haddad was killed.", "Chilean Foreign Minister Ana Ruiz protested."},
			want:  []string{"Jamal Haddad nationality Saudi Arabia", "Ana Ruiz memberOf Chile"},
			not:   []string{"Jamal Haddad memberOf Saudi Arabia"},
		},
	})
}

// TestPlaceEvents checks "X's Beijing visit".
func TestPlaceEvents(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Angela Merkel's Beijing visit ended on Friday."},
			want:  []string{"Angela Merkel visited Beijing"},
		},
		{
			sents: []string{"Angela Merkel's planned Beijing visit was cancelled."},
			not:   []string{"Angela Merkel visited Beijing"},
		},
		{
			sents: []string{"Ana Ruiz cancelled her Lima tour after a knee injury."},
			not:   []string{"Ana Ruiz visited Lima"},
		},
		{
			sents: []string{"Pablo Soto postponed his visit to Quito."},
			not:   []string{"Pablo Soto visited Quito"},
		},
		{
			sents: []string{"Pablo Soto ended his visit to Quito on Friday."},
			want:  []string{"Pablo Soto visited Quito"},
		},
	})
}

// TestHeldOutGuards checks mistakes first seen on news outside the development sets: an
// envoy's "for Y" is where the envoy is sent, a sentence-opening participle is not part of
// the name after it, and a storm is no person.
func TestHeldOutGuards(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"On Monday, Marcus Hale, the Canadian special envoy for Peru negotiations, resigned."},
			want:  []string{"Marcus Hale memberOf Canada"},
			not:   []string{"Marcus Hale memberOf Peru", "Marcus Hale nationality Peru"},
		},
		{
			sents: []string{"Ines Moreau, the French ambassador to Chile, left Santiago."},
			want:  []string{"Ines Moreau memberOf France"},
			not:   []string{"Ines Moreau memberOf Chile", "Ines Moreau nationality Chile"},
		},
		{
			sents: []string{"The base is home to Danish troops there to defeat the Northern Front in cooperation with Estonia."},
			not:   []string{"Estonia alliedWith Northern Front", "Northern Front alliedWith Estonia"},
		},
		{
			sents: []string{"Norway worked in cooperation with Estonia on the border."},
			want:  []string{"Estonia alliedWith Norway"},
		},
		{
			sents: []string{"Tom Hale met Colonel Ann Ruiz in Lima."},
			want:  []string{"Ann Ruiz met Tom Hale", "Ann Ruiz visited Lima"}, // met is symmetric: stored in IRI order
		},
		{
			sents: []string{"General Motors Corp said it would close a plant in Ohio."},
			not:   []string{"Motors Corp visited Ohio", "General Motors Corp visited Ohio"},
		},
		{
			sents: []string{"It is not known whether the two men freed in March - Tomas Vik and Arne Holm - have also received letters."},
			not:   []string{"Tomas Vik met Arne Holm", "Arne Holm met Tomas Vik"},
		},
		{
			sents: []string{"Born Laura Stein in Tulsa in 1950, she moved to Denver as a child."},
			not:   []string{"Born Laura Stein visited Tulsa", "Laura Stein visited Tulsa"},
		},
	})
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("storm", "Hurricane Fiona hit Bermuda on Tuesday."))
	for _, e := range ents {
		if e.Class.Name() == "Person" {
			t.Errorf("a storm read as a person: %s", e.Name)
		}
	}
}

// TestSuccessionTitles checks a post given by a verb of succession or swearing in, also in
// a relative clause, and the readings that give nothing: a future, a wish, a negation, a
// passive (the replaced holder), and "as" with no title.
func TestSuccessionTitles(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Jonas Berg succeeded Karl Olsen as leader of Hezbollah in 2004."},
			want:  []string{"Jonas Berg leads Hezbollah"},
			not:   []string{"Karl Olsen leads Hezbollah"},
		},
		{
			sents: []string{"Jonas Berg, who replaced Karl Olsen as head of Hezbollah, spoke on Monday."},
			want:  []string{"Jonas Berg leads Hezbollah"},
			not:   []string{"Karl Olsen leads Hezbollah"},
		},
		{
			sents: []string{"Jonas Berg has replaced Karl Olsen as chief executive of Siemens, with Mr Olsen leaving the company."},
			want:  []string{"Jonas Berg leads Siemens"},
		},
		{
			sents: []string{"Jonas Berg took over as leader of Hezbollah in 2004."},
			want:  []string{"Jonas Berg leads Hezbollah"},
		},
		{
			sents: []string{"Jonas Berg was sworn in as president of Peru on Monday."},
			want:  []string{"Jonas Berg leads Peru"},
		},
		{
			sents: []string{"Jonas Berg will succeed Karl Olsen as president of Siemens in April."},
			not:   []string{"Jonas Berg leads Siemens", "Karl Olsen leads Siemens"},
		},
		{
			sents: []string{"Jonas Berg wants to replace Karl Olsen as leader of Hezbollah."},
			not:   []string{"Jonas Berg leads Hezbollah"},
		},
		{
			sents: []string{"Jonas Berg did not succeed Karl Olsen as leader of Hezbollah."},
			not:   []string{"Jonas Berg leads Hezbollah"},
		},
		{
			sents: []string{"Karl Olsen was replaced as leader of Hezbollah by Jonas Berg."},
			not:   []string{"Karl Olsen leads Hezbollah"},
		},
	})
}

// TestTimePhraseBetween checks a meeting or a journey whose verb and object a time phrase
// separates ("met on Tuesday with X", "travelled last week to Y"), and that an "of" phrase
// of a time stays on it.
func TestTimePhraseBetween(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Jonas Berg met on Tuesday with Karl Olsen in Vienna."},
			want:  []string{"Jonas Berg met Karl Olsen"},
		},
		{
			sents: []string{"Jonas Berg travelled last week to Kabul."},
			want:  []string{"Jonas Berg visited Kabul"},
		},
		{
			sents: []string{"Jonas Berg did not travel last week to Kabul."},
			not:   []string{"Jonas Berg visited Kabul"},
		},
		{
			sents: []string{"Jonas Berg spoke on the night of the Vienna summit."},
			not:   []string{"Jonas Berg visited Vienna"},
		},
	})
}

// TestBodyPossessor checks "the party's leader" for the one party named before with that
// noun, and nothing when two are, or when the body was named too long before.
func TestBodyPossessor(t *testing.T) {
	rain := "It rained in the hills."
	runRelCases(t, []relCase{
		{
			sents: []string{"The Labour Party won seats.", "The party's leader, Jonas Berg, said the vote was fair."},
			want:  []string{"Jonas Berg leads Labour Party"},
		},
		{
			sents: []string{"The Child Support Agency failed.", "The agency's leader, Jonas Berg, quit last autumn."},
			want:  []string{"Jonas Berg leads Child Support Agency"},
		},
		{
			sents: []string{"The Labour Party won seats.", "The Conservative Party lost.", "The party's leader, Jonas Berg, said the vote was fair."},
			not:   []string{"Jonas Berg leads Labour Party", "Jonas Berg leads Conservative Party"},
		},
		{
			sents: []string{"The Labour Party won seats.", rain, rain, rain, rain, "The party's leader, Jonas Berg, said the vote was fair."},
			not:   []string{"Jonas Berg leads Labour Party"},
		},
	})
}

// TestGroupCueNames checks a name no lexicon knows classed a body by the noun before it
// ("the charity X", "media regulator X"), and not when the name may go on past what the
// detector took or a given name starts inside it; and staff directors as members.
func TestGroupCueNames(t *testing.T) {
	cases := []struct {
		sent, name string
		class      schema.Class
	}{
		{"The charity Velmora Trust said the cuts would hurt children.", "Velmora Trust", schema.Organization},
		{"Media regulator Dravik said it would look into the complaints.", "Dravik", schema.Organization},
		{"The pressure group Korvessa marched on Monday.", "Korvessa", schema.Organization},
	}
	for _, c := range cases {
		ents, _ := analyzeT(t, newSemantics(nil), testDoc("g", c.sent))
		found := false
		for _, e := range ents {
			if e.Name == c.name && e.Class == c.class {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s %s in %v", c.sent, c.class, c.name, ents)
		}
	}
	ents, _ := analyzeT(t, newSemantics(nil), testDoc("g", "The aerospace group Velmora Jonas Berg is to leave his post."))
	for _, e := range ents {
		if e.Class == schema.Organization && e.Name != "Velmora" {
			t.Errorf("a body's name swallowed a person's: %v", e)
		}
	}
	runRelCases(t, []relCase{
		{
			sents: []string{"Hezbollah's technical director Jonas Berg resigned."},
			want:  []string{"Jonas Berg memberOf Hezbollah"},
		},
		{
			sents: []string{"Hezbollah's director Jonas Berg resigned."},
			want:  []string{"Jonas Berg leads Hezbollah"},
		},
		{
			sents: []string{"Jonas Berg, a research director at the analyst firm Korvex, said sales would fall."},
			want:  []string{"Jonas Berg memberOf Korvex"},
			not:   []string{"Jonas Berg leads Korvex"},
		},
		{
			sents: []string{"Hezbollah's finance director, Jonas Berg, resigned."},
			want:  []string{"Jonas Berg memberOf Hezbollah"},
			not:   []string{"Jonas Berg leads Hezbollah"},
		},
		{
			// a portfolio before "Minister" is no staff director's title
			sents: []string{"Belgian Research Minister Jonas Berg told reporters the plan had failed."},
			want:  []string{"Jonas Berg memberOf Belgium"},
		},
		{
			sents: []string{"Belgian Finance Minister Jonas Berg told reporters the plan had failed."},
			want:  []string{"Jonas Berg memberOf Belgium"},
		},
	})
}

// TestTitleOfDescribedBody checks a title whose body is named after a description of it
// ("director of the rights group X", "spokesman for anti-virus firm Y"), and that a bare
// description names no body.
func TestTitleOfDescribedBody(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Jonas Berg, head of the human rights organisation Redmark, said it was not enough."},
			want:  []string{"Jonas Berg leads Redmark"},
		},
		{
			sents: []string{"Jonas Berg, a spokesman for the charity Velmora Trust, said it was not enough."},
			want:  []string{"Jonas Berg memberOf Velmora Trust"},
		},
		{
			sents: []string{"The charity Velmora Trust opened a shop.", "Jonas Berg, director of the charity, said it was not enough."},
			not:   []string{"Jonas Berg leads Velmora Trust"},
		},
	})
}

// TestPossessorTitleComma checks "X's chief executive, Y," with the title's words and a
// modifier between the possessor and the comma.
func TestPossessorTitleComma(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Hezbollah's former chief executive, Jonas Berg, quit."},
			want:  []string{"Jonas Berg leads Hezbollah"},
		},
		{
			sents: []string{"The Child Support Agency's chief executive, Jonas Berg, quit."},
			want:  []string{"Jonas Berg leads Child Support Agency"},
		},
	})
}
