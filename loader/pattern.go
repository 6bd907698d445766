package loader

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

var beVerbs = wordSet("beVerbs")

// boundaries end the search for a subject to the left.
var boundaries = wordSet("boundaries")

// objectFillers may stand between a verb and its object.
var objectFillers = phraseList("objectFillers")

// applyTrigger adds the facts of trigger t at words[i:i+n].
func applyTrigger(v *sentenceView, fs *factSet, t trigger, i, n int, subj []*entity) {
	end := i + n
	if wordNoTrigger(v, t, i, n) {
		return
	}
	if k := v.demonymAgent(t, i); k >= 0 && subj == nil {
		subj = []*entity{v.ent(k)} // "protested over the Kenyan raid on P": Kenya raided, not the protester
	}
	if t.pred == schema.Visited && t.noun && v.visitAhead(i) {
		return // "in time for his visit to X", "ahead of the minister's visit to Y": a visit to come
	}
	if v.unrealOf(i) {
		return // "the risk of an Iranian attack on Y": a danger, no attack (ahead.go)
	}
	if (t.pred == schema.Visited || t.pred == schema.Met) && v.presentHaveWord(i) {
		return // "X has another meeting in Y before ...": a fixture to come (ahead.go)
	}
	if !t.noun && (v.verbTimeAhead(i, end) || t.host && v.possessedForm(i) || n == 1 && v.nounBeforePreposition(i)) || v.allegedNoun(i) || v.aheadSubordinate(i) {
		return // "X visits Y next week": a plan; "which X blames for two attacks on Y": a charge (ahead.go)
	}
	if t.joins && v.intendedAt(i) || !t.noun && v.bareInfinitive(i) {
		return // "trying to join X", "waiting to join X"; a headline's "X to meet Y": plans
	}
	if t.pred == schema.Fights && v.sportsContest() || t.pred == schema.Supports && (v.sport || v.aboutShow()) || t.pred == schema.Met && v.fixture(i) {
		return // "England's defeat to France", "a second-round clash with X", in a sport story "backed X to win", "X now meets Y": sport
	}
	if v.ws[end-1].Lower == "between" || end < len(v.ws) && v.ws[end].Lower == "between" {
		return // "talks between A and B", "clashes between A and B": the tree's (construct.go's between)
	}
	passive := triggerPassive(v, t, i, end)
	if !triggerAllowed(v, t, i, end) || passive && v.nounPassive(t, i) {
		return
	}
	left, leftAt := triggerSubjects(v, t, i, n, subj)
	if v.requested(leftAt, i) || t.pred == schema.SanctionedBy && v.appointedAs(end) || passive && len(left) > 0 && !adjacentPassive(v, leftAt, i) && (t.host || objectParticiple(v, t, i)) {
		return // "the show that replaced X in the Morning, hosted by Y": Y hosted the show, not X; "X praised the plan, backed by Y": Y backs the plan
	}
	if leftAt <= i && leftAt > i-4 && subj == nil {
		leftAt = i - 4 // a noun phrase: the verb that governs it ("feared a X push")
	}
	if v.blockedAround(max(leftAt, i-10), i, end) || v.allegedGerund(i) {
		return // "accused Y of backing Z": an allegation (shared/eval/wikinews/README.md call 4)
	}
	objAt := end
	if passive && end < len(v.ws) && v.ws[end].Lower == "by" {
		objAt = end + 1
	}
	right, placeAt := triggerObjects(v, fs, t, objAt, end)
	if t.pred == schema.Leads && !t.noun && placeAt < len(v.ws) && placeAt > objAt && branchNouns[v.ws[placeAt].Lower] {
		t.pred, right = schema.MemberOf, bodiesOf(right) // "who led Oxfam operations in Sudan": a part of the body (construct.go)
	}
	if t.pred == schema.Visited && n == 1 && v.ws[i].Lower == "in" {
		if left, right = presenceSides(v, i, end); left == nil {
			return
		}
	}
	if passive && (end < len(v.ws) && v.ws[end].Lower == "to" || t.pred == schema.Supports && v.ws[end-1].Lower == "to") {
		return // "oil from A, which has been supplied to B", "the plan was delivered to B": B receives it, from nobody named
	}
	if passive {
		left, right = right, left
	}
	if left, right = joinSides(v, t, end, placeAt, left, right); left == nil && t.joins {
		return
	}
	if t.pred == schema.Met && (remoteNear(v, i, placeAt) || v.treeBlockedNoun(i, end, t.pred)) || t.loose && v.disputeAfter(placeAt) && !anyArmed(left) && !anyArmed(right) {
		return // a phone or video call is not a meeting; "its battle with X over deficit limits" is a dispute
	}
	if len(left) == 0 && t.reversed && len(right) > 0 && placeAt+1 < len(v.ws) && v.ws[placeAt].Lower == "by" {
		// "sanctions on X by Y"
		if k := v.objectAt(placeAt + 1); k >= 0 {
			left = objectsFrom(v, k)
		}
	}
	if t.pred == schema.Met {
		meetingPlaceFacts(v, fs, t, left, right, placeAt)
		left = v.pairable(left, right, i, end) // "A and B met the delegates": not each other (cosubject.go)
	}
	emitAll(v, fs, t, left, right)
}

// bodiesOf returns the organisations of es: "heads the London operation" leads no place.
func bodiesOf(es []*entity) []*entity {
	var bodies []*entity
	for _, e := range es {
		if e.Class == schema.Organization {
			bodies = append(bodies, e)
		}
	}
	return bodies
}

// wordNoTrigger reports whether the trigger t at words[i:i+n] is no act at all: a
// participle used as a noun, a noun or adjective of a verb's form, the adverb "back".
func wordNoTrigger(v *sentenceView, t trigger, i, n int) bool {
	end := i + n
	if !t.noun && i > 0 && (v.ws[i-1].Lower == "the" || v.ws[i-1].Lower == "a") && strings.HasSuffix(v.ws[i].Lower, "ed") {
		return true // "evacuated the wounded": a participle used as a noun names no act
	}
	if !t.noun && n == 1 && i > 0 && bareNouns[v.ws[i].Lower] && (determiners[v.ws[i-1].Lower] || possessives[v.ws[i-1].Lower] || v.ws[i-1].in(hotPrepositions) && v.ws[i-1].Lower != "to" || v.ws[i-1].Lower == "behind" || commerceWords[v.ws[i-1].Lower]) {
		return true // "starred in hit US comedy X", "their hits", "a takeover target": a noun or an adjective, no verb
	}
	if n == 1 && v.ws[i].Lower == "back" && end < len(v.ws) && (v.ws[end].in(hotPrepositions) || v.ws[end].Lower == "home") {
		return true // "had gone back to Norway", "a ball back to X": the adverb, no backing
	}
	return false
}

// joinArguments returns the sides of a joining at words[end:] ("A joined B", "A was joined
// by B"), or false when it makes no allies: joining against a party ("joined forces
// against Y": Y is the enemy), joining in words, votes or lawsuits ("joined B in
// condemning Y", "A, joined by B, criticised Y": a joint statement is no alliance,
// Wikinews call 3), and joiners of an unnamed body with no one named to join ("A and B
// joined the coalition": each joins its leader, not the other, when coalitionFacts names
// it). "A and B joined forces" makes them allies of each other, "joined forces with C"
// allies of C.
func joinArguments(v *sentenceView, end, placeAt int, left, right []*entity) ([]*entity, []*entity, bool) {
	if end < len(v.ws) && joinForceWords[v.ws[end].Lower] {
		if end+1 < len(v.ws) && v.ws[end+1].Lower == "with" {
			if k := v.objectAt(end + 2); k >= 0 {
				return left, actorsFrom(v, k), true
			}
			return nil, nil, false
		}
		return left, nil, len(left) >= 2
	}
	if len(left) == 0 || len(right) == 0 {
		return nil, nil, false
	}
	for j := end; j < len(v.ws) && j < placeAt && v.at[j] < 0; j++ {
		if v.ws[j].Lower == "against" || joinGroupNouns[v.ws[j].Lower] && j+1 < len(v.ws) && v.ws[j+1].Lower == "of" {
			return nil, nil, false // "joined the group of X countries opposed to the tax": a camp of one view, no ally
		}
	}
	for j := placeAt; j < len(v.ws) && j < placeAt+3; j++ {
		if jointWordActs[v.ws[j].Lower] {
			return nil, nil, false
		}
		if w := v.ws[j].Lower; w != "in" && w != "," && w != "also" && w != "then" {
			break
		}
	}
	return left, right, true
}

