package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize cuts the text of one sentence into tokens in the conventions of UD English
// EWT, each with its byte span in text and SpaceAfter. White space separates tokens and
// is never part of one. Punctuation is split off words, except the dots of abbreviations
// ("U.S.", "Mr.", "Jan.") and of initials, inside numbers ("1,000.5", "3:30") and in
// URLs and e-mail addresses; "..." and "--" are one token each. Clitics are split as the
// treebank does: "Russia's" -> "Russia" "'s", "don't" -> "do" "n't", "can't" -> "ca"
// "n't", "cannot" -> "can" "not", "gonna" -> "gon" "na", "they'll" -> "they" "'ll",
// "states'" -> "states" "'". Hyphenated compounds are split ("Moscow-based" -> "Moscow"
// "-" "based") unless the first part is a prefix ("re-", "non-", "e-", "co-", "pre-",
// "anti-"...) or both sides are digits ("713-853-3989"). A dot ending the text is its own
// token, even after an abbreviation ("Inc" "."), as in the treebank. The result is
// empty for text without a token; the pieces of a split word have adjacent spans, with
// SpaceAfter false.
func Tokenize(text string) []Token {
	var toks []Token
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isSpace(r) {
				break
			}
			j += n
		}
		last := strings.TrimFunc(text[j:], isSpace) == ""
		toks = splitChunk(toks, text, i, j, last)
		i = j
	}
	for k := range toks {
		t := &toks[k]
		t.SpaceAfter = t.End == len(text)
		if !t.SpaceAfter {
			r, _ := utf8.DecodeRuneInString(text[t.End:])
			t.SpaceAfter = isSpace(r)
		}
	}
	return toks
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF }

func add(toks []Token, text string, a, b int) []Token {
	if a >= b {
		return toks
	}
	return append(toks, Token{Form: text[a:b], Start: a, End: b})
}

// openers and closers are split off the start and the end of a chunk, one a token.
const (
	openers = "\"'([{<“‘«¿¡`"
	closers = "\"')]}>”’»,;:!?"
)

