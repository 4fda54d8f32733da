import sys, subprocess, os
sys.path.insert(0, os.path.dirname(__file__))
from dx import Doc
D = Doc(styled=True)
D.props('Serious Case Review Overview Report - Child T', 'Serious Case Review (Working Together 2010, Chapter 8)',
        'SCR; overview report; Child T; IMR; neglect; head injury', author='LSCB Business Unit', category='Overview report')
D.header_footer('RESTRICTED - Serious Case Review - Case ref CS-0917734', 'Downshire and Seahaven LSCB - Overview Report - Final Draft for Board')

D.title('Downshire and Seahaven Local Safeguarding Children Board')
D.title('Serious Case Review: Child T', 16)
D.title('Overview Report', 14)
D.p('Final draft for consideration by the Board, spring 2010')
D.p('Independent overview author: Gillian Ashworth-Pryce')
D.p('Independent chair of the SCR Panel: appointed by the LSCB Chair')
D.pagebreak()

D.h('Contents')
for c in ['1. Introduction', '2. Terms of reference', '3. The review process', '4. Family composition', '5. Summary chronology',
          '6. Summaries of the Individual Management Reviews', '7. Analysis', '8. Conclusions and lessons learned',
          '9. Recommendations for the LSCB', 'Appendix A: Action plan (LSCB recommendations)', 'Appendix B: SCR Panel membership', 'Appendix C: Glossary']:
    D.p(c)

D.h('1. Introduction')
D.p('1.1 This is the overview report of a serious case review (SCR) commissioned by the Downshire and Seahaven Local Safeguarding Children Board (the LSCB) following the death of a boy, referred to in this report as Child T. Child T was two years and four months old when he was admitted to the Emergency Department of the district general hospital in Seahaven with a severe head injury in the summer of 2009. He died in hospital four days later.')
D.p('1.2 The Mother\'s partner at the time, referred to here as Adult Male 1, was arrested and has since been charged in connection with Child T\'s death. At the time of writing the criminal proceedings have not concluded.')
D.p('1.3 The LSCB Chair decided that the criteria in Chapter 8 of Working Together to Safeguard Children (2010) were met: abuse or neglect was suspected to be a factor in the death, and there were concerns about how agencies in Downshire and in Seahaven had worked together. The family had moved between the two local authority areas three times in the eighteen months before Child T died.')
D.p('1.4 An SCR is not an inquiry into how a child died or into who was responsible; those are questions for the Coroner and the criminal courts. Nor is it part of any disciplinary process. Its purpose is to establish whether there are lessons about the way in which professionals and organisations work individually and together, to identify clearly what those lessons are, and to act on them so that children are better protected in future.')
D.p('¹ Child T\'s date of birth (11 March 2007) and the family\'s addresses are held on the confidential SCR file and are not reproduced in the published version.', italic=True)

D.h('2. Terms of reference')
D.p('2.1 The SCR Panel agreed the following terms of reference at its first meeting:')
D.bullets(['The review will cover the period from the beginning of the Mother\'s pregnancy with Child T (summer 2006) to Child T\'s death, together with any relevant earlier history.',
           'Each agency will consider whether its work with Child T and his family was in line with its own policies and procedures and with the LSCB procedures.',
           'The review will consider how information about Adult Male 1 was known, recorded and shared, and whether his presence in the household was understood.',
           'The review will consider whether the moves between Downshire and Seahaven affected the services the family received, including the transfer of case records.',
           'The review will consider whether the diversity needs of the family (including the Mother\'s learning needs) were identified and responded to.',
           'The review will identify any good practice.',
           'The review will take account of the views of family members, subject to the needs of the criminal investigation.'])

