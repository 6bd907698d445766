package graph

import (
	"cmp"
	"context"
	"iter"
	"maps"
	"slices"
	"strings"

	cpath "github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/schema"
)

// Path is a typed path query over the graph, in the manner of Cayley's path language: it
// starts at some entities, moves along facts (Out, In, Both) and filters where it stands
// (Has, HasClass, Is, And, Or, Except, Skip, Limit). A Path is immutable: each step
// returns a new Path and leaves its receiver unchanged, so a Path can be shared and
// extended by several goroutines. Nothing runs until a terminal call, which takes the
// context: [Path.Entities] (where the walks end), [Path.Count] (how many entities),
// [Path.Chains] (each whole walk, every hop's fact with its evidence) or [Path.Facts]
// (the facts of the last hop).
//
// Arguments are checked as the steps are added, and the first wrong one (an unknown
// predicate or class, a string that is not an IRI, a negative count) is returned by the
// terminal call as an error wrapping [ErrInvalid].
//
// # Order and Skip, Limit
//
// Entities are ordered by name, then IRI; Skip and Limit take that order wherever they
// stand, so Limit(2) keeps the first two entities of the sorted answer, not the first two
// Cayley happens to find. A step after Skip or Limit moves on from the entities they
// keep. Nodes that are not entities (documents, after a hop over mentions) have no name
// and sort by IRI, before the entities.
//
// # Where paths run
//
// A path runs on the graph's in-memory index, whose facts are exactly the store's quads
// of the relations, whenever its steps allow: hops over relations, Has over a relation,
// HasClass of an entity class, Is, And, Or, Except, Skip and Limit. A hop or Has over a
// property (such as schema.Mentions, from entities to the documents that name them) runs
// on Cayley's path engine, one step at a time, as does every step of a store holding
// quads that no document labels (written by another program).
//
// The zero value is not usable; start a path with [Graph.Path].
type Path struct {
	g     *Graph
	from  []schema.IRI
	all   bool // from is every entity
	steps []pathStep
	err   error // the first invalid argument of a step, returned by the terminal
}

type stepKind int

const (
	stepOut stepKind = iota + 1
	stepIn
	stepBoth
	stepHas
	stepHasClass
	stepIs
	stepAnd
	stepOr
	stepExcept
	stepLimit
	stepSkip
)

func (k stepKind) hop() bool { return k == stepOut || k == stepIn || k == stepBoth }

type pathStep struct {
	kind  stepKind
	preds []schema.Predicate
	iris  []schema.IRI
	class schema.Class
	other *Path
	n     int
}

// overRelations reports whether a hop or Has step follows only relations (facts).
func (s *pathStep) overRelations() bool {
	for _, p := range s.preds {
		if !p.IsRelation() {
			return false
		}
	}
	return true
}

// Path starts a path at the given nodes: entities, or documents and sentences to walk
// from along properties such as schema.Mentions. With none, it starts at every entity of
// the graph. An IRI that is none of these makes the terminal call fail with an error
// wrapping [ErrInvalid].
func (g *Graph) Path(from ...schema.IRI) *Path {
	p := &Path{g: g, from: slices.Clone(from), all: len(from) == 0}
	for _, iri := range from {
		if err := checkNodeIRI("Path", iri); err != nil {
			p.err = err
			break
		}
	}
	return p
}

func (p *Path) with(s pathStep, err error) *Path {
	np := *p
	np.steps = append(slices.Clip(p.steps), s)
	if np.err == nil {
		np.err = err
	}
	return &np
}

func (p *Path) hop(kind stepKind, what string, preds []schema.Predicate) *Path {
	ps, err := parsePredicates(what, preds)
	return p.with(pathStep{kind: kind, preds: ps}, err)
}

// Out follows facts from subject to object through the given relations (none means all
// relations), to the facts' objects. A property such as schema.Mentions may be given
// instead, to walk from documents to the entities they name.
func (p *Path) Out(preds ...schema.Predicate) *Path { return p.hop(stepOut, "Path.Out", preds) }

// In follows facts from object to subject through the given relations (none means all
// relations), to the facts' subjects; a property such as schema.Mentions walks from
// entities to the documents that name them.
func (p *Path) In(preds ...schema.Predicate) *Path { return p.hop(stepIn, "Path.In", preds) }

