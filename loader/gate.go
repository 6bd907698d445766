package loader

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/schema"
)

// The parse gate: parsing is the costly part of extraction, so a sentence is parsed only
// when a template of the tree layer could read a fact in it. The gate asks, with words
// alone, what the templates ask of the tree: two mentions, and near or between them a
// form of a trigger (a verb's inflection, a noun or its plural) whose predicate allows
// the classes of two of the mentions, with the case marker its object takes after it
// ("visit ... to", "talks ... with"), and a relational noun ("director", "member") only
// after a copula: appositions ("X, director of Y") are read by the word patterns, which
// read them better than the parser does.

// parseCandidates parses the sentences of d the gate lets through, at once (for tests
// and benchmarks; the loader parses them lazily, see lazyCandidates).
func parseCandidates(d *document, parse parseFunc) [][]node {
	ps := lazyCandidates(d, parse)
	if ps == nil {
		return nil
	}
	out := make([][]node, len(ps))
	for i, p := range ps {
		if p != nil {
			out[i] = p.get()
		}
	}
	return out
}

// lazyCandidates returns, for each sentence of d the gate lets through, the window of it
// to parse, parsed when a template first reads it (nil for the other sentences). It
// needs nothing but d, so it runs in the parallel stage; the parse itself waits until a
// template asks for it, since after resolution many sentences the gate lets through no
// longer have the two entities a template needs, and their parse would be thrown away.
func lazyCandidates(d *document, parse parseFunc) []*lazyParse {
	if parse == nil {
		return nil
	}
	out := make([]*lazyParse, len(d.Sentences))
	for i, st := range d.Sentences {
		if i >= len(d.mentions) || len(d.mentions[i]) < 2 && !pairWords(d.words[i]) && !(len(d.mentions[i]) == 1 && (governmentWord(d.words[i]) || bodyPronounWord(d.words[i]) || personDescriptionWord(d.words[i]) || bodyDescriptionWord(d.words[i]))) {
			continue
		}
		v := newView(i, d.words[i], d.mentions[i])
		gatePairs(v)
		gatePersonDescriptions(v)
		gateGovernments(v)
		gateBodyPronouns(v)
		if len(v.ms) < 2 {
			gateBodyDescriptions(v) // only where no second entity lets the sentence through: its window stays as it was
		}
		if v.hypo || len(v.ms) < 2 {
			continue
		}
		trig := v.gateTrigger()
		if trig < 0 {
			trig = v.phraseAnchor()
		}
		if trig < 0 {
			continue
		}
		a, b := v.parseWindow(trig)
		out[i] = &lazyParse{text: st.Text[a:b], at: a, names: v.collapsibleNames(a, b), parse: parse}
	}
	return out
}

// lazyParse is the window of a sentence the gate lets through, parsed on first use.
type lazyParse struct {
	text  string     // the window's text
	at    int        // its byte offset in the sentence
	names []nameSpan // its multiword names, folded into their heads while parsing (collapse.go)
	parse parseFunc
	done  bool
	nodes []node
}

// get returns the window's parse, with byte spans in the sentence, parsing it the first
// time.
func (p *lazyParse) get() []node {
	if !p.done {
		p.nodes = p.parse(p.text, p.names)
		for k := range p.nodes {
			p.nodes[k].Start += p.at
			p.nodes[k].End += p.at
		}
		p.done = true
	}
	return p.nodes
}

