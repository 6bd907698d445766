//go:build unix

package loader_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/newsgraph/newsgraph/loader"
)

// TestReadPathsNamedPipe: a named pipe given as a path, or found in a directory, is not
// opened (no writer would make reading it wait for ever): the path is refused, saying
// what it is.
func TestReadPathsNamedPipe(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "feed.jsonl")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	write(t, filepath.Join(dir, "a.txt"), "A.")
	ids, errs := collect(t, context.Background(), fifo, dir)
	if len(ids) != 1 || ids[0] != "a" {
		t.Errorf("ids %q, want only a (the pipe in the directory is not a text file)", ids)
	}
	if len(errs) != 1 || !errors.Is(errs[0], loader.ErrNotRegular) || !strings.Contains(errs[0].Error(), "named pipe") {
		t.Errorf("errors %v, want the pipe refused as a named pipe", errs)
	}
}

// TestQuotedNames: a file name with a control character is quoted in messages.
func TestQuotedNames(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "bad\x1b[2Jname.txt")
	_, errs := collect(t, context.Background(), p)
	if len(errs) != 1 || strings.Contains(errs[0].Error(), "\x1b") || !strings.Contains(errs[0].Error(), `\x1b[2Jname.txt"`) {
		t.Errorf("errors %q, want the name quoted", errs)
	}
}
