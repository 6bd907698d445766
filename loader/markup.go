package loader

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file decides how normalisation reads a document's bytes: as UTF-8 or as
// Windows-1252 (Latin-1), as plain text or as an HTML page whose markup is dropped.

// reading is how normalize reads one document; it is decided once for the whole text.
type reading struct {
	cp1252 bool // the bytes are single-byte text: decode them as Windows-1252
	html   bool // the text is an HTML page: drop tags, comments, scripts; decode entities
}

// readingOf looks at a whole text. It is Windows-1252 when it is not valid UTF-8 and
// holds no multi-byte UTF-8 sequence at all (a Latin-1 file; a UTF-8 file with stray bad
// bytes keeps reading as UTF-8, the bad bytes as U+FFFD). It is HTML when it starts with
// a doctype or <html>, or holds at least three tags of HTML's common elements.
func readingOf(b []byte) reading {
	invalid, multi := false, false
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			invalid = true
		} else {
			multi = true
		}
		i += n
	}
	return reading{cp1252: invalid && !multi, html: looksHTML(b)}
}

// looksHTML reports whether b is an HTML page (see readingOf).
func looksHTML(b []byte) bool {
	head := bytes.ToLower(bytes.TrimLeft(b[:min(len(b), 512)], " \t\r\n\ufeff"))
	if bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) {
		return true
	}
	tags := 0
	for i := 0; i < len(b) && tags < 3; i++ {
		if b[i] != '<' {
			continue
		}
		if name, _, _, ok := parseTag(b, i); ok && htmlElements[name] {
			tags++
		}
	}
	return tags >= 3
}

// maxTagBytes bounds the length of a tag (with its attributes) that markup removal
// recognises; a longer "<…>" is left as text.
const maxTagBytes = 4096

// parseTag reads the tag starting at b[i] == '<': it returns the element name (lower
// case), whether it is a closing tag, and the index just past its '>'. Comments,
// doctypes and processing instructions ("<!…>", "<?…>") have the name "!".
func parseTag(b []byte, i int) (name string, closing bool, end int, ok bool) {
	j := i + 1
	if j < len(b) && (b[j] == '!' || b[j] == '?') {
		if bytes.HasPrefix(b[j:], []byte("!--")) {
			k := bytes.Index(b[j+3:], []byte("-->"))
			if k < 0 {
				return "!", false, len(b), true // an unclosed comment runs to the end
			}
			return "!", false, j + 3 + k + 3, true
		}
		k := bytes.IndexByte(b[j:min(len(b), j+maxTagBytes)], '>')
		if k < 0 {
			return "", false, 0, false
		}
		return "!", false, j + k + 1, true
	}
	if j < len(b) && b[j] == '/' {
		closing = true
		j++
	}
	start := j
	for j < len(b) && (isASCIILetter(b[j]) || j > start && b[j] >= '0' && b[j] <= '9') {
		j++
	}
	if j == start || j >= len(b) || !(b[j] == '>' || b[j] == '/' || b[j] == ' ' || b[j] == '\t' || b[j] == '\n' || b[j] == '\r') {
		return "", false, 0, false
	}
	name = strings.ToLower(string(b[start:j]))
	var quote byte
	for limit := min(len(b), i+maxTagBytes); j < limit; j++ {
		switch c := b[j]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return name, closing, j + 1, true
		case c == '<':
			return "", false, 0, false
		}
	}
	return "", false, 0, false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// markup returns what normalize puts in place of the markup at src[i] in an HTML page:
// the replacement ("" for a deletion, "\n" for a tag that breaks a line), the end of the
// original bytes it replaces, and ok false when src[i] starts no markup.
func markup(src []byte, i int) (rep string, end int, ok bool) {
	switch src[i] {
	case '<':
		name, closing, end, ok := parseTag(src, i)
		if !ok {
			return "", 0, false
		}
		if !closing && rawElements[name] {
			// Skip the element's content up to its closing tag.
			closeTag := []byte("</" + name)
			k := indexFold(src[end:], closeTag)
			if k < 0 {
				return "", len(src), true
			}
			if _, _, e, ok := parseTag(src, end+k); ok {
				return "", e, true
			}
			return "", end + k + len(closeTag), true
		}
		if blockElements[name] {
			return "\n", end, true
		}
		return "", end, true
	case '&':
		return charRef(src, i)
	}
	return "", 0, false
}

// indexFold is bytes.Index ignoring ASCII case; sep is lower case.
func indexFold(s, sep []byte) int {
	for i := 0; i+len(sep) <= len(s); i++ {
		if s[i] == '<' && bytes.EqualFold(s[i:i+len(sep)], sep) {
			return i
		}
	}
	return -1
}

