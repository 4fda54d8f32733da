"""DD01: 2012 Serious Case Review, chronic neglect in a hill-farming family. Styled .docx with planted identifiers."""
import sys
sys.path.insert(0, "/work/blind/s12/DD/src")
from lib import *

d = new_doc(
    title="SCR Child R - Tallentire family - overview report draft 3",
    subject="Serious Case Review overview report (neglect)",
    keywords="SCR; neglect; rural; farming; Child R",
    comments="Draft for SCR Panel, not for circulation",
    category="Serious Case Review",
)
header_footer(d, "OFFICIAL - SENSITIVE    North Fells LSCB    Ref LSCB/SCR/2012/03",
              "DRAFT v0.3 - not for circulation")

S = True
render(d, [
    ("h1", "North Fells Local Safeguarding Children Board"),
    ("p", "Serious Case Review: Child R"),
    ("p", "Overview Report - third draft for the SCR Panel, October 2012"),
    ("h1", "1. Introduction"),
    ("p", "1.1 This is the overview report of a Serious Case Review (SCR) commissioned by North Fells Local "
          "Safeguarding Children Board (the LSCB) about a girl referred to throughout as Child R. In the "
          "spring of 2012 Child R, then aged nine, was admitted to hospital from school with a chest "
          "infection, weighing well below what would be expected for her age and with untreated dental "
          "decay, head lice and sores on both feet. Her two brothers were found on assessment to have "
          "lived with a similar level of neglect for several years. All three children now live with "
          "relatives."),
    ("p", "1.2 The LSCB Chair decided that the case met the criteria in Regulation 5 of the Local "
          "Safeguarding Children Boards Regulations 2006 because a child had been seriously harmed through "
          "neglect and there was cause for concern about the way in which local agencies had worked "
          "together. The decision was notified to Ofsted and the Department for Education."),
    ("p", "1.3 An SCR is not an inquiry into who is to blame and it does not replace any disciplinary or "
          "criminal process. Its value lies in understanding how help for these children was organised, "
          "what made it hard for capable people to see the whole picture, and what the LSCB and its member "
          "agencies should change. The terms of reference agreed by the SCR Panel are at Appendix A."),
    ("h1", "2. The family"),
    ("p", "2.1 The following descriptors are used in this report to protect the privacy of the children."),
    ("t", [["Descriptor", "Relationship to Child R", "Age at the time of the incident"],
           ["Child R", "Subject of the review", "9 years"],
           ["Sibling 1", "Older brother", "15 years"],
           ["Sibling 2", "Younger brother", "6 years"],
           ["Mother", "Mother of all three children", "41 years"],
           ["Father", "Father of all three children; tenant farmer", "47 years"],
           ["Paternal Grandfather", "Lived in a caravan on the farm until his death in 2010", "-"]]),
    ("p", "2.2 The family are White British and have farmed in the upper Eden valley for several "
          "generations. They rented a hill farm of about 200 acres some six miles from the nearest village "
          "school and eighteen miles from Penrith. The farmhouse had no central heating; water came from a "
          "private spring supply and the track was often impassable in winter."),
    ("p", "Child R: date of birth 03.11.2002; NHS number withheld."),
])

# family contribution with the planted sibling name slip
render(d, [
    ("h1", "3. Contribution of the family"),
    ("p", "3.1 The lead reviewer wrote to both parents and to Sibling 1 through his paternal aunt. Mother did "
          "not reply. Father agreed to meet at the auction mart cafe, which he said was the only place he "
          "felt he could talk without people on the farm listening."),
    ("p", "3.2 Father spoke openly about how the farm had gone downhill after his own father died. He said "
          "that nobody had asked him what was happening with the money or the stock: \"They came about the "
          "bairns' teeth and the bairns' shoes, and I knew all that, but nobody asked why I was working "
          "nineteen hours a day and still couldn't pay the feed merchant.\" He felt that visits by social "
          "workers were short and that they \"never went past the kitchen\". He said he would have accepted "
          "help from someone who understood farming, and he spoke warmly of the school secretary, who had "
          "quietly bought Child R a winter coat."),
])
p = d.add_paragraph("3.3 ")
p.add_run("Joseph Tallentire (15) also agreed to speak to the reviewer, with his aunt present. He described "
          "getting up at five to feed the calves before school, and said he had stopped bringing friends home "
          "because of the state of the house. He thought teachers knew \"but didn't want to say it to my "
          "dad\". Joseph said the best help the family had was from the vet, who noticed things and told him "
          "where he could get free school dinners.")
