package main

import (
	"net/url"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/graphtest"
)

// The commands take a PostgreSQL URL wherever they take --db, and never print its
// password.
func TestPostgresDB(t *testing.T) {
	db := graphtest.PostgresURL(t)
	u, _ := url.Parse(db)
	if _, ok := u.User.Password(); !ok { // a password the server ignores (trust) but we must hide
		u.User = url.UserPassword(u.User.Username(), "hunter2secret")
		db = u.String()
	}
	check := func(args ...string) string {
		t.Helper()
		code, out, errOut := runCmd(t, "", args...)
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s%s", args[0], code, out, errOut)
		}
		if strings.Contains(out+errOut, "hunter2secret") {
			t.Errorf("%s printed the password:\n%s%s", args[0], out, errOut)
		}
		return out
	}
	if code, _, errOut := runCmd(t, "", "stats", "--db", db); code != 1 || strings.Contains(errOut, "hunter2secret") {
		t.Errorf("stats before load: exit %d, %s", code, errOut)
	}
	out := check("load", "--db", db, corpusDir)
	if !strings.Contains(out, "loaded 5 documents (5 new, 0 replaced, 0 failed)") {
		t.Errorf("load:\n%s", out)
	}
	out = check("load", "--db", db, corpusDir)
	if !strings.Contains(out, "(0 new, 5 replaced, 0 failed)") {
		t.Errorf("reload:\n%s", out)
	}
	if out := check("stats", "--db", db); !strings.Contains(out, "5") {
		t.Errorf("stats:\n%s", out)
	}
	check("export", "--db", db, "--format", "nquads")
}