// Both follows facts either way through the given relations (none means all relations).
func (p *Path) Both(preds ...schema.Predicate) *Path { return p.hop(stepBoth, "Path.Both", preds) }

// Has keeps the nodes that are the subject of a fact pred -> obj (or of a property quad,
// such as a document's schema.Mentions of an entity).
func (p *Path) Has(pred schema.Predicate, obj schema.IRI) *Path {
	ps, err := parsePredicates("Path.Has", []schema.Predicate{pred})
	if err == nil {
		if _, perr := schema.ParseIRI(obj); perr != nil {
			err = invalid("Path.Has: object %q is not an IRI of the graph (%s...)", obj, schema.EntityBase)
		}
	}
	return p.with(pathStep{kind: stepHas, preds: ps, iris: []schema.IRI{obj}}, err)
}

// HasClass keeps the entities of class c (schema.Person, or its local name "Person");
// schema.DocumentClass keeps documents.
func (p *Path) HasClass(c schema.Class) *Path {
	pc, err := schema.ParseClass(string(c))
	if err != nil {
		err = invalid("Path.HasClass: unknown class %q (want %s, or Document)", c, classList())
	}
	return p.with(pathStep{kind: stepHasClass, class: pc}, err)
}

// Is keeps the nodes among iris.
func (p *Path) Is(iris ...schema.IRI) *Path {
	var err error
	for _, iri := range iris {
		if err = checkNodeIRI("Path.Is", iri); err != nil {
			break
		}
	}
	return p.with(pathStep{kind: stepIs, iris: slices.Clone(iris)}, err)
}

func (p *Path) join(kind stepKind, what string, other *Path) *Path {
	var err error
	switch {
	case other == nil:
		err = invalid("%s: nil path", what)
	case other.g != p.g:
		err = invalid("%s: the path is of another Graph", what)
	default:
		err = other.err
	}
	return p.with(pathStep{kind: kind, other: other}, err)
}

// And keeps the nodes that other also reaches (intersection). other is evaluated on p's
// graph; its walks do not become part of p's chains.
func (p *Path) And(other *Path) *Path { return p.join(stepAnd, "Path.And", other) }

// Or adds the nodes that other reaches (union). The walks of other join p's walks: a
// chain of the result is a chain of p or of other, continued by the steps after Or.
func (p *Path) Or(other *Path) *Path { return p.join(stepOr, "Path.Or", other) }

// Except drops the nodes that other reaches (difference).
func (p *Path) Except(other *Path) *Path { return p.join(stepExcept, "Path.Except", other) }

// Limit keeps the first n nodes where the path stands, in the order of [Path.Entities]
// (name, then IRI); 0 means no limit, a negative n is invalid.
func (p *Path) Limit(n int) *Path {
	return p.with(pathStep{kind: stepLimit, n: n}, checkCount("Path.Limit", n))
}

// Skip drops the first n nodes where the path stands, in the order of [Path.Entities];
// with Limit after it, it pages through an answer. A negative n is invalid.
func (p *Path) Skip(n int) *Path {
	return p.with(pathStep{kind: stepSkip, n: n}, checkCount("Path.Skip", n))
}

// nodeSet is a set of nodes (IRIs) a path stands on.
type nodeSet map[schema.IRI]struct{}

// evaluation is a path run forward: the nodes it stands on after each step. sets[0] is
// the start and sets[i+1] the nodes after steps[i], for the positions the caller asked
// for (nil for the others); subs[i] is the evaluation of the path an Or at step i adds.
type evaluation struct {
	p    *Path
	sets []nodeSet
	subs map[int]*evaluation
}

func (ev *evaluation) final() nodeSet { return ev.sets[len(ev.sets)-1] }

// Positions of a path that eval must materialise, besides the final one.
func onlyFinal(int) bool { return false }
func every(int) bool     { return true }

