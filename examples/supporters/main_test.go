package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/examples/corpus"
	"github.com/newsgraph/newsgraph/schema"
)

func TestSupport(t *testing.T) {
	ctx := context.Background()
	g, err := corpus.OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	supported, supporters, err := support(ctx, g, "Iran", "Bashar al-Assad")
	if err != nil {
		t.Fatal(err)
	}
	names := func(facts []schema.Fact, end func(schema.Fact) schema.Entity) map[string]bool {
		m := map[string]bool{}
		for _, f := range facts {
			if len(f.Evidence) > 0 {
				m[end(f).Name] = true
			}
		}
		return m
	}
	// Key answers of the gold set.
	got := names(supported, func(f schema.Fact) schema.Entity { return f.Object })
	for _, want := range []string{"Bashar al-Assad", "Hezbollah", "Syria", "Shia militias"} {
		if !got[want] {
			t.Errorf("Iran supports %s: not found (found %v)", want, got)
		}
	}
	// Wrong answers the gold set rules out: Iran backs no enemy of its allies.
	for _, wrong := range []string{"Islamic State", "United States", "Syrian rebels"} {
		if got[wrong] {
			t.Errorf("Iran supports %s: a wrong fact", wrong)
		}
	}
	got = names(supporters, func(f schema.Fact) schema.Entity { return f.Subject })
	for _, wrong := range []string{"United States", "Islamic State"} {
		if got[wrong] {
			t.Errorf("%s supports Bashar al-Assad: a wrong fact", wrong)
		}
	}
	for _, want := range []string{"Iran", "Russia"} {
		if !got[want] {
			t.Errorf("%s supports Bashar al-Assad: not found (found %v)", want, got)
		}
	}
}

func TestOutput(t *testing.T) {
	var buf bytes.Buffer
	if err := run(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); !strings.Contains(out, "  Iran supports Bashar al-Assad\n      ") {
		t.Errorf("output lacks an answer with evidence:\n%s", out)
	}
}
