package loader

import (
	"time"

	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/newsgraph/newsgraph/schema"
)

// factSet collects the facts of a document, each with the sentences that state it.
type factSet struct {
	seen  map[factKey]bool
	order []factKey

	// The last attack the document told of: its agent and its target, for "killed in the
	// strike" and "the attack was claimed by X".
	lastAgent, lastTarget *entity

	// titles holds the titles each person was given ("foreign minister"), for definite
	// descriptions.
	titles map[*entity]map[string]bool

	// offices holds the last state title (head of state or government, minister) each
	// person was named with, for "his counterpart".
	offices map[*entity]office
}

// office is a state title and what it says of its holder.
type office struct {
	role titleRole
	text string
}

// recordOffices records the state titles (heads, ministers) of the titled names of v.
func (fs *factSet) recordOffices(v *sentenceView) {
	for _, m := range v.ms {
		if m.Class != schema.Person || m.Kind != mName || m.Title == 0 || m.ent == nil || !stateTitle(m) || legislatorTitle(m.TitleText) {
			continue
		}
		if fs.offices == nil {
			fs.offices = map[*entity]office{}
		}
		fs.offices[m.ent] = office{m.Title, m.TitleText}
	}
}

// title records that p holds a title.
func (fs *factSet) title(p *entity, title string) {
	if p == nil || title == "" {
		return
	}
	if fs.titles == nil {
		fs.titles = map[*entity]map[string]bool{}
	}
	if fs.titles[p] == nil {
		fs.titles[p] = map[string]bool{}
	}
	fs.titles[p][strings.ToLower(title)] = true
}

// atHome reports whether person p is at home in the place or country of mention m: the
// document ties p to m's country (nationality, leads, memberOf) so that p hosts a
// meeting there rather than visits ("Velayati met the Russian president in Moscow").
func (fs *factSet) atHome(p *entity, m mention) bool {
	country := m.Country
	if m.Class == schema.Country && m.ent != nil {
		country = m.ent.Name
	}
	if p == nil || country == "" {
		return false
	}
	for _, k := range fs.order {
		if k.s == p && k.o.Class == schema.Country && k.o.Name == country && (k.p == schema.Nationality || k.p == schema.Leads || k.p == schema.MemberOf) {
			return true
		}
	}
	return false
}

type factKey struct {
	s    *entity
	p    schema.Predicate
	o    *entity
	sent int // index into the document's sentences
}

// partOf reports whether the facts so far make body a part of whole.
func (fs *factSet) partOf(body, whole *entity) bool {
	for _, k := range fs.order {
		if k.p == schema.PartOf && k.s == body && k.o == whole {
			return true
		}
	}
	return false
}

func (fs *factSet) add(s *entity, p schema.Predicate, o *entity, sent int) {
	if s == nil || o == nil || s == o || s.IRI == o.IRI && s.IRI != "" {
		return
	}
	if len(s.members) > 0 || len(o.members) > 0 {
		for _, a := range s.each() {
			for _, b := range o.each() {
				fs.add(a, p, b, sent) // a fact of "they" for "A and B" is a fact of each
			}
		}
		return
	}
	if !p.Allows(s.Class, o.Class) {
		return
	}
	if p == schema.Fights && (ownState(s, o) || ownState(o, s) || fs.partOf(s, o) || fs.partOf(o, s)) {
		return // "a runway in northern Chile captured by Chilean troops": no body fights its own state; "X pointed to the attack on the X Embassy": nor a state its own body
	}
	if p == schema.AlliedWith && (companyEntity(s) || companyEntity(o) || firmPair(s, o)) {
		return // "X Inc signed a marketing agreement with Y Corp": a company's deal or partnership is commerce, no alliance
	}
	if p == schema.Supports && s.Class != schema.Person && o.Class != schema.Person && (companyEntity(s) || companyEntity(o)) && !armed(s) && !armed(o) {
		return // "X Corp, backed by Y Partners, bid for Z", "X Corp has been Ghana's biggest client": money between a company and an unarmed body or a state is commerce, no side taken
	}
	if (p == schema.Attacked || p == schema.Fights) && companyEntity(s) {
		return // "X Ltd is building a plant targeted for completion in P": a company wages no war
	}
	if p == schema.SanctionedBy && companyEntity(o) {
		return // "X Corp charged Y Inc with infringing its patent": a company's claim is no sanction
	}
	if p == schema.LocatedIn && o.Class == schema.Country && lexPlaceCountry(s) != "" && lexPlaceCountry(s) != o.Name {
		return // "held in Hong Kong, Tokyo and Pusan in South Korea": the lexicon places it in another country
	}
	if p.Symmetric() && s.Name > o.Name {
		s, o = o, s
	}
	k := factKey{s, p, o, sent}
	if fs.seen == nil {
		fs.seen = map[factKey]bool{}
	}
	if fs.seen[k] {
		return
	}
	fs.seen[k] = true
	fs.order = append(fs.order, k)
	s.inFact, o.inFact = true, true
}

// economicBody reports whether organisation e is a body of trade or money: its name or an
// alias holds a word of data/words.txt economicBodyWords ("the World Trade Organization",
// "the Petroleum Exporting Countries"), or is one of economicBodies ("GATT", "the Cairns
// Group"). Joining one is membership of a market, no alliance.
func economicBody(e *entity) bool {
	if e == nil || e.Class != schema.Organization {
		return false
	}
	if economicName(e.Name) {
		return true
	}
	for a := range e.aliases {
		if economicName(a) {
			return true
		}
	}
	return false
}

// economicName reports whether name is one of economicBodies or holds a word of
// economicBodyWords, its words split at spaces, hyphens and commas.
func economicName(name string) bool {
	n := strings.ToLower(cleanName(name))
	if economicBodies[n] {
		return true
	}
	for w := range strings.FieldsFuncSeq(n, economicNameSep) {
		if economicBodyWords[w] {
			return true
		}
	}
	return false
}

// economicNameSep separates the words of a name for economicName.
func economicNameSep(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == ',' }

// economicBodyWords and economicBodies: see data/words.txt.
var (
	economicBodyWords = wordSet("economicBodyWords")
	economicBodies    = phraseSet("economicBodies")
)

// companyEntity reports whether organisation e is named as a company ("X Inc", "Y Corp",
// "Z plc": data/words.txt companySuffixes, but "group", which also ends the names of
// militant groups and groups of states).
func companyEntity(e *entity) bool {
	k := lastKey(e.Name)
	return e.Class == schema.Organization && (k != "group" && companySuffixes[k] || e.company)
}

// describedCompanies marks the organisations that a document names once with a company
// suffix ("Siemens AG", then "Siemens") or describes as companies by a company noun
// (words.txt companyCues) just before the name ("the broadcaster X", "IT firm Y", "aircraft
// maker Z") or in apposition after it ("X, the carrier,"): their deals and partnerships
// are commerce, as those of a name with a company suffix.
func describedCompanies(views []*sentenceView) {
	for _, v := range views {
		for _, m := range v.ms {
			if m.ent == nil || m.ent.Class != schema.Organization || m.Kind != mName {
				continue
			}
			if k := lastKey(m.Text); k != "group" && companySuffixes[k] || m.End < len(v.ws) && v.ws[m.End].Text != "," && companySuffixes[v.ws[m.End].Key] && v.ws[m.End].Key != "group" && v.ws[m.End].Cap {
				m.ent.company = true // "Siemens AG" once, "Siemens" after: a company all along
				continue
			}
			if m.Start > 0 && companyCues[v.ws[m.Start-1].Lower] && !v.ws[m.Start-1].Cap {
				m.ent.company = true
				continue
			}
			j := m.End
			if j+2 < len(v.ws) && v.ws[j].Text == "," && (v.ws[j+1].Lower == "the" || v.ws[j+1].Lower == "a" || v.ws[j+1].Lower == "an") {
				for q := j + 2; q < len(v.ws) && q < j+5 && v.at[q] < 0 && !v.ws[q].Punct; q++ {
					if companyCues[v.ws[q].Lower] && (q+1 >= len(v.ws) || v.ws[q+1].Punct) {
						m.ent.company = true
					}
				}
			}
		}
	}
}

// companyCues: see data/words.txt.
var companyCues = wordSet("companyCues")

// lexPlaceCountry returns the sovereign state of territory e ("Hong Kong": China;
// data/territories.tsv), or "". Other places keep no such check: a place name of the
// lexicon may be another place's elsewhere ("Victoria"), or lie in a former state.
func lexPlaceCountry(e *entity) string {
	if e.Class != schema.Place {
		return ""
	}
	return territories()[e.nameKey()]
}

// ownState reports whether body b is named as a body of country c ("Chilean Armed Forces"
// and Chile).
func ownState(b, c *entity) bool {
	if b.Class != schema.Organization || c.Class != schema.Country {
		return false
	}
	d := lex().demonymOf[c.Name]
	return d != "" && strings.HasPrefix(b.Name, d+" ")
}

// sentenceView is one sentence with its words and mentions, for relation patterns.
type sentenceView struct {
	n     int // index in the document
	ws    []word
	ms    []mention
	at    []int     // word index -> index of the mention covering it, or -1
	hypo  bool      // a question or a hypothetical: verbs state nothing
	sport bool      // the document is about sport (sportDocument): its beatings and backings are games
	date  time.Time // the document's publication date (zero when unknown)

	countries map[string]*entity // the document's countries by canonical name
	byName    map[string]*entity // the document's entities by classKey of their name

	text string     // the sentence's text, which the words' offsets point into ("" when unknown)
	lp   *lazyParse // its parse, when the gate let it through (gate.go), made on first use
}

// nodes returns the parse of v, or nil when the gate did not let v through.
func (v *sentenceView) nodes() []node {
	if v.lp == nil {
		return nil
	}
	return v.lp.get()
}

func newView(n int, ws []word, ms []mention) *sentenceView {
	v := &sentenceView{n: n, ws: ws, ms: ms, at: make([]int, len(ws))}
	for i := range v.at {
		v.at[i] = -1
	}
	for k, m := range ms {
		for i := m.Start; i < m.End; i++ {
			v.at[i] = k
		}
	}
	for i, w := range ws {
		if w.Text == "?" && i >= len(ws)-2 {
			v.hypo = true
		}
	}
	if len(ws) > 0 && (ws[0].Lower == "if" || ws[0].Lower == "unless" || ws[0].Lower == "should") {
		v.hypo = true
	}
	return v
}

// ent returns the entity of mention k, or nil.
func (v *sentenceView) ent(k int) *entity {
	if k < 0 || k >= len(v.ms) {
		return nil
	}
	return v.ms[k].ent
}

// mentionStarting returns the mention that starts at word i, skipping articles and the
// given filler words; -1 if none.
func (v *sentenceView) mentionStarting(i int, skip ...string) int {
	title := false // a capitalised title skipped: only a person may follow ("met Colonel X")
	for i < len(v.ws) {
		w := v.ws[i]
		if v.at[i] >= 0 {
			if title && v.ms[v.at[i]].Class != schema.Person {
				return -1
			}
			return v.at[i]
		}
		if w.Lower == "the" || w.Lower == "a" || w.Lower == "an" || w.Lower == "its" || w.Lower == "their" || titleLex().modifiers[w.Lower] || contains(skip, w.Lower) {
			i++
			continue
		}
		if w.Cap && !w.Punct && isTitleWord(w.Key) {
			title = true
			i++
			continue
		}
		if k := v.afterStances(i); k > i && v.partyAt(k) {
			i = k // "a member of the ruling Velka party", "the main opposition Velka Party"
			continue
		}
		return -1
	}
	return -1
}

// partyStances stand before a party's name ("the ruling Velka party", "the opposition
// Velka Party"); see data/words.txt.
var partyStances = wordSet("partyStances")

// afterStances returns the index of the first word at or after i that is no party stance.
func (v *sentenceView) afterStances(i int) int {
	for i < len(v.ws) && v.at[i] < 0 && partyStances[v.ws[i].Lower] {
		i++
	}
	return i
}

// partyAt reports whether a party's mention starts at word i: a body named "... Party" or
// one before a lower-case "party".
func (v *sentenceView) partyAt(i int) bool {
	if i >= len(v.ws) || v.at[i] < 0 {
		return false
	}
	m := v.ms[v.at[i]]
	if m.Class != schema.Organization {
		return false
	}
	return m.End < len(v.ws) && v.ws[m.End].Lower == "party" || strings.HasSuffix(m.Text, " Party")
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// list returns mention k and the mentions coordinated after it ("A, B and C"), with the
// word index after the list.
func (v *sentenceView) list(k int) ([]int, int) {
	out := []int{k}
	if p := v.pairPartner(k); p >= 0 {
		return append(out, p), max(v.ms[k].End, v.ms[p].End) // "the two countries": both
	}
	end := v.ms[k].End
	kept, keptEnd := 1, end // items up to the last one joined by a conjunction
	for {
		i := end
		if i < len(v.ws) && v.ws[i].Key == "s" && !v.ws[i].Hyph {
			break
		}
		if v.ms[k].Class == schema.Place {
			i = skipPlaceHead(v, i) // "Raqqa and Aleppo provinces in the north and Idlib"
		}
		comma := i < len(v.ws) && v.ws[i].Text == ","
		if comma {
			i++
		}
		conj := false
		if s := v.ms[k].Start; comma && len(out) == 1 && i < len(v.ws) && v.ws[i].Lower == "and" && s > 0 && v.ws[s-1].Text != "," {
			break // "adviser to the president of X, and Y met": two items take no comma, but for an apposition ("his counterpart, X, and Y")
		}
		if i < len(v.ws) && (v.ws[i].Lower == "and" || v.ws[i].Lower == "or") {
			i++
			conj = true
		} else if i == end {
			break
		}
		if i < len(v.ws) && (v.ws[i].Lower == "both" || v.ws[i].Lower == "also" || v.ws[i].Lower == "then" || v.ws[i].Lower == "later") {
			conj = conj || v.ws[i].Lower == "then" || v.ws[i].Lower == "later"
			i++
		}
		if i > end && i < len(v.ws) && v.ws[i].Lower == "with" && afterWith(v, v.ms[k].Start) {
			i++ // "met with A, then with B"
		}
		for t := i; t < len(v.ws) && t < i+4 && v.at[t] < 0 && v.ws[t].Cap && titleish(v.ws[t]); t++ {
			if p := v.at[t+1]; p >= 0 && v.ms[p].Class == schema.Person {
				i = t + 1 // "A and President B"
			}
		}
		next := v.mentionStarting(i)
		if next < 0 || next == k {
			break
		}
		next = v.headAfterDemonym(next)
		if p := v.ms[next]; p.Kind == mPronoun && subjectPronouns[v.ws[p.Start].Lower] && !subjectPronouns[v.ws[v.ms[out[0]].Start].Lower] {
			break // "was met by Y and he blasted the ball home": a nominative begins a clause
		}
		if e := v.ms[next].End; e < len(v.ws) && clauseVerbs[v.ws[e].Lower] {
			break // "defeated A and B would ...": B begins a new clause
		}
		out = append(out, next)
		k = next
		end = v.ms[next].End
		if conj {
			kept, keptEnd = len(out), end
		}
	}
	// "A, B and C" is a list; in "A, the B" the comma opens an apposition.
	return out[:kept], keptEnd
}

// placeHeadNouns are common nouns after place names: "Aleppo province", "Raqqa and Idlib
// provinces".
var placeHeadNouns = wordSet("placeHeadNouns")

// skipPlaceHead returns the word after a place head noun and an "in the north" that
// follows it at word i; i itself if there is none.
func skipPlaceHead(v *sentenceView, i int) int {
	if i >= len(v.ws) || !placeHeadNouns[v.ws[i].Lower] || v.at[i] >= 0 {
		return i
	}
	j := i + 1
	if j+2 < len(v.ws) && v.ws[j].Lower == "in" && v.ws[j+1].Lower == "the" && contains(placeDirections, v.ws[j+2].Lower) ||
		j+2 < len(v.ws) && v.ws[j].Lower == "in" && v.ws[j+1].Lower == "the" && directions[v.ws[j+2].Lower] {
		j += 3
	}
	if j < len(v.ws) && (v.ws[j].Lower == "and" || v.ws[j].Lower == "or" || v.ws[j].Text == ",") {
		return j
	}
	return i
}

// afterWith reports whether the noun phrase at word s is the object of "with".
func afterWith(v *sentenceView, s int) bool {
	j := s - 1
	if j >= 0 && v.ws[j].Lower == "the" {
		j--
	}
	return j >= 0 && v.ws[j].Lower == "with"
}

// headAfterDemonym returns the mention right after demonym mention k when there is one
// ("Lebanese Hezbollah": Hezbollah), else k.
func (v *sentenceView) headAfterDemonym(k int) int {
	m := v.ms[k]
	if m.End >= len(v.ws) || m.Kind != mDemonym && m.Class != schema.Country {
		return k
	}
	if h := v.at[m.End]; m.Kind == mDemonym && h >= 0 && h != k && v.ms[h].Kind != mDemonym && v.ms[h].ent != nil {
		return h
	}
	// "Russian Defense Minister X": the person the title introduces.
	j := m.End
	for j < len(v.ws) && j < m.End+4 && v.at[j] < 0 && !v.ws[j].Punct && (titleish(v.ws[j]) || v.ws[j].Lower == "counterpart") {
		j++
	}
	if j > m.End && j+1 < len(v.ws) && v.ws[j].Text == "," {
		j++ // "the Algerian foreign minister, X"
	}
	if j > m.End && j < len(v.ws) {
		if h := v.at[j]; h >= 0 && v.ms[h].Class == schema.Person && v.ms[h].Kind == mName && v.ms[h].ent != nil {
			return h
		}
	}
	return k
}

// clauseVerbs after a noun phrase make it the subject of a new clause.
var clauseVerbs = wordSet("clauseVerbs")

// listBefore returns mention k and the mentions coordinated before it ("A and B met").
func (v *sentenceView) listBefore(k int) []int {
	out := []int{k}
	if p := v.pairPartner(k); p >= 0 {
		return append(out, p) // "the two countries": both
	}
	for {
		i := v.ms[k].Start - 1
		if i < 1 || !(v.ws[i].Lower == "and" || v.ws[i].Text == "," && len(out) > 1) {
			break // a list ends with "and": "A, B and C", not "According to A, B ..."
		}
		j := i - 1
		if j >= 0 && v.ws[j].Text == "," {
			j--
		}
		if j < 0 || v.at[j] < 0 {
			break
		}
		k = v.at[j]
		out = append(out, k)
	}
	return out
}

// negators and modals that keep a clause from stating a fact.
var negators = wordSet("negators")

// allegationForms govern a gerund that is an allegation (data/words.txt).
var allegationForms = wordSet("allegationForms")

// allegedGerund reports whether trigger word i is a gerund after "of", "for" or "with"
// that an allegation form up to eight words before governs ("accused Y of backing Z",
// "has been blamed for arming Z"): the accuser's claim, no fact.
func (v *sentenceView) allegedGerund(i int) bool {
	if i < 2 || i >= len(v.ws) || !strings.HasSuffix(v.ws[i].Lower, "ing") {
		return false
	}
	if p := v.ws[i-1].Lower; p != "of" && p != "for" && p != "with" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-9; j-- {
		if v.ws[j].in(hotAllegationForms) {
			return true
		}
	}
	return false
}

// blocked reports whether words [from, to) hold a negation or a modal.
func (v *sentenceView) blocked(from, to int) bool {
	if v.hypo {
		return true
	}
	from = max(from, 0)
	if v.askedAt(from) {
		return true // "Asked if she was a member of Y, X said": a question, nothing stated
	}
	for i := from; i < to && i < len(v.ws); i++ {
		if v.ws[i].in(hotNegators) && !(v.ws[i].Text == "May" && i > 0) {
			return true // (not the month: "In May, ...")
		}
		if i+1 < min(to, len(v.ws)) && (undoPhrases[v.ws[i].Lower+" "+v.ws[i+1].Lower] || v.ws[i].in(hotCeaseGerunds) && strings.HasSuffix(v.ws[i+1].Lower, "ing")) {
			return true // "called off her visit to Y", "stopped arming Y"
		}
		if ceaseObjectVerbs[v.ws[i].Lower] && (i == 0 || v.ws[i-1].Lower != "to") {
			return true // "cut supplies to Y", "halted arms supplies to Y": what the verb names ends (not "urged X to end its attacks on Y", which presupposes them)
		}
		if strings.HasSuffix(v.ws[i].Lower, "'ll") {
			return true // "they'll attack": a plain future states nothing yet
		}
		if i+2 < to && (v.ws[i].in(hotBeVerbs) || v.ws[i].Lower == "going" || v.ws[i].Lower == "yet" || v.intentTo(i)) && v.ws[i+1].Lower == "to" {
			return true // "X is to visit Y", "X is going to attack Y", "X has yet to visit Y", "X agreed to meet Y", "X decided to join Y"
		}
		if k := v.unlikelyTo(i + 1); i+2 < to && v.ws[i].in(hotBeVerbs) && k > 0 && !v.punctBetween(k, to) {
			return true // "X is due to meet Y", "X was very unlikely to support Y"
		}
	}
	return false
}

// askedAt reports whether word i stands in an embedded question: "if" or "whether" after a
// verb of asking ("asked", "wondered"; data/words.txt questionVerbs) opens the clause within
// a few words before i, with no comma between.
func (v *sentenceView) askedAt(i int) bool {
	for j := i; j >= 1 && j >= i-4; j-- {
		w := v.ws[j].Lower
		if v.ws[j].Punct && j < i {
			return false
		}
		if (w == "if" || w == "whether") && questionVerbs[v.ws[j-1].Lower] {
			return true
		}
	}
	return false
}

// questionVerbs ask what their "if" or "whether" clause says: see data/words.txt.
var questionVerbs = wordSet("questionVerbs")

// ceaseObjectVerbs end the act their object names ("cut supplies to Y"): see data/words.txt.
var ceaseObjectVerbs = wordSet("ceaseObjectVerbs")

// undoPhrases call a plan off or end a tie ("put off the trip", "pulled out of the pact").
var undoPhrases = phraseSet("undoPhrases")

// demandPhrases ask for what follows ("called for sanctions on Y"): nothing done yet.
var demandPhrases = phraseSet("demandPhrases")

// ceaseGerundVerbs before a gerund end what it names ("stopped arming Y").
var ceaseGerundVerbs = wordSet("ceaseGerundVerbs")

// pactVerbs after "agreed to" state the agreement itself: "agreed to cooperate with Y".
var pactVerbs = wordSet("pactVerbs")

// intentTo reports whether word i, before "to" and a verb, is a verb of intent that makes
// that verb a plan ("agreed to visit Y", "decided to join Z", "voted to leave W"; kind intent
// of data/modality.tsv), not "offered to halt attacks" (what is halted took place), "agreed
// to cooperate with Y" (the agreement itself) or "tried to kill X" (an attempted killing is
// an attack).
func (v *sentenceView) intentTo(i int) bool {
	if i+2 >= len(v.ws) {
		return false
	}
	w, next := v.ws[i].Lower, v.ws[i+2].Lower
	if !intentForm(w) || ceaseVerbs[next] || pactVerbs[next] {
		return false
	}
	if t, n := matchTrigger(v.ws, i+2); n > 0 && t.pred == schema.Fights && !t.attack && !t.noun {
		for _, stem := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "ed"), strings.TrimSuffix(w, "ied") + "y", strings.TrimSuffix(w, "ing")} {
			if modality()[stem] == "attempt" {
				return false
			}
		}
	}
	return true
}

