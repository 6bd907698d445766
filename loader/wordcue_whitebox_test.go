package loader

import (
	"sync"
	"testing"
)

// TestHotSetsMatchTheirMaps checks that a hot set's bit test says what a look-up of the
// word's lower-case form in the set's map says, for every word of every hot set, in
// several cases and with punctuation and "'s" around, for words made by words() (cues
// known) and for literals (no cues: the map itself), with words made on several
// goroutines at once as the per-document stages make them.
func TestHotSetsMatchTheirMaps(t *testing.T) {
	var texts []string
	for _, h := range hotSets {
		for k := range h.set() {
			texts = append(texts, k+" , "+k+"'s ("+capitalize(k)+") \u201c"+k+"\u201d")
		}
	}
	texts = append(texts, "Minister Tomas Varga of Veldonia said on Monday that they were not to blame.")
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for n := g; n < len(texts); n += 4 {
				for _, w := range words(texts[n]) {
					lit := word{Text: w.Text, Key: w.Key, Lower: w.Lower}
					for i, h := range hotSets {
						want := h.set()[w.Lower]
						if w.in(h) != want || lit.in(h) != want {
							t.Errorf("hot set %d, word %q of %q: in %v, literal %v, map %v", i, w.Text, texts[n], w.in(h), lit.in(h), want)
						}
					}
				}
			}
		}(g)
	}
	wg.Wait()
}

// capitalize returns s with its first byte in upper case when it is a lower-case letter.
func capitalize(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
