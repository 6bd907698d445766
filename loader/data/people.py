#!/usr/bin/env python3
"""Builds people.tsv, a lexicon of political people, from PETRARCH2's Phoenix.Countries.actors.txt.

usage: cd loader/data && python3 people.py /work/shared/data
Reads Phoenix.Countries.actors.txt (MIT; its people from CountryInfo, CC BY-SA 3.0: see NOTICE)
and mledoze countries.json (for the ISO 3166 alpha-3 codes; ODbL 1.0). Each person of the
dictionary is a name line ("TONY_BLAIR_  # CountryInfo.txt"), "+" synonym lines and
"[GBRGOV 970502-070627]" code lines: ISO3 country + CAMEO role (GOV, ELI, MIL, OPP, LEG, JUD,
GOVHLH ...) and the dates the role held (YYMMDD or YYYYMMDD; ">D" from D, "<D" until D; no
dates: whenever no dated code applies).

Writes one line a person:
  name (title case, as news writes it)  aliases (|)  country  roles (|: ROLE:from..to, dates
  YYYY-MM-DD, either end empty when open; ROLE alone when undated)

What is left out, and why:
  - people whose codes name more than one country, or none (a code of a role alone, "[GOV]",
    or of a region): the loader gives a title one country only;
  - names of one word (a bare surname or a mononym: "Lula"), which name namesakes and places;
  - synonyms with a title or office word ("PRESIDENT_REAGAN", "GOV._REAGAN",
    "THE_REAGAN_ADMINISTRATION"): the loader reads titles itself; only whole names are kept;
  - names (or aliases) that two people share, across the whole file ("George Bush", father and
    son), and every name that is also a country, a demonym, a place (places.tsv,
    places-phoenix.tsv), an organisation (orgs.txt) or whose words are all common English words
    (commonwords.txt, "Grand Mercy"): such a name is no safe whole-name match;
  - names with characters other than letters, apostrophes, hyphens, dots and spaces.
"""
import json, re, sys

src = sys.argv[1]
RENAME = {"Türkiye": "Turkey", "Czechia": "Czech Republic", "DR Congo": "Democratic Republic of the Congo"}
countries = json.load(open(f"{src}/mledoze-countries/countries.json"))
iso = {c["cca3"]: RENAME.get(c["name"]["common"], c["name"]["common"]) for c in countries}
# Titles and office words: a synonym holding one is a titled form, not a name.
TITLEWORDS = {"president", "prime", "minister", "ministers", "gov", "governor", "govenor", "former",
              "administration", "government", "secretary", "senator", "sen", "rep", "mr", "mrs", "ms",
              "dr", "king", "queen", "prince", "princess", "sheikh", "sheik", "emir", "sultan", "general",
              "gen", "president-elect", "premier", "chancellor", "vice", "deputy", "chairman", "leader",
              "the", "regime", "cabinet", "party", "mp", "lt", "col", "colonel", "maj", "adm", "admiral",
              "ambassador", "judge", "justice", "mayor", "marshal", "lord", "lady", "sir", "pope",
              "ayatollah", "imam", "cardinal", "bishop", "of", "and", "for", "spokesman", "commander",
              "speaker", "foreign", "defence", "defense", "ex", "late", "acting", "interim", "supreme"}
PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "al", "el",
             "bin", "ibn", "la", "le", "du", "di", "y", "ter", "ten", "ben", "bint", "abu"}


def known_names():
    """The names of countries, demonyms, places and organisations, lower case."""
    known = set()
    for fn, cols in (("countries.tsv", 4), ("places.tsv", 1), ("places-phoenix.tsv", 1)):
        for line in open(fn, encoding="utf-8"):
            if line.startswith("#"):
                continue
            for x in line.rstrip("\n").split("\t")[:cols]:
                known.update(y.lower() for y in x.split("|") if y)
    for line in open("orgs.txt", encoding="utf-8"):
        if not line.startswith("#"):
            known.add(line.strip().lower())
    return known


def words_of(fn):
    return set(l.strip().lower() for l in open(fn, encoding="utf-8") if l.strip() and not l.startswith("#"))


def name_of(s):
    """The words of a dictionary entry ("TONY_BLAIR_" -> ["tony", "blair"]), or None if unsafe."""
    s = s.split("#")[0].strip().rstrip("_").replace("_", " ").strip()
    if not s or not re.match(r"^[A-Z][A-Z'.\- ]*[A-Z.]$", s):
        return None
    return s.lower().split()


