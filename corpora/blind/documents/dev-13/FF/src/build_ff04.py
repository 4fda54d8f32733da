"""FF04: unstyled .docx, long LCSPR Child E, comments + tracked changes, PLANTED identifiers."""
import docxlib as L

S = False
d = L.new_doc(
    title="LCSPR Child E - draft v0.4",
    subject="Local Child Safeguarding Practice Review: Child E (serious injury, domestic abuse)",
    keywords="LCSPR; domestic abuse; men in the household; parental mental health; Operation Encompass",
    comments="Workstream draft with tracked changes from v0.3.")
L.header_footer(d, "OFFICIAL - SENSITIVE    Child E", "DRAFT v0.4 - not for circulation")

L.para(d, "TAMBER VALE SAFEGUARDING CHILDREN PARTNERSHIP", bold=True)
L.para(d, "Local Child Safeguarding Practice Review concerning Child E", bold=True)
L.para(d, "\u201cThe man shouts and Mummy cries\u201d")
L.para(d, "Prepared by Gwendolyn Asante-Frey, Independent Lead Reviewer")
L.para(d, "Version 0.4 for the LCSPR Workstream. Please do not forward.")

L.para(d, "CONTENTS", bold=True)
for c in ["1. Introduction", "2. What happened to Child E", "3. What the family told me",
          "4. How practitioners took part", "5. What I found and why", "6. What needs to change",
          "7. Questions for the Partnership", "Appendix 1: Action plan", "Appendix 2: Contributors",
          "Appendix 3: Glossary", "Appendix 4: Terms of reference"]:
    L.para(d, c)

L.h(d, "1. INTRODUCTION", 1, S)
L.para(d, "1.1 This review is about a four-year-old girl who I call Child E. In the summer of 2023 she was seriously injured at home by her mother\u2019s partner, who I call Adult Male 2. She had a head injury and spent nine days in the paediatric intensive care unit at the regional children\u2019s hospital. She has recovered well, although she still has some difficulties with balance. Adult Male 2 has been convicted and is serving a prison sentence.")
L.para(d, "1.2 The Safeguarding Partners commissioned this Local Child Safeguarding Practice Review after a Rapid Review. The National Panel agreed with that decision.")
L.para(d, "1.3 I want to be clear about what this review is for. It is not a search for someone to blame. Practitioners make decisions in real conditions: with too many cases, with partial information, and with families who are not always able to tell them what is going on. My task is to understand those conditions, and to help the Partnership change the ones that made it harder to keep Child E safe.")
L.para(d, "1.4 I have used a systems approach, drawing on the SCIE Learning Together model. This means I have looked for the reasons behind decisions, and for patterns that are likely to affect other children, rather than only listing what went wrong.")
L.para(d, "1.5 Names. Child E is a pseudonym. Her mother is called Mother, her father is called Father, and her baby half-brother is called Sibling 1. Her maternal grandmother, who lives in Poland, is called Maternal Grandmother. Adult Male 2 is Sibling 1\u2019s father.")

L.h(d, "2. WHAT HAPPENED TO CHILD E", 1, S)
p = d.add_paragraph()
L.tracked(p, [("n", "2.1 "), ("d", "Eliza Wojcik-Barnes (4) "), ("i", "Child E "),
              ("n", "lived with Mother in a privately rented flat in Ellingford. Mother moved to England from Poland as a young woman and speaks Polish as her first language. Her English is good for everyday life but she told me that she finds it hard to follow long meetings. Father is Black British. He and Mother separated when Child E was a baby, and for most of the period of this review he was in prison.")],
          author="LCSPR Workstream - Business Unit")
L.comment(d, p, "Name in 2.1 was not redacted in v0.3 - now changed. Please can the reviewer check the rest of the document before v0.5.", "LCSPR Workstream - Chair", "WC")
L.para(d, "2.2 Mother had a history of depression, which began after Child E was born. She was supported by her GP and, from the autumn of 2022, by the community mental health team. Adult Male 2 moved in with Mother in the summer of 2022. Sibling 1 was born in the spring of 2023.")
p = d.add_paragraph()
L.tracked(p, [("n", "2.3 Child E went to "), ("d", "Eliza\u2019s nursery, Sunnyside Pre-School, "),
              ("i", "a local pre-school "), ("n", "from the age of two, and started in the reception class of a primary school in September 2022. Her key person at the pre-school described her as \u201ca little chatterbox\u201d who loved dressing up and the song about five little ducks.")],
          author="LCSPR Workstream - Business Unit")
