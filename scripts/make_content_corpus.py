"""Generate the required-content corpora (EVAL-FORMATS.md section 1), all fictional:

- corpora/generated/elements/paragraphs.jsonl: labelled paragraphs from the *train* sentence pools, which
  models/train_content_model.py learns from;
- corpora/generated/elements/reports/: 24 report documents built from the *dev* pools (.docx with and
  without heading styles, .pdf converted from .docx by LibreOffice, .md and .txt), each with
  some elements deliberately missing, placed under other headings or given no heading at all,
  and one whose "Analysis" section is only chronology;
- corpora/generated/elements/dev.jsonl: the gold labels for all ten elements of every report.

Run: .venv/bin/python scripts/make_content_corpus.py
(PDFs need LibreOffice: scripts/install-system-deps.sh. Without it the .pdf files already in
the repository are kept.)
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx

from content_text import ELEMENTS, OTHER

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpora" / "generated" / "elements"
SEED = 7
IDS = list(ELEMENTS)
rng = random.Random(SEED)


def paragraphs_from(pool: list[str], n: int, size: tuple[int, int] = (1, 3)) -> list[str]:
    return [" ".join(rng.sample(pool, min(len(pool), rng.randint(*size)))) for _ in range(n)]


def training_paragraphs() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for element, data in ELEMENTS.items():
        rows += [{"text": t, "elements": [element]} for t in paragraphs_from(data["train"], 40)]
    rows += [{"text": t, "elements": []} for t in paragraphs_from(OTHER["train"], 30)]
    rng.shuffle(rows)
    return rows


# A report plan: ordered (heading or None, heading style, element ids whose text goes there).
Section = tuple[str | None, str, list[str]]


def plan_report(index: int) -> tuple[list[Section], dict[str, bool]]:
    present = {e: rng.random() < 0.8 for e in IDS}
    present[IDS[index % len(IDS)]] = False  # every element is missing from some reports
    if index % 7 == 3:
        present[IDS[(index + 4) % len(IDS)]] = False
    style = ["styled", "bold", "numbered", "plain"][index % 4]
    sections: list[Section] = []
    number = 1
    for element in IDS:
        if not present[element]:
            continue
        headless = rng.random() < 0.25 and sections
        if headless:  # the element's text sits under the previous section's heading
            sections[-1][2].append(element)
            continue
        heading = rng.choice(ELEMENTS[element]["headings"])
        if style == "numbered":
            heading = f"{number}. {heading}"
        number += 1
        sections.append((heading, style, [element]))
    if index == 5:  # an "Analysis" heading over chronology only: not a why-analysis
        present["why_analysis"] = False
        sections = [s for s in sections if "why_analysis" not in s[2]]
        sections.append(("Analysis", style, ["overview"]))
        present["overview"] = True
    return sections, present


def family_text(index: int) -> list[str]:
    pool = ELEMENTS["family_views"]["dev"]
    views, reasons = pool[:3], pool[3:]
    chosen = reasons if index % 3 == 0 else views
    return paragraphs_from(chosen, 1, (1, 2))


def section_text(element: str, index: int) -> list[str]:
    if element == "family_views":
        return family_text(index)
    return paragraphs_from(ELEMENTS[element]["dev"], rng.randint(1, 3), (1, 3))


def write_docx(path: Path, title: str, sections: list[Section], index: int, styled: bool) -> None:
    document = docx.Document()
    if styled:
        document.add_paragraph(title, style="Title")
    else:
        document.add_paragraph(title).runs[0].bold = True
    for heading, style, elements in sections:
        if heading:
            if style == "styled":
                document.add_heading(heading, level=1)
            elif style == "bold":
                document.add_paragraph().add_run(heading).bold = True
            else:
                document.add_paragraph(heading)
        for element in elements:
            for text in section_text(element, index):
                document.add_paragraph(text)
        for text in paragraphs_from(OTHER["dev"], 1 if rng.random() < 0.2 else 0):
            document.add_paragraph(text)
    document.save(str(path))


def write_text(path: Path, title: str, sections: list[Section], index: int, markdown: bool) -> None:
    lines = [f"# {title}" if markdown else title.upper(), ""]
    for heading, style, elements in sections:
        if heading:
            if markdown:
                lines += [f"**{heading}**" if style == "bold" else f"## {heading}", ""]
            else:
                lines += [heading.upper() if style in ("styled", "bold") else heading, ""]
        for element in elements:
            for text in section_text(element, index):
                lines += [text, ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def to_pdf(source: Path, target: Path) -> bool:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return False
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(source)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.move(str(Path(tmp) / (source.stem + ".pdf")), target)
    return True


def main() -> int:
    reports = OUT / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    (OUT / "paragraphs.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in training_paragraphs()), "utf-8"
    )
    formats = ["docx-styled"] * 8 + ["docx-plain"] * 6 + ["md"] * 4 + ["txt"] * 3 + ["pdf"] * 3
    gold = []
    for index, fmt in enumerate(formats):
        sections, present = plan_report(index)
        if fmt == "docx-styled":
            sections = [(h, "styled", e) for h, _, e in sections]
        elif fmt.startswith("docx-plain") or fmt == "pdf":
            sections = [(h, "numbered" if s == "styled" else s, e) for h, s, e in sections]
        title = f"Local Child Safeguarding Practice Review: Child {chr(65 + index)} (fictional)"
        stem = f"report-{index + 1:02d}"
        if fmt.startswith("docx") or fmt == "pdf":
            path = reports / f"{stem}.docx"
            write_docx(path, title, sections, index, styled=fmt == "docx-styled")
            if fmt == "pdf":
                pdf = reports / f"{stem}.pdf"
                if not to_pdf(path, pdf) and not pdf.exists():
                    print(f"LibreOffice missing and {pdf} absent", file=sys.stderr)
                    return 2
                path.unlink()
                path = pdf
        else:
            path = reports / f"{stem}.{fmt}"
            write_text(path, title, sections, index, markdown=fmt == "md")
        gold.append({"file": f"reports/{path.name}", "elements": present})
    (OUT / "dev.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), "utf-8")
    print(f"wrote {len(gold)} reports and {OUT / 'paragraphs.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
