package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

var searchCommand = &command{
	name:  "search",
	args:  "[--db FILE] [--json] [--class C] [-n N] TEXT",
	short: "find entities by a name that may be misspelt or partial",
	long: `Search lists the entities whose names or aliases resemble TEXT, best first, each with
its class, its number of facts, its IRI and how well it matches (1 is the same name).
Where 'newsgraph entity' wants a name it knows, search forgives: case, diacritics and
punctuation, a surname alone ("Putin"), the start of a word ("Vlad"), an initial
("V. Putin"), typos ("Donld Trump", "Quds Forse") and transliterations that share their
consonants (Qaddafi, Gaddafi, Kadhafi; Soleimani, Suleimani). Ties go to the entity with
more facts, then by name.`,
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) (err error) {
		db, asJSON := dbFlag(fs), jsonFlag(fs)
		class := fs.String("class", "", "only entities of class `C` (Person, Organization, Country, Place)")
		n := fs.Int("n", 10, "list at most `N` entities")
		pos, err := parse(e, fs, args, 1, 1)
		if err != nil {
			return err
		}
		c, err := parseClassFlag(*class)
		if err != nil {
			return err
		}
		if *n < 1 {
			return usagef("-n %d: want 1 or more", *n)
		}
		if schema.NameKey(pos[0]) == "" {
			return usagef("%q has no letter or digit to search for", pos[0])
		}
		g, err := openStore(ctx, *db, false)
		if err != nil {
			return err
		}
		defer closeStore(g, &err)
		ms, err := g.Search(ctx, pos[0], *n, &graph.SearchOptions{Class: c})
		if err != nil {
			return err
		}
		if *asJSON {
			type jsonMatch struct {
				Entity jsonEntity `json:"entity"`
				Name   string     `json:"name"`
				Score  float64    `json:"score"`
				Facts  int        `json:"facts"`
			}
			out := []jsonMatch{}
			for _, m := range ms {
				out = append(out, jsonMatch{toJSONEntity(m.Entity), m.Name, m.Score, m.Facts})
			}
			return writeJSON(e.stdout, out)
		}
		if len(ms) == 0 {
			fmt.Fprintf(e.stdout, "no entity resembles %q\n", pos[0])
			return nil
		}
		for _, m := range ms {
			fmt.Fprintf(e.stdout, "%.2f  %s\n", m.Score, matchLine(m))
		}
		return nil
	},
}

// matchLine is "Name (Class)  N facts  IRI", and the alias that matched when it is not
// the name.
func matchLine(m graph.Match) string {
	s := fmt.Sprintf("%s (%s)  %s  %s", m.Entity.Name, m.Entity.Class.Name(), plural(m.Facts, "fact"), m.Entity.IRI)
	if m.Name != m.Entity.Name {
		s += fmt.Sprintf("  as %q", m.Name)
	}
	return s
}

// notFoundError is the message for a name that FindEntity does not know: the
// suggestions of its *graph.NotFoundError as "did you mean".
func notFoundError(name string, err error) error {
	var nf *graph.NotFoundError
	if !errors.As(err, &nf) || len(nf.Suggestions) == 0 {
		return fmt.Errorf("no entity named %q", name)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "no entity named %q; did you mean", name)
	for _, m := range nf.Suggestions {
		fmt.Fprintf(&b, "\n  %s", matchLine(m))
	}
	return errors.New(b.String())
}

// parseClassFlag parses --class: an entity class name, any case; "" for any.
func parseClassFlag(s string) (schema.Class, error) {
	if s == "" {
		return "", nil
	}
	c, err := schema.ParseClass(s)
	if err != nil || c == schema.DocumentClass {
		return "", usagef("--class %q: want Person, Organization, Country or Place", s)
	}
	return c, nil
}

var topCommand = &command{
	name:  "top",
	args:  "[--db FILE] [--json] [--class C] [--predicate P] [--direction D] [--by facts|documents] [-n N]",
	short: "list the most connected entities, by class and predicate",
	long: `Top lists the entities that take part in the most facts, most first, each with its
number of distinct facts and of the documents that state them. --class keeps one class,
--predicate counts only facts of these relations, --direction only facts whose subject
(out) or object (in) the entity is; --by documents ranks by documents first. Ties go by
the other count, then by name.`,
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) (err error) {
		db, asJSON := dbFlag(fs), jsonFlag(fs)
		class := fs.String("class", "", "only entities of class `C` (Person, Organization, Country, Place)")
		predicate := fs.String("predicate", "", "count only facts of these `PREDICATES` (comma-separated)")
		direction := fs.String("direction", "both", "count the facts in direction `D`: out (the entity is their subject), in (their object) or both")
		by := fs.String("by", "facts", "rank by `WHAT`: facts or documents")
		n := fs.Int("n", 10, "list at most `N` entities")
		if _, err := parse(e, fs, args, 0, 0); err != nil {
			return err
		}
		c, err := parseClassFlag(*class)
		if err != nil {
			return err
		}
		preds, err := parsePredicates(*predicate)
		if err != nil {
			return err
		}
		var dir graph.Direction
		switch strings.ToLower(*direction) {
		case "out":
			dir = graph.Out
		case "in":
			dir = graph.In
		case "both":
			dir = graph.Both
		default:
			return usagef("--direction %q: want out, in or both", *direction)
		}
		if *by != "facts" && *by != "documents" {
			return usagef("--by %q: want facts or documents", *by)
		}
		if *n < 1 {
			return usagef("-n %d: want 1 or more", *n)
		}
		g, err := openStore(ctx, *db, false)
		if err != nil {
			return err
		}
		defer closeStore(g, &err)
		top, err := g.Top(ctx, *n, &graph.TopOptions{Class: c, Predicates: preds, Direction: dir, ByDocuments: *by == "documents"})
		if err != nil {
			return err
		}
		if *asJSON {
			type jsonDegree struct {
				Entity    jsonEntity `json:"entity"`
				Facts     int        `json:"facts"`
				Documents int        `json:"documents"`
			}
			out := []jsonDegree{}
			for _, d := range top {
				out = append(out, jsonDegree{toJSONEntity(d.Entity), d.Facts, d.Documents})
			}
			return writeJSON(e.stdout, out)
		}
		if len(top) == 0 {
			fmt.Fprintln(e.stdout, "no entity has such facts")
			return nil
		}
		width := len(fmt.Sprint(len(top)))
		for i, d := range top {
			fmt.Fprintf(e.stdout, "%*d. %s (%s)  %s in %s\n", width, i+1, d.Entity.Name, d.Entity.Class.Name(),
				plural(d.Facts, "fact"), plural(d.Documents, "document"))
		}
		return nil
	},
}
