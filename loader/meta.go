package loader

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file is the metadata stage: the headline, the publication date and the authors,
// read from the lines classified by the segmenter (and from the source's own title and
// date when it has them).

// meta is what the metadata stage finds.
type meta struct {
	headline     string
	headlineLine int // index of the headline line, or -1
	published    time.Time
	authors      []string
}

// maxHeadlineWords is the longest line taken as a headline.
const maxHeadlineWords = 25

// readMeta finds the document's metadata in its lines. title and date are the source's
// own, used first when given.
func readMeta(ls []line, title, date string) meta {
	m := meta{headlineLine: -1}
	if t, ok := parseDate(date); ok {
		m.published = t
	}
	m.headlineLine, m.headline = findHeadline(ls, title)
	if title != "" {
		m.headline = collapseSpaces(strings.TrimSpace(title))
	}
	if m.published.IsZero() {
		m.published = findDate(ls)
	}
	m.authors = findAuthors(ls)
	return m
}

// findHeadline returns the index of the headline line (-1 when none) and its text: the
// first line that is not blank, a date, a byline or boilerplate, if it is shaped like a
// title (short, not ending in a full stop), or, when the source gives a title, if it is
// that title. The line found becomes a headingLine.
func findHeadline(ls []line, title string) (int, string) {
	for i := range ls {
		l := &ls[i]
		if l.kind == blankLine || l.kind == dateLine || l.kind == bylineLine || l.kind == boilerplateLine {
			continue
		}
		if title != "" {
			if sameText(l.text, title) {
				l.kind = headingLine
				return i, ""
			}
			break
		}
		if l.words <= maxHeadlineWords && !strings.HasSuffix(strings.TrimRight(l.text, "\"' "), ".") &&
			!strings.HasSuffix(l.text, ":") &&
			!strings.Contains(l.text, ". ") && startsUpperOrDigit(l.text) &&
			!continues(ls, i) {
			l.kind = headingLine
			return i, l.text
		}
		break
	}
	return -1, ""
}

// findDate returns the publication date the lines give: a labelled one first
// ("Published: …"), then a line that is only a date, among the lines before the body
// starts or at the end; the zero time when none.
func findDate(ls []line) time.Time {
	for _, l := range ls {
		if l.kind == bodyLine {
			continue
		}
		if t, ok := labelledDate(l.text); ok {
			return t
		}
	}
	for _, l := range ls {
		if l.kind == dateLine {
			if t, ok := parseDate(l.text); ok {
				return t
			}
		}
	}
	return time.Time{}
}

// findAuthors returns the authors the lines name, each once: byline lines, "a report by
// X and Y" in the first body lines, and credits.
func findAuthors(ls []line) []string {
	var authors []string
	seen := map[string]bool{}
	body := 0
	for _, l := range ls {
		var ns []string
		switch l.kind {
		case bylineLine:
			ns = bylineNames(l.text)
		case bodyLine:
			if body < 3 {
				ns = inlineBylineNames(l.text)
			}
			body++
		default:
			ns = creditNames(l.text)
		}
		for _, n := range ns {
			if !seen[n] {
				seen[n] = true
				authors = append(authors, n)
			}
		}
	}
	return authors
}

var (
	// footerRE finds the reporters of a wire footer: "(Reporting by Jane Doe in Velmar;
	// Additional reporting by John Roe; Editing by Ann Poe)". Editors are not authors.
	footerRE = regexp.MustCompile(`(?i)\b(?:additional )?(?:reporting|writing|written|compiled|reported) by ([^;()]+)`)
	// inPlaceRE is a reporter's place in a footer: " in Velmar", " in New Port".
	inPlaceRE = regexp.MustCompile(`\s(?:in|from)(?:\s\p{Lu}[\p{L}.'-]*)+`)
)

