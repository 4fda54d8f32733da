"""Build R01, R02, R03 (docx -> pdf), R05 from the .src markup files. R04.txt and R06.md are hand-written."""
import os
import subprocess
import buildlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def src(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read()


buildlib.build(
    src("R01.src"), os.path.join(OUT, "R01.docx"), styled=True,
    header="OFFICIAL - SENSITIVE",
    footer="DRAFT v0.6 - not for circulation. Prepared by J. Whitcombe-Lyle and D. Oyelaran-Price",
    rev_author="RCSCP Business Unit",
    props=dict(author="Joanna Whitcombe-Lyle", last_modified_by="LCSPR Workstream",
               title="LCSPR Baby Z - reviewers' draft v0.6",
               subject="Local Child Safeguarding Practice Review: non-accidental injury to an infant",
               keywords="LCSPR; non-accidental injury; fathers; bruising protocol; Covid-19",
               category="Case Review Group", comments="Draft for Case Review Group, March 2022"))

buildlib.build(
    src("R02.src"), os.path.join(OUT, "R02.docx"), styled=False, unstyled_heading="bold",
    header="OFFICIAL - SENSITIVE   SCR Child H - Overview Report",
    footer="Ravensmoor LSCB - Serious Case Review Child H - Final draft January 2016",
    rev_author="SCR Panel Business Unit",
    props=dict(title="Serious Case Review Child H - Overview Report",
               subject="Serious Case Review overview report",
               keywords="SCR; neglect; methadone; IMR; step-down",
               category="SCR Panel", comments="Final draft for SCR Panel"))

buildlib.build(
    src("R03.src"), os.path.join(HERE, "R03.docx"), styled=True,
    header="OFFICIAL - SENSITIVE",
    footer="DRAFT v0.3 | Independent reviewers: Kudzai Mahlangu and Rosalind Featherstone-Hirst",
    props=dict(title="LCSPR Kit - draft v0.3",
               subject="Local Child Safeguarding Practice Review: disabled child in residential care",
               keywords="LCSPR; disability; residential; restraint; parents' concerns",
               category="Practice Review Subgroup"))
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT,
                os.path.join(HERE, "R03.docx")], check=True)

buildlib.build(
    src("R05.src"), os.path.join(OUT, "R05.docx"), styled=False, unstyled_heading="caps",
    header="OFFICIAL - SENSITIVE",
    footer="DRAFT v0.4 | file 4471902",
    rev_author="RCSCP Business Unit",
    props=dict(author="Ciara Ní Bhriain", last_modified_by="LCSPR Workstream",
               title="LCSPR Child R - draft v0.4",
               subject="Local Child Safeguarding Practice Review: online sexual abuse",
               keywords="LCSPR; online abuse; sextortion; schools",
               category="Case Review Workstream"))
print("built")
