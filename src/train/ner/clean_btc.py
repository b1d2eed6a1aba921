#!/usr/bin/env python3
"""Clean Broad Twitter Corpus column files for name-finder training: no handles, URLs or hashtag marks.

usage: clean_btc.py FILE... > OUT

The corpus splits a handle into "@" and the handle word and tags both (often "B-ORG B-ORG"), so
handles sit inside hundreds of organization spans; news text never writes them. Per tweet:
- "@" and the handle word after it are dropped (a handle glued to its "@" too), with a
  retweet's "RT" and the ":" that follows a leading handle;
- URLs (http..., www...) are dropped;
- a hashtag whose word is a plain word ("#farms", "#Velmora") loses its "#" and keeps its tag,
  since it stands in the sentence as that word; a hashtag of several glued words or with digits
  ("#BreakingNews", "#vote2014") is dropped, as is every hashtag in the run that ends the tweet;
- an "I-" tag left without its "B-" by a drop becomes "B-";
- a tweet is left out when fewer than 4 tokens remain, when a token "_" (a split handle) is
  left, or when the same cleaned tweet was already written.
Writes the kept tweets (tab-separated token and BIO tag, a blank line after each) to stdout and
"kept N of M" to stderr. Deterministic; the input order is kept.
"""
import re
import sys

PLAIN_WORD = re.compile(r"^[A-Za-z][a-z]+$|^[A-Z]{2,6}$")


def is_url(word):
    low = word.lower()
    return low.startswith('http') or low.startswith('www.')


def clean(tokens):
    out = []
    i = 0
    n = len(tokens)
    # the run of hashtags, URLs and handles that ends the tweet
    end = n
    while end > 0:
        w = tokens[end - 1][0]
        if w.startswith('#') or is_url(w) or w.startswith('@') or w in {'|', '-', ':'}:
            end -= 1
        elif end >= 2 and tokens[end - 2][0] == '@':
            end -= 2
        else:
            break
    while i < end:
        w, tag = tokens[i]
        if w == 'RT' and not out:
            i += 1
            continue
        if w == '@':
            i += 2
            if not out and i < end and tokens[i][0] == ':':
                i += 1
            continue
        if w.startswith('@') and len(w) > 1:
            i += 1
            if not out and i < end and tokens[i][0] == ':':
                i += 1
            continue
        if is_url(w):
            i += 1
            continue
        if w.startswith('#'):
            word = w[1:]
            if PLAIN_WORD.match(word):
                out.append([word, tag])
            i += 1
            continue
        out.append([w, tag])
        i += 1
    for k, (w, tag) in enumerate(out):
        if tag.startswith('I-') and (k == 0 or out[k - 1][1][2:] != tag[2:] or out[k - 1][1] == 'O'):
            out[k][1] = 'B-' + tag[2:]
    return out


def main():
    kept = total = 0
    seen = set()
    for path in sys.argv[1:]:
        tokens = []
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n') + ['']
        for line in lines:
            if line.strip():
                parts = line.split('\t')
                tokens.append([parts[0], parts[-1]])
                continue
            if not tokens:
                continue
            total += 1
            out = clean(tokens)
            tokens = []
            key = ' '.join(w for w, _ in out)
            if len(out) < 4 or any(w == '_' for w, _ in out) or key in seen:
                continue
            seen.add(key)
            sys.stdout.write(''.join(f'{w}\t{t}\n' for w, t in out) + '\n')
            kept += 1
    print(f'kept {kept} of {total}', file=sys.stderr)


if __name__ == '__main__':
    main()
