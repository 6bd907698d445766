package loader

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is the first text stage: normalisation. It rewrites the original bytes into a
// cleaner text for the later stages and keeps, for every byte of the normalised text, the
// span of original bytes it came from, so that sentences and tokens can give byte spans
// into the text exactly as it was given.

// normalized is a normalised text with its map back to the original bytes.
type normalized struct {
	text string
	runs []run // by n; runs with nlen == 0 (deletions) are not kept
}

// run maps normalised bytes [n, n+nlen) to original bytes [o, o+olen). A copied run maps
// byte for byte; a rewritten run maps all of its bytes to the whole original span.
type run struct {
	n, nlen, o, olen int
	copied           bool
}

// find returns the run holding normalised byte p (0 <= p < len(text)).
func (t *normalized) find(p int) run {
	i := sort.Search(len(t.runs), func(i int) bool { return t.runs[i].n+t.runs[i].nlen > p })
	if i == len(t.runs) {
		if len(t.runs) == 0 {
			return run{}
		}
		return t.runs[len(t.runs)-1]
	}
	return t.runs[i]
}

// origStart returns the original offset where normalised byte p comes from.
func (t *normalized) origStart(p int) int {
	r := t.find(p)
	if r.copied {
		return r.o + (p - r.n)
	}
	return r.o
}

// origEnd returns the original offset just after the bytes that produced normalised bytes
// up to p (exclusive), for p > 0.
func (t *normalized) origEnd(p int) int {
	r := t.find(p - 1)
	if r.copied {
		return r.o + (p - r.n)
	}
	return r.o + r.olen
}

// span returns the original byte span [start, end) of normalised bytes [a, b).
func (t *normalized) span(a, b int) (start, end int) {
	if b <= a {
		s := t.origStart(a)
		return s, s
	}
	return t.origStart(a), t.origEnd(b)
}

// normBuilder accumulates the normalised text and its runs.
type normBuilder struct {
	b    strings.Builder
	runs []run
}

// copyRun appends original bytes src[o:o+len(s)] unchanged.
func (nb *normBuilder) copyRun(s string, o int) {
	if s == "" {
		return
	}
	n := nb.b.Len()
	if k := len(nb.runs) - 1; k >= 0 {
		last := &nb.runs[k]
		if last.copied && last.n+last.nlen == n && last.o+last.olen == o {
			last.nlen += len(s)
			last.olen += len(s)
			nb.b.WriteString(s)
			return
		}
	}
	nb.runs = append(nb.runs, run{n: n, nlen: len(s), o: o, olen: len(s), copied: true})
	nb.b.WriteString(s)
}

// rewrite appends s in place of the original bytes [o, o+olen).
func (nb *normBuilder) rewrite(s string, o, olen int) {
	if s == "" {
		return // a deletion: nothing maps to it
	}
	nb.runs = append(nb.runs, run{n: nb.b.Len(), nlen: len(s), o: o, olen: olen})
	nb.b.WriteString(s)
}

// normalize rewrites src:
//   - invalid UTF-8 bytes become U+FFFD (the original bytes are kept untouched in the
//     document, so spans still point at them);
//   - "\r\n" and lone "\r", U+2028 and U+2029 become "\n"; tabs, no-break and other
//     Unicode spaces become " "; other control characters become " ";
//   - zero-width characters, the byte-order mark and soft hyphens are removed;
//   - curly and angled quotes become straight ones, primes too; "…" becomes "...";
//     the ligatures ﬁ and ﬂ are spelled out;
//   - a Latin letter followed by combining marks is composed into one letter when
//     Unicode has one (NFC for Latin script, without golang.org/x/text);
//   - words glued together by bad scraping are split (see glue).
//
// Text that is not UTF-8 but single-byte (Latin-1) is read as Windows-1252, and the markup
// of an HTML page is dropped (see readingOf and normalizeAs).
//
// Runs of spaces are kept (the segmenter collapses them); the byte map lets every later
// stage report spans in src.
func normalize(src []byte) *normalized { return normalizeAs(src, readingOf(src)) }

// normalizeAs is normalize with the reading of the text given: in a Windows-1252 text
// every byte that is not ASCII is read as its Windows-1252 character; in an HTML page,
// tags are removed (those of block elements become "\n"), as are comments, doctypes and
// the content of scripts and styles, and character references ("&amp;", "&#8217;") are
// decoded.
func normalizeAs(src []byte, rd reading) *normalized {
	n := &normalizer{src: src, rd: rd, copyStart: -1}
	n.nb.b.Grow(len(src))
	for i := 0; i < len(src); {
		if end, ok := n.special(i); ok {
			i = end
			continue
		}
		i = n.plain(i)
	}
	n.flush(len(src))
	return &normalized{text: n.nb.b.String(), runs: n.nb.runs}
}

