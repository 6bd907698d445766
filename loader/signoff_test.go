package loader_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/loader"
)

// TestWireSignOff checks that an agency name a wire story ends with on its own is a
// credit, not a mention: no entity, no sentence; the same word inside prose still reads.
func TestWireSignOff(t *testing.T) {
	ctx := context.Background()
	l := loader.New(nil)
	x, err := l.Extract(ctx, loader.Source{ID: "wire", Text: []byte(
		"Velkan President Amara Osei met Bakari Mwinyi in Kisumu on Monday, officials said. REUTER")})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range x.Entities {
		if e.Name == "REUTER" {
			t.Errorf("the sign-off REUTER became an entity (%s)", e.Class)
		}
	}
	if n := len(x.Sentences); n != 1 {
		t.Errorf("%d sentences, want 1 (the sign-off is no sentence)", n)
	}
	found := false
	for _, e := range x.Entities {
		found = found || e.Name == "Bakari Mwinyi"
	}
	if !found {
		t.Error("the story's own sentence lost its person")
	}
}
