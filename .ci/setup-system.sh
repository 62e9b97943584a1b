#!/usr/bin/env bash
# System packages. The tests need none: their spoken audio is committed (tests/fixtures/audio/speech/) and
# every other fixture is derived from it with PyAV, whose wheel bundles FFmpeg.
#   .ci/setup-system.sh --speech   installs espeak-ng, needed only to re-record that speech with
#                                  `scripts/make_audio_fixtures.py --speak` (idempotent and quiet).
set -euo pipefail

if [ "${1:-}" != "--speech" ]; then
  echo "no system packages needed for the tests (espeak-ng only re-records fixtures: $0 --speech)"
  exit 0
fi
if ! command -v espeak-ng >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends espeak-ng >/dev/null
fi
