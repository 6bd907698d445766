package loader

import "github.com/newsgraph/newsgraph/schema"

// First-person pronouns in quotations: in `"I met X in Vienna," she said` the "I" is the
// speaker the sentence attributes the quotation to, named or a pronoun, after the closing
// quote ("," she said; said X) or before the opening one (X said: "..."). A first-person
// pronoun is a mention only inside a quotation of its sentence, and it stands for nobody
// when the sentence names no speaker of its quotation.

// firstPersonPronouns are the first-person singular pronouns read inside quotations.
var firstPersonPronouns = wordSet("firstPersonPronouns")

// quoteVerbs attribute a quotation to the speaker beside them.
var quoteVerbs = wordSet("quoteVerbs")

// quotedFirstPerson reports whether word i of ws is a first-person pronoun inside a
// quotation: an odd number of quote marks before it.
func quotedFirstPerson(ws []word, i int) bool {
	if !firstPersonPronouns[ws[i].Lower] || ws[i].Lower == "i" && ws[i].Text != "I" {
		return false
	}
	q := 0
	for _, w := range ws[:i] {
		if w.Text == "\"" {
			q++
		}
	}
	return q%2 == 1
}

// bindFirstPerson gives the first-person pronouns of sentence ws (mentions ms, resolved)
// the person who speaks their quotation, or no entity.
func bindFirstPerson(ws []word, ms []mention) {
	for k := range ms {
		m := &ms[k]
		if m.Kind != mPronoun || !firstPersonPronouns[m.Text] && !firstPersonPronouns[ws[m.Start].Lower] {
			continue
		}
		m.ent = nil
		open, closing := quoteBounds(ws, m.Start)
		if s := speakerAt(ws, ms, closing+1, true); closing >= 0 && s != nil {
			m.ent = s
		} else if s := speakerBefore(ws, ms, open); open >= 0 && s != nil {
			m.ent = s
		}
	}
}

// quoteBounds returns the quote marks before and after word i (-1 for none).
func quoteBounds(ws []word, i int) (open, closing int) {
	open, closing = -1, -1
	for j := i - 1; j >= 0; j-- {
		if ws[j].Text == "\"" {
			open = j
			break
		}
	}
	for j := i + 1; j < len(ws); j++ {
		if ws[j].Text == "\"" {
			closing = j
			break
		}
	}
	return open, closing
}

// speakerAt returns the person that speaks a quotation closed just before word i: `"...,"
// she said`, `"...," X told reporters`, `"...," said X`.
func speakerAt(ws []word, ms []mention, i int, after bool) *entity {
	if i < len(ws) && ws[i].Text == "," {
		i++
	}
	if i < len(ws) && quoteVerbs[ws[i].Lower] {
		return personStarting(ws, ms, i+1)
	}
	p := personStarting(ws, ms, i)
	if p == nil {
		return nil
	}
	for j := i; j < len(ws) && j < i+8; j++ {
		if quoteVerbs[ws[j].Lower] {
			return p
		}
		if ws[j].Punct && ws[j].Text != "," {
			break
		}
	}
	return nil
}

// speakerBefore returns the person whose verb of saying opens the quotation at word open:
// `X said: "..."`, `she told reporters, "..."`.
func speakerBefore(ws []word, ms []mention, open int) *entity {
	j := open - 1
	for j >= 0 && (ws[j].Text == ":" || ws[j].Text == ",") {
		j--
	}
	for n := 0; j >= 0 && n < 3 && !quoteVerbs[ws[j].Lower]; n++ {
		j-- // "told reporters"
	}
	if j < 1 || !quoteVerbs[ws[j].Lower] {
		return nil
	}
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].End == j && ms[k].ent != nil && ms[k].ent.Class == schema.Person {
			return ms[k].ent
		}
	}
	return nil
}

// personStarting returns the person of the mention that starts at word i, after an
// optional title word no mention holds.
func personStarting(ws []word, ms []mention, i int) *entity {
	for k := range ms {
		if ms[k].Start == i && ms[k].ent != nil && ms[k].ent.Class == schema.Person && !firstPersonPronouns[ws[i].Lower] {
			return ms[k].ent
		}
	}
	return nil
}