L.para(d, "2.4 Between the summer of 2022 and the summer of 2023, police were called to the flat three times after reports of shouting. On each occasion Adult Male 2 was present. The first two calls were recorded as \u201cverbal argument\u201d. The third, in February 2023, was recorded as a domestic abuse incident and a DASH risk assessment was completed, with a result of \u201cstandard risk\u201d.")
L.para(d, "2.5 In March 2023 Child E told her reception teacher that \u201cthe man shouts and Mummy cries\u201d. The school made a referral to the MASH. Children\u2019s Social Care carried out a Child and Family Assessment and closed the case with advice and signposting in May 2023, after Mother said that Adult Male 2 had moved out. He had not.")
L.para(d, "2.6 In July 2023 Child E was taken to hospital by ambulance after Mother found her unconscious. The hospital record reads: \u201cWOJCIK, RENATA - mother - states child fell from bunk bed. DOB 14/09/2019. Hosp no. RXH 4471902.\u201d Doctors did not think the injuries fitted a fall. The police began an investigation the same day.")

L.h(d, "3. WHAT THE FAMILY TOLD ME", 1, S)
L.para(d, "3.1 I am grateful to every member of the family who spoke to me. I met Mother twice, with a Polish interpreter. I visited Father in prison. I spoke to Maternal Grandmother by video call, with the same interpreter. Child E is too young to take part in the usual way, but with Mother\u2019s agreement her foster carer at the time shared some of the things Child E said and drew, and I have included these in the findings.")
L.para(d, "3.2 Mother told me that she was frightened of Adult Male 2 for most of the time he lived with her, but that she was more frightened of losing her children. \u201cEvery time someone from the council came, he was sitting there. How could I say anything? He would read my phone after they left.\u201d She showed me a message he had sent her after the social worker\u2019s visit in April 2023: \u201cif u tell that social worker anything ur done. dont think i wont know.\u201d She said that nobody asked to see her on her own, and that when they did speak to her it was in English, with him in the room.")
L.para(d, "3.3 Mother also said that the mental health nurse was \u201cthe only one who asked about me as a person\u201d, but that the nurse never asked about the children.")
L.para(d, "3.4 Father spoke to me for over an hour. I have quoted him at length because his view is one that reviews rarely hear:")
L.para(d, "\u201cI know I\u2019m in here and I know why. But I\u2019m still her dad. I rang her every Sunday when they let me. When she stopped coming on the phone I asked Renata\u2019s mum what was going on and she said there was a new man. I told my probation officer I was worried about my daughter. She said it wasn\u2019t her job, it was social services. Nobody from social services ever rang me. Nobody asked me anything. If they had, I\u2019d have told them she was scared of the dark and she always wanted the landing light on, and that if she goes quiet something\u2019s wrong. She went quiet, on the phone, in the spring. I knew.\u201d", italic=True)
L.comment(d, d.paragraphs[-1], "Ifeoma Nwachukwu-Hart (Named Nurse) asks whether Father has agreed to this quote being used at this length - please confirm in writing.", "LCSPR Workstream - Health", "WH")
L.para(d, "3.5 Darnell \u201cDee\u201d Barnes also told me that he would like to be part of his daughter\u2019s life when he is released, and that he hoped this review would mean other fathers in prison were asked about their children.")
L.para(d, "3.6 Maternal Grandmother told me that she had been worried about her daughter\u2019s mood for a long time. She said that in Polish families it can be hard to tell outsiders about problems at home, and that her daughter was ashamed of needing help.")

L.h(d, "4. HOW PRACTITIONERS TOOK PART", 1, S)
L.para(d, "4.1 I held individual conversations with fourteen practitioners and managers, either in person or online. They included the health visitor, the reception teacher and the school\u2019s Designated Safeguarding Lead, the social worker and team manager, two police officers, the community psychiatric nurse, the GP and a probation officer. I then brought a smaller group together to test my early findings. Practitioners were open, reflective and often upset about what had happened to Child E. Several told me it was the first time anyone had asked them how a case had felt to work on.")

L.h(d, "5. WHAT I FOUND AND WHY", 1, S)
L.para(d, "5.1 I have four findings. For each I explain what happened, why I think it happened, and whether it is likely to be a wider issue.")

