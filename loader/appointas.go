package loader

import "github.com/newsgraph/newsgraph/schema"

// appointedAsFacts reads a country or body that appoints a person to one of its own posts
// ("Uganda named X as its new defence minister", "the party elected Y as its leader",
// "Z appointed W its finance minister"): the subject mention right before an appointing
// verb (appointVerbs), the person right after it, then "as" and "its" (or "its" alone) and
// a title with no owner of its own ("as its envoy to Kenya" names a post, not its body).
// The title gives the person's tie to the subject as in an apposition (roleFacts).
func appointedAsFacts(v *sentenceView, fs *factSet) {
	for k, m := range v.ms {
		i := m.End
		if m.ent == nil || m.Class != schema.Country && m.Class != schema.Organization || i+2 >= len(v.ws) || !appointVerbs[v.ws[i].Lower] || v.ws[i].Lower == "made" {
			continue
		}
		p := v.at[i+1]
		if p < 0 || p == k || v.ms[p].Start != i+1 || v.ms[p].Class != schema.Person || v.ent(p) == nil {
			continue
		}
		j := v.ms[p].End
		if j < len(v.ws) && v.ws[j].Lower == "as" {
			j++
		}
		if j >= len(v.ws) || v.ws[j].Lower != "its" {
			continue
		}
		j++
		for j < len(v.ws) && titleLex().modifiers[v.ws[j].Lower] {
			j++
		}
		role, n, text := matchTitle(v.ws, j)
		if n == 0 || j+n < len(v.ws) && ownerAfterTitle[v.ws[j+n].Lower] || v.blocked(m.Start-3, j+n) {
			continue
		}
		roleFacts(v, fs, v.ent(p), role, text, m.ent, v.n)
	}
}

// ownerAfterTitle are the words after a title that give the post an owner or a place of
// its own ("its envoy to Kenya", "its minister for Y").
var ownerAfterTitle = wordSet("ownerAfterTitle")
