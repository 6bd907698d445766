package eval

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// normTable maps a non-ASCII code point to what norm makes of it; a code point absent
// from the table becomes a separator.
var normTable = sync.OnceValue(func() map[rune]string {
	m := make(map[rune]string, 3000)
	for item := range strings.SplitSeq(normTableData, ";") {
		if item == "" {
			continue
		}
		span, val, _ := strings.Cut(item, "=")
		loS, hiS, isRange := strings.Cut(span, "-")
		lo, _ := strconv.ParseInt(loS, 16, 32)
		hi := lo
		if isRange {
			hi, _ = strconv.ParseInt(hiS, 16, 32)
		}
		for r := lo; r <= hi; r++ {
			m[rune(r)] = val
		}
	}
	return m
})

// Norm returns the matching key of a name, as score.py's norm computes it: NFKD without
// combining marks, lower case, a possessive 's dropped, every run of characters other
// than a-z and 0-9 one space, no space at the ends.
func Norm(s string) string {
	table := normTable()
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(unicode.ToLower(r))
		default:
			if v, ok := table[r]; ok {
				b.WriteString(v)
			} else {
				b.WriteByte(' ')
			}
		}
	}
	t := strings.ReplaceAll(b.String(), "'s", "")
	b.Reset()
	space := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
		} else {
			space = true
		}
	}
	return b.String()
}

// isPySpace reports whether Python's str.isspace holds for r.
func isPySpace(r rune) bool { return unicode.IsSpace(r) || 0x1c <= r && r <= 0x1f }

// pyStrip trims what Python's str.strip() trims.
func pyStrip(s string) string { return strings.TrimFunc(s, isPySpace) }

// pyLines splits text into lines as Python's text-mode file iteration does: "\r\n" and
// "\r" are read as "\n", and each line but possibly the last keeps its "\n".
func pyLines(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var lines []string
	for line := range strings.SplitAfterSeq(text, "\n") {
		if line != "" {
			lines = append(lines, line)
		}
	}
	return lines
}
