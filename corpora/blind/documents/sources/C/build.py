"""Build C-series drafts from a small markup.
Markup (one paragraph per line):
  %key: value        metadata (title, subject, keywords, comments, category, header, footer,
                     style=styled|unstyled, track_author, track_date, out)
  # / ## / ###       headings (Heading 1/2/3 when styled, bold Normal when unstyled)
  - text             bullet
  > text             indented italic quote
  |a|b|c|            table row (first row of a block is the header)
  !box text          one-cell shaded box (several consecutive !box lines = one box)
  @comment A|I|text  comment on the previous paragraph
  @pagebreak
  @title text        big bold title line
Inline: **bold**, [text](url), {+inserted+}, {-deleted-}
"""
import re, sys, datetime
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TOKEN = re.compile(r'(\*\*.+?\*\*|\[[^\]]+\]\([^)]+\)|\{\+.+?\+\}|\{-.+?-\})')
_id = [100]
def nid():
    _id[0] += 1
    return str(_id[0])

def mkrun(text, bold=False, italic=False, deleted=False, color=None, underline=False):
    r = OxmlElement('w:r')
    rpr = OxmlElement('w:rPr')
    if bold:
        rpr.append(OxmlElement('w:b'))
    if italic:
        rpr.append(OxmlElement('w:i'))
    if color:
        c = OxmlElement('w:color'); c.set(qn('w:val'), color); rpr.append(c)
    if underline:
        u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
    if len(rpr):
        r.append(rpr)
    t = OxmlElement('w:delText' if deleted else 'w:t')
    t.set(qn('xml:space'), 'preserve')
    t.text = text
    r.append(t)
    return r

def add_inline(par, text, meta, bold=False, italic=False):
    p = par._p
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith('**') and part.endswith('**'):
            run = par.add_run(part[2:-2]); run.bold = True; run.italic = italic or None
        elif part.startswith('[') and '](' in part:
            label, url = re.match(r'\[([^\]]+)\]\(([^)]+)\)', part).groups()
            rid = par.part.relate_to(url, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', is_external=True)
            h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), rid)
            h.append(mkrun(label, bold=bold, italic=italic, color='0563C1', underline=True))
            p.append(h)
        elif part.startswith('{+'):
            ins = OxmlElement('w:ins'); ins.set(qn('w:id'), nid())
            ins.set(qn('w:author'), meta.get('track_author', 'LCSPR Workstream'))
            ins.set(qn('w:date'), meta.get('track_date', '2023-11-02T10:00:00Z'))
            ins.append(mkrun(part[2:-2], bold=bold, italic=italic)); p.append(ins)
        elif part.startswith('{-'):
            d = OxmlElement('w:del'); d.set(qn('w:id'), nid())
            d.set(qn('w:author'), meta.get('track_author', 'LCSPR Workstream'))
            d.set(qn('w:date'), meta.get('track_date', '2023-11-02T10:00:00Z'))
            d.append(mkrun(part[2:-2], bold=bold, italic=italic, deleted=True)); p.append(d)
        else:
            run = par.add_run(part)
            if bold: run.bold = True
            if italic: run.italic = True

def add_page_field(par):
    par.add_run('Page ')
    fld = OxmlElement('w:fldSimple'); fld.set(qn('w:instr'), 'PAGE')
    fld.append(mkrun('1')); par._p.append(fld)

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    tcPr.append(s)

def build(src):
    meta, lines = {}, []
    for raw in open(src, encoding='utf-8').read().split('\n'):
        if raw.startswith('%') and ':' in raw and not lines:
            k, v = raw[1:].split(':', 1); meta[k.strip()] = v.strip()
        else:
            lines.append(raw)
    styled = meta.get('style', 'styled') == 'styled'
    doc = Document()
    st = doc.styles['Normal']; st.font.name = meta.get('font', 'Arial'); st.font.size = Pt(11)
    cp = doc.core_properties
    for k in ('title', 'subject', 'keywords', 'comments', 'category'):
        if k in meta: setattr(cp, k, meta[k])
    cp.author = meta.get('author', 'LCSPR Workstream')
    cp.last_modified_by = meta.get('last_modified_by', 'LCSPR Workstream')
    cp.revision = 4
    sec = doc.sections[0]
    if 'header' in meta:
        hp = sec.header.paragraphs[0]; add_inline(hp, meta['header'], meta)
    fp = sec.footer.paragraphs[0]
    if 'footer' in meta:
        add_inline(fp, meta['footer'] + '    ', meta)
    add_page_field(fp)
    last_par = None
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
                    cell = t.cell(ri, ci); cell.paragraphs[0].text = ''
                    add_inline(cell.paragraphs[0], val, meta, bold=(ri == 0))
                    if ri == 0: shade(cell, 'D9E2F3')
            last_par = t.cell(len(rows) - 1, 0).paragraphs[0]
            doc.add_paragraph()
            continue
        if ln.startswith('!box'):
            box = []
            while i < len(lines) and lines[i].startswith('!box'):
                box.append(lines[i][4:].strip()); i += 1
            t = doc.add_table(rows=1, cols=1); t.style = 'Table Grid'
            cell = t.cell(0, 0); shade(cell, 'EDEDED')
            for bi, b in enumerate(box):
                par = cell.paragraphs[0] if bi == 0 else cell.add_paragraph()
                add_inline(par, b, meta)
            last_par = cell.paragraphs[0]
            doc.add_paragraph()
            continue
        i += 1
        if ln.startswith('@comment'):
            a, ini, txt = ln[len('@comment'):].strip().split('|', 2)
            runs = [r for r in last_par.runs if r.text]
            if not runs:
                runs = [last_par.add_run(' ')]
            doc.add_comment(runs if len(runs) > 1 else runs[0], text=txt, author=a, initials=ini)
            continue
        if ln == '@pagebreak':
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE); continue
        if ln.startswith('@title'):
            par = doc.add_paragraph(); r = par.add_run(ln[6:].strip()); r.bold = True; r.font.size = Pt(18)
            last_par = par; continue
        m = re.match(r'^(#{1,3}) (.*)$', ln)
        if m:
            lvl, txt = len(m.group(1)), m.group(2)
            if styled:
                par = doc.add_heading('', level=lvl); add_inline(par, txt, meta)
            else:
                par = doc.add_paragraph(); add_inline(par, txt, meta, bold=True)
                if lvl == 1:
                    for r in par.runs: r.font.size = Pt(13)
            last_par = par; continue
        if ln.startswith('- '):
            if styled:
                par = doc.add_paragraph(style='List Bullet'); add_inline(par, ln[2:], meta)
            else:
                par = doc.add_paragraph(); par.paragraph_format.left_indent = Cm(0.8)
                add_inline(par, '\u2022 ' + ln[2:], meta)
            last_par = par; continue
        if ln.startswith('> '):
            par = doc.add_paragraph(); par.paragraph_format.left_indent = Cm(1.2)
            add_inline(par, ln[2:], meta, italic=True); last_par = par; continue
        par = doc.add_paragraph(); add_inline(par, ln, meta); last_par = par
    out = meta['out']
    doc.save(out)
    print('built', out)

if __name__ == '__main__':
    for s in sys.argv[1:]:
        build(s)
