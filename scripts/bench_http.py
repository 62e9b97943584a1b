#!/usr/bin/env python3
"""HTTP benchmark: mhealth side by side with the reference FastAPI service, in one run, on this machine.

Uses the shared harness (../shared/bench by default): it is copied to a scratch folder (shared/ is
read-only), given its own virtual environment, and its suite runs first against the reference service
and then against `mhealth serve` with the memory providers, MHEALTH_AUTH=off, and
MHEALTH_BENCHMARK=true (so the fakes honour STT_LATENCY_MS / LLM_LATENCY_MS in phase d).

    .venv/bin/python scripts/bench_http.py [--phases contract,a,b,c,d] [--bench-dir ../shared/bench]

Prints the harness's comparison table and the ratios against the reference. Not a test: numbers on a
noisy machine are only meaningful as ratios from the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

MHEALTH_ENV = {
    "MHEALTH_ANALYZER": "memory",
    "MHEALTH_SPEECH": "memory",
    "MHEALTH_DATABASE_URL": "memory://",
    "MHEALTH_BLOBS": "memory://",
    "MHEALTH_ANALYTICS": "memory",
    "MHEALTH_AUTH": "off",
    "MHEALTH_BENCHMARK": "true",
    "MHEALTH_ACCESS_LOG": "false",
    "MHEALTH_LOG_LEVEL": "WARNING",
    "MHEALTH_RATE_LIMIT_PER_MINUTE": "0",
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench-dir", default=str(ROOT.parent / "shared" / "bench"))
    ap.add_argument("--scratch", default=str(ROOT / "bench-results" / "http"))
    ap.add_argument("--phases", default="contract,a,b,c,d")
    ap.add_argument("--quiet-wait", default="60")
    ap.add_argument("--analyzer", default="memory", help="memory (the 2x target is measured with the fake) or local")
    args = ap.parse_args()

    source = Path(args.bench_dir)
    if not (source / "suite.py").exists():
        print(f"no benchmark harness at {source}", file=sys.stderr)
        return 2
    scratch = Path(args.scratch)
    bench = scratch / "bench"
    if bench.exists():
        venv = bench / ".venv"
        keep = venv.exists()
        if keep:
            venv.rename(scratch / ".venv-keep")
        shutil.rmtree(bench)
        shutil.copytree(source, bench)
        if keep:
            (scratch / ".venv-keep").rename(venv)
    else:
        scratch.mkdir(parents=True, exist_ok=True)
        shutil.copytree(source, bench)
    for path in bench.rglob("*"):
        path.chmod(path.stat().st_mode | 0o200)
    if not (bench / ".venv" / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(bench / ".venv")], check=True)
        subprocess.run(
            [str(bench / ".venv" / "bin" / "pip"), "install", "-q", "-r", str(bench / "requirements.txt")], check=True
        )
    if shutil.which("wrk") is None:
        print("wrk is missing: apt-get install -y wrk", file=sys.stderr)
        return 2

    env = dict(os.environ)
    phases = ["--phases", args.phases, "--quiet-wait", args.quiet_wait]
    subprocess.run(["bash", str(bench / "run_baseline.sh"), *phases], check=True, env=env)
    config = dict(MHEALTH_ENV, MHEALTH_ANALYZER=args.analyzer, MHEALTH_DATA_DIR=str(scratch / "data"))
    exports = " ".join(f"{k}={v}" for k, v in config.items())
    start = f"{exports} exec {ROOT / '.venv' / 'bin' / 'mhealth'} serve --port $PORT"
    subprocess.run(["bash", str(bench / "run_target.sh"), "mhealth", start, *phases], check=True, env=env)
    results = bench / "results"
    subprocess.run(
        [
            str(bench / ".venv" / "bin" / "python"),
            str(bench / "compare.py"),
            str(results / "baseline.json"),
            str(results / "mhealth.json"),
        ],
        check=True,
    )
    base = json.loads((results / "baseline.json").read_text())
    ours = json.loads((results / "mhealth.json").read_text())
    ratios = {}
    for key, test in ours.get("tests", {}).items():
        ref = base.get("tests", {}).get(key, {})
        if ref.get("rps") and test.get("rps"):
            ratios[key] = round(test["rps"] / ref["rps"], 2)
    print(
        json.dumps(
            {"rps_ratio_vs_reference": ratios, "contract_passed": ours.get("contract", {}).get("passed")}, indent=2
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
