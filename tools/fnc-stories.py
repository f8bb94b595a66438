#!/usr/bin/env python3
"""Multi-outlet stories from the FNC-1 training bodies, for reading the conflicts Corroborate reports on real text.

Every FNC-1 headline comes with the bodies that discuss it; a story here is the related bodies of one headline, no body
in two stories, stories of 5 to 14 bodies, drawn in a seeded order. The sets used in docs/corroboration.md:
  A  --seed 4117 --stories 30 --max 12 --prefix fnc                        development (rules read off its conflicts)
  B  --seed 9203 --stories 40 --prefix fncB --exclude A.jsonl              check set (read only to judge, before and after)
  C  --seed 5501 --stories 40 --prefix fncC --exclude A.jsonl B.jsonl      development
Usage:
  tools/fnc-stories.py ../shared/data/fnc-1-train --seed 4117 --stories 30 --max 12 --prefix fnc > /tmp/fnc-A.jsonl
  ./corroborate analyze /tmp/fnc-A.jsonl --format json > /tmp/fnc-A.json
  tools/fnc-stories.py --conflicts /tmp/fnc-A.json          # each conflict with the sentence of every value
The bodies stay in ../shared; nothing here copies them into the repository.
"""
import argparse, collections, csv, json, random, sys


def stories(folder, seed, count, low, high, exclude):
    csv.field_size_limit(10**8)
    stances = list(csv.DictReader(open(f"{folder}/stances.csv", encoding="utf-8")))
    bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(open(f"{folder}/bodies.csv", encoding="utf-8"))}
    related = collections.defaultdict(set)
    for row in stances:
        if row["Stance"] != "unrelated":
            related[row["Headline"]].add(row["Body ID"])
    heads = sorted(related)
    random.Random(seed).shuffle(heads)
    used, chosen = set(exclude), []
    for head in heads:
        ids = related[head]
        if low <= len(ids) <= high and not ids & used:
            chosen.append(sorted(ids))
            used |= ids
            if len(chosen) == count:
                break
    return chosen, bodies


def sentence(text, start, end):
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = text.find(". ", end)
    return text[left:len(text) if right < 0 else right + 1].strip().replace("\n", " ")


def show_conflicts(path):
    report = json.load(open(path, encoding="utf-8"))
    texts = {a["id"]: a["text"] for a in report["articles"]}
    n = 0
    for story in report["stories"]:
        for claim in story["claims"]:
            for conflict in claim.get("conflicts", []):
                n += 1
                print(f"== {n} [{conflict.get('kind')}] {conflict['description']}")
                for value in conflict["values"]:
                    for span in value.get("spans", [])[:2]:
                        print(f"   [{value['value']}] {sentence(texts[span['article']], span['start'], span['end'])[:300]}")
    print(f"{n} conflicts")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("folder", nargs="?")
    p.add_argument("--seed", type=int, default=4117)
    p.add_argument("--stories", type=int, default=30)
    p.add_argument("--min", type=int, default=5)
    p.add_argument("--max", type=int, default=14)
    p.add_argument("--prefix", default="fnc")
    p.add_argument("--exclude", nargs="*", default=[], help="JSONL files written before: their bodies are left out")
    p.add_argument("--conflicts", help="an analyze --format json report to list the conflicts of")
    p.add_argument("--planted", action="store_true",
                   help="also write title, story and topic, the fields ./bench/run planted --data FILE reads")
    a = p.parse_args()
    if a.conflicts:
        show_conflicts(a.conflicts)
        return
    exclude = set()
    for f in a.exclude:
        exclude |= {json.loads(line)["id"].split("-", 1)[1] for line in open(f, encoding="utf-8")}
    chosen, bodies = stories(a.folder, a.seed, a.stories, a.min, a.max, exclude)
    for k, ids in enumerate(chosen):
        for i in ids:
            row = {"id": f"{a.prefix}{k:02d}-{i}", "text": bodies[i]}
            if a.planted:
                row.update(title="", story=f"{a.prefix}{k:02d}", topic=f"{a.prefix}{k:02d}")
            sys.stdout.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
