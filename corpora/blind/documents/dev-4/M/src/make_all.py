import subprocess, os, shutil
from build import build, to_txt
os.chdir(os.path.dirname(os.path.abspath(__file__)))
OUT = '..'
build('M01.src', 'M01.docx', styled=True, header='OFFICIAL - SENSITIVE', footer='DRAFT v0.6 - not for circulation',
      props=dict(title='LCSPR Child R - draft report v0.6', subject='Child criminal exploitation and missing episodes',
                 keywords='CCE; county lines; missing; contextual safeguarding; LCSPR', category='LCSPR draft', comments='For Workstream approval'))
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, 'M01.docx'], check=True, capture_output=True)
build('M02.src', os.path.join(OUT, 'M02.docx'), styled=True,
      header='OFFICIAL - SENSITIVE | SCR Children 1-7 | Prepared by Gwendolyn Achterberg, Independent Overview Author',
      footer='DRAFT v0.4 - not for circulation', rev_author='LSCB Business Manager',
      props=dict(title='Serious Case Review: Children 1 to 7 - Overview Report', subject='SCR overview report - the Pearce children',
                 keywords='neglect; sibling group; IMR; Child in Need', category='Serious Case Review', comments='Draft for SCR Panel'))
build('M03.src', os.path.join(OUT, 'M03.docx'), styled=False, header='OFFICIAL - SENSITIVE',
      footer='DRAFT v0.3 - not for circulation', rev_author='LCSPR Workstream',
      props=dict(title='Child D LCSPR - draft 0.3', subject='LCSPR Child D - Larkspur Hall School',
                 keywords='disability; residential special school; LADO; restraint', comments='Draft for LCSPR Workstream'))
to_txt('M04.src', os.path.join(OUT, 'M04.txt'), 'caps')
build('M05.src', os.path.join(OUT, 'M05.docx'), styled=True,
      header='DRAFT v0.4 - not for circulation - prepared by Lorna McAlister-Reid', footer='OFFICIAL - SENSITIVE',
      rev_author='LCSPR Workstream',
      props=dict(title='LCSPR Child T - draft', subject='Domestic abuse and parental alcohol use',
                 keywords='Child T; Bay Sands Holiday Park; domestic abuse; alcohol; MARAC', comments='Draft for LCSPR Workstream'))
to_txt('M06.src', os.path.join(OUT, 'M06.txt'), 'setext')