// gateTrigger returns the word of the first trigger the gate finds in sentence v, or -1
// when it lets v not through.
func (v *sentenceView) gateTrigger() int {
	// The templates join two mentions through the trigger: it stands between the first
	// and the last mention (a few words of slack for "X met Y on Monday" / "to Y").
	first, last := -1, -1
	var classes []schema.Class
	for _, m := range v.ms {
		if m.Kind == mPronoun && m.ent == nil && len(v.ms) > 2 && !firstPersonPronouns[v.ws[m.Start].Lower] && !personSubjects[v.ws[m.Start].Lower] {
			continue
		}
		if first < 0 {
			first = m.Start
		}
		last = m.End
		classes = append(classes, gateClasses(m)...)
	}
	forms := treeTriggerForms()
	for i := max(first-3, 0); i < len(v.ws) && i < last+8; i++ {
		if v.at[i] >= 0 && !v.openingWord(i) || v.ws[i].Punct {
			continue
		}
		for _, r := range forms[v.ws[i].Lower] {
			if i >= last+3 && !r.symmetric && !v.lightBetween(first, i) {
				continue // only "A and B signed a treaty" and "A gave B 5 tons of aid" have their trigger after both
			}
			if r.relational && !v.copulaBefore(i) && !v.holderBeside(i, r) && !v.includeAfter(i) {
				continue // "director" with no person it could be said of
			}
			if !v.markerAfter(i, r) || !v.preBefore(i, r.pre) || !v.restAfter(i, r.rest) {
				continue
			}
			if r.bare[v.ws[i].Lower] && !v.objectNear(i) {
				continue // "came back", "the support": no verb with its object
			}
			if r.preds.fits(classes) {
				return i
			}
		}
	}
	return -1
}

// personSubjects stand for a person whom coreference resolves after the gate: "She left
// the UK and returned to the US" has its fact through the pronoun.
var personSubjects = toSet(`he she`)

// restAfter reports whether the other words of a phrase lemma follow word i closely
// ("halted economic aid", "shook hands"): without them the row is no trigger here.
func (v *sentenceView) restAfter(i int, rest []string) bool {
	for _, w := range rest {
		found := false
		for j := i + 1; j < len(v.ws) && j <= i+4 && !found; j++ {
			found = v.ws[j].Lower == w || v.ws[j].Lower == w+"s"
		}
		if !found {
			return false
		}
	}
	return true
}

// openingWord reports whether word i is the sentence's first word, capitalised and taken
// for a name no lexicon knows: as a trigger's form it is the trigger ("Fighting between A
// and B continued").
func (v *sentenceView) openingWord(i int) bool {
	m := v.ms[v.at[i]]
	return i == 0 && m.Start == 0 && m.End == 1 && m.Class == "" && m.Canon == ""
}

// lightBetween reports whether a light verb's form stands between words first and i
// ("A gave B 5 million dollars of aid": the event noun after both mentions).
func (v *sentenceView) lightBetween(first, i int) bool {
	forms := lightForms()
	for j := max(first, 0); j < i; j++ {
		if v.at[j] < 0 && forms[v.ws[j].Lower] {
			return true
		}
	}
	return false
}

// lightForms are the inflections of the light verbs of the tree lexicon.
var lightForms = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for key, rows := range treeLexicon() {
		kind, lemma, _ := strings.Cut(key, " ")
		if kind != "light" {
			continue
		}
		for _, f := range verbForms(lemma, "") {
			m[f] = true
		}
		for _, tt := range rows {
			for _, f := range tt.lightForms {
				m[f] = true // the irregular forms of all light verbs
			}
		}
	}
	return m
})

// phraseAnchor returns a word of v where the tree may read a fact without a trigger, or
// -1: a coalition's members ("an alliance of A and B", "joined the coalition led by X"), a
// place in another ("X, in northern Y", "the town of X in the province of Y"), a body's
// person ("Radio Lima's X"), a title given by a copula or a verb of becoming ("X served as
// the Chilean ambassador", "X is Peru's foreign minister").
func (v *sentenceView) phraseAnchor() int {
	for i := 0; i+2 < len(v.ws); i++ {
		if !memberListNouns[v.ws[i].Text] {
			continue
		}
		if v.ws[i+1].Lower == "of" && (v.at[i+2] >= 0 || v.ws[i+2].Lower == "the" && i+3 < len(v.ws) && v.at[i+3] >= 0) {
			return i // "an alliance of A and B" (coalition.go)
		}
		if v.ws[i+1].Lower == "led" && v.ws[i+2].Lower == "by" {
			return i // "the coalition led by X"
		}
	}
	for i := 0; i+2 < len(v.ws); i++ {
		if !involvingNouns[strings.TrimSuffix(v.ws[i].Lower, "s")] {
			continue
		}
		for j := i + 1; j < len(v.ws) && j <= i+4; j++ {
			if strings.HasPrefix(v.ws[j].Lower, "involv") && j+1 < len(v.ws) && v.at[j+1] >= 0 {
				return i // "the X project, which involves A and B" (coalition.go involvedStates)
			}
		}
	}
	for k, m := range v.ms {
		switch {
		case m.Class == schema.Place:
			if v.placeAfter(m.End) {
				return m.End
			}
		case m.Class == schema.Organization && m.End+1 < len(v.ws) && v.ws[m.End].Key == "s" && !v.ws[m.End].Hyph:
			if j := v.at[m.End+1]; j >= 0 && v.ms[j].Class == schema.Person {
				return m.End
			}
		case m.Class == schema.Person && v.orgAfterOf(m.End), m.Class == schema.Person && v.presenceAfter(m.End):
			return m.End
		case m.Class == schema.Person || m.Kind == mPronoun:
			if j := v.titleByCopula(m.End); j >= 0 && k+1 < len(v.ms) {
				return j
			}
		}
	}
	return -1
}

