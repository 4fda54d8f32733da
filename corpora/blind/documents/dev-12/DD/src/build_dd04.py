"""DD04: 2022 LCSPR, Irish Traveller family, baby with non-accidental injury. Styled .docx, fully anonymised.
Two reviewers writing 'we'; practitioners' views only in a table of learning-event themes."""
import sys
sys.path.insert(0, "/work/blind/s12/DD/src")
from lib import *

d = new_doc(title="Baby T - Local Child Safeguarding Practice Review - draft",
            subject="LCSPR: non-accidental injury to an infant",
            keywords="LCSPR; NAI; bruising in non-mobile babies; Gypsy Roma Traveller; fathers",
            comments="Workstream draft v0.5", category="LCSPR")
header_footer(d, "Baby T - LCSPR - OFFICIAL SENSITIVE", "DRAFT v0.5 - North Fells Safeguarding Children Partnership")

R = []
R += render(d, [
    ("h1", "Local Child Safeguarding Practice Review: Baby T"),
    ("p", "North Fells Safeguarding Children Partnership"),
    ("p", "Draft report for the Practice Review Workstream - December 2022"),
    ("h1", "1. Introduction"),
    ("p", "1.1 This review is about a baby boy we call Baby T. In April 2022, when he was eleven weeks old, Baby "
          "T was taken by ambulance to the emergency department after his mother found him floppy and "
          "struggling to breathe. Scans showed bleeding on the brain and healing fractures to three ribs. "
          "Medical opinion is that the injuries were inflicted and happened on at least two occasions. Baby T "
          "has survived and is living with a relative under an interim care order. The police investigation "
          "is continuing and no one has been charged."),
    ("p", "1.2 The Partnership carried out a Rapid Review and decided that a Local Child Safeguarding Practice "
          "Review should be undertaken, because a bruise had been seen on Baby T before the serious injury and "
          "because the family's access to health services raised questions that the Partnership had seen in "
          "other cases. The review was commissioned from two independent reviewers, who have written this "
          "report together."),
    ("p", "1.3 Reviews of this kind are about learning. We have not set out to judge individual practitioners, "
          "and we have tried throughout to understand why things made sense to people at the time. Working "
          "Together 2018 asks reviews to look at the system around the child, and that is what we have done."),
    ("h2", "How we did this review"),
    ("p", "1.4 We read chronologies and short reports from each agency, met the managers who wrote them, and "
          "held a learning event in October 2022 with eighteen practitioners and first-line managers from "
          "health, Children's Social Care, the police and the Gypsy and Traveller liaison service. We then "
          "tested our emerging findings with the Practice Review Workstream. The review period runs from the "
          "first antenatal contact in autumn 2021 to Baby T's admission. The terms of reference are at "
          "Appendix A."),
])
comment(d, R[-1], "Could the reviewers say how many of the 18 were from health? The Designated Nurse would find it helpful.",
        author="Designated Nurse (Workstream)", initials="DN")

