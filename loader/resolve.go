package loader

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/schema"
)

// entity is one referent of a document: the mentions resolution put together.
type entity struct {
	Name       string
	Class      schema.Class
	IRI        schema.IRI
	Country    string            // a state body's country (from "Syrian army"), or ""
	aliases    map[string]bool   // surface forms seen in the document
	dropMiddle map[string]string // a person's aliases made by leaving out a middle word: that word
	tokens     []string          // the name's keys without particles, for person matching
	collective bool
	armedBody  bool // named before a noun of armed members ("the X guerrillas")
	inFact     bool
	canonical  bool            // Name comes from a lexicon: do not replace it
	ord        int             // position in the resolver's list, for a deterministic first match
	forms      map[string]int  // a person's full names as written, with their counts
	formOrder  []string        // the keys of forms in first-seen order
	written    map[string]int  // every surface form of a mention resolved to it, with counts
	gender     byte            // a person's, from a title ("Mr", "Queen"): 'm', 'f' or 0 unknown
	unnamed    bool            // a person with no name ("a spokesman"), for the pronouns only
	firstSent  int             // a person's: the sentence (from 1) that first gives the full name
	relative   bool            // a person's: named after a kinship noun ("his son X")
	givenOnly  bool            // a person's: one name after a royal title, a given name ("Crown Prince Frederik")
	posts      map[string]bool // a person's: the keys of the posts its titles give it (notePost)
	styled     bool            // a person's: its surname alone is written under a peer's style
	kinOf      byte            // a relative's: the gender of the possessive before its kin noun ("his wife, X": 'm')
	members    []*entity       // a group's: the entities "they" stands for ("A and B ... they"; bodypronoun.go)
	company    bool            // an organisation's: described as a company in the document ("the broadcaster X"; describedCompanies)
	key, keyOf string          // schema.NameKey(keyOf), kept by nameKey while Name is keyOf
	keyWords   []string        // strings.Fields(key), made by nameWords, nil until then
}

// nameKey returns schema.NameKey(e.Name), made again only when Name has changed: the
// readers ask for it of the same entity at every mention.
func (e *entity) nameKey() string {
	if e.key == "" || e.keyOf != e.Name {
		e.key, e.keyOf, e.keyWords = schema.NameKey(e.Name), e.Name, nil
	}
	return e.key
}

// nameWords returns the words of e's name key, strings.Fields(e.nameKey()), made once per
// name: the resolver's searches for a short form read them of every entity of the
// document, for every bare word. The caller must not change them.
func (e *entity) nameWords() []string {
	k := e.nameKey()
	if e.keyWords == nil {
		e.keyWords = strings.Fields(k)
	}
	return e.keyWords
}

// keyHoldsPhrase reports whether one of phrases stands in name key k as whole words, as
// strings.Contains(" "+k+" ", " "+p+" ") does, without making those strings.
func keyHoldsPhrase(k string, phrases []string) bool {
	for _, p := range phrases {
		if keyHoldsWord(k, p) {
			return true
		}
	}
	return false
}

// keyHoldsWord reports whether phrase p stands in name key k as whole words.
func keyHoldsWord(k, p string) bool {
	if p == "" {
		return strings.Contains(" "+k+" ", "  ")
	}
	for from := 0; from+len(p) <= len(k); {
		i := strings.Index(k[from:], p)
		if i < 0 {
			return false
		}
		i += from
		if (i == 0 || k[i-1] == ' ') && (i+len(p) == len(k) || k[i+len(p)] == ' ') {
			return true
		}
		from = i + 1
	}
	return false
}

// wrote records one more mention of e written as text.
func (e *entity) wrote(text string) {
	if e.written == nil {
		e.written = map[string]int{}
	}
	e.written[text]++
}

// countForm records one more writing of a person's full name.
func (e *entity) countForm(name string) {
	if e.forms == nil {
		e.forms = map[string]int{}
	}
	if e.forms[name] == 0 {
		e.formOrder = append(e.formOrder, name)
	}
	e.forms[name]++
}

// bestForm names a person by the fullest of its written full names, then the most
// common, then the first written.
func (e *entity) bestForm() string {
	best, bestToks, bestIni, bestN := "", 0, 0, 0
	for _, f := range e.formOrder {
		toks := nameTokens(f)
		t, ini, n := len(toks), 0, e.forms[f]
		for _, w := range toks {
			if utf8.RuneCountInString(w) == 1 {
				ini++ // "Dan Kestrel" is fuller than "D Kestrel"
			}
		}
		if t > bestToks || t == bestToks && (ini < bestIni || ini == bestIni && n > bestN) {
			best, bestToks, bestIni, bestN = f, t, ini, n
		}
	}
	return best
}

func (e *entity) schema() schema.Entity {
	return schema.Entity{IRI: e.IRI, Name: e.Name, Class: e.Class}
}

// resolver groups the mentions of one document into entities.
type resolver struct {
	ents  []*entity
	byKey map[string]*entity // class + "|" + key

	// Indexes built on first use in pass 2, when names no longer change: the
	// organisations by the initials of their names, and the full-name persons by last
	// name (reset when a full-name person is added).
	acr    map[string]*entity
	byLast map[string][]*entity
	lasts  map[string][]string // the keys of byLast by variant block, in first-seen order

	// persons indexes every person by the variant blocks of its last name (entries may be
	// stale after a name changes: users check the current tokens).
	persons map[string][]*entity

	ambiguous bool // the last surname() call found several persons of the document

	shortForms map[string]string // a body's short name (key) -> its one long name in the document (bodyShortForms)

	// The mention pass 2 is reading: its sentence (from 1) and the gender its title says.
	cur        int
	curGender  byte
	peerGender bool   // the title is a peer's of one gender ("Lord", "Baroness")
	style      string // the peer's title of the mention being read (peerStyle)
}

func classKey(c schema.Class, key string) string { return string(c) + "|" + key }

// nameTokens returns the keys of a name's words without particles and titles.
func nameTokens(name string) []string {
	var out []string
	for t := range strings.FieldsSeq(schema.NameKey(name)) {
		if particles[t] {
			continue
		}
		out = append(out, t)
	}
	return out
}

// resolveDocument assigns an entity to every mention of the document. It reads the
// document alone: resolution across documents is a later stage (internal/resolve), over
// the EntityNames the emission stage gives each entity.
func resolveDocument(sents [][]word, ms [][]mention) []*entity {
	r := &resolver{byKey: map[string]*entity{}, persons: map[string][]*entity{}}
	defs := linkDefinitions(sents, ms)
	r.shortForms = bodyShortForms(sents, ms)
	// Pass 1: names from the lexicon and full names.
	for si := range ms {
		for k := range ms[si] {
			m := &ms[si][k]
			r.resolveNamed(sents[si], m)
			notePost(sents[si], m)
			if c := titleState(m.TitleText); c != "" {
				r.get(schema.Country, c, true) // "Taoiseach X": the state the title names
			}
			notePersonIntro(sents[si], m, si+1)
		}
	}
	// Pass 2: acronyms, surnames and unclassified single words, and pronouns.
	noteGenders(ms) // a pronoun of one gender skips a person a title or given name gives the other
	var pr pronouns
	for si := range ms {
		pr.newSentence()
		pr.clause(sents[si])
		un := unnamedPersons(sents[si], ms[si])       // "a spokesman said he": not the person before
		un = withCapitalTitles(un, sents[si], ms[si]) // "the Crown Prince paid ...; he": the Crown Prince
		for k := range ms[si] {
			m := &ms[si][k]
			un = pr.unnamedBefore(un, m.Start)
			if m.Kind == mPronoun {
				if !firstPersonPronouns[sents[si][m.Start].Lower] {
					pr.resolve(sents[si], m)
					pr.noteMain(m.ent, m.Start, false)
				}
				continue
			}
			r.cur, r.curGender = si+1, titleGender(m)
			r.peerGender = r.curGender != 0 && peerTitles[strings.ToLower(strings.TrimSuffix(m.TitleText, "."))]
			r.style = peerStyle(sents[si], m)
			if m.ent == nil && !r.resolveRest(sents[si], m, defs[[2]int{si, k}]) {
				if r.ambiguous {
					// "Arnaud found success where he met Y" with two Arnauds named: "he" is
					// that Arnaud, whoever he is, never the person named before him.
					pr.named(&entity{unnamed: true})
				}
				continue
			}
			notePost(sents[si], m)
			if m.ent.Class == schema.Person {
				noteGender(m)
				pr.named(m.ent)
				pr.noteMain(m.ent, m.Start, true)
				pr.coordinate(sents[si], m)
				pr.titled(m)
			}
		}
		pr.unnamedBefore(un, len(sents[si]))
		bindFirstPerson(sents[si], ms[si]) // "I met X," she said
	}
	// Pass 3: each entity's name and IRI in the document.
	for _, e := range r.ents {
		e.finish()
	}
	return r.ents
}

