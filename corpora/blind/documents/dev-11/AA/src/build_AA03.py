# AA03: 2012 SCR overview report with IMR summaries. Headings are numbered Normal paragraphs (no heading styles, no bold).
import sys; sys.path.insert(0, "/work/blind/s11/AA/src")
from helpers import *
import datetime

d = new_doc("Serious Case Review: Child F - Overview Report", "SCR overview report, draft for LSCB SCR sub-group",
            "serious case review; private fostering; Child F; IMR", comments="Draft 2 for SCR panel", category="Serious Case Review", when=datetime.datetime(2012,10,22,9,30), author="LSCB SCR Panel")
header_footer(d, "RESTRICTED - Serious Case Review Child F - Overview Report", "Brunswick LSCB - Draft 2 - not for circulation")
P = lambda t: para(d, t)

P("BRUNSWICK LOCAL SAFEGUARDING CHILDREN BOARD")
P("SERIOUS CASE REVIEW: CHILD F")
P("OVERVIEW REPORT")
P("Independent Overview Author, commissioned from the Brunswick and Hatherley pool of independent authors. Draft 2, October 2012.")

P("1. INTRODUCTION")
P("1.1 This is the overview report of a Serious Case Review (SCR) commissioned by Brunswick Local Safeguarding Children Board (LSCB) in respect of a girl referred to as Child F. Child F was eleven years old at the time of the incident that led to the review.")
P("1.2 In January 2012 the Police attended the address where Child F was living following a call from a neighbour. Child F was taken into police protection and was subsequently found to have a number of injuries of different ages, including a healed fracture of the left wrist and scarring consistent with burns. She was accommodated by the local authority under section 20 of the Children Act 1989 and later made the subject of a care order. The adult with whom she had been living, referred to in this report as Ms A, was charged with offences of cruelty and assault. The criminal proceedings concluded in September 2012.")
p = P("")
tracked(p, "1.3 Child F had been living with Ms A since arriving in the United Kingdom from Ghana in the summer of 2009. Agencies understood Ms A to be ", "Child F's aunt", "a relative", ". It was established after the incident that Ms A was not related to Child F and that the arrangement was a private fostering arrangement within the meaning of the Children Act 1989. The arrangement had not been notified to the local authority.")
comment_on(d, p, "Legal adviser: please keep 'a relative' here - the agencies' records say 'aunt', and we explain the correct position in the next sentence.", "LSCB Legal Adviser", "LA")
P("1.4 The LSCB Chair decided in February 2012 that the criteria for an SCR set out in chapter 8 of Working Together to Safeguard Children (2010) were met, because abuse was known and Child F had been seriously harmed.")
P("1.5 The LSCB wishes to make clear that the purpose of an SCR is to establish what lessons are to be learned about the way professionals and organisations work to safeguard children, and to improve practice. It is not an inquiry into who is culpable for the harm to Child F, which was a matter for the criminal court.")

P("2. TERMS OF REFERENCE AND PROCESS")
P("2.1 The SCR panel was chaired by the LSCB's independent chair and included senior managers from Children's Social Care, the Police, Brunswick Primary Care Trust, the acute hospital trust, the Education Department and the UK Border Agency. The panel met six times between March and September 2012.")
P("2.2 The period under review was from the summer of 2009, when Child F arrived in the country, to January 2012. Agencies were asked to report any significant earlier information.")
P("2.3 The terms of reference asked each agency to consider:")
bullets(d, ["whether its contact with Child F complied with its own policies and procedures and with the London Child Protection Procedures;",
            "whether practitioners identified that Child F might be privately fostered and, if so, what action was taken;",
            "whether Child F's ethnicity, culture, language and immigration status were taken into account;",
            "what lessons there are for the agency and what action it will take."])
P("2.4 Individual Management Reviews (IMRs) were requested from six agencies and a short information report from the UK Border Agency. IMR authors were independent of the line management of the practitioners involved. Each IMR author examined records and interviewed the staff involved; the number of staff interviewed ranged from one in the GP practice to seven in the hospital trust.")
P("2.5 The IMRs were quality assured by the panel and returned for further work where necessary. The overview author met each IMR author and read the agency records where these were provided.")

