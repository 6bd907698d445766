package loader

// Evidence in the sentence and the document that an unknown capitalised pair of the shape
// of a rare given name and an English-word surname ("Oriel Hunt") is a person's name, when
// the word lists alone cannot tell it from a title of a film, a band or a product.

// speakerEvidence notes the capitalised words a sentence writes alone (no capitalised word
// before or after) as the subject of a verb of a person ("Hunt said", "Hunt told").
func speakerEvidence(ws []word, speakers map[string]bool) {
	for k, w := range ws {
		if !w.Cap || w.Punct || w.Upper || k+1 >= len(ws) || k > 0 && ws[k-1].Cap && !ws[k-1].Punct {
			continue
		}
		if personVerbsAfter[ws[k+1].Lower] {
			speakers[w.Key] = true
		}
	}
}

// pronounEvidence notes the capitalised pair of a sentence when it is the only one there
// and the next sentence opens with "He" or "She": the pronoun's nearest antecedent.
func pronounEvidence(sents [][]word, named map[string]bool) {
	for s := 0; s+1 < len(sents); s++ {
		next := sents[s+1]
		if len(next) == 0 || next[0].Lower != "he" && next[0].Lower != "she" {
			continue
		}
		ws, key, n := sents[s], "", 0
		for k := 1; k+1 < len(ws); k++ {
			if ws[k].Cap && !ws[k].Punct && !ws[k-1].Cap && ws[k+1].Cap && !ws[k+1].Punct {
				key, n = ws[k].Key+" "+ws[k+1].Key, n+1
			}
		}
		if n == 1 {
			named[key] = true
		}
	}
}

// pairPersonEvidence reports whether the unknown pair at words [i, j) — a first word that is
// no English word or is a given name, and a surname that is an English word ("Oriel Hunt") —
// is a person's on evidence a film's, a band's or a product's title never has: the surname
// after "Mr" or "Ms" elsewhere in the document; or, with no "the" before and no plural of
// an English word for a surname ("the Rusty Boys", "Copper Brothers") and no possessive
// before it but a country's ("Kenya's Oriel Hunt said"), a verb of speech after it ("Oriel
// Hunt said"), a body's leading verb and "by" or a body's noun and "under" before it ("the
// ministry under Oriel Hunt", "headed by Oriel Hunt"), a party or a body's name in
// brackets after it ("Oriel Hunt (Velka Party)"), "according to" before it, an apposition of a person's noun
// or an age ("Oriel Hunt, the minister,"; "Oriel Hunt, 54,"), the surname alone before a
// verb of speech elsewhere in the document, a "He"/"She" opening the next sentence, or a
// list with a person's name of a known given name next to it ("Ana Ruiz and Oriel Hunt"), a
// person's noun just before it ("bass player Oriel Wire", "her lawyer, Oriel Wander,"), or
// a copula and a person's noun after it ("Oriel Noon is another player").
func (dt *detector) pairPersonEvidence(ws []word, i, j int) bool {
	if j-i != 2 {
		return false
	}
	first, last := ws[i], ws[i+1]
	if first.Upper || last.Upper || particles[first.Key] || foreignArticles[first.Key] || dt.lex.common[first.Key] && !dt.lex.givenNames[first.Key] || dt.lower[first.Key] {
		return false // not "Il Sole"
	}
	if dt.titled[last.Key] {
		return true // "Mr Balls" elsewhere, whatever the surname
	}
	if i > 0 && (ws[i-1].Lower == "the" || ws[i-1].Key == "s" && !dt.countryPossessive(ws, i-1) || ws[i-1].Text == "'") || pluralCommon(dt.lex.common, last.Key) || personNounAt(ws, i+1) {
		return false // "the Rusty Boys, who", "Copper Brothers said", "the band's Silent Meadow", "Kisumu Reporter"; but "Kenya's Oriel Hunt said"
	}
	switch {
	case i > 0 && !ws[i-1].Cap && personNounAt(ws, i-1):
		return true // "bass player Oriel Wire", "fellow guitarist Oriel Guy"
	case i > 1 && ws[i-1].Text == "," && !ws[i-2].Cap && personNounAt(ws, i-2) && j < len(ws) && ws[j].Text == ",":
		return true // "her lawyer, Oriel Wander, said"
	case j+1 < len(ws) && (ws[j].Lower == "is" || ws[j].Lower == "was") && copulaPerson(ws, j+1):
		return true // "Oriel Noon is another player"
	case !whoFollows(ws, j) && appositionOfPerson(ws, j):
		return true // "Oriel Hunt, the minister,"
	case dt.lex.common[first.Key]:
		return false // "company, Red Bull, who": a given name that is an English word needs a person's noun
	case headedBy(ws, i, j) || dt.partyInBrackets(ws, j):
		return true // "the ministry under Oriel Hunt", "the movement, led by Oriel Hunt,", "Oriel Hunt (Velka Party)"
	case j < len(ws) && personVerbsAfter[ws[j].Lower] && !(i > 0 && speakerPreps[ws[i-1].Lower]):
		return true // not "Kristian Andersen of Velka Research said": the speaker is before
	case i > 1 && ws[i-1].Lower == "to" && ws[i-2].Lower == "according":
		return true
	}
	return whoFollows(ws, j) || dt.speakers[last.Key] || dt.pronounNamed[first.Key+" "+last.Key] || dt.listedWithPerson(ws, i, j)
}