// presenceAfter reports whether a copula and "in" before a place or country follow word
// j ("X is in P", "X was still in P": construct.go presence).
func (v *sentenceView) presenceAfter(j int) bool {
	if j < len(v.ws) && (v.ws[j].Lower == "," || v.ws[j].Lower == "who") {
		return false
	}
	if j >= len(v.ws) || !v.ws[j].in(hotBeVerbs) {
		return false
	}
	j++
	if j < len(v.ws) && (v.ws[j].Lower == "still" || v.ws[j].Lower == "now" || v.ws[j].Lower == "already") {
		j++
	}
	if j+1 >= len(v.ws) || v.ws[j].Lower != "in" {
		return false
	}
	k := v.at[j+1]
	return k >= 0 && (v.ms[k].Class == schema.Place || v.ms[k].Class == schema.Country)
}

// orgAfterOf reports whether an organisation mention follows word j through "of" (after a
// comma or not) and an article: "X of the Y Institute said" (phraseFacts).
func (v *sentenceView) orgAfterOf(j int) bool {
	if j < len(v.ws) && v.ws[j].Lower == "," {
		j++
	}
	if j+1 >= len(v.ws) || v.ws[j].Lower != "of" {
		return false
	}
	j++
	if v.ws[j].Lower == "the" && j+1 < len(v.ws) {
		j++
	}
	k := v.at[j]
	return k >= 0 && v.ms[k].Class == schema.Organization
}

// placeAfter reports whether a place or country mention follows word j through "in" and
// the words of a place's description only ("in northern Y", ", in the province of Y"),
// after a copula ("is a city in Y").
func (v *sentenceView) placeAfter(j int) bool {
	in := false
	for i := j; i < len(v.ws) && i < j+6; i++ {
		w := v.ws[i]
		if k := v.at[i]; k >= 0 {
			return in && (v.ms[k].Class == schema.Place || v.ms[k].Class == schema.Country)
		}
		switch {
		case w.Lower == "in":
			in = true
		case w.Text == "," || w.Lower == "the" || w.Lower == "of" || i < j+2 && (w.in(hotBeVerbs) || w.Lower == "a" || w.Lower == "an") || directions[w.Key] || strings.HasSuffix(w.Lower, "ern") ||
			placeIntro[w.Lower] || unitNouns[w.Lower] || partNouns[w.Lower]:
		default:
			return false
		}
	}
	return false
}

// titleByCopula returns the word of a title that a copula or a verb of becoming after
// word j gives the subject before it ("was the Chilean ambassador"), or -1.
func (v *sentenceView) titleByCopula(j int) int {
	i := j
	for i < len(v.ws) && i < j+2 && (strings.HasSuffix(v.ws[i].Lower, "ly") || v.ws[i].Lower == "also" || v.ws[i].Lower == "has" || v.ws[i].Lower == "had") {
		i++ // "previously served", "has also been"
	}
	if i >= len(v.ws) || !copulaWords[v.ws[i].Lower] && !titleVerbs[v.ws[i].Lower] {
		return -1
	}
	for k := i + 1; k < len(v.ws) && k <= i+6; k++ {
		if v.ws[k].Punct {
			return -1
		}
		if _, n, _ := matchTitle(v.ws, k); n > 0 {
			return k
		}
	}
	return -1
}

