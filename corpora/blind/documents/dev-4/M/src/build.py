import re, sys, datetime
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.enum.text import WD_ALIGN_PARAGRAPH

INLINE = re.compile(r'(\{\{c:[^}]*\}\}.*?\{\{/c\}\}|\{\{del:.*?\}\}|\{\{ins:.*?\}\}|\{\{link:.*?\}\}|\*\*.*?\*\*)')
REV = [1]
DATE = '2024-05-14T10:00:00Z'

def tracked(p, kind, text, author):
    el = OxmlElement('w:ins' if kind == 'ins' else 'w:del')
    el.set(qn('w:id'), str(REV[0])); REV[0] += 1
    el.set(qn('w:author'), author); el.set(qn('w:date'), DATE)
    r = OxmlElement('w:r')
    t = OxmlElement('w:delText' if kind == 'del' else 'w:t')
    t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
    t.text = text
    r.append(t); el.append(r); p._p.append(el)

def hyperlink(p, url, text):
    rid = p.part.relate_to(url, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', is_external=True)
    h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), rid)
    r = OxmlElement('w:r'); rpr = OxmlElement('w:rPr')
    c = OxmlElement('w:color'); c.set(qn('w:val'), '0563C1'); rpr.append(c)
    u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
    r.append(rpr); t = OxmlElement('w:t'); t.text = text
    t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve'); r.append(t)
    h.append(r); p._p.append(h)

def add_inline(doc, p, text, rev_author, bold=False):
    for part in INLINE.split(text):
        if not part: continue
        if part.startswith('{{c:'):
            m = re.match(r'\{\{c:([^|]*)\|([^|]*)\|([^}]*)\}\}(.*?)\{\{/c\}\}', part)
            run = p.add_run(m.group(4)); run.bold = bold
            doc.add_comment([run], text=m.group(3), author=m.group(1), initials=m.group(2))
        elif part.startswith('{{del:'):
            tracked(p, 'del', part[6:-2], rev_author)
        elif part.startswith('{{ins:'):
            tracked(p, 'ins', part[6:-2], rev_author)
        elif part.startswith('{{link:'):
            url, t = part[7:-2].split('|', 1); hyperlink(p, url, t)
        elif part.startswith('**'):
            r = p.add_run(part[2:-2]); r.bold = True
        else:
            r = p.add_run(part); r.bold = bold

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
    s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill); tcPr.append(s)

def field(run, instr):
    for kind, txt in (('begin', None), (None, instr), ('separate', None), (None, '1'), ('end', None)):
        if kind:
            f = OxmlElement('w:fldChar'); f.set(qn('w:fldCharType'), kind); run._r.append(f)
        elif txt == instr:
            it = OxmlElement('w:instrText'); it.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve'); it.text = instr; run._r.append(it)
        else:
            t = OxmlElement('w:t'); t.text = txt; run._r.append(t)

def build(src, out, styled=True, header='', footer='', props=None, rev_author='LCSPR Workstream'):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        hp = sec.header.paragraphs[0]; add_inline(doc, hp, header, rev_author); hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]; fp.add_run((footer + '   ') if footer else ''); fp.add_run('Page '); field(fp.add_run(), 'PAGE')
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lines = open(src, encoding='utf-8').read().split('\n')
    i = 0
    while i < len(lines):
        ln = lines[i]
        if not ln.strip(): i += 1; continue
        if ln.startswith('|'):
            rows = []
            while i < len(lines) and lines[i].startswith('|'):
                rows.append([c.strip() for c in lines[i].strip().strip('|').split('|')]); i += 1
            t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = t.cell(r, c); cell.text = ''
                    add_inline(doc, cell.paragraphs[0], val, rev_author, bold=(r == 0))
                    if r == 0: shade(cell, 'D9E2F3')
            doc.add_paragraph(); continue
        if ln.startswith('>> '):
            t = doc.add_table(rows=1, cols=1); t.style = 'Table Grid'
            cell = t.cell(0, 0); add_inline(doc, cell.paragraphs[0], ln[3:], rev_author); shade(cell, 'FFF2CC')
            doc.add_paragraph(); i += 1; continue
        if ln.startswith('#'):
            lvl = len(ln) - len(ln.lstrip('#')); text = ln.lstrip('#').strip()
            if styled:
                p = doc.add_heading('', level=lvl); add_inline(doc, p, text, rev_author)
            else:
                p = doc.add_paragraph(); add_inline(doc, p, text, rev_author, bold=True)
                if lvl == 1:
                    for r in p.runs: r.font.size = Pt(13)
            i += 1; continue
        if ln.startswith('- '):
            p = doc.add_paragraph(style='List Bullet'); add_inline(doc, p, ln[2:], rev_author); i += 1; continue
        if ln.startswith('!T '):
            p = doc.add_paragraph(); r = p.add_run(ln[3:]); r.bold = True; r.font.size = Pt(18); i += 1; continue
        p = doc.add_paragraph(); add_inline(doc, p, ln, rev_author); i += 1
    cp = doc.core_properties
    cp.author = 'LCSPR Workstream'; cp.last_modified_by = 'LCSPR Workstream'
    for k, v in (props or {}).items(): setattr(cp, k, v)
    doc.save(out)

def strip_inline(t):
    t = re.sub(r'\{\{c:[^}]*\}\}(.*?)\{\{/c\}\}', r'\1', t)
    t = re.sub(r'\{\{del:.*?\}\}', '', t); t = re.sub(r'\{\{ins:(.*?)\}\}', r'\1', t)
    t = re.sub(r'\{\{link:[^|]*\|(.*?)\}\}', r'\1', t); t = t.replace('**', '')
    return t

def to_txt(src, out, mode):
    import textwrap
    res = []
    for ln in open(src, encoding='utf-8').read().split('\n'):
        ln = strip_inline(ln)
        if ln.startswith('#'):
            lvl = len(ln) - len(ln.lstrip('#')); text = ln.lstrip('#').strip()
            if mode == 'caps': res += ['', text.upper(), '']
            else: res += ['', text, ('=' if lvl == 1 else '-') * len(text), '']
        elif ln.startswith('!T '):
            res += [ln[3:].upper(), '']
        elif ln.startswith('|'):
            cells = [c.strip() for c in ln.strip().strip('|').split('|')]
            res.append(' | '.join(cells))
        elif ln.startswith('>> '):
            res += textwrap.wrap(ln[3:], 90, initial_indent='  ', subsequent_indent='  ')
        elif ln.startswith('- '):
            res += textwrap.wrap(ln[2:], 90, initial_indent='  * ', subsequent_indent='    ')
        elif ln.strip():
            res += textwrap.wrap(ln, 90) + ['']
        else:
            if res and res[-1] != '': res.append('')
    open(out, 'w', encoding='utf-8').write('\n'.join(res).strip() + '\n')
