package syntax

import (
	"strings"
)

// This file gives lemmas: a table of (form, XPOS) -> lemma read from the training
// treebank, holding only the pairs the rules below get wrong, then suffix rules by XPOS.

// lemmatizer looks lemmas up in its exceptions, then applies ruleLemma.
type lemmatizer struct {
	exc map[string]string // lower-case form + "\t" + XPOS -> lemma
}

func (lm *lemmatizer) lemma(form, xpos string) string {
	lf := lowerASCII(form)
	if l, ok := lm.exc[lf+"\t"+xpos]; ok {
		return l
	}
	return ruleLemma(form, lf, xpos)
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// ruleLemma is the lemma the suffix rules give form (lf is its lower case) with tag xpos.
func ruleLemma(form, lf, xpos string) string {
	switch xpos {
	case "NNP":
		return form
	case "NNPS":
		if strings.HasSuffix(form, "s") && len(form) > 3 {
			return form[:len(form)-1]
		}
		return form
	case "NNS", "VBZ":
		switch {
		case strings.HasSuffix(lf, "ies") && len(lf) > 4:
			return lf[:len(lf)-3] + "y"
		case strings.HasSuffix(lf, "sses"), strings.HasSuffix(lf, "xes"), strings.HasSuffix(lf, "zes"),
			strings.HasSuffix(lf, "ches"), strings.HasSuffix(lf, "shes"):
			return lf[:len(lf)-2]
		case strings.HasSuffix(lf, "ss"), strings.HasSuffix(lf, "us"), strings.HasSuffix(lf, "is"):
			return lf
		case strings.HasSuffix(lf, "s") && len(lf) > 2:
			return lf[:len(lf)-1]
		}
	case "VBD", "VBN":
		switch {
		case strings.HasSuffix(lf, "ied") && len(lf) > 4:
			return lf[:len(lf)-3] + "y"
		case strings.HasSuffix(lf, "ed") && len(lf) > 4:
			return undouble(lf[:len(lf)-2])
		}
	case "VBG":
		if strings.HasSuffix(lf, "ing") && len(lf) > 5 {
			return undouble(lf[:len(lf)-3])
		}
	case "JJR", "RBR":
		if strings.HasSuffix(lf, "er") && len(lf) > 4 {
			return undouble(lf[:len(lf)-2])
		}
	case "JJS", "RBS":
		if strings.HasSuffix(lf, "est") && len(lf) > 5 {
			return undouble(lf[:len(lf)-3])
		}
	}
	return lf
}

// undouble turns "stopp" into "stop" and "mak" into "make" by a rough rule.
func undouble(s string) string {
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && !isVowel(s[n-1]) && strings.IndexByte("lsz", s[n-1]) < 0 {
		return s[:n-1]
	}
	if n >= 3 && !isVowel(s[n-1]) && isVowel(s[n-2]) && !isVowel(s[n-3]) && strings.IndexByte("wxyrn", s[n-1]) < 0 && n <= 4 {
		return s + "e"
	}
	if n >= 4 && needsE(s) {
		return s + "e"
	}
	return s
}

// needsE reports whether a longer verb stem left by "-ed" or "-ing" lost a final e by the
// endings English spells that way: "endors", "serv", "forc", "seiz", "continu", "judg",
// "creat", "divid", "combin", "assum", "settl" (not "focus", "develop", "visit",
// "abandon", which keep their stem).
func needsE(s string) bool {
	n := len(s)
	c, p, q := s[n-1], s[n-2], s[n-3]
	single := isVowel(p) && !isVowel(q) // one vowel before the last letter: "creat", not "treat"
	switch c {
	case 'v', 'c', 'u':
		return true
	case 'z':
		return p != 'z'
	case 's':
		return strings.IndexByte("rnlp", p) >= 0 || isVowel(p) && isVowel(q) && p != q // "endors", "caus", "prais"
	case 'g':
		return strings.IndexByte("dlr", p) >= 0 || single
	case 't':
		return single && (p == 'a' || p == 'u' || p == 'o')
	case 'd':
		return single && (p == 'a' || p == 'i' || p == 'o' || p == 'u')
	case 'k':
		return single && p != 'a' && p != 'e'
	case 'n':
		return single && p == 'i'
	case 'm':
		return single && (p == 'u' || p == 'a')
	case 'l':
		return strings.IndexByte("bptgkdczf", p) >= 0
	}
	return false
}

// newLemmatizer learns the exceptions from the gold lemmas of sents.
func newLemmatizer(sents []*Sentence) *lemmatizer {
	counts := map[string]map[string]int{}
	forms := map[string]string{} // key -> the form first seen
	for _, s := range sents {
		for _, t := range s.Tokens {
			if t.Lemma == "" {
				continue
			}
			k := lowerASCII(t.Form) + "\t" + t.XPOS
			if counts[k] == nil {
				counts[k] = map[string]int{}
			}
			counts[k][t.Lemma]++
			if _, ok := forms[k]; !ok {
				forms[k] = t.Form
			}
		}
	}
	lm := &lemmatizer{exc: map[string]string{}}
	for k, m := range counts {
		best, bn := "", 0
		for l, n := range m {
			if n > bn || n == bn && l < best {
				best, bn = l, n
			}
		}
		lf, xpos, _ := strings.Cut(k, "\t")
		if ruleLemma(forms[k], lf, xpos) != best {
			lm.exc[k] = best
		}
	}
	return lm
}
