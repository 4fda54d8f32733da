import json, build
T, F = True, False
def el(o,m,cl,fv,pv,wa,ma,gp,le,rc):
    return dict(overview=o, methodology=m, child_lived_experience=cl, family_views=fv, practitioner_views=pv,
                why_analysis=wa, multi_agency=ma, good_practice=gp, learning=le, recommendations=rc)
recs = []
recs.append(dict(file="EE01.docx", elements=el(T,T,T,T,T,T,T,F,T,T), identifiers=[],
  not_identifiers=["Child W","Sibling 1","Mother","Father of Child W","Adult Male 1","Maternal Grandmother","Castlebridge","Castlebridge Safeguarding Children Board","Castlebridge Constabulary","the Ravensmoor estate","Hillcrest","White British","Graded Care Profile","Healthy Child Programme","Common Assessment Framework","Team Around the Child","Public Protection Unit","Primary Care Trust","Designated Nurse","SCR Panel Chair","Working Together to Safeguard Children (2010)","November 2012","January 2012"],
  recommendations=12, chronology_sections=[], words=build.words("EE01.src"),
  notes="2012-style SCR overview, unstyled bold Normal headings; father visited in prison and mother met (family views given); no good practice anywhere; 4 Board recs + 8 single-agency (CSC 1-3, CHS 1-2, AHT 1, POL 1, PCT 1); action plan table restates the 4 Board recs; comment by role author only"))
recs.append(dict(file="EE02.docx", elements=el(T,T,F,T,T,T,F,T,T,T),
  identifiers=[{"text":"Declan O'Rourke-Mahon","label":"PERSON"},{"text":"Kacper Wiśniewski","label":"PERSON"},{"text":"Kacper","label":"PERSON"},
    {"text":"K Wisniewski","label":"PERSON"},{"text":"Larchfield Academy","label":"INSTITUTION"},{"text":"inclusion@larchfield.sch.uk","label":"EMAIL"},
    {"text":"NM/13/004817","label":"ID_NUMBER"},{"text":"Folasade Adebayo-Quist","label":"PERSON"},{"text":"Bethan Prys-Owen","label":"PERSON"}],
  not_identifiers=["Child F","Northmoor","Northmoor LSCB","Northmoor Police","the Kingsway estate","Polish","Polish-speaking","Youth Offending Service","Designated Safeguarding Lead","Designated Nurse for Safeguarding Children","Detective Inspector","Missing and Exploited Children meeting","Pastoral Support Plan","Youth Offender Panel","LSCB Business Manager","Overview Author","February 2013"],
  recommendations=7, chronology_sections=[], words=build.words("EE02.src"),
  notes="2013 SCR, styled; planted identifiers: approved-by line, name with age in brackets at sentence start, first name alone + possessive + tracked deletion '(Kacper)', school in agencies table, school e-mail in contact line, crime reference, name in a comment, Panel member list, surname in core property 'comments'; mother declined by letter; agencies and meetings listed but only single-agency critique (multi_agency false); no lived experience (child's quoted words removed); good practice only in sentences inside findings; 7 'It is recommended that' recs restated in summary table"))
recs.append(dict(file="EE03.pdf", elements=el(T,T,T,F,T,F,F,F,T,T), identifiers=[],
  not_identifiers=["Baby H","Mother","Mother's Partner","Adult Male 1","Father","Maternal Grandmother","Halden","Halden and Rye","Halden and Rye Police","Eastwick","White British","Black Caribbean","Crown Court","Independent Chair","Week 3","Aged 14 months","October 2011","January 2011"],
  recommendations=6, chronology_sections=["Analysis of agency involvement"], words=build.words("EE03.src"),
  notes="2011 SCR as PDF via LibreOffice; '5 Analysis of agency involvement' is a dated chronology in disguise (In March 2010 / Week 3 / Aged four months / Two days later / Later that month) and no why-analysis anywhere; NO family statement: decoys = 'Family involvement' heading describing family only, mother's words to the HV at the time, plan to share the report later, criminal trial concluded; no multi-agency critique, no good practice; lessons are learning statements; 6 numbered recs"))
