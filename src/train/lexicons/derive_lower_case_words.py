#!/usr/bin/env python3
"""Derive models/lexicons/lower-case-words.txt from unlabeled English text.

usage: derive_lower_case_words.py TEXT.gz OUT [--min-lower 50] [--max-caps-share 0.05]

Counts, for every word of 2 to 6 letters, how often the text writes it in lower case and how often
all in capitals. A word written in lower case at least --min-lower times and in capitals at most
--max-caps-share times as often is an ordinary word: "free", "very", "never". Written all in
capitals inside a sentence that has lower case, such a word is emphasis, not an acronym; words
the text writes in capitals often ("us" as US, "aids" as AIDS, "nato") stay out. Title case is
not counted: encyclopedic text title-cases works and offices ("Best Actor"), which says nothing
about acronyms. Deterministic (words sorted).
"""
import argparse
import gzip
import re
from collections import Counter

WORD = re.compile(r"[A-Za-z]+")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('text')
    ap.add_argument('out')
    ap.add_argument('--min-lower', type=int, default=50)
    ap.add_argument('--max-caps-share', type=float, default=0.05)
    a = ap.parse_args()
    lower, caps = Counter(), Counter()
    opener = gzip.open if a.text.endswith('.gz') else open
    with opener(a.text, 'rt', encoding='utf-8') as f:
        for line in f:
            for w in WORD.findall(line):
                if not 2 <= len(w) <= 6:
                    continue
                if w.islower():
                    lower[w] += 1
                elif w.isupper():
                    caps[w.lower()] += 1
    words = sorted(w for w, n in lower.items() if n >= a.min_lower and caps[w] <= a.max_caps_share * n)
    with open(a.out, 'w', encoding='utf-8') as out:
        out.write('# Eventex lexicon: lower-case-words\n')
        out.write('# Short English words (2 to 6 letters) that running text writes in lower case and hardly ever in\n')
        out.write('# capitals: written all in capitals inside a sentence that has lower case ("Serves FREE breakfast",\n')
        out.write('# "we have NEVER been"), such a word is emphasis, not an unexplained acronym. Derived, not hand-written:\n')
        out.write('# src/train/lexicons/derive_lower_case_words.py on the Wikipedia sample (see models/README.md,\n')
        out.write(f'# "Fourteenth session"), at least {a.min_lower} times in lower case and in capitals at most\n')
        out.write(f'# {a.max_caps_share} times as often. Lower case; matched on the lower-cased word.\n')
        out.write('# One entry per line; lines starting with # are comments.\n\n')
        for w in words:
            out.write(w + '\n')
    print(len(words), 'words')


if __name__ == '__main__':
    main()
