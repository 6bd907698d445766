package loader

import (
	"bufio"
	"embed"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/schema"
)

// The lexicons are built by data/gen.py from the open sources in data/NOTICE, plus the
// hand-written data/actors.tsv. They are parsed once, on first use.
//
//go:embed data/countries.tsv data/formerstates.tsv data/places.tsv data/places-phoenix.tsv data/regions.tsv data/territories.tsv data/actors.tsv data/armed.tsv data/orgs.txt data/firstnames.txt
//go:embed data/triggers.tsv data/triggers-cameo.tsv data/titles.tsv data/parties.tsv data/genders.tsv data/commonwords.txt
//go:embed data/forces.tsv data/stances.tsv data/modality.tsv data/designations.tsv data/games.tsv data/legislatures.tsv data/partytags.tsv
var lexiconFS embed.FS

// entryKind says what a lexicon phrase names.
type entryKind uint8

const (
	kindCountry entryKind = iota + 1 // a country's name or alias
	kindDemonym                      // a country's demonym ("Iranian", "Iranians")
	kindCapital                      // a country's capital: a Place, or the country as an actor
	kindPlace                        // a city, region or geographic feature
	kindActor                        // a known organisation or place with its aliases
)

// lexEntry is what a phrase of the lexicon stands for.
type lexEntry struct {
	Name    string       // canonical name of the entity
	Class   schema.Class // its class
	Kind    entryKind
	Country string // kindDemonym, kindCapital, kindPlace: the country's canonical name
}

// lexicon maps phrases, keyed by schema.NameKey, to what they name.
type lexicon struct {
	phrases        map[string]lexEntry
	maxWords       int                 // longest phrase, in words
	prefixes       map[string]bool     // every X such that some phrase key begins with X + " "
	firstNames     map[string]bool     // lower-case given names
	orgNames       map[string]bool     // keys of organisation names known only as a class hint
	demonymOf      map[string]string   // country canonical name -> its main demonym
	aliases        map[string][]string // canonical name -> every alias of a known actor or country
	regions        map[string]bool     // names of a federal state's first-level divisions (regions.tsv)
	common         map[string]bool     // lower-case English words (commonwords.txt, from UD English EWT)
	givenNames     map[string]bool     // more given names, of genders.tsv (addGivenNames)
	armed          map[string]bool     // canonical names of the armed non-state groups of armed.tsv
	upperOnly      map[string]bool     // keys of armed.tsv acronyms, which match only in capitals ("UNITA", not "Unita County")
	formerCapitals map[string]string   // key of a present-day capital -> the state of the past it was the capital of (formerstates.tsv)
	armedKeys      map[string]bool     // keys that only armed.tsv gives
	// namePrefixes are the prefixes of the phrases other than armedKeys: a word that opens
	// one ends the name before it ("Department of Health and Human Services" goes on, not
	// before a known name); the many groups of armed.tsv ("Social Resistance") would end
	// names at common words.
	namePrefixes map[string]bool
}

// lex returns the embedded lexicon, parsed on first use.
var lex = sync.OnceValue(buildLexicon)

