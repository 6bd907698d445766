package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

var backupCommand = &command{
	name:  "backup",
	args:  "[--db FILE] DEST",
	short: "write a consistent copy of a store file",
	long: `Backup copies the store file to DEST, consistently: the copy holds every document of
the store entirely or not at all, and opens on its own (newsgraph stats --db DEST). It
reads the store under a shared lock, beside other readers, and writes DEST through a
temporary file renamed into place, so a reader of DEST never sees half a copy. "-"
writes the copy to standard output.

A store file has one writer or any number of readers: while a load or remove writes it,
no other process can open it, backup included. A program that keeps a store open for
writing can give readers a copy itself with the library's graph.Graph.Backup. A
PostgreSQL store is copied with pg_dump instead.`,
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) (err error) {
		db := dbFlag(fs)
		pos, err := parse(e, fs, args, 1, 1)
		if err != nil {
			return err
		}
		dest := pos[0]
		if isURL(*db) {
			return fmt.Errorf("%s is a PostgreSQL database, not a file: copy it with pg_dump (or newsgraph export)", storeName(*db))
		}
		if dest != "-" {
			if a, err := os.Stat(*db); err == nil {
				if b, err := os.Stat(dest); err == nil && os.SameFile(a, b) {
					return usagef("DEST %s is the store itself", dest)
				}
			}
		}
		g, err := openStore(ctx, *db, false)
		if err != nil {
			return err
		}
		defer closeStore(g, &err)
		if dest == "-" {
			_, err := g.Backup(ctx, e.stdout)
			return err
		}
		tmp, err := os.CreateTemp(filepath.Dir(dest), "."+filepath.Base(dest)+".tmp-*")
		if err != nil {
			return err
		}
		defer func() {
			if err != nil {
				tmp.Close()
				os.Remove(tmp.Name())
			}
		}()
		n, err := g.Backup(ctx, tmp)
		if err != nil {
			return err
		}
		if err := tmp.Chmod(0o644); err != nil {
			return err
		}
		if err := tmp.Sync(); err != nil {
			return err
		}
		if err := tmp.Close(); err != nil {
			return err
		}
		if err := os.Rename(tmp.Name(), dest); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "backed up %s to %s (%.1f MB)\n", *db, dest, float64(n)/1e6)
		return nil
	},
}

// lockedError explains a store file that another process holds.
func lockedError(path string, write bool) error {
	if write {
		return fmt.Errorf("%s is locked by another process, which has it open for reading or writing: a store file "+
			"has one writer or any number of readers, never both; wait for the other process to finish and try again", path)
	}
	return errors.New(path + " is locked by another process, which has it open for writing (such as 'newsgraph load'): a store file has " +
		"one writer or any number of readers, never both; wait for the writer to finish, or read a copy " +
		"it makes (a program that writes can make one with the library's Graph.Backup)")
}
