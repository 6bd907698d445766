package schema

import (
	"fmt"
	"hash/fnv"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// IRI is an absolute IRI, such as an entity's https://newsgraph.dev/id/qassem-soleimani.
type IRI string

// String returns the IRI as a string.
func (i IRI) String() string { return string(i) }

// DocID is a document's identifier, such as "000_cf447e6a45854d74": for a file, its name
// without the extension; for a JSON-lines record, its id field. Any non-empty string of
// valid UTF-8 without control characters is a valid DocID; it is percent-escaped in IRIs.
type DocID string

// Validate reports whether id can name a document: non-empty, valid UTF-8, no control characters.
func (id DocID) Validate() error {
	s := string(id)
	switch {
	case s == "":
		return &InvalidIRIError{IRI: s, Reason: "empty document id"}
	case !utf8.ValidString(s):
		return &InvalidIRIError{IRI: s, Reason: "document id is not valid UTF-8"}
	case strings.IndexFunc(s, unicode.IsControl) >= 0:
		return &InvalidIRIError{IRI: s, Reason: "document id has a control character"}
	}
	return nil
}

// IRI returns the document's IRI: DocBase followed by the path-escaped id.
func (id DocID) IRI() IRI { return IRI(DocBase + url.PathEscape(string(id))) }

// SentenceIRI returns the IRI of the document's sentence n (counted from 1):
// the document IRI followed by "#s" and n. It is the label of every fact read from it.
func (id DocID) SentenceIRI(n int) IRI { return IRI(string(id.IRI()) + "#s" + strconv.Itoa(n)) }

// EntityIRI returns the IRI of the entity whose canonical name is name: EntityBase + [Slug](name).
func EntityIRI(name string) IRI { return IRI(EntityBase + Slug(name)) }

// RefKind says what an IRI minted by newsgraph names.
type RefKind int

// The kinds of IRI newsgraph mints.
const (
	// EntityRef is an entity: https://newsgraph.dev/id/<slug>.
	EntityRef RefKind = iota + 1
	// DocumentRef is a document: https://newsgraph.dev/doc/<doc-id>.
	DocumentRef
	// SentenceRef is a sentence: https://newsgraph.dev/doc/<doc-id>#s<N>.
	SentenceRef
	// VocabRef is a class or predicate: https://newsgraph.dev/ns#<name>.
	VocabRef
)

// Ref is a parsed newsgraph IRI. Only the fields of its Kind are set.
type Ref struct {
	Kind     RefKind
	Slug     string // EntityRef: the slug
	Doc      DocID  // DocumentRef and SentenceRef: the document id, unescaped
	Sentence int    // SentenceRef: the sentence number, from 1
	Term     string // VocabRef: the local name
}

// ParseIRI parses an IRI minted by newsgraph. It returns an *[InvalidIRIError] for any
// other string.
func ParseIRI(s IRI) (Ref, error) {
	str := string(s)
	bad := func(reason string) (Ref, error) { return Ref{}, &InvalidIRIError{IRI: str, Reason: reason} }
	switch {
	case strings.HasPrefix(str, EntityBase):
		slug := str[len(EntityBase):]
		if slug == "" || Slug(slug) != slug {
			return bad("entity slug is not canonical")
		}
		return Ref{Kind: EntityRef, Slug: slug}, nil
	case strings.HasPrefix(str, DocBase):
		rest := str[len(DocBase):]
		frag := ""
		if i := strings.IndexByte(rest, '#'); i >= 0 {
			rest, frag = rest[:i], rest[i+1:]
		}
		id, err := url.PathUnescape(rest)
		if err != nil || DocID(id).Validate() != nil || DocID(id).IRI() != IRI(DocBase+rest) {
			return bad("document id is not escaped canonically")
		}
		if str == string(DocID(id).IRI()) {
			return Ref{Kind: DocumentRef, Doc: DocID(id)}, nil
		}
		n, err := strconv.Atoi(strings.TrimPrefix(frag, "s"))
		if !strings.HasPrefix(frag, "s") || err != nil || n < 1 || DocID(id).SentenceIRI(n) != s {
			return bad("fragment is not a sentence number #sN")
		}
		return Ref{Kind: SentenceRef, Doc: DocID(id), Sentence: n}, nil
	case strings.HasPrefix(str, NS):
		term := str[len(NS):]
		if _, err := ParsePredicate(str); err == nil {
			return Ref{Kind: VocabRef, Term: term}, nil
		}
		if _, err := ParseClass(str); err == nil {
			return Ref{Kind: VocabRef, Term: term}, nil
		}
		return bad("unknown vocabulary term")
	}
	return bad("not a newsgraph IRI")
}

// Slug returns the stable, IRI-safe slug of a name: lower case, diacritics folded to their
// base letters (Latin), runs of anything that is not a letter or digit turned into one
// hyphen, no leading or trailing hyphen. Letters of other scripts are kept. Slug is
// idempotent (Slug(Slug(x)) == Slug(x)). A name with no letter or digit gets "x-" and a
// hash of its bytes, so no name has an empty slug.
func Slug(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	hyphen := false
	for _, r := range name {
		if r == '\'' || r == '’' { // possessive and transliteration apostrophes vanish
			continue
		}
		folded := foldRune(r)
		for _, f := range folded {
			f = unicode.ToLower(f)
			if isSlugRune(f) {
				if hyphen && b.Len() > 0 {
					b.WriteByte('-')
				}
				hyphen = false
				b.WriteRune(f)
			} else {
				hyphen = true
			}
		}
	}
	if b.Len() == 0 {
		h := fnv.New64a()
		h.Write([]byte(name))
		return fmt.Sprintf("x-%x", h.Sum64())
	}
	return b.String()
}

// isSlugRune reports whether r may stand in a slug as it is. It must be stable under
// foldRune and unicode.ToLower, or Slug would not be idempotent.
func isSlugRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
	}
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	f := foldRune(r)
	return f == string(r) && unicode.ToLower(r) == r
}
