#!/usr/bin/env python3
"""Cold start: `create_app()` and the adapters built at start-up, each in a fresh interpreter.

    .venv/bin/python scripts/bench_startup.py [--runs 5]

Reports the median of several fresh processes for: importing the HTTP app module and calling
`create_app()` (what a Cloud Run cold start pays before listening), and then building every adapter
(what the lifespan start pays), for the offline configuration and for the Google configuration
(adapters pointed at unreachable local endpoints: construction only, no network).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

PROBE = r"""
import json, os, time
t0 = time.perf_counter()
from mhealth.entrypoints.http.app import create_app
app = create_app()
t1 = time.perf_counter()
from mhealth.entrypoints.container import create_container
mh = create_container(app.settings).mhealth()
t2 = time.perf_counter()
print(json.dumps({"create_app_s": t1 - t0, "adapters_s": t2 - t1}))
"""

OFFLINE = {
    "MHEALTH_ANALYZER": "local",
    "MHEALTH_SPEECH": "none",
    "MHEALTH_DATABASE_URL": "memory://",
    "MHEALTH_BLOBS": "memory://",
    "MHEALTH_ANALYTICS": "memory",
    "MHEALTH_AUTH": "off",
}
GOOGLE = {
    "MHEALTH_ANALYZER": "gemini",
    "MHEALTH_SPEECH": "google",
    "MHEALTH_DATABASE_URL": "memory://",
    "MHEALTH_BLOBS": "memory://",
    "MHEALTH_ANALYTICS": "bigquery",
    "MHEALTH_AUTH": "off",
    "MHEALTH_GOOGLE_PROJECT": "bench",
    "MHEALTH_SPEECH_ENDPOINT": "http://127.0.0.1:9",
    "MHEALTH_GEMINI_BASE_URL": "http://127.0.0.1:9",
    "MHEALTH_BIGQUERY_ENDPOINT": "http://127.0.0.1:9",
}


def measure(env: dict[str, str], runs: int) -> dict[str, float]:
    import os

    samples = []
    for _ in range(runs):
        environ = {k: v for k, v in os.environ.items() if not k.startswith("MHEALTH_")} | env
        out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=environ, check=True)
        samples.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {key: round(statistics.median(s[key] for s in samples), 3) for key in samples[0]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    print(json.dumps({"offline": measure(OFFLINE, args.runs), "google": measure(GOOGLE, args.runs)}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
