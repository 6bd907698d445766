package graph

import (
	"context"
	"errors"
	"fmt"
	"io"

	bolt "go.etcd.io/bbolt"

	"github.com/newsgraph/newsgraph/internal/store"
)

// Backup writes a consistent copy of the graph's store file to w and returns the number
// of bytes written: the whole file as of the last committed write, a store file that
// [Open] opens on its own. It reads the file in one bbolt read transaction
// (bbolt's Tx.WriteTo), so it holds every document entirely or not at all, and it runs
// beside the graph's writers and readers: writes go on while it copies, except one that
// must grow the file, which waits for the copy to end.
//
// Backup is how other processes read a store while one process writes it: the writer
// holds the file's lock, which keeps every other process out (see [Open]), so it writes
// a copy now and then for the others to open. Write to a temporary file and rename it
// over the old copy, so that readers never see half a file.
//
// A graph in memory ([OpenMemory]) or on PostgreSQL has no store file: Backup returns an
// error wrapping errors.ErrUnsupported (copy such a graph with [Graph.Export] in
// N-Quads, or PostgreSQL's pg_dump). A nil w is an error wrapping [ErrInvalid]; after
// [Graph.Close], [ErrClosed].
func (g *Graph) Backup(ctx context.Context, w io.Writer) (int64, error) {
	if w == nil {
		return 0, invalid("Backup: nil writer")
	}
	if err := g.rlock(ctx); err != nil {
		return 0, err
	}
	st, path := g.st, g.path
	g.mu.RUnlock()
	switch {
	case path == "":
		return 0, fmt.Errorf("graph: Backup: a memory graph has no store file (copy it with Export in N-Quads): %w", errors.ErrUnsupported)
	case st.Shared():
		return 0, fmt.Errorf("graph: Backup: store %s is a PostgreSQL database, not a file (copy it with pg_dump, or Export in N-Quads): %w",
			path, errors.ErrUnsupported)
	}
	// Without the graph's lock: bbolt's read transaction is the snapshot, and Close waits
	// for it to end.
	n, err := st.Backup(ctx, w)
	switch {
	case err == nil:
		return n, nil
	case errors.Is(err, bolt.ErrDatabaseNotOpen):
		return n, ErrClosed
	case errors.Is(err, store.ErrNoBackup):
		return n, fmt.Errorf("graph: Backup: %w", err)
	case ctx.Err() != nil && errors.Is(err, ctx.Err()):
		return n, err
	}
	return n, &StoreError{Path: path, Err: fmt.Errorf("backup: %w", err)}
}
