package resolve_test

import "testing"

// TestSurnameFirstStaysInItsDocument: a document that writes "Mwinyi Bakari" (read as
// given name mwinyi) and "Mwinyi" alone has a person of that name written surname
// first; its "Mwinyi" is not another document's "Salim Mwinyi", in every order, even
// under his post. A document whose "Mwinyi" stands alone under his post still joins him.
func TestSurnameFirstStaysInItsDocument(t *testing.T) {
	got := inEveryOrder(t,
		doc("a", titled([]string{"minister"}, "Salim Mwinyi", "Mwinyi")),
		doc("b", person("Mwinyi Bakari"), titled([]string{"minister"}, "Mwinyi")),
		doc("c", titled([]string{"minister"}, "Mwinyi")),
	)
	salim := got["a/Salim Mwinyi"]
	if got["b/Mwinyi"] == salim || got["b/Mwinyi Bakari"] == salim {
		t.Errorf("a surname-first document's name joined another document's person: %v", got)
	}
	if got["c/Mwinyi"] != salim {
		t.Errorf("a surname alone did not join the one person of that surname: %v", got)
	}
}

// TestInitialJoinsNoOtherDocument: "J Kamau" beside "Jabari Kamau" in one document is
// Jabari there; another document's "J Kamau" alone may be anyone of that initial, and
// stays apart, in every order. Two documents' "Jabari Kamau" are one person.
func TestInitialJoinsNoOtherDocument(t *testing.T) {
	got := inEveryOrder(t,
		doc("a", person("Jabari Kamau", "J Kamau")),
		doc("b", person("J Kamau")),
		doc("c", person("Jabari Kamau", "Kamau")),
	)
	jabari := got["a/Jabari Kamau"]
	if got["b/J Kamau"] == jabari {
		t.Errorf("another document's initial joined the full name: %v", got)
	}
	if got["c/Jabari Kamau"] != jabari || jabari.Name != "Jabari Kamau" {
		t.Errorf("one full name in two documents is not one person: %v", got)
	}
}

// TestNamesakeOfAnotherPost: a document's "Vice President Juma Mwinyi" is not another
// document's "President Juma K. Mwinyi" (who is "Juma Mwinyi" there too), in every order;
// a "Juma Mwinyi" of no post, or of the same post, is.
func TestNamesakeOfAnotherPost(t *testing.T) {
	vp := person("Juma Mwinyi", "Mwinyi")
	vp.Posts = []string{"vice president"}
	pres := person("Juma K. Mwinyi", "Juma Mwinyi", "Mwinyi")
	pres.Posts = []string{"president"}
	got := inEveryOrder(t, doc("a", vp), doc("b", pres))
	if got["a/Juma Mwinyi"] == got["b/Juma K. Mwinyi"] {
		t.Errorf("a namesake of another post joined the initialled name: %v", got)
	}
	same := person("Juma Mwinyi")
	same.Posts = []string{"president"}
	got = inEveryOrder(t, doc("b", pres), doc("c", same), doc("d", person("Juma Mwinyi")))
	if got["c/Juma Mwinyi"] != got["b/Juma K. Mwinyi"] || got["d/Juma Mwinyi"] != got["b/Juma K. Mwinyi"] {
		t.Errorf("the name without the initial did not join: %v", got)
	}
}
