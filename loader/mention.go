package loader

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// word is one word or punctuation mark of a sentence, as the semantic stages see it.
// Hyphenated words are split into their parts, each part after the first marked Hyph;
// a possessive "'s" is a word of its own.
type word struct {
	Text  string  // as written, quotes straightened
	Key   string  // schema.NameKey(Text); "" for punctuation
	Lower string  // strings.ToLower(Text)
	Cap   bool    // starts with an upper-case letter
	Upper bool    // an acronym: two or more letters, all upper case
	Punct bool    // punctuation
	Hyph  bool    // glued to the previous word by a hyphen
	cue   wordCue // which lexicon, title and trigger look-ups it passes (wordcue.go)

	Start, End int // byte offsets of the word in the sentence's text
}

// words splits a sentence's text into words.
func words(text string) []word {
	ws := make([]word, 0, len(text)/4+4) // BBC has a word (or a punctuation mark) every 5.1 bytes: one allocation, not a growing slice's many
	i := 0
	glue := false
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if glue && !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			glue = false
		}
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += n2
					continue
				}
				if r2 == '\'' || r2 == '’' || r2 == '.' {
					// Inside a word: an apostrophe followed by a letter (but not a possessive
					// "'s" at the word's end), or the dots of "U.S.".
					r3, n3 := utf8.DecodeRuneInString(text[j+n2:])
					if r2 == '.' {
						if unicode.IsUpper(r3) && isInitials(text[i:j]) {
							j += n2
							continue
						}
						if isInitials(text[i:j]) && strings.Contains(text[i:j], ".") {
							j += n2 // the final dot of "U.S."
						}
						break
					}
					if unicode.IsLetter(r3) {
						end := j + n2 + n3
						r4, _ := utf8.DecodeRuneInString(text[end:])
						if (r3 == 's' || r3 == 'S') && (end >= len(text) || !unicode.IsLetter(r4)) {
							break
						}
						j += n2
						continue
					}
				}
				break
			}
			w := newWord(text[i:j], glue)
			w.Start, w.End = i, j
			ws = append(ws, w)
			glue = false
			i = j
		case (r == '\'' || r == '’') && len(ws) > 0 && !ws[len(ws)-1].Punct &&
			i+n < len(text) && (text[i+n] == 's' || text[i+n] == 'S') &&
			(i+n+1 >= len(text) || !isWordByte(text[i+n+1])):
			ws = append(ws, word{Text: "'s", Key: "s", Lower: "'s", cue: computeCues("s", "'s"), Start: i, End: i + n + 1})
			i += n + 1
		case (r == '-' || r == '‑') && len(ws) > 0 && !ws[len(ws)-1].Punct && i > 0 &&
			!unicode.IsSpace(lastRune(text[:i])) && i+n < len(text) && isWordByte(text[i+n]),
			r == '–' && enDashInWord(text, i, n) && len(ws) > 0 && !ws[len(ws)-1].Punct:
			glue = true // the next word is glued to the previous one
			i += n
			continue
		default:
			t := string(r)
			switch r {
			case '“', '”', '„', '«', '»':
				t = "\""
			case '‘', '’':
				t = "'"
			case '–', '—':
				t = "-"
			}
			ws = append(ws, word{Text: t, Lower: t, Punct: true, cue: computeCues("", t), Start: i, End: i + n})
			i += n
		}
	}
	return ws
}

// enDashInWord reports whether the en dash at text[i:i+n] joins two words as a hyphen does,
// letters on both sides and no space ("the Export–Import Bank"); between digits it is a
// range ("1987–1990"), between spaces a dash.
func enDashInWord(text string, i, n int) bool {
	if i == 0 || i+n >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	return unicode.IsLetter(lastRune(text[:i])) && unicode.IsLetter(next)
}

func isWordByte(b byte) bool {
	return b >= 0x80 || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// firstWord returns the leading run of letters, digits and in-word marks of s.
func firstWord(s string) string {
	for i, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
			return s[:i]
		}
	}
	return s
}

// isInitials reports whether s looks like "U", "U.S" or "U.N": single letters and dots.
func isInitials(s string) bool {
	n := 0
	for _, part := range strings.Split(s, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		n++
	}
	return n >= 1
}

func newWord(t string, hyph bool) word {
	w := word{Text: strings.ReplaceAll(t, "’", "'"), Hyph: hyph}
	w.Lower = strings.ToLower(w.Text)
	if isASCII(w.Text) {
		// The same key, shared with Lower when the word is plain letters and digits.
		w.Key = schema.NameKey(w.Lower)
	} else {
		w.Key = schema.NameKey(w.Text)
	}
	r, _ := utf8.DecodeRuneInString(t)
	w.Cap = unicode.IsUpper(r)
	letters, upper := 0, 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	w.Upper = letters >= 2 && upper == letters
	w.cue = computeCues(w.Key, w.Lower)
	return w
}

// mentionKind says how a mention names its entity.
type mentionKind uint8

const (
	mName       mentionKind = iota + 1 // a proper name
	mDemonym                           // a demonym standing for its country ("Iranian")
	mPronoun                           // he, his, him, she, her
	mCollective                        // an unnamed group ("rebels")
)

// mention is a span of words that names an entity.
type mention struct {
	Start, End int // words [Start, End) of the sentence
	Text       string
	Class      schema.Class
	Kind       mentionKind
	Canon      string // canonical name from the lexicon, or ""
	Country    string // the country of a capital, place or demonym-marked body
	Title      titleRole
	TitleText  string // the title before a person's name ("Defense Minister")
	apposTitle string // the lower-case title in apposition after it ("X, the health minister of Y,"), for "the minister" after it
	Capital    bool   // a country's capital
	PlaceHint  bool   // unknown name after "in", "to", "from": a place unless it is a person's
	orgHint    bool   // unknown single word before an outlet's verb ("Rappler reported"): a body unless it is a person's surname
	personHint bool   // unknown single word the document writes in a person's constructions only ("X said he", "X's funeral"): the given name of a person named in full
	skip       bool   // capitalised: words that name no entity ("a Foreign Terrorist Organization")
	coref      bool   // a description bound to an antecedent named before ("the country's")
	pair       int8   // 1 or 2: a mention of a pair description ("the two countries", pairdesc.go)
	listTitle  bool   // a later name of a list after a plural title ("Presidents A and B"): B's title is A's
	armedNoun  bool   // a body named before a noun of armed members ("the X guerrillas"): its head commands it
	shortForm  bool   // resolved as the short form of a body's long name (bodyShortForms): no name of it
	ent        *entity
}

// isTitleWord reports whether words[i:] starts with a title, and its length in words.
func matchTitle(ws []word, i int) (titleRole, int, string) {
	best, bestN, text := titleRole(0), 0, ""
	if i >= len(ws) {
		return best, bestN, text
	}
	if !ws[i].Cap && ws[i].has(cueTitleLower) {
		if r, ok := titleLex().lower[ws[i].Key]; ok {
			return r, 1, ws[i].Text // "a Kenyan national"
		}
	}
	if !ws[i].has(cueTitleStart) {
		return portfolioTitle(ws, i)
	}
	var buf [128]byte
	key := buf[:0] // string(key) in a comparison or a map index does not allocate
	for n := 1; n <= 4 && i+n <= len(ws); n++ {
		w := ws[i+n-1]
		if w.Punct {
			if w.Text == "." && n > 1 {
				continue
			}
			break
		}
		if string(key) == "co" && !w.Hyph {
			break // "Phillips Petroleum Co Chairman X": a company's chairman, not a co-chairman
		}
		if len(key) > 0 {
			key = append(key, ' ')
		}
		key = append(key, w.Key...)
		if r, ok := titleLex().titles[string(key)]; ok && !(n == 1 && !w.Cap && titleLex().capOnly[string(key)] && adjectiveAfter(ws, i+1)) {
			best, bestN = r, n
		}
	}
	if bestN == 0 && !(i > 0 && ws[i-1].Lower == "of") {
		// "Research Minister X": no "research director" here; but "Department of Energy
		// Secretary X" keeps its department.
		return portfolioTitle(ws, i)
	}
	// "Minister of Information X", "Minister of Foreign Affairs Y": the portfolio is part
	// of the title when a name follows it.
	if bestN > 0 && i+bestN+2 < len(ws) && (ws[i+bestN].Lower == "of" || ws[i+bestN].Lower == "for") {
		k := i + bestN + 1
		lower := !ws[i].Cap // "Mexico's minister of energy and mines, X": a lower-case title takes a lower-case portfolio
		for k < len(ws) && (ws[k].Cap || lower && !ws[k].Punct) && titleLex().portfolios[ws[k].Key] || k < len(ws) && (ws[k].Lower == "and" || ws[k].Lower == "for" && k > i+bestN+1) && k+1 < len(ws) && titleLex().portfolios[ws[k+1].Key] {
			k++ // "Minister of Trade and Industry", "Minister of State for Foreign Affairs"
		}
		if k > i+bestN+1 && k < len(ws) && (ws[k].Cap && !ws[k].Punct && !lower || apposedName(ws, k)) && !titleLex().portfolios[ws[k].Key] {
			bestN = k - i
		}
	}
	if bestN > 0 {
		var parts []string
		for _, w := range ws[i : i+bestN] {
			parts = append(parts, w.Text)
		}
		text = strings.Join(parts, " ")
	}
	if best == roleLeader && staffDirector(ws, i, text) {
		best = roleMember
	}
	if (best == roleLeader || best == roleCommand) && i > 0 && subordinate[ws[i-1].Lower] {
		best = roleMember // "deputy leader of X", "X's vice chairman": a post under the head
	}
	return best, bestN, text
}

// adjectiveAfter reports whether words[k] is a demonym or a region's adjective word
// ("Kenyan", "Latin"): after a lower-case "major" or "general" it makes that word an
// adjective, not a rank ("major Latin American nations").
func adjectiveAfter(ws []word, k int) bool {
	if k >= len(ws) || !ws[k].Cap || ws[k].Punct {
		return false
	}
	if regionDemonymPrefixes[ws[k].Lower] {
		return true
	}
	e, ok := lex().lookup(ws[k].Key)
	return ok && e.Kind == kindDemonym
}

// titleBeforeComma reports whether a person's title ends at the comma before words[i]
// ("Minister of State for Foreign Affairs, X"): the name after it is in apposition to it.
func titleBeforeComma(ws []word, i int) bool {
	if i < 2 || ws[i-1].Text != "," {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-9; k-- {
		if r, n, _ := matchTitle(ws, k); n > 0 && k+n == i-1 && r != roleHonorific {
			return true
		}
	}
	return false
}

// apposedName reports whether a comma at words[k] opens a name in apposition to the title
// before it ("Minister of Defence, Ana Ruiz, said"): a capitalised word after it that no
// lexicon names (not "the Minister of Defence, Kenya's ...").
func apposedName(ws []word, k int) bool {
	if ws[k].Text != "," || k+1 >= len(ws) || !ws[k+1].Cap || ws[k+1].Punct || ws[k+1].Upper {
		return false
	}
	_, inLex := lex().lookup(ws[k+1].Key)
	return !inLex
}

// portfolioTitle matches "Health Minister", "Home Secretary": a capitalised portfolio
// before a title, and a name after them.
func portfolioTitle(ws []word, i int) (titleRole, int, string) {
	w := ws[i]
	if i+2 < len(ws) && w.Cap && !w.Upper && !w.Punct && !w.Hyph && !ws[i+1].Hyph && titleLex().portfolioTitles[ws[i+1].Key] && ws[i+2].Cap && !ws[i+2].Punct && !lex().firstNames[w.Key] && !partyWords[w.Key] && !w.in(hotCommonStarts) {
		if e, inLex := lex().lookup(w.Key); !inLex || worldRegion(e) {
			return titleLex().titles[ws[i+1].Key], 2, w.Text + " " + ws[i+1].Text
		}
	}
	return 0, 0, ""
}

// worldRegion reports whether a lexicon entry is a continent or a region of the world that
// no country holds ("Europe", "Africa"): before a title it names the desk the post covers
// ("Britain's Europe Director X", "the Africa Minister Y"), not a place the post heads.
func worldRegion(e lexEntry) bool {
	return e.Kind == kindActor && e.Class == schema.Place && e.Country == ""
}

// titleStarts returns the first words of the titles.
var titleStarts = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for t := range titleLex().titles {
		f, _, _ := strings.Cut(t, " ")
		m[f] = true
	}
	return m
})

// commonStarts are capitalised words that begin sentences and are not names.
var commonStarts = wordSet("commonStarts")

// notNames are capitalised words that never name an entity on their own.
var notNames = wordSet("notNames")

// postNominals are letters after a person's name that are no part of it ("Jane Doe MP").
var postNominals = wordSet("postNominals")

// partyBeforeName reports whether the party word at words[i] stands before a person's
// name or a country: two or more capitalised words follow that are no body's name
// ("Republican Larry Hogan", "Republican US Senator X"; not "Democratic Unionist Party").
func (dt *detector) partyBeforeName(ws []word, i int) bool {
	if i+2 >= len(ws) || !ws[i+1].Cap || ws[i+1].Punct {
		return false
	}
	if _, ok := dt.lexMatch(ws, i+1); ok {
		return true
	}
	if n := ws[i+1]; (!ws[i+2].Cap || ws[i+2].Punct) && !n.Upper && (dt.titled[n.Key] || dt.nameEnds[n.Key]) && !orgHeads[n.Key] && !placeHeads[n.Key] && !dt.lex.common[n.Key] {
		return true // "Democrat Okafor said" after "Ana Okafor": a surname the document writes
	}
	if !ws[i+2].Cap || ws[i+2].Punct || ws[i+2].Hyph {
		return false
	}
	for n := i + 1; n < len(ws) && (ws[n].Cap || ws[n].Upper) && !ws[n].Punct; n++ {
		if orgHeads[ws[n].Key] || placeHeads[ws[n].Key] || eventWords[ws[n].Key] {
			return false
		}
	}
	return true
}

// partyWords name a political party or camp before a title ("Republican Senator").
var partyWords = wordSet("partyWords")

// directionWords returns the length of a direction at words[i:] ("Northern", "northeast",
// "north-eastern"), or 0.
func directionWords(ws []word, i int) int {
	w := ws[i]
	if w.Punct || w.Hyph {
		return 0
	}
	if i+1 < len(ws) && ws[i+1].Hyph && compass[w.Key] && (directions[ws[i+1].Key] || compass[ws[i+1].Key]) {
		return 2
	}
	compound := (strings.HasPrefix(w.Key, "north") || strings.HasPrefix(w.Key, "south")) && (strings.Contains(w.Key, "east") || strings.Contains(w.Key, "west"))
	if directions[w.Key] && (w.Cap || compound) {
		return 1 // "Northern Syria", "northeast Syria"; "northern Italy" stays Italy
	}
	return 0
}

// regionName is the canonical name of a region of a country: "Northeast Syria" for
// "north-eastern Syria" and "northeast Syria", "Northern Syria" for "northern Syria".
func regionName(dir []word, country string) string {
	var b strings.Builder
	for _, w := range dir {
		b.WriteString(w.Key)
	}
	d := strings.TrimSuffix(b.String(), "ern")
	switch d {
	case "north", "south", "east", "west":
		d += "ern"
	}
	if d == "" {
		return ""
	}
	return strings.ToUpper(d[:1]) + d[1:] + " " + country
}

// compass are the four points, which begin a compound direction ("north-eastern").
var compass = wordSet("compass")

// eventStarts begin the name of an event ("Operation Peace Spring", "Hurricane Maria", "Storm Kelda").
var eventStarts = wordSet("eventStarts")

// directions before a country name a region of it ("Northern Syria").
var directions = wordSet("directions")

// particles join the parts of a name ("Kamal al-Rashid", "Osama bin Laden").
var particles = wordSet("particles")

// patronymics join a given name to a father's ("Nasser bin Hamad Al Rumi"): a name with
// one inside may run to six words.
var patronymics = wordSet("patronymics")

// untitledNameMax returns how many words an untitled name of no known given name may have
// and still be read as a person's: four, or six with a patronymic after its first word
// ("Jabir bin Salem Al Rumi", whose given name no list knows).
func untitledNameMax(span []word) int {
	for _, w := range span[1:] {
		if patronymics[w.Lower] && !w.Cap {
			return 6
		}
	}
	return 4
}

// englishParticles are particles that are also English words: they join a name only
// when hyphenated ("Abd at-Tawwab"), never as "Analyst at Nomura".
var englishParticles = wordSet("englishParticles")

// pronouns that refer back to the last person.
var personPronouns = wordSet("personPronouns")

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

// actorVerbs follow a capital used as an actor ("Moscow says", "Tehran fears").
var actorVerbs = wordSet("actorVerbs")

// detector finds the mentions of one document.
type detector struct {
	lex           *lexicon
	lower         map[string]bool        // words the document writes in lower case
	titled        map[string]bool        // capitalised words the document writes after "Mr", "Mrs", "Ms", "Dr"
	capCount      map[string]int         // how often the document writes each capitalised word
	countries     map[string]bool        // countries the document names (by name, demonym or capital)
	countryCount  map[string]int         // how often the document names each of them
	compoundCount map[string]int         // how often only as the first word of a hyphenated compound ("Canadian-led")
	bodies        map[string]bool        // keys of capitalised names the document describes as bodies (bodyEvidence)
	companies     map[string]string      // a company's name without its suffix -> the name with it (companyEvidence)
	modifiers     map[string]bool        // capitalised single words the document puts before a lower-case word ("Kashmiri politicians")
	nameEnds      map[string]bool        // capitalised words the document puts after another capitalised word ("Ada Lindqvist")
	places        map[string]bool        // keys of names the document puts before a lower-case place noun ("the Haj Khalil border area")
	inPlaces      map[string]bool        // single words written as places: "in X, Y" (placeListEvidence)
	placeCountry  map[string]int         // how often the document names a place of each country ("Ohio": United States)
	works         map[string]bool        // keys of names the document writes as a work's title ("the novel X", "the X movie", "Y's The X")
	personTails   map[string]bool        // keys of the words after a given name in the document's names ("Fernand St Germain": "st germain")
	speakers      map[string]bool        // capitalised words the document writes alone before a verb of speech ("Hunt said"; speakerEvidence)
	pronounNamed  map[string]bool        // keys of pairs a "He"/"She" opening the next sentence follows (pronounEvidence)
	partyHome     string                 // the one country two or more of whose parties the document names by their party words, or ""
	bracketed     map[string]bool        // upper-case words the document writes in brackets after a name ("Social Democratic Party (SPD)"; acronymtitle.go)
	acronyms      map[string][]string    // keys of acronyms the document defines in brackets after a name of their initials ("Kisumu National Printers (KNP)"), with the keys of that name (the capitalised words before the bracket, and those of them that spell the acronym)
	partyShorts   map[string]string      // a party's name without its head word ("velka") -> the name ("Velka Party"), "" when two share it (partyShortEvidence)
	singles       map[string]*singleCues // firm's and person's constructions of capitalised words standing alone (singleEvidence)
}

// party returns the party a party word at words[i] names in this document ("Republican"
// -> "Republican Party" in a document that names the United States), or "": of the rows
// whose country the document names, the one of a demonym or country just before the word
// ("Finnish Social Democrat"), else the one of the country named most often (not counting
// a demonym that only begins a compound: "a Canadian-led consortium"), else the first.
func (dt *detector) party(ws []word, i int, key string) string {
	rows := partyLex()[key]
	if i > 0 {
		if e, ok := dt.lex.lookup(ws[i-1].Key); ok && e.Country != "" && (e.Kind == kindDemonym || e.Kind == kindCountry) {
			for _, p := range rows {
				if p[1] == e.Country {
					return p[0]
				}
			}
		}
	}
	best, n := "", 0
	for _, p := range rows {
		if c := dt.countryCount[p[1]] - dt.compoundCount[p[1]]; dt.countries[p[1]] && c > n {
			best, n = p[0], c
		}
	}
	if best == "" && dt.partyHome != "" {
		for _, p := range rows {
			if p[1] == dt.partyHome {
				return p[0] // "The Tories say the Lib Dems ...": a story of one country's parties
			}
		}
	}
	if best == "" && len(rows) == 1 && oneCountryPartyWords[key] && !dt.namesPartyCountry() {
		return rows[0][0] // "Tory leader X said Mr Blair ...": a word of one country's party, in a story of no other country's politics
	}
	return best
}

// namesPartyCountry reports whether the document names a country that parties.tsv has
// rows for.
func (dt *detector) namesPartyCountry() bool {
	for c := range dt.countries {
		if partyCountries()[c] {
			return true
		}
	}
	return false
}

// partyCountries are the countries of the rows of parties.tsv.
var partyCountries = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, rows := range partyLex() {
		for _, p := range rows {
			m[p[1]] = true
		}
	}
	return m
})

// oneCountryPartyWords name one party of one country wherever English news writes them
// ("Tory", "Lib Dem"), unlike "Labour", "Republican" or "Liberal": see data/words.txt.
var oneCountryPartyWords = phraseSet("oneCountryPartyWords")

// partyEvidence sets dt.partyHome when the document names no country with a party row but
// two or more different parties of one country, and of no other, by their capitalised
// party words ("The Tories say the Lib Dems would ..., and Labour says ..." in a British
// story that never names Britain): those words then name that country's parties.
func (dt *detector) partyEvidence(sents [][]word) {
	parties := map[string]map[string]bool{} // country -> parties named
	for _, ws := range sents {
		for k := 0; k < len(ws); k++ {
			w := ws[k]
			if !w.Cap || w.Punct {
				continue
			}
			key := w.Key
			if k+1 < len(ws) && ws[k+1].Cap && !ws[k+1].Punct && len(partyLex()[key+" "+ws[k+1].Key]) > 0 {
				key += " " + ws[k+1].Key // "Liberal Democrats", not "Liberal" and "Democrats"
				k++
			}
			for _, p := range partyLex()[key] {
				if dt.countries[p[1]] {
					return // a named country's rows apply as they are
				}
				if parties[p[1]] == nil {
					parties[p[1]] = map[string]bool{}
				}
				parties[p[1]][p[0]] = true
			}
		}
	}
	for c, ps := range parties {
		if len(ps) < 2 {
			continue
		}
		if dt.partyHome != "" {
			dt.partyHome = "" // two countries' parties: no telling
			return
		}
		dt.partyHome = c
	}
}

func newDetector(d *document, sents [][]word) *detector {
	dt := &detector{lex: lex(), lower: map[string]bool{}, countries: map[string]bool{}, countryCount: map[string]int{}, compoundCount: map[string]int{}, bodies: map[string]bool{}, companies: map[string]string{}, modifiers: map[string]bool{}, nameEnds: map[string]bool{}, places: map[string]bool{}, titled: map[string]bool{}, capCount: map[string]int{}, placeCountry: map[string]int{}, inPlaces: map[string]bool{}, personTails: map[string]bool{}, works: map[string]bool{}, speakers: map[string]bool{}, pronounNamed: map[string]bool{}, partyShorts: map[string]string{}, acronyms: map[string][]string{}, bracketed: map[string]bool{}, singles: map[string]*singleCues{}}
	for _, ws := range sents {
		surnameEvidence(ws, dt.titled, dt.capCount)
		bodyEvidence(ws, dt.bodies)
		companyEvidence(ws, dt.companies)
		sharesInList(ws, dt.companies)
		partyShortEvidence(ws, dt.partyShorts)
		modifierEvidence(ws, dt.modifiers, dt.nameEnds)
		placeEvidence(ws, dt.places)
		seatEvidence(ws, dt.places)
		placeListEvidence(ws, dt.inPlaces)
		workEvidence(ws, dt.works)
		speakerEvidence(ws, dt.speakers)
		acronymEvidence(ws, dt.acronyms)
		bracketEvidence(ws, dt.bracketed)
		singleEvidence(ws, dt.singles)
		for k, w := range ws {
			if w.Cap {
				dt.noteCountry(w.Key, k+1 < len(ws) && ws[k+1].Hyph)
				if k+1 < len(ws) && ws[k+1].Cap {
					dt.noteCountry(w.Key+" "+ws[k+1].Key, k+2 < len(ws) && ws[k+2].Hyph)
				}
			}
			// Not after a capitalised word: "Heshmat alavi" is a name in lower case.
			if !w.Punct && !w.Cap && w.Key != "" && !(k > 0 && ws[k-1].Cap && !ws[k-1].Punct) {
				dt.lower[w.Key] = true
			}
		}
	}
	for _, ws := range sents {
		dt.tailEvidence(ws) // after dt.lower is complete
	}
	dt.partyEvidence(sents) // after dt.countries is complete
	pronounEvidence(sents, dt.pronounNamed)
	return dt
}

// acronymEvidence notes the acronyms a sentence defines: an upper-case word alone in
// brackets after capitalised words whose initials spell it ("Singapore National Printers
// Ltd (SNP)"), with the keys of the name it stands for.
func acronymEvidence(ws []word, acronyms map[string][]string) {
	for k := 1; k+1 < len(ws); k++ {
		w := ws[k]
		if !w.Upper || len(w.Text) < 2 || ws[k-1].Text != "(" || ws[k+1].Text != ")" {
			continue
		}
		s := k - 1
		for s > 0 && ws[s-1].Cap && !ws[s-1].Punct {
			s--
		}
		initials := ""
		for _, n := range ws[s : k-1] {
			initials += strings.ToUpper(n.Text[:1])
		}
		if len(initials) >= len(w.Text) && strings.HasPrefix(initials, w.Text) {
			acronyms[w.Key] = append(acronyms[w.Key], schema.NameKey(join(ws[s:k-1])), schema.NameKey(join(ws[s:s+len(w.Text)])))
		}
	}
}

// noteCountry records the country a name, demonym or capital key names, and counts it,
// apart when the key only begins a hyphenated compound ("Canadian-led").
func (dt *detector) noteCountry(key string, compound bool) {
	if e, ok := dt.lex.lookup(key); ok && e.Country != "" && (e.Kind == kindCountry || e.Kind == kindDemonym || e.Kind == kindCapital) {
		dt.countries[e.Country] = true
		dt.countryCount[e.Country]++
		if compound {
			dt.compoundCount[e.Country]++ // "Canadian-led": the country of a firm, not of the story's parties
		}
	} else if ok && e.Country != "" && e.Kind == kindPlace {
		dt.placeCountry[e.Country]++
	}
}

// detect returns the mentions of a sentence, in order and not overlapping.
func (dt *detector) detect(ws []word) []mention {
	if shouting(ws) {
		return nil
	}
	st := &detectState{}
	for i := 0; i < len(ws); {
		w := ws[i]
		if w.Punct {
			if !(w.Text == "." && st.title != 0) {
				st.clearTitle()
			}
			i++
			continue
		}
		if personPronouns[w.Lower] || quotedFirstPerson(ws, i) {
			st.ms = append(st.ms, mention{Start: i, End: i + 1, Text: w.Text, Class: schema.Person, Kind: mPronoun})
			i++
			continue
		}
		if next, ok := dt.detectAt(ws, i, st); ok {
			i = next
			continue
		}
		if !titleLex().modifiers[w.Lower] {
			st.clearTitle()
		}
		i++
	}
	st.ms = dt.acronymSpans(ws, st.ms)
	st.ms = dt.conjoinedCompanies(ws, st.ms)
	dt.placeByCoordination(ws, st.ms)
	stateAbbreviations(ws, st.ms)
	dt.bodiesByCoordination(ws, st.ms)
	pluralTitleList(ws, st.ms)
	dt.bareMinistries(st.ms)
	knownPeople(ws, st.ms) // people.go
	return st.ms
}

// stateAbbreviations names the US state an agency's abbreviation after a place and a
// comma stands for ("Santa Clara, Calif., investor", "of Kisumu, Ariz."): the state, not
// a place called "Calif" (data/partytags.tsv; two-letter forms are left alone).
func stateAbbreviations(ws []word, ms []mention) {
	for k := 1; k < len(ms); k++ {
		m := &ms[k]
		if m.Kind != mName || m.End-m.Start != 1 || m.Canon != "" || ms[k-1].End != m.Start-1 || ws[m.Start-1].Text != "," {
			continue
		}
		w := ws[m.Start]
		dotted := strings.HasSuffix(w.Text, ".") || m.End < len(ws) && ws[m.End].Text == "."
		if st := partyTagLex.states[w.Key]; st != "" && len(w.Key) >= 3 && dotted && ms[k-1].Class != schema.Person {
			m.Canon, m.Class = st, schema.Place
		}
	}
}

