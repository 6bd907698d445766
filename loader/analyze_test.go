package loader

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// testDoc builds a document of the given sentences (the text stages' job, done simply).
func testDoc(id string, sents ...string) *document {
	d := &document{ID: schema.DocID(id)}
	off := 0
	for i, s := range sents {
		d.Sentences = append(d.Sentences, sentence{N: i + 1, Text: s, Start: off, Length: len(s)})
		off += len(s) + 1
	}
	d.Original = []byte(strings.Join(sents, " "))
	return d
}

// factStrings renders facts as "subject predicate object" lines.
func factStrings(fs []schema.Fact) map[string]bool {
	m := map[string]bool{}
	for _, f := range fs {
		m[f.Subject.Name+" "+f.Predicate.Name()+" "+f.Object.Name] = true
	}
	return m
}

// checkFacts reports each fact of want missing from got and each fact of absent in it.
func checkFacts(t *testing.T, got map[string]bool, want, absent []string) {
	t.Helper()
	for _, f := range want {
		if !got[f] {
			t.Errorf("missing %q; got %v", f, got)
		}
	}
	for _, f := range absent {
		if got[f] {
			t.Errorf("wrong fact %q", f)
		}
	}
}

func analyzeT(t *testing.T, s *semantics, d *document) ([]schema.Entity, map[string]bool) {
	t.Helper()
	ents, facts, err := s.analyze(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range facts {
		if !f.Predicate.Allows(f.Subject.Class, f.Object.Class) {
			t.Errorf("fact %s %s %s breaks the signature", f.Subject.Name, f.Predicate.Name(), f.Object.Name)
		}
		for _, e := range f.Evidence {
			if e.Doc != d.ID || e.Sentence < 1 || e.Sentence > len(d.Sentences) || e.Text != d.Sentences[e.Sentence-1].Text {
				t.Errorf("bad evidence %+v", e)
			}
		}
	}
	return ents, factStrings(facts)
}

func TestAnalyzeFacts(t *testing.T) {
	d := testDoc("t1",
		"Norwegian Defence Minister Lars Hamre visited Bergen on Monday.",
		"Hamre met with Finnish President Aino Virtanen in Helsinki.",
		"Jonas Berg, the commander of the Northern Brigade, said the unit was ready.",
		"Swedish-backed militias attacked the town.",
		"Denmark did not attack Estonia.",
		"Would Poland fight Lithuania?",
	)
	ents, got := analyzeT(t, newSemantics(nil), d)
	for _, want := range []string{
		"Lars Hamre memberOf Norway",
		"Lars Hamre nationality Norway",
		"Lars Hamre visited Bergen",
		"Aino Virtanen leads Finland",
		"Aino Virtanen nationality Finland",
		"Aino Virtanen met Lars Hamre",
		"Jonas Berg commands Northern Brigade",
		"Sweden supports militias",
	} {
		if !got[want] {
			t.Errorf("missing fact %q; got %v", want, got)
		}
	}
	for f := range got {
		if strings.Contains(f, "Estonia") || strings.Contains(f, "Lithuania") {
			t.Errorf("negated or hypothetical fact %q", f)
		}
	}
	classes := map[string]schema.Class{}
	for _, e := range ents {
		classes[e.Name] = e.Class
	}
	for name, c := range map[string]schema.Class{"Lars Hamre": schema.Person, "Norway": schema.Country,
		"Northern Brigade": schema.Organization, "Bergen": schema.Place} {
		if classes[name] != c {
			t.Errorf("entity %q: class %q, want %q (all: %v)", name, classes[name], c, classes)
		}
	}
}

func TestAnalyzePassiveAndPossessive(t *testing.T) {
	d := testDoc("t2",
		"The Free Republic Party is supported by Canada.",
		"Peru's Supreme Court ruled on Friday.",
		"Gustavo Lima, an adviser to Maria Rocha, travelled to Lima.",
	)
	_, got := analyzeT(t, newSemantics(nil), d)
	for _, want := range []string{
		"Canada supports Free Republic Party",
		"Peru's Supreme Court partOf Peru",
		"Gustavo Lima advises Maria Rocha",
	} {
		if !got[want] {
			t.Errorf("missing fact %q; got %v", want, got)
		}
	}
}

func TestAnalyzeDeterministic(t *testing.T) {
	d := testDoc("t3", "Canadian Prime Minister Anne Dupont met Mexican President Jorge Ruiz in Ottawa.")
	_, f1, _ := newSemantics(nil).analyze(context.Background(), d)
	_, f2, _ := newSemantics(nil).analyze(context.Background(), d)
	if len(f1) == 0 || len(f1) != len(f2) {
		t.Fatalf("runs differ or empty: %d vs %d", len(f1), len(f2))
	}
	for i := range f1 {
		if f1[i].Subject.IRI != f2[i].Subject.IRI || f1[i].Predicate != f2[i].Predicate || f1[i].Object.IRI != f2[i].Object.IRI {
			t.Errorf("fact %d differs", i)
		}
	}
}

func TestAnalyzeCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := newSemantics(nil).analyze(ctx, testDoc("t4", "Anything.")); err == nil {
		t.Fatal("want an error from a canceled context")
	}
}
