package graph

import (
	"cmp"
	"context"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// FactQuery selects facts for [Graph.Facts] and [Graph.ExportFacts]. Its zero value
// selects every fact; each set field narrows the selection.
type FactQuery struct {
	// Subject and Object restrict the facts to this subject or object, an entity IRI
	// (find one by name with [Graph.FindEntity]); "" means any.
	Subject, Object schema.IRI
	// Predicates restricts the facts to these relations (constants such as
	// schema.Commands, or local names such as "commands"); nil means all relations.
	Predicates []schema.Predicate
	// SubjectClass and ObjectClass restrict the classes of the subject and object
	// (schema.Person, or "Person"); "" means any.
	SubjectClass, ObjectClass schema.Class
	// Doc keeps only evidence from this document (and facts that have some); "" means any.
	Doc schema.DocID
	// Limit is the maximum number of facts; 0 means no limit.
	Limit int
}

// normalize checks q and returns it with its classes and predicates as the schema's
// constants; what names the caller in errors.
func (q FactQuery) normalize(what string) (FactQuery, error) {
	var err error
	if err = checkEntityIRI(what+": FactQuery.Subject", q.Subject, true); err != nil {
		return q, err
	}
	if err = checkEntityIRI(what+": FactQuery.Object", q.Object, true); err != nil {
		return q, err
	}
	if q.Predicates, err = parseRelations(what+": FactQuery.Predicates", q.Predicates); err != nil {
		return q, err
	}
	if q.SubjectClass, err = parseClass(what+": FactQuery.SubjectClass", q.SubjectClass, true); err != nil {
		return q, err
	}
	if q.ObjectClass, err = parseClass(what+": FactQuery.ObjectClass", q.ObjectClass, true); err != nil {
		return q, err
	}
	if err = checkCount(what+": FactQuery.Limit", q.Limit); err != nil {
		return q, err
	}
	return q, nil
}

// Facts returns the facts that q selects, each once with all its evidence (only from
// q.Doc when set), ordered by subject name, predicate (in the order of
// [schema.Relations]) and object name. The facts are those of the graph when the
// iteration started. On error the iteration yields one zero Fact paired with the error
// and stops; a query with an unknown relation or class, a subject or object that is not
// an entity IRI, or a negative limit is such an error, wrapping [ErrInvalid].
func (g *Graph) Facts(ctx context.Context, q FactQuery) iter.Seq2[schema.Fact, error] {
	return func(yield func(schema.Fact, error) bool) {
		facts, err := g.facts(ctx, q)
		if err != nil {
			yield(schema.Fact{}, err)
			return
		}
		yieldAll(ctx, facts, yield)
	}
}

func (g *Graph) facts(ctx context.Context, q FactQuery) ([]schema.Fact, error) {
	q, err := q.normalize("Facts")
	if err != nil {
		return nil, err
	}
	if err := g.rlock(ctx); err != nil {
		return nil, err
	}
	defer g.mu.RUnlock()
	return g.ix.selectFacts(q), nil
}

func (ix *index) selectFacts(q FactQuery) []schema.Fact {
	var keys iter.Seq[factKey]
	switch {
	case q.Subject != "":
		keys = maps.Keys(ix.out[q.Subject])
	case q.Object != "":
		keys = maps.Keys(ix.in[q.Object])
	default:
		keys = maps.Keys(ix.facts)
	}
	var out []schema.Fact
	for k := range keys {
		if q.Subject != "" && k.s != q.Subject || q.Object != "" && k.o != q.Object ||
			q.Predicates != nil && !slices.Contains(q.Predicates, k.p) ||
			q.SubjectClass != "" && ix.class(k.s) != q.SubjectClass ||
			q.ObjectClass != "" && ix.class(k.o) != q.ObjectClass {
			continue
		}
		if f, ok := ix.fact(k, q.Doc); ok {
			out = append(out, f)
		}
	}
	slices.SortFunc(out, compareFacts)
	if q.Limit > 0 && len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out
}

// Direction is the direction in which a fact is followed from an entity. Its zero value
// means Both where a function takes a Direction; any other value than Out, In and Both is
// an error wrapping [ErrInvalid].
type Direction int

// The directions.
const (
	// Out follows facts from their subject to their object.
	Out Direction = iota + 1
	// In follows facts from their object to their subject.
	In
	// Both follows facts either way.
	Both
)

// String returns "out", "in" or "both".
func (d Direction) String() string {
	switch d {
	case Out:
		return "out"
	case In:
		return "in"
	case Both:
		return "both"
	}
	return fmt.Sprintf("Direction(%d)", int(d))
}

// Neighbor is an entity linked to another by a fact.
type Neighbor struct {
	// Entity is the entity at the other end of the fact (without aliases).
	Entity schema.Entity
	// Predicate is the fact's relation.
	Predicate schema.Predicate
	// Direction is Out when the fact points from the queried entity to Entity, In when it
	// points from Entity to the queried entity.
	Direction Direction
	// Evidence lists the sentences that state the fact.
	Evidence []schema.Evidence
}

// Neighbors returns the entities linked to iri by a fact in direction dir (Out, In or
// Both; 0 means Both), through the given relations (none means all; constants or local
// names), ordered by name, predicate and direction, as they were when the iteration
// started. An entity linked by several facts appears once per fact. Directions are those
// of the stored facts, also for symmetric relations: "A met B" makes B an Out neighbour
// of A and A an In neighbour of B.
//
// On error the iteration yields one zero Neighbor paired with the error and stops: an
// error wrapping [ErrNotFound] if the graph has no such entity, or [ErrInvalid] for an
// IRI that is not an entity's, an unknown direction or relation.
func (g *Graph) Neighbors(ctx context.Context, iri schema.IRI, dir Direction, preds ...schema.Predicate) iter.Seq2[Neighbor, error] {
	return func(yield func(Neighbor, error) bool) {
		ns, err := g.neighbors(ctx, iri, dir, preds)
		if err != nil {
			yield(Neighbor{}, err)
			return
		}
		yieldAll(ctx, ns, yield)
	}
}

func (g *Graph) neighbors(ctx context.Context, iri schema.IRI, dir Direction, preds []schema.Predicate) ([]Neighbor, error) {
	if err := checkEntityIRI("Neighbors", iri, false); err != nil {
		return nil, err
	}
	dir, err := parseDirection("Neighbors", dir)
	if err != nil {
		return nil, err
	}
	if len(preds) == 0 {
		preds = nil
	}
	if preds, err = parseRelations("Neighbors", preds); err != nil {
		return nil, err
	}
	if err := g.rlock(ctx); err != nil {
		return nil, err
	}
	defer g.mu.RUnlock()
	if _, ok := g.ix.ents[iri]; !ok {
		return nil, notFound("entity %s", iri)
	}
	var out []Neighbor
	add := func(m map[factKey]struct{}, d Direction) {
		for k := range m {
			if preds != nil && !slices.Contains(preds, k.p) {
				continue
			}
			f, ok := g.ix.fact(k, "")
			if !ok {
				continue
			}
			n := Neighbor{Entity: f.Object, Predicate: k.p, Direction: d, Evidence: f.Evidence}
			if d == In {
				n.Entity = f.Subject
			}
			out = append(out, n)
		}
	}
	if dir != In {
		add(g.ix.out[iri], Out)
	}
	if dir != Out {
		add(g.ix.in[iri], In)
	}
	slices.SortFunc(out, func(a, b Neighbor) int {
		return cmp.Or(compareEntities(a.Entity, b.Entity),
			cmp.Compare(predicateRank(a.Predicate), predicateRank(b.Predicate)),
			cmp.Compare(a.Direction, b.Direction),
			strings.Compare(string(a.Predicate), string(b.Predicate)))
	})
	return out, nil
}
