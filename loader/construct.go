package loader

import (
	"slices"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/schema"
)

// Relation templates over the dependency tree. A trigger (a row of the trigger lexicon:
// a verb, an event noun after a light verb or a possessor, a relational noun after a
// copula or in an apposition) names a predicate; its argument roles say which
// dependents fill the subject and the object. The constructions are general: voice
// (nsubj:pass and obl:agent swap the roles), coordination on either side (conj),
// subjects shared by participle, adverbial, open-complement and conjoined clauses,
// relative clauses (the modified noun fills the relative pronoun's role), light verbs
// ("paid a visit to", "held talks with", "launched strikes on"), copulas and
// appositions ("X is a member of Y", "X, a faction of Y"). A negated, modal, future,
// conditional or questioned predicate gives nothing; a fact reported by "said" is kept.

// treeTrigger is one row of the lexicon as the tree layer reads it.
type treeTrigger struct {
	trigger
	lemma string   // the first word of the phrase lemma ("fight" for "fought")
	rest  []string // the other words of a phrase lemma: particles or a fixed object ("wage war")
	pre   []string // the words before a noun phrase's head, its compounds ("war game")
	subj  []string // roles that fill the subject
	obj   []string // roles that fill the object
	light bool     // a light verb: it lends its subject to the event noun it governs
	// irregular forms of a verb, from the lexicon's forms column ("flew", "flown")
	irregular []string
	// lightForms: on a light verb's row, the irregular forms of all light verbs ("gave")
	lightForms []string
}

// treeLexicon indexes the trigger rows by kind and lemma: "verb attack", "noun visit".
var treeLexicon = sync.OnceValue(func() map[string][]treeTrigger {
	m := map[string][]treeTrigger{}
	for _, file := range []string{"data/triggers-cameo.tsv", "data/triggers.tsv"} {
		eachLine(file, func(f []string) {
			if len(f) < 6 || f[1] == "form" {
				return
			}
			kind := f[1]
			if kind == "light" {
				var forms []string
				if f[4] != "-" {
					forms = strings.Split(f[4], ",")
				}
				for _, l := range strings.Split(f[0], ",") {
					m["light "+strings.TrimSpace(l)] = []treeTrigger{{light: true, lightForms: forms}}
				}
				return
			}
			f2 := append([]string{}, f...)
			f2[1] = "form" // parseTriggerRow reads kind, predicate and flags alike for all kinds
			tr, ok := parseTriggerRow(f2)
			if !ok {
				return
			}
			words := strings.Fields(strings.ToLower(f[0]))
			tt := treeTrigger{trigger: tr, lemma: words[0], rest: words[1:]}
			if kind == "noun" && len(words) > 1 {
				// "war game": the head is the last word, the others modify it.
				tt.pre, tt.rest = words[:len(words)-1], nil
				words = words[len(words)-1:]
			}
			if len(f) > 4 && f[4] != "-" {
				tt.irregular = strings.Split(f[4], ",")
			}
			for _, a := range strings.Fields(f[5]) {
				if r, ok := strings.CutPrefix(a, "s="); ok {
					tt.subj = strings.Split(r, "|")
				} else if r, ok := strings.CutPrefix(a, "o="); ok {
					tt.obj = strings.Split(r, "|")
				}
			}
			m[kind+" "+words[0]] = append(m[kind+" "+words[0]], tt)
			if kind == "verb" {
				// An irregular form the lemmatiser does not know ("shook") finds its row too.
				for _, f := range tt.irregular {
					if f != words[0] && !strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ing") {
						m["verb "+f] = append(m["verb "+f], tt)
					}
				}
			}
		})
	}
	return m
})

// treeMention is a mention as the tree layer sees it: the nodes [Start, End) it covers.
// A weak mention is an unnamed group ("militia"): a name beside it in the tree (its
// compound, its apposition) stands for it ("YPG militia", "the PMF, a militia").
type treeMention struct {
	Start, End int
	Weak       bool
	Partner    int          // 1 + the other mention of a pair description ("the two countries"), 0 for none
	Class      schema.Class // the entity's class, "" when unknown
	Armed      bool         // an armed body: a militia, an army, rebels (relation.go's armed)
	State      bool         // a country, or a capital that may stand for one
	Demonym    bool         // a demonym standing for its country ("Eritrean")
	Titled     bool         // a person named with a title ("President X")
	Economic   bool         // a body of trade or money (relation.go economicBody): "G-7 partners" are its members, no allies
}

// treeFact is a fact read from a tree between mentions S and O (indices into the
// mentions given to treeFacts).
type treeFact struct {
	S, O int
	P    schema.Predicate
	// Attack: fights, or attacked when the object turns out to be a place.
	Attack bool
	// Meeting: a visit read from where a meeting was held; the host visits nothing.
	Meeting bool
	// T is the trigger's node, -1 for a relation inside a noun phrase.
	T int
	// Pact: signed by leaders for their states (alliedWith between the states they lead).
	Pact bool
	// Companion: met, read from a titled person a visit was made with ("toured X with
	// President Y"); none when the two share a country (an aide along on the trip).
	Companion bool
	// Loose: a fight whose verb may be one of words, law or sport ("fought the bill"):
	// a fact only between armed sides or among words of arms (relation.go's armedFight).
	Loose bool
}

// treeFacts reads the facts between the mentions of one parsed sentence.
func treeFacts(t *tree, ms []treeMention) []treeFact {
	t.ms = ms
	at := t.mentionIndex(ms) // a name the parse splits fills no role
	weak := make([]bool, len(ms))
	for k, m := range ms {
		weak[k] = m.Weak
	}
	lex := treeLexicon()
	out := append(t.phraseFacts(ms, at), t.coalitionMembers(at)...)
	out = append(out, t.involvedStates(at)...)
	out = append(out, t.presence(at)...)
	for i := range t.nodes {
		if at[i] >= 0 {
			continue // a trigger is no part of a name
		}
		kind := "verb"
		switch t.nodes[i].UPOS {
		case "NOUN":
			kind = "noun"
		case "PROPN":
			if startsUpper(t.nodes[i].Form) {
				continue
			}
			kind = "noun" // a lower-case noun the tagger took for a name ("Bolivia's proxy")
		case "VERB":
		case "ADJ":
			if !adjectiveTriggers[t.lemma(i)] {
				continue
			}
			kind = "noun" // "X is very supportive of Y": read as its noun row
		default:
			continue
		}
		lemma := t.lemma(i)
		if _, ok := lex[kind+" "+lemma]; !ok {
			if k := strings.LastIndexByte(lemma, '-'); k >= 0 {
				lemma = lemma[k+1:] // "co-found": found
			} else if _, ok := lex[kind+" "+lemma+"e"]; ok && kind == "verb" {
				lemma += "e" // the lemmatiser's "impos" for "imposed", "oppos" for "opposes"
			}
		}
		if kind == "noun" && pluralTriggers[lemma] && strings.EqualFold(t.nodes[i].Form, lemma) {
			continue // "arms" are weapons; "Y's production arm" is a unit of Y
		}
		for _, tt := range lex[kind+" "+lemma] {
			out = append(out, t.apply(i, tt, at, weak, ms)...)
		}
	}
	return out
}

// presence reads a copula of location with a person as its subject ("X is in P for
// talks", "X was in P when ..."): the person was in the place. Read like a meeting's
// place, so that one's own country at home is no visit; a negated, modal or future
// copula ("will be in P") states nothing.
func (t *tree) presence(at []int) []treeFact {
	var out []treeFact
	for n := range t.nodes {
		c := t.classOf(at[n])
		if c != schema.Place && c != schema.Country || t.caseOf(n) != "in" || t.child(n, "cop") < 0 || t.lemma(t.child(n, "cop")) != "be" {
			continue
		}
		s := t.child(n, "nsubj")
		if s < 0 || at[s] < 0 || at[s] == at[n] || t.classOf(at[s]) != schema.Person || t.negatedOrUnreal(n) {
			continue
		}
		out = append(out, treeFact{S: at[s], O: at[n], P: schema.Visited, Meeting: true, T: n})
	}
	return out
}

// repelledAgents returns the agents of the attack that fight verb i takes as its object,
// named by a demonym or possessor ("repulsed heavy Libyan counter-attacks", "beat back
// the rebels' assault"), or the owners of the holdings it takes ("seized Iraqi
// positions"): the subject fights them, and they fight the subject.
func (t *tree) repelledAgents(i int, at []int) []int {
	o := t.child(i, "obj")
	if o >= 0 && holdingParts[t.lemma(o)] {
		for _, c := range t.kids[o] {
			if t.rel(c) == "nmod" && t.caseOf(c) == "of" {
				o = c // "part of a rebel stronghold": the stronghold
				break
			}
		}
	}
	if o < 0 || t.nodes[o].UPOS != "NOUN" || !t.strikeNoun(o) && !holdingNouns[t.lemma(o)] && !t.groupHolding(o, at) || t.negatedOrUnreal(i) {
		return nil
	}
	group := false
	for _, c := range t.kids[o] {
		if r := t.rel(c); (r == "compound" || r == "amod") && at[c] < 0 && groupModifierNouns[t.lemma(c)] {
			group = true // "Somali rebel positions": the rebels hold them
		}
	}
	var out []int
	for _, c := range t.kids[o] {
		if group && t.demonymAt(c, at) {
			continue // the demonym is the rebels', who are not its state
		}
		if r := t.rel(c); (r == "amod" || r == "nmod:poss" || r == "compound" && (!holdingNouns[t.lemma(o)] || t.demonymAt(c, at) || groupModifierNouns[t.lemma(c)])) && at[c] >= 0 {
			out = append(out, at[c])
		}
	}
	return out
}

// groupHolding reports whether node o is a holding only a group keeps (data/words.txt
// groupHoldings) with the group's mention as its compound ("a rebel base", "Tuareg
// guerrilla camps"; mention.go's groupHolder).
func (t *tree) groupHolding(o int, at []int) bool {
	if !groupHoldings[strings.TrimSuffix(t.lemma(o), "s")] {
		return false
	}
	for _, c := range t.kids[o] {
		if t.rel(c) == "compound" && at[c] >= 0 && groupModifierNouns[t.lemma(c)] {
			return true
		}
	}
	return false
}

// demonymAt reports whether node c is a demonym's mention: the parser often tags one before
// a compound noun as a name ("captured Eritrean defence posts"), which a place name before
// a holding ("Kashmir territory") is not.
func (t *tree) demonymAt(c int, at []int) bool {
	return at[c] >= 0 && at[c] < len(t.ms) && t.ms[at[c]].Demonym
}

// holdingNouns are what a side holds in a war, whose owner a fight verb's subject fights
// ("shelled Iraqi positions", "attacking Eritrean territory"; data/words.txt).
var holdingNouns = wordSet("holdingNouns")

// holdingParts: see data/words.txt.
var holdingParts = wordSet("holdingParts")

// groupModifierNouns: see data/words.txt.
var groupModifierNouns = wordSet("groupModifierNouns")

// branchNouns: see data/words.txt.
var branchNouns = wordSet("branchNouns")

// pluralTriggers are event nouns that mean their event only in the plural ("arms to X"):
// the singular is something else ("sold Y's investment arm to Z": a unit).
var pluralTriggers = wordSet("pluralTriggers")

// constituent reports whether nodes [a, b) form one subtree: exactly one of them has its
// head outside the span.
func (t *tree) constituent(a, b int) bool {
	if a < 0 || b > len(t.nodes) || a >= b {
		return false
	}
	heads := 0
	for i := a; i < b; i++ {
		if h := t.nodes[i].Head; h < a || h >= b {
			heads++
		}
	}
	return heads == 1 || t.modifiesOne(a, b) || t.splitRole(a, b)
}

// splitRole reports whether nodes [a, b), all proper nouns, hang on one node outside the
// span in one and the same role, those on a capitalised title just before the span taking
// the title's: a long name the parser cut in two ("Crown Prince X bin Y Z met ...", with
// "X bin" flat on "Prince", and "Prince" and "Y" both subjects of "met") is one argument.
func (t *tree) splitRole(a, b int) bool {
	out, role := -1, ""
	for i := a; i < b; i++ {
		if t.nodes[i].UPOS != "PROPN" {
			return false
		}
		h, r := t.nodes[i].Head, t.rel(i)
		if h >= a && h < b {
			continue
		}
		if h >= 0 && h < a && (r == "flat" || r == "compound") && t.nodes[h].UPOS == "PROPN" && startsUpper(t.nodes[h].Form) {
			h, r = t.nodes[h].Head, t.rel(h) // "Crown Prince X bin": the pieces on the title take its role
		}
		if h < 0 || h >= a && h < b || out >= 0 && (h != out || r != role) {
			return false
		}
		out, role = h, r
	}
	return out >= 0 && role != "conj" && role != "appos" && role != "flat" && role != "compound"
}

// modifiesOne reports whether nodes [a, b), none of them a verb, all hang on one node
// outside the span as its modifiers: a name the parser split but kept together ("Shining
// Path leaders" with both words on "leaders").
func (t *tree) modifiesOne(a, b int) bool {
	out := -1
	for i := a; i < b; i++ {
		if t.nodes[i].UPOS == "VERB" && t.rel(i) != "amod" {
			return false
		}
		h := t.nodes[i].Head
		if h >= a && h < b {
			continue
		}
		if out >= 0 && h != out || h < 0 || (t.rel(i) != "compound" && t.rel(i) != "amod" && t.rel(i) != "flat") {
			return false
		}
		out = h
	}
	return out >= 0 && (out == b || out == a-1)
}

