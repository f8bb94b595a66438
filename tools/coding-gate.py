#!/usr/bin/env python3
"""Fit and cross-validate the minimum-evidence gate of the event coder (src/Corroborate/Events/CodingGate.cs).

Sources of judged codings (event codings only, CAMEO roots 03-20; statements are not gated):
  * PLOVER development half: `corroborate eval events PLOVER_GSR_CAMEO.json --evidence` (right = PLOVER category
    right; the held-out half is never read here);
  * the hand-judged samples A-E in tests/Corroborate.Tests/Fixtures/Events/*.tsv (R and A = right category,
    C and N = wrong), joined to `corroborate events FILE --evidence --no-gate` over the sentences they were drawn from.

Each judged row is matched to a coding of the current coder by its text id (body id, page hash), verb, source, code and
target; rows whose coding the coder no longer gives are left out (reported).

The model is a logistic regression with an L2 penalty over the yes/no features of CodingFeatures, fitted by plain
gradient descent (no packages needed). Cross-validation leaves one source out: fit on the others, score the left-out
source's codings, and for each threshold count what is kept. The threshold is chosen on the pooled left-out scores:
the highest precision whose kept share of right codings (retention) stays at or above --min-retention. The shipped
weights are then fitted on every source and written with the chosen threshold.

Usage:
  python3 tools/coding-gate.py --plover DEV_EVIDENCE.tsv --coded train.ev.jsonl test.ev.jsonl pages.ev.jsonl \
      [--write src/Corroborate/Resources/Events/coding-gate.tsv] [--min-retention 0.85] [--l2 1.0]
"""
import argparse
import glob
import json
import math
import os
import re
import sys

FIXTURES = os.path.join(os.path.dirname(__file__), '..', 'tests', 'Corroborate.Tests', 'Fixtures', 'Events')


def is_event(code):
    return not code.startswith(('01', '02'))


def text_key(sid):
    """The text a sentence id belongs to (body or page), without the sentence index: samples were split differently."""
    m = re.match(r'^(tr|te)(\d+)-\d+$', sid)
    if m:
        return m.group(1) + m.group(2)
    m = re.match(r'^(ax|pg)([0-9a-f]{8})-\d+$', sid)
    if m:
        return 'pg' + m.group(2)
    m = re.match(r'^(rp-.+)-\d+$', sid)
    return m.group(1) if m else sid


def corpus_of(sid):
    """The corpus a sentence id belongs to: a judged row whose text key does not match is looked for there."""
    return re.match(r'^(tr|te|ax|pg|hl-tr|hl-te|rp)', sid).group(1).replace('ax', 'pg')


def read_coded(paths):
    """Codings of `corroborate events --evidence`: by (text key, verb, source, code, target) -> feature rows."""
    by_key = {}
    names = None
    for path in paths:
        for line in open(path, encoding='utf-8'):
            d = json.loads(line)
            for e in d['events']:
                if 'features' not in e:
                    sys.exit(f'{path}: codings without features (run corroborate events --evidence --no-gate)')
                names = names or list(e['features'])
                row = (d['id'], [e['features'][n] for n in names])
                by_key.setdefault((text_key(d['id']), e['verb'].lower(), e['source'], e['code'], e['target']), []).append(row)
                by_key.setdefault((corpus_of(d['id']), e['verb'].lower(), e['source'], e['code'], e['target']), []).append(row)
    return by_key, names


def read_fixture(path):
    header = None
    for line in open(path, encoding='utf-8'):
        if line.startswith('#'):
            continue
        fields = line.rstrip('\n').split('\t')
        if header is None:
            header = fields
            continue
        yield dict(zip(header, fields))


def judged_now(row):
    """The judgement of the coding as the coder gives it now, or None when it is no longer given."""
    if 'judged_after' in row:          # samples A, D, E
        return None if row['after'] == 'dropped' or row['judged_after'] in ('', '-') else row['judged_after']
    if 'after_final' in row:           # sample B
        return row['judged'] if row['after_final'] == 'yes' else None
    return row['judged'] if row.get('after') == 'yes' else None   # sample C


def fixture_sources(coded):
    sources = {}
    unmatched = {}
    for path in sorted(glob.glob(os.path.join(FIXTURES, 'judged-*.tsv'))):
        for row in read_fixture(path):
            if 'sentence_id' not in row:
                # Samples F and G (events15) judge web pages that tools/event-corpora.py does not write: not joined here.
                continue
            name = row.get('sample') or ('B' if 'sample-b' in path else 'C')
            if not is_event(row['code']):
                continue
            judged = judged_now(row)
            if judged is None:
                continue
            key = (text_key(row['sentence_id']), row['verb'].lower(), row['source'], row['code'], row['target'])
            # Samples split their texts in slightly different ways (sentence indices) and pages were hashed the
            # same way only for some: fall back to the same verb and codes anywhere in the same corpus.
            hits = coded.get(key) or coded.get((corpus_of(row['sentence_id']),) + key[1:])
            if not hits:
                unmatched[name] = unmatched.get(name, 0) + 1
                continue
            sources.setdefault(name, []).append((hits[0][1], 1 if judged in ('R', 'A') else 0))
    return sources, unmatched


def plover_source(path, names):
    rows = []
    header = None
    for line in open(path, encoding='utf-8'):
        fields = line.rstrip('\n').split('\t')
        if header is None:
            header = fields
            continue
        d = dict(zip(header, fields))
        if d['right'] == '-' or not is_event(d['code']) or float(d['confidence']) < 0.66:
            continue
        rows.append(([float(d[n]) for n in names], int(d['right'])))
    return rows