func buildLexicon() *lexicon {
	l := &lexicon{
		phrases:        make(map[string]lexEntry, 16000),
		prefixes:       make(map[string]bool, 16000),
		firstNames:     make(map[string]bool, 2100),
		orgNames:       make(map[string]bool, 8200),
		demonymOf:      make(map[string]string, 250),
		aliases:        make(map[string][]string, 400),
		regions:        make(map[string]bool, 110),
		common:         make(map[string]bool, 6300),
		givenNames:     make(map[string]bool, 8000),
		armed:          make(map[string]bool, 900),
		upperOnly:      make(map[string]bool, 60),
		formerCapitals: make(map[string]string, 16),
		armedKeys:      make(map[string]bool, 1500),
	}
	// Lower priority first: later additions overwrite earlier ones.
	eachLine("data/firstnames.txt", func(f []string) { l.firstNames[f[0]] = true })
	eachLine("data/orgs.txt", func(f []string) {
		if k := schema.NameKey(f[0]); !l.personLike(k) {
			l.orgNames[k] = true
		}
	})
	eachLine("data/places-phoenix.tsv", func(f []string) {
		if len(f) >= 2 {
			l.add(f[0], lexEntry{Name: f[0], Class: schema.Place, Kind: kindPlace, Country: f[1]})
		}
	})
	eachLine("data/places.tsv", func(f []string) {
		if len(f) >= 2 {
			l.add(f[0], lexEntry{Name: f[0], Class: schema.Place, Kind: kindPlace, Country: f[1]})
		}
	})
	eachLine("data/territories.tsv", func(f []string) { // "Hong Kong", "Puerto Rico": places of a sovereign state
		if len(f) >= 2 {
			l.add(f[0], lexEntry{Name: f[0], Class: schema.Place, Kind: kindPlace, Country: f[1]})
		}
		if len(f) >= 3 {
			l.addTerritoryWords(f[0], f[1], f[2])
		}
	})
	eachLine("data/regions.tsv", func(f []string) { // "New Mexico", "Rhode Island": not Mexico, not Iceland
		if len(f) >= 2 {
			l.add(f[0], lexEntry{Name: f[0], Class: schema.Place, Kind: kindPlace, Country: f[1]})
			l.regions[f[0]] = true
		}
	})
	eachLine("data/countries.tsv", l.addCountry)
	eachLine("data/formerstates.tsv", func(f []string) { // states of the past: "West German", "Soviet"
		l.addCountry(f)
		if len(f) >= 5 && f[4] != "" {
			l.formerCapitals[schema.NameKey(f[4])] = f[0]
		}
	})
	eachLine("data/actors.tsv", func(f []string) {
		if len(f) < 2 {
			return
		}
		c, err := schema.ParseClass(f[1])
		if err != nil {
			return
		}
		names := []string{f[0]}
		if len(f) > 2 {
			names = append(names, split(f[2])...)
		}
		for _, a := range names {
			l.add(a, lexEntry{Name: f[0], Class: c, Kind: kindActor})
			l.aliases[f[0]] = append(l.aliases[f[0]], a)
		}
	})
	eachLine("data/armed.tsv", l.addArmed)
	l.setNamePrefixes()
	eachLine("data/commonwords.txt", func(f []string) { l.common[f[0]] = true })
	l.addGivenNames()
	return l
}

// addArmed adds a row of armed.tsv: an armed non-state group and its aliases, one
// organisation ("FARC" and "Revolutionary Armed Forces of Colombia"). A phrase that already
// names a country, a place or an actor of actors.tsv keeps it. The
// group's country is no part of the entity: a group is neither its country's ally nor its part.
func (l *lexicon) addArmed(f []string) {
	names := []string{f[0]}
	if len(f) > 1 {
		names = append(names, split(f[1])...)
	}
	for _, a := range names {
		if _, ok := l.phrases[schema.NameKey(a)]; ok {
			continue
		}
		l.add(a, lexEntry{Name: f[0], Class: schema.Organization, Kind: kindActor})
		l.armedKeys[schema.NameKey(a)] = true
		l.aliases[f[0]] = append(l.aliases[f[0]], a)
		if !strings.Contains(a, " ") && a == strings.ToUpper(a) && a != "FARC" { // "Farc" is how British papers write it
			l.upperOnly[schema.NameKey(a)] = true
		}
	}
	l.armed[f[0]] = true
}

// setNamePrefixes fills namePrefixes: the prefixes of the phrases that armed.tsv alone
// does not give.
func (l *lexicon) setNamePrefixes() {
	l.namePrefixes = make(map[string]bool, len(l.prefixes))
	for k := range l.phrases {
		if l.armedKeys[k] {
			continue
		}
		for i := range len(k) {
			if k[i] == ' ' {
				l.namePrefixes[k[:i]] = true
			}
		}
	}
}

// addGivenNames reads the given names of genders.tsv (Moby's lists of first names) that are
// no phrase of the lexicons ("Jordan", "Paris", "Florence"), nor a particle or a word of
// one or two letters ("La Jolla", "El Cajon"): evidence that an unknown
// capitalised pair is a person's name ("Yvette Ashby"), weaker than firstnames.txt, so
// kept apart (some are English words too: "Grant", "Hope", "Rose").
func (l *lexicon) addGivenNames() {
	eachLine("data/genders.tsv", func(f []string) {
		if _, ok := l.phrases[f[0]]; !ok && !l.firstNames[f[0]] && len(f[0]) >= 3 && !particles[f[0]] {
			l.givenNames[f[0]] = true
		}
	})
}

