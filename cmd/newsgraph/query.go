package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

const queryHelp = `Query walks the graph with a path expression: start entities, then steps, each one
argument (quote names with spaces). The start is one or more entity names (none: every
entity); each step moves along facts or filters where the walk stands:

  out[:P,...]      to the objects of facts of these predicates (none given: any relation)
  in[:P,...]       to the subjects of such facts
  both[:P,...]     either way
  has:P=NAME       keep the entities that have a fact P with the object NAME
  is:NAME          keep only the entity NAME
  class:C          keep the entities of class C (Person, Organization, Country, Place)
  skip:N           drop the first N entities (in name order)
  limit:N          keep the first N entities (in name order)

It prints the entities reached, in name order, each with the chains of facts that lead
to it from a start: the walk, then every hop's fact with the sentences that state it (a
one-step walk is just its fact). --chains caps the chains shown per entity and says how
many more there are; --count prints only the number of entities. Examples:

  newsgraph query 'Quds Force' in:commands           who commands the Quds Force
  newsgraph query Iran out:supports                  what Iran supports
  newsgraph query Moscow in:visited both:met         whom Moscow's visitors met
  newsgraph query class:Person has:visited=Moscow    the people who visited Moscow
  newsgraph query Iran out:supports limit:2          the first two, by name
  newsgraph query --count Iran both both             how many entities within two steps

A single argument is split at spaces, with '...' or "..." quoting a name:
  newsgraph query "'Bashar al-Assad' in:supports class:Country"`

var queryCommand = &command{
	name:  "query",
	args:  "[--db FILE] [--json] [--count] [--chains N] [NAME...] STEP...",
	short: "walk the graph with a path expression ('Quds Force' in:commands)",
	long:  queryHelp,
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) (err error) {
		db, asJSON := dbFlag(fs), jsonFlag(fs)
		count := fs.Bool("count", false, "print only the number of entities reached")
		chains := fs.Int("chains", defaultChains, "show at most `N` chains per entity (0: all)")
		pos, err := parse(e, fs, args, 1, -1)
		if err != nil {
			return err
		}
		if *chains < 0 {
			return usagef("--chains %d: want 0 or more", *chains)
		}
		q, err := parseQuery(pos)
		if err != nil {
			return usagef("%v", err)
		}
		g, err := openStore(ctx, *db, false)
		if err != nil {
			return err
		}
		defer closeStore(g, &err)
		p, moved, err := q.path(ctx, g)
		if err != nil {
			return err
		}
		if *count {
			n, err := p.Count(ctx)
			if err != nil {
				return err
			}
			if *asJSON {
				return writeJSON(e.stdout, struct {
					Count int `json:"count"`
				}{n})
			}
			fmt.Fprintln(e.stdout, n)
			return nil
		}
		res, err := runQuery(ctx, p, moved, *chains)
		if err != nil {
			return err
		}
		return res.write(e.stdout, *asJSON)
	},
}

// stepKind is the kind of a query step.
type stepKind int

const (
	stepOut stepKind = iota + 1
	stepIn
	stepBoth
	stepHas
	stepIs
	stepClass
	stepLimit
	stepSkip
)

var stepNames = map[string]stepKind{
	"out": stepOut, "in": stepIn, "both": stepBoth, "has": stepHas, "is": stepIs,
	"class": stepClass, "limit": stepLimit, "skip": stepSkip,
}

// step is one parsed step.
type step struct {
	kind  stepKind
	preds []schema.Predicate // out, in, both; has (one)
	name  string             // has, is
	class schema.Class       // class
	n     int                // limit, skip
}

// pathQuery is a parsed path expression.
type pathQuery struct {
	start []string
	steps []step
}

// tokens splits a single-argument query at spaces, honouring quotes. ok is false when
// the argument is better read as one name (no quotes and no step).
func tokens(s string) (toks []string, ok bool, err error) {
	var cur strings.Builder
	inTok, quote, quoted := false, rune(0), false
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '\'' || r == '"':
			quote, quoted, inTok = r, true, true
		case unicode.IsSpace(r):
			if inTok {
				toks = append(toks, cur.String())
				cur.Reset()
				inTok = false
			}
		default:
			cur.WriteRune(r)
			inTok = true
		}
	}
	if quote != 0 {
		return nil, false, fmt.Errorf("unclosed %c quote in %q", quote, s)
	}
	if inTok {
		toks = append(toks, cur.String())
	}
	if quoted {
		return toks, true, nil
	}
	for _, t := range toks {
		if isStep(t) {
			return toks, true, nil
		}
	}
	return nil, false, nil
}

// isStep reports whether a token is written as a step.
func isStep(t string) bool {
	head, _, _ := strings.Cut(t, ":")
	_, ok := stepNames[head]
	return ok && (strings.Contains(t, ":") || head == "out" || head == "in" || head == "both")
}

