package loader

import (
	"slices"
	"strings"

	"sync"

	"github.com/newsgraph/newsgraph/schema"
)

// The tree layer reads relations from a sentence's dependency tree (Universal
// Dependencies relations, as loader/syntax writes them). This file holds the tree and the
// questions the templates of construct.go ask of it; it knows nothing of entities.

// node is one syntactic word of a parsed sentence.
type node struct {
	Form, Lemma, UPOS string
	XPOS              string // the Penn tag: "VBN" tells a participle
	Head              int    // index of the head in the sentence, -1 for the root
	Rel               string // UD relation to the head, with its subtype ("nsubj:pass")
	Start, End        int    // byte offsets in the sentence's text
}

// sentenceParser returns the parser of the tree layer: a function from a sentence's text
// to its parsed nodes, or nil when the loader is built without a parsing model (then the
// tree layer reads nothing and the word patterns of relation.go and pattern.go do the
// work alone). It is built once. The gate picks the sentences to parse in the first
// stage (lazyCandidates, called by detectMentions); each is parsed when treeRelations
// first reads it (sentenceView.nodes), and every stage of a document runs on the
// goroutine ExtractAll gives it.
var sentenceParser = sync.OnceValue(func() parseFunc { return parserFor(defaultSyntaxModel()) })

// treeRelations adds the facts the tree layer reads in sentence v. Only sentences with two
// mentions of entities are parsed: no other sentence can hold a fact between them.
func treeRelations(v *sentenceView, fs *factSet) {
	if v.lp == nil || v.hypo {
		return
	}
	n := 0
	for _, m := range v.ms {
		if m.ent != nil {
			n++
		}
	}
	if n >= 2 {
		treeFactsFromNodes(v, fs, v.nodes())
	}
}

// treeMentions places the sentence's mentions on the parse's nodes (the first node inside
// a mention's byte span to the last; a determiner that heads outside it is not the
// mention's), with what the templates ask of each mention's entity.
func treeMentions(v *sentenceView, nodes []node) []treeMention {
	tms := make([]treeMention, len(v.ms))
	for k, m := range v.ms {
		tms[k] = treeMention{Start: -1, End: -1, Weak: m.Kind == mCollective}
		if m.ent == nil || m.Start >= m.End || m.End > len(v.ws) {
			continue
		}
		tms[k].Class = m.ent.Class
		tms[k].Armed = m.ent.Class == schema.Organization && armed(m.ent)
		tms[k].State = m.ent.Class == schema.Country || m.Capital
		tms[k].Partner = v.pairPartner(k) + 1
		tms[k].Demonym = m.Kind == mDemonym
		tms[k].Titled = m.Title != 0
		tms[k].Economic = economicBody(m.ent)
		from, to := v.ws[m.Start].Start, v.ws[m.End-1].End
		for i, nd := range nodes {
			if nd.Start >= from && nd.End <= to {
				if tms[k].Start < 0 && nd.UPOS == "DET" && nd.Head > i {
					continue // "the Taliban" before a noun: "the" is the noun phrase's ("the Taliban faction")
				}
				if tms[k].Start < 0 {
					tms[k].Start = i
				}
				tms[k].End = i + 1
			}
		}
	}
	return tms
}