// parentheticalEnd returns the comma that closes a parenthetical right after word i
// ("travelled, despite the storm and the rain, to X"), else i: the object's marker is
// looked for after it.
func (v *sentenceView) parentheticalEnd(i int) int {
	if i+1 >= len(v.ws) || v.ws[i+1].Text != "," {
		return i
	}
	for k := i + 2; k < len(v.ws) && k <= i+14; k++ {
		if v.ws[k].Text == "," {
			return k
		}
	}
	return i
}

// titleVerbs give their subject the title after them.
var titleVerbs = wordSet("titleVerbs")

// markerAfter reports whether the case marker of row r's object follows word i closely
// ("to" in "travelled on Monday to X"), or "between" for a relation between two; a
// symmetric relation may instead join two subjects coordinated before it ("A and B held
// talks").
func (v *sentenceView) markerAfter(i int, r gateRow) bool {
	if r.markers == nil {
		return true
	}
	for j := i + 1; j < len(v.ws) && j <= v.parentheticalEnd(i)+6; j++ {
		if r.markers[v.ws[j].Lower] {
			return true
		}
	}
	for j := i - 1; j > 0 && j >= i-4; j-- {
		if v.ws[j].Lower == "of" && undergoerNouns[v.ws[j-1].Lower] {
			return true // "X was the target of Y airstrikes": the undergoer is before (construct.go)
		}
		if v.ws[j].Lower == "by" && v.at[j-1] < 0 && strings.HasSuffix(v.ws[j-1].Lower, "ed") {
			return true // "X was damaged by a Y air raid": the passive subject (construct.go)
		}
	}
	if r.symmetric {
		for k := 1; k < len(v.ms) && v.ms[k].End <= i; k++ {
			a, b := v.ms[k-1], v.ms[k]
			if b.Start == a.End+1 && (v.ws[a.End].Lower == "and" || v.ws[a.End].Text == ",") || a.pair == 1 && b.pair == 2 {
				return true // "A and B", "the two sides"
			}
		}
	}
	return false
}

// preBefore reports whether the modifiers of a noun phrase trigger stand before word i
// ("war" before "games").
func (v *sentenceView) preBefore(i int, pre []string) bool {
	for k := range pre {
		j := i - len(pre) + k
		if j < 0 || v.ws[j].Lower != pre[k] {
			return false
		}
	}
	return true
}

// objectNear reports whether a mention starts within three words after word i, with no
// preposition between: the direct object a verb's base or -s form needs to be read as the
// verb ("back X", "helps the Y").
func (v *sentenceView) objectNear(i int) bool {
	limit := i + 3
	for j := i + 1; j < len(v.ws) && j <= limit; j++ {
		if v.at[j] >= 0 {
			return true
		}
		if titleLex().modifiers[v.ws[j].Lower] {
			limit++ // "assassinate outgoing Prime Minister X": the modifier before a title
		}
		if l := strings.TrimSuffix(v.ws[j].Lower, "s"); (stances()[l] || assetNouns[l]) && j+1 < len(v.ws) && v.ws[j+1].Lower == "of" {
			j++
			limit += 4 // "support the rights of the X Movement": the holder of a stance (construct.go stanceHolder)
			continue
		}
		if listIntroducers[v.ws[j].Lower] || v.ws[j].Lower == "," && j+1 < len(v.ws) && listIntroducers[v.ws[j+1].Lower] {
			limit = j + 4 // "funds several groups, including X": the object's members
			continue
		}
		if v.ws[j].Punct || objectBreaks[v.ws[j].Lower] {
			return false // "came back from X": no direct object
		}
	}
	return false
}

// listIntroducers open a list of the members of a plural object; includeForms are the
// forms of "include" after a relational noun.
var (
	listIntroducers = wordSet("listIntroducers")
	includeForms    = wordSet("includeForms")
)

// objectBreaks end the search for a direct object.
var objectBreaks = wordSet("objectBreaks")

