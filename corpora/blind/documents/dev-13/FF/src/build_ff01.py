"""FF01: styled .docx, LCSPR 'Kai', anonymised, ~3,500 words, comments from workstream."""
import docxlib as L

S = True
d = L.new_doc(
    title="LCSPR Kai - draft report v0.3",
    subject="Local Child Safeguarding Practice Review: Kai (risk outside the home)",
    keywords="LCSPR; criminal exploitation; school exclusion; missing; NRM; Tamber Vale",
    comments="Draft for LCSPR Workstream approval. Not for circulation.")
L.header_footer(d, "OFFICIAL - SENSITIVE        LCSPR: Kai", "DRAFT v0.3 - not for circulation")

d.add_heading("Tamber Vale Safeguarding Children Partnership", 0)
L.para(d, "Local Child Safeguarding Practice Review", bold=True)
L.para(d, "\u201cI just wanted someone to come and get me\u201d: learning from Kai\u2019s review", italic=True)
L.para(d, "Draft version 0.3 for the LCSPR Workstream. Written by the Independent Lead Reviewer.")

L.h(d, "Before you read this", 1, S)
L.para(d, "This report is about a boy I will call Kai. Kai chose that name himself when we met. He told me it was the name of a character in a game he liked, and that he did not want his real name in anything the council wrote.")
L.para(d, "In the autumn of 2023, when he was 15, Kai was stabbed in a park in Hexley. He survived, after surgery and a long stay in hospital. Before this happened he had been going missing, had been found in towns a long way from home, and had been arrested while carrying drugs that did not belong to him. Many people were worried about him. This review looks at why, despite that worry, the help around Kai did not keep him safe.")
L.para(d, "A review like this is not about deciding who was to blame. Other processes exist for that. The job of this review is to understand how our systems worked for Kai, what made good practice easier or harder, and what the partnership needs to change so that the next child in Kai\u2019s position is better protected.")
L.para(d, "I have tried to write in plain language so that Kai, his family and the people who work with children in Tamber Vale can all read it. Where I have had to use a professional term, it is explained in the glossary at the end.")

L.h(d, "Names used in this report", 2, S)
L.table(d, [
    ["How they are described", "Who they are"],
    ["Kai", "The child at the centre of the review, aged 15 at the time of the incident"],
    ["Mother", "Kai\u2019s mother, who is White British"],
    ["Shay", "Kai\u2019s older sister, aged 19; a name she chose for this report"],
    ["Younger Brother", "Kai\u2019s brother, aged 9"],
    ["Father", "Kai\u2019s father, who is Black Caribbean and has lived outside the UK for many years"],
    ["Adult Male 1", "A man in his twenties believed to have been directing Kai\u2019s movements"],
])

L.h(d, "What happened", 1, S)
L.para(d, "Kai grew up on the Saltmarsh estate in Brackwater with his mother, his sister and his younger brother. Until he was 13 he was known to services mainly through school and the GP. School described him as funny, sporty and sometimes cheeky. He played football for a local club and supported Arsenal.")
L.para(d, "In Year 9 things began to change. Kai\u2019s attendance dropped, he was in trouble more often at school, and he was seen with older young people from outside the estate. In Year 10 he was permanently excluded after bringing a knife into school. He was placed at the pupil referral unit on a part-time timetable.")
L.para(d, "Over the next eight months Kai was reported missing eleven times. On three occasions he was found by police in other counties. He was arrested once at a railway station with drugs and cash. A referral was made to the National Referral Mechanism because practitioners believed he was being criminally exploited. Children\u2019s Social Care completed an assessment and Kai became a Child in Need. Shortly before the stabbing a child protection strategy discussion was held and a decision was pending about whether to hold an Initial Child Protection Conference.")
L.para(d, "On a Friday evening in October 2023 Kai was attacked by two young people in a park. Police later charged two people. The criminal trial has concluded. Kai now lives with a relative outside Tamber Vale and is back in education.")

