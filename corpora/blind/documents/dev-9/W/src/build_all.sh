#!/bin/sh
# Rebuild all Word-based drafts for set W (round 9).
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
$PY build_docx.py W01.src ../W01.docx
$PY build_docx.py W02.src ../W02.docx
$PY build_docx.py W03.src ../W03.docx
$PY build_docx.py W04.src W04.docx
soffice --headless --convert-to pdf --outdir .. W04.docx
