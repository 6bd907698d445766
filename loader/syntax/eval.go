package syntax

import (
	"fmt"
	"slices"
	"strings"
)

// Scores are the accuracies of a parse against gold trees over the same tokens, counted as
// in the CoNLL 2018 shared task: every token, punctuation included. LAS compares the
// universal part of the relation ("nsubj" for "nsubj:pass"), as the shared task's
// scorer does; LASFull compares the whole label with its subtype.
type Scores struct {
	Tokens                           int
	UPOS, XPOS, UAS, LAS, LASFull    float64 // percentages
	Relations                        []RelationScore
	upos, xpos, uas, las, lasFull, n int
}

// RelationScore is the precision, recall and F1 (percentages) of one universal relation:
// a predicted token is right when both its head and its relation are.
type RelationScore struct {
	Rel                 string
	Gold, Pred, Correct int
	P, R, F1            float64
}

// Relation returns the score of the universal relation rel (zero when neither side has it).
func (s *Scores) Relation(rel string) RelationScore {
	for _, r := range s.Relations {
		if r.Rel == rel {
			return r
		}
	}
	return RelationScore{Rel: rel}
}

// String gives the scores on one line.
func (s *Scores) String() string {
	return fmt.Sprintf("tokens %d  UPOS %.2f  XPOS %.2f  UAS %.2f  LAS %.2f  LAS(full labels) %.2f",
		s.Tokens, s.UPOS, s.XPOS, s.UAS, s.LAS, s.LASFull)
}

// Evaluate scores the predicted sentences pred against gold, sentence by sentence. The
// two must have the same number of sentences and each pair the same number of tokens.
func Evaluate(gold, pred []*Sentence) (*Scores, error) {
	if len(gold) != len(pred) {
		return nil, fmt.Errorf("syntax: evaluate: %d gold sentences, %d predicted", len(gold), len(pred))
	}
	s := &Scores{}
	type cnt struct{ gold, pred, correct int }
	rels := map[string]*cnt{}
	get := func(r string) *cnt {
		c := rels[r]
		if c == nil {
			c = &cnt{}
			rels[r] = c
		}
		return c
	}
	for i := range gold {
		g, p := gold[i].Tokens, pred[i].Tokens
		if len(g) != len(p) {
			return nil, fmt.Errorf("syntax: evaluate: sentence %d has %d gold tokens, %d predicted", i+1, len(g), len(p))
		}
		for j := range g {
			s.n++
			gt, pt := &g[j], &p[j]
			if gt.UPOS == pt.UPOS {
				s.upos++
			}
			if gt.XPOS == pt.XPOS {
				s.xpos++
			}
			gr, pr := universal(gt.Rel), universal(pt.Rel)
			get(gr).gold++
			get(pr).pred++
			if gt.Head == pt.Head {
				s.uas++
				if gr == pr {
					s.las++
					get(gr).correct++
				}
				if gt.Rel == pt.Rel {
					s.lasFull++
				}
			}
		}
	}
	s.Tokens = s.n
	pc := func(a int) float64 {
		if s.n == 0 {
			return 0
		}
		return 100 * float64(a) / float64(s.n)
	}
	s.UPOS, s.XPOS, s.UAS, s.LAS, s.LASFull = pc(s.upos), pc(s.xpos), pc(s.uas), pc(s.las), pc(s.lasFull)
	for r, c := range rels {
		rs := RelationScore{Rel: r, Gold: c.gold, Pred: c.pred, Correct: c.correct}
		if c.pred > 0 {
			rs.P = 100 * float64(c.correct) / float64(c.pred)
		}
		if c.gold > 0 {
			rs.R = 100 * float64(c.correct) / float64(c.gold)
		}
		if rs.P+rs.R > 0 {
			rs.F1 = 2 * rs.P * rs.R / (rs.P + rs.R)
		}
		s.Relations = append(s.Relations, rs)
	}
	slices.SortFunc(s.Relations, func(a, b RelationScore) int { return strings.Compare(a.Rel, b.Rel) })
	return s, nil
}

// universal returns the universal part of a relation: "nsubj" for "nsubj:pass".
func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}
