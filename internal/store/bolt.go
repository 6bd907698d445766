package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"runtime"
	"strconv"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
)

// Format and version of the newsgraph stamp in a store file's "newsgraph" bucket.
const (
	markerBucket = "newsgraph"
	markerFormat = "newsgraph-store"
	// Version is the store layout this code writes and reads. Version 2 added the side
	// data of cross-document resolution (side.go); a read-write open upgrades a store of
	// version 1, whose documents keep their quads and have no side data.
	Version = 2
)

// Errors of OpenBolt; the caller maps them to its own sentinels.
var (
	// ErrNotNewsgraph: the file is not a bbolt file, is damaged, or belongs to someone else.
	ErrNotNewsgraph = errors.New("not a newsgraph store")
	// ErrLocked: another process holds the file's lock.
	ErrLocked = errors.New("locked by another process")
	// ErrVersion: the file was written by a newer newsgraph.
	ErrVersion = errors.New("unsupported store version")
	// ErrMissing: a read-only open of a file that does not exist.
	ErrMissing = errors.New("store file does not exist")
)

// BoltOptions configures OpenBolt.
type BoltOptions struct {
	ReadOnly bool
	Timeout  time.Duration
}

var cayleyOptions = cgraph.Options{ckv.OptNoBloom: true}

// initialMmapSize is the size of bbolt's first mapping of the file: address space only
// (the file does not grow to it, except on Windows, where a mapping extends the file, so
// there it is bbolt's default). A transaction that grows the file past the mapping makes
// bbolt map it again and copy every page it holds in memory, at every doubling: for one
// large document in a new store that was a third of the load.
var initialMmapSize = func() int {
	if runtime.GOOS == "windows" || strconv.IntSize < 64 {
		return 0
	}
	return 1 << 30
}()

// OpenBolt opens (or creates) the newsgraph store in the bbolt file path. A file that is
// not a newsgraph store is refused and left untouched.
func OpenBolt(ctx context.Context, path string, o BoltOptions) (st *Store, err error) {
	fi, statErr := os.Stat(path)
	exists := statErr == nil
	switch {
	case statErr != nil && !errors.Is(statErr, fs.ErrNotExist):
		return nil, statErr
	case !exists && o.ReadOnly:
		return nil, ErrMissing
	case exists && fi.Size() == 0 && o.ReadOnly:
		return nil, fmt.Errorf("%w: empty file", ErrNotNewsgraph)
	case exists && fi.IsDir():
		return nil, fmt.Errorf("%w: a directory", ErrNotNewsgraph)
	}
	if exists && fi.Size() > 0 { // bbolt initialises an empty file, as we do
		if err := checkHeader(path, fi.Size()); err != nil {
			return nil, err
		}
	}
	timeout := o.Timeout
	if timeout <= 0 {
		timeout = time.Nanosecond // bbolt's 0 means wait for ever
	}
	db, err := openBolt(path, &bolt.Options{Timeout: timeout, ReadOnly: o.ReadOnly, InitialMmapSize: initialMmapSize})
	if err != nil {
		switch {
		case errors.Is(err, bolt.ErrTimeout):
			return nil, ErrLocked
		case errors.Is(err, bolt.ErrInvalid), errors.Is(err, bolt.ErrChecksum),
			errors.Is(err, bolt.ErrVersionMismatch):
			return nil, fmt.Errorf("%w: %v", ErrNotNewsgraph, err)
		}
		return nil, err
	}
	defer func() {
		if err != nil {
			db.Close()
			if !exists {
				os.Remove(path) // the half-made file is ours
			}
		}
	}()
	defer Recover(&err) // runs before the deferred Close above
	defer Guard()()
	fresh, version, err := checkFile(db, path)
	if err != nil {
		return nil, err
	}
	if !fresh && version < Version && !o.ReadOnly {
		if err := db.Update(func(tx *bolt.Tx) error {
			return tx.Bucket([]byte(markerBucket)).Put([]byte("version"), []byte(strconv.Itoa(Version)))
		}); err != nil {
			return nil, err
		}
	}
	kvdb := &joinKV{KV: hbolt.New(db)}
	if fresh {
		if o.ReadOnly {
			// A creation cut short (a kill before its first commit) leaves an empty file.
			return nil, fmt.Errorf("%w: an empty file, as a store whose creation was cut short leaves it; a read-write open initialises it", ErrNotNewsgraph)
		}
		if err := initBolt(ctx, kvdb); err != nil {
			return nil, err
		}
	}
	qs, err := ckv.New(kvdb, cayleyOptions)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotNewsgraph, err)
	}
	view, err := ckv.New(kvdb.KV, cayleyOptions)
	if err != nil {
		return nil, err
	}
	return &Store{qs: qs, readOnly: o.ReadOnly, join: kvdb, view: view}, nil
}

// initBolt makes a fresh file a newsgraph store: Cayley's buckets and metadata, and the
// newsgraph stamp, in one transaction (Cayley's own transactions joining it), so that a
// process killed while creating a store leaves an empty file, which the next open
// initialises, and never a file of Cayley's without the stamp, which it would refuse.
func initBolt(ctx context.Context, kvdb *joinKV) error {
	tx, err := kvdb.KV.Tx(ctx, true)
	if err != nil {
		return err
	}
	defer func() {
		kvdb.cur = nil
		tx.Close() // after Commit, a no-op
	}()
	kvdb.cur = tx
	if err := ckv.Init(kvdb, cayleyOptions); err != nil {
		return err
	}
	kvdb.cur = nil
	for k, v := range map[string]string{"format": markerFormat, "version": strconv.Itoa(Version)} {
		if err := tx.Put(ctx, hkv.Key{[]byte(markerBucket), []byte(k)}, []byte(v)); err != nil {
			return err
		}
	}
	return tx.Commit(ctx)
}

