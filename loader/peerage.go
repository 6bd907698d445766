package loader

import "github.com/newsgraph/newsgraph/schema"

// Mentions (stage 4): names that look like a place's and are not: a royal or noble title
// "of" a place names a person, a country's name before "side" or "team" a sports team.
//
// "The Prince of Wales visited", "the Duchess of Kelmoor said": the title and its place
// are the name of one person (data/titles.tsv, kind "peerage"), and the place is no
// place the person is in, nor an entity of the sentence at all. A place that another name
// goes on after ("the Princess of Wales Theatre") or a country ("a Baron of West Germany")
// is left to the other readings, and so is a word no lexicon knows as a place unless "the"
// or "HRH" comes before the title (not the titles of games and films: "Prince of Persia").

// peerageAt reads a peerage title, "of" and its place at words[i] as one person's name,
// and returns the word after it.
func (dt *detector) peerageAt(ws []word, i int, st *detectState) (int, bool) {
	if !ws[i].Cap || !titleLex().peerages[ws[i].Key] || i+2 >= len(ws) || ws[i+1].Lower != "of" || !ws[i+2].Cap || ws[i+2].Punct {
		return 0, false
	}
	end := i + 3
	if m, known := dt.lexMatch(ws, i+2); known {
		if m.Class != schema.Place {
			return 0, false // "a Baron of West Germany", "the Prince of Persia"
		}
		end = m.End
	} else if dt.lex.firstNames[ws[i+2].Key] || isTitleWord(ws[i+2].Key) || i == 0 || ws[i-1].Lower != "the" && ws[i-1].Key != "hrh" {
		return 0, false // an unknown place only after "the" or "HRH": not the game "Prince of Persia"
	}
	if end < len(ws) && (ws[end].Cap && !ws[end].Punct || ws[end].Hyph) {
		return 0, false // "the Princess of Wales Theatre": another name goes on
	}
	st.ms = append(st.ms, mention{Start: i, End: end, Text: joinName(ws[i:end]), Class: schema.Person, Kind: mName, Title: st.title, TitleText: st.text})
	st.clearTitle()
	return end, true
}

// teamNouns are the lower-case nouns that make a country or place named before them a
// sports team ("the England side", "the France team"): data/words.txt.
var teamNouns = wordSet("teamNouns")

// sportsTeam reports whether the lexicon mention m, a country or place after "the", names a
// sports team by the noun after it ("the England side", "the Italy squad"): the team is no
// country acting and no place anyone is in, so the mention names nothing.
func sportsTeam(ws []word, m mention) bool {
	return (m.Class == schema.Country || m.Class == schema.Place) && m.Kind == mName && m.Start > 0 && ws[m.Start-1].Lower == "the" &&
		m.End < len(ws) && !ws[m.End].Cap && teamNouns[ws[m.End].Lower]
}
