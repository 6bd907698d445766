package resolve

import "strings"

// This file holds the comparisons of name keys that both the loader (inside one
// document) and cross-document resolution use.

// Similar reports whether two name keys are spelling variants. Short names (five
// letters or fewer once doubled letters are single) differ at most in one vowel
// ("mahdi"/"mehdi", "qasem"/"qassem"; not "dole"/"doyle" or "kane"/"kanye"); longer ones
// are close by Jaro-Winkler and in length ("soleimani"/"suleimani", not
// "jack"/"jackson").
func Similar(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 4 || len(b) < 4 || a[0] != b[0] && !(vowel(a[0]) && vowel(b[0])) {
		return false
	}
	if min(len(a), len(b)) <= 5 {
		da, db := undouble(a), undouble(b)
		if da == db {
			return true
		}
		if len(da) != len(db) || len(da) < 5 {
			return false
		}
		diff := 0
		for i := 0; i < len(da); i++ {
			if da[i] != db[i] {
				if !vowel(da[i]) || !vowel(db[i]) {
					return false
				}
				diff++
			}
		}
		return diff <= 1
	}
	if d := len(a) - len(b); d > 2 || d < -2 {
		return false
	}
	return JaroWinkler(a, b) >= 0.9
}

// Variant reports whether two name keys are equal, or spelling variants ([Similar])
// that share a blocking key ([VariantBlocks]). Cross-document resolution compares keys
// with Variant, not Similar, so that looking candidates up by block finds every pair it
// would join: the result cannot depend on which keys a lookup happens to miss.
func Variant(a, b string) bool {
	if a == b {
		return true
	}
	if !Similar(a, b) {
		return false
	}
	for _, x := range VariantBlocks(a) {
		for _, y := range VariantBlocks(b) {
			if x == y {
				return true
			}
		}
	}
	return false
}

// undouble writes each run of one letter once: "qassem" -> "qasem".
func undouble(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i == 0 || s[i] != s[i-1] {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func vowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// VariantBlocks returns the blocking keys of a name key: two keys that Similar accepts
// share one of them in practice (the same consonant skeleton, as in
// "soleimani"/"suleimani", or the same first six letters, as in
// "grandclaude"/"granclaude"). Lookups by block keep resolution near-linear in the
// number of names.
func VariantBlocks(key string) []string {
	var b strings.Builder
	b.WriteString("s:")
	var prev rune
	for _, c := range key {
		if c < 0x80 && vowel(byte(c)) {
			continue
		}
		if c == 'w' {
			c = 'v'
		}
		if c != prev {
			b.WriteRune(c)
		}
		prev = c
	}
	out := []string{b.String()}
	if r := []rune(key); len(r) >= 7 {
		out = append(out, "p:"+string(r[:6]))
	}
	return out
}

// JaroWinkler returns the Jaro-Winkler similarity of two strings.
func JaroWinkler(a, b string) float64 {
	if len(a) <= 64 && len(b) <= 64 && isASCII(a) && isASCII(b) {
		return jaroWinklerASCII(a, b)
	}
	ra, rb := []rune(a), []rune(b)
	la, lb := len(ra), len(rb)
	if la == 0 || lb == 0 {
		return 0
	}
	win := max(la, lb)/2 - 1
	win = max(win, 0)
	ma := make([]bool, la)
	mb := make([]bool, lb)
	matches := 0
	for i := range ra {
		lo, hi := max(0, i-win), min(lb, i+win+1)
		for j := lo; j < hi; j++ {
			if !mb[j] && ra[i] == rb[j] {
				ma[i], mb[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	t, j := 0, 0
	for i := range ra {
		if !ma[i] {
			continue
		}
		for !mb[j] {
			j++
		}
		if ra[i] != rb[j] {
			t++
		}
		j++
	}
	m := float64(matches)
	jaro := (m/float64(la) + m/float64(lb) + (m-float64(t)/2)/m) / 3
	p := 0
	for p < min(4, la, lb) && ra[p] == rb[p] {
		p++
	}
	return jaro + float64(p)*0.1*(1-jaro)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// jaroWinklerASCII is JaroWinkler for short ASCII strings, without allocating.
func jaroWinklerASCII(a, b string) float64 {
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 {
		return 0
	}
	win := max(max(la, lb)/2-1, 0)
	var ma, mb [64]bool
	matches := 0
	for i := 0; i < la; i++ {
		lo, hi := max(0, i-win), min(lb, i+win+1)
		for j := lo; j < hi; j++ {
			if !mb[j] && a[i] == b[j] {
				ma[i], mb[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	t, j := 0, 0
	for i := 0; i < la; i++ {
		if !ma[i] {
			continue
		}
		for !mb[j] {
			j++
		}
		if a[i] != b[j] {
			t++
		}
		j++
	}
	m := float64(matches)
	jaro := (m/float64(la) + m/float64(lb) + (m-float64(t)/2)/m) / 3
	p := 0
	for p < min(4, la, lb) && a[p] == b[p] {
		p++
	}
	return jaro + float64(p)*0.1*(1-jaro)
}
