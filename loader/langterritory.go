package loader

// Words of a language and of a dependent territory (branch ents15): the lexicon's
// demonym read as a language ("the Spanish language") names no country, and a
// territory's adjective names its place, no country and no person.

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// addTerritoryWords adds the residents' words of a dependent territory ("Puerto Rican",
// "Gibraltarians"; the third column of data/territories.tsv) as names of the territory's
// place: a territory is no country, so its adjective is no country's demonym.
func (l *lexicon) addTerritoryWords(name, country, words string) {
	for _, w := range strings.Split(words, "|") {
		if w = strings.TrimSpace(w); w != "" {
			l.add(w, lexEntry{Name: name, Class: schema.Place, Kind: kindPlace, Country: country})
		}
	}
}

// languageNouns: see data/words.txt.
var languageNouns = wordSet("languageNouns")

// languageAdjective reports whether the lexicon's one-word mention m is a language's name
// before a noun for language ("the Spanish language", "a Spanish-language newspaper"),
// which names no country.
func languageAdjective(ws []word, m mention) bool {
	return m.Class == schema.Country && m.End == m.Start+1 && m.End < len(ws) && languages[ws[m.Start].Key] && languageNouns[ws[m.End].Lower]
}

// territoryStory reports whether the document is about one of c's dependent territories
// (data/territories.tsv): it names the territory in at least as many sentences as c
// (count). A bare minister's title there ("Secretary of Justice X" in a Puerto Rico story)
// is the territory's own government's, no post of c's.
func territoryStory(views []*sentenceView, c *entity, count map[*entity]int) bool {
	n := 0
	for _, v := range views {
		for _, m := range v.ms {
			if m.ent != nil && m.ent.Class == schema.Place && territories()[schema.NameKey(m.ent.Name)] == c.Name {
				n++
				break
			}
		}
	}
	return n > 0 && n >= count[c]
}
