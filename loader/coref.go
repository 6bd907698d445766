package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// Coreference of group descriptions inside a document: "Houthi rebels ... the rebels are
// backed by Iran" reads the second phrase as the Houthis. A definite description stands
// for the named group the document last called by the same noun ("X militia" for "the
// militia"), if that group was named (by any of its names) in the same sentence or the
// three before. Anything less
// certain is left alone: a description without such an antecedent keeps its own
// collective entity, and "the group" (which could be any organisation named before) is
// not read.

// groupHeadNouns are the head nouns of group descriptions.
var groupHeadNouns = wordSet("groupHeadNouns")

// corefWindow is how many sentences back an antecedent may be.
const corefWindow = 3

type antecedent struct {
	e    *entity
	sent int // where it was named with the noun
}

// groupDescriptions rebinds definite group descriptions in views to their antecedents.
func groupDescriptions(views []*sentenceView) {
	byNoun := map[string]antecedent{}
	lastSeen := map[*entity]int{} // the last sentence naming each group
	for n, v := range views {
		for k := range v.ms {
			m := &v.ms[k]
			if m.ent == nil {
				continue
			}
			if head, outside := groupHead(v, m); m.Kind == mName && m.ent.Class == schema.Organization && (outside || !stateBody(m.ent.Name)) && m.ent.Country == "" {
				if groupHeadNouns[head] {
					byNoun[head] = antecedent{m.ent, n}
				}
				lastSeen[m.ent] = n
				continue
			}
			if m.Kind == mCollective && definite(v, m.Start) {
				if a, ok := byNoun[lastKey(m.Text)]; ok && n-lastSeen[a.e] <= corefWindow && m.End-m.Start == 1 {
					m.ent = a.e
				}
			}
		}
	}
}

// groupHead returns the head noun of name mention m of v: its last word, or the group
// noun just after it ("the Orun militia"); outside says it is that noun after the name,
// which makes a name a state body's words end ("the X Guard militia") a group's.
func groupHead(v *sentenceView, m *mention) (head string, outside bool) {
	head = lastKey(m.Text)
	if !groupHeadNouns[head] && m.End < len(v.ws) && !v.ws[m.End].Cap {
		w := v.ws[m.End].Lower
		return w, groupHeadNouns[w]
	}
	return head, false
}

// A group description in apposition to a body's name is that body: "the Northern Relief
// Front (NRF), a Chilean-backed militia" says what the front is, not that some other group
// exists. Only an indefinite description with a singular head noun ("a militia", "an armed
// group") right after the name, its acronym in parentheses and a comma, with at most three
// modifiers between the article and the noun, is read so.

// appositiveHeads are the singular head nouns of group descriptions in apposition.
var appositiveHeads = wordSet("appositiveHeads")

// appositiveDescriptions binds such descriptions in views to the body they describe.
func appositiveDescriptions(views []*sentenceView) {
	for _, v := range views {
		for k := range v.ms {
			m := &v.ms[k]
			if m.Kind != mCollective || !appositiveHeads[v.ws[m.End-1].Key] {
				continue
			}
			if body := appositiveBody(v, m.Start); body != nil {
				m.ent = body
			}
		}
	}
}

// appositiveBody returns the organisation named just before the indefinite description
// whose modifiers begin before word i, or nil.
func appositiveBody(v *sentenceView, i int) *entity {
	j := i - 1
	for n := 0; j >= 0 && n < 3 && v.ws[j].Lower != "a" && v.ws[j].Lower != "an"; n++ {
		if v.ws[j].Punct {
			return nil
		}
		j--
	}
	if j < 2 || v.ws[j].Lower != "a" && v.ws[j].Lower != "an" || v.ws[j-1].Text != "," {
		return nil
	}
	end := j - 1 // the comma
	if v.ws[end-1].Text == ")" && end >= 4 && v.ws[end-3].Text == "(" {
		end -= 3 // "Northern Relief Front (NRF),"
	}
	k := v.at[end-1]
	if k < 0 || v.ms[k].End != end || v.ms[k].Kind != mName || v.ms[k].ent == nil || v.ms[k].ent.Class != schema.Organization {
		return nil
	}
	if s := v.ms[k].Start; k > 0 && v.ms[k-1].End == s-1 && (v.ws[s-1].Text == "," || v.ws[s-1].Lower == "and" || v.ws[s-1].Lower == "or") {
		return nil // the last of a list: "A, B and C, a militia" may describe any of them
	}
	return v.ms[k].ent
}

