#!/bin/sh
# Rebuild all N drafts. N03.md and N05.txt are written directly in the folder above.
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
$PY build.py config.json
$PY strip_dates.py ../N01.docx ../N02.docx ../N06.docx N04.docx
soffice --headless --convert-to pdf --outdir .. N04.docx