// resolveNamed is pass 1 of resolveDocument for mention m of sentence ws: a lexicon's
// name, a full person name, or an organisation's or place's name gets its entity;
// pronouns, acronyms, surnames and single words wait for pass 2.
func (r *resolver) resolveNamed(ws []word, m *mention) {
	switch {
	case m.Kind == mPronoun:
		return
	case m.Canon != "":
		m.ent = r.get(m.Class, m.Canon, true)
		if m.Kind == mCollective {
			m.ent.collective = true
		}
		if missionName(m.Canon) {
			r.bodyCountry(m) // "the Dutch embassy in Kabul" is the Netherlands'
		}
	case m.Class == schema.Person && m.Title == 0 && r.byKey[classKey(schema.Organization, schema.NameKey(m.Text))] != nil:
		// "the issue of Magyar Hirlap" after "the daily Magyar Hirlap": the body named
		// before, not a person guessed from the shape of the name.
		m.ent = r.byKey[classKey(schema.Organization, schema.NameKey(m.Text))]
	case m.Class == schema.Person && len(nameTokens(m.Text)) >= 2:
		m.ent = r.leadingWord(ws, m)
		if m.ent == nil && (m.Title == 0 || hyphenatedSurname(m)) {
			m.ent = r.tailOf(m.Text)
		}
		if m.ent == nil {
			m.ent = r.relativeNamed(ws, m)
		}
		if m.ent == nil {
			m.ent = r.person(m.Text)
		}
		m.ent.countForm(cleanName(m.Text))
	case m.Class == schema.Organization || m.Class == schema.Place:
		if m.Class == schema.Organization && (isAcronym(m.Text) || particleName(m.Text)) {
			return // pass 2: may stand for a name spelled out, or be a surname
		}
		r.resolveBody(m)
		if m.ent != nil && m.armedNoun {
			m.ent.armedBody = true
		}
	}
	if m.ent != nil && !m.shortForm {
		// (A short form is no name of the body's: across documents, another "Supreme
		// Court" is not "the U.S. Supreme Court".)
		m.ent.aliases[cleanName(m.Text)] = true
		m.ent.wrote(cleanName(m.Text))
		if m.ent.Class == schema.Person {
			// "Ali Hosseini Khamenei" is also written "Ali Khamenei".
			// Not "Amani Jr" of "Amani Odera Jr.", nor "J. Odera" of "J. Amani Odera"; nor
			// when the first word is no given name the lexicons know: "Tembo Adhiambo Mwangi"
			// (a name of another order) or "Sprinter Kelly Holmes" would give "Tembo Mwangi"
			// and "Sprinter Holmes", which join other people across documents.
			// Nor when the short form is another person's of the document ("X Y ... her
			// mother, X Z Y").
			if f := strings.Fields(cleanName(m.Text)); len(f) == 3 && r.freeKey(f[0]+" "+f[2], m.ent) && !strings.Contains(m.Text, "-") && !particles[strings.ToLower(f[1])] && len(f[1]) > 2 && !nameSuffixKeys[schema.NameKey(f[2])] && utf8.RuneCountInString(schema.NameKey(f[0])) > 1 && knownGivenName(f[0]) {
				m.ent.aliases[f[0]+" "+f[2]] = true
				if m.ent.dropMiddle == nil {
					m.ent.dropMiddle = map[string]string{}
				}
				m.ent.dropMiddle[f[0]+" "+f[2]] = f[1]
			}
		}
	}
}

// resolveBody gives the organisation or place name m its entity, a ministry by its one
// name, and a body named with a country's demonym that country too.
func (r *resolver) resolveBody(m *mention) {
	if name, ok := ministryName(cleanName(m.Text), m.Country); ok && m.Class == schema.Organization {
		m.ent = r.get(m.Class, name, true)
	} else if long, ok := r.shortForms[schema.NameKey(m.Text)]; ok && m.Class == schema.Organization {
		m.ent = r.get(m.Class, long, false) // "People's Party" after "the Ruritanian People's Party"
		m.shortForm = true
	} else if e := r.firmShort(schema.NameKey(m.Text)); e != nil && m.Class == schema.Organization && !strings.Contains(schema.NameKey(m.Text), " ") {
		m.ent = e // "bought all of Kestrel" after "Kestrel Corp": the firm named in full
	} else {
		m.ent = r.get(m.Class, cleanName(m.Text), false)
	}
	r.bodyCountry(m)
}

// bodyShortForms maps the key of a body's name of two words or more that the document
// also writes with one or two capitalised words before it, none an English word, or with
// "Party" after it where the short form stands before a lower-case "party" ("the Raksa
// Chart party")
// ("People's Party" and "the Ruritanian People's Party"; not "Security Council" and the
// "National Security Council") to that longer name, when the document writes exactly one
// such longer name: the short form is then that body's. With two ("the Ruritanian
// People's Party" and "the Velkan People's Party") the short form is left alone.
func bodyShortForms(sents [][]word, ms [][]mention) map[string]string {
	names := map[string]string{}     // key -> name, of the document's unknown bodies
	beforeParty := map[string]bool{} // keys of those written before a lower-case "party"
	for si, sm := range ms {
		for _, m := range sm {
			if m.Class == schema.Organization && m.Kind == mName && m.Canon == "" && !isAcronym(m.Text) {
				key := schema.NameKey(m.Text)
				names[key] = cleanName(m.Text)
				if ws := sents[si]; m.End < len(ws) && ws[m.End].Lower == "party" && !ws[m.End].Cap {
					beforeParty[key] = true
				}
			}
		}
	}
	longs := map[string][]string{}
	for key, name := range names {
		f := strings.Fields(key)
		tail := 0
		if f[len(f)-1] == "party" {
			tail = 1 // "the Thai Raksa Chart party" after "the Thai Raksa Chart Party"
		}
		for t := 0; t <= tail; t++ {
			for cut := 0; cut <= 2 && len(f)-cut-t >= 2; cut++ {
				short := strings.Join(f[cut:len(f)-t], " ")
				if _, ok := names[short]; ok && short != key && (t == 0 || beforeParty[short]) && isCapitalised(name) && !anyCommon(f[:cut]) && !slices.Contains(longs[short], name) {
					longs[short] = append(longs[short], name)
				}
			}
		}
	}
	out := map[string]string{}
	for short, ls := range longs {
		if len(ls) == 1 {
			out[short] = ls[0]
		}
	}
	return out
}

// anyCommon reports whether one of the lower-case words ws is an English word of
// commonwords.txt: "National Security Council" is no long form of "Security Council".
func anyCommon(ws []string) bool {
	for _, w := range ws {
		if lex().common[w] {
			return true
		}
	}
	return false
}

// missionName reports whether a canonical name is a diplomatic mission's, as
// mention.go's missionIn writes it ("Netherlands embassy in Kabul"). A country's armed
// forces, also named by the lexicon's canonical name, keep their reading: giving them
// their country adds facts the development gold does not hold (a commander's nationality).
func missionName(canon string) bool {
	c := strings.ToLower(canon)
	return strings.Contains(c, " embassy in ") || strings.Contains(c, " consulate in ")
}

// bodyCountry gives the entity of a body named with a country (its demonym, name or
// possessive: "the Dutch embassy in Kabul", "Kenya's army") that country, and makes the
// country's entity.
func (r *resolver) bodyCountry(m *mention) {
	if m.Country != "" && m.ent.Country == "" {
		m.ent.Country = m.Country
	}
	if m.Country != "" && m.Class == schema.Organization {
		r.get(schema.Country, m.Country, true) // the country it names
	}
}

// resolveRest is pass 2 of resolveDocument for a mention m of sentence ws that pass 1
// left without an entity: an acronym (def is the name the sentence defines it for, if
// any), a surname, or a single word. It reports whether m got an entity.
func (r *resolver) resolveRest(ws []word, m *mention, def *mention) bool {
	text := cleanName(m.Text)
	switch {
	case isAcronym(text):
		r.resolveAcronym(ws, m, text, def)
	case m.Class == schema.Organization:
		// "al-Muhandis" after "Abu Mahdi al-Muhandis" is his surname; else a body.
		if e := r.surname(text); e != nil && !r.bodyStartsWith(text) {
			m.ent = e
		} else if e != nil {
			return false // "Kestrel" with "Ana Kestrel" and "the Kestrel Group": no telling
		} else {
			m.ent = r.get(schema.Organization, text, false)
			if k := initials(text); r.acr != nil && r.acr[k] == nil {
				r.acr[k] = m.ent
			}
			if m.Country != "" && m.ent.Country == "" {
				m.ent.Country = m.Country
			}
		}
	default:
		e := r.otherGender(m, text)
		if e == nil {
			e = r.peer(m, text)
		}
		if e != nil {
			m.ent, m.Class = e, e.Class
			e.aliases[text] = true
			e.wrote(e.Name) // not the surname alone, which documents join to the other person
			return true
		}
		if e := r.knightByGivenName(m, text); e != nil {
			m.ent, m.Class = e, e.Class // not a form of its name: "Alan" is no surname
			return true
		}
		m.ent = r.singleWord(m, text)
	}
	if m.ent == nil {
		return false
	}
	m.Class = m.ent.Class
	m.ent.aliases[text] = true
	m.ent.wrote(text)
	return true
}

