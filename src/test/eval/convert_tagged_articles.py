#!/usr/bin/env python3
"""A directory of annotated articles, one TSV file each (as Worldwide Newswire's
processed_annotated/*.tsv), to two-column CoNLL for `ner --conll`.

usage: convert_tagged_articles.py DIR OUT

Each article becomes a -DOCSTART- document; a URL on its first line is skipped; blank lines end
sentences. A token line is TOKEN<TAB>TAG[<TAB>NESTED_TAG...]: the first tag column is the outer
annotation layer and the one scored. Later columns hold names nested inside it ("Kenya" in
"Kenya Airways"); reading them instead turns one organization into a place and a fragment.
Person/Organization/Location become PER/ORG/LOC; every other type (Date, NORP, Facility, Money,
Product, Miscellaneous) becomes O.
"""
import glob
import os
import sys

TYPES = {'Person': 'PER', 'Organization': 'ORG', 'Location': 'LOC'}


def tag_of(raw):
    raw = raw.strip()
    if raw[:2] in ('B-', 'I-') and raw[2:] in TYPES:
        return raw[:2] + TYPES[raw[2:]]
    return 'O'


def convert(path, out):
    out.write('-DOCSTART-\tO\n\n')
    lines = open(path, encoding='utf-8').read().split('\n')
    if lines and lines[0].startswith('http'):
        lines = lines[1:]
    open_sentence = False
    for line in lines:
        if not line.strip():
            if open_sentence:
                out.write('\n')
            open_sentence = False
            continue
        cols = line.split('\t') if '\t' in line else line.rsplit(None, 1)
        if len(cols) < 2:
            continue
        out.write(cols[0] + '\t' + tag_of(cols[1]) + '\n')
        open_sentence = True
    if open_sentence:
        out.write('\n')


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[2], 'w', encoding='utf-8') as out:
        for path in sorted(glob.glob(os.path.join(sys.argv[1], '*.tsv'))):
            convert(path, out)


if __name__ == '__main__':
    main()
