# AA01: 2019 LCSPR, Learning Together-style, findings framed as questions. Word Heading styles.
import sys; sys.path.insert(0, "/work/blind/s11/AA/src")
from helpers import *
import datetime

d = new_doc("Local Child Safeguarding Practice Review: Ana", "LCSPR draft v0.4 for workstream approval",
            "LCSPR; Ana; Romanian-speaking family; faith settings; interpreters; Grovelands Primary School",
            comments="Draft circulated to workstream members for comment", category="LCSPR", when=datetime.datetime(2019,11,18,10,0))
header_footer(d, "OFFICIAL - SENSITIVE   |   LCSPR Ana   |   CSC ref BR-CIN-0417763",
              "DRAFT v0.4 - not for circulation - Brunswick Safeguarding Children Partnership")

d.add_heading("Brunswick Safeguarding Children Partnership", 0)
para(d, "Local Child Safeguarding Practice Review concerning Ana (aged 7)")
para(d, "Lead reviewer: independent reviewer from the Brunswick and Hatherley shared reviewer pool. Draft v0.4, November 2019.")

d.add_heading("1. Introduction", 1)
para(d, "1.1 This review concerns a seven-year-old girl who is known in this report as Ana. Ana chose the name herself when the reviewer met her with her mother; it is the name of a character in a story book she was reading at the time. Ana lives with her mother, her father and her younger brother (Sibling 1) in the north of Brunswick. The family are Romanian nationals and Romanian is the language spoken at home. The family are active members of a Romanian-speaking Pentecostal congregation that meets in a church hall in the borough.")
p = para(d, "")
tracked(p, "1.2 In the spring of 2019 ", "Ioana Lungu", "Ana", " was seen at school with linear bruising to the backs of both legs. She told a member of staff that she had been hit with a belt for not learning her verses. A strategy discussion was held and a section 47 enquiry followed. The enquiry concluded with a child in need plan, which was closed after ten weeks. Five months later Ana was taken to the Emergency Department with a fractured forearm and further bruising. Father was charged and the criminal process has now concluded.")
comment_on(d, p, "Please check the first name in 1.2 before this goes to the business group - I think an earlier version slipped through.", "Workstream member (Education)", "WE")
para(d, "1.3 The Partnership decided, following a Rapid Review, that the case met the criteria for a local child safeguarding practice review, because the second injury raised questions about how agencies had understood the risk after the first.")

d.add_heading("2. The purpose of this review and how it was done", 1)
para(d, "2.1 A review of this kind does not set out to find fault with individual workers or to decide who was responsible for Ana's injuries. Those questions belong to other processes. Its task is to understand why the safeguarding system worked as it did, so that the Partnership can make it safer for other children.")
para(d, "2.2 The review used an approach adapted from the Learning Together model developed by the Social Care Institute for Excellence. Rather than building a long chronology, the reviewer and a small review team looked at a handful of key practice episodes, asked the practitioners involved what made sense to them at the time, and then looked for the underlying patterns in the system that made good practice harder or easier. The findings are written as questions because the review team wanted partners to own the answers rather than receive a list of instructions.")
para(d, "2.3 The review covered the period from Ana starting Reception in September 2016 until the second injury in the autumn of 2019. The terms of reference are set out in Appendix A. Practitioners from the school, Children's Social Care, the Police, the 0-19 health service, the Emergency Department and the church took part in two learning events. Individual conversations were held with the Year 2 teacher, the designated safeguarding lead and the social worker who completed the assessment.")

d.add_heading("3. Who is Ana?", 1)
para(d, "3.1 Ana's teachers describe a bright, watchful girl who loves drawing horses and who became the unofficial translator for two newer Romanian-speaking children in her class. She is proud of being able to read in two languages. At home she helps look after her brother and says grace before meals with her family. At church she attended a Saturday Bible class, where children were expected to learn verses by heart and recite them in front of the congregation on Sunday.")
para(d, "3.2 When the reviewer met Ana, with her mother and an interpreter, she drew a picture of her classroom and a picture of the church hall. She put herself in the middle of the classroom and at the very edge of the church picture. Asked about it, she said she liked school 'because nobody shouts if you get it wrong'. Ana's words are a reminder that, for a seven-year-old, the places adults think of as safe can feel very different.")

