package eval

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Gold is a gold set: typed entities with their aliases, and facts with the documents
// that state them. Build one with [ReadGold] or [ParseGold]; it is read-only afterwards
// and safe for concurrent use.
type Gold struct {
	classes map[string]string   // canonical name -> class
	alias   map[string]string   // normalised alias -> first owner
	owners  map[string][]string // normalised alias -> every owner, in file order
	facts   map[triple]bool
	evid    map[evidence]bool
}

type triple struct{ s, p, o string }

type evidence struct {
	doc string
	triple
}

// Entities returns the number of gold entities of the four entity classes.
func (g *Gold) Entities() int { return len(g.entitySet()) }

// Facts returns the number of distinct gold (subject, predicate, object) triples.
func (g *Gold) Facts() int { return len(g.facts) }

// ReadGold reads the gold set in dir: dir/entities.tsv and dir/gold.tsv.
func ReadGold(dir string) (*Gold, error) {
	ents, err := os.ReadFile(filepath.Join(dir, "entities.tsv"))
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	facts, err := os.ReadFile(filepath.Join(dir, "gold.tsv"))
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	return parseGold(filepath.Join(dir, "entities.tsv"), string(ents), filepath.Join(dir, "gold.tsv"), string(facts))
}

// ParseGold reads a gold set from its two files' contents; the names are used in errors.
func ParseGold(entities, gold io.Reader) (*Gold, error) {
	e, err := io.ReadAll(entities)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	f, err := io.ReadAll(gold)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	return parseGold("entities.tsv", string(e), "gold.tsv", string(f))
}

func parseGold(entName, ents, factName, facts string) (*Gold, error) {
	g := &Gold{
		classes: map[string]string{},
		alias:   map[string]string{},
		owners:  map[string][]string{},
		facts:   map[triple]bool{},
		evid:    map[evidence]bool{},
	}
	for i, line := range pyLines(ents) {
		if i == 0 || pyStrip(line) == "" {
			continue // the header, blank lines
		}
		f := strings.Split(strings.TrimRight(line, "\n"), "\t")
		if len(f) < 2 {
			return nil, &GoldError{File: entName, Line: i + 1, Err: errors.New("want canonical, class and aliases separated by tabs")}
		}
		canon, class, aliases := f[0], f[1], ""
		if len(f) > 2 {
			aliases = f[2]
		}
		g.classes[canon] = class
		for _, a := range append([]string{canon}, strings.Split(aliases, "|")...) {
			k := Norm(a)
			if pyStrip(a) == "" || k == "" {
				continue
			}
			if _, ok := g.alias[k]; !ok {
				g.alias[k] = canon
			}
			if !slices.Contains(g.owners[k], canon) {
				g.owners[k] = append(g.owners[k], canon)
			}
		}
	}
	for i, line := range pyLines(facts) {
		if i == 0 || pyStrip(line) == "" {
			continue
		}
		f := strings.Split(strings.TrimRight(line, "\n"), "\t")
		if len(f) < 4 {
			return nil, &GoldError{File: factName, Line: i + 1, Err: errors.New("want document, subject, predicate and object separated by tabs")}
		}
		doc, s, p, o := f[0], f[1], f[2], f[3]
		if symmetric[p] && o < s {
			s, o = o, s
		}
		g.facts[triple{s, p, o}] = true
		g.evid[evidence{doc, triple{s, p, o}}] = true
	}
	return g, nil
}

// entitySet returns the gold (canonical, class) pairs of the entity classes.
func (g *Gold) entitySet() map[[2]string]bool {
	set := map[[2]string]bool{}
	for c, cls := range g.classes {
		if classes[cls] {
			set[[2]string{c, cls}] = true
		}
	}
	return set
}
