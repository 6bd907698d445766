package loader

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Mentions (stage 4): a body's name that its acronym in parentheses delimits.
//
// A name followed by its acronym ("the Norvik Institute of Geology and Hydrology (NIGH)",
// "the Agency for Roads, Bridges and Tunnels (ARBT)") is one name from the first word
// whose initial the acronym starts with to the parenthesis, whatever "and", "of" or commas
// it holds: the acronym says where it starts. The word scan cuts such names at "and" or
// a comma; acronymSpans joins the pieces into one body.

// nameConnectors may stand between the capitalised words of a body's name.
var nameConnectors = map[string]bool{"of": true, "and": true, "for": true, "on": true, "in": true, ",": true, "&": true}

// acronymSpans replaces the mentions inside a name that the acronym after it spells by
// one organisation mention of the whole name, and returns the mentions.
func (dt *detector) acronymSpans(ws []word, ms []mention) []mention {
	for p := 1; p+2 < len(ws); p++ {
		if ws[p].Text != "(" || ws[p+2].Text != ")" {
			continue
		}
		s := acronymStart(ws, p, ws[p+1])
		if s < 0 {
			continue
		}
		ms = replaceInside(ws, ms, s, p)
	}
	return ms
}

// acronymStart returns the first word of the longest name ending at words[p] (a "(")
// whose capitalised words' initials the acronym a spells, or -1. An all-capitals acronym
// spells the initials exactly; a word in mixed case ("Nigeo") holds them in order,
// starting with the first. The name has three capitalised words or more, and it starts
// after an article or possessive.
func acronymStart(ws []word, p int, a word) int {
	if a.Punct || !a.Cap || len(a.Text) < 3 || hasDigit(a.Text) {
		return -1
	}
	q := p
	for q > 0 {
		w := ws[q-1]
		if w.Cap && !w.Punct && w.Key != "s" || w.Hyph && q-1 > 0 && ws[q-2].Cap {
			q--
			continue
		}
		if nameConnectors[w.Lower] && q < p && q-1 > 0 && ws[q-2].Cap && !ws[q-2].Punct {
			q--
			continue
		}
		break
	}
	want := strings.ToLower(a.Text)
	for s := q; s < p; s++ {
		if !ws[s].Cap || ws[s].Punct || ws[s].Lower == "the" {
			continue
		}
		in := nameInitials(ws[s:p])
		if len(in) < 3 {
			return -1
		}
		if !listCommas(ws[s:p]) {
			continue // "Ljubljanska Banka, Ljubljana (LBL)": a bank and its city, not one name
		}
		if a.Upper && in == want || !a.Upper && in[0] == want[0] && subsequence(in, want) {
			return s
		}
	}
	return -1
}

// nameInitials returns the lower-case initials of the capitalised words of a name, or ""
// when one of its words is neither capitalised nor a connector.
func nameInitials(ws []word) string {
	var b strings.Builder
	for _, w := range ws {
		switch {
		case nameConnectors[w.Lower]:
		case w.Hyph:
		case w.Cap && !w.Punct:
			b.WriteByte(w.Lower[0])
		default:
			return ""
		}
	}
	return b.String()
}

// listCommas reports whether every comma inside a name is one of a list that "and" ends
// ("Roads, Bridges and Tunnels").
func listCommas(ws []word) bool {
	for k, w := range ws {
		if w.Text != "," {
			continue
		}
		and := false
		for _, x := range ws[k+1:] {
			and = and || x.Lower == "and" || x.Text == "&"
		}
		if !and {
			return false
		}
	}
	return true
}

// subsequence reports whether the bytes of a occur in b in order.
func subsequence(a, b string) bool {
	k := 0
	for i := 0; i < len(b) && k < len(a); i++ {
		if b[i] == a[k] {
			k++
		}
	}
	return k == len(a)
}

// replaceInside replaces the mentions that lie inside words [s, e) by one organisation
// mention of them all, unless one mention is already exactly that, or a mention crosses
// the span's edge, or a person's name lies inside it. A country or canonical body that the
// first mention gives is kept ("Philippine": a state body's country).
func replaceInside(ws []word, ms []mention, s, e int) []mention {
	first, last := -1, -1
	for k, m := range ms {
		if m.End <= s || m.Start >= e {
			continue
		}
		if m.Start < s || m.End > e || m.Start == s && m.End == e || m.Kind == mPronoun {
			return ms
		}
		if first < 0 {
			first = k
		}
		last = k
	}
	if first < 0 {
		return ms
	}
	body := mention{Start: s, End: e, Text: joinName(ws[s:e]), Class: schema.Organization, Kind: mName}
	if m := ms[first]; m.Start == s && (m.Kind == mDemonym || m.Class == schema.Country) {
		body.Country = m.Canon
	} else if m.Start == s {
		body.Country = m.Country
	}
	out := append([]mention{}, ms[:first]...)
	out = append(out, body)
	return append(out, ms[last+1:]...)
}

// mixedAcronymOf reports whether a, one word in mixed case ("Nigeo"), is the acronym of the
// body name: the name's initials occur in it in order, the first first, and there are three
// or more.
func mixedAcronymOf(a, name string) bool {
	if strings.ContainsAny(a, " .") || len(a) < 3 || isAcronym(a) {
		return false
	}
	in := initials(name)
	want := strings.ToLower(a)
	return len(in) >= 3 && in[0] == want[0] && subsequence(in, want)
}
