// Package corpus is newsgraph's bundled corpus: five news articles about Iran's and
// Russia's roles in the Syrian war, embedded in the module with go:embed so
// that examples, tests and the command can load them with no files on disk.
//
// [Sources] returns them as loader sources, [Load] reads them into a graph, and
// [OpenMemory] returns an in-memory graph holding them. Each document's id is its file
// name without ".txt".
package corpus

import (
	"context"
	"embed"
	"errors"
	"io/fs"
	"path"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/schema"
)

//go:embed *.txt
var files embed.FS

// FS returns the articles as a read-only file system of .txt files at its root.
func FS() fs.FS { return files }

// Sources returns the articles as loader sources, in file name order. Each call returns
// fresh slices that the caller may modify.
func Sources() []loader.Source {
	ents, _ := fs.ReadDir(files, ".") // cannot fail: the directory is embedded
	var out []loader.Source
	for _, e := range ents {
		b, err := fs.ReadFile(files, e.Name())
		if err != nil {
			continue
		}
		id := strings.TrimSuffix(e.Name(), path.Ext(e.Name()))
		out = append(out, loader.Source{ID: schema.DocID(id), Text: b, Origin: "corpus/" + e.Name()})
	}
	return out
}

// Load reads the articles into g with loader.Load (in one batch: the graph resolves
// their entities across the documents it holds). It returns the errors of the
// documents that failed, joined, or the store's error.
func Load(ctx context.Context, g *graph.Graph) error {
	srcs := func(yield func(loader.Source, error) bool) {
		for _, s := range Sources() {
			if !yield(s, nil) {
				return
			}
		}
	}
	var errs []error
	_, err := loader.Load(ctx, g, srcs, &loader.LoadOptions{OnDocument: func(l loader.Loaded) {
		if l.Err != nil {
			errs = append(errs, l.Err)
		}
	}})
	return errors.Join(append(errs, err)...)
}

// OpenMemory returns a new in-memory graph holding the articles. The caller closes it.
func OpenMemory(ctx context.Context) (*graph.Graph, error) {
	g := graph.OpenMemory()
	if err := Load(ctx, g); err != nil {
		g.Close()
		return nil, err
	}
	return g, nil
}