// unlikelyTo returns the index of the "to" after a predicate adjective of modality at word
// j, after at most one adverb ("due to", "very unlikely to", "ready to";
// data/modality.tsv), or -1.
func (v *sentenceView) unlikelyTo(j int) int {
	if j+1 < len(v.ws) && strings.HasSuffix(v.ws[j].Lower, "ly") && modality()[v.ws[j].Lower] != "unlikely" {
		j++ // "very", "highly": an adverb before the adjective
	} else if j+1 < len(v.ws) && (v.ws[j].Lower == "very" || v.ws[j].Lower == "not" || v.ws[j].Lower == "so") {
		j++
	}
	if j+1 < len(v.ws) && modality()[v.ws[j].Lower] == "unlikely" && v.ws[j+1].Lower == "to" {
		return j + 1
	}
	return -1
}

// punctBetween reports whether a punctuation mark stands among words (a, b).
func (v *sentenceView) punctBetween(a, b int) bool {
	for j := a + 1; j < b && j < len(v.ws); j++ {
		if v.ws[j].Punct {
			return true
		}
	}
	return false
}

// gameWords are the words of data/games.tsv.
var gameWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	eachLine("data/games.tsv", func(f []string) { m[f[0]] = true })
	return m
})

// aboutGame reports whether sentence v is about a game or a sports contest: a word of
// data/games.tsv in lower case, or a score of two numbers below 100 ("6-3", "18-17"; not
// "737-800" or "6-1/2").
func (v *sentenceView) aboutGame() bool {
	for j, w := range v.ws {
		if (!w.Cap || j == 0) && w.in(hotGameWords) || v.gameCompound(j) || v.gameFinal(j) {
			return true
		}
		next := ""
		if j+1 < len(v.ws) {
			next = v.ws[j+1].Text
		}
		if a, b, ok := strings.Cut(w.Text, "-"); ok && score(a, b) && next != "/" {
			return true
		}
		if j+1 < len(v.ws) && v.ws[j+1].Hyph && score(w.Text, next) && (j+2 >= len(v.ws) || v.ws[j+2].Text != "/") {
			return true // "18-17" read as two words glued by a hyphen
		}
		if j+2 < len(v.ws) && next == "-" && score(w.Text, v.ws[j+2].Text) && (j+3 >= len(v.ws) || v.ws[j+3].Text != "/") {
			return true
		}
	}
	return false
}

// inGame reports whether words j on are "in" a round of the contest ("met X in the final",
// "in the quarter-final", "in the second round match"): the sides played, no meeting.
func (v *sentenceView) inGame(j int) bool {
	if j >= len(v.ws) || v.ws[j].Lower != "in" {
		return false
	}
	for q := j + 1; q < len(v.ws) && q <= j+4 && !v.ws[q].Punct; q++ {
		if !v.ws[q].Cap && v.ws[q].in(hotGameWords) || v.gameCompound(q) || v.gameFinal(q) {
			return true
		}
	}
	return false
}

// gameCompound reports whether a hyphenated word of the game starts at word j, which the
// words split ("quarter-final", "half-time": data/games.tsv).
func (v *sentenceView) gameCompound(j int) bool {
	w := v.ws[j]
	if w.Cap && j > 0 || j+1 >= len(v.ws) {
		return false
	}
	if v.ws[j+1].Hyph {
		return gameWords()[w.Lower+"-"+strings.TrimPrefix(v.ws[j+1].Lower, "-")]
	}
	return j+2 < len(v.ws) && v.ws[j+1].Text == "-" && gameWords()[w.Lower+"-"+v.ws[j+2].Lower]
}

// gameFinal reports whether word j is the noun "final" of a contest: after a determiner
// and before a preposition or the end of a clause ("beat X in the final at Y", "reached the
// final."), not the adjective of "the final agreement".
func (v *sentenceView) gameFinal(j int) bool {
	if v.ws[j].Lower != "final" && v.ws[j].Lower != "finals" || j == 0 || !determiners[v.ws[j-1].Lower] {
		return false
	}
	if j+1 >= len(v.ws) {
		return true
	}
	n := v.ws[j+1]
	return n.Punct && n.Text != "-" || finalPreps[n.Lower]
}

// finalPreps may follow the noun "final" of a contest (data/words.txt).
var finalPreps = wordSet("finalPreps")

// aboutShow reports whether sentence v is about music or the stage (a lower-case word of
// words.txt showWords: "the band", "on tour", "a gig"): there one act "supporting" another
// opens its concerts, which is no backing of a side (supports is political or military).
func (v *sentenceView) aboutShow() bool {
	for j, w := range v.ws {
		if (!w.Cap || j == 0) && showWords[w.Lower] {
			return true
		}
	}
	return false
}

// showWords: see data/words.txt.
var showWords = wordSet("showWords")

// fixture reports whether the meeting word at i of a sentence about sport (sportsContest)
// is a game between the sides: the present "meet"/"meets" ("he now meets X in the final")
// or a possessed "meeting" ("before her meeting with X"), or "met" with a possessor after it
// ("met X' cross"); "met X", "held talks with Y" and "a clandestine meeting with Z" stay
// meetings.
func (v *sentenceView) fixture(i int) bool {
	if i < 0 || i >= len(v.ws) || !v.sportsContest() {
		return false
	}
	switch v.ws[i].Lower {
	case "meet", "meets":
		return true
	case "meeting":
		return i > 0 && (possessives[v.ws[i-1].Lower] || v.ws[i-1].Key == "s" && !v.ws[i-1].Hyph)
	case "met":
		// "met X' cross", "met Y's corner": the ball a player sent
		k := v.mentionStarting(i + 1)
		return k >= 0 && v.ms[k].End < len(v.ws) && (v.ws[v.ms[k].End].Text == "'" || v.ws[v.ms[k].End].Key == "s" && !v.ws[v.ms[k].End].Hyph || v.inGame(v.ms[k].End))
	}
	return false
}

// sportDocument reports whether the sentences views are a document about sport: at least
// three sentences, and a fifth of them, about a game (aboutGame). In such a document "X
// beat Y", "X's clash with Y" and "X backed Y" are told of teams and players even in a
// sentence with no word of the game ("Brown last played in the defeat by Australia").
func sportDocument(views []*sentenceView) bool {
	n := 0
	for _, v := range views {
		if v.aboutGame() {
			n++
		}
	}
	return n >= 3 && 5*n >= len(views)
}

// sportsContest reports whether a fight told in sentence v is a game's: the sentence or its
// document is about sport. (A support is a game's only in a sport document: "Peru backed
// Chile's bid to host the games" is a state's backing.)
func (v *sentenceView) sportsContest() bool {
	return v.sport || v.aboutGame()
}

// score reports whether a and b are the two numbers of a score, each below 100.
func score(a, b string) bool {
	return isNumber(a) && isNumber(b) && len(a) <= 2 && len(b) <= 2
}

// isNumber reports whether s is a number written in digits.
func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// extract reads the facts of every sentence.
func extract(views []*sentenceView) *factSet {
	bareNames(views)              // "Wiranto" for the Wiranto named before (coref.go)
	cataphora(views)              // "During his visit to X, Y said": his is Y (cataphora.go)
	groupDescriptions(views)      // "the rebels" for the rebels named before (coref.go)
	appositiveDescriptions(views) // "X, a militia" is X (coref.go)
	countryDescriptions(views)    // "the country" for the one country named before (coref.go)
	placeDescriptions(views)      // "the city" for the one place named before (placedesc.go)
	governmentDescriptions(views) // "the government" for the document's country (doccountry.go)
	pairDescriptions(views)       // "the two countries" for the two named before (pairdesc.go)
	itsPossessors(views)          // "its" for the body or country that reports it (itsdesc.go)
	bodyPronouns(views)           // "they", "it" for the subject just before (bodypronoun.go)
	bodyDescriptions(views)       // "the group" for the one group named before (coref.go)
	describedCompanies(views)     // "the broadcaster X": a company's deals are commerce
	unboundSingulars(views)       // "a militia" left unbound names no entity (coref.go)
	bodyPossessors(views)         // "the party's leader" for the party named before (coref.go)
	personDescriptions(views)     // "the minister" for "Defence Minister X" named before (unnamed.go)
	guestPossessives(views)       // "X met Y, on his visit to Z": his is X (cataphora.go)
	fs := extractPass(views)
	if resolveDescriptions(views, fs) {
		// Read again with "the Russian president" standing for the person it describes.
		for _, v := range views {
			for _, m := range v.ms {
				if m.ent != nil {
					m.ent.inFact = false
				}
			}
		}
		fs = extractPass(views)
	}
	return fs
}

// extractPass reads the facts of every sentence once.
func extractPass(views []*sentenceView) *factSet {
	fs := &factSet{}
	var bareLeaders []bareTitle
	for n, v := range views {
		if n > 0 {
			descriptorFacts(views[n-1], v, fs)
		}
		fs.recordOffices(v)
		bareLeaders = append(bareLeaders, titleFacts(v, fs)...)
		legislatorFromFacts(v, fs)
		titlePhraseFacts(v, fs)
		describedPartFacts(views, n, fs)
		includingFacts(v, fs)
		appositionFacts(v, fs)
		quantifiedPartyFacts(v, fs)
		appointedAsFacts(v, fs)
		whoseTitleFacts(v, fs)
		relativeObjectFacts(v, fs)
		respectivelyFacts(v, fs)
		whereFacts(v, fs)
		coalitionFacts(v, fs)
		leadingPlaceFacts(v, fs)
		bylineFacts(v, fs)
		bodyFacts(v, fs)
		verbFacts(v, fs)
		strikeFacts(v, fs)
		gatheringFacts(v, fs)
		placeFacts(v, fs)
		dashWarFacts(v, fs)
		treeRelations(v, fs)
		partyFacts(v, fs)
		parenPartyFacts(v, fs)
		representsPartyFacts(v, fs)
		demonymPredicateFacts(v, fs)
		possessedPartyFacts(v, fs)
		countryPossessiveFacts(v, fs)
	}
	// "President X" without a country: leads where the document says which country X leads.
	leads := map[*entity][]*entity{}
	for _, k := range fs.order {
		if k.p == schema.Leads && k.o.Class == schema.Country {
			leads[k.s] = append(leads[k.s], k.o)
		}
	}
	for _, b := range bareLeaders {
		if os := leads[b.person]; len(os) == 1 && b.head {
			fs.add(b.person, schema.Leads, os[0], b.sent)
		}
	}
	bareTitleFacts(views, fs, bareLeaders)
	bodyHeadTitleFacts(views, fs)
	headWordTitleFacts(views, fs)
	bareParliamentFacts(views, fs)
	bareCapitalFacts(views, fs)
	return fs
}

// partyFacts reads a party word before a person's name: "Democrat Chuck Schumer",
// "Democratic presidential nominee X" (with a title, titleFacts reads it: "Republican
// Senator X"). At most three lower-case or title words may stand between.
func partyFacts(v *sentenceView, fs *factSet) {
	for k := 0; k+1 < len(v.ms); k++ {
		m := v.ms[k]
		if m.Class != schema.Organization || m.Kind != mName || m.ent == nil || len(partyLex()[v.ws[m.Start].Key]) == 0 || m.End-m.Start != 1 {
			continue
		}
		p := v.ms[k+1]
		if strings.HasSuffix(v.ws[m.Start].Key, "s") && p.Start > m.End {
			continue // a plural is the party itself: "Democrats continued to attack X"; but "Tories Ken Clarke and Y"
		}
		if p.Class != schema.Person || p.Kind != mName || p.ent == nil || p.Title != 0 && p.Start > m.End {
			continue // a title between: titleFacts reads it with its role
		}
		gap := v.ws[m.End:p.Start]
		if len(gap) > 3 {
			continue
		}
		ok := true
		for _, w := range gap {
			if w.Punct || w.Cap && !isTitleWord(w.Key) {
				ok = false
			}
		}
		if ok {
			fs.add(p.ent, schema.MemberOf, m.ent, v.n)
		}
	}
}

// parenPartyFacts reads a party in parentheses right after a person's name, alone or
// before a comma ("X (Velka Party) won", "Y (Labour, Leeds North)"), or a political body
// named by a head word of one (bracketBodyHeads: "Z (Velka Movement)"): the person is a
// member.
func parenPartyFacts(v *sentenceView, fs *factSet) {
	for _, p := range v.ms {
		if p.Class != schema.Person || p.Kind != mName || p.ent == nil || p.End+1 >= len(v.ws) || v.ws[p.End].Text != "(" {
			continue
		}
		b := v.at[p.End+1]
		if b < 0 || v.ms[b].Class != schema.Organization || v.ms[b].ent == nil || v.ms[b].Kind != mName {
			continue
		}
		if !isParty(v.ms[b].ent) && !bracketBodyHeads[v.ws[v.ms[b].End-1].Key] {
			continue
		}
		if e := v.ms[b].End; e < len(v.ws) && (v.ws[e].Text == ")" || v.ws[e].Text == ",") {
			fs.add(p.ent, schema.MemberOf, v.ms[b].ent, v.n)
		}
	}
}

// countryPossessiveFacts reads a country's possessive right before a person's name with
// no title between ("Kenya's Oriel Hunt said", "the country's Oriel Hunt" for the country
// named before): the person's nationality, as a demonym
// before the name gives it ("Kenyan Oriel Hunt"), when the name is surely a person's. A
// title between is roleFacts' ("Kenya's foreign minister X").
func countryPossessiveFacts(v *sentenceView, fs *factSet) {
	for _, p := range v.ms {
		i := p.Start
		if p.Class != schema.Person || p.Kind != mName || p.ent == nil || p.coref || i < 2 || v.ws[i-1].Key != "s" || v.ws[i-1].Hyph || v.at[i-2] < 0 {
			continue
		}
		c := v.ms[v.at[i-2]]
		named := c.Kind == mName || c.Kind == mCollective && c.coref // "Kenya's", "the country's" (countryDescriptions)
		if c.Class != schema.Country || !named || c.ent == nil || c.End != i-1 || c.ent == p.ent || !surelyPerson(p.ent) || p.End-p.Start < 2 {
			continue // a full name: not "India's Catholic community"
		}
		if c.Kind == mName && c.Start > 0 && v.ws[c.Start-1].Cap && !v.ws[c.Start-1].Punct {
			continue // "Tennis Australia's X": the country ends a body's name
		}
		fs.add(p.ent, schema.Nationality, c.ent, v.n)
	}
}

// surelyPerson reports whether a person's entity has more than the shape of its name for
// evidence, as a company after a country's possessive lacks ("France's Velor Danic" may be
// a firm): a known given name first, a gender or a post from a title.
func surelyPerson(e *entity) bool {
	if e.gender != 0 || len(e.posts) > 0 {
		return true
	}
	return len(e.tokens) > 1 && (lex().firstNames[e.tokens[0]] || lex().givenNames[e.tokens[0]])
}

// representsPartyFacts reads a person who represents or stands for a party ("X, who
// represents the Velka Party in parliament", "X, representing Labour,", "X stood for the
// Greens in 2019"): a member. Only a party: a lawyer who represents a company is none of
// its members.
func representsPartyFacts(v *sentenceView, fs *factSet) {
	for _, p := range v.ms {
		if p.Class != schema.Person || p.Kind != mName || p.ent == nil {
			continue
		}
		j := afterCommaWho(v, p.End)
		if j == p.End && j < len(v.ws) && v.ws[j].Text == "," {
			j++
		}
		n := 1
		if j+2 < len(v.ws) && (v.ws[j].Lower == "is" || v.ws[j].Lower == "was") && partyStandVerbs[v.ws[j+1].Lower] {
			j++ // "X is standing for the Velka Party"
		}
		if j+1 < len(v.ws) && partyStandVerbs[v.ws[j].Lower] && v.ws[j+1].Lower == "for" {
			n = 2 // "stood for"
		} else if j+1 >= len(v.ws) || !representVerbs[v.ws[j].Lower] {
			continue
		}
		if v.blocked(p.End, j) {
			continue
		}
		if b := v.mentionStarting(j + n); b >= 0 && v.ms[b].Class == schema.Organization && v.ms[b].ent != nil && isParty(v.ms[b].ent) {
			fs.add(p.ent, schema.MemberOf, v.ms[b].ent, v.n)
		}
	}
}

// partyVerbBefore returns the first word of a verb of standing for a party right before
// word i, perhaps with "the" between ("representing Labour", "stood for the Greens"), or -1.
func partyVerbBefore(ws []word, i int) int {
	k := i - 1
	if k >= 0 && ws[k].Lower == "the" {
		k--
	}
	switch {
	case k >= 0 && representVerbs[ws[k].Lower]:
		return k
	case k >= 1 && ws[k].Lower == "for" && partyStandVerbs[ws[k-1].Lower]:
		return k - 1
	}
	return -1
}

// partyStandVerbs are the verbs before "for" and a party a person stands for ("stood for
// Labour"): see data/words.txt.
var partyStandVerbs = wordSet("partyStandVerbs")

// afterCommaWho returns the word after ", who" at word j, or j when no relative pronoun
// follows there ("X, who represents ...", "X, who is Ghanaian,").
func afterCommaWho(v *sentenceView, j int) int {
	if j+1 < len(v.ws) && v.ws[j].Text == "," && v.ws[j+1].Lower == "who" {
		return j + 2
	}
	return j
}

// demonymPredicateFacts reads a demonym as the predicate of "X, who is Ghanaian," and "X is
// Ghanaian.": the person's nationality (the demonym alone, before a comma or the end).
func demonymPredicateFacts(v *sentenceView, fs *factSet) {
	for _, p := range v.ms {
		if p.Class != schema.Person || p.Kind != mName || p.ent == nil {
			continue
		}
		j := afterCommaWho(v, p.End)
		if j+2 >= len(v.ws) || v.ws[j].Lower != "is" && v.ws[j].Lower != "was" || v.at[j+1] < 0 {
			continue
		}
		d := v.ms[v.at[j+1]]
		if d.Kind != mDemonym || d.Start != j+1 || d.End >= len(v.ws) || !v.ws[d.End].Punct || v.ws[d.End].Text == "-" {
			continue
		}
		if c := countryEntity(v, d.Canon); c != nil {
			fs.add(p.ent, schema.Nationality, c, v.n)
		}
	}
}

// partyPossessModifiers may stand between a person's possessive and the party it makes
// the person a member of ("X's ruling Y Party"): see data/words.txt.
var partyPossessModifiers = wordSet("partyPossessModifiers")

// representVerbs: see data/words.txt.
var representVerbs = wordSet("representVerbs")

// possessedPartyFacts reads a person's possessive before a party's name: "Prime Minister
// X's Socialist Party", "Y's Labour", and "his Labour Party" for the person "his" stands
// for, make X and Y members of the party (whether they lead it the phrase does not say).
func possessedPartyFacts(v *sentenceView, fs *factSet) {
	for k := 0; k+1 < len(v.ms); k++ {
		m, b := v.ms[k], v.ms[k+1]
		gap := 0
		if b.Start > 0 && partyPossessModifiers[v.ws[b.Start-1].Lower] && v.at[b.Start-1] < 0 {
			gap = 1 // "X's ruling Y Party", "his own Y Party"
		}
		named := m.Kind == mName && m.End+1+gap == b.Start && v.ws[m.End].Key == "s" && !v.ws[m.End].Hyph
		pronoun := m.Kind == mPronoun && m.End+gap == b.Start && possessivePronouns[v.ws[m.Start].Lower] // "X said his Labour Party"
		if m.Class != schema.Person || m.ent == nil || !named && !pronoun {
			continue
		}
		if b.Class != schema.Organization || b.ent == nil || !isParty(b.ent) {
			continue
		}
		if e := b.End; e < len(v.ws) && !v.ws[e].Punct && (v.ws[e].Cap || isTitleWord(v.ws[e].Key) || partyGovernmentNouns[v.ws[e].Lower]) {
			continue // "X's Labour MP Y", "X's Social Democrat administration": the party is another's, or a coalition's
		}
		fs.add(m.ent, schema.MemberOf, b.ent, v.n)
	}
	// "his newly-founded party, the X": the party the possessor belongs to, named after it.
	for k, m := range v.ms {
		if m.Class != schema.Person || m.ent == nil || !(m.Kind == mPronoun && possessivePronouns[v.ws[m.Start].Lower] || m.End < len(v.ws) && v.ws[m.End].Key == "s" && !v.ws[m.End].Hyph) {
			continue
		}
		j := m.End
		if m.Kind != mPronoun {
			j++
		}
		for n := 0; n < 4 && j < len(v.ws) && v.at[j] < 0 && (v.ws[j].Hyph || j+1 < len(v.ws) && v.ws[j+1].Hyph || titleLex().modifiers[v.ws[j].Lower] || v.ws[j].Lower == "new"); n++ {
			j++ // "newly-founded", "new", "former"
		}
		if j+2 >= len(v.ws) || v.ws[j].Lower != "party" || v.ws[j+1].Text != "," {
			continue
		}
		if b := v.mentionStarting(j + 2); b > k && v.ms[b].Class == schema.Organization && v.ms[b].ent != nil {
			fs.add(m.ent, schema.MemberOf, v.ms[b].ent, v.n)
		}
	}
}

// noOffice reports whether a title says that its holder holds no office of the state
// ("shadow foreign secretary"; words.txt noOfficeWords).
func noOffice(title string) bool {
	for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(title, "-", " "))) {
		if noOfficeWords[w] {
			return true
		}
	}
	return false
}

// noOfficeTitle reports whether title, as read in sentence v, holds no office of the state:
// its own words say so, or a word of noOfficeWords stands just before it in v ("Uganda's
// shadow foreign secretary", where the title read is "foreign secretary").
func (v *sentenceView) noOfficeTitle(title string) bool {
	if noOffice(title) {
		return true
	}
	first, _, _ := strings.Cut(strings.ToLower(title), " ")
	for j := 1; j < len(v.ws); j++ {
		if v.ws[j].Lower == first && noOfficeWords[v.ws[j-1].Lower] {
			return true
		}
	}
	return false
}

// noOfficeWords are the words of words.txt noOfficeWords.
var noOfficeWords = wordSet("noOfficeWords")

