package loader

// Constructions over the parse tree that the parser gets wrong in a recognisable way, or
// that the templates did not read: a name after a title noun and a comma that the parser
// hangs elsewhere. Every sentence is our own.

import "testing"

// TestTitleCommaName checks that "killed the Chadian general, Omar Saleh" gives the name
// the object role the title noun has, even when the parser attaches the name after the
// comma to a later phrase instead of as the noun's apposition; a name that opens a new
// clause ("..., Omar Saleh said") is no apposition.
func TestTitleCommaName(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Protests followed the Israeli airstrike that killed Hamas commander, Karim Nasser at a Gaza checkpoint."},
			want:  []string{"Israel fights Karim Nasser"},
			not:   []string{"Karim Nasser fights Israel", "Israel attacked Gaza"},
		},
		{
			sents: []string{"Ankara closed the crossing in response to the Syrian airstrike that killed Turkish general, Ferhat Demir at an Idlib airport."},
			want:  []string{"Syria fights Ferhat Demir"},
			not:   []string{"Ferhat Demir fights Syria", "Turkey fights Syria"},
		},
		{
			sents: []string{"Rebels ambushed the veteran general, Omar Saleh near the border."},
			want:  []string{"rebels fights Omar Saleh"},
			not:   []string{"Omar Saleh fights rebels"},
		},
		{
			sents: []string{"Rebels ambushed the convoy of the general, Omar Saleh said on Monday."},
			not:   []string{"rebels fights Omar Saleh"},
		},
	})
}

// TestListOnPlaceNoun checks "militias in several countries, including A, B and C": the
// parser hangs the list on the place noun, but named groups are members of the militias,
// not countries; named countries in the same place stay out.
func TestListOnPlaceNoun(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Algeria funds militias in several countries, including the Sahel Front, the Kivu Brigade and the Azov Legion."},
			want:  []string{"Algeria supports Sahel Front", "Algeria supports Kivu Brigade", "Algeria supports Azov Legion"},
			not:   []string{"Sahel Front supports Algeria", "Sahel Front alliedWith Kivu Brigade"},
		},
		{
			sents: []string{"Algeria funds militias in several countries, including Mali, Niger and Chad."},
			not:   []string{"Algeria supports Mali", "Algeria supports Niger", "Algeria supports Chad"},
		},
		{
			sents: []string{"Iran arms militias in several countries, including the Sahel Front and the Kivu Brigade."},
			want:  []string{"Iran supports Sahel Front", "Iran supports Kivu Brigade"},
			not:   []string{"Kivu Brigade supports Iran"},
		},
		{
			sents: []string{"Several armed groups attacked army bases, including the Sahel Front."},
			not:   []string{"rebels fights Sahel Front", "Sahel Front fights Sahel Front"},
		},
	})
}

// TestReceivedFrom checks "X received weapons from Y": the giver supports the recipient,
// the subject; a visitor received by a host is no support.
func TestReceivedFrom(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Kivu Brigade received weapons from Rwanda, a UN panel said."},
			want:  []string{"Rwanda supports Kivu Brigade"},
			not:   []string{"Kivu Brigade supports Rwanda"},
		},
		{
			sents: []string{"The Sahel Front has received military aid from Algeria since 2015."},
			want:  []string{"Algeria supports Sahel Front"},
			not:   []string{"Sahel Front supports Algeria"},
		},
		{
			sents: []string{"The Sahel Front did not receive weapons from Algeria, officials said."},
			not:   []string{"Algeria supports Sahel Front"},
		},
		{
			sents: []string{"President Omar Diallo received a letter from Algeria."},
			not:   []string{"Algeria supports Omar Diallo"},
		},
	})
}

// TestTargetOfNoun checks that "the target of" is a noun whose agent follows "of": the
// verb's order (subject before, object after) gives no fight there, while the verb still
// reads.
func TestTargetOfNoun(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Kivu Brigade has been the target of European Union sanctions since 2014."},
			not:   []string{"Kivu Brigade fights European Union"},
		},
		{
			sents: []string{"The Sahel Front was the main target of an Algerian offensive."},
			not:   []string{"Sahel Front fights Algeria"},
		},
		{
			sents: []string{"Rwanda targeted the Kivu Brigade with drones on Monday."},
			want:  []string{"Rwanda fights Kivu Brigade"},
		},
	})
}

