//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestNamedPipeRefused: a named pipe given to load is refused before the store is
// opened (it is not even created), instead of waiting for a writer while holding the
// store's lock.
func TestNamedPipeRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "feed.jsonl")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	db := filepath.Join(dir, "never.db")
	code, _, errOut := runCmd(t, "", "load", "--db", db, fifo)
	if code != 2 || !strings.Contains(errOut, "named pipe") || !strings.Contains(errOut, fifo) {
		t.Errorf("load of a named pipe: exit %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("the store was created")
	}
}
