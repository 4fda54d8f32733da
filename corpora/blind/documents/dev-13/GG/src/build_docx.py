import build_lib as b
from docx import Document
jobs = {
 'GG01': dict(styled=True, header='OFFICIAL - SENSITIVE', footer='LCSPR "Ellis" - DRAFT v0.4 - not for circulation',
   props=dict(title='LCSPR Ellis - draft overview report', subject='Local Child Safeguarding Practice Review',
              keywords='LCSPR; disability; residential care; restraint; Learning Together', category='Draft report', comments='Draft for Workstream')),
 'GG02': dict(styled=False, header='OFFICIAL - SENSITIVE', footer='Baby N LCSPR - DRAFT v0.3 - not for circulation',
   props=dict(title='Baby N - LCSPR draft', subject='Sudden unexpected death in infancy - systems-informed review',
              keywords='SUDI; safer sleep; co-sleeping; LCSPR', category='Draft report', comments='Draft for Case Review Workstream')),
 'GG03': dict(styled=True, header='OFFICIAL - SENSITIVE     Ref NSCP/LCSPR/21-037', footer='Kai LCSPR - DRAFT v0.6 - not for circulation',
   props=dict(title='LCSPR Kai - overview report draft', subject='LCSPR - Kyrie Baptiste-Holloway',
              keywords='county lines; CCE; missing; NRM; exclusion', category='Draft report',
              comments='Version for Workstream comments')),
 'GG06': dict(styled=True, header='OFFICIAL - SENSITIVE', footer='SCR Child R - DRAFT v0.5 - not for circulation. Queries: 01632 960 418',
   props=dict(title='Serious Case Review Child R - draft overview report', subject='Serious Case Review',
              keywords='neglect; interpreter; Learning Together; SCR', category='Draft report',
              author='Siobhan Faherty', last_modified_by='LSCB Business Unit', comments='Draft for SCR Sub-Committee')),
}
import sys
for name in sys.argv[1:]:
    j = jobs[name]
    out = f'{name}.docx'
    b.build(f'{name}.txt', out, j['styled'], j['header'], j['footer'], j['props'])
    d = Document(out); print(name, 'ok', len(d.paragraphs), 'paras', len(d.tables), 'tables', b.plain_words(f'{name}.txt'), 'words')
