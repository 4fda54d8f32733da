import sys, subprocess, shutil, os, datetime
sys.path.insert(0, os.path.dirname(__file__))
from mkdocx import Builder
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
def txt(n): return open(os.path.join(SRC, n + ".txt"), encoding="utf-8").read()
D = datetime.datetime(2024, 5, 20, 9, 0, 0)

# Y01 styled, planted identifiers
b = Builder(styled=True, rev_author="LCSPR Workstream", comment_author="Workstream (Education)", comment_initials="WE")
b.header_footer("OFFICIAL - SENSITIVE    DRAFT v0.3 - not for circulation    ELS case EHC/22/04813",
                "Three Boroughs Safeguarding Children Partnership - Child L LCSPR")
b.markup(txt("Y01"))
b.props(title="LCSPR Child L (Leo) - draft overview report", subject="Child missing education; SEND; EHCP",
        keywords="CME; EHCP; autism; reduced timetable; Abara-Whitfield", author="LCSPR Workstream",
        last_modified_by="LCSPR Workstream", comments="Draft v0.3 for workstream approval", category="LCSPR",
        created=D, modified=D)
b.save(os.path.join(OUT, "Y01.docx"))

# Y02 styled, anonymised
b = Builder(styled=True, rev_author="Review Panel", comment_author="Workstream (Police)", comment_initials="WP")
b.header_footer("Child V - Local Child Safeguarding Practice Review - OFFICIAL-SENSITIVE",
                "DRAFT v0.2 - not for onward circulation")
b.markup(txt("Y02"))
b.props(title="Child V LCSPR draft report", subject="Online sexual harm; grooming through gaming",
        keywords="online harm; grooming; strategy discussion; Child V", author="LCSPR Workstream",
        last_modified_by="Business Unit", comments="For workstream approval", category="LCSPR", created=D, modified=D)
b.save(os.path.join(OUT, "Y02.docx"))

# Y03 unstyled, planted identifiers
b = Builder(styled=False, rev_author="LCSPR Workstream", comment_author="Workstream (Early Help)", comment_initials="EH")
b.header_footer("OFFICIAL - SENSITIVE - Baby R LCSPR - DRAFT v0.2",
                "File: BabyR_Hasanovic_v0.2.docx")
b.markup(txt("Y03"))
b.props(title="Baby R LCSPR overview report", subject="SUDI; unsafe sleep; parental alcohol use",
        keywords="SUDI; safer sleep; alcohol; Baby R", author="LCSPR Workstream",
        last_modified_by="Marek Wiśniewski", comments="Draft for workstream", category="LCSPR", created=D, modified=D)
b.save(os.path.join(OUT, "Y03.docx"))

# Y04 styled docx -> pdf, anonymised
b = Builder(styled=True)
b.header_footer("\"Kai\" LCSPR - OFFICIAL-SENSITIVE - final draft", "Three Boroughs Safeguarding Children Partnership")
b.markup(txt("Y04"))
b.props(title="Kai LCSPR final draft", subject="Child criminal exploitation across borough boundaries",
        keywords="criminal exploitation; missing; youth justice; cross-border", author="LCSPR Workstream",
        last_modified_by="LCSPR Workstream", created=D, modified=D)
docx4 = os.path.join(SRC, "Y04.docx")
b.save(docx4)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, docx4], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("built")
