package loader

// Relations inside one noun phrase or apposition (issue 11: the most frequent missed
// construction of the blind annotation and of the private set): a place of a place's
// of-phrase with "in Y" ("the town of X in Y", "from X in Y"), a capital in apposition
// after its state's demonym ("the Kenyan capital, X"), a court, chamber or agency of a
// state by of-phrase, possessive apposition or demonym, and a person's body in an
// apposition ("X, from Y's Z", "X, the Z's candidate"). People, bodies and sentences are
// made up; the countries are real names the lexicons know, in invented events.

import "testing"

var np2Columns = []string{"npinternal", "apposition", "negative"}

var np2Places = []matrixCase{
	mc("np2-loc-townofin", "npinternal", "locatedIn", ss("Gunmen attacked a bus station in the town of Garissa in Kenya on Monday, police said."),
		ss("Garissa locatedIn Kenya"), ss("Kenya locatedIn Garissa")),
	mc("np2-loc-fromin", "npinternal", "locatedIn", ss("Tomas Brekke flew from Garissa in Kenya on Monday after two days of talks."),
		ss("Garissa locatedIn Kenya"), ss("Kenya locatedIn Garissa")),
	mc("np2-loc-flowntwo", "npinternal", "locatedIn", ss("Rania Okoye was flown from the city of Garissa in Kenya to Berlin, Germany, for treatment, her family said."),
		ss("Garissa locatedIn Kenya"), ss("Kenya locatedIn Germany", "Garissa locatedIn Germany")),
	mc("np2-loc-villagenear", "npinternal", "locatedIn", ss("Troops entered the village of Kotido near the border with Kenya on Sunday."),
		nil, ss("Kotido locatedIn Kenya")),
	mc("np2-loc-cityofregion", "npinternal", "locatedIn", ss("Fighting broke out in the city of Eldoret in western Kenya late on Friday."),
		ss("Eldoret locatedIn Kenya"), ss("Kenya locatedIn Eldoret")),
	mc("np2-loc-incomma", "npinternal", "locatedIn", ss("Protesters gathered in Eldoret, Kenya, on Saturday to demand the release of the students."),
		ss("Eldoret locatedIn Kenya"), ss("Kenya locatedIn Eldoret")),
	mc("np2-loc-commaindir", "npinternal", "locatedIn", ss("Troops entered Gulu, in northern Uganda, on Sunday."),
		ss("Gulu locatedIn Uganda"), ss("Uganda locatedIn Gulu")),
	mc("np2-loc-commaindirunknown", "npinternal", "locatedIn", ss("Troops entered Kotido, in northern Uganda, on Sunday."),
		ss("Kotido locatedIn Uganda"), ss("Uganda locatedIn Kotido")),
	mc("np2-loc-kmfrom", "negative", "locatedIn", ss("Troops entered the town of Kotido, 40 km from the Kenyan border, on Sunday."),
		nil, ss("Kotido locatedIn Kenya")),
	mc("np2-loc-capitaldemonym", "apposition", "locatedIn", ss("Thousands marched through the Kenyan capital, Nairobi, on Sunday."),
		ss("Nairobi locatedIn Kenya"), ss("Kenya locatedIn Nairobi")),
	mc("np2-loc-posscapital", "apposition", "locatedIn", ss("Thousands marched through Kenya's capital, Nairobi, on Sunday."),
		ss("Nairobi locatedIn Kenya"), ss("Kenya locatedIn Nairobi")),
	mc("np2-loc-capitalafter", "apposition", "locatedIn", ss("Thousands marched through Eldoret, the Kenyan region's largest city, on Sunday."),
		nil, ss("Kenya locatedIn Eldoret")),
	mc("np2-loc-twoplacesto", "npinternal", "locatedIn", ss("Tomas Brekke travelled from Eldoret to Kampala on Monday."),
		nil, ss("Eldoret locatedIn Kampala", "Kampala locatedIn Eldoret")),
}

