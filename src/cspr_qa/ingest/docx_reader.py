"""Word .docx reader: python-docx for the package, styles and core properties; the package
XML for what python-docx has no API for (tracked changes, text boxes, notes, comments,
custom and extended properties)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from lxml import etree

from ..errors import InputError
from .headings import LineShape, classify_heading
from .model import (
    BlockKind,
    DocFormat,
    Document,
    DocumentBuilder,
    HeadingSource,
    Provenance,
    Revision,
)
from .safety import check_zip_package

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
EP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
CP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"

_CT = "application/vnd.openxmlformats-officedocument."
CT_COMMENTS = _CT + "wordprocessingml.comments+xml"
CT_FOOTNOTES = _CT + "wordprocessingml.footnotes+xml"
CT_ENDNOTES = _CT + "wordprocessingml.endnotes+xml"
CT_HEADER = _CT + "wordprocessingml.header+xml"
CT_FOOTER = _CT + "wordprocessingml.footer+xml"
CT_APP = _CT + "extended-properties+xml"
CT_CUSTOM = _CT + "custom-properties+xml"

_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)

#: Extended (app.xml) properties that can identify a person or organisation.
_APP_PROPERTIES = ("Company", "Manager")
#: Core properties that hold words (read as blocks, so checked; cleared by redaction).
CORE_PROPERTIES = (
    "author",
    "last_modified_by",
    "title",
    "subject",
    "keywords",
    "comments",
    "category",
    "content_status",
    "identifier",
)


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _on(el: Any) -> bool:
    """A WordprocessingML on/off property element (``<w:b/>``, ``<w:b w:val="0"/>``)."""
    if el is None:
        return False
    return el.get(w("val")) not in ("0", "false", "off")


@dataclass
class _Content:
    """Text of one paragraph and what sits inside it."""

    chars: list[str] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    deletions: list[tuple[str, str | None]] = field(default_factory=list)
    textboxes: list[Any] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (kind, id)
    comments: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (rel id, link text)
    bold_chars: int = 0
    max_size: float = 0.0
    page_breaks: int = 0

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def __len__(self) -> int:
        return sum(len(c) for c in self.chars)


@dataclass(frozen=True)
class _Style:
    name: str
    level: int | None
    bold: bool
    size: float | None
    is_list: bool


class _Styles:
    """Paragraph style facts (heading level, bold, size) with inheritance resolved."""

    def __init__(self, document: Any) -> None:
        self._by_id: dict[str, _Style] = {}
        for style in document.styles:
            try:
                self._by_id[style.style_id] = self._resolve(style)
            except (AttributeError, ValueError):
                continue
        default = self._by_id.get("Normal")
        self.body_size = default.size if default and default.size else 11.0

    @staticmethod
    def _resolve(style: Any) -> _Style:
        name = style.name or style.style_id or ""
        level: int | None = None
        bold = False
        size: float | None = None
        chain = style
        while chain is not None:
            el = chain.element
            if level is None:
                outline = el.find(f"{w('pPr')}/{w('outlineLvl')}")
                if outline is not None and (val := outline.get(w("val"), "")).isdigit():
                    level = int(val) + 1 if int(val) < 9 else None
            font = getattr(chain, "font", None)
            if font is not None:
                bold = bold or bool(font.bold)
                if size is None and font.size is not None:
                    size = font.size.pt
            chain = getattr(chain, "base_style", None)
        lowered = name.lower()
        if lowered.startswith("heading ") and lowered[8:].strip().isdigit():
            level = int(lowered[8:].strip())
        elif lowered == "title":
            level = 1
        is_list = "list" in lowered
        return _Style(name=name, level=level, bold=bold, size=size, is_list=is_list)

    def get(self, style_id: str | None) -> _Style | None:
        return self._by_id.get(style_id or "Normal")


def _in_textbox(p: Any, container: Any) -> bool:
    """Whether paragraph ``p`` sits in a text box nested inside ``container``."""
    if p is container:
        return False
    ancestor = p.getparent()
    while ancestor is not None and ancestor is not container:
        if ancestor.tag == w("txbxContent"):
            return True
        ancestor = ancestor.getparent()
    return False


class _DocxReader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.doc = docx.Document(str(path))
        self.styles = _Styles(self.doc)
        self.builder = DocumentBuilder(path, DocFormat.DOCX)
        body = self.doc.element.body
        self.track_pages = (
            body.find(f".//{w('lastRenderedPageBreak')}") is not None
            or body.find(f".//{w('br')}[@{w('type')}='page']") is not None
        )
        self.page = 1
        self.tables = 0
        self.note_sections: dict[tuple[str, str], int | None] = {}
        self.comment_anchor: dict[str, tuple[int | None, int | None]] = {}
        self.rels = {rid: rel for rid, rel in self.doc.part.rels.items()}
        self.anchors = {el: i for i, el in enumerate(body.iter(w("p")))}

    # -- paragraph content --------------------------------------------------------------
    def _walk(self, el: Any, out: _Content, insertion: Any = None, deleted: bool = False) -> None:
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            local = tag.rsplit("}", 1)[-1]
            if tag == w("r"):
                self._run(child, out, insertion, deleted)
            elif tag in (w("ins"), w("moveTo")):
                self._walk(child, out, insertion=child, deleted=deleted)
            elif tag in (w("del"), w("moveFrom")):
                self._walk(child, out, insertion=None, deleted=True)
            elif tag == w("hyperlink"):
                start = len(out)
                self._walk(child, out, insertion, deleted)
                rid = child.get(f"{{{R_NS}}}id")
                if rid:
                    out.links.append((rid, out.text[start:]))
            elif tag == w("commentRangeStart"):
                out.comments.append(child.get(w("id"), ""))
            elif local in ("smartTag", "sdt", "sdtContent", "fldSimple", "customXml", "bdo", "dir"):
                self._walk(child, out, insertion, deleted)

    def _run(self, run: Any, out: _Content, insertion: Any, deleted: bool) -> None:
        rpr = run.find(w("rPr"))
        bold = rpr is not None and _on(rpr.find(w("b")))
        size_el = rpr.find(w("sz")) if rpr is not None else None
        size = None
        if size_el is not None and (val := size_el.get(w("val"), "")).isdigit():
            size = int(val) / 2
        start = len(out)
        for child in run:
            tag = child.tag
            if tag == w("t"):
                out.chars.append(child.text or "")
            elif tag == w("delText"):
                if deleted:
                    author = None
                    parent = run.getparent()
                    while parent is not None and parent.tag not in (w("del"), w("moveFrom")):
                        parent = parent.getparent()
                    if parent is not None:
                        author = parent.get(w("author"))
                    self._add_deletion(out, child.text or "", author)
            elif tag == w("tab"):
                out.chars.append("\t")
            elif tag in (w("br"), w("cr")):
                if child.get(w("type")) == "page":
                    out.page_breaks += 1
                else:
                    out.chars.append("\n")
            elif tag == w("lastRenderedPageBreak"):
                out.page_breaks += 1
            elif tag == w("noBreakHyphen"):
                out.chars.append("-")
            elif tag in (w("footnoteReference"), w("endnoteReference")):
                kind = "footnote" if tag == w("footnoteReference") else "endnote"
                out.notes.append((kind, child.get(w("id"), "")))
            elif tag == w("commentReference"):
                out.comments.append(child.get(w("id"), ""))
            else:
                out.textboxes.extend(self._textboxes(child))
        added = len(out) - start
        if added:
            if bold:
                out.bold_chars += added
            if size:
                out.max_size = max(out.max_size, size)
            if insertion is not None:
                out.revisions.append(
                    Revision(
                        start, start + added, insertion.get(w("author")), insertion.get(w("date"))
                    )
                )

    @staticmethod
    def _add_deletion(out: _Content, text: str, author: str | None) -> None:
        if out.deletions and out.deletions[-1][1] == author:
            out.deletions[-1] = (out.deletions[-1][0] + text, author)
        else:
            out.deletions.append((text, author))

    @staticmethod
    def _textboxes(el: Any) -> list[Any]:
        """Paragraphs of text boxes in a drawing, skipping mc:Fallback copies."""
        found: list[Any] = []
        for box in el.iter(w("txbxContent")):
            ancestor = box.getparent()
            fallback = False
            while ancestor is not None and ancestor is not el:
                if ancestor.tag == f"{{{MC_NS}}}Fallback":
                    fallback = True
                    break
                ancestor = ancestor.getparent()
            if not fallback:
                found.extend(box.iter(w("p")))
        return found

    def _content(self, container: Any) -> _Content:
        """The paragraphs in ``container`` (a paragraph, cell, note or comment) as one text,
        a line each; paragraphs of text boxes inside it are collected apart."""
        out = _Content()
        first = True
        for p in container.iter(w("p")):
            if _in_textbox(p, container):
                continue
            if not first:
                out.chars.append("\n")
            first = False
            self._walk(p, out)
        return out

    # -- body -----------------------------------------------------------------------------
    def read_body(self) -> None:
        for child in self.doc.element.body:
            if child.tag == w("p"):
                self._paragraph(child)
            elif child.tag == w("tbl"):
                self._table(child)
            elif child.tag == w("sdt"):
                content = child.find(w("sdtContent"))
                for inner in content if content is not None else []:
                    if inner.tag == w("p"):
                        self._paragraph(inner)
                    elif inner.tag == w("tbl"):
                        self._table(inner)

    def _page(self) -> int | None:
        return self.page if self.track_pages else None

    def _paragraph(self, p: Any) -> None:
        content = self._content(p)
        text = content.text
        ppr = p.find(w("pPr"))
        style_id = None
        outline_level = None
        numbered = False
        if ppr is not None:
            pstyle = ppr.find(w("pStyle"))
            style_id = pstyle.get(w("val")) if pstyle is not None else None
            outline = ppr.find(w("outlineLvl"))
            if outline is not None and (val := outline.get(w("val"), "")).isdigit():
                outline_level = int(val) + 1 if int(val) < 9 else None
            numbered = ppr.find(w("numPr")) is not None
        style = self.styles.get(style_id)
        heading = None
        if text.strip():
            if style is not None and style.name.lower() == "title":
                heading = (1, HeadingSource.TITLE)
            elif outline_level is not None:
                heading = (outline_level, HeadingSource.OUTLINE_LEVEL)
            else:
                visible = len(text.strip())
                bold = bool(style and style.bold) or content.bold_chars >= visible
                size = content.max_size or (style.size if style and style.size else 0.0)
                heading = classify_heading(
                    LineShape(
                        text=text,
                        bold=bold,
                        size_ratio=(size / self.styles.body_size) if size else 1.0,
                        style_level=style.level if style else None,
                    )
                )
        kind = BlockKind.PARAGRAPH
        if heading is None and (numbered or (style is not None and style.is_list)):
            kind = BlockKind.LIST_ITEM
        paragraph_no = self.builder.next_paragraph_number() if text.strip() else None
        page = self._page()
        self.builder.add(
            kind,
            text,
            Provenance("body", paragraph=paragraph_no, page=page, anchor=self.anchors.get(p)),
            heading=heading,
            style=style.name if style else None,
            revisions=tuple(content.revisions),
        )
        self._after_paragraph(content, paragraph_no, page)
        self.page += content.page_breaks

    def _after_paragraph(
        self, content: _Content, paragraph_no: int | None, page: int | None
    ) -> None:
        """Blocks that hang off a paragraph: deletions, text boxes, links, note anchors."""
        section = self.builder.current_section
        for deleted_text, author in content.deletions:
            self.builder.add(
                BlockKind.DELETION,
                deleted_text,
                Provenance("tracked deletion", paragraph=paragraph_no, page=page, author=author),
            )
        for box_paragraph in content.textboxes:
            box = self._content(box_paragraph)
            self.builder.add(
                BlockKind.TEXTBOX,
                box.text,
                Provenance("text box", paragraph=paragraph_no, page=page),
                revisions=tuple(box.revisions),
            )
        for rid, link_text in content.links:
            rel = self.rels.get(rid)
            if rel is not None and rel.is_external:
                self.builder.add(
                    BlockKind.HYPERLINK,
                    rel.target_ref,
                    Provenance(
                        "hyperlink target", paragraph=paragraph_no, page=page, name=link_text
                    ),
                    section=section,
                )
        for note in content.notes:
            self.note_sections.setdefault(note, section)
        for comment_id in content.comments:
            self.comment_anchor.setdefault(comment_id, (section, paragraph_no))

    def _table(self, tbl: Any) -> None:
        self.tables += 1
        table_no = self.tables
        for r, row in enumerate(tbl.findall(w("tr")), start=1):
            for c, cell in enumerate(row.findall(w("tc")), start=1):
                merged = cell.find(f"{w('tcPr')}/{w('vMerge')}")
                if merged is not None and merged.get(w("val")) != "restart":
                    continue
                self._cell(cell, (table_no, r, c))

    def _cell(self, cell: Any, where: tuple[int, int, int]) -> None:
        content = self._content(cell)
        paragraph_no = self.builder.next_paragraph_number() if content.text.strip() else None
        page = self._page()
        self.builder.add(
            BlockKind.TABLE_CELL,
            content.text,
            Provenance(
                "body",
                paragraph=paragraph_no,
                page=page,
                table=where,
                anchor=next(
                    (self.anchors[p] for p in cell.iter(w("p")) if p in self.anchors), None
                ),
            ),
            revisions=tuple(content.revisions),
        )
        self._after_paragraph(content, paragraph_no, page)
        self.page += content.page_breaks

    # -- other parts of the package ---------------------------------------------------------
    def _parts(self, content_type: str) -> Iterator[tuple[str, Any]]:
        for part in self.doc.part.package.iter_parts():
            if part.content_type == content_type:
                yield str(part.partname).lstrip("/"), etree.fromstring(part.blob, _XML_PARSER)

    def read_notes(self, content_type: str, kind: BlockKind) -> None:
        tag = "footnote" if kind is BlockKind.FOOTNOTE else "endnote"
        for partname, root in self._parts(content_type):
            for note in root.iter(w(tag)):
                if note.get(w("type")) in (
                    "separator",
                    "continuationSeparator",
                    "continuationNotice",
                ):
                    continue
                note_id = note.get(w("id"), "")
                content = self._content(note)
                section = self.note_sections.get((tag, note_id))
                self.builder.add(
                    kind,
                    content.text,
                    Provenance(partname, name=f"{tag} {note_id}"),
                    revisions=tuple(content.revisions),
                    section=section,
                )
                self._aux_deletions(content.deletions, partname, section)

    def read_comments(self) -> None:
        for partname, root in self._parts(CT_COMMENTS):
            for comment in root.iter(w("comment")):
                comment_id = comment.get(w("id"), "")
                section, paragraph = self.comment_anchor.get(comment_id, (None, None))
                self.builder.add(
                    BlockKind.COMMENT,
                    self._content(comment).text,
                    Provenance(
                        partname,
                        paragraph=paragraph,
                        author=comment.get(w("author")),
                        name=f"comment {comment_id}",
                    ),
                    section=section,
                )

    def read_headers_footers(self) -> None:
        seen: set[tuple[BlockKind, str]] = set()
        for content_type, kind in ((CT_HEADER, BlockKind.HEADER), (CT_FOOTER, BlockKind.FOOTER)):
            for partname, root in self._parts(content_type):
                for p in root.iter(w("p")):
                    text = self._content(p).text
                    if not text.strip() or (kind, text) in seen:
                        continue
                    seen.add((kind, text))
                    self.builder.add(kind, text, Provenance(partname))

    def _aux_deletions(
        self, deletions: list[tuple[str, str | None]], partname: str, section: int | None
    ) -> None:
        for deleted_text, author in deletions:
            self.builder.add(
                BlockKind.DELETION,
                deleted_text,
                Provenance(f"tracked deletion in {partname}", author=author),
                section=section,
            )

    def read_properties(self) -> None:
        core = self.doc.core_properties
        for name in CORE_PROPERTIES:
            value = getattr(core, name, None)
            if isinstance(value, str) and value.strip():
                self.builder.add(
                    BlockKind.PROPERTY, value, Provenance("docProps/core.xml", name=name)
                )
        for partname, root in self._parts(CT_APP):
            for name in _APP_PROPERTIES:
                el = root.find(f"{{{EP_NS}}}{name}")
                if el is not None and (el.text or "").strip():
                    self.builder.add(
                        BlockKind.PROPERTY, el.text or "", Provenance(partname, name=name)
                    )
        for partname, root in self._parts(CT_CUSTOM):
            for prop in root.iter(f"{{{CP_NS}}}property"):
                value = "".join(prop.itertext()).strip()
                if value:
                    self.builder.add(
                        BlockKind.PROPERTY,
                        value,
                        Provenance(partname, name=f"custom: {prop.get('name', '')}"),
                    )

    def read_authors(self) -> None:
        """Names of the people who commented or tracked changes, as properties."""
        authors: dict[str, str] = {}
        for block in self.builder.blocks:
            if block.kind is BlockKind.COMMENT and block.provenance.author:
                authors.setdefault(block.provenance.author, "comment author")
            for revision in block.revisions:
                if revision.author:
                    authors.setdefault(revision.author, "revision author")
            if block.kind is BlockKind.DELETION and block.provenance.author:
                authors.setdefault(block.provenance.author, "revision author")
        for author, role in authors.items():
            self.builder.add(BlockKind.PROPERTY, author, Provenance("review markup", name=role))

    def read(self) -> Document:
        self.read_body()
        self.builder.page_count = self.page if self.track_pages else None
        self.read_notes(CT_FOOTNOTES, BlockKind.FOOTNOTE)
        self.read_notes(CT_ENDNOTES, BlockKind.ENDNOTE)
        self.read_comments()
        self.read_headers_footers()
        self.read_properties()
        self.read_authors()
        return self.builder.build()


def read_docx(path: Path) -> Document:
    """Read a .docx file into a :class:`Document`."""
    check_zip_package(path)
    try:
        reader = _DocxReader(path)
    except (KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise InputError(
            path,
            f"is not a readable Word document ({type(exc).__name__})",
            "Open it in Word and save it again as .docx",
        ) from exc
    return reader.read()
