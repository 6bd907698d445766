package loader

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the segmentation stage: the normalised text is cut into lines, each line
// is classified by its shape (body text, heading, boilerplate, date or byline line), and
// the body is cut into sentences and tokens with byte spans into the original text.

// lineKind says what a line of the text is.
type lineKind uint8

const (
	blankLine       lineKind = iota
	bodyLine                 // running text: cut into sentences
	headingLine              // a short line without sentence punctuation: a title or section head
	boilerplateLine          // web furniture: share/subscribe lines, photo credits, teasers, tag lists
	dateLine                 // a line that is only a date
	bylineLine               // "By Jane Doe and John Roe"
)

// line is one line of the normalised text, trimmed of surrounding white space.
type line struct {
	a, b  int    // normalised span
	text  string // normalised text
	words int    // number of white-space separated words
	kind  lineKind
	block int // index of the block of consecutive non-blank lines it belongs to
}

// maxSentenceBytes is the longest sentence the segmenter produces; a longer run of text
// without a sentence boundary is cut at white space.
const maxSentenceBytes = 1000

// splitLines cuts the normalised text into trimmed lines and numbers the blocks.
func splitLines(t string) []line {
	var ls []line
	block := 0
	start := 0
	for start <= len(t) {
		end := strings.IndexByte(t[start:], '\n')
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		a, b := start, end
		for a < b && t[a] == ' ' {
			a++
		}
		for b > a && t[b-1] == ' ' {
			b--
		}
		if m := mdHeadingRE.FindStringIndex(t[a:b]); m != nil && a+m[1] < b {
			a += m[1] // a Markdown heading marker
		}
		l := line{a: a, b: b, text: t[a:b]}
		if a == b {
			l.kind = blankLine
			if len(ls) > 0 && ls[len(ls)-1].kind != blankLine {
				block++
			}
		} else {
			l.words = fieldCount(l.text)
			l.kind = bodyLine
		}
		l.block = block
		ls = append(ls, l)
		if end == len(t) {
			break
		}
		start = end + 1
	}
	return ls
}

// classify sets the kind of every non-blank line from general signals of line shape.
func classify(ls []line) {
	for i := range ls {
		l := &ls[i]
		if l.kind == blankLine {
			continue
		}
		switch {
		case isBoilerplate(l.text, l.words):
			l.kind = boilerplateLine
		case isDateOnly(l.text):
			l.kind = dateLine
		case isBylineLine(l.text):
			l.kind = bylineLine
		case !hasTerminal(l.text) && l.words <= 10 && !continues(ls, i) && !isListItem(l):
			l.kind = headingLine
		}
	}
	// A block of three or more lines most of which are not sentences is a menu, a list of
	// teasers or a legend: none of its unpunctuated lines is body text.
	for i := 0; i < len(ls); {
		j := i
		for j < len(ls) && ls[j].block == ls[i].block {
			j++
		}
		n, bare := 0, 0
		for k := i; k < j; k++ {
			if ls[k].kind == blankLine {
				continue
			}
			n++
			if !hasTerminal(ls[k].text) {
				bare++
			}
		}
		if n >= 3 && bare*3 >= n*2 {
			for k := i; k < j; k++ {
				if ls[k].kind == bodyLine && !hasTerminal(ls[k].text) && !isListItem(&ls[k]) {
					ls[k].kind = boilerplateLine
				}
			}
		}
		i = j
	}
}

// isListItem reports whether a line is an item of a bulleted or numbered list with at
// least four words: such items often state facts without a full stop.
func isListItem(l *line) bool {
	return l.words >= 5 && bulletRE.MatchString(l.text)
}

// hasTerminal reports whether a line ends like a sentence: with ".", "!", "?" or ":",
// possibly followed by closing quotes or brackets, or holds a sentence boundary inside.
func hasTerminal(s string) bool {
	t := strings.TrimRight(s, "\"')]} *")
	if t == "" {
		return false
	}
	// A line cut short with "..." does not end like a sentence ("...." does).
	cut := strings.HasSuffix(t, "...") && !strings.HasSuffix(t, "....")
	switch t[len(t)-1] {
	case '!', '?', ':':
		return true
	case '.':
		if !cut {
			return true
		}
	}
	return strings.Contains(s, ". ") || strings.Contains(s, "? ") || strings.Contains(s, "! ")
}

// uiWords are words of web page furniture rather than of news prose.
var uiWords = wordSet("uiWords")

