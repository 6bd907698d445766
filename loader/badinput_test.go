package loader_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/schema"
)

// This file is the bad-input set of issue 6: files an analyst might point the loader at,
// generated here (nothing big is checked in). Every case has one documented outcome:
//
//   - loaded: read with no warning;
//   - warned: read, and [loader.Inspect] says what was odd (invalid UTF-8, Latin-1, control
//     characters, an HTML page, no text);
//   - skipped: not read, with an error that names the file (and, in a JSON-lines corpus,
//     the line and its byte offset) and the reason.
//
// All cases are read in one batch by ReadPaths and ExtractAll: no case may panic, and a
// bad document never stops the others.

// outcome is what the loader does with a bad-input case.
type outcome int

const (
	loaded outcome = iota
	warned
	skipped
)

func (o outcome) String() string { return [...]string{"loaded", "loaded with a warning", "skipped"}[o] }

// badCase is one file of the bad-input set.
type badCase struct {
	name string
	file string // the file name in the batch directory
	data []byte
	want outcome
	// For a skipped case: the sentinel the error wraps (nil: any) and text it holds.
	err   error
	inErr string
	// For a warned case: text the warning holds.
	inWarn string
	// check looks at the extraction of a loaded or warned case.
	check func(t *testing.T, x *schema.Extraction)
}

// repeatTo repeats s up to n bytes.
func repeatTo(s string, n int) []byte {
	b := bytes.Repeat([]byte(s), n/len(s)+1)
	return b[:n]
}

// utf16Bytes encodes s as UTF-16 (little-endian unless big), with a byte-order mark if bom.
func utf16Bytes(s string, big, bom bool) []byte {
	var b []byte
	var order binary.AppendByteOrder = binary.LittleEndian
	if big {
		order = binary.BigEndian
	}
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	for _, u := range units {
		b = order.AppendUint16(b, u)
	}
	return b
}

// noEntity fails if an entity's name contains one of the given strings.
func noEntity(bad ...string) func(*testing.T, *schema.Extraction) {
	return func(t *testing.T, x *schema.Extraction) {
		t.Helper()
		for _, e := range x.Entities {
			for _, b := range bad {
				if strings.Contains(strings.ToLower(e.Name), b) {
					t.Errorf("entity %q (%s) holds %q", e.Name, e.IRI, b)
				}
			}
		}
	}
}

// nothing fails unless the extraction has no entities and no facts.
func nothing(t *testing.T, x *schema.Extraction) {
	t.Helper()
	if len(x.Entities) != 0 || len(x.Facts) != 0 {
		t.Errorf("%d entities, %d facts; want none", len(x.Entities), len(x.Facts))
	}
}

// hasEntity fails unless an entity is named name.
func hasEntity(names ...string) func(*testing.T, *schema.Extraction) {
	return func(t *testing.T, x *schema.Extraction) {
		t.Helper()
		var got []string
		for _, e := range x.Entities {
			got = append(got, e.Name)
		}
		for _, n := range names {
			found := false
			for _, g := range got {
				found = found || g == n
			}
			if !found {
				t.Errorf("no entity %q among %q", n, got)
			}
		}
	}
}

// all runs every check.
func all(checks ...func(*testing.T, *schema.Extraction)) func(*testing.T, *schema.Extraction) {
	return func(t *testing.T, x *schema.Extraction) {
		t.Helper()
		for _, c := range checks {
			c(t, x)
		}
	}
}

