package graph_test

import (
	"context"
	"os"
	"reflect"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/graphtest"
)

// openPostgres opens a graph in a new database of the server that
// $NEWSGRAPH_TEST_POSTGRES names (the test is skipped without it). When the test ends it
// checks the store as openFile does: a second Graph opened on the same database holds the
// same quads and gives the same statistics.
func openPostgres(t *testing.T) *graph.Graph {
	url := graphtest.PostgresURL(t)
	g, err := graph.Open(context.Background(), url, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx := context.Background()
		stats, err := g.Stats(ctx)
		if err != nil {
			return // the test closed it
		}
		quads := graphtest.StoredQuads(t, g)
		closeGraph(t, g)
		r, err := graph.Open(ctx, url, &graph.Options{ReadOnly: true})
		if err != nil {
			t.Fatalf("reopening the store: %v", err)
		}
		defer r.Close()
		if got := graphtest.StoredQuads(t, r); !slices.Equal(got, quads) {
			t.Errorf("reopened store holds %d quads, closed with %d", len(got), len(quads))
		}
		if got, _ := r.Stats(ctx); !reflect.DeepEqual(got, stats) {
			t.Errorf("reopened store's Stats = %+v, closed with %+v", got, stats)
		}
	})
	return g
}

func TestPostgres(t *testing.T) {
	if os.Getenv(graphtest.PostgresEnv) == "" {
		t.Skipf("PostgreSQL tests skipped: set %s to a server's URL (.ci/run starts one)", graphtest.PostgresEnv)
	}
	graphtest.Run(t, openPostgres)
}
