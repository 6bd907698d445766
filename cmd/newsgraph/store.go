package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"iter"
	"net/url"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/schema"
)

// openStore opens the store file path, or the PostgreSQL store a postgres:// or
// postgresql:// URL names: read-only unless write, and a missing store is an error unless
// write (load creates it).
func openStore(ctx context.Context, path string, write bool) (*graph.Graph, error) {
	if !write && !isURL(path) {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such store (create one with 'newsgraph load --db %s PATH...')", path, path)
		}
	}
	g, err := graph.Open(ctx, path, &graph.Options{ReadOnly: !write, LockTimeout: 2 * time.Second})
	if err != nil {
		if errors.Is(err, graph.ErrLocked) {
			return nil, lockedError(path, write)
		}
		var se *graph.StoreError
		if errors.As(err, &se) {
			return nil, err // it names the file
		}
		return nil, fmt.Errorf("%s: %w", storeName(path), err)
	}
	return g, nil
}

// isURL reports whether --db names a PostgreSQL store rather than a file.
func isURL(db string) bool {
	l := strings.ToLower(db)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}

// storeName is --db for messages: a URL without its password.
func storeName(db string) string {
	if u, err := url.Parse(db); err == nil && isURL(db) {
		return u.Redacted()
	}
	return db
}

// closeStore closes g, keeping the first error.
func closeStore(g *graph.Graph, err *error) {
	if cerr := g.Close(); cerr != nil && *err == nil {
		*err = cerr
	}
}

// findEntity resolves a name (or an entity IRI) given on the command line.
func findEntity(ctx context.Context, g *graph.Graph, name string) (schema.Entity, error) {
	if strings.HasPrefix(name, schema.EntityBase) {
		e, err := g.Entity(ctx, schema.IRI(name))
		if errors.Is(err, graph.ErrNotFound) {
			return e, fmt.Errorf("no entity %s", name)
		}
		return e, err
	}
	e, err := g.FindEntity(ctx, name)
	var ae *graph.AmbiguousError
	switch {
	case errors.As(err, &ae):
		// A canonical name beats an alias: "Moscow" is the city, not Russia acting as Moscow.
		var exact []schema.Entity
		for _, c := range ae.Candidates {
			if schema.NameKey(c.Name) == schema.NameKey(name) {
				exact = append(exact, c)
			}
		}
		if len(exact) == 1 {
			return exact[0], nil
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%q names %d entities; say which with its full name or IRI:", name, len(ae.Candidates))
		for _, c := range ae.Candidates {
			fmt.Fprintf(&b, "\n  %s (%s)  %s", c.Name, c.Class.Name(), c.IRI)
		}
		return e, errors.New(b.String())
	case errors.Is(err, graph.ErrNotFound):
		return e, notFoundError(name, err)
	}
	return e, err
}

// sources returns the documents of paths; "-" reads one document, with id "stdin", from
// standard input.
func (e *env) sources(ctx context.Context, paths []string) iter.Seq2[loader.Source, error] {
	return func(yield func(loader.Source, error) bool) {
		for len(paths) > 0 {
			if paths[0] == "-" {
				if !yield(loader.FromReader("stdin", e.stdin)) {
					return
				}
				paths = paths[1:]
				continue
			}
			n := slices.Index(paths, "-")
			if n < 0 {
				n = len(paths)
			}
			for s, err := range loader.ReadPaths(ctx, paths[:n]...) {
				if !yield(s, err) {
					return
				}
			}
			paths = paths[n:]
		}
	}
}

const pathsHelp = `PATH is a file (one document, its id the file name without extension), a directory
(its .txt and .md files, recursively) or a .jsonl or .jsonl.gz corpus (one JSON object a
line with "id", "title", "date" and "text"). "-" reads one document from standard input.`

var loadCommand = &command{
	name:  "load",
	args:  "[--db FILE] PATH...",
	short: "read documents into a store (created if missing)",
	long: `Load reads documents with the loader and writes each one into the store in its own
transaction. A document already in the store (same id) is replaced in place. A document
that cannot be read is reported on standard error with where it came from, and the others
are still loaded; the exit status is then 1. A document read with a warning (invalid
UTF-8, Latin-1, an HTML page, no text) is loaded, and the warning printed on standard
error. At the end load prints a summary: documents,
entities, facts and quads in the store, and the time taken. When standard error is a
terminal, a long load reports its progress there.

` + pathsHelp,
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) (err error) {
		db := dbFlag(fs)
		paths, err := parse(e, fs, args, 1, -1)
		if err != nil {
			return err
		}
		start := time.Now()
		g, err := openStore(ctx, *db, true)
		if err != nil {
			return err
		}
		defer closeStore(g, &err)
		c, err := load(ctx, e, g, paths, start)
		if err != nil {
			return err
		}
		st, err := g.Stats(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "loaded %s (%d new, %d replaced, %d failed) in %.2f seconds\n",
			plural(c.added+c.replaced, "document"), c.added, c.replaced, c.failed, time.Since(start).Seconds())
		fmt.Fprintf(e.stdout, "%s: %s, %s, %s, %s\n", storeName(*db), plural(st.Documents, "document"),
			plural(st.Entities, "entity"), plural(st.Facts, "fact"), plural(st.Quads, "quad"))
		if c.failed > 0 {
			return &exitError{exitFailure}
		}
		return nil
	},
}

