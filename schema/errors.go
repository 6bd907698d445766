package schema

import "fmt"

// UnknownTermError is returned by [ParseClass] and [ParsePredicate] for a name that is
// not in the ontology.
type UnknownTermError struct {
	Kind string // "class" or "predicate"
	Term string // the name given
}

// Error names the term that is not part of the ontology.
func (e *UnknownTermError) Error() string {
	return fmt.Sprintf("schema: unknown %s %q", e.Kind, e.Term)
}

// InvalidIRIError is returned by [ParseIRI] and [DocID.Validate] for a string that is not
// a valid newsgraph IRI or document id.
type InvalidIRIError struct {
	IRI    string // the input
	Reason string // what is wrong with it
}

// Error names the IRI and what is wrong with it.
func (e *InvalidIRIError) Error() string {
	return fmt.Sprintf("schema: invalid IRI %q: %s", e.IRI, e.Reason)
}

// ExtractionError is returned by [Extraction.Validate] and [Extraction.Quads] for an
// inconsistent extraction.
type ExtractionError struct {
	Doc    DocID  // the document
	Reason string // what is inconsistent
}

// Error names the document and what is inconsistent in it.
func (e *ExtractionError) Error() string {
	return fmt.Sprintf("schema: document %q: %s", e.Doc, e.Reason)
}
