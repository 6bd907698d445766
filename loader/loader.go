package loader

import (
	"context"
	"fmt"
	"iter"
	"runtime"
	"sync"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// Options configures a Loader. The zero value and nil are the defaults.
type Options struct {
	// MaxDocumentBytes is the largest document accepted; 0 means
	// [DefaultMaxDocumentBytes].
	MaxDocumentBytes int64
}

// DefaultMaxDocumentBytes is the size limit of a document when
// Options.MaxDocumentBytes is 0: 4 MiB, a hundred times a long news article. A larger
// text is a dump to split into documents; the semantic stages take more than linear time
// in a document's length (about 10 s for 2 MiB, 25 s for 4 MiB on a loaded two-core
// machine), so a limit keeps one stray file from stalling a load.
const DefaultMaxDocumentBytes = 4 << 20

// Loader reads documents into extractions. An extraction depends on its document alone
// (and the loader's lexicons): the Loader keeps nothing from one document to the next, so
// documents can be read in any order, on any number of goroutines, and give the same
// extractions. Resolution across documents is done over a set of extractions by [Resolve],
// or by a graph over the documents it holds. A Loader is safe for concurrent use by
// multiple goroutines.
type Loader struct {
	max int64
	sem *semantics
}

// New returns a Loader with the given options; nil means the defaults.
func New(opts *Options) *Loader {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.MaxDocumentBytes <= 0 {
		o.MaxDocumentBytes = DefaultMaxDocumentBytes
	}
	return &Loader{max: o.MaxDocumentBytes, sem: newSemantics(&o)}
}

// Extract reads one document: it runs the text stages (normalisation, metadata,
// segmentation), the semantic stages (mentions, resolution, relations) and emission, and
// returns the extraction, whose quads are given by (*schema.Extraction).Quads.
//
// The document's id must be a valid schema.DocID. Text that is empty or only white space
// gives an extraction with the document and no sentences, entities or facts (no error).
// Invalid UTF-8 is accepted: each invalid byte reads as U+FFFD in sentence texts (or, in
// text with no multi-byte UTF-8 at all, as its Windows-1252 character), while spans still
// count bytes of the text as given; an HTML page loses its markup. [Inspect] reports
// these as warnings. Extract returns a *DocumentError wrapping
// ErrBinary for text with a NUL byte or mostly control bytes or UTF-16, ErrInternal when
// a stage fails on the text (a bug: the panic is recovered), ErrTooLarge for text over
// the size limit, the schema's error for an invalid id, and ctx.Err() when ctx ends.
func (l *Loader) Extract(ctx context.Context, src Source) (*schema.Extraction, error) {
	d, err := l.prepare(ctx, src)
	if err != nil {
		return nil, err
	}
	return l.finish(ctx, src, d)
}

// prepare checks src and runs the stages that depend on src alone: the text stages and
// mention detection.
func (l *Loader) prepare(ctx context.Context, src Source) (_ *document, err error) {
	defer guard(src, &err)
	fail := func(err error) error {
		return &DocumentError{ID: string(src.ID), Origin: src.Origin, Err: err}
	}
	if err := ctx.Err(); err != nil {
		return nil, fail(err)
	}
	if err := src.ID.Validate(); err != nil {
		return nil, fail(err)
	}
	if int64(len(src.Text)) > l.max {
		return nil, fail(fmt.Errorf("%w: %d bytes, over the limit of %d", ErrTooLarge, len(src.Text), l.max))
	}
	if err := checkText(src.Text); err != nil {
		return nil, fail(err)
	}
	d := textStages(src)
	detectMentions(d)
	return d, nil
}

// finish runs the stages that depend on the entities known before (resolution, and the
// relations that read its result) and emission on d.
func (l *Loader) finish(ctx context.Context, src Source, d *document) (_ *schema.Extraction, err error) {
	defer guard(src, &err)
	ents, facts, names, err := l.sem.analyzeNames(ctx, d)
	if err != nil {
		return nil, &DocumentError{ID: string(src.ID), Origin: src.Origin, Err: err}
	}
	x := buildExtraction(d, ents, facts, names)
	x.Origin = src.Origin
	if err := x.Validate(); err != nil {
		return nil, &DocumentError{ID: string(src.ID), Origin: src.Origin, Err: err}
	}
	return x, nil
}

// guard turns a panic of a stage into a *DocumentError wrapping ErrInternal, so that a
// document that trips a bug is reported like any bad document and does not stop a batch.
// It must be deferred directly.
func guard(src Source, err *error) {
	if r := recover(); r != nil {
		*err = &DocumentError{ID: string(src.ID), Origin: src.Origin, Err: fmt.Errorf("%w: %v", ErrInternal, r)}
	}
}

// checkText rejects binary data: a NUL byte, or more than one byte in ten that is a
// control character (other than white space) or not valid UTF-8. Text read as
// Windows-1252 (see readingOf) has no invalid bytes. UTF-16 is named as such.
func checkText(b []byte) error {
	if len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
		return fmt.Errorf("%w: UTF-16 text (the loader reads UTF-8; convert it, e.g. with iconv -f UTF-16 -t UTF-8)", ErrBinary)
	}
	if looksUTF16(b) {
		return fmt.Errorf("%w: UTF-16 text without a byte-order mark (the loader reads UTF-8; convert it, e.g. with iconv)", ErrBinary)
	}
	bad, invalid, multi := 0, 0, false
	for i := 0; i < len(b); {
		c := b[i]
		if c == 0 {
			return fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
		}
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' || c == 0x7f {
				bad++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			multi = true
		}
		i += n
	}
	if multi {
		bad += invalid // otherwise single-byte text, read as Windows-1252
	}
	if bad > 0 && bad*10 > len(b) {
		return fmt.Errorf("%w: %d of %d bytes are control characters or invalid UTF-8", ErrBinary, bad, len(b))
	}
	return nil
}

