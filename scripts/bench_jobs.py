"""Benchmark of long recordings as jobs (issue 16), through a real ``mhealth serve`` and ``mhealth worker``
processes on MariaDB, with Google speech (synchronous Recognize) through the Speech stand-in.

Three figures:

1. ``accept``: the latency of the 202 answer to ``POST /v1/seniors/{id}/check-ins`` with
   ``Prefer: respond-async`` for a 10-minute 8 kHz mono WAV (~9.6 MB) and M4A (~2.7 MB), posted in turns
   (ABAB), median and p95 (no worker runs meanwhile: the machine's noise is our own only).
2. ``ratio``: a job's end-to-end time (from the POST to the moment ``GET /v1/jobs/{id}`` says ``done``, polled
   every 25 ms) against the speech stage alone for the same recording (the Google adapter's ``transcribe``
   on the decoded audio, same stand-in), taken in turns (ABAB), per round; target <= 1.2x.
3. ``fleet``: ``--jobs`` (100) jobs submitted at once to two workers; one worker is killed with SIGKILL
   halfway and started again; counts of jobs lost (accepted, never done) and of jobs with two stored results.

The stand-in answers after ``--latency-base + --latency-per-s x audio seconds`` (default 0.2 s + 0.03 s per
second: a 55 s piece ~1.9 s, a plausible synchronous Recognize). Needs MariaDB (``MHEALTH_TEST_MYSQL_URL``,
default root@127.0.0.1:3306); makes and drops its own database.

Run: ``.venv/bin/python scripts/bench_jobs.py`` (``--quick`` for a smoke run). The last line is
``accept_p95_ms=<x> ratio_median=<x> jobs=<n> lost=<n> duplicated=<n>``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

import httpx  # noqa: E402
from tests.e2e.conftest import Server, start_server, stop_server  # noqa: E402
from tests.stubs.long_recordings import pause_rich, to_m4a, to_wav, voiced_responder  # noqa: E402


class _Dirs:
    """What ``start_server`` needs of pytest's tmp_path_factory."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def mktemp(self, name: str) -> Path:
        return Path(tempfile.mkdtemp(prefix=name, dir=self.root))


def _latency_responder(base_s: float, per_s: float) -> Any:
    answer = voiced_responder()

    def respond(request: Any) -> Any:
        rate = request.config.explicit_decoding_config.sample_rate_hertz or 16000
        time.sleep(base_s + per_s * len(request.content) / 2 / rate)
        return answer(request)

    return respond


def _start_worker(env: dict[str, str], log_path: Path) -> subprocess.Popen[bytes]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MHEALTH_")}
    environ.update(env, MHEALTH_DATA_DIR=str(log_path.parent / "worker-data"), PYTHONPATH=str(ROOT / "src"))
    with open(log_path, "ab") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "mhealth.entrypoints.cli", "worker"],
            env=environ,
            stdout=log,
            stderr=subprocess.STDOUT,
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def _sql(url: str, statement: str, ids: list[str] | None = None) -> list[Any]:
    from sqlalchemy import bindparam, create_engine, text

    query = text(statement)
    if ids is not None:
        query = query.bindparams(bindparam("ids", expanding=True))
    engine = create_engine(url, pool_size=1)
    try:
        with engine.begin() as connection:
            result = connection.execute(query, {"ids": ids} if ids is not None else {})
            return list(result) if result.returns_rows else []
    finally:
        engine.dispose()


def _senior(client: httpx.Client) -> str:
    return str(client.post("/v1/seniors", json={"display_name": "벤치"}).json()["id"])


def _submit(client: httpx.Client, senior: str, body: bytes, kind: str) -> httpx.Response:
    return client.post(
        f"/v1/seniors/{senior}/check-ins", content=body, headers={"Content-Type": kind, "Prefer": "respond-async"}
    )


def _wait_done(client: httpx.Client, job_id: str, *, poll_s: float = 0.025, timeout_s: float = 300) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        state: dict[str, Any] = client.get(f"/v1/jobs/{job_id}").json()
        if state["status"] in ("done", "failed"):
            return state
        time.sleep(poll_s)
    raise TimeoutError(f"job {job_id} not finished after {timeout_s} s")


def _warm_up(server: Server, body: bytes) -> None:
    """One job through both workers' start-up (imports, connections) before anything is timed."""
    with server.client() as client:
        answer = _submit(client, _senior(client), body, "audio/mp4")
        _wait_done(client, answer.json()["id"], timeout_s=600)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def accept_latency(server: Server, bodies: dict[str, bytes], rounds: int) -> dict[str, dict[str, float]]:
    kinds = {"wav": "audio/wav", "m4a": "audio/mp4"}
    times: dict[str, list[float]] = {k: [] for k in bodies}
    with server.client() as client:
        _submit(client, _senior(client), bodies["wav"], "audio/wav")  # warm the connection and the code paths
        for _ in range(rounds):
            for name, body in bodies.items():  # ABAB
                senior = _senior(client)
                started = time.perf_counter()
                answer = _submit(client, senior, body, kinds[name])
                times[name].append(time.perf_counter() - started)
                assert answer.status_code == 202, answer.text
    return {
        k: {
            "median_ms": round(1000 * statistics.median(v), 1),
            "p95_ms": round(1000 * _pct(v, 0.95), 1),
            "min_ms": round(1000 * min(v), 1),
            "max_ms": round(1000 * max(v), 1),
            "n": len(v),
        }
        for k, v in times.items()
    }


