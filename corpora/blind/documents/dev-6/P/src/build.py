"""Build P01/P02/P03/P05 .docx from the simple markup sources in src/, copy P04/P06, convert P03 to pdf."""
import re, sys, shutil, subprocess, datetime, json, os
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.opc.constants import RELATIONSHIP_TYPE as RT

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
_id = [900]
def nid():
    _id[0] += 1; return str(_id[0])

TOK = re.compile(r'(\*\*.+?\*\*|\[\[DEL:.+?\]\]|\[\[INS:.+?\]\]|\[\[C:[^\]]+\]\].+?\[\[/C\]\]|\[\[L:[^|\]]+\|.+?\]\])')

def mk_run_el(text, deleted=False, bold=False):
    r = OxmlElement('w:r')
    if bold:
        rpr = OxmlElement('w:rPr'); b = OxmlElement('w:b'); rpr.append(b); r.append(rpr)
    t = OxmlElement('w:delText' if deleted else 'w:t')
    t.set(qn('xml:space'), 'preserve'); t.text = text; r.append(t)
    return r

def add_inline(doc, p, text, cfg, bold_all=False):
    for part in TOK.split(text):
        if not part: continue
        if part.startswith('**') and part.endswith('**'):
            p.add_run(part[2:-2]).bold = True
        elif part.startswith('[[DEL:'):
            el = OxmlElement('w:del'); el.set(qn('w:id'), nid()); el.set(qn('w:author'), cfg['track_author'])
            el.set(qn('w:date'), cfg['track_date']); el.append(mk_run_el(part[6:-2], deleted=True, bold=bold_all)); p._p.append(el)
        elif part.startswith('[[INS:'):
            el = OxmlElement('w:ins'); el.set(qn('w:id'), nid()); el.set(qn('w:author'), cfg['track_author'])
            el.set(qn('w:date'), cfg['track_date']); el.append(mk_run_el(part[6:-2], bold=bold_all)); p._p.append(el)
        elif part.startswith('[[C:'):
            m = re.match(r'\[\[C:([^|]+)\|([^|]+)\|([^\]]+)\]\](.+?)\[\[/C\]\]', part)
            author, initials, ctext, anchor = m.groups()
            run = p.add_run(anchor); run.bold = bold_all or None
            doc.add_comment(run, text=ctext, author=author, initials=initials)
        elif part.startswith('[[L:'):
            m = re.match(r'\[\[L:([^|\]]+)\|(.+?)\]\]', part)
            url, ltext = m.groups()
            rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
            h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), rid)
            r = OxmlElement('w:r'); rpr = OxmlElement('w:rPr')
            c = OxmlElement('w:color'); c.set(qn('w:val'), '0563C1'); rpr.append(c)
            u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u); r.append(rpr)
            t = OxmlElement('w:t'); t.set(qn('xml:space'), 'preserve'); t.text = ltext; r.append(t); h.append(r)
            p._p.append(h)
        else:
            run = p.add_run(part)
            if bold_all: run.bold = True

def add_field(par, instr):
    f = OxmlElement('w:fldSimple'); f.set(qn('w:instr'), instr)
    r = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = '1'; r.append(t); f.append(r); par._p.append(f)

def hf(doc, cfg):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; add_inline(doc, hp, cfg['header'], cfg)
    fp = sec.footer.paragraphs[0]; add_inline(doc, fp, cfg['footer'] + ' page ', cfg); add_field(fp, 'PAGE')
    if cfg.get('footer_of'):
        fp.add_run(' of '); add_field(fp, 'NUMPAGES')

def table(doc, rows, cfg):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=0, cols=ncol); t.style = 'Table Grid'
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for j in range(ncol):
            txt = r[j] if j < len(r) else ''
            p = cells[j].paragraphs[0]; add_inline(doc, p, txt, cfg, bold_all=(i == 0))

def box(doc, text, cfg):
    t = doc.add_table(rows=1, cols=1); t.style = 'Table Grid'
    p = t.rows[0].cells[0].paragraphs[0]; add_inline(doc, p, text, cfg)

def build(name, cfg):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = cfg.get('font', 'Arial'); st.font.size = Pt(11)
    cp = doc.core_properties
    for k, v in cfg['props'].items(): setattr(cp, k, v)
    cp.created = datetime.datetime(*cfg['created']); cp.modified = datetime.datetime(*cfg['created'])
    cp.revision = 4
    hf(doc, cfg)
    lines = open(os.path.join(SRC, name + '.src.txt'), encoding='utf-8').read().split('\n')
    trows = []
    def flush():
        if trows: table(doc, [r[:] for r in trows], cfg); trows.clear()
    for ln in lines:
        if ln.startswith('|'):
            trows.append([c.strip() for c in ln.strip().strip('|').split('|')]); continue
        flush()
        if not ln.strip(): continue
        if ln.startswith('# ') or ln.startswith('## '):
            lvl = 1 if ln.startswith('# ') else 2; txt = ln.split(' ', 1)[1]
            if cfg['styled']:
                p = doc.add_paragraph(style='Heading %d' % lvl); add_inline(doc, p, txt, cfg)
            else:
                p = doc.add_paragraph(); add_inline(doc, p, txt, cfg, bold_all=True)
                if lvl == 1:
                    for r in p.runs: r.font.size = Pt(13)
        elif ln.startswith('TITLE '):
            p = doc.add_paragraph(style='Title') if cfg['styled'] else doc.add_paragraph()
            add_inline(doc, p, ln[6:], cfg, bold_all=not cfg['styled'])
            if not cfg['styled']:
                for r in p.runs: r.font.size = Pt(18)
        elif ln.startswith('- '):
            p = doc.add_paragraph(style='List Bullet'); add_inline(doc, p, ln[2:], cfg)
        elif ln.startswith('!! '):
            box(doc, ln[3:], cfg)
        elif ln.startswith('> '):
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Pt(28)
            add_inline(doc, p, ln[2:], cfg)
            for r in p.runs: r.italic = True
        elif ln.strip() == '=PAGEBREAK=':
            doc.add_page_break()
        else:
            p = doc.add_paragraph(); add_inline(doc, p, ln, cfg)
    flush()
    path = os.path.join(SRC if cfg.get('to_pdf') else OUT, name + '.docx')
    doc.save(path)
    Document(path)  # re-open check
    return path

CFG = json.load(open(os.path.join(SRC, 'config.json'), encoding='utf-8'))
for name, cfg in CFG.items():
    path = build(name, cfg)
    print('built', path)
    if cfg.get('to_pdf'):
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, path], check=True)
for n, ext in (('P04', 'txt'), ('P06', 'md')):
    s = os.path.join(SRC, f'{n}.src.{ext}')
    if os.path.exists(s): shutil.copy(s, os.path.join(OUT, f'{n}.{ext}'))
