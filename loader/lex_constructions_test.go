package loader

import "testing"

// The trigger lexicon (issue 11: verbs and nouns the loader did not know), one invented
// sentence per common news verb, verb phrase, light verb with its event noun, or
// relational noun that names an ontology predicate. Each case asserts its fact and the
// usual wrong one (the reversed direction, the host's visit, the wrong predicate) absent.
// A case marked known is a construction the loader still misses: the test asserts that
// its fact is still absent (move it to passing when it is read), and its wrong fact
// absent all the same.

type lexCase struct {
	sent  string
	want  string // the fact the sentence states
	not   string // the wrong fact it must not give
	known bool   // a known miss: want is asserted absent
}

var lexCases = []lexCase{
	// met: meetings in person, the host included; calls and letters are no meeting.
	{sent: "Amina Odhiambo hosted Bakari Mwinyi in Kisumu on Monday.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Amina Odhiambo visited Kisumu"},
	{sent: "Amina Odhiambo received Bakari Mwinyi at her office on Monday.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Amina Odhiambo memberOf Bakari Mwinyi"},
	{sent: "Amina Odhiambo welcomed Bakari Mwinyi to Kisumu on Monday.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Amina Odhiambo visited Kisumu"},
	{sent: "Amina Odhiambo held a summit with Bakari Mwinyi in Kisumu.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Amina Odhiambo alliedWith Bakari Mwinyi"},
	{sent: "Amina Odhiambo conferred with Bakari Mwinyi in Kisumu on Monday.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Amina Odhiambo alliedWith Bakari Mwinyi"},
	{sent: "Amina Odhiambo held talks with Bakari Mwinyi in Kisumu.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Amina Odhiambo fights Bakari Mwinyi"},
	{sent: "Amina Odhiambo sat down with Bakari Mwinyi in Kisumu on Monday.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Amina Odhiambo supports Bakari Mwinyi"},
	{sent: "Amina Odhiambo had lunch with Bakari Mwinyi in Kisumu.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Amina Odhiambo alliedWith Bakari Mwinyi"},
	{sent: "Amina Odhiambo greeted Bakari Mwinyi at the airport in Kisumu.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Amina Odhiambo visited Kisumu"},
	{sent: "Amina Odhiambo negotiated with Bakari Mwinyi in Kisumu on Monday.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Amina Odhiambo fights Bakari Mwinyi"},
	{sent: "Amina Odhiambo shook hands with Bakari Mwinyi in Kisumu.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Amina Odhiambo fights Bakari Mwinyi"},
	{sent: "Amina Odhiambo was received by Bakari Mwinyi in Kisumu.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Bakari Mwinyi visited Kisumu"},
	{sent: "A summit between Amina Odhiambo and Bakari Mwinyi opened in Kisumu.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Amina Odhiambo fights Bakari Mwinyi"},
	{sent: "Talks between Amina Odhiambo and Bakari Mwinyi ended in Kisumu on Monday.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Amina Odhiambo alliedWith Bakari Mwinyi"},
	{sent: "Amina Odhiambo met with Bakari Mwinyi on the sidelines of the summit.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Amina Odhiambo memberOf Bakari Mwinyi"},
	{sent: "Amina Odhiambo phoned Bakari Mwinyi on Monday.", not: "Amina Odhiambo met Bakari Mwinyi"},
	{sent: "Amina Odhiambo spoke by telephone with Bakari Mwinyi on Monday.", not: "Amina Odhiambo met Bakari Mwinyi"},
	{sent: "Amina Odhiambo wrote to Bakari Mwinyi on Monday.", not: "Amina Odhiambo met Bakari Mwinyi"},
	{sent: "Amina Odhiambo will meet Bakari Mwinyi next week.", not: "Amina Odhiambo met Bakari Mwinyi"},

	// visited: being somewhere; the place left is visited too.
	{sent: "Amina Odhiambo toured Kisumu on Monday.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo attacked Kisumu"},
	{sent: "Amina Odhiambo arrived in Kisumu on Monday.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo attacked Kisumu"},
	{sent: "Amina Odhiambo landed in Kisumu on Monday.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo attacked Kisumu"},
	{sent: "Amina Odhiambo travelled to Kisumu on Monday.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo attacked Kisumu"},
	{sent: "Amina Odhiambo traveled to Kisumu on Monday.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo attacked Kisumu"},
	{sent: "Amina Odhiambo flew into Kisumu on Monday.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo attacked Kisumu"},
	{sent: "Amina Odhiambo flew to Kisumu on Monday.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo attacked Kisumu"},
	{sent: "Amina Odhiambo paid a visit to Kisumu on Monday.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo supports Kisumu"},
	{sent: "Amina Odhiambo made a trip to Kisumu on Monday.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo attacked Kisumu"},
	{sent: "Amina Odhiambo returned to Kisumu on Monday.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo attacked Kisumu"},
	{sent: "Amina Odhiambo went to Kisumu on Monday.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo attacked Kisumu"},
	{sent: "Amina Odhiambo was abducted in Kisumu on Monday.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo attacked Kisumu"},
	{sent: "Amina Odhiambo plans to visit Kisumu next month.", not: "Amina Odhiambo visited Kisumu"},

	// fights and attacked: the attacker fights the attacked body; a place is attacked.
	{sent: "Kenya bombed Velka Movement camps near Kisumu on Monday.", want: "Kenya fights Velka Movement", not: "Velka Movement fights Kenya"},
	{sent: "Kenyan troops shelled Kisumu on Monday.", want: "Kenyan Armed Forces attacked Kisumu", not: "Kisumu fights Kenyan Armed Forces"},
	{sent: "The Velka Movement raided Kisumu on Monday.", want: "Velka Movement attacked Kisumu", not: "Velka Movement visited Kisumu"},
	{sent: "The Velka Movement ambushed a Kenyan army convoy near Kisumu.", want: "Velka Movement fights Kenyan Armed Forces", not: "Kenyan Armed Forces fights Velka Movement"},
	{sent: "The Velka Movement clashed with Kenyan troops near Kisumu.", want: "Velka Movement fights Kenyan Armed Forces", not: "Velka Movement alliedWith Kenyan Armed Forces"},
	{sent: "The Velka Movement battled Kenyan troops near Kisumu on Monday.", want: "Velka Movement fights Kenyan Armed Forces", not: "Velka Movement alliedWith Kenyan Armed Forces"},
	{sent: "The Velka Movement besieged Kisumu for a month.", want: "Velka Movement attacked Kisumu", not: "Velka Movement visited Kisumu"},
	{sent: "Uganda invaded Kenya in March.", want: "Uganda fights Kenya", not: "Kenya fights Uganda"},
	{sent: "Ugandan troops occupied Kisumu in March.", want: "Ugandan Armed Forces attacked Kisumu", not: "Ugandan Armed Forces visited Kenya"},
	{sent: "Uganda launched an offensive against the Velka Movement in March.", want: "Uganda fights Velka Movement", not: "Velka Movement fights Uganda"},
	{sent: "Ugandan air strikes on the Velka Movement killed ten fighters.", want: "Uganda fights Velka Movement", not: "Velka Movement fights Uganda"},
	{sent: "Clashes between the Velka Movement and Ugandan troops left ten dead.", want: "Velka Movement fights Ugandan Armed Forces", not: "Velka Movement alliedWith Ugandan Armed Forces"},
	{sent: "Uganda carried out air strikes on the Velka Movement on Monday.", want: "Uganda fights Velka Movement", not: "Velka Movement fights Uganda"},
	{sent: "Uganda fired rockets at the Velka Movement on Monday.", want: "Uganda fights Velka Movement", not: "Velka Movement fights Uganda"},
	{sent: "The Velka Movement attacked Ugandan troops near Kisumu.", want: "Velka Movement fights Ugandan Armed Forces", not: "Ugandan Armed Forces fights Velka Movement"},
	{sent: "The Velka Movement killed Bakari Mwinyi in Kisumu.", want: "Velka Movement fights Bakari Mwinyi", not: "Bakari Mwinyi fights Velka Movement"},
	{sent: "The Velka Movement accused Uganda of attacking Kisumu.", not: "Uganda attacked Kisumu"},
	{sent: "Uganda threatened to attack the Velka Movement.", not: "Uganda fights Velka Movement"},

	// supports: backing, money, arms, training; commerce and hypotheticals give nothing.
	{sent: "Uganda backed the Velka Movement during the war.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda funded the Velka Movement for years.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda armed the Velka Movement for years.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda trained the Velka Movement for years.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda equipped the Velka Movement with rifles.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda sided with the Velka Movement during the war.", want: "Uganda alliedWith Velka Movement", not: "Uganda fights Velka Movement"},
	{sent: "The Velka Movement is backed by Uganda.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda-backed Velka Movement fighters entered Kisumu.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda provided support to the Velka Movement.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda sent aid to the Velka Movement in March.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda supplied weapons to the Velka Movement.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda sold weapons to the Velka Movement.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda's support for the Velka Movement angered Kenya.", want: "Uganda supports Velka Movement", not: "Kenya supports Velka Movement"},
	{sent: "Uganda gave military aid to the Velka Movement.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda endorsed Bakari Mwinyi in the election.", want: "Uganda supports Bakari Mwinyi", not: "Bakari Mwinyi supports Uganda"},
	{sent: "Uganda sold coffee to Kenya.", not: "Uganda supports Kenya"},
	{sent: "Kenya accused Uganda of arming the Velka Movement.", not: "Uganda supports Velka Movement"},

	// alliedWith: pacts, coalitions, cooperation, joint action.
	{sent: "Uganda signed a defence pact with Tanzania in March.", want: "Tanzania alliedWith Uganda", not: "Tanzania fights Uganda"},
	{sent: "Uganda formed a coalition with Tanzania in March.", want: "Tanzania alliedWith Uganda", not: "Tanzania fights Uganda"},
	{sent: "Uganda shared intelligence with Tanzania on the Velka Movement.", want: "Tanzania alliedWith Uganda", not: "Tanzania fights Uganda"},
	{sent: "Uganda shared information with Tanzania on the Velka Movement.", want: "Tanzania alliedWith Uganda", not: "Tanzania fights Uganda"},
	{sent: "Uganda cooperated with Tanzania against the Velka Movement.", want: "Tanzania alliedWith Uganda", not: "Tanzania fights Uganda"},
	{sent: "Uganda's alliance with Tanzania held for a decade.", want: "Tanzania alliedWith Uganda", not: "Tanzania fights Uganda"},
	{sent: "Uganda and Tanzania are close allies.", want: "Tanzania alliedWith Uganda", not: "Tanzania fights Uganda"},
	{sent: "Uganda held joint exercises with Tanzania in March.", want: "Tanzania alliedWith Uganda", not: "Tanzania fights Uganda"},
	{sent: "Uganda signed a trade agreement with Tanzania.", not: "Tanzania alliedWith Uganda"},

	// sanctionedBy: the sanctioned is the subject.
	{sent: "Uganda imposed sanctions on Bakari Mwinyi in March.", want: "Bakari Mwinyi sanctionedBy Uganda", not: "Uganda sanctionedBy Bakari Mwinyi"},
	{sent: "Uganda blacklisted the Velka Movement in March.", want: "Velka Movement sanctionedBy Uganda", not: "Uganda sanctionedBy Velka Movement"},
	{sent: "Uganda embargoed the Velka Movement in March.", want: "Velka Movement sanctionedBy Uganda", not: "Uganda sanctionedBy Velka Movement"},
	// The tagger reads "froze" as no verb here ("has frozen the assets of" is read).
	{sent: "Uganda froze the assets of Bakari Mwinyi in March.", want: "Bakari Mwinyi sanctionedBy Uganda", not: "Uganda sanctionedBy Bakari Mwinyi", known: true},
	{sent: "Uganda banned the Velka Movement in March.", want: "Velka Movement sanctionedBy Uganda", not: "Uganda sanctionedBy Velka Movement"},
	{sent: "Uganda sanctioned Bakari Mwinyi in March.", want: "Bakari Mwinyi sanctionedBy Uganda", not: "Uganda sanctionedBy Bakari Mwinyi"},
	{sent: "Sanctions against the Velka Movement by Uganda took effect in March.", want: "Velka Movement sanctionedBy Uganda", not: "Uganda sanctionedBy Velka Movement", known: true},
	{sent: "Bakari Mwinyi was sanctioned by Uganda in March.", want: "Bakari Mwinyi sanctionedBy Uganda", not: "Uganda sanctionedBy Bakari Mwinyi"},
	{sent: "Uganda designated the Velka Movement a terrorist group.", want: "Velka Movement sanctionedBy Uganda", not: "Uganda sanctionedBy Velka Movement"},
	{sent: "Uganda threatened to impose sanctions on Bakari Mwinyi.", not: "Bakari Mwinyi sanctionedBy Uganda"},

	// leads, commands, memberOf, reportsTo, advises.
	{sent: "Bakari Mwinyi heads the Velka Movement.", want: "Bakari Mwinyi leads Velka Movement", not: "Bakari Mwinyi commands Velka Movement"},
	{sent: "Bakari Mwinyi chairs the Velka Movement.", want: "Bakari Mwinyi leads Velka Movement", not: "Bakari Mwinyi fights Velka Movement"},
	{sent: "Bakari Mwinyi presides over the Velka Movement.", want: "Bakari Mwinyi leads Velka Movement", not: "Bakari Mwinyi fights Velka Movement"},
	{sent: "Bakari Mwinyi was elected leader of the Velka Movement in March.", want: "Bakari Mwinyi leads Velka Movement", not: "Bakari Mwinyi commands Velka Movement"},
	{sent: "Bakari Mwinyi leads the Velka Movement.", want: "Bakari Mwinyi leads Velka Movement", not: "Velka Movement leads Bakari Mwinyi"},
	{sent: "Bakari Mwinyi commands the Velka Brigade.", want: "Bakari Mwinyi commands Velka Brigade", not: "Bakari Mwinyi leads Velka Brigade"},
	{sent: "Bakari Mwinyi joined the Velka Movement in 2010.", want: "Bakari Mwinyi memberOf Velka Movement", not: "Bakari Mwinyi leads Velka Movement"},
	{sent: "Bakari Mwinyi is a member of the Velka Movement.", want: "Bakari Mwinyi memberOf Velka Movement", not: "Bakari Mwinyi leads Velka Movement"},
	{sent: "Bakari Mwinyi co-founded the Velka Movement in 2010.", want: "Bakari Mwinyi memberOf Velka Movement", not: "Bakari Mwinyi fights Velka Movement"},
	{sent: "Bakari Mwinyi founded the Velka Movement in 2010.", want: "Bakari Mwinyi memberOf Velka Movement", not: "Bakari Mwinyi fights Velka Movement"},
	{sent: "Bakari Mwinyi works for the Velka Movement.", want: "Bakari Mwinyi memberOf Velka Movement", not: "Bakari Mwinyi leads Velka Movement"},
	{sent: "Bakari Mwinyi served in the Velka Brigade.", want: "Bakari Mwinyi memberOf Velka Brigade", not: "Bakari Mwinyi commands Velka Brigade"},
	{sent: "Bakari Mwinyi reports to Amina Odhiambo.", want: "Bakari Mwinyi reportsTo Amina Odhiambo", not: "Amina Odhiambo reportsTo Bakari Mwinyi"},
	{sent: "Bakari Mwinyi advises Amina Odhiambo on security.", want: "Bakari Mwinyi advises Amina Odhiambo", not: "Amina Odhiambo advises Bakari Mwinyi"},
	{sent: "Bakari Mwinyi, a senior adviser to Amina Odhiambo, resigned.", want: "Bakari Mwinyi advises Amina Odhiambo", not: "Amina Odhiambo advises Bakari Mwinyi"},

	// partOf, locatedIn, nationality.
	{sent: "The Velka Brigade is an offshoot of the Velka Movement.", want: "Velka Brigade partOf Velka Movement", not: "Velka Movement partOf Velka Brigade"},
	{sent: "The Velka Brigade is a unit of the Velka Movement.", want: "Velka Brigade partOf Velka Movement", not: "Velka Movement partOf Velka Brigade"},
	{sent: "The Velka Brigade, a faction of the Velka Movement, seized Kisumu.", want: "Velka Brigade partOf Velka Movement", not: "Velka Movement partOf Velka Brigade"},
	{sent: "The Velka Brigade is part of the Velka Movement.", want: "Velka Brigade partOf Velka Movement", not: "Velka Movement partOf Velka Brigade"},
	{sent: "Velka Holdings is a subsidiary of the Velka Group.", want: "Velka Holdings partOf Velka Group", not: "Velka Group partOf Velka Holdings"},
	{sent: "The Velka Brigade is the armed wing of the Velka Movement.", want: "Velka Brigade partOf Velka Movement", not: "Velka Movement partOf Velka Brigade"},
	{sent: "Kisumu is a city in Kenya.", want: "Kisumu locatedIn Kenya", not: "Kenya locatedIn Kisumu"},
	{sent: "Kisumu, a port town in western Kenya, flooded.", want: "Kisumu locatedIn Kenya", not: "Kenya locatedIn Kisumu"},
	{sent: "Kenyan activist Bakari Mwinyi was arrested.", want: "Bakari Mwinyi nationality Kenya", not: "Bakari Mwinyi memberOf Kenya"},
	{sent: "Bakari Mwinyi, a Kenyan national, was arrested.", want: "Bakari Mwinyi nationality Kenya", not: "Bakari Mwinyi leads Kenya"},
	// More of the same predicates, in other voices and with light verbs.
	{sent: "Kisumu was visited by Amina Odhiambo on Monday.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo attacked Kisumu"},
	{sent: "Amina Odhiambo paid a surprise visit on Monday to Kisumu.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo attacked Kisumu"},
	{sent: "Amina Odhiambo began a tour of Kenya on Monday.", want: "Amina Odhiambo visited Kenya", not: "Amina Odhiambo attacked Kenya"},
	{sent: "Amina Odhiambo made a stopover in Kisumu on Monday.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo attacked Kisumu"},
	{sent: "Amina Odhiambo stopped in Kisumu on Monday.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo attacked Kisumu"},
	{sent: "Amina Odhiambo reached Kisumu on Monday.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo attacked Kisumu"},
	{sent: "Amina Odhiambo headed to Kisumu on Monday.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo leads Kisumu"},
	{sent: "Bakari Mwinyi played host to Amina Odhiambo in Kisumu.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Bakari Mwinyi visited Kisumu"},
	{sent: "Amina Odhiambo and Bakari Mwinyi met in Kisumu on Monday.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Amina Odhiambo alliedWith Bakari Mwinyi"},
	{sent: "Amina Odhiambo held a meeting with Bakari Mwinyi in Kisumu.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Amina Odhiambo fights Bakari Mwinyi"},
	{sent: "Amina Odhiambo hosted a dinner for Bakari Mwinyi in Kisumu.", want: "Amina Odhiambo met Bakari Mwinyi", not: "Amina Odhiambo visited Kisumu", known: true},
	{sent: "Amina Odhiambo met Bakari Mwinyi in Kisumu.", want: "Amina Odhiambo visited Kisumu", not: "Amina Odhiambo fights Bakari Mwinyi"},
	{sent: "Uganda bombarded Kisumu on Monday.", want: "Uganda attacked Kisumu", not: "Uganda visited Kisumu"},
	{sent: "Uganda struck Velka Movement positions near Kisumu.", want: "Uganda fights Velka Movement", not: "Velka Movement fights Uganda"},
	{sent: "Uganda targeted the Velka Movement in air strikes.", want: "Uganda fights Velka Movement", not: "Velka Movement fights Uganda"},
	{sent: "Uganda pounded Velka Movement positions on Monday.", want: "Uganda fights Velka Movement", not: "Velka Movement fights Uganda"},
	{sent: "Uganda waged war on the Velka Movement for a decade.", want: "Uganda fights Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda declared war on Kenya in March.", want: "Uganda fights Kenya", not: "Uganda alliedWith Kenya"},
	{sent: "Kisumu was shelled by Ugandan troops on Monday.", want: "Ugandan Armed Forces attacked Kisumu", not: "Kisumu fights Ugandan Armed Forces"},
	{sent: "Ugandan troops captured Kisumu in March.", want: "Ugandan Armed Forces attacked Kisumu", not: "Ugandan Armed Forces visited Kisumu"},
	{sent: "The Velka Movement stormed Kisumu in March.", want: "Velka Movement attacked Kisumu", not: "Velka Movement visited Kisumu"},
	{sent: "The Velka Movement seized Kisumu in March.", want: "Velka Movement attacked Kisumu", not: "Velka Movement leads Kisumu"},
	{sent: "The Velka Movement kidnapped Bakari Mwinyi in Kisumu.", want: "Velka Movement fights Bakari Mwinyi", not: "Bakari Mwinyi fights Velka Movement"},
	{sent: "The Velka Movement assassinated Bakari Mwinyi in Kisumu.", want: "Velka Movement fights Bakari Mwinyi", not: "Bakari Mwinyi fights Velka Movement"},
	{sent: "The Velka Movement was routed by Ugandan troops near Kisumu.", want: "Ugandan Armed Forces fights Velka Movement", not: "Velka Movement alliedWith Ugandan Armed Forces"},
	{sent: "Ugandan troops fought the Velka Movement near Kisumu.", want: "Ugandan Armed Forces fights Velka Movement", not: "Velka Movement alliedWith Ugandan Armed Forces"},
	{sent: "Uganda bankrolled the Velka Movement for years.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda sponsored the Velka Movement for years.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "The Velka Movement received weapons from Uganda.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda is the main backer of the Velka Movement.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda delivered arms to the Velka Movement.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda shipped weapons to the Velka Movement.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda came to the aid of the Velka Movement.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda granted asylum to Amina Odhiambo in March.", want: "Uganda supports Amina Odhiambo", not: "Amina Odhiambo supports Uganda"},
	{sent: "The Velka Movement is funded by Uganda.", want: "Uganda supports Velka Movement", not: "Velka Movement supports Uganda"},
	{sent: "Uganda joined forces with Tanzania against the Velka Movement.", want: "Tanzania alliedWith Uganda", not: "Tanzania fights Uganda"},
	{sent: "Uganda teamed up with Tanzania against the Velka Movement.", want: "Tanzania alliedWith Uganda", not: "Tanzania fights Uganda"},
	{sent: "Uganda forged an alliance with Tanzania in March.", want: "Tanzania alliedWith Uganda", not: "Tanzania fights Uganda"},
	{sent: "Uganda partnered with Tanzania against the Velka Movement.", want: "Tanzania alliedWith Uganda", not: "Tanzania fights Uganda"},
	{sent: "Uganda and Tanzania signed a military cooperation agreement.", want: "Tanzania alliedWith Uganda", not: "Tanzania fights Uganda"},
	{sent: "Uganda is a close ally of Tanzania.", want: "Tanzania alliedWith Uganda", not: "Tanzania fights Uganda"},
	{sent: "Uganda slapped sanctions on Bakari Mwinyi in March.", want: "Bakari Mwinyi sanctionedBy Uganda", not: "Uganda sanctionedBy Bakari Mwinyi"},
	{sent: "Uganda imposed a travel ban on Bakari Mwinyi in March.", want: "Bakari Mwinyi sanctionedBy Uganda", not: "Uganda sanctionedBy Bakari Mwinyi"},
	{sent: "Uganda imposed an arms embargo on the Velka Movement in March.", want: "Velka Movement sanctionedBy Uganda", not: "Uganda sanctionedBy Velka Movement"},
	{sent: "Uganda outlawed the Velka Movement in March.", want: "Velka Movement sanctionedBy Uganda", not: "Uganda sanctionedBy Velka Movement"},
	{sent: "The Velka Movement is banned in Uganda.", want: "Velka Movement sanctionedBy Uganda", not: "Uganda sanctionedBy Velka Movement"},
	{sent: "Uganda issued an arrest warrant for Bakari Mwinyi.", want: "Bakari Mwinyi sanctionedBy Uganda", not: "Uganda sanctionedBy Bakari Mwinyi"},
	{sent: "Uganda placed sanctions on Bakari Mwinyi in March.", want: "Bakari Mwinyi sanctionedBy Uganda", not: "Uganda sanctionedBy Bakari Mwinyi"},
	{sent: "Bakari Mwinyi is the leader of the Velka Movement.", want: "Bakari Mwinyi leads Velka Movement", not: "Velka Movement leads Bakari Mwinyi"},
	{sent: "The Velka Movement, led by Bakari Mwinyi, boycotted the vote.", want: "Bakari Mwinyi leads Velka Movement", not: "Velka Movement leads Bakari Mwinyi"},
	{sent: "Velka Movement leader Bakari Mwinyi boycotted the vote.", want: "Bakari Mwinyi leads Velka Movement", not: "Bakari Mwinyi commands Velka Movement"},
	{sent: "Bakari Mwinyi took over as head of the Velka Movement in March.", want: "Bakari Mwinyi leads Velka Movement", not: "Bakari Mwinyi fights Velka Movement"},
	{sent: "Bakari Mwinyi became chairman of the Velka Movement in March.", want: "Bakari Mwinyi leads Velka Movement", not: "Bakari Mwinyi commands Velka Movement"},
	{sent: "Bakari Mwinyi was appointed head of the Velka Movement in March.", want: "Bakari Mwinyi leads Velka Movement", not: "Bakari Mwinyi commands Velka Movement"},
	{sent: "The Velka Brigade, commanded by Bakari Mwinyi, seized Kisumu.", want: "Bakari Mwinyi commands Velka Brigade", not: "Velka Brigade commands Bakari Mwinyi"},
	{sent: "Bakari Mwinyi, a spokesman for the Velka Movement, spoke in Kisumu.", want: "Bakari Mwinyi memberOf Velka Movement", not: "Bakari Mwinyi leads Velka Movement"},
	{sent: "Bakari Mwinyi, a Velka Movement official, spoke in Kisumu.", want: "Bakari Mwinyi memberOf Velka Movement", not: "Bakari Mwinyi leads Velka Movement"},
	{sent: "Bakari Mwinyi was a fighter with the Velka Movement.", want: "Bakari Mwinyi memberOf Velka Movement", not: "Bakari Mwinyi fights Velka Movement"},
	{sent: "Bakari Mwinyi belongs to the Velka Movement.", want: "Bakari Mwinyi memberOf Velka Movement", not: "Bakari Mwinyi leads Velka Movement"},
	{sent: "Bakari Mwinyi answers directly to Amina Odhiambo.", want: "Bakari Mwinyi reportsTo Amina Odhiambo", not: "Amina Odhiambo reportsTo Bakari Mwinyi"},
	{sent: "The Velka Brigade, the military wing of the Velka Movement, seized Kisumu.", want: "Velka Brigade partOf Velka Movement", not: "Velka Movement partOf Velka Brigade"},
	{sent: "The Velka Brigade is a splinter group of the Velka Movement.", want: "Velka Brigade partOf Velka Movement", not: "Velka Movement partOf Velka Brigade"},
	{sent: "The Velka Brigade is affiliated with the Velka Movement.", want: "Velka Brigade partOf Velka Movement", not: "Velka Movement partOf Velka Brigade", known: true},
	{sent: "Kisumu is located in Kenya.", want: "Kisumu locatedIn Kenya", not: "Kenya locatedIn Kisumu"},
	{sent: "The town of Kisumu in Kenya flooded on Monday.", want: "Kisumu locatedIn Kenya", not: "Kenya locatedIn Kisumu"},
	{sent: "Kisumu, Kenya, flooded on Monday.", want: "Kisumu locatedIn Kenya", not: "Kenya locatedIn Kisumu"},
	{sent: "Bakari Mwinyi, a Kenyan citizen, was arrested.", want: "Bakari Mwinyi nationality Kenya", not: "Bakari Mwinyi memberOf Kenya"},
	{sent: "Bakari Mwinyi is a Kenyan journalist.", want: "Bakari Mwinyi nationality Kenya", not: "Bakari Mwinyi leads Kenya"},
	{sent: "Uganda pledged to fund the Velka Movement.", not: "Uganda supports Velka Movement"},
	{sent: "Uganda did not back the Velka Movement.", not: "Uganda supports Velka Movement"},
	{sent: "Uganda denied arming the Velka Movement.", not: "Uganda supports Velka Movement"},
	{sent: "Kenya alleged that Uganda had bombed Kisumu.", not: "Uganda attacked Kisumu"},
	{sent: "Amina Odhiambo called Bakari Mwinyi on Monday.", not: "Amina Odhiambo met Bakari Mwinyi"},
	{sent: "Amina Odhiambo held a phone call with Bakari Mwinyi.", not: "Amina Odhiambo met Bakari Mwinyi"},
	{sent: "Amina Odhiambo held a video call with Bakari Mwinyi.", not: "Amina Odhiambo met Bakari Mwinyi"},
	{sent: "Uganda bought weapons from Kenya.", not: "Kenya supports Uganda"},
}

func TestLexiconConstructions(t *testing.T) {
	for _, c := range lexCases {
		_, got := analyzeT(t, newSemantics(nil), testDoc("lex", c.sent))
		if c.want != "" && got[c.want] == c.known {
			if c.known {
				t.Errorf("%q: known miss %q is now read: move the case to passing", c.sent, c.want)
			} else {
				t.Errorf("%q: missing %q; got %v", c.sent, c.want, got)
			}
		}
		if c.not != "" && got[c.not] {
			t.Errorf("%q: unexpected %q; got %v", c.sent, c.not, got)
		}
	}
}
