#!/usr/bin/env python3
"""Builds commonwords.txt: English words that UD English EWT's training file writes in
lower case at least twice, tagged as an ordinary word (not PROPN, X or SYM) at least nine times in ten when it
writes them in lower case.

usage: python3 commonwords.py ../../../shared/data/ud-english-ewt/en_ewt-ud-train.conllu.gz > commonwords.txt
(UD English EWT v2.15, CC BY-SA 4.0; see NOTICE)
"""
import gzip, sys
from collections import Counter
low, bad = Counter(), Counter()
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
    for line in f:
        if not line.strip() or line.startswith("#"):
            continue
        c = line.split("\t")
        if "-" in c[0] or "." in c[0]:
            continue
        form, upos = c[1], c[3]
        if not form.isalpha() or form != form.lower():
            continue
        if upos in ("PROPN", "X", "SYM", "PUNCT"):
            bad[form] += 1
        else:
            low[form] += 1
print("# English words written in lower case (twice or more, as a proper noun at most one time in ten) in the")
print("# training file of UD English EWT (CC BY-SA 4.0), built by commonwords.py; see NOTICE")
for w in sorted(w for w, n in low.items() if n >= 2 and bad[w] * 10 <= n and len(w) >= 2):
    print(w)
