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
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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

// sources returns the documents of paths; "-" reads one document from standard input,
// whose id is --id or, without it, loader.StdinID of its text.
func (e *env) sources(ctx context.Context, paths []string) iter.Seq2[loader.Source, error] {
	return func(yield func(loader.Source, error) bool) {
		var files []string
		for _, p := range paths {
			if p != "-" {
				files = append(files, p)
				continue
			}
			src, err := loader.FromReader("stdin", e.stdin)
			if err == nil {
				src.ID = loader.StdinID(src.Text)
				if e.stdinID != "" {
					src.ID = schema.DocID(e.stdinID)
				}
				src.Origin = "standard input"
			} else {
				src = loader.Source{Origin: "standard input", Err: err}
			}
			if !yield(src, nil) {
				return
			}
		}
		if len(files) > 0 {
			for s, err := range loader.ReadPaths(ctx, files...) {
				if !yield(s, err) {
					return
				}
			}
		}
	}
}

// idFlag declares --id, the id of a document read from standard input.
func idFlag(fs *flag.FlagSet) *string {
	return fs.String("id", "", "the document `ID` of the text read from standard input (-); default: stdin- and a hash of the text")
}

// checkPaths refuses, before any store is opened, what load and extract cannot read: a
// path that is a named pipe, a device or a socket (reading one could wait for ever while
// holding the store's lock), "-" twice, and --id without "-" or with an invalid id.
func checkPaths(paths []string, id string) error {
	stdin := 0
	for _, p := range paths {
		if p == "-" {
			stdin++
			continue
		}
		fi, err := os.Stat(p)
		if err == nil && !fi.IsDir() && !fi.Mode().IsRegular() {
			return usagef("%s is not a regular file or a directory (a named pipe, device or socket); give standard input as - instead", quoteName(p))
		}
	}
	switch {
	case stdin > 1:
		return usagef("standard input (-) given %d times", stdin)
	case id != "" && stdin == 0:
		return usagef("--id names the document read from standard input, and no - is given")
	case id != "":
		if err := schema.DocID(id).Validate(); err != nil {
			return usagef("--id %s: %v", quoteName(id), err)
		}
	}
	return nil
}

// quoteName returns a name for a message: quoted in Go syntax when it holds a control
// character or invalid UTF-8.
func quoteName(s string) string {
	if !utf8.ValidString(s) || strings.IndexFunc(s, unicode.IsControl) >= 0 {
		return strconv.Quote(s)
	}
	return s
}

const pathsHelp = `PATH is a file (one document, its id the file name without extension), a directory
(its .txt and .md files, recursively, each with its path under the directory, without
extension, as its id: 2019/jan/story) or a .jsonl or .jsonl.gz corpus (one JSON object a
line with "id", "title", "date" and "text"; the id is the record's). "-" reads one
document from standard input, with the id --id or else "stdin-" and a hash of its text.
Two documents with one id are both refused. Named pipes and devices are refused.`

var loadCommand = &command{
	name:  "load",
	args:  "[--db FILE] [--id ID] PATH...",
	short: "read documents into a store (created if missing)",
	long: `Load reads documents with the loader and writes them into the store, a few hundred
documents a transaction (each document entirely or not at all). A document already in the
store (same id) is replaced in place; when it was loaded from another source, a warning
names both. Entities are resolved across every document of the store, so the store's
quads are the same whatever the order or batching of the loads. A document that cannot be
read is reported on standard error with where it came from, and the others are still
loaded; the exit status is then 1. A document read with a warning (invalid UTF-8,
Latin-1, an HTML page, no text) is loaded, and the warning printed on standard error. A
store error (a full disk, a lost connection) stops the load at once: load reports what
was committed and exits with status 1. At the end load prints a summary: documents,
entities, facts and quads in the store, and the time taken. When standard error is a
terminal, a long load reports its progress there.

` + pathsHelp,
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) (err error) {
		db := dbFlag(fs)
		id := idFlag(fs)
		paths, err := parse(e, fs, args, 1, -1)
		if err != nil {
			return err
		}
		if err := checkPaths(paths, *id); err != nil {
			return err
		}
		e.stdinID = *id
		start := time.Now()
		g, err := openStore(ctx, *db, true)
		if err != nil {
			return err
		}
		defer closeStore(g, &err)
		c, err := load(ctx, e, g, paths, start)
		summary := func() {
			fmt.Fprintf(e.stdout, "loaded %s (%d new, %d replaced, %d failed) in %.2f seconds\n",
				plural(c.New+c.Replaced, "document"), c.New, c.Replaced, c.Failed, time.Since(start).Seconds())
		}
		if err != nil {
			summary()
			return err
		}
		st, err := g.Stats(ctx)
		if err != nil {
			return err
		}
		summary()
		fmt.Fprintf(e.stdout, "%s: %s, %s, %s, %s\n", storeName(*db), plural(st.Documents, "document"),
			plural(st.Entities, "entity"), plural(st.Facts, "fact"), plural(st.Quads, "quad"))
		if c.Failed > 0 {
			return &exitError{exitFailure}
		}
		return nil
	},
}

// load reads the documents of paths into g with loader.Load, reporting each document
// that fails, each warning and each replacement from another source on stderr, and the
// progress when stderr is a terminal.
func load(ctx context.Context, e *env, g *graph.Graph, paths []string, start time.Time) (loader.LoadStats, error) {
	progress, lastReport := isTerminal(e.stderr), start
	c, err := loader.Load(ctx, g, e.sources(ctx, paths), &loader.LoadOptions{
		OnDocument: func(l loader.Loaded) {
			switch {
			case l.Err != nil:
				fmt.Fprintf(e.stderr, "newsgraph load: %v\n", l.Err)
			default:
				warn(e, "load", l.Source)
				if l.Previous != "" {
					fmt.Fprintf(e.stderr, "newsgraph load: warning: document %q from %s replaces the one loaded from %s\n",
						l.Source.ID, quoteName(l.Source.Origin), quoteName(l.Previous))
				}
			}
		},
		Progress: func(c loader.LoadStats) {
			if now := time.Now(); progress && now.Sub(lastReport) >= time.Second {
				lastReport = now
				n := c.New + c.Replaced
				fmt.Fprintf(e.stderr, "\rloaded %d documents (%.0f/s)", n, float64(n)/now.Sub(start).Seconds())
			}
		},
	})
	if progress && time.Since(start) >= time.Second {
		fmt.Fprintln(e.stderr)
	}
	return c, err
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