render(d, [
    ("h2", "Pseudonyms"),
    ("p", "1.5 We refer to the baby as Baby T. Other family members are referred to by their relationship to "
          "him: Mother, Father, Maternal Grandmother and Paternal Aunt. Mother's older child from a previous "
          "relationship, who was four, is Sibling 1. A family friend who sometimes stayed on the site is "
          "referred to as Mr J."),
    ("h2", "Family involvement"),
    ("p", "1.6 We very much wanted to hear from Baby T's parents and from Maternal Grandmother, who is now "
          "caring for him. The senior investigating officer advised that we should not approach any family "
          "member while the criminal investigation was live, because of the risk of interfering with "
          "evidence. We accepted that advice. We have written to the Partnership recommending that the "
          "family be offered a meeting with us, with an advocate from a Traveller support organisation if "
          "they wish, once the investigation concludes, and that the report is not published until that has "
          "happened."),
    ("h1", "2. Baby T and his family"),
    ("p", "2.1 Baby T's family are Irish Travellers. Mother and Father had lived for most of their lives on "
          "local authority Traveller sites in the North West and had moved to a site on the edge of a small "
          "Cumbrian market town in the summer of 2021, to be near Maternal Grandmother. They lived in a "
          "touring caravan with an amenity block shared with one other family. The nearest bus stop was a mile "
          "and a half away along an unlit road without a pavement, and the family did not have a car of their "
          "own, relying on relatives for lifts."),
    ("p", "2.2 The family are Catholic, and faith and family were at the centre of their lives. Mother was 19 "
          "when Baby T was born. She had left school at twelve and told the midwife that she could read "
          "\"a bit\". Father worked away with relatives, laying tarmac and doing groundwork, and was often "
          "gone from Monday to Friday."),
    ("p", "2.3 What we know of Baby T's world comes from the records. He lived in a warm, small and crowded "
          "space, with his mother, his half-brother, and for much of the week his grandmother and an aunt "
          "close by. He was bottle-fed from two weeks. The health visitor described him at six weeks as "
          "alert, feeding well and \"a lovely settled baby\" and noted that his mother held him close "
          "throughout the visit. We have no information about his days when his father was at home, and "
          "that gap is part of what this review is about."),
    ("h1", "3. What happened: a summary"),
    ("p", "3.1 Mother booked for antenatal care at 27 weeks, after a relative took her to the GP surgery in the "
          "town. She was registered there as a temporary resident. She attended three of five antenatal "
          "appointments. Baby T was born at term in January 2022 at the district general hospital, which is "
          "forty miles from the site. Mother and baby were discharged after one night."),
    ("p", "3.2 The health visiting new birth visit took place on the site at twelve days. At the six-week "
          "visit in early March 2022 the health visitor, who was covering for a colleague on sick leave, saw "
          "a small bruise on Baby T's upper arm. Mother said that Sibling 1 had dropped a toy car on him. The "
          "health visitor accepted the explanation, recorded it, and arranged to see Baby T again in two "
          "weeks. That visit was cancelled because the family had gone to a funeral in Lancashire. In April "
          "2022 Baby T was admitted to hospital."),
])

