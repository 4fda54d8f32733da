import json
E = lambda **k: k
recs = []
def el(o,m,l,f,p,w,ma,g,le,r): return dict(overview=o,methodology=m,child_lived_experience=l,family_views=f,practitioner_views=p,why_analysis=w,multi_agency=ma,good_practice=g,learning=le,recommendations=r)
P='PERSON';I='INSTITUTION';D='DATE';A='ADDRESS';ID='ID_NUMBER';PH='PHONE';EM='EMAIL'
rows = [
 dict(file='M01.pdf', elements=el(1,1,1,1,1,1,1,1,1,1), identifiers=[],
  not_identifiers=['Child R','Mother','Mother\'s Partner','Maternal Aunt','Sibling 1','Adult Male 1','Adult Male 2','Esk, Moor and Coast Safeguarding Children Partnership','Esk and Coast Police','Ravensby','Scarholme','Thornby-on-Sea','Brackenthorpe','Middlesbrough FC','FIFA','PlayStation','Top Boy','Nike','Audi','White British','Black Caribbean','National Referral Mechanism','National Panel','Department for Education','Youth Justice Service','Pupil Referral Unit','Detective Sergeant','Team Manager','Working Together 2023','It was hard to escape','Summer','August 2023','March 2023'],
  recommendations=6, chronology_sections=[], words=3660,
  notes='CCE/county lines LCSPR (2023), anonymised; Recommendation boxes after findings restated in Lead/Action/Timescale/Evidence table (6 distinct; Finding 5 has none); mother quoted at length; honest Appendix B period summary not a chronology section'),
 dict(file='M02.docx', elements=el(1,1,1,1,1,1,1,1,1,1),
  identifiers=[dict(text='Gwendolyn Achterberg',label=P),dict(text='Siobhán Ní Bhriain',label=P),dict(text='Kacey-Leigh Pearce',label=P),dict(text='Lee Pearce',label=P),dict(text='Pearce',label=P),dict(text='27 Cobble Wynd',label=A),dict(text='9 February 2011',label=D),dict(text='The Harbour Lights Practice',label=I),dict(text='Gannet Bank Primary School',label=I),dict(text='Little Puffins Nursery',label=I),dict(text='30418827',label=ID)],
  not_identifiers=['Child 1','Child 4','Child 7','Children 1 to 7','Mother','Father','Adult Male 1','Maternal Grandmother','Esk, Moor and Coast Local Safeguarding Children Board','Ravensby','Scarholme','Brackenthorpe','White British','Graded Care Profile','CBeebies','Ofsted','Department for Education','Crown Prosecution Service','Working Together 2010','Designated Nurse','LSCB Business Manager','SCR Panel Chair','September 2012','June 2011'],
  recommendations=20, chronology_sections=[], words=3400,
  notes='2013 neglect SCR, large sibling group; 20 recs numbered by agency heading, recs 17-20 restated in LSCB action plan table (count once); planted ids in header (prepared-by), comment, two tracked deletions (address, child name), subject property, agency table, footnote-like DOB line, case file number; honest Chronology table not listed'),
 dict(file='M03.docx', elements=el(1,1,1,0,1,1,1,1,1,1),
  identifiers=[dict(text='Larkspur Hall School',label=I),dict(text='ezekiel-nowak',label=P),dict(text='Kwabena Mensah-Boateng',label=P),dict(text='Kestrel Ward',label=I),dict(text='Dr Oyelaran',label=P),dict(text='2021-11-06T02:14',label=D),dict(text='YK19 WZT',label=ID),dict(text='48213',label=ID)],
  not_identifiers=['Child D','Residential Support Worker 2','RSW2','CD','Thornby-on-Sea','Makaton','Teletubbies','NSPCC','Ofsted','LADO','DSL','Designated Nurse (ICB)','Head of Service, Quality Assurance','November 2021','September 2019'],
  recommendations=5, chronology_sections=[], words=1800,
  notes='disabled child in residential special school, unstyled docx; family_views false: "Views of the family" only says a meeting was offered (no views, no reason); decoys = child AAC words, practitioner quotes, criminal trial concluded; ids in subject property, hyperlink target URL (child name), tracked deletion, comment (ward + doctor), ISO timestamp, bare vehicle reg, LADO file number in appendix table'),
 dict(file='M04.txt', elements=el(1,0,0,1,0,0,0,0,1,0), identifiers=[],
  not_identifiers=['Baby T','Mother','Father','Mr B','Paternal Grandmother','Romanian-speaking','Romanian','White British','Brackenthorpe','Kettlewick','Scarholme','ICON','NHS 111','Easter','Hope','Community Midwife','Health Visitor','Child Safeguarding Practice Review Panel','Early March','Late January'],
  recommendations=0, chronology_sections=['ANALYSIS OF PRACTICE'], words=900,
  notes='short learning briefing (2019, NAI baby), ALL-CAPS txt; analysis section is a dated chronology with no why-analysis anywhere; no methodology, no practitioner input, no good practice, no multi-agency critique, no lived experience; learning points and team questions only, explicit no-recommendations statement; parents not approached during police investigation'),
 dict(file='M05.docx', elements=el(1,1,1,1,1,1,1,0,1,1),
  identifiers=[dict(text='Lorna McAlister-Reid',label=P),dict(text='Bay Sands Holiday Park',label=I),dict(text='Oliwia Kowalczyk',label=P),dict(text='Dariusz Kowalczyk',label=P),dict(text='Jordan Hartley-Wynne',label=P),dict(text='+48 512 774 309',label=PH),dict(text='s.osei@ravensbyprimary.sch.uk',label=EM),dict(text='HARTL802143GJ9WX',label=ID),dict(text='The Cliffside Practice',label=I)],
  not_identifiers=['Child T','Adult Male 1','Mother','Maternal Grandmother','Polish','Hull','Poland','Thornby-on-Sea','Bluey','MARAC','IDVA','DASH','Independent Scrutineer','Detective Inspector, Public Protection','Designated Safeguarding Nurse','Ministry of Housing, Communities and Local Government','DfE','Domestic Abuse Partnership Board','January 2024'],
  recommendations=4, chronology_sections=[], words=1900,
  notes='domestic abuse/alcohol, family living in holiday caravan (2024); no good practice; father and grandmother views given, mother declined; recs passive/SMART/acronym owner/national; ids in header, keywords property, comment, tracked deletion (name with age), sentence-initial full name, international phone, mailto hyperlink target, driving licence in appendix table, GP practice'),
 dict(file='M06.txt', elements=el(1,1,0,1,1,0,0,1,1,1), identifiers=[],
  not_identifiers=['Child W','Mother','Father','Half Sibling 1','Maternal Uncle','Adult Female 1','Irish Traveller','White British','Scarholme','Ravensby','Calpol','Christmas','Hidden Harm','Drug and Alcohol Action Team','Primary Care Trust','Designated Doctor for Child Deaths','Health Visitor','Drug Worker','Will','Summer 2012','December 2010','Working Together to Safeguard Children (2010)'],
  recommendations=12, chronology_sections=['Findings of the Review'], words=1700,
  notes='2012 SCR executive summary (methadone ingestion), setext txt; "Findings of the Review" narrates dated events; agency sections are single-agency IMR commentary only (no multi-agency critique, no why); 12 single-agency recs by agency heading; parents declined / did not respond; trial-concluded mention'),
]
with open('../gold.jsonl','w',encoding='utf-8') as f:
    for r in rows:
        r['elements']={k:bool(v) for k,v in r['elements'].items()}
        f.write(json.dumps(r,ensure_ascii=False)+'\n')
