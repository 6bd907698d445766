package syntax_test

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/loader/syntax"
)

func ExampleTokenize() {
	text := "Russia's army didn't leave Moscow-based firms."
	for _, t := range syntax.Tokenize(text) {
		fmt.Printf("%-6q [%2d,%2d) space after: %v\n", t.Form, t.Start, t.End, t.SpaceAfter)
	}
	// Output:
	// "Russia" [ 0, 6) space after: false
	// "'s"   [ 6, 8) space after: true
	// "army" [ 9,13) space after: true
	// "did"  [14,17) space after: false
	// "n't"  [17,20) space after: true
	// "leave" [21,26) space after: true
	// "Moscow" [27,33) space after: false
	// "-"    [33,34) space after: false
	// "based" [34,39) space after: true
	// "firms" [40,45) space after: false
	// "."    [45,46) space after: true
}

func ExampleModel_Parse() {
	m, err := syntax.Default()
	if err != nil {
		log.Fatal(err)
	}
	toks := syntax.Tokenize("Iran's foreign minister met Sergey Lavrov in Moscow.")
	m.Parse(toks)
	for i, t := range toks {
		fmt.Printf("%d %-9s %-9s %-5s %d %s\n", i+1, t.Form, t.Lemma, t.UPOS, t.Head, t.Rel)
	}
	// Output:
	// 1 Iran      Iran      PROPN 4 nmod:poss
	// 2 's        's        PART  1 case
	// 3 foreign   foreign   ADJ   4 amod
	// 4 minister  minister  NOUN  5 nsubj
	// 5 met       meet      VERB  0 root
	// 6 Sergey    Sergey    PROPN 5 obj
	// 7 Lavrov    Lavrov    PROPN 6 flat
	// 8 in        in        ADP   9 case
	// 9 Moscow    Moscow    PROPN 5 obl
	// 10 .         .         PUNCT 5 punct
}

func ExamplePath() {
	m, err := syntax.Default()
	if err != nil {
		log.Fatal(err)
	}
	toks := syntax.Tokenize("The commander, who led the Quds Force, was killed in Baghdad.")
	m.Parse(toks)
	// From the object of the relative clause to the place where the commander was killed.
	var words []string
	for _, i := range syntax.Path(toks, 8, 13) {
		words = append(words, toks[i-1].Form+"/"+toks[i-1].Rel)
	}
	fmt.Println(strings.Join(words, " "))
	// Output:
	// Force/obj led/acl:relcl commander/nsubj:pass killed/root Baghdad/obl
}

// Parsing a CoNLL-U file keeps its tokens and every other line.
func ExampleWriteCoNLLU() {
	in := `# sent_id = 1
# text = They don't agree.
1	They	_	_	_	_	_	_	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	_	_	_	_	_	_	_	_
3	n't	_	_	_	_	_	_	_	_
4	agree	_	_	_	_	_	_	_	SpaceAfter=No
5	.	_	_	_	_	_	_	_	_
`
	m, err := syntax.Default()
	if err != nil {
		log.Fatal(err)
	}
	for s, err := range syntax.ReadCoNLLU(strings.NewReader(in)) {
		if err != nil {
			log.Fatal(err)
		}
		m.Parse(s.Tokens)
		if err := syntax.WriteCoNLLU(os.Stdout, s); err != nil {
			log.Fatal(err)
		}
	}
	// Output:
	// # sent_id = 1
	// # text = They don't agree.
	// 1	They	they	PRON	PRP	_	4	nsubj	_	_
	// 2-3	don't	_	_	_	_	_	_	_	_
	// 2	do	do	AUX	VBP	_	4	aux	_	_
	// 3	n't	not	PART	RB	_	4	advmod	_	_
	// 4	agree	agree	VERB	VB	_	0	root	_	SpaceAfter=No
	// 5	.	.	PUNCT	.	_	4	punct	_	_
}
