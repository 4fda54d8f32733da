"""Build K docx files from simple .src markup.
Markup: '# ' H1, '## ' H2, '- ' bullet, '| a | b |' table rows (first row header, blank line ends),
'@COMMENT author|initials|text' comments the previous paragraph, inline {+ins+} {-del-},
[text](url) hyperlinks, **bold**. '@BOX' starts a one-cell boxed table paragraph line."""
import re, sys, datetime
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.enum.text import WD_ALIGN_PARAGRAPH

TOK = re.compile(r'(\{\+.*?\+\}|\{-.*?-\}|\[[^\]]+\]\([^)]+\)|\*\*.*?\*\*)')
REV = [0]
DATE = '2019-05-20T10:00:00Z'

def add_field(par, instr):
    r = par.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r._r.append(f1)
    r2 = par.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr; r2._r.append(it)
    r3 = par.add_run(); f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end'); r3._r.append(f2)

def mkrun(text, bold=False, deleted=False):
    r = OxmlElement('w:r')
    if bold:
        rpr = OxmlElement('w:rPr'); b = OxmlElement('w:b'); rpr.append(b); r.append(rpr)
    t = OxmlElement('w:delText' if deleted else 'w:t'); t.set(qn('xml:space'), 'preserve'); t.text = text; r.append(t)
    return r

def fill(par, text, cfg, bold_all=False):
    runs = []
    for part in TOK.split(text):
        if not part: continue
        if part.startswith('{+'):
            REV[0] += 1
            ins = OxmlElement('w:ins'); ins.set(qn('w:id'), str(1000+REV[0])); ins.set(qn('w:author'), cfg['track_author']); ins.set(qn('w:date'), DATE)
            ins.append(mkrun(part[2:-2], bold_all)); par._p.append(ins)
        elif part.startswith('{-'):
            REV[0] += 1
            d = OxmlElement('w:del'); d.set(qn('w:id'), str(1000+REV[0])); d.set(qn('w:author'), cfg['track_author']); d.set(qn('w:date'), DATE)
            d.append(mkrun(part[2:-2], bold_all, deleted=True)); par._p.append(d)
        elif part.startswith('['):
            m = re.match(r'\[([^\]]+)\]\(([^)]+)\)', part)
            rid = par.part.relate_to(m.group(2), 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', is_external=True)
            h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), rid)
            r = mkrun(m.group(1), bold_all)
            rpr = r.find(qn('w:rPr'))
            if rpr is None:
                rpr = OxmlElement('w:rPr'); r.insert(0, rpr)
            u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
            c = OxmlElement('w:color'); c.set(qn('w:val'), '0563C1'); rpr.append(c)
            h.append(r); par._p.append(h)
        elif part.startswith('**'):
            runs.append(par.add_run(part[2:-2])); runs[-1].bold = True
        else:
            runs.append(par.add_run(part)); runs[-1].bold = bold_all or None
    return runs

