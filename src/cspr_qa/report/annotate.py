"""An annotated copy of a .docx draft: a Word comment (author "cspr-qa") anchored on the exact
text of each finding, with the rule, the message and the fix, so a reviewer works through the
findings in Word's review pane. Findings with no place in the body (a missing section, a
document property) are anchored on their section heading or on the title."""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any

import docx
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ..errors import InputError
from ..findings import Finding
from ..ingest.docx_reader import w
from ..ingest.model import DocFormat, Document

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


def annotate_docx(source: Path, document: Document, findings: list[Finding]) -> bytes:
    """The annotated copy as bytes (the caller writes it atomically to a new file)."""
    if document.format is not DocFormat.DOCX:
        raise InputError(
            source, "is not a .docx file", "Annotated copies are made from Word drafts"
        )
    output = docx.Document(str(source))
    body = output.element.body
    paragraphs = list(body.iter(w("p")))
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
    for finding in findings:
        block = (
            document.block_at(finding.location.start)
            if finding.location.start is not None
            else None
        )
        target, near, exact = title, 0, ""
        if block is not None and block.is_body and block.provenance.anchor is not None:
            target = paragraphs[block.provenance.anchor]
            near = (finding.location.start or block.start) - block.start
            exact = document.text[finding.location.start : finding.location.end]
        elif block is not None and block.section is not None:
            heading = document.sections[block.section].heading_block
            anchor = document.blocks[heading].provenance.anchor if heading is not None else None
            if anchor is not None:
                target = paragraphs[anchor]
        runs = _span_runs(target, exact, near)
        if not runs:
            continue
        paragraph = Paragraph(target, output.part)
        where = f"\n(In {finding.location.describe()})" if target is title or not exact else ""
        output.add_comment(
            [Run(r, paragraph) for r in runs],
            text=f"[{finding.severity.value}] {finding.rule}: {finding.message}\n"
            f"Fix: {finding.suggestion}{where}",
            author=AUTHOR,
            initials=INITIALS,
        )
    buffer = io.BytesIO()
    output.save(buffer)
    return buffer.getvalue()
