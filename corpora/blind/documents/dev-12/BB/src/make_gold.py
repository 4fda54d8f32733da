import json
E = lambda **k: k
recs = []
recs.append(dict(file="BB01.docx",
 elements=E(overview=True, methodology=True, child_lived_experience=False, family_views=True, practitioner_views=True,
            why_analysis=True, multi_agency=True, good_practice=True, learning=True, recommendations=True),
 identifiers=[{"text":"Kacper Wiśniewski","label":"PERSON"},{"text":"Kacper","label":"PERSON"},
  {"text":"Wisniewski","label":"PERSON"},{"text":"SCR-2013-02","label":"ID_NUMBER"},
  {"text":"Bramble Hill Day Nursery","label":"INSTITUTION"},{"text":"Gillian Ackroyd-Nash","label":"PERSON"},
  {"text":"Craig Lumb","label":"PERSON"},{"text":"Declan Fitzgerald","label":"PERSON"},
  {"text":"Thornfield Medical Practice","label":"INSTITUTION"},{"text":"Flat 4, Calder View, Wharf Street","label":"ADDRESS"},
  {"text":"17/08/2010","label":"DATE"}],
 not_identifiers=["Child W","Mother","Father","Mr T","Maternal Grandmother","Sibling 1","Calderbrook","Calderbrook Local Safeguarding Children Board","Scarth Moor","West Yorkshire Police","WYP","Polish","White British","Common Assessment Framework","Working Together to Safeguard Children 2013","Brandon","Munro","Ofsted","Department for Education","Workstream Chair","LSCB Business Manager","DS","PND"],
 recommendations=20, chronology_sections=["3.6 Housing Services"], words=4100,
 notes="2014 SCR overview, styled docx with TOC field and numbered H2 (3.1...). IMR analysis by agency; 3.6 Housing is a dated narrative in an analysis section (why-analysis exists elsewhere). No child lived experience. Father seen in prison (views), mother declined, Mr T not approached. 20 numbered recs; Appendix A table restates 1, 6, 12 (not extra). 'Lessons learned' bullets are not recs. Identifiers in keywords property, body possessive, hyperlink URL (surname + SCR ref), tracked deletion, footer, comment text, appendix table, footnote-like DOB line; comment authors are roles."))
recs.append(dict(file="BB02.docx",
 elements=E(overview=True, methodology=True, child_lived_experience=True, family_views=True, practitioner_views=True,
            why_analysis=True, multi_agency=True, good_practice=True, learning=True, recommendations=True),
 identifiers=[{"text":"CLSCB/SCR/2017/04","label":"ID_NUMBER"},{"text":"Amira Haddad","label":"PERSON"},
  {"text":"Amira","label":"PERSON"},{"text":"Cragg Royd Primary Academy","label":"INSTITUTION"},
  {"text":"Masjid al-Furqan","label":"INSTITUTION"},{"text":"Siobhan O'Driscoll","label":"PERSON"},
  {"text":"Farhan Siddiqui","label":"PERSON"},{"text":"@yusuf.h.official","label":"ID_NUMBER"},
  {"text":"r.bairstow@calderbrook.gov.uk","label":"EMAIL"},{"text":"0113 496 0457","label":"PHONE"}],
 not_identifiers=["Child R","Sibling 1","Sibling 2","Mother","Father","Mama","Calderbrook","Syria","Arabic","Significant Incident Learning Process","SILP","Learning Event","Recall Event","Graded Care Profile 2","NHS England","West Yorkshire Police","Children Act 1989","Designated Nurse","Case Review Sub-Group Chair"],
 recommendations=4, chronology_sections=[], words=2170,
 notes="2018 SCR using SILP, unstyled docx (bold Normal headings, 'Finding N:'). Parents: mother declined via solicitor letter, father no reply (reason stated). Multi-agency critique only inside Finding 2 (one CIN episode). Good practice only in sentences inside findings (no heading). 'Recommendation N' after findings, repeated in a summary list: 4 distinct (Rec 4 has two limbs under one number, counted once). Identifiers in header (case ref), subject property, comment, tracked deletion + appendix table, body first-name slip, contact line email/phone, social handle."))
recs.append(dict(file="BB03.pdf",
 elements=E(overview=True, methodology=True, child_lived_experience=True, family_views=True, practitioner_views=True,
            why_analysis=True, multi_agency=True, good_practice=True, learning=True, recommendations=True),
 identifiers=[],
 not_identifiers=["Child H","Adult Male 1","Mother","Maternal Grandmother","half-brother","Calderbrook","Calderbrook Safeguarding Children Partnership","West Yorkshire Police","Operation Encompass","Microsoft Teams","Xbox","FIFA","Leeds United","mixed White and Black Caribbean","National Panel","Child Safeguarding Practice Review Panel","Ferguson","Kelly","Pink","University of Birmingham","Christmas","May 2020","June 2020"],
 recommendations=5, chronology_sections=[], words=2150,
 notes="2020 pandemic LCSPR, PDF from docx via LibreOffice; virtual practitioner sessions on Teams plus individual video calls. Half-brother's views given; mother not approached on police advice (prosecution witness). Recommendations embedded in each finding as 'The Partnership should ...' (F1 one, F2 two, F3 one, F4 one national = 5). Multi-agency critique partly in an agency-contacts table with a commentary column (honestly headed, not a chronology section). Fully anonymised incl. PDF metadata."))
