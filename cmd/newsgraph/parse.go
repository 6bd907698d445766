package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/loader/syntax"
)

var parseCommand = &command{
	name:  "parse",
	args:  "[--conllu] PATH...",
	short: "tag and parse text, or CoNLL-U, and write CoNLL-U",
	long: `Parse tags and parses sentences with the embedded model (package loader/syntax, trained
on UD English EWT) and writes CoNLL-U to standard output: ID, FORM, LEMMA, UPOS, XPOS,
FEATS "_", HEAD, DEPREL, DEPS "_" and MISC (SpaceAfter=No where no space follows).

By default each PATH is plain text (a file, a directory of .txt and .md files, a
.jsonl(.gz) corpus, or "-" for standard input), cut into sentences by the loader's
segmenter and into tokens by syntax.Tokenize; each document starts with "# newdoc id",
each sentence has "# sent_id = DOC-N" and "# text".

With --conllu each PATH is a CoNLL-U file ("-" for standard input) whose tokenisation
and sentence split are kept exactly: every comment line, multiword-token range line
("1-2") and empty node ("8.1") is written back unchanged, and every token line keeps its
ID, FORM and MISC, with LEMMA, UPOS, XPOS, HEAD and DEPREL predicted and FEATS and DEPS
set to "_" (no gold column is passed off as a prediction). The output can be scored
against the input with the CoNLL 2018 scorer.`,
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error {
		conllu := fs.Bool("conllu", false, "read CoNLL-U instead of plain text")
		paths, err := parse(e, fs, args, 1, -1)
		if err != nil {
			return err
		}
		m, err := syntax.Default()
		if err != nil {
			return err
		}
		out := bufio.NewWriterSize(e.stdout, 1<<16)
		defer out.Flush()
		if *conllu {
			for _, p := range paths {
				if err := parseCoNLLU(ctx, e, m, out, p); err != nil {
					return err
				}
			}
			return out.Flush()
		}
		failed := 0
		for src, err := range e.sources(ctx, paths) {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil {
				out.Flush()
				fmt.Fprintf(e.stderr, "newsgraph parse: %v\n", err)
				failed++
				continue
			}
			if err := parseText(m, out, string(src.ID), string(src.Text)); err != nil {
				return err
			}
		}
		if err := out.Flush(); err != nil {
			return err
		}
		if failed > 0 {
			return &exitError{exitFailure}
		}
		return nil
	},
}

// parseText writes the parsed sentences of one document.
func parseText(m *syntax.Model, w io.Writer, id, text string) error {
	if _, err := fmt.Fprintf(w, "# newdoc id = %s\n", id); err != nil {
		return err
	}
	n := 0
	for _, sp := range loader.SplitSentences(text) {
		toks := syntax.Tokenize(text[sp.Start:sp.End])
		if len(toks) == 0 {
			continue
		}
		for i := range toks {
			toks[i].Start += sp.Start
			toks[i].End += sp.Start
		}
		m.Parse(toks)
		n++
		s := &syntax.Sentence{ID: fmt.Sprintf("%s-%d", id, n), Text: strings.Join(strings.Fields(text[sp.Start:sp.End]), " "), Tokens: toks}
		if err := syntax.WriteCoNLLU(w, s); err != nil {
			return err
		}
	}
	return nil
}

// parseCoNLLU parses every sentence of the CoNLL-U file path ("-": standard input).
func parseCoNLLU(ctx context.Context, e *env, m *syntax.Model, w io.Writer, path string) error {
	var r io.Reader = e.stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	for s, err := range syntax.ReadCoNLLU(r) {
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		m.Parse(s.Tokens)
		if err := syntax.WriteCoNLLU(w, s); err != nil {
			return err
		}
	}
	return nil
}
