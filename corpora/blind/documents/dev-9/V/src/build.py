"""Build V01-V06 from the mini-markup sources in this folder.

Mini-markup (one block per line; blank lines ignored):
  # text / ## text      heading level 1 / 2 (Word Heading styles if styled, else bold Normal)
  - text                bullet
  | a | b |             table row (first row of a run of rows = header row)
  > text                boxed paragraph (one-cell shaded table)
  !TOC                  table of contents field (styled docs)
  !PAGEBREAK
  otherwise             Normal paragraph
Inline: [[DEL:text]] [[INS:text]] [[COM:anchor||author||comment]] [[LINK:text||url]] **bold**
"""
import re, sys, subprocess, shutil, datetime
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import docx.opc.constants as C

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
_id = [100]

def nid():
    _id[0] += 1
    return str(_id[0])

TOKEN = re.compile(r"\[\[(DEL|INS|COM|LINK):(.*?)\]\]|\*\*(.+?)\*\*")

def add_text_run(p, text, bold=False):
    r = p.add_run(text)
    if bold:
        r.bold = True
    return r

def tracked(p, kind, text, author, date):
    el = OxmlElement('w:ins' if kind == 'INS' else 'w:del')
    el.set(qn('w:id'), nid()); el.set(qn('w:author'), author); el.set(qn('w:date'), date)
    r = OxmlElement('w:r')
    t = OxmlElement('w:t' if kind == 'INS' else 'w:delText')
    t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
    t.text = text
    r.append(t); el.append(r)
    p._p.append(el)

def hyperlink(p, text, url):
    rid = p.part.relate_to(url, C.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), rid)
    r = OxmlElement('w:r'); rpr = OxmlElement('w:rPr')
    u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
    col = OxmlElement('w:color'); col.set(qn('w:val'), '0563C1'); rpr.append(col)
    r.append(rpr)
    t = OxmlElement('w:t'); t.text = text
    t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
    r.append(t); h.append(r); p._p.append(h)

def fill(doc, p, text, cfg, bold=False):
    pos = 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            add_text_run(p, text[pos:m.start()], bold)
        kind, body, b = m.group(1), m.group(2), m.group(3)
        if b is not None:
            add_text_run(p, b, True)
        elif kind in ('DEL', 'INS'):
            tracked(p, kind, body, cfg.get('track_author', 'LCSPR Workstream'), cfg.get('track_date', '2024-11-04T10:00:00Z'))
        elif kind == 'COM':
            anchor, author, comment = body.split('||')
            r = add_text_run(p, anchor, bold)
            initials = ''.join(w[0] for w in re.findall(r"[A-Za-z]+", author))[:3].upper()
            doc.add_comment(r, text=comment, author=author, initials=initials)
        elif kind == 'LINK':
            t, url = body.split('||')
            hyperlink(p, t, url)
        pos = m.end()
    if pos < len(text):
        add_text_run(p, text[pos:], bold)

def page_field(p):
    for kind, txt in (('begin', None), ('instr', ' PAGE '), ('separate', None), ('text', '1'), ('end', None)):
        r = OxmlElement('w:r')
        if kind == 'instr':
            it = OxmlElement('w:instrText'); it.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve'); it.text = txt; r.append(it)
        elif kind == 'text':
            t = OxmlElement('w:t'); t.text = txt; r.append(t)
        else:
            fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), kind); r.append(fc)
        p._p.append(r)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)

def toc(doc, headings):
    p = doc.add_paragraph()
    def fld(kind):
        r = OxmlElement('w:r'); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), kind); r.append(fc); return r
    p._p.append(fld('begin'))
    r = OxmlElement('w:r'); it = OxmlElement('w:instrText'); it.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
    it.text = ' TOC \\o "1-2" \\h \\z \\u '; r.append(it); p._p.append(r)
    p._p.append(fld('separate'))
    paras = [p]
    for i, (lvl, h) in enumerate(headings):
        q = p if i == 0 else doc.add_paragraph()
        run = q.add_run(('    ' if lvl == 2 else '') + h)
        if q is not p:
            paras.append(q)
    paras[-1]._p.append(fld('end'))

def build(name, cfg):
    src = (HERE / f"{name}.txt").read_text(encoding='utf-8').splitlines()
    doc = Document()
    st = doc.styles['Normal']; st.font.name = cfg.get('font', 'Arial'); st.font.size = Pt(11)
    sec = doc.sections[0]
    if cfg.get('header'):
        hp = sec.header.paragraphs[0]; fill(doc, hp, cfg['header'], cfg)
    fp = sec.footer.paragraphs[0]
    if cfg.get('footer'):
        fill(doc, fp, cfg['footer'] + '   Page ', cfg)
    else:
        fp.add_run('Page ')
    page_field(fp)
    cp = doc.core_properties
    for k, v in cfg['props'].items():
        setattr(cp, k, v)
    headings = [(1 if l.startswith('# ') else 2, l[2:] if l.startswith('# ') else l[3:]) for l in src if l.startswith('# ') or l.startswith('## ')]
    i = 0
    while i < len(src):
        line = src[i].rstrip()
        if not line.strip():
            i += 1; continue
        if line == '!TOC':
            doc.add_paragraph().add_run('Contents').bold = True
            toc(doc, headings)
        elif line == '!PAGEBREAK':
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif line.startswith('## ') or line.startswith('# '):
            lvl = 1 if line.startswith('# ') else 2
            text = line[lvl + 1:]
            if cfg['styled']:
                p = doc.add_paragraph(style=f'Heading {lvl}'); fill(doc, p, text, cfg)
            else:
                p = doc.add_paragraph(); fill(doc, p, text, cfg, bold=True)
                if lvl == 1:
                    p.paragraph_format.space_before = Pt(12)
        elif line.startswith('- '):
            p = doc.add_paragraph(style='List Bullet'); fill(doc, p, line[2:], cfg)
        elif line.startswith('|'):
            rows = []
            while i < len(src) and src[i].startswith('|'):
                rows.append([c.strip() for c in src[i].strip().strip('|').split('|')])
                i += 1
            t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for ri, row in enumerate(rows):
                for ci, val in enumerate(row):
                    cell = t.cell(ri, ci); cell.paragraphs[0].text = ''
                    fill(doc, cell.paragraphs[0], val, cfg, bold=(ri == 0))
                    if ri == 0:
                        shade(cell, 'D9E2F3')
            doc.add_paragraph()
            continue
        elif line.startswith('> '):
            t = doc.add_table(rows=1, cols=1); t.style = 'Table Grid'
            cell = t.cell(0, 0); shade(cell, 'F2F2F2')
            fill(doc, cell.paragraphs[0], line[2:], cfg)
            doc.add_paragraph()
        elif line.startswith('**') and line.endswith('**') and line.count('**') == 2:
            p = doc.add_paragraph(); fill(doc, p, line[2:-2], cfg, bold=True)
        else:
            p = doc.add_paragraph(); fill(doc, p, line, cfg)
        i += 1
    out = OUT / f"{name}.docx" if not cfg.get('pdf') else HERE / f"{name}.docx"
    doc.save(out)
    if cfg.get('pdf'):
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', str(OUT), str(out)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return out

def plain(name, ext):
    shutil.copy(HERE / f"{name}.{ext}.src", OUT / f"{name}.{ext}")

CONFIGS = {}
exec((HERE / 'configs.py').read_text(encoding='utf-8'))

if __name__ == '__main__':
    for name, cfg in CONFIGS.items():
        if cfg.get('plain'):
            plain(name, cfg['plain'])
        else:
            build(name, cfg)
        print('built', name)
