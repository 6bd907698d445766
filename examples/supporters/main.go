// Command supporters answers "what does Iran support, and who supports Bashar
// al-Assad?" from the bundled corpus: one path out of Iran along supports facts, one
// into Assad, each answer with the sentences that say so.
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
		fmt.Fprintln(os.Stderr, "supporters:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, w io.Writer) error {
	g, err := corpus.OpenMemory(ctx)
	if err != nil {
		return err
	}
	defer g.Close()
	supported, supporters, err := support(ctx, g, "Iran", "Bashar al-Assad")
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "What does Iran support?")
	printFacts(w, supported)
	fmt.Fprintln(w, "Who supports Bashar al-Assad?")
	printFacts(w, supporters)
	return nil
}

// support returns the supports facts out of the entity named backer and into the
// entity named backed.
func support(ctx context.Context, g *graph.Graph, backer, backed string) (out, in []schema.Fact, err error) {
	a, err := g.FindEntity(ctx, backer)
	if err != nil {
		return nil, nil, err
	}
	b, err := g.FindEntity(ctx, backed)
	if err != nil {
		return nil, nil, err
	}
	for f, err := range g.Path(a.IRI).Out(schema.Supports).Facts(ctx) {
		if err != nil {
			return nil, nil, err
		}
		out = append(out, f)
	}
	for f, err := range g.Path(b.IRI).In(schema.Supports).Facts(ctx) {
		if err != nil {
			return nil, nil, err
		}
		in = append(in, f)
	}
	return out, in, nil
}

func printFacts(w io.Writer, facts []schema.Fact) {
	for _, f := range facts {
		fmt.Fprintf(w, "  %s %s %s\n", f.Subject.Name, f.Predicate.Name(), f.Object.Name)
		for _, ev := range f.Evidence {
			fmt.Fprintf(w, "      %s#s%d  %s\n", ev.Doc, ev.Sentence, ev.Text)
		}
	}
}