// presenceSides returns the sides of a presence "in" at word i: "X in Moscow" only right
// after a person who opens the sentence; nil otherwise.
func presenceSides(v *sentenceView, i, end int) ([]*entity, []*entity) {
	if i == 0 || v.at[i-1] < 0 || v.ms[v.at[i-1]].Class != schema.Person || v.ms[v.at[i-1]].Start != 0 {
		return nil, nil
	}
	k := v.mentionStarting(end)
	if k < 0 {
		return nil, nil
	}
	return []*entity{v.ent(v.at[i-1])}, []*entity{v.ent(k)}
}

// joinSides returns the sides of trigger t: a joining's from joinArguments (nil when it
// makes no allies), any other trigger's as they are.
func joinSides(v *sentenceView, t trigger, end, placeAt int, left, right []*entity) ([]*entity, []*entity) {
	if !t.joins {
		return left, right
	}
	if l, r, ok := joinArguments(v, end, placeAt, left, right); ok {
		return l, r
	}
	return nil, nil
}

// joinForceWords, jointWordActs and joinGroupNouns: see data/words.txt.
var (
	joinGroupNouns = wordSet("joinGroupNouns")
	joinForceWords = wordSet("joinForceWords")
	jointWordActs  = wordSet("jointWordActs")
)

// anyArmed reports whether one of es is an armed body (armedSide).
func anyArmed(es []*entity) bool {
	for _, e := range es {
		if armedSide(e) {
			return true
		}
	}
	return false
}

// triggerPassive reports whether the trigger at words[i:end] is read as a passive ("was
// attacked by", "were also hit").
func triggerPassive(v *sentenceView, t trigger, i, end int) bool {
	if v.ws[end-1].Lower == "by" || t.active {
		return false // "designated as a terrorist by Y": the trigger reads the agent itself
	}
	if i > 0 && v.ws[i-1].in(hotBeVerbs) && !t.noun && strings.HasSuffix(v.ws[i].Lower, "ed") {
		return true
	}
	if end < len(v.ws) && v.ws[end].Lower == "by" && !t.noun {
		return true
	}
	return i > 1 && v.ws[i-2].in(hotBeVerbs) && (strings.HasSuffix(v.ws[i-1].Lower, "ly") || v.ws[i-1].Lower == "also") && strings.HasSuffix(v.ws[i].Lower, "ed")
}

// triggerAllowed reports whether the context of the trigger lets it state its relation:
// no alliance that is a peace or a trade deal, no sanction that is a stock listing.
func triggerAllowed(v *sentenceView, t trigger, i, end int) bool {
	if v.progressiveArrangement(i, end) {
		return false // "X is meeting Y on Thursday": an arrangement, not held yet (tree.go scheduled)
	}
	if t.pred == schema.Supports && end < len(v.ws) && v.ws[end].Lower == "of" && supportAgentNouns[v.ws[end-1].Lower] {
		return false // "X won the support of Y": Y is the supporter, the subject the supported
	}
	if t.pred == schema.SanctionedBy && v.ws[i].Lower == "listed" && (v.ws[i].Hyph || end < len(v.ws) && (v.ws[end].Lower == "on" || v.ws[end].Lower == "in")) {
		return false // "listed on the London Stock Exchange", "a Singapore-listed firm": shares, no sanction list
	}
	if t.pred == schema.Fights && strings.HasPrefix(v.ws[i].Lower, "oppos") && modifiedNoun(v, end) >= 0 {
		return false // "opposed U.S. funding", "opposes the X recommendation": a plan, not its maker, is opposed
	}
	if n := modifiedNoun(v, end); t.pred == schema.Fights && strings.HasPrefix(v.ws[i].Lower, "attack") && n >= 0 && verbalTargets[v.ws[n].Lower] {
		return false // "attacked UK policy on immigration", "attacked OECD forecasts": words, not arms
	}
	if noDeterminer(v, i) {
		return false // "no treaty between X and Y", "no military support for Z": none
	}
	if t.pred != schema.AlliedWith {
		return true
	}
	for j := max(i-1, 0); j < end; j++ {
		if truceAt(v, j) {
			return false // a peace agreement ends a war; it makes no allies
		}
		if j >= i && agreementNouns[v.ws[j].Lower] && !v.aboutSecurity() {
			return false // "signed an accord with Y covering a bond issue": no arms, no allies
		}
	}
	for j := max(i-3, 0); j < len(v.ws) && j < end+8 && v.ws[j].Text != ";"; j++ {
		if commerceWords[v.ws[j].Lower] {
			return false // a trade or credit deal makes no allies
		}
	}
	return true
}

// noDeterminer reports whether the trigger at word i is a noun under the determiner "no",
// with at most two lower-case modifiers between ("no treaty", "no formal security pact").
func noDeterminer(v *sentenceView, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := v.ws[j]
		if w.Lower == "no" {
			return true
		}
		if w.Punct || w.Cap || v.at[j] >= 0 {
			return false
		}
	}
	return false
}

// verbalTargets are nouns for what is attacked in words ("attacked UK policy"; data/words.txt).
var verbalTargets = wordSet("verbalTargets")

// modifiedNoun returns the noun that the mention after a verb ending at word end only
// modifies ("opposed U.S. funding", "opposing the Y recommendation": what is opposed is
// that noun), or -1 when the mention is the object itself.
func modifiedNoun(v *sentenceView, end int) int {
	j := end
	if j < len(v.ws) && v.ws[j].Lower == "the" {
		j++
	}
	k := v.mentionStarting(j)
	if k < 0 || v.ms[k].End >= len(v.ws) {
		return -1
	}
	j = v.ms[k].End
	for j < len(v.ws) && v.ws[j].Cap && !v.ws[j].Punct && v.at[j] < 0 {
		j++ // "the Kenyan Treasury recommendation": a name no lexicon knows, then the noun
	}
	if j >= len(v.ws) {
		return -1
	}
	if w := v.ws[j]; w.Cap || w.Punct || w.Key == "s" || w.in(hotPrepositions) || w.in(hotBoundaries) || w.Lower == "and" || w.Lower == "or" {
		return -1
	}
	if armedMemberNouns[v.ws[j].Lower] {
		return -1 // "opposed the X rebels", "the X forces": the group itself, no thing of it
	}
	return j
}

// armedMemberNouns name the armed members of a group after its name ("the X rebels"; data/words.txt).
var armedMemberNouns = wordSet("armedMemberNouns")