// conjoinedCompanies makes one company of a name whose suffix follows "and" and a single
// common noun, after capitalised words ending in another: "Kisumu Electric and Power Co",
// "Velka Gas and Light Corp". "Power Co" alone names no one; "Velka Bank and Orla
// Holdings Inc" stay two.
func (dt *detector) conjoinedCompanies(ws []word, ms []mention) []mention {
	common := func(w word) bool { return w.Cap && !w.Upper && !w.Punct && dt.lex.common[w.Key] }
	for k := range ms {
		b := ms[k]
		if b.Kind != mName || b.End-b.Start != 2 || !companySuffixes[ws[b.End-1].Key] || !common(ws[b.Start]) ||
			b.Start < 3 || ws[b.Start-1].Lower != "and" || !common(ws[b.Start-2]) {
			continue
		}
		s := b.Start - 2
		for s > 0 && ws[s-1].Cap && !ws[s-1].Punct {
			s--
		}
		if s == b.Start-2 && s > 0 {
			continue // "the Gas and Power Co": no name before the common nouns
		}
		out := make([]mention, 0, len(ms))
		for _, m := range ms {
			if m.End <= s || m.Start >= b.End {
				out = append(out, m)
			} else if m.Start == b.Start {
				out = append(out, mention{Start: s, End: b.End, Text: join(ws[s:b.End]), Class: schema.Organization, Kind: mName})
			}
		}
		return dt.conjoinedCompanies(ws, out)
	}
	return ms
}

// pluralTitleList gives the title of a plural title ("Presidents A of X and B of Y",
// "Sens. A of X, B of Y and C of Z") to each person of the list after its first name. Each
// such name is marked listTitle: the bodies before the title are the first name's, and a
// name's "of" phrase is its own. The list goes on over commas, "and" and an "of" phrase
// that names no person.
func pluralTitleList(ws []word, ms []mention) {
	for k := 0; k < len(ms); k++ {
		head := ms[k]
		if head.Class != schema.Person || head.Kind != mName || head.Title == 0 || !pluralTitle(head.TitleText) {
			continue
		}
		end := head.End
		ms[k].TitleText = singularTitle(head.TitleText) // what a "President" is, each of them is
		for n := k + 1; n < len(ms); n++ {
			m := &ms[n]
			gap := ws[end:m.Start]
			if len(gap) == 1 && gap[0].Lower == "of" && m.Class != schema.Person {
				end = m.End // "A of New York": A's place, the list goes on
				continue
			}
			if len(gap) == 0 || len(gap) > 2 || !listGap(gap) || m.Class != schema.Person || m.Kind != mName || m.Title != 0 {
				break
			}
			m.Title, m.TitleText, m.listTitle = head.Title, singularTitle(head.TitleText), true
			end = m.End
			k = n
		}
	}
}

// listGap reports whether the words between two names of a list are a comma, "and", or
// ", and".
func listGap(gap []word) bool {
	for _, w := range gap {
		if w.Text != "," && w.Lower != "and" {
			return false
		}
	}
	return true
}

// singularTitle drops the plural "s" of a title's text ("Presidents" -> "President").
func singularTitle(text string) string {
	return strings.TrimSuffix(strings.TrimSuffix(text, "s"), "S")
}

// pluralTitle reports whether a title is plural: its last word ends in "s" and, without
// the "s", is a title itself ("Presidents", "Sens.", "senators").
func pluralTitle(text string) bool {
	key := schema.NameKey(text)
	base, ok := strings.CutSuffix(key, "s")
	if !ok {
		return false
	}
	role, isTitle := titleLex().titles[base]
	return isTitle && role != roleHonorific // "Mrs" is no plural of "Mr"
}

// detectState is what detect carries from word to word: the mentions so far and a title
// waiting for its name ("President" before "Putin").
type detectState struct {
	ms    []mention
	title titleRole
	text  string
}

func (st *detectState) clearTitle() { st.title, st.text = 0, "" }

// detectAt tries the readings of a mention at word i in order, and returns the word after
// what it read; false when none applies.
func (dt *detector) detectAt(ws []word, i int, st *detectState) (int, bool) {
	w := ws[i]
	if w.Lower == "ex" && i+1 < len(ws) && ws[i+1].Hyph && ws[i+1].Cap && len(partyLex()[ws[i+1].Key]) > 0 {
		return i + 1, true // "Ex-Labour MP X": the party is read next
	}
	// A party before a title or a name ("Republican Senator X", "Democrat Chuck
	// Schumer") is no part of the name.
	if end, ok := dt.partyAt(ws, i, st); ok {
		return end, true
	}
	if end, ok := dt.partyShortAt(ws, i, st); ok {
		return end, true
	}
	if end, ok := dt.acronymTitleAt(ws, i, st); ok {
		return end, true // "CDU Finance Minister X"
	}
	if end, ok := dt.peerageAt(ws, i, st); ok {
		return end, true
	}
	if end, ok := dt.legislatureAt(ws, i, st); ok {
		return end, true
	}
	if end, ok := dt.partyTagAt(ws, i, st); ok {
		return end, true
	}
	if n, ok := dt.titleBefore(ws, i, st); ok {
		return i + n, true
	}
	if end, ok := dt.regionAt(ws, i, st); ok {
		return end, true
	}
	if end, ok := dt.unitAt(ws, i, st); ok {
		return end, true
	}
	if end, ok := eventNameAt(ws, i, st); ok {
		return end, true
	}
	if dt.givenNameFirst(ws, i) {
		return dt.nameAt(ws, i, st) // "Charlotte Charles", "Victoria Hale": a person, not a city
	}
	if dt.personAfterPlace(ws, i, st.title != 0) {
		m := mention{Start: i, End: i + 2, Text: joinName(ws[i : i+2]), Class: schema.Person, Kind: mName, Title: st.title, TitleText: st.text}
		st.ms = append(st.ms, m)
		st.clearTitle()
		return i + 2, true // "Jordan Whitfield said": a person, not the country
	}
	if end, ok := dt.cuedNameAt(ws, i, st); ok {
		return end, true
	}
	if m, ok := dt.lexMatch(ws, i); ok {
		m.Title, m.TitleText = st.title, st.text
		st.clearTitle()
		if surnameAfterTitle(ws, m) || dt.personTail(ws, m) {
			m.Class, m.Canon, m.Country, m.Capital = schema.Person, "", "", false // "Mr Houston": a person
		}
		return dt.lexMention(ws, m, st), true
	}
	if c, ok := dt.collective(ws, i); ok {
		if n := len(st.ms); n > 0 && st.ms[n-1].Kind == mDemonym && st.ms[n-1].End == i {
			c.Start = st.ms[n-1].Start
			c.Text = join(ws[c.Start:c.End])
			st.ms = st.ms[:n-1]
		}
		st.ms = append(st.ms, c)
		st.clearTitle()
		return c.End, true
	}
	if w.Cap && (w.in(hotCommonStarts) || titleLex().modifiers[w.Lower] && i+1 < len(ws) && ws[i+1].Cap) && !(i+1 < len(ws) && ws[i+1].Hyph) && !bodyNameAhead(ws, i) {
		return i + 1, true
	}
	if !w.Cap && w.in(hotParticles) && i+1 < len(ws) {
		if _, n, _ := matchTitle(ws, i+1); n > 0 {
			return i + 1, true // "such as General X": the title, not the particle, starts the name
		}
	}
	if w.Cap || w.Upper || w.in(hotParticles) && i+1 < len(ws) && ws[i+1].Cap {
		return dt.nameAt(ws, i, st)
	}
	return 0, false
}

// partyAt reads a party word of one or two words at words[i] ("Republican", "Lib Dem")
// before a title or a name ("Republican Senator X", "Democrat Chuck Schumer", "Lib Dem
// spokesman Y"), where it is no part of the name, or standing alone as a plural noun ("the
// Tories said", "the Lib Dems"): a mention of the party its document's country gives it
// (data/parties.tsv). It returns the word after the party word.
func (dt *detector) partyAt(ws []word, i int, st *detectState) (int, bool) {
	w := ws[i]
	if !w.Cap {
		return 0, false
	}
	key, e := w.Key, i+1
	if e < len(ws) && ws[e].Cap && !ws[e].Punct && !ws[e].Hyph && len(partyLex()[key+" "+ws[e].Key]) > 0 {
		key, e = key+" "+ws[e].Key, e+1 // "Lib Dem", "Liberal Democrat"
	} else if !partyWords[key] && len(partyLex()[key]) == 0 {
		return 0, false
	}
	if e < len(ws) && ws[e].Hyph || w.Upper && dt.acronyms[key] != nil {
		return 0, false // not "Singapore National Printers (SNP)": the story's own acronym
	}
	noun := e < len(ws) && ws[e].Text == "party" && len(partyLex()[key]) > 0 // "Labour party chairman X", "the Labour party said"
	if noun {
		e++
	}
	_, n, _ := matchTitle(ws, e)
	if n > 0 && e+n+1 < len(ws) && ws[e+n].Text == "." {
		n++ // "Democratic Sen. X": the abbreviation's dot
	}
	// "Y, the Democratic chairman of Z": a title of a body after the party in an apposition.
	// "Y, a Labour MP, said", "Y, the Labour MP for Z,": the party's title in an apposition.
	// "Y is a Labour MP.": the same after a copula.
	appos := n > 0 && i >= 2 && (ws[i-1].Lower == "the" || ws[i-1].Lower == "a") && (ws[i-2].Text == "," || ws[i-2].Lower == "is" || ws[i-2].Lower == "was") && e+n < len(ws) &&
		(ws[e+n].Lower == "of" || ws[e+n].Lower == "for" || ws[e+n].Text == "," || ws[e+n].Text == ".")
	before := n > 0 && e+n < len(ws) && ws[e+n].Cap && !ws[e+n].Punct || e == i+1 && dt.partyBeforeName(ws, i) || appos
	bare := strings.HasSuffix(key, "s") && (e == len(ws) || !ws[e].Cap && ws[e].Key != "s")
	if e+1 < len(ws) && ws[e].Key == "s" && !ws[e].Hyph && !ws[e+1].Hyph && (dt.partyBeforeName(ws, e) || postThenName(ws, e+1) || postAhead(ws, e+1)) {
		before = true // "Labour's Y said", "Labour's leader Y": the party's possessive before a person's name or title
	}
	if i >= 2 && ws[i-1].Text == "(" && ws[i-2].Cap && e < len(ws) && (ws[e].Text == ")" || ws[e].Text == ",") {
		before = true // "Y (Labour) said", "Y (Labour, Leeds North)": the party of the name before
	}
	if partyVerbBefore(ws, i) >= 0 && (e == len(ws) || !ws[e].Cap) || noun || postAhead(ws, e) {
		before = true // "Y, representing Labour,", "Y stood for the Greens": the party a person stands for; "Tory candidate Y"
	}
	if !before && !bare {
		if n > 0 && ws[e+n-1].Cap && (e+n == len(ws) || !ws[e+n].Cap) {
			return e + n, true // "Labour MP and former minister X": a party's title, no body's name
		}
		return 0, false
	}
	if p := dt.party(ws, i, key); p != "" {
		text := join(ws[i:e])
		if noun {
			text = join(ws[i : e-1]) // "Labour party": the party word is the alias, as elsewhere; "Liberal party" would join every country's "Liberal Party" across documents
		}
		st.ms = append(st.ms, mention{Start: i, End: e, Text: text, Class: schema.Organization, Kind: mName, Canon: p})
	} else if bare || e > i+1 {
		return 0, false // "Democrats", "Liberal Democrat" in a story of no country the table knows: read as a name
	}
	return e, true
}

// postAhead reports whether up to three lower-case words from word e reach a title or a
// person's noun, then a capitalised name ("shadow foreign secretary Y", "campaign spokesman
// Y", "candidate Y", "peer Baroness Y"): a party word before them is the party of a post.
func postAhead(ws []word, e int) bool {
	for k := e; k < len(ws) && k < e+3; k++ {
		w := ws[k]
		if w.Punct || w.Hyph || w.Cap && !w.Upper || w.Key == "s" {
			return false
		}
		if personNounAt(ws, k) {
			_, n, _ := matchTitle(ws, k)
			if n == 0 {
				n = 1
			}
			return k+n < len(ws) && ws[k+n].Cap && !ws[k+n].Punct
		}
		if w.Upper {
			return false
		}
	}
	return false
}

// surnameEvidence notes the words of a sentence written after an honorific ("Mr X") and
// counts its capitalised words.
func surnameEvidence(ws []word, titled map[string]bool, capCount map[string]int) {
	for k, w := range ws {
		if !w.Cap || w.Punct {
			continue
		}
		capCount[w.Key]++
		if k > 0 && personHonorifics[ws[k-1].Key] {
			titled[w.Key] = true
		}
	}
}

// personHonorifics are the forms of address before a surname alone ("Mr Whitfield").
var personHonorifics = wordSet("personHonorifics")

// personAfterPlace reports whether the country's or place's name at word i is the first
// name of a person ("Jordan Whitfield told reporters", "Chad Morrow, a former minister"): a
// capitalised word no lexicon, head word or title knows follows, no third capitalised word,
// and either a person's title precedes (titled), the document writes that word after "Mr"
// or "Ms", or a speech verb, a pronoun or an apposition follows the two words and the
// document writes the second again or the first is a given name too (genders.tsv).
func (dt *detector) personAfterPlace(ws []word, i int, titled bool) bool {
	w := ws[i]
	if !w.Cap || w.Upper || i+2 >= len(ws) || dt.lex.firstNames[w.Key] {
		return false
	}
	if n := ws[i+1]; !n.Cap || n.Upper || n.Punct || n.Hyph || len(n.Key) < 3 || ws[i+2].Cap && !ws[i+2].Punct || ws[i+2].Key == "s" {
		return false // the cheap tests of the word after, before the lexicon's
	}
	if m, ok := dt.lexMatch(ws, i); !ok || m.End != i+1 || m.Class != schema.Country && m.Class != schema.Place {
		return false
	}
	n := ws[i+1]
	if !n.Cap || n.Upper || n.Punct || n.Hyph || len(n.Key) < 3 || !allAlpha([]word{n}) || dt.inLexicon(n.Key) || dt.lex.namePrefixes[n.Key] ||
		orgHeads[n.Key] || placeHeads[n.Key] || companySuffixes[n.Key] || isTitleWord(n.Key) || n.in(hotNotNames) || n.in(hotCommonStarts) ||
		dt.lower[n.Key] || dt.lex.firstNames[n.Key] || partyWords[n.Key] || len(partyLex()[n.Key]) > 0 || ws[i+2].Cap && !ws[i+2].Punct || ws[i+2].Key == "s" {
		return false
	}
	if dt.titled[n.Key] || titled {
		return true // "Ms Okafor" elsewhere; "Striker Jordan Okafor": a person's title before
	}
	next := ws[i+2]
	cue := personVerbsAfter[next.Lower] || next.Lower == "he" || next.Lower == "she" ||
		next.Text == "," && i+3 < len(ws) && (ws[i+3].Lower == "a" || ws[i+3].Lower == "an" || ws[i+3].Lower == "who")
	// Written again, or a given name too ("Israel Okafor, a lawyer"), or a second word
	// that is no English word nor a club's ("Paris Adeyemi told reporters"; not "Moscow
	// Dynamo said").
	return cue && (dt.capCount[n.Key] >= 2 || givenNameGenders()[w.Key] != 0 || !dt.lex.common[n.Key] && !clubHeads[n.Key])
}

// cuedNameAt reads a name at word i that a cue around it classes before the lexicons do:
// a member group, an outlet after its cue, a sea named with a demonym ("the Indian
// Ocean", "Tanzania's Indian ocean ports": a sea, not the country).
func (dt *detector) cuedNameAt(ws []word, i int, st *detectState) (int, bool) {
	if end, ok := dt.memberGroupAt(ws, i, st); ok {
		return end, true
	}
	if m, ok := peopleHolder(ws, i, st); ok {
		st.ms = append(st.ms, m)
		st.clearTitle()
		return m.End, true
	}
	if end, ok := dt.outletAfterCue(ws, i, st); ok {
		return end, true
	}
	if e, ok := demonymWater(ws, i, dt); ok {
		st.ms = append(st.ms, mention{Start: i, End: e, Text: joinName(ws[i:e]), Class: schema.Place, Kind: mName})
		st.clearTitle()
		return e, true
	}
	return 0, false
}

// demonymWater returns the end of a sea's name made of a demonym and a head word of
// data/words.txt waterHeads ("Indian Ocean", "Arabian Sea"; in lower case only "ocean",
// which no state's own waters take: "the Indian ocean"), or false.
func demonymWater(ws []word, i int, dt *detector) (int, bool) {
	m, ok := dt.lexMatch(ws, i)
	if !ok || m.Kind != mDemonym || m.End >= len(ws) || !waterHeads[ws[m.End].Lower] || !ws[m.End].Cap && ws[m.End].Lower != "ocean" {
		return 0, false
	}
	if m.End+1 < len(ws) && (ws[m.End+1].Lower == "of" || ws[m.End+1].Cap && !ws[m.End+1].Punct) {
		return 0, false // "the Indian Ocean Battle Group": a longer name, the lexicons' and heads'
	}
	return m.End + 1, true
}

var waterHeads = wordSet("waterHeads")

// personVerbsAfter are verbs that follow a person's name far more often than a place's
// ("X said", "X told reporters").
var personVerbsAfter = wordSet("personVerbsAfter")

// givenNameFirst reports whether the word at i, a city's name that is also a given name,
// starts a person's name of two words: a capitalised word the lexicons do not know follows,
// no head word, title or company suffix, and no third capitalised word.
func (dt *detector) givenNameFirst(ws []word, i int) bool {
	w := ws[i]
	if !w.Cap || w.Upper || !dt.lex.firstNames[w.Key] || i+1 >= len(ws) {
		return false
	}
	if e, ok := dt.lex.lookup(w.Key); !ok || e.Kind != kindPlace && e.Kind != kindCapital {
		return false
	}
	n := ws[i+1]
	if !n.Cap || n.Upper || n.Punct || n.Hyph || len(n.Key) < 3 || !allAlpha([]word{n}) || dt.inLexicon(n.Key) || dt.lex.namePrefixes[n.Key] ||
		orgHeads[n.Key] || placeHeads[n.Key] || companySuffixes[n.Key] || isTitleWord(n.Key) || n.in(hotNotNames) || n.in(hotCommonStarts) {
		return false
	}
	if m, ok := dt.lexMatch(ws, i); ok && m.End > i+1 {
		return false // "Victoria Falls" or another known phrase
	}
	return i+2 >= len(ws) || !ws[i+2].Cap || ws[i+2].Punct
}

// titleBefore reads a title before a name at word i ("President Putin": the title is not
// part of the name; "the Justice Ministry" is a body, not a title before a name), and
// returns its length.
func (dt *detector) titleBefore(ws []word, i int, st *detectState) (int, bool) {
	role, n, t := matchTitle(ws, i)
	if n > 0 && !ws[i].Cap {
		if d := coordinatedDescription(ws, i+n); d > 0 {
			t += " " + join(ws[i+n:i+n+d]) // the title's text spans the description
			n += d
		}
	}
	if n > 0 && !ws[i].Cap {
		t = fieldBeforeTitle(ws, i, st.ms) + t // "Iranian trade minister X": the field is the title's
	}
	if n > 0 && ws[i].Cap && i+n+1 < len(ws) && ws[i+n].Text == "." && ws[i+n+1].Cap && !ws[i+n+1].Punct && titleAbbrev[ws[i+n-1].Text] {
		n++ // "Sen. Ann Kerr", "Sens. A and B": the abbreviation's dot
	}
	if n == 0 || !(ws[i].Cap || i+n < len(ws) && ws[i+n].Cap) || !ws[i].Cap && i > 0 && marketTitleNouns[ws[i-1].Lower] {
		return 0, false // also "market leader X": a firm that leads a market, no person's title
	}
	if ws[i].Cap && (i > 0 && ws[i-1].Lower == "the" && placeHeadAfterName(ws, i+n) || dt.places[schema.NameKey(joinName(ws[i:capEnd(ws, i)]))]) {
		return 0, false // "the Haj Khalil border area", then "Haj Khalil": a place's name, no title
	}
	if e := capEnd(ws, i); ws[i].Cap && e > i+n+1 && placeHeads[ws[e-1].Key] {
		return 0, false // "General Kelvar City", "Colonel Oduya Stadium": a place named after someone
	}
	if i+n < len(ws) && ws[i+n].Cap && !ws[i+n].Punct && !orgHeads[ws[i+n].Key] && !companyAfter(ws, i+n) {
		if _, ok := dt.lexMatch(ws, i); !ok || dt.titleBeatsLexicon(ws, i, n) {
			if role == roleHonorific && (st.title == roleMember || st.title == roleLeader || st.title == roleCommand) {
				return n, true // "director Dr. X", "NAO head Sir Y": the post stays the title
			}
			st.title, st.text = role, t
			return n, true
		}
	}
	return 0, false
}

// fieldBeforeTitle returns the lower-case field words between a body, a demonym or a
// possessive and a lower-case title at word i, with a space after them ("trade " in
// "Iranian trade minister", "trade and industry " in "AU trade and industry commissioner",
// "industry " in "Kenya's industry minister"), or "". Up to three nouns and an inner "and";
// nothing unless the mention before them ends just there.
func fieldBeforeTitle(ws []word, i int, ms []mention) string {
	k := i
	for k > 0 && i-k < 4 && fieldWord(ws[k-1]) && !(ws[k-1].Lower == "and" && k == i) {
		k--
	}
	if k == i || ws[k].Lower == "and" || len(ms) == 0 {
		return ""
	}
	for _, w := range ws[k:i] {
		if subBodyFields[w.Lower] {
			return "" // "ODPM committee chairman": the committee's chairman, not the office's
		}
	}
	end := ms[len(ms)-1].End
	if end != k && !(end+1 == k && ws[end].Key == "s" && !ws[end].Hyph) {
		return ""
	}
	return join(ws[k:i]) + " "
}

// subBodyFields are lower-case body nouns between a body and a title: the title is an
// unnamed sub-body's.
var subBodyFields = wordSet("subBodyFields")

// fieldWord reports whether w may be a field word before a title: a lower-case word of
// letters that is no function word, title modifier, adverb or participle; or "and".
func fieldWord(w word) bool {
	if w.Lower == "and" {
		return true
	}
	return !w.Cap && !w.Punct && !w.Hyph && len(w.Lower) > 2 && allAlpha([]word{w}) && !functionWords[w.Lower] &&
		!titleLex().modifiers[w.Lower] && !strings.HasSuffix(w.Lower, "ly") && !strings.HasSuffix(w.Lower, "ed") &&
		!strings.HasSuffix(w.Lower, "ing") && !descriptionStops[w.Lower]
}

// coordinatedDescription returns the length of a description coordinated after a
// lower-case title at word j, before the name both describe: "and terrorism specialist"
// in "FBI agent and terrorism specialist X". Zero when there is none, or when the words
// after "and" could name someone else ("the minister and his wife X").
func coordinatedDescription(ws []word, j int) int {
	if j+2 >= len(ws) || ws[j].Lower != "and" {
		return 0
	}
	k := j + 1
	for k < len(ws) && k < j+4 && !ws[k].Cap && !ws[k].Punct && !ws[k].Hyph && allAlpha(ws[k:k+1]) && !descriptionStops[ws[k].Lower] {
		k++
	}
	if k == j+1 || k >= len(ws) || !ws[k].Cap || ws[k].Punct || !isTitleWord(ws[k-1].Key) && !professions[ws[k-1].Lower] && !descriptionHeads[ws[k-1].Lower] {
		return 0
	}
	return k - j
}

// descriptionStops are words that cannot be part of a description coordinated with a
// title: determiners and possessives start another person's.
var descriptionStops = wordSet("descriptionStops")

// descriptionHeads end a description that is neither a post nor a trade of professions
// ("terrorism specialist").
var descriptionHeads = wordSet("descriptionHeads")

// regionAt reads a region of a country at word i: "Northern Syria", "northeast Syria",
// "north-eastern Syria". A known place that begins with the direction wins ("Central
// America").
func (dt *detector) regionAt(ws []word, i int, st *detectState) (int, bool) {
	n := directionWords(ws, i)
	if n == 0 || i+n >= len(ws) || !(ws[i].Cap || !ws[i+n-1].Cap) || dt.knownFrom(ws, i, i+n) {
		return 0, false
	}
	c, ok := dt.lexMatch(ws, i+n)
	if !ok || c.Class != schema.Country || c.Kind != mName || ws[i+n].Hyph || c.End < len(ws) && ws[c.End].Hyph {
		return 0, false
	}
	st.ms = append(st.ms, mention{Start: i, End: c.End, Text: join(ws[i:c.End]), Class: schema.Place, Kind: mName, Country: c.Canon, Canon: regionName(ws[i:i+n], c.Canon)})
	st.clearTitle()
	return c.End, true
}

// nameAt reads a capitalised name at word i (capitalised), and returns the word after it.
func (dt *detector) nameAt(ws []word, i int, st *detectState) (int, bool) {
	m, ok := dt.capitalised(ws, i, st.title)
	if !ok {
		return 0, false
	}
	if m.skip || notNamePhrases[schema.NameKey(m.Text)] {
		st.clearTitle()
		return m.End, true
	}
	if g, isGov := dt.governmentOf(ws, m); isGov {
		m = g
	}
	dt.royalBody(ws, &m)
	if st.title != 0 || m.Title == 0 {
		m.Title, m.TitleText = st.title, st.text
	}
	st.ms = append(st.ms, m)
	st.clearTitle()
	return m.End, true
}

// notNamePhrases are capitalised phrases that name no entity ("Third World"): see
// data/words.txt.
var notNamePhrases = phraseSet("notNamePhrases")

// royalBody gives a body named "Royal" or "Imperial" and a demonym its country ("Royal
// Saudi Air Force", "Imperial Japanese Navy"): the demonym inside the name says whose
// state's body it is, as one before the name does ("Saudi Air Force").
func (dt *detector) royalBody(ws []word, m *mention) {
	if m.Class != schema.Organization || m.Country != "" || m.End-m.Start < 3 || ws[m.Start].Key != "royal" && ws[m.Start].Key != "imperial" {
		return
	}
	if d, ok := dt.lexMatch(ws, m.Start+1); ok && (d.Kind == mDemonym || d.Class == schema.Country) && d.End < m.End && anyOrgHead(ws[d.End:m.End]) {
		m.Country = d.Canon
	}
}

// outletNounAfter reports whether a newspaper's or broadcaster's noun follows words[j-1]
// ("the Herald newspaper"): a body's head word alone after a lower-case word is then the
// outlet's name.
func outletNounAfter(ws []word, j int) bool {
	return j < len(ws) && !ws[j].Cap && (ws[j].Lower == "newspaper" || mediaOutletNouns[ws[j].Lower])
}

// outletWordAlone reports whether the unknown single word at words[i] stands alone as a
// name: not the tail of a longer one ("Cyprus Mail", "Academy of Sciences", "Development
// and Reform"), nor a plural or an adverb starting the sentence ("Residents", "Publicly").
func outletWordAlone(ws []word, i int) bool {
	if i == 0 {
		return !strings.HasSuffix(ws[0].Lower, "s") && !strings.HasSuffix(ws[0].Lower, "ly")
	}
	p := ws[i-1]
	return !(p.Cap && !p.Punct) && p.Lower != "of" && p.Lower != "and" && p.Text != "&" && !p.Hyph
}

// tailEvidence records the words that follow a given name in a name of two to four
// capitalised words of sentence ws ("Fernand St Germain": "st germain"; "John Houston":
// "houston"): written alone, they are that person's surname. Not after a given name the
// document also writes in lower case ("Said Wales coach X": "said").
func (dt *detector) tailEvidence(ws []word) {
	for k := 0; k+1 < len(ws); k++ {
		if !ws[k].Cap || k > 0 && ws[k-1].Cap && !ws[k-1].Punct || !dt.lex.firstNames[ws[k].Key] || dt.lower[ws[k].Key] {
			continue
		}
		e := capEnd(ws, k)
		if e-k >= 2 && e-k <= 4 {
			dt.personTails[schema.NameKey(joinName(ws[k+1:e]))] = true
		}
	}
}

// personTail reports whether the lexicon's place m is written as the surname of a person
// the document names in full ("St Germain said" after "Fernand St Germain"), and not as a
// place: after no preposition of place, no capital, no country.
func (dt *detector) personTail(ws []word, m mention) bool {
	if m.Class != schema.Place || m.Capital || m.Kind != mName || !dt.personTails[schema.NameKey(m.Text)] {
		return false
	}
	if m.Start > 0 && (ws[m.Start-1].in(hotPlacePreps) || ws[m.Start-1].Lower == "the" || ws[m.Start-1].Text == ",") {
		return false // "in Houston", "the Houston office", "Texas, Houston"
	}
	return m.End >= len(ws) || !ws[m.End].Cap || ws[m.End].Punct
}

// surnameAfterTitle reports whether the lexicon's place or country m, written right after a
// person's title written capitalised ("Mr Houston", "Senator Lincoln", "Dr Jordan") and
// before no other capitalised word, is a person's surname: no place takes a person's title.
func surnameAfterTitle(ws []word, m mention) bool {
	if m.Title == 0 || m.Kind != mName || m.Class != schema.Place && m.Class != schema.Country || m.Start == 0 || ws[m.Start-1].Punct && ws[m.Start-1].Text != "." {
		return false
	}
	if m.TitleText == "" || !unicode.IsUpper([]rune(m.TitleText)[0]) {
		return false // "Opec member Algeria", "a major US party": a common noun, no title
	}
	return m.End >= len(ws) || !ws[m.End].Cap || ws[m.End].Punct
}

