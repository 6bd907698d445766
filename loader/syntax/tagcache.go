package syntax

import (
	"bytes"
	"encoding/binary"
	"os"
	"sort"
)

// This file keeps the jackknifed tags of the parser's training sentences in a file
// (TrainOptions.TagCache), so that experiments with the parser need not train the ten
// taggers of the folds again. The file is the fingerprint of what the tags were made
// from, then the number of sentences and, per sentence, its length and its tag classes,
// all as uvarints.

// tagFingerprint hashes what the jackknifed tags depend on besides the tagger's code:
// the sentences' forms and gold tags, the clusters, the folds, the tagger's epochs and
// the seed.
func tagFingerprint(sents []*Sentence, clus map[string]string, folds int, o *TrainOptions) uint64 {
	h := mix(uint64(folds), uint64(o.TagEpochs))
	h = mix(h, o.Seed)
	for _, s := range sents {
		h = mix(h, uint64(len(s.Tokens)))
		for _, t := range s.Tokens {
			h = mix(h, hstr(t.Form))
			h = mix(h, hstr(t.UPOS+"\t"+t.XPOS))
		}
	}
	keys := make([]string, 0, len(clus))
	for k := range clus {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		h = mix(h, mix(hstr(k), hstr(clus[k])))
	}
	return h
}

// readTagCache returns the tags in the file path if it holds tags of fingerprint fp
// for sents, or nil.
func readTagCache(path string, fp uint64, sents []*Sentence) [][]int {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	r := bytes.NewReader(b)
	next := func() uint64 {
		v, e := binary.ReadUvarint(r)
		if e != nil && err == nil {
			err = e
		}
		return v
	}
	if next() != fp || next() != uint64(len(sents)) || err != nil {
		return nil
	}
	tags := make([][]int, len(sents))
	for i, s := range sents {
		if next() != uint64(len(s.Tokens)) {
			return nil
		}
		tags[i] = make([]int, len(s.Tokens))
		for j := range tags[i] {
			tags[i][j] = int(next())
		}
	}
	if err != nil || r.Len() != 0 {
		return nil
	}
	return tags
}

// writeTagCache writes tags with fingerprint fp to the file path.
func writeTagCache(path string, fp uint64, tags [][]int) error {
	var b []byte
	b = binary.AppendUvarint(b, fp)
	b = binary.AppendUvarint(b, uint64(len(tags)))
	for _, t := range tags {
		b = binary.AppendUvarint(b, uint64(len(t)))
		for _, c := range t {
			b = binary.AppendUvarint(b, uint64(c))
		}
	}
	return os.WriteFile(path, b, 0o644)
}
