package loader

// A broadcaster's service for a nation or region (branch ents15): "BBC Scotland",
// "ITV Wales" name one outlet, no broadcaster beside a place.

import "github.com/newsgraph/newsgraph/schema"

// regionalBroadcasters: see data/words.txt.
var regionalBroadcasters = wordSet("regionalBroadcasters")

// regionalServiceEnd returns the end of a broadcaster's service named by the lexicon's
// broadcaster m and a known place that is no country after it ("BBC Scotland's political
// correspondent", "told BBC Northern Ireland"), or m.End. A lower-case noun of a post or
// an outlet's noun after the place keeps them apart only when the place is its own
// subject ("BBC Scotland correspondent" is still the service's).
func (dt *detector) regionalServiceEnd(ws []word, m mention) int {
	if m.Class != schema.Organization || m.End-m.Start != 1 || !regionalBroadcasters[ws[m.Start].Key] || m.End >= len(ws) || !ws[m.End].Cap || ws[m.End].Hyph {
		return m.End
	}
	pl, ok := dt.lexMatch(ws, m.End)
	if !ok || pl.Class != schema.Place || pl.Start != m.End {
		return m.End
	}
	return pl.End
}
