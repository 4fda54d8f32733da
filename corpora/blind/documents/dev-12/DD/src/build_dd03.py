"""DD03: 2020 LCSPR, child in a military family. Built as .docx then converted to PDF. Planted identifiers in visible text."""
import sys, subprocess, shutil, os
sys.path.insert(0, "/work/blind/s12/DD/src")
from lib import *

d = new_doc(title="LCSPR Child M - draft report", subject="Local Child Safeguarding Practice Review",
            keywords="LCSPR; Armed Forces family; domestic abuse", category="LCSPR")
header_footer(d, "OFFICIAL - SENSITIVE    Child M    North Fells Safeguarding Children Partnership",
              "DRAFT v0.4 - not for circulation")

render(d, [
    ("h1", "Local Child Safeguarding Practice Review: Child M"),
    ("p", "North Fells Safeguarding Children Partnership - draft report for the Case Review Group, November 2020"),
    ("p", "Prepared by: Dr Oluwaseun Adebayo-Hart, Independent Reviewer"),
    ("h1", "1. Introduction and approach"),
    ("p", "1.1 This review concerns a boy, called Child M in this report, who was seven when he was admitted "
          "to hospital in the autumn of 2019 with a fractured wrist and bruising to his back. His father, a "
          "serving soldier, later admitted that he had injured Child M during an argument with Child M's "
          "mother. The Rapid Review concluded that the threshold for a Local Child Safeguarding Practice "
          "Review was met, and the Partnership's Case Review Group agreed the terms of reference in January "
          "2020."),
    ("p", "1.2 The review used the Significant Incident Learning Process (SILP), a systems-based model in "
          "which agencies provide reports on their involvement and the people who worked with the family "
          "help to analyse it. Because of COVID-19 restrictions in the spring of 2020, the planned learning "
          "event could not go ahead. Instead, practitioners and their managers completed a written "
          "questionnaire, and the reviewer held follow-up telephone calls with four of them. Seventeen "
          "questionnaires were returned, from health, education, police, Children's Social Care and the "
          "Army Welfare Service."),
    ("p", "1.3 The review does not seek to find fault with individuals. Its purpose is to understand why the "
          "system around Child M worked as it did, so that children in similar circumstances are better "
          "protected."),
    ("p", "1.4 The review period is from the family's arrival in Cumbria in August 2018 to Child M's admission "
          "to hospital."),
    ("h1", "2. Who was Child M?"),
    ("p", "2.1 Child M is the elder of two children. He was born in Germany, where his father was stationed, "
          "and had attended two schools there before the family moved to Cumbria. Teachers describe a boy who "
          "was bright, funny and anxious about change; he kept a map on his bedroom wall with pins in the "
          "places he had lived. He loved Minecraft, Lego and his dog, and asked his class teacher more than "
          "once whether his dad would be \"home for good this time\"."),
    ("p", "2.2 Lachlan Pryce (7) joined Year 3 at Brackenthwaite Primary School in September 2018. In his "
          "first term Lachlan's teacher noticed that he became withdrawn on Mondays and on days after his "
          "father had returned to his unit. In a piece of writing about his family he wrote that the house was "
          "\"loud when Dad is home and quiet when he goes\"."),
    ("p", "2.3 Child M's mother, referred to as Mother, is White British and grew up in South Lakeland. His "
          "father, referred to as Father, is a corporal who joined the Army at seventeen and has served in "
          "Afghanistan. After the move Father was based at a garrison around two hours' drive away and "
          "returned home most weekends and during leave. The family lived in a rented house in a village "
          "rather than in Service Family Accommodation, to be close to Mother's parents."),
    ("h1", "3. Family involvement"),
    ("p", "3.1 Mother chose to contribute in writing. Her letter is reproduced here with her agreement, with "
          "some details removed:"),
    ("p", "\"When we moved back I thought it would be easier, being near my mum. But nobody here knew what "
          "Army life is like. The school thought my husband was away working like a lorry driver. When I "
          "rang the police the second time the officer asked if the Army would sort it out, and I didn't "
          "know. I didn't want him to lose his job because then we'd lose everything. I wish someone had "
          "sat down with me and explained who would be told what. My son knew more about what was going on "
          "than any of the grown-ups did.\""),
    ("p", "3.2 Father was invited, through his commanding officer, to contribute. He did not respond."),
])

