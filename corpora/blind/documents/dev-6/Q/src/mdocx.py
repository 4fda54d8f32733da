"""Small builder: turns a light markup text into a .docx with real Word features.
Markup (one block per line):
  # text / ## text        headings (styled -> Heading 1/2; unstyled -> bold Normal paragraph)
  - text                  bullet
  1. text (N.)            kept as plain paragraph text
  > text                  indented quotation (italic)
  | a | b | c |           table row (first row of a block = header row)
  [box] text              one-cell shaded table (recommendation box)
  blank line              block separator
Inline: [[c:KEY]]anchor[[/c]] comment, [[ins:text]] [[del:text]] tracked changes,
        [[link:URL|text]] hyperlink, **bold**
"""
import re, datetime
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.enum.text import WD_ALIGN_PARAGRAPH

TOKEN = re.compile(r'(\[\[c:[A-Za-z0-9]+\]\]|\[\[/c\]\]|\[\[ins:.*?\]\]|\[\[del:.*?\]\]|\[\[link:.*?\]\]|\*\*.*?\*\*)')
_rev = [100]

def _rev_id():
    _rev[0] += 1
    return str(_rev[0])

def _mk_run_el(text, deleted=False, bold=False):
    r = OxmlElement('w:r')
    if bold:
        rpr = OxmlElement('w:rPr'); b = OxmlElement('w:b'); rpr.append(b); r.append(rpr)
    t = OxmlElement('w:delText' if deleted else 'w:t')
    t.set(qn('xml:space'), 'preserve'); t.text = text
    r.append(t)
    return r

def add_inline(p, text, cfg, bold=False, italic=False):
    parts = TOKEN.split(text)
    open_runs = None; open_key = None
    for part in parts:
        if not part:
            continue
        m = re.match(r'\[\[c:([A-Za-z0-9]+)\]\]$', part)
        if m:
            open_key = m.group(1); open_runs = []; continue
        if part == '[[/c]]':
            c = cfg['comments'][open_key]
            p.part.document.add_comment(open_runs, text=c[2], author=c[0], initials=c[1])
            open_runs = None; open_key = None; continue
        if part.startswith('[[ins:') or part.startswith('[[del:'):
            kind = 'ins' if part.startswith('[[ins:') else 'del'
            body = part[6:-2]
            el = OxmlElement('w:' + kind)
            el.set(qn('w:id'), _rev_id()); el.set(qn('w:author'), cfg.get('rev_author', 'LCSPR Workstream'))
            el.set(qn('w:date'), cfg.get('rev_date', '2025-01-20T10:00:00Z'))
            el.append(_mk_run_el(body, deleted=(kind == 'del'), bold=bold))
            p._p.append(el); continue
        if part.startswith('[[link:'):
            url, label = part[7:-2].split('|', 1)
            rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
            h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), rid)
            r = OxmlElement('w:r'); rpr = OxmlElement('w:rPr')
            col = OxmlElement('w:color'); col.set(qn('w:val'), '0563C1'); rpr.append(col)
            u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
            r.append(rpr); t = OxmlElement('w:t'); t.text = label; t.set(qn('xml:space'), 'preserve'); r.append(t)
            h.append(r); p._p.append(h); continue
        b = bold
        if part.startswith('**') and part.endswith('**') and len(part) > 4:
            part = part[2:-2]; b = True
        run = p.add_run(part); run.bold = b; run.italic = italic or None
        if open_runs is not None:
            open_runs.append(run)
    return p

def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill); tcPr.append(shd)

def _page_field(p):
    r = p.add_run(); f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r._r.append(f1)
    r2 = p.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '; r2._r.append(it)
    r3 = p.add_run(); f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end'); r3._r.append(f2)

def build(src_text, out, cfg):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = cfg.get('font', 'Arial'); st.font.size = Pt(cfg.get('size', 11))
    styled = cfg.get('styled', True)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; add_inline(hp, cfg.get('header', 'OFFICIAL - SENSITIVE'), cfg)
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]; add_inline(fp, cfg.get('footer', 'DRAFT - not for circulation') + '   Page ', cfg)
    _page_field(fp); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cp = doc.core_properties
    for k, v in cfg['props'].items():
        setattr(cp, k, v)
    lines = src_text.split('\n')
    i = 0
    while i < len(lines):
        ln = lines[i].rstrip()
        if not ln.strip():
            i += 1; continue
        if ln.startswith('|'):
            rows = []
            while i < len(lines) and lines[i].startswith('|'):
                rows.append([c.strip() for c in lines[i].strip().strip('|').split('|')]); i += 1
            t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for ri, row in enumerate(rows):
                for ci, val in enumerate(row):
                    cell = t.cell(ri, ci); cell.text = ''
                    add_inline(cell.paragraphs[0], val, cfg, bold=(ri == 0))
                    if ri == 0: _shade(cell, 'D9E2F3')
            doc.add_paragraph()
            continue
        if ln.startswith('[box]'):
            t = doc.add_table(rows=1, cols=1); t.style = 'Table Grid'
            c = t.cell(0, 0); c.text = ''; add_inline(c.paragraphs[0], ln[5:].strip(), cfg); _shade(c, 'FFF2CC')
            doc.add_paragraph(); i += 1; continue
        if ln.startswith('## ') or ln.startswith('# '):
            lvl = 2 if ln.startswith('## ') else 1
            txt = ln[lvl + 1:]
            if styled:
                h = doc.add_heading('', level=lvl); add_inline(h, txt, cfg)
            else:
                p = doc.add_paragraph(); add_inline(p, txt, cfg, bold=True)
                if lvl == 1:
                    for r in p.runs: r.font.size = Pt(12)
            i += 1; continue
        if ln.startswith('- '):
            p = doc.add_paragraph(style='List Bullet'); add_inline(p, ln[2:], cfg); i += 1; continue
        if ln.startswith('> '):
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(1.2)
            add_inline(p, ln[2:], cfg, italic=True); i += 1; continue
        p = doc.add_paragraph(); add_inline(p, ln, cfg); i += 1
    doc.save(out)

def plain_words(src_text):
    t = re.sub(r'\[\[c:[A-Za-z0-9]+\]\]|\[\[/c\]\]', '', src_text)
    t = re.sub(r'\[\[(ins|del):(.*?)\]\]', r'\2', t)
    t = re.sub(r'\[\[link:.*?\|(.*?)\]\]', r'\1', t)
    t = re.sub(r'[#|>*\-]', ' ', t).replace('[box]', ' ')
    return len(t.split())
