package loader

import "sync"

// wordCue records which of the hottest look-ups of detection and reading a word passes:
// whether a lexicon phrase, a title or a trigger can start at it. Each is a map look-up
// by the word's key or lower-case form that matchTitle, lexMatch and matchTrigger made
// again at every position they were asked about, in every pass; newWord now makes one
// look-up in a table of all their first words when it makes the word. A word made
// otherwise (a literal) has no cues known, and its tests look in the tables themselves.
// The bits from cueHot0 up record the word's membership of the hot word sets (below).
type wordCue uint32

const (
	cueKnown         wordCue = 1 << iota // the cues below were computed (newWord)
	cueLexPrefix                         // lex().prefixes[Key]: lexicon phrases go on from the word
	cueTitleStart                        // titleStarts()[Key]: a title starts with the word
	cueTitleLower                        // titleLex().lower holds Key ("a Kenyan national")
	cueTriggerPhrase                     // triggerLexicon().phrases holds Lower
	cueTriggerPrefix                     // triggerLexicon().prefixes[Lower]: triggers go on from it
	cueHot0                              // the first hot word set's bit; the others are above it

	hotCues = ^(cueHot0 - 1) // the bits of the hot word sets

	keyCues   = cueLexPrefix | cueTitleStart | cueTitleLower  // looked up by Key
	lowerCues = cueTriggerPhrase | cueTriggerPrefix | hotCues // looked up by Lower
)

// A hotSet is one of the word sets that the loader's stages look a word's lower-case form
// up in most often (a CPU profile of extraction on the BBC corpus): the cue table holds
// their words too, so newWord records a word's memberships with the look-up it makes
// anyway, and w.in(set) is a bit test instead of a map look-up at every position and
// pass that asks.
type hotSet struct {
	bit wordCue
	set func() map[string]bool
}

// hotSets are the registered hot sets, in the order of their bits.
var hotSets []hotSet

// cueTableBuilt is set when cueTable is built: a set registered after it would have no
// bits in the table.
var cueTableBuilt bool

// hotWords registers the word set that set returns as a hot set. It is called from
// package variable declarations only (below), before any word is made.
func hotWords(set func() map[string]bool) hotSet {
	bit := cueHot0 << len(hotSets)
	if cueTableBuilt || bit == 0 {
		panic("wordcue.go: hot set registered too late or one too many")
	}
	h := hotSet{bit: bit, set: set}
	hotSets = append(hotSets, h)
	return h
}

// hotWordSet registers the word set m as a hot set.
func hotWordSet(m map[string]bool) hotSet {
	return hotWords(func() map[string]bool { return m })
}

// The hot sets: a call site tests ws[i].in(hotX) where it looked up x[ws[i].Lower].
var (
	hotPrepositions     = hotWordSet(prepositions)
	hotBoundaries       = hotWordSet(boundaries)
	hotCommonStarts     = hotWordSet(commonStarts)
	hotParticles        = hotWordSet(particles)
	hotNotNames         = hotWordSet(notNames)
	hotPluralPronouns   = hotWordSet(pluralPronouns)
	hotNeuterPronouns   = hotWordSet(neuterPronouns)
	hotBeVerbs          = hotWordSet(beVerbs)
	hotReportVerbs      = hotWordSet(reportVerbs)
	hotPlaceNounCues    = hotWordSet(placeNounCues)
	hotMediaCues        = hotWordSet(mediaCues)
	hotOrgCues          = hotWordSet(orgCues)
	hotMemberGroupNouns = hotWordSet(memberGroupNouns)
	hotPeopleForceNouns = hotWordSet(peopleForceNouns)
	hotUnnamedPersons   = hotWordSet(unnamedPersonNouns)
	hotGroupModifiers   = hotWordSet(groupModifierNouns)
	hotPairGroupNouns   = hotWordSet(pairGroupNouns)
	hotNegators         = hotWordSet(negators)
	hotGameWords        = hotWords(gameWords)
	hotPlacePreps       = hotWordSet(placePreps)
	hotCompass          = hotWordSet(compass)
	hotGatherVerbs      = hotWordSet(gatherVerbs)
	hotAllegationForms  = hotWordSet(allegationForms)
	hotCeaseGerunds     = hotWordSet(ceaseGerundVerbs)
	hotHarmVerbs        = hotWordSet(harmVerbs)
)

// in reports whether w's lower-case form is a word of the hot set s.
func (w *word) in(s hotSet) bool {
	if w.cue&cueKnown != 0 {
		return w.cue&s.bit != 0
	}
	return s.set()[w.Lower]
}

// cueTable maps every string some cue holds for to its cues, as keys (keyCues) and as
// lower-case forms (lowerCues) alike: a word takes the key cues of its Key and the
// lower-case cues of its Lower, one look-up when the two are the same string.
var cueTable = sync.OnceValue(func() map[string]wordCue {
	cueTableBuilt = true
	m := map[string]wordCue{}
	for _, h := range hotSets {
		for k := range h.set() {
			m[k] |= h.bit
		}
	}
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
