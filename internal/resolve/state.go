package resolve

import (
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Record is one entity of one document as resolution sees it: what the document's
// [schema.EntityNames] says, and the document's name for it.
type Record struct {
	IRI     schema.IRI        `json:"iri"`
	Class   schema.Class      `json:"class"`
	Name    string            `json:"name"`
	Lexicon string            `json:"lexicon,omitempty"`
	Forms   []schema.NameForm `json:"forms,omitempty"`
	Posts   []string          `json:"posts,omitempty"`  // a person's (schema.EntityNames.Posts)
	Gender  string            `json:"gender,omitempty"` // a person's (schema.EntityNames.Gender)
	Styled  bool              `json:"styled,omitempty"` // a person's (schema.EntityNames.Styled)
}

// Doc is what resolution keeps of a document: where it was read from and its records.
// A document without records (an extraction made by hand) takes part in no resolution.
type Doc struct {
	ID      schema.DocID `json:"-"`
	Origin  string       `json:"origin,omitempty"`
	Records []Record     `json:"records,omitempty"`
}

// DocOf returns the resolution records of an extraction: one per element of x.Names,
// with the name of the entity (or author) it describes.
func DocOf(x *schema.Extraction) Doc {
	d := Doc{ID: x.Document.ID, Origin: x.Origin}
	names := map[schema.IRI]string{}
	for _, e := range x.Document.Authors {
		names[e.IRI] = e.Name
	}
	for _, e := range x.Entities {
		names[e.IRI] = e.Name
	}
	for _, n := range x.Names {
		d.Records = append(d.Records, Record{IRI: n.IRI, Class: n.Class, Name: names[n.IRI],
			Lexicon: n.Lexicon, Forms: n.Forms, Posts: n.Posts, Gender: n.Gender, Styled: n.Styled})
	}
	return d
}

// Resolved is the entity of the graph that a document's entity belongs to.
type Resolved struct {
	IRI  schema.IRI
	Name string
}

// Delta is what one [State.Apply] changed.
type Delta struct {
	// Changed lists, sorted, the documents whose quads must be written again: every
	// document added, and every other document one of whose entities changed IRI or
	// canonical name. Removed documents are not in it.
	Changed []schema.DocID
	// Formers gives the former IRIs that changed: an IRI that no entity has any more,
	// mapped to the IRI of the entity that took most of its records; "" when the IRI is
	// no longer a former one (it names an entity again, or its entity is gone).
	Formers map[schema.IRI]schema.IRI
	// Old gives, for every document that had records before and whose records changed,
	// was replaced or was removed, the assignment of all its records before: with the
	// document's extraction, what its quads were.
	Old map[schema.DocID]map[schema.IRI]Resolved
}

// State is the resolution of a set of documents, kept up to date as documents come and
// go. The zero value is not usable: create one with [New]. A State is not safe for
// concurrent use.
type State struct {
	docs   map[schema.DocID]*doc
	index  map[string][]*rec   // key -> records (keysOf)
	blocks map[string][]string // variant block -> surnames of persons
	// qualifiers counts, by key, the records that qualify it (rec.qualified): a record
	// with such a key joins the long way.
	qualifiers map[string]int
	bases      map[string][]*cluster // base slug -> its clusters
	live       map[schema.IRI]*cluster
	formers    map[schema.IRI]schema.IRI
	targets    map[schema.IRI]map[schema.IRI]struct{} // former targets -> formers
	undo       []func()
	inApply    bool
	pendings   bool
	epoch      uint32            // numbers the Applies, for the marks of rec and cluster
	strs       map[string]string // interned strings of records
	long       bool              // never the short way of join (tests compare the two)
}

type doc struct {
	origin string
	recs   []*rec
}

// rec is a Record of a document, with what resolution derives from it. A State holds
// one for every entity of every document, so it is kept small: its strings are
// interned (State.intern), and what only a person needs is apart.
type rec struct {
	IRI     schema.IRI
	Name    string
	Lexicon string
	Class   schema.Class
	doc     schema.DocID
	lexKey  string   // NameKey of the lexicon name
	ks      []string // the keys it is indexed under (keysOf), distinct and sorted
	weak    []string // an organisation's, country's or place's acronym keys that a long name of it spells (acronym.go), sorted
	longs   []string // the keys of those long names, sorted
	// qualified are those of ks that another of them qualifies ("n|Organization|supreme
	// court" beside "...|supreme court of dunmark"; qualified.go), sorted.
	qualified []string
	*person         // nil for an organisation, country or place
	written   int32 // an organisation's, country's or place's: how often its name is written
	cl        *cluster
	dead      bool

	// Scratch of one Apply, valid when the mark equals the State's epoch.
	visited uint32    // reached by the search for components
	noted   uint32    // old holds the assignment before
	fresh   uint32    // added by this Apply and joined to a cluster without recomputing it
	old     *Resolved // the assignment before this Apply
}

// person is what resolution derives from a person's record.
type person struct {
	forms    []schema.NameForm
	full     []fullName // its distinct full names
	bare     []string   // its surnames written alone, distinct and sorted
	given    []string   // those of bare that are common given names too (no variants)
	surnames []string   // its surnames: of its full names and written alone
	posts    []string   // the posts its titles give it, sorted
	gender   string     // "m", "f" or ""
	styled   bool       // its surname alone is written under a peer's style
	// ownGiven reports that a surname of bare is the given name of a full name of its
	// own document ("Wang" beside "Wang Lin", a name written surname first): it is that
	// document's, and joins no person of another document.
	ownGiven bool
}

// fullName is one full name of a person: its key, the keys of its given name and
// surname, and its middle names ("paul" of "John Paul Stevens"; see middleNames).
type fullName struct{ key, given, surname, middle string }

type cluster struct {
	iri       schema.IRI
	name      string
	base      string
	class     schema.Class
	members   []*rec // sorted by recCompare when made; records joined later are appended
	first     string // doc and IRI of the first member, for ranking
	docs      int    // the documents of its members
	dissolved uint32 // the epoch of the Apply that dissolved it
	born      uint32 // the epoch of the Apply that made it

	// whole reports that the cluster is the whole of its component (an organisation,
	// country or place whose records share keys with no record of another entity), and
	// lexKey is then the one lexicon key of its members ("" when none): a new record
	// whose keys lead to it alone joins it without recomputing it (State.join).
	whole  bool
	lexKey string
	stats  *nameStats // the scores of its members' names, kept once a record joined

	// Scratch of one Apply, valid when seen equals the State's epoch: the assignment
	// before it changed.
	seen uint32
	prev Resolved
}

// New returns an empty State.
func New() *State {
	return &State{strs: map[string]string{}, docs: map[schema.DocID]*doc{}, index: map[string][]*rec{}, blocks: map[string][]string{}, qualifiers: map[string]int{},
		bases: map[string][]*cluster{}, live: map[schema.IRI]*cluster{},
		formers: map[schema.IRI]schema.IRI{}, targets: map[schema.IRI]map[schema.IRI]struct{}{}}
}

// Doc reports whether the state holds the document and where it was read from.
func (s *State) Doc(id schema.DocID) (origin string, ok bool) {
	d := s.docs[id]
	if d == nil {
		return "", false
	}
	return d.origin, true
}

// Docs returns the number of documents the state holds.
func (s *State) Docs() int { return len(s.docs) }

// Resolved returns, sorted, the documents the state holds that have records.
func (s *State) Resolved() []schema.DocID {
	var out []schema.DocID
	for id, d := range s.docs {
		if len(d.recs) > 0 {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// Version names the rules of this package: a store records the version that resolved
// its entities, and one resolved by other rules is resolved again (see package graph).
const Version = "newsgraph-resolve-3"

// Assignment returns the resolved entity of each record of a document, by the record's
// IRI; nil when the state does not hold the document.
func (s *State) Assignment(id schema.DocID) map[schema.IRI]Resolved {
	d := s.docs[id]
	if d == nil {
		return nil
	}
	m := make(map[schema.IRI]Resolved, len(d.recs))
	for _, r := range d.recs {
		m[r.IRI] = Resolved{r.cl.iri, r.cl.name}
	}
	return m
}

// Former returns the IRI of the entity that the former IRI iri names now.
func (s *State) Former(iri schema.IRI) (schema.IRI, bool) {
	t, ok := s.formers[iri]
	return t, ok
}

// SetFormers replaces the state's former IRIs, as read back from a store. It is for a
// state just loaded, outside Apply.
func (s *State) SetFormers(m map[schema.IRI]schema.IRI) {
	s.formers = map[schema.IRI]schema.IRI{}
	s.targets = map[schema.IRI]map[schema.IRI]struct{}{}
	for f, t := range m {
		if _, live := s.live[f]; live || t == "" {
			continue
		}
		s.formers[f] = t
		if s.targets[t] == nil {
			s.targets[t] = map[schema.IRI]struct{}{}
		}
		s.targets[t][f] = struct{}{}
	}
}

// Formers returns a copy of the state's former IRIs.
func (s *State) Formers() map[schema.IRI]schema.IRI { return maps.Clone(s.formers) }

// log records how to undo one change, while Apply runs.
func (s *State) log(f func()) {
	if s.inApply {
		s.undo = append(s.undo, f)
	}
}

func set[K comparable, V any](s *State, m map[K]V, k K, v V) {
	old, had := m[k]
	s.log(func() {
		if had {
			m[k] = old
		} else {
			delete(m, k)
		}
	})
	m[k] = v
}

func del[K comparable, V any](s *State, m map[K]V, k K) {
	old, had := m[k]
	if !had {
		return
	}
	s.log(func() { m[k] = old })
	delete(m, k)
}

func addTo[K comparable, E comparable](s *State, m map[K]map[E]struct{}, k K, e E) {
	inner := m[k]
	if inner == nil {
		inner = map[E]struct{}{}
		set(s, m, k, inner)
	}
	if _, ok := inner[e]; ok {
		return
	}
	s.log(func() { delete(inner, e) })
	inner[e] = struct{}{}
}

func removeFrom[K comparable, E comparable](s *State, m map[K]map[E]struct{}, k K, e E) {
	inner := m[k]
	if _, ok := inner[e]; !ok {
		return
	}
	s.log(func() { inner[e] = struct{}{} })
	delete(inner, e)
	if len(inner) == 0 {
		del(s, m, k)
	}
}

// push adds e to the list of k (which must not hold it), and unlist removes it: lists
// rather than sets, since most are short and a State holds many. A list is never
// changed in place but by appending, so the undo of a change restores the list before.
func push[K comparable, E comparable](s *State, m map[K][]E, k K, e E) {
	set(s, m, k, append(m[k], e))
}

// pushNew is push when the list of k may hold e already.
func pushNew[K comparable, E comparable](s *State, m map[K][]E, k K, e E) {
	if !slices.Contains(m[k], e) {
		push(s, m, k, e)
	}
}

func unlist[K comparable, E comparable](s *State, m map[K][]E, k K, e E) {
	l := m[k]
	i := slices.Index(l, e)
	switch {
	case i < 0:
		return
	case len(l) == 1:
		del(s, m, k)
	default:
		set(s, m, k, slices.Delete(slices.Clone(l), i, i+1))
	}
}

func setField[T any](s *State, p *T, v T) {
	old := *p
	s.log(func() { *p = old })
	*p = v
}

// Commit ends the Apply before it: its changes stay.
func (s *State) Commit() {
	s.forget()
	s.pendings = false
}

// Rollback undoes the Apply before it, when its write to the store failed.
func (s *State) Rollback() {
	for i := len(s.undo) - 1; i >= 0; i-- {
		s.undo[i]()
	}
	s.forget()
	s.pendings = false
}

// forget empties the undo log, which must not keep what its entries point to alive.
func (s *State) forget() {
	if cap(s.undo) > 1<<16 {
		s.undo = nil
		return
	}
	clear(s.undo)
	s.undo = s.undo[:0]
}

// Load adds the documents docs to a State that holds none, as Apply and Commit would,
// without keeping the means of a Rollback: for a State read back from a store.
func (s *State) Load(docs []Doc) error {
	if len(s.docs) > 0 || s.pendings {
		return fmt.Errorf("resolve: Load into a State that is in use")
	}
	if _, err := s.apply(nil, docs, false); err != nil {
		return err
	}
	s.Commit()
	return nil
}

// Apply removes the documents remove, and adds (or replaces) the documents add, and
// recomputes the clusters they touch. The caller must then call [State.Commit], or
// [State.Rollback] to undo it all (when the store could not write the change). Apply
// must not be called again before either.
func (s *State) Apply(remove []schema.DocID, add []Doc) (*Delta, error) {
	if s.pendings {
		return nil, fmt.Errorf("resolve: Apply before the last one was committed or rolled back")
	}
	return s.apply(remove, add, true)
}

func (s *State) apply(remove []schema.DocID, add []Doc, undo bool) (*Delta, error) {
	s.pendings, s.inApply = true, undo
	defer func() { s.inApply = false }()
	s.epoch++
	epoch := s.epoch

	var noted []*rec              // records whose assignment before is noted (rec.old)
	affected := map[string]bool{} // base slugs whose IRIs must be assigned again
	var seeds, gone []*rec
	var kept []*cluster // clusters not made by this Apply whose assignment before is noted
	note := func(m *rec, old Resolved) {
		if m.noted != epoch && m.fresh != epoch {
			m.noted, m.old = epoch, &old
			noted = append(noted, m)
		}
	}
	keep := func(c *cluster) {
		if c.seen != epoch && c.born != epoch {
			c.seen, c.prev = epoch, Resolved{c.iri, c.name}
			kept = append(kept, c)
		}
	}
	dissolve := func(c *cluster) {
		if c == nil || c.dissolved == epoch {
			return
		}
		c.dissolved = epoch
		affected[c.base] = true
		old := Resolved{c.iri, c.name}
		if c.seen == epoch {
			old = c.prev
		}
		for _, m := range c.members {
			note(m, old)
			seeds = append(seeds, m)
		}
		unlist(s, s.bases, c.base, c)
		if s.live[c.iri] == c {
			del(s, s.live, c.iri)
		}
	}
	drop := func(id schema.DocID) {
		d := s.docs[id]
		if d == nil {
			return
		}
		for _, r := range d.recs {
			dissolve(r.cl)
			s.unindex(r)
			setField(s, &r.dead, true)
			gone = append(gone, r)
		}
		del(s, s.docs, id)
	}
	for _, id := range remove {
		drop(id)
	}
	// What a document being replaced brings is seeded below; the records it took away
	// leave neighbours whose clusters may change although they were not in one with
	// them (a surname alone that fitted two full names now fits one).
	neighboursOfGone := func() {
		done := map[string]bool{}
		for _, r := range gone {
			s.neighbours(r, done, func(n *rec) { seeds = append(seeds, n) })
		}
	}
	added := map[schema.DocID]bool{}
	for _, d := range add {
		if err := d.ID.Validate(); err != nil {
			return nil, err
		}
		drop(d.ID)
		nd := &doc{origin: d.Origin}
		seen := map[schema.IRI]bool{}
		givens, places := givenNames(d.Records), placeKeys(d.Records)
		for _, r := range d.Records {
			if seen[r.IRI] {
				continue
			}
			seen[r.IRI] = true
			x := s.newRec(d.ID, r, places)
			if x.person != nil && len(x.full) == 0 {
				x.ownGiven = slices.ContainsFunc(x.bare, func(k string) bool { return givens[k] })
			}
			nd.recs = append(nd.recs, x)
			s.reindex(x)
			if !s.join(x, nd, epoch, affected, keep) {
				seeds = append(seeds, x)
			}
		}
		set(s, s.docs, d.ID, nd)
		added[d.ID] = true
	}

	neighboursOfGone()

	// The components the seeds are in: records that share a key, joined through their
	// keys (each key expanded once); every cluster a visited record was in is dissolved.
	keys := map[string]bool{}
	var comps [][]*rec
	for i := 0; i < len(seeds); i++ {
		sd := seeds[i]
		if sd.dead || sd.visited == epoch {
			continue
		}
		var comp []*rec
		stack := []*rec{sd}
		sd.visited = epoch
		for len(stack) > 0 {
			r := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, r)
			dissolve(r.cl)
			s.neighbours(r, keys, func(n *rec) {
				if n.visited != epoch {
					n.visited = epoch
					stack = append(stack, n)
				}
			})
		}
		comps = append(comps, comp)
	}
	for _, comp := range comps {
		slices.SortFunc(comp, recCompare)
		groups := clusterComponent(comp)
		for _, members := range groups {
			c := &cluster{members: members, class: members[0].Class, born: epoch}
			if c.class != schema.Person && len(groups) == 1 {
				c.whole = true
				for _, m := range members {
					if m.lexKey != "" {
						c.lexKey = m.lexKey
						break
					}
				}
			}
			c.name = canonical(members)
			c.base = schema.Slug(c.name)
			c.first = string(members[0].doc) + "\x00" + string(members[0].IRI)
			for i, m := range members {
				if i == 0 || m.doc != members[i-1].doc {
					c.docs++
				}
			}
			prev := make([]*cluster, len(members))
			for i, m := range members {
				prev[i], m.cl = m.cl, c
			}
			s.log(func() {
				for i, m := range members {
					m.cl = prev[i]
				}
			})
			push(s, s.bases, c.base, c)
			affected[c.base] = true
		}
	}
	for b := range maps.Clone(affected) {
		for _, p := range suffixParents(b) {
			if len(s.bases[p]) > 0 {
				affected[p] = true
			}
		}
	}
	var touched []*cluster
	for _, b := range slices.Sorted(maps.Keys(affected)) {
		touched = append(touched, s.assign(b, keep)...)
	}

	// What changed.
	delta := &Delta{Formers: map[schema.IRI]schema.IRI{}}
	changed := maps.Clone(added)
	moves := map[schema.IRI]map[schema.IRI]int{} // old IRI -> new IRIs of its records
	compare := func(m *rec, now Resolved) {
		if m.noted != epoch {
			return // a new record: its document is added
		}
		prev := *m.old
		if prev != now {
			changed[m.doc] = true
		}
		if prev.IRI != now.IRI {
			if moves[prev.IRI] == nil {
				moves[prev.IRI] = map[schema.IRI]int{}
			}
			moves[prev.IRI][now.IRI]++
		}
	}
	for _, c := range touched {
		if c.born == epoch {
			for _, m := range c.members {
				compare(m, Resolved{c.iri, c.name})
			}
		}
	}
	// A cluster that was kept changes its members' documents only when its IRI or name
	// changed: otherwise none of its members is even looked at.
	for _, c := range kept {
		now := Resolved{c.iri, c.name}
		if c.dissolved == epoch || now == c.prev {
			continue
		}
		for _, m := range c.members {
			note(m, c.prev)
			compare(m, now)
		}
	}
	removed := map[schema.DocID]bool{}
	for _, r := range gone {
		removed[r.doc] = true
		// A record of a document replaced is the record of the same IRI in its new version.
		if nd := s.docs[r.doc]; nd != nil && r.noted == epoch && r.old.IRI != "" {
			for _, n := range nd.recs {
				if n.IRI == r.IRI && n.cl.iri != r.old.IRI {
					if moves[r.old.IRI] == nil {
						moves[r.old.IRI] = map[schema.IRI]int{}
					}
					moves[r.old.IRI][n.cl.iri]++
				}
			}
		}
	}
	delta.Changed = slices.Sorted(maps.Keys(changed))
	// The assignment before of the documents written again or removed: their noted
	// records, and (for a document rewritten) the others as they are.
	delta.Old = map[schema.DocID]map[schema.IRI]Resolved{}
	for _, r := range noted {
		if !changed[r.doc] && !removed[r.doc] {
			continue
		}
		m := delta.Old[r.doc]
		if m == nil {
			m = map[schema.IRI]Resolved{}
			delta.Old[r.doc] = m
		}
		m[r.IRI] = *r.old
	}
	for id, m := range delta.Old {
		if d := s.docs[id]; d != nil && !added[id] {
			for _, r := range d.recs {
				if _, ok := m[r.IRI]; !ok {
					m[r.IRI] = Resolved{r.cl.iri, r.cl.name} // unchanged
				}
			}
		}
	}

	// Former IRIs: an IRI no entity has any more names the entity that took most of its
	// records; a former IRI that names an entity again is no former one; formers of an
	// IRI that became a former follow it, and formers of an entity that is gone go.
	setFormer := func(f, t schema.IRI) {
		if cur, ok := s.formers[f]; ok {
			if cur == t {
				return
			}
			removeFrom(s, s.targets, cur, f)
		}
		if t == "" {
			if _, ok := s.formers[f]; ok {
				del(s, s.formers, f)
				delta.Formers[f] = ""
			}
			return
		}
		set(s, s.formers, f, t)
		addTo(s, s.targets, t, f)
		delta.Formers[f] = t
	}
	renamed := map[schema.IRI]schema.IRI{}
	for _, x := range slices.Sorted(maps.Keys(moves)) {
		if _, live := s.live[x]; live {
			continue
		}
		best, n := schema.IRI(""), 0
		for _, y := range slices.Sorted(maps.Keys(moves[x])) {
			if moves[x][y] > n {
				best, n = y, moves[x][y]
			}
		}
		renamed[x] = best
	}
	deadIRIs := map[schema.IRI]bool{}
	for _, r := range noted {
		if iri := r.old.IRI; iri != "" && !deadIRIs[iri] {
			if _, live := s.live[iri]; !live {
				deadIRIs[iri] = true
			}
		}
	}
	for _, d := range slices.Sorted(maps.Keys(deadIRIs)) {
		for _, f := range slices.Sorted(maps.Keys(s.targets[d])) {
			setFormer(f, renamed[d]) // "" when d is gone for good
		}
	}
	for _, x := range slices.Sorted(maps.Keys(renamed)) {
		setFormer(x, renamed[x])
	}
	for _, cs := range [][]*cluster{touched, kept} {
		for _, c := range cs {
			if _, ok := s.formers[c.iri]; ok && c.dissolved != epoch {
				setFormer(c.iri, "")
			}
		}
	}
	return delta, nil
}

// assign gives the clusters of the base slug b their IRIs, and returns them. It notes
// (keep) the assignment before of clusters not made by this Apply.
func (s *State) assign(b string, keep func(*cluster)) []*cluster {
	cs := slices.Clone(s.bases[b])
	slices.SortFunc(cs, clusterCompare)
	taken := map[schema.IRI]bool{}
	for _, c := range cs {
		keep(c)
		if s.live[c.iri] == c {
			del(s, s.live, c.iri)
		}
	}
	for i, c := range cs {
		iri := schema.IRI(schema.EntityBase + b)
		if i > 0 {
			cn := strings.ToLower(c.class.Name())
			for n := 1; ; n++ {
				slug := b + "-" + cn
				if n > 1 {
					slug += "-" + strconv.Itoa(n)
				}
				cand := schema.IRI(schema.EntityBase + slug)
				if !taken[cand] && len(s.bases[slug]) == 0 {
					iri = cand
					break
				}
			}
		}
		taken[iri] = true
		setField(s, &c.iri, iri)
		set(s, s.live, iri, c)
	}
	return cs
}

var classNames = `person|organization|country|place`

var suffixRE = regexp.MustCompile(`^(.+)-(` + classNames + `)(-[0-9]+)?$`)

// suffixParents returns the base slugs whose clusters may be given the slug b with a
// class suffix: a new or vanished base b changes their IRIs.
func suffixParents(b string) []string {
	m := suffixRE.FindStringSubmatch(b)
	if m == nil {
		return nil
	}
	return []string{m[1]}
}

var classRank = map[schema.Class]int{schema.Country: 0, schema.Organization: 1, schema.Place: 2, schema.Person: 3}

// clusterCompare ranks the entities of one base slug: the one in most documents first,
// then by class, canonical name and first document.
func clusterCompare(a, b *cluster) int {
	return cmp.Or(cmp.Compare(b.docs, a.docs), cmp.Compare(classRank[a.class], classRank[b.class]),
		strings.Compare(a.name, b.name), strings.Compare(a.first, b.first))
}

func recCompare(a, b *rec) int {
	return cmp.Or(strings.Compare(string(a.doc), string(b.doc)), strings.Compare(string(a.IRI), string(b.IRI)))
}

// intern returns s, or a string equal to it that the State holds already: the names
// and keys of an entity that thousands of documents name are held once.
func (s *State) intern(x string) string {
	if x == "" {
		return ""
	}
	if y, ok := s.strs[x]; ok {
		return y
	}
	x = strings.Clone(x) // not a part of the caller's larger string
	s.strs[x] = x
	return x
}

func (s *State) newRec(id schema.DocID, r Record, places map[string]bool) *rec {
	x := &rec{IRI: schema.IRI(s.intern(string(r.IRI))), Name: s.intern(r.Name), Lexicon: s.intern(r.Lexicon),
		Class: r.Class, doc: id, lexKey: s.intern(schema.NameKey(r.Lexicon))}
	if r.Class != schema.Person {
		keys := []string{schema.NameKey(r.Name)}
		names := []string{r.Name}
		for _, f := range r.Forms {
			names = append(names, f.Text)
			keys = append(keys, schema.NameKey(f.Text))
			if f.Text == r.Name {
				x.written += int32(f.Count)
			}
		}
		if x.lexKey != "" {
			keys = append(keys, x.lexKey)
		}
		slices.Sort(keys)
		keys = slices.DeleteFunc(slices.Compact(keys), func(k string) bool { return k == "" })
		x.ks = make([]string, len(keys))
		c := string(r.Class)
		for i, k := range keys {
			x.ks[i] = s.intern("n|" + c + "|" + k)
		}
		weak, longs := weakKeys(names)
		for _, k := range weak {
			x.weak = append(x.weak, s.intern("n|"+c+"|"+k))
		}
		x.longs = longs
		for _, k := range qualifiedKeys(x.ks, places) {
			x.qualified = append(x.qualified, s.intern(k))
		}
		return x
	}
	p := &person{forms: make([]schema.NameForm, len(r.Forms)), gender: s.intern(r.Gender), styled: r.Styled}
	for _, t := range r.Posts {
		p.posts = append(p.posts, s.intern(t))
	}
	slices.Sort(p.posts)
	p.posts = slices.Clip(slices.Compact(p.posts))
	x.person = p
	for i, f := range r.Forms {
		f.Text, f.Given, f.Surname = s.intern(f.Text), s.intern(f.Given), s.intern(f.Surname)
		p.forms[i] = f
	}
	seen := map[string]bool{}
	for _, f := range p.forms {
		switch {
		case f.Given != "" && f.Surname != "":
			k := s.intern(schema.NameKey(f.Text))
			if !seen[k] {
				seen[k] = true
				p.full = append(p.full, fullName{k, f.Given, f.Surname, s.intern(middleNames(f.Text, k, f.Surname))})
			}
			p.surnames = append(p.surnames, f.Surname)
		case f.Surname != "":
			p.bare = append(p.bare, f.Surname)
			p.surnames = append(p.surnames, f.Surname)
			if f.GivenName {
				p.given = append(p.given, f.Surname)
			}
		}
	}
	slices.SortFunc(p.full, func(a, b fullName) int { return strings.Compare(a.key, b.key) })
	slices.Sort(p.bare)
	p.bare = slices.Clip(slices.Compact(p.bare))
	slices.Sort(p.given)
	p.given = slices.Clip(slices.Compact(p.given))
	slices.Sort(p.surnames)
	p.surnames = slices.Clip(slices.Compact(p.surnames))
	x.ks = make([]string, len(p.surnames))
	for i, sn := range p.surnames {
		x.ks[i] = s.intern("ps|" + sn)
	}
	return x
}

// keysOf returns the keys under which r is indexed: an organisation's, country's or
// place's name keys, a person's surnames (a person may be another only if a surname of
// one is a variant of a surname of the other).
func (r *rec) keysOf() []string { return r.ks }

// surnamesOf returns a person's surnames; none for another class.
func (r *rec) surnamesOf() []string {
	if r.person == nil {
		return nil
	}
	return r.surnames
}

func (s *State) reindex(r *rec) {
	for _, k := range r.keysOf() {
		push(s, s.index, k, r)
	}
	for _, k := range r.qualified {
		set(s, s.qualifiers, k, s.qualifiers[k]+1)
	}
	for _, sn := range r.surnamesOf() {
		for _, b := range VariantBlocks(sn) {
			pushNew(s, s.blocks, b, sn)
		}
	}
}

func (s *State) unindex(r *rec) {
	for _, k := range r.keysOf() {
		unlist(s, s.index, k, r)
	}
	for _, k := range r.qualified {
		if n := s.qualifiers[k]; n > 1 {
			set(s, s.qualifiers, k, n-1)
		} else {
			del(s, s.qualifiers, k)
		}
	}
	for _, sn := range r.surnamesOf() {
		if len(s.index["ps|"+sn]) > 0 {
			continue // another record has the surname
		}
		for _, b := range VariantBlocks(sn) {
			unlist(s, s.blocks, b, sn)
		}
	}
}

// neighbours calls fn for every record that shares a key with r, or (for a person) has
// a surname that is a spelling variant of one of r's: a superset of the records
// resolution may join with r, which is all the recomputation of r's component needs
// (resolution of a set of records that are not linked to each other is the resolution
// of each). A key in done has been expanded already; neighbours expands each key once.
func (s *State) neighbours(r *rec, done map[string]bool, fn func(*rec)) {
	var queue []string
	for _, k := range r.keysOf() {
		if !done[k] {
			done[k] = true
			queue = append(queue, k)
		}
	}
	for len(queue) > 0 {
		k := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		for _, n := range s.index[k] {
			fn(n)
		}
		sn, ok := strings.CutPrefix(k, "ps|")
		if !ok {
			continue
		}
		for _, b := range VariantBlocks(sn) {
			for _, other := range s.blocks[b] {
				if ok := "ps|" + other; !done[ok] && Variant(sn, other) {
					done[ok] = true
					queue = append(queue, ok)
				}
			}
		}
	}
}

// givenNames returns the given names of the full names of persons of records.
func givenNames(records []Record) map[string]bool {
	out := map[string]bool{}
	for _, r := range records {
		if r.Class != schema.Person {
			continue
		}
		for _, f := range r.Forms {
			if f.Given != "" && f.Surname != "" {
				out[f.Given] = true
			}
		}
	}
	return out
}

func samePerson(a, b fullName) bool {
	return Variant(a.surname, b.surname) && Similar(a.given, b.given)
}

func anyVariant(xs, ys []string) bool {
	for _, x := range xs {
		for _, y := range ys {
			if Variant(x, y) {
				return true
			}
		}
	}
	return false
}
