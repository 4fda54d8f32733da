"""Build S-series .docx drafts from simple markup sources.
Markup (one block per line):
  # H1 / ## H2     headings (styled -> Heading 1/2; unstyled -> bold Normal paragraph)
  - item           bullet
  |a|b|c|          table row (consecutive rows form one table; first row bold)
  [BOX] text       single-cell shaded box (lines starting [BOX] join into one box, paragraphs split by ' // ')
  other            paragraph
Inline: **bold**, <<C|author|initials|comment|anchor>>, <<D|author|text>>, <<I|author|text>>, <<L|url|text>>
"""
import re, sys, datetime
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.opc.constants import RELATIONSHIP_TYPE as RT

DATE = "2025-01-01T09:00:00Z"
_id = [100]
def nid():
    _id[0] += 1; return str(_id[0])

def add_run_xml(parent, text, tag_text="w:t", bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr"); b = OxmlElement("w:b"); rpr.append(b); r.append(rpr)
    t = OxmlElement(tag_text); t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t)
    parent.append(r); return r

def add_inline(doc, p, text, bold_all=False):
    pos = 0
    for m in re.finditer(r"<<(C|D|I|L)\|(.*?)>>", text):
        add_plain(p, text[pos:m.start()], bold_all)
        kind, body = m.group(1), m.group(2)
        parts = body.split("|")
        if kind == "C":
            author, ini, ctext, anchor = parts
            run = p.add_run(anchor); run.bold = bold_all or None
            doc.add_comment([run], text=ctext, author=author, initials=ini)
        elif kind in "DI":
            author, t = parts
            el = OxmlElement("w:del" if kind == "D" else "w:ins")
            el.set(qn("w:id"), nid()); el.set(qn("w:author"), author); el.set(qn("w:date"), DATE)
            add_run_xml(el, t, "w:delText" if kind == "D" else "w:t")
            p._p.append(el)
        elif kind == "L":
            url, t = parts
            rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
            h = OxmlElement("w:hyperlink"); h.set(qn("r:id"), rid)
            r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr")
            rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), "Hyperlink"); rpr.append(rs)
            c = OxmlElement("w:color"); c.set(qn("w:val"), "0563C1"); rpr.append(c)
            u = OxmlElement("w:u"); u.set(qn("w:val"), "single"); rpr.append(u)
            r.append(rpr); tt = OxmlElement("w:t"); tt.set(qn("xml:space"), "preserve"); tt.text = t; r.append(tt)
            h.append(r); p._p.append(h)
        pos = m.end()
    add_plain(p, text[pos:], bold_all)

def add_plain(p, text, bold_all=False):
    for i, seg in enumerate(re.split(r"\*\*", text)):
        if seg:
            run = p.add_run(seg)
            if bold_all or i % 2 == 1: run.bold = True

def shade(cell, fill="E7EEF7"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)

def page_field(p):
    add_plain(p, "Page ")
    f = OxmlElement("w:fldSimple"); f.set(qn("w:instr"), "PAGE")
    add_run_xml(f, "1"); p._p.append(f)

def build(src, out, styled, props, header, footer):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    cp = doc.core_properties
    for k, v in props.items(): setattr(cp, k, v)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; add_inline(doc, hp, header)
    fp = sec.footer.paragraphs[0]; add_inline(doc, fp, footer + "    "); page_field(fp)
    lines = open(src, encoding="utf-8").read().split("\n")
    table_rows, box = [], []
    def flush_table():
        if not table_rows: return
        ncol = len(table_rows[0])
        t = doc.add_table(rows=0, cols=ncol); t.style = "Table Grid"
        for ri, row in enumerate(table_rows):
            cells = t.add_row().cells
            for ci, val in enumerate(row[:ncol]):
                par = cells[ci].paragraphs[0]; add_inline(doc, par, val.strip(), bold_all=(ri == 0))
                if ri == 0: shade(cells[ci], "D9D9D9")
        table_rows.clear(); doc.add_paragraph()
    def flush_box():
        if not box: return
        t = doc.add_table(rows=1, cols=1); t.style = "Table Grid"
        cell = t.rows[0].cells[0]; shade(cell)
        paras = " ".join(box).split(" // ")
        add_inline(doc, cell.paragraphs[0], paras[0])
        for ptxt in paras[1:]: add_inline(doc, cell.add_paragraph(), ptxt)
        box.clear(); doc.add_paragraph()
    for line in lines:
        s = line.rstrip()
        if not s.startswith("|"): flush_table()
        if not s.startswith("[BOX]"): flush_box()
        if not s.strip(): continue
        if s.startswith("|"):
            table_rows.append(s.strip().strip("|").split("|")); continue
        if s.startswith("[BOX]"):
            box.append(s[5:].strip()); continue
        if s.startswith("## ") or s.startswith("# "):
            lvl = 2 if s.startswith("## ") else 1
            txt = s[lvl + 1:]
            if styled:
                p = doc.add_paragraph(style=f"Heading {lvl}"); add_inline(doc, p, txt)
            else:
                p = doc.add_paragraph(); add_inline(doc, p, txt, bold_all=True)
                if lvl == 1:
                    for r in p.runs: r.font.size = Pt(12)
            continue
        if s.startswith("- "):
            p = doc.add_paragraph(style="List Bullet"); add_inline(doc, p, s[2:]); continue
        p = doc.add_paragraph(); add_inline(doc, p, s)
    flush_table(); flush_box()
    doc.save(out)
