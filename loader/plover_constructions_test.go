package loader

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The constructions of the PLOVER recall round (issue 11), each on sentences written for
// the test: the fact asserted present, and the wrong facts asserted absent.

// classCase is a relCase that also asserts the class of entities by name (Class "" for
// no entity of that name at all).
type classCase struct {
	relCase
	classes map[string]schema.Class
}

func runClassCases(t *testing.T, cases []classCase) {
	t.Helper()
	runRelCases(t, func() []relCase {
		var rs []relCase
		for _, c := range cases {
			rs = append(rs, c.relCase)
		}
		return rs
	}())
	for _, c := range cases {
		ents, _ := analyzeT(t, newSemantics(nil), testDoc("rel", c.sents...))
		got := map[string]schema.Class{}
		for _, e := range ents {
			got[e.Name] = e.Class
		}
		for name, want := range c.classes {
			if got[name] != want {
				t.Errorf("%q: entity %q has class %q, want %q", c.sents, name, got[name], want)
			}
		}
	}
}

// TestMemberGroups checks a group that is no state named by a demonym or a people's
// adjective and a plural member noun ("Somali gunmen", "Tamil separatists"): an
// organisation of that name (ONTOLOGY: named collectives that act are organisations even
// without a proper name), never the demonym's state, never a person; a singular member
// ("a Somali gunman") is one man, no group; state forces still act for their state.
func TestMemberGroups(t *testing.T) {
	runClassCases(t, []classCase{
		{relCase: relCase{
			sents: []string{"Somali gunmen attacked Kenyan soldiers near Kisumu."},
			want:  []string{"Somali gunmen fights Kenyan Armed Forces"},
			not:   []string{"Somalia fights Kenyan Armed Forces", "Somalia fights Kenya"},
		}, classes: map[string]schema.Class{"Somali gunmen": schema.Organization, "Somalia": ""}},
		{relCase: relCase{
			sents: []string{"Kenyan troops killed two Somali gunmen near Kisumu."},
			want:  []string{"Kenyan Armed Forces fights Somali gunmen"},
			not:   []string{"Kenyan Armed Forces fights Somalia", "Kenya fights Somalia"},
		}, classes: map[string]schema.Class{"Kenyan Armed Forces": schema.Organization, "Kenyan troops": "", "Somali gunmen": schema.Organization}},
		{relCase: relCase{
			sents: []string{"Two Somali gunmen were killed by Kenyan troops."},
			want:  []string{"Kenyan Armed Forces fights Somali gunmen"},
			not:   []string{"Somali gunmen fights Kenyan Armed Forces", "Kenyan Armed Forces fights Somalia"},
		}},
		{relCase: relCase{
			sents: []string{"Burundian militiamen attacked Zambian soldiers.", "Tamil separatists attacked Zambian troops."},
			want:  []string{"Burundian militiamen fights Zambian Armed Forces", "Tamil separatists fights Zambian Armed Forces"},
			not:   []string{"Burundi fights Zambian Armed Forces"},
		}, classes: map[string]schema.Class{"Burundi": "", "Tamil separatists": schema.Organization}},
		{relCase: relCase{
			sents: []string{"Peruvian militants shelled Arequipa.", "Islamist militants fired rockets at Tacna."},
			want:  []string{"Peruvian militants attacked Arequipa", "Islamist militants attacked Tacna"},
			not:   []string{"Peru attacked Arequipa", "Peru attacked Tacna"},
		}},
		{relCase: relCase{
			sents: []string{"Somali and Kenyan gunmen attacked Zambian troops."},
			want:  []string{"Somali gunmen fights Zambian Armed Forces", "Kenyan gunmen fights Zambian Armed Forces"},
			not:   []string{"Somalia fights Zambian Armed Forces", "Kenya fights Zambian Armed Forces"},
		}, classes: map[string]schema.Class{"Somalia": "", "Kenya": ""}},
		{relCase: relCase{
			// One man is no group; the demonym still names no state acting.
			sents: []string{"A Somali gunman attacked Kenyan soldiers near Kisumu."},
			not:   []string{"Somalia fights Kenyan Armed Forces", "Somali gunman fights Kenyan Armed Forces"},
		}, classes: map[string]schema.Class{"Somali gunman": ""}},
		{relCase: relCase{
			// A group that takes part in no fact is no entity.
			sents: []string{"Somali gunmen were seen near Kisumu on Monday."},
		}, classes: map[string]schema.Class{"Somali gunmen": "", "Somalia": ""}},
		{relCase: relCase{
			// State forces act for their state and are no person.
			sents: []string{"Chilean troops killed two Peruvian gunmen in Tacna."},
			want:  []string{"Chilean Armed Forces fights Peruvian gunmen"},
			not:   []string{"Chilean Armed Forces fights Peru", "Chile fights Peru"},
		}, classes: map[string]schema.Class{"Chilean troops": "", "Peruvian gunmen": schema.Organization}},
		{relCase: relCase{
			// A people's armed men are a group ("Serb forces", "Tamil fighters"); a
			// collective family keeps its name ("Kurdish fighters" are Kurdish forces);
			// a country's demonym with "fighters" is neither its state nor a group.
			sents: []string{"Serb forces shelled Arequipa.", "Tamil fighters attacked Zambian troops.", "Kurdish fighters attacked the Velka Front."},
			want:  []string{"Serb forces attacked Arequipa", "Tamil fighters fights Zambian Armed Forces", "Kurdish forces fights Velka Front"},
			not:   []string{"Serbia attacked Arequipa", "Kurdish fighters fights Velka Front"},
		}, classes: map[string]schema.Class{"Serb forces": schema.Organization, "Serbia": ""}},
		{relCase: relCase{
			sents: []string{"Somali fighters attacked Kenyan troops.", "Iranian forces attacked the Velka Front."},
			want:  []string{"Iran fights Velka Front"},
			not:   []string{"Somalia fights Kenyan Armed Forces", "Somali fighters fights Kenyan Armed Forces", "Iranian forces fights Velka Front"},
		}},
		{relCase: relCase{
			// A name that goes on is not a demonym ("the X Somali gunmen"), and a hyphen
			// glues the adjective to another word.
			sents: []string{"Pro-Kurdish militants attacked Zambian troops."},
			not:   []string{"Kurdish militants fights Zambian Armed Forces"},
		}},
	})
}

