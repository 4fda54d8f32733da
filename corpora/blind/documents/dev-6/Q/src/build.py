import sys, os, subprocess, re
sys.path.insert(0, os.path.dirname(__file__))
import mdocx
from docx import Document
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
base_props = dict(author='LCSPR Workstream', last_modified_by='LCSPR Workstream', category='Safeguarding practice review')
CFG = {
 'Q01': dict(styled=True, header='OFFICIAL - SENSITIVE', footer='DRAFT v0.4 - not for circulation', pdf=True,
   props=dict(base_props, title='LCSPR Child M - draft report', subject='Local Child Safeguarding Practice Review following rapid review',
              keywords='LCSPR; neglect; rapid review; Brackenshire', comments='Draft for workstream approval', last_modified_by='BSCP Business Unit'),
   comments={}),
 'Q02': dict(styled=True, header='OFFICIAL - SENSITIVE - JOINT REVIEW', footer='DRAFT v0.6 - not for circulation', pdf=False,
   props=dict(base_props, author='Bernadette Okonkwo-Hale', title='Joint LCSPR Child R', subject='Joint review: Brackenshire and Carrowshire',
              keywords='cross-boundary; transfer-in; physical abuse; joint review', comments='Panel draft'),
   rev_author='LCSPR Workstream', rev_date='2025-01-14T11:20:00Z',
   comments={'c1': ('Gethin Pryce-Jones', 'GPJ', 'Can we check this against the CP-IS log before panel? Farah Siddiqui in the Carrowshire IRO service holds the original timings.')}),
 'Q03': dict(styled=False, font='Calibri', header='OFFICIAL - SENSITIVE', footer='DRAFT v0.3 - prepared by Declan Ó Briain, Independent Reviewer - not for circulation', pdf=False,
   props=dict(base_props, title='CSPR Child J draft', subject='Extra-familial harm', keywords='CCE; MACE; missing; exclusion', comments='For workstream comment'),
   comments={'c1': ('Priya Raghunathan-Lowe', 'PRL', "I've replaced Jayden with Child J throughout - can someone double-check the appendices and the links?")}),
 'Q05': dict(styled=True, header='OFFICIAL - SENSITIVE', footer='DRAFT v0.3 - not for circulation', pdf=False,
   props=dict(base_props, title='LCSPR Baby T', subject='Sudden unexpected death in infancy', keywords='SUDI; safer sleep; Out of Routine', comments='Workstream draft'),
   rev_author='Designated Nurse (ICB)', rev_date='2025-03-03T09:05:00Z',
   comments={'c1': ('Workstream Chair', 'WC', 'Is the vacancy figure for the whole team? Please confirm with the provider before this goes to the Executive.'),
             'c2': ('Designated Nurse (ICB)', 'DN', 'Agree this is a system issue. Suggest we cross-refer to the maternity audit.')}),
 'Q06': dict(styled=True, header='OFFICIAL - SENSITIVE | Case number 55810-B', footer='DRAFT v0.5 - not for circulation', pdf=True,
   props=dict(base_props, title='LCSPR Child S - learning review', subject='Local Child Safeguarding Practice Review', keywords='learning points; head injury; domestic abuse', comments='Draft'),
   comments={}),
}
for name, cfg in CFG.items():
    src = open(os.path.join(HERE, name + '_src.txt'), encoding='utf-8').read()
    docx_path = os.path.join(HERE if cfg['pdf'] else OUT, name + '.docx')
    import datetime
    cfg['props'].setdefault('created', datetime.datetime(2025, 1, 6, 9, 0))
    cfg['props'].setdefault('modified', datetime.datetime(2025, 3, 10, 14, 30))
    mdocx.build(src, docx_path, cfg)
    d = Document(docx_path)
    words = sum(len(p.text.split()) for p in d.paragraphs) + sum(len(c.text.split()) for t in d.tables for r in t.rows for c in r.cells)
    print(name, docx_path, 'words~', words, 'props author', d.core_properties.author)
    if cfg['pdf']:
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx_path], check=True, capture_output=True)
        print('  pdf ->', os.path.join(OUT, name + '.pdf'))
