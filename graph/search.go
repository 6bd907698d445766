package graph

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// SearchOptions narrows [Graph.Search]. A nil *SearchOptions means the zero value: every
// class.
type SearchOptions struct {
	// Class keeps only entities of this class (schema.Person, or its local name
	// "Person"); "" means every class.
	Class schema.Class
}

// Match is one entity found by [Graph.Search].
type Match struct {
	// Entity is the entity, with its aliases.
	Entity schema.Entity
	// Name is the canonical name or alias of the entity that matched the text best.
	Name string
	// Score says how well Name matches the text, from 1 (the same [schema.NameKey]) down
	// to [MinScore]: 0.95 for the same letters with other spacing ("Al Qaeda" for
	// "Alqaeda"), about 0.9 for a person's surname alone or one typo in a two-word name,
	// less for more differences. Scores compare matches of one search; they are not
	// probabilities.
	Score float64
	// Facts counts the distinct facts the entity is the subject or object of.
	Facts int
}

// MinScore is the lowest [Match.Score] that [Graph.Search] returns.
const MinScore = 0.5

// Search returns up to n entities whose names or aliases resemble text, best first. It
// is forgiving where [Graph.FindEntity] is exact: it compares the words of text with the
// words of every name key ([schema.NameKey]: case, diacritics and punctuation do not
// matter) and matches
//
//   - the same key, or the same letters spaced differently;
//   - a person's surname, or any other word of a name, alone ("Putin");
//   - the start of a word ("Vlad"), and a single letter as an initial ("V. Putin");
//   - words with typos: one edit (a letter added, dropped, replaced, or two letters
//     swapped) in words of 4 to 7 letters, two in longer words ("Donld Trump",
//     "Nancy Pelosy", "Quds Forse");
//   - transliteration variants that share their consonants once vowels are dropped and
//     common spellings folded (q/k/c/g, kh/k, dh/d, sh/ch/s, z/s, doubled letters), as
//     Qaddafi, Gaddafi and Kadhafi do, or Soleimani and Suleimani.
//
// A name scores by how many of its words the text matches and how well, in order; an
// alias scores a little below the same canonical name. Each entity appears once, with
// its best name. Matches are ordered by score, then by their number of facts (more
// first), then by name and IRI, so the order is deterministic. Matches score at least
// [MinScore]; text that resembles nothing gives no matches and no error.
//
// n must be at least 1; text must contain a letter or digit; opts.Class must be an
// entity class. Otherwise the error wraps [ErrInvalid]. Search reads the graph's
// in-memory index: the first search after [Open] builds its word index (about 0.2 s and
// 30 MB for a store of 26,000 entities), which later writes keep up to date.
func (g *Graph) Search(ctx context.Context, text string, n int, opts *SearchOptions) ([]Match, error) {
	if opts == nil {
		opts = &SearchOptions{}
	}
	if n < 1 {
		return nil, invalid("Search: n = %d (want at least 1 match)", n)
	}
	class, err := parseClass("Search: SearchOptions.Class", opts.Class, true)
	if err != nil {
		return nil, err
	}
	q := schema.NameKey(text)
	if q == "" {
		return nil, invalid("Search: text %q has no letter or digit to search for", text)
	}
	if err := g.rlock(ctx); err != nil {
		return nil, err
	}
	defer g.mu.RUnlock()
	return g.ix.searchKey(q, n, class), nil
}

// searchState is the part of the index that answers Search: built by the first search,
// then kept up to date by the index's writes (syncKey). Readers build it under the
// graph's read lock, so the build runs once; writers update it under the write lock.
type searchState struct {
	once sync.Once
	s    *searchIndex // nil until the first search
}

// searchIndex indexes the words of the index's name keys (ix.keys).
type searchIndex struct {
	known   map[string]struct{}            // the name keys indexed
	words   map[string]map[string]struct{} // word -> name keys that have it
	grams   map[string]map[string]struct{} // trigram of a padded word -> words
	skels   map[string]map[string]struct{} // transliteration skeleton -> words
	compact map[string]map[string]struct{} // name key without spaces -> name keys
}