def speech_stage_s(endpoint: str, path: Path) -> float:
    """The speech stage alone: the Google adapter's transcribe on the decoded recording (decode not timed)."""
    from mhealth.adapters.audio.pyav import PyAvAudioDecoder
    from mhealth.adapters.google.speech import GoogleSpeechToText

    async def run() -> float:
        decoder = PyAvAudioDecoder()
        audio = await decoder.decode(path, filename=path.name)
        speech = GoogleSpeechToText(project="bench", endpoint=endpoint)
        try:
            started = time.perf_counter()
            await speech.transcribe(audio, language="ko-KR")
            return time.perf_counter() - started
        finally:
            await speech.aclose()

    return asyncio.run(run())


def end_to_end(server: Server, endpoint: str, files: dict[str, Path], rounds: int) -> dict[str, Any]:
    kinds = {"wav": "audio/wav", "m4a": "audio/mp4"}
    rows: dict[str, list[tuple[float, float]]] = {k: [] for k in files}
    with server.client() as client:
        for _ in range(rounds):
            for name, path in files.items():
                speech = speech_stage_s(endpoint, path)  # A
                body = path.read_bytes()
                senior = _senior(client)
                started = time.perf_counter()  # B
                answer = _submit(client, senior, body, kinds[name])
                assert answer.status_code == 202, answer.text
                state = _wait_done(client, answer.json()["id"])
                job_s = time.perf_counter() - started
                assert state["status"] == "done", state
                rows[name].append((speech, job_s))
    out: dict[str, Any] = {}
    for name, pairs in rows.items():
        ratios = [j / s for s, j in pairs]
        out[name] = {
            "speech_s": [round(s, 2) for s, _ in pairs],
            "job_s": [round(j, 2) for _, j in pairs],
            "ratio_median": round(statistics.median(ratios), 3),
            "ratio_min": round(min(ratios), 3),
            "ratio_max": round(max(ratios), 3),
        }
    return out


