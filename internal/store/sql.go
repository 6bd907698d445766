package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres" // registers Cayley's backend and lib/pq
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph/schema"
)

// A newsgraph store in PostgreSQL is Cayley's sql/postgres schema (tables nodes and
// quads, created here exactly as Cayley's own Init creates them), plus three things of
// newsgraph's own:
//
//   - newsgraph_meta, one row: the format stamp, the layout version, and the change
//     counter, which every write increments in its own transaction. Writers lock the row
//     (SELECT ... FOR UPDATE) for the whole transaction, so writes of all processes are
//     serialised and the counter numbers them in commit order.
//   - newsgraph_log: for each change, the documents it wrote, with their quads before
//     and after. Another process whose in-memory index is at change n catches up by
//     replaying the changes after n; the log keeps the last logKeep changes, and a
//     process further behind reloads everything.
//   - an index on quads(label_hash): the foreign keys from quads to nodes make every
//     deletion of a node look up quads by each column, and Cayley indexes all but the
//     label.
//   - newsgraph_docs and newsgraph_formers (version 2): each document's resolution record
//     and extraction, and the former IRIs of entities (see side.go). The log's names
//     column carries a document's new resolution record (” when it was removed), so
//     that other processes replay resolution as well as quads.
const (
	sqlMeta    = "newsgraph_meta"
	sqlLog     = "newsgraph_log"
	sqlDocs    = "newsgraph_docs"
	sqlFormers = "newsgraph_formers"
)

// newsgraph_log keeps the last logKeep changes, pruned every pruneEvery changes; tests
// lower them.
var logKeep, pruneEvery int64 = 1000, 100

// ErrCockroach: the server is CockroachDB, whose schema in Cayley loses evidence.
var ErrCockroach = errors.New("CockroachDB is not supported yet: Cayley's schema for it keeps one quad per subject, predicate and object whatever the label, which would drop evidence")

// missingErr is ErrMissing for a database, with a message that speaks of tables.
type missingErr struct{}

func (missingErr) Error() string        { return "no newsgraph store in the database (no tables yet)" }
func (missingErr) Is(target error) bool { return target == ErrMissing }

// IsURL reports whether name is a PostgreSQL connection URL (postgres:// or
// postgresql://) rather than a file path.
func IsURL(name string) bool {
	i := strings.Index(name, "://")
	if i < 0 {
		return false
	}
	switch strings.ToLower(name[:i]) {
	case "postgres", "postgresql":
		return true
	}
	return false
}

// Redact returns a connection URL with its password replaced by "xxxxx", for messages;
// other names are returned unchanged.
func Redact(name string) string {
	if !IsURL(name) {
		return name
	}
	u, err := url.Parse(name)
	if err != nil {
		return name[:strings.Index(name, "://")+3] + "…"
	}
	return u.Redacted()
}

// SQLOptions configures OpenSQL.
type SQLOptions struct {
	ReadOnly bool
}

// sqlStore is the PostgreSQL side of a Store.
type sqlStore struct {
	db       *sql.DB
	readOnly bool
	seen     int64   // the change the graph's index reflects
	tx       *sql.Tx // the write transaction of Update, holding the meta row's lock
	txChange int64   // the counter when tx took the lock
	// unanalyzed counts the quads written since the last ANALYZE.
	unanalyzed int
	// version is the layout of the tables: 1 has no side data (a store opened
	// read-only is not upgraded).
	version int
}

// q returns the open write transaction, or the pool.
func (q *sqlStore) q() interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	QueryRowContext(context.Context, string, ...any) *sql.Row
} {
	if q.tx != nil {
		return q.tx
	}
	return q.db
}

// OpenSQL opens the newsgraph store in the PostgreSQL database that the connection URL
// names, creating its tables if the database has none (unless o.ReadOnly). A database
// holding tables named quads or nodes without newsgraph's stamp is refused and left
// untouched.
func OpenSQL(ctx context.Context, dsn string, o SQLOptions) (_ *Store, err error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			db.Close()
		}
	}()
	var version string
	if err := db.QueryRowContext(ctx, `SELECT version()`).Scan(&version); err != nil {
		return nil, err
	}
	if strings.Contains(version, "CockroachDB") {
		return nil, ErrCockroach
	}
	layout, err := prepareSQL(ctx, db, o.ReadOnly)
	if err != nil {
		return nil, err
	}
	qs, err := cgraph.NewQuadStore(postgres.Type, dsn, nil)
	if err != nil {
		return nil, err
	}
	return &Store{qs: qs, readOnly: o.ReadOnly, sql: &sqlStore{db: db, readOnly: o.ReadOnly, seen: -1, version: layout}}, nil
}

