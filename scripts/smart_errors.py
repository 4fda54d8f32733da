"""List every criterion `eval smart` gets wrong on a tuning set: the text, gold, our verdict,
our reason and the writer's "why". Usage: smart_errors.py corpora/blind/smart/dev-2.jsonl"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cspr_qa import nlp
from cspr_qa.datafiles import DataFiles
from cspr_qa.smart.score import CRITERIA, Criteria, score, strip_label


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--criterion", choices=CRITERIA)
    args = parser.parse_args()
    if "sealed" in str(args.gold):
        sys.exit("sealed sets are scored by the lead only")
    records = [json.loads(line) for line in args.gold.read_text().splitlines() if line.strip()]
    criteria = Criteria.of(DataFiles())
    texts = [r["text"][strip_label(r["text"]) :] for r in records]
    wrong = 0
    for record, doc in zip(records, nlp.get_nlp().pipe(texts), strict=True):
        result = score(doc[:], criteria)
        for name in CRITERIA:
            gold = record.get(name)
            verdict = getattr(result, name)
            if (
                gold is None
                or bool(verdict.met) == bool(gold)
                or args.criterion not in (None, name)
            ):
                continue
            wrong += 1
            print(f"[{record.get('id', '?')}] {name}: gold {gold}, ours {bool(verdict.met)}")
            print(f"  text:   {record['text']}")
            print(f"  ours:   {verdict.reason} (owner '{result.owner}', action '{result.action}')")
            print(f"  why:    {record.get('why', '')}\n")
    print(f"{wrong} wrong criteria in {len(records)} records")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
