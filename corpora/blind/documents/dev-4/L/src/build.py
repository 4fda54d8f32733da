"""Build L-series drafts from light markup.
Markup: '# ' H1, '## ' H2, '- ' bullet, '| a | b |' table rows (first = header),
'BOX: text' boxed paragraph, '> ' indented quote. Inline: {{DEL:x}} {{INS:x}}
{{COM:anchor||comment||author||initials}} {{LINK:text||url}} **bold**."""
import re, sys, copy
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

REV = [100]
def _rid():
    REV[0] += 1
    return str(REV[0])

TOK = re.compile(r'(\{\{(?:DEL|INS|COM|LINK):.*?\}\}|\*\*.*?\*\*)')

def add_inline(doc, p, text, bold=False, italic=False):
    for part in TOK.split(text):
        if not part:
            continue
        if part.startswith('**') and part.endswith('**'):
            r = p.add_run(part[2:-2]); r.bold = True; r.italic = italic
        elif part.startswith('{{DEL:'):
            body = part[6:-2]
            d = OxmlElement('w:del'); d.set(qn('w:id'), _rid()); d.set(qn('w:author'), 'Workstream reviewer')
            r = OxmlElement('w:r'); t = OxmlElement('w:delText'); t.set(qn('xml:space'), 'preserve'); t.text = body
            r.append(t); d.append(r); p._p.append(d)
        elif part.startswith('{{INS:'):
            body = part[6:-2]
            i = OxmlElement('w:ins'); i.set(qn('w:id'), _rid()); i.set(qn('w:author'), 'Workstream reviewer')
            r = OxmlElement('w:r'); t = OxmlElement('w:t'); t.set(qn('xml:space'), 'preserve'); t.text = body
            r.append(t); i.append(r); p._p.append(i)
        elif part.startswith('{{COM:'):
            bits = part[6:-2].split('||')
            anchor, ctext = bits[0], bits[1]
            author = bits[2] if len(bits) > 2 else 'LCSPR Workstream'
            initials = bits[3] if len(bits) > 3 else 'WS'
            r = p.add_run(anchor); r.bold = bold; r.italic = italic
            doc.add_comment([r], text=ctext, author=author, initials=initials)
        elif part.startswith('{{LINK:'):
            ltext, url = part[7:-2].split('||')
            rid = p.part.relate_to(url, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', is_external=True)
            h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), rid)
            r = OxmlElement('w:r'); rpr = OxmlElement('w:rPr')
            c = OxmlElement('w:color'); c.set(qn('w:val'), '0563C1'); rpr.append(c)
            u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
            r.append(rpr); t = OxmlElement('w:t'); t.set(qn('xml:space'), 'preserve'); t.text = ltext
            r.append(t); h.append(r); p._p.append(h)
        else:
            r = p.add_run(part); r.bold = bold; r.italic = italic

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
    s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill); tcPr.append(s)

def add_page_field(p):
    r = p.add_run()
    for kind, txt in (('begin', None), (None, ' PAGE '), ('end', None)):
        if kind:
            f = OxmlElement('w:fldChar'); f.set(qn('w:fldCharType'), kind); r._r.append(f)
        else:
            it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = txt; r._r.append(it)

def build(src, out, styled, header, footer, props):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; add_inline(doc, hp, header); hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]; add_inline(doc, fp, footer + '   Page '); add_page_field(fp)
    lines = open(src, encoding='utf-8').read().split('\n')
    i = 0
    while i < len(lines):
        ln = lines[i].rstrip()
        if not ln.strip():
            i += 1; continue
        if ln.startswith('|'):
            rows = []
            while i < len(lines) and lines[i].startswith('|'):
                rows.append([c.strip() for c in re.split(r'(?<!\|)\|(?!\|)', lines[i].strip()[1:-1])]); i += 1
            t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for ri, row in enumerate(rows):
                for ci, val in enumerate(row):
                    cell = t.cell(ri, ci); cp = cell.paragraphs[0]
                    add_inline(doc, cp, val, bold=(ri == 0))
                    if ri == 0: shade(cell, 'D9E2F3')
            doc.add_paragraph()
            continue
        if ln.startswith('# '):
            if styled: h = doc.add_heading('', level=1); add_inline(doc, h, ln[2:])
            else:
                p = doc.add_paragraph(); add_inline(doc, p, ln[2:], bold=True)
        elif ln.startswith('## '):
            if styled: h = doc.add_heading('', level=2); add_inline(doc, h, ln[3:])
            else:
                p = doc.add_paragraph(); add_inline(doc, p, ln[3:], bold=True, italic=True)
        elif ln.startswith('- '):
            if styled: p = doc.add_paragraph(style='List Bullet'); add_inline(doc, p, ln[2:])
            else: p = doc.add_paragraph(); add_inline(doc, p, '\u2022 ' + ln[2:])
        elif ln.startswith('BOX: '):
            t = doc.add_table(rows=1, cols=1); t.style = 'Table Grid'
            c = t.cell(0, 0); shade(c, 'FFF2CC'); add_inline(doc, c.paragraphs[0], ln[5:])
            doc.add_paragraph()
        elif ln.startswith('> '):
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(1.2); add_inline(doc, p, ln[2:], italic=True)
        elif ln.startswith('TITLE: '):
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(ln[7:]); r.bold = True; r.font.size = Pt(18)
        else:
            p = doc.add_paragraph(); add_inline(doc, p, ln)
        i += 1
    cp = doc.core_properties
    cp.author = 'LCSPR Workstream'; cp.last_modified_by = 'LCSPR Workstream'
    cp.comments = 'Draft for workstream'
    for k, v in props.items(): setattr(cp, k, v)
    doc.save(out)

if __name__ == '__main__':
    pass
