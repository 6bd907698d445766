package loader

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestGroupHoldingOwner: a fight verb on what a side holds fights its owner ("shelled
// Somali positions" fights Somalia), but when a group's noun modifies the holding
// ("Somali rebel positions", "a Somali guerrilla stronghold") the demonym is the group's,
// and the group is no state (ONTOLOGY: a non-state group named with a demonym is not the
// country). The holding's group is the collective of its noun's plural ("rebel
// positions": the rebels). The sentences are invented.
func TestGroupHoldingOwner(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenyan troops shelled Somali rebel positions near Kisumu on Monday."},
			want:  []string{"Kenyan Armed Forces fights rebels"},
			not:   []string{"rebels fights Kenyan Armed Forces", "Kenyan Armed Forces fights Somalia", "Somalia fights Kenyan Armed Forces", "Kenyan Armed Forces attacked Kisumu"},
		},
		{
			sents: []string{"Kenyan troops captured a Somali guerrilla stronghold after three days of fighting."},
			want:  []string{"Kenyan Armed Forces fights rebels"},
			not:   []string{"Kenyan Armed Forces fights Somalia", "Kenya fights Somalia"},
		},
		{
			sents: []string{"Tanzanian soldiers overran Ugandan militant posts near the border, officials said."},
			not:   []string{"Tanzanian Armed Forces fights Uganda", "Tanzania fights Uganda"},
		},
		{
			// a bare group noun on a holding names the group, in either voice
			sents: []string{"The Kenyan army shelled rebel positions near Kisumu."},
			want:  []string{"Kenyan Armed Forces fights rebels"},
			not:   []string{"Kenyan Armed Forces attacked Kisumu", "rebels fights Kenyan Armed Forces"},
		},
		{
			sents: []string{"The rebel positions near Kisumu were shelled by Kenyan troops on Monday."},
			want:  []string{"Kenyan Armed Forces fights rebels"},
			not:   []string{"rebels fights Kenyan Armed Forces"},
		},
		{
			// no fight, no group; a held place is no group's holding noun; bare militants are no entity
			sents: []string{"Rebel positions near Kisumu were quiet on Monday.", "Kenyan troops shelled rebel-held villages.", "Kenyan troops shelled militant positions."},
			not:   []string{"Kenyan Armed Forces fights rebels", "Kenyan Armed Forces fights militants"},
		},
		{
			// a group's camps, bases and hideouts are the group's too
			sents: []string{"Kenyan troops launched rocket fire against Somali guerrilla camps near the border."},
			want:  []string{"Kenyan Armed Forces fights rebels"},
			not:   []string{"Kenyan Armed Forces fights Somalia", "rebels fights Kenyan Armed Forces"},
		},
		{
			sents: []string{"Kenyan troops raided insurgent hideouts in Kisumu on Monday."},
			want:  []string{"Kenyan Armed Forces fights rebels"},
			not:   []string{"rebels fights Kenyan Armed Forces", "Kenyan Armed Forces attacked Kisumu"},
		},
		{
			// refugees are no group that holds a camp, and their demonym no owner
			sents: []string{"Kenyan troops attacked Somali refugee camps.", "The rebel base in Kisumu was quiet on Monday."},
			not:   []string{"Kenyan Armed Forces fights Somalia", "Kenyan Armed Forces fights rebels"},
		},
		{
			// Kampuchea, Cambodia's name of 1975-89, is a state of the past (formerstates.tsv);
			// its guerrillas are no state
			sents: []string{"Vietnamese-led forces launched rocket fire against Kampuchean guerrilla camps near Kisumu.", "Kampuchea signed a defence pact with Kenya."},
			want:  []string{"Vietnam fights rebels", "Kampuchea alliedWith Kenya"},
			not:   []string{"Vietnam fights Kampuchea", "rebels fights Vietnam", "Kampuchea locatedIn Cambodia"},
		},
		{
			// the state's own positions are still its own
			sents: []string{"Kenyan troops shelled Somali positions on Monday."},
			want:  []string{"Kenyan Armed Forces fights Somalia"},
			not:   []string{"Somalia fights Kenyan Armed Forces"},
		},
		{
			// the rebels named in full keep their fact
			sents: []string{"Kenyan troops shelled the positions of Somali rebels on Monday."},
			want:  []string{"Kenyan Armed Forces fights rebels"},
			not:   []string{"Kenyan Armed Forces fights Somalia"},
		},
	})
}

