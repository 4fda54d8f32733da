import sys; sys.path.insert(0, '.')
from build import build
build('L01.src', '../L01.docx', False, 'OFFICIAL - SENSITIVE    Case number CS-23-04417', 'DRAFT v0.6 - not for circulation',
      dict(title='Joint LCSPR and DHR: Child P and Adult F', subject='Joint review draft v0.6', keywords='LCSPR; DHR; domestic abuse; 14 Millbrook Close', category='Case review'))
build('L02.src', '../L02.docx', True, 'OFFICIAL - SENSITIVE', 'DRAFT v0.4 - not for circulation. Queries to f.brennan-clarke@ouseland-scp.org.uk',
      dict(title='LCSPR Child M - draft v0.4', subject='Non-accidental injury; male carers', keywords='LCSPR; NAI; bruising; ICON', comments='Source data: LCS extract, file 4471902'))
build('L04.src', 'L04.docx', True, 'OFFICIAL - SENSITIVE', 'Draft v0.3 for workstream comment',
      dict(title='CSPR Child R concise review', subject='Neglect', keywords='neglect; GCP2; was not brought'))
build('L06.src', '../L06.docx', True, 'OFFICIAL - SENSITIVE | case number 24-11762', 'DRAFT v0.2 - not for circulation',
      dict(title='LCSPR Child J - first draft', subject='Tyreece Campbell-Mensah', keywords='CCE; exploitation; exclusion; missing'))
print('built')
