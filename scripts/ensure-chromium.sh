#!/usr/bin/env bash
# Before `npm test`: the browser tests drive Debian's Chromium and need CJK fonts, and the report tests open the Word
# export with LibreOffice and read PDFs with poppler; install them when missing and allowed.
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk) # not grep -q: SIGPIPE + pipefail
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "evalbook: installing ${missing[*]} from Debian for the browser tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "evalbook: the tests need ${missing[*]}: run  sudo apt-get install ${missing[*]}  (or set CHROMIUM_PATH)" >&2
  exit 1
fi
