import json
E = lambda **k: k
recs = []
recs.append({"file": "Q01.pdf",
 "elements": E(overview=True, methodology=True, child_lived_experience=True, family_views=True, practitioner_views=True, why_analysis=True, multi_agency=True, good_practice=True, learning=True, recommendations=True),
 "identifiers": [],
 "not_identifiers": ["Child M", "Mother", "Mother's Partner", "Adult Male 1", "Older Sibling A", "Half Sibling 2", "Maternal Great Grandmother", "Nanna", "Pops", "Brackenshire", "Hallowby", "Kessington", "Vale of Dunsmere", "Vale of Dunsmere District Council", "Brackenshire Police", "Brackenshire Safeguarding Children Partnership", "White British", "Aston Villa", "Bluey", "Greggs", "Steps to Together", "Graded Care Profile 2", "GCP2", "Thrive Together Strategy", "NSPCC", "Child Safeguarding Practice Review Panel", "National Panel", "Designated Safeguarding Lead", "Team Manager", "Principal Social Worker", "Head of Early Help", "MASH Service Manager", "Quality Assurance Subgroup", "Brandon", "Sidebotham", "Belderson", "Munro", "Department for Education", "Working Together to Safeguard Children 2023", "Child Arrangements Order", "September 2024", "February 2025"],
 "recommendations": 5,
 "chronology_sections": [],
 "notes": "Full LCSPR after rapid review, fully anonymised; five systemic findings each ending 'Question for the partnership' (questions are NOT counted as recommendations); 5 numbered recommendations restated in an action-plan table (counted once); mother quoted at length, great-grandmother and sibling views; 'Summary of what happened' is an honest narrative heading, not a chronology section.",
 "words": 3450})
recs.append({"file": "Q02.docx",
 "elements": E(overview=True, methodology=True, child_lived_experience=False, family_views=True, practitioner_views=True, why_analysis=True, multi_agency=True, good_practice=True, learning=True, recommendations=True),
 "identifiers": [
   {"text": "Bernadette Okonkwo-Hale", "label": "PERSON"},
   {"text": "Gethin Pryce-Jones", "label": "PERSON"},
   {"text": "Farah Siddiqui", "label": "PERSON"},
   {"text": "Kacper Zielinski", "label": "PERSON"},
   {"text": "Tomasz Zielinski", "label": "PERSON"},
   {"text": "Willowbrook Family Hub", "label": "INSTITUTION"},
   {"text": "The Meadowgate Practice", "label": "INSTITUTION"},
   {"text": "l.mcgarrigle@brackenshire.gov.uk", "label": "EMAIL"},
   {"text": "2022-11-08T16:47", "label": "DATE"},
   {"text": "4471902", "label": "ID_NUMBER"}],
 "not_identifiers": ["Child R", "Mother", "Mother's Partner", "Brackenshire", "Carrowshire", "Coldmarsh", "Stourcombe", "Kessington", "Brackenshire Safeguarding Children Partnership", "Carrowshire Children's Safeguarding Partnership", "Polish", "White British", "Joint Review Panel", "BSCP Health Subgroup", "Brackenshire ICB", "Carrowshire ICB", "Designated Nurse", "Department for Education", "DfE", "CP-IS", "Child Safeguarding Practice Review Panel", "National Panel", "Brandon", "Sidebotham", "Belderson", "Christmas", "January 2022", "May 2023", "LCSPR Workstream"],
 "recommendations": 7,
 "chronology_sections": [],
 "notes": "Joint review with neighbouring Carrowshire, styled docx. 'Recommendation N' shaded boxes after findings with lettered sub-parts, repeated in a summary list: each lettered sub-part (1a,1b,2a,2b,2c) is counted as a separate recommendation (stated in the draft), plus 3 and 4 (national, to DfE/Panel) = 7; 'Further learning' section has no recommendation. No account of the child's daily life or voice (lived experience false). Family: mother did not wish to take part, father could not be traced. Planted: lead reviewer in core property author; comment author and name in comment text; child's real name in a tracked deletion; father's name with age opening a sentence; family hub; GP practice in appendix table; council e-mail; ISO timestamp from a system extract; bare number after 'file'. Property created/modified and tracked-change w:date values are file metadata, not identifiers.",
 "words": 3200})
