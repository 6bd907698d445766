package loader

import "strings"

// A headline written in title case ("Rebels Seize Town Near Capital") capitalises every
// word, so its capitals say nothing of names: read as they are, they make names of
// verbs and nouns ("Seize Town Near Capital"). This file gives such a headline the
// capitals of the document's body: a word keeps its capital only when the body writes it
// capitalised inside a sentence (or anywhere, never in lower case), it is an acronym, or
// it belongs to a phrase of the lexicons ("Iran", "United Nations"); the other words are
// read in lower case. A headline in sentence case ("Rebels seize town near capital") is
// read as it is.

// headlineSmallWords are the short words a title-case headline may leave in lower case.
var headlineSmallWords = wordSet("headlineSmallWords")

// recaseHeadline lowers the capitals of sentence 1 of d, words sents[0], when it is the
// document's headline written in title case and the body follows it.
func recaseHeadline(d *document, sents [][]word, l *lexicon) {
	if len(sents) < 2 || len(d.Sentences) == 0 || d.Meta.Headline == "" || !sameText(d.Meta.Headline, d.Sentences[0].Text) || !titleCase(sents[0], l) {
		return
	}
	lower, capMid, capAny := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, ws := range sents[1:] {
		for k, w := range ws {
			switch {
			case w.Punct || w.Key == "":
			case !w.Cap:
				lower[w.Key] = true
			default:
				capAny[w.Key] = true
				if k > 0 && !ws[k-1].Punct {
					capMid[w.Key] = true
				}
			}
		}
	}
	h := sents[0]
	keep := lexiconWords(h, l)
	for k := range h {
		w := &h[k]
		if !w.Cap || w.Upper || w.Punct || keep[k] || capMid[w.Key] || capAny[w.Key] && !lower[w.Key] {
			continue
		}
		w.Cap = false
	}
}

// titleCase reports whether the words of a headline are in title case: of its words after
// the first, other than the short ones title case leaves in lower case ("of", "in"), at
// least three are capitalised, none in lower case, and one of them at least is an English
// word of commonwords.txt ("Seize"); an acronym or shouted headline is not.
func titleCase(ws []word, l *lexicon) bool {
	capitals, common := 0, false
	for k, w := range ws {
		if k == 0 || w.Punct || w.Key == "" || w.Hyph || isDigitWord(w.Text) {
			continue
		}
		switch {
		case w.Upper:
			return false
		case !w.Cap && headlineSmallWords[w.Lower]:
		case !w.Cap:
			return false
		default:
			capitals++
			common = common || l.common[w.Key]
		}
	}
	return capitals >= 3 && common
}

// lexiconWords marks the words of ws that a phrase of the lexicons covers: a country, a
// place, a known body or a demonym ("Iran", "United Nations", "Kenyan").
func lexiconWords(ws []word, l *lexicon) map[int]bool {
	keep := map[int]bool{}
	for k := 0; k < len(ws); k++ {
		for n := min(l.maxWords, len(ws)-k); n >= 1; n-- {
			keys := make([]string, 0, n)
			for _, w := range ws[k : k+n] {
				keys = append(keys, w.Key)
			}
			if _, ok := l.phrases[strings.Join(keys, " ")]; ok && ws[k].Cap {
				for p := k; p < k+n; p++ {
					keep[p] = true
				}
				k += n - 1
				break
			}
		}
	}
	return keep
}
