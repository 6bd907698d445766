#!/usr/bin/env python3
"""Builds armed.tsv, the armed non-state groups of PETRARCH2's Phoenix.MilNonState.actors.txt.

usage: cd loader/data && python3 armed.py /work/shared/data
Run after gen.py (it reads countries.tsv, actors.tsv, commonwords.txt, firstnames.txt,
genders.tsv). Writes armed.tsv: name, aliases (|-separated), ISO 3166 alpha-3 code of the
country the group operates in (empty for international groups). MIT, see NOTICE.

Only the groups of the file are read (the START TOPS list and the Wikipedia list of
designated terrorist organisations), not its KEDS section of persons and fictional villains.
A name is dropped when it is unsafe as a whole-name match: a single common English word, a
person-like name (a given name first and no group word), a name of fewer than four letters,
a country's name, or a name listed in UNSAFE. An alias is kept only when it is an acronym, a
spelling of the name, or shares a content word with it (the file lists a group's leaders
among its aliases: "Joseph Kony" under the Lord's Resistance Army); an alias two groups share
is dropped from both.
"""
import re, sys

src = sys.argv[1]
FILE = f"{src}/petrarch2/Phoenix.MilNonState.actors.txt"

def norm(s):
    return re.sub(r"[^a-z0-9 ]", "", s.lower().replace("-", " ").replace("/", " ")).strip()


common = set(l.strip() for l in open("commonwords.txt") if not l.startswith("#"))
given = set(l.strip() for l in open("firstnames.txt") if not l.startswith("#"))
given |= set(l.split("\t")[0] for l in open("genders.tsv") if not l.startswith("#"))
iso = {}
country_names = set()
for line in open("countries.tsv", encoding="utf-8"):
    if line.startswith("#"):
        continue
    f = line.rstrip("\n").split("\t")
    for x in f[:3]:
        for y in x.split("|"):
            if y:
                country_names.add(y.lower())
