import re, sys, os, subprocess, datetime
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import docx.opc.constants as C

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
REV_AUTHOR = "Overview Author"
_rid = [100]

SEG = re.compile(r'(\[\+.*?\+\]|\[-.*?-\]|\[[^\]]+\]\([^)]+\)|\*\*.*?\*\*)')

def parse(path):
    blocks = []  # (kind, data)
    para = []
    lines = open(path, encoding='utf-8').read().split('\n')
    def flush():
        if para:
            blocks.append(('p', ' '.join(para)))
            para.clear()
    for ln in lines:
        s = ln.rstrip()
        if not s.strip():
            flush(); continue
        if s.startswith('@'):
            flush(); key, _, val = s[1:].partition(' ')
            blocks.append((key, val)); continue
        if s.startswith('## '):
            flush(); blocks.append(('h2', s[3:])); continue
        if s.startswith('# '):
            flush(); blocks.append(('h1', s[2:])); continue
        if s.startswith('- '):
            flush(); blocks.append(('li', s[2:])); continue
        if s.startswith('|'):
            flush()
            cells = [c.strip() for c in s.strip().strip('|').split('|')]
            if blocks and blocks[-1][0] == 'table':
                blocks[-1][1].append(cells)
            else:
                blocks.append(('table', [cells]))
            continue
        para.append(s.strip())
    flush()
    return blocks

def plain(text, keep_del=False):
    def rep(m):
        t = m.group(0)
        if t.startswith('[+'): return t[2:-2]
        if t.startswith('[-'): return t[2:-2] if keep_del else ''
        if t.startswith('**'): return t[2:-2]
        mm = re.match(r'\[([^\]]+)\]\(([^)]+)\)', t)
        return mm.group(1)
    return re.sub(r'  +', ' ', SEG.sub(rep, text))

def md_inline(text):
    def rep(m):
        t = m.group(0)
        if t.startswith('[+'): return t[2:-2]
        if t.startswith('[-'): return ''
        return t
    return re.sub(r'  +', ' ', SEG.sub(rep, text))

def _run(text, bold=False):
    r = OxmlElement('w:r')
    if bold:
        rpr = OxmlElement('w:rPr'); b = OxmlElement('w:b'); rpr.append(b); r.append(rpr)
    t = OxmlElement('w:t'); t.set(qn('xml:space'), 'preserve'); t.text = text; r.append(t)
    return r

def add_rich(doc, p, text, bold=False):
    runs = []
    for part in SEG.split(text):
        if not part: continue
        if part.startswith('[+'):
            _rid[0] += 1
            ins = OxmlElement('w:ins'); ins.set(qn('w:id'), str(_rid[0])); ins.set(qn('w:author'), REV_AUTHOR)
            ins.set(qn('w:date'), '2013-05-01T10:00:00Z')
            ins.append(_run(part[2:-2], bold)); p._p.append(ins)
        elif part.startswith('[-'):
            _rid[0] += 1
            d = OxmlElement('w:del'); d.set(qn('w:id'), str(_rid[0])); d.set(qn('w:author'), REV_AUTHOR)
            d.set(qn('w:date'), '2013-05-01T10:00:00Z')
            r = OxmlElement('w:r'); dt = OxmlElement('w:delText'); dt.set(qn('xml:space'), 'preserve'); dt.text = part[2:-2]
            r.append(dt); d.append(r); p._p.append(d)
        elif part.startswith('**'):
            runs.append(p.add_run(part[2:-2])); runs[-1].bold = True
        elif part.startswith('[') and '](' in part:
            mm = re.match(r'\[([^\]]+)\]\(([^)]+)\)', part)
            rid = p.part.relate_to(mm.group(2), C.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), rid)
            r = OxmlElement('w:r'); rpr = OxmlElement('w:rPr'); u = OxmlElement('w:u'); u.set(qn('w:val'), 'single')
            col = OxmlElement('w:color'); col.set(qn('w:val'), '0563C1'); rpr.append(col); rpr.append(u); r.append(rpr)
            t = OxmlElement('w:t'); t.set(qn('xml:space'), 'preserve'); t.text = mm.group(1); r.append(t)
            h.append(r); p._p.append(h)
        else:
            r = p.add_run(part); r.bold = bold; runs.append(r)
    return runs

