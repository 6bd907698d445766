package loader

import "sync"

// wordCue records which of the hottest look-ups of detection and reading a word passes:
// whether a lexicon phrase, a title or a trigger can start at it. Each is a map look-up
// by the word's key or lower-case form that matchTitle, lexMatch and matchTrigger made
// again at every position they were asked about, in every pass; newWord now makes one
// look-up in a table of all their first words when it makes the word. A word made
// otherwise (a literal) has no cues known, and its tests look in the tables themselves.
type wordCue uint8

const (
	cueKnown         wordCue = 1 << iota // the cues below were computed (newWord)
	cueLexPrefix                         // lex().prefixes[Key]: lexicon phrases go on from the word
	cueTitleStart                        // titleStarts()[Key]: a title starts with the word
	cueTitleLower                        // titleLex().lower holds Key ("a Kenyan national")
	cueTriggerPhrase                     // triggerLexicon().phrases holds Lower
	cueTriggerPrefix                     // triggerLexicon().prefixes[Lower]: triggers go on from it

	keyCues   = cueLexPrefix | cueTitleStart | cueTitleLower // looked up by Key
	lowerCues = cueTriggerPhrase | cueTriggerPrefix          // looked up by Lower
)

// cueTable maps every string some cue holds for to its cues, as keys (keyCues) and as
// lower-case forms (lowerCues) alike: a word takes the key cues of its Key and the
// lower-case cues of its Lower, one look-up when the two are the same string.
var cueTable = sync.OnceValue(func() map[string]wordCue {
	m := map[string]wordCue{}
	for k := range lex().prefixes {
		m[k] |= cueLexPrefix
	}
	for k := range titleStarts() {
		m[k] |= cueTitleStart
	}
	for k := range titleLex().lower {
		m[k] |= cueTitleLower
	}
	tt := triggerLexicon()
	for k := range tt.phrases {
		m[k] |= cueTriggerPhrase
	}
	for k := range tt.prefixes {
		m[k] |= cueTriggerPrefix
	}
	return m
})

// computeCues returns the cues of a word with key and lower-case form lower.
func computeCues(key, lower string) wordCue {
	t := cueTable()
	c := t[key] & keyCues
	if lower == key {
		c |= t[key] & lowerCues
	} else {
		c |= t[lower] & lowerCues
	}
	return c | cueKnown
}

// cues returns w's cues, computed from the tables when newWord did not.
func (w *word) cues() wordCue {
	if w.cue&cueKnown != 0 {
		return w.cue
	}
	return computeCues(w.Key, w.Lower)
}

// has reports whether w has cue c.
func (w *word) has(c wordCue) bool { return w.cues()&c != 0 }
