package schema

import (
	"strings"
	"unicode"
)

// NameKey returns the lookup key of a name: diacritics folded, lower case, a trailing
// possessive "'s" dropped, and every run of characters that are not letters or digits
// turned into one space. "Ali Khamene’i", "ali khamenei" and "ALI KHAMENEI'S" share a key.
// Both the loader and the store match names by this key.
func NameKey(name string) string {
	if k, ok := asciiNameKey(name); ok {
		return k
	}
	return runesNameKey(name)
}

// runesNameKey is NameKey for any name.
func runesNameKey(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	space := false
	rs := []rune(name)
	emit := func(f rune) {
		f = unicode.ToLower(f)
		if unicode.IsLetter(f) || unicode.IsDigit(f) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(f)
		} else {
			space = true
		}
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == '\'' || r == '’' || r == 'ʼ' || r == '`' {
			// "X's" at a word end: drop the possessive; elsewhere the apostrophe vanishes.
			if i+1 < len(rs) && (rs[i+1] == 's' || rs[i+1] == 'S') &&
				(i+2 == len(rs) || !unicode.IsLetter(rs[i+2]) && !unicode.IsDigit(rs[i+2])) {
				i++
			}
			continue
		}
		if r < 0xC0 {
			emit(r)
			continue
		}
		for _, f := range foldRune(r) {
			emit(f)
		}
	}
	return b.String()
}

// asciiNameKey is NameKey for a name of ASCII bytes only, the common case, without
// decoding runes; it returns false for any other name. Both give the same key.
func asciiNameKey(name string) (string, bool) {
	lower := true // name is already its own key: lower-case words, single spaces
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 0x80:
			return "", false
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c == ' ' && i > 0 && i+1 < len(name) && name[i+1] != ' ':
		default:
			lower = false
		}
	}
	if lower {
		return name, true
	}
	b := make([]byte, 0, len(name))
	space := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c == '\'' || c == '`' {
			if i+1 < len(name) && (name[i+1] == 's' || name[i+1] == 'S') &&
				(i+2 == len(name) || !isASCIIAlnum(name[i+2])) {
				i++
			}
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if isASCIIAlnum(c) {
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
		} else {
			space = true
		}
	}
	return string(b), true
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// foldRune returns r with its diacritics removed (Latin letters), or r itself.
func foldRune(r rune) string {
	if r < 0xC0 {
		return string(r)
	}
	if f, ok := foldTable[r]; ok {
		return f
	}
	if unicode.Is(unicode.Mn, r) { // a combining mark left by decomposed text
		return ""
	}
	return string(r)
}

var foldTable = func() map[rune]string {
	m := make(map[rune]string)
	add := func(base string, letters string) {
		for _, r := range letters {
			m[r] = base
		}
	}
	add("A", "ÀÁÂÃÄÅĀĂĄǍȀȂẠẢẤẦẨẪẬẮẰẲẴẶ")
	add("a", "àáâãäåāăąǎȁȃạảấầẩẫậắằẳẵặ")
	add("AE", "Æ")
	add("ae", "æ")
	add("C", "ÇĆĈĊČ")
	add("c", "çćĉċč")
	add("D", "ĎĐÐḌ")
	add("d", "ďđðḍ")
	add("E", "ÈÉÊËĒĔĖĘĚȄȆẸẺẼẾỀỂỄỆ")
	add("e", "èéêëēĕėęěȅȇẹẻẽếềểễệ")
	add("G", "ĜĞĠĢǦ")
	add("g", "ĝğġģǧ")
	add("H", "ĤĦḤ")
	add("h", "ĥħḥ")
	add("I", "ÌÍÎÏĨĪĬĮİǏȈȊỈỊ")
	add("i", "ìíîïĩīĭįıǐȉȋỉị")
	add("J", "Ĵ")
	add("j", "ĵ")
	add("K", "ĶǨ")
	add("k", "ķǩ")
	add("L", "ĹĻĽĿŁ")
	add("l", "ĺļľŀł")
	add("N", "ÑŃŅŇ")
	add("n", "ñńņňŉ")
	add("O", "ÒÓÔÕÖØŌŎŐƠǑȌȎỌỎỐỒỔỖỘỚỜỞỠỢ")
	add("o", "òóôõöøōŏőơǒȍȏọỏốồổỗộớờởỡợ")
	add("OE", "Œ")
	add("oe", "œ")
	add("R", "ŔŖŘ")
	add("r", "ŕŗř")
	add("S", "ŚŜŞŠȘṢ")
	add("s", "śŝşšșṣ")
	add("ss", "ß")
	add("T", "ŢŤŦȚṬ")
	add("t", "ţťŧțṭ")
	add("TH", "Þ")
	add("th", "þ")
	add("U", "ÙÚÛÜŨŪŬŮŰŲƯǓǕǗǙǛȔȖỤỦỨỪỬỮỰ")
	add("u", "ùúûüũūŭůűųưǔǖǘǚǜȕȗụủứừửữự")
	add("W", "Ŵ")
	add("w", "ŵ")
	add("Y", "ÝŶŸỲỴỶỸ")
	add("y", "ýÿŷỳỵỷỹ")
	add("Z", "ŹŻŽẒ")
	add("z", "źżžẓ")
	m['×'] = "×"
	m['÷'] = "÷"
	return m
}()
