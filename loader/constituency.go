package loader

// Constituencies, wards and institutions named after a person (branch ents15). The
// detector's name reading (mention.go) asks these small functions about a name it has
// found; each receives the sentence's words and the name's span and returns the place
// or the longer span, or false when the construction does not hold.

import "github.com/newsgraph/newsgraph/schema"

// constituencyMembers, constituencyHeads, possessiveInstitutionHeads, wardHeads and
// seatMemberNouns: see
// data/words.txt.
var (
	constituencyMembers        = wordSet("constituencyMembers")
	constituencyHeads          = wordSet("constituencyHeads")
	possessiveInstitutionHeads = wordSet("possessiveInstitutionHeads")
	wardHeads                  = wordSet("wardHeads")
	seatMemberNouns            = wordSet("seatMemberNouns")
)

// constituencyBeforeMember reports whether the name ws[i:j] is a seat's name: after
// "the" and before a member's letters ("the Marlow Heath MP", "The Kelby MSP"), or after
// them and "for" ("MP for Kelby Vale"). A person's given name first, a party or a body's
// head word makes it no seat ("the Labour MP").
func (dt *detector) constituencyBeforeMember(ws []word, i, j int) bool {
	span := ws[i:j]
	if len(span) == 0 || len(span) > 3 || dt.lex.firstNames[span[0].Key] || anyOrgHead(span) || span[0].Upper {
		return false
	}
	for _, w := range span {
		if w.Punct || !w.Cap || dt.lex.common[w.Key] || len(partyLex()[w.Key]) > 0 {
			return false
		}
	}
	after := j < len(ws) && constituencyMembers[ws[j].Key] && i > 0 && ws[i-1].Lower == "the"
	return after || memberFor(ws, i)
}

// memberFor reports whether the name at ws[i] follows a member's letters or noun and "for"
// ("MP for Kelby Vale", "the member for Kelby").
func memberFor(ws []word, i int) bool {
	return i >= 2 && ws[i-1].Lower == "for" && (constituencyMembers[ws[i-2].Key] || seatMemberNouns[ws[i-2].Lower])
}

// seatAfterFor returns the end of a seat's name after "MP for" that goes on past the
// name's span ws[i:j]: hyphenated words ("Henley-on-Thames"), a compass point ("Ealing
// North") and "and" with a second name ("Grantham and Stamford"); j when none follows.
func seatAfterFor(ws []word, i, j int) int {
	if !memberFor(ws, i) {
		return j
	}
	e := j
	for e < len(ws) && ws[e].Hyph && !ws[e].Punct {
		e++
	}
	if e < len(ws) && ws[e].Cap && compass[ws[e].Key] {
		e++
	}
	return andNameEnd(ws, e)
}

// placeAfterLexSeat extends the lexicon's place m by the capitalised words after it to
// a seat's name before a member's letters ("the Glasgow Kelvin MP").
func (dt *detector) placeAfterLexSeat(ws []word, m mention) (mention, bool) {
	if m.Class != schema.Place || m.Kind != mName || m.Start == 0 || ws[m.Start-1].Lower != "the" {
		return mention{}, false
	}
	k := m.End
	for k < len(ws) && k < m.End+2 && ws[k].Cap && !ws[k].Punct && !ws[k].Upper && !dt.lex.common[ws[k].Key] {
		k++
	}
	if k == m.End || k >= len(ws) || !constituencyMembers[ws[k].Key] {
		return mention{}, false
	}
	if _, known := dt.lexMatch(ws, m.End); known {
		return mention{}, false
	}
	return mention{Start: m.Start, End: k, Text: join(ws[m.Start:k]), Class: schema.Place, Kind: mName, Country: m.Country}, true
}

// seatAndExtent returns the end of a seat's name that joins two names with "and"
// ("the constituency of Kelby Vale and Bow", "St Piran's and Holm Green ward"): the
// name ws[i:j], a possessive, "and" and up to three capitalised words, either after
// "constituency of" or before "ward". It returns j when the construction does not hold.
func seatAndExtent(ws []word, i, j int, seats map[string]bool) int {
	e := andNameEnd(ws, j)
	if e == j {
		return j
	}
	headAfter := e < len(ws) && constituencyHeads[ws[e].Lower]
	ofBefore := i >= 2 && ws[i-1].Lower == "of" && constituencyHeads[ws[i-2].Lower]
	if !headAfter && !ofBefore && !seats[schema.NameKey(joinName(ws[i:e]))] {
		return j
	}
	return e
}

