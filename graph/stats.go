package graph

import (
	"context"

	"github.com/newsgraph/newsgraph/schema"
)

// Stats counts what a graph holds.
type Stats struct {
	// Documents, Sentences and Entities count documents, sentences and entities.
	Documents, Sentences, Entities int
	// Facts counts distinct facts (subject, predicate, object), however many sentences
	// state them.
	Facts int
	// Quads counts the quads of all documents.
	Quads int
	// EntitiesByClass counts entities per class.
	EntitiesByClass map[schema.Class]int
	// FactsByPredicate counts facts per relation.
	FactsByPredicate map[schema.Predicate]int
}

// Stats returns the graph's counts. It reads the index, so it is cheap.
func (g *Graph) Stats(ctx context.Context) (Stats, error) {
	if err := g.rlock(ctx); err != nil {
		return Stats{}, err
	}
	defer g.mu.RUnlock()
	ix := g.ix
	s := Stats{
		Documents:        len(ix.docs),
		Facts:            len(ix.facts),
		Quads:            ix.quads,
		EntitiesByClass:  map[schema.Class]int{},
		FactsByPredicate: map[schema.Predicate]int{},
	}
	for _, d := range ix.docs {
		s.Sentences += len(d.sentences)
	}
	for iri := range ix.ents {
		if c := ix.class(iri); c != "" {
			s.Entities++
			s.EntitiesByClass[c]++
		}
	}
	for k := range ix.facts {
		s.FactsByPredicate[k.p]++
	}
	return s, nil
}
