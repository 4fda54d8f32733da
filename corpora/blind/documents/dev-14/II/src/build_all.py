import sys, subprocess, os
sys.path.insert(0, os.path.dirname(__file__))
from build_lib import build
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
CFG = {
 "II01": dict(styled=True, header="OFFICIAL - SENSITIVE | Learning Review: Rosie", footer="DRAFT v0.6 - not for circulation",
   props=dict(title="Learning Review: Rosie", subject="Sudden unexpected death in infancy - Learning Review", keywords="SUDI; safer sleep; LCSPR; Wyvernside", category="Learning Review", comments="Draft for Case Review Workstream")),
 "II02": dict(styled=False, header="OFFICIAL - SENSITIVE", footer="Wyvernside SCP Learning Review - Baby J - DRAFT v0.3",
   props=dict(title="Learning Review Baby J", subject="Non-accidental head injury", keywords="NAHI; LCSPR; case ref CSC-2023-04471", category="Learning Review", comments="Draft 3 for workstream")),
 "II03": dict(styled=True, header="OFFICIAL - SENSITIVE | Single-Agency Learning Review: Baby A", footer="DRAFT v0.2 - for Case Review Workstream only",
   props=dict(title="Single-Agency Learning Review: Baby A", subject="Bruising in a non-mobile baby - 0-19 Service", keywords="bruising; non-mobile; health visiting; learning review", category="Learning Review", comments="Prepared with the 0-19 Service safeguarding team")),
 "II04": dict(styled=False, header="OFFICIAL - SENSITIVE   Ref: LR-2024-017", footer="Queries to Wyvernside SCP Business Unit, tel. 0161 496 0732",
   props=dict(title="Learning Review - Baby T", subject="Bruising and fractures in a non-mobile baby in emergency accommodation", keywords="bruising; fractures; temporary accommodation; LCSPR", category="Learning Review", comments="Second draft following workstream on 12 March 2024; comments from Bronagh Keane incorporated")),
 "II05": dict(styled=True, header="OFFICIAL - SENSITIVE", footer="Learning Review: Baby M - DRAFT v0.2",
   props=dict(title="Learning Review: Baby M", subject="Sudden unexpected death in infancy", keywords="SUDI; bed-sharing; learning review", category="Learning Review", comments="Draft")),
 "II06": dict(styled=False, header="OFFICIAL | Learning Review Briefing: Baby N", footer="Wyvernside Safeguarding Children Partnership - DRAFT briefing",
   props=dict(title="Learning Review Briefing: Baby N", subject="Non-accidental head injury - briefing", keywords="abusive head trauma; ICON; briefing", category="Learning Review Briefing", comments="Short-form briefing")),
}
PDF = {"II05", "II06"}
for name in (sys.argv[1:] or CFG):
    c = CFG[name]
    src = os.path.join(HERE, name + ".txt")
    if not os.path.exists(src):
        print("skip", name); continue
    dst = os.path.join(HERE if name in PDF else OUT, name + ".docx")
    build(src, dst, c["styled"], c["header"], c["footer"], c["props"])
    if name in PDF:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, dst], check=True, capture_output=True)
    print("built", name)
