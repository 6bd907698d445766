package loader

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Mentions (stage 4): a legislature named by a bare word.
//
// "Congress passed the bill", "the Senate voted", "the House will take up the measure", "the
// Supreme Court ruled": in
// a story whose most-named country has such a legislature (data/legislatures.tsv), the
// bare word is that body. A longer name ("the Senate Banking Committee", "the House of
// Saud", "the White House") is another reading's, the word before a noun it modifies ("the
// House agriculture subcommittee", "the Senate panel") names no body, and a story of
// another country, or of none and no place of the country, gives none.

// legislatureLex maps a bare word (NameKey form) to the legislatures it names, each with
// its country.
var legislatureLex = func() map[string][][2]string {
	m := map[string][][2]string{}
	eachLine("data/legislatures.tsv", func(f []string) {
		if len(f) >= 3 {
			m[f[0]] = append(m[f[0]], [2]string{f[1], f[2]})
		}
	})
	return m
}()

// legislatureCountry returns the country of a legislature the table names (as the body
// column gives it), or "".
func legislatureCountry(body string) string {
	for _, rows := range legislatureLex {
		for _, r := range rows {
			if r[0] == body {
				return r[1]
			}
		}
	}
	return ""
}

// legislatureAt reads a bare legislature word at words[i] ("Congress", "the Senate", "the
// House of Representatives") and returns the word after it.
func (dt *detector) legislatureAt(ws []word, i int, st *detectState) (int, bool) {
	w := ws[i]
	if !w.Cap || w.Upper || i > 0 && ws[i-1].Cap && !ws[i-1].Punct && ws[i-1].Lower != "the" {
		return 0, false
	}
	key, e := w.Key, i+1
	if e+1 < len(ws) && ws[e].Lower == "of" && len(legislatureLex[key+" of "+ws[e+1].Key]) > 0 {
		key, e = key+" of "+ws[e+1].Key, e+2
	} else if e < len(ws) && ws[e].Cap && !ws[e].Punct && len(legislatureLex[key+" "+ws[e].Key]) > 0 {
		key, e = key+" "+ws[e].Key, e+1 // "the Supreme Court"
	}
	rows := legislatureLex[key]
	if len(rows) == 0 || !chamberHeads(ws, e) {
		return 0, false
	}
	if key != "congress" && (i == 0 || ws[i-1].Lower != "the") {
		return 0, false // "Senate" and "House" are bare only after "the"
	}
	if i >= 3 && ws[i-2].Lower == "of" && ws[i-3].Cap && !isTitleWord(ws[i-3].Key) {
		return 0, false // "Man of the House", a film's title; not "Speaker of the House"
	}
	body := dt.topCountryRow(rows)
	if body == "" {
		return 0, false
	}
	st.ms = append(st.ms, mention{Start: i, End: e, Text: join(ws[i:e]), Class: schema.Organization, Kind: mName, Canon: body})
	st.clearTitle()
	return e, true
}

// chamberFollowers: see data/words.txt.
var chamberFollowers = wordSet("chamberFollowers")

// chamberHeads reports whether the word at words[e], after a legislature's word, leaves the
// word the head of its phrase: the end of the sentence, punctuation, a possessive, a
// function word or a verb ("the Senate voted"); not a capitalised word of a longer name
// ("the Senate Banking Committee"), "of", or a noun the word modifies ("the House panel").
func chamberHeads(ws []word, e int) bool {
	if e >= len(ws) {
		return true
	}
	w := ws[e]
	if w.Hyph || w.Cap && !w.Punct {
		return false
	}
	return w.Punct || w.Key == "s" || chamberFollowers[w.Lower] || strings.HasSuffix(w.Lower, "ed")
}

// topCountryRow returns the body of the row whose country the document names at least as
// often as any other country, or, in a story that names no country, whose places the
// document names more often than any other country's; or "".
func (dt *detector) topCountryRow(rows [][2]string) string {
	counts, ties := dt.countryCount, true
	if len(counts) == 0 {
		counts, ties = dt.placeCountry, false
	}
	top, second := 0, 0
	for _, n := range counts {
		if n > top {
			top, second = n, top
		} else if n > second {
			second = n
		}
	}
	for _, r := range rows {
		if n := counts[r[1]]; n > 0 && n == top && (ties || n > second) {
			return strings.TrimPrefix(r[0], "-") // "-": the word names no one body there
		}
	}
	for _, r := range rows {
		if c := dt.dominantCountry(); r[1] == "*" && c != "" {
			return r[0] + " " + c // "Supreme Court of Argentina": a row for any country
		}
	}
	return ""
}

// bareMinistries gives a ministry named by its portfolio alone ("the Finance Ministry",
// "the Ministry of Agriculture") the country of the story when one country is named more
// often than any other, so that it is that country's ministry ("Ministry of Finance of
// Japan"), not one ministry of every story that writes the name. The country is the
// story's reading, not the text's: it names the body and states no fact.
func (dt *detector) bareMinistries(ms []mention) {
	country := dt.dominantCountry()
	if country == "" {
		return
	}
	for k := range ms {
		m := &ms[k]
		if m.Class != schema.Organization || m.Kind != mName || m.Country != "" || m.Canon != "" {
			continue
		}
		text := cleanName(m.Text)
		if _, ok := ministryName(text, ""); ok {
			continue // "the Foreign Ministry of Iraq" names its country
		}
		if name, ok := ministryName(text, country); ok {
			m.Canon = name // its name, as the legislatures' are; no fact of its country, which the text does not state
		}
	}
}

// dominantCountry returns the country the document names more often than any other
// (countries by name, demonym or capital), or "" when none does.
func (dt *detector) dominantCountry() string {
	top, second, country := 0, 0, ""
	for c, n := range dt.countryCount {
		switch {
		case n > top:
			top, second, country = n, top, c
		case n == top && c < country:
			second, country = n, c
		case n > second:
			second = n
		}
	}
	if top == 0 || top == second {
		return ""
	}
	return country
}
