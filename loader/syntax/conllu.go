package syntax

import (
	"bufio"
	"io"
	"iter"
	"strconv"
	"strings"
)

// maxLine is the longest CoNLL-U line ReadCoNLLU accepts.
const maxLine = 1 << 20

// ReadCoNLLU reads the sentences of a CoNLL-U file (universaldependencies.org/format.html)
// one at a time. Each token (a line with an integer ID) gives a [Token] with its FORM,
// LEMMA, UPOS, XPOS, HEAD and DEPREL, Start and End -1, and SpaceAfter false when MISC
// holds SpaceAfter=No; "_" reads as "". Comment lines, multiword-token lines ("3-4") and
// empty nodes ("5.1") are kept in the sentence, unread, for [WriteCoNLLU].
//
// The sequence is single-use. A line it cannot read ends it: the final element is the
// sentence read so far, paired with a *[ParseError]; a read error of r is returned as
// it is.
func ReadCoNLLU(r io.Reader) iter.Seq2[*Sentence, error] {
	return func(yield func(*Sentence, error) bool) {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 0, 64<<10), maxLine)
		s := &Sentence{}
		n := 0
		for sc.Scan() {
			n++
			line := strings.TrimSuffix(sc.Text(), "\r")
			if strings.TrimSpace(line) == "" {
				if len(s.lines) > 0 {
					if !yield(s, nil) {
						return
					}
					s = &Sentence{}
				}
				continue
			}
			if err := s.addLine(line, n); err != nil {
				yield(s, err)
				return
			}
		}
		if err := sc.Err(); err != nil {
			yield(s, err)
			return
		}
		if len(s.lines) > 0 {
			yield(s, nil)
		}
	}
}

// addLine adds one non-blank line (number n) to s.
func (s *Sentence) addLine(line string, n int) error {
	if line[0] == '#' {
		s.lines = append(s.lines, line)
		if v, ok := strings.CutPrefix(line, "# sent_id = "); ok {
			s.ID = v
		} else if v, ok := strings.CutPrefix(line, "# text = "); ok {
			s.Text = v
		}
		return nil
	}
	var f [10]string
	rest := line
	for i := range 9 {
		c, r, ok := strings.Cut(rest, "\t")
		if !ok {
			return &ParseError{n, "want 10 tab-separated columns, got " + strconv.Itoa(i+1)}
		}
		f[i], rest = c, r
	}
	if strings.Contains(rest, "\t") {
		return &ParseError{n, "more than 10 columns"}
	}
	f[9] = rest
	if strings.ContainsAny(f[0], "-.") {
		s.lines = append(s.lines, line) // a multiword token or an empty node
		return nil
	}
	id, err := strconv.Atoi(f[0])
	if err != nil || id != len(s.Tokens)+1 {
		return &ParseError{n, "ID " + strconv.Quote(f[0]) + ": want " + strconv.Itoa(len(s.Tokens)+1)}
	}
	if f[1] == "" {
		return &ParseError{n, "empty FORM"}
	}
	t := Token{Form: f[1], Start: -1, End: -1, Lemma: under(f[2]), UPOS: under(f[3]), XPOS: under(f[4]),
		Rel: under(f[7]), SpaceAfter: !hasMisc(f[9], "SpaceAfter=No")}
	if f[6] != "_" {
		h, err := strconv.Atoi(f[6])
		if err != nil || h < 0 {
			return &ParseError{n, "HEAD " + strconv.Quote(f[6]) + " is not a number"}
		}
		t.Head = h
	}
	s.tokLine = append(s.tokLine, len(s.lines))
	s.lines = append(s.lines, line)
	s.Tokens = append(s.Tokens, t)
	return nil
}

func under(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

func hasMisc(misc, item string) bool {
	for f := range strings.SplitSeq(misc, "|") {
		if f == item {
			return true
		}
	}
	return false
}

// WriteCoNLLU writes s as one CoNLL-U sentence, ending with a blank line. A sentence read
// by [ReadCoNLLU] is written line for line as it was read, with the token lines' LEMMA,
// UPOS, XPOS, HEAD and DEPREL taken from s.Tokens and FEATS and DEPS set to "_" (ID, FORM
// and MISC stay as read), provided it still has as many tokens as were read. Any other
// sentence is written from scratch: "# sent_id" and "# text" comments when s has them,
// then one line a token with MISC "SpaceAfter=No" where SpaceAfter is false (except on
// the last token). Empty fields are written "_".
func WriteCoNLLU(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	var b []byte
	if s.lines != nil && len(s.tokLine) == len(s.Tokens) {
		next := 0
		for i, line := range s.lines {
			if next < len(s.tokLine) && s.tokLine[next] == i {
				f := strings.SplitN(line, "\t", 10)
				b = appendToken(b[:0], next+1, f[1], &s.Tokens[next], f[9])
				next++
				bw.Write(b)
				continue
			}
			bw.WriteString(line)
			bw.WriteByte('\n')
		}
	} else {
		if s.ID != "" {
			bw.WriteString("# sent_id = " + oneLine(s.ID) + "\n")
		}
		if s.Text != "" {
			bw.WriteString("# text = " + oneLine(s.Text) + "\n")
		}
		for i := range s.Tokens {
			misc := "_"
			if !s.Tokens[i].SpaceAfter && i < len(s.Tokens)-1 {
				misc = "SpaceAfter=No"
			}
			b = appendToken(b[:0], i+1, field(s.Tokens[i].Form), &s.Tokens[i], misc)
			bw.Write(b)
		}
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

func appendToken(b []byte, id int, form string, t *Token, misc string) []byte {
	b = strconv.AppendInt(b, int64(id), 10)
	b = append(b, '\t')
	b = append(b, form...)
	for _, v := range [...]string{t.Lemma, t.UPOS, t.XPOS, ""} {
		b = append(b, '\t')
		b = append(b, field(v)...)
	}
	b = append(b, '\t')
	b = strconv.AppendInt(b, int64(t.Head), 10)
	b = append(b, '\t')
	b = append(b, field(t.Rel)...)
	b = append(b, "\t_\t"...)
	b = append(b, misc...)
	return append(b, '\n')
}

// field makes v safe for a CoNLL-U column: "_" when empty, tabs and line ends as spaces.
func field(v string) string {
	if v == "" {
		return "_"
	}
	if strings.ContainsAny(v, "\t\n\r") {
		v = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(v)
	}
	return v
}

func oneLine(v string) string { return strings.NewReplacer("\n", " ", "\r", " ").Replace(v) }
