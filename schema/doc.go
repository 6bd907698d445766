// Package schema is the newsgraph ontology (ONTOLOGY.md) in Go: its classes and
// predicates as typed constants, the minting and parsing of entity, document and sentence
// IRIs, and the Go types that the loader produces and the graph returns.
//
// It is the leaf of the module: it imports only the standard library, and both
// newsgraph/loader and newsgraph/graph build on it.
//
// # Vocabulary
//
// [Class] and [Predicate] are IRIs with distinct types. The fifteen relations
// ([Relations]) carry their domain and range ([Predicate.Domain], [Predicate.Allows]) and
// whether they are symmetric ([Predicate.Symmetric]). Interop properties are the standard
// rdf: and schema.org ones ([Type], [Name], [AlternateName], [Headline], …).
//
// # IRIs and provenance
//
// Entities are https://newsgraph.dev/id/<slug> ([EntityIRI], [Slug]); documents are
// https://newsgraph.dev/doc/<id> ([DocID.IRI]) and their sentences
// https://newsgraph.dev/doc/<id>#s<N> ([DocID.SentenceIRI]). A fact's quad is labelled
// with the IRI of the sentence it was read from; everything else a document brings
// (its metadata, its sentences, the type and names of the entities it mentions) is
// labelled with the document's IRI. See [Extraction.Quads].
//
// # Caveats
//
// ONTOLOGY.md says a sentence is "partOf" its document. newsgraph writes that link as
// schema:isPartOf ([IsPartOf]) so that the ontology's partOf keeps its domain
// (Organization) and scorers that read every partOf quad as a fact are not misled.
// It also writes two properties ONTOLOGY.md does not list, a sentence's byte span:
// [Start] and [Length]. ONTOLOGY.md makes an entity's IRI the slug of its canonical
// name; when two entities of a graph have canonical names with one slug (a country and a
// place named Georgia), resolution gives all but one of them the slug followed by their
// class ("georgia-place"), so that two entities never share an IRI.
//
// An [Extraction] made by the loader describes one document alone; its Names
// ([EntityNames]) tell a graph how to resolve its entities across documents, so the quads
// a graph stores for it are those of the extraction resolved, not its own Quads.
package schema