// treeFactsFromNodes maps v's mentions onto the parsed nodes by byte span and adds the
// facts the templates read between them.
func treeFactsFromNodes(v *sentenceView, fs *factSet, nodes []node) {
	nodes = repairParse(nodes)
	t := newTree(nodes)
	tms := treeMentions(v, nodes)
	titleNominals(v, fs, t, tms, t.mentionIndex(tms))
	for _, f := range treeFacts(t, tms) {
		s, o := v.ent(f.S), v.ent(f.O)
		if s == nil || o == nil || v.demonymOfName(f.S) || v.demonymOfName(f.O) {
			continue
		}
		if f.Pact {
			s, o = fs.stateOf(s), fs.stateOf(o) // leaders sign treaties for their states
		}
		if f.P == schema.SanctionedBy && f.T >= 0 && v.appointedAs(v.wordAfter(nodes[f.T].End)) || f.P == schema.AlliedWith && f.T >= 0 && v.tradePurpose(v.wordAfter(nodes[f.T].End)) {
			continue // "designated X as interior minister": the parse may have cut the "as"; "a pact between A, B and C to lower the value of the dollar": money
		}
		if f.P == schema.SanctionedBy && o.Class == schema.Person {
			o = fs.stateOf(o) // "President X imposed sanctions on Y": the state X leads sanctions
		}
		ap := f.P
		if f.Attack && o.Class == schema.Place {
			ap = schema.Attacked // a capital struck is the place, not its state
		}
		s, o = v.actorFor(f.S, s, ap, o, true), v.actorFor(f.O, o, ap, s, false)
		if (f.Attack || f.P == schema.Fights) && v.sportsContest() || f.P == schema.Supports && (v.sport || v.aboutShow()) || f.P == schema.Met && f.T >= 0 && v.fixture(v.wordAfter(nodes[f.T].Start)) {
			continue // sport: "Ireland have just defeated England", in a sport story "the coach backed X"
		}
		if f.T >= 0 && (f.P == schema.Visited && nodes[f.T].UPOS == "NOUN" && v.visitAhead(v.wordAfter(nodes[f.T].Start)) || eventPredicate(f.P) && v.wordPlan(v.wordAfter(nodes[f.T].Start)) || (f.P == schema.Visited || f.P == schema.Met) && presentHave(nodes, f.T)) {
			continue // "in time for his visit to X", "when he visits X later in the month", "before X leaves for Y", "X has a meeting in Y": still to come (pattern.go visitAhead, ahead.go)
		}
		if f.T >= 0 && eventPredicate(f.P) && nodes[f.T].UPOS == "NOUN" && v.unrealOf(v.wordAfter(nodes[f.T].Start)) {
			continue // "fears of a Turkish invasion of Y": a danger, no attack (ahead.go)
		}
		if f.P == schema.Visited && v.acrossQuote(f.S, f.O) {
			continue // `X told reporters "Women in Y ...`: a place the quotation speaks of, not where X was
		}
		if (f.Attack || f.P == schema.Fights) && labourBody(s) {
			continue // "the union struck the plant": a stoppage of work
		}
		if f.Loose && (!v.armedFight(s, o) || v.disputeAfter(v.ms[f.O].End) && !armedSide(s) && !armedSide(o)) {
			continue // "fought the bill in court", "battled Y for the title": no arms
		}
		if (f.Attack || f.P == schema.Fights) && v.victims(f.O) {
			continue // "killed four Iraqis": people, not their state
		}
		p := f.P
		if f.Attack && o.Class == schema.Place {
			p = schema.Attacked
		}
		p = headPredicate(p, o, nodes, f.T)
		if p == schema.Visited && f.Meeting && fs.atHome(s, v.ms[f.O]) {
			continue // the host of a meeting is at home
		}
		if f.Companion && fs.shareCountry(s, o) {
			continue // "toured X with Foreign Minister Y": one's own minister, along
		}
		if p == schema.Visited && reportedClauseSubject(v, v.ms[f.O]) {
			continue // "said in a statement Japan would act": the country opens the reported clause
		}
		if p == schema.Visited && v.ms[f.O].Kind == mDemonym && !(v.ms[f.O].End < len(v.ws) && stayPlaceNouns[v.ws[v.ms[f.O].End].Lower]) {
			continue // "speaking in French": a language, no place; but "a stay in a Belgian hospital" was in Belgium
		}
		fs.add(s, p, o, v.n)
	}
}

// reportedClauseSubject reports whether mention m follows a noun of what is said ("in a
// statement", "in an interview", data/words.txt statementNouns) with no word between: it
// opens the reported clause, where the speaker was is unsaid.
func reportedClauseSubject(v *sentenceView, m mention) bool {
	return m.Start > 0 && !v.ws[m.Start-1].Cap && statementNouns[v.ws[m.Start-1].Lower]
}