// splitChunk appends the tokens of the white-space free text[a:b]; last says whether it
// ends the text.
func splitChunk(toks []Token, text string, a, b int, last bool) []Token {
	// Dashes and ellipses inside a chunk separate words: "say--and", "so...you".
	if !isURL(text[a:b]) {
		for k := a + 1; k < b-1; k++ {
			n := 0
			switch {
			case strings.HasPrefix(text[k:b], "--"), strings.HasPrefix(text[k:b], "..."):
				c := text[k]
				for k+n < b && text[k+n] == c {
					n++
				}
			case strings.HasPrefix(text[k:b], "…"), strings.HasPrefix(text[k:b], "—"), strings.HasPrefix(text[k:b], "–"):
				n = 3
			}
			if n > 0 && k+n < b {
				toks = splitChunk(toks, text, a, k, false)
				toks = add(toks, text, k, k+n)
				return splitChunk(toks, text, k+n, b, last)
			}
			if n > 0 {
				break
			}
		}
	}
	if emoticons[text[a:b]] {
		return add(toks, text, a, b)
	}
	// Leading punctuation.
	for a < b {
		s := text[a:b]
		if k := punctRun(s); k > 1 && k < len(s) || k == len(s) && k > 1 {
			toks = add(toks, text, a, a+k)
			a += k
			continue
		}
		switch {
		case strings.HasPrefix(s, "..."):
			k := 3
			for a+k < b && text[a+k] == '.' {
				k++
			}
			toks = add(toks, text, a, a+k)
			a += k
			continue
		case strings.HasPrefix(s, "--"):
			k := 2
			for a+k < b && text[a+k] == '-' {
				k++
			}
			toks = add(toks, text, a, a+k)
			a += k
			continue
		case strings.HasPrefix(s, "``"):
			toks = add(toks, text, a, a+2)
			a += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s)
		if strings.ContainsRune(openers, r) || r == '$' || r == '£' || r == '€' || r == '#' && n < len(s) && isDigitByte(s[n]) ||
			(unicode.IsPunct(r) || unicode.IsSymbol(r)) && n < len(s) && r != '@' && r != '#' && r != '&' && r != '-' && r != '.' && r != '%' {
			// "'s" at the very start is a clitic of nothing: keep it whole
			if r == '\'' || r == '’' {
				if c := clitic(s); c == len(s) {
					break
				}
			}
			toks = add(toks, text, a, a+n)
			a += n
			continue
		}
		break
	}
	// Trailing punctuation, collected from the end.
	var tail []Token
	url := isURL(text[a:b])
	for a < b {
		s := text[a:b]
		if strings.HasSuffix(s, "...") {
			k := 3
			for b-k-1 >= a && text[b-k-1] == '.' {
				k++
			}
			if k == len(s) {
				break
			}
			tail = append(tail, Token{Form: text[b-k : b], Start: b - k, End: b})
			b -= k
			continue
		}
		if strings.HasSuffix(s, "--") && len(s) > 2 {
			k := 2
			for b-k-1 >= a && text[b-k-1] == '-' {
				k++
			}
			tail = append(tail, Token{Form: text[b-k : b], Start: b - k, End: b})
			b -= k
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if n == len(s) {
			break
		}
		if k := punctRunBack(s); k > n && k < len(s) {
			tail = append(tail, Token{Form: text[b-k : b], Start: b - k, End: b})
			b -= k
			continue
		}
		split := false
		switch {
		case r == '.':
			split = last && len(tail) == 0 || !isAbbrev(s) && !url
		case r == '\'' || r == '’':
			// "states'" is a possessive; an apostrophe after another letter closes a quote.
			split = true
		case r == '%':
			split = true
		case strings.ContainsRune(closers, r):
			split = true
		case unicode.IsPunct(r) && !strings.ContainsRune("-_/&#@*", r):
			split = !url
		}
		if !split {
			break
		}
		if (r == '\'' || r == '’') && isPossessivePlural(s) {
			tail = append(tail, Token{Form: text[b-n : b], Start: b - n, End: b})
			b -= n
			break
		}
		tail = append(tail, Token{Form: text[b-n : b], Start: b - n, End: b})
		b -= n
	}
	if a < b {
		toks = splitWord(toks, text, a, b, url)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		toks = append(toks, tail[k])
	}
	return toks
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// emoticons are chunks kept whole.
var emoticons = map[string]bool{":)": true, ":-)": true, ":(": true, ":-(": true, ";)": true, ";-)": true,
	":D": true, ":-D": true, ":P": true, ":-P": true, ":/": true, "<3": true}

// punctRun returns the byte length of the run of one ASCII punctuation character that
// starts s ("!!!", "=====", "??"), or 0. Dots and hyphens are left to their own rules.
func punctRun(s string) int {
	c := s[0]
	if c >= 0x80 || !isRunPunct(c) {
		return 0
	}
	k := 1
	for k < len(s) && s[k] == c {
		k++
	}
	return k
}

// punctRunBack is punctRun at the end of s.
func punctRunBack(s string) int {
	c := s[len(s)-1]
	if c >= 0x80 || !isRunPunct(c) {
		return 0
	}
	k := 1
	for k < len(s) && s[len(s)-1-k] == c {
		k++
	}
	return k
}

func isRunPunct(c byte) bool { return strings.IndexByte("!?=*_~#+<>|", c) >= 0 }

func isPossessivePlural(s string) bool {
	t := strings.TrimSuffix(strings.TrimSuffix(s, "'"), "’")
	return len(t) > 1 && (t[len(t)-1] == 's' || t[len(t)-1] == 'S') && !strings.ContainsAny(t, "'’")
}

// isURL reports whether s looks like a URL or an e-mail address.
func isURL(s string) bool {
	l := strings.ToLower(s)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.") ||
		strings.HasPrefix(l, "ftp://") {
		return true
	}
	at := strings.IndexByte(s, '@')
	return at > 0 && strings.Contains(s[at:], ".") && !strings.ContainsAny(s, "\"()")
}

// abbrevs end in a dot that belongs to them (compared without the dot, case-sensitive).
var abbrevs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`Mr Mrs Ms Dr Prof Gen Lt Col Capt Maj Sgt Cpl Pvt Adm Cmdr Gov Sen Rep Rev Fr Sens Reps Govs Gens
	Hon Pres Amb Brig Supt Insp Det Atty Messrs Mme St Jr Sr Inc Corp Co Ltd Bros Mt Ft Ave Blvd Rd Dept
	Univ Assn Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thurs Fri Sat Sun No Nos
	Vol Fig vs etc approx est al cf ca Op Art Sec Calif Fla Mass Penn Tex Va Wash Ariz Colo Conn Ga Ill Ind
	Kan Ky La Md Mich Minn Miss Mo Mont Neb Nev Okla Ore Tenn Wis Wyo Ph Ltd pp Gov't`) {
		abbrevs[w] = true
	}
}