def build(src, out, cfg):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = cfg.get('font', 'Arial'); st.font.size = Pt(11)
    cp = doc.core_properties
    for k, v in cfg['props'].items(): setattr(cp, k, v)
    cp.author = cfg['props'].get('author', 'LCSPR Workstream'); cp.last_modified_by = cfg.get('lmb', 'LCSPR Workstream')
    cp.created = datetime.datetime(2019, 5, 1); cp.modified = datetime.datetime(2019, 5, 20); cp.revision = 4
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; fill(hp, cfg['header'], cfg); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]; fill(fp, cfg['footer'] + '   Page ', cfg); add_field(fp, 'PAGE'); fp.add_run(' of '); add_field(fp, 'NUMPAGES')
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    styled = cfg['styled']
    lines = open(src, encoding='utf-8').read().split('\n')
    last_runs = None; table_rows = []
    def flush_table():
        nonlocal table_rows, last_runs
        if not table_rows: return
        ncol = len(table_rows[0])
        t = doc.add_table(rows=len(table_rows), cols=ncol); t.style = 'Table Grid'
        for i, row in enumerate(table_rows):
            for j in range(ncol):
                cell = t.cell(i, j); p = cell.paragraphs[0]
                last_runs = fill(p, row[j] if j < len(row) else '', cfg, bold_all=(i == 0)) or last_runs
        doc.add_paragraph()
        table_rows = []
    good_runs = None
    for line in lines:
        if last_runs: good_runs = last_runs
        if line.startswith('|'):
            table_rows.append([c.strip() for c in line.strip().strip('|').split('|')]); continue
        flush_table()
        if not line.strip(): continue
        if line.startswith('@COMMENT '):
            a, i, txt = line[9:].split('|', 2)
            doc.add_comment(last_runs or good_runs, text=txt, author=a, initials=i); continue
        if line.startswith('@BOX '):
            t = doc.add_table(rows=1, cols=1); t.style = 'Table Grid'
            last_runs = fill(t.cell(0, 0).paragraphs[0], line[5:], cfg); doc.add_paragraph(); continue
        if line.startswith('@TITLE '):
            p = doc.add_paragraph(); r = p.add_run(line[7:]); r.bold = True; r.font.size = Pt(18); last_runs = [r]; continue
        if line.startswith('## ') or line.startswith('# '):
            lvl = 1 if line.startswith('# ') else 2
            txt = line[lvl+1:]
            if styled:
                p = doc.add_heading('', level=lvl); last_runs = fill(p, txt, cfg)
            else:
                p = doc.add_paragraph(); last_runs = fill(p, txt, cfg, bold_all=True)
                if lvl == 1:
                    for r in last_runs: r.font.size = Pt(13)
            continue
        if line.startswith('- '):
            p = doc.add_paragraph(style='List Bullet') if styled else doc.add_paragraph()
            last_runs = fill(p, line[2:] if styled else '\u2022 ' + line[2:], cfg); continue
        p = doc.add_paragraph(); last_runs = fill(p, line, cfg)
    flush_table()
    doc.save(out)

CFG = {
 'K01': dict(styled=True, header='OFFICIAL - SENSITIVE   |   DRAFT v0.4 - not for circulation   |   Prepared by Dr Ruth Okonkwo-Hale', footer='Carrowmere City Safeguarding Children Partnership - Serious Case Review Child R', track_author='SCR Panel Chair',
   props=dict(title='Serious Case Review: Child R - Overview Report', subject='Serious Case Review overview report (SCIE Learning Together)', keywords='SCR; Child R; neglect; learning together; Hollybank Family Hub', comments='Draft for SCR panel, v0.4', category='Serious Case Review')),
 'K02': dict(styled=False, header='OFFICIAL - SENSITIVE', footer='DRAFT v0.2 - not for circulation', track_author='LCSPR Workstream',
   props=dict(title='Serious Case Review: Baby T', subject='SCR overview report - draft', keywords='SCR; Baby T; infant injury', comments='Draft for workstream', category='Serious Case Review')),
 'K03': dict(styled=True, header='OFFICIAL', footer='Carrowmere CSCP Learning Briefing', track_author='LCSPR Workstream',
   props=dict(title='Learning Briefing: Child J', subject='Seven minute briefing', keywords='learning briefing; Child J; exploitation', comments='', category='Learning briefing')),
 'K05': dict(styled=True, header='OFFICIAL - SENSITIVE   DRAFT v0.3', footer='LCSPR Child M - draft for Case Review Group - case number CR-2019-0412', track_author='Designated Nurse',
   props=dict(title='Local Child Safeguarding Practice Review: Child M', subject='LCSPR draft report - Child M', keywords='LCSPR; Child M; Yasmin Haddad-Price; adolescent neglect', comments='Draft 0.3 for CRG', category='LCSPR')),
}
if __name__ == '__main__':
    import os
    here = os.path.dirname(os.path.abspath(__file__)); top = os.path.dirname(here)
    for name in sys.argv[1:]:
        out = os.path.join(here if name == 'K03' else top, name + '.docx')
        build(os.path.join(here, name + '.src'), out, CFG[name])
        print('built', out)
