import json
E = ["overview","methodology","child_lived_experience","family_views","practitioner_views","why_analysis","multi_agency","good_practice","learning","recommendations"]
def el(false=()):
    return {k: (k not in false) for k in E}
P,I,D,ID,EM,PH,AD = "PERSON","INSTITUTION","DATE","ID_NUMBER","EMAIL","PHONE","ADDRESS"
recs = [
 {"file":"W01.docx","elements":el(["child_lived_experience"]),
  "identifiers":[{"text":"Gillian Ashdown-Fraser","label":P},{"text":"Folasade Adeyemi","label":P},{"text":"Tyler-Jay Brennan","label":P},{"text":"Brennan","label":P},{"text":"CP/2011/0437","label":ID},{"text":"14.03.2010","label":D},{"text":"dariusz-kowalczyk","label":P},{"text":"Fenmoor Lane Surgery","label":I},{"text":"Brackenford Children's Centre","label":I}],
  "not_identifiers":["Child T","Mother","Adult Male A","maternal grandmother","Eastwold","Eastwold LSCB","Eastwold Constabulary","Eastwold Primary Care Trust","Eastwold County Council","Brackenford","Independent Chair","Designated Nurse for Safeguarding Children","Teenage Pregnancy Midwife","Probation Trust","Crown Court","Crown Prosecution Service","Residence Order","Emergency Protection Order","Working Together to Safeguard Children (2010)","Community Practitioners' and Health Visitors' Association","CAF","IMR","LSCB Business Unit","LSCB SCR Panel","October 2010","March 2012","DCSF-00305-2010"],
  "recommendations":9,"chronology_sections":[],
  "notes":"2011 SCR overview report, styled docx, long executive summary, IMRs; mother's views given, perpetrator deliberately not approached (reason stated); genuine why-analysis mentioning dates (workload, skill-mix, form design, batch notifications); no account of the baby's daily life (only outcome facts) so lived experience false; 9 numbered recommendations restated in exec summary and action-plan table (count 9; IMR single-agency recommendations explicitly not repeated); planted identifiers in comment author+text, tracked deletion, header, keywords property, footnote DOB, hyperlink target, appendix table cell.",
  "words":4870},
 {"file":"W02.docx","elements":el(),
  "identifiers":[],
  "not_identifiers":["Amara","Mrs A","Sibling 1","Mother","Holmstead Bay","Northcliffe estate","HBSCP","CADS","Young Carers Hub","Think Family","Education Safeguarding Forum","Quality and Performance Group","White British","Black Caribbean","Pentecostal","TikTok","Snapchat","Little Mix","Cooperrider","Whitney","Munro","Independent Reviewing Officer","Head of Service, Children's Social Care","Lead Reviewer","HBSCP Business Unit","Children and Families Act 2014","Education Act 2002","March 2021","November 2019"],
  "recommendations":3,"chronology_sections":[],
  "notes":"Appreciative Inquiry LCSPR 2022, unstyled docx (bold Normal headings), three 'patterns' each followed by questions for partners (not counted) and a boxed Recommendation, then a summary list repeating them (count 3); grandmother's views by telephone, mother too unwell (reason stated); multi-agency critique mainly in an agency-contacts table with a commentary column; comment and tracked change authored by roles only; fully anonymised.",
  "words":2890},
 {"file":"W03.docx","elements":el(["recommendations"]),
  "identifiers":[{"text":"Aoife Delahunty-Roche","label":P},{"text":"A. Delahunty-Roche","label":P},{"text":"Kwame Mensah-Boateng","label":P},{"text":"k.mensah-boateng@eastwold.gov.uk","label":EM},{"text":"01632 960418","label":PH},{"text":"Puddleducks Day Nursery","label":I},{"text":"LR-2020-06","label":ID},{"text":"Kerry-Ann Walsh","label":P},{"text":"Kerry-Ann","label":P},{"text":"Rajinder Sandhu-Brook","label":P},{"text":"Flat 3, 27 Gorse Road","label":AD}],
  "not_identifiers":["Child M","Sibling 1","Adult Male 1","Mother","maternal grandfather","Eastwold","ESCP","Eastwold Constabulary","MASH","IDVA","DASH","CCG","SCIE","Learning Together","Threshold Guidance","Continuum of Need","Early Help","Fish, Munro and Bairstow","Brandon","Baby Shark","ESCP Business Unit","May 2019","June 2020"],
  "recommendations":0,"chronology_sections":[],
  "notes":"Learning Together (SCIE) LCSPR 2020, styled docx; four findings each with 'Why did this happen?', 'Is this a wider pattern?' and 'Questions for the Board'; partners explicitly chose not to make recommendations, questions are not recommendations (0); mother's long statement held in a table; perpetrator not approached with reason; good practice only in sentences inside findings (no heading); multi-agency critique inside Finding 2 (GP/health visitor) and Finding 3; planted identifiers in prepared-by line, comments property, footer, comment author and text, tracked deletion (address), table signature, contact line (email, phone), first name alone after full name.",
  "words":3670},
 {"file":"W04.pdf","elements":el(["methodology","child_lived_experience","practitioner_views","good_practice"]),
  "identifiers":[],
  "not_identifiers":["Child B","Adult Male 1","Half Sibling 1","Mother","Holmstead Bay","HBSCP","National Panel","Child Safeguarding Practice Review Panel","PICU","OST","early 2023"],
  "recommendations":3,"chronology_sections":[],
  "notes":"Rapid-review-only learning summary (pdf from docx via soffice), ~1,100 words; no scope/terms of reference/method described, no practitioner involvement (records only), no good practice, no account of the child's daily life; family not included because they moved abroad and could not be contacted (reason stated, so true); brief systems why-analysis; three 'The Rapid Review asks the Partnership to' recommendations.",
  "words":1100},
 {"file":"W05.txt","elements":el(["family_views","why_analysis","multi_agency"]),
  "identifiers":[],
  "not_identifiers":["Leo","Mother","Stepfather","Sibling 2","Sibling 3","paternal grandmother","Eastwold","ESCP","Stowmere","White British","Universal Credit","Ipswich Town","FIFA","Greggs","PlayStation","Graded Care Profile 2","ESCP Neglect Strategy 2023-2026","Team Around the Family","Family Hub","DSL","ICB","Acute Trust","Brandon","NSPCC","February 2025"],
  "recommendations":5,"chronology_sections":["KEY PRACTICE EPISODES AND ANALYSIS"],
  "notes":"Neglect LCSPR 2025, plain-text export with setext/ALL CAPS headings; strong child's-voice section built from the child's words recorded by practitioners and shared by his social worker (not a family statement); NO family statement at all, decoys: 'THE FAMILY' heading with no views, 'the family' often, criminal proceedings concluded; 'Key practice episodes and analysis' is a dated narrative (month/term/'two weeks later' shapes, no day-level dates) and there is no why-analysis anywhere; agencies named throughout but no critique of joint working; 5 numbered recommendations with acronym owners, mix of SMART and vague.",
  "words":2130},
 {"file":"W06.md","elements":el(["good_practice"]),
  "identifiers":[{"text":"Dominic Asante-Whitfield","label":P},{"text":"Dominic","label":P},{"text":"Sandpiper Academy","label":I},{"text":"dsl@sandpiperacademy.sch.uk","label":EM},{"text":"Quayside House","label":I},{"text":"37/118204/24","label":ID},{"text":"@kaizen_mo7","label":ID},{"text":"22 November 2024","label":D},{"text":"https://holmsteadbay.sharepoint.com/sites/CSC/Shared%20Documents/Exploitation/Dominic-Asante-Whitfield-CETAT-v2.docx","label":P},{"text":"Nadia Haddad","label":P},{"text":"07700 900352","label":PH}],
  "not_identifiers":["Jay","Mother","Father","Adult Male 2","Adult Male 3","Holmstead Bay","MACE","YJS","YOT","NRM","Reach Out Project","Exploitation Team","Ofsted","Arsenal","Snapchat","UK drill","Afrobeats","Ghanaian","White British","Black","Firmin","Child Safeguarding Practice Review Panel","Working Together to Safeguard Children 2023","November 2024"],
  "recommendations":4,"chronology_sections":[],
  "notes":"Adolescent criminal-exploitation LCSPR 2025, Markdown; young person's own letter to the review plus father's views (mother declined, reason given); working-together paragraph in exec summary and its own section with a who-knew table; why-analysis via exclusion policy, MACE design, caseloads/turnover, adultification; no good practice anywhere (deliberately); 'We recommend that' list of 4; planted identifiers in visible text: name with age opening a sentence, possessive first name, academy and its e-mail, supported accommodation, bare crime ref, social media handle, day-level date, link target with name, footnote professional, phone.",
  "words":2760},
]
with open('/work/blind/s9/W/gold.jsonl','w') as f:
    for r in recs: f.write(json.dumps(r, ensure_ascii=False)+'\n')
print(len(recs))
