package resolve

import (
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/schema"
)

// An acronym names one thing in a document and maybe another in the next: "the World
// Tourism Organisation (WTO)" and "the World Trade Organisation (WTO)". A record of an
// organisation, country or place that writes an acronym and a long name whose initials
// spell it is that long name; its acronym key is weak. Records joined through a weak key
// alone are one entity only when the long names behind it are one name (the same key,
// or the same words up to spelling variants); when two different long names stand
// behind it, it joins none of them, and records that write the acronym alone (no long
// name spelling it) are an entity of their own. The decision is a function of the
// component's records, key by key in sorted order, never of the order of documents.

// acronymOf reports whether a name is an acronym: one word of two or more letters, all
// upper case.
func acronymOf(text string) bool {
	n := 0
	for _, c := range text {
		if !unicode.IsUpper(c) {
			return false
		}
		n++
	}
	return n >= 2
}

// spells reports whether the initials of the long name's capitalised words, or of all
// its words, are the acronym.
func spells(long, acronym string) bool {
	ws := strings.FieldsFunc(long, func(c rune) bool { return c == ' ' || c == '-' })
	if len(ws) < 2 {
		return false
	}
	var caps, all strings.Builder
	for _, w := range ws {
		c := []rune(w)[0]
		all.WriteRune(unicode.ToUpper(c))
		if unicode.IsUpper(c) {
			caps.WriteRune(c)
		}
	}
	return caps.String() == acronym || all.String() == acronym
}

// weakKeys returns the name keys of the acronyms among names that a long name among
// them spells, and the keys of those long names.
func weakKeys(names []string) (weak, longs []string) {
	for _, a := range names {
		if !acronymOf(a) {
			continue
		}
		for _, l := range names {
			if spells(l, a) {
				weak = append(weak, schema.NameKey(a))
				longs = append(longs, schema.NameKey(l))
			}
		}
	}
	slices.Sort(weak)
	slices.Sort(longs)
	return slices.Compact(weak), slices.Compact(longs)
}

// sameLong reports whether two records' long names are one name: a key in common, or
// two keys of the same words up to spelling variants and abbreviations (a word the
// beginning of the other: "corp", "corporation").
func sameLong(a, b *rec) bool {
	for _, x := range a.longs {
		for _, y := range b.longs {
			if x == y || variantWords(x, y) {
				return true
			}
		}
	}
	return false
}

func variantWords(x, y string) bool {
	xs, ys := strings.Fields(x), strings.Fields(y)
	if len(xs) != len(ys) {
		return false
	}
	for i := range xs {
		if xs[i] != ys[i] && !Variant(xs[i], ys[i]) && !strings.HasPrefix(xs[i], ys[i]) && !strings.HasPrefix(ys[i], xs[i]) {
			return false
		}
	}
	return true
}

// unionByKeysWeak joins the records that share a key as unionByKeys does, the weak
// occurrences of acronym keys apart: after the other keys, the weak records of a key
// whose groups all have one long name (linked pair by pair) are joined, with the records
// that write the acronym alone; when the long names are two or more, the records of each
// long name are joined, and those that write the acronym alone join none of them.
func (u *unionFind) unionByKeysWeak(rs []*rec, byKey map[string][]int) {
	strong := map[string][]int{}
	weakOf := map[string][]int{}
	for _, k := range slices.Sorted(maps.Keys(byKey)) {
		for _, i := range byKey[k] {
			if slices.Contains(rs[i].weak, k) {
				weakOf[k] = append(weakOf[k], i)
			} else {
				strong[k] = append(strong[k], i)
			}
		}
	}
	u.unionByNames(rs, strong)
	for _, k := range slices.Sorted(maps.Keys(weakOf)) {
		ws := weakOf[k]
		local := newUnionFind(nil)
		local.parent = make([]int, len(ws))
		local.lex = make([]string, len(ws))
		for i := range ws {
			local.parent[i] = i
		}
		var links [][2]int
		for x := range ws {
			for y := x + 1; y < len(ws); y++ {
				if u.find(ws[x]) == u.find(ws[y]) {
					local.union(x, y)
				} else if sameLong(rs[ws[x]], rs[ws[y]]) {
					local.union(x, y)
					links = append(links, [2]int{ws[x], ws[y]})
				}
			}
		}
		one := true
		for x := range ws {
			one = one && local.find(x) == local.find(0)
		}
		if one {
			for _, i := range byKey[k][1:] {
				u.union(byKey[k][0], i)
			}
			continue
		}
		for _, l := range links {
			u.union(l[0], l[1])
		}
	}
}

// unionByNames joins the records of an organisation, country or place that share a key,
// key by key in sorted order, as unionByKeys does, unless the key is a name of two
// lexicon entities ("House of Commons" of two countries): then the records of each
// lexicon name are joined, a record of none joins the one its own document names so,
// and the others of none join each other but neither entity, whichever document came
// first.
func (u *unionFind) unionByNames(rs []*rec, byKey map[string][]int) {
	for _, k := range slices.Sorted(maps.Keys(byKey)) {
		l := byKey[k]
		if slices.ContainsFunc(l, func(i int) bool { return slices.Contains(rs[i].qualified, k) }) {
			if l = u.splitQualified(rs, k, l); len(l) == 0 {
				continue
			}
		}
		lexes := map[string]int{} // lexicon name of a group -> its first record under k
		for _, i := range l {
			lx := u.lex[u.find(i)]
			if _, ok := lexes[lx]; !ok {
				lexes[lx] = i
			}
		}
		delete(lexes, "")
		if len(lexes) <= 1 {
			for _, j := range l[1:] {
				u.union(l[0], j)
			}
			continue
		}
		// A record of no lexicon name joins the one lexicon entity its own document
		// names by the key.
		for _, i := range l {
			if u.lex[u.find(i)] != "" {
				continue
			}
			own := -1
			for _, j := range l {
				if lx := u.lex[u.find(j)]; lx != "" && rs[j].doc == rs[i].doc {
					if own >= 0 && u.lex[u.find(own)] != lx {
						own = -2
						break
					}
					if own == -1 {
						own = j
					}
				}
			}
			if own >= 0 {
				u.union(own, i)
			}
		}
		byLex := map[string]int{}
		for _, i := range l {
			lx := u.lex[u.find(i)]
			if first, ok := byLex[lx]; ok {
				u.union(first, i)
			} else {
				byLex[lx] = i
			}
		}
	}
}
