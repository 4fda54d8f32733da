"""Build the first-name and surname gazetteer shipped in src/cspr_qa/data/pii/names/.

Source: the names-dataset package 3.3.1 on PyPI (Apache-2.0; first and last names with their
frequency rank in 105 countries). The wheel is fetched with pip into a temporary folder, checked
against its SHA-256, and read directly; the package is not installed and is not a run-time
dependency. Kept: names ranked in the top N of Great Britain or of the countries families in
England most often come from, so the gazetteer covers names from many backgrounds without the
long tail of one-off spellings. cspr-qa uses it as evidence, never alone: a capitalised word
that is also a place, a month or a common word is judged by its context (pii/names.py).

Run: .venv/bin/python scripts/build_name_gazetteer.py [WHEEL]
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import pickle
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "cspr_qa" / "data" / "pii" / "names"
PACKAGE = "names-dataset==3.3.1"
SHA256 = "9fb1b60a82de8bea004e7755b6133df0b4a029f93b9ee18bfa37f356f2b8c75e"
COUNTRIES = tuple(
    [
        "GB",
        "IE",
        "IN",
        "PK",
        "BD",
        "LK",
        "NG",
        "GH",
        "SO",
        "ET",
        "ER",
        "SD",
        "KE",
        "ZW",
        "ZA",
        "JM",
        "TT",
        "PL",
        "RO",
        "LT",
        "LV",
        "SK",
        "CZ",
        "BG",
        "HU",
        "PT",
        "IT",
        "ES",
        "FR",
        "DE",
        "NL",
        "TR",
        "IQ",
        "IR",
        "SY",
        "AF",
        "EG",
        "MA",
        "DZ",
        "SA",
        "AL",
        "GR",
        "CY",
        "UA",
        "RU",
        "CN",
        "HK",
        "VN",
        "PH",
        "MY",
        "US",
        "CA",
        "AU",
        "BR",
    ]
)
#: (kind, top N in Great Britain, top N in each other country)
SELECTION = (("first", 5000, 1500), ("last", 10000, 1500))


def _wheel(argv: list[str]) -> Path:
    if argv:
        return Path(argv[0])
    folder = Path(tempfile.mkdtemp(prefix="names-dataset-"))
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(folder), PACKAGE],
        check=True,
    )
    (wheel,) = folder.glob("names_dataset-*.whl")
    return wheel


def _selected(names: dict[str, dict[str, dict[str, int]]], gb: int, other: int) -> list[str]:
    keep = []
    for name, info in names.items():
        if len(name) < 3 or not name[0].isupper() or " " in name:
            continue
        rank = info.get("rank") or {}
        if rank.get("GB", gb + 1) <= gb or any(rank.get(c, other + 1) <= other for c in COUNTRIES):
            keep.append(name)
    return sorted(keep)


def main(argv: list[str]) -> int:
    wheel = _wheel(argv)
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != SHA256:
        print(f"{wheel}: SHA-256 {digest} is not the pinned {SHA256}", file=sys.stderr)
        return 2
    archive = zipfile.ZipFile(wheel)
    counts = {}
    for kind, gb, other in SELECTION:
        raw = archive.read(f"names_dataset/v3/{kind}_names.pkl.gz")
        with gzip.open(io.BytesIO(raw)) as unpacked:  # the pinned, hash-checked wheel
            names = pickle.load(unpacked)
        kept = _selected(names, gb, other)
        (OUT / f"{kind}.txt").write_text("\n".join(kept) + "\n", "utf-8")
        counts[kind] = len(kept)
    meta = {
        "source": PACKAGE,
        "wheel_sha256": digest,
        "licence": "Apache-2.0 (names-dataset)",
        "selection": {k: {"GB_top": gb, "other_top": o} for k, gb, o in SELECTION},
        "countries": COUNTRIES,
        "counts": counts,
    }
    (OUT / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
    print(json.dumps(meta["counts"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