render(d, [
    ("h1", "4. Agencies involved"),
    ("t", [["Agency", "Involvement with the family"],
           ["Cumbria Constabulary", "Attended two domestic incidents at the family home (December 2018, July 2019); DASH risk assessments completed."],
           ["Children's Social Care", "Received two police notifications; the first was closed at the front door with advice; the second led to a single assessment that was open at the time of the injury."],
           ["Primary school", "Class teacher and DSL; Service Pupil Premium received from spring 2019."],
           ["Health visiting / School Health", "Health visitor for the younger sibling; school nurse contact following the second incident."],
           ["NHS GP practice", "Registered Mother and the children; Father's records held by Defence Primary Healthcare."],
           ["Army Welfare Service", "Contact with Mother after the second incident, at the unit's request (Staff Sergeant Craig Hindmarsh, unit welfare officer)."],
           ["Defence Primary Healthcare", "Treated Father for low mood and alcohol use in 2019."],
           ["Domestic abuse service", "Offered outreach to Mother after the July 2019 incident; one contact made."]]),
])

render(d, [
    ("h1", "5. Analysis"),
    ("h2", "Finding 1: Being a Service child was not treated as part of the assessment of Child M's needs"),
    ("p", "5.1 The school knew that Child M was a Service child because it received the Service Pupil Premium "
          "for him. Questionnaire responses show that staff understood the premium as a funding matter "
          "rather than as information about the child's life. Mobility, a parent's repeated departures and "
          "returns, and a parent's experience of combat are known to affect children, but there was no "
          "prompt in any agency's assessment framework to ask about them. The class teacher's observation "
          "that Child M was withdrawn after his father left was an astute one, and she recorded it carefully; "
          "what was missing was a way of connecting it to what was happening at home. The Monday pattern "
          "was understood by the school as missing his father, which it was, but no one asked what the "
          "weekends had been like."),
    ("p", "5.2 Several practitioners wrote that they simply did not think about the Armed Forces because "
          "there is no garrison in the county. In a rural area where Service families are few and scattered, "
          "practitioners do not build up experience of them, and the national resources for Service "
          "children are aimed mostly at schools near large bases."),
    ("h2", "Finding 2: The second police notification and the handover between civilian and military systems"),
    ("p", "5.3 This finding concerns the period after the July 2019 incident, when the most information was "
          "available and when the opportunity to protect Child M was greatest."),
    ("p", "5.4 The police officer attending in July 2019 recorded that Father was a serving soldier and told "
          "Mother that the Army would be informed. The DASH assessment was graded medium. The notification to "
          "Children's Social Care led to a single assessment, which was allocated after three weeks. "
          "Meanwhile the police informed the Royal Military Police through the force's liaison route. The "
          "Army Welfare Service then contacted Mother at the unit's request. Each agency believed that another "
          "was leading. The social worker assumed that the Army would manage Father's behaviour and his "
          "access to alcohol; the welfare officer assumed that, because a social worker was allocated, the "
          "children's safety was being assessed by the local authority. No one convened a strategy "
          "discussion or even a telephone conversation between the social worker and the welfare officer, and "
          "no one told the school. The information that Father was being treated for low mood and alcohol "
          "use was held by Defence Primary Healthcare and was never shared with the NHS GP or Children's "
          "Social Care, because there was no agreed route and no one asked for it."),
    ("p", "5.5 The reasons for this are systemic. The local procedures contained no guidance on working with "
          "the Armed Forces; the military welfare service's role is not a statutory safeguarding role and its "
          "staff were unsure what they could share without Father's consent; and the social worker was "
          "carrying 27 cases and prioritised children for whom no other agency appeared to be involved. The "
          "police officer's decision to inform the military was good practice, and the prompt contact from "
          "the welfare service showed real concern for the family, but these actions were taken in "
          "parallel rather than together."),
    ("h2", "Finding 3: Thresholds and the first police notification"),
    ("p", "5.6 The December 2018 notification was closed with advice at the front door. The record shows that "
          "the decision was made on the basis that it was a first incident with a standard DASH grade. That "
          "was consistent with the threshold document then in use. However the threshold document treated "
          "each notification as a new event and gave no weight to factors such as a recent move, isolation "
          "from a parent's support network or a parent's occupation involving long absences. Practitioners "
          "in their questionnaires described the front door as \"a sieve that only catches the big ones\"; "
          "while that is not a fair description of the whole service, it reflects a real feeling that "
          "cumulative risk was hard to convey in a single notification."),
    ("h2", "Finding 4: Mother's fear about Father's career"),
    ("p", "5.7 Mother's letter makes clear that she was frightened that reporting the abuse would cost Father "
          "his job and the family its income and home. This is a well-recognised barrier for partners of "
          "Service personnel. None of the practitioners who spoke to Mother addressed it directly, because "
          "none of them knew the answer. The domestic abuse outreach worker did well to keep trying to "
          "reach Mother after the first missed appointment, but could not reassure her about something "
          "outside her own knowledge."),
])

