package graphtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	_ "github.com/lib/pq" // the driver Cayley's sql/postgres backend uses
)

// PostgresEnv names the environment variable that holds the connection URL of a
// PostgreSQL server for tests, such as
// postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable. The user must be allowed
// to create databases.
const PostgresEnv = "NEWSGRAPH_TEST_POSTGRES"

// PostgresURL creates a new, empty database on the server that $NEWSGRAPH_TEST_POSTGRES
// names, drops it (with any connection left) when the test ends, and returns its URL. It
// skips the test when the variable is unset.
func PostgresURL(t testing.TB) string {
	t.Helper()
	admin := os.Getenv(PostgresEnv)
	if admin == "" {
		t.Skipf("PostgreSQL tests skipped: set %s to a server's URL (.ci/run starts one)", PostgresEnv)
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("%s: %v", PostgresEnv, err)
	}
	db, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatalf("%s: %v", PostgresEnv, err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	name := "newsgraph_test_" + hex.EncodeToString(b)
	if _, err := db.ExecContext(context.Background(), "CREATE DATABASE "+name); err != nil {
		db.Close()
		t.Fatalf("creating a test database on %s: %v", u.Redacted(), err)
	}
	t.Cleanup(func() {
		defer db.Close()
		if _, err := db.ExecContext(context.Background(), "DROP DATABASE "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("dropping the test database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}
