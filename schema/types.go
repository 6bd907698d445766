package schema

import "time"

// Entity is a person, organisation, country or place of the graph.
type Entity struct {
	// IRI identifies the entity: EntityBase + the slug of its canonical name.
	IRI IRI
	// Name is the canonical name (schema:name).
	Name string
	// Class is the entity's class: Person, Organization, Country or Place.
	Class Class
	// Aliases are the other surface forms seen for it (schema:alternateName), sorted;
	// nil when unknown (for instance in the subject and object of a [Fact]).
	Aliases []string
}

// Document is a loaded source text and its metadata.
type Document struct {
	// ID is the document's id; its IRI is ID.IRI().
	ID DocID
	// Headline is the document's headline; "" when none was found.
	Headline string
	// Published is the publication date or time in UTC; the zero Time when the text gives none.
	// A date without a time of day is midnight UTC and is written as an xsd:date.
	Published time.Time
	// Authors are the document's authors, Person entities.
	Authors []Entity
}

// Sentence is one sentence of a document: the unit of provenance.
type Sentence struct {
	// N is the sentence's number in its document, from 1.
	N int
	// Text is the sentence's text, normalised (quotes and white space).
	Text string
	// Start and Length give the sentence's byte span in the document's original text.
	Start, Length int
}

// Evidence is one sentence that states a fact.
type Evidence struct {
	// Doc is the document the sentence belongs to.
	Doc DocID
	// Sentence is the sentence's number in Doc, from 1.
	Sentence int
	// Text is the sentence's text.
	Text string
	// Start and Length give the sentence's byte span in the document's original text.
	Start, Length int
}

// IRI returns the IRI of the evidence's sentence: the label of the fact's quad.
func (e Evidence) IRI() IRI { return e.Doc.SentenceIRI(e.Sentence) }

// Fact is a relation between two entities with every sentence that states it.
type Fact struct {
	// Subject and Object are the related entities (their Aliases may be nil).
	Subject Entity
	// Predicate is one of [Relations].
	Predicate Predicate
	// Object is the entity the relation points to.
	Object Entity
	// Evidence lists the sentences that state the fact, ordered by document and sentence.
	Evidence []Evidence
}

// Extraction is everything read from one document: what the loader produces and what a
// store writes in one transaction. Its quads are given by [Extraction.Quads].
//
// The loader's extraction of a document depends on that document alone: its entities are
// the document's own, named and identified as the document names them. Names tells how,
// so that a store (or [Resolve] in package loader) can resolve them across documents: a
// graph writes the quads of the extraction with each entity's IRI and canonical name
// replaced by those of its entity across every document it holds.
type Extraction struct {
	// Document is the document and its metadata; Document.ID must be valid.
	Document Document
	// Sentences are the document's sentences in order, numbered from 1.
	Sentences []Sentence
	// Entities are the entities the document mentions, each with the aliases seen in it.
	Entities []Entity
	// Facts are the facts read from the document; each Evidence names one of Sentences.
	Facts []Fact
	// Names says how the document names its entities, one element per entity of Entities
	// or Document.Authors that cross-document resolution may join with the entities of
	// other documents, sorted by IRI. An entity without one (every entity of an
	// extraction made by hand, whose Names is nil) is taken as it is: its IRI and name
	// are final.
	Names []EntityNames
	// Origin says where the document was read from (a path, "path:line"), for messages;
	// "" when unknown. A store keeps it beside the document; it is not part of the quads.
	Origin string
}

// EntityNames is what cross-document resolution knows of one entity of a document: its
// class, the names the document writes for it, and the lexicon's name for it when a
// lexicon knows it. Resolution compares only these (never the text), so its result is a
// function of the documents' EntityNames.
type EntityNames struct {
	// IRI is the entity's IRI in the extraction.
	IRI IRI
	// Class is the entity's class.
	Class Class
	// Lexicon is the entity's canonical name in a lexicon the loader knows, "" when none:
	// two entities of one class with the same lexicon name are one entity, and two with
	// different lexicon names never are.
	Lexicon string
	// Forms are the names the document writes for the entity, sorted by Text.
	Forms []NameForm
	// Posts are, for a person, the keys of the posts its document's titles give it
	// ("treasury secretary", "lord"; forms of address such as "Mr" and military ranks are
	// none), sorted: a surname written alone under a post never joins a person whose
	// posts are all incompatible with it.
	Posts []string
	// Styled reports that a person's surname is written alone under a peer's style
	// ("Lord Osborne"): it joins only a person of a compatible post (the style).
	Styled bool
	// Gender is a person's gender as its document gives it (a title, a given name): "m",
	// "f", or "" when unknown; a surname alone never joins a person of the other gender.
	Gender string
}

// NameForm is one name a document writes for an entity.
type NameForm struct {
	// Text is the name as written, without a possessive or a leading article.
	Text string
	// Count is how many mentions of the document write it; 0 for a name no mention
	// writes as such (a lexicon's name, or the fuller name of a person written in parts).
	Count int
	// Given and Surname are, in a person's name, the [NameKey] of its first given name and
	// of its surname, without particles such as "al" or "van" ("bashar" and "assad" in
	// "Bashar al-Assad"); Given is "" for a surname written alone. Both are "" for the
	// names of other classes, and for a person's name with no name word.
	Given, Surname string
	// GivenName reports that a person's name written alone is also a common given name
	// ("William" of "Prince William"): resolution joins it to a full name by the exact
	// surname only, never by a spelling variant ("Williams").
	GivenName bool
}
