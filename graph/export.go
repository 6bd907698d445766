package graph

import (
	"bufio"
	"cmp"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Format is an export format of [Graph.Export] and [Graph.ExportFacts].
type Format int

// The export formats.
const (
	// NQuads is standard N-Quads: every quad with its label (document or sentence IRI),
	// full datatype IRIs; it reads back with any N-Quads reader, Cayley's included.
	NQuads Format = iota + 1
	// JSONLD is JSON-LD: one named graph per label in "@graph", IRIs only (no blank nodes).
	JSONLD
	// GraphML is GraphML XML: entities as nodes with their name and class, facts as
	// directed edges with their predicate and evidence count.
	GraphML
	// DOT is a Graphviz digraph: entities as nodes labelled with their names, facts as
	// edges labelled with their predicates.
	DOT
	// CSV is comma-separated values with a header: one row per piece of evidence of each
	// fact (columns subject, predicate, object, doc, sentence, text, subject_iri,
	// object_iri, start, length).
	CSV
)

var formatNames = []string{NQuads: "nquads", JSONLD: "jsonld", GraphML: "graphml", DOT: "dot", CSV: "csv"}

// String returns the format's name: "nquads", "jsonld", "graphml", "dot" or "csv".
func (f Format) String() string {
	if f > 0 && int(f) < len(formatNames) {
		return formatNames[f]
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

// ParseFormat returns the format named s (a name of [Format.String], any case; also
// "nq", "json-ld" and "gv"); an error wrapping [ErrInvalid] for any other name.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "nq":
		return NQuads, nil
	case "json-ld":
		return JSONLD, nil
	case "gv":
		return DOT, nil
	}
	for f, n := range formatNames {
		if f > 0 && strings.EqualFold(s, n) {
			return Format(f), nil
		}
	}
	return 0, invalid("unknown export format %q (want nquads, jsonld, graphml, dot or csv)", s)
}

// check returns an error wrapping ErrInvalid unless f is one of the formats.
func (f Format) check(what string) error {
	if f < NQuads || f > CSV {
		return invalid("%s: unknown format %v (want NQuads, JSONLD, GraphML, DOT or CSV)", what, f)
	}
	return nil
}

// Export writes the whole graph to w in format f. N-Quads and JSON-LD hold every quad of
// every document, grouped by document in ID order (N-Quads streams); GraphML and DOT hold
// every entity and fact; CSV every piece of evidence. Writes wait while an export runs.
// A format other than the constants is an error wrapping [ErrInvalid].
func (g *Graph) Export(ctx context.Context, w io.Writer, f Format) error {
	if err := f.check("Export"); err != nil {
		return err
	}
	if err := g.rlock(ctx); err != nil {
		return err
	}
	defer g.mu.RUnlock()
	switch f {
	case NQuads, JSONLD:
		ids := slices.Sorted(maps.Keys(g.ix.docs))
		// One scan of the store, grouped by document: reading each document's quads
		// by subject (docQuads) would read every quad of each entity it mentions, for
		// every document, which grows with the square of the corpus.
		byDoc := make(map[schema.DocID][]schema.Quad, len(ids))
		if err := g.st.All(ctx, func(q schema.Quad) error {
			if doc, _, ok := docOf(q.Label); ok {
				byDoc[doc] = append(byDoc[doc], q)
			}
			return nil
		}); err != nil {
			return g.storeErr(err)
		}
		next := func(i int) ([]schema.Quad, error) {
			quads := byDoc[ids[i]]
			delete(byDoc, ids[i])
			slices.SortFunc(quads, compareQuads)
			return slices.Compact(quads), nil
		}
		if f == NQuads {
			return writeNQuads(ctx, w, len(ids), next)
		}
		return writeJSONLD(ctx, w, len(ids), next)
	}
	facts := g.ix.selectFacts(FactQuery{})
	var ents []schema.Entity
	for iri := range g.ix.ents {
		if e, ok := g.ix.entity(iri); ok {
			ents = append(ents, e)
		}
	}
	slices.SortFunc(ents, compareEntities)
	return writeFacts(w, f, ents, facts)
}

// ExportFacts writes the facts that q selects to w in format f: for N-Quads and JSON-LD
// their quads (one per piece of evidence, labelled with the sentence's IRI); for GraphML
// and DOT the facts and the entities they link; for CSV their evidence. An unknown
// format, or a query that [Graph.Facts] refuses, is an error wrapping [ErrInvalid].
func (g *Graph) ExportFacts(ctx context.Context, w io.Writer, f Format, q FactQuery) error {
	if err := f.check("ExportFacts"); err != nil {
		return err
	}
	q, err := q.normalize("ExportFacts")
	if err != nil {
		return err
	}
	if err := g.rlock(ctx); err != nil {
		return err
	}
	facts := g.ix.selectFacts(q)
	var ents []schema.Entity
	seen := map[schema.IRI]bool{}
	for _, fa := range facts {
		for _, iri := range []schema.IRI{fa.Subject.IRI, fa.Object.IRI} {
			if !seen[iri] {
				seen[iri] = true
				e, _ := g.ix.entity(iri)
				ents = append(ents, e)
			}
		}
	}
	g.mu.RUnlock()
	slices.SortFunc(ents, compareEntities)
	switch f {
	case NQuads, JSONLD:
		var quads []schema.Quad
		for _, fa := range facts {
			for _, ev := range fa.Evidence {
				quads = append(quads, schema.Quad{Subject: schema.IRITermOf(fa.Subject.IRI),
					Predicate: fa.Predicate, Object: schema.IRITermOf(fa.Object.IRI), Label: ev.IRI()})
			}
		}
		slices.SortFunc(quads, compareQuads)
		next := func(int) ([]schema.Quad, error) { return quads, nil }
		if f == NQuads {
			return writeNQuads(ctx, w, 1, next)
		}
		return writeJSONLD(ctx, w, 1, next)
	}
	return writeFacts(w, f, ents, facts)
}

func writeNQuads(ctx context.Context, w io.Writer, n int, next func(int) ([]schema.Quad, error)) error {
	bw := bufio.NewWriter(w)
	for i := range n {
		if err := ctx.Err(); err != nil {
			return err
		}
		quads, err := next(i)
		if err != nil {
			return err
		}
		for _, q := range quads {
			bw.WriteString(q.String())
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}

// jsonldContext maps the prefixes of the vocabularies newsgraph uses; keys and IRIs are
// written in full, so the document means the same with or without it.
var jsonldContext = map[string]string{"ng": schema.NS, "schema": schema.SchemaOrg,
	"rdf": schema.RDF, "xsd": schema.XSD}

func jsonldValue(t schema.Term) any {
	switch {
	case t.IsIRI():
		return map[string]string{"@id": t.Value}
	case t.Datatype == "":
		return map[string]string{"@value": t.Value}
	}
	return map[string]string{"@value": t.Value, "@type": string(t.Datatype)}
}

// writeJSONLD writes JSON-LD with one named graph per label: {"@context": ..., "@graph":
// [{"@id": label, "@graph": [nodes]}]}.
func writeJSONLD(ctx context.Context, w io.Writer, n int, next func(int) ([]schema.Quad, error)) error {
	bw := bufio.NewWriter(w)
	ctxJSON, _ := json.Marshal(jsonldContext)
	bw.WriteString(`{"@context":`)
	bw.Write(ctxJSON)
	bw.WriteString(`,"@graph":[`)
	first := true
	for i := range n {
		if err := ctx.Err(); err != nil {
			return err
		}
		quads, err := next(i)
		if err != nil {
			return err
		}
		byLabel := map[schema.IRI][]schema.Quad{}
		for _, q := range quads {
			byLabel[q.Label] = append(byLabel[q.Label], q)
		}
		for _, label := range slices.Sorted(maps.Keys(byLabel)) {
			var nodes []map[string]any
			bySubj := map[string]map[string]any{}
			for _, q := range byLabel[label] {
				node := bySubj[q.Subject.Value]
				if node == nil {
					node = map[string]any{"@id": q.Subject.Value}
					bySubj[q.Subject.Value] = node
					nodes = append(nodes, node)
				}
				if q.Predicate == schema.Type && q.Object.IsIRI() {
					ts, _ := node["@type"].([]string)
					node["@type"] = append(ts, q.Object.Value)
					continue
				}
				vs, _ := node[string(q.Predicate)].([]any)
				node[string(q.Predicate)] = append(vs, jsonldValue(q.Object))
			}
			slices.SortFunc(nodes, func(a, b map[string]any) int {
				return cmp.Compare(a["@id"].(string), b["@id"].(string))
			})
			named := map[string]any{"@graph": nodes}
			if label != "" {
				named["@id"] = string(label)
			}
			data, err := json.Marshal(named)
			if err != nil {
				return err
			}
			if !first {
				bw.WriteByte(',')
			}
			first = false
			bw.WriteString("\n")
			bw.Write(data)
		}
	}
	bw.WriteString("\n]}\n")
	return bw.Flush()
}

func writeFacts(w io.Writer, f Format, ents []schema.Entity, facts []schema.Fact) error {
	switch f {
	case GraphML:
		return writeGraphML(w, ents, facts)
	case DOT:
		return writeDOT(w, ents, facts)
	case CSV:
		return writeCSV(w, facts)
	}
	return fmt.Errorf("graph: unknown export format %v", f)
}

func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func writeGraphML(w io.Writer, ents []schema.Entity, facts []schema.Fact) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="class" for="node" attr.name="class" attr.type="string"/>
  <key id="predicate" for="edge" attr.name="predicate" attr.type="string"/>
  <key id="evidence" for="edge" attr.name="evidence" attr.type="int"/>
  <graph id="newsgraph" edgedefault="directed">
`)
	for _, e := range ents {
		fmt.Fprintf(bw, "    <node id=\"%s\"><data key=\"name\">%s</data><data key=\"class\">%s</data></node>\n",
			xmlText(string(e.IRI)), xmlText(e.Name), xmlText(e.Class.Name()))
	}
	for i, f := range facts {
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\"><data key=\"predicate\">%s</data><data key=\"evidence\">%d</data></edge>\n",
			i+1, xmlText(string(f.Subject.IRI)), xmlText(string(f.Object.IRI)), xmlText(f.Predicate.Name()), len(f.Evidence))
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

// dotID quotes s as a DOT string.
func dotID(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")
	return `"` + r.Replace(s) + `"`
}

func writeDOT(w io.Writer, ents []schema.Entity, facts []schema.Fact) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("digraph newsgraph {\n")
	for _, e := range ents {
		fmt.Fprintf(bw, "  %s [label=%s, class=%s];\n", dotID(string(e.IRI)), dotID(e.Name), dotID(e.Class.Name()))
	}
	for _, f := range facts {
		fmt.Fprintf(bw, "  %s -> %s [label=%s, evidence=%d];\n", dotID(string(f.Subject.IRI)),
			dotID(string(f.Object.IRI)), dotID(f.Predicate.Name()), len(f.Evidence))
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

func writeCSV(w io.Writer, facts []schema.Fact) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"subject", "predicate", "object", "doc", "sentence", "text",
		"subject_iri", "object_iri", "start", "length"})
	for _, f := range facts {
		for _, ev := range f.Evidence {
			cw.Write([]string{f.Subject.Name, f.Predicate.Name(), f.Object.Name, string(ev.Doc),
				strconv.Itoa(ev.Sentence), ev.Text, string(f.Subject.IRI), string(f.Object.IRI),
				strconv.Itoa(ev.Start), strconv.Itoa(ev.Length)})
		}
	}
	cw.Flush()
	return cw.Error()
}
