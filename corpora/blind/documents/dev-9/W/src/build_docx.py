"""Build a .docx from a small markup source (written for this set)."""
import re, sys, datetime
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT

REV = [100]
def nid():
    REV[0] += 1
    return str(REV[0])

TOKEN = re.compile(r'(\{\{.*?\}\}|\*\*.*?\*\*)')

def add_hyperlink(par, text, url):
    r_id = par.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), r_id)
    r = OxmlElement('w:r'); rpr = OxmlElement('w:rPr')
    c = OxmlElement('w:color'); c.set(qn('w:val'), '0563C1'); rpr.append(c)
    u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
    r.append(rpr); t = OxmlElement('w:t'); t.text = text
    t.set(qn('xml:space'), 'preserve'); r.append(t); h.append(r)
    par._p.append(h)

def add_track(par, kind, author, text):
    el = OxmlElement('w:ins' if kind == 'INS' else 'w:del')
    el.set(qn('w:id'), nid()); el.set(qn('w:author'), author)
    el.set(qn('w:date'), '2026-11-20T10:00:00Z')
    r = OxmlElement('w:r')
    t = OxmlElement('w:t' if kind == 'INS' else 'w:delText')
    t.text = text; t.set(qn('xml:space'), 'preserve'); r.append(t); el.append(r)
    par._p.append(el)

def fill(doc, par, text, bold=False):
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith('{{'):
            f = part[2:-2].split('|')
            kind = f[0]
            if kind == 'C':
                _, author, initials, ctext, anchor = f
                run = par.add_run(anchor); run.bold = bold
                doc.add_comment(run, text=ctext, author=author, initials=initials)
            elif kind in ('INS', 'DEL'):
                add_track(par, kind, f[1], f[2])
            elif kind == 'LINK':
                add_hyperlink(par, f[1], f[2])
        elif part.startswith('**'):
            par.add_run(part[2:-2]).bold = True
        else:
            r = par.add_run(part); r.bold = bold

def add_page_field(par):
    r = par.add_run()
    for typ, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
        if typ:
            fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), typ); r._r.append(fc)
        else:
            it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = txt; r._r.append(it)

def build(src, out):
    lines = open(src, encoding='utf-8').read().split('\n')
    meta = {}
    body = []
    for ln in lines:
        m = re.match(r'^@(\w+):\s?(.*)$', ln)
        if m and not body:
            meta[m.group(1)] = m.group(2)
        else:
            body.append(ln)
    styled = meta.get('style', 'styled') == 'styled'
    doc = Document()
    st = doc.styles['Normal']; st.font.name = meta.get('font', 'Arial'); st.font.size = Pt(11)
    cp = doc.core_properties
    cp.title = meta.get('title', ''); cp.subject = meta.get('subject', '')
    cp.keywords = meta.get('keywords', ''); cp.comments = meta.get('comments', '')
    cp.category = meta.get('category', ''); cp.author = meta.get('author', 'LCSPR Workstream')
    cp.last_modified_by = meta.get('author', 'LCSPR Workstream')
    y,m,d = [int(v) for v in meta.get('date','2026-11-01').split('-')]
    cp.created = datetime.datetime(y, m, d, 9, 0, 0); cp.modified = datetime.datetime(y, m, d, 17, 0, 0)
    cp.revision = 6
    sec = doc.sections[0]
    if meta.get('header'):
        hp = sec.header.paragraphs[0]; fill(doc, hp, meta['header']); hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fill(doc, fp, meta.get('footer', '') + ('  |  Page ' if meta.get('footer') else 'Page '))
    add_page_field(fp); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    i = 0
    while i < len(body):
        ln = body[i]
        if ln.startswith('TABLE') or ln.startswith('BOXTABLE'):
            box = ln.startswith('BOXTABLE')
            rows = []
            i += 1
            while i < len(body) and body[i].startswith('|'):
                rows.append([c.strip() for c in body[i].strip().strip('|').split('|')])
                i += 1
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol); t.style = 'Table Grid'
            for ri, row in enumerate(rows):
                for ci, cell in enumerate(row):
                    c = t.cell(ri, ci)
                    paras = cell.split('\\n')
                    p0 = c.paragraphs[0]
                    fill(doc, p0, paras[0], bold=(ri == 0 and not box))
                    for extra in paras[1:]:
                        fill(doc, c.add_paragraph(), extra)
            doc.add_paragraph()
            continue
        if ln.strip() == '':
            i += 1; continue
        if ln.strip() == 'PAGEBREAK':
            doc.add_page_break(); i += 1; continue
        if ln.startswith('# ') or ln.startswith('## ') or ln.startswith('### '):
            lvl = len(ln.split(' ')[0]); txt = ln[lvl + 1:]
            if styled:
                h = doc.add_heading('', level=lvl); fill(doc, h, txt)
            else:
                p = doc.add_paragraph(); fill(doc, p, txt, bold=True)
                if lvl == 1:
                    for r in p.runs: r.font.size = Pt(13)
        elif ln.startswith('TITLE '):
            if styled:
                h = doc.add_heading('', level=0); fill(doc, h, ln[6:])
            else:
                p = doc.add_paragraph(); fill(doc, p, ln[6:], bold=True)
                for r in p.runs: r.font.size = Pt(16)
        elif ln.startswith('- '):
            p = doc.add_paragraph(style='List Bullet'); fill(doc, p, ln[2:])
        elif ln.startswith('> '):
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Pt(28)
            fill(doc, p, ln[2:]);
            for r in p.runs: r.italic = True
        else:
            p = doc.add_paragraph(); fill(doc, p, ln)
        i += 1
    doc.save(out)

if __name__ == '__main__':
    build(sys.argv[1], sys.argv[2])
