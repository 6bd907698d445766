package loader

// White-box tests of the text stages: normalisation, line shapes, sentences, tokens and
// metadata. Every text here is written for the tests.

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want, reason string
	}{
		{"quotes", "“Yes,” she said, ‘no’.", `"Yes," she said, 'no'.`, "curly quotes become straight"},
		{"spaces", "a\u00a0b\u2009c\td", "a b c d", "no-break, thin and tab become spaces"},
		{"zero width", "co\u200boperation\u00ad", "cooperation", "zero-width space and soft hyphen go"},
		{"crlf", "one\r\ntwo\rthree", "one\ntwo\nthree", "all line ends become \\n"},
		{"ellipsis", "wait…", "wait...", "ellipsis spelled out"},
		{"compose", "Jose\u0301 and Ho\u0323\u0302", "José and H\u1ed9", "base letter and combining marks compose"},
		{"glued lower", "the race walkPremium", "the race walk Premium", "lower-case word glued to a capitalised one"},
		{"glued starter", "the Velmar CharterAccording to aides", "the Velmar Charter\nAccording to aides", "a glued sentence start becomes a line break"},
		{"brand", "the EastLink and YouTube and iPhone", "the EastLink and YouTube and iPhone", "camel-case names are kept"},
		{"handle", "at @JaneDoeNews or #BigNews", "at @JaneDoeNews or #BigNews", "handles and tags are kept"},
		{"invalid", "é a\xffb", "é a\uFFFDb", "invalid UTF-8 in UTF-8 text reads as U+FFFD"},
		{"latin-1", "Caf\xe9 \x93Rh\xf4ne\x94 \x96 \xa0x\x85", "Café \"Rhône\" \u2013  x...", "single-byte text reads as Windows-1252"},
		{"html", "<p>Ann &amp; <b>Bo</b></p><script>var x = '<p>';</script><!-- c --><p>Jo&#8217;s&nbsp;day</p>",
			"\nAnn & Bo\n\nJo's day\n", "an HTML page loses its markup"},
		{"markdown link", "See [the report](https://example.org/r?id=1) and [x](not a link) (or [y](#top)).",
			"See [the report] and [x](not a link) (or [y]).", "a Markdown link keeps its text, not its address"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := normalize([]byte(tt.in)).text
			if got != tt.want {
				t.Errorf("normalize(%q) = %q, want %q (%s)", tt.in, got, tt.want, tt.reason)
			}
		})
	}
}

// TestNormalizeOffsets checks that the spans of normalised words point at the same words
// in the original text.
func TestNormalizeOffsets(t *testing.T) {
	src := "“Ana\u00a0Lopes” met\u200b Jose\u0301 in BrightonAccording…end"
	nt := normalize([]byte(src))
	for _, tc := range []struct{ norm, orig string }{
		{`"Ana`, "“Ana"},
		{`Lopes"`, "Lopes”"},
		{"met", "met"},
		{"José", "Jose\u0301"},
		{"Brighton", "Brighton"},
		{"According...", "According…"},
		{"end", "end"},
	} {
		i := strings.Index(nt.text, tc.norm)
		if i < 0 {
			t.Fatalf("%q not in %q", tc.norm, nt.text)
		}
		a, b := nt.span(i, i+len(tc.norm))
		if got := src[a:b]; got != tc.orig {
			t.Errorf("span of %q = %q, want %q", tc.norm, got, tc.orig)
		}
	}
	// Every position maps inside the original and never backwards.
	prev := 0
	for p := 0; p < len(nt.text); p++ {
		o := nt.origStart(p)
		if o < prev || o > len(src) {
			t.Fatalf("origStart(%d) = %d after %d", p, o, prev)
		}
		prev = o
	}
}