// triggerSubjects returns the subjects of the trigger at words[i:i+n] and the word after
// the last of them: given, the possessor or adjectives of an event noun ("X's visit",
// "the Russian-Iranian push"), or the nearest fitting mention to the left.
func triggerSubjects(v *sentenceView, t trigger, i, n int, subj []*entity) ([]*entity, int) {
	if subj != nil {
		return subj, i
	}
	if w := strings.TrimSuffix(v.ws[max(i-1, 0)].Lower, "s"); t.adj && i > 0 && v.at[i-1] < 0 && (forceNouns()[w] != "" || forceWords[v.ws[i-1].Lower]) {
		return nil, i // "forces loyal to X": the unnamed forces, not a name before them (the tree reads "X fighters loyal to Y")
	}
	if k := possessorBefore(v, i); k >= 0 && nominals[v.ws[i].Lower] {
		if v.nominalAhead(i) {
			return nil, i // "X's visit to Y next week", "During his trip to Y, X will meet Z"
		}
		return []*entity{v.ent(k)}, v.ms[k].End // "X's second meeting with Y", "during his visit to Y"
	}
	if ks := adjectiveSubjects(v, i); len(ks) > 0 && (t.noun || nominals[v.ws[i].Lower]) {
		var left []*entity
		for _, k := range ks {
			left = append(left, v.ent(k))
		}
		return left, v.ms[ks[len(ks)-1]].End
	}
	if i > 1 && determiners[v.ws[i-1].Lower] && !lightVerbs[v.ws[i-2].Lower] && !t.noun && (strikeNouns[v.ws[i].Lower] || campaignNouns[v.ws[i].Lower] && (commentVerbs[v.ws[i-2].Lower] || warStanceWords[v.ws[i-2].Lower])) {
		return nil, i // "the bombing", "an attack", "criticised the war on Y": an event noun whose agent is not named here
	}
	if t.noun && !(i > 0 && v.ws[i-1].Lower == "between") {
		return possessiveNounSubject(v, i)
	}
	k := findSubject(v, i, t)
	if k < 0 || v.marketModifier(k) {
		return nil, i // "U.K. manufacturers backed X": a market, no state
	}
	var left []*entity
	first := v.ms[k].Start
	for _, x := range v.listBefore(k) {
		left = append(left, v.ent(x))
		first = min(first, v.ms[x].Start)
	}
	if j := v.unrealThat(first); j >= 0 {
		return nil, j // "proposed that A and B meet": not held yet; the negator blocks the trigger
	}
	if c := coalitionNounBefore(v, first); c >= 0 {
		// "a Saudi-led coalition of A, B and C struck Y": the coalition acts, under its
		// leader; its members are each allied with it, not each the actor.
		left = nil
		if o := coalitionOwner(v, c); o != nil {
			left = []*entity{o}
		}
	}
	if v.ms[k].Kind == mPronoun && v.ms[k].ent == nil || t.pred == schema.AlliedWith && hostileObject(v, k) {
		left = nil // "troops to eliminate X in cooperation with Y": X is the enemy
	}
	return left, v.ms[k].End
}

// unrealThat returns the word before the subject starting at word s that keeps the
// "that" clause the subject opens from stating a fact ("proposed that the two leaders
// meet", "denied that X armed Y", "denied reports that X met Y"; data/words.txt
// reportNouns), or -1.
func (v *sentenceView) unrealThat(s int) int {
	if s > 0 && v.ws[s-1].Lower == "the" {
		s--
	}
	if s < 2 || v.ws[s-1].Lower != "that" {
		return -1
	}
	j := s - 2
	if j > 1 && timeWords[v.ws[j].Lower] && (v.ws[j-1].Lower == "on" || v.ws[j-1].Lower == "last") {
		j -= 2 // "denied on Monday that", "denied last week that"
	}
	if reportNouns[v.ws[j].Lower] && j > 0 {
		j-- // "denied reports that", "denied the reports that", "dismissed media claims that"
		if j > 0 && (determiners[v.ws[j].Lower] || v.ws[j].Lower == "media") {
			j--
		}
	}
	if v.ws[j].in(hotNegators) || j < s-2 && denialForm(v.ws[j].Lower) {
		return j
	}
	return -1
}

// denialForm reports whether word form w (lower case) is a form of a verb of denial
// ("dismissed", "disputes", "rejected"; data/modality.tsv kind denial).
func denialForm(w string) bool {
	for _, stem := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "d"), strings.TrimSuffix(w, "ed"), strings.TrimSuffix(w, "es"), strings.TrimSuffix(w, "ied") + "y"} {
		if modality()[stem] == "denial" {
			return true
		}
	}
	return false
}

// reportNouns: see data/words.txt.
var reportNouns = wordSet("reportNouns")

// possessiveNounSubject returns the possessor a few words before event noun i ("X's
// surprise visit"), and the word after it.
func possessiveNounSubject(v *sentenceView, i int) ([]*entity, int) {
	j := i - 1
	for j > 0 && j >= i-3 && v.at[j] < 0 && !v.ws[j].Punct && v.ws[j].Key != "s" && v.ws[j].Text != "'" {
		j--
	}
	if j > 0 && (v.ws[j].Key == "s" && !v.ws[j].Hyph || v.ws[j].Text == "'") && v.at[j-1] >= 0 {
		k := v.at[j-1]
		return []*entity{v.ent(k)}, v.ms[k].End
	}
	return nil, i
}

// triggerObjects returns the objects of the trigger read from word objAt, and where a
// place "in P" may follow them; for an attack on unnamed targets, the place of the
// targets ("attacks on oil facilities in Y").
func triggerObjects(v *sentenceView, fs *factSet, t trigger, objAt, end int) ([]*entity, int) {
	var right []*entity
	placeAt := end // where "in P" may follow: after the trigger or its objects
	k := v.objectAt(objAt)
	if k >= 0 && t.direct && objAt < len(v.ws) && v.at[objAt] < 0 && contains(objectFillers, v.ws[objAt].Lower) {
		k = -1 // "shot to the top of the UK chart": a verb of a direct object has none after "to"
	}
	if k >= 0 && t.pred == schema.Visited && objAt < len(v.ws) && v.at[objAt] < 0 && inStateNouns[v.ws[objAt].Lower] {
		k = -1 // "when X was in government Y suffered": a state of office, no place
	}
	if k >= 0 && v.marketModifier(k) {
		k = -1 // "backed U.K. manufacturers", "supported the U.S. currency": a market, no state
	}
	if k >= 0 && (t.pred == schema.AlliedWith || t.pred == schema.Supports || t.pred == schema.Met) && v.wordBetween(objAt, v.ms[k].Start, "against") {
		k = -1 // "fought alongside government forces against Y": Y is the enemy, no ally
	}
	if k >= 0 && thatClauseSubject(v, objAt, k) {
		k = -1 // "X advised that Y should resign": Y is the clause's subject, no object
	}
	if k >= 0 && t.pred == schema.Fights && !t.attack && v.modifiesStance(k) {
		return nil, end // "opposed the Green Front bid": a fight with a plan is no fight with its maker
	}
	if k >= 0 {
		locative := false
		for j := objAt; j < v.ms[k].Start; j++ {
			switch v.ws[j].Lower {
			case "in", "at", "into", "inside", "near":
				locative = true
			}
		}
		if !locative || t.pred == schema.Visited || t.attack && (strings.Contains(v.ws[end-1].Lower, "in") || v.ms[k].Class == schema.Place) {
			right = objectsFrom(v, k)
			if !t.attack && t.pred != schema.Visited {
				right = actorsFrom(v, k) // "imposed sanctions on Tehran": the state
			}
			_, placeAt = v.list(k)
		}
	} else if t.attack {
		right = targetPlace(v, fs, objAt)
	}
	if t.attack && len(right) > 0 {
		fs.lastTarget = right[0]
	}
	return right, placeAt
}

// wordBetween reports whether word w (lower case) stands in [a, b).
func (v *sentenceView) wordBetween(a, b int, w string) bool {
	for j := max(a, 0); j < b && j < len(v.ws); j++ {
		if v.ws[j].Lower == w {
			return true
		}
	}
	return false
}

// progressiveArrangement reports whether the trigger at word i is a present participle
// after "is", "are" or "am" with a weekday in its clause after it ("is meeting Y on
// Thursday").
func (v *sentenceView) progressiveArrangement(i, end int) bool {
	if i == 0 || !strings.HasSuffix(v.ws[i].Lower, "ing") {
		return false
	}
	if b := v.ws[i-1].Lower; b != "is" && b != "are" && b != "am" {
		return false
	}
	for j := end; j < len(v.ws) && j < end+8 && !v.ws[j].Punct; j++ {
		if weekdays[v.ws[j].Lower] {
			return true
		}
	}
	return false
}

// supportAgentNouns: see data/words.txt.
var supportAgentNouns = wordSet("supportAgentNouns")

// marketNouns: see data/words.txt.
var marketNouns = wordSet("marketNouns")