d.add_heading("4. The family's contribution", 1)
para(d, "4.1 Ana's mother met the reviewer twice, once at home and once at the Partnership office, with a Romanian interpreter whom she had approved in advance. She wanted the review to know that in the first enquiry nobody had spoken to her on her own. 'Every time the social worker came, my husband answered for me, and she let him. I did not know I could ask for my own interpreter. I thought the interpreter was for him.' She said she had been frightened to say anything about the belt because she believed the church elders would be told and the family would be shamed.")
para(d, "4.2 She also said that the school had been kind and that the teacher had 'noticed Ana as a person and not as a problem'. Ana's father was invited through his solicitor to contribute and declined.")

d.add_heading("5. Summary of what happened", 1)
para(d, "5.1 The review team looked closely at three key practice episodes: the first disclosure at school; the strategy discussion and the section 47 enquiry; and the decision to close the child in need plan. They are summarised only as far as needed to understand the findings.")
para(d, "5.2 Mrs Adebayo-Lewis, the Year 2 teacher, noticed Ana wincing as she sat down after PE and asked her, gently and on her own, what had happened. She recorded Ana's words exactly and went straight to the designated safeguarding lead. The referral to the MASH was made the same morning. A strategy discussion was held on 14 March 2019 by telephone between the MASH social worker, a police officer and the school. The church, which had been running the Bible class where Ana said the pressure to learn verses came from, was not invited, and no one asked whether anyone there had seen Ana distressed.")
para(d, "5.3 During the enquiry, Father was used as the interpreter for Mother in two of three home visits. The social worker told the review that a telephone interpreter had been booked for the first visit but the line kept dropping, and that Father's English was fluent and he was courteous and cooperative. The plan was closed when Father agreed to attend a parenting course and told the social worker that the family 'did not believe in hitting'.")

d.add_heading("6. Findings", 1)
d.add_heading("Finding 1: How do practitioners make sure they hear a parent and child directly when the family's first language is not English?", 2)
para(d, "6.1 Using a family member to interpret in a child protection enquiry is contrary to local procedures, yet everyone the review spoke to knew of other cases where it had happened. Practitioners described a service in which booking a face-to-face Romanian interpreter required three days' notice and a manager's authorisation, while telephone interpreting was quick but unreliable in homes with poor reception. Under those conditions a fluent, helpful father becomes the path of least resistance. The review team also heard that workers felt uncomfortable 'insisting' on an interpreter when a parent said one was not needed, for fear of appearing to doubt his English. The effect was that the parent whose voice mattered most for Ana's safety, her mother, was never heard alone.")
para(d, "Questions for the Partnership: Do managers know how often family members are used to interpret in enquiries? What would make a same-day, face-to-face interpreter the easy option rather than the exceptional one?")

d.add_heading("Finding 2: Why are faith settings on the edge of the safeguarding network rather than part of it?", 2)
para(d, "6.2 The strategy discussion was a two-agency conversation with the school added. That is typical in the borough: practitioners said that supplementary schools and churches are seldom thought of as partners, and the MASH has no routine way of finding out whether a child attends one. In Ana's case, the Bible class was the setting most closely linked to what she said had happened, and the youth leader there later told the review that she had been worried about the way some children were disciplined for weeks. She had not known who to tell. Information therefore did not travel between the church and statutory agencies in either direction, and the enquiry drew its picture of family life from the family alone. The review team noted that the church had a written safeguarding policy (see the link in Appendix C) but that it named no local contacts and had not been shared with the Partnership.")
para(d, "Questions for the Partnership: How will the MASH know that a child attends a faith setting? Who in the Partnership holds the relationship with faith leaders, and how would a youth leader with a worry reach them?")

d.add_heading("Finding 3: What makes closure of a child in need plan feel safe when little has changed?", 2)
para(d, "6.3 The plan was closed on the strength of Father's agreement and his account of the family's views. Practitioners told the review that the team was carrying twenty per cent more cases than its establishment, and that plans where a parent is 'engaging' are the ones most readily closed to release capacity. There is a human factor here as well: a cooperative, articulate parent reassures professionals, and it is harder to sustain worry about a family who are polite and grateful. The review found no evidence that anyone had asked how the family's beliefs about discipline and obedience, which are bound up with their faith, had been explored with them respectfully. Asking about that would not have been culturally insensitive; it would have been child-centred.")
para(d, "Questions for the Partnership: Does the closure of a child in need plan routinely require evidence of change seen from the child's perspective? How do supervisors help workers notice when reassurance comes only from the parent who may pose the risk?")

