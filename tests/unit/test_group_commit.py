"""Group commit: check-ins that arrive together share one transaction, and each still gets its own answer.

Over the in-memory unit of work; the same cases against MariaDB and SQLite are in tests/integration/test_sql_load.py.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from mhealth.adapters.memory import InMemoryUnitOfWork
from mhealth.domain.errors import Conflict, DatabaseUnavailable, NotFound, OutcomeUnknown
from mhealth.domain.model import ConsentRecord, ConsentScope, new_id
from mhealth.domain.usecases.checkins import CheckInPolicy, CheckInResult
from mhealth.domain.usecases.group_commit import GroupCommit
from tests.checkins_harness import START, WHO, GatedAnalyzer, check_ins

TEXT = "오늘은 딸이랑 통화해서 좋았어요"


async def test_check_ins_arriving_together_share_one_transaction_each_stored_and_audited_once():
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow, analyzer=GatedAnalyzer(parties=12))
    senior = await ci.create_senior(display_name="김순자")
    results = await asyncio.gather(*(ci.check_in_text(senior.id, TEXT, audit=WHO) for _ in range(12)))
    assert ci._group.batches <= 2  # two writers at most: one or two transactions, not twelve
    assert ci._group.largest >= 6
    assert len({r.check_in.id for r in results}) == 12 and not any(r.replayed for r in results)
    assert len(uow.state.check_ins) == 12
    audited = [e.resource_id for e in uow.state.audit.values() if e.action == "check_in.create"]
    assert sorted(audited) == sorted(r.check_in.id for r in results)


async def test_group_of_one_when_group_commit_is_off():
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow, analyzer=GatedAnalyzer(parties=4), policy=CheckInPolicy(group_max=1))
    senior = await ci.create_senior(display_name="김순자")
    await asyncio.gather(*(ci.check_in_text(senior.id, TEXT) for _ in range(4)))
    assert len(uow.state.check_ins) == 4 and ci._group.batches == 0


async def test_an_unknown_senior_in_a_group_fails_alone_the_others_are_stored():
    """The batch's transaction is refused (a missing parent); which item is not known, so each is written on
    its own: the four are stored, the fifth answers 404 'no such senior'."""
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow, analyzer=GatedAnalyzer(parties=5))
    senior = await ci.create_senior(display_name="김순자")
    targets = [senior.id] * 2 + ["nobody"] + [senior.id] * 2
    results = await asyncio.gather(*(ci.check_in_text(t, TEXT, audit=WHO) for t in targets), return_exceptions=True)
    assert isinstance(results[2], NotFound) and results[2].detail == "no such senior"
    stored = [r for r in results if isinstance(r, CheckInResult)]
    assert len(stored) == 4 and len(uow.state.check_ins) == 4
    assert ci._group.batches >= 1


async def test_one_key_twice_in_a_group_stores_one_and_replays_it():
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow, analyzer=GatedAnalyzer(parties=4))
    senior = await ci.create_senior(display_name="김순자")
    keys = ["same", "a", "same", "b"]
    results = await asyncio.gather(*(ci.check_in_text(senior.id, TEXT, idempotency_key=k) for k in keys))
    assert results[0].check_in.id == results[2].check_in.id
    assert sorted([results[0].replayed, results[2].replayed]) == [False, True]
    assert len(uow.state.check_ins) == 3


async def test_a_failed_group_commit_is_every_members_answer_and_stores_nothing():
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow, analyzer=GatedAnalyzer(parties=3))
    senior = await ci.create_senior(display_name="김순자")
    uow.fail_next_commit = DatabaseUnavailable("down", retry_after=2)
    results = await asyncio.gather(*(ci.check_in_text(senior.id, TEXT) for _ in range(3)), return_exceptions=True)
    assert all(isinstance(r, DatabaseUnavailable) for r in results)
    assert uow.state.check_ins == {}


async def test_an_unknown_commit_outcome_gives_each_member_its_own_key_and_a_retry_replays():
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow, analyzer=GatedAnalyzer(parties=3))
    senior = await ci.create_senior(display_name="김순자")
    uow.fail_after_next_commit = OutcomeUnknown("link dropped during COMMIT")
    keys = ["k-1", "k-2", "k-3"]
    results = await asyncio.gather(
        *(ci.check_in_text(senior.id, TEXT, idempotency_key=k) for k in keys), return_exceptions=True
    )
    assert [r.idempotency_key for r in results if isinstance(r, OutcomeUnknown)] == keys
    assert len(uow.state.check_ins) == 3  # stored after all: the retries replay them
    again = await asyncio.gather(*(ci.check_in_text(senior.id, TEXT, idempotency_key=k) for k in keys))
    assert all(r.replayed for r in again)
    assert len(uow.state.check_ins) == 3


async def test_a_caller_that_stops_waiting_does_not_stop_the_write():
    written: list[int] = []
    gate = asyncio.Event()

    async def many(items: list[int]) -> list[int]:
        await gate.wait()
        written.extend(items)
        return items

    async def one(item: int) -> int:
        return item

    group: GroupCommit[int, int] = GroupCommit(many, one, max_batch=4, writers=1)
    first = asyncio.create_task(group.write(1))
    await asyncio.sleep(0)
    waiting = [asyncio.create_task(group.write(n)) for n in (2, 3, 4, 5, 6)]
    await asyncio.sleep(0)
    first.cancel()
    gate.set()
    assert [await w for w in waiting] == [2, 3, 4, 5, 6]
    assert written == [1, 2, 3, 4, 5, 6] and group.batches == 3  # [1], [2..5], [6]
    with pytest.raises(asyncio.CancelledError):
        await first


async def test_a_refused_batch_answers_each_item_by_its_own_write():
    async def many(items: list[int]) -> list[int]:
        raise Conflict("one of them")

    async def one(item: int) -> int:
        if item == 2:
            raise Conflict("taken")
        return item * 10

    group: GroupCommit[int, int] = GroupCommit(many, one, max_batch=8, writers=1)
    results = await asyncio.gather(*(group.write(n) for n in (1, 2, 3)), return_exceptions=True)
    assert results[0] == 10 and isinstance(results[1], Conflict) and results[2] == 30


def test_group_commit_needs_a_batch_and_a_writer():
    async def many(items: list[int]) -> list[int]:
        return items

    async def one(item: int) -> int:
        return item

    with pytest.raises(ValueError):
        GroupCommit(many, one, max_batch=0)
    with pytest.raises(ValueError):
        GroupCommit(many, one, writers=0)


async def test_in_a_group_a_senior_who_withdrew_analytics_consent_is_left_out_of_analytics():
    """The group reads every member's consent in one statement; the latest record of each senior counts."""
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow, analyzer=GatedAnalyzer(parties=4))
    kept = await ci.create_senior(display_name="김순자")
    withdrew = await ci.create_senior(display_name="한영자")
    async with uow.begin() as tx:
        for granted, minutes in ((True, 0), (False, 5)):  # granted, then withdrawn
            await tx.consents.add(
                ConsentRecord(
                    id=new_id(),
                    senior_id=withdrew.id,
                    scope=ConsentScope.ANALYTICS,
                    granted=granted,
                    recorded_by="worker-1",
                    recorded_at=START + timedelta(minutes=minutes),
                )
            )
        await tx.commit()
    results = await asyncio.gather(*(ci.check_in_text(s.id, TEXT) for s in (kept, withdrew, kept, withdrew)))
    assert ci._group.largest >= 2
    assert set(ci.deliveries.analytics.events) == {results[0].check_in.assessment.id, results[2].check_in.assessment.id}