// strongUIWords almost never occur in news prose.
var strongUIWords = wordSet("strongUIWords")

// wireSignOffs are the agency names a wire story ends with on their own.
var wireSignOffs = wordSet("wireSignOffs")

// imperativeUI are verbs that start instructions to the reader.
var imperativeUI = wordSet("imperativeUI")

var (
	creditRE = regexp.MustCompile(`(?i)^[\[(]?\s*((photo|photograph|image|picture|pictured|credit|credits|caption|file photo|video|watch|listen|graphic|illustration)s?\b\s*[:/|\-]|(image|media|photo|video) (caption|copyright|source|credit)\b)`)
	// a caption ending in its credit: "Troops in the city. Photograph: Jan Berg/Wire"
	captionRE = regexp.MustCompile(`(?i)\b(photograph|photo|image|picture|credit|illustration)s?: [^.!?]{1,80}$`)
	// a caption ending in a bracketed credit: "Crowds in the square. (Wire Photo/Jan Berg)"
	creditEndRE = regexp.MustCompile(`(?i)\([^()]*\b(photo|images|pictures|afp|epa|reuters|ap)\b[^()]*\)\s*$`)
	rightsRE    = regexp.MustCompile(`(?i)(©|\(c\) \d{4}|\ball rights reserved\b|\bcopyright \d{4})`)
	labelRE     = regexp.MustCompile(`(?i)^(source|sources|tags|tagged|filed under|posted in|category|categories|topics|updated|last updated|published|first published( on)?|read more|also read|related|copyright|via|contact|follow|share|share this|like this)\s*:`)
	teaserRE    = regexp.MustCompile(`(\.\.\.|…) ?[\p{Lu}][\p{L}]*\s*$`)
	linkRE      = regexp.MustCompile(`(?i)(https?://|www\.|\b[a-z0-9-]+\.(com|org|net|co\.uk|io)\b/)`)
	agencyRE    = regexp.MustCompile(`(?i)(getty images|/afp|afp/|reuters/|/reuters|ap photo|/ap\b|shutterstock|©)`)
	// function words show that a comma-separated line is prose, not a keyword list.
	functionWords = wordSet("functionWords")
)

// isBoilerplate reports whether a line is web furniture, from its shape alone.
func isBoilerplate(s string, words int) bool {
	if words > 60 {
		return false // furniture is short; a long line is prose
	}
	low := strings.ToLower(s)
	// Cheap tests first: the unanchored expressions run only when a key string is there.
	rights := strings.Contains(low, "©") || strings.Contains(low, "(c)") || strings.Contains(low, "copyright") || strings.Contains(low, "rights reserved")
	agency := strings.Contains(low, "getty") || strings.Contains(low, "afp") || strings.Contains(low, "reuters") ||
		strings.Contains(low, "photo") || strings.Contains(low, "images") || strings.Contains(low, "epa") || strings.Contains(low, "(ap") ||
		strings.Contains(low, "ap photo") || strings.Contains(low, "/ap") || strings.Contains(low, "shutterstock") || strings.Contains(low, "©")
	link := strings.Contains(low, "http") || strings.Contains(low, "www.") || strings.Contains(low, "/")
	colon := strings.IndexByte(s, ':') >= 0
	if creditRE.MatchString(s) || colon && labelRE.MatchString(s) || rights && rightsRE.MatchString(s) || isNavigation(s) {
		return true
	}
	if colon && captionRE.MatchString(tail(s, 100)) || agency && creditEndRE.MatchString(tail(s, 80)) {
		return true
	}
	if agency && !hasTerminal(s) && agencyRE.MatchString(s) {
		return true
	}
	if link && words <= 25 && linkRE.MatchString(s) {
		return true
	}
	// A teaser cut short: "Why you should read this or...Premium".
	if words <= 30 && (strings.Contains(s, "...") || strings.Contains(s, "…")) && teaserRE.MatchString(tail(s, 40)) && !strings.Contains(strings.TrimRight(s, ". …"), ". ") {
		return true
	}
	if isKeywordList(s) {
		return true
	}
	// A wire footer: "(Reporting by Jane Doe; Editing by John Roe)".
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && footerRE.MatchString(s) {
		return true
	}
	// Share, subscribe and comment furniture.
	if words > 40 {
		return false
	}
	ws := strings.FieldsFunc(low, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	})
	hits, you, strong, imperative := 0, false, false, false
	for i, w := range ws {
		if uiWords[w] {
			hits++
		}
		if strongUIWords[w] {
			strong = true
		}
		if w == "you" || w == "your" {
			you = true
		}
		if imperativeUI[w] && (i == 0 || sentenceStartsAt(s, w, i)) {
			imperative = true
		}
	}
	switch {
	case strong && words <= 40:
		return true
	case hits >= 2 && words <= 30 && (you || imperative || !hasTerminal(s)):
		return true
	case hits >= 1 && words <= 6 && !hasTerminal(s) && (imperative || you || hits == words):
		return true
	}
	return false
}

