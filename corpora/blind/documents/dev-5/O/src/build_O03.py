import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from dx import Doc
D = Doc(styled=True)
D.props('What happened to Teddy? A review for his family', 'Local Child Safeguarding Practice Review (family version)',
        'LCSPR; Teddy; Lena Kowalczyk; infant injury; plain English', author='LCSPR Workstream')
D.header_footer('OFFICIAL - SENSITIVE    Case number 2019/LR/0412', 'DRAFT v0.4 - not for circulation')

D.title('Downshire and Seahaven Safeguarding Children Partnership')
D.title('What happened to Teddy?', 20)
D.p('A Local Child Safeguarding Practice Review written for Teddy\'s family and for everyone who works with babies and their parents', italic=True)
D.p('Draft for the Case Review Workstream, autumn 2020')

D.h('About this report')
p = D.p('This report is about a baby boy. In this report we call him Teddy. His mum chose this name because it is what the family called him at home. We have written the report in plain English so that Teddy\'s family can read it, and so that people who work with families can understand what we have learned. There is a list of the words we use at the end.')
D.comment(p, 'Plain English check: can we put the word list near the front as well? Parents told us last time they gave up before reaching it.', 'Priya Raghunathan', 'PR')
D.p('This review is not about blaming anyone. It is about understanding what happened, why it happened, and what we can do so that other babies are safer.')

D.h('What happened to Teddy?')
D.p('Teddy was born in the spring of 2019. When he was nine weeks old his mum took him to the Emergency Department at the hospital in Seahaven because he was being sick and was very sleepy. Doctors found that he had a serious injury to his head and some older broken ribs. The doctors said these injuries were very unlikely to have been caused by an accident.')
D.p('Teddy was looked after on Kestrel Ward and then in a specialist hospital for several weeks. He is now living with his mum and his grandmother, and he is doing well, although doctors will keep checking his development as he grows.')
D.p('Dawid Sadowski (29), who is Teddy\'s dad, was arrested. The police investigation was still going on when we wrote this report.')

D.h('Why did we do this review?')
D.p('When a child is seriously hurt and abuse is thought to be the cause, the local safeguarding partnership must think about whether there are lessons to learn. The three partners are the council, the police and the local NHS. They decided that this review should happen because several services had met Teddy and his parents before he was hurt. The national Child Safeguarding Practice Review Panel agreed.')

D.h('How did we do the review?')
D.p('An independent reviewer led the review. She was helped by a small group of senior managers from the services involved. We:')
D.bullets(['looked at what each service knew about Teddy and his parents from the start of the pregnancy until he was taken to hospital;',
           'asked each service to write a short report about what they did and why;',
           'held a learning event where midwives, health visitors, a GP, a family support worker, a police officer and social workers talked openly about their work with the family;',
           'met Teddy\'s mum twice, once at home and once at the family hub, with an interpreter she chose.'])
D.p('We did not speak to Teddy\'s dad. He was not approached while the police investigation continued, because talking to him could have affected that investigation. If he wishes to share his views when it is finished, we will add them.')
D.p('The review looked at how services worked together. It follows the guidance in ', style=None)
para = D.d.paragraphs[-1]
D.hyperlink(para, 'Working Together to Safeguard Children 2018', 'https://www.gov.uk/government/publications/working-together-to-safeguard-children--2')
para.add_run('. A copy of the full learning summary is on the ')
D.hyperlink(para, 'partnership website', 'https://www.dsscp.org.uk/reviews/2020/teddy-kowalczyk-learning')
para.add_run('.')

D.h('What was life like for Teddy?')
D.p('Teddy was a small baby who fed little and often. His mum told us that he loved being carried in a sling and would settle when she sang Polish lullabies to him. The health visitor saw him at ten days and at six weeks and wrote that he was "alert, feeding well, good eye contact with mum".')
D.p('At home there was often tension. Teddy\'s parents had money worries, his dad was working night shifts at a warehouse, and the flat was small, so Teddy\'s cot was in the living room. On the nights his dad was home, Teddy was often looked after by him while his mum slept. Babies cannot tell us what is happening to them. That is why the adults around them have to notice small things: how a baby is handled, who is looking after him, and whether the people caring for him are coping.')

D.h('What did Teddy\'s mum tell us?')
D.p('Teddy\'s mum shared her reflections with the reviewer and agreed that we could include them. She said:')
D.p('"Everyone was friendly. The midwife, the health visitor, they were kind to me. But they only talked to me. Nobody asked how his dad was with him, or if he was tired, or if he got angry. When Teddy cried a lot he got very stressed. I did not know that this was a danger. Nobody told us about crying and what to do. I thought the crying was normal and we would just get through it."', italic=True)
D.p('She also told us that she had tried to book a place on a baby group but could not get there on the bus, and that when the family support worker came once she felt "someone finally listened". She wants other parents, especially dads, to be told clearly about how stressful crying can be.')