// andNameEnd returns the end of "and" and one to three capitalised words after the name
// that ends at ws[j] (a possessive "'s" may close the name), or j.
func andNameEnd(ws []word, j int) int {
	k := j
	if k < len(ws) && ws[k].Key == "s" && ws[k].Text != "s" {
		k++ // "St Piran's and ..."
	}
	if k+1 >= len(ws) || ws[k].Lower != "and" || ws[k].Cap || !ws[k+1].Cap || ws[k+1].Upper {
		return j
	}
	e := k + 1
	for e < len(ws) && e < k+4 && ws[e].Cap && !ws[e].Punct && !ws[e].Upper {
		e++
	}
	if e < len(ws) && (ws[e].Cap && !ws[e].Punct || ws[e].Text == "'s") {
		return j // "for X and Plaid Cymru's leader": the second name is another's
	}
	return e
}

// seatEvidence notes the seats a sentence names with "and" after "constituency of" or
// before "ward" (seatAndExtent), so that the document's other mentions of them are the
// seat too ("candidates for Kelby and Bow").
func seatEvidence(ws []word, seats map[string]bool) {
	for k := 0; k < len(ws); k++ {
		if !ws[k].Cap || ws[k].Punct || k > 0 && ws[k-1].Cap {
			continue
		}
		j := k
		for j < len(ws) && j < k+3 && ws[j].Cap && !ws[j].Punct {
			j++
		}
		if e := seatAndExtent(ws, k, j, nil); e > j {
			seats[schema.NameKey(joinName(ws[k:e]))] = true
			k = e
		}
	}
}

// seatApposition reports whether the name at ws[i] follows a seat's name, its head and a
// comma ("in the Holm Green ward, Orwen Hamlets"): the larger place the seat lies in. Not
// after a voters' bloc ("the rural constituency, Varga's campaign").
func seatApposition(ws []word, i int) bool {
	return i >= 3 && ws[i-1].Text == "," && wardHeads[ws[i-2].Lower] && ws[i-3].Cap && !ws[i-3].Punct
}

// possessiveInstitutionEnd returns the end of an institution named after a person with a
// possessive ("Guy's Hospital Medical School", "St Piran's College"): a name of one word
// (or "St" and one), "'s", then a capitalised institution's head and up to three
// capitalised words. It returns j when the construction does not hold.
func possessiveInstitutionEnd(ws []word, i, j int) int {
	n := j - i
	if n < 1 || n > 2 || n == 2 && !placeFirst[ws[i].Key] || j+1 >= len(ws) || ws[j].Text != "'s" {
		return j
	}
	if !ws[j+1].Cap || !possessiveInstitutionHeads[ws[j+1].Lower] {
		return j
	}
	e := j + 2
	for e < len(ws) && e < j+5 && ws[e].Cap && !ws[e].Punct && !ws[e].Upper {
		e++
	}
	return e
}

// seatName reads the name at ws[i:j] as a seat or as an institution named with a
// possessive, when one of the constructions above holds; false otherwise.
func (dt *detector) seatName(ws []word, i, j int, title titleRole) (mention, bool) {
	if title != 0 || i >= j {
		return mention{}, false
	}
	place := func(e int) (mention, bool) {
		return mention{Start: i, End: e, Text: joinName(ws[i:e]), Class: schema.Place, Kind: mName}, true
	}
	if e := seatAndExtent(ws, i, j, dt.places); e > j {
		return place(e)
	}
	if e := seatAfterFor(ws, i, j); e > j && dt.constituencyBeforeMember(ws, i, j) {
		return place(e)
	}
	if e := possessiveInstitutionEnd(ws, i, j); e > j {
		m, _ := place(e)
		if anyOrgHead(ws[j+1 : e]) {
			m.Class = schema.Organization
		}
		return m, true
	}
	n := j - i
	if dt.constituencyBeforeMember(ws, i, j) || n <= 3 && seatApposition(ws, i) && !dt.lex.firstNames[ws[i].Key] && !anyOrgHead(ws[i:j]) && allAlpha(ws[i:j]) {
		return place(j)
	}
	return mention{}, false
}

// compassPlaceName reports whether the two capitalised words span are a compass point and
// a word that is no body's head ("East End", "West Fell"): a place's name, also where the
// document writes the compass point in lower case elsewhere ("east London").
func compassPlaceName(span []word) bool {
	return len(span) == 2 && compass[span[0].Key] && !anyOrgHead(span)
}