L.h(d, "How I carried out this review", 1, S)
L.para(d, "The Partnership asked me to lead this review after the Rapid Review recommended a local review and the National Panel agreed. The terms of reference are in Appendix A. The review covered the period from Kai\u2019s 13th birthday to the day of the attack.")
L.para(d, "I read chronologies and short reports from each agency. I then held a learning event with 17 practitioners and managers who had worked with Kai, including his youth worker, the PRU\u2019s Designated Safeguarding Lead, a Detective Sergeant from the Exploitation Team, his social worker and her manager, and the Named Nurse for Safeguarding at the hospital. I also met with some of them separately afterwards. Their openness made this review possible, and I have tried to reflect what they told me fairly.")
L.para(d, "I met Kai twice, once with his sister present. I also spoke to Shay on her own. Kai\u2019s mother decided not to meet me. She wrote to the Partnership to say that she was still too upset to talk about what had happened, but that she was happy for Kai and Shay to take part. I have respected her decision. Father was not approached: nobody in the family, and no agency, had contact details for him, and Kai said he did not want him contacted.")
p = L.para(d, "The review was overseen by a panel of senior managers from the Partnership, who checked my findings against the records.")
L.comment(d, p, "Can we add the dates of the panel meetings in the appendix rather than here? Otherwise fine.", "LCSPR Workstream - Chair", "WC")

L.h(d, "What life was like for Kai", 1, S)
L.para(d, "When I asked Kai what he wanted people to know about him, he said: \u201cI\u2019m not a bad person. I was just trying to sort things out.\u201d He told me that money at home was always tight, that his mum worked nights at a care home and slept in the day, and that from about Year 8 he was the one who got his younger brother to school.")
L.para(d, "Kai said that the older boys he met were \u201cthe only ones who didn\u2019t chat to me like I was thick\u201d. They bought him food, topped up his phone and gave him trainers. At first, he said, it felt like being part of something. Later it felt like he owed them. He described being told on Snapchat to go to a station, being given a train ticket, and being too scared to say no.")
L.para(d, "Kai talked about the PRU without anger. He said the staff were \u201cdecent\u201d but that he was only there in the mornings, and \u201cafternoons is when it all happens\u201d. He said that when he was found in another county by police, he was sometimes kept in a cell for hours. \u201cI just wanted someone to come and get me,\u201d he told me. \u201cNobody from here came.\u201d")
L.para(d, "Shay told me that her brother changed from a boy who would spend hours on his PlayStation with his friends to one who was jumpy, always checking his phone, and who stopped eating with the family. Will he be safe tonight? That, she said, was the question the whole family went to bed with for most of 2023.")

L.h(d, "What we learned", 1, S)
L.para(d, "I have set out four findings. Each one describes what happened in Kai\u2019s case, why I think it happened, and whether it is likely to be happening for other children in Tamber Vale. After each finding there is a recommendation and a short box of learning for practitioners.")

