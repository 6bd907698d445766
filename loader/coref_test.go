package loader

import "testing"

func TestGroupDescriptions(t *testing.T) {
	tests := []struct {
		name   string
		sents  []string
		want   []string
		absent []string
	}{
		{
			name: "the rebels are the rebels named before",
			sents: []string{
				"Officials blamed Houthi rebels for the blast in Aden.",
				"The Houthis denied it.",
				"According to officials, the rebels are backed by Iran.",
			},
			want: []string{"Iran supports Houthis"},
		},
		{
			name: "too far back",
			sents: []string{
				"Officials blamed Houthi rebels for the blast in Aden.",
				"The port was closed.", "Ships waited.", "Prices rose.", "Schools shut.",
				"According to officials, the rebels are backed by Iran.",
			},
			absent: []string{"Iran supports Houthis"},
		},
		{
			name: "another noun",
			sents: []string{
				"Officials blamed Houthi rebels for the blast in Aden.",
				"According to officials, the militia is backed by Iran.",
			},
			absent: []string{"Iran supports Houthis"},
		},
		{
			name:   "a description in apposition is the body it follows",
			sents:  []string{"Haddad was the deputy commander of the Northern Relief Front (NRF), a Turkish-backed militia."},
			want:   []string{"Turkey supports Northern Relief Front"},
			absent: []string{"Turkey supports militias"},
		},
		{
			name:   "the country's is the one country named before",
			sents:  []string{"Protests spread across Chile on Monday.", "The country's president, Ana Ruiz, called for calm."},
			want:   []string{"Ana Ruiz leads Chile"},
			absent: []string{"Ana Ruiz leads Peru"},
		},
		{
			name:   "the country's after two countries is neither",
			sents:  []string{"Peru and Chile signed a pact on Monday.", "The country's president, Ana Ruiz, called for calm."},
			absent: []string{"Ana Ruiz leads Chile", "Ana Ruiz leads Peru"},
		},
		{
			name:   "the country without a possessive is not read",
			sents:  []string{"Ana Ruiz flew to Chile on Monday.", "Tomas Berg later toured the country with his band."},
			absent: []string{"Tomas Berg visited Chile"},
		},
		{
			name:   "the militia is the one group named before",
			sents:  []string{"The Northern Relief Front claimed the attack.", "The militia is backed by Turkey."},
			want:   []string{"Turkey supports Northern Relief Front"},
			absent: []string{"Turkey supports militias"},
		},
		{
			name:   "the group after two groups is neither",
			sents:  []string{"Officials blamed the Northern Relief Front and the Blue Hand Movement for the blast.", "The group is backed by Turkey."},
			absent: []string{"Turkey supports Northern Relief Front", "Turkey supports Blue Hand Movement"},
		},
		{
			name:   "the group of is no body named before",
			sents:  []string{"Officials blamed the Northern Relief Front for the blast.", "The group of men was backed by Turkey."},
			absent: []string{"Turkey supports Northern Relief Front"},
		},
		{
			name:  "the organisation's president",
			sents: []string{"The Association of Lamp Makers said it agreed with the plan.", "Rosa Tamm, the organisation's president, said more work was needed."},
			want:  []string{"Rosa Tamm leads Association of Lamp Makers"},
		},
		{
			name:   "a militia no antecedent took names no entity",
			sents:  []string{"Omar Haddad, the commander of Chile's elite militia, met Ana Ruiz."},
			want:   []string{"Ana Ruiz met Omar Haddad"},
			absent: []string{"Omar Haddad commands militias", "Omar Haddad memberOf militias"},
		},
		{
			name:  "militias in the plural are still the collective",
			sents: []string{"Chile has backed militias in the region for years."},
			want:  []string{"Chile supports militias"},
		},
		{
			name:   "a description that is not in apposition",
			sents:  []string{"The Northern Relief Front said that a Turkish-backed militia had attacked Aleppo."},
			absent: []string{"Turkey supports Northern Relief Front", "Northern Relief Front attacked Aleppo"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := analyzeT(t, newSemantics(nil), testDoc("g", tt.sents...))
			checkFacts(t, got, tt.want, tt.absent)
		})
	}
}

func TestBareNames(t *testing.T) {
	_, got := analyzeT(t, newSemantics(nil), testDoc("b",
		"Ruritanian Foreign Minister Ada Lindqvist visited Lakeville on Monday.",
		"Her brother Tor Lindqvist, a banker, stayed in Oslo.",
		"Lindqvist later travelled to Paris.",
		"Croatian Defence Minister Wiranto arrived too.",
		"Wiranto travelled to Paris.",
	))
	for _, f := range []string{"Ada Lindqvist visited Paris", "Wiranto visited Paris"} {
		if !got[f] {
			t.Errorf("missing %q; got %v", f, got)
		}
	}
	if got["Tor Lindqvist visited Paris"] {
		t.Error("the relative named later took the surname")
	}
}