// tail returns the last n bytes of s or a little more, cut at a rune boundary.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[i:]
}

// navSepRE separates the items of a navigation trail or menu.
var navSepRE = regexp.MustCompile(` [|>»/•·] `)

// isNavigation reports whether s is a navigation trail or menu: three or more short
// items separated by "|", ">", "»", "/" or bullets ("Home | World | Middle East").
func isNavigation(s string) bool {
	parts := navSepRE.Split(s, -1)
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if n := len(strings.Fields(p)); n == 0 || n > 4 {
			return false
		}
	}
	return true
}

// sentenceStartsAt reports whether the i-th lower-case word w of s starts a sentence: it is
// the first word or follows ". ".
func sentenceStartsAt(s, w string, i int) bool {
	low := strings.ToLower(s)
	return strings.Contains(low, ". "+w+" ") || strings.Contains(low, ". "+w+".")
}

// isKeywordList reports whether s is a list of five or more short keywords separated by
// commas, none with a function word ("Norland, harbour crisis, world news, Velmar, ports").
func isKeywordList(s string) bool {
	parts := strings.Split(strings.TrimRight(s, ". "), ",")
	if len(parts) < 5 {
		return false
	}
	for _, p := range parts {
		ws := strings.Fields(p)
		if len(ws) == 0 || len(ws) > 4 {
			return false
		}
		for _, w := range ws {
			if functionWords[strings.ToLower(w)] {
				return false
			}
		}
	}
	return true
}

// mdHeadingRE matches the marker of a Markdown heading.
var mdHeadingRE = regexp.MustCompile(`^#{1,6} +`)

// bulletRE matches a list marker at the start of a line.
var bulletRE = regexp.MustCompile(`^([*•·▪►‣◦■□●○–—>-]|\d{1,2}[.)]|\(?[a-z]\))\s+`)

// datelineRE matches a wire dateline at the start of a story: "BEIRUT (Reuters) - ",
// "WASHINGTON, Oct 5 (AP) — ", "LONDON -- ", "Kabul, Afghanistan (AP) - ", "Beirut — ".
var datelineRE = regexp.MustCompile(`^([\p{Lu}][\p{Lu}\p{M} .'-]{1,40}(, [^()\n]{1,40}?)?( \([\p{L} .&/-]{1,30}\))? ?(-{1,2}|–|—) ` +
	// or in mixed case, with an agency or a long dash: "Kabul, Afghanistan (Wire) — "
	`|\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+)?(, \p{Lu}[\p{L}.]+( \p{Lu}[\p{L}.]+)?)?( \([\p{L} .&/-]{1,30}\) ?(-{1,2}|–|—)| (--|–|—)) )`)

// sentences cuts the body lines of ls into sentences, numbering them from first.
// Lines whose kind keep is false are skipped. The dateline is dropped from the first body
// line only.
func (sg *segmenter) sentences(ls []line, keep func(*line) bool) {
	first := true
	for i := 0; i < len(ls); i++ {
		l := &ls[i]
		if !keep(l) {
			continue
		}
		a, b := l.a, l.b
		// Join hard-wrapped lines: a body line that does not end a sentence, followed
		// directly by a body line starting in lower case.
		for l.kind == bodyLine && !endsSentence(sg.t.text[a:b]) && continues(ls, i) {
			i = nextNonBlank(ls, i)
			if ls[i].kind != bodyLine {
				break
			}
			b = ls[i].b
		}
		if m := bulletRE.FindStringIndex(sg.t.text[a:b]); m != nil {
			a += m[1]
		}
		if first && l.kind == bodyLine {
			first = false
			if m := datelineRE.FindStringIndex(sg.t.text[a:b]); m != nil && m[1] < b-a {
				a += m[1]
			}
		}
		sg.split(a, b)
	}
}

