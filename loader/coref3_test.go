package loader

import "testing"

// TestCoref3Audit holds the constructions behind the wrong antecedents of the coref3 audit
// (/tmp/coref3-audit.md: 60 facts with an argument read from a pronoun or a description,
// drawn from unseen news), and the descriptions and pronouns its recall pass found missing.
// The sentences are our own; each case asserts the wrong facts absent as well as the right
// ones present.
func TestCoref3Audit(t *testing.T) {
	tests := []struct {
		name   string
		sents  []string
		want   []string
		absent []string
	}{
		{
			name: "a person in a long opening phrase is not the subject the next pronoun continues",
			sents: []string{
				"Opposition leader Bakari Mwinyi spoke in Mombasa on Monday.",
				"In a long speech about the trade policies of President Tomas Berg, Mr Mwinyi said the economy had stalled.",
				"He later travelled to Kisumu.",
			},
			want:   []string{"Bakari Mwinyi visited Kisumu"},
			absent: []string{"Tomas Berg visited Kisumu"},
		},
		{
			name: "a short opening phrase still ends at its comma",
			sents: []string{
				"Opposition leader Bakari Mwinyi spoke in Mombasa on Monday.",
				"In a letter to President Tomas Berg, Mr Mwinyi said the economy had stalled.",
				"He later travelled to Kisumu.",
			},
			want:   []string{"Bakari Mwinyi visited Kisumu"},
			absent: []string{"Tomas Berg visited Kisumu"},
		},
		{
			name: "a possessive in an opening phrase is the subject after the comma and its honorific",
			sents: []string{
				"An inquiry found that Halima Oduya had been paid by Zawadi Kimaro.",
				"On the last day of his tour of Uganda, Mr Juma Otieno told reporters he trusted Kimaro.",
			},
			want:   []string{"Juma Otieno visited Uganda"},
			absent: []string{"Zawadi Kimaro visited Uganda", "Halima Oduya visited Uganda"},
		},
		{
			name: "a pronoun after two persons joined by or is neither",
			sents: []string{
				"The singer Tomas Berg died on Monday.",
				"\"Across Africa he was famous, far more than Juma Otieno or Bakari Mwinyi ever were.\"",
				"That year he toured Kenya with his band.",
			},
			absent: []string{"Bakari Mwinyi visited Kenya", "Juma Otieno visited Kenya"},
		},
		{
			name: "the minister after a minister named in apposition",
			sents: []string{
				"Halima Oduya, the health minister of Kenya, arrived in Kampala on Monday.",
				"The minister met President Tomas Berg.",
			},
			want:   []string{"Halima Oduya met Tomas Berg"},
			absent: []string{"Tomas Berg met Tomas Berg"},
		},
		{
			name: "the minister after two ministers named in apposition is neither",
			sents: []string{
				"Halima Oduya, the health minister of Kenya, and Juma Otieno, the finance minister, arrived in Kampala on Monday.",
				"The minister met President Tomas Berg.",
			},
			absent: []string{"Halima Oduya met Tomas Berg", "Juma Otieno met Tomas Berg"},
		},
		{
			name: "an apposition that names someone else's aide gives no title",
			sents: []string{
				"Juma Otieno, the minister's driver, arrived in Kampala on Monday.",
				"The minister met President Tomas Berg.",
			},
			absent: []string{"Juma Otieno met Tomas Berg"},
		},
		{
			name: "the minister after a person appointed minister",
			sents: []string{
				"Dr Halima Oduya was appointed health minister of Kenya on Monday.",
				"The minister visited Kisumu on Tuesday.",
			},
			want:   []string{"Halima Oduya visited Kisumu"},
			absent: []string{"Kenya visited Kisumu"},
		},
		{
			name: "a person who met a minister is not the minister",
			sents: []string{
				"Dr Halima Oduya met the health minister of Kenya on Monday.",
				"The minister visited Kisumu on Tuesday.",
			},
			absent: []string{"Halima Oduya visited Kisumu"},
		},
		{
			name: "the group as an object before from",
			sents: []string{
				"Bakari Mwinyi founded the Orun Front in 2004.",
				"He now commands the group from a base in Uganda.",
			},
			want:   []string{"Bakari Mwinyi commands Orun Front"},
			absent: []string{"Bakari Mwinyi commands Uganda"},
		},
		{
			name: "the party after of and a person's noun",
			sents: []string{
				"Bakari Mwinyi joined the Velka Party in 1998.",
				"He was elected leader of the party in 2010.",
			},
			want: []string{"Bakari Mwinyi leads Velka Party"},
		},
		{
			name: "the party is no council",
			sents: []string{
				"Bakari Mwinyi joined the Kisumu Council in 1998.",
				"He was elected leader of the party in 2010.",
			},
			absent: []string{"Bakari Mwinyi leads Kisumu Council"},
		},
		{
			name: "the group before a noun it modifies is no description",
			sents: []string{
				"Bakari Mwinyi founded the Orun Front in 2004.",
				"Juma Otieno met the group leader from Kisumu in 2010.",
			},
			absent: []string{"Juma Otieno met Orun Front"},
		},
		{
			name: "the group with an adverb before its verb",
			sents: []string{
				"The Velka Movement said on Monday that its fighters had killed Juma Otieno.",
				"The group also attacked the Orun Front in Kisumu.",
			},
			want:   []string{"Velka Movement fights Orun Front"},
			absent: []string{"Juma Otieno fights Orun Front"},
		},
		{
			name: "the group with an adverb after two bodies is neither",
			sents: []string{
				"The Velka Movement and the Kisumu Brigade clashed near Lake Turkana on Monday.",
				"The group also attacked the Orun Front in Kisumu.",
			},
			absent: []string{"Velka Movement fights Orun Front", "Kisumu Brigade fights Orun Front"},
		},
		{
			name: "it opening a clause of its own sentence is the sentence's subject",
			sents: []string{
				"The Velka Movement regrouped in Kisumu before it attacked the Orun Front.",
				"Zambia closed its border on Monday after it imposed sanctions on the Orun Front.",
			},
			want:   []string{"Velka Movement fights Orun Front", "Orun Front sanctionedBy Zambia"},
			absent: []string{"Kisumu fights Orun Front"},
		},
		{
			name: "it opening a clause after a rival body is neither",
			sents: []string{
				"The Velka Movement warned the Kisumu Brigade before it attacked the Orun Front.",
				"Zambia warned Malawi on Monday before it imposed sanctions on the Orun Front.",
			},
			absent: []string{"Velka Movement fights Orun Front", "Kisumu Brigade fights Orun Front", "Orun Front sanctionedBy Zambia", "Orun Front sanctionedBy Malawi"},
		},
		{
			name: "a sentence whose start was lost resolves no pronoun",
			sents: []string{
				"Juma Otieno won the high jump in Kisumu on Monday.",
				"could not match Otieno in the final, although he had competed at a meeting in Uganda on Tuesday.",
				": \"Back in 1978 he flew to Kenya for a concert.\"",
			},
			absent: []string{"Juma Otieno visited Uganda", "Juma Otieno visited Kenya"},
		},
		{
			name: "a whole sentence after it still resolves its pronoun",
			sents: []string{
				"Juma Otieno won the high jump in Kisumu on Monday.",
				"He had competed at a meeting in Uganda on Tuesday.",
			},
			want: []string{"Juma Otieno visited Uganda"},
		},
		{
			name: "the militant group and the rebel group after an armed group",
			sents: []string{
				"The Orun Front seized two villages near Kisumu on Monday.",
				"The militant group is backed by Uganda, and the rebel group is also backed by Zambia.",
			},
			want:   []string{"Uganda supports Orun Front", "Zambia supports Orun Front"},
			absent: []string{"Uganda supports rebels", "Zambia supports rebels", "Uganda supports Kisumu"},
		},
		{
			name: "a creed's adjective before group is no body of its own",
			sents: []string{
				"The Orun Front seized two villages near Kisumu on Monday.",
				"The Islamist group has attacked Kenya since 2010.",
			},
			want:   []string{"Orun Front fights Kenya"},
			absent: []string{"Islamist fights Kenya"},
		},
		{
			name: "the militant group after two bodies is neither",
			sents: []string{
				"The Orun Front and the Velka Movement clashed near Kisumu on Monday.",
				"The militant group is backed by Uganda.",
			},
			absent: []string{"Uganda supports Orun Front", "Uganda supports Velka Movement"},
		},
		{
			name: "the armed group is no company",
			sents: []string{
				"Velka Holdings bought two mines near Kisumu on Monday.",
				"The armed group is backed by Uganda.",
			},
			absent: []string{"Uganda supports Velka Holdings"},
		},
		{
			name: "the militant group before a name introduces that name",
			sents: []string{
				"The Orun Front seized two villages near Kisumu on Monday.",
				"A newspaper known as sympathetic to the militant group Velka Movement reported the raid.",
				"The militant group Velka Movement is backed by Uganda.",
			},
			absent: []string{"Uganda supports Orun Front"},
		},
		{
			name: "the group as the one entity of its sentence is read on the tree",
			sents: []string{
				"The Orun Front seized two villages near Kisumu on Monday.",
				"The group is led by Bakari Mwinyi.",
			},
			want:   []string{"Bakari Mwinyi leads Orun Front"},
			absent: []string{"Bakari Mwinyi leads Kisumu"},
		},
		{
			name: "the group with a participle and its agent is a new group",
			sents: []string{
				"The trial was reviewed by the Velka Journal of Medicine.",
				"\"The trial must stop,\" said the group led by Dr. Bakari Mwinyi.",
			},
			absent: []string{"Bakari Mwinyi leads Velka Journal of Medicine"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := analyzeT(t, newSemantics(nil), testDoc("c3", tt.sents...))
			checkFacts(t, got, tt.want, tt.absent)
		})
	}
}
