package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestSearchCommand(t *testing.T) {
	db := readOnlyStore(t)
	tests := []struct {
		name string
		args []string
		code int
		out  string // substring of stdout
		err  string // substring of stderr
	}{
		{"typo", []string{"Quds Forse"}, 0, "Quds Force (Organization)  3 facts  https://newsgraph.dev/id/quds-force\n", ""},
		{"transliteration", []string{"Soleimany"}, 0, "Qassem Soleimani (Person)", ""},
		{"surname", []string{"putin"}, 0, "Vladimir Putin (Person)", ""},
		{"class", []string{"--class", "country", "Iran"}, 0, "Iran (Country)", ""},
		{"nothing", []string{"Xqzv Plorgwick"}, 0, `no entity resembles "Xqzv Plorgwick"`, ""},
		{"bad n", []string{"-n", "0", "Iran"}, 2, "", "-n 0"},
		{"bad class", []string{"--class", "Town", "Iran"}, 2, "", `--class "Town"`},
		{"no letters", []string{"?!"}, 2, "", "no letter or digit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", append([]string{"search", "--db", db}, tt.args...)...)
			if code != tt.code || !strings.Contains(out, tt.out) || !strings.Contains(errOut, tt.err) {
				t.Errorf("search %q: exit %d (want %d)\nstdout: %s\nstderr: %s", tt.args, code, tt.code, out, errOut)
			}
		})
	}
	var ms []struct {
		Entity jsonEntity
		Name   string
		Score  float64
		Facts  int
	}
	decode(t, &ms, "search", "--db", db, "--json", "-n", "3", "Suleimani")
	if len(ms) == 0 || ms[0].Entity.Name != "Qassem Soleimani" || ms[0].Score < 0.9 || ms[0].Facts == 0 {
		t.Errorf("search --json: %+v", ms)
	}
}

func TestEntityDidYouMean(t *testing.T) {
	db := readOnlyStore(t)
	code, _, errOut := runCmd(t, "", "entity", "--db", db, "Quds Forse")
	if code != 1 || !strings.Contains(errOut, `no entity named "Quds Forse"; did you mean`) ||
		!strings.Contains(errOut, "\n  Quds Force (Organization)  3 facts  https://newsgraph.dev/id/quds-force") {
		t.Errorf("entity with a typo: exit %d, stderr %q", code, errOut)
	}
	// The other commands that take names say it too.
	code, _, errOut = runCmd(t, "", "query", "--db", db, "Hezbolah", "out")
	if code != 1 || !strings.Contains(errOut, "did you mean") || !strings.Contains(errOut, "Hezbollah (Organization)") {
		t.Errorf("query with a typo: exit %d, stderr %q", code, errOut)
	}
}