// nextNonBlank returns the index of the first non-blank line after line i, or len(ls).
func nextNonBlank(ls []line, i int) int {
	for i++; i < len(ls) && ls[i].kind == blankLine; i++ {
	}
	return i
}

// continues reports whether the sentence of line i goes on in the next non-blank line
// (at most one blank line away), which starts in lower case: a hard-wrapped line, or a
// paragraph cut in two by a scraper ("range from China's\n\neconomic power to …").
//
// A title-case line ("Inside the Secret Talks") is not continued across a blank line.
func continues(ls []line, i int) bool {
	j := nextNonBlank(ls, i)
	if j >= len(ls) || j-i > 2 || !startsLower(ls[j].text) {
		return false
	}
	return j == i+1 || !isTitleCase(ls[i].text)
}

// isTitleCase reports whether at least 60% of the words of four letters or more of s
// start with a capital.
func isTitleCase(s string) bool {
	long, upper := 0, 0
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			upper++
		}
	}
	return long > 0 && upper*10 >= long*6
}

// endsSentence reports whether s ends with sentence-final punctuation.
func endsSentence(s string) bool {
	t := strings.TrimRight(s, "\"')] ")
	return t != "" && strings.ContainsRune(".!?:", rune(t[len(t)-1]))
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// segmenter cuts normalised text into sentences.
type segmenter struct {
	t    *normalized
	sent []sentence
}

// split cuts normalised text [a, b) into sentences.
func (sg *segmenter) split(a, b int) {
	s := sg.t.text
	start := a
	for i := a; i < b; i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			if i-start >= maxSentenceBytes && c == ' ' {
				sg.add(start, i)
				start = i + 1
			}
			continue
		}
		j := i + 1
		for j < b && (s[j] == '.' || s[j] == '!' || s[j] == '?') {
			j++
		}
		for j < b && (s[j] == '"' || s[j] == '\'' || s[j] == ')' || s[j] == ']') {
			j++
		}
		if j >= b {
			i = j - 1
			continue
		}
		if s[j] != ' ' {
			// "in August.This": a boundary glued by scraping.
			if j == i+1 && c == '.' && gluedBoundary(s[a:b], i-a) {
				sg.add(start, j)
				start = j
			}
			i = j - 1
			continue
		}
		k := j
		for k < b && s[k] == ' ' {
			k++
		}
		if k >= b {
			i = k - 1
			continue
		}
		if isBoundary(s[start:i], c, j-i, s[k:b]) {
			sg.add(start, j)
			start = k
		}
		i = j - 1
	}
	sg.add(start, b)
}

// gluedBoundary reports whether the "." at p of s ends a sentence glued to the next: a
// lower-case word of at least three letters before, an upper-case letter and a lower-case
// one after.
func gluedBoundary(s string, p int) bool {
	n := 0
	for q := p - 1; q >= 0 && s[q] >= 'a' && s[q] <= 'z'; q-- {
		n++
	}
	return n >= 3 && p+2 < len(s) && s[p+1] >= 'A' && s[p+1] <= 'Z' && s[p+2] >= 'a' && s[p+2] <= 'z'
}

// titleAbbrev are abbreviations that never end a sentence: titles before a name.
var titleAbbrev = wordSet("titleAbbrev")

// otherAbbrev are abbreviations that end a sentence only before a word that usually
// starts one: months, "No.", "Inc.", "Jr.", "a.m.".
var otherAbbrev = wordSet("otherAbbrev")

// starters are words that usually begin a sentence; after an ambiguous abbreviation
// ("U.S.", "Inc.", "Feb.") one of them means a new sentence.
var starters = wordSet("starters")

// isBoundary decides whether the punctuation c (repeated n times with closing marks)
// after text before, followed by white space and then next, ends a sentence.
func isBoundary(before string, c byte, n int, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if r == '"' || r == '\'' || r == '(' || r == '[' {
		r2, _ := utf8.DecodeRuneInString(next[1:])
		if unicode.IsLower(r2) {
			return false
		}
		return true
	}
	if unicode.IsLower(r) || r == ',' || r == ';' || r == ')' || r == '-' {
		return false
	}
	if c != '.' || n > 1 {
		return true // "?", "!", an ellipsis, or a dot before closing quotes
	}
	w := lastWord(before)
	nw := leadingWord(next)
	switch {
	case w == "":
		return true
	case titleAbbrev[w]:
		return false
	case otherAbbrev[w]:
		return starters[nw]
	case len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' && !strings.HasSuffix(strings.TrimRight(before, "."), "-"+w):
		return false // an initial: "J. R. Smith"; not the letter a hyphen glues to a word ("Jay-Z.")
	case strings.Contains(w, ".") && strings.IndexFunc(w, unicode.IsLetter) >= 0:
		return starters[nw] // "U.S.", "a.m.", "e.g."
	}
	return true
}

