package loader

import (
	"sort"

	"github.com/newsgraph/newsgraph/schema"
)

// Two coordinated lists that pair one to one: "A and B, the leaders of X and Y", "the
// foreign ministers of X and Y, A and B", "A and B, the presidents of X and Y
// respectively". A plural title between coordinated names and coordinated bodies gives
// each name the body in the same place, and "respectively" does so for any trigger; when
// the counts differ, nothing says which name holds which body, so no pair is read
// (rather than every pairing). One body or one name is shared by the other list ("A and
// B, the leaders of X": both lead X).

// respectiveWords are the words that pair two lists one to one.
var respectiveWords = wordSet("respectiveWords")

// postPredicates are the predicates of a title: a plural title noun pairs its holders
// with its bodies one to one.
var postPredicates = map[schema.Predicate]bool{schema.Leads: true, schema.Commands: true, schema.MemberOf: true, schema.Advises: true}

// argumentPairs returns the (subject, object) pairs trigger i reads from its subjects
// and objects: every pairing, or the respective ones when the lists pair one to one.
func (t *tree) argumentPairs(i int, tt treeTrigger, pred schema.Predicate, subj, obj []int) [][2]int {
	if s, o := byPosition(t.ms, subj), byPosition(t.ms, obj); len(s) > 1 && len(o) > 1 && t.respective(i, tt, pred) {
		if len(s) != len(o) {
			return nil // "A and B, the leaders of X, Y and Z": whose is which is not said
		}
		out := make([][2]int, len(s))
		for n := range s {
			out[n] = [2]int{s[n], o[n]}
		}
		return out
	}
	var out [][2]int
	for _, s := range subj {
		for _, o := range obj {
			out = append(out, [2]int{s, o})
		}
	}
	return out
}

// respective reports whether trigger i pairs its coordinated arguments one to one: a
// plural title noun, or a word such as "respectively" in the sentence.
func (t *tree) respective(i int, tt treeTrigger, pred schema.Predicate) bool {
	if tt.noun && postPredicates[pred] && (t.nodes[i].XPOS == "NNS" || t.nodes[i].XPOS == "NNPS") {
		return true
	}
	for k := range t.nodes {
		if respectiveWords[t.lemma(k)] {
			return true
		}
	}
	return false
}

// byPosition returns the distinct mentions of ks in the order the sentence writes them.
func byPosition(ms []treeMention, ks []int) []int {
	seen := map[int]bool{}
	var out []int
	for _, k := range ks {
		if k >= 0 && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return ms[out[a]].Start < ms[out[b]].Start })
	return out
}

// pluralNoun reports whether node n is tagged a plural noun ("leaders", "ministers").
func (t *tree) pluralNoun(n int) bool {
	return t.nodes[n].XPOS == "NNS" || t.nodes[n].XPOS == "NNPS"
}

// personConjuncts returns the person mentions coordinated at node h, h's own first.
func (t *tree) personConjuncts(h int, ms []treeMention, at []int) []int {
	var out []int
	for _, c := range t.conjuncts(h) {
		if k := t.mentionAt(c, at); k >= 0 && ms[k].Class == schema.Person {
			out = append(out, k)
		}
	}
	return byPosition(ms, out)
}

// respectiveTitles gives the coordinated persons a plural title's coordinated bodies,
// one to one in the order written ("A and B, the Zambian and Malawian foreign ministers");
// one body is every person's, and lists of other lengths give nothing.
func (t *tree) respectiveTitles(v *sentenceView, fs *factSet, ms []treeMention, persons, bodyNodes []int, role titleRole, text string, at []int) {
	var bodies []int
	for _, b := range bodyNodes {
		for _, c := range t.conjuncts(b) {
			if k := t.mentionAt(c, at); k >= 0 && ms[k].Class != schema.Person {
				bodies = append(bodies, k)
			}
		}
	}
	bodies = byPosition(ms, bodies)
	role = sharedRole(role, len(persons), len(bodies))
	for n, p := range persons {
		switch {
		case len(bodies) == 1:
			roleFacts(v, fs, v.ent(p), role, text, v.ent(bodies[0]), v.n)
		case len(bodies) == len(persons):
			roleFacts(v, fs, v.ent(p), role, text, v.ent(bodies[n]), v.n)
		}
	}
}

// listApposition reads the words of a plural title in apposition to, or predicated of, a
// list of persons that ends with mention k, the title's phrase starting at word i: "A
// and B, the presidents of X and Y", "A and B are the leaders of X and Y". Each person
// takes the body in the same place, one body is every person's, and lists of other
// lengths give nothing. It reports whether the phrase was such a title (then the caller
// reads no title for k alone).
func listApposition(v *sentenceView, fs *factSet, k, i int) bool {
	ps := v.listBefore(k)
	if len(ps) < 2 {
		return false
	}
	for _, p := range ps {
		if v.ms[p].Class != schema.Person || v.ms[p].ent == nil {
			return false
		}
	}
	j, bodies := appositionBody(v, i)
	role, n, text := matchTitle(v.ws, j)
	if n == 0 || !pluralTitle(text) {
		return false
	}
	text = singularTitle(text) // what a "president" is, each of them is
	if j += n; j+1 < len(v.ws) && v.ws[j].Lower == "of" {
		if b := v.mentionStarting(j + 1); b >= 0 && v.ms[b].Class != schema.Person {
			ks, _ := v.list(b)
			for _, x := range ks {
				bodies = append(bodies, v.ent(x))
			}
		}
	}
	pairTitles(v, fs, ps, bodies, role, text)
	return true
}

