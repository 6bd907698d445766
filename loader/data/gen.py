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
EXTRA_DEM = {"United States": ["Americans", "U.S."], "United Kingdom": ["Britons", "Brits"],
             "Saudi Arabia": ["Saudis"], "Israel": ["Israelis"], "Netherlands": ["Dutch"]}
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