// eval runs p and keeps the sets of nodes at the positions need asks for and at the end.
// Steps the index answers run on it; a run of steps that need Cayley is built into one
// Cayley path, from the nodes where the run starts, and read once at its end (or where a
// set is needed): reading every step's nodes through Cayley's iterators is much slower.
// The caller holds the read lock.
func (p *Path) eval(ctx context.Context, need func(pos int) bool) (*evaluation, error) {
	if p.err != nil {
		return nil, p.err
	}
	ix := p.g.ix
	qs := p.g.st.QuadStore()
	ev := &evaluation{p: p, sets: make([]nodeSet, len(p.steps)+1)}
	var cur nodeSet         // where the path stands, when read
	var pending *cpath.Path // else a Cayley path that reaches it
	read := func() error {
		if pending == nil {
			return nil
		}
		set, err := p.g.cayleySet(ctx, pending)
		cur, pending = set, nil
		return err
	}
	// onCayley returns the pending Cayley path, started from cur if there is none; nil
	// when cur is empty, where every step but Or stays empty.
	onCayley := func() *cpath.Path {
		if pending == nil && len(cur) > 0 {
			pending = cpath.StartPath(qs, iriValues(ix.sortedNodes(cur))...)
		}
		return pending
	}
	switch {
	case !p.all:
		cur = nodeSet{}
		for _, iri := range p.from {
			cur[iri] = struct{}{}
		}
	case ix.foreign == 0:
		cur = nodeSet{}
		for iri, e := range ix.ents {
			if len(e.classes) > 0 {
				cur[iri] = struct{}{}
			}
		}
	default:
		pending = cpath.StartPath(qs).Has(quad.IRI(schema.Type), entityClasses...)
	}
	if need(0) {
		if err := read(); err != nil {
			return nil, err
		}
	}
	if pending == nil {
		ev.sets[0] = cur
	}
	for i, s := range p.steps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		indexed := ix.foreign == 0 && s.overRelations() && (s.kind != stepHasClass || s.class != schema.DocumentClass)
		switch s.kind {
		case stepOut, stepIn, stepBoth, stepHas, stepHasClass:
			if !indexed {
				cp := onCayley()
				if cp == nil {
					cur = nodeSet{}
					break
				}
				preds := predValues(s.preds)
				switch s.kind {
				case stepOut:
					pending = cp.Out(preds).Unique()
				case stepIn:
					pending = cp.In(preds).Unique()
				case stepBoth:
					pending = cp.Both(preds).Unique()
				case stepHas:
					pending = cp.Has(quad.IRI(s.preds[0]), quad.IRI(s.iris[0]))
				default:
					pending = cp.Has(quad.IRI(schema.Type), quad.IRI(s.class))
				}
				break
			}
			if err := read(); err != nil {
				return nil, err
			}
			switch s.kind {
			case stepHas:
				cur = keepIf(cur, func(iri schema.IRI) bool {
					return ix.facts[factKey{iri, s.preds[0], s.iris[0]}] != nil
				})
			case stepHasClass:
				cur = keepIf(cur, func(iri schema.IRI) bool {
					e := ix.ents[iri]
					return e != nil && e.classes[s.class] > 0
				})
			default:
				next := nodeSet{}
				for iri := range cur {
					ix.edges(iri, &s, func(_ factKey, _ Direction, to schema.IRI) { next[to] = struct{}{} })
				}
				cur = next
			}
		case stepIs:
			if pending != nil {
				pending = pending.Is(iriValues(s.iris)...)
				break
			}
			cur = keepIf(cur, func(iri schema.IRI) bool { return slices.Contains(s.iris, iri) })
		case stepAnd, stepExcept, stepOr:
			if err := read(); err != nil {
				return nil, err
			}
			subNeed := onlyFinal
			if s.kind == stepOr {
				subNeed = need // its walks join p's: Chains reads its sets
			}
			sub, err := s.other.eval(ctx, subNeed)
			if err != nil {
				return nil, err
			}
			other := sub.final()
			switch s.kind {
			case stepAnd:
				cur = keepIf(cur, inSet(other))
			case stepExcept:
				cur = keepIf(cur, func(iri schema.IRI) bool { _, ok := other[iri]; return !ok })
			default:
				cur = maps.Clone(cur)
				maps.Copy(cur, other)
				if ev.subs == nil {
					ev.subs = map[int]*evaluation{}
				}
				ev.subs[i] = sub
			}
		case stepLimit, stepSkip:
			if err := read(); err != nil {
				return nil, err
			}
			nodes := ix.sortedNodes(cur)
			if s.kind == stepSkip {
				nodes = nodes[min(s.n, len(nodes)):]
			} else if s.n > 0 && len(nodes) > s.n {
				nodes = nodes[:s.n]
			}
			cur = nodeSet{}
			for _, iri := range nodes {
				cur[iri] = struct{}{}
			}
		}
		if need(i + 1) {
			if err := read(); err != nil {
				return nil, err
			}
			ev.sets[i+1] = cur
		}
	}
	if err := read(); err != nil {
		return nil, err
	}
	ev.sets[len(p.steps)] = cur
	return ev, nil
}

