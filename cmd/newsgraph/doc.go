// Command newsgraph reads news articles into a knowledge graph of people, organisations,
// countries and places, and answers questions about it with the sentences that say so.
//
// Usage:
//
//	newsgraph <command> [flags] [arguments]
//
// The commands:
//
//	demo      load the bundled corpus in memory and answer the example questions
//	extract   read documents and write their quads or extractions, with no store
//	load      read documents into a store (created if missing)
//	entity    show an entity and everything the documents say about it
//	search    find entities by a name that may be misspelt or partial
//	facts     list facts by subject, predicate, object or document
//	path      show the shortest chain of facts linking two entities
//	query     walk the graph with a path expression ('Quds Force' in:commands)
//	top       list the most connected entities, by class and predicate
//	export    write the store as N-Quads, JSON-LD, GraphML, DOT or CSV
//	backup    write a consistent copy of a store file
//	remove    remove documents, and the facts only they state
//	stats     count documents, sentences, entities, facts and quads
//	eval      score the loader on documents against a gold set
//	parse     tag and parse text, or CoNLL-U, and write CoNLL-U
//
// Commands that use a store take --db FILE (default newsgraph.db), or a PostgreSQL
// connection URL such as --db 'postgres://user@host/news?sslmode=disable'; flags come before
// arguments; entity, search, facts, path, query, top and stats print JSON with --json. The exit status
// is 0 on success, 1 on failure and 2 for a usage error. "newsgraph help COMMAND" explains
// a command.
package main
