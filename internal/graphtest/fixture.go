package graphtest

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/schema"
)

// The fixture: three invented documents about invented people and places.
//
//	                    alpha s1                  beta s2
//	Marta Vellin ------commands-----> Coastal Guard ----partOf----> Norland
//	 |   |                                                      ^
//	 |   +-------visited (alpha s2)--> Porto Brava --locatedIn--+ (alpha s3)
//	 |
//	 met (alpha s2, beta s3)                       Lena Brook: author of alpha
//	 v
//	Tomas Arkell -----leads (beta s1)----> Norland Farmers Union ("NFU")
//
//	Renée Dufay --advises (gamma s2)--> Jonas Arkell --visited (gamma s1)--> Sudmark
//
// "Arkell" alone is ambiguous (Tomas and Jonas); "Vellin" and "Dufay" are unambiguous
// surnames; "Renee Dufay" differs from the canonical name only by a diacritic; "NFU" and
// "M. Vellin" are aliases. Removing gamma leaves Jonas Arkell, Sudmark and Renée Dufay
// mentioned by no document, so they disappear, and "Arkell" then means Tomas.
var (
	MartaVellin   = ent("Marta Vellin", schema.Person, "M. Vellin")
	TomasArkell   = ent("Tomas Arkell", schema.Person)
	JonasArkell   = ent("Jonas Arkell", schema.Person)
	ReneeDufay    = ent("Renée Dufay", schema.Person)
	LenaBrook     = ent("Lena Brook", schema.Person)
	CoastalGuard  = ent("Coastal Guard", schema.Organization)
	FarmersUnion  = ent("Norland Farmers Union", schema.Organization, "NFU")
	Norland       = ent("Norland", schema.Country)
	Sudmark       = ent("Sudmark", schema.Country)
	PortoBrava    = ent("Porto Brava", schema.Place)
	AlphaID       = schema.DocID("alpha")
	BetaID        = schema.DocID("beta")
	GammaID       = schema.DocID("gamma 2025/07") // needs escaping in IRIs
	AlphaHeadline = "Coastal Guard chief meets farmers' leader"
	AlphaDate     = time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	BetaDate      = time.Date(2025, 3, 5, 14, 30, 0, 0, time.UTC)
)

func ent(name string, c schema.Class, aliases ...string) schema.Entity {
	return schema.Entity{IRI: schema.EntityIRI(name), Name: name, Class: c, Aliases: aliases}
}

// noAliases returns e without its aliases, as the subject or object of a fact.
func noAliases(e schema.Entity) schema.Entity { e.Aliases = nil; return e }

// sentences numbers texts from 1 and gives them the spans they have when joined by
// single spaces.
func sentences(texts ...string) []schema.Sentence {
	var out []schema.Sentence
	off := 0
	for i, t := range texts {
		out = append(out, schema.Sentence{N: i + 1, Text: t, Start: off, Length: len(t)})
		off += len(t) + 1
	}
	return out
}

// Text returns the original text of a fixture document: its sentences joined by spaces.
func Text(x *schema.Extraction) string {
	var parts []string
	for _, s := range x.Sentences {
		parts = append(parts, s.Text)
	}
	return strings.Join(parts, " ")
}

func fact(x *schema.Extraction, s schema.Entity, p schema.Predicate, o schema.Entity, ns ...int) {
	f := schema.Fact{Subject: noAliases(s), Predicate: p, Object: noAliases(o)}
	for _, n := range ns {
		st := x.Sentences[n-1]
		f.Evidence = append(f.Evidence, schema.Evidence{Doc: x.Document.ID, Sentence: n,
			Text: st.Text, Start: st.Start, Length: st.Length})
	}
	x.Facts = append(x.Facts, f)
}

// Alpha returns the first fixture document.
func Alpha() *schema.Extraction {
	x := &schema.Extraction{
		Document: schema.Document{ID: AlphaID, Headline: AlphaHeadline, Published: AlphaDate,
			Authors: []schema.Entity{LenaBrook}},
		Sentences: sentences(
			"Marta Vellin, who commands the Coastal Guard, arrived on Monday.",
			"M. Vellin met Tomas Arkell during her visit to Porto Brava.",
			"Porto Brava is the largest port of Norland.",
		),
		Entities: []schema.Entity{MartaVellin, CoastalGuard, TomasArkell, PortoBrava, Norland},
	}
	fact(x, MartaVellin, schema.Commands, CoastalGuard, 1)
	fact(x, MartaVellin, schema.Met, TomasArkell, 2)
	fact(x, MartaVellin, schema.Visited, PortoBrava, 2)
	fact(x, PortoBrava, schema.LocatedIn, Norland, 3)
	return x
}

// Beta returns the second fixture document.
func Beta() *schema.Extraction {
	x := &schema.Extraction{
		Document: schema.Document{ID: BetaID, Published: BetaDate},
		Sentences: sentences(
			"Tomas Arkell leads the Norland Farmers Union (NFU).",
			"The Coastal Guard is an arm of Norland's navy.",
			"Marta Vellin met Tomas Arkell again on Tuesday.",
			`He said: "The harbour\is\ours".`,
		),
		Entities: []schema.Entity{TomasArkell, FarmersUnion, CoastalGuard, Norland,
			ent("Marta Vellin", schema.Person)},
	}
	fact(x, TomasArkell, schema.Leads, FarmersUnion, 1)
	fact(x, CoastalGuard, schema.PartOf, Norland, 2)
	fact(x, MartaVellin, schema.Met, TomasArkell, 3)
	return x
}

// Gamma returns the third fixture document, unconnected to the others.
func Gamma() *schema.Extraction {
	x := &schema.Extraction{
		Document: schema.Document{ID: GammaID, Headline: "Sudmark visit"},
		Sentences: sentences(
			"Jonas Arkell visited Sudmark last week.",
			"Renée Dufay, who advises Jonas Arkell, stayed home.",
		),
		Entities: []schema.Entity{JonasArkell, Sudmark, ReneeDufay},
	}
	fact(x, JonasArkell, schema.Visited, Sudmark, 1)
	fact(x, ReneeDufay, schema.Advises, JonasArkell, 2)
	return x
}

// Docs returns the three fixture documents.
func Docs() []*schema.Extraction { return []*schema.Extraction{Alpha(), Beta(), Gamma()} }
