package syntax

import (
	"fmt"
	"runtime"
	"sync"
)

// TrainOptions are the settings of [Train]. A nil *TrainOptions, and every zero field,
// means the default, which is what the embedded model was trained with.
type TrainOptions struct {
	TagEpochs   int               // tagger epochs; 0: 8
	ParseEpochs int               // parser epochs; 0: 15
	Folds       int               // jackknife folds for the parser's training tags; 0: 10; 1: gold tags
	Explore     float64           // probability of following a wrong prediction after epoch 2; 0: 0.9
	Seed        uint64            // shuffling and exploration; the same seed gives the same model
	Workers     int               // goroutines for the jackknife folds; 0: GOMAXPROCS (the model does not depend on it)
	Clusters    map[string]string // word clusters: lower-case word (digits as 0) -> bit string; nil for none
	Info        string            // the model's description (Model.Info)
	// Factored makes the parser choose the transition first and its label after,
	// instead of scoring labelled transitions together (0.5 LAS worse on EWT dev).
	Factored bool
	// TagCache, when not empty, is a file that keeps the jackknifed tags of the parser's
	// training sentences between runs: read when it exists and was written from the same
	// sentences, clusters, TagEpochs, Folds and Seed, else written. The tagger trained on
	// all sentences is trained either way, so the model has the same bytes as without a
	// cache. A change to the tagger's code is not detected: delete the file after one.
	TagCache string
	// ParseSeed, when not 0, seeds the parser's shuffling and exploration instead of
	// Seed (which still seeds the taggers), to tell the noise of training from an effect.
	ParseSeed uint64
	// ExploreFrom is the first epoch (counting from 1) in which the parser follows its
	// own mistakes; 0: 3.
	ExploreFrom int
	// Update is the parser's update on a wrong transition: 0 the perceptron's (+1 to the
	// best zero-cost transition, -1 to the one predicted); 1 passive-aggressive (PA-I,
	// C = 1: the step that makes the best zero-cost transition win by the square root of
	// the predicted one's cost); 2 +1 to the best zero-cost transition and -1/k to each
	// of the k costly ones that score at least as much.
	Update int
	// Beam, when 2 or more, trains the parser globally after its ParseEpochs greedy
	// epochs: BeamEpochs epochs of beam search with a beam of Beam over whole sentences,
	// with max-violation updates, and the model decodes with that beam.
	Beam       int
	BeamEpochs int // 0: 4
	// BeamAverage is where the averaged weights of beam training start: 0 they are
	// averaged anew from the last weights of the greedy epochs; 1 the weights are set to
	// the greedy epochs' average and averaged anew from there; 2 the average goes on from
	// the greedy epochs' (on EWT dev with a beam of 4: 85.73, 85.46 and 83.22 UAS).
	BeamAverage int
	// BeamOneLabel makes only the best label of each arc of an item a candidate of the
	// training beam, as in decoding, instead of every labelled arc.
	BeamOneLabel bool
	// Soup, when 2 or more, trains that many parsers on the same tags, with the parser's
	// seed (ParseSeed, else Seed) and the next Soup-1 seeds, and keeps the mean of their
	// averaged weights, pruned and quantised as one parser's are. Each takes as long to
	// train as one parser.
	Soup int
	// DecodeBeam, when not 0, is the width of the beam the model decodes with instead
	// of Beam's (negative or 1: greedy decoding with selectional branching).
	DecodeBeam int
}

func (o *TrainOptions) withDefaults() TrainOptions {
	var v TrainOptions
	if o != nil {
		v = *o
	}
	if v.TagEpochs == 0 {
		v.TagEpochs = 8
	}
	if v.ParseEpochs == 0 {
		v.ParseEpochs = 15
	}
	if v.Folds == 0 {
		v.Folds = 10
	}
	if v.Explore == 0 {
		v.Explore = 0.9
	}
	if v.BeamEpochs == 0 {
		v.BeamEpochs = 4
	}
	if v.ExploreFrom == 0 {
		v.ExploreFrom = 3
	}
	if v.Workers <= 0 {
		v.Workers = runtime.GOMAXPROCS(0)
	}
	return v
}