// statementNouns name what a speaker says or writes; see data/words.txt.
var statementNouns = wordSet("statementNouns")

// shareCountry reports whether facts already tie persons a and b to one country (a
// nationality, a post or its lead).
func (fs *factSet) shareCountry(a, b *entity) bool {
	tied := map[*entity]bool{}
	for _, k := range fs.order {
		if k.s == a && k.o.Class == schema.Country && (k.p == schema.Nationality || k.p == schema.Leads || k.p == schema.MemberOf) {
			tied[k.o] = true
		}
	}
	for _, k := range fs.order {
		if k.s == b && tied[k.o] && (k.p == schema.Nationality || k.p == schema.Leads || k.p == schema.MemberOf) {
			return true
		}
	}
	return false
}

// tradePurpose reports whether the first infinitive after word j, in the same clause,
// is about trade or money ("a pact between A, B and C to cut the value of the dollar",
// data/words.txt commerceWords): the parse of a long sentence may not reach it.
func (v *sentenceView) tradePurpose(j int) bool {
	for k := j; k+1 < len(v.ws) && k < j+30; k++ {
		if w := v.ws[k].Text; w == ";" || w == "." {
			return false
		}
		if v.ws[k].Lower != "to" || v.ws[k+1].Cap {
			continue
		}
		for m := k + 1; m < len(v.ws) && m < k+10 && !v.ws[m].Punct; m++ {
			if commerceWords[v.ws[m].Lower] {
				return true
			}
		}
		return false
	}
	return false
}

// wordAfter returns the index of the first word of v that starts at or after byte offset
// end, len(v.ws) for none.
func (v *sentenceView) wordAfter(end int) int {
	for j, w := range v.ws {
		if w.Start >= end {
			return j
		}
	}
	return len(v.ws)
}

// actorFor returns the entity mention k stands for in a fact of predicate p with the
// entity other: a capital that the predicate does not allow as a place is its country,
// acting ("an ally of Damascus", "Moscow backs X").
func (v *sentenceView) actorFor(k int, e *entity, p schema.Predicate, other *entity, subject bool) *entity {
	m := v.ms[k]
	if !m.Capital || m.Country == "" || e == nil || other == nil {
		return e
	}
	if subject && p.Allows(e.Class, other.Class) || !subject && p.Allows(other.Class, e.Class) {
		return e
	}
	if c := countryEntity(v, m.Country); c != nil {
		return c
	}
	return e
}

// victims reports whether mention k is a plural demonym ("Iraqis", "Palestinians"): as
// the object of an attack it names people, not their state.
func (v *sentenceView) victims(k int) bool {
	m := v.ms[k]
	return m.Kind == mDemonym && m.End-m.Start == 1 && strings.HasSuffix(v.ws[m.Start].Lower, "s")
}

// stateOf returns the country a person leads by the facts read so far, else e.
func (fs *factSet) stateOf(e *entity) *entity {
	if e == nil || e.Class != schema.Person {
		return e
	}
	var state *entity
	for _, k := range fs.order {
		if k.s == e && k.p == schema.Leads && k.o.Class == schema.Country {
			if state != nil && state != k.o {
				return e // two states: which one signed is not clear
			}
			state = k.o
		}
	}
	if state == nil {
		return e
	}
	return state
}

// demonymOfName reports whether mention k is a demonym before a name ("South Korean
// Hyung-Taik Lee", "American Jan Berg") or before a noun of a private person ("a Saudi
// teenager", "two British tourists"; data/words.txt privatePersonNouns): it gives the
// person's nationality and stands for no actor of the person's acts, nor for the one
// helped or struck.
func (v *sentenceView) demonymOfName(k int) bool {
	m := v.ms[k]
	if v.privatePersonModifier(m) {
		return true
	}
	if m.Kind != mDemonym || m.End >= len(v.ws) {
		return false
	}
	next := v.ws[m.End]
	if j := v.at[m.End]; j >= 0 {
		return v.ms[j].Class == schema.Person
	}
	return next.Cap && !next.Punct && !next.Hyph
}

