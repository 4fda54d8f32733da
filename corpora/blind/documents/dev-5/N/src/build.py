"""Build N01/N02/N04(.docx->pdf)/N06 from simple marked-up source files.
Markup (one paragraph per line; blank lines ignored):
  # text / ## text      headings (styled -> Heading 1/2; unstyled -> bold Normal)
  - text                bullet
  TABLE / ENDTABLE      rows separated by ' | ', first row header
  BOX: text             shaded one-cell table (recommendation box)
  PAGEBREAK
Inline: [[DEL:x]] tracked deletion, [[INS:x]] tracked insertion,
        [[LINK:text|url]] hyperlink, [[CMT:anchor|comment|author|initials]],
        **x** bold run
"""
import re, sys, copy
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.opc.constants import RELATIONSHIP_TYPE as RT

TOK = re.compile(r'(\[\[(?:DEL|INS|LINK|CMT):.*?\]\]|\*\*.*?\*\*)')
_id = [100]
def nid():
    _id[0] += 1
    return str(_id[0])

def track(par, kind, text, author):
    el = OxmlElement('w:' + kind)
    el.set(qn('w:id'), nid()); el.set(qn('w:author'), author)
    r = OxmlElement('w:r')
    t = OxmlElement('w:delText' if kind == 'del' else 'w:t')
    t.set(qn('xml:space'), 'preserve'); t.text = text
    r.append(t); el.append(r); par._p.append(el)

def link(par, text, url):
    rid = par.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), rid)
    r = OxmlElement('w:r'); rpr = OxmlElement('w:rPr')
    c = OxmlElement('w:color'); c.set(qn('w:val'), '0563C1'); rpr.append(c)
    u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
    r.append(rpr); t = OxmlElement('w:t'); t.set(qn('xml:space'), 'preserve'); t.text = text
    r.append(t); h.append(r); par._p.append(h)

def inline(doc, par, text, tauthor, bold=False):
    for part in TOK.split(text):
        if not part: continue
        if part.startswith('[[DEL:'):
            track(par, 'del', part[6:-2], tauthor)
        elif part.startswith('[[INS:'):
            track(par, 'ins', part[6:-2], tauthor)
        elif part.startswith('[[LINK:'):
            t, u = part[7:-2].split('|', 1); link(par, t, u)
        elif part.startswith('[[CMT:'):
            a, c, au, ini = part[6:-2].split('|')
            r = par.add_run(a); r.bold = bold or None
            cm = doc.add_comment(r, text=c, author=au, initials=ini)
            d = cm._comment_elm
            if d.get(qn('w:date')) is not None: del d.attrib[qn('w:date')]
        elif part.startswith('**'):
            par.add_run(part[2:-2]).bold = True
        else:
            r = par.add_run(part)
            if bold: r.bold = True

def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    tcpr.append(s)

def page_field(par):
    r = par.add_run()
    for kind, txt in (('begin', None), (None, ' PAGE '), ('end', None)):
        if kind:
            f = OxmlElement('w:fldChar'); f.set(qn('w:fldCharType'), kind); r._r.append(f)
        else:
            it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = txt; r._r.append(it)

def build(src, out, styled, props, header, footer, tauthor='LCSPR Workstream'):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(11)
    lines = [l.rstrip('\n') for l in open(src, encoding='utf-8')]
    i = 0
    while i < len(lines):
        l = lines[i]; i += 1
        if not l.strip(): continue
        if l == 'PAGEBREAK':
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE); continue
        if l == 'TABLE':
            rows = []
            while lines[i] != 'ENDTABLE':
                rows.append([c.strip() for c in lines[i].split(' | ')]); i += 1
            i += 1
            t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for ri, row in enumerate(rows):
                for ci, val in enumerate(row):
                    cell = t.cell(ri, ci); p = cell.paragraphs[0]
                    inline(doc, p, val, tauthor, bold=(ri == 0))
                    if ri == 0: shade(cell, 'D9E2F3')
            doc.add_paragraph(); continue
        if l.startswith('BOX: '):
            t = doc.add_table(rows=1, cols=1); t.style = 'Table Grid'
            c = t.cell(0, 0); shade(c, 'FFF2CC'); inline(doc, c.paragraphs[0], l[5:], tauthor)
            doc.add_paragraph(); continue
        m = re.match(r'(#{1,2}) (.*)', l)
        if m:
            lvl = len(m.group(1))
            if styled:
                p = doc.add_paragraph(style='Heading %d' % lvl); inline(doc, p, m.group(2), tauthor)
            else:
                p = doc.add_paragraph(); inline(doc, p, m.group(2), tauthor, bold=True)
                if lvl == 1:
                    for r in p.runs: r.font.size = Pt(13)
            continue
        if l.startswith('- '):
            p = doc.add_paragraph(style='List Bullet'); inline(doc, p, l[2:], tauthor); continue
        p = doc.add_paragraph(); inline(doc, p, l, tauthor)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; inline(doc, hp, header, tauthor)
    fp = sec.footer.paragraphs[0]; fp.add_run(footer + ' - page ')
    page_field(fp)
    cp = doc.core_properties
    for k, v in props.items(): setattr(cp, k, v)
    doc.save(out)

if __name__ == '__main__':
    import json
    cfg = json.load(open(sys.argv[1], encoding='utf-8'))
    for c in cfg:
        build(c['src'], c['out'], c['styled'], c['props'], c['header'], c['footer'])
        print('built', c['out'])