// apply reads the facts of trigger tt at node i.
func (t *tree) apply(i int, tt treeTrigger, at []int, weak []bool, ms []treeMention) []treeFact {
	if t.triggerBlocked(i, tt) {
		return nil
	}
	if tt.pred.Symmetric() || tt.pred == schema.Fights {
		if pairs := t.between(i, tt, at, weak); pairs != nil {
			return pairs
		}
	}
	subj := t.fill(i, tt.subj, at, weak, tt, true)
	obj := t.fill(i, tt.obj, at, weak, tt, false)
	if len(obj) == 0 && !tt.noun && tt.pred == schema.Fights && t.reciprocalFight(i) {
		return t.eachOther(i, subj) // "A and B clashed", "the two countries fought a war"
	}
	repelled := false
	if len(obj) == 0 && !tt.noun && tt.pred == schema.Fights {
		obj = t.repelledAgents(i, at)
		repelled = len(obj) > 0 && t.strikeNoun(t.child(i, "obj")) // a holding's owner attacked nobody
	}
	if tt.armed {
		subj = t.armedAgents(i, subj, tt, at)
	}
	if tt.reversed {
		subj, obj = obj, subj
	}
	pred := tt.pred
	if (pred == schema.Leads || pred == schema.Commands) && (t.subordinateTitle(i) || t.indefinite(i) || t.fieldTitle(i) || tt.noun && t.memberTitle(i)) {
		pred = schema.MemberOf // "the deputy commander of X", "a director of X", "X's intelligence chief": a post in X
	}
	if o := t.child(i, "obj"); pred == schema.Leads && !tt.noun && o >= 0 && t.nodes[o].UPOS == "NOUN" && branchNouns[t.lemma(o)] {
		pred = schema.MemberOf // "X led Oxfam operations in Sudan": a part of the body, run by one of its own
	}
	var out []treeFact
	add := func(s, o int) {
		if tt.security && (!ms[s].State || !ms[o].State) {
			return // "an agreement between A and B": states' only
		}
		if tt.depart && contains(tt.obj, "obj") && !ms[o].State {
			return // "left Chile", "left Moscow"; but "left Downing Street", "left Liverpool": a post, a club
		}
		if s != o && s >= 0 && o >= 0 {
			out = append(out, treeFact{S: s, O: o, P: pred, Attack: tt.attack, T: i, Pact: tt.pact, Loose: tt.loose})
		}
	}
	if len(obj) == 0 && tt.pred.Symmetric() && !tt.host {
		// "A and B met", "A and B cooperate", "Minister A, Minister B and Minister C met"
		if tt.noun && joinVerbs[t.lemma(t.governingVerb(i))] {
			return out // "A and B joined the coalition": each joins its leader, not the other (Wikinews call 3)
		}
		subj = t.listedWith(subj, i)
		for a := range subj {
			for b := a + 1; b < len(subj) && (pred != schema.Met || !t.meetsOthers(i, i+1)); b++ {
				add(subj[a], subj[b]) // but "A and B met the delegates": each met them, not each other
			}
		}
		if o := t.child(i, "obj"); pred == schema.Met && !tt.noun && o >= 0 && t.nodes[o].UPOS == "NOUN" {
			out = append(out, t.meetingPlace(i, subj, nil, at, false)...) // "met leaders in X": the subject was in X
		}
		return out
	}
	for _, so := range t.argumentPairs(i, tt, pred, subj, obj) {
		s, o := so[0], so[1]
		if tt.contest && ms[s].Class == schema.Person && ms[o].Class == schema.Person {
			continue // "Biden defeats Trump": an election as often as a war
		}
		add(s, o)
		if repelled {
			add(o, s) // the counter-attack was made on the subject
		}
	}
	if pred == schema.Met && len(out) > 0 {
		out = append(out, t.meetingPlace(i, subj, obj, at, tt.host)...)
	}
	if pred == schema.Visited && len(out) > 0 {
		out = append(out, t.companions(i, subj, obj, tt, at)...)
	}
	return out
}

// reciprocalFight reports whether fight verb i, with no entity as its object, says its
// subjects fought each other: a verb that does so by itself ("clashed"; data/words.txt
// reciprocalFightVerbs) or one whose object is a war ("fought a six-week war"), with no
// word that makes them one side ("fought together", "fought for independence",
// "fought alongside the army", "fought against the rebels").
func (t *tree) reciprocalFight(i int) bool {
	o := t.child(i, "obj")
	if o >= 0 && !warNouns[t.lemma(o)] || o < 0 && !reciprocalFightVerbs[t.lemma(i)] {
		return false
	}
	for _, k := range t.kids[i] {
		if r := t.rel(k); r != "nsubj" && r != "obj" && (oneSideWords[t.lemma(k)] || oneSideWords[t.caseOf(k)]) {
			return false
		}
	}
	return true
}

// eachOther returns the fights of each pair of the subjects subj of fight verb i, both
// ways, between states only (two persons "clash" in words as often, and two factions
// named together may have clashed with a third).
func (t *tree) eachOther(i int, subj []int) []treeFact {
	var out []treeFact
	for a := range subj {
		for b := a + 1; b < len(subj); b++ {
			x, y := subj[a], subj[b]
			if x == y || !t.ms[x].State || !t.ms[y].State {
				continue
			}
			out = append(out, treeFact{S: x, O: y, P: schema.Fights, T: i}, treeFact{S: y, O: x, P: schema.Fights, T: i})
		}
	}
	return out
}

// joinVerbs make their subjects members of the body their object names, not allies of
// each other (data/words.txt).
var joinVerbs = wordSet("joinVerbs")

// reciprocalFightVerbs fight their joint subjects with each other, warNouns are the
// objects of a fight verb that make it so, and oneSideWords the dependents that make the
// subjects one side.
var (
	reciprocalFightVerbs = wordSet("reciprocalFightVerbs")
	standingAttackVerbs  = wordSet("standingAttackVerbs")
	warNouns             = wordSet("warNouns")
	oneSideWords         = wordSet("oneSideWords")
)

// companions returns the meetings of the persons who made visit i to the places obj with
// a titled person ("a visit to X with Taoiseach Y", "toured X with President Y"; the
// parser may hang the "with" on the place): each met them.
func (t *tree) companions(i int, subj, obj []int, tt treeTrigger, at []int) []treeFact {
	nodes := append(t.role(i, "obl:with", tt), t.role(i, "nmod:with", tt)...)
	for _, o := range obj {
		for n := t.ms[o].Start; n >= 0 && n < t.ms[o].End; n++ {
			for _, k := range t.kids[n] {
				if t.rel(k) == "nmod" && t.caseOf(k) == "with" {
					nodes = append(nodes, k)
				}
			}
		}
	}
	var out []treeFact
	seen := map[int]bool{}
	for _, n := range nodes {
		c := at[n]
		if c < 0 || seen[c] || t.ms[c].Class != schema.Person || !t.ms[c].Titled || t.ms[c].Weak {
			continue // "with his wife", "with troops": no meeting
		}
		seen[c] = true
		for _, s := range subj {
			if s != c && t.ms[s].Class == schema.Person {
				out = append(out, treeFact{S: s, O: c, P: schema.Met, T: i, Companion: true})
			}
		}
	}
	return out
}

// triggerBlocked reports whether trigger tt at node i states nothing here: a phrase lemma
// without its other words, a negated, modal or planned clause, a trade war, a state left
// ("left X in ruins"), an attack in words, a designation as a post, a call, a peace or
// trade treaty.
func (t *tree) triggerBlocked(i int, tt treeTrigger) bool {
	if !t.hasRest(i, tt.rest) || !t.hasPre(i, tt.pre) {
		return true
	}
	clause := i
	if tt.noun {
		clause = t.governingVerb(i)
	}
	known := tt.noun && t.presupposed(i, clause, tt) || t.sourceOfPlan(i, tt)
	real := clause < 0 || known || !t.negatedOrUnreal(clause) || t.attemptedKilling(clause) || t.supportPurpose(clause, tt)
	switch {
	case !real || tt.noun && clause != i && (t.negatedOrUnreal(i) || !known && planVerbs[t.lemma(clause)] && t.rel(i) != "obl"):
		return true // "arranged a meeting with X", "seeks talks with Y": not held yet
	case tt.noun && tt.pred == schema.Fights && t.peaceOrTrade(i):
		return true // "a trade war between X and Y", "a price war": no arms
	case tt.depart && t.leftInState(i):
		return true // "left Syria in ruins", "left X with no choice": a state, not a place left
	case tt.attack && !tt.noun && standingAttackVerbs[t.lemma(i)] && (t.nodes[i].XPOS == "VBZ" || t.nodes[i].XPOS == "VBP" || t.nodes[i].XPOS == "VBG"):
		return true // "X, which occupies the north of Y": a standing occupation, no fighting
	case tt.attack && t.verbalAttack(i):
		return true // "attacked Trump on his taxes": words, not arms
	case tt.pred == schema.SanctionedBy && t.appointedAs(i):
		return true // "designated X as interior minister": a post, no sanction
	case tt.pred == schema.Met && t.remote(i):
		return true // "held talks with X by phone": a call is no meeting
	case (tt.pact || tt.pred == schema.AlliedWith && tt.noun) && t.peaceOrTrade(i), tt.pact && t.tradeBelow(i):
		return true // "a peace treaty", "a trade pact", "an agreement on rescheduling credits": no alliance
	case tt.security && !t.aboutSecurity():
		return true // "the agreement between A and B on microchip pricing": no alliance
	case tt.noun && tt.pred == schema.AlliedWith && t.pastModified(i):
		return true // "X, previously an ally of Y, is now fighting it": an alliance that was
	}
	return false
}

// pastModified reports whether noun i is modified by a word that puts the state it names
// in the past ("previously an ally", "a former ally", "an erstwhile partner"; data/words.txt
// pastStateWords).
func (t *tree) pastModified(i int) bool {
	for _, k := range t.kids[i] {
		if r := t.rel(k); (r == "advmod" || r == "amod") && pastStateWords[strings.ToLower(t.nodes[k].Form)] {
			return true
		}
	}
	return false
}

// pastStateWords: see data/words.txt.
var pastStateWords = wordSet("pastStateWords")

// supportPurpose reports whether support verb i is the purpose of a real act of sending
// or mobilising ("X sent troops to support Y", "X mobilised groups to help fund Y",
// through "help" and other support verbs taking it as complement): the sending is
// itself the support. A purpose of any other verb ("sent troops to strike Y") or of an
// unreal sending ("plans to send troops to back Y") states nothing.
func (t *tree) supportPurpose(i int, tt treeTrigger) bool {
	if tt.noun || tt.pred != schema.Supports || i < 0 {
		return false
	}
	for t.rel(i) == "xcomp" && t.nodes[i].Head >= 0 && supportComplementVerbs[t.lemma(t.nodes[i].Head)] {
		i = t.nodes[i].Head // "to help support Y"
	}
	h := t.nodes[i].Head
	if h < 0 || t.rel(i) != "advcl" || !t.markedTo(i) || !sendingVerbs[t.lemma(h)] || t.child(h, "obj") < 0 {
		return false
	}
	return !t.negatedOrUnreal(h)
}

// sendingVerbs and supportComplementVerbs: see data/words.txt.
var (
	sendingVerbs           = wordSet("sendingVerbs")
	supportComplementVerbs = wordSet("supportComplementVerbs")
)

// sourceOfPlan reports whether verb i is a movement from a place that a plan or request
// over it presupposes: "asked X to return from Y", "plans to fly home from Y" say that X is
// in Y now, whether or not X leaves.
func (t *tree) sourceOfPlan(i int, tt treeTrigger) bool {
	h := t.nodes[i].Head
	if tt.noun || tt.pred != schema.Visited || len(tt.obj) != 1 || tt.obj[0] != "obl:from" || h < 0 || t.rel(i) != "xcomp" {
		return false
	}
	for _, k := range t.kids[i] {
		if l := t.lemma(k); (t.rel(k) == "advmod" || t.rel(k) == "neg") && (l == "not" || l == "never" || l == "n't") {
			return false // "asked X not to return from Y"
		}
	}
	return t.markedTo(i) && intentVerbs[t.lemma(h)] && !t.negatedOrUnreal(h)
}

// aboutSecurity reports whether the sentence speaks of arms or security in a word of its
// own, not of a name ("the agreement ... says Russian air strikes will support ...").
func (t *tree) aboutSecurity() bool {
	for k := range t.nodes {
		if securityWords[t.lemma(k)] && !startsUpper(t.nodes[k].Form) {
			return true
		}
	}
	return false
}

// securityWords: see data/words.txt.
var securityWords = wordSet("securityWords")

// tradeBelow reports whether a word of peace or trade stands anywhere in the phrase of
// treaty noun i ("an agreement on rescheduling commercial credits").
func (t *tree) tradeBelow(i int) bool {
	for k := range t.nodes {
		if k != i && t.under(k, i) && (truceWords[t.lemma(k)] || commerceWords[t.lemma(k)] || commerceWords[t.lemma(k)+"s"] || commercialModifiers[t.lemma(k)]) {
			return true
		}
	}
	return false
}

// presupposed reports whether event noun i is stated to have taken place whatever its
// clause says: a definite war or alliance between two named in its phrase ("the ongoing war
// between A and B", in "the key factor is whether X would raise prices"), or a definite
// subject of a clause that only a modal or future auxiliary makes unreal ("increased
// cooperation between A and B will help X"); "a war between A and B could follow" is not,
// nor is a treaty still to be signed.
func (t *tree) presupposed(i, clause int, tt treeTrigger) bool {
	if !t.definite(i) {
		return false
	}
	if tt.pred == schema.Fights || tt.pred == schema.AlliedWith && !tt.pact {
		return t.hasBetween(i) // its parties in the phrase: "may have had foreknowledge of the attacks" names no attacker
	}
	return clause != i && t.nodes[i].Rel == "nsubj" && t.nodes[i].Head == clause && t.nodes[clause].UPOS == "VERB" && !t.unreal(clause, false)
}

// hasBetween reports whether noun i has a "between" phrase of its own.
func (t *tree) hasBetween(i int) bool {
	for _, k := range t.kids[i] {
		if t.rel(k) == "nmod" && t.caseOf(k) == "between" {
			return true
		}
	}
	return false
}

// definite reports whether noun i names a known thing: with a definite article or a
// demonstrative, a possessor, or a participle or word of duration ("increased cooperation",
// "the growing alliance", "ongoing talks").
func (t *tree) definite(i int) bool {
	for _, k := range t.kids[i] {
		switch r, l := t.rel(k), t.lemma(k); {
		case r == "det" && (l == "the" || l == "this" || l == "that" || l == "these" || l == "those"):
			return true
		case t.nodes[k].Rel == "nmod:poss":
			return true
		case r == "amod" && (t.nodes[k].XPOS == "VBN" || t.nodes[k].XPOS == "VBG" || ongoingWords[l]):
			return true
		}
	}
	return false
}

// ongoingWords say that an event is under way: "ongoing talks".
var ongoingWords = toSet(`ongoing current continuing existing`)

// leftInState reports whether verb of leaving i says in what state it left its object
// ("left Syria in ruins", "left Iran with no choice", "left X to its fate", "left X behind"):
// a place someone made something of, not one they were in. "In" a time is no state ("left
// Chile in 1990").
func (t *tree) leftInState(i int) bool {
	obj := t.child(i, "obj") >= 0
	for _, k := range t.kids[i] {
		switch r, c := t.rel(k), t.caseOf(k); {
		case r == "xcomp" || r == "ccomp":
			return true
		case !obj:
		case r == "advmod" && (t.lemma(k) == "behind" || t.lemma(k) == "alone"):
			return true
		case r == "obl" && (c == "with" || c == "to" || c == "in" && t.nodes[k].UPOS == "NOUN" && !timeWords[t.lemma(k)]):
			return true
		}
	}
	return false
}

