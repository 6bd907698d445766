package loader

import (
	"context"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// semantics runs the semantic stages: mention detection (mention.go), resolution within
// the document (resolve.go) and relation extraction (relation.go, pattern.go). It has no
// state: what it returns depends on the document alone, so it is safe for concurrent use
// and documents can go through it in any order, on all cores.
type semantics struct{}

func newSemantics(*Options) *semantics { return &semantics{} }

// stageHook, when set (by tests), is called on each document before resolution: a test
// makes it panic to stand for a stage that trips a bug.
var stageHook func(*document)

// analyze returns the entities and facts of d, and how d names each entity.
func (s *semantics) analyze(ctx context.Context, d *document) ([]schema.Entity, []schema.Fact, error) {
	ents, facts, _, err := s.analyzeNames(ctx, d)
	return ents, facts, err
}

// analyzeNames is analyze, also returning the EntityNames of the entities, sorted by IRI.
func (s *semantics) analyzeNames(ctx context.Context, d *document) ([]schema.Entity, []schema.Fact, []schema.EntityNames, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, nil, err
	}
	if d.words == nil {
		detectMentions(d)
	}
	if stageHook != nil {
		stageHook(d)
	}
	sents, ms, parses := d.words, d.mentions, d.parses
	d.words, d.mentions, d.parses = nil, nil, nil // resolution edits the mentions: a second analysis detects anew
	ents := resolveDocument(sents, ms)
	if err := ctx.Err(); err != nil {
		return nil, nil, nil, err
	}
	fs := extract(sentenceViews(d, sents, ms, parses, ents))
	addSurnames(ents, sents)
	out, ns := documentEntities(ents)
	return out, documentFacts(d, fs), ns, nil
}

// sentenceViews returns the views of the document's sentences that relation extraction
// reads: words, mentions and parse of each, with the document's entities by name.
func sentenceViews(d *document, sents [][]word, ms [][]mention, parses []*lazyParse, ents []*entity) []*sentenceView {
	countries := map[string]*entity{}
	byName := map[string]*entity{}
	for _, e := range ents {
		if e.Class == schema.Country {
			countries[e.Name] = e
		}
		byName[classKey(e.Class, schema.NameKey(e.Name))] = e
		for a := range e.aliases {
			if _, ok := byName[classKey(e.Class, schema.NameKey(a))]; !ok {
				byName[classKey(e.Class, schema.NameKey(a))] = e
			}
		}
	}
	views := make([]*sentenceView, len(sents))
	for i := range sents {
		views[i] = newView(i, sents[i], ms[i])
		views[i].countries = countries
		views[i].byName = byName
		views[i].date = d.Meta.Published
		views[i].text = d.Sentences[i].Text // for the tree layer (tree.go)
		if i < len(parses) {
			views[i].lp = parses[i]
		}
	}
	sport := sportDocument(views)
	for _, v := range views {
		v.sport = sport
	}
	return views
}

// documentEntities returns the document's entities, sorted by IRI (every named one, and
// unnamed groups that take part in a fact), and the EntityNames of each.
func documentEntities(ents []*entity) ([]schema.Entity, []schema.EntityNames) {
	var out []schema.Entity
	names := map[schema.IRI]*schema.EntityNames{}
	for _, e := range ents {
		if e.collective && !e.inFact || e.IRI == "" {
			continue
		}
		var as []string
		for a := range e.aliases {
			if a != e.Name && schema.NameKey(a) != "" && !compoundSurname(e, a) {
				as = append(as, a)
			}
		}
		sort.Strings(as)
		se := e.schema()
		se.Aliases = as
		out = append(out, se)
		addNames(names, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].IRI < out[j].IRI })
	out = mergeSameIRI(out)
	var ns []schema.EntityNames
	for _, e := range out {
		if n := names[e.IRI]; n != nil && n.Class == e.Class {
			ns = append(ns, finishNames(n, e.Name))
		}
	}
	return out, ns
}

