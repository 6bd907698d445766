package loader

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Source is one document to load.
type Source struct {
	// ID is the document's id: its IRI is ID.IRI(). See [ReadPaths] for the ids of files
	// and corpora, [StdinID] for a text without a name.
	ID schema.DocID
	// Title is the headline given with the text ("" when the text carries its own).
	Title string
	// Date is the publication date given with the text, in a form parsed by the loader
	// (ISO 8601 and the common news forms); "" when none.
	Date string
	// Text is the document's text, normally UTF-8.
	Text []byte
	// Origin says where the text came from (a path, "path:line"), for error messages.
	Origin string
	// Err is set when the source could not be read: a *SourceError saying why, yielded by
	// [ReadPaths] in the place of the document. ID, Title, Date and Text are then zero.
	Err error
}

// maxReadBytes is the most ReadPaths and FromReader read for one document; Extract applies
// the Loader's own, usually smaller, limit.
const maxReadBytes = 256 << 20

// FromReader reads a whole document from r. The id must be a valid document id (see
// schema.DocID). It returns a *SourceError wrapping ErrNoID for an empty id, the
// schema's error for an invalid one, ErrTooLarge beyond 256 MiB, and r's read error.
func FromReader(id string, r io.Reader) (Source, error) {
	fail := func(err error) (Source, error) {
		return Source{}, &SourceError{Origin: id, Err: err}
	}
	if id == "" {
		return fail(ErrNoID)
	}
	if err := schema.DocID(id).Validate(); err != nil {
		return fail(err)
	}
	b, err := io.ReadAll(io.LimitReader(r, maxReadBytes+1))
	if err != nil {
		return fail(err)
	}
	if len(b) > maxReadBytes {
		return fail(fmt.Errorf("%w: over %d bytes", ErrTooLarge, maxReadBytes))
	}
	return Source{ID: schema.DocID(id), Text: b, Origin: id}, nil
}

// StdinID returns the id of a document read without a name (from standard input): "stdin-"
// and the first 16 hexadecimal digits of the SHA-256 of its text, so that two different
// texts get two ids and the same text the same one.
func StdinID(text []byte) schema.DocID {
	h := sha256.Sum256(text)
	return schema.DocID("stdin-" + hex.EncodeToString(h[:8]))
}

// ReadPaths returns the documents of paths, in order, each with a unique id:
//   - a plain file is one document whose id is the file name without its extension;
//   - a directory gives its .txt and .md files, recursively, in name order at each level;
//     a file's id is its path relative to the directory, without its extension, with "/"
//     between folders ("2019/jan/story" for 2019/jan/story.txt under the directory
//     given); symbolic links are followed, but a directory already being walked is not
//     entered again, so link loops end;
//   - a file ending in .jsonl or .jsonl.gz is a corpus of one JSON object a line with
//     "id", "title", "date" and "text" (blank lines are skipped); the id is the record's.
//
// Two documents of the sequence with one id are both refused (neither is yielded as a
// document): each place is yielded with a *SourceError wrapping ErrDuplicateID that names
// the others, since loading either would depend on the order of the arguments. A path
// that is not a regular file or a directory (a named pipe, a device, a socket) is
// refused without being opened. A problem with one document (an unreadable file, a
// broken JSON line, a record without id or text) is yielded as a Source whose Err is a
// *SourceError, and the sequence goes on: only the end of ctx ends it early, with a last
// element, a zero Source paired with ctx.Err(). Invalid UTF-8 is not an error: the bytes
// of a plain file are kept (the loader reads them as U+FFFD), and encoding/json replaces
// them in JSON lines.
//
// The sequence walks the paths twice as it is iterated, first for the ids alone (a
// corpus is read through to find them), then for the documents; it can be iterated
// again.
func ReadPaths(ctx context.Context, paths ...string) iter.Seq2[Source, error] {
	return func(yield func(Source, error) bool) {
		pre := &pathReader{ctx: ctx, idsOnly: true, ids: map[schema.DocID][]string{}}
		pre.yield = func(s Source, err error) bool {
			if err == nil && s.Err == nil {
				pre.ids[s.ID] = append(pre.ids[s.ID], s.Origin)
			}
			return true
		}
		for _, p := range paths {
			if !pre.path(p, true) {
				break
			}
		}
		r := &pathReader{ctx: ctx, yield: yield, ids: map[schema.DocID][]string{}, dups: map[schema.DocID][]string{}}
		for id, origins := range pre.ids {
			if len(origins) > 1 {
				r.dups[id] = origins
			}
		}
		for _, p := range paths {
			if !r.path(p, true) {
				return
			}
		}
	}
}

