import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from dx import Doc
from docx.shared import Pt, Cm
D = Doc(styled=True)
D.d.styles['Normal'].font.size = Pt(9)
for s in D.d.sections:
    s.left_margin = s.right_margin = Cm(1.5); s.top_margin = s.bottom_margin = Cm(1.2)
D.props('Learning Briefing: Baby T', 'Local Child Safeguarding Practice Review - learning briefing submitted as review report',
        'learning briefing; Baby T; non-accidental injury; men in the household; ICON', author='LCSPR Workstream', category='Learning briefing')
D.header_footer('OFFICIAL', 'DSSCP Learning Briefing - Baby T - 2024')

D.title('Downshire and Seahaven Safeguarding Children Partnership', 12)
D.title('Learning Briefing: Baby T', 16)
p = D.p('This one-page briefing is the partnership\'s report of its Local Child Safeguarding Practice Review into serious injuries to Baby T. It is designed to be read in seven minutes and discussed in team meetings.', italic=True)
D.comment(p, 'The Panel may ask why there is no full report. Suggest we add a line in the covering letter to the Panel explaining the decision.', 'DSSCP Business Manager', 'BM')

D.h('What Happened', 2)
D.p('Baby T was ten weeks old when he was brought to the Emergency Department at the hospital in Seahaven in the autumn of 2022 with bleeding on the brain and fractures to his ribs and leg. The injuries were found to be inflicted. The Mother\'s Partner, referred to here as Adult Male 1, was later charged. The criminal trial concluded in the autumn of 2023 and Adult Male 1 was convicted. Baby T survived and is now cared for by foster carers in Eastling Bay.')
D.p('The Mother is Romanian and speaks English as an additional language. Adult Male 1 is White British. He was not Baby T\'s father.')

D.h('How We Reviewed', 2)
D.p('The partnership held a rapid review in the autumn of 2022 and the Panel agreed that a local review should follow. The review drew on chronologies from seven agencies and on a learning event attended by 22 practitioners and managers from health visiting, midwifery, general practice, the Police, the MASH and Children\'s Social Care. The rapid review had already identified the learning, and the partnership decided to publish this briefing in place of a longer report.')

D.h('Key Practice Episodes', 2)
D.p('Early in the pregnancy, the Mother booked with maternity services and was seen by a community midwife. Adult Male 1 was recorded as "partner, not father of baby".')
D.p('In the summer of 2022, the Police attended the Mother\'s flat after a neighbour reported a man shouting and a door being kicked. Adult Male 1 had left before officers arrived. A domestic abuse notification was sent to the MASH.')
D.p('Over the following fortnight, the MASH completed checks with the Police and Children\'s Social Care records. The Specialist Safeguarding Midwife was not contacted. The notification was closed with no further action.')
D.p('Baby T was born at term in late summer. The Health Visitor completed the new birth visit at twelve days; the Mother and Maternal Grandmother were present.')
D.p('By the time of the third visit, at eight weeks, the Health Visitor recorded that Baby T had a small bruise on his ear, which the Mother said had been caused by a car seat strap. Adult Male 1 answered the door and left during the visit. The Health Visitor gave the Mother ICON leaflets.')
D.p('Two weeks later Baby T was brought to hospital.')

D.h('What We Have Learned', 2)
D.p('Learning point 1: Adult Male 1 was seen by three services but was not known to any of them. No service recorded his full name, his history or his role in caring for Baby T.', bold=False)
D.p('Learning point 2: The police notification about a man kicking a door in a home where a baby was expected did not reach health services. The MASH checks did not include the midwife, and the midwife did not know about the incident when she next visited.')
D.p('Learning point 3: A bruise to a non-mobile baby is a serious sign. The partnership\'s bruising protocol was not followed at the third visit, and no referral was made.')
D.p('Learning point 4: ICON messages were given to the Mother only. The man who was caring for Baby T at night was not given them.')
D.p('These are not features of this case alone. The national Panel\'s review of men in the lives of babies (The Myth of Invisible Men, 2021) found the same patterns across England.')

D.h('Key Messages for Practice', 2)
D.bullets(['Bruising in a baby who is not yet rolling or crawling is uncommon and is always a cause for concern, whatever explanation is given ("those who don\'t cruise rarely bruise").',
           'Crying usually increases from about two weeks of age and peaks at around six to eight weeks. This is the period of highest risk of abusive head trauma.',
           'A man who is "just leaving" may be the person who cares for the baby at night. Summer or winter, day or night shift, the question is the same: who is looking after the baby?',
           'Domestic abuse during pregnancy is a recognised risk factor for harm to the baby after birth.'])
D.h('Voices From the Learning Event', 2)
D.p('"I never met him properly. He was always just leaving." - Health Visitor')
D.p('"We did our checks. Looking back, it was a very thin picture." - MASH Practitioner')
D.p('"It is hard to read the bruise entry now, knowing what happened next." - Midwife')

D.h('Questions for Your Team', 2)
D.bullets(['Who else lives in, or regularly visits, the homes of the babies you work with? How do you know?',
           'When did you last use the bruising protocol? Does everyone in your team know where to find it?',
           'How do you make sure that every adult caring for a baby hears the ICON messages, not only the mother?'])

D.h('What Happens Next', 2)
D.p('The partnership has chosen to set out learning in this briefing rather than to make formal recommendations. The learning will be discussed at the Learning and Improvement Subgroup and included in the partnership\'s annual report.')
p = D.p('Further reading: ')
D.hyperlink(p, 'ICON: Babies cry, you can cope', 'https://iconcope.org/')
p.add_run('; ')
D.hyperlink(p, 'The Myth of Invisible Men (Child Safeguarding Practice Review Panel, 2021)', 'https://www.gov.uk/government/publications/safeguarding-children-at-risk-from-abuse-by-men')
p.add_run('; ')
D.hyperlink(p, 'Working Together to Safeguard Children 2023', 'https://www.gov.uk/government/publications/working-together-to-safeguard-children--2')
p.add_run('.')

D.h('Abbreviations', 2)
D.table(['Term', 'Meaning'],
        [['ED', 'Emergency Department'], ['ICON', 'A programme helping parents and carers cope with crying babies'],
         ['MASH', 'Multi-Agency Safeguarding Hub'], ['DSSCP', 'Downshire and Seahaven Safeguarding Children Partnership']])

out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'O06.docx')
D.save(out); print('built')
