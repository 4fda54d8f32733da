"""Build Z01-Z04 .docx (Z04 -> pdf via LibreOffice) from the mini-markup sources in this folder.
Markup: '# ' H1, '## ' H2, '- ' bullet, 'TABLE' then 'a | b | c' rows until blank line,
inline {+ins+} {-del-} (tracked changes), [text](url) hyperlinks,
'@comment SUBSTRING || AUTHOR || INITIALS || TEXT' attaches a comment to the paragraph containing SUBSTRING.
Unstyled mode: headings become bold (H1, caps) / bold-underlined (H2) Normal paragraphs."""
import re, sys, shutil, subprocess, os, datetime
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
REV_ID = [100]
DATE = "2025-01-01T09:00:00Z"

def nid():
    REV_ID[0] += 1
    return str(REV_ID[0])

def add_text_run(p, text, bold=False):
    r = p.add_run(text)
    r.bold = bold or None
    return r

def mk_run_el(text, deleted=False):
    r = OxmlElement('w:r')
    t = OxmlElement('w:delText' if deleted else 'w:t')
    t.set(qn('xml:space'), 'preserve')
    t.text = text
    r.append(t)
    return r

def add_hyperlink(p, text, url):
    rid = p.part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True)
    h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), rid)
    r = OxmlElement('w:r'); rpr = OxmlElement('w:rPr')
    st = OxmlElement('w:rStyle'); st.set(qn('w:val'), 'Hyperlink'); rpr.append(st)
    u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
    c = OxmlElement('w:color'); c.set(qn('w:val'), '0563C1'); rpr.append(c)
    r.append(rpr)
    t = OxmlElement('w:t'); t.set(qn('xml:space'), 'preserve'); t.text = text; r.append(t)
    h.append(r); p._p.append(h)

TOKEN = re.compile(r'(\{\+.*?\+\}|\{-.*?-\}|\[[^\]]+\]\([^)]+\)|\*\*.*?\*\*)')

def fill(p, text, author):
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith('{+'):
            ins = OxmlElement('w:ins'); ins.set(qn('w:id'), nid()); ins.set(qn('w:author'), author); ins.set(qn('w:date'), DATE)
            ins.append(mk_run_el(part[2:-2])); p._p.append(ins)
        elif part.startswith('{-'):
            d = OxmlElement('w:del'); d.set(qn('w:id'), nid()); d.set(qn('w:author'), author); d.set(qn('w:date'), DATE)
            d.append(mk_run_el(part[2:-2], deleted=True)); p._p.append(d)
        elif part.startswith('[') and '](' in part:
            m = re.match(r'\[([^\]]+)\]\(([^)]+)\)', part)
            add_hyperlink(p, m.group(1), m.group(2))
        elif part.startswith('**'):
            add_text_run(p, part[2:-2], bold=True)
        else:
            add_text_run(p, part)

def add_field(p, instr):
    r = p.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r._r.append(f1)
    r2 = p.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr; r2._r.append(it)
    r3 = p.add_run(); f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end'); r3._r.append(f2)

