package loader

import "testing"

// gateParsed returns, for each sentence, whether the tree layer's gate sends it to the
// parser.
func gateParsed(sents ...string) []bool {
	d := testDoc("gate", sents...)
	ws := make([][]word, len(sents))
	for i, s := range sents {
		ws[i] = words(s)
	}
	dt := newDetector(d, ws)
	d.words, d.mentions = ws, make([][]mention, len(ws))
	for i := range ws {
		d.mentions[i] = dt.detect(ws[i])
	}
	out := make([]bool, len(sents))
	for i, ns := range parseCandidates(d, func(string, []nameSpan) []node { return []node{} }) {
		out[i] = ns != nil
	}
	return out
}

// TestParseGate checks which sentences the gate parses: a trigger between two mentions
// whose classes its predicate allows, with its object's case marker after it; a
// relational noun only after a copula or beside a person; nothing without a trigger.
func TestParseGate(t *testing.T) {
	cases := []struct {
		sent string
		want bool
	}{
		{"Angela Merkel met Olaf Scholz in Berlin.", true},
		{"Angela Merkel paid a visit on Monday to Lisbon.", true},
		{"Jonas Berg was the director of the Northern Brigade.", true},
		{"Jonas Berg, director of the Northern Brigade, said nothing.", true},
		{"The director of the Northern Brigade said Olaf Berg is ill.", false},
		{"Angela Merkel spoke to Olaf Scholz.", false},
		{"Angela Merkel met reporters.", false},
		{"Angela Merkel came back from Lisbon.", false},
		{"Angela Merkel talked about Lisbon.", false},
		{"Angela Merkel and Olaf Scholz held talks.", true},
		{"Chile and Peru held war games.", true},
		{"Chelsea and Arsenal played the game.", false},
		// visited needs a person: two bodies that "visit" hold no such fact.
		{"The Northern Brigade visit of the Green Front ended.", false},
	}
	for _, c := range cases {
		if got := gateParsed(c.sent)[0]; got != c.want {
			t.Errorf("%q: parsed %v, want %v", c.sent, got, c.want)
		}
	}
}