// "The group", "the militia" and the like, said of a body the document named just before
// by another noun ("the Northern Relief Front ... the militia is backed by Y"), are that
// body when it is the one body of the kind in the sentence before the phrase or, if none
// is there, in the nearest sentence before that names one. A state body, a party or a
// country's body is no group; "the group of" is a group of anything.

// publicBodyHeads: see data/words.txt.
var publicBodyHeads = wordSet("publicBodyHeads")

// hypernymNouns: see data/words.txt.
var hypernymNouns = wordSet("hypernymNouns")

// descriptionNouns are the singular nouns of such descriptions.
var descriptionNouns = wordSet("descriptionNouns")

// bodyDescHeads are the nouns of descriptions of a kind of body ("the alliance", "the
// bloc"), each with the head nouns of the names it may describe (data/words.txt).
var bodyDescHeads = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for noun, heads := range wordPairs("bodyDescHeads") {
		out[noun] = toSet(heads)
	}
	return out
}()

// armedDescriptionNouns are the descriptionNouns that mean an armed group.
var armedDescriptionNouns = wordSet("armedDescriptionNouns")

// bodyDescriptions binds "the group" and the like in views to the body they stand for.
func bodyDescriptions(views []*sentenceView) {
	for n, v := range views {
		var extra []mention
		for i := 0; i+1 < len(v.ws); i++ {
			noun := v.ws[i+1]
			if v.ws[i].Lower != "the" || !descriptionNouns[noun.Lower] && bodyDescHeads[noun.Lower] == nil || !bodyDescriptionEnds(v, i+2, descriptionNouns[noun.Lower]) {
				continue
			}
			if k := v.at[i+1]; k >= 0 && (v.ms[k].Kind != mCollective || v.ms[k].End-v.ms[k].Start != 1 || v.ms[k].ent != nil && !v.ms[k].ent.collective) {
				continue // a name, or already bound
			}
			if e := nearestBody(views, n, i, noun.Lower); e != nil {
				extra = append(extra, mention{Start: i + 1, End: i + 2, Text: noun.Text, Class: schema.Organization, Kind: mCollective, ent: e, coref: true})
			}
		}
		extra = append(extra, modifiedDescriptions(views, n)...)
		if len(extra) > 0 {
			v.insertMentions(extra)
		}
	}
}

// armedGroupModifiers: see data/words.txt.
var armedGroupModifiers = wordSet("armedGroupModifiers")

// modifiedDescriptions returns the mentions of sentence n of views for "the" with a
// modifier that makes a group an armed one and a group noun ("the militant group", "the
// rebel group is backed by Y", "the Islamist movement said"): the body that noun describes
// (nearestBody), never a company. The modifier may have been read as a name or a
// collective of its own ("Islamist", "rebels"); the description takes its place.
func modifiedDescriptions(views []*sentenceView, n int) []mention {
	v := views[n]
	var extra []mention
	for i := 0; i+2 < len(v.ws); i++ {
		mod, noun := v.ws[i+1], v.ws[i+2]
		if v.ws[i].Lower != "the" || !armedGroupModifiers[mod.Lower] || noun.Cap || !descriptionNouns[noun.Lower] || !bodyDescriptionEnds(v, i+3, true) {
			continue
		}
		if i+3 < len(v.ws) && (v.ws[i+3].Cap && !v.ws[i+3].Punct || v.at[i+3] >= 0) {
			continue // "the militant group X": the name it introduces
		}
		if k := v.at[i+1]; k >= 0 && (v.ms[k].Start != i+1 || v.ms[k].End > i+3 || v.ms[k].End == i+3 && v.ms[k].Kind != mCollective) || v.at[i+2] >= 0 && v.at[i+2] != v.at[i+1] {
			continue // part of a longer name ("the Islamist Group of X"), or the noun already read
		}
		if e := nearestBody(views, n, i, noun.Lower); e != nil && !companySuffixes[lastKey(e.Name)] {
			extra = append(extra, mention{Start: i + 1, End: i + 3, Text: mod.Text + " " + noun.Text, Class: schema.Organization, Kind: mCollective, ent: e, coref: true})
		}
	}
	return extra
}

