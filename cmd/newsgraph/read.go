package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

var entityCommand = &command{
	name:  "entity",
	args:  "[--db FILE] [--json] NAME",
	short: "show an entity and everything the documents say about it",
	long: `Entity finds the entity NAME — its canonical name, an alias, in any case, with or
without diacritics, or its surname alone when only one entity has it; an entity IRI works
too — and prints its class, aliases and every fact about it, in either direction, grouped
by predicate, each with how many documents state it and the sentences that do.`,
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) (err error) {
		db, asJSON := dbFlag(fs), jsonFlag(fs)
		pos, err := parse(e, fs, args, 1, 1)
		if err != nil {
			return err
		}
		g, err := openStore(ctx, *db, false)
		if err != nil {
			return err
		}
		defer closeStore(g, &err)
		return showEntity(ctx, e.stdout, g, pos[0], *asJSON)
	},
}

// entityFacts returns every fact whose subject or object is iri, the outgoing first.
func entityFacts(ctx context.Context, g *graph.Graph, iri schema.IRI) ([]schema.Fact, error) {
	var out []schema.Fact
	for _, q := range []graph.FactQuery{{Subject: iri}, {Object: iri}} {
		for f, err := range g.Facts(ctx, q) {
			if err != nil {
				return nil, err
			}
			if q.Object != "" && f.Subject.IRI == iri {
				continue // a fact of iri about itself, already listed
			}
			out = append(out, f)
		}
	}
	return out, nil
}

func showEntity(ctx context.Context, w io.Writer, g *graph.Graph, name string, asJSON bool) error {
	ent, err := findEntity(ctx, g, name)
	if err != nil {
		return err
	}
	facts, err := entityFacts(ctx, g, ent.IRI)
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(w, struct {
			Entity jsonEntity `json:"entity"`
			Facts  []jsonFact `json:"facts"`
		}{toJSONEntity(ent), toJSONFacts(facts)})
	}
	fmt.Fprintf(w, "%s (%s)  %s\n", ent.Name, ent.Class.Name(), ent.IRI)
	if aliases := slices.DeleteFunc(slices.Clone(ent.Aliases), func(a string) bool { return a == ent.Name }); len(aliases) > 0 {
		fmt.Fprintf(w, "  also: %s\n", strings.Join(aliases, "; "))
	}
	if len(facts) == 0 {
		fmt.Fprintln(w, "  no facts")
	}
	for _, p := range schema.Relations() {
		var group []schema.Fact
		for _, f := range facts {
			if f.Predicate == p {
				group = append(group, f)
			}
		}
		if len(group) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s (%s)\n", p.Name(), plural(len(group), "fact"))
		for _, f := range group {
			fmt.Fprintf(w, "  %s  (%s)\n", factLine(f), plural(docCount(f), "document"))
			writeEvidence(w, f.Evidence, "      ")
		}
	}
	return nil
}

var factsCommand = &command{
	name:  "facts",
	args:  "[--db FILE] [--json] [--subject N] [--predicate P] [--object N] [--doc ID] [--limit K]",
	short: "list facts by subject, predicate, object or document",
	long: `Facts lists the facts that match every filter given (none: all facts), each with the
sentences that state it. Subjects and objects are entity names, as for 'newsgraph entity';
predicates are relation names of the ontology, comma-separated:
` + relationNames() + `.`,
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) (err error) {
		db, asJSON := dbFlag(fs), jsonFlag(fs)
		subject := fs.String("subject", "", "only facts whose subject is the entity `NAME`")
		predicate := fs.String("predicate", "", "only facts of these `PREDICATES` (comma-separated)")
		object := fs.String("object", "", "only facts whose object is the entity `NAME`")
		doc := fs.String("doc", "", "only evidence from the document `ID`")
		limit := fs.Int("limit", 0, "print at most `K` facts (0: all)")
		if _, err := parse(e, fs, args, 0, 0); err != nil {
			return err
		}
		preds, err := parsePredicates(*predicate)
		if err != nil {
			return err
		}
		if *limit < 0 {
			return usagef("--limit %d: want 0 or more", *limit)
		}
		g, err := openStore(ctx, *db, false)
		if err != nil {
			return err
		}
		defer closeStore(g, &err)
		q, err := factQuery(ctx, g, *subject, preds, *object)
		if err != nil {
			return err
		}
		q.Doc, q.Limit = schema.DocID(*doc), *limit
		var facts []schema.Fact
		for f, err := range g.Facts(ctx, q) {
			if err != nil {
				return err
			}
			facts = append(facts, f)
		}
		if *asJSON {
			return writeJSON(e.stdout, toJSONFacts(facts))
		}
		for _, f := range facts {
			writeFact(e.stdout, f, "")
		}
		fmt.Fprintln(e.stdout, plural(len(facts), "fact"))
		return nil
	},
}

var pathCommand = &command{
	name:  "path",
	args:  "[--db FILE] [--json] [--max-hops K] [--predicate P] [--directed] FROM TO",
	short: "show the shortest chain of facts linking two entities",
	long: `Path finds a shortest chain of facts from the entity FROM to the entity TO and prints
each fact with its evidence. Facts are followed in either direction unless --directed is
given; each is printed in its stored direction.`,
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) (err error) {
		db, asJSON := dbFlag(fs), jsonFlag(fs)
		maxHops := fs.Int("max-hops", 6, "give up beyond `K` facts")
		predicate := fs.String("predicate", "", "follow only these `PREDICATES` (comma-separated)")
		directed := fs.Bool("directed", false, "follow facts only from subject to object")
		pos, err := parse(e, fs, args, 2, 2)
		if err != nil {
			return err
		}
		if *maxHops < 1 {
			return usagef("--max-hops %d: want 1 or more", *maxHops)
		}
		preds, err := parsePredicates(*predicate)
		if err != nil {
			return err
		}
		g, err := openStore(ctx, *db, false)
		if err != nil {
			return err
		}
		defer closeStore(g, &err)
		return showPath(ctx, e.stdout, g, pos[0], pos[1],
			&graph.ShortestPathOptions{MaxHops: *maxHops, Predicates: preds, Directed: *directed}, *asJSON)
	},
}

func showPath(ctx context.Context, w io.Writer, g *graph.Graph, fromName, toName string, opts *graph.ShortestPathOptions, asJSON bool) error {
	from, err := findEntity(ctx, g, fromName)
	if err != nil {
		return err
	}
	to, err := findEntity(ctx, g, toName)
	if err != nil {
		return err
	}
	chain, err := g.ShortestPath(ctx, from.IRI, to.IRI, opts)
	if errors.Is(err, graph.ErrNoPath) {
		return fmt.Errorf("no chain of at most %s links %s and %s", plural(opts.MaxHops, "fact"), from.Name, to.Name)
	}
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(w, toJSONFacts(chain))
	}
	for i, f := range chain {
		fmt.Fprintf(w, "%d. %s\n", i+1, factLine(f))
		writeEvidence(w, f.Evidence, "      ")
	}
	fmt.Fprintf(w, "%s from %s to %s\n", plural(len(chain), "hop"), from.Name, to.Name)
	return nil
}
