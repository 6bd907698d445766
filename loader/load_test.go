package loader_test

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/schema"
)

// fakeStore is a loader.Store that keeps documents' origins, rejects one document as
// inconsistent, and fails for good at one call.
type fakeStore struct {
	origins map[schema.DocID]string
	reject  schema.DocID // AddDocuments reports this document as inconsistent
	failAt  int          // the call of AddDocuments that fails, from 1; 0 never
	calls   int
}

func (f *fakeStore) AddDocuments(_ context.Context, xs []*schema.Extraction) error {
	f.calls++
	if f.calls == f.failAt {
		return errors.New("no space left on device")
	}
	for _, x := range xs {
		if x.Document.ID == f.reject {
			return &schema.ExtractionError{Doc: x.Document.ID, Reason: "rejected"}
		}
	}
	for _, x := range xs {
		f.origins[x.Document.ID] = x.Origin
	}
	return nil
}

func (f *fakeStore) DocumentOrigin(_ context.Context, id schema.DocID) (string, bool, error) {
	o, ok := f.origins[id]
	return o, ok, nil
}

// texts returns sources t-0, t-1, ... with the given texts; a text "!" is a source that
// could not be read.
func texts(ts ...string) iter.Seq2[loader.Source, error] {
	return func(yield func(loader.Source, error) bool) {
		for i, t := range ts {
			id, origin := schema.DocID(fmt.Sprintf("t-%d", i)), fmt.Sprintf("in/t-%d.txt", i)
			s := loader.Source{ID: id, Text: []byte(t), Origin: origin}
			if t == "!" {
				s = loader.Source{Origin: origin, Err: &loader.SourceError{Origin: origin, Err: errors.New("unreadable")}}
			}
			if !yield(s, nil) {
				return
			}
		}
	}
}

func TestLoad(t *testing.T) {
	ctx := context.Background()
	st := &fakeStore{origins: map[schema.DocID]string{"t-1": "elsewhere/t-1.txt"}, reject: "t-3"}
	var reports []string
	var progress []loader.LoadStats
	c, err := loader.Load(ctx, st, texts("Mayor Ilse Marten opened the bridge.", "Tomas Reyes visited Dunmore.", "!",
		"Renée Fabre met officials in Lyon.", "\x00binary"), &loader.LoadOptions{
		BatchSize: 2,
		OnDocument: func(l loader.Loaded) {
			switch {
			case l.Err != nil:
				reports = append(reports, "failed "+l.Source.Origin)
			case l.Replaced:
				reports = append(reports, "replaced "+string(l.Source.ID)+" from "+l.Previous)
			default:
				reports = append(reports, "new "+string(l.Source.ID))
			}
		},
		Progress: func(s loader.LoadStats) { progress = append(progress, s) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := (loader.LoadStats{New: 1, Replaced: 1, Failed: 3}); c != want {
		t.Errorf("counts %+v, want %+v", c, want)
	}
	slices.Sort(reports)
	want := []string{"failed in/t-2.txt", "failed in/t-3.txt", "failed in/t-4.txt", "new t-0", "replaced t-1 from elsewhere/t-1.txt"}
	if !slices.Equal(reports, want) {
		t.Errorf("reports %q, want %q", reports, want)
	}
	if len(progress) == 0 || progress[len(progress)-1] != c {
		t.Errorf("progress %v, want it to end with the counts", progress)
	}
}

// TestLoadStopsAtStoreError: an error of the store that is not about one document ends
// the load at once, with the counts of what was committed before.
func TestLoadStopsAtStoreError(t *testing.T) {
	st := &fakeStore{origins: map[schema.DocID]string{}, failAt: 2}
	c, err := loader.Load(context.Background(), st, texts("One.", "Two.", "Three.", "Four.", "Five."), &loader.LoadOptions{BatchSize: 2})
	if err == nil || err.Error() != "no space left on device" {
		t.Fatalf("err = %v, want the store's error", err)
	}
	if c != (loader.LoadStats{New: 2}) || st.calls != 2 {
		t.Errorf("counts %+v after %d calls, want the first batch only, and no call after the failure", c, st.calls)
	}
}

func TestLoadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	st := &fakeStore{origins: map[schema.DocID]string{}}
	if _, err := loader.Load(ctx, st, texts("One."), nil); !errors.Is(err, context.Canceled) || st.calls != 0 {
		t.Errorf("err = %v after %d calls, want context.Canceled and nothing written", err, st.calls)
	}
}

// ExampleLoad loads three short articles into a graph in one call, and finds a person
// that one article names by surname alone and another in full, both under his post.
func ExampleLoad() {
	ctx := context.Background()
	g := graph.OpenMemory()
	defer g.Close()
	srcs := func(yield func(loader.Source, error) bool) {
		for _, s := range []loader.Source{
			{ID: "a", Text: []byte("Minister Tomas Okonkwo visited Lagos on Monday.")},
			{ID: "b", Text: []byte("Minister Okonkwo met Ilse Marten in Abuja.")},
			{ID: "c", Text: []byte("\x00 not text")},
		} {
			if !yield(s, nil) {
				return
			}
		}
	}
	c, err := loader.Load(ctx, g, srcs, &loader.LoadOptions{OnDocument: func(l loader.Loaded) {
		if l.Err != nil {
			fmt.Println("skipped", l.Source.ID)
		}
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d new, %d replaced, %d failed\n", c.New, c.Replaced, c.Failed)
	p, err := g.FindEntity(ctx, "Okonkwo")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Name, p.Aliases)
	// Output:
	// skipped c
	// 2 new, 0 replaced, 1 failed
	// Tomas Okonkwo [Okonkwo]
}

// ExampleResolve resolves two extractions together: each names the person as the other
// does, under one post. Document b never writes the surname alone, so it gives the
// person no alias.
func ExampleResolve() {
	ctx := context.Background()
	l := loader.New(nil)
	a, _ := l.Extract(ctx, loader.Source{ID: "a", Text: []byte("Minister Lindqvist spoke to farmers in Uppsala.")})
	b, _ := l.Extract(ctx, loader.Source{ID: "b", Text: []byte("Minister Anders Lindqvist visited Malmo on Monday.")})
	fmt.Println(a.Entities[0].IRI)
	xs, err := loader.Resolve([]*schema.Extraction{a, b})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, x := range xs {
		for _, e := range x.Entities {
			if e.Class == schema.Person {
				fmt.Println(x.Document.ID, e.IRI, e.Aliases)
			}
		}
	}
	// Output:
	// https://newsgraph.dev/id/lindqvist
	// a https://newsgraph.dev/id/anders-lindqvist [Lindqvist]
	// b https://newsgraph.dev/id/anders-lindqvist []
}

// ExampleStdinID shows the id of a document read without a name.
func ExampleStdinID() {
	fmt.Println(loader.StdinID([]byte("The port reopened on Monday.")))
	// Output: stdin-a77245e767787128
}
