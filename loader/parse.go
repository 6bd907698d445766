package loader

import "github.com/newsgraph/newsgraph/loader/syntax"

// defaultSyntaxModel returns the parsing model the loader is built with: the one
// loader/syntax embeds (UD English EWT). If it cannot be decoded, which a build with a
// damaged model file would cause, it returns nil and the tree layer reads nothing: the
// word patterns then read the facts alone, as they did before a model was embedded.
func defaultSyntaxModel() *syntax.Model {
	m, err := syntax.Default()
	if err != nil {
		return nil
	}
	return m
}

// parserFor returns the tree layer's parser over a syntax model: it tokenises a sentence
// the UD way, tags and parses it, and gives the nodes with their byte spans.
func parserFor(m *syntax.Model) func(text string) []node {
	if m == nil {
		return nil
	}
	return func(text string) []node {
		toks := syntax.Tokenize(text)
		m.Parse(toks)
		return nodesFromTokens(toks)
	}
}

// nodesFromTokens turns parsed syntax tokens (heads from 1, 0 the root) into nodes (heads
// from 0, -1 the root).
func nodesFromTokens(toks []syntax.Token) []node {
	nodes := make([]node, len(toks))
	for i, t := range toks {
		nodes[i] = node{Form: t.Form, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS, Head: t.Head - 1, Rel: t.Rel, Start: t.Start, End: t.End}
	}
	return nodes
}
