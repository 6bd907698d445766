package loader

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

func TestLexicon(t *testing.T) {
	l := lex()
	for phrase, want := range map[string]lexEntry{
		"Norwegians": {Name: "Norway", Class: schema.Country, Kind: kindDemonym},
		"Oslo":       {Name: "Oslo", Class: schema.Place, Kind: kindCapital},
		"ISIL":       {Name: "Islamic State", Class: schema.Organization, Kind: kindActor},
		"Hizbollah":  {Name: "Hezbollah", Class: schema.Organization, Kind: kindActor},
		"U.S.":       {Name: "United States", Class: schema.Country, Kind: kindCountry},
		"Idlib":      {Name: "Idlib", Class: schema.Place, Kind: kindPlace},
		"Kandahar":   {Name: "Kandahar", Class: schema.Place, Kind: kindPlace},
	} {
		e, ok := l.lookup(schema.NameKey(phrase))
		if !ok || e.Name != want.Name || e.Class != want.Class || e.Kind != want.Kind {
			t.Errorf("lookup(%q) = %+v, %v; want %+v", phrase, e, ok, want)
		}
	}
	if l.demonymOf["France"] != "French" {
		t.Errorf("demonym of France = %q", l.demonymOf["France"])
	}
}
