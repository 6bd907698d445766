package graphtest

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The fixture is a valid set of extractions whose evidence matches its sentences.
func TestFixture(t *testing.T) {
	for _, x := range Docs() {
		if _, err := x.Quads(); err != nil {
			t.Errorf("%s: %v", x.Document.ID, err)
		}
		text := Text(x)
		for _, f := range x.Facts {
			for _, ev := range f.Evidence {
				if got := text[ev.Start : ev.Start+ev.Length]; got != ev.Text {
					t.Errorf("%s#%d: span gives %q, want %q", ev.Doc, ev.Sentence, got, ev.Text)
				}
			}
		}
	}
	if r, err := schema.ParseIRI(GammaID.IRI()); err != nil || r.Doc != GammaID {
		t.Errorf("gamma's IRI %s does not parse back: %v", GammaID.IRI(), err)
	}
}
