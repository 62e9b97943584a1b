"""The pieces the scenarios share: a scratch database, the server process, the HTTP client, the DB checks.

Everything talks to 127.0.0.1 only; every wait is bounded in time and every loop in count.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import math
import os
import random
import secrets
import signal
import struct
import subprocess
import sys
import time
import wave
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
LOOPBACK = "127.0.0.1"
MARKER_LETTERS = "bcdfghjklmnpqrstvwxz"  # consonants only: no number, phone or word the redactor could touch


def marker(run: str, n: int) -> str:
    """A per-request tag of letters (digits could be redacted as phone numbers), unique within a run."""
    digits = []
    for _ in range(6):
        n, r = divmod(n, len(MARKER_LETTERS))
        digits.append(MARKER_LETTERS[r])
    return f"qq{run}{''.join(reversed(digits))}qq"


# ------------------------------------------------------------------------------------------ database


@dataclass(frozen=True)
class Database:
    """A scratch database on MariaDB: ``url`` for mhealth (through the proxy), ``direct`` for checks."""

    name: str
    direct_url: str
    host: str
    port: int
    user: str
    password: str

    def via(self, proxy_port: int) -> str:
        auth = self.user + (f":{self.password}" if self.password else "")
        return f"mysql+pymysql://{auth}@{LOOPBACK}:{proxy_port}/{self.name}?charset=utf8mb4"

    def query(self, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """One read straight on MariaDB (never through the proxy), with bounded connect and read waits."""
        from sqlalchemy import text

        from mhealth.adapters.sql.engine import create_engine_for

        engine = create_engine_for(
            self.direct_url, pool_size=1, connect_args={"connect_timeout": 5, "read_timeout": 60}
        )
        try:
            with engine.connect() as connection:
                return [tuple(row) for row in connection.execute(text(sql), params)]
        finally:
            engine.dispose()


@contextlib.contextmanager
def scratch_database(url: str) -> Iterator[Database]:
    from sqlalchemy.engine import make_url

    from mhealth.adapters.sql.testing import scratch_mysql_database

    if make_url(url).host not in (LOOPBACK, "localhost"):
        raise SystemExit("the chaos suite only runs against a database on 127.0.0.1")
    with scratch_mysql_database(url, prefix="mhealth_chaos") as scratch:
        u = make_url(scratch)
        yield Database(
            name=str(u.database),
            direct_url=scratch,
            host=LOOPBACK,
            port=int(u.port or 3306),
            user=str(u.username or "root"),
            password=str(u.password or ""),
        )


# ------------------------------------------------------------------------------------------ server


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """One ``mhealth serve`` process; restartable, killable, on a fixed port."""

    env: dict[str, str]
    port: int
    log_path: Path
    proc: subprocess.Popen[bytes] | None = None
    starts: int = 0

    @property
    def base(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def start(self) -> None:
        self.starts += 1
        log = self.log_path.open("ab")
        log.write(f"\n===== start {self.starts} at {time.strftime('%H:%M:%S')} =====\n".encode())
        log.flush()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mhealth.entrypoints.cli", "serve", "--host", LOOPBACK, "--port", str(self.port)],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill9(self) -> None:
        """SIGKILL to the whole process group (Granian's workers too)."""
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(10)
        self._reap_group()

    def sigterm(self, timeout_s: float) -> float | None:
        """SIGTERM to the main process; seconds until it exited, or None if it outlived ``timeout_s``."""
        assert self.proc is not None
        started = time.monotonic()
        with contextlib.suppress(ProcessLookupError):
            self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            return None
        return time.monotonic() - started

    def _reap_group(self) -> None:
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.proc.pid, signal.SIGKILL)

    async def wait_ready(self, client: httpx.AsyncClient, timeout_s: float) -> bool:
        """Until /health answers 200 with status healthy (bounded)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if not self.alive():
                return False
            if await health_ok(client, self.base):
                return True
            await asyncio.sleep(0.2)
        return False


async def health_ok(client: httpx.AsyncClient, base: str, timeout_s: float = 2.0) -> bool:
    try:
        r = await client.get(f"{base}/health", timeout=timeout_s)
        return r.status_code == 200 and r.json().get("status") == "healthy"
    except (httpx.HTTPError, ValueError):
        return False


def cli(env: dict[str, str], *args: str, stdin: str | None = None, timeout_s: float = 120) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "mhealth.entrypoints.cli", *args],
        env=env,
        input=stdin.encode() if stdin is not None else None,
        capture_output=True,
        timeout=timeout_s,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"mhealth {' '.join(args[:2])} failed: {done.stderr.decode()[-2000:]}")
    return done.stdout.decode()


# ------------------------------------------------------------------------------------------ requests


@dataclass
class Outcome:
    """What one client request got."""

    n: int
    key: str
    tag: str
    kind: str  # "text" or "audio"
    sent_at: float
    status: int | None = None  # None: no answer within the cap (or the connection broke)
    elapsed_s: float = 0.0
    error_code: str = ""
    retry_after: bool = False
    check_in_id: str = ""
    replayed: bool = False
    failure: str = ""  # the client-side exception, when there was no answer

    @property
    def accepted(self) -> bool:
        return self.status in (200, 201)


def wav_bytes(seed: int, seconds: float = 1.2, rate: int = 16000) -> bytes:
    """A short voiced-like WAV, different for every seed (the duplicate-audio window compares sha256)."""
    rnd = random.Random(seed)
    f0 = 140 + rnd.random() * 80
    frames = bytearray()
    for i in range(int(seconds * rate)):
        t = i / rate
        envelope = 0.6 + 0.4 * math.sin(2 * math.pi * 3 * t)
        sample = sum(math.sin(2 * math.pi * f0 * h * t) / h for h in (1, 2, 3, 4)) * envelope
        sample += (rnd.random() - 0.5) * 0.05
        frames += struct.pack("<h", max(-32767, min(32767, int(sample * 9000))))
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return out.getvalue()


TEXTS = (
    "요즘 밤에 잠이 잘 안 와요. 그래도 낮에는 산책을 했어요.",
    "오늘은 딸이 전화를 해줘서 기분이 좋았어요.",
    "무릎이 좀 아프지만 밥은 잘 먹고 있어요.",
    "혼자 있으니까 좀 외롭네요. 이야기할 사람이 없어요.",
)


@dataclass
class Client:
    base: str
    key: str
    cap_s: float  # a request with no answer by then counts as "no answer"
    http: httpx.AsyncClient = field(init=False)

    def __post_init__(self) -> None:
        self.http = httpx.AsyncClient(
            headers={"X-API-Key": self.key},
            limits=httpx.Limits(max_connections=1000, max_keepalive_connections=1000),
            timeout=httpx.Timeout(self.cap_s, connect=self.cap_s),
        )

    async def aclose(self) -> None:
        await self.http.aclose()

    async def check_in(
        self, senior_id: str, outcome: Outcome, *, audio: bytes | None = None, cap_s: float | None = None
    ) -> Outcome:
        cap = cap_s or self.cap_s
        url = f"{self.base}/v1/seniors/{senior_id}/check-ins"
        headers = {"Idempotency-Key": outcome.key}
        started = time.monotonic()
        outcome.sent_at = started
        try:
            if audio is None:
                text = f"{TEXTS[outcome.n % len(TEXTS)]} {outcome.tag}"
                request = self.http.post(url, json={"text": text, "language": "ko"}, headers=headers)
            else:
                request = self.http.post(
                    url,
                    files={"file": (f"{outcome.tag}.wav", audio, "audio/wav")},
                    headers=headers,
                )
            r = await asyncio.wait_for(request, cap)
        except (httpx.HTTPError, TimeoutError, OSError) as exc:
            outcome.elapsed_s = time.monotonic() - started
            outcome.failure = type(exc).__name__
            return outcome
        outcome.elapsed_s = time.monotonic() - started
        outcome.status = r.status_code
        outcome.retry_after = "retry-after" in r.headers
        with contextlib.suppress(ValueError, AttributeError):
            body = r.json()
            if outcome.accepted:
                outcome.check_in_id = str(body.get("id", ""))
                outcome.replayed = bool(body.get("replayed"))
            else:
                outcome.error_code = str(body.get("error", ""))
        return outcome

    async def check_in_raw(self, senior_id: str, outcome: Outcome) -> Outcome:
        """A text check-in on a connection of its own, by plain HTTP/1.1 over asyncio streams: what a burst
        sends. One httpx client with hundreds of requests at once costs more than the server does (its pool
        is scanned per request: 500 GETs of a trivial endpoint took 11-16 s on the 2-core machine, 0.3-1.1 s
        this way), so it would measure itself. Same Outcome fields and failure names as :meth:`check_in`."""
        url = httpx.URL(self.base)
        text = f"{TEXTS[outcome.n % len(TEXTS)]} {outcome.tag}"
        body = json.dumps({"text": text, "language": "ko"}, ensure_ascii=False).encode()
        head = (
            f"POST /v1/seniors/{senior_id}/check-ins HTTP/1.1\r\nHost: {url.host}:{url.port}\r\n"
            f"X-API-Key: {self.key}\r\nIdempotency-Key: {outcome.key}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        ).encode()
        started = time.monotonic()
        outcome.sent_at = started
        writer = None
        try:
            async with asyncio.timeout(self.cap_s):
                try:
                    reader, writer = await asyncio.open_connection(url.host, url.port)
                except OSError as exc:
                    raise httpx.ConnectError(str(exc)) from exc
                writer.write(head + body)
                await writer.drain()
                raw = await reader.read()
            status, headers, payload = _parse_response(raw)
        except (httpx.HTTPError, TimeoutError, OSError) as exc:
            outcome.elapsed_s = time.monotonic() - started
            outcome.failure = type(exc).__name__ if not isinstance(exc, OSError) else "ReadError"
            return outcome
        finally:
            if writer is not None:
                writer.close()
        outcome.elapsed_s = time.monotonic() - started
        outcome.status = status
        outcome.retry_after = "retry-after" in headers
        with contextlib.suppress(ValueError, AttributeError):
            answer = json.loads(payload)
            if outcome.accepted:
                outcome.check_in_id = str(answer.get("id", ""))
                outcome.replayed = bool(answer.get("replayed"))
            else:
                outcome.error_code = str(answer.get("error", ""))
        return outcome

    async def probe(self, senior_id: str, tag: str) -> bool:
        """One check-in that must succeed (for recovery)."""
        o = Outcome(n=0, key=f"probe-{tag}", tag=tag, kind="text", sent_at=0.0)
        o = await self.check_in(senior_id, o, cap_s=3.0)
        return o.accepted


def _parse_response(raw: bytes) -> tuple[int, dict[str, str], bytes]:
    """Status, lower-case headers and body of one HTTP/1.1 response read to the connection's end."""
    head, sep, body = raw.partition(b"\r\n\r\n")
    if not sep:
        raise httpx.RemoteProtocolError("the connection closed before a complete answer")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    if headers.get("transfer-encoding", "").lower() == "chunked":
        decoded, rest = bytearray(), body
        while rest:
            size_line, _, rest = rest.partition(b"\r\n")
            size = int(size_line.split(b";")[0], 16)
            if size == 0:
                break
            decoded += rest[:size]
            rest = rest[size + 2 :]
        body = bytes(decoded)
    return status, headers, body


