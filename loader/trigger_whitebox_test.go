package loader

import (
	"reflect"
	"strings"
	"testing"
)

// Every row of the trigger lexicon must parse: a malformed row is skipped silently at run
// time, so this test is what keeps a typo from dropping a trigger.
func TestTriggerRowsParse(t *testing.T) {
	for _, file := range []string{"data/triggers.tsv", "data/triggers-cameo.tsv"} {
		n := 0
		eachLine(file, func(f []string) {
			n++
			if len(f) != 7 {
				t.Errorf("%s: %q: %d columns, want 7", file, f, len(f))
				return
			}
			switch f[1] {
			case "light":
				if f[2] != "-" {
					t.Errorf("%s: %q: a light verb row names no predicate", file, f)
				}
			case "noun":
				g := append([]string{}, f...)
				g[1] = "form"
				if _, ok := parseTriggerRow(g); !ok {
					t.Errorf("%s: %q does not parse", file, f)
				}
				if !strings.Contains(f[5], "s=") || !strings.Contains(f[5], "o=") {
					t.Errorf("%s: %q: a noun row needs subject and object roles", file, f)
				}
			default:
				if _, ok := parseTriggerRow(f); !ok {
					t.Errorf("%s: %q does not parse", file, f)
				}
			}
		})
		if n == 0 {
			t.Errorf("%s: no rows", file)
		}
	}
}

func TestVerbForms(t *testing.T) {
	tests := []struct {
		lemma, irregular string
		want             []string
	}{
		{"attack", "", []string{"attack", "attacks", "attacked", "attacking"}},
		{"invade", "", []string{"invade", "invades", "invaded", "invading"}},
		{"occupy", "", []string{"occupy", "occupies", "occupied", "occupying"}},
		{"ambush", "", []string{"ambush", "ambushes", "ambushed", "ambushing"}},
		{"meet", "meets,met,meeting", []string{"meet", "meets", "met", "meeting"}},
	}
	for _, tt := range tests {
		if got := verbForms(tt.lemma, tt.irregular); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("verbForms(%q, %q) = %q, want %q", tt.lemma, tt.irregular, got, tt.want)
		}
	}
	if got, want := pastForms("meet", verbForms("meet", "meets,met,meeting")), []string{"met"}; !reflect.DeepEqual(got, want) {
		t.Errorf("pastForms(meet) = %q, want %q", got, want)
	}
}

func TestTriggerLexicon(t *testing.T) {
	tt := triggerLexicon()
	tests := []struct {
		phrase string
		want   bool
		reason string
	}{
		{"travelled to", true, "hand-written form"},
		{"traveled to", true, "CAMEO verb with its oblique's preposition"},
		{"traveled", false, "an oblique-only verb needs its preposition"},
		{"ambushed", true, "CAMEO past form"},
		{"ambush", false, "a base form may be a noun"},
		{"hosted", true, "hand-written"},
	}
	for _, c := range tests {
		if _, ok := tt.phrases[c.phrase]; ok != c.want {
			t.Errorf("%q in lexicon = %v, want %v (%s)", c.phrase, ok, c.want, c.reason)
		}
	}
	if !tt.phrases["hosted"].host {
		t.Error("hosted: want the host flag")
	}
}
