#!/bin/sh
# Rebuilds the four Word-based drafts (HH04 goes via LibreOffice to PDF). HH05.txt and HH06.md are hand-written.
cd "$(dirname "$0")"
P=/work/blind/.venv/bin/python
for n in 01 02 03; do $P build_docx.py HH$n.src.txt ../HH$n.docx cfg_HH$n.json; done
$P build_docx.py HH04.src.txt HH04.docx cfg_HH04.json
soffice --headless --convert-to pdf --outdir .. HH04.docx