// resolveAcronym gives acronym mention m (written text) the body the sentence defines it
// for (def), or the body whose initials it spells, or a body of its own.
func (r *resolver) resolveAcronym(ws []word, m *mention, text string, def *mention) {
	switch {
	case def != nil && def.ent != nil:
		// "the Northern Relief Front (NRF)": the acronym the sentence defines.
		m.ent = def.ent
		r.acronym(text, ws, m) // builds the index
		r.acr[strings.ToLower(strings.ReplaceAll(text, ".", ""))] = def.ent
	default:
		if e := r.acronym(text, ws, m); e != nil {
			m.ent = e
		} else if e := r.countryInitials(text); e != nil {
			m.ent = e // "NZ" in a document about New Zealand
		} else if len(strings.ReplaceAll(text, ".", "")) > 2 || bodyAcronymCue(ws, m) {
			m.ent = r.get(schema.Organization, text, false)
		}
		// Two capitals that spell no name of the document ("SA", "DJ", "CT") are no body:
		// a grade, a model, a unit or a country code as often as an organisation.
	}
}

// bodyAcronymCue reports whether the words around acronym mention m make it a body's: a
// title after it ("BT chairman X"; not a rank, which a team's captain shares), a possessive ("GM's sales"), a name before it whose
// legal suffix it is ("Peugeot SA"), a demonym before it ("the English FA"), or a
// preposition that takes a body ("Doug Williams of BT", "banned by the FA").
func bodyAcronymCue(ws []word, m *mention) bool {
	if m.Start > 0 && ws[m.Start-1].Cap && !ws[m.Start-1].Punct && companySuffixes[ws[m.Start].Key] {
		return true
	}
	if m.Start > 0 {
		if e, ok := lex().lookup(ws[m.Start-1].Key); ok && e.Kind == kindDemonym {
			return true // "the English FA": a country's body
		}
		q := m.Start - 1
		for q > 0 && q >= m.Start-2 && (ws[q].Lower == "the" || ws[q].Cap && !ws[q].Punct) {
			q-- // "by the English FA"
		}
		if p := ws[q].Lower; (p == "of" || p == "by" || p == "at" || p == "for" || p == "with") && (m.End >= len(ws) || !ws[m.End].Hyph) {
			return true // "Doug Williams of BT", "head of EA in Europe", "banned by the English FA"
		}
	}
	if m.End >= len(ws) {
		return false
	}
	n := ws[m.End]
	return n.Key == "s" && !n.Hyph || isTitleWord(n.Key) && !militaryRanks[n.Lower] || titleLex().modifiers[n.Lower]
}