// marketModifier reports whether country mention k only modifies a noun of a market within
// the next two lower-case words ("U.K. manufacturers", "Japanese car exporters").
func (v *sentenceView) marketModifier(k int) bool {
	if v.ms[k].Class != schema.Country {
		return false
	}
	for j := v.ms[k].End; j < len(v.ws) && j < v.ms[k].End+2 && !v.ws[j].Punct && !v.ws[j].Cap; j++ {
		if marketNouns[v.ws[j].Lower] {
			return true
		}
	}
	return false
}

// targetPlace returns the place of unnamed targets after word objAt ("attacks on oil
// facilities in Y"); a country there is only remembered, for a claim of the attack.
func targetPlace(v *sentenceView, fs *factSet, objAt int) []*entity {
	for j := objAt; j < len(v.ws) && j < objAt+5 && !v.ws[j].Punct && v.at[j] < 0; j++ {
		if v.ws[j].Lower != "in" && v.ws[j].Lower != "at" {
			continue
		}
		if k := v.mentionStarting(j+1, placeDirections...); k >= 0 && v.ms[k].Kind != mDemonym {
			if v.ms[k].Class == schema.Place {
				return objectsFrom(v, k)
			} else if v.ms[k].Class == schema.Country {
				fs.lastTarget = v.ent(k) // only for a claim: the targets may not be the country's
			}
		}
		break
	}
	return nil
}

// thatClauseSubject reports whether mention k, found as the object of the trigger whose
// object may start at word objAt, is instead the subject of a "that" clause: "that"
// (or "that the") before it, a clause verb or auxiliary after it.
func thatClauseSubject(v *sentenceView, objAt, k int) bool {
	s, e := v.ms[k].Start, v.ms[k].End
	if s > objAt && v.ws[s-1].Lower == "the" {
		s--
	}
	return s > objAt && v.ws[s-1].Lower == "that" && e < len(v.ws) && clauseVerbs[v.ws[e].Lower]
}

// adjacentPassive reports whether the passive participle at word i belongs to the subject
// ending at word from: a comma or an auxiliary comes first after it ("X, hosted by Y", "X
// was, officials said, received by Y"), not a phrase of its own ("the show that replaced X
// in the Morning, hosted by Y").
func adjacentPassive(v *sentenceView, from, i int) bool {
	if from >= i {
		return true
	}
	w := v.ws[from].Lower
	return w == "," || beVerbs[w] || w == "has" || w == "have" || w == "had" || w == "been" || w == "being"
}

// objectParticiple reports whether the passive participle at word i, away from its
// subject, follows a comma and a noun of no mention (nounCommaBefore): it modifies that
// noun. Meetings and visits keep their own reading ("arrived in the capital, accompanied
// by Y").
func objectParticiple(v *sentenceView, t trigger, i int) bool {
	return nounCommaBefore(v, i) && t.pred != schema.Met && t.pred != schema.Visited
}

// nounCommaBefore reports whether a comma and a lower-case word of no mention stand just
// before the participle at word i ("the proposal, supported by Y"): the participle
// modifies that noun. A participle there is the first of a list of them ("X, supported,
// trained and armed by Y"), which goes with what the first one goes with.
func nounCommaBefore(v *sentenceView, i int) bool {
	if i < 2 || v.ws[i-1].Text != "," || v.at[i-2] >= 0 {
		return false
	}
	w := v.ws[i-2]
	return !w.Cap && !w.Punct && w.Key != "" && !strings.HasSuffix(w.Lower, "ed")
}

// remoteNear reports whether a word of calls stands around a meeting trigger at word i.
func remoteNear(v *sentenceView, i, placeAt int) bool {
	for j := max(i-3, 0); j < len(v.ws) && j < placeAt+4; j++ {
		if remoteWords[v.ws[j].Lower] {
			return true
		}
	}
	return false
}

// meetingPlaceFacts reads "A met B in P", "A and B held talks in P": both were in P, but
// a host is at home.
func meetingPlaceFacts(v *sentenceView, fs *factSet, t trigger, left, right []*entity, placeAt int) {
	if placeAt+1 >= len(v.ws) || v.ws[placeAt].Lower != "in" && v.ws[placeAt].Lower != "at" {
		return
	}
	k := v.mentionStarting(placeAt + 1)
	if k < 0 || v.ms[k].Kind == mDemonym || v.ms[k].Class != schema.Place && v.ms[k].Class != schema.Country {
		return
	}
	travellers := append(append([]*entity{}, left...), right...)
	if t.host {
		travellers = right // the guest came; the host (the agent) received him at home
	}
	for _, p := range travellers {
		if !fs.atHome(p, v.ms[k]) {
			fs.add(p, schema.Visited, v.ent(k), v.n)
		}
	}
}

// emitAll adds the facts between the subjects and the objects; a symmetric relation
// with two subjects and no object joins the subjects ("A and B met").
func emitAll(v *sentenceView, fs *factSet, t trigger, left, right []*entity) {
	if len(right) == 0 && (t.pred == schema.Met || t.pred == schema.AlliedWith) && len(left) >= 2 {
		if t.host {
			return // "A and B received letters": hosts need a guest
		}
		for a := 0; a < len(left); a++ {
			for b := a + 1; b < len(left); b++ {
				emit(fs, t, left[a], left[b], v)
			}
		}
		return
	}
	for _, s := range left {
		for _, o := range right {
			emit(fs, t, s, o, v)
		}
	}
}

// hostileVerbs govern an enemy as their object.
var hostileVerbs = wordSet("hostileVerbs")

// hostileObject reports whether mention k is the object of a hostile verb ("to defeat
// the X"), and so no ally of what follows.
func hostileObject(v *sentenceView, k int) bool {
	j := v.ms[k].Start - 1
	for j >= 0 && v.at[j] < 0 && (determiners[v.ws[j].Lower] || titleLex().modifiers[v.ws[j].Lower]) {
		j--
	}
	return j >= 0 && v.at[j] < 0 && hostileVerbs[v.ws[j].Lower]
}

func emit(fs *factSet, t trigger, s, o *entity, v *sentenceView) {
	if s == nil || o == nil {
		return
	}
	p := t.pred
	if t.contest && s.Class == schema.Person && o.Class == schema.Person {
		return
	}
	if t.contest && v.aboutElection() {
		return // "X defeated the Moscow-backed candidate at the polls": a vote, no war
	}
	if t.loose && !v.armedFight(s, o) {
		return // "fought the bill", "battled X in court", "fought Y for the title": no arms
	}
	if t.attack && labourBody(s) {
		return // "the plant was struck by the X Teamsters": a stoppage of work
	}
	if t.attack && o.Class == schema.Person && (s.Class == schema.Person || isParty(s)) && !v.armedFight(s, o) {
		return // "Democrats continued to attack X on his taxes", "Y attacked Z over his plans": words
	}
	if t.attack && o.Class == schema.Country && v.victimsOf(o) {
		return // "killed four Iraqis": people, not their state
	}
	if t.pred == schema.Supports && v.policyOwner(supported(t, s, o)) {
		return // "defended the U.S. strategy": a policy backed, not its state
	}
	if t.attack && v.targetOwner(s) {
		return // "planes attacked Sudanese targets in X": Sudan owns the targets, it struck nothing
	}
	if v.onePersonDemonym(s) || v.onePersonDemonym(o) {
		return // "a Kenyan who joined Ugandan troops": one person, not his state
	}
	if t.attack {
		fs.lastAgent = s
	}
	if t.joins && s.Class == schema.Person && o.Class == schema.Organization {
		p = schema.MemberOf // "X joined the Y party"
	} else if t.joins && (economicBody(o) || economicBody(s)) {
		return // "X joined GATT", "joined the World Trade Organization": a market's member, no ally
	}
	if t.attack && o.Class == schema.Place {
		p = schema.Attacked
	} else if t.attack {
		p = schema.Fights
	}
	if t.pred == schema.Leads && armed(o) {
		p = schema.Commands
	}
	if t.reversed {
		s, o = o, s
	}
	fs.add(s, p, o, v.n)
}

