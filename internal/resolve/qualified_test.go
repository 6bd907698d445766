package resolve_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestGenericBodyStaysInItsDocument: a document that writes "the Finance Ministry" and
// "the Ministry of Finance of Norland" joins the short name to Norland's ministry in
// that document only; another document's "Finance Ministry" of no country is not
// Norland's, nor another country's qualified ministry, in every order. Two documents that
// each write the qualified name are one ministry.
func TestGenericBodyStaysInItsDocument(t *testing.T) {
	org := schema.Organization
	got := inEveryOrder(t,
		doc("a", thing(org, "", "Ministry of Finance of Norland", "Finance Ministry")),
		doc("b", thing(org, "", "Finance Ministry")),
		doc("c", thing(org, "", "Finance Ministry", "Ministry of Finance of Suria")),
		doc("d", thing(org, "", "Ministry of Finance of Norland")),
		doc("e", thing(org, "", "Finance Ministry")),
	)
	norland, suria, bare := got["a/Ministry of Finance of Norland"], got["c/Finance Ministry"], got["b/Finance Ministry"]
	if norland == suria || bare == norland || bare == suria {
		t.Errorf("a generic ministry joined across documents: %v", got)
	}
	if got["d/Ministry of Finance of Norland"] != norland || norland.Name != "Ministry of Finance of Norland" {
		t.Errorf("two documents' Norland ministry are not one: %v", got)
	}
	if got["e/Finance Ministry"] != bare {
		t.Errorf("two documents' ministry of no country are not one entity: %v", got)
	}
}

// TestQualifiedByPrefixOrPlace: "the Kisumu High Court" beside "the High Court", and "the
// Velka embassy in Porto Brava" beside "the Velka embassy", keep another document's short
// name apart; a name whose qualifier is its head ("Kingdom of Dunmark" beside "Dunmark")
// is no qualified name and joins as before, as does a name that only spells the short one
// out ("Ministry of Defence" beside "Defence Ministry").
func TestQualifiedByPrefixOrPlace(t *testing.T) {
	org := schema.Organization
	got := inEveryOrder(t,
		doc("a", thing(org, "", "Kisumu High Court", "High Court"), thing(org, "", "Velka embassy in Porto Brava", "Velka embassy")),
		doc("b", thing(org, "", "High Court"), thing(org, "", "Velka embassy")),
		doc("c", thing(schema.Country, "", "Kingdom of Dunmark", "Dunmark"), thing(org, "", "Ministry of Defence", "Defence Ministry")),
		doc("d", thing(schema.Country, "", "Dunmark"), thing(org, "", "Defence Ministry")),
	)
	if got["a/Kisumu High Court"] == got["b/High Court"] || got["a/Velka embassy in Porto Brava"] == got["b/Velka embassy"] {
		t.Errorf("another document's short name joined a qualified body: %v", got)
	}
	if got["c/Kingdom of Dunmark"] != got["d/Dunmark"] || got["c/Ministry of Defence"] != got["d/Defence Ministry"] {
		t.Errorf("a name that is no qualified name did not join: %v", got)
	}
}
