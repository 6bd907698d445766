package loader

import "strings"

// Repairs of the parse: a few analyses the parser gets wrong often enough, and in a way
// the words show clearly enough, to be set right before the templates read the tree.
// Each repair looks at the tree alone and changes heads and relations, never words.

// repairParse returns a copy of nodes with the repairs made; nodes itself is not changed.
func repairParse(nodes []node) []node {
	out := append([]node(nil), nodes...)
	repairOpeningForceNoun(out)
	repairOpeningEventNoun(out)
	repairNounWithObject(out)
	repairLoyalSubject(out)
	repairAgentBeforeComma(out)
	repairLightVerbAsModifier(out)
	repairNameBeforeTime(out)
	repairVerblessRoot(out)
	repairSubjectApposition(out)
	repairPossessiveObject(out)
	repairAsyndeticApposition(out)
	repairVerbPossessor(out)
	repairStolenReporter(out)
	repairReportedClause(out)
	repairPrepositionHead(out)
	repairBetweenClause(out)
	repairBetweenObject(out)
	repairTimeModifier(out)
	repairWithBeforeComma(out)
	repairWithBeforeFinite(out)
	repairPassiveAgent(out)
	repairRelativeRunOn(out)
	repairParentheticalObject(out)
	repairFromTo(out)
	repairHyphenatedRoot(out)
	repairCasedApposition(out)
	repairSplitForce(out)
	repairDeterminedVerb(out)
	repairReducedRelative(out)
	repairParticipleBeforeVerb(out)
	repairRelativeBeforeVerb(out)
	repairCopulaAfterRelative(out)
	repairDescriptorBeforeName(out)
	repairOpeningParticiple(out)
	repairPerfectParticiple(out)
	repairParticipleRoot(out)
	repairOpeningGerundObject(out)
	repairNominalConjunct(out)
	repairPluralApposition(out)
	repairCoordinatedNames(out)
	repairConjunctApposition(out)
	repairPrepositionAsVerb(out)
	repairAdverbPreposition(out)
	repairParticipleAdjective(out)
	repairOpeningAdjunct(out)
	repairOpeningPassive(out)
	repairSequenceApposition(out)
	repairListedApposition(out)
	repairApposedVerb(out)
	return out
}

// repairOpeningForceNoun reads a plural noun of data/forces.tsv that opens the sentence,
// capitalised, and that the tagger took for a name or a pronoun ("Gunmen loyal to X
// attacked Y", "Militiamen stormed Z") as the common noun it is, with its singular lemma.
func repairOpeningForceNoun(ns []node) {
	if len(ns) == 0 || ns[0].UPOS != "PROPN" && ns[0].UPOS != "PRON" {
		return
	}
	l := strings.ToLower(ns[0].Form)
	single := strings.TrimSuffix(l, "s")
	if strings.HasSuffix(l, "men") {
		single = strings.TrimSuffix(l, "men") + "man"
	}
	if _, ok := forceNouns()[single]; !ok || single == l {
		return
	}
	ns[0].UPOS, ns[0].XPOS, ns[0].Lemma = "NOUN", "NNS", single
}

// repairOpeningEventNoun reads an event noun of the trigger lexicon that opens the
// sentence and that the tagger took for a verb, with the past-tense verb after it as its
// complement ("Fighting broke out between A and B", "Clashes erupted between A and B"), as
// the noun it is, the subject of that verb, which becomes the root.
func repairOpeningEventNoun(ns []node) {
	if len(ns) < 3 || ns[0].Head >= 0 || ns[0].UPOS != "VERB" || ns[1].Head != 0 || ns[1].XPOS != "VBD" || ns[1].UPOS != "VERB" {
		return
	}
	l := strings.ToLower(ns[0].Form)
	lemma, tag := l, "NN"
	if strings.HasSuffix(l, "es") && len(treeLexicon()["noun "+strings.TrimSuffix(l, "es")]) > 0 {
		lemma, tag = strings.TrimSuffix(l, "es"), "NNS" // "Clashes"
	} else if strings.HasSuffix(l, "s") && len(treeLexicon()["noun "+strings.TrimSuffix(l, "s")]) > 0 {
		lemma, tag = strings.TrimSuffix(l, "s"), "NNS" // "Battles"
	}
	if len(treeLexicon()["noun "+lemma]) == 0 {
		return
	}
	for k := range ns {
		if k > 1 && ns[k].Head == 0 {
			ns[k].Head = 1
		}
	}
	ns[1].Head, ns[1].Rel = -1, "root"
	ns[0].Head, ns[0].Rel, ns[0].UPOS, ns[0].XPOS, ns[0].Lemma = 1, "nsubj", "NOUN", tag, lemma
}

// repairNounWithObject reads a plural noun that the parser gave a direct object, after a
// name it made the noun's compound ("Uganda backs the X Front", "Y funds armed groups"),
// as the present-tense verb the tagger missed: no noun takes an object, and the name
// before it is its subject.
func repairNounWithObject(ns []node) {
	for i := 1; i < len(ns); i++ {
		if ns[i].UPOS != "NOUN" || ns[i].XPOS != "NNS" || ns[i-1].Head != i || ns[i-1].Rel != "compound" || ns[i-1].UPOS != "PROPN" {
			continue
		}
		o := childRel(ns, i, "obj")
		if o < 0 {
			o = bareNominal(ns, i) // the same parse with the object hung as a modifier without a preposition
		}
		if o > i {
			ns[i].UPOS, ns[i].XPOS = "VERB", "VBZ"
			ns[i-1].Rel, ns[o].Rel = "nsubj", "obj"
		}
	}
}

// bareNominal returns node i's first nominal dependent in relation nmod with no
// preposition of its own, or -1.
func bareNominal(ns []node, i int) int {
	for k, n := range ns {
		if n.Head == i && n.Rel == "nmod" && nominal(n.UPOS) && childRel(ns, k, "case") < 0 {
			return k
		}
	}
	return -1
}

// repairLoyalSubject reads the verb that the parser hung on the name closing "loyal to
// X" as a clause of its own ("Gunmen loyal to the X Front attacked Y", with "attacked" a
// modifier of "Front" and the noun the root) as the sentence's verb, and the noun its
// subject.
func repairLoyalSubject(ns []node) {
	root := -1
	for i, n := range ns {
		if n.Head < 0 {
			root = i
			break
		}
	}
	if root < 0 || ns[root].UPOS != "NOUN" {
		return
	}
	for a := root + 1; a < len(ns); a++ {
		if ns[a].Head != root || ns[a].Rel != "amod" || ns[a].Lemma != "loyal" && ns[a].Lemma != "affiliated" {
			continue
		}
		v := a + 1
		for v < len(ns) && ns[v].UPOS != "VERB" && descends(ns, v, a) {
			v++ // "to the X Front": the adjective's phrase
		}
		if v >= len(ns) || v < a+3 || ns[v].Rel != "acl" || ns[v].XPOS != "VBD" && ns[v].XPOS != "VBN" || !nominal(ns[v-1].UPOS) || !descends(ns, v, a) || !hasChild(ns, v, "obj") {
			return
		}
		for i := range ns {
			if ns[i].Head == root && i > v {
				ns[i].Head = v // what follows the verb is the verb's
			}
		}
		ns[v].Head, ns[v].Rel, ns[v].XPOS = -1, "root", "VBD"
		ns[root].Head, ns[root].Rel = v, "nsubj"
		return
	}
}

// participleAdjectives: see data/words.txt.
var participleAdjectives = wordSet("participleAdjectives")

// repairParticipleAdjective reads a participle that is an adjective before a title or a
// name ("assassinate outgoing Prime Minister X", "met acting President Y"), which the
// tagger took for a verb taking the name as its object, as that name's modifier: the name
// takes the participle's place in the clause (an object where the participle was a verb's
// complement).
func repairParticipleAdjective(ns []node) {
	for i, n := range ns {
		if n.UPOS != "VERB" || n.XPOS != "VBG" || !participleAdjectives[strings.ToLower(n.Form)] || n.Head < 0 {
			continue
		}
		o := -1
		for k := i + 1; k < len(ns); k++ {
			if ns[k].Head == i && ns[k].Rel == "obj" && nominal(ns[k].UPOS) {
				o = k
				break
			}
		}
		if o < 0 || !onlyModifiersBetween(ns, i, o) {
			continue
		}
		for k := range ns {
			if ns[k].Head == i && k != o {
				ns[k].Head = o
			}
		}
		rel := n.Rel
		if (rel == "xcomp" || rel == "advcl") && n.Head == i-1 && ns[n.Head].UPOS == "VERB" && !hasChild(ns, n.Head, "obj") {
			rel = "obj" // "to assassinate outgoing Prime Minister X": the verb's object
		}
		ns[o].Head, ns[o].Rel = n.Head, rel
		ns[i].UPOS, ns[i].XPOS, ns[i].Head, ns[i].Rel = "ADJ", "JJ", o, "amod"
	}
}

// repairPrepositionAsVerb reads a preposition the tagger took for a verb's -ing form
// ("During a stop in X, Y met Z" with "During" a verb whose object is "stop") as the case
// of that noun, an oblique of the verb the phrase modifies.
func repairPrepositionAsVerb(ns []node) {
	for i, n := range ns {
		if !strings.EqualFold(n.Form, "during") || n.UPOS != "VERB" {
			continue
		}
		o := -1
		for k := range ns {
			if ns[k].Head == i && ns[k].Rel == "obj" && nominal(ns[k].UPOS) {
				o = k
			}
		}
		if o < 0 {
			continue
		}
		for k := range ns {
			if ns[k].Head == i && k != o {
				ns[k].Head = o
			}
		}
		ns[o].Head, ns[o].Rel = n.Head, "obl"
		ns[i].UPOS, ns[i].XPOS, ns[i].Lemma, ns[i].Head, ns[i].Rel = "ADP", "IN", "during", o, "case"
	}
}

// repairAdverbPreposition reads a preposition the tagger took for an adverb before a
// verb's object ("troops fought alongside Somali forces" with "alongside" an adverb and
// "forces" the object fought) as the case of that noun, an oblique of the verb: the
// noun is no object of the verb. The words are data/words.txt prepositionAdverbs.
func repairAdverbPreposition(ns []node) {
	for i, n := range ns {
		if n.UPOS != "ADV" || n.Rel != "advmod" || !prepositionAdverbs[strings.ToLower(n.Form)] {
			continue
		}
		o := -1
		for k := i + 1; k < len(ns); k++ {
			if ns[k].Head == n.Head && ns[k].Rel == "obj" && nominal(ns[k].UPOS) {
				o = k
				break
			}
		}
		if o < 0 || !modifiersOf(ns, i+1, o) {
			continue
		}
		ns[o].Rel = "obl"
		ns[i].UPOS, ns[i].XPOS, ns[i].Head, ns[i].Rel = "ADP", "IN", o, "case"
	}
}

