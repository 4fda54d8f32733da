"""Build T01-T06 from the source texts in this folder.

Source markup (one block per blank-line-separated paragraph):
  # Heading 1 / ## Heading 2      (styled docx: Word Heading styles; unstyled: bold Normal paragraphs)
  - bullet
  | a | b | c |                    table rows (first row header); consecutive rows form one table
  >> text                          boxed/indented paragraph (italic)
Inline markers:
  {{c:AUTHOR|INITIALS|COMMENT}}anchor{{/c}}   comment on the anchor text
  {{del:AUTHOR|text}}  tracked deletion    {{ins:AUTHOR|text}}  tracked insertion
  {{link:URL|text}}    hyperlink
  **bold**
"""
import re, sys, datetime, subprocess, shutil, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.opc.constants import RELATIONSHIP_TYPE as RT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TOKEN = re.compile(r"(\{\{c:[^}]*\}\}|\{\{/c\}\}|\{\{del:[^}]*\}\}|\{\{ins:[^}]*\}\}|\{\{link:[^}]*\}\}|\*\*[^*]+\*\*)")
_rev = [100]
DATE = "2025-11-20T10:00:00Z"


def _rid():
    _rev[0] += 1
    return str(_rev[0])


def _track(par, kind, author, text):
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), _rid())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), DATE)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
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
    pending = None  # (author, initials, comment, runs)
    for seg in TOKEN.split(text):
        if not seg:
            continue
        if seg.startswith("{{c:"):
            a, i, c = seg[4:-2].split("|", 2)
            pending = (a, i, c, [])
        elif seg == "{{/c}}":
            a, i, c, runs = pending
            doc.add_comment(runs, text=c, author=a, initials=i)
            pending = None
        elif seg.startswith("{{del:"):
            a, t = seg[6:-2].split("|", 1)
            _track(par, "del", a, t)
        elif seg.startswith("{{ins:"):
            a, t = seg[6:-2].split("|", 1)
            _track(par, "ins", a, t)
        elif seg.startswith("{{link:"):
            u, t = seg[7:-2].split("|", 1)
            _link(par, u, t)
        else:
            b = bold
            if seg.startswith("**") and seg.endswith("**"):
                seg = seg[2:-2]; b = True
            run = par.add_run(seg)
            run.bold = b or None
            if italic:
                run.italic = True
            if pending is not None:
                pending[3].append(run)


def page_field(par):
    run = par.add_run()
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); f.append(r)
    par._p.append(f)


def build_docx(src, dst, styled=True, header="", footer="", props=None):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        fill(doc, hp, header)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    if footer:
        fill(doc, fp, footer + "   |   Page ")
    else:
        fp.add_run("Page ")
    page_field(fp)
    blocks = open(src, encoding="utf-8").read().split("\n\n")
    table_rows = []

    def flush_table():
        if not table_rows:
            return
        ncol = max(len(r) for r in table_rows)
        tb = doc.add_table(rows=0, cols=ncol)
        tb.style = "Table Grid"
        for k, row in enumerate(table_rows):
            cells = tb.add_row().cells
            for j in range(ncol):
                cell = cells[j]
                p = cell.paragraphs[0]
                fill(doc, p, row[j] if j < len(row) else "", bold=(k == 0))
        doc.add_paragraph()
        table_rows.clear()

    for block in blocks:
        block = block.strip("\n")
        if not block.strip():
            continue
        lines = block.split("\n")
        if all(l.startswith("|") for l in lines):
            for l in lines:
                table_rows.append([c.strip() for c in l.strip().strip("|").split("|")])
            flush_table()
            continue
        flush_table()
        if block.startswith("## "):
            t = block[3:].strip()
            if styled:
                doc.add_heading(t, level=2)
            else:
                p = doc.add_paragraph(); fill(doc, p, t, bold=True)
        elif block.startswith("# "):
            t = block[2:].strip()
            if styled:
                doc.add_heading(t, level=1)
            else:
                p = doc.add_paragraph(); fill(doc, p, t.upper() if t[0].isdigit() else t, bold=True)
        elif block.startswith("- "):
            for l in lines:
                p = doc.add_paragraph(style="List Bullet")
                fill(doc, p, l[2:].strip())
        elif block.startswith(">> "):
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Pt(24)
            fill(doc, p, " ".join(l[3:] if l.startswith(">> ") else l for l in lines), italic=True)
        else:
            p = doc.add_paragraph()
            fill(doc, p, " ".join(lines))
    flush_table()
    cp = doc.core_properties
    cp.author = "LCSPR Workstream"
    cp.last_modified_by = "LCSPR Workstream"
    cp.comments = "Draft for the LCSPR Workstream"
    for k, v in (props or {}).items():
        setattr(cp, k, v)
    doc.save(dst)
    Document(dst)  # re-read check
    return dst


def strip_markup(text):
    text = re.sub(r"\{\{c:[^}]*\}\}|\{\{/c\}\}|\{\{del:[^}]*\}\}", "", text)
    text = re.sub(r"\{\{ins:[^|]*\|([^}]*)\}\}", r"\1", text)
    text = re.sub(r"\{\{link:[^|]*\|([^}]*)\}\}", r"\1", text)
    return text.replace("**", "")


DOCS = {
    "T01": dict(styled=True, fmt="docx",
                header="OFFICIAL - SENSITIVE   |   KSCP ref LCSPR/2023/017",
                footer="DRAFT v0.4 - not for circulation",
                props=dict(title="Local Child Safeguarding Practice Review: Baby H",
                           subject="LCSPR - non-accidental injury to an infant",
                           keywords="Baby H; Tyreese Okonkwo-Barnes; NAI; head injury; fathers",
                           category="LCSPR", comments="Draft for LCSPR Workstream, November")),
    "T02": dict(styled=True, fmt="docx",
                header="OFFICIAL - SENSITIVE",
                footer="DRAFT v0.2 | Prepared by Orla Fitzgerald-Nwosu, Independent Reviewer",
                props=dict(title="Practice Learning Review: Child R",
                           subject="Child R (Ashmead Academy) - criminal exploitation",
                           keywords="CCE; exploitation; adolescents; transitions; Child R",
                           category="Practice Learning Review")),
    "T03": dict(styled=False, fmt="docx",
                header="OFFICIAL - SENSITIVE   DRAFT v0.4 - not for circulation",
                footer="Kelsbury Safeguarding Children Partnership",
                props=dict(title="Practice Learning Review: Ruby",
                           subject="Neglect - primary school age child",
                           keywords="neglect; Ruby; Roma; interpreting; Graded Care Profile 2",
                           category="Practice Learning Review")),
    "T04": dict(styled=True, fmt="pdf",
                header="OFFICIAL - SENSITIVE",
                footer="Kelsbury Safeguarding Children Partnership - LCSPR Child W - Draft v0.6",
                props=dict(title="LCSPR Child W", subject="Child not seen: home education and disability",
                           keywords="EHE; SEND; neglect; Child W", category="LCSPR")),
}


def main():
    for name, cfg in DOCS.items():
        src = os.path.join(HERE, name + ".src")
        if not os.path.exists(src):
            continue
        if cfg["fmt"] == "docx":
            build_docx(src, os.path.join(OUT, name + ".docx"), cfg["styled"], cfg["header"], cfg["footer"], cfg["props"])
        else:
            d = build_docx(src, os.path.join(HERE, name + ".docx"), cfg["styled"], cfg["header"], cfg["footer"], cfg["props"])
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, d], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print("built", name)


if __name__ == "__main__":
    main()
