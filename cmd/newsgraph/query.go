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
  limit:N          keep the first N entities

It prints the entities reached, each with the facts of the last move that lead to it and
their evidence. Examples:

  newsgraph query 'Quds Force' in:commands           who commands the Quds Force
  newsgraph query Iran out:supports                  what Iran supports
  newsgraph query Moscow in:visited both:met         whom Moscow's visitors met
  newsgraph query class:Person has:visited=Moscow    the people who visited Moscow

A single argument is split at spaces, with '...' or "..." quoting a name:
  newsgraph query "'Bashar al-Assad' in:supports class:Country"`

var queryCommand = &command{
	name:  "query",
	args:  "[--db FILE] [--json] [NAME...] STEP...",
	short: "walk the graph with a path expression ('Quds Force' in:commands)",
	long:  queryHelp,
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) (err error) {
		db, asJSON := dbFlag(fs), jsonFlag(fs)
		pos, err := parse(e, fs, args, 1, -1)
		if err != nil {
			return err
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
		res, err := q.run(ctx, g)
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
)

var stepNames = map[string]stepKind{
	"out": stepOut, "in": stepIn, "both": stepBoth, "has": stepHas, "is": stepIs,
	"class": stepClass, "limit": stepLimit,
}

// step is one parsed step.
type step struct {
	kind  stepKind
	preds []schema.Predicate // out, in, both; has (one)
	name  string             // has, is
	class schema.Class       // class
	n     int                // limit
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
				return nil, fmt.Errorf("%q after the steps: names come first (a step is out, in, both, has:, is:, class: or limit:)", a)
			}
			if head, _, found := strings.Cut(a, ":"); found && head != "" && !strings.ContainsAny(head, " \t") && strings.ToLower(head) == head {
				return nil, fmt.Errorf("unknown step %q (a step is out, in, both, has:, is:, class: or limit:)", a)
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
		case stepLimit:
			head += ":" + strconv.Itoa(s.n)
		}
		if strings.ContainsAny(head, " \t") {
			head = "'" + head + "'"
		}
		parts = append(parts, head)
	}
	return strings.Join(parts, " ")
}

// queryResult is what a query found.
type queryResult struct {
	Entities []schema.Entity
	Facts    []schema.Fact // the facts of the last move; nil when the query did not move
}

// run builds the query as a graph.Path and runs it.
func (q *pathQuery) run(ctx context.Context, g *graph.Graph) (*queryResult, error) {
	var from []schema.IRI
	for _, name := range q.start {
		if name == "*" {
			continue
		}
		e, err := findEntity(ctx, g, name)
		if err != nil {
			return nil, err
		}
		from = append(from, e.IRI)
	}
	p := g.Path(from...)
	moved := false
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
				return nil, err
			}
			p = p.Has(s.preds[0], obj.IRI)
		case stepIs:
			e, err := findEntity(ctx, g, s.name)
			if err != nil {
				return nil, err
			}
			p = p.Is(e.IRI)
		case stepClass:
			p = p.HasClass(s.class)
		case stepLimit:
			p = p.Limit(s.n)
		}
	}
	ents, err := p.Entities(ctx)
	if err != nil {
		return nil, err
	}
	res := &queryResult{Entities: ents}
	if moved {
		if res.Facts, err = p.Facts(ctx); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// write prints the result: each entity with the facts leading to it.
func (r *queryResult) write(w io.Writer, asJSON bool) error {
	if asJSON {
		ents := make([]jsonEntity, 0, len(r.Entities))
		for _, e := range r.Entities {
			ents = append(ents, toJSONEntity(e))
		}
		return writeJSON(w, struct {
			Entities []jsonEntity `json:"entities"`
			Facts    []jsonFact   `json:"facts"`
		}{ents, toJSONFacts(r.Facts)})
	}
	if len(r.Entities) == 0 {
		fmt.Fprintln(w, "no entities")
		return nil
	}
	for _, e := range r.Entities {
		fmt.Fprintf(w, "%s (%s)\n", e.Name, e.Class.Name())
		for _, f := range r.Facts {
			if f.Subject.IRI == e.IRI || f.Object.IRI == e.IRI {
				writeFact(w, f, "  ")
			}
		}
	}
	return nil
}
