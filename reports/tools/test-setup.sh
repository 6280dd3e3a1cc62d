#!/usr/bin/env bash
# Before the reports module's tests (Maven runs this, see pom.xml): the charts are read back by OCR, so the tests
# need tesseract with its Simplified Chinese and English data. Installs the Debian packages when they are missing
# (as root, or through password-less sudo); quick when they are there; one line on stderr and exit 1 when it cannot.
# Usage: test-setup.sh [log file for the package manager's output]
set -uo pipefail
log="${1:-/dev/null}"
packages=(tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng)

ready() {
  command -v tesseract >/dev/null 2>&1 || return 1
  local langs
  langs="$(tesseract --list-langs 2>/dev/null)" || return 1
  grep -qx chi_sim <<<"$langs" && grep -qx eng <<<"$langs"
}

ready && exit 0

as_root=()
if [[ "$(id -u)" != 0 ]] && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
fi
if command -v apt-get >/dev/null 2>&1 && { [[ "$(id -u)" == 0 ]] || (( ${#as_root[@]} )); }; then
  echo "reports tests: installing ${packages[*]} (Debian packages, once)" >&2
  mkdir -p "$(dirname "$log")" 2>/dev/null
  apt_get=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -y -q)
  { "${apt_get[@]}" install --no-install-recommends "${packages[@]}" \
    || { "${apt_get[@]}" update && "${apt_get[@]}" install --no-install-recommends "${packages[@]}"; }; } >>"$log" 2>&1
fi

ready && exit 0
echo "reports tests need tesseract with the chi_sim and eng data (they read the charts by OCR): install the Debian packages ${packages[*]} as root (apt-get install -y ${packages[*]}); details in $log" >&2
exit 1