// partyGovernmentNouns after a party's name make it a government's: see data/words.txt.
var partyGovernmentNouns = wordSet("partyGovernmentNouns")

// roleFacts adds what a title says about a person and the body it names.
func roleFacts(v *sentenceView, fs *factSet, p *entity, role titleRole, title string, body *entity, sent int) {
	if p == nil || body == nil || p.Class != schema.Person {
		return
	}
	fs.title(p, title)
	switch body.Class {
	case schema.Country:
		if addressForms[strings.Trim(strings.ToLower(title), ".")] {
			return // "the deal with Ghana Mr X": a form of address names no country
		}
		if regionalPost(v, title, body) {
			return // "X, UK economist at Y Bank", "its US chief executive X": the post's region
		}
		fs.add(p, schema.Nationality, body, sent)
		if (professions[strings.ToLower(title)] || professions[strings.ToLower(lastWord(title))]) && !deskTitle(title) || militaryRanks[strings.ToLower(title)] || coTitle(title) || v.noOfficeTitle(title) {
			return // "Saudi journalist X", "Iranian general X", "German farm economist Y", "the shadow foreign secretary": no post named
		}
		switch role {
		case roleLeader:
			if isHeadOfState(title) {
				fs.add(p, schema.Leads, body, sent)
			} else {
				fs.add(p, schema.MemberOf, body, sent)
			}
		case roleMember, roleCommand:
			fs.add(p, schema.MemberOf, body, sent)
		}
	case schema.Organization:
		if (role == roleLeader && !partyLeaderTitle(title) || role == roleHonorific) && isParty(body) {
			role = roleMember // "Democratic mayor X", "Tory chancellor Y", "Tory backbencher Z", "Labour peer Lord W": members of the party
		}
		switch role {
		case roleLeader:
			if armed(body) && !isHeadOfState(title) {
				fs.add(p, schema.Commands, body, sent)
			} else {
				fs.add(p, schema.Leads, body, sent)
			}
		case roleCommand:
			fs.add(p, schema.Commands, body, sent)
		case roleMember:
			fs.add(p, schema.MemberOf, body, sent)
		}
		if body.Country != "" && role != roleHonorific && !professions[strings.ToLower(lastWord(title))] && stateRole(role, title, body) {
			// A trade names no nationality: "economist at American Express" is no American.
			// "Turkish Foreign Ministry spokesman X": the body's country is X's; a firm's
			// ("head of Ruritania Steel Works") is where the firm is, not the head's.
			if c := v.countries[body.Country]; c != nil {
				fs.add(p, schema.Nationality, c, sent)
			}
		}
	case schema.Person:
		if role == roleAdvisor {
			fs.add(p, schema.Advises, body, sent)
		} else if t := strings.ToLower(title); strings.Contains(t, "envoy") || role == roleMember && strings.Contains(t, "deputy") {
			fs.add(p, schema.ReportsTo, body, sent)
		}
	}
}

// deskTitle reports whether title is a profession's word after the portfolio or the world
// region a state's post covers ("Trade Director", "Europe Director"): a post, where "film
// director" or "director" alone is a trade.
func deskTitle(title string) bool {
	f := strings.Fields(title)
	if len(f) != 2 || !startsUpper(f[0]) {
		return false
	}
	k := schema.NameKey(f[0])
	if titleLex().portfolios[k] {
		return true
	}
	e, ok := lex().lookup(k)
	return ok && worldRegion(e)
}

// regionalPost reports whether a country named by its name (not a demonym) before a title
// that is no state post is the region a firm's post covers: a firm follows the title
// ("UK economist at Y Bank", "chief US economist for Z") or owns it ("its UK chief
// executive X"). "US actor X" and "British economist X at Y" keep the nationality.
func regionalPost(v *sentenceView, title string, body *entity) bool {
	if ok, _ := bareGovernmentTitle(roleMember, title); ok || isHeadOfState(title) {
		return false
	}
	for _, m := range v.ms {
		if m.ent != body || m.Kind == mDemonym || m.End >= len(v.ws) {
			continue
		}
		if m.Start > 0 && (v.ws[m.Start-1].Lower == "its" || v.at[m.Start-1] >= 0 && firm(v.ent(v.at[m.Start-1]))) {
			return true
		}
		if m.Start > 1 && (v.ws[m.Start-1].Key == "s" && !v.ws[m.Start-1].Hyph || v.ws[m.Start-1].Text == "'") && titleAfter(v, m.End, title) {
			return true // "E&Y's UK head of tax", "Orsino's UK chief economist": the owner's branch in the country
		}
		for j := m.End; j < m.End+5 && j+1 < len(v.ws) && !v.ws[j].Punct; j++ {
			if w := v.ws[j].Lower; w == "at" || w == "for" || w == "of" {
				return firm(v.ent(v.mentionStarting(j+1, "the")))
			}
		}
	}
	return false
}

// titleAfter reports whether the title begins within three words from word j, right after
// a mention, with no punctuation between ("UK chief economist").
func titleAfter(v *sentenceView, j int, title string) bool {
	f := strings.Fields(strings.ToLower(title))
	for k := j; len(f) > 0 && k < len(v.ws) && k <= j+3 && !v.ws[k].Punct; k++ {
		if v.ws[k].Lower == f[0] {
			return true
		}
	}
	return false
}

// firm reports whether e is an organisation other than a state body, an armed force or a
// party: a company, a bank, a charity.
func firm(e *entity) bool {
	return e != nil && e.Class == schema.Organization && !stateBody(e.Name) && !armed(e) && !isParty(e)
}

// stateRole reports whether a title in a body serves the body's state: the body is a state
// body ("Turkish Foreign Ministry spokesman"), or the title is a state post other than a head
// ("Ruritanian Fisheries Fund Minister"), not a firm's or an association's head.
func stateRole(role titleRole, title string, body *entity) bool {
	if stateBody(body.Name) || armed(body) {
		return true // "a general in the Ruritanian Mountain Brigade"
	}
	ok, head := bareGovernmentTitle(role, title)
	return ok && !head
}

// coTitle reports whether a title is shared ("co-chairman"): with a demonym it names the
// holder's nationality, not a post in the state ("French co-chairman X" of a company).
func coTitle(title string) bool {
	t := strings.ToLower(title)
	return strings.HasPrefix(t, "co-") || strings.HasPrefix(t, "co ")
}

// militaryRanks are ranks, not posts: with a demonym they say whose national a person is
// ("Iranian general X"), not which body he serves in.
var militaryRanks = phraseSet("militaryRanks")

// isParty reports whether an organisation is a political party.
func isParty(e *entity) bool {
	if keyHoldsWord(e.nameKey(), "party") {
		return true
	}
	for _, ps := range partyLex() {
		for _, p := range ps {
			if p[0] == e.Name {
				return true
			}
		}
	}
	return false
}

