// Command velayati answers "whom did Ali Akbar Velayati meet, and where did he go?" from
// the bundled corpus, printing each answer with the sentences that say so.
//
// met is symmetric, so a meeting may be stored either way round: the query follows met
// facts in both directions. Visits go out from the person to a place or country.
package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/newsgraph/newsgraph/examples/corpus"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

func main() {
	if err := run(context.Background(), os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "velayati:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, w io.Writer) error {
	g, err := corpus.OpenMemory(ctx)
	if err != nil {
		return err
	}
	defer g.Close()
	met, visited, err := meetingsAndTrips(ctx, g, "Ali Akbar Velayati")
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Whom did Ali Akbar Velayati meet?")
	printFacts(w, met)
	fmt.Fprintln(w, "Where did he go?")
	printFacts(w, visited)
	return nil
}

// meetingsAndTrips returns the met facts of the person name, either way round, and the
// places and countries the person visited.
func meetingsAndTrips(ctx context.Context, g *graph.Graph, name string) (met, visited []schema.Fact, err error) {
	p, err := g.FindEntity(ctx, name)
	if err != nil {
		return nil, nil, err
	}
	for f, err := range g.Path(p.IRI).Both(schema.Met).Facts(ctx) {
		if err != nil {
			return nil, nil, err
		}
		met = append(met, f)
	}
	for f, err := range g.Path(p.IRI).Out(schema.Visited).Facts(ctx) {
		if err != nil {
			return nil, nil, err
		}
		visited = append(visited, f)
	}
	return met, visited, nil
}

func printFacts(w io.Writer, facts []schema.Fact) {
	if len(facts) == 0 {
		fmt.Fprintln(w, "  (nothing found)")
	}
	for _, f := range facts {
		fmt.Fprintf(w, "  %s %s %s\n", f.Subject.Name, f.Predicate.Name(), f.Object.Name)
		for _, ev := range f.Evidence {
			fmt.Fprintf(w, "      %s#s%d  %s\n", ev.Doc, ev.Sentence, ev.Text)
		}
	}
}
