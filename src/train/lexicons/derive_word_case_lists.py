#!/usr/bin/env python3
"""Derive two word lists from how unlabeled English text writes its words.

usage: derive_word_case_lists.py TEXT.gz LEXICONS-DIR

Counts, for every word, how often the text writes it in lower case, capitalised (not as the
first word of a line, where every word is capitalised) and all in capitals, and writes:

- lower-case-words.txt: words of 2 to 6 letters written in lower case at least 50 times and in
  capitals at most 0.05 times as often ("free", "very", "never"). Written all in capitals inside
  a sentence that has lower case, such a word is emphasis, not an acronym; words the text writes
  in capitals often ("us" as US, "aids" as AIDS) stay out. Title case is not counted:
  encyclopedic text title-cases works and offices ("Best Actor"), which says nothing about
  acronyms.
- capitalised-words.txt: words of 3 letters or more written capitalised or in capitals at least
  20 times and in lower case at most 0.02 of all their uses ("kerala", "hanoi"; not "nice",
  "split", "mobile"). Such a word written in lower case in web text is still the name.

Deterministic (words sorted).
"""
import gzip
import re
import sys
from collections import Counter

WORD = re.compile(r"[A-Za-z]+")
HEADER = '# One entry per line; lines starting with # are comments.\n\n'


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    lower, title, caps = Counter(), Counter(), Counter()
    with gzip.open(sys.argv[1], 'rt', encoding='utf-8') as f:
        for line in f:
            for i, w in enumerate(WORD.findall(line)):
                if len(w) < 2:
                    continue
                if w.islower():
                    lower[w] += 1
                elif w.isupper():
                    caps[w.lower()] += 1
                elif i > 0:
                    title[w.lower()] += 1
    short = sorted(w for w, n in lower.items() if len(w) <= 6 and n >= 50 and caps[w] <= 0.05 * n)
    write(sys.argv[2] + '/lower-case-words.txt', short, [
        'Short English words (2 to 6 letters) that running text writes in lower case and hardly ever in',
        'capitals: written all in capitals inside a sentence that has lower case ("Serves FREE breakfast",',
        '"we have NEVER been"), such a word is emphasis, not an unexplained acronym. Derived, not hand-written:',
        'src/train/lexicons/derive_word_case_lists.py on the Wikipedia sample (see models/README.md,',
        '"Fourteenth session"): at least 50 times in lower case and in capitals at most 0.05 times as often.',
        'Lower case; matched on the lower-cased word.'])
    names = sorted(w for w in set(title) | set(caps) if len(w) >= 3 and title[w] + caps[w] >= 20
                   and lower[w] <= 0.02 * (lower[w] + title[w] + caps[w]))
    write(sys.argv[2] + '/capitalised-words.txt', names, [
        'Words (3 letters or more) that running text writes capitalised and hardly ever in lower case: a',
        'place name of the gazetteers written in lower case in web text ("a week in kerala") is read as the',
        'name only when its word is listed here ("split", "nice", "mobile" are not). Derived, not hand-written:',
        'src/train/lexicons/derive_word_case_lists.py on the Wikipedia sample (see models/README.md,',
        '"Fourteenth session"): capitalised or in capitals at least 20 times (not counting the first word of',
        'a line) and in lower case at most 0.02 of all uses. Lower case; matched on the lower-cased word.'])
    print(len(short), 'lower-case words,', len(names), 'capitalised words')


def write(path, words, comment):
    name = path.rsplit('/', 1)[-1][:-4]
    with open(path, 'w', encoding='utf-8') as out:
        out.write('# Eventex lexicon: ' + name + '\n')
        for c in comment:
            out.write('# ' + c + '\n')
        out.write(HEADER)
        for w in words:
            out.write(w + '\n')


if __name__ == '__main__':
    main()