// visitAhead reports whether the visit noun at i is the object of a phrase that puts it
// still to come ("in time for his visit", "ahead of the minister's visit"; data/words.txt
// visitAheadPhrases), looking back over its possessor and determiner.
func (v *sentenceView) visitAhead(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := v.ws[k].Lower
		if !prepositions[w] && w != "before" {
			continue
		}
		for n := 1; n <= 3 && k-n+1 >= 0; n++ {
			var parts []string
			for _, x := range v.ws[k-n+1 : k+1] {
				parts = append(parts, x.Lower)
			}
			if visitAheadPhrases[strings.Join(parts, " ")] {
				return true
			}
		}
		return false
	}
	return false
}

// visitAheadPhrases govern a visit still to come (data/words.txt).
var visitAheadPhrases = phraseSet("visitAheadPhrases")

// targetOwner reports whether e is named in v only by demonyms before a target noun
// ("Sudanese targets", "an Iranian target"): the side struck, never the attacker.
func (v *sentenceView) targetOwner(e *entity) bool {
	found := false
	for _, m := range v.ms {
		if m.ent != e {
			continue
		}
		if m.Kind != mDemonym || m.End >= len(v.ws) || !targetHeads[v.ws[m.End].Lower] {
			return false
		}
		found = true
	}
	return found
}

// supported returns the side a support trigger backs: its object, or for a passive
// trigger ("backed by") its subject.
func supported(t trigger, s, o *entity) *entity {
	if t.reversed {
		return s
	}
	return o
}

// policyOwner reports whether e is named in v only as the modifier of a policy noun ("the
// U.S. strategy", "the Kisumu plan"; data/words.txt policyHeads).
func (v *sentenceView) policyOwner(e *entity) bool {
	found := false
	for _, m := range v.ms {
		if m.ent != e {
			continue
		}
		if m.End >= len(v.ws) || !policyHeads[v.ws[m.End].Lower] {
			return false
		}
		found = true
	}
	return found
}

// policyHeads are the nouns of a policy an owner's name modifies (data/words.txt).
var policyHeads = wordSet("policyHeads")

// targetHeads are the nouns an owner's demonym modifies when its side is struck (data/words.txt).
var targetHeads = wordSet("targetHeads")

// victimsOf reports whether country o is named in v only by plural demonyms ("four
// Iraqis"): people, not their state, as the object of an attack.
func (v *sentenceView) victimsOf(o *entity) bool {
	found := false
	for k, m := range v.ms {
		if m.ent != o {
			continue
		}
		if !v.victims(k) {
			return false
		}
		found = true
	}
	return found
}

// actorsFrom is objectsFrom with capitals read as their countries.
func actorsFrom(v *sentenceView, k int) []*entity {
	ks, _ := v.list(k)
	var out []*entity
	for _, x := range ks {
		if e := actorOf(v, x); e != nil {
			out = append(out, e)
		}
	}
	return out
}

// objectsFrom returns the entity of mention k and those coordinated with it.
func objectsFrom(v *sentenceView, k int) []*entity {
	ks, _ := v.list(k)
	var out []*entity
	for _, x := range ks {
		if e := v.ent(x); e != nil {
			out = append(out, e)
		}
	}
	return out
}

// nominals are event nouns whose possessor is their agent ("X's visit to Y", "his
// meeting with Y").
var nominals = wordSet("nominals")

// determiners before an event word make it a noun: "attributed the bombing to Y".
var determiners = wordSet("determiners")

// inStateNouns after "in" name a state of office, not a place ("in government", "in
// power"): data/words.txt.
var inStateNouns = wordSet("inStateNouns")

// campaignNouns, after a determiner and a verb of comment or stance (commentVerbs,
// warStanceWords), are wars their subject judges and need not fight ("X criticised the war
// on Y", "protests against the war on Y"); "during the war on Y" keeps the subject. See
// data/words.txt.
var (
	campaignNouns  = wordSet("campaignNouns")
	warStanceWords = wordSet("warStanceWords")
)

// lightVerbs take an event noun whose agent is their subject: "X launched an attack on Y".
var lightVerbs = wordSet("lightVerbs")

// groupHeads may stand between a name and a relative pronoun: "the X militia, which ...".
var groupHeads = wordSet("groupHeads")

// adjectiveSubjects returns the demonyms (a hyphenated group of them, "Russian-Iranian")
// that modify the noun at word i, allowing two modifiers between ("Turkish military
// offensive"); nil if none.
func adjectiveSubjects(v *sentenceView, i int) []int {
	j := i - 1
	for n := 0; n < 2 && j > 0 && v.at[j] < 0 && !v.ws[j].Punct && !v.ws[j].Cap && !v.ws[j].in(hotPrepositions) &&
		!v.ws[j].in(hotBoundaries) && !v.ws[j].in(hotBeVerbs) && v.ws[j].Lower != "and" && v.ws[j].Key != "s"; n++ {
		j--
	}
	if j < 0 || v.at[j] < 0 || v.ms[v.at[j]].Kind != mDemonym || v.ms[v.at[j]].ent == nil {
		return nil
	}
	k := v.at[j]
	ks := []int{k}
	for k > 0 && v.ms[k-1].End == v.ms[k].Start && v.ws[v.ms[k].Start].Hyph && v.ms[k-1].ent != nil {
		k--
		ks = append([]int{k}, ks...)
	}
	if s := v.ms[k].Start; s > 0 && v.ws[s-1].Key == "s" {
		return nil
	}
	return ks
}

// possessorBefore returns the possessor of the noun at word i ("X's", "his", "Russia's
// second"), allowing up to three modifiers between; -1 if none.
func possessorBefore(v *sentenceView, i int) int {
	j := i - 1
	for n := 0; n < 3 && j > 0 && v.at[j] < 0 && !v.ws[j].Punct && !v.ws[j].Cap && v.ws[j].Key != "s" &&
		!v.ws[j].in(hotPrepositions) && !v.ws[j].in(hotBoundaries) && !v.ws[j].in(hotBeVerbs) && v.ws[j].Lower != "and"; n++ {
		j--
	}
	if j < 0 {
		return -1
	}
	if j > 0 && (v.ws[j].Key == "s" && !v.ws[j].Hyph || v.ws[j].Text == "'") && v.at[j-1] >= 0 && v.at[j] < 0 {
		k := v.at[j-1]
		if v.ms[k].ent != nil && v.ms[k].Kind != mDemonym {
			return k
		}
		return -1
	}
	if k := v.at[j]; k >= 0 && v.ms[k].Kind == mPronoun && v.ms[k].ent != nil {
		switch v.ws[j].Lower {
		case "his", "her", "its":
			return k
		}
	}
	return -1
}

// prepositions whose object is not a clause's subject.
var prepositions = wordSet("prepositions")

// findSubject returns the mention nearest to the left of words[i] that can be the subject
// of t, or -1.
func findSubject(v *sentenceView, i int, t trigger) int {
	dom := t.pred.Domain()
	if t.reversed {
		dom = t.pred.Range()
	}
	if t.joins {
		dom = append([]schema.Class{schema.Person}, dom...)
	}
	seen, coordVP := false, false
	limit := i - 14
	for j := i - 1; j >= 0 && j >= limit; j-- {
		w := v.ws[j]
		if v.at[j] < 0 {
			if (w.Lower == "that" || w.Lower == "which") && j > 1 && weaponNouns[v.ws[j-1].Lower] && t.attack {
				// "X fired missiles that flew over A and struck Y": the missiles are X's.
				limit = min(limit, j-12)
				seen, coordVP = false, false
				continue
			}
			if w.Lower == "to" && !seen {
				if k := v.controlledObject(j); k >= 0 {
					if j+2 < i && ceaseVerbs[v.ws[j+1].Lower] {
						return k // "called on X to end its attacks on Y": X made them
					}
					return -1 // "called on X to attack Y", "urged X to launch raids": a request
				}
			}
			if w.Text == "," && !seen && !v.byAfter(i) {
				if k, ok := closedRelative(v, j); ok {
					return k // "X, who met Y last year, visited Z": X
				}
			}
			if w.Lower == "and" && !seen {
				coordVP = true // "A struck B and bombed C": B is the first verb's object
			}
			if k, stop := subjectStop(v, i, j); stop {
				return k
			}
			continue
		}
		k := v.at[j]
		m := v.ms[k]
		j = m.Start
		if m.ent == nil || m.Start > 0 && contrastPrepositions[v.ws[m.Start-1].Lower] {
			continue // "X, unlike Y, supports Z": Y is set against the subject
		}
		if !seen {
			seen = true
			if coordVP && objectLike(v, m.Start) {
				if ks := v.listBefore(k); len(ks) > 1 {
					j = v.ms[ks[len(ks)-1]].Start
				}
				continue
			}
		}
		if subjectFits(v, k, i, t, dom) {
			return k
		}
	}
	return -1
}