// normalizer is the state of one normalisation: the output, the run of bytes copied
// unchanged that is still pending, and the word being read.
type normalizer struct {
	src       []byte
	rd        reading
	nb        normBuilder
	copyStart int // start of a pending run of bytes copied unchanged, -1 for none
	w         wordState
}

// flush writes the pending run of unchanged bytes up to end.
func (n *normalizer) flush(end int) {
	if n.copyStart >= 0 {
		n.nb.copyRun(string(n.src[n.copyStart:end]), n.copyStart)
		n.copyStart = -1
	}
}

// special rewrites what starts at byte i and is no plain character: a Markdown link's
// address (dropped), HTML markup and character references, an invalid byte, "\r\n", a
// deleted character. It returns the byte after it; false when src[i] is plain.
func (n *normalizer) special(i int) (int, bool) {
	src := n.src
	if !n.rd.html && src[i] == '(' && i > 0 && src[i-1] == ']' {
		if end := linkAddress(src, i); end > 0 {
			n.flush(i) // the address of a Markdown link "[text](address)" is dropped
			n.w.next(' ')
			return end, true
		}
	}
	if n.rd.html && (src[i] == '<' || src[i] == '&') {
		if rep, end, ok := markup(src, i); ok {
			n.flush(i)
			rep = plainRunes(rep)
			n.nb.rewrite(rep, i, end-i)
			last, _ := utf8.DecodeLastRuneInString(rep)
			if rep == "" {
				last = ' '
			}
			n.w.next(last)
			return end, true
		}
	}
	r, size := utf8.DecodeRune(src[i:])
	if r == utf8.RuneError && size <= 1 {
		n.flush(i)
		if n.rd.cp1252 {
			r = decode1252(src[i])
		}
		n.nb.rewrite(plainRunes(string(r)), i, 1)
		n.w.next(r)
		return i + 1, true
	}
	rep, changed := replaceRune(r, src, i, size)
	if changed == 2 { // "\r\n": one newline for two bytes
		n.flush(i)
		n.nb.rewrite("\n", i, 2)
		n.w.next('\n')
		return i + 2, true
	}
	if changed == 1 && rep == "" { // a deletion
		n.flush(i)
		return i + size, true
	}
	return 0, false
}

// plain writes the character at byte i, composed with the combining marks after it, with
// a space before it when it starts a word glued to the previous one, and returns the byte
// after it.
func (n *normalizer) plain(i int) int {
	src := n.src
	r, size := utf8.DecodeRune(src[i:])
	rep, changed := replaceRune(r, src, i, size)
	c, j := r, i+size
	if unicode.IsLetter(r) {
		for j < len(src) {
			m, mn := utf8.DecodeRune(src[j:])
			if m < composeMarks[0] || m > composeMarks[1] {
				break // no mark: the look-up below would miss, for almost every letter
			}
			cc, ok := latinCompose[[2]rune{c, m}]
			if !ok {
				break
			}
			c, j = cc, j+mn
		}
	}
	if sep := n.w.glue(c, src, j); sep != "" {
		n.flush(i)
		n.nb.rewrite(sep, i, 0)
	}
	switch {
	case j > i+size:
		n.flush(i)
		n.nb.rewrite(string(c), i, j-i)
	case changed == 1:
		n.flush(i)
		n.nb.rewrite(rep, i, size)
		c, _ = utf8.DecodeLastRuneInString(rep)
	case n.copyStart < 0:
		n.copyStart = i
	}
	n.w.next(c)
	return j
}

// composeMarks is the smallest and the largest combining mark of latinCompose.
var composeMarks = func() [2]rune {
	r := [2]rune{utf8.MaxRune, 0}
	for k := range latinCompose {
		r[0], r[1] = min(r[0], k[1]), max(r[1], k[1])
	}
	return r
}()

// wordState follows the word being read, to find words glued together.
type wordState struct {
	prev    rune // the previous rune
	lead    rune // the rune before the current word
	first   rune // the first letter of the current word
	letters int  // letters in the current word so far
}