// loadBatch is how many documents load writes in one call of Graph.AddDocuments, which
// commits them in shared transactions.
const loadBatch = 200

// loadCounts counts the documents of a load.
type loadCounts struct{ added, replaced, failed int }

// load reads the documents of paths into g, in batches. A document that cannot be read
// or written is reported on stderr and counted; the error ends the load only when the
// store cannot go on (closed, read-only, or ctx ended).
func load(ctx context.Context, e *env, g *graph.Graph, paths []string, start time.Time) (loadCounts, error) {
	var c loadCounts
	type pending struct {
		x       *schema.Extraction
		origin  string
		existed bool
	}
	var batch []pending
	progress, lastReport := isTerminal(e.stderr), start
	done := func(p pending) {
		if p.existed {
			c.replaced++
		} else {
			c.added++
		}
	}
	fatal := func(err error) bool {
		return ctx.Err() != nil || errors.Is(err, graph.ErrClosed) || errors.Is(err, graph.ErrReadOnly)
	}
	flush := func() error {
		xs := make([]*schema.Extraction, len(batch))
		for i, p := range batch {
			xs[i] = p.x
		}
		if err := g.AddDocuments(ctx, xs); err == nil {
			for _, p := range batch {
				done(p)
			}
		} else {
			if fatal(err) {
				return err
			}
			// Write them one by one to tell which document fails; rewriting the ones
			// already committed replaces them with themselves.
			for _, p := range batch {
				if err := g.AddDocument(ctx, p.x); err != nil {
					if fatal(err) {
						return err
					}
					fmt.Fprintf(e.stderr, "newsgraph load: %s (%s): %v\n", p.origin, p.x.Document.ID, err)
					c.failed++
					continue
				}
				done(p)
			}
		}
		batch = batch[:0]
		if now := time.Now(); progress && now.Sub(lastReport) >= time.Second {
			lastReport = now
			n := c.added + c.replaced
			fmt.Fprintf(e.stderr, "\rloaded %d documents (%.0f/s)", n, float64(n)/now.Sub(start).Seconds())
		}
		return nil
	}
	l := loader.New(&loader.Options{Registry: g})
	for r := range l.ExtractAll(ctx, e.sources(ctx, paths)) {
		if ctx.Err() != nil {
			return c, ctx.Err()
		}
		if r.Err != nil {
			fmt.Fprintf(e.stderr, "newsgraph load: %v\n", r.Err)
			c.failed++
			continue
		}
		warn(e, "load", r.Source)
		_, err := g.Document(ctx, r.Extraction.Document.ID)
		batch = append(batch, pending{x: r.Extraction, origin: r.Source.Origin, existed: err == nil})
		if len(batch) == loadBatch {
			if err := flush(); err != nil {
				return c, err
			}
		}
	}
	if err := flush(); err != nil {
		return c, err
	}
	if progress && time.Since(start) >= time.Second {
		fmt.Fprintln(e.stderr)
	}
	return c, nil
}

var removeCommand = &command{
	name:  "remove",
	args:  "[--db FILE] DOC-ID...",
	short: "remove documents, and the facts only they state",
	long: `Remove deletes each document from the store: its sentences, and every quad it
brought. A fact or entity that another document also states stays, with that document's
evidence. A document id that is not in the store is reported and the exit status is 1.`,
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) (err error) {
		db := dbFlag(fs)
		ids, err := parse(e, fs, args, 1, -1)
		if err != nil {
			return err
		}
		g, err := openStore(ctx, *db, true)
		if err != nil {
			return err
		}
		defer closeStore(g, &err)
		failed := 0
		for _, id := range ids {
			switch err := g.RemoveDocument(ctx, schema.DocID(id)); {
			case errors.Is(err, graph.ErrNotFound):
				fmt.Fprintf(e.stderr, "newsgraph remove: %s: no document %q\n", storeName(*db), id)
				failed++
			case err != nil:
				return err
			default:
				fmt.Fprintf(e.stdout, "removed %s\n", id)
			}
		}
		if failed > 0 {
			return &exitError{exitFailure}
		}
		return nil
	},
}

// jsonStats is graph.Stats with names for keys.
type jsonStats struct {
	Documents        int            `json:"documents"`
	Sentences        int            `json:"sentences"`
	Entities         int            `json:"entities"`
	Facts            int            `json:"facts"`
	Quads            int            `json:"quads"`
	EntitiesByClass  map[string]int `json:"entities_by_class"`
	FactsByPredicate map[string]int `json:"facts_by_predicate"`
}

