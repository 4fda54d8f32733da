import sys, os, shutil
sys.path.insert(0, os.path.dirname(__file__))
from build import build, to_pdf
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
CFG = {
 'E01': dict(styled=True, header='OFFICIAL - SENSITIVE    DRAFT v0.4 - not for circulation', footer='Stockport SCP LCSPR',
   title='LCSPR - Sibling group (neglect) - draft v0.4', subject='Local Child Safeguarding Practice Review',
   keywords='LCSPR; neglect; hoarding; sibling group; SSCP-CSPR-2023-04', category='Draft report',
   comments='Draft for workstream', created='2024-05-14T09:00:00', track_author='SSCP Business Unit', track_date='2024-06-03T10:15:00Z',
   comments_map=None),
 'E02': dict(styled=True, header='OFFICIAL - SENSITIVE', footer='Joint DHR / LCSPR - Ms Y - Draft 3 - not for circulation',
   title='Joint DHR and LCSPR overview report - Ms Y, Child Y1 and Child Y2', subject='Domestic Homicide Review and Local Child Safeguarding Practice Review',
   keywords='DHR; LCSPR; domestic abuse; coercive control; non-fatal strangulation; DVDS', category='Overview report draft',
   comments='Draft 3 for Joint Review Workstream', created='2022-08-22T09:00:00', track_author='NSCP Business Unit', track_date='2022-09-12T14:02:00Z'),
'E03': dict(styled=False, font='Times New Roman', header='BSCB CONFIDENTIAL - SCR Child P - Ref BSCB/SCR/2015/03', footer='Draft overview report v2',
   title='SCR Child P overview report draft', subject='Serious Case Review', keywords='SCR; private fostering; faith or belief; neglect',
   category='SCR', comments='For SCR Sub-Group', created='2016-04-18T09:00:00', author='BSCB Business Unit', last_modified_by='BSCB Business Unit', track_author='BSCB Business Unit', track_date='2016-05-09T11:30:00Z'),
'E04': dict(styled=True, header='OFFICIAL - SENSITIVE - Joint SCR/SAR Child W', footer='DRAFT - not for circulation',
   title='Joint SCR and SAR Child W - draft', subject='Child sexual exploitation; transition', keywords='SCR; SAR; CSE; transition; learning disability',
   category='Draft report', comments='Draft for Joint Review Group', created='2019-07-01T09:00:00'),
'E05': dict(styled=True, header='OFFICIAL - SENSITIVE', footer='CIoS SCP - LCSPR Child H - draft v0.3',
   title='LCSPR Child H - draft v0.3', subject='Local Child Safeguarding Practice Review', keywords='LCSPR; asthma; medical neglect; was not brought',
   category='Draft report', comments='Desktop review draft', created='2021-09-27T09:00:00'),
}
COMMENTS = {
 'E01': {
  'c1': dict(author='Designated Nurse (ICB)', initials='DN', text='Is this achievable in 12 weeks? The neglect tool is shared with the early help assessment, so both would need to change.'),
  'c2': dict(author='Workstream Chair', initials='WC', text='Please check with Precious Adeyemi-Clarke, DSL at Marple Ridge Primary School, that the 2019 and 2022 referral dates are right before this goes to the Business Group.'),
 },
}
COMMENTS['E02'] = {
  'k1': dict(author='CAMHS Service Manager (panel member)', initials='CSM', text='Waiting time for this pathway is now 14 weeks. Could this be added to the actions already taken table?'),
  'k2': dict(author='Police panel member', initials='PPM', text='We would like to discuss this wording at the next workstream meeting. The officer has been shown this paragraph and has been offered support.'),
  'k3': dict(author='CSP Manager', initials='CSPM', text='Home Office QA Panel may ask us to name a single lead department for the national recommendation.'),
}
PDF = {'E04', 'E05'}
def main(which):
    for k in which:
        cfg = dict(CFG[k]); cfg['cmap'] = COMMENTS.get(k, {})
        if k in PDF:
            d = build(os.path.join(HERE, k + '.txt'), os.path.join(HERE, k + '.docx'), cfg)
            to_pdf(d, OUT)
        else:
            build(os.path.join(HERE, k + '.txt'), os.path.join(OUT, k + '.docx'), cfg)
        print('built', k)
if __name__ == '__main__':
    main(sys.argv[1:] or list(CFG))
