package resolve

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// A store keeps a Doc for every document and reads them all back when it opens, so its
// JSON is compact: {"o": origin, "r": [record...]} with each record an array
// [IRI slug, class letter, name, lexicon name, [form...]] and each form an array [text,
// count] or, for a person, [text, count, given, surname, 1 if a given name alone].

var classLetter = map[schema.Class]string{schema.Person: "P", schema.Organization: "O", schema.Country: "C", schema.Place: "L"}

func classOf(letter string) (schema.Class, bool) {
	for c, l := range classLetter {
		if l == letter {
			return c, true
		}
	}
	return "", false
}

type docJSON struct {
	Origin  string            `json:"o,omitempty"`
	Records []json.RawMessage `json:"r,omitempty"`
}

// MarshalJSON encodes d compactly (d.ID is not encoded: a store keys the Doc by it).
func (d Doc) MarshalJSON() ([]byte, error) {
	out := docJSON{Origin: d.Origin}
	for _, r := range d.Records {
		iri := string(r.IRI)
		if slug, ok := strings.CutPrefix(iri, schema.EntityBase); ok {
			iri = slug
		}
		letter, ok := classLetter[r.Class]
		if !ok {
			return nil, fmt.Errorf("resolve: record %s has the class %q", r.IRI, r.Class)
		}
		forms := make([][]any, len(r.Forms))
		for i, f := range r.Forms {
			forms[i] = []any{f.Text, f.Count}
			if r.Class == schema.Person {
				given := 0
				if f.GivenName {
					given = 1
				}
				forms[i] = append(forms[i], f.Given, f.Surname, given)
			}
		}
		b, err := json.Marshal([]any{iri, letter, r.Name, r.Lexicon, forms})
		if err != nil {
			return nil, err
		}
		out.Records = append(out.Records, b)
	}
	return json.Marshal(out)
}

// UnmarshalJSON decodes what MarshalJSON encoded.
func (d *Doc) UnmarshalJSON(b []byte) error {
	var in docJSON
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	*d = Doc{ID: d.ID, Origin: in.Origin}
	for _, raw := range in.Records {
		var f []json.RawMessage
		if err := json.Unmarshal(raw, &f); err != nil || len(f) != 5 {
			return fmt.Errorf("resolve: a damaged record: %s", raw)
		}
		var r Record
		var iri, letter string
		var forms [][]json.RawMessage
		for i, dst := range []any{&iri, &letter, &r.Name, &r.Lexicon, &forms} {
			if err := json.Unmarshal(f[i], dst); err != nil {
				return fmt.Errorf("resolve: a damaged record: %s", raw)
			}
		}
		c, ok := classOf(letter)
		if !ok {
			return fmt.Errorf("resolve: a record of an unknown class %q", letter)
		}
		r.Class = c
		r.IRI = schema.IRI(iri)
		if !strings.Contains(iri, "://") {
			r.IRI = schema.IRI(schema.EntityBase + iri)
		}
		for _, fa := range forms {
			var nf schema.NameForm
			var given int
			dsts := []any{&nf.Text, &nf.Count, &nf.Given, &nf.Surname, &given}
			if len(fa) < 2 || len(fa) > len(dsts) {
				return fmt.Errorf("resolve: a damaged name form in %s", raw)
			}
			for i := range fa {
				if err := json.Unmarshal(fa[i], dsts[i]); err != nil {
					return fmt.Errorf("resolve: a damaged name form in %s", raw)
				}
			}
			nf.GivenName = given == 1
			r.Forms = append(r.Forms, nf)
		}
		d.Records = append(d.Records, r)
	}
	return nil
}