// lexMention adds the lexicon mention m, or the longer name it begins, and returns the
// word after what it read.
func (dt *detector) lexMention(ws []word, m mention, st *detectState) int {
	if sportsTeam(ws, m) || languageAdjective(ws, m) {
		return m.End
	}
	if b, end, ok := dt.bodyAfterLex(ws, m); ok {
		st.ms = append(st.ms, b)
		return end
	}
	if pl, ok := dt.placeAfterLex(ws, m); ok {
		st.ms = append(st.ms, pl)
		return pl.End
	}
	// A broadcaster's service in a language: "BBC Persian", "Al Jazeera English"; but
	// "the Al Jazeera Arabic channel" is the broadcaster's channel, no body of its own.
	if m.Class == schema.Organization && m.End < len(ws) && ws[m.End].Cap && !ws[m.End].Hyph && languages[ws[m.End].Key] && !(m.End+1 < len(ws) && !ws[m.End+1].Cap && mediaOutletNouns[ws[m.End+1].Lower]) {
		m.End++
		m.Text, m.Canon = join(ws[m.Start:m.End]), ""
	}
	if e := dt.regionalServiceEnd(ws, m); e > m.End {
		m.End = e // "BBC Scotland": outletservice.go
		m.Text, m.Canon = join(ws[m.Start:m.End]), ""
	}
	st.ms = append(st.ms, m)
	if b, ok := dt.stateBodyAfter(ws, st.ms); ok {
		dt.missionIn(ws, &b)
		st.ms[len(st.ms)-1] = b
		return b.End
	}
	return m.End
}

// placeGovernmentNouns: see data/words.txt.
var placeGovernmentNouns = wordSet("placeGovernmentNouns")

// placeGovernment reads a place that is no state and no capital with a lower-case
// government noun after it ("the Velka government" of a territory or province) as that
// body, an organisation: a state's government is the state, and a capital's is often its
// city's or its state's, so neither is read here.
func placeGovernment(ws []word, m mention) (mention, bool) {
	e := m.End
	if m.Class != schema.Place || m.Kind != mName || m.Capital || e >= len(ws) || ws[e].Cap || !placeGovernmentNouns[ws[e].Lower] || e+1 < len(ws) && (ws[e+1].Hyph || ws[e+1].Key == "s") {
		return mention{}, false
	}
	return mention{Start: m.Start, End: e + 1, Text: join(ws[m.Start : e+1]), Class: schema.Organization, Kind: mName}, true
}

// bodyAfterLex reads a body named by the lexicon mention m and the capitalised words
// after it: a demonym or country before an organisation phrase, or a known organisation
// ("United Nations General Assembly"), "Iran's Revolutionary Guards". It returns the
// mention to add and the word after what it read ("an Iranian Resistance Activist" is a
// kind: the demonym alone is named, the words after it are passed over).
func (dt *detector) bodyAfterLex(ws []word, m mention) (mention, int, bool) {
	if g, ok := placeGovernment(ws, m); ok {
		return g, g.End, true
	}
	if m.Class == schema.Organization && m.Kind == mName {
		if end := dt.legalNameEnd(ws, m.End, isAcronym(m.Text)); end > m.End {
			m.End = end // "Siemens AG", "Mazda Motor Co Ltd": the company the lexicon knows, with its legal form
			m.Text = join(ws[m.Start:m.End])
			return m, m.End, true
		}
	}
	if _, known := dt.lexMatch(ws, m.End); (m.Kind == mDemonym || m.Class == schema.Country || m.Class == schema.Organization && m.Kind == mName && anyCap(ws[m.Start:m.End]) && m.End < len(ws) && !ws[m.End].Hyph) && m.End < len(ws) && !known {
		org, ok := dt.capitalised(ws, m.End, 0)
		if ok && org.Class == schema.Organization && org.Canon == "" && (anyOrgHead(ws[org.Start:org.End]) || companySuffixes[ws[org.End-1].Key] || legalFormAfter(ws, org.End)) {
			if afterArticle(ws, m.Start) && !org.skip {
				return m, org.End, true
			}
			org.Start = m.Start
			org.Text = join(ws[m.Start:org.End])
			if m.Class != schema.Organization {
				org.Country = m.Canon
			}
			dt.missionIn(ws, &org)
			return org, org.End, true
		}
	}
	if m.Class == schema.Country && m.Kind == mName && m.End+1 < len(ws) && ws[m.End].Key == "s" && !ws[m.End].Hyph && ws[m.End+1].Cap {
		if _, known := dt.lexMatch(ws, m.End+1); !known {
			if org, ok := dt.capitalised(ws, m.End+1, 0); ok && org.Class == schema.Organization && anyOrgHead(ws[org.Start:org.End]) {
				if span := ws[org.Start:org.End]; !stateBody(org.Text) && dt.ownName(span) || stateBody(org.Text) && dt.coinedWord(span) {
					return mention{}, 0, false // "India's Tata Motors", "Kenya's Lumo Water Agency": the body's name is its own
				}
				org.Start = m.Start
				org.Text = join(ws[m.Start:org.End])
				org.Country = m.Canon
				return org, org.End, true
			}
		}
	}
	return mention{}, 0, false
}

// placeAfterLex reads a place or body named by the place m and the capitalised words
// after it: a place's head word makes a place of its own ("Lisbon Airport", "Baghdad
// International Airport"), an organisation's head word a body ("Toronto Sun", "Tehran
// Times"; not "Moscow says").
func (dt *detector) placeAfterLex(ws []word, m mention) (mention, bool) {
	if pl, ok := dt.placeAfterLexSeat(ws, m); ok {
		return pl, true // "the Glasgow Kelvin MP": constituency.go
	}
	if e := placeSuffixEnd(ws, m.End); m.Class == schema.Place && m.Kind == mName && e > m.End {
		return mention{Start: m.Start, End: e, Text: join(ws[m.Start:e]), Class: schema.Place, Kind: mName, Country: m.Country}, true // "Davao del Sur"
	}
	if m.Class == schema.Place || m.Capital || m.Class == schema.Country && m.Kind == mName {
		k := m.End
		for k < len(ws) && k < m.End+3 && ws[k].Cap && !ws[k].Punct && !ws[k].Hyph {
			k++
		}
		if k > m.End && placeHeads[ws[k-1].Key] && !(k < len(ws) && ws[k].Cap && !ws[k].Punct) {
			if _, known := dt.lexMatch(ws, m.End); !known {
				country := m.Country
				if m.Class == schema.Country {
					country = m.Canon
				}
				return mention{Start: m.Start, End: k, Text: join(ws[m.Start:k]), Class: schema.Place, Kind: mName, Country: country}, true
			}
		}
		if m.Class == schema.Place && k == m.End && m.Start > 0 && ws[m.Start-1].Lower == "the" {
			if org, ok := dt.placeAndBody(ws, m); ok {
				return org, true // "the Dunmore and Midlands Institute": one body named after two places
			}
		}
		if m.Class == schema.Place && k < len(ws) && ws[k].Lower == "and" {
			// "Ohio Savings and Loan League": a body named after the place, its fields joined.
			if org, ok := dt.capitalised(ws, m.End, 0); ok && org.Class == schema.Organization && org.Start == m.End && org.End > k+1 && !anyTitleAt(ws, m.End, org.End) {
				return mention{Start: m.Start, End: org.End, Text: join(ws[m.Start:org.End]), Class: schema.Organization, Kind: mName}, true
			}
		}
		if m.Class == schema.Place && k > m.End+1 && (orgHeads[ws[k-1].Key] || companySuffixes[ws[k-1].Key]) && !(k < len(ws) && ws[k].Cap && !ws[k].Punct) {
			// "Michigan Taxpayers Party", "Ohio State University", "Harbin Steel Corp": a body
			// named after the place.
			if _, known := dt.lexMatch(ws, m.End); !known && !anyTitleAt(ws, m.End, k) {
				if nameGoesOn(ws, k) {
					// "Boston University School of Public Health": the name goes on.
					if org, ok := dt.capitalised(ws, m.End, 0); ok && org.Class == schema.Organization && org.Start == m.End && org.End > k {
						k = org.End
					}
				}
				return mention{Start: m.Start, End: k, Text: join(ws[m.Start:k]), Class: schema.Organization, Kind: mName}, true
			}
		}
	}
	// "Samoa Observer", "China Daily"; not "U.S. Securities and Exchange Commission", "Banc of America Securities".
	countryMedia := m.Class == schema.Country && m.Kind == mName && m.End < len(ws) && countryNamedHeads[ws[m.End].Key] &&
		!(m.End+2 < len(ws) && (ws[m.End+1].Lower == "and" || ws[m.End+1].Lower == "of" || ws[m.End+1].Text == "&") && ws[m.End+2].Cap) &&
		!(m.Start > 1 && ws[m.Start-1].Lower == "of" && ws[m.Start-2].Cap)
	if (m.Class == schema.Place || m.Capital || countryMedia) && m.End < len(ws) && ws[m.End].Cap && !ws[m.End].Hyph && (orgHeads[ws[m.End].Key] || clubHeads[ws[m.End].Key]) && !(m.End+1 < len(ws) && ws[m.End+1].Cap) {
		if _, known := dt.lexMatch(ws, m.End); !known && nameGoesOn(ws, m.End+1) {
			// "Puerto Rico Center for Investigative Journalism": the body's name goes on.
			if org, ok := dt.capitalised(ws, m.End, 0); ok && org.Class == schema.Organization && org.Start == m.End && org.End > m.End+2 {
				org.Start, org.Text, org.Canon = m.Start, join(ws[m.Start:org.End]), ""
				return org, true
			}
		}
		if _, known := dt.lexMatch(ws, m.End); !known {
			return mention{Start: m.Start, End: m.End + 1, Text: join(ws[m.Start : m.End+1]), Class: schema.Organization, Kind: mName}, true
		}
	}
	return mention{}, false
}

// placeAndBody reads the body named after the place m, "and" and one to three capitalised
// words that end with a body's head word ("the Dunmore and Midlands Institute"); the words
// after "and" are no known name of their own.
func (dt *detector) placeAndBody(ws []word, m mention) (mention, bool) {
	k := m.End
	if k+2 >= len(ws) || ws[k].Lower != "and" || ws[k].Cap {
		return mention{}, false
	}
	if _, known := dt.lexMatch(ws, k+1); known {
		return mention{}, false
	}
	org, ok := dt.capitalised(ws, k+1, 0)
	if !ok || org.Class != schema.Organization || org.Start != k+1 || org.End-org.Start < 2 || org.End-org.Start > 3 || !orgHeads[ws[org.End-1].Key] || anyTitleAt(ws, k+1, org.End) {
		return mention{}, false
	}
	return mention{Start: m.Start, End: org.End, Text: join(ws[m.Start:org.End]), Class: schema.Organization, Kind: mName}, true
}

// placeByCoordination marks an unknown single name coordinated with a known place as a
// place ("in Aleppo in the north and Daraa", "Raqqa and Aleppo provinces", "Homs, Hama,
// Zabadani and Aleppo"). A comma joins only inside a list: the name's other side is
// joined to a name that is not a person.
func (dt *detector) placeByCoordination(ws []word, ms []mention) {
	sep := func(a, b *mention) string {
		if b.Start != a.End+1 {
			return ""
		}
		return ws[a.End].Lower
	}
	conj := func(s string) bool { return s == "and" || s == "or" }
	inList := func(s string, other *mention) bool {
		return conj(s) || s == "," && other != nil && other.Class != schema.Person
	}
	// A name hinted a place by its list passes the hint on along the list ("in Mombasa,
	// Ulmesk and Dresnik"); the second pass carries it back towards the list's start. A
	// hint from a preposition passes on only to a name after a comma that ends a clause
	// ("in Torrance, Calif."): "in Hide and Seek" makes no place of "Seek".
	listed := map[int]bool{}
	place := func(k int) bool { return ms[k].Class == schema.Place || listed[k] }
	for pass := 0; pass < 2; pass++ {
		for k := range ms {
			m := &ms[k]
			if m.Class != "" || m.PlaceHint || m.Kind != mName || m.End-m.Start != 1 || dt.lex.firstNames[ws[m.Start].Key] {
				continue
			}
			var prev, next *mention
			var sp, sn string
			if k > 0 {
				prev, sp = &ms[k-1], sep(&ms[k-1], m)
			}
			if k+1 < len(ms) {
				next, sn = &ms[k+1], sep(m, &ms[k+1])
			}
			// "Hartford, Connecticut": a name after a place and a comma that ends a clause.
			ends := m.End >= len(ws) || ws[m.End].Punct
			exclaims := m.End < len(ws) && (ws[m.End].Text == "!" || ws[m.End].Text == "?") // "Rest in Power, Chadwick!"
			if prev != nil && (place(k-1) && (conj(sp) || sp == "," && (inList(sn, next) || ends)) || prev.PlaceHint && sp == "," && ends && !exclaims) ||
				next != nil && place(k+1) && (conj(sn) || sn == "," && inList(sp, prev)) {
				m.PlaceHint, listed[k] = true, true
			}
		}
	}
}

// bodiesByCoordination makes organisations of the unknown single names of a list of three
// or more that holds bodies and nothing else ("German firms including Deutsche Bahn,
// Deutsche Telekom, Daimler, and Siemens"): items joined by commas, "and" or "or", none a
// person, place or country.
func (dt *detector) bodiesByCoordination(ws []word, ms []mention) {
	joined := func(a, b *mention) bool {
		g := ws[a.End:b.Start]
		switch len(g) {
		case 1:
			return g[0].Text == "," || g[0].Lower == "and" || g[0].Lower == "or"
		case 2:
			return g[0].Text == "," && (g[1].Lower == "and" || g[1].Lower == "or")
		}
		return false
	}
	for k := 0; k < len(ms); {
		e := k + 1
		for e < len(ms) && joined(&ms[e-1], &ms[e]) {
			e++
		}
		// A list: commas, then "and" or "or" before the last item only ("Organization for
		// Economic Cooperation and Development, OECD" is none); and its first item is no
		// name cut in an of-phrase ("National Union of Rail, Maritime and Transport Workers").
		ok := e-k >= 3 && !cutOfPhrase(ws, ms[k])
		for x := k + 1; x < e && ok; x++ {
			last := ws[ms[x].Start-1].Lower == "and" || ws[ms[x].Start-1].Lower == "or"
			ok = last == (x == e-1)
		}
		if ok {
			dt.listOfBodies(ws, ms[k:e])
		}
		k = e
	}
}

// cutOfPhrase reports whether a body's name ends in an of- or for-phrase whose last word
// is no head word ("National Union of Rail"): a name a comma may have cut.
func cutOfPhrase(ws []word, m mention) bool {
	if m.Class != schema.Organization || orgHeads[ws[m.End-1].Key] {
		return false
	}
	for _, w := range ws[m.Start:m.End] {
		if w.Lower == "of" || w.Lower == "for" {
			return true
		}
	}
	return false
}

// listOfBodies types the unknown single names of list items as organisations when the
// list has three or more items, one at least a body's name and the others unknown names.
func (dt *detector) listOfBodies(ws []word, items []mention) {
	if len(items) < 3 {
		return
	}
	bodies := 0
	for _, m := range items {
		switch {
		case m.Kind == mName && m.Class == schema.Organization && !m.skip:
			bodies++
		case m.Kind == mName && m.Class == "" && !m.PlaceHint && m.End-m.Start == 1 && dt.unknownBodyWord(ws[m.Start]):
		default:
			return
		}
	}
	if bodies == 0 {
		return
	}
	for k := range items {
		if items[k].Class == "" {
			items[k].Class = schema.Organization
		}
	}
}

// unknownBodyWord reports whether a single unknown name may be a body's in a list of
// bodies: no given name, company suffix ("Co"), adjective ("Educational, Scientific and
// Cultural Organization") or word the document writes in lower case.
func (dt *detector) unknownBodyWord(w word) bool {
	if len(w.Key) < 3 || dt.lex.firstNames[w.Key] || companySuffixes[w.Key] || dt.lower[w.Key] {
		return false
	}
	for _, suf := range []string{"al", "ic", "ive", "ian", "ese", "ish", "ary", "ory"} {
		if strings.HasSuffix(w.Lower, suf) {
			return false // "Educational, Scientific and Cultural": adjectives of a name
		}
	}
	return true
}

// titleBeatsLexicon: "President" is not a place even if a lexicon lists a town of that name.
func (dt *detector) titleBeatsLexicon(ws []word, i, n int) bool {
	m, _ := dt.lexMatch(ws, i)
	return m.End <= i+n
}

// companySuffixes end a company's name.
var companySuffixes = wordSet("companySuffixes")

// mediaOutletNouns are lower-case nouns for a broadcaster's outlet ("channel", "service").
var mediaOutletNouns = wordSet("mediaOutletNouns")

// geoHeadsAfter are lower-case geographic heads after a place's name ("the X rainforest").
var geoHeadsAfter = wordSet("geoHeadsAfter")

// placeHeadAfterName reports whether the capitalised words at words[k:] (up to three,
// with hyphenated particles) are followed by a lower-case place noun or geographic head
// ("Omran border area", "Khalil region"): a place's name, whatever its first word looks like.
func placeHeadAfterName(ws []word, k int) bool {
	e := capEnd(ws, k)
	return e > k && e < len(ws) && !ws[e].Cap && !ws[e].Punct && (ws[e].in(hotPlaceNounCues) || geoHeadsAfter[ws[e].Lower] ||
		e+1 < len(ws) && geoHeadPhrasesAfter[ws[e].Lower+" "+ws[e+1].Lower])
}

// geoHeadPhrasesAfter and placeSuffixes, and mediaVerbs: see data/words.txt.
var (
	geoHeadPhrasesAfter = phraseSet("geoHeadPhrasesAfter")
	placeSuffixes       = phraseSet("placeSuffixes")
	mediaVerbs          = wordSet("mediaVerbs")
)

// placeSuffixEnd returns the end of a direction that goes on a place's name ending at
// words[j] ("del Sur" after "Davao", "Oriental" after "Negros"), or j.
func placeSuffixEnd(ws []word, j int) int {
	if j+1 < len(ws) && !ws[j].Cap && ws[j+1].Cap && placeSuffixes[ws[j].Lower+" "+ws[j+1].Key] && !(j+2 < len(ws) && ws[j+2].Cap && !ws[j+2].Punct) {
		return j + 2
	}
	if j < len(ws) && ws[j].Cap && placeSuffixes[ws[j].Key] && !(j+1 < len(ws) && (ws[j+1].Cap && !ws[j+1].Punct || ws[j+1].Hyph)) {
		return j + 1
	}
	return j
}

// weakPlaceHeads end the names of hills and parks ("Primrose Hill", "Victoria Park").
var weakPlaceHeads = wordSet("weakPlaceHeads")

// workCues are lower-case nouns before the title of a work or show ("the novel X").
var workCues = wordSet("workCues")

// capEnd returns the end of the run of up to four capitalised words (and hyphenated
// parts) at words[k:].
func capEnd(ws []word, k int) int {
	e := k
	for e < len(ws) && e < k+4 && (ws[e].Cap || ws[e].Hyph) && !ws[e].Punct {
		e++
	}
	return e
}

// placeEvidence notes the names a sentence puts between "the" and a lower-case place noun
// or geographic head ("the Haj Khalil border area", "the Xingu rainforest"), so that the
// document's other mentions of them are places too ("between Haj Khalil and Y").
func placeEvidence(ws []word, places map[string]bool) {
	for k := 1; k < len(ws); k++ {
		if ws[k-1].Lower == "the" && ws[k].Cap && !ws[k].Punct && placeHeadAfterName(ws, k) {
			e := capEnd(ws, k)
			if e-k >= 2 {
				places[schema.NameKey(joinName(ws[k:e]))] = true
			}
			k = e
		}
	}
}

// placeListEvidence notes the single capitalised words a sentence writes as places, after
// "in" and before a comma and a capitalised region or country ("in Kisumu, Kenya"): the
// document may go on to write the place straight before a person ("Mayor of Kisumu Ana
// Ruiz"), where it is no part of the person's name.
func placeListEvidence(ws []word, places map[string]bool) {
	for k := 1; k+2 < len(ws); k++ {
		if ws[k-1].Lower == "in" && ws[k].Cap && !ws[k].Punct && !ws[k].Upper && ws[k+1].Text == "," && ws[k+2].Cap && !ws[k+2].Punct && !(k >= 2 && ws[k-2].Cap) {
			places[ws[k].Key] = true
		}
	}
}

// workEvidence notes the names a sentence writes as the titles of works: after a work's
// noun ("the novel X", "the show The X", "shows such as X"), before one ("the X movie", "X
// actress Y"), or after a maker's possessive and a capitalised "The" ("Y's The X").
func workEvidence(ws []word, works map[string]bool) {
	for k := 1; k < len(ws); k++ {
		if !ws[k].Cap || ws[k].Punct || ws[k-1].Cap && ws[k-1].Lower != "the" {
			continue
		}
		a := k
		if ws[a].Lower == "the" && a+1 < len(ws) && ws[a+1].Cap && !ws[a+1].Punct {
			a++
		}
		e := capEnd(ws, a)
		if e-a < 2 {
			k = e
			continue
		}
		b := k - 1 // the word before the name, or before its "The"
		for b > 0 && (ws[b].Lower == "as" && ws[b-1].Lower == "such") {
			b -= 2
		}
		before := !ws[b].Cap && workCues[ws[b].Lower]
		maker := a > k && ws[k].Text == "The" && ws[k-1].Key == "s" && !ws[k-1].Cap
		after := e < len(ws) && !ws[e].Cap && workNounsAfter[ws[e].Lower]
		if before || maker || after {
			works[schema.NameKey(joinName(ws[a:e]))] = true
		}
		k = e
	}
}

// companyApposition reports whether the name at words [i, j) stands alone between commas
// after a company's noun ("the state-owned airline, Aer Vantis, said"), or ends its
// sentence there.
func companyApposition(ws []word, i, j int) bool {
	if i < 2 || ws[i-1].Text != "," || ws[i-2].Cap || !ws[i-2].in(hotMediaCues) {
		return false
	}
	return j == len(ws) || ws[j].Text == "," || ws[j].Text == "."
}

// pressNounAfter reports whether the name span of two words or more, before words[j], is
// a newspaper's or a broadcaster's before the noun of one of its journalists ("an Evening
// Courier journalist", "a Velka Radio reporter"); not a field ("a Home Affairs reporter").
func pressNounAfter(ws []word, span []word, j int) bool {
	if len(span) < 2 || !pressNounsAfter[ws[j].Lower] {
		return false
	}
	for _, w := range span {
		if bodyPortfolio(w.Key) || isTitleWord(w.Key) {
			return false
		}
	}
	return true
}

// pressNounsAfter are the nouns of journalists after their outlet's name: see
// data/words.txt.
var pressNounsAfter = wordSet("pressNounsAfter")

// kinPlurals end the names of firms and bands named after a family ("X Brothers"):
// see data/words.txt.
var kinPlurals = wordSet("kinPlurals")

// firmPreps are the prepositions after which a family's name is a firm's ("analyst at X
// Brothers"): see data/words.txt.
var firmPreps = wordSet("firmPreps")

// genreWords are the genres of works that open a sentence before a work's title
// ("Comedy X held on to the top spot"): see data/words.txt.
var genreWords = wordSet("genreWords")

// productKinds are the kinds of goods that end a product's name ("Kesta Regal Scotch",
// "Velka Convertible"): no person and no body. See data/words.txt.
var productKinds = wordSet("productKinds")

// marketTitleNouns are the lower-case nouns before a title that make it a firm's rank in a
// market ("market leader X", "brand leader Y"): see data/words.txt.
var marketTitleNouns = wordSet("marketTitleNouns")

// articleFirst are the definite articles of other languages that start names of works,
// bodies and places, not of people: see data/words.txt.
var articleFirst = wordSet("articleFirst")

// workNounsAfter are the lower-case nouns after a work's title ("the X movie", "X
// actress Y"): see data/words.txt.
var workNounsAfter = wordSet("workNounsAfter")

// nonEntityNames are names of measures, diseases and phenomena ("GDP", "HIV", "El Niño").
var nonEntityNames = phraseSet("nonEntityNames")

// lawHeads end the name of a bill ("the Consumer Credit Bill").
var lawHeads = wordSet("lawHeads")

// legalNameEnd returns the end of a company's full legal name after the name of a
// company the lexicon knows, which ends at j: its legal-form suffixes ("Siemens AG",
// "Mazda Co Ltd"), after at most one word of its trade ("Mazda Motor Co Ltd", one
// body with Mazda). A word that names a subsidiary ("Credit", "Finance": "Toyota Motor
// Credit Corp"), a known name or an organisation's head word does not extend it, nor does
// any word after an acronym (acronym: "AFP Imaging Corp" is no news agency). It returns
// j when the capitalised words after j are no such name.
func (dt *detector) legalNameEnd(ws []word, j int, acronym bool) int {
	if n := partnersEnd(ws, j); n > j {
		return n // "Ashby, Pell, Tamsu and Voll Inc"
	}
	k := j
	if k < len(ws) && ws[k].Cap && !ws[k].Hyph && !ws[k].Punct && !companySuffixes[ws[k].Key] {
		if _, known := dt.lexMatch(ws, k); known || acronym || subsidiaryWords[ws[k].Key] || orgHeads[ws[k].Key] {
			return j
		}
		k++
	}
	n := k
	for n < len(ws) && ws[n].Cap && !ws[n].Hyph && companySuffixes[ws[n].Key] {
		n++
	}
	if n == k || n < len(ws) && ws[n].Cap && !ws[n].Punct {
		return j
	}
	return n
}

// partnersEnd returns the end of a firm's name that goes on after words[j] with its
// partners' names and its legal form (", Pierce, Fenner and Smith Inc": one capitalised
// word after each comma, at least one, then "and" and one more, then company suffixes), or
// j. Without the suffix a list of names is no firm's.
func partnersEnd(ws []word, j int) int {
	n := j
	for n+1 < len(ws) && ws[n].Text == "," && capWord(ws[n+1]) {
		n += 2
	}
	if n == j || n+1 >= len(ws) || ws[n].Lower != "and" || !capWord(ws[n+1]) {
		return j
	}
	n += 2
	k := n
	for k < len(ws) && ws[k].Cap && !ws[k].Hyph && companySuffixes[ws[k].Key] && ws[k].Key != "group" {
		k++
	}
	if k == n || k < len(ws) && ws[k].Cap && !ws[k].Punct {
		return j
	}
	return k
}

// capWord reports whether w is a capitalised word that is no punctuation and no company
// suffix.
func capWord(w word) bool { return w.Cap && !w.Punct && !w.Hyph && !companySuffixes[w.Key] }

// subsidiaryWords name a company's subsidiary after the parent's name ("Toyota Motor
// Credit Corp").
var subsidiaryWords = wordSet("subsidiaryWords")

// legalForms are the legal-form suffixes a company's name may take after a comma.
var legalForms = wordSet("legalForms")

// legalFormAfter reports whether words[j:] are a comma and a legal-form suffix ending the
// name before it ("Berghof Holding Management, Inc."): that name is a company's.
func legalFormAfter(ws []word, j int) bool {
	if j+1 >= len(ws) || ws[j].Text != "," || !ws[j+1].Cap || !legalForms[ws[j+1].Key] {
		return false
	}
	k := j + 2
	if k < len(ws) && ws[k].Text == "." {
		k++
	}
	// Not "X, SA president": a title after it makes the letters a body's acronym.
	return k == len(ws) || ws[k].Punct || !ws[k].Cap && !isTitleWord(ws[k].Key)
}

// companyAfter reports whether the capitalised words from words[j] end with a company
// suffix: then a title word before them begins the company's name ("General Motors
// Corp", "Admiral Insurance Group Ltd"), it is no title.
func companyAfter(ws []word, j int) bool {
	for k := j; k < len(ws) && ws[k].Cap && !ws[k].Punct; k++ {
		if companySuffixes[ws[k].Key] && k > j {
			return true
		}
	}
	return false
}

// knownFrom reports whether a lexicon phrase starts at words[i] and goes past words[j-1].
func (dt *detector) knownFrom(ws []word, i, j int) bool {
	m, ok := dt.lexMatch(ws, i)
	return ok && m.End > j
}

