#!/usr/bin/env python3
"""Derive triggers-cameo.tsv from the CAMEO verb dictionary of PETRARCH2 (MIT, see NOTICE).

usage: python3 cameo.py [CAMEO.2.0.txt] > triggers-cameo.tsv
(default path: ../../../shared/data/petrarch2/CAMEO.2.0.txt, beside the module)

CAMEO groups verbs in blocks ("---  KILL   [190]  ---"), each with a default event code,
synonym lines (a verb, its irregular forms in braces, "+A_B" multi-word phrases) and
patterns. This script reads the blocks whose default code maps onto a newsgraph predicate
and writes one row per verb that a person reviewed (REVIEW below): the verb's lemma, its
irregular forms, the predicate, flags and the dependents that fill the subject and the
object. CAMEO's synonym sets come partly from WordNet and mix senses ("BEST", "MASTER" and
"OVERSHADOW" sit with "DEFEAT"), so every verb of a mapped block must be either accepted
with its predicate or rejected with a reason; an unreviewed verb stops the script, so a
new CAMEO release cannot slip rows in unread.
"""
import os
import re
import sys

# CAMEO default code prefix -> block use. Only blocks listed in REVIEW are read; the codes
# say why a block was considered at all.
MAPPED_CODES = ("040", "042", "043", "050", "06", "07", "160", "163", "172", "18", "19", "20")