// searchIndex returns the search index, building it on first use. The caller holds the
// read lock or the write lock.
func (ix *index) searchIndex() *searchIndex {
	ix.search.once.Do(func() {
		s := &searchIndex{
			known:   map[string]struct{}{},
			words:   map[string]map[string]struct{}{},
			grams:   map[string]map[string]struct{}{},
			skels:   map[string]map[string]struct{}{},
			compact: map[string]map[string]struct{}{},
		}
		for key := range ix.keys {
			s.add(key)
		}
		ix.search.s = s
	})
	return ix.search.s
}

// syncKey updates the search index, once built, after a write changed which entities
// have the name key key. The caller holds the write lock.
func (ix *index) syncKey(key string) {
	s := ix.search.s
	if s == nil {
		return
	}
	_, present := ix.keys[key]
	_, indexed := s.known[key]
	switch {
	case present && !indexed:
		s.add(key)
	case !present && indexed:
		s.remove(key)
	}
}

func put(m map[string]map[string]struct{}, k, v string) bool {
	inner := m[k]
	if inner == nil {
		inner = map[string]struct{}{}
		m[k] = inner
	}
	_, had := inner[v]
	inner[v] = struct{}{}
	return !had
}

func drop(m map[string]map[string]struct{}, k, v string) {
	if inner := m[k]; inner != nil {
		delete(inner, v)
		if len(inner) == 0 {
			delete(m, k)
		}
	}
}

func (s *searchIndex) add(key string) {
	s.known[key] = struct{}{}
	put(s.compact, strings.ReplaceAll(key, " ", ""), key)
	for _, w := range strings.Fields(key) {
		if _, seen := s.words[w]; !seen {
			for _, gr := range trigrams(w) {
				put(s.grams, gr, w)
			}
			if sk := skeleton(w); len(sk) >= 3 {
				put(s.skels, sk, w)
			}
		}
		put(s.words, w, key)
	}
}

func (s *searchIndex) remove(key string) {
	delete(s.known, key)
	drop(s.compact, strings.ReplaceAll(key, " ", ""), key)
	for _, w := range strings.Fields(key) {
		drop(s.words, w, key)
		if _, still := s.words[w]; !still {
			for _, gr := range trigrams(w) {
				drop(s.grams, gr, w)
			}
			if sk := skeleton(w); len(sk) >= 3 {
				drop(s.skels, sk, w)
			}
		}
	}
}

// trigrams returns the distinct trigrams of w padded with two '$' on each side ('$' is
// never in a name key): len(w)+2 of them, fewer when some repeat.
func trigrams(w string) []string {
	rs := []rune("$$" + w + "$$")
	out := make([]string, 0, len(rs)-2)
	for i := 0; i+3 <= len(rs); i++ {
		gr := string(rs[i : i+3])
		if !slices.Contains(out, gr) {
			out = append(out, gr)
		}
	}
	return out
}

// skeleton folds a word's common transliteration variants together: digraphs folded
// (kh, gh -> k; dh -> d; th -> t; sh, ch -> s; zh -> j; ph -> f), q, c and g read as k,
// z as s, w as v, vowels dropped (a leading vowel kept as "a") and doubled letters
// collapsed. Qaddafi, Gaddafi and Kadhafi give "kdf"; Soleimani and Suleimani "slmn".
// It is "" for a word with letters outside ASCII.
func skeleton(w string) string {
	b := make([]byte, 0, len(w))
	emit := func(c byte) {
		if len(b) == 0 || b[len(b)-1] != c {
			b = append(b, c)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return ""
		}
		if i+1 < len(w) && w[i+1] == 'h' {
			if f := digraph(c); f != 0 {
				emit(f)
				i++
				continue
			}
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			if i == 0 {
				emit('a')
			}
			continue
		case 'q', 'c', 'g':
			c = 'k'
		case 'z':
			c = 's'
		case 'w':
			c = 'v'
		}
		emit(c)
	}
	return string(b)
}

