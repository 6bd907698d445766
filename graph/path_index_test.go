package graph

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	cpath "github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// walkFixture returns a memory graph of 30 small documents about people who lead and
// belong to boards and meet each other (one document removed again, so that removed
// facts must vanish everywhere), and its entities sorted.
func walkFixture(t *testing.T) (*Graph, []schema.IRI) {
	t.Helper()
	ctx := context.Background()
	g := OpenMemory()
	t.Cleanup(func() { g.Close() })
	ent := func(name string, c schema.Class) schema.Entity {
		return schema.Entity{IRI: schema.EntityIRI(name), Name: name, Class: c}
	}
	var all []schema.IRI
	for i := range 30 {
		id := schema.DocID(fmt.Sprintf("d%02d", i))
		x := &schema.Extraction{Document: schema.Document{ID: id}}
		x.Sentences = []schema.Sentence{{N: 1, Text: "One.", Length: 4}, {N: 2, Text: "Two.", Start: 5, Length: 4}}
		a, b := ent(fmt.Sprintf("Ana Volk%d", i%7), schema.Person), ent(fmt.Sprintf("Bera Lund%d", (i*3)%11), schema.Person)
		o := ent(fmt.Sprintf("Tarn Board %d", i%5), schema.Organization)
		x.Entities = []schema.Entity{a, b, o}
		ev := func(n int) []schema.Evidence { return []schema.Evidence{{Doc: id, Sentence: n}} }
		x.Facts = []schema.Fact{{Subject: a, Predicate: schema.Leads, Object: o, Evidence: ev(1)}}
		if a.IRI != b.IRI {
			x.Facts = append(x.Facts, schema.Fact{Subject: a, Predicate: schema.Met, Object: b, Evidence: ev(2)})
		}
		if i%4 == 0 {
			x.Facts = append(x.Facts, schema.Fact{Subject: b, Predicate: schema.MemberOf, Object: o, Evidence: ev(2)})
		}
		if i%9 == 0 { // a fact of an entity about itself
			x.Facts = append(x.Facts, schema.Fact{Subject: a, Predicate: schema.Supports, Object: a, Evidence: ev(1)})
		}
		if err := g.AddDocument(ctx, x); err != nil {
			t.Fatal(err)
		}
		all = append(all, a.IRI, b.IRI, o.IRI)
	}
	slices.Sort(all)
	all = slices.Compact(all)
	if err := g.RemoveDocument(ctx, "d04"); err != nil {
		t.Fatal(err)
	}
	return g, all
}

// randomPath builds a path of up to three steps of every kind; with limits, it may hold
// Skip and Limit.
func randomPath(g *Graph, r *rand.Rand, ents []schema.IRI, depth int, limits bool) *Path {
	pick := func() schema.IRI { return ents[r.IntN(len(ents))] }
	preds := func() []schema.Predicate {
		rel := []schema.Predicate{schema.Leads, schema.Met, schema.MemberOf, schema.Supports}
		switch r.IntN(3) {
		case 0:
			return nil
		case 1:
			return []schema.Predicate{rel[r.IntN(len(rel))]}
		}
		return []schema.Predicate{rel[r.IntN(len(rel))], rel[r.IntN(len(rel))]}
	}
	var p *Path
	switch r.IntN(4) {
	case 0:
		p = g.Path()
	case 1:
		p = g.Path(pick(), pick())
	default:
		p = g.Path(pick())
	}
	for range 1 + r.IntN(3) {
		kinds := 6
		if depth == 0 {
			kinds = 9
		}
		if limits {
			kinds += 2
		}
		switch k := r.IntN(kinds + 3); {
		case k < 3 || k >= kinds: // hops are the most common steps
			switch r.IntN(3) {
			case 0:
				p = p.Out(preds()...)
			case 1:
				p = p.In(preds()...)
			default:
				p = p.Both(preds()...)
			}
		case k == 3:
			p = p.Has([]schema.Predicate{schema.Leads, schema.Met, schema.MemberOf}[r.IntN(3)], pick())
		case k == 4:
			p = p.HasClass([]schema.Class{schema.Person, schema.Organization}[r.IntN(2)])
		case k == 5:
			p = p.Is(pick(), pick(), pick())
		case k == 6:
			p = p.And(randomPath(g, r, ents, depth+1, limits))
		case k == 7:
			p = p.Or(randomPath(g, r, ents, depth+1, limits))
		case k == 8:
			p = p.Except(randomPath(g, r, ents, depth+1, limits))
		case k == 9:
			p = p.Limit(r.IntN(4))
		default:
			p = p.Skip(r.IntN(3))
		}
	}
	return p
}

