"""Small builder: turns a light markup text file into a .docx with real Word features.

Markup (one block per line):
  # Heading 1          ## Heading 2
  P: paragraph text    B: bullet text      Q: quoted / indented italic text
  T: a|b|c             consecutive T: lines form one table (first row bold header)
  BOX: text            single-cell shaded table (recommendation box)
  PB                   page break
Inline markers inside P/B/Q/T text:
  [[C:author|comment text]]anchored words[[/C]]
  [[INS:author|inserted text]]   [[DEL:author|deleted text]]
  [[LINK:url|shown text]]
"""
import re, datetime
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.opc.constants import RELATIONSHIP_TYPE as RT

TOKEN = re.compile(r"(\[\[C:[^|\]]*\|[^\]]*\]\].*?\[\[/C\]\]|\[\[INS:[^|\]]*\|[^\]]*\]\]|\[\[DEL:[^|\]]*\|[^\]]*\]\]|\[\[LINK:[^|\]]*\|[^\]]*\]\])")
_rev = [100]
DATE = "2025-01-15T10:00:00Z"


def _run_el(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _track(par, kind, author, text):
    _rev[0] += 1
    el = OxmlElement("w:ins" if kind == "ins" else "w:del")
    el.set(qn("w:id"), str(_rev[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), DATE)
    el.append(_run_el(text, deleted=(kind == "del")))
    par._p.append(el)


def _link(par, url, text):
    rid = par.part.relate_to(url, RT.HYPERLINK, is_external=True)
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


def fill(doc, par, text, bold=False, italic=False):
    for seg in TOKEN.split(text):
        if not seg:
            continue
        if seg.startswith("[[C:"):
            m = re.match(r"\[\[C:([^|\]]*)\|([^\]]*)\]\](.*?)\[\[/C\]\]", seg, re.S)
            author, ctext, anchor = m.groups()
            run = par.add_run(anchor); run.bold = bold; run.italic = italic
            initials = "".join(w[0] for w in author.split() if w[:1].isalpha())[:3].upper()
            doc.add_comment([run], text=ctext, author=author, initials=initials)
        elif seg.startswith("[[INS:"):
            a, t = re.match(r"\[\[INS:([^|\]]*)\|([^\]]*)\]\]", seg).groups()
            _track(par, "ins", a, t)
        elif seg.startswith("[[DEL:"):
            a, t = re.match(r"\[\[DEL:([^|\]]*)\|([^\]]*)\]\]", seg).groups()
            _track(par, "del", a, t)
        elif seg.startswith("[[LINK:"):
            u, t = re.match(r"\[\[LINK:([^|\]]*)\|([^\]]*)\]\]", seg).groups()
            _link(par, u, t)
        else:
            run = par.add_run(seg); run.bold = bold; run.italic = italic


def _page_field(par):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); fld.append(r)
    par._p.append(fld)


def _shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def build(src_path, out_path, styled, header, footer, props):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; fill(doc, hp, header); hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]; fill(doc, fp, footer + "   Page "); _page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cp = doc.core_properties
    for k, v in props.items():
        setattr(cp, k, v)
    cp.author = props.get("author", "Wyvernside SCP Business Unit")
    cp.last_modified_by = props.get("last_modified_by", "Wyvernside SCP Business Unit")
    cp.created = datetime.datetime(2025, 1, 10, 9, 0)
    lines = open(src_path, encoding="utf-8").read().split("\n")
    table_rows = []

    def flush():
        if not table_rows:
            return
        ncol = max(len(r) for r in table_rows)
        tb = doc.add_table(rows=0, cols=ncol)
        tb.style = "Table Grid"
        for i, row in enumerate(table_rows):
            cells = tb.add_row().cells
            for j in range(ncol):
                txt = row[j] if j < len(row) else ""
                p = cells[j].paragraphs[0]
                fill(doc, p, txt.strip(), bold=(i == 0))
                if i == 0:
                    _shade(cells[j], "D9E2F3")
        doc.add_paragraph()
        table_rows.clear()

    for ln in lines:
        if ln.startswith("T: "):
            table_rows.append(ln[3:].split("|"))
            continue
        flush()
        if not ln.strip():
            continue
        if ln.startswith("## ") or ln.startswith("# "):
            lvl = 2 if ln.startswith("## ") else 1
            text = ln[lvl + 1:]
            if styled:
                p = doc.add_paragraph(style=f"Heading {lvl}")
                fill(doc, p, text)
            else:
                p = doc.add_paragraph()
                fill(doc, p, text.upper() if lvl == 1 else text, bold=True)
        elif ln.startswith("P: "):
            fill(doc, doc.add_paragraph(), ln[3:])
        elif ln.startswith("B: "):
            fill(doc, doc.add_paragraph(style="List Bullet"), ln[3:])
        elif ln.startswith("Q: "):
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Pt(28)
            fill(doc, p, ln[3:], italic=True)
        elif ln.startswith("BOX: "):
            tb = doc.add_table(rows=1, cols=1); tb.style = "Table Grid"
            c = tb.rows[0].cells[0]; _shade(c, "FFF2CC")
            fill(doc, c.paragraphs[0], ln[5:], bold=True)
            doc.add_paragraph()
        elif ln.strip() == "PB":
            doc.add_page_break()
        elif ln.startswith("TITLE: "):
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(ln[7:]); r.bold = True; r.font.size = Pt(18)
        else:
            raise ValueError("bad line: " + ln[:60])
    flush()
    doc.save(out_path)
