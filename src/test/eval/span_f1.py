#!/usr/bin/env python3
"""Exact-span precision, recall and F1 per type for `ner --conll` output (conlleval's span rules).

usage: span_f1.py OUT [ERRORS]

OUT has the gold tag in its second-to-last column and the predicted tag in its last. A span
starts at B-, at I- after O or after another type. ERRORS, when given, lists each missed (FN)
and wrong (FP) span with its type, text and a few tokens of context, to read errors by kind.
"""
import sys
from collections import Counter


def spans(tags):
    found, start, typ = set(), None, None
    for i, t in enumerate(tags + ['O']):
        if t == 'O' or t.startswith('B-') or (t.startswith('I-') and t[2:] != typ):
            if start is not None:
                found.add((start, i, typ))
            start, typ = None, None
            if t != 'O':
                start, typ = i, t[2:]
    return found


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    toks, gold, pred = [], [], []
    for line in open(sys.argv[1], encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('-DOCSTART-'):
            toks.append('')
            gold.append('O')
            pred.append('O')
            continue
        cols = line.split('\t') if '\t' in line else line.split()
        toks.append(cols[0])
        gold.append(cols[-2])
        pred.append(cols[-1])
    g, p = spans(gold), spans(pred)
    tp, fp, fn = Counter(), Counter(), Counter()
    for s in g:
        (tp if s in p else fn)[s[2]] += 1
    for s in p - g:
        fp[s[2]] += 1
    for t in sorted(set(tp) | set(fp) | set(fn)):
        pr, rc, f = prf(tp[t], fp[t], fn[t])
        print(f'{t}\tP {pr:.3f}\tR {rc:.3f}\tF1 {f:.3f}\ttp {tp[t]}\tfp {fp[t]}\tfn {fn[t]}')
    pr, rc, f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    print(f'micro\tP {pr:.3f}\tR {rc:.3f}\tF1 {f:.3f}')
    if len(sys.argv) == 3:
        with open(sys.argv[2], 'w', encoding='utf-8') as out:
            for kind, ours, theirs in (('FN', g, p), ('FP', p, g)):
                for a, b, t in sorted(ours - theirs):
                    context = ' '.join(toks[max(0, a - 6):b + 6])
                    out.write(f"{kind}\t{t}\t{' '.join(toks[a:b])}\t{context}\n")


if __name__ == '__main__':
    main()
