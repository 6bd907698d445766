// Command moscow answers "who visited Moscow, and whom did they meet there?" from the
// bundled corpus.
//
// The ontology has no place of a meeting, so "there" is read from the evidence: a meeting
// stated in the same sentence as the visit to Moscow ("X spent three days in Moscow ...
// Y, whom he saw twice") happened there. Other meetings of the visitors are listed too,
// marked as elsewhere or unknown.
//
// "Moscow" names the city and, as an actor ("Moscow says"), Russia: FindEntity reports
// such a name as ambiguous, and the program picks the Place.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/newsgraph/newsgraph/examples/corpus"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

func main() {
	if err := run(context.Background(), os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "moscow:", err)
		os.Exit(1)
	}
}

// visit is a visitor of a place, the facts that say so, and the visitor's meetings.
type visit struct {
	Visitor  schema.Entity
	Visits   []schema.Fact
	Meetings []meeting
}

// meeting is a met fact of a visitor; There is true when a sentence states both the
// meeting and the visit.
type meeting struct {
	Fact  schema.Fact
	There bool
}

func run(ctx context.Context, w io.Writer) error {
	g, err := corpus.OpenMemory(ctx)
	if err != nil {
		return err
	}
	defer g.Close()
	visits, err := visitors(ctx, g, "Moscow")
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Who visited Moscow, and whom did they meet there?")
	for _, v := range visits {
		fmt.Fprintf(w, "%s visited Moscow\n", v.Visitor.Name)
		for _, f := range v.Visits {
			printEvidence(w, f.Evidence)
		}
		for _, m := range v.Meetings {
			where := "elsewhere or unknown"
			if m.There {
				where = "in Moscow"
			}
			fmt.Fprintf(w, "  met %s (%s)\n", otherEnd(m.Fact, v.Visitor.IRI).Name, where)
			printEvidence(w, m.Fact.Evidence)
		}
	}
	return nil
}

// findPlace finds the place name, preferring a Place where the name is ambiguous.
func findPlace(ctx context.Context, g *graph.Graph, name string) (schema.Entity, error) {
	e, err := g.FindEntity(ctx, name)
	var amb *graph.AmbiguousError
	if errors.As(err, &amb) {
		for _, c := range amb.Candidates {
			if c.Class == schema.Place {
				return c, nil
			}
		}
	}
	return e, err
}

// visitors returns who visited the place name, with their meetings.
func visitors(ctx context.Context, g *graph.Graph, name string) ([]visit, error) {
	place, err := findPlace(ctx, g, name)
	if err != nil {
		return nil, err
	}
	var out []visit
	byVisitor := map[schema.IRI]int{}
	for f, err := range g.Path(place.IRI).In(schema.Visited).Facts(ctx) {
		if err != nil {
			return nil, err
		}
		i, ok := byVisitor[f.Subject.IRI]
		if !ok {
			i = len(out)
			byVisitor[f.Subject.IRI] = i
			out = append(out, visit{Visitor: f.Subject})
		}
		out[i].Visits = append(out[i].Visits, f)
	}
	for i := range out {
		for m, err := range g.Path(out[i].Visitor.IRI).Both(schema.Met).Facts(ctx) {
			if err != nil {
				return nil, err
			}
			out[i].Meetings = append(out[i].Meetings, meeting{Fact: m, There: sameSentence(m, out[i].Visits)})
		}
	}
	return out, nil
}

// sameSentence reports whether a sentence states both f and one of visits.
func sameSentence(f schema.Fact, visits []schema.Fact) bool {
	for _, v := range visits {
		for _, a := range v.Evidence {
			for _, b := range f.Evidence {
				if a.Doc == b.Doc && a.Sentence == b.Sentence {
					return true
				}
			}
		}
	}
	return false
}

func otherEnd(f schema.Fact, iri schema.IRI) schema.Entity {
	if f.Subject.IRI == iri {
		return f.Object
	}
	return f.Subject
}

func printEvidence(w io.Writer, evs []schema.Evidence) {
	for _, ev := range evs {
		fmt.Fprintf(w, "      %s#s%d  %s\n", ev.Doc, ev.Sentence, ev.Text)
	}
}
