package loader

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestTerritoryStory checks that a document naming a dependent territory in at least as
// many sentences as its sovereign state is the territory's story, and one naming the
// state more is not.
func TestTerritoryStory(t *testing.T) {
	us := &entity{Name: "United States", Class: schema.Country}
	pr := &entity{Name: "Puerto Rico", Class: schema.Place}
	view := func(es ...*entity) *sentenceView {
		v := &sentenceView{}
		for _, e := range es {
			v.ms = append(v.ms, mention{Class: e.Class, ent: e})
		}
		return v
	}
	views := []*sentenceView{view(pr), view(pr, us), view(us)}
	if !territoryStory(views, us, map[*entity]int{us: 2}) {
		t.Errorf("two sentences of the territory, two of the state: want the territory's story")
	}
	if territoryStory(views, us, map[*entity]int{us: 3}) {
		t.Errorf("two sentences of the territory, three of the state: want no territory's story")
	}
	if territoryStory(views[2:], us, map[*entity]int{us: 1}) {
		t.Errorf("no territory named: want no territory's story")
	}
}