P("2.6 Parallel processes. The Police investigation and the criminal proceedings ran alongside the review. The SCR panel agreed a protocol with the Crown Prosecution Service under which IMR authors could interview staff only after the staff had given witness statements. The report was completed after the trial ended.")
P("2.7 The review did not consider the work of the immigration tribunal or the Ghanaian authorities, which were outside the LSCB's remit.")
P("3. FAMILY AND CARER PARTICIPATION")
P("3.1 Ms A was invited to contribute to the review after the criminal proceedings ended. She declined in a letter sent through her solicitor, stating that she did not wish to discuss the matter further.")
P("3.2 The review was not able to contact Child F's birth parents. Enquiries through the Ghanaian High Commission and through International Social Service did not produce a current address for either parent by the time this report was completed. If contact is established later, the LSCB will offer to meet them and share the findings.")
P("3.3 The panel considered whether Child F should be invited to contribute. Her social worker and her foster carer advised that, because of the recent trial, it would not be in her interests to be asked to take part at this time.")

P("4. SUMMARY OF INDIVIDUAL MANAGEMENT REVIEWS")
P("4.1 Children's Social Care (CSC)")
P("4.1.1 CSC had one contact before January 2012. In March 2011 the Duty and Assessment Team received a notification from the hospital's Emergency Department (A&E) that Child F had attended with a scald to the forearm. The contact was screened by a duty social worker and recorded as 'no further action - accidental injury, carer (aunt) appropriate'. No checks were made on the address and no initial assessment was opened.")
P("4.1.2 The IMR finds that the screening did not comply with the department's procedure for contacts concerning injuries to children. The IMR also finds that the recording of Ms A as 'aunt' was not verified. CSC held no private fostering notification for the address.")
P("4.2 The Police")
P("4.2.1 The Police had no contact with Child F before January 2012. In October 2010 officers attended the address following a report of a noise nuisance. The officers recorded that a child was present and that she appeared 'quiet but well'. No Merlin report (a report of a child coming to notice) was created. The IMR finds that a Merlin should have been created under force policy.")
P("4.2.2 Following the incident in January 2012 the Police response, including the use of police protection and the arrangement of an ABE interview with a Twi interpreter, was prompt and in line with procedure.")
P("4.3 The primary school")
P("4.3.1 Child F was admitted to a local primary school in Year 4 in September 2009. The admission form was completed by Ms A, who gave her relationship to Child F as 'aunt'. No documents were requested to confirm parental responsibility. The school's admissions procedure required the school to ask who held parental responsibility; the IMR found that this question was left blank.")
P("4.3.2 Child F's attendance was 89 per cent in 2009-10 and 84 per cent in 2010-11. Her class teacher recorded on four occasions in 2010-11 that she arrived without lunch or a coat. In May 2011 a teaching assistant recorded a mark on Child F's neck. The designated teacher for child protection was informed and spoke with Ms A, who said Child F had fallen. No referral was made to CSC.")
P("4.3.3 The IMR notes good practice by the school's learning mentor, who met Child F weekly from January 2011 for literacy support and kept detailed notes of each session. These notes were of considerable value to the Police investigation. The IMR also notes that the school provided Child F with a coat and a uniform from its own funds.")
P("4.4 GP practice")
P("4.4.1 Child F was registered with a GP practice in November 2009. The new patient form was completed by Ms A. Child F was seen three times: for an ear infection, for a cough and for a review of the scald in March 2011. The IMR finds that the identity of the adult registering Child F and her relationship to the child were not recorded.")
P("4.4.2 Child F was not offered a new patient health check. Her immunisation history from Ghana was not obtained.")
P("4.5 The acute hospital trust")
P("4.5.1 Child F attended A&E in March 2011 with a scald to the right forearm. Ms A said that Child F had pulled a pan of hot water from the cooker. The injury was treated and a notification was sent to CSC. The IMR finds that the A&E safeguarding checklist was only partly completed: the questions on who held parental responsibility and on the consistency of the explanation with the injury were not answered. A paediatric review was not requested.")
P("4.5.2 The trust's liaison health visitor received a copy of the notification and forwarded it to the school nursing service. The IMR finds that this was in line with the trust's procedure.")
P("4.5.3 Following the incident in January 2012, the child protection medical examination was carried out by a consultant paediatrician with a Twi interpreter and was thorough and well documented. The IMR identifies this as good practice.")
P("4.6 School nursing service (community health services)")
P("4.6.1 The school nurse received the A&E notification in April 2011 and added it to Child F's record. No contact was made with Child F, the school or Ms A. The IMR finds that the service's procedure required the school nurse to consider contact with the child following an A&E notification of an injury and that this was not done.")
P("4.7 UK Border Agency (information report)")
P("4.7.1 Child F entered the UK on a visitor visa in 2009 accompanying Ms A. The visa application named Ms A as a family friend. The visa expired in early 2010. The agency had no further contact until January 2012.")