L.h(d, "Finding 1: Leaving school opened a gap that other people filled", 2, S)
L.para(d, "Kai\u2019s permanent exclusion followed a serious incident and the school acted within its policy. What the review found was that nobody looked at the exclusion as a safeguarding event. The exclusion meeting focused on the knife and on the school\u2019s duty to other pupils. It did not ask why a 14-year-old with no previous violence would carry a knife, even though his youth worker had already recorded that Kai said he \u201cneeded it for protection\u201d.")
L.para(d, "Once Kai was at the PRU, his part-time timetable lasted for over five months. Practitioners at the learning event explained why. The PRU was full, with a waiting list, and had been told to prioritise full-time places for children in Year 11 who were about to sit exams. A part-time timetable was seen as a temporary measure, but nobody owned the decision to end it. The local authority\u2019s tracking of part-time timetables recorded Kai\u2019s, but the tracker was a spreadsheet that was reviewed each term, not a plan with a named person responsible.")
L.para(d, "This mattered because the afternoons were when Kai was most at risk. His missing episodes began, on the records, within three weeks of the reduced timetable starting. I think this was a foreseeable gap, not a surprise, and it was a gap created by a system under pressure, rather than by any one person\u2019s poor decision.")
L.para(d, "From the Partnership\u2019s own audit, this is not unique to Kai. In the last school year, 41 children at the PRU were on part-time timetables for more than six weeks.")
L.box(d, "Learning for practice", [
    "An exclusion or a move to alternative provision is a safeguarding moment, not only an education decision. Ask: where will this child be during the hours they are not in school, and who will they be with?",
    "A part-time timetable needs an end date and a named person who is responsible for it.",
])
L.para(d, "Recommendation 1: Tamber Vale Council\u2019s Education Service should, within six months, replace the termly spreadsheet with a part-time timetable protocol in which every part-time timetable has a named lead, an end date and a review after four weeks, and should report to the Partnership\u2019s Quality Assurance Group on the number of children on part-time timetables for more than six weeks.", bold=True)

L.h(d, "Finding 2: Kai was seen as making choices, not as a child being exploited", 2, S)
L.para(d, "Reading the records, I noticed how the language about Kai changed over time. In Year 8 he was \u201ca lively lad\u201d. By Year 10 he was described as \u201cstreetwise\u201d, \u201cinvolved in the drugs world\u201d and \u201cchoosing to associate with older males\u201d. After his arrest one police record called him \u201ca runner who knows the game\u201d.")
L.para(d, "Practitioners at the learning event were honest about this. Several said that Kai was tall and looked older than 15. Some said that the Black young men he was seen with were already known to police, and that this shaped how Kai was seen. A Detective Sergeant told me that on busy nights the question officers ask is often \u201cis this person a suspect or a victim?\u201d and that there is rarely time to hold both at once. There is research showing that Black and mixed heritage boys are more likely to be seen as older and less vulnerable than they are. I think this is part of what happened here.")
L.para(d, "The Tamber Vale Exploitation Screening Tool was completed three times. Each time Kai scored as \u201cmedium risk\u201d. Practitioners explained that the tool gives more weight to known links with named adults than to signs such as new clothes, unexplained money or missing episodes. Because Adult Male 1 was not known to police at that time, Kai\u2019s score stayed lower than the picture around him suggested. Staff trusted the score because it was what the system asked them to use, and because a \u201chigh\u201d score needed a manager\u2019s sign-off that was hard to get quickly.")
L.box(d, "Learning for practice", [
    "Listen to the words you use. \u201cChoosing\u201d, \u201cstreetwise\u201d and \u201crunner\u201d can make a child sound like an adult. Kai was a child.",
    "A screening tool supports your judgement. It does not replace it. If your worry is higher than the score, say so and record why.",
])
L.para(d, "Recommendation 2: The Partnership\u2019s Exploitation Sub-Group should review the Tamber Vale Exploitation Screening Tool, with young people and their families, so that signs of exploitation count even when the adults involved are not yet known, and should report the revised tool to the Partnership by the end of the next financial year.", bold=True)

