"""Small builder: turns a marked-up source text into a .docx with real Word features.

Markup (one block per paragraph, blank line between blocks):
  # text            Heading 1 (styled) / bold numbered Normal (unstyled)
  ## text           Heading 2 / bold Normal
  - text            bullet
  TABLE             following lines "a | b | c" until blank line; first row is header
  {{ins:text}}      tracked insertion
  {{del:text}}      tracked deletion
  {{c:AUTHOR::COMMENT}}anchor{{/c}}   comment on anchor text
  [[text|url]]      hyperlink
  **text**          bold run
"""
import re
import sys
import json
import datetime
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TOKEN = re.compile(r"(\{\{ins:.*?\}\}|\{\{del:.*?\}\}|\{\{c:.*?\}\}.*?\{\{/c\}\}|\[\[.*?\|.*?\]\]|\*\*.*?\*\*)")
_rev = [100]
DATE = "2025-03-14T10:00:00Z"


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def add_ins(par, text, author):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _next_id())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), DATE)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    par._p.append(ins)


def add_del(par, text, author):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), DATE)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    d.append(r)
    par._p.append(d)


def add_link(par, text, url):
    part = par.part
    rid = part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True)
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
    t.text = text
    r.append(t)
    h.append(r)
    par._p.append(h)


def fill(doc, par, text, track_author):
    pos = 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            par.add_run(text[pos:m.start()])
        tok = m.group(0)
        if tok.startswith("{{ins:"):
            add_ins(par, tok[6:-2], track_author)
        elif tok.startswith("{{del:"):
            add_del(par, tok[6:-2], track_author)
        elif tok.startswith("{{c:"):
            mm = re.match(r"\{\{c:(.*?)::(.*?)\}\}(.*?)\{\{/c\}\}", tok)
            author, ctext, anchor = mm.group(1), mm.group(2), mm.group(3)
            run = par.add_run(anchor)
            initials = "".join(w[0] for w in author.split() if w[0].isalpha())[:3].upper()
            doc.add_comment([run], text=ctext, author=author, initials=initials)
        elif tok.startswith("[["):
            lt, url = tok[2:-2].split("|", 1)
            add_link(par, lt, url)
        elif tok.startswith("**"):
            par.add_run(tok[2:-2]).bold = True
        pos = m.end()
    if pos < len(text):
        par.add_run(text[pos:])


def add_page_field(par):
    run = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def build(src, out, cfg):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = cfg.get("font", "Arial")
    st.font.size = Pt(11)
    styled = cfg.get("styled", True)
    track_author = cfg.get("track_author", "LCSPR Workstream")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    fill(doc, hp, cfg.get("header", ""), track_author)
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fill(doc, fp, cfg.get("footer", "") + " Page ", track_author)
    add_page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cp = doc.core_properties
    for k, v in cfg.get("props", {}).items():
        setattr(cp, k, v)
    cp.author = cfg.get("author", "LCSPR Workstream")
    cp.last_modified_by = cfg.get("last_modified_by", "LCSPR Workstream")
    cp.created = datetime.datetime(2025, 2, 3, 9, 0)
    cp.modified = datetime.datetime(2025, 3, 14, 10, 0)

    blocks = open(src, encoding="utf-8").read().split("\n\n")
    for b in blocks:
        b = b.strip("\n")
        if not b.strip():
            continue
        if b.startswith("TABLE"):
            rows = [r for r in b.split("\n")[1:] if r.strip()]
            cells = [[c.strip() for c in r.split("|")] for r in rows]
            ncol = max(len(r) for r in cells)
            t = doc.add_table(rows=len(cells), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(cells):
                for j in range(ncol):
                    txt = r[j] if j < len(r) else ""
                    p = t.cell(i, j).paragraphs[0]
                    fill(doc, p, txt, track_author)
                    if i == 0:
                        for run in p.runs:
                            run.bold = True
            doc.add_paragraph()
            continue
        if b.startswith("## "):
            if styled:
                p = doc.add_paragraph(style="Heading 2")
                fill(doc, p, b[3:], track_author)
            else:
                p = doc.add_paragraph()
                r = p.add_run(b[3:]); r.bold = True
            continue
        if b.startswith("# "):
            if styled:
                p = doc.add_paragraph(style="Heading 1")
                fill(doc, p, b[2:], track_author)
            else:
                p = doc.add_paragraph()
                r = p.add_run(b[2:]); r.bold = True; r.font.size = Pt(13)
            continue
        if b.startswith("TITLE "):
            p = doc.add_paragraph()
            r = p.add_run(b[6:]); r.bold = True; r.font.size = Pt(18)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        lines = b.split("\n")
        if all(l.startswith("- ") for l in lines):
            for l in lines:
                if styled:
                    p = doc.add_paragraph(style="List Bullet")
                    fill(doc, p, l[2:], track_author)
                else:
                    p = doc.add_paragraph()
                    fill(doc, p, "\u2022 " + l[2:], track_author)
            continue
        p = doc.add_paragraph()
        fill(doc, p, " ".join(lines), track_author)
    doc.save(out)


if __name__ == "__main__":
    src, out, cfgpath = sys.argv[1:4]
    build(src, out, json.load(open(cfgpath, encoding="utf-8")))
    print("built", out)