recs.append(dict(file="EE04.txt", elements=el(T,T,T,T,T,T,T,T,T,T), identifiers=[],
  not_identifiers=["Mira","Mira's","Mother","Father","Sibling 1","Sibling 2","Maternal Aunt","Roma","Romanian","Romani","Romanian-speaking","Eastern European","Ashworth","Ashworth Borough","Ashworth Police","the Millbrook estate","Pentecostal church","Peppa Pig","YouTube","Makaton","SCIE Learning Together model","Early Help Assessment","Team Around the Family","Disabled Children's Team","Referral and Assessment Service","Special Educational Needs Coordinator","Designated Safeguarding Lead","Detective Sergeant","Named Nurse for Safeguarding","Clinical Commissioning Group","NSPCC","Brandon, M.","Munro, E.","Stalker, K.","McArthur, K.","Sunday evening in September 2013","March 2014"],
  recommendations=10, chronology_sections=[], words=build.words("EE04.src"),
  notes="2014 SCR plain-text export, setext + numbered headings; declared pseudonym 'Mira' used 50+ times; family willing but no independent Romani interpreter in time (reason stated); practitioners via questionnaire + learning event; multi-agency critique in table commentary column and Finding 4; 'Recommendation N' after each of 5 findings, repeated in summary list (count once) + 5 single-agency recs (CSC1-2, CHT1-2, CCG1); police line says no rec"))
recs.append(dict(file="EE05.docx", elements=el(T,T,T,T,T,T,T,T,T,T),
  identifiers=[{"text":"Marguerite Oduya-Lang","label":"PERSON"},{"text":"Rhiannon Baptiste-Clarke","label":"PERSON"},{"text":"Lacey-Mae","label":"PERSON"},
    {"text":"Lacey-Mae Horrocks","label":"PERSON"},{"text":"Lacey-Mae_Horrocks","label":"PERSON"},{"text":"Imran Qureshi","label":"PERSON"},
    {"text":"2013-0447182","label":"ID_NUMBER"},{"text":"Dean","label":"PERSON"},{"text":"Brackenfield Medical Practice","label":"INSTITUTION"},
    {"text":"Little Acorns Day Nursery","label":"INSTITUTION"},{"text":"17/09/2010","label":"DATE"},{"text":"01632 960418","label":"PHONE"}],
  not_identifiers=["Child L","Child L's","Mother","Sibling 1","Adult Male 1","Father of Child L","Father of Sibling 1","Maternal Grandmother","Wexcombe","Wexcombe LSCB","Wexcombe Police","Ferndale","Frozen","Designated Nurse","LSCB Business Manager","Panel Chair","Detective Superintendent, Public Protection","Department for Education","Home Office","Working Together to Safeguard Children (2013)","Team Around the Child","Early Help Assessment","February 2013","September 2013"],
  recommendations=17, chronology_sections=[], words=build.words("EE05.src"),
  notes="long 2013 SCR, styled, 3 comments + tracked changes; planted: 'Prepared by' title line, distribution list, child's first name in tracked deletion and in a comment possessive, full name in core keywords, name in hyperlink target URL, sergeant's name in a comment, LCS case ref in header, first name in quoted text message, GP practice and nursery in table/body, DOB line, phone in contact line; mother's prison letter quoted at length; genuine why-analysis mentioning dates; 7 LSCB recs (incl. national letter to DfE/Home Office) + 10 single-agency (CSC 1-3, CHT 1-3, POL 1-2, NUR 1, HA 1); action plan restates the 7"))
recs.append(dict(file="EE06.md", elements=el(T,F,F,T,F,T,T,T,T,F), identifiers=[],
  not_identifiers=["Baby Q","Mother","Father","Sibling 1","Maternal Grandmother","Tamarside","Tamarside Safeguarding Children Partnership","the Westfield ward","Lullaby Trust","Out of routine","ICON","Case Review Group","the Coroner","Friday night in November 2022","May 2024"],
  recommendations=0, chronology_sections=[], words=build.words("EE06.src"),
  notes="2024 LCSPR learning briefing in Markdown; no methodology at all; no lived experience (agency actions only); practitioners never mentioned/spoken to; family moved abroad, no reply via last address and solicitor (reason stated); multi-agency critique in the summary and 'what got in the way'; 4 numbered 'learning points' and 'questions for teams' with the partnership stating it makes no recommendations -> recommendations 0"))
with open('../gold.jsonl','w',encoding='utf-8') as f:
    for r in recs: f.write(json.dumps(r, ensure_ascii=False)+'\n')
print('ok', len(recs))
