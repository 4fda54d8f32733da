"""Write the parts of a Word file that python-docx has no API for: tracked changes, footnotes,
text boxes, hyperlinks and custom/extended properties. Used to build test fixtures, the
bundled samples and the fictional development corpora, so every reader path is exercised
on real OOXML."""

from __future__ import annotations

from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph
from lxml import etree

_CT = "application/vnd.openxmlformats-officedocument."
_DATE = "2026-01-15T10:00:00Z"
VML = "urn:schemas-microsoft-com:vml"


def _run_xml(text: str, *, deleted: bool = False) -> str:
    tag = "w:delText" if deleted else "w:t"
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r><{tag} xml:space="preserve">{escaped}</{tag}></w:r>'


def add_tracked_insertion(paragraph: Paragraph, text: str, author: str, rev_id: int = 101) -> None:
    """Append text to a paragraph as a tracked insertion."""
    xml = (
        f'<w:ins {nsdecls("w")} w:id="{rev_id}" w:author="{author}" w:date="{_DATE}">'
        f"{_run_xml(text)}</w:ins>"
    )
    paragraph._p.append(parse_xml(xml))


def add_tracked_deletion(paragraph: Paragraph, text: str, author: str, rev_id: int = 102) -> None:
    """Append text to a paragraph as a tracked deletion."""
    xml = (
        f'<w:del {nsdecls("w")} w:id="{rev_id}" w:author="{author}" w:date="{_DATE}">'
        f"{_run_xml(text, deleted=True)}</w:del>"
    )
    paragraph._p.append(parse_xml(xml))


def add_hyperlink(paragraph: Paragraph, text: str, url: str) -> None:
    """Append an external hyperlink run."""
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    xml = f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}">{_run_xml(text)}</w:hyperlink>'
    paragraph._p.append(parse_xml(xml))


def add_textbox(paragraph: Paragraph, text: str) -> None:
    """Append a VML text box holding ``text`` (as older Word and LibreOffice write them)."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="{VML}"><w:pict><v:shape style="width:200pt;height:60pt">'
        f"<v:textbox><w:txbxContent><w:p><w:r><w:t>{escaped}</w:t></w:r></w:p>"
        f"</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    paragraph._p.append(parse_xml(xml))


def _footnotes_part(document: Any) -> Any:
    main = document.part
    for rel in main.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    xml = (
        f"<w:footnotes {nsdecls('w')}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        "</w:r></w:p></w:footnote></w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        _CT + "wordprocessingml.footnotes+xml",
        xml.encode("utf-8"),
        main.package,
    )
    main.relate_to(part, RT.FOOTNOTES)
    return part


def add_footnote(document: Any, paragraph: Paragraph, text: str) -> int:
    """Add a footnote reference at the end of ``paragraph`` and the note text; return its id."""
    part = _footnotes_part(document)
    root = etree.fromstring(part.blob)
    ids = [int(n.get(qn("w:id"))) for n in root.findall(qn("w:footnote"))]
    note_id = max([*ids, 0]) + 1
    note = parse_xml(
        f'<w:footnote {nsdecls("w")} w:id="{note_id}"><w:p>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f"{_run_xml(' ' + text)}</w:p></w:footnote>"
    )
    root.append(note)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{note_id}"/></w:r>'
        )
    )
    return note_id


def set_custom_property(document: Any, name: str, value: str) -> None:
    """Add a custom document property (docProps/custom.xml)."""
    package = document.part.package
    ns_cp = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
    ns_vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    existing = next(
        (p for p in package.iter_parts() if p.content_type == _CT + "custom-properties+xml"), None
    )
    if existing is None:
        xml = f'<Properties xmlns="{ns_cp}" xmlns:vt="{ns_vt}"/>'
        existing = Part(
            PackURI("/docProps/custom.xml"), _CT + "custom-properties+xml", xml.encode(), package
        )
        package.relate_to(existing, RT.CUSTOM_PROPERTIES)
    root = etree.fromstring(existing.blob)
    pid = len(root) + 2
    prop = etree.SubElement(
        root,
        f"{{{ns_cp}}}property",
        fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}",
        pid=str(pid),
        name=name,
    )
    etree.SubElement(prop, f"{{{ns_vt}}}lpwstr").text = value
    existing._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def set_company(document: Any, company: str) -> None:
    """Set the Company extended property (docProps/app.xml), adding the part if needed."""
    package = document.part.package
    ns_ep = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    app = next(
        (p for p in package.iter_parts() if p.content_type == _CT + "extended-properties+xml"), None
    )
    if app is None:
        app = Part(
            PackURI("/docProps/app.xml"),
            _CT + "extended-properties+xml",
            f'<Properties xmlns="{ns_ep}"/>'.encode(),
            package,
        )
        package.relate_to(app, RT.EXTENDED_PROPERTIES)
    root = etree.fromstring(app.blob)
    el = root.find(f"{{{ns_ep}}}Company")
    if el is None:
        el = etree.SubElement(root, f"{{{ns_ep}}}Company")
    el.text = company
    app._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def tiny_png() -> bytes:
    """A 1x1 white PNG, made here so the fixture needs no image file."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def add_picture_with_alt_text(document: Any, alt_text: str) -> None:
    """An inline picture whose alt text (wp:docPr descr and title) says ``alt_text``."""
    import io

    document.add_picture(io.BytesIO(tiny_png()))
    for el in document.element.body.iter():
        if el.tag.endswith("}docPr") or el.tag.endswith("}cNvPr"):
            el.set("descr", alt_text)
            el.set("title", alt_text)


def add_thumbnail_and_custom_xml(document: Any, text: str) -> None:
    """A first-page thumbnail (docProps/thumbnail.png) and a custom XML data part holding
    ``text``, as Word and document-management systems leave them."""
    package = document.part.package
    thumb = Part(
        PackURI("/docProps/thumbnail.png"), "image/png", tiny_png() + text.encode(), package
    )
    package.relate_to(thumb, RT.THUMBNAIL)
    xml = f"<record><client>{text}</client></record>".encode()
    item = Part(PackURI("/customXml/item1.xml"), "application/xml", xml, package)
    document.part.relate_to(item, RT.CUSTOM_XML)
