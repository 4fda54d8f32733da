"""An annotated copy of a .docx draft: a Word comment (author "cspr-qa") anchored on the exact
text of each error and warning, with the rule, the message and the fix, so a reviewer works
through them in Word's review pane. Findings outside the body sit on their section heading;
findings about the document as a whole go in one summary comment on the title, which opens
with the verdict and the scorecard. Information (found elements, scores) is not commented."""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any

import docx
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ..datafiles import DataFiles
from ..engine import FileResult
from ..errors import InputError
from ..findings import Finding, Severity
from ..ingest.docx_reader import w
from ..ingest.model import DocFormat, Document
from ..verdict import WORDING

SMART_KEYS = ("specific", "measurable", "achievable", "relevant", "time_bound")
AUTHOR = "cspr-qa"
INITIALS = "QA"


def _runs(paragraph: Any) -> list[Any]:
    """Runs with text that belong to this paragraph (not to deletions or text boxes)."""
    runs = []
    for run in paragraph.iter(w("r")):
        ancestor = run.getparent()
        inside_other = False
        while ancestor is not None and ancestor is not paragraph:
            if ancestor.tag in (w("del"), w("moveFrom"), w("txbxContent")):
                inside_other = True
                break
            ancestor = ancestor.getparent()
        if not inside_other and run.find(w("t")) is not None:
            runs.append(run)
    return runs


def _text(run: Any) -> str:
    return "".join(t.text or "" for t in run.iter(w("t")))


def _split(run: Any, at: int) -> Any:
    """Split a single-w:t run at a character offset; return the new run after it."""
    texts = list(run.iter(w("t")))
    if len(texts) != 1 or not 0 < at < len(texts[0].text or ""):
        return None
    tail = copy.deepcopy(run)
    value = texts[0].text or ""
    texts[0].text = value[:at]
    next(tail.iter(w("t"))).text = value[at:]
    for t in (texts[0], next(tail.iter(w("t")))):
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.addnext(tail)
    return tail


def _span_runs(paragraph: Any, target: str, near: int) -> list[Any]:
    """The runs covering ``target`` in the paragraph, split so they cover it exactly;
    the whole paragraph's runs when the text cannot be found."""
    runs = _runs(paragraph)
    full = "".join(_text(r) for r in runs)
    start = full.find(target, max(0, near - 40)) if target else -1
    if start < 0:
        start = full.find(target) if target else -1
    if start < 0:
        return runs
    end = start + len(target)
    offset = 0
    chosen = []
    for run in list(runs):
        text = _text(run)
        lo, hi = offset, offset + len(text)
        offset = hi
        if hi <= start or lo >= end:
            continue
        if lo < start:
            tail = _split(run, start - lo)
            if tail is None:
                chosen.append(run)
                continue
            run, lo = tail, start
            text = _text(run)
            hi = lo + len(text)
        if hi > end and _split(run, end - lo) is None:
            chosen.append(run)
            continue
        chosen.append(run)
    return chosen or runs


def _anchor(
    finding: Finding, document: Document, paragraphs: list[Any]
) -> tuple[Any, int, str] | None:
    """The paragraph a finding's comment sits on, where in it, and the exact text; None for
    a finding about the document as a whole (it goes in the summary comment)."""
    start = finding.location.start
    block = document.block_at(start) if start is not None else None
    if block is None:
        return None
    if block.is_body and block.provenance.anchor is not None:
        exact = document.text[start : finding.location.end]
        return paragraphs[block.provenance.anchor], (start or block.start) - block.start, exact
    heading = document.sections[block.section].heading_block if block.section is not None else None
    anchor = document.blocks[heading].provenance.anchor if heading is not None else None
    return (paragraphs[anchor], 0, "") if anchor is not None else None


def _comment(finding: Finding, located: bool) -> str:
    where = "" if located else f"\n(In {finding.location.describe()})"
    return (
        f"[{finding.severity.value}] {finding.rule}: {finding.message}\n"
        f"Fix: {finding.suggestion}{where}"
    )


def summary_comment(result: FileResult, wording: dict[str, Any], whole: list[Finding]) -> str:
    """The comment on the title: the verdict, the scorecard in a few lines, and the errors and
    warnings about the document as a whole."""
    lines = [f"cspr-qa: {result.verdict.line()}" if result.verdict else "cspr-qa"]
    card, words = result.scorecard or {}, wording["scorecard"]
    elements = card.get("elements", [])
    if elements:
        missing = [str(e["title"]) for e in elements if not e["present"]]
        names = words["missing"].format(names="; ".join(missing)) if missing else ""
        found = len(elements) - len(missing)
        lines.append(words["elements"].format(found=found, total=len(elements), missing=names))
    if card:
        recs = card["recommendations"]
        smart = sum(1 for r in recs if all(r[k] == "yes" for k in SMART_KEYS))
        lines.append(words["recommendations"].format(n=len(recs), smart=smart))
        lines.append(words["identifiers"].format(n=card["identifiers"]["total"]))
    lines.append(words["counts"].format(**result.counts()))
    if whole:
        lines.append(words["document"])
        lines.extend(f"- {_comment(f, True)}" for f in whole)
    return "\n".join(lines)


def annotate_docx(source: Path, result: FileResult, files: DataFiles) -> bytes:
    """The annotated copy as bytes (the caller writes it atomically to a new file): one
    summary comment on the title, and a comment on each error and warning where it is."""
    document = result.document
    if document is None or document.format is not DocFormat.DOCX:
        raise InputError(
            source, "is not a .docx file", "Annotated copies are made from Word drafts"
        )
    output = docx.Document(str(source))
    paragraphs = list(output.element.body.iter(w("p")))
    title = next(
        (
            paragraphs[b.provenance.anchor]
            for b in document.body_blocks()
            if b.provenance.anchor is not None
        ),
        paragraphs[0] if paragraphs else None,
    )
    if title is None:
        return Path(source).read_bytes()
    actionable = [f for f in result.findings if f.severity is not Severity.INFO]
    anchors = [(f, _anchor(f, document, paragraphs)) for f in actionable]
    whole = [f for f, anchor in anchors if anchor is None]
    _add(output, title, 0, "", summary_comment(result, files.load(WORDING), whole))
    for finding, anchor in anchors:
        if anchor is not None:
            _add(output, anchor[0], anchor[1], anchor[2], _comment(finding, bool(anchor[2])))
    buffer = io.BytesIO()
    output.save(buffer)
    return buffer.getvalue()


def _add(output: Any, target: Any, near: int, exact: str, text: str) -> None:
    runs = _span_runs(target, exact, near)
    if runs:
        paragraph = Paragraph(target, output.part)
        output.add_comment(
            [Run(r, paragraph) for r in runs], text=text, author=AUTHOR, initials=INITIALS
        )
