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
type Extraction struct {
	// Document is the document and its metadata; Document.ID must be valid.
	Document Document
	// Sentences are the document's sentences in order, numbered from 1.
	Sentences []Sentence
	// Entities are the entities the document mentions, each with the aliases seen in it.
	Entities []Entity
	// Facts are the facts read from the document; each Evidence names one of Sentences.
	Facts []Fact
}
