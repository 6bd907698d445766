package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/schema"
)

var extractCommand = &command{
	name:  "extract",
	args:  "[--format nquads|jsonl] [--id ID] PATH...",
	short: "read documents and write their quads or extractions, with no store",
	long: `Extract runs the loader on each document and writes what it read to standard output,
without a store: N-Quads (the default; each fact labelled with the IRI of its sentence,
each document's quads sorted, documents in id order), or with --format jsonl one JSON
object a document with its metadata, sentences, entities and facts. Entities are
resolved across the documents of the call, as a store holding exactly these documents
resolves them: the output is the store's export after 'newsgraph load' of the same
paths into an empty store, and does not depend on the order of the paths. A document that cannot be read is reported on
standard error with where it came from, and the exit status is then 1; a warning about a
document read anyway (invalid UTF-8, Latin-1, an HTML page, no text) is printed there too.

` + pathsHelp,
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error {
		format := fs.String("format", "nquads", "the output `FORMAT`: nquads or jsonl")
		id := idFlag(fs)
		paths, err := parse(e, fs, args, 1, -1)
		if err != nil {
			return err
		}
		if *format != "nquads" && *format != "jsonl" {
			return usagef("--format %q: want nquads or jsonl", *format)
		}
		if err := checkPaths(paths, *id); err != nil {
			return err
		}
		e.stdinID = *id
		extractGC()
		xs, failed, err := extractAll(ctx, e, "extract", paths)
		if err != nil {
			return err
		}
		out := bufio.NewWriter(e.stdout)
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		for _, x := range xs {
			if *format == "jsonl" {
				if err := enc.Encode(toJSONExtraction(x)); err != nil {
					return err
				}
				continue
			}
			qs, err := x.Quads()
			if err == nil {
				err = schema.WriteNQuads(out, qs)
			}
			if err != nil {
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

// extractGCPercent is the garbage collector's GOGC for extract, unless the environment
// sets GOGC: 200 lets the heap grow to three times what is live between collections,
// instead of two. Extraction allocates about 130 MB per MB of text and keeps little of
// it, so the collector ran often; on BBC (4.96 MB of text) 200 took 0.93-0.94 of the CPU
// of 100 in paired runs, for a peak of about 270 MiB instead of 190. Load keeps the
// default: its store's heap is most of its peak, which has a gigabyte to stay under.
const extractGCPercent = 200

// extractGC sets the collector's percentage for extract (extractGCPercent), unless GOGC
// is set.
func extractGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(extractGCPercent)
	}
}

// extractAll reads the documents of paths with the loader, reporting on stderr those it
// cannot read (and the warnings of those it reads anyway), and resolves their entities
// across the set (loader.Resolve), as a store holding exactly these documents would. It
// returns the extractions in document id order and how many documents failed.
func extractAll(ctx context.Context, e *env, cmd string, paths []string) ([]*schema.Extraction, int, error) {
	var xs []*schema.Extraction
	failed := 0
	for r, err := range loader.New(nil).ExtractAll(ctx, e.sources(ctx, paths)) {
		if err != nil {
			return nil, failed, err
		}
		if r.Err != nil {
			fmt.Fprintf(e.stderr, "newsgraph %s: %v\n", cmd, r.Err)
			failed++
			continue
		}
		warn(e, cmd, r.Source)
		xs = append(xs, r.Extraction)
	}
	slices.SortFunc(xs, func(a, b *schema.Extraction) int {
		return strings.Compare(string(a.Document.ID), string(b.Document.ID))
	})
	xs, err := loader.Resolve(xs)
	return xs, failed, err
}

// jsonExtraction is one line of extract --format jsonl.
type jsonExtraction struct {
	ID        schema.DocID   `json:"id"`
	IRI       schema.IRI     `json:"iri"`
	Headline  string         `json:"headline,omitempty"`
	Published string         `json:"published,omitempty"`
	Authors   []jsonEntity   `json:"authors,omitempty"`
	Sentences []jsonSentence `json:"sentences"`
	Entities  []jsonEntity   `json:"entities"`
	Facts     []jsonFact     `json:"facts"`
}

type jsonSentence struct {
	N      int    `json:"n"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	Length int    `json:"length"`
}

func toJSONExtraction(x *schema.Extraction) jsonExtraction {
	j := jsonExtraction{ID: x.Document.ID, IRI: x.Document.ID.IRI(), Headline: x.Document.Headline,
		Sentences: []jsonSentence{}, Entities: []jsonEntity{}, Facts: toJSONFacts(x.Facts)}
	if p := x.Document.Published; !p.IsZero() {
		if p.Equal(p.Truncate(24 * time.Hour)) {
			j.Published = p.Format(time.DateOnly)
		} else {
			j.Published = p.Format(time.RFC3339)
		}
	}
	for _, a := range x.Document.Authors {
		j.Authors = append(j.Authors, toJSONEntity(a))
	}
	for _, s := range x.Sentences {
		j.Sentences = append(j.Sentences, jsonSentence{s.N, s.Text, s.Start, s.Length})
	}
	for _, e := range x.Entities {
		j.Entities = append(j.Entities, toJSONEntity(e))
	}
	return j
}

// warn reports on stderr what the loader read but not as given (loader.Inspect): invalid
// UTF-8, Latin-1, control characters, HTML markup, no text. Warnings do not change the
// exit status.
func warn(e *env, cmd string, src loader.Source) {
	for _, w := range loader.Inspect(src) {
		fmt.Fprintf(e.stderr, "newsgraph %s: warning: %s\n", cmd, w)
	}
}