P("4.8 Housing association (registered social landlord)")
P("4.8.1 The flat was let to Ms A on an assured tenancy from 2006. The housing association's records show an annual tenancy visit in each year of the review period. The tenancy visit form for 2010 recorded 'one child, niece, aged about 10'. The form for 2011 recorded 'household unchanged'. The IMR finds that no enquiry was made about the child recorded on the forms and that the description 'niece' was not checked.")
P("4.8.2 In August 2011 the association received a complaint from a neighbour about shouting at the address. A letter was sent to Ms A reminding her of the terms of her tenancy. The complaint was closed after one month with no further report. The IMR finds that this was in line with the association's anti-social behaviour procedure at the time.")
P("4.9 Education Department (attendance and welfare)")
P("4.9.1 The Education Welfare Service received a referral from the primary school in November 2011 about Child F's attendance, which had fallen to 79 per cent for the half-term. A standard letter was sent to Ms A. A home visit was scheduled for January 2012 but had not taken place when the incident occurred. The IMR finds that the referral was dealt with within the service's published timescales.")
P("5. ANALYSIS OF AGENCY INVOLVEMENT")
P("5.1 This section considers the involvement of agencies in the order in which it took place.")
P("5.2 In the summer of 2009 Child F arrived in the UK on a visitor visa with Ms A. The visa application recorded Ms A as a family friend. In September 2009 Child F was admitted to the primary school. The admission form gave Ms A's relationship as 'aunt' and the parental responsibility question was left blank. Two months later Child F was registered with the GP practice. Ms A completed the new patient form.")
P("5.3 During the autumn term of 2009 Child F's attendance was 93 per cent. In January 2010 the class teacher recorded that Child F had no lunch. The following week the same entry was made. In February 2010 the school sent a standard letter to Ms A about lunches. In the spring of 2010 Child F's visa expired.")
P("5.4 In October 2010 police officers attended the address in response to a noise complaint. They recorded that a child was present and appeared quiet but well. No report was made. Later that month the class teacher recorded that Child F had arrived without a coat. In November 2010 the same was recorded on two further days.")
P("5.5 In January 2011 the learning mentor began weekly sessions with Child F. In March 2011 Child F attended A&E with a scald to the forearm. A notification was sent to CSC and to the liaison health visitor. Two days later the duty social worker recorded 'no further action'. Eight days after the attendance Child F was seen by the GP for review of the scald. In April 2011 the school nurse received the notification and added it to the record.")
P("5.6 In May 2011 a teaching assistant recorded a mark on Child F's neck. The designated teacher spoke with Ms A the same afternoon. Ms A said Child F had fallen. No referral was made. In July 2011 Child F's attendance for the year was recorded as 84 per cent. In September 2011 Child F moved into Year 6.")
P("5.7 In the autumn term of 2011 Child F missed eleven days of school. On four occasions Ms A telephoned to say Child F was unwell. In December 2011 the learning mentor recorded that Child F had fallen asleep in the session. In January 2012 the Police attended the address following a call from a neighbour and Child F was taken into police protection.")
P("5.7.1 In the same month the housing association's annual tenancy visit for 2011-12 was due. It had not been carried out. Three days after Child F was taken into police protection, a strategy meeting was held at which CSC, the Police, the school and the hospital trust were represented. A section 47 enquiry was agreed and a child protection medical was arranged for the following day. An initial child protection conference was not required because Child F was by then accommodated. Later in January 2012 Child F was placed with foster carers of Ghanaian heritage.")
P("5.8 Over the period under review Child F was seen by staff from six agencies on more than 150 occasions. On none of those occasions was it established who held parental responsibility for her.")

P("6. LESSONS LEARNED")
P("6.1 The following lessons are drawn from the IMRs and the overview:")
P("6.1.1 Lesson 1: None of the agencies in contact with Child F identified that she was privately fostered. The description of Ms A as 'aunt' was accepted by every agency without verification.")
P("6.1.2 Lesson 2: Parental responsibility for Child F was not confirmed on her admission to school, on her registration with the GP practice or at the A&E attendance.")
P("6.1.3 Lesson 3: A scald in a child of ten, explained as an accident, was screened as 'no further action' without checks being carried out.")
P("6.1.4 Lesson 4: Repeated indicators of neglect at school (no lunch, no coat, falling attendance, tiredness) were recorded but were not referred.")
P("6.1.5 Lesson 5: The police contact in October 2010 did not result in a report that would have brought Child F to the attention of CSC.")
P("6.2 The overview author notes that Ofsted's thematic work and previous SCRs nationally have identified low levels of private fostering notification as a common feature, and that Brunswick's notification figures are below the London average.")

