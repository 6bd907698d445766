package loader

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Document context for bare titles: "Prime Minister X", "Minister of Information Y" name
// no country, but an article about one country's politics means that country. The rule
// applies only when one country clearly dominates the document (or, with none dominant,
// to the one country a visitor from another visits: visitedHost), and only to a person the
// document ties to no country otherwise.

// bareTitle is a person introduced by a government title that names no body and follows
// no other word that could be its body ("Society President X", "Assembly president Y").
type bareTitle struct {
	person *entity
	sent   int
	head   bool   // a head of state or government ("President", "Prime Minister")
	title  string // as written ("Foreign Secretary")
	before int    // the index of the word before the title
}

// bareGovernmentTitle reports whether a title without a body is a post in a state's
// government: a head of state, or a minister or secretary.
func bareGovernmentTitle(role titleRole, title string) (ok, head bool) {
	t := strings.ToLower(title)
	switch {
	case noOffice(title):
		return false, false // "Shadow Foreign Secretary X": the opposition's, no office
	case role == roleLeader && isHeadOfState(title):
		// Only titles that head a state: a "leader", "premier" or "ruler" heads a party,
		// an opposition or a province as often.
		// "chancellor" heads Germany but is a finance minister in Britain.
		for _, w := range stateHeadTitles {
			if strings.HasSuffix(t, w) {
				return true, true
			}
		}
		return false, false
	case role == roleMember && legislatorTitle(title):
		return true, false // "Senator X", "Rep. Y", "MP Z": a member of the state's legislature
	case role == roleMember || role == roleLeader:
		// A first minister heads a devolved government, not the state.
		// A general secretary heads a union or a party, not a ministry.
		for _, w := range stateOfficialTitles {
			if strings.HasSuffix(t, w) {
				return true, false // "High Commissioner X", "Police director Y"
			}
		}
		if strings.HasPrefix(t, "union ") || strings.HasPrefix(t, "party ") {
			return false, false // "Union secretary X" serves a union
		}
		return (strings.Contains(t, "minister") || strings.Contains(t, "secretary")) && !strings.Contains(t, "first minister") && !strings.Contains(t, "general secretary") && !strings.Contains(t, "secretary general"), false
	}
	return false, false
}

// dominantCountry returns the country named in the most sentences of the document (by its
// name, a demonym or its capital as an actor, or as the possessor in a state body's name or
// the first word of a body's: "Venezuela's cabinet", "US Senate") when it is named in at least
// minDominantSentences sentences and in at least dominanceRatio times as many as any other
// country, or in minSoleSentences when it is the only country named; else nil.
func dominantCountry(views []*sentenceView) *entity {
	best, _ := countryCounts(views)
	return best
}

// countryCounts returns the dominant country (or nil, as dominantCountry) and the number of
// sentences that name each country.
func countryCounts(views []*sentenceView) (*entity, map[*entity]int) {
	count := map[*entity]int{}
	byName := map[*entity]bool{} // named otherwise than by its capital as an actor
	for _, v := range views {
		seen := map[*entity]bool{}
		for _, m := range v.ms {
			e := m.ent
			if e != nil && e.Class == schema.Organization && m.Country != "" && m.Kind == mName {
				if c := v.countries[m.Country]; c != nil {
					byName[c] = true // "the British Airports Authority" names Britain by more than a city
				}
				if strings.Contains(m.Text, "'s ") || namedAfterCountry(m) {
					e = v.countries[m.Country] // "Venezuela's cabinet" names its country as "Venezuela" alone does
				}
			}
			if e != nil && e.Class == schema.Country && !m.coref && !sceneModifier(v, m) {
				byName[e] = byName[e] || !m.Capital
				if !seen[e] {
					seen[e] = true
					count[e]++
				}
			}
		}
	}
	var best, second *entity
	for e, n := range count {
		switch {
		case best == nil || n > count[best] || n == count[best] && e.Name < best.Name:
			best, second = e, best
		case second == nil || n > count[second] || n == count[second] && e.Name < second.Name:
			second = e
		}
	}
	if best != nil && !byName[best] {
		return nil, count // only its capital's name, which may be something else's: "Amman" of a person "X Amman"
	}
	if best != nil && second == nil && count[best] < minSoleSentences && (actorMentions(views, best) > 0 || headSubject(views, best) || governmentOf(views, best)) {
		return best, count // "Leaders of Italy's five coalition parties ...": a short story's one country
	}
	if best == nil || count[best] < minSoleSentences || count[best] < minDominantSentences && second != nil {
		return nil, count
	}
	if second != nil && count[best] < dominanceRatio*count[second] {
		return nil, count
	}
	return best, count
}

