"""FF06: unstyled .docx thematic review (three babies), tracked changes, PLANTED identifiers."""
import docxlib as L

S = False
d = L.new_doc(
    title="Thematic review - men caring for babies - draft v0.6",
    subject="Thematic review - Child C (Precious Adeyemi-Clarke) and others",
    keywords="thematic review; non-accidental injury; fathers; men; babies; ICON",
    comments="Thematic LCSPR covering three children. Workstream draft.")
L.header_footer(d, "OFFICIAL - SENSITIVE | Thematic Review: Children A, B and C | LCS ref 7731045",
                "DRAFT v0.6 - Tamber Vale Safeguarding Children Partnership")

L.para(d, "TAMBER VALE SAFEGUARDING CHILDREN PARTNERSHIP", bold=True)
L.para(d, "Thematic Child Safeguarding Practice Review", bold=True)
L.para(d, "\u201cHe was always in the background\u201d: three babies, and the men who cared for them")
L.para(d, "Draft v0.6 for the LCSPR Workstream")

L.h(d, "1. Why we did a thematic review", 1, S)
L.para(d, "In 2023 and early 2024, three babies in Tamber Vale were seriously injured by a man who was caring for them. The babies were not related and lived in different towns. We call them Child A, Child B and Child C. When the Rapid Reviews were done, the same questions kept coming up: what did agencies know about the men in these babies\u2019 lives, and why did that knowledge not make a difference?")
L.para(d, "The Safeguarding Partners decided that one thematic review would be more useful than three separate ones. The National Panel agreed. This review looks across the three cases for patterns in our system. Like all our reviews, it is about learning, not blame.")

L.h(d, "2. The three children", 1, S)
L.para(d, "Child A was four months old when he was admitted to hospital with a head injury. He lived with his mother and her partner, Adult Male 1, in Ellingford. His mother had earlier stayed for two months at Larkspur House refuge after leaving a previous partner.")
p = d.add_paragraph()
L.tracked(p, [("n", "Child B was seven months old when an X-ray showed fractures to her legs. She lived with her mother and her father, "),
              ("d", "Mr Osei"), ("i", "Father of Child B"),
              ("n", ", at Flat 4, Kestrel House, Ordnance Street, in Brackwater. Father of Child B had been known to police for posting threats online under the name @kingzy_b23.")],
          author="LCSPR Workstream - Business Unit")
L.para(d, "Child C was eleven months old when she was found to have bruising and a bleed on the brain after being left in the care of her mother\u2019s partner, known here as Mother\u2019s Partner (Child C). Her mother had been attending a parenting group at Rosebank Family Hub.")
L.para(d, "In all three cases, the man who injured the baby has been charged. Two trials have concluded and one is still to take place.")

L.h(d, "3. How we did this review", 1, S)
L.para(d, "The review was led by an independent reviewer and overseen by a review panel whose members were: Detective Sergeant Aoife Gallagher (Police), the Head of Service for Children\u2019s Social Care, the Designated Nurse for Safeguarding (ICB), and the Partnership\u2019s Business Manager. We read the three Rapid Reviews and the agency chronologies again, and then sent a questionnaire to the 38 practitioners who had worked with the families. Twenty-six replied. The questionnaire asked what they knew about the men in the household, what made it easier or harder to find out more, and what they think needs to change. We then held two short online discussions to check what we had found.")
L.para(d, "We wrote to the parents of all three children three times, over three months, offering to meet them or to hear from them in writing or through an advocate. We did not receive a reply from any of them, and we have not included their views. The report will be offered to them before it is published.")
p = d.add_paragraph("The restricted minutes of the strategy meetings are held by the Business Unit (")
L.hyperlink(p, "strategy meeting minutes (restricted)", "https://tamberscp.example.org/reviews/restricted/strategy-minutes-jamal-osei.pdf")
p.add_run(").")

L.h(d, "4. What we found", 1, S)
L.para(d, "Finding 1: The men were known, but not known about", bold=True)
L.para(d, "In all three cases, the man who later injured the baby was present at health visiting contacts. In two cases he was at the new birth visit. Yet in none of the cases did any agency record his date of birth, check what was known about him, or ask him directly about his own history, his stress or how he was coping with a crying baby.")
L.para(d, "Practitioners\u2019 answers to the questionnaire explain a lot about why. Most health visitors said that their record system has a field for \u201cfather\u201d but not for \u201cmother\u2019s partner\u201d or \u201cother adult in the home\u201d, so the men who were not the baby\u2019s father had nowhere to go. Several said that asking a man about his past in front of his partner felt intrusive and risked the family disengaging. One wrote: \u201cWe are trained to build a relationship with mum. Nobody trains us to build one with the man.\u201d")
L.para(d, "Supervision also played a part. Health visiting supervision records for all three families focused on the mother\u2019s mental health, feeding and housing. The men were not discussed. Supervisors told us that supervision sessions are short, often 30 minutes for a full caseload, and that there is no prompt to ask about fathers or other men. What is not asked in supervision tends not to be asked on the doorstep.")
L.box(d, "Learning for practice", [
    "Every man who lives with or cares for a baby is part of that baby\u2019s safety. Find out who he is.",
    "Supervisors: ask about the men as well as the mothers.",
])