// armedAgents keeps the subjects of a verb done only by force ("ousted", "toppled") that
// are armed: named through a force or a coalition noun ("a U.S.-led coalition ousted X",
// "Chilean troops toppled Y") or an armed body themselves ("the Kivu Brigade overthrew
// Z"); "the board ousted its chairman" gives nothing.
func (t *tree) armedAgents(i int, subj []int, tt treeTrigger, at []int) []int {
	for _, n := range t.role(i, "nsubj", tt) {
		if t.forceNoun(n, "state") || t.forceNoun(n, "member") || ledNouns[t.lemma(n)] && at[n] < 0 {
			return subj
		}
	}
	var out []int
	for _, s := range subj {
		if t.ms[s].Armed {
			out = append(out, s)
		}
	}
	return out
}

// meetingPlace reads where a meeting was held ("met Y in P", "held talks with Y in P"):
// everyone at it was there, but a host visits nothing (the guest does).
func (t *tree) meetingPlace(i int, subj, obj []int, at []int, host bool) []treeFact {
	var out []treeFact
	ks := t.obliques(i, treeTrigger{trigger: trigger{noun: t.nodes[i].UPOS == "NOUN"}})
	for _, o := range obj {
		ks = append(ks, t.afterApposition(o)...)
		ks = append(ks, t.nameObliques(o)...)
	}
	for _, k := range ks {
		if c := t.caseOf(k); t.rel(k) != "obl" && t.rel(k) != "nmod" || c != "in" && c != "at" && !(host && c == "to") {
			continue // a host welcomes a guest "to" the place too
		}
		p := t.mentionAt(k, at)
		if p < 0 {
			continue
		}
		people := append(append([]int{}, subj...), obj...)
		if host {
			people = obj
		}
		for _, s := range people {
			out = append(out, treeFact{S: s, O: p, P: schema.Visited, Meeting: true, T: i})
		}
	}
	return out
}

// designationWords are the words of data/designations.tsv.
var designationWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	eachLine("data/designations.tsv", func(f []string) { m[f[0]] = true })
	return m
})

// appointedAs reports whether an "as" a few words after verb i begins a phrase that
// names no listing as a terrorist ("designated X, a retired admiral, as interior
// minister"): an appointment. Read by word order, since the parser often hangs
// such a phrase anywhere.
func (t *tree) appointedAs(i int) bool {
	for n := i + 1; n < len(t.nodes) && n <= i+10; n++ {
		if t.lemma(n) != "as" {
			continue
		}
		for k := n + 1; k < len(t.nodes) && k <= n+5 && t.nodes[k].UPOS != "PUNCT"; k++ {
			if designationWords()[t.lemma(k)] {
				return false
			}
		}
		return true
	}
	return false
}

// afterApposition returns the phrases the parser hung on mention k's head after an
// apposition closed by a comma ("met X, the foreign minister, in Lima": "in Lima" is the
// meeting's, not X's).
func (t *tree) afterApposition(k int) []int {
	m := t.ms[k]
	if m.Start < 0 || m.End > len(t.nodes) || m.Start >= m.End {
		return nil
	}
	h := t.spanHead(m.Start, m.End)
	appos := -1
	var out []int
	for _, c := range t.kids[h] {
		switch {
		case t.rel(c) == "appos" && c > h:
			appos = c
		case appos >= 0 && c > appos && t.rel(c) == "nmod" && t.commaBefore(c):
			out = append(out, c)
		}
	}
	return out
}

// nameObliques returns the place phrases the parser hung on person mention k's name
// rather than on the verb ("welcomed X to Gulu", "met X in Gulu": a name takes no such
// phrase of its own).
func (t *tree) nameObliques(k int) []int {
	m := t.ms[k]
	if m.Class != schema.Person || m.Start < 0 || m.End > len(t.nodes) || m.Start >= m.End {
		return nil
	}
	h := t.spanHead(m.Start, m.End)
	if t.nodes[h].UPOS != "PROPN" {
		return nil
	}
	var out []int
	for _, c := range t.kids[h] {
		if c >= m.End && t.rel(c) == "nmod" && t.nodes[c].UPOS == "PROPN" {
			out = append(out, c)
		}
	}
	return out
}

// commaBefore reports whether the phrase headed by node c begins right after a comma.
func (t *tree) commaBefore(c int) bool {
	a, _ := subtreeSpan(t.nodes, c)
	return a > 0 && t.nodes[a-1].Form == ","
}

// indefinite reports whether relational noun i has an indefinite article: "a director of
// X" is one of its directors.
func (t *tree) indefinite(i int) bool {
	for _, k := range t.kids[i] {
		if t.rel(k) == "det" && (t.lemma(k) == "a" || t.lemma(k) == "an") {
			return true
		}
	}
	return false
}

// verbalAttack reports whether an attack verb attacks with words: it has an oblique "on",
// "over" or "for" a matter ("attacked the minister over the budget", "attacked X for the
// tweet"; but "attacked the base for hours" is a time).
func (t *tree) verbalAttack(i int) bool {
	if t.nodes[i].UPOS != "VERB" {
		return false
	}
	for _, k := range t.kids[i] {
		if t.rel(k) == "advcl" && t.nodes[k].XPOS == "VBG" {
			if m := t.child(k, "mark"); m >= 0 && t.lemma(m) == "for" {
				return true // "attacked X for failing to act": words
			}
		}
		c := t.caseOf(k)
		if t.rel(k) != "obl" || t.nodes[k].UPOS != "NOUN" || targetNouns[t.lemma(k)] || placeIntro[t.lemma(k)] {
			continue
		}
		if c == "over" || c == "on" || c == "for" && !timeNouns[t.lemma(k)] {
			return true
		}
	}
	return false
}

// timeNouns measure a time: "for hours" says how long, not why.
var timeNouns = toSet(`second minute hour day night week month year decade time while`)

// remote reports whether meeting trigger i was held at a distance: a word of calls among
// its dependents or its light verb's ("talks by phone", "a video conference", "a virtual
// meeting", "spoke by telephone").
func (t *tree) remote(i int) bool {
	heads := []int{i}
	if h, ok := t.lightHead(i); ok {
		heads = append(heads, h)
	}
	for _, h := range heads {
		for _, k := range t.kids[h] {
			if k == i {
				continue // the event noun itself: a "courtesy call on X" is paid in person
			}
			if remoteWords[t.lemma(k)] || remoteWords[strings.ToLower(t.nodes[k].Form)] {
				return true
			}
			for _, c := range t.kids[k] { // "via a video link", "over the phone"
				if t.rel(c) == "compound" && remoteWords[t.lemma(c)] {
					return true
				}
			}
		}
	}
	return false
}

// fieldTitle reports whether relational noun i heads a field of its body, named by a
// common noun before it ("Chile's intelligence chief", "the party's election chief") or, for
// a director, a hyphenated field ("the label's anti-piracy director"): the
// head of a part, a post in the whole.
func (t *tree) fieldTitle(i int) bool {
	for _, k := range t.kids[i] {
		if t.rel(k) == "compound" && t.nodes[k].UPOS == "NOUN" && !startsUpper(t.nodes[k].Form) {
			if l := t.hyphenForm(k); strings.Contains(l, "-") {
				return fieldHyphenModifier(l) // "long-time director" heads the body
			}
			return true
		}
		if k < i && t.lemma(i) == "director" && (t.rel(k) == "amod" || t.rel(k) == "compound") && fieldHyphenModifier(t.nodes[k].Form) {
			return true // "the label's anti-piracy director": a staff director, a post in the body
		}
	}
	return false
}

// subordinateTitle reports whether relational noun i is a deputy's title ("deputy
// commander", "vice chairman").
func (t *tree) subordinateTitle(i int) bool {
	if pre, _, ok := strings.Cut(strings.ToLower(t.nodes[i].Form), "-"); ok && (pre == "co" || subordinate[pre]) {
		return true // "the co-chairman of X": one of its heads, a member; "vice-chairman"
	}
	for _, k := range t.kids[i] {
		if (t.rel(k) == "compound" || t.rel(k) == "amod") && subordinate[t.lemma(k)] {
			return true
		}
	}
	return false
}

// between reads "talks between A and B", "clashes on Monday between A and B": the trigger
// joins every pair of the coordinated mentions after "between" (a fight both ways). It
// returns nil when there is no such phrase.
func (t *tree) between(i int, tt treeTrigger, at []int, weak []bool) []treeFact {
	for _, k := range t.obliques(i, tt) {
		if t.caseOf(k) != "between" || t.rel(k) != "nmod" && t.rel(k) != "obl" {
			continue
		}
		ents := t.fill(i, []string{t.nodes[k].Rel + ":between"}, at, weak, tt, false)
		if tt.pred == schema.Fights && t.indefinite(i) && t.rel(i) == "obj" {
			return []treeFact{} // "to create a conflict between A and B": none yet
		}
		var out []treeFact
		for a := range ents {
			for b := a + 1; b < len(ents); b++ {
				if tt.security && (!t.ms[ents[a]].State || !t.ms[ents[b]].State) {
					continue
				}
				if tt.pred == schema.Fights && t.classOf(ents[a]) == schema.Person && t.classOf(ents[b]) == schema.Person {
					continue // "clashes between two candidates": words, as often as arms
				}
				out = append(out, treeFact{S: ents[a], O: ents[b], P: tt.pred, Attack: tt.attack, T: i})
				if tt.pred == schema.Fights {
					out = append(out, treeFact{S: ents[b], O: ents[a], P: tt.pred, T: i})
				}
			}
		}
		return out
	}
	return nil
}

