"""Fictional review prose for the required-content corpora, written for this project.

Each element has two disjoint pools of sentences: ``train`` builds the paragraph set the
classifier learns from (corpora/generated/elements/paragraphs.jsonl) and ``dev`` builds the report
documents it is measured on (corpora/generated/elements/reports), so the figures are not measured on the
sentences the model was trained on. ``headings`` are the many ways reports title a section.
"""

from __future__ import annotations

ELEMENTS: dict[str, dict[str, list[str]]] = {
    "overview": {
        "headings": [
            "Introduction",
            "Overview",
            "Background to the review",
            "Summary of the case",
            "What happened",
            "The circumstances leading to the review",
            "Case context",
            "Brief overview",
            "The child and family",
        ],
        "train": [
            "This review concerns a baby who was taken to hospital with bleeding on the brain and fractured ribs.",
            "The child was nine years old when she was found to have been living in severe neglect.",
            "Child M died at home at the age of four months; the cause of death remains unexplained.",
            "The family had moved into the area eighteen months before the incident from another local authority.",
            "The partnership agreed that the case met the criteria for a local review after a rapid review in the spring.",
            "The household consisted of the mother, her two children and, for part of the period, her partner.",
            "In the months before the injury the family had contact with the GP, the health visitor and a children's centre.",
            "Child P was admitted to intensive care after a seizure, and scans showed injuries of different ages.",
            "On 3 March the health visitor visited the home and weighed the baby.",
            "Two weeks later the mother took the baby to the GP with a rash.",
        ],
        "dev": [
            "Child S, a boy aged two, was brought to the emergency department with a spiral fracture of the arm.",
            "The review was commissioned after a teenager was seriously injured in a stabbing linked to drug supply.",
            "The family were living in temporary accommodation at the time of the child's death.",
            "Child D lived with his father and paternal grandmother after his parents separated.",
            "The baby was born prematurely and spent three weeks on the neonatal unit before going home.",
            "The incident happened during the school holidays, when the children had little contact with services.",
            "In June the school nurse saw the child about headaches and noted that she seemed tired.",
            "The following month the police were called to the address after neighbours heard shouting.",
            "Agencies' involvement with the family began when the older sibling was referred for poor school attendance.",
        ],
    },
    "methodology": {
        "headings": [
            "Methodology",
            "Scope of the review",
            "Terms of reference",
            "How the review was conducted",
            "Review process",
            "Key lines of enquiry",
            "Approach to the review",
            "Scope and methodology",
        ],
        "train": [
            "The review covered the period from the mother's booking appointment to the child's death.",
            "Agencies were asked to provide a chronology and a short analytical report of their involvement.",
            "A learning event was held with practitioners and first-line managers from all the agencies involved.",
            "The review followed a systems methodology and was led by an independent reviewer.",
            "The terms of reference set out key lines of enquiry agreed by the safeguarding partners.",
            "The lead reviewer read case records and interviewed staff from health, education and children's social care.",
            "A panel of senior managers from the partner agencies oversaw the review and tested the emerging findings.",
            "The timeframe was extended to include an earlier period of early help involvement.",
        ],
        "dev": [
            "This review uses a proportionate, practitioner-led approach rather than a full chronology of every contact.",
            "Information was gathered through agency reports, a reflective workshop and conversations with managers.",
            "The scope of the review runs from the birth of the older sibling until the date of the incident.",
            "An independent author was commissioned and worked with a review team drawn from the partner agencies.",
            "The questions the review set out to answer are listed in the terms of reference in the appendix.",
            "Records from the GP practice, the school and the police were examined by the reviewer.",
            "Practitioners were invited to two sessions, one for front-line staff and one for their managers.",
        ],
    },
    "child_lived_experience": {
        "headings": [
            "The child's lived experience",
            "Child K's voice",
            "What life was like for the child",
            "The child's daily life",
            "Voice of the child",
            "About Child T",
        ],
        "train": [
            "At nursery Child J was described as a quiet girl who loved painting and would cling to her key worker at home time.",
            "For much of the time, the children's days were shaped by their mother's drinking and the unpredictability that followed.",
            "Child R rarely had a settled routine; meals were irregular and he often went to school hungry.",
            "His teacher remembered a funny, lively boy who became withdrawn in the months before the incident.",
            "The baby spent long periods in a car seat or a buggy, and professionals rarely saw him out of it.",
            "When asked, the child said she liked staying at her nan's house because it was calm.",
            "Little is known about what the child felt, because no practitioner spoke to her on her own.",
        ],
        "dev": [
            "Child A loved football and music, and his friends described him as kind and protective of his younger brother.",
            "What we know of the baby's life comes mostly from health records: she was often unsettled and fed poorly.",
            "The children told their teacher that they were frightened when the adults argued late at night.",
            "She told her youth worker that she felt nobody listened to her and that she had stopped trying to explain.",
            "A typical day for the toddler seems to have involved long hours in one room with the television on.",
            "Staff at school noticed that he hid food in his bag and was reluctant to go home at the end of the day.",
        ],
    },
    "family_views": {
        "headings": [
            "Family involvement",
            "Family perspectives",
            "The family's contribution to the review",
            "Engagement of the parents in the review process",
            "Views of the family",
            "Involving the family",
        ],
        "train": [
            "The mother met the lead reviewer and said she had felt judged by professionals from the start.",
            "The father told the review that he had asked for help with housing several times but nothing changed.",
            "The grandmother spoke warmly about the child and said the family had not known where to turn.",
            "The parents' views have been shared with the review panel and are reflected in the findings.",
            "The father declined to contribute to the review because of the ongoing criminal proceedings.",
            "The family were invited to take part but did not respond to letters or phone calls.",
            "It was not possible to involve the mother, who could not be contacted despite several attempts.",
            "The surviving sibling was not spoken to because it was not considered to be in his interests at this time.",
        ],
        "dev": [
            "Mother contributed to this review and her account has been important in understanding events.",
            "The maternal aunt said that she had raised concerns with the school but felt they were not taken seriously.",
            "In conversation with the reviewer, the parents described the support from the health visitor as helpful.",
            "The family chose not to be involved in the review, and their wishes have been respected.",
            "Because a trial is pending, the parents were not approached; they will be offered the chance to read the report.",
            "The young person's father was contacted through his solicitor but did not take up the invitation to meet.",
        ],
    },
    "practitioner_views": {
        "headings": [
            "Practitioner involvement",
            "Practitioners' perspectives",
            "The practitioner learning event",
            "Views of practitioners",
            "Contribution of front-line staff",
        ],
        "train": [
            "Practitioners at the learning event described feeling unsure whether their concern met the threshold for a referral.",
            "Staff told the review that they had not felt able to challenge the decision to close the case.",
            "The health visitor explained that her caseload had doubled during the period covered by the review.",
            "Practitioners said they valued the chance to reflect together on what had happened.",
            "The social worker told the reviewer that she had not been given the police information before the visit.",
            "School staff described a good relationship with the mother, which made it harder to raise difficult questions.",
        ],
        "dev": [
            "Those who attended the reflective session spoke openly about the pressures on their services at the time.",
            "The GP said that the practice had no reliable way of knowing who else lived in the household.",
            "Front-line staff reported that supervision was often cancelled because of sickness in the team.",
            "The nursery manager told the review that staff had been reassured by the mother's explanations.",
            "Police officers involved said that they saw the call as a domestic argument rather than a child protection issue.",
        ],
    },
    "why_analysis": {
        "headings": [
            "Analysis",
            "Critical analysis",
            "Analysis of practice",
            "Why did events happen as they did",
            "Understanding practice",
            "Analysis of key practice episodes",
        ],
        "train": [
            "The health visitor did not refer the bruise because the protocol was worded in a way that suggested it applied only to babies who were not mobile.",
            "This decision is understandable in the context of a team carrying three vacancies and relying on agency staff.",
            "The reason the information was not shared lies partly in the design of the referral form, which did not prompt questions about other adults.",
            "Because each agency held only part of the picture, no one was in a position to see the pattern of injuries.",
            "Practitioners were working in a culture where challenge between agencies was rare and escalation felt risky.",
            "The lack of curiosity about the father was influenced by a focus on the mother as the main carer, reinforced by appointment systems that only recorded her details.",
            "Supervision did not provide space to reflect on the case, because sessions were dominated by performance targets.",
            "As a result of the pandemic, contact moved to telephone calls, which made it harder to see the child and the home.",
        ],
        "dev": [
            "Why was the concern not escalated? Staff told the review they did not know the escalation policy and feared damaging their relationship with the family.",
            "The decision to close the case reflected pressure to reduce caseloads rather than any change in the risk to the child.",
            "This happened because the threshold document was interpreted differently by the front door and by the referring school.",
            "In the conditions that practitioners were working in, with high workloads and new staff, the missed appointment did not stand out.",
            "The underlying reason appears to be that the IT systems did not link the records of the two children.",
            "Practitioners accepted the mother's explanation, partly because of their previous positive experience of her and partly because there was no routine to test it.",
            "Leadership changes in the service meant that the new procedure had not been embedded when these events occurred.",
        ],
    },
    "multi_agency": {
        "headings": [
            "Multi-agency working",
            "How agencies worked together",
            "Partnership working",
            "Information sharing between agencies",
            "Working together",
        ],
        "train": [
            "Information held by the police about the partner's history was not shared with health or children's social care.",
            "There was no multi-agency meeting at which the concerns of the school and the health visitor could be brought together.",
            "The strategy discussion was held without the GP, so the practice's knowledge of the family was not used.",
            "Agencies communicated mainly through emails, and responses were often delayed or not recorded.",
            "Early help and the school worked well together, but the link with adult mental health services was weak.",
            "The referral was passed between teams three times before anyone took responsibility for it.",
        ],
        "dev": [
            "Across the agencies, each service acted on its own information, and joint working was limited to one core group.",
            "The housing provider knew about the overcrowding but had no route to share this with the health visiting team.",
            "Communication between the maternity service and the health visitors relied on a paper form that was not always sent.",
            "The multi-agency safeguarding hub received the notification but did not seek information from the nursery.",
            "When the case moved between local authorities, the transfer of information was incomplete.",
        ],
    },
    "good_practice": {
        "headings": [
            "Good practice",
            "What went well",
            "Examples of good practice",
            "Strengths in practice",
            "Positive practice",
        ],
        "train": [
            "The school's designated safeguarding lead showed persistence in following up each absence.",
            "There were examples of good practice, including a timely and thorough paediatric assessment.",
            "The emergency department staff recognised the injury as suspicious and acted promptly.",
            "The youth worker built a trusting relationship with the young person, which is to be commended.",
            "The midwife's detailed record of the birth plan was an example of effective practice.",
        ],
        "dev": [
            "It is important to recognise the strong practice of the nursery, which noticed the change in the child and recorded it carefully.",
            "The police response on the night was swift, and officers ensured that the children were safe before leaving.",
            "The health visitor's perseverance in arranging home visits, despite repeated cancellations, was commendable.",
            "Practitioners in the early help team worked creatively to engage the father, which was a notable strength.",
        ],
    },
    "learning": {
        "headings": [
            "Findings",
            "Learning",
            "Key learning",
            "Findings and learning",
            "Areas of practice learning",
            "Learning for the partnership",
            "Key findings",
        ],
        "train": [
            "Finding 1: the bruising protocol is not consistently understood across agencies, and this is a feature of practice in general.",
            "The review has identified learning about how agencies find out who lives in a household with a baby.",
            "This is not unique to this case; recent audits found the same pattern in other families.",
            "Learning point: practitioners need to consider the impact of a parent's mental health on the baby's care.",
            "The key learning from this review is that escalation processes are not well known by front-line staff.",
        ],
        "dev": [
            "The first finding is that thresholds are applied differently in different parts of the system.",
            "These issues are likely to be present elsewhere, as national reviews have highlighted similar concerns.",
            "Learning for the partnership centres on how fathers and other men in the household are engaged.",
            "A second area of learning concerns the impact of staff turnover on continuity for the family.",
        ],
    },
    "recommendations": {
        "headings": [
            "Recommendations",
            "Recommendations for the partnership",
            "Local recommendations",
            "National recommendations",
            "What needs to change",
        ],
        "train": [
            "Recommendation 1: the safeguarding partnership should revise the bruising protocol and audit its use within six months.",
            "The partnership should seek assurance that all agencies ask about adults in the household at first contact.",
            "It is recommended that the ICB reviews how GP practices record fathers and partners.",
            "Children's social care should provide evidence to the partnership that the escalation policy has been relaunched.",
        ],
        "dev": [
            "Recommendation 2: the partnership will develop a joint briefing on engaging men in the household by March.",
            "The review recommends that the police share domestic abuse notifications with health visitors within 24 hours.",
            "The education safeguarding team should report to the partnership on the use of the attendance protocol.",
            "We recommend that the partnership commissions an audit of strategy discussions to test GP involvement.",
        ],
    },
}

#: Paragraphs that are none of the elements: administrative and narrative filler.
OTHER: dict[str, list[str]] = {
    "train": [
        "The report is structured in six parts, and a glossary of terms is provided at the end.",
        "Names have been replaced with pseudonyms to protect the privacy of the family.",
        "The partnership would like to thank everyone who contributed to this review.",
        "Further copies of this report are available from the partnership business unit.",
    ],
    "dev": [
        "This document should be read alongside the partnership's published action plan.",
        "Appendix B lists the agencies that provided information to the review.",
        "A list of abbreviations used in this report is given below.",
    ],
}

#: Statements that the family were not included (family_views is present through these).
NOT_INCLUDED_HEADINGS = ["Family involvement", "Involving the family"]
