package loader

// Document-level constructions a fresh held-out set showed missing: a possessive title
// with a region or a for-phrase between the country and the name, the return as a visit,
// and bare titles given as a predicate in a story about one government. Each is tried on
// stories of our own (invented people, real countries), with wrong readings asserted absent.

import "testing"

// TestRegionDeskTitles checks a country's possessive before a title that a world region
// or a for-phrase qualifies, and a state's director, who is no head of the state.
func TestRegionDeskTitles(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenya's Africa Director Amara Osei will chair the first session, officials said on Monday."},
			want:  []string{"Amara Osei memberOf Kenya", "Amara Osei nationality Kenya"},
			not:   []string{"Amara Osei leads Kenya", "Amara Osei leads Africa", "Amara Osei memberOf Africa"},
		},
		{
			sents: []string{"Talks on trade open in Nairobi on Monday.", "Kenya's director general for Europe, Jomo Wekesa, will also attend the talks."},
			want:  []string{"Jomo Wekesa memberOf Kenya", "Jomo Wekesa nationality Kenya"},
			not:   []string{"Jomo Wekesa leads Kenya", "Jomo Wekesa leads Europe", "Jomo Wekesa memberOf Europe"},
		},
		{
			sents: []string{"Kenya's director, Paul Kiprono, will also attend, officials said."},
			want:  []string{"Paul Kiprono memberOf Kenya", "Paul Kiprono nationality Kenya"},
			not:   []string{"Paul Kiprono leads Kenya"},
		},
		{
			sents: []string{"Kenya's Trade Director Moses Kibet signed the agreement in Nairobi."},
			want:  []string{"Moses Kibet memberOf Kenya", "Moses Kibet nationality Kenya"},
			not:   []string{"Moses Kibet leads Kenya"},
		},
		{
			// A trade, not a post: a film director is no member of the state.
			sents: []string{"Kenyan director Moses Kibet won the prize in Cannes."},
			want:  []string{"Moses Kibet nationality Kenya"},
			not:   []string{"Moses Kibet memberOf Kenya", "Moses Kibet leads Kenya"},
		},
	})
}

// TestReturnVisits checks the return as an event noun: where one returns from, one was.
func TestReturnVisits(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Foreign Minister Daniel Otieno said the talks would focus on trade.",
				"He told reporters on his return from Kisumu and Arusha that all seven countries had agreed to attend."},
			want: []string{"Daniel Otieno visited Kisumu", "Daniel Otieno visited Arusha"},
			not:  []string{"Kisumu visited Arusha", "Daniel Otieno visited Nairobi"},
		},
		{
			sents: []string{"On her return to Mombasa, Irena Kovac met the governor."},
			want:  []string{"Irena Kovac visited Mombasa"},
		},
		{
			// No person returns: the return of goods or of a policy is no visit.
			sents: []string{"The return of the statues from Kisumu was delayed by Daniel Otieno's ministry."},
			not:   []string{"Daniel Otieno visited Kisumu"},
		},
	})
}