async def fire(
    client: Client,
    seniors: Sequence[str],
    run: str,
    count: int,
    *,
    start: int = 0,
    audio: bool = False,
    watch: list[Outcome] | None = None,
    raw: bool = False,
) -> list[Outcome]:
    """``count`` check-ins at once (each its own Idempotency-Key and tag); ``watch`` sees them in flight.

    ``raw``: text check-ins by :meth:`Client.check_in_raw` (a connection each, no httpx pool): the bursts."""
    outcomes = [
        Outcome(n=n, key=f"chaos-{run}-{n}", tag=marker(run, n), kind="audio" if audio else "text", sent_at=0.0)
        for n in range(start, start + count)
    ]
    if watch is not None:
        watch.extend(outcomes)
    if raw and not audio:
        return list(await asyncio.gather(*(client.check_in_raw(seniors[o.n % len(seniors)], o) for o in outcomes)))
    tasks = [client.check_in(seniors[o.n % len(seniors)], o, audio=wav_bytes(o.n) if audio else None) for o in outcomes]
    return list(await asyncio.gather(*tasks))


async def stream(
    client: Client,
    seniors: Sequence[str],
    run: str,
    *,
    workers: int,
    duration_s: float,
    per_worker: int = 200,
    watch: list[Outcome] | None = None,
    stop: asyncio.Event | None = None,
) -> list[Outcome]:
    """``workers`` clients, each sending one check-in after the other for ``duration_s`` (at most
    ``per_worker`` each, none after ``stop`` is set): steady load, as opposed to :func:`fire`'s burst."""
    outcomes: list[Outcome] = watch if watch is not None else []
    deadline = time.monotonic() + duration_s

    async def worker(w: int) -> None:
        for k in range(per_worker):
            if time.monotonic() >= deadline or (stop is not None and stop.is_set()):
                return
            n = w * per_worker + k
            o = Outcome(n=n, key=f"chaos-{run}-{n}", tag=marker(run, n), kind="text", sent_at=0.0)
            outcomes.append(o)
            await client.check_in(seniors[n % len(seniors)], o)

    await asyncio.gather(*(worker(w) for w in range(workers)))
    return outcomes


async def recovery_time(
    client: Client, base: str, senior_id: str, since: float, *, cap_s: float, tag: str
) -> float | None:
    """Seconds from ``since`` until /health is healthy AND a check-in succeeds; None if not within ``cap_s``."""
    attempt = 0
    while time.monotonic() - since < cap_s:
        attempt += 1
        if await health_ok(client.http, base) and await client.probe(senior_id, f"{tag}{marker('r', attempt)}"):
            return time.monotonic() - since
        await asyncio.sleep(0.2)
    return None


def new_run_id() -> str:
    return "".join(secrets.choice(MARKER_LETTERS) for _ in range(3))