recs.append({"file": "Q03.docx",
 "elements": E(overview=True, methodology=True, child_lived_experience=True, family_views=True, practitioner_views=True, why_analysis=True, multi_agency=True, good_practice=False, learning=True, recommendations=True),
 "identifiers": [
   {"text": "Declan Ó Briain", "label": "PERSON"},
   {"text": "Priya Raghunathan-Lowe", "label": "PERSON"},
   {"text": "Jayden", "label": "PERSON"},
   {"text": "jayden-mensah-byrne", "label": "PERSON"},
   {"text": "DS Okafor", "label": "PERSON"},
   {"text": "PC 2918 Lloyd-Evans", "label": "PERSON"},
   {"text": "Larchfield House", "label": "INSTITUTION"},
   {"text": "YD68 RMV", "label": "ID_NUMBER"},
   {"text": "+40 745 318 226", "label": "PHONE"}],
 "not_identifiers": ["Child J", "Mother", "Nanna", "Unc", "Kessington", "Marlow Cross", "Dunsmere", "West Midlands", "Black Caribbean", "White Irish", "Youth Justice Service", "YJS", "MACE", "National Referral Mechanism", "Community Safety Partnership", "Brackenshire Police", "BSCP Exploitation Subgroup", "Spice", "Designated Safeguarding Lead", "Firmin", "Child Safeguarding Practice Review Panel", "DfE", "Routledge", "Sunday", "March 2024", "LCSPR Workstream"],
 "recommendations": 5,
 "chronology_sections": [],
 "notes": "Adolescent criminally exploited outside the home; unstyled docx (bold Normal headings '1. INTRODUCTION', 'Finding 2:'). Mother's views woven into the findings only, no family heading (family_views true). No good practice anywhere. 5 recommendations (mixed SMART/passive, owners by acronym, one national to DfE). Planted: reviewer in footer 'prepared by' line, comment author and child's first name in comment text, name in a SharePoint hyperlink target (gold string as it appears in the URL), officers with rank/collar number, children's home, vehicle registration with no cue, international phone number. '4. SUMMARY OF AGENCY INVOLVEMENT' is honest narrative.",
 "words": 1830})
recs.append({"file": "Q04.txt",
 "elements": E(overview=True, methodology=False, child_lived_experience=True, family_views=False, practitioner_views=False, why_analysis=False, multi_agency=False, good_practice=True, learning=True, recommendations=True),
 "identifiers": [],
 "not_identifiers": ["Child P", "Mr B", "Mother", "Mother's Partner", "Younger Sibling", "Maternal Aunt", "Dadi", "Wolves", "Peppa Pig", "Eid", "Urdu", "British Pakistani", "Stourcombe", "Brackenshire", "Brackenshire Safeguarding Children Partnership", "Tuesday", "Will", "Education Safeguarding Team", "Designated Safeguarding Lead", "Child Safeguarding Practice Review Panel", "Bruising and Injuries in Children Protocol", "Working Together to Safeguard Children", "spring of 2025", "March 2023"],
 "recommendations": 3,
 "chronology_sections": ["Key practice episodes"],
 "notes": "Two-page learning brief (plain text, setext headings). 'Key practice episodes' is a dated chronology ('Early March 2023', 'Over the following fortnight', 'By the time of the third visit', 'Two days later') and there is no why-analysis anywhere; no methodology/terms of reference; no practitioner involvement or perspectives; no multi-agency critique (single-agency learning and actions only). NO family statement: decoys are the child's own words, mother's explanation of a bruise recorded in the chronology, and 'the trial concluded'. 3 numbered recommendations (one SMART, two not).",
 "words": 930})
