package loader

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestNonStatePostAfterDemonym checks that a word between a demonym and a title that
// puts the post outside the state ("rebel", "militia", "student", "party") leaves the
// holder's nationality but no post of the country, while a state's title after a
// demonym and a party's leader named before the title keep their posts.
func TestNonStatePostAfterDemonym(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Ugandan guerrilla leader Juma Tembo was not at the talks in Kampala on Monday."},
			want:  []string{"Juma Tembo nationality Uganda"},
			not:   []string{"Juma Tembo leads Uganda", "Juma Tembo memberOf Uganda"},
		},
		{
			sents: []string{"Kenyan student leader Amara Osei and Kenyan party leader Ali Joho spoke to reporters."},
			want:  []string{"Amara Osei nationality Kenya", "Ali Joho nationality Kenya"},
			not:   []string{"Amara Osei leads Kenya", "Ali Joho leads Kenya"},
		},
		{
			sents: []string{"Tanzanian rebel commander Okello Obua said the fighting would go on."},
			want:  []string{"Okello Obua nationality Tanzania"},
			not:   []string{"Okello Obua memberOf Tanzania", "Okello Obua commands Tanzania"},
		},
		{
			sents: []string{"Tanzanian President Jakaya Mrema met Conservative Party leader Ann Brook in London."},
			want:  []string{"Jakaya Mrema leads Tanzania", "Ann Brook leads Conservative Party"},
		},
		{
			sents: []string{"The rebel leader of the Velka Front, Juma Tembo, rejected the offer."},
			want:  []string{"Juma Tembo leads Velka Front"},
		},
	})
}

// TestEventWordInBodyName checks that a word that names events when it heads a phrase
// ("Law", "Election", "Summit") does not stop a body's name that ends in a body's head
// word ("the Kenya Law Society", "the Summit Group"), while "Operation Velka Storm" is
// still no entity.
func TestEventWordInBodyName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Juma Tembo was elected president of the Kenya Law Society last year.",
			"The Kenya Election Commission and the Summit Group said no.",
			"Operation Velka Storm began on Monday.",
		},
		want:  map[string]schema.Class{"Kenya Law Society": schema.Organization, "Kenya Election Commission": schema.Organization, "Summit Group": schema.Organization},
		not:   []string{"Operation Velka Storm", "Law Society"},
		facts: []string{"Juma Tembo leads Kenya Law Society"},
		wrong: []string{"Juma Tembo leads Kenya", "Juma Tembo nationality Kenya"},
	}})
}

// TestFoughtAlongsideAgainst checks that "fought alongside X against Y" makes X the
// ally and never the enemy, and Y no ally, also when the tagger takes "alongside" for an
// adverb before X or X is no entity ("government forces").
func TestFoughtAlongsideAgainst(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenyan troops fought alongside Somali forces against the Velka Front in Kismayo."},
			not:   []string{"Kenya fights Somalia", "Kenyan Armed Forces fights Somalia", "Kenyan Armed Forces alliedWith Velka Front"},
		},
		{
			sents: []string{"Ethiopian troops fought alongside government forces against the Velka Front."},
			not:   []string{"Ethiopian Armed Forces alliedWith Velka Front", "Ethiopia alliedWith Velka Front"},
		},
		{
			sents: []string{"The Green Brigade has fought alongside the Red Front since 2015."},
			want:  []string{"Green Brigade alliedWith Red Front"},
		},
	})
}

// TestNewStartsBodyName checks that "New" inside a sentence begins a body's name that
// ends in a body's head word ("the New People's Army"), while at a sentence's start it
// stays an adjective before a post ("New Velka Police Commissioner X").
func TestNewStartsBodyName(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{
			"Troops clashed with the New People's Army near Samar on Monday.",
			"The New Velka Party won the vote.",
			"New Kisumu Police Commissioner Amara Osei said the march was banned.",
		},
		want: map[string]schema.Class{"New People's Army": schema.Organization, "New Velka Party": schema.Organization, "Amara Osei": schema.Person},
		not:  []string{"People's Army", "Velka Party", "New Kisumu Police"},
	}})
}