var np2Bodies = []matrixCase{
	mc("np2-part-courtof", "npinternal", "partOf", ss("The High Court of Kenya on Tuesday ordered the release of the three students."),
		ss("High Court of Kenya partOf Kenya"), ss("Kenya partOf High Court of Kenya")),
	mc("np2-part-courtofdoc", "npinternal", "partOf", ss("The High Court of Kenya on Tuesday ordered the release of the three students.", "Kenya has denied holding them."),
		ss("High Court of Kenya partOf Kenya"), ss("Kenya partOf High Court of Kenya")),
	mc("np2-part-commercialof", "negative", "partOf", ss("The Commercial Bank of Kenya raised its rates on Tuesday.", "Kenya has denied any role."),
		nil, ss("Commercial Bank of Kenya partOf Kenya")),
	mc("np2-part-airwing", "npinternal", "partOf", ss("The Kesta Squadron, the air wing of the Kenyan navy, bombed Gulu on Monday."),
		ss("Kesta Squadron partOf Kenyan navy", "Kesta Squadron attacked Gulu"), ss("Kenyan navy partOf Kesta Squadron", "Gulu partOf Kenyan navy")),
	mc("np2-part-embassyin", "npinternal", "partOf", ss("Protesters gathered outside the Kenyan embassy in Kampala on Monday."),
		nil, ss("Kampala partOf Kenya", "Kampala locatedIn Kenya")),
	mc("np2-loc-portcity", "apposition", "locatedIn", ss("Kisumu, the Kenyan port city, was shelled on Monday."),
		ss("Kisumu locatedIn Kenya"), ss("Kenya locatedIn Kisumu")),
	mc("np2-part-possupper", "apposition", "partOf", ss("The Senate, Kenya's upper house, voted on Tuesday to reject the budget."),
		ss("Senate partOf Kenya"), ss("Kenya partOf Senate")),
	mc("np2-part-demonymagency", "npinternal", "partOf", ss("The official Kenyan news agency KNA said on Monday that the talks had failed."),
		ss("KNA partOf Kenya"), ss("Kenya partOf KNA")),
	mc("np2-part-possofficial", "npinternal", "partOf", ss("Kenya's official news agency KNA said on Monday that the talks had failed."),
		ss("KNA partOf Kenya"), ss("Kenya partOf KNA")),
	mc("np2-part-officialnamefirst", "npinternal", "partOf", ss("Kenya's official KNA news agency said on Monday that the talks had failed."),
		ss("KNA partOf Kenya"), ss("Kenya partOf KNA")),
	mc("np2-part-officialopposition", "negative", "partOf", ss("The official Kenyan opposition party Velka Movement said on Monday that the talks had failed."),
		nil, ss("Velka Movement partOf Kenya")),
	mc("np2-part-officialof", "negative", "partOf", ss("An official of the Kenyan Lumo Trust told the KNA news agency that the talks had failed."),
		nil, ss("Lumo Trust partOf Kenya", "KNA partOf Kenya")),
	mc("np2-part-possarmy", "npinternal", "partOf", ss("Kenya's elite airborne troops were sent to the border on Monday."),
		nil, ss("Kenya partOf Kenya")),
	mc("np2-part-wingof", "npinternal", "partOf", ss("The Kesta Brigade, the youth wing of the Velka Movement, marched in Kisumu on Sunday."),
		ss("Kesta Brigade partOf Velka Movement"), ss("Velka Movement partOf Kesta Brigade")),
	mc("np2-part-unitof", "apposition", "partOf", ss("The Lumo Guard, a unit of the Kenyan army, was deployed on Sunday."),
		ss("Lumo Guard partOf Kenyan Armed Forces"), ss("Kenya partOf Lumo Guard", "Kenyan Armed Forces partOf Lumo Guard")),
	mc("np2-part-possministry", "npinternal", "partOf", ss("Kenya's Ministry of Health said on Monday that six people had died."),
		ss("Ministry of Health of Kenya partOf Kenya"), ss("Kenya partOf Ministry of Health of Kenya")),
	mc("np2-part-nonstate", "npinternal", "partOf", ss("The Kenyan Velka Movement said on Monday it would boycott the vote."),
		nil, ss("Velka Movement partOf Kenya")),
}