var statsCommand = &command{
	name:  "stats",
	args:  "[--db FILE] [--json]",
	short: "count documents, sentences, entities, facts and quads",
	long: `Stats counts what the store holds: documents, sentences, entities (by class), facts
(distinct subject–predicate–object triples, by predicate) and quads.`,
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) (err error) {
		db, asJSON := dbFlag(fs), jsonFlag(fs)
		if _, err := parse(e, fs, args, 0, 0); err != nil {
			return err
		}
		g, err := openStore(ctx, *db, false)
		if err != nil {
			return err
		}
		defer closeStore(g, &err)
		st, err := g.Stats(ctx)
		if err != nil {
			return err
		}
		return writeStats(e, st, *asJSON)
	},
}

func writeStats(e *env, st graph.Stats, asJSON bool) error {
	if asJSON {
		j := jsonStats{st.Documents, st.Sentences, st.Entities, st.Facts, st.Quads, map[string]int{}, map[string]int{}}
		for c, n := range st.EntitiesByClass {
			j.EntitiesByClass[c.Name()] = n
		}
		for p, n := range st.FactsByPredicate {
			j.FactsByPredicate[p.Name()] = n
		}
		return writeJSON(e.stdout, j)
	}
	w := e.stdout
	fmt.Fprintf(w, "documents  %d\nsentences  %d\nentities   %d\n", st.Documents, st.Sentences, st.Entities)
	for _, c := range schema.Classes() {
		fmt.Fprintf(w, "  %-14s %d\n", c.Name(), st.EntitiesByClass[c])
	}
	fmt.Fprintf(w, "facts      %d\n", st.Facts)
	for _, p := range schema.Relations() {
		if n := st.FactsByPredicate[p]; n > 0 {
			fmt.Fprintf(w, "  %-14s %d\n", p.Name(), n)
		}
	}
	fmt.Fprintf(w, "quads      %d\n", st.Quads)
	return nil
}

var exportCommand = &command{
	name:  "export",
	args:  "[--db FILE] [--format nquads|jsonld|graphml|dot|csv] [--subject N] [--predicate P] [--object N]",
	short: "write the store as N-Quads, JSON-LD, GraphML, DOT or CSV",
	long: `Export writes the whole store to standard output, or only the facts matching
--subject, --predicate and --object when one is given. N-Quads is the lossless format
(every quad, each fact labelled with its sentence); JSON-LD is the same data as JSON;
GraphML and DOT draw entities and facts for graph viewers; CSV is one fact a row.`,
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) (err error) {
		db := dbFlag(fs)
		format := fs.String("format", "nquads", "the output `FORMAT`: nquads, jsonld, graphml, dot or csv")
		subject := fs.String("subject", "", "only facts whose subject is the entity `NAME`")
		predicate := fs.String("predicate", "", "only facts of these `PREDICATES` (comma-separated)")
		object := fs.String("object", "", "only facts whose object is the entity `NAME`")
		if _, err := parse(e, fs, args, 0, 0); err != nil {
			return err
		}
		f, err := graph.ParseFormat(*format)
		if err != nil {
			return usagef("--format %q: want nquads, jsonld, graphml, dot or csv", *format)
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
		if *subject == "" && *object == "" && preds == nil {
			return g.Export(ctx, e.stdout, f)
		}
		q, err := factQuery(ctx, g, *subject, preds, *object)
		if err != nil {
			return err
		}
		return g.ExportFacts(ctx, e.stdout, f, q)
	},
}

// parsePredicates parses a comma-separated list of relation names; "" gives nil.
func parsePredicates(s string) ([]schema.Predicate, error) {
	var out []schema.Predicate
	for _, name := range splitList(s) {
		p, err := schema.ParsePredicate(name)
		if err != nil || !p.IsRelation() {
			return nil, usagef("unknown predicate %q; the relations are %s", name, relationNames())
		}
		out = append(out, p)
	}
	return out, nil
}

func relationNames() string {
	var names []string
	for _, p := range schema.Relations() {
		names = append(names, p.Name())
	}
	return strings.Join(names, ", ")
}

// factQuery resolves the names of a fact query.
func factQuery(ctx context.Context, g *graph.Graph, subject string, preds []schema.Predicate, object string) (graph.FactQuery, error) {
	q := graph.FactQuery{Predicates: preds}
	if subject != "" {
		s, err := findEntity(ctx, g, subject)
		if err != nil {
			return q, err
		}
		q.Subject = s.IRI
	}
	if object != "" {
		o, err := findEntity(ctx, g, object)
		if err != nil {
			return q, err
		}
		q.Object = o.IRI
	}
	return q, nil
}
