package loader

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Unnamed persons for the pronouns. A pronoun goes to the nearest fitting person, but
// news often puts a person with no name between: "Minister X praised the police. A
// police officer said he had seen the gunman flee to Y" (he is the officer), "a
// spokesman for the governor said he had visited Z", "the senator's wife said she had
// met W". Such a description is a person for the pronouns too: one after it goes to
// nobody rather than to the named person before it, since a wrong fact costs more than
// a missed one. A definite description with the head of a title that a person named
// before holds ("the minister" after "Foreign Minister X") stands for that person.

// unnamedPersonNouns are singular nouns for people that a pronoun may stand for.
var unnamedPersonNouns = wordSet("unnamedPersonNouns")

// unnamedDeterminers introduce a description of a new person ("a spokesman", "his
// deputy"); "the" a new one or one named before.
var unnamedDeterminers = wordSet("unnamedDeterminers")

// unnamedMention is a description of a person with no name in a sentence.
type unnamedMention struct {
	pos      int    // the head noun's word
	head     string // the description after its determiner, lower case ("defence minister")
	definite bool   // after "the": may stand for a person named before with that title
	gender   byte
}

// unnamedPersons returns the descriptions of persons with no name in sentence ws, whose
// mentions are ms, in word order. A noun that is a title before a name ("the minister
// Y"), in apposition to one ("X, the minister," and "the minister, Y,"), a predicate
// ("X is a spokesman", "as an adviser") or inside a mention is none.
func unnamedPersons(ws []word, ms []mention) []unnamedMention {
	covered := make([]bool, len(ws))
	for _, m := range ms {
		for i := m.Start; i < m.End && i < len(ws); i++ {
			covered[i] = true
		}
	}
	var out []unnamedMention
	for i, w := range ws {
		if covered[i] || w.Cap || !w.in(hotUnnamedPersons) || titleBeforeName(ws, covered, i) {
			continue
		}
		if w.Lower == "head" && (i+1 >= len(ws) || ws[i+1].Lower != "of") || i+1 < len(ws) && (ws[i+1].Text == "'s" || ws[i+1].Text == "'") {
			continue // "shot in the head"; a possessor ("in the candidate's questionnaire, X said")
		}
		d, outer := descriptionStart(ws, i)
		if d < 0 || covered[d] || predicateOrApposition(ws, covered, outer) || outer == 0 && openingApposition(ws, i) {
			continue
		}
		out = append(out, unnamedMention{pos: i, head: phraseLower(ws[d+1 : i+1]), definite: ws[d].Lower == "the", gender: roleGender(w.Lower)})
	}
	return out
}

// titleBeforeName reports whether the noun at i is followed by a name (a title: "the
// minister Y", "spokesman Y") or by a comma and a name (an apposition: "the minister, Y,").
func titleBeforeName(ws []word, covered []bool, i int) bool {
	j := i + 1
	if j < len(ws) && ws[j].Text == "," {
		j++
	}
	return j < len(ws) && (covered[j] || ws[j].Cap && !ws[j].Punct)
}

// descriptionStart returns the determiner of the description whose head noun is at i:
// "a", "the", "his", a possessive "'s", up to three modifiers before the noun ("a senior
// police officer"), or -1 when there is none; and the first word of the whole noun
// phrase (the possessor's determiner of "the party's leader").
func descriptionStart(ws []word, i int) (det, outer int) {
	det = -1
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := ws[j]
		switch {
		case unnamedDeterminers[w.Lower]:
			if det < 0 {
				return j, j
			}
			return det, j
		case w.Text == "'s" || w.Text == "'":
			if det >= 0 {
				return det, j + 1
			}
			det = j // "the senator's wife", "Y's spokesman": the possessor's start next
		case w.Punct && !w.Hyph || copulaWords[w.Lower]:
			if det >= 0 {
				return det, j + 1
			}
			return -1, -1
		}
	}
	if det >= 0 {
		return det, max(i-4, 0)
	}
	return -1, -1
}

// predicateOrApposition reports whether the description starting at word d is a
// predicate ("is a spokesman", "as an adviser") or in apposition to a name before it
// ("X, the minister,").
func predicateOrApposition(ws []word, covered []bool, d int) bool {
	if d == 0 {
		return false
	}
	p := ws[d-1]
	if copulaWords[p.Lower] {
		return true
	}
	return p.Text == "," && d >= 2 && covered[d-2]
}

