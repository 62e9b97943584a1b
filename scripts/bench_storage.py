"""Storage benchmark on MySQL/MariaDB: check-ins per second through the unit of work, and the year-long
trend query of one senior over a table of 100,000 assessments.

    .venv/bin/python scripts/bench_storage.py [--url mysql+pymysql://root@127.0.0.1:3306/test] [--rows 100000]

Works in a scratch database (``mhealth_bench_<random>``) that it drops at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import msgspec
from sqlalchemy import insert, text

from mhealth.adapters.sql import mapping
from mhealth.adapters.sql.rows import AssessmentRow, CheckInRow, RecordingRow, SeniorRow, TranscriptRow
from mhealth.adapters.sql.schema import upgrade
from mhealth.adapters.sql.testing import (
    mysql_test_url,
    sample_check_in,
    sample_delivery,
    sample_senior,
    scratch_mysql_database,
)
from mhealth.adapters.sql.uow import SqlUnitOfWork
from mhealth.domain.model import new_id

DAYS = 365
BATCH = 2000


def _columns(row: Any) -> dict[str, Any]:
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}


def bulk_load(uow: SqlUnitOfWork, rows: int, now: datetime) -> tuple[list[str], float]:
    """Insert ``rows`` check-ins (one a day per senior over the last year), half with a recording."""
    seniors = [sample_senior() for _ in range(-(-rows // DAYS))]
    template = sample_check_in(seniors[0].id)
    started = time.perf_counter()
    with uow.engine.begin() as connection:
        connection.execute(insert(SeniorRow), [_columns(mapping.senior_to_row(s)) for s in seniors])
    tables: dict[type, list[dict[str, Any]]] = {CheckInRow: [], TranscriptRow: [], AssessmentRow: [], RecordingRow: []}

    def flush() -> None:
        with uow.engine.begin() as connection:
            connection.execute(text("SET SESSION unique_checks=0, foreign_key_checks=0"))
            for table, values in tables.items():
                if values:
                    connection.execute(insert(table), values)
                    values.clear()

    made = 0
    for day in range(DAYS):
        created = now - timedelta(days=DAYS - day, hours=-(day % 7))
        for senior in seniors:
            if made == rows:
                break
            check_in_id = f"{int(created.timestamp() * 1000):012x}{os.urandom(10).hex()}"
            digest = hashlib.sha256(check_in_id.encode()).hexdigest()
            audio = made % 2 == 0
            recording = (
                msgspec.structs.replace(
                    template.recording,
                    id=new_id(),
                    senior_id=senior.id,
                    recorded_at=created,
                    received_at=created,
                    audio=msgspec.structs.replace(template.recording.audio, sha256=digest),
                    blob_key=f"audio/{digest[:2]}/{digest}",
                )
                if audio
                else None
            )
            assessment = msgspec.structs.replace(
                template.assessment,
                id=new_id(),
                timestamp=created,
                depression_score=float(made % 100),
                anxiety_score=float((made * 7) % 100),
            )
            check_in = msgspec.structs.replace(
                template,
                id=check_in_id,
                senior_id=senior.id,
                created_at=created,
                source="audio" if audio else "text",
                recording=recording,
                assessment=assessment,
                idempotency_key=f"bulk-{made}",
            )
            for row in mapping.check_in_to_rows(check_in):
                tables[type(row)].append(_columns(row))
            made += 1
            if made % BATCH == 0:
                flush()
    flush()
    with uow.engine.connect() as connection:
        connection.execute(text("ANALYZE TABLE check_ins, assessments, transcripts, recordings"))
    return [s.id for s in seniors], time.perf_counter() - started


async def check_ins_per_second(uow: SqlUnitOfWork, senior_ids: list[str], total: int, concurrency: int) -> float:
    """Keyed check-in writes through the unit of work: idempotency lookup, check-in, outbox row, commit (the
    reference of ``scripts/chaos``'s throughput target; the use case itself no longer looks the key up first)."""
    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in range(total):
        queue.put_nowait(n)

    async def worker() -> None:
        while not queue.empty():
            n = queue.get_nowait()
            senior_id = senior_ids[n % len(senior_ids)]
            check_in = sample_check_in(senior_id, idempotency_key=f"bench-{concurrency}-{n}", audio=n % 2 == 0)
            async with uow.begin() as tx:
                if await tx.check_ins.find_by_idempotency_key(senior_id, check_in.idempotency_key) is None:
                    await tx.check_ins.add(check_in)
                    await tx.outbox.add(sample_delivery(check_in.assessment.id))
                    await tx.commit()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return total / (time.perf_counter() - started)


async def trend_latencies(
    uow: SqlUnitOfWork, senior_ids: list[str], now: datetime, runs: int
) -> tuple[list[float], int]:
    """Milliseconds for a year of one senior's check-ins (a fresh transaction each time, as a request does)."""
    latencies, rows = [], 0
    for n in range(runs + 20):
        senior_id = senior_ids[n % len(senior_ids)]
        started = time.perf_counter()
        async with uow.begin() as tx:
            page = await tx.check_ins.list_for_senior(senior_id, start=now - timedelta(days=DAYS), end=now, limit=500)
        elapsed = (time.perf_counter() - started) * 1000
        if n >= 20:  # warm-up excluded
            latencies.append(elapsed)
            rows = len(page.items)
    return latencies, rows


async def score_latencies(uow: SqlUnitOfWork, senior_ids: list[str], now: datetime, runs: int) -> list[float]:
    """Milliseconds for a year of one senior's scores only (SqlCheckInRepository.score_points)."""
    latencies = []
    for n in range(runs + 20):
        started = time.perf_counter()
        async with uow.begin() as tx:
            await tx.check_ins.score_points(senior_ids[n % len(senior_ids)], start=now - timedelta(days=DAYS), end=now)
        if n >= 20:
            latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def describe(latencies: list[float]) -> str:
    return (
        f"p50 {percentile(latencies, 50):.2f} ms, p95 {percentile(latencies, 95):.2f} ms, "
        f"p99 {percentile(latencies, 99):.2f} ms"
    )


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default=mysql_test_url(), help="server to use (a scratch database is created)")
    parser.add_argument("--rows", type=int, default=100_000, help="assessments to load")
    parser.add_argument("--check-ins", type=int, default=2000, help="check-ins written per measurement")
    parser.add_argument("--trend-runs", type=int, default=300)
    args = parser.parse_args()

    now = datetime.now(UTC)
    with scratch_mysql_database(args.url, prefix="mhealth_bench") as url:
        upgrade(url)
        uow = SqlUnitOfWork(url, max_workers=8)
        try:
            senior_ids, load_s = bulk_load(uow, args.rows, now)
            print(f"bulk load: {args.rows} check-ins+assessments for {len(senior_ids)} seniors in {load_s:.1f}s")
            latencies, rows = await trend_latencies(uow, senior_ids, now, args.trend_runs)
            print(
                f"year of full check-ins (list_for_senior, {DAYS} days, {rows} rows, {args.trend_runs} runs): "
                f"{describe(latencies)}, mean {statistics.fmean(latencies):.2f} ms"
            )
            scores = await score_latencies(uow, senior_ids, now, args.trend_runs)
            print(f"year of scores (score_points, {DAYS} days, {rows} rows): {describe(scores)}")
            # The same queries over 10 seniors whose pages stay cached: the cost once the working set is in
            # the buffer pool (a 128 MB default pool cannot hold 100,000 assessments; Cloud SQL's can).
            warm, _ = await trend_latencies(uow, senior_ids[:10], now, args.trend_runs)
            print(f"  warm cache, list_for_senior: {describe(warm)}")
            warm = await score_latencies(uow, senior_ids[:10], now, args.trend_runs)
            print(f"  warm cache, score_points: {describe(warm)}")
            for concurrency in (1, 8):
                rate = await check_ins_per_second(uow, senior_ids, args.check_ins, concurrency)
                print(f"check-ins through the unit of work, {concurrency} concurrent: {rate:.0f}/s")
        finally:
            await uow.aclose()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