// TestPlotIsNoAttack checks that a plot to kill or attack is no attack made, while an
// attempt is one ("tried to kill X": the attack took place).
func TestPlotIsNoAttack(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Velka Movement plotted to kill Prime Minister Bakari Mwinyi.", "The Kisumu Front plotted to attack Arequipa."},
			not:   []string{"Velka Movement fights Bakari Mwinyi", "Kisumu Front attacked Arequipa"},
		},
		{
			sents: []string{"Tomas Velka was arrested for plotting to kill Bakari Mwinyi."},
			not:   []string{"Tomas Velka fights Bakari Mwinyi"},
		},
		{
			sents: []string{"The Velka Movement tried to kill Prime Minister Bakari Mwinyi on Monday."},
			want:  []string{"Velka Movement fights Bakari Mwinyi"},
		},
	})
}

// TestParticipleBeforeTitle checks an -ing adjective before a title ("outgoing Prime
// Minister X", "acting President Y"), which the tagger may read as a verb taking the name
// as its object: the name is the object of the verb before it; a plan stays unreal.
func TestParticipleBeforeTitle(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Tomas Velka attempted to assassinate outgoing Prime Minister Bakari Mwinyi."},
			want:  []string{"Tomas Velka fights Bakari Mwinyi"},
			not:   []string{"Bakari Mwinyi fights Tomas Velka"},
		},
		{
			sents: []string{"Fighters loyal to Tomas Velka said they attempted to assassinate outgoing Prime Minister Bakari Mwinyi, in a statement posted on the internet."},
			want:  []string{"Tomas Velka fights Bakari Mwinyi"},
		},
		{
			sents: []string{"Tomas Velka met acting President Bakari Mwinyi in Kisumu."},
			want:  []string{"Bakari Mwinyi met Tomas Velka"}, // symmetric: written in name order
		},
		{
			sents: []string{"Tomas Velka wants to meet outgoing Prime Minister Bakari Mwinyi.", "The Velka Front plotted to assassinate outgoing Prime Minister Bakari Mwinyi."},
			not:   []string{"Tomas Velka met Bakari Mwinyi", "Bakari Mwinyi met Tomas Velka", "Velka Front fights Bakari Mwinyi"},
		},
	})
}