comment(d, p, "Full name of Sibling 1 left in here - please change to Sibling 1 before this goes to the Panel. "
              "Hilary Gatenby (LSCB Business Manager) to confirm the anonymisation list.",
        author="SCR Panel Chair", initials="PC")

render(d, [
    ("p", "3.4 The reviewer is grateful to Father and to Sibling 1 for their honesty. Their accounts are "
          "referred to in the analysis. Mother's views are not represented; two further letters were sent "
          "through her solicitor and received no response."),
    ("h1", "4. What life was like for the children"),
    ("p", "4.1 For most of the period under review Child R's day began before seven with a mile walk down the "
          "track to meet the school taxi, often in shoes that were too small and without a coat. School "
          "records describe her as quiet, watchful and hungry: she ate quickly at lunch and sometimes took "
          "bread from other children's plates. At home the children shared one heated room. Sibling 1 did "
          "much of the farm work and Child R looked after Sibling 2 in the evenings. She told her teacher "
          "that she liked lambing time best \"because everybody is too busy to shout\"."),
    ("p", "4.2 None of this was hidden from view in the ordinary sense. It was seen in pieces by people who "
          "each saw the children for a few minutes at a time, in a place where a family's privacy and "
          "self-reliance are strongly respected and where poverty in farming households is common and "
          "rarely spoken about."),
    ("h1", "5. Summary of agency involvement"),
    ("p", "5.1 Individual Management Reviews (IMRs) were provided by the agencies listed at Appendix B. The "
          "combined chronology runs from January 2007 to April 2012. A summary follows."),
    ("p", "5.2 In 2007 the health visitor recorded that the farmhouse was cold and that Sibling 2, then a "
          "baby, had persistent nappy rash. She arranged a second visit, which the family cancelled twice "
          "because of lambing. The health visitor left the area later that year and the case was "
          "transferred with a note that the family were \"hard to reach but coping\"."),
    ("p", "5.3 In 2008 and 2009 the school raised concerns about Child R's hygiene and attendance on four "
          "occasions with the school nurse and once with the Children's Services contact centre. The contact "
          "was recorded as advice only and the school was asked to consider a Common Assessment Framework "
          "(CAF) assessment. No CAF was started because the head teacher thought Father would take offence "
          "and withdraw the children."),
    ("p", "5.4 In 2010 the Paternal Grandfather died. A dental practice wrote to the GP that Child R had "
          "failed three appointments. Sibling 1 missed a third of the school year. The education welfare "
          "service sent warning letters which went unanswered. An RSPCA officer and an Animal Health "
          "inspector visited the farm about the condition of some sheep and one of them telephoned "
          "Children's Services to say that the children looked unkempt; there is no record of the call "
          "being followed up."),
    ("p", "5.5 In 2011 a referral from the school nurse led to an initial assessment. The social worker "
          "visited once, found the parents cooperative, and closed the case with a recommendation that the "
          "family use the local children's centre, which was 23 miles away and which the family could not "
          "reach without a car during the day. In April 2012 Child R was admitted to hospital."),
])