// openBolt opens the file, turning a bbolt panic on a damaged file into an error.
func openBolt(path string, o *bolt.Options) (db *bolt.DB, err error) {
	defer Guard()()
	defer func() {
		if r := recover(); r != nil {
			db, err = nil, fmt.Errorf("%w: %v", ErrNotNewsgraph, r)
		}
	}()
	return bolt.Open(path, 0o644, o)
}

// checkHeader reads the two meta pages of an existing file and refuses anything that
// is not a whole bbolt file before bbolt gets to open (and lock, grow or trip over) it:
// bbolt panics on some damaged files and would leave them locked.
func checkHeader(path string, size int64) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var best *boltMeta
	for _, off := range []int64{0, -1} {
		if off < 0 {
			if best == nil {
				break
			}
			off = int64(best.pageSize) // the second meta page
		}
		buf := make([]byte, 80)
		if n, _ := f.ReadAt(buf, off); n < len(buf) {
			continue
		}
		if m, ok := parseMeta(buf); ok && (best == nil || m.txid > best.txid) {
			best = &m
		}
	}
	switch {
	case best == nil:
		return fmt.Errorf("%w: not a bbolt file", ErrNotNewsgraph)
	case int64(best.pgid)*int64(best.pageSize) > size:
		return fmt.Errorf("%w: truncated: %d bytes, the file needs %d", ErrNotNewsgraph, size,
			int64(best.pgid)*int64(best.pageSize))
	}
	return checkFreelist(f, best, size)
}

// checkFreelist checks the page header of the freelist, which bbolt reads at open
// without checks: a damaged count would make it copy from outside the file.
func checkFreelist(f *os.File, m *boltMeta, size int64) error {
	if m.freelist == ^uint64(0) { // not persisted
		return nil
	}
	bad := fmt.Errorf("%w: damaged freelist page", ErrNotNewsgraph)
	off := int64(m.freelist) * int64(m.pageSize)
	var h [24]byte
	if m.freelist < 2 || m.freelist >= m.pgid || off+int64(len(h)) > size {
		return bad
	}
	if n, _ := f.ReadAt(h[:], off); n < len(h) {
		return bad
	}
	le := binary.LittleEndian
	if le.Uint64(h[0:]) != m.freelist || le.Uint16(h[8:])&0x10 == 0 {
		return bad
	}
	count, start := int64(le.Uint16(h[10:])), int64(16)
	if count == 0xFFFF { // the real count is the first element
		count, start = int64(le.Uint64(h[16:])), 24
	}
	if count < 0 || off+start+count*8 > size {
		return bad
	}
	return nil
}

type boltMeta struct {
	pageSize             uint32
	freelist, pgid, txid uint64
}

// parseMeta decodes and checks a bbolt meta page: a 16-byte page header, then magic,
// version, page size, flags, root bucket (16 bytes), freelist, high-water page id, txid
// and an FNV-64a checksum of the fields before it.
func parseMeta(b []byte) (boltMeta, bool) {
	le := binary.LittleEndian
	m := b[16:]
	if le.Uint32(m[0:]) != 0xED0CDAED || le.Uint32(m[4:]) != 2 {
		return boltMeta{}, false
	}
	h := fnv.New64a()
	h.Write(m[:56])
	if h.Sum64() != le.Uint64(m[56:]) {
		return boltMeta{}, false
	}
	ps := le.Uint32(m[8:])
	if ps < 512 || ps&(ps-1) != 0 {
		return boltMeta{}, false
	}
	return boltMeta{pageSize: ps, freelist: le.Uint64(m[32:]), pgid: le.Uint64(m[40:]), txid: le.Uint64(m[48:])}, true
}

// checkFile reports whether db is a fresh bbolt file with no bucket (to be initialised),
// or checks that it is a complete newsgraph store of a version this code reads.
func checkFile(db *bolt.DB, path string) (fresh bool, version int, err error) {
	fi, err := os.Stat(path)
	if err != nil {
		return false, 0, err
	}
	err = db.View(func(tx *bolt.Tx) error {
		if tx.Size() > fi.Size() {
			return fmt.Errorf("%w: truncated (%d of %d bytes)", ErrNotNewsgraph, fi.Size(), tx.Size())
		}
		empty := true
		if err := tx.ForEach(func([]byte, *bolt.Bucket) error { empty = false; return nil }); err != nil {
			return err
		}
		if empty {
			fresh = true
			return nil
		}
		b := tx.Bucket([]byte(markerBucket))
		if b == nil || string(b.Get([]byte("format"))) != markerFormat {
			return fmt.Errorf("%w: no newsgraph stamp", ErrNotNewsgraph)
		}
		v, err := strconv.Atoi(string(b.Get([]byte("version"))))
		if err != nil {
			return fmt.Errorf("%w: bad version stamp %q", ErrNotNewsgraph, b.Get([]byte("version")))
		}
		if v > Version {
			return fmt.Errorf("%w: version %d, this code reads up to %d", ErrVersion, v, Version)
		}
		version = v
		return nil
	})
	return fresh, version, err
}
