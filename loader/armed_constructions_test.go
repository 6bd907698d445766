package loader

import "testing"

// TestArmedGroupTable checks the armed non-state groups of data/armed.tsv (PETRARCH2's
// Phoenix.MilNonState): a verb that may be a fight of words ("has been fighting",
// "battled", "fought") is one of arms when a side is such a group, while a body that
// carries no arms still gives none; a group's acronym and long name are one entity, and a
// group's country is neither its ally nor its whole. The groups' names are general
// knowledge; the rest of each sentence is invented.
func TestArmedGroupTable(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The FARC has been fighting the Colombian government for four decades."},
			want:  []string{"Revolutionary Armed Forces of Colombia fights Colombia"},
			not:   []string{"Revolutionary Armed Forces of Colombia alliedWith Colombia", "Revolutionary Armed Forces of Colombia partOf Colombia", "Colombia supports Revolutionary Armed Forces of Colombia"},
		},
		{
			sents: []string{"The Tamil Tigers fought Sri Lanka for 26 years."},
			want:  []string{"Liberation Tigers of Tamil Eelam fights Sri Lanka"},
			not:   []string{"Liberation Tigers of Tamil Eelam partOf Sri Lanka", "Liberation Tigers of Tamil Eelam alliedWith Sri Lanka"},
		},
		{
			sents: []string{"Shining Path has battled Peru since 1980."},
			want:  []string{"Shining Path fights Peru"},
			not:   []string{"Shining Path partOf Peru", "Shining Path alliedWith Peru"},
		},
		{
			sents: []string{"The Lord's Resistance Army has been fighting Uganda for two decades."},
			want:  []string{"Lord's Resistance Army fights Uganda"},
			not:   []string{"Lord's Resistance Army partOf Uganda", "Lord's Resistance Army alliedWith Uganda"},
		},
		{
			sents: []string{"Abu Sayyaf has fought the Philippines for years, officials in Kisumu said."},
			want:  []string{"Abu Sayyaf Group fights Philippines"},
			not:   []string{"Abu Sayyaf Group partOf Philippines", "Abu Sayyaf Group fights Kisumu"},
		},
		{
			// "Philippine" is the adjective of the Philippines
			sents: []string{"Abu Sayyaf fought Philippine troops on Monday.", "Philippine President Rania Okoye visited Kisumu."},
			want:  []string{"Abu Sayyaf Group fights Filipino Armed Forces", "Rania Okoye leads Philippines"},
			not:   []string{"Abu Sayyaf Group partOf Philippines", "Rania Okoye leads Kisumu", "Rania Okoye memberOf Abu Sayyaf Group"},
		},
		{
			// a fight of words: no side is armed
			sents: []string{"The Velka Teachers Union has been fighting the Morane Council for years."},
			not:   []string{"Velka Teachers Union fights Morane Council", "Morane Council fights Velka Teachers Union"},
		},
		{
			sents: []string{"Bakari Mwinyi has battled the Kisumu Water Board for a decade."},
			not:   []string{"Bakari Mwinyi fights Kisumu Water Board"},
		},
		{
			// the acronym and the long name are one group
			sents: []string{"The Revolutionary Armed Forces of Colombia said on Monday it would talk to Bakari Mwinyi.", "FARC has been fighting Venezuela since 2010."},
			want:  []string{"Revolutionary Armed Forces of Colombia fights Venezuela"},
			not:   []string{"FARC fights Venezuela", "Bakari Mwinyi fights Venezuela", "Revolutionary Armed Forces of Colombia partOf Venezuela"},
		},
		{
			sents: []string{"The Liberation Tigers of Tamil Eelam said on Monday they would talk.", "The LTTE has fought Sri Lanka since 1983."},
			want:  []string{"Liberation Tigers of Tamil Eelam fights Sri Lanka"},
			not:   []string{"LTTE fights Sri Lanka", "Liberation Tigers of Tamil Eelam partOf Sri Lanka"},
		},
		{
			sents: []string{"The ELN has been fighting the FARC in Arauca."},
			want:  []string{"National Liberation Army fights Revolutionary Armed Forces of Colombia"},
			not:   []string{"National Liberation Army alliedWith Revolutionary Armed Forces of Colombia", "ELN fights FARC"},
		},
	})
}

