package eval_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func errorsAs(err error, target any) bool { return errors.As(err, target) }

// writeGoldAsQuads writes a gold set's facts as N-Quads, with some perturbations (every
// third entity named by an alias only, some facts dropped, some labels missing), and
// returns the file's path.
func writeGoldAsQuads(t *testing.T, dir string) string {
	t.Helper()
	ents, err := os.ReadFile(filepath.Join(dir, "entities.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	facts, err := os.ReadFile(filepath.Join(dir, "gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	const e, ns = "https://newsgraph.dev/id/", "https://newsgraph.dev/ns#"
	iri := func(name string) string {
		return "<" + e + strings.NewReplacer(" ", "_", ">", "", "<", "", "\"", "").Replace(name) + ">"
	}
	var b strings.Builder
	for i, line := range strings.Split(strings.TrimSpace(string(ents)), "\n")[1:] {
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			continue
		}
		aliases := strings.Split(f[2], "|")
		pred := "name"
		if i%3 == 2 {
			pred = "alternateName"
		}
		fmt.Fprintf(&b, "%s <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <%s%s> .\n", iri(f[0]), ns, f[1])
		fmt.Fprintf(&b, "%s <http://schema.org/%s> %q .\n", iri(f[0]), pred, aliases[len(aliases)-1])
		if i%4 == 1 {
			fmt.Fprintf(&b, "%s <http://schema.org/alternateName> %q .\n", iri(f[0]), f[0])
		}
	}
	for i, line := range strings.Split(strings.TrimSpace(string(facts)), "\n")[1:] {
		f := strings.Split(line, "\t")
		if len(f) < 4 || i%7 == 3 {
			continue
		}
		label := fmt.Sprintf(" <https://newsgraph.dev/doc/%s#s%d>", f[0], i)
		if i%5 == 0 {
			label = ""
		}
		fmt.Fprintf(&b, "%s <%s%s> %s%s .\n", iri(f[1]), ns, f[2], iri(f[3]), label)
	}
	p := filepath.Join(t.TempDir(), "gold.nq")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
