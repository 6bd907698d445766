package resolve_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestGenericBodyStaysInItsDocument: a document that writes "the Finance Ministry" and
// "the Ministry of Finance of Norland" (and names Norland) joins the short name to
// Norland's ministry in that document only; another document's "Finance Ministry" of no
// country is not Norland's, nor another country's qualified ministry, in every order.
// Two documents that each write the qualified name are one ministry.
func TestGenericBodyStaysInItsDocument(t *testing.T) {
	org := schema.Organization
	norlandC, suriaC := thing(schema.Country, "", "Norland"), thing(schema.Country, "", "Suria")
	got := inEveryOrder(t,
		doc("a", thing(org, "", "Ministry of Finance of Norland", "Finance Ministry"), norlandC),
		doc("b", thing(org, "", "Finance Ministry")),
		doc("c", thing(org, "", "Finance Ministry", "Ministry of Finance of Suria"), suriaC),
		doc("d", thing(org, "", "Ministry of Finance of Norland"), norlandC),
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

// TestQualifiedByAPlaceOfItsDocument: "the Velka embassy in Porto Brava" beside "the
// Velka embassy", in a document naming Porto Brava, keeps another document's short name
// apart; a name whose tail is no place of its document ("Velka Front of Kisumu and the
// Coast"), whose qualifier is its head ("Kingdom of Dunmark" beside "Dunmark"), or that
// only spells the short one out ("Ministry of Defence" beside "Defence Ministry") is no
// qualified name and joins as before; so does a country before the name ("Dunmark High
// Court" beside "High Court"), which the records cannot tell from the short name's own
// country.
func TestQualifiedByAPlaceOfItsDocument(t *testing.T) {
	org := schema.Organization
	got := inEveryOrder(t,
		doc("a", thing(org, "", "Velka embassy in Porto Brava", "Velka embassy"), thing(schema.Place, "", "Porto Brava"),
			thing(org, "", "Velka Front of Kisumu and the Coast", "Velka Front"), thing(schema.Place, "", "Kisumu"),
			thing(org, "", "Dunmark High Court", "High Court")),
		doc("b", thing(org, "", "Velka embassy"), thing(org, "", "Velka Front"), thing(org, "", "High Court")),
		doc("c", thing(schema.Country, "", "Kingdom of Dunmark", "Dunmark"), thing(org, "", "Ministry of Defence", "Defence Ministry")),
		doc("d", thing(schema.Country, "", "Dunmark"), thing(org, "", "Defence Ministry")),
	)
	if got["a/Velka embassy in Porto Brava"] == got["b/Velka embassy"] {
		t.Errorf("another document's short name joined a qualified body: %v", got)
	}
	if got["a/Velka Front of Kisumu and the Coast"] != got["b/Velka Front"] || got["a/Dunmark High Court"] != got["b/High Court"] {
		t.Errorf("a name qualified by no place of its document did not join: %v", got)
	}
	if got["c/Kingdom of Dunmark"] != got["d/Dunmark"] || got["c/Ministry of Defence"] != got["d/Defence Ministry"] {
		t.Errorf("a name that is no qualified name did not join: %v", got)
	}
}