// lexMatch returns the longest lexicon phrase at words[i:].
func (dt *detector) lexMatch(ws []word, i int) (mention, bool) {
	l := dt.lex
	var buf [128]byte
	key := buf[:0] // the phrase key so far; string(key) in a map index does not allocate
	var best mention
	found := false
	for n := 1; n <= l.maxWords && i+n <= len(ws); n++ {
		if n == 2 && !ws[i].has(cueLexPrefix) || n > 2 && !l.prefixes[string(key)] {
			break // no phrase goes on from here (at n = 2 the key is the first word's)
		}
		w := ws[i+n-1]
		if w.Punct && n > 1 && pluralPossessive(ws, i+n-1) {
			continue // "Kurdistan Workers' Party"
		}
		if w.Punct {
			break
		}
		if w.Key == "s" && !w.Hyph {
			if n == 1 || i+n >= len(ws) || !ws[i+n].Cap {
				break
			}
			continue // "People's Protection Units"
		}
		if n > 1 {
			key = append(key, ' ')
		}
		key = append(key, w.Key...)
		span := ws[i : i+n]
		if !anyCap(span) {
			continue // tested before the look-up: most words are in lower case
		}
		e, ok := l.phrases[string(key)]
		if !ok {
			continue
		}
		// Short all-caps aliases ("US", "IS", "UN", "G20") must be written in capitals.
		// A short name the table writes in title case itself ("Goa", "Qom") is read as written.
		if n == 1 && len(w.Key) <= 3 && !w.Upper && !strings.Contains(w.Text, ".") && !(hasDigit(w.Text) && w.Text == strings.ToUpper(w.Text)) && e.Name != w.Text {
			continue
		}
		if n == 1 && !w.Upper && dt.lex.upperOnly[w.Key] {
			continue // an armed group's acronym: "UNITA", not "Unita County"
		}
		// An acronym the document spells out ("the Kisumu Sugar Agency (KSA)") names what
		// it spells, not another body of the lexicon with those initials.
		if n == 1 && w.Upper && !dt.spellsLexName(w.Key, e.Name) {
			continue
		}
		// Never end inside a hyphenated word ("Iran-Iraq" is two names, "al-Qaeda" one).
		if i+n < len(ws) && ws[i+n].Hyph && e.Kind != kindDemonym && e.Kind != kindCountry && e.Kind != kindCapital && e.Kind != kindActor {
			continue
		}
		if e.Kind == kindDemonym && i+n < len(ws) && ws[i+n].Cap && demonymNameHeads[ws[i+n].Key] && (i+n+1 == len(ws) || !ws[i+n+1].Cap || ws[i+n+1].Punct) {
			continue // "Kenyan University", "the Velkan University": a body's name, not the country
		}
		if e.Kind == kindDemonym && i > 0 && ws[i-1].Cap && !ws[i-1].Punct && regionDemonymPrefixes[ws[i-1].Lower] {
			continue // "Latin American", "Central American": a region's adjective, not the country's
		}
		m := mention{Start: i, End: i + n, Text: join(span), Class: e.Class, Kind: mName, Canon: e.Name, Country: e.Country}
		switch e.Kind {
		case kindDemonym:
			m.Kind = mDemonym
		case kindCapital:
			m.Capital = true
			if dt.actorContext(ws, i, i+n) {
				m.Class, m.Canon = schema.Country, e.Country
			}
		}
		best, found = m, true
	}
	return best, found
}

// demonymNameHeads, regionDemonymPrefixes: see data/words.txt.
var (
	demonymNameHeads      = wordSet("demonymNameHeads")
	regionDemonymPrefixes = wordSet("regionDemonymPrefixes")
)

// spellsLexName reports whether the acronym key, when the document defines it, stands
// for the lexicon entity name: some name it is defined after is that entity's.
func (dt *detector) spellsLexName(acronym, name string) bool {
	longs := dt.acronyms[acronym]
	if longs == nil {
		return true
	}
	for _, k := range longs {
		if e, ok := dt.lex.lookup(k); ok && e.Name == name {
			return true
		}
	}
	return false
}

// actorContext reports whether the place at words[i:j] acts: followed by a verb of saying
// or doing, or paired with another actor ("between Moscow and Tehran").
func (dt *detector) actorContext(ws []word, i, j int) bool {
	if i > 0 && (ws[i-1].in(hotPlacePreps) || ws[i-1].Lower == "of") || bodySeats[schema.NameKey(join(ws[i:j]))] {
		return false
	}
	if citySentence(ws, i, j) {
		return false // "The mayor of Paris wrote: 'Paris is mourning'": the city
	}
	if j < len(ws) && actorVerbs[ws[j].Lower] {
		return !copulaDescription(ws, j) // not "Lomara is a city of bridges"
	}
	if j+1 < len(ws) && ws[j].Key == "s" && !ws[j].Hyph {
		// "Moscow's decision": a possessive of a capital is the state acting; not
		// "London's Regent Street", "Nairobi's new X Airport" nor "Tehran's new airport",
		// the city's own.
		return !possessedPlace(ws, j+1) && !dt.nameAfter(ws, j+1)
	}
	if i > 0 && ws[i-1].Lower == "between" {
		return true
	}
	if j < len(ws) && !ws[j].Cap && capitalStateNouns[ws[j].Lower] {
		return true // "the Kampala regime": the state governing from it
	}
	if dt.passiveAgent(ws, i) && !(j < len(ws) && ws[j].Cap && !ws[j].Punct) {
		return true // the agent of a passive: "backed by Tehran", "opposed by Paris and London"
	}
	if j < len(ws) && ws[j].Cap && !ws[j].Punct {
		return false // "Washington Square Capital": a longer name
	}
	if i > 2 && (ws[i-1].Lower == "and" || ws[i-1].Lower == "or") && ws[i-3].Lower == "between" && ws[i-2].Cap {
		return true // "between Moscow and Tehran"
	}
	if j+2 < len(ws) && ws[j].Lower == "and" && ws[j+1].Cap && !ws[j+1].Punct && actorVerbs[ws[j+2].Lower] {
		if e, ok := dt.lex.lookup(ws[j+1].Key); ok && (e.Kind == kindCapital || e.Kind == kindCountry) {
			return true // "Tehran and Moscow had been discussing"
		}
	}
	if i > 1 && ws[i-1].Lower == "with" && actorRelationNouns[ws[i-2].Lower] {
		return true // "Moscow's deals with Washington", "talks with Tehran"
	}
	return false
}

// listedSurname reports whether the one-word name span, which the organisation lists hold
// (they hold persons' names too), is a person's here: after a person's title ("Energy
// Minister Velkor", "Mr Velkor"), or with a person's constructions in the document and no
// firm's ("Velkor said he would"). Not an acronym ("President NATO" is no surname).
func (dt *detector) listedSurname(span []word, key string, title titleRole) bool {
	if len(span) != 1 || span[0].Upper {
		return false
	}
	c := dt.singles[key]
	return title != 0 || c != nil && c.person > 0 && c.org == 0
}

// possessedPlace reports whether the words from k, after a capital's possessive, name a
// place or a service of the city: capitalised words or placeModifiers up to a facility's
// or a place's head noun or one of the cityNouns ("'s new Kenyatta International
// Airport", "'s main airport", "'s suburbs", "'s mayor"), not "'s decision to close the
// airport".
func possessedPlace(ws []word, k int) bool {
	for ; k < len(ws) && !ws[k].Punct; k++ {
		if facilityHeads[ws[k].Lower] || ws[k].in(hotPlaceNounCues) || cityNouns[ws[k].Lower] {
			return true
		}
		if !ws[k].Cap && !placeModifiers[ws[k].Lower] {
			return false
		}
	}
	return false
}

// placeModifiers may stand between a capital's possessive and a place in it ("new",
// "main").
var placeModifiers = wordSet("placeModifiers")

// passiveAgent reports whether words[i] begins the agent of a passive: after "by" and a
// verb of acting ("backed by Tehran"), or the second of two capitals or countries joined
// by "and"/"or" there ("adopted by Paris and London").
func (dt *detector) passiveAgent(ws []word, i int) bool {
	if i > 2 && (ws[i-1].Lower == "and" || ws[i-1].Lower == "or") && ws[i-2].Cap && !ws[i-2].Punct {
		if e, ok := dt.lex.lookup(ws[i-2].Key); ok && (e.Kind == kindCapital || e.Kind == kindCountry) {
			i -= 2
		}
	}
	return i > 1 && ws[i-1].Lower == "by" && (actorVerbs[ws[i-2].Lower] || agentParticiples[ws[i-2].Lower])
}

// capitalStateNouns after a capital make it its state acting ("the Kampala regime").
var capitalStateNouns = wordSet("capitalStateNouns")

// citySentence reports whether sentence ws also writes the capital at words[i:j] as a
// city, with its mayor or another of the cityNouns: "the mayor of X", "X mayor", "X's
// mayor". The sentence then speaks of the city, and the capital in it does not act as
// its state.
func citySentence(ws []word, i, j int) bool {
	n := j - i
	for k := 0; k+n <= len(ws); k++ {
		if k == i || !sameWords(ws[k:k+n], ws[i:j]) {
			continue
		}
		if k >= 2 && ws[k-1].Lower == "of" && cityNouns[ws[k-2].Lower] || k+n < len(ws) && cityNouns[ws[k+n].Lower] && !ws[k+n].Cap ||
			k+n+1 < len(ws) && ws[k+n].Key == "s" && !ws[k+n].Hyph && possessedPlace(ws, k+n+1) {
			return true
		}
	}
	return false
}

// nameAfter reports whether a capitalised word, no country's name, demonym or capital,
// stands in the three words of ws from i before any punctuation or preposition: after a capital's possessive it
// names something of the city's ("London's Hyde Park", "Tokyo's Nikkei index", "London's
// famous Savoy hotel"), not the state's doing ("Moscow's support for Vietnamese troops").
func (dt *detector) nameAfter(ws []word, i int) bool {
	for k := i; k < len(ws) && k < i+3 && !ws[k].Punct; k++ {
		if !ws[k].Cap {
			if ws[k].in(hotPrepositions) || ws[k].Lower == "and" || ws[k].Lower == "or" {
				return false // "Tehran's concerns about Moscow": the name is another's
			}
			continue
		}
		if e, ok := dt.lex.lookup(ws[k].Key); ok && (e.Kind == kindDemonym || e.Kind == kindCountry || e.Kind == kindCapital) {
			return false
		}
		return true
	}
	return false
}

// copulaDescription reports whether the verb at ws[j] after a capital is a copula (or a
// modal with "be") before a description of what the capital is ("Lomara is a city of
// bridges", "X would be the first host"): the city described, not the state acting.
func copulaDescription(ws []word, j int) bool {
	k := j + 1
	if !copulas[ws[j].Lower] {
		if k+1 >= len(ws) || ws[k].Lower != "be" {
			return false
		}
		k++
	}
	return k < len(ws) && descriptionOpeners[ws[k].Lower]
}

// copulas, descriptionOpeners: see data/words.txt.
var (
	copulas            = wordSet("copulas")
	descriptionOpeners = wordSet("descriptionOpeners")
)

// sameWords reports whether two runs of words have the same keys.
func sameWords(a, b []word) bool {
	if len(a) != len(b) {
		return false
	}
	for x := range a {
		if a[x].Key != b[x].Key {
			return false
		}
	}
	return true
}

// cityNouns name a city's own streets, services and people ("the mayor", "the airport").
var cityNouns = wordSet("cityNouns")

// agentParticiples are past participles whose "by" phrase names the agent, beside the
// actorVerbs: a capital there acts ("armed by Tehran").
var agentParticiples = wordSet("agentParticiples")

// bodySeats are capitals that, acting, stand for the international body they house, not
// their state ("relations with Brussels" are the European Union's).
var bodySeats = wordSet("bodySeats")

// actorRelationNouns are dealings between states: "deals with Washington" is with the state.
var actorRelationNouns = wordSet("actorRelationNouns")

// collective matches an unnamed group at words[i:] ("rebels", "Shia militias").
func (dt *detector) collective(ws []word, i int) (mention, bool) {
	var buf [128]byte
	key := buf[:0] // string(key) in a map index does not allocate
	var best mention
	found := false
	for n := 1; n <= 3 && i+n <= len(ws); n++ {
		w := ws[i+n-1]
		if w.Punct {
			break
		}
		if n > 1 {
			if !collectivePrefixes[string(key)] {
				break // no collective noun goes on from here
			}
			key = append(key, ' ')
		}
		key = append(key, w.Key...)
		if c, ok := collectives[string(key)]; ok && c != "" {
			best = mention{Start: i, End: i + n, Text: join(ws[i : i+n]), Class: schema.Organization, Kind: mCollective, Canon: c}
			found = true
		}
	}
	if !found {
		return groupHolder(ws, i)
	}
	return best, found
}

// groupHoldings: see data/words.txt.
var groupHoldings = wordSet("groupHoldings")

// groupHolder matches a group's singular noun before a holding at words[i] ("rebel
// positions", "a guerrilla stronghold"): the group that holds it, the collective of the
// noun's plural, so that a fight on the holding fights the group (construct.go's
// repelledAgents).
func groupHolder(ws []word, i int) (mention, bool) {
	w := ws[i]
	if w.Punct || w.Upper || !w.in(hotGroupModifiers) || i+1 >= len(ws) {
		return mention{}, false
	}
	h := ws[i+1]
	if h.Cap || h.Punct || h.Hyph || !holdingNouns[strings.TrimSuffix(h.Lower, "s")] && !groupHoldings[strings.TrimSuffix(h.Lower, "s")] || i+2 < len(ws) && ws[i+2].Hyph {
		return mention{}, false // "rebel-held", "the Rebel Alliance"
	}
	c := collectives[w.Key+"s"]
	if c == "" {
		return mention{}, false // "militant positions": bare militants are no entity
	}
	return mention{Start: i, End: i + 1, Text: w.Text, Class: schema.Organization, Kind: mCollective, Canon: c}, true
}

// peopleHolder matches a people's, faith's or movement's adjective before a group's
// singular noun and a holding at words[i] ("a Tuareg guerrilla stronghold", "Baloch rebel
// camps"): the group of that people, named as memberGroup names it ("Tuareg guerrillas"),
// not the generic collective groupHolder gives the noun alone.
func peopleHolder(ws []word, i int, st *detectState) (mention, bool) {
	if !ws[i].Cap || ws[i].Punct || !groupAdjectives[ws[i].Lower] || st.title != 0 || i+2 >= len(ws) {
		return mention{}, false
	}
	if n := len(st.ms); n > 0 && st.ms[n-1].End == i {
		return mention{}, false // a name goes on
	}
	g, ok := groupHolder(ws, i+1)
	if !ok {
		return mention{}, false
	}
	plural := ws[i+1].Lower + "s"
	if strings.HasSuffix(ws[i+1].Lower, "y") {
		plural = strings.TrimSuffix(ws[i+1].Lower, "y") + "ies" // "insurgency"
	}
	return mention{Start: i, End: g.End, Text: join(ws[i:g.End]), Class: schema.Organization, Kind: mCollective, Canon: joinName(ws[i:i+1]) + " " + plural}, true
}

// collectivePrefixes holds every X such that some key of collectives begins with X + " ".
var collectivePrefixes = func() map[string]bool {
	m := map[string]bool{}
	for k := range collectives {
		for i := range len(k) {
			if k[i] == ' ' {
				m[k[:i]] = true
			}
		}
	}
	return m
}()

// memberGroupNouns and groupAdjectives: see data/words.txt.
var (
	memberGroupNouns = wordSet("memberGroupNouns")
	groupAdjectives  = wordSet("groupAdjectives")
	peopleForceNouns = wordSet("peopleForceNouns")
)

// memberGroup reads an unnamed group named by a demonym or a people's adjective and a
// plural member noun at words[i:] ("Somali gunmen", "Tamil separatists"): an organisation
// named so, a collective (an entity only when it takes part in a fact). The demonym names
// no state here: gunmen do not act for the country of their demonym.
func (dt *detector) memberGroup(ws []word, i int, st *detectState) (mention, bool) {
	if !ws[i].Cap || ws[i].Punct || ws[i].Hyph || st.title != 0 {
		return mention{}, false // "pro-Kurdish": not a bare demonym
	}
	if n := len(st.ms); n > 0 && st.ms[n-1].End == i {
		return mention{}, false // "Velka Somali gunmen": a name goes on
	}
	if !memberNounNear(ws, i) {
		return mention{}, false // the cheap test first: this runs at every capitalised word
	}
	if _, ok := dt.collective(ws, i); ok {
		return mention{}, false // "Kurdish fighters": a family of collectives.tsv
	}
	end := dt.groupAdjectiveEnd(ws, i)
	if end < 0 || end >= len(ws) {
		return mention{}, false
	}
	if (ws[end].Lower == "and" || ws[end].Lower == "or") && end+1 < len(ws) && ws[end+1].Cap {
		// "Somali and Kenyan gunmen": the first demonym names a group too, not its state.
		if e2 := dt.groupAdjectiveEnd(ws, end+1); e2 > 0 && e2 < len(ws) && dt.groupNounAt(ws, e2) {
			return mention{Start: i, End: end, Text: join(ws[i:end]), Class: schema.Organization, Kind: mCollective, Canon: joinName(ws[i:end]) + " " + ws[e2].Lower}, true
		}
		return mention{}, false
	}
	if !dt.groupNounAt(ws, end) && !(groupAdjectives[ws[i].Lower] && (ws[end].in(hotPeopleForceNouns) || armedCollectiveAt(ws, end)) && (end+1 >= len(ws) || !ws[end+1].Hyph)) {
		return mention{}, false
	}
	return mention{Start: i, End: end + 1, Text: join(ws[i : end+1]), Class: schema.Organization, Kind: mCollective, Canon: joinName(ws[i:end]) + " " + ws[end].Lower}, true
}

// memberGroupAt adds the group memberGroup reads at words[i], and returns the word after it.
func (dt *detector) memberGroupAt(ws []word, i int, st *detectState) (int, bool) {
	m, ok := dt.memberGroup(ws, i, st)
	if ok {
		st.ms = append(st.ms, m)
		st.clearTitle()
	}
	return m.End, ok
}

// armedCollectiveAt reports whether words[j] is a lower-case one-word collective noun of
// the collectives table ("militias", "rebels", "guerrillas"): after a people's, faith's or
// movement's adjective it names that group ("Tuareg militias", "Baloch guerrillas"), not the
// table's generic collective, which a state's demonym before it still gives ("Syrian
// rebels", the seeds' "rebels").
func armedCollectiveAt(ws []word, j int) bool {
	if j >= len(ws) || ws[j].Cap || ws[j].Punct {
		return false
	}
	c, ok := collectives[ws[j].Key]
	return ok && c != ""
}

// memberNounNear reports whether a plural member or force noun stands within the few words
// after words[i] that a group's demonyms can fill ("Somali and Kenyan gunmen").
func memberNounNear(ws []word, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+8; j++ {
		if ws[j].in(hotMemberGroupNouns) || ws[j].in(hotPeopleForceNouns) || armedCollectiveAt(ws, j) {
			return true
		}
	}
	return false
}

// groupAdjectiveEnd returns the word after the demonym or groupAdjective at words[i], or -1.
func (dt *detector) groupAdjectiveEnd(ws []word, i int) int {
	if !ws[i].Cap || ws[i].Punct {
		return -1
	}
	if groupAdjectives[ws[i].Lower] {
		return i + 1
	}
	if d, ok := dt.lexMatch(ws, i); ok && d.Kind == mDemonym {
		return d.End
	}
	return -1
}

// groupNounAt reports whether words[j] is a plural member noun of a group standing alone
// ("gunmen", not "militants-turned-politicians").
func (dt *detector) groupNounAt(ws []word, j int) bool {
	if j >= len(ws) || ws[j].Cap || ws[j].Hyph || !ws[j].in(hotMemberGroupNouns) {
		return false
	}
	return j+1 >= len(ws) || !ws[j+1].Hyph
}

// capitalised reads a capitalised name at words[i:] and classifies it.
func (dt *detector) capitalised(ws []word, i int, title titleRole) (mention, bool) {
	j, orgLike := dt.nameExtent(ws, i)
	if j <= i {
		return mention{}, false
	}
	i0 := i
	i, j, ok := dt.nameTrim(ws, i, j, orgLike)
	if !ok {
		return mention{}, false
	}
	if sm, ok := dt.seatName(ws, i, j, title); ok {
		return sm, true // constituency.go
	}
	if pm, ok := dt.titleAfterTrim(ws, i0, i, j, title); ok {
		return pm, true
	}
	span := ws[i:j]
	m := mention{Start: i, End: j, Text: joinName(span), Kind: mName}
	key := schema.NameKey(m.Text)
	if allTitleWords(span) {
		return mention{}, false
	}
	if len(span) == 1 && groupAdjectives[span[0].Lower] && j < len(ws) && !ws[j].Cap && !ws[j].Punct {
		return mention{}, false // "Kurdish villages": a people's adjective, no name of a place
	}
	if _, n, _ := matchTitle(ws, i); n == len(span) && title == 0 {
		return mention{}, false // a title alone: "the Attorney General said"
	}
	if len(span) == 2 && title == 0 && titleLex().portfolioTitles[span[1].Key] && !dt.lex.firstNames[span[0].Key] && !orgHeads[span[0].Key] {
		return mention{}, false // a post with no name after it: "when he was Home Secretary"
	}
	if pm, ok, done := dt.titleInside(ws, i, j, title, orgLike); done {
		return pm, ok
	}
	if e, ok := dt.lex.lookup(key); ok && e.Class != schema.Organization {
		return mention{}, false // a lexicon phrase the longest match did not take
	}
	if len(span) == 1 && (span[0].Upper && hasDigit(span[0].Text) || i > 0 && ws[i-1].Text == "<" || exchangeCode(ws, i)) || len(span) == 2 && span[0].Upper && span[1].Hyph && isDigitWord(span[1].Text) {
		return mention{}, false // a model or a code ("XC90", "MH17", "COVID-19", "F-16"), a ticker ("<ACME.N>")
	}
	m, ok, done := dt.classifyName(ws, i, j, title, orgLike, m, key)
	if done {
		return m, ok
	}
	if len(span) >= 2 && j < len(ws) && postNominals[ws[j].Key] && (m.Class == schema.Place || m.Class == "" || m.Class == schema.Person) {
		// "Durham Hall QC": letters only a person has; the mention covers them (its name
		// does not), so what follows them follows the name ("X MP, Labour's Y").
		m.Class, m.PlaceHint, m.End = schema.Person, false, j+1
	}
	if m.Class != schema.Organization && m.Class != schema.Country && hasAmpersand(span) {
		m.Class, m.PlaceHint = schema.Organization, false // "at Varga & Brand": a firm, no place
	}
	if m.Class == schema.Person && title == 0 && (studyFields[span[len(span)-1].Key] || namedInstrumentAfter(ws, j)) {
		m.skip = true // "she studied Molecular Biology": a field of study; "the Hubble telescope": an instrument
	}
	first := span[0]
	if i == 0 && len(span) == 1 && dt.lower[first.Key] {
		return mention{}, false
	}
	if m.Class == schema.Organization && afterArticle(ws, i) && !memberNext(ws, j) && !(j < len(ws) && pressNounAfter(ws, span, j)) {
		m.skip = true // "a U.S.-designated Foreign Terrorist Organization": a kind
	}
	return m, true
}

// titleAfterTrim reads a title that starts the name's span once a word before it was trimmed
// ("on Sunday Presidents A of X": "Sunday" is no part of the name, and "Presidents" is a
// title before one, as it is at the start of a sentence).
func (dt *detector) titleAfterTrim(ws []word, i0, i, j int, title titleRole) (mention, bool) {
	if i == i0 || title != 0 {
		return mention{}, false
	}
	role, n, t := matchTitle(ws, i)
	if n == 0 || i+n >= j || orgHeads[ws[i+n].Key] || anyOrgHead(ws[i+n:j]) {
		return mention{}, false
	}
	pm, ok := dt.capitalised(ws, i+n, role)
	if !ok || pm.Class != schema.Person {
		return mention{}, false
	}
	pm.Title, pm.TitleText = role, t
	return pm, true
}

// nameExtent returns the end of the capitalised words from words[i] (with the particles,
// initials and connectives inside names: "Kamal al-Rashid", "Committee to Protect
// Journalists", "People's Protection Units"), and whether they look like a body's name.
func (dt *detector) nameExtent(ws []word, i int) (int, bool) {
	j := i
	orgLike := false
scan:
	for j < len(ws) {
		w := ws[j]
		switch {
		case w.Punct:
			if k, org, ok := punctInName(ws, i, j, orgLike); ok {
				j, orgLike = k, org
				continue
			}
		case w.Cap || w.Upper || (w.Hyph && j > i && (w.Cap && (ws[j-1].Cap || ws[j-1].in(hotParticles)) || unicode.IsDigit(rune(w.Text[0])))) || isDigitWord(w.Text) && j > i && orgLike || hyphenSyllable(ws, i, j):
			if orgHeads[w.Key] {
				orgLike = true
			}
			if j > i && !w.Hyph && dt.startsLexCountry(ws, j) && !orgLike {
				break scan
			}
			if j > i && orgHeads[ws[j-1].Key] && dt.lex.firstNames[w.Key] && !orgHeads[w.Key] && j+1 < len(ws) && ws[j+1].Cap && !ws[j+1].Punct {
				break scan // "Harvard University Ann Lee": the body, then a person
			}
			if legislatureThenPair(ws, i, j) {
				break scan // "House of Representatives Ana Ruiz": the chamber, then a member
			}
			j++
			continue
		case dt.linkedNameEnd(ws, i, j) > j:
			j = dt.linkedNameEnd(ws, i, j) // "Oren Tamsu d'Arvel", "Jaish-e-Velkan", "St Olaf's Palace"
			continue
		case w.in(hotParticles) && j+1 < len(ws) && (ws[j+1].Cap && !englishParticles[w.Lower] || ws[j+1].Hyph && j+2 < len(ws) && ws[j+2].Cap):
			j++ // "Kamal al-Rashid", "Luca di Montezemolo"; not "X at Nomura"
			continue
		case j > i && particleRunEnd(ws, j) > j:
			j = particleRunEnd(ws, j) // "Lucia de la Torvana", "Pieter van der Kolmeer"
			continue
		case w.Lower == "of" && j == i+1 && placeOfHeads[ws[i].Key] && j+1 < len(ws) && ws[j+1].Cap && !ws[j+1].Punct:
			j++ // "Line of Control", "Gulf of Aden": a place's head, then its name
			continue
		case (w.Lower == "of" || w.Lower == "for" || w.Lower == "on") && j > i && j+1 < len(ws) && orgLike:
			if k := bodyPhraseNext(ws, j); k > j {
				j = k
				continue
			}
		case w.Lower == "and" && j == i+1 && dt.andHeadAfter(ws, i, j) > j:
			j, orgLike = dt.andHeadAfter(ws, i, j), true // "Securities and Exchange Commission", "Peters and Co Ltd"
			continue
		case w.Lower == "and" && orgLike && j > i+2 && dt.andInName(ws, i, j) > j:
			j = dt.andInName(ws, i, j) // "Institute of Allergy and Infectious Diseases"
			continue
		case w.Lower == "and" && orgLike && j > i+1 && orgHeads[ws[j-1].Key] && dt.fieldsHeadAfter(ws, i, j) > j:
			j = dt.fieldsHeadAfter(ws, i, j) // "X Securities and Exchange Commission", "Y Mining and Smelter Corp": one body's fields
			continue
		case (!orgLike || w.Lower == "and" && chamberWords[ws[i].Key]) && j > i && dt.headAfter(ws, i, j) > j:
			j, orgLike = dt.headAfter(ws, i, j), true // "Cinema for Peace Foundation", "Science and Technology Committee"
			continue

		case w.Lower == "to" && orgLike && j > i && j+1 < len(ws) && ws[j+1].Cap && orgVerbs[ws[j+1].Key]:
			j++ // "Committee to Protect Journalists"
			continue
		case w.Key == "s" && !w.Hyph && j > i && j+1 < len(ws) && ws[j+1].Cap && orgHeads[ws[j+1].Key] && ws[j-1].Cap:
			// "People's Protection Units", "Workers' Party"
			if ok := strings.HasSuffix(ws[j-1].Lower, "people") || strings.HasSuffix(ws[j-1].Lower, "workers"); ok {
				j++
				continue
			}
		}
		break
	}
	return nameExtentEnd(ws, i, j, orgLike)
}

// studyFields are the head words of a field of study ("Molecular Biology", "Computer
// Science"): a capitalised name they end names no person; see data/words.txt.
var studyFields = wordSet("studyFields")

// hasAmpersand reports whether an ampersand stands inside the name's words.
func hasAmpersand(span []word) bool {
	for _, w := range span {
		if w.Text == "&" {
			return true
		}
	}
	return false
}

// namedInstruments are the lower-case nouns of instruments and craft named after a
// person ("the Hubble telescope", "the James Webb telescope"); see data/words.txt.
var namedInstruments = wordSet("namedInstruments")

// namedInstrumentAfter reports whether words[j] is such a noun after a name: the name is
// the instrument's, no person taking part in the news.
func namedInstrumentAfter(ws []word, j int) bool {
	return j < len(ws) && !ws[j].Cap && namedInstruments[ws[j].Key]
}

