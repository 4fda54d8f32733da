"""Score traceability on labelled drafts: does each recommendation the tool finds answer a
finding the labeller says it answers?

Gold: one JSON line per draft, {"file", "findings": [{"id", "quote", "heading"}],
"recommendations": [{"n", "quote", "answers": [finding ids]}]} (quotes are exact text of the
draft). A gold recommendation is matched to the tool's recommendation whose text holds its
quote; it is right when the finding the tool links it to is one of its answers (or, for a
recommendation that answers none, when the tool links it to none). The finding the tool
links is the gold finding whose quote the linked passage (or the paragraph after it, when it is a
finding's title) holds, else the one whose quote sits in
the linked passage's own section (when no other finding's does), else the one whose labelled
section holds it.

Run: .venv/bin/python scripts/score_traceability.py GOLD.jsonl [--root corpora/blind/documents/dev] [--details]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from cspr_qa.checks import CheckContext
from cspr_qa.ingest import load_document
from cspr_qa.ingest.model import Block, Document
from cspr_qa.profile import load_profile

ROOT = Path(__file__).resolve().parent.parent / "corpora" / "blind" / "documents" / "dev"


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


def _subtree(document: Document, section: int) -> set[int]:
    found, grew = {section}, True
    while grew:
        extra = {s.index for s in document.sections if s.parent in found} - found
        found |= extra
        grew = bool(extra)
    return found


def _finding_of(document: Document, block: Block | None, gold: list[dict[str, Any]]) -> str:
    """The gold finding the linked ``block`` belongs to ('' when none)."""
    if block is None:
        return ""
    text = _fold(block.text)
    after = document.blocks[block.index + 1] if block.index + 1 < len(document.blocks) else None
    opening = _fold(after.text) if after is not None else ""  # a finding's title, then its text
    for finding in gold:
        if _fold(finding["quote"]) in text:
            return str(finding["id"])
    for finding in gold:
        if _fold(finding["quote"]) in opening:
            return str(finding["id"])
    for finding in gold:  # the linked block sits in the section that holds the quote
        quote = _fold(finding["quote"])
        homes = {b.section for b in document.blocks if quote in _fold(b.text)}
        if block.section in homes and not _shared(document, block.section, gold):
            return str(finding["id"])
    for finding in gold:
        quote = _fold(finding["heading"] or finding["quote"])
        homes = [b.section for b in document.blocks if quote[:60] in _fold(b.text)]
        if any(block.section in _subtree(document, home) for home in homes):
            return str(finding["id"])
    return ""


def _shared(document: Document, section: int | None, gold: list[dict[str, Any]]) -> bool:
    """Whether ``section`` holds the quotes of more than one gold finding (so it cannot say
    which one a block in it belongs to)."""
    holding = {
        f["id"]
        for f in gold
        for b in document.blocks
        if b.section == section and _fold(f["quote"]) in _fold(b.text)
    }
    return len(holding) > 1


def score_draft(path: Path, record: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per gold recommendation: what the tool linked and whether it is right."""
    ctx = CheckContext(load_document(path), load_profile())
    rows = []
    for gold in record["recommendations"]:
        quote = _fold(gold["quote"])
        item = next((a for a in ctx.recommendations if quote in _fold(a.rec.text)), None)
        linked = _finding_of(ctx.document, item.finding, record["findings"]) if item else None
        right = item is not None and (
            linked in gold["answers"] if gold["answers"] else linked == ""
        )
        rows.append({"n": gold["n"], "answers": gold["answers"], "linked": linked, "right": right})
    return rows


def score(gold: Path, root: Path, details: bool = False) -> dict[str, Any]:
    """Traceability over every draft of a gold file (printing each draft's rows with details)."""
    total = right = found = 0
    for line in gold.read_text("utf-8").splitlines():
        record = json.loads(line)
        rows = score_draft(root / record["file"], record)
        total += len(rows)
        right += sum(r["right"] for r in rows)
        found += sum(r["linked"] is not None for r in rows)
        if details:
            wrong = [r for r in rows if not r["right"]]
            print(f"{record['file']}: {len(rows) - len(wrong)}/{len(rows)} right; wrong {wrong}")
    share = right / total if total else 0.0
    return {"recommendations": total, "matched": found, "right": right, "accuracy": round(share, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    print(json.dumps(score(args.gold, args.root, args.details)))


if __name__ == "__main__":
    main()