// acrossQuote reports whether one of mentions k and j is inside a quotation of the
// sentence and the other outside it (an odd number of quote marks before the one, an
// even number before the other).
func (v *sentenceView) acrossQuote(k, j int) bool {
	return v.quoted(v.ms[k].Start) != v.quoted(v.ms[j].Start)
}

// quoted reports whether word i follows an odd number of quote marks of its sentence.
func (v *sentenceView) quoted(i int) bool {
	q := 0
	for _, w := range v.ws[:i] {
		if w.Text == "\"" {
			q++
		}
	}
	return q%2 == 1
}

// privatePersonNouns name people in a private capacity (data/words.txt).
var privatePersonNouns = wordSet("privatePersonNouns")

// tree is a parsed sentence: its nodes and, for each node, its dependents in order.
type tree struct {
	nodes []node
	kids  [][]int
	ms    []treeMention // the mentions treeFacts reads between, nil before
}

// classOf returns the class of mention k, "" when unknown.
func (t *tree) classOf(k int) schema.Class {
	if k < 0 || k >= len(t.ms) {
		return ""
	}
	return t.ms[k].Class
}

// newTree builds the tree of nodes. Heads that do not make a tree (out of range, or a
// cycle) give an empty tree: no template reads it.
func newTree(nodes []node) *tree {
	for i := range nodes {
		h, steps := i, 0
		for h >= 0 && steps <= len(nodes) {
			if h >= len(nodes) {
				return &tree{}
			}
			h = nodes[h].Head
			steps++
		}
		if steps > len(nodes) {
			return &tree{} // a cycle
		}
	}
	t := &tree{nodes: nodes, kids: make([][]int, len(nodes))}
	for i, n := range nodes {
		if n.Head >= 0 && n.Head != i {
			t.kids[n.Head] = append(t.kids[n.Head], i)
		}
	}
	return t
}

// rel returns node i's relation without its subtype ("nsubj" for "nsubj:pass").
func (t *tree) rel(i int) string {
	r, _, _ := strings.Cut(t.nodes[i].Rel, ":")
	return r
}

// lemma returns node i's lemma in lower case (its form when it has none).
func (t *tree) lemma(i int) string {
	if l := t.nodes[i].Lemma; l != "" && l != "_" {
		return strings.ToLower(l)
	}
	return strings.ToLower(t.nodes[i].Form)
}

// child returns the first dependent of i whose relation is rel (with subtype, or without
// when rel has none), or -1.
func (t *tree) child(i int, rel string) int {
	for _, k := range t.kids[i] {
		if t.nodes[k].Rel == rel || !strings.Contains(rel, ":") && t.rel(k) == rel {
			return k
		}
	}
	return -1
}

// caseOf returns the preposition that marks node i ("to" for "to Moscow"), or "".
func (t *tree) caseOf(i int) string {
	var parts []string
	for _, k := range t.kids[i] {
		if t.nodes[k].Rel == "case" && t.nodes[k].UPOS != "PART" {
			parts = append(parts, t.lemma(k))
		}
	}
	return strings.Join(parts, " ")
}

// conjuncts returns i and the nodes coordinated with it ("A, B and C").
func (t *tree) conjuncts(i int) []int {
	out := []int{i}
	for k := 0; k < len(out); k++ {
		for _, c := range t.kids[out[k]] {
			if t.nodes[c].Rel == "conj" {
				out = append(out, c)
			}
		}
	}
	return out
}

// firstConjunct returns the head of the coordination i is in ("B" in "A and B" -> "A").
func (t *tree) firstConjunct(i int) int {
	for t.nodes[i].Rel == "conj" && t.nodes[i].Head >= 0 {
		i = t.nodes[i].Head
	}
	return i
}

// negatedOrUnreal reports whether the predicate at node i states nothing: negated ("did
// not meet", "never visited"), modal or future ("would attack", "will travel", "could
// visit"), or inside a condition ("if X attacks Y") or a question.
func (t *tree) negatedOrUnreal(i int) bool { return t.unreal(i, true) }