R2 = render(d, [
    ("h1", "4. Findings"),
    ("h2", "Finding 1: The bruising protocol was not used, and the reasons lie in the conditions of the visit"),
    ("p", "4.1 The Partnership's protocol for bruising in babies who are not yet mobile is clear: any bruise "
          "in a baby who cannot crawl or pull to stand should lead to a referral to Children's Social Care "
          "and a paediatric assessment, whatever the explanation. The health visitor knew the protocol. She "
          "had completed the training in 2021. So the question for us is not whether she should have "
          "referred, but why, on that afternoon in March 2022, she did not."),
    ("p", "4.2 Several things came together. She was covering a large rural caseload at short notice and had "
          "four visits that day across more than sixty miles. She had not met the family before and had "
          "been told by her colleague that the family were wary of professionals and had made a complaint "
          "to the service two years earlier, in another area, about being treated with prejudice. The visit "
          "took place in the caravan with Maternal Grandmother and Paternal Aunt present and with Sibling 1 "
          "playing on the floor, which made the toy car explanation seem concrete and plausible. It seems "
          "likely that a referral felt to her like a step that could end the family's contact with the "
          "service altogether, leaving the baby with no health visitor at all."),
    ("p", "4.3 In our view this was a case of good intentions working against the protocol. The wish to "
          "build trust with a family from a community that has real reasons to be wary of statutory services "
          "is right. But it led the practitioner to weigh the risk of losing contact more heavily than the "
          "risk to the baby, and the protocol is written precisely so that this weighing does not happen in "
          "the moment. Nothing in her supervision or in the service's guidance on working with Gypsy, Roma "
          "and Traveller families helped her to see that applying the protocol and keeping the family's trust "
          "could go together. Supervision records show that at that time it was monthly and mostly taken up "
          "with caseload allocation after a period of vacancies."),
    ("p", "4.4 The health visitor did the right things in recording the bruise accurately and arranging an "
          "early follow-up visit. When the follow-up did not happen, however, no one took further action. "
          "The electronic record did not flag the bruise as a safeguarding concern, because it had not been "
          "coded as one, so when the visit was cancelled the case simply returned to the routine schedule."),
    ("bp", ("Recommendation 1: ", "The Partnership should revise the bruising protocol and its training so "
            "that they explicitly address the pressure practitioners feel to preserve a relationship with a "
            "family, with worked examples from families who are reluctant to engage, and the ICB should "
            "report on the number of bruising referrals from health visiting in the six months following "
            "the relaunch.")),
    ("h2", "Finding 2: Information about Father was held elsewhere and was not brought together"),
    ("p", "4.5 Father had been the subject of three domestic abuse call-outs in Lancashire between 2019 and "
          "2021, involving a previous partner. One had led to a MARAC referral. None of this was known to "
          "anyone working with Baby T's family in Cumbria. The Cumbrian police force would have been able to "
          "see the incidents on the national police database, but no check was requested, because no "
          "agency had identified a reason to ask."),
    ("p", "4.6 When the family moved in summer 2021 there was no single point at which their history was "
          "gathered. The maternity service's booking questions about domestic abuse were asked with "
          "Maternal Grandmother in the room, and Mother answered no. Father was never seen by the midwife, "
          "the GP or the health visitor, and his name, date of birth and previous addresses were never "
          "recorded by any health agency. The new birth visit record lists him as \"works away\". This is a "
          "pattern the national Panel described in its 2021 review of men who harm babies, and it is not "
          "unique to Traveller families. But it is reinforced for families who move often, because each move "
          "resets what agencies know, and because records across local authority borders do not follow "
          "families automatically."),
    ("p", "4.7 The agencies involved did not work as a network. The midwife, the GP and the health visitor "
          "each held a small part of the family's story, and the Gypsy and Traveller liaison officer, who "
          "knew the extended family well, held another. There was no occasion on which they spoke to one "
          "another about the family, and no mechanism that would have prompted them to. The liaison "
          "service's own notes record talk on the site that Father \"had a temper\". This was not passed to "
          "health: the liaison service had no way of knowing that there was a new baby on a health visiting "
          "caseload, and the remark was treated as gossip rather than a concern. Had the health visitor "
          "been able to call her after the six-week visit, the bruise might have looked very different."),
    ("bp", ("Recommendation 2: ", "The Partnership should require that, for every family who move into the "
            "area during a pregnancy or the first year of a baby's life, the midwife or health visitor "
            "records the identity of the baby's father and any other adult in the household, and that "
            "information held by the police in the family's previous area is sought where there is any "
            "safeguarding concern.")),
    ("h2", "Finding 3: Services were hard to reach, and the specialist help that once existed had gone"),
    ("p", "4.8 Mother booked late, missed appointments and was a temporary resident at the GP practice. On "
          "their own these facts were recorded as Mother's non-engagement. Looked at from the site, they "
          "mean something else. Getting to the district general hospital for an antenatal appointment meant "
          "a walk to the bus, two buses and a train, or a lift from a relative who would then wait all day. "
          "Letters were sent to a postal address on the site that was shared by several families and which "
          "Mother could not easily read. The GP practice's online booking system was of no use to her."),
    ("p", "4.9 Until 2020 the community health provider funded a specialist health visitor for Gypsy, Roma and "
          "Traveller families, who held a small caseload across the county and visited sites regularly. The "
          "post was removed in a restructure and its work absorbed into the general caseloads. The restructure "
          "papers show that this decision was made to protect core universal visits during a period of "
          "vacancies, and that its impact on Traveller families was not assessed. It is not our "
          "role to say whether that was the right decision, but it meant that the one practitioner who had "
          "the relationships, literacy-aware methods and knowledge of families' movements was no longer "
          "there."),
    ("p", "4.10 Poverty played a part too. The family had limited income, relied on cash work and had "
          "difficulty getting a Healthy Start card, and their reliance on relatives for transport gave those "
          "relatives a good deal of influence over who Mother saw and when."),
    ("bp", ("Recommendation 3: ", "The ICB and the community health provider should (a) assess the impact of "
            "removing the specialist Gypsy, Roma and Traveller health visitor post and present options for "
            "restoring dedicated capacity to the Partnership by the end of June 2023; and (b) as part of the "
            "same work, agree with maternity services a way of offering antenatal appointments on or near "
            "sites for families without transport.")),
    ("h2", "Finding 4: The family's culture was noticed, but not understood"),
    ("p", "4.11 Practitioners were very aware that the family were Travellers, and this awareness was "
          "mentioned throughout the records. What is less clear is whether it led to better-informed "
          "practice. The records contain generalisations, such as that Traveller men \"do not get involved "
          "with babies\", which explain why Father was never sought out, and that families \"close ranks\", "
          "which may explain why the health visitor did not expect to learn more by asking. Training records "
          "show that no course on working with Traveller families has run since the specialist post was "
          "lost. We think "
          "that culture was at times used as a way of explaining things that should have been explored, "
          "and that this is a feature of practice across the Partnership rather than of any one individual."),
    ("bp", ("Recommendation 4: ", "The Partnership should commission training on working with Gypsy, Roma and "
            "Traveller families, co-produced with a Traveller-led organisation, and should include it in the "
            "multi-agency training programme for 2023-24.")),
])
comment(d, R2[2], "Finding 1 reads well. Please keep the dates at month level only - the Rapid Review used exact dates.",
        author="Partnership Business Manager", initials="PBM")

