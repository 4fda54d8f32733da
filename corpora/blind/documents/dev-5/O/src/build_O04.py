import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from dx import Doc
D = Doc(styled=False)
D.props('Thematic Child Safeguarding Practice Review: Criminal Exploitation of Children J, K and L',
        'Thematic review J, K, L - includes Aldergrove House placement', 'thematic review; criminal exploitation; county lines; adolescents',
        author='DSSCP Review Team', comments='Version 0.4 for Case Review Workstream')
D.header_footer('OFFICIAL - SENSITIVE    DRAFT v0.4 - not for circulation    file TH-22-118', 'Downshire and Seahaven Safeguarding Children Partnership')

D.title('Downshire and Seahaven Safeguarding Children Partnership', 14)
D.title('"They knew where we were": a thematic review of the criminal exploitation of three children', 16)
D.p('Draft report for the Case Review Workstream, 2022')

D.h('CONTENTS')
for c in ['1. Introduction and reasons for the review', '2. Terms of reference and approach', '3. The three children',
          '4. Views of the families', '5. Findings', '6. Summary of recommendations', '7. Action plan', 'Appendix 1: Agencies and information held', 'Appendix 2: Glossary', 'Appendix 3: References']:
    D.p(c)

D.h('1. INTRODUCTION AND REASONS FOR THE REVIEW')
D.p('1.1 Between the autumn of 2020 and the end of 2021, three children from Downshire and Seahaven were seriously harmed in circumstances linked to criminal exploitation. The safeguarding partners carried out a rapid review for each child. In each case the rapid review found similar issues, and the partners decided, with the agreement of the national Child Safeguarding Practice Review Panel, to carry out one thematic review rather than three separate ones.')
D.p('1.2 The children are referred to as Child J, Child K and Child L. The letters were chosen at random. Ages are given at the time of the serious incident.')
D.p('1.3 The purpose of this review is not to hold any person or organisation to account. That is the job of other processes. We want to understand why the systems around these children did not protect them, and to make changes that will help protect others. Practitioners worked with these children during the pandemic, with services closed or running remotely, and the review has tried throughout to understand what it was like to do this work at that time.')

D.h('2. TERMS OF REFERENCE AND APPROACH')
D.p('2.1 The review asked four questions:')
D.bullets(['How well did agencies recognise that each child was being criminally exploited, and how early?',
           'How well did agencies share information about places, vehicles and adults linked to exploitation?',
           'How did school exclusion and reduced timetables affect risk?',
           'How well did the multi-agency arrangements for exploitation (the Exploitation Panel and the contextual safeguarding pilot) work for these children?'], numbered=False)
D.p('2.2 The review covered the eighteen months before each child\'s serious incident. Agencies provided chronologies and short reflective reports. Two lead reviewers, both independent of the partnership, read the records and held three practitioner workshops, attended by 31 practitioners in all, and separate conversations with six managers. A draft was tested with the Exploitation Subgroup.')

D.p('2.3 The review did not re-examine matters that were the subject of criminal proceedings. The criminal trial of two adults charged in connection with the stabbing of Child J concluded in the spring of 2022, and the review team was able to read the agreed facts from that trial. Proceedings relating to Child L were still under way at the time of writing.')
D.p('2.4 There were limits to what the review could see. The records of the children\'s home where Child K lived were partial, because the provider had changed its case management system during 2021. Some of the information from the Exploitation Panel was held only in minutes, which recorded decisions but not the discussion behind them. Where the review has relied on practitioners\' memories, this is said in the text.')
D.p('2.5 The review used a systems approach. Rather than asking only what went wrong, the lead reviewers asked practitioners what made sense to them at the time, what they were being asked to prioritise, and what got in the way. The themes in section 5 were tested with practitioners at the third workshop, and the wording of several findings changed as a result.')
D.h('3. THE THREE CHILDREN')
D.p('Child J', bold=True)
D.p('Child J was 15 and is Black British, of Nigerian heritage. He lived with his family in Seahaven and attended a large secondary academy until he was permanently excluded in Year 10. He was a talented footballer and had trained with an academy side until he was 13. Teachers described him as polite and quiet. In the months before he was hurt he was spending most nights away from home. In the autumn of 2021 he was stabbed in the leg in Eastling Bay. He survived.')
D.p('Child K', bold=True)
D.p('Child K was 16 and is White British. He had been in care since he was 12 and had lived in five placements, the last being a children\'s home in another county. He had an EHCP for social, emotional and mental health needs. He went missing repeatedly and in early 2021 was found in a flat in Tollbridge with serious burns to his arms. He later told his advocate: "I owed them. You don\'t say no. If you say no they know where your mum lives."')
D.p('Child L', bold=True)
D.p('Child L was 14 and is of mixed White British and Black Caribbean heritage. He lived with his mother and younger siblings in Wealdham. He was on a reduced timetable at school for most of Year 9. He liked drawing and gaming, and spent hours on his console playing FIFA. In the winter of 2021 he was arrested in Tollbridge with drugs and cash hidden in his clothing, and was later assaulted in custody by another detainee. A police log extract from that night reads: "2021-11-06T23:47 juvenile detained, appropriate adult requested".')
D.p('What their days were like', bold=True)
D.p('The three children did not know one another well, but their days had a similar shape. Each of them was out of school for much of the time. Each of them had a phone that was controlled by older people and that rang at all hours. Child L\'s phone held a contact saved as "boss", with the number +353 87 412 5590, which the police later linked to one of the adults who organised the supply line. Each of them was given food, trainers and money at first and was later told they were in debt. Child J told a youth worker that he felt "safer out than in" because "at least out there I know who is coming".')

