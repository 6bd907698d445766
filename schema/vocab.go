package schema

// Namespaces of every IRI newsgraph writes.
const (
	// Base is the prefix of every IRI newsgraph mints.
	Base = "https://newsgraph.dev/"
	// NS is the namespace of the newsgraph vocabulary: classes and predicates.
	NS = Base + "ns#"
	// EntityBase is the prefix of entity IRIs: EntityBase + slug.
	EntityBase = Base + "id/"
	// DocBase is the prefix of document IRIs: DocBase + document id.
	DocBase = Base + "doc/"
	// RDF is the RDF namespace.
	RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	// SchemaOrg is the schema.org namespace, in the http form RDF tools use.
	SchemaOrg = "http://schema.org/"
	// XSD is the XML Schema datatypes namespace.
	XSD = "http://www.w3.org/2001/XMLSchema#"
)

// Datatypes of the typed literals newsgraph writes.
const (
	// XSDString is the datatype of plain string literals.
	XSDString IRI = XSD + "string"
	// XSDInteger is the datatype of integer literals (sentence offsets and lengths).
	XSDInteger IRI = XSD + "integer"
	// XSDDate is the datatype of a publication date without a time of day.
	XSDDate IRI = XSD + "date"
	// XSDDateTime is the datatype of a publication timestamp.
	XSDDateTime IRI = XSD + "dateTime"
)

// Class is the IRI of an ontology class, the object of an rdf:type quad.
// Its zero value is not a class; use the constants.
type Class string

// The classes of the ontology.
const (
	// Person is a named human being.
	Person Class = NS + "Person"
	// Organization is a government body, armed force or unit, militia, party, militant group,
	// international body or media outlet; also a named collective that acts ("Syrian rebels").
	Organization Class = NS + "Organization"
	// Country is a sovereign state, also when named by its capital or demonym as an actor.
	Country Class = NS + "Country"
	// Place is a city, province, region, base, sea or other location that is not a country.
	Place Class = NS + "Place"
	// DocumentClass is the class of a loaded source text (Go's name Document is the struct).
	DocumentClass Class = NS + "Document"
)

// Classes returns the entity classes (every class but [DocumentClass]) in a stable order.
func Classes() []Class { return []Class{Person, Organization, Country, Place} }

// IRI returns the class's IRI.
func (c Class) IRI() IRI { return IRI(c) }

// Name returns the class's local name, such as "Person".
func (c Class) Name() string { return localName(string(c)) }

// String returns the class's local name.
func (c Class) String() string { return c.Name() }

// Valid reports whether c is one of the ontology's classes.
func (c Class) Valid() bool {
	switch c {
	case Person, Organization, Country, Place, DocumentClass:
		return true
	}
	return false
}

// ParseClass returns the class named by s, its local name ("Person", any case) or its IRI.
func ParseClass(s string) (Class, error) {
	for _, c := range append(Classes(), DocumentClass) {
		if s == string(c) || equalFold(s, c.Name()) {
			return c, nil
		}
	}
	return "", &UnknownTermError{Kind: "class", Term: s}
}

// Predicate is the IRI of a predicate: one of the ontology's relations between entities,
// a document or sentence property, or a standard interop predicate.
// Its zero value is not a predicate; use the constants.
type Predicate string

// The relations of the ontology: each extracted fact is one quad with one of these
// predicates, labelled with the IRI of the sentence it was read from.
const (
	// Commands is military or militia command (Person -> Organization).
	Commands Predicate = NS + "commands"
	// Leads is political or organisational headship (Person -> Organization or Country).
	Leads Predicate = NS + "leads"
	// MemberOf is holding a post in, belonging to or working for (Person -> Organization or Country).
	MemberOf Predicate = NS + "memberOf"
	// PartOf is a structural part or offshoot (Organization -> Organization or Country).
	PartOf Predicate = NS + "partOf"
	// Advises is advising a person (Person -> Person).
	Advises Predicate = NS + "advises"
	// ReportsTo is reporting to a person (Person -> Person).
	ReportsTo Predicate = NS + "reportsTo"
	// Nationality is a person's country (Person -> Country).
	Nationality Predicate = NS + "nationality"
	// Met is a meeting of two people (Person <-> Person, symmetric).
	Met Predicate = NS + "met"
	// Visited is a visit or trip (Person -> Place or Country).
	Visited Predicate = NS + "visited"
	// LocatedIn is geographic containment (Place -> Place or Country).
	LocatedIn Predicate = NS + "locatedIn"
	// Supports is backing or support (Person, Organization or Country -> the same).
	Supports Predicate = NS + "supports"
	// AlliedWith is an alliance, stated cooperation or joint action
	// (Organization or Country <-> Organization or Country, symmetric).
	AlliedWith Predicate = NS + "alliedWith"
	// Fights is fighting, attacking, or killing or wounding in a strike
	// (Person, Organization or Country -> the same).
	Fights Predicate = NS + "fights"
	// Attacked is an attack on a place (Organization or Country -> Place).
	Attacked Predicate = NS + "attacked"
	// SanctionedBy is being under sanctions, a ban or a designation
	// (Person or Organization -> Organization or Country).
	SanctionedBy Predicate = NS + "sanctionedBy"
)

