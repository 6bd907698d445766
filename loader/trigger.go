package loader

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/schema"
)

// The trigger lexicon: verbs, event nouns and phrases that name a relation, kept as data
// in data/triggers.tsv (written by hand) and data/triggers-cameo.tsv (derived by
// data/cameo.py from PETRARCH2's CAMEO verb dictionary, every verb reviewed). A row is
//
//	phrase  kind  predicate  flags  forms  args  source
//
// kind "form" is a phrase matched exactly as written; kind "verb" is a lemma (or a lemma
// phrase: "meet with", "wage war") whose first word is inflected: the forms column lists
// its irregular forms, else the regular ones are made (-s, -ed, -ing). args names the
// dependents that fill the subject and the object ("s=nsubj o=obj|obl:with"); a verb
// whose object is only ever an oblique with a preposition is matched with that
// preposition after it ("travelled to"). flags: reversed (the fact runs object ->
// subject), attack (fights, or attacked when the object is a place), noun (an event
// noun), objOnly, active (never passive), joins, contest (also an election), host (the
// subject receives the object), tree (read only from a parse), pact (a treaty: its
// signers are the states their leaders lead, and a peace or trade treaty makes no
// allies), depart (a verb of leaving, whose place is no visit when a state follows it:
// "left X in ruins", "left X with no choice"), armed (its agent must be an armed body, a
// force or a coalition: "the coalition ousted X" is a fight, "the board ousted X" is not),
// security (only between countries, or capitals for them, in a sentence on arms or
// security: an agreement on trade, debts or currencies, or two companies', makes no allies).
// Rows of kind "noun" (event and relational nouns) and "light" (light verbs) are read
// only by the tree layer (construct.go). Hand rows win over CAMEO rows for the same phrase.

// trigger is a verb or event noun that names a relation between its subject (the agent)
// and its object.
type trigger struct {
	pred     schema.Predicate
	reversed bool // the fact runs object -> subject ("X sanctioned Y": Y sanctionedBy X)
	attack   bool // fights, or attacked when the object is a place
	noun     bool // an event noun: "meeting", "visit", "alliance"
	objOnly  bool // the subject is the object of "by" or a possessive only
	active   bool // never read as a passive ("is made up of")
	joins    bool // a person who joins an organisation becomes its member
	contest  bool // "defeated": between two persons, an election as often as a war
	host     bool // "hosted", "received": the subject meets a guest, and needs one
	treeOnly bool // read only from a parse, never from the words alone
	pact     bool // a treaty or pact: leaders sign it for their states
	depart   bool // a verb of leaving: not when a state follows the place ("left X in ruins")
	armed    bool // done only by force: its agent is an armed body ("the coalition ousted X")
	security bool // only between states, on arms or security: "a defence agreement between A and B"
	loose    bool // a fight that may be of words, law or sport: armed sides or words of arms needed (armedFight)
	adj      bool // a post-nominal adjective ("forces loyal to X"): its subject is the noun just before it
	direct   bool // a verb whose object is its direct object only (args o=obj): none after a preposition
}

// triggerTable is the parsed lexicon: every surface phrase (lower case) and its trigger.
type triggerTable struct {
	phrases  map[string]trigger
	prefixes map[string]bool // every X such that some phrase begins with X + " "
	maxWords int
}

// triggerLexicon returns the embedded trigger lexicon, parsed on first use.
var triggerLexicon = sync.OnceValue(func() *triggerTable {
	t := &triggerTable{phrases: map[string]trigger{}, prefixes: map[string]bool{}}
	for _, file := range []string{"data/triggers-cameo.tsv", "data/triggers.tsv"} {
		eachLine(file, func(f []string) { t.addRow(f) })
	}
	for k := range t.phrases {
		t.maxWords = max(t.maxWords, strings.Count(k, " ")+1)
		for i := range len(k) {
			if k[i] == ' ' {
				t.prefixes[k[:i]] = true
			}
		}
	}
	return t
})

// addRow adds the phrases of one row of the lexicon; a malformed row is skipped (a test
// checks that every row parses).
func (t *triggerTable) addRow(f []string) {
	tr, ok := parseTriggerRow(f)
	if !ok || tr.treeOnly {
		return
	}
	phrase := strings.Join(strings.Fields(strings.ToLower(f[0])), " ")
	tr.direct = strings.Contains(" "+field(f, 5)+" ", " o=obj ")
	if f[1] == "form" {
		t.phrases[phrase] = tr // "ran" with o=obj: "ran the firm", not "ran against X"
		return
	}
	first, rest, _ := strings.Cut(phrase, " ")
	// Words are read without their part of speech here, and a verb's base, -s and -ing
	// forms are often nouns ("the assault in X", "attacks on", "the fighting"): only its
	// past forms are read as the verb.
	forms := pastForms(first, verbForms(first, field(f, 4)))
	preps := obliquePreps(field(f, 5))
	for _, w := range forms {
		p := w
		if rest != "" {
			p += " " + rest
		}
		if len(preps) == 0 {
			t.phrases[p] = tr
		}
		for _, prep := range preps {
			t.phrases[p+" "+prep] = tr
		}
	}
}

