package loader

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// ErrBinary is returned (inside a *DocumentError) by [Loader.Extract] for a document
	// that is not text: it holds a NUL byte, or more than one byte in ten is a control
	// character or invalid UTF-8.
	ErrBinary = errors.New("loader: binary data, not text")
	// ErrTooLarge is returned (inside a *DocumentError or *SourceError) for a document
	// longer than [Options.MaxDocumentBytes].
	ErrTooLarge = errors.New("loader: document too large")
	// ErrNoText is yielded (inside a *SourceError) by [ReadPaths] for a JSON-lines record
	// without a "text" field.
	ErrNoText = errors.New("loader: record has no text")
	// ErrNoID is yielded (inside a *SourceError) by [ReadPaths] for a JSON-lines record
	// without an "id" field, and returned by [FromReader] for an empty id.
	ErrNoID = errors.New("loader: record has no id")
	// ErrInternal is returned (inside a *DocumentError) by [Loader.Extract] when a stage
	// fails on a document in a way it should not (a bug): the document is skipped with this
	// error, naming it, instead of stopping the program. Please report it with the text.
	ErrInternal = errors.New("loader: internal error")
	// ErrDuplicateID is yielded (inside a *SourceError) by [ReadPaths] for each of two or
	// more documents of one sequence with the same id: none of them is read.
	ErrDuplicateID = errors.New("loader: duplicate document id")
	// ErrNotRegular is yielded (inside a *SourceError) by [ReadPaths] for a path that is
	// neither a regular file nor a directory (a named pipe, a device, a socket): reading
	// it could wait for ever, so it is not opened.
	ErrNotRegular = errors.New("loader: not a regular file")
)

// SourceError is a problem with one document of a source read by [ReadPaths] or
// [FromReader]: an unreadable file, a broken JSON line, a record without text, a duplicate
// id. It does not end the sequence.
type SourceError struct {
	// Origin is the file (or reader id) the problem is in.
	Origin string
	// Line is the line number in a JSON-lines file, from 1; 0 for a whole file.
	Line int
	// Offset is the byte offset of that line in the (decompressed) file; 0 for a whole file.
	Offset int64
	// Err is the underlying error.
	Err error
}

// Error returns "loader: origin:line (byte offset): problem".
func (e *SourceError) Error() string {
	msg := unprefixed(e.Err)
	if q := quoteName(e.Origin); q != e.Origin {
		msg = strings.ReplaceAll(msg, e.Origin, q) // a *fs.PathError names the file again
	}
	if e.Line > 0 {
		return fmt.Sprintf("loader: %s:%d (byte %d): %s", quoteName(e.Origin), e.Line, e.Offset, msg)
	}
	return fmt.Sprintf("loader: %s: %s", quoteName(e.Origin), msg)
}

// Unwrap returns the underlying error.
func (e *SourceError) Unwrap() error { return e.Err }

// DocumentError is returned by [Loader.Extract] for a document it cannot read: an invalid
// id, binary data, a document over the size limit, or a failure of a later stage.
type DocumentError struct {
	// ID is the document's id as given.
	ID string
	// Origin is where the document came from (Source.Origin), "" when unknown.
	Origin string
	// Err is the underlying error: ErrBinary, ErrTooLarge, a schema error, or ctx.Err().
	Err error
}

// Error returns "loader: document "id" (origin): problem".
func (e *DocumentError) Error() string {
	where := fmt.Sprintf("%q", e.ID)
	if e.Origin != "" && e.Origin != e.ID {
		where += " (" + quoteName(e.Origin) + ")"
	}
	return fmt.Sprintf("loader: document %s: %s", where, unprefixed(e.Err))
}

// quoteName returns a file name for a message: as it is, or quoted in Go syntax when it
// holds a control character or invalid UTF-8 (which would garble a terminal or a log).
func quoteName(s string) string {
	if !utf8.ValidString(s) || strings.IndexFunc(s, unicode.IsControl) >= 0 {
		return strconv.Quote(s)
	}
	return s
}

// unprefixed returns err's message without this package's "loader: " prefix, so that a
// wrapped sentinel does not repeat it.
func unprefixed(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.TrimPrefix(err.Error(), "loader: ")
}

// Unwrap returns the underlying error.
func (e *DocumentError) Unwrap() error { return e.Err }

// Warning is something odd about a document that the loader reads anyway, found by
// [Inspect]: invalid UTF-8, a Latin-1 text, control characters, an HTML page.
type Warning struct {
	// Origin is where the document came from (Source.Origin, else its id).
	Origin string
	// Offset is the byte offset of the first place concerned, -1 for the whole text.
	Offset int
	// Msg says what was found and how it was read.
	Msg string
}

// String returns "origin (byte N): message".
func (w Warning) String() string {
	if w.Offset < 0 {
		return fmt.Sprintf("%s: %s", quoteName(w.Origin), w.Msg)
	}
	return fmt.Sprintf("%s (byte %d): %s", quoteName(w.Origin), w.Offset, w.Msg)
}