// addCountry adds a row of countries.tsv or formerstates.tsv: a country, its aliases, its
// demonyms and its capitals.
func (l *lexicon) addCountry(f []string) {
	if len(f) < 4 {
		return
	}
	name := f[0]
	for _, c := range split(f[3]) {
		l.add(c, lexEntry{Name: c, Class: schema.Place, Kind: kindCapital, Country: name})
	}
	var dems []string
	for _, d := range split(f[2]) {
		// "Bosnian, Herzegovinian": a country of two parts has a demonym for each.
		for _, part := range strings.Split(d, ", ") {
			if !contains(dems, part) {
				dems = append(dems, part)
			}
		}
	}
	for i, d := range dems {
		if i == 0 || l.demonymOf[name] == "" && !strings.HasSuffix(d, "s") {
			l.demonymOf[name] = d
		}
		l.add(d, lexEntry{Name: name, Class: schema.Country, Kind: kindDemonym, Country: name})
	}
	for _, a := range append([]string{name}, split(f[1])...) {
		l.add(a, lexEntry{Name: name, Class: schema.Country, Kind: kindCountry, Country: name})
		l.aliases[name] = append(l.aliases[name], a)
	}
}

// personLike reports whether an organisation name of the PETRARCH2 dictionaries is a
// person's ("osama bin laden", "ahmed yassin": they list groups' leaders with their
// groups): a given name first, or "bin"/"ibn" inside, and no organisation word.
func (l *lexicon) personLike(key string) bool {
	ws := strings.Fields(key)
	if len(ws) < 2 {
		return false
	}
	person := l.firstNames[ws[0]]
	for _, w := range ws {
		if orgHeads[w] || companySuffixes[w] || groupWords[w] {
			return false
		}
		if w == "bin" || w == "ibn" {
			person = true
		}
	}
	return person
}

// groupWords name armed groups in the PETRARCH2 dictionaries besides orgHeads.
var groupWords = wordSet("groupWords")

func (l *lexicon) add(phrase string, e lexEntry) {
	k := schema.NameKey(phrase)
	if k == "" {
		return
	}
	if strings.HasPrefix(k, "the ") && e.Kind != kindActor {
		k = k[4:]
	}
	l.phrases[k] = e
	if n := strings.Count(k, " ") + 1; n > l.maxWords {
		l.maxWords = n
	}
	for i := range len(k) {
		if k[i] == ' ' {
			l.prefixes[k[:i]] = true
		}
	}
}

// lookup returns the entry of a phrase key.
func (l *lexicon) lookup(key string) (lexEntry, bool) {
	e, ok := l.phrases[key]
	return e, ok
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// eachLine calls fn with the tab-separated fields of every line of an embedded file that
// is neither blank nor a comment.
func eachLine(name string, fn func([]string)) {
	f, err := lexiconFS.Open(name)
	if err != nil {
		return // embedded: cannot happen
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
}

// Hand-written word lists: titles, organisation and place head words, verbs.

// titleRole is what a title says about its holder and the body it belongs to.
type titleRole uint8

const (
	roleMember    titleRole = iota + 1 // holds a post in: memberOf
	roleLeader                         // heads: leads
	roleCommand                        // commands an armed body
	roleAdvisor                        // advises a person
	roleHonorific                      // a form of address that says nothing about a body
)

// The title lexicon, data/titles.tsv: titles, ministers' portfolios, the titles that
// follow a portfolio, and the modifiers that may precede a title.
type titleLexicon struct {
	titles          map[string]titleRole // a title phrase (NameKey form) -> its role; multi-word titles are matched longest first
	portfolios      map[string]bool      // a minister's field after "Minister of"
	portfolioTitles map[string]bool      // titles after a capitalised portfolio or place ("Health Minister", "Kremlin spokesman")
	modifiers       map[string]bool      // "former President", "acting"
	homes           map[string][]string  // a title only some states' governments use -> those states ("foreign secretary")
	states          map[string]string    // a title one state alone uses -> that state ("taoiseach")
	absent          map[string][]string  // a head's title -> states whose government has no such post ("prime minister": United States)
	divisions       map[string][]string  // a title of the head of a state's first-level division -> those states ("premier": Australia)
	lower           map[string]titleRole // a one-word title only when written in lower case ("a Kenyan national"; "National" begins names)
	peerages        map[string]bool      // a royal or noble title that with "of" and a place names its holder ("Prince of Wales")
	capOnly         map[string]bool      // a one-word title only when capitalised ("Major X"; "major Kenyan firms" is an adjective)
}

// territories maps the name key of each dependent territory (data/territories.tsv) to
// its sovereign state.
var territories = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	eachLine("data/territories.tsv", func(f []string) {
		if len(f) >= 2 {
			m[schema.NameKey(f[0])] = f[1]
		}
	})
	return m
})

