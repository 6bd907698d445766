package graph

import (
	"cmp"
	"context"
	"slices"

	"github.com/newsgraph/newsgraph/schema"
)

// Degree says how connected an entity is: how many facts it takes part in and how many
// documents state them.
type Degree struct {
	// Entity is the entity, with its aliases.
	Entity schema.Entity
	// Facts counts the distinct facts (subject, predicate, object) counted: those whose
	// subject or object is the entity, of the relations and direction asked for. A fact
	// of the entity about itself counts once.
	Facts int
	// Documents counts the distinct documents with a sentence that states one of them.
	Documents int
}

// DegreeOptions selects the facts that [Graph.Degree] counts. A nil *DegreeOptions
// counts every fact in both directions.
type DegreeOptions struct {
	// Predicates restricts the count to facts of these relations (constants such as
	// schema.Met, or local names such as "met"); nil means every relation.
	Predicates []schema.Predicate
	// Direction counts the facts whose subject is the entity (Out), whose object is the
	// entity (In), or both (Both); 0 means Both.
	Direction Direction
}

// TopOptions selects the entities and facts that [Graph.Top] ranks. A nil *TopOptions
// ranks every entity by all its facts.
type TopOptions struct {
	// Class ranks only entities of this class (schema.Person, or "Person"); "" means
	// every class.
	Class schema.Class
	// Predicates restricts the count to facts of these relations, as in
	// [DegreeOptions]; nil means every relation.
	Predicates []schema.Predicate
	// Direction counts the facts whose subject (Out) or object (In) the entity is, or
	// both (Both); 0 means Both.
	Direction Direction
	// ByDocuments ranks by Degree.Documents first and Degree.Facts second; the zero
	// value ranks by facts first.
	ByDocuments bool
}

// Degree counts the facts of an entity and the documents that state them. It returns
// [ErrNotFound] if the graph has no such entity, and an error wrapping [ErrInvalid] for
// an IRI that is not an entity's, an unknown relation or direction.
func (g *Graph) Degree(ctx context.Context, iri schema.IRI, opts *DegreeOptions) (Degree, error) {
	if opts == nil {
		opts = &DegreeOptions{}
	}
	if err := checkEntityIRI("Degree", iri, false); err != nil {
		return Degree{}, err
	}
	preds, err := parseRelations("Degree: DegreeOptions.Predicates", opts.Predicates)
	if err != nil {
		return Degree{}, err
	}
	dir, err := parseDirection("Degree: DegreeOptions.Direction", opts.Direction)
	if err != nil {
		return Degree{}, err
	}
	if err := g.rlock(ctx); err != nil {
		return Degree{}, err
	}
	defer g.mu.RUnlock()
	e, ok := g.ix.entity(iri)
	if !ok {
		return Degree{}, notFound("entity %s", iri)
	}
	docs := map[schema.DocID]struct{}{}
	facts := g.ix.degree(iri, preds, dir, docs)
	return Degree{Entity: e, Facts: facts, Documents: len(docs)}, nil
}