// pathReader walks the paths of one iteration of ReadPaths.
type pathReader struct {
	ctx     context.Context
	yield   func(Source, error) bool
	idsOnly bool                      // the first walk: only ids and origins, no text
	ids     map[schema.DocID][]string // id -> origins of the documents with it so far
	dups    map[schema.DocID][]string // ids the first walk found more than once
	stop    bool
}

// emit yields a source or a problem with one; it returns false when the iteration must
// end. pos is where a problem with s is reported (for a JSON line, its line and offset).
func (r *pathReader) emit(s Source, pos *SourceError) bool {
	if r.stop {
		return false
	}
	if s.Err == nil && !r.idsOnly {
		others := r.dups[s.ID]
		if len(others) == 0 && len(r.ids[s.ID]) > 0 {
			others = append(r.ids[s.ID], s.Origin) // the files changed between the walks
		}
		r.ids[s.ID] = append(r.ids[s.ID], s.Origin)
		if len(others) > 0 {
			var rest []string
			for _, o := range others {
				if o != s.Origin {
					rest = append(rest, quoteName(o))
				}
			}
			e := *pos
			e.Err = fmt.Errorf("%w %q, also in %s: neither is read", ErrDuplicateID, s.ID, strings.Join(rest, ", "))
			s = Source{Origin: s.Origin, Err: &e}
		}
	}
	if !r.yield(s, nil) {
		r.stop = true
	}
	return !r.stop
}

// fail yields a problem with the source at origin.
func (r *pathReader) fail(origin string, err error) bool {
	return r.failAt(&SourceError{Origin: origin, Err: err})
}

func (r *pathReader) failAt(e *SourceError) bool {
	if r.idsOnly {
		return !r.stop
	}
	return r.emit(Source{Origin: e.Origin, Err: e}, e)
}

// alive reports whether ctx is still live, yielding its error once when not.
func (r *pathReader) alive() bool {
	if r.stop {
		return false
	}
	if err := r.ctx.Err(); err != nil {
		if !r.idsOnly {
			r.yield(Source{}, err)
		}
		r.stop = true
		return false
	}
	return true
}

// path reads one argument of ReadPaths.
func (r *pathReader) path(p string, top bool) bool {
	if !r.alive() {
		return false
	}
	fi, err := os.Stat(p)
	if err != nil {
		return r.fail(p, err)
	}
	switch {
	case fi.IsDir():
		return r.dir(p, p, []os.FileInfo{fi})
	case !fi.Mode().IsRegular():
		return r.fail(p, fmt.Errorf("%w (%s)", ErrNotRegular, fileKind(fi.Mode())))
	case isCorpus(p):
		return r.corpus(p)
	}
	base := filepath.Base(p)
	return r.file(p, strings.TrimSuffix(base, filepath.Ext(base)), fi)
}

// fileKind names the kind of a file that is not regular.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe; give standard input as - instead"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
		return "a device"
	}
	return "not a plain file"
}

// isCorpus reports whether p names a JSON-lines corpus.
func isCorpus(p string) bool {
	l := strings.ToLower(p)
	return strings.HasSuffix(l, ".jsonl") || strings.HasSuffix(l, ".jsonl.gz")
}

// isTextFile reports whether a directory entry is read as a document.
func isTextFile(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".txt" || ext == ".md"
}

// dir walks a directory; root is the directory given to ReadPaths, stack holds the
// directories being walked, to stop link loops.
func (r *pathReader) dir(root, p string, stack []os.FileInfo) bool {
	ents, err := os.ReadDir(p)
	if err != nil {
		return r.fail(p, err)
	}
	for _, e := range ents {
		if !r.alive() {
			return false
		}
		full := filepath.Join(p, e.Name())
		fi, err := os.Stat(full) // follows links
		if err != nil {
			if !isTextFile(e.Name()) {
				continue // a broken link to something we would not read anyway
			}
			if !r.fail(full, err) {
				return false
			}
			continue
		}
		switch {
		case fi.IsDir():
			loop := false
			for _, s := range stack {
				if os.SameFile(s, fi) {
					loop = true
					break
				}
			}
			if loop {
				continue
			}
			if !r.dir(root, full, append(stack, fi)) {
				return false
			}
		case fi.Mode().IsRegular() && isTextFile(e.Name()):
			rel, err := filepath.Rel(root, full)
			if err != nil {
				rel = e.Name()
			}
			rel = filepath.ToSlash(rel)
			if !r.file(full, strings.TrimSuffix(rel, filepath.Ext(rel)), fi) {
				return false
			}
		}
	}
	return true
}

