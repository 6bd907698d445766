package loader

import (
	"embed"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/schema"
)

// The lexicon of political people (data/people.tsv, built by data/people.py from PETRARCH2's
// Phoenix.Countries.actors.txt): a person's whole names, the one country whose government or
// elite the person belongs to, and the roles held, with their dates. The bare-title stage
// (doccountry.go) reads it to give "Prime Minister X" the country X serves when the document
// names that country but no country dominates it, and to give a foreign head none of the
// document's country ("President X" of one country in a story about another).

//go:embed data/people.tsv
var peopleFS embed.FS

// politician is one person of the lexicon.
type politician struct {
	name    string
	country string // the loader's country name (countries.tsv)
	roles   []politicalRole
}

// politicalRole is a role of the lexicon's CAMEO codes ("GOV", "GOVHLH", "ELI", "GOVLEG"),
// held from from to to (zero when open or undated).
type politicalRole struct {
	role     string
	from, to time.Time
	dated    bool
}

var (
	peopleOnce sync.Once
	peopleMap  map[string]*politician // NameKey of a name or alias -> person
)

// peopleLex returns the lexicon of political people by the NameKey of their whole names.
func peopleLex() map[string]*politician {
	peopleOnce.Do(func() {
		peopleMap = map[string]*politician{}
		b, err := peopleFS.ReadFile("data/people.tsv")
		if err != nil {
			return // embedded: cannot happen
		}
		for _, line := range strings.Split(string(b), "\n") {
			f := strings.Split(line, "\t")
			if len(f) < 4 || strings.HasPrefix(line, "#") {
				continue
			}
			p := &politician{name: f[0], country: f[2], roles: parseRoles(f[3])}
			peopleMap[nameKey(f[0])] = p
			for _, a := range strings.Split(f[1], "|") {
				if a != "" {
					peopleMap[nameKey(a)] = p
				}
			}
		}
	})
	return peopleMap
}

// nameKey is the key of a person's name in the lexicon: its NameKey without the dots of
// initials ("George H. W. Bush" and "George H W Bush" alike).
func nameKey(name string) string {
	return schema.NameKey(strings.ReplaceAll(name, ".", ""))
}

// parseRoles reads the roles column of people.tsv ("GOV:1981-01-20..1989-01-20|ELI").
func parseRoles(s string) []politicalRole {
	var out []politicalRole
	for _, r := range strings.Split(s, "|") {
		role, span, ok := strings.Cut(r, ":")
		pr := politicalRole{role: role}
		if ok {
			lo, hi, _ := strings.Cut(span, "..")
			pr.from, _ = time.Parse("2006-01-02", lo)
			pr.to, _ = time.Parse("2006-01-02", hi)
			pr.dated = true
		}
		out = append(out, pr)
	}
	return out
}

// knownPolitician returns the lexicon's person of this name, or nil.
func knownPolitician(name string) *politician {
	return peopleLex()[nameKey(name)]
}

// titleRoleFits reports whether a role of this CAMEO code is one a bare title of this kind
// names: a head's title a government role (GOV), a minister's or official's a government
// role of any portfolio (GOV, GOVHLH, ...), a legislator's a legislator's or an elite's.
func titleRoleFits(role string, head, legislator bool) bool {
	switch {
	case head:
		return role == "GOV"
	case legislator:
		return role == "GOVLEG" || role == "ELI" || role == "LEG"
	}
	return strings.HasPrefix(role, "GOV") && role != "GOVLEG"
}

// holds reports whether p holds a role that a bare title of this kind names at date (zero:
// the document has none, and any such role p ever held counts). On a date that no dated
// role of p covers, an undated role counts (the lexicon's default).
func (p *politician) holds(date time.Time, head, legislator bool) bool {
	covered := false
	fits := false
	for _, r := range p.roles {
		if !r.dated || date.IsZero() {
			continue
		}
		if (r.from.IsZero() || !date.Before(r.from)) && (r.to.IsZero() || date.Before(r.to)) {
			covered = true
			fits = fits || titleRoleFits(r.role, head, legislator)
		}
	}
	if fits {
		return true
	}
	for _, r := range p.roles {
		if !titleRoleFits(r.role, head, legislator) {
			continue
		}
		if date.IsZero() || !r.dated && !covered {
			return true
		}
	}
	return false
}

