package loader

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Coreference of group descriptions inside a document: "Houthi rebels ... the rebels are
// backed by Iran" reads the second phrase as the Houthis. A definite description stands
// for the named group the document last called by the same noun ("X militia" for "the
// militia"), if that group was named (by any of its names) in the same sentence or the
// three before. Anything less
// certain is left alone: a description without such an antecedent keeps its own
// collective entity, and "the group" (which could be any organisation named before) is
// not read.

// groupHeadNouns are the head nouns of group descriptions.
var groupHeadNouns = toSet(`rebels militia militias militants insurgents fighters group movement
organisation organization faction guerrillas`)

// corefWindow is how many sentences back an antecedent may be.
const corefWindow = 3

type antecedent struct {
	e    *entity
	sent int // where it was named with the noun
}

// groupDescriptions rebinds definite group descriptions in views to their antecedents.
func groupDescriptions(views []*sentenceView) {
	byNoun := map[string]antecedent{}
	lastSeen := map[*entity]int{} // the last sentence naming each group
	for n, v := range views {
		for k := range v.ms {
			m := &v.ms[k]
			if m.ent == nil {
				continue
			}
			if m.Kind == mName && m.ent.Class == schema.Organization && !stateBody(m.ent.Name) && m.ent.Country == "" {
				if head := lastKey(m.Text); groupHeadNouns[head] {
					byNoun[head] = antecedent{m.ent, n}
				}
				lastSeen[m.ent] = n
				continue
			}
			if m.Kind == mCollective && definite(v, m.Start) {
				if a, ok := byNoun[lastKey(m.Text)]; ok && n-lastSeen[a.e] <= corefWindow && m.End-m.Start == 1 {
					m.ent = a.e
				}
			}
		}
	}
}

// definite reports whether the mention at word i follows "the".
func definite(v *sentenceView, i int) bool {
	return i > 0 && v.ws[i-1].Lower == "the"
}

// lastKey returns the lower-case last word of a phrase.
func lastKey(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return schema.NameKey(f[len(f)-1])
}