// modifiersOf reports whether every word of [a, o) hangs from o: the object's own
// determiners and modifiers, nothing of a clause between.
func modifiersOf(ns []node, a, o int) bool {
	for k := a; k < o; k++ {
		if ns[k].Head != o {
			return false
		}
	}
	return true
}

// prepositionAdverbs: see data/words.txt.
var prepositionAdverbs = wordSet("prepositionAdverbs")

// repairCoordinatedNames mends two names joined by "and" whose words the parser crossed
// ("Karin Holm and Piet Maas" with "Piet" a conjunct of "Holm" and "Maas" a flat word of
// "Karin"): the second name's last words go to its first word, and the conjunct to the
// head of the first name.
func repairCoordinatedNames(ns []node) {
	for k := 2; k < len(ns); k++ {
		c := k - 1
		if ns[k].Rel != "flat" || ns[c].Rel != "conj" || ns[c].UPOS != "PROPN" || ns[k].Head >= c || !hasChild(ns, c, "cc") {
			continue
		}
		h := ns[c].Head
		if h < 0 || ns[h].Rel != "flat" || ns[h].Head != ns[k].Head {
			continue // the words cross only when the conjunct hangs on the first name's flat word
		}
		ns[k].Head, ns[c].Head = c, ns[h].Head
	}
}

// repairConjunctApposition gives a singular apposition that the parser hangs on the first
// name of a list to the name just before its comma, when that name is a conjunct: in "A
// and B, director of Y, said", "A, B, head of Y, and C" and "A, director of X, and B, Y's
// envoy" the title is B's (a plural one, "A and B, the leaders of X and Y", describes the
// list and stays).
func repairConjunctApposition(ns []node) {
	for c, n := range ns {
		h := n.Head
		if n.Rel != "appos" || h < 0 || h > c || n.UPOS != "NOUN" || n.XPOS != "NN" {
			continue
		}
		start, _ := subtreeSpan(ns, c)
		j := start - 1
		for j >= 0 && ns[j].UPOS == "PUNCT" {
			j--
		}
		for j >= 0 && strings.HasPrefix(ns[j].Rel, "flat") && ns[j].Head >= 0 && ns[j].Head < j {
			j = ns[j].Head
		}
		if j <= h || ns[j].UPOS != "PROPN" || ns[h].UPOS != "PROPN" {
			continue
		}
		if (ns[j].Rel == "conj" || ns[j].Rel == "appos") && ns[j].Head == h || hasChild(ns, j, "cc") {
			ns[c].Head = j // "A, B, head of Y": B's; "A, director of X, and B, Y's envoy": B's
		}
	}
}

// repairPluralApposition reads a plural common noun set off by commas after a list of
// names, which the parser made one more conjunct of the list ("A and B, factions of C,
// clashed"), as the list's apposition: the noun describes every name of the list.
func repairPluralApposition(ns []node) {
	for c, n := range ns {
		h := n.Head
		if n.Rel != "conj" || h < 0 || n.UPOS != "NOUN" || n.XPOS != "NNS" || hasChild(ns, c, "cc") {
			continue
		}
		start, end := subtreeSpan(ns, c)
		if start == 0 || ns[start-1].Form != "," || end >= len(ns) || ns[end].Form != "," {
			continue
		}
		names := 0
		for k := range ns {
			if ns[k].Head == h && ns[k].Rel == "conj" && k != c {
				if k > c || ns[k].UPOS != "PROPN" {
					names = -1 // a later conjunct or a common noun: a list indeed
					break
				}
				names++
			}
		}
		if names > 0 {
			ns[c].Rel = "appos"
		}
	}
}

// repairNominalConjunct hangs a name the parser coordinated with a common noun on the
// name right before it that the noun governs ("an ally of A and the B" read as "an ally
// of A, and the B"): the name, with no preposition or clause of its own, continues the
// list of the noun's complement.
func repairNominalConjunct(ns []node) {
	for c := range ns {
		h := ns[c].Head
		if ns[c].Rel != "conj" || h < 0 || h > c || ns[c].UPOS != "PROPN" || ns[h].UPOS != "NOUN" {
			continue
		}
		start, _ := subtreeSpan(ns, c)
		for k := range ns {
			if r := ns[k].Rel; ns[k].Head == c && (r == "case" || r == "cop" || strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "obl")) {
				start = -1 // "and in B", "and B is": a phrase or clause of its own
			}
		}
		if start <= 0 {
			continue
		}
		for a := h + 1; a < start; a++ {
			if ns[a].Head != h || ns[a].UPOS != "PROPN" || !strings.HasPrefix(ns[a].Rel, "nmod") {
				continue
			}
			if _, end := subtreeSpan(ns, a); end == start {
				ns[c].Head = a
			}
		}
	}
}

// repairReducedRelative reads a past participle set off by commas after the subject
// ("X, kidnapped in Y, appealed for help") that the parser made the root, with X its
// subject and the real verb its conjunct (or a clause of it with an object and no
// marker), as a reduced relative clause of X: the real verb becomes the root with X its
// subject.
func repairReducedRelative(ns []node) {
	r := -1
	for i, n := range ns {
		if n.Head < 0 {
			r = i
		}
	}
	if r < 2 || ns[r].UPOS != "VERB" || ns[r].XPOS != "VBD" && ns[r].XPOS != "VBN" || !strings.HasSuffix(strings.ToLower(ns[r].Form), "ed") || ns[r-1].Form != "," {
		return
	}
	s, c := -1, -1
	for i, n := range ns {
		switch {
		case n.Head != r:
		case n.Rel == "nsubj" && i < r:
			s = i
		case n.Rel == "obj" || n.Rel == "aux" || n.Rel == "aux:pass" || n.Rel == "cc" || n.Rel == "nsubj" && i > r:
			return // a verb of its own: "X, he said, kidnapped Y"
		case c < 0 && i > r+1 && (n.Rel == "conj" || n.Rel == "advcl" && hasChild(ns, i, "obj") && !hasChild(ns, i, "mark")):
			c = i // the real verb as the participle's conjunct, or as its clause ("The strike, carried out by X, killed Y")
		}
	}
	if s < 0 || c < 0 || !nominal(ns[s].UPOS) || ns[c].UPOS != "VERB" || hasChild(ns, c, "nsubj") || hasChild(ns, c, "cc") {
		return
	}
	if ns[c].XPOS == "VBN" && !hasChild(ns, c, "obj") && hasChild(ns, c, "obl:agent") && !hasChild(ns, r, "obl:agent") {
		return // "X, who led Y, died in Z, surrounded by family": the passive participle after is the clause's, the verb stays
	}
	if start, _ := subtreeSpan(ns, c); ns[start-1].Form != "," && ns[start].Form != "," {
		return
	}
	ns[c].Head, ns[c].Rel = -1, "root"
	ns[s].Head, ns[s].Rel = c, "nsubj"
	ns[r].Head, ns[r].Rel, ns[r].XPOS = s, "acl", "VBN"
}

// repairParticipleBeforeVerb reads a noun root with a participle set off by commas whose
// phrase holds the sentence's verb ("Fighters of X, backed by Y, attacked Z" read as
// "fighters backed by Y [and] attacked Z"): the verb after the second comma, with an object
// and no subject of its own, becomes the root and the noun its subject; the participle
// stays the noun's reduced relative.
func repairParticipleBeforeVerb(ns []node) {
	r := -1
	for i, n := range ns {
		if n.Head < 0 {
			r = i
		}
		if n.UPOS == "AUX" || n.XPOS == "VBZ" || n.XPOS == "VBP" || n.XPOS == "MD" {
			return // a finite verb elsewhere
		}
	}
	if r < 0 || !nominal(ns[r].UPOS) {
		return
	}
	for p := r + 1; p < len(ns); p++ {
		if ns[p].Head != r || ns[p].Rel != "acl" || ns[p].XPOS != "VBN" || ns[p-1].Form != "," {
			continue
		}
		for c := p + 1; c < len(ns); c++ {
			if ns[c].Head != p || ns[c].UPOS != "VERB" || ns[c].XPOS != "VBD" && ns[c].XPOS != "VBN" || ns[c-1].Form != "," || childRel(ns, c, "obj") < c || hasChild(ns, c, "nsubj") {
				continue
			}
			rootOverSubject(ns, r, c)
			return
		}
	}
}

// repairDescriptorBeforeName reads a possessed noun before a name ("Uganda's ally Ghana
// condemned the raid") that the parser made the root, with the name the subject of a
// relative clause on it ("the ally [that] Ghana condemned"): a relative clause with its own
// object and no preposition left stranded has no gap, so the verb is the sentence's, the
// name its subject, and the noun the name's descriptor.
func repairDescriptorBeforeName(ns []node) {
	n := -1
	for i, x := range ns {
		if x.Head < 0 {
			n = i
		}
	}
	if n < 0 || n+1 >= len(ns) || ns[n].UPOS != "NOUN" || !hasChild(ns, n, "nmod:poss") {
		return
	}
	s := n + 1 // a name's first word heads it
	v := ns[s].Head
	if ns[s].UPOS != "PROPN" || ns[s].Rel != "nsubj" || v <= s || ns[v].Head != n || ns[v].Rel != "acl:relcl" || childRel(ns, v, "obj") < v {
		return
	}
	for k := range ns {
		if ns[k].Head == v && ns[k].Rel == "case" || ns[k].Head == v && ns[k].UPOS == "PRON" && k < v {
			return // a stranded preposition or a relative pronoun: a real relative clause
		}
	}
	for k := range ns {
		if ns[k].Head == n && k > v {
			ns[k].Head = v // the full stop goes with the verb
		}
	}
	ns[v].Head, ns[v].Rel = -1, "root"
	ns[n].Head, ns[n].Rel = s, "nmod:desc"
}

// repairOpeningParticiple reads a sentence-initial participle clause set off by a comma
// ("Visiting X, Y praised Z", "Before visiting X, Y flew to Z") that the parser made the verb's subject, with the real
// subject hung inside it as an apposition or conjunct: the name after the comma becomes
// the verb's subject, the clause an adverbial one that takes it (construct.go's subject).
func repairOpeningParticiple(ns []node) {
	g := 0
	if len(ns) > 4 && ns[0].Rel == "mark" && ns[0].Head == 1 {
		g = 1 // "Before visiting X, Y flew to Z"
	}
	if len(ns) < 4 || ns[g].XPOS != "VBG" || ns[g].UPOS != "VERB" {
		return
	}
	v := ns[g].Head
	if v < 0 || ns[v].UPOS != "VERB" || hasChild(ns, v, "nsubj") || hasChild(ns, v, "nsubj:pass") {
		return
	}
	for p := 2; p < v; p++ {
		if ns[p].UPOS != "PROPN" || ns[p].Rel != "appos" && ns[p].Rel != "conj" || ns[p-1].Form != "," || !descends(ns, p, g) {
			continue
		}
		_, end := subtreeSpan(ns, p)
		for end < v && (ns[end].UPOS == "ADV" || ns[end].UPOS == "AUX" || ns[end].UPOS == "PART") {
			end++ // "Y also praised", "Y has praised"
		}
		if end != v {
			continue
		}
		ns[p].Head, ns[p].Rel = v, "nsubj"
		ns[g].Rel = "advcl"
		return
	}
}

