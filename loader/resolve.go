package loader

import (
	"context"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/newsgraph/newsgraph/schema"
)

// entity is one referent of a document: the mentions resolution put together.
type entity struct {
	Name       string
	Class      schema.Class
	IRI        schema.IRI
	Country    string          // a state body's country (from "Syrian army"), or ""
	aliases    map[string]bool // surface forms seen in the document
	tokens     []string        // the name's keys without particles, for person matching
	collective bool
	inFact     bool
	canonical  bool           // Name comes from a lexicon or the memory: do not replace it
	ord        int            // position in the resolver's list, for a deterministic first match
	forms      map[string]int // a person's full names as written, with their counts
	formOrder  []string       // the keys of forms in first-seen order
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
	best, bestToks, bestN := "", 0, 0
	for _, f := range e.formOrder {
		t, n := len(nameTokens(f)), e.forms[f]
		if t > bestToks || t == bestToks && n > bestN {
			best, bestToks, bestN = f, t, n
		}
	}
	return best
}

func (e *entity) schema() schema.Entity {
	return schema.Entity{IRI: e.IRI, Name: e.Name, Class: e.Class}
}

// known is an entity the Loader has extracted before.
type known struct {
	Name   string
	Class  schema.Class
	IRI    schema.IRI
	tokens []string // a person's name keys without particles
}

// memory is the Loader's record of the entities it has extracted, by name key. It is safe
// for concurrent use.
type memory struct {
	mu      sync.Mutex
	byKey   map[string][]known
	surname map[string][]known  // persons of two or more name words by their last name's key
	given   map[string][]known  // the same persons by their first name's key
	blocks  map[string][]string // the keys of surname by their variant blocks (variantBlocks)
	bare    map[string][]string // the keys of persons named by one word, by variant block
}

func newMemory() *memory {
	return &memory{byKey: map[string][]known{}, surname: map[string][]known{}, given: map[string][]known{}, blocks: map[string][]string{}, bare: map[string][]string{}}
}

