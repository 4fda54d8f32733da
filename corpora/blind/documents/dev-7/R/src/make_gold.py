import json
E = ["overview","methodology","child_lived_experience","family_views","practitioner_views","why_analysis","multi_agency","good_practice","learning","recommendations"]
def el(**false):
    return {k: (k not in false) for k in E}
P = lambda t: {"text": t, "label": "PERSON"}
recs = [
 dict(file="R01.docx", elements=el(),
  identifiers=[P("Joanna Whitcombe-Lyle"), P("J. Whitcombe-Lyle"), P("D. Oyelaran-Price"), P("Imran Sadiq"),
               P("Kyle Brannigan-Hoyle"), P("leanne_skerritt"), P("Dr Farah Qureshi-Bell"), P("DC 0917 Yeomans"),
               {"text": "Millstone Medical Practice", "label": "INSTITUTION"}],
  not_identifiers=["Baby Z","Ravensmoor City Safeguarding Children Partnership","Sallowfield","the Named GP","the Designated Doctor for Safeguarding","Leaving Care Personal Adviser","Emergency Duty Team","Case Review Group Chair","RCSCP Business Unit","Microsoft Teams","Covid-19","Early Help","National Panel","Crown Prosecution Service","Senior Investigating Officer","Brandon","Munro","Working Together to Safeguard Children 2018","NHS 111","ICB","Theme 1"],
  recommendations=4, chronology_sections=[],
  notes="2022 LCSPR, infant NAI; styled docx; 'Themes' each ending in 'Questions for the partnership' (questions NOT counted as recommendations); 4 recommendations restated in action-plan table (counted once); family not approached because police investigation continuing; planted: author property, footer (two reviewers), comment author, tracked deletion, SharePoint hyperlink target with a name, prose Dr and DC with collar number, GP practice in appendix table; second comment author is a role",
  words=3530),
 dict(file="R02.docx", elements=el(child_lived_experience=False),
  identifiers=[],
  not_identifiers=["Child H","Mother","Mother's Partner","Father","Maternal Grandmother","Half Sibling 1","Ravensmoor Local Safeguarding Children Board","RLSCB","Wendleby","Hexley","the Named GP","the Named Nurse","Independent Chair","Business Manager","Signs of Safety","Section 47","Christmas","Child Protection Plan","Core Group","Public Health England","Health Visitor Implementation Plan","White British","Ofsted","Department for Education","Crown Court","MASH","Initial Response Team","SCR Panel Business Unit","Regulation 5","Working Together to Safeguard Children 2015"],
  recommendations=9, chronology_sections=[],
  notes="2016 SCR overview report; unstyled docx, numbered paragraphs throughout incl. analysis; terms of reference answered one by one; per-agency IMR summaries whose single-agency recommendations are explicitly NOT reproduced (not counted); 9 overview recommendations; mother quoted at length; no account of the child's daily life (agency-focused; nursery observations limited to late collections; Maternal Grandmother's worry that he was 'being left with him' is treated as a family view, not an account of his daily life - borderline); section 4 is an honestly headed background/summary of involvement, not listed; comment and tracked change by a non-name author",
  words=3760),
 dict(file="R03.pdf", elements=el(recommendations=False),
  identifiers=[{"text": "Larchfield House", "label": "INSTITUTION"}, P("Kudzai Mahlangu"), P("Rosalind Featherstone-Hirst"),
               P("Agnieszka Wróbel"), P("Tariq Mahmood-Ellis"), P("Bernadette Joyce"), P("Kwame Asante-Boateng"), P("Lauren Tse")],
  not_identifiers=["Kit","Hexley","Makaton","Thomas the Tank Engine","iPad","Ofsted","LADO","Independent Reviewing Officer","Designated Safeguarding Lead","Section 47","Achieving Best Evidence","Christmas","Multi-agency action plan","Murray","Okoro","Child Safeguarding Practice Review Panel","Ravensmoor City Council","Detective Sergeant"],
  recommendations=0, chronology_sections=[],
  notes="2025 LCSPR, disabled teenager in residential home; pdf from docx; 'Practice learning' written as 'The review learned that ...' with no recommended improvements; recommendations delegated to a Multi-agency action plan the partnership will write later, so 0; declared pseudonym 'Kit'; good practice only inside the learning sections (no heading); parents' views woven into the learning sections only; planted (visible only): footer with both reviewers' names (wraps across a line in the pdf), named children's home, attendee names in appendix table",
  words=1810),
 dict(file="R04.txt", elements=el(family_views=False, good_practice=False),
  identifiers=[],
  not_identifiers=["Child J","Mother's Partner","Half Sibling 1","Hexley","Ravensmoor City Safeguarding Children Partnership","Designated Safeguarding Lead","Named Nurse for Safeguarding","Front Door","Early Help Assessment","Section 47","Paediatric Neurodevelopmental Assessment","Christmas","Championship","White British","National Panel","Learning and Improvement Subgroup","Case Review Workstream","ADHD"],
  recommendations=3, chronology_sections=[],
  notes="Rapid review turned into short LCSPR (~1,130 words); plain-text export with setext and numbered headings; NO family statement: decoys are the child's own words, practitioners' explanations and 'the criminal trial concluded'; no good practice; recommendations mix SMART (1), partly SMART (2) and passive 'consideration' (3)",
  words=1130),
 dict(file="R05.docx", elements=el(good_practice=False),
  identifiers=[P("Ciara Ní Bhriain"), P("Bogdan Ionescu"), {"text": "St Hilda's Catholic Academy", "label": "INSTITUTION"},
               {"text": "4471902", "label": "ID_NUMBER"}, {"text": "t.okonkwo@ravensmoor-schools.org.uk", "label": "EMAIL"},
               P("DC 2231 Marsh"), P("Eileen Pickersgill"), {"text": "14 December 2022", "label": "DATE"}],
  not_identifiers=["Child R","Adult Male 1","Nan","Ramadan","Eid","Easter","Christmas","British Pakistani","White British","Snapchat","Instagram","Year 9","School Nurse","Head of Year","Designated Safeguarding Lead","Online Safety Lead","Emotional Health and Wellbeing service","Education Safeguarding Team","Case Review Workstream","RCSCP Business Unit","CAMHS","ICB"],
  recommendations=4, chronology_sections=[],
  notes="2024 LCSPR, online sexual abuse of a 13-year-old; unstyled docx (ALL-CAPS bold headings), numbered paragraphs throughout incl. analysis ('4.12 Child R's school noticed ...'); 'Analysis' is ordered by date but every dated episode is followed by why-analysis (workload, thresholds, training, system design), so it is NOT a chronology section; 'Recommendation N' after each finding, restated in a summary list (4 distinct); family views appear ONLY in the appendix letter to the child; no good practice (the same-day referral is narrated neutrally, not presented as good practice); planted: author property, comment author, tracked deletion (school), bare file number in footer, mailto hyperlink target, prose DC with collar number, 'Nan (Eileen Pickersgill)', a day-level date",
  words=2180),
 dict(file="R06.md", elements=el(methodology=False, family_views=False, practitioner_views=False, why_analysis=False, multi_agency=False),
  identifiers=[],
  not_identifiers=["Child Y","Mother","Older Sibling A","Older Sibling B","Younger Sibling","Ashcombe Vale","Wendleby","Bangladeshi","Sylheti","Harry Potter","Eid","Ramadan","Christmas","Section 47","Early Help Assessment","Elective Home Education","Designated Safeguarding Lead","Education Welfare Officer","Named Nurse","Front Door","Was Not Brought","Universal Credit","Department for Education","Practice Review Subgroup","Working Together to Safeguard Children 2023"],
  recommendations=4, chronology_sections=["Analysis of practice"],
  notes="2026 LCSPR, neglect of a diabetic 11-year-old withdrawn to home education; markdown; 'Analysis of practice' is a dated chronology (term/season/'Two days later'/'Over the following fortnight'/'By the time of the third visit') with no why-analysis anywhere; learning points are single-agency 'what' statements, no multi-agency critique; decoy 'Views of the family' heading only says a meeting was offered (no views, no reason); no scope/ToR/method (only the offer of a meeting); no practitioner involvement (school descriptions of the child come from records); recommendation 1 has lettered sub-parts 1a and 1b with different actions, counted as separate recommendations: 1a, 1b, 2, 3 = 4; honest 'Background' section not listed",
  words=1600),
]
with open("gold.jsonl", "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(recs))
