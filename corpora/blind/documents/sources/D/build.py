"""Build writer-D draft reports from the light markup in src/*.src.

Markup (one block per line):
  @title/@subject/@keywords/@comments/@category/@header/@footer/@style  (metadata)
  # H1   ## H2   ### H3   (styled: Word Heading styles; unstyled: bold Normal paragraphs)
  - bullet        > quote        !box text (shaded one-cell table)
  |a|b|c|  table rows (first row = header)
  @pagebreak
Inline: **bold**  {{LINK|url|text}}  {{INS|text}}  {{DEL|text}}
        {{COMMENT|author|initials|comment text|anchor text}}
"""
import re
import sys
import copy
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

SRC = Path(__file__).parent
INLINE = re.compile(r"(\*\*.+?\*\*|\{\{.+?\}\})")
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def _mk_run(text, bold=False, italic=False, deleted=False):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if bold:
        rpr.append(OxmlElement("w:b"))
    if italic:
        rpr.append(OxmlElement("w:i"))
    if len(rpr):
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def add_hyperlink(par, url, text):
    part = par.part
    rid = part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), rid)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    c = OxmlElement("w:color"); c.set(qn("w:val"), "0563C1"); rpr.append(c)
    u = OxmlElement("w:u"); u.set(qn("w:val"), "single"); rpr.append(u)
    r.append(rpr)
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t)
    h.append(r)
    par._p.append(h)


def add_inline(doc, par, text, bold=False, italic=False, rev_author="Review Team"):
    for piece in INLINE.split(text):
        if not piece:
            continue
        if piece.startswith("**") and piece.endswith("**"):
            run = par.add_run(piece[2:-2]); run.bold = True
            if italic: run.italic = True
        elif piece.startswith("{{"):
            parts = piece[2:-2].split("|")
            kind = parts[0]
            if kind == "LINK":
                add_hyperlink(par, parts[1], parts[2])
            elif kind in ("INS", "DEL"):
                el = OxmlElement("w:ins" if kind == "INS" else "w:del")
                el.set(qn("w:id"), _next_id())
                el.set(qn("w:author"), rev_author)
                el.append(_mk_run(parts[1], bold, italic, deleted=(kind == "DEL")))
                par._p.append(el)
            elif kind == "COMMENT":
                author, initials, ctext, anchor = parts[1], parts[2], parts[3], parts[4]
                run = par.add_run(anchor); run.bold = bold; run.italic = italic
                cm = doc.add_comment(run, text=ctext, author=author, initials=initials)
                # drop the timestamp so no day-level date is planted by accident
                el = cm._comment_elm
                if el.get(qn("w:date")) is not None:
                    del el.attrib[qn("w:date")]
            else:
                raise ValueError(piece)
        else:
            run = par.add_run(piece); run.bold = bold; run.italic = italic


def page_field(par):
    par.add_run("Page ")
    fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); fld.append(r)
    par._p.append(fld)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)


def build(name):
    lines = (SRC / f"{name}.src").read_text(encoding="utf-8").splitlines()
    meta = {}
    body = []
    for ln in lines:
        m = re.match(r"^@(title|subject|keywords|comments|category|header|footer|style|out|revauthor): ?(.*)$", ln)
        if m and not body:
            meta[m.group(1)] = m.group(2)
        else:
            body.append(ln)
    styled = meta.get("style", "styled") == "styled"
    rev_author = meta.get("revauthor", "Review Team")
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    cp = doc.core_properties
    cp.title = meta.get("title", ""); cp.subject = meta.get("subject", "")
    cp.keywords = meta.get("keywords", ""); cp.comments = meta.get("comments", "")
    cp.category = meta.get("category", "")
    cp.author = "LCSPR Workstream"; cp.last_modified_by = "LCSPR Workstream"
    sec = doc.sections[0]
    if "header" in meta:
        hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_inline(doc, hp, meta["header"], bold=True)
    if "footer" in meta:
        fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_inline(doc, fp, meta["footer"] + "    ")
        page_field(fp)

    i = 0
    while i < len(body):
        ln = body[i]
        if not ln.strip():
            i += 1; continue
        if ln.startswith("|"):
            rows = []
            while i < len(body) and body[i].startswith("|"):
                rows.append([c.strip() for c in body[i].strip().strip("|").split("|")])
                i += 1
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = doc.styles["Table Grid"]
            for ri, row in enumerate(rows):
                for ci in range(ncol):
                    cell = t.cell(ri, ci)
                    p = cell.paragraphs[0]
                    add_inline(doc, p, row[ci] if ci < len(row) else "", bold=(ri == 0), rev_author=rev_author)
                    if ri == 0:
                        shade(cell, "D9E2F3")
            doc.add_paragraph()
            continue
        if ln.startswith("@pagebreak"):
            doc.add_page_break(); i += 1; continue
        m = re.match(r"^(#{1,3}) (.*)$", ln)
        if m:
            level = len(m.group(1)); text = m.group(2)
            if styled:
                h = doc.add_heading(level=level)
                add_inline(doc, h, text, rev_author=rev_author)
            else:
                p = doc.add_paragraph()
                if level == 1:
                    p.paragraph_format.space_before = Pt(12)
                add_inline(doc, p, text, bold=True, rev_author=rev_author)
                if level == 1:
                    for r in p.runs: r.font.size = Pt(13)
            i += 1; continue
        if ln.startswith("- "):
            p = doc.add_paragraph(style="List Bullet")
            add_inline(doc, p, ln[2:], rev_author=rev_author); i += 1; continue
        if ln.startswith("> "):
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(1.2)
            add_inline(doc, p, ln[2:], italic=True, rev_author=rev_author); i += 1; continue
        if ln.startswith("!box "):
            t = doc.add_table(rows=1, cols=1); t.style = doc.styles["Table Grid"]
            c = t.cell(0, 0); shade(c, "FFF2CC")
            add_inline(doc, c.paragraphs[0], ln[5:], rev_author=rev_author)
            doc.add_paragraph(); i += 1; continue
        p = doc.add_paragraph()
        add_inline(doc, p, ln, rev_author=rev_author)
        i += 1
    out = SRC.parent / meta.get("out", f"{name}.docx")
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)
    # verify
    d2 = Document(out)
    words = sum(len(p.text.split()) for p in d2.paragraphs)
    words += sum(len(c.text.split()) for t in d2.tables for r in t.rows for c in r.cells)
    print(f"{out.name}: ok, ~{words} words (python-docx visible text, tracked runs excluded)")


if __name__ == "__main__":
    for n in sys.argv[1:]:
        build(n)
