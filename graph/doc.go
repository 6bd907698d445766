// Package graph is newsgraph's knowledge-graph store: an embedded Cayley quad store of
// news facts with a typed Go API on top.
//
// A [Graph] holds documents. [Graph.AddDocument] writes everything read from one
// document, a [schema.Extraction], as one transaction; each fact is a quad labelled with
// the IRI of the sentence that states it, so every answer carries its evidence;
// [Graph.AddDocuments] loads many documents in shared transactions (loader.Load streams a
// corpus into it), and [Graph.RemoveDocument] takes one out again. Open a persistent
// graph in one file or in a PostgreSQL database with [Open], or a throw-away one with
// [OpenMemory].
//
// # The graph is a function of its documents
//
// The loader extracts each document on its own; the graph resolves entities across the
// documents it holds (package internal/resolve): a surname alone joins the one full name
// of that surname, spellings that are variants of each other are one person, names an
// organisation shares are one organisation, and nothing is joined when two entities fit.
// Each entity's canonical name and IRI come from all its documents (the lexicon's name,
// else the most complete, most written name). A write recomputes the entities whose
// names it touches and, in the same transaction, rewrites the quads of every document
// whose entities changed IRI or canonical name. So the quads of a graph depend only on
// the set of documents it holds (their ids and texts, and the newsgraph version): not on
// the order or batching of the writes, on reloads, removals, a crash part-way, or other
// processes writing the same PostgreSQL database. Beside the quads a store keeps each
// document's own extraction and what resolution needs of it (bbolt buckets, PostgreSQL
// tables newsgraph_docs and newsgraph_formers); Open reads the latter back. An
// extraction without [schema.EntityNames] (one made by hand) is written as it is.
//
// When a document changes an entity's IRI (its canonical name is now a fuller one), the
// old IRI becomes a former IRI of the entity: [Graph.Entity] and [Graph.FindEntity] still
// find the entity by it. Former IRIs depend on the history of the store, so they are
// not quads: exports do not carry them.
//
// # Reading
//
// Find entities by any of their names with [Graph.FindEntity] (canonical name, alias,
// any case, missing diacritics, an unambiguous surname) or [Graph.Lookup]; when a name is
// misspelt or partial, [Graph.Search] ranks the entities whose names resemble it (typos,
// transliterations, surnames, prefixes), and FindEntity's *[NotFoundError] carries its
// best suggestions. List entities with [Graph.Entities]; read documents with
// [Graph.Document] and [Graph.Documents]. [Graph.Facts] filters facts by subject, object,
// predicate, class and document; [Graph.Neighbors] lists an entity's links;
// [Graph.Degree] counts an entity's facts and documents, and [Graph.Top] ranks the most
// connected entities by class and relation in one call. [Graph.Path] builds typed path
// queries (Out, In, Both, Has, HasClass, Is, And, Or, Except, Skip, Limit) that end in
// entities ([Path.Entities], [Path.Count]), in the facts of the last hop ([Path.Facts]),
// or in whole walks with every hop's fact and evidence ([Path.Chains]); Skip and Limit
// take the answer's sorted order. [Graph.ShortestPath] explains how two entities are
// connected as a chain of facts with evidence; [Graph.Stats] counts.
//
// # Conventions
//
// Results that grow with the graph are streams, iter.Seq2[T, error]: [Graph.Entities],
// [Graph.Documents], [Graph.Facts], [Graph.Neighbors], [Path.Entities], [Path.Facts] and
// [Path.Chains]. Each iteration reads a snapshot taken when it starts, so a loop may call
// the graph, writes included; on error the stream yields one zero value paired with the
// error and stops, so a non-nil error always ends it. Results bounded by an argument or
// by the ontology are slices or values: [Graph.Search] and [Graph.Top] (at most n),
// [Graph.ShortestPath] (at most MaxHops facts), [Graph.Lookup] (the entities that share a
// name), [Graph.Stats] and [Graph.Degree].
//
// Wrong input is an error, never an empty result: an unknown class, predicate, direction
// or format, a string that is not an IRI of the kind asked for (a name where an entity IRI
// belongs), or a negative count gives an error wrapping [ErrInvalid] that names the
// argument and lists the valid values. Classes and predicates may be given as the schema's
// constants or by the ontology's local names ("Person", "commands", any case). What the
// graph does not hold is [ErrNotFound] (an entity, a document); a store file that does not
// exist is fs.ErrNotExist. Messages are lower case and begin with "graph: "; errors about a
// store name it (*[StoreError]). Use errors.Is and errors.As on all of them.
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
// updated after each committed write: lookups, searches, fact queries, neighbours,
// degrees, shortest paths, statistics and paths over relations read it; path steps over
// other predicates (such as mentions) run on Cayley.
//
// # One writer
//
// A store file has one writer or any number of readers, never both: Open takes bbolt's
// file lock, exclusive for a read-write Graph and shared for [Options].ReadOnly ones. While
// one process holds the file open for writing, every other process's Open of it, read-only
// ones included, waits Options.LockTimeout (by default not at all) and fails with
// [ErrLocked]. Within the writing process the Graph is shared by any number of goroutines.
// For other processes to read while it writes, the writer copies the store with
// [Graph.Backup], a consistent snapshot taken beside its writes, and they open the copy;
// for several writing processes, or readers on other machines, use PostgreSQL.
//
// # PostgreSQL
//
// Open also takes a connection URL, postgres://user:password@host:port/dbname?sslmode=disable
// (or postgresql://; lib/pq's parameters): the scheme chooses the store. The quads are then
// in the tables of Cayley's sql/postgres backend, created by the first Open in an empty
// database, beside three of newsgraph's own: newsgraph_meta (the format stamp, its version
// and a change counter), newsgraph_log (the last 1,000 changes: each document's quads
// before and after) and an index of quads by label. Open refuses a database whose tables
// belong to someone else or to a newer newsgraph, as it refuses such a file, and
// CockroachDB (not supported yet: Cayley's schema for it keeps one quad per subject,
// predicate and object, which would lose evidence).
//
// Several processes, on several machines, may open and write the same database. Each
// write (a document, or a batch of [Graph.AddDocuments]) is one transaction that locks
// newsgraph_meta's row, catches up with what others wrote (quads and resolution alike),
// resolves the documents against that state, writes the difference and the log, and
// bumps the counter: writers queue, none works from a stale view, and two processes
// loading overlapping sets of documents end where one sequential load ends. Each Graph still keeps its own in-memory index: before every
// call it reads the counter (one small query) and, if another process has written since,
// replays the changed documents from the log into its index, or reads the whole store
// again when it is more than 1,000 changes behind. So lookups, searches, facts with
// evidence, neighbours, degrees, shortest paths, statistics and paths over relations cost
// one round trip to the server more than on a file; [Graph.Path] steps over properties
// (such as mentions) and [Graph.Cayley] run on Cayley's SQL backend, which
// sends many small queries per step and is much slower than on a file; [Graph.Export] of
// the whole graph and Open read every quad across the network. Options.LockTimeout does
// not apply (there is no file lock); with Options.ReadOnly the tables must exist and
// writes are refused; [Graph.Backup] is not supported (use pg_dump).
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
