"""DD05: 2024 CSPR, child who died in a house fire. Unstyled .docx (bold ALL-CAPS Normal headings). Planted identifiers.
'Key practice episodes' is a dated chronology; no why-analysis anywhere; no family statement; no good practice."""
import sys
sys.path.insert(0, "/work/blind/s12/DD/src")
from lib import *

d = new_doc(title="CSPR - child death in a house fire - draft", subject="Local Child Safeguarding Practice Review",
            keywords="fire; fuel poverty; neglect; early help", category="LCSPR",
            last_mod="Gareth Penhaligon")
header_footer(d, "OFFICIAL - SENSITIVE    Ref CSPR-24-117", "North Fells Safeguarding Children Partnership - DRAFT v0.2")
S = False

out = render(d, [
    ("h1", "NORTH FELLS SAFEGUARDING CHILDREN PARTNERSHIP"),
    ("p", "Local Child Safeguarding Practice Review: Kian"),
    ("p", "Draft for the Case Review Sub-group, October 2024"),
    ("h1", "1. EXECUTIVE SUMMARY"),
    ("p", "1.1 This review concerns a six-year-old boy, known in this review as Kian, who died in a fire at his "
          "family's flat in a West Cumbrian town in the winter of 2023-24. The fire started in the living room, "
          "where a portable gas heater had been placed close to a sofa. The smoke alarm in the flat had been "
          "disconnected. Kian's mother and baby half-sister escaped; Kian was asleep in the back bedroom."),
    ("p", "1.2 Kian's family were known to several agencies in the year before his death, mainly because of "
          "concerns about the condition of the home and his attendance at school. Agencies did not share with "
          "one another what each had seen of the home, and no single agency had a picture of the fire risks "
          "in the flat. No agency had asked the fire and rescue service to carry out a home fire safety visit."),
    ("p", "1.3 The purpose of this review is to identify improvements to practice and systems. It does not "
          "attribute blame to individuals or agencies."),
], styled=S)

render(d, [
    ("h1", "2. HOW THIS REVIEW WAS CARRIED OUT"),
    ("p", "2.1 The review used an adapted Learning Together approach. Agencies provided chronologies and "
          "reflective reports. The lead reviewer then held individual conversations, in person or online, "
          "with eleven practitioners and managers, including the class teacher, the school's family support "
          "worker, the health visitor, the early help worker and a fire and rescue service watch manager. "
          "The period under review is the twelve months before the fire."),
    ("p", "2.2 Practitioners spoke about Kian with obvious affection. Several described the family as warm "
          "but chaotic, and the early help worker said that she still thinks about Kian every day. The class "
          "teacher described him as a boy who loved dinosaurs, drew fire engines and always wanted to be "
          "first in the line."),
    ("h1", "3. KIAN"),
    ("p", "3.1 The following short account has been put together from school and health records to help the "
          "reader picture an ordinary school day for Kian in the autumn of 2023. It is not a record of a "
          "particular day."),
    ("p", "Kian wakes in the back bedroom, which is cold enough that he sleeps in his school jumper. The "
          "electricity has gone off again in the night because the meter has run out, so there is no light "
          "in the bathroom and no hot water. His mum is asleep on the sofa next to the gas heater with the "
          "baby. There are bags of clothes and boxes along the hallway and he climbs over them to find his "
          "shoes. He takes himself to school, a ten-minute walk, and gets there in time for breakfast club, "
          "where he has two slices of toast. His teacher notices that his clothes smell of smoke. At "
          "lunchtime he tells a dinner supervisor that his house is \"always smoky\" and that his mum's "
          "friend smokes in bed."),
    ("h1", "4. FAMILY INVOLVEMENT"),
    ("p", "4.1 Kian lived with his mother (Mother), her partner (Adult Male 1) and his half-sister (Sibling 1), "
          "who was eight months old at the time of the fire. The family are White British. Kian's father "
          "(Father) lived in the North East and had not seen Kian for two years. Maternal Grandmother lived "
          "nearby and often collected Kian from school."),
    ("p", "4.2 The family's home was a privately rented ground-floor flat at Flat 2, 14 Sandgate Terrace. "
          "Kian attended Thornmoor CE Primary School. Mother had a history of depression and was prescribed "
          "antidepressants by the GP. Adult Male 1 smoked heavily."),
    ("p", "4.3 The inquest concluded in the summer of 2024 with a finding of accidental death. The report will "
          "be shared with the family before it is published."),
], styled=S)

render(d, [
    ("h1", "5. AGENCY INVOLVEMENT"),
    ("t", [["Agency", "Involvement"],
           ["Primary school", "Class teacher, DSL and family support worker; attendance concerns from spring 2023."],
           ["Health visiting (0-19 service)", "Universal contacts for Sibling 1; new birth and 6-8 week visits."],
           ["GP practice (Derwent Bank Surgery)", "Mother's depression; Sibling 1's immunisations."],
           ["Children's Social Care (CSC) and Early Help", "Early help assessment and plan, summer to autumn 2023."],
           ["Fire and rescue service (FRS)", "No contact with the family before the fire."],
           ["Private sector housing team (PSHT)", "One complaint from a neighbour about rubbish in the yard."],
           ["Police", "One call to a verbal argument in the flat."]]),
], styled=S)

p = d.add_paragraph("5.1 The full merged chronology is held on the review site (")
hyperlink(p, "merged chronology - restricted", "https://northfellsscp.sharepoint.com/sites/reviews/Lowther/chronology-v3.docx")
p.add_run(") and is not part of the published report.")

