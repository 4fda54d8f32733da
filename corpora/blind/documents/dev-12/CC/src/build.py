"""Build CC drafts from simple markup sources.
Markup (one block per line):
  # H1 / ## H2  -> heading (style depends on mode)
  - text       -> bullet
  > text       -> indented quotation
  | a | b |    -> table row (first row of a block = header)
  N. text  (mode 'numbered' auto-numbers paragraphs)
Inline: **bold**, {sup}x{/sup}, {c:Author|IN|comment}anchor{/c},
        {ins:Author}text{/ins}, {del:Author}text{/del}, {link:URL}text{/link}
"""
import re, sys, datetime
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TOK = re.compile(r"(\*\*.+?\*\*|\{sup\}.+?\{/sup\}|\{c:[^}]*\}.+?\{/c\}|\{ins:[^}]*\}.+?\{/ins\}|\{del:[^}]*\}.+?\{/del\}|\{link:[^}]*\}.+?\{/link\})")
_rid = [100]
DATE = "2024-01-01T09:00:00Z"

def _run_el(text, bold=False, sup=False, deleted=False, underline=False, link=False):
    r = OxmlElement('w:r'); rpr = OxmlElement('w:rPr')
    if link:
        rs = OxmlElement('w:color'); rs.set(qn('w:val'), '0563C1'); rpr.append(rs)
        u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
    if bold:
        rpr.append(OxmlElement('w:b'))
    if underline:
        u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
    if sup:
        v = OxmlElement('w:vertAlign'); v.set(qn('w:val'), 'superscript'); rpr.append(v)
    r.append(rpr)
    t = OxmlElement('w:delText' if deleted else 'w:t'); t.text = text
    t.set(qn('xml:space'), 'preserve'); r.append(t)
    return r

def add_inline(doc, p, text, bold=False, underline=False):
    for part in TOK.split(text):
        if not part:
            continue
        if part.startswith('**'):
            r = p.add_run(part[2:-2]); r.bold = True; r.underline = underline or None
        elif part.startswith('{sup}'):
            r = p.add_run(part[5:-6]); r.font.superscript = True
        elif part.startswith('{c:'):
            head, body = part[3:].split('}', 1); body = body[:-4]
            author, initials, ctext = head.split('|', 2)
            r = p.add_run(body); r.bold = bold or None
            doc.add_comment([r], text=ctext, author=author, initials=initials)
        elif part.startswith('{ins:') or part.startswith('{del:'):
            kind = part[1:4]
            head, body = part[5:].split('}', 1); body = body[:-6]
            el = OxmlElement('w:' + kind)
            _rid[0] += 1
            el.set(qn('w:id'), str(_rid[0])); el.set(qn('w:author'), head); el.set(qn('w:date'), DATE)
            el.append(_run_el(body, bold=bold, deleted=(kind == 'del')))
            p._p.append(el)
        elif part.startswith('{link:'):
            url, body = part[6:].split('}', 1); body = body[:-7]
            rid = p.part.relate_to(url, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', is_external=True)
            h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), rid)
            h.append(_run_el(body, link=True)); p._p.append(h)
        else:
            r = p.add_run(part)
            if bold: r.bold = True
            if underline: r.underline = True

def set_cell(doc, cell, text, bold=False):
    cell.text = ''
    add_inline(doc, cell.paragraphs[0], text, bold=bold)

def page_field(par):
    r = par.add_run(); f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r._r.append(f1)
    r2 = par.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '; r2._r.append(it)
    r3 = par.add_run(); f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end'); r3._r.append(f2)

def build(src, out, mode, props, header=None, footer=None, page_numbers=True):
    """mode: styled | bold | underline_numbered"""
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = props.get('author', 'LCSPR Workstream'); cp.last_modified_by = props.get('last_modified_by', 'LCSPR Workstream')
    for k in ('title', 'subject', 'keywords', 'comments', 'category'):
        if k in props: setattr(cp, k, props[k])
    cp.created = datetime.datetime(2024, 1, 1); cp.modified = datetime.datetime(2024, 1, 2); cp.revision = 4
    if 'comments' not in props: cp.comments = 'Draft for Case Review Workstream'
    sec = doc.sections[0]
    if header:
        hp = sec.header.paragraphs[0]; add_inline(doc, hp, header); hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    if footer: add_inline(doc, fp, footer + ('   Page ' if page_numbers else ''))
    elif page_numbers: fp.add_run('Page ')
    if page_numbers: page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lines = open(src, encoding='utf-8').read().split('\n')
    sec_no = 0; para_no = 0; table_rows = []
    def flush_table():
        nonlocal table_rows
        if not table_rows: return
        ncol = len(table_rows[0])
        t = doc.add_table(rows=0, cols=ncol); t.style = 'Table Grid'
        for i, row in enumerate(table_rows):
            cells = t.add_row().cells
            for j in range(ncol):
                set_cell(doc, cells[j], row[j] if j < len(row) else '', bold=(i == 0))
        doc.add_paragraph()
        table_rows = []
    for ln in lines:
        if ln.startswith('|'):
            table_rows.append([c.strip() for c in ln.strip().strip('|').split('|')]); continue
        flush_table()
        if not ln.strip():
            continue
        if ln.startswith('## '):
            text = ln[3:]
            if mode == 'styled': h = doc.add_heading(level=2); add_inline(doc, h, text)
            else:
                p = doc.add_paragraph(); add_inline(doc, p, text, bold=True, underline=(mode == 'underline_numbered'))
            continue
        if ln.startswith('# '):
            text = ln[2:]
            if mode == 'styled': h = doc.add_heading(level=1); add_inline(doc, h, text)
            elif mode == 'underline_numbered':
                if not text.startswith('Appendix') and not text.startswith('APPENDIX') and not ln.startswith('# !'):
                    sec_no += 1; para_no = 0; text = f"{sec_no}. {text}"
                else:
                    sec_no = 0
                text = text.replace('!', '', 1) if text.startswith('!') else text
                p = doc.add_paragraph(); add_inline(doc, p, text, underline=True)
            else:
                p = doc.add_paragraph(); add_inline(doc, p, text.upper() if props.get('caps') else text, bold=True)
            continue
        if ln.startswith('- '):
            p = doc.add_paragraph(style='List Bullet'); add_inline(doc, p, ln[2:]); continue
        if ln.startswith('> '):
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(1.2); add_inline(doc, p, ln[2:]); 
            for r in p.runs: r.italic = True
            continue
        if ln.startswith('@title '):
            p = doc.add_paragraph(); r = p.add_run(ln[7:]); r.bold = True; r.font.size = Pt(16); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; continue
        if ln.startswith('@center '):
            p = doc.add_paragraph(); add_inline(doc, p, ln[8:]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; continue
        text = ln
        if mode == 'underline_numbered' and sec_no and not ln.startswith('='):
            para_no += 1; text = f"{sec_no}.{para_no} {ln}"
        if text.startswith('='): text = text[1:]
        p = doc.add_paragraph(); add_inline(doc, p, text)
    flush_table()
    doc.save(out)
    Document(out)  # re-read check
    print('built', out)