p = d.add_paragraph("4.12 ")
tracked(p, "The ", "hospital", "emergency department",
        " staff made a referral to Children's Social Care within an hour of the scans, and a strategy "
        "discussion was held the same night. This was a prompt and well-coordinated response.")

render(d, [
    ("h1", "5. What worked well"),
    ("b", ["The emergency department team recognised at once that Baby T's injuries needed explanation, and the "
           "strategy discussion that followed was timely and involved all the right agencies.",
           "The health visitor's record of the bruise was precise, with its size, colour and position, and "
           "gave an honest account of the explanation offered. Without it this review would have had much "
           "less to learn from.",
           "The Gypsy and Traveller liaison officer's long relationship with the extended family made it "
           "possible to place Baby T quickly and safely with Maternal Grandmother."]),
    ("h1", "6. Learning event: what practitioners told us"),
    ("p", "6.1 The table below sets out the themes raised by practitioners at the learning event."),
    ("t", [["Theme", "What practitioners said"],
           ["Bruising protocol", "Most knew it well; several said it feels \"brutal\" to apply with a family you are trying to win round, and that they would welcome scripts for explaining it."],
           ["Fathers", "Practitioners rarely meet fathers in rural home visits during the working day and do not have a routine way of finding out who they are."],
           ["Traveller families", "Since 2020 nobody holds specialist knowledge; practitioners feel anxious about \"getting it wrong\" and causing offence."],
           ["Distance and time", "Large rural caseloads mean follow-up visits are the first thing to slip when a visit is cancelled."],
           ["Information across borders", "Practitioners were unsure how to request information from another local authority or police force, and whether they were allowed to."]]),
    ("h1", "7. Summary of recommendations"),
    ("n", ["Revise the bruising protocol and training to address relationship pressures; ICB to report on referrals.",
           "Record the identity of fathers and other adults for families moving into the area, and seek information from previous areas.",
           "(a) Assess the impact of removing the specialist GRT health visitor post and present options; (b) agree accessible antenatal care for families on sites.",
           "Commission co-produced training on working with Gypsy, Roma and Traveller families."]),
    ("h2", "Questions for the Partnership"),
    ("p", "We also offer these questions for the Partnership's own reflection. They are not recommendations."),
    ("b", ["How confident is the Partnership that its front door would recognise a family's history from another area?",
           "How does the Partnership know whether its guidance reaches practitioners who work alone in rural areas?",
           "What do Traveller families in the county think of the services they receive?"]),
])