L.para(d, "Finding 1: Child E\u2019s life was seen through the adults around her", bold=True)
L.para(d, "5.2 Most of the professional attention on this family was on Mother: her depression, her housing, her pregnancy with Sibling 1. This was understandable, and much of it was kind and skilled. But it meant that Child E\u2019s experience was often described second-hand. In the records, she is \u201cseen and appeared well\u201d, \u201cplaying happily\u201d, or \u201casleep\u201d. Almost no record says what she said, or what a day in that flat was like for her.")
L.para(d, "5.3 When Child E did speak, it was at school, away from home. In March 2023 her teacher noticed she had stopped joining in with role play, and asked her gently why. That was when Child E said \u201cthe man shouts and Mummy cries\u201d. Her teacher wrote down her exact words, and the time, and who was present. This was exactly the right thing to do and it gave the MASH a clear picture.")
L.para(d, "5.4 Why, then, did the assessment that followed not centre on what Child E had said? I think there were several reasons. The social worker was newly qualified and had 24 children on her caseload, which was above the team\u2019s own limit of 18. She visited three times, each time by appointment, and each time Adult Male 2 was present. Because the visits were arranged through Mother\u2019s mobile phone, he knew when they were coming. The social worker told me she did try to speak to Child E alone on the second visit, but Child E hid behind the sofa and would not talk. Looking back, she thought Child E was frightened, but at the time she recorded it as \u201cshy\u201d.")
L.para(d, "5.5 The assessment template in use in 2023 asks for \u201cthe child\u2019s views\u201d in a single box near the end. It does not prompt the worker to think about how a four-year-old might show distress without words, or to seek the views of a child in a setting where they feel safe. Since then, Children\u2019s Social Care has introduced a new template that includes a \u201cday in the life\u201d section; this is welcome, but I could not yet see evidence that it is being used well.")
L.para(d, "5.6 Child E\u2019s foster carer told me that after the injury Child E drew a picture of the flat with \u201ca big black cloud in the kitchen\u201d and asked, \u201cWill the cloud come to my new house?\u201d That is the voice that was missing.")
L.box(d, "Learning for practice", [
    "A child saying something worrying at school is an invitation to listen more, not a single piece of evidence to test. Go back to the child in the place where they spoke.",
    "\u201cShy\u201d, \u201cquiet\u201d and \u201cclingy\u201d are descriptions, not explanations. Ask what they might be telling you.",
])

L.para(d, "Finding 2: Adult Male 2 was present but not seen", bold=True)
L.para(d, "5.7 Adult Male 2 was in the flat at almost every visit by every agency. Yet no agency assessed him. He was described variously as \u201cMother\u2019s friend\u201d, \u201cpartner (not living here)\u201d and \u201cdad\u201d. His full name and date of birth were not recorded by health visiting or by the school. Children\u2019s Social Care recorded his name but did not carry out police checks, because Mother said he did not live there.")
L.para(d, "5.8 Why did this happen? Practitioners gave me honest answers. Several said that their services are set up to work with mothers: the health visiting contact is with \u201cthe mother and baby\u201d, the perinatal and mental health services work with Mother as their patient, and there is no expectation in any of their procedures that they will find out who else lives in the home. One health visitor said, \u201cIf I asked every man in the room for his date of birth, I\u2019d never get through the door again.\u201d Others said that Adult Male 2 was charming, helpful and \u201cvery involved\u201d with Sibling 1, and that this was reassuring.")
L.para(d, "5.9 There is a long history in national reviews of men in the household being overlooked, and the National Panel\u2019s 2021 report on men in the lives of babies made the same point. This is not new learning, and I think that is the real issue for the Partnership: why does learning this well known still not change practice? My view is that it is because none of the local procedures require it. A checklist or a question on a form will not solve this on its own, but without one, curiosity about men depends on the confidence of each individual practitioner, and that is not a reliable system.")
L.box(d, "Learning for practice", [
    "Find out who lives in the home and who visits often. Record their full name and date of birth and ask what they do in the child\u2019s care.",
    "A man who is helpful and involved still needs to be understood. Being charming is not the same as being safe.",
])