// governmentOf reports whether a mention of country c, by name or demonym, qualifies the
// noun "government" or "cabinet" ("the Thai government's main party", "Peru's
// government"): a short story of one country's government, whose bare titles are its.
func governmentOf(views []*sentenceView, c *entity) bool {
	for _, v := range views {
		for _, m := range v.ms {
			if m.ent != c || m.coref {
				continue
			}
			j := m.End
			if j < len(v.ws) && v.ws[j].Lower == "'s" {
				j++
			}
			if j < len(v.ws) && (v.ws[j].Lower == "government" || v.ws[j].Lower == "cabinet") {
				return true
			}
		}
	}
	return false
}

// namedAfterCountry reports whether body mention m begins with the name of its country
// ("US Senate", "Iraq Football Association").
func namedAfterCountry(m mention) bool {
	f := strings.Fields(m.Text)
	if len(f) < 2 {
		return false
	}
	e, ok := lex().lookup(schema.NameKey(f[0]))
	return ok && e.Kind == kindCountry && e.Name == m.Country
}

// homeCountry returns the country whose officials the document's bare titles name, or nil.
// A reporter leaves the titles of the home country's officials bare and marks the foreign
// ones with their demonym or name ("US Secretary of State X" gives X nationality US). So
// the dominant country is home unless the document so marks its officials while another,
// never marked, is named nearly as often (in at least minDominantSentences sentences and
// 1/dominanceRatio as many): then that one is home ("Prime Minister Boris Johnson asked
// the United States …" in a British story that marks US officials). With no dominant
// country there is none: an unmarked country is as often a third party of the story as
// the home ("Prime Minister X" in a British story on Israel). But the one country that
// opens sentences as their subject, when the dominant one never does, is home: the
// dominant one is then what it acts on (actingCountry).
func homeCountry(fs *factSet, views []*sentenceView) *entity {
	dom, count := countryCounts(views)
	if act := actingCountry(views, count); act != nil && (dom == nil || actingSentences(views, dom, false) == 0) {
		return act // the country that acts, not the one it acts on ("Norway has imposed sanctions against Belarus")
	}
	if dom == nil {
		return visitedHost(fs, count) // "X came to Brazil ... he is to call on President Y"
	}
	marked := map[*entity]bool{}
	for _, k := range fs.order {
		if k.p == schema.Nationality && k.o.Class == schema.Country {
			marked[k.o] = true
		}
	}
	if dom == nil || !marked[dom] {
		return dom
	}
	top := 0
	for _, n := range count {
		top = max(top, n)
	}
	var home *entity
	for c, n := range count {
		if marked[c] || n < minDominantSentences || dominanceRatio*n < top {
			continue
		}
		if home != nil {
			return nil // two unmarked rivals: no telling
		}
		home = c
	}
	if home != nil {
		return home
	}
	return dom // marked, but no unmarked country comes near it
}

// visitedHost returns, for a document with no dominant country, the one country that a
// person whom the document ties to another country visits, when no one is marked as its
// own (by nationality): a reporter leaves bare the titles of the host's officials a foreign
// visitor calls on ("US envoy X arrived in Peru. He met Foreign Minister Y"), and marks the
// visitor's. Nil when there is none, or two, or when the document names a third country
// (count: the sentences naming each), unmarked, whose officials the titles may name as well.
func visitedHost(fs *factSet, count map[*entity]int) *entity {
	home := map[*entity]*entity{} // person -> the country the document ties them to
	marked := map[*entity]bool{}
	for _, k := range fs.order {
		if k.p == schema.Nationality && k.o.Class == schema.Country {
			home[k.s] = k.o
			marked[k.o] = true
		}
	}
	var host *entity
	for _, k := range fs.order {
		if k.p != schema.Visited || k.o.Class != schema.Country || home[k.s] == nil || home[k.s] == k.o || marked[k.o] {
			continue
		}
		if host != nil && host != k.o {
			return nil // two hosts: no telling whose officials the titles name
		}
		host = k.o
	}
	for c, n := range count {
		if n > 0 && c != host && !marked[c] {
			return nil // "X visited Chile ... the war in Bolivia ... President Y": maybe Bolivia's
		}
	}
	return host
}