// openingApposition reports whether the description that opens a sentence, with its head
// at i, is set off by a comma from a pronoun it describes ("A founding member of X, he
// chaired Y").
func openingApposition(ws []word, i int) bool {
	for j := i + 1; j+1 < len(ws); j++ {
		if ws[j].Text == "," {
			return personPronouns[ws[j+1].Lower]
		}
	}
	return false
}

// roleGender returns the gender a person noun gives its holder, or 0.
func roleGender(noun string) byte {
	switch {
	case maleRoles[noun] || maleTitles[noun]:
		return 'm'
	case femaleRoles[noun] || femaleTitles[noun]:
		return 'f'
	}
	return 0
}

// phraseLower returns the words ws in lower case, separated by spaces.
func phraseLower(ws []word) string {
	f := make([]string, len(ws))
	for i, w := range ws {
		f[i] = w.Lower
	}
	return strings.Join(f, " ")
}

// titledPerson is a person named with a title, for the definite descriptions after it.
type titledPerson struct {
	title string // lower case, " " before it ("" for none)
	ent   *entity
}

// titled notes the title of person mention m, for the definite descriptions after it.
func (p *pronouns) titled(m *mention) {
	if t := strings.TrimSuffix(strings.ToLower(m.TitleText), "."); t != "" {
		p.byTitle = append(p.byTitle, titledPerson{" " + t, m.ent})
	}
}

// titleHolder returns the last person named with a title that ends with description d
// ("the minister", "the foreign minister" after "Foreign Minister X"; not "the defence
// minister"), or nil.
func (p *pronouns) titleHolder(d string) *entity {
	alias := titleAliases[d]
	for i := len(p.byTitle) - 1; i >= 0; i-- {
		if t := p.byTitle[i].title; strings.HasSuffix(t, " "+d) || alias != "" && strings.HasSuffix(t, " "+alias) {
			return p.byTitle[i].ent
		}
	}
	return nil
}

// titleAliases name a title that a description with another word may stand for ("the
// minister" for "Education Secretary X", "the premier" for "Prime Minister Y").
var titleAliases = wordPairs("titleAliases")

// unnamedBefore notes the descriptions of un that stand before word end, as persons for
// the pronouns after them, and returns the rest.
func (p *pronouns) unnamedBefore(un []unnamedMention, end int) []unnamedMention {
	for len(un) > 0 && un[0].pos < end {
		u := un[0]
		un = un[1:]
		if e := p.titleHolder(u.head); u.definite && e != nil {
			p.named(e) // "the minister" after "Foreign Minister X"
			continue
		}
		p.named(&entity{unnamed: true, gender: u.gender})
	}
	return un
}

// personDescriptions binds the definite descriptions of views that name the title of a
// person named before ("the minister" after "Defence Minister X", "the former general"
// after "Former general Y") to that person, as a mention the relations read: "The
// minister met Z" is X's meeting. The holder is looked for before the description in its
// sentence and in the corefWindow sentences before it; two persons whose titles fit
// ("Defence Minister X and Finance Minister Y ... the minister") leave it to no one.
func personDescriptions(views []*sentenceView) {
	for _, v := range views {
		noteAppositiveTitles(v)
	}
	for n, v := range views {
		var extra []mention
		if i, e := agedBefore(views, n); e != nil {
			extra = append(extra, mention{Start: i, End: i + 3, Text: joinWords(v.ws[i : i+3]), Class: schema.Person, Kind: mName, ent: e, coref: true})
		}
		for _, u := range unnamedPersons(v.ws, v.ms) {
			if !u.definite || u.pos+1 < len(v.ws) && v.ws[u.pos+1].Lower == "of" {
				continue // "the minister of X" is a title of its own
			}
			start := u.pos - len(strings.Fields(u.head)) + 1
			if e := titledBefore(views, n, start, u.head); e != nil {
				extra = append(extra, mention{Start: start, End: u.pos + 1, Text: joinWords(v.ws[start : u.pos+1]), Class: schema.Person, Kind: mName, ent: e, coref: true})
			}
		}
		for _, c := range capitalTitleDescriptions(v.ws, v.ms) {
			if e := titledBefore(views, n, c[0], phraseLower(v.ws[c[0]:c[1]])); e != nil {
				extra = append(extra, mention{Start: c[0], End: c[1], Text: joinWords(v.ws[c[0]:c[1]]), Class: schema.Person, Kind: mName, ent: e, coref: true})
			}
		}
		if len(extra) > 0 {
			v.insertMentions(extra)
		}
	}
}

