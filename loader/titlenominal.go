package loader

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Titles given to a person in the tree: "X served as the Croatian ambassador to Spain",
// "X was named Croatia's foreign minister", "X became the Croatian defence minister", "X
// is the Croatian foreign minister", "X, a former US envoy". The title noun's body is a
// demonym or a possessor before it, or "of Y" after it ("ambassador to Y" names the host,
// not the body); the title's role decides the facts, as for a title before a name
// (roleFacts).

// becomeVerbsTree give their subject the title of their complement.
var becomeVerbsTree = wordSet("becomeVerbsTree")

// successionVerbsTree give their active subject the title of their "as" phrase: "X
// succeeded Y as leader of Z", "X replaced Y as head of Z", "X took over as chairman".
var successionVerbsTree = wordSet("successionVerbsTree")

// leaveVerbsTree give their active subject the title of their "as" phrase, a post the
// subject held until then: "X resigned as the party's treasurer", "X stood down as leader
// of Z".
var leaveVerbsTree = wordSet("leaveVerbsTree")

// titleNominals adds the facts of the titles the tree gives to the person mentions of v.
func titleNominals(v *sentenceView, fs *factSet, t *tree, tms []treeMention, at []int) {
	for k, m := range tms {
		p := v.ent(k)
		if p == nil || p.Class != schema.Person || m.Start < 0 || m.End > len(at) || at[m.Start] != k {
			continue
		}
		h := t.spanHead(m.Start, m.End)
		for _, n := range t.titleNodesOf(h) {
			role, text, ok := t.titleAt(n)
			if !ok {
				continue
			}
			if (role == roleLeader || role == roleCommand) && (t.subordinateTitle(n) || t.indefinite(n) || t.staffDirectorNode(n) || t.directorOfField(n)) {
				role = roleMember // "deputy director of X", "a director of X", "the campaign director of X"
			}
			bodies := t.titleBodyNodes(n, text)
			if persons := t.personConjuncts(h, tms, at); len(persons) > 1 && t.pluralNoun(n) {
				t.respectiveTitles(v, fs, tms, persons, bodies, role, text, at)
				continue // "A and B, the leaders of X and Y": each name its body
			} else if t.pluralNoun(n) && role == roleLeader {
				role = roleMember // "X, one of the leaders of Y", "X and Y were named directors of Z"
			}
			ofAfter := len(bodies) > 1 || n+1 < len(t.nodes) && t.lemma(n+1) == "of" // a body after the title
			for _, b := range bodies {
				if bk := t.mentionAt(b, at); bk >= 0 && bk != k {
					r := role
					if e := v.ent(bk); e != nil && b < n && ofAfter && isParty(e) {
						r = roleMember // "the Democratic chairman of the X Committee": a Democrat
					}
					roleFacts(v, fs, p, r, text, v.ent(bk), v.n)
				}
			}
		}
	}
}

// titleNodesOf returns the nouns that give person node h a title: its appositions, the
// predicate nominal it is the subject of, and the "as" or open complement of a verb of
// becoming whose subject (or passive subject) it is, also through a relative clause on h
// ("X, who became leader of Y").
func (t *tree) titleNodesOf(h int) []int {
	var out []int
	for _, c := range t.kids[h] {
		if t.rel(c) == "appos" && t.nodes[c].UPOS == "NOUN" {
			out = append(out, c)
		}
		if t.nodes[c].Rel == "acl:relcl" && t.nodes[c].UPOS == "VERB" {
			if k := t.child(c, "nsubj"); k >= 0 && t.nodes[k].UPOS == "PRON" && relativePronouns[t.lemma(k)] {
				out = append(out, t.verbTitles(c, t.nodes[k].Rel == "nsubj")...)
			}
		}
	}
	g := t.nodes[h].Head
	if g < 0 || t.rel(h) != "nsubj" {
		return out
	}
	if t.nodes[g].UPOS == "NOUN" && t.child(g, "cop") >= 0 && !t.negatedOrUnreal(g) {
		out = append(out, g)
	}
	if t.nodes[g].UPOS == "VERB" {
		out = append(out, t.verbTitles(g, t.nodes[h].Rel == "nsubj")...)
	}
	return out
}

