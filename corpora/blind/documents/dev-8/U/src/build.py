"""Build U01-U04 .docx from simple markup files in this folder.

Markup (one item per line):
  # Heading 1 / ## Heading 2   (styled: Word Heading styles; unstyled: bold Normal paragraphs)
  - bullet text
  > quoted text (indented, italic)
  | a | b | c |   consecutive lines form a table; first row is the header row
  BOX: text       single-cell bordered box (e.g. a recommendation box)
  PAGEBREAK
  blank lines are ignored; any other line is a Normal paragraph
Inline tokens:
  [[del:text]]               tracked deletion
  [[ins:text]]               tracked insertion
  [[c:anchor||comment||author||initials]]   comment on anchor text
  [[link:text||url]]         external hyperlink
"""
import re, sys, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import docx.opc.constants as C

TOKEN = re.compile(r"\[\[(del|ins|c|link):(.*?)\]\]")
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def add_inline(doc, para, text, cfg, bold=False, italic=False):
    pos = 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            r = para.add_run(text[pos:m.start()]); r.bold = bold; r.italic = italic
        kind, body = m.group(1), m.group(2)
        if kind == "c":
            parts = body.split("||")
            anchor, ctext = parts[0], parts[1]
            author = parts[2] if len(parts) > 2 else cfg.get("comment_author", "Workstream")
            initials = parts[3] if len(parts) > 3 else "WS"
            r = para.add_run(anchor); r.bold = bold; r.italic = italic
            doc.add_comment(r, text=ctext, author=author, initials=initials)
        elif kind == "link":
            ltext, url = body.split("||")
            rid = para.part.relate_to(url, C.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            h = OxmlElement("w:hyperlink"); h.set(qn("r:id"), rid)
            r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr")
            st = OxmlElement("w:rStyle"); st.set(qn("w:val"), "Hyperlink"); rpr.append(st)
            col = OxmlElement("w:color"); col.set(qn("w:val"), "0563C1"); rpr.append(col)
            u = OxmlElement("w:u"); u.set(qn("w:val"), "single"); rpr.append(u)
            r.append(rpr); t = OxmlElement("w:t"); t.text = ltext
            t.set(qn("xml:space"), "preserve"); r.append(t); h.append(r)
            para._p.append(h)
        else:  # tracked change
            wrap = OxmlElement("w:" + kind)
            wrap.set(qn("w:id"), _next_id())
            wrap.set(qn("w:author"), cfg.get("track_author", "Workstream"))
            wrap.set(qn("w:date"), cfg.get("track_date", "2025-01-01T10:00:00Z"))
            r = OxmlElement("w:r")
            if bold or italic:
                rpr = OxmlElement("w:rPr")
                if bold: rpr.append(OxmlElement("w:b"))
                if italic: rpr.append(OxmlElement("w:i"))
                r.append(rpr)
            t = OxmlElement("w:delText" if kind == "del" else "w:t")
            t.set(qn("xml:space"), "preserve"); t.text = body
            r.append(t); wrap.append(r); para._p.append(wrap)
        pos = m.end()
    if pos < len(text):
        r = para.add_run(text[pos:]); r.bold = bold; r.italic = italic


def set_cell_border(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "12"); e.set(qn("w:color"), "1F4E79")
        b.append(e)
    tcPr.append(b)
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:fill"), "DEEAF6")
    tcPr.append(sh)


def add_page_field(para):
    r = para.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r._r.append(it)
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r._r.append(f2)


def build(src, out, cfg):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = cfg.get("font", "Arial"); st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    # header / footer
    hp = sec.header.paragraphs[0]
    add_inline(doc, hp, cfg["header"], cfg)
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.add_run(cfg["footer"] + "   Page ")
    add_page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cp = doc.core_properties
    for k, v in cfg["props"].items():
        setattr(cp, k, v)
    cp.created = datetime.datetime(*cfg.get("created", (2025, 1, 1)))
    cp.revision = cfg.get("revision", 4)

    styled = cfg.get("styled", True)
    lines = open(src, encoding="utf-8").read().splitlines()
    i = 0
    while i < len(lines):
        ln = lines[i].rstrip()
        if not ln.strip():
            i += 1; continue
        if ln.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, val in enumerate(row):
                    cell = t.cell(ri, ci); p = cell.paragraphs[0]
                    add_inline(doc, p, val, cfg, bold=(ri == 0))
            doc.add_paragraph()
            continue
        if ln.startswith("# ") or ln.startswith("## "):
            lvl = 1 if ln.startswith("# ") else 2
            txt = ln[lvl + 1:]
            if styled:
                h = doc.add_heading(level=lvl); add_inline(doc, h, txt, cfg)
            else:
                p = doc.add_paragraph()
                add_inline(doc, p, txt, cfg, bold=True, italic=(lvl == 2))
                p.paragraph_format.space_before = Pt(12 if lvl == 1 else 6)
                p.paragraph_format.keep_with_next = True
        elif ln.startswith("TITLE: "):
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(ln[7:]); r.bold = True; r.font.size = Pt(18)
        elif ln.startswith("SUB: "):
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_inline(doc, p, ln[5:], cfg)
        elif ln.startswith("- "):
            p = doc.add_paragraph(style="List Bullet"); add_inline(doc, p, ln[2:], cfg)
        elif ln.startswith("> "):
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(1.2)
            add_inline(doc, p, ln[2:], cfg, italic=True)
        elif ln.startswith("BOX: "):
            t = doc.add_table(rows=1, cols=1); cell = t.cell(0, 0); set_cell_border(cell)
            add_inline(doc, cell.paragraphs[0], ln[5:], cfg, bold=False)
            doc.add_paragraph()
        elif ln == "PAGEBREAK":
            doc.add_page_break()
        else:
            p = doc.add_paragraph(); add_inline(doc, p, ln, cfg)
        i += 1
    doc.save(out)


if __name__ == "__main__":
    import json, os
    here = os.path.dirname(os.path.abspath(__file__))
    cfgs = json.load(open(os.path.join(here, "configs.json"), encoding="utf-8"))
    for name, cfg in cfgs.items():
        if len(sys.argv) > 1 and name not in sys.argv[1:]:
            continue
        out = os.path.join(here, cfg["out"])
        cfg["created"] = tuple(cfg.get("created", [2025, 1, 1]))
        build(os.path.join(here, name + ".src"), out, cfg)
        print("built", out)
