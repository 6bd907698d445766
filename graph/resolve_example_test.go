package graph_test

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// ExampleGraph_DocumentOrigin shows what a graph keeps of where a document came from,
// as loader.Load reads it to warn when another source replaces a document.
func ExampleGraph_DocumentOrigin() {
	ctx := context.Background()
	g := graph.OpenMemory()
	defer g.Close()
	x := report()
	x.Origin = "reports/veldia.txt"
	if err := g.AddDocument(ctx, x); err != nil {
		fmt.Println(err)
		return
	}
	for _, id := range []schema.DocID{"veldia-report", "another"} {
		origin, ok, err := g.DocumentOrigin(ctx, id)
		fmt.Printf("%s: %q %v %v\n", id, origin, ok, err)
	}
	// Output:
	// veldia-report: "reports/veldia.txt" true <nil>
	// another: "" false <nil>
}
