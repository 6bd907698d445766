package graph

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

var (
	// ErrClosed is returned by every method of a [Graph] after [Graph.Close], and by a
	// second Close.
	ErrClosed = errors.New("graph: closed")
	// ErrNotFound is returned by [Graph.Document], [Graph.Entity], [Graph.Degree],
	// [Graph.Neighbors], [Graph.ShortestPath] and [Graph.RemoveDocument] when the document
	// or entity is not in the graph, and matched (errors.Is) by the *[NotFoundError] of
	// [Graph.FindEntity]. A store file that does not exist is not ErrNotFound but
	// fs.ErrNotExist.
	ErrNotFound = errors.New("graph: not found")
	// ErrInvalid is wrapped by the error of every function given an argument it cannot
	// use: a class, predicate, direction or format that the ontology does not have, a
	// string that is not a well-formed IRI of the kind asked for (such as a name where an
	// entity IRI belongs), or a negative count. The message names the argument and lists
	// the valid values; a wrong argument is never answered with an empty result.
	ErrInvalid = errors.New("graph: invalid argument")
	// ErrAmbiguous is matched (errors.Is) by the *[AmbiguousError] that [Graph.FindEntity]
	// returns when a name fits several entities.
	ErrAmbiguous = errors.New("graph: ambiguous name")
	// ErrNoPath is returned by [Graph.ShortestPath] when no chain of facts within the
	// allowed hops links the two entities.
	ErrNoPath = errors.New("graph: no path")
	// ErrReadOnly is returned by the write methods of a graph opened with
	// Options.ReadOnly.
	ErrReadOnly = errors.New("graph: read-only")
	// ErrNotNewsgraph is wrapped in the *[StoreError] that [Open] returns for a file that
	// is not a newsgraph store (not a bbolt file, a truncated one, or another program's).
	ErrNotNewsgraph = errors.New("graph: not a newsgraph store")
	// ErrLocked is wrapped in the *[StoreError] that [Open] returns when another process
	// (or another open [Graph]) holds the file's lock for longer than
	// Options.LockTimeout. A store file has one writer or any number of readers, never
	// both: see the package documentation's "One writer" section for what to do instead.
	ErrLocked = errors.New("graph: store is locked by another process")
	// ErrVersion is wrapped in the *[StoreError] that [Open] returns for a store written
	// by a newer, incompatible version of newsgraph.
	ErrVersion = errors.New("graph: unsupported store version")
)

// AmbiguousError is returned by [Graph.FindEntity] when a name matches several entities.
// errors.Is(err, ErrAmbiguous) reports true for it.
type AmbiguousError struct {
	// Name is the name that was looked up.
	Name string
	// Candidates are the matching entities, sorted by name and IRI.
	Candidates []schema.Entity
}

// Error returns the name and the candidates' names and IRIs.
func (e *AmbiguousError) Error() string {
	names := make([]string, len(e.Candidates))
	for i, c := range e.Candidates {
		names[i] = fmt.Sprintf("%s (%s)", c.Name, c.IRI)
	}
	return fmt.Sprintf("graph: %q is ambiguous: %s", e.Name, strings.Join(names, ", "))
}

// Is reports whether target is [ErrAmbiguous].
func (e *AmbiguousError) Is(target error) bool { return target == ErrAmbiguous }

// NotFoundError is returned by [Graph.FindEntity] when no entity has the name.
// errors.Is(err, ErrNotFound) reports true for it.
type NotFoundError struct {
	// Name is the name that was looked up.
	Name string
	// Suggestions are the entities whose names come closest, as [Graph.Search] ranks
	// them, best first: at most five, and none when no name is close.
	Suggestions []Match
}

// Error returns the name and, when there are suggestions, "did you mean" with their
// names and classes.
func (e *NotFoundError) Error() string {
	msg := fmt.Sprintf("graph: entity %q not found", e.Name)
	if len(e.Suggestions) == 0 {
		return msg
	}
	names := make([]string, len(e.Suggestions))
	for i, m := range e.Suggestions {
		names[i] = fmt.Sprintf("%s (%s)", m.Entity.Name, m.Entity.Class.Name())
	}
	return msg + "; did you mean " + strings.Join(names, ", ") + "?"
}

// Is reports whether target is [ErrNotFound].
func (e *NotFoundError) Is(target error) bool { return target == ErrNotFound }

// StoreError is returned by [Open] and names the store file. Err is one of
// [ErrNotNewsgraph], [ErrLocked], [ErrVersion] or an underlying I/O error.
type StoreError struct {
	// Path is the store file.
	Path string
	// Err is what went wrong.
	Err error
}

// Error returns the message, naming the file.
func (e *StoreError) Error() string {
	path, msg := e.Path, strings.TrimPrefix(e.Err.Error(), "graph: ")
	if !utf8.ValidString(path) || strings.IndexFunc(path, unicode.IsControl) >= 0 {
		q := strconv.Quote(path) // a name with control characters would garble a terminal
		path, msg = q, strings.ReplaceAll(msg, e.Path, q)
	}
	return fmt.Sprintf("graph: store %s: %s", path, msg)
}

// Unwrap returns e.Err.
func (e *StoreError) Unwrap() error { return e.Err }

// invalid returns an error that matches ErrInvalid with the message "graph: " and the
// formatted detail, which names the argument and the valid values.
func invalid(format string, args ...any) error {
	return &wrapped{ErrInvalid, fmt.Errorf("graph: "+format, args...)}
}

// notFound returns an error that matches ErrNotFound and names what was not found.
func notFound(format string, args ...any) error {
	return &wrapped{ErrNotFound, fmt.Errorf("graph: "+format+" not found", args...)}
}

// wrapped is a sentinel with a message of its own: it prints the detail and matches
// (errors.Is) the sentinel.
type wrapped struct {
	sentinel error
	detail   error
}

func (w *wrapped) Error() string { return w.detail.Error() }
func (w *wrapped) Unwrap() error { return w.sentinel }
