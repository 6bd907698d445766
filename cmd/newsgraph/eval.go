package main

import (
	"context"
	"flag"

	"github.com/newsgraph/newsgraph/internal/eval"
)

var evalCommand = &command{
	name:  "eval",
	args:  "[--json] [--show-errors N] GOLD_DIR PATH...",
	short: "score the loader on documents against a gold set",
	long: `Eval reads the documents of PATH in memory, as 'newsgraph extract' does, and scores
their quads against the gold set in GOLD_DIR (entities.tsv and gold.tsv, the format of
internal/eval/testdata/seeds): typed entities, facts (distinct subject–predicate–object
triples) and evidence (facts per document), as precision, recall and F1, and facts per
predicate. It prints what the reference scorer score.py prints for the same quads, to the
third decimal. A document that cannot be read is reported and the exit status is 1.

The seed gold set ships with the module:
  newsgraph eval internal/eval/testdata/seeds examples/corpus

` + pathsHelp,
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error {
		asJSON := fs.Bool("json", false, "write score.py's JSON report instead of text")
		show := fs.Int("show-errors", 0, "list up to `N` missed and wrong facts")
		pos, err := parse(e, fs, args, 2, -1)
		if err != nil {
			return err
		}
		gold, err := eval.ReadGold(pos[0])
		if err != nil {
			return err
		}
		xs, failed, err := extractAll(ctx, e, "eval", pos[1:])
		if err != nil {
			return err
		}
		var quads []eval.Quad
		for _, x := range xs {
			qs, err := x.Quads()
			if err != nil {
				return err
			}
			quads = append(quads, eval.FromSchema(qs)...)
		}
		rep := eval.Score(gold, quads)
		if *asJSON {
			err = writeJSON(e.stdout, rep)
		} else {
			err = rep.WriteText(e.stdout, *show)
		}
		if err != nil {
			return err
		}
		if failed > 0 {
			return &exitError{exitFailure}
		}
		return nil
	},
}