const (
	minDominantSentences = 3
	dominanceRatio       = 2
	// minSoleSentences is enough when no other country is named at all: a short wire
	// story names its country twice ("Bolivia's government ... Foreign minister X").
	minSoleSentences = 2
)

// namesOtherCountry reports whether sentence v names a country other than c, itself or
// through a body of it ("the Syrian Army — whose commander-in-chief is President X"): then
// the bare title may be that country's. The bodies the person is a member of (member)
// are not another's, nor is the country's own legislature ("Secretary X urged Congress"),
// nor, for a head of state's title (head), a body named after a comma past the person.
func namesOtherCountry(v *sentenceView, c, person *entity, member map[*entity]bool, head bool) bool {
	if namesForeign(v, c) {
		return true
	}
	for k, m := range v.ms {
		e := m.ent
		if e == nil || member[e] {
			continue // "Representative X, a member of the Hispanic Caucus": an extra membership
		}
		if titlesOther(v, k, person) {
			continue // "President X, Foreign Minister Y and Senate chairman Z": the Senate is Z's
		}
		if head && commaAfterPerson(v, m, person) {
			// "President X tried to abolish subsidies, in line with IMF advice": a body past
			// the head's clause is none X presides; a minister's title is as often a
			// foreign body's ("Former Cabinet minister X has criticised ..., saying the UN")
			continue
		}
		if e.Class == schema.Organization && e.Country != c.Name && m.Country != c.Name && !isParty(e) && legislatureCountry(e.Name) != c.Name {
			return true // "the Supreme Court is led by President X": the court's president
		}
	}
	return false
}

// commaAfterPerson reports whether mention m of v comes after a mention of person with a
// comma between them: a body read past the clause of the title is not the one it heads.
func commaAfterPerson(v *sentenceView, m mention, person *entity) bool {
	for _, p := range v.ms {
		if p.ent != person || p.End > m.Start {
			continue
		}
		for i := p.End; i < m.Start; i++ {
			if v.ws[i].Text == "," {
				return true
			}
		}
	}
	return false
}

// titlesOther reports whether the body mention k of v stands just before the title of a
// person other than person ("Chamber of Deputies chairman Z"): it is that person's body.
func titlesOther(v *sentenceView, k int, person *entity) bool {
	if k+1 >= len(v.ms) {
		return false
	}
	n := v.ms[k+1]
	return n.Class == schema.Person && n.Title != 0 && n.ent != nil && n.ent != person && n.Start-len(strings.Fields(n.TitleText)) == v.ms[k].End
}

// bareTitleFacts gives each bare title the document's country: leads for a head of state,
// memberOf for a minister; nothing for a person the document ties to a country already,
// nor when the title's sentence names another country.
func bareTitleFacts(views []*sentenceView, fs *factSet, bare []bareTitle) {
	tied := map[*entity]bool{}
	type personIn struct {
		p    *entity
		sent int
	}
	member := map[personIn]map[*entity]bool{} // the bodies a sentence makes each person a member of
	for _, k := range fs.order {
		if k.o.Class == schema.Country && (k.p == schema.Nationality || k.p == schema.Leads || k.p == schema.MemberOf) {
			tied[k.s] = true
		}
		if k.p == schema.MemberOf && k.o.Class == schema.Organization {
			pk := personIn{k.s, k.sent}
			if member[pk] == nil {
				member[pk] = map[*entity]bool{}
			}
			member[pk][k.o] = true
		}
	}
	home := homeCountry(fs, views)
	_, count := countryCounts(views)
	for _, b := range bare {
		added, served := lexiconBareTitle(views, fs, b, tied[b.person])
		if added {
			continue // the lexicon of people gives the holder's country (people.go)
		}
		dom := home
		if dom == nil || !titleOfState(b.title, dom) {
			// "Defence Secretary X" in a story about the US and Japan, or about Iran's arms deals
			dom = titleCountry(b.title, count)
			if dom != nil && strings.EqualFold(b.title, "president") && b.before < 0 && bodyNearby(views, b.sent) {
				dom = nil // "The X Alliance has written to ... President Y said": the body's president
			}
			if dom == nil {
				dom = stateBodyCountry(views[b.sent]) // "Vietnam's parliament sacked Prime Minister X"
			}
		}
		if dom != nil && !b.head && (divisionalStory(views, dom) || territoryStory(views, dom, count) || foreignHead(bare, dom) && !ownTitle(b.title, dom)) {
			continue // "Health Minister X" beside "Premier Y" in an Australian story: a state's
		}
		// A one-word name after a title is as often a place ("Sultan X") or a character.
		if dom == nil || served != "" && served != dom.Name || tied[b.person] || indefiniteTitle(views[b.sent], b.before) || len(nameTokens(b.person.Name)) < 2 || namesOtherCountry(views[b.sent], dom, b.person, member[personIn{b.person, b.sent}], b.head) || !titleOfState(b.title, dom) || foreignParty(views[b.sent], b.before, b.title, dom) || b.head && presidesBody(views[b.sent], b.title) {
			continue
		}
		if b.head {
			fs.add(b.person, schema.Leads, dom, b.sent)
		} else {
			fs.add(b.person, schema.MemberOf, dom, b.sent)
		}
	}
}