// creditNames returns the reporters named in a wire footer line.
func creditNames(s string) []string {
	if len(s) > 300 {
		return nil
	}
	var out []string
	for _, m := range footerRE.FindAllStringSubmatch(s, -1) {
		out = append(out, nameList(inPlaceRE.ReplaceAllString(m[1], ""))...)
	}
	return out
}

func startsUpperOrDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\''
}

// sameText reports whether a and b are the same text up to case, white space and
// punctuation.
func sameText(a, b string) bool {
	f := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}), " ")
	}
	return f(a) == f(b)
}

var (
	labelledDateRE = regexp.MustCompile(`(?i)(^|[|,;(]\s*|\s)(first |last )?(published|posted|updated|modified|dated?)( on| at)?\s*:?\s*([^|;()]+)`)
	// time of day after a date: "at 12:59:54 am", "10:30 GMT", "| 8:15 pm"
	timeOfDayRE = regexp.MustCompile(`(?i)[\s,|]+(at\s+)?\d{1,2}[:.]\d{2}([:.]\d{2})?\s*([ap]\.?m\.?)?(\s*[A-Z]{2,4})?\s*$`)
	ordinalRE   = regexp.MustCompile(`\b(\d{1,2})(st|nd|rd|th)\b`)
	numericRE   = regexp.MustCompile(`^(\d{1,4})([-/.])(\d{1,2})([-/.])(\d{1,4})$`)
)

// labelledDate reads "Published on: 5 March 2019" and the like.
func labelledDate(s string) (time.Time, bool) {
	if len(s) > 200 {
		return time.Time{}, false // a sentence, not a label
	}
	for _, m := range labelledDateRE.FindAllStringSubmatch(s, -1) {
		if t, ok := parseDate(m[5]); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// isDateOnly reports whether the line is nothing but a date (possibly with a weekday and
// a time of day).
func isDateOnly(s string) bool {
	_, ok := parseDate(s)
	return ok
}

// dateLayouts are the date forms recognised, after the weekday and time of day are cut.
var dateLayouts = []string{
	"January 2, 2006", "January 2 2006", "Jan 2, 2006", "Jan 2 2006", "Jan. 2, 2006",
	"2 January 2006", "2 Jan 2006", "2 Jan. 2006", "January 2006", "2006-01-02",
	"02 January 2006", "January 02, 2006", "Jan 02, 2006", "2 January, 2006",
}

// parseDate reads a date in one of the common news forms: ISO 8601 (with or without a
// time; a time with a zone is kept, converted to UTC), "October 5, 2022", "Wednesday,
// Oct 05, 2022", "5 October 2022", "Sept. 30, 2015", and numeric dates. Numeric dates
// with dashes or dots are day-month-year ("12-10-2015" is 12 October), with slashes
// month/day/year, unless the first number cannot be a month. A time of day without a
// zone is dropped: the date is then midnight UTC.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 60 {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05Z0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return dateOf(t), true
		}
	}
	s = timeOfDayRE.ReplaceAllString(s, "")
	s = strings.TrimRight(strings.TrimSpace(s), ",.|")
	// Drop a leading weekday: "Wednesday, Oct 05, 2022".
	if i := strings.IndexAny(s, ", "); i > 0 && isWeekday(s[:i]) {
		s = strings.TrimLeft(s[i:], ", ")
	}
	s = ordinalRE.ReplaceAllString(s, "$1")
	s = strings.Replace(s, "Sept.", "Sep", 1)
	s = strings.Replace(s, "Sept ", "Sep ", 1)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	if m := numericRE.FindStringSubmatch(s); m != nil && m[2] == m[4] {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[3])
		c, _ := strconv.Atoi(m[5])
		var y, mo, d int
		switch {
		case len(m[1]) == 4:
			y, mo, d = a, b, c
		case len(m[5]) == 4 && m[2] == "/" && a <= 12:
			y, mo, d = c, a, b
		case len(m[5]) == 4:
			y, mo, d = c, b, a
			if b > 12 && a <= 12 {
				mo, d = a, b
			}
		default:
			return time.Time{}, false
		}
		if mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1800 || y > 2200 {
			return time.Time{}, false
		}
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			return time.Time{}, false
		}
		return t, true
	}
	return time.Time{}, false
}

func dateOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func isWeekday(s string) bool {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if s == d || len(s) >= 3 && strings.HasPrefix(d, s) {
			return true
		}
	}
	return false
}

var bylineRE = regexp.MustCompile(`^(?i:by|written by|words by|reporting by|story by)\s+(.+)$`)

// isBylineLine reports whether a line is a byline: "By Jane Doe", "By Jane Doe and John
// Roe, Reuters".
func isBylineLine(s string) bool {
	if fieldCount(s) > 16 {
		return false
	}
	return len(bylineNames(s)) > 0
}

// bylineNames returns the names of a byline line.
func bylineNames(s string) []string {
	m := bylineRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return nil
	}
	return nameList(m[1]) // names, possibly followed by an outlet: "Jane Doe, Wire"
}

var inlineBylineRE = regexp.MustCompile(`\b(?:` + strings.Join(inlineBylineNouns, "|") + `)\s+(?:written\s+)?by\s+`)

// inlineBylineNouns name a piece of writing whose author "by" introduces.
var inlineBylineNouns = []string{"report", "article", "story", "dispatch", "analysis", "piece", "column", "interview"}

// inlineBylineNames reads the authors of "A Reuters report by Jane Doe and John Roe".
func inlineBylineNames(s string) []string {
	if !strings.Contains(s, " by") && !strings.Contains(s, "\tby") && !strings.Contains(s, "\nby") {
		return nil // most lines: skip the regular expression
	}
	if !slices.ContainsFunc(inlineBylineNouns, func(n string) bool { return strings.Contains(s, n) }) {
		return nil // nor a noun it needs: the backtracker is slow on a long paragraph
	}
	loc := inlineBylineRE.FindStringIndex(s)
	if loc == nil {
		return nil
	}
	return nameList(s[loc[1]:])
}

// nameList reads person names separated by "," and "and" from the start of s, up to the
// first word that does not belong to a name. Each name has two to four capitalised words.
func nameList(s string) []string {
	var names []string
	var cur []string
	// flush ends the current name; it reports whether it was shaped like a name (an
	// institution's name is shaped like one but not kept).
	flush := func() bool {
		ok := len(cur) >= 1 && len(cur) <= 5
		if len(cur) >= 2 && len(cur) <= 4 && !slices.ContainsFunc(cur, isInstitutionWord) {
			names = append(names, strings.Join(cur, " "))
		}
		cur = nil
		return ok
	}
	fields := strings.Fields(s)
	for _, f := range fields {
		w := strings.TrimRight(f, ",;|")
		sep := w != f
		switch {
		case w == "and" || w == "&":
			if !flush() {
				return names
			}
			continue
		case isNameWord(w):
			cur = append(cur, w)
		default:
			flush()
			return names
		}
		if sep {
			if !flush() {
				return names
			}
		}
	}
	flush()
	return names
}

// institutionWords are words of the names of organisations, never of persons: "a report
// by Human Rights Watch" has no author.
var institutionWords = wordSet("institutionWords")

func isInstitutionWord(w string) bool { return institutionWords[strings.ToLower(w)] }

// isNameWord reports whether w can be part of a person's name: a capitalised word
// ("Laila", "O'Neil", "Al-Amin"), an initial ("J."), or a lower-case particle.
func isNameWord(w string) bool {
	switch w {
	case "al", "el", "bin", "ibn", "van", "von", "de", "der", "da", "di", "du", "la", "le":
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	letters := 0
	for _, c := range w {
		switch {
		case unicode.IsLetter(c):
			letters++
		case c == '.' || c == '\'' || c == '-':
		default:
			return false
		}
	}
	// Not an all-capitals word of three or more letters (an acronym or an outlet).
	if letters >= 3 && strings.ToUpper(w) == w {
		return false
	}
	return letters >= 1
}
