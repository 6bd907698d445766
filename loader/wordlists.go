package loader

import (
	_ "embed"
	"strings"
	"sync"
)

// The loader's hand-written word lists live in data/words.txt, one list a section: a
// line "[name] file.go" (the list's name and the Go file that uses it, optionally followed
// by "phrases" or "pairs"), then its entries up to the next section. A plain list holds
// words separated by spaces or line ends; a "phrases" list one entry a line (entries of
// several words: "air force"); a "pairs" list one key, a tab and its value a line. Lines
// starting with "#" are comments. The sources of the lists are in data/NOTICE.
//
//go:embed data/words.txt
var wordsFile string

// wordList is one section of data/words.txt.
type wordList struct {
	kind  string   // "", "phrases" or "pairs"
	lines []string // its non-comment lines
}

// wordLists parses data/words.txt on first use.
var wordLists = sync.OnceValue(func() map[string]*wordList {
	lists := map[string]*wordList{}
	var cur *wordList
	for _, line := range strings.Split(wordsFile, "\n") {
		line = strings.TrimRight(line, " \r")
		switch {
		case line == "" || line[0] == '#':
			continue
		case line[0] == '[':
			name, rest, _ := strings.Cut(line[1:], "]")
			f := strings.Fields(rest)
			cur = &wordList{}
			if len(f) > 1 {
				cur.kind = f[1]
			}
			if lists[name] != nil {
				panic("data/words.txt: list " + name + " twice")
			}
			lists[name] = cur
		case cur != nil:
			cur.lines = append(cur.lines, line)
		}
	}
	return lists
})

// list returns the section name of data/words.txt, which must have the kind given.
func list(name, kind string) *wordList {
	l := wordLists()[name]
	if l == nil || l.kind != kind {
		panic("data/words.txt: no " + kind + " list " + name)
	}
	return l
}

// wordSet returns the words of the plain list name.
func wordSet(name string) map[string]bool {
	m := map[string]bool{}
	for _, line := range list(name, "").lines {
		for _, f := range strings.Fields(line) {
			m[f] = true
		}
	}
	return m
}

// phraseSet returns the entries of the phrases list name.
func phraseSet(name string) map[string]bool {
	m := map[string]bool{}
	for _, line := range list(name, "phrases").lines {
		m[strings.TrimSpace(line)] = true
	}
	return m
}

// phraseList returns the entries of the phrases list name in their order.
func phraseList(name string) []string {
	var out []string
	for _, line := range list(name, "phrases").lines {
		out = append(out, strings.TrimSpace(line))
	}
	return out
}

// wordPairs returns the keys and values of the pairs list name.
func wordPairs(name string) map[string]string {
	m := map[string]string{}
	for _, line := range list(name, "pairs").lines {
		k, v, _ := strings.Cut(line, "\t")
		m[k] = v
	}
	return m
}