// bodyDescriptionAt returns the end of the description of a body that word i of v opens
// ("the group", "the bloc", "the militant group"; "the" at i), or -1.
func bodyDescriptionAt(v *sentenceView, i int) int {
	if i+1 >= len(v.ws) || v.ws[i].Lower != "the" {
		return -1
	}
	j := i + 1
	if armedGroupModifiers[v.ws[j].Lower] && j+1 < len(v.ws) && descriptionNouns[v.ws[j+1].Lower] && !v.ws[j+1].Cap {
		j++
	}
	noun := v.ws[j].Lower
	if !descriptionNouns[noun] && bodyDescHeads[noun] == nil || v.ws[j].Cap && j > i+1 || !bodyDescriptionEnds(v, j+1, descriptionNouns[noun]) {
		return -1
	}
	return j + 1
}

// bodyDescriptionWord reports whether words ws may hold such a description, which
// bodyDescriptions or modifiedDescriptions may bind to a body named before.
func bodyDescriptionWord(ws []word) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].Lower == "the" && (descriptionNouns[ws[i+1].Lower] || bodyDescHeads[ws[i+1].Lower] != nil || armedGroupModifiers[ws[i+1].Lower]) {
			return true
		}
	}
	return false
}

// gateBodyDescriptions adds to sentence v, for the parse gate only, a mention for each
// description of a body that may be bound after it: "the group is led by X" has two
// entities, as "the X Front is led by Y" has.
func gateBodyDescriptions(v *sentenceView) {
	var extra []mention
	for i := range v.ws {
		if end := bodyDescriptionAt(v, i); end > 0 && v.at[end-1] < 0 {
			extra = append(extra, mention{Start: i + 1, End: end, Class: schema.Organization, Kind: mCollective})
		}
	}
	if len(extra) > 0 {
		v.insertMentions(extra)
	}
}

// bodyDescriptionEnds reports whether a description ends before word i: for a group noun
// ("the group") with a verb-like word, an adverb or irregular past that follows subjects
// ("the group also attacked", "the group took"), a name or punctuation after it, for the noun of a
// kind of body as kindDescriptionEnds says; never before "of", a hyphen or a participle
// with its agent ("the group led by X", a new group).
func bodyDescriptionEnds(v *sentenceView, i int, group bool) bool {
	if i >= len(v.ws) {
		return true
	}
	if w := v.ws[i]; w.Lower == "of" || w.Hyph {
		return false
	}
	if i+1 < len(v.ws) && strings.HasSuffix(v.ws[i].Lower, "ed") && v.ws[i+1].Lower == "by" {
		return false // "said the group led by X": a participle that tells a group not named before
	}
	if !group {
		return kindDescriptionEnds(v, i) // not "the party leaders", not "the party's" (bodyPossessors reads that)
	}
	w := v.ws[i]
	return w.Punct || w.Cap || w.Key == "s" || verbLike(w.Lower) || subjectFollowers[w.Lower] || objectDescriptionEnds(v, i)
}

// kindDescriptionEnds reports whether a description of a kind of body ("the party", "the
// ministry") ends before word i as a subject: the end of the sentence, a comma, or a verb
// or an auxiliary after it that is no plural noun ("the party said", not "the party
// leaders").
func kindDescriptionEnds(v *sentenceView, i int) bool {
	if i >= len(v.ws) {
		return true
	}
	w := v.ws[i]
	if w.Punct {
		return w.Text == "," || w.Text == "."
	}
	if objectDescriptionEnds(v, i) {
		return true
	}
	return !w.Cap && v.at[i] < 0 && (clauseVerbs[w.Lower] || reportingVerbs[w.Lower] || strings.HasSuffix(w.Lower, "ed") || subjectFollowers[w.Lower])
}

// descriptionObjectEnds are the prepositions after which a description of a kind of body
// may end as an object.
var descriptionObjectEnds = wordSet("descriptionObjectEnds")

