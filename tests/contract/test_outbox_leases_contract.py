# ruff: noqa: F811  (the fixtures imported from conftest_storage are test parameters by name)
"""Outbox leases, escalation claims and delivery attempts, over every UnitOfWork (memory, SQLite, MariaDB).

The promise under test: a delivery is handed to one claimer at a time, whatever the number of workers, and
nothing is lost when a worker dies (its lease runs out and another worker claims the delivery).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import msgspec

from mhealth.adapters.sql.testing import sample_alert, sample_check_in, sample_delivery, sample_senior
from mhealth.domain.model import (
    AlertEvent,
    AlertStatus,
    DeliveryAttempt,
    DeliveryOutcome,
    new_id,
)
from tests.contract.conftest_storage import mariadb_url, sqlite_template, uow  # noqa: F401 - fixtures

T0 = datetime(2025, 3, 1, 0, 0, tzinfo=UTC)
LEASE = timedelta(seconds=60)


async def add_deliveries(uow, n, *, at=T0):
    deliveries = [sample_delivery(f"ref-{i}", created_at=at) for i in range(n)]
    async with uow.begin() as tx:
        for d in deliveries:
            await tx.outbox.add(d)
        await tx.commit()
    return deliveries


async def claim(uow, owner, now, **kwargs):
    async with uow.begin() as tx:
        claimed = await tx.outbox.claim(owner, now, lease=LEASE, **kwargs)
        await tx.commit()
    return list(claimed)


async def test_a_claimed_delivery_is_nobody_elses_until_its_lease_runs_out(uow):
    deliveries = await add_deliveries(uow, 3)
    later = sample_delivery("later", created_at=T0, next_attempt_at=T0 + timedelta(hours=1))
    async with uow.begin() as tx:
        await tx.outbox.add(later)
        await tx.commit()

    first = await claim(uow, "worker-a", T0, limit=2)
    second = await claim(uow, "worker-b", T0 + timedelta(seconds=1), limit=10)
    none_left = await claim(uow, "worker-c", T0 + timedelta(seconds=2))
    taken_over = await claim(uow, "worker-c", T0 + LEASE + timedelta(milliseconds=500))

    assert len(first) == 2
    assert {d.id for d in second} == {d.id for d in deliveries} - {d.id for d in first}  # not the later one
    assert none_left == []
    # worker-a's lease ran out at T0 + 60 s; worker-b's holds until T0 + 61 s: only a's come back.
    assert {d.id for d in taken_over} == {d.id for d in first}
    assert first[0].payload == deliveries[0].payload or first[0].payload == deliveries[1].payload


async def test_claim_among_given_ids_only(uow):
    deliveries = await add_deliveries(uow, 4)
    wanted = {deliveries[1].id, deliveries[3].id}

    claimed = await claim(uow, "inline", T0, ids=wanted)
    nothing = await claim(uow, "inline", T0, ids=[])

    assert {d.id for d in claimed} == wanted
    assert nothing == []


async def test_only_the_lease_holder_finishes_a_delivery(uow):
    (delivery,) = await add_deliveries(uow, 1)
    await claim(uow, "worker-a", T0)
    # worker-a stalls past its lease; worker-b takes the delivery over.
    (again,) = await claim(uow, "worker-b", T0 + LEASE + timedelta(seconds=1))
    assert again.id == delivery.id

    async with uow.begin() as tx:
        stale = await tx.outbox.done(delivery.id, owner="worker-a")
        await tx.outbox.retry_later(delivery.id, error="late", next_attempt_at=T0, owner="worker-a")
        await tx.commit()
    async with uow.begin() as tx:
        holder = await tx.outbox.done(delivery.id, owner="worker-b")
        twice = await tx.outbox.done(delivery.id, owner="worker-b")
        await tx.commit()

    assert stale is False
    assert holder is True
    assert twice is False
    assert await claim(uow, "worker-c", T0 + timedelta(days=1)) == []


async def test_retry_later_frees_the_lease_and_counts_the_attempt(uow):
    (delivery,) = await add_deliveries(uow, 1)
    await claim(uow, "worker-a", T0)
    async with uow.begin() as tx:
        await tx.outbox.retry_later(
            delivery.id, error="503 from the receiver", next_attempt_at=T0 + timedelta(seconds=5), owner="worker-a"
        )
        await tx.commit()

    too_early = await claim(uow, "worker-b", T0 + timedelta(seconds=4))
    (retried,) = await claim(uow, "worker-b", T0 + timedelta(seconds=5))

    assert too_early == []
    assert retried.attempts == 1
    assert retried.last_error == "503 from the receiver"


async def test_a_claim_that_is_not_committed_leaves_the_delivery_free(uow):
    (delivery,) = await add_deliveries(uow, 1)
    async with uow.begin() as tx:
        await tx.outbox.claim("worker-a", T0, lease=LEASE)  # rolled back on leaving the block

    (claimed,) = await claim(uow, "worker-b", T0)
    assert claimed.id == delivery.id


async def test_claimers_at_the_same_time_never_get_the_same_delivery(uow, request):
    """Many claimers in a loop until the outbox is empty: every delivery comes out exactly once."""
    deliveries = await add_deliveries(uow, 120)
    # On SQL, each claimer has its own unit of work (its own connections), as separate workers would.
    units = [uow]
    if type(uow).__name__ == "SqlUnitOfWork":
        from mhealth.adapters.sql.uow import SqlUnitOfWork

        units = [SqlUnitOfWork(uow.engine, max_workers=2) for _ in range(4)]
    seen: list[str] = []

    async def worker(unit, name):
        while True:
            got = await claim(unit, name, T0, limit=7)
            if not got:
                return
            seen.extend(d.id for d in got)
            await asyncio.sleep(0)

    try:
        await asyncio.gather(*(worker(units[i % len(units)], f"w{i}") for i in range(4)))
    finally:
        for unit in units:
            if unit is not uow:
                await unit.aclose()

    assert len(seen) == len(deliveries)
    assert set(seen) == {d.id for d in deliveries}


async def _alert(uow, **changes):
    senior = sample_senior()
    check_in = sample_check_in(senior.id, created_at=T0)
    alert = msgspec.structs.replace(sample_alert(check_in), **changes)
    async with uow.begin() as tx:
        await tx.seniors.add(senior)
        await tx.check_ins.add(check_in)
        await tx.alerts.add(alert)
        await tx.commit()
    return alert


async def test_due_escalations_are_the_open_alerts_whose_time_has_come(uow):
    due = await _alert(uow, escalation_step=1, next_escalation_at=T0 + timedelta(minutes=10))
    await _alert(uow, escalation_step=1, next_escalation_at=T0 + timedelta(hours=1))
    await _alert(
        uow,
        escalation_step=1,
        next_escalation_at=T0 + timedelta(minutes=1),
        status=AlertStatus.ACKNOWLEDGED,
        acknowledged_at=T0,
        acknowledged_by="u",
    )
    await _alert(uow)  # nobody left to tell

    async with uow.begin() as tx:
        claimed = await tx.alerts.claim_escalations(T0 + timedelta(minutes=10))
        locked = await tx.alerts.get(due.id, for_update=True)

    assert [a.id for a in claimed] == [due.id]
    assert claimed[0].escalation_step == 1
    assert claimed[0].next_escalation_at == T0 + timedelta(minutes=10)
    assert locked == claimed[0]


async def test_an_escalation_claimed_by_one_transaction_is_skipped_by_another(request, mariadb_url):
    """MariaDB only: the memory fake and SQLite run one transaction at a time (nothing to skip)."""
    from mhealth.adapters.sql.testing import clear_tables
    from mhealth.adapters.sql.uow import SqlUnitOfWork

    clear_tables(mariadb_url)
    a, b = SqlUnitOfWork(mariadb_url, max_workers=2), SqlUnitOfWork(mariadb_url, max_workers=2)
    try:
        first = await _alert(a, escalation_step=1, next_escalation_at=T0)
        second = await _alert(a, escalation_step=1, next_escalation_at=T0 + timedelta(seconds=1))
        async with a.begin() as tx1:
            (held,) = await tx1.alerts.claim_escalations(T0 + timedelta(minutes=1), limit=1)
            async with b.begin() as tx2:
                others = await tx2.alerts.claim_escalations(T0 + timedelta(minutes=1))
        assert held.id == first.id
        assert [x.id for x in others] == [second.id]
    finally:
        await a.aclose()
        await b.aclose()


async def test_delivery_attempts_are_listed_per_alert_oldest_first(uow):
    alert = await _alert(uow)
    attempts = [
        DeliveryAttempt(
            id=new_id(),
            delivery_id="d-1",
            alert_id=alert.id,
            senior_id=alert.senior_id,
            event=AlertEvent.CREATED,
            channel="webhook",
            recipient="https://hooks.example.kr/…",
            attempt=i + 1,
            outcome=DeliveryOutcome.RETRYING if i == 0 else DeliveryOutcome.DELIVERED,
            at=T0 + timedelta(seconds=5 * i),
            latency_ms=120 + i,
            member_position=None if i == 0 else 0,
            error="receiver answered 500 — 재시도" if i == 0 else "",
        )
        for i in range(2)
    ]
    async with uow.begin() as tx:
        for attempt in reversed(attempts):
            await tx.attempts.add(attempt)
        await tx.commit()

    async with uow.begin() as tx:
        listed = await tx.attempts.list_for_alert(alert.id)
        newest = await tx.attempts.list_for_alert(alert.id, limit=1)
        other = await tx.attempts.list_for_alert(new_id())
    async with uow.begin() as tx:
        await tx.seniors.delete(alert.senior_id)
        await tx.commit()
    async with uow.begin() as tx:
        after_delete = await tx.attempts.list_for_alert(alert.id)

    assert list(listed) == attempts
    assert list(newest) == attempts[1:]  # the newest say how it ended
    assert list(other) == []
    assert list(after_delete) == []


async def test_the_inbox_lists_open_and_acknowledged_alerts_until_resolved(uow):
    opened = await _alert(uow)
    acked = await _alert(uow, status=AlertStatus.ACKNOWLEDGED, acknowledged_at=T0, acknowledged_by="u")
    await _alert(uow, status=AlertStatus.RESOLVED, resolved_at=T0, resolved_by="u")

    async with uow.begin() as tx:
        inbox = await tx.alerts.list(unresolved=True)
        everything = await tx.alerts.list()
        by_check_in = await tx.alerts.for_check_in(opened.check_in_id)
        none = await tx.alerts.for_check_in(new_id())

    assert {a.id for a in inbox.items} == {opened.id, acked.id}
    assert len(everything.items) == 3
    assert by_check_in == opened
    assert none is None
