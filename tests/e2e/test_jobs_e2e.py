"""Long recordings as jobs, end to end: a real ``mhealth serve`` (no embedded worker), two ``mhealth worker``
processes, MariaDB, file blobs shared by the three, and Google speech (synchronous Recognize) through the
Speech stand-in on 127.0.0.1. One worker is killed with SIGKILL while it holds a job.

What must hold (issue 16): every accepted job ends ``done``; each has exactly one stored check-in (the job a
dead worker held is finished once by the other, never twice); the check-in's segment times, read back from
``GET /v1/check-ins/{id}``, lie on the original recording's timeline, where its speech really is.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import Server, start_server, stop_server
from tests.stubs.long_recordings import LongRecording, pause_rich, to_m4a, to_wav, voiced_responder

pytest.importorskip("google.cloud.speech_v2")

SENIORS = 5
RECORDING_S = 130.0  # three pieces for the Google adapter (pieces of at most 55 s)
LEASE_S = 3
TIMEOUT_S = 120.0
TOLERANCE_S = 0.25  # 20 ms frames, resampling, the AAC encoder's priming


@dataclass
class Worker:
    process: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def owner(self, deadline: float) -> str:
        while time.monotonic() < deadline:
            if found := re.search(r"worker (worker-\S+) started", self.log()):
                return found.group(1)
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited early:\n{self.log()}")
            time.sleep(0.1)
        raise RuntimeError(f"worker did not start:\n{self.log()}")


@dataclass
class Stack:
    server: Server
    workers: list[Worker]
    database_url: str
    speech: object


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    from mhealth.adapters.sql.schema import upgrade
    from mhealth.adapters.sql.testing import scratch_mysql_database
    from tests.contract.conftest_storage import require_mysql
    from tests.stubs.speech_stub import SpeechStub

    require_mysql()
    shared = tmp_path_factory.mktemp("jobs-e2e")
    speech = SpeechStub(latency_s=0.2, responder=voiced_responder()).start()
    with scratch_mysql_database() as url:
        upgrade(url)
        env = {
            "MHEALTH_DATABASE_URL": url,
            "MHEALTH_BLOBS": f"file://{shared / 'blobs'}",
            "MHEALTH_SPEECH": "google",
            "MHEALTH_GOOGLE_PROJECT": "e2e-jobs",
            "MHEALTH_SPEECH_ENDPOINT": speech.endpoint,
            "MHEALTH_ANALYZER": "local",
            "MHEALTH_ANALYTICS": "none",
            "MHEALTH_AUTH": "off",
            "MHEALTH_RATE_LIMIT_PER_MINUTE": "0",
            "MHEALTH_EMBEDDED_WORKER": "false",
            "MHEALTH_JOB_LEASE_S": str(LEASE_S),
            "MHEALTH_WORKER_POLL_S": "0.2",
            "MHEALTH_LOG_LEVEL": "INFO",
        }
        workers = [_start_worker(shared / f"worker-{n}.log", env) for n in range(2)]
        server = None
        try:
            server = start_server(tmp_path_factory, **env)
            yield Stack(server=server, workers=workers, database_url=url, speech=speech)
        finally:
            for worker in workers:
                if worker.process.poll() is None:
                    worker.process.terminate()
                    try:
                        worker.process.wait(timeout=20)
                    except subprocess.TimeoutExpired:
                        worker.process.kill()
            if server is not None:
                stop_server(server)
            speech.stop()


def _start_worker(log_path: Path, env: dict[str, str]) -> Worker:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MHEALTH_")}
    environ.update(env, MHEALTH_DATA_DIR=str(log_path.parent / "data"))
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "mhealth.entrypoints.cli", "worker"],
            env=environ,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return Worker(process=process, log_path=log_path)


def _jobs_table(url: str) -> list[dict[str, object]]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url, pool_size=1)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT id, status, attempts, lease_owner, check_in_id FROM jobs"))
            return [dict(r._mapping) for r in rows]
    finally:
        engine.dispose()


def _count(url: str, statement: str) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(url, pool_size=1)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text(statement)).scalar_one())
    finally:
        engine.dispose()


def _on_the_timeline(segments: list[dict[str, object]], recording: LongRecording) -> None:
    """Segment and word times are on the original recording's timeline: every segment and every timed word starts
    and ends inside an utterance, and every utterance is heard. (Only speech, pauses shortened to 0.3 s, is sent:
    the stand-in hears two utterances that close as one stretch and times one "word" across them, so a word may
    span a pause of the original; a wrong mapping puts its ends in the silence.)"""
    assert segments, "no segments"

    def inside(t: float) -> bool:
        return any(a - TOLERANCE_S <= t <= b + TOLERANCE_S for a, b in recording.clips)

    words = 0  # the stand-in times its words: they must be there
    for segment in segments:
        start, end = float(segment["start_s"]), float(segment["end_s"])  # type: ignore[arg-type]
        assert inside(start) and inside(end), f"segment {start:.2f}-{end:.2f} s starts or ends outside speech"
        for word in segment.get("words") or []:  # type: ignore[union-attr]
            w0, w1 = float(word["start_s"]), float(word["end_s"])
            words += 1
            assert inside(w0) and inside(w1), f"word {word.get('text')!r} at {w0:.2f}-{w1:.2f} s ends in silence"
    assert words, "no timed words"
    for a, b in recording.clips:
        assert any(
            float(s["start_s"]) < b and float(s["end_s"]) > a  # type: ignore[arg-type]
            for s in segments
        ), f"the utterance at {a:.2f}-{b:.2f} s has no segment"


def test_jobs_survive_a_killed_worker_and_store_one_check_in_each(stack: Stack) -> None:
    recordings = [pause_rich(RECORDING_S, seed=seed) for seed in (11, 12, 13, 14)]
    bodies = [
        (to_wav(recordings[0]), "audio/wav"),
        (to_m4a(recordings[1]), "audio/mp4"),
        (to_wav(recordings[2]), "audio/wav"),
        (to_m4a(recordings[3]), "audio/mp4"),
    ]
    owners = [w.owner(time.monotonic() + 60) for w in stack.workers]

    with stack.server.client() as client:
        seniors = [
            client.post("/v1/seniors", json={"display_name": f"어르신 {n}"}).json()["id"] for n in range(SENIORS)
        ]
        # Each senior sends every recording once (different audio per senior: no duplicate-audio replay).
        submissions = [(senior, n) for senior in seniors for n in range(len(bodies))]

        def submit(item: tuple[str, int]) -> tuple[httpx.Response, int]:
            senior, n = item
            content, kind = bodies[n]
            with stack.server.client() as own:
                answer = own.post(
                    f"/v1/seniors/{senior}/check-ins",
                    content=content,
                    headers={"Content-Type": kind, "Prefer": "respond-async"},
                )
            return answer, n

        with ThreadPoolExecutor(len(submissions)) as pool:
            answers = list(pool.map(submit, submissions))

        jobs: dict[str, int] = {}
        for answer, n in answers:
            assert answer.status_code == 202, answer.text
            job = answer.json()
            assert job["status"] in ("queued", "running", "done")
            assert answer.headers["location"] == f"/v1/jobs/{job['id']}"
            assert answer.headers["preference-applied"] == "respond-async"
            assert job["duration_s"] == pytest.approx(RECORDING_S, abs=0.1)
            jobs[job["id"]] = n
        assert len(jobs) == len(submissions)

        # Kill a worker (SIGKILL: no cleanup, its lease is left to expire) while it holds a job.
        victim, victim_owner = stack.workers[0], owners[0]
        deadline = time.monotonic() + TIMEOUT_S
        held: str | None = None
        while held is None and time.monotonic() < deadline:
            rows = _jobs_table(stack.database_url)
            if any(r["status"] == "done" for r in rows):
                held = next(
                    (str(r["id"]) for r in rows if r["status"] == "running" and r["lease_owner"] == victim_owner), None
                )
            if held is None:
                time.sleep(0.05)
        assert held is not None, "the first worker never held a job"
        victim.process.send_signal(signal.SIGKILL)
        victim.process.wait(timeout=10)
        # The worker may have finished the job between the read above and the signal: then there is nothing to
        # take over. Otherwise the job is still leased to the dead worker, and must run again.
        left_running = any(str(r["id"]) == held and r["status"] == "running" for r in _jobs_table(stack.database_url))

        finished: dict[str, dict[str, object]] = {}
        while len(finished) < len(jobs) and time.monotonic() < deadline:
            for job_id in jobs.keys() - finished.keys():
                state = client.get(f"/v1/jobs/{job_id}").json()
                if state["status"] in ("done", "failed"):
                    finished[job_id] = state
            time.sleep(0.2)
        assert len(finished) == len(jobs), f"unfinished jobs: {sorted(jobs.keys() - finished.keys())}"
        failed = {k: v.get("error") for k, v in finished.items() if v["status"] != "done"}
        assert not failed, f"failed jobs: {failed}"

        # The killed worker's job was taken over after its lease ran out, and ran again.
        if left_running:
            assert int(finished[held]["attempts"]) >= 2  # type: ignore[call-overload]
        assert stack.workers[1].process.poll() is None

        check_in_ids = [str(state["check_in_id"]) for state in finished.values()]
        assert len(set(check_in_ids)) == len(jobs), "two jobs share a check-in"
        assert _count(stack.database_url, "SELECT COUNT(*) FROM check_ins") == len(jobs), "a job stored two results"
        assert _count(stack.database_url, "SELECT COUNT(*) FROM recordings") == len(jobs)

        for job_id, state in finished.items():
            assert state["result"] == f"/v1/check-ins/{state['check_in_id']}"
            check_in = client.get(str(state["result"]))
            assert check_in.status_code == 200, check_in.text
            body = check_in.json()
            assert body["transcript"]["provider"] == "google"
            assert body["recording"]["audio"]["duration_s"] == pytest.approx(RECORDING_S, abs=0.1)
            _on_the_timeline(body["transcript"]["segments"], recordings[jobs[job_id]])
