#!/usr/bin/env python3
"""Write the unlabelled real-news sentences the judged event samples (tests/Corroborate.Tests/Fixtures/Events) were
drawn from as JSON Lines for `corroborate events`, one sentence per line by a simple full-stop rule, with the ids the
fixtures use up to the sentence index (tools/coding-gate.py matches a judged row by its text, verb and codes):

  tr<Body ID>-<n>   FNC-1 training bodies (samples A, D, E)     ../shared/data/fnc-1-train/bodies.csv
  te<Body ID>-<n>   FNC-1 test-half bodies (sample B)           ../shared/data/fnc-1/bodies.csv
  pg<hash8>-<n>     article-extraction true texts (sample B)    ../shared/data/article-extraction/ground-truth.json
  hl-<tr|te>-<n>    distinct FNC-1 headlines (sample C)         */stances.csv (n: order of first appearance)
  rp-<folder>-<n>   readability pages' expected text (sample C) ../shared/data/readability-pages/*/expected.html.gz

The text stays outside the repository (CC BY-SA and other licences): write it to a temporary folder.
Usage: python3 tools/event-corpora.py SHARED_DATA_DIR OUT_DIR
"""
import csv
import gzip
import html
import json
import os
import re
import sys

csv.field_size_limit(10 ** 9)
SPLIT = re.compile(r'(?<=[.!?])\s+(?=[A-Z"\u201c\'])')


def sentences(text):
    for para in re.split(r'\n+', text):
        for s in SPLIT.split(para.strip()):
            if s.strip():
                yield s.strip()


def write(path, rows):
    with open(path, 'w', encoding='utf-8') as o:
        for i, text, date in rows:
            o.write(json.dumps({'id': i, 'text': text, 'date': date}) + '\n')


def bodies(path, prefix):
    with open(path, newline='', encoding='utf-8') as f:
        for row in csv.DictReader(f):
            for n, s in enumerate(sentences(row['articleBody'])):
                yield f'{prefix}{row["Body ID"]}-{n}', s, '2014-09-01'


def headlines(data):
    for half, folder in (('tr', 'fnc-1-train'), ('te', 'fnc-1')):
        seen = {}
        with open(os.path.join(data, folder, 'stances.csv'), newline='', encoding='utf-8') as f:
            for row in csv.DictReader(f):
                seen.setdefault(row['Headline'], len(seen))
        for text, n in seen.items():
            yield f'hl-{half}-{n}', text, '2014-09-01'


def pages(data):
    truth = json.load(open(os.path.join(data, 'article-extraction', 'ground-truth.json'), encoding='utf-8'))
    items = truth.items() if isinstance(truth, dict) else enumerate(truth)
    for key, page in items:
        text = page.get('articleBody') if isinstance(page, dict) else None
        if not text:
            continue
        digest = str(key)[:8]   # the page's hash, as the ground truth names it
        for n, s in enumerate(sentences(text)):
            yield f'pg{digest}-{n}', s, '2019-01-01'


def readability(data):
    root = os.path.join(data, 'readability-pages')
    for folder in sorted(os.listdir(root)):
        path = os.path.join(root, folder, 'expected.html.gz')
        if not os.path.exists(path):
            continue
        markup = gzip.open(path, 'rt', encoding='utf-8', errors='replace').read()
        markup = re.sub(r'(?i)</(p|div|h\d|li|blockquote|tr)>|<br\s*/?>', '\n', markup)
        text = html.unescape(re.sub(r'<[^>]+>', ' ', markup))
        text = re.sub(r'[ \t]+', ' ', text)
        for n, s in enumerate(sentences(text)):
            yield f'rp-{folder}-{n}', s, '2019-01-01'


def main():
    data, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, 'train.jsonl'), bodies(os.path.join(data, 'fnc-1-train', 'bodies.csv'), 'tr'))
    write(os.path.join(out, 'test.jsonl'), bodies(os.path.join(data, 'fnc-1', 'bodies.csv'), 'te'))
    write(os.path.join(out, 'pages.jsonl'), pages(data))
    write(os.path.join(out, 'headlines.jsonl'), headlines(data))
    write(os.path.join(out, 'readability.jsonl'), readability(data))


if __name__ == '__main__':
    main()