d.add_heading("7. What worked well", 1)
bullets(d, [
  "The Year 2 teacher's response to Ana's disclosure was exemplary: she listened, did not lead, recorded the child's words and acted the same morning.",
  "The Emergency Department paediatric registrar took a full history, checked the child protection information system and made an immediate referral when Ana attended with her fracture.",
  "After the second injury, the Police and Children's Social Care arranged for Mother to be interviewed alone with an interpreter she trusted, which is when the fuller picture emerged.",
])

d.add_heading("8. Is this a feature of practice more widely?", 1)
para(d, "8.1 The review team believes all three findings describe patterns and not one-off events. A sample of twelve recent enquiries involving families whose first language was not English, checked by the Partnership's quality assurance officer, found a family member interpreting in four. Faith settings appear in fewer than one in fifty MASH contacts, although the Partnership's own data show that many children in Brunswick attend one.")

d.add_heading("9. What the Partnership is asked to do", 1)
para(d, "The Partnership is asked to:")
para(d, "(a) require Children's Social Care, the Police and health partners to record, in every section 47 enquiry, who interpreted for each family member, and to report the figures to the Partnership's quality assurance subgroup each quarter from April 2020;")
para(d, "(b) work with the Brunswick Faith Forum to agree how faith and supplementary settings are invited to strategy discussions where they hold relevant knowledge, and to publish named contacts for faith leaders by June 2020;")
para(d, "(c) ask Children's Social Care to revise its child in need closure guidance so that closure records what has changed for the child, in the child's own words where possible.")

d.add_heading("Appendix A: Terms of reference", 1)
bullets(d, [
  "How well did agencies hear Ana's voice and her mother's voice, including through interpreters?",
  "How did agencies understand the role of the family's faith community?",
  "What informed the decision to close the child in need plan?",
  "What does the case tell us about the system more generally?",
])
d.add_heading("Appendix B: Review team and contributors", 1)
table(d, [["Role", "Organisation"],
          ["Independent lead reviewer", "Brunswick and Hatherley shared reviewer pool"],
          ["Head of Service, Safeguarding", "Children's Social Care"],
          ["Designated Nurse (Siobhan Ferris)", "Brunswick ICB / CCG"],
          ["Detective Inspector", "Metropolitan Police Service, North Area BCU"],
          ["Education Safeguarding Adviser", "Brunswick Council"],
          ["Partnership Business Manager", "Brunswick Safeguarding Children Partnership"]])
d.add_heading("Appendix C: References and guidance", 1)
p = para(d, "The congregation's policy as supplied to the review: ")
hyperlink(p, "https://www.brunswickfaithforum.org.uk/members/policies/safeguarding-policy-pastor-vasile-dragomir.pdf", "the church's safeguarding policy")
p = para(d, "London Child Protection Procedures, section on interpreters: ")
hyperlink(p, "https://www.londonsafeguardingchildrenprocedures.co.uk/", "London Safeguarding Children Procedures")
para(d, "HM Government (2018) Working Together to Safeguard Children. Fish, S., Munro, E. and Bairstow, S. (2008) Learning Together to Safeguard Children: developing a multi-agency systems approach for case reviews. SCIE.")
d.add_heading("Appendix D: Abbreviations", 1)
table(d, [["Abbreviation", "Meaning"], ["MASH", "Multi-Agency Safeguarding Hub"], ["CIN", "Child in Need"],
          ["ED", "Emergency Department"], ["BCU", "Basic Command Unit"], ["DSL", "Designated Safeguarding Lead"],
          ["SCIE", "Social Care Institute for Excellence"], ["ICB", "Integrated Care Board"]])
# comment with a name inside it
p = d.paragraphs[-1] if d.paragraphs[-1].text else para(d, "End of draft.")
p2 = para(d, "End of draft v0.4.")
comment_on(d, p2, "Confirmed with Gabriela Munteanu (interpreter at both family meetings) that she is content with how the mother's words have been rendered.", "Workstream member (CSC)", "WC")
d.save("/work/blind/s11/AA/AA01.docx")
print(word_count_docx("/work/blind/s11/AA/AA01.docx"))
