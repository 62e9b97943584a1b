#!/usr/bin/env python3
"""How many requests one `mhealth serve` process should take at once: the figures behind Cloud Run's
``containerConcurrency`` in deploy/service.yaml (docs/deploy.md).

Starts `mhealth serve` (one worker, loopback, MHEALTH_AUTH=off, no rate limit, access log off) and loads it
with wrk at several concurrency levels, for two requests and two analyzer set-ups:

* ``POST /analyze`` (stateless screening) and ``POST /v1/seniors/{id}/check-ins`` with a text body
  (screening + a database transaction + the outbox), each with a ~1-minute check-in's transcript;
* ``--analyzer local`` (the on-device Korean analyzer: CPU-bound) or ``--analyzer remote`` (the memory analyzer
  with LLM_LATENCY_MS, standing in for Gemini: the request mostly waits, as on Cloud Run with Google providers).

    scripts/bench_concurrency.py [--analyzer local|remote] [--levels 1,4,8,16,32,64] [--seconds 10]
                                 [--database-url mysql+pymysql://root@127.0.0.1:3306/DB]

Prints one row per (request, level): requests/s, p50, p99, errors. Not a test: the machine is shared, so read
the shape (where requests/s stops growing and p99 starts to) rather than the absolute numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# A senior's check-in of about a minute: ordinary talk with some low mood and poor sleep (no crisis words, so
# the safety floor does its full scan and finds nothing to short-circuit on).
TEXT = (
    "오늘은 아침에 일찍 일어나서 마당에 나가 봤어요. 날씨가 많이 추워져서 오래 있지는 못했고요. "
    "요즘은 밤에 잠이 잘 안 와서 새벽에 자꾸 깨요. 그러면 다시 잠들기가 어려워서 그냥 누워 있어요. "
    "입맛도 예전 같지 않아서 점심은 대충 먹었어요. 딸이 지난주에 전화했는데 바빠서 길게 얘기는 못 했어요. "
    "복지관에는 이번 주에 한 번 갔어요. 거기 가면 사람들하고 얘기도 하고 체조도 해서 좋아요. "
    "무릎이 아파서 계단 오르내리기가 힘들어요. 약은 잘 챙겨 먹고 있어요. 저녁에는 텔레비전 보다가 일찍 누웠어요. "
    "가끔은 좀 외롭기도 하고 기운이 없어요. 그래도 내일은 손주가 온다고 해서 기다려져요."
)

WRK_SCRIPT = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{body}]]
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def request(url: str, body: dict[str, object] | None = None) -> dict[str, object]:
    if not url.startswith("http://127.0.0.1:"):
        raise ValueError(f"loopback only: {url}")
    data = None if body is None else json.dumps(body).encode()
    # S310: the scheme and host are checked just above (loopback http only)
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})  # noqa: S310
    with urllib.request.urlopen(req, timeout=30) as answer:  # noqa: S310
        value: dict[str, object] = json.loads(answer.read())
        return value


def find(pattern: str, text: str) -> str:
    match = re.search(pattern, text, re.MULTILINE)
    if match is None:
        raise RuntimeError(f"wrk printed no {pattern!r}:\n{text}")
    return match.group(1)


def millis(value: str) -> float:
    unit = find(r"(us|ms|s|m)$", value)
    return float(value.removesuffix(unit)) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(url: str, body: str, connections: int, seconds: int, scratch: Path) -> dict[str, float]:
    script = scratch / "post.lua"
    script.write_text(WRK_SCRIPT.format(body=body))
    threads = min(2, connections)
    load = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script)]
    # wrk's default 2 s timeout would drop and resend slow requests: the overload would feed itself
    out = subprocess.run(
        [*load, "--timeout", "30s", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    time.sleep(2)  # wrk stops without waiting for its last requests: let them finish before the next run
    rps = float(find(r"Requests/sec:\s+([\d.]+)", out))
    p50 = millis(find(r"^\s+50%\s+(\S+)", out))
    p99 = millis(find(r"^\s+99%\s+(\S+)", out))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    timeouts = re.search(r"Socket errors: .*timeout (\d+)", out)
    return {
        "rps": rps,
        "p50_ms": p50,
        "p99_ms": p99,
        "non_2xx": float(errors.group(1)) if errors else 0.0,
        "timeouts": float(timeouts.group(1)) if timeouts else 0.0,
    }


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its descendants (Granian's main process and its workers)."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        proc = Path("/proc") / str(current)
        try:
            status = (proc / "status").read_text()
            children = (proc / "task" / str(current) / "children").read_text().split()
        except OSError:
            continue
        total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
        pending += [int(child) for child in children]
    return total / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--analyzer", choices=["local", "remote"], default="local")
    ap.add_argument("--llm-latency-ms", type=int, default=700, help="the remote stand-in's latency (default 700)")
    ap.add_argument("--levels", default="1,4,8,16,32,64")
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--database-url", help="default: SQLite in a scratch folder")
    ap.add_argument("--mhealth", default=str(ROOT / ".venv" / "bin" / "mhealth"))
    ap.add_argument("--json", help="write the rows here")
    args = ap.parse_args()
    if shutil.which("wrk") is None:
        print("wrk is missing: apt-get install -y wrk", file=sys.stderr)
        return 2

    scratch = Path(tempfile.mkdtemp(prefix="mhealth-concurrency-"))
    port = free_port()
    env = dict(
        os.environ,
        MHEALTH_DATA_DIR=str(scratch / "data"),
        MHEALTH_AUTH="off",
        MHEALTH_RATE_LIMIT_PER_MINUTE="0",
        MHEALTH_ACCESS_LOG="false",
        MHEALTH_LOG_LEVEL="WARNING",
        MHEALTH_SPEECH="none",
        MHEALTH_ANALYTICS="database",
        MHEALTH_ALERT_COOLDOWN_MINUTES="360",
    )
    if args.analyzer == "local":
        env["MHEALTH_ANALYZER"] = "local"
    else:
        env.update(MHEALTH_ANALYZER="memory", MHEALTH_BENCHMARK="true", LLM_LATENCY_MS=str(args.llm_latency_ms))
    if args.database_url:
        env["MHEALTH_DATABASE_URL"] = args.database_url
        subprocess.run([args.mhealth, "db", "upgrade"], env=env, check=True)
    # its own process group: Granian's worker processes are stopped with it even when it must be killed
    server = subprocess.Popen(
        [args.mhealth, "serve", "--host", "127.0.0.1", "--port", str(port)], env=env, start_new_session=True
    )
    rows: list[dict[str, object]] = []
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(240):
            try:
                health = request(f"{base}/health")
                if health.get("status") in ("ok", "degraded"):
                    break
            except OSError:
                pass
            time.sleep(0.5)
        senior = request(f"{base}/v1/seniors", {"display_name": "김순자"})
        targets = {
            "POST /analyze": (f"{base}/analyze", json.dumps({"text": TEXT, "user_id": "bench"})),
            "POST /v1 check-in": (f"{base}/v1/seniors/{senior['id']}/check-ins", json.dumps({"text": TEXT})),
        }
        for name, (url, body) in targets.items():
            wrk(url, body, 4, 3, scratch)  # warm-up: models, connection pool, caches
            for level in [int(n) for n in args.levels.split(",")]:
                got = wrk(url, body, level, args.seconds, scratch)
                rows.append({"request": name, "analyzer": args.analyzer, "concurrency": level, **got})
                print(
                    f"{name:18} c={level:<3} {got['rps']:8.1f} req/s  p50 {got['p50_ms']:8.1f} ms  "
                    f"p99 {got['p99_ms']:8.1f} ms  non-2xx {int(got['non_2xx'])}  timeouts {int(got['timeouts'])}",
                    flush=True,
                )
            print(f"{name:18} server memory after the runs: {tree_rss_mb(server.pid):.0f} MB RSS", flush=True)
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            print("the server was still running 15 s after SIGTERM: killed", file=sys.stderr)
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        shutil.rmtree(scratch, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
