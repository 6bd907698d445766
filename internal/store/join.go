package store

import (
	"context"
	"reflect"
	"unsafe"

	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
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

// putTx speeds up the writes of Cayley's bbolt store. hidalgo's Put calls bbolt's
// CreateBucketIfNotExists for every key, which searches the root bucket and fails with
// ErrBucketExists before finding the bucket: with Cayley's tens of thousands of value
// buckets that search was a fifth of a bulk load. putTx looks the bucket up with
// Tx.Bucket, which bbolt answers from its cache of open buckets, and creates it only when
// it is missing. Everything else goes to hidalgo's Tx.
type putTx struct {
	hkv.Tx
	btx *bolt.Tx
}

func (t putTx) Put(ctx context.Context, k hkv.Key, v hkv.Value) error {
	if len(k) != 2 || len(k[1]) == 0 {
		return t.Tx.Put(ctx, k, v)
	}
	b := t.btx.Bucket(k[0])
	if b == nil {
		var err error
		if b, err = t.btx.CreateBucket(k[0]); err != nil {
			return err
		}
	}
	return b.Put(k[1], v)
}

// fastPuts returns tx with the faster Put when it is a hidalgo bbolt transaction, else tx.
func fastPuts(tx hkv.Tx) hkv.Tx {
	if btx := boltTx(tx); btx != nil && btx.Writable() {
		return putTx{tx, btx}
	}
	return tx
}

// boltTx returns the bbolt transaction inside a hidalgo bbolt transaction, or nil.
// hidalgo keeps it in the one unexported field of its Tx; boltTxLayout checks that layout
// (go.mod pins hidalgo), so a different version just goes without the fast path.
func boltTx(tx hkv.Tx) *bolt.Tx {
	htx, ok := tx.(*hbolt.Tx)
	if !ok || htx == nil || !boltTxLayout {
		return nil
	}
	return *(**bolt.Tx)(unsafe.Pointer(htx))
}

var boltTxLayout = func() bool {
	t := reflect.TypeFor[hbolt.Tx]()
	return t.NumField() == 1 && t.Field(0).Type == reflect.TypeFor[*bolt.Tx]() && t.Field(0).Offset == 0
}()