func keepIf(set nodeSet, keep func(schema.IRI) bool) nodeSet {
	out := nodeSet{}
	for iri := range set {
		if keep(iri) {
			out[iri] = struct{}{}
		}
	}
	return out
}

func inSet(set nodeSet) func(schema.IRI) bool {
	return func(iri schema.IRI) bool { _, ok := set[iri]; return ok }
}

// sortedNodes returns the nodes of set in the order of Path.Entities: by name, then IRI.
func (ix *index) sortedNodes(set nodeSet) []schema.IRI {
	type named struct {
		iri  schema.IRI
		name string
	}
	ns := make([]named, 0, len(set))
	for iri := range set {
		ns = append(ns, named{iri, ix.ref(iri).Name})
	}
	slices.SortFunc(ns, func(a, b named) int {
		return cmp.Or(strings.Compare(a.name, b.name), strings.Compare(string(a.iri), string(b.iri)))
	})
	out := make([]schema.IRI, len(ns))
	for i, n := range ns {
		out[i] = n.iri
	}
	return out
}

// edges calls fn for every fact the hop s follows from iri: the fact, the direction it is
// followed in and the node it leads to. A fact of iri about itself is followed once, Out.
func (ix *index) edges(iri schema.IRI, s *pathStep, fn func(factKey, Direction, schema.IRI)) {
	follow := func(k factKey) bool { return len(s.preds) == 0 || slices.Contains(s.preds, k.p) }
	if s.kind != stepIn {
		for k := range ix.out[iri] {
			if follow(k) {
				fn(k, Out, k.o)
			}
		}
	}
	if s.kind != stepOut {
		for k := range ix.in[iri] {
			if follow(k) && !(s.kind == stepBoth && k.s == k.o) {
				fn(k, In, k.s)
			}
		}
	}
}

// cayleySet runs a Cayley path on the graph's quad store and returns the IRIs it reaches.
// The caller holds the read lock.
func (g *Graph) cayleySet(ctx context.Context, cp *cpath.Path) (_ nodeSet, err error) {
	defer store.Recover(&err)
	defer store.Guard()()
	qs := g.st.QuadStore()
	out := nodeSet{}
	err = cp.Iterate(ctx).EachValue(qs, func(v quad.Value) error {
		if iri, ok := v.(quad.IRI); ok {
			out[schema.IRI(iri)] = struct{}{}
		}
		return nil
	})
	if err != nil {
		return nil, g.storeErr(err)
	}
	return out, nil
}

func iriValues(iris []schema.IRI) []quad.Value {
	vs := make([]quad.Value, len(iris))
	for i, iri := range iris {
		vs[i] = quad.IRI(iri)
	}
	return vs
}

func predValues(preds []schema.Predicate) []quad.Value {
	if len(preds) == 0 {
		preds = schema.Relations()
	}
	vs := make([]quad.Value, len(preds))
	for i, p := range preds {
		vs[i] = quad.IRI(p)
	}
	return vs
}

var entityClasses = func() []quad.Value {
	var vs []quad.Value
	for _, c := range schema.Classes() {
		vs = append(vs, quad.IRI(c))
	}
	return vs
}()

