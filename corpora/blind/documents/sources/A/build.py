"""Build writer-A draft reports from simple marked-up sources.

Source format (one paragraph per block, blocks separated by blank lines):
  first block: JSON metadata
  '# '  heading level 1      '## ' heading level 2     '### ' heading level 3
  '- '  bullet               '> '  indented quotation
  '!box ' boxed paragraph (1-cell shaded table)
  lines starting with '|' form a table (first row = header)
  '@pagebreak'
inline:
  **bold**  [[text|url]] hyperlink  {{ins:text}} tracked insertion  {{del:text}} tracked deletion
  trailing {{comment:author|initials|text}} attaches a comment to the block
"""
import json
import re
import sys
import datetime
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.opc.constants import RELATIONSHIP_TYPE as RT

TOKEN = re.compile(r"(\*\*.+?\*\*|\[\[.+?\|.+?\]\]|\{\{ins:.+?\}\}|\{\{del:.+?\}\})")
COMMENT = re.compile(r"\{\{comment:([^|]*)\|([^|]*)\|(.+?)\}\}\s*$", re.S)

_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def add_field(paragraph, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def make_run_el(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        b = OxmlElement("w:b")
        rpr.append(b)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def add_inline(paragraph, text, meta, bold_all=False):
    runs = []
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            runs.append(paragraph.add_run(part[2:-2]))
            runs[-1].bold = True
        elif part.startswith("[["):
            label, url = part[2:-2].split("|", 1)
            rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
            h = OxmlElement("w:hyperlink")
            h.set(qn("r:id"), rid)
            r = OxmlElement("w:r")
            rpr = OxmlElement("w:rPr")
            col = OxmlElement("w:color")
            col.set(qn("w:val"), "0563C1")
            u = OxmlElement("w:u")
            u.set(qn("w:val"), "single")
            rpr.append(col)
            rpr.append(u)
            r.append(rpr)
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = label
            r.append(t)
            h.append(r)
            paragraph._p.append(h)
        elif part.startswith("{{ins:") or part.startswith("{{del:"):
            kind = part[2:5]
            body = part[6:-2]
            el = OxmlElement("w:ins" if kind == "ins" else "w:del")
            el.set(qn("w:id"), _next_id())
            el.set(qn("w:author"), meta.get("track_author", "Review Panel"))
            el.set(qn("w:date"), meta.get("track_date", "2016-05-10T10:00:00Z"))
            el.append(make_run_el(body, deleted=(kind == "del"), bold=bold_all))
            paragraph._p.append(el)
        else:
            r = paragraph.add_run(part)
            if bold_all:
                r.bold = True
            runs.append(r)
    return runs


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def build(src, out):
    text = open(src, encoding="utf-8").read()
    blocks = re.split(r"\n\s*\n", text.strip())
    meta = json.loads(blocks[0])
    styled = meta.get("styled", True)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = meta.get("font", "Arial")
    st.font.size = Pt(meta.get("size", 11))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    # header / footer
    hp = sec.header.paragraphs[0]
    add_inline(hp, meta.get("header", "OFFICIAL - SENSITIVE"), meta)
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.add_run(meta.get("footer", "") + "   Page ")
    add_field(fp, "PAGE")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cp = doc.core_properties
    cp.title = meta.get("title", "")
    cp.subject = meta.get("subject", "")
    cp.keywords = meta.get("keywords", "")
    cp.author = meta.get("author", "LSCB Workstream")
    cp.last_modified_by = meta.get("last_modified_by", "LSCB Workstream")
    cp.comments = meta.get("comments", "")
    cp.category = meta.get("category", "Serious Case Review")
    cy, cm = meta.get("created", [2016, 1])
    cp.created = datetime.datetime(cy, cm, 4, 9, 0, 0)
    cp.modified = datetime.datetime(cy, cm, 20, 15, 0, 0)
    cp.revision = meta.get("revision", 4)

    # title block
    for i, line in enumerate(meta.get("title_lines", [])):
        p = doc.add_paragraph()
        if styled and i == 0:
            p.style = doc.styles["Title"]
            add_inline(p, line, meta)
        else:
            r = add_inline(p, line, meta, bold_all=(i == 0))
            for x in r:
                x.font.size = Pt(16 if i == 0 else 12)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    table_rows = []
    last_runs = []

    def flush_table():
        if not table_rows:
            return
        rows = [[c.strip() for c in r.strip().strip("|").split("|")] for r in table_rows]
        ncol = max(len(r) for r in rows)
        t = doc.add_table(rows=len(rows), cols=ncol)
        t.style = doc.styles["Table Grid"]
        for i, r in enumerate(rows):
            for j in range(ncol):
                cell = t.cell(i, j)
                val = r[j] if j < len(r) else ""
                cell.paragraphs[0].text = ""
                add_inline(cell.paragraphs[0], val, meta, bold_all=(i == 0))
                if i == 0:
                    shade(cell, "D9E2F3")
        doc.add_paragraph()
        table_rows.clear()

    for b in blocks[1:]:
        b = b.strip("\n")
        lines = b.split("\n")
        if all(l.startswith("|") for l in lines):
            table_rows.extend(lines)
            flush_table()
            continue
        comment = None
        m = COMMENT.search(b)
        if m:
            comment = m.groups()
            b = b[: m.start()].rstrip()
        b = " ".join(l.strip() for l in b.split("\n")) if not b.startswith("|") else b
        if not b and comment and last_runs:
            author, initials, ctext = comment
            doc.add_comment(last_runs, text=ctext, author=author, initials=initials)
            continue
        if b == "@pagebreak":
            doc.add_page_break()
            continue
        runs = []
        if b.startswith("#"):
            level = len(b) - len(b.lstrip("#"))
            body = b[level:].strip()
            if styled:
                p = doc.add_heading("", level=level)
                runs = add_inline(p, body, meta)
            else:
                p = doc.add_paragraph()
                runs = add_inline(p, body, meta, bold_all=True)
                if level == 1:
                    for r in runs:
                        r.font.size = Pt(13)
                if level == 3:
                    for r in runs:
                        r.italic = True
        elif b.startswith("- "):
            if styled:
                p = doc.add_paragraph(style="List Bullet")
                runs = add_inline(p, b[2:], meta)
            else:
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(0.8)
                runs = add_inline(p, "\u2022 " + b[2:], meta)
        elif b.startswith("> "):
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.2)
            p.paragraph_format.right_indent = Cm(1.0)
            runs = add_inline(p, b[2:], meta)
            for r in runs:
                r.italic = True
        elif b.startswith("!box "):
            t = doc.add_table(rows=1, cols=1)
            t.style = doc.styles["Table Grid"]
            cell = t.cell(0, 0)
            shade(cell, "F2F2F2")
            p = cell.paragraphs[0]
            runs = add_inline(p, b[5:], meta)
            doc.add_paragraph()
        else:
            p = doc.add_paragraph()
            runs = add_inline(p, b, meta)
        if comment and runs:
            author, initials, ctext = comment
            doc.add_comment(runs, text=ctext, author=author, initials=initials)
        if runs:
            last_runs = runs
    doc.save(out)


if __name__ == "__main__":
    build(sys.argv[1], sys.argv[2])
    d = Document(sys.argv[2])
    print(sys.argv[2], "paragraphs", len(d.paragraphs), "tables", len(d.tables))
