"""Build B01..B08 from the light markup sources in this folder.

Markup (one block per line):
  !PROP key=value      core property (title, subject, keywords, comments, author, category, last_modified_by)
  !HEADER text         header text (left); !FOOTER text  footer text (page number appended)
  # / ## / ###         headings (styled: Heading 1/2/3; unstyled: bold Normal paragraph)
  * text               bullet
  > text               indented italic quotation
  |a|b|c|              table row (first row of a run = header row)
  [BOX] text           single-cell shaded box
  ---PAGE              page break
  blank line           ignored
Inline:
  [[C|author|initials|comment|anchor text]]   Word comment on anchor text
  [[INS|author|text]]  tracked insertion;  [[DEL|author|text]] tracked deletion
  [[LINK|url|text]]    hyperlink
  **bold**
"""
import re, sys, os, datetime, subprocess
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import docx.opc.constants

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TOK = re.compile(r'\[\[(C|INS|DEL|LINK)\|(.*?)\]\]|\*\*(.+?)\*\*', re.S)
_rev = [100]
DATE = '2021-06-14T10:00:00Z'

def parse(path):
    props, header, footer, blocks = {}, '', '', []
    for raw in open(path, encoding='utf-8'):
        line = raw.rstrip('\n')
        if not line.strip():
            continue
        if line.startswith('!PROP '):
            k, v = line[6:].split('=', 1); props[k.strip()] = v.strip()
        elif line.startswith('!HEADER '):
            header = line[8:]
        elif line.startswith('!FOOTER '):
            footer = line[8:]
        elif line.startswith('### '):
            blocks.append(('h3', line[4:]))
        elif line.startswith('## '):
            blocks.append(('h2', line[3:]))
        elif line.startswith('# '):
            blocks.append(('h1', line[2:]))
        elif line.startswith('* ') or line.startswith('- '):
            blocks.append(('li', line[2:]))
        elif line.startswith('> '):
            blocks.append(('quote', line[2:]))
        elif line.startswith('|'):
            cells = [c.strip() for c in line.strip().strip('|').split('|')]
            if blocks and blocks[-1][0] == 'table':
                blocks[-1][1].append(cells)
            else:
                blocks.append(('table', [cells]))
        elif line.startswith('[BOX] '):
            blocks.append(('box', line[6:]))
        elif line.strip() == '---PAGE':
            blocks.append(('page', ''))
        else:
            blocks.append(('p', line))
    return props, header, footer, blocks

# ---------- plain renderings ----------
def plain(text, md=False):
    def rep(m):
        if m.group(3) is not None:
            return ('**%s**' % m.group(3)) if md else m.group(3)
        kind, rest = m.group(1), m.group(2).split('|')
        if kind == 'C': return rest[-1]
        if kind == 'INS': return rest[-1]
        if kind == 'DEL': return ''
        if kind == 'LINK':
            return ('[%s](%s)' % (rest[1], rest[0])) if md else '%s (%s)' % (rest[1], rest[0])
    return re.sub(r'  +', ' ', TOK.sub(rep, text))

def words(blocks):
    n = 0
    for k, v in blocks:
        if k == 'table':
            for r in v:
                for c in r: n += len(plain(c).split())
        else:
            n += len(plain(v).split())
    return n

def write_txt(blocks, path, header, footer):
    out = []
    if header: out += [plain(header), '']
    for k, v in blocks:
        if k == 'h1':
            t = plain(v); out += ['', t, '=' * len(t), '']
        elif k == 'h2':
            t = plain(v); out += ['', t, '-' * len(t), '']
        elif k == 'h3':
            out += ['', plain(v).upper(), '']
        elif k == 'li':
            out += ['  - ' + plain(v)]
        elif k == 'quote':
            out += ['    "' + plain(v).strip('"') + '"', '']
        elif k == 'box':
            out += ['', '    ' + plain(v), '']
        elif k == 'table':
            for r in v:
                out.append(' | '.join(plain(c) for c in r))
            out.append('')
        elif k == 'page':
            out.append('')
        else:
            out += [plain(v), '']
    if footer: out += ['', plain(footer)]
    open(path, 'w', encoding='utf-8').write('\n'.join(out).replace('\n\n\n\n', '\n\n') + '\n')

def write_md(blocks, path):
    out = []
    for k, v in blocks:
        if k == 'h1': out += ['', '# ' + plain(v, True), '']
        elif k == 'h2': out += ['', '## ' + plain(v, True), '']
        elif k == 'h3': out += ['', '### ' + plain(v, True), '']
        elif k == 'li': out += ['- ' + plain(v, True)]
        elif k == 'quote': out += ['', '> ' + plain(v, True), '']
        elif k == 'box': out += ['', '> **' + plain(v) + '**', '']
        elif k == 'table':
            out.append('')
            for i, r in enumerate(v):
                out.append('| ' + ' | '.join(plain(c, True) for c in r) + ' |')
                if i == 0: out.append('|' + '---|' * len(r))
            out.append('')
        elif k == 'page': pass
        else: out += ['', plain(v, True), '']
    s = '\n'.join(out)
    s = re.sub(r'\n{3,}', '\n\n', s).strip() + '\n'
    open(path, 'w', encoding='utf-8').write(s)

# ---------- docx ----------
def add_field(par, instr):
    r = par.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r._r.append(f1)
    r2 = par.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr; r2._r.append(it)
    r3 = par.add_run(); f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate'); r3._r.append(f2)
    r4 = par.add_run('1')
    r5 = par.add_run(); f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end'); r5._r.append(f3)

