#!/usr/bin/env bash
# LibreOffice Writer (headless) from Debian's packages, for turning generated .docx reports
# into real PDFs (scripts/make_content_corpus.py). Needs root; safe to run twice.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then exit 0; fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui
