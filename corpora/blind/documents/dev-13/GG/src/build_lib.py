import re, datetime
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.opc.constants import RELATIONSHIP_TYPE as RT

TOKEN = re.compile(r'\[\[(COMMENT|INS|DEL|LINK):([^\]]*)\]\](.*?)\[\[/\1\]\]', re.S)
_id = [900]
def nid():
    _id[0] += 1
    return str(_id[0])

DATE = '2021-06-14T10:00:00Z'

def add_inline(doc, par, text, bold=False, italic=False):
    pos = 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            r = par.add_run(text[pos:m.start()]); r.bold = bold; r.italic = italic
        kind, arg, body = m.group(1), m.group(2), m.group(3)
        if kind == 'COMMENT':
            author, initials, ctext = arg.split('|', 2)
            r = par.add_run(body); r.bold = bold; r.italic = italic
            doc.add_comment(r, text=ctext, author=author, initials=initials)
        elif kind in ('INS', 'DEL'):
            el = OxmlElement('w:ins' if kind == 'INS' else 'w:del')
            el.set(qn('w:id'), nid()); el.set(qn('w:author'), arg); el.set(qn('w:date'), DATE)
            r = OxmlElement('w:r')
            t = OxmlElement('w:t' if kind == 'INS' else 'w:delText')
            t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
            t.text = body
            r.append(t); el.append(r)
            par._p.append(el)
        elif kind == 'LINK':
            rid = par.part.relate_to(arg, RT.HYPERLINK, is_external=True)
            h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), rid)
            r = OxmlElement('w:r'); rpr = OxmlElement('w:rPr')
            u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
            c = OxmlElement('w:color'); c.set(qn('w:val'), '0563C1'); rpr.append(c)
            r.append(rpr)
            t = OxmlElement('w:t'); t.text = body
            t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
            r.append(t); h.append(r); par._p.append(h)
        pos = m.end()
    if pos < len(text):
        r = par.add_run(text[pos:]); r.bold = bold; r.italic = italic

def page_field(par):
    f = OxmlElement('w:fldSimple'); f.set(qn('w:instr'), 'PAGE')
    r = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = '1'; r.append(t); f.append(r)
    par._p.append(f)

def build(src, out, styled, header, footer, props):
    doc = Document()
    doc.styles['Normal'].font.name = 'Arial'; doc.styles['Normal'].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = props.get('author', 'LCSPR Workstream')
    cp.last_modified_by = props.get('last_modified_by', 'LCSPR Workstream')
    for k in ('title', 'subject', 'keywords', 'comments', 'category'):
        if k in props: setattr(cp, k, props[k])
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    fp = sec.footer.paragraphs[0]
    add_inline(doc, fp, footer + '   Page ')
    page_field(fp)
    lines = open(src, encoding='utf-8').read().split('\n')
    i = 0; buf = []
    def flush():
        if buf:
            text = ' '.join(buf); buf.clear()
            p = doc.add_paragraph(); add_inline(doc, p, text)
    while i < len(lines):
        ln = lines[i]
        if not ln.strip():
            flush(); i += 1; continue
        if ln.startswith('# ') or ln.startswith('## '):
            flush(); lvl = 1 if ln.startswith('# ') else 2
            txt = ln[lvl+1:].strip()
            if styled:
                p = doc.add_heading('', level=lvl); add_inline(doc, p, txt)
            else:
                p = doc.add_paragraph(); add_inline(doc, p, txt, bold=True)
            i += 1; continue
        if ln.startswith('TITLE: '):
            flush()
            if styled:
                p = doc.add_heading('', level=0); add_inline(doc, p, ln[7:])
            else:
                p = doc.add_paragraph(); add_inline(doc, p, ln[7:], bold=True)
                for r in p.runs: r.font.size = Pt(16)
            i += 1; continue
        if ln.startswith('- '):
            flush()
            p = doc.add_paragraph(style='List Bullet'); add_inline(doc, p, ln[2:])
            i += 1; continue
        if ln.startswith('> '):
            flush()
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Pt(28)
            add_inline(doc, p, ln[2:], italic=True)
            i += 1; continue
        if ln.startswith('|'):
            flush(); rows = []
            while i < len(lines) and lines[i].startswith('|'):
                rows.append([c.strip() for c in lines[i].strip().strip('|').split('|')]); i += 1
            t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for ri, row in enumerate(rows):
                for ci, cell in enumerate(row):
                    par = t.cell(ri, ci).paragraphs[0]
                    add_inline(doc, par, cell, bold=(ri == 0))
            doc.add_paragraph()
            continue
        if ln.strip() == 'PAGEBREAK':
            flush(); doc.add_page_break(); i += 1; continue
        buf.append(ln.strip()); i += 1
    flush()
    doc.save(out)

def plain_words(src):
    t = open(src, encoding='utf-8').read()
    t = re.sub(r'\[\[(COMMENT|INS|DEL|LINK):[^\]]*\]\]', '', t)
    t = re.sub(r'\[\[/\w+\]\]', '', t)
    return len(re.findall(r"\S+", t))
