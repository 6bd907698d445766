package store

import (
	"context"
	"errors"
	"fmt"
	"io"

	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
)

// ErrNoBackup is wrapped by Backup's error for a store that is not a bbolt file; it
// wraps errors.ErrUnsupported.
var ErrNoBackup = fmt.Errorf("only a store file can be backed up: %w", errors.ErrUnsupported)

// Backup writes a consistent copy of a bbolt store to w, in one read transaction
// (bbolt's Tx.WriteTo): the whole file as of the last committed write, which opens on
// its own. Writers go on meanwhile, except one that must grow the file, which waits for
// the copy to end. It returns the number of bytes written.
func (s *Store) Backup(ctx context.Context, w io.Writer) (n int64, err error) {
	if s.join == nil {
		return 0, ErrNoBackup
	}
	hdb, ok := s.join.KV.(*hbolt.DB)
	if !ok {
		return 0, ErrNoBackup
	}
	defer Recover(&err)
	defer Guard()()
	cw := &ctxWriter{ctx: ctx, w: w}
	err = hdb.DB().View(func(tx *bolt.Tx) error {
		n, err = tx.WriteTo(cw)
		return err
	})
	if cw.err != nil {
		return n, cw.err // bbolt keeps only its message
	}
	return n, err
}

// ctxWriter stops a copy when its context ends, and remembers the error it returned.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
	err error
}

func (c *ctxWriter) Write(p []byte) (int, error) {
	if c.err = c.ctx.Err(); c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.err = err
	return n, err
}