// documentFacts returns the facts of fs, one for each subject, predicate and object with
// the sentences of d that state it, sorted.
func documentFacts(d *document, fs *factSet) []schema.Fact {
	byFact := map[[3]string]*schema.Fact{}
	var facts []*schema.Fact
	for _, k := range fs.order {
		key := [3]string{string(k.s.IRI), string(k.p), string(k.o.IRI)}
		f := byFact[key]
		if f == nil {
			f = &schema.Fact{Subject: k.s.schema(), Predicate: k.p, Object: k.o.schema()}
			byFact[key] = f
			facts = append(facts, f)
		}
		st := d.Sentences[k.sent]
		ev := schema.Evidence{Doc: d.ID, Sentence: st.N, Text: st.Text, Start: st.Start, Length: st.Length}
		dup := false
		for _, e := range f.Evidence {
			if e.Sentence == ev.Sentence {
				dup = true
			}
		}
		if !dup {
			f.Evidence = append(f.Evidence, ev)
		}
	}
	res := make([]schema.Fact, 0, len(facts))
	for _, f := range facts {
		sort.Slice(f.Evidence, func(i, j int) bool { return f.Evidence[i].Sentence < f.Evidence[j].Sentence })
		res = append(res, *f)
	}
	sort.Slice(res, func(i, j int) bool {
		a, b := res[i], res[j]
		if a.Subject.IRI != b.Subject.IRI {
			return a.Subject.IRI < b.Subject.IRI
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return a.Object.IRI < b.Object.IRI
	})
	return res
}

// addNames adds what resolution across documents needs of e (its class, lexicon name
// and written forms) to the EntityNames of its IRI.
func addNames(names map[schema.IRI]*schema.EntityNames, e *entity) {
	n := names[e.IRI]
	if n == nil {
		n = &schema.EntityNames{IRI: e.IRI, Class: e.Class}
		names[e.IRI] = n
	}
	if n.Class != e.Class {
		return // the first by class keeps the IRI (mergeSameIRI)
	}
	if e.canonical && (n.Lexicon == "" || e.Name < n.Lexicon) {
		n.Lexicon = e.Name
	}
	for text, c := range e.written {
		n.Forms = append(n.Forms, nameForm(text, c, e.Class))
	}
	n.Forms = append(n.Forms, nameForm(e.Name, 0, e.Class))
	addPosts(n, e)
	if e.givenOnly {
		for i := range n.Forms {
			if n.Forms[i].Given == "" && n.Forms[i].Surname != "" {
				n.Forms[i].GivenName = true // "Crown Prince Frederik": no spelling variant of a surname
			}
		}
	}
}

// addPosts adds the posts and the gender of a person e to n, its posts sorted.
func addPosts(n *schema.EntityNames, e *entity) {
	if e.Class != schema.Person {
		return
	}
	for p := range e.posts {
		if !slices.Contains(n.Posts, p) {
			n.Posts = append(n.Posts, p)
		}
	}
	slices.Sort(n.Posts)
	n.Styled = n.Styled || e.styled
	switch {
	case e.gender == 0:
	case n.Gender == "":
		n.Gender = string(e.gender)
	case n.Gender != string(e.gender):
		n.Gender = "?" // two genders in one IRI: none is known
	}
}

// finishNames sorts the forms of n, adds up the counts of one text, and makes sure the
// entity's name is one of them.
func finishNames(n *schema.EntityNames, name string) schema.EntityNames {
	fs := n.Forms
	if !slices.ContainsFunc(fs, func(f schema.NameForm) bool { return f.Text == name }) {
		fs = append(fs, nameForm(name, 0, n.Class))
	}
	slices.SortFunc(fs, func(a, b schema.NameForm) int { return strings.Compare(a.Text, b.Text) })
	out := fs[:0]
	for _, f := range fs {
		if k := len(out); k > 0 && out[k-1].Text == f.Text {
			out[k-1].Count += f.Count
			continue
		}
		out = append(out, f)
	}
	n.Forms = out
	if n.Gender == "?" {
		n.Gender = "" // two genders under one IRI (addPosts)
	}
	return *n
}

// nameForm returns the form text written count times, with a person's name keys.
func nameForm(text string, count int, c schema.Class) schema.NameForm {
	f := schema.NameForm{Text: text, Count: count}
	if c == schema.Person {
		if toks := nameTokens(text); len(toks) >= 2 {
			f.Given, f.Surname = toks[0], toks[len(toks)-1]
		} else if len(toks) == 1 {
			f.Surname = toks[0]
			f.GivenName = lex().firstNames[toks[0]]
		}
	}
	return f
}

// detectMentions splits d's sentences into words and finds their mentions. It depends on
// d alone (not on the entities known before), so documents can go through it in parallel.
func detectMentions(d *document) {
	sents := make([][]word, len(d.Sentences))
	for i, st := range d.Sentences {
		sents[i] = dropNameParens(words(st.Text))
	}
	recaseHeadline(d, sents, lex()) // before the detector reads the document's capitals
	dt := newDetector(d, sents)
	ms := make([][]mention, len(sents))
	for i, ws := range sents {
		ms[i] = dt.detect(ws)
	}
	formerCapitalActors(ms, lex())
	d.words, d.mentions = sents, ms
	d.parses = lazyCandidates(d, sentenceParser()) // parsed when a template reads the tree (gate.go)
}

// compoundSurname reports whether alias a of person e leaves out a middle word that the
// document writes as (a part of) the surname: "Tomas Rivera" with "Rivera" or "Rivera
// Amador" written for "Tomas Rivera Amador" is no name of his, "Tomas Amador" is none
// either. An alias the document writes itself is kept.
func compoundSurname(e *entity, a string) bool {
	mid, ok := e.dropMiddle[a]
	if !ok || e.written[a] > 0 {
		return false
	}
	f := strings.Fields(a)
	return e.aliases[mid] || e.aliases[mid+" "+f[len(f)-1]]
}

// mergeSameIRI joins entities that resolution gave one IRI (sorted input).
func mergeSameIRI(es []schema.Entity) []schema.Entity {
	var out []schema.Entity
	for _, e := range es {
		if n := len(out); n > 0 && out[n-1].IRI == e.IRI {
			seen := map[string]bool{}
			for _, a := range out[n-1].Aliases {
				seen[a] = true
			}
			for _, a := range append(e.Aliases, e.Name) {
				if !seen[a] && a != out[n-1].Name {
					out[n-1].Aliases = append(out[n-1].Aliases, a)
					seen[a] = true
				}
			}
			sort.Strings(out[n-1].Aliases)
			continue
		}
		out = append(out, e)
	}
	return out
}

// addSurnames gives each full-name person the surname it is also known by ("Rashid" for
// "Kamal al-Rashid") as an alias, so that a lookup by the surname alone finds the
// person, when the document writes the surname alone ("Ms Rashid", "Rashid's"), not only
// inside the full name: an alias is a name seen (schema:alternateName), and across
// documents an unseen surname joins two people's names (the "Bush" of a story that only
// writes "George Bush"). A surname two persons of the document share, or an
// organisation or place of the document has as a name, or a word of an organisation's
// name, is given to none.
func addSurnames(ents []*entity, sents [][]word) {
	owners := map[string]int{}
	sur := make([]string, len(ents))
	for i, e := range ents {
		if e.Class != schema.Person || len(nameTokens(e.Name)) < 2 {
			continue
		}
		sur[i] = surnameAlias(e.Name)
		if sur[i] != "" {
			owners[schema.NameKey(sur[i])]++
		}
	}
	for _, e := range ents {
		if e.Class != schema.Person {
			for a := range e.aliases {
				owners[schema.NameKey(a)] += 2 // an organisation or place of that name
			}
			owners[schema.NameKey(e.Name)] += 2
		}
		if e.Class == schema.Organization {
			for _, w := range strings.Fields(schema.NameKey(e.Name)) {
				owners[w] += 2 // "Kestrel" of "Ana Kestrel" and "the Kestrel Group": either's
			}
		}
	}
	for i, e := range ents {
		if sur[i] != "" && owners[schema.NameKey(sur[i])] == 1 && writtenAlone(sents, e, sur[i], otherNames(ents, e)) {
			e.aliases[sur[i]] = true
		}
	}
}

// otherNames returns the name keys, of two words or more, of the persons of ents other
// than e, each as its words.
func otherNames(ents []*entity, e *entity) [][]string {
	var out [][]string
	for _, o := range ents {
		if o == e || o.Class != schema.Person {
			continue
		}
		for _, n := range append(slices.Collect(maps.Keys(o.aliases)), o.Name) {
			if f := strings.Fields(schema.NameKey(n)); len(f) >= 2 {
				out = append(out, f)
			}
		}
	}
	return out
}

// writtenAlone reports whether the surname sur of person e stands in the document
// without the word of e's name that goes before it in e's full name ("Rashid said", "Ms
// Rashid"; not "Kamal al-Rashid"), and outside the full name of another person of the
// document, others ("Rashid Omar" names Rashid Omar, not Tamir Rashid).
func writtenAlone(sents [][]word, e *entity, sur string, others [][]string) bool {
	want := strings.Fields(schema.NameKey(sur))
	before := map[string]bool{}
	for _, n := range append(slices.Collect(maps.Keys(e.aliases)), e.Name) {
		f := strings.Fields(schema.NameKey(n))
		for i := 1; i < len(f); i++ {
			before[f[i-1]] = true
		}
	}
	for _, ws := range sents {
		for i := 0; i+len(want) <= len(ws); i++ {
			ok := true
			for k, w := range want {
				if ws[i+k].Key != w {
					ok = false
					break
				}
			}
			if ok && !ws[i].Hyph && (i == 0 || !before[ws[i-1].Key]) && !insideName(ws, i, len(want), others) {
				return true
			}
		}
	}
	return false
}

// insideName reports whether the n words of ws from i lie inside one of the full names
// names written there.
func insideName(ws []word, i, n int, names [][]string) bool {
	for _, f := range names {
		for j := max(0, i+n-len(f)); j <= i && j+len(f) <= len(ws); j++ {
			if keysAt(ws, j, f) {
				return true
			}
		}
	}
	return false
}

// keysAt reports whether the words of ws from j have the keys f.
func keysAt(ws []word, j int, f []string) bool {
	for k, w := range f {
		if ws[j+k].Key != w {
			return false
		}
	}
	return true
}