# genuine analysis
render(d, [
    ("h1", "6. Analysis"),
    ("h2", "6.1 Why the neglect was not recognised for what it was"),
    ("p", "6.1.1 Each agency held a part of the picture but treated its part as a discrete problem to be "
          "solved in its own terms: missed dental appointments, poor attendance, lice, a cold house. The IMRs "
          "show that no practitioner put these together as a pattern over time. Part of the reason is that "
          "the family moved in and out of different agencies' thresholds at different moments, so that no "
          "one agency ever held the case for long enough to see the accumulation. A second reason is that "
          "practitioners were measuring the family against what they saw in other farming households in the "
          "area, where cold houses, long hours and unpaid help from children are not unusual. Several "
          "practitioners told IMR authors that they had worried about \"judging a farming family by town "
          "standards\". That worry was decent, but it meant that the children's actual experience was "
          "compared with a local norm rather than with what the children needed."),
    ("p", "6.1.2 Neglect that develops slowly is hard to see from within a single service. The LSCB's "
          "neglect guidance in force at the time did not include a tool for measuring the quality of care "
          "over time, and the school and health staff who knew the family best had not been trained to use "
          "one. The practitioners who attended the IMR interviews said they did not feel confident that a "
          "referral about chronic low-level neglect would be accepted, and the contact centre record from "
          "2009 suggests they were right."),
    ("h2", "6.2 Distance, time and the way services were delivered"),
    ("p", "6.2.1 The farm was at the edge of three health visiting caseloads and was covered by a school nurse "
          "who served eleven schools across 400 square miles. The IMR from the Primary Care Trust records "
          "that a home visit to the farm took a practitioner most of a morning. When capacity was stretched, "
          "as it was across 2009 and 2010, the service prioritised families with younger children and "
          "clinic-based contacts, and rural home visits were the first to be deferred. These are rational "
          "choices for a service under pressure, but they were made without anyone asking what they meant "
          "for children who were only visible at home."),
    ("p", "6.2.2 The recommendation in 2011 that the family use the children's centre shows how services "
          "designed for towns were offered to a family for whom they were unreachable. The assessment did "
          "not record how the family would get there, and nobody checked whether they had gone."),
    ("h2", "6.3 Poverty and the family's circumstances"),
    ("p", "6.3.1 Father's account, and the farm's accounts that he later showed the police, make clear that "
          "the family were in serious financial difficulty from 2009 onward. The children's neglect grew as "
          "the farm's debts grew. None of the agency records mention money, debt or the family's income, and "
          "no one referred the family for benefits advice or to a farming charity. Practitioners said they "
          "did not think it was their place to ask a farmer about his business. The effect was that the "
          "single factor that best explained what was happening to the children was never discussed."),
    ("h2", "6.4 The response to the 2011 referral"),
    ("p", "6.4.1 The initial assessment was completed within timescale. However it relied on one announced "
          "visit, did not include a conversation with the children alone, and did not draw on the school's "
          "records. The social worker's team was carrying four vacancies at the time and the team manager "
          "told the IMR author that cases presenting as \"low-level neglect with cooperative parents\" were "
          "closed quickly so that the team could respond to child protection work. The decision to close was "
          "therefore shaped by workload and by an implicit threshold that was not written down anywhere."),
    ("h2", "6.5 Supervision and professional challenge"),
    ("p", "6.5.1 The IMRs describe supervision that was largely about case management: whether visits were "
          "done and forms completed. None of the practitioners involved could recall a supervision "
          "discussion in which the family's history as a whole was considered, and the school had no "
          "supervision arrangement at all for its designated teacher. Without a space to step back, "
          "practitioners dealt with each new concern as it arrived and were reassured each time by the "
          "parents' willingness to agree to the next small step. None of the agencies used the LSCB's "
          "escalation procedure when the 2009 contact was not accepted, and the school nurse told her IMR "
          "author that she had not known that it existed. Challenge between agencies depended on personal "
          "confidence and relationships, which in a sparsely staffed rural area are valuable but also make "
          "practitioners reluctant to disagree with colleagues they rely on."),
])

