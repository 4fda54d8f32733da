"""Small helpers for building draft review reports with python-docx 1.2."""
import datetime
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

_rev_id = [100]


def new_doc(title, subject, keywords, comments="", category="LCSPR draft",
            author="LCSPR Workstream"):
    d = Document()
    cp = d.core_properties
    cp.title = title
    cp.subject = subject
    cp.keywords = keywords
    cp.comments = comments
    cp.category = category
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return d


def _field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def header_footer(d, header_text, footer_text):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(footer_text + "   Page ")
    _field(fp.add_run(), "PAGE")
    fp.add_run(" of ")
    _field(fp.add_run(), "NUMPAGES")


def h(d, text, level=1, styled=True):
    """Heading: Word style when styled, else a bold Normal paragraph."""
    if styled:
        return d.add_heading(text, level=level)
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if level == 1:
        r.font.size = Pt(13)
    return p


def para(d, text, bold=False, italic=False, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    return p


def bullets(d, items, styled=True, numbered=False):
    out = []
    for i, it in enumerate(items, 1):
        if styled:
            p = d.add_paragraph(it, style="List Number" if numbered else "List Bullet")
        else:
            p = d.add_paragraph(("%d. " % i if numbered else "\u2022 ") + it)
        out.append(p)
    return out


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def box(d, title, lines, fill="E8F1F8"):
    """A boxed 'Learning for practice' item: one-cell shaded table."""
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    _shade(c, fill)
    p = c.paragraphs[0]
    r = p.add_run(title); r.bold = True
    for ln in lines:
        c.add_paragraph(ln)
    d.add_paragraph()
    return t


def table(d, rows, header=True, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            if header and i == 0:
                r.bold = True
                _shade(c, "D9D9D9")
    d.add_paragraph()
    return t


def hyperlink(paragraph, text, url):
    part = paragraph.part
    r_id = part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True)
    hl = OxmlElement("w:hyperlink")
    hl.set(qn("r:id"), r_id)
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    u = OxmlElement("w:u"); u.set(qn("w:val"), "single"); rPr.append(u)
    col = OxmlElement("w:color"); col.set(qn("w:val"), "0563C1"); rPr.append(col)
    r.append(rPr)
    t = OxmlElement("w:t"); t.text = text; t.set(qn("xml:space"), "preserve")
    r.append(t)
    hl.append(r)
    paragraph._p.append(hl)
    return hl


def _rev(tag, author):
    _rev_id[0] += 1
    el = OxmlElement(tag)
    el.set(qn("w:id"), str(_rev_id[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), "2025-03-10T10:00:00Z")
    return el


def tracked(paragraph, segments, author="LCSPR Workstream"):
    """segments: list of (kind, text) with kind in 'n' normal, 'i' inserted, 'd' deleted."""
    for kind, text in segments:
        r = OxmlElement("w:r")
        if kind == "d":
            t = OxmlElement("w:delText")
        else:
            t = OxmlElement("w:t")
        t.text = text
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        if kind == "n":
            paragraph._p.append(r)
        else:
            w = _rev("w:ins" if kind == "i" else "w:del", author)
            w.append(r)
            paragraph._p.append(w)
    return paragraph


def tracked_para(d, segments, author="LCSPR Workstream"):
    p = d.add_paragraph()
    return tracked(p, segments, author)


def comment(d, paragraph, text, author, initials):
    runs = paragraph.runs
    if not runs:
        runs = [paragraph.add_run("")]
    d.add_comment(runs, text=text, author=author, initials=initials)