D.h('3A. THE CONDITIONS IN WHICH PRACTITIONERS WERE WORKING')
D.p('3A.1 Almost all of the work with these children took place between the first national lockdown and the end of 2021. Schools were closed to most pupils for long periods, detached youth work stopped for several months, and much social work and youth justice contact moved to telephone and video calls. Practitioners at the workshops described trying to keep in touch with boys who would not answer a video call and who, when they did, were often somewhere they could not be seen. One social worker said that she "knew where he was not, but never where he was".')
D.p('3A.2 At the same time, the people exploiting children adapted quickly. Police officers told the review that supply lines continued through the lockdowns and that children were used more, not less, because a child travelling alone attracted less attention when the streets were empty. Children who were out of school and bored, with little to do and no structure to their day, were easy to recruit.')
D.p('3A.3 Staffing was a constant pressure. Across the period, the adolescent social work team in Seahaven had a vacancy rate of about 30 per cent and relied on agency staff, several of whom stayed for only a few months. Child L had four social workers in a year. Each change meant a new relationship to build with a boy who had good reason to distrust adults. The Youth Justice Service had lost two experienced case managers and its remaining staff were holding caseloads above the level recommended nationally. Managers told the review that supervision was often "about the next deadline" rather than reflective.')
D.p('3A.4 The partnership\'s contextual safeguarding pilot began in Seahaven in 2020 but had not been extended to Downshire. This meant that two of the three children, who moved between the county and the town, were sometimes considered under the pilot and sometimes not, depending on where the most recent incident had happened. Practitioners found this confusing, and so did the children.')
D.h('4. VIEWS OF THE FAMILIES')
D.p('4.1 Letters were sent to the families of all three children offering a meeting with the lead reviewers at a time and place of their choosing.')

D.h('5. FINDINGS')
D.p('Finding 1: Exploitation was seen as the children\'s choice for too long', bold=True)
D.p('5.1 In all three cases the early records describe the children\'s behaviour as "risky", "choosing to associate with older peers" or "putting himself at risk". Practitioners at the workshops recognised this language and said that it was still common. It came, they said, from a youth justice frame in which the child is responsible for offending, and from a wish to hold young people to account. It meant that for several months each child was treated as a young offender rather than a victim.')
D.p('5.2 For Child J and Child L this was sharpened by race. Several practitioners reflected that both boys were seen as older than they were and as less vulnerable than white peers. A police officer told the review that Child J "looked like a man" on CCTV. The research on adultification of Black children describes this pattern, and the review found it here.')
D.box('The Exploitation Subgroup will replace the current risk-screening tool with one that uses victim-focused language and includes a prompt on adultification, and will audit its use in 30 cases within six months.', 'Recommendation 1:')

