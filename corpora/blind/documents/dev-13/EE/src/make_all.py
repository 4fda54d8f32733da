import os, subprocess, shutil
import build
H = build.HERE; O = build.OUT
def src(n): return os.path.join(H, n + '.src')

build.build_docx(src('EE01'), os.path.join(O, 'EE01.docx'), styled=False,
    props=dict(title='Serious Case Review - Child W - Overview Report', subject='Castlebridge Safeguarding Children Board - Serious Case Review',
               keywords='SCR; neglect; Child W; overview report', category='SCR', author='LSCB Business Unit', last_modified_by='LSCB Business Unit',
               underline_h2=True),
    header='OFFICIAL - SENSITIVE', footer='DRAFT v3 - not for circulation')

build.build_docx(src('EE02'), os.path.join(O, 'EE02.docx'), styled=True,
    props=dict(title='SCR Child F - Overview Report (Draft 2)', subject='Northmoor LSCB Serious Case Review',
               keywords='SCR; exploitation; missing; exclusion', comments='Draft following Panel 4 - K Wisniewski',
               author='Northmoor LSCB', last_modified_by='Northmoor LSCB'),
    header='RESTRICTED - SCR Child F', footer='Draft 2 - Panel members only')

build.build_docx(src('EE03'), os.path.join(H, 'EE03.docx'), styled=True,
    props=dict(title='Serious Case Review - Baby H', subject='Halden and Rye LSCB', keywords='SCR; physical abuse; infant',
               author='LSCB Office', last_modified_by='LSCB Office'),
    header='CONFIDENTIAL - Baby H SCR', footer='Draft for SCR Panel')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', O, os.path.join(H, 'EE03.docx')], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

build.build_txt(src('EE04'), os.path.join(O, 'EE04.txt'))

build.build_docx(src('EE05'), os.path.join(O, 'EE05.docx'), styled=True,
    props=dict(title='SCR Child L - Overview Report v0.4', subject='Wexcombe LSCB Serious Case Review',
               keywords='SCR; Child L; Lacey-Mae Horrocks; head injury; new partner', category='Serious Case Review',
               author='Wexcombe LSCB', last_modified_by='Wexcombe LSCB'),
    header='OFFICIAL - SENSITIVE | SCR Child L | LCS ref 2013-0447182', footer='DRAFT v0.4 - not for circulation')

build.build_md(src('EE06'), os.path.join(O, 'EE06.md'))
print('built')