// hasKidLemma reports whether node i has a dependent of lemma l.
func (t *tree) hasKidLemma(i int, l string) bool {
	for _, k := range t.kids[i] {
		if t.lemma(k) == l {
			return true
		}
	}
	return false
}

// unreal is negatedOrUnreal, with the modal and future auxiliaries of i itself read only
// when modal is set.
func (t *tree) unreal(i int, modal bool) bool {
	for _, k := range t.kids[i] {
		l := t.lemma(k)
		if strings.ToLower(t.nodes[k].Form) == "longer" && t.hasKidLemma(k, "no") {
			return true // "are no longer allies": "no" hangs on "longer"
		}
		switch t.nodes[k].Rel {
		case "advmod", "neg", "det":
			if l == "not" || l == "never" || l == "n't" || l == "no" {
				return true // "there was no treaty between X and Y", "no longer backs Y"
			}
		case "aux":
			if modal && unrealAux[l] || l == "not" {
				return true
			}
		case "mark":
			if l == "if" || l == "unless" || l == "whether" {
				return true
			}
		case "punct":
			if t.nodes[k].Form == "?" {
				return true
			}
		}
		if t.nodes[k].Rel == "advmod" && l == "not" {
			return true
		}
		if t.forwardTime(k) {
			return true // "meets X next week", "next month's summit between X and Y"
		}
		if t.nodes[k].Rel == "amod" && (unrealModifiers[l] || unrealModifiers[strings.ToLower(t.nodes[k].Form)]) {
			return true // "a planned trip", "the proposed visit"
		}
	}
	if t.scheduled(i) || t.aheadClause(i) || t.laterSpan(i) {
		return true // "leaves for Moscow on Tuesday": the present of a timetable; "visits Y later this month"
	}
	if a := t.child(i, "aux"); t.markedTo(i) && (t.child(i, "cop") >= 0 || a >= 0 && t.lemma(a) != "have") {
		return true // "X is to visit Y": a plan; "is reported to have killed Y" is past
	}
	// A clause that only depends on an unreal one, or is planned by its head ("plans to
	// visit", "wants to attack", "is going to attack"), is unreal too.
	h := t.nodes[i].Head
	if h >= 0 && t.rel(i) == "xcomp" && strings.ToLower(t.nodes[h].Form) == "going" {
		return true
	}
	switch r := t.rel(i); {
	case h < 0:
		return false
	case r == "xcomp" && (intentVerbs[t.lemma(h)] || modality()[t.lemma(h)] == "denial"):
		return true // "plans to visit Y"; "denied attacking Y"
	case r == "xcomp" && t.markedTo(i) && failVerbs[t.lemma(h)]:
		return true // "failed to meet Y"
	case r == "xcomp" && t.markedTo(i) && t.child(h, "advmod") >= 0 && t.lemma(t.child(h, "advmod")) == "yet":
		return true // "has yet to visit Y": not yet
	case (r == "xcomp" && t.markedTo(i) || r == "advcl") && modality()[t.lemma(h)] == "unlikely":
		return true // "was unlikely to support X", "is ready to visit Y", "stopped short of backing Z"
	case (r == "obj" || r == "obl") && t.undoVerb(h, i):
		return true // "called off the talks", "put off her trip" (the particle read as either)
	case (r == "obj" || t.nodes[i].Rel == "nsubj:pass") && (cancelVerbs[t.lemma(h)] || cancelVerbs[strings.ToLower(t.nodes[h].Form)]):
		return true // "cancelled her tour", "the visit was postponed": it did not take place
	case r == "xcomp" && t.nodes[i].XPOS == "VBG" && ceaseGerundVerbs[t.lemma(h)]:
		return true // "stopped arming Y", "ceased supporting Y"
	case (r == "acl" || r == "ccomp") && (intentNouns[t.lemma(h)] || t.deniedNoun(h)):
		return true // "plans to attack", "allegations that X armed Y", "denied reports that X met Y"
	case r == "advcl" && t.markedTo(i) && t.aspectual(h):
		return t.negatedOrUnreal(h) // "went on to lead Y": no purpose, the aspect of a real clause
	case r == "advcl" && t.markedTo(i):
		return true // a purpose: "developing plans to attack X", "sent troops to strike Y"
	case t.alleged(i), r == "advcl" && t.nodes[i].XPOS == "VBG" && t.child(i, "mark") >= 0 && t.lemma(t.child(i, "mark")) == "from":
		return true // "accused Y of backing Z", "Y is alleged to have met Z"; "barred X from leaving Y"
	case r == "ccomp" && !reportVerbsTree[t.lemma(h)]:
		return true // "denied that X attacked Y", "feared X would come"
	case r == "advcl" && t.nodes[h].UPOS == "ADJ":
		return t.negatedOrUnreal(h) // "would be keen on visiting Y"
	case r == "xcomp" || r == "conj" || r == "ccomp":
		return t.negatedOrUnreal(h)
	}
	return false
}