// cayley builds p as one Cayley path (without Skip and Limit, whose order is Cayley's).
func (p *Path) cayley(qs cgraph.QuadStore) *cpath.Path {
	var cp *cpath.Path
	if p.all {
		cp = cpath.StartPath(qs).Has(quad.IRI(schema.Type), entityClasses...)
	} else {
		cp = cpath.StartPath(qs, iriValues(p.from)...)
	}
	for _, s := range p.steps {
		switch s.kind {
		case stepOut:
			cp = cp.Out(predValues(s.preds)).Unique()
		case stepIn:
			cp = cp.In(predValues(s.preds)).Unique()
		case stepBoth:
			cp = cp.Both(predValues(s.preds)).Unique()
		case stepHas:
			cp = cp.Has(quad.IRI(s.preds[0]), quad.IRI(s.iris[0]))
		case stepHasClass:
			cp = cp.Has(quad.IRI(schema.Type), quad.IRI(s.class))
		case stepIs:
			cp = cp.Is(iriValues(s.iris)...)
		case stepAnd:
			cp = cp.And(s.other.cayley(qs))
		case stepOr:
			cp = cp.Or(s.other.cayley(qs)).Unique()
		case stepExcept:
			cp = cp.Except(s.other.cayley(qs))
		default:
			panic("no Cayley equivalent")
		}
	}
	return cp
}

func (p *Path) String() string {
	var b strings.Builder
	if p.all {
		b.WriteString("all")
	} else {
		fmt.Fprintf(&b, "%v", p.from)
	}
	for _, s := range p.steps {
		switch s.kind {
		case stepOut, stepIn, stepBoth:
			fmt.Fprintf(&b, ".%s(%s)", []string{stepOut: "Out", stepIn: "In", stepBoth: "Both"}[s.kind], predNames(s.preds))
		case stepHas:
			fmt.Fprintf(&b, ".Has(%s,%s)", s.preds[0].Name(), s.iris[0])
		case stepHasClass:
			fmt.Fprintf(&b, ".HasClass(%s)", s.class.Name())
		case stepIs:
			fmt.Fprintf(&b, ".Is%v", s.iris)
		case stepAnd, stepOr, stepExcept:
			fmt.Fprintf(&b, ".%s(%s)", []string{stepAnd: "And", stepOr: "Or", stepExcept: "Except"}[s.kind], s.other)
		case stepLimit:
			fmt.Fprintf(&b, ".Limit(%d)", s.n)
		case stepSkip:
			fmt.Fprintf(&b, ".Skip(%d)", s.n)
		}
	}
	return b.String()
}

func entityIRIs(ix *index, set nodeSet) []schema.IRI {
	var out []schema.IRI
	for iri := range set {
		if _, ok := ix.entity(iri); ok {
			out = append(out, iri)
		}
	}
	slices.Sort(out)
	return out
}

