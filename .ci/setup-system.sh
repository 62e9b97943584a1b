#!/usr/bin/env bash
# System packages. The unit, contract, integration and e2e tests need none: their spoken audio is committed
# (tests/fixtures/audio/speech/) and every other fixture is derived from it with PyAV, whose wheel bundles FFmpeg.
#   .ci/setup-system.sh --speech    installs espeak-ng, needed only to re-record that speech with
#                                   `scripts/make_audio_fixtures.py --speak`.
#   .ci/setup-system.sh --browser   installs Debian's Chromium and Korean fonts for the browser tests
#                                   (tests/browser: Playwright drives /usr/bin/chromium; Playwright's own browser
#                                   download cannot work on our machines). .ci/run calls it when Chromium is missing.
# Both are idempotent and quiet; several flags may be given at once.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "no system packages needed for most tests (espeak-ng: $0 --speech; Chromium for tests/browser: $0 --browser)"
  exit 0
fi

packages=()
for flag in "$@"; do
  case "$flag" in
    --speech) command -v espeak-ng >/dev/null 2>&1 || packages+=(espeak-ng) ;;
    --browser)
      [ -x /usr/bin/chromium ] || packages+=(chromium)
      # Hangul in the pages and their screenshots (without a CJK font Chromium draws empty boxes)
      fc-list 2>/dev/null | grep -qi "noto sans cjk" || packages+=(fonts-noto-cjk)
      ;;
    *) echo "unknown flag $flag (use --speech or --browser)" >&2; exit 2 ;;
  esac
done
if [ "${#packages[@]}" -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