// deniedNoun reports whether noun h is what a verb of denial takes as its object or
// passive subject ("denied reports that X met Y", "dismissed claims that Y armed Z", "the
// reports were denied"): the clause the noun holds is what the verb says did not happen
// (data/modality.tsv kind denial).
func (t *tree) deniedNoun(h int) bool {
	v := t.nodes[h].Head
	r := t.nodes[h].Rel
	return v >= 0 && (r == "obj" || r == "nsubj:pass") && t.nodes[h].UPOS == "NOUN" && modality()[t.lemma(v)] == "denial"
}

// alleged reports whether gerund i says what an allegation verb lays on its subject or
// object ("X accused Y of backing Z", "Y was blamed for arming Z"; data/modality.tsv), or
// infinitive i what its passive does ("Y is alleged to have met Z"):
// third-party allegations are no facts (shared/eval/wikinews/README.md, call 4).
func (t *tree) alleged(i int) bool {
	h := t.nodes[i].Head
	if h >= 0 && t.rel(i) == "xcomp" && modality()[t.lemma(h)] == "allegation" && t.passive(h) {
		return true // "Y is alleged to have met Z", "Y is suspected to have armed Z"
	}
	if h < 0 || t.nodes[i].XPOS != "VBG" {
		return false
	}
	if t.rel(i) == "acl" && t.rel(h) == "obj" {
		h = t.nodes[h].Head // the parser's "accused [Y [of backing Z]]"
	} else if t.rel(i) != "advcl" {
		return false
	}
	return h >= 0 && modality()[t.lemma(h)] == "allegation"
}

// forwardTime reports whether node k names a time still to come: "next week", "next
// month's", "in the coming weeks", "tomorrow". "The next day" of a story told in the past
// is past, and so is "the next week".
func (t *tree) forwardTime(k int) bool {
	l := t.lemma(k)
	if l == "tomorrow" {
		return true
	}
	if l == "today" || l == "tonight" {
		a := t.child(k, "advmod")
		return a >= 0 && strings.EqualFold(t.nodes[a].Form, "later") // "a meeting later today"
	}
	if !futureSpans[l] && !futureSpans[strings.TrimSuffix(l, "s")] {
		return false
	}
	the, next, coming := false, false, false
	for _, c := range t.kids[k] {
		if r := t.rel(c); r == "det" || r == "amod" {
			switch t.lemma(c) {
			case "the":
				the = true
			case "next":
				next = true
			case "coming", "upcoming":
				coming = true
			}
		}
	}
	return coming || next && !the
}

// scheduled reports whether verb i is in the simple present with a time of its own, a
// day or "later today" ("X leaves for Moscow on Tuesday", "meets Y later today"): a
// timetable, not an event told.
func (t *tree) scheduled(i int) bool {
	if x := t.nodes[i].XPOS; !t.presentProgressive(i) && (x != "VBZ" && x != "VBP" || t.child(i, "aux") >= 0 || t.child(i, "aux:pass") >= 0) {
		return false // "leaves for Y on Monday", "is meeting Y on Thursday": a timetable, an arrangement
	}
	for _, k := range t.kids[i] {
		if t.rel(k) == "obl" && weekdays[t.lemma(k)] {
			return true
		}
	}
	return false
}