// TestPathIndexMatchesCayley checks, on random paths, that the in-memory index reaches
// exactly the entities that Cayley's path engine reaches: the same path built as one
// Cayley path, and evaluated step by step on Cayley (as for a store holding foreign
// quads).
func TestPathIndexMatchesCayley(t *testing.T) {
	ctx := context.Background()
	g, ents := walkFixture(t)
	r := rand.New(rand.NewPCG(1, 2))
	qs := g.st.QuadStore()
	for range 400 {
		p := randomPath(g, r, ents, 0, false)
		ev, err := p.eval(ctx, onlyFinal)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		fast := entityIRIs(g.ix, ev.final())
		vals, err := p.cayley(qs).Iterate(ctx).AllValues(qs)
		if err != nil {
			t.Fatalf("%s on Cayley: %v", p, err)
		}
		slow := nodeSet{}
		for _, v := range vals {
			if iri, ok := v.(quad.IRI); ok {
				slow[schema.IRI(iri)] = struct{}{}
			}
		}
		if want := entityIRIs(g.ix, slow); !slices.Equal(fast, want) {
			t.Errorf("%s:\nindex  %v\nCayley %v", p, fast, want)
		}
		g.ix.foreign++ // every step on Cayley
		ev, err = p.eval(ctx, onlyFinal)
		g.ix.foreign--
		if err != nil {
			t.Fatalf("%s step by step on Cayley: %v", p, err)
		}
		if got := entityIRIs(g.ix, ev.final()); !slices.Equal(fast, got) {
			t.Errorf("%s:\nindex             %v\nCayley, each step %v", p, fast, got)
		}
	}
	// A hop over a property runs on Cayley: from an entity to its documents and back.
	n, err := g.Path(ents[0]).In(schema.Mentions).Out(schema.Mentions).Count(ctx)
	if err != nil || n == 0 {
		t.Errorf("In(mentions).Out(mentions): %d entities, %v", n, err)
	}
}

// walk is a chain under construction in the brute-force oracle.
type walk struct {
	nodes []schema.IRI
	hops  []Hop
}

// bruteWalks enumerates p's walks naively, step by step, from the definition of each
// step: every fact a hop can follow extends every walk.
func bruteWalks(ix *index, p *Path) []walk {
	var ws []walk
	if p.all {
		for iri, e := range ix.ents {
			if len(e.classes) > 0 {
				ws = append(ws, walk{nodes: []schema.IRI{iri}})
			}
		}
	} else {
		for _, iri := range p.from {
			if !slices.ContainsFunc(ws, func(w walk) bool { return w.nodes[0] == iri }) {
				ws = append(ws, walk{nodes: []schema.IRI{iri}})
			}
		}
	}
	at := func(w walk) schema.IRI { return w.nodes[len(w.nodes)-1] }
	ends := func(ws []walk) map[schema.IRI]bool {
		m := map[schema.IRI]bool{}
		for _, w := range ws {
			m[at(w)] = true
		}
		return m
	}
	filter := func(keep func(schema.IRI) bool) {
		ws = slices.DeleteFunc(ws, func(w walk) bool { return !keep(at(w)) })
	}
	for _, s := range p.steps {
		switch s.kind {
		case stepOut, stepIn, stepBoth:
			var next []walk
			for _, w := range ws {
				for k, fe := range ix.facts {
					if fe == nil || len(s.preds) > 0 && !slices.Contains(s.preds, k.p) {
						continue
					}
					f, _ := ix.fact(k, "")
					if s.kind != stepIn && k.s == at(w) {
						next = append(next, walk{append(slices.Clone(w.nodes), k.o), append(slices.Clone(w.hops), Hop{f, Out})})
					}
					if s.kind != stepOut && k.o == at(w) && !(s.kind == stepBoth && k.s == k.o) {
						next = append(next, walk{append(slices.Clone(w.nodes), k.s), append(slices.Clone(w.hops), Hop{f, In})})
					}
				}
			}
			ws = next
		case stepHas:
			filter(func(iri schema.IRI) bool { return ix.facts[factKey{iri, s.preds[0], s.iris[0]}] != nil })
		case stepHasClass:
			filter(func(iri schema.IRI) bool { return ix.class(iri) == s.class })
		case stepIs:
			filter(func(iri schema.IRI) bool { return slices.Contains(s.iris, iri) })
		case stepAnd:
			other := ends(bruteWalks(ix, s.other))
			filter(func(iri schema.IRI) bool { return other[iri] })
		case stepExcept:
			other := ends(bruteWalks(ix, s.other))
			filter(func(iri schema.IRI) bool { return !other[iri] })
		case stepOr:
			ws = append(ws, bruteWalks(ix, s.other)...)
		case stepLimit, stepSkip:
			var nodes []schema.Entity
			for iri := range ends(ws) {
				nodes = append(nodes, ix.ref(iri))
			}
			slices.SortFunc(nodes, compareEntities)
			if s.kind == stepSkip {
				nodes = nodes[min(s.n, len(nodes)):]
			} else if s.n > 0 {
				nodes = nodes[:min(s.n, len(nodes))]
			}
			filter(func(iri schema.IRI) bool {
				return slices.ContainsFunc(nodes, func(e schema.Entity) bool { return e.IRI == iri })
			})
		}
	}
	return ws
}

