package resolve

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// This file keeps a generic body apart from another document's body of a named country
// or place. A record that writes both "the Finance Ministry" and "the Ministry of Finance
// of Dunmark" (or "the embassy" and "the embassy in Kisumu") says that in its own
// document the short name is short for the qualified one; another document's "the
// Finance Ministry" may be any country's. So a name key that a record qualifies so (by a
// country or place its document names) joins that record only to the records of its own
// document: the records that write the short name alone join the qualified entity their
// own document names, and failing one, each other (as two documents' "Supreme Court" of
// no country do), never another document's qualified entity.

// qualifies reports whether the name key long is the name key short qualified by a
// country or place that its document names (places: the name keys of its countries and
// places): short's head word, then "of" or "in" and that place, which repeats no word of
// short ("ministry of finance of dunmark" of "finance ministry", "embassy in kisumu" of
// "embassy"; not "kingdom of dunmark" of "dunmark", whose head is "kingdom", nor
// "ministry of defence" of "defence ministry", which says no more, nor "velka front of
// kisumu and the coast" when the document names no such place). A country before the
// name ("the Dunmark Supreme Court") is no qualifier here: a document often writes the
// short name alone for its own country's body ("the House of Representatives"), and the
// records do not say which country that is.
func qualifies(long, short string, places map[string]bool) bool {
	if long == short || short == "" {
		return false
	}
	lw, sw := strings.Fields(long), strings.Fields(short)
	if len(lw) <= len(sw) {
		return false
	}
	first, last := -1, -1
	for i, w := range lw {
		if w == "of" || w == "in" {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 || !slices.Contains(lw[:first], sw[len(sw)-1]) {
		return false
	}
	tail := lw[last+1:]
	if len(tail) > 0 && tail[0] == "the" {
		tail = tail[1:]
	}
	for _, w := range tail {
		if slices.Contains(sw, w) {
			return false
		}
	}
	return len(tail) > 0 && places[strings.Join(tail, " ")]
}

// qualifiedKeys returns those of the keys (an organisation's, country's or place's
// indexed keys, "n|Class|key", sorted) that another of them qualifies, by the places of
// its document.
func qualifiedKeys(keys []string, places map[string]bool) []string {
	var out []string
	for _, k := range keys {
		p := strings.LastIndexByte(k, '|')
		for _, o := range keys {
			q := strings.LastIndexByte(o, '|')
			if o != k && o[:q] == k[:p] && qualifies(o[q+1:], k[p+1:], places) {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// placeKeys returns the name keys of the countries and places of a document's records.
func placeKeys(records []Record) map[string]bool {
	out := map[string]bool{}
	for _, r := range records {
		if r.Class != schema.Country && r.Class != schema.Place {
			continue
		}
		out[schema.NameKey(r.Name)] = true
		if r.Lexicon != "" {
			out[schema.NameKey(r.Lexicon)] = true
		}
		for _, f := range r.Forms {
			out[schema.NameKey(f.Text)] = true
		}
	}
	return out
}

// splitQualified handles a key k of records l that some of them qualify (their
// rec.qualified holds k): a record of l that does not joins the one entity of its own
// document that qualifies k, if there is one; the records of l left are returned, to
// be joined by k among themselves. A record that qualifies k joins no other through it.
func (u *unionFind) splitQualified(rs []*rec, k string, l []int) []int {
	var rest []int
	for _, i := range l {
		if slices.Contains(rs[i].qualified, k) {
			continue
		}
		own := -1
		for _, j := range l {
			if rs[j].doc != rs[i].doc || !slices.Contains(rs[j].qualified, k) {
				continue
			}
			if own >= 0 && u.find(own) != u.find(j) {
				own = -2
				break
			}
			if own == -1 {
				own = j
			}
		}
		switch {
		case own >= 0:
			u.union(own, i)
		case own == -1:
			rest = append(rest, i)
		}
	}
	return rest
}
