"""The scenarios, the table and the targets of ``scripts/chaos`` (see docs/operations.md)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import os
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.chaos.checks import Verdict, inspect
from tests.chaos.harness import (
    MARKER_LETTERS,
    ROOT,
    Client,
    Database,
    Outcome,
    Server,
    cli,
    fire,
    free_port,
    health_ok,
    new_run_id,
    recovery_time,
    scratch_database,
    stream,
)
from tests.chaos.proxy import FaultProxy, ProxyProcess


@dataclass(frozen=True)
class Profile:
    quick: bool
    bursts: tuple[int, ...]
    blackhole_s: float
    cap_s: float  # the client gives up on a request after this (it is then "no answer")
    recovery_cap_s: float
    bench_check_ins: int

    @classmethod
    def make(cls, quick: bool) -> Profile:
        if quick:
            return cls(True, (50, 500), 15.0, 10.5, 6.0, 400)
        return cls(False, (50, 200, 500), 60.0, 15.0, 20.0, 1000)


@dataclass
class Result:
    name: str
    outcomes: list[Outcome]
    verdict: Verdict
    wall_s: float  # first request sent -> last answer (or give-up)
    recovery_s: float | None = None
    notes: list[str] = field(default_factory=list)
    targets: list[tuple[str, bool]] = field(default_factory=list)

    # -- counts ------------------------------------------------------------------------------------
    def count(self, pred: Callable[[Outcome], bool]) -> int:
        return sum(1 for o in self.outcomes if pred(o))

    @property
    def accepted(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.accepted]

    @property
    def accepted_per_s(self) -> float:
        acc = self.accepted
        if not acc:
            return 0.0
        first = min(o.sent_at for o in self.outcomes)
        last = max(o.sent_at + o.elapsed_s for o in acc)
        return len(acc) / max(last - first, 1e-6)

    def row(self) -> dict[str, str]:
        acc = sorted(o.elapsed_s for o in self.accepted)
        s503 = self.count(lambda o: o.status == 503)
        s503_ra = self.count(lambda o: o.status == 503 and o.retry_after)
        answered = [o.elapsed_s for o in self.outcomes if o.status is not None]
        return {
            "scenario": self.name,
            "sent": str(len(self.outcomes)),
            "accepted": f"{len(acc)} ({self.count(lambda o: o.status == 200)} replayed)",
            "503 (Retry-After)": f"{s503} ({s503_ra})",
            "other 4xx": str(self.count(lambda o: o.status is not None and 400 <= o.status < 500)),
            "5xx not 503": str(self.count(lambda o: o.status is not None and o.status >= 500 and o.status != 503)),
            "no answer": str(self.count(lambda o: o.status is None)),
            "p50 / p99 accepted": f"{_pct(acc, 50):.2f} / {_pct(acc, 99):.2f} s" if acc else "-",
            "max answer": f"{max(answered):.2f} s" if answered else "-",
            "accepted/s": f"{self.accepted_per_s:.0f}",
            "lost": str(len(self.verdict.lost)),
            "duplicated": str(len(self.verdict.duplicated)),
            "half-written": str(len(self.verdict.half_written)),
            "failed but stored": str(len(self.verdict.failed_but_stored)),
            "recovery": f"{self.recovery_s:.1f} s" if self.recovery_s is not None else "none",
        }


def _pct(sorted_values: list[float], p: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, round(p / 100 * (len(sorted_values) - 1)))]


# ------------------------------------------------------------------------------------------ the run


class Run:
    def __init__(self, profile: Profile, db: Database, work: Path, *, proxy_in_loop: bool = False) -> None:
        self.profile = profile
        self.db = db
        self.work = work
        self.blob_dir = work / "blobs"
        # The proxy runs in a process of its own: in this (the load generator's) event loop, the server's
        # database round trips would wait behind the client's work during a burst (docs/operations.md).
        self.proxy: FaultProxy | ProxyProcess = FaultProxy(db.port) if proxy_in_loop else ProxyProcess(db.port)
        self.run_id = new_run_id()
        self.results: list[Result] = []
        self.seniors: list[str] = []
        self.bench_rates: list[float] = []
        self._slugs: dict[str, str] = {}
        self.server: Server
        self.client: Client
        self.storage_bench = StorageBench(_load_bench(), db.direct_url, profile.bench_check_ins)

    # -- set-up ------------------------------------------------------------------------------------

    async def setup(self) -> None:
        await self.proxy.start()
        self.blob_dir.mkdir(mode=0o700)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.work),
            "PYTHONPATH": f"{ROOT / 'src'}:{ROOT}",
            "MHEALTH_DATA_DIR": str(self.work / "data"),
            "MHEALTH_DATABASE_URL": self.db.via(self.proxy.port),
            "MHEALTH_ANALYZER": "local",
            "MHEALTH_SPEECH": "memory",
            "MHEALTH_ANALYTICS": "database",
            "MHEALTH_AUTH": "required",
            "MHEALTH_JWT_SECRET": os.urandom(32).hex(),
            "MHEALTH_PSEUDONYM_KEY": os.urandom(32).hex(),
            "MHEALTH_BLOBS": f"file://{self.blob_dir}",
            # One service client sends everything: the per-client limit (600/min) would answer 429 and
            # hide what the server does under load. The suite measures capacity, not the rate limiter.
            "MHEALTH_RATE_LIMIT_PER_MINUTE": "0",
            "MHEALTH_LOG_LEVEL": "WARNING",
            "MHEALTH_ACCESS_LOG": "false",
        }
        for passthrough in ("VIRTUAL_ENV", "LANG", "LC_ALL", "TMPDIR"):
            if passthrough in os.environ:
                env[passthrough] = os.environ[passthrough]
        for name, value in os.environ.items():  # the operator's own MHEALTH_* (pool sizes, limits) win
            if name.startswith("MHEALTH_") and name not in env and not name.startswith("MHEALTH_TEST_"):
                env[name] = value
        direct = dict(env, MHEALTH_DATABASE_URL=self.db.direct_url)
        await asyncio.to_thread(cli, direct, "db", "upgrade")
        key = (await asyncio.to_thread(cli, direct, "keys", "create", "--name", "chaos", "--all-seniors")).strip()
        self.server = Server(env=env, port=free_port(), log_path=self.work / "server.log")
        self.client = Client(self.server.base, key, self.profile.cap_s)
        self.server.start()
        if not await self.server.wait_ready(self.client.http, 90):
            raise SystemExit(f"the server did not become healthy:\n{_tail(self.server.log_path)}")
        for n in range(20):
            r = await self.client.http.post(
                f"{self.server.base}/v1/seniors", json={"display_name": f"어르신 {n}", "consent_audio": True}
            )
            r.raise_for_status()
            self.seniors.append(r.json()["id"])

    async def teardown(self) -> None:
        with contextlib.suppress(Exception):
            self.server.kill9()
        with contextlib.suppress(Exception):
            await self.client.aclose()
        await self.proxy.stop()
        with contextlib.suppress(OSError):
            self.blob_dir.chmod(0o700)
        await self.storage_bench.aclose()

    # -- helpers -------------------------------------------------------------------------------------

    async def ensure_healthy(self, name: str) -> str | None:
        """Before a scenario: a healthy server, restarted (kill -9) if it is wedged. Returns a note."""
        self.proxy.pass_through()
        if (
            self.server.alive()
            and await health_ok(self.client.http, self.server.base)
            and await self.client.probe(self.seniors[0], f"{self.key_run(name)}pre")
        ):  # /health alone can look fine while every check-in hangs
            return None
        self.server.kill9()
        started = time.monotonic()
        self.server.start()
        if not await self.server.wait_ready(self.client.http, 60):
            raise SystemExit(f"the server did not come back before {name}:\n{_tail(self.server.log_path)}")
        return (
            f"server was wedged or down before this scenario: restarted (healthy in {time.monotonic() - started:.1f} s)"
        )

    def recover_from(self, name: str, since: float, cap_s: float | None = None) -> asyncio.Task[float | None]:
        """Start measuring recovery at ``since`` (the fault's end), while late answers still come in."""
        return asyncio.create_task(
            recovery_time(
                self.client,
                self.server.base,
                self.seniors[0],
                since,
                cap_s=cap_s or self.profile.recovery_cap_s,
                tag=self.key_run(name),
            )
        )

    async def finish(
        self,
        name: str,
        outcomes: list[Outcome],
        started: float,
        recovery: asyncio.Task[float | None] | None,
        audio: bool = False,
        retry: bool = False,
    ) -> Result:
        wall = max((o.sent_at + o.elapsed_s for o in outcomes), default=started) - started
        rec = await (recovery if recovery is not None else self.recover_from(name, time.monotonic()))
        prefix, blobs = f"chaos-{self.key_run(name)}-", self.blob_dir if audio else None
        verdict = await asyncio.to_thread(inspect, self.db, prefix, outcomes, blobs)
        result = Result(name, outcomes, verdict, wall, rec)
        self.results.append(result)
        if retry and rec is not None:
            await self.retry_failed(result, prefix, blobs)
        return result

    async def retry_failed(self, result: Result, prefix: str, blobs: Path | None) -> None:
        """What a careful client does after the outage: send every request that got no success again, with
        the same Idempotency-Key. A stored one must come back 200 ``replayed`` with the stored id; the rest
        201; and the database must still hold one row per request."""
        failed = [o for o in result.outcomes if not o.accepted][:200]
        retries = [Outcome(n=o.n, key=o.key, tag=o.tag, kind=o.kind, sent_at=0.0) for o in failed]
        gate = asyncio.Semaphore(8)

        async def send(o: Outcome) -> Outcome:
            async with gate:
                return await self.client.check_in(self.seniors[o.n % len(self.seniors)], o)

        retries = list(await asyncio.gather(*(send(o) for o in retries)))
        stored_before = result.verdict.stored_ids
        wrong = []
        for o in retries:
            if o.key in stored_before:
                if not (o.status == 200 and o.replayed and o.check_in_id == stored_before[o.key]):
                    wrong.append(f"{o.key} stored as {stored_before[o.key]}, retry got {o.status} {o.error_code}")
            elif o.status != 201:
                wrong.append(f"{o.key} not stored, retry got {o.status} {o.error_code or o.failure}")
        after = await asyncio.to_thread(inspect, self.db, prefix, result.outcomes + retries, blobs)
        result.verdict.lost, result.verdict.duplicated = after.lost, after.duplicated
        result.verdict.half_written = after.half_written
        result.notes.append(
            f"retried {len(retries)} unsuccessful requests with their Idempotency-Key after recovery: "
            f"{sum(1 for o in retries if o.status == 200)} replayed, {sum(1 for o in retries if o.status == 201)} "
            f"stored now, {len(wrong)} wrong" + (f" (e.g. {'; '.join(wrong[:2])})" if wrong else "")
        )
        result.targets.append(("retry with the same Idempotency-Key: replay if stored, else 201", not wrong))

    def key_run(self, name: str) -> str:
        """A letters-only slug per scenario: Idempotency-Keys and transcript tags are built from it."""
        if name not in self._slugs:
            self._slugs[name] = self.run_id + MARKER_LETTERS[len(self._slugs) % len(MARKER_LETTERS)] * 2
        return self._slugs[name]

    async def bench_storage(self) -> float:
        rate = await self.storage_bench.measure()
        self.bench_rates.append(rate)
        return rate

    # -- scenarios -------------------------------------------------------------------------------------

    async def burst(self, size: int) -> Result:
        name = f"burst {size}"
        note = await self.ensure_healthy(name)
        started = time.monotonic()
        outcomes = await fire(self.client, self.seniors, self.key_run(name), size, raw=True)
        result = await self.finish(name, outcomes, started, None)
        if note:
            result.notes.append(note)
        answered = all(
            o.status is not None and o.elapsed_s <= 5.0 and (o.accepted or (o.status == 503 and o.retry_after))
            for o in outcomes
        )
        acc = sorted(o.elapsed_s for o in result.accepted)
        result.targets += [
            ("0 x 5xx", result.count(lambda o: o.status is not None and o.status >= 500 and o.status != 503) == 0),
            ("every request answered 201/200 or 503+Retry-After within 5 s", answered),
            ("p99 of accepted <= 2 s", bool(acc) and _pct(acc, 99) <= 2.0),
            ("0 lost", not result.verdict.lost),
            ("0 duplicated", not result.verdict.duplicated),
            ("0 half-written", not result.verdict.half_written),
            ("healthy right after (<= 5 s)", result.recovery_s is not None and result.recovery_s <= 5.0),
        ]
        return result

    async def db_reset(self) -> Result:
        name = "db reset"
        note = await self.ensure_healthy(name)
        started = time.monotonic()
        load = asyncio.create_task(stream(self.client, self.seniors, self.key_run(name), workers=8, duration_s=4.0))
        resets = 0
        for _ in range(3):  # three resets 0.5 s apart, while the check-ins run
            await asyncio.sleep(0.5)
            resets += self.proxy.reset()
        recovery = self.recover_from(name, time.monotonic())
        outcomes = await load
        result = await self.finish(name, outcomes, started, recovery, retry=True)
        result.notes.append(f"8 clients one after the other for 4 s; {resets} database connections reset")
        if note:
            result.notes.append(note)
        result.targets += self._fault_targets(result, answer_cap=10.0)
        return result

    async def db_blackhole(self) -> Result:
        name = "db blackhole"
        note = await self.ensure_healthy(name)
        duration = self.profile.blackhole_s
        started = time.monotonic()
        self.proxy.blackhole()
        tasks: list[asyncio.Task[list[Outcome]]] = []
        n = 0
        # 4 check-ins a second through the outage (bounded: 4 x duration requests)
        for _ in range(int(duration * 2)):
            tasks.append(asyncio.create_task(fire(self.client, self.seniors, self.key_run(name), 2, start=n)))
            n += 2
            await asyncio.sleep(0.5)
        self.proxy.pass_through()
        recovery = self.recover_from(name, time.monotonic())
        outcomes = [o for batch in await asyncio.gather(*tasks) for o in batch]
        result = await self.finish(name, outcomes, started, recovery, retry=True)
        if note:
            result.notes.append(note)
        result.notes.append(f"blackhole {duration:.0f} s, {self.proxy.connections_total} proxy connections so far")
        result.targets += self._fault_targets(result, answer_cap=10.0)
        return result

    async def db_slow(self) -> Result:
        name = "db slow"
        note = await self.ensure_healthy(name)
        self.proxy.slow(0.05)
        started = time.monotonic()
        outcomes = await stream(self.client, self.seniors, self.key_run(name), workers=8, duration_s=4.0)
        self.proxy.pass_through()
        result = await self.finish(name, outcomes, started, None)
        result.notes.append("8 clients one after the other for 4 s; 50 ms added to every chunk each way")
        if note:
            result.notes.append(note)
        result.targets += self._fault_targets(result, answer_cap=10.0)
        return result

    async def blob_unwritable(self) -> Result:
        name = "blob unwritable"
        note = await self.ensure_healthy(name)
        with unwritable(self.blob_dir) as how:
            started = time.monotonic()
            outcomes = await fire(self.client, self.seniors, self.key_run(name), 20, audio=True)
        result = await self.finish(name, outcomes, started, None, audio=True)
        result.notes.append(how)
        if note:
            result.notes.append(note)
        result.targets += [
            (
                "every audio check-in answered 503 + Retry-After (or stored)",
                all(o.accepted or (o.status == 503 and o.retry_after) for o in outcomes),
            ),
            *self._fault_targets(result, answer_cap=10.0),
        ]
        return result

    async def kill9(self) -> Result:
        name = "kill -9"
        note = await self.ensure_healthy(name)
        started = time.monotonic()
        watch: list[Outcome] = []
        stop = asyncio.Event()  # no new requests once the server is going: only those in flight count
        load = asyncio.create_task(
            stream(self.client, self.seniors, self.key_run(name), workers=16, duration_s=6.0, watch=watch, stop=stop)
        )
        await _mid_load(watch)
        stop.set()
        self.server.kill9()
        outcomes = await load
        self.server.start()
        restarted = time.monotonic()
        result = await self.finish(name, outcomes, started, self.recover_from(name, restarted, 90.0), retry=True)
        result.notes.append(
            "16 clients one after the other; kill -9 mid-load; recovery (start-up included) from the restart"
        )
        if note:
            result.notes.append(note)
        result.targets += [
            ("0 lost", not result.verdict.lost),
            ("0 duplicated", not result.verdict.duplicated),
            ("0 half-written", not result.verdict.half_written),
        ]
        return result

    async def sigterm(self) -> Result:
        name = "SIGTERM"
        note = await self.ensure_healthy(name)
        started = time.monotonic()
        watch: list[Outcome] = []
        stop = asyncio.Event()  # no new requests once the server is going: only those in flight count
        load = asyncio.create_task(
            stream(self.client, self.seniors, self.key_run(name), workers=64, duration_s=6.0, watch=watch, stop=stop)
        )
        await _mid_load(watch)
        stop.set()
        exit_s = await asyncio.to_thread(self.server.sigterm, 12.0)
        self.server.kill9()  # still running after 12 s, or a worker left behind
        outcomes = await load
        self.server.start()
        restarted = time.monotonic()
        result = await self.finish(name, outcomes, started, self.recover_from(name, restarted, 90.0), retry=True)
        result.notes.append(
            f"exited {exit_s:.1f} s after SIGTERM" if exit_s is not None else "still running 12 s after SIGTERM"
        )
        if note:
            result.notes.append(note)
        result.targets += [
            ("exits within 10 s of SIGTERM", exit_s is not None and exit_s <= 10.0),
            (
                "requests in flight answered, or refused unprocessed",
                all(o.status is not None or _refused_unprocessed(o, result.verdict.stored_ids) for o in outcomes),
            ),
            ("0 lost", not result.verdict.lost),
            ("0 duplicated", not result.verdict.duplicated),
            ("0 half-written", not result.verdict.half_written),
        ]
        return result

    @staticmethod
    def _fault_targets(result: Result, *, answer_cap: float) -> list[tuple[str, bool]]:
        return [
            (
                f"every request answered within {answer_cap:.0f} s",
                all(o.status is not None and o.elapsed_s <= answer_cap for o in result.outcomes),
            ),
            (
                "0 x 5xx other than 503",
                result.count(lambda o: o.status is not None and o.status > 503) == 0
                and result.count(lambda o: o.status == 500) == 0,
            ),
            ("recovery within 5 s", result.recovery_s is not None and result.recovery_s <= 5.0),
            ("no failure answer for a stored check-in", not result.verdict.failed_but_stored),
            ("0 lost", not result.verdict.lost),
            ("0 duplicated", not result.verdict.duplicated),
            ("0 half-written", not result.verdict.half_written),
        ]


async def _mid_load(watch: list[Outcome], *, answers: int = 30, cap_s: float = 3.0) -> None:
    """Until ``answers`` requests were answered, or ``cap_s`` passed (a wedged server answers none)."""
    deadline = time.monotonic() + cap_s
    while time.monotonic() < deadline and sum(1 for o in watch if o.status is not None) < answers:
        await asyncio.sleep(0.05)


@contextlib.contextmanager
def unwritable(blob_dir: Path) -> Iterator[str]:
    """The blob directory made unwritable: mode 000, and, for root (whom modes do not stop), a regular file
    where the store's ``audio/`` tree must be, so every write fails (ENOTDIR) as a full or read-only disk."""
    audio, aside = blob_dir / "audio", blob_dir / "audio.chaos-aside"
    as_root = os.geteuid() == 0
    if as_root:
        if audio.exists():
            audio.rename(aside)
        audio.write_bytes(b"")
    blob_dir.chmod(0o000)
    try:
        yield "blob directory mode 000" + (" and audio/ replaced by a file (running as root)" if as_root else "")
    finally:
        blob_dir.chmod(0o700)
        if as_root:
            audio.unlink(missing_ok=True)
            if aside.exists():
                aside.rename(audio)


# ------------------------------------------------------------------------------------------ storage bench


def _load_bench() -> ModuleType:
    path = ROOT / "scripts" / "bench_storage.py"
    spec = importlib.util.spec_from_file_location("bench_storage", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class StorageBench:
    """scripts/bench_storage.py's measure (check-ins through the unit of work, 8 concurrent) in a scratch
    database of its own on the same server, so its rows never mix with the scenarios'. Made once, measured
    before and after the 500 burst."""

    def __init__(self, bench: Any, direct_url: str, check_ins: int) -> None:
        self.bench, self.direct_url, self.check_ins = bench, direct_url, check_ins
        self.rounds = 0
        self._stack = contextlib.ExitStack()
        self._uow: Any = None

    def _prepare(self) -> None:
        from mhealth.adapters.sql.schema import upgrade
        from mhealth.adapters.sql.testing import scratch_mysql_database
        from mhealth.adapters.sql.uow import SqlUnitOfWork

        url = self._stack.enter_context(scratch_mysql_database(self.direct_url, prefix="mhealth_chaos_bench"))
        upgrade(url)
        self._uow = SqlUnitOfWork(url, max_workers=8)

    def _seniors(self) -> list[str]:
        from datetime import UTC, datetime

        ids, _ = self.bench.bulk_load(self._uow, 730, datetime.now(UTC))
        return list(ids)

    async def prepare(self) -> None:
        """The scratch database and schema (may overlap the server's start-up; measuring may not)."""
        if self._uow is None:
            await asyncio.to_thread(self._prepare)

    async def measure(self) -> float:
        await self.prepare()
        # bench_storage keys its check-ins "bench-<concurrency>-<n>" per senior: fresh seniors every round,
        # or the second round would find every key already stored and write nothing
        ids = await asyncio.to_thread(self._seniors)
        self.rounds += 1
        rate: float = await self.bench.check_ins_per_second(self._uow, ids, self.check_ins, 8)
        return rate

    async def aclose(self) -> None:
        if self._uow is not None:
            await self._uow.aclose()
        await asyncio.to_thread(self._stack.close)


# ------------------------------------------------------------------------------------------ output


COLUMNS = (
    "scenario",
    "sent",
    "accepted",
    "503 (Retry-After)",
    "other 4xx",
    "5xx not 503",
    "no answer",
    "p50 / p99 accepted",
    "max answer",
    "accepted/s",
    "lost",
    "duplicated",
    "half-written",
    "failed but stored",
    "recovery",
)


def table(results: list[Result]) -> str:
    rows = [r.row() for r in results]
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(row[c] for c in COLUMNS) + " |" for row in rows]
    return "\n".join(lines)


def details(result: Result) -> str:
    out = [f"## {result.name}"]
    out += [f"  note: {n}" for n in result.notes]
    codes: dict[str, int] = {}
    for o in result.outcomes:
        if not o.accepted:
            label = f"{o.status} {o.error_code}".strip() if o.status is not None else f"no answer ({o.failure})"
            codes[label] = codes.get(label, 0) + 1
    if codes:
        out.append("  failures: " + ", ".join(f"{k} x{v}" for k, v in sorted(codes.items())))
    v = result.verdict
    out.append(
        f"  database: {v.stored} rows; no answer but stored {v.unanswered_stored}; "
        f"503 outcome_unknown and stored {v.unknown_and_stored}"
    )
    for label, items in (
        ("lost", v.lost),
        ("duplicated", v.duplicated),
        ("half-written", v.half_written),
        ("failed but stored", v.failed_but_stored),
    ):
        if items:
            out.append(f"  {label}: {len(items)}, e.g. " + "; ".join(items[:3]))
    for target, ok in result.targets:
        out.append(f"  [{'PASS' if ok else 'FAIL'}] {target}")
    return "\n".join(out)


# ------------------------------------------------------------------------------------------ main


SCENARIOS = ("bursts", "reset", "blackhole", "slow", "blob", "kill", "sigterm")


async def main_async(args: argparse.Namespace) -> int:

    profile = Profile.make(args.quick)
    if args.blackhole_s:
        profile = Profile(**{**profile.__dict__, "blackhole_s": float(args.blackhole_s)})
    chosen = args.only.split(",") if args.only else list(SCENARIOS)
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="mhealth-chaos-") as tmp, scratch_database(args.url) as db:
        work = Path(tmp)
        run = Run(profile, db, work, proxy_in_loop=args.proxy == "loop")
        bench_ready = asyncio.create_task(run.storage_bench.prepare())
        try:
            await run.setup()
            await bench_ready
            print(f"server up on {run.server.base}, database {db.name} via proxy :{run.proxy.port}", flush=True)
            plan: list[Callable[[], Awaitable[Result]]] = []
            if "bursts" in chosen:
                for size in profile.bursts:
                    plan.append(lambda size=size: run.burst(size))  # type: ignore[misc]
            named = {
                "reset": run.db_reset,
                "blackhole": run.db_blackhole,
                "slow": run.db_slow,
                "blob": run.blob_unwritable,
                "kill": run.kill9,
                "sigterm": run.sigterm,
            }
            plan += [named[name] for name in SCENARIOS if name in named and name in chosen]
            if "bursts" in chosen and 500 in profile.bursts:
                print("storage bench (scripts/bench_storage.py, 8 concurrent) ...", flush=True)
                await run.bench_storage()
            for step in plan:
                began = time.monotonic()
                result = await step()
                result.notes.append(f"scenario took {time.monotonic() - began:.0f} s")
                print(details(result), flush=True)
                if result.name == "burst 500":
                    await run.bench_storage()  # alternate: bench, burst, bench
        finally:
            with contextlib.suppress(Exception):
                await bench_ready  # never close its database while it is being made
            await run.teardown()
            log_tail = _tail(run.server.log_path) if hasattr(run, "server") else ""
    elapsed = time.monotonic() - t0
    print()
    print(table(run.results))
    failed = [(r.name, t) for r in run.results for t, ok in r.targets if not ok]
    if args_speed_ungated := bool(args.correctness_only):
        slow = [(name, t) for name, t in failed if is_speed_target(t)]
        failed = [(name, t) for name, t in failed if not is_speed_target(t)]
        for name, target in slow:
            print(f"  (not gated: --correctness-only) {name}: {target}")
    big = next((r for r in run.results if r.name == "burst 500"), None)
    if big is not None and run.bench_rates:
        bench = statistics.fmean(run.bench_rates)
        ratio = big.accepted_per_s / bench if bench else 0.0
        ok = ratio >= 0.7
        rates = ", ".join(f"{x:.0f}" for x in run.bench_rates)
        print(
            f"\nthroughput: burst 500 accepted {big.accepted_per_s:.0f}/s vs storage alone {bench:.0f}/s "
            f"(bench runs: {rates}) = {ratio:.2f}x [{'PASS' if ok else 'FAIL'} >= 0.7x]"
        )
        if not ok and not args_speed_ungated:
            failed.append(("burst 500", "accepted/s >= 0.7x storage bench"))
    print(f"\n{'quick' if profile.quick else 'full'} run took {elapsed:.0f} s; server starts: {run.server.starts}")
    if failed:
        print(f"\nFAILED {len(failed)} target(s):")
        for name, target in failed:
            print(f"  {name}: {target}")
        if log_tail:
            print(f"\nlast lines of the server log:\n{log_tail}")
        return 1
    print("\nall targets met")
    return 0


