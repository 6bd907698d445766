package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/examples/corpus"
	"github.com/newsgraph/newsgraph/graph"
)

var demoCommand = &command{
	name:  "demo",
	args:  "",
	short: "load the bundled corpus in memory and answer the example questions",
	long: `Demo loads the five bundled news articles (examples/corpus, embedded in the program)
into an in-memory graph and answers the questions of the examples, printing for each the
equivalent command and every answer with the sentences it was read from (document id and
sentence number). It needs no store and no files.`,
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error {
		if _, err := parse(e, fs, args, 0, 0); err != nil {
			return err
		}
		start := time.Now()
		g, err := corpus.OpenMemory(ctx)
		if err != nil {
			return fmt.Errorf("loading the bundled corpus: %w", err)
		}
		defer g.Close()
		st, err := g.Stats(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "Loaded the bundled corpus into memory in %.2f seconds: %s, %s, %s, %s.\n",
			time.Since(start).Seconds(), plural(st.Documents, "article"), plural(st.Sentences, "sentence"),
			plural(st.Entities, "entity"), plural(st.Facts, "fact"))
		return runDemo(ctx, e.stdout, g)
	},
}

// demoQuestion is one question of the demo and the command that answers it.
type demoQuestion struct {
	question string
	args     []string // the command line after "newsgraph"
}

var demoQuestions = []demoQuestion{
	{"Who commands the Quds Force?", []string{"query", "Quds Force", "in:commands"}},
	{"Whom did Ali Akbar Velayati meet?", []string{"query", "Ali Akbar Velayati", "both:met"}},
	{"Where did Ali Akbar Velayati go?", []string{"query", "Ali Akbar Velayati", "out:visited"}},
	{"Who visited Moscow?", []string{"query", "Moscow", "in:visited"}},
	{"Whom did the visitors of Moscow meet?", []string{"query", "Moscow", "in:visited", "both:met"}},
	{"What is the shortest chain of facts from Qassem Soleimani to Sergey Lavrov?", []string{"path", "Qassem Soleimani", "Sergey Lavrov"}},
	{"What does Iran support?", []string{"query", "Iran", "out:supports"}},
	{"Who supports Bashar al-Assad?", []string{"query", "Bashar al-Assad", "in:supports"}},
	{"What does the corpus say about Hezbollah?", []string{"entity", "Hezbollah"}},
}

// shellQuote quotes an argument for display when it has spaces.
func shellQuote(a string) string {
	if strings.ContainsAny(a, " \t'\"") {
		return "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return a
}

// runDemo answers each question on g. An entity the loader did not find is reported in
// place of the answer; other errors end the demo.
func runDemo(ctx context.Context, w io.Writer, g *graph.Graph) error {
	for i, q := range demoQuestions {
		quoted := make([]string, len(q.args))
		for j, a := range q.args {
			quoted[j] = shellQuote(a)
		}
		fmt.Fprintf(w, "\n%d. %s\n   $ newsgraph %s\n\n", i+1, q.question, strings.Join(quoted, " "))
		var err error
		switch q.args[0] {
		case "query":
			var pq *pathQuery
			if pq, err = parseQuery(q.args[1:]); err == nil {
				var res *queryResult
				if res, err = pq.run(ctx, g); err == nil {
					err = res.write(w, false)
				}
			}
		case "path":
			err = showPath(ctx, w, g, q.args[1], q.args[2], &graph.ShortestPathOptions{MaxHops: 6}, false)
		case "entity":
			err = showEntity(ctx, w, g, q.args[1], false)
		}
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, graph.ErrClosed) {
				return err
			}
			fmt.Fprintf(w, "no answer: %v\n", err)
		}
	}
	fmt.Fprintf(w, "\nThe same on a store file: newsgraph load examples/corpus, then any command above.\n")
	return nil
}
