package loader

// A director of one function of a company (finance, sales, commercial, marketing,
// operations) holds a post in it: memberOf; the company's head (managing director, chief
// executive, a bare director) leads it; a managing director of a unit leads neither the
// company nor the unit's country. Bodies and people are made up.

import "testing"

var functionalDirectorCases = []matrixCase{
	mc("fdir-poss-comma", "apposition", "memberOf", ss("Halvern Group's commercial director, Ines Dorr, said sales fell."),
		ss("Ines Dorr memberOf Halvern Group"), ss("Ines Dorr leads Halvern Group")),
	mc("fdir-appos-of", "apposition", "memberOf", ss("Ines Dorr, the commercial director of Halvern Group, said sales fell."),
		ss("Ines Dorr memberOf Halvern Group"), ss("Ines Dorr leads Halvern Group")),
	mc("fdir-cap-before", "title", "memberOf", ss("Halvern Group Commercial Director Ines Dorr said sales fell."),
		ss("Ines Dorr memberOf Halvern Group"), ss("Ines Dorr leads Halvern Group")),
	mc("fdir-finance", "title", "memberOf", ss("Halvern Group finance director Ines Dorr said sales fell."),
		ss("Ines Dorr memberOf Halvern Group"), ss("Ines Dorr leads Halvern Group")),
	mc("fdir-sales", "apposition", "memberOf", ss("Ines Dorr, sales director of Halvern Group, said sales fell."),
		ss("Ines Dorr memberOf Halvern Group"), ss("Ines Dorr leads Halvern Group")),
	mc("fdir-marketing", "apposition", "memberOf", ss("Ines Dorr, Halvern Group's marketing director, said sales fell."),
		ss("Ines Dorr memberOf Halvern Group"), ss("Ines Dorr leads Halvern Group")),
	mc("fdir-operations", "apposition", "memberOf", ss("Halvern Group's operations director, Ines Dorr, said sales fell."),
		ss("Ines Dorr memberOf Halvern Group"), ss("Ines Dorr leads Halvern Group")),
	mc("fdir-unit", "apposition", "leads", ss("Ines Dorr, managing director of Halvern Group's Chilean unit, said sales fell."),
		nil, ss("Ines Dorr leads Halvern Group", "Ines Dorr memberOf Chile", "Ines Dorr nationality Chile", "Ines Dorr leads Chile")),
	mc("fdir-of-field", "apposition", "memberOf", ss("Ines Dorr, Halvern Group director of air transport, said fares rose."),
		ss("Ines Dorr memberOf Halvern Group"), ss("Ines Dorr leads Halvern Group")),
	mc("fdir-poss-of-field", "apposition", "memberOf", ss("Ines Dorr, Halvern Group's director of research, said fares rose."),
		ss("Ines Dorr memberOf Halvern Group"), ss("Ines Dorr leads Halvern Group")),
	mc("fdir-for-field", "apposition", "memberOf", ss("Ines Dorr, Halvern Group's director for development of new products, said fares rose."),
		ss("Ines Dorr memberOf Halvern Group"), ss("Ines Dorr leads Halvern Group")),
	mc("fdir-regional", "apposition", "memberOf", ss("Ines Dorr, regional director of the Halvern Group, said fares rose."),
		ss("Ines Dorr memberOf Halvern Group"), ss("Ines Dorr leads Halvern Group")),
	mc("fdir-bare", "apposition", "leads", ss("Ines Dorr, director of the Halvern Group, said fares rose."),
		ss("Ines Dorr leads Halvern Group"), nil),
	mc("fdir-head", "apposition", "leads", ss("Ines Dorr, the managing director of Halvern Group, said sales fell."),
		ss("Ines Dorr leads Halvern Group"), nil),
	mc("fdir-ceo", "apposition", "leads", ss("Ines Dorr, the chief executive of Halvern Group, said sales fell."),
		ss("Ines Dorr leads Halvern Group"), nil),
}

func TestFunctionalDirectors(t *testing.T) {
	for _, c := range functionalDirectorCases {
		if ok, why := matrixPasses(t, c); !ok {
			t.Errorf("%s %q: %s", c.id, c.sents, why)
		}
	}
}