// firmAmpersand reports whether words[j] is an ampersand between two capitalised words of
// letters ("Varga & Brand", "Orsk & Co"): news writes "&" inside a firm's name, where a
// list of two names takes "and", so the name goes on across it. Letters in capitals ("R &
// B", a genre; wire tables' "G & E") and a word that is no name after it ("Dec") do not.
func firmAmpersand(ws []word, i, j int) bool {
	if ws[j].Text != "&" || j == i || j+1 >= len(ws) {
		return false
	}
	p, n := ws[j-1], ws[j+1]
	return p.Cap && !p.Punct && !p.Upper && len(p.Text) > 1 && n.Cap && !n.Punct && !n.Hyph && !n.Upper && len(n.Text) > 1 && !n.in(hotNotNames)
}

// hyphenSyllable reports whether words[j] is the lower-case second syllable of a
// hyphenated given name after a family name ("Kim Il-sung", "Lho Shin-yong", "Chiang
// Kai-shek"): the two words before it short capitalised words, it a short word of
// letters that is no participle or noun of a hyphenated modifier ("Kim-led", "Lee-era").
func hyphenSyllable(ws []word, i, j int) bool {
	if j != i+2 || !ws[j].Hyph || ws[j].Cap || ws[j].Punct || ws[j-1].Hyph {
		return false
	}
	w := ws[j].Lower
	if len(w) < 2 || len(w) > 4 || strings.HasSuffix(w, "ed") || hyphenNameStops[w] || !allAlpha(ws[j:j+1]) {
		return false
	}
	for _, p := range ws[i:j] {
		if !p.Cap || p.Upper || p.Punct || len(p.Key) > 6 || !allAlpha([]word{p}) {
			return false
		}
	}
	return true
}

// hyphenNameStops are the short lower-case words that follow a hyphen in a modifier,
// never in a given name ("Kim-run", "Lee-era").
var hyphenNameStops = wordSet("hyphenNameStops")

// punctInName reports whether the punctuation at words[j] goes on the name that
// nameExtent scans from words[i], and where the scan goes on: an initial's full stop, the
// "&" between a firm's partners, a plural possessive ("Workers' Party"), a comma in a list
// of a department's portfolios.
func punctInName(ws []word, i, j int, orgLike bool) (int, bool, bool) {
	w := ws[j]
	switch {
	case w.Text == "." && j > i && len(ws[j-1].Text) == 1 && ws[j-1].Cap && j+1 < len(ws) && ws[j+1].Cap:
		return j + 1, orgLike, true
	case firmAmpersand(ws, i, j):
		return j + 1, true, true // "Varga & Brand": the partners of one firm
	case pluralPossessive(ws, j) && j > i && ws[j-1].Cap:
		return j + 1, orgLike, true // "Workers' Party"
	case w.Text == "," && orgLike && j > i && bodyPortfolio(ws[j-1].Key) && portfolioList(ws, j) > j:
		return portfolioList(ws, j), orgLike, true // "Department for Culture, Media and Sport"
	}
	return j, orgLike, false
}

// nameExtentEnd ends nameExtent's scan at words[j]: trailing particles and connectives
// are trimmed, a body's trailing title dropped, and a firm's partners' names with its
// legal form or a chamber's noun taken.
func nameExtentEnd(ws []word, i, j int, orgLike bool) (int, bool) {
	for j > i && (ws[j-1].in(hotParticles) || ws[j-1].Lower == "of" || ws[j-1].Lower == "the" || ws[j-1].Lower == "for") {
		j--
	}
	if orgLike {
		j = trailingTitle(ws, i, j)
	}
	if n := partnersEnd(ws, j); j > i && n > j {
		return n, true // "Kestrel Vantis, Pierce, Fenner and Smith Inc": the partners' names and the firm's legal form
	}
	return chamberNounEnd(ws, i, j, orgLike)
}

// elidedParticle reports whether a word is an elided particle of names glued to a
// capitalised name part ("d'Estaing", "d'Alema"): "d'" or "l'" and a capital letter.
func elidedParticle(t string) bool {
	if len(t) < 4 || t[0] != 'd' && t[0] != 'l' || t[1] != '\'' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[2:])
	return unicode.IsUpper(r)
}

// bodyPhraseNext returns the index of the word after "of", "for" or "on" (and a "the") at
// words[j] when a body's name goes on there ("Ministry of Defence", "Committee on the
// Budget", "Front for al-Janub"), else j: not before a time word ("the Wagner Group on
// Sunday") nor, after an armed group, "on" its target ("the X Front on Mombasa").
func bodyPhraseNext(ws []word, j int) int {
	k := j + 1
	if ws[k].Lower == "the" && k+1 < len(ws) {
		k++
	}
	if timeWords[ws[k].Lower] || ws[j].Lower == "on" && armedBeforeOn[ws[j-1].Key] {
		return j
	}
	if ws[k].Cap || ws[k].in(hotParticles) && k+1 < len(ws) && ws[k+1].Cap {
		return k
	}
	return j
}

// chamberBodyNouns: see data/words.txt.
var chamberBodyNouns = wordSet("chamberBodyNouns")

// chamberNounEnd returns the end of a chamber's committee [i, j) with its noun written in
// lower case after it ("the House Banking committee"), and whether it is a body's name;
// else j and orgLike.
func chamberNounEnd(ws []word, i, j int, orgLike bool) (int, bool) {
	if j > i+1 && j < len(ws) && chamberWords[ws[i].Key] && chamberBodyNouns[ws[j].Lower] && !(j+1 < len(ws) && ws[j+1].Cap && !ws[j+1].Punct) {
		return j + 1, true
	}
	return j, orgLike
}

// andInName returns the end of the words a body's name [i, j) goes on with after "and" at
// j, or j: after an "of" or "for" phrase, two or more capitalised words (or one field of
// bodyPortfolios after another) that end the phrase and that are no title, given name,
// known entity or body of their own ("Department of Health and Human Services", "Institute
// for Water Science and Engineering"; not "the Bank of X and Barclays", "the Ministry of Defence and
// Interior Minister Y").
func (dt *detector) andInName(ws []word, i, j int) int {
	if !ofOrFor(ws[j-2]) && !(j-3 >= i && ofOrFor(ws[j-3])) {
		return j // the "of" or "for" phrase must end just before "and"
	}
	k := j + 1
	for k < len(ws) && ws[k].Cap && !ws[k].Punct && !ws[k].Upper {
		if isTitleWord(ws[k].Key) || dt.lex.firstNames[ws[k].Key] || orgHeads[ws[k].Key] && k == j+1 || dt.lex.namePrefixes[ws[k].Key] || dt.inLexicon(ws[k].Key) {
			return j
		}
		k++
	}
	portfolios := k-j-1 == 1 && bodyPortfolio(ws[j-1].Key) && bodyPortfolio(ws[j+1].Key) // "Ministry of Trade and Industry"
	// "Agency for Development and Cooperation": a "for" phrase of two English nouns, no name after "and"
	fields := ws[j-2].Lower == "for" && k-j-1 == 1 && dt.lex.common[ws[j-1].Key] && dt.lex.common[ws[j+1].Key]
	if ws[j-2].Lower == "for" && !fields || k-j-1 < 2 && !portfolios && !fields || k < len(ws) && (ws[k].Cap || ws[k].Hyph || ws[k].Key == "s") {
		return j
	}
	return k
}

// ofOrFor reports whether w is "of" or "for", the words that open a body's fields
// ("Institute of Allergy and Infectious Diseases", "Institute for Science and Engineering").
func ofOrFor(w word) bool { return w.Lower == "of" || w.Lower == "for" }

// trailingTitle returns the end of a body's name [i, j) without a title that ends it, or
// j: the title follows the body's head word ("Senate Majority Leader"), or it heads bodies
// ("Bank of England Governor"); another may be part of the name ("Commission on Social
// Justice", "Office of the Prime Minister").
func trailingTitle(ws []word, i, j int) int {
	for q := max(j-3, i+1); q < j; q++ { // the longest title first: "Prime Minister", not "Minister"
		if _, n, t := matchTitle(ws, q); n == j-q {
			if p := ws[q-1].Lower; orgHeads[ws[q-1].Key] || bodyHeadTitles[schema.NameKey(t)] && p != "of" && p != "the" && p != "for" {
				return q
			}
			return j // "Commission on Social Justice", "Office of the Prime Minister": the title is the name's
		}
	}
	return j
}

// headAfter returns the end of a body's name whose head word comes after a "for" or "of"
// phrase or portfolios joined by "and" at words[j], or j.
func (dt *detector) headAfter(ws []word, i, j int) int {
	switch ws[j].Lower {
	case "for", "of":
		return dt.headAfterPhrase(ws, i, j)
	case "and":
		if k := portfolioHeadAfter(ws, i, j); k > j {
			return k
		}
		return dt.fieldsHeadAfter(ws, i, j)
	}
	return j
}

// fieldsHeadAfter returns the end of a body's name whose fields are joined by "and" at
// words[j] after a word or two of its own name ("Hendon Savings and Loan League", "Corvan
// Savings and Loan Insurance Corp"), or j: a field before "and", one after it, and a
// body's head word or legal form among the up to three words after it; no word of the
// name is a given name or a title.
func (dt *detector) fieldsHeadAfter(ws []word, i, j int) int {
	if j-i > 3 || j+2 >= len(ws) || !bodyPortfolio(ws[j-1].Key) || !ws[j+1].Cap || !bodyPortfolio(ws[j+1].Key) || dt.lex.firstNames[ws[i].Key] || isTitleWord(ws[i].Key) {
		return j
	}
	k := j + 1
	for k < len(ws) && k <= j+4 && ws[k].Cap && !ws[k].Punct {
		if dt.lex.firstNames[ws[k].Key] || isTitleWord(ws[k].Key) {
			return j
		}
		k++
	}
	if k < len(ws) && ws[k].Cap || !anyOrgHead(ws[j+2:k]) && !companySuffixes[ws[k-1].Key] {
		return j
	}
	return k
}

// modifierOfNoun reports whether lower-case words follow at words[j], the first a noun by
// its shape (nounLike), with no title among the first three of them ("plans for", "opposition"; not "home affairs spokesman"): a
// name before them modifies a noun.
func modifierOfNoun(ws []word, j int) bool {
	if j >= len(ws) || ws[j].Cap || ws[j].Punct || !nounLike(ws[j].Lower) {
		return false
	}
	for k := j; k < len(ws) && k < j+3 && !ws[k].Cap && !ws[k].Punct; k++ {
		if _, n, _ := matchTitle(ws, k); n > 0 || isTitleWord(ws[k].Key) {
			return false
		}
	}
	return true
}

// postAt reports whether the name at words[i] follows "at" after a post a body has, with
// at most four lower-case words between ("director at X", "vice president of search
// properties at X", "a spokesman at X"): the name is the body's, not a place.
func postAt(ws []word, i int) bool {
	if i < 2 || ws[i-1].Lower != "at" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		w := ws[k]
		if w.Punct || w.Cap && k < i-2 {
			return false
		}
		if bodyTitles[w.Lower] || k > 0 && w.Lower == "president" {
			return true
		}
	}
	return false
}

// workerAt reports whether the name at words [i, j) follows "at" straight after a trade of
// people who work at a firm ("an analyst at X", "economist at Y, said") and ends its
// noun phrase (a comma, the sentence's end, "in", a verb of speech): the employer, a body;
// not "traders at X airport", whose X names the airport's place.
func workerAt(ws []word, i, j int) bool {
	if i < 2 || ws[i-1].Lower != "at" || !firmWorkers[ws[i-2].Lower] {
		return false
	}
	return j == len(ws) || ws[j].Punct && ws[j].Text != "-" || workerAtFollowers[ws[j].Lower]
}

// firmWorkers, workerAtFollowers, bodyEnds: see data/words.txt.
var firmWorkers, workerAtFollowers, bodyEnds = wordSet("firmWorkers"), wordSet("workerAtFollowers"), wordSet("bodyEnds")

// postApposition reports whether a name ending at words[j] is followed by a comma and a
// post held in or at something (", general manager of X", ", a director at Y"): an
// apposition only a person takes.
func postApposition(ws []word, j int) bool {
	if j+2 >= len(ws) || ws[j].Text != "," {
		return false
	}
	k := j + 1
	if ws[k].Lower == "the" || ws[k].Lower == "a" || ws[k].Lower == "an" {
		k++
	}
	for k < len(ws) && titleLex().modifiers[ws[k].Lower] {
		k++
	}
	role, n, _ := matchTitle(ws, k)
	return n > 0 && role != roleHonorific && k+n < len(ws) && (ws[k+n].Lower == "of" || ws[k+n].Lower == "at")
}

// andHeadAfter returns the end of a body's name of one word, "and", and up to three
// capitalised words ending in a body's head word or legal form ("Securities and Exchange
// Commission", "Peters and Co Ltd"), or j (the "and"): no word is a given name, a title or
// a known name, no acronym follows "and" ("Wagner and Brown and AFG Industries Inc": two
// bodies), and the name does not go on capitalised.
func (dt *detector) andHeadAfter(ws []word, i, j int) int {
	if w := ws[i]; w.Upper || j+2 > len(ws) || dt.lex.firstNames[w.Key] || dt.inLexicon(w.Key) || i > 0 && ws[i-1].Cap && !ws[i-1].Punct && !ws[i-1].in(hotCommonStarts) {
		return j
	}
	titleFirst := isTitleWord(ws[i].Key) // "Grain and Cotton Marketing Corporation" only before a company's suffix
	k := j + 1
	for k < len(ws) && k <= j+3 && ws[k].Cap && !ws[k].Punct && !ws[k].Hyph {
		if dt.lex.firstNames[ws[k].Key] || isTitleWord(ws[k].Key) && !partyHeadNext(ws, k) || dt.inLexicon(ws[k].Key) || k == j+1 && ws[k].Upper {
			return j
		}
		k++
	}
	if k == j+1 || k < len(ws) && ws[k].Cap && !ws[k].Punct {
		return j
	}
	if last := ws[k-1].Key; !orgHeads[last] && !companySuffixes[last] || k == j+2 && ws[j+1].Key != "co" {
		return j // "Exchange Commission" after "and", "Co" alone: not "Iran and Army"
	}
	if titleFirst && (!companySuffixes[ws[k-1].Key] || ws[k-1].Key == "group") && !partyNameHeads[ws[k-1].Key] {
		return j // "Energy and Climate Committee": a portfolio's title words, read as such
	}
	return k
}

// partyHeadNext reports whether the word after ws[k] is a party's head word ("Justice
// Party"): a title word before it is one of the party's ideals ("Law and Justice Party",
// "Justice and Renewal Party"), no title.
func partyHeadNext(ws []word, k int) bool {
	return k+1 < len(ws) && ws[k+1].Cap && partyNameHeads[ws[k+1].Key]
}

// headAfterPhrase returns the end of a body's name whose head word follows a "for" or
// "of" phrase at words[j] ("Cinema for Peace Foundation", "Friends of Syria Group"), or
// j: one to three capitalised words after the preposition end with a body's head word,
// and the one word before it is no title, given name, acronym or known name.
func (dt *detector) headAfterPhrase(ws []word, i, j int) int {
	w := ws[i]
	if j-i != 1 || w.Upper || i > 0 && ws[i-1].Cap && !ws[i-1].in(hotCommonStarts) || titleStarts()[w.Key] || dt.lex.firstNames[w.Key] || givenNameGenders()[w.Key] != 0 || dt.inLexicon(w.Key) {
		return j // "Lucy Fischer of The Times", "ICM for BBC News": a person's or a body's name before the phrase
	}
	k := j + 1
	for k < len(ws) && k-j <= 3 && ws[k].Cap && !ws[k].Punct && !orgHeads[ws[k].Key] && !isTitleWord(ws[k].Key) {
		k++
	}
	if k == j+1 || k >= len(ws) || !ws[k].Cap || !orgHeads[ws[k].Key] || k+1 < len(ws) && ws[k+1].Cap {
		return j
	}
	return k + 1
}

// portfolioHeadAfter returns the end of a body's name whose portfolios are joined by "and"
// at words[j] before its head word ("Science and Technology Committee", "Foreign Affairs and
// Defence Committee"), or j: words[i:j] and the words after "and" up to the head are all
// portfolios, but for a chamber's word first ("House Science and Technology Committee").
func portfolioHeadAfter(ws []word, i, j int) int {
	if j-i >= 2 && chamberWords[ws[i].Key] {
		i++
	}
	for _, w := range ws[i:j] {
		if !w.Cap || !bodyPortfolio(w.Key) {
			return j
		}
	}
	k := j + 1
	for k < len(ws) && ws[k].Cap && !ws[k].Punct && bodyPortfolio(ws[k].Key) {
		k++
	}
	if k == j+1 || k >= len(ws) || !ws[k].Cap || !orgHeads[ws[k].Key] {
		return j
	}
	return k + 1
}

// bodyPortfolio reports whether a word's key is a field a body's name may join with
// "and": a minister's portfolio (titles.tsv) or one of bodyPortfolios.
func bodyPortfolio(key string) bool { return titleLex().portfolios[key] || bodyPortfolios[key] }

// placeOfHeads head the names of places written "X of Y" ("Gulf of Aden", "Line of
// Control").
var placeOfHeads = wordSet("placeOfHeads")

// chamberWords name the chamber of a legislature, which may begin the name of one of its
// committees before the committee's fields ("Senate Armed Services Committee").
var chamberWords = wordSet("chamberWords")

// bodyPortfolios: see data/words.txt.
var bodyPortfolios = wordSet("bodyPortfolios")

// portfolioList returns the end of a list of portfolios that goes on a body's name after
// the comma at words[j] ("Department for Culture, Media and Sport"), or j: capitalised
// portfolios separated by commas, the last after "and".
func portfolioList(ws []word, j int) int {
	k := j
	for k+1 < len(ws) && ws[k].Text == "," && ws[k+1].Cap && bodyPortfolio(ws[k+1].Key) {
		k += 2
	}
	if k == j || k+1 >= len(ws) || ws[k].Lower != "and" || !ws[k+1].Cap || !bodyPortfolio(ws[k+1].Key) {
		return j
	}
	return k + 2
}

// inLexicon reports whether a word's key is a lexicon phrase of its own.
func (dt *detector) inLexicon(key string) bool {
	_, ok := dt.lex.lookup(key)
	return ok
}

// armedBeforeOn are the head words of armed bodies, after which "on" opens the target of
// an act ("the attack by the X Brigade on Y"), where a committee's or a commission's "on"
// names its topic ("Commission on Human Rights").
var armedBeforeOn = wordSet("armedBeforeOn")

// nameTrim drops the words at the ends of a name's span that are no part of it: a
// sentence-initial or common word before it, a common word after it. It returns the new
// span, false when nothing is left.
func (dt *detector) nameTrim(ws []word, i, j int, orgLike bool) (int, int, bool) {
	span := ws[i:j]
	// A sentence-initial or common word is not part of a name.
	for len(span) > 1 && !span[1].Hyph && (span[0].in(hotCommonStarts) || i == 0 && span[0].in(hotMediaCues) || span[0].in(hotNotNames) && !(directions[span[0].Key] || strings.HasPrefix(span[0].Key, "north") || strings.HasPrefix(span[0].Key, "south") || strings.HasPrefix(span[0].Key, "east") || strings.HasPrefix(span[0].Key, "west")) && !orgLike || span[0].Cap && !span[0].Upper && i == 0 && (dt.lower[span[0].Key] || verbParticiple(span[0].Lower) || dt.openingGerund(ws, span, j, orgLike)) && !orgHeads[span[0].Key]) {
		if len(span) == 1 || i > 0 && !span[0].in(hotCommonStarts) && !span[0].in(hotNotNames) || dt.monthGivenName(span) || dt.givenNameKept(ws, i, span) || bodyNameAhead(ws, i) || headOfName(span) {
			break
		}
		span = span[1:]
		i++
	}
	for len(span) > 1 && span[0].Lower == "of" && !span[0].Cap {
		span = span[1:] // a name never opens with "of": "Residents of Kisumu" is Kisumu
		i++
	}
	for len(span) > 1 && span[1].Hyph && span[1].Cap && formerPrefixes[span[0].Lower] {
		span = span[1:] // "Ex-Downing Street adviser": a former post's prefix, no part of the name
		i++
	}
	var prev *word
	if i > 0 {
		prev = &ws[i-1]
	}
	if k := dt.residentBefore(prev, span); k > 0 {
		span = span[k:] // "Texan X Y": the resident's demonym is no part of the name
		i += k
	}
	for len(span) > 0 && (span[len(span)-1].in(hotNotNames) && !nameEnding(ws, span, j) && !dt.notNameEndKept(span, orgLike) || len(span) > 2 && postNominals[span[len(span)-1].Key] && len(partyLex()[span[len(span)-2].Key]) == 0) {
		span = span[:len(span)-1]
		j--
	}
	if len(span) > 1 && titleOpensAt(ws, j-1) {
		span = span[:len(span)-1] // "House Majority leader X": "Majority" opens the title
		j--
	}
	return i, j, len(span) > 0
}

// formerPrefixes, placeFirstBodyEnds and lawAcronymEnds: see data/words.txt.
var (
	formerPrefixes     = wordSet("formerPrefixes")
	placeFirstBodyEnds = wordSet("placeFirstBodyEnds")
	lawAcronymEnds     = wordSet("lawAcronymEnds")
	// kinPluralsBeforeName: see data/words.txt.
	kinPluralsBeforeName = wordSet("kinPluralsBeforeName")
)

// titleOpensAt reports whether the capitalised word at words[k] opens a legislative title
// with the lower-case word after it ("Majority leader", "Minority whip"; data/words.txt
// titleOpeners), so that the word is no part of the name before it.
func titleOpensAt(ws []word, k int) bool {
	if k < 0 || k+1 >= len(ws) || ws[k+1].Cap || ws[k+1].Punct || !titleOpeners[ws[k].Lower] {
		return false
	}
	_, ok := titleLex().titles[ws[k].Key+" "+ws[k+1].Key]
	return ok
}

// headOfName reports whether the first word of a name's span is the head of an of-phrase
// body, which a sentence-initial capital does not make common: "Bank of Velkaria governor
// X said" names the Bank of Velkaria, never "of Velkaria".
func headOfName(span []word) bool {
	return len(span) > 2 && orgHeads[span[0].Key] && span[1].Lower == "of" && !span[1].Cap && span[2].Cap
}

// givenNameKept reports whether the first word of a name's span, a word that alone is no
// name, is the start of a person's name: an initial ("V. Jerome Odhiambo", whose "V" is
// also a Roman numeral), or a given name that is also a creed's adjective after a trade
// ("actor Christian Orvel").
func (dt *detector) givenNameKept(ws []word, i int, span []word) bool {
	if len(span) >= 3 && len(span[0].Text) == 1 && span[0].Cap && span[1].Text == "." && span[2].Cap && !span[2].Punct {
		return true
	}
	return len(span) == 2 && i > 0 && professions[ws[i-1].Lower] && dt.lex.firstNames[span[0].Key] &&
		span[1].Cap && !span[1].Punct && !span[1].in(hotNotNames) && !dt.lex.common[span[1].Key] && !dt.inLexicon(span[1].Key)
}

// compassSurname reports whether a compass word written alone is the surname of a person
// the document names in full ("South denied it" after "Daniel South").
func (dt *detector) compassSurname(w word) bool {
	return compass[w.Key] && w.Cap && !w.Upper && dt.personTails[w.Key]
}

// notNameEndKept reports whether a word of notNames ending a name's span is part of the
// name after all: a compass word after a given name is a surname ("Daniel South"), also
// alone after the document names the person in full, and a
// word that ends the of-phrase of a body's name closes the name ("Institute of Human
// Rights"). Never a month or a time word ("the Ministry of Defence Monday").
func (dt *detector) notNameEndKept(span []word, orgLike bool) bool {
	n := len(span)
	last := span[n-1]
	if n == 1 {
		return dt.compassSurname(last) // "South denied it" after "Daniel South"
	}
	if months[last.Lower] || timeWords[last.Lower] || !last.Cap || last.Upper {
		return false
	}
	if n == 2 && lex().firstNames[span[0].Key] && !span[1].Hyph && !span[0].Upper {
		return true // "Daniel South", "Mohammed Islam": a given name, then a surname that is no name alone
	}
	if !orgLike || n < 3 {
		return false
	}
	if ofFor := func(w word) bool { return w.Lower == "of" || w.Lower == "for" }; ofFor(span[n-2]) || span[n-2].Lower == "the" && ofFor(span[n-3]) {
		return true // "Council of the West"
	}
	return n >= 4 && span[n-2].Cap && !span[n-2].in(hotNotNames) && (span[n-3].Lower == "of" || span[n-3].Lower == "for")
}

// bodyNameAhead reports whether the word at i, one that begins sentences and is no name
// by itself ("New", "Our"), begins a body's name: capitalised words follow it up to a
// body's head word ("the New People's Army", "the New Patriotic Party"). Not at the
// sentence's start, where it is as often an adjective ("New Velka Police Commissioner X").
func bodyNameAhead(ws []word, i int) bool {
	if i == 0 || !bodyNameStarters[ws[i].Lower] {
		return false
	}
	for k := i + 1; k < len(ws) && k <= i+5; k++ {
		switch w := ws[k]; {
		case w.Key == "s" && !w.Hyph:
		case !w.Cap || w.Punct:
			return false
		case orgHeads[w.Key]:
			return true
		}
	}
	return false
}

// bodyNameStarters: see data/words.txt.
var bodyNameStarters = wordSet("bodyNameStarters")

// monthGivenName reports whether span starts with a month abbreviation that is a given
// name, followed by a capitalised name word ("Jan Kral"): a first name, not a date, which
// has a day number after the month.
func (dt *detector) monthGivenName(span []word) bool {
	return len(span) > 1 && shortMonths[span[0].Lower] && dt.lex.firstNames[span[0].Key] &&
		span[1].Cap && !span[1].Punct && !span[1].in(hotNotNames) && !isDigitWord(span[1].Text)
}

// shortMonths are the month abbreviations that may be given names.
var shortMonths = wordSet("shortMonths")

// openingGerund reports whether the first word of a name that opens its sentence is a
// verb's -ing form that opens the clause ("Replacing X as chairman is Y", "Succeeding X
// as head ..."): a word of six letters or more ending in "ing", no given name, known
// name or head word, whose name is followed by one of gerundObjectAfter, as an object is
// and a subject seldom ("Sterling Halvorsen said" keeps its given name); a body's name
// keeps it ("Reading Borough Council").
func (dt *detector) openingGerund(ws []word, span []word, j int, orgLike bool) bool {
	w := span[0]
	if orgLike || len(w.Key) < 6 || !strings.HasSuffix(w.Lower, "ing") || w.Hyph || span[1].Punct || j >= len(ws) || !gerundObjectAfter[ws[j].Lower] {
		return false
	}
	return !dt.lex.firstNames[w.Key] && !dt.inLexicon(w.Key) && !placeHeads[w.Key] && !dt.nameEnds[w.Key] && !anyOrgHead(span)
}

// gerundObjectAfter are the words after the object of a clause-opening -ing form that
// seldom follow a sentence's subject: see data/words.txt.
var gerundObjectAfter = wordSet("gerundObjectAfter")

// verbParticiple reports whether w is the -ing form of a verb the trigger lexicon or the
// reporting verbs know: a sentence-initial participle ("Visiting Warsaw, X said",
// "Touring Gaza, Y promised") opens a clause and is no part of the name after it.
func verbParticiple(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 3 {
		return false
	}
	lex := treeLexicon()
	stems := []string{stem, stem + "e"}
	if n := len(stem); stem[n-1] == stem[n-2] {
		stems = append(stems, stem[:n-1]) // "shelling", "planning"
	}
	for _, s := range stems {
		if len(lex["verb "+s]) > 0 || reportVerbsTree[s] {
			return true
		}
	}
	return false
}

// titleInside reads a title inside a capitalised phrase: in a body's name it ends the body
// ("Libertarian Party Vice Chairman X" is the party, then a title and a person),
// elsewhere it starts a person's name ("City Mayor Michael Bloomberg"; not "Secretary of
// State Office"). done is false when the phrase has no such title.
func (dt *detector) titleInside(ws []word, i, j int, title titleRole, orgLike bool) (m mention, ok, done bool) {
	span := ws[i:j]
	// A title before the body ("Deputy High Court Judge X") is the inner title's: the body
	// is read alone, then the title and the person.
	if orgLike {
		for p := 1; p+1 < len(span); p++ {
			if _, n, _ := matchTitle(ws, i+p); n > 0 && i+p+n < j && ws[i+p+n].Cap && !orgHeads[ws[i+p+n].Key] && !anyOrgHead(ws[i+p+n:j]) && anyOrgHead(ws[i:i+p]) && !(n > 1 && orgHeads[ws[i+p].Key]) {
				// ("Senate Finance Committee Chairman X": the body ends with "Committee", the title is "Chairman")
				q := i + p
				for q > i+1 && (titleLex().modifiers[ws[q-1].Lower] || ws[q-1].Lower == "vice" || ws[q-1].Lower == "deputy") {
					q--
				}
				pm, ok := dt.capitalised(ws[:q], i, 0)
				return pm, ok, true
			}
		}
	}
	// A title inside the phrase starts a person's name: "City Mayor Michael Bloomberg",
	// "County Sheriff Bill Brown" (unless the phrase is a body: "Secretary of State Office").
	if !orgLike && title == 0 {
		for p := 1; p+1 < len(span); p++ {
			if role, n, t := matchTitle(ws, i+p); n > 0 && i+p+n < j && ws[i+p+n].Cap && !orgHeads[ws[i+p+n].Key] {
				if p == acronymRunEnd(ws, i, j)-i && bodyHeadTitles[schema.NameKey(t)] && dt.bodyBeforeTitle(ws, i) {
					// "Bundesbank President X": a body of one word, then the title and the
					// person, read from the title on.
					return mention{Start: i, End: i + p, Text: joinName(ws[i : i+p]), Class: schema.Organization, Kind: mName}, true, true
				}
				if pm, ok := dt.capitalised(ws, i+p+n, role); ok && pm.Class == schema.Person {
					pm.Title, pm.TitleText = role, t
					return pm, true, true
				}
				break
			}
		}
	}
	return mention{}, false, false
}

