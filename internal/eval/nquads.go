package eval

import (
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// Quad is one quad as text: each term as written in N-Quads (an IRI in angle brackets,
// a quoted literal with its datatype or language, or a blank node); Label is "" when
// the quad has none.
type Quad struct {
	Subject, Predicate, Object, Label string
}

// pyWS is Python's \s in a str pattern.
const pyWS = `[\t\n\v\f\r \x1c-\x1f\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]`

// term and line are score.py's TERM and LINE.
const term = `(<[^>]*>|_:[A-Za-z0-9_.\-]+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z\-]+|\^\^<[^>]*>)?)`

var (
	lineRE    = regexp.MustCompile(`^` + pyWS + `*` + term + pyWS + `+` + term + pyWS + `+` + term + `(?:` + pyWS + `+` + term + `)?` + pyWS + `*\.` + pyWS + `*$`)
	literalRE = regexp.MustCompile(`^"((?:[^"\\]|\\.)*)"`)
	escapeRE  = regexp.MustCompile(`\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)`)
	splitRE   = regexp.MustCompile(`[#/:]`)
	docRE     = regexp.MustCompile(`/doc/([^#>/]+)`)
)

// ParseNQuads reads N-Quads as score.py does: blank lines and lines starting with "#"
// are skipped, a line that is not a quad is counted in bad, and invalid UTF-8 reads as
// U+FFFD. The error is r's.
func ParseNQuads(r io.Reader) (quads []Quad, bad int, err error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, 0, err
	}
	text := string(b)
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	for _, line := range pyLines(text) {
		if pyStrip(line) == "" || strings.HasPrefix(strings.TrimLeftFunc(line, isPySpace), "#") {
			continue
		}
		m := lineRE.FindStringSubmatch(line)
		if m == nil {
			bad++
			continue
		}
		quads = append(quads, Quad{Subject: m[1], Predicate: m[2], Object: m[3], Label: m[4]})
	}
	return quads, bad, nil
}

// FromSchema converts quads in memory to their N-Quads text terms.
func FromSchema(qs []schema.Quad) []Quad {
	out := make([]Quad, len(qs))
	for i, q := range qs {
		out[i] = Quad{
			Subject:   q.Subject.String(),
			Predicate: schema.IRITermOf(q.Predicate.IRI()).String(),
			Object:    q.Object.String(),
		}
		if q.Label != "" {
			out[i].Label = schema.IRITermOf(q.Label).String()
		}
	}
	return out
}

// local is score.py's local: the last segment of an IRI after #, / or :.
func local(iri string) string {
	iri = strings.Trim(iri, "<>")
	parts := splitRE.Split(iri, -1)
	return parts[len(parts)-1]
}

// literal is score.py's literal: the unescaped value of a literal term; ok is false
// when the term is not a literal.
func literal(t string) (string, bool) {
	m := literalRE.FindStringSubmatch(t)
	if m == nil {
		return "", false
	}
	esc := map[byte]string{'t': "\t", 'b': "\b", 'n': "\n", 'r': "\r", 'f': "\f", '"': `"`, '\'': "'", '\\': `\`}
	return escapeRE.ReplaceAllStringFunc(m[1], func(e string) string {
		switch e[1] {
		case 'u', 'U':
			n, _ := strconv.ParseUint(e[2:], 16, 32)
			return string(rune(n))
		}
		if s, ok := esc[e[1]]; ok {
			return s
		}
		return e[1:]
	}), true
}

// docOf is score.py's doc_of: the document id in a sentence label, "" when none.
func docOf(label string) string {
	if label == "" {
		return ""
	}
	m := docRE.FindStringSubmatch(label)
	if m == nil {
		return ""
	}
	return m[1]
}