// A bare title in apposition is a bare title too: "the interior minister, X, said" and
// "X, the interior minister, said" name no country, as "Interior Minister X" does not. Only
// "the" and the title alone are read (not "the former interior minister", "a minister",
// "the minister of X", "the minister's"), set off by commas from a name that has no title
// of its own.

// appositiveBareTitles returns the bare government titles in apposition in v.
func appositiveBareTitles(v *sentenceView) []bareTitle {
	var out []bareTitle
	for i := 1; i < len(v.ws); i++ {
		if v.ws[i-1].Lower != "the" || v.at[i] >= 0 || v.at[i-1] >= 0 || titleLex().modifiers[v.ws[i].Lower] {
			continue
		}
		role, n, text := matchTitle(v.ws, i)
		ok, head := bareGovernmentTitle(role, text)
		if n == 0 || !ok {
			continue
		}
		if p := apposedPerson(v, i-1, i+n); p >= 0 {
			out = append(out, bareTitle{v.ms[p].ent, v.n, head, text, i - 1})
		}
		i += n - 1
	}
	return out
}

// apposedPerson returns the untitled person named in apposition to the phrase of words
// start to end (its article and title): "the T, X" (the phrase opening its clause) or
// "X, the T" (the phrase ending at a comma or the sentence's end); -1 when none.
func apposedPerson(v *sentenceView, start, end int) int {
	person := func(k int) bool {
		m := v.ms[k]
		return m.Class == schema.Person && m.Kind == mName && m.Title == 0 && m.ent != nil
	}
	opens := start == 0 || v.ws[start-1].Text == "," || v.ws[start-1].Lower == "and"
	if opens && end+1 < len(v.ws) && v.ws[end].Text == "," {
		if k := v.at[end+1]; k >= 0 && v.ms[k].Start == end+1 && person(k) {
			return k
		}
	}
	if start >= 2 && v.ws[start-1].Text == "," && (end == len(v.ws) || v.ws[end].Text == "," || v.ws[end].Text == ".") {
		if k := v.at[start-2]; k >= 0 && v.ms[k].End == start-1 && person(k) {
			return k
		}
	}
	return -1
}

// possessiveGovernments returns the untitled persons whose government v names ("Mr X's
// government said"): the head of a government named by no country, which the document's
// country gives as it gives a bare "President X" (bareTitleFacts). Not "X's
// government-in-waiting", which is no state's.
func possessiveGovernments(v *sentenceView) []bareTitle {
	var out []bareTitle
	for _, m := range v.ms {
		if m.Class != schema.Person || m.Kind != mName || m.ent == nil || m.Title != 0 && m.Title != roleHonorific {
			continue
		}
		if m.End+1 < len(v.ws) && v.ws[m.End].Lower == "'s" && governedNouns[v.ws[m.End+1].Lower] && v.at[m.End+1] < 0 && !(m.End+2 < len(v.ws) && v.ws[m.End+2].Hyph) {
			out = append(out, bareTitle{m.ent, v.n, true, v.ws[m.End+1].Lower, m.Start - 1})
		}
	}
	return out
}