recs.append(dict(file="BB04.txt",
 elements=E(overview=True, methodology=False, child_lived_experience=True, family_views=False, practitioner_views=False,
            why_analysis=False, multi_agency=False, good_practice=False, learning=True, recommendations=True),
 identifiers=[],
 not_identifiers=["Baby T","Sibling 1","Mother","Father","paternal aunt","Calderbrook","Ravensclough","Pakistani","White British","Moses basket","ICON","ICB","Children's Social Care"],
 recommendations=3, chronology_sections=["Key practice episodes"], words=930,
 notes="2022 bruising/non-mobile baby learning briefing, plain-text export with === underlined headings. 'Key practice episodes' is an age-stamped chronology (Aged 14 weeks / Later that week / Two days later) and there is no why-analysis anywhere. No methodology, no practitioner involvement, no good practice, no multi-agency critique (strategy discussion only listed). NO family statement: decoys are a 'Family involvement' heading that only describes the family, mother's words to the health visitor at the time, a plan to share the report with the parents, and 'criminal proceedings have concluded'. 'Learning for practitioners' are learning points, not recs; 3 unnumbered bulleted recs."))
recs.append(dict(file="BB05.docx",
 elements=E(overview=True, methodology=True, child_lived_experience=True, family_views=True, practitioner_views=True,
            why_analysis=True, multi_agency=True, good_practice=True, learning=True, recommendations=True),
 identifiers=[{"text":"Ethan","label":"PERSON"},{"text":"Marsh-Adeyemi","label":"PERSON"},
  {"text":"Fernlea House School","label":"INSTITUTION"},{"text":"Niamh Gallagher-Stott","label":"PERSON"},
  {"text":"Yetunde Balogun","label":"PERSON"},{"text":"Kofi","label":"PERSON"},
  {"text":"St Oswin's Hospital","label":"INSTITUTION"},{"text":"K2230918","label":"ID_NUMBER"},
  {"text":"09/02/2011","label":"DATE"}],
 not_identifiers=["Child E","Mother","Father","Calderbrook","Calderbrook Safeguarding Children Partnership","West Yorkshire ICB","LADO","Ofsted","Makaton","White British","Nigerian","London","Children Act 1989","section 85","Department for Education","Child Safeguarding Practice Review Panel","Children's Assessment Unit","Friday","CSPR Workstream Chair","ICB Designated Nurse"],
 recommendations=6, chronology_sections=[], words=3320,
 notes="2024 CSPR of a non-speaking disabled child at an out-of-area 52-week residential special school; styled docx (Heading 1/2, no TOC). Terms of reference and method in Appendix 1 only; individual practitioner conversations. Mother quoted at length; father did not reply. Long genuine why-analysis that uses dates while explaining; own 'How agencies worked together' section; 'Strengths in practice'. 5 local numbered recs + 1 national to DfE = 6; the action-plan table restates 1-5. Identifiers in title property, body possessive, hyperlink URL (child's full name), tracked deletion, footer, comment text, agencies table (hospital + hospital number), DOB note, sibling name with age in brackets."))
recs.append(dict(file="BB06.md",
 elements=E(overview=True, methodology=True, child_lived_experience=True, family_views=True, practitioner_views=True,
            why_analysis=True, multi_agency=True, good_practice=False, learning=True, recommendations=False),
 identifiers=[],
 not_identifiers=["Kai","Calderbrook","West Yorkshire Child Death Overview Panel","CDOP","Irish Traveller","Spain","Huddersfield Town","Arctic Monkeys","Snapchat","TikTok","Discord","Kooth","Staying Close","Hope","Will","National Child Mortality Database","Sleap","CAMHS","Year 8","January 2026"],
 recommendations=0, chronology_sections=[], words=1870,
 notes="2026 joint CSPR/child death review of a 16-year-old's suicide, Markdown. Declared pseudonym chosen by former foster carer; foster carer's views given, father no reply to three invitations, mother moved abroad (no contact details). Practitioners via online questionnaire. Multi-agency critique in an exec-summary sentence and Learning 3. No good practice anywhere. No recommendations: the partnership sets out learning and 'Questions for partners' explicitly not recommendations, so recommendations=0 and element false."))
with open("gold.jsonl","w",encoding="utf-8") as f:
    for r in recs: f.write(json.dumps(r, ensure_ascii=False)+"\n")
print(len(recs))
