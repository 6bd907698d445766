package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// jsonEntity is an entity in JSON output.
type jsonEntity struct {
	IRI     schema.IRI `json:"iri"`
	Name    string     `json:"name"`
	Class   string     `json:"class"`
	Aliases []string   `json:"aliases,omitempty"`
}

// jsonEvidence is a sentence stating a fact.
type jsonEvidence struct {
	Doc      schema.DocID `json:"doc"`
	Sentence int          `json:"sentence"`
	IRI      schema.IRI   `json:"iri"`
	Text     string       `json:"text"`
	Start    int          `json:"start"`
	Length   int          `json:"length"`
}

// jsonFact is a fact with its evidence.
type jsonFact struct {
	Subject   jsonEntity     `json:"subject"`
	Predicate string         `json:"predicate"`
	Object    jsonEntity     `json:"object"`
	Evidence  []jsonEvidence `json:"evidence"`
}

func toJSONEntity(e schema.Entity) jsonEntity {
	return jsonEntity{IRI: e.IRI, Name: e.Name, Class: e.Class.Name(), Aliases: e.Aliases}
}

func toJSONFact(f schema.Fact) jsonFact {
	j := jsonFact{
		Subject:   toJSONEntity(f.Subject),
		Predicate: f.Predicate.Name(),
		Object:    toJSONEntity(f.Object),
		Evidence:  []jsonEvidence{},
	}
	j.Subject.Aliases, j.Object.Aliases = nil, nil
	for _, ev := range f.Evidence {
		j.Evidence = append(j.Evidence, jsonEvidence{Doc: ev.Doc, Sentence: ev.Sentence, IRI: ev.IRI(),
			Text: ev.Text, Start: ev.Start, Length: ev.Length})
	}
	return j
}

func toJSONFacts(fs []schema.Fact) []jsonFact {
	out := make([]jsonFact, 0, len(fs))
	for _, f := range fs {
		out = append(out, toJSONFact(f))
	}
	return out
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// factLine is "Subject predicate Object".
func factLine(f schema.Fact) string {
	return f.Subject.Name + " " + f.Predicate.Name() + " " + f.Object.Name
}

// writeFact writes a fact and its evidence, one sentence a line, indented by indent.
func writeFact(w io.Writer, f schema.Fact, indent string) {
	fmt.Fprintf(w, "%s%s\n", indent, factLine(f))
	writeEvidence(w, f.Evidence, indent+"    ")
}

// writeEvidence writes each sentence as "doc#sN  text".
func writeEvidence(w io.Writer, evs []schema.Evidence, indent string) {
	for _, ev := range evs {
		fmt.Fprintf(w, "%s%s#s%d  %s\n", indent, ev.Doc, ev.Sentence, oneLine(ev.Text))
	}
}

// oneLine collapses white space so a sentence prints on one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// docCount returns the number of distinct documents among a fact's evidence.
func docCount(f schema.Fact) int {
	var docs []schema.DocID
	for _, ev := range f.Evidence {
		if !slices.Contains(docs, ev.Doc) {
			docs = append(docs, ev.Doc)
		}
	}
	return len(docs)
}

// plural returns "n word" or "n words" ("n entities" for "entity").
func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	if w, ok := strings.CutSuffix(word, "y"); ok {
		return fmt.Sprintf("%d %sies", n, w)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
