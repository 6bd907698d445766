// Command commander answers "who commands the Quds Force?" from the bundled corpus: it
// loads the five articles into an in-memory graph, walks the commands facts into the
// Quds Force, and prints each commander with the sentences that say so.
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
		fmt.Fprintln(os.Stderr, "commander:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, w io.Writer) error {
	g, err := corpus.OpenMemory(ctx)
	if err != nil {
		return err
	}
	defer g.Close()
	facts, err := commanders(ctx, g)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Who commands the Quds Force?")
	for _, f := range facts {
		fmt.Fprintf(w, "%s %s %s\n", f.Subject.Name, f.Predicate.Name(), f.Object.Name)
		for _, ev := range f.Evidence {
			fmt.Fprintf(w, "    %s#s%d  %s\n", ev.Doc, ev.Sentence, ev.Text)
		}
	}
	return nil
}

// commanders returns the facts "X commands the Quds Force", with their evidence.
func commanders(ctx context.Context, g *graph.Graph) ([]schema.Fact, error) {
	quds, err := g.FindEntity(ctx, "Quds Force")
	if err != nil {
		return nil, err
	}
	var facts []schema.Fact
	for f, err := range g.Path(quds.IRI).In(schema.Commands).Facts(ctx) {
		if err != nil {
			return nil, err
		}
		facts = append(facts, f)
	}
	return facts, nil
}