D.h('3. The review process')
D.p('3.1 Individual Management Reviews (IMRs) were requested from eight agencies. Each IMR author was independent of the line management of the case and had access to the agency\'s records. IMR authors interviewed the practitioners involved, and the overview author met the IMR authors as a group on two occasions to test emerging findings.')
D.p('3.2 A combined multi-agency chronology was compiled by the LSCB Business Unit from the individual agency chronologies. The Panel met six times. The review was not completed within the four months set out in Working Together because of the time needed to agree the disclosure of material with the Police and the Crown Prosecution Service.')
D.p('3.3 The overview author met the Mother twice, once with her advocate from a learning disability advocacy service. It was not possible to speak with Adult Male 1, who has been charged: the Senior Investigating Officer advised that any contact could prejudice the criminal proceedings, and the Panel agreed that he would not be approached until those proceedings had ended. Child T\'s birth father was written to but did not reply. The Maternal Grandmother met the overview author once.')

D.h('4. Family composition')
D.table(['Pseudonym', 'Relationship to Child T', 'Age at time of death'],
        [['Child T', 'Subject of the review', '2 years 4 months'], ['Sibling 1', 'Half-brother (same mother)', '6 years'],
         ['Mother', 'Mother', '24'], ['Birth Father', 'Father of Child T, not living with family', '27'],
         ['Adult Male 1', 'Mother\'s partner from late 2008', '31'], ['Maternal Grandmother', 'Grandmother', '52']])
D.p('4.1 The family are White British. The Mother has a mild learning disability, which was assessed when she was at school but was not known to most of the agencies in this review. Sibling 1 now lives with the Maternal Grandmother under a residence order.')

D.h('5. Summary chronology')
D.p('5.1 This section summarises the most significant events. The full combined chronology runs to 64 pages and is held by the LSCB.')
D.p('5.2 Pregnancy and birth (2006-2007). The Mother booked late with midwifery services in Downshire, at around 24 weeks. She was living with the Maternal Grandmother in Wealdham. The community midwife recorded that the Birth Father was "not involved". Child T was born at term at the Downshire county hospital and was discharged home on day two. The health visitor completed the new birth visit at 12 days.')
D.p('5.3 Early 2008. The Mother and both children moved to a privately rented flat at 23 Pelham Rise, Brackenhurst. The GP registration moved to The Marsh Lane Practice. Sibling 1 started in the reception class of the local primary school. The school had no concerns during his first term.')
D.p('5.4 Spring 2008. Downshire Police attended the flat twice after neighbours reported shouting. On the first occasion the Birth Father was present and had left by the time officers arrived. On the second occasion the Mother said there was no problem. A domestic abuse risk form was completed on the second occasion and graded standard risk. Both incidents were notified to Downshire Children\'s Social Care, where they were recorded as contacts and closed with a letter to the Mother.')
D.p('5.5 Summer 2008. The Mother and children were evicted for rent arrears and moved to temporary accommodation provided by Seahaven Borough Council in Eastling Bay. Seahaven Housing Options recorded the household as the Mother and two children. The health visiting record did not transfer to Seahaven for eleven weeks.')
D.p('5.6 Autumn 2008. Child T started at Bluebell Wood Nursery, a private day nursery in Eastling Bay, using funding for two-year-olds. Nursery staff recorded a bruise to his forehead in the first month, which the Mother said was caused by a fall from the sofa. The Mother began a relationship with Adult Male 1 at about this time.')
D.p('5.7 Late 2008. Sibling 1\'s school in Seahaven made a referral to Seahaven Children\'s Services reporting that Sibling 1 had disclosed being hit with a belt by the Mother\'s new partner. An initial assessment was completed. Adult Male 1 was not seen. The assessment concluded that the Mother was able to protect the children and the case was closed with a recommendation to the Mother that she attend a parenting course.')
D.p('5.8 Early 2009. The family moved back to Downshire to live with Adult Male 1 in Tollbridge. Child T stopped attending nursery without notice. The GP saw Child T with a chest infection and recorded "mum\'s new partner present".')
D.p('5.9 Spring 2009. Child T was taken to the Emergency Department with a burn to his hand. The explanation was that he had touched an oven door. A paediatric liaison form was sent to the health visitor, who was on long-term sick leave, and the form was filed without action.')
D.p('5.10 Summer 2009. Child T was brought to the Emergency Department by ambulance, unresponsive. Scans showed injuries that the consultant paediatrician considered to be non-accidental. He died four days later.')