var np2People = []matrixCase{
	mc("np2-mem-fromposs", "apposition", "memberOf", ss("Zawadi Otieno, from Kenya's Press Watch, said the arrests were unlawful."),
		ss("Zawadi Otieno memberOf Press Watch"), ss("Press Watch memberOf Zawadi Otieno", "Zawadi Otieno leads Press Watch")),
	mc("np2-mem-from", "apposition", "memberOf", ss("Zawadi Otieno, from the Lumo Trust, said the arrests were unlawful."),
		ss("Zawadi Otieno memberOf Lumo Trust"), ss("Zawadi Otieno leads Lumo Trust")),
	mc("np2-mem-candidate", "apposition", "memberOf", ss("Zawadi Otieno, the Velka Movement's candidate for mayor, was arrested on Friday."),
		ss("Zawadi Otieno memberOf Velka Movement"), ss("Zawadi Otieno leads Velka Movement")),
	mc("np2-mem-candidateof", "apposition", "memberOf", ss("Zawadi Otieno, the candidate of the Velka Movement, was arrested on Friday."),
		ss("Zawadi Otieno memberOf Velka Movement"), ss("Zawadi Otieno leads Velka Movement")),
	mc("np2-mem-candidatecountry", "apposition", "nationality", ss("Kenyan presidential candidate Zawadi Otieno was arrested on Friday."),
		ss("Zawadi Otieno nationality Kenya"), ss("Zawadi Otieno memberOf Kenya", "Zawadi Otieno leads Kenya")),
	mc("np2-mem-candidatebefore", "apposition", "memberOf", ss("Velka Movement candidate Zawadi Otieno was arrested in Kisumu on Friday."),
		ss("Zawadi Otieno memberOf Velka Movement"), ss("Zawadi Otieno leads Velka Movement")),
	mc("np2-mem-analystwith", "apposition", "memberOf", ss("Zawadi Otieno, an analyst with the Lumo Bank, said the rise was expected."),
		ss("Zawadi Otieno memberOf Lumo Bank"), ss("Zawadi Otieno leads Lumo Bank")),
	mc("np2-mem-withbacking", "negative", "memberOf", ss("Zawadi Otieno, the minister with the Lumo Bank's backing, said the rise was expected."),
		nil, ss("Zawadi Otieno memberOf Lumo Bank", "Zawadi Otieno leads Lumo Bank")),
	mc("np2-mem-withcompany", "negative", "memberOf", ss("Zawadi Otieno, the president, with Tomas Brekke at his side, said the arrests were unlawful."),
		nil, ss("Zawadi Otieno memberOf Tomas Brekke", "Tomas Brekke memberOf Zawadi Otieno")),
	mc("np2-mem-mpfrom", "apposition", "memberOf", ss("Zawadi Otieno, an MP from the Velka Movement, said the arrests were unlawful."),
		ss("Zawadi Otieno memberOf Velka Movement"), ss("Zawadi Otieno leads Velka Movement")),
	mc("np2-mem-tradefrom", "apposition", "nationality", ss("Zawadi Otieno, a journalist from Kenya, said the arrests were unlawful."),
		ss("Zawadi Otieno nationality Kenya"), ss("Zawadi Otieno memberOf Kenya")),
	mc("np2-mem-mayorfromtown", "negative", "memberOf", ss("Zawadi Otieno, a mayor from Kisumu, said the arrests were unlawful."),
		nil, ss("Zawadi Otieno memberOf Kisumu", "Zawadi Otieno leads Kisumu")),
	mc("np2-mem-fromyears", "negative", "leads", ss("Zawadi Otieno, the president from 2001 to 2005 of the Lumo Trust, said the arrests were unlawful."),
		nil, ss("Lumo Trust leads Zawadi Otieno")),
	mc("np2-mem-spokesmanof", "apposition", "memberOf", ss("Zawadi Otieno, a spokesman for the Velka Movement, said the vote was rigged."),
		ss("Zawadi Otieno memberOf Velka Movement"), ss("Zawadi Otieno leads Velka Movement")),
	mc("np2-mem-fromcity", "apposition", "memberOf", ss("Zawadi Otieno, from Kisumu, said the arrests were unlawful."),
		nil, ss("Zawadi Otieno memberOf Kisumu")),
	mc("np2-mem-possspokes", "apposition", "memberOf", ss("Zawadi Otieno, the Lumo Trust's spokeswoman, said the arrests were unlawful."),
		ss("Zawadi Otieno memberOf Lumo Trust"), ss("Zawadi Otieno leads Lumo Trust")),
	mc("np2-mem-possleaderneg", "apposition", "leads", ss("Zawadi Otieno, the Lumo Trust's founder, said the arrests were unlawful."),
		nil, ss("Lumo Trust leads Zawadi Otieno")),
	mc("np2-mem-fromquoted", "apposition", "memberOf", ss("\"This is unlawful,\" said Zawadi Otieno, from the Lumo Trust, on Monday."),
		ss("Zawadi Otieno memberOf Lumo Trust"), ss("Zawadi Otieno leads Lumo Trust")),
	mc("np2-mem-fromwho", "negative", "memberOf", ss("Zawadi Otieno, who fled from the Velka Movement last year, said the vote was rigged."),
		nil, ss("Zawadi Otieno memberOf Velka Movement")),
	mc("np2-mem-fromstronghold", "negative", "memberOf", ss("Zawadi Otieno, from the Velka Movement's stronghold of Kisumu, said the vote was rigged."),
		nil, ss("Zawadi Otieno memberOf Velka Movement")),
	mc("np2-mem-freshfrom", "negative", "memberOf", ss("Zawadi Otieno, fresh from talks with the Velka Movement, said the vote was rigged."),
		nil, ss("Zawadi Otieno memberOf Velka Movement")),
	mc("np2-mem-fromcountry", "negative", "memberOf", ss("Zawadi Otieno, from Kenya, said the arrests were unlawful."),
		nil, ss("Zawadi Otieno memberOf Kenya")),
	mc("np2-mem-formercand", "apposition", "memberOf", ss("Zawadi Otieno, a former Velka Movement candidate, was arrested on Friday."),
		nil, ss("Zawadi Otieno leads Velka Movement")),
}

// np2KnownFailures are the cells the loader does not read yet, with the reason; the test
// asserts that each still fails.
var np2KnownFailures = map[string]string{
	"np2-loc-commaindirunknown": "'X, in northern Uganda,' with X in no lexicon: a lone capitalised word takes no Place class from an 'in' apposition (singlecue.go has cues for bodies and persons only); with a known town (np2-loc-commaindir) the relation is read",
	"np2-part-courtof":          "'the High Court of Kenya' in a one-sentence story: a country inside a body's name makes the body its part only when the story names the country by itself too (stateBodyFacts' countryEntity; np2-part-courtofdoc passes)",
	"np2-part-possupper":        "'the Senate, Kenya's upper house,': a chamber's apposition with its state's possessive gives no partOf",
}

func TestConstructionMatrixNP2(t *testing.T) {
	res := relMatrixResults(t, np2Places, np2Bodies, np2People)
	pass, total := checkMatrix(t, res, np2KnownFailures, "np2KnownFailures")
	t.Log("\n" + matrixTable(matrixPredicates, np2Columns, pass, total, 12, 11))
}