// entities returns the entities among the nodes of set, sorted by name and IRI.
func (ix *index) entities(set nodeSet) []schema.Entity {
	out := make([]schema.Entity, 0, len(set))
	for iri := range set {
		if e, ok := ix.entity(iri); ok {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, compareEntities)
	return out
}

// Entities runs the path and returns the entities it reaches, each once, with their
// aliases, sorted by name and IRI: a snapshot taken when the iteration starts. On error
// the iteration yields one zero Entity paired with the error and stops.
func (p *Path) Entities(ctx context.Context) iter.Seq2[schema.Entity, error] {
	return func(yield func(schema.Entity, error) bool) {
		ents, err := p.entities(ctx)
		if err != nil {
			yield(schema.Entity{}, err)
			return
		}
		yieldAll(ctx, ents, yield)
	}
}

func (p *Path) entities(ctx context.Context) ([]schema.Entity, error) {
	if err := p.g.rlock(ctx); err != nil {
		return nil, err
	}
	defer p.g.mu.RUnlock()
	ev, err := p.eval(ctx, onlyFinal)
	if err != nil {
		return nil, err
	}
	return p.g.ix.entities(ev.final()), nil
}

// Count runs the path and returns the number of entities [Path.Entities] would yield,
// without building them.
func (p *Path) Count(ctx context.Context) (int, error) {
	if err := p.g.rlock(ctx); err != nil {
		return 0, err
	}
	defer p.g.mu.RUnlock()
	ev, err := p.eval(ctx, onlyFinal)
	if err != nil {
		return 0, err
	}
	n := 0
	for iri := range ev.final() {
		if e := p.g.ix.ents[iri]; e != nil && len(e.classes) > 0 { // ix.entity would succeed
			n++
		}
	}
	return n, nil
}

// Facts runs the path and returns the facts its last hop (its last Out, In or Both
// step) follows on the walks of [Path.Chains]: facts from where the path stood before
// the hop to an entity that passes the filters after it. Each fact comes once, with all
// its evidence, ordered as [Graph.Facts] orders them, in a snapshot taken when the
// iteration starts. On error the iteration yields one zero Fact paired with the error and
// stops: a path without a hop, or whose last hop is over a property such as
// schema.Mentions (which has no facts), is such an error, wrapping [ErrInvalid].
func (p *Path) Facts(ctx context.Context) iter.Seq2[schema.Fact, error] {
	return func(yield func(schema.Fact, error) bool) {
		facts, err := p.facts(ctx)
		if err != nil {
			yield(schema.Fact{}, err)
			return
		}
		yieldAll(ctx, facts, yield)
	}
}

func (p *Path) facts(ctx context.Context) ([]schema.Fact, error) {
	if p.err != nil {
		return nil, p.err
	}
	last := -1
	for i, s := range p.steps {
		if s.kind.hop() {
			last = i
		}
	}
	if last < 0 {
		return nil, invalid("Path.Facts: the path has no Out, In or Both step to take facts from")
	}
	hop := &p.steps[last]
	if !hop.overRelations() {
		return nil, invalid("Path.Facts: the last hop follows a property (%s), which has no facts", predNames(hop.preds))
	}
	if err := p.g.rlock(ctx); err != nil {
		return nil, err
	}
	defer p.g.mu.RUnlock()
	ev, err := p.eval(ctx, func(pos int) bool { return pos >= last })
	if err != nil {
		return nil, err
	}
	ix := p.g.ix
	alive := func(iri schema.IRI) bool {
		if _, ok := ix.entity(iri); !ok {
			return false
		}
		for j := last + 1; j < len(p.steps); j++ {
			if p.steps[j].kind == stepOr {
				continue
			}
			if _, ok := ev.sets[j+1][iri]; !ok {
				return false
			}
		}
		return true
	}
	keys := map[factKey]bool{}
	for src := range ev.sets[last] {
		ix.edges(src, hop, func(k factKey, _ Direction, to schema.IRI) {
			if alive(to) {
				keys[k] = true
			}
		})
	}
	out := make([]schema.Fact, 0, len(keys))
	for k := range keys {
		if f, ok := ix.fact(k, ""); ok {
			out = append(out, f)
		}
	}
	slices.SortFunc(out, compareFacts)
	return out, nil
}

func predNames(ps []schema.Predicate) string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Name()
	}
	return strings.Join(names, ", ")
}