// Top returns the n most connected entities, most connected first: ranked by the number
// of distinct facts they take part in (of opts.Predicates, in opts.Direction), then by
// the number of documents stating them (or the other way round with opts.ByDocuments),
// then by name and IRI. Entities without such a fact are left out, so Top may return
// fewer than n. It counts the whole in-memory index in one pass: one call answers
// "the most connected people" without a call per entity.
//
// n must be at least 1; opts.Class must be an entity class, opts.Predicates relations
// and opts.Direction Out, In, Both or 0. Otherwise the error wraps [ErrInvalid].
func (g *Graph) Top(ctx context.Context, n int, opts *TopOptions) ([]Degree, error) {
	if opts == nil {
		opts = &TopOptions{}
	}
	if n < 1 {
		return nil, invalid("Top: n = %d (want at least 1 entity)", n)
	}
	class, err := parseClass("Top: TopOptions.Class", opts.Class, true)
	if err != nil {
		return nil, err
	}
	preds, err := parseRelations("Top: TopOptions.Predicates", opts.Predicates)
	if err != nil {
		return nil, err
	}
	dir, err := parseDirection("Top: TopOptions.Direction", opts.Direction)
	if err != nil {
		return nil, err
	}
	if err := g.rlock(ctx); err != nil {
		return nil, err
	}
	defer g.mu.RUnlock()
	ix := g.ix
	type ranked struct {
		iri         schema.IRI
		name        string
		facts, docs int
	}
	var all []ranked
	seen := map[schema.IRI]bool{}
	docs := map[schema.DocID]struct{}{} // reused: cleared for each entity
	consider := func(iri schema.IRI) {
		if seen[iri] {
			return
		}
		seen[iri] = true
		e := ix.ents[iri]
		if e == nil || len(e.classes) == 0 || class != "" && top(e.classes) != class {
			return
		}
		facts, ndocs := 0, 0
		if opts.ByDocuments {
			facts, ndocs = ix.degree(iri, preds, dir, docs), len(docs)
		} else {
			facts = ix.degree(iri, preds, dir, nil) // documents later, for the leaders only
		}
		if facts > 0 {
			all = append(all, ranked{iri, top(e.names), facts, ndocs})
		}
	}
	// Only entities with facts can rank: those of the adjacency, not every entity.
	if dir != In {
		for iri := range ix.out {
			consider(iri)
		}
	}
	if dir != Out {
		for iri := range ix.in {
			consider(iri)
		}
	}
	order := func(a, b ranked) int {
		first, second := cmp.Compare(b.facts, a.facts), cmp.Compare(b.docs, a.docs)
		if opts.ByDocuments {
			first, second = second, first
		}
		return cmp.Or(first, second, cmp.Compare(a.name, b.name), cmp.Compare(a.iri, b.iri))
	}
	if !opts.ByDocuments && len(all) > n {
		// Only entities with at least the n-th most facts can rank: count their documents.
		slices.SortFunc(all, func(a, b ranked) int { return cmp.Compare(b.facts, a.facts) })
		cut := all[n-1].facts
		i := n
		for i < len(all) && all[i].facts == cut {
			i++
		}
		all = all[:i]
	}
	if !opts.ByDocuments {
		for i := range all {
			ix.degree(all[i].iri, preds, dir, docs)
			all[i].docs = len(docs)
		}
	}
	slices.SortFunc(all, order)
	if len(all) > n {
		all = all[:n]
	}
	out := make([]Degree, len(all))
	for i, r := range all {
		e, _ := ix.entity(r.iri)
		out[i] = Degree{Entity: e, Facts: r.facts, Documents: r.docs}
	}
	return out, nil
}

// degree counts the distinct facts of iri of the relations preds (nil: all) in
// direction dir (Out, In or Both). When docs is not nil, it is cleared and filled with the
// documents stating them.
func (ix *index) degree(iri schema.IRI, preds []schema.Predicate, dir Direction, docs map[schema.DocID]struct{}) (facts int) {
	if docs != nil {
		clear(docs)
	}
	count := func(k factKey) {
		if preds != nil && !slices.Contains(preds, k.p) {
			return
		}
		facts++
		if docs != nil {
			for ev := range ix.facts[k].ev {
				docs[ev.doc] = struct{}{}
			}
		}
	}
	if dir != In {
		for k := range ix.out[iri] {
			count(k)
		}
	}
	if dir != Out {
		for k := range ix.in[iri] {
			if dir == Both && k.s == k.o {
				continue // counted as an Out fact
			}
			count(k)
		}
	}
	return facts
}

// factCount counts the distinct facts of iri; see degree.
func (ix *index) factCount(iri schema.IRI, preds []schema.Predicate, dir Direction) int {
	return ix.degree(iri, preds, dir, nil)
}