// Train trains a model on the gold sentences train (tokens with UPOS, XPOS, LEMMA, HEAD
// and DEPREL, as ReadCoNLLU gives them). The tagger learns from all of them; the parser
// learns from the tags a tagger trained on the other folds gives each sentence
// (jackknifing), so it sees tags as good as at run time. Non-projective trees are made
// projective by lifting arcs. Sentences whose heads do not form a tree are left out of
// the parser's training. The same sentences and options give a model with the same bytes.
func Train(train []*Sentence, opts *TrainOptions) (*Model, error) {
	o := opts.withDefaults()
	if o.TagEpochs < 0 || o.ParseEpochs < 0 || o.Folds < 0 || o.Explore < 0 || o.Explore > 1 {
		return nil, fmt.Errorf("%w: negative epochs or folds, or exploration outside [0, 1]", ErrTrain)
	}
	var sents []*Sentence
	for _, s := range train {
		if len(s.Tokens) > 0 {
			sents = append(sents, s)
		}
	}
	if len(sents) == 0 {
		return nil, fmt.Errorf("%w: no sentences", ErrTrain)
	}
	folds := min(o.Folds, len(sents))
	var cl *clusters
	if len(o.Clusters) > 0 {
		cl = newClusters(o.Clusters)
	}
	ts := newTagSet(sents)

	var tags [][]int
	var final *tagger
	fp := tagFingerprint(sents, o.Clusters, folds, &o)
	if o.TagCache != "" && folds > 1 {
		tags = readTagCache(o.TagCache, fp, sents)
	}
	if tags != nil {
		final = trainTagger(sents, ts, cl, o.TagEpochs, o.Seed)
	} else {
		tags, final = jackknife(sents, ts, cl, folds, &o)
		if o.TagCache != "" && folds > 1 {
			if err := writeTagCache(o.TagCache, fp, tags); err != nil {
				return nil, fmt.Errorf("%w: %w", ErrTrain, err)
			}
		}
	}
	p, exs := parserExamples(sents, tags, !o.Factored)
	if len(exs) == 0 {
		return nil, fmt.Errorf("%w: no sentence has a well-formed tree", ErrTrain)
	}
	trainParser(p, final, exs, &o)
	return &Model{info: o.Info, tagger: final, parser: p, lemmas: newLemmatizer(sents)}, nil
}

// jackknife returns the tags of every sentence from a tagger trained on the other folds
// (gold tags when folds is 1), and the tagger trained on all of them.
func jackknife(sents []*Sentence, ts *tagSet, cl *clusters, folds int, o *TrainOptions) ([][]int, *tagger) {
	tags := make([][]int, len(sents))
	var final *tagger
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range o.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range jobs {
				if k == folds {
					final = trainTagger(sents, ts, cl, o.TagEpochs, o.Seed)
					continue
				}
				var in []*Sentence
				for i, s := range sents {
					if i%folds != k {
						in = append(in, s)
					}
				}
				tg := trainTagger(in, ts, cl, o.TagEpochs, o.Seed+uint64(k)+1)
				var b tagBuf
				for i := k; i < len(sents); i += folds {
					tags[i] = append([]int(nil), tg.tag(sents[i].Tokens, &b)...)
				}
			}
		}()
	}
	jobs <- folds
	if folds > 1 {
		for k := range folds {
			jobs <- k
		}
	}
	close(jobs)
	wg.Wait()
	if folds <= 1 {
		for i, s := range sents {
			tags[i] = make([]int, len(s.Tokens))
			for j, t := range s.Tokens {
				tags[i][j] = ts.index[t.UPOS+"\t"+t.XPOS]
			}
		}
	}
	return tags, final
}

// parserExamples returns the parser's relation inventory and its training examples: the
// sentences whose heads form a tree, made projective, with their tags.
func parserExamples(sents []*Sentence, tags [][]int, joint bool) (*parser, []parseExample) {
	p := &parser{joint: joint}
	labelID := map[string]int{}
	var exs []parseExample
	for _, s := range sents {
		for _, t := range s.Tokens {
			if _, ok := labelID[t.Rel]; !ok {
				labelID[t.Rel] = -1
			}
		}
	}
	if _, ok := labelID["root"]; !ok {
		labelID["root"] = -1
	}
	p.labels = sortedKeys(labelID)
	for i, l := range p.labels {
		labelID[l] = i
	}
	p.root = labelID["root"]
	p.leftOK = make([]bool, len(p.labels))
	p.rightOK = make([]bool, len(p.labels))
	for si, s := range sents {
		n := len(s.Tokens)
		heads := make([]int32, n)
		rels := make([]int, n)
		for i, t := range s.Tokens {
			h := int32(t.Head) - 1
			if t.Head == 0 {
				h = int32(n)
			}
			heads[i] = h
			rels[i] = labelID[t.Rel]
		}
		if !isTree(heads) {
			continue
		}
		projectivize(heads)
		for d, h := range heads {
			if h == int32(n) {
				continue
			}
			if int32(d) < h {
				p.leftOK[rels[d]] = true
			} else {
				p.rightOK[rels[d]] = true
			}
		}
		exs = append(exs, parseExample{toks: s.Tokens, tags: tags[si], heads: heads, rels: rels})
	}
	return p, exs
}

// isTree reports whether heads (0-based, len(heads) for the root) form one tree: every
// head in range, exactly one token on the root, no cycles.
func isTree(heads []int32) bool {
	n := int32(len(heads))
	roots := 0
	for d, h := range heads {
		if h < 0 || h > n || h == int32(d) {
			return false
		}
		if h == n {
			roots++
		}
	}
	if roots != 1 {
		return false
	}
	state := make([]uint8, n) // 0 unseen, 1 on the current path, 2 reaches the root
	for d := range n {
		var path []int32
		x := d
		for x != n && state[x] == 0 {
			state[x] = 1
			path = append(path, x)
			x = heads[x]
		}
		if x != n && state[x] == 1 {
			return false
		}
		for _, y := range path {
			state[y] = 2
		}
	}
	return true
}
