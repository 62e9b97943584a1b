#!/usr/bin/env python3
"""What logs and metrics cost on POST /analyze: the shared harness's phase (b), ABAB, against the reference.

Each round runs, in turn (the order alternates between rounds), the reference FastAPI service, `mhealth serve`
with JSON logs, the access line and metrics on (what Cloud Run runs: MHEALTH_LOG_FORMAT=json), and `mhealth
serve` with the access line and metrics off; tracing stays off (its default). Prints each round's req/s and
ratios, the same ratios of the server's CPU time per request (other work on the machine steals wall time,
not the server's own CPU time), and the median of each with its spread (min-max). Not a test: numbers on a
shared machine mean something only as ratios from the same round.

    /path/to/python scripts/bench_observability.py [--rounds 3] [--bench-dir ../shared/bench]
        [--compare-src ../main-at-some-commit/src] [--distinct-texts 4096]

The harness is copied to bench-results/observability (shared/ is read-only) with its own virtual environment;
wrk must be installed (apt-get install -y wrk). The server runs from this checkout's src/ with the running
interpreter.

``--compare-src``: also run another checkout's ``src/`` (e.g. ``git archive main src | tar -x -C /tmp/main``)
with the same two configurations in the same rounds ("before_on", "before_off"), so a change is measured
against the reference and against the code before it at once.

``--distinct-texts N``: every request posts another text (the harness's text with its words shuffled, N
of them, the same length and characters), so a server cannot answer from a cache keyed by the text (the
crisis scan keeps its last 64 texts); the reference gets the same bodies. The copy's
``wrk_post_json.lua`` is replaced by one that cycles through them; without the option the copy is the
harness's own.
"""

from __future__ import annotations

import argparse
import json
import os
import random
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


DISTINCT_LUA = """-- bench_observability.py --distinct-texts: POST the next line of WRK_BODY_LINES each request.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local here = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./")
pcall(dofile, here .. "wrk_report.lua")
local bodies, n, i = {}, 0, 0
function init(args)
   for line in io.lines(os.getenv("WRK_BODY_LINES")) do n = n + 1; bodies[n] = line end
end
function request()
   i = i % n + 1
   return wrk.format(nil, nil, nil, bodies[i])
end
"""


def distinct_bodies(bench: Path, count: int) -> Path:
    """``count`` request bodies: the harness's text with its words shuffled (seeded), one JSON per line."""
    body = json.loads((bench / "fixtures" / "analyze_ko.json").read_text(encoding="utf-8"))
    words = body["text"].split(" ")
    rng = random.Random(3)
    lines = []
    for _ in range(count):
        rng.shuffle(words)
        lines.append(json.dumps(dict(body, text=" ".join(words)), ensure_ascii=False))
    path = bench / "fixtures" / "distinct.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def prepare(source: Path, scratch: Path, distinct: int) -> Path:
    bench = scratch / "bench"
    if not bench.exists():
        scratch.mkdir(parents=True, exist_ok=True)
        shutil.copytree(source, bench)
        for path in bench.rglob("*"):
            path.chmod(path.stat().st_mode | 0o200)
    lua = bench / "wrk_post_json.lua"
    if distinct:
        lua.write_text(DISTINCT_LUA, encoding="utf-8")
        os.environ["WRK_BODY_LINES"] = str(distinct_bodies(bench, distinct))  # wrk inherits it through the suite
    else:
        shutil.copyfile(source / "wrk_post_json.lua", lua)
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
    ap.add_argument("--compare-src", default=None, help="another checkout's src/, run in the same rounds")
    ap.add_argument("--distinct-texts", type=int, default=0, help="post N distinct texts (defeats a per-text cache)")
    args = ap.parse_args()
    source = Path(args.bench_dir)
    if not (source / "suite.py").exists():
        source = ROOT.parent / "shared" / "bench"
    if not (source / "suite.py").exists() or shutil.which("wrk") is None:
        print("needs the shared harness (--bench-dir) and wrk (apt-get install -y wrk)", file=sys.stderr)
        return 2
    scratch = Path(args.scratch)
    bench = prepare(source, scratch, args.distinct_texts)
    sources = {"": ROOT / "src"}
    if args.compare_src:
        sources["before_"] = Path(args.compare_src).resolve()
    starts = {}
    for prefix, src in sources.items():
        for name, extra in VARIANTS.items():
            env = dict(BASE_ENV, **extra, MHEALTH_DATA_DIR=str(scratch / "data"), PYTHONPATH=str(src))
            exports = " ".join(f"{k}={v}" for k, v in env.items())
            label = prefix + name.removeprefix("obs_") if prefix else name
            starts[label] = f"{exports} exec {sys.executable} -m mhealth serve --port $PORT"
    rounds = []
    for index in range(args.rounds):
        order = ["reference", *starts]
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
        if args.compare_src:
            row["before_on_ratio"] = round(rps["before_on"] / rps["reference"], 3)
            row["before_off_ratio"] = round(rps["before_off"] / rps["reference"], 3)
            row["cpu_before_on_ratio"] = round(cpu["reference"] / cpu["before_on"], 3)
            row["cpu_before_off_ratio"] = round(cpu["reference"] / cpu["before_off"], 3)
        rounds.append(row)
        print(json.dumps({"round": index + 1, **row}), flush=True)
    summary = {}
    keys = ["on_ratio", "off_ratio", "on_vs_off", "cpu_on_ratio", "cpu_off_ratio"]
    if args.compare_src:
        keys += ["before_on_ratio", "before_off_ratio", "cpu_before_on_ratio", "cpu_before_off_ratio"]
    for key in keys:
        values = [r[key] for r in rounds]
        summary[key] = {"median": round(statistics.median(values), 3), "min": min(values), "max": max(values)}
    print(json.dumps({"rounds": len(rounds), "distinct_texts": args.distinct_texts, "summary": summary}, indent=2))
    (scratch / "summary.json").write_text(json.dumps({"rounds": rounds, "summary": summary}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