// capitalTitleDescriptions returns the spans [start, end) of the definite descriptions of
// sentence ws, whose mentions are ms, that repeat a capitalised title with no name after
// it ("the Crown Prince said", "the Prime Minister met X"): up to three capitalised words
// after "the", outside every mention, followed by no capitalised word, no "of" and no
// possessive. personDescriptions binds one only to a person named before with that title.
func capitalTitleDescriptions(ws []word, ms []mention) [][2]int {
	covered := make([]bool, len(ws))
	for _, m := range ms {
		for i := m.Start; i < m.End && i < len(ws); i++ {
			covered[i] = true
		}
	}
	var out [][2]int
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].Lower != "the" {
			continue
		}
		j := i + 1
		for j < len(ws) && j <= i+3 && ws[j].Cap && !ws[j].Punct && !covered[j] {
			j++
		}
		if j == i+1 || j < len(ws) && (ws[j].Cap && !ws[j].Punct || covered[j] || ws[j].Lower == "of" || ws[j].Text == "'s" || ws[j].Text == "'") {
			continue
		}
		out = append(out, [2]int{i + 1, j})
	}
	return out
}

// withCapitalTitles adds to the descriptions un of sentence ws, whose mentions are ms,
// the capitalised titles repeated after "the" that data/titles.tsv lists ("the Crown
// Prince"), in word order: for the pronouns after them they stand for the holder named
// before, or for someone unnamed, as "the minister" does.
func withCapitalTitles(un []unnamedMention, ws []word, ms []mention) []unnamedMention {
	for _, c := range capitalTitleDescriptions(ws, ms) {
		d := phraseLower(ws[c[0]:c[1]])
		if _, ok := titleLex().titles[schema.NameKey(d)]; !ok {
			continue
		}
		u := unnamedMention{pos: c[1] - 1, head: d, definite: true, gender: roleGender(ws[c[1]-1].Lower)}
		k := 0
		for k < len(un) && un[k].pos < u.pos {
			k++
		}
		un = append(un[:k], append([]unnamedMention{u}, un[k:]...)...)
	}
	return un
}

// personDescriptionWord reports whether words ws hold a definite description of a
// person ("the minister"), which personDescriptions may bind to a person named before.
func personDescriptionWord(ws []word) bool {
	for i := 1; i < len(ws); i++ {
		if !ws[i].Cap && ws[i].in(hotUnnamedPersons) {
			return true
		}
	}
	return false
}

// gatePersonDescriptions adds to sentence v, for the parse gate only, a person mention
// for each definite description that personDescriptions may bind after it: "The
// minister paid a courtesy call on X" has two persons, as "He paid ..." has.
func gatePersonDescriptions(v *sentenceView) {
	var extra []mention
	for _, u := range unnamedPersons(v.ws, v.ms) {
		if !u.definite || u.pos+1 < len(v.ws) && v.ws[u.pos+1].Lower == "of" {
			continue
		}
		start := u.pos - len(strings.Fields(u.head)) + 1
		extra = append(extra, mention{Start: start, End: u.pos + 1, Class: schema.Person, Kind: mPronoun})
	}
	for _, c := range capitalTitleDescriptions(v.ws, v.ms) {
		if _, ok := titleLex().titles[schema.NameKey(phraseLower(v.ws[c[0]:c[1]]))]; ok {
			extra = append(extra, mention{Start: c[0], End: c[1], Class: schema.Person, Kind: mPronoun})
		}
	}
	if len(extra) > 0 {
		v.insertMentions(extra)
	}
}