// pairTitles gives the persons ps a plural title's bodies, in the order written: one
// body is every person's, lists of one length pair one to one, others give nothing.
func pairTitles(v *sentenceView, fs *factSet, ps []int, bodies []*entity, role titleRole, text string) {
	ps = append([]int(nil), ps...)
	sort.Slice(ps, func(a, b int) bool { return v.ms[ps[a]].Start < v.ms[ps[b]].Start })
	role = sharedRole(role, len(ps), len(bodies))
	for q, p := range ps {
		switch {
		case len(bodies) == 1:
			roleFacts(v, fs, v.ent(p), role, text, bodies[0], v.n)
		case len(bodies) == len(ps):
			roleFacts(v, fs, v.ent(p), role, text, bodies[q], v.n)
		}
	}
}

// titleList returns the person mentions of the plural title's list that mention k is in
// ("Presidents A and B": A, then B marked listTitle), or just k.
func (v *sentenceView) titleList(k int) []int {
	h := k
	for h > 0 && v.ms[h].listTitle {
		for h--; h > 0 && v.ms[h].Class != schema.Person; h-- {
		}
	}
	out := []int{h}
	for n := h + 1; n < len(v.ms) && (v.ms[n].Class != schema.Person || v.ms[n].listTitle); n++ {
		if v.ms[n].Class == schema.Person {
			out = append(out, n)
		}
	}
	return out
}

// respectiveBodies keeps, of the coordinated bodies before a plural title (listBefore's,
// the last written first), the one in the place of person k in the title's list
// ("Zambian and Malawian Presidents A and B": A is Zambia's); none when the lists differ
// in length. One body, or one name, is shared.
func (v *sentenceView) respectiveBodies(k int, bodies []*entity) []*entity {
	list := v.titleList(k)
	if len(bodies) < 2 || len(list) < 2 {
		return bodies
	}
	for _, b := range bodies {
		if b == nil || b.Class != bodies[0].Class || b.Class == schema.Person {
			return bodies // "Secretary A and Democratic Sens. B and C": no list of bodies
		}
	}
	if len(bodies) != len(list) {
		return nil
	}
	for q, p := range list {
		if p == k {
			return []*entity{bodies[len(bodies)-1-q]}
		}
	}
	return nil
}

// sharedOfBody reads the "of" phrase after the last name of a plural title's list that
// names as many bodies as the list names persons ("Presidents A and B of X and Y"): the
// body in the place of person k, and true; nil and true when the counts differ; false
// when the list's names have no such phrase (then each name's own "of" is its own).
func (v *sentenceView) sharedOfBody(k int) (*entity, bool) {
	list := v.titleList(k)
	if len(list) < 2 {
		return nil, false
	}
	for _, p := range list[:len(list)-1] {
		if titleOfBody(v, v.ms[p]) >= 0 {
			return nil, false // "Presidents A of X and B of Y"
		}
	}
	b := titleOfBody(v, v.ms[list[len(list)-1]])
	if b < 0 {
		return nil, false
	}
	ks, _ := v.list(b)
	if len(ks) < 2 {
		return nil, false
	}
	for q, p := range list {
		if p == k && len(ks) == len(list) {
			return v.ent(ks[q]), true
		}
	}
	return nil, true
}

// pluralTitleBefore reads a plural title before a comma and a list of persons: "the
// Zambian and Malawian presidents, A and B" (bodies before the title, their last at
// mention b) and "the presidents of X and Y, A and B" (the bodies of the "of" phrase
// starting at word i, when b < 0). It reports whether the title was plural (then the
// caller reads nothing more of it).
func (v *sentenceView) pluralTitleBefore(fs *factSet, role titleRole, text string, b, i int) bool {
	if !pluralTitle(text) {
		return false
	}
	var bs []int
	after := i
	if b >= 0 {
		bs = v.listBefore(b)
	} else {
		if i < len(v.ws) && v.ws[i].Lower == "the" {
			i++
		}
		if k := v.mentionStarting(i); k >= 0 && v.ms[k].Class != schema.Person {
			ks, _ := v.list(k)
			for _, x := range ks {
				if v.ms[x].Class == schema.Person {
					break // "of X and Y, A and B": the list read on into the names
				}
				bs, after = append(bs, x), v.ms[x].End
			}
		}
	}
	if len(bs) == 0 || after+1 >= len(v.ws) || v.ws[after].Text != "," {
		return true
	}
	p := v.mentionStarting(after + 1)
	if p < 0 || v.ms[p].Class != schema.Person || v.ms[p].Title != 0 {
		return true
	}
	ps, _ := v.list(p)
	sort.Ints(bs)
	var bodies []*entity
	for _, k := range bs {
		bodies = append(bodies, v.ent(k))
	}
	pairTitles(v, fs, ps, bodies, role, singularTitle(text))
	return true
}

// sharedRole is the role of a plural title that several persons hold in one body: a
// head's title shared is a post in the body, not its lead ("A, B and C were named
// directors of X": its board).
func sharedRole(role titleRole, persons, bodies int) titleRole {
	if role == roleLeader && persons > 1 && bodies == 1 {
		return roleMember
	}
	return role
}
