"""Build writer-E drafts from a light markup into .docx (and optionally PDF)."""
import re, sys, json, subprocess, datetime
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import docx.opc.constants as C

TOKEN = re.compile(r'(\*\*.+?\*\*|<<c:\w+>>.+?<</c>>|<<ins>>.+?<</ins>>|<<del>>.+?<</del>>|<<a \S+>>.+?<</a>>|\*[^*]+?\*)')
_rev = [100]

def _next_id():
    _rev[0] += 1
    return str(_rev[0])

def add_field(par, instr):
    r = par.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate'); r3._r.append(f2)
    r4 = par.add_run('1')
    r5 = par.add_run()
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end'); r5._r.append(f3)

def track(par, text, kind, author, date):
    el = OxmlElement('w:ins' if kind == 'ins' else 'w:del')
    el.set(qn('w:id'), _next_id()); el.set(qn('w:author'), author); el.set(qn('w:date'), date)
    r = OxmlElement('w:r')
    t = OxmlElement('w:t' if kind == 'ins' else 'w:delText')
    t.set(qn('xml:space'), 'preserve'); t.text = text
    r.append(t); el.append(r); par._p.append(el)

def hyperlink(par, url, text):
    rid = par.part.relate_to(url, C.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), rid)
    r = OxmlElement('w:r'); rpr = OxmlElement('w:rPr')
    col = OxmlElement('w:color'); col.set(qn('w:val'), '0563C1'); rpr.append(col)
    u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
    r.append(rpr)
    t = OxmlElement('w:t'); t.set(qn('xml:space'), 'preserve'); t.text = text; r.append(t)
    h.append(r); par._p.append(h)

def inline(doc, par, text, cfg, bold=False):
    for tok in TOKEN.split(text):
        if not tok:
            continue
        if tok.startswith('**') and tok.endswith('**') and len(tok) > 4:
            r = par.add_run(tok[2:-2]); r.bold = True
        elif tok.startswith('<<c:'):
            m = re.match(r'<<c:(\w+)>>(.+?)<</c>>', tok)
            r = par.add_run(m.group(2)); r.bold = bold or None
            c = cfg['cmap'][m.group(1)]
            doc.add_comment(r, text=c['text'], author=c['author'], initials=c['initials'])
        elif tok.startswith('<<ins>>'):
            track(par, tok[7:-8], 'ins', cfg.get('track_author', 'LCSPR Workstream'), cfg.get('track_date', '2024-01-01T09:00:00Z'))
        elif tok.startswith('<<del>>'):
            track(par, tok[7:-8], 'del', cfg.get('track_author', 'LCSPR Workstream'), cfg.get('track_date', '2024-01-01T09:00:00Z'))
        elif tok.startswith('<<a '):
            m = re.match(r'<<a (\S+)>>(.+?)<</a>>', tok)
            hyperlink(par, m.group(1), m.group(2))
        elif tok.startswith('*') and tok.endswith('*') and len(tok) > 2:
            r = par.add_run(tok[1:-1]); r.italic = True; r.bold = bold or None
        else:
            r = par.add_run(tok); r.bold = bold or None

def build(src, out, cfg):
    doc = Document()
    styled = cfg.get('styled', True)
    st = doc.styles['Normal']; st.font.name = cfg.get('font', 'Arial'); st.font.size = Pt(11)
    sec = doc.sections[0]
    if cfg.get('header'):
        hp = sec.header.paragraphs[0]; inline(doc, hp, cfg['header'], cfg); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if cfg.get('footer'):
        fp.add_run(cfg['footer'] + '    ')
    fp.add_run('Page '); add_field(fp, 'PAGE'); fp.add_run(' of '); add_field(fp, 'NUMPAGES')
    cp = doc.core_properties
    for k in ('title', 'subject', 'keywords', 'comments', 'category'):
        if k in cfg:
            setattr(cp, k, cfg[k])
    cp.author = cfg.get('author', 'LCSPR Workstream')
    cp.last_modified_by = cfg.get('last_modified_by', 'LCSPR Workstream')
    cp.revision = cfg.get('revision', 4)
    if cfg.get('created'):
        dt = datetime.datetime.fromisoformat(cfg['created'])
        cp.created = dt; cp.modified = dt + datetime.timedelta(days=20)
    lines = open(src, encoding='utf-8').read().split('\n')
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if not line.strip():
            i += 1; continue
        if line.startswith('|'):
            rows = []
            while i < len(lines) and lines[i].startswith('|'):
                rows.append([c.strip() for c in lines[i].strip().strip('|').split('|')]); i += 1
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol); t.style = 'Table Grid'
            for ri, row in enumerate(rows):
                for ci in range(ncol):
                    cell = t.cell(ri, ci); p = cell.paragraphs[0]
                    inline(doc, p, row[ci] if ci < len(row) else '', cfg, bold=(ri == 0))
            doc.add_paragraph()
            continue
        if line == '%PAGEBREAK':
            doc.add_page_break(); i += 1; continue
        if line.startswith('%TITLE '):
            txt = line[7:]
            if styled:
                p = doc.add_paragraph(style='Title'); inline(doc, p, txt, cfg)
            else:
                p = doc.add_paragraph(); r = p.add_run(txt); r.bold = True; r.font.size = Pt(18)
            i += 1; continue
        m = re.match(r'(#{1,3}) (.*)', line)
        if m:
            lvl = len(m.group(1)); txt = m.group(2)
            if styled:
                p = doc.add_paragraph(style=f'Heading {lvl}'); inline(doc, p, txt, cfg)
            else:
                p = doc.add_paragraph()
                inline(doc, p, txt, cfg, bold=True)
                for r in p.runs:
                    r.font.size = Pt(13 if lvl == 1 else 11)
                    if cfg.get('unstyled_caps') and lvl == 1:
                        pass
            i += 1; continue
        if line.startswith('- '):
            p = doc.add_paragraph(style='List Bullet') if styled else doc.add_paragraph()
            inline(doc, p, line[2:] if styled else '\u2022 ' + line[2:], cfg)
            i += 1; continue
        if line.startswith('> '):
            p = doc.add_paragraph(style='Quote') if styled else doc.add_paragraph()
            if not styled:
                p.paragraph_format.left_indent = Pt(28)
            inline(doc, p, line[2:], cfg)
            i += 1; continue
        p = doc.add_paragraph(); inline(doc, p, line, cfg)
        i += 1
    doc.save(out)
    return out

def to_pdf(docx_path, outdir):
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', outdir, docx_path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