// bodyBeforeTitle reports whether the capitalised word at i, before a title and a name, is
// a body of one word ("Bundesbank President X", "Petrochil CEO Y"): it starts the
// capitalised run, and is no adjective, given name, known entity, place or body head, time
// word or word the document writes in lower case.
func (dt *detector) bodyBeforeTitle(ws []word, i int) bool {
	w := ws[i]
	acr := w.Upper && lettersOnly(w.Text) // "KBC CEO X", "ABS-CBN CEO Y": an acronym is no adjective
	if i > 0 && (ws[i-1].Cap || ws[i-1].Hyph || ws[i-1].Key == "s") || adjectiveLike(w.Lower) && !acr {
		return false // "Stock Exchange President": the body is longer; "Welsh", "Philippine": adjectives
	}
	return !w.Punct && !w.Hyph && len(w.Key) >= 3 && (allAlpha([]word{w}) || acr) && !dt.lex.firstNames[w.Key] && (!dt.inLexicon(w.Key) || acr && dt.lexBody(w.Key)) &&
		!w.in(hotCommonStarts) && !w.in(hotNotNames) && !timeWords[w.Lower] && !orgHeads[w.Key] && !placeHeads[w.Key] &&
		!dt.lower[w.Key] && !directions[w.Key] && !isTitleWord(w.Key) && !titleLex().modifiers[w.Lower]
}

// acronymRunEnd returns the end of an acronym and the acronyms hyphenated to it from
// words[i] before j ("ABS-CBN", "KBC"), or i+1: a one-word body's name for bodyBeforeTitle.
func acronymRunEnd(ws []word, i, j int) int {
	k := i + 1
	for ws[i].Upper && k < j && ws[k].Hyph && ws[k].Upper {
		k++
	}
	return k
}