def tcase(ws):
    """Title case, particles inside a name in lower case ("Luiz Inacio Lula da Silva")."""
    def word(w):
        parts = []
        for p in w.split("-"):
            p = p[:1].upper() + p[1:]
            if len(p) > 2 and p[:2] == "Mc":
                p = "Mc" + p[2:3].upper() + p[3:]
            if len(p) > 2 and p[:2] == "O'":
                p = "O'" + p[2:3].upper() + p[3:]
            parts.append(p)
        return "-".join(parts)
    return " ".join(w if w in PARTICLES and 0 < i < len(ws) - 1 else word(w) for i, w in enumerate(ws))


def date(s):
    """A dictionary date (YYMMDD, YYYYMMDD; a mistyped longer one cut to 8) as YYYY-MM-DD, or None."""
    s = re.sub(r"[^0-9]", "", s)
    if len(s) == 6:
        yy = int(s[:2])
        s = ("20" if yy <= 30 else "19") + s
    elif len(s) > 8:
        s = s[:8]
    if len(s) != 8 or not ("01" <= s[4:6] <= "12") or not ("01" <= s[6:8] <= "31"):
        return None
    return f"{s[:4]}-{s[4:6]}-{s[6:]}"


def code(body):
    """A code line's body ("GBRGOV 970502-070627") as (country, role, from, to), or None."""
    f = body.split()
    if not f or len(f[0]) < 6 or f[0][:3] not in iso:
        return None
    c, role, lo, hi = iso[f[0][:3]], f[0][3:], "", ""
    if len(f) > 1:
        d = f[1]
        if d.startswith(">"):
            lo = date(d[1:])
            if lo is None:
                return None
        elif d.startswith("<"):
            hi = date(d[1:])
            if hi is None:
                return None
        elif "-" in d:
            a, b = d.split("-", 1)
            lo, hi = date(a), date(b)
            if lo is None or hi is None:
                return None
        else:
            return None
    return c, role, lo, hi


def read(fn):
    """The people of the dictionary: [(name words, [alias words], [codes], bad)]."""
    people, cur = [], None
    for line in open(fn, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if re.match(r"^[A-Z][A-Z_'\- ]*?_?\s*\[[A-Z]{3}\]", line):
            cur = None  # a country's own entry
            continue
        if s.startswith("["):
            if cur is not None:
                for body in re.findall(r"\[([^\]]*)\]", s):
                    cur[2].append(code(body))
            continue
        if s.startswith("+"):
            if cur is not None:
                cur[1].append(name_of(s[1:]))
            continue
        if "CountryInfo" in line:
            cur = [name_of(s), [], [], False]
            people.append(cur)
        else:
            cur = None
    return people


def safe(ws, known, common):
    """Whether words ws are a whole name safe to match: two full words or more (not initials),
    no title, no country, place or organisation, not all common words."""
    if ws is None or sum(len(w.strip(".")) > 1 and not w.endswith(".") for w in ws) < 2:
        return False
    return not {w.strip(".") for w in ws} & TITLEWORDS and " ".join(ws) not in known and \
        not all(w in common for w in ws) and ws[0] not in PARTICLES


def main():
    known = known_names()
    common = words_of("commonwords.txt")
    people = read(f"{src}/petrarch2/Phoenix.Countries.actors.txt")
    owners = {}  # name key -> indices of people naming it
    for i, (name, aliases, _, _) in enumerate(people):
        for ws in [name] + aliases:
            if ws:
                owners.setdefault(" ".join(ws).replace(".", ""), set()).add(i)
    rows = {}
    for i, (name, aliases, codes, _) in enumerate(people):
        if not safe(name, known, common) or None in codes or not codes:
            continue
        cs = {c[0] for c in codes}
        if len(cs) != 1:
            continue
        key = lambda ws: " ".join(ws).replace(".", "")
        if len(owners[key(name)]) > 1:
            continue
        als = []
        for ws in aliases:
            if ws and safe(ws, known, common) and len(owners[key(ws)]) == 1 and ws != name:
                a = tcase(ws)
                if a not in als:
                    als.append(a)
        roles = []
        for _, role, lo, hi in codes:
            r = f"{role}:{lo}..{hi}" if lo or hi else role
            if r not in roles:
                roles.append(r)
        canon = tcase(name)
        if canon in rows:
            continue
        rows[canon] = (als, cs.pop(), roles)
    with open("people.tsv", "w", encoding="utf-8") as f:
        f.write("# name\taliases\tcountry\troles — from PETRARCH2 Phoenix.Countries.actors.txt (MIT; "
                "people from CountryInfo, CC BY-SA 3.0), built by people.py, see NOTICE\n")
        for k in sorted(rows):
            als, c, roles = rows[k]
            f.write(f"{k}\t{'|'.join(als)}\t{c}\t{'|'.join(roles)}\n")


main()
