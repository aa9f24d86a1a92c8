#!/usr/bin/env bash
# Installs what the verification page's browser test needs when it is absent: Debian's chromium (driven by
# puppeteer-core, which never downloads a browser of its own) and a font with Chinese glyphs for the screenshot.
# Quiet when there is nothing to do; the output of apt-get goes to a log file, and a failure is reported, not fatal
# (the test then says why it is skipped).
set -uo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-wqy-microhei)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Not installing ${need[*]}: needs root and apt-get."
  exit 1
fi
log="${TMPDIR:-/tmp}/ssj-chromium-install.log"
echo "Installing ${need[*]} for the verification page's browser test (log: $log)"
{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"; } \
  >"$log" 2>&1 || { echo "apt-get failed, see $log"; exit 1; }