// sentenceTexts segments text and returns the sentence texts.
func sentenceTexts(text string) []string {
	d := textStages(Source{ID: "t", Text: []byte(text)})
	var out []string
	for _, s := range d.Sentences {
		out = append(out, s.Text)
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		reason   string
	}{
		{
			name:   "abbreviations",
			in:     "Gen. Tomas Varga met Capt. Ilse Brun on Sept. 30 in the U.S. capital. The talks ended at 3 p.m. on Feb. 2.",
			want:   []string{"Gen. Tomas Varga met Capt. Ilse Brun on Sept. 30 in the U.S. capital.", "The talks ended at 3 p.m. on Feb. 2."},
			reason: "titles, months before numbers and dotted abbreviations do not end sentences",
		},
		{
			name:   "abbreviation then starter",
			in:     "The money went to the U.S. The rest stayed in Norland.",
			want:   []string{"The money went to the U.S.", "The rest stayed in Norland."},
			reason: "a dotted abbreviation before a sentence-starting word ends the sentence",
		},
		{
			name:   "initials and decimals",
			in:     "J. R. Osei, an economist, said growth was 2.5 percent. Prices rose 3.5. Wages did not.",
			want:   []string{"J. R. Osei, an economist, said growth was 2.5 percent.", "Prices rose 3.5.", "Wages did not."},
			reason: "initials and decimals are not boundaries",
		},
		{
			name:   "quotes",
			in:     `"We will return," the envoy said. "Is it safe?" she asked. "No." He left.`,
			want:   []string{`"We will return," the envoy said.`, `"Is it safe?" she asked.`, `"No."`, "He left."},
			reason: "a question inside quotes followed by a lower-case word continues the sentence",
		},
		{
			name:   "lines",
			in:     "The mayor of Velmar resigned on Monday.\nHer deputy took over the same day.",
			want:   []string{"The mayor of Velmar resigned on Monday.", "Her deputy took over the same day."},
			reason: "a line break ends a sentence",
		},
		{
			name:   "hard wrap",
			in:     "The mayor of Velmar resigned on Monday after a long\nrow with the council over the harbour budget.",
			want:   []string{"The mayor of Velmar resigned on Monday after a long row with the council over the harbour budget."},
			reason: "a wrapped line continuing in lower case is joined",
		},
		{
			name:   "paragraph cut by a scraper",
			in:     "Talks ranged from the harbour\n\nof Velmar to the budget. Then they ended.\n\nlater, a vote followed.",
			want:   []string{"Talks ranged from the harbour of Velmar to the budget.", "Then they ended.", "later, a vote followed."},
			reason: "a paragraph that does not end a sentence goes on in the next one only if it starts in lower case",
		},
		{
			name:   "bullets",
			in:     "Key points of the plan follow below.\n* The Velmar council approves the budget.\n- Mayor Ana Lopes signs it.",
			want:   []string{"Key points of the plan follow below.", "The Velmar council approves the budget.", "Mayor Ana Lopes signs it."},
			reason: "list markers are not part of the sentence",
		},
		{
			name:   "list without full stops",
			in:     "The harbour of Velmar reopened.\nKey facts:\n\n* Norland sends ships to Velmar\n* Ostra closes its harbour\n3. Talks resume in Lund next week\n* Weather",
			want:   []string{"The harbour of Velmar reopened.", "Key facts:", "Norland sends ships to Velmar", "Ostra closes its harbour", "Talks resume in Lund next week"},
			reason: "bulleted items of four words or more are sentences even without a full stop",
		},
		{
			name:   "glued",
			in:     "The council met in August.The mayor was absent.",
			want:   []string{"The council met in August.", "The mayor was absent."},
			reason: "a full stop glued to the next sentence still ends it",
		},
		{
			name:   "dateline",
			in:     "VELMAR, March 3 (Wire) - The harbour reopened on Sunday after the storm.",
			want:   []string{"The harbour reopened on Sunday after the storm."},
			reason: "a wire dateline is not part of the first sentence",
		},
		{
			name:   "mixed-case dateline",
			in:     "Port Vella, Norland (Wire) - The harbour reopened.\nVella — Not a dateline after the first line.",
			want:   []string{"The harbour reopened.", "Vella — Not a dateline after the first line."},
			reason: "a mixed-case dateline needs an agency or a long dash, and only opens the story",
		},
		{
			name:   "no dateline",
			in:     "Norland - which left the union - voted again.",
			want:   []string{"Norland - which left the union - voted again."},
			reason: "a short hyphen after a mixed-case word is not a dateline",
		},
		{
			name:   "empty",
			in:     "  \n\n \t ",
			want:   nil,
			reason: "white space has no sentence",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences(%q)\n got %q\nwant %q\n(%s)", tt.in, got, tt.want, tt.reason)
			}
		})
	}
}