// contrastPrepositions set a name against the subject: data/words.txt.
var contrastPrepositions = wordSet("contrastPrepositions")

// subjectStop reports whether the word j before trigger i ends the search for its
// subject, and the subject found there (-1 for none): a boundary, a verb of reporting
// ("X claims Y flies arms to Z": X is not the subject), object control ("sent an envoy to
// meet B"), or a relative pronoun, whose antecedent is the subject.
func subjectStop(v *sentenceView, i, j int) (int, bool) {
	w := v.ws[j]
	if controlVerbs[w.Lower] && i > 0 && v.ws[i-1].Lower == "to" {
		return -1, true // "A sent an envoy to meet B": the envoy meets B
	}
	if w.in(hotBoundaries) || w.Text == "\"" || w.in(hotReportVerbs) && j+1 < len(v.ws) && !v.ws[j+1].in(hotPrepositions) && !selfPronouns[v.ws[j+1].Lower] {
		return -1, true
	}
	if (w.Lower == "who" || w.Lower == "which" || w.Lower == "whose") && j > 0 {
		return relativeAntecedent(v, j), true
	}
	return -1, false
}

// controlledObject returns the mention just before the infinitive "to" at word j when it
// is the object of a verb of control ("urged X to", "called on the X to"), which does
// what the infinitive says; -1 otherwise.
func (v *sentenceView) controlledObject(j int) int {
	if j < 2 || v.at[j-1] < 0 {
		return -1
	}
	k := v.at[j-1]
	s := v.ms[k].Start
	if s > 0 && v.ws[s-1].Lower == "the" {
		s--
	}
	if s > 1 && v.ws[s-1].Lower == "on" && callVerbs[v.ws[s-2].Lower] {
		return k
	}
	if s > 0 && controlVerbs[v.ws[s-1].Lower] {
		return k
	}
	return -1
}

// ceaseVerbs in an infinitive presuppose the act their object names ("urged X to end its
// attacks": X attacked), where another verb only requests it.
var ceaseVerbs = wordSet("ceaseVerbs")

// callVerbs take "on" before the object they urge ("called on X to").
var callVerbs = wordSet("callVerbs")

// byAfter reports whether "by" follows word i within two words: a participle with its
// agent ("X, which replaced Y, hosted by Z"), which modifies the noun before it.
func (v *sentenceView) byAfter(i int) bool {
	for j := i + 1; j < len(v.ws) && j <= i+2; j++ {
		if v.ws[j].Lower == "by" {
			return true
		}
	}
	return false
}

// closedRelative reports whether the comma at word j closes a relative clause opened
// by a comma and a relative pronoun ("X, who met Y last year, visited Z"), and the
// mention the pronoun stands for: the subject of the verb after the clause.
func closedRelative(v *sentenceView, j int) (int, bool) {
	for r := j - 1; r > 1 && r > j-15; r-- {
		w := v.ws[r]
		if w.Lower == "that" || w.Lower == "who" {
			if k := appositiveRelativeBefore(v, r); k >= 0 {
				return k, true // "X, a militia that Y accused of crimes, attacked Z": X
			}
		}
		if w.Text == "\"" || w.in(hotBoundaries) {
			return -1, false
		}
		if w.Text != "," {
			continue
		}
		if p := v.ws[r+1].Lower; p != "who" && p != "whom" && p != "which" {
			return -1, false
		}
		if k := relativeAntecedent(v, r+1); k >= 0 {
			return k, true
		}
		return -1, false
	}
	return -1, false
}

// appositiveRelativeBefore returns the mention before an apposition whose relative
// pronoun stands at word q (", a militia that ...", ", the man who ..."): a comma, a
// determiner and a short common noun phrase before q, no name and no verb of reporting
// in it; -1 otherwise.
func appositiveRelativeBefore(v *sentenceView, q int) int {
	for r := q - 2; r >= 1 && r >= q-5; r-- {
		w := v.ws[r]
		if w.Text == "," {
			if v.at[r-1] < 0 || !determiners[v.ws[r+1].Lower] || r+1 == q-1 {
				return -1
			}
			return v.at[r-1]
		}
		if w.Punct || v.at[r] >= 0 || w.in(hotReportVerbs) || clauseVerbs[w.Lower] || w.in(hotBoundaries) {
			return -1
		}
	}
	return -1
}

// relativeAntecedent returns the mention a relative pronoun at word j stands for ("X,
// who ..."), or -1.
func relativeAntecedent(v *sentenceView, j int) int {
	a := j - 1
	if v.ws[a].Text == "," {
		a--
	}
	if v.ws[j].Lower == "who" {
		if p := appositiveHolder(v, a); p >= 0 {
			return p // "X, the general of Y's militia who is ...": X
		}
	}
	if a >= 0 && v.at[a] >= 0 {
		if h := v.ms[v.at[a]]; h.Kind == mCollective && h.Start > 0 && v.at[h.Start-1] >= 0 {
			return v.at[h.Start-1] // "the X militia, which ..."
		}
		return v.at[a]
	}
	if a >= 1 && groupHeads[v.ws[a].Lower] && v.at[a-1] >= 0 {
		return v.at[a-1] // "the X militia, which ..."
	}
	return -1
}

// subjectFits reports whether mention k, before trigger i, can be its subject: not the
// object of a preposition or a possessor ("the commander of the Quds Force"), not an
// adjective ("Iranian-backed", "Russian air strikes"), and of a class the predicate
// allows.
func subjectFits(v *sentenceView, k, i int, t trigger, dom []schema.Class) bool {
	m := v.ms[k]
	if m.Start > 0 && v.ws[m.Start-1].in(hotPrepositions) {
		return false
	}
	if m.Start > 1 && v.ws[m.Start-1].Lower == "the" && v.ws[m.Start-2].in(hotPrepositions) {
		return false
	}
	if prepObject(v, k) {
		return false // "over Spain and Italy": coordinated with a preposition's object
	}
	if locatingApposition(v, m.Start) {
		return false // "in Kisumu, Velkaria in support of X": where, not who
	}
	if m.End < len(v.ws) && v.ws[m.End].Key == "s" && !v.ws[m.End].Hyph && !t.noun && m.End+1 < i {
		return false
	}
	if m.End < len(v.ws) && v.ws[m.End].Hyph {
		return false // "Iranian-backed"
	}
	if m.coref && v.ws[m.Start].Lower == "its" && m.End < i && !ownForce(m.ent, v.ws[m.End].Lower) {
		return false // "X said its unit signed ...": the unit, not X; but "its troops" are X's
	}
	if m.Kind == mPronoun && !subjectPronouns[v.ws[m.Start].Lower] {
		return false // "her dad received X", "advised me": a possessor or an object
	}
	if m.Kind == mDemonym && m.End < i && m.End < len(v.ws) && !v.ws[m.End].Punct && v.at[m.End] < 0 && !forceWords[v.ws[m.End].Lower] {
		return false // "Russian air strikes": an adjective
	}
	for _, c := range dom {
		if m.ent.Class == c {
			return true
		}
	}
	return false
}