D.h('6. Summaries of the Individual Management Reviews')
D.p('6.0 Each summary below sets out the main findings of the IMR and the recommendations that the agency has made for itself. These single-agency recommendations have been accepted by the Panel and are included in each agency\'s action plan, which the LSCB will monitor.')

D.h('6.1 Downshire County Council Children\'s Social Care', 2)
D.p('The IMR found that the two police notifications in spring 2008 were handled in line with the contact and referral procedure in force at the time, which allowed standard-risk domestic abuse notifications to be closed by letter. The IMR author questions whether that procedure was safe for households with a child under two. The IMR also found that when the family returned to Downshire in early 2009 there was no check of the Seahaven record, although a "previous involvement elsewhere" field on the electronic system was marked. The team manager told the IMR author that the duty team was carrying eleven vacant posts at the time and was relying on agency social workers who were not familiar with the system.')
D.p('Recommendations made by Downshire Children\'s Social Care:', bold=True)
D.bullets(['CSC1. The contact and referral procedure will be revised so that any domestic abuse notification involving a child under two is reviewed by a qualified social worker before any decision to close.',
           'CSC2. Duty workers will check for previous involvement in neighbouring authorities whenever the electronic record indicates a family has lived elsewhere.',
           'CSC3. The induction programme for agency social workers will include a practical session on the electronic recording system.',
           'CSC4. Managers will audit a sample of closed contacts each quarter and report the findings to the Head of Service.'], numbered=False)

D.h('6.2 Seahaven Borough Council Children\'s Services', 2)
D.p('The initial assessment completed in late 2008 was within timescale, but the IMR found that it relied entirely on the Mother\'s account. Adult Male 1 was named in the school\'s referral but no checks were made on him with the Police, and he was not seen. The social worker told the IMR author that she understood he did not live at the address and so did not think of him as part of the household. The IMR author considers that the assessment should have been escalated to a strategy discussion, given a child\'s disclosure of being hit with an implement.')
D.p('Recommendations made by Seahaven Children\'s Services:', bold=True)
D.bullets(['SCS1. Guidance for initial assessments will be amended to require checks on all adults who are named in a referral, whether or not they are said to live in the household.',
           'SCS2. Any disclosure by a child of being hit with an implement will be discussed with a team manager on the same day to decide whether a strategy discussion is needed.',
           'SCS3. Seahaven Children\'s Services will provide training for front-line staff on working with parents who have learning disabilities.'])

D.h('6.3 Downshire Constabulary', 2)
D.p('The IMR found that officers attending the two incidents in spring 2008 did not record the presence or ages of the children on the first occasion. Adult Male 1 had a previous conviction for assault on a former partner in another force area; this was available on the Police National Computer but no check was made because he was not the subject of either call. The IMR found no evidence that the Public Protection Unit was aware of the family before Child T\'s death.')
D.p('Recommendations made by Downshire Constabulary:', bold=True)
D.bullets(['POL1. Officers attending domestic incidents will record the names and ages of all children present or normally resident.',
           'POL2. The Public Protection Unit will carry out PNC checks on any new partner named in a child protection referral received from Children\'s Social Care.',
           'POL3. The force will remind officers, through a briefing, of the requirement to complete a risk form on every attendance.'])

