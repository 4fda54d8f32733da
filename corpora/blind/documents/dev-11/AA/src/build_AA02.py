# AA02: 2026 short practice review summary; no recommendations, actions already taken. No heading styles (bold Normal paragraphs).
import sys; sys.path.insert(0, "/work/blind/s11/AA/src")
from helpers import *
import datetime

d = new_doc("Practice Review Summary: Child W", "Short practice review summary - young carer",
            "practice review summary; young carers; parental mental health; CAMHS thresholds",
            comments="Approved by Niamh Costigan, Chair, Learning & Review Group", category="Practice review summary", when=datetime.datetime(2026,4,9,14,0))
header_footer(d, "OFFICIAL - SENSITIVE   Practice Review Summary - Child W",
              "Hatherley Safeguarding Children Partnership. Queries: business unit, 020 8947 3316")

bold_heading(d, "HATHERLEY SAFEGUARDING CHILDREN PARTNERSHIP")
bold_heading(d, "Practice Review Summary: Child W (aged 12)")
para(d, "Draft 0.3, April 2026")

bold_heading(d, "Why we are publishing this summary")
para(d, "Child W is a twelve-year-old girl of Polish heritage who lives in Hatherley with her mother and her younger brother. In February 2026 she took an overdose of her mother's prescribed medication and spent four days on a paediatric ward. She has recovered physically and is now being supported by CAMHS and the young carers service. The Partnership decided in March 2026 that the learning could be set out in a short summary rather than a full local child safeguarding practice review. Like every review, its purpose is to improve the system, not to blame the people working in it.")
para(d, "In one sentence: each agency held part of the picture of W's life, but the GP, the school and the adult community mental health team never put those parts together, so nobody saw a child who had become her mother's main carer.")

bold_heading(d, "The family")
p = para(d, "")
tracked(p, "W lives with her mother, who has a long history of depression and periods of severe anxiety, and with her brother, Kacper (9). Their father returned to Poland in 2022 and has occasional video contact. W moved up to ", "Kestrel Park Academy", "her secondary school", " in September 2025. She is described by her primary school as musical, funny and fiercely loyal to her family. Polish is spoken at home; W and her brother are fluent in English and Mother's English is good.")
comment_on(d, p, "Dr Harjit Sandhu-Mercer at the practice has asked to see this section and section 4 before sign-off.", "Workstream member (Health)", "WH")
para(d, "In October 2025 Mother told the GP that she 'could not get out of bed most days' and that 'the children are good, they manage'. The summary will be shared with W and her mother before it is published.")

bold_heading(d, "What life was like for W")
para(d, "By the autumn of 2025 W had been running the household for at least a year. She told the school nurse in November 2025 that she 'does the shopping and the meds' and that she walked her brother to school before going to her own. Her attendance fell to 81 per cent in her first term and she was given two detentions for lateness. In December she wrote in a PSHE lesson that the thing she wished for most was 'a day off'. On the ward after the overdose she said she had not wanted to die; she had wanted to sleep and not have to think about whether her mother was safe.")

bold_heading(d, "What got in the way")
para(d, "Young carers were hard to see. The school's young carers register depends on a child or parent telling the school, and W had been taught by experience that telling adults about her mother's illness could lead to her brother and her being taken away. Nothing in the school's systems linked her lateness and detentions with her circumstances; the behaviour policy treated lateness as lateness.")
para(d, "Adult services thought about the adult. Mother's care coordinator and the GP both knew she had two children, and both recorded that the children were 'well cared for', based on what Mother said. The adult mental health team's assessment template has one question about children in the household, and it asks only whether there are any safeguarding concerns. There was no prompt to ask who was doing the caring.")
para(d, "Thresholds turned a referral into a dead end. The school nurse referred W to CAMHS in December 2025 with low mood. The referral was not accepted because W did not meet the threshold for a specialist service, and she was signposted to an online support offer. The letter went to Mother, who did not open her post at that time. Nobody checked whether W had received any help, because the referral pathway does not ask the referrer to follow up a signposting outcome.")
para(d, "The waiting list for the family hub was eleven weeks. A referral by the GP for family support in November was still waiting when W took the overdose on 2 February 2026.")

bold_heading(d, "What we have learned")
para(d, "1. A child who cares for a parent with mental illness may not look like a child in need: she may look like a late, tired pupil. Lateness and low mood meant something different once they were read alongside what was known about home.")
para(d, "2. 'The children are well cared for' is a statement about the adult's account. Unless someone has spoken with the children, it is not evidence about the children.")
para(d, "3. A referral that ends in signposting is not an outcome for the child until someone has checked that help arrived.")
para(d, "4. These are not features of this case alone. The Partnership's audit of young carers in 2025 found that most children known to the young carers service had first been identified only when a crisis occurred.")

bold_heading(d, "What has already changed")
para(d, "The Partnership has chosen not to make recommendations in this summary, because partners had already acted on the learning before it was finished. The actions below are complete and will be checked through the Partnership's usual audit programme.")
table(d, [["Action already taken", "Lead", "Completed"],
          ["Adult community mental health assessment template now asks who provides care at home and whether the children have been spoken to", "Mental health trust, Named Professional", "March 2026"],
          ["CAMHS single point of access writes to the referrer, not only the parent, when a referral is signposted elsewhere", "CAMHS service manager", "March 2026"],
          ["Young carers awareness session delivered to all Hatherley secondary DSLs", "Young carers lead", "March 2026"],
          ["Urgent slots created for children referred by GPs where a parent is receiving secondary mental health care", "Family Hub manager (Orchard Lane Family Hub)", "April 2026"]])
p = para(d, "For more information, contact ")
hyperlink(p, "mailto:t.oyelaran@hatherley.gov.uk", "the young carers lead")
p.add_run(". The national resource used in the awareness sessions is available from ")
hyperlink(p, "https://carers.org/", "Carers Trust")
p.add_run(".")

bold_heading(d, "Abbreviations")
para(d, "CAMHS - Child and Adolescent Mental Health Services. DSL - Designated Safeguarding Lead. GP - General Practitioner. PSHE - Personal, Social, Health and Economic education.")
d.save("/work/blind/s11/AA/AA02.docx")
print(word_count_docx("/work/blind/s11/AA/AA02.docx"))