// partyLex maps a party word (NameKey form) to the parties it may name, each with the
// country whose documents it names it in (data/parties.tsv).
var partyLex = sync.OnceValue(func() map[string][][2]string {
	m := map[string][][2]string{}
	eachLine("data/parties.tsv", func(f []string) {
		if len(f) >= 3 {
			m[f[0]] = append(m[f[0]], [2]string{f[1], f[2]})
		}
	})
	return m
})

var titleLex = sync.OnceValue(func() *titleLexicon {
	l := &titleLexicon{titles: map[string]titleRole{}, portfolios: map[string]bool{}, portfolioTitles: map[string]bool{}, modifiers: map[string]bool{}, homes: map[string][]string{}, states: map[string]string{}, absent: map[string][]string{}, divisions: map[string][]string{}, lower: map[string]titleRole{}, peerages: map[string]bool{}, capOnly: map[string]bool{}}
	roles := map[string]titleRole{"member": roleMember, "leader": roleLeader, "command": roleCommand, "advisor": roleAdvisor, "honorific": roleHonorific}
	eachLine("data/titles.tsv", func(f []string) {
		if len(f) < 3 {
			return
		}
		switch f[0] {
		case "title":
			if r, ok := roles[f[2]]; ok {
				l.titles[f[1]] = r
			}
		case "lower-title":
			if r, ok := roles[f[2]]; ok {
				l.lower[f[1]] = r
			}
		case "portfolio":
			l.portfolios[f[1]] = true
		case "portfolio-title":
			l.portfolioTitles[f[1]] = true
		case "modifier":
			l.modifiers[f[1]] = true
		case "home":
			l.homes[f[1]] = strings.Split(f[2], "|")
		case "absent":
			l.absent[f[1]] = strings.Split(f[2], "|")
		case "state":
			l.states[f[1]] = f[2]
		case "division":
			l.divisions[f[1]] = strings.Split(f[2], "|")
		case "peerage":
			l.peerages[f[1]] = true
		case "cap-title":
			l.capOnly[f[1]] = true
		}
	})
	return l
})

// titleState returns the state a person's title names by itself ("Taoiseach", "former
// Tánaiste": Ireland; data/titles.tsv, kind "state"), or "".
func titleState(title string) string {
	t := " " + schema.NameKey(title)
	for h, c := range titleLex().states {
		if strings.HasSuffix(t, " "+h) {
			return c
		}
	}
	return ""
}

// orgHeads are head words that make a capitalised phrase an organisation.
var orgHeads = wordSet("orgHeads")

// stateBodies are organisation words that, named with a country's demonym or possessive,
// make a state body, part of that country ("the Syrian army", "Iran's parliament").
var stateBodies = phraseSet("stateBodies")

// stateBodyWords are the words any one of which makes an organisation's name that of a state
// body ("Department of Energy", "Supreme Court"), whatever else it says.
var stateBodyWords = wordSet("stateBodyWords")

// placeHeads are head words that make a capitalised phrase a place.
var placeHeads = phraseSet("placeHeads")

// collectives are unnamed groups that act in news and are organisations when they take
// part in a fact ("rebels", "Shia militias"). The value is the canonical name of the group
// family, so "insurgents" and "rebel forces" are one entity.
var collectives = wordPairs("collectives")