# block -> {VERB: (predicate, flags, args) or None (rejected)}. args: which dependents of
# the verb fill the subject (s) and the object (o), in UD relations; "by" is obl:agent.
S_O = "s=nsubj o=obj"
REVIEW = {
    "MEET_PEOPLE": {
        "MEET": ("met", "-", "s=nsubj o=obj|obl:with"),
        "+MEET_WITH": ("met", "-", "s=nsubj o=obl:with"),
        "+COMMUNICATE_WITH": None,  # letters and calls: no meeting
        "+RUN_INTO": None, "BRAVE": None, "CONFRONT": None, "CONTACT": None,
        "ENCOUNTER": None, "FACE": None, "INTERACT": None,
    },
    # CONFER's block is one of statements [010], but CONFER itself is coded a consultation
    # [040]: only verbs whose own code maps are taken from a block whose default does not.
    "CONFER": {
        "CONFER": ("met", "-", "s=nsubj o=obl:with"),  # "conferred with X"; by phone: the call guard
        "CONSULT": None, "CONVERSE": None,  # as often by telephone or letter as in person
        "DISCUSS": None, "SPEAK": None, "TALK": None, "UTTER": None,
        "VERBALISE": None, "VERBALIZE": None,
    },
    "VISIT": {"VISIT": ("visited", "-", S_O)},
    "HOST": {"HOST": ("met", "host", S_O)},  # the host meets the guest; no visit by the host
    "ARRIVE": {
        "ARRIVE": ("visited", "-", "s=nsubj o=obl:in|obl:at"),
        "APPROACH": None, "COME": None,  # "come to terms", "approach a deal"
    },
    "GO_SOMEWHERE": {
        "TOUR": ("visited", "-", S_O), "TOURING": None,  # a form of TOUR
        "TRAVEL": ("visited", "-", "s=nsubj o=obl:to"),
        "JOURNEY": ("visited", "-", "s=nsubj o=obl:to"),
        "+GO_TO": None,  # "go to war", "go to the polls": the hand table keeps "went to"
        "GO": None, "+GO_AWAY": None, "+GO_FORTH": None, "+LEAVE_BEHIND": None,
        "+PULL_OUT": None, "+WALK_OUT": None, "ATTEND": None, "DEPART": None,
        "EGRESS": None, "EMBARK": None, "LEAVE": None,
    },
    "SUPPORT": {
        "SUPPORT": ("supports", "-", S_O), "BACK": ("supports", "-", S_O),
        "ENDORSE": ("supports", "-", S_O),
        "ADVERTISE": None, "ADVERTIZE": None, "PROMOTE": None,  # promote a plan or a person to a post
    },
    "COLLABORATE": {
        "COOPERATE": ("alliedWith", "-", "s=nsubj o=obl:with"),
        "COLLABORATE": ("alliedWith", "-", "s=nsubj o=obl:with"),
        "ALLY": ("alliedWith", "-", "s=nsubj o=obl:with"),
        "+SIDE_WITH": ("alliedWith", "-", "s=nsubj o=obl:with"),
        "ASSOCIATE": None, "CONCERT": None,
    },
    "COORDINATE": {
        "COORDINATE": ("alliedWith", "-", "s=nsubj o=obl:with"),
        "CONFORM": None, "CORRELATE": None, "HARMONISE": None, "HARMONIZE": None,
        "INTEGRATE": None, "ORCHESTRATE": None, "ORGANISE": None, "ORGANIZE": None,
        "SYNCHRONISE": None, "SYNCHRONIZE": None, "UNIONISE": None, "UNIONIZE": None,
    },
    "AID": {
        "AID": ("supports", "-", S_O), "ASSIST": ("supports", "-", S_O),
        "HELP": ("supports", "-", S_O),
        "BENEFIT": None, "SERVE": None,  # "serve in" is membership, not aid
    },
    "FINANCE": {
        "FINANCE": ("supports", "-", S_O), "FUND": ("supports", "-", S_O),
        "BANKROLL": ("supports", "-", S_O), "SPONSOR": ("supports", "-", S_O),
        "UNDERWRITE": ("supports", "-", S_O),
        "+PAY_FOR": None, "INVEST": None, "PAY": None,  # commerce
    },
    "ARM": {
        "ARM": ("supports", "-", S_O), "EQUIP": ("supports", "-", S_O),
        "ATTIRE": None, "FURNISH": None, "GEAR": None, "OUTFIT": None, "RENDER": None,
        "STOCK": None, "TENDER": None,
    },
    "DEFEND": {
        "DEFEND": ("supports", "-", S_O), "PROTECT": ("supports", "-", S_O),
        "SHIELD": ("supports", "-", S_O),
        "+LOOK_AFTER": None, "GUARD": None, "SAFEGUARD": None, "SHELTER": None,
        "TEND": None, "WARD": None,
    },
    "BLACKLIST": {"BLACKLIST": ("sanctionedBy", "reversed", S_O)},
    "PROHIBIT": {  # [172] administrative sanctions: a ban of a body in a country
        "OUTLAW": ("sanctionedBy", "reversed", S_O), "PROSCRIBE": ("sanctionedBy", "reversed", S_O),
        "BAN": None,  # the hand table's row (with "barred", "banned from")
        "CENSOR": None, "CRIMINALISE": None, "CRIMINALIZE": None,  # acts and speech, not bodies
        "DISALLOW": None, "FORBID": None, "PROHIBIT": None,  # "forbade X from leaving": an order
        "ILLEGALISE": None, "ILLEGALIZE": None, "INTERDICT": None,  # "interdicted the ship"
        "VETO": None,  # a bill or a membership, not a sanction of a party
    },
    "KIDNAP": {"KIDNAP": ("fights", "-", S_O), "ABDUCT": ("fights", "-", S_O)},
    "TORTURE": {"TORTURE": ("fights", "-", S_O)},
    "STAB": {"STAB": ("fights", "-", S_O)},
    "ASSASSINATE": {"ASSASSINATE": ("fights", "-", S_O)},
    "AMBUSH": {"AMBUSH": ("fights", "-", S_O)},
    "MASSACRE": {
        "MASSACRE": ("fights", "-", S_O), "SLAUGHTER": ("fights", "-", S_O),
        "BUTCHER": None,
    },
    "HURT": {
        "WOUND": ("fights", "-", S_O), "INJURE": ("fights", "-", S_O),
        "BRUISE": None, "CONTAMINATE": None, "CORRUPT": None, "CRACK": None, "DAMAGE": None,
        "HARM": None, "HURT": None, "IMPAIR": None, "MAR": None, "RIP": None, "SPOIL": None,
        "TARNISH": None, "TEAR": None, "VITIATE": None,
    },
    "KILL": {
        "KILL": ("fights", "-", S_O), "MURDER": ("fights", "-", S_O),
        "SLAY": ("fights", "-", S_O), "BEHEAD": ("fights", "-", S_O),
        "DECAPITATE": ("fights", "-", S_O),
        "+SHOOT_DOWN": ("fights", "attack", S_O), "+WIPE_OUT": ("fights", "-", S_O),
        "+KIDNAPPED_AND_KILLED": None, "+KILLED_AND": None, "+KILLED_OR": None,
        "+STAMP_OUT": None, "+STRING_UP": None, "HANG": None, "STRANGLE": None,
    },
    "PHYSICAL_CONFLICT": {
        "ATTACK": ("fights", "attack,contest", S_O), "ASSAULT": ("fights", "attack", S_O),
        "ASSAIL": ("fights", "attack,contest", S_O), "BATTLE": ("fights", "contest,loose", "s=nsubj o=obj|obl:with|obl:against"),
        "CLASH": ("fights", "-", "s=nsubj o=obl:with"), "COMBAT": ("fights", "loose", S_O),
        "FIGHT": ("fights", "contest,loose", "s=nsubj o=obj|obl:against|obl:with"),
        "STRIKE": ("fights", "attack", S_O), "STORM": ("fights", "attack", S_O),
        "BLITZ": ("fights", "attack", S_O), "SKIRMISH": ("fights", "-", "s=nsubj o=obl:with"),
        "+WAGE_WAR": ("fights", "-", "s=nsubj o=obl:on|obl:against"),
        "+FIGHT_BACK": None, "+FIGHT_DOWN": None, "+ATTACKED_AND_STABBED": None,
        "+SHOT_AND": None, "+SQUARE_OFF": None, "ALTERCATE": None, "BLUDGEON": None,
        "CLOBBER": None, "CONFLICT": None, "DUEL": None, "GRAPPLE": None,
        "HAMMER": None, "HIT": None, "KICK": None, "MATCH": None, "PIT": None, "PUMMEL": None,
        "QUARREL": None, "RETALIATE": None, "SIEGE": None, "STONE": None, "STRUGGLE": None,
        "WRESTLE": None,
    },
    "EXPLOSIVE_DESTRUCTION": {
        "BOMB": ("fights", "attack", S_O), "BOMBARD": ("fights", "attack", S_O),
        "+BLOW_UP": None, "BLAST": None, "BLOW": None, "DETONATE": None, "DYNAMITE": None,
        "EXPLODE": None, "FIRE": None, "PELT": None, "TORCH": None,
    },
    "GUNFIRE": {
        "SHELL": ("fights", "attack", S_O), "+GUN_DOWN": ("fights", "-", S_O),
        "SNIPE": None,
    },
    "SHOOT": {"SHOOT": ("fights", "-", S_O)},
    "RAID": {"RAID": ("fights", "attack", S_O), "+FORAY_INTO": None, "+INTRUDE_ON": None},
    "TARGET": {"TARGET": ("fights", "attack", S_O), "AIM": None},
    "BESIEGE": {"BESIEGE": ("fights", "attack", S_O)},
    "INVADE": {
        "INVADE": ("fights", "attack", S_O), "OCCUPY": ("fights", "attack", S_O),
        "OVERRUN": ("fights", "attack", S_O),
        "INFEST": None, "INHABIT": None, "RESIDE": None,
    },
    "RECAPTURE": {"RECAPTURE": ("fights", "attack", S_O)},
    "POUND": {
        "POUND": ("fights", "attack", S_O),  # "warplanes pounded rebel positions"
        "RAM": None, "THUMP": None,  # "rammed the bill through", a car ramming a gate
    },
    "REPULSE": {"REPEL": ("fights", "-", S_O), "REPULSE": ("fights", "-", S_O)},
    "DESTROY": {
        "DEFEAT": ("fights", "attack,contest,loose", S_O), "ANNIHILATE": ("fights", "-", S_O),
        "DECIMATE": ("fights", "-", S_O), "+WIPE_OUT": ("fights", "-", S_O),
        "BEAT": None, "BEST": None, "BREAK": None, "BUST": None, "CRUSH": None,
        "DEMOLISH": None, "DESOLATE": None, "DESTROY": None, "DEVASTATE": None,
        "DISARM": None, "DOMINATE": None, "ERADICATE": None, "MASTER": None,
        "OBLITERATE": None, "OVERCOME": None, "OVERPOWER": None, "OVERSHADOW": None,
        "OVERTAKE": None, "OVERWHELM": None, "RAVAGE": None, "RAVISH": None, "RAZE": None,
        "RUIN": None, "SHATTER": None, "SMASH": None, "SUBJUGATE": None, "SURMOUNT": None,
    },
}