// TestGroupNamedBeforeItsHead checks a group's name compounded with a noun for a group
// ("the Taliban faction", "the X Movement militant group"): the noun stands for the
// group named; a leading "the" that the name's lexicon entry takes ("the Taliban") is the
// noun phrase's; a president's sanctions are his state's.
func TestGroupNamedBeforeItsHead(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenyan President Bakari Mwinyi has imposed sanctions on the Taliban religious faction that controls Somalia."},
			want:  []string{"Taliban sanctionedBy Kenya"},
			not:   []string{"Somalia sanctionedBy Kenya", "Taliban sanctionedBy Bakari Mwinyi", "Kenya sanctionedBy Taliban"},
		},
		{
			sents: []string{"Kenyan President Bakari Mwinyi imposed sanctions on the Velka Movement militant group."},
			want:  []string{"Velka Movement sanctionedBy Kenya"},
		},
		{
			// A part of the body is not the body.
			sents: []string{"Kenyan President Bakari Mwinyi imposed sanctions on the Velka Movement's armed wing."},
			not:   []string{"Velka Movement sanctionedBy Kenya"},
		},
		{
			sents: []string{"\"The voters like us,\" said Pablo Soto, leader of the Velka Movement group on Kisumu Council."},
			not:   []string{"Kisumu Council sanctionedBy Pablo Soto"},
		},
	})
}

// TestLoyalToOpeningASentence checks "N loyal to X" opening a sentence, with N a plural
// force noun the tagger may take for a name ("Gunmen") and the verb the parser may hang
// on X: X's men acted; a state's troops may be loyal to its government, gunmen loyal to
// a state are no state's force; a participle that is no verb of the sentence states
// nothing.
func TestLoyalToOpeningASentence(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Gunmen loyal to the Velka Front attacked Kisumu."},
			want:  []string{"Velka Front attacked Kisumu"},
		},
		{
			sents: []string{"Gunmen loyal to Tomas Velka killed Bakari Mwinyi."},
			want:  []string{"Tomas Velka fights Bakari Mwinyi"},
			not:   []string{"Bakari Mwinyi fights Tomas Velka"},
		},
		{
			sents: []string{"Troops loyal to the Kenyan government attacked the Velka Front."},
			want:  []string{"Kenya fights Velka Front"},
			not:   []string{"Velka Front fights Kenya"},
		},
		{
			sents: []string{"Gunmen loyal to Kenya attacked the Velka Front.", "Fighters loyal to the Velka Front detained in Kisumu were freed."},
			not:   []string{"Kenya fights Velka Front", "Velka Front attacked Kisumu"},
		},
	})
}

// TestDealsAreNoAlliances checks that a company's agreement, deal or partnership and a
// deal on commerce (a merger, licensing, supply, grain or microchips) make no allies,
// while a defence accord between states still does (ONTOLOGY's alliedWith: stated
// cooperation or joint action; the Wikinews gold: "Not: commercial deals").
func TestDealsAreNoAlliances(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Velka Holdings Inc said it signed a marketing agreement with Kisumu Motors Corp.", "Arusha Mining Ltd reached an agreement with Tanzania to develop a gold mine."},
			not:   []string{"Kisumu Motors Corp alliedWith Velka Holdings Inc", "Velka Holdings Inc alliedWith Kisumu Motors Corp", "Arusha Mining Ltd alliedWith Tanzania"},
		},
		{
			sents: []string{"Kenya signed a grain agreement with Tanzania.", "Kenya was living up to its microchip pact with Tanzania."},
			not:   []string{"Kenya alliedWith Tanzania"},
		},
		{
			sents: []string{"Kenya and Tanzania signed a defence accord on Monday."},
			want:  []string{"Kenya alliedWith Tanzania"},
		},
		{
			// Names glued by a hyphen before a deal: on commerce or peace, no allies.
			sents: []string{"Kenya was living up to the Kenyan-Tanzanian semiconductor agreement.", "The Kenyan-Tanzanian trade talks resumed on Monday.", "The Kenya-Tanzania peace treaty was signed in 1979."},
			not:   []string{"Kenya alliedWith Tanzania"},
		},
		{
			sents: []string{"Kenya signed the Kenyan-Tanzanian maritime border agreement."},
			want:  []string{"Kenya alliedWith Tanzania"},
		},
		{
			// A deal still being sought, or ended, makes no allies; an attempted
			// killing is still an attack made.
			sents: []string{"Tanzania is also trying to strike a similar deal with Kenya.", "Kenya terminated its defence agreement with Tanzania."},
			not:   []string{"Kenya alliedWith Tanzania"},
		},
		{
			sents: []string{"Tomas Velka tried to kill Bakari Mwinyi."},
			want:  []string{"Tomas Velka fights Bakari Mwinyi"},
		},
	})
}