// parseQuery parses the query arguments.
func parseQuery(args []string) (*pathQuery, error) {
	if len(args) == 1 {
		toks, ok, err := tokens(args[0])
		if err != nil {
			return nil, err
		}
		if ok {
			args = toks
		}
	}
	q := &pathQuery{}
	for _, a := range args {
		if !isStep(a) {
			if len(q.steps) > 0 {
				return nil, fmt.Errorf("%q after the steps: names come first (a step is out, in, both, has:, is:, class:, skip: or limit:)", a)
			}
			if head, _, found := strings.Cut(a, ":"); found && head != "" && !strings.ContainsAny(head, " \t") && strings.ToLower(head) == head {
				return nil, fmt.Errorf("unknown step %q (a step is out, in, both, has:, is:, class:, skip: or limit:)", a)
			}
			q.start = append(q.start, a)
			continue
		}
		s, err := parseStep(a)
		if err != nil {
			return nil, err
		}
		q.steps = append(q.steps, s)
	}
	if len(q.start) == 0 && len(q.steps) == 0 {
		return nil, fmt.Errorf("empty query")
	}
	return q, nil
}

func parseStep(t string) (step, error) {
	head, arg, _ := strings.Cut(t, ":")
	s := step{kind: stepNames[head]}
	switch s.kind {
	case stepOut, stepIn, stepBoth:
		preds, err := parsePredicates(arg)
		if err != nil {
			return s, fmt.Errorf("step %s: %v", t, err)
		}
		s.preds = preds
	case stepHas:
		p, name, ok := strings.Cut(arg, "=")
		if !ok || name == "" {
			return s, fmt.Errorf("step %s: want has:PREDICATE=NAME", t)
		}
		preds, err := parsePredicates(p)
		if err != nil || len(preds) != 1 {
			return s, fmt.Errorf("step %s: want has:PREDICATE=NAME with one relation", t)
		}
		s.preds, s.name = preds, name
	case stepIs:
		if arg == "" {
			return s, fmt.Errorf("step %s: want is:NAME", t)
		}
		s.name = arg
	case stepClass:
		c, err := schema.ParseClass(arg)
		if err != nil || c == schema.DocumentClass {
			return s, fmt.Errorf("step %s: want class:Person, Organization, Country or Place", t)
		}
		s.class = c
	case stepLimit:
		n, err := strconv.Atoi(arg)
		if err != nil || n < 1 {
			return s, fmt.Errorf("step %s: want limit:N with N ≥ 1", t)
		}
		s.n = n
	case stepSkip:
		n, err := strconv.Atoi(arg)
		if err != nil || n < 0 {
			return s, fmt.Errorf("step %s: want skip:N with N ≥ 0", t)
		}
		s.n = n
	}
	return s, nil
}

// String writes the query back in its canonical form.
func (q *pathQuery) String() string {
	var parts []string
	for _, s := range q.start {
		if strings.ContainsAny(s, " \t") {
			s = "'" + s + "'"
		}
		parts = append(parts, s)
	}
	for _, s := range q.steps {
		var head string
		for name, k := range stepNames {
			if k == s.kind {
				head = name
			}
		}
		var names []string
		for _, p := range s.preds {
			names = append(names, p.Name())
		}
		switch s.kind {
		case stepOut, stepIn, stepBoth:
			if len(names) > 0 {
				head += ":" + strings.Join(names, ",")
			}
		case stepHas:
			head += ":" + names[0] + "=" + s.name
		case stepIs:
			head += ":" + s.name
		case stepClass:
			head += ":" + s.class.Name()
		case stepLimit, stepSkip:
			head += ":" + strconv.Itoa(s.n)
		}
		if strings.ContainsAny(head, " \t") {
			head = "'" + head + "'"
		}
		parts = append(parts, head)
	}
	return strings.Join(parts, " ")
}

// maxChains bounds the walks a query enumerates, shown or counted: beyond it the query
// fails and asks to be narrowed, rather than running for minutes.
const maxChains = 1_000_000

// queryResult is what a query found.
type queryResult struct {
	Entities []schema.Entity
	Chains   map[schema.IRI][]graph.Chain // the chains shown for each entity
	More     map[schema.IRI]int           // and how many more lead to it
	Facts    []schema.Fact                // the facts of the last move; nil when the query did not move
}

