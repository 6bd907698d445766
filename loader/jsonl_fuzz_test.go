package loader

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// FuzzJSONLines checks the JSON-lines reader on any bytes: no panic; every problem is a
// *SourceError naming the corpus, with a line number and the byte offset where that line
// starts (lines and offsets increase); every source has a valid id not seen before, an
// origin "corpus:line", and the text of its line's "text" field; and no line gives more
// than one element.
func FuzzJSONLines(f *testing.F) {
	for _, s := range []string{
		"",
		"\n\n",
		`{"id": "a-1", "title": "T", "date": "2021-03-04", "text": "Some text."}`,
		`{"id": 17, "text": "Numbered."}` + "\n" + `{"id": "x", "text": "broken`,
		`{"id": "d", "text": "One."}` + "\r\n" + `{"id": "d", "text": "Two."}` + "\n",
		`{"title": "no id", "text": "x"}` + "\n" + `{"id": "n"}` + "\n" + `{"id": null, "text": ""}`,
		`{"id": "\u0001", "text": "control"}` + "\n" + `{"id": "", "text": "empty"}` + "\n" + `[1,2]` + "\n" + `"str"`,
		`{"id": "u", "text": "caf\u00e9 \ud800 \xff"}`,
		`{"id": 1e400, "text": "big"}` + "\n" + `{"id": {"a": 1}, "text": "obj"}` + "\n" + `{"id": true, "text": "bool"}`,
	} {
		f.Add([]byte(s))
	}
	// The bundled articles as JSON lines, a few to a seed.
	files, _ := filepath.Glob(filepath.Join("..", "examples", "corpus", "*.txt"))
	var all bytes.Buffer
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		line, _ := json.Marshal(map[string]string{"id": filepath.Base(p), "text": string(b)})
		all.Write(line)
		all.WriteByte('\n')
		f.Add(line)
	}
	f.Add(all.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		const origin = "fuzz.jsonl"
		lines := bytes.Count(data, []byte("\n")) + 1
		type elem struct {
			src Source
			err error
		}
		var got []elem
		r := &pathReader{ctx: context.Background(), ids: map[schema.DocID][]string{}, yield: func(s Source, err error) bool {
			if err == nil && s.Err != nil {
				err = s.Err
			}
			got = append(got, elem{s, err})
			return true
		}}
		if !r.lines(origin, bytes.NewReader(data)) {
			t.Fatal("lines stopped without being asked to")
		}
		if len(got) > lines {
			t.Fatalf("%d elements from %d lines", len(got), lines)
		}
		starts := lineStarts(data)
		lastLine := 0
		ids := map[schema.DocID]bool{}
		for _, e := range got {
			var line int
			if e.err != nil {
				var se *SourceError
				if !errors.As(e.err, &se) {
					t.Fatalf("error %v is not a *SourceError", e.err)
				}
				if se.Origin != origin || se.Line < 1 || se.Line > lines || se.Offset != starts[se.Line-1] {
					t.Fatalf("error %v: line %d at byte %d does not match the input", e.err, se.Line, se.Offset)
				}
				if !strings.Contains(e.err.Error(), origin) {
					t.Fatalf("error %q does not name the corpus", e.err)
				}
				if e.src.ID != "" || e.src.Text != nil {
					t.Fatalf("error %v comes with a source %+v", e.err, e.src)
				}
				line = se.Line
			} else {
				s := e.src
				if err := s.ID.Validate(); err != nil {
					t.Fatalf("source with an invalid id %q: %v", s.ID, err)
				}
				if ids[s.ID] {
					t.Fatalf("id %q yielded twice", s.ID)
				}
				ids[s.ID] = true
				var n int
				if _, err := parseOrigin(s.Origin, origin, &n); err != nil || n < 1 || n > lines {
					t.Fatalf("origin %q: want %s:LINE", s.Origin, origin)
				}
				line = n
				raw := data[starts[n-1]:]
				if i := bytes.IndexByte(raw, '\n'); i >= 0 {
					raw = raw[:i]
				}
				var rec struct {
					Text string `json:"text"`
				}
				if err := json.Unmarshal(raw, &rec); err != nil || rec.Text != string(s.Text) {
					t.Fatalf("line %d: text %q, the line says %q (%v)", n, s.Text, rec.Text, err)
				}
				if !utf8.Valid(s.Text) {
					t.Fatalf("line %d: text is not valid UTF-8", n)
				}
			}
			if line <= lastLine {
				t.Fatalf("line %d after line %d", line, lastLine)
			}
			lastLine = line
		}
	})
}

// lineStarts returns the byte offset where each line of data starts.
func lineStarts(data []byte) []int64 {
	starts := []int64{0}
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, int64(i+1))
		}
	}
	return starts
}

// parseOrigin parses "origin:N".
func parseOrigin(s, origin string, n *int) (int, error) {
	rest, ok := strings.CutPrefix(s, origin+":")
	if !ok {
		return 0, errors.New("no origin prefix")
	}
	v := 0
	for _, c := range rest {
		if c < '0' || c > '9' || v > 1<<40 {
			return 0, errors.New("not a number")
		}
		v = v*10 + int(c-'0')
	}
	if rest == "" {
		return 0, errors.New("no line")
	}
	*n = v
	return 1, nil
}