// file reads one plain-text document with the id id.
func (r *pathReader) file(p, id string, fi os.FileInfo) bool {
	if err := schema.DocID(id).Validate(); err != nil {
		return r.fail(p, err)
	}
	if r.idsOnly {
		return r.emit(Source{ID: schema.DocID(id), Origin: p}, nil)
	}
	if fi.Size() > maxReadBytes {
		return r.fail(p, fmt.Errorf("%w: %d bytes, over %d", ErrTooLarge, fi.Size(), maxReadBytes))
	}
	b, err := readFile(p)
	if err != nil {
		return r.fail(p, err)
	}
	return r.emit(Source{ID: schema.DocID(id), Text: b, Origin: p}, &SourceError{Origin: p})
}

// readFile reads the file p, which may grow while it is read: it reads no more than
// maxReadBytes (returning ErrTooLarge beyond), and what it returns is the file as it was
// up to some moment.
func readFile(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxReadBytes+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxReadBytes {
		return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, maxReadBytes)
	}
	return b, nil
}

// record is one line of a JSON-lines corpus.
type record struct {
	ID    json.RawMessage `json:"id"`
	Title string          `json:"title"`
	Date  string          `json:"date"`
	Text  *string         `json:"text"`
}

// corpus reads a JSON-lines corpus, possibly gzipped.
func (r *pathReader) corpus(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return r.fail(p, err)
	}
	defer f.Close()
	var in io.Reader = f
	if strings.HasSuffix(strings.ToLower(p), ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return r.fail(p, err)
		}
		defer gz.Close()
		in = gz
	}
	return r.lines(p, in)
}

// lines reads the JSON lines of the corpus p from in.
func (r *pathReader) lines(p string, in io.Reader) bool {
	br := bufio.NewReaderSize(in, 64<<10)
	var off int64
	for n := 1; ; n++ {
		if !r.alive() {
			return false
		}
		line, size, tooLong, err := readLine(br, maxReadBytes)
		start := off
		off += size
		if size == 0 && err != nil {
			if err != io.EOF {
				return r.failAt(&SourceError{Origin: p, Line: n, Offset: start, Err: err})
			}
			return true
		}
		pos := &SourceError{Origin: p, Line: n, Offset: start}
		bad := func(e error) *SourceError { x := *pos; x.Err = e; return &x }
		switch {
		case tooLong:
			if !r.failAt(bad(fmt.Errorf("%w: line over %d bytes", ErrTooLarge, maxReadBytes))) {
				return false
			}
		case len(bytes.TrimSpace(line)) == 0:
		default:
			s, e := parseRecord(line, r.idsOnly)
			if e != nil {
				if !r.failAt(bad(e)) {
					return false
				}
			} else {
				s.Origin = p + ":" + strconv.Itoa(n)
				if !r.emit(s, pos) {
					return false
				}
			}
		}
		if err != nil {
			if err != io.EOF {
				return r.failAt(&SourceError{Origin: p, Line: n + 1, Offset: off, Err: err})
			}
			return true
		}
	}
}

// idRecord is the part of a JSON line the first walk of ReadPaths reads.
type idRecord struct {
	ID json.RawMessage `json:"id"`
}

// parseRecord decodes one JSON line; with idOnly, only its id.
func parseRecord(line []byte, idOnly bool) (Source, error) {
	var rec record
	if idOnly {
		var ir idRecord
		if err := json.Unmarshal(line, &ir); err != nil {
			return Source{}, err
		}
		rec.ID = ir.ID
	} else if err := json.Unmarshal(line, &rec); err != nil {
		return Source{}, fmt.Errorf("broken JSON: %w", err)
	}
	var id string
	switch {
	case len(rec.ID) == 0 || string(rec.ID) == "null":
		return Source{}, ErrNoID
	case rec.ID[0] == '"':
		if err := json.Unmarshal(rec.ID, &id); err != nil {
			return Source{}, fmt.Errorf("broken JSON id: %w", err)
		}
	default:
		var num json.Number
		if err := json.Unmarshal(rec.ID, &num); err != nil {
			return Source{}, errors.New("id is neither a string nor a number")
		}
		id = num.String()
	}
	if id == "" {
		return Source{}, ErrNoID
	}
	if err := schema.DocID(id).Validate(); err != nil {
		return Source{}, err
	}
	if idOnly {
		return Source{ID: schema.DocID(id)}, nil
	}
	if rec.Text == nil {
		return Source{}, fmt.Errorf("%w (id %q)", ErrNoText, id)
	}
	return Source{ID: schema.DocID(id), Title: rec.Title, Date: rec.Date, Text: []byte(*rec.Text)}, nil
}

// readLine reads one line (without its newline) of at most max bytes; a longer line is
// consumed and reported with tooLong. size is the number of bytes consumed.
func readLine(br *bufio.Reader, max int) (line []byte, size int64, tooLong bool, err error) {
	for {
		chunk, e := br.ReadSlice('\n')
		size += int64(len(chunk))
		if !tooLong {
			if len(line)+len(chunk) > max+1 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		return line, size, tooLong, e
	}
}
