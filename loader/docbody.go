package loader

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Bare titles and bare bodies of a document's one international body or one parliament: "a
// letter to Secretary General X" heads the United Nations in a story whose only body
// beyond a state is the United Nations; "X, a member of Parliament" sits in the one
// parliament the document has named in full ("the Kenyan Parliament"). Like the bare titles
// of doccountry.go, they are read only where the document leaves no other body to choose.

// bodyHeadTitleFacts gives a bare head's title of an international body (data/words.txt
// intlHeadTitles: "Secretary General X") that body when the document names it and no other
// organisation outside a state, and the person holds no post the document names.
func bodyHeadTitleFacts(views []*sentenceView, fs *factSet) {
	body := soleInternationalBody(views)
	if body == nil {
		return
	}
	posted := postedPersons(fs)
	for _, v := range views {
		for _, m := range v.ms {
			if m.Class != schema.Person || m.Kind != mName || m.ent == nil || m.Title == 0 || posted[m.ent] {
				continue
			}
			if !contains(intlHeadTitles, strings.ToLower(m.TitleText)) || !bareBefore(v, beforeTitle(v, m)) || len(nameTokens(m.ent.Name)) < 2 {
				continue
			}
			fs.add(m.ent, schema.Leads, body, v.n)
		}
	}
}

// soleInternationalBody returns the United Nations when the document names it and names
// no other organisation that is not a state's body (a party, a group, another union of
// states), else nil.
func soleInternationalBody(views []*sentenceView) *entity {
	var un *entity
	for _, v := range views {
		for _, m := range v.ms {
			e := m.ent
			if e == nil || e.Class != schema.Organization {
				continue
			}
			switch {
			case e.Name == "United Nations":
				un = e
			case unBody(e):
			case e.Country != "" && !isParty(e):
			default:
				return nil // "Secretary General X" may be another body's
			}
		}
	}
	return un
}

// unBody reports whether e is a body of the United Nations by its name ("United Nations
// Security Council").
func unBody(e *entity) bool {
	return strings.HasPrefix(e.Name, "United Nations ")
}

// postedPersons returns the persons the facts give a post or a country.
func postedPersons(fs *factSet) map[*entity]bool {
	out := map[*entity]bool{}
	for _, k := range fs.order {
		if k.p == schema.Leads || k.p == schema.MemberOf || k.p == schema.Commands || k.p == schema.Nationality {
			out[k.s] = true
		}
	}
	return out
}

// bareParliamentFacts reads "X, a member of Parliament" (or "X, an MP"-like phrases with
// the body's bare name, data/words.txt bareParliamentNames) as membership of the one
// parliament the document named in full before ("the Kenyan Parliament"); with two such
// bodies, or none, nothing.
func bareParliamentFacts(views []*sentenceView, fs *factSet) {
	var parl *entity
	first := -1
	for n, v := range views {
		for _, m := range v.ms {
			e := m.ent
			if e == nil || e.Class != schema.Organization || e.Country == "" || !bareParliamentNames[strings.ToLower(lastWord(e.Name))] {
				continue
			}
			if parl != nil && parl != e {
				return // two parliaments: no telling which
			}
			if parl == nil {
				first = n
			}
			parl = e
		}
	}
	if parl == nil {
		return
	}
	for n, v := range views {
		if n <= first {
			continue
		}
		for i := 0; i+4 < len(v.ws); i++ {
			if v.ws[i].Text != "," || v.ws[i+1].Lower != "a" || v.ws[i+2].Lower != "member" || v.ws[i+3].Lower != "of" {
				continue
			}
			w := v.ws[i+4]
			if !w.Cap || v.at[i+4] >= 0 || !bareParliamentNames[w.Lower] || i+5 < len(v.ws) && !v.ws[i+5].Punct {
				continue // "a member of Parliament for Y" or a named body: read where it stands
			}
			if i == 0 {
				continue
			}
			if k := v.at[i-1]; k >= 0 && v.ms[k].End == i && v.ms[k].Class == schema.Person && v.ms[k].Kind == mName && v.ms[k].ent != nil {
				fs.add(v.ms[k].ent, schema.MemberOf, parl, v.n)
			}
		}
	}
}

// The words of these lists are in words.txt.
var (
	intlHeadTitles      = phraseList("intlHeadTitles")
	bareParliamentNames = wordSet("bareParliamentNames")
)
