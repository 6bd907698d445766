package loader

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Source is one document to load.
type Source struct {
	// ID is the document's id: its IRI is ID.IRI().
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

// ReadPaths returns the documents of paths, in order:
//   - a plain file is one document whose id is the file name without its extension;
//   - a directory gives its .txt and .md files, recursively, in name order at each level;
//     symbolic links are followed, but a directory already being walked is not entered
//     again, so link loops end;
//   - a file ending in .jsonl or .jsonl.gz is a corpus of one JSON object a line with
//     "id", "title", "date" and "text" (blank lines are skipped).
//
// A problem with one document (an unreadable file, a broken JSON line, a record without
// id or text, an id seen before in the sequence) is yielded as a *SourceError paired
// with a zero Source, and the sequence goes on. Invalid UTF-8 is not an error: the bytes
// of a plain file are kept (the loader reads them as U+FFFD), and encoding/json
// replaces them in JSON lines. When ctx ends, the final element is paired with
// ctx.Err(). The sequence reads the files as it is iterated; it can be iterated again.
func ReadPaths(ctx context.Context, paths ...string) iter.Seq2[Source, error] {
	return func(yield func(Source, error) bool) {
		r := &pathReader{ctx: ctx, yield: yield, ids: map[schema.DocID]string{}}
		for _, p := range paths {
			if !r.path(p) {
				return
			}
		}
	}
}

// pathReader walks the paths of one iteration of ReadPaths.
type pathReader struct {
	ctx   context.Context
	yield func(Source, error) bool
	ids   map[schema.DocID]string // id -> origin of the first document with it
	stop  bool
}

// emit yields a source or a problem; it returns false when the iteration must end.
func (r *pathReader) emit(s Source, err error) bool {
	return r.emitAt(s, err, &SourceError{Origin: s.Origin})
}

// emitAt is emit for a source read at the position pos (used for a duplicate id).
func (r *pathReader) emitAt(s Source, err error, pos *SourceError) bool {
	if r.stop {
		return false
	}
	if err == nil {
		if first, ok := r.ids[s.ID]; ok {
			pos.Err = fmt.Errorf("%w %q (first in %s)", ErrDuplicateID, s.ID, first)
			err, s = pos, Source{}
		} else {
			r.ids[s.ID] = s.Origin
		}
	}
	if !r.yield(s, err) {
		r.stop = true
	}
	return !r.stop
}

// alive reports whether ctx is still live, yielding its error once when not.
func (r *pathReader) alive() bool {
	if r.stop {
		return false
	}
	if err := r.ctx.Err(); err != nil {
		r.yield(Source{}, err)
		r.stop = true
		return false
	}
	return true
}

func (r *pathReader) path(p string) bool {
	if !r.alive() {
		return false
	}
	fi, err := os.Stat(p)
	if err != nil {
		return r.emit(Source{}, &SourceError{Origin: p, Err: err})
	}
	if fi.IsDir() {
		return r.dir(p, []os.FileInfo{fi})
	}
	if isCorpus(p) {
		return r.corpus(p)
	}
	return r.file(p, fi)
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

// dir walks a directory; stack holds the directories being walked, to stop link loops.
func (r *pathReader) dir(p string, stack []os.FileInfo) bool {
	ents, err := os.ReadDir(p)
	if err != nil {
		return r.emit(Source{}, &SourceError{Origin: p, Err: err})
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
			if !r.emit(Source{}, &SourceError{Origin: full, Err: err}) {
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
			if !r.dir(full, append(stack, fi)) {
				return false
			}
		case fi.Mode().IsRegular() && isTextFile(e.Name()):
			if !r.file(full, fi) {
				return false
			}
		}
	}
	return true
}

// file reads one plain-text document.
func (r *pathReader) file(p string, fi os.FileInfo) bool {
	if fi.Size() > maxReadBytes {
		return r.emit(Source{}, &SourceError{Origin: p, Err: fmt.Errorf("%w: %d bytes, over %d", ErrTooLarge, fi.Size(), maxReadBytes)})
	}
	b, err := readFile(p)
	if err != nil {
		return r.emit(Source{}, &SourceError{Origin: p, Err: err})
	}
	base := filepath.Base(p)
	id := strings.TrimSuffix(base, filepath.Ext(base))
	if err := schema.DocID(id).Validate(); err != nil {
		return r.emit(Source{}, &SourceError{Origin: p, Err: err})
	}
	return r.emit(Source{ID: schema.DocID(id), Text: b, Origin: p}, nil)
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
		return r.emit(Source{}, &SourceError{Origin: p, Err: err})
	}
	defer f.Close()
	var in io.Reader = f
	if strings.HasSuffix(strings.ToLower(p), ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return r.emit(Source{}, &SourceError{Origin: p, Err: err})
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
				return r.emit(Source{}, &SourceError{Origin: p, Line: n, Offset: start, Err: err})
			}
			return true
		}
		bad := func(e error) *SourceError { return &SourceError{Origin: p, Line: n, Offset: start, Err: e} }
		switch {
		case tooLong:
			if !r.emit(Source{}, bad(fmt.Errorf("%w: line over %d bytes", ErrTooLarge, maxReadBytes))) {
				return false
			}
		case len(bytes.TrimSpace(line)) == 0:
		default:
			s, e := parseRecord(line)
			if e != nil {
				if !r.emit(Source{}, bad(e)) {
					return false
				}
			} else {
				s.Origin = p + ":" + strconv.Itoa(n)
				if !r.emitAt(s, nil, &SourceError{Origin: p, Line: n, Offset: start}) {
					return false
				}
			}
		}
		if err != nil {
			if err != io.EOF {
				return r.emit(Source{}, &SourceError{Origin: p, Line: n + 1, Offset: off, Err: err})
			}
			return true
		}
	}
}

// parseRecord decodes one JSON line.
func parseRecord(line []byte) (Source, error) {
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
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