L.h(d, "Finding 3: Agencies held pieces of the picture but did not put them together", 2, S)
L.para(d, "This finding is about how well we worked together. The honest answer is that agencies worked hard alongside each other, but not always with each other.")
L.para(d, "Each time Kai went missing, the police and Children\u2019s Social Care held a strategy discussion. I read all of them. Neither the PRU nor the Youth Justice Service was invited to any of them, even though both saw Kai most weeks. The PRU knew that Kai had been given a new phone and was wearing expensive trainers. The Youth Justice Service knew the name of one of the young men he was with. The police in the other county had recorded the address where he had been found. None of this reached the same meeting at the same time.")
L.para(d, "Return home interviews were completed by the commissioned service after most episodes, which is good. But the interviews were sent to Children\u2019s Social Care as attachments to an email and were not seen by the police or the school. Practitioners told me they did not know the interviews existed.")
L.para(d, "Kai\u2019s case was discussed twice at the multi-agency child exploitation (MACE) meeting. The minutes show a long list of children at each meeting, with an average of four minutes for each child. The actions for Kai were to \u201ccontinue to monitor\u201d. Several people at the learning event said that the MACE meeting had become a place to report on children rather than to plan for them.")
L.para(d, "Why did this happen? I think there were three reasons. First, the strategy discussion procedure says who must attend, and education and youth justice are described as \u201cinvited where appropriate\u201d; under time pressure, \u201cwhere appropriate\u201d became \u201cnot at all\u201d. Second, there was no single plan for Kai that every agency had signed up to until the Child in Need plan, and that plan was about support at home, not about risk outside it. Third, cross-border information from police in other counties arrived as separate reports and was not linked to Kai\u2019s record in a way that showed the pattern.")
L.para(d, "I think these issues are features of practice in Tamber Vale more generally. The Partnership\u2019s 2023 audit of missing children found the same gaps in strategy discussion attendance.")
L.box(d, "Learning for practice", [
    "If you hold a piece of the picture, don\u2019t wait to be asked. Share it, and ask to be part of the next strategy discussion.",
    "A plan for a child at risk outside the home needs to say what each agency will do about that risk, not only about home life.",
])
L.para(d, "Recommendation 3: The Partnership should amend the strategy discussion procedure within three months so that the child\u2019s school or education provider, and the Youth Justice Service where it is involved, are required attendees for any strategy discussion about exploitation or a missing episode, and should audit attendance six months later.", bold=True)

L.h(d, "Finding 4: The criminal justice and welfare responses pulled in different directions", 2, S)
L.para(d, "After Kai\u2019s arrest at the railway station, a referral was made to the National Referral Mechanism. This was the right thing to do. The Single Competent Authority took over seven months to make a decision, and during that time Kai was also under investigation for possession with intent to supply.")
L.para(d, "Kai told me that he did not understand the difference. \u201cOne lot said I was a victim and the other lot said I was going to court.\u201d Practitioners told me that they did not feel able to talk to Kai about who was exploiting him because anything he said might be used in the criminal case. Some avoided the subject altogether. This left Kai with no one he could tell the whole story to.")
L.para(d, "Part of this is a local issue about how practitioners are advised. Part of it is a national issue: the time taken for NRM decisions is outside the Partnership\u2019s control, and the national guidance on how to talk with a child who is both a possible victim and a suspect is thin.")
L.box(d, "Learning for practice", [
    "A child who is a suspect can also be a victim. Seek legal advice early about what you can safely discuss with them, rather than avoiding the subject.",
])
L.para(d, "Recommendation 4: The Partnership should write to the Home Office, the Department for Education and the Child Safeguarding Practice Review Panel, sharing this review and asking for national guidance for practitioners on talking with children who are both possible victims of exploitation and suspects in a criminal investigation.", bold=True)

L.h(d, "What worked well", 1, S)
L.para(d, "There was good practice in Kai\u2019s story and it should be recognised.")
L.bullets(d, [
    "Kai\u2019s youth worker kept in touch with him through every change, by text and in person, and was the adult Kai named when I asked who he trusted. She also recorded his own words carefully, which is why I was able to understand his fear.",
    "The commissioned return home interview service reached Kai after nine of his eleven missing episodes, often on the same day.",
    "When Kai was taken to hospital, the emergency department made a safeguarding referral within an hour and the Named Nurse made sure his social worker knew before the end of the shift.",
    "The Detective Sergeant who made the NRM referral did so without being asked and explained to Kai what it meant.",
], styled=S)

