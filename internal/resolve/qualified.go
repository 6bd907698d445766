package resolve

import (
	"slices"
	"strings"
)

// This file keeps a generic body apart from another document's body of a named country
// or place. A record that writes both "the Finance Ministry" and "the Ministry of Finance
// of Dunmark" (or "the Supreme Court" and "the Dunmark Supreme Court") says that in its
// own document the short name is short for the qualified one; another document's "the
// Finance Ministry" may be any country's. So a name key that a record qualifies so joins
// that record only to the records of its own document: the records that write the short
// name alone join the qualified entity their own document names, and failing one, each
// other (as two documents' "Supreme Court" of no country do), never another document's
// qualified entity.

// qualifies reports whether the name key long is the name key short qualified by a place
// or owner: short with words before it ("dunmark supreme court" of "supreme court"; no
// "of" or "in" among them), or
// short's head word followed by "of" or "in" and a qualifier that repeats no word of short
// ("ministry of finance of dunmark" of "finance ministry", "embassy in kisumu" of
// "embassy"; not "kingdom of dunmark" of "dunmark", whose head is "kingdom", nor
// "ministry of defence" of "defence ministry", which says no more).
func qualifies(long, short string) bool {
	if long == short || short == "" {
		return false
	}
	lw, sw := strings.Fields(long), strings.Fields(short)
	if pre, ok := strings.CutSuffix(long, " "+short); ok {
		pw := strings.Fields(pre)
		return !slices.Contains(pw, "of") && !slices.Contains(pw, "in")
	}
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
	for _, w := range lw[last+1:] {
		if slices.Contains(sw, w) {
			return false
		}
	}
	return last+1 < len(lw)
}

// qualifiedKeys returns those of the keys (an organisation's, country's or place's
// indexed keys, "n|Class|key", sorted) that another of them qualifies.
func qualifiedKeys(keys []string) []string {
	var out []string
	for _, k := range keys {
		p := strings.LastIndexByte(k, '|')
		for _, o := range keys {
			q := strings.LastIndexByte(o, '|')
			if o != k && o[:q] == k[:p] && qualifies(o[q+1:], k[p+1:]) {
				out = append(out, k)
				break
			}
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
