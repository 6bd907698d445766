package main

import (
	"bytes"
	"context"
	"regexp"
	"testing"

	"github.com/newsgraph/newsgraph/examples/corpus"
)

func TestCommanders(t *testing.T) {
	ctx := context.Background()
	g, err := corpus.OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	facts, err := commanders(ctx, g)
	if err != nil {
		t.Fatal(err)
	}
	// The gold set: Qassem Soleimani commands the Quds Force, stated in two articles.
	// Which spelling of his name is canonical depends on the article read first, so he
	// is found by name as a user would.
	qs, err := g.FindEntity(ctx, "Qassem Soleimani")
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]bool{}
	found := false
	for _, f := range facts {
		if f.Subject.IRI == qs.IRI && f.Object.Name == "Quds Force" {
			found = true
			for _, ev := range f.Evidence {
				docs[string(ev.Doc)] = true
			}
		}
	}
	if !found {
		t.Fatalf("no fact Qassem Soleimani commands Quds Force among %v", facts)
	}
	// Wrong answers the gold set rules out: nobody else commands the Quds Force.
	for _, f := range facts {
		if f.Object.Name == "Quds Force" && f.Subject.IRI != qs.IRI {
			t.Errorf("wrong commander of the Quds Force: %s", f.Subject.Name)
		}
	}
	for _, d := range []string{"002_c7630da142b29633", "004_4736098e800a618b"} {
		if !docs[d] {
			t.Errorf("Qassem Soleimani commands Quds Force: no evidence from %s (have %v)", d, docs)
		}
	}
}

func TestOutput(t *testing.T) {
	var buf bytes.Buffer
	if err := run(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^Qassem S[ou]leimani commands Quds Force\n    \d{3}_[0-9a-f]+#s\d+  \S`).Match(buf.Bytes()) {
		t.Errorf("output lacks the answer with its evidence:\n%s", buf.String())
	}
}
