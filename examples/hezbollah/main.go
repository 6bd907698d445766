// Command hezbollah prints everything the bundled corpus says about Hezbollah: every
// fact linking it to another entity, in either direction, grouped by predicate, each with
// how many documents state it and the sentences that do.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/examples/corpus"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

func main() {
	if err := run(context.Background(), os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "hezbollah:", err)
		os.Exit(1)
	}
}

// statement is one fact about the entity, as seen from it.
type statement struct {
	Neighbor  graph.Neighbor
	Documents int // the number of documents that state it
}

func run(ctx context.Context, w io.Writer) error {
	g, err := corpus.OpenMemory(ctx)
	if err != nil {
		return err
	}
	defer g.Close()
	hz, groups, err := about(ctx, g, "Hezbollah")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "What does the corpus say about %s (%s; also %s)?\n", hz.Name, hz.Class.Name(), strings.Join(hz.Aliases, ", "))
	for _, p := range schema.Relations() {
		if len(groups[p]) == 0 {
			continue
		}
		fmt.Fprintf(w, "%s:\n", p.Name())
		for _, s := range groups[p] {
			n := s.Neighbor
			line := hz.Name + " " + p.Name() + " " + n.Entity.Name
			if n.Direction == graph.In {
				line = n.Entity.Name + " " + p.Name() + " " + hz.Name
			}
			docs := "documents"
			if s.Documents == 1 {
				docs = "document"
			}
			fmt.Fprintf(w, "  %s  (%d %s)\n", line, s.Documents, docs)
			for _, ev := range n.Evidence {
				fmt.Fprintf(w, "      %s#s%d  %s\n", ev.Doc, ev.Sentence, ev.Text)
			}
		}
	}
	return nil
}

// about returns the entity named name and its facts grouped by predicate.
func about(ctx context.Context, g *graph.Graph, name string) (schema.Entity, map[schema.Predicate][]statement, error) {
	e, err := g.FindEntity(ctx, name)
	if err != nil {
		return e, nil, err
	}
	groups := map[schema.Predicate][]statement{}
	for n, err := range g.Neighbors(ctx, e.IRI, graph.Both) {
		if err != nil {
			return e, nil, err
		}
		docs := map[schema.DocID]bool{}
		for _, ev := range n.Evidence {
			docs[ev.Doc] = true
		}
		groups[n.Predicate] = append(groups[n.Predicate], statement{Neighbor: n, Documents: len(docs)})
	}
	return e, groups, nil
}
