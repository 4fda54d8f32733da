"""FF02: rapid review report (docx -> pdf), Baby J, anonymised, ~1,800 words."""
import docxlib as L

S = True  # uses Word heading styles in the source .docx
d = L.new_doc(
    title="Rapid Review report - Baby J",
    subject="Rapid Review: serious injury to a non-mobile baby",
    keywords="rapid review; bruising; non-mobile baby; fractures; Tamber Vale; National Panel decision",
    comments="Version for Partnership Executive and National Panel.")
L.header_footer(d, "OFFICIAL - SENSITIVE   Rapid Review: Baby J", "Tamber Vale Safeguarding Children Partnership - DRAFT v0.2")

d.add_heading("Rapid Review: Baby J", 0)
L.para(d, "Tamber Vale Safeguarding Children Partnership", bold=True)
L.para(d, "Report of the Rapid Review meeting and the decision of the Safeguarding Partners, with the response of the Child Safeguarding Practice Review Panel.")

L.h(d, "1. Why we did this Rapid Review", 1, S)
L.para(d, "In the spring of 2024 a baby, who we call Baby J in this report, was brought to the emergency department at the district hospital in Ellingford with a swollen arm. Baby J was nine weeks old. X-rays and a skeletal survey found a broken arm and healing fractures to two ribs, which doctors said were likely to have happened at different times. Baby J could not yet roll over.")
L.para(d, "Children\u2019s Social Care notified the National Panel within five working days, as the law requires. The Partnership then carried out a Rapid Review. A Rapid Review is a short, quick look at what agencies knew about a child and family. Its purpose is to find out whether there are any immediate actions needed to keep children safe, and whether there is learning that needs a fuller review.")
L.para(d, "Like all our reviews, this Rapid Review is about learning, not about finding fault with individual people.")

L.h(d, "2. How the Rapid Review was done", 1, S)
L.para(d, "Every agency that had contact with Baby J or the parents in the twelve months before the injury was asked to complete an agency summary. We received summaries from midwifery, health visiting, the GP practice, the acute hospital trust, the police and Children\u2019s Social Care.")
L.para(d, "The Rapid Review group met on working day 12. It was chaired by the Partnership\u2019s Independent Scrutineer and included senior safeguarding leads from the three Safeguarding Partners and from health, education and early help. Before the meeting, the chair spoke with the health visitor and with the practice manager and safeguarding lead GP at the family\u2019s GP practice, so that the group could hear from people who knew what it had been like at the time.")
L.para(d, "The family were not contacted for this Rapid Review. The police investigation into how Baby J was injured is continuing, and the Senior Investigating Officer advised that contact from the Partnership at this stage could affect that investigation. The family will be offered the chance to contribute to the learning once the police say it is appropriate.")

L.h(d, "3. What agencies knew", 1, S)
L.para(d, "Baby J lives with Mother and Father, who are both in their early twenties. Mother is White British and Father is of British Pakistani heritage. Baby J has a half-sibling, Sibling 1, aged 3, who lives mainly with their own father. Before this incident, Children\u2019s Social Care had not been involved with the family.")
L.para(d, "The table below sets out the main contacts and the group\u2019s commentary on them.")
L.table(d, [
    ["Agency", "What they knew or did", "Commentary from the Rapid Review group"],
    ["Midwifery", "Booked Mother in the first trimester. Routine enquiry about domestic abuse was made twice; Mother said no. Father attended two appointments.", "Routine enquiry was made, but only when Father was present on one occasion. The midwifery service had no way of knowing what the police held about Father."],
    ["Police", "Held records of two domestic abuse incidents between Father and a previous partner three years earlier. No further action in either case.", "This information was not known to midwifery, health visiting or the GP. There is no route for this kind of history to reach maternity services unless a referral is made, and none was. The group saw this as a gap between agencies, not a failure by one."],
    ["Health visiting", "New birth visit at 12 days. Second contact at six weeks, when the health visitor saw a small mark on Baby J\u2019s cheek. Parents said Sibling 1 had hit the baby with a toy.", "The health visitor told the chair she felt uneasy but knew the baby had a GP check two days later and expected the GP to look at it. She did not speak to the GP directly. Each professional assumed the other would act."],
    ["GP practice", "A locum GP carried out the six-to-eight week check. Mother mentioned the mark; the GP recorded \u2018small bruise L cheek, sibling injury, settled\u2019.", "The Bruising in Non-Mobile Babies Protocol says every bruise in a baby who cannot move on their own must be referred. This did not happen."],
    ["Acute hospital trust", "Emergency department presentation. Skeletal survey; safeguarding referral to MASH on the same day.", "The hospital followed the child protection procedures."],
    ["Children\u2019s Social Care", "MASH referral received; strategy discussion the same evening; Baby J and Sibling 1 placed with a relative under a safety plan.", "Decision-making after the referral was timely."],
])