// badCases returns the files of the bad-input set. Texts are written for the test.
func badCases() []badCase {
	rng := rand.New(rand.NewPCG(6, 6))
	random := make([]byte, 64<<10)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"), random[:4096]...)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("Not JSON at all.\nJust two lines of text.\n"))
	zw.Close()
	var gzBinary bytes.Buffer
	zw = gzip.NewWriter(&gzBinary)
	zw.Write([]byte("Harbour works resumed in Kestrel Bay on Monday."))
	zw.Close()

	english := "Mayor Ilse Marten of Dunmore opened the new bridge on Tuesday. She thanked the engineers of Corvane Works."
	var long strings.Builder // a 5,000-word sentence
	words := strings.Fields("the council of Dunmore said that Ilse Marten and the river ports were open again and")
	for i := range 5000 {
		long.WriteString(words[i%len(words)])
		long.WriteByte(' ')
	}
	long.WriteString("today.")
	var lines strings.Builder // 100,000 short lines
	for i := range 100_000 {
		switch i % 4 {
		case 0:
			fmt.Fprintf(&lines, "Item %d\n", i)
		case 1:
			lines.WriteString("ok\n")
		case 2:
			fmt.Fprintf(&lines, "Count %d.\n", i)
		default:
			lines.WriteString("-\n")
		}
	}
	html := `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Bridge opens in Dunmore</title>
<style>.Headline { color: red } div.Story > p { margin: 0 }</style>
<script type="text/javascript">var Analytics = {Tracker: "GlobalNews"}; if (a < b && c > d) {}</script>
</head><body class="ArticlePage"><nav><a href="/World">World</a> | <a href="/Politics">Politics</a></nav>
<article><h1>Bridge opens in Dunmore</h1>
<p><b>Mayor Ilse Marten</b> of Dunmore opened the new bridge on Tuesday.</p>
<p>She thanked the engineers of <a href="https://corvane.example/">Corvane Works</a> &amp; the
river authority. &ldquo;It took six years,&rdquo; she said.</p><!-- <p>Hidden Person</p> -->
<div class="Related"><span>Related</span></div>
</article></body></html>`
	markdown := "# Bridge opens in Dunmore\n\n*By Tomas Reyes*\n\n**Mayor Ilse Marten** of Dunmore opened the new bridge on Tuesday.\n\n" +
		"- She thanked the engineers of [Corvane Works](https://corvane.example/works).\n- `code` and > quotes are kept as text.\n\n" +
		"## Background\n\nThe old bridge closed in _2019_.\n"
	rtl := "The foreign minister of Iran, Reza Nouri (\u0631\u0636\u0627 \u0646\u0648\u0631\u06cc), met Samira Haddad in Beirut on Monday.\n" +
		"\u0648\u0632\u06cc\u0631 \u0627\u0645\u0648\u0631 \u062e\u0627\u0631\u062c\u0647\u200c\u06cc \u0627\u06cc\u0631\u0627\u0646 \u06af\u0641\u062a \u2067Beirut\u2069 \u0645\u0647\u0645 \u0627\u0633\u062a.\n" +
		"\u200fHaddad said the talks would go on. \u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064a\u0643\u0645.\n"
	latin1 := []byte("Jos\xe9 Ib\xe1\xf1ez, the mayor of C\xf3rdoba, met Ren\xe9e Fabre in Lyon on Friday. \x93We agree,\x94 he said.")
	invalid := []byte("Mayor Ilse Marten of Dunmore \xff\xfeopened the caf\xc3\xa9 on Tuesday.\x80 She thanked Corvane Works.")

	entityNames := noEntity("<", ">", "&", "*", "#", "[", "]", "(", ")", "http", "`", "class", "href", "div", "span", "script", "style")
	return []badCase{
		{name: "empty", file: "empty.txt", data: nil, want: warned, inWarn: "no text", check: nothing},
		{name: "white space only", file: "blank.txt", data: []byte(" \n\t\r\n   \n\u00a0\n"), want: warned, inWarn: "no text", check: nothing},
		{name: "punctuation only", file: "punct.txt", data: []byte("!!! ... ??? --- ;;; ()[]{} «» ‘’ “” …\n***\n"), want: loaded, check: nothing},
		{name: "numbers only", file: "numbers.txt", data: []byte("1 2 3 42\n3.14 2,718 -7 1e10\n2020 2021 2022.\n"), want: loaded, check: nothing},
		{name: "invalid UTF-8", file: "invalid.txt", data: invalid, want: warned, inWarn: "3 bytes of invalid UTF-8",
			check: hasEntity("Ilse Marten")},
		{name: "UTF-16 with BOM", file: "utf16bom.txt", data: utf16Bytes(english, false, true), want: skipped, err: loader.ErrBinary, inErr: "UTF-16"},
		{name: "UTF-16BE with BOM", file: "utf16be.txt", data: utf16Bytes(english, true, true), want: skipped, err: loader.ErrBinary, inErr: "UTF-16"},
		{name: "UTF-16 without BOM", file: "utf16.txt", data: utf16Bytes(english, false, false), want: skipped, err: loader.ErrBinary, inErr: "without a byte-order mark"},
		{name: "Latin-1", file: "latin1.txt", data: latin1, want: warned, inWarn: "Windows-1252",
			check: hasEntity("José Ibáñez", "Renée Fabre")},
		{name: "NUL bytes", file: "nul.txt", data: []byte("Mayor Ilse Marten\x00 of Dunmore."), want: skipped, err: loader.ErrBinary, inErr: "NUL byte at offset 17"},
		{name: "a few control characters", file: "controls.txt", data: []byte("Mayor Ilse\x01 Marten of Dunmore\x1b opened the bridge\x07 on Tuesday.\x7f"),
			want: warned, inWarn: "4 control characters", check: hasEntity("Ilse Marten")},
		{name: "mostly control characters", file: "controls2.txt", data: bytes.Repeat([]byte("\x01\x02\x03ab"), 50), want: skipped, err: loader.ErrBinary, inErr: "control characters"},
		{name: "an image", file: "photo.txt", data: png, want: skipped, err: loader.ErrBinary},
		{name: "a gzip file named .txt", file: "archive.txt", data: gzBinary.Bytes(), want: skipped, err: loader.ErrBinary},
		{name: "random bytes", file: "random.txt", data: random, want: skipped, err: loader.ErrBinary},
		{name: "20 MB with no newline", file: "huge.txt", data: repeatTo("Ilse Marten spoke to the council of Dunmore, ", 20<<20),
			want: skipped, err: loader.ErrTooLarge, inErr: "20971520 bytes, over the limit of 4194304"},
		{name: "a 5,000-word sentence", file: "longsentence.txt", data: []byte(long.String()), want: loaded},
		{name: "100,000 short lines", file: "lines.txt", data: []byte(lines.String()), want: loaded, check: nothing},
		{name: "an HTML page", file: "page.txt", data: []byte(html), want: warned, inWarn: "HTML page",
			check: all(entityNames, hasEntity("Ilse Marten", "Dunmore", "Corvane Works"), noEntity("hidden", "analytics", "globalnews", "articlepage", "related"))},
		{name: "Markdown", file: "story.md", data: []byte(markdown), want: loaded,
			check: all(entityNames, hasEntity("Ilse Marten", "Dunmore", "Corvane Works"))},
		{name: "Arabic and Persian with English", file: "rtl.txt", data: []byte(rtl), want: loaded,
			check: all(entityNames, hasEntity("Reza Nouri", "Samira Haddad", "Beirut"))},
	}
}