// parseWindow returns the bytes of v's text worth parsing: from a few words before its
// first mention or trigger word trig to a few after its last (on BBC news this leaves
// out 15% of the words of the sentences parsed; the words around a predicate that make
// it unreal, "not", "would", "if", stand near it). Measured on the three corpora (BBC,
// Wikinews 2019-20, Reuters): starting 10 words before, or at the sentence's start, reads
// no condition or negation the window misses, loses 8 right facts the shorter parse
// gives and adds 2-4 wrong ones, for 2-4% more parsing.
func (v *sentenceView) parseWindow(trig int) (int, int) {
	const slack = 5
	first, last := min(v.ms[0].Start, trig), max(v.ms[len(v.ms)-1].End, trig+1)
	a, b := v.phraseEdge(max(first-slack, 0)), min(last+slack, len(v.ws))
	return v.ws[a].Start, v.ws[b-1].End
}

// phraseEdge moves a window's first word a back to the start of the phrase it cuts: to
// the sentence's start when that is at most three words before, else to a word after a
// punctuation mark at most three words before. A window opening inside a noun phrase
// loses its determiner, and the tagger then reads the noun as a verb ("strike, carried
// out by X jets, killed Y" for "The strike, carried out by ...").
func (v *sentenceView) phraseEdge(a int) int {
	if a <= 3 {
		return 0 // the sentence's subject: "The strike, which was carried out by X, killed Y"
	}
	for j := a; j >= 0 && a-j <= 3; j-- {
		if j == 0 || v.ws[j-1].Punct {
			return j
		}
	}
	return a
}

// copulaBefore reports whether a verb that makes a relational noun a predicate stands a
// few words before word i: "X is the director of Y", "was named head of Y", "served as".
func (v *sentenceView) copulaBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if v.at[j] >= 0 {
			return false
		}
		if copulaWords[v.ws[j].Lower] {
			return true
		}
	}
	return false
}

// holderBeside reports whether a mention that could hold relational noun i stands within
// four words of it, with nothing but a comma, an article, a possessive or modifiers
// between: a person for a title ("X, the director of Y", "BMW's chief executive, X"), a
// body or state for a relation between actors ("Chile, an ally of Peru").
func (v *sentenceView) holderBeside(i int, r gateRow) bool {
	person := r.preds[0].Allows(schema.Person, schema.Organization) || r.preds[0].Allows(schema.Person, schema.Person)
	if r.preds[0].Allows(schema.Country, schema.Country) || r.preds[0].Allows(schema.Organization, schema.Organization) {
		person = false
	}
	for d := 1; d <= 4+v.timePhraseBefore(i); d++ {
		for _, j := range []int{i - d, i + d} {
			if j < 0 || j >= len(v.ws) {
				continue
			}
			k := v.at[j]
			if k < 0 {
				continue
			}
			c := v.ms[k].Class
			if c == "" || person && (c == schema.Person || v.ms[k].Kind == mPronoun) || !person && (c == schema.Organization || c == schema.Country) {
				return true
			}
		}
	}
	return false
}

// includeAfter reports whether a form of "include" follows relational noun i within
// its phrase ("members of the X Council include A and B"): the holders come after it.
func (v *sentenceView) includeAfter(i int) bool {
	for j := i + 1; j < len(v.ws) && j <= i+8; j++ {
		if includeForms[v.ws[j].Lower] {
			return true
		}
		if v.ws[j].Punct {
			return false
		}
	}
	return false
}

// timePhraseBefore returns the number of words of a time phrase, or numbers, within seven
// words before word i ("X, since 2018 a member of Y", "X, for years an adviser to Y", an
// age: "X, 63, the director of Y"): they stand between a holder and its relational noun
// as modifiers do.
func (v *sentenceView) timePhraseBefore(i int) int {
	n := 0
	for j := max(i-7, 0); j < i; j++ {
		if w := v.ws[j].Lower; isDigitWord(w) || timeWords[strings.TrimSuffix(w, "s")] || timePrepositions[w] {
			n++
		}
	}
	return n
}

// timePrepositions open a time phrase: see data/words.txt.
var timePrepositions = wordSet("timePrepositions")

// copulaWords make a relational noun after them a predicate of the subject.
var copulaWords = wordSet("copulaWords")