D.p('Finding 2: Information about places, vehicles and adults did not reach the people who could act on it', bold=True)
D.p('5.3 Between them, agencies held a great deal of information. The police had intelligence about the flat in Tollbridge and about a vehicle stopped with Child L in it. The children\'s home had a log of cars collecting Child K. The school had a list of pupils seen with Child J at the school gate. None of this was brought together. The Exploitation Panel considered each child separately, as an individual case, and did not have a way of mapping the links between children, places and adults.')
D.p('5.4 The reasons were partly technical. Police intelligence systems cannot be viewed by partner agencies, and intelligence reports were being summarised into one line for the Panel. The children\'s home was in another county and was not invited to the Panel. But the reasons were also cultural: practitioners said they did not think their own small pieces of information mattered, and no-one had asked them for it.')
D.p('5.4a The Exploitation Panel itself was under strain. It met monthly and had between 25 and 40 children on its list at any one time, which left a few minutes for each. Agencies tended to send whoever was available rather than the person who knew the child, and the Panel\'s terms of reference did not say who should attend. The review saw several sets of minutes in which the only action for a child was "to remain on the list". Practitioners described the Panel as a place where information was reported upwards but rarely came back down to the people working with the child.')
D.p('5.4b Referrals to the National Referral Mechanism were made for Child K and Child L, but only after their serious incidents. Practitioners said they saw the NRM as "a police thing" and were not sure whether a referral would help or harm a child who was also facing charges. No agency had a clear lead for deciding when to refer.')
D.box('Downshire Constabulary and Children\'s Social Care will introduce a joint peer-mapping process at the Exploitation Panel, so that links between children, locations and vehicles are recorded and reviewed monthly.', 'Recommendation 2:')

D.p('Finding 3: Being out of school increased the risk to the children', bold=True)
D.p('5.5 Child J was permanently excluded. Child L was on a reduced timetable of two hours a day for most of a year. Child K had been out of education for four months between placements. In each case, the time out of school was time that exploiters could use. Schools told the review that they were under pressure to manage behaviour and protect other pupils, and that alternative provision in Seahaven had a waiting list of up to ten weeks. Reduced timetables were not reported to the local authority as they should have been, and so no-one had an overview of how many children were affected.')
D.p('5.5a The review also found that exclusion decisions were made without a clear picture of what was happening to the child outside school. The academy that excluded Child J had been told by the police about the stabbing of another pupil linked to the same group, but the exclusion panel papers did not mention exploitation at all. Governors told the review they had not been given that information and would have asked different questions if they had. Practitioners from the alternative provision said that they received children "with a behaviour file and nothing else", and had to build up the safeguarding picture themselves over several weeks.')
D.box('The Director of Education will require all schools to notify the local authority of every reduced timetable, and will report the number and length of reduced timetables to the partnership each term.', 'Recommendation 3:')

D.p('Finding 4: Out-of-area placements left Child K without a local network', bold=True)
D.p('5.6 Child K was placed in another county because no local placement could be found. The placing authority and the host area did not hold a joint meeting about exploitation until after he was harmed. The children\'s home reported him missing, but the host police force did not know of his links to Seahaven, and the Seahaven Exploitation Panel did not know he had been seen back in the area. The national shortage of placements for older children with complex needs is a known issue and is not something the partnership can solve alone.')
D.box('The Head of Children in Care will ensure that, for every child placed outside Downshire or Seahaven who is at risk of exploitation, a joint risk meeting with the host area police and local authority is held within ten working days of the placement.', 'Recommendation 4:')

D.p('Finding 5: The transition from a child protection plan to youth justice lost the safeguarding focus', bold=True)
D.p('5.7 When Child L was charged, the child protection plan was ended because he was "being managed by YJS". The YJS worker assumed that social care was still leading on safeguarding. For six weeks no-one was. This happened because the two services had different processes and no agreed way of handing over lead responsibility, and because managers in both services were covering vacancies.')
D.p('5.7a This is a known risk nationally. The Panel\'s 2020 review of criminal exploitation described children falling between safeguarding and justice systems at the point of charge. In Downshire and Seahaven, the two services had agreed in principle in 2019 to hold joint reviews for children open to both, but this had never been written into procedure and depended on individual managers remembering to arrange it. When those managers left, the arrangement lapsed without anyone noticing.')
D.box('The partnership will agree a protocol for joint working between YJS and Children\'s Social Care when a child open to either service is at risk of exploitation.', 'Recommendation 5:')

