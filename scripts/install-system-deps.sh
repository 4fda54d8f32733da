#!/usr/bin/env bash
# System packages the tests use, from Debian's archive: LibreOffice Writer (headless) to
# round-trip annotated Word copies and convert generated reports to PDF, and Chromium to
# load the HTML report as a browser would. Idempotent; needs root (as on CI). Without root
# it says what is missing and the tests that need it are skipped.
set -euo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "install-system-deps: not root; missing ${need[*]} (the tests that need them will be skipped)" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null; }; then
  echo "install-system-deps: could not install ${need[*]}; the tests that need them will be skipped" >&2
fi