// repairOpeningGerundObject reads a sentence-initial gerund clause set off by a comma
// ("After meeting X, Y flew to Z") whose object the parser made the main verb's subject,
// with the real subject its apposition after the comma: the name right after the gerund
// becomes its object, the name after the comma the main verb's subject.
func repairOpeningGerundObject(ns []node) {
	g := 0
	if len(ns) > 5 && ns[0].Rel == "mark" && ns[0].Head == 1 {
		g = 1
	}
	if len(ns) < 5 || ns[g].XPOS != "VBG" || ns[g].UPOS != "VERB" || ns[g].Rel != "advcl" || hasChild(ns, g, "obj") {
		return
	}
	v, x := ns[g].Head, g+1
	if v <= x || ns[v].UPOS != "VERB" || ns[x].Head != v || ns[x].Rel != "nsubj" || ns[x].UPOS != "PROPN" {
		return
	}
	for p := x + 1; p < v; p++ {
		if ns[p].Head != x || ns[p].Rel != "appos" || ns[p].UPOS != "PROPN" || ns[p-1].Form != "," {
			continue
		}
		_, end := subtreeSpan(ns, p)
		for end < v && (ns[end].UPOS == "ADV" || ns[end].UPOS == "AUX" || ns[end].UPOS == "PART") {
			end++ // "Y also flew", "Y has flown"
		}
		if end != v {
			return
		}
		ns[x].Head, ns[x].Rel = g, "obj"
		ns[p].Head, ns[p].Rel = v, "nsubj"
		return
	}
}

// repairPerfectParticiple is repairOpeningParticiple's case of a perfect participle
// ("Having visited X, Y flew to Z") that the parser made the sentence's root, with the
// main verb hung on it and the subject inside its phrase: the main verb becomes the
// root, the name after the comma its subject, the participle its adverbial clause. When
// the parser made the name before the comma the main verb's subject and the name after
// it that name's apposition ("Having met X, Y left"), the name before is the
// participle's object again. A main verb hung on the participle with its own subject
// after the comma ("Having met X in P, Y left": parataxis) becomes the root.
func repairPerfectParticiple(ns []node) {
	if len(ns) < 5 || ns[0].Lemma != "have" || ns[0].XPOS != "VBG" || ns[0].Head != 1 || ns[1].XPOS != "VBN" || ns[1].Head >= 0 {
		return
	}
	for p := 3; p < len(ns); p++ {
		if ns[p].UPOS != "PROPN" || ns[p].Rel != "appos" && ns[p].Rel != "conj" || ns[p-1].Form != "," || !descends(ns, p, 1) {
			continue
		}
		_, f := subtreeSpan(ns, p)
		for f < len(ns) && (ns[f].UPOS == "ADV" || ns[f].UPOS == "AUX" || ns[f].UPOS == "PART") {
			f++
		}
		if f >= len(ns) || ns[f].UPOS != "VERB" || ns[f].Head != 1 || !finiteVerb(ns[f].XPOS) {
			return
		}
		if s := childRel(ns, f, "nsubj"); s >= 0 {
			if s >= p || ns[p].Head != s || hasChild(ns, 1, "obj") {
				return
			}
			ns[s].Head, ns[s].Rel = 1, "obj" // "Having met X, Y left": X is met
		}
		rootMainVerb(ns, f)
		ns[p].Head, ns[p].Rel = f, "nsubj"
		return
	}
	repairPerfectParataxis(ns)
}

// repairPerfectParataxis makes the main verb of a sentence opened by a perfect
// participle the root when the parser hung it on the participle with its own subject,
// both after the participle's comma ("Having met X in P, Y left for Q").
func repairPerfectParataxis(ns []node) {
	c := -1
	for k := 2; k < len(ns); k++ {
		if ns[k].Form == "," {
			c = k
			break
		}
	}
	if c < 0 {
		return
	}
	for f := c + 1; f < len(ns); f++ {
		if ns[f].Head != 1 || ns[f].UPOS != "VERB" || !finiteVerb(ns[f].XPOS) || ns[f].Rel != "parataxis" && ns[f].Rel != "ccomp" && ns[f].Rel != "conj" {
			continue
		}
		if s := childRel(ns, f, "nsubj"); s > c && s < f {
			rootMainVerb(ns, f)
		}
		return
	}
}

// rootMainVerb makes verb f the sentence's root and the root participle before it (node
// 1) its adverbial clause; what follows f and hung on the participle is f's.
func rootMainVerb(ns []node, f int) { rootVerbOver(ns, f, 1) }

// rootVerbOver makes verb f the root in place of participle g, which becomes its
// adverbial clause; what follows f and hung on g is f's own.
func rootVerbOver(ns []node, f, g int) {
	for k := f + 1; k < len(ns); k++ {
		if ns[k].Head == g {
			ns[k].Head = f // what follows the main verb is its own
		}
	}
	ns[f].Head, ns[f].Rel = -1, "root"
	ns[g].Head, ns[g].Rel = f, "advcl"
}

// repairParticipleRoot is repairPerfectParticiple's case of a simple participle
// ("Arriving in P on Sunday after a flight from Q, X told reporters ...") that the parser
// made the root, with the subject after the comma hung inside its phrase as a conjunct
// or apposition and the main verb hung on it: the finite verb right after the name, with
// no subject of its own, becomes the root, the name its subject, the participle its
// adverbial clause (which takes that subject, construct.go's subject).
func repairParticipleRoot(ns []node) {
	g := 0
	if len(ns) > 5 && ns[0].Rel == "mark" && ns[0].Head == 1 {
		g = 1 // "After arriving in P, X said"
	}
	if len(ns) < 5 || ns[g].XPOS != "VBG" || ns[g].UPOS != "VERB" || ns[g].Head >= 0 || hasChild(ns, g, "nsubj") {
		return
	}
	for p := g + 2; p < len(ns); p++ {
		if ns[p].UPOS != "PROPN" || ns[p].Rel != "appos" && ns[p].Rel != "conj" || ns[p-1].Form != "," || !descends(ns, p, g) {
			continue
		}
		_, f := subtreeSpan(ns, p)
		for f < len(ns) && (ns[f].UPOS == "ADV" || ns[f].UPOS == "AUX" || ns[f].UPOS == "PART") {
			f++
		}
		if f >= len(ns) || ns[f].UPOS != "VERB" || ns[f].Head != g || !finiteVerb(ns[f].XPOS) || hasChild(ns, f, "nsubj") {
			return
		}
		rootVerbOver(ns, f, g)
		ns[p].Head, ns[p].Rel = f, "nsubj"
		return
	}
}

// finiteVerb reports whether Penn tag x is a finite verb's: past or present.
func finiteVerb(x string) bool { return x == "VBD" || x == "VBZ" || x == "VBP" }

// childRel returns node i's first dependent with relation rel, or -1.
func childRel(ns []node, i int, rel string) int {
	for k, n := range ns {
		if n.Head == i && n.Rel == rel {
			return k
		}
	}
	return -1
}

// descends reports whether node k is in node a's subtree.
func descends(ns []node, k, a int) bool {
	for h, steps := k, 0; h >= 0 && steps <= len(ns); h, steps = ns[h].Head, steps+1 {
		if h == a {
			return true
		}
	}
	return false
}

// repairSplitForce joins a name and the force noun after it that the parser hung side by
// side on one head ("the right of Peru troops" read as "the right of Peru, troops"):
// the name becomes the noun's compound, and the noun takes the name's preposition.
func repairSplitForce(ns []node) {
	for k := 0; k+1 < len(ns); k++ {
		n := k + 1
		if ns[k].UPOS != "PROPN" || ns[n].UPOS != "NOUN" || ns[k].Head != ns[n].Head || ns[k].Head < 0 || ns[n].Rel != ns[k].Rel && ns[n].Rel != "appos" {
			continue // "appos": the noun right after the name, with no comma between, is no apposition
		}
		if r := ns[k].Rel; r != "nmod" && r != "obl" && r != "obj" && r != "nsubj" {
			continue // two modifiers of one noun ("Shining Path leaders" both on "killed"'s object) stay
		}
		l := strings.ToLower(ns[n].Lemma)
		_, ok := forceNouns()[l]
		if _, plural := forceNouns()[strings.TrimSuffix(l, "s")]; !ok && !plural || hasChild(ns, n, "case") {
			continue
		}
		for c := range ns {
			if ns[c].Head == k && ns[c].Rel == "case" {
				ns[c].Head = n
			}
		}
		ns[n].Rel = ns[k].Rel
		ns[k].Head, ns[k].Rel = n, "compound"
	}
}

// repairCasedApposition reads an apposition of a common noun that has a preposition of
// its own ("granted asylum to 18 X rebels" read as "asylum, to rebels") as the
// prepositional phrase it is, the noun's modifier. An apposition restates its head and
// never takes a preposition.
func repairCasedApposition(ns []node) {
	for c, n := range ns {
		h := n.Head
		if n.Rel != "appos" || h < 0 || h > c || !nominal(n.UPOS) || ns[h].UPOS != "NOUN" {
			continue // after a name ("met X at 10 Y Street") the phrase is as often the verb's
		}
		start, _ := subtreeSpan(ns, c)
		if start == 0 || ns[start].Rel != "case" || ns[start].UPOS != "ADP" || ns[start-1].Form == "," || !descends(ns, start, c) {
			continue
		}
		if k := ns[start].Head; k != c && ns[k].Head != c || k != c && ns[k].Rel != "nummod" && ns[k].Rel != "det" {
			continue // the preposition of the apposition's number or determiner ("to 18 rebels") at most
		}
		ns[start].Head = c
		ns[c].Rel = "nmod"
	}
}

// clauseRel are the relations the parser gives a clause it hangs on a wrong root.
var clauseRel = toSet(`conj ccomp parataxis`)

// repairHyphenatedRoot sets right a hyphenated participle the parser made a clause of
// its own ("Chilean-led forces have seized X" read as "Chilean led [it], forces have
// seized X"): the participle after a hyphen, followed by the noun that is the subject of
// a verb hung on the participle or beside it, modifies that noun, and the verb takes the
// participle's place.
func repairHyphenatedRoot(ns []node) {
	for i := 1; i+1 < len(ns); i++ {
		hyphen := i >= 2 && ns[i-1].XPOS == "HYPH" && ns[i-2].Head == i
		// "Green Front ruled Peru has been sharing ...": the hyphen left out, the name
		// before the participle read as its subject.
		bare := ns[i-1].UPOS == "PROPN" && ns[i-1].Head == i && ns[i-1].Rel == "nsubj" && !hasChild(ns, i, "obj")
		if ns[i].XPOS != "VBN" || !hyphen && !bare || ns[i].Head >= 0 && !clauseRel[ns[i].Rel] {
			continue
		}
		n := i + 1
		v := ns[n].Head
		if v <= n || v >= len(ns) || ns[n].Rel != "nsubj" || ns[v].UPOS != "VERB" {
			return
		}
		switch {
		case ns[v].Head == i && clauseRel[ns[v].Rel]:
			ns[v].Head, ns[v].Rel = ns[i].Head, ns[i].Rel
		case ns[v].Head != ns[i].Head || ns[i].Head < 0:
			return
		}
		if bare && !hasChild(ns, v, "aux") {
			return // only a verb with its own auxiliary is surely a clause of its own
		}
		for k := range ns {
			if ns[k].Head == i && k > n {
				ns[k].Head = v // the participle's phrases after the noun are the verb's
			}
		}
		ns[i].Head, ns[i].Rel = n, "amod"
		if bare {
			ns[i-1].Rel = "obl" // the participle's agent ("Front ruled": ruled by the Front)
		}
		return
	}
}

// repairTimeModifier moves a prepositional phrase the parser hung on a time phrase back to
// the verb the time phrase modifies: "met on Tuesday with X", "travelled last week to Y",
// "fought for three days against Y" (a day or a week takes no "with" or "to" phrase of its
// own). "Of" phrases stay ("on the night of the attack"). So does a phrase on a site,
// but for a partner's or an opponent's ("met in the capital with X", "met in Nairobi with
// X", "fought in the hills against Y": a city has no "with" phrase of that kind; data
// partnerSiteNouns, siteCases, partnerCases).
func repairTimeModifier(ns []node) {
	for i := range ns {
		h := ns[i].Head
		if h < 0 || h >= i || ns[i].Rel != "nmod" || !nominal(ns[i].UPOS) || !strings.HasPrefix(ns[h].Rel, "obl") {
			continue
		}
		time := timeWords[strings.ToLower(ns[h].Form)] || timeWords[strings.ToLower(ns[h].Lemma)]
		site := (ns[h].UPOS == "NOUN" && partnerSiteNouns[strings.ToLower(ns[h].Lemma)] ||
			ns[h].UPOS == "PROPN" && siteCases[caseWord(ns, h)]) && partnerCases[caseWord(ns, i)]
		if !time && !site {
			continue
		}
		if g := ns[h].Head; g >= 0 && ns[g].UPOS == "VERB" && !hasCase(ns, i, "of") {
			ns[i].Head, ns[i].Rel = g, "obl"
		}
	}
}

// repairWithBeforeComma reads "with X" closed by a comma before a participle ("met on
// Tuesday with X, saying ...") as the verb's "with" phrase, where the parser read "with X
// saying" as an absolute clause with X its subject: the comma ends the phrase, and the
// participle is the verb's own clause, sharing its subject.
func repairWithBeforeComma(ns []node) {
	for m := range ns {
		v := ns[m].Head
		if v <= m || strings.ToLower(ns[m].Form) != "with" || ns[m].Rel != "mark" || ns[v].XPOS != "VBG" || ns[v].Head < 0 {
			continue
		}
		s := childRel(ns, v, "nsubj")
		if s <= m || !nominal(ns[s].UPOS) {
			continue
		}
		if _, e := subtreeSpan(ns, s); e >= v || ns[e].Form != "," {
			continue
		}
		ns[s].Head, ns[s].Rel = ns[v].Head, "obl"
		ns[m].Head, ns[m].Rel = s, "case"
	}
}

// repairWithBeforeFinite reads "with X" before a finite verb ("X's meeting on Monday with
// Y lasted an hour") that the parser took for an absolute clause ("with Y lasted"): an
// absolute clause has a participle, not a finite verb, so "with Y" is the phrase of the
// event noun before it (data/triggers.tsv), and a verb the parser hung on that noun as
// its modifier is the sentence's, the noun its subject.
func repairWithBeforeFinite(ns []node) {
	for m := range ns {
		v := ns[m].Head
		if v <= m || strings.ToLower(ns[m].Form) != "with" || ns[m].Rel != "mark" || !finiteVerb(ns[v].XPOS) {
			continue
		}
		s := m + 1 // the name right after "with", made the verb's subject
		if s >= v || ns[s].Head != v || ns[s].Rel != "nsubj" || !nominal(ns[s].UPOS) {
			continue
		}
		e := -1
		for k := m - 1; k >= 0 && e < 0; k-- {
			if ns[k].UPOS == "NOUN" && len(treeLexicon()["noun "+strings.ToLower(ns[k].Lemma)]) > 0 {
				e = k
			}
		}
		if e < 0 {
			continue
		}
		ns[s].Head, ns[s].Rel = e, "nmod"
		ns[m].Head, ns[m].Rel = s, "case"
		if ns[v].Head == e && ns[v].Rel == "acl" && ns[e].Head < 0 {
			for k := v + 1; k < len(ns); k++ {
				if ns[k].Head == e {
					ns[k].Head = v
				}
			}
			ns[v].Head, ns[v].Rel = -1, "root"
			ns[e].Head, ns[e].Rel = v, "nsubj"
		}
	}
}

// partnerSiteNouns name places where something is done; partnerCases mark a partner's or
// an opponent's phrase (data/words.txt).
var (
	siteCases        = wordSet("siteCases")
	partnerSiteNouns = wordSet("partnerSiteNouns")
	partnerCases     = wordSet("partnerCases")
)

// caseWord returns the lower-case preposition of nominal i, "" for none.
func caseWord(ns []node, i int) string {
	for k := range ns {
		if ns[k].Head == i && ns[k].Rel == "case" {
			return strings.ToLower(ns[k].Form)
		}
	}
	return ""
}

// repairAgentBeforeComma reads a name between "by" and a comma as the whole agent of the
// participle before it ("Y, headed by X, cut supplies"), where the parser made "by" the
// case of a noun past the comma and the name that noun's possessor: a comma closes the
// phrase, so the name is the participle's agent and the noun hangs on what the
// participle modifies.
func repairAgentBeforeComma(ns []node) {
	for b := 1; b+2 < len(ns); b++ {
		h := ns[b].Head
		if strings.ToLower(ns[b].Form) != "by" || ns[b].Rel != "case" || ns[b+1].UPOS != "PROPN" || ns[b+1].Head != h {
			continue
		}
		q := b + 1
		for q+1 < len(ns) && ns[q+1].UPOS == "PROPN" && ns[q+1].Head == b+1 {
			q++
		}
		v := -1
		if h >= 0 {
			v = ns[h].Head
		}
		if q+1 >= len(ns) || ns[q+1].Form != "," || h <= q+1 || ns[h].Rel != "obl:agent" || v < 0 || v > b || ns[v].XPOS != "VBN" || ns[v].Head < 0 {
			continue
		}
		ns[b+1].Head, ns[b+1].Rel = v, "obl:agent"
		ns[b].Head = b + 1
		ns[q+1].Head = b + 1
		ns[h].Head, ns[h].Rel = ns[v].Head, "dep"
	}
}

// repairPassiveAgent moves a "by" phrase naming someone that the parser hung on a common
// noun or a name of a passive verb's oblique back to the verb as its agent: "X was
// received at the palace by Y", "X was received in Gulu by Y" (a palace or a town has no
// "by" phrase of its own here; an event noun has).
func repairPassiveAgent(ns []node) {
	for i := range ns {
		h := ns[i].Head
		if h < 0 || h >= i || ns[i].Rel != "nmod" || ns[i].UPOS != "PROPN" || !hasCase(ns, i, "by") {
			continue
		}
		if !nominal(ns[h].UPOS) || !strings.HasPrefix(ns[h].Rel, "obl") || len(treeLexicon()["noun "+strings.ToLower(ns[h].Lemma)]) > 0 {
			continue // "was reached during a visit to Y by X": an event noun's agent is its own
		}
		if g := ns[h].Head; g >= 0 && ns[g].XPOS == "VBN" && hasChild(ns, g, "aux:pass") && !hasChild(ns, g, "obl:agent") {
			ns[i].Head, ns[i].Rel = g, "obl:agent"
		}
	}
}

// repairRelativeRunOn mends a relative clause on the sentence's subject whose object the
// parser took for the subject of the main verb, made a complement of the clause ("The
// strike that killed X was condemned" read as "the strike that killed [that] X was
// condemned"): the name is the clause's object, the main verb the root, the noun its
// subject.
func repairRelativeRunOn(ns []node) {
	for r := range ns {
		n := ns[r].Head
		if ns[r].Rel != "acl:relcl" || n < 0 || ns[n].Head >= 0 || !nominal(ns[n].UPOS) || hasChild(ns, r, "obj") || r+1 >= len(ns) {
			continue
		}
		x := r + 1
		c := ns[x].Head
		if c <= x || ns[c].Head != r || ns[c].Rel != "ccomp" || ns[x].UPOS != "PROPN" || ns[x].Rel != "nsubj" && ns[x].Rel != "nsubj:pass" {
			continue
		}
		if !hasChild(ns, c, "aux") && !hasChild(ns, c, "aux:pass") && !hasChild(ns, c, "cop") {
			continue
		}
		subj := ns[x].Rel
		ns[x].Head, ns[x].Rel = r, "obj"
		ns[c].Head, ns[c].Rel = -1, "root"
		ns[n].Head, ns[n].Rel = c, subj
		for k := range ns {
			if ns[k].Head == n && ns[k].Rel == "punct" && k > c {
				ns[k].Head = c // the full stop goes with the root
			}
		}
		return
	}
}

// repairParentheticalObject mends a verb's object after a parenthetical set off by commas
// that the parser made one more conjunct of the parenthetical's noun ("shelled, with
// rockets and mortars, the centre of X"): a conjunct with no "and" of its own after a comma,
// following one that had its "and", is the object of the verb that has none; so is a name
// made the parenthetical's apposition after a trigger verb ("met, according to aides, X").
func repairParentheticalObject(ns []node) {
	for c := 2; c < len(ns); c++ {
		h := ns[c].Head
		appos := ns[c].Rel == "appos" && ns[c].UPOS == "PROPN"
		if ns[c].Rel != "conj" && !appos || !nominal(ns[c].UPOS) || hasChild(ns, c, "cc") {
			continue
		}
		if a, _ := subtreeSpan(ns, c); a < 1 || ns[a-1].Form != "," {
			continue
		}
		o := h // the parenthetical's noun, an oblique of the verb
		if o < 0 || !strings.HasPrefix(ns[o].Rel, "obl") {
			continue
		}
		v := ns[o].Head
		if v < 0 || v >= o || ns[v].UPOS != "VERB" || hasChild(ns, v, "obj") || v+1 >= len(ns) || ns[v+1].Form != "," {
			continue
		}
		andBefore := false
		for k := o + 1; k < c; k++ {
			andBefore = andBefore || ns[k].Head == o && ns[k].Rel == "conj" && hasChild(ns, k, "cc")
		}
		if appos {
			andBefore = len(treeLexicon()["verb "+strings.ToLower(ns[v].Lemma)]) > 0 // "met, according to aides, X"
		}
		if andBefore {
			ns[c].Head, ns[c].Rel = v, "obj"
		}
	}
}

// repairPrepositionHead reads a preposition to which the parser gave a nominal dependent of
// its own (in UD a preposition takes no subject or object) as that nominal's case: "met on
// Monday with X, a US envoy, in Qatar" parsed with "with" the case of "Qatar" and X its
// subject, or with "with" a phrase of its own on "Monday" and X its subject. The nominal
// takes the place of the phrase: the head and relation of the noun the preposition was the
// case of (that noun keeps its own preposition), or the preposition's head.
func repairPrepositionHead(ns []node) {
	for p := range ns {
		h := ns[p].Head
		if ns[p].UPOS != "ADP" || h < 0 {
			continue
		}
		d := -1
		for k := p + 1; k < len(ns); k++ {
			if r := ns[k].Rel; ns[k].Head == p && nominal(ns[k].UPOS) && (r == "nsubj" || r == "obj" || r == "nsubj:pass") {
				d = k
				break
			}
		}
		if d < 0 {
			continue
		}
		if a, _ := subtreeSpan(ns, d); a != p+1 {
			continue // only the phrase right after the preposition
		}
		switch {
		case ns[p].Rel == "case" && h > d && ns[h].Head >= 0 && !descends(ns, ns[h].Head, d):
			ns[d].Head, ns[d].Rel = ns[h].Head, ns[h].Rel
		case ns[p].Rel != "case" && !descends(ns, h, d):
			ns[d].Head, ns[d].Rel = h, "obl"
			if nominal(ns[h].UPOS) {
				ns[d].Rel = "nmod"
			}
		default:
			continue
		}
		for k := range ns {
			if ns[k].Head == p && k != d {
				ns[k].Head = d
			}
		}
		ns[p].Head, ns[p].Rel = d, "case"
	}
}

// repairBetweenClause reads "between" that the parser made the marker of a clause whose
// subject is the pair after it ("Talks between A and B ended", parsed as "talks [while]
// between A and B ended") as the preposition of the word before it: the pair goes to that
// word as its "between" phrase, and the word becomes the verb's subject in its place.
func repairBetweenClause(ns []node) {
	for b := 1; b < len(ns); b++ {
		v := ns[b].Head
		if !strings.EqualFold(ns[b].Form, "between") || ns[b].Rel != "mark" || v <= b {
			continue
		}
		h, d := ns[v].Head, -1
		for k := b + 1; k < v; k++ {
			if ns[k].Head == v && ns[k].Rel == "nsubj" && nominal(ns[k].UPOS) {
				d = k
				break
			}
		}
		if d < 0 || h != b-1 || h < 0 {
			continue // only the word right before "between" takes the pair
		}
		if a, _ := subtreeSpan(ns, d); a != b+1 {
			continue
		}
		ns[v].Head, ns[v].Rel = ns[h].Head, ns[h].Rel
		ns[h].Head, ns[h].Rel = v, "nsubj"
		ns[d].Head, ns[d].Rel = h, "obl"
		if nominal(ns[h].UPOS) {
			ns[d].Rel = "nmod"
		}
		ns[b].Head, ns[b].Rel, ns[b].UPOS = d, "case", "ADP"
	}
}

// repairBetweenObject mends the object of "between", which needs a coordination ("between
// A and B"): when the parser made "between" the case of a word with no conjunct ("a
// meeting between X's minister A and B last year" headed by "year", with X its possessor
// and A and B X's conjuncts), the coordinated word right after "between" becomes its
// object, in the place the other word had. And a "between" phrase right after an event
// noun ("a meeting between A and B") that the parser hung elsewhere goes to the noun.
func repairBetweenObject(ns []node) {
	for b := 1; b+1 < len(ns); b++ {
		x := ns[b].Head
		if !strings.EqualFold(ns[b].Form, "between") || ns[b].Rel != "case" || x <= b || ns[x].Head < 0 {
			continue
		}
		if conjuncts(ns, x) == 0 {
			for d := b + 1; d < x; d++ {
				if a, _ := subtreeSpan(ns, d); a == b+1 && descends(ns, d, x) && conjuncts(ns, d) > 0 && nominal(ns[d].UPOS) {
					ns[d].Head, ns[d].Rel = ns[x].Head, ns[x].Rel
					ns[b].Head = d
					x = d
					break
				}
			}
		}
		n := b - 1
		if a, _ := subtreeSpan(ns, x); a == b && ns[x].Head != n && ns[n].UPOS == "NOUN" && !descends(ns, n, x) && len(treeLexicon()["noun "+strings.ToLower(ns[n].Lemma)]) > 0 {
			ns[x].Head, ns[x].Rel = n, "nmod"
		}
	}
}

// repairFromTo moves a "to" phrase the parser hung on a verb's "from" phrase back to the
// verb: "was airlifted from X to Y", "flew from X to Y" (the route's two ends are both the
// verb's). Only on a name right after the "from" phrase's name: "the road from X to Y" is
// a noun's, and "from the town to Y" may name the town's own road.
func repairFromTo(ns []node) {
	for i := range ns {
		h := ns[i].Head
		if h < 0 || h >= i || ns[i].Rel != "nmod" || ns[i].UPOS != "PROPN" || ns[h].UPOS != "PROPN" || !hasCase(ns, i, "to") {
			continue
		}
		if g := ns[h].Head; g >= 0 && ns[g].UPOS == "VERB" && ns[h].Rel == "obl" && hasCase(ns, h, "from") {
			ns[i].Head, ns[i].Rel = g, "obl"
		}
	}
}

// hasCase reports whether node i has the case marker w.
func hasCase(ns []node, i int, w string) bool {
	for _, n := range ns {
		if n.Head == i && n.Rel == "case" && strings.EqualFold(n.Form, w) {
			return true
		}
	}
	return false
}

// repairLightVerbAsModifier reads a light verb the parser made an adjective of the event
// noun it governs, with the noun the sentence's root ("X today held discussions with Y"
// read as "[held discussions] with Y"): the verb becomes the root, the noun its object,
// and what stood before the verb on the noun its subject.
func repairLightVerbAsModifier(ns []node) {
	r := -1
	for i, n := range ns {
		if n.Head < 0 {
			r = i
			break
		}
	}
	v := r - 1
	if r < 1 || ns[r].UPOS != "NOUN" || ns[v].Rel != "amod" || ns[v].Head != r || ns[v].UPOS != "VERB" || ns[v].XPOS != "VBD" && ns[v].XPOS != "VBN" {
		return
	}
	if len(treeLexicon()["light "+strings.ToLower(ns[v].Lemma)]) == 0 || len(treeLexicon()["noun "+strings.ToLower(ns[r].Lemma)]) == 0 {
		return
	}
	for i, n := range ns {
		if i != v && (n.UPOS == "VERB" || n.UPOS == "AUX") {
			return // a verb elsewhere: the parse may be right
		}
	}
	for i := range ns {
		if ns[i].Head == r && i < v {
			ns[i].Head, ns[i].Rel = v, "nsubj"
		}
		if ns[i].Head == r && ns[i].Rel == "punct" {
			ns[i].Head = v
		}
	}
	ns[v].Head, ns[v].Rel = -1, "root"
	ns[r].Head, ns[r].Rel = v, "obj"
}

// repairNameBeforeTime reads a name the parser compounded with a time word after it as
// the subject of the verb the time word modifies ("Clark today held talks", "Reagan
// Monday said": the wire style's time after the subject), when the verb has none.
func repairNameBeforeTime(ns []node) {
	for c := 0; c+1 < len(ns); c++ {
		t := ns[c].Head
		if ns[c].UPOS != "PROPN" || ns[c].Rel != "compound" || t <= c || !timeWords[strings.ToLower(ns[t].Form)] || !onlyModifiersBetween(ns, c, t) {
			continue
		}
		v := ns[t].Head
		if v < 0 || ns[v].UPOS != "VERB" || hasChild(ns, v, "nsubj") || hasChild(ns, v, "nsubj:pass") {
			continue
		}
		ns[c].Head, ns[c].Rel = v, "nsubj"
	}
}

// repairVerblessRoot makes a sentence's verb its root when the parser made a noun the
// root and hung the verb on it as a reduced relative with an object ("Chilean aircraft
// bombed Tacna" read as "aircraft [that were] bombed Tacna", or a past tense read as an
// apposition, "a bombing yesterday killed X"): a participle modifying a
// noun takes no object, and a sentence with no finite verb but that one has its verb
// there. The noun becomes the verb's subject and the verb's open complement its object.
func repairVerblessRoot(ns []node) {
	root := -1
	for i, n := range ns {
		if n.Head < 0 {
			if root >= 0 {
				return
			}
			root = i
		}
	}
	if root < 0 || ns[root].UPOS != "NOUN" && ns[root].UPOS != "PROPN" {
		return
	}
	for _, n := range ns {
		if n.UPOS == "AUX" || n.XPOS == "VBZ" || n.XPOS == "VBP" || n.XPOS == "MD" {
			return // a finite verb elsewhere: the sentence has a clause of its own
		}
	}
	v := -1
	for i, n := range ns {
		if n.Head == root && n.UPOS == "VERB" && (n.Rel == "acl" || n.Rel == "amod" || n.Rel == "appos" && n.XPOS == "VBD") && i > root && (n.XPOS == "VBD" || n.XPOS == "VBN") {
			v = i
			break
		}
	}
	if v < 0 {
		repairVerbAsModifier(ns, root)
		repairVerbAsCompound(ns, root)
		repairVerbAsRootNoun(ns, root)
		return
	}
	obj := -1
	for i, n := range ns {
		if n.Head == v && (n.Rel == "obj" || n.Rel == "xcomp") && (n.UPOS == "NOUN" || n.UPOS == "PROPN") && i > v {
			obj = i
			break
		}
	}
	if obj < 0 {
		return
	}
	for i := range ns {
		if ns[i].Head == root && i > v && ns[i].Rel != "punct" {
			ns[i].Head = v // what follows the verb is the verb's
		}
		if ns[i].Head == root && ns[i].Rel == "punct" {
			ns[i].Head = v
		}
	}
	ns[v].Head, ns[v].Rel = -1, "root"
	ns[root].Head, ns[root].Rel = v, "nsubj"
	ns[obj].Rel = "obj"
}

// repairVerblessRoot's other case: the verb read as an adjective of its own object, which
// the parser coordinated with the subject ("Chilean tanks fired shells at X" as "tanks
// and fired shells"). The verb becomes the root, the noun it modified its object, the
// root noun its subject.
func repairVerbAsModifier(ns []node, root int) {
	verbless := true
	for _, n := range ns {
		verbless = verbless && n.UPOS != "VERB" && n.UPOS != "AUX"
	}
	v := -1
	for i, n := range ns {
		if n.Rel != "amod" || i <= root || n.Head <= i || !onlyModifiersBetween(ns, i, n.Head) {
			continue
		}
		if n.UPOS == "VERB" && (n.XPOS == "VBD" || n.XPOS == "VBN") {
			v = i
			break
		}
		// "Peruvian rebels wounded two soldiers" with "wounded" tagged an adjective: in a
		// sentence with no verb at all, a past form of a trigger verb is the verb.
		if l := pastTriggerLemma(n.Form); verbless && n.UPOS == "ADJ" && l != "" {
			ns[i].UPOS, ns[i].XPOS, ns[i].Lemma = "VERB", "VBD", l
			v = i
			break
		}
	}
	if v < 0 {
		return
	}
	h := ns[v].Head
	if h == root || ns[h].Rel != "conj" && ns[h].Rel != "nmod" && ns[h].Rel != "obj" || ns[h].Head != root {
		return // "Iran-backed militias": an adjective indeed
	}
	for i := range ns {
		if ns[i].Head == root && i > v && i != h {
			ns[i].Head = v
		}
	}
	ns[v].Head, ns[v].Rel = -1, "root"
	ns[h].Head, ns[h].Rel = v, "obj"
	ns[root].Head, ns[root].Rel = v, "nsubj"
}

// repairVerbAsRootNoun is repairVerblessRoot's fourth case: an irregular past form of a
// trigger verb read as the root noun of a sentence with no verb, with the name before it
// its compound ("The X Movement fought for days against Y" as one noun phrase). The word
// becomes the verb, the name its subject, the word's phrases its obliques.
func repairVerbAsRootNoun(ns []node, root int) {
	k := root - 1
	if k < 0 || ns[root].UPOS != "NOUN" || ns[k].UPOS != "PROPN" || ns[k].Rel != "compound" || ns[k].Head != root || !irregularPast(ns[root].Form) {
		return
	}
	for i, n := range ns {
		if (n.UPOS == "VERB" || n.UPOS == "AUX") && !participleClause(ns, i, root) {
			return
		}
	}
	for i := range ns {
		switch {
		case i < k && ns[i].Head == root:
			ns[i].Head = k // the first words of the subject's name
		case i > root && ns[i].Head == root && strings.HasPrefix(ns[i].Rel, "nmod"):
			ns[i].Rel = "obl" + strings.TrimPrefix(ns[i].Rel, "nmod")
		case participleClause(ns, i, root):
			ns[i].Rel = "advcl" // ", killing 12 soldiers": the verb's clause, sharing its subject
		}
	}
	ns[root].UPOS, ns[root].XPOS = "VERB", "VBD"
	ns[k].Head, ns[k].Rel = root, "nsubj"
}

// participleClause reports whether node i is a participle the parser hung on node root
// as its modifier after a comma (", killing 12 soldiers"): a clause of the verb root
// really is, not a verb of the sentence's own.
func participleClause(ns []node, i, root int) bool {
	n := ns[i]
	if n.UPOS != "VERB" || n.XPOS != "VBG" && n.XPOS != "VBN" || n.Head != root || i < root || n.Rel != "acl" && n.Rel != "advcl" {
		return false
	}
	a, _ := subtreeSpan(ns, i)
	return a > 0 && ns[a-1].Form == ","
}

// irregularPast reports whether form is an irregular past form of a verb of the tree
// lexicon that differs from its lemma ("fought", "struck"; not "hit", a noun too).
func irregularPast(form string) bool {
	f := strings.ToLower(form)
	for _, tt := range treeLexicon()["verb "+f] {
		if tt.lemma != f && contains(tt.irregular, f) {
			return true
		}
	}
	return false
}

// pastTriggerLemma returns the lemma of a past form ("wounded", "bombed", "seized") of a
// verb of the tree lexicon, "" for any other word.
func pastTriggerLemma(form string) string {
	f := strings.ToLower(form)
	if !strings.HasSuffix(f, "ed") {
		return ""
	}
	lex := treeLexicon()
	for _, l := range []string{f[:len(f)-2], f[:len(f)-1]} {
		if len(lex["verb "+l]) > 0 {
			return l
		}
	}
	return ""
}

// repairVerbAsCompound is repairVerblessRoot's third case: a present tense in -s of a
// trigger verb read as a plural noun between a name and the root noun ("Iran arms groups
// across the region", "Russia backs rebels in the east" as compounds of "groups" and
// "rebels"). In a sentence with no finite verb, the word becomes the verb, the name before
// it the subject and the root noun the object.
func repairVerbAsCompound(ns []node, root int) {
	k, s := root-1, root-2
	if s < 0 || ns[root].UPOS != "NOUN" || ns[k].XPOS != "NNS" || ns[k].Rel != "compound" || ns[k].Head != root ||
		ns[s].UPOS != "PROPN" || ns[s].Head != root && ns[s].Head != k {
		return
	}
	for _, n := range ns {
		if n.UPOS == "VERB" && n.XPOS != "VBG" || n.UPOS == "AUX" {
			return
		}
	}
	l := presentTriggerLemma(ns[k].Form)
	if l == "" {
		return
	}
	for i := 0; i < s; i++ {
		if ns[i].Head == root {
			ns[i].Head = s // the first words of the subject's name
		}
	}
	ns[k].UPOS, ns[k].XPOS, ns[k].Lemma, ns[k].Head, ns[k].Rel = "VERB", "VBZ", l, -1, "root"
	ns[s].Head, ns[s].Rel = k, "nsubj"
	ns[root].Head, ns[root].Rel = k, "obj"
	for i := range ns {
		if ns[i].Head == root && ns[i].Rel == "punct" && i == len(ns)-1 {
			ns[i].Head = k
		}
	}
}

// presentTriggerLemma returns the lemma of a present form in -s ("arms", "backs",
// "funds") of a verb of the tree lexicon, "" for any other word.
func presentTriggerLemma(form string) string {
	f := strings.ToLower(form)
	if !strings.HasSuffix(f, "s") || strings.HasSuffix(f, "ss") {
		return ""
	}
	lex := treeLexicon()
	for _, l := range []string{f[:len(f)-1], strings.TrimSuffix(f, "es")} {
		if len(lex["verb "+l]) > 0 {
			return l
		}
	}
	return ""
}

// onlyModifiersBetween reports whether the nodes between a and b all modify b, directly
// or through one another, and none is a verb ("fired four shells", "shelled Green Front
// positions").
func onlyModifiersBetween(ns []node, a, b int) bool {
	for i := a + 1; i < b; i++ {
		if h := ns[i].Head; h <= a || h > b || ns[i].UPOS == "VERB" || ns[i].UPOS == "AUX" {
			return false
		}
	}
	return true
}

// repairVerbPossessor hangs a possessor the parser put on a verb on the noun after it
// ("The BBC's Pablo Soto said": on Soto, not on said); a verb has no possessor.
func repairVerbPossessor(ns []node) {
	for p := range ns {
		h := ns[p].Head
		if ns[p].Rel != "nmod:poss" || h < 0 || ns[h].UPOS != "VERB" && ns[h].UPOS != "AUX" || h < p {
			continue
		}
		for n := p + 1; n < h; n++ {
			if ns[n].Head == h && ns[n].UPOS != "PUNCT" && ns[n].UPOS != "PART" {
				if ns[n].UPOS == "NOUN" || ns[n].UPOS == "PROPN" {
					ns[p].Head = n
				}
				break
			}
		}
	}
}

// repairStolenReporter gives a reporting verb back the subject right before it that the
// parser made the object of a gerund before a comma, with the gerund's own object
// ("X shelled Y, killing 50, military sources said" read as "killing [50, sources]"): the
// words after the comma are the reporter, those before it stay the gerund's object.
func repairStolenReporter(ns []node) {
	for v := 2; v < len(ns); v++ {
		s := v - 1
		g := ns[s].Head
		if !reportVerbsTree[strings.ToLower(ns[v].Lemma)] || ns[v].XPOS != "VBD" || ns[s].UPOS != "NOUN" || ns[s].Rel != "obj" || g < 0 || g >= s || ns[g].XPOS != "VBG" || !descends(ns, g, v) || childRel(ns, v, "nsubj") > g {
			continue
		}
		p := -1
		for k := s - 1; k > g; k-- {
			if !descends(ns, k, s) {
				break
			}
			if ns[k].Form == "," {
				p = k
				break
			}
		}
		if p < 0 || p == g+1 {
			continue
		}
		for k := g + 1; k < p; k++ {
			if ns[k].Head == s {
				ns[k].Head, ns[k].Rel = g, "obj" // "killing 50"
			}
		}
		ns[p].Head = v
		ns[s].Head, ns[s].Rel = v, "nsubj"
	}
}

// repairReportedClause reads a clause before a reporting verb with its own subject
// ("Chilean tanks fired shells at X, witnesses said"), which the parser made a noun with a
// reduced relative and a second subject of "said": the verb is the reported clause, the
// noun its subject.
func repairReportedClause(ns []node) {
	for n := range ns {
		v := ns[n].Head
		if ns[n].Rel != "nsubj" || v < 0 || ns[n].UPOS != "NOUN" && ns[n].UPOS != "PROPN" || !reportVerbsTree[strings.ToLower(ns[v].Lemma)] {
			continue
		}
		other := false
		for k := range ns {
			if k != n && k > n && k < v && ns[k].Head == v && ns[k].Rel == "nsubj" {
				other = true
			}
		}
		if !other {
			continue
		}
		for a := n + 1; a < v; a++ {
			if ns[a].Head != n || ns[a].UPOS != "VERB" || ns[a].Rel != "acl" || ns[a].XPOS != "VBD" && ns[a].XPOS != "VBN" {
				continue
			}
			hasObj := false
			for k := range ns {
				if ns[k].Head == a && ns[k].Rel == "obj" {
					hasObj = true
				}
			}
			if hasObj {
				ns[a].Head, ns[a].Rel = v, "ccomp"
				ns[n].Head = a
				for k := range ns {
					if ns[k].Head == n && k > a && ns[k].Rel == "punct" {
						ns[k].Head = a
					}
				}
			}
			break
		}
	}
}

// repairSubjectApposition reads two subjects of one verb, a common noun and a name set
// off by commas ("the minister's spokesman, Pablo Soto, said"), as the noun and its
// apposition: the parser took them for a coordination without its conjunction.
func repairSubjectApposition(ns []node) {
	for v := range ns {
		a, b := -1, -1
		for i, n := range ns {
			if n.Head != v || n.Rel != "nsubj" {
				continue
			}
			if a < 0 {
				a = i
			} else if b < 0 {
				b = i
			}
		}
		if a < 0 || b < 0 || ns[a].UPOS != "NOUN" || ns[b].UPOS != "PROPN" {
			continue
		}
		_, aEnd := subtreeSpan(ns, a)
		bStart, bEnd := subtreeSpan(ns, b)
		if aEnd+1 != bStart || ns[aEnd].Form != "," || bEnd >= len(ns) || ns[bEnd].Form != "," {
			continue
		}
		ns[b].Head, ns[b].Rel = a, "appos"
	}
}

// repairPossessiveObject reads a pronoun that can be a determiner ("her"), which the
// parser made a verb's object, followed at once by the verb's other object or unmarked
// oblique ("endorsed her former rival"), as that noun's possessor: the noun is the object.
// An indirect object keeps its reading ("gave her flowers").
func repairPossessiveObject(ns []node) {
	for p, n := range ns {
		if n.UPOS != "PRON" || n.Rel != "obj" || !possessivePronouns[strings.ToLower(n.Form)] {
			continue
		}
		for o := range ns {
			if o == p || ns[o].Head != n.Head || ns[o].Rel != "obj" && ns[o].Rel != "obl:unmarked" ||
				ns[o].UPOS != "NOUN" && ns[o].UPOS != "PROPN" {
				continue
			}
			if start, _ := subtreeSpan(ns, o); start != p+1 {
				continue
			}
			ns[p].Head, ns[p].Rel = o, "nmod:poss"
			ns[o].Rel = "obj"
			break
		}
	}
}

// repairAsyndeticApposition reads a coordination without a conjunction, a noun phrase set
// off by a comma, as an apposition: "The X Brigade, Y's main proxy in Z, fired" (the
// phrase closed by a second comma), "endorsed her rival, X." (the phrase ends the
// sentence; the parser hung X on the verb: it goes to the object before the comma). A
// list keeps its reading: the conjunct has a sibling conjunct or a conjunction of its own.
func repairAsyndeticApposition(ns []node) {
	for c, n := range ns {
		if n.Rel != "conj" || n.Head < 0 || !nominal(n.UPOS) || hasChild(ns, c, "cc") || conjuncts(ns, n.Head) != 1 {
			continue
		}
		start, end := subtreeSpan(ns, c)
		if start == 0 || ns[start-1].Form != "," || !closesPhrase(ns, end) {
			continue
		}
		h := n.Head
		if !nominal(ns[h].UPOS) {
			h = objectEndingAt(ns, n.Head, start-1)
			if h < 0 {
				continue
			}
		}
		if h > c || ns[h].UPOS == "PRON" {
			continue
		}
		ns[c].Head, ns[c].Rel = h, "appos"
	}
}

func nominal(upos string) bool { return upos == "NOUN" || upos == "PROPN" }

// hasChild reports whether node i has a dependent with relation rel.
func hasChild(ns []node, i int, rel string) bool {
	for _, n := range ns {
		if n.Head == i && n.Rel == rel {
			return true
		}
	}
	return false
}

// conjuncts counts node i's dependents in relation conj.
func conjuncts(ns []node, i int) int {
	k := 0
	for _, n := range ns {
		if n.Head == i && n.Rel == "conj" {
			k++
		}
	}
	return k
}

// closesPhrase reports whether a phrase ending before node end is closed: by a comma, or
// by the end of the sentence (only punctuation after it).
func closesPhrase(ns []node, end int) bool {
	if end < len(ns) && ns[end].Form == "," {
		return true
	}
	for _, n := range ns[end:] {
		if n.UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// objectEndingAt returns verb v's nominal object whose phrase ends just before node
// comma, or -1.
func objectEndingAt(ns []node, v, comma int) int {
	for o, n := range ns {
		if n.Head != v || n.Rel != "obj" || !nominal(n.UPOS) {
			continue
		}
		if _, end := subtreeSpan(ns, o); end == comma {
			return o
		}
	}
	return -1
}

// subtreeSpan returns the nodes [start, end) node i's subtree covers, from its leftmost to
// its rightmost descendant, punctuation hung on it excluded at the end.
func subtreeSpan(ns []node, i int) (start, end int) {
	start, end = i, i+1
	for k := range ns {
		if ns[k].Rel == "punct" {
			continue
		}
		for h, steps := k, 0; h >= 0 && steps <= len(ns); h, steps = ns[h].Head, steps+1 {
			if h == i {
				start, end = min(start, k), max(end, k+1)
				break
			}
		}
	}
	return start, end
}

// repairOpeningAdjunct rebuilds a sentence that opens with an occasion phrase set off by
// a comma ("After talks with X, Y flew home", "During clashes with X, the Y Movement
// withdrew"; data openingOccasions) that the parser did not read as the main verb's
// oblique: it took the comma's subject for an apposition of the phrase's last name, or
// the event noun in -s for a verb. The phrase becomes the oblique of the first finite
// verb after the comma, the name (or pronoun) just before that verb its subject, so the
// templates read the event as the subject's (construct.go's adverbialSubject).
func repairOpeningAdjunct(ns []node) {
	n, c, s, v, ok := openingAdjunct(ns)
	if !ok {
		return
	}
	if ns[0].UPOS == "VERB" { // "Following" read as a participle
		ns[0].UPOS, ns[0].XPOS, ns[0].Lemma, ns[0].Rel = "ADP", "IN", strings.ToLower(ns[0].Form), "case"
	}
	if ns[n].Head == v && ns[n].Rel == "obl" && ns[s].Head == v && ns[s].Rel == "nsubj" {
		return // read right already
	}
	if ns[n].UPOS == "VERB" {
		ns[n].UPOS, ns[n].XPOS, ns[n].Lemma = "NOUN", "NNS", presentTriggerNoun(ns[n].Form)
		if ns[n-1].Head == n && ns[n-1].UPOS == "NOUN" {
			ns[n-1].UPOS, ns[n-1].Rel = "ADJ", "amod" // "fierce"
		}
	}
	repairOpeningMarker(ns, c)
	rebuildMainClause(ns, c, s, v, v)
	for i := 0; i < c; i++ {
		h := ns[i].Head
		switch {
		case i == n:
			ns[i].Head, ns[i].Rel = v, "obl"
		case i == 0:
			ns[i].Head, ns[i].Rel = n, "case"
		case h < 0 || h >= c:
			ns[i].Head = n
			if ns[i].Rel == "appos" || ns[i].Rel == "nsubj" || ns[i].Rel == "conj" {
				ns[i].Rel = "nmod"
			}
		case h == n && ns[i].Rel == "obl":
			ns[i].Rel = "nmod"
		}
	}
}

// repairOpeningPassive rebuilds a sentence that opens with a past participle set off by a
// comma ("Led by X, the Y Movement won the vote", "Backed by X, Y seized Z") that the
// parser made the root, with the main verb its complement and the subject an apposition
// inside its phrase: the participle modifies the subject after the comma, as in "Y, led
// by X, won" (its undergoer is that subject), and the main verb becomes the root.
func repairOpeningPassive(ns []node) {
	if len(ns) < 6 || ns[0].UPOS != "VERB" || ns[0].XPOS != "VBN" {
		return
	}
	c := openingComma(ns, 1)
	if c < 0 {
		return
	}
	s, v, ok := subjectAfter(ns, c)
	if !ok || ns[0].Head == s && ns[0].Rel == "acl" {
		return
	}
	rebuildMainClause(ns, c, s, v, 0)
	for i := 1; i < c; i++ {
		if h := ns[i].Head; h < 0 || h >= c {
			ns[i].Head = 0
		}
	}
	ns[0].Head, ns[0].Rel = s, "acl"
}

// rebuildMainClause makes v the root with s, the head of the words between the comma c
// and v, its subject; the comma hangs on p, and the words after v that hung before it on v.
func rebuildMainClause(ns []node, c, s, v, p int) {
	for i := c; i < len(ns); i++ {
		h := ns[i].Head
		switch {
		case i == c:
			ns[i].Head, ns[i].Rel = p, "punct"
		case i == s:
			ns[i].Head, ns[i].Rel = v, "nsubj"
		case i < v && ns[i].UPOS == "AUX":
			ns[i].Head = v // "was", "has"
			if ns[i].Rel != "aux" && ns[i].Rel != "aux:pass" {
				ns[i].Rel = "aux"
			}
		case i < v && (h <= c || h >= v):
			ns[i].Head = s
			if ns[i].Rel != "det" {
				ns[i].Rel = "compound"
			}
		case i == v:
			ns[i].Head, ns[i].Rel = -1, "root"
		case i > v && h < v:
			ns[i].Head = v
		}
	}
}

// repairOpeningMarker makes a preposition of the opening phrase (words 1 to c) that the
// parser made the marker of a clause ("After talks with X, Y ..." read as "with X [doing]
// ...") the case of the first nominal after it that hangs outside the phrase: X.
func repairOpeningMarker(ns []node, c int) {
	for i := 1; i < c; i++ {
		if ns[i].Rel != "mark" || ns[i].UPOS != "ADP" || ns[i].Head >= 0 && ns[i].Head < c {
			continue
		}
		for k := i + 1; k < c; k++ {
			if nominal(ns[k].UPOS) && (ns[k].Head < 0 || ns[k].Head >= c) {
				ns[i].Head, ns[i].Rel = k, "case"
				break
			}
		}
	}
}

// openingAdjunct finds the parts repairOpeningAdjunct rebuilds: the event noun n after
// the opening preposition, the comma c, the subject's head s and the finite verb v.
func openingAdjunct(ns []node) (n, c, s, v int, ok bool) {
	if len(ns) < 6 || !openingOccasions[strings.ToLower(ns[0].Form)] {
		return 0, 0, 0, 0, false
	}
	n = 1
	for n < len(ns) && (ns[n].UPOS == "DET" || ns[n].UPOS == "ADJ" || ns[n].UPOS == "NUM") {
		n++
	}
	if n+1 < len(ns) && ns[n].UPOS == "NOUN" && ns[n].Head == n+1 && pluralEventVerb(ns[n+1]) {
		n++ // "After fierce clashes with X" read as "fierce [ones] clash with X"
	}
	if n >= len(ns) || ns[n].UPOS != "NOUN" && !pluralEventVerb(ns[n]) {
		return 0, 0, 0, 0, false
	}
	if c = openingComma(ns, n+1); c < 0 {
		return 0, 0, 0, 0, false
	}
	s, v, ok = subjectAfter(ns, c)
	return n, c, s, v, ok
}

// openingComma returns the comma that ends an opening phrase, looking from word i; -1 when
// a verb or a pronoun comes first (a clause of its own: "After X arrived, ...").
func openingComma(ns []node, i int) int {
	for ; i < len(ns); i++ {
		switch {
		case ns[i].Form == ",":
			return i
		case ns[i].UPOS == "VERB" || ns[i].UPOS == "AUX" || ns[i].UPOS == "PRON":
			return -1
		}
	}
	return -1
}

// subjectAfter reads the subject and finite verb right after comma c: an optional article
// and a name ("the X Movement withdrew"), or "he" or "she"; s is the name's own head (a
// person's first name, a body's last word), v the verb.
func subjectAfter(ns []node, c int) (s, v int, ok bool) {
	v = c + 1
	if v < len(ns) && ns[v].UPOS == "DET" {
		v++
	}
	start := v
	for v < len(ns) && ns[v].UPOS == "PROPN" {
		v++
	}
	if v == start && v < len(ns) && personSubjects[strings.ToLower(ns[v].Form)] {
		v++ // "After talks with X, she said"
	}
	e := v // the subject's end
	finite := v < len(ns) && (ns[v].XPOS == "VBD" || ns[v].XPOS == "VBZ" || ns[v].XPOS == "VBP")
	if v < len(ns) && v > start && ns[v].XPOS == "VBN" && childRel(ns, v, "obj") > v {
		finite = true // "Backed by X, Y attacked Z": a participle with an object after a subject is a past tense
	}
	for v < len(ns) && ns[v].UPOS == "AUX" && v < e+2 {
		v++ // "Y was banned", "Y has withdrawn"
	}
	if v == start || v >= len(ns) || ns[v].UPOS != "VERB" || !finite || v > e && ns[v].XPOS != "VBN" && ns[v].XPOS != "VBD" {
		return 0, 0, false
	}
	s = e - 1
	for k := start; k < e; k++ {
		if h := ns[k].Head; h < start || h >= e {
			s = k
			break
		}
	}
	return s, v, true
}

// openingOccasions open a phrase that gives the occasion of the clause after it (data/words.txt).
var openingOccasions = wordSet("openingOccasions")

// pluralEventVerb reports whether node n is a plural event noun of the tree lexicon that
// the tagger took for a verb in -s ("clashes").
func pluralEventVerb(n node) bool { return n.XPOS == "VBZ" && presentTriggerNoun(n.Form) != "" }

// presentTriggerNoun returns the singular of a plural event noun of the tree lexicon
// ("clashes": clash), "" for any other word.
func presentTriggerNoun(form string) string {
	f := strings.ToLower(form)
	for _, l := range []string{strings.TrimSuffix(f, "es"), strings.TrimSuffix(f, "s")} {
		if l != f && len(treeLexicon()["noun "+l]) > 0 {
			return l
		}
	}
	return ""
}

// repairSequenceApposition reads a name set off by a comma and "then" ("visited X, then
// Y"; data sequenceAdverbs) that the parser made an apposition of the name before it as
// that name's conjunct: a sequence of two, not a second name for one.
func repairSequenceApposition(ns []node) {
	for i := range ns {
		if ns[i].Rel != "appos" || ns[i].UPOS != "PROPN" || hasChild(ns, i, "det") {
			continue // "X, then the director of Y": an apposition, of an earlier time
		}
		for k := range ns {
			if ns[k].Head == i && k < i && ns[k].Rel == "advmod" && sequenceAdverbs[strings.ToLower(ns[k].Form)] {
				ns[i].Rel = "conj"
				break
			}
		}
	}
}

// sequenceAdverbs: see data/words.txt.
var sequenceAdverbs = wordSet("sequenceAdverbs")

// repairListedApposition reads a name root with two "list" dependents, a phrase set off
// by commas and then a verb with no subject of its own ("X, one of the leaders of Y, flew
// to Z", parsed as a list of three), as the name the verb's subject and the phrase its
// apposition.
func repairListedApposition(ns []node) {
	r := -1
	for i, n := range ns {
		if n.Head < 0 {
			r = i
		}
	}
	if r < 0 || !nominal(ns[r].UPOS) {
		return
	}
	var list []int
	for i, n := range ns {
		if n.Head == r && (n.Rel == "list" || n.Rel == "conj" || n.Rel == "parataxis") {
			list = append(list, i)
		}
	}
	if len(list) != 2 || list[0] < r {
		return
	}
	a, v := list[0], list[1]
	start, end := subtreeSpan(ns, a)
	if ns[a].UPOS != "NUM" && !nominal(ns[a].UPOS) || ns[start-1].Form != "," || end >= v || ns[end].Form != "," || ns[v].UPOS != "VERB" || hasChild(ns, v, "nsubj") || hasChild(ns, v, "cc") || hasChild(ns, a, "cc") {
		return
	}
	ns[v].Head, ns[v].Rel = -1, "root"
	ns[r].Head, ns[r].Rel = v, "nsubj"
	ns[a].Rel = "appos"
	for i, n := range ns {
		if n.Head == r && n.Rel == "punct" && i > end {
			ns[i].Head = v // the closing full stop goes with the new root
		}
	}
}

// repairDeterminedVerb reads a root verb with a determiner ("The raid, carried out by X,
// killed Y", parsed as "raid" a verb with the participle and the real verb its
// conjuncts) as the noun it is: a verb takes no determiner. A participle conjunct set off
// by commas becomes the noun's reduced relative, and the later conjunct, a verb with an
// object and no subject after a comma, the root with the noun its subject.
func repairDeterminedVerb(ns []node) {
	r := -1
	for i, n := range ns {
		if n.Head < 0 {
			r = i
		}
	}
	if r < 1 || ns[r].UPOS != "VERB" || ns[r-1].Head != r || ns[r-1].Rel != "det" || ns[r+1].Form != "," {
		return
	}
	p, c := -1, -1
	for i := r + 2; i < len(ns); i++ {
		switch {
		case ns[i].Head != r:
		case ns[i].Rel == "conj" && p < 0 && i == r+2 && (ns[i].XPOS == "VBD" || ns[i].XPOS == "VBN"):
			p = i
		case ns[i].Rel == "conj" && p >= 0 && ns[i].UPOS == "VERB" && hasChild(ns, i, "obj") && !hasChild(ns, i, "nsubj") && !hasChild(ns, i, "cc"):
			c = i
		case ns[i].Rel == "nsubj" || ns[i].Rel == "obj" || ns[i].Rel == "cc":
			return
		}
	}
	if p < 0 || c < 0 || !strings.HasSuffix(strings.ToLower(ns[p].Form), "ed") {
		return
	}
	if start, _ := subtreeSpan(ns, c); ns[start-1].Form != "," && ns[start].Form != "," {
		return
	}
	for k := c + 1; k < len(ns); k++ {
		if ns[k].Head == r {
			ns[k].Head = c // the full stop goes with the verb
		}
	}
	ns[r].UPOS, ns[r].XPOS = "NOUN", "NN"
	ns[c].Head, ns[c].Rel = -1, "root"
	ns[r].Head, ns[r].Rel = c, "nsubj"
	ns[p].Rel, ns[p].XPOS = "acl", "VBN"
}

// repairRelativeBeforeVerb reads a noun root with a relative clause set off by commas
// whose verb the parser gave the sentence's verb as a clause ("The strike, which was
// carried out by X, killed Y", with "killed" hung on "carried"): that verb, after the
// closing comma, with an object and no subject, marker or conjunction of its own, becomes
// the root and the noun its subject.
func repairRelativeBeforeVerb(ns []node) {
	r := -1
	for i, n := range ns {
		if n.Head < 0 {
			r = i
		}
	}
	if r < 0 || r+2 >= len(ns) || !nominal(ns[r].UPOS) || ns[r+1].Form != "," {
		return
	}
	for c := r + 3; c < len(ns); c++ {
		p := ns[c].Head
		if p <= r || ns[p].Head != r || ns[p].Rel != "acl:relcl" || ns[c].Rel != "advcl" && ns[c].Rel != "conj" {
			continue
		}
		if ns[c].UPOS != "VERB" || ns[c].XPOS != "VBD" && ns[c].XPOS != "VBN" || ns[c-1].Form != "," || childRel(ns, c, "obj") < c || hasChild(ns, c, "nsubj") || hasChild(ns, c, "mark") || hasChild(ns, c, "cc") {
			return
		}
		rootOverSubject(ns, r, c)
		return
	}
}

// repairCopulaAfterRelative reads a copula predicate after a relative clause set off by
// commas ("X, which the government calls a group, is part of Y"; "X, which ..., is part
// of Y, a spokesman said") that the parser hung inside the clause as a conjunct or on the
// subject as punctuation (or an apposition, which takes no copula): the predicate, with no subject of its own, is the clause of
// the noun the relative clause modifies, which becomes its subject (the root's, or a
// reporting verb's complement after it).
func repairCopulaAfterRelative(ns []node) {
	for p := range ns {
		c := childRel(ns, p, "cop")
		if c < 2 || ns[c-1].Form != "," || ns[p].Rel != "conj" && ns[p].Rel != "punct" && ns[p].Rel != "appos" || hasChild(ns, p, "nsubj") {
			continue
		}
		r := -1 // the relative clause the predicate follows
		for k := c - 2; k > 0; k-- {
			if ns[k].Rel == "acl:relcl" && ns[k].Head >= 0 && ns[k].Head < k && nominal(ns[ns[k].Head].UPOS) && (descends(ns, p, k) || ns[p].Head == ns[k].Head) {
				r = k
			}
		}
		if r < 0 {
			continue
		}
		n := ns[r].Head
		if _, end := subtreeSpan(ns, r); end > c-1 && !descends(ns, p, r) {
			continue
		}
		switch v := ns[n].Head; {
		case v < 0:
			rootOverSubject(ns, n, p)
		case ns[n].Rel == "nsubj" && v > p && reportVerbsTree[ns[v].Lemma]:
			ns[p].Head, ns[p].Rel = v, "ccomp"
			ns[n].Head, ns[n].Rel = p, "nsubj"
		}
		return
	}
}

// rootOverSubject makes verb c the root and the nominal root r its subject, with the
// tokens after c that hung on r (the full stop) going with the verb.
func rootOverSubject(ns []node, r, c int) {
	for k := c + 1; k < len(ns); k++ {
		if ns[k].Head == r {
			ns[k].Head = c
		}
	}
	ns[c].Head, ns[c].Rel = -1, "root"
	ns[r].Head, ns[r].Rel = c, "nsubj"
}

// repairApposedVerb reads a name at the root with an apposition set off by commas whose
// head the parser gave the sentence's finite verb as a reduced relative ("X, the trade
// minister, repeated the threat" read as "the minister repeated"): the verb right after
// the apposition's closing comma, with no subject of its own, becomes the root and the
// name its subject; what else hung on the name after the verb is the verb's.
func repairApposedVerb(ns []node) {
	r := -1
	for i, n := range ns {
		if n.Head < 0 {
			r = i
		}
	}
	if r < 0 || ns[r].UPOS != "PROPN" {
		return
	}
	for a := r + 1; a < len(ns); a++ {
		if ns[a].Head != r || ns[a].Rel != "appos" || ns[a].UPOS != "NOUN" {
			continue
		}
		_, end := subtreeSpan(ns, a)
		// The subtree of a holds the verb: find the comma that closes the apposition.
		c := a + 1
		for c < len(ns) && ns[c].Form != "," {
			c++
		}
		f := c + 1
		if c >= len(ns) || f >= end || ns[f].Head != a || ns[f].Rel != "acl" || ns[f].UPOS != "VERB" || hasChild(ns, f, "nsubj") {
			return
		}
		if !finiteVerb(ns[f].XPOS) && !(ns[f].XPOS == "VBN" && hasChild(ns, f, "obj")) {
			return // a participle with no object is the reduced relative it was read as
		}
		ns[f].Head, ns[f].Rel, ns[f].XPOS = -1, "root", "VBD"
		for k := f + 1; k < len(ns); k++ {
			if ns[k].Head == r {
				ns[k].Head = f
			}
		}
		ns[r].Head, ns[r].Rel = f, "nsubj"
		return
	}
}
