package syntax

// Token is one syntactic word of a sentence, in the conventions of Universal Dependencies
// English EWT: "don't" is two tokens ("do", "n't"), "Russia's" is "Russia" and "'s",
// "cannot" is "can" and "not", and a hyphenated compound such as "Moscow-based" is
// "Moscow", "-", "based" (words with a prefix such as "re-", "non-" or "e-" stay whole).
//
// [Tokenize] fills Form, Start, End and SpaceAfter; [Model.Tag] fills Lemma, UPOS and
// XPOS; [Model.Parse] also fills Head and Rel. The zero Token is an empty word with no
// analysis.
type Token struct {
	Form       string
	Start, End int    // byte offsets into the text given to Tokenize; -1 when unknown (CoNLL-U input)
	Lemma      string // the dictionary form: "be" for "was", "Russia" for "Russia"
	UPOS, XPOS string // the universal tag ("NOUN") and the Penn Treebank tag ("NNS")
	Head       int    // 0 for the root, else the 1-based index of the head token in the sentence
	Rel        string // UD deprel with subtype, e.g. "nsubj:pass", "nmod:poss", "acl:relcl"
	SpaceAfter bool   // a space (or the end of the text) follows the token
}

// Sentence is one sentence of CoNLL-U: its identifier and text (from the "# sent_id" and
// "# text" comments, or given by the caller), and its tokens. A Sentence read by
// [ReadCoNLLU] also remembers every line it was read from, so that [WriteCoNLLU] writes
// the same lines back with only the predicted columns replaced.
type Sentence struct {
	ID     string // the sent_id; "" for none
	Text   string // the text; "" for none
	Tokens []Token

	lines   []string // the lines read, without their line ends; nil when not read
	tokLine []int    // token index -> index in lines
}