// digraph returns what c followed by h folds to in a skeleton, or 0.
func digraph(c byte) byte {
	switch c {
	case 'k', 'g':
		return 'k'
	case 'd', 't', 's':
		return c
	case 'c':
		return 's'
	case 'z':
		return 'j'
	case 'p':
		return 'f'
	}
	return 0
}

// maxEdits is the number of typos a word of n letters may have and still match.
func maxEdits(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 8:
		return 1
	}
	return 2
}

// editDistance returns the optimal string alignment distance between a and b (insert,
// delete, replace, swap two neighbours), or max+1 once it exceeds max.
func editDistance(a, b []rune, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// The similarities of a query word to a word of a name.
const (
	simInitial = 0.6  // a single letter, the initial of the word (either way)
	simSkelMin = 0.65 // the same skeleton, plus up to 0.25 for closeness
	simPrefix  = 0.7  // the start of the word, plus up to 0.25 for its share
)

// wordSims returns the words of the index that resemble the query word w, with their
// similarity in (0, 1].
func (s *searchIndex) wordSims(w string) map[string]float64 {
	sims := map[string]float64{}
	set := func(word string, sim float64) {
		if sim > sims[word] {
			sims[word] = sim
		}
	}
	if _, ok := s.words[w]; ok {
		sims[w] = 1
	}
	wr := []rune(w)
	// Prefixes: the words starting with w, found through the trigram of their first two
	// letters.
	if len(wr) >= 3 {
		for word := range s.grams[string([]rune{'$', wr[0], wr[1]})] {
			if word != w && strings.HasPrefix(word, w) {
				set(word, simPrefix+0.25*float64(len(wr))/float64(utf8.RuneCountInString(word)))
			}
		}
	}
	// Typos: a word within k edits shares all but at most 3k of w's trigrams (an edit
	// changes at most three), so it has one of any 3k+1 of them: the candidates are the
	// words of the 3k+1 rarest, checked by their edit distance.
	if k := maxEdits(len(wr)); k > 0 {
		grams := trigrams(w)
		slices.SortFunc(grams, func(a, b string) int { return cmp.Compare(len(s.grams[a]), len(s.grams[b])) })
		seen := map[string]bool{}
		for _, gr := range grams[:min(len(grams), 3*k+1)] {
			for word := range s.grams[gr] {
				if seen[word] || word == w {
					continue
				}
				seen[word] = true
				rw := []rune(word)
				if d := editDistance(wr, rw, k); d <= k {
					set(word, 1-float64(d)/float64(max(len(wr), len(rw))))
				}
			}
		}
	}
	// Transliterations: the same skeleton.
	if sk := skeleton(w); len(sk) >= 3 {
		for word := range s.skels[sk] {
			if word == w {
				continue
			}
			rw := []rune(word)
			n := max(len(wr), len(rw))
			d := editDistance(wr, rw, n)
			set(word, simSkelMin+0.25*(1-float64(d)/float64(n)))
		}
	}
	return sims
}

// searchKey ranks the entities for the name key q; see Graph.Search. The caller holds the
// read lock.
func (ix *index) searchKey(q string, n int, class schema.Class) []Match {
	s := ix.searchIndex()
	qw := strings.Fields(q)
	sims := make([]map[string]float64, len(qw))
	for i, w := range qw {
		sims[i] = s.wordSims(w)
	}
	// Candidate keys: those with a word resembling a query word, the same key, and the
	// same letters spaced differently. A word that many names share ("al") adds its
	// names only when no other word of the query narrows the search.
	cands := map[string]struct{}{}
	if _, ok := ix.keys[q]; ok {
		cands[q] = struct{}{}
	}
	for key := range s.compact[strings.ReplaceAll(q, " ", "")] {
		cands[key] = struct{}{}
	}
	const common = 2000
	narrow := false
	for _, m := range sims {
		for w := range m {
			if len(s.words[w]) <= common {
				narrow = true
			}
		}
	}
	for _, m := range sims {
		for w := range m {
			if narrow && len(s.words[w]) > common {
				continue
			}
			for key := range s.words[w] {
				cands[key] = struct{}{}
			}
		}
	}
	best := map[schema.IRI]Match{}
	for key := range cands {
		base := scoreKey(q, qw, sims, key)
		surname := 0.0 // a surname alone: the last word of a person's name
		if len(qw) == 1 && strings.Contains(key, " ") {
			surname = 0.9 * sims[0][lastToken(key)]
		}
		if max(base, surname) < MinScore {
			continue
		}
		for iri := range ix.keys[key] {
			e := ix.ents[iri]
			if e == nil || len(e.classes) == 0 {
				continue
			}
			c := top(e.classes)
			if class != "" && c != class {
				continue
			}
			canonical := ""
			for name := range e.names {
				if schema.NameKey(name) == key && (canonical == "" || name < canonical) {
					canonical = name
				}
			}
			score := base
			if c == schema.Person && canonical != "" {
				score = max(score, surname)
			}
			name := canonical
			if canonical == "" {
				score *= 0.98 // an alias only
				for a := range e.aliases {
					if schema.NameKey(a) == key && (name == "" || a < name) {
						name = a
					}
				}
			}
			if score < MinScore {
				continue
			}
			if m, ok := best[iri]; ok && (m.Score > score || m.Score == score && m.Name <= name) {
				continue
			}
			best[iri] = Match{Name: name, Score: score}
		}
	}
	out := make([]Match, 0, len(best))
	for iri, m := range best {
		m.Entity, _ = ix.entity(iri)
		m.Facts = ix.factCount(iri, nil, Both)
		out = append(out, m)
	}
	slices.SortFunc(out, func(a, b Match) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(b.Facts, a.Facts), compareEntities(a.Entity, b.Entity))
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// scoreKey scores the name key key against the query key q (its words qw, and their
// similarities to indexed words): 1 for the same key, 0.95 for the same letters spaced
// differently, else the harmonic mean of the shares of query words and key words
// matched, each match weighted by its similarity, with a small penalty when the words
// come in another order.
func scoreKey(q string, qw []string, sims []map[string]float64, key string) float64 {
	if key == q {
		return 1
	}
	if strings.ReplaceAll(key, " ", "") == strings.ReplaceAll(q, " ", "") {
		return 0.95
	}
	kw := strings.Fields(key)
	type pair struct {
		i, j int
		sim  float64
	}
	var pairs []pair
	for i, w := range qw {
		for j, k := range kw {
			sim := sims[i][k]
			if sim == 0 && (len(w) == 1 && strings.HasPrefix(k, w) || len(k) == 1 && strings.HasPrefix(w, k)) {
				sim = simInitial
			}
			if sim > 0 {
				pairs = append(pairs, pair{i, j, sim})
			}
		}
	}
	if len(pairs) == 0 {
		return 0
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		return cmp.Or(cmp.Compare(b.sim, a.sim), cmp.Compare(a.i, b.i), cmp.Compare(a.j, b.j))
	})
	usedQ := make([]bool, len(qw))
	usedK := make([]bool, len(kw))
	at := make([]int, len(qw)) // the key word each query word matched, or -1
	for i := range at {
		at[i] = -1
	}
	sum := 0.0
	for _, p := range pairs {
		if usedQ[p.i] || usedK[p.j] {
			continue
		}
		usedQ[p.i], usedK[p.j] = true, true
		at[p.i] = p.j
		sum += p.sim
	}
	precision, recall := sum/float64(len(qw)), sum/float64(len(kw))
	score := 2 * precision * recall / (precision + recall)
	last := -1
	for _, j := range at {
		if j < 0 {
			continue
		}
		if j < last {
			score *= 0.97
			break
		}
		last = j
	}
	return score
}