// initLock is the key of the advisory lock that serialises the creation of the tables.
const initLock = 0x6e657773 // "news"

// prepareSQL checks the stamp, or creates the tables in an empty database.
func prepareSQL(ctx context.Context, db *sql.DB, readOnly bool) (version int, err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	if !readOnly {
		// Two processes opening a new database at once: one creates, the other waits.
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, initLock); err != nil {
			return 0, err
		}
	}
	var meta, quads, nodes bool
	if err := tx.QueryRowContext(ctx, `SELECT to_regclass($1) IS NOT NULL, to_regclass('quads') IS NOT NULL,
		to_regclass('nodes') IS NOT NULL`, sqlMeta).Scan(&meta, &quads, &nodes); err != nil {
		return 0, err
	}
	switch {
	case meta:
		var format string
		var v int
		err := tx.QueryRowContext(ctx, `SELECT format, version FROM `+sqlMeta+` WHERE id = 1`).Scan(&format, &v)
		if err != nil {
			return 0, fmt.Errorf("%w: reading the newsgraph stamp: %v", ErrNotNewsgraph, err)
		}
		if format != markerFormat {
			return 0, fmt.Errorf("%w: stamp %q", ErrNotNewsgraph, format)
		}
		if v > Version {
			return 0, fmt.Errorf("%w: version %d, this code reads up to %d", ErrVersion, v, Version)
		}
		if v < Version && !readOnly {
			if err := tx.QueryRowContext(ctx, `SELECT version FROM `+sqlMeta+` WHERE id = 1`).Scan(&v); err != nil {
				return 0, err
			}
			if v < Version {
				for _, stmt := range upgradeSQL {
					if _, err := tx.ExecContext(ctx, stmt); err != nil {
						return 0, fmt.Errorf("upgrading the tables: %w", err)
					}
				}
				if _, err := tx.ExecContext(ctx, `UPDATE `+sqlMeta+` SET version = $1 WHERE id = 1`, Version); err != nil {
					return 0, err
				}
			}
			return Version, tx.Commit()
		}
		return v, nil
	case quads || nodes:
		return 0, fmt.Errorf("%w: the database has tables quads or nodes but no newsgraph stamp", ErrNotNewsgraph)
	case readOnly:
		return 0, missingErr{}
	}
	for _, stmt := range schemaSQL() {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return 0, fmt.Errorf("creating the tables: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO `+sqlMeta+` (id, format, version, changes, log_floor)
		VALUES (1, $1, $2, 0, 0)`, markerFormat, Version); err != nil {
		return 0, err
	}
	return Version, tx.Commit()
}

// schemaSQL is the DDL of a new store: Cayley's postgres schema as its graph/sql Init
// creates it (default options: fill factor 50), then newsgraph's tables.
func schemaSQL() []string {
	s := []string{
		`CREATE TABLE nodes (
	hash BYTEA PRIMARY KEY,
	refs INT NOT NULL,
	value BYTEA,
	value_string TEXT,
	datatype TEXT,
	language TEXT,
	iri BOOLEAN,
	bnode BOOLEAN,
	value_int BIGINT,
	value_bool BOOLEAN,
	value_float double precision,
	value_time timestamp with time zone
)`,
		`CREATE TABLE quads (
	horizon BIGSERIAL PRIMARY KEY,
	subject_hash BYTEA NOT NULL,
	predicate_hash BYTEA NOT NULL,
	object_hash BYTEA NOT NULL,
	label_hash BYTEA,
	ts timestamp
)`,
		`CREATE UNIQUE INDEX spo_unique ON quads (subject_hash, predicate_hash, object_hash) WHERE label_hash IS NULL`,
		`CREATE UNIQUE INDEX spol_unique ON quads (subject_hash, predicate_hash, object_hash, label_hash) WHERE label_hash IS NOT NULL`,
		`ALTER TABLE quads ADD CONSTRAINT subject_hash_fk FOREIGN KEY (subject_hash) REFERENCES nodes (hash)`,
		`ALTER TABLE quads ADD CONSTRAINT predicate_hash_fk FOREIGN KEY (predicate_hash) REFERENCES nodes (hash)`,
		`ALTER TABLE quads ADD CONSTRAINT object_hash_fk FOREIGN KEY (object_hash) REFERENCES nodes (hash)`,
		`ALTER TABLE quads ADD CONSTRAINT label_hash_fk FOREIGN KEY (label_hash) REFERENCES nodes (hash)`,
		`CREATE INDEX spo_index ON quads (subject_hash, predicate_hash, object_hash) WITH (FILLFACTOR = 50)`,
		`CREATE INDEX ops_index ON quads (object_hash, predicate_hash, subject_hash) WITH (FILLFACTOR = 50)`,
		`CREATE INDEX pos_index ON quads (predicate_hash, object_hash, subject_hash) WITH (FILLFACTOR = 50)`,
		`CREATE INDEX osp_index ON quads (object_hash, subject_hash, predicate_hash) WITH (FILLFACTOR = 50)`,
		// newsgraph's own
		`CREATE INDEX newsgraph_label_index ON quads (label_hash)`,
		`CREATE TABLE ` + sqlMeta + ` (
	id INT PRIMARY KEY CHECK (id = 1),
	format TEXT NOT NULL,
	version INT NOT NULL,
	changes BIGINT NOT NULL,
	log_floor BIGINT NOT NULL
)`,
		`CREATE TABLE ` + sqlLog + ` (
	change BIGINT NOT NULL,
	seq INT NOT NULL,
	doc TEXT,
	old TEXT NOT NULL,
	new TEXT NOT NULL,
	PRIMARY KEY (change, seq)
)`,
	}
	return append(s, upgradeSQL...)
}

// upgradeSQL turns a store of version 1 into one of version 2: the side data of
// cross-document resolution (side.go). Its documents have none, and keep their quads.
var upgradeSQL = []string{
	`ALTER TABLE ` + sqlLog + ` ADD COLUMN names BYTEA`,
	`CREATE TABLE ` + sqlDocs + ` (
	doc TEXT PRIMARY KEY,
	names BYTEA NOT NULL,
	local TEXT NOT NULL
)`,
	`CREATE TABLE ` + sqlFormers + ` (
	iri TEXT PRIMARY KEY,
	target TEXT NOT NULL
)`,
	`ALTER TABLE ` + sqlMeta + ` ADD COLUMN resolution TEXT NOT NULL DEFAULT ''`,
}

// Shared reports whether other processes may write the store at the same time
// (PostgreSQL): a reader must then catch up with [Store.Changes] before trusting what it
// derived from the store.
func (s *Store) Shared() bool { return s.sql != nil }

// Update runs fn as one write: on PostgreSQL it opens a transaction and takes the
// store's write lock, which it holds until fn's [Store.Apply] commits or fn returns;
// reads from inside fn see every write committed before. fn should call
// [Store.Changes] first to catch up, then read, then Apply at most once. On the other
// stores Update just calls fn (the graph's own lock is enough).
func (s *Store) Update(ctx context.Context, fn func() error) error {
	q := s.sql
	if q == nil {
		return fn()
	}
	if q.tx != nil {
		return errors.New("store: nested Update")
	}
	if err := q.begin(ctx); err != nil {
		return err
	}
	defer func() {
		if q.tx != nil {
			q.tx.Rollback()
			q.tx = nil
		}
	}()
	return fn()
}

func (q *sqlStore) begin(ctx context.Context) error {
	tx, err := q.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := tx.QueryRowContext(ctx, `SELECT changes FROM `+sqlMeta+` WHERE id = 1 FOR UPDATE`).Scan(&q.txChange); err != nil {
		tx.Rollback()
		return err
	}
	q.tx = tx
	return nil
}

// Moved reports whether the store has changed since the reader last caught up. On
// PostgreSQL it costs one query; elsewhere it is always false.
func (s *Store) Moved(ctx context.Context) (bool, error) {
	q := s.sql
	if q == nil {
		return false, nil
	}
	var n int64
	if err := q.q().QueryRowContext(ctx, `SELECT changes FROM `+sqlMeta+` WHERE id = 1`).Scan(&n); err != nil {
		return false, err
	}
	return n != q.seen, nil
}

// Changes returns, in commit order, the document changes that writers (other processes
// included) committed since the reader last caught up, and marks them seen. If the log
// no longer reaches back that far, it returns rebuild = true instead: the reader must
// start again from [Store.Snapshot]. On stores other than PostgreSQL it returns nothing.
func (s *Store) Changes(ctx context.Context) (changes []Change, rebuild bool, err error) {
	q := s.sql
	if q == nil {
		return nil, false, nil
	}
	if q.seen < 0 {
		return nil, true, nil
	}
	tx := q.tx
	if tx == nil {
		tx, err = q.db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
		if err != nil {
			return nil, false, err
		}
		defer tx.Rollback()
	}
	var cur, floor int64
	if err := tx.QueryRowContext(ctx, `SELECT changes, log_floor FROM `+sqlMeta+` WHERE id = 1`).Scan(&cur, &floor); err != nil {
		return nil, false, err
	}
	if cur == q.seen {
		return nil, false, nil
	}
	if q.seen < floor || q.seen > cur {
		return nil, true, nil
	}
	names := "true, NULL::bytea"
	if q.version >= 2 {
		names = "names IS NULL, names"
	}
	rows, err := tx.QueryContext(ctx, `SELECT change, doc, old, new, `+names+` FROM `+sqlLog+` WHERE change > $1 AND change <= $2
		ORDER BY change, seq`, q.seen, cur)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	for rows.Next() {
		var doc sql.NullString
		var old, new string
		var seq int64
		var same bool // the document's resolution record did not change
		var rec []byte
		if err := rows.Scan(&seq, &doc, &old, &new, &same, &rec); err != nil {
			return nil, false, err
		}
		if !doc.Valid { // a write the log could not describe
			return nil, true, nil
		}
		c := Change{Doc: schema.DocID(doc.String), Seq: seq}
		switch {
		case !same && len(rec) == 0:
			c.Removed = true
		case !same:
			c.Names = rec
		}
		if c.Old, err = decodeQuads(old); err != nil {
			return nil, false, err
		}
		if c.New, err = decodeQuads(new); err != nil {
			return nil, false, err
		}
		changes = append(changes, c)
	}
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	q.seen = cur
	return changes, false, nil
}

// Snapshot calls fn for every quad of the store, all read from one consistent state, and
// on PostgreSQL marks that state as the one the reader has caught up with. Elsewhere it
// is [Store.All].
func (s *Store) Snapshot(ctx context.Context, fn func(schema.Quad) error) error {
	_, err := s.Load(ctx, fn, nil)
	return err
}

// Load is [Store.Snapshot] that also calls doc (unless nil) with every document's
// resolution record ([Store.Docs]) and returns the former IRIs ([Store.Formers]), all
// read from the same state.
func (s *Store) Load(ctx context.Context, fn func(schema.Quad) error, doc func(schema.DocID, []byte) error) (map[schema.IRI]schema.IRI, error) {
	q := s.sql
	if q == nil {
		if err := s.All(ctx, fn); err != nil {
			return nil, err
		}
		if doc != nil {
			if err := s.Docs(ctx, doc); err != nil {
				return nil, err
			}
		}
		return s.Formers(ctx)
	}
	tx := q.tx
	if tx == nil {
		var err error
		tx, err = q.db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
		if err != nil {
			return nil, err
		}
		defer tx.Rollback()
	}
	var cur int64
	if err := tx.QueryRowContext(ctx, `SELECT changes FROM `+sqlMeta+` WHERE id = 1`).Scan(&cur); err != nil {
		return nil, err
	}
	if err := scanQuads(ctx, tx, "", nil, fn); err != nil {
		return nil, err
	}
	if doc != nil {
		if err := q.docs(ctx, tx, doc); err != nil {
			return nil, err
		}
	}
	formers, err := q.formers(ctx, tx)
	if err != nil {
		return nil, err
	}
	q.seen = cur
	return formers, nil
}

// apply writes one change in the open Update transaction (or a transaction of its own)
// and commits it: the quads, the log of docs, and the counter.
func (q *sqlStore) apply(ctx context.Context, w Write) (err error) {
	removes, adds, docs := w.Removes, w.Adds, w.Changes
	if q.readOnly {
		return errors.New("store: read-only")
	}
	if q.tx == nil {
		if err := q.begin(ctx); err != nil {
			return err
		}
	}
	tx, base := q.tx, q.txChange
	q.tx = nil // this write ends the transaction, whatever happens
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	side := len(w.Formers) > 0 || w.Stamp != ""
	for _, c := range docs {
		side = side || c.Removed || c.Names != nil
	}
	if len(removes) == 0 && len(adds) == 0 && !side {
		return tx.Rollback()
	}
	if side && q.version < 2 {
		return errors.New("store: the tables are of version 1 (open the store read-write once to upgrade them)")
	}
	if err := writeDeltas(ctx, tx, removes, adds); err != nil {
		return err
	}
	if err := writeSideSQL(ctx, tx, w); err != nil {
		return err
	}
	change := base + 1
	if len(docs) == 0 {
		docs = []Change{{}} // undescribed: readers rebuild
	}
	for i, c := range docs {
		var doc any
		if c.Doc != "" {
			doc = string(c.Doc)
		}
		var names any
		switch {
		case c.Removed:
			names = []byte{}
		case c.Names != nil:
			names = c.Names
		}
		if q.version < 2 {
			_, err = tx.ExecContext(ctx, `INSERT INTO `+sqlLog+` (change, seq, doc, old, new) VALUES ($1, $2, $3, $4, $5)`,
				change, i, doc, encodeQuads(c.Old), encodeQuads(c.New))
		} else {
			_, err = tx.ExecContext(ctx, `INSERT INTO `+sqlLog+` (change, seq, doc, old, new, names) VALUES ($1, $2, $3, $4, $5, $6)`,
				change, i, doc, encodeQuads(c.Old), encodeQuads(c.New), names)
		}
		if err != nil {
			return err
		}
	}
	if change%pruneEvery == 0 && change > logKeep {
		floor := change - logKeep
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+sqlLog+` WHERE change <= $1`, floor); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE `+sqlMeta+` SET log_floor = $1 WHERE id = 1`, floor); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE `+sqlMeta+` SET changes = $1 WHERE id = 1`, change); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	if q.seen == base { // the reader was current: it applies this change itself
		q.seen = change
	}
	// After a bulk load PostgreSQL's statistics lag (autovacuum analyses a minute later
	// at best), and its plans for the next documents' reads turn into scans of the whole
	// table. The statistics only steer plans: an error here is no error of the write.
	if q.unanalyzed += len(removes) + len(adds); q.unanalyzed >= analyzeAfter {
		q.unanalyzed = 0
		q.db.ExecContext(ctx, `ANALYZE quads, nodes`)
	}
	return nil
}

// analyzeAfter is how many quads a store writes before it updates PostgreSQL's
// statistics of the tables.
const analyzeAfter = 20_000

// writeDeltas applies the quads in tx, writing the rows Cayley's
// sql.QuadStore.ApplyDeltas writes (node reference counts as graph/log.SplitDeltas
// computes them, node columns as graph/sql.NodeValues fills them), so that Cayley reads
// the store as its own. Cayley's ApplyDeltas is transactional too, but it opens its own
// transaction, which could not hold newsgraph's lock or bump its counter, and it sends
// one statement per node and per quad; here each kind of change is one statement over
// arrays.
func writeDeltas(ctx context.Context, tx *sql.Tx, removes, adds []schema.Quad) error {
	in := append(deltas(removes, cgraph.Delete), deltas(adds, cgraph.Add)...)
	d := graphlog.SplitDeltas(in)

	// New nodes, and more references to existing ones.
	var (
		refsInc     pq.Int64Array
		hashes      pq.ByteaArray
		strs, types pq.StringArray
		isIRI       pq.BoolArray
	)
	for _, n := range d.IncNode {
		if n.RefInc == 0 {
			continue
		}
		var str, typ string
		iri := false
		switch v := n.Val.(type) {
		case quad.IRI:
			str, iri = string(v), true
		case quad.String:
			str = escapeNull(string(v))
		case quad.TypedString:
			str, typ = escapeNull(string(v.Value)), string(v.Type)
		default:
			return fmt.Errorf("store: cannot write value %v (%T)", n.Val, n.Val)
		}
		refsInc = append(refsInc, int64(n.RefInc))
		hashes = append(hashes, hashValue(n.Hash))
		strs, types, isIRI = append(strs, str), append(types, typ), append(isIRI, iri)
	}
	if len(hashes) > 0 {
		if _, err := tx.ExecContext(ctx, `INSERT INTO nodes (refs, hash, value_string, datatype, iri)
			SELECT r, h, s, NULLIF(t, ''), NULLIF(i, false)
			FROM unnest($1::bigint[], $2::bytea[], $3::text[], $4::text[], $5::bool[]) AS n(r, h, s, t, i)
			ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`,
			refsInc, hashes, strs, types, isIRI); err != nil {
			return err
		}
	}

	// Quads: labelled and unlabelled apart, as the label is NULL in the second.
	split := func(us []graphlog.QuadUpdate) (lab, unlab [4]pq.ByteaArray) {
		for _, u := range us {
			dst := &unlab
			if u.Quad.Label.Valid() {
				dst = &lab
				dst[3] = append(dst[3], hashValue(u.Quad.Label))
			}
			dst[0] = append(dst[0], hashValue(u.Quad.Subject))
			dst[1] = append(dst[1], hashValue(u.Quad.Predicate))
			dst[2] = append(dst[2], hashValue(u.Quad.Object))
		}
		return lab, unlab
	}
	if len(d.QuadAdd) > 0 {
		lab, unlab := split(d.QuadAdd)
		for _, a := range [][4]pq.ByteaArray{lab, unlab} {
			if len(a[0]) == 0 {
				continue
			}
			var err error
			if a[3] != nil {
				_, err = tx.ExecContext(ctx, `INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
					SELECT s, p, o, l, now() FROM unnest($1::bytea[], $2::bytea[], $3::bytea[], $4::bytea[]) AS q(s, p, o, l)`,
					a[0], a[1], a[2], a[3])
			} else {
				_, err = tx.ExecContext(ctx, `INSERT INTO quads (subject_hash, predicate_hash, object_hash, ts)
					SELECT s, p, o, now() FROM unnest($1::bytea[], $2::bytea[], $3::bytea[]) AS q(s, p, o)`,
					a[0], a[1], a[2])
			}
			if err != nil {
				if pe, ok := err.(*pq.Error); ok && pe.Code == "23505" {
					return &cgraph.DeltaError{Err: cgraph.ErrQuadExists}
				}
				return err
			}
		}
	}
	if len(d.QuadDel) > 0 {
		lab, unlab := split(d.QuadDel)
		for _, a := range [][4]pq.ByteaArray{lab, unlab} {
			if len(a[0]) == 0 {
				continue
			}
			var res sql.Result
			var err error
			if a[3] != nil {
				res, err = tx.ExecContext(ctx, `DELETE FROM quads USING unnest($1::bytea[], $2::bytea[], $3::bytea[], $4::bytea[]) AS d(s, p, o, l)
					WHERE subject_hash = d.s AND predicate_hash = d.p AND object_hash = d.o AND label_hash = d.l`,
					a[0], a[1], a[2], a[3])
			} else {
				res, err = tx.ExecContext(ctx, `DELETE FROM quads USING unnest($1::bytea[], $2::bytea[], $3::bytea[]) AS d(s, p, o)
					WHERE subject_hash = d.s AND predicate_hash = d.p AND object_hash = d.o AND label_hash IS NULL`,
					a[0], a[1], a[2])
			}
			if err != nil {
				return err
			}
			if n, err := res.RowsAffected(); err != nil {
				return err
			} else if n != int64(len(a[0])) {
				return &cgraph.DeltaError{Err: cgraph.ErrQuadNotExist}
			}
		}
	}

	// Fewer references; nodes left without any go (Cayley scans the whole table for
	// them: these are the only candidates).
	if len(d.DecNode) > 0 {
		var dec pq.Int64Array
		var hs pq.ByteaArray
		for _, n := range d.DecNode {
			dec = append(dec, int64(n.RefInc))
			hs = append(hs, hashValue(n.Hash))
		}
		if _, err := tx.ExecContext(ctx, `UPDATE nodes SET refs = nodes.refs + d.r
			FROM unnest($1::bytea[], $2::bigint[]) AS d(h, r) WHERE nodes.hash = d.h`, hs, dec); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM nodes WHERE hash = ANY($1) AND refs <= 0`, hs); err != nil {
			return err
		}
	}
	return nil
}