func chainString(c Chain) string {
	var b strings.Builder
	b.WriteString(c.Start().Name)
	for i, h := range c.Hops {
		arrow := "-%s->"
		if h.Direction == In {
			arrow = "<-%s-"
		}
		fmt.Fprintf(&b, " "+arrow+" %s", h.Fact.Predicate.Name(), c.Entities[i+1].Name)
	}
	return b.String()
}

// TestChainsMatchBruteForce checks Path.Chains on random paths, Skip and Limit
// included, against every walk enumerated naively: the same chains, in chain order,
// each once, hop by hop with consistent facts, ending at the entities of Path.Entities.
func TestChainsMatchBruteForce(t *testing.T) {
	ctx := context.Background()
	g, ents := walkFixture(t)
	r := rand.New(rand.NewPCG(3, 4))
	total := 0
	defer func() { t.Logf("%d chains compared", total) }()
	for range 300 {
		p := randomPath(g, r, ents, 0, true)
		var want []Chain
		for _, w := range bruteWalks(g.ix, p) {
			if _, ok := g.ix.entity(w.nodes[len(w.nodes)-1]); !ok {
				continue
			}
			c := Chain{Hops: w.hops}
			for _, iri := range w.nodes {
				c.Entities = append(c.Entities, g.ix.ref(iri))
			}
			want = append(want, c)
		}
		// The documented order, written out as a key: the end, the start, then each
		// entity with its hop's predicate and direction.
		key := func(c Chain) []string {
			k := []string{c.End().Name, string(c.End().IRI), c.Start().Name, string(c.Start().IRI)}
			for i, h := range c.Hops {
				k = append(k, c.Entities[i+1].Name, string(c.Entities[i+1].IRI),
					fmt.Sprintf("%02d", slices.Index(schema.Relations(), h.Fact.Predicate)), fmt.Sprint(int(h.Direction))) // Out (1) before In (2)
			}
			return k
		}
		slices.SortFunc(want, func(a, b Chain) int { return slices.Compare(key(a), key(b)) })
		want = slices.CompactFunc(want, func(a, b Chain) bool { return slices.Equal(key(a), key(b)) })
		var got []Chain
		for c, err := range p.Chains(ctx) {
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			got = append(got, c)
		}
		str := func(cs []Chain) []string {
			var out []string
			for _, c := range cs {
				out = append(out, chainString(c))
			}
			return out
		}
		total += len(got)
		if !slices.Equal(str(got), str(want)) {
			t.Errorf("%s:\nChains      %q\nbrute force %q", p, str(got), str(want))
			continue
		}
		ends := map[schema.IRI]bool{}
		for _, c := range got {
			ends[c.End().IRI] = true
			if len(c.Entities) != len(c.Hops)+1 {
				t.Fatalf("%s: chain %s has %d entities for %d hops", p, chainString(c), len(c.Entities), len(c.Hops))
			}
			for i, h := range c.Hops {
				from, to := h.Fact.Subject.IRI, h.Fact.Object.IRI
				if h.Direction == In {
					from, to = to, from
				}
				if from != c.Entities[i].IRI || to != c.Entities[i+1].IRI || len(h.Fact.Evidence) == 0 {
					t.Fatalf("%s: hop %d of %s does not link its entities", p, i, chainString(c))
				}
			}
		}
		var reached []schema.IRI
		for e, err := range p.Entities(ctx) {
			if err != nil {
				t.Fatal(err)
			}
			reached = append(reached, e.IRI)
			if !ends[e.IRI] {
				t.Errorf("%s: entity %s reached by no chain", p, e.Name)
			}
		}
		if len(reached) != len(ends) {
			t.Errorf("%s: %d entities, chains end at %d", p, len(reached), len(ends))
		}
	}
}
