"""Small helpers for building the DD draft reports with python-docx 1.2."""
import datetime
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.opc.constants import RELATIONSHIP_TYPE as RT

W = "LCSPR Workstream"
_rev = [100]


def new_doc(title, subject, keywords, comments="", category="", author=W, last_mod=W):
    d = Document()
    cp = d.core_properties
    cp.title = title
    cp.subject = subject
    cp.keywords = keywords
    cp.comments = comments
    cp.category = category
    cp.author = author
    cp.last_modified_by = last_mod
    cp.created = datetime.datetime(2025, 1, 6, 9, 0)
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
    fp = sec.footer.paragraphs[0]
    fp.add_run(footer_text + "   Page ")
    _field(fp.add_run(), "PAGE")
    fp.add_run(" of ")
    _field(fp.add_run(), "NUMPAGES")


def heading(d, text, level, styled=True):
    if styled:
        return d.add_heading(text, level=level)
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if level == 1:
        r.font.size = Pt(13)
    return p


def para(d, text, style=None, bold_lead=None):
    p = d.add_paragraph(style=style)
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
    p.add_run(text)
    return p


def bullets(d, items, numbered=False):
    st = "List Number" if numbered else "List Bullet"
    return [d.add_paragraph(i, style=st) for i in items]


def table(d, rows, header=True, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if header and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    d.add_paragraph()
    return t


def comment(d, para_obj, text, author, initials):
    runs = para_obj.runs
    d.add_comment(runs, text=text, author=author, initials=initials)


def tracked(p, before, deleted, inserted, after, author=W, date="2025-02-10T10:00:00Z"):
    """Append to paragraph p: before + <del>deleted</del><ins>inserted</ins> + after."""
    if before:
        p.add_run(before)
    if deleted:
        _rev[0] += 1
        de = OxmlElement("w:del")
        de.set(qn("w:id"), str(_rev[0])); de.set(qn("w:author"), author); de.set(qn("w:date"), date)
        r = OxmlElement("w:r"); t = OxmlElement("w:delText")
        t.set(qn("xml:space"), "preserve"); t.text = deleted
        r.append(t); de.append(r); p._p.append(de)
    if inserted:
        _rev[0] += 1
        ins = OxmlElement("w:ins")
        ins.set(qn("w:id"), str(_rev[0])); ins.set(qn("w:author"), author); ins.set(qn("w:date"), date)
        r = OxmlElement("w:r"); t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve"); t.text = inserted
        r.append(t); ins.append(r); p._p.append(ins)
    if after:
        p.add_run(after)
    return p


def hyperlink(p, text, url):
    rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink"); h.set(qn("r:id"), rid)
    r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr")
    u = OxmlElement("w:u"); u.set(qn("w:val"), "single"); rpr.append(u)
    col = OxmlElement("w:color"); col.set(qn("w:val"), "0563C1"); rpr.append(col)
    r.append(rpr)
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t); h.append(r); p._p.append(h)
    return p


def render(d, blocks, styled=True):
    """blocks: list of (kind, payload). kinds: h1,h2,p,b(bullets),n(numbered),t(table)."""
    out = []
    for kind, val in blocks:
        if kind == "h1":
            out.append(heading(d, val, 1, styled))
        elif kind == "h2":
            out.append(heading(d, val, 2, styled))
        elif kind == "p":
            out.append(para(d, val))
        elif kind == "bp":  # bold lead paragraph (lead, text)
            out.append(para(d, val[1], bold_lead=val[0]))
        elif kind == "b":
            out.extend(bullets(d, val))
        elif kind == "n":
            out.extend(bullets(d, val, numbered=True))
        elif kind == "t":
            out.append(table(d, val))
    return out


def words_of_docx(path):
    d = Document(path)
    n = sum(len(p.text.split()) for p in d.paragraphs)
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                n += len(c.text.split())
    return n
