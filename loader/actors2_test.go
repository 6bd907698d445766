package loader

// The lexicon of political people (people.go, data/people.tsv) and bare titles (branch
// actors2), each tried on sentences of our own about well-known politicians.

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/schema"
)

// actorFacts analyzes the sentences as one document published on date (zero: undated).
func actorFacts(t *testing.T, date time.Time, sents ...string) map[string]bool {
	t.Helper()
	d := testDoc("actors2", sents...)
	d.Meta.Published = date
	_, got := analyzeT(t, newSemantics(nil), d)
	return got
}

// TestPeopleLexicon checks the lexicon's reading of people.tsv: a person's country, the
// aliases kept, and the names left out (bare surnames, titled synonyms).
func TestPeopleLexicon(t *testing.T) {
	if p := knownPolitician("Tony Blair"); p == nil || p.country != "United Kingdom" {
		t.Fatalf("Tony Blair: %+v", p)
	}
	if p := knownPolitician("George H. W. Bush"); p == nil || p.name != "George Bush" {
		t.Errorf("George H. W. Bush: %+v", p)
	}
	for _, n := range []string{"Blair", "Reagan", "President Reagan", "Gov. Ronald Reagan"} {
		if p := knownPolitician(n); p != nil {
			t.Errorf("%q should not be a whole name of the lexicon: %+v", n, p)
		}
	}
	reagan := knownPolitician("Ronald Reagan")
	if reagan == nil {
		t.Fatal("Ronald Reagan missing")
	}
	in1987 := time.Date(1987, 3, 1, 0, 0, 0, 0, time.UTC)
	in1975 := time.Date(1975, 3, 1, 0, 0, 0, 0, time.UTC)
	if !reagan.holds(in1987, true, false) || reagan.holds(in1975, true, false) || !reagan.holds(time.Time{}, true, false) {
		t.Errorf("Ronald Reagan's head role by date is wrong: %+v", reagan.roles)
	}
}

// TestBareTitleOfKnownPerson checks that a bare head's title of a known politician takes the
// politician's country in a story about two countries, where no country dominates.
func TestBareTitleOfKnownPerson(t *testing.T) {
	got := actorFacts(t, time.Time{},
		"Britain and Iraq agreed on a new oil pipeline deal on Tuesday.",
		"Iraq's oil ministry said exports would rise by a third.",
		"Iraq will ship more crude through Basra, and Iraq's cabinet welcomed the plan.",
		"Prime Minister Tony Blair said the deal was good for both sides.",
		"Iraq's parliament must still approve it.")
	if !got["Tony Blair leads United Kingdom"] {
		t.Errorf("missing Tony Blair leads United Kingdom; got %v", got)
	}
	if got["Tony Blair leads Iraq"] {
		t.Errorf("Tony Blair leads Iraq")
	}
}

// TestForeignHeadInOneCountryStory checks that a foreign head in a story dominated by
// another country takes no country of the story.
func TestForeignHeadInOneCountryStory(t *testing.T) {
	got := actorFacts(t, time.Time{},
		"France's farmers blocked roads near Paris on Thursday.",
		"The French cabinet said it would meet the farmers next week.",
		"France exports much of its wheat to North Africa.",
		"President George W. Bush praised the farmers' patience during a short visit.",
		"French unions backed the protest.")
	if got["George W. Bush leads France"] {
		t.Errorf("a foreign head took the story's country: %v", got)
	}
}

// TestNamesakeIsNoPolitician checks that a namesake described as no politician gets no
// country from the lexicon.
func TestNamesakeIsNoPolitician(t *testing.T) {
	got := actorFacts(t, time.Time{},
		"Peru's farmers staged a protest in Lima on Friday.",
		"Peru's government promised new aid to the farmers.",
		"Tony Blair, a baker who sells bread at the market, joined the march.")
	for _, f := range []string{"Tony Blair leads United Kingdom", "Tony Blair memberOf United Kingdom", "Tony Blair leads Peru", "Tony Blair memberOf Peru"} {
		if got[f] {
			t.Errorf("namesake: unexpected %q", f)
		}
	}
}

// TestTitleNeverHeld checks that a dated story whose date falls outside the person's time
// in government gives a head's title no country from the lexicon, nor the story's.
func TestTitleNeverHeld(t *testing.T) {
	sents := []string{
		"Japan and the United States resumed trade talks in Tokyo on Monday.",
		"Japan's negotiators said car imports were on the table.",
		"Japan will also buy more rice from American farms.",
		"President Ronald Reagan told reporters the talks had gone well.",
		"Tokyo will send a delegation to Washington next month.",
	}
	got := actorFacts(t, time.Date(1987, 4, 2, 0, 0, 0, 0, time.UTC), sents...)
	if !got["Ronald Reagan leads United States"] || got["Ronald Reagan leads Japan"] {
		t.Errorf("1987: want Ronald Reagan leads United States only; got %v", got)
	}
	got = actorFacts(t, time.Date(1975, 4, 2, 0, 0, 0, 0, time.UTC),
		"Japan and Peru resumed trade talks in Tokyo on Monday.",
		"Peru's negotiators said fish exports were on the table.",
		"Peru will also buy more cars from Japanese firms.",
		"President Ronald Reagan told reporters the talks had gone well.")
	for _, f := range []string{"Ronald Reagan leads United States", "Ronald Reagan leads Peru", "Ronald Reagan leads Japan"} {
		if got[f] {
			t.Errorf("1975: unexpected %q", f)
		}
	}
}

// TestIndefiniteTitleOfKnownPerson checks that "a prime minister X will make" gives X no
// country: a post X may hold one day, not one the text says X holds.
func TestIndefiniteTitleOfKnownPerson(t *testing.T) {
	got := actorFacts(t, time.Time{},
		"Britain and France argued over farm subsidies at the summit in Brussels.",
		"Britain's negotiators said France had refused to give ground.",
		"Some in Westminster wondered what sort of a prime minister David Cameron would make.")
	if got["David Cameron leads United Kingdom"] {
		t.Errorf("indefinite title: unexpected David Cameron leads United Kingdom")
	}
}

// TestKnownPersonAfterPreposition checks that a whole name of the lexicon of people after a
// preposition of place is a person, not a place, while a longer name it begins (a street, a
// foundation) keeps the class its own words give.
func TestKnownPersonAfterPreposition(t *testing.T) {
	runNameCases(t, []nameCase{{
		sents: []string{"The envoy handed the letter to Hosni Mubarak on Sunday."},
		want:  map[string]schema.Class{"Hosni Mubarak": schema.Person},
	}, {
		sents: []string{"The contract went from Nursultan Nazarbayev to his allies."},
		want:  map[string]schema.Class{"Nursultan Nazarbayev": schema.Person},
	}, {
		sents: []string{"Protesters marched to Hosni Mubarak Street in the rain."},
		not:   []string{"Hosni Mubarak"},
	}})
}

// TestHeadTitleNeverHeld checks that a head's title for a person the lexicon knows in no
// government role of a head's kind (an intelligence chief) gives neither the person's
// country nor the story's.
func TestHeadTitleNeverHeld(t *testing.T) {
	got := actorFacts(t, time.Time{},
		"France and the United States signed a new aviation pact in Paris on Friday.",
		"France's transport ministry said flights would rise.",
		"France will add routes to four American cities, and France's airlines welcomed it.",
		"President George Tenet said the pact was a good one.")
	for _, f := range []string{"George Tenet leads United States", "George Tenet leads France"} {
		if got[f] {
			t.Errorf("unexpected %q", f)
		}
	}
}