// lastWord returns the word just before the end of s (letters, digits, dots, apostrophes).
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '\'') {
			break
		}
		i -= n
	}
	return strings.TrimLeft(s[i:], ".")
}

// leadingWord returns the leading letters of s.
func leadingWord(s string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return s[:i]
}

// add appends the sentence of normalised text [a, b), trimmed, with its tokens.
func (sg *segmenter) add(a, b int) {
	s := sg.t.text
	for a < b && s[a] == ' ' {
		a++
	}
	for b > a && s[b-1] == ' ' {
		b--
	}
	if a >= b || !hasWordRune(s[a:b]) {
		return
	}
	// A credit that shares a line with a caption: "Image: Jan Berg."
	if b-a < 120 && creditRE.MatchString(s[a:b]) {
		return
	}
	// A wire sign-off after the last sentence: "... the talks went on. REUTER", also with
	// the "^M" a carriage return left in some wire texts ("REUTER^M").
	if b-a < 12 && wireSignOffs[strings.TrimRight(strings.TrimSuffix(s[a:b], "^M"), ".")] {
		return
	}
	start, end := sg.t.span(a, b)
	st := sentence{
		N:      len(sg.sent) + 1,
		Text:   collapseSpaces(s[a:b]),
		Start:  start,
		Length: end - start,
		Tokens: sg.tokens(a, b),
	}
	sg.sent = append(sg.sent, st)
}

func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// collapseSpaces replaces every run of white space in s by one space.
func collapseSpaces(s string) string {
	if !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// tokens cuts normalised text [a, b) into words and punctuation marks. A word is a run
// of letters, digits and combining marks, with inner hyphens, apostrophes and dots kept
// when a letter or digit follows ("al-Assad", "O'Neil", "U.S", "3.5"); a final dot of
// an abbreviation with inner dots stays with it ("U.S."); a possessive "'s" is a token.
func (sg *segmenter) tokens(a, b int) []token {
	s := sg.t.text
	ts := make([]token, 0, (b-a)/4+4) // a token every 5 bytes or so (see words): one allocation, not a growing slice's many
	emit := func(i, j int) {
		st, en := sg.t.span(i, j)
		ts = append(ts, token{Text: s[i:j], Start: st, End: en})
	}
	isW := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) }
	for i := a; i < b; {
		r, n := utf8.DecodeRuneInString(s[i:b])
		switch {
		case r == ' ':
			i += n
		case isW(r):
			j := i + n
			for j < b {
				r2, n2 := utf8.DecodeRuneInString(s[j:b])
				if isW(r2) {
					j += n2
					continue
				}
				if r2 == '-' || r2 == '\'' || r2 == '.' {
					r3, _ := utf8.DecodeRuneInString(s[j+n2 : b])
					if isW(r3) && !(r2 == '\'' && (r3 == 's' || r3 == 'S') && !nextIsW(s[j+n2+1:b], isW)) {
						j += n2
						continue
					}
					if r2 == '.' && r3 != '.' && strings.Contains(s[i:j], ".") && strings.IndexFunc(s[i:j], unicode.IsLetter) >= 0 {
						j += n2 // the final dot of "U.S."
					}
				}
				break
			}
			emit(i, j)
			i = j
		case r == '\'' && i+n < b && (s[i+n] == 's' || s[i+n] == 'S') && len(ts) > 0 && !nextIsW(s[i+n+1:b], isW):
			emit(i, i+n+1)
			i += n + 1
		default:
			j := i + n
			if r == '.' {
				for j < b && s[j] == '.' {
					j++
				}
			}
			emit(i, j)
			i = j
		}
	}
	if len(ts) == 0 {
		return nil // as before the slice was made ahead
	}
	return ts
}

func nextIsW(s string, isW func(rune) bool) bool {
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return isW(r)
}

// fieldCount is len(strings.Fields(s)) without making the fields: every line of every
// document is counted.
func fieldCount(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		c := s[i]
		var space bool
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// asciiSpace are the ASCII bytes unicode.IsSpace reports as space.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
