package resolve_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/resolve"
)

// titled returns a person record whose document gives it the posts given.
func titled(posts []string, forms ...string) resolve.Record {
	r := person(forms...)
	r.Posts = posts
	return r
}

// TestRankedPostIsAnotherPost checks that a surname alone under a post does not join a
// person who holds that post only with a word of rank ("president" is not "vice
// president", "chancellor" not "shadow chancellor"), in documents of either order, while
// the same ranked post, and a post whose words hold the other's, still join.
func TestRankedPostIsAnotherPost(t *testing.T) {
	for _, c := range []struct {
		full, bare string
		join       bool
	}{
		{"vice president", "president", false},
		{"shadow chancellor", "chancellor", false},
		{"deputy prime minister", "prime minister", false},
		{"vice president", "vice president", true},
		{"treasury secretary", "secretary", true},
	} {
		a := doc("a", titled([]string{c.full}, "Corwin Haldane"))
		b := doc("b", titled([]string{c.bare}, "Haldane"))
		for _, docs := range [][]resolve.Doc{{a, b}, {b, a}} {
			got := resolveAll(t, docs...)
			if joined := got["a/Corwin Haldane"] == got["b/Haldane"]; joined != c.join {
				t.Errorf("%q and a surname under %q (order %s first): joined %v, want %v", c.full, c.bare, docs[0].ID, joined, c.join)
			}
		}
	}
}
