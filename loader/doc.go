// Package loader reads English news articles into the quads of the newsgraph ontology
// (ONTOLOGY.md): entities with classes, names and aliases, facts between them labelled
// with the IRI of the sentence they were read from, and document metadata. It runs
// offline and deterministically, imports only the standard library, schema, loader/syntax
// and its own internal packages, and never imports graph: a store comes in through the [Store]
// interface.
//
// A [Loader] is made by [New] and reads one [Source] with [Loader.Extract], or a sequence
// of them with [Loader.ExtractAll]. [ReadPaths] makes sources from files, directories and
// JSON-lines corpora (.jsonl, .jsonl.gz with "id", "title", "date", "text"), [FromReader]
// from any reader. The result is a *schema.Extraction; its Quads method gives the quads,
// sorted and byte-identical across runs. [Load] streams sources through the loader into a
// store (a *graph.Graph) in batches: the fast way to load a corpus, and what the command
// line uses.
//
// # Two stages: a document, then the set
//
// The extraction of a document depends on that document (and the loader's lexicons)
// alone: its entities are the document's own, and its facts link them. A Loader keeps
// nothing from one document to the next, so documents may be extracted in any order and
// on all cores. Resolution across documents (a surname alone read here, the full name
// read there; two spellings of one name) is a second stage, a function of the set of
// documents: a graph runs it over the documents it holds whenever one comes or goes,
// and [Resolve] runs it over a slice of extractions (as newsgraph extract and eval do).
// For it, each extraction carries, per entity, its class, the names the document writes
// with their counts and name keys, and the lexicon's name when a lexicon knows the
// entity (schema.Extraction.Names).
//
// # Document ids
//
// A document's id is unique and stable: a file given as an argument of [ReadPaths] is
// its name without the extension; a file found under a directory given is its path
// relative to that directory, without the extension ("2019/jan/story"); a JSON-lines
// record is its "id" field; a text without a name (standard input) is [StdinID] of its
// text, unless the caller names it. Two documents of one [ReadPaths] sequence with one
// id are both refused, each with an error naming the other.
//
// # Streams
//
// Results that can be large are iter.Seq2[T, error] values, and a non-nil error ends
// the stream (it is the last element, paired with a zero T). A failure of one document
// that must not stop a batch is carried inside the item instead: [Source].Err for a
// source that could not be read, [Result].Err for a document that could not be
// extracted. [ReadPaths] and [Loader.ExtractAll] follow this convention.
//
// # Pipeline
//
// Each stage has its own file. The text stages (1-3) keep byte offsets into the original
// text, so every sentence and token can say where it was read.
//
//  1. Normalisation (normalize.go) rewrites the text: invalid UTF-8 to U+FFFD, line ends
//     to "\n", tabs and Unicode spaces to " ", zero-width characters and soft hyphens
//     removed, curly quotes and primes to straight ones, "…" to "...", Latin letters with
//     combining marks composed (NFC for Latin script, from a table generated from
//     Unicode data), and words glued by scraping split ("walkPremium", or a line break
//     in "…FaqihAccording to…"). A run map takes every normalised byte back to the
//     original bytes it came from.
//  2. Segmentation (segment.go) cuts lines and classifies each by shape alone: body
//     text; heading (short, no sentence punctuation); boilerplate (navigation trails,
//     photo credits and captions, share/subscribe/comment furniture, links, teasers cut
//     with "...", keyword lists, copyright lines, and blocks made mostly of unpunctuated
//     lines); date lines; bylines. Body lines are cut into sentences: "." ends a sentence
//     unless it follows a title ("Gen.", "Capt."), an initial ("J. R."), or an
//     abbreviation ("U.S.", "Feb.", "Sept.", "Inc.") not followed by a word that usually
//     starts a sentence; "?" and "!" end one unless a lower-case word follows; closing
//     quotes stay with their sentence; decimals are never cut. Hard-wrapped lines are
//     joined, list markers and a wire dateline ("BEIRUT (Reuters) - ") are left out.
//     Tokens (words, possessive "'s", punctuation) carry byte spans.
//  3. Metadata (meta.go) reads the headline (the source's title, else a first line
//     shaped like a title), the publication date (the source's date, else a labelled
//     date such as "Published: …", else a line that is only a date), and the authors
//     (byline lines "By A and B", and "a … report by A and B" in the first lines).
//  4. Mentions (mention.go, lexicon.go; names delimited by their acronyms in namespan.go,
//     royal titles and sports teams in peerage.go, bare legislatures in legislature.go,
//     legislators' party-and-state tags in partytag.go) find people, organisations,
//     countries and places. A headline in title case first takes its capitals from the
//     body (headline.go). An unknown capitalised pair is a person's name only on
//     evidence: a title, a given name (firstnames.txt, genders.tsv), a whole name of
//     people.tsv (people.go: "to X Y" is then no place), a speech verb, a
//     particle of names, or no English word (commonwords.txt, from UD English EWT) at
//     its ends; "Finding Velka" and "Copper Brothers" are no entities. A rare given
//     name before an English-word surname ("Oriel Hunt") is a person's on evidence in
//     the sentence or the document (personcue.go): a speech verb after it, "according
//     to", a person's noun before it, in apposition or after its copula, an age, "Mr" or
//     "Ms" with the surname elsewhere, the surname alone before a speech verb, a "He" or
//     "She" opening the next sentence, or a list with a person of a known given name.
//     A name the document marks as a work's title anywhere ("the show X", "the X movie",
//     "X actress Y", "Y's The X"), one opening with another language's article ("La X"),
//     or ending in a kind of goods ("X Scotch") or "Awards" is no person; a title's last
//     word or a sentence-opening verb form before a given name is no part of the name
//     ("Group Chief Executive X", "Featuring X and Y,"). A resident's demonym before a
//     name is no part of it ("Texan X Y", resident.go); an outlet named with a country
//     after its kind's noun is one body ("the newspaper Nihon X", outletcue.go); an
//     unknown capitalised word standing alone takes a class from its document's cues
//     ("X said it would", "shares in X", "Mr X"; singlecue.go) or none. A capital
//     that acts is the state of the past that governed from it when the document names
//     that state and not the present one ("Moscow said" among "Soviet troops",
//     formercapital.go).
//  5. Resolution (resolve.go) makes one entity per referent of the document (a full name
//     with and without its middle name or initial is one person, two different middle
//     initials two; a given name's initial is the one person of the document with that
//     surname and given initial ("D Kestrel" of a line-up, "Dan Kestrel"); a suffix
//     ("Jr.") is no surname, and "Jr." and "Sr." are two; a surname is an alias only
//     where the document writes it alone; a body's short name is its long one when the document writes only one
//     long name ending in it, "People's Party" after "the Ruritanian People's Party"; a surname alone that two persons share goes to the one named in
//     full before it, of its title's gender, not introduced as the other's relative;
//     else to no one); resolution
//     across documents is internal/resolve's, over the emitted EntityNames (a person's
//     names, and the posts, gender and peer's style its titles give it; a royal title
//     before a given name alone, "Prince Charles", is such a style too). Two capitals
//     that spell no name of the document are no body unless a title, a possessive, a
//     demonym or a body's preposition goes with them ("BT chairman", "of GM"), or the
//     one country of the document whose initials they spell ("NZ"). An acronym the
//     document spells out in brackets is what it spells, never a lexicon body of the
//     same initials, and so is one it introduces with "known (by its ... initials) as";
//     a firm's first word alone is no one's when two bodies of the document begin with
//     it (a parent and its unit); a bare chamber or highest court ("the House of Commons", "the
//     Supreme Court", data/legislatures.tsv) and a ministry named by its portfolio alone
//     ("the Finance Ministry") are the body of the story's most-named country, by name
//     only, so that same-named bodies of two countries stay two across documents.
//  6. Relations read the facts between entities: word patterns (relation.go, pattern.go,
//     over the trigger lexicon of trigger.go and data/triggers*.tsv; what they must not
//     read as events, plans, charges, nouns of a verb's form, firms' deals, in ahead.go;
//     joint subjects of a meeting with someone unnamed, in cosubject.go), document context for
//     bare titles (doccountry.go; actorcountry.go for the country that acts; predtitle.go
//     for a post given as a predicate, "was made agriculture secretary"; docbody.go for
//     the document's one parliament or international body; people.go for the holder the
//     lexicon of political people, data/people.tsv, places in one country), coreference
//     of bare names and group, country, place and person descriptions (coref.go, pairdesc.go,
//     placedesc.go, unnamed.go) and of "they", "them", "their", "it" and "its" continuing a
//     body, a country or names joined by "and" that open the sentence before, with no rival
//     there (bodypronoun.go; "they" for "A and B" is a group entity whose facts are each
//     member's), names and bodies coordinated under a plural title and
//     paired one to one ("A and B, the leaders of X and Y": respective.go), and, when a
//     parsing model is present, templates over the dependency tree
//     of the sentences that can hold a fact (tree.go, construct.go, titlenominal.go; the
//     gate of gate.go picks them in the first stage, and each is parsed when a template
//     first reads its tree; parse.go adapts loader/syntax; collapse.go can parse each
//     multiword name as one word, an experiment that is off: see its comment).
//  7. Emission (emit.go) assembles the schema.Extraction in a canonical order: entities
//     by IRI, facts by subject, predicate and object, evidence by sentence; authors are
//     Person entities, merged with a person of the same name found in the text; and the
//     names of each entity (schema.EntityNames) for resolution across documents.
//
// The text stages run in loader.go; the semantic stages (4-6) sit behind one type whose
// seam is described in contract.go.
//
// # Sentences and the headline
//
// Sentences are numbered from 1 in document order. A headline found in the text is both
// the document's headline and, when it has at least three words, sentence 1, because
// headlines state facts too ("Minister in Paris"). A title given by the source (a
// JSON-lines "title") is not in the text, so it is only the headline. Headings,
// boilerplate, date lines and byline lines are never sentences.
//
// # Errors and odd input
//
// Empty or white-space-only text gives an extraction with the document and nothing else
// (no error). Invalid UTF-8 is accepted and read as U+FFFD (text with no multi-byte UTF-8
// at all, such as a Latin-1 file, is read as Windows-1252); spans still count bytes of
// the text as given. An HTML page loses its tags, comments, scripts and styles, and its
// character references are decoded. [Inspect] reports all of these as warnings. UTF-16 is
// rejected with ErrBinary, saying so. Text with a NUL byte, or with more than one byte in ten a control
// character or invalid UTF-8, is rejected with ErrBinary; text longer than
// Options.MaxDocumentBytes (4 MiB by default) with ErrTooLarge; both inside a
// *DocumentError naming the document and its origin. [ReadPaths] reports a problem with
// one document as a *SourceError (file, line and byte offset) and goes on.
//
// # Caveats
//
// Boilerplate is recognised from the shape of a line, not from a list of sites, so an
// unusual page can lose a short unpunctuated body line (taken for a heading) or keep a
// teaser written as a full sentence. Sentence splitting inside quotations follows the
// punctuation, so a quoted passage of several sentences is several sentences. A single
// capitalised word that its own document gives no class (no title, no context) is no
// entity, even when other documents know it ("Cobremar hired miners." alone): the class
// of a word is not guessed from other documents, since an extraction must not depend on
// them.
package loader