// governedNouns: see data/words.txt.
var governedNouns = wordSet("governedNouns")

// foreignHead reports whether a bare head's title of the document is one that country c's
// government lacks ("Prime Minister X" in a story whose dominant country is the United
// States): the story is then about another state's government too, whose ministers and
// legislators its bare titles may name as well, unless their title is one of c's own
// (ownTitle).
func foreignHead(bare []bareTitle, c *entity) bool {
	for _, b := range bare {
		if b.head && !titleOfState(b.title, c) {
			return true
		}
	}
	return false
}

// ownTitle reports whether title is one that only some states use, c among them
// ("Secretary of State" of the United States; data/titles.tsv, kind "home").
func ownTitle(title string, c *entity) bool {
	t := " " + schema.NameKey(title)
	for h, states := range titleLex().homes {
		if strings.HasSuffix(t, " "+h) && contains(states, c.Name) {
			return true
		}
	}
	return false
}

// divisionalStory reports whether the document names the head of a first-level division
// of country c by a title that heads divisions there, not c (data/titles.tsv, kind
// "division"), bare or after the division's name ("Premier X", "Ontario Premier X" in a
// Canadian story): the story is then about a division, whose ministers and legislators
// a bare title names as often as c's.
func divisionalStory(views []*sentenceView, c *entity) bool {
	for _, v := range views {
		for _, m := range v.ms {
			if m.Class == schema.Person && m.Title != 0 && divisionHead(m.TitleText, c) {
				return true
			}
		}
	}
	return false
}

// divisionHead reports whether title is a division head's title of country c, bare
// ("Premier", "former Premier") or after the name of one of c's divisions ("Ontario
// Premier").
func divisionHead(title string, c *entity) bool {
	t := " " + schema.NameKey(title)
	for h, states := range titleLex().divisions {
		rest, ok := strings.CutSuffix(t, " "+h)
		if !ok || !contains(states, c.Name) {
			continue
		}
		rest = strings.TrimSpace(rest)
		if rest == "" || titleLex().modifiers[rest] {
			return true
		}
		if e, ok := lex().lookup(rest); ok && lex().regions[e.Name] && e.Country == c.Name {
			return true
		}
	}
	return false
}

// titleOfState reports whether country c's government may have a post of this title: a
// title that only some states use in English ("Foreign Secretary" in Britain, India or
// Pakistan; "Treasury Secretary" in the US) is no post of another state, in a story about
// which a British or American official is named (data/titles.tsv, kind "home"); nor is a
// head's title that a state's government lacks ("Prime Minister" in the United States,
// "President" in the United Kingdom: kind "absent").
func titleOfState(title string, c *entity) bool {
	t := " " + schema.NameKey(title)
	for h, states := range titleLex().absent {
		if strings.HasSuffix(t, " "+h) && contains(states, c.Name) {
			return false // "Prime Minister X" in a story about the United States: another state's
		}
	}
	for h, states := range titleLex().homes {
		if strings.HasSuffix(t, " "+h) {
			return contains(states, c.Name)
		}
	}
	return true
}

// bareBefore reports whether the word at i, just before a title, leaves the title bare: the
// sentence's start, punctuation, an article, a preposition or conjunction, or a word such
// as "former" (not "Society", "Assembly" or "union" before "President").
func bareBefore(v *sentenceView, i int) bool {
	for i >= 0 && (titleLex().modifiers[v.ws[i].Lower] || partyWords[v.ws[i].Key] && v.ws[i].Cap) {
		if v.ws[i].Lower == "first" {
			return false // a "First Minister" heads a devolved government
		}
		i-- // "former", "Democratic": look before it
	}
	if n := leaningBefore(v.ws, i); n > 0 {
		return bareBefore(v, i-n) // "the right wing Prime Minister X": look before the leaning
	}
	if i < 0 {
		return true
	}
	w := v.ws[i]
	return w.Punct && w.Text != ")" || bareTitleOpeners[w.Lower] || !w.Cap && w.in(hotPrepositions) ||
		!w.Cap && (strings.HasSuffix(w.Lower, "ed") || strings.HasSuffix(w.Lower, "ly")) ||
		!w.Cap && !w.Punct && i > 0 && verbMarkers[v.ws[i-1].Lower] // "would not affect Finance Minister X"
}

