"""The chaos suite's database verdicts (tests/chaos/checks.py) notice what they claim to: a lost answer, a
duplicated request, a half-written check-in (here: no audit entry, no analytics row) and a failure answered
for a check-in that was stored. Without this, a checker that found nothing would look like a healthy server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import insert
from sqlalchemy.engine import make_url

from mhealth.adapters.sql import mapping
from mhealth.adapters.sql.engine import create_engine_for
from mhealth.adapters.sql.mapping_access import audit_to_row
from mhealth.adapters.sql.rows import OutboxRow
from mhealth.adapters.sql.schema import upgrade
from mhealth.adapters.sql.testing import (
    must_have_mysql,
    mysql_unreachable_reason,
    sample_check_in,
    sample_delivery,
    sample_senior,
    scratch_mysql_database,
)
from mhealth.domain.model import AuditEntry, AuditOutcome, new_id, utcnow
from tests.chaos.checks import inspect
from tests.chaos.harness import Database, Outcome

pytestmark = pytest.mark.mysql


@pytest.fixture
def database() -> Iterator[Database]:
    reason = mysql_unreachable_reason()
    if reason is not None:
        if must_have_mysql():
            pytest.fail(f"CI=true and the MariaDB tests cannot run: {reason}")
        pytest.skip(reason)
    with scratch_mysql_database(prefix="mhealth_chaoschk") as url:
        upgrade(url)
        u = make_url(url)
        yield Database(
            name=str(u.database),
            direct_url=url,
            host=str(u.host),
            port=int(u.port or 3306),
            user=str(u.username),
            password=str(u.password or ""),
        )


def _columns(row: Any) -> dict[str, Any]:
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}


def _store(db: Database, key: str, text: str, *, audited: bool, analytics: bool) -> str:
    senior = sample_senior()
    check_in = sample_check_in(senior.id, idempotency_key=key, audio=False, text=text)
    engine = create_engine_for(db.direct_url, pool_size=1)
    try:
        with engine.begin() as connection:
            connection.execute(insert(type(mapping.senior_to_row(senior))), [_columns(mapping.senior_to_row(senior))])
            for row in mapping.check_in_to_rows(check_in):
                connection.execute(insert(type(row)), [_columns(row)])
            if audited:
                entry = AuditEntry(
                    id=new_id(),
                    at=utcnow(),
                    actor="client-1",
                    actor_role="service",
                    action="check_in.create",
                    resource_type="check_in",
                    resource_id=check_in.id,
                    senior_id=senior.id,
                    outcome=AuditOutcome.ALLOWED,
                )
                connection.execute(insert(type(audit_to_row(entry))), [_columns(audit_to_row(entry))])
            if analytics:
                delivery = mapping.delivery_to_row(sample_delivery(check_in.assessment.id))
                assert isinstance(delivery, OutboxRow)
                connection.execute(insert(OutboxRow), [_columns(delivery)])
    finally:
        engine.dispose()
    return str(check_in.id)


def _outcome(key: str, tag: str, status: int | None, *, check_in_id: str = "", error: str = "") -> Outcome:
    return Outcome(
        n=0, key=key, tag=tag, kind="text", sent_at=0.0, status=status, check_in_id=check_in_id, error_code=error
    )


def test_a_clean_run_has_no_findings(database: Database) -> None:
    stored = _store(database, "chaos-ok-1", "잘 지내요 qqbbbbbbqq", audited=True, analytics=True)
    verdict = inspect(database, "chaos-ok-", [_outcome("chaos-ok-1", "qqbbbbbbqq", 201, check_in_id=stored)], None)
    assert verdict.stored == 1
    assert not (verdict.lost or verdict.duplicated or verdict.half_written or verdict.failed_but_stored)


def test_each_kind_of_damage_is_found(database: Database) -> None:
    first = _store(database, "chaos-bad-1", "하나 qqbbbbbcqq", audited=True, analytics=True)
    _store(database, "chaos-bad-2", "하나 또 qqbbbbbcqq", audited=True, analytics=True)  # one request, two rows
    unaudited = _store(database, "chaos-bad-3", "둘 qqbbbbbdqq", audited=False, analytics=True)
    no_analytics = _store(database, "chaos-bad-4", "셋 qqbbbbbfqq", audited=True, analytics=False)
    outcomes = [
        _outcome("chaos-bad-1", "qqbbbbbcqq", 201, check_in_id=first),
        _outcome("chaos-bad-3", "qqbbbbbdqq", 503, error="audit_unavailable"),  # stored, yet "failed"
        _outcome("chaos-bad-4", "qqbbbbbfqq", 503, error="outcome_unknown"),  # stored, and honestly unknown
        _outcome("chaos-bad-5", "qqbbbbbgqq", 201, check_in_id="never-stored"),  # lost
    ]

    verdict = inspect(database, "chaos-bad-", outcomes, None)

    assert verdict.stored == 4
    assert verdict.lost == ["chaos-bad-5 -> 201 id never-stored"]
    assert verdict.duplicated == ["request qqbbbbbcqq x2"]
    assert sorted(verdict.half_written) == sorted(
        [f"{unaudited}: no audit entry", f"{no_analytics}: no analytics event or outbox row"]
    )
    assert verdict.failed_but_stored == ["chaos-bad-3 -> 503 audit_unavailable"]
    assert verdict.unknown_and_stored == 1