// TestLoyalForces checks "fighters loyal to X" acting for X, also as the speaker of a
// reported clause whose pronoun subject stands for them; a bare force noun gives nothing.
func TestLoyalForces(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Fighters loyal to the Kivu Brigade killed Governor Paul Mbeki."},
			want:  []string{"Kivu Brigade fights Paul Mbeki"},
			not:   []string{"Paul Mbeki fights Kivu Brigade"},
		},
		{
			sents: []string{"Militants loyal to the Kivu Brigade said they attempted to assassinate Governor Paul Mbeki."},
			want:  []string{"Kivu Brigade fights Paul Mbeki"},
			not:   []string{"Paul Mbeki fights Kivu Brigade"},
		},
		{
			sents: []string{"Fighters loyal to the Kivu Brigade said they did not kill Governor Paul Mbeki."},
			not:   []string{"Kivu Brigade fights Paul Mbeki"},
		},
		{
			sents: []string{"Fighters said they killed Governor Paul Mbeki near the Kivu Brigade camp."},
			not:   []string{"Kivu Brigade fights Paul Mbeki"},
		},
	})
}

// TestUndergoerCopula checks "X is the target of Y strikes", "X was the recipient of Y
// aid", "X is under Y sanctions": the copula's subject is the one the event noun is done
// to; a noun of words ("criticism") and a negated copula give nothing.
func TestUndergoerCopula(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"The Kivu Brigade has been the target of Rwandan airstrikes."},
			want:  []string{"Rwanda fights Kivu Brigade"},
			not:   []string{"Kivu Brigade fights Rwanda"},
		},
		{
			sents: []string{"Goma was the target of Rwandan airstrikes."},
			want:  []string{"Rwanda attacked Goma"},
			not:   []string{"Goma attacked Rwanda"},
		},
		{
			sents: []string{"The Sahel Front was the recipient of Algerian military aid."},
			want:  []string{"Algeria supports Sahel Front"},
			not:   []string{"Sahel Front supports Algeria"},
		},
		{
			sents: []string{"The Kivu Brigade is under European Union sanctions."},
			want:  []string{"Kivu Brigade sanctionedBy European Union"},
			not:   []string{"European Union sanctionedBy Kivu Brigade"},
		},
		{
			sents: []string{"The Sahel Front was not the target of Algerian airstrikes."},
			not:   []string{"Algeria fights Sahel Front"},
		},
		{
			sents: []string{"The Sahel Front was the target of Algerian criticism."},
			not:   []string{"Algeria fights Sahel Front"},
		},
	})
}

// TestDoubleObjectAsCompound checks "gave the Kivu Brigade weapons", which the parser reads
// as one noun phrase with the name as a compound of the event noun: the name is the
// recipient, unless a "to" phrase names another, or the clause is negated.
func TestDoubleObjectAsCompound(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Rwanda gave the Kivu Brigade weapons and money, a UN report said."},
			want:  []string{"Rwanda supports Kivu Brigade"},
			not:   []string{"Kivu Brigade supports Rwanda"},
		},
		{
			sents: []string{"Rwanda sold the Kivu Brigade weapons to Uganda."},
			not:   []string{"Rwanda supports Kivu Brigade", "Kivu Brigade supports Rwanda"},
		},
		{
			sents: []string{"Rwanda did not give the Kivu Brigade weapons."},
			not:   []string{"Rwanda supports Kivu Brigade"},
		},
	})
}

// TestLightVerbOfDegree checks verbs of degree as light verbs ("increased cooperation in
// recent years with Y", the oblique on the verb), and both owners of a coordinated
// of-phrase after a force noun ("the armies of Uganda and Rwanda"); a negated clause and
// an unrelated noun give nothing.
func TestLightVerbOfDegree(t *testing.T) {
	runRelCases(t, []relCase{
		{
			sents: []string{"Kenya has strengthened cooperation over the past decade with the armies of Uganda and Rwanda."},
			want:  []string{"Kenya alliedWith Uganda", "Kenya alliedWith Rwanda"},
			not:   []string{"Uganda alliedWith Rwanda", "Kenya fights Uganda"},
		},
		{
			sents: []string{"Kenya has not increased cooperation with Uganda."},
			not:   []string{"Kenya alliedWith Uganda"},
		},
		{
			sents: []string{"Kenya has increased its exports to Uganda."},
			not:   []string{"Kenya alliedWith Uganda", "Kenya supports Uganda"},
		},
	})
}
