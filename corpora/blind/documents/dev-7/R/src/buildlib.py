"""Tiny markup -> docx builder for the R drafts.

Markup (one block per line, blank lines ignored):
  # text / ## text       heading level 1 / 2
  | a | b | c |          table row (first row of a run is the header row)
  - text                 bullet
  > text                 indented quote paragraph
  other                  normal paragraph
Inline:
  **bold**
  [[DEL:text]]           tracked deletion
  [[INS:text]]           tracked insertion
  [[LINK:text|url]]      hyperlink
  [[C:anchor|comment|author|initials]]  comment anchored on 'anchor'
"""
import re
import datetime
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.enum.text import WD_ALIGN_PARAGRAPH

TOKEN = re.compile(r"(\*\*.+?\*\*|\[\[(?:DEL|INS|LINK|C):.+?\]\])")
_rev = [100]
REV_AUTHOR = ["Workstream Editor"]
REV_DATE = "2024-01-01T10:00:00Z"


def _rid():
    _rev[0] += 1
    return str(_rev[0])


def _run_el(text, bold=False, deleted=False):
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


def add_inline(doc, p, text, bold_all=False):
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            p.add_run(part[2:-2]).bold = True
        elif part.startswith("[[DEL:"):
            d = OxmlElement("w:del")
            d.set(qn("w:id"), _rid())
            d.set(qn("w:author"), REV_AUTHOR[0])
            d.set(qn("w:date"), REV_DATE)
            d.append(_run_el(part[6:-2], bold_all, deleted=True))
            p._p.append(d)
        elif part.startswith("[[INS:"):
            i = OxmlElement("w:ins")
            i.set(qn("w:id"), _rid())
            i.set(qn("w:author"), REV_AUTHOR[0])
            i.set(qn("w:date"), REV_DATE)
            i.append(_run_el(part[6:-2], bold_all))
            p._p.append(i)
        elif part.startswith("[[LINK:"):
            label, url = part[7:-2].split("|", 1)
            rid = p.part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True)
            h = OxmlElement("w:hyperlink")
            h.set(qn("r:id"), rid)
            r = OxmlElement("w:r")
            rpr = OxmlElement("w:rPr")
            st = OxmlElement("w:rStyle")
            st.set(qn("w:val"), "Hyperlink")
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
            p._p.append(h)
        elif part.startswith("[[C:"):
            anchor, ctext, author, initials = part[4:-2].split("|")
            run = p.add_run(anchor)
            run.bold = bold_all
            doc.add_comment([run], text=ctext, author=author, initials=initials)
        else:
            run = p.add_run(part)
            run.bold = bold_all
    return p


def add_field(p, instr):
    r = p.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = p.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    r2._r.append(it)
    r3 = p.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    r3._r.append(f2)
    p.add_run("1")
    r4 = p.add_run()
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    r4._r.append(f3)


def build(src_text, out, styled=True, header="OFFICIAL - SENSITIVE", footer="", props=None,
          rev_author="Workstream Editor", unstyled_heading="bold"):
    REV_AUTHOR[0] = rev_author
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    add_inline(doc, fp, footer + ("   |   " if footer else "") + "Page ")
    add_field(fp, "PAGE")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES")
    table_rows = []

    def flush_table():
        if not table_rows:
            return
        ncol = max(len(r) for r in table_rows)
        t = doc.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        for i, row in enumerate(table_rows):
            cells = t.add_row().cells
            for j in range(ncol):
                txt = row[j] if j < len(row) else ""
                par = cells[j].paragraphs[0]
                add_inline(doc, par, txt, bold_all=(i == 0))
        doc.add_paragraph()
        table_rows.clear()

    for line in src_text.splitlines():
        line = line.rstrip()
        if line.startswith("|"):
            table_rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if not line.strip():
            continue
        if line.startswith("# ") or line.startswith("## "):
            lvl = 1 if line.startswith("# ") else 2
            txt = line.split(" ", 1)[1]
            if styled:
                h = doc.add_heading(level=lvl)
                add_inline(doc, h, txt)
            else:
                p = doc.add_paragraph()
                if unstyled_heading == "caps" and lvl == 1:
                    txt = txt.upper()
                add_inline(doc, p, txt, bold_all=True)
                if lvl == 1:
                    for r in p.runs:
                        r.font.size = Pt(13)
        elif line.startswith("- "):
            p = doc.add_paragraph(style="List Bullet")
            add_inline(doc, p, line[2:])
        elif line.startswith("> "):
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Pt(28)
            add_inline(doc, p, line[2:])
            for r in p.runs:
                r.italic = True
        else:
            p = doc.add_paragraph()
            add_inline(doc, p, line)
    flush_table()
    cp = doc.core_properties
    props = props or {}
    cp.author = props.get("author", "LCSPR Workstream")
    cp.last_modified_by = props.get("last_modified_by", "LCSPR Workstream")
    cp.title = props.get("title", "")
    cp.subject = props.get("subject", "")
    cp.keywords = props.get("keywords", "")
    cp.comments = props.get("comments", "")
    cp.category = props.get("category", "")
    cp.created = datetime.datetime(2024, 1, 1, 9, 0)
    doc.save(out)
    return doc


def plain_words(src_text):
    t = re.sub(r"\[\[(?:DEL|INS):(.+?)\]\]", r"\1", src_text)
    t = re.sub(r"\[\[LINK:(.+?)\|.+?\]\]", r"\1", t)
    t = re.sub(r"\[\[C:(.+?)\|.+?\]\]", r"\1", t)
    t = t.replace("**", "")
    return len(re.findall(r"\S+", t))
