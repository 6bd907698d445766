package eval

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// The vocabulary score.py knows.
var (
	predicates = toSet("commands", "leads", "memberOf", "partOf", "advises", "reportsTo",
		"nationality", "met", "visited", "locatedIn", "supports", "alliedWith", "fights",
		"attacked", "sanctionedBy")
	symmetric = toSet("met", "alliedWith")
	classes   = toSet("Person", "Organization", "Country", "Place")
	namePreds = toSet("name", "alternateName", "label")
)

func toSet(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// PRF is a precision, recall and F1, each rounded to three decimals, with the sizes of
// the gold and predicted sets and how many predictions are correct.
type PRF struct {
	P, R, F1            float64
	Gold, Pred, Correct int
}

// PredicateScore counts one predicate's distinct facts.
type PredicateScore struct {
	// Predicate is the predicate's local name, such as "commands".
	Predicate string
	// Gold, Pred and Correct count the gold facts, the predicted facts and those in both.
	Gold, Pred, Correct int
}

// Report is the result of [Score], score.py's report.
type Report struct {
	// Quads is the number of quads read; UnparsedLines the lines that were not quads
	// (set by the caller from [ParseNQuads]).
	Quads, UnparsedLines int
	// Entities scores typed entities: (gold entity, class) pairs.
	Entities PRF
	// Facts scores distinct (subject, predicate, object) triples over the corpus.
	Facts PRF
	// Evidence scores (document, subject, predicate, object) tuples.
	Evidence PRF
	// OverMergedEntities counts predicted nodes whose names belong to no single gold entity.
	OverMergedEntities int
	// FactsWithUnknownEntity counts fact quads naming a node that matches no gold entity.
	FactsWithUnknownEntity int
	// PerPredicate counts facts per predicate, in name order, for every predicate that
	// has gold or predicted facts.
	PerPredicate []PredicateScore
	// Missed and Wrong are the gold facts not predicted and the predicted facts not in
	// the gold set, sorted, each as subject, predicate and object.
	Missed, Wrong [][3]string
}

// prf is score.py's prf.
func prf(tp, npred, ngold int) PRF {
	var p, r, f float64
	if npred > 0 {
		p = float64(tp) / float64(npred)
	}
	if ngold > 0 {
		r = float64(tp) / float64(ngold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{P: round3(p), R: round3(r), F1: round3(f), Gold: ngold, Pred: npred, Correct: tp}
}

// round3 rounds as Python's round(x, 3): to the nearest of the decimal value of x,
// ties to even.
func round3(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return v
}

// name is one schema:name, schema:alternateName or rdfs:label of a node.
type name struct{ pred, value string }

// Score scores quads against the gold set g, as score.py does.
func Score(g *Gold, quads []Quad) Report {
	names := map[string][]name{}
	var nameOrder []string
	types := map[string]map[string]bool{}
	var typeOrder []string
	for _, q := range quads {
		lp := local(q.Predicate)
		if namePreds[lp] && strings.HasPrefix(q.Object, `"`) {
			v, _ := literal(q.Object)
			if _, ok := names[q.Subject]; !ok {
				nameOrder = append(nameOrder, q.Subject)
			}
			names[q.Subject] = append(names[q.Subject], name{lp, v})
		} else if lp == "type" && classes[local(q.Object)] {
			if types[q.Subject] == nil {
				types[q.Subject] = map[string]bool{}
				typeOrder = append(typeOrder, q.Subject)
			}
			types[q.Subject][local(q.Object)] = true
		}
	}

	candidates := func(node string) map[string]bool {
		var set map[string]bool
		for _, n := range names[node] {
			own, ok := g.owners[Norm(n.value)]
			if !ok {
				continue
			}
			if set == nil {
				set = toSet(own...)
				continue
			}
			for c := range set {
				if !slices.Contains(own, c) {
					delete(set, c)
				}
			}
		}
		return set
	}
	resolve := func(node string) string {
		ns := names[node]
		var primary []string
		for _, n := range ns {
			if k := Norm(n.value); (n.pred == "name" || n.pred == "label") && g.owners[k] != nil {
				primary = append(primary, k)
			}
		}
		cands := candidates(node)
		var order []string
		for _, p := range primary {
			order = append(order, g.owners[p]...)
		}
		for _, n := range ns {
			order = append(order, g.owners[Norm(n.value)]...)
		}
		for _, c := range order {
			if cands[c] {
				return c
			}
		}
		if len(primary) > 0 {
			return g.alias[primary[0]]
		}
		votes := map[string]int{}
		var first []string // vote order: the first of equal counts wins, as in Counter
		for _, n := range ns {
			if a, ok := g.alias[Norm(n.value)]; ok {
				if votes[a] == 0 {
					first = append(first, a)
				}
				votes[a]++
			}
		}
		best := ""
		for _, a := range first {
			if best == "" || votes[a] > votes[best] {
				best = a
			}
		}
		return best
	}

	mapped := map[string]string{}
	for _, n := range nameOrder {
		mapped[n] = resolve(n)
	}
	for _, n := range typeOrder {
		if _, ok := mapped[n]; !ok {
			mapped[n] = resolve(n)
		}
	}
	node := func(n string) string {
		if m := mapped[n]; m != "" {
			return m
		}
		return "?" + n
	}

	var rep Report
	rep.Quads = len(quads)
	for _, n := range nameOrder {
		known := false
		for _, nm := range names[n] {
			if g.owners[Norm(nm.value)] != nil {
				known = true
				break
			}
		}
		if known && len(candidates(n)) == 0 {
			rep.OverMergedEntities++
		}
	}

	pent := map[[2]string]bool{}
	for n, cls := range types {
		for c := range cls {
			pent[[2]string{node(n), c}] = true
		}
	}
	gent := g.entitySet()
	rep.Entities = prf(countIn(pent, gent), len(pent), len(gent))

	pfacts := map[triple]bool{}
	pevid := map[evidence]bool{}
	for _, q := range quads {
		lp := local(q.Predicate)
		if !predicates[lp] {
			continue
		}
		ms, mo := node(q.Subject), node(q.Object)
		if strings.HasPrefix(ms, "?") || strings.HasPrefix(mo, "?") {
			rep.FactsWithUnknownEntity++
		}
		if symmetric[lp] && mo < ms {
			ms, mo = mo, ms
		}
		t := triple{ms, lp, mo}
		pfacts[t] = true
		if d := docOf(q.Label); d != "" {
			pevid[evidence{d, t}] = true
		}
	}
	rep.Facts = prf(countIn(pfacts, g.facts), len(pfacts), len(g.facts))
	rep.Evidence = prf(countIn(pevid, g.evid), len(pevid), len(g.evid))

	per := map[string]*PredicateScore{}
	at := func(p string) *PredicateScore {
		if per[p] == nil {
			per[p] = &PredicateScore{Predicate: p}
		}
		return per[p]
	}
	for f := range g.facts {
		if predicates[f.p] {
			at(f.p).Gold++
			if pfacts[f] {
				at(f.p).Correct++
			}
		}
	}
	for f := range pfacts {
		at(f.p).Pred++
	}
	for _, p := range sortedKeys(per) {
		rep.PerPredicate = append(rep.PerPredicate, *per[p])
	}
	for f := range g.facts {
		if !pfacts[f] {
			rep.Missed = append(rep.Missed, [3]string{f.s, f.p, f.o})
		}
	}
	for f := range pfacts {
		if !g.facts[f] {
			rep.Wrong = append(rep.Wrong, [3]string{f.s, f.p, f.o})
		}
	}
	slices.SortFunc(rep.Missed, compareTriples)
	slices.SortFunc(rep.Wrong, compareTriples)
	return rep
}

func countIn[K comparable](pred, gold map[K]bool) int {
	n := 0
	for k := range pred {
		if gold[k] {
			n++
		}
	}
	return n
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func compareTriples(a, b [3]string) int {
	for i := range a {
		if c := strings.Compare(a[i], b[i]); c != 0 {
			return c
		}
	}
	return 0
}