// variantsOf returns the keys of m.surname other than key that are spelling variants of
// key, in the order they were first indexed. The caller holds m.mu.
func (m *memory) variantsOf(key string) []string {
	var out []string
	seen := map[string]bool{key: true}
	for _, b := range variantBlocks(key) {
		for _, k := range m.blocks[b] {
			if !seen[k] && similar(k, key) {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}

func (m *memory) find(key string, c schema.Class) (known, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, k := range m.byKey[key] {
		if k.Class == c {
			return k, true
		}
	}
	return known{}, false
}

// findBare returns the one known person named by a surname alone whose key is key (with
// variants, failing that, a spelling variant of key), provided no known full-name person
// has that surname: "Putin" read alone is the "Vladimir Putin" read later.
func (m *memory) findBare(key string, variants bool) (known, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	keys := []string{key}
	if variants {
		keys = m.bareVariantsOf(key)
	}
	var ks []known
	for _, k := range keys {
		if len(m.surname[k]) > 0 {
			return known{}, false // the surname of a full name: not a bare person
		}
		for _, x := range m.byKey[k] {
			if x.Class == schema.Person && len(x.tokens) == 1 {
				ks = append(ks, x)
			}
		}
	}
	return unique(ks)
}

// bareVariantsOf returns the keys of persons known by one word that are spelling
// variants of key. The caller holds m.mu.
func (m *memory) bareVariantsOf(key string) []string {
	var out []string
	seen := map[string]bool{key: true}
	for _, b := range variantBlocks(key) {
		for _, k := range m.bare[b] {
			if !seen[k] && similar(k, key) {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}

// otherOwner reports whether a known full-name person other than iri has the surname
// of toks (one token).
func (m *memory) otherOwner(toks []string, iri schema.IRI) bool {
	if len(toks) != 1 {
		return false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, k := range m.surname[toks[0]] {
		if k.IRI != iri {
			return true
		}
	}
	return false
}

// surnameOwners returns how many known full-name persons have the surname key.
func (m *memory) surnameOwners(key string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	seen := map[schema.IRI]bool{}
	for _, k := range m.surname[key] {
		seen[k.IRI] = true
	}
	return len(seen)
}

// unique returns the one entity of ks, or false when ks is empty or names several.
func unique(ks []known) (known, bool) {
	if len(ks) == 0 {
		return known{}, false
	}
	first := ks[0]
	for _, k := range ks[1:] {
		if k.IRI != first.IRI {
			return known{}, false // ambiguous
		}
	}
	return first, true
}

// findSurname returns the one known full-name person whose last name is key, or with
// variants, failing that, whose last name is a spelling variant of key.
func (m *memory) findSurname(key string, variants bool) (known, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if ks := m.surname[key]; len(ks) > 0 || !variants {
		return unique(ks)
	}
	var ks []known
	for _, last := range m.variantsOf(key) {
		ks = append(ks, m.surname[last]...)
	}
	return unique(ks)
}

// findPerson returns the one known person whose full name is a spelling variant of the
// full name of tokens toks (two or more), by the test resolution uses within a document.
func (m *memory) findPerson(toks []string) (known, bool) {
	if len(toks) < 2 {
		return known{}, false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	var ks []known
	seen := map[schema.IRI]bool{}
	consider := func(xs []known) {
		for _, x := range xs {
			if !seen[x.IRI] && samePerson(x.tokens, toks) {
				seen[x.IRI] = true
				ks = append(ks, x)
			}
		}
	}
	consider(m.surname[toks[len(toks)-1]])
	consider(m.given[toks[0]])
	if len(ks) == 0 {
		// Both names spelt differently ("Yevgeny Prokhorov"/"Yevgeniy Prokhorow"): try
		// the surnames that are variants of this one.
		for _, key := range m.variantsOf(toks[len(toks)-1]) {
			consider(m.surname[key])
		}
	}
	return unique(ks)
}

func (m *memory) remember(e *entity) {
	k := known{Name: e.Name, Class: e.Class, IRI: e.IRI}
	if e.Class == schema.Person {
		k.tokens = nameTokens(e.Name)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	add := func(key string) {
		for _, x := range m.byKey[key] {
			if x.Class == k.Class {
				return
			}
		}
		// k.tokens are the tokens of the person's name: a person known by a full name is
		// no bare-surname person under its surname alias ("Bernard", read as a variant of
		// Kurt Barnard's surname, does not make Olivier Bernard him).
		if k.Class == schema.Person && len(k.tokens) == 1 && len(m.byKey[key]) == 0 {
			for _, b := range variantBlocks(key) {
				m.bare[b] = append(m.bare[b], key)
			}
		}
		m.byKey[key] = append(m.byKey[key], k)
	}
	add(schema.NameKey(e.Name))
	for a := range e.aliases {
		add(schema.NameKey(a))
	}
	if e.Class != schema.Person {
		return
	}
	index := func(idx map[string][]known, key string, k known) {
		for _, x := range idx[key] {
			if x.IRI == k.IRI {
				return
			}
		}
		idx[key] = append(idx[key], k)
	}
	// The full name and the full-name aliases ("Yevgeniy Prokhorow" read as a variant of
	// "Yevgeny Prokhorov"), in a fixed order.
	names := []string{e.Name}
	var as []string
	for a := range e.aliases {
		as = append(as, a)
	}
	sort.Strings(as)
	for _, n := range append(names, as...) {
		toks := nameTokens(n)
		if len(toks) < 2 {
			continue
		}
		kn := k
		kn.tokens = toks
		last := toks[len(toks)-1]
		if _, ok := m.surname[last]; !ok {
			for _, b := range variantBlocks(last) {
				m.blocks[b] = append(m.blocks[b], last)
			}
		}
		index(m.surname, last, kn)
		index(m.given, toks[0], kn)
	}
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
}

func classKey(c schema.Class, key string) string { return string(c) + "|" + key }

// nameTokens returns the keys of a name's words without particles and titles.
func nameTokens(name string) []string {
	var out []string
	for _, t := range strings.Fields(schema.NameKey(name)) {
		if particles[t] {
			continue
		}
		out = append(out, t)
	}
	return out
}

// resolve assigns an entity to every mention of the document.
func (s *semantics) resolve(ctx context.Context, sents [][]word, ms [][]mention) []*entity {
	r := &resolver{byKey: map[string]*entity{}, persons: map[string][]*entity{}}
	defs := linkDefinitions(sents, ms)
	// Pass 1: names from the lexicon and full names.
	for si := range ms {
		for k := range ms[si] {
			m := &ms[si][k]
			switch {
			case m.Kind == mPronoun:
				continue
			case m.Canon != "":
				m.ent = r.get(m.Class, m.Canon, true)
				if m.Kind == mCollective {
					m.ent.collective = true
				}
			case m.Class == schema.Person && len(nameTokens(m.Text)) >= 2:
				m.ent = r.leadingWord(sents[si], m)
				if m.ent == nil {
					m.ent = r.person(m.Text)
				}
				m.ent.countForm(cleanName(m.Text))
			case m.Class == schema.Organization || m.Class == schema.Place:
				if m.Class == schema.Organization && (isAcronym(m.Text) || particleName(m.Text)) {
					continue // pass 2: may stand for a name spelled out, or be a surname
				}
				if name, ok := ministryName(cleanName(m.Text), m.Country); ok && m.Class == schema.Organization {
					m.ent = r.get(m.Class, name, true)
				} else {
					m.ent = r.get(m.Class, cleanName(m.Text), false)
				}
				if m.Country != "" && m.ent.Country == "" {
					m.ent.Country = m.Country
				}
				if m.Country != "" && m.Class == schema.Organization {
					r.get(schema.Country, m.Country, true) // the country it names
				}
			}
			if m.ent != nil {
				m.ent.aliases[cleanName(m.Text)] = true
				if m.ent.Class == schema.Person {
					// "Ali Hosseini Khamenei" is also written "Ali Khamenei".
					if f := strings.Fields(cleanName(m.Text)); len(f) == 3 && !strings.Contains(m.Text, "-") && !particles[strings.ToLower(f[1])] && len(f[1]) > 2 {
						m.ent.aliases[f[0]+" "+f[2]] = true
					}
				}
			}
		}
	}
	// Pass 2: acronyms, surnames and unclassified single words. A pronoun is the last
	// person named; one that opens a sentence is the first person of the last sentence
	// that named one (the subject it continues).
	var lastPerson, lastSubject, curSubject *entity
	for si := range ms {
		if curSubject != nil {
			lastSubject = curSubject
		}
		curSubject = nil
		for k := range ms[si] {
			m := &ms[si][k]
			if m.Kind == mPronoun {
				m.ent = lastPerson
				if m.Start <= 1 && lastSubject != nil {
					m.ent = lastSubject
				}
				if curSubject == nil {
					curSubject = m.ent
				}
				continue
			}
			if m.ent == nil {
				text := cleanName(m.Text)
				switch {
				case isAcronym(text):
					if d := defs[[2]int{si, k}]; d != nil && d.ent != nil {
						// "the Northern Relief Front (NRF)": the acronym the sentence defines.
						m.ent = d.ent
						r.acronym(text, sents[si], m) // builds the index
						r.acr[strings.ToLower(strings.ReplaceAll(text, ".", ""))] = d.ent
					} else if e := r.acronym(text, sents[si], m); e != nil {
						m.ent = e
					} else {
						m.ent = r.get(schema.Organization, text, false)
					}
				case m.Class == schema.Organization:
					// "al-Muhandis" after "Abu Mahdi al-Muhandis" is his surname; else a body.
					if e := r.surname(text); e != nil {
						m.ent = e
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
					if e := r.surname(text); e != nil {
						m.ent = e
					} else if r.ambiguous {
						// "Barnard" after "Donny Barnard" and "Lee Barnard": no one.
					} else if e := r.variant(text); m.PlaceHint && e != nil {
						m.ent = e
					} else if m.PlaceHint && m.Start > 0 && sents[si][m.Start-1].Lower == "to" && s.mem.surnameOwners(schema.NameKey(text)) == 1 {
						// "take this fight to Trump": the surname of the one known person.
						m.ent = s.personBySurname(r, text)
					} else if m.PlaceHint {
						m.ent = r.get(schema.Place, text, false)
					} else if m.Class == schema.Person {
						m.ent = r.get(schema.Person, text, false)
						m.ent.tokens = nameTokens(text)
					} else if m.Class == schema.Place {
						m.ent = r.get(schema.Place, text, false)
					} else if name, ok := s.knownPerson(ctx, text); ok {
						m.ent = r.get(schema.Person, name, true)
					} else if e := r.knownHere(text); e != nil {
						m.ent = e // "Energean has committed", after "the gas producer Energean"
					} else if c, name, ok := s.knownThing(ctx, text); ok {
						m.ent = r.get(c, name, true)
					}
				}
				if m.ent == nil {
					continue
				}
				m.Class = m.ent.Class
				m.ent.aliases[text] = true
			}
			if m.ent.Class == schema.Person {
				lastPerson = m.ent
				if curSubject == nil {
					curSubject = m.ent
				}
			}
		}
	}
	// Pass 3: names against the entities already known.
	for _, e := range r.ents {
		if e.Class == schema.Person && !e.canonical && len(e.forms) > 1 {
			if f := e.bestForm(); f != "" {
				e.Name = f
			}
		}
		s.identify(ctx, e)
	}
	return r.ents
}

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
			if m.Class != schema.Organization || m.Kind != mName || a.Start != m.End+1 || ws[m.End].Text != "(" || a.End >= len(ws) || ws[a.End].Text != ")" || !isAcronym(cleanName(a.Text)) || isAcronym(cleanName(m.Text)) {
				continue
			}
			switch {
			case a.Canon != "" && a.Class == schema.Organization && m.Canon == "":
				m.Canon = a.Canon
			case a.Canon == "":
				defs[[2]int{si, k + 1}] = m
			}
		}
	}
	return defs
}

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

// personBySurname returns the document's entity for the one known full-name person with
// the surname text.
func (s *semantics) personBySurname(r *resolver, text string) *entity {
	kn, ok := s.mem.findSurname(schema.NameKey(text), false)
	if !ok {
		return r.get(schema.Place, text, false)
	}
	return r.get(schema.Person, kn.Name, true)
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
	// Drop the country's own words ("Turkish", "Turkey").
	if e, ok := lex().lookup(schema.NameKey(f[0])); ok && e.Class == schema.Country && e.Name == country {
		f = f[1:]
	}
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
	return nil
}

// knownThing returns the class and name of the one organisation the memory or the
// registry knows by the single word text (read with a context that classed it in an
// earlier document: "the company Voltarine" there, "Voltarine said" here). Places are
// left out: a place guessed from "to X" is too weak to class X everywhere.
func (s *semantics) knownThing(ctx context.Context, text string) (schema.Class, string, bool) {
	key := schema.NameKey(text)
	if key == "" || strings.Contains(key, " ") {
		return "", "", false
	}
	if kn, ok := s.mem.find(key, schema.Organization); ok {
		return kn.Class, kn.Name, true
	}
	if s.registry == nil {
		return "", "", false
	}
	var one schema.Entity
	if fs, err := s.registry.Lookup(ctx, key); err == nil {
		for _, f := range fs {
			if f.Class != schema.Organization {
				continue
			}
			if one.IRI != "" && one.IRI != f.IRI {
				return "", "", false
			}
			one = f
		}
	}
	return one.Class, one.Name, one.IRI != ""
}

// knownPerson returns the name of the one person known (to the memory or the registry)
// by the single word text, written as a surname alone or as a full name's surname.
func (s *semantics) knownPerson(ctx context.Context, text string) (string, bool) {
	toks := nameTokens(text)
	if len(toks) != 1 {
		return "", false
	}
	if kn, ok := s.mem.findSurname(toks[0], false); ok {
		return kn.Name, true
	}
	if kn, ok := s.mem.find(toks[0], schema.Person); ok {
		return kn.Name, true
	}
	if s.registry != nil {
		if f, ok := s.registryPerson(ctx, toks, false); ok {
			return f.Name, true
		}
	}
	return "", false
}

// identify gives e its canonical name and IRI: those of a known entity with one of its
// names, else its fullest name.
func (s *semantics) identify(ctx context.Context, e *entity) {
	if e.Class == schema.Person {
		s.identifyPerson(ctx, e)
		return
	}
	keys := []string{schema.NameKey(e.Name)}
	for _, a := range sortedAliases(e) {
		keys = append(keys, schema.NameKey(a))
	}
	for _, k := range keys {
		if kn, ok := s.mem.find(k, e.Class); ok {
			e.Name, e.IRI = kn.Name, kn.IRI
			return
		}
	}
	if s.registry != nil {
		for _, k := range keys {
			if f, ok := s.registryFind(ctx, k, e.Class, 0); ok {
				e.Name, e.IRI = f.Name, f.IRI
				return
			}
		}
	}
	e.IRI = schema.EntityIRI(e.Name)
}

func sortedAliases(e *entity) []string {
	as := make([]string, 0, len(e.aliases))
	for a := range e.aliases {
		as = append(as, a)
	}
	sort.Strings(as)
	return as
}

// registryFind returns the one entity of class c the registry knows by key whose
// canonical name has at least minToks name words; none when it knows several.
func (s *semantics) registryFind(ctx context.Context, key string, c schema.Class, minToks int) (schema.Entity, bool) {
	found, err := s.registry.Lookup(ctx, key)
	if err != nil {
		return schema.Entity{}, false
	}
	var one schema.Entity
	for _, f := range found {
		if f.Class == c && (minToks == 0 || len(nameTokens(f.Name)) >= minToks) {
			if one.IRI != "" && one.IRI != f.IRI {
				return schema.Entity{}, false // ambiguous
			}
			one = f
		}
	}
	return one, one.IRI != ""
}

// identifyPerson identifies a person: by its full names (exact, then spelling variants),
// then by its surname (the one known person of that surname, written in full or alone),
// in the memory first and then in the registry. A full name that joins a person known
// only by a surname keeps its fuller name and takes the known IRI.
func (s *semantics) identifyPerson(ctx context.Context, e *entity) {
	toks := nameTokens(e.Name)
	full := len(toks) >= 2
	adopt := func(name string, iri schema.IRI) {
		// The document's own full name stays its name (a graph keeps the most attested
		// one): "Qassem Soleimani" read after "Qassem Suleimani" keeps its spelling and
		// takes the known IRI; a surname alone takes the known full name.
		if full && len(nameTokens(name)) <= len(toks) {
			name = e.Name
		}
		e.Name, e.IRI = name, iri
	}
	// A full name is matched by its full names only: a known "Assad" read alone is asked
	// for last, after every full name of the surname.
	keys := []string{schema.NameKey(e.Name)}
	var bareKeys []string
	for _, a := range sortedAliases(e) {
		if !full || len(nameTokens(a)) >= 2 {
			keys = append(keys, schema.NameKey(a))
		} else {
			bareKeys = append(bareKeys, schema.NameKey(a))
		}
	}
	if len(toks) == 1 {
		// A surname alone is first the one known full-name person of that surname; when
		// several are known it is none of them.
		if kn, ok := s.mem.findSurname(toks[0], false); ok {
			adopt(kn.Name, kn.IRI)
			return
		}
		if s.mem.surnameOwners(toks[0]) > 1 {
			e.IRI = schema.EntityIRI(e.Name)
			return
		}
	}
	for _, k := range keys {
		if kn, ok := s.mem.find(k, schema.Person); ok {
			adopt(kn.Name, kn.IRI)
			return
		}
	}
	if kn, ok := s.mem.findPerson(toks); ok {
		adopt(kn.Name, kn.IRI)
		return
	}
	if len(toks) > 0 {
		if kn, ok := s.mem.findBare(toks[len(toks)-1], false); ok {
			adopt(kn.Name, kn.IRI)
			return
		}
	}
	if s.registry != nil {
		for _, k := range keys {
			if f, ok := s.registryFind(ctx, k, schema.Person, len(toks)); ok {
				adopt(f.Name, f.IRI)
				return
			}
		}
		if f, ok := s.registryPerson(ctx, toks, false); ok {
			adopt(f.Name, f.IRI)
			return
		}
	}
	// Failing its full names, a full name the document also writes as a bare surname is
	// the person known by that surname ("Suleimani" read last week).
	// Only a person known by the surname alone, or one whose full name is this one: "Les
	// Brown" known (with the alias "Brown") is not "Bill Brown", who is also "Brown".
	for _, k := range bareKeys {
		if kn, ok := s.mem.findBare(k, false); ok {
			adopt(kn.Name, kn.IRI)
			return
		}
	}
	if s.registry != nil && full {
		for _, k := range bareKeys {
			alt := append(append([]string{}, toks[:len(toks)-1]...), k)
			if f, ok := s.registryPerson(ctx, alt, false); ok {
				adopt(f.Name, f.IRI)
				return
			}
		}
	}
	// Spelling variants of the surname ("Khamanei" after "Ali Khamenei").
	if len(toks) > 0 {
		last := toks[len(toks)-1]
		if len(toks) == 1 {
			if kn, ok := s.mem.findSurname(last, true); ok {
				adopt(kn.Name, kn.IRI)
				return
			}
		}
		if kn, ok := s.mem.findBare(last, true); ok {
			adopt(kn.Name, kn.IRI)
			return
		}
		if s.registry != nil {
			if f, ok := s.registryPerson(ctx, toks, true); ok {
				adopt(f.Name, f.IRI)
				return
			}
		}
	}
	e.IRI = schema.EntityIRI(e.Name)
}

// registryPerson returns the one person of the registry known by the surname of toks
// (with variants, by a spelling variant of it) who is the person toks names: a full name
// that is a variant of toks, or, when toks is a surname alone or the known person has
// no full name, any person of that surname. The registry holds a person's surname as an
// alias (see surnameAlias), so asking for the surname's key finds every person of it.
func (s *semantics) registryPerson(ctx context.Context, toks []string, variants bool) (schema.Entity, bool) {
	if len(toks) == 0 {
		return schema.Entity{}, false
	}
	last := toks[len(toks)-1]
	keys := []string{last}
	if variants {
		keys = spellingVariants(last)
	}
	var match []schema.Entity
	for _, k := range keys {
		found, err := s.registry.Lookup(ctx, k)
		if err != nil {
			return schema.Entity{}, false
		}
		for _, f := range found {
			if f.Class != schema.Person {
				continue
			}
			fulls, ok := 0, false
			for _, n := range append([]string{f.Name}, f.Aliases...) {
				ft := nameTokens(n)
				if len(ft) < 2 || !similar(ft[len(ft)-1], last) {
					continue
				}
				fulls++
				if len(toks) == 1 || samePerson(ft, toks) {
					ok = true
				}
			}
			if ok || fulls == 0 {
				match = append(match, f)
			}
		}
	}
	if len(match) == 0 {
		return schema.Entity{}, false
	}
	for _, f := range match[1:] {
		if f.IRI != match[0].IRI {
			return schema.Entity{}, false // ambiguous
		}
	}
	return match[0], true
}

// spellingVariants returns keys one transliteration step from key: a vowel group
// written another way ("soleimani"/"suleimani", "khamenei"/"khamanei"), a consonant
// doubled or not ("qasem"/"qassem"), a final "v" or "w". Short keys have none.
func spellingVariants(key string) []string {
	if len(key) < 4 || !isASCIILower(key) {
		return nil
	}
	seen := map[string]bool{key: true}
	var out []string
	add := func(v string) {
		if !seen[v] && len(v) >= 4 {
			seen[v] = true
			out = append(out, v)
		}
	}
	// Vowel groups: positions [i, j) of runs of vowels.
	for i := 0; i < len(key); {
		if !vowel(key[i]) {
			i++
			continue
		}
		j := i
		for j < len(key) && vowel(key[j]) {
			j++
		}
		for _, g := range vowelGroups {
			add(key[:i] + g + key[j:])
		}
		i = j
	}
	for i := 1; i < len(key); i++ {
		c := key[i]
		if vowel(c) {
			continue
		}
		if key[i-1] == c {
			add(key[:i] + key[i+1:]) // undouble
		} else if !(i+1 < len(key) && key[i+1] == c) {
			add(key[:i] + string(c) + key[i:]) // double
		}
	}
	switch key[len(key)-1] {
	case 'v':
		add(key[:len(key)-1] + "w")
	case 'w':
		add(key[:len(key)-1] + "v")
	}
	return out
}

// surnameParticles belong to the surname that follows them.
var surnameParticles = toSet(`de da di del della dos das du la le van von der den ter ten bin ibn abu`)

// vowelGroups are the spellings a vowel sound takes in transliterated names.
var vowelGroups = []string{"a", "e", "i", "o", "u", "y", "ei", "ey", "ai", "ay", "ee", "ou", "oo", "ie", "ia", "ea", "aa", "iy"}

func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// surnameAlias returns the surname of a full person name as written ("Assad" of
// "Bashar al-Assad"), or "" when the name has no surname of three letters or more.
func surnameAlias(name string) string {
	f := strings.Fields(cleanName(name))
	if len(f) < 2 {
		return ""
	}
	last := f[len(f)-1]
	if p, rest, ok := strings.Cut(last, "-"); ok && particles[strings.ToLower(p)] {
		last = rest // "Bashar al-Assad" is "Assad"
	}
	if particles[strings.ToLower(last)] || len(nameTokens(last)) != 1 || len([]rune(last)) < 3 || strings.HasSuffix(last, ".") {
		return ""
	}
	// Particles written apart belong to the surname ("Gloria La Riva" is "La Riva", "Osama
	// bin Laden" is "bin Laden"), but not an Arabic article ("Bashar al Assad" is "Assad").
	k := len(f) - 1
	for k > 1 && surnameParticles[strings.ToLower(f[k-1])] {
		k--
	}
	if k < len(f)-1 {
		return strings.Join(f[k:], " ")
	}
	return last
}

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
	for _, b := range variantBlocks(toks[len(toks)-1]) {
		if xs := r.persons[b]; len(xs) == 0 || xs[len(xs)-1] != e {
			r.persons[b] = append(xs, e)
		}
	}
}

// firstPerson returns the earliest person of the document whose name tokens, of at
// least min words, are the same person as toks.
func (r *resolver) firstPerson(toks []string, min int) *entity {
	var best *entity
	for _, b := range variantBlocks(toks[len(toks)-1]) {
		for _, e := range r.persons[b] {
			if (best == nil || e.ord < best.ord) && e.Class == schema.Person && len(e.tokens) >= min && samePerson(e.tokens, toks) {
				best = e
			}
		}
	}
	return best
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
	la, lb := a[len(a)-1], b[len(b)-1]
	if !similar(la, lb) {
		return false
	}
	if len(a) == 1 || len(b) == 1 {
		return true
	}
	// Given names: the first of each must be a variant of the other ("Qassem"/"Qasem"),
	// or one name's given names a subset of the other's ("Bashar Assad"/"Bashar al-Assad").
	return similar(a[0], b[0])
}

// similar reports whether two name keys are spelling variants. Short names (five
// letters or fewer once doubled letters are single) differ at most in one vowel
// ("mahdi"/"mehdi", "qasem"/"qassem"; not "dole"/"doyle" or "kane"/"kanye"); longer ones
// are close by Jaro-Winkler and in length ("soleimani"/"suleimani", not
// "jack"/"jackson").
func similar(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 4 || len(b) < 4 || a[0] != b[0] && !(vowel(a[0]) && vowel(b[0])) {
		return false
	}
	if min(len(a), len(b)) <= 5 {
		da, db := undouble(a), undouble(b)
		if da == db {
			return true
		}
		if len(da) != len(db) || len(da) < 5 {
			return false
		}
		diff := 0
		for i := 0; i < len(da); i++ {
			if da[i] != db[i] {
				if !vowel(da[i]) || !vowel(db[i]) {
					return false
				}
				diff++
			}
		}
		return diff <= 1
	}
	if d := len(a) - len(b); d > 2 || d < -2 {
		return false
	}
	return jaroWinkler(a, b) >= 0.9
}

// undouble writes each run of one letter once: "qassem" -> "qasem".
func undouble(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i == 0 || s[i] != s[i-1] {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func vowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// variant returns the document's person whose full name is a variant of name.
func (r *resolver) variant(name string) *entity {
	toks := nameTokens(name)
	if len(toks) < 2 {
		return nil
	}
	return r.firstPerson(toks, 2)
}

// surname returns the person of the document whose last name (or a variant) is name.
func (r *resolver) surname(name string) *entity {
	r.ambiguous = false
	toks := nameTokens(name)
	if len(toks) != 1 {
		return nil
	}
	if r.byLast == nil {
		r.byLast, r.lasts = map[string][]*entity{}, map[string][]string{}
		for _, e := range r.ents {
			if e.Class != schema.Person || len(e.tokens) < 2 {
				continue
			}
			last := e.tokens[len(e.tokens)-1]
			if _, ok := r.byLast[last]; !ok {
				for _, b := range variantBlocks(last) {
					r.lasts[b] = append(r.lasts[b], last)
				}
			}
			r.byLast[last] = append(r.byLast[last], e)
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
			r.ambiguous = true
		}
		return e
	}
	key := toks[0]
	var cands []*entity
	seen := map[string]bool{}
	for _, b := range variantBlocks(key) {
		for _, last := range r.lasts[b] {
			if !seen[last] && similar(last, key) {
				seen[last] = true
				cands = append(cands, r.byLast[last]...)
			}
		}
	}
	e, amb := one(cands)
	r.ambiguous = amb
	return e
}

// variantBlocks returns the blocking keys of a name key: two keys that similar accepts
// share one of them in practice (the same consonant skeleton, as in
// "soleimani"/"suleimani", or the same first six letters, as in
// "grandclaude"/"granclaude").
// Lookups by block keep resolution near-linear in the number of names.
func variantBlocks(key string) []string {
	var b strings.Builder
	b.WriteString("s:")
	var prev rune
	for _, c := range key {
		if c < 0x80 && vowel(byte(c)) {
			continue
		}
		if c == 'w' {
			c = 'v'
		}
		if c != prev {
			b.WriteRune(c)
		}
		prev = c
	}
	out := []string{b.String()}
	if r := []rune(key); len(r) >= 7 {
		out = append(out, "p:"+string(r[:6]))
	}
	return out
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

// jaroWinkler returns the Jaro-Winkler similarity of two strings.
func jaroWinkler(a, b string) float64 {
	if len(a) <= 64 && len(b) <= 64 && isASCII(a) && isASCII(b) {
		return jaroWinklerASCII(a, b)
	}
	ra, rb := []rune(a), []rune(b)
	la, lb := len(ra), len(rb)
	if la == 0 || lb == 0 {
		return 0
	}
	win := max(la, lb)/2 - 1
	win = max(win, 0)
	ma := make([]bool, la)
	mb := make([]bool, lb)
	matches := 0
	for i := range ra {
		lo, hi := max(0, i-win), min(lb, i+win+1)
		for j := lo; j < hi; j++ {
			if !mb[j] && ra[i] == rb[j] {
				ma[i], mb[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	t, j := 0, 0
	for i := range ra {
		if !ma[i] {
			continue
		}
		for !mb[j] {
			j++
		}
		if ra[i] != rb[j] {
			t++
		}
		j++
	}
	m := float64(matches)
	jaro := (m/float64(la) + m/float64(lb) + (m-float64(t)/2)/m) / 3
	p := 0
	for p < min(4, la, lb) && ra[p] == rb[p] {
		p++
	}
	return jaro + float64(p)*0.1*(1-jaro)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// jaroWinklerASCII is jaroWinkler for short ASCII strings, without allocating.
func jaroWinklerASCII(a, b string) float64 {
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 {
		return 0
	}
	win := max(max(la, lb)/2-1, 0)
	var ma, mb [64]bool
	matches := 0
	for i := 0; i < la; i++ {
		lo, hi := max(0, i-win), min(lb, i+win+1)
		for j := lo; j < hi; j++ {
			if !mb[j] && a[i] == b[j] {
				ma[i], mb[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	t, j := 0, 0
	for i := 0; i < la; i++ {
		if !ma[i] {
			continue
		}
		for !mb[j] {
			j++
		}
		if a[i] != b[j] {
			t++
		}
		j++
	}
	m := float64(matches)
	jaro := (m/float64(la) + m/float64(lb) + (m-float64(t)/2)/m) / 3
	p := 0
	for p < min(4, la, lb) && a[p] == b[p] {
		p++
	}
	return jaro + float64(p)*0.1*(1-jaro)
}