D.h('6.4 NHS Downshire (Primary Care Trust): health visiting and general practice', 2)
D.p('The health visiting service lost contact with the family when they moved to Seahaven because the record was posted rather than handed over by telephone, and it took eleven weeks to arrive. On the family\'s return to Downshire, the paediatric liaison form about the burn was sent to a named health visitor who was on sick leave; there was no system for reallocating her post. The GP at The Marsh Lane Practice had recorded the new partner\'s presence but had no reason, on the information available to her, to be concerned. The IMR author notes that the GP was not aware of the previous police notifications.')
D.p('Recommendations made by NHS Downshire:', bold=True)
D.bullets(['PCT1. Health visiting records for children who move out of area will be transferred by a telephone handover within five working days, followed by the written record.',
           'PCT2. Paediatric liaison forms addressed to absent staff will be redirected to the team leader on the day they are received.',
           'PCT3. GP practices will be offered safeguarding training that includes recording and asking about new adults in a child\'s household.'])

D.h('6.5 Seahaven and District Hospitals NHS Trust', 2)
D.p('The Emergency Department saw Child T twice. On the first attendance (the burn) the IMR found that the explanation was accepted without a senior review, and that the safeguarding checklist was not completed. Staff told the IMR author that the department was "on black alert" that evening. On the second attendance the response was prompt and thorough, and the IMR author commends the actions of the paediatric registrar and the nurse in charge, who made the referral to Children\'s Social Care and the Police within the hour.')
D.p('Recommendations made by the Hospital Trust:', bold=True)
D.bullets(['HOS1. The Emergency Department safeguarding checklist will be completed for every child under two and audited monthly.',
           'HOS2. Any burn in a non-mobile or newly mobile child will be reviewed by a senior clinician before discharge.'])

D.h('6.6 Bluebell Wood Nursery', 2)
D.p('The nursery recorded the forehead bruise appropriately and the manager spoke to the Mother. However, when Child T stopped attending, the nursery did not follow up his absence beyond one telephone call, and did not inform the health visitor or Children\'s Social Care that a child about whom there had been a concern was no longer being seen. The manager told the IMR author that she had not thought this necessary because the family had "moved on".')
D.p('Recommendations made by the nursery:', bold=True)
D.bullets(['NUR1. The nursery will introduce a written procedure for following up unexplained absence, including informing the health visitor where there has been an earlier welfare concern.'])

D.h('6.7 Primary school (Sibling 1)', 2)
D.p('The school in Seahaven made a prompt and clear referral after Sibling 1\'s disclosure, and the class teacher\'s record of his exact words was of good quality. When the referral was closed the school was not told the outcome and did not ask. When Sibling 1 left, the school file was sent on to the Downshire school, but the child protection file was not sent separately as required.')
D.p('Recommendation made by the school:', bold=True)
D.bullets(['SCH1. The Designated Person will send child protection files separately and securely to a receiving school and obtain confirmation of receipt.'])

D.h('6.8 Seahaven Housing Options', 2)
D.p('The housing service did not have a process for asking who was staying in temporary accommodation, and so did not know that Adult Male 1 was frequently present. The IMR author also found that housing officers did not regard safeguarding as part of their role.')
D.p('Recommendations made by Seahaven Housing Options:', bold=True)
D.bullets(['HSG1. Housing officers visiting temporary accommodation will record all adults present at each visit.',
           'HSG2. Housing Options staff will attend the LSCB\'s basic safeguarding awareness course.'])

