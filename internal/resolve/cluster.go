package resolve

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// unionFind joins records into groups. A group holds at most one lexicon name: a union
// that would join two is refused.
type unionFind struct {
	parent []int
	lex    []string
}

func newUnionFind(rs []*rec) *unionFind {
	u := &unionFind{parent: make([]int, len(rs)), lex: make([]string, len(rs))}
	for i, r := range rs {
		u.parent[i] = i
		u.lex[i] = r.lexKey
	}
	return u
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// union joins the groups of i and j, the smaller root becoming the root; it reports
// false when they hold two lexicon names.
func (u *unionFind) union(i, j int) bool {
	a, b := u.find(i), u.find(j)
	if a == b {
		return true
	}
	if u.lex[a] != "" && u.lex[b] != "" && u.lex[a] != u.lex[b] {
		return false
	}
	if b < a {
		a, b = b, a
	}
	u.parent[b] = a
	if u.lex[a] == "" {
		u.lex[a] = u.lex[b]
	}
	return true
}

// unionByKeys joins the records that share a key, key by key in sorted order and record
// by record in index order.
func (u *unionFind) unionByKeys(byKey map[string][]int) {
	for _, k := range slices.Sorted(maps.Keys(byKey)) {
		l := byKey[k]
		for _, j := range l[1:] {
			u.union(l[0], j)
		}
	}
}

// groups returns the members of each group, groups ordered by their first member.
func (u *unionFind) groups(rs []*rec) [][]*rec {
	byRoot := map[int][]*rec{}
	var roots []int
	for i, r := range rs {
		root := u.find(i)
		if byRoot[root] == nil {
			roots = append(roots, root)
		}
		byRoot[root] = append(byRoot[root], r)
	}
	out := make([][]*rec, 0, len(roots))
	for _, root := range roots {
		out = append(out, byRoot[root])
	}
	return out
}

// clusterComponent returns the entities of one component of linked records (of one
// class, sorted by recCompare): the members of each, sorted.
func clusterComponent(rs []*rec) [][]*rec {
	u := newUnionFind(rs)
	if rs[0].Class != schema.Person {
		byKey := map[string][]int{}
		for i, r := range rs {
			for _, k := range r.ks {
				byKey[k] = append(byKey[k], i)
			}
		}
		u.unionByKeysWeak(rs, byKey)
		return u.groups(rs)
	}
	clusterPersons(rs, u)
	return u.groups(rs)
}

// clusterPersons joins the person records of a component; see the package
// documentation for the rules.
func clusterPersons(rs []*rec, u *unionFind) {
	// 1. Full names and lexicon names that are the same key.
	byKey := map[string][]int{}
	var fulls, bares []int
	for i, r := range rs {
		if len(r.full) == 0 {
			if len(r.bare) > 0 && !r.ownGiven {
				bares = append(bares, i)
			}
			continue
		}
		fulls = append(fulls, i)
		for _, f := range r.full {
			if nameSignature(f) == "" && signedForm(r.full, f) {
				continue // "George Bush" beside "George W. Bush": the record is the fuller name's
			}
			if initialOf(r.full, f) {
				continue // "J Mwinyi" beside "Juma Mwinyi": another document's "J Mwinyi" may be anyone
			}
			byKey["f"+f.key] = append(byKey["f"+f.key], i)
		}
		if r.lexKey != "" {
			byKey["x"+r.lexKey] = append(byKey["x"+r.lexKey], i)
		}
	}
	u.unionByKeys(byKey)

	// 2. Groups whose full names are variants of each other, when all pairwise so.
	type gn struct{ given, surname string }
	groupsOf := map[gn]map[int]bool{}
	sigs := map[int]map[string]bool{} // group root -> the signatures of its full names
	for _, i := range fulls {
		for _, f := range rs[i].full {
			if initialOf(rs[i].full, f) {
				continue
			}
			k := gn{f.given, f.surname}
			if groupsOf[k] == nil {
				groupsOf[k] = map[int]bool{}
			}
			root := u.find(i)
			groupsOf[k][root] = true
			if sg := nameSignature(f); sg != "" {
				if sigs[root] == nil {
					sigs[root] = map[string]bool{}
				}
				sigs[root][sg] = true
			}
		}
	}
	titled := groupPosts(rs, u)
	compatible := func(a, b int) bool {
		if !compatibleSignatures(sigs[a], sigs[b]) || gendersConflict(titled[a], titled[b]) {
			return false
		}
		// A name without middle initials is another's that has them only when what the
		// documents call them agrees: "Vice President Juma Mwinyi" is not "President Juma
		// K. Mwinyi", a namesake the initial tells apart, nor a "Juma K. Mwinyi" of no post,
		// who may be that president.
		switch {
		case (len(sigs[a]) == 0) == (len(sigs[b]) == 0):
			return true
		case len(sigs[a]) == 0:
			return plainAgrees(titled[a], titled[b])
		default:
			return plainAgrees(titled[b], titled[a])
		}
	}
	names := slices.SortedFunc(maps.Keys(groupsOf), func(a, b gn) int {
		return strings.Compare(a.surname+"\x00"+a.given, b.surname+"\x00"+b.given)
	})
	byBlock := map[string][]int{} // block -> indexes into names
	for i, n := range names {
		for _, b := range VariantBlocks(n.surname) {
			byBlock[b] = append(byBlock[b], i)
		}
	}
	links := map[[2]int]bool{}
	link := func(a, b int) {
		if a != b {
			links[[2]int{min(a, b), max(a, b)}] = true
		}
	}
	for i, n := range names {
		gs := slices.Sorted(maps.Keys(groupsOf[n]))
		for _, a := range gs {
			for _, b := range gs {
				if compatible(a, b) {
					link(a, b)
				}
			}
		}
		for _, b := range VariantBlocks(n.surname) {
			for _, j := range byBlock[b] {
				if j <= i {
					continue
				}
				m := names[j]
				if !samePerson(fullName{given: n.given, surname: n.surname}, fullName{given: m.given, surname: m.surname}) {
					continue
				}
				for a := range groupsOf[n] {
					for b := range groupsOf[m] {
						if compatible(a, b) {
							link(a, b)
						}
					}
				}
			}
		}
	}
	mergeCliques(u, links, rs)

	// 3. Surnames written alone: one group per surname key.
	byKey = map[string][]int{}
	for _, i := range bares {
		for _, k := range rs[i].bare {
			byKey["b"+k] = append(byKey["b"+k], i)
		}
	}
	u.unionByKeys(byKey)

	// 4. A surname alone joins the one full-name person of that surname, or failing any,
	// the one whose surname is a variant of it, when what their documents say supports
	// it (supported): the full name is another document's, and a surname alone is too
	// little to tell its person from namesakes (a snooker player "Varga" is not the
	// "Tomas Varga" of a story on farming).
	bySurname := map[string]map[int]bool{} // surname -> roots of full-name persons
	for _, i := range fulls {
		for _, sn := range rs[i].surnames {
			if bySurname[sn] == nil {
				bySurname[sn] = map[int]bool{}
			}
			bySurname[sn][u.find(i)] = true
		}
	}
	surnames := slices.Sorted(maps.Keys(bySurname))
	surBlocks := map[string][]string{}
	for _, sn := range surnames {
		for _, b := range VariantBlocks(sn) {
			surBlocks[b] = append(surBlocks[b], sn)
		}
	}
	bareKeys := map[int][]string{} // root of a group of surnames alone -> its keys
	noVariant := map[string]bool{} // surnames alone that are given names too
	var bareRoots []int
	for _, i := range bares {
		root := u.find(i)
		if bareKeys[root] == nil {
			bareRoots = append(bareRoots, root)
		}
		bareKeys[root] = append(bareKeys[root], rs[i].bare...)
		for _, k := range rs[i].given {
			noVariant[k] = true
		}
	}
	slices.Sort(bareRoots)
	posts := groupPosts(rs, u)
	type join struct{ bare, full int }
	var joins []join
	for _, b := range bareRoots {
		ks := bareKeys[b]
		slices.Sort(ks)
		ks = slices.Compact(ks)
		bareKeys[b] = ks
		exact := map[int]bool{}
		for _, k := range ks {
			for f := range bySurname[k] {
				exact[f] = true
			}
		}
		if len(exact) == 0 {
			for _, k := range ks {
				if noVariant[k] {
					continue
				}
				for _, bl := range VariantBlocks(k) {
					for _, sn := range surBlocks[bl] {
						// Alone, a surname is too little to read another initial
						// vowel as a spelling ("Imber" is not "Tomas Amber").
						if Variant(k, sn) && k[0] == sn[0] {
							for f := range bySurname[sn] {
								exact[f] = true
							}
						}
					}
				}
			}
		}
		if f, ok := onlyFit(exact, posts[b], posts); ok && supported(posts[b], posts[f]) {
			joins = append(joins, join{b, f})
		}
	}
	joined := map[int]bool{}
	for _, j := range joins {
		u.union(j.bare, j.full)
		joined[j.bare] = true
	}

	// 5. Surnames alone that joined no one: spellings that are variants of each other, all
	// pairwise, are one person.
	links = map[[2]int]bool{}
	var rest []int
	for _, b := range bareRoots {
		if !joined[b] {
			rest = append(rest, b)
		}
	}
	variants := func(g int) []string {
		return slices.DeleteFunc(slices.Clone(bareKeys[g]), func(k string) bool { return noVariant[k] })
	}
	for x, a := range rest {
		for _, b := range rest[x+1:] {
			if anyVariant(variants(a), variants(b)) {
				link(a, b)
			}
		}
	}
	mergeCliques(u, links, rs)
}

// onlyFit returns the one candidate full-name person that the surnames alone b may be:
// the only candidate, when its posts and gender fit (fitsPost); of several, the only one
// that fits, when it holds a post compatible with theirs ("President X" of the one
// president of that surname; a candidate whose post conflicts still makes a person of
// no post ambiguous).
func onlyFit(cands map[int]bool, b *postGroup, posts map[int]*postGroup) (int, bool) {
	found, n := -1, 0
	for f := range cands {
		if fitsPost(b, posts[f]) {
			found, n = f, n+1
		}
	}
	if n != 1 || len(cands) > 1 && !holdsPost(b, posts[found]) {
		return -1, false
	}
	return found, true
}

// plainAgrees reports whether a group of full names without middle initials, p, may be
// the group s of one with them by their posts: p holds none, or one compatible with one
// of s's. A post of p that s does not confirm tells a namesake ("Vice President Juma
// Mwinyi" of one document, "Juma K. Mwinyi" of no post of another).
func plainAgrees(p, s *postGroup) bool {
	return p == nil || len(p.posts) == 0 || holdsPost(p, s)
}

// gendersConflict reports whether the documents of two groups of person records give
// them two genders ("Marta Lindqvist", "Marten Lindqvist").
func gendersConflict(a, b *postGroup) bool {
	if a == nil || b == nil {
		return false
	}
	ga, gb := oneGender(a), oneGender(b)
	return ga != "" && gb != "" && ga != gb
}

// holdsPost reports whether f holds a post compatible with one of b's.
func holdsPost(b, f *postGroup) bool {
	if b == nil || f == nil {
		return false
	}
	for p := range b.posts {
		for q := range f.posts {
			if compatiblePost(p, q) {
				return true
			}
		}
	}
	return false
}

// supported reports whether what the documents say of a group of surnames alone b and
// of a full-name person f supports their being one person, beyond the surname: a post
// they share (compatiblePost), or a form of address of the gender the full name's
// given name has ("Mr Varga" beside "Tomas Varga"; a surname alone has a gender only
// from its title).
func supported(b, f *postGroup) bool {
	if holdsPost(b, f) {
		return true
	}
	if b == nil || f == nil {
		return false
	}
	g := oneGender(b)
	return g != "" && g == oneGender(f)
}

// postGroup is what the documents of a group of person records say of its posts and
// genders.
type postGroup struct {
	posts, genders map[string]bool
	styled         bool
}

// fitsPost reports whether the group of surnames alone b may be the full-name person f
// by what their documents say of them: not of two genders, and, when a title gives the
// surnames a post ("Treasury Secretary Baker"), not a person whose posts are all
// incompatible with theirs (see compatiblePost); under a peer's style ("Lord Osborne"),
// only a person of a compatible post.
func fitsPost(b, f *postGroup) bool {
	if b == nil {
		return true
	}
	if f == nil {
		f = &postGroup{}
	}
	if gb, gf := oneGender(b), oneGender(f); gb != "" && gf != "" && gb != gf {
		return false
	}
	if len(b.posts) == 0 {
		return true
	}
	if len(f.posts) == 0 {
		return !b.styled
	}
	return holdsPost(b, f)
}

// oneGender returns the gender of g when its documents give one only, else "".
func oneGender(g *postGroup) string {
	if len(g.genders) != 1 {
		return ""
	}
	for k := range g.genders {
		return k
	}
	return ""
}

// groupPosts returns the posts and genders of the person records of rs by the root of
// their group in u.
func groupPosts(rs []*rec, u *unionFind) map[int]*postGroup {
	out := map[int]*postGroup{}
	for i, r := range rs {
		if r.person == nil || len(r.posts) == 0 && r.gender == "" && !r.styled {
			continue
		}
		root := u.find(i)
		g := out[root]
		if g == nil {
			g = &postGroup{posts: map[string]bool{}, genders: map[string]bool{}}
			out[root] = g
		}
		for _, p := range r.posts {
			g.posts[p] = true
		}
		if r.gender != "" {
			g.genders[r.gender] = true
		}
		g.styled = g.styled || r.styled
	}
	return out
}

// compatiblePost reports whether two post keys may name one post: the words of one are
// all words of the other ("secretary", "treasury secretary"; not "senator", "chief of
// staff"), and a word of rank below the post is in both or neither ("president" and "vice
// president" are two posts, two people).
func compatiblePost(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	for w := range rankModifiers {
		if slices.Contains(wa, w) != slices.Contains(wb, w) {
			return false
		}
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for _, w := range wa {
		if !slices.Contains(wb, w) {
			return false
		}
	}
	return len(wa) > 0
}

// nameSignature returns what tells apart two people of one given name and surname in a
// full name: its middle initials and its generational suffix ("h w" of "George H. W.
// Bush", "jr" of "Martin Luther King Jr"), or "" when it has neither.
func nameSignature(f fullName) string {
	ws := strings.Fields(f.key)
	last := -1
	for i := len(ws) - 1; i > 0; i-- {
		if ws[i] == f.surname {
			last = i
			break
		}
	}
	if last < 0 {
		return ""
	}
	var sig []string
	for _, w := range ws[1:last] {
		if len(w) == 1 {
			sig = append(sig, w)
		}
	}
	if f.middle != "" {
		sig = append(sig, "="+f.middle)
	}
	for _, w := range ws[last+1:] {
		if generationSuffixes[w] {
			sig = append(sig, "/"+w)
		}
	}
	return strings.Join(sig, " ")
}

// rankModifiers make a post another one below it: a vice president is no president, a
// deputy minister no minister, a shadow chancellor no chancellor.
var rankModifiers = map[string]bool{"vice": true, "deputy": true, "assistant": true, "under": true, "associate": true, "shadow": true, "lieutenant": true}

// generationSuffixes tell a son from his father of the same name.
var generationSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// signedForm reports whether full names fs hold a name with a signature (middle initials,
// a suffix) of the given name and surname of f.
func signedForm(fs []fullName, f fullName) bool {
	for _, g := range fs {
		if g.given == f.given && g.surname == f.surname && nameSignature(g) != "" {
			return true
		}
	}
	return false
}

// initialOf reports whether the full name f gives only an initial ("j" of "J Mwinyi")
// where another full name of fs of the same surname writes a given name beginning with
// it ("Juma Mwinyi"): the record is the fuller name's, and the initial alone joins it to
// no other document's "J Mwinyi", who may be a Jabari as well.
func initialOf(fs []fullName, f fullName) bool {
	if utf8.RuneCountInString(f.given) != 1 {
		return false
	}
	for _, g := range fs {
		if g.surname == f.surname && utf8.RuneCountInString(g.given) > 1 && strings.HasPrefix(g.given, f.given) {
			return true
		}
	}
	return false
}

// compatibleSignatures reports whether two groups of full names can be one person: one of
// them writes no middle initial or suffix, or they share a signature. "George W. Bush" and
// "George H. W. Bush" are two people; "George Bush" may be either, so it joins neither
// when both are named (the groups join only when all pairwise compatible). A middle name
// written out is stronger: a person named "John Paul Stevens" is named so in every
// article, and "John Stevens" without it is someone else (another document's "Sir John
// Stevens"), so a group whose every signature holds a middle name joins only a group that
// shares one of them.
func compatibleSignatures(a, b map[string]bool) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	if len(a) == 0 || len(b) == 0 {
		return !middleNamed(a) && !middleNamed(b)
	}
	for s := range a {
		if b[s] {
			return true
		}
	}
	return false
}

// middleNamed reports whether every signature of sigs (at least one) holds a middle name.
func middleNamed(sigs map[string]bool) bool {
	for s := range sigs {
		if !strings.Contains(s, "=") {
			return false
		}
	}
	return len(sigs) > 0
}

// middleNames returns the middle names of a full name as written, joined by spaces: the
// words between its first word and its surname (key surname, the last word of key equal
// to it) that begin with a capital letter and are more than an initial ("Paul" of "John
// Paul Stevens"; not "W." of "George W. Bush", nor "van" or "al-" particles). It returns
// "" when the text's words do not line up with the key's.
func middleNames(text, key, surname string) string {
	ws, ks := strings.Fields(text), strings.Fields(key)
	if len(ws) != len(ks) || len(ks) < 3 {
		return ""
	}
	last := -1
	for i := len(ks) - 1; i > 0; i-- {
		if ks[i] == surname {
			last = i
			break
		}
	}
	var mid []string
	for i := 1; i < last; i++ {
		w := ws[i]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(strings.TrimRight(w, ".")) < 2 || strings.HasSuffix(w, ".") {
			continue
		}
		mid = append(mid, ks[i])
	}
	return strings.Join(mid, " ")
}

// mergeCliques joins the groups (by root) of each connected component of links when
// every two groups of it are linked and it holds at most one lexicon name.
func mergeCliques(u *unionFind, links map[[2]int]bool, rs []*rec) {
	if len(links) == 0 {
		return
	}
	comp := newUnionFind(rs)
	comp.lex = make([]string, len(rs)) // components may span lexicon names
	for l := range links {
		comp.union(l[0], l[1])
	}
	members := map[int][]int{}
	for l := range links {
		for _, g := range l {
			r := comp.find(g)
			if !slices.Contains(members[r], g) {
				members[r] = append(members[r], g)
			}
		}
	}
	for _, r := range slices.Sorted(maps.Keys(members)) {
		gs := members[r]
		slices.Sort(gs)
		ok := true
		lex := ""
		for x, a := range gs {
			if l := u.lex[a]; l != "" {
				if lex != "" && lex != l {
					ok = false
				}
				lex = l
			}
			for _, b := range gs[x+1:] {
				if !links[[2]int{a, b}] {
					ok = false
				}
			}
		}
		if !ok {
			continue
		}
		for _, g := range gs[1:] {
			u.union(gs[0], g)
		}
	}
}

// canonical returns the canonical name of an entity made of members.
func canonical(members []*rec) string {
	lex := ""
	for _, m := range members {
		if m.Lexicon != "" && (lex == "" || m.Lexicon < lex) {
			lex = m.Lexicon
		}
	}
	if lex != "" {
		return lex
	}
	type score struct{ words, initials, docs, count int }
	cands := map[string]*score{}
	add := func(text string, docs, count int) {
		sc := cands[text]
		if sc == nil {
			ws := strings.Fields(schema.NameKey(text))
			sc = &score{words: len(ws)}
			for _, w := range ws {
				if members[0].Class == schema.Person && utf8.RuneCountInString(w) == 1 {
					sc.initials++ // "Dan Kestrel" names the person better than "D Kestrel"
				}
			}
			cands[text] = sc
		}
		sc.docs += docs
		sc.count += count
	}
	if members[0].Class == schema.Person {
		for _, full := range []bool{true, false} {
			for _, m := range members {
				for _, f := range m.forms {
					if (f.Given != "") == full && f.Surname != "" {
						add(f.Text, 0, f.Count)
					}
				}
			}
			if len(cands) > 0 {
				break
			}
		}
	} else {
		for _, m := range members {
			add(m.Name, 1, int(m.written))
		}
	}
	if len(cands) == 0 {
		return members[0].Name
	}
	best, bs := "", score{}
	for _, t := range slices.Sorted(maps.Keys(cands)) {
		sc := *cands[t]
		if best == "" || sc.words > bs.words || sc.words == bs.words && (sc.initials < bs.initials ||
			sc.initials == bs.initials && (sc.docs > bs.docs || sc.docs == bs.docs && sc.count > bs.count)) {
			best, bs = t, sc
		}
	}
	return best
}
