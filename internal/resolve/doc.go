// Package resolve is newsgraph's cross-document entity resolution: a pure function from
// the entities of a set of documents, as each document names them
// ([schema.EntityNames]), to the entities of the graph, each with one IRI and one
// canonical name.
//
// The loader extracts every document on its own: its entities are the document's own.
// A [State] holds the [Record]s of every document of a store, indexed by blocking keys,
// and the clusters they form. [State.Apply] adds and removes documents and recomputes,
// from scratch, only the clusters whose keys the change touches (a new record of an
// organisation, country or place whose keys lead to one entity alone joins it, the
// entity's canonical name following from scores kept per name, with the result the
// recomputation would give: see join.go); it reports the
// documents whose entities changed IRI or name, so the store rewrites their quads in
// the same transaction ([Rewrite]), and the IRIs that stopped naming an entity (former
// IRIs), so lookups by them still work. [All] resolves a set of extractions at once, as
// newsgraph extract and eval do.
//
// # The function
//
// Records are compared only within a class. For organisations, countries and places,
// two records are one entity when they share a name key ([schema.NameKey] of a name or
// any form) or a lexicon name, except through an acronym that a long name of the record
// spells ("KNP" beside "Kisumu National Printers"): such a weak key joins its records
// only when the long names behind it are one name (the same key, or the same words up to
// spelling variants and abbreviations); when they are two, each long name is its own
// entity and the acronym written alone joins none of them (acronym.go). A name that a
// record qualifies by a country or place its document names ("Finance Ministry" beside
// "Ministry of Finance of Dunmark", "the embassy" beside "the embassy in Kisumu") joins
// that record only to its own document's records of the short name; another document's
// short name of no country joins the other short names, never a qualified entity
// (qualified.go). For persons:
//
//   - records that share the key of a full name (given name and surname), or a lexicon
//     name, are one person; two groups whose full names are variants of each other (the
//     same surname up to spelling, [Variant], and similar given names) are one person when
//     every pair of the groups so linked is linked too, and never when their documents
//     give them two genders ("Michelle Orlova", "Michael Orlova"); full names whose middle
//     initials or generational suffixes differ ("George W. Bush", "George H. W. Bush";
//     "Jr", "Sr") are never so linked, so a name without them, compatible with both, joins
//     neither when both are named; a full name with a middle name written out ("John Paul
//     Stevens") is linked only to full names with that middle name, never to the plain
//     name ("John Stevens" is taken for another person); a name without middle initials is
//     linked to one with them only when its posts, if it has any, hold one compatible with
//     the other's ("Vice President Juma Mwinyi" is neither "President Juma K. Mwinyi" nor
//     a "Juma K. Mwinyi" of no post); an initial beside the given name it abbreviates in
//     its record ("J Kamau" beside "Jabari Kamau") is no key, so another document's "J
//     Kamau" stays apart;
//   - a surname written alone joins the one person of the whole set whose surname it is,
//     when they hold a compatible post (below) or its title is of the full name's gender
//     ("Mr" beside a man's given name): a surname alone and another document's full name
//     are too little to tell one person from namesakes: "Varga" of a sports story is not
//     the "Tomas Varga" of a story on farming (unless its document writes it as the given
//     name of a full name, "Wang" beside "Wang Lin" written surname first: then it is that
//     document's alone); failing any, the one whose surname is a spelling variant of it
//     beginning with the same letter ("Imber" alone is not "Tomas Amber"); when two
//     persons fit, it joins neither. What the documents say of them must fit too
//     ([schema.EntityNames] Posts, Gender, Styled): not two genders; under a post
//     ("Treasury Secretary Baker"), not a person whose posts are all incompatible with it
//     (two posts are compatible when the words of one are all words of the other and a
//     word of rank, "vice", "deputy", "shadow", is in both or neither: "President Bush" is
//     not "Vice President George Bush"); under a peer's style ("Lord Osborne") or a royal
//     title before a given name ("Prince Charles"), only a person of that style. Of
//     several persons of its surname it joins the one that fits only when that one holds a
//     compatible post (a person of no post fits any post, and stays a rival);
//   - surnames alone that join no full name are one person per spelling, and spellings
//     that are variants of each other (all pairwise) are one person.
//
// Two different lexicon names are never one entity. Where an order is needed (the
// sequence of unions) it is the sorted order of keys and records, never the order in
// which documents arrived.
//
// The canonical name of an entity is its lexicon name, else (for a person) its most
// complete full name (most words), then the most written one, then the first in byte
// order; a person known only by surnames takes the most written of them. An
// organisation, country or place takes the most complete of its documents' names, then
// the one most documents use, then the most written, then the first in byte order. Its
// IRI is the slug of that name; when two entities give one slug, the one in most
// documents keeps it (ties go by class: country, organisation, place, person; then
// canonical name and first document), and the others get the slug followed by their
// class and, if needed, a number ("georgia-place", "smith-person-2"), skipping slugs
// that are some entity's own.
package resolve
