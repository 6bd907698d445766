package graph

import (
	"context"
	"iter"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Lookup returns the entities that have a canonical name or alias whose
// [schema.NameKey] is key, sorted by name. It returns no entities and no error when none
// matches.
func (g *Graph) Lookup(ctx context.Context, key string) ([]schema.Entity, error) {
	if err := g.rlock(ctx); err != nil {
		return nil, err
	}
	defer g.mu.RUnlock()
	return g.entitiesOf(g.ix.keys[key]), nil
}

func (g *Graph) entitiesOf(m map[schema.IRI]int) []schema.Entity {
	var out []schema.Entity
	for iri := range m {
		if e, ok := g.ix.entity(iri); ok {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, compareEntities)
	return out
}

// Document returns the metadata of a document, with its authors; [ErrNotFound] if the
// graph does not hold it.
func (g *Graph) Document(ctx context.Context, id schema.DocID) (schema.Document, error) {
	if err := g.rlock(ctx); err != nil {
		return schema.Document{}, err
	}
	defer g.mu.RUnlock()
	d, ok := g.ix.document(id)
	if !ok {
		return schema.Document{}, notFound("document %q", id)
	}
	return d, nil
}

// Documents returns the graph's documents, ordered by ID, as they were when the
// iteration started. On error the iteration yields one zero Document paired with the
// error and stops.
func (g *Graph) Documents(ctx context.Context) iter.Seq2[schema.Document, error] {
	return func(yield func(schema.Document, error) bool) {
		if err := g.rlock(ctx); err != nil {
			yield(schema.Document{}, err)
			return
		}
		docs := make([]schema.Document, 0, len(g.ix.docs))
		for id := range g.ix.docs {
			d, _ := g.ix.document(id)
			docs = append(docs, d)
		}
		g.mu.RUnlock()
		slices.SortFunc(docs, func(a, b schema.Document) int { return strings.Compare(string(a.ID), string(b.ID)) })
		yieldAll(ctx, docs, yield)
	}
}

// yieldAll yields the items of a snapshot, checking ctx between them.
func yieldAll[T any](ctx context.Context, items []T, yield func(T, error) bool) {
	for _, it := range items {
		if err := ctx.Err(); err != nil {
			var zero T
			yield(zero, err)
			return
		}
		if !yield(it, nil) {
			return
		}
	}
}

// Entity returns the entity with the given IRI, with its aliases; [ErrNotFound] if no
// document mentions it, and an error wrapping [ErrInvalid] if iri is not an entity's IRI
// (a name, say: find entities by name with [Graph.FindEntity] or [Graph.Search]).
func (g *Graph) Entity(ctx context.Context, iri schema.IRI) (schema.Entity, error) {
	if err := checkEntityIRI("Entity", iri, false); err != nil {
		return schema.Entity{}, err
	}
	if err := g.rlock(ctx); err != nil {
		return schema.Entity{}, err
	}
	defer g.mu.RUnlock()
	e, ok := g.ix.entity(iri)
	if !ok {
		return schema.Entity{}, notFound("entity %s", iri)
	}
	return e, nil
}

// FindEntity returns the one entity that name designates. It tries, in order: the
// entity's IRI; the [schema.NameKey] of a canonical name or alias (so case, diacritics,
// punctuation and a possessive "'s" do not matter), where entities whose canonical name
// matches win over those that only have it as an alias; and the last words of a Person's
// canonical name, such as a surname alone. When a step matches several entities,
// FindEntity returns an *[AmbiguousError] listing them (errors.Is(err, ErrAmbiguous)),
// not a guess. When nothing matches, it returns a *[NotFoundError]
// (errors.Is(err, ErrNotFound)) whose Suggestions are the nearest names by
// [Graph.Search]: a misspelt name is not found, but the error says what was meant.
func (g *Graph) FindEntity(ctx context.Context, name string) (schema.Entity, error) {
	if err := g.rlock(ctx); err != nil {
		return schema.Entity{}, err
	}
	defer g.mu.RUnlock()
	if e, ok := g.ix.entity(schema.IRI(name)); ok {
		return e, nil
	}
	key := schema.NameKey(name)
	if key == "" {
		return schema.Entity{}, &NotFoundError{Name: name}
	}
	pick := func(cands []schema.Entity) (schema.Entity, error, bool) {
		switch len(cands) {
		case 0:
			return schema.Entity{}, nil, false
		case 1:
			return cands[0], nil, true
		}
		return schema.Entity{}, &AmbiguousError{Name: name, Candidates: cands}, true
	}
	named := g.entitiesOf(g.ix.keys[key])
	if len(named) > 1 {
		// A canonical name beats an alias: "Moscow" is the city, not Russia whose
		// alias it is.
		var canon []schema.Entity
		for _, e := range named {
			if schema.NameKey(e.Name) == key {
				canon = append(canon, e)
			}
		}
		if len(canon) > 0 {
			named = canon
		}
	}
	if e, err, ok := pick(named); ok {
		return e, err
	}
	var surname []schema.Entity
	for _, e := range g.entitiesOf(g.ix.surnames[lastToken(key)]) {
		if e.Class != schema.Person {
			continue
		}
		for n := range g.ix.ents[e.IRI].names {
			if k := schema.NameKey(n); k != key && strings.HasSuffix(k, " "+key) {
				surname = append(surname, e)
				break
			}
		}
	}
	if e, err, ok := pick(surname); ok {
		return e, err
	}
	nf := &NotFoundError{Name: name}
	if m := g.ix.searchKey(key, 5, ""); len(m) > 0 {
		nf.Suggestions = m
	}
	return schema.Entity{}, nf
}

// Entities returns the entities of a class ("" for every class; schema.Person or its
// local name "Person"), sorted by name and IRI, as they were when the iteration started.
// On error the iteration yields one zero Entity paired with the error and stops; a class
// that is not an entity class is such an error, wrapping [ErrInvalid].
func (g *Graph) Entities(ctx context.Context, class schema.Class) iter.Seq2[schema.Entity, error] {
	return func(yield func(schema.Entity, error) bool) {
		class, err := parseClass("Entities", class, true)
		if err != nil {
			yield(schema.Entity{}, err)
			return
		}
		if err := g.rlock(ctx); err != nil {
			yield(schema.Entity{}, err)
			return
		}
		var ents []schema.Entity
		for iri := range g.ix.ents {
			if e, ok := g.ix.entity(iri); ok && (class == "" || e.Class == class) {
				ents = append(ents, e)
			}
		}
		g.mu.RUnlock()
		slices.SortFunc(ents, compareEntities)
		yieldAll(ctx, ents, yield)
	}
}