L.h(d, "4. Why did this happen?", 1, S)
L.para(d, "The group spent most of its time on the six-week contact and the GP check. Everyone agreed that the mark on Baby J\u2019s cheek should have been referred under the protocol. The more useful question is why it was not.")
L.para(d, "The GP was a locum who had worked at the practice for three weeks. The practice induction pack for locums covered prescribing and the computer system, but not local safeguarding protocols. The GP had worked in another area where a similar protocol existed, but where the threshold for referral was described differently. The check was the last appointment of a clinic that had overrun by forty minutes. Mother offered an explanation that sounded ordinary, and the GP later told the practice safeguarding lead that the family had seemed \u201cwarm and completely normal\u201d. We know from research and from other reviews that a plausible explanation, a calm family and time pressure together make it harder for practitioners to follow a rule that feels, in the moment, like it does not fit.")
L.para(d, "The health visitor had the protocol in mind and was worried. She told the chair that she did not want to \u201cduplicate\u201d the GP, and that in her experience GPs did not always welcome calls about children they were about to see. This is a familiar pattern in which responsibility is spread across two people so that neither feels it is theirs. The protocol itself says \u201cthe professional who observes the bruise\u201d should refer, which does not help when two professionals have seen, or heard about, the same mark.")
L.para(d, "Father\u2019s history was not known to health practitioners. Even if it had been, the group did not think that on its own it would have changed the decision at the GP check, but it might have made the health visitor more confident to act on her unease.")
L.para(d, "There is also a wider pressure behind this. The practice had been without a permanent salaried GP for most of the year and relied on locums for around a third of its baby checks. Practice managers at the meeting said this is now common across the north of the county. A protocol that depends on each clinician knowing it by heart is fragile when the clinicians change every few weeks. The group thought the same risk applies in out-of-hours services and in walk-in centres, where staff may see a baby only once.")
L.para(d, "At this stage the group did not identify practice that it wanted to highlight as good practice. It will look at this again when the learning event takes place.")

L.h(d, "5. Learning identified", 1, S)
L.box(d, "Learning for practice", [
    "Any bruise or mark on a baby who is not yet mobile must be referred, whatever the explanation. The protocol exists because explanations can sound convincing.",
    "If you see it, you own it. Do not assume that another professional who will see the baby later will act.",
    "Locum and agency staff need local safeguarding protocols on their first day, not later.",
], fill="FFF2CC")
L.para(d, "The group considered whether these issues are features of practice more widely. The Partnership\u2019s audit last year of referrals under the protocol found that most referrals came from the emergency department and very few came from primary care. This suggests that the learning applies beyond this one practice.")

L.h(d, "6. Actions already taken", 1, S)
L.para(d, "Two things have already happened since the Rapid Review meeting. The ICB has sent a short briefing on the protocol to every GP practice in Tamber Vale, and the GP practice has added local safeguarding protocols to its locum induction pack.")

L.h(d, "7. Recommendations to the Safeguarding Partners", 1, S)
L.para(d, "The Rapid Review group recommends that:")
L.para(d, "(a) the ICB and the community health provider revise the Bruising in Non-Mobile Babies Protocol within three months so that it states that every professional who sees or is told about a mark must refer, even if another professional is also involved;")
L.para(d, "(b) the ICB checks, through its annual safeguarding assurance return, that every GP practice includes the protocol in its induction for locum and sessional clinicians, and reports the results to the Partnership;")
L.para(d, "(c) the Partnership holds a multi-agency learning event on this case with health visiting, primary care and the police once the police investigation allows, and shares a seven-minute briefing afterwards.")

L.h(d, "8. Decision of the Safeguarding Partners", 1, S)
L.para(d, "The Safeguarding Partners considered the Rapid Review on working day 15. They agreed that the case meets the criteria for a serious child safeguarding case. They decided that a Local Child Safeguarding Practice Review is not needed, because the learning is clear, is already well understood from national and local reviews, and can be taken forward more quickly through the recommendations above. The decision was sent to the National Panel with this report.")

L.h(d, "9. Response from the Child Safeguarding Practice Review Panel", 1, S)
L.para(d, "The National Panel replied in writing. The Panel agreed with the Partnership\u2019s decision that a local review was not required. It said that the Rapid Review had identified the key learning clearly and had considered why the protocol was not followed, not only that it was not. The Panel asked the Partnership to let it know the outcome of the learning event and to consider, when the police investigation is complete, whether Father\u2019s history and the routes for sharing it with maternity services raise any further learning.")

L.h(d, "Abbreviations", 1, S)
L.table(d, [
    ["Abbreviation", "Meaning"],
    ["ED", "Emergency department"],
    ["ICB", "Integrated Care Board"],
    ["MASH", "Multi-Agency Safeguarding Hub"],
    ["SIN", "Serious incident notification"],
    ["LCSPR", "Local Child Safeguarding Practice Review"],
])
d.save("/work/blind/s13/FF/src/FF02.docx")
