"""Redaction: a copy of the draft with each identifying detail replaced by a consistent
placeholder ([PERSON 1] everywhere for the same person), the formatting of the surrounding runs
kept, comments and tracked changes resolved (insertions accepted, deletions dropped) and
identifying document properties cleared. The input file is never modified."""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..findings import locate
from ..ingest.docx_reader import CORE_PROPERTIES
from ..ingest.model import DocFormat, Document
from .detector import Detection
from .labels import Label

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass
class RedactionPlan:
    """Which original strings become which placeholders, and where they were found."""

    mapping: dict[str, str] = field(default_factory=dict)
    labels: dict[str, Label] = field(default_factory=dict)
    locations: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def pattern(self) -> re.Pattern[str] | None:
        """One pattern for every original, longest first, whitespace-tolerant."""
        if not self.mapping:
            return None
        alternatives = [
            r"\s+".join(re.escape(part) for part in original.split())
            for original in sorted(self.mapping, key=len, reverse=True)
        ]
        return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")

    def replacement(self, matched: str) -> str:
        return self.mapping.get(" ".join(matched.split()), matched)

    def apply(self, text: str) -> str:
        pattern = self.pattern()
        return pattern.sub(lambda m: self.replacement(m.group(0)), text) if pattern else text


def read_pseudonyms(path: str | Path) -> dict[str, str]:
    """A CSV of ``original,replacement`` rows (a header row is allowed)."""
    path = Path(path)
    try:
        rows = list(csv.reader(path.read_text("utf-8").splitlines()))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, "cannot be read as a UTF-8 CSV", "Save it as CSV (UTF-8)") from exc
    mapping = {}
    for row in rows:
        if len(row) >= 2 and row[0].strip() and row[0].strip().lower() != "original":
            mapping[" ".join(row[0].split())] = row[1].strip()
    return mapping


def _placeholder(label: Label, counters: dict[Label, int]) -> str:
    counters[label] += 1
    return f"[{label.value.replace('_', ' ')} {counters[label]}]"


def plan_redaction(
    document: Document, detections: Sequence[Detection], pseudonyms: dict[str, str] | None = None
) -> RedactionPlan:
    """Give every detected detail a placeholder: each full name its own, a part of a name the
    placeholder of the one person whose name holds it; a part that two people share (a surname)
    stays apart from both, so it never merges them."""
    plan = RedactionPlan()
    pseudonyms = pseudonyms or {}
    counters: dict[Label, int] = defaultdict(int)
    owners: dict[str, set[str]] = defaultdict(set)  # a name part -> the full names holding it
    for d in detections:
        words = d.text.split()
        if d.label is Label.PERSON and len(words) > 1:
            for part in words:
                owners[part].add(" ".join(words))
    # Full names first, so "Kayleigh" joins "Kayleigh Smith" rather than starting a person.
    ordered = sorted(detections, key=lambda d: (d.label is not Label.PERSON, -len(d.text.split())))
    for d in ordered:
        original = " ".join(d.text.split())
        if not original:
            continue
        if original not in plan.mapping:
            placeholder = pseudonyms.get(original)
            holders = owners.get(original, set()) if d.label is Label.PERSON else set()
            if placeholder is None and len(holders) == 1:
                placeholder = plan.mapping.get(next(iter(holders)))
            plan.mapping[original] = placeholder or _placeholder(d.label, counters)
            plan.labels[original] = d.label
        plan.locations[original].append(locate(document, d.start, d.end).describe())
    return plan


def write_log(plan: RedactionPlan) -> str:
    """The redaction log as CSV text, headed as sensitive."""
    buffer = io.StringIO()
    buffer.write(
        "# SENSITIVE: this log holds the original identifying details. Store it securely.\n"
    )
    writer = csv.writer(buffer)
    writer.writerow(["placeholder", "original", "label", "occurrences", "locations"])
    for original, placeholder in sorted(plan.mapping.items(), key=lambda kv: kv[1]):
        where = plan.locations.get(original, [])
        writer.writerow(
            [placeholder, original, plan.labels[original].value, len(where), " | ".join(where)]
        )
    return buffer.getvalue()


# -- .txt / .md ----------------------------------------------------------------------------


def redact_text(source: Path, plan: RedactionPlan) -> bytes:
    from ..ingest.text_reader import decode_text

    return plan.apply(decode_text(source, source.read_bytes())).encode("utf-8")


# -- .docx ---------------------------------------------------------------------------------


def _w(tag: str) -> str:
    from ..ingest.docx_reader import W_NS

    return f"{{{W_NS}}}{tag}"


def _resolve_revisions(root: Any) -> None:
    """Accept insertions, drop deletions, remove comment anchors (in place)."""
    for tag in ("ins", "moveTo"):
        for el in list(root.iter(_w(tag))):
            parent = el.getparent()
            if parent is None:
                continue
            if parent.tag == _w("rPr"):  # a paragraph-mark revision marker
                parent.remove(el)
                continue
            index = parent.index(el)
            for child in list(el):
                parent.insert(index, child)
                index += 1
            parent.remove(el)
    for tag in ("del", "moveFrom", "commentRangeStart", "commentRangeEnd"):
        for el in list(root.iter(_w(tag))):
            if el.getparent() is not None:
                el.getparent().remove(el)
    for ref in list(root.iter(_w("commentReference"))):
        run = ref.getparent()
        if run is not None and run.getparent() is not None:
            run.getparent().remove(run)