// countryInitials returns the one country of the document whose name of two words or more
// the acronym text spells ("NZ" for New Zealand, "SA" for South Africa), or nil when none
// or several do ("SA" with South Africa and Saudi Arabia).
func (r *resolver) countryInitials(text string) *entity {
	want := strings.ToLower(strings.ReplaceAll(text, ".", ""))
	var found *entity
	for _, e := range r.ents {
		if e.Class != schema.Country || len(strings.Fields(e.Name)) < 2 || initials(e.Name) != want {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// singleWord returns the entity of a name m (written text) that is neither an acronym
// nor an organisation's: a person's surname, a place, a person, or a body the document
// named before; nil when none fits.
func (r *resolver) singleWord(m *mention, text string) *entity {
	if e := r.surname(text); e != nil {
		if m.Title == 0 && r.bodyStartsWith(text) {
			return nil // "Kestrel said" with "Ana Kestrel" and "the Kestrel Group": no telling
		}
		return e
	}
	if r.ambiguous {
		return nil // "Barnard" after "Donny Barnard" and "Lee Barnard": no one.
	}
	if m.personHint {
		return r.byGivenName(text) // "Qasim said he" after "Qasim bin Tarsa"; no one when none or two
	}
	if e := r.variant(text); m.PlaceHint && e != nil {
		return e
	}
	if e, ok := r.byKey[classKey(schema.Organization, schema.NameKey(text))]; m.PlaceHint && ok {
		return e // "to Kathimerini" after "the daily Kathimerini": the body named before
	}
	if m.PlaceHint {
		if e := r.shortBody(schema.NameKey(text)); e != nil && suffixedBody(e.Name) {
			return e // "an interest in Kestrel" after "Kestrel Corp": the company, no place
		}
	}
	switch {
	case m.PlaceHint:
		return r.get(schema.Place, text, false)
	case m.Class == schema.Person:
		e := r.get(schema.Person, text, false)
		e.tokens = nameTokens(text)
		if regnalTitles[strings.ToLower(strings.TrimSuffix(m.TitleText, "."))] {
			e.givenOnly = true
		}
		return e
	case m.Class == schema.Place:
		return r.get(schema.Place, text, false)
	}
	if e := r.firmShort(schema.NameKey(text)); m.orgHint && e != nil {
		return e // "Petrel's shares" after "Petrel Resources": the firm named in full
	}
	if e := r.knownHere(text); e != nil || !m.orgHint {
		return e // "Energean has committed", after "the gas producer Energean"
	}
	return r.get(schema.Organization, text, false) // "Rappler reported": an outlet
}

// knightByGivenName returns the person a knighthood or damehood names by the given name
// alone ("Sir Alan" after "Sir Alan Farrow", "Dame Ellen" after "Dame Ellen Carver"):
// the one full-name person of the document whose given name the word is; nil when none
// or several.
func (r *resolver) knightByGivenName(m *mention, text string) *entity {
	if !givenNameTitles[strings.ToLower(strings.TrimSuffix(m.TitleText, "."))] {
		return nil
	}
	return r.byGivenName(text)
}

// regnalTitles are the royal titles written before a given name alone ("King Salman",
// "Crown Prince Frederik"): that name is no surname to join by spelling across documents.
var regnalTitles = phraseSet("regnalTitles")

// givenNameTitles are the titles written before a given name alone ("Sir Alan").
var givenNameTitles = wordSet("givenNameTitles")

// finish gives e its name and IRI in the document: a person not named by a lexicon takes
// the best of its written full names.
func (e *entity) finish() {
	if e.Class == schema.Person && !e.canonical && len(e.forms) > 1 {
		if f := e.bestForm(); f != "" {
			e.Name = f
		}
	}
	e.IRI = schema.EntityIRI(e.Name)
}

// pronouns follows the persons a document names, for the pronouns after them. A pronoun
// is the last person named; one that opens a sentence is the first person of the last
// sentence that named one (the subject it continues). So is a subject pronoun ("he",
// "she") before any person its sentence names ("Four years later he became") when that
// subject was named, not itself a pronoun ("the spokesman said he believed Y" leaves Y as
// likely); and a second one after it ("He arrived after flying from X, where he met Y") is
// the same person: the last person of the sentence before, often its object, is not taken
// for it.
type pronouns struct {
	lastPerson, lastSubject, curSubject *entity
	byTitle                             []titledPerson      // the persons named with a title, in order
	persons                             []*entity           // the persons named so far, the last last
	namedHere                           bool                // whether the sentence has named a person yet
	lastNamed, curNamed                 bool                // whether those subjects were named, not pronouns
	partner                             map[*entity]*entity // the other person of the last "A and B" that named each
	prevEnt                             *entity             // the sentence's last person mention, and its end
	prevEnd                             int
	sentStart                           int     // the index in persons of the sentence's first person
	openEnd                             int     // the end of the sentence's opening adverbial clause, 0 for none
	mainSubject                         *entity // the first person of the sentence's main clause
	mainNamed                           bool
}

// openingSubordinators, openingPrepositions: see data/words.txt.
var (
	openingSubordinators = wordSet("openingSubordinators")
	openingPrepositions  = wordSet("openingPrepositions")
)

// clause notes where sentence ws's opening adverbial clause or phrase ends: at its first
// comma when a subordinator opens it ("After X resigned, Y won"), or a preposition with
// the comma at most eight words on ("In a letter to X, Y conceded"), or at most sixteen
// when a capitalised word follows the comma ("In a speech on the policies of X, Mr Y
// said": X, named in the phrase, is not the subject); else nowhere.
func (p *pronouns) clause(ws []word) {
	p.openEnd = 0
	if len(ws) == 0 || !openingSubordinators[ws[0].Lower] && !openingPrepositions[ws[0].Lower] {
		return
	}
	for i, w := range ws {
		if w.Text == "," {
			if openingSubordinators[ws[0].Lower] || i <= 8 || i <= 16 && i+1 < len(ws) && ws[i+1].Cap && !ws[i+1].Punct {
				p.openEnd = i // a longer phrase ends where a name follows its comma: "In a speech on the policies of X, Mr Y said"
			}
			return
		}
	}
}

// noteMain records e, a person of the sentence's mention starting at word start, as the
// main clause's subject when it is the first person after the opening clause and stands
// right after its comma (a title between at most).
func (p *pronouns) noteMain(e *entity, start int, named bool) {
	if p.mainSubject == nil && e != nil && start > p.openEnd && start <= p.openEnd+3 {
		p.mainSubject, p.mainNamed = e, named
	}
}

// newSentence starts a sentence.
func (p *pronouns) newSentence() {
	if p.mainSubject != nil && p.openEnd > 0 {
		p.curSubject, p.curNamed = p.mainSubject, p.mainNamed // "After X resigned, Y won": Y
	}
	if p.curSubject != nil {
		p.lastSubject, p.lastNamed = p.curSubject, p.curNamed
	}
	p.curSubject, p.mainSubject = nil, nil
	p.namedHere = false
	p.prevEnt = nil
	p.sentStart = len(p.persons)
}

// coordinate notes person mention m of sentence ws, named after the sentence's last
// person with only "and" or "or" and title words between ("A and B", "Minister A and
// Governor B", "places A or B would not be"): a pronoun after them that fits both stands
// for neither. A person named again alone loses the partner.
func (p *pronouns) coordinate(ws []word, m *mention) {
	if q := p.partner[m.ent]; q != nil {
		delete(p.partner, m.ent)
		if p.partner[q] == m.ent {
			delete(p.partner, q)
		}
	}
	if a := p.prevEnt; a != nil && a != m.ent && p.prevEnd < m.Start && m.Start <= p.prevEnd+4 && (ws[p.prevEnd].Lower == "and" || ws[p.prevEnd].Lower == "or") && capitalsBetween(ws, p.prevEnd+1, m.Start) {
		if p.partner == nil {
			p.partner = map[*entity]*entity{}
		}
		p.partner[a], p.partner[m.ent] = m.ent, a
	}
	p.prevEnt, p.prevEnd = m.ent, m.End
}

// capitalsBetween reports whether the words [i, j) of ws are capitalised words (a title).
func capitalsBetween(ws []word, i, j int) bool {
	for ; i < j; i++ {
		if !ws[i].Cap || ws[i].Punct {
			return false
		}
	}
	return true
}

// coordinated reports whether e was named in "A and B" with a person that a pronoun of
// gender g fits as well.
func (p *pronouns) coordinated(e *entity, g byte) bool {
	q := p.partner[e]
	return e != nil && g != 0 && q != nil && (q.gender == 0 || q.gender == g)
}

// resolve gives pronoun m of sentence ws its person.
func (p *pronouns) resolve(ws []word, m *mention) {
	if len(ws) > 0 && (fragmentOpeners[ws[0].Text] || !ws[0].Cap && fragmentOpeners[ws[0].Lower]) {
		m.ent = nil // ": finished fourth, as he had hoped", "could only finish fourth, as he": the lost start named him
		return
	}
	// "Yesterday, he held talks", "On Monday, she said": a pronoun after an opening phrase
	// and its comma, with no person before it, is the sentence's subject as one that opens it.
	opens := m.Start <= 1 || p.curSubject == nil && m.Start >= 2 && ws[m.Start-1].Text == ","
	opens = opens || p.inOpeningPhrase(ws, m) && p.moreSalient(p.lastSubject, p.lastPerson)
	if subjectPronouns[strings.ToLower(m.Text)] && !p.namedHere {
		if e := p.curSubject; e != nil {
			if g := pronounGender(m.Text); e.gender == 0 || e.gender == g {
				m.ent = e // the sentence's earlier pronoun, no person named between
				if p.coordinated(e, g) {
					m.ent = nil
				}
				return
			}
		}
		opens = opens || p.lastNamed
	}
	m.ent = pronounAntecedent(m, opens, p.lastPerson, p.lastSubject, p.persons)
	if m.ent != nil && m.ent == p.lastSubject && m.ent != p.lastPerson && !p.namedHere {
		// "A overthrew his father, B. He was known for ...": once a pronoun has taken the
		// subject over the nearer person, the subject is the last person referred to, and
		// a later "his" is A's, not B's.
		p.lastPerson = m.ent
	}
	if g := pronounGender(m.Text); m.ent != nil && m.ent.gender == 0 && g != 0 && p.namedHere {
		// "Cherie X criticised George Y's policies in an address she gave": a person of
		// the sentence whose name has the pronoun's gender beats one whose name has none.
		for i := len(p.persons) - 1; i >= p.sentStart && i >= 0; i-- {
			if p.persons[i].gender == g {
				m.ent = p.persons[i]
				break
			}
		}
	}
	if p.curSubject == nil {
		p.curSubject, p.curNamed = m.ent, false
	}
	if p.coordinated(m.ent, pronounGender(m.Text)) {
		m.ent = nil // "A and B arrived. He said": either
	}
	if m.ent != nil && m.ent.unnamed {
		m.ent = nil // a person with no name: nobody rather than the wrong person
	}
}

// fragmentOpeners are the punctuation marks and lower-case verbs that open a sentence only
// when its start was lost (a speaker's label or a linked subject's name dropped by
// scraping): its pronouns stand for someone that start named, not for the person named
// before.
var fragmentOpeners = wordSet("fragmentOpeners")

// inOpeningPhrase reports whether pronoun m stands in sentence ws's opening prepositional
// phrase ("By the time of his death, ..."), before any person of the sentence: a phrase, not
// a clause with a subject of its own ("After it was revealed his aide X ..., Y"), whose
// pronoun may look ahead to the main clause's subject.
func (p *pronouns) inOpeningPhrase(ws []word, m *mention) bool {
	return !p.namedHere && p.curSubject == nil && m.Start < p.openEnd && openingPrepositions[ws[0].Lower]
}

// moreSalient reports whether person a has been named more often so far than person b, a
// salience that breaks the tie between the last subject and a nearer person a pronoun fits
// as well: the article's subject over a relative named once in an apposition.
func (p *pronouns) moreSalient(a, b *entity) bool {
	if a == nil || b == nil || a == b {
		return false
	}
	na, nb := 0, 0
	for _, e := range p.persons {
		switch e {
		case a:
			na++
		case b:
			nb++
		}
	}
	return na > nb
}

// named notes a mention of person e.
func (p *pronouns) named(e *entity) {
	p.persons = append(p.persons, e)
	p.lastPerson = e
	p.namedHere = true
	if p.curSubject == nil {
		p.curSubject, p.curNamed = e, true
	}
}

// pronounAntecedent returns the person pronoun m stands for: the last person named, or,
// for a pronoun that opens its sentence (opens), the subject of the last sentence that named one;
// when a title gives that person the other gender, the last person of the pronoun's.
func pronounAntecedent(m *mention, opens bool, lastPerson, lastSubject *entity, persons []*entity) *entity {
	e := lastPerson
	if opens && lastSubject != nil {
		e = lastSubject
	}
	g := pronounGender(m.Text)
	if e == nil || g == 0 || e.gender == 0 || e.gender == g {
		return e
	}
	for i := len(persons) - 1; i >= 0; i-- {
		if persons[i].gender == 0 || persons[i].gender == g {
			return persons[i]
		}
	}
	return nil
}

// noteGenders gives the persons of the mentions resolved so far the genders their titles
// say ("Mr X", "Queen Y"), and then, to those still without one, the gender of their
// given name ("Maria X"; data/genders.tsv).
func noteGenders(ms [][]mention) {
	for si := range ms {
		for k := range ms[si] {
			noteGender(&ms[si][k])
		}
	}
	for si := range ms {
		for k := range ms[si] {
			if e := ms[si][k].ent; e != nil && e.Class == schema.Person && e.gender == 0 {
				e.gender = nameGender(e.Name)
			}
		}
	}
}

// nameGender returns the gender of the given name that begins a full person name, 'm' or
// 'f', or 0 when the name has one word or its first is no given name of one gender.
func nameGender(name string) byte {
	f := strings.Fields(cleanName(name))
	if len(f) < 2 {
		return 0
	}
	return givenNameGenders()[strings.ToLower(f[0])]
}

// givenNameGenders maps lower-case given names of one gender to 'm' or 'f'
// (data/genders.tsv, built by data/genders.py).
var givenNameGenders = sync.OnceValue(func() map[string]byte {
	m := map[string]byte{}
	eachLine("data/genders.tsv", func(f []string) {
		if len(f) >= 2 && (f[1] == "m" || f[1] == "f") {
			m[f[0]] = f[1][0]
		}
	})
	return m
})

// noteGender gives the person of mention m the gender its title says, if any.
func noteGender(m *mention) {
	if m.ent == nil || m.ent.Class != schema.Person || m.ent.gender != 0 {
		return
	}
	m.ent.gender = titleGender(m)
}

// notePost records the post that mention m's title gives its person ("Treasury
// Secretary Baker": "treasury secretary"; not a form of address such as "Mr"), so that
// resolution across documents joins a surname written alone under a post only to a
// person with a compatible post.
func notePost(ws []word, m *mention) {
	e := m.ent
	if e == nil || e.Class != schema.Person || m.TitleText == "" {
		return
	}
	k := schema.NameKey(m.TitleText)
	if k == "" || addressForms[k] || postlessTitles[k] || militaryRanks[k] {
		return // "Mr X", "Dr X", "General X": any post may be X's
	}
	if n := len(strings.Fields(k)); m.Start-n-1 >= 0 && schema.NameKey(ws[m.Start-1].Text) == lastKey(k) && postRankWords[ws[m.Start-n-1].Lower] && !strings.Contains(k, ws[m.Start-n-1].Lower) {
		k = ws[m.Start-n-1].Lower + " " + k // "Deputy Finance Minister X": another post than the minister's
	}
	if e.posts == nil {
		e.posts = map[string]bool{}
	}
	e.posts[k] = true
	if (peerStyles[k] || regnalTitles[k]) && len(e.tokens) < 2 {
		e.styled = true // "Lord Osborne": a peer, known by the style; "Prince Aldric": a royal's given name, no one's surname
	}
}

// postRankWords before a title make it a post below it ("Deputy Finance Minister"),
// which resolution keeps apart from the post itself: data/words.txt.
var postRankWords = wordSet("postRankWords")

// postlessTitles are titles before a name that are no post ("Dr", "Professor"), and
// peerStyles the styles of peers ("Lord", "Baroness").
var (
	postlessTitles = wordSet("postlessTitles")
	peerStyles     = wordSet("peerStyles")
)

// titleGender returns the gender mention m's title says ("Mr", "spokeswoman"), or 0.
func titleGender(m *mention) byte {
	t := strings.ToLower(strings.TrimSuffix(m.TitleText, "."))
	last := lastKey(t) // "party chairwoman", "senior spokesman": the head noun's gender
	switch {
	case maleTitles[t] || maleRoles[last]:
		return 'm'
	case femaleTitles[t] || femaleRoles[last]:
		return 'f'
	}
	return 0
}

// notePersonIntro records, for the person whose full name mention m of sentence n (from 1)
// writes, the first sentence that names it so and whether a kinship noun introduces it
// ("his son X", "Her brother, Y").
func notePersonIntro(ws []word, m *mention, n int) {
	e := m.ent
	if e == nil || e.Class != schema.Person || len(e.tokens) < 2 || m.Kind != mName {
		return
	}
	if e.firstSent == 0 {
		e.firstSent = n
	}
	k := m.Start - 1
	if k >= 0 && ws[k].Text == "," {
		k--
	}
	if k >= 0 && kinNouns[ws[k].Lower] {
		e.relative = true
		if g := kinGenders[ws[k].Lower]; e.gender == 0 && g != "" {
			e.gender = g[0] // "his wife, X": a woman
		}
		if k > 0 {
			e.kinOf = pronounGender(ws[k-1].Lower) // "his wife": the relative of a man
		}
	}
}

// kinGenders gives the kinNouns of one gender theirs ("wife": f).
var kinGenders = wordPairs("kinGenders")

// kinNouns name a relative ("his son X").
var kinNouns = wordSet("kinNouns")

// salient returns, of the persons es who share a surname, the one a surname alone in the
// sentence pass 2 is reading stands for, or nil: those named in full before it (or in
// it), of the gender its title says, and not introduced as someone's relative when
// another is not ("Ahmed X ... his son Karim X ... X told the court": Ahmed). Several
// left is no one.
func (r *resolver) salient(es []*entity) *entity {
	var cands []*entity
	anyPrincipal := false
	// "X ... His wife, Y X ... Mrs X": the relative the title's gender fits, whose kin
	// noun's possessor is of the other gender, beats a person of unknown gender.
	known := false
	for _, e := range es {
		known = known || r.curGender != 0 && e.relative && e.gender == r.curGender && e.kinOf != 0 && e.kinOf != r.curGender && e.firstSent <= r.cur
	}
	for _, e := range es {
		if e.firstSent > r.cur || r.curGender != 0 && e.gender != r.curGender && (e.gender != 0 || known) || slices.Contains(cands, e) {
			continue
		}
		cands = append(cands, e)
		anyPrincipal = anyPrincipal || !e.relative
	}
	var found *entity
	for _, e := range cands {
		if e.relative && anyPrincipal {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// maleRoles and femaleRoles are head nouns of titles of one gender ("spokeswoman X").
var (
	maleRoles   = wordSet("maleRoles")
	femaleRoles = wordSet("femaleRoles")
)

// pronounGender returns the gender of a personal pronoun, 0 for none ("they").
func pronounGender(p string) byte {
	switch strings.ToLower(p) {
	case "he", "him", "his", "himself":
		return 'm'
	case "she", "her", "hers", "herself":
		return 'f'
	}
	return 0
}

// maleTitles and femaleTitles are forms of address and titles of one gender.
var (
	maleTitles   = wordSet("maleTitles")
	femaleTitles = wordSet("femaleTitles")
)

// linkDefinitions finds organisation names followed by an acronym in parentheses
// ("Northern Relief Front (NRF)"). A name before a known acronym takes the acronym's
// entity; an unknown acronym is returned, keyed by sentence and mention index, with the
// mention of the name it stands for.
//
// An acronym a sentence spells out in lower-case words ("an exclusive economic zone
// (EEZ)") names no entity: its mentions are removed from ms.
func linkDefinitions(sents [][]word, ms [][]mention) map[[2]int]*mention {
	defs := map[[2]int]*mention{}
	notNames := map[string]bool{}
	for si, ws := range sents {
		for k := range ms[si] {
			a := &ms[si][k]
			if a.Start >= 1 && ws[a.Start-1].Text == "(" && a.End < len(ws) && ws[a.End].Text == ")" && isAcronym(cleanName(a.Text)) && spelledBefore(ws, a) {
				notNames[cleanName(a.Text)] = true
			}
		}
	}
	if len(notNames) > 0 {
		for si := range ms {
			kept := ms[si][:0]
			for _, m := range ms[si] {
				if m.Kind != mPronoun && notNames[cleanName(m.Text)] {
					continue
				}
				kept = append(kept, m)
			}
			ms[si] = kept
		}
	}
	for si, ws := range sents {
		for k := 0; k+1 < len(ms[si]); k++ {
			m, a := &ms[si][k], &ms[si][k+1]
			ak := k + 1
			bracketed := a.Start == m.End+1 && ws[m.End].Text == "(" && a.End < len(ws) && ws[a.End].Text == ")" && (isAcronym(cleanName(a.Text)) || mixedAcronymOf(a.Text, m.Text))
			if !bracketed {
				ak = knownAsAcronym(ws, m, ms[si][k+1:]) + k + 1
				if ak == k {
					continue
				}
				a = &ms[si][ak]
			}
			if m.Class != schema.Organization || m.Kind != mName || isAcronym(cleanName(m.Text)) {
				continue
			}
			switch {
			case a.Canon != "" && a.Class == schema.Organization && m.Canon == "":
				m.Canon = a.Canon
			case a.Canon == "":
				defs[[2]int{si, ak}] = m
			}
		}
	}
	return defs
}

// knownAsAcronym returns the index in after of the acronym that follows the name m as
// what it is "known" by ("the Velka Movement, known by its Swahili initials as VMK",
// "known as VMK"; the nouns are data/words.txt definitionNouns), or -1. The initials
// need not spell the name.
func knownAsAcronym(ws []word, m *mention, after []mention) int {
	j := m.End
	if j+2 >= len(ws) || ws[j].Text != "," || ws[j+1].Lower != "known" {
		return -1
	}
	j += 2
	if ws[j].Lower == "by" {
		k := j + 1
		for k < len(ws) && k < j+5 && !definitionNouns[ws[k].Lower] {
			k++
		}
		if k == len(ws) || !definitionNouns[ws[k].Lower] {
			return -1
		}
		j = k + 1
	}
	if j+1 >= len(ws) || ws[j].Lower != "as" {
		return -1
	}
	for i := range after {
		if after[i].Start == j+1 && isAcronym(cleanName(after[i].Text)) {
			return i
		}
	}
	return -1
}

// definitionNouns name what a body is "known by" before its acronym: data/words.txt.
var definitionNouns = wordSet("definitionNouns")

// spelledBefore reports whether the acronym a is spelled by the lower-case words before
// its parenthesis ("an exclusive economic zone (EEZ)"): a common noun, not a name.
func spelledBefore(ws []word, a *mention) bool {
	want := strings.ToLower(strings.ReplaceAll(cleanName(a.Text), ".", ""))
	end := a.Start - 1 // the "("
	start := end - len(want)
	if start < 0 {
		return false
	}
	for k := start; k < end; k++ {
		w := ws[k]
		if w.Punct || w.Cap || w.Lower == "" || w.Lower[0] != want[k-start] {
			return false
		}
	}
	return true
}

// ministryName returns the one name of a country's ministry however it is written:
// "Turkish Foreign Ministry", "Turkey's Ministry of Foreign Affairs", "Foreign Ministry of
// Turkey" are all "Ministry of Foreign Affairs of Turkey". country is the country the
// mention names, or "" to read it from "of <Country>".
func ministryName(name, country string) (string, bool) {
	f := strings.Fields(strings.ReplaceAll(name, "'s ", " "))
	if country == "" && len(f) >= 4 && strings.EqualFold(f[len(f)-2], "of") {
		if e, ok := lex().lookup(schema.NameKey(f[len(f)-1])); ok && e.Class == schema.Country {
			country, f = e.Name, f[:len(f)-2]
		}
	}
	if country == "" || len(f) < 2 {
		return "", false
	}
	f = f[countryWords(f, country):]
	var field string
	switch {
	case len(f) == 2 && strings.EqualFold(f[1], "ministry"):
		field = f[0]
	case len(f) >= 3 && strings.EqualFold(f[0], "ministry") && (strings.EqualFold(f[1], "of") || strings.EqualFold(f[1], "for")):
		field = strings.Join(f[2:], " ")
	default:
		return "", false
	}
	switch strings.ToLower(field) {
	case "foreign", "foreign affairs", "external affairs":
		field = "Foreign Affairs"
	case "defense", "defence":
		field = "Defence"
	case "interior", "internal affairs", "home affairs":
		field = "Interior"
	}
	if !isCapitalised(field) {
		return "", false
	}
	return "Ministry of " + field + " of " + country, true
}

// countryWords returns how many of the first words of f name country: its name, demonym
// or capital ("Turkish", "Saudi Arabia", "Moscow"), at most three words, or 0.
func countryWords(f []string, country string) int {
	for n := min(3, len(f)-1); n >= 1; n-- {
		e, ok := lex().lookup(schema.NameKey(strings.Join(f[:n], " ")))
		if ok && (e.Class == schema.Country && e.Name == country || e.Kind == kindCapital && e.Country == country) {
			return n
		}
	}
	return 0
}

func isCapitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		if r := []rune(w); len(r) == 0 || !unicode.IsUpper(r[0]) && w != "and" && w != "of" {
			return false
		}
	}
	return s != ""
}

// knownHere returns the document's organisation or place with the name text, if one.
func (r *resolver) knownHere(text string) *entity {
	key := schema.NameKey(text)
	for _, c := range []schema.Class{schema.Organization, schema.Place} {
		if e, ok := r.byKey[classKey(c, key)]; ok {
			return e
		}
	}
	return r.shortBody(key)
}

// shortBody returns the one organisation of the document whose name is the word key
// followed by a company suffix or a company's head word ("Kestrel" after "Kestrel Air" or
// "Kestrel Corp"), or nil: a company is written by its first word once named in full. Not
// a party, council or union: "Labour", "Conservative", "European" are as often adjectives.
func (r *resolver) shortBody(key string) *entity {
	var found *entity
	for _, e := range r.ents {
		if e.Class != schema.Organization {
			continue // before the name's key is made: most of the document's entities
		}
		f := e.nameWords()
		if len(f) != 2 || f[0] != key || !companySuffixes[f[1]] && !shortBodyHeads[f[1]] {
			continue
		}
		if found != nil && found != e {
			return nil // two bodies begin with the word
		}
		found = e
	}
	if r.otherBodyStarts(key, found) {
		return nil // "Kestrel" with "Kestrel Bank" and "Kestrel Aerospace Corp"
	}
	return found
}

// otherBodyStarts reports whether an organisation of the document other than e has a
// name of two or more words beginning with the word key: a parent and its subsidiary
// ("Kestrel Bank" and "Kestrel Aerospace Corp"), whose short name is either's.
func (r *resolver) otherBodyStarts(key string, e *entity) bool {
	if e == nil {
		return false
	}
	for _, o := range r.ents {
		if o == e || o.Class != schema.Organization {
			continue
		}
		if f := strings.Fields(schema.NameKey(o.Name)); len(f) >= 2 && f[0] == key {
			return true
		}
	}
	return false
}

// byGivenName returns the one person of the document named in full whose first name is
// the word text ("Qasim" after "Qasim bin Tarsa"), or nil when none or several are.
func (r *resolver) byGivenName(text string) *entity {
	toks := nameTokens(text)
	if len(toks) != 1 {
		return nil
	}
	var found *entity
	for _, e := range r.ents {
		if e.Class == schema.Person && len(e.tokens) >= 2 && e.tokens[0] == toks[0] {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// firmShort returns the one organisation of the document whose name is the word key
// followed only by company suffixes and firms' head words ("Petrel" after "Petrel
// Resources" or "Petrel Group Inc"), or by up to two words and a company suffix
// ("Petrel Aviation Inc"), or nil: not "Fiat" after "Fiat Powertrain", a unit.
func (r *resolver) firmShort(key string) *entity {
	var found *entity
	for _, e := range r.ents {
		if e.Class != schema.Organization {
			continue
		}
		f := e.nameWords()
		if len(f) < 2 || f[0] != key || !allFirmTail(f[1:]) && !(len(f) <= 4 && companySuffixes[f[len(f)-1]] && f[len(f)-1] != "group") {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	if r.otherBodyStarts(key, found) {
		return nil // "Goodyear said" with "Goodyear Aerospace Corp" and "Goodyear Tire": the firm or its unit
	}
	return found
}

// allFirmTail reports whether every word of f is a company suffix or a firm's head word.
func allFirmTail(f []string) bool {
	for _, w := range f {
		if !companySuffixes[w] && !shortBodyHeads[w] && !firmTailHeads[w] {
			return false
		}
	}
	return true
}

// firmTailHeads end firms' names that news shortens to their first word once the
// document has shown it to be a firm ("Petrel" after "Petrel Resources").
var firmTailHeads = wordSet("firmTailHeads")

// suffixedBody reports whether an organisation's name ends in a company suffix ("Kestrel
// Corp", "Kestrel Co"), not a head word that a place's name may begin ("Kestrel Bank",
// "Kestrel Air" are as often the town's).
func suffixedBody(name string) bool {
	f := strings.Fields(schema.NameKey(name))
	return len(f) > 1 && companySuffixes[f[len(f)-1]]
}

// bodyStartsWith reports whether an organisation of the document has a name of two words
// or more whose first word is word: a bare word that is also a person's surname may be
// either ("Kestrel" with "Ana Kestrel" and "the Kestrel Group").
func (r *resolver) bodyStartsWith(word string) bool {
	key := schema.NameKey(word)
	for _, e := range r.ents {
		if e.Class != schema.Organization {
			continue
		}
		if f := e.nameWords(); len(f) >= 2 && f[0] == key {
			return true
		}
	}
	return false
}

// shortBodyHeads end the names of companies that news shortens to their first word.
var shortBodyHeads = wordSet("shortBodyHeads")

func (r *resolver) get(c schema.Class, name string, canonical bool) *entity {
	ck := classKey(c, schema.NameKey(name))
	if e, ok := r.byKey[ck]; ok {
		return e
	}
	e := &entity{Name: name, Class: c, aliases: map[string]bool{}, canonical: canonical, ord: len(r.ents)}
	r.ents = append(r.ents, e)
	r.byKey[ck] = e
	if c == schema.Person {
		r.setTokens(e, nameTokens(name))
	}
	return e
}

// setTokens gives a person its name tokens and indexes it by its last name.
func (r *resolver) setTokens(e *entity, toks []string) {
	e.tokens = toks
	if len(toks) >= 2 {
		r.byLast = nil // rebuilt with e on next use
	}
	if len(toks) == 0 {
		return
	}
	for _, b := range resolve.VariantBlocks(toks[len(toks)-1]) {
		if xs := r.persons[b]; len(xs) == 0 || xs[len(xs)-1] != e {
			r.persons[b] = append(xs, e)
		}
	}
}

// firstPerson returns the earliest person of the document whose name tokens, of at
// least min words, are the same person as toks.
// A given name's initial alone ("D Kestrel" after "Dan Kestrel") is the person only
// when one person of the document has that surname and initial.
func (r *resolver) firstPerson(toks []string, min int) *entity {
	var best, byInitial *entity
	for _, b := range resolve.VariantBlocks(toks[len(toks)-1]) {
		for _, e := range r.persons[b] {
			if e.Class != schema.Person || len(e.tokens) < min || !samePerson(e.tokens, toks) {
				continue
			}
			if initialOnly(e.tokens, toks) {
				if byInitial != nil && byInitial != e {
					return nil // "J Kestrel" with "Jon" and "Jane Kestrel": no telling
				}
				byInitial = e
			}
			if best == nil || e.ord < best.ord {
				best = e
			}
		}
	}
	return best
}

// initialOnly reports whether the given names of two full names agree only as an
// initial and a given name it begins ("d" and "dan").
func initialOnly(a, b []string) bool {
	return len(a) > 1 && len(b) > 1 && !resolve.Similar(a[0], b[0]) && (initialOf(a[0], b[0]) || initialOf(b[0], a[0]))
}

// initialOf reports whether name key i is the initial of given name key g.
func initialOf(i, g string) bool {
	return utf8.RuneCountInString(i) == 1 && utf8.RuneCountInString(g) > 1 && strings.HasPrefix(g, i)
}

// person returns the entity of a full person name: an earlier person whose name is a
// spelling variant of it, or a new one. The fuller spelling becomes the name.
func (r *resolver) person(name string) *entity {
	name = cleanName(name)
	toks := nameTokens(name)
	if len(toks) == 0 {
		return r.get(schema.Person, name, false)
	}
	if e := r.firstPerson(toks, 1); e != nil {
		if !e.canonical && len(name) > len(e.Name) && len(toks) >= len(e.tokens) {
			e.Name = name
			r.setTokens(e, toks)
		}
		r.byKey[classKey(schema.Person, schema.NameKey(name))] = e
		return e
	}
	e := r.get(schema.Person, name, false)
	r.setTokens(e, toks)
	return e
}

// relativeNamed returns a new person for the full name m that a kinship noun introduces
// ("her mother, X Z Y") when the document named before, under another full name, the
// person it would otherwise be ("X Y"): a relative is introduced as someone new, so the
// two are two, mother and daughter of one given name. It returns nil otherwise.
func (r *resolver) relativeNamed(ws []word, m *mention) *entity {
	name := cleanName(m.Text)
	toks := nameTokens(name)
	if len(toks) < 2 || !kinIntroduced(ws, m) || r.byKey[classKey(schema.Person, schema.NameKey(name))] != nil {
		return nil
	}
	if e := r.firstPerson(toks, 2); e == nil || slices.Equal(e.tokens, toks) {
		return nil
	}
	e := r.get(schema.Person, name, false)
	r.setTokens(e, toks)
	return e
}

// kinIntroduced reports whether a kinship noun stands just before mention m of ws, or
// before its comma ("his son X", "Her brother, Y").
func kinIntroduced(ws []word, m *mention) bool {
	k := m.Start - 1
	if k >= 0 && k < len(ws) && ws[k].Text == "," {
		k--
	}
	return k >= 0 && k < len(ws) && kinNouns[ws[k].Lower]
}

// freeKey reports whether no person of the document but e has the name key of name.
func (r *resolver) freeKey(name string, e *entity) bool {
	o := r.byKey[classKey(schema.Person, schema.NameKey(name))]
	return o == nil || o == e
}

// leadingWord resolves a name of three or more words whose first word is not a given
// name and whose other words are a person already named in the document ("Send Qassem
// Soleimani" in a quotation): the first word is not part of the name, and m loses it.
func (r *resolver) leadingWord(ws []word, m *mention) *entity {
	f := strings.Fields(cleanName(m.Text))
	if len(f) < 3 || m.Start >= len(ws) || ws[m.Start].Text != f[0] || m.Start+1 < len(ws) && ws[m.Start+1].Hyph || lex().firstNames[strings.ToLower(f[0])] || particles[strings.ToLower(f[0])] {
		return nil
	}
	rest := strings.Join(f[1:], " ")
	e := r.variant(rest)
	if e == nil || len(e.tokens) < 2 {
		return nil
	}
	m.Start++
	m.Text = rest
	return e
}

// samePerson reports whether two full names are one person: same last name (allowing
// transliteration variants) and compatible given names.
func samePerson(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	a, sa := splitSuffix(a)
	b, sb := splitSuffix(b)
	if sa != sb || len(a) == 0 || len(b) == 0 {
		return false // "X Jr." and "X Sr.", or "X Jr." and X: a son and his father
	}
	la, lb := a[len(a)-1], b[len(b)-1]
	if !resolve.Similar(la, lb) {
		return false
	}
	if len(a) == 1 || len(b) == 1 {
		return true
	}
	// Given names: the first of each must be a variant of the other ("Qassem"/"Qasem")
	// or its initial ("D"/"Dan"), or one name's given names a subset of the other's ("Kamal Rashid"/"Kamal al-Rashid").
	return (resolve.Similar(a[0], b[0]) || initialOf(a[0], b[0]) || initialOf(b[0], a[0])) && !initialsDiffer(a[1:len(a)-1], b[1:len(b)-1])
}

// nameSuffixKeys are the name keys of data/words.txt nameSuffixes ("jr", "iii").
var nameSuffixKeys = func() map[string]bool {
	m := map[string]bool{}
	for w := range nameSuffixes {
		m[schema.NameKey(w)] = true
	}
	return m
}()

// splitSuffix returns a person's name tokens without the generational suffix that ends
// them ("Bakari Mwinyi Jr."), and the suffix: the surname is the word before it, so that
// "Amani K. Odera Jr." and "Amani K. Mwinyi Jr." are two people, not one with two
// middle names.
func splitSuffix(toks []string) ([]string, string) {
	if n := len(toks); n >= 2 && nameSuffixKeys[toks[n-1]] {
		return toks[:n-1], toks[n-1]
	}
	return toks, ""
}

// initialsDiffer reports whether two full names' middle names, both written and one of
// them as initials, are not the same ("Harold J." and "Harold K.", "George H. W." and
// "George W."; not "Maria T." and "Maria Therese", nor a name without one): two people
// of one document, a father and a son. Middle names written out in both are left alone
// ("Gabriel José García Márquez" and "Gabriel García Márquez").
func initialsDiffer(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 || !hasInitial(a) && !hasInitial(b) {
		return false
	}
	if len(a) != len(b) {
		return true
	}
	for i := range a {
		if a[i] != b[i] && (len(a[i]) > 1 && len(b[i]) > 1 || a[i][0] != b[i][0]) {
			return true
		}
	}
	return false
}

// hasInitial reports whether one of the name keys ws is a single letter.
func hasInitial(ws []string) bool {
	for _, w := range ws {
		if len(w) == 1 {
			return true
		}
	}
	return false
}

// variant returns the document's person whose full name is a variant of name.
func (r *resolver) variant(name string) *entity {
	toks := nameTokens(name)
	if len(toks) < 2 {
		return nil
	}
	return r.firstPerson(toks, 2)
}

// surname returns the person of the document whose last name (or a variant) is name, unless
// the peer's title of the mention being read gives the other gender ("Baroness Morgan" is not
// "Gary Morgan", named before). Only a peer's title: "Mr" and "Mrs" are too often written
// of a person whose given name the name lists give the other gender.
func (r *resolver) surname(name string) *entity {
	e := r.anySurname(name)
	if e != nil && r.peerGender && e.gender != 0 && e.gender != r.curGender {
		return nil
	}
	return e
}

// peerStyle returns the peer's title of the person mention m: its title ("Lord"), or the
// word just before the name when a post comes first and stays the title ("Chairman Lord
// Kestrel"); "" when it has none.
func peerStyle(ws []word, m *mention) string {
	if t := strings.TrimSuffix(m.TitleText, "."); peerTitles[strings.ToLower(t)] {
		return t
	}
	if m.Title != 0 && m.Start > 0 && m.Start <= len(ws) && ws[m.Start-1].Cap && peerTitles[ws[m.Start-1].Lower] {
		return ws[m.Start-1].Text
	}
	return ""
}

// otherGender returns the person of a surname written alone after a peer's title of one gender
// ("Baroness Morgan", "Lord Tovey") when the one person of that surname the document names
// in full has the other gender ("Gary Morgan", "Ann Tovey"): a person of its own, named
// with the title, so that no document joins the surname to the other. Nil otherwise.
func (r *resolver) otherGender(m *mention, text string) *entity {
	if !r.peerGender || len(nameTokens(text)) != 1 {
		return nil
	}
	if e := r.anySurname(text); e == nil || e.gender == 0 || e.gender == r.curGender {
		return nil
	}
	return r.get(schema.Person, strings.TrimSuffix(m.TitleText, ".")+" "+text, false)
}

// peer returns the person of a surname written alone after a peer's title ("Lord Tovey",
// "Baroness Kell"; data/words.txt peerTitles) when the document names no person of that
// surname in full: the peer the document named so before (under any peer's title), or a
// new person named with the title, so that no document joins the surname to a person of
// another document with a given name ("Gary Kell" is not "Baroness Kell"). Nil otherwise.
func (r *resolver) peer(m *mention, text string) *entity {
	t := r.style
	if !peerTitles[strings.ToLower(t)] || len(nameTokens(text)) != 1 {
		return nil
	}
	for _, e := range r.ents {
		if e.Class != schema.Person {
			continue
		}
		if f := strings.Fields(e.Name); len(f) == 2 && peerTitles[strings.ToLower(f[0])] && f[1] == text && sameGenderTitles(f[0], t) {
			return e // "Baroness Kell", then "Lady Kell"; not "Lord Kell", his wife
		}
	}
	if r.anySurname(text) != nil {
		return nil
	}
	return r.get(schema.Person, t+" "+text, false)
}

// sameGenderTitles reports whether two titles are of one gender (data/words.txt
// maleTitles, femaleTitles).
func sameGenderTitles(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return maleTitles[a] && maleTitles[b] || femaleTitles[a] && femaleTitles[b]
}

// peerTitles: see data/words.txt.
var peerTitles = wordSet("peerTitles")

// hyphenatedSurname reports whether person mention m is one hyphenated word after a
// title that is no peer's ("Mr Kariuki-Odhiambo"): the surname of the one person named in
// full with it, as a surname alone is, not a person of its own. "Lord X-Y" may be another.
func hyphenatedSurname(m *mention) bool {
	return !strings.Contains(strings.TrimSpace(m.Text), " ") && strings.Contains(m.Text, "-") &&
		!peerTitles[strings.ToLower(strings.TrimSuffix(m.TitleText, "."))]
}

// tailOf returns the one person of the document named before whose full name ends with
// the words of name and has more ("St Germain" of "Fernand St Germain"), or nil.
func (r *resolver) tailOf(name string) *entity {
	toks := nameTokens(name)
	var found *entity
	for _, e := range r.ents {
		if e.Class != schema.Person || len(e.tokens) <= len(toks) || !slices.Equal(e.tokens[len(e.tokens)-len(toks):], toks) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// anySurname returns the person of the document whose last name (or a variant) is name.
// patronymicGiven returns the given name of a name of the Arabic pattern, given name +
// patronymic + father's name ("Tamim" of "Tamim bin Rashid"), by which news names the
// person later ("Tamim said"); "" for a name of another pattern or a given name under
// three letters.
func patronymicGiven(name string) string {
	f := strings.Fields(cleanName(name))
	if len(f) < 3 || !patronymics[strings.ToLower(f[1])] || particles[strings.ToLower(f[0])] || len([]rune(f[0])) < 3 {
		return ""
	}
	return f[0]
}

// indexLast files person e under the short name last for anySurname.
func (r *resolver) indexLast(e *entity, last string) {
	if _, ok := r.byLast[last]; !ok {
		for _, b := range resolve.VariantBlocks(last) {
			r.lasts[b] = append(r.lasts[b], last)
		}
	}
	r.byLast[last] = append(r.byLast[last], e)
}

func (r *resolver) anySurname(name string) *entity {
	r.ambiguous = false
	toks := nameTokens(name)
	if len(toks) != 1 {
		return nil
	}
	if r.byLast == nil {
		r.byLast, r.lasts = map[string][]*entity{}, map[string][]string{}
		for _, e := range r.ents {
			if e.Class != schema.Person || len(e.tokens) < 2 || slices.Contains(strings.Fields(e.Name), "of") {
				continue // "Duke of Kelmoor": "Kelmoor" alone is the place
			}
			toks, _ := splitSuffix(e.tokens)
			r.indexLast(e, toks[len(toks)-1]) // "Odera" alone is "Amani Odera Jr."
			if patronymicGiven(e.Name) != "" {
				r.indexLast(e, e.tokens[0]) // "Tamim" alone is "Tamim bin Rashid"
			}
		}
	}
	one := func(es []*entity) (*entity, bool) {
		var found *entity
		for _, e := range es {
			if found != nil && found != e {
				return nil, true // ambiguous
			}
			found = e
		}
		return found, false
	}
	// An exact surname wins over spelling variants of it.
	if e, ambiguous := one(r.byLast[toks[0]]); e != nil || ambiguous {
		if ambiguous {
			if e = r.salient(r.byLast[toks[0]]); e == nil {
				r.ambiguous = true
			}
		}
		return e
	}
	key := toks[0]
	var cands []*entity
	seen := map[string]bool{}
	for _, b := range resolve.VariantBlocks(key) {
		for _, last := range r.lasts[b] {
			if !seen[last] && resolve.Similar(last, key) {
				seen[last] = true
				cands = append(cands, r.byLast[last]...)
			}
		}
	}
	e, amb := one(cands)
	r.ambiguous = amb
	return e
}

// acronym returns the organisation of the document whose initials spell text, or which
// the sentence defines it for ("Islamic State (IS)").
func (r *resolver) acronym(text string, ws []word, m *mention) *entity {
	want := strings.ToLower(strings.ReplaceAll(text, ".", ""))
	if r.acr == nil {
		// Organisations added or given aliases after this point are acronyms themselves,
		// whose one-letter initials no acronym asks for.
		r.acr = map[string]*entity{}
		for _, e := range r.ents {
			if e.Class != schema.Organization {
				continue
			}
			if _, ok := r.acr[initials(e.Name)]; !ok {
				r.acr[initials(e.Name)] = e
			}
			for a := range e.aliases {
				if _, ok := r.acr[initials(a)]; !ok {
					r.acr[initials(a)] = e
				}
			}
		}
	}
	return r.acr[want]
}

// initials returns the lower-case initials of a name's significant words.
func initials(name string) string {
	var b strings.Builder
	for _, f := range strings.Fields(strings.ReplaceAll(name, "-", " ")) {
		l := strings.ToLower(f)
		if l == "of" || l == "the" || l == "and" || l == "for" || l == "in" || l == "on" {
			continue
		}
		r := []rune(l)
		b.WriteRune(r[0])
	}
	return b.String()
}

// particleName reports whether s is a particle glued to one word ("al-Muhandis").
func particleName(s string) bool {
	p, rest, ok := strings.Cut(cleanName(s), "-")
	return ok && particles[strings.ToLower(p)] && rest != "" && !strings.ContainsAny(rest, " -")
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 2
}

// cleanName drops a possessive and a leading article from a surface form.
func cleanName(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, " 's"), "'s")
	if strings.HasPrefix(s, "the ") {
		s = s[4:]
	}
	return strings.TrimSpace(s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// surnameParticles belong to the surname that follows them.
var surnameParticles = wordSet("surnameParticles")

// surnameAlias returns the surname of a full person name as written ("Rashid" of
// "Kamal al-Rashid"), or "" when the name has no surname of three letters or more.
func surnameAlias(name string) string {
	f := strings.Fields(cleanName(name))
	if len(f) < 2 || slices.Contains(f, "of") {
		return "" // "Prince of Wales", "Lord Avery of Kelmoor": the last word is a place
	}
	last := f[len(f)-1]
	if p, rest, ok := strings.Cut(last, "-"); ok && particles[strings.ToLower(p)] {
		last = rest // "Kamal al-Rashid" is "Rashid"
	}
	if particles[strings.ToLower(last)] || len(nameTokens(last)) != 1 || len([]rune(last)) < 3 || strings.HasSuffix(last, ".") {
		return ""
	}
	// Particles written apart belong to the surname ("Gloria La Riva" is "La Riva", "Osama
	// bin Laden" is "bin Laden"), but not an Arabic article ("Kamal al Rashid" is "Rashid").
	k := len(f) - 1
	for k > 1 && surnameParticles[strings.ToLower(f[k-1])] {
		k--
	}
	if k < len(f)-1 {
		return strings.Join(f[k:], " ")
	}
	return last
}

// knownGivenName reports whether word w is a given name of the lexicons (firstnames.txt or
// genders.tsv).
func knownGivenName(w string) bool {
	k := schema.NameKey(w)
	return lex().firstNames[k] || lex().givenNames[k]
}
