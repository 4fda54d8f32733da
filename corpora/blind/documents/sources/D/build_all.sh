#!/bin/sh
# Rebuild writer-D drafts. D07.txt and D08.md are written directly in the folder.
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
$PY build.py D01 D02 D03 D04 D05 D06
soffice --headless --convert-to pdf --outdir .. D05.docx D06.docx
$PY make_gold.py