D.tracked([('n', '5.8 In the first draft of this report the lead reviewers referred to Child K by '), ('del', 'his name, Kaiden Marshall-Boateng, '), ('ins', 'his pseudonym '), ('n', 'in the section on placements; this has been corrected throughout.')], author='Review Team')
p = D.p('5.9 Are these features of practice in general? The practitioners at the workshops said that they saw the same issues in other cases, and the partnership\'s own audit of exploitation cases in 2021 found victim-blaming language in 12 of 20 files. The review therefore considers that Findings 1 to 5 are not unique to these three children.')
D.comment(p, 'Ngozi to confirm the audit figures with the YJS data before this goes to the Executive.', 'Callum O\'Driscoll', 'CO')

D.h('6. SUMMARY OF RECOMMENDATIONS')
D.bullets(['The Exploitation Subgroup will replace the current risk-screening tool with one that uses victim-focused language and includes a prompt on adultification, and will audit its use in 30 cases within six months.',
           'Downshire Constabulary and Children\'s Social Care will introduce a joint peer-mapping process at the Exploitation Panel.',
           'The Director of Education will require all schools to notify the local authority of every reduced timetable and will report numbers to the partnership each term.',
           'The Head of Children in Care will ensure a joint risk meeting with the host area for every child placed out of area who is at risk of exploitation.',
           'The partnership will agree a YJS and Children\'s Social Care protocol for joint working on exploitation.',
           'National recommendation: the partnership will write to the Department for Education recommending that the placing authority be required to notify the host area police of any child placed at risk of exploitation.'], numbered=True)

D.h('7. ACTION PLAN')
D.table(['No.', 'Lead', 'Action', 'Timescale', 'Measure of success'],
        [['1', 'Exploitation Subgroup', 'New screening tool with adultification prompt', '6 months', 'Audit of 30 cases'],
         ['2', 'Police / CSC', 'Peer-mapping at Exploitation Panel', '3 months', 'Monthly maps produced; Panel minutes'],
         ['3', 'Director of Education', 'Notification of reduced timetables', 'Next school term', 'Termly data to partnership'],
         ['4', 'Head of Children in Care', 'Joint risk meetings for out-of-area placements', '12 weeks', 'Dip sample of all new placements'],
         ['5', 'YJS Manager / Head of CSC', 'Joint working protocol', 'To be confirmed', 'Protocol signed off'],
         ['6', 'DSSCP Business Manager', 'Letter to the DfE', 'Within 1 month of publication', 'Letter sent']])
p = D.p('Comments on this draft should be sent to ')
D.hyperlink(p, 'the review manager', 'mailto:d.okafor@seahaven.gov.uk')
p.add_run(' by the end of the consultation period.')

D.h('APPENDIX 1: AGENCIES AND INFORMATION HELD')
D.table(['Agency', 'Information held before the serious incidents'],
        [['Downshire Constabulary', 'Intelligence on Tollbridge address; stop-check of YD68 KPU with Child L as passenger; missing reports for Child K'],
         ['Children\'s Social Care (Downshire and Seahaven)', 'Child protection plan (Child L); care plan (Child K); assessment (Child J)'],
         ['Youth Justice Service', 'Court orders and interventions (Child J, Child L)'],
         ['Schools and alternative provision', 'Exclusion records, reduced timetable, gate observations'],
         ['Children\'s home (host county)', 'Missing log and vehicle log for Child K'],
         ['Seahaven and District Hospitals NHS Trust', 'ED attendances (Child J, Child K)'],
         ['Voluntary sector youth work', 'Detached youth work contact with Child J']])
D.h('APPENDIX 2: GLOSSARY')
D.table(['Term', 'Meaning'],
        [['CSC', 'Children\'s Social Care'], ['EHCP', 'Education, Health and Care Plan'], ['ED', 'Emergency Department'],
         ['NRM', 'National Referral Mechanism, for identifying victims of modern slavery'], ['YJS', 'Youth Justice Service'],
         ['Contextual safeguarding', 'An approach that looks at risks to young people outside the family, in places and peer groups'],
         ['Adultification', 'When children, often Black children, are seen and treated as older than they are']])
D.h('APPENDIX 3: REFERENCES')
D.p('Child Safeguarding Practice Review Panel (2020) It was hard to escape: safeguarding children at risk from criminal exploitation.')
D.p('HM Government (2018) Working Together to Safeguard Children.')
D.p('Home Office (2018) Criminal exploitation of children and vulnerable adults: county lines guidance.')

out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'O04.docx')
D.save(out); print('built')
