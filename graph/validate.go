package graph

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// The checks of the arguments that name classes, predicates, directions and IRIs. Every
// exported function that takes one runs it first, so that a wrong argument is an error
// wrapping ErrInvalid rather than an empty answer. Classes and predicates may be given by
// their full IRIs (the schema constants) or by the ontology's local names, in any case:
// schema.Class("Person") and schema.Predicate("commands") mean schema.Person and
// schema.Commands.

// parseClass returns the entity class c names; "" is "any class" when anyOK.
func parseClass(what string, c schema.Class, anyOK bool) (schema.Class, error) {
	if c == "" && anyOK {
		return "", nil
	}
	pc, err := schema.ParseClass(string(c))
	if err != nil || pc == schema.DocumentClass {
		return "", invalid("%s: unknown class %q (want %s)", what, c, classList())
	}
	return pc, nil
}

// parseRelations returns the relations ps names, as a new slice; nil stays nil (every
// relation).
func parseRelations(what string, ps []schema.Predicate) ([]schema.Predicate, error) {
	if ps == nil {
		return nil, nil
	}
	out := make([]schema.Predicate, len(ps))
	for i, p := range ps {
		pp, err := schema.ParsePredicate(string(p))
		switch {
		case err != nil:
			return nil, invalid("%s: unknown relation %q (want one of %s)", what, p, relationList())
		case !pp.IsRelation():
			return nil, invalid("%s: %s is a property, not a relation between entities (want one of %s)",
				what, pp.Name(), relationList())
		}
		out[i] = pp
	}
	return out, nil
}

// parsePredicates returns the predicates ps names, relations or properties (such as
// mentions), as a new slice; nil stays nil.
func parsePredicates(what string, ps []schema.Predicate) ([]schema.Predicate, error) {
	if ps == nil {
		return nil, nil
	}
	out := make([]schema.Predicate, len(ps))
	for i, p := range ps {
		pp, err := schema.ParsePredicate(string(p))
		if err != nil {
			return nil, invalid("%s: unknown predicate %q (want a relation, one of %s, or a property such as mentions)",
				what, p, relationList())
		}
		out[i] = pp
	}
	return out, nil
}

// parseDirection returns d, or Both for the zero value.
func parseDirection(what string, d Direction) (Direction, error) {
	switch d {
	case 0:
		return Both, nil
	case Out, In, Both:
		return d, nil
	}
	return 0, invalid("%s: unknown direction %d (want Out, In or Both)", what, int(d))
}

// checkEntityIRI checks that iri is an entity's IRI, https://newsgraph.dev/id/<slug>;
// "" passes when anyOK.
func checkEntityIRI(what string, iri schema.IRI, anyOK bool) error {
	if iri == "" && anyOK {
		return nil
	}
	r, err := schema.ParseIRI(iri)
	if err == nil && r.Kind == schema.EntityRef {
		return nil
	}
	return invalid("%s: %q is not an entity IRI (%s...; look entities up by name with FindEntity or Search)",
		what, iri, schema.EntityBase)
}

// checkNodeIRI checks that iri names an entity, a document or a sentence: a node a path
// can stand on.
func checkNodeIRI(what string, iri schema.IRI) error {
	r, err := schema.ParseIRI(iri)
	if err == nil && r.Kind != schema.VocabRef {
		return nil
	}
	return invalid("%s: %q is not the IRI of an entity, document or sentence (%s..., %s...)",
		what, iri, schema.EntityBase, schema.DocBase)
}

// checkCount checks that n, a number of items to skip or keep, is not negative.
func checkCount(what string, n int) error {
	if n < 0 {
		return invalid("%s: %d is negative (want 0 or more)", what, n)
	}
	return nil
}

func classList() string {
	var names []string
	for _, c := range schema.Classes() {
		names = append(names, c.Name())
	}
	return orList(names)
}

func relationList() string {
	var names []string
	for _, p := range schema.Relations() {
		names = append(names, p.Name())
	}
	return strings.Join(names, ", ")
}

// orList is "a, b, c or d".
func orList(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return fmt.Sprintf("%s or %s", strings.Join(items[:len(items)-1], ", "), items[len(items)-1])
}
