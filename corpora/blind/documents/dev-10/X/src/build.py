"""Build the X-series draft reports from the lightweight markup sources in this folder.

Markup (one block per line; blank lines ignored):
  # text        -> Heading 1 (styled) or bold ALL-CAPS Normal paragraph (unstyled)
  ## text       -> Heading 2 (styled) or bold Normal paragraph (unstyled)
  - text        -> bullet (List Bullet style when styled, "• " prefix when unstyled)
  | a | b | c   -> table row (first row of a run of rows = header row, bold)
  > text        -> boxed/italic paragraph (used for recommendation boxes and quotes)
  other         -> Normal paragraph
Inline: [[DEL:text]] tracked deletion, [[INS:text]] tracked insertion,
        [[LINK:text|url]] hyperlink, **text** bold run.
"""
import re, sys, subprocess, pathlib
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def add_field(run, instr):
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def add_hyperlink(paragraph, text, url):
    part = paragraph.part
    r_id = part.relate_to(url, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', is_external=True)
    h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), r_id)
    r = OxmlElement('w:r'); rpr = OxmlElement('w:rPr')
    u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
    c = OxmlElement('w:color'); c.set(qn('w:val'), '0563C1'); rpr.append(c)
    r.append(rpr)
    t = OxmlElement('w:t'); t.text = text; t.set(qn('xml:space'), 'preserve'); r.append(t)
    h.append(r)
    paragraph._p.append(h)


def add_tracked(paragraph, text, kind, author):
    wrap = OxmlElement('w:ins' if kind == 'INS' else 'w:del')
    wrap.set(qn('w:id'), _next_id()); wrap.set(qn('w:author'), author)
    r = OxmlElement('w:r')
    t = OxmlElement('w:t' if kind == 'INS' else 'w:delText')
    t.text = text; t.set(qn('xml:space'), 'preserve')
    r.append(t); wrap.append(r)
    paragraph._p.append(wrap)


TOKEN = re.compile(r'(\[\[(?:DEL|INS|LINK):.*?\]\]|\*\*.*?\*\*)')


def fill(paragraph, text, track_author, bold=False, italic=False):
    runs = []
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith('[[DEL:') or part.startswith('[[INS:'):
            add_tracked(paragraph, part[6:-2], part[2:5], track_author)
        elif part.startswith('[[LINK:'):
            label, url = part[7:-2].split('|', 1)
            add_hyperlink(paragraph, label, url)
        elif part.startswith('**') and part.endswith('**'):
            r = paragraph.add_run(part[2:-2]); r.bold = True; runs.append(r)
        else:
            r = paragraph.add_run(part); r.bold = bold or None; r.italic = italic or None; runs.append(r)
    return runs


def build(src_name, out_name, styled, props, header, footer, comments=(), track_author='Workstream', pdf=False):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = header; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]; fp.text = footer + '  Page '
    add_field(fp.add_run(), 'PAGE')
    fp.add_run(' of '); add_field(fp.add_run(), 'NUMPAGES')
    cp = doc.core_properties
    cp.author = props.get('author', 'LCSPR Workstream')
    cp.last_modified_by = props.get('last_modified_by', 'LCSPR Workstream')
    import datetime
    cp.comments = props.get('comments', 'Draft for workstream review')
    cp.created = props.get('created', datetime.datetime(2024, 1, 1, 9, 0))
    cp.modified = cp.created
    cp.revision = 4
    for k in ('title', 'subject', 'keywords', 'comments', 'category'):
        if k in props:
            setattr(cp, k, props[k])
    lines = (HERE / src_name).read_text(encoding='utf-8').splitlines()
    anchors = {}
    table_rows = []

    def flush_table():
        if not table_rows:
            return
        ncol = max(len(r) for r in table_rows)
        t = doc.add_table(rows=0, cols=ncol); t.style = 'Table Grid'
        for i, row in enumerate(table_rows):
            cells = t.add_row().cells
            for j, val in enumerate(row):
                cells[j].text = ''
                rs = fill(cells[j].paragraphs[0], val, track_author, bold=(i == 0))
                anchors.setdefault('__cells__', []).append((val, rs))
        table_rows.clear()
        doc.add_paragraph()

    for line in lines:
        s = line.rstrip()
        if s.startswith('|'):
            table_rows.append([c.strip() for c in s.strip('|').split('|')])
            continue
        flush_table()
        if not s.strip():
            continue
        if s.startswith('## '):
            txt = s[3:]
            if styled:
                p = doc.add_heading(level=2); rs = fill(p, txt, track_author)
            else:
                p = doc.add_paragraph(); rs = fill(p, txt, track_author, bold=True)
        elif s.startswith('# '):
            txt = s[2:]
            if styled:
                p = doc.add_heading(level=1); rs = fill(p, txt, track_author)
            else:
                p = doc.add_paragraph(); rs = fill(p, txt.upper(), track_author, bold=True)
        elif s.startswith('- '):
            txt = s[2:]
            if styled:
                p = doc.add_paragraph(style='List Bullet'); rs = fill(p, txt, track_author)
            else:
                p = doc.add_paragraph(); rs = fill(p, '\u2022 ' + txt, track_author)
        elif s.startswith('> '):
            txt = s[2:]
            p = doc.add_paragraph(); rs = fill(p, txt, track_author, italic=True)
            p.paragraph_format.left_indent = Pt(24)
        else:
            txt = s
            p = doc.add_paragraph(); rs = fill(p, txt, track_author)
        anchors.setdefault('__paras__', []).append((txt, rs))
    flush_table()
    for anchor, author, initials, text in comments:
        hit = None
        for key in ('__paras__', '__cells__'):
            for txt, rs in anchors.get(key, []):
                if anchor in txt and rs:
                    hit = rs; break
            if hit:
                break
        if not hit:
            raise SystemExit(f'comment anchor not found: {anchor!r}')
        doc.add_comment(hit, text=text, author=author, initials=initials)
    target = (HERE / out_name) if pdf else (OUT / out_name)
    doc.save(target)
    Document(target)  # re-read check
    if pdf:
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', str(OUT), str(target)],
                       check=True, capture_output=True)
    print('built', out_name)


if __name__ == '__main__':
    import docs_config
    for cfg in docs_config.DOCS:
        build(**cfg)
