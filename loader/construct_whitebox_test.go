package loader

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The construction tests parse sentences written for them (no development, PLOVER or
// corpus sentence), given as hand-made trees in the conventions of UD English EWT: one
// word a line, "form lemma UPOS head relation" with heads counted from 1 (0 the root).
// Names are invented, so that no lexicon entry helps.

// parseTestTree reads a tree and the mentions, given as 1-based inclusive word ranges.
func parseTestTree(t *testing.T, src string, mentions ...string) (*tree, []treeMention, []string) {
	t.Helper()
	var nodes []node
	for _, line := range strings.Split(strings.TrimSpace(src), "\n") {
		f := strings.Fields(line)
		if len(f) != 5 {
			t.Fatalf("bad tree line %q", line)
		}
		h, err := strconv.Atoi(f[3])
		if err != nil {
			t.Fatal(err)
		}
		nodes = append(nodes, node{Form: f[0], Lemma: f[1], UPOS: f[2], Head: h - 1, Rel: f[4]})
	}
	var ms []treeMention
	var names []string
	for _, m := range mentions {
		a, b, _ := strings.Cut(m, "-")
		i, _ := strconv.Atoi(a)
		j, err := strconv.Atoi(b)
		if err != nil {
			j = i
		}
		ms = append(ms, treeMention{Start: i - 1, End: j})
		var ws []string
		for _, n := range nodes[i-1 : j] {
			ws = append(ws, n.Form)
		}
		names = append(names, strings.Join(ws, " "))
	}
	return newTree(nodes), ms, names
}

func TestTreeConstructions(t *testing.T) {
	tests := []struct {
		name, sentence, tree string
		mentions             []string
		want                 []string // "subject predicate object", sorted
		reason               string
	}{
		{
			name: "active", sentence: "Ruritania shelled Lakeville on Tuesday.",
			tree: `Ruritania Ruritania PROPN 2 nsubj
shelled shell VERB 0 root
Lakeville Lakeville PROPN 2 obj
on on ADP 5 case
Tuesday Tuesday PROPN 2 obl
. . PUNCT 2 punct`,
			mentions: []string{"1", "3"},
			want:     []string{"Ruritania fights Lakeville"},
		},
		{
			name: "passive with an agent named by a demonym", sentence: "Lakeville was shelled by Ruritanian forces.",
			tree: `Lakeville Lakeville PROPN 3 nsubj:pass
was be AUX 3 aux:pass
shelled shell VERB 0 root
by by ADP 6 case
Ruritanian Ruritanian ADJ 6 amod
forces force NOUN 3 obl:agent
. . PUNCT 3 punct`,
			mentions: []string{"1", "5"},
			want:     []string{"Ruritanian fights Lakeville"},
			reason:   "the passive subject is the object; the forces act for their country",
		},
		{
			name: "negation", sentence: "Ruritania did not attack Lakeville.",
			tree: `Ruritania Ruritania PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
attack attack VERB 0 root
Lakeville Lakeville PROPN 4 obj
. . PUNCT 4 punct`,
			mentions: []string{"1", "5"},
		},
		{
			name: "plain future", sentence: "Ruritania will attack Lakeville.",
			tree: `Ruritania Ruritania PROPN 3 nsubj
will will AUX 3 aux
attack attack VERB 0 root
Lakeville Lakeville PROPN 3 obj
. . PUNCT 3 punct`,
			mentions: []string{"1", "4"},
		},
		{
			name: "condition", sentence: "If Ruritania attacks Lakeville, talks end.",
			tree: `If if SCONJ 3 mark
Ruritania Ruritania PROPN 3 nsubj
attacks attack VERB 7 advcl
Lakeville Lakeville PROPN 3 obj
, , PUNCT 3 punct
talks talk NOUN 7 nsubj
end end VERB 0 root
. . PUNCT 7 punct`,
			mentions: []string{"2", "4"},
		},
		{
			name: "plan", sentence: "Anna Berg plans to visit Port Alba.",
			tree: `Anna Anna PROPN 3 nsubj
Berg Berg PROPN 1 flat
plans plan VERB 0 root
to to PART 5 mark
visit visit VERB 3 xcomp
Port Port PROPN 5 obj
Alba Alba PROPN 6 flat
. . PUNCT 3 punct`,
			mentions: []string{"1-2", "6-7"},
		},
		{
			name: "light verb, event noun, intervening modifiers", sentence: "Anna Berg paid a surprise visit on Monday to Port Alba.",
			tree: `Anna Anna PROPN 3 nsubj
Berg Berg PROPN 1 flat
paid pay VERB 0 root
a a DET 6 det
surprise surprise NOUN 6 compound
visit visit NOUN 3 obj
on on ADP 8 case
Monday Monday PROPN 3 obl
to to ADP 10 case
Port Port PROPN 3 obl
Alba Alba PROPN 10 flat
. . PUNCT 3 punct`,
			mentions: []string{"1-2", "10-11"},
			want:     []string{"Anna Berg visited Port Alba"},
		},
		{
			name: "possessive event noun", sentence: "Ruritania's invasion of Lakeland",
			tree: `Ruritania Ruritania PROPN 3 nmod:poss
's 's PART 1 case
invasion invasion NOUN 0 root
of of ADP 5 case
Lakeland Lakeland PROPN 3 nmod`,
			mentions: []string{"1", "5"},
			want:     []string{"Ruritania fights Lakeland"},
		},
		{
			name: "relative clause on an event noun", sentence: "The Ruritanian drone strike that killed Omar Haddad hit a convoy.",
			tree: `The the DET 4 det
Ruritanian Ruritanian ADJ 4 amod
drone drone NOUN 4 compound
strike strike NOUN 9 nsubj
that that PRON 6 nsubj
killed kill VERB 4 acl:relcl
Omar Omar PROPN 6 obj
Haddad Haddad PROPN 7 flat
hit hit VERB 0 root
a a DET 11 det
convoy convoy NOUN 9 obj
. . PUNCT 9 punct`,
			mentions: []string{"2", "7-8"},
			want:     []string{"Ruritanian fights Omar Haddad"},
			reason:   "the strike's agent kills",
		},
		{
			name: "copula and relational noun", sentence: "The Red Hand is a faction of the Lakeland Front.",
			tree: `The the DET 3 det
Red red ADJ 3 amod
Hand Hand PROPN 6 nsubj
is be AUX 6 cop
a a DET 6 det
faction faction NOUN 0 root
of of ADP 10 case
the the DET 10 det
Lakeland Lakeland PROPN 10 compound
Front Front PROPN 6 nmod
. . PUNCT 6 punct`,
			mentions: []string{"2-3", "9-10"},
			want:     []string{"Red Hand partOf Lakeland Front"},
		},
		{
			name: "negated copula", sentence: "The Red Hand is not a faction of the Lakeland Front.",
			tree: `The the DET 3 det
Red red ADJ 3 amod
Hand Hand PROPN 7 nsubj
is be AUX 7 cop
not not PART 7 advmod
a a DET 7 det
faction faction NOUN 0 root
of of ADP 11 case
the the DET 11 det
Lakeland Lakeland PROPN 11 compound
Front Front PROPN 7 nmod
. . PUNCT 7 punct`,
			mentions: []string{"2-3", "10-11"},
		},
		{
			name: "apposition", sentence: "Omar Haddad, a member of the Lakeland Front, spoke.",
			tree: `Omar Omar PROPN 11 nsubj
Haddad Haddad PROPN 1 flat
, , PUNCT 5 punct
a a DET 5 det
member member NOUN 1 appos
of of ADP 9 case
the the DET 9 det
Lakeland Lakeland PROPN 9 compound
Front Front PROPN 5 nmod
, , PUNCT 5 punct
spoke speak VERB 0 root
. . PUNCT 11 punct`,
			mentions: []string{"1-2", "8-9"},
			want:     []string{"Omar Haddad memberOf Lakeland Front"},
		},
		{
			name: "participle clause takes the main subject; coordinated objects", sentence: "Arriving in Port Alba on Friday, Anna Berg met Omar Haddad and Lena Strom.",
			tree: `Arriving arrive VERB 10 advcl
in in ADP 3 case
Port Port PROPN 1 obl
Alba Alba PROPN 3 flat
on on ADP 6 case
Friday Friday PROPN 1 obl
, , PUNCT 1 punct
Anna Anna PROPN 10 nsubj
Berg Berg PROPN 8 flat
met meet VERB 0 root
Omar Omar PROPN 10 obj
Haddad Haddad PROPN 11 flat
and and CCONJ 14 cc
Lena Lena PROPN 11 conj
Strom Strom PROPN 14 flat
. . PUNCT 10 punct`,
			mentions: []string{"3-4", "8-9", "11-12", "14-15"},
			want:     []string{"Anna Berg met Lena Strom", "Anna Berg met Omar Haddad", "Anna Berg visited Port Alba"},
		},
		{
			name: "coordinated subjects of a symmetric verb", sentence: "Anna Berg and Omar Haddad met.",
			tree: `Anna Anna PROPN 6 nsubj
Berg Berg PROPN 1 flat
and and CCONJ 4 cc
Omar Omar PROPN 1 conj
Haddad Haddad PROPN 4 flat
met meet VERB 0 root
. . PUNCT 6 punct`,
			mentions: []string{"1-2", "4-5"},
			want:     []string{"Anna Berg met Omar Haddad"},
		},
		{
			name: "reported speech keeps the fact", sentence: "Officials said Ruritania shelled Lakeville.",
			tree: `Officials official NOUN 2 nsubj
said say VERB 0 root
Ruritania Ruritania PROPN 4 nsubj
shelled shell VERB 2 ccomp
Lakeville Lakeville PROPN 4 obj
. . PUNCT 2 punct`,
			mentions: []string{"3", "5"},
			want:     []string{"Ruritania fights Lakeville"},
		},
		{
			name: "a denial states nothing", sentence: "Officials denied Ruritania shelled Lakeville.",
			tree: `Officials official NOUN 2 nsubj
denied deny VERB 0 root
Ruritania Ruritania PROPN 4 nsubj
shelled shell VERB 2 ccomp
Lakeville Lakeville PROPN 4 obj
. . PUNCT 2 punct`,
			mentions: []string{"3", "5"},
		},
		{
			name: "light verb lends subject and oblique", sentence: "Lakeland imposed sanctions on the Red Hand.",
			tree: `Lakeland Lakeland PROPN 2 nsubj
imposed impose VERB 0 root
sanctions sanction NOUN 2 obj
on on ADP 7 case
the the DET 7 det
Red red ADJ 7 amod
Hand Hand PROPN 2 obl
. . PUNCT 2 punct`,
			mentions: []string{"1", "6-7"},
			want:     []string{"Red Hand sanctionedBy Lakeland"},
			reason:   "sanctions run from the target to the sanctioning state",
		},
		{
			name: "a host needs a guest", sentence: "Lena Strom hosted Omar Haddad in Port Alba.",
			tree: `Lena Lena PROPN 3 nsubj
Strom Strom PROPN 1 flat
hosted host VERB 0 root
Omar Omar PROPN 3 obj
Haddad Haddad PROPN 4 flat
in in ADP 7 case
Port Port PROPN 3 obl
Alba Alba PROPN 7 flat
. . PUNCT 3 punct`,
			mentions: []string{"1-2", "4-5", "7-8"},
			want:     []string{"Lena Strom met Omar Haddad", "Omar Haddad visited Port Alba"},
			reason:   "the host meets the guest, who came to the place; the host visits nothing",
		},
		{
			name: "a place named after a common noun", sentence: "Rebels shelled the provincial capital Dorvik.",
			tree: `Rebels rebel NOUN 2 nsubj
shelled shell VERB 0 root
the the DET 5 det
provincial provincial ADJ 5 amod
capital capital NOUN 2 obj
Dorvik Dorvik PROPN 5 appos
. . PUNCT 2 punct`,
			mentions: []string{"1", "6"},
			want:     []string{"Rebels fights Dorvik"},
		},
		{
			name: "targets belong to their body", sentence: "Ruritanian tanks fired shells at positions of the Lakeland Front.",
			tree: `Ruritanian Ruritanian ADJ 2 amod
tanks tank NOUN 3 nsubj
fired fire VERB 0 root
shells shell NOUN 3 obj
at at ADP 6 case
positions position NOUN 3 obl
of of ADP 10 case
the the DET 10 det
Lakeland Lakeland PROPN 10 compound
Front Front PROPN 6 nmod
. . PUNCT 3 punct`,
			mentions: []string{"1", "9-10"},
			want:     []string{"Ruritanian fights Lakeland Front"},
		},
		{
			name: "a possessive pronoun leaves the agent to the light verb", sentence: "Ruritania launched its invasion of Lakeland.",
			tree: `Ruritania Ruritania PROPN 2 nsubj
launched launch VERB 0 root
its its PRON 4 nmod:poss
invasion invasion NOUN 2 obj
of of ADP 6 case
Lakeland Lakeland PROPN 4 nmod
. . PUNCT 2 punct`,
			mentions: []string{"1", "6"},
			want:     []string{"Ruritania fights Lakeland"},
		},
		{
			name: "aid measured in money", sentence: "Lakeland gave Ruritania five million dollars of aid.",
			tree: `Lakeland Lakeland PROPN 2 nsubj
gave give VERB 0 root
Ruritania Ruritania PROPN 2 iobj
five five NUM 6 compound
million million NUM 6 nummod
dollars dollar NOUN 2 obj
of of ADP 8 case
aid aid NOUN 6 nmod
. . PUNCT 2 punct`,
			mentions: []string{"1", "3"},
			want:     []string{"Lakeland supports Ruritania"},
		},
		{
			name: "a request states nothing", sentence: "Lakeland urged Ruritania to support the Red Hand.",
			tree: `Lakeland Lakeland PROPN 2 nsubj
urged urge VERB 0 root
Ruritania Ruritania PROPN 2 obj
to to PART 5 mark
support support VERB 2 xcomp
the the DET 8 det
Red red ADJ 8 amod
Hand Hand PROPN 5 obj
. . PUNCT 2 punct`,
			mentions: []string{"1", "3", "7-8"},
		},
		{
			name: "a deputy holds a post", sentence: "Omar Haddad is the deputy commander of the Lakeland Front.",
			tree: `Omar Omar PROPN 6 nsubj
Haddad Haddad PROPN 1 flat
is be AUX 6 cop
the the DET 6 det
deputy deputy NOUN 6 compound
commander commander NOUN 0 root
of of ADP 10 case
the the DET 10 det
Lakeland Lakeland PROPN 10 compound
Front Front PROPN 6 nmod
. . PUNCT 6 punct`,
			mentions: []string{"1-2", "9-10"},
			want:     []string{"Omar Haddad memberOf Lakeland Front"},
			reason:   "not commands",
		},
		{
			name: "coordinated demonyms on a force noun", sentence: "Ruritanian and Lakeland warships held joint exercises.",
			tree: `Ruritanian Ruritanian ADJ 4 amod
and and CCONJ 3 cc
Lakeland Lakeland PROPN 1 conj
warships warship NOUN 5 nsubj
held hold VERB 0 root
joint joint ADJ 7 amod
exercises exercise NOUN 5 obj
. . PUNCT 5 punct`,
			mentions: []string{"1", "3"},
			want:     []string{"Lakeland alliedWith Ruritanian"},
		},
		{
			name: "a victim was where he was killed", sentence: "Omar Haddad was killed by Ruritanian troops in Port Alba.",
			tree: `Omar Omar PROPN 4 nsubj:pass
Haddad Haddad PROPN 1 flat
was be AUX 4 aux:pass
killed kill VERB 0 root
by by ADP 7 case
Ruritanian Ruritanian ADJ 7 amod
troops troop NOUN 4 obl:agent
in in ADP 9 case
Port Port PROPN 4 obl
Alba Alba PROPN 9 flat
. . PUNCT 4 punct`,
			mentions: []string{"1-2", "6", "9-10"},
			want:     []string{"Omar Haddad visited Port Alba", "Ruritanian fights Omar Haddad"},
		},
		{
			name: "flown to a hospital in a city", sentence: "Anna Berg was flown to a hospital in Port Alba.",
			tree: `Anna Anna PROPN 4 nsubj:pass
Berg Berg PROPN 1 flat
was be AUX 4 aux:pass
flown fly VERB 0 root
to to ADP 7 case
a a DET 7 det
hospital hospital NOUN 4 obl
in in ADP 9 case
Port Port PROPN 7 nmod
Alba Alba PROPN 9 flat
. . PUNCT 4 punct`,
			mentions: []string{"1-2", "9-10"},
			want:     []string{"Anna Berg visited Port Alba"},
		},
		{
			name: "a killer is not where the victim lay", sentence: "Ruritanian troops killed Omar Haddad in Port Alba.",
			tree: `Ruritanian Ruritanian ADJ 2 amod
troops troop NOUN 3 nsubj
killed kill VERB 0 root
Omar Omar PROPN 3 obj
Haddad Haddad PROPN 4 flat
in in ADP 7 case
Port Port PROPN 3 obl
Alba Alba PROPN 7 flat
. . PUNCT 3 punct`,
			mentions: []string{"1", "4-5", "7-8"},
			want:     []string{"Omar Haddad visited Port Alba", "Ruritanian fights Omar Haddad"},
			reason:   "the victim is placed by its clause in either voice, the killer in neither",
		},
		{
			name: "the striker of the event a victim was killed in", sentence: "Omar Haddad was killed in a Ruritanian drone strike.",
			tree: `Omar Omar PROPN 4 nsubj:pass
Haddad Haddad PROPN 1 flat
was be AUX 4 aux:pass
killed kill VERB 0 root
in in ADP 9 case
a a DET 9 det
Ruritanian Ruritanian ADJ 9 amod
drone drone NOUN 9 compound
strike strike NOUN 4 obl
. . PUNCT 4 punct`,
			mentions: []string{"1-2", "7"},
			want:     []string{"Ruritanian fights Omar Haddad"},
		},
		{
			name: "an organisation's director in apposition", sentence: "Adria Air's director, Ivo Marek, resigned.",
			tree: `Adria Adria PROPN 2 compound
Air Air PROPN 4 nmod:poss
's 's PART 2 case
director director NOUN 9 nsubj
, , PUNCT 6 punct
Ivo Ivo PROPN 4 appos
Marek Marek PROPN 6 flat
, , PUNCT 6 punct
resigned resign VERB 0 root
. . PUNCT 9 punct`,
			mentions: []string{"1-2", "6-7"},
			want:     []string{"Ivo Marek leads Adria Air"},
		},
		{
			name: "a planned trip is no visit", sentence: "Anna Berg's planned trip to Port Alba was cancelled.",
			tree: `Anna Anna PROPN 5 nmod:poss
Berg Berg PROPN 1 flat
's 's PART 1 case
planned plan VERB 5 amod
trip trip NOUN 10 nsubj:pass
to to ADP 7 case
Port Port PROPN 5 nmod
Alba Alba PROPN 7 flat
was be AUX 10 aux:pass
cancelled cancel VERB 0 root
. . PUNCT 10 punct`,
			mentions: []string{"1-2", "7-8"},
		},
		{
			name: "an attack in words", sentence: "Ruritania attacked Lakeland over its budget.",
			tree: `Ruritania Ruritania PROPN 2 nsubj
attacked attack VERB 0 root
Lakeland Lakeland PROPN 2 obj
over over ADP 6 case
its its PRON 6 nmod:poss
budget budget NOUN 2 obl
. . PUNCT 2 punct`,
			mentions: []string{"1", "3"},
		},
		{
			name: "one of the directors", sentence: "Ivo Marek, a director of Adria Air, resigned.",
			tree: `Ivo Ivo PROPN 10 nsubj
Marek Marek PROPN 1 flat
, , PUNCT 5 punct
a a DET 5 det
director director NOUN 1 appos
of of ADP 8 case
Adria Adria PROPN 8 compound
Air Air PROPN 5 nmod
, , PUNCT 5 punct
resigned resign VERB 0 root
. . PUNCT 10 punct`,
			mentions: []string{"1-2", "7-8"},
			want:     []string{"Ivo Marek memberOf Adria Air"},
		},
		{
			name: "a possessive pronoun as the agent of an event noun", sentence: "During his trip to Port Alba, prices rose.",
			tree: `During during ADP 3 case
his his PRON 3 nmod:poss
trip trip NOUN 9 obl
to to ADP 5 case
Port Port PROPN 3 nmod
Alba Alba PROPN 5 flat
, , PUNCT 3 punct
prices price NOUN 9 nsubj
rose rise VERB 0 root
. . PUNCT 9 punct`,
			mentions: []string{"2", "5-6"},
			want:     []string{"his visited Port Alba"},
		},
		{
			name: "talks between two, with modifiers between", sentence: "Talks on Monday between Anna Berg and Omar Haddad ended.",
			tree: `Talks talk NOUN 10 nsubj
on on ADP 3 case
Monday Monday PROPN 1 nmod
between between ADP 5 case
Anna Anna PROPN 1 nmod
Berg Berg PROPN 5 flat
and and CCONJ 8 cc
Omar Omar PROPN 5 conj
Haddad Haddad PROPN 8 flat
ended end VERB 0 root
. . PUNCT 10 punct`,
			mentions: []string{"5-6", "8-9"},
			want:     []string{"Anna Berg met Omar Haddad"},
		},
		{
			name: "an arranged meeting has not been held", sentence: "Lena Strom arranged a meeting between Anna Berg and Omar Haddad.",
			tree: `Lena Lena PROPN 3 nsubj
Strom Strom PROPN 1 flat
arranged arrange VERB 0 root
a a DET 5 det
meeting meeting NOUN 3 obj
between between ADP 7 case
Anna Anna PROPN 5 nmod
Berg Berg PROPN 7 flat
and and CCONJ 10 cc
Omar Omar PROPN 7 conj
Haddad Haddad PROPN 10 flat
. . PUNCT 3 punct`,
			mentions: []string{"1-2", "7-8", "10-11"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, ms, names := parseTestTree(t, tt.tree, tt.mentions...)
			var got []string
			for _, f := range treeFacts(tr, ms) {
				got = append(got, fmt.Sprintf("%s %s %s", names[f.S], f.P.Name(), names[f.O]))
			}
			sort.Strings(got)
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("%s\n got  %q\n want %q (%s)", tt.sentence, got, tt.want, tt.reason)
			}
		})
	}
}

