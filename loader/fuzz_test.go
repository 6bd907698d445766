package loader_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/schema"
)

// fuzzSeeds are texts written for the tests: none is taken from the seed articles.
var fuzzSeeds = []string{
	"",
	"   \n\t\n",
	"Harbour Talks\n\nBy Mira Kovac and Jon Abel\n\nPrime Minister Lena Dahl met Mr. Otto Brandt in Oslo on Feb. 3. They discussed the U.S. tariffs.",
	"Tuesday, March 4, 2014\n\nNorland's Defence Minister Karl Weiss visited Port Vella, the capital.\nShare this article\nSubscribe to our newsletter",
	"The ministry paid 3.5 million. Gen. J. R. Hale said: “We will stay.” Sept. 30 was the deadline.",
	"Velmar coastguard said the shipFaqihAccording to reports it sank.",
	"* First point about the Delta Front.\n* Second point: the Council met.",
	"caf\u00e9 cafe\u0301 \u00a0non\u00a0breaking\u200b space… «quoted»",
	"\xff\xfe broken bytes\x80 in text.",
	"A\r\nB\rC\u2028D. E! F? G...",
	"One, two, three, four, five",
	"VELMAR (Wire) - The council of Velmar met today. It agreed.",
	"\"Is this a question?\" asked the mayor. \"No.\" He left.",
	"<!DOCTYPE html><html><head><title>Port talks</title><script>if (a<b) x();</script></head><body><p>Mayor <b>Ida Lund</b> met &ldquo;Orla Beck&rdquo; in Varna.</p><!-- note --></body></html>",
	"# Port talks\n\n**Ida Lund** met [Orla Beck](https://example.org/beck) in Varna.\n\n- one\n- two",
	"Jos\xe9 Ib\xe1\xf1ez met Ren\xe9e Fabre in C\xf3rdoba. \x93Yes,\x94 he said.",
	"Minister Reza Nouri (\u0631\u0636\u0627 \u0646\u0648\u0631\u06cc) met Samira Haddad in Beirut.\n\u200f\u0627\u0644\u0633\u0644\u0627\u0645.",
}

// FuzzExtract checks the loader's invariants on any input: no panic; either a
// *DocumentError or an extraction whose sentences are numbered from 1, lie inside the
// text in order and do not overlap; every newsgraph IRI parses; and the quads written as
// N-Quads read back with Cayley's N-Quads reader, as many as were written.
func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		l := loader.New(&loader.Options{MaxDocumentBytes: 1 << 20})
		x, err := l.Extract(context.Background(), loader.Source{ID: "fuzz doc/1", Text: text})
		if err != nil {
			var de *loader.DocumentError
			if !errors.As(err, &de) {
				t.Fatalf("error %v is not a *DocumentError", err)
			}
			if !errors.Is(err, loader.ErrBinary) && !errors.Is(err, loader.ErrTooLarge) {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		checkExtraction(t, text, x)
	})
}

// checkExtraction checks the invariants of FuzzExtract on x, extracted from text.
func checkExtraction(t *testing.T, text []byte, x *schema.Extraction) {
	t.Helper()
	end := 0
	for i, s := range x.Sentences {
		if s.N != i+1 {
			t.Fatalf("sentence %d numbered %d", i+1, s.N)
		}
		if s.Start < end || s.Length <= 0 || s.Start+s.Length > len(text) {
			t.Fatalf("sentence %d span [%d,+%d) out of order or outside the text (%d bytes, previous end %d)",
				s.N, s.Start, s.Length, len(text), end)
		}
		end = s.Start + s.Length
		if strings.TrimSpace(s.Text) == "" || !utf8.ValidString(s.Text) {
			t.Fatalf("sentence %d has text %q", s.N, s.Text)
		}
	}
	qs, err := x.Quads()
	if err != nil {
		t.Fatalf("Quads: %v", err)
	}
	check := func(term schema.Term) {
		if term.IsIRI() && strings.HasPrefix(term.Value, schema.EntityBase[:len("https://newsgraph.dev/")]) {
			if _, err := schema.ParseIRI(schema.IRI(term.Value)); err != nil {
				t.Fatalf("invalid IRI: %v", err)
			}
		}
	}
	for _, q := range qs {
		check(q.Subject)
		check(q.Object)
		check(schema.IRITermOf(q.Label))
	}
	var b bytes.Buffer
	if err := schema.WriteNQuads(&b, qs); err != nil {
		t.Fatal(err)
	}
	r := nquads.NewReader(bytes.NewReader(b.Bytes()), false)
	n := 0
	for {
		_, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("quad %d does not parse: %v\n%s", n+1, err, strings.Split(b.String(), "\n")[n])
		}
		n++
	}
	if n != len(qs) {
		t.Fatalf("read %d quads back, wrote %d", n, len(qs))
	}
}
