package loader

import (
	"context"
	"fmt"
	"iter"
	"runtime"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// Options configures a Loader. The zero value and nil are the defaults.
type Options struct {
	// Registry gives the entities already known (for instance a *graph.Graph), so names
	// resolve to stored entities. Nil: only the entities this Loader has extracted.
	Registry Registry
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

// Loader reads documents into extractions. It remembers the entities it has extracted,
// so a name read in one document resolves to the entity of an earlier one. A Loader is
// safe for concurrent use by multiple goroutines; for a deterministic result over many
// documents use [Loader.ExtractAll], which analyses them in input order.
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
	ents, facts, err := l.sem.analyze(ctx, d)
	if err != nil {
		return nil, &DocumentError{ID: string(src.ID), Origin: src.Origin, Err: err}
	}
	x := buildExtraction(d, ents, facts)
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
	// Err is the error for this source: a *SourceError from reading, or the error of
	// [Loader.Extract].
	Err error
}

// ExtractAll extracts every source of srcs and yields one Result per source, in input
// order. The text stages of several documents run in parallel on all cores; the
// semantic stages run one document at a time in input order, so the result is
// deterministic (entity resolution depends on the documents read before). A per-source
// error is yielded in its Result and does not stop the sequence; ExtractAll stops when
// ctx ends (yielding a last Result with ctx.Err()) or when the consumer stops. Each
// iteration reads srcs again.
func (l *Loader) ExtractAll(ctx context.Context, srcs iter.Seq2[Source, error]) iter.Seq[Result] {
	return func(yield func(Result) bool) {
		parent := ctx
		var cut atomic.Bool // the producer stopped before the end of srcs
		ctx, cancel := context.WithCancel(ctx)
		type job struct {
			src  Source
			err  error
			doc  *document
			done chan struct{}
		}
		workers := runtime.GOMAXPROCS(0)
		jobs := make(chan *job)
		order := make(chan *job, 2*workers)
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := range jobs {
					if j.err == nil {
						j.doc, j.err = l.prepare(ctx, j.src)
					}
					close(j.done)
				}
			}()
		}
		go func() {
			defer close(order)
			defer close(jobs)
			for src, err := range srcs {
				j := &job{src: src, err: err, done: make(chan struct{})}
				select {
				case order <- j:
				case <-ctx.Done():
					cut.Store(true)
					return
				}
				select {
				case jobs <- j:
				case <-ctx.Done():
					j.err = ctx.Err()
					close(j.done)
					cut.Store(true)
					return
				}
			}
		}()
		// Stop the producer and the workers, then wait for them, however this function
		// ends: waiting before cancelling would deadlock if a stage panics while the
		// producer is blocked on a full order channel.
		defer func() {
			cancel()
			for range order {
			}
			wg.Wait()
		}()
		for j := range order {
			<-j.done
			r := Result{Source: j.src, Err: j.err}
			if r.Err == nil {
				r.Extraction, r.Err = l.finish(ctx, j.src, j.doc)
			}
			if ctxErr := ctx.Err(); ctxErr != nil {
				yield(Result{Source: j.src, Err: &DocumentError{ID: string(j.src.ID), Origin: j.src.Origin, Err: ctxErr}})
				cancel()
				for range order {
				}
				return
			}
			if !yield(r) {
				cancel()
				for range order {
				}
				return
			}
		}
		if err := parent.Err(); err != nil {
			if cut.Load() {
				yield(Result{Err: &DocumentError{Err: err}}) // the sources were cut short
			}
		}
	}
}
