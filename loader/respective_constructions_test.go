package loader

// Coordinated names and a plural title over coordinated bodies (respective.go): each name
// takes the body in the same place, one body is shared, and lists of other lengths give
// nothing rather than every pairing. People and bodies are made up.

import "testing"

var respectiveCases = []matrixCase{
	mc("resp-appos-of", "apposition", "leads", ss("Nadia Korver and Emil Strand, the leaders of the Tarn Alliance and the Vesk Party, signed the pact."),
		ss("Nadia Korver leads Tarn Alliance", "Emil Strand leads Vesk Party"), ss("Nadia Korver leads Vesk Party", "Emil Strand leads Tarn Alliance")),
	mc("resp-appos-resp", "apposition", "leads", ss("Nadia Korver and Emil Strand, the presidents of Moldova and Estonia respectively, met in Riga."),
		ss("Nadia Korver leads Moldova", "Emil Strand leads Estonia"), ss("Nadia Korver leads Estonia", "Emil Strand leads Moldova", "Emil Strand memberOf Moldova", "Emil Strand nationality Moldova")),
	mc("resp-appos-plain", "apposition", "leads", ss("Nadia Korver and Emil Strand, the presidents of Moldova and Estonia, met in Riga."),
		ss("Nadia Korver leads Moldova", "Emil Strand leads Estonia"), ss("Nadia Korver leads Estonia", "Emil Strand leads Moldova", "Emil Strand memberOf Moldova")),
	mc("resp-copula", "copula", "leads", ss("Nadia Korver and Emil Strand are the presidents of Moldova and Estonia."),
		ss("Nadia Korver leads Moldova", "Emil Strand leads Estonia"), ss("Nadia Korver leads Estonia", "Emil Strand leads Moldova", "Emil Strand memberOf Moldova")),
	mc("resp-mismatch", "apposition", "leads", ss("Nadia Korver and Emil Strand, the leaders of the Tarn Alliance, the Vesk Party and the Oru Front, signed the pact."),
		nil, ss("Nadia Korver leads Tarn Alliance", "Emil Strand leads Tarn Alliance", "Emil Strand leads Vesk Party", "Nadia Korver leads Oru Front")),
	mc("resp-mismatch-pres", "apposition", "leads", ss("Nadia Korver and Emil Strand, the presidents of Moldova, Estonia and Latvia, signed the pact."),
		nil, ss("Nadia Korver leads Moldova", "Emil Strand leads Moldova", "Emil Strand leads Estonia", "Emil Strand memberOf Moldova")),
	mc("resp-shared", "apposition", "leads", ss("Nadia Korver and Emil Strand, the leaders of the Tarn Alliance, signed the pact."),
		ss("Nadia Korver leads Tarn Alliance", "Emil Strand leads Tarn Alliance"), nil),
	mc("resp-demonym-after", "apposition", "memberOf", ss("Nadia Korver and Emil Strand, the Moldovan and Estonian foreign ministers, met in Riga."),
		ss("Nadia Korver memberOf Moldova", "Emil Strand memberOf Estonia"), ss("Nadia Korver memberOf Estonia", "Emil Strand memberOf Moldova")),
	mc("resp-demonym-before", "title", "leads", ss("Moldovan and Estonian Presidents Nadia Korver and Emil Strand met in Riga."),
		ss("Nadia Korver leads Moldova", "Emil Strand leads Estonia"), ss("Nadia Korver leads Estonia", "Emil Strand leads Moldova", "Emil Strand nationality Moldova")),
	mc("resp-demonym-before3", "title", "leads", ss("Moldovan, Estonian and Latvian Presidents Nadia Korver and Emil Strand met in Riga."),
		nil, ss("Nadia Korver leads Moldova", "Emil Strand leads Moldova", "Emil Strand leads Estonia", "Emil Strand leads Latvia")),
	mc("resp-demonym-comma", "title", "leads", ss("The Moldovan and Estonian presidents, Nadia Korver and Emil Strand, met in Riga."),
		ss("Nadia Korver leads Moldova", "Emil Strand leads Estonia"), ss("Nadia Korver leads Estonia", "Emil Strand leads Moldova", "Nadia Korver memberOf Estonia")),
	mc("resp-title-of-after", "title", "leads", ss("Presidents Nadia Korver and Emil Strand of Moldova and Estonia met in Riga."),
		ss("Nadia Korver leads Moldova", "Emil Strand leads Estonia"), ss("Nadia Korver leads Estonia", "Emil Strand leads Moldova")),
	mc("resp-title-own-of", "title", "leads", ss("Presidents Nadia Korver of Moldova and Emil Strand of Estonia met in Riga."),
		ss("Nadia Korver leads Moldova", "Emil Strand leads Estonia"), ss("Nadia Korver leads Estonia", "Emil Strand leads Moldova")),
	mc("resp-of-then-names", "title", "leads", ss("The presidents of Moldova and Estonia, Nadia Korver and Emil Strand, met in Riga."),
		ss("Nadia Korver leads Moldova", "Emil Strand leads Estonia"), ss("Nadia Korver leads Estonia", "Emil Strand leads Moldova")),
	mc("resp-board", "copula", "memberOf", ss("Nadia Korver, Emil Strand and Lia Moss were named directors of Tarnwell Holdings."),
		nil, ss("Nadia Korver leads Tarnwell Holdings", "Emil Strand leads Tarnwell Holdings", "Lia Moss leads Tarnwell Holdings")),
	mc("resp-cap-plural", "title", "memberOf", ss("Moldovan and Estonian Foreign Ministers Nadia Korver and Emil Strand met in Riga."),
		ss("Nadia Korver memberOf Moldova", "Emil Strand memberOf Estonia"), ss("Nadia Korver memberOf Estonia", "Emil Strand memberOf Moldova", "Foreign Ministers Nadia Korver met Emil Strand")),
	mc("resp-of-then-ministers", "title", "memberOf", ss("The foreign ministers of Moldova and Estonia, Nadia Korver and Emil Strand, met in Riga."),
		ss("Nadia Korver memberOf Moldova", "Emil Strand memberOf Estonia"), ss("Nadia Korver memberOf Estonia", "Emil Strand memberOf Moldova")),
	mc("resp-list-goes-on", "apposition", "memberOf", ss("Also there are Halvern Bank chief Nadia Korver, Tarn Group officials and foreign ministers from ten countries."),
		nil, ss("Nadia Korver memberOf Tarn Group", "Nadia Korver leads Tarn Group")),
	mc("resp-one-name", "apposition", "leads", ss("Nadia Korver, the leader of the Tarn Alliance and the Vesk Party, signed the pact."),
		ss("Nadia Korver leads Tarn Alliance", "Nadia Korver leads Vesk Party"), nil),
}

// respectiveKnownFailures are the cases the loader does not read yet, with the reason.
var respectiveKnownFailures = map[string]string{}

func TestRespectiveLists(t *testing.T) {
	for _, c := range respectiveCases {
		ok, why := matrixPasses(t, c)
		reason, known := respectiveKnownFailures[c.id]
		switch {
		case known && ok:
			t.Errorf("%s now passes (known failure: %s)", c.id, reason)
		case !known && !ok:
			t.Errorf("%s %q: %s", c.id, c.sents, why)
		}
	}
}
