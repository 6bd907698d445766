package loader

import (
	"context"
	"testing"
)

func TestBareTitleTakesDominantCountry(t *testing.T) {
	tests := []struct {
		name   string
		sents  []string
		want   []string
		absent []string
		reason string
	}{
		{
			name: "one country dominates",
			sents: []string{
				"Portugal's parliament debated the budget on Tuesday.",
				"Protests spread across Portugal after the vote.",
				"Portuguese unions called a strike.",
				"Prime Minister Duarte Almeida said the budget would pass.",
				"Minister of Finance Rita Coelho defended the cuts.",
			},
			want: []string{"Duarte Almeida leads Portugal", "Rita Coelho memberOf Portugal"},
		},
		{
			name: "a title only some states use is no post of the dominant country",
			sents: []string{
				"Syria's parliament met in Damascus on Tuesday.",
				"Fighting spread across Syria after the vote.",
				"Syrian unions called a strike.",
				"Former foreign secretary Alan Whitby said the strikes in Syria were unlawful.",
				"Defense Secretary Carl Dorn and Finance Minister Samir Haddad spoke on Syria.",
			},
			want:   []string{"Samir Haddad memberOf Syria"},
			absent: []string{"Alan Whitby memberOf Syria", "Carl Dorn memberOf Syria"},
		},
		{
			name: "a title some states use, in a story about one of them",
			sents: []string{
				"Britain's parliament debated the budget on Tuesday.",
				"Protests spread across Britain after the vote.",
				"British unions called a strike.",
				"Home Secretary Alan Whitby said the strike was unlawful.",
			},
			want: []string{"Alan Whitby memberOf United Kingdom"},
		},
		{
			name: "bodies named after a country name it",
			sents: []string{
				"Dana Whitcombe, a veteran of the war in Mali, is running for the US Senate.",
				"She served with the US Marine Corps and later joined the US Forest Service.",
				"She was wounded in Mali in 2011.",
				"Asked about Mali, she said the mission had failed.",
				"She criticised President Harlan Boyd over the budget.",
			},
			absent: []string{"Harlan Boyd leads Mali"},
			reason: "the country of the bodies rivals the place of the war",
		},
		{
			name: "a division's head makes the story a division's",
			sents: []string{
				"Australia's economy grew faster than expected in the spring.",
				"Australia's central bank kept rates unchanged.",
				"Australian exporters welcomed the figures.",
				"Premier Dalia Marchetti said the state would cut taxes.",
				"Health Minister Orla Penhallow said hospitals were ready.",
				"MP Rhys Caddick said the plan was unfair.",
				"Former prime minister Ian Brackley criticised the plan.",
			},
			want:   []string{"Ian Brackley leads Australia"},
			absent: []string{"Orla Penhallow memberOf Australia", "Rhys Caddick memberOf Australia", "Dalia Marchetti leads Australia"},
			reason: "a state's premier: its ministers and members are as often the state's",
		},
		{
			name: "a division's head after the division's name",
			sents: []string{
				"Canada's economy grew faster than expected in the spring.",
				"Canada's central bank kept rates unchanged.",
				"Canadian exporters welcomed the figures.",
				"Ontario Premier Dalia Marchetti said the province would cut taxes.",
				"Finance Minister Owen Halsey said the budget was balanced.",
			},
			absent: []string{"Owen Halsey memberOf Canada", "Dalia Marchetti leads Canada", "Dalia Marchetti memberOf Canada"},
			reason: "a province's premier: its ministers are as often the province's",
		},
		{
			name: "a head's title the home state lacks",
			sents: []string{
				"Japan's exports to Belgium rose in March.",
				"Japan's trade surplus widened.",
				"Japanese officials said the figures were good.",
				"President Harlan Boyd said the surplus was too large.",
				"Senator Curtis Vandemeer called for tariffs.",
			},
			absent: []string{"Curtis Vandemeer memberOf Japan", "Harlan Boyd leads Japan"},
			reason: "a president in a Japanese story: another state's officials are named bare too",
		},
		{
			name: "no country dominates",
			sents: []string{
				"Portugal and Spain disagreed on Tuesday.",
				"Spain said Portugal had broken the accord.",
				"Portuguese and Spanish officials met again.",
				"Prime Minister Duarte Almeida said talks would go on.",
			},
			absent: []string{"Duarte Almeida leads Portugal", "Duarte Almeida leads Spain"},
			reason: "two countries share the document",
		},
		{
			name: "the title's sentence names another country's body",
			sents: []string{
				"Portugal's parliament debated the budget on Tuesday.",
				"Protests spread across Portugal after the vote.",
				"Portuguese unions called a strike.",
				"The Spanish army, whose commander is President Luis Navarro, stayed at the border.",
			},
			absent: []string{"Luis Navarro leads Portugal"},
		},
		{
			name: "a person tied to a country keeps it",
			sents: []string{
				"Portugal's parliament debated the budget on Tuesday.",
				"Protests spread across Portugal after the vote.",
				"Portuguese unions called a strike.",
				"Spanish President Luis Navarro called for calm.",
				"President Luis Navarro later left.",
			},
			want:   []string{"Luis Navarro leads Spain"},
			absent: []string{"Luis Navarro leads Portugal"},
		},
		{
			name: "a short story names its one country once, as the possessor of its parties",
			sents: []string{
				"Leaders of Portugal's three coalition parties will meet today to settle their quarrel over the budget.",
				"Sources close to Deputy Prime Minister Rui Teixeira said the talks could last a week.",
				"Prime Minister Duarte Almeida said he would not resign.",
			},
			want:   []string{"Duarte Almeida leads Portugal", "Rui Teixeira memberOf Portugal"},
			absent: []string{"Rui Teixeira leads Portugal"},
		},
		{
			name: "a short story names its one country once, only as a scene",
			sents: []string{
				"Aid workers were flown to Portugal on Monday.",
				"Prime Minister Duarte Almeida said more would follow.",
			},
			absent: []string{"Duarte Almeida leads Portugal"},
		},
		{
			name: "a country named only as the scene of a war is no home",
			sents: []string{
				"The prime minister faced questions about the legality of the Syria war.",
				"Former minister Jane Kirby, who quit over the Syria war, said the advice was flawed.",
				"Critics said the Syria war had been a mistake.",
				"MP Tom Hale said the advice should be published.",
			},
			absent: []string{"Jane Kirby memberOf Syria", "Tom Hale memberOf Syria"},
		},
		{
			name: "a party of another state before the title",
			sents: []string{
				"Ex-Labour MP Derek Hollis has appealed for the release of a nurse kidnapped in Syria.",
				"The nurse was seized in Syria last month.",
				"Syria's government said it was searching for her.",
				"Fighting in Syria has grown worse.",
			},
			absent: []string{"Derek Hollis memberOf Syria"},
		},
		{
			name: "a party word before Minister is the portfolio",
			sents: []string{
				"Chile's dockers went on strike on Monday.",
				"Chilean exports were halted at three ports.",
				"The strike spread across Chile.",
				"Labour Minister Rosa Ibarra would act as a mediator.",
			},
			want: []string{"Rosa Ibarra memberOf Chile"},
		},
		{
			name: "the country that acts, not the one it acts on",
			sents: []string{
				"Canada has cut aid to Haiti after the coup.",
				"Canada will also end its training of the Haitian police.",
				"The cuts will cost Haiti about 20 mln dlrs a year.",
				"The coup in Haiti was condemned by Haitian exiles.",
				"Foreign Minister Joan Millar told reporters the aid would resume after elections.",
			},
			want:   []string{"Joan Millar memberOf Canada"},
			absent: []string{"Joan Millar memberOf Haiti"},
		},
		{
			name: "a president of a body the sentence names in lower case",
			sents: []string{
				"Greece's athletics federation suspended two sprinters on Monday.",
				"Protests spread across Greece after the ruling.",
				"Greek officials said an appeal was likely.",
				"The appeals panel will have three members - president Nikos Vlachos, Eleni Mavros and Petros Dimas.",
				"President Andreas Kostis said he trusted the judges.",
			},
			want:   []string{"Andreas Kostis leads Greece"},
			absent: []string{"Nikos Vlachos leads Greece", "Eleni Mavros leads Greece"},
		},
		{
			name: "a head's title the dominant state lacks",
			sents: []string{
				"The United States imposed new tariffs on Monday.",
				"American farmers protested in Washington.",
				"The United States said talks would resume.",
				"Prime Minister Karel Novak called the tariffs unfair.",
				"Secretary of State Ann Lowe defended them.",
			},
			want:   []string{"Ann Lowe memberOf United States"},
			absent: []string{"Karel Novak leads United States", "Karel Novak memberOf United States"},
		},
		{
			name: "a company's lower-case president beside its chairman; a union's secretary",
			sents: []string{
				"Portugal's economy grew by two pct last year.",
				"\"The economy is sound,\" said chairman Rui Matos and president Nuno Faria of the bank.",
				"\"We will strike again,\" Union secretary Joana Pires said.",
			},
			absent: []string{"Nuno Faria leads Portugal", "Joana Pires memberOf Portugal", "Rui Matos leads Portugal"},
		},
		{
			name: "a national police director",
			sents: []string{
				"Thousands marched through Bucharest on Friday against Romania's new tax.",
				"Police director Ion Vasilescu said 40 people were arrested.",
				"Protests spread to other Romanian cities.",
			},
			want:   []string{"Ion Vasilescu memberOf Romania"},
			absent: []string{"Ion Vasilescu leads Romania"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := analyzeT(t, newSemantics(nil), testDoc("d", tt.sents...))
			for _, f := range tt.want {
				if !got[f] {
					t.Errorf("missing %q (%s); got %v", f, tt.reason, got)
				}
			}
			for _, f := range tt.absent {
				if got[f] {
					t.Errorf("wrong fact %q (%s)", f, tt.reason)
				}
			}
		})
	}
}

func TestNameEndings(t *testing.T) {
	d := testDoc("n",
		"Prime Minister Theresa May met Queen Margaret II in London.",
		"The talks ended in May 2019.",
	)
	ents, _, err := newSemantics(nil).analyze(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, e := range ents {
		names[e.Name] = true
	}
	for _, n := range []string{"Theresa May", "Margaret II"} {
		if !names[n] {
			t.Errorf("no entity %q; got %v", n, names)
		}
	}
	if names["May"] || names["Theresa"] {
		t.Errorf("a month or a bare given name became an entity: %v", names)
	}
}