// gateClasses returns the classes mention m may have once resolved: "" when unknown.
func gateClasses(m mention) []schema.Class {
	switch {
	case m.Kind == mPronoun:
		return []schema.Class{schema.Person}
	case m.Capital:
		return []schema.Class{schema.Place, schema.Country}
	case m.Kind == mDemonym:
		return []schema.Class{schema.Country}
	}
	return []schema.Class{m.Class}
}

// gatePreds are the predicates a trigger row may give, with how the tree turns them (an
// attack on a place is attacked, the head of an armed body commands it).
type gatePreds []schema.Predicate

// fits reports whether one of the predicates allows two of the classes (an unknown class
// allows anything; two mentions are needed, so one class is never paired with itself).
func (ps gatePreds) fits(classes []schema.Class) bool {
	for _, p := range ps {
		for a, ca := range classes {
			for b, cb := range classes {
				if a == b {
					continue
				}
				if ca == "" || cb == "" || p.Allows(ca, cb) {
					return true
				}
			}
		}
	}
	return false
}

// gateRow is what the gate knows of one trigger row.
type gateRow struct {
	preds gatePreds
	// markers are the case markers one of which the object needs ("to", "with"), with
	// "between"; nil when an object needs none (a direct object, a possessor).
	markers    map[string]bool
	symmetric  bool // met, alliedWith, "clash": two subjects may do without an object
	relational bool // a relational noun, read as a predicate after a copula
	pre        []string
	rest       []string // the other words of a phrase lemma ("aid" of "halt aid"), after the form
	// bare holds a verb's forms that are as often nouns or adverbs ("back", "supports"):
	// read as the verb only with a direct object close after them.
	bare map[string]bool
}

// newGateRow reads a tree trigger row for the gate.
func newGateRow(tt treeTrigger) gateRow {
	r := gateRow{preds: gatePreds{tt.pred}, symmetric: tt.pred.Symmetric(), pre: tt.pre, rest: tt.rest}
	r.relational = tt.noun && contains(tt.subj, "cop")
	if tt.attack {
		r.preds = append(r.preds, schema.Attacked)
	}
	if tt.pred == schema.Leads {
		r.preds = append(r.preds, schema.Commands, schema.MemberOf)
	}
	if tt.pred == schema.Met {
		r.preds = append(r.preds, schema.Visited) // where the meeting was held
	}
	roles := tt.obj
	if tt.reversed {
		roles = append(append([]string{}, tt.obj...), tt.subj...)
	}
	r.markers = map[string]bool{"between": tt.pred.Symmetric() || tt.pred == schema.Fights}
	for _, role := range roles {
		rel, prep, ok := strings.Cut(role, ":")
		if !ok || rel != "nmod" && rel != "obl" || prep == "poss" || prep == "agent" {
			r.markers = nil // a direct object, a possessor, an apposition: no marker
			break
		}
		r.markers[prep] = true
	}
	return r
}

// bareForms returns the base and -s forms of a verb whose object is direct.
func bareForms(lemma string, r gateRow) map[string]bool {
	if r.markers != nil {
		return nil
	}
	return map[string]bool{lemma: true, lemma + "s": true, lemma + "es": true}
}

// treeTriggerForms returns the surface forms of the tree lexicon's verbs and nouns, each
// with the rows it may be a trigger of: a verb's inflections, a noun and its plural.
var treeTriggerForms = sync.OnceValue(func() map[string][]gateRow {
	m := map[string][]gateRow{}
	for key, rows := range treeLexicon() {
		kind, lemma, _ := strings.Cut(key, " ")
		if kind == "light" {
			continue // a light verb needs its event noun, which is listed itself
		}
		for _, tt := range rows {
			r := newGateRow(tt)
			r.symmetric = r.symmetric || kind == "verb" && tt.pred == schema.Fights && reciprocalFightVerbs[lemma] // "A and B clashed"
			var forms []string
			if kind == "noun" {
				forms = []string{lemma, lemma + "s", lemma + "es"}
				if strings.HasSuffix(lemma, "y") {
					forms = append(forms, lemma[:len(lemma)-1]+"ies")
				}
			} else {
				forms = verbForms(lemma, strings.Join(tt.irregular, ","))
				r.bare = bareForms(lemma, r)
			}
			for _, f := range forms {
				m[f] = append(m[f], r)
			}
		}
	}
	return m
})