// locatingApposition reports whether the mention starting at word s follows "Place," that
// is itself a preposition's object, and is followed by a preposition, a punctuation mark
// or the end: "in Kisumu, Velkaria in support of", "at Lakeside, NV, on Monday" locate the
// place before the comma, and like it are no clause's subject ("in Kisumu, X met Y" is).
func locatingApposition(v *sentenceView, s int) bool {
	if s < 2 || v.ws[s-1].Text != "," || v.at[s-2] < 0 || v.at[s] < 0 {
		return false
	}
	if e := v.ms[v.at[s]].End; e < len(v.ws) && !v.ws[e].Punct && !v.ws[e].in(hotPrepositions) {
		return false // "on his trip to Moscow, X has met ...": a verb follows, a subject
	}
	p := v.ms[v.at[s-2]]
	if p.ent == nil || p.ent.Class != schema.Place && p.ent.Class != schema.Country || p.Start == 0 {
		return false
	}
	w := v.ws[p.Start-1].Lower
	if w == "the" && p.Start > 1 {
		w = v.ws[p.Start-2].Lower
	}
	return prepositions[w]
}

// ownForce reports whether a body or country acts through the force noun w after its
// "its": a state agent for a country ("its troops"), a group's members for an
// organisation ("its fighters"; data/forces.tsv).
func ownForce(e *entity, w string) bool {
	k, ok := forceNouns()[w]
	if !ok {
		k, ok = forceNouns()[strings.TrimSuffix(w, "s")]
	}
	if !ok && strings.HasSuffix(w, "men") {
		k, ok = forceNouns()[strings.TrimSuffix(w, "men")+"man"]
	}
	return ok && (k == "state" || k == "member" && e.Class == schema.Organization)
}

// subjectPronouns are the personal pronouns that can be a clause's subject ("he", not
// "his" or "him").
var subjectPronouns = wordSet("subjectPronouns")

var remoteWords = wordSet("remoteWords")

var commerceWords = wordSet("commerceWords")

var truceWords = wordSet("truceWords")

// armsLimitPhrases are the phrases of words.txt armsLimitPhrases.
var armsLimitPhrases = phraseSet("armsLimitPhrases")

// truceAt reports whether word j of v ends a word of peace ("peace", "truce") or of a limit
// on arms ("arms control"): an agreement of it makes no allies.
func truceAt(v *sentenceView, j int) bool {
	return truceWords[v.ws[j].Lower] || j > 0 && armsLimitPhrases[v.ws[j-1].Lower+" "+v.ws[j].Lower] || armsLimitPhrases[v.ws[j].Lower]
}

// objectLike reports whether the mention starting at word s follows a verb or a
// possessive, as an object does ("struck Y and ..."), rather than opening its clause.
func objectLike(v *sentenceView, s int) bool {
	j := s - 1
	if j >= 0 && (v.ws[j].Lower == "the" || v.ws[j].Lower == "a" || v.ws[j].Lower == "an") {
		j--
	}
	if j < 0 {
		return false
	}
	w := v.ws[j]
	if w.Key == "s" && !w.Hyph && v.at[j] < 0 {
		return true
	}
	return !w.Punct && !w.Cap && v.at[j] < 0 && !w.in(hotBoundaries) && !isTitleWord(w.Key)
}

// appointedAs reports whether an "as" phrase a few words after word i names no listing as
// a terrorist ("designated X as interior minister"): an appointment, no sanction.
func (v *sentenceView) appointedAs(i int) bool {
	for j := i; j < len(v.ws) && j < i+8; j++ {
		if v.ws[j].Lower != "as" {
			continue
		}
		for k := j + 1; k < len(v.ws) && k <= j+5 && !v.ws[k].Punct; k++ {
			if designationWords()[strings.TrimSuffix(v.ws[k].Lower, "s")] || designationWords()[v.ws[k].Lower] {
				return false
			}
		}
		return true
	}
	return false
}

// requested reports whether the trigger at word i is an infinitive whose subject, ending
// at word a, is the object of a request ("urged X to support Y", "asked the X to visit
// Y"): asked for, not done.
func (v *sentenceView) requested(a, i int) bool {
	if i < 1 || v.ws[i-1].Lower != "to" || a < 1 || a >= i {
		return false
	}
	for j := a - 1; j >= 0 && j >= a-7 && !v.ws[j].Punct; j-- {
		if v.at[j] < 0 && modality()[v.ws[j].Lower] == "request" {
			return true
		}
	}
	return false
}

// intendedAt reports whether the verb at word i is the "to" complement of a verb of intent
// (data/modality.tsv: "trying to join", "waiting to join", "decided to join"), a plan.
func (v *sentenceView) intendedAt(i int) bool {
	return i >= 2 && v.ws[i-1].Lower == "to" && intentForm(v.ws[i-2].Lower)
}

