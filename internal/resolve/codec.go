package resolve

import (
	"encoding/binary"
	"errors"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// A store keeps a Doc for every document and reads them all back when it opens, so it is
// kept in a compact binary form ([Doc.MarshalBinary]): a version byte, the origin, the
// number of records, and each record as its IRI slug, class letter, name, lexicon name and
// forms, each form its text and count and, for a person, its given name and surname keys
// and whether it is a given name alone; then, for a person, the number of its posts, each
// post, its gender and whether it is styled (version 2; a version 1 record has neither). Strings are a uvarint length and their bytes,
// numbers uvarints.

const codecVersion = 2

var classLetter = map[schema.Class]byte{schema.Person: 'P', schema.Organization: 'O', schema.Country: 'C', schema.Place: 'L'}

var letterClass = map[byte]schema.Class{'P': schema.Person, 'O': schema.Organization, 'C': schema.Country, 'L': schema.Place}

// errDamaged is the error of a Doc that does not decode.
var errDamaged = errors.New("resolve: a damaged resolution record")

// MarshalBinary encodes d (but not d.ID: a store keys the Doc by it).
func (d Doc) MarshalBinary() ([]byte, error) {
	b := []byte{codecVersion}
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	str(d.Origin)
	b = binary.AppendUvarint(b, uint64(len(d.Records)))
	for _, r := range d.Records {
		letter, ok := classLetter[r.Class]
		if !ok {
			return nil, errors.New("resolve: a record of class " + string(r.Class))
		}
		iri := string(r.IRI)
		if slug, ok := strings.CutPrefix(iri, schema.EntityBase); ok {
			iri = slug
		} else {
			iri = "\x00" + iri // not an entity IRI of newsgraph's: kept whole
		}
		str(iri)
		b = append(b, letter)
		str(r.Name)
		str(r.Lexicon)
		b = binary.AppendUvarint(b, uint64(len(r.Forms)))
		for _, f := range r.Forms {
			str(f.Text)
			b = binary.AppendUvarint(b, uint64(max(f.Count, 0)))
			if r.Class == schema.Person {
				str(f.Given)
				str(f.Surname)
				given := byte(0)
				if f.GivenName {
					given = 1
				}
				b = append(b, given)
			}
		}
		if r.Class == schema.Person {
			b = binary.AppendUvarint(b, uint64(len(r.Posts)))
			for _, p := range r.Posts {
				str(p)
			}
			str(r.Gender)
			styled := byte(0)
			if r.Styled {
				styled = 1
			}
			b = append(b, styled)
		}
	}
	return b, nil
}

// UnmarshalBinary decodes what MarshalBinary encoded; d.ID is kept.
func (d *Doc) UnmarshalBinary(b []byte) error {
	if len(b) == 0 || b[0] != 1 && b[0] != codecVersion {
		return errDamaged
	}
	version := b[0]
	b = b[1:]
	bad := false
	num := func() int {
		n, k := binary.Uvarint(b)
		if k <= 0 || n > uint64(len(b))*8+1<<20 {
			bad = true
			return 0
		}
		b = b[k:]
		return int(n)
	}
	str := func() string {
		n := num()
		if bad || n > len(b) {
			bad = true
			return ""
		}
		s := string(b[:n])
		b = b[n:]
		return s
	}
	byte1 := func() byte {
		if len(b) == 0 {
			bad = true
			return 0
		}
		c := b[0]
		b = b[1:]
		return c
	}
	*d = Doc{ID: d.ID, Origin: str()}
	n := num()
	for i := 0; i < n && !bad; i++ {
		var r Record
		iri := str()
		if strings.HasPrefix(iri, "\x00") {
			r.IRI = schema.IRI(iri[1:])
		} else {
			r.IRI = schema.IRI(schema.EntityBase + iri)
		}
		c, ok := letterClass[byte1()]
		if !ok {
			return errDamaged
		}
		r.Class = c
		r.Name = str()
		r.Lexicon = str()
		nf := num()
		if nf > 0 && !bad {
			r.Forms = make([]schema.NameForm, 0, min(nf, 1024))
		}
		for k := 0; k < nf && !bad; k++ {
			f := schema.NameForm{Text: str(), Count: num()}
			if c == schema.Person {
				f.Given, f.Surname = str(), str()
				f.GivenName = byte1() == 1
			}
			r.Forms = append(r.Forms, f)
		}
		if c == schema.Person && version >= 2 {
			np := num()
			for k := 0; k < np && !bad; k++ {
				r.Posts = append(r.Posts, str())
			}
			r.Gender = str()
			r.Styled = byte1() == 1
		}
		d.Records = append(d.Records, r)
	}
	if bad || len(b) != 0 {
		return errDamaged
	}
	return nil
}