// TestPredicativeBareTitles checks titles given as a predicate with no body, in a story
// about one government: they take its country, as "Interior Minister X" does.
func TestPredicativeBareTitles(t *testing.T) {
	cabinet := []string{
		"Sri Lankan President Anura Perera on Monday swore in three new members of the Sri Lankan cabinet.",
		"Bakari Mwinyi, 41, was made agriculture secretary.",
		"Peter Odinga, 65, was made justice secretary and Juma Tembo, 43, secretary for natural resources.",
		"Officials said the changes were meant to strengthen the government of Sri Lanka.",
		"Sri Lanka has faced criticism over its handling of the economy.",
	}
	sultan := []string{
		"Sultan Omar Rumi, the long-serving ruler of Brunei, died on Friday, the royal court said.",
		"Brunei announced three days of mourning.",
		"Omar Rumi became Sultan in 1968 after overthrowing his father, Sultan Hamid bin Karim.",
		"Schools and offices across Brunei were closed.",
		"The royal family acknowledged his cousin, Rashid Khalil Said, as the new Sultan.",
	}
	runRelCases(t, []relCase{
		{
			sents: cabinet,
			want:  []string{"Bakari Mwinyi memberOf Sri Lanka", "Peter Odinga memberOf Sri Lanka", "Juma Tembo memberOf Sri Lanka"},
			not:   []string{"Bakari Mwinyi leads Sri Lanka", "Peter Odinga leads Sri Lanka", "Juma Tembo leads Sri Lanka", "Anura Perera memberOf Sri Lanka"},
		},
		{
			sents: sultan,
			want:  []string{"Rashid Khalil Said leads Brunei", "Hamid bin Karim leads Brunei", "Omar Rumi leads Brunei"},
			not:   []string{"Rashid Khalil Said memberOf Brunei"},
		},
		{
			// A post of a named body, or one only expected, is no bare title of the state.
			sents: []string{
				"Sri Lankan President Anura Perera on Monday named a new cabinet.",
				"Bakari Mwinyi, 41, was made secretary of the Velka Movement.",
				"Peter Odinga will be made justice secretary next month.",
				"Juma Tembo was not made agriculture secretary.",
				"Sri Lanka has faced criticism over its handling of the economy.",
				"Officials in Sri Lanka declined to comment.",
			},
			not: []string{"Bakari Mwinyi memberOf Sri Lanka", "Peter Odinga memberOf Sri Lanka", "Juma Tembo memberOf Sri Lanka"},
		},
		{
			// The active verb's object holds the post, not its subject; a post one is named
			// "as" may be a division's, so only a head's title is read there.
			sents: []string{
				"Sri Lankan President Anura Perera spoke in Colombo on Monday.",
				"Peter Odinga named Senator Grace Wanjiru as his deputy.",
				"The governor, Juma Tembo, appointed Bakari Mwinyi as secretary of state.",
				"Sri Lanka has faced criticism over its handling of the economy.",
				"Officials in Sri Lanka declined to comment.",
			},
			not: []string{"Peter Odinga memberOf Sri Lanka", "Bakari Mwinyi memberOf Sri Lanka", "Juma Tembo memberOf Sri Lanka"},
		},
		{
			// No country dominates: the title names none.
			sents: []string{
				"Bakari Mwinyi, 41, was made agriculture secretary.",
				"He met officials from India and Pakistan on Tuesday.",
			},
			not: []string{"Bakari Mwinyi memberOf India", "Bakari Mwinyi memberOf Pakistan"},
		},
	})
}

// TestDocumentBodyTitles checks a bare title or body that only the document's one
// international body or one parliament can fill.
func TestDocumentBodyTitles(t *testing.T) {
	unStory := []string{
		"Kenya complained to the United Nations on Tuesday about border raids, officials said.",
		"Kenya's envoy made the complaint in a letter to Secretary General Tomas Ferreira.",
		"The Kenyan Parliament debated the raids on Monday.",
		"Grace Wanjiru, a member of Parliament, said the raids had killed ten people.",
		"Kenya has asked for an investigation.",
	}
	runRelCases(t, []relCase{
		{
			sents: unStory,
			want:  []string{"Tomas Ferreira leads United Nations", "Grace Wanjiru memberOf Kenyan Parliament"},
			not:   []string{"Tomas Ferreira leads Kenya", "Tomas Ferreira memberOf Kenya", "Grace Wanjiru leads Kenyan Parliament", "Grace Wanjiru memberOf United Nations"},
		},
		{
			// Another body beyond a state: its secretary general as likely.
			sents: []string{
				"Kenya complained to the United Nations on Tuesday about border raids.",
				"The Velka Movement denied any part in the raids.",
				"Secretary General Tomas Ferreira said an inquiry would be opened.",
			},
			not: []string{"Tomas Ferreira leads United Nations", "Tomas Ferreira leads Velka Movement"},
		},
		{
			// Two parliaments named: no telling which is meant.
			sents: []string{
				"The Kenyan Parliament and the Ugandan Parliament debated the raids on Monday.",
				"Grace Wanjiru, a member of Parliament, said the raids had killed ten people.",
			},
			not: []string{"Grace Wanjiru memberOf Kenyan Parliament", "Grace Wanjiru memberOf Ugandan Parliament"},
		},
		{
			// The parliament named only after the bare phrase: not yet the document's.
			sents: []string{
				"Grace Wanjiru, a member of Parliament, said the raids had killed ten people.",
				"The Kenyan Parliament debated the raids on Monday.",
			},
			not: []string{"Grace Wanjiru memberOf Kenyan Parliament"},
		},
	})
}