def _own_text_nodes(paragraph: Any) -> list[Any]:
    """The w:t nodes of a paragraph, without those of paragraphs nested in text boxes."""
    nodes = []
    for t in paragraph.iter(_w("t")):
        ancestor = t.getparent()
        while ancestor is not None and ancestor is not paragraph and ancestor.tag != _w("p"):
            ancestor = ancestor.getparent()
        if ancestor is paragraph:
            nodes.append(t)
    return nodes


def _replace_in_paragraph(paragraph: Any, plan: RedactionPlan, pattern: re.Pattern[str]) -> None:
    """Replace matches across run boundaries: the placeholder goes in the run where the match
    starts; the matched characters are removed from the runs it spans. Run formatting stays."""
    nodes = _own_text_nodes(paragraph)
    texts = [n.text or "" for n in nodes]
    full = "".join(texts)
    matches = list(pattern.finditer(full))
    if not matches:
        return
    starts = []
    offset = 0
    for t in texts:
        starts.append(offset)
        offset += len(t)
    new = list(texts)
    for m in reversed(matches):
        replacement = plan.replacement(m.group(0))
        for i in range(len(nodes) - 1, -1, -1):
            lo = starts[i]
            s, e = max(m.start(), lo), min(m.end(), lo + len(texts[i]))
            if s < e:
                piece = replacement if m.start() >= lo else ""
                new[i] = new[i][: s - lo] + piece + new[i][e - lo :]
    for node, old, value in zip(nodes, texts, new, strict=True):
        if value != old:
            node.text = value
            node.set(_XML_SPACE, "preserve")


def _redact_tree(root: Any, plan: RedactionPlan, pattern: re.Pattern[str] | None) -> None:
    _resolve_revisions(root)
    if pattern is None:
        return
    for paragraph in root.iter(_w("p")):
        _replace_in_paragraph(paragraph, plan, pattern)


#: Extended (app.xml) properties that hold words rather than counts.
_APP_TEXT = frozenset({"Company", "Manager", "HyperlinkBase", "Template", "TitlesOfParts"})
#: Relationships whose target parts go: comments and their companions, custom properties,
#: custom XML data, the thumbnail picture of the first page.
_DROPPED_RELS = (
    "/comments",
    "/commentsExtended",
    "/commentsIds",
    "/commentsExtensible",
    "/people",
    "/custom-properties",
    "/customXml",
    "/thumbnail",
)
#: Attributes of drawings that carry alt text.
_ALT_TEXT = ("descr", "title")


def _redact_parts(document: Any, plan: RedactionPlan, pattern: re.Pattern[str] | None) -> None:
    """Replace identifiers in the body, headers, footers and notes; clear the words of the
    extended properties; drop drawings' alt text."""
    from lxml import etree

    from ..adapters.docx import replace_part_xml
    from ..ingest.docx_reader import CT_APP, CT_ENDNOTES, CT_FOOTER, CT_FOOTNOTES, CT_HEADER

    _redact_tree(document.element.body, plan, pattern)
    for part in document.part.package.iter_parts():
        if part.content_type in (CT_HEADER, CT_FOOTER, CT_FOOTNOTES, CT_ENDNOTES):
            root = getattr(part, "element", None)
            if root is not None:
                _redact_tree(root, plan, pattern)
            else:
                root = etree.fromstring(part.blob)
                _redact_tree(root, plan, pattern)
                replace_part_xml(part, root)
        elif part.content_type == CT_APP:
            root = etree.fromstring(part.blob)
            for el in root:
                if el.tag.rsplit("}", 1)[-1] in _APP_TEXT:
                    for child in el.iter():
                        child.text = "" if child.text is not None else None
            replace_part_xml(part, root)
    for el in document.element.body.iter():
        for name in _ALT_TEXT:
            if name in el.attrib and el.tag.rsplit("}", 1)[-1] in ("docPr", "cNvPr"):
                del el.attrib[name]


def _drop_relationships(document: Any, plan: RedactionPlan) -> None:
    """Comments, custom properties, custom XML and the thumbnail go; a link whose target holds
    an identifier, or any word of one, points nowhere (a web address joins words with / _ -)."""
    from ..adapters.docx import retarget

    words = {w.casefold() for original in plan.mapping for w in re.findall(r"[^\W_]{3,}", original)}
    for owner in (document.part, document.part.package):
        for rid, rel in list(owner.rels.items()):
            if rel.reltype.endswith(_DROPPED_RELS):
                owner.rels.pop(rid)
            elif rel.is_external and words & set(re.findall(r"[^\W_]+", rel.target_ref.casefold())):
                retarget(rel, "#")


def _clear_core_properties(document: Any) -> None:
    """Every core property that holds words is emptied (title, subject, description...)."""
    core = document.core_properties
    for name in (*CORE_PROPERTIES, "language", "version"):  # and two no reader shows
        if getattr(core, name, None):
            setattr(core, name, "")


def redact_docx(source: Path, plan: RedactionPlan) -> bytes:
    """A redacted copy of a .docx as bytes (the caller writes it atomically)."""
    import docx

    document = docx.Document(str(source))
    pattern = plan.pattern()
    _redact_parts(document, plan, pattern)
    _drop_relationships(document, plan)
    _clear_core_properties(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def redacted_bytes(source: Path, document: Document, plan: RedactionPlan) -> bytes:
    """The redacted copy for a supported format; PDF needs the source document."""
    if document.format is DocFormat.DOCX:
        return redact_docx(source, plan)
    if document.format in (DocFormat.TXT, DocFormat.MD):
        return redact_text(source, plan)
    raise InputError(
        source,
        "is a PDF: a PDF cannot be redacted safely here (text hides under layers and metadata)",
        "Redact the source document (.docx, .txt or .md) and export the PDF again",
    )