// laterSpan reports whether verb i, in the simple present, has "later" with a span of
// time of the month or year it is in ("visits Y later in the month", "meets Z later this
// year"), the parser hanging the span on "later" or on the verb: still to come.
func (t *tree) laterSpan(i int) bool {
	if x := t.nodes[i].XPOS; x != "VBZ" && x != "VBP" || t.child(i, "aux") >= 0 {
		return false
	}
	later := -1
	for _, k := range t.kids[i] {
		if strings.EqualFold(t.nodes[k].Form, "later") {
			later = k
		}
	}
	if later < 0 {
		return false
	}
	for _, k := range append(append([]int(nil), t.kids[i]...), t.kids[later]...) {
		if l := t.lemma(k); futureSpans[l] || l == "today" || l == "tonight" {
			return true
		}
	}
	return false
}

// presentProgressive reports whether verb i is a present participle under "is", "are"
// or "am" alone ("is meeting"; not "will be meeting").
func (t *tree) presentProgressive(i int) bool {
	a := t.child(i, "aux")
	if t.nodes[i].XPOS != "VBG" || a < 0 {
		return false
	}
	for _, k := range t.kids[i] {
		if t.rel(k) == "aux" && k != a {
			return false
		}
	}
	f := strings.ToLower(t.nodes[a].Form)
	return f == "is" || f == "are" || f == "am" || f == "'s" || f == "'re"
}

// aheadClause reports whether verb i is in the simple present under a subordinator that
// puts it ahead of the telling ("before X leaves for Y", "until she arrives in Z"; words
// of kind "ahead" in data/modality.tsv): a news story tells what happened in the past.
func (t *tree) aheadClause(i int) bool {
	if x := t.nodes[i].XPOS; x != "VBZ" && x != "VBP" || t.child(i, "aux") >= 0 || t.child(i, "aux:pass") >= 0 {
		return false
	}
	m := t.child(i, "mark")
	return m >= 0 && modality()[t.lemma(m)] == "ahead"
}

// weekdays are the days a timetable names.
var weekdays = toSet(`monday tuesday wednesday thursday friday saturday sunday tomorrow`)

// futureSpans are the times that "next" puts ahead of the writing: "next week", "next
// Monday" (not "next day", which is as often the day after a past one).
var futureSpans = toSet(`week weekend month year monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october november december`)

// unrealModifiers make an event noun a plan: "the planned visit", "a possible strike".
var unrealModifiers = toSet(`planned proposed possible potential expected upcoming future
cancelled canceled postponed alleged rumoured rumored hypothetical would-be intended imminent`)

// cancelVerbs undo the event noun they take as object: "cancelled her tour of X",
// "postponed the talks" (the word patterns' negators hold them too). Forms as well as
// lemmas: the lemmatiser leaves "cancell".
var cancelVerbs = wordSet("cancelVerbs")

// undoVerb reports whether verb h with its particle calls its object i off ("called off
// the talks", "put off her trip"; data undoPhrases): the particle hangs on h, or the
// parser takes it for i's preposition.
func (t *tree) undoVerb(h, i int) bool {
	for _, p := range []int{t.child(h, "compound:prt"), t.child(i, "case")} {
		if p >= 0 && undoPhrases[t.lemma(h)+" "+strings.ToLower(t.nodes[p].Form)] {
			return true
		}
	}
	return false
}

// aspectualVerbs: see data/words.txt.
var aspectualVerbs = phraseSet("aspectualVerbs")

// aspectual reports whether verb h is an aspectual verb (data aspectualVerbs), with its
// particle when the entry has one ("went on", the particle an advmod or compound:prt).
func (t *tree) aspectual(h int) bool {
	l := t.lemma(h)
	if aspectualVerbs[l] {
		return t.child(h, "obj") < 0 // "started a war to seize Y": a purpose
	}
	for _, k := range t.kids[h] {
		if r := t.nodes[k].Rel; (r == "advmod" || r == "compound:prt") && k == h+1 && aspectualVerbs[l+" "+strings.ToLower(t.nodes[k].Form)] {
			return true
		}
	}
	return false
}

