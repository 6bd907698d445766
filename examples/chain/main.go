// Command chain finds the shortest chain of facts connecting Qassem Soleimani and Sergey
// Lavrov in the bundled corpus, and prints each link with the sentence it was read from.
// Facts are followed in either direction and printed as stored.
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
		fmt.Fprintln(os.Stderr, "chain:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, w io.Writer) error {
	g, err := corpus.OpenMemory(ctx)
	if err != nil {
		return err
	}
	defer g.Close()
	links, err := chain(ctx, g, "Qassem Soleimani", "Sergey Lavrov")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "How is Qassem Soleimani connected to Sergey Lavrov? (%d facts)\n", len(links))
	for i, f := range links {
		fmt.Fprintf(w, "%d. %s %s %s\n", i+1, f.Subject.Name, f.Predicate.Name(), f.Object.Name)
		for _, ev := range f.Evidence {
			fmt.Fprintf(w, "      %s#s%d  %s\n", ev.Doc, ev.Sentence, ev.Text)
		}
	}
	return nil
}

// chain returns a shortest chain of facts between the entities named from and to.
func chain(ctx context.Context, g *graph.Graph, from, to string) ([]schema.Fact, error) {
	a, err := g.FindEntity(ctx, from)
	if err != nil {
		return nil, err
	}
	b, err := g.FindEntity(ctx, to)
	if err != nil {
		return nil, err
	}
	return g.ShortestPath(ctx, a.IRI, b.IRI, &graph.ShortestPathOptions{MaxHops: 4})
}