// partyLeaderTitle reports whether a title heads a party ("leader", "chairman"), not a
// post its members hold elsewhere ("mayor", "chancellor").
func partyLeaderTitle(title string) bool {
	t := strings.ToLower(title)
	for _, w := range partyLeaderTitles {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// professions are titles of a trade, not of a post in a state.
var professions = wordSet("professions")

// partyLeaderTitles are the titles that head a party, matched at a title's end.
var partyLeaderTitles = phraseList("partyLeaderTitles")

// isHeadOfState reports whether a title heads a whole state rather than a ministry.
func isHeadOfState(title string) bool {
	t := strings.ToLower(title)
	for _, w := range headOfStateTitles {
		if strings.HasSuffix(t, w) && !strings.Contains(t, "vice") && !strings.Contains(t, "deputy") {
			return true
		}
	}
	return false
}

// headOfStateTitles may head a whole state, matched at a title's end.
var headOfStateTitles = phraseList("headOfStateTitles")

// armed reports whether an organisation is an armed body, whose head commands it.
func armed(e *entity) bool {
	return keyHoldsPhrase(e.nameKey(), armedNameWords) || e.collective || e.armedBody
}

// labourBody reports whether e is a trade union or a body of workers by its name
// (labourNameWords: "the X Teamsters", "Y Workers Union"): its strike stops work.
func labourBody(e *entity) bool {
	if e == nil || e.Class == schema.Country || e.Class == schema.Place {
		return false // (a name the reader could not class may still say it: "the X Teamsters")
	}
	return keyHoldsPhrase(e.nameKey(), labourNameWords)
}

// labourNameWords: see data/words.txt.
var labourNameWords = phraseList("labourNameWords")

// armedNameWords in an organisation's name make it an armed body.
var armedNameWords = phraseList("armedNameWords")

// armedFight reports whether a fight between s and o read from a verb that may name a
// fight of words, law or sport ("fought", "battled", "opposed", "clashed with"; trigger flag
// loose) is one of arms: one side is an armed body (armed, or an armed group the lexicon
// knows: words.txt armedActors), or the sentence speaks of arms (words.txt
// armedContextWords: "troops", "war", "killed").
func (v *sentenceView) armedFight(s, o *entity) bool {
	if armed(s) || armed(o) || armedGroup(s.Name) || armedGroup(o.Name) {
		return true
	}
	for i, w := range v.ws {
		if armedContextWords[w.Lower] && (v.at[i] < 0 || v.ms[v.at[i]].Kind != mName) {
			return true
		}
	}
	return false
}

// armedSide reports whether e is an armed body by its name or the lexicons.
func armedSide(e *entity) bool {
	return e != nil && (armed(e) || armedGroup(e.Name))
}

// disputeAfter reports whether word j, right after a loose fight's object, opens what the
// two sides dispute: "over" and a common noun or a gerund ("its battle with X over
// deficit limits", "a court battle with Y over the deal"). Such a fight is one of words or
// law unless a side is armed, whatever else the sentence says of arms ("called a truce in
// its battle with X over ...").
func (v *sentenceView) disputeAfter(j int) bool {
	if j+1 >= len(v.ws) || v.ws[j].Lower != "over" {
		return false
	}
	j++
	if d := v.ws[j].Lower; (d == "the" || d == "a" || d == "an" || d == "its" || d == "their" || d == "his" || d == "her") && j+1 < len(v.ws) {
		j++
	}
	w := v.ws[j]
	if j+1 < len(v.ws) && (v.ws[j].Lower == "past" || v.ws[j].Lower == "last" || v.ws[j].Lower == "next") {
		j++ // "over the past week": a time
	}
	w = v.ws[j]
	return v.at[j] < 0 && !w.Cap && !w.Punct && !isNumber(w.Text) && !placeDescNouns[w.Lower] && !placeHeadNouns[w.Lower] && !timeWords[w.Lower] && !timeWords[strings.TrimSuffix(w.Lower, "s")] && !durationWords[w.Lower]
}

// armedActors are the armed bodies of actors.tsv that armed.tsv lacks (state forces:
// "Quds Force", "Israel Defense Forces"), by canonical name.
var armedActors = phraseSet("armedActors")

// armedGroup reports whether a canonical name is that of an armed group the lexicons know:
// a non-state group of armed.tsv (from PETRARCH2's Phoenix.MilNonState) or armedActors.
func armedGroup(name string) bool {
	return armedActors[name] || lex().armed[name]
}

// armedContextWords make a sentence one about arms.
var armedContextWords = wordSet("armedContextWords")

// titleBodies returns the word before the title of person mention k (-1 at the sentence's
// start) and the bodies named just before the title: "Russian Defence Minister X",
// "Iran's Supreme Leader X", "Israeli and Palestinian leaders".
func titleBodies(v *sentenceView, k int, m mention) (int, []*entity) {
	// Find the title's first word: walk back over the title and its modifiers.
	i := m.Start - 1
	if n := len(strings.Fields(m.TitleText)); n > 0 && m.Start-n >= 0 && v.at[m.Start-n] < 0 {
		i = m.Start - n - 1 // the title as matched ("opposition leader")
	}
	for i >= 0 && v.at[i] < 0 && (!v.ws[i].Punct && (isTitleWord(v.ws[i].Key) || titleLex().modifiers[v.ws[i].Lower]) || v.ws[i].Text == "." && i > 0 && isTitleWord(v.ws[i-1].Key)) {
		i--
	}
	var bodies []*entity
	if i >= 0 && v.ws[i].Key == "s" && !v.ws[i].Hyph {
		i--
	}
	i = partyBeforePost(v, i, m)
	if b := v.shortBodyBeforeTitle(i); b != nil {
		return i, []*entity{b} // "by Commission president X" after "the EC Commission"
	}
	if i >= 0 && v.at[i] >= 0 && v.at[i] != k {
		bk := v.at[i]
		for _, b := range v.listBefore(bk) {
			// "Israeli and Palestinian leaders" share the title; in "between Syria and
			// Palestinian leader X" a country is coordinated with X, not with the demonym.
			if b != bk && (v.ms[bk].Kind == mDemonym) != (v.ms[b].Kind == mDemonym) {
				break
			}
			if b != bk && pluralParty(v, b) {
				break // "talks with other Republicans and Budget Committee Chairman X": the party is no body of X's
			}
			if b != bk && v.ms[bk].Kind != mDemonym && !pluralTitle(m.TitleText) {
				break // "brought by Microsoft and New York attorney general X": one title, one body
			}
			bodies = append(bodies, v.ent(b))
		}
		if c := senderOfDelegate(v, v.ms[bk], m.TitleText); c >= 0 && len(bodies) == 1 {
			return v.ms[c].Start, []*entity{v.ent(c)} // "Kenya's U.N. ambassador X": Kenya's
		}
	}
	return i, bodies
}

// shortBodyBeforeTitle returns the body a lone capitalised head word at word i stands for
// before a title ("Commission president X"): the one organisation of the document whose
// longer name ends in that word ("the EC Commission"), or nil when there is none or two.
func (v *sentenceView) shortBodyBeforeTitle(i int) *entity {
	if i < 0 || v.at[i] >= 0 || !v.ws[i].Cap || v.ws[i].Upper || !orgHeads[v.ws[i].Key] || i > 0 && (v.ws[i-1].Cap && !v.ws[i-1].Punct || v.ws[i-1].Key == "s") {
		return nil
	}
	var body *entity
	for _, e := range v.byName {
		f := strings.Fields(e.Name)
		if e.Class != schema.Organization || len(f) < 2 || schema.NameKey(f[len(f)-1]) != v.ws[i].Key {
			continue
		}
		if body != nil && body != e {
			return nil // "Committee chairman X" with two committees: no telling
		}
		body = e
	}
	return body
}

// partyBeforePost returns the word of a party's mention up to two plain lower-case nouns
// before word i, where the walk-back of m's title stopped ("Liberal Democrat parliamentary
// chairman X", "Labour campaign spokesman Y", "Labour peer Baroness Z"), or i. Not over a
// verb ("the Lib Dems accused Mr X"), a preposition or a conjunction ("worked out by the
// LDP before Prime Minister X leaves"), nor from a plural party or to a form of address.
func partyBeforePost(v *sentenceView, i int, m mention) int {
	if addressForms[strings.Trim(strings.ToLower(m.TitleText), ".")] {
		return i
	}
	for k := i; k >= 0 && k > i-2; k-- {
		w := v.ws[k]
		if v.at[k] >= 0 || w.Punct || w.Cap || w.Hyph || !allAlpha([]word{w}) || determiners[w.Lower] || clauseVerbs[w.Lower] || strings.HasSuffix(w.Lower, "ed") || w.in(hotPrepositions) || postGapStops[w.Lower] {
			return i
		}
		b := k - 1
		if b > 0 && v.ws[b].Key == "s" && !v.ws[b].Hyph {
			b-- // "Labour's election chief X"
		}
		if b < 0 || v.at[b] < 0 {
			continue
		}
		p := v.ms[v.at[b]]
		if p.End == k && p.Class == schema.Organization && p.ent != nil && isParty(p.ent) && !pluralParty(v, v.at[b]) && !strings.HasSuffix(v.ws[p.End-1].Key, "s") {
			return b
		}
		return i
	}
	return i
}

// postOfPart reports whether plain lower-case words stand between the party named at word
// i and the title of m ("Liberal Democrat parliamentary chairman X", "Labour campaign
// chief Y"): the post of a part of the body (partyBeforePost), no head of the whole.
func postOfPart(v *sentenceView, i int, m mention) bool {
	if i < 0 || i >= len(v.ws) || v.at[i] < 0 || v.ms[v.at[i]].ent == nil || !isParty(v.ms[v.at[i]].ent) {
		return false
	}
	t := m.Start - len(strings.Fields(m.TitleText))
	for k := v.ms[v.at[i]].End; k < t && k < len(v.ws); k++ {
		if w := v.ws[k]; !isTitleWord(w.Key) && !titleLex().modifiers[w.Lower] {
			return true
		}
	}
	return false
}

// nonStateQualified reports whether a word between the body ending at word i and m's
// title marks the post as one outside the state ("Ugandan rebel leader X", "Kenyan
// militia commander Y", "a Velkan student leader"): the demonym gives the holder's
// nationality, not a post of the country.
func nonStateQualified(v *sentenceView, i int, m mention) bool {
	for k := max(i+1, 0); k < m.Start && k < len(v.ws); k++ {
		if v.at[k] < 0 && nonStateTitleWords[v.ws[k].Lower] {
			return true
		}
	}
	return false
}

// nonStateTitleWords: see data/words.txt.
var nonStateTitleWords = wordSet("nonStateTitleWords")

// postGapStops: see data/words.txt.
var postGapStops = wordSet("postGapStops")

// pluralParty reports whether mention k of v is a party named by a plural ("the
// Republicans", "Tories"): the party's members, not an adjective before a title.
func pluralParty(v *sentenceView, k int) bool {
	m := v.ms[k]
	return m.ent != nil && isParty(m.ent) && m.End > m.Start && strings.HasSuffix(v.ws[m.End-1].Key, "s") && len(partyLex()[v.ws[m.End-1].Key]) > 0
}

// deputyBeforeBody reports whether a deputy's word stands before the body named at word i
// before a title ("deputy Conservative chairman X", "Vice Senate President Y").
func deputyBeforeBody(v *sentenceView, i int) bool {
	if i < 0 || i >= len(v.ws) || v.at[i] < 0 {
		return false
	}
	s := v.ms[v.at[i]].Start - 1
	return s >= 0 && deputyWords[v.ws[s].Lower]
}

// deputyWords before a body and a head's title make the holder a member (data/words.txt).
var deputyWords = wordSet("deputyWords")

// senderOfDelegate returns the country that sends a delegate to the body named before
// the title ("Kenya's acting U.N. representative X", "the Kenyan U.N. ambassador X"): a
// country's possessive or demonym before the body, when the title is a delegate's
// (data/words.txt); -1 if none.
func senderOfDelegate(v *sentenceView, body mention, title string) int {
	if body.ent == nil || body.ent.Class != schema.Organization || !delegateTitles[lastKey(title)] {
		return -1
	}
	s := body.Start - 1
	for s >= 0 && v.at[s] < 0 && titleLex().modifiers[v.ws[s].Lower] {
		s-- // "acting"
	}
	if s >= 1 && v.ws[s].Key == "s" && !v.ws[s].Hyph && v.at[s] < 0 {
		if c := v.at[s-1]; c >= 0 && v.ms[c].Class == schema.Country && v.ms[c].Kind != mDemonym {
			return c
		}
		return -1
	}
	if s >= 0 && v.at[s] >= 0 && v.ms[v.at[s]].Class == schema.Country && v.ms[v.at[s]].Kind == mDemonym {
		return v.at[s]
	}
	return -1
}

// delegateTitles are the last words of the titles of a state's delegates to a body.
var delegateTitles = wordSet("delegateTitles")

// titleOfBody returns the body of "President X of Iran" (not "Senator X of Georgia", the
// state X was elected in; "X of Australia's Kestrel University" is the university's), or -1.
func titleOfBody(v *sentenceView, m mention) int {
	if m.End+1 >= len(v.ws) || v.ws[m.End].Lower != "of" || constituencyTitle(m.TitleText) {
		return -1
	}
	b := v.mentionStarting(m.End + 1)
	if b >= 0 {
		if e := v.ms[b].End; e+1 < len(v.ws) && v.ws[e].Key == "s" && !v.ws[e].Hyph {
			b = v.at[e+1] // the possessed body, or none
		}
	}
	return b
}

// addressForms are the forms of address before a name ("Mr", "Mrs"): a country before one
// is no nationality.
var addressForms = wordSet("addressForms")

// sharesDemonym reports whether titled name m, after "and" or a comma, shares the country c
// of the titled name prev before it ("Israeli prime minister A and energy minister B"):
// not when c's government has no post of m's title ("Japanese Prime Minister A and
// President B": B is another state's), nor when both hold one head's title ("French
// President A and President B": one state has one), nor when only one of the two titles is
// a state's post ("US president A and singer B").
func sharesDemonym(prev, m mention, c *entity) bool {
	if !titleOfState(m.TitleText, c) {
		return false
	}
	ok1, h1 := bareGovernmentTitle(prev.Title, prev.TitleText)
	ok2, h2 := bareGovernmentTitle(m.Title, m.TitleText)
	if ok1 != ok2 {
		return false // "US president A and singer B": a state's post, then a trade
	}
	return !(h1 && h2 && schema.NameKey(prev.TitleText) == schema.NameKey(m.TitleText))
}

// stateTitle reports whether titled name m holds a post of a state: a head of state or
// government, a minister or a legislator.
func stateTitle(m mention) bool {
	ok, _ := bareGovernmentTitle(m.Title, m.TitleText)
	return ok
}

// titleFacts reads "Russian Defence Minister X", "IRGC commander X", "Iran's Supreme Leader X",
// "President X of Y" and "the Y's foreign minister X".
func titleFacts(v *sentenceView, fs *factSet) []bareTitle {
	var bare []bareTitle
	var headBodies []*entity // the bodies before the title of the last titled name
	prevBodies := map[int][]*entity{}
	for k, m := range v.ms {
		if m.Class != schema.Person || m.Kind != mName || m.Title == 0 || m.ent == nil {
			continue
		}
		i, bodies := titleBodies(v, k, m)
		if m.listTitle {
			// "Democratic Sens. A of X, B of Y": B's title and its party are A's.
			i, bodies = -1, append([]*entity(nil), headBodies...)
		} else {
			headBodies = bodies
		}
		bodies = v.respectiveBodies(k, bodies) // "Zambian and Malawian Presidents A and B"
		// "Israeli prime minister A and energy minister B": B shares A's demonym.
		if len(bodies) == 0 && i >= 1 && (v.ws[i].Lower == "and" || v.ws[i].Text == ",") && v.at[i-1] >= 0 {
			if pb, ok := prevBodies[v.at[i-1]]; ok {
				for _, b := range pb {
					if b != nil && b.Class == schema.Country && sharesDemonym(v.ms[v.at[i-1]], m, b) {
						bodies = append(bodies, b)
					}
				}
			}
		}
		if c := v.countries[titleState(m.TitleText)]; len(bodies) == 0 && c != nil {
			bodies = append(bodies, c) // "Taoiseach X": Ireland's, with no country named
		}
		prevBodies[k] = bodies
		// "President X of Iran"; not "Senator X of Georgia", the state X was elected in
		if e, ok := v.sharedOfBody(k); ok {
			bodies = append(bodies, e) // "Presidents A and B of X and Y"
		} else if b := titleOfBody(v, m); b >= 0 {
			if e := v.ent(b); e != nil && isParty(e) && len(bodies) > 0 && stateTitle(m) {
				// "Chilean President X of the Socialist Party": the state's head, the party's member
				roleFacts(v, fs, m.ent, roleMember, m.TitleText, e, v.n)
			} else {
				bodies = append(bodies, e)
			}
		}
		role := m.Title
		if role == roleLeader && (deputyBeforeBody(v, i) || postOfPart(v, i, m)) {
			role = roleMember // "deputy Labour leader X": a member, not the party's leader; "Labour campaign chairman X"
		}
		partyWord := stateTitle(m) && partyWordBefore(v, beforeTitle(v, m))
		for _, b := range bodies {
			r := role
			if b != nil && b.Class == schema.Country && nonStateQualified(v, i, m) {
				r = roleHonorific // "Ugandan rebel leader X": a Ugandan, no post of Uganda's
			}
			if partyWord && b != nil && isParty(b) {
				r = roleMember // "Socialist President X": the state's head, the party's member
			}
			roleFacts(v, fs, m.ent, r, m.TitleText, b, v.n)
		}
		if ok, head := bareGovernmentTitle(m.Title, m.TitleText); (len(bodies) == 0 || (legislatorTitle(m.TitleText) || partyWord) && onlyParties(bodies)) && ok && bareBefore(v, beforeTitle(v, m)) {
			bare = append(bare, bareTitle{m.ent, v.n, head, m.TitleText, beforeTitle(v, m)})
		}
		// Coordinated persons after a demonym share it: "Israeli prime minister A and energy minister B".
	}
	titleWrittenOutFacts(v, fs)
	bare = append(bare, predicativeBareTitles(v)...)
	bare = append(bare, possessiveGovernments(v)...)
	return append(bare, appositiveBareTitles(v)...)
}

// partyWordBefore reports whether the word at i, just before a title, is a party's word
// ("Socialist", "Republican", data/parties.tsv) and not the noun "party": "Socialist
// President X" heads the state and belongs to the party; "party president Y" heads a party.
func partyWordBefore(v *sentenceView, i int) bool {
	if i < 0 || i >= len(v.ws) || !v.ws[i].Cap {
		return false
	}
	k := v.ws[i].Key
	return partyWords[k] || len(partyLex()[k]) > 0
}

// titleWrittenOutFacts reads the titles written as a phrase, not before a name: "the
// commander of the Quds Force, X", "Supreme Leader of Iran Ali Khamenei", "the agency's
// chief executive, X".
func titleWrittenOutFacts(v *sentenceView, fs *factSet) {
	for i := 0; i < len(v.ws); i++ {
		role, n, text := matchTitle(v.ws, i)
		if n == 0 || v.at[i] >= 0 {
			continue
		}
		j := i + n
		at := i
		i = j - 1 // "deputy commander": not "commander" again
		j = v.pastRegionPhrase(j)
		// "a Department of State spokesperson, Morgan Ortagus", "the agency's chief
		// executive, X"
		if b := v.bodyBeforeTitle(at); j+1 < len(v.ws) && v.ws[j].Text == "," && b >= 0 && !v.pluralTitleBefore(fs, role, text, b, j) {
			// A pronoun after the comma is the next clause's subject, no name in
			// apposition: "talked to the Y's president, he asked".
			if p := v.mentionStarting(j + 1); p >= 0 && v.ms[p].Class == schema.Person && v.ms[p].Title == 0 && v.ms[p].Kind != mPronoun {
				roleFacts(v, fs, v.ent(p), role, text, v.ent(b), v.n)
			}
		}
		if j >= len(v.ws) || v.ws[j].Lower != "of" && v.ws[j].Lower != "to" && v.ws[j].Lower != "at" {
			continue
		}
		if v.ws[j].Lower == "at" {
			role = roleMember // "the political department head at X's Defence Ministry, Y": a post in the body
		}
		if v.ws[j].Lower == "to" && (strings.Contains(text, "mbassador") || strings.Contains(text, "nvoy")) {
			continue // "ambassador to X" serves the sender, not X
		}
		if v.ws[j].Lower == "of" && v.pluralTitleBefore(fs, role, text, -1, j+1) {
			continue // "the presidents of X and Y, A and B"
		}
		if b, p := v.bodyThenPerson(j + 1); p >= 0 && !v.apposedToPerson(at) && !v.predicatedTitle(at) && !v.askedAt(at) {
			roleFacts(v, fs, v.ent(p), role, text, v.ent(b), v.n)
		}
	}
}

// pastRegionPhrase returns the word after a "for" phrase naming the region or country a
// post covers, right after a title and before a comma ("Kenya's director general for
// Europe, X"; "the minister for Africa, Y"): the post is still the possessor's. Else j.
func (v *sentenceView) pastRegionPhrase(j int) int {
	if j+2 >= len(v.ws) || v.ws[j].Lower != "for" {
		return j
	}
	k := v.at[j+1]
	if k < 0 || v.ms[k].Start != j+1 || v.ms[k].End >= len(v.ws) || v.ws[v.ms[k].End].Text != "," {
		return j
	}
	if c := v.ms[k].Class; c != schema.Place && c != schema.Country || v.ms[k].Kind == mDemonym {
		return j
	}
	return v.ms[k].End
}

// predicatedTitle reports whether the title at word i is the complement of a copula or a
// verb of becoming before it ("she was a member of Y, X said"): it is its subject's, not
// the name after it, which is the speaker's.
func (v *sentenceView) predicatedTitle(i int) bool {
	j := i - 1
	if j >= 0 && determiners[v.ws[j].Lower] {
		j--
	}
	return j >= 0 && j < i-1 && predicative(v.ws[j].Lower) && v.ws[j].Lower != "as"
}

// apposedToPerson reports whether the title at word i is set off by a comma after a
// person's name ("X, director of the Y Institute, Z and W"): the title is X's apposition,
// not the title of the name after it.
func (v *sentenceView) apposedToPerson(i int) bool {
	j := i - 1
	if j >= 0 && determiners[v.ws[j].Lower] {
		j--
	}
	if j < 1 || v.ws[j].Text != "," || v.at[j-1] < 0 {
		return false
	}
	m := v.ms[v.at[j-1]]
	return m.Class == schema.Person && m.Kind == mName
}

// bodyThenPerson returns the body mention at word i ("the Quds Force", "the RMT union")
// and the person named after it and a comma, or -1s: "the commander of the Quds Force,
// X", "the general secretary of the RMT union, Y".
func (v *sentenceView) bodyThenPerson(i int) (body, person int) {
	b := v.mentionStarting(i)
	if b < 0 && i+1 < len(v.ws) && v.ws[i].Lower == "the" {
		b = v.mentionStarting(i + 1)
	}
	if b < 0 {
		return -1, -1
	}
	after := v.ms[b].End
	if after+1 < len(v.ws) && !v.ws[after].Cap && bodyHeadNouns[v.ws[after].Lower] && v.at[after] < 0 {
		// "the RMT union, X", "the Likud party, Y"; not "the Irish party Fianna Fail"
		if v.ms[b].Kind == mDemonym || v.ws[after+1].Text != "," {
			return -1, -1
		}
		after++
	}
	if after < len(v.ws) && v.ws[after].Text == "," {
		after++
	}
	p := v.mentionStarting(after)
	if p < 0 || v.ms[p].Class != schema.Person {
		return -1, -1
	}
	return b, p
}

// bodyBeforeTitle returns the mention that names the body of the title at word at: the
// mention just before it ("a State Department spokesperson"), or a possessor before it and
// its modifiers ("the agency's former chief executive"), or -1.
func (v *sentenceView) bodyBeforeTitle(at int) int {
	if at > 0 && v.at[at-1] >= 0 {
		return v.at[at-1]
	}
	i := at - 1
	for i > 0 && v.at[i] < 0 && titleLex().modifiers[v.ws[i].Lower] {
		i--
	}
	if i < 1 || v.ws[i].Hyph || v.ws[i].Key != "s" && v.ws[i].Text != "'" {
		return -1
	}
	if k := v.at[i-1]; k >= 0 && v.ms[k].Kind != mDemonym && v.ms[k].ent != nil && v.ms[k].End == i {
		return k
	}
	return -1
}

func isTitleWord(key string) bool {
	if _, ok := titleLex().titles[key]; ok {
		return true
	}
	switch key {
	case "foreign", "defense", "defence", "interior", "minister", "leader", "supreme", "general",
		"prime", "affairs", "security", "national", "deputy", "vice", "special", "presidential",
		"chief", "energy", "oil", "finance", "state", "of":
		return true
	}
	return false
}

// appositionFacts reads "X, the commander of Y", "X, Iran's foreign minister", "X, who leads Y",
// "X, an adviser to Y", "X, a member of Y", and "Y's commander X".
func appositionFacts(v *sentenceView, fs *factSet) {
	for k, m := range v.ms {
		if m.ent == nil || m.Kind == mPronoun && false {
			continue
		}
		i := m.End
		if m.Class == schema.Person && i+2 < len(v.ws) && serveVerbs[v.ws[i].Lower] && v.ws[i+1].Lower == "as" {
			if !v.blocked(i-3, i+2) {
				personApposition(v, fs, m.ent, i+2) // "X served as president of Y"
			}
			continue
		}
		if m.Class == schema.Person && i+1 < len(v.ws) && (v.ws[i].in(hotBeVerbs) || becomeVerbs[v.ws[i].Lower]) {
			j := i + 1
			if v.ws[i].in(hotBeVerbs) && appointVerbs[v.ws[j].Lower] {
				j++ // "X was appointed (as) commander of Y"
			}
			if j < len(v.ws) && (v.ws[j].Lower == "as" || v.ws[j].Lower == "to") {
				j++
			}
			if !v.blocked(i-3, j) && !listApposition(v, fs, k, j) {
				personApposition(v, fs, m.ent, j)
			}
			continue
		}
		if m.Class == schema.Organization && i+1 < len(v.ws) && v.ws[i].in(hotBeVerbs) {
			if !v.blocked(i-3, i+2) { // as for a person: "X is not part of Y" states nothing
				orgApposition(v, fs, m.ent, i+1) // "X is the main fighting force of Y"
			}
			continue
		}
		if m.Class == schema.Person && i+2 < len(v.ws) && v.ws[i].Text == "," && v.ws[i+1].Lower == "who" && v.ws[i+2].in(hotBeVerbs) {
			personApposition(v, fs, m.ent, i+3)
		}
		if i >= len(v.ws) || v.ws[i].Text != "," && v.ws[i].Text != "(" {
			// Possessive title: "Y's commander X", "Khamenei's adviser X".
			if i < len(v.ws) && v.ws[i].Key == "s" && !v.ws[i].Hyph {
				j := i + 1
				for j < len(v.ws) && titleLex().modifiers[v.ws[j].Lower] {
					j++
				}
				role, n, text := matchTitle(v.ws, j)
				if n > 0 {
					after := j + n
					// "Y's first president and later prime minister, X": both titles are X's.
					role2, n2, text2 := v.titleCoordinated(after)
					after += n2
					if after < len(v.ws) && v.ws[after].Text == "," {
						after++
					}
					// A pronoun after the title is the next clause's subject, no name in
					// apposition: "talked to the Y's president, he asked".
					if p := v.mentionStarting(after); p >= 0 && p != k && v.ms[p].Class == schema.Person && v.ms[p].Kind != mPronoun {
						roleFacts(v, fs, v.ent(p), role, text, m.ent, v.n)
						if n2 > 0 {
							roleFacts(v, fs, v.ent(p), role2, text2, m.ent, v.n)
						}
					}
				}
			}
			continue
		}
		i++
		if m.Class == schema.Person && !listApposition(v, fs, k, i) {
			personApposition(v, fs, m.ent, i)
		}
		if m.Class == schema.Organization {
			orgApposition(v, fs, m.ent, i)
		}
	}
}

// titleCoordinated reads a second title coordinated at word i ("and later prime
// minister"): its role, its length from i (0 for none) and its text.
func (v *sentenceView) titleCoordinated(i int) (titleRole, int, string) {
	if i+1 >= len(v.ws) || v.ws[i].Lower != "and" {
		return 0, 0, ""
	}
	j := i + 1
	for j < len(v.ws) && (titleLex().modifiers[v.ws[j].Lower] || timeAdverbs[v.ws[j].Lower]) {
		j++
	}
	role, n, text := matchTitle(v.ws, j)
	if n == 0 {
		return 0, 0, ""
	}
	return role, j + n - i, text
}

// timeAdverbs may stand before a coordinated title ("and later prime minister").
var timeAdverbs = wordSet("timeAdverbs")

// becomeVerbs and appointVerbs give their subject the title that follows: "X became
// president of Y", "X was appointed commander of Y".
var becomeVerbs = wordSet("becomeVerbs")
var appointVerbs = wordSet("appointVerbs")

// bylineWords after an organisation and before "by" name its staff ("a Reuters report by X").
var bylineWords = wordSet("bylineWords")

func bylineFacts(v *sentenceView, fs *factSet) {
	for k, m := range v.ms {
		if m.Class != schema.Organization || m.ent == nil {
			continue
		}
		i := m.End
		if i+1 < len(v.ws) && bylineWords[v.ws[i].Lower] && v.ws[i+1].Lower == "by" {
			if p := v.mentionStarting(i + 2); p >= 0 && p != k {
				for _, e := range objectsFrom(v, p) {
					if e.Class == schema.Person {
						fs.add(e, schema.MemberOf, m.ent, v.n)
					}
				}
			}
		}
	}
}

// clauseVerb reports whether a lower-case word right after a title phrase that "the" opens
// is a verb in the past tense or of finding or winning: the phrase is then the subject of
// a clause of its own, not an apposition ("A, the Kenyan minister found a compromise");
// wire copy leaves out the closing comma before a verb of saying ("X, GenCorp chairman
// said", "X, the company's president said"), so those are no such verbs.
func clauseVerb(w string) bool {
	return strings.HasSuffix(w, "ed") && len(w) > 4 && !reportVerbs[w] || appositionClauseVerbs[w]
}

// appositionClauseVerbs: see data/words.txt.
var appositionClauseVerbs = wordSet("appositionClauseVerbs")

// regionalScope reports whether the title phrase from word j goes on, before its comma,
// with "for" and a place ("chief executive of Y for Central Europe"): the head of one
// region of the body, a member of it, not its leader.
func regionalScope(v *sentenceView, j int) bool {
	for k := j; k+1 < len(v.ws) && k < j+10 && !v.ws[k].Punct; k++ {
		if v.ws[k].Lower != "for" || v.ws[k].Cap {
			continue
		}
		if q := v.mentionStarting(k + 1); q >= 0 && (v.ms[q].Class == schema.Place || v.ms[q].Class == schema.Country) {
			return true
		}
	}
	return false
}

func personApposition(v *sentenceView, fs *factSet, p *entity, i int) {
	if i+2 < len(v.ws) && pastStateWords[v.ws[i].Lower] && !v.ws[i].Cap && (v.ws[i+1].Lower == "a" || v.ws[i+1].Lower == "an") {
		i++ // "X, formerly a professor at Y": a past post is still X's (as "former" is)
	}
	if clauseApposition(v, fs, p, i) {
		return
	}
	j, body := appositionBody(v, i)
	role, n, text := matchTitle(v.ws, j)
	if h, form := hyphenModifier(v, j); n == 0 && h > 0 {
		// "X, the long-serving leader of Y"; "the anti-piracy director of Y" holds a post
		// in the body, and a field before another title ("the hip-hop leader in Y")
		// names no post of Y.
		role, n, text = matchTitle(v.ws, j+h)
		if n > 0 && fieldHyphenModifier(form) {
			if lastWord(text) != "director" {
				return
			}
			role = roleMember
		}
		j += h
	}
	if n == 0 {
		// "X, a member of Y" without a listed title word.
		if c := demonymNoun(v, i); c >= 0 {
			fs.add(p, schema.Nationality, v.ent(c), v.n) // "X, a Ghanaian who ..."
		}
		return
	}
	if pluralTitle(text) && v.ws[i].Lower != "one" {
		return // "X, World Bank officials and foreign ministers": a list goes on, no title of X's
	}
	role, n, text = apposedDeputy(v, j, role, n, text)
	role = tradeAt(v, j, n, role)
	j += n
	for j < len(v.ws) && (v.ws[j].Cap && isTitleWord(v.ws[j].Key) || titleLex().modifiers[v.ws[j].Lower]) && v.at[j] < 0 {
		j++
	}
	if v.ws[i].Lower == "the" && j < len(v.ws) && !v.ws[j].Cap && !v.ws[j].Punct && v.at[j] < 0 && clauseVerb(v.ws[j].Lower) {
		return // "passes involving A and B, the Greek striker found the corner": a new subject, no apposition
	}
	if j < len(v.ws) && v.at[j] >= 0 && v.ms[v.at[j]].Class == schema.Person && v.ms[v.at[j]].Kind == mName &&
		!(v.ms[v.at[j]].End < len(v.ws) && v.ws[v.ms[v.at[j]].End].Key == "s") {
		return // "A, Greek prime minister B": the title is B's, in a list
	}
	if q := v.mentionStarting(j); q >= 0 && v.ms[q].Class == schema.Person && v.ms[q].End < len(v.ws) && v.ws[v.ms[q].End].Key == "s" {
		// "X, Iranian supreme leader Y's foreign affairs advisor": X's title follows Y's.
		k := v.ms[q].End + 1
		for k < len(v.ws) && titleLex().modifiers[v.ws[k].Lower] {
			k++
		}
		if r2, n2, t2 := matchTitle(v.ws, k); n2 > 0 {
			roleFacts(v, fs, p, r2, t2, v.ent(q), v.n)
		}
		return
	}
	ofBody := j < len(v.ws) && v.ws[j].Lower == "of" // the title is of a body after it
	after, ok := titleComplement(v, fs, p, j, text)
	if !ok {
		return
	}
	before := len(body) // the bodies named before the title
	body = append(body, after...)
	if indefinite(v, i) && (role == roleCommand || role == roleLeader && !isHeadOfState(text)) {
		role = roleMember // "X, a commander in Y": one of its commanders
	}
	if role == roleLeader && len(after) == 0 && fieldAfterDirector(v, j, text) {
		role = roleMember // "X, the ERAA director of air transport": a field of the body
	}
	if role == roleLeader && regionalScope(v, j) {
		role = roleMember // "X, chief executive of Y for Central Europe": one region's head
	}
	for q, b := range body {
		r := role
		if q < before && b != nil && (len(body) > 1 || ofBody) && isParty(b) {
			r = roleMember // "X, the Democratic chairman of the Y Committee": a Democrat
		}
		roleFacts(v, fs, p, r, text, b, v.n)
	}
}

// apposedDeputy reads "deputy" before another title in apposition at word j ("X, a deputy
// administrator at Y", "X, deputy director of Y"): one title, a member's post (a deputy
// heads nothing), with the length and text of both words; else the title as matched.
func apposedDeputy(v *sentenceView, j int, role titleRole, n int, text string) (titleRole, int, string) {
	if n != 1 || !strings.EqualFold(text, "deputy") {
		return role, n, text
	}
	r2, n2, t2 := matchTitle(v.ws, j+1)
	if n2 == 0 || r2 == roleHonorific || pluralTitle(t2) {
		return role, n, text
	}
	return roleMember, n + n2, text + " " + t2
}

// tradeAt reads a trade written in lower case before "at" in apposition ("X, a professor at
// Y", "X, a surgeon at the Y Hospital"): the body after "at" employs X, so the trade, which
// names no post of its own, is a member's there. A form of address ("Dr") is capitalised,
// and "of" after a trade names a field ("a professor of law"): neither is read.
func tradeAt(v *sentenceView, j, n int, role titleRole) titleRole {
	if role != roleHonorific || j+n >= len(v.ws) || v.ws[j].Cap || v.ws[j+n].Lower != "at" {
		return role
	}
	return roleMember
}

// clauseApposition reads an apposition at word i that is no title: a relative clause
// ("X, who served as president of Y"; "X, who visited Y") or a body X comes from ("X, from
// the Y Trust, said": the body X speaks for). It reports whether it read one.
func clauseApposition(v *sentenceView, fs *factSet, p *entity, i int) bool {
	if t := relativePost(v, i); t > 0 {
		personApposition(v, fs, p, t) // "X, who served as president of Y", "X, a career politician who served as ..."
		return true
	}
	if i < len(v.ws) && (v.ws[i].Lower == "who" || v.ws[i].Lower == "whose") {
		verbFrom(v, fs, []*entity{p}, i+1, i)
		return true
	}
	if b := fromBody(v, i); b != nil && b != p {
		fs.add(p, schema.MemberOf, b, v.n)
		return true
	}
	return false
}

// fromBody returns the body of an apposition "from Y" at word i that ends with Y ("X, from
// the Y Trust, said"; "X, from Kenya's Y,"), or nil. Only a body counts: "X, from Kisumu,"
// is a home town and "X, from Kenya," a nationality at most; and only a whole apposition:
// "X, from the Y Party's stronghold," names no body of X's.
func fromBody(v *sentenceView, i int) *entity {
	if i+1 >= len(v.ws) || v.ws[i].Lower != "from" {
		return nil
	}
	c := v.mentionStarting(i + 1)
	if c >= 0 && v.ms[c].Class != schema.Organization && v.ms[c].End+1 < len(v.ws) && v.ws[v.ms[c].End].Key == "s" {
		c = v.at[v.ms[c].End+1] // "from Kenya's Y": the country's body
	}
	if c < 0 || v.ms[c].Class != schema.Organization || v.ms[c].Kind == mDemonym || v.ms[c].ent == nil {
		return nil
	}
	if e := v.ms[c].End; e < len(v.ws) && !apposEnds[v.ws[e].Lower] {
		return nil
	}
	return v.ms[c].ent
}

// demonymNoun returns the demonym mention that is the whole of an indefinite apposition at
// word i, a noun by itself ("X, a Ghanaian, said", "X, a Ghanaian who lives in Y"), or -1;
// "X, a Ghanaian lawyer" is a title's, read by the caller.
func demonymNoun(v *sentenceView, i int) int {
	if i+1 >= len(v.ws) || v.ws[i].Lower != "a" && v.ws[i].Lower != "an" {
		return -1
	}
	c := v.at[i+1]
	if c < 0 || v.ms[c].Kind != mDemonym || v.ms[c].Class != schema.Country || v.ms[c].ent == nil {
		return -1
	}
	e := v.ms[c].End
	if e < len(v.ws) && !apposEnds[v.ws[e].Lower] && !spacedDash(v.ws, e) {
		return -1
	}
	return c
}

// apposEnds end an apposition: see data/words.txt.
var apposEnds = wordSet("apposEnds")

// fieldAfterDirector reports whether a director's title is followed at word j by "of" or
// "for" and a lower-case field ("director of air transport", "director for
// development"), not by a body: the director of one field of the body named before.
func fieldAfterDirector(v *sentenceView, j int, text string) bool {
	if lastWord(strings.ToLower(text)) != "director" || j+1 >= len(v.ws) || v.ws[j].Lower != "of" && v.ws[j].Lower != "for" {
		return false
	}
	w := v.ws[j+1]
	return !w.Cap && !w.Punct && v.at[j+1] < 0 && !determiners[w.Lower] && !possessives[w.Lower]
}

// hyphenModifier returns the number of words of a lower-case hyphenated modifier at word j
// ("anti-piracy", "long-time") and its form, or 0.
func hyphenModifier(v *sentenceView, j int) (int, string) {
	if j+1 >= len(v.ws) || v.ws[j].Cap || v.ws[j].Punct || !v.ws[j+1].Hyph {
		return 0, ""
	}
	form, n := v.ws[j].Lower, 1
	for j+n < len(v.ws) && v.ws[j+n].Hyph && !v.ws[j+n].Cap {
		form += "-" + v.ws[j+n].Lower
		n++
	}
	return n, form
}

// appositionBody skips an apposition's article and modifiers and an optional body with a
// possessive before its title ("the Syrian army's", "one of the"), and returns the word
// of the title and the bodies named before it.
func appositionBody(v *sentenceView, i int) (int, []*entity) {
	j := i
	for j < len(v.ws) && (v.ws[j].Lower == "the" || v.ws[j].Lower == "a" || v.ws[j].Lower == "an" || v.ws[j].Lower == "one" || v.ws[j].Lower == "his" || v.ws[j].Lower == "her" || titleLex().modifiers[v.ws[j].Lower] && !titleOf(v.ws, j)) {
		j++
	}
	if j < len(v.ws) && v.ws[j].Lower == "of" { // "one of the planners"
		j++
		for j < len(v.ws) && (v.ws[j].Lower == "the" || titleLex().modifiers[v.ws[j].Lower]) {
			j++
		}
	}
	var body []*entity
	if b := v.mentionStarting(j); b >= 0 && v.ms[b].Class != schema.Person || b >= 0 && j+2 < len(v.ws) && v.ws[v.ms[b].End].Key == "s" {
		for _, x := range v.listBefore(b) {
			body = append(body, v.ent(x))
		}
		j = v.ms[b].End
		if j < len(v.ws) && v.ws[j].Key == "s" && !v.ws[j].Hyph {
			j++
		}
		for j < len(v.ws) && titleLex().modifiers[v.ws[j].Lower] {
			j++
		}
		j += fieldsBeforeTitle(v, j)
	}
	return j, body
}

// fieldsBeforeTitle returns the number of lower-case field words at word j before a title,
// as the name detector reads them before a name ("the Slovak government commissioner", "the
// Kenyan trade minister"), or 0: the title's body is the one named before them.
func fieldsBeforeTitle(v *sentenceView, j int) int {
	if _, t, _ := matchTitle(v.ws, j); t > 0 {
		return 0 // "Norway's foreign minister", "the prime minister": the title itself
	}
	for n := 1; n <= 3 && j+n < len(v.ws); n++ {
		w := v.ws[j+n-1]
		if !fieldWord(w) || w.Lower == "and" && n == 1 || subBodyFields[w.Lower] || v.at[j+n-1] >= 0 {
			return 0
		}
		if _, t, _ := matchTitle(v.ws, j+n); t > 0 {
			return n
		}
	}
	return 0
}

// titleComplement returns the body a title's complement at word j names ("of Y", "at
// Y", "with Y" for a body alone, "an MP from Y", "head of Kenya's Velka Force"); false when the title is of a body unnamed here ("a
// member of Y's advisory board", "chief executive of US firm X"). An envoy's "to" or
// "for" names where the envoy is sent, not the body they serve, and so does "in", where
// the envoy serves: "X, the Canadian special envoy for Peru" and "the US ambassador in
// Y" are not Peru's or Y's.
func titleComplement(v *sentenceView, fs *factSet, p *entity, j int, text string) ([]*entity, bool) {
	envoyTarget := j < len(v.ws) && (v.ws[j].Lower == "to" || v.ws[j].Lower == "for" || v.ws[j].Lower == "in") && envoyTitles[strings.ToLower(lastWord(text))]
	if envoyTarget || j >= len(v.ws) || !(v.ws[j].Lower == "of" || v.ws[j].Lower == "to" || v.ws[j].Lower == "for" || v.ws[j].Lower == "at" || v.ws[j].Lower == "in" || v.ws[j].Lower == "with" || v.ws[j].Lower == "from") {
		return nil, true
	}
	if v.ws[j].Lower == "with" {
		// "X, an analyst with the Y Bank": the body X works for; with a country or a
		// person, "with" is company ("a minister with Kenya's delegation" is read elsewhere).
		if b := v.mentionStarting(j + 1); b < 0 || v.ms[b].Class != schema.Organization || v.ms[b].Kind != mName || v.ms[b].End < len(v.ws) && !apposEnds[v.ws[v.ms[b].End].Lower] {
			return nil, true
		}
	}
	b := v.mentionStarting(j + 1)
	if b < 0 {
		b = v.describedBody(j + 1)
	}
	if b < 0 {
		return nil, true
	}
	c := b
	if b = countryBeforeNoun(v, b); b < 0 {
		return nil, false
	}
	if b != c && partyNounAfter(v, c) {
		fs.add(p, schema.Nationality, v.ent(c), v.n) // "leader of the Irish party X": an Irishman
	}
	if (v.ws[j+1].Lower == "a" || v.ws[j+1].Lower == "an") && v.ms[b].Class == schema.Country {
		return nil, false // "president of a Kenyan trade mission": one of its bodies, no state
	}
	if v.ms[b].Kind == mDemonym {
		if h := v.at[v.ms[b].End]; v.ms[b].End < len(v.ws) && h >= 0 && v.ms[h].Class == schema.Organization && v.ms[h].ent != nil {
			fs.add(p, schema.Nationality, v.ent(b), v.n) // "in the Iranian Army of ..."
			b = h
		}
	}
	if b+1 < len(v.ms) && v.ms[b+1].Start == v.ms[b].End && v.ms[b].Class == schema.Organization && v.ms[b+1].Class == schema.Organization && v.ms[b+1].ent != nil {
		b++ // "the head of the IRGC Quds Force": the last name is the head
	}
	if e := v.ms[b].End; e+1 < len(v.ws) && v.ws[e].Key == "s" && !v.ws[e].Hyph {
		if b2 := v.mentionStarting(e+1, "elite"); b2 >= 0 {
			b = b2 // "head of Kenya's Velka Force"
			if v.ms[b].Kind == mDemonym && (v.ms[b].End >= len(v.ws) || v.at[v.ms[b].End] < 0) {
				return nil, false // "managing director of X's Kenyan unit": a part of X, in Kenya
			}
		}
	}
	if e := v.ms[b].End; e+1 < len(v.ws) && v.ws[e].Key == "s" && !v.ws[e].Hyph && v.at[e+1] < 0 {
		// "a member of Y's advisory board": a body of Y's that has no name here.
		if v.ws[e+1].Cap && v.ms[b].Class == schema.Country {
			fs.add(p, schema.Nationality, v.ent(b), v.n) // a name the reader did not know
		}
		return nil, false
	}
	return []*entity{v.ent(b)}, true
}

// describedBody returns the organisation mention that a description introduces at word i:
// an article, up to three lower-case words (the first may be a capitalised adjective) and
// a noun that puts a body's name after it, with or without its own article ("the rights
// group Redress", "the charity Mencap", "Jewish human rights group the Y"), or -1.
func (v *sentenceView) describedBody(i int) int {
	if i < len(v.ws) && (v.ws[i].Lower == "the" || v.ws[i].Lower == "a") {
		i++
	}
	first := i
	for n := 0; n < 4 && i+1 < len(v.ws); n, i = n+1, i+1 {
		w := v.ws[i]
		if v.at[i] >= 0 || w.Punct || w.Cap && (i > first || v.ws[i+1].Cap) {
			return -1 // one capitalised adjective may open it: "Jewish human rights group the Y"
		}
		at := i + 1
		if at+1 < len(v.ws) && v.ws[at].Lower == "the" {
			at++ // "founder of human rights group the Velka Center": the name keeps its article
		}
		if k := v.at[at]; (groupCues[w.Lower] || w.in(hotMediaCues) || bodyHeadNouns[w.Lower]) && k >= 0 && v.ms[k].Start == at && v.ms[k].Class == schema.Organization {
			return k
		}
	}
	return -1
}

// titleOf reports whether a title that may also modify one ("chief", "senior") stands at
// ws[j] with its complement: "X, chief of Y" is Y's chief.
func titleOf(ws []word, j int) bool {
	_, n, _ := matchTitle(ws, j)
	if n == 0 || j+n >= len(ws) {
		return false
	}
	switch ws[j+n].Lower {
	case "of", "for", "at":
		return true
	}
	return false
}

// countryBeforeNoun returns mention b, or, when b is a country or demonym before a
// lower-case noun ("US firm X", "the Iranian company"), the name that noun introduces
// right after it, or -1 when it introduces none: the country only qualifies the noun.
func countryBeforeNoun(v *sentenceView, b int) int {
	m := v.ms[b]
	if m.Class != schema.Country || m.Kind == mDemonym && m.End < len(v.ws) && v.at[m.End] >= 0 || m.End >= len(v.ws) {
		return b
	}
	w, e := v.ws[m.End], m.End
	if plainWord(w) && !groupNounsAfterCountry[w.Lower] && e+1 < len(v.ws) && plainWord(v.ws[e+1]) && groupNounsAfterCountry[v.ws[e+1].Lower] {
		w, e = v.ws[e+1], e+1 // "the Swedish opposition party X", "the US software firm Y"
	}
	if w.Punct || w.Cap || w.Hyph || w.Key == "s" || !groupNounsAfterCountry[w.Lower] {
		return b
	}
	if k := v.at[min(e+1, len(v.ws)-1)]; k >= 0 && v.ms[k].Class == schema.Organization {
		return k
	}
	return -1
}

// plainWord reports whether w is a lower-case word of letters that no mention covers.
func plainWord(w word) bool {
	return !w.Punct && !w.Cap && !w.Hyph && w.Key != "s" && allAlpha([]word{w})
}

// partyNounAfter reports whether the country or demonym mention b qualifies a party
// ("the Irish party X", "the Swedish opposition party Y"): its members are its nationals,
// as a firm's staff need not be.
func partyNounAfter(v *sentenceView, b int) bool {
	for e := v.ms[b].End; e < len(v.ws) && e <= v.ms[b].End+1; e++ {
		if w := v.ws[e].Lower; w == "party" || w == "parties" {
			return true
		}
	}
	return false
}

// groupNounsAfterCountry are the nouns a country or demonym qualifies ("US firm").
var groupNounsAfterCountry = wordSet("groupNounsAfterCountry")

// envoyTitles are sent to a country or body that is not their own.
var envoyTitles = wordSet("envoyTitles")

// indefinite reports whether the noun phrase at word i opens with "a", "an" or "one of".
func indefinite(v *sentenceView, i int) bool {
	return i < len(v.ws) && (v.ws[i].Lower == "a" || v.ws[i].Lower == "an" || v.ws[i].Lower == "one")
}

// partWords introduce a structural part: "X, an offshoot of Y".
var partWords = wordSet("partWords")

func orgApposition(v *sentenceView, fs *factSet, o *entity, i int) {
	j := i
	for j < len(v.ws) && j < i+6 && !v.ws[j].Punct && v.at[j] < 0 {
		if partWords[v.ws[j].Lower] && j+1 < len(v.ws) && v.ws[j+1].Lower == "of" {
			if b := v.partOwner(j + 2); b >= 0 && !(j > 0 && v.ws[j-1].Lower == "former") {
				fs.add(o, schema.PartOf, v.ent(b), v.n)
			}
			return
		}
		j++
	}
	if i < len(v.ws) && (v.ws[i].Lower == "which" || v.ws[i].Lower == "who" || v.ws[i].Lower == "whose") {
		verbFrom(v, fs, []*entity{o}, i+1, i)
	}
	if i+1 < len(v.ws) && participleOpeners[v.ws[i].Lower] {
		verbFrom(v, fs, []*entity{o}, i+1, i) // "X, known as being sympathetic to Y"
	}
}

// describedPartFacts reads "the company, a unit of Y" in sentence n of views: the body
// the document named just before (coref.go's nearestBody) is part of Y.
func describedPartFacts(views []*sentenceView, n int, fs *factSet) {
	v := views[n]
	for i := 0; i+3 < len(v.ws); i++ {
		if v.ws[i].Lower != "the" || !partAntecedentNouns[v.ws[i+1].Lower] || v.ws[i+2].Text != "," || v.at[i+1] >= 0 {
			continue
		}
		if e := nearestBody(views, n, i, v.ws[i+1].Lower); e != nil {
			orgApposition(v, fs, e, i+3)
		}
	}
}

// partAntecedentNouns: see data/words.txt.
var partAntecedentNouns = wordSet("partAntecedentNouns")

// partOwner returns the mention of the body a part word's "of" names from word i, or -1:
// a country or demonym that modifies a description is not it ("a unit of Russian oil
// group Lukoil", "a subsidiary of the UK food group Hartwell": Lukoil, Hartwell).
func (v *sentenceView) partOwner(i int) int {
	b := v.mentionStarting(i)
	if b < 0 || v.ms[b].Kind != mDemonym && (v.ent(b) == nil || v.ent(b).Class != schema.Country) {
		return b
	}
	for j := v.ms[b].End; j < len(v.ws) && j < v.ms[b].End+4 && !v.ws[j].Punct; j++ {
		if k := v.at[j]; k >= 0 {
			if e := v.ent(k); e != nil && e.Class == schema.Organization {
				return k
			}
			return -1
		}
	}
	if e := v.ms[b].End; e < len(v.ws) && !v.ws[e].Punct && v.ws[e].Lower != "and" {
		return -1 // "a unit of Russian gas monopoly X" with X unread: no telling
	}
	return b
}

// participleOpeners begin an appositive participle phrase whose subject is the name before
// it: "X, known as being sympathetic to Y", "X, long seen as allied with Y".
var participleOpeners = wordSet("participleOpeners")

// namedAfterDemonym returns the name a demonym and a group noun introduce ("Lebanese group
// Hezbollah", "the Syrian militia X"), else k.
func namedAfterDemonym(v *sentenceView, k int) int {
	m := v.ms[k]
	if m.Kind != mDemonym {
		return k
	}
	j := m.End
	for j < len(v.ws) && j < m.End+2 && v.at[j] < 0 && groupNouns2[v.ws[j].Lower] {
		j++
	}
	if j > m.End && j < len(v.ws) && v.at[j] >= 0 && v.ms[v.at[j]].Kind == mName && v.ms[v.at[j]].Class == schema.Organization {
		return v.at[j]
	}
	return k
}

// groupNouns2 are the common nouns that may introduce an organisation's name.
var groupNouns2 = wordSet("groupNouns2")

// bodyFacts reads structure: state bodies named with a demonym or possessive ("the Syrian
// army", "Iran's Revolutionary Guards") are part of their country; a name that begins with
// another organisation's name is part of it ("UN Security Council"); compound adjectives
// ("Iranian-backed militias", "a Russian-Iranian alliance").
func bodyFacts(v *sentenceView, fs *factSet) {
	for k, m := range v.ms {
		if m.ent == nil {
			continue
		}
		stateBodyFacts(v, fs, k)
		if m.Class == schema.Organization && m.Kind == mName {
			prefixPart(v, fs, m)
			suffixPart(v, fs, m)
		}
		hyphenFacts(v, fs, k)
		// "state-owned Iranian news agency Y": a state body.
		if m.Class == schema.Organization && m.Kind == mName {
			if c := stateOwner(v, m.Start); c != nil {
				fs.add(m.ent, schema.PartOf, c, v.n)
			} else if c := stateOwnerAfter(v, m.End); c != nil && !ofNamedBody(v, m.Start) {
				fs.add(m.ent, schema.PartOf, c, v.n)
			}
		}
		jointFacts(v, fs, k)
	}
}

// stateBodyFacts reads the state bodies of mention k: a body named with a demonym or
// possessive is part of its country ("the Syrian army", "Iran's Revolutionary Guards",
// "the Syrian National Defense Forces"), and so is "the Parliament of Iraq".
func stateBodyFacts(v *sentenceView, fs *factSet, k int) {
	m, e := v.ms[k], v.ms[k].ent
	if m.Class == schema.Organization && m.Country != "" && stateBody(m.Text) && !nonState(e.Name) {
		if c := countryEntity(v, m.Country); c != nil {
			fs.add(e, schema.PartOf, c, v.n)
		}
	}
	if m.Class == schema.Country && m.End+1 < len(v.ws) && v.ws[m.End].Key == "s" && !v.ws[m.End].Hyph {
		if b := possessedBody(v, m.End+1); b >= 0 && v.ms[b].Class == schema.Organization && (stateBody(v.ms[b].Text) || armedName(v.ms[b].ent)) {
			fs.add(v.ent(b), schema.PartOf, e, v.n)
		}
	}
	// A demonym before a known state body ("Iranian Revolutionary Guards" is matched whole
	// by the lexicon; "the Syrian National Defense Forces").
	if m.Kind == mDemonym && m.End < len(v.ws) && v.at[m.End] >= 0 && !v.ws[m.End].Hyph {
		b := v.at[m.End]
		if v.ms[b].Class == schema.Organization && stateBody(v.ms[b].Text) && !nonState(v.ms[b].Text) {
			fs.add(v.ent(b), schema.PartOf, e, v.n)
		}
	}
	if m.Class != schema.Organization || !stateBody(m.Text) || nonState(m.Text) {
		return // not "the Muslim Council of Kalvania"
	}
	// "the Parliament of Iraq", "the Foreign Ministry of Iraq"
	for i := m.Start; i+1 < m.End || i+1 < len(v.ws) && i+1 == m.End; i++ {
		if v.ws[i].Lower != "of" {
			continue
		}
		if ce, ok := lex().lookup(v.ws[i+1].Key); ok && ce.Kind == kindCountry {
			if c := countryEntity(v, ce.Name); c != nil {
				fs.add(e, schema.PartOf, c, v.n)
			}
		}
	}
}

// hyphenFacts reads the compounds glued to mention k by a hyphen: "X-backed Y", "Y, an
// X-backed militia", "Y, a X-designated terrorist organisation", "the X-linked Y",
// "IRGC-Quds Force" (the second body is part of the first).
func hyphenFacts(v *sentenceView, fs *factSet, k int) {
	m, e := v.ms[k], v.ms[k].ent
	if m.End+1 < len(v.ws) && v.ws[m.End].Hyph && (backedWords[v.ws[m.End].Lower] || designatedWords[v.ws[m.End].Lower]) {
		var objs []*entity
		if a := appositionHead(v, m.Start); a != nil {
			objs = []*entity{a}
		} else if y := v.mentionStarting(m.End+1, "foreign", "shia", "shiite", "sunni", "local", "armed"); y >= 0 {
			objs = objectsFrom(v, namedAfterDemonym(v, y))
		}
		for _, o := range objs {
			if v.ws[m.End].Lower == "listed" && e.Class != schema.Organization {
				continue // "the Singapore-listed arm of X": shares on a place's exchange; "a UN-listed group" is a sanction
			}
			if designatedWords[v.ws[m.End].Lower] {
				fs.add(o, schema.SanctionedBy, e, v.n)
			} else {
				fs.add(e, schema.Supports, o, v.n)
			}
		}
	}
	if m.Class == schema.Organization && m.End+1 < len(v.ws) && linkedWords[v.ws[m.End].Lower] {
		if y := v.mentionStarting(m.End + 1); y >= 0 && v.ms[y].Class == schema.Organization && y != k {
			fs.add(v.ent(y), schema.PartOf, e, v.n)
		}
	}
	if m.Class == schema.Organization && k+1 < len(v.ms) && v.ms[k+1].Start == m.End && m.End < len(v.ws) && v.ws[m.End].Hyph && v.ms[k+1].Class == schema.Organization && v.ms[k+1].End-v.ms[k+1].Start >= 2 {
		fs.add(v.ent(k+1), schema.PartOf, e, v.n) // "IRGC-Quds Force": a unit's name; "PKK-YPG" pairs two bodies
	}
}

// jointFacts reads "Russian-Iranian alliance", "joint Russian-Syrian steps": the names
// glued by hyphens from mention k are allies when the context is a joint action.
func jointFacts(v *sentenceView, fs *factSet, k int) {
	m := v.ms[k]
	if k+1 >= len(v.ms) || v.ms[k+1].Start != m.End || m.End >= len(v.ws) || !v.ws[m.End].Hyph {
		return
	}
	group := []int{k}
	x := k + 1
	for x < len(v.ms) && v.ms[x].Start == v.ms[x-1].End && v.ws[v.ms[x].Start].Hyph {
		group = append(group, x)
		x++
	}
	if k > 0 && v.ms[k-1].End == m.Start && m.Start < len(v.ws) && v.ws[m.Start].Hyph {
		return // inside a group already read
	}
	end := v.ms[group[len(group)-1]].End
	if warContext(v, end) || !jointContext(v, m.Start, end) {
		return // a war is read by dashWarFacts
	}
	for a := 0; a < len(group); a++ {
		for b := a + 1; b < len(group); b++ {
			fs.add(v.ent(group[a]), schema.AlliedWith, v.ent(group[b]), v.n)
		}
	}
}

var designatedWords = wordSet("designatedWords")

// appositionHead returns the entity an appositive beginning at word i describes:
// "Y, an X-backed militia" or "Y (ACR), a ...".
func appositionHead(v *sentenceView, i int) *entity {
	j := i - 1
	if j >= 0 && (v.ws[j].Lower == "a" || v.ws[j].Lower == "an" || v.ws[j].Lower == "the") {
		j--
	}
	if j < 0 || v.ws[j].Text != "," {
		return nil
	}
	j--
	if j >= 0 && v.ws[j].Text == ")" {
		for j >= 0 && v.ws[j].Text != "(" {
			j--
		}
		j--
	}
	if j >= 0 && v.at[j] >= 0 {
		return v.ent(v.at[j])
	}
	return nil
}

var backedWords = wordSet("backedWords")

// dashWarFacts reads wars named by their sides: "the Iran-Iraq War", "the Iran–Iraq war"
// (each side fought the other).
func dashWarFacts(v *sentenceView, fs *factSet) {
	for k := 0; k+1 < len(v.ms); k++ {
		a, b := v.ms[k], v.ms[k+1]
		if a.ent == nil || b.ent == nil || b.Start >= len(v.ws) {
			continue
		}
		glued := b.Start == a.End && v.ws[b.Start].Hyph
		dashed := b.Start == a.End+1 && v.ws[a.End].Text == "-"
		if !glued && !dashed || !warContext(v, b.End) || v.blocked(a.Start-4, b.End+6) {
			continue
		}
		if k+2 < len(v.ms) && v.ms[k+2].Start <= b.End+1 {
			continue // a longer chain: leave it
		}
		fs.add(a.ent, schema.Fights, b.ent, v.n)
		fs.add(b.ent, schema.Fights, a.ent, v.n)
	}
}

// warContext reports whether a hyphenated group of actors ending at word end names a war
// between them ("the Iran-Iraq War", "the India-Pakistan border conflict").
func warContext(v *sentenceView, end int) bool {
	for j := end; j < len(v.ws) && j < end+2; j++ {
		if commerceWords[v.ws[j].Lower] {
			return false // "the US-Japanese trade conflict", "a US-EC trade war": no arms
		}
		switch v.ws[j].Lower {
		case "war", "wars", "conflict", "conflicts", "hostilities", "clashes", "fighting":
			return true
		}
		if v.ws[j].Punct {
			break
		}
	}
	return false
}

// jointContext reports whether a hyphenated group of actors ("Iranian-Russian") names a
// joint undertaking: an alliance, cooperation, a joint effort, an agreement.
func jointContext(v *sentenceView, start, end int) bool {
	joint := start > 0 && (v.ws[start-1].Lower == "joint" || v.ws[start-1].Lower == "new" && start > 1 && v.ws[start-2].Lower == "joint")
	for j := end; joint && j < len(v.ws) && j < end+4 && !v.ws[j].Punct; j++ {
		if commerceWords[v.ws[j].Lower] {
			return false // "joint Soviet-Italian industrial ventures": companies' business
		}
	}
	if joint {
		return true
	}
	for j := end; j < len(v.ws) && j < end+4; j++ {
		if commerceWords[v.ws[j].Lower] || truceAt(v, j) {
			return false // "the US-Japan semiconductor agreement", "the X-Y peace treaty": no allies
		}
		if agreementNouns[v.ws[j].Lower] {
			return v.aboutSecurity() // "the China-US textile agreement": trade, no allies
		}
		if jointNouns[strings.TrimSuffix(v.ws[j].Lower, "s")] {
			return true
		}
		if v.ws[j].Punct {
			break
		}
	}
	return false
}

// aboutSecurity reports whether sentence v speaks of arms or security in a word of its
// own, not of a name (words.txt securityWords): an agreement there makes allies.
func (v *sentenceView) aboutSecurity() bool {
	for _, w := range v.ws {
		if !w.Cap && securityWords[w.Lower] {
			return true
		}
	}
	return false
}

// agreementNouns are the words of words.txt agreementNouns.
var agreementNouns = wordSet("agreementNouns")

// jointNouns are the words of words.txt jointNouns.
var jointNouns = wordSet("jointNouns")

// nonState reports whether an organisation's name marks it as a movement against or
// outside a state, whatever demonym it bears ("Syrian Democratic Forces", "Free Syrian
// Army"), or as an association of a faith, trade or profession ("the Muslim Council of
// Kalvania", "the Kenyan Council of Life Insurers"): data/words.txt nonStateWords.
func nonState(name string) bool {
	for _, k := range strings.Fields(schema.NameKey(name)) {
		if nonStateWords[k] {
			return true
		}
	}
	return false
}

// nonStateWords: see data/words.txt.
var nonStateWords = wordSet("nonStateWords")

// stateBody reports whether an organisation's name is that of a state body.
func stateBody(name string) bool {
	ks := strings.Fields(schema.NameKey(name))
	for n := len(ks); n >= 1; n-- {
		for s := 0; s+n <= len(ks); s++ {
			if stateBodies[strings.Join(ks[s:s+n], " ")] {
				return true
			}
		}
	}
	for _, k := range ks {
		if stateBodyWords[k] {
			return true
		}
	}
	return false
}

// countryEntity returns the entity of a country named in the sentence or the document.
func countryEntity(v *sentenceView, name string) *entity {
	for _, m := range v.ms {
		if m.ent != nil && m.ent.Class == schema.Country && m.Canon == name {
			return m.ent
		}
	}
	return v.countries[name]
}

// prefixPart reads "UN Security Council" (part of the UN), "IRGC-Quds Force", "US Department
// of State": a name that begins with another body's or a country's name.
func prefixPart(v *sentenceView, fs *factSet, m mention) {
	if m.End-m.Start < 2 {
		return
	}
	l := lex()
	key := ""
	for i := m.Start; i < m.End-1; i++ {
		if i > m.Start {
			key += " "
		}
		key += v.ws[i].Key
		e, ok := l.lookup(key)
		if !ok {
			continue
		}
		if e.Kind == kindActor && e.Class == schema.Organization && e.Name != m.ent.Name {
			if o := v.named(e.Name, schema.Organization); o != nil {
				fs.add(m.ent, schema.PartOf, o, v.n)
			}
		}
		if (e.Kind == kindCountry || e.Kind == kindDemonym) && stateBody(m.Text) && !nonState(m.Text) {
			if c := countryEntity(v, e.Name); c != nil {
				fs.add(m.ent, schema.PartOf, c, v.n)
			}
		}
	}
}

// suffixPart reads a state body whose name ends in "of" and its country ("Congress of the
// Philippines", "Supreme Court of Kenya"): the body is part of that country, as "Kenya's
// Supreme Court" is. A body that is no state's ("University of X", "Party of X") is left.
func suffixPart(v *sentenceView, fs *factSet, m mention) {
	of := -1
	for i := m.Start + 1; i < m.End-1; i++ {
		if v.ws[i].Lower == "of" {
			of = i
		}
	}
	if of < 0 || !stateBody(joinName(v.ws[m.Start:of])) || nonState(m.Text) {
		return
	}
	from := of + 1
	if v.ws[from].Lower == "the" {
		from++
	}
	if e, ok := lex().lookup(schema.NameKey(joinName(v.ws[from:m.End]))); ok && e.Kind == kindCountry {
		if c := countryEntity(v, e.Name); c != nil && c != m.ent {
			fs.add(m.ent, schema.PartOf, c, v.n)
		}
	}
}

// clauseAfterPlace reports whether the name c after "P," (P starting at word p) goes on
// with a word that makes it the subject of the main clause, not P's container: "At talks
// in Paris, Japan promised", where a fronted phrase opens the sentence and no comma
// precedes P. A container is followed by punctuation, a preposition, a conjunction, a
// time word or a unit noun ("Aleppo, Syria, on Monday", "in Kisumu, Kenya last week";
// data/words.txt placeTails); "the ministry in Munich, Germany confirmed" keeps its own
// subject before P.
func clauseAfterPlace(v *sentenceView, p, c int) bool {
	j := v.ms[c].End
	if j >= len(v.ws) || v.ws[j].Punct || v.ws[j].Cap || !v.ws[0].in(hotPrepositions) {
		return false
	}
	for k := 0; k < p; k++ {
		if v.ws[k].Punct {
			return false
		}
	}
	w := v.ws[j].Lower
	return !prepositions[w] && !placeTails[w] && !unitAfter(v, c) // "Mosul, Nineveh province"
}

// placeTails may follow a place's container: see data/words.txt.
var placeTails = wordSet("placeTails")

// named returns the document entity with a canonical name and class.
func (v *sentenceView) named(name string, c schema.Class) *entity {
	if e := v.byName[classKey(c, schema.NameKey(name))]; e != nil {
		return e
	}
	return nil
}

// placeFacts reads "Aleppo, Syria", "Hama, Syria's fourth-largest city" and "X in Moscow".
func placeFacts(v *sentenceView, fs *factSet) {
	for k, m := range v.ms {
		if m.ent == nil || m.Class != schema.Place {
			continue
		}
		i := m.End
		if c := regionOf(v, m); c != nil {
			fs.add(m.ent, schema.LocatedIn, c, v.n) // "Northern Syria"
		}
		if c := inAt(v, m.Start); c >= 0 && c != k {
			fs.add(m.ent, schema.LocatedIn, v.ent(c), v.n) // "in Y, at the X"
		}
		if c := possessorOfPlace(v, m); c >= 0 && c != k && v.ent(c) != m.ent && !waterHeads[strings.ToLower(lastWord(m.Text))] {
			fs.add(m.ent, schema.LocatedIn, v.ent(c), v.n) // "Pakistan's Sindh province" (titlenominal.go)
		}
		if c := placeIntroducedBy(v, m.Start); c >= 0 && c != k && v.ent(c) != m.ent {
			fs.add(m.ent, schema.LocatedIn, v.ent(c), v.n) // "Peru's capital Lima", "the Chilean city of Arica"
		}
		if c := unitOfPlace(v, m); c >= 0 && c != k && v.ent(c) != m.ent {
			fs.add(m.ent, schema.LocatedIn, v.ent(c), v.n) // "the Afrin district of Syria" (placephrase.go)
		}
		if c := whereClauseCountry(v, m); c >= 0 && c != k && v.ent(c) != m.ent {
			fs.add(m.ent, schema.LocatedIn, v.ent(c), v.n) // "Kenya, where she visited Kisumu"
		}
		if c := introducedBeforeComma(v, m.Start); c >= 0 && c != k && v.ent(c) != m.ent {
			fs.add(m.ent, schema.LocatedIn, v.ent(c), v.n) // "Syria's second city, Aleppo"
		}
		if c := describedPlaceOf(v, i); c >= 0 && c != k && v.ent(c) != m.ent {
			fs.add(m.ent, schema.LocatedIn, v.ent(c), v.n) // "Aleppo, the country's second city"
			continue
		}
		if c := placeAppositive(v, i); c >= 0 && c != k {
			fs.add(m.ent, schema.LocatedIn, v.ent(c), v.n)
			continue
		}
		if c := measuredInside(v, i); c >= 0 && c != k {
			fs.add(m.ent, schema.LocatedIn, v.ent(c), v.n) // "the town of X some 65 km inside Y"
			continue
		}
		if c := measuredFrom(v, i); c >= 0 && c != k {
			fs.add(m.ent, schema.LocatedIn, v.ent(c), v.n) // "X, some 40 km north of W, in Y"
			continue
		}
		if i+2 < len(v.ws) && !v.ws[i].Cap && (v.ws[i].in(hotPlaceNounCues) || siteHeadNouns[v.ws[i].Lower] && m.Start > 0 && possessiveDeterminers[v.ws[m.Start-1].Lower]) && v.ws[i+1].Lower == "in" {
			i++ // "Pemba island in southern Tanzania", "Kigoma province in the west", "his Tarsa headquarters in southern Kenya"
		}
		if i+1 < len(v.ws) && v.ws[i].Lower == "in" {
			if c := unitOfNamed(v, i+1); c >= 0 && c != k && v.ent(c) != m.ent {
				fs.add(m.ent, schema.LocatedIn, v.ent(c), v.n) // "X in the northern island of Y"
				continue
			}
		}
		if i+1 < len(v.ws) && (v.ws[i].Text == "," && !sequenceAdverbs[v.ws[i+1].Lower] || v.ws[i].Lower == "in") {
			if c := v.mentionStarting(i+1, placeDirections...); c >= 0 && c != k && (v.ms[c].Class == schema.Country || v.ms[c].Class == schema.Place && (v.ws[i].Text == "," || unitAfter(v, c))) {
				if v.ms[c].Kind != mDemonym && !(v.ws[i].Text == "," && (placeListItem(v, i+1, c) || siblingRegions(v, m, c) || noContainer(v, c) || clauseAfterPlace(v, m.Start, c))) {
					fs.add(m.ent, schema.LocatedIn, v.ent(c), v.n)
				}
			}
		}
	}
}

// unitOfNamed returns the place or country that a place noun and "of" at word i name
// ("the northern island of Y", "the province of Y"), or -1: an article and directions may
// come first, and the noun must be written in lower case.
func unitOfNamed(v *sentenceView, i int) int {
	if i < len(v.ws) && v.ws[i].Lower == "the" {
		i++
	}
	for i < len(v.ws) && v.at[i] < 0 && contains(placeDirections, v.ws[i].Lower) {
		i++
	}
	if i+2 >= len(v.ws) || v.at[i] >= 0 || v.ws[i].Cap || !v.ws[i].in(hotPlaceNounCues) || v.ws[i+1].Lower != "of" {
		return -1
	}
	c := v.at[i+2]
	if c < 0 || v.ms[c].Start != i+2 || v.ms[c].Kind == mDemonym || v.ms[c].Class != schema.Place && v.ms[c].Class != schema.Country {
		return -1
	}
	return c
}

// measuredInside returns the country a distance "inside" after word i puts the place
// before it in ("X, some 65 km inside Y", "X about 40 miles inside Y"), or -1.
func measuredInside(v *sentenceView, i int) int {
	if i < len(v.ws) && v.ws[i].Text == "," {
		i++
	}
	if i < len(v.ws) && approxWords[v.ws[i].Lower] {
		i++
	}
	if i+2 >= len(v.ws) || !isNumber(v.ws[i].Text) || !distanceUnits[v.ws[i+1].Lower] || v.ws[i+2].Lower != "inside" {
		return -1
	}
	if c := v.mentionStarting(i + 3); c >= 0 && v.ms[c].Class == schema.Country && v.ms[c].Kind != mDemonym {
		return c
	}
	return -1
}

// measuredFrom returns the country or place that a distance from another place, set off by
// commas after word i, is followed by: "X, some 40 km north of W, in Y" puts X in Y (and
// says nothing of W and X); -1 for none.
func measuredFrom(v *sentenceView, i int) int {
	j := distanceAt(v.ws, i)
	if j < 0 {
		return -1
	}
	for j < len(v.ws) && (v.ws[j].in(hotCompass) || v.ws[j].Hyph) {
		j++ // "north", "north-west"
	}
	if j >= len(v.ws) || v.ws[j].Lower != "of" && v.ws[j].Lower != "from" {
		return -1
	}
	w := v.mentionStarting(j + 1)
	if w < 0 || v.ms[w].Class != schema.Place {
		return -1
	}
	e := v.ms[w].End
	if e+2 >= len(v.ws) || v.ws[e].Text != "," || v.ws[e+1].Lower != "in" {
		return -1
	}
	if c := v.mentionStarting(e + 2); c >= 0 && v.ms[c].Kind != mDemonym && (v.ms[c].Class == schema.Country || v.ms[c].Class == schema.Place) {
		return c
	}
	return -1
}

// distanceAt returns the word after a distance that a comma at word i opens (", some 40
// km", ", 12 miles"), or -1.
func distanceAt(ws []word, i int) int {
	if i >= len(ws) || ws[i].Text != "," {
		return -1
	}
	i++
	if i < len(ws) && approxWords[ws[i].Lower] {
		i++
	}
	if i+1 >= len(ws) || !isNumber(ws[i].Text) || !distanceUnits[ws[i+1].Lower] {
		return -1
	}
	return i + 2
}

// approxWords and distanceUnits make a distance: "some 65 km" (data/words.txt).
var approxWords = wordSet("approxWords")
var distanceUnits = wordSet("distanceUnits")

// siblingRegions reports whether "X, Y" names two divisions of one level ("Iowa,
// Wisconsin"), a list, not a place and its region; or Y begins a longer name ("X, Montana
// Native Vote").
func siblingRegions(v *sentenceView, m mention, c int) bool {
	if e := v.ms[c].End; v.ms[c].Class == schema.Place && e < len(v.ws) && v.ws[e].Cap && !v.ws[e].Punct && v.at[e] < 0 {
		return true
	}
	return m.ent != nil && v.ms[c].ent != nil && lex().regions[m.ent.Name] && lex().regions[v.ms[c].ent.Name]
}

// noContainer reports whether place mention c after "X," cannot be where X lies: a
// building or other facility ("Leeds, Southmead Hospital": the hospital is in Leeds), or
// a place that is the possessor of what follows ("Leeds, St James's University Hospital"),
// or the name of a facility named before X ("a clinic in Lyon, Saint-Luc").
func noContainer(v *sentenceView, c int) bool {
	e := v.ms[c].End
	if e < len(v.ws) && (v.ws[e].Text == "'s" || v.ws[e].Text == "'") && v.ms[c].Class == schema.Place {
		return true // a country's possessive still places X: "In Dar, Tanzania's minister"
	}
	if v.ms[c].ent != nil && facilityHeads[lastKey(v.ms[c].ent.Name)] {
		return true
	}
	// "taken to a clinic in Lyon, Saint-Luc": the name after the comma is the clinic's.
	x := v.at[v.ms[c].Start-2] // the place before the comma
	if x < 0 {
		return false
	}
	j := v.ms[x].Start - 1
	if j < 1 || v.ws[j].Lower != "in" || v.ws[j-1].Cap || v.at[j-1] >= 0 || !facilityHeads[v.ws[j-1].Lower] {
		return false
	}
	// A name no lexicon knows: "a facility in Phoenix, Arizona" still places Phoenix.
	_, known := lex().lookup(schema.NameKey(v.ms[c].Text))
	return !known && v.ms[c].Class == schema.Place && !unitAfter(v, c)
}

// facilityHeads end the names of buildings and other facilities, which lie in a place
// and contain none.
var facilityHeads = wordSet("facilityHeads")

// compassPoints are the eight points of the compass.
var compassPoints = wordSet("compassPoints")

// regionOf returns the country a region's name is made of: "Northern Syria",
// "north-eastern Syria"; nil if none.
func regionOf(v *sentenceView, m mention) *entity {
	name := strings.Fields(schema.NameKey(m.ent.Name))
	if len(name) < 2 || !directions[name[0]] && !contains(placeDirections, name[0]) &&
		!compassPoints[name[0]] {
		return nil
	}
	if notRegions[strings.Join(name, " ")] {
		return nil
	}
	if _, ok := lex().lookup(strings.Join(name, " ")); ok {
		return nil // a name of its own ("Western Sahara"), not a part of the country it names
	}
	e, ok := lex().lookup(strings.Join(name[1:], " "))
	if !ok || e.Kind != kindCountry {
		return nil
	}
	return countryEntity(v, e.Name)
}

// notRegions are names built like a region of a country that are not one.
var notRegions = phraseSet("notRegions")

// inAt returns the place that "in Y, at X" or "in Y at the X" puts the place starting at
// word i in; -1 if none.
func inAt(v *sentenceView, i int) int {
	j := i - 1
	if j >= 0 && v.ws[j].Lower == "the" {
		j--
	}
	if j < 2 || v.ws[j].Lower != "at" || v.at[j] >= 0 {
		return -1
	}
	j--
	if v.ws[j].Text == "," {
		j--
	}
	if j < 1 || v.at[j] < 0 {
		return -1
	}
	c := v.at[j]
	m := v.ms[c]
	if m.End != j+1 || m.Kind == mDemonym || m.Class != schema.Place && m.Class != schema.Country || m.Start == 0 {
		return -1
	}
	if s := m.Start - 1; v.ws[s].Lower != "in" && !(s > 0 && v.ws[s].Lower == "the" && v.ws[s-1].Lower == "in") {
		return -1
	}
	return c
}

// placeListItem reports whether mention c after a comma at word i-1 is the next item of
// a list ("Lima, Quito and Bogota", "the X, the Y") rather than where the place lies.
func placeListItem(v *sentenceView, i, c int) bool {
	if v.ws[i].Lower == "the" {
		return true
	}
	// "Lima, Quito and Bogota" is a list; "Montreal, Quebec, Canada" a chain of places.
	for n := 0; n < 40; n++ {
		e := v.ms[c].End
		serial := e+1 < len(v.ws) && v.ws[e].Text == "," && (v.ws[e+1].Lower == "and" || v.ws[e+1].Lower == "or")
		if serial {
			e++
		}
		if e+1 < len(v.ws) && (v.ws[e].Lower == "and" || v.ws[e].Lower == "or") {
			// "A, B, C, and others"; "in A, B, and is to ...": a clause after two places;
			// "at Z, A, B and C": A is an item already; "at A, B, and a zone near C": a
			// serial comma before an article's noun phrase, the list's last item.
			// A person after "and" ends no list of places: "X, the mayor of A, B, and Senator Y".
			return n >= 1 || placeListNext(v, v.mentionStarting(e+1, "possibly", "perhaps", "also", "even", "then", "maybe")) ||
				v.ws[e+1].Cap && placeBeforeComma(v, i-1) || serial && indefiniteItem(v.ws, e+1)
		}
		if e < len(v.ws) && v.at[e] >= 0 {
			c = v.at[e] // a name read in two pieces ("Rhode" "Island")
			continue
		}
		if e+1 >= len(v.ws) || v.ws[e].Text != "," {
			return false
		}
		c = v.mentionStarting(e+1, "new")
		if c < 0 || v.ms[c].Class == schema.Person {
			return false
		}
	}
	return false
}

// indefiniteItem reports whether words[k] opens an indefinite noun phrase ("a zone", "an
// area", "another site"), an item of a list where a clause would start with its subject,
// its verb or a time ("a year later").
func indefiniteItem(ws []word, k int) bool {
	w := ws[k].Lower
	if w != "a" && w != "an" && w != "another" || k+1 >= len(ws) || ws[k+1].Cap || ws[k+1].Punct {
		return false
	}
	return !timeWords[ws[k+1].Key] && ws[k+1].Lower != "few" // "and a year later moved": a clause's time
}

// placeListNext reports whether mention c, after the "and" that follows a place and a
// comma, may be the next item of a list of places: any name but a person's (or -1, none).
func placeListNext(v *sentenceView, c int) bool {
	return c >= 0 && v.ms[c].Class != schema.Person
}

// placeBeforeComma reports whether the place mention that ends at the comma at word i
// is itself after a comma and a place ("Z, A, B"): an item of a list.
func placeBeforeComma(v *sentenceView, i int) bool {
	if i < 1 || v.at[i-1] < 0 {
		return false
	}
	s := v.ms[v.at[i-1]].Start
	if s < 2 || v.ws[s-1].Text != "," || v.at[s-2] < 0 {
		return false
	}
	p := v.ms[v.at[s-2]]
	return p.Class == schema.Place || p.Class == schema.Country
}

// placeNouns head an appositive that places a place ("X, a city in Y").
var placeNouns = wordSet("placeNouns")

// unitAfter reports whether place mention c is followed by the noun of an administrative
// unit ("in Tarapaca province"): a place "in" another only then, not "in Lima" said of an
// event.
func unitAfter(v *sentenceView, c int) bool {
	e := v.ms[c].End
	return e < len(v.ws) && !v.ws[e].Cap && adminUnits[v.ws[e].Lower]
}

// adminUnits are the nouns of administrative units that follow their name.
var adminUnits = wordSet("adminUnits")

// placeIntroducedBy returns the country or place whose place noun introduces the place
// named at word start: a possessor ("Peru's capital Lima", "Chile's northern port of
// Arica") or a demonym ("the Peruvian capital Lima", "the Chilean city of Arica"); -1 for
// none.
func placeIntroducedBy(v *sentenceView, start int) int {
	j := start - 1
	if j >= 0 && v.ws[j].Lower == "of" {
		j--
	}
	if j < 1 || v.at[j] >= 0 || !placeIntroNouns[v.ws[j].Lower] {
		return -1
	}
	j--
	if j >= 1 && v.at[j] < 0 && capitalNouns[v.ws[j].Lower] && v.ws[j+1].Lower == "city" {
		j-- // "the Kenyan capital city of Lomara"
	}
	for n := 0; n < 3 && j >= 0 && v.at[j] < 0 && !v.ws[j].Punct && !v.ws[j].Cap && v.ws[j].Key != "s" && !placeIntroNouns[v.ws[j].Lower]; n++ {
		if w := v.ws[j].Lower; determiners[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") {
			return -1 // "Chilean jets bombed the town of X": the demonym is the jets', not the town's
		}
		j-- // "northern", "fourth-largest", "coastal"
	}
	if j < 0 {
		return -1
	}
	if v.ws[j].Key == "s" && !v.ws[j].Hyph && j > 0 && v.at[j-1] >= 0 {
		c := v.at[j-1]
		if v.ms[c].Kind != mDemonym && (v.ms[c].Class == schema.Country || v.ms[c].Class == schema.Place) && v.ms[c].End == j {
			return c
		}
		return -1
	}
	if c := v.at[j]; c >= 0 && v.ms[c].Kind == mDemonym && v.ms[c].End == j+1 && v.ms[c].Class == schema.Country {
		return c
	}
	return -1
}

// placeIntroNouns name the kind of a place before its name ("the capital Lima").
var placeIntroNouns = wordSet("placeIntroNouns")

// placeDirections may stand before a place ("in northern Y").
var placeDirections = phraseList("placeDirections")

// placeAppositive returns the country or place that an appositive after word i puts a
// place in: ", a city in Y", ", the capital of Y", ", Y's largest city"; -1 if none.
func placeAppositive(v *sentenceView, i int) int {
	if i+2 >= len(v.ws) || v.ws[i].Text != "," && v.ws[i].Text != "(" && v.ws[i].Text != "[" && !spacedDash(v.ws, i) {
		return -1
	}
	j := i + 1
	if k := v.at[j]; k >= 0 && v.ms[k].Class == schema.Country && v.ms[k].Kind != mDemonym {
		// ", Y's fourth-largest city"
		e := v.ms[k].End
		if e < len(v.ws) && v.ws[e].Key == "s" && !v.ws[e].Hyph {
			for x := e + 1; x < len(v.ws) && x < e+5 && v.at[x] < 0 && !v.ws[x].Punct; x++ {
				if placeNouns[v.ws[x].Lower] {
					return k
				}
			}
		}
		return -1
	}
	from := j + 1
	if w := v.ws[j].Lower; placeNouns[w] && !v.ws[j].Cap {
		from = j // ", capital of Y province"
	} else if w != "a" && w != "an" && w != "the" {
		return -1
	}
	head := false
	for x := from; x < len(v.ws) && x < j+6 && v.at[x] < 0 && !v.ws[x].Punct; x++ {
		w := v.ws[x].Lower
		if placeNouns[w] {
			head = true
			continue
		}
		if head && (w == "in" || w == "of" || w == "on") {
			if c := v.mentionStarting(x+1, placeDirections...); c >= 0 && v.ms[c].Kind != mDemonym &&
				(v.ms[c].Class == schema.Country || v.ms[c].Class == schema.Place) {
				return c
			}
			return -1
		}
		if head {
			return -1
		}
	}
	return -1
}

// gatherVerbs name a meeting of the people listed before them.
var gatherVerbs = wordSet("gatherVerbs")

// gatheringFacts reads gatherings: "A, B and C gathered in P" (each met the others and
// visited P) and "A met B in P" (both visited P).
func gatheringFacts(v *sentenceView, fs *factSet) {
	if v.hypo {
		return
	}
	for i, w := range v.ws {
		if v.at[i] >= 0 || !w.in(hotGatherVerbs) || strings.HasSuffix(w.Lower, "ed") && i+1 < len(v.ws) && v.ws[i+1].Lower == "by" {
			continue // "the team assembled by X": a passive participle, nobody gathered
		}
		// The clause before the verb, back to a boundary.
		start := i - 1
		for start >= 0 && !v.ws[start].in(hotBoundaries) && v.ws[start].Text != "\"" {
			start--
		}
		start++
		var people []*entity
		seen := map[*entity]bool{}
		for j := start; j < i; j++ {
			k := v.at[j]
			if k < 0 {
				continue
			}
			j = v.ms[k].End - 1
			if v.ms[k].Kind == mPronoun && possessivePronouns[v.ws[v.ms[k].Start].Lower] {
				continue // "actress X, his wife, gathered": his wife, not he
			}
			if e := v.ent(k); e != nil && e.Class == schema.Person && !seen[e] && !(v.ms[k].Start > 0 && prepositions[v.ws[v.ms[k].Start-1].Lower]) {
				seen[e] = true
				people = append(people, e)
			}
		}
		if len(people) == 0 || v.blocked(start, i+1) || v.bareInfinitive(i) || v.unrealThat(start) >= 0 {
			continue // "X to meet Y in Z": a headline's plan; "denied that X met Y in Z"
		}
		// The object of "met", if any, also took part.
		end := i + 1
		if end < len(v.ws) && v.ws[end].Lower == "with" {
			end++
		}
		for end < len(v.ws) && v.at[end] < 0 && isTitleWord(v.ws[end].Key) {
			end++ // "met with President X"
		}
		if k := v.mentionStarting(end); k >= 0 && end > i && v.ms[k].Class == schema.Person {
			ks, after := v.list(k)
			for _, x := range ks {
				if e := v.ent(x); e != nil && e.Class == schema.Person && !seen[e] {
					seen[e] = true
					people = append(people, e)
				}
			}
			end = after
		}
		if w.Lower != "met" && w.Lower != "meet" {
			for a := 0; a < len(people); a++ {
				for b := a + 1; b < len(people); b++ {
					fs.add(people[a], schema.Met, people[b], v.n)
				}
			}
		}
		// "... in P": everyone was there, the hosts at home.
		if end < len(v.ws) && (v.ws[end].Lower == "in" || v.ws[end].Lower == "at") {
			if k := v.mentionStarting(end + 1); k >= 0 && (v.ms[k].Class == schema.Place || v.ms[k].Class == schema.Country) && v.ms[k].Kind != mDemonym {
				for _, p := range people {
					if !fs.atHome(p, v.ms[k]) {
						fs.add(p, schema.Visited, v.ent(k), v.n)
					}
				}
			}
		}
	}
}

// verbFacts reads clauses whose verb (or event noun) names a relation.
func verbFacts(v *sentenceView, fs *factSet) {
	for i := 0; i < len(v.ws); i++ {
		if v.at[i] >= 0 {
			continue
		}
		t, n := spentIn(v, i)
		if n == 0 {
			t, n = signedPact(v, i)
		}
		if n == 0 {
			t, n = matchTrigger(v.ws, i)
			if n == 1 && nounOfReading(v.ws, i) {
				continue // "X has been the target of US sanctions": a noun, its agent after "of"
			}
		}
		if n == 0 {
			continue
		}
		if t.pred == schema.Commands && i > 0 && subordinate[v.ws[i-1].Lower] {
			t = trigger{pred: schema.MemberOf} // "the deputy commander of Y"
		}
		applyTrigger(v, fs, t, i, n, nil)
		i += n - 1
	}
}

// nounOfReading reports whether the one-word trigger at i is a noun with an of-phrase ("the
// target of", "a target of"): the verb's subject-object order does not hold there.
func nounOfReading(ws []word, i int) bool {
	if i == 0 || i+1 >= len(ws) || ws[i+1].Lower != "of" {
		return false
	}
	d := ws[i-1].Lower
	return d == "the" || d == "a" || d == "an" || d == "main" || d == "prime"
}

// verbFrom reads the verb phrase of a relative clause ("who leads Y", "which is backed by Y")
// whose subject is given.
func verbFrom(v *sentenceView, fs *factSet, subj []*entity, i, clause int) {
	for j := i; j < len(v.ws) && j < i+5; j++ {
		if v.ws[j].Punct || v.at[j] >= 0 {
			return
		}
		if t, n := matchTrigger(v.ws, j); n > 0 {
			if v.blocked(i, j+n) {
				return // "X, who will hold talks in Y on Thursday,": a plan
			}
			applyTrigger(v, fs, t, j, n, subj)
			coordinatedVerb(v, fs, subj, j+n)
			return
		}
	}
}

// coordinatedVerb reads a second verb phrase joined by "and" to one read from word i on
// ("who leads Y and is designated a terrorist by Z").
func coordinatedVerb(v *sentenceView, fs *factSet, subj []*entity, i int) {
	for j := i; j < len(v.ws) && j < i+12; j++ {
		w := v.ws[j]
		if w.Punct || w.in(hotBoundaries) || w.Lower == "who" || w.Lower == "which" {
			return
		}
		if w.Lower != "and" || j+1 >= len(v.ws) || v.at[j+1] >= 0 {
			continue
		}
		for x := j + 1; x < len(v.ws) && x < j+4; x++ {
			if v.ws[x].Punct || v.at[x] >= 0 {
				return
			}
			if t, n := matchTrigger(v.ws, x); n > 0 {
				applyTrigger(v, fs, t, x, n, subj)
				return
			}
		}
		return
	}
}

// pactNouns are agreements whose parties become allies.
var pactNouns = wordSet("pactNouns")

// signedPact reads "A and B signed a defence pact" and "A signed a new security agreement
// with B": the trigger spans the words up to the noun (and "with").
func signedPact(v *sentenceView, i int) (trigger, int) {
	switch v.ws[i].Lower {
	case "signed", "sign", "signs", "signing", "concluded", "reached", "struck", "forged":
	default:
		return trigger{}, 0
	}
	for j := i + 1; j < len(v.ws) && j < i+5; j++ {
		w := v.ws[j]
		if w.Punct || v.at[j] >= 0 || w.in(hotPrepositions) {
			return trigger{}, 0
		}
		if pactNouns[w.Lower] {
			if j+1 < len(v.ws) && v.ws[j+1].Lower == "with" {
				j++
			}
			return trigger{pred: schema.AlliedWith}, j + 1 - i
		}
	}
	return trigger{}, 0
}

// subordinate words before "commander" make its holder a member, not the commander.
var subordinate = wordSet("subordinate")

// spentIn reads "spent three days in Y" as a visit: the trigger spans "spent ... in".
func spentIn(v *sentenceView, i int) (trigger, int) {
	switch v.ws[i].Lower {
	case "spent", "spend", "spends", "spending":
	default:
		return trigger{}, 0
	}
	for j := i + 1; j < len(v.ws) && j < i+6; j++ {
		w := v.ws[j]
		if w.Punct || v.at[j] >= 0 {
			return trigger{}, 0
		}
		if durationWords[w.Lower] {
			if j+1 < len(v.ws) && (v.ws[j+1].Lower == "in" || v.ws[j+1].Lower == "at") {
				return trigger{pred: schema.Visited}, j + 2 - i
			}
			return trigger{}, 0
		}
	}
	return trigger{}, 0
}

var durationWords = wordSet("durationWords")

// titlePhraseFacts reads titles that the name detector does not attach to a person: a
// title with a complement ("US Special Representative for Y X", "Former US Ambassador to
// the Y X", "ex-US ambassador to Y, X"), titles joined by "and" ("Z military and defense
// analyst X") and titles followed by a rank ("Z spokesman Capt. X").
func titlePhraseFacts(v *sentenceView, fs *factSet) {
	for i := 0; i < len(v.ws); i++ {
		if v.at[i] >= 0 || !titleish(v.ws[i]) && v.ws[i].Lower != "counterpart" || i > 0 && v.at[i-1] < 0 && titleish(v.ws[i-1]) {
			continue // not the first word of a title phrase
		}
		// The phrase: title words, "and" between them, a rank abbreviation's dot.
		e, marked := i, false
		role, text, headEnd := titleRole(0), "", 0
		for e < len(v.ws) && v.at[e] < 0 {
			w := v.ws[e]
			if r, n, t := matchTitle(v.ws, e); n > 0 && e+n >= headEnd {
				role, text, headEnd = r, t, e+n
			}
			if w.Lower == "counterpart" {
				role, text, headEnd = roleMember, "counterpart", e+1
			}
			switch {
			case titleish(w) || w.Lower == "counterpart":
			case w.Text == "." && e > i:
				marked = true
			case w.Lower == "and" && e+1 < len(v.ws) && titleish(v.ws[e+1]) && v.at[e+1] < 0:
				marked = true
			default:
				goto done
			}
			e++
		}
	done:
		if role == 0 {
			continue
		}
		// A complement: "for Y", "to the Y".
		j := e
		complement := false
		if j < len(v.ws) && (v.ws[j].Lower == "for" || v.ws[j].Lower == "to") {
			if b := v.mentionStarting(j + 1); b >= 0 && v.ms[b].Class != schema.Person {
				j = v.ms[b].End
				complement = true
				if j < len(v.ws) && v.ws[j].Text == "," {
					j++
				}
			}
		}
		if text == "counterpart" && j+1 < len(v.ws) && v.ws[j].Text == "," && v.at[j+1] >= 0 && v.ms[v.at[j+1]].Title == 0 {
			j++ // "her French counterpart, X": an apposition
		}
		p := -1
		if j < len(v.ws) && v.at[j] >= 0 {
			p = v.at[j]
		}
		if p < 0 || v.ms[p].Class != schema.Person || v.ms[p].Kind != mName || v.ms[p].ent == nil {
			continue
		}
		if !complement && !marked && v.ms[p].Title != 0 {
			continue // read by titleFacts
		}
		// The body before the title: "US", "Pentagon", "Trump's".
		s := i - 1
		for s >= 0 && v.at[s] < 0 && titleLex().modifiers[v.ws[s].Lower] {
			s--
		}
		if s >= 1 && v.ws[s].Key == "s" && !v.ws[s].Hyph && v.at[s] < 0 {
			s--
		} else if s >= 0 && v.at[s] >= 0 && v.ms[v.at[s]].Class == schema.Person {
			continue
		}
		if s < 0 || v.at[s] < 0 {
			continue
		}
		if text == "counterpart" && v.ms[v.at[s]].Class == schema.Country {
			role, text = fs.counterpartOffice(v, i, s)
		}
		roleFacts(v, fs, v.ent(p), role, text, v.ent(v.at[s]), v.n)
	}
}

// counterpartOffice returns the office of a counterpart whose country is named ending at
// word s before the title at word i ("his Israeli counterpart"): the office of the possessor, the
// person "his" or "her" stands for, when the document gave that person a state's title
// ("Prime Minister X held talks with his Israeli counterpart, Y": Y is Israel's prime
// minister); otherwise one of the state's officials.
func (fs *factSet) counterpartOffice(v *sentenceView, i, s int) (titleRole, string) {
	if k := v.at[s]; k >= 0 {
		s = v.ms[k].Start // the country's first word: "his North Korean counterpart"
	}
	if s == 0 || !possessivePronouns[v.ws[s-1].Lower] {
		return roleMember, "counterpart"
	}
	var holder *entity
	if k := v.at[s-1]; k >= 0 && v.ms[k].ent != nil {
		holder = v.ms[k].ent
	}
	for k := 0; holder == nil && k < len(v.ms) && v.ms[k].End <= s-1; k++ {
		if v.ms[k].Class == schema.Person && v.ms[k].Kind == mName {
			holder = v.ms[k].ent // the last person named before "his"
		}
	}
	if office := fs.offices[holder]; office.text != "" {
		return office.role, office.text
	}
	return roleMember, "counterpart"
}

// relativePost returns the word where the post of a relative clause at word i starts:
// after "who served as" ("X, who served as president of Y"), also when an indefinite
// description stands before "who" ("X, a career politician who served as", "X, a lawyer
// who became president of Y"); -1 if none.
func relativePost(v *sentenceView, i int) int {
	w := describedWho(v, i)
	if w > 0 {
		i = w
	}
	switch {
	case i+2 < len(v.ws) && v.ws[i].Lower == "who" && serveVerbs[v.ws[i+1].Lower] && v.ws[i+2].Lower == "as":
		return i + 3
	case w > 0 && i+1 < len(v.ws) && becomeVerbs[v.ws[i+1].Lower]:
		return i + 2 // "X, a lawyer who became president of Y"
	}
	return -1
}

// describedWho returns the word of "who" that ends an indefinite description of a person at
// word i ("a career politician who", "an economist who"), or -1: the description's words
// are lower-case, few, name nothing and hold no preposition, so the "who" is the
// described person's ("a friend of the man who" is someone else's).
func describedWho(v *sentenceView, i int) int {
	if i >= len(v.ws) || v.ws[i].Lower != "a" && v.ws[i].Lower != "an" {
		return -1
	}
	for j := i + 1; j < len(v.ws) && j <= i+4; j++ {
		w := v.ws[j]
		if w.Lower == "who" {
			if j == i+1 {
				return -1
			}
			return j
		}
		if v.at[j] >= 0 || w.Cap || w.Punct || w.in(hotPrepositions) || w.Lower == "and" || w.Lower == "or" {
			return -1
		}
	}
	return -1
}

// serveVerbs give their subject the post after "as": "X served as president of Y".
var serveVerbs = wordSet("serveVerbs")

// titleish reports whether a word can be part of a title phrase.
func titleish(w word) bool {
	return !w.Punct && (isTitleWord(w.Key) && w.Key != "of" || titleLex().modifiers[w.Lower])
}

// groupNouns name the holders of posts in a body: "Russian leaders, including President X".
var groupNouns = wordPairs("groupNouns")

// includingFacts reads "Y leaders, including President X" and "Y officials such as X".
func includingFacts(v *sentenceView, fs *factSet) {
	for k, m := range v.ms {
		if m.Class != schema.Person || m.Kind != mName || m.ent == nil {
			continue
		}
		i := m.Start - 1
		for i >= 0 && v.at[i] < 0 && titleish(v.ws[i]) {
			i--
		}
		role, n, text := matchTitle(v.ws, i+1)
		if n == 0 || i+1 == m.Start {
			role, text = 0, ""
		}
		switch {
		case i >= 0 && v.ws[i].Lower == "including":
			i--
		case i >= 1 && v.ws[i].Lower == "as" && v.ws[i-1].Lower == "such":
			i -= 2
		default:
			continue
		}
		if i >= 0 && v.ws[i].Text == "," {
			i--
		}
		if i < 1 || v.at[i] >= 0 {
			continue
		}
		single, ok := groupNouns[v.ws[i].Lower]
		if !ok {
			continue
		}
		b := v.at[i-1]
		if b < 0 || b == k || v.ms[b].Class == schema.Person {
			continue
		}
		if role == 0 {
			role, _, text = matchTitle([]word{newWord(single, false)}, 0)
		}
		roleFacts(v, fs, m.ent, role, text, v.ent(b), v.n)
	}
}

// whoseTitleFacts reads "Y, whose commander in chief is President X".
func whoseTitleFacts(v *sentenceView, fs *factSet) {
	for _, m := range v.ms {
		if m.ent == nil || m.Kind == mPronoun {
			continue
		}
		i := m.End
		if i < len(v.ws) && (v.ws[i].Text == "," || v.ws[i].Text == "-" || v.ws[i].Text == "(" || v.ws[i].Text == "—") {
			i++
		}
		if i >= len(v.ws) || v.ws[i].Lower != "whose" {
			continue
		}
		j := i + 1
		for j < len(v.ws) && titleLex().modifiers[v.ws[j].Lower] {
			j++
		}
		role, n, text := matchTitle(v.ws, j)
		if n == 0 {
			continue
		}
		j += n
		if j >= len(v.ws) || !v.ws[j].in(hotBeVerbs) {
			continue
		}
		j++
		for j < len(v.ws) && v.at[j] < 0 && (titleish(v.ws[j]) || v.ws[j].Lower == "the") {
			j++
		}
		if j < len(v.ws) && v.at[j] >= 0 && v.ms[v.at[j]].Class == schema.Person && v.ms[v.at[j]].Kind == mName {
			roleFacts(v, fs, v.ent(v.at[j]), role, text, m.ent, v.n)
		}
	}
}

// relativeObjectVerbs are verbs whose object a relative pronoun stands for: "X, whom he met".
var relativeObjectVerbs = wordSet("relativeObjectVerbs")

// relativeObjectFacts reads "A, whom B met (twice)": B met A. A pronoun subject cannot be
// the antecedent itself; it then stands for the sentence's first person.
func relativeObjectFacts(v *sentenceView, fs *factSet) {
	if v.hypo {
		return
	}
	for j := 1; j+2 < len(v.ws); j++ {
		if v.ws[j].Lower != "whom" {
			continue
		}
		a := j - 1
		if v.ws[a].Text == "," && a > 0 {
			a--
		}
		if v.at[a] < 0 || v.at[j+1] < 0 {
			continue
		}
		ant, sk := v.at[a], v.at[j+1]
		verb := v.ms[sk].End
		for verb < len(v.ws) && verb < v.ms[sk].End+2 && (v.ws[verb].Lower == "had" || v.ws[verb].Lower == "has" || v.ws[verb].Lower == "have" || v.ws[verb].Lower == "later") {
			verb++
		}
		if verb >= len(v.ws) || !relativeObjectVerbs[v.ws[verb].Lower] || v.blocked(j, verb+1) {
			continue
		}
		subj := v.ent(sk)
		if v.ms[sk].Kind == mPronoun && subj == v.ent(ant) {
			subj = nil
			for _, m := range v.ms {
				if m.Class == schema.Person && m.Kind == mName && m.ent != nil && m.ent != v.ent(ant) {
					subj = m.ent
					break
				}
			}
		}
		p := schema.Met
		if v.ws[verb].Lower == "visited" {
			p = schema.Visited
		}
		fs.add(subj, p, v.ent(ant), v.n)
	}
}

var linkedWords = wordSet("linkedWords")

// possessedBody returns the organisation a possessive names from word i: "Iran's elite
// Quds Force", "Iran's terrorist Quds force" (two lower-case modifiers at most).
func possessedBody(v *sentenceView, i int) int {
	for n := 0; n < 3 && i < len(v.ws); n++ {
		if k := v.at[i]; k >= 0 {
			return k
		}
		w := v.ws[i]
		if w.Punct || w.Cap && !titleLex().modifiers[w.Lower] || w.in(hotPrepositions) || w.Lower == "and" {
			return -1
		}
		i++
	}
	return -1
}

// armedName reports whether an organisation's own name is that of an armed body ("Quds
// Force"); unnamed groups do not count.
func armedName(e *entity) bool {
	return e != nil && !e.collective && armed(e)
}

// stateOwner returns the country of "state-owned Iranian news agency Y", "the Saudi state
// oil company Y" and "Iran's state news agency Y": the demonym after "state-owned" (or
// "state-run") a few words before word i, or the demonym or possessive country before
// "state" there.
func stateOwner(v *sentenceView, i int) *entity {
	j := i - 1
	state := false
	for n := 0; n < 4 && j >= 0 && v.at[j] < 0 && !v.ws[j].Punct && !v.ws[j].Cap && v.ws[j].Key != "s"; n++ {
		state = state || v.ws[j].Lower == "state" && !v.ws[j].Hyph && j+1 < i && !v.ws[j+1].Hyph || v.ws[j].Lower == "official" && officialMedia(v, j+1, i)
		j--
	}
	if j >= 1 && state && v.ws[j].Key == "s" && !v.ws[j].Hyph && v.at[j-1] >= 0 {
		if c := v.ms[v.at[j-1]]; c.Class == schema.Country && c.Kind == mName && c.End == j {
			return v.ent(v.at[j-1]) // "Iran's state news agency Y"
		}
		return nil
	}
	if j < 0 || v.at[j] < 0 || v.ms[v.at[j]].Kind != mDemonym {
		return nil
	}
	if state && v.ms[v.at[j]].End == j+1 {
		return v.ent(v.at[j]) // "the Saudi state oil company Y"
	}
	s := v.ms[v.at[j]].Start
	if s >= 1 && v.ws[s-1].Lower == "official" && officialMedia(v, v.ms[v.at[j]].End, i) {
		return v.ent(v.at[j]) // "the official Kenyan news agency Y"
	}
	if s < 2 || v.ws[s-2].Lower != "state" {
		return nil
	}
	switch v.ws[s-1].Lower {
	case "owned", "run", "controlled", "funded", "backed":
		return v.ent(v.at[j])
	}
	return nil
}

// officialMedia reports whether the words from a to the name at word i, or the two after
// that name, name a kind of news media (data/words.txt officialMediaNouns): "official
// news agency Y", "official Y news agency".
func officialMedia(v *sentenceView, a, i int) bool {
	for k := a; k < i; k++ {
		if officialMediaNouns[v.ws[k].Lower] {
			return true
		}
	}
	if i >= len(v.ws) || v.at[i] < 0 {
		return false
	}
	for k := v.ms[v.at[i]].End; k < len(v.ws) && k < v.ms[v.at[i]].End+2 && v.at[k] < 0 && !v.ws[k].Cap; k++ {
		if officialMediaNouns[v.ws[k].Lower] {
			return true
		}
	}
	return false
}

// officialMediaNouns: see data/words.txt.
var officialMediaNouns = wordSet("officialMediaNouns")

// stateOwnerAfter returns the country of an apposition after word e that calls the body
// before it the state's ("Y, a Kenyan government agency,", "Y, the Saudi state oil
// company,", "Y, a Kenyan state-owned firm,"), or nil; a body the demonym only places
// ("Y, a Kenyan charity") is not the state's.
func stateOwnerAfter(v *sentenceView, e int) *entity {
	if e+4 >= len(v.ws) || v.ws[e].Text != "," || !determiners[v.ws[e+1].Lower] || v.at[e+2] < 0 {
		return nil
	}
	d := v.ms[v.at[e+2]]
	if d.Kind != mDemonym || d.Start != e+2 || d.End+1 >= len(v.ws) {
		return nil
	}
	k := d.End
	if k+2 < len(v.ws) && stateOwnerNouns[v.ws[k].Lower] && v.ws[k+1].Hyph && stateParticiples[v.ws[k+1].Lower] {
		k += 2 // "state-owned"
	} else if stateOwnerNouns[v.ws[k].Lower] && !v.ws[k].Hyph && !v.ws[k+1].Hyph {
		k++ // "government agency", "state oil company"
	} else {
		return nil
	}
	head := ""
	for ; k < len(v.ws) && !v.ws[k].Cap && !v.ws[k].Punct && v.ws[k].Key != "s" && v.at[k] < 0; k++ {
		head = v.ws[k].Key
	}
	if head == "" || k < len(v.ws) && !v.ws[k].Punct || !orgHeads[head] && !stateFirmNouns[head] {
		return nil // "Y, a Kenyan government supplier": no body of the state's
	}
	return v.ent(v.at[e+2])
}

// ofNamedBody reports whether the name at word i is the of-phrase of a name before it
// ("the Regional Investment Co of the Wallon Region, a Belgian government-controlled
// investment company": the apposition may describe the company).
func ofNamedBody(v *sentenceView, i int) bool {
	if i > 0 && v.ws[i-1].Lower == "the" {
		i--
	}
	return i > 1 && v.ws[i-1].Lower == "of" && v.ws[i-2].Cap && !v.ws[i-2].Punct
}

// stateOwnerNouns and stateParticiples name the state as a body's owner, stateFirmNouns
// the bodies besides orgHeads it may own (data/words.txt).
var (
	stateOwnerNouns  = wordSet("stateOwnerNouns")
	stateParticiples = wordSet("stateParticiples")
	stateFirmNouns   = wordSet("stateFirmNouns")
)

// respectivelyFacts reads "his Greek, Cypriot and French counterparts, A, B and C": each
// person takes the demonym in the same place.
func respectivelyFacts(v *sentenceView, fs *factSet) {
	for k := 0; k < len(v.ms); k++ {
		m := v.ms[k]
		if m.Kind != mDemonym || m.Start > 0 && (v.ws[m.Start-1].Text == "," || v.ws[m.Start-1].Lower == "and") {
			continue
		}
		ks, end := v.list(k)
		if len(ks) < 2 || end+2 >= len(v.ws) {
			continue
		}
		for _, x := range ks {
			if v.ms[x].Kind != mDemonym {
				ks = nil
				break
			}
		}
		single, ok := groupNouns[v.ws[end].Lower]
		if ks == nil || !ok || v.ws[end+1].Text != "," {
			continue
		}
		p := v.mentionStarting(end + 2)
		if p < 0 {
			continue
		}
		ps, _ := v.list(p)
		if len(ps) != len(ks) {
			continue
		}
		role, _, text := matchTitle([]word{newWord(single, false)}, 0)
		for n := range ps {
			if v.ms[ps[n]].Class == schema.Person && v.ms[ps[n]].Kind == mName {
				roleFacts(v, fs, v.ent(ps[n]), role, text, v.ent(ks[n]), v.n)
			}
		}
		k = ks[len(ks)-1]
	}
}

// whereFacts reads "Y, where X was arriving": X visited the place Y.
func whereFacts(v *sentenceView, fs *factSet) {
	if v.hypo {
		return
	}
	for _, m := range v.ms {
		if m.ent == nil || m.Class != schema.Place && m.Class != schema.Country || m.Kind == mDemonym {
			continue
		}
		i := m.End
		if i+2 >= len(v.ws) || v.ws[i].Text != "," || v.ws[i+1].Lower != "where" {
			continue
		}
		p := v.at[i+2]
		if p < 0 || v.ms[p].Class != schema.Person || v.ms[p].ent == nil {
			continue
		}
		for j := v.ms[p].End; j < len(v.ws) && j < v.ms[p].End+3; j++ {
			if v.ws[j].Punct || v.at[j] >= 0 || v.blocked(j, j+1) {
				break
			}
			if presenceVerbs[v.ws[j].Lower] {
				fs.add(v.ent(p), schema.Visited, m.ent, v.n)
				break
			}
		}
	}
}

var presenceVerbs = wordSet("presenceVerbs")

// descriptorNouns are the posts a sentence-initial description names: "The Iranian official".
var descriptorNouns = wordPairs("descriptorNouns")

// descriptorFacts reads a sentence that opens with "The Iranian official ..." right after
// one whose subject is a named person: the description is that person's.
func descriptorFacts(prev, v *sentenceView, fs *factSet) {
	if len(v.ws) < 4 || v.ws[0].Lower != "the" || v.at[1] < 0 {
		return
	}
	d := v.ms[v.at[1]]
	if d.Kind != mDemonym || d.ent == nil || d.End >= len(v.ws) || v.at[d.End] >= 0 {
		return
	}
	title, ok := descriptorNouns[v.ws[d.End].Lower]
	if !ok || len(prev.ms) == 0 || prev.at[0] < 0 {
		return
	}
	p := prev.ms[prev.at[0]]
	if p.Class != schema.Person || p.Kind != mName || p.ent == nil {
		return
	}
	for _, m := range v.ms {
		if m.Class == schema.Person && m.Kind == mName {
			return // another person named here: the description may be theirs
		}
	}
	role, _, text := matchTitle([]word{newWord(title, false)}, 0)
	roleFacts(v, fs, p.ent, role, text, d.ent, v.n)
}

// strikeNouns name an attack event.
var strikeNouns = wordSet("strikeNouns")

// harmVerbs make their subject a victim: "X was killed in the strike".
var harmVerbs = wordSet("harmVerbs")

// strikeFacts reads the victims and the authors of attacks: "X was killed in a Y
// airstrike" (Y fights X), "X, who was also killed in the airstrike" (the agent of the
// airstrike told of before fights X), "the attack was claimed by Y" and "Y claimed
// responsibility for the attack" (Y fights the target told of before).
func strikeFacts(v *sentenceView, fs *factSet) {
	if v.hypo {
		return
	}
	for i := 1; i < len(v.ws); i++ {
		w := v.ws[i].Lower
		switch {
		case v.ws[i].in(hotHarmVerbs) && v.at[i] < 0:
			b := i - 1
			if v.ws[b].Lower == "also" && b > 0 {
				b--
			}
			if !v.ws[b].in(hotBeVerbs) || i+2 >= len(v.ws) || v.ws[i+1].Lower != "in" {
				continue
			}
			agent, j := strikeAgent(v, fs, i+2)
			if agent == nil || v.blocked(i-4, j) {
				continue
			}
			k := findSubject(v, b, trigger{pred: schema.Fights})
			if k < 0 {
				continue
			}
			for _, x := range v.listBefore(k) {
				fs.add(agent, schema.Fights, v.ent(x), v.n)
			}
		case w == "claimed" && fs.lastTarget != nil:
			var author []*entity
			if i+2 < len(v.ws) && v.ws[i+1].Lower == "by" && i >= 2 && v.ws[i-1].in(hotBeVerbs) && strikeNouns[v.ws[i-2].Lower] {
				// "The attack was claimed by Y"
				if k := v.objectAt(i + 2); k >= 0 {
					author = objectsFrom(v, k)
				}
			} else if j := i + 1; j+1 < len(v.ws) && (v.ws[j].Lower == "responsibility" && v.ws[j+1].Lower == "for" || v.ws[j].Lower == "the" && strikeNouns[v.ws[j+1].Lower]) {
				if k := findSubject(v, i, trigger{pred: schema.Fights}); k >= 0 {
					author = []*entity{v.ent(k)}
				}
			}
			if len(author) == 0 || v.blocked(i-4, i+3) {
				continue
			}
			p := schema.Fights
			if fs.lastTarget.Class == schema.Place {
				p = schema.Attacked
			}
			for _, a := range author {
				fs.add(a, p, fs.lastTarget, v.n)
			}
		}
	}
}

// strikeAgent reads the attack named from word i on ("the airstrike", "a US drone
// strike"): its agent, named in it or the last one told of for a definite attack, and the
// word after it.
func strikeAgent(v *sentenceView, fs *factSet, i int) (*entity, int) {
	definite := v.ws[i].Lower == "the"
	if !definite && v.ws[i].Lower != "a" && v.ws[i].Lower != "an" {
		return nil, i
	}
	var named *entity
	for j := i + 1; j < len(v.ws) && j < i+5; j++ {
		if k := v.at[j]; k >= 0 {
			if named != nil || v.ms[k].Class == schema.Person || v.ms[k].Class == schema.Place {
				return nil, j
			}
			named = v.ent(k)
			j = v.ms[k].End - 1
			continue
		}
		if v.ws[j].Punct {
			return nil, j
		}
		if strikeNouns[v.ws[j].Lower] {
			if named != nil {
				return named, j + 1
			}
			if definite {
				return fs.lastAgent, j + 1
			}
			return nil, j + 1
		}
	}
	return nil, i
}

// eventNouns name an occasion one attends in person.
var eventNouns = wordSet("eventNouns")

// placeOpeners and eventOpeners: see data/words.txt.
var (
	placeOpeners = wordSet("placeOpeners")
	eventOpeners = wordSet("eventOpeners")
)

// leadingPlaceFacts reads a sentence that opens with where its subject was: "At a news
// conference in Y, X said ...", "Speaking in Y, X said ...": X visited Y.
func leadingPlaceFacts(v *sentenceView, fs *factSet) {
	if v.hypo || len(v.ws) < 6 {
		return
	}
	if !placeOpeners[v.ws[0].Lower] {
		return
	}
	event := eventOpeners[v.ws[0].Lower]
	place := -1
	comma := -1
	for j := 1; j < len(v.ws) && j < 16; j++ {
		w := v.ws[j]
		if w.Text == "," {
			comma = j
			break
		}
		if w.Punct || w.in(hotBoundaries) {
			return
		}
		if eventNouns[w.Lower] {
			if v.visitAhead(j) {
				return // "In an interview ahead of a meeting in Y, X said": the meeting is to come
			}
			event = true
			if k := v.at[j-1]; k >= 0 && v.ms[k].End == j && v.ms[k].Kind != mDemonym && v.ms[k].Class == schema.Place {
				place = k // "Leaving a Kisumu summit, X said": the place names the event
			}
		}
		if (w.Lower == "in" || w.Lower == "at") && event {
			if k := v.mentionStarting(j + 1); k >= 0 && v.ms[k].Kind != mDemonym && (v.ms[k].Class == schema.Place || v.ms[k].Class == schema.Country) {
				place = k
			}
		}
	}
	if place < 0 || comma < 0 {
		return
	}
	// The subject right after the comma, past its titles and their bodies.
	for j := comma + 1; j < len(v.ws) && j < comma+10; j++ {
		if v.ws[j].Punct {
			return
		}
		k := v.at[j]
		if k < 0 {
			if titleish(v.ws[j]) || v.ws[j].Lower == "for" || v.ws[j].Lower == "to" || v.ws[j].Lower == "the" {
				continue
			}
			return
		}
		m := v.ms[k]
		j = m.End - 1
		if m.Class != schema.Person || m.Kind == mDemonym {
			continue
		}
		if m.End < len(v.ws) && reportingVerbs[v.ws[m.End].Lower] {
			fs.add(m.ent, schema.Visited, v.ent(place), v.n)
		}
		return
	}
}

// reportingVerbs follow the subject of a statement.
var reportingVerbs = wordSet("reportingVerbs")

// actorOf returns the entity mention k names as an actor: a capital stands for its
// country ("an ally of Damascus").
func actorOf(v *sentenceView, k int) *entity {
	m := v.ms[k]
	if m.Capital && m.Country != "" {
		if c := countryEntity(v, m.Country); c != nil {
			return c
		}
	}
	return m.ent
}

// resolveDescriptions finds definite descriptions of a person the document names
// elsewhere: "the Russian president", "Iran's foreign minister" stand for the one person
// with that title and that country (from the facts read so far). It adds a mention for
// each and reports whether it added any.
func resolveDescriptions(views []*sentenceView, fs *factSet) bool {
	titled := map[*entity]map[string]bool{}
	for p, ts := range fs.titles {
		titled[p] = map[string]bool{}
		for t := range ts {
			titled[p][t] = true
		}
	}
	for _, v := range views {
		for _, m := range v.ms {
			if m.Class == schema.Person && m.Kind == mName && m.ent != nil && m.TitleText != "" {
				if titled[m.ent] == nil {
					titled[m.ent] = map[string]bool{}
				}
				titled[m.ent][strings.ToLower(m.TitleText)] = true
			}
		}
	}
	if len(titled) == 0 {
		return false
	}
	countries := map[*entity]map[*entity]bool{}
	for _, k := range fs.order {
		if k.o.Class == schema.Country && (k.p == schema.Nationality || k.p == schema.Leads || k.p == schema.MemberOf) {
			if countries[k.s] == nil {
				countries[k.s] = map[*entity]bool{}
			}
			countries[k.s][k.o] = true
		}
	}
	added := false
	for _, v := range views {
		var extra []mention
		for _, m := range v.ms {
			if m.ent == nil || m.ent.Class != schema.Country {
				continue
			}
			start, t := m.Start, m.End
			if m.Kind != mDemonym {
				if t >= len(v.ws) || v.ws[t].Key != "s" || v.ws[t].Hyph {
					continue // "Iran's foreign minister"
				}
				t++
			} else if start <= 1 || v.ws[start-1].Lower != "the" {
				continue // "the Russian president"; at the start of a sentence, see descriptorFacts
			}
			_, n, text := matchTitle(v.ws, t)
			if n == 0 || t+n > len(v.ws) {
				continue
			}
			after := t + n
			if covered(v, t, after) || after < len(v.ws) && (v.at[after] >= 0 || v.ws[after].Cap && !v.ws[after].Punct || v.ws[after].Text == ",") || v.pastRegionPhrase(after) != after {
				continue // a name follows: "the Russian president, Ivan Petrov", "Kenya's director for Europe, X" are read as titles
			}
			if b := start - 1; b >= 1 && (v.ws[b].Text == "," || predicative(v.ws[b].Lower) || v.ws[b].Lower == "the" && b >= 2 && (v.ws[b-1].Text == "," || predicative(v.ws[b-1].Lower))) {
				continue // "X, Italy's prime minister", "X served as the Russian envoy": a title
			}
			var who *entity
			for p, ts := range titled {
				if ts[strings.ToLower(text)] && countries[p][m.ent] {
					if who != nil && who != p {
						who = nil
						break
					}
					who = p
				}
			}
			if who == nil {
				continue
			}
			extra = append(extra, mention{Start: start, End: after, Text: joinWords(v.ws[start:after]), Class: schema.Person, Kind: mName, ent: who})
		}
		if len(extra) > 0 {
			v.insertMentions(extra)
			added = true
		}
	}
	return added
}

// predicative reports whether a word gives the title after it to the subject before it:
// a copula, "as", a verb of becoming ("X served as the Chilean envoy", "X was named the
// Chilean envoy").
func predicative(w string) bool {
	return beVerbs[w] || w == "as" || titleVerbs[w] || becomeVerbs[w]
}

// covered reports whether any word in [i, j) belongs to a mention.
func covered(v *sentenceView, i, j int) bool {
	for ; i < j && i < len(v.ws); i++ {
		if v.at[i] >= 0 {
			return true
		}
	}
	return false
}

func joinWords(ws []word) string {
	var parts []string
	for _, w := range ws {
		parts = append(parts, w.Text)
	}
	return strings.Join(parts, " ")
}

// insertMentions replaces the mentions the new ones cover and keeps the rest in order.
func (v *sentenceView) insertMentions(extra []mention) {
	var out []mention
	for _, m := range v.ms {
		inside := false
		for _, x := range extra {
			if m.Start >= x.Start && m.End <= x.End {
				inside = true
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	out = append(out, extra...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	v.ms = out
	for i := range v.at {
		v.at[i] = -1
	}
	for k, m := range v.ms {
		for i := m.Start; i < m.End; i++ {
			v.at[i] = k
		}
	}
}

// coalitionNouns name a grouping that members join.
var coalitionNouns = wordSet("coalitionNouns")

// formVerbs make their subject the owner of the coalition they name.
var formVerbs = wordSet("formVerbs")

// coalitionFacts reads joining a coalition that an actor leads: "X announced a naval
// coalition ..., which was joined by A, B and C", "A joined the X-led coalition": each
// member is allied with X (not with each other).
func coalitionFacts(v *sentenceView, fs *factSet) {
	if v.hypo {
		return
	}
	for c := 1; c < len(v.ws); c++ {
		if !coalitionNouns[v.ws[c].Lower] || v.at[c] >= 0 {
			continue
		}
		owner := coalitionOwner(v, c)
		if owner == nil {
			continue
		}
		// "..., which was joined by A, B and C"
		for j := c + 1; j+2 < len(v.ws) && j < c+14; j++ {
			w := v.ws[j]
			if w.Text == ";" || w.Text == "\"" || w.in(hotBoundaries) && w.Lower != "that" {
				break
			}
			if (w.Lower == "joined" || w.Lower == "backed" || w.Lower == "supported") && v.ws[j+1].Lower == "by" && !v.blocked(c, j+1) {
				if k := v.objectAt(j + 2); k >= 0 {
					for _, m := range objectsFrom(v, k) {
						fs.add(m, schema.AlliedWith, owner, v.n)
					}
				}
				break
			}
		}
		// "A and B joined the X-led coalition"
		j := c - 1
		for j > 0 && c-j < 6 && v.ws[j].Lower != "joined" && v.ws[j].Lower != "joins" && v.ws[j].Lower != "join" {
			j--
		}
		if j > 0 && c-j < 6 && (v.ws[j].Lower == "joined" || v.ws[j].Lower == "joins" || v.ws[j].Lower == "join") && !v.blocked(j-6, c) {
			if k := findSubject(v, j, trigger{pred: schema.AlliedWith}); k >= 0 {
				for _, x := range v.listBefore(k) {
					fs.add(v.ent(x), schema.AlliedWith, owner, v.n)
				}
			}
		}
	}
}

// coalitionOwner returns who leads the coalition named at word c: "X-led coalition",
// "X's coalition", "X announced a naval coalition"; nil if none.
func coalitionOwner(v *sentenceView, c int) *entity {
	j := c - 1
	for n := 0; n < 3 && j > 0 && v.at[j] < 0 && !v.ws[j].Punct && !formVerbs[v.ws[j].Lower] && !determiners[v.ws[j].Lower] && v.ws[j].Lower != "led" && v.ws[j].Key != "s"; n++ {
		j-- // modifiers: "a new naval"
	}
	if j < 1 {
		return nil
	}
	w := v.ws[j]
	switch {
	case (w.Lower == "led" || w.Lower == "backed") && w.Hyph && v.at[j-1] >= 0:
		return actorOf(v, v.at[j-1]) // "the US-led coalition"
	case w.Key == "s" && !w.Hyph && v.at[j-1] >= 0 && v.at[j] < 0:
		return actorOf(v, v.at[j-1]) // "America's coalition"
	}
	// "X announced a ... coalition": the determiner, then the verb and its subject.
	if determiners[w.Lower] && j > 1 && formVerbs[v.ws[j-1].Lower] {
		if k := findSubject(v, j-1, trigger{pred: schema.AlliedWith}); k >= 0 {
			return actorOf(v, k)
		}
	}
	return nil
}
