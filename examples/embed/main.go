// Command embed shows the shape of a tool that embeds newsgraph: it opens (or creates) a
// store file, loads the documents of the directories or files given as arguments into
// it — a document loaded before is replaced in place — and runs a one-hop path query
// given as flags, printing each answer with its evidence.
//
//	go run ./examples/embed -db news.db -from 'Quds Force' -dir in -pred commands examples/corpus
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/schema"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

// run runs the program and returns its exit status: 0, 1 on failure, 2 on a usage error.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("embed", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "embed.db", "the store `FILE`, created if missing")
	from := fs.String("from", "", "start the query at the entity `NAME`")
	dir := fs.String("dir", "out", "follow facts `out` of the start, in to it, or both")
	pred := fs.String("pred", "", "follow only these `PREDICATES` (comma-separated; none: all)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: embed [-db FILE] -from NAME [-dir out|in|both] [-pred P,...] PATH...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *from == "" || fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	var preds []schema.Predicate
	for _, name := range strings.Split(*pred, ",") {
		if name == "" {
			continue
		}
		p, err := schema.ParsePredicate(name)
		if err != nil || !p.IsRelation() {
			fmt.Fprintf(stderr, "embed: -pred: unknown relation %q\n", name)
			return 2
		}
		preds = append(preds, p)
	}
	if err := loadAndQuery(ctx, stdout, stderr, *db, fs.Args(), *from, *dir, preds); err != nil {
		fmt.Fprintln(stderr, "embed:", err)
		return 1
	}
	return 0
}

func loadAndQuery(ctx context.Context, stdout, stderr io.Writer, db string, paths []string, from, dir string, preds []schema.Predicate) (err error) {
	g, err := graph.Open(ctx, db, nil)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, g.Close()) }()

	// Load: loader.Load extracts on all cores and writes in batches; the graph resolves
	// the entities across every document it holds.
	c, err := loader.Load(ctx, g, loader.ReadPaths(ctx, paths...), &loader.LoadOptions{
		OnDocument: func(l loader.Loaded) {
			if l.Err != nil {
				fmt.Fprintln(stderr, "embed: skipping:", l.Err) // one bad document does not stop the load
			}
		},
	})
	if err != nil {
		return err
	}
	loaded := c.New + c.Replaced
	st, err := g.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "loaded %d documents; %s holds %d documents, %d entities, %d facts\n",
		loaded, db, st.Documents, st.Entities, st.Facts)

	// Query: one hop from the start entity.
	start, err := g.FindEntity(ctx, from)
	if err != nil {
		return err
	}
	p := g.Path(start.IRI)
	switch dir {
	case "out":
		p = p.Out(preds...)
	case "in":
		p = p.In(preds...)
	case "both":
		p = p.Both(preds...)
	default:
		return fmt.Errorf("-dir %q: want out, in or both", dir)
	}
	n := 0
	for f, err := range p.Facts(ctx) {
		if err != nil {
			return err
		}
		n++
		fmt.Fprintf(stdout, "%s %s %s\n", f.Subject.Name, f.Predicate.Name(), f.Object.Name)
		for _, ev := range f.Evidence {
			fmt.Fprintf(stdout, "    %s#s%d  %s\n", ev.Doc, ev.Sentence, ev.Text)
		}
	}
	fmt.Fprintf(stdout, "%d facts\n", n)
	return nil
}
