package syntax

import "testing"

// TestRuleLemma checks the suffix rules on verb forms of their own (the treebank's
// exceptions aside): a final e restored where English drops it before -ed and -ing, and
// stems that keep their last letter.
func TestRuleLemma(t *testing.T) {
	tests := []struct{ form, xpos, want string }{
		{"endorsed", "VBD", "endorse"},
		{"sanctioned", "VBD", "sanction"},
		{"seized", "VBN", "seize"},
		{"pledging", "VBG", "pledge"},
		{"survived", "VBD", "survive"},
		{"renovated", "VBN", "renovate"},
		{"invaded", "VBD", "invade"},
		{"tumbled", "VBD", "tumble"},
		{"assumed", "VBD", "assume"},
		{"continued", "VBD", "continue"},
		{"focused", "VBD", "focus"},
		{"developed", "VBN", "develop"},
		{"visited", "VBD", "visit"},
		{"abandoned", "VBN", "abandon"},
		{"treated", "VBN", "treat"},
		{"attacked", "VBD", "attack"},
		{"stopped", "VBD", "stop"},
		{"bombing", "VBG", "bomb"},
		{"carried", "VBD", "carry"},
	}
	for _, tt := range tests {
		if got := ruleLemma(tt.form, tt.form, tt.xpos); got != tt.want {
			t.Errorf("ruleLemma(%q, %s) = %q, want %q", tt.form, tt.xpos, got, tt.want)
		}
	}
}
