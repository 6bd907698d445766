#!/usr/bin/env python3
"""Builds the loader's compact lexicons from the open sources in shared/data.

usage: python3 gen.py /work/shared/data
Writes countries.tsv (mledoze countries, ODbL 1.0), places.tsv (CountryInfo cities and
geographic features, CC BY-SA 3.0) and orgs.txt / firstnames.txt (PETRARCH2 Phoenix
dictionaries, MIT). See NOTICE for the licences.
"""
import json, re, sys

src = sys.argv[1]
RENAME = {"Türkiye": "Turkey", "Czechia": "Czech Republic", "DR Congo": "Democratic Republic of the Congo"}
EXTRA = {"United States": ["U.S.", "U.S.A.", "America", "United States of America"],
         "United Kingdom": ["Britain", "U.K."], "Russia": [], "Turkey": ["Türkiye", "Turkiye"],
         "Syria": [], "North Korea": ["DPRK"], "South Korea": [],
         "United Arab Emirates": ["U.A.E.", "UAE", "Emirates"]}
# DROP: alternative spellings that are English words and name other things: the
# Icelandic "Island" made "Sirri Island" Iceland.
DROP = {"Iceland": ["Island"]}
EXTRA_DEM = {"United States": ["Americans", "U.S."], "United Kingdom": ["Britons", "Brits"],
             "Saudi Arabia": ["Saudis"], "Philippines": ["Philippine"], "Israel": ["Israelis"], "Netherlands": ["Dutch"]}
codes = {}
countries = json.load(open(f"{src}/mledoze-countries/countries.json"))
out = []
cityskip = set()
for c in countries:
    if not c.get("independent") and c["name"]["common"] not in ("Palestine", "Kosovo", "Taiwan", "Western Sahara"):
        continue
    name = RENAME.get(c["name"]["common"], c["name"]["common"])
    codes[c["cca3"]] = name
    aliases = {c["name"]["common"], c["name"]["official"]}
    for a in c.get("altSpellings", []):
        if len(a) > 3 and re.match(r"^[A-Za-z .'\-]+$", a) and "," not in a:
            aliases.add(a)
        elif a in ("US", "UK", "USA", "UAE", "DRC"):
            aliases.add(a)
    aliases |= set(EXTRA.get(name, []))
    aliases -= set(DROP.get(name, []))
    aliases.discard(name)
    dem = set()
    for v in c.get("demonyms", {}).get("eng", {}).values():
        if v:
            dem.add(v)
            if not v.endswith(("s", "sh", "ch", "ese")):
                dem.add(v + "s")
    dem |= set(EXTRA_DEM.get(name, []))
    caps = [x for x in c.get("capital", []) if x]
    caps = [x.replace(" D.C.", "") for x in caps]
    cityskip |= set(caps)
    out.append("\t".join([name, "|".join(sorted(aliases)), "|".join(sorted(dem)), "|".join(caps)]))
with open("countries.tsv", "w") as f:
    f.write("# name\taliases\tdemonyms\tcapitals — from mledoze/countries (ODbL 1.0), see NOTICE\n")
    f.write("\n".join(sorted(out)) + "\n")

# CountryInfo: major cities and geographic features per country.
def title(s):
    s = s.strip().rstrip("_").replace("_", " ")
    return " ".join(w.capitalize() if not w.startswith("AL-") else "al-" + w[3:].capitalize() for w in s.split())
places = {}
cur = None; tag = None
ciso = {}
for line in open(f"{src}/countryinfo/CountryInfo.120116.txt", encoding="utf-8", errors="replace"):
    line = line.replace("\x00", "").replace("\x1a", "")
    m = re.match(r"<ISO3166-alpha3>\s*(\w+)", line)
    if m:
        cur = codes.get(m.group(1).strip())
        continue
    m = re.match(r"^<(/?)([A-Za-z]+)>", line)
    if m:
        tag = None if m.group(1) else m.group(2)
        continue
    if tag in ("MajorCities", "GeogFeatures", "Capital") and line.startswith("\t") and cur:
        item = line.split("#")[0].strip()
        if not item or "{" in item or "[" in item:
            continue
        name = title(item)
        if len(name) < 3:
            continue
        places.setdefault(name, cur)
with open("places.tsv", "w") as f:
    f.write("# name\tcountry — from CountryInfo.120116.txt (CC BY-SA 3.0, Philip A. Schrodt), see NOTICE\n")
    for k in sorted(places):
        f.write(f"{k}\t{places[k]}\n")

# PETRARCH2: names of armed groups and international bodies (class hints only) and the
# first names of national leaders (person hints).
orgs = set()
for fn in ("Phoenix.MilNonState.actors.txt", "Phoenix.International.actors.txt"):
    for line in open(f"{src}/petrarch2/{fn}", encoding="utf-8", errors="replace"):
        line = line.split("#")[0].rstrip()
        if not line or line.startswith(("\t", " ")):
            continue
        ph = line.lstrip("+").split("[")[0].strip()
        ph = re.sub(r"\(.*?\)", "", ph).strip().rstrip("_").replace("_", " ").strip()
        if not ph or len(ph) < 4 or len(ph.split()) > 6:
            continue
        if ph.startswith("THE "):
            ph = ph[4:]
        orgs.add(ph.lower())
with open("orgs.txt", "w") as f:
    f.write("# organisation names (lower case) — from PETRARCH2 Phoenix dictionaries (MIT), see NOTICE\n")
    f.write("\n".join(sorted(orgs)) + "\n")