def add_page_field(par):
    par.add_run('Page ')
    r = par.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = 'PAGE'
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    r._r.append(f1); r._r.append(it); r._r.append(f2)

def build_docx(src, out, styled, props, header, footer):
    blocks = parse(src)
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = props.get('author', 'LSCB Business Unit'); cp.last_modified_by = props.get('last_modified_by', 'LSCB Business Unit')
    cp.title = props.get('title', ''); cp.subject = props.get('subject', ''); cp.keywords = props.get('keywords', '')
    cp.comments = props.get('comments', ''); cp.category = props.get('category', '')
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = header; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]; fp.text = footer + '    '; add_page_field(fp)
    last_runs = []
    numbered = props.get('numbered_headings', False)
    for kind, data in blocks:
        if kind in ('h1', 'h2'):
            if styled:
                p = doc.add_heading(level=1 if kind == 'h1' else 2); last_runs = add_rich(doc, p, data)
            else:
                p = doc.add_paragraph(); last_runs = add_rich(doc, p, data.upper() if (kind == 'h1' and props.get('caps_h1')) else data, bold=True)
                if kind == 'h2' and props.get('underline_h2'):
                    for r in last_runs: r.underline = True
        elif kind == 'p':
            p = doc.add_paragraph(); last_runs = add_rich(doc, p, data)
        elif kind == 'li':
            p = doc.add_paragraph(style='List Bullet'); last_runs = add_rich(doc, p, data)
        elif kind == 'table':
            rows = data
            t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j); c.text = ''
                    rr = add_rich(doc, c.paragraphs[0], cell, bold=(i == 0))
            doc.add_paragraph()
        elif kind == 'comment':
            author, initials, text = data.split('|', 2)
            runs = [r for r in last_runs if r.text.strip()]
            if runs:
                doc.add_comment(runs, text=text, author=author, initials=initials)
        elif kind == 'pagebreak':
            doc.add_page_break()
    doc.save(out)

def build_txt(src, out, title_block=''):
    blocks = parse(src); L = []
    for kind, data in blocks:
        if L and L[-1].startswith('  * ') and kind != 'li':
            L.append('')
        if kind == 'h1':
            t = plain(data); L += ['', t, '=' * len(t), '']
        elif kind == 'h2':
            t = plain(data); L += ['', t, '-' * len(t), '']
        elif kind == 'p':
            L += [plain(data), '']
        elif kind == 'li':
            L += ['  * ' + plain(data)]
            continue
        elif kind == 'table':
            for row in data:
                L.append(' | '.join(plain(c) for c in row))
            L.append('')
    open(out, 'w', encoding='utf-8').write('\n'.join(L).strip() + '\n')

def build_md(src, out):
    blocks = parse(src); L = []
    for kind, data in blocks:
        if kind == 'h1': L += ['# ' + md_inline(data), '']
        elif kind == 'h2': L += ['## ' + md_inline(data), '']
        elif kind == 'p': L += [md_inline(data), '']
        elif kind == 'li': L += ['- ' + md_inline(data)]
        elif kind == 'table':
            L.append('| ' + ' | '.join(data[0]) + ' |'); L.append('|' + '---|' * len(data[0]))
            for row in data[1:]: L.append('| ' + ' | '.join(md_inline(c) for c in row) + ' |')
            L.append('')
        if kind == 'li': pass
    txt = '\n'.join(L)
    txt = re.sub(r'(\n- [^\n]*)\n(?=[^-\n])', r'\1\n\n', txt)
    open(out, 'w', encoding='utf-8').write(txt.strip() + '\n')

def words(src, keep_del=False):
    n = 0
    for kind, data in parse(src):
        if kind in ('h1', 'h2', 'p', 'li'): n += len(plain(data, keep_del).split())
        elif kind == 'table':
            for row in data:
                for c in row: n += len(plain(c).split())
    return n
