"""Benchmark the theme pipeline: `corpus add` (ingest) and `themes fit` on generated corpora
of 100, 300 and 1,000 reviews of about 8,000 words each, in fresh processes (wall time and
peak memory of each stage), and the two PDF text paths (pypdfium2 fast path vs pdfplumber
layout) on the sample PDFs.

Run: .venv/bin/python bench/bench_themes.py [--sizes 100 300 1000] [--scale 18]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _child(stage: str, folder: str, db: str, k: str) -> dict[str, float]:
    from cspr_qa import themes

    start = time.perf_counter()
    if stage == "add":
        summary = themes.add([folder], db=db, workers=2)
        assert not summary.failed, summary.failed[:3]
    elif stage == "fit":
        themes.fit(db=db, n_themes=k if k == "auto" else int(k))
    else:
        from cspr_qa.themes.index import parse_file

        for path in sorted(Path(folder).glob("*.pdf")):
            parse_file(str(path), layout=stage == "pdf-layout")
    wall = time.perf_counter() - start
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    return {"wall_s": round(wall, 2), "peak_mib": round(peak / 1024)}


def _run(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument(
        "--scale", type=int, default=18, help="analysis text multiplier (18 = about 8,000 words)"
    )
    parser.add_argument("--k", default="12")
    parser.add_argument("--results", default="themes.json", help="file name under bench/results")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(*args.child)))
        return 0
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            folder = Path(tmp) / f"c{size}"
            subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "scripts/make_theme_corpus.py"),
                    "--reports",
                    str(size),
                    "--scale",
                    str(args.scale),
                    "--out",
                    str(folder),
                ],
                check=True,
                capture_output=True,
            )
            words = sum(
                len(p.read_text("utf-8", errors="ignore").split()) for p in folder.rglob("*.md")
            )
            words += sum(
                len(p.read_text("utf-8", errors="ignore").split()) for p in folder.rglob("*.txt")
            )
            db = str(Path(tmp) / f"c{size}.sqlite")
            add = _run("add", str(folder / "reports"), db, args.k)
            fit = _run("fit", "", db, args.k)
            rows.append(
                {"documents": size, "approx_words": int(words * 4 / 3), "ingest": add, "fit": fit}
            )
            print(f"{size} docs: ingest {add}, fit (k={args.k}) {fit}", file=sys.stderr)
        pdfs = Path(tmp) / "pdfs"
        pdfs.mkdir()
        for i, pdf in enumerate(
            sorted((ROOT / "corpora/generated/themes/reports").glob("*.pdf")) * 5
        ):
            shutil.copy(pdf, pdfs / f"{i:02d}.pdf")
        fast = _run("pdf-fast", str(pdfs), "", args.k)
        layout = _run("pdf-layout", str(pdfs), "", args.k)
    result = {
        "k": args.k,
        "scale": args.scale,
        "corpora": rows,
        "pdf_20_files": {"fast": fast, "layout": layout},
    }
    print("| reviews | ~words | ingest s | ingest peak MiB | fit s | fit peak MiB |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['documents']} | {r['approx_words']:,} | {r['ingest']['wall_s']} | {r['ingest']['peak_mib']} | "
            f"{r['fit']['wall_s']} | {r['fit']['peak_mib']} |"
        )
    print(
        f"\n20 PDFs: pypdfium2 fast path {fast['wall_s']} s, pdfplumber layout {layout['wall_s']} s"
    )
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / args.results).write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