// TestPersonAfterTo: "to" before an unknown name is a preposition of place ("travelled to
// X"), but not after a word that takes a person or a body ("loyal to X", "an adviser to
// X", "spoke to X"): there the name is no destination. The sentences are invented.
func TestPersonAfterTo(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Juma Otieno, an adviser to Bakari Mwinyi, said the talks had failed."},
			want:  []string{"Juma Otieno advises Bakari Mwinyi"},
			not:   []string{"Juma Otieno visited Bakari Mwinyi", "Bakari Mwinyi advises Juma Otieno"},
		},
		{
			sents: []string{"Fighters loyal to Bakari Mwinyi attacked Kisumu on Monday."},
			not:   []string{"Bakari Mwinyi attacked Kisumu", "Bakari Mwinyi locatedIn Kisumu", "Kisumu locatedIn Bakari Mwinyi"},
		},
		{
			// "Majority leader" is a title of a chamber, no "Velka Majority" body
			sents: []string{"Juma Otieno, an aide to Velka Majority leader Bakari Mwinyi, said the cuts would pass."},
			not:   []string{"Bakari Mwinyi leads Velka Majority", "Bakari Mwinyi memberOf Velka Majority", "Juma Otieno advises Velka Majority"},
		},
		{
			sents: []string{"Senate Majority leader John Mwinyi said the cuts would pass.", "Senate Minority whip John Mwinyi said they would not."},
			not:   []string{"John Mwinyi leads Senate Majority", "John Mwinyi leads Senate Minority", "John Mwinyi memberOf Senate Minority"},
		},
		{
			// a destination after "to" is still a place
			sents: []string{"Juma Otieno travelled to Kisumu Bay on Monday."},
			want:  []string{"Juma Otieno visited Kisumu Bay"},
			not:   []string{"Juma Otieno advises Kisumu Bay"},
		},
	})
	for _, s := range []string{"Fighters loyal to Bakari Mwinyi attacked Kisumu on Monday.", "She spoke to Bakari Mwinyi on Monday."} {
		ents, _ := analyzeT(t, newSemantics(nil), testDoc("to", s))
		found := false
		for _, e := range ents {
			if e.Name == "Bakari Mwinyi" {
				found = true
				if e.Class != schema.Person {
					t.Errorf("%q: Bakari Mwinyi is %s, want Person", s, e.Class)
				}
			}
		}
		if !found {
			t.Errorf("%q: no Bakari Mwinyi", s)
		}
	}
}

// TestForFieldsInName: a body's "for" phrase of two English nouns joined by "and" is one
// name ("the Velka Agency for Development and Cooperation"), but a name after the "and"
// is another entity ("the Velka Council for Peace and Bakari Mwinyi met"). The sentences
// are invented.
func TestForFieldsInName(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Doctors delivered medicine, according to the Kenyan Agency for Development and Cooperation."},
			want:  []string{"Kenyan Agency for Development and Cooperation partOf Kenya"},
			not:   []string{"Kenyan Agency for Development partOf Kenya"},
		},
	})
	for _, c := range []struct{ sent, want, not string }{
		{"The Velka Commission for Truth and Reconciliation said on Monday it would help.", "Velka Commission for Truth and Reconciliation", "Velka Commission for Truth"},
		{"The Velka Council for Peace and Bakari Mwinyi met on Monday.", "Velka Council for Peace", "Velka Council for Peace and Bakari Mwinyi"},
		{"The Velka Fund for Peace and Kenya signed a deal on Monday.", "Velka Fund for Peace", "Velka Fund for Peace and Kenya"},
	} {
		ents, _ := analyzeT(t, newSemantics(nil), testDoc("for", c.sent))
		names := map[string]bool{}
		for _, e := range ents {
			names[e.Name] = true
		}
		if !names[c.want] || names[c.not] {
			t.Errorf("%q: want %q and not %q; got %v", c.sent, c.want, c.not, names)
		}
	}
}