L.para(d, "Finding 3: The information that mattered was held in different places", bold=True)
L.para(d, "5.10 This finding is about one episode in particular, and about how agencies worked together around it: the police call-out in February 2023.")
L.para(d, "5.11 When police attended that night, they completed a DASH risk assessment with Mother. The officer told me that Adult Male 2 was in the next room and that the flat was small. Mother answered \u201cno\u201d to most questions. The result was \u201cstandard risk\u201d, which meant there was no referral to MARAC and no automatic referral to Children\u2019s Social Care. The officer did record that two children lived there.")
L.para(d, "5.12 Police in Tamber Vale also had information from another force area that Adult Male 2 had a previous conviction for assaulting a former partner. This was on a national police database, but it was not visible on the local incident screen the officer was using that night. The officer would have had to search for it separately, and at 2am, with two other calls waiting, she did not.")
L.para(d, "5.13 Under Operation Encompass, the police should notify a child\u2019s school before the start of the next school day after a domestic abuse incident, so that staff can support the child. No notification was sent to Child E\u2019s school. The reason is a system one. The police system matches children to schools using a list that is updated at the start of each term. Child E had moved from the pre-school to the reception class in September, but the list used in February still showed her at the pre-school, which is not part of the scheme. The notification went nowhere, and nobody knew it had gone nowhere.")
L.para(d, "5.14 So, in March 2023, when Child E told her teacher about the shouting, the school did not know about the February incident. When the MASH received the school\u2019s referral, the MASH police researcher did find the February incident, but not the previous conviction from another force. The health visitor knew Mother had said Adult Male 2 \u201cgets angry\u201d, but this was recorded in the health record and was not shared with the MASH because nobody asked the health visitor. Each agency held part of the picture. The MASH decision was made on the part it could see.")
L.para(d, "5.15 There was no multi-agency strategy discussion at this point, because the MASH decided the threshold for a Section 47 enquiry was not met. I think this decision was reasonable on the information the MASH had. The problem was that the information the MASH had was incomplete, and the system gave no prompt to look further.")
L.para(d, "5.16 This is a wider issue. In the Partnership\u2019s 2024 audit of domestic abuse referrals, a third of police notifications for children of pre-school or reception age did not reach a current setting.")
L.box(d, "Learning for practice", [
    "A DASH completed with the possible abuser in the next room may not be a true picture. If you can, come back and speak to the victim alone.",
    "When you make or receive a referral, ask: who else knows this family, and have we asked them?",
])

L.para(d, "Finding 4: Father was not treated as part of Child E\u2019s life", bold=True)
L.para(d, "5.17 Father was in prison for the whole of the period I reviewed. He phoned Child E most weeks. He told his probation officer in April 2023 that he was worried about her. The probation officer told me she made a note and suggested he contact Children\u2019s Social Care himself. She did not contact them because, she said, \u201che\u2019s not the one at risk and the child isn\u2019t on our system\u201d.")
L.para(d, "5.18 The Child and Family Assessment recorded Father as \u201cin custody, no involvement\u201d. He was not contacted. The social worker told me that she did not know it was possible to speak to a parent in prison and would not have known how to arrange it.")
L.para(d, "5.19 Why does this matter? Because Father was one of the few people who noticed Child E going quiet, and because he could have told professionals things about her that nobody else did. Fathers in prison are often thought of only as a risk, or not at all. This case shows that they can also be a source of knowledge and protection. There is no local guidance on involving parents in prison in assessments, and probation and Children\u2019s Social Care do not have an agreed way of passing concerns to each other when the child is not already known.")
L.box(d, "Learning for practice", [
    "A parent in prison is still a parent. Ask what they know, and how they stay in touch with the child.",
    "If a parent tells you they are worried about their child, pass it on yourself.",
])

L.para(d, "Language and culture", bold=True)
L.para(d, "5.20 Mother was never offered a Polish interpreter by Children\u2019s Social Care or by health visiting, although one was used at the hospital. Practitioners said that her English seemed good. But talking about fear, shame and abuse in a second language, with the abuser present, is a very different thing from talking about a baby\u2019s feeding. Maternal Grandmother\u2019s point about shame and keeping things in the family is important too, and it was not something any practitioner had thought to explore.")

