"""Build JJ01-JJ04 from the markup sources; JJ05/JJ06 .txt are written directly and copied."""
import os, shutil, subprocess
from dxhelp import Builder, words

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def src(name):
    return open(os.path.join(HERE, name), encoding='utf-8').read()

# JJ01 – styled, planted identifiers, comment + tracked deletions + header + property + mailto + table
b = Builder(styled=True, change_author='SCR Panel', comment_author='SCR Panel Chair', initials='PC')
b.render(src('jj01.txt'))
b.header_footer('OFFICIAL – SENSITIVE   |   SCR ref SCR/2011/047   |   DRAFT v0.6 – not for circulation',
                'Northshire LSCB – Serious Case Review – Child N – Executive Summary')
b.props(title='Serious Case Review – Child N – Executive Summary',
        subject='Northshire LSCB Serious Case Review',
        keywords='SCR; Child N; executive summary; Working Together 2010; IMR',
        category='Serious Case Review',
        comments='Panel draft v0.6. Family surname (Nowakowski) removed from body text at the Panel\'s request.')
b.save(os.path.join(OUT, 'JJ01.docx'))

# JJ02 – unstyled, anonymised, comment + tracked change
b = Builder(styled=False, change_author='LSCB Business Manager', comment_author='LSCB Business Manager', initials='BM')
b.render(src('jj02.txt'))
b.header_footer('RESTRICTED – DRAFT v0.3 – not for circulation', 'Wexcombe LSCB – SCR Child E – Executive Summary')
b.props(title='SCR Child E – Executive Summary (draft)', subject='Wexcombe LSCB Serious Case Review',
        keywords='SCR; neglect; Child E; executive summary', category='Serious Case Review',
        comments='Draft for SCR Panel')
b.save(os.path.join(OUT, 'JJ02.docx'))

# JJ03 – styled, planted identifiers (comment, tracked deletion, header, last_modified_by, link target, table)
b = Builder(styled=True, change_author='SCB Business Unit', comment_author='SCB Business Unit', initials='BU')
b.render(src('jj03.txt'))
b.header_footer('OFFICIAL – SENSITIVE   Child S   Police ref NT/13/004471   DRAFT v0.4',
                'Castlebridge Safeguarding Children Board – SCR Child S')
b.props(title='Serious Case Review – Child S – Executive Summary', subject='Castlebridge SCB',
        keywords='SCR; CSE; missing; looked after child', category='Serious Case Review',
        comments='v0.4 for Panel', author='SCB Business Unit', last_modified_by='J. Okonkwo-Barnes')
b.save(os.path.join(OUT, 'JJ03.docx'))

# JJ04 – unstyled .docx converted to .pdf with LibreOffice
b = Builder(styled=False)
b.render(src('jj04.txt'))
b.header_footer('CONFIDENTIAL – DRAFT v0.2 – not for circulation', 'Anderby Safeguarding Children Board – SCR Child R')
b.props(title='SCR Child R – Executive Summary', subject='Anderby SCB Serious Case Review',
        keywords='SCR; methadone; substance misuse; Child R', category='Serious Case Review', comments='Draft')
docx4 = os.path.join(HERE, 'JJ04.docx')
b.save(docx4)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx4], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

for t in ('JJ05.txt', 'JJ06.txt'):
    shutil.copy(os.path.join(HERE, t), os.path.join(OUT, t))

for n in ('jj01.txt', 'jj02.txt', 'jj03.txt', 'jj04.txt'):
    print(n, words(src(n)))
