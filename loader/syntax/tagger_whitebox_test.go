package syntax

import (
	"fmt"
	"slices"
	"testing"
)

// TestTagFeaturesOrder checks that the features the tagger trains on are those it tags
// with (wordFeatures, cached per form, and tagContext), in the order of their template
// numbers, the order the embedded model was trained in: training sums float scores, so
// another order would train another model.
func TestTagFeaturesOrder(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := Tokenize("Iran's foreign minister met Sergey Lavrov in Moscow on 3 May.")
	at := make([]tagAtoms, len(toks))
	m.tagger.atoms(toks, at)
	for i := range toks {
		t1, t2 := i-1, i-2
		got := tagFeatures(nil, at, i, t1, t2)
		if want := tagFeaturesByNumber(at, i, t1, t2); !slices.Equal(got, want) {
			t.Fatalf("token %d: tagFeatures differs from the features by template number", i)
		}
		split := tagContext(wordFeatures(nil, &at[i]), at, i, t1, t2)
		slices.Sort(split)
		slices.Sort(got)
		if !slices.Equal(got, split) {
			t.Fatalf("token %d: wordFeatures and tagContext are not the features of tagFeatures", i)
		}
	}
}

// tagFeaturesByNumber lists the tagger's features template by template.
func tagFeaturesByNumber(at []tagAtoms, i, t1, t2 int) []uint64 {
	a, m1, m2, n1, n2 := &at[i], atomsAt(at, i-1), atomsAt(at, i-2), atomsAt(at, i+1), atomsAt(at, i+2)
	p1, p2 := uint64(t1+1), uint64(t2+1)
	return []uint64{
		f1(0, 1), f1(1, a.w), f1(2, a.form),
		f1(3, a.s1), f1(4, a.s2), f1(5, a.s3), f1(6, a.s4),
		f1(7, a.p1), f1(8, a.p2), f1(9, a.p3), f1(10, a.shape),
		f1(11, p1), f1(12, p2), f2(13, p1, p2), f2(14, p1, a.w),
		f1(15, m1.w), f1(16, m1.s3), f1(17, m2.w),
		f1(18, n1.w), f1(19, n1.s3), f1(20, n2.w),
		f2(21, m1.w, a.w), f2(22, a.w, n1.w),
		f1(23, n1.amb), f1(24, n2.amb), f1(25, a.amb), f2(26, a.amb, n1.amb), f2(27, p1, n1.amb),
		f2(28, p1, a.amb), f1(29, n1.shape), f1(30, m1.shape),
		f1(31, a.cc), f1(32, a.cm), f1(33, a.cf), f2(34, a.cm, n1.cm),
		f1(35, n1.cf), f1(36, n1.cm), f1(37, m1.cf), f1(38, n2.cm),
		f1(39, a.flags), f2(40, a.flags, a.s3), f2(41, p1, n1.w), f2(42, a.shape, a.amb),
		f2(43, p1, a.s3), f3(44, m1.w, a.w, n1.w), f2(45, a.cm, p1),
	}
}

// TestTagCache checks that tagging with the word sums a tagBuf keeps between sentences
// gives the tags a fresh tagBuf gives, also when the cache fills up and is emptied: the
// sentences here bring more than maxCachedWords forms, and each starts with a form seen
// long before.
func TestTagCache(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"The", "minister", "met", "officials", "in", "Moscow", "on", "Monday", "."}
	var shared tagBuf
	forms := 0
	for s := 0; forms < 3*maxCachedWords; s++ {
		toks := []Token{{Form: words[s%len(words)]}}
		for j := range 7 + s%50 {
			toks = append(toks, Token{Form: fmt.Sprintf("Word%dx%d", s, j)}, Token{Form: words[j%len(words)]})
			forms++
		}
		got := slices.Clone(m.tagger.tag(toks, &shared))
		var fresh tagBuf
		if want := m.tagger.tag(toks, &fresh); !slices.Equal(got, want) {
			t.Fatalf("sentence %d (%d forms before): tags %v with the kept sums, %v without", s, forms, got, want)
		}
		if len(shared.words) > maxCachedWords {
			t.Fatalf("sentence %d: %d forms kept, want at most %d", s, len(shared.words), maxCachedWords)
		}
	}
}
