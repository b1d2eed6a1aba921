#!/usr/bin/env python3
"""Keep the sentences of WNUT 2017 column files whose spans are all of the given types.

usage: filter_wnut.py KEEP DROP FILE... > OUT
  KEEP  comma-separated types of which a sentence needs at least one span ("person,location")
  DROP  comma-separated types whose presence drops the sentence ("group,corporation,product,creative-work")

Writes the kept sentences (tab-separated token and BIO tag, a blank line after each) to
stdout and "kept N of M" to stderr. Deterministic; the input order is kept.
"""
import sys


def main():
    keep = set(sys.argv[1].split(','))
    drop = set(sys.argv[2].split(','))
    kept = total = 0
    for path in sys.argv[3:]:
        sentence = []
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n') + ['']
        for line in lines:
            if line.strip():
                sentence.append(line)
                continue
            if not sentence:
                continue
            total += 1
            tags = {l.split('\t')[-1] for l in sentence}
            types = {t[2:] for t in tags if t != 'O'}
            if types & keep and not types & drop:
                sys.stdout.write('\n'.join(sentence) + '\n\n')
                kept += 1
            sentence = []
    print(f'kept {kept} of {total}', file=sys.stderr)


if __name__ == '__main__':
    main()
