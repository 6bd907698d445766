package loader

// Span is a byte range [Start, End) of a text.
type Span struct{ Start, End int }

// SplitSentences cuts plain text into sentences with the loader's segmenter (the rules of
// the package doc's "Segmentation" stage: abbreviations, initials, decimals, closing
// quotes, hard-wrapped lines joined) and returns their byte spans in text, in order.
// Unlike Extract it keeps every non-blank line, headings and boilerplate included (only a
// photo credit such as "Image: Jan Berg." is dropped), and drops no dateline or list marker; spans exclude the surrounding white space. It is
// what `newsgraph parse` cuts plain text with.
func SplitSentences(text string) []Span {
	nt := normalize([]byte(text))
	ls := splitLines(nt.text)
	sg := &segmenter{t: nt}
	for i := 0; i < len(ls); i++ {
		if ls[i].kind == blankLine {
			continue
		}
		a, b := ls[i].a, ls[i].b
		for !endsSentence(nt.text[a:b]) && i+1 < len(ls) && ls[i+1].kind != blankLine && startsLower(ls[i+1].text) {
			i++
			b = ls[i].b
		}
		sg.split(a, b)
	}
	out := make([]Span, 0, len(sg.sent))
	for _, s := range sg.sent {
		out = append(out, Span{s.Start, s.Start + s.Length})
	}
	return out
}