// markedTo reports whether clause i is an infinitive with "to".
func (t *tree) markedTo(i int) bool {
	for _, k := range t.kids[i] {
		if t.nodes[k].Rel == "mark" && t.lemma(k) == "to" {
			return true
		}
	}
	return false
}

// unrealAux are auxiliaries that make a clause a plan, a possibility or a future.
var unrealAux = toSet(`would could might may will shall should must can wo ca`)

// planVerbs make a plan of their complement, a clause or an event noun: "plans to visit"
// states no visit, "arranged a meeting with X" no meeting (data/modality.tsv kinds intent,
// attempt and request).
var planVerbs = modalityWords("intent", "attempt", "request")

// intentVerbs take a plan as their "to" complement: "plans to visit" and "decided to join"
// state no visit and no membership (the planVerbs and the verbs of kind decide).
var intentVerbs = modalityWords("intent", "attempt", "request", "decide")

// failVerbs say their "to" complement did not happen: "failed to meet Y" (data/modality.tsv
// kind fail).
var failVerbs = modalityWords("fail")

// intentNouns take a plan as their complement: "plans to attack" states no attack, nor "a
// decision to join" a membership (data/modality.tsv: the nouns of kind intentnoun and the
// nouns written as the intent verbs are).
var intentNouns = modalityWords("intentnoun", "intent", "attempt", "decide")

// modalityWords returns the words of data/modality.tsv of the given kinds.
func modalityWords(kinds ...string) map[string]bool {
	m := map[string]bool{}
	for w, k := range modality() {
		if slices.Contains(kinds, k) {
			m[w] = true
		}
	}
	return m
}

// intentForm reports whether word form w (lower case) is a form of an intent verb
// ("decided", "votes", "sought", "trying"): the word patterns have no lemmas.
func intentForm(w string) bool {
	for _, stem := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "ing"), strings.TrimSuffix(w, "ing") + "e", strings.TrimSuffix(w, "ed"), strings.TrimSuffix(w, "d"), strings.TrimSuffix(w, "ied") + "y", strings.TrimSuffix(w, "ies") + "y"} {
		if intentVerbs[stem] || failVerbs[stem] {
			return true
		}
	}
	return false
}

// reportVerbsTree report what they govern as a fact ("said X attacked Y"). "allege" is
// none: "X alleged that Y bombed Z" is a third-party allegation, no fact
// (shared/eval/wikinews/README.md, call 4; data/modality.tsv's allegation verbs).
var reportVerbsTree = toSet(`say tell report add state announce confirm claim note explain
write insist acknowledge admit emphasize emphasise stress reiterate underline reveal
disclose`)

// mentionIndex maps every node to the mention covering it (-1 for none), using only the
// mentions the parse keeps whole.
func (t *tree) mentionIndex(ms []treeMention) []int {
	at := make([]int, len(t.nodes))
	for i := range at {
		at[i] = -1
	}
	for k, m := range ms {
		if !t.constituent(m.Start, m.End) {
			continue
		}
		for i := m.Start; i < m.End; i++ {
			at[i] = k
		}
	}
	return at
}

// headPredicate returns what heading o means for a trigger t of predicate p: the head of an
// armed body commands it, and a director of a state is in its service, not its head
// ("Kenya's director, X").
func headPredicate(p schema.Predicate, o *entity, nodes []node, t int) schema.Predicate {
	if p == schema.Leads && armed(o) {
		return schema.Commands
	}
	if p == schema.Leads && o.Class == schema.Country && t >= 0 && stateStaffNouns[strings.ToLower(nodes[t].Lemma)] {
		return schema.MemberOf
	}
	return p
}

// stateStaffNouns are the relational nouns that head a body but not a state (words.txt).
var stateStaffNouns = wordSet("stateStaffNouns")
