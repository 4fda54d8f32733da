"""Build BB01-BB06 from the markup sources in this folder.
Markup: '# ', '## ', '### ' headings; '- ' bullets; '| a | b |' tables (first row = header);
'> ' indented quote; '!TOC'; '!PAGEBREAK'; '!TITLE text'; '!SUB text'.
Inline: **bold**, {{del:x}}, {{ins:x}}, {{c:anchor|comment|author|initials}}, {{a:text|url}}.
"""
import re, sys, subprocess, shutil, datetime, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import docx.opc.constants as C

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
INLINE = re.compile(r"(\{\{(?:del|ins|c|a):.*?\}\}|\*\*.+?\*\*)")
TRACK_AUTHOR = "LCSPR Workstream"
TRACK_DATE = "2026-01-01T09:00:00Z"
_rid = [100]

def blocks(text):
    out, cur = [], []
    for line in text.splitlines():
        if line.strip() == "":
            if cur: out.append(cur); cur = []
        else:
            cur.append(line)
    if cur: out.append(cur)
    return out

def plain(s):
    """Visible text only (for txt/md): deletions dropped, comments reduced to anchors."""
    s = re.sub(r"\{\{del:.*?\}\}", "", s)
    s = re.sub(r"\{\{ins:(.*?)\}\}", r"\1", s)
    s = re.sub(r"\{\{c:(.*?)\|.*?\}\}", r"\1", s)
    return s

def _mk_run(text, bold=False, deleted=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr"); b = OxmlElement("w:b"); rpr.append(b); r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t)
    return r

def _track(p, kind, text):
    _rid[0] += 1
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), str(_rid[0])); el.set(qn("w:author"), TRACK_AUTHOR); el.set(qn("w:date"), TRACK_DATE)
    el.append(_mk_run(text, deleted=(kind == "del")))
    p._p.append(el)

def _link(p, text, url):
    rid = p.part.relate_to(url, C.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink"); h.set(qn("r:id"), rid)
    r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr")
    col = OxmlElement("w:color"); col.set(qn("w:val"), "0563C1"); rpr.append(col)
    u = OxmlElement("w:u"); u.set(qn("w:val"), "single"); rpr.append(u)
    r.append(rpr); t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t)
    h.append(r); p._p.append(h)

def fill(doc, p, s, bold_all=False):
    for part in INLINE.split(s):
        if not part: continue
        if part.startswith("{{del:"):
            _track(p, "del", part[6:-2])
        elif part.startswith("{{ins:"):
            _track(p, "ins", part[6:-2])
        elif part.startswith("{{c:"):
            anchor, ctext, author, initials = part[4:-2].split("|")
            run = p.add_run(anchor); run.bold = bold_all or None
            doc.add_comment(run, text=ctext, author=author, initials=initials)
        elif part.startswith("{{a:"):
            text, url = part[4:-2].split("|", 1)
            _link(p, text, url)
        elif part.startswith("**"):
            p.add_run(part[2:-2]).bold = True
        else:
            run = p.add_run(part)
            if bold_all: run.bold = True

def add_field(p, instr):
    r = p.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = p.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = p.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    p.add_run("Right-click and choose Update Field to build the table of contents." if "TOC" in instr else "1")
    r5 = p.add_run(); f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r5._r.append(f3)

