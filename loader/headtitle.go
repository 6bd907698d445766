package loader

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// A body's head word before a title: "Council President X" and "Committee Chairman Y" name
// the body by its head noun alone, as a reporter does once the document has named it in
// full ("the Legislative Council"). headWordTitleFacts receives the document's views and
// gives the title's role in that body when the document names exactly one body whose name
// ends in the word; with none or two ("the City Council", "the Security Council") it reads
// nothing.

// headWordTitleFacts reads a capitalised body head word before a person's title.
func headWordTitleFacts(views []*sentenceView, fs *factSet) {
	bodies := headWordBodies(views)
	for _, v := range views {
		for _, m := range v.ms {
			if m.Class != schema.Person || m.Kind != mName || m.ent == nil || m.Title == 0 || m.Title == roleHonorific {
				continue
			}
			t := m.Start - len(strings.Fields(m.TitleText)) // the title's first word
			if t < 1 || v.at[t-1] >= 0 || !v.ws[t-1].Cap || t >= 2 && v.ws[t-2].Cap && !v.ws[t-2].Punct {
				continue // "City Council President X": a longer name, read where it stands
			}
			if b := bodies[v.ws[t-1].Key]; b != nil {
				roleFacts(v, fs, m.ent, m.Title, m.TitleText, b, v.n)
			}
		}
	}
}

// headWordBodies maps each body head word (data: orgHeads) that ends the name of exactly one
// body of the document, named in two words or more, to that body.
func headWordBodies(views []*sentenceView) map[string]*entity {
	out := map[string]*entity{}
	two := map[string]bool{}
	for _, v := range views {
		for _, m := range v.ms {
			e := m.ent
			if e == nil || e.Class != schema.Organization || m.Kind != mName || len(strings.Fields(e.Name)) < 2 {
				continue
			}
			k := schema.NameKey(lastWord(e.Name))
			if !orgHeads[k] {
				continue
			}
			if o := out[k]; o != nil && o != e {
				two[k] = true
			}
			out[k] = e
		}
	}
	for k := range two {
		delete(out, k)
	}
	return out
}
