# ruff: noqa: F811  (the fixtures imported from conftest_storage are test parameters by name)
"""``UnitOfWork.transact``: one piece of work in one transaction, over every implementation (memory fake,
SQLite, MariaDB). The SQL store runs it in one worker thread; every store must give it the same meaning as
``async with uow.begin() as tx: ...``, and refuse a work that waits for something else."""

from __future__ import annotations

import asyncio

import pytest

from mhealth.adapters.sql.testing import sample_check_in, sample_delivery, sample_senior
from mhealth.domain.errors import Conflict, NotFound
from mhealth.domain.model import AuditEntry, AuditOutcome, ConsentScope, new_id, utcnow
from mhealth.ports.repositories import Transaction
from tests.contract.conftest_storage import mariadb_url, sqlite_template, uow  # noqa: F401 - fixtures


def audit_entry(senior_id: str, resource_id: str) -> AuditEntry:
    return AuditEntry(
        id=new_id(),
        at=utcnow(),
        actor="svc",
        actor_role="service",
        action="check_in.create",
        resource_type="check_in",
        resource_id=resource_id,
        senior_id=senior_id,
        outcome=AuditOutcome.ALLOWED,
    )


async def add_senior(uow):
    senior = sample_senior()
    async with uow.begin() as tx:
        await tx.seniors.add(senior)
        await tx.commit()
    return senior


async def stored(uow, senior_id: str) -> tuple[int, int, int]:
    """(check-ins, audit entries, due outbox rows) of this senior, read in a transaction of its own."""
    async with uow.begin() as tx:
        check_ins = await tx.check_ins.list_for_senior(senior_id, limit=500)
        audit = await tx.audit.query(senior_id=senior_id, limit=500)
        due = await tx.outbox.due(utcnow(), limit=500)
    refs = {c.assessment.id for c in check_ins.items}
    return len(check_ins.items), len(audit.items), sum(d.ref_id in refs for d in due)


async def test_a_work_that_commits_keeps_every_write_and_returns_its_value(uow) -> None:
    senior = await add_senior(uow)
    check_in = sample_check_in(senior.id, idempotency_key="k1", audio=False)

    async def work(tx: Transaction) -> str:
        assert await tx.alerts.recent_for_senior(senior.id, utcnow()) == []
        await tx.check_ins.add(check_in)
        await tx.outbox.add(sample_delivery(check_in.assessment.id))
        await tx.audit.append(audit_entry(senior.id, check_in.id))
        await tx.commit()
        return check_in.id

    assert await uow.transact(work) == check_in.id
    assert await stored(uow, senior.id) == (1, 1, 1)


async def test_a_work_that_ends_without_a_commit_or_raises_leaves_nothing(uow) -> None:
    senior = await add_senior(uow)

    async def no_commit(tx: Transaction) -> None:
        await tx.check_ins.add(sample_check_in(senior.id, audio=False))
        await tx.audit.append(audit_entry(senior.id, "x"))

    async def raises(tx: Transaction) -> None:
        await tx.check_ins.add(sample_check_in(senior.id, audio=False))
        await tx.outbox.add(sample_delivery("r"))
        raise ValueError("the caller changed its mind")

    await uow.transact(no_commit)
    with pytest.raises(ValueError, match="changed its mind"):
        await uow.transact(raises)
    assert await stored(uow, senior.id) == (0, 0, 0)


async def test_a_conflict_inside_a_work_leaves_its_transaction_usable(uow) -> None:
    """The check-in's replay rests on this: the duplicate insert raises, the rest of the work goes on."""
    senior = await add_senior(uow)
    first = sample_check_in(senior.id, idempotency_key="same", audio=False)
    async with uow.begin() as tx:
        await tx.check_ins.add(first)
        await tx.commit()

    async def work(tx: Transaction) -> str:
        try:
            await tx.check_ins.add(sample_check_in(senior.id, idempotency_key="same", audio=False))
        except Conflict:
            prior = await tx.check_ins.find_by_idempotency_key(senior.id, "same")
            assert prior is not None
            await tx.audit.append(audit_entry(senior.id, prior.id))
            await tx.commit()
            return prior.id
        raise AssertionError("the duplicate key went in")

    assert await uow.transact(work) == first.id
    assert await stored(uow, senior.id) == (1, 1, 0)


async def test_an_unknown_senior_is_not_found_and_nothing_is_written(uow) -> None:
    async def work(tx: Transaction) -> None:
        await tx.check_ins.add(sample_check_in(new_id(), audio=False))
        await tx.commit()

    with pytest.raises(NotFound):
        await uow.transact(work)


async def test_a_work_that_awaits_something_else_is_refused_and_rolled_back(uow) -> None:
    senior = await add_senior(uow)

    async def suspends(tx: Transaction) -> None:
        await tx.check_ins.add(sample_check_in(senior.id, audio=False))
        await asyncio.sleep(0)  # a wait for the event loop: not allowed inside a transact
        await tx.commit()

    with pytest.raises(RuntimeError, match="awaited something other than its transaction"):
        await uow.transact(suspends)
    assert await stored(uow, senior.id) == (0, 0, 0)
    # and the store is fine afterwards (the SQL one gave its connection back)
    for _ in range(3):
        assert await uow.transact(lambda tx: tx.check_ins.find_by_idempotency_key(senior.id, "none")) is None


async def test_racing_works_with_one_key_store_one_check_in_and_every_one_finishes(uow) -> None:
    """More works than connections (the SQL stores here have 2 and SQLite takes turns): each waits for a
    connection, the unique key lets one insert in, the others get Conflict; none hangs."""
    senior = await add_senior(uow)

    async def work(tx: Transaction) -> bool:
        await tx.consents.current(senior.id, ConsentScope.ANALYTICS)
        try:
            await tx.check_ins.add(sample_check_in(senior.id, idempotency_key="race", audio=False))
        except Conflict:
            return False
        await tx.commit()
        return True

    results = await asyncio.wait_for(asyncio.gather(*(uow.transact(work) for _ in range(12))), 30)
    assert results.count(True) == 1
    assert (await stored(uow, senior.id))[0] == 1
