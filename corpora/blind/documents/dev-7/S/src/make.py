import datetime, subprocess, shutil, os
import build as B
from build import build
D = datetime.datetime(2025, 1, 1)
base = dict(author="LCSPR Workstream", last_modified_by="LCSPR Workstream")
jobs = [
 ("S01.src", "../S01.docx", False,
  dict(base, title="Serious Case Review: Child D - Overview Report", subject="Joint SCR overview report, HLSCB and WLSCB",
       keywords="SCR; Daisy-Mae Whitcombe; physical abuse; domestic abuse", category="Serious Case Review", comments="Panel draft v0.4", created=datetime.datetime(2013,5,1), modified=datetime.datetime(2013,5,20), author="LSCB Business Unit", last_modified_by="LSCB Business Unit"),
  "OFFICIAL - SENSITIVE    HLSCB SCR case number 4471903    DRAFT v0.4 - not for circulation", "Harbourne LSCB and Wealdshire LSCB - Child D overview report"),
 ("S02.src", "../S02.docx", True,
  dict(base, title="LCSPR Child T - appreciative inquiry", subject="Neglect of a toddler; appreciative inquiry review", keywords="LCSPR; neglect; GCP2; lockdown; appreciative inquiry", category="LCSPR", comments="Draft for LIG", created=datetime.datetime(2021,10,4), modified=datetime.datetime(2021,11,15)),
  "OFFICIAL - SENSITIVE    DRAFT - Child T LCSPR", "HWSCP    Not for onward circulation"),
 ("S04.src", "S04.docx", True,
  dict(base, title="Joint LCSPR and SAR: L", subject="Care leaver, transition, exploitation", keywords="LCSPR; SAR; care leaver; transition", category="Joint review", comments="v0.6", created=datetime.datetime(2025,1,20), modified=datetime.datetime(2025,2,14)),
  "OFFICIAL - SENSITIVE    DRAFT v0.6 - not for circulation", "Joint LCSPR / SAR - L"),
 ("S06.src", "../S06.docx", True,
  dict(base, title="LCSPR Baby R - draft report", subject="Sudden unexpected death in infancy; unsafe sleep", keywords="SUDI; safer sleep; Meadowbank Family Hub; fathers", category="LCSPR", comments="v0.3 for Workstream", created=datetime.datetime(2025,8,1), modified=datetime.datetime(2025,9,12)),
  "OFFICIAL - SENSITIVE    Baby R LCSPR    file ref HWSCP/LCSPR/25/031", "DRAFT v0.3 - not for circulation"),
]
for src, out, styled, props, h, f in jobs:
    B.DATE = props['modified'].strftime('%Y-%m-%dT10:00:00Z')
    build(src, out, styled, props, h, f)
    print("built", out)
r = subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", "..", "S04.docx"], capture_output=True, text=True)
print(r.stdout, r.stderr)