// The tree layer finds the loader's mentions in a parse by byte span, and turns an
// attack on a place into attacked.
func TestTreeFactsFromNodes(t *testing.T) {
	text := "Ruritanian jets bombed Port Alba."
	ws := words(text)
	find := func(s string) int {
		for i, w := range ws {
			if w.Text == s {
				return i
			}
		}
		t.Fatalf("no word %q", s)
		return -1
	}
	ruritania := &entity{Name: "Ruritania", Class: schema.Country, IRI: "r"}
	port := &entity{Name: "Port Alba", Class: schema.Place, IRI: "p"}
	ms := []mention{
		{Start: find("Ruritanian"), End: find("Ruritanian") + 1, ent: ruritania},
		{Start: find("Port"), End: find("Alba") + 1, ent: port},
	}
	v := newView(0, ws, ms)
	v.text = text
	span := func(form string, from int) (int, int) {
		i := strings.Index(text[from:], form) + from
		return i, i + len(form)
	}
	var nodes []node
	at := 0
	for _, n := range []node{
		{Form: "Ruritanian", Lemma: "Ruritanian", UPOS: "ADJ", Head: 1, Rel: "amod"},
		{Form: "jets", Lemma: "jet", UPOS: "NOUN", Head: 2, Rel: "nsubj"},
		{Form: "bombed", Lemma: "bomb", UPOS: "VERB", Head: -1, Rel: "root"},
		{Form: "Port", Lemma: "Port", UPOS: "PROPN", Head: 2, Rel: "obj"},
		{Form: "Alba", Lemma: "Alba", UPOS: "PROPN", Head: 3, Rel: "flat"},
		{Form: ".", Lemma: ".", UPOS: "PUNCT", Head: 2, Rel: "punct"},
	} {
		n.Start, n.End = span(n.Form, at)
		at = n.End
		nodes = append(nodes, n)
	}
	fs := &factSet{}
	treeFactsFromNodes(v, fs, nodes)
	var got []string
	for _, k := range fs.order {
		got = append(got, k.s.Name+" "+k.p.Name()+" "+k.o.Name)
	}
	if want := []string{"Ruritania attacked Port Alba"}; strings.Join(got, ";") != strings.Join(want, ";") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Only sentences with two mentions and a possible trigger are parsed.
func TestParseCandidates(t *testing.T) {
	d := testDoc("c",
		"Ruritania shelled Lakeville.",     // two mentions and a trigger: parsed
		"Ruritania and Lakeville are old.", // no trigger
		"The weather was bad.",             // no mentions
	)
	detectMentions(d)
	var parsed []string
	fake := func(text string, _ []nameSpan) []node {
		parsed = append(parsed, text)
		return []node{{Form: "x", Head: -1, Rel: "root"}}
	}
	ps := parseCandidates(d, fake)
	if len(parsed) != 1 || parsed[0] != "Ruritania shelled Lakeville." || ps[0] == nil || ps[1] != nil || ps[2] != nil {
		t.Errorf("parsed %q (%v)", parsed, ps)
	}
	if ps := parseCandidates(d, nil); ps != nil {
		t.Errorf("without a parser: %v", ps)
	}
}

// Relations inside noun phrases need the mentions' classes.
func TestPhraseFacts(t *testing.T) {
	tr, ms, names := parseTestTree(t, `Omar Omar PROPN 3 nsubj
Haddad Haddad PROPN 1 flat
visited visit VERB 0 root
Dorvik Dorvik PROPN 3 obj
, , PUNCT 7 punct
in in ADP 7 case
north north NOUN 4 appos
of of ADP 9 case
Lakeland Lakeland PROPN 7 nmod
. . PUNCT 3 punct`, "1-2", "4", "9")
	_ = names
	ms[0].Class, ms[1].Class, ms[2].Class = schema.Person, schema.Place, schema.Country
	var got []string
	for _, f := range tr.phraseFacts(ms, func() []int {
		at := make([]int, len(tr.nodes))
		for i := range at {
			at[i] = -1
		}
		for k, m := range ms {
			for i := m.Start; i < m.End; i++ {
				at[i] = k
			}
		}
		return at
	}()) {
		got = append(got, names[f.S]+" "+f.P.Name()+" "+names[f.O])
	}
	if strings.Join(got, ";") != "Dorvik locatedIn Lakeland" {
		t.Errorf("got %q", got)
	}
}

// Heads that make no tree give nothing, and never hang.
func TestBadTree(t *testing.T) {
	cyc := []node{{Form: "a", Head: 1, Rel: "nsubj"}, {Form: "b", Head: 0, Rel: "obj"}}
	if tr := newTree(cyc); len(tr.nodes) != 0 {
		t.Error("a cycle made a tree")
	}
	out := []node{{Form: "a", Head: 5, Rel: "nsubj"}}
	if tr := newTree(out); len(tr.nodes) != 0 {
		t.Error("a head out of range made a tree")
	}
	if fs := treeFacts(newTree(cyc), []treeMention{{Start: 0, End: 1}, {Start: 1, End: 2}}); len(fs) != 0 {
		t.Errorf("facts from a bad tree: %v", fs)
	}
}

// A title given by a verb of becoming: its body is the demonym before it, not the host
// country after "to".
func TestTitleNominals(t *testing.T) {
	text := "Ivo Marek served as the Croatian ambassador to Spain."
	ws := words(text)
	marek := &entity{Name: "Ivo Marek", Class: schema.Person, IRI: "m"}
	croatia := &entity{Name: "Croatia", Class: schema.Country, IRI: "c"}
	spain := &entity{Name: "Spain", Class: schema.Country, IRI: "s"}
	ms := []mention{
		{Start: 0, End: 2, Class: schema.Person, Kind: mName, ent: marek},
		{Start: 5, End: 6, Class: schema.Country, Kind: mDemonym, ent: croatia},
		{Start: 8, End: 9, Class: schema.Country, Kind: mName, ent: spain},
	}
	v := newView(0, ws, ms)
	v.text = text
	v.countries = map[string]*entity{"Croatia": croatia, "Spain": spain}
	var nodes []node
	at := 0
	for _, n := range []node{
		{Form: "Ivo", Lemma: "Ivo", UPOS: "PROPN", Head: 2, Rel: "nsubj"},
		{Form: "Marek", Lemma: "Marek", UPOS: "PROPN", Head: 0, Rel: "flat"},
		{Form: "served", Lemma: "serve", UPOS: "VERB", Head: -1, Rel: "root"},
		{Form: "as", Lemma: "as", UPOS: "ADP", Head: 6, Rel: "case"},
		{Form: "the", Lemma: "the", UPOS: "DET", Head: 6, Rel: "det"},
		{Form: "Croatian", Lemma: "Croatian", UPOS: "ADJ", Head: 6, Rel: "amod"},
		{Form: "ambassador", Lemma: "ambassador", UPOS: "NOUN", Head: 2, Rel: "obl"},
		{Form: "to", Lemma: "to", UPOS: "ADP", Head: 8, Rel: "case"},
		{Form: "Spain", Lemma: "Spain", UPOS: "PROPN", Head: 6, Rel: "nmod"},
		{Form: ".", Lemma: ".", UPOS: "PUNCT", Head: 2, Rel: "punct"},
	} {
		i := strings.Index(text[at:], n.Form) + at
		n.Start, n.End = i, i+len(n.Form)
		at = n.End
		nodes = append(nodes, n)
	}
	fs := &factSet{}
	treeFactsFromNodes(v, fs, nodes)
	got := map[string]bool{}
	for _, k := range fs.order {
		got[k.s.Name+" "+k.p.Name()+" "+k.o.Name] = true
	}
	if !got["Ivo Marek memberOf Croatia"] || !got["Ivo Marek nationality Croatia"] || got["Ivo Marek memberOf Spain"] || got["Ivo Marek nationality Spain"] {
		t.Errorf("got %v", got)
	}
}
