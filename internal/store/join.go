package store

import (
	"context"

	hkv "github.com/hidal-go/hidalgo/kv"
)

// joinKV lets several Cayley ApplyDeltas calls share one bbolt transaction: while cur
// is set, every transaction Cayley opens is cur, and its Commit and Close do nothing;
// the Store commits or rolls back cur itself. Only the Store's writer, holding the
// graph's write lock, sets cur.
//
// Cayley's key-value store loses an added quad when one ApplyDeltas call both removes
// and adds quads that share nodes (seen when a document's headline changes), so a
// document is replaced by two calls, removes then adds, inside one transaction.
type joinKV struct {
	hkv.KV
	cur hkv.Tx
}

func (j *joinKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	if j.cur != nil {
		return joinedTx{j.cur}, nil
	}
	return j.KV.Tx(ctx, rw)
}

func (j *joinKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, j, fn)
}

func (j *joinKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, j, fn)
}

type joinedTx struct{ hkv.Tx }

func (joinedTx) Commit(context.Context) error { return nil }
func (joinedTx) Close() error                 { return nil }