L.h(d, "Questions for the Partnership", 1, S)
L.para(d, "Alongside the recommendations, I would ask the Partnership to think about these questions:")
L.bullets(d, [
    "How would you know today how many children in Tamber Vale are spending afternoons out of school, and where they are?",
    "Does the MACE meeting change anything for the children it discusses? How do you know?",
    "How confident are you that practitioners understand adultification and would notice it in their own records?",
], styled=S)
p = L.para(d, "These questions are not recommendations. They are offered to support the Partnership\u2019s own reflection.")
L.comment(d, p, "Education rep: happy with the questions but please keep them clearly separate from the recs in the published version.", "LCSPR Workstream - Education", "WE")

L.h(d, "What needs to change: summary of recommendations", 1, S)
L.para(d, "The four recommendations from the findings are brought together here for ease of reference.")
L.table(d, [
    ["No.", "Recommendation (in brief)", "Lead", "By when"],
    ["1", "Part-time timetable protocol with named lead, end date and four-week review; report numbers to QAG", "Education Service", "Within 6 months"],
    ["2", "Review the Exploitation Screening Tool with young people and families", "Exploitation Sub-Group", "End of next financial year"],
    ["3", "Make education and YJS required attendees at exploitation and missing strategy discussions; audit", "Partnership Business Unit", "3 months; audit at 6 months"],
    ["4", "Write to the Home Office, DfE and the National Panel asking for national guidance", "Independent Scrutineer", "On publication"],
])

L.h(d, "Glossary", 1, S)
L.table(d, [
    ["Term", "What it means"],
    ["CIN", "Child in Need: a child who gets support from Children\u2019s Social Care under section 17 of the Children Act 1989"],
    ["ICPC", "Initial Child Protection Conference"],
    ["MACE", "Multi-Agency Child Exploitation meeting"],
    ["NRM", "National Referral Mechanism, the national process for identifying victims of modern slavery"],
    ["PRU", "Pupil referral unit, a school for children who cannot attend a mainstream school"],
    ["QAG", "The Partnership\u2019s Quality Assurance Group"],
    ["YJS", "Youth Justice Service"],
    ["DSL", "Designated Safeguarding Lead"],
    ["ED", "Emergency department (A&E)"],
])

L.h(d, "Appendix A: Terms of reference", 1, S)
L.bullets(d, [
    "To understand Kai\u2019s experience of services from his 13th birthday until the day of the attack.",
    "To consider how the risk of criminal exploitation was identified, assessed and responded to.",
    "To consider the impact of Kai\u2019s exclusion and education arrangements.",
    "To consider how agencies shared information, including across county borders.",
    "To consider whether Kai\u2019s ethnicity and identity influenced how he was seen.",
    "To identify good practice and what needs to change.",
], styled=S)

L.h(d, "Appendix B: Agencies that contributed", 1, S)
L.table(d, [
    ["Agency", "How it contributed"],
    ["Tamber Vale Children\u2019s Social Care", "Chronology, report, learning event"],
    ["Tamber Vale Police", "Chronology, report, learning event"],
    ["Pupil referral unit", "Chronology, learning event"],
    ["Kai\u2019s secondary school", "Chronology"],
    ["Youth Justice Service", "Chronology, learning event"],
    ["Acute hospital trust (ED and ward)", "Report, learning event"],
    ["GP practice (via the ICB)", "Chronology"],
    ["Return home interview service (commissioned)", "Report"],
])

L.h(d, "References", 1, S)
L.bullets(d, [
    "Child Safeguarding Practice Review Panel (2020) It was hard to escape: safeguarding children at risk from criminal exploitation.",
    "Davis, J. and Marsh, N. (2020) Boys to men: the cost of \u2018adultification\u2019 in safeguarding responses to Black boys. Critical and Radical Social Work.",
    "Firmin, C. (2020) Contextual Safeguarding and Child Protection: Rewriting the Rules. Routledge.",
    "HM Government (2023) Working Together to Safeguard Children.",
], styled=S)
p = d.add_paragraph("Working Together 2023 is available at ")
L.hyperlink(p, "gov.uk", "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2")

d.save("/work/blind/s13/FF/FF01.docx")
