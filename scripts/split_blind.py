"""Split a blind-written labelled set into its `dev` and `sealed` parts (corpora/blind/).

The split is fixed before anyone looks at the records: records are ranked by the SHA-256 of
"<set>:<id>" and the first half (rounded down) is sealed; documents are split the same way within
each writer's folder, so every writer's style is in both parts. Re-running gives the same split.

Run: .venv/bin/python scripts/split_blind.py SET SOURCE
  SET     pii | smart | themes | documents
  SOURCE  the writer's gold.jsonl (pii, smart, themes), or a folder of writer folders, each
          holding gold.jsonl and the files it names (documents)
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "corpora" / "blind"


def _rank(set_name: str, key: str) -> str:
    return hashlib.sha256(f"{set_name}:{key}".encode()).hexdigest()


def _halves(set_name: str, records: list[dict[str, Any]], key: str) -> tuple[list[Any], list[Any]]:
    """(dev, sealed), each in the writer's original order."""
    ranked = sorted(range(len(records)), key=lambda i: _rank(set_name, str(records[i][key])))
    sealed = set(ranked[: len(records) // 2])
    dev = [r for i, r in enumerate(records) if i not in sealed]
    return dev, [r for i, r in enumerate(records) if i in sealed]


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _write(path: Path, records: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", "utf-8")


def split_records(set_name: str, source: Path) -> None:
    records = _read(source)
    dev, sealed = _halves(set_name, records, "id")
    _write(OUT / set_name / "dev.jsonl", dev)
    _write(OUT / set_name / "sealed.jsonl", sealed)
    print(f"{set_name}: {len(dev)} dev, {len(sealed)} sealed")


def split_documents(source: Path) -> None:
    parts: dict[str, list[dict[str, Any]]] = {"dev": [], "sealed": []}
    for writer in sorted(p for p in source.iterdir() if (p / "gold.jsonl").is_file()):
        records = _read(writer / "gold.jsonl")
        for part, chosen in zip(parts, _halves("documents", records, "file"), strict=True):
            for record in chosen:
                name = f"{writer.name}/{record['file']}"
                target = OUT / "documents" / part / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(writer / record["file"], target)
                parts[part].append({**record, "file": name})
    for part, records in parts.items():
        _write(OUT / "documents" / part / "gold.jsonl", records)
        print(f"documents {part}: {len(records)} drafts")


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in {"pii", "smart", "themes", "documents"}:
        print(__doc__, file=sys.stderr)
        return 2
    set_name, source = argv[0], Path(argv[1])
    if set_name == "documents":
        split_documents(source)
    else:
        split_records(set_name, source)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