D.h('7. Analysis')
D.h('7.1 The invisibility of Adult Male 1', 2)
D.p('7.1.1 Adult Male 1 was known, in some form, to five agencies. The school recorded Sibling 1\'s disclosure about the Mother\'s partner; the GP recorded a "new partner"; Seahaven Housing Options staff saw a man at the temporary accommodation; the Police held a previous conviction for violence. No agency put these pieces together. Each agency saw only a fragment, and each fragment, on its own, appeared unremarkable.')
D.p('7.1.2 The reasons are partly procedural and partly to do with how practitioners think about households. In each agency the person who was "the client" was the Mother. Practitioners told IMR authors that they had asked the Mother who lived with her and accepted her answer. The Mother told the overview author that she had not mentioned Adult Male 1 because she was afraid the children would be taken away. A practice culture that relied on a single adult\'s account, in a family where that adult had learning needs and reasons to be guarded, left a violent man unassessed. This is not peculiar to this case; the national biennial analyses of SCRs have repeatedly described men in the household as "hidden".')
D.h('7.2 Moving between two authorities', 2)
D.p('7.2.1 The family moved between Downshire and Seahaven three times. Each move was a point at which information was lost. The health visiting record took eleven weeks to transfer; the child protection file for Sibling 1 did not follow him; Downshire Children\'s Social Care did not check the Seahaven record when the family returned. The two local authorities used different electronic systems and there was no agreed protocol for checks across the boundary, although the LSCB covers both areas. Practitioners in both authorities said that they regarded the other area as "somewhere else", despite the short distance between Eastling Bay and Tollbridge.')
D.p('7.2.2 The Panel considers that the joint LSCB arrangement had not yet led to joint operational procedures, and that this was a significant factor. The structures existed on paper; the daily practice of the two councils had not been brought together.')
D.h('7.3 Thresholds and the closing of contacts', 2)
D.p('7.3.1 Both children\'s services departments closed contacts and an assessment that, taken together, showed a pattern: domestic abuse, a child\'s disclosure of being hit with a belt, and an injury to a young child. No single contact crossed the threshold for a section 47 enquiry as it was being applied at the time. The threshold was being applied to each event, not to the history. This was influenced by very high workloads, particularly in Downshire, and by a performance culture that measured the timeliness of decisions rather than their quality.')
D.p('7.3.2 No strategy discussion was held at any point before Child T\'s final admission. The Panel considers that the disclosure by Sibling 1 in late 2008 should have led to a strategy discussion involving the Police and health, and that this was the clearest missed opportunity in the case.')
D.h('7.4 The Mother\'s learning disability', 2)
D.p('7.4.1 Only the school in Seahaven had any record of the Mother\'s learning disability, and that came from her own schooling. No adult service was involved. Letters were sent to the Mother that she could not read without help. The Mother\'s capacity to protect her children was assessed as adequate in an assessment that did not consider her understanding of risk. Practitioners did not recognise the learning disability because they were not trained to look for it and did not have easy-read materials.')
D.h('7.5 Good practice', 2)
D.p('7.5.1 The review identified good practice in the clear recording by Sibling 1\'s class teacher, the nursery\'s recording of the forehead bruise, and the prompt and careful response of the Emergency Department staff on Child T\'s final admission. The community midwife\'s early record of the family\'s circumstances was also thorough.')

D.h('7.6 The views of the family', 2)
D.p('7.6.1 The Mother agreed to meet the overview author and gave permission for her words to be included. With her agreement, a longer passage from the second meeting is set out here, as she asked that agencies "hear it how I said it":')
D.p('"Nobody ever asked me properly about him. They asked me if I was OK and I said yes, because that is what you say. If they had sat down and asked me who is in the house, who is looking after the kids when you are at work, I might have told them. I was frightened of him but I was more frightened of the social. Everyone kept saying I was doing fine. The letters, I couldn\'t read the letters, my mum used to read them and then she stopped coming round because of him. When we moved to the flat at the seaside there was nobody, no health visitor, nothing, for ages. I thought they had forgotten about us. I want them to know that if someone like me says everything is fine, it might not be fine."', italic=True)
D.p('7.6.2 Kerry-Ann also said that she had found the nursery "kind" and that she had been upset when the placement ended. The Maternal Grandmother told the overview author that she had tried twice to tell the school in Downshire that she was worried about Adult Male 1, but "they said they could only talk to mum". The Panel has shared these comments with the relevant agencies.')
D.p('7.6.3 As noted in section 3, Adult Male 1 has not been approached while the criminal proceedings continue. The LSCB will offer him the opportunity to contribute once the proceedings are concluded, and an addendum will be prepared if he does so.')

