package loader

import (
	"cmp"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// This file is the emission stage: it assembles the document, its sentences and what the
// semantic stages found into a schema.Extraction, in a canonical order so that the same
// input always gives the same value (and the same quads, byte for byte).

// buildExtraction builds the extraction of d from the entities, facts and entity names
// of the semantic stages.
func buildExtraction(d *document, ents []schema.Entity, facts []schema.Fact, names []schema.EntityNames) *schema.Extraction {
	x := &schema.Extraction{Document: d.Meta}
	x.Document.ID = d.ID
	for _, s := range d.Sentences {
		x.Sentences = append(x.Sentences, schema.Sentence{N: s.N, Text: s.Text, Start: s.Start, Length: s.Length})
	}
	x.Entities = entities(ents)
	classes := make(map[schema.IRI]schema.Class, len(x.Entities))
	for _, e := range x.Entities {
		classes[e.IRI] = e.Class
	}
	x.Document.Authors = authors(d.Meta.Authors, x.Entities)
	x.Names = entityNames(names, x.Entities, x.Document.Authors)
	x.Facts = make([]schema.Fact, 0, len(facts))
	for _, f := range facts {
		// Keep only what the schema accepts, so that one inconsistent fact cannot cost
		// the whole document.
		sc, ok1 := classes[f.Subject.IRI]
		oc, ok2 := classes[f.Object.IRI]
		if !ok1 || !ok2 || !f.Predicate.IsRelation() || !f.Predicate.Allows(sc, oc) {
			continue
		}
		var evs []schema.Evidence
		for _, ev := range f.Evidence {
			if ev.Doc == d.ID && ev.Sentence >= 1 && ev.Sentence <= len(d.Sentences) {
				evs = append(evs, ev)
			}
		}
		if len(evs) == 0 {
			continue
		}
		slices.SortFunc(evs, func(a, b schema.Evidence) int { return cmp.Compare(a.Sentence, b.Sentence) })
		f.Evidence = slices.CompactFunc(evs, func(a, b schema.Evidence) bool { return a.Sentence == b.Sentence })
		x.Facts = append(x.Facts, f)
	}
	slices.SortFunc(x.Facts, func(a, b schema.Fact) int {
		return cmp.Or(
			strings.Compare(string(a.Subject.IRI), string(b.Subject.IRI)),
			strings.Compare(string(a.Predicate), string(b.Predicate)),
			strings.Compare(string(a.Object.IRI), string(b.Object.IRI)),
		)
	})
	return x
}

// entities returns ents sorted by IRI with sorted aliases, without the ones the schema
// would reject (an invalid IRI or class, no name). Two entities with one IRI are merged
// when they have the same class; otherwise the first in order (by class IRI) is kept.
func entities(ents []schema.Entity) []schema.Entity {
	out := make([]schema.Entity, 0, len(ents))
	for _, e := range ents {
		if r, err := schema.ParseIRI(e.IRI); err != nil || r.Kind != schema.EntityRef ||
			!e.Class.Valid() || e.Class == schema.DocumentClass || strings.TrimSpace(e.Name) == "" {
			continue
		}
		e.Aliases = slices.Clone(e.Aliases)
		out = append(out, e)
	}
	slices.SortStableFunc(out, func(a, b schema.Entity) int {
		return cmp.Or(strings.Compare(string(a.IRI), string(b.IRI)), strings.Compare(string(a.Class), string(b.Class)))
	})
	merged := out[:0]
	for _, e := range out {
		if n := len(merged); n > 0 && merged[n-1].IRI == e.IRI {
			if merged[n-1].Class == e.Class {
				merged[n-1].Aliases = append(merged[n-1].Aliases, e.Name)
				merged[n-1].Aliases = append(merged[n-1].Aliases, e.Aliases...)
			}
			continue
		}
		merged = append(merged, e)
	}
	for i := range merged {
		as := merged[i].Aliases
		slices.Sort(as)
		as = slices.Compact(as)
		as = slices.DeleteFunc(as, func(a string) bool { return a == merged[i].Name || a == "" })
		if len(as) == 0 {
			as = nil
		}
		merged[i].Aliases = as
	}
	return merged
}

// entityNames returns the names of the entities kept in ents, and of the authors that are
// not among them (written once, in the byline), sorted by IRI.
func entityNames(names []schema.EntityNames, ents, authors []schema.Entity) []schema.EntityNames {
	classes := make(map[schema.IRI]schema.Class, len(ents))
	for _, e := range ents {
		classes[e.IRI] = e.Class
	}
	var out []schema.EntityNames
	for _, n := range names {
		if c, ok := classes[n.IRI]; ok && c == n.Class {
			out = append(out, n)
		}
	}
	for _, a := range authors {
		if _, ok := classes[a.IRI]; !ok {
			classes[a.IRI] = a.Class
			out = append(out, schema.EntityNames{IRI: a.IRI, Class: schema.Person,
				Forms: []schema.NameForm{nameForm(a.Name, 1, schema.Person)}})
		}
	}
	slices.SortFunc(out, func(a, b schema.EntityNames) int { return strings.Compare(string(a.IRI), string(b.IRI)) })
	return out
}

// authors returns the byline's authors as Person entities: the entity of the semantic
// stages when one has the same name (canonical or alias), else a new entity. An author
// whose IRI is an entity of another class is dropped.
func authors(names []schema.Entity, ents []schema.Entity) []schema.Entity {
	var out []schema.Entity
	seen := map[schema.IRI]bool{}
	for _, a := range names {
		key := schema.NameKey(a.Name)
		chosen := a
		clash := false
		for _, e := range ents {
			if e.IRI == a.IRI && e.Class != schema.Person {
				clash = true
			}
			if e.Class != schema.Person {
				continue
			}
			if schema.NameKey(e.Name) == key || slices.ContainsFunc(e.Aliases, func(s string) bool { return schema.NameKey(s) == key }) {
				chosen = e
				clash = false
				break
			}
		}
		if clash || seen[chosen.IRI] || key == "" {
			continue
		}
		seen[chosen.IRI] = true
		out = append(out, chosen)
	}
	return out
}
