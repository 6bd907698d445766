package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// env is what a command runs with: its streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	stdinID        string // --id: the id of the document read from standard input
}

// command is one subcommand.
type command struct {
	name  string
	args  string // the usage line after the name, such as "[--db FILE] PATH..."
	short string // one line for the command list
	long  string // the help text
	// run parses its flags with fs (already holding the command's usage) and runs.
	run func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error
}

// commands lists the subcommands in the order of the help text.
func commands() []*command {
	return []*command{
		demoCommand, extractCommand, loadCommand, entityCommand, searchCommand, factsCommand, pathCommand,
		queryCommand, topCommand, exportCommand, backupCommand, removeCommand, statsCommand, evalCommand, parseCommand,
	}
}

const globalUsage = `newsgraph reads news articles into a knowledge graph of people, organisations,
countries and places, and answers questions about it with the sentences that say so.

Usage:
  newsgraph <command> [flags] [arguments]

Commands:
%s
Commands that use a store take --db FILE (default newsgraph.db) or --db postgres://URL;
flags come before arguments. Run 'newsgraph help <command>' or 'newsgraph <command> --help' for details.
Exit status: 0 success, 1 failure, 2 usage error.
`

func writeGlobalUsage(w io.Writer) {
	var b strings.Builder
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-8s  %s\n", c.name, c.short)
	}
	fmt.Fprintf(w, globalUsage, b.String())
}

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// exitError ends a command with a status after it has reported its problems itself.
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// run runs the command line args (without the program name) and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		writeGlobalUsage(stderr)
		return exitUsage
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(rest) == 0 {
			writeGlobalUsage(stdout)
			return exitOK
		}
		c := find(rest[0])
		if c == nil {
			fmt.Fprintf(stderr, "newsgraph help: unknown command %q\n", rest[0])
			return exitUsage
		}
		writeCommandUsage(stdout, c)
		return exitOK
	}
	c := find(name)
	if c == nil {
		fmt.Fprintf(stderr, "newsgraph: unknown command %q\nRun 'newsgraph help' for the list of commands.\n", name)
		return exitUsage
	}
	fs := newFlagSet(c)
	err := c.run(ctx, e, fs, rest)
	var ue *usageError
	var ee *exitError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		writeCommandUsage(stdout, c)
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "newsgraph %s: %s\nusage: %s\nRun 'newsgraph %s --help' for details.\n",
			c.name, ue.msg, c.usageLine(), c.name)
		return exitUsage
	case errors.As(err, &ee):
		return ee.code
	default:
		// "newsgraph eval: eval: ..." says eval twice; keep one.
		msg := strings.TrimPrefix(err.Error(), c.name+": ")
		fmt.Fprintf(stderr, "newsgraph %s: %s\n", c.name, msg)
		return exitFailure
	}
}

// usageLine is "newsgraph NAME ARGS".
func (c *command) usageLine() string {
	return strings.TrimSpace("newsgraph " + c.name + " " + c.args)
}

func find(name string) *command {
	for _, c := range commands() {
		if c.name == name {
			return c
		}
	}
	return nil
}

// newFlagSet returns the flag set of c; the flag package prints nothing itself.
func newFlagSet(c *command) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// writeCommandUsage writes c's help: usage line, text and flags.
func writeCommandUsage(w io.Writer, c *command) {
	fmt.Fprintf(w, "usage: %s\n\n%s\n", c.usageLine(), strings.TrimSpace(c.long))
	// A command declares its flags and then calls parse, which, given no env, stops it.
	fs := newFlagSet(c)
	_ = c.run(context.Background(), nil, fs, nil)
	first := true
	fs.VisitAll(func(f *flag.Flag) {
		if first {
			fmt.Fprintf(w, "\nFlags:\n")
			first = false
		}
		arg, usage := flag.UnquoteUsage(f)
		if arg != "" {
			arg = " " + arg
		}
		if arg == " value" {
			arg = ""
		}
		def := ""
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			def = fmt.Sprintf(" (default %s)", f.DefValue)
		}
		fmt.Fprintf(w, "  --%s%s\n        %s%s\n", f.Name, arg, usage, def)
	})
}

// parse parses args with fs and returns the positional arguments. It rejects flags
// after positional arguments (unless after "--") and a count of positional arguments
// outside [min, max] (max < 0: no limit). With e == nil it only declares the flags
// (for help) and returns errDeclared.
func parse(e *env, fs *flag.FlagSet, args []string, min, max int) ([]string, error) {
	if e == nil {
		return nil, errDeclared
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		msg := err.Error()
		if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
			msg = "unknown flag -" + name
		}
		return nil, usagef("%s", msg)
	}
	pos := fs.Args()
	dashdash := len(args) > len(pos) && args[len(args)-len(pos)-1] == "--"
	if !dashdash {
		for _, a := range pos {
			known := fs.Lookup(strings.TrimLeft(strings.SplitN(a, "=", 2)[0], "-")) != nil
			if len(a) > 1 && a[0] == '-' && (known || strings.HasPrefix(a, "--")) {
				return nil, usagef("flag %s after the arguments: flags come first", a)
			}
			if a == "-h" || a == "--help" || a == "-help" {
				return nil, flag.ErrHelp
			}
		}
	}
	switch {
	case len(pos) < min && min == 1:
		return nil, usagef("missing argument")
	case len(pos) < min:
		return nil, usagef("want %d arguments, got %d", min, len(pos))
	case max >= 0 && len(pos) > max:
		return nil, usagef("too many arguments: %s", strings.Join(pos[max:], " "))
	}
	return pos, nil
}

// errDeclared is returned by parse when it only declared the flags.
var errDeclared = errors.New("flags declared")

// dbFlag declares --db.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "newsgraph.db", "the store `FILE`, or a postgres:// URL")
}

// jsonFlag declares --json.
func jsonFlag(fs *flag.FlagSet) *bool {
	return fs.Bool("json", false, "write JSON instead of text")
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return slices.Clip(out)
}