// TestListingsAndClaimsAreNoSanctions checks that shares listed on an exchange and a
// company's charges against another are no sanctions, while a body's listing or
// designation of a group, and a regulator's charges, still are.
func TestListingsAndClaimsAreNoSanctions(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"In July, Velka Holdings, which is listed on the Nairobi Securities Exchange, reported a loss.", "The collapse of Kisumu Oil, the Kenya-listed arm of a Tanzanian trader, was a shock.", "Kisumu Motors Corp charged Velka Holdings Inc with infringing its patent."},
			not:   []string{"Velka Holdings sanctionedBy Nairobi Securities Exchange", "Kisumu Oil sanctionedBy Kenya", "Velka Holdings Inc sanctionedBy Kisumu Motors Corp"},
		},
		{
			sents: []string{"The Velka Movement, a UN-listed terrorist group, attacked Kisumu.", "The United Nations listed the Kisumu Front as a terrorist group."},
			want:  []string{"Velka Movement sanctionedBy United Nations", "Kisumu Front sanctionedBy United Nations"},
		},
	})
}

// TestOppositionIsNoFight checks that opposing a plan or a policy that a name only
// modifies ("opposed Kenyan funding") is no fight, while opposing or fighting a group
// still is.
func TestOppositionIsNoFight(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Tomas Velka, who said he opposed the Kenya arms initiative, resigned.", "Members of the Velka Party have opposed Kenyan funding for the bank."},
			not:   []string{"Tomas Velka fights Kenya", "Velka Party fights Kenya"},
		},
		{
			// An attack in words on a policy or a forecast is no fight either.
			sents: []string{"Tomas Velka has attacked UK policy on immigration.", "Tanzania has also attacked OECD forecasts."},
			not:   []string{"Tomas Velka fights United Kingdom", "Tanzania fights OECD", "Tanzania fights Organisation for Economic Co-operation and Development"},
		},
		{
			sents: []string{"Chilean jets attacked Peruvian positions near Tacna."},
			want:  []string{"Chile fights Peru"},
		},
		{
			// Opposing a group in words is no fight either (a loose trigger needs arms:
			// relation.go armedFight); fighting troops is one.
			sents: []string{"Chile opposed the Green Front and the Blue League.", "The Velka Front fought Kenyan troops near Kisumu."},
			want:  []string{"Velka Front fights Kenyan Armed Forces"},
			not:   []string{"Chile fights Green Front", "Chile fights Blue League"},
		},
	})
}

// TestHyphenTradeWarIsNoFight checks names glued by a hyphen before a war or conflict of
// trade ("a Kenya-Tanzania trade war"): no fight; a war or border conflict still is one.
func TestHyphenTradeWarIsNoFight(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Asked about his expectations of a Kenya-Tanzania trade war, Tomas Velka said it would be disastrous.", "Bakari Mwinyi played down the Kenyan-Tanzanian trade conflict."},
			not:   []string{"Kenya fights Tanzania", "Tanzania fights Kenya"},
		},
		{
			sents: []string{"The Kenya-Tanzania border conflict flared again."},
			want:  []string{"Kenya fights Tanzania", "Tanzania fights Kenya"},
		},
	})
}
