package graph

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// ShortestPathOptions configures [Graph.ShortestPath]. A nil *ShortestPathOptions means
// the zero value: at most 6 hops, every relation, direction ignored.
type ShortestPathOptions struct {
	// MaxHops is the longest chain of facts to consider; 0 means 6.
	MaxHops int
	// Predicates restricts the hops to these relations (constants or local names such as
	// "met"); nil means all relations.
	Predicates []schema.Predicate
	// Directed follows facts only from subject to object, except those of symmetric
	// relations (met, alliedWith), which hold both ways; false ignores every direction.
	Directed bool
}

// ShortestPath returns a shortest chain of facts that links from to to: the first fact
// touches from, each next fact shares an entity with the one before, and the last
// touches to. Each fact keeps its stored direction and carries its evidence, so the
// chain says why the two entities are connected. Among chains of the same length it
// returns the first in the order of entity IRIs and predicates, so the answer is
// deterministic. from == to gives an empty chain.
//
// It returns [ErrNotFound] if from or to is not an entity of the graph, [ErrNoPath] if no
// chain of at most MaxHops facts links them, and an error wrapping [ErrInvalid] for an
// IRI that is not an entity's, an unknown relation or a negative MaxHops. The search is a breadth-first search
// over the graph's in-memory adjacency (Cayley has no shortest path), so it costs time
// proportional to the facts within reach.
func (g *Graph) ShortestPath(ctx context.Context, from, to schema.IRI, opts *ShortestPathOptions) ([]schema.Fact, error) {
	if opts == nil {
		opts = &ShortestPathOptions{}
	}
	if err := checkEntityIRI("ShortestPath: from", from, false); err != nil {
		return nil, err
	}
	if err := checkEntityIRI("ShortestPath: to", to, false); err != nil {
		return nil, err
	}
	if err := checkCount("ShortestPath: ShortestPathOptions.MaxHops", opts.MaxHops); err != nil {
		return nil, err
	}
	preds, err := parseRelations("ShortestPath: ShortestPathOptions.Predicates", opts.Predicates)
	if err != nil {
		return nil, err
	}
	opts = &ShortestPathOptions{MaxHops: opts.MaxHops, Predicates: preds, Directed: opts.Directed}
	max := opts.MaxHops
	if max <= 0 {
		max = 6
	}
	if err := g.rlock(ctx); err != nil {
		return nil, err
	}
	defer g.mu.RUnlock()
	ix := g.ix
	for _, iri := range []schema.IRI{from, to} {
		if _, ok := ix.entity(iri); !ok {
			return nil, notFound("entity %s", iri)
		}
	}
	if from == to {
		return []schema.Fact{}, nil
	}
	type step struct {
		prev schema.IRI
		via  factKey
	}
	seen := map[schema.IRI]step{from: {}}
	frontier := []schema.IRI{from}
	for hop := 0; hop < max && len(frontier) > 0; hop++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var next []schema.IRI
		for _, cur := range frontier {
			for _, k := range ix.hops(cur, opts) {
				other := k.o
				if k.o == cur {
					other = k.s
				}
				if _, ok := seen[other]; ok {
					continue
				}
				seen[other] = step{prev: cur, via: k}
				if other == to {
					var chain []schema.Fact
					for at := to; at != from; at = seen[at].prev {
						f, _ := ix.fact(seen[at].via, "")
						chain = append(chain, f)
					}
					slices.Reverse(chain)
					return chain, nil
				}
				next = append(next, other)
			}
		}
		frontier = next
	}
	return nil, &wrapped{ErrNoPath, fmt.Errorf("graph: no path from %s to %s within %d hops", from, to, max)}
}

// hops returns the facts that can be followed from iri, in a stable order.
func (ix *index) hops(iri schema.IRI, opts *ShortestPathOptions) []factKey {
	keys := slices.Collect(maps.Keys(ix.out[iri]))
	for k := range ix.in[iri] {
		if !opts.Directed || k.p.Symmetric() {
			keys = append(keys, k)
		}
	}
	if opts.Predicates != nil {
		keys = slices.DeleteFunc(keys, func(k factKey) bool { return !slices.Contains(opts.Predicates, k.p) })
	}
	slices.SortFunc(keys, func(a, b factKey) int {
		return cmp.Or(strings.Compare(string(a.s), string(b.s)), strings.Compare(string(a.o), string(b.o)),
			cmp.Compare(predicateRank(a.p), predicateRank(b.p)))
	})
	return keys
}
