package loader

// Document evidence that an unknown capitalised single word ("Velkacorp", "Lumo") names a
// company or a band: the constructions around its occurrences that only a firm's or a
// band's name takes ("Velkacorp's shares", "shares in Velkacorp", "Velkacorp said it
// would", "the Lumo singer"). A word with any person's construction in the document ("said
// he", after "Mr"), a work's cue ("the film X"), written in lower case, common in English, a given name, or the end of a
// longer name, gets nothing: resolution then decides as before.

// singleCues counts the constructions of one capitalised single word in a document.
type singleCues struct {
	org, person int
	work        bool // after a work's cue noun or before a work's noun ("the film X", "X trailer")
	surname     bool // the last word of a longer capitalised name ("Bakari Mwinyi")
}

var (
	singleOrgPossessed    = wordSet("singleOrgPossessed")
	singleOrgBefore       = phraseSet("singleOrgBefore")
	singleBandMembers     = wordSet("singleBandMembers")
	singleOrgModals       = wordSet("singleOrgModals")
	singleBought          = wordSet("singleBought")
	singleFirmNouns       = wordSet("singleFirmNouns")
	singleBandBefore      = wordSet("singleBandBefore")
	singleSurveyNouns     = wordSet("singleSurveyNouns")
	singleShareMoves      = wordSet("singleShareMoves")
	singleChiefs          = wordSet("singleChiefs")
	singlePersonPossessed = wordSet("singlePersonPossessed")
	singleAfterBought     = wordSet("singleAfterBought")
)

// aloneCap reports whether words[k] is a capitalised word with no capitalised word next to
// it (the possessive "'s" after it is allowed).
func aloneCap(ws []word, k int) bool {
	w := ws[k]
	if !w.Cap || w.Punct || w.Upper || w.Hyph || len(w.Key) < 3 || !allAlpha(ws[k:k+1]) {
		return false
	}
	if k > 0 && (ws[k-1].Cap && !ws[k-1].Punct && !(k == 1 && sentenceOpener(ws[0])) || ws[k-1].Hyph) {
		return false
	}
	if k+2 < len(ws) && (ws[k+1].Lower == "and" || ws[k+1].Text == "&" || ws[k+1].Lower == "of") && ws[k+2].Cap {
		return false // "Jones and Vining", "Bank of Kisumu": part of a longer name
	}
	if k+1 < len(ws) && ws[k+1].Text != "" && ws[k+1].Text[0] >= '0' && ws[k+1].Text[0] <= '9' {
		return false // "Velka 5", a band's or a product's name with its number
	}
	return !(k+1 < len(ws) && (ws[k+1].Cap && !ws[k+1].Punct || ws[k+1].Hyph))
}

// titledSingle reports whether words[k] is one capitalised word right after a capitalised
// title word and before no other capitalised word ("Energy Minister Velkor said").
func titledSingle(ws []word, k int) bool {
	w := ws[k]
	if k == 0 || !w.Cap || w.Punct || w.Upper || w.Hyph || !ws[k-1].Cap || orgHeads[w.Key] || companySuffixes[w.Key] {
		return false // "General Motors": a body's head word
	}
	if _, ok := titleLex().titles[ws[k-1].Key]; !ok {
		return false
	}
	return !(k+1 < len(ws) && (ws[k+1].Cap && !ws[k+1].Punct || ws[k+1].Hyph))
}

// sentenceOpener reports whether w, first in its sentence, is a common English word that
// no given name is ("The", "But", "Analysts"), capitalised only for its place.
func sentenceOpener(w word) bool {
	return w.Cap && !w.Upper && lex().common[w.Key] && !lex().givenNames[w.Key] && !lex().firstNames[w.Key]
}

// singleEvidence adds the cues of sentence ws to cues, by the key of each capitalised
// word standing alone.
func singleEvidence(ws []word, cues map[string]*singleCues) {
	get := func(key string) *singleCues {
		if cues[key] == nil {
			cues[key] = &singleCues{}
		}
		return cues[key]
	}
	for k := range ws {
		if k > 0 && ws[k].Cap && !ws[k].Punct && ws[k-1].Cap && !ws[k-1].Punct && !(k == 1 && sentenceOpener(ws[0])) {
			get(ws[k].Key).surname = true
		}
		if titledSingle(ws, k) {
			get(ws[k].Key).person++ // "Energy Minister Velkor said": a person's title before it
			continue
		}
		if !aloneCap(ws, k) {
			continue
		}
		c := get(ws[k].Key)
		if k > 0 && !ws[k-1].Cap && workCues[ws[k-1].Lower] || k+1 < len(ws) && !ws[k+1].Cap && workNounsAfter[ws[k+1].Lower] {
			c.work = true
		}
		if singleOrgCue(ws, k) {
			c.org++
		}
		if singlePersonCue(ws, k) {
			c.person++
		}
	}
}