// hasRest reports whether the other words of a phrase lemma are dependents of node i: a
// particle ("shoot down") or a fixed object ("wage war").
func (t *tree) hasRest(i int, rest []string) bool {
	for _, w := range rest {
		found := false
		for _, k := range t.kids[i] {
			if t.lemma(k) == w && (t.nodes[k].Rel == "compound:prt" || t.rel(k) == "obj" || t.rel(k) == "obl") {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// hasPre reports whether the modifiers of a noun phrase lemma are compounds or
// adjectives of node i ("war" of "war games").
func (t *tree) hasPre(i int, pre []string) bool {
	for _, w := range pre {
		found := false
		for _, k := range t.kids[i] {
			if t.lemma(k) == w && (t.rel(k) == "compound" || t.rel(k) == "amod") {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// governingVerb returns the verb whose clause an event noun belongs to: the light verb
// that takes it as object, the verb of the clause it is an argument of, or the noun
// itself when it stands alone (a heading, a predicate nominal).
func (t *tree) governingVerb(i int) int {
	for h := i; h >= 0; h = t.nodes[h].Head {
		if t.nodes[h].UPOS == "VERB" || t.child(h, "cop") >= 0 {
			return h
		}
	}
	return i
}

// fill returns the mentions that fill one argument of the trigger at node i, given the
// roles that may fill it; an agent may be named through the strike it made.
func (t *tree) fill(i int, roles []string, at []int, weak []bool, tt treeTrigger, agent bool) []int {
	// The first role that names a mention fills the argument: "fired shells at targets
	// in Y", with "in Y" on the verb, is read through "in" when "at targets" names none.
	for _, r := range roles {
		if nodes := t.role(i, r, tt); len(nodes) > 0 {
			out := t.fillNodes(i, nodes, at, weak, agent)
			if len(out) == 0 && tt.attack && !agent {
				out = t.namedFacilities(nodes, at) // "bombed the key X airstrip": X
			}
			if tt.attack && !agent && strings.HasSuffix(r, ":in") {
				out = t.placesOnly(out) // "an attack in Kabul" struck Kabul; "a strike in Syria" did not strike Syria
				if _, light := t.lightHead(i); tt.noun && r == "nmod:in" && !light && t.killerOf(i) == nil {
					out = nil // "plotted the assault in Moscow": the place may be the plotting's
				}
			}
			if len(out) == 0 && tt.noun && !agent && tt.pred == schema.Visited && strings.HasSuffix(r, ":in") {
				out = t.demonymPlaces(nodes, at) // "a stay in a Belgian hospital": in Belgium
			}
			if len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// demonymPlaces returns the demonym mentions that qualify a common noun of a place one
// stays in among nodes ("a Belgian hospital", "a Kenyan town"; data/words.txt
// stayPlaceNouns): the stay was in that country.
func (t *tree) demonymPlaces(nodes []int, at []int) []int {
	var out []int
	for _, n := range nodes {
		if t.nodes[n].UPOS != "NOUN" || !stayPlaceNouns[t.lemma(n)] {
			continue
		}
		for _, k := range t.kids[n] {
			if e, ok := lex().lookup(schema.NameKey(t.nodes[k].Form)); (t.rel(k) == "amod" || t.rel(k) == "compound") && at[k] >= 0 && ok && e.Kind == kindDemonym {
				out = append(out, at[k])
			}
		}
	}
	return out
}

// namedFacilities returns the places that name the facilities among nodes, a facility
// noun with a place as its compound ("the key X airstrip", "the Y oil refinery"; data/words.txt
// facilityNouns): the attack on the facility struck the place.
func (t *tree) namedFacilities(nodes []int, at []int) []int {
	var out []int
	for _, n := range nodes {
		if t.nodes[n].UPOS != "NOUN" || at[n] >= 0 || !facilityNouns[t.lemma(n)] {
			continue
		}
		for _, d := range t.kids[n] {
			if t.rel(d) == "compound" && at[d] >= 0 && t.classOf(at[d]) == schema.Place && !containsInt(out, at[d]) {
				out = append(out, at[d])
			}
		}
	}
	return out
}

// stayPlaceNouns are the common nouns of places one stays in (words.txt).
var stayPlaceNouns = wordSet("stayPlaceNouns")

// facilityNouns name a site that takes its place's name ("the X airstrip").
var facilityNouns = wordSet("facilityNouns")

// placesOnly keeps the mentions of places.
func (t *tree) placesOnly(ks []int) []int {
	var out []int
	for _, k := range ks {
		if t.classOf(k) == schema.Place {
			out = append(out, k)
		}
	}
	return out
}

// fillNodes returns the mentions the nodes filling a role of trigger i stand for. A
// conjunct on the other side of the trigger is no part of the argument ("A, which is part
// of Y, and B").
func (t *tree) fillNodes(i int, nodes []int, at []int, weak []bool, agent bool) []int {
	var out []int
	seen := map[int]bool{}
	for _, n := range nodes {
		for _, c := range t.conjuncts(n) {
			if (c < i) != (n < i) {
				continue
			}
			for _, d := range t.forceDemonyms(c, at) {
				if !seen[d] {
					seen[d] = true
					out = append(out, d)
				}
			}
			k := t.mentionAt(c, at)
			if k < 0 && agent && t.nodes[c].UPOS == "NOUN" {
				k = t.partOwner(c, at) // "the navy's air wing struck X": the navy
			}
			if k < 0 && agent && t.nodes[c].UPOS == "NOUN" && t.strikeNoun(c) {
				// "the drone strike that killed X", "a US raid killed X": the striker.
				for _, a := range t.lightSubject(c, true) {
					k = t.mentionAt(a, at)
				}
			}
			if (k < 0 || weak[k]) && t.nodes[c].UPOS == "NOUN" {
				for _, d := range t.includedMembers(c, at) {
					if !seen[d] {
						seen[d] = true
						out = append(out, d)
					}
				}
			}
			if (k < 0 || weak[k]) && t.nodes[c].UPOS == "NOUN" {
				if o := t.forceOwner(c, at); o >= 0 {
					k = o // "fighters from the X Front", "troops from Chile": X, Chile
					for _, d := range t.ownerConjuncts(c, o, at) {
						if !seen[d] {
							seen[d] = true
							out = append(out, d) // "the navies of Peru and Brazil": both
						}
					}
				}
			}
			if k < 0 && !agent {
				k = t.placeOfPart(c, at) // "shelled the outskirts of X": X
			}
			if k >= 0 && at[c] < 0 && t.nodes[c].UPOS == "NOUN" && placeIntro[t.lemma(c)] {
				for _, d := range t.ownerConjuncts(c, k, at) {
					if !seen[d] {
						seen[d] = true
						out = append(out, d) // "shelled the towns of X and Y": both
					}
				}
			}
			if k >= 0 && weak[k] {
				k = t.strongerName(c, k, at, weak)
			}
			if k >= 0 && !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
			if p := t.partnerOf(k); p >= 0 && !seen[p] {
				seen[p] = true
				out = append(out, p) // "the two countries": both antecedents
			}
		}
	}
	return out
}

// partnerOf returns the other mention of the pair description mention k is in, or -1.
func (t *tree) partnerOf(k int) int {
	if k < 0 || k >= len(t.ms) {
		return -1
	}
	return t.ms[k].Partner - 1
}

// includedMembers returns the mentions an unnamed plural noun lists as its members with
// "including" or "such as" ("funds several factions, including A and B", "arms groups
// such as C"): they fill the role the noun fills. A list hung on another noun inside the
// phrase ("militias in several countries, including D") is that noun's, not this one's.
func (t *tree) includedMembers(n int, at []int) []int {
	if t.nodes[n].XPOS != "NNS" {
		return nil
	}
	var out []int
	for _, k := range t.kids[n] {
		if t.rel(k) == "acl" && t.lemma(k) == "include" && t.nodes[k].XPOS == "VBG" {
			k = t.child(k, "obj") // "towns including Y": the parser's participle with its object
		} else if !(t.rel(k) == "nmod" && t.inclusion(k)) && !(t.rel(k) == "appos" && t.amongThem(k)) {
			continue
		}
		if k < 0 {
			continue
		}
		for _, m := range t.conjuncts(k) {
			if at[m] >= 0 {
				out = append(out, at[m])
			}
		}
	}
	return append(out, t.misattachedMembers(n, at)...)
}

// inclusion reports whether node k's preposition opens a list of members: "including",
// "such as" (the parser may make "as" a fixed word of "such").
func (t *tree) inclusion(k int) bool {
	switch t.caseOf(k) {
	case "include", "such as":
		return true
	case "such":
		for _, c := range t.kids[k] {
			if t.rel(c) == "case" && t.lemma(c) == "such" && t.child(c, "fixed") >= 0 && t.lemma(t.child(c, "fixed")) == "as" {
				return true
			}
		}
	}
	return false
}

// amongThem reports whether apposition k lists members of the noun it stands beside
// with "among them" ("several groups, among them A, B and C").
func (t *tree) amongThem(k int) bool {
	for _, c := range t.kids[k] {
		if (t.lemma(c) == "they" || strings.ToLower(t.nodes[c].Form) == "them") && t.caseOf(c) == "among" {
			return true
		}
	}
	return false
}

// misattachedMembers reads the groups of an "including" list the parser hung elsewhere
// than on the plural noun n they belong to: on the place noun after it ("militias in
// several countries, including A, B and C") or on the verb n is the object of ("funds
// militias in several countries, including A and B"). Only organisations: a country in
// such a list is a place the groups are in, not one of them; but places when n names
// places ("toured several towns, including A and B").
func (t *tree) misattachedMembers(n int, at []int) []int {
	want := func(k int) bool { return t.classOf(k) == schema.Organization }
	if placeHeadNouns[strings.ToLower(t.nodes[n].Form)] {
		want = func(k int) bool { c := t.classOf(k); return c == schema.Place || c == schema.Country }
	}
	var hosts []int
	for _, c := range t.kids[n] {
		if t.rel(c) == "nmod" && t.caseOf(c) == "in" && t.nodes[c].XPOS == "NNS" && at[c] < 0 {
			hosts = append(hosts, c)
		}
	}
	var lists []int
	for _, c := range hosts {
		lists = append(lists, t.kids[c]...)
	}
	if v := t.nodes[n].Head; v >= 0 && t.rel(n) == "obj" {
		for _, k := range t.kids[v] {
			if k > n && t.rel(k) == "obl" {
				lists = append(lists, k)
			}
		}
	}
	var out []int
	for _, k := range lists {
		if t.rel(k) != "nmod" && t.rel(k) != "obl" || !t.inclusion(k) && !t.amongThem(k) {
			continue
		}
		for _, m := range t.conjuncts(k) {
			if at[m] >= 0 && want(at[m]) {
				out = append(out, at[m])
			}
		}
	}
	return out
}

// forceDemonyms returns the mentions of the demonyms coordinated before a force noun
// after the first ("French and Egyptian warships": Egypt; France comes from mentionAt).
func (t *tree) forceDemonyms(n int, at []int) []int {
	if !t.forceNoun(n, "state") {
		return nil
	}
	var out []int
	for _, k := range t.kids[n] {
		if t.nodes[k].Rel == "amod" && at[k] >= 0 {
			for _, c := range t.conjuncts(k)[1:] {
				if at[c] >= 0 {
					out = append(out, at[c])
				}
			}
		}
	}
	return out
}

// forceOwner returns the mention of the body a force noun names with "from" or "of"
// ("fighters from the X Front", "rebels of the Y Army"; for a state agent also a country,
// "troops from Chile"), or -1.
func (t *tree) forceOwner(n int, at []int) int {
	state, member := t.forceNoun(n, "state"), t.forceNoun(n, "member")
	if !state && !member {
		return -1
	}
	for _, k := range t.kids[n] {
		if t.rel(k) == "amod" && (t.lemma(k) == "loyal" || t.lemma(k) == "affiliated") {
			if m := t.loyalTo(k, at, state); m >= 0 {
				return m // "fighters loyal to X", "militants affiliated with X": X's men
			}
		}
		if m := at[k]; m >= 0 && t.nodes[k].Rel == "nmod:poss" && member && t.ms[m].Class == schema.Person && !t.ms[m].Weak {
			return m // "X's fighters": the men of the person who leads them
		}
		if t.rel(k) != "nmod" || t.caseOf(k) != "from" && t.caseOf(k) != "of" {
			continue
		}
		if m := t.mentionAt(k, at); m >= 0 && (t.ms[m].Class == schema.Organization || state && t.ms[m].Class == schema.Country) && !t.ms[m].Weak {
			return m
		}
	}
	if a := n + 1; a < len(t.nodes) && t.nodes[a].Head >= 0 && t.nodes[a].Head == t.nodes[n].Head && (t.lemma(a) == "loyal" || t.lemma(a) == "affiliated") {
		return t.loyalTo(a, at, state) // "fighters loyal to X tried to ...": the parser hung "loyal" on the verb
	}
	return -1
}

// ownerConjuncts returns the mentions coordinated with owner o in force noun n's of- or
// from-phrase ("the navies of Peru and Brazil": Brazil, for o Peru) of o's class.
func (t *tree) ownerConjuncts(n, o int, at []int) []int {
	var out []int
	for _, k := range t.kids[n] {
		if t.rel(k) != "nmod" || at[k] != o {
			continue
		}
		for _, c := range t.conjuncts(k) {
			if m := at[c]; m >= 0 && m != o && t.ms[m].Class == t.ms[o].Class && !t.ms[m].Weak {
				out = append(out, m)
			}
		}
	}
	return out
}

// loyalTo returns the named group or person of "loyal to X" / "affiliated with X" under
// adjective a, or -1.
func (t *tree) loyalTo(a int, at []int, state bool) int {
	for _, k := range t.kids[a] {
		if t.rel(k) != "obl" && t.rel(k) != "nmod" || t.caseOf(k) != "to" && t.caseOf(k) != "with" {
			continue
		}
		if m := t.mentionAt(k, at); m >= 0 && !t.ms[m].Weak && (t.ms[m].Class == schema.Organization || t.ms[m].Class == schema.Person || state && t.ms[m].Class == schema.Country) {
			return m // a state's troops may be loyal to its government ("troops loyal to the Kenyan government")
		}
	}
	return -1
}

// strongerName returns the named mention that stands for weak mention k at node n: the
// name it is in apposition with, or a name compounded with it; else k.
func (t *tree) strongerName(n, k int, at []int, weak []bool) int {
	// The head of the weak mention's span: climb from n while inside the mention.
	h := n
	for t.nodes[h].Head >= 0 && at[t.nodes[h].Head] == k {
		h = t.nodes[h].Head
	}
	if t.rel(h) == "appos" {
		if o := at[t.nodes[h].Head]; o >= 0 && !weak[o] {
			return o
		}
	}
	for _, c := range t.kids[h] {
		if (t.rel(c) == "compound" || t.rel(c) == "appos") && at[c] >= 0 && !weak[at[c]] {
			return at[c]
		}
	}
	return k
}

// nounNamed returns the mention a common noun n stands for by its own dependents, or -1:
// the name in apposition to it, the group named before a noun for a group, the body a
// part of it belongs to.
func (t *tree) nounNamed(n int, at []int) int {
	if t.nodes[n].UPOS != "NOUN" {
		return -1
	}
	for _, k := range t.kids[n] {
		if t.rel(k) == "appos" && at[k] >= 0 && !t.amongThem(k) {
			return at[k] // "the South African leader, X": the name the noun is given; "groups, among them X" lists members
		}
		if t.rel(k) == "compound" && namedGroupHeads[t.lemma(n)] && t.classOf(at[k]) == schema.Organization && !t.ms[at[k]].Weak {
			return at[k] // "the X Movement militant group", "the Y faction that controls Z": the group named
		}
		if bodyParts[t.lemma(n)] && t.rel(k) == "nmod" && t.caseOf(k) == "of" && at[k] >= 0 {
			return at[k] // "the air wing of the navy" acts for the navy
		}
	}
	return -1
}

// partOwner returns the mention of the body whose part noun n names with a possessive
// ("the navy's air wing", with no name of its own), or -1: as an agent the part acts for
// the body, but what is done to a part is not done to the body.
func (t *tree) partOwner(n int, at []int) int {
	if !bodyParts[t.lemma(n)] || t.child(n, "appos") >= 0 {
		return -1
	}
	for _, k := range t.kids[n] {
		if t.nodes[k].Rel == "nmod:poss" && at[k] >= 0 && t.classOf(at[k]) == schema.Organization {
			return at[k]
		}
	}
	return -1
}

// namedGroupHeads: see data/words.txt.
var namedGroupHeads = wordSet("namedGroupHeads")

// mentionAt returns the mention of node n, or of the possessor or demonym that names the
// actor of a body without a name ("Russia's forces", "Iranian troops"): -1 for none.
func (t *tree) mentionAt(n int, at []int) int {
	if k := t.titleName(n, at); k >= 0 {
		return k // "killed the Hamas commander, X": the person the title names
	}
	if at[n] >= 0 {
		return at[n]
	}
	if r := t.reportingSelf(n, at); r >= 0 {
		return r // "fighters loyal to X said they killed Y": X
	}
	if t.nodes[n].UPOS == "PROPN" {
		// "Mr Straw": the parser heads the name on the title the mention leaves out.
		for _, k := range t.kids[n] {
			if t.rel(k) == "flat" && at[k] >= 0 && t.classOf(at[k]) == schema.Person {
				return at[k]
			}
		}
	}
	if k := t.nounNamed(n, at); k >= 0 {
		return k
	}
	if t.forceNoun(n, "state") {
		for _, k := range t.kids[n] {
			if (t.nodes[k].Rel == "nmod:poss" || t.nodes[k].Rel == "amod" || t.nodes[k].Rel == "compound") && at[k] >= 0 {
				return at[k]
			}
		}
		if r := t.reporterOfOwn(n, at); r >= 0 {
			return r
		}
	}
	if t.forceNoun(n, "member") {
		if r := t.reporterOfOwn(n, at); r >= 0 && t.classOf(r) == schema.Organization {
			return r // "the X Front said its fighters attacked Y": a group's members, not a state's
		}
	}
	if ledNouns[t.lemma(n)] {
		if l := t.ledBy(n, at); l >= 0 {
			return l // "the Saudi-led coalition", "a US-led campaign": the leader acts through it
		}
	}
	if t.forceNoun(n, "member") {
		// "Hezbollah guerrillas": the members of a named group act for it; a demonym
		// ("Afghan guerrillas") names no state here.
		for _, k := range t.kids[n] {
			if (t.nodes[k].Rel == "nmod:poss" || t.nodes[k].Rel == "compound") && at[k] >= 0 && t.classOf(at[k]) == schema.Organization {
				return at[k]
			}
		}
	}
	// "the capital Juba", "the town of X": the place a common noun introduces;
	// "positions of X", "targets in Y": the body or place a target noun belongs to.
	if p := t.placeIn(n, at); p >= 0 {
		return p
	}
	if placeIntro[t.lemma(n)] || targetNouns[t.lemma(n)] {
		compound := -1
		for _, k := range t.kids[n] {
			r := t.nodes[k].Rel
			if at[k] >= 0 && r == "compound" && (placeIntro[t.lemma(n)] || targetNouns[t.lemma(n)] && t.classOf(at[k]) == schema.Organization) && compound < 0 {
				compound = at[k] // "the capital Juba"; but "the Pacific port town of Arica" is Arica
			}
			if at[k] >= 0 && t.rel(k) == "nmod" && t.caseOf(k) == "in" && t.classOf(at[k]) == schema.Country && t.ownedTarget(n) {
				continue // "rebel positions in Peru": the positions are the rebels', not Peru's
			}
			if at[k] >= 0 && (r == "appos" || r == "flat" || t.rel(k) == "nmod" && (t.caseOf(k) == "of" || targetNouns[t.lemma(n)] && t.caseOf(k) == "in")) {
				return at[k]
			}
		}
		return compound
	}
	return -1
}

// siteIn returns the place or country that site noun n lies in ("the tomb of X in Y",
// "a memorial in Y"), the "in" phrase also when the parser hangs it on the "of" phrase's
// name; -1 for none.
func (t *tree) siteIn(n int, at []int) int {
	if !siteNouns[t.lemma(n)] || at[n] >= 0 {
		return -1
	}
	in := func(h int, rel string) int {
		for _, k := range t.kids[h] {
			if at[k] >= 0 && t.rel(k) == rel && t.caseOf(k) == "in" && k > n {
				if c := t.classOf(at[k]); c == schema.Place || c == schema.Country {
					return at[k]
				}
			}
		}
		return -1
	}
	if p := in(n, "nmod"); p >= 0 {
		return p
	}
	for _, k := range t.kids[n] {
		if t.rel(k) == "nmod" && t.caseOf(k) == "of" && (at[k] < 0 || t.classOf(at[k]) == schema.Person) {
			if p := in(k, "nmod"); p >= 0 {
				return p // "the grave of X in Y", "the tomb of the unknown soldier in Y"
			}
		}
	}
	if h := t.nodes[n].Head; h >= 0 && t.rel(n) == "obj" {
		return in(h, "obl") // "visited the grave of his father in Y" with "in Y" hung on the verb
	}
	return -1
}

// siteNouns: see data/words.txt.
var siteNouns = wordSet("siteNouns")

// placeIn returns the place a place noun lies in ("a village in the province of Y", "a
// town in Y": Y), a place only, never a country ("a village in Peru" names no target in
// Peru); -1 for none.
func (t *tree) placeIn(n int, at []int) int {
	if p := t.siteIn(n, at); p >= 0 {
		return p // "visited the tomb of X in Y": Y
	}
	if !placeIntro[t.lemma(n)] || at[n] >= 0 {
		return -1
	}
	for _, k := range t.kids[n] {
		if at[k] >= 0 && (t.rel(k) != "nmod" || t.caseOf(k) == "of") && t.rel(k) != "amod" {
			return -1 // "the city of X in Y", "the capital X": the noun names its own place
		}
	}
	for _, k := range t.kids[n] {
		if t.rel(k) != "nmod" || t.caseOf(k) != "in" {
			continue
		}
		m := at[k]
		if m < 0 && (unitNouns[t.lemma(k)] || placeIntro[t.lemma(k)]) {
			for _, d := range t.kids[k] {
				if t.rel(d) == "nmod" && t.caseOf(d) == "of" && at[d] >= 0 {
					m = at[d] // "in the province of Y"
				}
			}
		}
		if m >= 0 && t.classOf(m) == schema.Place {
			return m
		}
	}
	return -1
}

// ownedTarget reports whether target noun n names its owner by a modifier ("guerrilla
// positions", "Palestinian bases"): a country it lies in is then no target.
func (t *tree) ownedTarget(n int) bool {
	if !targetNouns[t.lemma(n)] {
		return false
	}
	for _, k := range t.kids[n] {
		if t.rel(k) == "compound" && t.nodes[k].UPOS == "NOUN" || t.rel(k) == "amod" && startsUpper(t.nodes[k].Form) {
			return true
		}
	}
	return false
}

// reporterOfOwn returns the state or body that reports what its own forces did ("X said
// its warplanes attacked Y": X): force noun n with the possessive "its" or "their", in a
// clause a verb of reporting takes, whose subject names a country or an organisation; -1
// for none.
func (t *tree) reporterOfOwn(n int, at []int) int {
	poss := t.child(n, "nmod:poss")
	if poss < 0 || t.lemma(poss) != "its" && t.lemma(poss) != "their" {
		return -1
	}
	v := n
	for v >= 0 && t.nodes[v].UPOS != "VERB" {
		v = t.nodes[v].Head
	}
	if v < 0 || t.rel(v) != "ccomp" || !reportVerbsTree[t.lemma(t.nodes[v].Head)] {
		return -1
	}
	s := t.child(t.nodes[v].Head, "nsubj")
	if s < 0 || s > n || at[s] < 0 {
		return -1
	}
	if c := t.classOf(at[s]); c == schema.Country || c == schema.Organization {
		return at[s]
	}
	return -1
}

// reportingSelf returns the group a pronoun subject of a reported clause stands for when
// the speaker is its men ("fighters loyal to X said they killed Y": X): pronoun n ("they",
// "it"), the subject of a clause a verb of reporting takes, whose subject before it is a
// force noun with an owner. A named speaker is coreference's; -1 for none.
func (t *tree) reportingSelf(n int, at []int) int {
	if p := t.lemma(n); t.nodes[n].UPOS != "PRON" || t.rel(n) != "nsubj" || p != "it" && p != "they" {
		return -1
	}
	v := t.nodes[n].Head
	if v < 0 || t.rel(v) != "ccomp" || !reportVerbsTree[t.lemma(t.nodes[v].Head)] {
		return -1
	}
	s := t.child(t.nodes[v].Head, "nsubj")
	if s < 0 || s > n || at[s] >= 0 || t.nodes[s].UPOS != "NOUN" {
		return -1
	}
	return t.forceOwner(s, at)
}

// bodyParts are the parts of a body that act for it ("the air wing of the navy").
var bodyParts = toSet(`wing arm branch unit units division battalion brigade squadron`)

// placeIntro are nouns that introduce a place's name; targetNouns name the targets of an
// attack by the body or place they belong to.
var (
	placeIntro  = toSet(`capital city town village province region district port island area`)
	targetNouns = toSet(`position target base headquarters camp stronghold facility home office
hospital hotel airport palace prison clinic outpost garrison`)
)

// partitives pick one or some of a plural ("one of the wings of Y").
var partitives = toSet(`one two three four some several each either`)

// ledNouns are the joint bodies and actions a state or group leads ("the Saudi-led
// coalition").
var ledNouns = toSet(`coalition alliance campaign force forces operation offensive intervention
mission bloc`)

// forceNouns maps the nouns of data/forces.tsv to their kind: "state" for bodies and
// members that act, or are struck, for the state or group named before them ("Iranian
// troops", "al-Qaeda leaders"); "member" for the members of a group that is no state,
// acting only for the group named before them ("Hezbollah guerrillas"), never for the
// state of a demonym ("Peruvian gunmen").
var forceNouns = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	eachLine("data/forces.tsv", func(f []string) {
		if len(f) >= 2 && (f[1] == "state" || f[1] == "member") {
			m[f[0]] = f[1]
		}
	})
	return m
})

// forceNoun reports whether node n is a noun of forces.tsv of the kind given ("troops"
// read as "troop" too).
func (t *tree) forceNoun(n int, kind string) bool {
	l := t.lemma(n)
	k, ok := forceNouns()[l]
	if !ok {
		k = forceNouns()[strings.TrimSuffix(l, "s")]
	}
	return k == kind
}

// role returns the nodes that fill one role of the trigger at node i. Roles are UD
// relations of a dependent ("nsubj", "obj", "iobj", "obl:to", "nmod:of", "nmod:poss",
// "amod", "compound"), or constructions: "head" (the noun an appositive or relative
// trigger describes), "cop" (the subject of a predicate nominal), "appos", "included"
// (the object of "include" whose subject the noun is: "members of Y include X"),
// "received" (the subject of a verb of receiving: "X has the support of Y"), "striker"
// (the maker of the strike a verb happened in: "X died in a Y air strike").
func (t *tree) role(i int, r string, tt treeTrigger) []int {
	passive := t.passive(i) || t.rel(i) == "acl" && t.participle(i) || t.rel(i) == "amod" && t.nodes[i].XPOS == "VBN"
	switch {
	case r == "nsubj":
		if tt.noun {
			return t.nounSubject(i, tt)
		}
		if passive && !tt.active {
			return t.sharedAgent(i)
		}
		return t.subject(i)
	case r == "obj":
		return t.objectRole(i, tt, passive)
	case r == "head":
		// "X, a member of Y"; "the group that Y founded"; "Y's spokesman X" (a title
		// before the name it describes).
		if h := t.nodes[i].Head; h >= 0 && (t.rel(i) == "appos" || t.rel(i) == "acl" || t.nodes[i].Rel == "nmod:desc") {
			return []int{h}
		}
		if h := t.nodes[i].Head; h >= 0 && t.rel(i) == "nmod" && t.caseOf(i) == "of" && partitives[t.lemma(h)] && t.rel(h) == "appos" && t.nodes[h].Head >= 0 {
			return []int{t.nodes[h].Head} // "X, one of three wings of Y": the appositive's partitive
		}
	case r == "cop":
		return t.copulaSubject(i)
	case r == "striker":
		return t.strikerIn(i) // "X died in a Y air strike": Y
	case r == "received" || r == "included":
		return t.clauseRole(i, r, tt)
	case r == "appos":
		if k := t.child(i, "appos"); k >= 0 {
			return []int{k}
		}
		if t.rel(i) == "appos" {
			return []int{t.nodes[i].Head}
		}
	case r == "iobj" && tt.noun && t.withRecipient(i) != nil:
		return t.withRecipient(i)
	case r == "iobj" && tt.noun && t.measureRecipient(i) != nil:
		return t.measureRecipient(i)
	case r == "iobj" && tt.noun && t.compoundRecipient(i) >= 0:
		return []int{t.compoundRecipient(i)}
	case strings.HasPrefix(r, "nsubj") && t.whoseSubject(i) >= 0:
		return []int{t.whoseSubject(i)} // "X, whose brother was killed in Y": the brother
	default:
		rel, prep, _ := strings.Cut(r, ":")
		var out []int
		for _, k := range t.obliques(i, tt) {
			if t.rel(k) == rel && (prep == "" || t.caseOf(k) == prep || t.nodes[k].Rel == r) {
				out = append(out, k)
			}
		}
		if len(out) == 0 && tt.noun && prep != "" {
			out = t.sharedOblique(i, prep)
		}
		if len(out) == 0 && tt.noun && undergoerPredicates[tt.pred] {
			out = t.undergoer(i)
		}
		if len(out) == 0 && rel == "obl" && prep != "" && !tt.noun {
			// "fired shells at targets": the parser often hangs the verb's oblique on its
			// object, or on the addressee it takes for one ("told reporters in P").
			o := t.child(i, "obj")
			if o < 0 {
				o = t.child(i, "iobj")
			}
			if o >= 0 {
				for _, c := range t.conjuncts(o) { // or on a name it split off ("TV reporter X")
					for _, k := range t.kids[c] {
						if t.rel(k) == "nmod" && t.caseOf(k) == prep {
							out = append(out, k)
						}
					}
				}
			}
		}
		return out
	}
	return nil
}

// sharedOblique returns the prep-phrases that event noun i shares with the nouns
// coordinated after it, which the parser hangs on the last of them ("imposed a travel
// ban and an asset freeze on X", "provided weapons, training and money to X"): a phrase
// after every conjunct, on a conjunct, is all of theirs, unless the noun has a phrase of
// that case of its own.
func (t *tree) sharedOblique(i int, prep string) []int {
	cs := t.conjuncts(i)
	if len(cs) < 2 {
		return nil
	}
	for _, k := range t.kids[i] {
		if t.caseOf(k) == prep {
			return nil // "a ban on imports and a levy on X": the ban has its own
		}
	}
	last := slices.Max(cs)
	var out []int
	for _, c := range cs[1:] {
		for _, k := range t.kids[c] {
			if k > last && t.rel(k) == "nmod" && t.caseOf(k) == prep {
				out = append(out, k)
			}
		}
	}
	return out
}

// objectRole returns the object of verb i: its direct object (in the passive its passive
// subject, or the noun a participle modifies), or the noun a relative clause modifies.
func (t *tree) objectRole(i int, tt treeTrigger, passive bool) []int {
	if passive && !tt.active {
		if w := t.whoseSubject(i); w >= 0 {
			return []int{w} // "X, whose brother was killed in Y": the brother
		}
		if k := t.child(i, "nsubj:pass"); k >= 0 {
			return []int{k}
		}
		if h := t.passiveConjunct(i); h >= 0 {
			return []int{t.child(h, "nsubj:pass")} // "X was founded and led by Y": X
		}
		if t.rel(i) == "acl" || t.rel(i) == "amod" { // "troops backed by Iran", "Iran-backed troops": the noun is the object
			return []int{t.nodes[i].Head}
		}
		return nil
	}
	rel := t.relativeClause(i)
	for _, k := range t.kids[i] {
		if rel && t.nodes[k].UPOS == "PRON" && relativePronouns[t.lemma(k)] {
			continue // "X, which Y supports": the pronoun stands for the noun (below)
		}
		if t.rel(k) == "obj" && t.reciprocal(k) {
			return t.subject(i) // "A and B fought each other": each the other's
		}
		if t.rel(k) == "obj" && tt.pred == schema.Visited && ownedPlaceNouns[t.lemma(k)] {
			if h := t.child(k, "nmod:poss"); h >= 0 && t.nodes[h].UPOS != "PRON" {
				return []int{h} // "visited Kenya's capital", "toured Y's northern provinces": Y
			}
		}
		if t.rel(k) == "obj" && contains(tt.rest, t.lemma(k)) && assetNouns[t.lemma(k)] {
			if h := t.holderOf(k); h >= 0 {
				return []int{h} // "froze the assets of X", "froze X's bank accounts": X
			}
		}
		if t.rel(k) == "obj" && !contains(tt.rest, t.lemma(k)) {
			if h := t.stanceHolder(k); h >= 0 && tt.pred == schema.Supports && stanceVerbs()[t.lemma(i)] {
				return []int{h} // "backed X's bid", "defended the right of X"
			}
			return []int{k} // "endorsed her former rival": repairPossessiveObject made "her" the rival's
		}
	}
	if rel && t.relativeIs(i, "obj") {
		return []int{t.relativeHead(i)}
	}
	return nil
}

// stances are the nouns of data/stances.tsv: an actor's stance, claim or undertaking;
// stanceVerbs its verbs of support that read a stance object as its holder.
var (
	stances     = sync.OnceValue(func() map[string]bool { return stanceRows("noun") })
	stanceVerbs = sync.OnceValue(func() map[string]bool { return stanceRows("verb") })
)

func stanceRows(kind string) map[string]bool {
	m := map[string]bool{}
	eachLine("data/stances.tsv", func(f []string) {
		if len(f) >= 2 && f[1] == kind {
			m[f[0]] = true
		}
	})
	return m
}

// stanceHolder returns the possessor or "of" phrase of stance noun k ("X's bid", "the
// right of X"), -1 when k is no stance or names no holder.
func (t *tree) stanceHolder(k int) int {
	if !stances()[t.lemma(k)] {
		return -1
	}
	return t.holderOf(k)
}

// assetNouns are the fixed objects of the sanction verbs that freeze what a party holds
// ("froze the assets of X"; data/words.txt, triggers.tsv "freeze asset").
var assetNouns = wordSet("assetNouns")

// holderOf returns the holder of noun k: its possessive ("X's bid"), its "of" phrase
// ("the assets of X"), or a name right before it ("Russian assets"); -1 for none.
func (t *tree) holderOf(k int) int {
	for _, c := range t.kids[k] {
		if t.nodes[c].Rel == "nmod:poss" && t.nodes[c].UPOS != "PRON" || t.rel(c) == "nmod" && t.caseOf(c) == "of" {
			return c
		}
		if (t.rel(c) == "amod" || t.rel(c) == "compound") && startsUpper(t.nodes[c].Form) && c == k-1 {
			return c // "backed Russian entry", "the Green Front bid": the name right before the noun
		}
	}
	return -1
}

// copulaSubject returns the subject of predicate nominal i ("X is a member of Y"), also
// when i is the partitive of the predicate ("X is one of three wings of Y") or the object
// of a verb that works as a copula ("X remains Y's closest ally").
func (t *tree) copulaSubject(i int) []int {
	if t.child(i, "cop") >= 0 {
		if k := t.child(i, "nsubj"); k >= 0 {
			return []int{k}
		}
	}
	if h := t.nodes[i].Head; h >= 0 && (t.rel(i) == "obj" || t.rel(i) == "xcomp") && t.nodes[i].UPOS == "NOUN" && copulaVerbsTree[t.lemma(h)] {
		if k := t.child(h, "nsubj"); k >= 0 && k < h {
			return []int{k} // "X remains Y's closest ally": the verb says what X is
		}
	}
	if h := t.nodes[i].Head; h >= 0 && t.rel(i) == "nmod" && t.caseOf(i) == "of" && partitives[t.lemma(h)] && t.child(h, "cop") >= 0 {
		if k := t.child(h, "nsubj"); k >= 0 {
			return []int{k}
		}
	}
	return nil
}

// copulaVerbsTree: see data/words.txt.
var copulaVerbsTree = wordSet("copulaVerbsTree")

// undergoerNouns: see data/words.txt; undergoerPredicates are the event nouns' predicates
// they take.
var (
	undergoerNouns      = wordSet("undergoerNouns")
	undergoerPredicates = map[schema.Predicate]bool{schema.Fights: true, schema.SanctionedBy: true, schema.Supports: true}
)

// undergoer returns the one event noun i is done to when a copula says so: "X is the target
// of Y strikes", "X has been the subject of Y sanctions", "X was the recipient of Y aid"
// (X is the subject of the undergoer noun i is the of-phrase of); "X is under Y sanctions";
// the passive subject of the verb whose "by" agent i is ("X was damaged by a Y air raid").
func (t *tree) undergoer(i int) []int {
	if t.caseOf(i) == "under" && t.child(i, "cop") >= 0 {
		if k := t.child(i, "nsubj"); k >= 0 {
			return []int{k}
		}
	}
	h := t.nodes[i].Head
	if h >= 0 && t.rel(i) == "obl" && t.caseOf(i) == "by" && t.passive(h) {
		if k := t.child(h, "nsubj:pass"); k >= 0 && k < i {
			return []int{k} // "X was damaged by a Y air raid", "X was hurt by Y sanctions"
		}
	}
	if h < 0 || t.rel(i) != "nmod" || t.caseOf(i) != "of" || !undergoerNouns[t.lemma(h)] || t.child(h, "cop") < 0 {
		return nil
	}
	if k := t.child(h, "nsubj"); k >= 0 && k < h {
		return []int{k}
	}
	return nil
}

// obliques returns the dependents of trigger i, and for an event noun the obliques of the
// light verb that governs it ("paid a visit on Monday to X": "to X" hangs on "paid").
func (t *tree) obliques(i int, tt treeTrigger) []int {
	out := append([]int{}, t.kids[i]...)
	if h, ok := t.lightHead(i); tt.noun && ok {
		for _, k := range t.kids[h] {
			if t.rel(k) == "obl" || t.rel(k) == "iobj" {
				out = append(out, k)
			}
		}
	}
	if h := t.nodes[i].Head; tt.noun && h >= 0 && t.rel(i) == "nsubj" && t.onsetVerb(h) {
		for _, k := range t.kids[h] {
			if t.rel(k) == "obl" && t.caseOf(k) == "between" {
				out = append(out, k) // "Fighting broke out between A and B": the event's sides
			}
		}
	}
	// "gave a welcome on Thursday to X": the parser hangs the next phrase on the time;
	// "the attack by X on Y": on the agent ("in" and "of" there describe the agent).
	for _, k := range out {
		agent := tt.noun && t.nodes[k].Head == i && (t.byAgent(k) || t.ofAgentNode(k, tt))
		if !timeWords[t.lemma(k)] && !agent {
			continue
		}
		for _, c := range t.kids[k] {
			if m := t.caseOf(c); t.rel(c) == "nmod" && m != "" && m != "of" && !(agent && m == "in") {
				out = append(out, c)
			}
		}
	}
	return out
}

// onsetVerb reports whether verb v says that the event noun it takes as subject took place
// or went on ("broke out", "erupted", "raged", "resumed"): data/words.txt onsetVerbs, a
// lemma with its particle.
func (t *tree) onsetVerb(v int) bool {
	l := t.lemma(v)
	if p := t.child(v, "compound:prt"); p >= 0 {
		l += " " + t.lemma(p)
	}
	return onsetVerbs[l] && !t.negatedOrUnreal(v)
}

// onsetVerbs: see data/words.txt.
var onsetVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range phraseList("onsetVerbs") {
		m[p] = true
	}
	return m
}()

// byAgent reports whether dependent k of an event noun is its agent: "by X" ("the
// attack by X", "a visit by Y").
func (t *tree) byAgent(k int) bool {
	return t.nodes[k].Rel == "nmod:agent" || t.rel(k) == "nmod" && t.caseOf(k) == "by"
}

// ofAgent returns the "of" phrase of event noun i as its agent when the noun's row reads
// no object from "of" ("the visit of X to Y", but "the invasion of Y"), nil for none.
func (t *tree) ofAgent(i int, tt treeTrigger) []int {
	if memberListNouns[t.lemma(i)] {
		return nil // "an alliance of A and B": its members (coalition.go), not its makers
	}
	for _, k := range t.kids[i] {
		if t.ofAgentNode(k, tt) {
			return []int{k}
		}
	}
	return nil
}

// nounSubject returns the subject of event noun i: the light verb's, a possessor's or a
// compound's, the "of" phrase's ("the visit of X to Y"), the giver of what a subject
// receives ("X has the support of Y"), or the subject of the clause the noun is an
// adverbial of.
func (t *tree) nounSubject(i int, tt treeTrigger) []int {
	if t.receiver(i) >= 0 && len(t.ofAgent(i, tt)) > 0 {
		return t.ofAgent(i, tt) // "X has the support of Y": Y gives it
	}
	s := t.lightSubject(i, tt.pred == schema.Fights)
	if len(s) == 0 {
		s = t.ofAgent(i, tt) // "the visit of X to Y"
	}
	if len(s) == 0 && (tt.pred == schema.Visited || tt.pred == schema.Met) {
		s = t.adverbialSubject(i)
	}
	if len(s) == 0 && tt.pred == schema.Fights {
		s = t.combatants(i, t.adverbialSubject(i)) // "After clashes with X, the Y militia withdrew"
	}
	return s
}

// clauseRole returns the nodes that fill role r of noun i through the clause it is an
// argument of: "received", the subject of a verb of receiving ("X has (enjoys, won) the
// support of Y": X); "included", the object of "include" whose subject the noun is
// ("Members of Y include A, B and C": the holders).
func (t *tree) clauseRole(i int, r string, tt treeTrigger) []int {
	switch r {
	case "received":
		if h := t.receiver(i); h >= 0 && len(t.ofAgent(i, tt)) > 0 {
			return t.subject(h)
		}
	case "included":
		if h := t.nodes[i].Head; h >= 0 && t.rel(i) == "nsubj" && t.lemma(h) == "include" && !t.negatedOrUnreal(h) {
			if k := t.child(h, "obj"); k > h {
				return []int{k}
			}
		}
	}
	return nil
}

// comitatives returns the names set off by commas beside subject k with "along with" or
// "together with" ("X, along with Y, backs Z"): they act with it.
func (t *tree) comitatives(k int) []int {
	var out []int
	for _, c := range t.kids[k] {
		if c < k || t.rel(c) != "nmod" && t.rel(c) != "appos" || t.nodes[c].UPOS != "PROPN" || !t.commaBefore(c) {
			continue
		}
		if w := t.caseOf(c); strings.HasSuffix(w, "with") && (comitativeWords[strings.TrimSuffix(w, " with")] || t.hasComitativeAdverb(c)) {
			out = append(out, c)
		}
	}
	return out
}

// hasComitativeAdverb reports whether node c has an adverb of data/words.txt
// comitativeWords ("together" of "together with").
func (t *tree) hasComitativeAdverb(c int) bool {
	for _, k := range t.kids[c] {
		if t.rel(k) == "advmod" && comitativeWords[t.lemma(k)] {
			return true
		}
	}
	return false
}

// comitativeWords: see data/words.txt.
var comitativeWords = wordSet("comitativeWords")

// receiver returns the verb of receiving that takes event noun i as its object ("has the
// support of Y", "won the backing of Y"), or -1.
func (t *tree) receiver(i int) int {
	if h := t.nodes[i].Head; h >= 0 && t.rel(i) == "obj" && receiverVerbs[t.lemma(h)] {
		return h
	}
	return -1
}

// receiverVerbs: see data/words.txt.
var receiverVerbs = wordSet("receiverVerbs")

// ofAgentNode reports whether dependent k of an event noun is an "of" phrase its row
// does not read as the object.
func (t *tree) ofAgentNode(k int, tt treeTrigger) bool {
	if t.nodes[k].Rel != "nmod" || t.caseOf(k) != "of" {
		return false
	}
	for _, r := range tt.obj {
		if r == "nmod:of" || r == "obl:of" {
			return false
		}
	}
	return true
}

// timeWords name a time, which no phrase but "of" modifies (data/words.txt).
var timeWords = wordSet("timeWords")

// passive reports whether verb i is passive: a passive auxiliary, or a passive subject
// without the "have" of a perfect ("have killed" is active whatever the parser says).
func (t *tree) passive(i int) bool {
	if t.child(i, "aux:pass") >= 0 || t.passiveConjunct(i) >= 0 {
		return true
	}
	if t.child(i, "nsubj:pass") < 0 {
		return false
	}
	for _, k := range t.kids[i] {
		if t.rel(k) == "aux" && t.lemma(k) == "have" {
			return false
		}
	}
	return true
}

// sharedAgent returns the agent of passive verb i, or the agent of a passive coordinated
// after it with no subject of its own ("X was attacked and looted by Y": Y attacked).
func (t *tree) sharedAgent(i int) []int {
	if a := t.agent(i); len(a) > 0 {
		return a
	}
	for _, c := range t.kids[i] {
		if t.passiveConjunct(c) == i {
			return t.agent(c)
		}
	}
	return nil
}

// passiveConjunct returns the passive verb that past participle i is coordinated with
// and shares its subject with ("X was founded and led by Y": "founded" for "led"), or -1.
func (t *tree) passiveConjunct(i int) int {
	h := t.nodes[i].Head
	if t.rel(i) != "conj" || h < 0 || t.nodes[i].XPOS != "VBN" || t.nodes[h].XPOS != "VBN" || t.child(i, "nsubj") >= 0 || t.child(i, "nsubj:pass") >= 0 || t.child(i, "obj") >= 0 {
		return -1
	}
	if t.child(h, "aux:pass") < 0 || t.child(h, "nsubj:pass") < 0 {
		return -1
	}
	return h
}

// commercialModifiers make a partner a trading one ("economic partner").
var commercialModifiers = toSet(`business economic commercial energy oil`)

// peaceOrTrade reports whether a treaty noun is one of peace or trade ("peace treaty",
// "a pact on trade"), which makes no allies.
func (t *tree) peaceOrTrade(i int) bool {
	for _, k := range t.kids[i] {
		l := t.lemma(k)
		if truceWords[l] || commerceWords[l] || commerceWords[l+"s"] || commercialModifiers[l] || t.economicAt(k) || t.armsLimit(k) {
			return true // "trading partner", "Japan's G-7 partners": fellow members of a market
		}
		for _, c := range t.kids[k] {
			if t.rel(k) == "nmod" && (truceWords[t.lemma(c)] || commerceWords[t.lemma(c)]) {
				return true
			}
		}
	}
	return false
}

// armsLimit reports whether node k is a limit on arms ("arms control" before "treaty";
// words.txt armsLimitPhrases).
func (t *tree) armsLimit(k int) bool {
	for _, c := range t.kids[k] {
		if armsLimitPhrases[strings.ToLower(t.nodes[c].Form)+" "+t.lemma(k)] {
			return true
		}
	}
	return armsLimitPhrases[t.lemma(k)]
}

// economicAt reports whether node k lies in a mention of a body of trade or money.
func (t *tree) economicAt(k int) bool {
	for _, m := range t.ms {
		if m.Economic && k >= m.Start && k < m.End {
			return true
		}
	}
	return false
}

// strikeNoun reports whether node n is an event noun of fighting ("strike", "raid").
func (t *tree) strikeNoun(n int) bool {
	for _, tt := range treeLexicon()["noun "+t.lemma(n)] {
		if tt.pred == schema.Fights {
			return true
		}
	}
	return false
}

// lightHead returns the light verb that takes event noun i as its object, directly, as a
// conjunct of its object ("providing photographs and intelligence to X"), or as the
// "of" complement of a measure ("gave X 5 million dollars of aid").
func (t *tree) lightHead(i int) (int, bool) {
	j := t.firstConjunct(i)
	if h := t.nodes[j].Head; h >= 0 && t.rel(j) == "nmod" && (t.caseOf(j) == "of" || t.caseOf(j) == "in" || t.caseOf(j) == "for") && t.rel(h) == "obj" {
		j = h // "dollars of aid", "tons of weapons", "5 million dollars in aid", "6 million dollars for emergency aid"
	}
	h := t.nodes[j].Head
	if h >= 0 && (t.rel(j) == "obj" || t.nodes[j].Rel == "nsubj:pass") && t.isLight(h) {
		return h, true // "carried out an attack", "the attack was carried out by X"
	}
	if h >= 0 && (t.rel(j) == "obj" || t.nodes[j].Rel == "nsubj:pass") && claimVerbs[t.lemma(h)] && t.strikeNoun(i) && (j == i || claimNouns[t.lemma(j)] && t.caseOf(i) == "for") && !t.negatedOrUnreal(h) {
		return h, true // "X claimed the attack", "the attack was claimed by X", "X claimed responsibility for the strike that killed Y": X made it
	}
	if h >= 0 && t.rel(j) == "obl" && t.caseOf(j) == "with" && withLight[t.lemma(h)] && t.child(h, "obj") >= 0 {
		return h, true // "provided X with weapons": the object receives
	}
	return -1, false
}

// claimVerbs and claimNouns: see data/words.txt.
var (
	claimVerbs = wordSet("claimVerbs")
	claimNouns = wordSet("claimNouns")
)

// transferLight are the light verbs that hand their object over: the possessor of the
// object owned it before ("X sold Y's weapons to Z"), the subject is the agent.
var transferLight = wordSet("transferLight")

// withLight are the light verbs whose object receives what "with" names ("provided X with
// weapons", "supplied X with arms").
var withLight = toSet(`provide supply`)

// withRecipient returns the object of the light verb that takes event noun i with "with"
// ("provided X with weapons": X), which fills the noun's indirect object; nil for none.
func (t *tree) withRecipient(i int) []int {
	j := t.firstConjunct(i)
	if h, ok := t.lightHead(i); ok && t.rel(j) == "obl" {
		return []int{t.child(h, "obj")}
	}
	return nil
}

// compoundRecipient reads "gave the Kivu Brigade weapons": the parser takes the first
// object of a transfer light verb for a compound of the second, and the name's article for
// the event noun's. It returns the name's last word, or -1: only when the light verb has
// no indirect object and the noun no "to" or "for" recipient.
func (t *tree) compoundRecipient(i int) int {
	h, ok := t.lightHead(i)
	if !ok || t.rel(i) != "obj" || t.nodes[i].Head != h || !transferLight[t.lemma(h)] || t.child(h, "iobj") >= 0 {
		return -1
	}
	for _, k := range t.kids[h] {
		if c := t.caseOf(k); t.rel(k) == "obl" && (c == "to" || c == "for") {
			return -1
		}
	}
	det, name := -1, -1
	for _, k := range t.kids[i] {
		switch {
		case t.rel(k) == "det" && det < 0:
			det = k
		case t.rel(k) == "nmod" && (t.caseOf(k) == "to" || t.caseOf(k) == "for"):
			return -1
		case t.rel(k) == "compound" && t.nodes[k].UPOS == "PROPN":
			name = k // the last compound: the name's head word
		}
	}
	if det < 0 || name < 0 || det > name || name != i-1 {
		return -1
	}
	return name
}

// measureRecipient returns the name the parser hung as a compound on the measure of an
// event noun a light verb gives, before its number ("gave X 5 million dollars of aid": X
// is the recipient, no part of "dollars"); nil for none. A name right before the measure,
// with no number between ("Sony shares"), is left alone.
func (t *tree) measureRecipient(i int) []int {
	j := t.firstConjunct(i)
	h := t.nodes[j].Head
	if c := t.caseOf(j); h < 0 || t.rel(j) != "nmod" || c != "of" && c != "in" && c != "for" || t.rel(h) != "obj" {
		return nil
	}
	if _, ok := t.lightHead(i); !ok || t.child(t.nodes[h].Head, "iobj") >= 0 {
		return nil
	}
	for _, k := range t.kids[t.nodes[h].Head] {
		if k < h && t.rel(k) == "obj" {
			return []int{k} // "granted X 6 million dollars for aid" read with two objects
		}
	}
	for k := h - 1; k >= 0 && k > h-12; k-- {
		if t.rel(k) != "compound" || t.nodes[k].UPOS != "PROPN" || !t.under(k, h) || t.rel(t.nodes[k].Head) == "compound" {
			continue // the last word of the name, in the measure's phrase
		}
		for n := k + 1; n < h; n++ {
			if t.nodes[n].UPOS == "NUM" {
				return []int{k}
			}
		}
	}
	return nil
}

// under reports whether node k is in the subtree of node h.
func (t *tree) under(k, h int) bool {
	for steps := 0; k >= 0 && steps < len(t.nodes); steps++ {
		if k == h {
			return true
		}
		k = t.nodes[k].Head
	}
	return false
}

func (t *tree) isLight(v int) bool {
	// By its form too: the lemmatiser can miss one ("imposed" read as "impos").
	return len(treeLexicon()["light "+t.lemma(v)]) > 0 || t.nodes[v].UPOS == "VERB" && lightForms()[strings.ToLower(t.nodes[v].Form)]
}

// adverbialSubject returns the agent of a visit or a meeting named in an adverbial phrase
// of time or occasion: the subject of the clause it belongs to ("During a visit to X, Y
// said"; "Y, in talks with X, said"), or the name the phrase describes ("Y, on a visit to
// X, said"). Nil when the noun is no such phrase.
func (t *tree) adverbialSubject(i int) []int {
	j := t.firstConjunct(i)
	h := t.nodes[j].Head
	if h >= 0 && t.rel(j) == "nmod" && t.caseOf(j) == "of" && timeWords[t.lemma(h)] && t.child(h, "nummod") >= 0 {
		j = h // "after two days of talks with Y": the measure stands for the talks
		h = t.nodes[j].Head
	}
	if h < 0 || !occasionCases[t.caseOf(j)] || t.caseOf(j) == "from" && (!returnVerbs[t.lemma(h)] || t.passive(h)) {
		return nil
	}
	switch {
	case t.rel(j) == "obl" && t.nodes[h].UPOS == "VERB" && (t.nodes[h].XPOS != "VBG" && t.nodes[h].XPOS != "VB" || t.progressive(h)):
		// not "after missing out on the tour", "to cancel a visit": a finite clause's,
		// also in the progressive ("X was speaking after talks with Y")
		return t.subject(h)
	case t.rel(j) == "obl" && t.nodes[h].XPOS == "VBG" && t.rel(h) == "advcl" && occasionParticiples[t.lemma(h)] && t.child(h, "mark") < 0 && t.child(h, "obj") < 0:
		return t.subject(h) // "X, speaking after talks with Y, said": a bare participle's, X
	case (t.rel(j) == "nmod" || t.rel(j) == "appos") && t.nodes[h].UPOS == "PROPN":
		return []int{h}
	}
	return nil
}

// progressive reports whether present participle v has a form of "be" as its auxiliary:
// a finite clause in the progressive ("was speaking"), no gerund.
func (t *tree) progressive(v int) bool {
	if t.nodes[v].XPOS != "VBG" {
		return false
	}
	for _, k := range t.kids[v] {
		if t.nodes[k].Rel == "aux" && t.lemma(k) == "be" {
			return true
		}
	}
	return false
}

// combatants keeps the subjects, read from the clause that fight noun i is the occasion
// of, that took part in the fight: an armed body or a state; another body only when the
// clause does not comment on the fight ("After clashes with X, the Y Movement withdrew";
// not "..., Amnesty condemned the violence": data commentVerbs, reportingVerbs).
func (t *tree) combatants(i int, nodes []int) []int {
	h := t.nodes[t.firstConjunct(i)].Head
	comment := h < 0 || reportingVerbs[strings.ToLower(t.nodes[h].Form)] || commentVerbs[strings.ToLower(t.nodes[h].Form)]
	var out []int
	for _, n := range nodes {
		for _, m := range t.ms {
			if n >= m.Start && n < m.End && (m.Armed || m.State || !comment && m.Class == schema.Organization) {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// commentVerbs judge an event the clause does not take part in (data/words.txt).
var commentVerbs = wordSet("commentVerbs")

// relativePronouns introduce a relative clause whose subject is the noun it modifies.
var relativePronouns = toSet(`who that which whom`)

// occasionCases mark a phrase that gives the occasion of a clause ("during a visit",
// "returned from a visit to X"; data/words.txt).
var occasionCases = wordSet("occasionCases")

// returnVerbs take "from" an event as its occasion ("returned from a visit to X"); other
// verbs do not ("was barred from a trip to X").
var returnVerbs = wordSet("returnVerbs")

// adjectiveTriggers: see data/words.txt.
var adjectiveTriggers = wordSet("adjectiveTriggers")

// occasionParticiples: see data/words.txt.
var occasionParticiples = wordSet("occasionParticiples")

// lightSubject returns the agent of an event noun: its possessor or a demonym before it
// ("Russia's strikes", "Russian strikes"), or the subject of the light verb that takes it
// as object ("X paid a visit to Y", "X launched strikes on Y"); the subject too, before a
// possessor, of a verb that hands its object over ("X sold Y's weapons to Z").
func (t *tree) lightSubject(i int, compoundAgent bool) []int {
	pron := -1
	var agents []int
	for _, k := range t.kids[i] {
		if t.nodes[k].UPOS == "PRON" {
			if t.nodes[k].Rel == "nmod:poss" {
				pron = k // "his visit to X"; but "mounted its invasion": the light verb's subject
			}
			continue
		}
		// "US strikes" names the striker; "a Moscow visit" names the place, not the visitor.
		// All are kept: a capitalised adjective may be a sentence's first word ("Recent
		// Chilean attacks"), which names nobody.
		if t.nodes[k].Rel == "nmod:poss" || t.byAgent(k) || t.nodes[k].Rel == "amod" && t.nodes[k].UPOS == "ADJ" && startsUpper(t.nodes[k].Form) || compoundAgent && t.nodes[k].Rel == "compound" && t.nodes[k].UPOS == "PROPN" {
			agents = append(agents, k)
		}
	}
	if len(agents) == 0 {
		agents = t.misattachedBy(i)
	}
	if len(agents) > 0 {
		if h, ok := t.lightHead(i); ok && transferLight[t.lemma(h)] && !t.passive(h) {
			if s := t.subject(h); len(s) > 0 {
				return s // "X sold Y's weapons to Z": Y owned them, X hands them over
			}
		}
		return agents
	}
	if a := t.reducedLightAgent(i); len(a) > 0 {
		return a // "the strike, carried out by X, killed Y": X
	}
	if h, ok := t.lightHead(i); ok {
		if t.passive(h) {
			return t.agent(h)
		}
		return t.subject(h)
	}
	if pron >= 0 {
		return []int{pron} // a possessive pronoun the document resolved ("during his trip to X")
	}
	if c := t.caseOf(i); (c == "on" || c == "in") && t.child(i, "cop") >= 0 {
		if k := t.child(i, "nsubj"); k >= 0 && k < i {
			return []int{k} // "X is on a visit to Y", "X was in talks with Y": the copula's subject
		}
	}
	if s := t.helpedAgent(i); len(s) > 0 {
		return s
	}
	return t.killerOf(i)
}

// reducedLightAgent returns the "by" agent of a light verb's past participle that
// modifies event noun i as a reduced relative ("the strike, carried out by X, killed Y",
// "a raid conducted by X") or in a passive relative clause ("which was carried out by
// X"); nil for none.
func (t *tree) reducedLightAgent(i int) []int {
	for _, k := range t.kids[i] {
		relcl := t.nodes[k].Rel == "acl:relcl" && t.passive(k) // "the strike, which was carried out by X"
		if t.rel(k) != "acl" && !relcl || t.nodes[k].XPOS != "VBN" || !t.isLight(k) || t.negatedOrUnreal(k) {
			continue
		}
		for _, a := range t.kids[k] {
			if t.nodes[a].Rel == "obl:agent" || t.rel(a) == "obl" && t.caseOf(a) == "by" {
				return []int{a}
			}
		}
	}
	return nil
}

// helpedAgent returns the object of a verb of support that takes strike noun i in an
// "in" phrase: "X backed Y in attacks on Z", "helped Y in its fight against Z" (Y
// attacks). Nil for none.
func (t *tree) helpedAgent(i int) []int {
	h := t.nodes[i].Head
	if h < 0 || t.rel(i) != "obl" || t.caseOf(i) != "in" || t.nodes[h].UPOS != "VERB" || !t.strikeNoun(i) {
		return nil
	}
	support := false
	for _, tt := range treeLexicon()["verb "+t.lemma(h)] {
		support = support || tt.pred == schema.Supports
	}
	if o := t.child(h, "obj"); support && o >= 0 {
		return []int{o}
	}
	return nil
}

// killerOf returns the agent of a strike noun that says how a killing verb's subject
// killed ("X killed four people in an attack on Y": X made the attack), nil for none.
func (t *tree) killerOf(i int) []int {
	h := t.nodes[i].Head
	if h < 0 || !t.strikeNoun(i) || (t.caseOf(i) != "in" && t.caseOf(i) != "during") {
		return nil
	}
	if t.rel(i) == "nmod" && t.rel(h) == "obj" {
		h = t.nodes[h].Head // "killed four people in an attack": the parser hangs it on the object
	} else if t.rel(i) != "obl" {
		return nil
	}
	if h < 0 || t.nodes[h].UPOS != "VERB" || t.passive(h) || !t.killingVerb(h) {
		return nil
	}
	return t.subject(h)
}

// attemptedKilling reports whether verb i is a killing that was attempted ("tried to kill
// X", "attempted to assassinate Y"): an attack that took place, unlike a plan ("plans to
// kill"), when the attempt itself is real.
func (t *tree) attemptedKilling(i int) bool {
	h := t.nodes[i].Head
	if h < 0 || t.rel(i) != "xcomp" || modality()[t.lemma(h)] != "attempt" || !t.killingVerb(i) || !t.markedTo(i) {
		return false
	}
	for _, k := range t.kids[i] {
		if t.rel(k) == "advmod" && (t.lemma(k) == "not" || t.lemma(k) == "never") || t.rel(k) == "aux" {
			return false // "tried not to kill", "tried to have X killed"
		}
	}
	return !t.negatedOrUnreal(h)
}

// modality maps the words of data/modality.tsv to their kind: "attempt" verbs make their
// complement an attempt that was made, "unlikely" adjectives make it unreal.
var modality = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	eachLine("data/modality.tsv", func(f []string) {
		if len(f) >= 2 {
			m[f[0]] = f[1]
		}
	})
	return m
})

// killingVerb reports whether verb v is a verb of killing or wounding in the trigger
// lexicon (a fights row that is no attack: "kill", "wound", "injure").
func (t *tree) killingVerb(v int) bool {
	for _, tt := range treeLexicon()["verb "+t.lemma(v)] {
		if tt.pred == schema.Fights && !tt.attack && !tt.noun && len(tt.obj) == 1 && tt.obj[0] == "obj" {
			return true
		}
	}
	return false
}

// ownedPlaceNouns are the parts of a country or place that a visit of "Y's <noun>" takes
// the visitor to Y by ("visited Kenya's capital", "toured Y's slums").
var ownedPlaceNouns = wordSet("ownedPlaceNouns")

// whoseSubject returns the subject of verb i that "whose" determines ("X, whose
// grandmother died in Y"), or -1: the clause is about that noun, whatever other subject
// the parser hangs on the verb.
func (t *tree) whoseSubject(i int) int {
	for _, c := range t.kids[i] {
		if strings.HasPrefix(t.nodes[c].Rel, "nsubj") {
			if p := t.child(c, "nmod:poss"); p >= 0 && t.lemma(p) == "whose" {
				return c
			}
		}
	}
	return -1
}

// subject returns the subject of verb i: its nsubj, else the subject it shares with the
// clause it depends on (participle and adverbial clauses, open complements, conjoined
// verbs), else for a relative clause the noun it modifies.
func (t *tree) subject(i int) []int {
	for depth := 0; i >= 0 && depth < 6; depth++ {
		if w := t.whoseSubject(i); w >= 0 {
			return []int{w} // "X, whose grandmother died in Y": the grandmother, not X
		}
		if k := t.child(i, "nsubj"); k >= 0 {
			if t.nodes[k].UPOS == "PRON" && relativePronouns[t.lemma(k)] && t.relativeClause(i) {
				return []int{t.relativeHead(i)} // "the group that attacked X"
			}
			if r := t.reporterOf(i, k); len(r) > 0 {
				return r // "the X Movement said it had carried out the strike": the movement
			}
			out := append([]int{k}, t.comitatives(k)...)
			for _, c := range t.kids[i] { // two subjects: a coordination the parser split
				if c != k && t.rel(c) == "nsubj" && t.nodes[c].UPOS != "PRON" {
					out = append(out, c)
				}
			}
			return out
		}
		switch t.rel(i) {
		case "xcomp":
			// "asked X to visit Y": the matrix object controls the complement.
			if k := t.child(t.nodes[i].Head, "obj"); k >= 0 {
				return []int{k}
			}
			if k := t.child(t.nodes[i].Head, "iobj"); k >= 0 && t.markedTo(i) {
				return []int{k} // the parser's "asked [iobj X] to return from Y"
			}
			i = t.nodes[i].Head
		case "conj", "advcl":
			if o := t.objectController(i); o >= 0 {
				return []int{o} // "accused Y of backing Z", "thanked Y for visiting Z": Y
			}
			i = t.nodes[i].Head
		case "acl":
			// "forces attacking X": a present participle's subject is the noun. A past
			// participle ("fighters backed by X") makes the noun its object, read as a
			// passive; a relative clause names its subject with a pronoun (above).
			if t.nodes[i].Rel == "acl" && t.nodes[i].XPOS == "VBG" {
				if h := t.nodes[i].Head; t.rel(h) == "appos" && t.nodes[h].Head >= 0 {
					return []int{t.nodes[h].Head} // "said X, the minister, after meeting Y": X
				}
				return []int{t.nodes[i].Head}
			}
			return nil
		default:
			return nil
		}
	}
	return nil
}

// reporterOf returns the subject of the report verb whose complement clause i is, when
// i's own subject k is a pronoun that can only be the reporter's self-reference ("X said
// it had carried out the strike", "X and Y said they had signed a pact"; pattern.go
// selfPronouns); nil otherwise.
func (t *tree) reporterOf(i, k int) []int {
	h := t.nodes[i].Head
	if t.nodes[k].UPOS != "PRON" || !selfPronouns[strings.ToLower(t.nodes[k].Form)] || h < 0 || t.rel(i) != "ccomp" || !reportVerbsTree[t.lemma(h)] {
		return nil
	}
	r := t.child(h, "nsubj")
	if r < 0 || t.nodes[r].UPOS == "PRON" || t.negatedOrUnreal(h) {
		return nil
	}
	for _, m := range t.ms {
		if m.Start <= r && r < m.End && (m.Class == schema.Country || m.Class == schema.Organization) {
			return []int{r} // a body or a state: "it" and "they" are no person's here
		}
	}
	return nil
}

// objectController returns the object of the verb that clause i depends on when i is a
// gerund marked "of" or "for" ("X accused Y of backing Z", "X praised Y for visiting Z"):
// that object does what the clause says. -1 otherwise.
func (t *tree) objectController(i int) int {
	if t.rel(i) != "advcl" || t.nodes[i].XPOS != "VBG" {
		return -1
	}
	m := t.child(i, "mark")
	if m < 0 {
		m = t.child(i, "case")
	}
	if m < 0 || t.lemma(m) != "of" && t.lemma(m) != "for" {
		return -1
	}
	return t.child(t.nodes[i].Head, "obj")
}

// agent returns the agent of a passive verb: "by X" (obl:agent, or an obl with case
// "by"), or the first part of a hyphenated participle ("Iranian-backed", "Iran-backed").
func (t *tree) agent(i int) []int {
	for _, k := range t.kids[i] {
		if t.nodes[k].Rel == "obl:agent" || t.rel(k) == "obl" && t.caseOf(k) == "by" {
			return []int{k}
		}
	}
	for _, k := range t.kids[i] {
		if k < i && (t.rel(k) == "amod" || t.rel(k) == "compound" || t.rel(k) == "obl" || t.rel(k) == "nmod") && k+1 < len(t.nodes) && t.nodes[k+1].Form == "-" {
			return []int{k}
		}
	}
	return t.strikerIn(i) // "killed in a US strike", "wounded in an Israeli raid"
}

// strikerIn returns the maker of the strike verb i happened in: "killed in a US strike",
// "died in an Israeli raid"; nil for none.
func (t *tree) strikerIn(i int) []int {
	for _, k := range t.kids[i] {
		if c := t.caseOf(k); t.rel(k) == "obl" && (c == "in" || c == "during") && (t.strikeNoun(k) || t.lemma(k) == "operation") {
			if a := t.lightSubject(k, true); len(a) > 0 {
				return a
			}
		}
	}
	return nil
}

// participle reports whether verb i is a past participle with no subject or object of its
// own ("forces backed by X").
func (t *tree) participle(i int) bool {
	return t.nodes[i].XPOS == "VBN" && t.child(i, "nsubj") < 0 && t.child(i, "obj") < 0
}

// relativeClause reports whether clause i is a relative clause on a noun: acl:relcl, or
// advcl:relcl when the parser hangs it on a name rather than on a clause ("X, who met Y,
// visited Z" parsed with "X" as the root).
func (t *tree) relativeClause(i int) bool {
	h := t.nodes[i].Head
	switch t.nodes[i].Rel {
	case "acl:relcl":
		return true
	case "advcl:relcl":
		return h >= 0 && (t.nodes[h].UPOS == "PROPN" || t.nodes[h].UPOS == "NOUN")
	}
	return false
}

// relativeIs reports whether the relative pronoun of relative clause i has the role rel.
func (t *tree) relativeIs(i int, rel string) bool {
	for _, k := range t.kids[i] {
		if t.nodes[k].UPOS == "PRON" && t.rel(k) == rel {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// phraseFacts reads relations inside noun phrases, between mentions the tree joins with no
// trigger word: a place in a place ("the town of X in the province of Y", "X, in northern
// Y"), and a person possessed by an organisation or named with its "of" ("the BBC's X",
// "X of the Y Institute said": memberOf).
func (t *tree) phraseFacts(ms []treeMention, at []int) []treeFact {
	var out []treeFact
	for k, m := range ms {
		if m.Start < 0 || m.End <= m.Start || m.End > len(at) || at[m.Start] != k {
			continue
		}
		h := t.spanHead(m.Start, m.End)
		switch m.Class {
		case schema.Place:
			for _, c := range append(t.placeContainers(h, at, classOf(ms)), t.placeNounContainers(h, at)...) {
				if c != k && (ms[c].Class == schema.Place || ms[c].Class == schema.Country) {
					out = append(out, treeFact{S: k, O: c, P: schema.LocatedIn, T: -1})
				}
			}
		case schema.Person:
			for _, c := range t.kids[h] {
				if at[c] < 0 || at[c] == k || ms[at[c]].Class != schema.Organization || ms[at[c]].Weak {
					continue
				}
				if t.nodes[c].Rel == "nmod:poss" || t.nodes[c].Rel == "nmod" && t.caseOf(c) == "of" {
					out = append(out, treeFact{S: k, O: at[c], P: schema.MemberOf, T: -1})
				}
			}
		}
	}
	return out
}

// placeContainers returns the mentions a place at node h is said to lie in: an "in"
// modifier of it that is a country ("Mosul, in northern Iraq"), or that names a larger
// unit or a part ("in the province of Y", "in the centre of Y").
func (t *tree) placeContainers(h int, at []int, classes []schema.Class) []int {
	var out []int
	for _, c := range t.kids[h] {
		if t.rel(c) != "nmod" && t.rel(c) != "appos" || t.caseOf(c) != "in" && !(t.rel(c) == "appos" && t.caseOf(c) == "") {
			continue
		}
		n := c
		larger := false // reached through a word that names a larger unit
		if at[n] < 0 && (partNouns[t.lemma(n)] || unitNouns[t.lemma(n)]) {
			larger = true
			for _, d := range t.kids[n] {
				if t.rel(d) == "nmod" && t.caseOf(d) == "of" {
					n = d
				}
			}
		}
		if k := t.mentionAt(n, at); k >= 0 && (larger || classes[k] == schema.Country) {
			out = append(out, k)
		}
	}
	return out
}

// placeNounContainers returns the mentions that a place noun said of the place at node h
// places it in: the noun's country ("the Kenyan towns of A and B", "Peru's port of C"),
// and its "in" phrase when a copula makes it the place's predicate ("A is a city in
// western Y", "A is a Kenyan town") or the place is its "of" phrase ("the old city of A,
// in western Y").
func (t *tree) placeNounContainers(h int, at []int) []int {
	p := -1
	if f := t.firstConjunct(h); t.rel(f) == "nmod" && t.caseOf(f) == "of" {
		p = t.nodes[f].Head // "the towns of A and B": every conjunct
	} else if t.rel(h) == "nsubj" && t.nodes[h].Head >= 0 && t.child(t.nodes[h].Head, "cop") >= 0 {
		p = t.nodes[h].Head // "A is a city in Y"
		if t.negatedOrUnreal(p) {
			return nil
		}
	}
	if p < 0 || at[p] >= 0 || t.nodes[p].UPOS != "NOUN" || !placeIntro[t.lemma(p)] {
		return nil
	}
	var out []int
	for _, c := range t.kids[p] {
		if r := t.nodes[c].Rel; (r == "amod" || r == "nmod:poss") && at[c] >= 0 && t.classOf(at[c]) == schema.Country {
			out = append(out, at[c])
		}
	}
	if p == t.nodes[h].Head && t.rel(h) == "nsubj" || p == t.nodes[t.firstConjunct(h)].Head && t.rel(t.firstConjunct(h)) == "nmod" {
		out = append(out, t.placeContainers(p, at, classOf(t.ms))...) // and "the old city of A, in western Y"
	}
	return out
}

// classOf returns the classes of the mentions.
func classOf(ms []treeMention) []schema.Class {
	out := make([]schema.Class, len(ms))
	for k, m := range ms {
		out[k] = m.Class
	}
	return out
}

// unitNouns name a unit larger than a town: "in the province of Y". A place "in" another
// place is read only through such a word or a part noun, or when the other is a country:
// the parse of "near X in Y" is too often wrong about which is in which.
var unitNouns = toSet(`province region state county district governorate prefecture oblast`)

// reciprocal reports whether node k is "each other" or "one another".
func (t *tree) reciprocal(k int) bool {
	f := t.child(k, "fixed")
	if f < 0 && k+1 < len(t.nodes) && t.nodes[k+1].Head == k {
		f = k + 1
	}
	return f >= 0 && (t.lemma(k) == "each" && t.lemma(f) == "other" || t.lemma(k) == "one" && t.lemma(f) == "another")
}

// relativeHead returns the noun relative clause i modifies, or for a common noun in
// apposition to a name the name ("X, the militia that attacked Y": X).
func (t *tree) relativeHead(i int) int {
	h := t.nodes[i].Head
	if h >= 0 && t.nodes[h].UPOS == "NOUN" && t.rel(h) == "appos" && t.nodes[h].Head >= 0 && nominal(t.nodes[t.nodes[h].Head].UPOS) {
		return t.nodes[h].Head
	}
	return h
}

// placeOfPart returns the place mention whose part common noun c names ("the centre of
// Y", "the outskirts of Y"), or -1.
func (t *tree) placeOfPart(c int, at []int) int {
	if t.nodes[c].UPOS != "NOUN" || !partNouns[t.lemma(c)] {
		return -1
	}
	for _, d := range t.kids[c] {
		if t.rel(d) == "nmod" && t.caseOf(d) == "of" && at[d] >= 0 && t.classOf(at[d]) == schema.Place {
			return at[d]
		}
	}
	return -1
}

// partNouns name a part of a place: "in the centre of Y".
var partNouns = toSet(`centre center north south east west northeast northwest southeast southwest
heart outskirts outskirt part edge middle interior`)

// spanHead returns the node of [a, b) whose head is outside the span.
func (t *tree) spanHead(a, b int) int {
	for i := a; i < b; i++ {
		if h := t.nodes[i].Head; h < a || h >= b {
			return i
		}
	}
	return a
}

// titleName returns the person a title noun n without a mention of its own names after a
// comma ("killed the Iranian general, X"; "the Hamas commander, X", the title tagged as a
// proper noun), or -1. The parser often hangs such a name, unclosed by a second comma,
// on a later phrase instead of as the title's apposition; the name is still the title's
// unless it is the subject of a verb of its own ("..., the general, X said").
func (t *tree) titleName(n int, at []int) int {
	if m := at[n]; m >= 0 {
		if n+1 >= len(t.nodes) || at[n+1] == m || startsUpper(t.nodes[n+1].Form) {
			return -1
		}
		n++ // "killed Turkish general, X": the parser made the demonym the object
	}
	if at[n] >= 0 || n+2 >= len(t.nodes) || t.nodes[n+1].Form != "," || titleLex().titles[t.lemma(n)] == 0 {
		return -1
	}
	k := at[n+2]
	if k < 0 || t.classOf(k) != schema.Person {
		return -1
	}
	e := n + 2
	for e < len(t.nodes) && at[e] == k {
		e++
	}
	h := t.spanHead(n+2, e)
	if t.nodes[h].Head == n && t.rel(h) == "appos" {
		return k
	}
	if p := t.nodes[h].Head; t.rel(h) == "nsubj" && p >= 0 && (t.nodes[p].UPOS == "VERB" || t.nodes[p].UPOS == "AUX") {
		return -1 // "..., Omar Saleh said": a clause of its own
	}
	if t.nodes[h].Head == n || t.rel(h) == "nsubj" || t.rel(h) == "parataxis" || t.rel(h) == "appos" {
		return k
	}
	return -1
}

// misattachedBy returns the "by" phrase the parser hung on event noun i's object instead
// of on i ("sanctions against X by Y", "the bombing of X by Y": Y is the agent); nil for
// none.
func (t *tree) misattachedBy(i int) []int {
	for _, k := range t.kids[i] {
		if c := t.caseOf(k); t.rel(k) != "nmod" || c != "of" && c != "on" && c != "against" {
			continue
		}
		for _, b := range t.kids[k] {
			if t.rel(b) == "nmod" && t.caseOf(b) == "by" && b > k {
				return []int{b}
			}
		}
	}
	return nil
}
