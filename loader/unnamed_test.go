package loader

import "testing"

// TestUnnamedPersonBlocksPronoun checks that a person described but not named ("a
// spokesman", "the officer", "the senator's wife") takes the pronouns after it, so that
// they give no fact to the person named before; and that a description with the title of
// a person named before ("the foreign minister", "the minister" for a secretary) and an
// apposition ("X, the party's leader, said he") still stand for that person.
func TestUnnamedPersonBlocksPronoun(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Afghan President Hamid Sultani condemned the attack on Monday.", "A spokesman for the governor said he had visited Herat on Sunday."},
			not:   []string{"Hamid Sultani visited Herat"},
		},
		{
			sents: []string{"Kenyan Labour Minister John Otieno met union leaders in Nairobi on Friday.", "An unnamed diplomat said he had met Ugandan President Yoweri Kato in Kampala."},
			want:  []string{"Yoweri Kato leads Uganda"},
			not:   []string{"John Otieno met Yoweri Kato", "John Otieno visited Kampala"},
		},
		{
			sents: []string{"Senator Robert Hale spoke to reporters in Cork.", "The senator's wife said she had visited Dublin."},
			not:   []string{"Robert Hale visited Dublin"},
		},
		{
			sents: []string{"Italian Foreign Minister Paolo Ferri flew to Madrid on Tuesday.", "The defence minister said he had visited troops in Lebanon."},
			want:  []string{"Paolo Ferri visited Madrid"},
			not:   []string{"Paolo Ferri visited Lebanon"},
		},
		{
			sents: []string{"Dutch Foreign Minister Pieter de Graaf arrived in Tokyo on Monday.", "The foreign minister said he had met Japanese Prime Minister Kenji Sato in Osaka."},
			want:  []string{"Kenji Sato met Pieter de Graaf", "Pieter de Graaf visited Osaka"},
		},
		{
			sents: []string{"Belgian Prime Minister Luc Peeters, the party's leader, said he had visited Kinshasa."},
			want:  []string{"Luc Peeters visited Kinshasa", "Luc Peeters leads Belgium"},
		},
		{
			sents: []string{"Education Secretary Marta Linde opened a school in Leeds.", "The minister said she had visited Oslo in May."},
			want:  []string{"Marta Linde visited Oslo"},
		},
	})
}

// TestUnnamedPersonsFound checks which nouns are descriptions of unnamed persons.
func TestUnnamedPersonsFound(t *testing.T) {
	cases := []struct {
		text string
		want int
	}{
		{"A spokesman for the governor said he had left.", 2}, // the spokesman and the governor
		{"The senator's wife said she had left.", 1},
		{"A founding member of the guild, he later chaired the council.", 0}, // the pronoun's own apposition
		{"He was shot in the head on Monday.", 0},
		{"She is a spokeswoman for the council.", 0},     // a predicate
		{"The minister Anna Berg said she had left.", 0}, // a title before a name
	}
	for _, c := range cases {
		ws := words(c.text)
		if got := unnamedPersons(ws, nil); len(got) != c.want {
			t.Errorf("%q: %d descriptions, want %d (%v)", c.text, len(got), c.want, got)
		}
	}
}