# canonical names and aliases of the hand-written actors: a group they name takes their
# canonical name, so that its Phoenix spellings join the same entity.
actor_of = {}
for line in open("actors.tsv", encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    f = line.rstrip("\n").split("\t")
    for a in [f[0]] + (f[2].split("|") if len(f) > 2 and f[2] else []):
        actor_of[norm(a)] = f[0]

# Names (and aliases) that are not safe as whole-name matches: phrases of ordinary news
# ("Red Line", "Black September" as a month, "Justice Army"), names of parties or bodies that
# are no armed group in most news, and acronyms that name other things in business news.
UNSAFE = {
    "red line", "black september", "new order", "the base", "the order", "the family",
    "popular resistance", "revolutionary council", "national front", "people's war",
    "justice", "the covenant", "the sword", "action directe", "white legion",
    "muslim brotherhood", "fatah", "hamas political bureau", "animal liberation front",
    "earth liberation front", "al-haramain foundation", "al-haramain islamic foundation",
    "action committee of winegrowers", "winegrowers action committee",
    "alf", "elf", "mcc", "hsm", "pla", "sla", "cpi", "pfp",
    # parties and movements that govern or campaign more than they fight in most news
    "african national congress", "anc", "zanu", "zimbabwe african national union", "sandinistas",
    "bersatu", "amal", "fateh", "ananda marga", "black panthers", "russian national unity",
    "islamic society", "islamic brotherhood", "international solidarity", "republic of texas",
    "republic of new africa", "3rd continental congress", "coalition to save the preserves",
    "stop huntingdon animal cruelty", "freedom for mumia abu-jamal", "waffen ss",
    # dates, persons, phrases and acronyms of other things
    "21 june", "black december", "black friday", "black widows", "brother julian", "osama bin laden",
    "shahin", "gracchus babeuf", "rigas fereos", "alejo calatayu", "nestor paz zamora commission",
    "supporters of horst ludwig meyer", "up the irs, inc.", "five c's", "hotaru", "inevitables",
    "extraditables", "venceremos", "peace conquerors", "global intifada", "torrid winter",
    "uncontrolled rage", "consciously enraged", "clandestini", "order ii", "national warriors",
    "epa", "zero", "camo", "ela", "eyal", "hisba", "eta", "tigers", "yahweh", "avengers", "al-aqsa",
    "september-france", "17 november", "official ira", "southern california ira", "al-fatah",
    "zimbabwe african nationalist union",
}
# The spellings news uses for some of the groups that the file lacks (general knowledge).
EXTRA = {
    "Revolutionary Armed Forces of Colombia": ["FARC-EP", "Revolutionary Armed Forces of Colombia-People's Army"],
    "National Liberation Army": ["ELN", "Ejercito de Liberacion Nacional"],
    "al-Qaeda Organization in the Islamic Maghreb": ["AQIM", "al-Qaeda in the Islamic Maghreb", "al Qaeda in the Islamic Maghreb"],
    "Lord's Resistance Army": ["LRA"],
    "Sudan People's Liberation Army": ["SPLA"],
    "Shining Path": ["Sendero Luminoso"],
    "UNITA": ["National Union for the Total Independence of Angola"],
    "New People's Army": ["NPA"],
    "Lashkar-e-Taiba": ["Lashkar-e-Toiba", "Lashkar-e-Tayyiba", "LeT"],
    "Irish Republican Army": ["IRA"],
    "Abu Sayyaf Group": ["Abu Sayyaf"],
}
# Words of many groups' names: an alias of only these and common words is no one group's.
GENERIC_ADJ = {"national", "popular", "people", "peoples", "armed", "islamic", "united", "democratic",
               "socialist", "communist", "patriotic", "red", "free", "holy", "martyrs", "anarchist",
               "proletarian", "nationalist", "secret", "international", "muslim", "arab", "workers"}
# Groups named after a person that news names often enough to keep.
KEEP = {"Abu Nidal Organization", "Abu Sayyaf"}
# The name news writes for a group whose Phoenix name is a longer one.
RENAME = {"al-Qaeda Organization in the Islamic Maghreb": "al-Qaeda in the Islamic Maghreb"}
# Short acronyms that are safe (news writes them for the group and little else).
SAFE_ACRONYMS = {"FARC", "ELN", "LTTE", "UNITA", "RENAMO", "SPLA", "KLA", "AQIM", "PKK", "IRA", "NPA"}
# ("ETA", the Basque group, is left out: in business news it is as often "ETA Systems" or an
# estimated time of arrival.)
SMALL = {"of", "the", "and", "for", "in", "de", "del", "la", "las", "los", "el", "al", "y", "on",
         "to", "against", "with", "da", "do", "dos", "das", "e", "i", "ul", "ud", "ut", "wal"}
GROUPWORDS = {"army", "front", "brigade", "brigades", "movement", "forces", "force", "party", "group",
              "organization", "organisation", "league", "liberation", "resistance", "militia", "jihad",
              "mujahideen", "mujahedin", "lashkar", "jaish", "jamaat", "harakat", "tigers", "guerrillas",
              "commando", "commandos", "cells", "cell", "council", "union", "committee", "fighters",
              "battalion", "battalions", "legion", "revolutionary", "revolution", "ansar", "hizb", "tanzim",
              "unit", "units", "squad", "squads", "command", "alliance", "volunteers", "defence", "defense"}


def clean(raw):
    """Cleans a Phoenix phrase: underscores, a trailing "_", bracketed acronyms. Returns the
    phrase and the acronyms it brackets."""
    s = raw.split("#")[0].split("[")[0].strip().rstrip("_").strip()
    acr = re.findall(r"\(([A-Z][A-Z0-9\-/&]{1,9})\)", s)
    qual = re.findall(r"\(([A-Z][A-Z ]+)\)", s.replace("_", " "))
    s = re.sub(r"\(.*?\)", "", s)
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip(" -")
    if s.upper().startswith("THE "):
        s = s[4:]
    return s, [a for a in acr if a not in qual] + [f"({q})" for q in qual]


def acronym(s):
    return " " not in s and (len(s) <= 5 and not re.search(r"[AEIOU].*[AEIOU].*[AEIOU]", s) or s in SAFE_ACRONYMS) and s.isupper()


def tcase(s):
    """Title case as news writes a group's name: "Lord's Resistance Army", "Lashkar-e-Taiba",
    "al-Gama'a al-Islamiyya"."""
    ws = s.split()
    out = []
    for i, w in enumerate(ws):
        parts = w.split("-")
        ps = []
        for k, p in enumerate(parts):
            lp = p.lower()
            if re.fullmatch(r"[A-Z]{2,}", p) and not re.search(r"[AEIOUY]", p):
                ps.append(p)  # an acronym inside the name: "TKEP/L"
            elif lp in SMALL and (i > 0 or k > 0 or len(parts) > 1) and not (k == len(parts) - 1 and len(parts) > 1 and lp not in ("al", "e", "i", "ul", "ud", "ut")):
                ps.append(lp)
            else:
                ps.append(lp[:1].upper() + lp[1:])
        out.append("-".join(ps))
    out = [re.sub(r"^[A-Za-z]{1,4}/[A-Za-z]{1,2}\b", lambda m: m.group(0).upper(), w) if "/" in w else w for w in out]
    out = [re.sub(r"/([a-z])", lambda m: "/" + m.group(1).upper(), w) for w in out]
    out = [w.upper() if re.fullmatch(r"[A-Za-z]{2,4}-\d+", w) else w for w in out]
    return " ".join(out)


def unsafe(name):
    low = name.lower()
    ws = norm(name).split()
    if not ws or len(low.replace(" ", "")) < 4 and not acronym(name):
        return "short"
    if low in UNSAFE or norm(name) in {norm(u) for u in UNSAFE}:
        return "listed"
    if low in country_names:
        return "country"
    if re.search(r"\b(january|february|march|april|may|june|july|august|september|october|november|december)\b", low) and re.search(r"\d", low) and not set(ws) & GROUPWORDS:
        return "a date"  # "17 November", "May 98"
    if len(ws) == 1 and (ws[0] in common or ws[0] in given):
        return "common word"
    if ws[0] in ("abu", "sheikh", "emir", "mullah", "commander") and not set(ws) & GROUPWORDS:
        return "person-like"
    if len(ws) >= 2 and ws[0] in given and ws[0] not in SMALL and ws[0] not in common and ws[1] not in common and ws[1] not in SMALL and not ws[1].isdigit() and ws[1] not in GROUPWORDS and name not in EXTRA and name not in KEEP:
        return "named after a person"  # "Charles Martel Group": its words open persons' names
    if ws[0] in given and ws[0] not in SMALL and not set(ws) & GROUPWORDS and len(ws) <= 3:
        return "person-like"
    if all(w in common or w in SMALL for w in ws) and not set(ws) & GROUPWORDS:
        return "common words"
    return None


def country(code):
    c = code[:3]
    return c if c in iso3 else ""


iso3 = set()
for line in open(f"{src}/countryinfo/CountryInfo.120116.txt", encoding="utf-8", errors="replace"):
    m = re.match(r"<ISO3166-alpha3>\s*(\w+)", line)
    if m:
        iso3.add(m.group(1).strip())

GENERIC = {"organization", "organisation", "group", "offshoot", "affiliated", "affiliate", "linked",
           "network", "cell", "cells", "base", "inspired", "style", "supporters"}


def other_entity(a, canon):
    """An alias that is another entity's name with generic words ("al-Qaeda Organization",
    "al-Qaida-affiliated" under a group of al-Qaeda): it would join that entity."""
    ws = set(norm(a).split()) - SMALL
    if ws & {"offshoot", "affiliated", "affiliate", "linked", "inspired", "style", "supporters"}:
        return True
    core = " ".join(w for w in norm(a).split() if w not in GENERIC and w not in SMALL)
    return core != " ".join(w for w in norm(canon).split() if w not in GENERIC and w not in SMALL) and any(
        core == " ".join(w for w in k.split() if w not in GENERIC and w not in SMALL) for k in actor_of)


rows = []  # [name, aliases, code]
cur = None
for line in open(FILE, encoding="utf-8", errors="replace"):
    line = line.rstrip("\n")
    if line.startswith("# KEDS Project"):
        break  # persons and fictional villains follow
    if not line.strip() or line.startswith("#"):
        cur = None if not line.strip() else cur
        continue
    if line.startswith(("\t", " ")):
        m = re.search(r"\[([A-Z]+)", line)
        if cur and m and not cur[2]:
            cur[2] = country(m.group(1))
        continue
    if line.startswith("+"):
        if cur:
            for part in line[1:].split("+"):
                s, acr = clean(part)
                cur[1] += [s] + acr
        continue
    m = re.search(r"\[([A-Z]*)\]", line)
    s, acr = clean(line)
    qual = [a for a in acr if a.startswith("(")]
    cur = [s + (" " + qual[0].title() if qual else ""), [a for a in acr if not a.startswith("(")], country(m.group(1)) if m else ""]
    rows.append(cur)

dropped = {}
seen_qual = set()
out = {}
alias_count = {}
for name, aliases, code in rows:
    if "\ufffd" in name or not name:
        continue
    qual = re.search(r" \(.*\)$", name)
    if qual:  # "National Liberation Army": one of several groups of that name
        name = name[:qual.start()]
        if name.lower() in seen_qual:
            continue  # the first one keeps the name
        seen_qual.add(name.lower())
    canon = tcase(name) if not acronym(name) else name
    why = unsafe(canon)
    if why:
        dropped.setdefault(why, []).append(canon)
        continue
    aliases = aliases + EXTRA.get(canon, [])
    base = set(norm(canon).split()) - SMALL - common
    keep = []
    for a in aliases:
        if not a or "\ufffd" in a or "(" in a or len(a) < 3:
            continue
        a = a if acronym(a) else tcase(a)
        generic = all(w in common or w in SMALL or w in GROUPWORDS or w in GENERIC_ADJ for w in norm(a).split())  # "National Resistance"
        if a not in EXTRA.get(canon, []) and (unsafe(a) or generic and not acronym(a)) or norm(a) == norm(canon) or other_entity(a, canon):
            continue
        aw = set(norm(a).split()) - SMALL
        spelling = " " not in a and " " not in canon and a[:3].lower() == canon[:3].lower()
        if acronym(a) or spelling or aw & base or a in EXTRA.get(canon, []):
            keep.append(a)
    for n in [canon] + keep:
        alias_count.setdefault(norm(n), set()).add(canon)
    if canon in out:  # the file's duplicates: merge their aliases
        out[canon][0] += keep
        continue
    out[canon] = [keep, code]

lines = []
for canon, (keep, code) in sorted(out.items()):
    name = actor_of.get(norm(canon), RENAME.get(canon, canon))
    for a in keep:
        name = actor_of.get(norm(a), name)
    al = sorted({a for a in keep if len(alias_count[norm(a)]) == 1 and norm(a) != norm(name) and actor_of.get(norm(a), name) == name})
    if canon != name:
        al = sorted(set(al) | {canon})
    lines.append("\t".join([name, "|".join(al), code]))

with open("armed.tsv", "w") as f:
    f.write("# name\taliases\tcountry (ISO 3166 alpha-3) — armed non-state groups from PETRARCH2 Phoenix.MilNonState.actors.txt (MIT), built by armed.py; see NOTICE\n")
    f.write("\n".join(lines) + "\n")
n = sum(len(v) for v in dropped.values())
print(f"{len(lines)} groups written, {n} dropped:", file=sys.stderr)
for why, v in sorted(dropped.items()):
    print(f"  {why}: {len(v)}: {', '.join(v[:40])}", file=sys.stderr)
