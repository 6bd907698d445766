// Package graph is newsgraph's knowledge-graph store: an embedded Cayley quad store of
// news facts with a typed Go API on top.
//
// A [Graph] holds documents. [Graph.AddDocument] writes everything read from one
// document, a [schema.Extraction], as one transaction; each fact is a quad labelled with
// the IRI of the sentence that states it, so every answer carries its evidence;
// [Graph.AddDocuments] loads many documents in shared transactions, and
// [Graph.RemoveDocument] takes one out again. Open a persistent graph in one file with
// [Open], or a throw-away one with [OpenMemory].
//
// # Reading
//
// Find entities by any of their names with [Graph.FindEntity] (canonical name, alias,
// any case, missing diacritics, an unambiguous surname) or [Graph.Lookup]; list them
// with [Graph.Entities]; read documents with [Graph.Document] and [Graph.Documents].
// [Graph.Facts] filters facts by subject, object, predicate, class and document;
// [Graph.Neighbors] lists an entity's links; [Graph.Path] builds typed path queries
// (Out, In, Both, Has, Is, And, Or, Except, Limit) that run on Cayley's path engine and
// end in entities or facts; [Graph.ShortestPath] explains how two entities are
// connected as a chain of facts with evidence; [Graph.Stats] counts. Streams are
// iter.Seq2 values that yield a snapshot taken when the iteration starts.
//
// # Exporting
//
// [Graph.Export] writes the whole graph, and [Graph.ExportFacts] the facts a
// [FactQuery] selects, as standard N-Quads, JSON-LD, GraphML, Graphviz DOT or CSV
// ([Format]).
//
// # Storage
//
// The persistent store is a single bbolt file, opened with Cayley's key-value backend
// without its bloom filters. It is stamped as a newsgraph store with a format version;
// Open refuses, without modifying it, a file that is not one (*[StoreError] wrapping
// [ErrNotNewsgraph]), a newer version ([ErrVersion]) or a file that another process
// holds ([ErrLocked]). Beside the quads, a Graph keeps an in-memory index of names,
// entities, facts, evidence and sentence texts, rebuilt from the store by Open and
// updated after each committed write: lookups, fact queries, neighbours, shortest paths
// and statistics read it, and path queries run on Cayley.
//
// # Concurrency
//
// A Graph is safe for concurrent use by multiple goroutines. Writes are serialised and
// exclusive; reads run in parallel and see each document entirely or not at all.
//
// # Caveats
//
// Open reads the whole store to build the index, and the index holds every fact,
// name and sentence text in memory: memory and open time grow with the store (roughly
// the size of its N-Quads export). A document is written in one transaction whatever
// its size. [Graph.Cayley] is the one escape hatch to Cayley itself; it is read-only.
package graph
