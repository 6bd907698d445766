package loader

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZProbeDoc(t *testing.T) {
	b, _ := os.ReadFile("/tmp/single-audit.jsonl")
	for _, l := range strings.Split(string(b), "\n") {
		var d struct{ ID, Text string }
		if json.Unmarshal([]byte(l), &d) != nil || d.ID != os.Getenv("ZZDOC") {
			continue
		}
		var sents [][]word
		for _, s := range strings.Split(d.Text, ". ") {
			sents = append(sents, words(s+"."))
		}
		dt := newDetector(&document{}, sents)
		w := os.Getenv("ZZWORD")
		fmt.Printf("%+v lower=%v common=%v first=%v given=%v ends=%v titled=%v works=%v\n", dt.singles[w], dt.lower[w], dt.lex.common[w], dt.lex.firstNames[w], dt.lex.givenNames[w], dt.nameEnds[w], dt.titled[w], dt.works[w])
	}
}