// isAbbrev reports whether s, ending in ".", is an abbreviation that keeps its dot:
// a known one, an initial ("J."), or letters with dots ("U.S.", "e.g.", "a.m.").
func isAbbrev(s string) bool {
	w := s[:len(s)-1]
	if abbrevs[w] {
		return true
	}
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsLetter(r) {
		return true
	}
	if !strings.Contains(w, ".") {
		return false
	}
	for _, p := range strings.Split(w, ".") {
		if p == "" || utf8.RuneCountInString(p) > 2 {
			return false
		}
		for _, r := range p {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// specials are whole words the treebank splits in two, lower case, with the split point.
var specials = map[string]int{
	"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3, "dont": 2, "didnt": 3, "doesnt": 4,
	"isnt": 2, "wasnt": 3, "arent": 3, "couldnt": 5, "wouldnt": 5, "shouldnt": 6, "havent": 4,
	"hasnt": 3,
}

// clitic returns the byte length of a clitic ending s ("'s", "n't", "'ll", "'re", "'ve",
// "'d", "'m"; the apostrophe straight or curly), or 0.
func clitic(s string) int {
	l := strings.ToLower(s)
	for _, apo := range [...]string{"'", "’"} {
		if strings.HasSuffix(l, "n"+apo+"t") {
			return 2 + len(apo)
		}
		for _, c := range [...]string{"s", "ll", "re", "ve", "d", "m"} {
			if strings.HasSuffix(l, apo+c) {
				return len(apo) + len(c)
			}
		}
	}
	return 0
}

// isLetterWord reports whether s is letters only (and not empty).
func isLetterWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// hyphenPrefixes keep their hyphen: "re-elect", "non-profit", "e-mail".
var hyphenPrefixes = map[string]bool{}

func init() {
	for _, p := range strings.Fields(`e a re non pre post anti mid co over pro multi ex sub semi neo cross
	vice un micro intra inter counter socio macro mini bi tri de inter ultra`) {
		hyphenPrefixes[p] = true
	}
}

// splitWord appends the tokens of a word without surrounding punctuation: clitics and
// hyphenated compounds are split.
func splitWord(toks []Token, text string, a, b int, url bool) []Token {
	s := text[a:b]
	if url {
		return add(toks, text, a, b)
	}
	if k, ok := specials[strings.ToLower(s)]; ok {
		toks = add(toks, text, a, a+k)
		return add(toks, text, a+k, b)
	}
	if c := clitic(s); c > 0 && c < len(s) {
		stem := s[:len(s)-c]
		if r, _ := utf8.DecodeLastRuneInString(stem); unicode.IsLetter(r) || unicode.IsDigit(r) {
			toks = splitHyphens(toks, text, a, b-c)
			return add(toks, text, b-c, b)
		}
	}
	return splitHyphens(toks, text, a, b)
}

// splitHyphens splits text[a:b] at slashes between words ("and/or") and at hyphens between
// letters, unless the first part is a prefix.
func splitHyphens(toks []Token, text string, a, b int) []Token {
	s := text[a:b]
	if k := strings.IndexByte(s, '/'); k > 0 && k < len(s)-1 && isLetterWord(s[:k]) && isLetterWord(s[k+1:k+2]) {
		toks = splitHyphens(toks, text, a, a+k)
		toks = add(toks, text, a+k, a+k+1)
		return splitHyphens(toks, text, a+k+1, b)
	}
	h := strings.IndexByte(s, '-')
	if h <= 0 || h == len(s)-1 {
		return add(toks, text, a, b)
	}
	if hyphenPrefixes[strings.ToLower(s[:h])] {
		return add(toks, text, a, b)
	}
	letter := func(t string) bool { return strings.IndexFunc(t, unicode.IsLetter) >= 0 }
	start := a
	for {
		h := strings.IndexByte(text[start:b], '-')
		if h < 0 {
			break
		}
		left, right := text[start:start+h], text[start+h+1:b]
		if right == "" || left == "" || !letter(left) && !letter(right) {
			break
		}
		toks = add(toks, text, start, start+h)
		toks = add(toks, text, start+h, start+h+1)
		start += h + 1
	}
	return add(toks, text, start, b)
}