// lexiconTitleCountry returns, for a bare title b, the country the lexicon says its holder
// serves ("" when the lexicon does not know the holder) and the document's entity for it
// (nil when the document does not name it, or when the holder held no role of the title's
// kind at the document's date).
func lexiconTitleCountry(v *sentenceView, b bareTitle, date time.Time, legislator bool) (*entity, string) {
	p := knownPolitician(b.person.Name)
	var as []string
	for a := range b.person.aliases {
		as = append(as, a)
	}
	sort.Strings(as)
	for _, a := range as {
		if p != nil {
			break
		}
		p = knownPolitician(a)
	}
	if p == nil {
		return nil, ""
	}
	c := v.countries[p.country]
	if c == nil || !p.holds(date, b.head, legislator) {
		return nil, p.country
	}
	return c, p.country
}

// lexiconBareTitle gives the bare title b the country the lexicon of people says its holder
// serves (leads for a head, memberOf otherwise) and reports whether it did, and which country
// the lexicon gives the holder ("" when it does not know the holder): the document's country
// is then not the holder's unless it is that one. The title must be one of the holder's kind
// at the document's date (holds), a post of that state (titleOfState), the country named in
// the document, the holder tied to no country by the text itself (tied), and the title no
// indefinite one ("how good a prime minister X will make": a post X may hold one day).
func lexiconBareTitle(views []*sentenceView, fs *factSet, b bareTitle, tied bool) (bool, string) {
	v := views[b.sent]
	c, served := lexiconTitleCountry(v, b, v.date, legislatorTitle(b.title))
	if c == nil || tied || indefiniteTitle(v, b.before) || !titleOfState(b.title, c) || foreignParty(v, b.before, b.title, c) || b.head && presidesBody(v, b.title) {
		return false, served
	}
	if b.head {
		fs.add(b.person, schema.Leads, c, b.sent)
	} else {
		fs.add(b.person, schema.MemberOf, c, b.sent)
	}
	return true, served
}

// indefiniteTitle reports whether the word before a title (at i) is an indefinite article.
func indefiniteTitle(v *sentenceView, i int) bool {
	return i >= 0 && i < len(v.ws) && (v.ws[i].Lower == "a" || v.ws[i].Lower == "an")
}

// knownPeople types as a Person each name mention that is exactly the whole name of a person
// of the lexicon (people.tsv) when the detector gave it no class, or a place's only by a weak
// cue (a preposition before it: "lost to X Y"); a class from the lexicons or a title stands.
func knownPeople(ws []word, ms []mention) {
	for k := range ms {
		m := &ms[k]
		trimBeforeKnownName(ws, m)
		if m.Kind != mName || m.Canon != "" || m.Title != 0 || m.Capital || m.Country != "" || m.End-m.Start < 2 {
			continue
		}
		if m.Class != "" && m.Class != schema.Place {
			continue
		}
		if _, ok := lex().lookup(schema.NameKey(m.Text)); ok {
			continue // a place, country or actor of the lexicons
		}
		if knownPolitician(m.Text) != nil {
			m.Class, m.PlaceHint = schema.Person, false
		}
	}
}

// trimBeforeKnownName drops from a name mention the one or two capitalised words glued
// before a whole name of the lexicon of people when the words can be no part of that name:
// a derived adjective, a body's name, a plural or a misspelt title ("Blairite A B",
// "Treasury A B", "Prime Minsiter A B"). A given name, an initial or a surname particle
// stays ("Ali A B", "L. A B"), and so does a mention a title or a lexicon already reads.
func trimBeforeKnownName(ws []word, m *mention) {
	if m.Kind != mName || m.Canon != "" || m.Title != 0 || m.Capital || m.End-m.Start < 3 || knownPolitician(m.Text) != nil {
		return
	}
	if _, ok := lex().lookup(schema.NameKey(m.Text)); ok {
		return
	}
	for k := 1; k <= 2 && m.End-m.Start-k >= 2; k++ {
		if !gluedWord(ws[m.Start+k-1]) {
			return
		}
		if rest := joinWords(ws[m.Start+k : m.End]); knownPolitician(rest) != nil {
			m.Start += k
			m.Text = rest
			m.Class, m.PlaceHint = schema.Person, false
			return
		}
	}
}

// gluedWord reports whether w, before a known whole name, can be no word of the name: a
// capitalised word of three or more letters that is no given name nor surname particle.
func gluedWord(w word) bool {
	t := strings.TrimSuffix(w.Text, ".")
	return w.Cap && len(t) >= 3 && t == w.Text && !knownGivenName(t) && !surnameParticles[w.Lower]
}
