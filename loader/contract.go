package loader

// This file fixes the seam between the loader's stages. The text stages (normalise,
// metadata, segment) fill a document; the semantic stages (mentions, resolution,
// relations) read it and return entities and facts; emission turns both into a
// schema.Extraction.

import "github.com/newsgraph/newsgraph/schema"

// token is one word or punctuation mark. Start and End are byte offsets into the
// document's original text; Text is the normalised form (NFC-ish, straight quotes,
// glued words split).
type token struct {
	Text       string
	Start, End int
}

// sentence is one sentence of the body.
type sentence struct {
	N      int    // from 1, in document order
	Text   string // normalised text of the sentence
	Start  int    // byte offset of the sentence in the original text
	Length int    // byte length in the original text
	Tokens []token
}

// document is a source after the text stages.
type document struct {
	ID        schema.DocID
	Original  []byte // the text as given
	Meta      schema.Document
	Sentences []sentence

	// The first semantic stage, which needs nothing but the document: filled by
	// detectMentions, so that ExtractAll can run it on all cores.
	words    [][]word     // the words of each sentence
	mentions [][]mention  // the mentions of each sentence, before resolution
	parses   []*lazyParse // the parse of each sentence that may hold a fact, else nil (gate.go)
}

// The semantic stages live behind one type, *semantics, defined in analyze.go:
//
//	func newSemantics(opts *Options) *semantics
//	func (s *semantics) analyze(ctx context.Context, d *document) ([]schema.Entity, []schema.Fact, error)
//	func (s *semantics) analyzeNames(ctx context.Context, d *document) ([]schema.Entity, []schema.Fact, []schema.EntityNames, error)
//
// New builds one *semantics per Loader; Extract calls analyzeNames after the text stages.
// analyze must be safe for concurrent use and a function of d alone (no state carried
// from one document to the next: resolution across documents is internal/resolve's, over
// the EntityNames), and return facts whose Evidence name sentences of d (Doc = d.ID,
// Sentence = N, Text, Start, Length copied from the sentence), entities that cover every
// fact's subject and object with the aliases seen in d, and, sorted by IRI, the names of
// every entity: its class, its lexicon name when a lexicon gave it, and each form d
// writes with its count and, for a person, the keys of its given name and surname.
