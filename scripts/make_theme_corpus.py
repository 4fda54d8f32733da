"""Generate the theme corpora (all fictional):

- corpora/generated/themes/train.jsonl: labelled paragraphs from the *train* sentence pools, for
  models/train_theme_model.py;
- corpora/generated/themes/dev.jsonl: 360 labelled paragraphs from the *dev* pools, in the
  EVAL-FORMATS.md section 4 format;
- corpora/generated/themes/reports/: 64 review reports, 2019-2025, from eight fictional partnerships,
  each with a known mixture of two to four themes (corpora/generated/themes/manifest.csv), as .md,
  .txt and .docx (plus a few .pdf when LibreOffice is installed).

Run: .venv/bin/python scripts/make_theme_corpus.py [--reports N] [--out DIR]
(``bench/bench_themes.py`` uses --reports 1000 with --out in a temporary folder.)
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx

from theme_text import NEUTRAL, THEMES

ROOT = Path(__file__).resolve().parent.parent
IDS = list(THEMES)
PARTNERSHIPS = [
    "Northbridge",
    "Eastmoor",
    "Westvale",
    "Southport Bay",
    "Kingsford",
    "Ashdown",
    "Harrowfield",
    "Millbrook",
]


def paragraphs(
    rng: random.Random, pool: str, n_per_theme: int, mixed: float
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for theme in IDS:
        for _ in range(n_per_theme):
            sentences = rng.sample(THEMES[theme][pool], rng.randint(1, 3))
            labels = [theme]
            if rng.random() < mixed:
                other = rng.choice([t for t in IDS if t != theme])
                sentences.append(rng.choice(THEMES[other][pool]))
                labels.append(other)
            rng.shuffle(sentences)
            rows.append({"text": " ".join(sentences), "themes": sorted(labels)})
    for _ in range(len(IDS) * n_per_theme // 8):
        rows.append({"text": " ".join(rng.sample(NEUTRAL, rng.randint(1, 2))), "themes": []})
    rng.shuffle(rows)
    return rows


def report(
    rng: random.Random, index: int, scale: int = 1
) -> tuple[str, str, int, list[str], list[tuple[str, list[str]]]]:
    partnership = PARTNERSHIPS[index % len(PARTNERSHIPS)]
    year = 2019 + index % 7
    themes = rng.sample(IDS, rng.randint(2, 4))
    title = (
        f"Local Child Safeguarding Practice Review: Child {chr(65 + index % 26)}{index // 26 or ''} "
        f"({partnership} Safeguarding Children Partnership, published {year})"
    )

    def theme_paras(count: int) -> list[str]:
        return [
            " ".join(rng.sample(THEMES[t]["dev"], rng.randint(2, 4)))
            for t in themes
            for _ in range(count)
        ]

    sections = [
        (
            "Introduction",
            [
                " ".join(rng.sample(NEUTRAL, 3)),
                "This report is fictional and was generated for testing.",
            ],
        ),
        ("Analysis", theme_paras(2 * scale)),
        ("Findings and learning", theme_paras(scale)),
        (
            "Recommendations",
            [
                "The partnership will review its procedures in the light of this review by the next annual report."
            ],
        ),
    ]
    return title, partnership, year, themes, sections


def write(path: Path, title: str, sections: list[tuple[str, list[str]]]) -> None:
    if path.suffix == ".docx":
        document = docx.Document()
        document.add_paragraph(title, style="Title")
        for heading, paras in sections:
            document.add_heading(heading, level=1)
            for text in paras:
                document.add_paragraph(text)
        document.save(str(path))
        return
    mark = "# " if path.suffix == ".md" else ""
    lines = [f"{mark}{title}", ""]
    for heading, paras in sections:
        lines += [f"## {heading}" if path.suffix == ".md" else heading.upper(), ""]
        for text in paras:
            lines += [text, ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def to_pdf(source: Path) -> bool:
    soffice = shutil.which("soffice")
    if not soffice:
        return False
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.move(str(Path(tmp) / (source.stem + ".pdf")), source.with_suffix(".pdf"))
    source.unlink()
    return True


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=64)
    parser.add_argument("--out", type=Path, default=ROOT / "corpora" / "generated" / "themes")
    parser.add_argument(
        "--scale", type=int, default=1, help="multiply the analysis text (benchmarks)"
    )
    args = parser.parse_args()
    rng = random.Random(2026)
    out: Path = args.out
    reports = out / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    if args.out == ROOT / "corpora" / "generated" / "themes":
        for name, pool, n in (("train.jsonl", "train", 24), ("dev.jsonl", "dev", 16)):
            rows = paragraphs(rng, pool, n, mixed=0.3)
            (out / name).write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    manifest = []
    for index in range(args.reports):
        title, partnership, year, themes, sections = report(rng, index, args.scale)
        suffix = [".md", ".txt", ".docx", ".md"][index % 4]
        path = reports / f"review-{index + 1:04d}{suffix}"
        write(path, title, sections)
        if args.reports <= 100 and suffix == ".docx" and index % 20 == 2 and to_pdf(path):
            path = path.with_suffix(".pdf")
        manifest.append([path.name, partnership, year, ";".join(sorted(themes))])
    with (out / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "partnership", "year", "themes"])
        writer.writerows(manifest)
    print(f"wrote {len(manifest)} reports to {reports}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
