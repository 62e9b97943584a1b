"""Web app benchmark: server time and SQL statements per page with 50 seniors and a year of daily check-ins
on SQLite (the embedded default), against the API's own trend read of the same data in the same run.

    .venv/bin/python scripts/bench_web.py [--seniors 50] [--days 365] [--rounds 5] [--requests 10]

The application runs in process (the real app: edge middleware, session cookie, templates) behind httpx's
ASGI transport, so what is timed is the server's work for one request. ABAB: each round times every page,
then the reference (``GET /v1/seniors/{id}/trend`` with a bearer token), ``--requests`` times each; the
report is the median of the round medians, their spread, and the ratio to the reference. A guardian linked
to every senior signs in through /app/login, as a person would.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import logging
import re
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import msgspec
from dependency_injector import providers
from sqlalchemy import event, insert

from mhealth.adapters.memory.passwords import InMemoryPasswordHasher
from mhealth.adapters.sql import mapping
from mhealth.adapters.sql.rows import AssessmentRow, CheckInRow, RecordingRow, SeniorRow, TranscriptRow
from mhealth.adapters.sql.testing import sample_check_in, sample_senior
from mhealth.domain.model import WEEKDAYS, RiskLevel, Role, utcnow
from mhealth.domain.usecases.care import ChannelInput, MemberInput, ScheduleTimeInput
from mhealth.entrypoints.container import create_container
from mhealth.entrypoints.http.app import create_app
from mhealth.entrypoints.http.rsgi import Lifespan
from mhealth.testing import offline_settings

SECRET = "bench-web-secret-" + "x" * 32
PASSWORD = "correct horse battery"  # noqa: S105 - a throwaway account in a temporary database
CRISIS = "번개탄을 사다 놨어요. 이제 다 정리했어요."
LEVELS = (RiskLevel.LOW, RiskLevel.LOW, RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH)


def _columns(row: Any) -> dict[str, Any]:
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}


def bulk_load(engine: Any, seniors: int, days: int) -> list[str]:
    """``seniors`` seniors with one text check-in a day for ``days`` days (varied scores and levels)."""
    now = utcnow()
    people = [msgspec.structs.replace(sample_senior(), display_name=f"어르신 {n:02d}") for n in range(seniors)]
    template = sample_check_in(people[0].id, audio=False)
    with engine.begin() as connection:
        connection.execute(insert(SeniorRow), [_columns(mapping.senior_to_row(s)) for s in people])
    tables: dict[type, list[dict[str, Any]]] = {CheckInRow: [], TranscriptRow: [], AssessmentRow: [], RecordingRow: []}
    made = 0
    for senior in people:
        for day in range(days):
            created = now - timedelta(days=days - day, hours=day % 5)
            check_in_id = f"{int(created.timestamp() * 1000):012x}{hashlib.sha256(f'{made}'.encode()).hexdigest()[:20]}"
            assessment = msgspec.structs.replace(
                template.assessment,
                id=hashlib.sha256(check_in_id.encode()).hexdigest()[:32],
                timestamp=created,
                depression_score=float((day * 13 + made) % 60),
                anxiety_score=float((day * 7) % 50),
                cognitive_score=float(100 - (day * 3) % 30),
                risk_level=LEVELS[(day + made) % len(LEVELS)],
            )
            check_in = msgspec.structs.replace(
                template,
                id=check_in_id,
                senior_id=senior.id,
                created_at=created,
                assessment=assessment,
                idempotency_key=f"bulk-{made}",
            )
            for row in mapping.check_in_to_rows(check_in):
                tables[type(row)].append(_columns(row))
            made += 1
        with engine.begin() as connection:
            for table, values in tables.items():
                if values:
                    connection.execute(insert(table), values)
                    values.clear()
    return [s.id for s in people]


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seniors", type=int, default=50)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=10)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    for noisy in ("httpx", "mhealth"):
        logging.getLogger(noisy).setLevel(logging.ERROR)

    with tempfile.TemporaryDirectory(prefix="mhealth-bench-web-") as tmp:
        settings = offline_settings(
            database_url=f"sqlite:///{Path(tmp) / 'bench.db'}",
            auth="required",
            jwt_secret=SECRET,
            rate_limit_per_minute=0,
            login_rate_limit_per_minute=0,
            access_log=False,
        )
        container = create_container(settings)
        container.password_hasher.override(providers.Object(InMemoryPasswordHasher()))
        app = create_app(container=container)
        lifespan = Lifespan(app)
        await lifespan.startup()
        try:
            return await run(container, app, args)
        finally:
            await lifespan.shutdown()


async def run(container: Any, app: Any, args: argparse.Namespace) -> int:
    engine = container.uow().engine
    started = time.perf_counter()
    senior_ids = bulk_load(engine, args.seniors, args.days)
    print(f"loaded {args.seniors} seniors x {args.days} daily check-ins in {time.perf_counter() - started:.1f} s")
    mh = container.mhealth()
    crisis = None
    for senior_id in senior_ids[:10]:  # ten seniors with an open alert
        crisis = await mh.check_in_text(senior_id, CRISIS)
    assert crisis is not None and crisis.alert is not None
    access = container.access()
    guardian = await access.create_user(email="guardian@example.kr", password=PASSWORD, role=Role.GUARDIAN)
    for senior_id in senior_ids:
        await access.link(guardian.id, senior_id, by="bench")
    await access.create_user(email="admin@example.kr", password=PASSWORD, role=Role.ADMIN)
    # the first senior's team page shows a care team of three and a daily schedule (and, for the admin, the forms)
    await mh.set_care_team(
        senior_ids[0],
        [
            MemberInput(
                role="guardian", user_id=guardian.id, channels=[ChannelInput(kind="sms", address="01012345678")]
            ),
            MemberInput(
                role="social_worker", name="박복지사", channels=[ChannelInput(kind="email", address="sw@example.kr")]
            ),
            MemberInput(role="on_call", name="상황실", channels=[ChannelInput(kind="kakao", address="01098765432")]),
        ],
    )
    await mh.set_schedule(senior_ids[0], [ScheduleTimeInput(weekday=d, time="09:00") for d in WEEKDAYS])

    statements = [0]

    def count(*_: Any) -> None:
        statements[0] += 1

    event.listen(engine, "before_cursor_execute", count)
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 5555))
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://bench") as guardian_client,
        httpx.AsyncClient(transport=transport, base_url="http://bench") as admin_client,
        httpx.AsyncClient(transport=transport, base_url="http://bench") as api,
    ):
        for client, email in ((guardian_client, "guardian@example.kr"), (admin_client, "admin@example.kr")):
            form = await client.get("/app/login")
            csrf = re.search(r'name="csrf" value="([^"]+)"', form.text)
            assert csrf
            signed = await client.post("/app/login", data={"csrf": csrf.group(1), "email": email, "password": PASSWORD})
            assert signed.status_code == 303, signed.text
        token = container.token_authority().issue(guardian.id, "guardian")
        api.headers["Authorization"] = f"Bearer {token}"
        one = senior_ids[0]
        pages: list[tuple[str, httpx.AsyncClient, str]] = [
            ("/app (50 seniors)", guardian_client, "/app"),
            ("/app/seniors/{id}", guardian_client, f"/app/seniors/{one}"),
            ("/app/check-ins/{id}", guardian_client, f"/app/check-ins/{crisis.check_in.id}"),
            ("/app/alerts", guardian_client, "/app/alerts"),
            ("/app/alerts/{id}", guardian_client, f"/app/alerts/{crisis.alert.id}"),
            ("/app/seniors/{id}/team", guardian_client, f"/app/seniors/{one}/team"),
            ("/app/seniors/{id}/team (editor)", admin_client, f"/app/seniors/{one}/team"),
            ("/app/seniors/{id}/consent", guardian_client, f"/app/seniors/{one}/consent"),
            ("/app/admin", admin_client, "/app/admin"),
            ("reference: GET /v1/.../trend", api, f"/v1/seniors/{one}/trend"),
        ]
        queries: dict[str, int] = {}
        for name, client, path in pages:
            statements[0] = 0
            response = await client.get(path)
            assert response.status_code == 200, (path, response.status_code, response.text[:300])
            queries[name] = statements[0]
        medians: dict[str, list[float]] = {name: [] for name, _, _ in pages}
        for _ in range(args.rounds):
            for name, client, path in pages:  # the reference last in every round: A B A B ...
                times = []
                for _ in range(args.requests):
                    t0 = time.perf_counter()
                    response = await client.get(path)
                    times.append((time.perf_counter() - t0) * 1000)
                    assert response.status_code == 200
                medians[name].append(statistics.median(times))
    reference = statistics.median(medians[pages[-1][0]])
    print(f"\n{args.rounds} rounds x {args.requests} requests; median of round medians (spread), SQL statements")
    print(f"{'page':34} {'ms':>8} {'spread':>15} {'x ref':>7} {'SQL':>5}")
    worst = 0.0
    for name, _, _ in pages:
        values = medians[name]
        median = statistics.median(values)
        if not name.startswith("reference"):
            worst = max(worst, median)
        print(
            f"{name:34} {median:8.1f} {min(values):6.1f}-{max(values):6.1f} ms {median / reference:6.2f}x "
            f"{queries[name]:5d}"
        )
    print(f"\nslowest page: {worst:.1f} ms (target <= 150 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
