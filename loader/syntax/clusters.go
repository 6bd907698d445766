package syntax

import "strings"

// clusters maps words (lower case, digits as 0: normWord) to their word clusters at
// three levels, written as a path "coarse.mid.fine" of class numbers: each fine class
// lies inside one middle class and each middle class inside one coarse class.
type clusters struct {
	paths map[string]string
	h     map[string][3]uint64 // hashes of the three prefixes of the path
}

func newClusters(paths map[string]string) *clusters {
	c := &clusters{paths: map[string]string{}, h: make(map[string][3]uint64, len(paths))}
	for _, k := range sortedKeys(paths) {
		w := normWord(k)
		if _, ok := c.paths[w]; ok && w != k {
			continue // the word itself wins over another spelling with other digits
		}
		c.paths[w] = paths[k]
	}
	for w, p := range c.paths {
		var h [3]uint64
		i := 0
		for l := 0; l < 3; l++ {
			j := strings.IndexByte(p[i:], '.')
			end := len(p)
			if j >= 0 {
				end = i + j
			}
			h[l] = hstr(p[:end]) + uint64(l)
			if j < 0 {
				for l++; l < 3; l++ {
					h[l] = h[l-1] + 1
				}
				break
			}
			i = end + 1
		}
		c.h[w] = h
	}
	return c
}

// atoms returns the hashes of the word's coarse, middle and fine clusters; hashNone for
// a word without a cluster (and for a nil c).
func (c *clusters) atoms(w string) (coarse, mid, fine uint64) {
	if c == nil {
		return hashNone, hashNone, hashNone
	}
	h, ok := c.h[w]
	if !ok {
		return hashNone, hashNone, hashNone
	}
	return h[0], h[1], h[2]
}
