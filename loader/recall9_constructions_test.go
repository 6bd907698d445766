package loader

// Constructions an unseen-news annotation showed missing: an apposition with a past
// post, a deputy's title or a trade at a body; a bare law officer's or spokesperson's
// title; an acronym before a body head's title; a body named "X of COUNTRY"; a place chain
// before a coordinated person; a party quantifier after a list of people. Each is tried
// on sentences of our own, with wrong readings asserted absent.

import "testing"

// TestPastAndDeputyAppositions checks "X, formerly a ... at Y" and "X, a deputy ... of Y".
func TestPastAndDeputyAppositions(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Tomas Varga, formerly a deputy administrator at the Kestrel Institute, said the plan was late."},
			want:  []string{"Tomas Varga memberOf Kestrel Institute"},
			not:   []string{"Tomas Varga leads Kestrel Institute"},
		},
		{
			sents: []string{"Ana Kirov, a deputy director of the Marlow Foundation, said the plan was late."},
			want:  []string{"Ana Kirov memberOf Marlow Foundation"},
			not:   []string{"Ana Kirov leads Marlow Foundation"},
		},
		{
			sents: []string{"Elena Marsh, formerly a professor at Harvard Law School, said the plan was late."},
			want:  []string{"Elena Marsh memberOf Harvard Law School"},
		},
		{
			// A field after "of" names no employer; a negated clause states nothing.
			sents: []string{"Elena Marsh, a professor of history, spoke at Harvard Law School.", "Dan Kowal, who is not a professor at Yale University, said so."},
			not:   []string{"Elena Marsh memberOf Harvard Law School", "Dan Kowal memberOf Yale University"},
		},
		{
			// A country qualifying a magazine names the magazine's country, not the editor's.
			sents: []string{"Ian Brand, deputy editor of UK magazine Pixel Monthly, said the machine would sell."},
			want:  []string{"Ian Brand memberOf Pixel Monthly"},
			not:   []string{"Ian Brand nationality United Kingdom", "Ian Brand memberOf United Kingdom"},
		},
		{
			sents: []string{"Tomas Varga, formerly director of the Kestrel Institute, said the plan was late."},
			want:  []string{"Tomas Varga leads Kestrel Institute"},
			not:   []string{"Tomas Varga memberOf Kestrel Institute"},
		},
	})
}

// TestBareLawOfficerTitles checks bare "Solicitor General X" and "Presidential Spokesperson Y".
func TestBareLawOfficerTitles(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Chilean government closed the station.", "Solicitor General Tomas Varga filed a petition against the network.", "Presidential Spokesperson Ana Kirov said the order stood.", "Chile's senators met on Monday."},
			want:  []string{"Tomas Varga memberOf Chile", "Ana Kirov memberOf Chile"},
			not:   []string{"Tomas Varga leads Chile", "Ana Kirov leads Chile"},
		},
	})
}

// TestAcronymBeforeBodyTitle checks "ACRONYM CEO X" and a hyphenated acronym before a title.
func TestAcronymBeforeBodyTitle(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"KVN-TBC said it would appeal.", "KVN-TBC CEO Mara Ostrava said refunds were offered."},
			want:  []string{"Mara Ostrava leads KVN-TBC"},
		},
		{
			sents: []string{"DRX said it would appeal.", "DRX CEO Mara Ostrava will not say whether refunds were offered."},
			want:  []string{"Mara Ostrava leads DRX"},
			not:   []string{"Mara Ostrava memberOf DRX"},
		},
	})
}

// TestBodyHeadWordTitle checks "Council President X" after the document's one council.
func TestBodyHeadWordTitle(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Legislative Council met on Monday.", "Council President Mara Lind adjourned the session."},
			want:  []string{"Mara Lind leads Legislative Council"},
		},
		{
			// Two councils: no telling which; none named: nothing.
			sents: []string{"The City Council and the Security Council met.", "Council President Mara Lind adjourned the session."},
			not:   []string{"Mara Lind leads City Council", "Mara Lind leads Security Council"},
		},
	})
}

// TestBodyOfCountry checks a state body named "X of COUNTRY".
func TestBodyOfCountry(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The bill is stuck in the Congress of the Philippines, Philippine senators said."},
			want:  []string{"Congress of the Philippines partOf Philippines"},
		},
		{
			sents: []string{"The University of Chile said Chile was calm.", "The Communist Party of China met as China waited."},
			not:   []string{"University of Chile partOf Chile", "Communist Party of China partOf China"},
		},
	})
}

// TestPlaceChainBeforePerson checks "the mayor of A, B, and Senator Y": B contains A.
func TestPlaceChainBeforePerson(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Pete Novak, the former mayor of Toledo, Ohio, and Senator Ana Kirov of Iowa secured delegates."},
			want:  []string{"Toledo locatedIn Ohio"},
			not:   []string{"Ohio locatedIn Iowa"},
		},
		{
			sents: []string{"Rallies were held in Lima, Quito, and Bogota."},
			not:   []string{"Lima locatedIn Quito", "Quito locatedIn Bogota"},
		},
	})
}

// TestPartyQuantifier checks "A, B and C, all Republicans" and "A and B, both Democrats".
func TestPartyQuantifier(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"US senators debated the bill.", "It was backed by Senators Ana Kirov of Ohio, Jan Kowal of Utah, and Tom Reed of Iowa, all Republicans."},
			want:  []string{"Ana Kirov memberOf Republican Party", "Jan Kowal memberOf Republican Party", "Tom Reed memberOf Republican Party"},
		},
		{
			sents: []string{"US senators debated the bill.", "Ana Kirov and Jan Kowal, both Democrats, voted against it."},
			want:  []string{"Ana Kirov memberOf Democratic Party", "Jan Kowal memberOf Democratic Party"},
		},
		{
			// One person before "both"; a quantified party that is a subject; a question.
			sents: []string{"US senators debated the bill.", "Ana Kirov met Jan Kowal, both Republicans and Democrats came.", "Tom Reed, Ed Hale and Ann Lee, all Democrats voted.", "Will Bo Dane and Al Rusk, both Republicans, vote for it?"},
			not:   []string{"Ana Kirov memberOf Republican Party", "Jan Kowal memberOf Republican Party", "Tom Reed memberOf Democratic Party", "Ed Hale memberOf Democratic Party"},
		},
	})
}
