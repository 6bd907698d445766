package loader

import (
	"context"
	"sort"

	"github.com/newsgraph/newsgraph/schema"
)

// semantics runs the semantic stages: mention detection (mention.go), resolution
// (resolve.go) and relation extraction (relation.go, pattern.go). It is safe for concurrent
// use: its only state is the memory of entities extracted before, behind a mutex.
type semantics struct {
	registry Registry
	mem      *memory
}

func newSemantics(opts *Options) *semantics {
	s := &semantics{mem: newMemory()}
	if opts != nil {
		s.registry = opts.Registry
	}
	return s
}

// analyze returns the entities and facts of d.
func (s *semantics) analyze(ctx context.Context, d *document) ([]schema.Entity, []schema.Fact, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	if d.words == nil {
		detectMentions(d)
	}
	sents, ms, parses := d.words, d.mentions, d.parses
	d.words, d.mentions, d.parses = nil, nil, nil // resolution edits the mentions: a second analysis detects anew
	ents := s.resolve(ctx, sents, ms)
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
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
		views[i].text = d.Sentences[i].Text // for the tree layer (tree.go)
		if i < len(parses) {
			views[i].nodes = parses[i]
		}
	}
	fs := extract(views)

	// Entities: every named one, and unnamed groups that take part in a fact.
	s.addSurnames(ents)
	var out []schema.Entity
	for _, e := range ents {
		if e.collective && !e.inFact || e.IRI == "" {
			continue
		}
		var as []string
		for a := range e.aliases {
			if a != e.Name && schema.NameKey(a) != "" {
				as = append(as, a)
			}
		}
		sort.Strings(as)
		se := e.schema()
		se.Aliases = as
		out = append(out, se)
		s.mem.remember(e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].IRI < out[j].IRI })
	out = mergeSameIRI(out)

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
	return out, res, nil
}

// detectMentions splits d's sentences into words and finds their mentions. It depends on
// d alone (not on the entities known before), so documents can go through it in parallel.
func detectMentions(d *document) {
	sents := make([][]word, len(d.Sentences))
	for i, st := range d.Sentences {
		sents[i] = words(st.Text)
	}
	dt := newDetector(d, sents)
	ms := make([][]mention, len(sents))
	for i, ws := range sents {
		ms[i] = dt.detect(ws)
	}
	d.words, d.mentions = sents, ms
	d.parses = parseCandidates(d, sentenceParser()) // in this parallel stage: parsing is the costly part
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

// addSurnames gives each full-name person the surname it is also known by ("Assad" for
// "Bashar al-Assad"), so that a later document, or a registry, that reads the surname alone
// finds the person. A surname two persons of the document share is given to neither, nor
// one the Loader already knows for another person.
func (s *semantics) addSurnames(ents []*entity) {
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
	}
	for i, e := range ents {
		if sur[i] != "" && owners[schema.NameKey(sur[i])] == 1 && !s.mem.otherOwner(nameTokens(sur[i]), e.IRI) {
			e.aliases[sur[i]] = true
		}
	}
}