func TestTopCommand(t *testing.T) {
	db := readOnlyStore(t)
	code, out, errOut := runCmd(t, "", "top", "--db", db, "-n", "3", "--class", "Person")
	if code != 0 || !strings.HasPrefix(out, "1. Qassem Soleimani (Person)  18 facts in 4 documents\n") || strings.Count(out, "\n") != 3 {
		t.Errorf("top --class Person: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = runCmd(t, "", "top", "--db", db, "-n", "2", "--predicate", "supports", "--direction", "out")
	if code != 0 || !strings.HasPrefix(out, "1. Iran (Country)") {
		t.Errorf("top --predicate supports --direction out: exit %d\n%s", code, out)
	}
	code, out, _ = runCmd(t, "", "top", "--db", db, "--predicate", "fights", "--class", "Place")
	if code != 0 || out != "no entity has such facts\n" {
		t.Errorf("top with nothing to rank: exit %d, %q", code, out)
	}
	var ds []struct {
		Entity    jsonEntity
		Facts     int
		Documents int
	}
	decode(t, &ds, "top", "--db", db, "--json", "--by", "documents", "-n", "5")
	if len(ds) != 5 || ds[0].Documents < ds[4].Documents || ds[0].Facts == 0 {
		t.Errorf("top --json --by documents: %+v", ds)
	}
	for _, args := range [][]string{{"--by", "fame"}, {"--direction", "up"}, {"-n", "-1"}, {"--predicate", "likes"}, {"Iran"}} {
		if code, _, _ := runCmd(t, "", append([]string{"top", "--db", db}, args...)...); code != 2 {
			t.Errorf("top %q: exit %d, want 2", args, code)
		}
	}
}

func TestQueryChains(t *testing.T) {
	db := readOnlyStore(t)
	code, out, errOut := runCmd(t, "", "query", "--db", db, "Moscow", "in:visited", "both:met")
	if code != 0 || !strings.Contains("\n"+out, "\nSergei Shoigu (Person)\n  Moscow <-visited- Qassem Soleimani -met-> Sergei Shoigu\n    Qassem Soleimani visited Moscow\n        000_") {
		t.Errorf("query, two hops: exit %d\n%s%s", code, out, errOut)
	}
	// limit:N keeps the first N entities of the sorted answer.
	_, all, _ := runCmd(t, "", "query", "--db", db, "Iran", "out:supports")
	_, two, _ := runCmd(t, "", "query", "--db", db, "Iran", "out:supports", "limit:2")
	_, rest, _ := runCmd(t, "", "query", "--db", db, "Iran", "out:supports", "skip:2")
	if heads(two) == nil || !strings.HasPrefix(all, two) || all != two+rest || len(heads(two)) != 2 {
		t.Errorf("limit:2 is not the first two of the answer:\nall:\n%s\nlimit:2:\n%s\nskip:2:\n%s", all, two, rest)
	}
	code, out, _ = runCmd(t, "", "query", "--db", db, "--count", "Iran", "out:supports")
	if code != 0 || out != fmt.Sprintf("%d\n", len(heads(all))) {
		t.Errorf("query --count: exit %d, %q; the answer has %d entities", code, out, len(heads(all)))
	}
	code, out, _ = runCmd(t, "", "query", "--db", db, "--chains", "1", "Moscow", "in:visited", "both:met")
	if code != 0 || !strings.Contains(out, "  … and 1 more chain (--chains 0 shows all)\n") {
		t.Errorf("query --chains 1:\n%s", out)
	}
	var q struct {
		Entities      []jsonEntity
		Chains        []jsonChain
		OmittedChains int `json:"omitted_chains"`
		Facts         []jsonFact
	}
	decode(t, &q, "query", "--db", db, "--json", "Moscow", "in:visited", "both:met")
	if len(q.Chains) == 0 || len(q.Chains[0].Entities) != 3 || len(q.Chains[0].Hops) != 2 ||
		q.Chains[0].Hops[0].Direction != "in" || len(q.Chains[0].Hops[0].Fact.Evidence) == 0 || len(q.Facts) == 0 {
		t.Errorf("query --json chains: %+v", q)
	}
	for _, args := range [][]string{{"--chains", "-1", "Iran", "out"}, {"Iran", "skip:-1"}, {"Iran", "skip:x"}} {
		if code, _, _ := runCmd(t, "", append([]string{"query", "--db", db}, args...)...); code != 2 {
			t.Errorf("query %q: exit %d, want 2", args, code)
		}
	}
}

// heads returns the entity lines of a query's text output.
func heads(out string) []string {
	var hs []string
	for _, l := range strings.Split(out, "\n") {
		if l != "" && !strings.HasPrefix(l, " ") {
			hs = append(hs, l)
		}
	}
	return hs
}

func TestBackupCommand(t *testing.T) {
	db := loadedStore(t)
	dest := filepath.Join(t.TempDir(), "copy.db")
	code, out, errOut := runCmd(t, "", "backup", "--db", db, dest)
	if code != 0 || !strings.HasPrefix(out, "backed up "+db+" to "+dest+" (") {
		t.Fatalf("backup: exit %d\n%s%s", code, out, errOut)
	}
	_, want, _ := runCmd(t, "", "stats", "--db", db)
	if _, got, _ := runCmd(t, "", "stats", "--db", dest); got != want || want == "" {
		t.Errorf("the copy's stats:\n%s\nthe store's:\n%s", got, want)
	}
	// Again over the same DEST: replaced.
	if code, _, errOut := runCmd(t, "", "backup", "--db", db, dest); code != 0 {
		t.Errorf("backup over an old copy: exit %d: %s", code, errOut)
	}
	if code, _, errOut := runCmd(t, "", "backup", "--db", db, db); code != 2 || !strings.Contains(errOut, "is the store itself") {
		t.Errorf("backup onto the store: exit %d: %s", code, errOut)
	}
	if code, _, errOut := runCmd(t, "", "backup", "--db", "postgres://u@h/news", dest); code != 1 || !strings.Contains(errOut, "pg_dump") {
		t.Errorf("backup of a PostgreSQL store: exit %d: %s", code, errOut)
	}
	// While another process writes the store, no one else can open it; the message says
	// what to do.
	g, err := graph.Open(context.Background(), db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	code, _, errOut = runCmd(t, "", "backup", "--db", db, dest)
	if code != 1 || !strings.Contains(errOut, "which has it open for writing") || !strings.Contains(errOut, "Backup") {
		t.Errorf("backup of a store open for writing: exit %d: %s", code, errOut)
	}
	code, _, errOut = runCmd(t, "", "load", "--db", db, corpusDir)
	if code != 1 || !strings.Contains(errOut, "one writer or any number of readers") {
		t.Errorf("load into a store open elsewhere: exit %d: %s", code, errOut)
	}
}
