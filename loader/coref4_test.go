package loader

import "testing"

// TestCoref4Audit holds the constructions behind the wrong antecedents of the coref4 audit
// (81 facts with an argument reached through a pronoun or a description, from about 980
// unseen BBC politics, Wikinews and Reuters documents). The sentences and documents are
// our own; each case asserts the wrong reading absent and, where the text states it, the
// right one present.
func TestCoref4Audit(t *testing.T) {
	tests := []struct {
		name   string
		sents  []string
		want   []string
		absent []string
	}{
		{
			name: "the guest's his after met is the subject's, not the host's",
			sents: []string{
				"President Ivan Petrov of Veldonia met Prime Minister Tomas Varga in Orsk on Monday, on his first official visit to Ruritania.",
			},
			want:   []string{"Ivan Petrov met Tomas Varga", "Ivan Petrov visited Ruritania"},
			absent: []string{"Tomas Varga visited Ruritania"},
		},
		{
			name: "the guest's his after met with a described subject is nobody's",
			sents: []string{
				"Prime Minister Tomas Varga welcomed the decision.",
				"On Monday the Veldonian president met Prime Minister Tomas Varga at his residence, on his first official visit to Ruritania.",
			},
			absent: []string{"Tomas Varga visited Ruritania"},
		},
		{
			name: "the guest's his in a short document with a pronoun subject",
			sents: []string{
				"Veldonian President Ivan Petrov arrived in Ruritania on Sunday.",
				"He met Prime Minister Tomas Varga on Monday, during his three-day trip to Ruritania.",
				"Mr Varga said the talks went well.",
			},
			want:   []string{"Ivan Petrov met Tomas Varga", "Ivan Petrov visited Ruritania"},
			absent: []string{"Tomas Varga visited Ruritania"},
		},
		{
			name: "the host's verb keeps the guest's his on its object",
			sents: []string{
				"Prime Minister Tomas Varga hosted President Ivan Petrov in Orsk, on his first official visit to Ruritania.",
			},
			absent: []string{"Tomas Varga visited Ruritania"},
		},
		{
			name: "a possessive in an opening phrase before a subject not resolved is nobody's",
			sents: []string{
				"Mr Tomas Varga led the Liberals into the talks.",
				"Sir Edmund already knew Ivan Petrov would not join a coalition.",
				"Within hours of his final talks with Mr Varga, Sir Edmund told the nation he was resigning.",
			},
			absent: []string{"Ivan Petrov met Tomas Varga"},
		},
		{
			name: "a possessive in an opening phrase with within is the named subject after it",
			sents: []string{
				"Opposition leader Bakari Mwinyi spoke in Mombasa on Monday.",
				"Within hours of his arrival in Kampala, President Tomas Berg criticised Mr Mwinyi.",
			},
			want:   []string{"Tomas Berg visited Kampala"},
			absent: []string{"Bakari Mwinyi visited Kampala"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := analyzeT(t, newSemantics(nil), testDoc("c4", tt.sents...))
			checkFacts(t, got, tt.want, tt.absent)
		})
	}
}
