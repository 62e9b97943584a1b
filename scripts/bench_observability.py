#!/usr/bin/env python3
"""What logs and metrics cost on POST /analyze: the shared harness's phase (b), ABAB, against the reference.

Each round runs, in turn (the order alternates between rounds), the reference FastAPI service, `mhealth serve`
with JSON logs, the access line and metrics on (what Cloud Run runs: MHEALTH_LOG_FORMAT=json), and `mhealth
serve` with the access line and metrics off; tracing stays off (its default). Prints each round's req/s and
ratios, the same ratios of the server's CPU time per request (other work on the machine steals wall time,
not the server's own CPU time), and the median of each with its spread (min-max). Not a test: numbers on a
shared machine mean something only as ratios from the same round.

    /path/to/python scripts/bench_observability.py [--rounds 3] [--bench-dir ../shared/bench]

The harness is copied to bench-results/observability (shared/ is read-only) with its own virtual environment;
wrk must be installed (apt-get install -y wrk). The server runs from this checkout's src/ with the running
interpreter.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BASE_ENV = {
    "MHEALTH_ANALYZER": "memory",
    "MHEALTH_SPEECH": "memory",
    "MHEALTH_DATABASE_URL": "memory://",
    "MHEALTH_BLOBS": "memory://",
    "MHEALTH_ANALYTICS": "memory",
    "MHEALTH_AUTH": "off",
    "MHEALTH_BENCHMARK": "true",
    "MHEALTH_RATE_LIMIT_PER_MINUTE": "0",
}
VARIANTS = {
    "obs_on": {"MHEALTH_LOG_FORMAT": "json", "MHEALTH_ACCESS_LOG": "true", "MHEALTH_METRICS": "true",
               "MHEALTH_LOG_LEVEL": "INFO"},
    "obs_off": {"MHEALTH_LOG_FORMAT": "json", "MHEALTH_ACCESS_LOG": "false", "MHEALTH_METRICS": "false",
                "MHEALTH_LOG_LEVEL": "WARNING"},
}  # fmt: skip


def prepare(source: Path, scratch: Path) -> Path:
    bench = scratch / "bench"
    if not bench.exists():
        scratch.mkdir(parents=True, exist_ok=True)
        shutil.copytree(source, bench)
        for path in bench.rglob("*"):
            path.chmod(path.stat().st_mode | 0o200)
    if not (bench / ".venv" / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(bench / ".venv")], check=True)
        pip = str(bench / ".venv" / "bin" / "pip")
        subprocess.run([pip, "install", "-q", "-r", str(bench / "requirements.txt")], check=True)
    return bench


def run(bench: Path, label: str, start: str | None, quiet_wait: str) -> tuple[float, float]:
    """Requests per second and the server's CPU microseconds per request (its process tree's /proc ticks
    over the phase, divided by the requests: robust against other work on the machine, which steals wall
    time but not the server's own CPU time)."""
    phases = ["--phases", "b", "--quiet-wait", quiet_wait]
    if start is None:
        subprocess.run(["bash", str(bench / "run_baseline.sh"), *phases], check=True)
        result = bench / "results" / "baseline.json"
    else:
        subprocess.run(["bash", str(bench / "run_target.sh"), label, start, *phases], check=True)
        result = bench / "results" / f"{label}.json"
    tests = json.loads(result.read_text())["tests"]
    (key,) = [k for k in tests if k.startswith("b")] or list(tests)[:1]
    test = tests[key]
    return float(test["rps"]), float(test["cpu"]["server_cpu_s"]) / max(1, int(test["requests"])) * 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench-dir", default=str(ROOT.parent.parent / "shared" / "bench"))
    ap.add_argument("--scratch", default=str(ROOT / "bench-results" / "observability"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--quiet-wait", default="5")
    args = ap.parse_args()
    source = Path(args.bench_dir)
    if not (source / "suite.py").exists():
        source = ROOT.parent / "shared" / "bench"
    if not (source / "suite.py").exists() or shutil.which("wrk") is None:
        print("needs the shared harness (--bench-dir) and wrk (apt-get install -y wrk)", file=sys.stderr)
        return 2
    scratch = Path(args.scratch)
    bench = prepare(source, scratch)
    starts = {}
    for name, extra in VARIANTS.items():
        env = dict(BASE_ENV, **extra, MHEALTH_DATA_DIR=str(scratch / "data"), PYTHONPATH=str(ROOT / "src"))
        exports = " ".join(f"{k}={v}" for k, v in env.items())
        starts[name] = f"{exports} exec {sys.executable} -m mhealth serve --port $PORT"
    rounds = []
    for index in range(args.rounds):
        order = ["reference", "obs_on", "obs_off"]
        if index % 2:
            order.reverse()
        measured = {name: run(bench, name, starts.get(name), args.quiet_wait) for name in order}
        rps = {name: m[0] for name, m in measured.items()}
        cpu = {name: m[1] for name, m in measured.items()}
        row = {
            **{k: round(v) for k, v in rps.items()},
            "on_ratio": round(rps["obs_on"] / rps["reference"], 3),
            "off_ratio": round(rps["obs_off"] / rps["reference"], 3),
            "on_vs_off": round(rps["obs_on"] / rps["obs_off"], 3),
            "cpu_us_per_request": {k: round(v, 1) for k, v in cpu.items()},
            "cpu_on_ratio": round(cpu["reference"] / cpu["obs_on"], 3),
            "cpu_off_ratio": round(cpu["reference"] / cpu["obs_off"], 3),
            "order": order,
        }
        rounds.append(row)
        print(json.dumps({"round": index + 1, **row}), flush=True)
    summary = {}
    for key in ("on_ratio", "off_ratio", "on_vs_off", "cpu_on_ratio", "cpu_off_ratio"):
        values = [r[key] for r in rounds]
        summary[key] = {"median": round(statistics.median(values), 3), "min": min(values), "max": max(values)}
    print(json.dumps({"rounds": len(rounds), "summary": summary}, indent=2))
    (scratch / "summary.json").write_text(json.dumps({"rounds": rounds, "summary": summary}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