render(d, [
    ("h1", "7. Working together"),
    ("p", "7.1 There was no point at which the agencies involved with the family met or spoke together about "
          "the children. The school, the school nurse and the dental practice each wrote to another agency, "
          "but none of those communications was followed by a conversation. The call from the farm "
          "inspection in 2010 was not passed to the school or to health, and the 2011 assessment did not ask "
          "the school or the GP what they knew. The GP practice held letters from the dentist, the school "
          "nurse and the hospital but was not asked to contribute to the assessment and did not offer to."),
    ("p", "7.2 The CAF process, which was meant to bring universal services together around a family with "
          "emerging needs, did not start, because the lead-professional role fell by default to a small "
          "school whose head teacher felt unable to take it on. There was no mechanism for another agency to "
          "pick it up. Agencies outside the usual safeguarding system, such as the vet, the feed merchant, "
          "the RSPCA and Animal Health, saw the family more often than any professional but had no route to "
          "share what they saw other than a call to the contact centre."),
    ("p", "7.3 The LSCB should note that this pattern - each agency doing its own task adequately while no "
          "one holds the whole - is a familiar finding in national studies of neglect and is not peculiar to "
          "this case or to this area."),
])

render(d, [
    ("h1", "8. Strengths in practice"),
    ("b", ["The school secretary and class teacher noticed Child R's hunger and discreetly provided food "
           "and clothing over a long period, and the class teacher kept careful notes that proved invaluable "
           "to this review.",
           "The school nurse persisted with referrals and in 2011 wrote a clear, well-evidenced referral "
           "that led to the first assessment.",
           "The hospital paediatric team recognised neglect promptly on admission and made a referral the "
           "same day, with a clear description of Child R's physical condition."]),
    ("h1", "9. Findings"),
    ("bp", ("Finding 1. ", "The neglect of Child R and her brothers was chronic and cumulative and could have been "
           "recognised from 2009 if the information held by the school, health and the dental practice had "
           "been brought together.")),
    ("bp", ("Finding 2. ", "Practitioners' respect for a farming family's independence, and uncertainty about local norms, "
           "led them to underestimate the impact of the children's living conditions.")),
    ("bp", ("Finding 3. ", "Rural distance and capacity pressures led to the withdrawal of home visits from the families who "
           "most needed them, without anyone assessing the impact on children.")),
    ("bp", ("Finding 4. ", "The family's poverty and debt were central to the children's experience but were invisible in "
           "every agency's records.")),
    ("bp", ("Finding 5. ", "There was no working route for low-level neglect concerns to be pooled between universal "
           "services, and the CAF process depended too heavily on small schools.")),
    ("h1", "10. Recommendations"),
    ("p", "The SCR Panel makes the following recommendations. The action plan at Appendix C sets out how the "
          "LSCB intends to deliver them."),
    ("n", ["The LSCB should adopt a single evidence-based tool for assessing neglect over time and require its "
           "use by schools, health visitors, school nurses and social workers where neglect is suspected.",
           "The LSCB should provide multi-agency training on chronic neglect in rural and farming families, "
           "including poverty, debt and the work children do on farms.",
           "Children's Services should review its contact centre guidance so that repeated low-level "
           "concerns from different sources about the same family are identified and trigger a discussion "
           "with the referrers.",
           "Children's Services should ensure that initial assessments where neglect is suspected include "
           "seeing the children alone and seeking information from the school and GP.",
           "The Primary Care Trust should review how health visiting and school nursing capacity is "
           "allocated across rural areas and report to the LSCB on the effect on home visits to isolated "
           "families.",
           "It is recommended that consideration is given by the Local Authority to how CAF lead "
           "professional responsibilities can be supported where the most involved agency is a small rural "
           "school.",
           "The LSCB should agree with the Farming Community Network, the RSPCA, Animal Health and the local "
           "veterinary practices a simple route by which concerns about children seen on farms can be "
           "shared.",
           "All agencies should ensure that their assessment and referral forms prompt practitioners to "
           "ask about household income, debt and access to benefits.",
           "The LSCB should audit a sample of neglect cases from rural areas within twelve months of "
           "publication and report the findings to the Board."]),
])