// TestBoilerplate checks that web furniture never becomes a sentence while the body does.
func TestBoilerplate(t *testing.T) {
	text := strings.Join([]string{
		"Storm Closes Velmar Harbour",
		"",
		"Saturday, March 8, 2014",
		"",
		"The harbour of Velmar closed on Friday as a storm reached the coast of Norland.",
		"[Photo: Harbour at dusk / Jan Berg]",
		"Share this article",
		"",
		"Readers Also Liked",
		"Farm output rises in the north as rains return to the...Premium",
		"Ten ways to save on heating this winter, says a new...",
		"Local choir wins national prize for the second timePremium",
		"",
		"Velmar, Norland, storm, harbour, weather news, coast guard",
		"Mayor Ana Lopes said the harbour would reopen on Monday.",
		"Posted in Weather, Norland. Bookmark the permalink.",
		"Your email address will not be published. Required fields are marked *",
		"Follow us on https://example.org/velmar",
		"Leave a Reply",
		"Fishing boats in the harbour last winter. Photograph: Jan Berg/Wire",
		"Share on Facebook Share on Twitter",
		"Sign up to our daily newsletter, the best of the news.",
		"Last modified on Tue 11 Mar 2014 10.22 GMT",
		"Norland, Velmar, Ostra, Lund sign the harbour pact.",
		"Crowds gather in the square of Velmar, May 3, 2014. (Wire Photo/Jan Berg)",
		"Fishing boats at dawn. Image: Jan Berg.",
		"(Reporting by Tove Lund; Editing by Ann Poe)",
	}, "\n")
	got := sentenceTexts(text)
	want := []string{
		"Storm Closes Velmar Harbour",
		"The harbour of Velmar closed on Friday as a storm reached the coast of Norland.",
		"Mayor Ana Lopes said the harbour would reopen on Monday.",
		"Norland, Velmar, Ostra, Lund sign the harbour pact.",
		"Fishing boats at dawn.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences\n got %q\nwant %q", got, want)
	}
}

func TestSentenceSpans(t *testing.T) {
	text := "Headline About Velmar\n\n“Ana Lopes\u00a0won,” aides said.  Turnout was high…\nThe count ended."
	d := textStages(Source{ID: "t", Text: []byte(text)})
	wantOrig := []string{"Headline About Velmar", "“Ana Lopes\u00a0won,” aides said.", "Turnout was high…", "The count ended."}
	if len(d.Sentences) != len(wantOrig) {
		t.Fatalf("got %d sentences, want %d: %+v", len(d.Sentences), len(wantOrig), d.Sentences)
	}
	for i, s := range d.Sentences {
		if got := text[s.Start : s.Start+s.Length]; got != wantOrig[i] {
			t.Errorf("sentence %d spans %q, want %q", s.N, got, wantOrig[i])
		}
		for _, tok := range s.Tokens {
			if tok.Start < s.Start || tok.End > s.Start+s.Length || tok.Start >= tok.End {
				t.Errorf("token %q [%d,%d) outside sentence %d", tok.Text, tok.Start, tok.End, s.N)
			}
		}
	}
	var toks []string
	for _, tok := range d.Sentences[1].Tokens {
		toks = append(toks, tok.Text+"="+text[tok.Start:tok.End])
	}
	want := []string{`"=“`, "Ana=Ana", "Lopes=Lopes", "won=won", ",=,", `"=”`, "aides=aides", "said=said", ".=."}
	if !reflect.DeepEqual(toks, want) {
		t.Errorf("tokens %q, want %q", toks, want)
	}
}

func TestTokens(t *testing.T) {
	d := textStages(Source{ID: "t", Text: []byte("The U.S. envoy met al-Amin's aide O'Neil, paying $3.5 million.")})
	var got []string
	for _, tok := range d.Sentences[0].Tokens {
		got = append(got, tok.Text)
	}
	want := []string{"The", "U.S.", "envoy", "met", "al-Amin", "'s", "aide", "O'Neil", ",", "paying", "$", "3.5", "million", "."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens\n got %q\nwant %q", got, want)
	}
}