// escapeNull escapes NUL bytes as Cayley's graph/sql does.
func escapeNull(s string) string { return strings.ReplaceAll(s, "\x00", `\x00`) }

func hashValue(h refs.ValueHash) []byte {
	b := csql.NodeHash{ValueHash: h}.SQLValue()
	if b == nil {
		return nil
	}
	return b.([]byte)
}

func hashOf(v quad.Value) []byte { return hashValue(refs.HashOf(v)) }

// nodeCols are the columns of a node that Cayley's NameOf decodes.
const nodeCols = "value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time"

// quadSelect joins each quad with its four nodes.
var quadSelect = func() string {
	var cols []string
	for _, a := range []string{"s", "p", "o", "l"} {
		for _, c := range strings.Split(nodeCols, ", ") {
			cols = append(cols, a+"."+c)
		}
	}
	return `SELECT ` + strings.Join(cols, ", ") + ` FROM quads q
	JOIN nodes s ON s.hash = q.subject_hash
	JOIN nodes p ON p.hash = q.predicate_hash
	JOIN nodes o ON o.hash = q.object_hash
	LEFT JOIN nodes l ON l.hash = q.label_hash`
}()

type querier interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}

// scanQuads calls fn for each quad matching where (an SQL condition on q, with args).
func scanQuads(ctx context.Context, db querier, where string, args []any, fn func(schema.Quad) error) error {
	query := quadSelect
	if where != "" {
		query += " WHERE " + where
	}
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var ns [4]nodeRow
	dest := make([]any, 0, 40)
	for i := range ns {
		dest = append(dest, ns[i].dest()...)
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		var cq quad.Quad
		for i, dir := range quad.Directions {
			v, err := ns[i].value()
			if err != nil {
				return err
			}
			cq.Set(dir, v)
		}
		sq, err := FromQuad(cq)
		if err != nil {
			return err
		}
		if err := fn(sq); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// nodeRow holds the columns of one node, as Cayley's sql.QuadStore.NameOf reads them.
type nodeRow struct {
	data   []byte
	str    sql.NullString
	typ    sql.NullString
	lang   sql.NullString
	iri    sql.NullBool
	bnode  sql.NullBool
	vint   sql.NullInt64
	vbool  sql.NullBool
	vfloat sql.NullFloat64
	vtime  sql.NullTime
}

func (n *nodeRow) dest() []any {
	return []any{&n.data, &n.str, &n.typ, &n.lang, &n.iri, &n.bnode, &n.vint, &n.vbool, &n.vfloat, &n.vtime}
}

// value decodes the node as Cayley does; a missing node (the NULL label) is nil.
func (n *nodeRow) value() (quad.Value, error) {
	unescape := func(s string) string { return strings.ReplaceAll(s, `\x00`, "\x00") }
	switch {
	case n.str.Valid:
		switch {
		case n.iri.Bool:
			return quad.IRI(n.str.String), nil
		case n.bnode.Bool:
			return quad.BNode(n.str.String), nil
		case n.lang.Valid:
			return quad.LangString{Value: quad.String(unescape(n.str.String)), Lang: n.lang.String}, nil
		case n.typ.Valid:
			return quad.TypedString{Value: quad.String(unescape(n.str.String)), Type: quad.IRI(n.typ.String)}, nil
		}
		return quad.String(unescape(n.str.String)), nil
	case n.vint.Valid:
		return quad.Int(n.vint.Int64), nil
	case n.vbool.Valid:
		return quad.Bool(n.vbool.Bool), nil
	case n.vfloat.Valid:
		return quad.Float(n.vfloat.Float64), nil
	case n.vtime.Valid:
		return quad.Time(n.vtime.Time.UTC()), nil
	case n.data != nil:
		return nil, fmt.Errorf("store: unsupported node value (%d bytes of protobuf)", len(n.data))
	}
	return nil, nil
}

// matching returns the quads whose node in column col (subject_hash, object_hash or
// label_hash) is one of nodes, with an optional extra condition on q whose arguments
// start at $2, and, if byLabel, whose label is one of labels.
func (q *sqlStore) matching(ctx context.Context, col string, nodes []schema.IRI, extra string, extraArgs []any, byLabel bool, labels map[schema.IRI]bool) ([]schema.Quad, error) {
	if len(nodes) == 0 || (byLabel && len(labels) == 0) {
		return nil, nil
	}
	hashes := make([][]byte, len(nodes))
	for i, n := range nodes {
		hashes[i] = hashOf(quad.IRI(n))
	}
	where := "q." + col + " = ANY($1)"
	args := append([]any{pq.ByteaArray(hashes)}, extraArgs...)
	if extra != "" {
		where += " AND " + extra
	}
	if byLabel {
		var lh [][]byte
		for l := range labels {
			lh = append(lh, hashOf(quad.IRI(l)))
		}
		args = append(args, pq.ByteaArray(lh))
		where += fmt.Sprintf(" AND q.label_hash = ANY($%d)", len(args))
	}
	var out []schema.Quad
	err := scanQuads(ctx, q.q(), where, args, func(sq schema.Quad) error {
		out = append(out, sq)
		return nil
	})
	return out, err
}

// encodeQuads and decodeQuads store a document's quads in the log as JSON: each quad is
// [subject kind, subject, subject datatype, predicate, object kind, object, object
// datatype, label], all strings.
func encodeQuads(qs []schema.Quad) string {
	rows := make([][8]string, len(qs))
	for i, q := range qs {
		rows[i] = [8]string{strconv.Itoa(int(q.Subject.Kind)), q.Subject.Value, string(q.Subject.Datatype),
			string(q.Predicate), strconv.Itoa(int(q.Object.Kind)), q.Object.Value, string(q.Object.Datatype),
			string(q.Label)}
	}
	b, _ := json.Marshal(rows) // strings only: cannot fail
	return string(b)
}

func decodeQuads(s string) ([]schema.Quad, error) {
	var rows [][8]string
	if err := json.Unmarshal([]byte(s), &rows); err != nil {
		return nil, fmt.Errorf("store: damaged change log: %w", err)
	}
	out := make([]schema.Quad, len(rows))
	for i, r := range rows {
		sk, err1 := strconv.Atoi(r[0])
		ok, err2 := strconv.Atoi(r[4])
		if err := errors.Join(err1, err2); err != nil {
			return nil, fmt.Errorf("store: damaged change log: %w", err)
		}
		out[i] = schema.Quad{
			Subject:   schema.Term{Kind: schema.TermKind(sk), Value: r[1], Datatype: schema.IRI(r[2])},
			Predicate: schema.Predicate(r[3]),
			Object:    schema.Term{Kind: schema.TermKind(ok), Value: r[5], Datatype: schema.IRI(r[6])},
			Label:     schema.IRI(r[7]),
		}
	}
	return out, nil
}

// count returns the number of quads.
func (q *sqlStore) count(ctx context.Context) (int, error) {
	var n int
	err := q.q().QueryRowContext(ctx, `SELECT count(*) FROM quads`).Scan(&n)
	return n, err
}

func (q *sqlStore) close() error {
	if q.tx != nil {
		q.tx.Rollback()
		q.tx = nil
	}
	return q.db.Close()
}

// writeSideSQL writes the side data of w (side.go) in tx.
func writeSideSQL(ctx context.Context, tx *sql.Tx, w Write) error {
	var delDocs, putDocs, putLocal pq.StringArray
	var putNames pq.ByteaArray
	for _, c := range w.Changes {
		switch {
		case c.Removed:
			delDocs = append(delDocs, string(c.Doc))
		case c.Names != nil:
			putDocs = append(putDocs, string(c.Doc))
			putNames = append(putNames, c.Names)
			putLocal = append(putLocal, string(c.Local)) // JSON: valid UTF-8, no NUL byte
		}
	}
	if len(delDocs) > 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+sqlDocs+` WHERE doc = ANY($1)`, delDocs); err != nil {
			return err
		}
	}
	if len(putDocs) > 0 {
		if _, err := tx.ExecContext(ctx, `INSERT INTO `+sqlDocs+` (doc, names, local)
			SELECT * FROM unnest($1::text[], $2::bytea[], $3::text[])
			ON CONFLICT (doc) DO UPDATE SET names = EXCLUDED.names, local = EXCLUDED.local`,
			putDocs, putNames, putLocal); err != nil {
			return err
		}
	}
	if w.Stamp != "" {
		if _, err := tx.ExecContext(ctx, `UPDATE `+sqlMeta+` SET resolution = $1 WHERE id = 1`, w.Stamp); err != nil {
			return err
		}
	}
	var del, put, target pq.StringArray
	for f, t := range w.Formers {
		if t == "" {
			del = append(del, string(f))
		} else {
			put, target = append(put, string(f)), append(target, string(t))
		}
	}
	if len(del) > 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+sqlFormers+` WHERE iri = ANY($1)`, del); err != nil {
			return err
		}
	}
	if len(put) > 0 {
		if _, err := tx.ExecContext(ctx, `INSERT INTO `+sqlFormers+` (iri, target)
			SELECT * FROM unnest($1::text[], $2::text[])
			ON CONFLICT (iri) DO UPDATE SET target = EXCLUDED.target`, put, target); err != nil {
			return err
		}
	}
	return nil
}