render(d, [
    ("h1", "6. Learning and recommendations"),
    ("p", "6.1 The learning from this review is that a child's connection to the Armed Forces is information "
          "about his life and his risks, not only his entitlements; and that where civilian and military "
          "services are both involved, each needs to know precisely what the other is doing. The issues found "
          "here are unlikely to be unique to this family and the reviewer understands from the questionnaire "
          "responses that they are features of practice across the county."),
    ("p", "The Partnership is asked to:"),
    ("n", ["agree a protocol with the Army Welfare Service, the Royal Military Police and Defence Primary "
           "Healthcare setting out how safeguarding information about children of serving personnel is shared, "
           "and who convenes a strategy discussion, and to report on its use to the Case Review Group within "
           "six months;",
           "add questions about parental military service, deployment and mobility to the multi-agency "
           "referral form and the front-door screening checklist by March 2021;",
           "commission a short briefing for schools and practitioners on the experience of Service children "
           "and on the particular barriers faced by partners of Service personnel experiencing domestic abuse."]),
    ("p", "6.2 National recommendation. The Partnership is asked to write to the Child Safeguarding Practice "
          "Review Panel recommending that the Ministry of Defence and the Department for Education consider "
          "how information about a child's parent being a member of the Armed Forces can be made available to "
          "local safeguarding partners when a family lives away from a military base."),
    ("h1", "Appendix 1: Terms of reference (summary)"),
    ("b", ["How did agencies understand Child M's lived experience as a Service child?",
           "How were the two domestic incidents assessed and responded to?",
           "How did civilian and military agencies share information and plan together?",
           "What was the impact of rural isolation and the family's move on the support available?"]),
    ("h1", "Appendix 2: Glossary"),
    ("t", [["Abbreviation", "Meaning"],
           ["AWS", "Army Welfare Service"],
           ["DASH", "Domestic Abuse, Stalking and Harassment risk checklist"],
           ["DPHC", "Defence Primary Healthcare"],
           ["DSL", "Designated Safeguarding Lead"],
           ["LCSPR", "Local Child Safeguarding Practice Review"],
           ["RMP", "Royal Military Police"],
           ["SILP", "Significant Incident Learning Process"],
           ["SPP", "Service Pupil Premium"]]),
    ("h1", "Appendix 3: Review contacts"),
    ("p", "The family moved to the area on 12 August 2018, following Father's posting from Germany."),
    ("p", "Health contributions were coordinated by the Designated Nurse (s.mcgillivray@nhs.net). Queries about "
          "this draft should go to the Partnership business unit on 01539 773412."),
])

os.makedirs("/work/blind/s12/DD/src/pdfsrc", exist_ok=True)
src = "/work/blind/s12/DD/src/pdfsrc/DD03.docx"
d.save(src)
print("DD03 words", words_of_docx(src))
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", "/work/blind/s12/DD", src],
               check=True, capture_output=True)
print(os.path.exists("/work/blind/s12/DD/DD03.pdf"))
