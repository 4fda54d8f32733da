#!/bin/sh
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
for f in A01 A02 A03 A04 A05; do $PY build.py $f.src ../$f.docx; done
$PY build.py A06.src A06.docx
mkdir -p tmp
soffice --headless --convert-to pdf --outdir tmp A06.docx >/dev/null 2>&1
mv tmp/A06.pdf ../A06.pdf