def _refused_unprocessed(o: Outcome, stored_ids: dict[str, str]) -> bool:
    """A request the stopping server never processed: its connection refused, or a kept-alive connection
    closed under it (Granian closes idle keep-alive connections on SIGTERM; a request racing that close gets
    a read error) with nothing stored under its key (checked in the database before any retry)."""
    if o.failure == "ConnectError":
        return True
    return o.failure in ("ReadError", "RemoteProtocolError") and o.key not in stored_ids


def _tail(path: Path, lines: int = 15) -> str:
    try:
        text = path.read_text(errors="replace").splitlines()
    except OSError:
        return ""
    return "\n".join(line[:300] for line in text[-lines:])


SPEED_MARKS = ("p99", "accepted/s", "or 503+Retry-After within", "answered within", "(<= 5 s)", "recovery within")


def is_speed_target(target: str) -> bool:
    """A target about how fast (p99, throughput, answered or recovered within N s), not about what happened.

    CI's noisy shared machines gate only on what happened (lost, duplicated, half-written, 5xx, replays, the
    exit after SIGTERM): ``--correctness-only`` reports the speed targets without failing on them."""
    return any(mark in target for mark in SPEED_MARKS)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="scripts/chaos", description=__doc__)
    p.add_argument("--quick", action="store_true", help="the short version for CI (< 3 minutes on 2 cores)")
    p.add_argument(
        "--correctness-only",
        action="store_true",
        help="fail only on what happened (lost, duplicated, half-written, 5xx, ...); report speed targets",
    )
    p.add_argument("--only", help=f"comma-separated scenarios out of {','.join(SCENARIOS)}")
    p.add_argument("--blackhole-s", type=float, help="override the blackhole duration")
    p.add_argument(
        "--proxy",
        choices=("process", "loop"),
        default="process",
        help="where the database proxy runs: a process of its own (default) or the load generator's event loop",
    )
    p.add_argument(
        "--url",
        default=os.environ.get("MHEALTH_TEST_MYSQL_URL") or None,
        help="MariaDB/MySQL server on 127.0.0.1 (a scratch database is created and dropped)",
    )
    args = p.parse_args(argv)
    if args.url is None:
        from mhealth.adapters.sql.testing import mysql_test_url

        args.url = mysql_test_url()
    return args


def main(argv: list[str] | None = None) -> int:
    return asyncio.run(main_async(parse_args(argv)))