// Document, sentence and entity properties.
const (
	// Mentions links a document to every entity it names (Document -> entity).
	Mentions Predicate = NS + "mentions"
	// Type is rdf:type: an entity's or document's class.
	Type Predicate = RDF + "type"
	// Name is schema:name: an entity's canonical name.
	Name Predicate = SchemaOrg + "name"
	// AlternateName is schema:alternateName: every other surface form seen for an entity.
	AlternateName Predicate = SchemaOrg + "alternateName"
	// DatePublished is schema:datePublished: a document's date, an xsd:date or xsd:dateTime.
	DatePublished Predicate = SchemaOrg + "datePublished"
	// Author is schema:author: a document's author, a Person entity.
	Author Predicate = SchemaOrg + "author"
	// Headline is schema:headline: a document's headline.
	Headline Predicate = SchemaOrg + "headline"
	// Text is schema:text: a sentence's text.
	Text Predicate = SchemaOrg + "text"
	// IsPartOf is schema:isPartOf: a sentence's document. The ontology says a sentence is
	// "partOf" its document; newsgraph uses schema.org's isPartOf for that link so that
	// [PartOf] stays the Organization relation with its domain and range.
	IsPartOf Predicate = SchemaOrg + "isPartOf"
	// Start is a sentence's byte offset in its document's original text (xsd:integer).
	Start Predicate = NS + "start"
	// Length is a sentence's length in bytes of the original text (xsd:integer).
	Length Predicate = NS + "length"
)

// Relations returns the ontology's fifteen relations, in the order of ONTOLOGY.md.
func Relations() []Predicate {
	return []Predicate{Commands, Leads, MemberOf, PartOf, Advises, ReportsTo, Nationality, Met,
		Visited, LocatedIn, Supports, AlliedWith, Fights, Attacked, SanctionedBy}
}

func properties() []Predicate {
	return []Predicate{Mentions, Type, Name, AlternateName, DatePublished, Author, Headline,
		Text, IsPartOf, Start, Length}
}

// IRI returns the predicate's IRI.
func (p Predicate) IRI() IRI { return IRI(p) }

// Name returns the predicate's local name, such as "commands" or "alternateName".
func (p Predicate) Name() string { return localName(string(p)) }

// String returns the predicate's local name.
func (p Predicate) String() string { return p.Name() }

// IsRelation reports whether p is one of the ontology's relations between entities
// (the predicates of facts), as opposed to a property.
func (p Predicate) IsRelation() bool {
	_, ok := signatures[p]
	return ok
}

// Valid reports whether p is a predicate newsgraph knows.
func (p Predicate) Valid() bool {
	if p.IsRelation() {
		return true
	}
	for _, q := range properties() {
		if p == q {
			return true
		}
	}
	return false
}

// Symmetric reports whether p holds in both directions (met, alliedWith).
func (p Predicate) Symmetric() bool { return p == Met || p == AlliedWith }

// Domain returns the classes a subject of p may have; nil for a property.
func (p Predicate) Domain() []Class { return append([]Class(nil), signatures[p].domain...) }

// Range returns the classes an object of p may have; nil for a property.
func (p Predicate) Range() []Class { return append([]Class(nil), signatures[p].rng...) }

// Allows reports whether a fact of predicate p may link a subject of class s to an object
// of class o.
func (p Predicate) Allows(s, o Class) bool {
	sig, ok := signatures[p]
	return ok && contains(sig.domain, s) && contains(sig.rng, o)
}

// ParsePredicate returns the predicate named by s: its local name ("commands", any case)
// or its full IRI.
func ParsePredicate(s string) (Predicate, error) {
	for _, p := range append(Relations(), properties()...) {
		if s == string(p) || equalFold(s, p.Name()) {
			return p, nil
		}
	}
	return "", &UnknownTermError{Kind: "predicate", Term: s}
}

type signature struct{ domain, rng []Class }

var (
	personOnly = []Class{Person}
	orgCountry = []Class{Organization, Country}
	actors     = []Class{Person, Organization, Country}
	locations  = []Class{Place, Country}
)

var signatures = map[Predicate]signature{
	Commands:     {personOnly, []Class{Organization}},
	Leads:        {personOnly, orgCountry},
	MemberOf:     {personOnly, orgCountry},
	PartOf:       {[]Class{Organization}, orgCountry},
	Advises:      {personOnly, personOnly},
	ReportsTo:    {personOnly, personOnly},
	Nationality:  {personOnly, []Class{Country}},
	Met:          {personOnly, personOnly},
	Visited:      {personOnly, locations},
	LocatedIn:    {[]Class{Place}, locations},
	Supports:     {actors, actors},
	AlliedWith:   {orgCountry, orgCountry},
	Fights:       {actors, actors},
	Attacked:     {orgCountry, []Class{Place}},
	SanctionedBy: {[]Class{Person, Organization}, orgCountry},
}

func contains(cs []Class, c Class) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

func localName(iri string) string {
	for i := len(iri) - 1; i >= 0; i-- {
		if iri[i] == '#' || iri[i] == '/' {
			return iri[i+1:]
		}
	}
	return iri
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