// pluralCommon reports whether a word is the plural of an English word ("brothers").
func pluralCommon(common map[string]bool, key string) bool {
	return len(key) > 3 && key[len(key)-1] == 's' && common[key[:len(key)-1]]
}

// appositionOfPerson reports whether a comma at word j opens an apposition of a person: an
// age ("X, 54,"), "who", or up to four words after an optional determiner that reach a
// person's title or noun ("X, the former health minister,", "X, managing director,").
func appositionOfPerson(ws []word, j int) bool {
	if j+2 >= len(ws) || ws[j].Text != "," {
		return false
	}
	k := j + 1
	if ws[k].Lower == "who" {
		return true
	}
	if isAge(ws[k].Text) {
		return ws[k+1].Text == ","
	}
	if ws[k].Lower != "the" && ws[k].Lower != "a" && ws[k].Lower != "an" {
		k-- // no determiner: "X, managing director,"
	}
	for n := 0; n < 4 && k+1 < len(ws); n++ {
		k++
		w := ws[k]
		if w.Punct || w.Cap {
			return false
		}
		if personNounAt(ws, k) {
			return true
		}
	}
	return false
}

// destinationPerson reports whether a name after a preposition of place has a person's
// apposition ("the ministry went to Dao Minh Loc, a technocrat"): a determiner and up to
// three lower-case words reaching a person's noun before any noun of a place ("to Port
// Velka, a town where the minister lives" stays a place).
func destinationPerson(ws []word, j int) bool {
	if j+2 >= len(ws) || ws[j].Text != "," || ws[j+1].Lower != "a" && ws[j+1].Lower != "an" && ws[j+1].Lower != "the" {
		return false
	}
	for k := j + 2; k < len(ws) && k <= j+4; k++ {
		w := ws[k]
		if w.Punct || w.Cap || w.in(hotPlaceNounCues) || placeDescNouns[w.Lower] || geoHeadsAfter[w.Lower] {
			return false
		}
		if personNounAt(ws, k) {
			return true
		}
	}
	return false
}