first = {}
block_is_person = False
for line in open(f"{src}/petrarch2/Phoenix.Countries.actors.txt", encoding="utf-8", errors="replace"):
    if "CountryInfo" not in line or line.startswith(("+", "\t", "#")):
        continue
    ph = line.split("#")[0].split("[")[0].strip().rstrip("_")
    ws = ph.split("_")
    if len(ws) >= 2 and all(re.match(r"^[A-Z][A-Z'\-]+$", w) for w in ws):
        first[ws[0]] = first.get(ws[0], 0) + 1
with open("firstnames.txt", "w") as f:
    f.write("# given names of office-holders (lower case) — from PETRARCH2 Phoenix.Countries.actors.txt (MIT), see NOTICE\n")
    f.write("\n".join(sorted(w.lower() for w, n in first.items() if n >= 2 and len(w) > 2)) + "\n")

# PETRARCH2: the cities, regions and features listed as synonyms of each country
# (Phoenix.Countries.actors.txt, "+" lines under a "COUNTRY_ [ISO]" header). Spellings
# of the country itself and phrases naming the state are left out.
def jw(a, b):
    la, lb = len(a), len(b)
    if not la or not lb:
        return 0.0
    win = max(0, max(la, lb) // 2 - 1)
    ma, mb = [False] * la, [False] * lb
    m = 0
    for i in range(la):
        for j in range(max(0, i - win), min(lb, i + win + 1)):
            if not mb[j] and a[i] == b[j]:
                ma[i] = mb[j] = True
                m += 1
                break
    if not m:
        return 0.0
    t, j = 0, 0
    for i in range(la):
        if ma[i]:
            while not mb[j]:
                j += 1
            if a[i] != b[j]:
                t += 1
            j += 1
    jaro = (m / la + m / lb + (m - t / 2) / m) / 3
    p = 0
    while p < min(4, la, lb) and a[p] == b[p]:
        p += 1
    return jaro + p * 0.1 * (1 - jaro)

known = set()
for line in open("countries.tsv", encoding="utf-8"):
    if line.startswith("#"):
        continue
    f = line.rstrip("\n").split("\t")
    for x in f[:3]:
        for y in x.split("|"):
            if y:
                known.add(y.lower())
firstnames = set(l.strip() for l in open("firstnames.txt") if not l.startswith("#"))
STATEWORDS = {"government", "republic", "kingdom", "state", "states", "empire", "occupied", "regime",
              "people", "nation", "federation", "union", "emirate", "sultanate", "principality",
              "commonwealth", "administration", "authority", "graveyard", "democratic", "islamic"}
OLDNAMES = {"zaire", "persia", "formosa", "ceylon", "siam", "dahomey", "saga", "sava", "dane", "scot",
            "kiwi", "aussie", "nords", "bara", "nara", "naha", "rahat", "sind", "surin", "bharat",
            "hindustan", "hellas", "eire", "britannia", "lusitania", "helvetica", "sinica", "sinic",
            "sinitic", "sinensis", "teutonica", "fuego", "natal", "thilla", "patika", "moonland",
            "sheepland", "straya", "kiwistan", "aussieland", "nippon", "hondo", "bandeli", "fatah", "welsh"}


def tcase(s):
    """Title case with Arabic particles in lower case: "Deir ez-Zor", "Ras al-Ain"."""
    def word(w):
        parts = w.split("-")
        out = []
        for k, p in enumerate(parts):
            lp = p.lower()
            if lp in ("al", "el", "ez", "ad", "as", "ash", "ar", "an", "at", "az", "ed", "es", "ul") and (k < len(parts) - 1 or len(parts) > 1):
                out.append(lp)
            else:
                out.append(lp[:1].upper() + lp[1:])
        return "-".join(out)
    ws = s.split()
    return " ".join(w.lower() if w.lower() in ("al", "el", "ez", "of", "de", "la", "du") and 0 < i < len(ws) - 1 else word(w) for i, w in enumerate(ws))


iso = {}
for c in countries:
    iso[c["cca3"]] = RENAME.get(c["name"]["common"], c["name"]["common"])
ph = {}
cur = None
for line in open(f"{src}/petrarch2/Phoenix.Countries.actors.txt", encoding="utf-8", errors="replace"):
    line = line.rstrip("\n")
    m = re.match(r"^([A-Z][A-Z_'\- ]*?)_?\s*\[([A-Z]{3})\]\s*(#.*)?$", line)
    if m:
        cur = iso.get(m.group(2))
        cname = m.group(1).replace("_", " ").lower()
        continue
    if not line.strip():
        continue
    if not line.startswith("+"):
        cur = None
        continue
    if not cur:
        continue
    item = line[1:].split("#")[0].strip().rstrip("_").replace("_", " ").strip()
    if not item or "\ufffd" in item or not re.match(r"^[A-Z][A-Z' \-]+$", item):
        continue
    low = item.lower()
    ws = low.replace("-", " ").split()
    if len(low) < 4 or low in known or ws[0] in firstnames or set(ws) & STATEWORDS:
        continue
    cn, cc = cname, cur.lower()
    if cn in low or cc in low or any(jw(low, k) >= 0.8 for k in known if abs(len(k) - len(low)) <= 3):
        continue  # a spelling of a country or demonym
    if low.endswith(("man", "woman", "ian", "ean", "ese", "ish")) or low in orgs or low in OLDNAMES:
        continue  # a demonym, an organisation, a former or foreign name of a country
    name = tcase(item)
    if name in places or name in ph:
        continue
    ph[name] = cur
with open("places-phoenix.tsv", "w") as f:
    f.write("# name\tcountry — from PETRARCH2 Phoenix.Countries.actors.txt (MIT), see NOTICE\n")
    for k in sorted(ph):
        f.write(f"{k}\t{ph[k]}\n")