// textStages runs normalisation, metadata and segmentation.
func textStages(src Source) *document {
	nt := normalize(src.Text)
	ls := splitLines(nt.text)
	classify(ls)
	m := readMeta(ls, src.Title, src.Date)
	sg := &segmenter{t: nt}
	sg.sentences(ls, func(l *line) bool {
		return l.kind == bodyLine || m.headlineLine >= 0 && l == &ls[m.headlineLine] && isTitleSentence(l)
	})
	d := &document{ID: src.ID, Original: src.Text, Sentences: sg.sent}
	d.Meta = schema.Document{ID: src.ID, Headline: m.headline, Published: m.published}
	for _, a := range m.authors {
		d.Meta.Authors = append(d.Meta.Authors, schema.Entity{IRI: schema.EntityIRI(a), Name: a, Class: schema.Person})
	}
	return d
}

// isTitleSentence reports whether a headline line also counts as sentence 1: it has at
// least three words (a title states something; a one-word kicker does not).
func isTitleSentence(l *line) bool { return l.words >= 3 }

// Result is one extraction of [Loader.ExtractAll]: the source it came from and its
// extraction, or the error for it.
type Result struct {
	// Source is the source read (its Text may be nil after a read error).
	Source Source
	// Extraction is the extraction, nil when Err is set.
	Extraction *schema.Extraction
	// Err is the error for this source: its Source.Err (a *SourceError from reading), or
	// the error of [Loader.Extract].
	Err error
}

// ExtractAll extracts every source of srcs and yields one Result per source, in input
// order, with a nil error. Documents are extracted in parallel on all cores (an
// extraction depends on its document alone, so the results do not depend on the
// parallelism). A per-source problem is carried in its Result's Err and does not stop
// the sequence. When srcs yields a non-nil error, or ctx ends, ExtractAll yields a last
// element, a zero Result paired with that error, and stops; it also stops when the
// consumer does. Each iteration reads srcs again.
func (l *Loader) ExtractAll(ctx context.Context, srcs iter.Seq2[Source, error]) iter.Seq2[Result, error] {
	return func(yield func(Result, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		type job struct {
			src  Source
			res  Result
			done chan struct{}
		}
		workers := runtime.GOMAXPROCS(0)
		jobs := make(chan *job)
		order := make(chan *job, 2*workers)
		var streamErr error // the error srcs ended with; read after order is closed
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := range jobs {
					j.res = Result{Source: j.src, Err: j.src.Err}
					if j.res.Err == nil {
						j.res.Extraction, j.res.Err = l.Extract(ctx, j.src)
					}
					close(j.done)
				}
			}()
		}
		go func() {
			defer close(order)
			defer close(jobs)
			for src, err := range srcs {
				if err != nil {
					streamErr = err
					return
				}
				j := &job{src: src, done: make(chan struct{})}
				select {
				case order <- j:
				case <-ctx.Done():
					return
				}
				select {
				case jobs <- j:
				case <-ctx.Done():
					j.res = Result{Source: src, Err: &DocumentError{ID: string(src.ID), Origin: src.Origin, Err: ctx.Err()}}
					close(j.done)
					return
				}
			}
		}()
		// Stop the producer and the workers, then wait for them, however this function
		// ends: waiting before cancelling would deadlock if the consumer stops while the
		// producer is blocked on a full order channel.
		stop := func() {
			cancel()
			for range order {
			}
			wg.Wait()
		}
		defer stop()
		for j := range order {
			<-j.done
			if err := ctx.Err(); err != nil {
				stop()
				yield(Result{}, err)
				return
			}
			if !yield(j.res, nil) {
				return
			}
		}
		wg.Wait()
		if err := ctx.Err(); err != nil {
			yield(Result{}, err)
		} else if streamErr != nil {
			yield(Result{}, streamErr)
		}
	}
}
