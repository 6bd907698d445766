package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestLoadAndQuery(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	args := []string{"-db", db, "-from", "Quds Force", "-dir", "in", "-pred", "commands", "../corpus"}
	var out, errOut bytes.Buffer
	if code := run(context.Background(), args, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	first := out.String()
	if !strings.Contains(first, "loaded 5 documents; ") || !regexp.MustCompile(`Qassem S[ou]leimani commands Quds Force\n    `).MatchString(first) {
		t.Errorf("first run:\n%s", first)
	}
	// Wrong answers the gold set rules out: the Quds Force has one commander.
	for _, wrong := range []string{"Ali Khamenei commands", "Vladimir Putin commands", "Hassan Nasrallah commands"} {
		if strings.Contains(first, wrong) {
			t.Errorf("first run holds a wrong fact %q:\n%s", wrong, first)
		}
	}
	if _, err := os.Stat(db); err != nil {
		t.Fatalf("no store file: %v", err)
	}

	// A second run reloads the same documents in place: still five documents, and the
	// same answer. (Entity counts may change: names now also resolve against entities
	// stored from later documents, as a registry is meant to make them.)
	out.Reset()
	if code := run(context.Background(), args, &out, &errOut); code != 0 {
		t.Fatalf("second run: exit %d: %s", code, errOut.String())
	}
	second := out.String()
	_, answer1, _ := strings.Cut(first, "\n")
	_, answer2, _ := strings.Cut(second, "\n")
	if !strings.Contains(second, "holds 5 documents") || answer1 != answer2 {
		t.Errorf("reloading changed the store or the answers:\n--- first\n%s--- second\n%s", first, second)
	}
}

func TestBadDocumentIsSkipped(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Marta Kowalczyk, the commander of the Northern Guard, spoke on Monday."), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("\x00\x00binary"), 0o644)
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"-db", filepath.Join(dir, "x.db"), "-from", "Marta Kowalczyk", dir}, &out, &errOut)
	if code != 0 || !strings.Contains(errOut.String(), "b.txt") || !strings.Contains(out.String(), "loaded 1 documents") {
		t.Errorf("exit %d\nstdout %s\nstderr %s", code, out.String(), errOut.String())
	}
}

func TestUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"-db", "x.db"}, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "usage: embed") {
		t.Errorf("no -from and no path: exit %d, stderr %q", code, errOut.String())
	}
}
