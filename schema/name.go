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
	var b strings.Builder
	b.Grow(len(name))
	space := false
	rs := []rune(name)
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
		for _, f := range foldRune(r) {
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
	}
	return b.String()
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
