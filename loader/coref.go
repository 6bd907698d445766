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

// A name that resolution left without an entity, when the document names a person by it:
// "Wiranto" after "Indonesia's security minister Wiranto", "Khalilzad" after "Zalmay
// Khalilzad". The whole name matches first; a bare surname goes to the salient person of
// that surname, the one the document names first unless another is named more than twice
// as often, even when a relative shares it ("Trump" is Donald Trump in an article that
// names Mary Trump later).

// bareNames binds the unresolved name mentions of views to the persons they name.
func bareNames(views []*sentenceView) {
	full := map[string]*entity{} // a person's whole name key -> the person (nil: two persons)
	count := map[*entity]int{}   // mentions of each person
	bySurname := map[string][]*entity{}
	for _, v := range views {
		for _, m := range v.ms {
			e := m.ent
			if e == nil || e.Class != schema.Person || m.Kind == mDemonym {
				continue
			}
			if count[e]++; count[e] == 1 {
				if ts := nameTokens(e.Name); len(ts) >= 2 {
					bySurname[ts[len(ts)-1]] = append(bySurname[ts[len(ts)-1]], e)
				}
			}
			if m.Kind == mName {
				k := schema.NameKey(e.Name)
				if o, seen := full[k]; seen && o != e {
					full[k] = nil
				} else {
					full[k] = e
				}
			}
		}
	}
	for _, v := range views {
		for k := range v.ms {
			m := &v.ms[k]
			if m.Kind != mName || m.ent != nil || m.Class != "" && m.Class != schema.Person {
				continue
			}
			key := schema.NameKey(m.Text)
			if e := full[key]; e != nil {
				m.ent = e
				continue
			}
			if ts := nameTokens(m.Text); len(ts) > 0 {
				m.ent = salient(bySurname[ts[len(ts)-1]], count, key)
			}
		}
	}
}

// salient returns the salient person among those whose name ends with key (cands in the
// order the document first names them), or nil when there is none.
func salient(cands []*entity, count map[*entity]int, key string) *entity {
	var best *entity
	for _, e := range cands { // in the order the document first names them
		if !strings.HasSuffix(" "+schema.NameKey(e.Name), " "+key) {
			continue
		}
		if best == nil || count[e] > 2*count[best] {
			best = e
		}
	}
	return best
}