// path builds the query as a graph.Path; moved reports whether it has a step along facts.
func (q *pathQuery) path(ctx context.Context, g *graph.Graph) (p *graph.Path, moved bool, err error) {
	var from []schema.IRI
	for _, name := range q.start {
		if name == "*" {
			continue
		}
		e, err := findEntity(ctx, g, name)
		if err != nil {
			return nil, false, err
		}
		from = append(from, e.IRI)
	}
	p = g.Path(from...)
	for _, s := range q.steps {
		switch s.kind {
		case stepOut:
			p, moved = p.Out(s.preds...), true
		case stepIn:
			p, moved = p.In(s.preds...), true
		case stepBoth:
			p, moved = p.Both(s.preds...), true
		case stepHas:
			obj, err := findEntity(ctx, g, s.name)
			if err != nil {
				return nil, false, err
			}
			p = p.Has(s.preds[0], obj.IRI)
		case stepIs:
			e, err := findEntity(ctx, g, s.name)
			if err != nil {
				return nil, false, err
			}
			p = p.Is(e.IRI)
		case stepClass:
			p = p.HasClass(s.class)
		case stepLimit:
			p = p.Limit(s.n)
		case stepSkip:
			p = p.Skip(s.n)
		}
	}
	return p, moved, nil
}

// run builds and runs the query, showing at most defaultChains chains per entity.
func (q *pathQuery) run(ctx context.Context, g *graph.Graph) (*queryResult, error) {
	p, moved, err := q.path(ctx, g)
	if err != nil {
		return nil, err
	}
	return runQuery(ctx, p, moved, defaultChains)
}

// defaultChains is how many chains query shows per entity unless --chains says.
const defaultChains = 5

// runQuery runs p: its entities and, when it moves, the chains that lead to each (at
// most perEntity of them, 0 for all) and the facts of its last move.
func runQuery(ctx context.Context, p *graph.Path, moved bool, perEntity int) (*queryResult, error) {
	res := &queryResult{Chains: map[schema.IRI][]graph.Chain{}, More: map[schema.IRI]int{}}
	for e, err := range p.Entities(ctx) {
		if err != nil {
			return nil, err
		}
		res.Entities = append(res.Entities, e)
	}
	if !moved {
		return res, nil
	}
	n := 0
	for c, err := range p.Chains(ctx) {
		if err != nil {
			return nil, err
		}
		if n++; n > maxChains {
			return nil, fmt.Errorf("more than %d chains of facts: narrow the query (limit:N, class:C, is:NAME or predicates on the steps), or use --count", maxChains)
		}
		end := c.End().IRI
		if perEntity == 0 || len(res.Chains[end]) < perEntity {
			res.Chains[end] = append(res.Chains[end], c)
		} else {
			res.More[end]++
		}
	}
	for f, err := range p.Facts(ctx) {
		if err != nil {
			return nil, err
		}
		res.Facts = append(res.Facts, f)
	}
	return res, nil
}

// jsonHop is a hop of a chain in JSON output.
type jsonHop struct {
	Direction string   `json:"direction"`
	Fact      jsonFact `json:"fact"`
}

// jsonChain is a chain of facts in JSON output.
type jsonChain struct {
	Entities []jsonEntity `json:"entities"`
	Hops     []jsonHop    `json:"hops"`
}

func toJSONChain(c graph.Chain) jsonChain {
	j := jsonChain{Entities: []jsonEntity{}, Hops: []jsonHop{}}
	for _, e := range c.Entities {
		j.Entities = append(j.Entities, toJSONEntity(e))
	}
	for _, h := range c.Hops {
		j.Hops = append(j.Hops, jsonHop{Direction: h.Direction.String(), Fact: toJSONFact(h.Fact)})
	}
	return j
}

// write prints the result: each entity with the chains leading to it.
func (r *queryResult) write(w io.Writer, asJSON bool) error {
	if asJSON {
		ents := make([]jsonEntity, 0, len(r.Entities))
		chains := []jsonChain{}
		omitted := 0
		for _, e := range r.Entities {
			ents = append(ents, toJSONEntity(e))
			for _, c := range r.Chains[e.IRI] {
				chains = append(chains, toJSONChain(c))
			}
			omitted += r.More[e.IRI]
		}
		return writeJSON(w, struct {
			Entities      []jsonEntity `json:"entities"`
			Chains        []jsonChain  `json:"chains"`
			OmittedChains int          `json:"omitted_chains"`
			Facts         []jsonFact   `json:"facts"`
		}{ents, chains, omitted, toJSONFacts(r.Facts)})
	}
	if len(r.Entities) == 0 {
		fmt.Fprintln(w, "no entities")
		return nil
	}
	for _, e := range r.Entities {
		fmt.Fprintf(w, "%s (%s)\n", e.Name, e.Class.Name())
		for _, c := range r.Chains[e.IRI] {
			if len(c.Hops) == 1 {
				writeFact(w, c.Hops[0].Fact, "  ")
				continue
			}
			fmt.Fprintf(w, "  %s\n", c)
			for _, h := range c.Hops {
				writeFact(w, h.Fact, "    ")
			}
		}
		if n := r.More[e.IRI]; n > 0 {
			word := "chains"
			if n == 1 {
				word = "chain"
			}
			fmt.Fprintf(w, "  … and %d more %s (--chains 0 shows all)\n", n, word)
		}
	}
	return nil
}