def tracked(par, kind, author, text):
    _rev[0] += 1
    el = OxmlElement('w:ins' if kind == 'INS' else 'w:del')
    el.set(qn('w:id'), str(_rev[0])); el.set(qn('w:author'), author); el.set(qn('w:date'), DATE)
    r = OxmlElement('w:r')
    t = OxmlElement('w:t' if kind == 'INS' else 'w:delText')
    t.set(qn('xml:space'), 'preserve'); t.text = text
    r.append(t); el.append(r); par._p.append(el)

def hyperlink(par, url, text):
    rid = par.part.relate_to(url, docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), rid)
    r = OxmlElement('w:r'); rpr = OxmlElement('w:rPr')
    c = OxmlElement('w:color'); c.set(qn('w:val'), '0563C1'); rpr.append(c)
    u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
    r.append(rpr); t = OxmlElement('w:t'); t.set(qn('xml:space'), 'preserve'); t.text = text; r.append(t)
    h.append(r); par._p.append(h)

def inline(doc, par, text, bold=False, italic=False):
    pos = 0
    for m in TOK.finditer(text):
        if m.start() > pos:
            r = par.add_run(text[pos:m.start()]); r.bold = bold or None; r.italic = italic or None
        if m.group(3) is not None:
            r = par.add_run(m.group(3)); r.bold = True; r.italic = italic or None
        else:
            kind, rest = m.group(1), m.group(2).split('|')
            if kind == 'C':
                author, initials, ctext, anchor = rest[0], rest[1], rest[2], '|'.join(rest[3:])
                r = par.add_run(anchor); r.bold = bold or None; r.italic = italic or None
                doc.add_comment([r], text=ctext, author=author, initials=initials)
            elif kind in ('INS', 'DEL'):
                tracked(par, kind, rest[0], '|'.join(rest[1:]))
            elif kind == 'LINK':
                hyperlink(par, rest[0], '|'.join(rest[1:]))
        pos = m.end()
    if pos < len(text):
        r = par.add_run(text[pos:]); r.bold = bold or None; r.italic = italic or None

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    tcPr.append(s)

def write_docx(props, header, footer, blocks, path, styled=True, font='Arial'):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = font; st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    if header:
        hp = sec.header.paragraphs[0]; inline(doc, hp, header)
    fp = sec.footer.paragraphs[0]
    if footer:
        inline(doc, fp, footer + '    Page ')
    else:
        fp.add_run('Page ')
    add_field(fp, 'PAGE')
    for k, v in blocks:
        if k in ('h1', 'h2', 'h3'):
            if styled:
                h = doc.add_heading('', level={'h1': 1, 'h2': 2, 'h3': 3}[k]); inline(doc, h, v)
            else:
                p = doc.add_paragraph()
                inline(doc, p, v, bold=True)
                if k == 'h1':
                    for r in p.runs: r.font.size = Pt(13)
                p.paragraph_format.space_before = Pt(12)
        elif k == 'li':
            p = doc.add_paragraph(style='List Bullet'); inline(doc, p, v)
        elif k == 'quote':
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(1.2); inline(doc, p, v, italic=True)
        elif k == 'box':
            t = doc.add_table(rows=1, cols=1); t.style = 'Table Grid'
            c = t.cell(0, 0); shade(c, 'DEEAF6'); inline(doc, c.paragraphs[0], v, bold=True)
            doc.add_paragraph()
        elif k == 'table':
            ncol = max(len(r) for r in v)
            t = doc.add_table(rows=0, cols=ncol); t.style = 'Table Grid'
            for i, r in enumerate(v):
                cells = t.add_row().cells
                for j in range(ncol):
                    txt = r[j] if j < len(r) else ''
                    inline(doc, cells[j].paragraphs[0], txt, bold=(i == 0))
                    if i == 0: shade(cells[j], 'D9D9D9')
            doc.add_paragraph()
        elif k == 'page':
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            p = doc.add_paragraph(); inline(doc, p, v)
    cp = doc.core_properties
    cp.author = props.get('author', 'LCSPR Workstream')
    cp.last_modified_by = props.get('last_modified_by', cp.author)
    for key in ('title', 'subject', 'keywords', 'comments', 'category'):
        if key in props: setattr(cp, key, props[key])
    cp.created = datetime.datetime(2021, 5, 4, 9, 0); cp.modified = datetime.datetime(2021, 6, 14, 10, 0)
    cp.revision = 4
    doc.save(path)

PLAN = {  # id: (format, styled)
    'B01': ('docx', True), 'B02': ('docx', True), 'B03': ('docx', False), 'B04': ('docx', False),
    'B05': ('pdf', True), 'B06': ('pdf', False), 'B07': ('txt', None), 'B08': ('md', None),
}

if __name__ == '__main__':
    ids = sys.argv[1:] or sorted(PLAN)
    for i in ids:
        fmt, styled = PLAN[i]
        src = os.path.join(HERE, i + '.src')
        if not os.path.exists(src):
            print('missing', src); continue
        props, header, footer, blocks = parse(src)
        if fmt == 'docx':
            write_docx(props, header, footer, blocks, os.path.join(OUT, i + '.docx'), styled)
        elif fmt == 'pdf':
            d = os.path.join(HERE, i + '.docx')
            write_docx(props, header, footer, blocks, d, styled, font='Liberation Sans')
            subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, d],
                           check=True, capture_output=True)
        elif fmt == 'txt':
            write_txt(blocks, os.path.join(OUT, i + '.txt'), header, footer)
        elif fmt == 'md':
            write_md(blocks, os.path.join(OUT, i + '.md'))
        print(i, fmt, 'words~', words(blocks))