out2 = render(d, [
    ("h1", "6. KEY PRACTICE EPISODES"),
    ("p", "6.1 In the spring of 2023 the school recorded that Kian's attendance had dropped to 84 per cent. The "
          "DSL wrote to Mother and invited her to a meeting. Mother did not attend."),
    ("p", "6.2 Two weeks later the class teacher recorded that Kian had come to school in the same clothes for "
          "four days and that they smelled of smoke. The family support worker made a home visit and noted "
          "that the flat was cluttered and cold and that there were overflowing ashtrays in the living room."),
    ("p", "6.3 In May 2023 Sibling 1 was born. The health visitor completed the new birth visit at home. She "
          "recorded that the home was \"cluttered\" and that Mother told her \"the meter eats everything\". "
          "She gave safer sleep advice and noted that the baby had a Moses basket."),
    ("p", "6.4 The following month the police attended a verbal argument between Mother and Adult Male 1. No "
          "offences were disclosed. A notification was sent to CSC and screened as not requiring a social "
          "care response."),
    ("p", "6.5 In July 2023 the school made a request for early help. An early help worker was allocated "
          "three weeks later and completed an early help assessment with Mother at home. The assessment "
          "recorded clutter, money worries and Mother's low mood. A plan was agreed: a referral to "
          "the family hub for a budgeting course, help to apply for a hardship grant, and support with "
          "attendance."),
], styled=S)
p = d.add_paragraph("6.6 In September 2023 Mother was referred to ")
tracked(p, "", "Ivy Bank Family Hub", "the family hub",
        " for the budgeting course. She attended the first session and not the second.")
comment(d, p, "Jodie Fairbairn-Iqbal (SW team manager) has asked that her early help team is not identifiable "
              "from this paragraph - can we check the wording with her before v0.3?",
        author="Case Review Sub-group member", initials="CR")

render(d, [
    ("p", "6.7 Later that month the health visitor carried out the 6-8 week review for Sibling 1 at the GP "
          "surgery. Mother said she was \"managing\". The health visitor recorded no concerns."),
    ("p", "6.7a At the start of October 2023 the class teacher recorded that Kian had told her that he "
          "\"did homework by torchlight\" because the lights had gone off. The DSL added the note to Kian's "
          "file and telephoned the early help worker the next day, who said that the hardship grant was about "
          "to be paid."),
    ("p", "6.7b The same week the GP saw Mother for a medication review. The GP increased the dose of her "
          "antidepressant and recorded that she was \"tired, baby not sleeping\". A review was booked for "
          "six weeks later, which Mother did not attend."),
    ("p", "6.8 In October 2023 the early help plan was reviewed. Attendance had improved to 91 per cent and "
          "the hardship grant had been paid. The plan was closed with Mother's agreement and the family were "
          "signposted to the family hub."),
    ("p", "6.9 In November 2023 a neighbour complained to the PSHT about rubbish in the yard. A letter was sent "
          "to the landlord."),
    ("p", "6.10 In December 2023 Maternal Grandmother told the school office that the family had \"no "
          "electric again\" and asked whether the school knew of any help. She was given a leaflet about the "
          "local food bank and the council's household support fund."),
    ("p", "6.11 Two weeks after that, early in the new year, the fire occurred. Firefighters were called by a "
          "neighbour at around two in the morning. Mother and Sibling 1 were rescued from the front of the "
          "flat. Kian was found in the back bedroom and could not be revived."),
    ("p", "6.12 The FRS investigation found that the smoke alarm had been disconnected from the ceiling and "
          "was in a drawer, and that the gas heater had been moved next to the sofa, where Mother had fallen "
          "asleep."),
    ("h1", "7. WHAT WE HAVE LEARNED"),
    ("p", "7.1 The review has identified the following learning."),
    ("b", ["Fire risk was not part of any agency's assessment of Kian's home, although smoking, clutter, "
           "portable heating and a disconnected smoke alarm are well-known risk factors for fatal house fires.",
           "The family's fuel poverty was recorded by the health visitor and the early help worker but was "
           "not linked to the way the flat was heated and lit.",
           "Kian's own description of his home as \"always smoky\" was recorded in the school's records but "
           "did not reach any other agency.",
           "Closing the early help plan on the basis of improved attendance left the home conditions "
           "unchanged."]),
    ("h1", "8. RECOMMENDATIONS"),
    ("n", ["The FRS and CSC should agree a referral pathway by the end of March 2025 so that every family receiving an "
           "early help or social care service with a child under eight and known fire risk factors is offered "
           "a Safe and Well visit, and the FRS should report the number of referrals to the NFSCP quarterly.",
           "The NFSCP should produce a one-page fire-risk prompt for all practitioners who visit families at "
           "home.",
           "It is recommended that consideration is given by the ICB to including fuel poverty and heating "
           "arrangements in the health visiting assessment.",
           "The PSHT should ensure that complaints about the condition of rented properties where children live "
           "lead to an inspection rather than a letter."]),
    ("h1", "APPENDIX 1: GLOSSARY"),
    ("t", [["Abbreviation", "Meaning"],
           ["CSC", "Children's Social Care"],
           ["DSL", "Designated Safeguarding Lead"],
           ["FRS", "Fire and rescue service"],
           ["ICB", "Integrated Care Board"],
           ["NFSCP", "North Fells Safeguarding Children Partnership"],
           ["PSHT", "Private sector housing team (district council)"]]),
    ("h1", "APPENDIX 2: TERMS OF REFERENCE"),
    ("b", ["What did agencies know about the conditions in Kian's home?",
           "Was fire risk considered by any agency?",
           "How did the family's finances affect their home?",
           "What was Kian's daily experience?"]),
], styled=S)
comment(d, out[4], "Sub-group asked for the cause of the fire to be confirmed with the FRS investigation report.",
        author="Partnership Business Manager", initials="PBM")

d.save("/work/blind/s12/DD/DD05.docx")
print("DD05", words_of_docx("/work/blind/s12/DD/DD05.docx"))