// politicalLeanings are a politician's leanings of one or two words: see data/words.txt.
var politicalLeanings = phraseSet("politicalLeanings")

// leaningBefore returns how many words, ending at ws[i], name a political leaning
// ("conservative", "right wing", "centre-right"), or 0.
func leaningBefore(ws []word, i int) int {
	if i >= 1 && politicalLeanings[ws[i-1].Lower+" "+ws[i].Lower] {
		return 2
	}
	if i >= 0 && politicalLeanings[ws[i].Lower] {
		return 1
	}
	return 0
}

// verbMarkers stand before a verb's base form ("would not affect", "will meet").
var verbMarkers = wordSet("verbMarkers")

// bareTitleOpeners may stand before a bare title.
var bareTitleOpeners = wordSet("bareTitleOpeners")

// stateOfficialTitles are the posts of a state's service, other than ministers, that a
// bare title names ("High Commissioner X", "Police director Y").
var stateOfficialTitles = phraseList("stateOfficialTitles")

// stateHeadTitles are the titles that head a whole state wherever they are used.
var stateHeadTitles = phraseList("stateHeadTitles")

// legislatorTitle reports whether title is a national legislator's ("Senator", "Sen.",
// "Rep.", "MP"); a party before it names no other body ("Democratic Sen. X").
func legislatorTitle(title string) bool {
	return legislatorTitles[strings.Trim(strings.ToLower(title), ".")]
}

// legislatorTitles are the titles of the members of a national legislature.
var legislatorTitles = wordSet("legislatorTitles")

// onlyParties reports whether every body is a party.
func onlyParties(bodies []*entity) bool {
	for _, b := range bodies {
		if b == nil || !isParty(b) {
			return false
		}
	}
	return true
}

// beforeTitle returns the index of the word before the title of the titled name m, past
// an abbreviation's dot ("Rep. X").
func beforeTitle(v *sentenceView, m mention) int {
	k := m.Start
	if k > 0 && v.ws[k-1].Text == "." {
		k--
	}
	return k - len(strings.Fields(m.TitleText)) - 1
}

// governmentDescriptions binds "the government" to the document's dominant country, in a
// sentence that names no other country or foreign body: "The government has barred X from
// exporting" in a story about one country's politics. "The government of X" names its
// own country; a demonym ("the Peruvian government") is read where it stands.
func governmentDescriptions(views []*sentenceView) {
	dom := dominantCountry(views)
	if dom == nil {
		return
	}
	for _, v := range views {
		var extra []mention
		for i := 0; i+2 < len(v.ws); i++ {
			if !bareGovernment(v, i) {
				continue
			}
			if namesForeign(v, dom) {
				break
			}
			extra = append(extra, mention{Start: i + 1, End: i + 2, Text: v.ws[i+1].Text, Class: schema.Country, Kind: mCollective, ent: dom, coref: true})
		}
		if len(extra) > 0 {
			v.insertMentions(extra)
		}
	}
}

// namesForeign reports whether sentence v names a country other than c, or a body or
// person of another country.
func namesForeign(v *sentenceView, c *entity) bool {
	for _, m := range v.ms {
		e := m.ent
		if e == nil {
			continue
		}
		if e.Class == schema.Country && e != c || e.Country != "" && e.Country != c.Name || m.Country != "" && m.Country != c.Name {
			return true
		}
	}
	return false
}

// bareGovernment reports whether words i and i+1 are "the government" naming no country
// ("the government of X" names its own; "the Peruvian government" is read where it stands).
func bareGovernment(v *sentenceView, i int) bool {
	return i+2 < len(v.ws) && v.ws[i].Lower == "the" && v.ws[i+1].Lower == "government" && v.at[i+1] < 0 &&
		v.ws[i+2].Lower != "of" && !v.ws[i+2].Hyph
}

// gateGovernments adds to v, for the parse gate, a country mention with no entity yet for
// each "the government" that governmentDescriptions may bind.
func gateGovernments(v *sentenceView) {
	var extra []mention
	for i := range v.ws {
		if bareGovernment(v, i) {
			extra = append(extra, mention{Start: i + 1, End: i + 2, Class: schema.Country, Kind: mCollective})
		}
	}
	if len(extra) > 0 {
		v.insertMentions(extra)
	}
}