// charRef decodes the character reference at src[i] == '&': "&amp;", "&#8217;", "&#x2019;".
func charRef(src []byte, i int) (rep string, end int, ok bool) {
	k := bytes.IndexByte(src[i:min(len(src), i+12)], ';')
	if k < 2 {
		return "", 0, false
	}
	ref, end := string(src[i+1:i+k]), i+k+1
	if num, isNum := strings.CutPrefix(ref, "#"); isNum {
		base := 10
		if h, isHex := strings.CutPrefix(num, "x"); isHex {
			num, base = h, 16
		} else if h, isHex := strings.CutPrefix(num, "X"); isHex {
			num, base = h, 16
		}
		v, err := strconv.ParseUint(num, base, 32)
		if err != nil || v == 0 || !utf8.ValidRune(rune(v)) {
			return "", 0, false
		}
		return string(rune(v)), end, true
	}
	if r, ok := htmlEntities[ref]; ok {
		return r, end, true
	}
	return "", 0, false
}

// htmlEntities are the named character references normalize decodes.
var htmlEntities = map[string]string{
	"amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u00a0",
	"ndash": "\u2013", "mdash": "\u2014", "hellip": "\u2026", "lsquo": "\u2018",
	"rsquo": "\u2019", "ldquo": "\u201c", "rdquo": "\u201d", "laquo": "\u00ab",
	"raquo": "\u00bb", "copy": "\u00a9", "reg": "\u00ae", "trade": "\u2122",
	"middot": "\u00b7", "bull": "\u2022", "shy": "\u00ad", "zwj": "\u200d",
	"zwnj": "\u200c", "thinsp": "\u2009", "ensp": "\u2002", "emsp": "\u2003",
	"euro": "\u20ac", "pound": "\u00a3", "deg": "\u00b0",
}

// toSetOf makes a set of the space-separated words of s.
func toSetOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

var (
	// htmlElements are the elements whose tags make a text an HTML page.
	htmlElements = toSetOf(`html head body title meta link script style div span p a b i em strong
		br hr h1 h2 h3 h4 h5 h6 ul ol li table tr td th img article section header footer nav
		aside main figure figcaption blockquote pre form input button iframe noscript time`)
	// blockElements are the elements whose tags break a line.
	blockElements = toSetOf(`html head body title div p br hr h1 h2 h3 h4 h5 h6 ul ol li dl dt dd
		table thead tbody tfoot tr td th caption article section header footer nav aside main
		figure figcaption blockquote pre form address details summary`)
	// rawElements are the elements whose content is not text.
	rawElements = toSetOf(`script style noscript template svg math object iframe`)
)

// cp1252 gives the characters of Windows-1252 bytes 0x80-0x9F (Latin-1's C1 controls);
// U+FFFD for the five bytes it leaves undefined. Bytes 0xA0-0xFF are U+00A0-U+00FF.
var cp1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}

// decode1252 returns the character of byte c (>= 0x80) in Windows-1252.
func decode1252(c byte) rune {
	if c < 0xA0 {
		return cp1252[c-0x80]
	}
	return rune(c)
}

// looksUTF16 reports whether b looks like UTF-16 without a byte-order mark: in its first
// kilobyte, at least a third of the bytes at even (or odd) offsets are NUL and almost
// none at the others, as in UTF-16 text of mostly Latin script.
func looksUTF16(b []byte) bool {
	b = b[:min(len(b), 1024)]
	if len(b) < 8 {
		return false
	}
	var zero [2]int
	for i, c := range b {
		if c == 0 {
			zero[i%2]++
		}
	}
	half := len(b) / 2
	return zero[0]*3 >= half && zero[1]*20 < half || zero[1]*3 >= half && zero[0]*20 < half
}

// Inspect returns what is odd about a document that [Loader.Extract] reads anyway, each
// with the byte offset of its first occurrence: text that is empty or only white space;
// invalid UTF-8 read as U+FFFD; single-byte text read as Windows-1252 (Latin-1);
// control characters read as spaces; an HTML page whose markup was dropped. It returns
// nil for clean UTF-8 text. It does not look for what Extract rejects (see ErrBinary).
func Inspect(src Source) []Warning {
	b := src.Text
	origin := src.Origin
	if origin == "" {
		origin = string(src.ID)
	}
	var ws []Warning
	add := func(off int, format string, args ...any) {
		ws = append(ws, Warning{Origin: origin, Offset: off, Msg: fmt.Sprintf(format, args...)})
	}
	if len(bytes.TrimSpace(b)) == 0 {
		add(-1, "no text: the document is loaded without sentences")
		return ws
	}
	rd := readingOf(b)
	invalid, firstInvalid, ctl, firstCtl := 0, -1, 0, -1
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' || c == 0x7f {
				if ctl++; firstCtl < 0 {
					firstCtl = i
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			if invalid++; firstInvalid < 0 {
				firstInvalid = i
			}
		}
		i += n
	}
	switch {
	case rd.cp1252:
		add(firstInvalid, "not UTF-8: read as Windows-1252 (Latin-1), %d non-ASCII bytes", invalid)
	case invalid > 0:
		add(firstInvalid, "%d bytes of invalid UTF-8 read as U+FFFD", invalid)
	}
	if ctl > 0 {
		add(firstCtl, "%d control characters read as spaces", ctl)
	}
	if rd.html {
		add(bytes.IndexByte(b, '<'), "an HTML page: tags, comments and scripts dropped")
	}
	return ws
}
