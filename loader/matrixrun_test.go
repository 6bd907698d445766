package loader

import (
	"fmt"
	"strings"
	"testing"
)

// matrixResult is the outcome of one case of a construction matrix: its id, its text
// (for the failure message), its cell (row, column), and whether it passed and why not.
type matrixResult struct {
	id, text string
	cell     [2]string
	ok       bool
	why      string
}

// checkMatrix fails t for every case that fails without being one of the known failures
// (the map named listName: case id -> reason), for every known failure that passes now
// (so that a fix shows up), for a known failure that names no case and for a duplicate
// id. It returns how many cases passed and ran in each cell.
func checkMatrix(t *testing.T, results []matrixResult, known map[string]string, listName string) (pass, total map[[2]string]int) {
	t.Helper()
	seen := map[string]bool{}
	pass, total = map[[2]string]int{}, map[[2]string]int{}
	for _, r := range results {
		if seen[r.id] {
			t.Fatalf("duplicate matrix id %s", r.id)
		}
		seen[r.id] = true
		total[r.cell]++
		if r.ok {
			pass[r.cell]++
		}
		reason, isKnown := known[r.id]
		switch {
		case isKnown && r.ok:
			t.Errorf("%s now passes (known failure: %s): take it out of %s", r.id, reason, listName)
		case !isKnown && !r.ok:
			t.Errorf("%s %s: %s", r.id, r.text, r.why)
		}
	}
	for id := range known {
		if !seen[id] {
			t.Errorf("known failure %s names no case", id)
		}
	}
	return pass, total
}

// matrixTable prints the passed/run counts of each row in each column (a dash for an
// empty cell), rows labelled in rowWidth characters and cells in cellWidth, and a last
// line with the totals.
func matrixTable(rows, cols []string, pass, total map[[2]string]int, rowWidth, cellWidth int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-*s", rowWidth, "")
	for _, c := range cols {
		fmt.Fprintf(&b, " %-*s", cellWidth, c)
	}
	b.WriteString("\n")
	p, n := 0, 0
	for _, r := range rows {
		fmt.Fprintf(&b, "%-*s", rowWidth, r)
		for _, c := range cols {
			cell := [2]string{r, c}
			p, n = p+pass[cell], n+total[cell]
			v := "-"
			if total[cell] > 0 {
				v = fmt.Sprintf("%d/%d", pass[cell], total[cell])
			}
			fmt.Fprintf(&b, " %-*s", cellWidth, v)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%d of %d pass\n", p, n)
	return b.String()
}

// relMatrixResults runs the relation (or coreference) matrix cases, each in the cell of
// its predicate (row) and construction (column).
func relMatrixResults(t *testing.T, groups ...[]matrixCase) []matrixResult {
	t.Helper()
	var out []matrixResult
	for _, g := range groups {
		for _, c := range g {
			ok, why := matrixPasses(t, c)
			out = append(out, matrixResult{id: c.id, text: fmt.Sprintf("%q", c.sents), cell: [2]string{c.pred, c.cons}, ok: ok, why: why})
		}
	}
	return out
}