// lettersOnly reports whether s is made of letters only.
func lettersOnly(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// lexBody reports whether the lexicon knows key as an organisation's name only ("KBC"):
// before a body head's title it is the body ("KBC CEO X"), as an unknown word is.
func (dt *detector) lexBody(key string) bool {
	e, ok := dt.lex.lookup(key)
	return ok && e.Class == schema.Organization
}

// definesAcronym reports whether the name span, which ends before words[j], is followed
// by an acronym in parentheses that its words' initials spell ("Kovar Halden Sorvik
// (KHS)").
func definesAcronym(ws []word, span []word, j int) bool {
	if j+2 >= len(ws) || ws[j].Text != "(" || ws[j+2].Text != ")" || !ws[j+1].Upper || len(ws[j+1].Text) < 2 {
		return false
	}
	var names []string
	for _, w := range span {
		names = append(names, w.Text)
	}
	return initials(strings.Join(names, " ")) == strings.ToLower(ws[j+1].Text)
}

// adjectiveLike reports whether a word ends as English adjectives and plurals do
// ("Constitutional", "Philippine", "Welsh", "Lords"): such a word before a title is a
// portfolio or a people, not a body's name.
func adjectiveLike(w string) bool {
	for _, suf := range []string{"al", "ine", "ian", "ish", "sh", "ese", "ic", "s", "an", "ive", "ory", "ary"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// companyFirst are words of other languages that begin the names of companies and banks.
var companyFirst = wordSet("companyFirst")

// bodyHeadTitles head a body, not a ministry or a house: a body's one-word name may stand
// before them ("Bundesbank President X").
var bodyHeadTitles = phraseSet("bodyHeadTitles")

// personAfterPrefix returns the person whose name starts at a given name inside the
// untitled span at words [i, j) after a word that is no part of a person's name: a title's
// word ("Group Chief Executive Bakari Mwinyi", "County Attorney X"), a body's head word
// ("members of the House of Representatives X and Y"), or a verb's form that opens the
// sentence ("Featuring X and Y, the song"; not "Justo Marin Ludena", "Jo Anne X"); after a title read before the span, only a
// title's word ("Chief" read as the title of "Executive X"). The words before the given name hold no given
// name and no particle of names ("Mohammed Ali Jinnah", "Abu Bakr X" stay whole), and the
// given name is no English word ("Will", "Rose").
func (dt *detector) personAfterPrefix(ws []word, i, j int, title titleRole) (mention, bool) {
	span := ws[i:j]
	if len(span) < 3 {
		return mention{}, false
	}
	for p := 1; p+1 < len(span); p++ {
		w := span[p]
		given := dt.lex.firstNames[w.Key] || dt.lex.givenNames[w.Key]
		if !given || dt.lex.common[w.Key] || w.Upper || w.Hyph {
			if given || w.in(hotParticles) || w.Punct || w.Hyph {
				return mention{}, false
			}
			continue
		}
		prev := span[p-1]
		if !(isTitleWord(prev.Key) && prev.Key != "of" || titleEndWords()[prev.Key] || p == 1 && dt.inPlaces[prev.Key] || title == 0 && (orgHeads[prev.Key] || i == 0 && p == 1 && verbForm(prev.Lower))) {
			return mention{}, false
		}
		if dt.lex.firstNames[span[0].Key] || dt.lex.givenNames[span[0].Key] || anyOrgHead(span[p:]) {
			return mention{}, false
		}
		pm, ok := dt.capitalised(ws, i+p, title)
		if !ok || pm.Class != schema.Person || pm.Start != i+p {
			return mention{}, false
		}
		return pm, true
	}
	return mention{}, false
}

// verbForm reports whether a word of six letters or more ends as a verb's -ing or -ed
// form does ("featuring", "remarked").
func verbForm(w string) bool {
	return len(w) >= 6 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// titleEndWords are the last words of the titles of titles.tsv ("executive" of "chief
// executive"): such a word ends a title and starts no person's name.
var titleEndWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for t := range titleLex().titles {
		f := strings.Fields(t)
		if len(f) > 0 && f[len(f)-1] != "of" {
			m[f[len(f)-1]] = true
		}
	}
	return m
})

// classifyName gives name m at words [i, j) its class from the words in and around it.
// done is true when the name is decided (a mention, or none when ok is false) without
// the last checks of capitalised.
func (dt *detector) classifyName(ws []word, i, j int, title titleRole, orgLike bool, m mention, key string) (_ mention, ok, done bool) {
	span := ws[i:j]
	last := span[len(span)-1]
	first := span[0]
	if pm, ok := dt.personAfterPrefix(ws, i, j, title); ok {
		return pm, true, true
	}
	switch {
	case len(span) == 1 && (first.in(hotCommonStarts) || first.in(hotNotNames) && !dt.compassSurname(first) || orgHeads[first.Key] && !(outletNounAfter(ws, j) && i > 0 && !ws[i-1].Cap) || placeHeads[first.Key] || title == 0 && dt.peopleWord(first) || postNominals[first.Key] && i > 0 && ws[i-1].Cap):
		return mention{}, false, true // also "to Kashmiris", "to Communist countries": people or a creed, no place
	case title == 0 && len(span) >= 2 && strings.HasSuffix(key, "ers") && dt.residentDemonym(strings.TrimSuffix(key, "s")):
		return mention{}, false, true // "Londoners", "New Yorkers": residents, no person
	case title == 0 && len(span) >= 2 && creedNameEnds[last.Key] && !anyOrgHead(span):
		return mention{}, false, true // "Roman Catholic priests": a faith, no person called Roman
	case onlySuffixes(span):
		return mention{}, false, true // "Co Inc" cut from "Ashby Pell and Co Inc": no company's name alone, nor one name of two companies
	case eventWords[last.Key] && (!orgLike || awardEnds[last.Key]) || eventWords[first.Key] && !orgLike || len(span) >= 2 && productKinds[last.Key] && !orgLike || j < len(ws) && ws[j].Hyph || nonEntityNames[key] || len(span) >= 2 && lawHeads[last.Key] && !dt.lex.firstNames[first.Key] && !anyOrgHead(span):
		return mention{}, false, true
	case len(span) >= 2 && kinPlurals[last.Key]:
		// "analyst at Pell Brothers": a firm after a preposition; "the Tamsu Brothers": a band or a family, no person and no place
		m.Class, m.skip = schema.Organization, !(i > 0 && firmPreps[ws[i-1].Lower])
	case i == 0 && title == 0 && len(span) >= 3 && genreWords[first.Lower] && !anyOrgHead(span) && !dt.lex.firstNames[span[1].Key]:
		m.skip = true // "Comedy Velka Nights Out moved down the chart": a genre, then a work's title
	case title == 0 && len(span) == 1 && (dt.leaderOfRegime(ws, i, j, key) || i > 0 && ws[i-1].Lower == "to" && dt.personItemAfter(ws, j) && !first.Upper && !dt.lex.common[first.Key] && !dt.lower[first.Key] && !dt.lex.firstNames[first.Key]):
		m.Class = schema.Person // "the Velkov administration": the leader (as the seeds read "the X regime"); "the fight to Voss and Ana Ruiz" (not a given name: "to Ivo and Ana Ruiz" is a couple)
	case title == 0 && dt.documentCue(ws, i, j, &m, key):
	case title == 0 && len(span) >= 2 && j < len(ws) && ws[j].Cap && dt.startsLexCountry(ws, j) && dt.commonWords(span):
		m.End, m.skip = j+1, true // "Good Morning Britain": a programme's name, not the country
	case title == 0 && len(span) <= 3 && (postAt(ws, i) || workerAt(ws, i, j)) && !dt.lex.firstNames[first.Key] && allAlpha(span) && (j == len(ws) || !ws[j].Cap):
		m.Class = schema.Organization // "vice president of search at Ask Jeeves": a post at a body
	case title == 0 && len(span) == 1 && placePrepBefore(ws, i) && dt.party(ws, i, first.Key) != "":
		m.Class, m.Canon = schema.Organization, dt.party(ws, i, first.Key) // "defected to Labour": the party, no destination
	case placePrepBefore(ws, i) && len(span) <= 3 && !letterAfterHyphen(last) && !dt.lex.firstNames[first.Key] && !whoFollows(ws, j) && !(len(span) >= 2 && destinationPerson(ws, j)) && !(len(span) == 1 && dt.personItemAfter(ws, j)) && (!(len(span) == 1 && dt.lex.givenNames[first.Key] && !first.Upper && !dt.lex.common[first.Key]) && !(len(span) == 2 && dt.givenNamePerson(ws, span, j)) && !(len(span) == 1 && dt.lex.common[first.Key]) || dt.regionAfter(ws, j) || len(span) == 1 && listNext(ws, j)) && title == 0 && !orgHeads[last.Key] && !companySuffixes[last.Key] && !(j < len(ws) && ws[j].Key == "s") && !(j+1 < len(ws) && orgHeadPhrasesAfter[ws[j].Lower+" "+ws[j+1].Lower]):
		m.Class, m.PlaceHint = "", true // not "from Velkor investment bank": a firm
	case placePrefixes[first.Key] && len(span) >= 2 && !orgHeads[last.Key]:
		m.Class = schema.Place // "Deir ez-Zor", "Ras al-Ain", "Tell Abyad"
	case title == 0 && (i > 0 && (!ws[i-1].Cap || i == 1) && (ws[i-1].in(hotOrgCues) && len(span) == 1 || ws[i-1].in(hotMediaCues)) && !(i > 1 && ws[i-2].Key == "s") || companyApposition(ws, i, j)) && !dt.lex.firstNames[first.Key]:
		m.Class = schema.Organization // "the daily Kathimerini", "the company Energean"
	case title == 0 && i > 0 && !ws[i-1].Cap && groupCues[ws[i-1].Lower] && !(i > 1 && ws[i-2].Key == "s") && !dt.personInside(span) && !capitalAfterAnd(ws, j):
		m.Class = schema.Organization // "the charity Mencap", "the pressure group Liberty"
	case title == 0 && len(span) <= 3 && (i > 0 && !ws[i-1].Cap && ws[i-1].in(hotPlaceNounCues) && len(partyLex()[first.Key]) == 0 || i > 1 && ws[i-1].Lower == "of" && !ws[i-2].Cap && ws[i-2].in(hotPlaceNounCues) || j < len(ws) && (ws[j].in(hotPlaceNounCues) || geoHeadsAfter[ws[j].Lower]) && !ws[j].Cap || fieldAfter(ws, j) || facilityAfter(ws, i, j) || placeApposition(ws, j) || capitalAppositive(ws, i)) && !dt.lex.firstNames[first.Key]:
		m.Class = schema.Place // "the town of Zabadani", "Idlib province", "the Tamar gas field", "the capital, Lomara,"
	case dt.lex.orgNames[key] && dt.listedSurname(span, key, title):
		m.Class = schema.Person // "Energy Minister Velkor", "Velkor said he would": the lists' person
	case dt.lex.orgNames[key] && !((title != 0 && title != roleHonorific || titleBeforeComma(ws, i)) && len(span) >= 2 && allAlpha(span) && !anyOrgHead(span)):
		m.Class = schema.Organization // not after a person's title: the agent lists hold persons' names too ("Mr Velkor", "Energy Minister Velkor")
	case title == 0 && len(span) == 2 && len(partyLex()[key]) > 0:
		// "Lib Dem's elections chief": a party's nickname, never a person.
		m.Class, m.Canon = schema.Organization, dt.party(ws, i, key)
		m.skip = !strings.HasSuffix(last.Lower, "s") && modifierOfNoun(ws, j) // "Lib Dem plans": a modifier, no argument; not "Lib Dem home affairs spokesman X", "the Lib Dems won"
	case title == 0 && len(span) >= 2 && len(span) <= 3 && orgHeads[last.Key] && !anyOrgHead(span[:len(span)-1]) && !dt.lex.common[first.Key] && !dt.lower[first.Key] && postApposition(ws, j):
		m.Class = schema.Person // "Loh Hoon Sun, general manager of X": a person, whatever the last word
	case len(span) == 2 && partyWords[first.Key] && title == 0 && !dt.lex.firstNames[span[1].Key]:
		m.Class = schema.Organization // "Democratic Rally", "Liberal Democrats"
	case title == 0 && len(span) == 2 && orgHeads[last.Key] && !orgHeads[first.Key] && dt.plainGivenName(first) && toldPress(ws, j):
		m.Class = schema.Person // "Dario Guard told reporters": a person talks to the press, a body issues statements
	case orgHeads[last.Key] || (companySuffixes[last.Key] || clubHeads[last.Key]) && len(span) >= 2 || bodyEnds[last.Key] && len(span) == 2 || orgLike || strings.HasSuffix(last.Lower, "ministry"):
		m.Class = schema.Organization
	case len(span) >= 3 && span[1].Lower == "of" && placeOfHeads[first.Key] && !orgLike:
		m.Class = schema.Place // "Line of Control", "Strait of Hormuz"
	case denominationChurch(ws, i, j):
		m.Class = schema.Organization // "the Velkan Orthodox Church said": the institution
	case placeHeads[last.Key] && !(len(span) <= 3 && speaksAfter(ws, j)):
		m.Class = schema.Place // (a place never "told reporters")
	case title == 0 && j < len(ws) && !ws[j].Cap && (orgNounAhead(ws, j) || pressNounAfter(ws, span, j)) && !dt.lex.firstNames[first.Key] && !(len(span) == 1 && adjectiveLike(first.Text) && armedMemberNouns[ws[j].Lower]) && !(len(span) == 1 && adjectiveLike(first.Text) && j+1 < len(ws) && ws[j+1].Cap && !ws[j+1].Punct):
		m.Class, m.armedNoun = schema.Organization, armedMemberNouns[ws[j].Lower] || ws[j].Lower == "militia" // "the Velka Ansar network", "the Kesta group"; not "Eurosceptic party UKIP"
	default:
		return dt.classifyUntitled(ws, i, j, title, m, key)
	}
	return m, true, false
}

// fictionSentence reports whether a sentence speaks of fiction in a lower-case word of
// data/words.txt fictionWords ("cartoon", "character", "sitcom"): a title and one word
// there name a character.
func fictionSentence(ws []word) bool {
	for i, w := range ws {
		if (!w.Cap || i == 0) && fictionWords[w.Lower] {
			return true
		}
	}
	return false
}

// fictionWords and creedNameEnds: see data/words.txt.
// orgHeadPlural reports whether key is the plural of an organisation's head word that is
// no head word itself ("administrations", "clubs", "committees").
func orgHeadPlural(key string) bool {
	return strings.HasSuffix(key, "s") && !orgHeads[key] && orgHeads[strings.TrimSuffix(key, "s")]
}

// denominationChurch reports whether span names a denomination: "Church" or "Churches"
// after a denomination word, with no saint's or possessive name before it ("Velkan
// Orthodox Church"; not "St Mary's Anglican Church", a building).
func denominationChurch(ws []word, i, j int) bool {
	span := ws[i:j]
	n := len(span)
	if n < 2 || span[n-1].Key != "church" && span[n-1].Key != "churches" || !denominationWords[span[n-2].Key] {
		return false
	}
	if i > 0 {
		span = ws[i-1 : j] // "St Mary's Anglican Church": the possessive is cut off the span
	}
	for _, w := range span[:len(span)-1] {
		if w.Key == "s" || w.Key == "st" || w.Key == "saint" || strings.HasSuffix(w.Lower, "'s") || strings.HasSuffix(w.Lower, "’s") {
			return false
		}
	}
	return true
}

var (
	denominationWords = wordSet("denominationWords")
	awardEnds         = wordSet("awardEnds")
	fictionWords      = wordSet("fictionWords")
	creedNameEnds     = wordSet("creedNameEnds")
)

// onlySuffixes reports whether every word of a name is a company suffix ("Co Inc", "Ltd").
func onlySuffixes(span []word) bool {
	if len(span) == 1 && span[0].Upper && !strings.Contains(span[0].Text, ".") {
		return false // "ASA", "AG": an acronym, typed by resolution; not "S.A." (key "s a") cut from "Tarsoni S.A."
	}
	for _, w := range span {
		if !companySuffixes[w.Key] && !companySuffixes[strings.ReplaceAll(w.Key, " ", "")] || w.Key == "group" || w.Key == "company" || w.Key == "holdings" {
			return false
		}
	}
	return len(span) > 0
}

// classifyUntitled goes on with classifyName for a name that no head word, cue or lexicon
// has classified: its title, its shape, its given name and the evidence of a person's name.
func (dt *detector) classifyUntitled(ws []word, i, j int, title titleRole, m mention, key string) (_ mention, ok, done bool) {
	span := ws[i:j]
	last := span[len(span)-1]
	first := span[0]
	switch {
	case title != 0 && len(span) == 1 && !dt.lex.firstNames[first.Key] && fictionSentence(ws):
		m.skip = true // "a new Captain Pugwash cartoon", "Professor Yaffle in the series": a character, no person
	case title != 0 && title != roleAdvisor || title == roleAdvisor:
		m.Class = schema.Person
	case len(span) >= 2 && len(span) <= 4 && weakPlaceHeads[last.Key] && allAlpha(span) && !speaksAfter(ws, j) && (!dt.lex.firstNames[first.Key] || i > 0 && ws[i-1].in(hotPlacePreps)):
		m.Class = schema.Place // "Primrose Hill", "Victoria Park"
	case len(span) == 1 && first.Upper && dt.lawAcronym(first.Key):
		m.skip = true // "the Ballot Access Act (BAA)": a law's acronym, no body
	case len(span) == 1 && first.Upper && len(first.Key) >= 2 && len(first.Key) <= 6:
		m.Class = schema.Organization // an acronym
	case len(span) == 1 && title == 0 && j < len(ws) && mediaVerbs[ws[j].Lower] && !dt.lex.firstNames[first.Key] && !dt.lower[first.Key] && outletWordAlone(ws, i):
		m.Class, m.orgHint = "", true // "Rappler reported", "Politico quoted": an outlet, or the surname of a person named before (resolution)
	case title == 0 && len(span) >= 2 && len(span) <= 4 && dt.workOfMaker(ws, i, j):
		m.skip = true // "director of Broken Lantern": a film's title, no body
	case title == 0 && len(span) <= 3 && bodyOfTitle(ws, i, j) && !dt.lex.firstNames[first.Key] && allAlpha(span):
		m.Class = schema.Organization // "CEO of Petrochil", "Petrochil CEO Ana Ruiz", "Velka Kesta's economics spokesman X"
	case len(span) >= 2 && len(span) <= 4 && dt.lex.firstNames[first.Key]:
		m.Class = schema.Person
	case len(span) >= 2 && len(span) <= 3 && allAlpha(span) && title == 0 && speaksAfter(ws, j) && !anyOrgHead(span):
		m.Class = schema.Person // "Hope Hicks told reporters": a speaker, whatever her first name
	case len(span) >= 2 && len(span) <= 4 && allAlpha(span) && dt.lower[first.Key] && len(first.Key) > 1 && !isTitleWord(first.Key) && !dt.lex.firstNames[first.Key] && !compassPlaceName(span):
		m.Class = schema.Organization // a lower-case word starts it; not an initial ("S Jones" where "it's" gives a lower-case "s")
	case len(span) >= 2 && placeFirst[first.Key] && dt.personTails[key] && !(i > 0 && ws[i-1].in(hotPlacePreps)):
		m.Class = schema.Person // "St Germain said" after "Fernand St Germain"
	case len(span) >= 2 && placeFirst[first.Key] && placeFirstBodyEnds[last.Key]:
		m.Class = schema.Organization // "the Fort Velka Indian Community": a body named after its place
	case len(span) >= 2 && placeFirst[first.Key] && !(compass[first.Key] && oneWord(span)):
		m.Class = schema.Place // "County Cork", "Mount Sinai", "East Anglia"
	case len(span) >= 2 && len(span) <= 4 && companyFirst[first.Key]:
		m.Class = schema.Organization // "Deutsche Bahn", "Banco Santander", "Groupe Renault"
	case len(span) >= 2 && notPersonFirst[first.Key] && !dt.lex.firstNames[first.Key]:
		// "Big Brother", "National Lottery": no person, no known kind; but a given name
		// inside starts a person's ("National Intelligence John Ratcliffe").
		if pm, ok := dt.personInsideName(ws, i, span); ok {
			return pm, true, true
		}
		m.skip = true
	case len(span) >= 2 && len(span) <= 4 && allAlpha(span) && dt.lower[last.Key] && !dt.lex.firstNames[first.Key] && !anyParticle(span):
		m.skip = true // "Change Research", "Black Lives Matter": a common word ends it
	case len(span) >= 2 && len(span) <= 4 && allAlpha(span) && definesAcronym(ws, span, j):
		m.Class = schema.Organization // "Kovar Halden Sorvik (KHS)": a body defines its acronym, a person seldom
	case dt.articlePair(ws, i, j) && allAlpha(span) && !oneWord(span) && dt.unknownPairPerson(span):
		m.Class = schema.Organization // "elected to the Velka Rada,": a person's name takes no article
	case len(span) >= 2 && len(span) <= untitledNameMax(span) && allAlpha(span) && !oneWord(span):
		return dt.untitledWords(ws, i, j, m)
	case len(span) == 1 && title == 0 && dt.lex.firstNames[first.Key] && !dt.lower[first.Key] && kinBeforeName(ws, i):
		m.Class = schema.Person // "his wife, Marta,", "his children Elena and Sofia": a relative named by a given name
	case len(span) == 1 && title == 0 && dt.singleHint(ws, j, &m):
		// "Velkacorp said it would": a firm; "Qasim said he": a person named in full before
	case len(span) == 1 && !dt.lex.firstNames[first.Key] && (i > 0 && visitForms[ws[i-1].Lower] && !(j < len(ws) && ws[j].Key == "s") || dt.siteName(ws, i, j)):
		m.Class, m.PlaceHint = "", true // "visited Kigoma": a place, unless a surname named before; "in his Tarsa headquarters": the site's
	case oneWord(span):
		m.Class = "" // "Nagorno-Karabakh", "Abdul-Mahdi": resolution decides
	case len(span) == 1 && placePrepBefore(ws, i) && !(j < len(ws) && ws[j].Key == "s") && (!dt.lex.common[first.Key] && !dt.lex.givenNames[first.Key] || dt.regionAfter(ws, j) || listNext(ws, j)):
		m.PlaceHint = true // an unknown single word after a preposition of place
	case len(span) == 1:
		m.Class = "" // an unknown single word: resolution decides (a surname named before) or drops it
	default:
		return mention{}, false, true
	}
	return m, true, false
}

// untitledWords classes an untitled name of two to four words that no lexicon or head
// word classed (classifyUntitled's last resort for several words): a person's name when
// its words can be one, else a body, unless a given name starts a person's name inside
// it or the sentence gives person evidence.
func (dt *detector) untitledWords(ws []word, i, j int, m mention) (_ mention, ok, done bool) {
	span := ws[i:j]
	first, last := span[0], span[len(span)-1]
	if dt.unknownPairPerson(span) && !(orgHeadPlural(last.Key) && !dt.lex.givenNames[first.Key]) {
		m.Class = schema.Person
		return m, true, false
	}
	// "Finding Velka", "Copper Brothers", "Wing Ana Ruiz", "the Mwinyi and Tembo
	// Administrations": no person's name, unless a given name starts one inside.
	if pm, ok := dt.personInsideName(ws, i, span); ok {
		return pm, true, true
	}
	if len(span) >= 3 && dt.lex.common[first.Key] && !dt.lex.common[span[1].Key] && dt.unknownPairPerson(span[1:]) {
		if pm, ok := dt.capitalised(ws, i+1, 0); ok && pm.Class == schema.Person && pm.Start == i+1 {
			return pm, true, true // "Wing Tavita Oruel": a position, then the name
		}
	}
	if dt.pairPersonEvidence(ws, i, j) {
		m.Class = schema.Person // "Oriel Hunt said", "Oriel Hunt, the minister,"
		return m, true, false
	}
	m.skip = !bodyLastWords[last.Key]
	m.Class = schema.Organization // "Corvane Works", "Velkatel Networks"
	return m, true, false
}

// kinBeforeName reports whether a relative's noun introduces the given name at words[i]
// ("his son X", "his wife, X", "their fourth child, X"), also the second of two given
// names joined by "and" ("his children X and Y"); a possessive determiner or "'s" stands
// before the noun, up to one word away.
func kinBeforeName(ws []word, i int) bool {
	k := i - 1
	if k >= 2 && ws[k].Lower == "and" && ws[k-1].Cap && !ws[k-1].Punct && lex().firstNames[ws[k-1].Key] {
		k -= 2
	}
	if k >= 0 && ws[k].Text == "," {
		k--
	}
	if k < 1 || ws[k].Cap || !kinNouns[ws[k].Lower] && !kinPluralsBeforeName[ws[k].Lower] {
		return false
	}
	poss := func(w word) bool { return possessiveDeterminers[w.Lower] || w.Key == "s" && !w.Hyph || w.Text == "'" }
	return poss(ws[k-1]) || k >= 2 && poss(ws[k-2]) && !ws[k-1].Cap
}

// lawAcronym reports whether the document defines the acronym key only for the name of a
// law or bill ("the Ballot Access Act (BAA)"; lawAcronymEnds).
func (dt *detector) lawAcronym(key string) bool {
	longs := dt.acronyms[key]
	for _, l := range longs {
		f := strings.Fields(l)
		if len(f) < 2 || !lawAcronymEnds[f[len(f)-1]] {
			return false
		}
	}
	return len(longs) > 0
}

// unknownPairPerson reports whether an untitled name of two to four words whose first word
// is no given name of firstnames.txt is still a person's: its first word is an initial
// ("M Okafor") or a given name of genders.tsv ("Yvette Ashby"; one that is an English word
// too, only before a word that is none), a particle of names is inside ("Tamim bin
// Rashid"), or no word of it is an
// English word of commonwords.txt at its ends ("Baslan Damang"; not "Finding Velka", "Dead
// Man", "Velkatel Networks", "Wing Ana Ruiz").
func (dt *detector) unknownPairPerson(span []word) bool {
	first, last := span[0], span[len(span)-1]
	switch {
	case len(first.Key) == 1 && !first.Upper || len(first.Text) == 1:
		return true
	case first.Cap && articleFirst[first.Lower] && !dt.personTails[schema.NameKey(joinName(span))]:
		return false // "La Velkana", "Der Velkaner": another language's article starts a work, a body or a place; not "Le Pen" after "Marine Le Pen"

	case dt.lex.givenNames[first.Key] && !first.Upper && !(dt.lex.common[first.Key] && dt.lex.common[last.Key]):
		return true // "Grant Okafor"; not "Rose Garden"
	case anyParticle(span):
		return true // "Tamim bin Rashid": a particle of names, whatever the other words
	}
	return !dt.lex.common[first.Key] && !dt.lex.common[last.Key]
}

// articlePair reports whether the unknown pair of names at words[i:j] stands after "the"
// and before punctuation, a preposition or a conjunction ("elected to the Velka Rada, the
// upper house", "members of the Velka Rada and"), where a person's name takes no article:
// a body's name. A pair the document titles or names as a person's tail elsewhere stays
// a person, and a pair before a noun ("the Bakari Mwinyi government") is a modifier.
func (dt *detector) articlePair(ws []word, i, j int) bool {
	if j-i != 2 || i == 0 || ws[i-1].Lower != "the" || dt.titled[ws[i+1].Key] || dt.personTails[schema.NameKey(joinName(ws[i:j]))] {
		return false
	}
	if j == len(ws) {
		return true
	}
	n := ws[j]
	return n.Punct && n.Key != "s" && n.Text != "(" || !n.Cap && (n.in(hotPrepositions) || n.Lower == "and" || n.Lower == "or")
}

// personInsideName returns the person whose given name starts inside the name span at
// words i.. (not at its first word) and who is read from there ("National Intelligence
// John Ratcliffe"), if there is one; a name ending in an organisation's head word has none.
func (dt *detector) personInsideName(ws []word, i int, span []word) (mention, bool) {
	for p := 1; p+1 < len(span); p++ {
		if dt.lex.firstNames[span[p].Key] && !orgHeads[span[len(span)-1].Key] {
			if pm, ok := dt.capitalised(ws, i+p, 0); ok && pm.Class == schema.Person && pm.Start == i+p {
				return pm, true
			}
			break
		}
	}
	return mention{}, false
}

// documentCue classifies the untitled name m at words [i, j) from what the document says
// of it elsewhere or the words next to it, and reports whether it did: a body the
// document describes as one ("Kestrel Dynamics" after "Kestrel Dynamics, a German
// engineering company"), a work after "the novel" (no entity), a place the document puts
// before a place noun ("Haj Khalil" after "the Haj Khalil border area"), a company before a
// legal form ("Berghof Holding Management, Inc.") or named with its suffix before
// ("Halvard Marine" after "Halvard Marine Co").
func (dt *detector) documentCue(ws []word, i, j int, m *mention, key string) bool {
	span := ws[i:j]
	first := span[0]
	switch {
	case len(span) <= 4 && dt.bodies[key] && !dt.lex.firstNames[first.Key] && (len(span) >= 2 || !dt.lower[first.Key]):
		m.Class = schema.Organization
	case i > 0 && !ws[i-1].Cap && workCues[ws[i-1].Lower] && !(i > 1 && ws[i-2].Key == "s") && !dt.lex.firstNames[first.Key]:
		m.skip = true
	case len(span) >= 2 && dt.works[key] && !dt.lex.firstNames[first.Key] && !anyOrgHead(span) && !dt.personTails[key]:
		m.skip = true // "La Strada" after "the film La Strada": a work's title, no person
	case len(span) >= 2 && dt.places[key]:
		m.Class = schema.Place
	case legalFormAfter(ws, j):
		m.Class = schema.Organization
	case len(span) >= 2 && dt.companies[key] != "":
		m.Class, m.Canon = schema.Organization, dt.companies[key]
	default:
		return false
	}
	return true
}

// bodyOfTitle reports whether the name at words [i, j) is the body of a title that only a
// body has: after "CEO of" or "the chairman of", or before a title and a name ("X CEO Ana
// Ruiz").
func bodyOfTitle(ws []word, i, j int) bool {
	k := i - 1
	if k >= 1 && ws[k].Lower == "the" {
		k--
	}
	if k >= 1 && ws[k].Lower == "of" && bodyTitles[ws[k-1].Lower] {
		// The name ends the phrase: not "chairman of the Commons public accounts
		// committee", "director of Venice's theatre".
		return j == len(ws) || ws[j].Punct && ws[j].Key != "s" || nameFollowers[ws[j].Lower]
	}
	if j+1 < len(ws) && ws[j].Key == "s" && !ws[j].Hyph {
		j++ // "Velka Kesta's economics spokesman X"
		for n := 0; n < 2 && j < len(ws) && !ws[j].Cap && !ws[j].Punct && !bodyTitles[ws[j].Lower]; n++ {
			j++
		}
	}
	if j < len(ws) && !ws[j].Cap {
		if _, n, t := matchTitle(ws, j); n > 1 && bodyTitles[strings.ToLower(lastWord(t))] {
			j += n - 1 // "Aston Martin chief executive X"
		}
	}
	if spokesPortfolio(ws, i, j) {
		return true
	}
	return j+1 < len(ws) && (i == 0 || !ws[i-1].Cap) && bodyTitles[ws[j].Lower] && !worksTitles[ws[j].Lower] && ws[j+1].Cap && !ws[j+1].Punct
}

// spokesPortfolio reports whether the name at words [i, j) stands after a comma before a
// portfolio word and a spokesman who "said" ("X Y, Velka Party health spokesman said"):
// the apposition gives the person before the comma a body's post.
func spokesPortfolio(ws []word, i, j int) bool {
	return i > 0 && ws[i-1].Text == "," && j+2 < len(ws) && !ws[j].Cap && !ws[j].Punct &&
		spokesNouns[ws[j+1].Lower] && (ws[j+2].Lower == "said" || ws[j+2].Lower == "says")
}

// spokesNouns are the nouns of a body's spokesperson.
var spokesNouns = wordSet("spokesNouns")

// worksTitles before a name may name a work, not a body ("Kill Bill director X").
var worksTitles = wordSet("worksTitles")

// nameFollowers are words that may follow a name that ends its noun phrase.
var nameFollowers = wordSet("nameFollowers")

// bodyTitles are titles held in a body, never in a place ("the mayor of X" is a place's).
var bodyTitles = wordSet("bodyTitles")

// nameEnding reports whether the last word of span, which is a month or a numeral on its
// own, ends a person's name: a surname after a given name ("Theresa May", not "in May 2019")
// or a regnal number ("Elizabeth II", "John Paul II").
func nameEnding(ws []word, span []word, j int) bool {
	if len(span) < 2 || !lex().firstNames[span[0].Key] {
		return false
	}
	last := span[len(span)-1]
	if regnal[last.Lower] {
		return last.Upper
	}
	return months[last.Lower] && !(j < len(ws) && isDigitWord(ws[j].Text))
}

// regnal numbers end the names of monarchs and popes; months may be surnames.
var (
	regnal = wordSet("regnal")
	months = wordSet("months")
)

// governmentOf reads "the Government of Iraq" as Iraq: a country's government is the
// country (ONTOLOGY.md: "the Syrian government" is Syria).
func (dt *detector) governmentOf(ws []word, m mention) (mention, bool) {
	if m.Class != schema.Organization || m.End-m.Start < 3 || ws[m.Start].Key != "government" || ws[m.Start+1].Lower != "of" {
		return m, false
	}
	at := m.Start + 2
	if ws[at].Lower == "the" && at+1 < m.End {
		at++
	}
	c, ok := dt.lexMatch(ws, at)
	if !ok || c.Class != schema.Country || c.Kind != mName || c.End != m.End {
		return m, false
	}
	return mention{Start: m.Start, End: m.End, Text: m.Text, Class: schema.Country, Kind: mName, Canon: c.Canon, Country: c.Canon}, true
}

// memberNext reports whether a member of the body named before word j follows it, perhaps
// after one modifier: "a Red Brigade (suicide) bomber" names the brigade, not a kind.
func memberNext(ws []word, j int) bool {
	for k := j; k < len(ws) && k < j+2; k++ {
		if ws[k].Upper && namedMembers[ws[k].Lower] {
			return true // "a Velka Party MP"
		}
		if ws[k].Cap || ws[k].Punct {
			return false
		}
		if namedMembers[ws[k].Lower] {
			return true
		}
	}
	return false
}

// namedMembers are the members a body's name may modify ("a Hamas gunman").
var namedMembers = wordSet("namedMembers")

// afterArticle reports whether the words before words[i] are "a" or "an", perhaps with a
// hyphenated modifier between ("a U.S.-designated").
func afterArticle(ws []word, i int) bool {
	k := i - 1
	for k >= 0 && (ws[k].Hyph || k+1 < i && ws[k+1].Hyph) {
		k--
	}
	return k >= 0 && (ws[k].Lower == "a" || ws[k].Lower == "an")
}

// missionIn names an embassy or consulate with the place it is in: "the U.S. Embassy in
// Baghdad" (the place stays a mention of its own).
func (dt *detector) missionIn(ws []word, m *mention) {
	last := ws[m.End-1].Key
	if last != "embassy" && last != "consulate" || m.End+1 >= len(ws) || ws[m.End].Lower != "in" || m.Canon != "" {
		return
	}
	if p, ok := dt.lexMatch(ws, m.End+1); ok && (p.Class == schema.Place || p.Class == schema.Country || p.Capital) {
		m.Canon = cleanName(join(ws[m.Start:p.End]))
		if m.Country != "" { // one name for "U.S. Embassy" and "United States Embassy"
			m.Canon = m.Country + " " + ws[m.End-1].Text + " in " + p.Canon
		}
	}
}

// speaksAfter reports whether words[j:] are a verb that persons take more than bodies:
// "told reporters", "told the BBC", "wrote on Twitter".
func speaksAfter(ws []word, j int) bool {
	return j < len(ws) && (ws[j].Lower == "told" || ws[j].Lower == "tweeted" || ws[j].Lower == "wrote")
}

// toldPress reports whether "told" and the press follow word j ("told reporters", "told
// a news conference"): what a person does, where a body "said in a statement".
func toldPress(ws []word, j int) bool {
	if j+1 >= len(ws) || ws[j].Lower != "told" {
		return false
	}
	k := j + 1
	if ws[k].Lower == "a" || ws[k].Lower == "the" {
		k++
	}
	if k+1 < len(ws) && (ws[k].Lower == "news" || ws[k].Lower == "press") {
		k++
	}
	return k < len(ws) && pressAudiences[ws[k].Lower]
}

// plainGivenName reports whether a name's first word is a given name and no English word
// nor a word the document writes in lower case ("Dario", not "Rose" or "Grace").
func (dt *detector) plainGivenName(w word) bool {
	return (dt.lex.firstNames[w.Key] || dt.lex.givenNames[w.Key]) && !dt.lex.common[w.Key] && !dt.lower[w.Key] && !w.Upper
}

// pressAudiences: see data/words.txt.
var pressAudiences = wordSet("pressAudiences")

// orgNounsAfter are lower-case nouns after a name that make it a body's ("the X network");
// orgHeadPhrasesAfter are two such words ("X investment bank"): see data/words.txt.
var (
	orgNounsAfter       = wordSet("orgNounsAfter")
	orgHeadPhrasesAfter = phraseSet("orgHeadPhrasesAfter")
)

// orgNounAhead reports whether the lower-case words at ws[j:] are a noun or a two-word head
// that makes the name before them a body's ("the X network", "from Y investment bank").
func orgNounAhead(ws []word, j int) bool {
	if j >= len(ws) || ws[j].Cap || ws[j].Punct {
		return false
	}
	return orgNounsAfter[ws[j].Lower] || j+1 < len(ws) && !ws[j+1].Cap && orgHeadPhrasesAfter[ws[j].Lower+" "+ws[j+1].Lower]
}

// orgVerbs follow "to" inside an organisation's name ("Coalition to Defeat ISIS").
var orgVerbs = wordSet("orgVerbs")

// shouting reports whether a sentence is written in capitals ("THE DEAL IS GREAT!"): its
// capital words are no acronyms.
func shouting(ws []word) bool {
	upper, words := 0, 0
	for _, w := range ws {
		if w.Punct || w.Key == "" {
			continue
		}
		words++
		if w.Upper {
			upper++
		}
	}
	return upper >= 3 && upper*2 >= words
}

// clubHeads: see data/words.txt.
var clubHeads = wordSet("clubHeads")

// bodyLastWords: see data/words.txt.
var bodyLastWords = wordSet("bodyLastWords")

// placeFirst begin place names ("County Cork", "Mount Sinai", "East Anglia").
var placeFirst = wordSet("placeFirst")

// notPersonFirst are words that begin names of things, never of people ("National
// Lottery", "Golden Globes", "Big Brother").
var notPersonFirst = wordSet("notPersonFirst")

// languages name the language service of a broadcaster ("BBC Persian").
var languages = wordSet("languages")

// placePrefixes begin Arabic place names: "Deir ez-Zor", "Jisr al-Shughur", "Ras al-Ain".
var placePrefixes = wordSet("placePrefixes")

// orgCues are lower-case nouns that put an organisation's one-word name after them
// ("the gas producer Kestagas"); mediaCues put any name after them ("the Greek daily
// Velkaner", "the retailer Kestamart").
var orgCues = wordSet("orgCues")

var mediaCues = wordSet("mediaCues")

// groupCues are lower-case nouns that put a body's name after them ("the charity Mencap",
// "media regulator Ofcom").
var groupCues = wordSet("groupCues")

// personInside reports whether a given name starts a word of span ("EADS Philippe Camus":
// a body's name and then a person's).
func (dt *detector) personInside(span []word) bool {
	for _, w := range span {
		if dt.lex.firstNames[w.Key] {
			return true
		}
	}
	return false
}

// capitalAfterAnd reports whether the name ending before word j may go on: a capitalised
// word, a number or a possessive follows ("the group Destiny's Child"), or "and" and a
// capitalised word ("Victims and Citizens
// Against Crime", "Transport 2000").
func capitalAfterAnd(ws []word, j int) bool {
	if j < len(ws) && (ws[j].Cap || isDigitWord(ws[j].Text) || ws[j].Key == "s") {
		return true
	}
	return j+1 < len(ws) && (ws[j].Lower == "and" || ws[j].Text == "&") && ws[j+1].Cap
}

// leaderOfRegime reports whether the single capitalised word at words[i] (j = i+1) is a
// leader's surname before a lower-case noun of data/words.txt leaderRuleNouns ("the
// Velkov administration", "Velkov administration officials"): the leader, as the seeds
// read "the X regime" as its leader. Not a word the lexicons know ("the Nairobi regime" is a capital,
// "the Soviet regime" a demonym), an English word ("the City administration"), an acronym
// or a party's name ("the Labour administration").
func (dt *detector) leaderOfRegime(ws []word, i, j int, key string) bool {
	w := ws[i]
	if j >= len(ws) || ws[j].Cap || !leaderRuleNouns[ws[j].Lower] || w.Upper || w.Hyph || !allAlpha(ws[i:j]) {
		return false
	}
	if _, known := dt.lex.lookup(key); known || dt.lex.common[w.Key] || dt.lower[w.Key] || len(partyLex()[w.Key]) > 0 || partyWords[w.Key] || dt.peopleWord(w) || creedWord(w.Key) {
		return false
	}
	return i == 0 || !ws[i-1].Cap || ws[i-1].Lower == "the"
}

// creedWord reports whether a word ends in a suffix of data/words.txt creedSuffixes, the
// adjectives of movements and creeds ("the Velkanista regime", "the Orvanist regime"): no
// leader's surname.
func creedWord(key string) bool {
	for x := range creedSuffixes {
		if len(key) > len(x)+2 && strings.HasSuffix(key, x) {
			return true
		}
	}
	return false
}

// creedSuffixes: see data/words.txt.
var creedSuffixes = wordSet("creedSuffixes")

// leaderRuleNouns: see data/words.txt.
var leaderRuleNouns = wordSet("leaderRuleNouns")

// facilityAfter reports whether the unknown name at words [i, j) stands between "the" and
// a lower-case noun of a building of data/words.txt facilityNounsAfter that ends the phrase
// ("at the Tarnvik hospital on Monday", "to the Velkan Drost clinic."): the building's
// name, a place. Not before another noun ("the Voss hospital trust": a body).
func facilityAfter(ws []word, i, j int) bool {
	if i == 0 || ws[i-1].Lower != "the" || j >= len(ws) || ws[j].Cap || !facilityNounsAfter[ws[j].Lower] {
		return false
	}
	k := j + 1
	return k == len(ws) || ws[k].Punct || phraseEnders[ws[k].Lower]
}

// facilityNounsAfter, phraseEnders and hyphenParticles: see data/words.txt.
var (
	hyphenParticles    = wordSet("hyphenParticles")
	facilityNounsAfter = wordSet("facilityNounsAfter")
	phraseEnders       = wordSet("phraseEnders")
)

// fieldAfter reports whether words[j:] are "field(s)" or "gas/oil field(s)" in lower case.
func fieldAfter(ws []word, j int) bool {
	if j < len(ws) && (ws[j].Lower == "gas" || ws[j].Lower == "oil") {
		j++
	}
	return j < len(ws) && (ws[j].Lower == "field" || ws[j].Lower == "fields")
}

// givenNamePerson reports whether two words after a preposition of place, ending before
// word j, are a person's name: the first a given name of genders.tsv (no English word, no
// acronym), and "to" or "from" before them ("efforts from Gareth Mwangi"), or the second
// written again in the document, or a relative "who" or a speech verb after them (not "the
// bombing in Teri Mangal").
func (dt *detector) givenNamePerson(ws []word, span []word, j int) bool {
	first, last := span[0], span[1]
	if !dt.lex.givenNames[first.Key] || first.Upper || dt.lex.common[first.Key] {
		return false
	}
	if i := j - 2; i > 0 && (ws[i-1].Lower == "to" || ws[i-1].Lower == "from") {
		return true // "according to Charlie X", "efforts from Gareth X"
	}
	return dt.capCount[last.Key] >= 2 || j+1 < len(ws) && ws[j].Text == "," && ws[j+1].Lower == "who" || speaksAfter(ws, j)
}

// listNext reports whether a list goes on after word j-1 ("from Kelby, Tarnby and Vosk"):
// a comma, "and" or "or" and a capitalised word.
func listNext(ws []word, j int) bool {
	return j+1 < len(ws) && (ws[j].Text == "," || ws[j].Lower == "and" || ws[j].Lower == "or") && ws[j+1].Cap && !ws[j+1].Punct
}

// regionAfter reports whether a comma and a country or place the lexicons know follow the
// name ending before word j ("Tyler, Texas", "Reading, Berkshire"): the name is a place's,
// even when it is also a given name or an English word.
func (dt *detector) regionAfter(ws []word, j int) bool {
	if j+1 >= len(ws) || ws[j].Text != "," {
		return false
	}
	m, ok := dt.lexMatch(ws, j+1)
	return ok && (m.Class == schema.Place || m.Class == schema.Country) && m.Kind == mName
}

// placeApposition reports whether the name ending before word j is given an apposition
// headed by a place noun, after a comma or a spaced dash: "Arica, a port city near Lima",
// "X, the small town where", "X - a town in Y -"; or a distance from a place ("X, some 40
// km north of Y").
func placeApposition(ws []word, j int) bool {
	if d := distanceAt(ws, j); d >= 0 && d < len(ws) && (ws[d].in(hotCompass) || ws[d].Lower == "from") {
		return true // "X, some 40 km north of Y": a place
	}
	if directedRegion(ws, j) {
		return true // "X, central northern Y,": a place in Y
	}
	if j+2 >= len(ws) || ws[j].Text != "," && !spacedDash(ws, j) || ws[j+1].Lower != "a" && ws[j+1].Lower != "an" && ws[j+1].Lower != "the" {
		return false
	}
	for k := j + 2; k < len(ws) && k < j+5; k++ {
		w := ws[k]
		if w.Cap || w.Punct {
			return false
		}
		if w.in(hotPlaceNounCues) && w.Lower != "area" || capitalNouns[w.Lower] && k+1 < len(ws) && ws[k+1].Lower == "of" {
			return k+1 >= len(ws) || !notPlaceAfterCue[ws[k+1].Lower] // not "a city council"; "X, the capital of Y"
		}
	}
	return false
}

// directedRegion reports whether words[j:] are a comma, one or two lower-case directions
// and a name closed by a comma or the sentence's end (", central northern Kenya,"): an
// apposition that places the name before it, which a person's name never takes.
func directedRegion(ws []word, j int) bool {
	if j >= len(ws) || ws[j].Text != "," {
		return false
	}
	k := j + 1
	for k < len(ws) && k < j+3 && !ws[k].Cap && contains(placeDirections, ws[k].Lower) {
		k++
	}
	if k == j+1 || k >= len(ws) || !ws[k].Cap || ws[k].Punct {
		return false
	}
	e := k + 1
	for e < len(ws) && e < k+3 && ws[e].Cap && !ws[e].Punct {
		e++
	}
	if e+1 < len(ws) && ws[e].Text == "," && reportingVerbs[ws[e+1].Lower] {
		return false // "X, northern Kenya, said": a speaker from the region, whatever X is
	}
	return e == len(ws) || ws[e].Text == "," || ws[e].Text == "."
}

// spacedDash reports whether word j is a dash set off by spaces ("X - a town in Y -"),
// which opens an apposition as a comma does; a hyphen inside a word does not.
func spacedDash(ws []word, j int) bool {
	return j > 0 && j+1 < len(ws) && ws[j].Text == "-" && ws[j].Start > ws[j-1].End && ws[j+1].Start > ws[j].End
}

// notPlaceAfterCue are nouns that make a place noun before them a modifier: "a city
// council", "the town hall".
var notPlaceAfterCue = wordSet("notPlaceAfterCue")

// placeNounCues are lower-case nouns next to a place's name ("the town of Zabadani", "the
// island Crete", "Idlib province").
var placeNounCues = wordSet("placeNounCues")

// eventWords make a capitalised phrase an event, not an entity ("Operation Peace Spring").
var eventWords = wordSet("eventWords")

// placePreps precede a place.
var placePreps = wordSet("placePreps")

// startsLexCountry reports whether a country or demonym starts at words[j] (a name does not
// run on into "Iran" in "Tehran Iran").
func (dt *detector) startsLexCountry(ws []word, j int) bool {
	e, ok := dt.lex.lookup(ws[j].Key)
	return ok && (e.Kind == kindCountry || e.Kind == kindDemonym) && !(j+1 < len(ws) && ws[j+1].Cap)
}

func anyCap(ws []word) bool {
	for _, w := range ws {
		if w.Cap || w.Upper {
			return true
		}
	}
	return false
}

func allAlpha(ws []word) bool {
	for _, w := range ws {
		for _, r := range w.Text {
			if !unicode.IsLetter(r) && r != '.' && r != '\'' {
				return false
			}
		}
		if w.Upper && len(w.Key) > 1 {
			return false
		}
	}
	return true
}

// hasDigit reports whether s has a digit.
func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

func isDigitWord(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// join writes words back as text: hyphenated parts glued, "'s" attached.
func join(ws []word) string {
	var b strings.Builder
	for k, w := range ws {
		if k > 0 && !w.Hyph && w.Text != "'s" && w.Text != "," && !(w.Text == "'" && pluralPossessive(ws, k)) {
			b.WriteByte(' ')
		}
		if w.Hyph && k > 0 {
			b.WriteByte('-')
		}
		b.WriteString(w.Text)
	}
	return b.String()
}

// linkedNameEnd returns the end of a name [i, j) that goes on through the link at words[j],
// or j: an elided particle glued to a person's last name ("Oren Tamsu d'Arvel"; not "Cote
// d'Azur"), a linking particle between hyphens ("Jaish-e-Velkan", "Tehrik-i-Orvan"), or a
// saint's possessive before the head of a building or body ("St Olaf's Palace").
func (dt *detector) linkedNameEnd(ws []word, i, j int) int {
	w := ws[j]
	switch {
	case j > i && ws[j-1].Cap && elidedParticle(w.Text) && (dt.lex.firstNames[ws[i].Key] || dt.lex.givenNames[ws[i].Key]):
		return j + 1
	case w.Hyph && j > i && ws[j-1].Cap && hyphenParticles[w.Lower] && j+1 < len(ws) && ws[j+1].Hyph && ws[j+1].Cap:
		return j + 2
	case w.Key == "s" && saintPossessive(ws, i, j):
		return j + 1
	}
	return j
}

// saintPossessive reports whether the possessive "'s" at words[j] is inside the name of a
// place or body named after a saint (data/words.txt saintWords): "St Olaf's Palace",
// "Saint Brede's Hospital". The span so far is the saint's word and one capitalised name,
// and a capitalised head of a facility, place or body follows.
func saintPossessive(ws []word, i, j int) bool {
	if j != i+2 || ws[j].Hyph || !saintWords[ws[i].Key] || !ws[j-1].Cap || ws[j-1].Punct || j+1 >= len(ws) || !ws[j+1].Cap {
		return false
	}
	h := ws[j+1].Key
	return facilityHeads[h] || placeHeads[h] || orgHeads[h]
}

// saintWords start the names of places and bodies named after a saint ("St", "Saint").
var saintWords = wordSet("saintWords")

// pluralPossessive reports whether words[k] is the apostrophe of a plural possessive
// inside a name: "Workers' Party".
func pluralPossessive(ws []word, k int) bool {
	if ws[k].Text != "'" || k == 0 || ws[k-1].Punct || !strings.HasSuffix(ws[k-1].Lower, "s") || k+1 >= len(ws) || !ws[k+1].Cap {
		return false
	}
	// Only before the head of a body or place: "Elvis' Wooden Heart" is a possessive.
	for n := k + 1; n < len(ws) && n <= k+3 && ws[n].Cap; n++ {
		if orgHeads[ws[n].Key] || placeHeads[ws[n].Key] {
			return true
		}
	}
	return false
}

func allTitleWords(ws []word) bool {
	for _, w := range ws {
		if !isTitleWord(w.Key) && !titleLex().modifiers[w.Lower] {
			return false
		}
	}
	return true
}

// joinName is join with the dot of an initial kept ("Stephen J. Blank").
func joinName(ws []word) string {
	var b strings.Builder
	for k, w := range ws {
		if w.Text == "." {
			b.WriteByte('.')
			continue
		}
		if k > 0 && !w.Hyph && w.Text != "'s" && w.Text != "," && !(w.Text == "'" && pluralPossessive(ws, k)) {
			b.WriteByte(' ')
		}
		if w.Hyph && k > 0 {
			b.WriteByte('-')
		}
		b.WriteString(w.Text)
	}
	return b.String()
}

// stateBodyAfter reads a state body named by the demonym or the country (or its
// possessive) just detected, in lower case: "the Syrian army", "the Russian military",
// "Serbia's interior ministry" (but not "Russian military intervention").
func (dt *detector) stateBodyAfter(ws []word, ms []mention) (mention, bool) {
	if len(ms) == 0 {
		return mention{}, false
	}
	d := ms[len(ms)-1]
	if d.Kind != mDemonym && !(d.Class == schema.Country && d.Kind == mName) {
		return mention{}, false
	}
	if ws[d.Start].Hyph || d.End < len(ws) && ws[d.End].Hyph {
		return mention{}, false // "Iranian-Russian military effort"
	}
	i := d.End
	if d.Class == schema.Country && d.Kind == mName && i+1 < len(ws) && ws[i].Key == "s" && !ws[i].Hyph && !ws[i+1].Cap {
		i++ // "Serbia's interior ministry", "Colombia's army"
	}
	for _, n := range []int{2, 1} {
		if i+n > len(ws) {
			continue
		}
		if k, ok := dt.lexMatch(ws, i); ok && k.End > i+n {
			return mention{}, false // a longer known name: "Iranian Army of the Guardians ..."
		}
		key := ""
		for k := i; k < i+n; k++ {
			if k > i {
				key += " "
			}
			key += ws[k].Key
		}
		if !stateBodies[key] {
			continue
		}
		if e := i + n; e < len(ws) && !ws[e].Punct && !ws[e].Cap && !followsBody[ws[e].Lower] && nounLike(ws[e].Lower) {
			continue // an adjective: "military intervention"
		}
		m := mention{Start: d.Start, End: i + n, Text: join(ws[d.Start : i+n]), Class: schema.Organization, Kind: mName, Country: d.Canon}
		if armedWords[key] {
			m.Canon = dt.armedForces(d.Canon)
		}
		return m, true
	}
	return mention{}, false
}

// nounLike guesses whether a lower-case word is a noun that a state-body word modifies.
func nounLike(w string) bool {
	if adjUse[w] {
		return true
	}
	for _, suf := range nounSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 4 && !followsBody[w]
}

var adjUse = wordSet("adjUse")

// nounSuffixes end lower-case words that are most often nouns.
var nounSuffixes = phraseList("nounSuffixes")

// followsBody are words that may follow a state body used as a noun.
var followsBody = wordSet("followsBody")

// armedWords after a country's name or demonym name its armed forces.
var armedWords = phraseSet("armedWords")

// armedForces returns the canonical name of a country's armed forces.
func (dt *detector) armedForces(country string) string {
	if strings.Contains(country, " ") || dt.lex.demonymOf[country] == "" {
		return country + " Armed Forces"
	}
	return dt.lex.demonymOf[country] + " Armed Forces"
}

// oneWord reports whether a span is one hyphenated word.
func oneWord(ws []word) bool {
	for _, w := range ws[1:] {
		if !w.Hyph {
			return false
		}
	}
	return true
}

func anyParticle(ws []word) bool {
	for _, w := range ws {
		if w.in(hotParticles) {
			return true
		}
	}
	return false
}

func anyOrgHead(ws []word) bool {
	for _, w := range ws {
		if orgHeads[w.Key] {
			return true
		}
	}
	return false
}

// Names the lexicons lack, typed from what the document says of them: a capitalised name
// followed by an indefinite description whose head is a kind of body ("Kestrel Dynamics,
// a German engineering company, said"), a name of two or more words without a given name
// that "said it would" or "said its" (a person says "he", a one-word name may be a
// surname: "Smith said it was hard"), or a name after "shares in" or "a stake in" is a body's
// name wherever the document writes it, unless it starts with a given name (or, for one
// word, the document also writes it in lower case).

// bodyDescriptionHeads are the head nouns of descriptions that make the name before them
// a body's.
var bodyDescriptionHeads = wordSet("bodyDescriptionHeads")

// descriptionEnds may follow the head noun of a description.
var descriptionEnds = wordSet("descriptionEnds")

// bodyEvidence adds to bodies the keys of the capitalised names of sentence ws that it
// describes as bodies.
func bodyEvidence(ws []word, bodies map[string]bool) {
	for i := 0; i < len(ws); i++ {
		if !ws[i].Cap || ws[i].Punct || i > 0 && (ws[i-1].Cap && !ws[i-1].Punct || ws[i-1].Key == "s" && !acquiredName(ws, i, i+1)) {
			continue // inside a longer name: "Association of Children's Hospices"
		}
		j := i
		for j < len(ws) && (ws[j].Cap || ws[j].Hyph) && !ws[j].Punct {
			j++
		}
		if j-i < 2 && (ws[i].Upper || len(ws[i].Key) < 3) {
			continue // an acronym is typed by resolution
		}
		if describedAsBody(ws, j) || j-i >= 2 && saysIt(ws, j) && !anyGivenName(ws[i:j]) || i >= 2 && (ws[i-2].Lower == "shares" || ws[i-2].Lower == "stake") && ws[i-1].Lower == "in" && !anyHyph(ws[i:j]) {
			bodies[schema.NameKey(joinName(ws[i:j]))] = true
		}
		if j-i >= 2 && dealPartner(ws, i) || j-i == 1 && acquiredName(ws, i, j) && !anyHyph(ws[i:j]) {
			bodies[schema.NameKey(joinName(ws[i:j]))] = true // "a takeover by Kenya's Velka Orsk"
		}
		if j-i >= 2 && j < len(ws) && bodyNounsAfter[ws[j].Lower] {
			bodies[schema.NameKey(joinName(ws[i:j]))] = true // "its Velka Orsk subsidiary", "Velka Orsk shareholders"
		}
		if j-i >= 2 && j+1 < len(ws) && ws[j].Lower == "star" && ws[j+1].Cap && strings.HasSuffix(ws[j-1].Lower, "s") && len(ws[j-1].Lower) > 3 {
			bodies[schema.NameKey(joinName(ws[i:j]))] = true // "Velka Mondays star Bakari": a band's
		}
		i = j - 1
	}
}

// dealPartner reports whether the name at words[i] is the partner of a deal only a
// company makes: after "takeover by", "merger with", "buyout by" or "bid from", with a
// country's possessive between ("a takeover by Kenya's Velka Orsk").
func dealPartner(ws []word, i int) bool {
	k := i - 1
	if k >= 2 && ws[k].Key == "s" && ws[k-1].Cap {
		k -= 2
	}
	return k >= 1 && (ws[k].Lower == "by" || ws[k].Lower == "with" || ws[k].Lower == "from") && dealNouns[ws[k-1].Lower]
}

// acquiredName reports whether the one-word name at words[i] is what a verb of buying a
// company bought, directly or after "all of" and a country's possessive ("has bought all
// of Kenya's Velkoran", "acquired Tarnex"): a firm, however unknown its name; not the
// first of two names joined by "and" ("acquired Orvan and Tesk"), nor the start of a
// longer name after a possessive or a comma.
func acquiredName(ws []word, i, j int) bool {
	if j < len(ws) && (ws[j].Lower == "and" || ws[j].Text == "&") || j+1 < len(ws) && (ws[j].Key == "s" || ws[j].Text == ",") && ws[j+1].Cap && !ws[j+1].Punct {
		return false // "purchased Orvan's Garden Inc", "acquired Tesk, Orvan and Dane": part of a longer name
	}
	k := i - 1
	if k >= 2 && ws[k].Key == "s" && ws[k-1].Cap {
		k -= 2
	}
	if k >= 2 && ws[k].Lower == "of" && ws[k-1].Lower == "all" {
		k -= 2
	}
	return k >= 0 && acquireVerbs[ws[k].Lower]
}

// dealNouns are deals only companies make; acquireVerbs buy a company (data/words.txt).
var (
	dealNouns    = wordSet("dealNouns")
	acquireVerbs = wordSet("acquireVerbs")
)

// bodyNounsAfter are lower-case nouns that, straight after a name, make it a company's.
var bodyNounsAfter = wordSet("bodyNounsAfter")

// sharesInList records the names of a list after "shares in" or "stake in" and a few
// describing words ("shares in Kisumu bus operators Velka Lines, Orsk Group and Tamsu
// Travel"): every one is a company, not only the first, whatever its first word (only
// a company has shares).
func sharesInList(ws []word, companies map[string]string) {
	for k := 2; k < len(ws); k++ {
		if ws[k-1].Lower != "in" || ws[k-2].Lower != "shares" && ws[k-2].Lower != "stake" {
			continue
		}
		for n := 0; n < 4 && k+1 < len(ws) && !ws[k].Punct && (!ws[k].Cap || !ws[k+1].Cap); n++ {
			k++ // the describing words: "British casino operators"
		}
		for k < len(ws) && ws[k].Cap && !ws[k].Punct {
			e := k
			for e < len(ws) && ws[e].Cap && !ws[e].Punct && !ws[e].Hyph {
				e++
			}
			if e-k >= 2 && !(e < len(ws) && ws[e].Key == "s") {
				companies[schema.NameKey(joinName(ws[k:e]))] = joinName(ws[k:e])
			}
			if e+1 >= len(ws) || ws[e].Text != "," && ws[e].Lower != "and" {
				break
			}
			k = e + 1
			if ws[k].Lower == "and" {
				k++
			}
		}
	}
}

// companyEvidence records the capitalised names of two or more words that end in a company
// suffix ("Halvard Marine Co", "Ostrow Steel Corp"): the document may go on to write them
// without it ("Halvard Marine"), which is the same company, not a person.
func companyEvidence(ws []word, companies map[string]string) {
	for i := 0; i < len(ws); i++ {
		if !ws[i].Cap || ws[i].Punct || i > 0 && ws[i-1].Cap && !ws[i-1].Punct {
			continue
		}
		j := i
		for j < len(ws) && (ws[j].Cap || ws[j].Hyph) && !ws[j].Punct {
			j++
		}
		if j-i >= 3 && companySuffixes[ws[j-1].Key] {
			companies[schema.NameKey(joinName(ws[i:j-1]))] = joinName(ws[i:j])
		} else if j-i >= 2 && i >= 2 && ws[i-1].Text == "(" && j < len(ws) && ws[j].Text == ")" && companySuffixes[ws[i-2].Key] {
			companies[schema.NameKey(joinName(ws[i:j]))] = joinName(ws[i:j]) // "Velka Home Loan Corporation (Orsk Mac)": its short name
		} else if j-i >= 2 && (suffixAfter(ws, j) || tickerAround(ws, i, j)) {
			companies[schema.NameKey(joinName(ws[i:j]))] = joinName(ws[i:j])
		}
		i = j - 1
	}
}

// legislatureThenPair reports whether words [i, j) are a legislature's bare name ("House
// of Representatives", "Senate") and words j.. two or three capitalised words with no
// body's head word among them, a member's name: "House of Representatives Ana Ruiz", not
// "House of Representatives Armed Services Committee".
func legislatureThenPair(ws []word, i, j int) bool {
	if j-i > 4 || ws[j].Hyph {
		return false
	}
	k := j
	for k < len(ws) && ws[k].Cap && !ws[k].Punct && !ws[k].Upper {
		k++
	}
	// The pair's shape before the legislature's key is made.
	return k-j >= 2 && k-j <= 3 && !anyOrgHead(ws[j:k]) && allAlpha(ws[j:k]) && !(k < len(ws) && ws[k].Key == "s") &&
		len(legislatureLex[schema.NameKey(joinName(ws[i:j]))]) != 0
}

// suffixAfter reports whether a company suffix follows the name ending before words[j]
// across a bracketed holding word or a partnership's "and Co" ("Velka (Holdings) Ltd",
// "Orsk Brothers and Co Inc"): the name is the company's.
func suffixAfter(ws []word, j int) bool {
	switch {
	case j+3 < len(ws) && ws[j].Text == "(" && ws[j+1].Cap && companySuffixes[ws[j+1].Key] && ws[j+2].Text == ")":
		j += 3
	case j+2 < len(ws) && (ws[j].Lower == "and" || ws[j].Text == "&") && ws[j+1].Key == "co":
		j += 2
	default:
		return false
	}
	return j < len(ws) && ws[j].Cap && companySuffixes[ws[j].Key]
}

// tickerAround reports whether the name at words [i, j) is written in angle brackets
// ("<Velka Orsk>") or before a ticker in them ("Velka Orsk <VLKO>"), as wire copy marks
// a listed company.
func tickerAround(ws []word, i, j int) bool {
	if i > 0 && ws[i-1].Text == "<" && j < len(ws) && ws[j].Text == ">" {
		return true
	}
	return j+2 < len(ws) && ws[j].Text == "<" && ws[j+1].Upper && ws[j+2].Text == ">"
}

// eventNameAt skips an event's name at words[i:] ("Operation Peace Spring"): no entity,
// nor any part of it.
func eventNameAt(ws []word, i int, st *detectState) (int, bool) {
	if !ws[i].Cap || !eventStarts[ws[i].Key] || i+1 >= len(ws) || !ws[i+1].Cap || ws[i+1].Hyph {
		return 0, false
	}
	i++
	for i < len(ws) && (ws[i].Cap || ws[i].Hyph) && !ws[i].Punct {
		i++
	}
	st.clearTitle()
	return i, true
}

// partyShortEvidence records the capitalised names of two or three words that end in a
// party's head word (partyNameHeads: "the Velka Party", "the Velka Movement"), by the
// words before the head: the document may go on to write the party so before a party
// title ("Velka MP X"). A short form two names share is recorded empty.
func partyShortEvidence(ws []word, shorts map[string]string) {
	for i := 0; i < len(ws); i++ {
		if !ws[i].Cap || ws[i].Punct || i > 0 && ws[i-1].Cap && !ws[i-1].Punct {
			continue
		}
		if ws[i].Lower == "the" && i+1 < len(ws) && ws[i+1].Cap && !ws[i+1].Punct {
			i++ // "The Velka Party lost": the article at a sentence's start
		}
		j := i
		for j < len(ws) && ws[j].Cap && !ws[j].Punct && !ws[j].Hyph {
			j++
		}
		if n := j - i; n >= 2 && n <= 3 && partyNameHeads[ws[j-1].Key] {
			key, name := schema.NameKey(joinName(ws[i:j-1])), joinName(ws[i:j])
			if old, ok := shorts[key]; ok && old != name {
				name = ""
			}
			shorts[key] = name
		}
		if j > i {
			i = j - 1
		}
	}
}

// partyNameHeads are the head words of a party's name ("the Velka Party").
var partyNameHeads = wordSet("partyNameHeads")

// partyShortTitles are the titles a party's short form may stand before ("Velka MP X").
var partyShortTitles = wordSet("partyShortTitles")

// partyShortAt reads the short form of a party the document names in full (one word or
// two, partyShortEvidence) before a party title and a name ("Velka MP Amara Odhiambo"
// after "the Velka Party"): a mention of that party. Not a word the document writes in
// lower case, a given name or a name of the lexicons.
func (dt *detector) partyShortAt(ws []word, i int, st *detectState) (int, bool) {
	if len(dt.partyShorts) == 0 || !ws[i].Cap || ws[i].Upper || i > 0 && ws[i-1].Cap && !ws[i-1].Punct {
		return 0, false
	}
	for e := i + 1; e <= i+2 && e+1 < len(ws); e++ {
		if !ws[e-1].Cap || ws[e-1].Punct || ws[e-1].Hyph {
			return 0, false
		}
		if !partyShortTitles[ws[e].Lower] || !ws[e+1].Cap || ws[e+1].Punct {
			continue // the shape before the name's key is made
		}
		key := schema.NameKey(joinName(ws[i:e]))
		name := dt.partyShorts[key]
		if name == "" || dt.lower[ws[i].Key] || dt.lex.firstNames[ws[i].Key] || dt.inLexicon(key) {
			continue
		}
		st.ms = append(st.ms, mention{Start: i, End: e, Text: join(ws[i:e]), Class: schema.Organization, Kind: mName, Canon: name})
		return e, true
	}
	return 0, false
}

// describedAsBody reports whether words[j:] are ", a|an|the" and up to four modifiers
// before a head of bodyDescriptionHeads that ends the description, or ", one of the" and
// modifiers before such a head in the plural ("one of the largest firms in Chile").
func describedAsBody(ws []word, j int) bool {
	if j+2 >= len(ws) || ws[j].Text != "," {
		return false
	}
	heads, k := bodyDescriptionHeads, j+2
	switch {
	case ws[j+1].Lower == "a" || ws[j+1].Lower == "an" || ws[j+1].Lower == "the":
	case ws[j+1].Lower == "one" && j+3 < len(ws) && ws[j+2].Lower == "of" && ws[j+3].Lower == "the":
		heads, k = bodyDescriptionPlurals, j+4
	default:
		return false
	}
	for end := k + 4; k < len(ws) && k <= end; k++ {
		w := ws[k]
		if w.Punct {
			return false
		}
		if partDescriptionHeads[w.Lower] && !w.Cap && k+1 < len(ws) && ws[k+1].Lower == "of" {
			return true // "X, a unit of Y": a company's part
		}
		if w.Lower == "of" {
			return false // the head came before: "X, the head of the agency" is a person
		}
		if heads[w.Lower] && !w.Cap {
			return k+1 == len(ws) || ws[k+1].Punct && ws[k+1].Key != "s" || descriptionEnds[ws[k+1].Lower]
		}
	}
	return false
}

// partDescriptionHeads: see data/words.txt.
var partDescriptionHeads = wordSet("partDescriptionHeads")

// bodyDescriptionPlurals are the plurals of bodyDescriptionHeads.
var bodyDescriptionPlurals = wordSet("bodyDescriptionPlurals")

// anyHyph reports whether a word of span is glued to the one before it by a hyphen
// ("shares in Anglo-Swedish drug maker X": a modifier, not the name).
func anyHyph(span []word) bool {
	for _, w := range span {
		if w.Hyph {
			return true
		}
	}
	return false
}

// staffDirector reports whether the title t at words[i] is a director of one field of a
// body, after a lower-case noun of that field ("the group's anti-piracy director X",
// "campaign director Y"): a member of the body, not its head. A modifier of titles
// ("former", "acting") or of heads ("executive director") before it keeps the head.
func staffDirector(ws []word, i int, t string) bool {
	if !strings.EqualFold(t, "director") || i == 0 {
		return false
	}
	w := ws[i-1]
	if w.Hyph && i >= 2 && (ws[i-2].Cap || headHyphenPrefixes[ws[i-2].Lower]) {
		return false // "long-time director", "newly-appointed director": still the head
	}
	if staffDirectorModifiers[w.Lower] {
		return true // "assistant director", "associate director"
	}
	return !w.Cap && !w.Punct && w.Key != "" && w.Key != "s" && !descriptionStops[w.Lower] && !titleLex().modifiers[w.Lower] && !headDirectorModifiers[w.Lower] &&
		!clauseVerbs[w.Lower] && !copulaWords[w.Lower] && !w.in(hotCommonStarts) && !w.in(hotPrepositions)
}

// headDirectorModifiers before "director" keep it the body's head.
var headDirectorModifiers = wordSet("headDirectorModifiers")

// staffDirectorModifiers before "director" make a staff director though they may modify
// other titles without changing them ("assistant director", "assistant secretary").
var staffDirectorModifiers = wordSet("staffDirectorModifiers")

// headHyphenPrefixes before a hyphen make a modifier of time or manner ("long-time"),
// not a field of the body.
var headHyphenPrefixes = wordSet("headHyphenPrefixes")

// fieldHyphenModifier reports whether form is a hyphenated lower-case modifier that
// names a field of a body ("anti-piracy", "fund-raising", "counter-terrorism"), not one
// of time or manner ("long-time", "newly-appointed") or a title's ("ex-", "vice-").
func fieldHyphenModifier(form string) bool {
	parts := strings.Split(form, "-")
	if len(parts) < 2 || startsUpper(form) || parts[0] == "" || parts[len(parts)-1] == "" {
		return false
	}
	last := strings.ToLower(parts[len(parts)-1])
	return !headHyphenPrefixes[strings.ToLower(parts[0])] && !titleLex().modifiers[last] && !headDirectorModifiers[last]
}

// anyGivenName reports whether a word of span is a given name ("Producer Kevin Wallace").
func anyGivenName(span []word) bool {
	for _, w := range span {
		if lex().firstNames[w.Key] {
			return true
		}
	}
	return false
}

// saysIt reports whether words[j:] are a verb of saying and "it would", "it had", "its":
// "X said it would cut jobs" is said of a body, as a person says "he" or "she".
func saysIt(ws []word, j int) bool {
	if j+2 >= len(ws) || !(ws[j].Lower == "said" || ws[j].Lower == "says" || ws[j].Lower == "announced") {
		return false
	}
	k := j + 1
	if ws[k].Lower == "that" && k+2 < len(ws) {
		k++
	}
	if ws[k].Lower == "its" {
		return true
	}
	return ws[k].Lower == "it" && k+1 < len(ws) && (ws[k+1].Lower == "would" || ws[k+1].Lower == "will" || ws[k+1].Lower == "had" || ws[k+1].Lower == "has" || ws[k+1].Lower == "planned" || ws[k+1].Lower == "expected")
}

// modifierEvidence records the capitalised single words that words puts before a
// lower-case word inside a sentence, as an adjective ("Kashmiri politicians"), and those
// it puts after another capitalised word, as a name's last word ("Ada Lindqvist").
func modifierEvidence(ws []word, modifiers, nameEnds map[string]bool) {
	for k := 1; k < len(ws); k++ {
		w := ws[k]
		if !w.Cap || w.Upper || w.Punct || w.Hyph {
			continue
		}
		if ws[k-1].Cap && !ws[k-1].Punct {
			nameEnds[w.Key] = true
			continue
		}
		if next := ws[min(k+1, len(ws)-1)]; k+1 < len(ws) && !next.Cap && !next.Punct && !next.Hyph && allAlpha(ws[k:k+2]) {
			modifiers[w.Key] = true
		}
	}
}

// peopleWord reports whether the unknown capitalised word w names people or a creed, not a
// place: a creed's word ("Communist", "Islamists", "Maoism"), a plural of a demonym's shape
// ("Alabamians", "Shiites"), or a plural of a known demonym or of an adjective the document
// uses ("Kashmiris" beside "Kashmiri politicians").
func (dt *detector) peopleWord(w word) bool {
	k := w.Key
	if w.Upper || len(k) < 5 || strings.ContainsAny(k, " -") || dt.nameEnds[k] {
		return false // "Lindqvist" after "Ada Lindqvist" is a surname
	}
	for suf := range peopleSuffixes {
		if strings.HasSuffix(k, suf) {
			return true
		}
	}
	if !strings.HasSuffix(k, "s") {
		return false
	}
	stem := k[:len(k)-1]
	if e, ok := dt.lex.lookup(stem); ok {
		return e.Kind == kindDemonym
	}
	return (strings.HasSuffix(stem, "i") || strings.HasSuffix(stem, "an")) && dt.modifiers[stem]
}

// peopleSuffixes end words for the followers of a creed and plurals of demonyms.
var peopleSuffixes = wordSet("peopleSuffixes")

// commonWords reports whether each word of span is a capitalised common word the document
// also writes in lower case, none a given name, title, head word, direction or month: before a country's name they make the name of a work ("Good Morning Britain").
func (dt *detector) commonWords(span []word) bool {
	for _, w := range span {
		if w.Upper || w.Punct || w.Hyph || !dt.lower[w.Key] || dt.lex.firstNames[w.Key] || isTitleWord(w.Key) ||
			orgHeads[w.Key] || placeHeads[w.Key] || directions[w.Key] || months[w.Key] || particles[w.Key] {
			return false
		}
	}
	return true
}

// ownName reports whether a body's name has a word of its own besides head words and
// common ones ("Tata Motors", "Tsinghua University"; not "National Bank"): after a
// country's possessive, such a name stands without the country.
func (dt *detector) ownName(span []word) bool {
	for _, w := range span {
		if w.Cap && !w.Punct && !orgHeads[w.Key] && !notPersonFirst[w.Key] && !dt.lower[w.Key] && !companySuffixes[w.Key] {
			return true
		}
	}
	return false
}

// coinedWord reports whether a state body's name has a capitalised word that is no English
// word of commonwords.txt, no head word and no country's ("Lumo" of "Lumo Water Agency"):
// such a name is its own after a country's possessive, unlike "Russia's Defence Ministry".
func (dt *detector) coinedWord(span []word) bool {
	for _, w := range span {
		if w.Cap && !w.Punct && !w.Upper && !orgHeads[w.Key] && !dt.lex.common[w.Key] && !isTitleWord(w.Key) {
			return true
		}
	}
	return false
}

// titleThenName reports whether a title at words[k] stands right before a capitalised
// name ("leader Y", "deputy leader Y", "chief whip Y").
func titleThenName(ws []word, k int) bool {
	_, n, _ := matchTitle(ws, k)
	return n > 0 && k+n < len(ws) && ws[k+n].Cap && !ws[k+n].Punct
}

// postThenName reports whether a title and a name start at words[k], the title perhaps
// after lower-case modifiers, portfolios and titles of rank ("leader Y", "deputy leader
// Y", "health spokesman Y", "former deputy leader Y").
func postThenName(ws []word, k int) bool {
	for j := k; j < len(ws) && j < k+4; j++ {
		if titleThenName(ws, j) {
			return true
		}
		w := ws[j]
		_, rank := titleLex().titles[w.Key]
		if w.Cap || w.Punct || w.Hyph || !(titleLex().modifiers[w.Lower] || titleLex().portfolios[w.Key] || rank) {
			return false
		}
	}
	return false
}

// capitalAppositive reports whether the name at words[i] follows a country's capital noun,
// directly or in apposition ("the Tanzanian capital Lomara", "Tanzania's capital, Lomara,",
// "the capital, Lomara, was calm", "marched in the capital Lomara", "the capital city
// Lomara"), or is what a capital is the capital of ("the capital of Tarvos"); not the money
// of "the capital Growmark is owed": with no comma, "the capital" must follow a preposition
// of place.
func capitalAppositive(ws []word, i int) bool {
	k := i - 1
	if k > 1 && ws[k].Lower == "of" && capitalNouns[ws[k-1].Lower] && ws[k-2].Lower == "the" {
		return true // "X, the capital of Surigao del Sur": a region
	}
	if k > 0 && ws[k].Text == "," {
		k--
	}
	if k > 1 && ws[k].Lower == "city" && capitalNouns[ws[k-1].Lower] {
		k-- // "the capital city Lomara"
	}
	if k < 1 || !capitalNouns[ws[k].Lower] {
		return false
	}
	before := ws[k-1]
	located := k > 1 && before.Lower == "the" && ws[k-2].in(hotPlacePreps) // "marched in the capital Lomara"; not "how much of the capital X is owed"
	return before.Key == "s" && !before.Hyph || before.Cap && !before.Punct || before.Lower == "the" && (k < i-1 || located)
}

// countryNamedHeads are the head words of papers and carriers named with a country's name.
var countryNamedHeads = wordSet("countryNamedHeads")

// anyTitleAt reports whether a title lies inside words[i:j] ("Texas State Senator X"; not
// "Party" of "Michigan Taxpayers Party chairman X", a title only with the word after).
func anyTitleAt(ws []word, i, j int) bool {
	for k := i; k < j; k++ {
		if _, n, _ := matchTitle(ws, k); n > 0 && k+n <= j {
			return true
		}
	}
	return false
}

// nameGoesOn reports whether "of" or "for", and a capitalised word (after "the" or not),
// at words[k] go on with a body's name ("... Center for Investigative Journalism",
// "... School for the Deaf").
func nameGoesOn(ws []word, k int) bool {
	if k+1 >= len(ws) || ws[k].Lower != "of" && ws[k].Lower != "for" {
		return false
	}
	if ws[k+1].Lower == "the" {
		k++
	}
	return k+1 < len(ws) && ws[k+1].Cap && !ws[k+1].Punct
}

// particleRunEnd returns the end of two particles after a name's first word and before a
// capitalised one ("de la", "van der", "von der"), or j when ws[j:] is no such run.
func particleRunEnd(ws []word, j int) int {
	if j+2 < len(ws) && !ws[j].Cap && !ws[j+1].Cap && ws[j+2].Cap && !ws[j+2].Punct &&
		ws[j].in(hotParticles) && ws[j+1].in(hotParticles) &&
		!englishParticles[ws[j].Lower] && !englishParticles[ws[j+1].Lower] && ws[j-1].Cap {
		return j + 2
	}
	return j
}

// siteName reports whether the name ws[i:j] stands between a preposition of place
// with a possessive determiner and a lower-case noun of a site ("in his Tarsa
// headquarters", "at their Velka base"): the name is the site's place.
// An adjective there names no place ("his Parliamentary office").
func (dt *detector) siteName(ws []word, i, j int) bool {
	k := ws[i].Key
	return i > 1 && possessiveDeterminers[ws[i-1].Lower] && placePrepBefore(ws, i-1) && j < len(ws) && !ws[j].Cap && siteHeadNouns[ws[j].Lower] &&
		!dt.lex.common[k] && !notPersonFirst[k] && !adjectiveForm(ws[i].Lower)
}

// adjectiveForm reports whether a capitalised word has the ending of an adjective
// ("Parliamentary", "European", "Congolese"), which names no site's place.
func adjectiveForm(w string) bool {
	for _, suf := range adjectiveEndings {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var (
	adjectiveEndings      = phraseList("adjectiveEndings")
	possessiveDeterminers = wordSet("possessiveDeterminers")
	siteHeadNouns         = wordSet("siteHeadNouns")
)

// placePrepBefore reports whether a preposition of place stands before word i ("in X",
// "near X"), also a compass point with "of" ("20 km north of X") and "reached X".
func placePrepBefore(ws []word, i int) bool {
	if i > 1 && ws[i-1].Lower == "to" && (ws[i-2].Lower == "according" || personToWords[ws[i-2].Lower]) {
		return false // "according to X": a source, no destination; "loyal to X": a person or a body
	}
	return i > 0 && (ws[i-1].in(hotPlacePreps) || i > 1 && ws[i-1].Lower == "of" && ws[i-2].in(hotCompass) ||
		placeVerbForms[ws[i-1].Lower])
}

// placeVerbForms take a place as their object, whatever its length ("reached X");
// visitForms a single unknown word as a place, unless resolution finds it a person's
// surname ("visited Kigoma", "toured Kigoma"; data/words.txt).
var (
	placeVerbForms = wordSet("placeVerbForms")
	visitForms     = wordSet("visitForms")
	personToWords  = wordSet("personToWords")
	titleOpeners   = wordSet("titleOpeners")
)

// dropNameParens drops the parentheses around a given name written inside a titled name
// ("President (Juma) Tembo said"): the name is then one person, "Juma Tembo", with the
// title's facts, not a "Tembo" beside a stray "Juma". Only a single known given name
// between a title and a capitalised word is read so; a parenthesised acronym or place
// ("the Velka Movement (VM) said", "Tembo (Zambia)") keeps its parentheses.
func dropNameParens(ws []word) []word {
	out := ws[:0]
	for i := 0; i < len(ws); i++ {
		if ws[i].Text == "(" && i > 0 && i+3 < len(ws) && ws[i+2].Text == ")" && titleish(ws[i-1]) &&
			ws[i+1].Cap && !ws[i+1].Punct && !ws[i+1].Upper && lex().firstNames[ws[i+1].Key] &&
			ws[i+3].Cap && !ws[i+3].Punct && !ws[i+3].Upper {
			out = append(out, ws[i+1])
			i += 2
			continue
		}
		out = append(out, ws[i])
	}
	return out
}
