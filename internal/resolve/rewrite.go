package resolve

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Rewrite returns the extraction x with its entities resolved: each entity that assign
// knows (by its IRI in x) takes the IRI and canonical name of its entity across
// documents, keeping the names the document writes as aliases; the facts follow their
// entities. Entities that resolution joins become one; a fact that would link an entity
// to itself is dropped. Entities assign does not know are kept as they are. The result
// has no Names. Rewrite does not modify x.
func Rewrite(x *schema.Extraction, assign map[schema.IRI]Resolved) (*schema.Extraction, error) {
	out := &schema.Extraction{Document: x.Document, Sentences: x.Sentences, Origin: x.Origin}
	resolve := func(e schema.Entity) schema.Entity {
		r, ok := assign[e.IRI]
		if !ok {
			e.Aliases = slices.Clone(e.Aliases)
			return e
		}
		as := append(slices.Clone(e.Aliases), e.Name)
		return schema.Entity{IRI: r.IRI, Name: r.Name, Class: e.Class, Aliases: as}
	}
	ents := make([]schema.Entity, 0, len(x.Entities))
	for _, e := range x.Entities {
		ents = append(ents, resolve(e))
	}
	out.Entities = mergeEntities(ents)
	classes := make(map[schema.IRI]schema.Class, len(out.Entities))
	for _, e := range out.Entities {
		classes[e.IRI] = e.Class
	}
	authors := make([]schema.Entity, 0, len(x.Document.Authors))
	for _, a := range x.Document.Authors {
		authors = append(authors, resolve(a))
	}
	out.Document.Authors = nil
	seen := map[schema.IRI]bool{}
	for _, a := range mergeEntities(authors) {
		if c, ok := classes[a.IRI]; ok && c != schema.Person || seen[a.IRI] {
			continue
		}
		seen[a.IRI] = true
		if _, ok := classes[a.IRI]; !ok {
			classes[a.IRI] = a.Class
		}
		out.Document.Authors = append(out.Document.Authors, a)
	}

	mapIRI := func(iri schema.IRI) schema.IRI {
		if r, ok := assign[iri]; ok {
			return r.IRI
		}
		return iri
	}
	type key struct {
		s schema.IRI
		p schema.Predicate
		o schema.IRI
	}
	byKey := map[key]int{}
	for _, f := range x.Facts {
		s, o := mapIRI(f.Subject.IRI), mapIRI(f.Object.IRI)
		sc, ok1 := classes[s]
		oc, ok2 := classes[o]
		if s == o || !ok1 || !ok2 || !f.Predicate.Allows(sc, oc) {
			continue
		}
		k := key{s, f.Predicate, o}
		if i, ok := byKey[k]; ok {
			out.Facts[i].Evidence = append(out.Facts[i].Evidence, f.Evidence...)
			continue
		}
		byKey[k] = len(out.Facts)
		out.Facts = append(out.Facts, schema.Fact{
			Subject:   ref(s, assign, f.Subject),
			Predicate: f.Predicate,
			Object:    ref(o, assign, f.Object),
			Evidence:  slices.Clone(f.Evidence),
		})
	}
	for i := range out.Facts {
		evs := out.Facts[i].Evidence
		slices.SortFunc(evs, func(a, b schema.Evidence) int { return cmp.Compare(a.Sentence, b.Sentence) })
		out.Facts[i].Evidence = slices.CompactFunc(evs, func(a, b schema.Evidence) bool { return a.Sentence == b.Sentence })
	}
	slices.SortFunc(out.Facts, func(a, b schema.Fact) int {
		return cmp.Or(strings.Compare(string(a.Subject.IRI), string(b.Subject.IRI)),
			strings.Compare(string(a.Predicate), string(b.Predicate)),
			strings.Compare(string(a.Object.IRI), string(b.Object.IRI)))
	})
	if err := out.Validate(); err != nil {
		return nil, fmt.Errorf("resolve: %w", err)
	}
	return out, nil
}

// ref returns the subject or object of a fact after resolution.
func ref(iri schema.IRI, assign map[schema.IRI]Resolved, e schema.Entity) schema.Entity {
	if r, ok := assign[e.IRI]; ok {
		return schema.Entity{IRI: iri, Name: r.Name, Class: e.Class}
	}
	return schema.Entity{IRI: e.IRI, Name: e.Name, Class: e.Class}
}

// mergeEntities sorts entities by IRI and joins those with one IRI and class, with the
// union of their aliases (without the canonical name); of two with one IRI and
// different classes the first by class is kept.
func mergeEntities(es []schema.Entity) []schema.Entity {
	slices.SortStableFunc(es, func(a, b schema.Entity) int {
		return cmp.Or(strings.Compare(string(a.IRI), string(b.IRI)), strings.Compare(string(a.Class), string(b.Class)))
	})
	out := es[:0]
	for _, e := range es {
		if n := len(out); n > 0 && out[n-1].IRI == e.IRI {
			if out[n-1].Class == e.Class {
				out[n-1].Aliases = append(out[n-1].Aliases, e.Aliases...)
			}
			continue
		}
		out = append(out, e)
	}
	for i := range out {
		as := out[i].Aliases
		slices.Sort(as)
		as = slices.Compact(as)
		as = slices.DeleteFunc(as, func(a string) bool { return a == out[i].Name || strings.TrimSpace(a) == "" })
		if len(as) == 0 {
			as = nil
		}
		out[i].Aliases = as
	}
	return out
}

// All resolves a set of extractions together, as a store holding exactly these
// documents would: it returns each extraction rewritten ([Rewrite]) in the order given.
// The result does not depend on that order. Two extractions with one document id are an
// error.
func All(xs []*schema.Extraction) ([]*schema.Extraction, error) {
	st := New()
	docs := make([]Doc, len(xs))
	ids := map[schema.DocID]bool{}
	for i, x := range xs {
		if ids[x.Document.ID] {
			return nil, fmt.Errorf("resolve: document %q given twice", x.Document.ID)
		}
		ids[x.Document.ID] = true
		docs[i] = DocOf(x)
	}
	if _, err := st.Apply(nil, docs); err != nil {
		return nil, err
	}
	st.Commit()
	out := make([]*schema.Extraction, len(xs))
	for i, x := range xs {
		r, err := Rewrite(x, st.Assignment(x.Document.ID))
		if err != nil {
			return nil, err
		}
		out[i] = r
	}
	return out, nil
}