// governmentWord reports whether a sentence holds the word "government".
func governmentWord(ws []word) bool {
	for _, w := range ws {
		if w.Lower == "government" {
			return true
		}
	}
	return false
}

// foreignParty reports whether a party word before the title whose word before is at i
// names only parties of states other than c ("Ex-Labour MP X" in a story about Syria: a
// British legislator, not a Syrian one). A party word just before "Minister" or
// "Secretary" is the portfolio ("Labour Minister X" in Brazil).
func foreignParty(v *sentenceView, i int, title string, c *entity) bool {
	t := strings.ToLower(title)
	if i >= 0 && i < len(v.ws) && (t == "minister" || t == "secretary") && len(partyLex()[v.ws[i].Key]) > 0 {
		return false
	}
	for ; i >= 0 && i < len(v.ws); i-- {
		w := v.ws[i]
		if rows := partyLex()[w.Key]; w.Cap && len(rows) > 0 {
			for _, r := range rows {
				if r[1] == c.Name {
					return false
				}
			}
			return true
		}
		if !titleLex().modifiers[w.Lower] && !partyWords[w.Key] {
			return false
		}
	}
	return false
}

// presidesBody reports whether a bare "president X", written in lower case, may preside
// over a body the sentence names in lower case or beside another officer ("The tribunal
// panel will consist of president X and ..."; "said chairman Y and president X"): then X
// is that body's president, not the state's. A capitalised "President X" is the state's.
func presidesBody(v *sentenceView, title string) bool {
	if title != "president" {
		return false
	}
	for i, w := range v.ws {
		if (!w.Cap || i == 0) && presidedBodies[w.Lower] && v.at[i] < 0 {
			return true
		}
	}
	return false
}

// presidedBodies are the bodies, named in lower case, that have a president of their own,
// and the other officers of such bodies.
var presidedBodies = wordSet("presidedBodies")

// titleCountry returns, for a document with no home country or one whose government lacks
// the title, the one country it names whose government has a post of this title when the title is one that some of the named
// countries lack ("Defence Secretary X" in a story about the United States and Japan;
// "Prime Minister Y" in one about the United States and Japan: data/titles.tsv kinds "home"
// and "absent"), or, of several that have it, the one named in at least dominanceRatio
// times as many sentences as any other. Nil when the title rules out no named country, or
// when two that have it are named about as often.
func titleCountry(title string, count map[*entity]int) *entity {
	var best, second *entity
	excluded := false
	for c, n := range count {
		if n == 0 {
			continue
		}
		if !titleOfState(title, c) {
			excluded = true
			continue
		}
		switch {
		case best == nil || n > count[best] || n == count[best] && c.Name < best.Name:
			best, second = c, best
		case second == nil || n > count[second] || n == count[second] && c.Name < second.Name:
			second = c
		}
	}
	if !excluded || best == nil || second != nil && count[best] < dominanceRatio*count[second] {
		return nil
	}
	return best
}

// bodyNearby reports whether sentence n or the one before names an organisation that is
// no state's body, party or union of states (an association, a company): a bare head's
// title opening sentence n may be that body's.
func bodyNearby(views []*sentenceView, n int) bool {
	for k := max(0, n-1); k <= n && k < len(views); k++ {
		for _, m := range views[k].ms {
			e := m.ent
			if e != nil && e.Class == schema.Organization && e.Country == "" && m.Country == "" && !isParty(e) && e.Name != "United Nations" && !unBody(e) {
				return true
			}
		}
	}
	return false
}

// stateBodyCountry returns the country whose state body sentence v names ("Vietnam's
// parliament", "the US House of Representatives") when v names no other state's body and
// no country by itself: a bare title beside its own state's institution is that state's
// post. Nil otherwise ("Finance Minister X said the U.S. ..." names a country).
func stateBodyCountry(v *sentenceView) *entity {
	var c *entity
	for _, m := range v.ms {
		e := m.ent
		if e == nil {
			continue
		}
		var got *entity
		switch {
		case e.Class == schema.Country:
			return nil
		case e.Class == schema.Organization && m.Country != "":
			got = v.countries[m.Country]
		case e.Class == schema.Organization && e.Country != "":
			got = v.countries[e.Country]
		default:
			continue
		}
		if got == nil || c != nil && c != got {
			return nil
		}
		c = got
	}
	return c
}
