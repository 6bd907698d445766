package graph

import (
	"cmp"
	"context"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Chain is one walk of a [Path]: the entities it stands on, from its start to the entity
// it reaches, and the fact of each hop between them with its evidence. It is what
// Cayley's Tag and Save give for every node of a path, typed.
type Chain struct {
	// Entities are the entities the walk stands on (without aliases): the start first,
	// then one after each hop, so there is one more than Hops.
	Entities []schema.Entity
	// Hops are the facts followed: Hops[i] links Entities[i] and Entities[i+1].
	Hops []Hop
}

// Start returns the entity the walk starts from.
func (c Chain) Start() schema.Entity { return c.Entities[0] }

// End returns the entity the walk reaches.
func (c Chain) End() schema.Entity { return c.Entities[len(c.Entities)-1] }

// String returns the walk on one line, each hop's predicate in the direction it was
// followed: "Ada Korsh -met-> Piet Ruhl <-leads- Veldia".
func (c Chain) String() string {
	if len(c.Entities) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(c.Start().Name)
	for i, h := range c.Hops {
		if i+1 >= len(c.Entities) {
			break
		}
		if h.Direction == In {
			fmt.Fprintf(&b, " <-%s- %s", h.Fact.Predicate.Name(), c.Entities[i+1].Name)
		} else {
			fmt.Fprintf(&b, " -%s-> %s", h.Fact.Predicate.Name(), c.Entities[i+1].Name)
		}
	}
	return b.String()
}

// Hop is one fact of a [Chain] and the direction the walk followed it in.
type Hop struct {
	// Fact is the fact, in its stored direction, with all its evidence.
	Fact schema.Fact
	// Direction is Out when the walk went from the fact's subject to its object, In when
	// it went from the object to the subject (an In step, or a Both step against the
	// fact's direction).
	Direction Direction
}

// Chains runs the path and yields each of its walks whole: the entity it starts from,
// every hop's fact with its evidence, and the entity it reaches. There is a walk for
// every way the path's steps can be taken, so an entity that several facts lead to is
// the end of several chains, and a walk may come back to an entity (Both().Both() leads
// back to the start). Skip and Limit choose entities, not walks: Limit(2) keeps the walks
// that reach the first two entities. The ends are the entities of [Path.Entities].
//
// Chains come in a deterministic order: by the entity they reach, as Path.Entities orders
// them (name, then IRI); then along the walk from its start, comparing each entity (by
// name, then IRI) and then each hop's predicate (in the order of [schema.Relations]) and
// direction (Out before In). So the chains that reach one entity come together, and a
// chain is never yielded twice.
//
// The walks are enumerated as they are yielded, from a snapshot of the facts the path
// can use taken when the iteration starts: memory grows with those facts, not with the
// number of walks, which can grow exponentially with the hops (a 3-hop Both from a hub
// has millions). Stop the iteration when you have enough, or narrow the path. Chains
// share their facts' Evidence slices: treat them as read-only.
//
// Chains follow facts, so every hop of the path, and of the paths its Or steps add, must
// be over relations; a hop over a property such as schema.Mentions is an error wrapping
// [ErrInvalid] (use Path.Entities for such paths). Quads that no document labels
// (written to the store by another program) are not facts and take no part in chains.
// On error the iteration yields one zero Chain paired with the error and stops.
func (p *Path) Chains(ctx context.Context) iter.Seq2[Chain, error] {
	return func(yield func(Chain, error) bool) {
		walks, err := p.walks(ctx)
		if err != nil {
			yield(Chain{}, err)
			return
		}
		var seqs []iter.Seq[Chain]
		for _, w := range walks {
			seqs = append(seqs, w.all)
		}
		for c := range mergeChains(seqs) {
			if err := ctx.Err(); err != nil {
				yield(Chain{}, err)
				return
			}
			if !yield(c, nil) {
				return
			}
		}
	}
}

// track is one family of a path's walks: from a set of start nodes through a sequence
// of hops and filters. A path's walks are those of its main track and of the tracks that
// its Or steps add, each continued by the steps after its Or.
type track struct {
	start nodeSet
	ops   []trackOp
}

// trackOp is a hop over relations, or a filter: the walks whose node is in keep pass.
type trackOp struct {
	hop  *pathStep
	keep nodeSet
}

// tracks returns the tracks of an evaluated path.
func (ev *evaluation) tracks() []track {
	opsFrom := func(j int) []trackOp {
		var ops []trackOp
		for i := j; i < len(ev.p.steps); i++ {
			s := &ev.p.steps[i]
			switch {
			case s.kind.hop():
				ops = append(ops, trackOp{hop: s})
			case s.kind != stepOr:
				ops = append(ops, trackOp{keep: ev.sets[i+1]})
			}
		}
		return ops
	}
	out := []track{{start: ev.sets[0], ops: opsFrom(0)}}
	for i, s := range ev.p.steps {
		if s.kind != stepOr {
			continue
		}
		rest := opsFrom(i + 1)
		for _, t := range ev.subs[i].tracks() {
			t.ops = append(slices.Clip(t.ops), rest...)
			out = append(out, t)
		}
	}
	return out
}

// walks evaluates p and takes a snapshot of the walks of each of its tracks.
func (p *Path) walks(ctx context.Context) ([]*walkGraph, error) {
	if p.err != nil {
		return nil, p.err
	}
	if err := p.g.rlock(ctx); err != nil {
		return nil, err
	}
	defer p.g.mu.RUnlock()
	ev, err := p.eval(ctx, every)
	if err != nil {
		return nil, err
	}
	tracks := ev.tracks()
	for _, t := range tracks {
		for _, op := range t.ops {
			if op.hop != nil && !op.hop.overRelations() {
				return nil, invalid("Path.Chains: a hop follows a property (%s), which has no facts; use Path.Entities",
					predNames(op.hop.preds))
			}
		}
	}
	facts := map[factKey]schema.Fact{}
	var out []*walkGraph
	for _, t := range tracks {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		out = append(out, p.g.ix.walkGraph(t, facts))
	}
	return out, nil
}

// walkGraph is the layered graph of a track's walks: layers[k] holds the nodes a walk
// can stand on after k hops, each node with its edges to the next layer, pruned to the
// nodes and edges of complete walks. It holds copies of the facts, so it can be walked
// without the graph's lock.
type walkGraph struct {
	layers [][]*walkNode // each sorted by entity
	mark   int           // the current end's mark
}

type walkNode struct {
	ent     schema.Entity
	out, in []*walkEdge // out sorted by chain order
	mark    int         // == walkGraph.mark: reaches the current end
}

type walkEdge struct {
	from, to *walkNode
	k        factKey
	dir      Direction
	hop      Hop // built once the edge is known to be on a walk
}

// walkGraph builds the walk graph of t. facts caches the facts built, shared between the
// tracks of one path. The caller holds the read lock.
func (ix *index) walkGraph(t track, facts map[factKey]schema.Fact) *walkGraph {
	wg := &walkGraph{}
	newLayer := func(set map[schema.IRI]*walkNode) []*walkNode {
		layer := make([]*walkNode, 0, len(set))
		for _, n := range set {
			layer = append(layer, n)
		}
		return layer
	}
	cur := map[schema.IRI]*walkNode{}
	for iri := range t.start {
		cur[iri] = &walkNode{ent: ix.ref(iri)}
	}
	for _, op := range t.ops {
		if op.hop == nil {
			for iri := range cur {
				if _, ok := op.keep[iri]; !ok {
					delete(cur, iri)
				}
			}
			continue
		}
		wg.layers = append(wg.layers, newLayer(cur))
		next := map[schema.IRI]*walkNode{}
		for iri, from := range cur {
			ix.edges(iri, op.hop, func(k factKey, d Direction, to schema.IRI) {
				n := next[to]
				if n == nil {
					n = &walkNode{ent: ix.ref(to)}
					next[to] = n
				}
				e := &walkEdge{from: from, to: n, k: k, dir: d}
				from.out = append(from.out, e)
				n.in = append(n.in, e)
			})
		}
		cur = next
	}
	// The ends are entities, as for Path.Entities; a filter after the last hop may have
	// dropped nodes that still have edges from the layer before.
	for iri := range cur {
		if _, ok := ix.entity(iri); !ok {
			delete(cur, iri)
		}
	}
	wg.layers = append(wg.layers, newLayer(cur))
	// Prune backwards: keep the nodes and edges of walks that reach an end.
	alive := map[*walkNode]bool{}
	for _, n := range wg.layers[len(wg.layers)-1] {
		alive[n] = true
	}
	for k := len(wg.layers) - 2; k >= 0; k-- {
		layer := wg.layers[k][:0]
		for _, n := range wg.layers[k] {
			n.out = slices.DeleteFunc(n.out, func(e *walkEdge) bool { return !alive[e.to] })
			if len(n.out) > 0 {
				alive[n] = true
				layer = append(layer, n)
			}
		}
		wg.layers[k] = layer
	}
	for k, layer := range wg.layers {
		for _, n := range layer {
			if k > 0 {
				n.in = slices.DeleteFunc(n.in, func(e *walkEdge) bool { return !alive[e.from] })
			}
			for _, e := range n.out {
				f, ok := facts[e.k]
				if !ok {
					f, _ = ix.fact(e.k, "")
					facts[e.k] = f
				}
				e.hop = Hop{Fact: f, Direction: e.dir}
			}
			slices.SortFunc(n.out, func(a, b *walkEdge) int { return compareSteps(a.to.ent, a.hop, b.to.ent, b.hop) })
		}
		slices.SortFunc(layer, func(a, b *walkNode) int { return compareEntities(a.ent, b.ent) })
	}
	return wg
}

// all yields the walks of the graph in chain order: for each end, every walk from a
// start, depth first along sorted edges.
func (wg *walkGraph) all(yield func(Chain) bool) {
	last := len(wg.layers) - 1
	ents := make([]schema.Entity, last+1)
	hops := make([]Hop, last)
	var walk func(k int, n *walkNode) bool
	walk = func(k int, n *walkNode) bool {
		ents[k] = n.ent
		if k == last {
			return yield(Chain{Entities: slices.Clone(ents), Hops: slices.Clone(hops)})
		}
		for _, e := range n.out {
			if e.to.mark == wg.mark {
				hops[k] = e.hop
				if !walk(k+1, e.to) {
					return false
				}
			}
		}
		return true
	}
	for _, end := range wg.layers[last] {
		// Mark the nodes that reach this end, then walk forward through them.
		wg.mark++
		end.mark = wg.mark
		frontier := []*walkNode{end}
		for k := last; k > 0; k-- {
			var prev []*walkNode
			for _, n := range frontier {
				for _, e := range n.in {
					if e.from.mark != wg.mark {
						e.from.mark = wg.mark
						prev = append(prev, e.from)
					}
				}
			}
			frontier = prev
		}
		for _, start := range wg.layers[0] {
			if start.mark == wg.mark && !walk(0, start) {
				return
			}
		}
	}
}

// compareSteps orders two steps of walks by the entity they lead to, then the hop's
// predicate and direction.
func compareSteps(a schema.Entity, ha Hop, b schema.Entity, hb Hop) int {
	return cmp.Or(compareEntities(a, b),
		cmp.Compare(predicateRank(ha.Fact.Predicate), predicateRank(hb.Fact.Predicate)),
		cmp.Compare(ha.Direction, hb.Direction),
		cmp.Compare(ha.Fact.Subject.IRI, hb.Fact.Subject.IRI))
}

// compareChains is the order of Path.Chains.
func compareChains(a, b Chain) int {
	if c := compareEntities(a.End(), b.End()); c != 0 {
		return c
	}
	if c := compareEntities(a.Start(), b.Start()); c != 0 {
		return c
	}
	for i := 0; i < len(a.Hops) && i < len(b.Hops); i++ {
		if c := compareSteps(a.Entities[i+1], a.Hops[i], b.Entities[i+1], b.Hops[i]); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a.Hops), len(b.Hops))
}

// mergeChains merges streams of chains, each in chain order, into one in chain order,
// yielding a chain that several streams hold once.
func mergeChains(seqs []iter.Seq[Chain]) iter.Seq[Chain] {
	if len(seqs) == 1 {
		return seqs[0]
	}
	return func(yield func(Chain) bool) {
		type head struct {
			c    Chain
			next func() (Chain, bool)
		}
		var heads []*head
		for _, s := range seqs {
			next, stop := iter.Pull(s)
			defer stop()
			if c, ok := next(); ok {
				heads = append(heads, &head{c, next})
			}
		}
		var prev *Chain
		for len(heads) > 0 {
			best := 0
			for i, h := range heads[1:] {
				if compareChains(h.c, heads[best].c) < 0 {
					best = i + 1
				}
			}
			h := heads[best]
			if prev == nil || compareChains(*prev, h.c) != 0 {
				if !yield(h.c) {
					return
				}
				c := h.c
				prev = &c
			}
			if c, ok := h.next(); ok {
				h.c = c
			} else {
				heads = slices.Delete(heads, best, best+1)
			}
		}
	}
}
