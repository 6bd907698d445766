package loader

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

func TestWords(t *testing.T) {
	ws := words("The U.S. envoy met Omar al-Rashid’s aide.")
	var got []string
	for _, w := range ws {
		got = append(got, w.Text)
	}
	want := []string{"The", "U.S.", "envoy", "met", "Omar", "al", "Rashid", "'s", "aide", "."}
	if len(got) != len(want) {
		t.Fatalf("words = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("words = %q, want %q", got, want)
		}
	}
	if !ws[6].Hyph || ws[5].Hyph {
		t.Errorf("hyphen flags wrong: %+v", ws[5:7])
	}
}

func TestDetect(t *testing.T) {
	ws := words("Moscow says Chilean troops and the Peruvian army reached Lima, where Ana Souza met Kenyan rebels.")
	dt := newDetector(&document{}, [][]word{ws})
	got := map[string]schema.Class{}
	for _, m := range dt.detect(ws) {
		got[m.Text] = m.Class
	}
	for text, c := range map[string]schema.Class{
		"Moscow":        schema.Country, // a capital that acts
		"Peruvian army": schema.Organization,
		"Lima":          schema.Place,
		"Ana Souza":     schema.Person,
		"Kenyan rebels": schema.Organization,
	} {
		if got[text] != c {
			t.Errorf("%q: class %q, want %q (all %v)", text, got[text], c, got)
		}
	}
}