// parseTriggerRow reads a row's kind, predicate and flags.
func parseTriggerRow(f []string) (trigger, bool) {
	if len(f) < 4 || f[1] != "form" && f[1] != "verb" {
		return trigger{}, false
	}
	p, err := schema.ParsePredicate(f[2])
	if err != nil {
		return trigger{}, false
	}
	tr := trigger{pred: p}
	for _, fl := range strings.Split(f[3], ",") {
		switch fl {
		case "-", "":
		case "reversed":
			tr.reversed = true
		case "attack":
			tr.attack = true
		case "noun":
			tr.noun = true
		case "objOnly":
			tr.objOnly = true
		case "active":
			tr.active = true
		case "joins":
			tr.joins = true
		case "contest":
			tr.contest = true
		case "host":
			tr.host = true
		case "tree":
			tr.treeOnly = true
		case "pact":
			tr.pact = true
		case "depart":
			tr.depart = true
		case "armed":
			tr.armed = true
		case "security":
			tr.security = true
		case "loose":
			tr.loose = true
		case "adjective":
			tr.adj = true
		default:
			return trigger{}, false
		}
	}
	return tr, true
}

func field(f []string, i int) string {
	if i < len(f) && f[i] != "-" {
		return f[i]
	}
	return ""
}

// verbForms returns a verb's forms: the lemma and its irregular forms when given, else the
// lemma and its regular forms.
func verbForms(lemma, irregular string) []string {
	out := []string{lemma}
	if irregular != "" {
		return append(out, strings.Split(irregular, ",")...)
	}
	n := len(lemma)
	consonantY := n >= 2 && lemma[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(lemma[n-2]))
	switch {
	case consonantY:
		out = append(out, lemma[:n-1]+"ies", lemma[:n-1]+"ied")
	case strings.HasSuffix(lemma, "e"):
		out = append(out, lemma+"s", lemma+"d")
	case strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "x") || strings.HasSuffix(lemma, "z") ||
		strings.HasSuffix(lemma, "ch") || strings.HasSuffix(lemma, "sh"):
		out = append(out, lemma+"es", lemma+"ed")
	default:
		out = append(out, lemma+"s", lemma+"ed")
	}
	switch {
	case strings.HasSuffix(lemma, "ie"):
		out = append(out, lemma[:n-2]+"ying")
	case strings.HasSuffix(lemma, "e") && !strings.HasSuffix(lemma, "ee"):
		out = append(out, lemma[:n-1]+"ing")
	default:
		out = append(out, lemma+"ing")
	}
	return out
}

// pastForms keeps the forms of a verb that are its past tense or participle: those made
// with -ed, and irregular ones that are neither the lemma nor an -s or -ing form.
func pastForms(lemma string, forms []string) []string {
	var out []string
	for _, f := range forms {
		if f == lemma || strings.HasSuffix(f, "ing") || strings.HasSuffix(f, "s") && f != lemma+"ed" {
			continue
		}
		out = append(out, f)
	}
	return out
}

// obliquePreps returns the prepositions of the object's obliques ("o=obl:to" -> "to")
// when the object is only ever an oblique; nil when a direct object may fill it.
func obliquePreps(args string) []string {
	var preps []string
	for _, a := range strings.Fields(args) {
		alts, ok := strings.CutPrefix(a, "o=")
		if !ok {
			continue
		}
		for _, alt := range strings.Split(alts, "|") {
			prep, ok := strings.CutPrefix(alt, "obl:")
			if !ok {
				return nil
			}
			preps = append(preps, prep)
		}
	}
	return preps
}

// matchTrigger returns the longest trigger at words[i:], and its length in words.
func matchTrigger(ws []word, i int) (trigger, int) {
	tt := triggerLexicon()
	var best trigger
	bestN := 0
	var buf [128]byte
	key := buf[:0] // string(key) in a map index does not allocate
	for n := 1; n <= tt.maxWords && i+n <= len(ws); n++ {
		w := ws[i+n-1]
		if w.Punct || w.Hyph {
			break
		}
		if n == 2 && !ws[i].has(cueTriggerPrefix) || n > 2 && !tt.prefixes[string(key)] {
			break // no trigger goes on from here (at n = 2 the key is the first word's)
		}
		if n > 1 {
			key = append(key, ' ')
		}
		key = append(key, w.Lower...)
		if n == 1 && !w.has(cueTriggerPhrase) {
			continue
		}
		if t, ok := tt.phrases[string(key)]; ok {
			best, bestN = t, n
		}
	}
	return best, bestN
}
