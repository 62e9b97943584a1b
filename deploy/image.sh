#!/usr/bin/env bash
# The container recipe's steps, in one place: the Dockerfile runs them, and so does
# scripts/check_container_recipe (no container daemon needed), so what is tested is what is built.
#
#   deploy/image.sh install   build the wheel from the source folder (the current directory) and install it
#                             with EXTRAS into MHEALTH_VENV (pinned by requirements.lock); prefetch models
#   deploy/image.sh run CMD.. the image's entry point: PORT (Cloud Run) becomes MHEALTH_PORT, then exec CMD
#   deploy/image.sh health    exit 0 when GET /health on this container's port answers 200 (HEALTHCHECK)
#
# Settings (the Dockerfile sets them with ARG/ENV; the check reads them from there):
#   MHEALTH_HOME   where the image keeps mhealth (the venv, this script, prefetched models)
#   MHEALTH_VENV   the virtual environment (inside MHEALTH_HOME)
#   EXTRAS         the wheel's extras, comma separated (mysql,google; never dev)
#   WHISPER_MODEL  a faster-whisper model to download into HF_HOME now (needs the whisper extra); empty: none
set -euo pipefail

die() { echo "image.sh: $*" >&2; exit 1; }

install() {
  : "${MHEALTH_HOME:?}" "${MHEALTH_VENV:?}" "${EXTRAS?}"
  local python="${PYTHON:-python3}" wheels
  case ",$EXTRAS," in *,dev,*) die "EXTRAS has dev: test tools do not belong in the image" ;; esac
  if [ -n "${WHISPER_MODEL:-}" ]; then  # refuse before the long install, not after it
    case ",$EXTRAS," in *,whisper,*) ;; *) die "WHISPER_MODEL=$WHISPER_MODEL needs the whisper extra in EXTRAS" ;; esac
    : "${HF_HOME:?WHISPER_MODEL needs HF_HOME (where the server looks for downloaded models)}"
  fi
  [ -f pyproject.toml ] || die "run from the source folder (no pyproject.toml in $PWD)"
  wheels="$(mktemp -d)"
  "$python" -m pip wheel --no-deps --wheel-dir "$wheels" .
  "$python" -m venv "$MHEALTH_VENV"
  local wheel=("$wheels"/mhealth-*.whl)
  [ -f "${wheel[0]}" ] || die "the wheel was not built"
  "$MHEALTH_VENV/bin/python" -m pip install -c requirements.lock "${wheel[0]}${EXTRAS:+[$EXTRAS]}"
  rm -rf "$wheels"
  # kiwipiepy's model ships in its wheel (kiwipiepy_model): loading it here fails the build, not the
  # first request, when it is missing. The local screening model ships in mhealth's wheel.
  "$MHEALTH_VENV/bin/python" -c 'import kiwipiepy; kiwipiepy.Kiwi()'
  if [ -n "${WHISPER_MODEL:-}" ]; then
    # Into the Hugging Face cache the server reads first (WhisperSpeechToText tries local files only
    # before the network), so the container never downloads at run time.
    "$MHEALTH_VENV/bin/python" -c 'import sys; from faster_whisper import download_model; print(download_model(sys.argv[1]))' \
      "$WHISPER_MODEL"
  fi
  mkdir -p "$MHEALTH_HOME/bin"
  cp deploy/image.sh "$MHEALTH_HOME/bin/image.sh"
  chmod 0755 "$MHEALTH_HOME/bin/image.sh"
}

run() {
  # Cloud Run (and most platforms) name the port in PORT; mhealth reads MHEALTH_PORT. The image already
  # sets MHEALTH_HOST=0.0.0.0 (a container must listen beyond its own loopback).
  if [ -n "${PORT:-}" ]; then export MHEALTH_PORT="$PORT"; fi
  [ "$#" -gt 0 ] || die "run needs a command (the image's CMD is: mhealth serve)"
  exec "$@"
}

health() {
  local port="${PORT:-${MHEALTH_PORT:-8000}}"
  exec "${MHEALTH_VENV:-python3}${MHEALTH_VENV:+/bin/python}" -c '
import sys, urllib.request
try:
    with urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/health", timeout=4) as answer:
        sys.exit(0 if answer.status == 200 else 1)
except Exception as exc:
    print(f"health: {exc}", file=sys.stderr)
    sys.exit(1)
' "$port"
}

case "${1:-}" in
  install) shift; install "$@" ;;
  run) shift; run "$@" ;;
  health) shift; health "$@" ;;
  *) die "usage: deploy/image.sh install | run CMD... | health" ;;
esac