// verbTitles returns the title nouns verb g gives its subject: the open complement, "as"
// phrase or passive object of a verb of becoming, or the "as" phrase of a verb of
// succession in the active voice ("X succeeded Y as leader of Z", "X took over as head
// of Z": the subject holds the post now, so a passive "Y was replaced as leader" gives
// nothing), or of a verb of leaving a post ("X resigned as treasurer of Z": held until
// then).
func (t *tree) verbTitles(g int, active bool) []int {
	if t.negatedOrUnreal(g) {
		return nil
	}
	var out []int
	lemma := t.lemma(g)
	switch {
	case becomeVerbsTree[lemma]:
		for _, c := range t.kids[g] {
			if t.nodes[c].UPOS == "NOUN" && (t.rel(c) == "xcomp" || t.rel(c) == "obj" && t.child(g, "nsubj:pass") >= 0) || t.asPhrase(c) {
				out = append(out, c)
			}
		}
	case (successionVerbsTree[lemma] || leaveVerbsTree[lemma]) && active:
		for _, c := range t.kids[g] {
			if t.asPhrase(c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// asPhrase reports whether node c is a noun phrase of a verb marked by "as" ("as
// leader", "sworn in as president"); its head may be tagged an adjective ("as chief
// executive"), which titleAt then reads as a title or not.
func (t *tree) asPhrase(c int) bool {
	if t.rel(c) != "obl" || t.nodes[c].UPOS != "NOUN" && t.nodes[c].UPOS != "ADJ" {
		return false
	}
	m := t.caseOf(c)
	return m == "as" || strings.HasSuffix(m, " as")
}

// titleAt returns the role and text of the title a noun names with its lower-case
// modifiers ("defence minister", "ambassador").
func (t *tree) titleAt(n int) (titleRole, string, bool) {
	words := []string{t.lemma(n)}
	for k := n - 1; k >= 0 && t.nodes[k].Head == n && (t.rel(k) == "compound" || t.rel(k) == "amod") && !startsUpper(t.nodes[k].Form); k-- {
		words = append([]string{strings.ToLower(t.nodes[k].Form)}, words...)
	}
	for len(words) > 0 {
		text := strings.Join(words, " ")
		if r, ok := titleLex().titles[text]; ok && r != roleHonorific {
			return r, text, true
		}
		words = words[1:]
	}
	return 0, "", false
}

// titleBodyNodes returns the nodes that name a title's body: a capitalised modifier or a
// possessor before the noun, or "of Y" after it.
func (t *tree) titleBodyNodes(n int, title string) []int {
	var out []int
	for _, k := range t.kids[n] {
		switch r := t.nodes[k].Rel; {
		case r == "nmod:poss", (r == "amod" || r == "compound") && startsUpper(t.nodes[k].Form):
			out = append(out, k)
		case t.rel(k) == "nmod" && t.caseOf(k) == "of":
			out = append(out, k)
		}
	}
	return out
}

// staffDirectorNode reports whether title noun n is a director of one field of its body,
// after a lower-case noun or a hyphenated field ("X is the campaign director of Y", "the
// anti-piracy director of Y"): a member, not the head, as staffDirector reads it before a
// name. A modifier of titles or of heads ("former", "executive") keeps the head.
func (t *tree) staffDirectorNode(n int) bool {
	if t.lemma(n) != "director" {
		return false
	}
	for _, k := range t.kids[n] {
		if k > n || t.rel(k) != "compound" && t.rel(k) != "amod" || startsUpper(t.nodes[k].Form) {
			continue
		}
		l := t.hyphenForm(k)
		if staffDirectorModifiers[l] || fieldHyphenModifier(l) || t.rel(k) == "compound" && t.nodes[k].UPOS == "NOUN" && !strings.Contains(l, "-") && !titleLex().modifiers[l] && !headDirectorModifiers[l] {
			return true
		}
	}
	return false
}

// hyphenForm returns the lower-case form of node k, joined to the word before it when a
// tokeniser split a hyphenated modifier ("long", "-", "time" is "long-time").
func (t *tree) hyphenForm(k int) string {
	l := strings.ToLower(t.nodes[k].Form)
	if k >= 2 && t.nodes[k-1].Form == "-" && t.nodes[k-1].Start == t.nodes[k-2].End && t.nodes[k].Start == t.nodes[k-1].End {
		return strings.ToLower(t.nodes[k-2].Form) + "-" + l
	}
	return l
}

// constituencyTitle reports whether a title is a legislator's or a local head's, whose "of"
// phrase after the name names the state, province or city the holder serves ("Senator X of
// Georgia", "Governor Y of Punjab"), not a country the holder belongs to.
func constituencyTitle(title string) bool {
	f := strings.Fields(strings.ToLower(title))
	return len(f) > 0 && constituencyTitles[strings.Trim(f[len(f)-1], ".")]
}

// constituencyTitles are the last words of legislators' and local heads' titles.
var constituencyTitles = wordSet("constituencyTitles")

// possessorOfPlace returns the country or place mention whose possessive stands just
// before place mention m ("Pakistan's Sindh province", "Iraq's Anbar province", "Kenya's
// Rift Valley", "Nairobi's Moi Avenue", "Nairobi's new X Airport"), or -1: the place is the possessor's. Not a
// demonym, nor a place glued to what follows ("Russia's Moscow-backed"), before a title,
// or that the lexicon puts in another country.
func possessorOfPlace(v *sentenceView, m mention) int {
	j := m.Start - 1
	for n := 0; n < 2 && j > 1 && !v.ws[j].Cap && placeModifiers[v.ws[j].Lower]; n++ {
		j-- // "Nairobi's new Kenyatta Airport"
	}
	if j < 1 || v.ws[j].Key != "s" || v.ws[j].Hyph || m.End < len(v.ws) && v.ws[m.End].Hyph {
		return -1
	}
	c := v.at[j-1]
	if c < 0 || v.ms[c].End != j || v.ms[c].Kind != mName || v.ms[c].ent == nil {
		return -1
	}
	if v.ms[c].Class == schema.Place {
		if home := placeCountry(m); home != "" && home != placeCountry(v.ms[c]) {
			return -1 // the lexicon puts them in different countries
		}
		return c
	}
	if v.ms[c].Class != schema.Country {
		return -1
	}
	if m.End < len(v.ws) && isTitleWord(v.ws[m.End].Key) {
		return -1 // "Britain's Europe Director X": a post's field, not a place
	}
	if s := v.ms[c].Start; s > 0 && namingVerbs[v.ws[s-1].Lower] {
		return -1 // "dubbed Britain's Guantanamo Bay": a likeness
	}
	if home := placeCountry(m); home != "" && home != v.ms[c].ent.Name {
		return -1 // the lexicon places it in another country
	}
	return c
}

// placeCountry returns the country the lexicon or the mention gives place mention m, or "".
func placeCountry(m mention) string {
	if m.Country != "" {
		return m.Country
	}
	if m.ent != nil {
		return m.ent.Country
	}
	return ""
}

// namingVerbs give a thing a name it does not have ("dubbed X's Y", "called it Y").
var namingVerbs = wordSet("namingVerbs")

// legislatorFromFacts reads a legislator's title with the district he was elected in
// between it and his name: "United States Senator from Vermont X", "U.S. Representative
// from Ohio Y" give X a member of the country before the title, and his nationality.
func legislatorFromFacts(v *sentenceView, fs *factSet) {
	for i := 1; i+3 < len(v.ws); i++ {
		role, n, text := matchTitle(v.ws, i)
		if n == 0 || v.at[i] >= 0 || !legislatorTitle(text) || v.ws[i+n].Lower != "from" {
			continue
		}
		c := v.at[i-1]
		place := v.mentionStarting(i + n + 1)
		if c < 0 || v.ms[c].ent == nil || v.ms[c].ent.Class != schema.Country || place < 0 || v.ms[place].Class != schema.Place {
			continue
		}
		p := v.mentionStarting(v.ms[place].End)
		if p < 0 || v.ms[p].Class != schema.Person || v.ms[p].Title != 0 {
			continue
		}
		roleFacts(v, fs, v.ent(p), role, text, v.ms[c].ent, v.n)
	}
}

// memberTitle reports whether title noun n with its lower-case modifiers is a post in its
// body by the title table or as a staff director ("the commercial director of X", "the
// campaign director of X"), though its head noun alone heads a body ("director").
func (t *tree) memberTitle(n int) bool {
	role, _, ok := t.titleAt(n)
	return ok && role == roleMember || t.staffDirectorNode(n) || t.directorOfField(n)
}

// directorOfField reports whether director noun n has an "of" or "for" phrase that names
// a field with a bare lower-case noun ("Y's director of research", "director for
// development of new products"): the director of a part of the body named elsewhere.
func (t *tree) directorOfField(n int) bool {
	if t.lemma(n) != "director" {
		return false
	}
	for _, k := range t.kids[n] {
		if k < n || t.rel(k) != "nmod" || t.nodes[k].UPOS != "NOUN" || startsUpper(t.nodes[k].Form) {
			continue
		}
		if c := t.caseOf(k); c != "of" && c != "for" {
			continue
		}
		if t.child(k, "det") < 0 && t.child(k, "nmod:poss") < 0 {
			return true
		}
	}
	return false
}