render(d, [
    ("h1", "Appendix A: Terms of reference"),
    ("b", ["To understand what agencies knew about Baby T and his family from the first antenatal contact to his admission.",
           "To consider the response to the bruise seen at the six-week visit.",
           "To consider how the family's ethnicity, culture, living situation and rural location affected their access to services.",
           "To examine information sharing between agencies and across local authority borders.",
           "To seek the views of the family, subject to the criminal investigation."]),
    ("h1", "Appendix B: Agency contacts and commentary"),
    ("t", [["Agency", "Contact with the family", "Reviewers' commentary"],
           ["Maternity service", "Late booking at 27 weeks; three of five appointments; birth and one-night stay.", "Domestic abuse enquiry not made with Mother alone; Father's details not recorded; no handover conversation with the health visitor beyond the standard discharge notification."],
           ["GP practice", "Temporary registration; booking appointment; baby's eight-week check not reached.", "Previous records not requested; practice not aware of the liaison service."],
           ["Health visiting", "New birth visit; six-week visit; cancelled follow-up.", "Bruise recorded but not referred; no contact with the liaison officer; follow-up not escalated when cancelled."],
           ["Gypsy and Traveller liaison service", "Site management and welfare; frequent contact with the extended family.", "Held relevant knowledge but was not part of any professional network around the baby."],
           ["Police", "No contact before the injury; investigation since.", "Information from another force was available but never requested."],
           ["Children's Social Care", "No contact before the injury; strategy discussion and care proceedings since.", "Prompt and effective response after the injury."]]),
    ("h1", "Appendix C: Action plan"),
    ("t", [["Recommendation", "Action", "Lead", "Timescale", "Measure of success"],
           ["1", "Revise bruising protocol and training", "Partnership Learning and Development Group with ICB", "By May 2023", "Revised protocol published; ICB report on referral numbers"],
           ["2", "Record fathers' identity; seek previous-area information", "Community health provider and maternity services", "By June 2023", "Audit of 30 records of families new to the area"],
           ["3", "(a) Impact assessment and options for GRT health visiting; (b) accessible antenatal care", "ICB", "By end of June 2023", "Options paper to the Partnership; antenatal offer in place"],
           ["4", "Co-produced GRT training", "Partnership Business Unit", "2023-24 programme", "Number trained; participant feedback"]]),
    ("h1", "Appendix D: Glossary"),
    ("t", [["Term", "Meaning"],
           ["ED", "Emergency Department"],
           ["GRT", "Gypsy, Roma and Traveller"],
           ["ICB", "Integrated Care Board"],
           ["LCSPR", "Local Child Safeguarding Practice Review"],
           ["MARAC", "Multi-Agency Risk Assessment Conference"],
           ["NAI", "Non-accidental injury"],
           ["Strategy discussion", "A discussion between Children's Social Care, the police and health to decide whether to start child protection enquiries."]]),
    ("h1", "Appendix E: References"),
    ("b", ["Child Safeguarding Practice Review Panel (2021) The Myth of Invisible Men: safeguarding children under 1 from non-accidental injury caused by male carers. London: DfE.",
           "Cemlyn, S., Greenfields, M., Burnett, S., Matthews, Z. and Whitwell, C. (2009) Inequalities experienced by Gypsy and Traveller communities: a review. Manchester: Equality and Human Rights Commission.",
           "Brandon, M. et al. (2020) Complexity and challenge: a triennial analysis of serious case reviews 2014-2017. London: DfE.",
           "HM Government (2018) Working Together to Safeguard Children."]),
])
p = d.add_paragraph("National guidance: ")
hyperlink(p, "The Myth of Invisible Men (Child Safeguarding Practice Review Panel)",
          "https://www.gov.uk/government/publications/safeguarding-children-under-1-year-old-from-non-accidental-injury-caused-by-male-carers")
p2 = d.add_paragraph("Report prepared by the two independent reviewers for the Practice Review Workstream. ")
tracked(p2, "", "Version 0.4 circulated to agency leads.", "Version 0.5 incorporates comments from agency leads.", "")

d.save("/work/blind/s12/DD/DD04.docx")
print("DD04", words_of_docx("/work/blind/s12/DD/DD04.docx"))