// jsonlCorpus is a JSON-lines corpus with a broken line in the middle, a record without
// text and two records with one id (both refused); the want* fields give what ReadPaths
// makes of it.
const jsonlCorpus = `{"id": "j-1", "title": "Bridge opens", "text": "Mayor Ilse Marten of Dunmore opened the bridge."}
{"id": "j-2", "text": "Tomas Reyes visited Kestrel Bay on Monday.", "date": "2021-05-03"
{"id": "j-3", "title": "No text here"}
{"id": "j-1", "text": "A second record with the first id."}

{"id": "j-4", "text": "Renée Fabre met officials in Lyon."}
`

// jsonlWant are the problems in jsonlCorpus: line, reason.
var jsonlWant = []struct {
	line int
	err  error
	in   string
}{
	{1, loader.ErrDuplicateID, "duplicate document id"},
	{2, nil, "broken JSON"},
	{3, loader.ErrNoText, `no text (id "j-3")`},
	{4, loader.ErrDuplicateID, "duplicate document id"},
}

// TestBadInput reads the whole bad-input set in one batch and checks each case's outcome.
func TestBadInput(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cases := badCases()
	byPath := map[string]*badCase{}
	for i := range cases {
		c := &cases[i]
		p := filepath.Join(dir, c.file)
		write(t, p, string(c.data))
		byPath[p] = c
	}
	good := filepath.Join(dir, "zz-last.txt") // read after every bad case
	write(t, good, "Tomas Reyes, the harbour master of Kestrel Bay, met Ilse Marten on Friday.")
	corpus := filepath.Join(dir, "feed.jsonl")
	write(t, corpus, jsonlCorpus)
	notGzip := filepath.Join(dir, "fake.jsonl.gz")
	write(t, notGzip, jsonlCorpus)
	gzText := filepath.Join(dir, "text.jsonl.gz")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("Not JSON at all.\n\nJust two lines of text.\n"))
	zw.Close()
	if err := os.WriteFile(gzText, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// Paths that cannot be read: a missing file, a link to nowhere, a link loop, a path
	// through a file, and (when permissions apply) a file and a directory not readable.
	missing := filepath.Join(dir, "missing.txt")
	links := filepath.Join(dir, "links")
	if err := os.MkdirAll(filepath.Join(links, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	unreadable := map[string]string{} // path -> what the error says
	unreadable[missing] = "no such file"
	unreadable[filepath.Join(good, "child.txt")] = "not a directory"
	if os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(links, "dangling.txt")) == nil &&
		os.Symlink(filepath.Join(links, "loop-b.txt"), filepath.Join(links, "loop-a.txt")) == nil &&
		os.Symlink(filepath.Join(links, "loop-a.txt"), filepath.Join(links, "loop-b.txt")) == nil &&
		os.Symlink(links, filepath.Join(links, "sub", "up")) == nil { // a directory loop: no error
		unreadable[filepath.Join(links, "dangling.txt")] = "no such file"
		unreadable[filepath.Join(links, "loop-a.txt")] = "too many levels of symbolic links"
		unreadable[filepath.Join(links, "loop-b.txt")] = "too many levels of symbolic links"
	} else {
		t.Log("no symbolic links on this system: link cases not run")
	}
	if os.Geteuid() != 0 {
		locked := filepath.Join(dir, "locked", "secret.txt")
		write(t, locked, "Ilse Marten.")
		os.Chmod(locked, 0)
		lockedDir := filepath.Join(dir, "lockeddir")
		write(t, filepath.Join(lockedDir, "inner.txt"), "Ilse Marten.")
		os.Chmod(lockedDir, 0)
		t.Cleanup(func() { os.Chmod(lockedDir, 0o755) })
		unreadable[locked] = "permission denied"
		unreadable[lockedDir] = "permission denied"
	} else {
		t.Log("running as root, who reads every file: permission cases not run")
	}
	// A directory gives its .txt and .md files; corpora are named.
	paths := []string{missing, filepath.Join(good, "child.txt"), dir, corpus, notGzip, gzText}

	seen := map[string]bool{}
	var corpusErrs []*loader.SourceError
	var corpusIDs []string
	l := loader.New(nil)
	n := 0
	for r := range l.ExtractAll(ctx, loader.ReadPaths(ctx, paths...)) {
		n++
		var se *loader.SourceError
		switch {
		case errors.As(r.Err, &se) && (se.Origin == corpus || se.Origin == notGzip || se.Origin == gzText):
			corpusErrs = append(corpusErrs, se)
			continue
		case r.Err == nil && strings.HasPrefix(r.Source.Origin, corpus+":"):
			corpusIDs = append(corpusIDs, string(r.Source.ID))
			continue
		case r.Err != nil && se != nil:
			if want, ok := unreadable[se.Origin]; ok {
				seen[se.Origin] = true
				if !strings.Contains(r.Err.Error(), want) || !strings.Contains(r.Err.Error(), se.Origin) {
					t.Errorf("unreadable %s: error %q; want it to name the file and say %q", se.Origin, r.Err, want)
				}
				continue
			}
		}
		origin := r.Source.Origin
		if r.Err != nil {
			var de *loader.DocumentError
			if errors.As(r.Err, &de) {
				origin = de.Origin
			}
		}
		if origin == good {
			if r.Err != nil || len(r.Extraction.Entities) == 0 {
				t.Errorf("the good file after the bad ones: %v", r.Err)
			}
			seen[good] = true
			continue
		}
		c := byPath[origin]
		if c == nil {
			t.Errorf("unexpected result for %q: %v", origin, r.Err)
			continue
		}
		seen[origin] = true
		t.Run(c.name, func(t *testing.T) { checkCase(t, c, origin, r) })
	}
	for p, c := range byPath {
		if !seen[p] {
			t.Errorf("case %s (%s): no result", c.name, p)
		}
	}
	for p := range unreadable {
		if !seen[p] {
			t.Errorf("unreadable path %s: no error", p)
		}
	}
	if !seen[good] {
		t.Error("the good file was not read")
	}

	// The corpora: the good records loaded, each bad line reported with its place.
	if want := "j-4"; strings.Join(corpusIDs, " ") != want {
		t.Errorf("records loaded from the corpus: %q, want %q", corpusIDs, want)
	}
	var plain, fake, text []*loader.SourceError
	for _, se := range corpusErrs {
		switch se.Origin {
		case corpus:
			plain = append(plain, se)
		case notGzip:
			fake = append(fake, se)
		default:
			text = append(text, se)
		}
	}
	if len(plain) != len(jsonlWant) {
		t.Fatalf("corpus errors %v, want %d", plain, len(jsonlWant))
	}
	starts := []int{0}
	for i, c := range jsonlCorpus {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	for i, w := range jsonlWant {
		se := plain[i]
		msg := se.Error()
		where := fmt.Sprintf("%s:%d (byte %d)", corpus, w.line, starts[w.line-1])
		if se.Line != w.line || se.Offset != int64(starts[w.line-1]) || !strings.Contains(msg, where) ||
			!strings.Contains(msg, w.in) || w.err != nil && !errors.Is(se, w.err) {
			t.Errorf("corpus error %q; want it at %s saying %q", msg, where, w.in)
		}
	}
	if len(fake) != 1 || !strings.Contains(fake[0].Error(), notGzip) || !strings.Contains(fake[0].Error(), "gzip") {
		t.Errorf("a .jsonl.gz that is not gzip: %v; want one error naming the file and gzip", fake)
	}
	if len(text) != 2 || text[0].Line != 1 || text[1].Line != 3 || !strings.Contains(text[1].Error(), "broken JSON") {
		t.Errorf("a gzip of plain text named .jsonl.gz: %v; want broken JSON at lines 1 and 3", text)
	}
	t.Logf("%d results in one batch", n)
}

// checkCase checks the result of one case of the set.
func checkCase(t *testing.T, c *badCase, origin string, r loader.Result) {
	if c.want == skipped {
		if r.Err == nil {
			t.Fatalf("loaded; want skipped with %v", c.err)
		}
		msg := r.Err.Error()
		if c.err != nil && !errors.Is(r.Err, c.err) || !strings.Contains(msg, c.inErr) || !strings.Contains(msg, origin) {
			t.Errorf("error %q; want %v naming %s and saying %q", msg, c.err, origin, c.inErr)
		}
		return
	}
	if r.Err != nil {
		t.Fatalf("%v; want %v", r.Err, c.want)
	}
	checkExtraction(t, c.data, r.Extraction)
	for _, s := range r.Extraction.Sentences {
		if strings.ContainsAny(s.Text, "<>\x00") && strings.HasSuffix(origin, "page.txt") {
			t.Errorf("sentence %d of the HTML page keeps markup: %q", s.N, s.Text)
		}
	}
	ws := loader.Inspect(r.Source)
	switch {
	case c.want == loaded && len(ws) != 0:
		t.Errorf("warnings %v; want none", ws)
	case c.want == warned && (len(ws) == 0 || !strings.Contains(ws[0].String(), c.inWarn) || !strings.Contains(ws[0].String(), origin)):
		t.Errorf("warnings %v; want one naming %s and saying %q", ws, origin, c.inWarn)
	}
	if c.check != nil {
		c.check(t, r.Extraction)
	}
}

// TestBadInputAlone extracts each case on its own with Extract and FromReader, as a
// library user would: the same outcome, and never a panic.
func TestBadInputAlone(t *testing.T) {
	l := loader.New(nil)
	for _, c := range badCases() {
		if len(c.data) > 256<<10 {
			continue // the big ones are read in TestBadInput
		}
		src, err := loader.FromReader(strings.TrimSuffix(c.file, filepath.Ext(c.file)), bytes.NewReader(c.data))
		if err != nil {
			t.Fatalf("%s: FromReader: %v", c.name, err)
		}
		x, err := l.Extract(context.Background(), src)
		if (err != nil) != (c.want == skipped) {
			t.Errorf("%s: Extract err = %v, want %v", c.name, err, c.want)
			continue
		}
		if err == nil {
			checkExtraction(t, c.data, x)
		}
	}
}

// TestDocumentSizeLimit: the limit is an option; a document just under it is read.
func TestDocumentSizeLimit(t *testing.T) {
	text := repeatTo("Ilse Marten spoke in Dunmore. ", 4096)
	l := loader.New(&loader.Options{MaxDocumentBytes: 4096})
	if _, err := l.Extract(context.Background(), loader.Source{ID: "fits", Text: text}); err != nil {
		t.Errorf("a document of exactly the limit: %v", err)
	}
	_, err := l.Extract(context.Background(), loader.Source{ID: "over", Origin: "big/over.txt", Text: append(text, '.')})
	if !errors.Is(err, loader.ErrTooLarge) || !strings.Contains(err.Error(), "big/over.txt") || !strings.Contains(err.Error(), "4097 bytes") {
		t.Errorf("a document one byte over the limit: %v", err)
	}
}

// TestFileChangingWhileRead reads a text file and a corpus while another goroutine keeps
// appending to them. Each read gives what the file held at some moment: a text that is a
// prefix of the final one; corpus records in order, a line cut in the middle reported as
// broken JSON with its line number; never a panic.
func TestFileChangingWhileRead(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	txt := filepath.Join(dir, "growing.txt")
	jsonl := filepath.Join(dir, "growing.jsonl")
	write(t, txt, "")
	write(t, jsonl, "")
	var final bytes.Buffer
	var wg sync.WaitGroup
	stop, done := make(chan struct{}), make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(done)
		ft, err1 := os.OpenFile(txt, os.O_APPEND|os.O_WRONLY, 0)
		fj, err2 := os.OpenFile(jsonl, os.O_APPEND|os.O_WRONLY, 0)
		if err1 != nil || err2 != nil {
			t.Error(err1, err2)
			return
		}
		defer ft.Close()
		defer fj.Close()
		for i := 0; i < 2000; i++ {
			select {
			case <-stop:
				return
			default:
			}
			line := fmt.Sprintf("Ilse Marten met Tomas Reyes in Dunmore on day %d.\n", i)
			ft.WriteString(line)
			final.WriteString(line)
			rec := fmt.Sprintf(`{"id": "r-%d", "text": %q}`+"\n", i, strings.TrimSpace(line))
			// Written in two pieces, so a reader can find half a line.
			fj.WriteString(rec[:len(rec)/2])
			fj.WriteString(rec[len(rec)/2:])
		}
	}()
	l := loader.New(nil)
	var texts [][]byte
	for i := 0; i < 200 && (i < 5 || !writerDone(done)); i++ {
		for src, err := range loader.ReadPaths(ctx, txt, jsonl) {
			var se *loader.SourceError
			switch {
			case err != nil:
				t.Fatalf("the sequence ended: %v", err)
			case src.Err != nil:
				// A problem with one document comes in src.Err: here only a JSON line
				// read while half written, reported with its line.
				if !errors.As(src.Err, &se) || se.Origin != jsonl || se.Line < 1 || !strings.Contains(src.Err.Error(), "broken JSON") {
					t.Errorf("unexpected problem: %v", src.Err)
				}
			case src.Origin == txt:
				x, err := l.Extract(ctx, src)
				if err != nil {
					t.Fatal(err)
				}
				checkExtraction(t, src.Text, x)
				texts = append(texts, src.Text)
			default:
				if want := fmt.Sprintf("r-%d", mustLine(t, src.Origin)-1); string(src.ID) != want {
					t.Errorf("record %s at %s", src.ID, src.Origin)
				}
			}
		}
	}
	close(stop)
	wg.Wait()
	// What was read of the text file is a prefix of what was written.
	for _, text := range texts {
		if !bytes.HasPrefix(final.Bytes(), text) || !utf8.Valid(text) {
			t.Errorf("read %d bytes that are not a prefix of what was written", len(text))
		}
	}
}

// writerDone reports whether done is closed.
func writerDone(done chan struct{}) bool {
	select {
	case <-done:
		return true
	default:
		return false
	}
}

// mustLine returns N of an origin "path:N".
func mustLine(t *testing.T, origin string) int {
	t.Helper()
	var n int
	i := strings.LastIndexByte(origin, ':')
	if _, err := fmt.Sscan(origin[i+1:], &n); err != nil {
		t.Fatalf("origin %q has no line", origin)
	}
	return n
}

// TestPanicIsOneBadDocument: a document on which a stage panics is reported with
// ErrInternal, naming it, and the documents around it are still read.
func TestPanicIsOneBadDocument(t *testing.T) {
	ctx := context.Background()
	defer loader.SetPanicOn("Odile Varga")()
	l := loader.New(nil)
	srcs := func(yield func(loader.Source, error) bool) {
		for i, text := range []string{
			"Mayor Ilse Marten of Dunmore opened the bridge on Tuesday.",
			"Mayor Odile Varga of Kestrel Bay opened the port on Monday.",
			"Tomas Reyes visited Dunmore on Friday.",
		} {
			if !yield(loader.Source{ID: schema.DocID(fmt.Sprintf("p-%d", i)), Origin: fmt.Sprintf("in/p-%d.txt", i), Text: []byte(text)}, nil) {
				return
			}
		}
	}
	var got []string
	for r := range l.ExtractAll(ctx, srcs) {
		switch {
		case r.Err == nil:
			got = append(got, string(r.Extraction.Document.ID))
		case errors.Is(r.Err, loader.ErrInternal) && strings.Contains(r.Err.Error(), "in/p-1.txt"):
			got = append(got, "internal")
		default:
			t.Errorf("unexpected error: %v", r.Err)
		}
	}
	if want := "p-0 internal p-2"; strings.Join(got, " ") != want {
		t.Errorf("results %q, want %q", got, want)
	}
}