def fleet(
    server: Server, database_url: str, workers: list[subprocess.Popen[bytes]], restart: Any, jobs: int, seconds: float
) -> dict[str, Any]:
    per_senior = 10
    bodies = [to_wav(pause_rich(seconds, seed=1000 + n)) for n in range(per_senior)]
    with server.client() as client:
        seniors = [_senior(client) for _ in range((jobs + per_senior - 1) // per_senior)]
    items = [(seniors[n // per_senior], bodies[n % per_senior]) for n in range(jobs)]

    def submit(item: tuple[str, bytes]) -> str:
        with server.client() as own:
            answer = _submit(own, item[0], item[1], "audio/wav")
        assert answer.status_code == 202, answer.text
        return str(answer.json()["id"])

    started = time.perf_counter()
    with ThreadPoolExecutor(32) as pool:
        ids = list(pool.map(submit, items))
    accepted_s = time.perf_counter() - started
    # Kill a worker halfway (SIGKILL, while it holds a job), then start a new one.
    killed = False
    while not killed and time.perf_counter() - started < 600:
        done = _sql(database_url, "SELECT COUNT(*) FROM jobs WHERE status = 'done'")[0][0]
        running = _sql(database_url, "SELECT COUNT(*) FROM jobs WHERE status = 'running'")[0][0]
        if done >= jobs // 2 and running:
            workers[0].send_signal(signal.SIGKILL)
            workers[0].wait(timeout=10)
            workers[0] = restart()
            killed = True
        else:
            time.sleep(0.05)
    deadline = time.perf_counter() + 900
    states: dict[str, str] = {}
    with server.client() as client:
        while len(states) < len(ids) and time.perf_counter() < deadline:
            for job_id in set(ids) - states.keys():
                status = client.get(f"/v1/jobs/{job_id}").json()["status"]
                if status in ("done", "failed"):
                    states[job_id] = status
            time.sleep(0.5)
    total_s = time.perf_counter() - started
    check_ins = _sql(
        database_url,
        "SELECT j.id, COUNT(c.id) FROM jobs j LEFT JOIN check_ins c "
        "ON c.senior_id = j.senior_id AND c.idempotency_key = j.idempotency_key WHERE j.id IN :ids GROUP BY j.id",
        ids,
    )
    stored = {str(job_id): int(n) for job_id, n in check_ins}
    attempts = _sql(database_url, "SELECT MAX(attempts), SUM(attempts > 1) FROM jobs WHERE id IN :ids", ids)[0]
    return {
        "jobs": len(ids),
        "recording_s": seconds,
        "killed_a_worker": killed,
        "accepted_in_s": round(accepted_s, 2),
        "all_finished_in_s": round(total_s, 1),
        "done": sum(1 for s in states.values() if s == "done"),
        "failed": sum(1 for s in states.values() if s == "failed"),
        "lost": sum(1 for i in ids if states.get(i) != "done" or stored.get(i, 0) == 0),
        "duplicated": sum(1 for i in ids if stored.get(i, 0) > 1),
        "jobs_run_more_than_once": int(attempts[1] or 0),
        "max_attempts": int(attempts[0] or 0),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0, help="length of the recordings of figures 1-2")
    parser.add_argument("--accept-rounds", type=int, default=15)
    parser.add_argument("--ratio-rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=100, help="jobs of the fleet figure (0: skip it)")
    parser.add_argument("--fleet-seconds", type=float, default=180.0, help="length of each fleet recording")
    parser.add_argument("--latency-base", type=float, default=0.2)
    parser.add_argument("--latency-per-s", type=float, default=0.03)
    parser.add_argument("--poll-s", type=float, default=1.0, help="MHEALTH_WORKER_POLL_S of the workers")
    parser.add_argument("--quick", action="store_true", help="smoke run: short recordings, few rounds, 20 jobs")
    args = parser.parse_args(argv)
    if args.quick:
        args.minutes, args.accept_rounds, args.ratio_rounds, args.jobs, args.fleet_seconds = 2.0, 3, 1, 20, 60.0

    from tests.stubs.speech_stub import SpeechStub

    from mhealth.adapters.sql.schema import upgrade
    from mhealth.adapters.sql.testing import scratch_mysql_database

    work = Path(tempfile.mkdtemp(prefix="bench-jobs-"))
    recording = pause_rich(args.minutes * 60, seed=7)
    files = {"wav": work / "long.wav", "m4a": work / "long.m4a"}
    files["wav"].write_bytes(to_wav(recording))
    files["m4a"].write_bytes(to_m4a(recording))
    sizes = {k: round(p.stat().st_size / 1e6, 2) for k, p in files.items()}
    print(f"recordings: {args.minutes:g} min, speech {recording.speech_s / recording.duration_s:.0%}, MB {sizes}")

    speech = SpeechStub(responder=_latency_responder(args.latency_base, args.latency_per_s)).start(workers=64)
    results: dict[str, Any] = {"sizes_mb": sizes}
    try:
        with scratch_mysql_database(prefix="mhealth_bench") as url:
            upgrade(url)
            env = {
                "MHEALTH_DATABASE_URL": url,
                "MHEALTH_BLOBS": f"file://{work / 'blobs'}",
                "MHEALTH_SPEECH": "google",
                "MHEALTH_GOOGLE_PROJECT": "bench-jobs",
                "MHEALTH_SPEECH_ENDPOINT": speech.endpoint,
                "MHEALTH_ANALYZER": "local",
                "MHEALTH_ANALYTICS": "none",
                "MHEALTH_AUTH": "off",
                "MHEALTH_RATE_LIMIT_PER_MINUTE": "0",
                "MHEALTH_EMBEDDED_WORKER": "false",
                "MHEALTH_WORKER_POLL_S": str(args.poll_s),
                "MHEALTH_JOB_LEASE_S": "10",
                "MHEALTH_LOG_LEVEL": "WARNING",
            }
            server = start_server(_Dirs(work), **env)
            workers: list[subprocess.Popen[bytes]] = []
            try:
                bodies = {name: path.read_bytes() for name, path in files.items()}
                results["accept"] = accept_latency(server, bodies, args.accept_rounds)
                print("accept (202):", results["accept"])
                # The jobs of figure 1 were only there to be accepted: set aside before the workers start.
                _sql(url, "UPDATE jobs SET status = 'failed', error_code = 'bench_discarded' WHERE status = 'queued'")
                workers = [_start_worker(env, work / f"worker-{n}.log") for n in range(2)]
                _warm_up(server, files["m4a"].read_bytes())
                results["ratio"] = end_to_end(server, speech.endpoint, files, args.ratio_rounds)
                print("job vs speech stage:", results["ratio"])
                restart = lambda: _start_worker(env, work / "worker-0.log")  # noqa: E731
                if args.jobs:
                    results["fleet"] = fleet(server, url, workers, restart, args.jobs, args.fleet_seconds)
                    print("fleet:", results["fleet"])
            finally:
                for worker in workers:
                    _stop(worker)
                stop_server(server)
    finally:
        speech.stop()
    accept_p95 = max(v["p95_ms"] for v in results["accept"].values())
    ratio = max(v["ratio_median"] for v in results["ratio"].values())
    f = results.get("fleet", {"jobs": 0, "lost": 0, "duplicated": 0})
    figures = f"accept_p95_ms={accept_p95} ratio_median={ratio}"
    print(f"{figures} jobs={f['jobs']} lost={f['lost']} duplicated={f['duplicated']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
