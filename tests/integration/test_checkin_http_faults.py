"""Check-ins through the whole HTTP stack (gateway, audit, error table) under a burst and a broken blob store.

In process (ASGI), against SQLite and a real MariaDB. What a client sees: 201 with an Idempotency-Key, or
503 with a stable code and Retry-After, never a 500, never an answer without its audit entry.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
from litestar.testing import AsyncTestClient
from sqlalchemy import create_engine, func, select

from mhealth.adapters.sql.rows import AuditRow, CheckInRow
from mhealth.domain.errors import OutcomeUnknown, Overloaded, StorageUnavailable
from mhealth.entrypoints.http.app import create_app
from mhealth.entrypoints.http.errors import domain_error_body
from mhealth.testing import offline_settings
from tests.checkins_harness import tone_wav

HANG = 120  # seconds: only turns a hang into a failure


async def _client(**overrides: Any) -> AsyncIterator[httpx.AsyncClient]:
    gateway = create_app(offline_settings(rate_limit_per_minute=0, **overrides))
    async with AsyncTestClient(app=gateway.app):  # runs the lifespan: adapters are built
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=gateway), base_url="http://test", timeout=HANG
        ) as client:
            yield client


def _count(url: str, table: type, **where: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            query = select(func.count()).select_from(table)
            for column, value in where.items():
                query = query.where(getattr(table, column) == value)
            return int(connection.execute(query).scalar_one())
    finally:
        engine.dispose()


async def test_a_burst_on_a_small_pool_answers_201_or_503_overloaded_and_audits_each_stored_one(
    database_url: str,
) -> None:
    async for client in _client(database_url=database_url, db_pool_size=2, db_pool_timeout_s=0.2, max_in_flight=6):
        senior = (await client.post("/v1/seniors", json={"display_name": "김순자"})).json()["id"]

        async def check_in(i: int) -> httpx.Response:
            return await client.post(f"/v1/seniors/{senior}/check-ins", json={"text": f"오늘은 기분이 좋아요 {i}"})

        answers = await asyncio.wait_for(asyncio.gather(*(check_in(i) for i in range(20))), HANG)
        statuses = sorted({a.status_code for a in answers})
        assert set(statuses) <= {201, 503}, [a.text for a in answers if a.status_code not in (201, 503)]
        for a in answers:
            if a.status_code == 503:
                assert a.json()["error"] == "overloaded" and int(a.headers["retry-after"]) > 0
            else:
                assert a.headers["idempotency-key"] and not a.json()["replayed"]
        stored = sum(a.status_code == 201 for a in answers)
        assert stored >= 1
        assert _count(database_url, CheckInRow, senior_id=senior) == stored
        allowed = _count(database_url, AuditRow, senior_id=senior, action="check_in.create", outcome="allowed")
        assert allowed == stored  # one entry each, written with the check-in (none by the gateway on top)
        refused = _count(database_url, AuditRow, senior_id=senior, action="check_in.create", outcome="failed")
        # Refusals are audited by the gateway when the audit log has room; a refusal may go out unlogged
        # under overload (no data leaves with it), a stored check-in never does.
        assert refused <= len(answers) - stored

        health = await client.get("/health")
        assert health.status_code == 200 and health.json()["status"] == "healthy"
        replay_key = next(a.headers["idempotency-key"] for a in answers if a.status_code == 201)
        replay = await client.post(
            f"/v1/seniors/{senior}/check-ins",
            json={"text": "같은 요청"},
            headers={"Idempotency-Key": replay_key},
        )
        assert replay.status_code == 200 and replay.json()["replayed"] is True
        assert replay.headers["idempotency-key"] == replay_key


async def test_an_unwritable_blob_store_answers_503_storage_unavailable(tmp_path: Path) -> None:
    blocked = tmp_path / "blobs"
    blocked.write_text("a file where the store's folder should be")  # refused even for root
    async for client in _client(blobs=f"file://{blocked}"):
        senior = (await client.post("/v1/seniors", json={"display_name": "박영호", "consent_audio": True})).json()["id"]
        answer = await client.post(
            f"/v1/seniors/{senior}/check-ins", content=tone_wav(), headers={"Content-Type": "audio/wav"}
        )
        assert answer.status_code == 503, answer.text
        assert answer.json()["error"] == "storage_unavailable" and int(answer.headers["retry-after"]) > 0
        listed = await client.get(f"/v1/seniors/{senior}/assessments")
        assert listed.json()["items"] == []


def test_the_error_table_answers_load_and_fault_errors_with_503_retry_after_and_the_key() -> None:
    status, body, headers = domain_error_body(Overloaded("busy", retry_after=3), korean=False)
    assert (status, body.error, headers["Retry-After"]) == (503, "overloaded", "3")
    status, body, headers = domain_error_body(OutcomeUnknown("lost", idempotency_key="mh-abc"), korean=False)
    assert (status, body.error, headers["Idempotency-Key"]) == (503, "outcome_unknown", "mh-abc")
    assert int(headers["Retry-After"]) > 0
    status, body, headers = domain_error_body(StorageUnavailable("full", retry_after=30), korean=False)
    assert (status, body.error, headers["Retry-After"]) == (503, "storage_unavailable", "30")