def build_docx(src, dest, meta, styled=True):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    cp = doc.core_properties
    for k in ("title", "subject", "keywords", "comments", "category"):
        setattr(cp, k, meta.get(k, ""))
    cp.author = meta.get("author", "LCSPR Workstream")
    cp.last_modified_by = meta.get("last_modified_by", "LCSPR Workstream")
    cp.created = datetime.datetime(*meta.get("created", (2026, 1, 5)))
    cp.revision = 4
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; fill(doc, hp, meta["header"]); hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]; fill(doc, fp, meta["footer"] + "  |  Page "); add_field(fp, "PAGE")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    text = open(os.path.join(HERE, src), encoding="utf-8").read()
    for b in blocks(text):
        first = b[0]
        if first.startswith("!TITLE "):
            p = doc.add_paragraph(); r = p.add_run(first[7:]); r.bold = True; r.font.size = Pt(20)
            for extra in b[1:]:
                q = doc.add_paragraph(); fill(doc, q, extra.replace("!SUB ", ""))
        elif first == "!TOC":
            if styled:
                doc.add_paragraph("Contents", style="TOC Heading" if "TOC Heading" in [s.name for s in doc.styles] else None).runs[0].bold = True
            add_field(doc.add_paragraph(), 'TOC \\o "1-3" \\h \\z \\u')
        elif first == "!PAGEBREAK":
            doc.add_page_break()
        elif first.startswith("#"):
            lvl = len(first) - len(first.lstrip("#")); t = first[lvl:].strip()
            if styled:
                p = doc.add_heading(level=lvl); fill(doc, p, t)
            else:
                p = doc.add_paragraph(); fill(doc, p, t.upper() if lvl == 1 else t, bold_all=True)
                if lvl == 1:
                    for r in p.runs: r.font.size = Pt(13)
        elif first.startswith("| "):
            rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in b if not re.match(r"^\|\s*-", l)]
            tbl = doc.add_table(rows=len(rows), cols=len(rows[0])); tbl.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = tbl.cell(i, j); c.paragraphs[0].text = ""
                    fill(doc, c.paragraphs[0], cell, bold_all=(i == 0))
            doc.add_paragraph()
        elif first.startswith("- "):
            for l in b:
                if styled:
                    p = doc.add_paragraph(style="List Bullet"); fill(doc, p, l[2:])
                else:
                    p = doc.add_paragraph(); fill(doc, p, "\u2022  " + l[2:])
        elif first.startswith("> "):
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Pt(28)
            fill(doc, p, " ".join(l[2:] for l in b))
            for r in p.runs: r.italic = True
        else:
            p = doc.add_paragraph(); fill(doc, p, " ".join(b))
    doc.save(dest)

def build_txt(src, dest):
    out = []
    for b in blocks(open(os.path.join(HERE, src), encoding="utf-8").read()):
        first = b[0]
        if first.startswith("!TITLE "):
            out += [first[7:].upper()] + [plain(x.replace("!SUB ", "")) for x in b[1:]]
        elif first.startswith("#"):
            lvl = len(first) - len(first.lstrip("#")); t = plain(first[lvl:].strip())
            out += [t, ("=" if lvl == 1 else "-") * len(t)]
        elif first.startswith("| "):
            rows = [[plain(c.strip()) for c in l.strip().strip("|").split("|")] for l in b if not re.match(r"^\|\s*-", l)]
            w = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
            for r in rows: out.append("  ".join(c.ljust(w[j]) for j, c in enumerate(r)).rstrip())
        elif first.startswith("- "):
            out += ["  * " + plain(l[2:]) for l in b]
        elif first.startswith("> "):
            out += ["    " + plain(l[2:]) for l in b]
        else:
            out.append(plain(" ".join(b)).replace("**", ""))
        out.append("")
    open(dest, "w", encoding="utf-8").write("\n".join(out))

def build_md(src, dest):
    out = []
    for b in blocks(open(os.path.join(HERE, src), encoding="utf-8").read()):
        first = b[0]
        conv = lambda s: re.sub(r"\{\{a:(.*?)\|(.*?)\}\}", r"[\1](\2)", plain(s))
        if first.startswith("!TITLE "):
            out += ["# " + first[7:], ""] + [conv(x.replace("!SUB ", "")) + "  " for x in b[1:]]
        elif first.startswith("#"):
            lvl = len(first) - len(first.lstrip("#")); out.append("#" * (lvl + 1) + " " + conv(first[lvl:].strip()))
        elif first.startswith("| "):
            rows = [conv(l) for l in b if not re.match(r"^\|\s*-", l)]
            ncol = rows[0].count("|") - 1
            out += [rows[0], "|" + "---|" * ncol] + rows[1:]
        elif first.startswith("- ") or first.startswith("> "):
            out += [conv(l) for l in b]
        else:
            out.append(conv(" ".join(b)))
        out.append("")
    open(dest, "w", encoding="utf-8").write("\n".join(out))

if __name__ == "__main__":
    from drafts_meta import DRAFTS
    only = sys.argv[1:]
    for name, d in DRAFTS.items():
        if only and name not in only: continue
        fmt = d["format"]
        if fmt in ("docx", "docx-unstyled"):
            build_docx(d["src"], os.path.join(OUT, name + ".docx"), d, styled=(fmt == "docx"))
        elif fmt == "pdf":
            tmp = os.path.join(HERE, name + ".docx")
            build_docx(d["src"], tmp, d, styled=True)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, tmp], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elif fmt == "txt":
            build_txt(d["src"], os.path.join(OUT, name + ".txt"))
        elif fmt == "md":
            build_md(d["src"], os.path.join(OUT, name + ".md"))
        print("built", name)