// TestArmedGroupAliasesMerge checks that a group's acronym and its long name, both in one
// document, are one entity with both names.
func TestArmedGroupAliasesMerge(t *testing.T) {
	for _, c := range []struct {
		sents       []string
		name, alias string
	}{
		{[]string{"The Revolutionary Armed Forces of Colombia said on Monday it would talk.", "FARC has been fighting Colombia since 1964."}, "Revolutionary Armed Forces of Colombia", "FARC"},
		{[]string{"The Lord's Resistance Army left Gulu.", "The LRA said on Monday it would talk."}, "Lord's Resistance Army", "LRA"},
		{[]string{"Al-Qaeda in the Islamic Maghreb said on Monday it held two men.", "AQIM freed them on Friday."}, "al-Qaeda in the Islamic Maghreb", "AQIM"},
	} {
		ents, _ := analyzeT(t, newSemantics(nil), testDoc("armed", c.sents...))
		n := 0
		for _, e := range ents {
			if e.Name == c.alias {
				t.Errorf("%q: %q is an entity apart from %q", c.sents, c.alias, c.name)
			}
			if e.Name == c.name {
				n++
				if !contains(e.Aliases, c.alias) {
					t.Errorf("%q: %q lacks the alias %q: %v", c.sents, c.name, c.alias, e.Aliases)
				}
			}
		}
		if n != 1 {
			t.Errorf("%q: %d entities named %q, want 1; got %v", c.sents, n, c.name, ents)
		}
	}
}

// TestArmedGroupAcronymsInCapitals checks that a group's acronym names the group only in
// capitals, and that acronyms with other common meanings are not in the table.
func TestArmedGroupAcronymsInCapitals(t *testing.T) {
	for _, c := range []struct {
		sents []string
		not   string
	}{
		{[]string{"Bakari Mwinyi farms near the Unita Hills outside Kisumu."}, "UNITA"},
		{[]string{"Kisumu Data said ETA Systems Inc would close its plant.", "The ETA 10 computer sold well."}, "Basque Fatherland and Freedom"},
		{[]string{"Eyal Mwinyi joined the Velka Movement in Kisumu."}, "EYAL"},
	} {
		ents, _ := analyzeT(t, newSemantics(nil), testDoc("armed", c.sents...))
		for _, e := range ents {
			if e.Name == c.not {
				t.Errorf("%q: unexpected entity %q (%v)", c.sents, e.Name, e.Aliases)
			}
		}
	}
}

// TestArmedGroupNamesLeaveOtherNames checks that the many groups of the table do not cut or
// take other bodies' names: a common word that opens a group's name ("Social Resistance")
// does not end a name at "and", and an alias of only generic words ("National Resistance")
// is no alias.
func TestArmedGroupNamesLeaveOtherNames(t *testing.T) {
	for _, c := range []struct {
		sents     []string
		want, not string
	}{
		{[]string{"The Kisumu Department of Health and Social Services said on Monday it would close two clinics."}, "Kisumu Department of Health and Social Services", "Social Services"},
		{[]string{"The Velka Alliance of Liberals and Social Democrats said on Monday it would vote."}, "Velka Alliance of Liberals and Social Democrats", "Social Democratic Party"},
		{[]string{"The National Resistance Council of Velka met on Monday in Kisumu."}, "", "Armed Forces of National Resistance"},
	} {
		ents, _ := analyzeT(t, newSemantics(nil), testDoc("armed", c.sents...))
		found := c.want == ""
		for _, e := range ents {
			if e.Name == c.not {
				t.Errorf("%q: unexpected entity %q", c.sents, e.Name)
			}
			found = found || e.Name == c.want
		}
		if !found {
			t.Errorf("%q: no entity %q; got %v", c.sents, c.want, ents)
		}
	}
}