D.h('8. Conclusions and lessons learned')
D.p('8.1 The Panel cannot say that Child T\'s death was predictable. No agency had information that, on its own, showed that Adult Male 1 posed a risk of serious harm to a young child. However, the Panel concludes that his death might have been preventable had agencies worked together to understand who was in the household, and had the disclosure by Sibling 1 been treated as a child protection concern.')
D.p('8.2 The main lessons are:')
D.bullets(['Information held in fragments by different agencies can only protect a child if someone brings it together. A single-event threshold decision will miss a pattern.',
           'Practitioners in every agency need to ask about, and where possible see, the men in a child\'s household.',
           'The move of a family across a local authority boundary, even a short distance, is a point of risk and must be managed as such.',
           'Parents with learning disabilities may not be recognised unless practitioners are alert to the signs; assessments of capacity to protect must take account of understanding.',
           'The workforce pressures in Downshire Children\'s Social Care during 2008 and 2009 are a context that the LSCB and the council must take into account in judging the practice of individuals.'])

D.h('9. Recommendations for the LSCB')
D.p('9.1 In addition to the single-agency recommendations in section 6, the overview author makes the following recommendations to the Board:')
D.bullets(['LSCB1. The LSCB should agree a joint protocol for Downshire and Seahaven covering the transfer of information and the checking of records when a family with a child in need or child protection history moves between the two areas.',
           'LSCB2. The LSCB should commission multi-agency training on identifying and assessing men in the household, and evaluate its impact through a case file audit.',
           'LSCB3. The LSCB should seek assurance from both children\'s services departments that contacts are considered against the history of the case and not only the presenting event.'])

D.h('Appendix A: Action plan (LSCB recommendations)')
D.table(['Recommendation', 'Lead', 'Action', 'Timescale', 'Measure of success'],
        [['LSCB1 Joint cross-boundary protocol', 'LSCB Policy and Procedures subgroup', 'Draft and agree protocol; publish in both sets of procedures', 'Within six months of Board approval', 'Protocol published; audit of ten cross-boundary moves'],
         ['LSCB2 Men in the household training', 'LSCB Training subgroup', 'Design and deliver one-day course; follow-up audit', 'First course within four months', 'Attendance figures; audit shows partners recorded and checked'],
         ['LSCB3 History-based threshold decisions', 'LSCB Quality Assurance subgroup', 'Request reports from both Heads of Service; joint audit of closed contacts', 'Report to Board in autumn 2010', 'Audit findings reported to Board']])
D.h('Appendix B: SCR Panel membership')
D.table(['Role', 'Agency'],
        [['Independent Chair', 'Independent'], ['Head of Safeguarding', 'Downshire Children\'s Social Care'],
         ['Service Manager, Quality Assurance', 'Seahaven Children\'s Services'], ['Detective Chief Inspector, Public Protection', 'Downshire Constabulary'],
         ['Designated Nurse', 'NHS Downshire'], ['Named Doctor', 'Seahaven and District Hospitals NHS Trust'],
         ['Tomasz Wierzbicki, Housing Options Manager', 'Seahaven Borough Council'], ['LSCB Business Manager', 'LSCB (minutes)']])
D.h('Appendix C: Glossary')
D.table(['Term', 'Meaning'],
        [['CSC', 'Children\'s Social Care'], ['ED', 'Emergency Department'], ['IMR', 'Individual Management Review'],
         ['LSCB', 'Local Safeguarding Children Board'], ['PCT', 'Primary Care Trust'], ['PNC', 'Police National Computer'],
         ['PPU', 'Public Protection Unit'], ['SCR', 'Serious Case Review'],
         ['Section 47', 'An enquiry under the Children Act 1989 where a child is suspected to be suffering significant harm'],
         ['Strategy discussion', 'A discussion between Children\'s Social Care, the Police and other agencies to decide whether to begin section 47 enquiries']])

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, 'O01.docx')
D.save(out)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', os.path.dirname(here), out], check=True, capture_output=True)
print('built')