// docs calls fn with the resolution record of every document, read through db.
func (q *sqlStore) docs(ctx context.Context, db querier, fn func(schema.DocID, []byte) error) error {
	if q.version < 2 {
		return nil
	}
	rows, err := db.QueryContext(ctx, `SELECT doc, names FROM `+sqlDocs)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var doc string
		var names []byte
		if err := rows.Scan(&doc, &names); err != nil {
			return err
		}
		if err := fn(schema.DocID(doc), names); err != nil {
			return err
		}
	}
	return rows.Err()
}

// stamp returns the stamp of the resolution rules.
func (q *sqlStore) stamp(ctx context.Context) (string, error) {
	if q.version < 2 {
		return "", nil
	}
	var st string
	err := q.q().QueryRowContext(ctx, `SELECT resolution FROM `+sqlMeta+` WHERE id = 1`).Scan(&st)
	return st, err
}

// local returns the extraction kept of a document.
func (q *sqlStore) local(ctx context.Context, id schema.DocID) ([]byte, error) {
	if q.version < 2 {
		return nil, nil
	}
	var local string
	err := q.q().QueryRowContext(ctx, `SELECT local FROM `+sqlDocs+` WHERE doc = $1`, string(id)).Scan(&local)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return []byte(local), err
}

// formers returns the former IRIs, read through db.
func (q *sqlStore) formers(ctx context.Context, db querier) (map[schema.IRI]schema.IRI, error) {
	out := map[schema.IRI]schema.IRI{}
	if q.version < 2 {
		return out, nil
	}
	rows, err := db.QueryContext(ctx, `SELECT iri, target FROM `+sqlFormers)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var f, t string
		if err := rows.Scan(&f, &t); err != nil {
			return nil, err
		}
		out[schema.IRI(f)] = schema.IRI(t)
	}
	return out, rows.Err()
}