P("7. RECOMMENDATIONS")
P("7.1 The following recommendations are made. Agency-specific recommendations from the IMRs have been incorporated.")
P("Recommendation 1: Brunswick LSCB should commission and deliver a private fostering awareness campaign aimed at schools, GP practices, faith groups and community organisations, and should evaluate its effect on notification numbers within twelve months.")
P("Recommendation 2: Brunswick LSCB should include private fostering in its multi-agency training programme for 2013-14.")
P("Recommendation 3: It is recommended that consideration is given by the LSCB to an annual report on private fostering notifications from Children's Social Care.")
P("Recommendation 4: The Education Department should ensure that all school admission forms in the borough require the relationship of the adult to the child and the identity of those holding parental responsibility to be recorded and checked.")
P("Recommendation 5: NHS Brunswick (Primary Care Trust) should ensure that GP practice new patient registration for children records the identity of the adult registering the child and their relationship to the child.")
P("Recommendation 6: The acute hospital trust should audit completion of the A&E safeguarding checklist for children under sixteen with burns and scalds and report the results to the LSCB.")
P("Recommendation 7: Children's Social Care should remind all duty and assessment staff of the department's procedure for screening contacts concerning injuries to children.")
P("Recommendation 8: The Metropolitan Police Service (Brunswick Borough) should remind officers of the requirement to create a Merlin report when a child comes to notice during attendance at an address.")
P("Recommendation 9: Community health services should review the school nursing procedure for responding to A&E notifications to ensure contact with the child is considered and recorded.")

P("8. CONCLUSION")
P("8.1 Child F was in contact with a wide range of services over two and a half years. The harm she suffered was caused by Ms A. The review has identified a number of occasions on which agency procedures were not followed and on which information about her living arrangement was not checked. The recommendations in this report are intended to address those matters.")

P("APPENDIX 1: AGENCIES CONTRIBUTING TO THE REVIEW")
table(d, [["Agency", "Contribution"],
          ["Children's Social Care", "IMR"], ["Metropolitan Police Service (Brunswick Borough)", "IMR"],
          ["Primary school", "IMR (commissioned through the Education Department)"],
          ["GP practice", "IMR (commissioned by NHS Brunswick)"], ["Acute hospital trust", "IMR"],
          ["Community health services (school nursing)", "IMR"], ["UK Border Agency", "Information report"]])
P("APPENDIX 2: ACTION PLAN")
table(d, [["Rec.", "Lead", "Action", "Timescale", "Measure of success"],
          ["1", "LSCB Business Manager", "Private fostering awareness campaign", "Launch by March 2013", "Notifications rise year on year"],
          ["2", "LSCB Training Co-ordinator", "Include private fostering in multi-agency training", "April 2013", "Course delivered; evaluation returned"],
          ["3", "Head of Service, CSC", "Annual private fostering report to LSCB", "First report June 2013", "Report received"],
          ["4", "Head of Admissions", "Revise admission forms", "September 2013 intake", "Forms in use in all schools"],
          ["5", "PCT Designated Nurse", "Revise GP registration guidance", "June 2013", "Audit of 20 registrations"],
          ["6", "Named Nurse, acute trust", "A&E checklist audit", "Six months", "90% completion"],
          ["7", "Service Manager, Duty and Assessment", "Briefing to staff", "January 2013", "Briefing recorded"],
          ["8", "Borough Commander's nominated DI", "Briefing on Merlin reports", "January 2013", "Merlin rate monitored"],
          ["9", "Head of School Nursing", "Review procedure", "March 2013", "Procedure reissued"]])
c = P("APPENDIX 3: GLOSSARY")
comment_on(d, c, "LSCB Business Manager: please add the dates of the six panel meetings to section 2 before this goes to the Board.", "LSCB Business Manager", "BM")
table(d, [["Term", "Meaning"], ["A&E", "Accident and Emergency Department"], ["ABE", "Achieving Best Evidence (video-recorded interview)"],
          ["CSC", "Children's Social Care"], ["IMR", "Individual Management Review"], ["LSCB", "Local Safeguarding Children Board"],
          ["Merlin", "Metropolitan Police database record of a child coming to notice"], ["PCT", "Primary Care Trust"],
          ["Private fostering", "An arrangement by which a child under 16 is cared for for 28 days or more by an adult who is not a parent or close relative, without local authority involvement"],
          ["SCR", "Serious Case Review"]])
d.save("/work/blind/s11/AA/AA03.docx")
print(word_count_docx("/work/blind/s11/AA/AA03.docx"))
