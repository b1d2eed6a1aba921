#!/usr/bin/env python3
"""An IOB2 file with the token in column 2 and the tag in column 3 (as UNER's
en_ewt-ud-test.iob2) to two-column CoNLL for `ner --conll`.

usage: convert_indexed_columns.py IN.iob2 OUT

"# newdoc" starts a -DOCSTART- document, other comment lines are skipped; the token is column 2,
the tag column 3; tags other than PER/ORG/LOC become O.
"""
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[2], 'w', encoding='utf-8') as out:
        for line in open(sys.argv[1], encoding='utf-8'):
            line = line.rstrip('\n')
            if line.startswith('# newdoc'):
                out.write('-DOCSTART-\tO\n\n')
            elif line.startswith('#'):
                continue
            elif not line.strip():
                out.write('\n')
            else:
                cols = line.split('\t')
                tag = cols[2]
                if not (tag[:2] in ('B-', 'I-') and tag[2:] in ('PER', 'ORG', 'LOC')):
                    tag = 'O'
                out.write(cols[1] + '\t' + tag + '\n')


if __name__ == '__main__':
    main()