def build(cfg):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = cfg.get('font', 'Arial'); st.font.size = Pt(11)
    cp = doc.core_properties
    for k, v in cfg['props'].items():
        setattr(cp, k, v)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = cfg['header']; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]; fp.text = cfg['footer'] + '   Page '; add_field(fp, 'PAGE'); fp.add_run(' of '); add_field(fp, 'NUMPAGES')
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    styled = cfg['styled']; track_author = cfg.get('track_author', 'LCSPR Workstream')
    lines = open(os.path.join(HERE, cfg['src']), encoding='utf-8').read().split('\n')
    comments = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith('@comment '):
            comments.append([x.strip() for x in ln[9:].split('||')]); i += 1; continue
        if ln.strip() == 'TABLE':
            rows = []
            i += 1
            while i < len(lines) and lines[i].strip() and '|' in lines[i] and not lines[i].startswith('@'):
                rows.append([c.strip() for c in lines[i].split('|')]); i += 1
            t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for ri, row in enumerate(rows):
                for ci, cell in enumerate(row):
                    c = t.cell(ri, ci); c.paragraphs[0].text = ''
                    fill(c.paragraphs[0], cell, track_author)
                    if ri == 0:
                        for r in c.paragraphs[0].runs: r.bold = True
            doc.add_paragraph()
            continue
        if not ln.strip():
            i += 1; continue
        if ln.startswith('## '):
            if styled:
                doc.add_heading(ln[3:], level=2)
            else:
                p = doc.add_paragraph(); r = p.add_run(ln[3:]); r.bold = True; r.underline = True
        elif ln.startswith('# '):
            if styled:
                doc.add_heading(ln[2:], level=1)
            else:
                p = doc.add_paragraph(); r = p.add_run(ln[2:].upper()); r.bold = True
        elif ln.startswith('TITLE '):
            p = doc.add_paragraph(); r = p.add_run(ln[6:]); r.bold = True; r.font.size = Pt(18); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif ln.startswith('- '):
            p = doc.add_paragraph(style='List Bullet'); fill(p, ln[2:], track_author)
        else:
            p = doc.add_paragraph(); fill(p, ln, track_author)
        i += 1
    for sub, author, initials, text in comments:
        target = None
        for p in doc.paragraphs:
            if sub in p.text:
                target = p; break
        if target is None:
            for t in doc.tables:
                for row in t.rows:
                    for c in row.cells:
                        for p in c.paragraphs:
                            if sub in p.text and target is None: target = p
        assert target is not None and target.runs, (cfg['name'], sub)
        doc.add_comment(target.runs, text=text, author=author, initials=initials)
    path = os.path.join(HERE if cfg.get('pdf') else OUT, cfg['name'] + '.docx')
    doc.save(path)
    Document(path)  # re-read check
    if cfg.get('pdf'):
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, path], check=True, capture_output=True)
    print('built', path)

NONAME = dict(author='LCSPR Workstream', last_modified_by='LCSPR Workstream')
CFGS = [
 dict(name='Z01', src='Z01.src', styled=True, track_author='Workstream Reviewer',
      header='OFFICIAL - SENSITIVE    Ref: MCSCP/DHR 22-031',
      footer='DRAFT v0.4 - not for circulation',
      props=dict(title='Joint Local Child Safeguarding Practice Review and Domestic Homicide Review: Child R',
                 subject='Joint LCSPR / DHR overview report', keywords='LCSPR; DHR; parental mental illness; Marlbridge',
                 category='Statutory review', comments='Draft for joint workstream', **NONAME)),
 dict(name='Z02', src='Z02.src', styled=True, track_author='Business Manager',
      header='OFFICIAL - SENSITIVE | Child Safeguarding Practice Review: "Kian"',
      footer='Marlbridgeshire Safeguarding Children Partnership - DRAFT v0.6 for Case Review Group',
      props=dict(title='LCSPR: Kian - a child in care placed out of area', subject='Local Child Safeguarding Practice Review',
                 keywords='child in care; missing; unregistered placement; out of area', category='LCSPR', comments='Version for workstream comment', **NONAME)),
 dict(name='Z03', src='Z03.src', styled=False, track_author='LSCB Business Unit', font='Times New Roman',
      header='CONFIDENTIAL - SERIOUS CASE REVIEW OVERVIEW REPORT - CHILD F',
      footer='Marlbridge LSCB - Draft 3 for SCR Panel',
      props=dict(title='Serious Case Review Overview Report - Child F', subject='Serious Case Review',
                 keywords='SCR; fabricated or induced illness; overview report', category='SCR', comments='Draft 3',
                 author='Bernadette Okonkwo-Reid', last_modified_by='LSCB Business Unit')),
 dict(name='Z04', src='Z04.src', styled=True, pdf=True,
      header='Concise Child Practice Review - Baby T - Marlbridge City SCP',
      footer='Prepared by Tomasz Wisniewski, Independent Reviewer - Draft 2',
      props=dict(title='Concise review: Baby T', subject='LCSPR (concise child practice review model)',
                 keywords='pre-birth; previous children removed; concise review', category='LCSPR', comments='', **NONAME)),
]
if __name__ == '__main__':
    only = sys.argv[1:]
    for c in CFGS:
        if not only or c['name'] in only:
            build(c)
