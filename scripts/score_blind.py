"""Score every analyser on one part of the blind sets (corpora/blind/) and save the figures.

The `sealed` part is scored once before an issue is resolved and never used to choose a word,
weight or threshold; tune on `dev`.

Run: .venv/bin/python scripts/score_blind.py dev|dev-N|sealed|sealed-N   (dev-2, dev-3: later
blind rounds, all of them for tuning; sealed-2: a later sealed part; a round scores the sets it
has; traceability when documents/PART-traceability.jsonl exists)
Writes corpora/blind/results/PART-COMMIT.json (COMMIT: the checkout's short hash, "+" when it
has uncommitted changes), the figures the README tables quote.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from cspr_qa.cli import main as cli
from score_traceability import score as score_traceability

BLIND = Path(__file__).resolve().parent.parent / "corpora" / "blind"


def _eval(kind: str, gold: Path, *extra: str) -> dict[str, Any]:
    old = sys.stdout
    # a file of this run's own: two parts scored at once must not share one
    with tempfile.TemporaryFile("w+", encoding="utf-8") as sink:
        sys.stdout = sink
        try:
            code = cli(["eval", kind, str(gold), "--json", *extra])
        finally:
            sys.stdout = old
        if code:
            raise SystemExit(f"eval {kind} {gold} failed with exit {code}")
        sink.seek(0)
        result: dict[str, Any] = json.load(sink)
    return result


def _commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=BLIND, capture_output=True, text=True, check=True
        ).stdout.strip()

    dirty = git("status", "--porcelain", "--untracked-files=no", "--", "../../src")
    return git("rev-parse", "--short", "HEAD") + ("+" if dirty else "")


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not re.fullmatch(r"(?:dev|sealed)(?:-\d+)?", argv[0]):
        print(__doc__, file=sys.stderr)
        return 2
    part = argv[0]
    scores: dict[str, Any] = {}
    for kind, gold in [
        ("pii", BLIND / "pii" / f"{part}.jsonl"),
        ("smart", BLIND / "smart" / f"{part}.jsonl"),
        ("themes", BLIND / "themes" / f"{part}.jsonl"),
        ("documents", BLIND / "documents" / part / "gold.jsonl"),
    ]:
        if gold.is_file():
            scores[kind] = _eval(kind, gold)
            if kind == "pii":
                scores["pii_presidio"] = _eval(kind, gold, "--engine", "presidio")
    trace = BLIND / "documents" / f"{part}-traceability.jsonl"
    if trace.is_file():
        scores["traceability"] = score_traceability(trace, BLIND / "documents")
    target = BLIND / "results" / f"{part}-{_commit()}.json"
    target.parent.mkdir(exist_ok=True)
    target.write_text(json.dumps(scores, indent=2) + "\n", "utf-8")
    print(f"written {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