render(d, [
    ("h1", "Appendix A: Terms of reference"),
    ("b", ["Period under review: January 2007 to April 2012.",
           "To establish what each agency knew about the care of the three children and how it responded.",
           "To consider whether the neglect could have been identified earlier and what got in the way.",
           "To examine how agencies shared information and whether they worked together effectively.",
           "To consider the impact of rurality, poverty and access to services on the help the family "
           "received.",
           "To seek the views of family members, and to consider the children's experience.",
           "Method: IMRs from each agency, a combined chronology, interviews by IMR authors with staff, and "
           "a meeting of the SCR Panel with IMR authors to test the emerging findings."]),
    ("h1", "Appendix B: Contributors"),
    ("t", [["Agency", "Contribution", "IMR author / contact"],
           ["Children's Services", "IMR and chronology", "Service Manager, Quality Assurance"],
           ["Primary Care Trust (health visiting, school nursing)", "IMR", "Designated Nurse"],
           ["GP practice", "IMR", "Dr Farhana Qureshi, Named GP"],
           ["Acute hospital trust", "IMR", "Named Nurse for Safeguarding"],
           ["Primary school", "IMR", "Head Teacher with Local Authority education safeguarding adviser"],
           ["Education welfare service", "Report", "Senior Education Welfare Officer"],
           ["Cumbria Constabulary", "Report", "Detective Inspector, Public Protection"],
           ["Community dental service", "Information report", "Clinical Director"]]),
])

p = d.add_paragraph("Note: the GP practice is referred to as ")
tracked(p, "", "Fellside Medical Practice", "the GP practice",
        " throughout this report; its IMR was completed by the Named GP for the area.")
p2 = d.add_paragraph("Guidance followed: ")
hyperlink(p2, "Working Together to Safeguard Children (2010), chapter 8",
          "https://www.gov.uk/government/publications/working-together-to-safeguard-children")

render(d, [
    ("h1", "Appendix C: Action plan"),
    ("t", [["No.", "Action", "Lead", "Timescale", "Measure of success"],
           ["1", "Adopt a neglect assessment tool and issue practice guidance", "LSCB Neglect Sub-group", "March 2013", "Tool in use; usage reported quarterly"],
           ["2", "Deliver rural neglect training", "LSCB Training Sub-group", "Six courses by December 2013", "Attendance and evaluation report"],
           ["3", "Revise contact centre guidance on repeat concerns", "Children's Services", "January 2013", "Revised guidance; audit of 20 contacts"],
           ["4", "Initial assessment standard on seeing children alone", "Children's Services", "January 2013", "Case file audit"],
           ["5", "Rural health visiting and school nursing capacity review", "PCT", "June 2013", "Report to LSCB"],
           ["6", "CAF lead professional support for small schools", "Local Authority", "April 2013", "Number of CAFs started in rural schools"],
           ["7", "Sharing route with farming and animal welfare bodies", "LSCB Business Unit", "June 2013", "Agreed protocol"],
           ["8", "Income and debt prompts in assessment forms", "All agencies", "June 2013", "Forms amended"],
           ["9", "Audit of rural neglect cases", "LSCB Quality Assurance Sub-group", "Within 12 months", "Audit report to the Board"]]),
    ("h1", "Appendix D: Glossary"),
    ("t", [["Term", "Meaning"],
           ["CAF", "Common Assessment Framework"],
           ["IMR", "Individual Management Review"],
           ["LSCB", "Local Safeguarding Children Board"],
           ["PCT", "Primary Care Trust"],
           ["RSPCA", "Royal Society for the Prevention of Cruelty to Animals"],
           ["SCR", "Serious Case Review"],
           ["EWO", "Education Welfare Officer"]]),
])

c = d.paragraphs[6]
comment(d, d.paragraphs[5], "Panel asked for the hospital admission date to be removed from the introduction - done.",
        author="LSCB Business Manager", initials="BM")

d.save("/work/blind/s12/DD/DD01.docx")
print("DD01", words_of_docx("/work/blind/s12/DD/DD01.docx"))
