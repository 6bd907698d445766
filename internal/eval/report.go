package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteText writes the report as score.py prints it, listing up to showErrors missed
// and wrong facts (none when 0). The last line is the headline, "fact F1 x".
func (r *Report) WriteText(w io.Writer, showErrors int) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "quads read %d (unparsed lines %d)\n", r.Quads, r.UnparsedLines)
	for _, k := range []struct {
		name string
		s    PRF
	}{{"entities", r.Entities}, {"facts", r.Facts}, {"evidence", r.Evidence}} {
		fmt.Fprintf(bw, "%-9s P %.3f  R %.3f  F1 %.3f   (gold %d, predicted %d)\n",
			k.name, k.s.P, k.s.R, k.s.F1, k.s.Gold, k.s.Pred)
	}
	fmt.Fprintf(bw, "over-merged entities %d; facts naming an entity outside the gold set %d\n",
		r.OverMergedEntities, r.FactsWithUnknownEntity)
	for _, p := range r.PerPredicate {
		fmt.Fprintf(bw, "  %-13s gold %3d  predicted %3d  correct %3d\n", p.Predicate, p.Gold, p.Pred, p.Correct)
	}
	if showErrors > 0 {
		fmt.Fprintln(bw, "-- missed (gold, not predicted):")
		for _, f := range r.Missed[:min(showErrors, len(r.Missed))] {
			fmt.Fprintln(bw, "  ", strings.Join(f[:], " "))
		}
		fmt.Fprintln(bw, "-- wrong (predicted, not gold):")
		for _, f := range r.Wrong[:min(showErrors, len(r.Wrong))] {
			fmt.Fprintln(bw, "  ", strings.Join(f[:], " "))
		}
	}
	fmt.Fprintf(bw, "fact F1 %.3f\n", r.Facts.F1)
	return bw.Flush()
}

// jsonPRF is a PRF in score.py's JSON shape.
type jsonPRF struct {
	P    float64 `json:"p"`
	R    float64 `json:"r"`
	F1   float64 `json:"f1"`
	Gold int     `json:"gold"`
	Pred int     `json:"pred"`
}

type jsonCounts struct {
	Gold int `json:"gold"`
	Pred int `json:"pred"`
	TP   int `json:"tp"`
}

// MarshalJSON writes the report in the shape of score.py --json.
func (r Report) MarshalJSON() ([]byte, error) {
	j := func(s PRF) jsonPRF { return jsonPRF{s.P, s.R, s.F1, s.Gold, s.Pred} }
	per := make(map[string]jsonCounts, len(r.PerPredicate))
	for _, p := range r.PerPredicate {
		per[p.Predicate] = jsonCounts{p.Gold, p.Pred, p.Correct}
	}
	return json.Marshal(struct {
		Quads         int                   `json:"quads"`
		Unparsed      int                   `json:"unparsed_lines"`
		Entities      jsonPRF               `json:"entities"`
		Facts         jsonPRF               `json:"facts"`
		Evidence      jsonPRF               `json:"evidence"`
		OverMerged    int                   `json:"over_merged_entities"`
		UnknownEntity int                   `json:"facts_with_unknown_entity"`
		PerPredicate  map[string]jsonCounts `json:"per_predicate"`
	}{r.Quads, r.UnparsedLines, j(r.Entities), j(r.Facts), j(r.Evidence), r.OverMergedEntities,
		r.FactsWithUnknownEntity, per})
}
