package loader

import "testing"

// TestFormerCapitalActors checks that a capital acting in a story of a state of the past
// is that state ("Moscow said" among "Soviet troops"), while a story that names the
// present-day state, or no state, keeps today's.
func TestFormerCapitalActors(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"Soviet troops crossed into the Kisumu valley on Monday, officials said.", "Moscow said the Soviet Union would not withdraw its forces, and Moscow backs the Velka Movement."},
		facts: []string{"Soviet Union supports Velka Movement"},
		wrong: []string{"Russia supports Velka Movement"},
		not:   []string{"Russia"},
	}, {
		sents: []string{"Russian troops crossed into the Kisumu valley on Monday.", "Moscow said it backs the Velka Movement, as the Soviet Union once did."},
		facts: []string{"Russia supports Velka Movement"},
		wrong: []string{"Soviet Union supports Velka Movement"},
	}, {
		sents: []string{"Moscow backs the Velka Movement, officials said."},
		facts: []string{"Russia supports Velka Movement"},
		wrong: []string{"Soviet Union supports Velka Movement"},
	}, {
		sents: []string{"Yugoslav officials met in Kisumu on Monday.", "Belgrade backs the Velka Movement, they said."},
		facts: []string{"Yugoslavia supports Velka Movement"},
		wrong: []string{"Serbia supports Velka Movement"},
	}})
}