// singleOrgCue reports whether the word at words[k] stands in a firm's or a band's
// construction.
func singleOrgCue(ws []word, k int) bool {
	if k+2 < len(ws) && ws[k+1].Key == "s" && !ws[k+1].Hyph && singleOrgPossessed[ws[k+2].Lower] {
		return true // "Velkacorp's shares"
	}
	if k+3 < len(ws) && ws[k+1].Key == "s" && !ws[k+1].Hyph && ws[k+2].Lower == "chief" && singleChiefs[ws[k+3].Lower] {
		return true // "Velkacorp's chief executive": a person has no chief executive
	}
	if k >= 2 && singleOrgBefore[ws[k-2].Lower+" "+ws[k-1].Lower] {
		return true // "shares in Tarsa", "analysts at Ravenna"
	}
	if k >= 1 && !ws[k-1].Cap && (companyCues[ws[k-1].Lower] || singleFirmNouns[ws[k-1].Lower]) {
		return true // "chip giant Intel", "analysts Gartner", "rap band Velkatones"
	}
	if k+2 < len(ws) && (ws[k+1].Lower == "shares" || ws[k+1].Lower == "stock") && !ws[k+1].Cap && singleShareMoves[ws[k+2].Lower] {
		return true // "Velkacorp shares fell"
	}
	if k >= 1 && k+1 < len(ws) && ws[k-1].Text == "<" && ws[k+1].Text == ">" {
		return true // wire copy's "<Velkacorp>": a listed company, for its mentions outside the brackets
	}
	if k >= 1 && singleBought[ws[k-1].Lower] && (k+1 >= len(ws) || ws[k+1].Punct || singleAfterBought[ws[k+1].Lower]) {
		return true // "agreed to buy Velkacorp for", "acquired Tarsa in": not "bought Velkaphone handsets", a product
	}
	if k+1 < len(ws) && !ws[k+1].Cap && singleBandMembers[ws[k+1].Lower] && (ws[k+1].Lower != "singer" || k >= 1 && singleBandBefore[ws[k-1].Lower]) {
		return true // "the Lumo singer", "Lumo frontman X"
	}
	if k >= 1 && k+1 < len(ws) && ws[k-1].Lower == "the" && !ws[k+1].Cap && singleSurveyNouns[ws[k+1].Lower] {
		return true // "the Velkpoll survey suggests": a pollster
	}
	if k+3 < len(ws) && personVerbsAfter[ws[k+1].Lower] {
		for q := k + 2; q < len(ws) && q <= k+5 && !ws[q].Cap; q++ {
			if ws[q].Lower == "it" {
				return q+1 < len(ws) && singleOrgModals[ws[q+1].Lower] // "Velkacorp said it would"
			}
			if ws[q].Punct || personPronouns[ws[q].Lower] {
				break
			}
		}
	}
	return false
}

// singlePersonCue reports whether the word at words[k] stands in a person's construction:
// a personal pronoun after its verb of speech ("Mwinyi said he"), a title or honorific
// before it, or a family noun after its possessive ("Mwinyi's wife").
func singlePersonCue(ws []word, k int) bool {
	if k > 0 && (personHonorifics[ws[k-1].Key] || ws[k-1].Cap && isTitleWord(ws[k-1].Key)) { // "President X", not "of X"
		return true
	}
	if k+2 < len(ws) && ws[k+1].Key == "s" && (kinNouns[ws[k+2].Lower] || singlePersonPossessed[ws[k+2].Lower]) {
		return true
	}
	if k+1 < len(ws) && personVerbsAfter[ws[k+1].Lower] {
		for q := k + 2; q < len(ws) && q <= k+5 && !ws[q].Punct; q++ {
			if personPronouns[ws[q].Lower] {
				return true
			}
		}
	}
	return false
}

// singleOrg reports whether the document's evidence makes the unknown single word key a
// firm's or a band's name.
func (dt *detector) singleOrg(key string) bool {
	c := dt.singles[key]
	return c != nil && c.org > 0 && c.person == 0 && !c.work && !c.surname && !dt.lower[key] && !dt.lex.common[key] &&
		!dt.lex.firstNames[key] && !dt.lex.givenNames[key] && !dt.titled[key] && !dt.works[key]
}

// singlePerson reports whether the document's evidence makes the unknown single word key a
// person's: a person's constructions and no firm's.
func (dt *detector) singlePerson(key string) bool {
	c := dt.singles[key]
	return c != nil && c.person > 0 && c.org == 0 && !c.work && !dt.lower[key] && !dt.lex.common[key]
}

// singleHint gives the unknown single word m (words[m.Start], the word before words[j])
// the document's evidence of its class, and reports whether there is any: a firm's
// ("Velkacorp said it would", "Velkacorp's shares"), unless resolution finds it the
// surname of a person named before; or a person's ("Qasim said he", "Qasim's funeral"),
// the given name of a person named in full.
func (dt *detector) singleHint(ws []word, j int, m *mention) bool {
	key := ws[m.Start].Key
	switch {
	case dt.singlePerson(key) && !(j < len(ws) && ws[j].Hyph):
		m.Class, m.personHint = "", true
	case dt.singleOrg(key):
		m.Class, m.orgHint = "", true
	default:
		return false
	}
	return true
}