def blocks(path):
    out, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if m:
            cur = {"name": m.group(1), "code": m.group(2), "verbs": []}
            out.append(cur)
            continue
        body = line.split("#")[0].split(";")[0].strip()
        if cur is None or not body or body.startswith("-"):
            continue
        cur["verbs"].append(body)
    return out


def parse_verb(s):
    """'KILL', 'SLAY {SLAYS SLAIN SLAYING}', '+MEET_WITH {+MET_WITH}' -> (key, lemma, forms)."""
    s = re.sub(r"\[[^\]]*\]", "", s).strip()
    forms = []
    m = re.search(r"\{([^}]*)\}", s)
    if m:
        forms = m.group(1).split()
        s = s[: m.start()].strip()
    key = s.split()[0] if s else ""
    norm = lambda w: w.lstrip("+").rstrip("_").replace("_", " ").lower()
    return key.rstrip("_"), norm(key), [norm(f) for f in forms]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "shared", "data", "petrarch2", "CAMEO.2.0.txt")
    rows, unread, seen = [], [], set()
    for b in blocks(path):
        review = REVIEW.get(b["name"])
        if review is None:
            continue
        block_maps = b["code"].startswith(MAPPED_CODES)
        for v in b["verbs"]:
            key, lemma, forms = parse_verb(v)
            if key not in review:
                unread.append("%s: %s" % (b["name"], key))
                continue
            r = review[key]
            if r is None or lemma in seen:
                continue
            own = re.search(r"\[(\d+)", v)
            if not block_maps and not (own and own.group(1).startswith(MAPPED_CODES)):
                sys.exit("%s of block %s has code %s, which maps to no predicate" % (key, b["name"], own.group(1) if own else b["code"]))
            seen.add(lemma)
            pred, flags, args = r
            # The first word of a phrase is the verb; only its forms are listed.
            fs = sorted({f.split()[0] for f in forms if f.split()} - {lemma.split()[0]})
            rows.append((lemma, "verb", pred, flags, ",".join(fs) or "-", args, "cameo:" + b["name"]))
    if unread:
        sys.exit("unreviewed CAMEO verbs (accept or reject them in REVIEW):\n  " + "\n  ".join(unread))
    print("# CAMEO-derived triggers, written by cameo.py from PETRARCH2's CAMEO.2.0.txt (MIT,")
    print("# Copyright (c) 2015 Open Event Data Alliance; see NOTICE). Do not edit: change REVIEW in")
    print("# cameo.py and run it again. Columns as in triggers.tsv.")
    print("# phrase\tkind\tpredicate\tflags\tforms\targs\tsource")
    for r in rows:
        print("\t".join(r))


if __name__ == "__main__":
    main()
