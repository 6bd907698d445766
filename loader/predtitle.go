package loader

import "github.com/newsgraph/newsgraph/schema"

// A title given to a person as a predicate is a bare title too when it names no body:
// "X, 41, was made agriculture secretary", "Y became Prime Minister", "Z was sworn in as
// interior minister", the gapped second conjunct "and W, 43, secretary for natural
// resources", and the object of a verb of naming before "as": "the council acknowledged
// his cousin, V, as the new Sultan". Like the other bare titles (doccountry.go) they take
// the document's country only when one country dominates the story.

// predicativeBareTitles returns the bare government titles that sentence v gives a named
// person as a predicate.
func predicativeBareTitles(v *sentenceView) []bareTitle {
	var out []bareTitle
	for k, m := range v.ms {
		if m.Class != schema.Person || m.Kind != mName || m.Title != 0 || m.ent == nil {
			continue
		}
		i := pastAge(v.ws, m.End)
		j, ok := titleVerbAfter(v.ws, i)
		named := false
		if !ok {
			j, ok = namedAsAfter(v, k, m.End)
			named = ok
		}
		if !ok {
			continue
		}
		b, end, found := predicateTitle(v, m.ent, j)
		if !found || named && !b.head {
			continue // "the governor appointed X as secretary of state": a head's choice of post may be a division's
		}
		out = append(out, b)
		// "A, 65, was made justice secretary and B, 43, secretary for natural resources"
		if end+1 < len(v.ws) && v.ws[end].Lower == "and" {
			if p := v.at[end+1]; p >= 0 && v.ms[p].Start == end+1 && v.ms[p].Class == schema.Person && v.ms[p].Kind == mName && v.ms[p].Title == 0 && v.ms[p].ent != nil {
				if b2, _, ok := predicateTitle(v, v.ms[p].ent, pastAge(v.ws, v.ms[p].End)); ok {
					out = append(out, b2)
				}
			}
		}
	}
	return out
}

// pastAge returns the word after an age set off by commas at i (", 41,"), else i.
func pastAge(ws []word, i int) int {
	if i+2 < len(ws) && ws[i].Text == "," && isNumber(ws[i+1].Text) && ws[i+2].Text == "," {
		return i + 3
	}
	return i
}

// titleVerbAfter reads, from word i, a verb that gives its subject a post, in the past or
// present and not negated ("was made", "became", "has been appointed", "was sworn in as"),
// and returns the word after it (and after "as").
func titleVerbAfter(ws []word, i int) (int, bool) {
	aux := 0
	for ; aux < 2 && i < len(ws) && predicateTitleAux[ws[i].Lower]; aux++ {
		i++ // "was", "has been"
	}
	// "was named", "became"; not the active "X named Senator Y", whose post is Y's
	if i >= len(ws) || !(aux > 0 && predicateTitleVerbs[ws[i].Lower] || aux == 0 && becomeTitleVerbs[ws[i].Lower]) {
		return 0, false
	}
	i++
	if ws[i-1].Lower == "sworn" {
		if i+1 >= len(ws) || ws[i].Lower != "in" || ws[i+1].Lower != "as" {
			return 0, false
		}
		i++
	}
	if i < len(ws) && ws[i].Lower == "as" {
		i++
	}
	return i, true
}

// namedAsAfter reads "VERB ... X, as" where the person mention k of v ends at word end and
// a verb of naming stands a few words before it ("acknowledged his cousin, X, as"), and
// returns the word after "as".
func namedAsAfter(v *sentenceView, k, end int) (int, bool) {
	i := end
	if i < len(v.ws) && v.ws[i].Text == "," {
		i++
	}
	if i >= len(v.ws) || v.ws[i].Lower != "as" {
		return 0, false
	}
	for j := v.ms[k].Start - 1; j >= 0 && j >= v.ms[k].Start-5; j-- {
		if namingAsVerbs[v.ws[j].Lower] {
			return i + 1, true
		}
		if v.at[j] >= 0 && v.ms[v.at[j]].Class == schema.Person && v.ms[v.at[j]].Kind == mName {
			return 0, false // "named A and B as": a list, whose posts may differ
		}
	}
	return 0, false
}

// predicateTitle reads a bare government title at word j ("the new Sultan", "agriculture
// secretary", "Prime Minister") for person p, naming no body after it ("secretary of the X
// Party" and "minister for Y" name one), and returns it with the word after it.
func predicateTitle(v *sentenceView, p *entity, j int) (bareTitle, int, bool) {
	if j < len(v.ws) && v.ws[j].Lower == "the" {
		j++
	}
	for j < len(v.ws) && predicateTitleModifiers[v.ws[j].Lower] {
		j++
	}
	if j >= len(v.ws) || v.at[j] >= 0 {
		return bareTitle{}, 0, false
	}
	role, n, text := lowerPortfolioTitle(v.ws, j)
	if n == 0 {
		role, n, text = matchTitle(v.ws, j)
	}
	ok, head := bareGovernmentTitle(role, text)
	if n == 0 || !ok {
		return bareTitle{}, 0, false
	}
	e := j + n
	if e < len(v.ws) {
		w := v.ws[e]
		if titleOwnerWords[w.Lower] || w.Key == "s" || v.at[e] >= 0 || w.Cap && !w.Punct || w.Lower == "for" && e+1 < len(v.ws) && (v.ws[e+1].Cap || v.at[e+1] >= 0) {
			return bareTitle{}, 0, false // "secretary of the X Party", "minister for Africa": a body or a region of its own
		}
		if w.Lower == "for" {
			for e < len(v.ws) && !v.ws[e].Punct && v.ws[e].Lower != "and" && !v.ws[e].Cap {
				e++ // "secretary for natural resources"
			}
		}
	}
	return bareTitle{person: p, sent: v.n, head: head, title: text, before: j - 1}, e, true
}

// lowerPortfolioTitle matches a lower-case portfolio before a lower-case minister's or
// secretary's title ("agriculture secretary", "justice minister").
func lowerPortfolioTitle(ws []word, i int) (titleRole, int, string) {
	if i+1 >= len(ws) || ws[i].Cap || ws[i+1].Cap || !titleLex().portfolios[ws[i].Key] {
		return 0, 0, ""
	}
	t := ws[i+1].Lower
	if t != "minister" && t != "secretary" {
		return 0, 0, ""
	}
	return titleLex().titles[t], 2, ws[i].Text + " " + ws[i+1].Text
}

// The words of these lists are in words.txt.
var (
	predicateTitleAux       = wordSet("predicateTitleAux")
	predicateTitleVerbs     = wordSet("predicateTitleVerbs")
	becomeTitleVerbs        = wordSet("becomeTitleVerbs")
	predicateTitleModifiers = wordSet("predicateTitleModifiers")
	namingAsVerbs           = wordSet("namingAsVerbs")
	titleOwnerWords         = wordSet("titleOwnerWords")
)