// isAge reports whether a token is a person's age: a number of one to three digits.
func isAge(s string) bool {
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// workOfMaker reports whether the name at words [i, j) follows "director of" or another
// maker of a work ("producer of", "the director of") and an English word starts or ends it,
// as no person's name (unknownPairPerson), and no word is a head word of a body ("director
// of Broken Lantern"; not "director of Velka Networks", "director of Kovar Halden"): a
// film's, a book's or a show's title, no body.
func (dt *detector) workOfMaker(ws []word, i, j int) bool {
	k := i - 1
	if k >= 1 && ws[k].Lower == "the" {
		k--
	}
	if k < 1 || ws[k].Lower != "of" || !workMakers[ws[k-1].Lower] {
		return false
	}
	if dt.unknownPairPerson(ws[i:j]) || !dt.writesAny(workNouns) {
		return false // a work only in a story of a film, a book or an album: not "director of Regular Music" in a story of concerts
	}
	for _, w := range ws[i:j] {
		if w.Upper || w.Punct || dt.lex.firstNames[w.Key] || orgHeads[w.Key] || bodyLastWords[w.Key] || companySuffixes[w.Key] || clubHeads[w.Key] || placeHeads[w.Key] {
			return false
		}
	}
	return true
}

// writesAny reports whether the document writes one of the words in lower case.
func (dt *detector) writesAny(words map[string]bool) bool {
	for w := range words {
		if dt.lower[w] {
			return true
		}
	}
	return false
}

// workMakers, workNouns: see data/words.txt.
var (
	foreignArticles = wordSet("foreignArticles")
	personNouns     = wordSet("personNouns")
	speakerPreps    = wordSet("speakerPreps")
	workMakers      = wordSet("workMakers")
	workNouns       = wordSet("workNouns")
)

// whoFollows reports whether ", who" follows the name ending before word j: a person's
// relative clause, which no place takes ("a penalty from Ronan Velde, who kicked ten").
func whoFollows(ws []word, j int) bool {
	return j+1 < len(ws) && ws[j].Text == "," && ws[j+1].Lower == "who"
}

// listedWithPerson reports whether the name at words [i, j) is an item of a list whose item
// just before or just after it ("," or "and" between; with a comma alone, the list goes on
// past that item) is a name of two or three capitalised words that a given name of
// firstnames.txt starts ("actors Ana Ruiz, and Oriel Hunt"; not "the Guildford Four, Ana
// Ruiz -", "Ana Ruiz, Velka Research analyst", "X and Ana Ruiz's Y").
func (dt *detector) listedWithPerson(ws []word, i, j int) bool {
	k := i - 1
	if k >= 0 && ws[k].Lower == "and" {
		k--
	}
	if k >= 0 && ws[k].Text == "," {
		k--
	}
	if k < i-1 {
		s := k
		for s >= 0 && k-s < 4 && ws[s].Cap && !ws[s].Punct || s >= 0 && ws[s].Hyph {
			s--
		}
		comma := ws[i-1].Text == ","
		goesOn := s >= 0 && (ws[s].Text == "," || ws[s].Lower == "and")
		if s+1 < k && dt.givenNameItem(ws, s+1, k+1) && !(s >= 0 && ws[s].Lower == "the") && (!comma || goesOn) {
			return true // with a comma alone, only inside a list: not "Ana Ruiz, Velka Research analyst"
		}
	}
	k = j
	if k < len(ws) && ws[k].Text == "," {
		k++
	}
	if k < len(ws) && ws[k].Lower == "and" {
		k++
	}
	e := k
	for e < len(ws) && e-k < 4 && (ws[e].Cap && !ws[e].Punct || ws[e].Hyph) {
		e++
	}
	comma := k > j && ws[k-1].Text == ","
	goesOn := e < len(ws) && (ws[e].Text == "," || ws[e].Lower == "and")
	return k > j && e > k+1 && dt.givenNameItem(ws, k, e) && (!comma || goesOn) && !(e < len(ws) && ws[e].Key == "s")
}

// personItemAfter reports whether "and" and a person's full name by its given name follow
// the single word at words[j-1], the name ending the clause or a list ("take the fight to
// Voss and Ana Ruiz."): an unknown word after "to" or "at" coordinated with a person is a
// person, no place. Not when a verb or more follows the person ("went to Tarnby and Ana Ruiz stayed"):
// the second name may start a clause of its own.
func (dt *detector) personItemAfter(ws []word, j int) bool {
	k := j + 1
	if j >= len(ws) || ws[j].Lower != "and" {
		return false
	}
	e := k
	for e < len(ws) && e-k < 3 && ws[e].Cap && !ws[e].Punct {
		e++
	}
	end := e == len(ws) || ws[e].Punct && ws[e].Text != "'s" || ws[e].Lower == "and" || ws[e].Lower == "or"
	return e > k+1 && end && dt.givenNameItem(ws, k, e)
}

// givenNameItem reports whether words [s, e) are a person's name by their given name: a
// given name of firstnames.txt starts them, no lexicon knows a name there ("Hong Kong
// Land") and no body's head word ends them.
func (dt *detector) givenNameItem(ws []word, s, e int) bool {
	if !dt.lex.firstNames[ws[s].Key] || orgHeads[ws[e-1].Key] || companySuffixes[ws[e-1].Key] {
		return false
	}
	_, known := dt.lexMatch(ws, s)
	return !known
}

// personNounAt reports whether word k is a person's noun: a title, a trade, a relative or
// a noun of a person of unnamed.go and personNouns.
func personNounAt(ws []word, k int) bool {
	w := ws[k].Lower
	if _, m, _ := matchTitle(ws, k); m > 0 {
		return true
	}
	return unnamedPersonNouns[w] || kinNouns[w] || professions[w] || personNouns[w]
}

// copulaPerson reports whether words k.. are "a", "an" or "another", up to three lower-case
// modifiers and a person's noun ("is another player", "was a former minister").
func copulaPerson(ws []word, k int) bool {
	if k >= len(ws) || ws[k].Lower != "a" && ws[k].Lower != "an" && ws[k].Lower != "another" {
		return false
	}
	for n := 0; n < 4 && k+1 < len(ws); n++ {
		k++
		if ws[k].Punct || ws[k].Cap {
			return false
		}
		if personNounAt(ws, k) {
			return true
		}
	}
	return false
}

// headedBy reports whether words around the name at words [i, j) put it at the head of a
// body: a leading verb and "by" with a comma or a bracket closing the phrase after it ("the
// protest, led by X, blocked", "(headed by X)"; not "a buyout led by Forstmann Little.", a
// firm's deal) or a body's noun and "under" ("the ministry under X", "the government under
// X").
func headedBy(ws []word, i, j int) bool {
	if i < 2 || ws[i-2].Cap {
		return false
	}
	switch ws[i-1].Lower {
	case "by":
		closed := j < len(ws) && (ws[j].Text == ")" || ws[j].Text == "," && !(j+1 < len(ws) && ws[j+1].Lower == "which"))
		return ledByVerbs[ws[i-2].Lower] && closed
	case "under":
		return underBodies[ws[i-2].Lower]
	}
	return false
}

// partyInBrackets reports whether brackets after the name ending before word j hold only a
// party's or a body's name ("Oriel Hunt (Velka Party)", "(Labour)", "(Velka Movement)"): the
// party of a candidate or the body of an official, which a place never takes.
func (dt *detector) partyInBrackets(ws []word, j int) bool {
	if j+2 >= len(ws) || ws[j].Text != "(" {
		return false
	}
	k := j + 1
	for k < len(ws) && k < j+6 && ws[k].Cap && !ws[k].Punct {
		k++
	}
	if k == j+1 || k >= len(ws) || ws[k].Text != ")" {
		return false
	}
	last := ws[k-1].Key
	return k-j > 2 && bracketBodyHeads[last] || k == j+2 && len(partyLex()[last]) > 0
}

// countryPossessive reports whether the possessive "'s" at word k follows a country's name
// ("Kenya's", "South Africa's").
func (dt *detector) countryPossessive(ws []word, k int) bool {
	key := ""
	for n := 1; n <= 3 && k-n >= 0 && ws[k-n].Cap && !ws[k-n].Punct; n++ {
		if key == "" {
			key = ws[k-n].Key
		} else {
			key = ws[k-n].Key + " " + key
		}
		if e, ok := dt.lex.lookup(key); ok && e.Kind == kindCountry {
			return true
		}
	}
	return false
}

// ledByVerbs, underBodies, bracketBodyHeads: see data/words.txt.
var (
	ledByVerbs       = wordSet("ledByVerbs")
	underBodies      = wordSet("underBodies")
	bracketBodyHeads = wordSet("bracketBodyHeads")
)
