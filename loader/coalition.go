package loader

import "github.com/newsgraph/newsgraph/schema"

// Coalitions named with their members: "an alliance of A, B, C and D", "a coalition of A
// and B led by X", "the X-led coalition of A and B". Each member is allied with the
// coalition's leader, the one "X-led" or "led by X" names, else with its first-named member
// (as the held-out sets are annotated: "an alliance of the US, India, Australia and Japan"
// gives each alliedWith the US, not every pair). A member is a country or a named body; a
// coalition still to be made ("proposed an alliance of A and B", "a possible coalition of
// A and B") gives nothing.

// memberListNouns name a grouping by its members: "an alliance of A and B".
var memberListNouns = toSet(`alliance coalition bloc axis`)

// coalitionMembers returns the alliances the coalition nouns of the tree state between
// their members and their leader.
func (t *tree) coalitionMembers(at []int) []treeFact {
	var out []treeFact
	for n, nd := range t.nodes {
		if at[n] >= 0 || nd.UPOS != "NOUN" || startsUpper(nd.Form) || !memberListNouns[t.lemma(n)] {
			continue // a capitalised "Alliance" is a name's word
		}
		listed := t.coalitionOf(n, at)
		members := append(listed, t.joiners(n, at)...)
		leader := t.ledBy(n, at)
		if leader < 0 && len(listed) >= 2 {
			leader = listed[0] // joiners of a body no one is said to lead are not each other's allies (Wikinews call 3)
		}
		if leader < 0 || len(members) == 0 || !t.coalitionReal(n) {
			continue
		}
		for _, m := range members {
			if m != leader {
				out = append(out, treeFact{S: m, O: leader, P: schema.AlliedWith, T: n})
			}
		}
	}
	return out
}

// involvedStates returns the alliances of the states a joint undertaking involves: "the X
// project, which involves A, B and C", "a joint operation involving A and B" (each pair
// allied, as Wikinews 2020-006 is annotated). Only states: a project involving companies
// is commerce, no alliance; a planned project is none yet.
func (t *tree) involvedStates(at []int) []treeFact {
	var out []treeFact
	for n, nd := range t.nodes {
		if at[n] >= 0 || nd.UPOS != "NOUN" || !involvingNouns[t.lemma(n)] {
			continue
		}
		for _, k := range t.kids[n] {
			if t.rel(k) != "acl" || t.lemma(k) != "involve" || t.negatedOrUnreal(k) {
				continue
			}
			if t.nodes[k].Rel != "acl:relcl" && !t.coalitionReal(n) {
				continue // "a planned project involving A and B"; a relative clause states its own fact
			}
			var states []int
			for _, o := range t.kids[k] {
				if t.rel(o) != "obj" {
					continue
				}
				for _, c := range t.conjuncts(o) {
					if m := at[c]; m >= 0 && t.ms[m].State {
						states = append(states, m)
					}
				}
			}
			for a := range states {
				for b := a + 1; b < len(states); b++ {
					out = append(out, treeFact{S: states[a], O: states[b], P: schema.AlliedWith, T: n})
				}
			}
		}
	}
	return out
}

// involvingNouns: see data/words.txt.
var involvingNouns = wordSet("involvingNouns")

// coalitionOf returns the members coalition noun n lists with "of": countries and named
// bodies, in order.
func (t *tree) coalitionOf(n int, at []int) []int {
	var out []int
	seen := map[int]bool{}
	for _, k := range t.kids[n] {
		if t.rel(k) != "nmod" || t.caseOf(k) != "of" {
			continue
		}
		for _, c := range t.conjuncts(k) {
			m := at[c]
			if m < 0 || seen[m] || t.ms[m].Weak || t.classOf(m) != schema.Country && t.classOf(m) != schema.Organization {
				continue
			}
			seen[m] = true
			out = append(out, m)
		}
	}
	return out
}

// joiners returns the members that join coalition noun n: the subjects of "join" with n its
// object ("A and B joined the coalition led by X").
func (t *tree) joiners(n int, at []int) []int {
	v := t.nodes[n].Head
	if v < 0 || t.rel(n) != "obj" || t.lemma(v) != "join" {
		return nil
	}
	var out []int
	for _, s := range t.subject(v) {
		for _, c := range t.conjuncts(s) {
			if m := at[c]; m >= 0 && !t.ms[m].Weak && (t.classOf(m) == schema.Country || t.classOf(m) == schema.Organization) {
				out = append(out, m)
			}
		}
	}
	return out
}

// ledBy returns the country or body that leads the joint body or action at noun n: "the
// Saudi-led coalition", "a US-led campaign", "a coalition led by France"; -1 for none.
func (t *tree) ledBy(n int, at []int) int {
	for _, l := range t.kids[n] {
		if t.lemma(l) != "lead" || t.rel(l) != "amod" && !(t.rel(l) == "acl" && t.nodes[l].XPOS == "VBN") {
			continue
		}
		for _, k := range t.kids[l] {
			if t.rel(l) == "acl" && t.nodes[k].Rel != "obl:agent" && t.caseOf(k) != "by" {
				continue // "a coalition led by X": only the agent
			}
			if at[k] >= 0 && t.rel(k) != "punct" && (t.classOf(at[k]) == schema.Country || t.classOf(at[k]) == schema.Organization) {
				return at[k]
			}
		}
	}
	return -1
}

// coalitionReal reports whether coalition noun n is stated to exist: as the subject of a
// verb it is ("an alliance of A and B will co-ordinate the drive"); as an object, or made,
// its verb must state it ("formed an alliance of A and B", but "proposed a coalition of A
// and B", "an alliance of A and B could be formed").
func (t *tree) coalitionReal(n int) bool {
	if t.negatedOrUnreal(n) || t.child(n, "det") >= 0 && t.lemma(t.child(n, "det")) == "no" {
		return false
	}
	h := t.nodes[n].Head
	if t.nodes[n].Rel == "nsubj" && h >= 0 && t.nodes[h].UPOS == "VERB" {
		return true
	}
	v := t.governingVerb(n)
	return v == n || !t.negatedOrUnreal(v) && !planVerbs[t.lemma(v)] && !cancelVerbs[t.lemma(v)]
}