L.h(d, "6. WHAT NEEDS TO CHANGE", 1, S)
L.para(d, "6.1 I make five recommendations. They are also set out in the action plan in Appendix 1, which gives more detail about how progress will be measured.")
L.para(d, "Recommendation 1. Children\u2019s Social Care and Tamber Vale Police should, within 12 weeks, add a required step to the assessment process so that every adult who lives in or regularly visits the household is identified by full name and date of birth and checked, and should audit 20 assessments after six months to test whether this is happening.")
L.para(d, "Recommendation 2. Tamber Vale Police, with the local authority\u2019s Education Service, should change the Operation Encompass process so that notifications go to a child\u2019s current early years or school setting, using roll data that is updated at least weekly, and should report the number of undelivered notifications to the Partnership each quarter from September 2025.")
L.para(d, "Recommendation 3. The mental health trust should add a Think Family prompt to its community care plan template, asking who the children in the household are and what they see and hear, and should report on its use to the Partnership\u2019s Quality Assurance Group within six months.")
L.para(d, "Recommendation 4. The Probation Service and Children\u2019s Social Care should agree a short protocol for how a parent in prison is contacted during a children\u2019s assessment and how probation staff pass on a parent\u2019s concerns about a child, and should present it to the Partnership by the end of 2025.")
p = d.add_paragraph()
L.tracked(p, [("n", "Recommendation 5. "), ("d", "All agencies should always use professional interpreters. "),
              ("i", "All agencies should make sure professional interpreters are used for any conversation with a parent about risk, abuse or the child\u2019s safety, whatever the parent\u2019s everyday level of English.")],
          author="LCSPR Workstream - Business Unit")

L.h(d, "7. QUESTIONS FOR THE PARTNERSHIP", 1, S)
L.para(d, "\u2022 Why does well-known learning about men in the household still not change practice here, and what would?")
L.para(d, "\u2022 How do leaders know when a notification or referral has gone nowhere?")
L.para(d, "\u2022 Do practitioners have caseloads that allow them to see a child alone, more than once?")

L.h(d, "APPENDIX 1: ACTION PLAN", 1, S)
L.table(d, [
    ["Rec.", "Lead", "Action", "Timescale", "Measure of success"],
    ["1", "CSC and Police", "Required step to identify and check all adults in the household", "12 weeks", "Audit of 20 assessments shows adults identified and checked in at least 90%"],
    ["2", "Police and Education Service", "Operation Encompass notifications to current setting with weekly roll data", "From September 2025", "Quarterly report of undelivered notifications; target fewer than 5%"],
    ["3", "Mental health trust", "Think Family prompt in care plan template", "6 months", "Report to QAG on use of the prompt"],
    ["4", "Probation Service and CSC", "Protocol for involving parents in prison", "End of 2025", "Protocol approved by the Partnership"],
    ["5", "All agencies", "Use professional interpreters for conversations about risk", "Ongoing", "To be agreed"],
])

L.h(d, "APPENDIX 2: CONTRIBUTORS", 1, S)
L.table(d, [
    ["Agency", "Contributor", "Contact"],
    ["Primary school", "Siobh\u00e1n Carty, Designated Safeguarding Lead", "s.carty@ashgrove.sch.uk"],
    ["Children\u2019s Social Care", "Team Manager, Assessment Team", "Via the Business Unit"],
    ["Tamber Vale Police", "Detective Inspector, Public Protection", "Via the Business Unit"],
    ["0-19 Public Health Nursing Service", "Named Nurse for Safeguarding", "Via the Business Unit"],
    ["Mental health trust", "Safeguarding Lead", "Via the Business Unit"],
    ["Probation Service", "Head of Service", "Via the Business Unit"],
])

L.h(d, "APPENDIX 3: GLOSSARY", 1, S)
for g in ["CSC - Children\u2019s Social Care", "DASH - Domestic Abuse, Stalking and Harassment risk assessment",
          "MARAC - Multi-Agency Risk Assessment Conference", "MASH - Multi-Agency Safeguarding Hub",
          "QAG - the Partnership\u2019s Quality Assurance Group", "PICU - Paediatric intensive care unit",
          "Operation Encompass - a national scheme in which police tell schools about domestic abuse incidents involving their pupils"]:
    L.para(d, g)

L.h(d, "APPENDIX 4: TERMS OF REFERENCE", 1, S)
L.para(d, "The review covered the period from the summer of 2022, when Adult Male 2 moved into the household, until the day of Child E\u2019s injury. It asked how Child E\u2019s lived experience was understood; how agencies identified and responded to domestic abuse; what was known about Adult Male 2 and how it was shared; how Mother\u2019s mental health and language needs were considered; and how Father was involved.")
p = d.add_paragraph("Further reading: ")
L.hyperlink(p, "Working Together to Safeguard Children 2023", "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2")

d.save("/work/blind/s13/FF/FF04.docx")