// next moves past rune r.
func (w *wordState) next(r rune) {
	if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
		if w.letters == 0 {
			w.lead, w.first = w.prev, r
		}
		w.letters++
	} else {
		w.letters = 0
	}
	w.prev = r
}

// glue decides whether upper-case letter r, whose word continues at src[j:], starts a
// new word glued to the current one by scraping: "walkPremium" (a lower-case word of at
// least four letters, then a capitalised word) or "FaqihAccording" (a capitalised word,
// then a word that usually starts a sentence). Brand names such as "EastMed" or
// "YouTube" are kept, as are handles and links ("@JaneDoe", "/NewsRoom"). It returns ""
// to keep the text, " " to insert a space, or "\n" to insert a line break when the new
// word starts a sentence (the glue ate a paragraph break).
func (w *wordState) glue(r rune, src []byte, j int) string {
	if !unicode.IsUpper(r) || !unicode.IsLower(w.prev) || w.letters < 4 {
		return ""
	}
	switch w.lead {
	case '@', '#', '/', '_', '.', '=', '&', '?':
		return ""
	}
	if unicode.IsDigit(w.lead) || !lowerFollows(src, j) {
		return ""
	}
	k := j
	for k < len(src) && k-j < maxStarterBytes {
		c, n := utf8.DecodeRune(src[k:])
		if !unicode.IsLetter(c) {
			break
		}
		k += n
	}
	word := string(r) + string(src[j:k])
	if starters[word] {
		return "\n"
	}
	if unicode.IsLower(w.first) {
		return " "
	}
	return ""
}

// maxStarterBytes bounds the look-ahead of glue: no sentence starter is longer.
const maxStarterBytes = 16

// lowerFollows reports whether the rune at src[i:] and the one after it are lower-case
// letters, so that an upper-case letter before i starts a word of at least three letters.
func lowerFollows(src []byte, i int) bool {
	for k := 0; k < 2; k++ {
		if i >= len(src) {
			return false
		}
		r, n := utf8.DecodeRune(src[i:])
		if !unicode.IsLower(r) {
			return false
		}
		i += n
	}
	return true
}

// replaceRune returns the replacement of rune r found at src[i:i+n] and 1, "\n" and 2 for
// the two bytes "\r\n", or "" and 0 when r is kept as it is.
func replaceRune(r rune, src []byte, i, n int) (string, int) {
	switch r {
	case '\r':
		if i+1 < len(src) && src[i+1] == '\n' {
			return "\n", 2
		}
		return "\n", 1
	case '\n':
		return "", 0
	case '\t', '\v', '\f':
		return " ", 1
	case '\u2028', '\u2029', '\u0085':
		return "\n", 1
	case '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000':
		return " ", 1
	case '\u200B', '\u2060', '\uFEFF', '\u00AD':
		return "", 1
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u0060', '\u00B4':
		return "'", 1
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\u301D', '\u301E':
		return "\"", 1
	case '\u2026':
		return "...", 1
	case '\u2010', '\u2011':
		return "-", 1
	case '\uFB01':
		return "fi", 1
	case '\uFB02':
		return "fl", 1
	}
	if r >= '\u2000' && r <= '\u200A' {
		return " ", 1
	}
	if unicode.IsControl(r) {
		return " ", 1
	}
	return "", 0
}

// plainRunes applies the rune replacements of normalize (replaceRune) to s, a decoded
// character reference or Windows-1252 character.
func plainRunes(s string) string {
	if s == "" {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if rep, changed := replaceRune(r, nil, 0, 0); changed == 1 {
			b.WriteString(rep)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// maxLinkBytes bounds the address of a Markdown link.
const maxLinkBytes = 512

// linkAddress reads the address of a Markdown link, "(address)" after "[text]", at
// src[i] == '(': one line, no space, and shaped like an address (a URL, a path, an
// anchor). It returns the end of ")" or 0.
func linkAddress(src []byte, i int) int {
	rest := src[i+1 : min(len(src), i+1+maxLinkBytes)]
	c := bytes.IndexByte(rest, ')')
	if c <= 0 || bytes.ContainsAny(rest[:c], " \t\r\n(<>\"") {
		return 0
	}
	a := bytes.ToLower(rest[:c])
	for _, p := range []string{"http://", "https://", "mailto:", "www.", "/", "#", "./", "../"} {
		if bytes.HasPrefix(a, []byte(p)) {
			return i + 1 + c + 1
		}
	}
	return 0
}