// TestPronounChainSubject checks a pronoun after a subject pronoun that took the subject
// over a nearer person: the chain is the subject's ("A appointed B. He said his adviser, C"
// is A's adviser), not the person named last.
func TestPronounChainSubject(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{
				"Peter Kamau spoke to reporters in Nairobi on Monday.",
				"He noted that he had appointed the former minister Joseph Waweru as his chief of staff.",
				"He said his new security adviser, Daniel Otieno, was rebuilding the team.",
			},
			want: []string{"Daniel Otieno advises Peter Kamau"},
			not:  []string{"Daniel Otieno advises Joseph Waweru"},
		},
		{
			// With no pronoun between, the nearer person keeps the possessive.
			sents: []string{
				"Peter Kamau met Joseph Waweru in Nairobi on Monday.",
				"Reporters said his new security adviser, Daniel Otieno, was rebuilding the team.",
			},
			not: []string{"Daniel Otieno advises Peter Kamau"},
		},
	})
}

// TestPronounSalience checks a pronoun in an opening prepositional phrase when the last
// subject and a nearer person fit it: the person named more often (the article's subject)
// wins over a relative named once in an apposition, and the chain goes on from there.
func TestPronounSalience(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{
				"On Friday, Omar Rumi, the long-serving Sultan of Brunei, died aged 79. He had recently had health problems.",
				"Omar Rumi became Sultan in 1970 after overthrowing his father, Sultan Hamid Karim.",
				"By the time of his death, his reign was the longest in the region. He was known for pursuing a neutral foreign policy.",
				"Recently there had been growing concerns over his health.",
				"Following a week-long stay in a hospital, he returned to Brunei in the middle of December.",
			},
			want: []string{"Omar Rumi visited Brunei"},
			not:  []string{"Hamid Karim visited Brunei"},
		},
		{
			// A clause with its own subject opens the sentence: its pronoun may look ahead.
			sents: []string{
				"Peter Kamau led the polls on Monday, ahead of President Joseph Waweru.",
				"After it was revealed his aide Daniel Otieno had fallen ill, President Waweru himself cancelled the rally.",
			},
			not: []string{"Daniel Otieno advises Peter Kamau"},
		},
	})
}

// TestNamedAsHead checks "swore in X as President" and a mere "in" before a name and "as".
func TestNamedAsHead(t *testing.T) {
	story := func(s string) []string {
		return []string{
			"Brunei announced three days of mourning on Friday.",
			"Schools and offices across Brunei were closed.",
			s,
			"Brunei has faced criticism over its handling of the economy.",
		}
	}
	runRelCases(t, []relCase{
		{
			sents: story("The council swore in Rashid Khalil Said as the new Sultan."),
			want:  []string{"Rashid Khalil Said leads Brunei"},
		},
		{
			sents: story("Crowds in the capital cheered Rashid Khalil Said as the new Sultan passed."),
			not:   []string{"Rashid Khalil Said leads Brunei"},
		},
	})
}

// TestStayInDemonymPlace checks a stay in a place named only by a demonym and a common
// noun of a place: the stay was in the demonym's country; a language or a firm is none.
func TestStayInDemonymPlace(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Peter Kamau's stay in a Belgian hospital ended on Friday."},
			want:  []string{"Peter Kamau visited Belgium"},
		},
		{
			sents: []string{"Peter Kamau's stay in a Belgian company ended on Friday.", "Speaking in French, Joseph Waweru thanked the staff."},
			not:   []string{"Peter Kamau visited Belgium", "Joseph Waweru visited France"},
		},
	})
}
