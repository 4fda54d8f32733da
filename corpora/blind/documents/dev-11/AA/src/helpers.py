"""Small helpers for building draft review .docx files (python-docx 1.2 + lxml)."""
import datetime
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.opc.constants import RELATIONSHIP_TYPE as RT

_ID = [900]

def nid():
    _ID[0] += 1
    return str(_ID[0])

def new_doc(title, subject, keywords, comments="", category="", author="LCSPR Workstream", when=None):
    d = Document()
    cp = d.core_properties
    cp.title = title; cp.subject = subject; cp.keywords = keywords
    cp.comments = comments; cp.category = category
    cp.author = author; cp.last_modified_by = author
    if when:
        cp.created = when; cp.modified = when; cp.revision = 4
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    return d

def header_footer(d, header_text, footer_text, page_numbers=True):
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    fp = sec.footer.paragraphs[0]
    fp.text = footer_text
    if page_numbers:
        fp.add_run("   Page ")
        r = fp.add_run()
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
        r._r.append(b); r._r.append(it); r._r.append(e)

def bold_heading(d, text):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = True
    return p

def para(d, text, style=None):
    return d.add_paragraph(text, style=style) if style else d.add_paragraph(text)

def bullets(d, items, style="List Bullet"):
    for it in items:
        d.add_paragraph(it, style=style)

def table(d, rows, header=True, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j); c.text = val
            if header and i == 0:
                for r in c.paragraphs[0].runs: r.bold = True
    d.add_paragraph("")
    return t

def _run(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t)
    return r

def tracked(p, before, deleted, inserted, after, author="LCSPR Workstream"):
    """Append to paragraph p: before + <del>deleted</del><ins>inserted</ins> + after."""
    date = "2025-01-01T09:00:00Z"
    if before: p.add_run(before)
    if deleted:
        de = OxmlElement("w:del"); de.set(qn("w:id"), nid()); de.set(qn("w:author"), author); de.set(qn("w:date"), date)
        de.append(_run(deleted, True)); p._p.append(de)
    if inserted:
        ins = OxmlElement("w:ins"); ins.set(qn("w:id"), nid()); ins.set(qn("w:author"), author); ins.set(qn("w:date"), date)
        ins.append(_run(inserted)); p._p.append(ins)
    if after: p.add_run(after)
    return p

def hyperlink(p, url, text):
    rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink"); h.set(qn("r:id"), rid)
    r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr")
    u = OxmlElement("w:u"); u.set(qn("w:val"), "single"); rpr.append(u)
    col = OxmlElement("w:color"); col.set(qn("w:val"), "0563C1"); rpr.append(col)
    r.append(rpr)
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t)
    h.append(r); p._p.append(h)
    return p

def comment_on(d, p, text, author, initials):
    runs = p.runs
    if not runs:
        runs = [p.add_run("")]
    d.add_comment(runs, text=text, author=author, initials=initials)

def word_count_docx(path):
    from docx import Document as D
    dd = D(path); n = 0
    for p in dd.paragraphs: n += len(p.text.split())
    for t in dd.tables:
        for row in t.rows:
            for c in row.cells: n += len(c.text.split())
    return n