L.para(d, "Finding 2: Agencies did not put together what they knew about the men", bold=True)
L.para(d, "This finding is about how agencies worked together. In Child A\u2019s case, the police held two domestic abuse reports about Adult Male 1 from a previous relationship, and the refuge knew that Child A\u2019s mother was frightened of a previous partner. Health visiting knew neither. In Child B\u2019s case, the police had warned Father of Child B about his online threats, but this was held as a public order matter and was not linked to his role as a new father. In Child C\u2019s case, the family hub had noted that Mother\u2019s Partner (Child C) \u201clost his temper\u201d at a session, but this was recorded only on the hub\u2019s own system.")
L.para(d, "Why? The MASH receives information only when a referral is made. None of these three families met the threshold for a referral before the injury, so no agency ever asked the others what they knew. Practitioners described a culture in which sharing information \u201cwithout consent\u201d feels risky, even though the law allows it when a child may be at risk. Several said they did not know whether they were allowed to ask the police about a man who was not the child\u2019s parent.")
L.para(d, "The ICON programme, which helps parents cope with a crying baby, was delivered to all three mothers. It was not delivered to any of the men, because it is offered at maternity and health visiting contacts that the men did not attend, or attended only briefly.")
L.box(d, "Learning for practice", [
    "You can share and ask for information to protect a baby. If in doubt, talk to your safeguarding lead.",
    "Make sure the man hears the ICON messages too, not only the mother.",
])

L.para(d, "Finding 3: Pressure on services made men harder to reach", bold=True)
L.para(d, "All three babies were born during a period when health visiting in Tamber Vale was running with a third of posts vacant. The service had moved to a \u201ctargeted\u201d model in which some contacts were done by phone or video. In the questionnaire, health visitors said that phone contacts were almost always with the mother alone, at times that suited her, and that men were very rarely part of them. This was a sensible response to staffing pressure, but it had a side effect that nobody had planned for.")

L.para(d, "Managers told us that nobody had assessed what the move to phone contacts would mean for who was seen. The decision was made quickly, for good reasons, by a service under strain, and the review found no point at which it was looked at again. Practitioners also said that when caseloads are high, the adults who are easiest to reach get the attention. Men who work long hours, who leave the room when the health visitor arrives, or who are described as \u201cnot living here\u201d, are the hardest to reach and so are the easiest to leave out.")
L.para(d, "Is this a wider issue?", bold=True)
L.para(d, "We think it is. The Partnership\u2019s own audit of 30 health visiting records for babies under six months, carried out for this review, found that the name of a man in the household was recorded in fewer than half, and his date of birth in fewer than one in five. National reviews have found the same thing for many years. The learning in this review is not new, but the three cases show that it has not yet changed how our system works.")
L.h(d, "5. What went well", 1, S)
L.para(d, "There were strengths in all three cases. In Child B\u2019s case, the GP at Marlowe Road Surgery spotted a small bruise on Child B\u2019s ear at a routine appointment and followed the bruising protocol immediately, which led to the X-ray. In Child C\u2019s case, the family hub worker made a safeguarding referral within an hour of hearing about the injury and stayed with Child C\u2019s mother at the hospital. Across all three, the hospitals\u2019 child protection teams worked quickly with the police and social workers.")

L.h(d, "6. What needs to change", 1, S)
L.para(d, "The Partnership is asked to:")
for r in [
    "ensure that the 0-19 service adds a required \u201cother adults in the household\u201d section to its electronic record, with full name and date of birth, within six months, and reports the completion rate to QAG;",
    "ask the ICB and the 0-19 service to include a prompt about fathers and other men in the household in all safeguarding supervision templates, and to audit ten supervision records a quarter for a year;",
    "ask TVP and CSC to produce a short guide for practitioners on when and how to request information about an adult in the household who is not a parent, by the end of the financial year;",
    "consider how ICON messages can reach men, including at birth registration, in workplaces and through football clubs.",
]:
    L.para(d, "\u2022 " + r)

L.h(d, "7. Questions for partners", 1, S)
L.para(d, "\u2022 How often do our records show who the men in a baby\u2019s life are?")
L.para(d, "\u2022 What would it take for a practitioner to feel confident to ask a man about his past?")
L.para(d, "\u2022 When we change how a service is delivered because of pressure, who checks the side effects?")

L.h(d, "Appendix A: Agencies involved", 1, S)
L.table(d, [
    ["Agency", "Child A", "Child B", "Child C"],
    ["Midwifery (acute trust)", "Yes", "Yes", "Yes"],
    ["0-19 service (health visiting)", "Yes", "Yes", "Yes"],
    ["GP practice", "Yes", "Marlowe Road Surgery", "Yes"],
    ["Family hub", "No", "No", "Rosebank Family Hub"],
    ["Refuge", "Larkspur House", "No", "No"],
    ["Tamber Vale Police", "Yes", "Yes", "Yes"],
    ["Children\u2019s Social Care", "After injury", "After injury", "After injury"],
])

L.h(d, "Appendix B: Glossary", 1, S)
for g in ["0-19 - the 0-19 Public Health Nursing Service", "CSC - Children\u2019s Social Care",
          "ICB - Integrated Care Board", "ICON - a programme that helps parents cope with infant crying (Infant crying is normal; Comfort methods; It\u2019s OK to walk away; Never shake a baby)",
          "MASH - Multi-Agency Safeguarding Hub", "QAG - the Partnership\u2019s Quality Assurance Group",
          "TVP - Tamber Vale Police"]:
    L.para(d, g)

L.h(d, "Appendix C: Terms of reference (summary)", 1, S)
L.para(d, "The review asked: what agencies knew about the men caring for each baby; how this was recorded, shared and assessed; what helped and hindered practitioners in engaging with the men; and whether the learning applies more widely in Tamber Vale. It covered the period from each mother\u2019s booking with maternity services to the day of the injury.")
L.para(d, "For questions about this draft, contact the Partnership Business Unit on 01632 960418.")

d.save("/work/blind/s13/FF/FF06.docx")