// bareInfinitive reports whether the verb at word i is an infinitive after "to" that no
// finite verb before it governs: the plan of a headline ("X to meet Y", "Ugandan leader to
// visit Z"), or of a sentence written like one. Without a parse of the sentence's start,
// only names, capitalised words and "and" may stand before the "to" ("X and Y to meet").
func (v *sentenceView) bareInfinitive(i int) bool {
	if i < 2 || v.ws[i-1].Lower != "to" {
		return false
	}
	var nodes []node
	if v.lp != nil && v.lp.at == 0 { // a window that starts later holds no parse of the start
		nodes = v.nodes()
	}
	if len(nodes) == 0 || nodes[0].Start > 0 {
		for j := 0; j < i-1; j++ {
			if w := v.ws[j]; v.at[j] < 0 && !w.Cap && w.Lower != "and" && w.Text != "," {
				return false
			}
		}
		return true
	}
	for _, nd := range nodes {
		if nd.End > v.ws[i-1].Start {
			break
		}
		switch nd.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	return true
}

// electionWords are the words of words.txt electionWords.
var electionWords = wordSet("electionWords")

// aboutElection reports whether sentence v is about an election (words.txt electionWords
// in lower case).
func (v *sentenceView) aboutElection() bool {
	for _, w := range v.ws {
		if !w.Cap && electionWords[w.Lower] {
			return true
		}
	}
	return false
}

// bareNouns are trigger forms as often nouns or adjectives as verbs; after a determiner,
// a possessive, a preposition or a word of commerce they are no verb ("a hit", "his hits",
// "in hit comedy X", "his injured colleague X", "a likely takeover target of Y";
// data/words.txt).
var bareNouns = wordSet("bareNouns")

// possessives are the possessive determiners.
var possessives = toSet(`his her their its my our your`)

// modifiesStance reports whether mention k modifies a stance or a plan named right after
// it ("the Green Front bid", "the Red Fund merger plan"; data/stances.tsv): the object is
// the plan.
func (v *sentenceView) modifiesStance(k int) bool {
	for j := v.ms[k].End; j < len(v.ws) && j <= v.ms[k].End+2; j++ {
		w := v.ws[j]
		if w.Punct || w.Cap || v.at[j] >= 0 {
			return false
		}
		if stances()[strings.TrimSuffix(w.Lower, "s")] || stances()[w.Lower] || stances()[strings.TrimSuffix(w.Lower, "ies")+"y"] {
			return true
		}
	}
	return false
}

// reportVerbs introduce a clause whose subject follows them.
var reportVerbs = wordSet("reportVerbs")

// selfPronouns after a reporting verb stand for its subject: "Moscow says it is targeting Y".
var selfPronouns = wordSet("selfPronouns")

// weaponNouns are fired by the subject of their clause: "X fired missiles that struck Y".
var weaponNouns = wordSet("weaponNouns")

// controlVerbs make their object the subject of a following infinitive.
var controlVerbs = wordSet("controlVerbs")

// appositiveHolder returns the person an appositive ending at word a describes when the
// word is not a person itself: "X, the general of Y's elite militia (who ...)"; -1 if none.
func appositiveHolder(v *sentenceView, a int) int {
	if a < 0 || v.at[a] >= 0 && v.ms[v.at[a]].Class == schema.Person {
		return -1
	}
	for j := a; j >= 1 && j > a-12; j-- {
		w := v.ws[j]
		if w.Text == "," {
			if k := v.at[j-1]; k >= 0 && v.ms[k].Class == schema.Person && v.ms[k].Kind == mName && j+1 < len(v.ws) &&
				(v.ws[j+1].Lower == "the" || v.ws[j+1].Lower == "a" || v.ws[j+1].Lower == "an") {
				return k
			}
			return -1
		}
		if w.Punct && w.Text != "'" || w.in(hotBoundaries) || v.at[j] < 0 && (w.in(hotBeVerbs) || w.Lower == "who") {
			return -1
		}
	}
	return -1
}

// prepObject reports whether mention k is coordinated after the object of a preposition.
func prepObject(v *sentenceView, k int) bool {
	ks := v.listBefore(k)
	first := v.ms[ks[len(ks)-1]].Start
	if len(ks) < 2 || first == 0 {
		return false
	}
	w := v.ws[first-1].Lower
	if w == "the" && first > 1 {
		w = v.ws[first-2].Lower
	}
	return prepositions[w]
}

// forceWords after a demonym make it an actor ("Iranian forces", "Russian troops").
var forceWords = wordSet("forceWords")

// titledPersonAfter returns the person named right after body mention k and a title
// ("the X Front leader Y", "X Party spokesman Y"): the body is a modifier of the phrase
// whose head is Y. -1 otherwise.
func (v *sentenceView) titledPersonAfter(k int) int {
	m := v.ms[k]
	if m.Class != schema.Organization || m.Kind != mName {
		return -1
	}
	j := m.End
	for j < len(v.ws) && v.at[j] < 0 && !v.ws[j].Punct && (isTitleWord(v.ws[j].Key) || titleLex().modifiers[v.ws[j].Lower]) {
		j++
	}
	if j == m.End || j >= len(v.ws) || v.at[j] < 0 || v.ms[v.at[j]].Class != schema.Person || v.ms[v.at[j]].Kind != mName {
		return -1
	}
	return v.at[j]
}

// objectAt returns the mention that is the object of a verb whose object starts at word i:
// skipping fillers, demonyms used as adjectives ("the Iranian ideology") and possessors
// ("Assad's regional foes"), but not "Assad's regime".
func (v *sentenceView) objectAt(i int) int {
	for tries := 0; tries < 3; tries++ {
		if h, _ := hyphenModifier(v, i); h > 1 && i+h < len(v.ws) && v.at[i+h] >= 0 && v.at[i] < 0 && !v.ws[i+h].Hyph {
			i += h // "visited flood-hit X", "shelled rebel-held Y"
		}
		for j := i; j+1 < len(v.ws) && v.at[j] < 0 && contains(objectFillers, v.ws[j].Lower); j++ {
			if v.ws[j].Lower == "and" && v.at[j+1] >= 0 {
				return -1 // "pledged funds and Y is ...": Y begins a clause
			}
		}
		k := v.mentionStarting(i, objectFillers...)
		if k < 0 {
			return -1
		}
		if p := v.ms[k]; p.Kind == mPronoun && p.End < len(v.ws) && possessivePronouns[v.ws[p.Start].Lower] {
			i = p.End // "his Tunisian counterpart X": a determiner
			continue
		}
		if p := v.ms[k]; p.Kind == mPronoun && subjectPronouns[v.ws[p.Start].Lower] {
			return -1 // "are injured that I think ...": "I" begins a clause
		}
		k = v.headAfterDemonym(k)
		m := v.ms[k]
		e := m.End
		if e < len(v.ws) && v.ws[e].Key == "s" && !v.ws[e].Hyph {
			if e+1 < len(v.ws) && regimeWords[v.ws[e+1].Lower] {
				return k
			}
			// "Iran's Revolutionary Guards", "Russia's Foreign Minister Lavrov": the possessed.
			j := e + 1
			for j < len(v.ws) && v.at[j] < 0 && !v.ws[j].Punct && (isTitleWord(v.ws[j].Key) || titleLex().modifiers[v.ws[j].Lower]) {
				j++
			}
			if j < len(v.ws) && v.at[j] >= 0 {
				return v.at[j]
			}
			return -1
		}
		if p := v.titledPersonAfter(k); p >= 0 {
			return p // "sanctioned Hamas leader X": X, not the body that names X's post
		}
		if m.Kind == mDemonym && e < len(v.ws) && !v.ws[e].Punct && v.at[e] < 0 && !forceWords[v.ws[e].Lower] && v.ws[e].Lower != "and" {
			// An adjective: look for the head's own mention a few words on.
			j := e
			for j < len(v.ws) && j < e+3 && v.at[j] < 0 && !v.ws[j].Punct {
				j++
			}
			if j < len(v.ws) && v.at[j] >= 0 && j < e+3 {
				i = j
				continue
			}
			return -1
		}
		return k
	}
	return -1
}

// possessivePronouns are determiners, not objects: "met his counterpart".
var possessivePronouns = wordSet("possessivePronouns")

// regimeWords after a possessive name the possessor as an actor ("Assad's regime").
var regimeWords = wordSet("regimeWords")

// coalitionNounBefore returns the word of the grouping noun whose "of" list starts at word
// s, or that s continues ("a coalition of A, B and C", "an alliance of A and B"), or -1.
func coalitionNounBefore(v *sentenceView, s int) int {
	j := s - 1
	for j >= 0 && s-j < 16 && (v.at[j] >= 0 || v.ws[j].Text == "," || v.ws[j].Lower == "and") {
		j--
	}
	if j < 1 || v.ws[j].Lower != "of" || v.ws[j-1].Cap {
		return -1
	}
	w := v.ws[j-1].Lower
	if !memberListNouns[w] && !memberListNouns[strings.TrimSuffix(w, "s")] {
		return -1
	}
	return j - 1
}

// nominalAhead reports whether the event noun at word i is still to come: a time ahead in
// its phrase ("X's visit to Y next week", "his trip to Z tomorrow"), or an opening phrase
// whose main clause is a plain future ("During his trip to Y, X will meet Z").
func (v *sentenceView) nominalAhead(i int) bool {
	for j := i + 1; j < len(v.ws) && j <= i+6 && !v.ws[j].Punct; j++ {
		w := v.ws[j].Lower
		if w == "tomorrow" || (w == "next" || w == "coming") && j+1 < len(v.ws) && futureSpans[strings.TrimSuffix(v.ws[j+1].Lower, "s")] {
			return true
		}
	}
	if !cataphoraOpeners[v.ws[0].Lower] {
		return false
	}
	comma := -1
	for j := i + 1; j < len(v.ws); j++ {
		if v.ws[j].Text == "," {
			comma = j // the last comma of the opening phrase comes before its clause's subject
		} else if comma >= 0 && v.at[j] >= 0 {
			break
		}
	}
	if comma < 0 {
		return false
	}
	for j := comma + 1; j < len(v.ws) && j <= comma+8; j++ {
		w := v.ws[j].Lower
		if w == "will" || w == "shall" || strings.HasSuffix(w, "'ll") || beVerbs[w] && j+1 < len(v.ws) && (v.ws[j+1].Lower == "to" || v.unlikelyTo(j+1) > 0) {
			return true
		}
	}
	return false
}

// blockedAround is blocked over the words from from to the trigger's end, save that a
// verb of ending which is itself the trigger's first word names the act, not the end of
// one ("froze the assets of Y" is a sanction; "froze aid to Y" ends aid); a demand before
// the trigger blocks it too ("called for sanctions on Y": none imposed yet).
func (v *sentenceView) blockedAround(from, i, end int) bool {
	for j := max(from, 0); j+1 < i; j++ {
		if demandPhrases[v.ws[j].Lower+" "+v.ws[j+1].Lower] {
			return true
		}
	}
	if ceaseObjectVerbs[v.ws[i].Lower] {
		return v.blocked(from, i) || v.blocked(i+1, end)
	}
	return v.blocked(from, end)
}