def fit(rows, l2, epochs=3000, rate=0.5):
    n = len(rows[0][0])
    w = [0.0] * n
    b = 0.0
    count = len(rows)
    for _ in range(epochs):
        gw = [0.0] * n
        gb = 0.0
        for x, y in rows:
            p = 1 / (1 + math.exp(-(b + sum(wi * xi for wi, xi in zip(w, x)))))
            g = p - y
            gb += g
            for i, xi in enumerate(x):
                if xi:
                    gw[i] += g * xi
        b -= rate * gb / count
        for i in range(n):
            w[i] -= rate * (gw[i] / count + l2 * w[i] / count)
    return b, w


def score(model, x):
    b, w = model
    return 1 / (1 + math.exp(-(b + sum(wi * xi for wi, xi in zip(w, x)))))


def curve(scored, thresholds):
    """(threshold, kept, right kept, precision, retention of right codings) over (score, right) pairs."""
    total_right = sum(y for _, y in scored)
    out = []
    for t in thresholds:
        kept = [(s, y) for s, y in scored if s >= t]
        right = sum(y for _, y in kept)
        out.append((t, len(kept), right, right / len(kept) if kept else float('nan'), right / total_right if total_right else float('nan')))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--plover', required=True)
    ap.add_argument('--coded', nargs='+', required=True)
    ap.add_argument('--write')
    ap.add_argument('--min-retention', type=float, default=0.85)
    ap.add_argument('--l2', type=float, default=1.0)
    ap.add_argument('--features', help='comma-separated subset of the features to use (default: all)')
    args = ap.parse_args()

    coded, names = read_coded(args.coded)
    use = names if not args.features else args.features.split(',')
    idx = [names.index(n) for n in use]
    sources, unmatched = fixture_sources(coded)
    sources = {k: [([x[i] for i in idx], y) for x, y in v] for k, v in sources.items()}
    sources['PLOVER-dev'] = [([x[names.index(n)] for n in use], y) for x, y in plover_source(args.plover, names)]
    print('sources (event codings the coder gives now: right / judged; rows no longer matched):')
    for k in sorted(sources):
        v = sources[k]
        print(f'  {k:11} {sum(y for _, y in v):4} / {len(v):4}  ({sum(y for _, y in v) / len(v):.3f})  unmatched {unmatched.get(k, 0)}')

    thresholds = [round(0.05 * i, 2) for i in range(0, 20)]
    pooled = []
    print('\nleave-one-source-out: each source scored by a model fitted on the others')
    for held in sorted(sources):
        train = [r for k, v in sources.items() if k != held for r in v]
        model = fit(train, args.l2)
        scored = [(score(model, x), y) for x, y in sources[held]]
        pooled += [(s, y, held) for s, y in scored]
        line = '  '.join(f'{t:.2f}:{p:.2f}/{r:.2f}' for t, _, _, p, r in curve(scored, thresholds) if t in (0.0, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7))
        print(f'  {held:11} precision/retention at threshold  {line}')

    print('\npooled left-out scores (every source once): threshold, kept, right kept, precision, retention of right codings')
    pooled_pairs = [(s, y) for s, y, _ in pooled]
    table = curve(pooled_pairs, thresholds)
    for t, kept, right, p, r in table:
        print(f'  {t:.2f}  {kept:4}  {right:4}  {p:.3f}  {r:.3f}')
    ok = [row for row in table if row[4] >= args.min_retention and row[1] > 0]
    best = max(ok, key=lambda row: (round(row[3], 3), -row[0]))
    print(f'\nchosen threshold {best[0]:.2f}: pooled left-out precision {best[3]:.3f} (from {table[0][3]:.3f}), retention {best[4]:.3f}')
    print('per source at the chosen threshold (left out of the fit): right kept / kept (precision), right kept / right (retention)')
    for held in sorted(sources):
        sc = [(s, y) for s, y, h in pooled if h == held]
        t, kept, right, p, r = curve(sc, [best[0]])[0]
        print(f'  {held:11} {right}/{kept} ({p:.3f}) from {sum(y for _, y in sc)}/{len(sc)} ({sum(y for _, y in sc) / len(sc):.3f}); retention {r:.3f}')

    model = fit([r for v in sources.values() for r in v], args.l2)
    print('\nweights fitted on every source:')
    print(f'  bias {model[0]:+.3f}')
    for n, w in sorted(zip(use, model[1]), key=lambda p: -abs(p[1])):
        print(f'  {n:22} {w:+.3f}')
    if args.write:
        with open(args.write, 'w', encoding='utf-8') as o:
            o.write('# The minimum-evidence gate (CodingGate): a logistic model over the yes/no features of CodingFeatures, fitted\n')
            o.write('# by tools/coding-gate.py on the event codings of the PLOVER development half and the hand-judged samples A-E\n')
            o.write(f'# (L2 {args.l2}); the threshold chosen by leave-one-source-out cross-validation: the best pooled left-out\n')
            o.write(f'# precision keeping at least {args.min_retention:.0%} of the right codings. Our own table (Corroborate).\n')
            o.write('# A feature not listed weighs 0. See docs/events.md, "Precision by abstention".\n')
            o.write(f'bias                  {model[0]:.4f}\n')
            for n, w in zip(use, model[1]):
                o.write(f'{n:22}{w:.4f}\n')
            o.write(f'threshold             {best[0]:.2f}\n')
        print(f'written {args.write}')


if __name__ == '__main__':
    main()