func TestParseDate(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2019-03-05", day(2019, 3, 5), true},
		{"2019-03-05T14:30:00Z", time.Date(2019, 3, 5, 14, 30, 0, 0, time.UTC), true},
		{"2019-03-05T16:30:00+02:00", time.Date(2019, 3, 5, 14, 30, 0, 0, time.UTC), true},
		{"1987-02-26T15:01:01", day(1987, 2, 26), true},
		{"Tuesday, March 5, 2019", day(2019, 3, 5), true},
		{"Tue, Mar 05, 2019", day(2019, 3, 5), true},
		{"5 March 2019", day(2019, 3, 5), true},
		{"Sept. 30, 2015", day(2015, 9, 30), true},
		{"05-03-2019 at 10:15:00 pm", day(2019, 3, 5), true},
		{"Tue 5 Mar 2019 10.22 GMT", day(2019, 3, 5), true},
		{"5th March 2019", day(2019, 3, 5), true},
		{"March 21st, 2019, 9:05 PM IST", day(2019, 3, 21), true},
		{"03/05/2019", day(2019, 3, 5), true},
		{"25/12/2019", day(2019, 12, 25), true},
		{"31-02-2019", time.Time{}, false},
		{"The council met", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if ok != tt.ok || !got.Equal(tt.want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestMeta(t *testing.T) {
	tests := []struct {
		name, text, title, date string
		headline                string
		published               time.Time
		authors                 []string
	}{
		{
			name:      "headline, date line and byline",
			text:      "Velmar Votes for a New Mayor\n\nMonday, May 6, 2019\n\nBy Mira Kovac and Jon Abel, Middle East Editor\n\nVoters in Velmar chose Ana Lopes on Sunday.",
			headline:  "Velmar Votes for a New Mayor",
			published: time.Date(2019, 5, 6, 0, 0, 0, 0, time.UTC),
			authors:   []string{"Mira Kovac", "Jon Abel"},
		},
		{
			name:     "report by",
			text:     "A Wire report by Tove Lund and Ali Reza Hamidi says the port will close. The mayor agreed.",
			authors:  []string{"Tove Lund", "Ali Reza Hamidi"},
			headline: "",
		},
		{
			name:    "report by an organisation",
			text:    "A report by Human Rights Watch and Jan Berg says the port will close.",
			authors: []string{"Jan Berg"},
		},
		{
			name:    "wire footer",
			text:    "The port of Velmar reopened on Monday.\n(Reporting by Tove Lund in Port Vella and Jan Berg; Additional reporting by Ali Reza Hamidi; Editing by Ann Poe)",
			authors: []string{"Tove Lund", "Jan Berg", "Ali Reza Hamidi"},
		},
		{
			name:      "labelled date wins",
			text:      "Port Reopens\n\nThe port reopened on Monday.\n\nFirst published on: 14-10-2015 at 10:00:00 am",
			headline:  "Port Reopens",
			published: time.Date(2015, 10, 14, 0, 0, 0, 0, time.UTC),
		},
		{
			name:      "source title and date",
			text:      "The port reopened on Monday after repairs.",
			title:     "Port reopens",
			date:      "2020-01-07",
			headline:  "Port reopens",
			published: time.Date(2020, 1, 7, 0, 0, 0, 0, time.UTC),
		},
		{
			name:     "markdown heading",
			text:     "# Port Reopens After Repairs\n\nThe port reopened on Monday.",
			headline: "Port Reopens After Repairs",
		},
		{
			name:     "first line is a sentence",
			text:     "The port of Velmar reopened on Monday after repairs to the pier.\nShips returned.",
			headline: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := textStages(Source{ID: "t", Text: []byte(tt.text), Title: tt.title, Date: tt.date})
			if d.Meta.Headline != tt.headline {
				t.Errorf("headline %q, want %q", d.Meta.Headline, tt.headline)
			}
			if !d.Meta.Published.Equal(tt.published) {
				t.Errorf("published %v, want %v", d.Meta.Published, tt.published)
			}
			var as []string
			for _, a := range d.Meta.Authors {
				as = append(as, a.Name)
			}
			if !reflect.DeepEqual(as, tt.authors) {
				t.Errorf("authors %q, want %q", as, tt.authors)
			}
		})
	}
}

// TestMessyArticle runs the text stages on an invented page with the usual furniture of
// news sites around two paragraphs of body text.
func TestMessyArticle(t *testing.T) {
	text := strings.Join([]string{
		"Home | World | Middle East | Norland",
		"Norland Troops Shell Rebel Positions Near Port Vella",
		"By Sarah Lyons, Wire | Published: 14 October 2019 10:22 GMT",
		"Image caption Soldiers near the border",
		"VELLA (Wire) — Norland artillery shelled positions held by the Delta Front near Port Vella on Sunday, officials said.",
		"The strikes came a day after President Ivo Marek warned the group.",
		"Related: Marek vows to press ahead",
		"Advertisement",
		"Click here to subscribe to our daily briefing",
		"Copyright © 2019 Example News. All rights reserved.",
		"Topics: Norland, Delta Front, Port Vella",
		"More than 40 people have been hurt since the fighting began, the Red Cross said.",
		"",
		"Most Read",
		"Storm hits the coast",
		"Markets fall again",
		"Five things to know today",
	}, "\n")
	d := textStages(Source{ID: "messy", Text: []byte(text)})
	var got []string
	for _, s := range d.Sentences {
		got = append(got, s.Text)
	}
	want := []string{
		"Norland Troops Shell Rebel Positions Near Port Vella",
		"Norland artillery shelled positions held by the Delta Front near Port Vella on Sunday, officials said.",
		"The strikes came a day after President Ivo Marek warned the group.",
		"More than 40 people have been hurt since the fighting began, the Red Cross said.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences\n got %q\nwant %q", got, want)
	}
	if d.Meta.Headline != want[0] {
		t.Errorf("headline %q", d.Meta.Headline)
	}
	if !d.Meta.Published.Equal(time.Date(2019, 10, 14, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("published %v", d.Meta.Published)
	}
	if len(d.Meta.Authors) != 1 || d.Meta.Authors[0].Name != "Sarah Lyons" {
		t.Errorf("authors %+v", d.Meta.Authors)
	}
}

// FuzzTextStages checks the text stages alone: each sentence's text is its original span
// normalised, with white space collapsed; tokens lie inside their sentence, in order;
// sentences do not overlap.
func FuzzTextStages(f *testing.F) {
	for _, s := range []string{
		"Gen. Ana Lopes met J. R. Osei in the U.S. on Sept. 30. They talked.",
		"“Quoted,” she said…\u00a0Then theyLeft.\r\n* A bullet point here.",
		"VELMAR (Wire) - The harbour reopened.\nShare this\n\nfaqihassadDictators rule.",
		"Jose\u0301 and the cafe\u0301 in Ho\u0323\u0302 stayed open a long\nwhile after.",
		"\xff\xfe\x80 and text.",
		"<html><body><p>Ana <b>Lopes</b> met &amp; greeted Jo.</p><script>x</script><p>They left.</p></body></html>",
		"See [the report](https://example.org/r) by Ana Lopes. It was [long](#x).",
		"Caf\xe9 owner Jos\xe9 met Ren\xe9e. \x93Yes.\x94",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := textStages(Source{ID: "f", Text: []byte(text)})
		end := 0
		for _, s := range d.Sentences {
			if s.Start < end || s.Start+s.Length > len(text) || s.Length <= 0 {
				t.Fatalf("sentence %d [%d,+%d) overlaps or leaves the text", s.N, s.Start, s.Length)
			}
			end = s.Start + s.Length
			if got := collapseSpaces(normalizeAs([]byte(text[s.Start:end]), readingOf([]byte(text))).text); got != s.Text {
				t.Fatalf("sentence %d text %q, its span normalises to %q", s.N, s.Text, got)
			}
			prev := s.Start
			for _, tok := range s.Tokens {
				if tok.Start < prev || tok.End > end || tok.Start >= tok.End {
					t.Fatalf("token %q [%d,%d) out of order or outside [%d,%d)", tok.Text, tok.Start, tok.End, s.Start, end)
				}
				prev = tok.End
			}
		}
	})
}

// BenchmarkTextStages runs normalisation, segmentation and metadata on the seed articles.
func BenchmarkTextStages(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "examples", "corpus", "*.txt"))
	var srcs []Source
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, Source{ID: "b", Text: t})
	}
	for b.Loop() {
		for _, s := range srcs {
			textStages(s)
		}
	}
}
