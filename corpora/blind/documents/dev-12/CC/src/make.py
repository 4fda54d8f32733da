import subprocess, shutil, os
from build import build
H = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(H)
build(f'{H}/CC02.src', f'{OUT}/CC02.docx', 'underline_numbered',
      dict(title='Serious Case Review - Child H - Overview Report', subject='SCR Child H (methadone ingestion)',
           keywords='SCR; substance misuse; safe storage; Castleport', author='LSCB SCR Panel', last_modified_by='LSCB SCR Panel',
           category='Serious Case Review', comments='Draft for SCR Panel'),
      header='OFFICIAL - SENSITIVE     DRAFT v0.4 - not for circulation', footer='Castleport LSCB - SCR Child H')
build(f'{H}/CC03.src', f'{OUT}/CC03.docx', 'styled',
      dict(title='LCSPR Leah - draft report', subject='Review of Leah - withdrawal from Harbour View Academy',
           keywords='LCSPR; elective home education; EHE; CAMHS', author='LCSPR Workstream', last_modified_by='LCSPR Workstream',
           category='LCSPR'),
      header='OFFICIAL - SENSITIVE | LCSPR: Leah | DRAFT v0.4', footer='Estmere and Castleport Safeguarding Children Partnership')
build(f'{H}/CC04.src', f'{OUT}/CC04.docx', 'bold',
      dict(title='Baby R - short LCSPR', subject='SUDI - short review following Rapid Review',
           keywords='SUDI; safer sleep; Ionescu; Dunmere-on-Sea', author='Case Review Workstream', last_modified_by='Case Review Workstream',
           caps=True),
      header='OFFICIAL - SENSITIVE | Baby R | Hospital no. RHC-0448217', footer='DRAFT 2 - not for circulation')
build(f'{H}/CC05.src', f'{H}/CC05.docx', 'styled',
      dict(title='LCSPR Kai - draft v0.4', subject='Child criminal exploitation - contextual safeguarding',
           keywords='CCE; contextual safeguarding; MACE', author='LCSPR Workstream', last_modified_by='LCSPR Workstream'),
      header='OFFICIAL - SENSITIVE | DRAFT v0.4 - not for circulation | LCSPR Kai', footer='Lead reviewer: Dr Miriam Achterberg-Lowe')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, f'{H}/CC05.docx'], check=True)
