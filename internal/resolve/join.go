package resolve

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// This file is the short way of Apply for a new record of an organisation, country or
// place whose names lead to one entity only: it joins that entity, and the entity's
// canonical name is updated from scores kept per name, instead of its component being
// recomputed from every record. Most documents name the United States, an entity of
// thousands of records; recomputing it for each transaction was most of the cost of
// resolution.
//
// Why the result is the one from scratch: such a record is one entity with every record
// that shares one of its keys (its name keys within its class), and with those records'
// entities, unless two lexicon names meet. A cluster is whole when it is the whole of
// its component (every record sharing a key with one of its records is in it) and holds
// at most one lexicon key; so every record indexed under a key of one of its records is
// in it, and one record per key tells which entity a key leads to. When every key of the
// new record leads to the one whole cluster (or to none), and the record's lexicon key
// is that cluster's or either is none, the component from scratch is that cluster and
// the record, every union of the union-find succeeds, and the entity is them all. A
// record of this Apply not resolved yet (cl nil), a cluster dissolved by this Apply, one
// that is not whole or two clusters send the record the long way, which recomputes
// everything its keys reach, the records joined the short way included.

// nameStats are the scores of the names of a cluster's members (an organisation, country
// or place), as canonical counts them, and the least lexicon name.
type nameStats struct {
	lex   string
	names map[string]*nameScore
	best  string // the best of names, by better
}

type nameScore struct{ words, docs, count int }

// statsFrom is the size from which a cluster keeps nameStats.
var statsFrom = 16

// better reports whether a name with score a beats one with score b (a's text ta, b's
// tb): more words, then more documents, then more written, then first in byte order;
// the empty name loses to any other, as in canonical.
func better(a, b nameScore, ta, tb string) bool {
	if (ta == "") != (tb == "") {
		return tb == ""
	}
	if a.words != b.words {
		return a.words > b.words
	}
	if a.docs != b.docs {
		return a.docs > b.docs
	}
	if a.count != b.count {
		return a.count > b.count
	}
	return ta < tb
}

// name is the canonical name the stats give: as canonical gives it of the members.
func (st *nameStats) name() string {
	if st.lex != "" {
		return st.lex
	}
	return st.best
}

func statsOf(members []*rec) *nameStats {
	st := &nameStats{names: map[string]*nameScore{}}
	for _, m := range members {
		if m.Lexicon != "" && (st.lex == "" || m.Lexicon < st.lex) {
			st.lex = m.Lexicon
		}
		sc := st.names[m.Name]
		if sc == nil {
			sc = &nameScore{words: len(strings.Fields(schema.NameKey(m.Name)))}
			st.names[m.Name] = sc
		}
		sc.docs++
		sc.count += int(m.written)
	}
	first := true
	for t, sc := range st.names {
		if first || better(*sc, *st.names[st.best], t, st.best) {
			st.best, first = t, false
		}
	}
	return st
}

// add counts the record r in the stats, logging how to undo it.
func (st *nameStats) add(s *State, r *rec) {
	if r.Lexicon != "" && (st.lex == "" || r.Lexicon < st.lex) {
		setField(s, &st.lex, r.Lexicon)
	}
	sc := st.names[r.Name]
	if sc == nil {
		sc = &nameScore{words: len(strings.Fields(schema.NameKey(r.Name)))}
		set(s, st.names, r.Name, sc)
	}
	n := int(r.written)
	sc.docs++
	sc.count += n
	s.log(func() {
		sc.docs--
		sc.count -= n
	})
	if r.Name != st.best && better(*sc, *st.names[st.best], r.Name, st.best) {
		setField(s, &st.best, r.Name)
	}
}

// join resolves the new record r of the document nd the short way when it can (see
// above), and reports whether it did. It notes (keep) the assignment before of the
// cluster it joins, and marks affected the base slugs whose IRIs may change.
func (s *State) join(r *rec, nd *doc, epoch uint32, affected map[string]bool, keep func(*cluster)) bool {
	if r.Class == schema.Person || s.long || len(r.qualified) > 0 {
		return false
	}
	for _, k := range r.keysOf() {
		if s.qualifiers[k] > 0 {
			return false // a generic name that some record qualifies (qualified.go)
		}
	}
	var c *cluster
	strong := false // a key of r that is not a weak acronym key leads to c
	for _, k := range r.keysOf() {
		for _, n := range s.index[k] {
			if n == r {
				continue
			}
			x := n.cl
			if x == nil || !x.whole || x.dissolved == epoch || c != nil && c != x {
				return false
			}
			c = x
			strong = strong || !slices.Contains(r.weak, k)
			break
		}
	}
	if c != nil && !strong && len(r.weak) > 0 {
		return false // joined by a weak acronym key alone: as its long names allow (acronym.go)
	}
	first := string(r.doc) + "\x00" + string(r.IRI)
	r.fresh = epoch
	if c == nil { // no other record has its keys: an entity of its own
		c = &cluster{members: []*rec{r}, class: r.Class, born: epoch, docs: 1, first: first,
			whole: true, lexKey: r.lexKey}
		c.name = canonical(c.members)
		c.base = schema.Slug(c.name)
		r.cl = c
		push(s, s.bases, c.base, c)
		affected[c.base] = true
		return true
	}
	if r.lexKey != "" && c.lexKey != "" && r.lexKey != c.lexKey {
		r.fresh = 0
		return false
	}
	keep(c)
	newDoc := true
	for _, x := range nd.recs {
		if x != r && x.cl == c {
			newDoc = false
		}
	}
	r.cl = c
	setField(s, &c.members, append(c.members, r))
	if newDoc {
		setField(s, &c.docs, c.docs+1)
	}
	if first < c.first {
		setField(s, &c.first, first)
	}
	if c.lexKey == "" && r.lexKey != "" {
		setField(s, &c.lexKey, r.lexKey)
	}
	// The name of a small entity is computed again; a large one keeps scores per name.
	var name string
	switch {
	case c.stats != nil:
		c.stats.add(s, r)
		name = c.stats.name()
	case len(c.members) < statsFrom:
		name = canonical(c.members)
	default:
		setField(s, &c.stats, statsOf(c.members))
		name = c.stats.name()
	}
	switch {
	case name != c.name:
		setField(s, &c.name, name)
		affected[c.base] = true
		if b := schema.Slug(name); b != c.base {
			unlist(s, s.bases, c.base, c)
			setField(s, &c.base, b)
			push(s, s.bases, b, c)
			affected[b] = true
		}
	case newDoc && len(s.bases[c.base]) > 1: // its rank among the entities of its slug
		affected[c.base] = true
	}
	return true
}