// titledBefore returns the one person that sentence n before word i, or else the nearest
// sentence of the sameHeadWindow before it that names a person with a title ending in
// description d (or in its alias), names so; nil when none or two. The title is what the
// description repeats, as "the movement" repeats a name's head, so a reader looks as far
// back for it: "President X opened the port ... [three sentences on it] ... The president
// visited Y" is X's visit.
func titledBefore(views []*sentenceView, n, i int, d string) *entity {
	alias := titleAliases[d]
	return nearestFittingWithin(views, n, i, sameHeadWindow, func(m *mention) bool {
		t := " " + strings.TrimSuffix(strings.ToLower(m.TitleText), ".")
		if m.apposTitle != "" {
			t = " " + m.apposTitle
		}
		return m.Class == schema.Person && t != " " && (strings.HasSuffix(t, " "+d) || alias != "" && strings.HasSuffix(t, " "+alias))
	})
}

// agedBefore finds "the N-year-old" as the subject or object of sentence n of views
// (a verb, an auxiliary or punctuation after it, not a noun: "the 54-year-old man" may be
// someone else) and returns its first word and the one person that a sentence before
// gives that age in apposition ("X, 54,", "X, aged 54,"); nil when none or two.
func agedBefore(views []*sentenceView, n int) (int, *entity) {
	ws := views[n].ws
	for i := 0; i+4 < len(ws); i++ {
		if ws[i].Lower != "the" || !isNumber(ws[i+1].Text) || ws[i+2].Lower != "year" || !ws[i+2].Hyph || ws[i+3].Lower != "old" || !ws[i+3].Hyph || views[n].at[i+1] >= 0 {
			continue
		}
		if w := ws[i+4]; w.Hyph || !w.Punct && (w.Cap || !verbLike(w.Lower)) {
			continue
		}
		var found *entity
		for back := 1; back <= n; back++ {
			v := views[n-back]
			for _, m := range v.ms {
				if e := m.ent; e != nil && m.Class == schema.Person && m.Kind == mName && agedApposition(v.ws, m.End, ws[i+1].Text) {
					if found != nil && found != e {
						return i + 1, nil
					}
					found = e
				}
			}
		}
		return i + 1, found
	}
	return 0, nil
}

// agedApposition reports whether age stands in apposition at word j of ws: ", 54," or
// ", aged 54,".
func agedApposition(ws []word, j int, age string) bool {
	if j+2 >= len(ws) || ws[j].Text != "," {
		return false
	}
	j++
	if ws[j].Lower == "aged" {
		j++
	}
	return j+1 < len(ws) && ws[j].Text == age && ws[j+1].Punct && !ws[j+1].Hyph
}

// noteAppositiveTitles gives each person of sentence v named with no title before the
// name but an honorific ("Dr") the title that a definite description in apposition after
// it gives ("X, the health minister of Y, arrived": "health minister"), or a verb of
// appointment as its predicate
// ("X was appointed health minister", "X became the new mayor"; titleVerbAfter), so that
// "the minister" in the sentences after it is X as after "Health Minister X".
func noteAppositiveTitles(v *sentenceView) {
	ws := v.ws
	for k := range v.ms {
		m := &v.ms[k]
		if m.Class != schema.Person || m.TitleText != "" && m.Title != roleHonorific || m.End+2 >= len(ws) {
			continue
		}
		if ws[m.End].Text == "," && ws[m.End+1].Lower == "the" {
			m.apposTitle = titlePhrase(ws, m.End+2)
		} else if j, ok := titleVerbAfter(ws, m.End); ok {
			if j < len(ws) && (ws[j].Lower == "the" || ws[j].Lower == "a" || ws[j].Lower == "an") {
				j++
			}
			m.apposTitle = titlePhrase(ws, j)
		}
	}
}

// titlePhrase returns the lower-case words of ws from i to a person's noun
// (unnamedPersonNouns) at most three words on that ends the phrase ("of", a comma, a full
// stop or the end; not "the minister's aide"), else "".
func titlePhrase(ws []word, i int) string {
	for j := i; j < len(ws) && j <= i+3 && !ws[j].Cap && !ws[j].Punct; j++ {
		if !ws[j].in(hotUnnamedPersons) {
			continue
		}
		if j+1 == len(ws) || ws[j+1].Lower == "of" || ws[j+1].Lower == "on" || ws[j+1].Lower == "in" || ws[j+1].Text == "," || ws[j+1].Text == "." {
			return phraseLower(ws[i : j+1])
		}
		return ""
	}
	return ""
}