recs.append({"file": "Q05.docx",
 "elements": E(overview=True, methodology=True, child_lived_experience=True, family_views=False, practitioner_views=True, why_analysis=True, multi_agency=False, good_practice=True, learning=True, recommendations=True),
 "identifiers": [],
 "not_identifiers": ["Baby T", "Mother", "Father", "Older Sibling A", "Maternal Great Grandmother", "Dunsmere", "Kessington", "Brackenshire", "White British", "Romanian-speaking", "Romania", "Aptamil", "Calpol", "Love Island", "Snapchat", "Christmas", "Monday", "Tuesday Huddle", "Hope", "Faith", "Charity", "Summer", "Safer Sleep Conversation Tool", "Safer Sleep Pledge", "Best Start Brackenshire Strategy", "The Lullaby Trust", "Child Death Overview Panel", "Coroner", "Named Midwife", "Designated Nurse for Safeguarding Children", "Head of Service for Early Help", "Housing Options Manager", "Health Visiting Service Lead", "BSCP Business Manager", "Workstream Chair", "Designated Nurse (ICB)", "Blair", "Sidebotham", "Evason-Coombe", "Out of Routine", "Child Safeguarding Practice Review Panel"],
 "recommendations": 4,
 "chronology_sections": [],
 "notes": "Baby death on a sofa after parental alcohol/cannabis use (safer sleep), styled docx, fully anonymised; comments and tracked changes by role-named authors only. Decoy heading 'Views of the family' says only that a meeting was offered (no views, no reason) and 'the family' is mentioned often -> family_views false (father's account to police and parents' self-report to the HV are not views on the child or services). Single-agency findings (maternity, health visiting, housing) with why-analysis but no critique of how agencies worked together; 'strategy discussion' appears only in the glossary. 4 recommendations (two passive 'It is recommended that ...') restated in an action-plan table, counted once. Core-property and revision timestamps are file metadata, not identifiers.",
 "words": 2020})
recs.append({"file": "Q06.pdf",
 "elements": E(overview=True, methodology=True, child_lived_experience=False, family_views=True, practitioner_views=True, why_analysis=False, multi_agency=True, good_practice=False, learning=True, recommendations=False),
 "identifiers": [
   {"text": "Halima Begum-Rourke", "label": "PERSON"},
   {"text": "Connor Maguire-Flynn", "label": "PERSON"},
   {"text": "14 Tanner's Row", "label": "ADDRESS"},
   {"text": "Little Acorns Day Nursery", "label": "INSTITUTION"},
   {"text": "The Brookside Practice", "label": "INSTITUTION"},
   {"text": "MAGUI905117CM9TR", "label": "ID_NUMBER"},
   {"text": "55810-B", "label": "ID_NUMBER"},
   {"text": "3 September 2020", "label": "DATE"}],
 "not_identifiers": ["Child S", "Mother", "Mother's Partner", "Paternal Grandmother", "Dunsmere", "Brackenshire", "Brackenshire Police", "Brackenshire Safeguarding Children Partnership", "MASH", "Multi-Agency Improvement Plan", "Quality Assurance Subgroup", "Easter", "Christmas", "Ofsted", "CQC", "HMICFRS", "HMI Probation", "Child Safeguarding Practice Review Panel", "June 2023", "January 2024"],
 "recommendations": 0,
 "chronology_sections": ["Analysis of Practice"],
 "notes": "Partnership chose learning points and no recommendations (statement of intent to test the existing plan is not a recommendation) -> 0. 'Part Four: Analysis of Practice' is a dated chronology ('In mid-November 2022', 'Some ten days later', 'During the Easter holidays', 'The following week'); no why-analysis anywhere; learning points critique information passing between agencies (multi_agency true); no good practice; no account of the child's daily life. Family not approached while the police investigation continued. Planted (visible text only): 'Prepared by' reviewer, partner's name with age, street address, nursery and GP practice (body and appendix table), driving licence number in appendix table, case number in the page header, date of birth in a closing note.",
 "words": 1735})
with open('/work/blind/s6/Q/gold.jsonl', 'w', encoding='utf-8') as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(recs))