D.h('What went well?')
D.bullets(['The midwife noticed early in the pregnancy that Teddy\'s mum was anxious and offered extra visits, which she accepted.',
           'The health visitor saw Teddy within the expected time and recorded clearly what she saw.',
           'The Emergency Department doctors recognised quickly that the injuries needed to be looked into and told children\'s social care and the police the same day.',
           'Teddy\'s grandmother was assessed quickly so that Teddy could be cared for safely by family.'])

D.h('What have we learned?')
D.h('1. Dads and other men caring for babies were not really part of the picture', 2)
D.p('Most of the contact from midwives and health visitors was with Teddy\'s mum. His dad was at one antenatal appointment and was present at the new birth visit, but nobody asked him about his own health, his history or how he felt about becoming a parent. When we asked practitioners why, they told us that appointments are booked for mothers, that services are open in the daytime when many fathers are at work, and that the records have a space for "mother" but only a name box for "father". This is not only about this family. National reviews have found the same thing many times.')
D.h('2. Information about Teddy\'s dad was in different places and nobody put it together', 2)
D.p('The police had been called to an argument between Teddy\'s parents when his mum was pregnant. This was sent to the MASH. The MASH decided it did not need a social work assessment and sent a letter to the midwife. The letter went to a general inbox at the hospital and did not reach the community midwife for three weeks. By then she had seen the family twice. The GP practice had a note that Teddy\'s dad had seen a GP about his temper and poor sleep, but this was in his own record and the practice had no way of linking it to Teddy. No-one held a strategy discussion or a meeting where all this could be shared, because no single service had enough information to think it was needed.')
D.h('3. Parents were not given the help they needed with a crying baby', 2)
D.p('Teddy cried a great deal in his first weeks. Crying is the most common trigger for shaking a baby. The partnership had agreed to use a programme called ICON, which gives parents simple messages about crying and coping. We found that ICON leaflets were given out in the hospital, but that there had been no training for health visitors since 2017, and two of the three health visitors we spoke to were not aware of it. The health visiting service had lost a third of its staff in two years, and visits had become shorter.')
D.h('4. Help that depended on a bus ride did not reach this family', 2)
D.p('Teddy\'s mum was offered a place at a baby group but could not get there. The family support team had a waiting list, and the support worker was only able to visit once. Services were designed around families who can travel to them.')
D.tracked([('n', 'Teddy\'s mum was offered a place on a baby massage group '), ('del', 'at Rosewood Family Hub'), ('ins', 'at a family hub'), ('n', ' but the nearest session was two bus journeys away.')], author='Business Manager')

D.h('What will change?')
D.p('The partnership makes four recommendations. Each one has a lead, a date and a way to check it has worked. They are set out again in the table below.')
D.bullets(['Recommendation 1: The CCG and the Public Health Nursing service will make sure that every midwife and health visitor has had ICON training by March 2021, and will report the numbers trained to the partnership.',
           'Recommendation 2: Maternity and health visiting services will change their records so that fathers and male carers are recorded by name, are asked about their own wellbeing, and are invited to appointments.',
           'Recommendation 3: The MASH and the hospital will agree a safe way to send information about pregnant women, so that it reaches the named community midwife within two working days.',
           'Recommendation 4: The partnership should think about how early help can be offered closer to where families live, including visits at home.'], numbered=False)
D.table(['Lead', 'Action', 'Timescale', 'Measure of success'],
        [['CCG / Public Health Nursing', 'ICON training for all midwives and health visitors (Rec 1)', 'By March 2021', '95% of staff trained; audit of 20 records shows ICON discussed'],
         ['Maternity Services / Public Health Nursing', 'Change records to include fathers and male carers (Rec 2)', 'Within 6 months', 'Record templates changed; audit shows fathers asked about wellbeing'],
         ['MASH Manager / Head of Midwifery', 'Secure route for pregnancy information (Rec 3)', 'Within 12 weeks', 'Protocol agreed; dip sample shows two-day target met'],
         ['DSSCP Executive', 'Early help closer to home (Rec 4)', 'To be agreed', 'To be agreed']])

D.h('Words we use')
D.table(['Word', 'What it means'],
        [['DSSCP', 'Downshire and Seahaven Safeguarding Children Partnership'], ['ED', 'Emergency Department (sometimes called A&E)'],
         ['CCG', 'Clinical Commissioning Group, which plans local NHS services'], ['ICON', 'A programme that helps parents cope with a crying baby'],
         ['MASH', 'Multi-Agency Safeguarding Hub, where services share information about worries for children'],
         ['Strategy discussion', 'A meeting or call where police, social care and health decide whether a child needs protecting']])

D.h('Appendix: Services involved')
D.table(['Service', 'Involvement'],
        [['Maternity Services, Seahaven and District Hospitals', 'Antenatal care, birth and postnatal care'],
         ['Public Health Nursing (health visiting)', 'New birth and six-week visits'],
         ['The Harbourside Practice (GP)', 'GP for both parents and Teddy'],
         ['Downshire Constabulary', 'Call to the home during pregnancy; investigation'],
         ['MASH / Children\'s Social Care, Seahaven', 'Decision on police notification; later assessment'],
         ['Early Help Family Support', 'One home visit']])

out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'O03.docx')
D.save(out); print('built')