// objectDescriptionEnds reports whether a two-word description ("the bloc", "the group")
// ends before word i as an object: after "by", a verb, or "of" after a person's noun, with
// one of the descriptionObjectEnds after it ("sanctioned by the bloc since 2004", "joined
// the party in 1990", "commands the group from a base", "was elected leader of the party
// in 2010").
func objectDescriptionEnds(v *sentenceView, i int) bool {
	if i < 3 || i >= len(v.ws) || !descriptionObjectEnds[v.ws[i].Lower] {
		return false
	}
	before := v.ws[i-3].Lower
	return before == "by" || verbLike(before) || before == "of" && i >= 4 && v.ws[i-4].in(hotUnnamedPersons)
}

// verbLike reports whether a lower-case word after "the group" may be its verb or an
// auxiliary ("the group said", "the group has", "the group, which"), not a noun it
// modifies ("the group leader").
func verbLike(w string) bool {
	return clauseVerbs[w] || reportingVerbs[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// nearestBody returns the one group body that noun may describe named in sentence n
// before word i, or else in the nearest sentence of the corefWindow before it that names
// one; nil when that sentence names two. A body named with another group noun ("Houthi
// rebels") is not described by this one ("the militia"), but "the group" describes any
// (hypernymNouns); an armed noun describes no company; a public body (publicBodyHeads)
// named first leaves a group noun unbound.
func nearestBody(views []*sentenceView, n, i int, noun string) *entity {
	if e, named := sameHeadBody(views, n, i, noun); named {
		return e
	}
	armed := armedDescriptionNouns[noun]
	for back := 0; back <= corefWindow && n-back >= 0; back++ {
		v := views[n-back]
		var found *entity
		head := ""
		for _, m := range v.ms {
			if back == 0 && m.Start >= i {
				break
			}
			e := m.ent
			if m.Kind != mName || e == nil || e.Class != schema.Organization {
				continue
			}
			if bodyDescHeads[noun] == nil && (e.Country != "" || m.Country != "" || stateBody(e.Name) || isParty(e)) {
				continue // "the group" is no state's body and no party; "the ministry", "the party" are
			}
			if bodyDescHeads[noun] == nil && publicBodyHeads[lastKey(e.Name)] {
				return nil // "a filing with the X Commission, the group, led by Y, said": a commission is no group, and the group is one not named nearby
			}
			if heads := bodyDescHeads[noun]; heads != nil && !describedKind(heads, noun, m.Text, e) {
				continue // "the bloc" for no body whose name is no bloc's: "X Front ... by the bloc"
			}
			if found != nil && found != e {
				return nil
			}
			found, head = e, lastKey(m.Text)
		}
		if found == nil {
			continue
		}
		if armed && companySuffixes[lastKey(found.Name)] || groupHeadNouns[head] && strings.TrimSuffix(head, "s") != noun && !hypernymNouns[noun] {
			return nil
		}
		return found
	}
	return nil
}

// A group noun that is no hypernym ("the movement", "the militia") says which of the bodies
// the document named it means: the one whose name ends with that noun ("the Velka
// Movement"), even when a body of another name ("the Orun Brigade, a rival militia") was
// named since. A careful reader looks back further for such a name than for any body, so
// the window is sameHeadWindow sentences; two bodies so named in it leave the noun unbound.

// sameHeadWindow is how many sentences back a body named with the description's noun may be.
const sameHeadWindow = 6

// sameHeadBody returns the one group body named with noun as its head (see nearestBody for
// the bodies "the group" may describe) in sentence n before word i or the sameHeadWindow
// before it, and whether any was named (nil then when two were).
func sameHeadBody(views []*sentenceView, n, i int, noun string) (*entity, bool) {
	if !groupHeadNouns[noun] || hypernymNouns[noun] {
		return nil, false
	}
	var found *entity
	for back := 0; back <= sameHeadWindow && n-back >= 0; back++ {
		for _, m := range views[n-back].ms {
			if back == 0 && m.Start >= i {
				break
			}
			e := m.ent
			if m.Kind != mName || e == nil || e.Class != schema.Organization || lastKey(m.Text) != noun && lastKey(e.Name) != noun {
				continue
			}
			if e.Country != "" || m.Country != "" || stateBody(e.Name) || isParty(e) {
				continue
			}
			if found != nil && found != e {
				return nil, true
			}
			found = e
		}
	}
	return found, found != nil
}

// describedKind reports whether the noun of a kind of body (with the head nouns heads)
// describes body e named as text: its name's head is one of them ("Southern Trade Bloc",
// "Ministry of Water"), or e is a party and the noun "party".
func describedKind(heads map[string]bool, noun, text string, e *entity) bool {
	return heads[lastKey(text)] || heads[lastKey(e.Name)] || heads[ofHead(e.Name)] || noun == "party" && isParty(e)
}

// A singular group noun that no antecedent took ("the general of Iran's elite militia",
// "a militia attacked the town") is one body the text does not name: not the family of
// all such groups that the plural names ("militias"), so it stands for no entity.

// unboundSingulars drops the entity of such mentions in views.
func unboundSingulars(views []*sentenceView) {
	for _, v := range views {
		for k := range v.ms {
			m := &v.ms[k]
			if m.Kind == mCollective && m.End-m.Start == 1 && m.ent != nil && m.ent.collective && appositiveHeads[v.ws[m.Start].Lower] {
				m.ent = nil
			}
		}
	}
}

// "The country's" after a sentence that names one country is that country's: "Protests
// spread across Chile. The country's president, X, called for calm." Only the possessive
// and a subject that opens its clause ("The country has imposed sanctions") are read:
// "toured the country" is as often the writer's own country. The antecedent is
// the one country the sentence names before the phrase, or else the one country of the
// nearest sentence before that names any; where that sentence names two or more, the
// phrase is left alone (which of them it means is a guess), as it is when no sentence of
// the corefWindow before names a country.

// countryDescriptions binds "the country's" and "the country" as a subject in views to the country it stands for. The
// mention does not count as naming the country for the document's dominant country.
func countryDescriptions(views []*sentenceView) {
	for n, v := range views {
		var extra []mention
		for i := 0; i+1 < len(v.ws); i++ {
			if v.ws[i].Lower != "the" || !countryNouns[v.ws[i+1].Lower] || v.at[i+1] >= 0 || i+2 >= len(v.ws) || v.ws[i+2].Hyph {
				continue
			}
			if v.ws[i+2].Key != "s" && !countrySubject(v, i) {
				continue
			}
			if e := nearestCountry(views, n, i); e != nil {
				extra = append(extra, mention{Start: i + 1, End: i + 2, Text: v.ws[i+1].Text, Class: schema.Country, Kind: mCollective, ent: e, coref: true})
			}
		}
		if len(extra) > 0 {
			v.insertMentions(extra)
		}
	}
}

// countrySubject reports whether "the country" at word i of v is the subject of a clause
// it opens: first in the sentence or after a comma, "and", "but" or "that", with a verb
// or an auxiliary after it ("The country has imposed", "and the country said").
func countrySubject(v *sentenceView, i int) bool {
	if i > 0 {
		switch v.ws[i-1].Lower {
		case ",", "and", "but", "that":
		default:
			return false
		}
	}
	w := v.ws[i+2]
	return !w.Punct && !w.Cap && v.at[i+2] < 0 && (clauseVerbs[w.Lower] || strings.HasSuffix(w.Lower, "ed"))
}

// nearestCountry returns the one country named in sentence n before word i, or else in
// the nearest sentence of the corefWindow before it that names a country; nil when that
// sentence names more than one.
func nearestCountry(views []*sentenceView, n, i int) *entity {
	return nearestFitting(views, n, i, func(m *mention) bool { return m.ent.Class == schema.Country })
}

// nearestFitting returns the one entity that mentions fitting fits (and resolved to an
// entity) name in sentence n before word i, or else in the nearest sentence of the
// corefWindow before it that has such a mention; nil when none, or when that sentence
// names two different ones.
func nearestFitting(views []*sentenceView, n, i int, fits func(m *mention) bool) *entity {
	return nearestFittingWithin(views, n, i, corefWindow, fits)
}

// nearestFittingWithin is nearestFitting with a window of its own.
func nearestFittingWithin(views []*sentenceView, n, i, window int, fits func(m *mention) bool) *entity {
	for back := 0; back <= window && n-back >= 0; back++ {
		var found *entity
		for k := range views[n-back].ms {
			m := &views[n-back].ms[k]
			if back == 0 && m.Start >= i {
				break
			}
			if m.ent == nil || !fits(m) {
				continue
			}
			if found != nil && found != m.ent {
				return nil
			}
			found = m.ent
		}
		if found != nil {
			return found
		}
	}
	return nil
}

// bodyHeadNouns end the names of bodies that a document goes on to call "the party", "the
// bank" ("the Labour Party ... the party's leader, X").
var bodyHeadNouns = wordSet("bodyHeadNouns")

// bodyPossessors binds "the party's" and the like, before a title ("the party's leader,
// X", "the bank's chief executive X"), to the one body named before it in the sentence or
// the three before with that noun: a name ending in it, or a canonical name ending in it
// ("Labour" for the Labour Party), or the noun just before the name ("the group X"). With
// two such bodies in that window, or none, it binds nothing.
func bodyPossessors(views []*sentenceView) {
	named := map[string][]antecedent{} // head noun -> bodies named with it, in order
	for n, v := range views {
		var extra []mention
		for i := 0; i+3 < len(v.ws); i++ {
			noun := v.ws[i+1].Lower
			if v.ws[i].Lower != "the" || !bodyHeadNouns[noun] && !countryNouns[noun] && !companyNouns[noun] || v.at[i+1] >= 0 || v.ws[i+2].Key != "s" || v.ws[i+2].Hyph {
				continue
			}
			j := i + 3
			for j < len(v.ws) && titleLex().modifiers[v.ws[j].Lower] {
				j++
			}
			if !titleAfterField(v, j) {
				continue
			}
			cands := named[noun]
			for _, m := range v.ms {
				if m.Start < i && bodyNouns(v, m)[noun] {
					cands = append(cands, antecedent{m.ent, n})
				}
			}
			window := corefWindow
			if companyNouns[noun] {
				window = 1 // the most generic noun: "the company" a sentence after the body, or in its sentence
			}
			if e := soleAntecedent(cands, n, window); e != nil {
				extra = append(extra, mention{Start: i + 1, End: i + 2, Text: v.ws[i+1].Text, Class: e.Class, Kind: mCollective, ent: e})
			}
		}
		for _, m := range v.ms {
			for noun := range bodyNouns(v, m) {
				named[noun] = append(named[noun], antecedent{m.ent, n})
			}
		}
		if len(extra) > 0 {
			v.insertMentions(extra)
		}
	}
}

// titleAfterField reports whether a title starts at word j, or after one or two words of
// its field: "the party's health spokeswoman", "the bank's Treasury spokesman". The field
// words hold no possessive, punctuation or name but a one-word field ("Treasury").
func titleAfterField(v *sentenceView, j int) bool {
	for n := 0; n < 3 && j < len(v.ws); n++ {
		if _, k, _ := matchTitle(v.ws, j); k > 0 {
			return true
		}
		if w := v.ws[j]; w.Punct || w.Key == "s" || determiners[w.Lower] || v.at[j] >= 0 && !fieldName(v.ms[v.at[j]]) {
			return false
		}
		j++
	}
	return false
}

// fieldName reports whether mention m may be a title's field: one word naming no person
// or country ("Treasury" in "the party's Treasury spokesman").
func fieldName(m mention) bool {
	return m.End-m.Start == 1 && m.Class != schema.Person && m.Class != schema.Country
}

// countryNouns are the nouns that describe a country ("the country's president, X").
var countryNouns = wordSet("countryNouns")

// companyNouns describe any body that is no party and no state's ("X Corporation ... the
// company's chairman, Y"): two such bodies in the window leave the phrase alone.
var companyNouns = wordSet("companyNouns")

// bodyNouns returns the head nouns of bodyHeadNouns that name organisation mention m: the
// last word of its text or of its entity's name, and a noun just before it; for a country
// named or by its demonym, the countryNouns.
func bodyNouns(v *sentenceView, m mention) map[string]bool {
	if (m.Kind == mName || m.Kind == mDemonym) && m.ent != nil && m.ent.Class == schema.Country && !m.coref {
		return countryNouns // "Chile ... the country's foreign minister, X"
	}
	if m.Kind != mName || m.ent == nil || m.ent.Class != schema.Organization {
		return nil
	}
	out := map[string]bool{}
	if isParty(m.ent) {
		out["party"] = true // "the Liberal Democrats ... the party's spokesman"
	}
	for _, w := range []string{lastKey(m.Text), lastKey(m.ent.Name), ofHead(m.Text), ofHead(m.ent.Name)} {
		if bodyHeadNouns[w] {
			out[w] = true
		}
	}
	if !isParty(m.ent) && !stateBody(m.ent.Name) && !m.ent.collective {
		for c := range companyNouns {
			out[c] = true // "X Mining Corporation ... the company's chairman"; two bodies, no one
		}
	}
	if m.Start > 0 && bodyHeadNouns[v.ws[m.Start-1].Lower] && v.at[m.Start-1] < 0 {
		out[v.ws[m.Start-1].Lower] = true
	}
	return out
}

// ofHead returns the lower-case head of a name written "X of Y" ("ministry" in "Ministry
// of Water", "bank" in "Bank of Korea"), or "".
func ofHead(name string) string {
	f := strings.Fields(name)
	if len(f) < 3 || strings.ToLower(f[1]) != "of" {
		return ""
	}
	return schema.NameKey(f[0])
}

// soleAntecedent returns the one body of as named in sentence n or the window sentences
// before it, or nil when there is none or more than one.
func soleAntecedent(as []antecedent, n, window int) *entity {
	var e *entity
	for _, a := range as {
		if n-a.sent > window {
			continue
		}
		if e != nil && e != a.e {
			return nil
		}
		e = a.e
	}
	return e
}

// definite reports whether the mention at word i follows "the".
func definite(v *sentenceView, i int) bool {
	return i > 0 && v.ws[i-1].Lower == "the"
}

// lastKey returns the lower-case last word of a phrase (the last of strings.Fields, found
// from the end without splitting the phrase).
func lastKey(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		s = s[i+n:]
	}
	return schema.NameKey(s)
}

// A name that resolution left without an entity, when the document names a person by it:
// "Wiranto" after "Indonesia's security minister Wiranto", "Khalilzad" after "Zalmay
// Khalilzad". The whole name matches first; a bare surname goes to the salient person of
// that surname, the one the document names first unless another is named more than twice
// as often, even when a relative shares it ("Trump" is Donald Trump in an article that
// names Mary Trump later).

// bareNames binds the unresolved name mentions of views to the persons they name.
func bareNames(views []*sentenceView) {
	full := map[string]*entity{} // a person's whole name key -> the person (nil: two persons)
	count := map[*entity]int{}   // mentions of each person
	bySurname := map[string][]*entity{}
	for _, v := range views {
		for _, m := range v.ms {
			e := m.ent
			if e == nil || e.Class != schema.Person || m.Kind == mDemonym {
				continue
			}
			if count[e]++; count[e] == 1 {
				if ts := nameTokens(e.Name); len(ts) >= 2 {
					bySurname[ts[len(ts)-1]] = append(bySurname[ts[len(ts)-1]], e)
				}
			}
			if m.Kind == mName {
				k := schema.NameKey(e.Name)
				if o, seen := full[k]; seen && o != e {
					full[k] = nil
				} else {
					full[k] = e
				}
			}
		}
	}
	for _, v := range views {
		for k := range v.ms {
			m := &v.ms[k]
			if m.Kind != mName || m.ent != nil || m.Class != "" && m.Class != schema.Person {
				continue
			}
			key := schema.NameKey(m.Text)
			if e := full[key]; e != nil {
				m.ent = e
				continue
			}
			if ts := nameTokens(m.Text); len(ts) > 0 {
				m.ent = salient(bySurname[ts[len(ts)-1]], count, key)
			}
		}
	}
}

// salient returns the salient person among those whose name ends with key (cands in the
// order the document first names them), or nil when there is none.
// Two first named in one sentence ("A Varga and B Varga arrived") are no first: neither
// is, unless one is named more than twice as often as the other.
func salient(cands []*entity, count map[*entity]int, key string) *entity {
	var best *entity
	tie := false
	for _, e := range cands { // in the order the document first names them
		if !strings.HasSuffix(" "+schema.NameKey(e.Name), " "+key) {
			continue
		}
		switch {
		case best == nil || count[e] > 2*count[best]:
			best, tie = e, false
		case e.firstSent > 0 && e.firstSent == best.firstSent && 2*count[e] >= count[best]:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}
