# ruff: noqa: F811  (the fixtures imported from conftest_storage are test parameters by name)
"""The UnitOfWork / repository contract, run over every implementation (memory fake, SQLite, MariaDB).

A fake that passes this suite can stand in for the database in any test; a real adapter that fails it
would lose or alter health records.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import msgspec
import pytest

from mhealth.adapters.sql.testing import (
    KOREAN_TEXT,
    sample_alert,
    sample_check_in,
    sample_delivery,
    sample_senior,
)
from mhealth.domain.errors import Conflict, NotFound
from mhealth.domain.model import AlertStatus, AuditEntry, AuditOutcome, new_id
from tests.contract.conftest_storage import mariadb_url, sqlite_template, uow  # noqa: F401 - fixtures

T0 = datetime(2025, 3, 1, 0, 0, tzinfo=UTC)


def sample_audit(senior_id: str, check_in_id: str) -> AuditEntry:
    return AuditEntry(
        id=new_id(),
        at=T0,
        actor="svc",
        actor_role="service",
        action="check_in.create",
        resource_type="check_in",
        resource_id=check_in_id,
        senior_id=senior_id,
        outcome=AuditOutcome.ALLOWED,
    )


KST = timezone(timedelta(hours=9))


def encoded(value: object) -> bytes:
    return msgspec.json.encode(value)


def sorted_ids(n: int) -> list[str]:
    # new_id() orders by millisecond only; within one millisecond the order is random.
    return sorted(new_id() for _ in range(n))


async def add_senior(uow, **kwargs):
    senior = sample_senior(**kwargs)
    async with uow.begin() as tx:
        await tx.seniors.add(senior)
        await tx.commit()
    return senior


async def add_check_ins(uow, check_ins):
    async with uow.begin() as tx:
        for check_in in check_ins:
            await tx.check_ins.add(check_in)
        await tx.commit()


async def all_pages(fetch, limit):
    items, after, pages = [], None, 0
    while True:
        page = await fetch(limit=limit, after=after)
        assert len(page.items) <= limit
        items.extend(page.items)
        pages += 1
        if page.next_cursor is None:
            return items, pages
        after = page.next_cursor


# -- round trips -------------------------------------------------------------------------------------


async def test_a_senior_comes_back_exactly_as_stored(uow):
    senior = await add_senior(uow, name="박영희 🧓🏻 (할머니)")

    async with uow.begin() as tx:
        found = await tx.seniors.get(senior.id)
        missing = await tx.seniors.get(new_id())

    assert found == senior
    assert encoded(found) == encoded(senior)
    assert missing is None


async def test_an_audio_check_in_round_trips_byte_for_byte(uow):
    senior = await add_senior(uow)
    check_in = sample_check_in(senior.id, idempotency_key="요청-🔑-1")
    await add_check_ins(uow, [check_in])

    async with uow.begin() as tx:
        by_id = await tx.check_ins.get(check_in.id)
        by_assessment = await tx.check_ins.get_by_assessment(check_in.assessment.id)

    assert by_id == check_in
    assert encoded(by_id) == encoded(check_in)
    assert by_assessment == check_in
    assert by_id.transcript.text == KOREAN_TEXT
    assert by_id.transcript.text.encode("utf-8") == KOREAN_TEXT.encode("utf-8")
    assert "😢" in by_id.assessment.concerns[0].evidence[0].quote  # a 4-byte emoji inside nested JSON


async def test_a_text_check_in_with_a_long_transcript_round_trips(uow):
    senior = await add_senior(uow)
    long_text = ("오늘도 혼자 밥을 먹었어요 🍚 " * 5000).strip()  # ~200 KB of UTF-8, beyond a 64 KB TEXT
    check_in = sample_check_in(senior.id, audio=False, text=long_text)
    await add_check_ins(uow, [check_in])

    async with uow.begin() as tx:
        found = await tx.check_ins.get(check_in.id)

    assert found is not None and found.recording is None
    assert encoded(found) == encoded(check_in)


async def test_timestamps_come_back_aware_and_as_the_same_instant(uow):
    senior = await add_senior(uow)
    local = datetime(2025, 5, 8, 9, 30, 15, 123456, tzinfo=KST)  # 어버이날 아침, with microseconds
    check_in = sample_check_in(senior.id, created_at=local)
    await add_check_ins(uow, [check_in])

    async with uow.begin() as tx:
        found = await tx.check_ins.get(check_in.id)

    assert found.created_at == local
    assert found.created_at.utcoffset() is not None
    assert found.recording.recorded_at == local
    assert found.assessment.timestamp == local


async def test_missing_check_ins_are_none(uow):
    async with uow.begin() as tx:
        assert await tx.check_ins.get(new_id()) is None
        assert await tx.check_ins.get_by_assessment(new_id()) is None
        assert await tx.check_ins.find_by_idempotency_key(new_id(), "nope") is None


# -- queries -----------------------------------------------------------------------------------------


async def test_list_for_senior_returns_the_time_range_oldest_first_in_pages(uow):
    senior = await add_senior(uow)
    other = await add_senior(uow)
    ids = sorted_ids(25)
    mine = [sample_check_in(senior.id, check_in_id=cid, created_at=T0 + timedelta(days=i)) for i, cid in enumerate(ids)]
    theirs = [sample_check_in(other.id, created_at=T0 + timedelta(days=i)) for i in range(5)]
    await add_check_ins(uow, mine + theirs)

    start, end = T0 + timedelta(days=5), T0 + timedelta(days=20)
    async with uow.begin() as tx:
        items, pages = await all_pages(
            lambda **kw: tx.check_ins.list_for_senior(senior.id, start=start, end=end, **kw), limit=4
        )
        everything = await tx.check_ins.list_for_senior(senior.id, limit=100)
        exact = await tx.check_ins.list_for_senior(senior.id, start=start, end=end, limit=15)

    assert [c.id for c in items] == ids[5:20]  # start inclusive, end exclusive, no other senior
    assert pages == 4
    assert [c.id for c in everything.items] == ids and everything.next_cursor is None
    assert len(exact.items) == 15 and exact.next_cursor is None  # a full last page says "no more"
    assert items[0] == mine[5]


async def test_find_recent_by_sha256_finds_the_newest_same_audio_since(uow):
    senior = await add_senior(uow)
    other = await add_senior(uow)
    sha = "ab" * 32
    ids = sorted_ids(3)
    old = sample_check_in(senior.id, check_in_id=ids[0], created_at=T0, sha256=sha)
    newer = sample_check_in(senior.id, check_in_id=ids[1], created_at=T0 + timedelta(minutes=5), sha256=sha)
    theirs = sample_check_in(other.id, check_in_id=ids[2], created_at=T0 + timedelta(minutes=6), sha256=sha)
    await add_check_ins(uow, [old, newer, theirs])

    async with uow.begin() as tx:
        recent = await tx.check_ins.find_recent_by_sha256(senior.id, sha, T0 - timedelta(hours=1))
        at_boundary = await tx.check_ins.find_recent_by_sha256(senior.id, sha, T0 + timedelta(minutes=5))
        too_late = await tx.check_ins.find_recent_by_sha256(senior.id, sha, T0 + timedelta(minutes=6))
        other_audio = await tx.check_ins.find_recent_by_sha256(senior.id, "cd" * 32, T0 - timedelta(hours=1))

    assert recent == newer
    assert at_boundary == newer
    assert too_late is None
    assert other_audio is None


async def test_blob_keys_in_use_names_every_recording(uow):
    senior = await add_senior(uow)
    audio = [sample_check_in(senior.id) for _ in range(3)]
    text_only = sample_check_in(senior.id, audio=False)
    await add_check_ins(uow, [*audio, text_only])

    async with uow.begin() as tx:
        keys = await tx.check_ins.blob_keys_in_use()

    assert keys == {c.recording.blob_key for c in audio}


# -- idempotency and conflicts ------------------------------------------------------------------------


async def test_a_repeated_idempotency_key_conflicts_and_stores_one_check_in(uow):
    senior = await add_senior(uow)
    other = await add_senior(uow)
    first = sample_check_in(senior.id, idempotency_key="같은-키-🔁")
    await add_check_ins(uow, [first])

    async with uow.begin() as tx:
        with pytest.raises(Conflict):
            await tx.check_ins.add(sample_check_in(senior.id, idempotency_key="같은-키-🔁"))
        # the same key from another senior is a different request
        await tx.check_ins.add(sample_check_in(other.id, idempotency_key="같은-키-🔁"))
        # a conflict does not spoil the transaction
        await tx.check_ins.add(sample_check_in(senior.id, idempotency_key="다른-키"))
        await tx.commit()

    async with uow.begin() as tx:
        found = await tx.check_ins.find_by_idempotency_key(senior.id, "같은-키-🔁")
        mine = await tx.check_ins.list_for_senior(senior.id)
        theirs = await tx.check_ins.find_by_idempotency_key(other.id, "같은-키-🔁")

    assert found == first
    assert len(mine.items) == 2
    assert theirs is not None and theirs.id != first.id


async def test_idempotency_keys_compare_exactly(uow):
    senior = await add_senior(uow)
    await add_check_ins(
        uow,
        [
            sample_check_in(senior.id, idempotency_key="Key-a"),
            sample_check_in(senior.id, idempotency_key="key-a"),  # case differs: a different key
            sample_check_in(senior.id, idempotency_key="😀"),
            sample_check_in(senior.id, idempotency_key="😃"),  # emoji differ: a different key
        ],
    )
    async with uow.begin() as tx:
        assert (await tx.check_ins.find_by_idempotency_key(senior.id, "key-a")).idempotency_key == "key-a"
        assert (await tx.check_ins.find_by_idempotency_key(senior.id, "😃")).idempotency_key == "😃"


async def test_duplicate_ids_conflict(uow):
    senior = await add_senior(uow)
    check_in = sample_check_in(senior.id)
    await add_check_ins(uow, [check_in])

    async with uow.begin() as tx:
        with pytest.raises(Conflict):
            await tx.seniors.add(senior)
        with pytest.raises(Conflict):
            await tx.check_ins.add(sample_check_in(senior.id, check_in_id=check_in.id))


async def test_a_check_in_of_an_unknown_senior_is_not_found_and_stores_nothing(uow):
    """The check-in use case relies on this (no senior lookup before its insert)."""
    senior = await add_senior(uow)
    async with uow.begin() as tx:
        with pytest.raises(NotFound):
            await tx.check_ins.add(sample_check_in(new_id(), idempotency_key="k"))
        await tx.check_ins.add(sample_check_in(senior.id, idempotency_key="k"))  # the transaction goes on
        await tx.commit()
    async with uow.begin() as tx:
        assert len((await tx.check_ins.list_for_senior(senior.id)).items) == 1


async def test_a_deferred_check_in_is_stored_as_an_immediate_one(uow):
    """``add(deferred=True)`` (what the check-in use case calls): the same check-in once committed."""
    senior = await add_senior(uow)
    check_in = sample_check_in(senior.id, idempotency_key="나중에-🔁", audio=True)
    async with uow.begin() as tx:
        await tx.check_ins.add(check_in, deferred=True)
        await tx.audit.append(sample_audit(senior.id, check_in.id))  # the next statement (SQL: sends the rows)
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.check_ins.get(check_in.id) == check_in
        assert (await tx.check_ins.find_by_idempotency_key(senior.id, "나중에-🔁")) == check_in


async def _refused_by_commit_at_the_latest(uow, error, make_rows) -> None:
    """``make_rows(tx)`` adds a deferred check-in that must fail: ``error`` comes from the add, from the next
    statement or from the commit (the port allows each), and the rolled-back transaction stored nothing."""
    with pytest.raises(error):
        async with uow.begin() as tx:
            await make_rows(tx)
            await tx.outbox.depth()
            await tx.commit()


async def test_a_deferred_check_in_with_a_taken_key_conflicts_by_the_commit_and_stores_nothing(uow):
    senior = await add_senior(uow)
    first = sample_check_in(senior.id, idempotency_key="k")
    await add_check_ins(uow, [first])
    again = sample_check_in(senior.id, idempotency_key="k")
    other = sample_check_in(senior.id, idempotency_key="other")

    async def rows(tx) -> None:
        await tx.check_ins.add(other)  # immediate, before the failing one: rolled back with it
        await tx.check_ins.add(again, deferred=True)

    await _refused_by_commit_at_the_latest(uow, Conflict, rows)
    async with uow.begin() as tx:
        assert [c.id for c in (await tx.check_ins.list_for_senior(senior.id)).items] == [first.id]
        assert await tx.check_ins.get(again.id) is None


async def test_a_deferred_check_in_of_an_unknown_senior_is_not_found_by_the_commit(uow):
    check_in = sample_check_in(new_id(), idempotency_key="k")

    async def rows(tx) -> None:
        await tx.check_ins.add(check_in, deferred=True)

    await _refused_by_commit_at_the_latest(uow, NotFound, rows)
    async with uow.begin() as tx:
        assert await tx.check_ins.get(check_in.id) is None


# -- transactions --------------------------------------------------------------------------------------


async def test_leaving_without_commit_leaves_nothing(uow):
    senior = sample_senior()
    check_in = sample_check_in(senior.id)
    async with uow.begin() as tx:
        await tx.seniors.add(senior)
        await tx.check_ins.add(check_in)
        await tx.alerts.add(sample_alert(check_in))
        await tx.outbox.add(sample_delivery(check_in.assessment.id))

    async with uow.begin() as tx:
        assert await tx.seniors.get(senior.id) is None
        assert await tx.check_ins.get(check_in.id) is None
        assert (await tx.alerts.list()).items == ()
        assert list(await tx.outbox.due(T0 + timedelta(days=36500))) == []
        assert await tx.check_ins.blob_keys_in_use() == set()


async def test_an_error_inside_the_block_leaves_nothing(uow):
    senior = sample_senior()
    with pytest.raises(RuntimeError, match="analyzer exploded"):
        async with uow.begin() as tx:
            await tx.seniors.add(senior)
            await tx.check_ins.add(sample_check_in(senior.id))
            raise RuntimeError("analyzer exploded")

    async with uow.begin() as tx:
        assert await tx.seniors.get(senior.id) is None


async def test_rollback_after_commit_keeps_what_was_committed(uow):
    senior = sample_senior()
    async with uow.begin() as tx:
        await tx.seniors.add(senior)
        await tx.commit()
        await tx.rollback()

    async with uow.begin() as tx:
        assert await tx.seniors.get(senior.id) == senior


async def test_an_explicit_rollback_discards(uow):
    senior = sample_senior()
    async with uow.begin() as tx:
        await tx.seniors.add(senior)
        await tx.rollback()

    async with uow.begin() as tx:
        assert await tx.seniors.get(senior.id) is None


# -- seniors -------------------------------------------------------------------------------------------


async def test_seniors_are_listed_by_id_in_pages(uow):
    seniors = [await add_senior(uow, senior_id=sid) for sid in sorted_ids(7)]

    async with uow.begin() as tx:
        items, pages = await all_pages(tx.seniors.list, limit=3)

    assert items == seniors
    assert pages == 3


async def test_deleting_a_senior_removes_everything_about_them(uow):
    senior = await add_senior(uow)
    other = await add_senior(uow)
    check_in = sample_check_in(senior.id, idempotency_key="k")
    kept = sample_check_in(other.id)
    await add_check_ins(uow, [check_in, kept])
    async with uow.begin() as tx:
        await tx.alerts.add(sample_alert(check_in))
        await tx.alerts.add(sample_alert(kept))
        await tx.commit()

    async with uow.begin() as tx:
        assert await tx.seniors.delete(senior.id) is True
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.seniors.delete(senior.id) is False
        assert await tx.seniors.get(senior.id) is None
        assert await tx.check_ins.get(check_in.id) is None
        assert await tx.check_ins.find_by_idempotency_key(senior.id, "k") is None
        assert (await tx.alerts.list(senior_id=senior.id)).items == ()
        assert await tx.check_ins.blob_keys_in_use() == {kept.recording.blob_key}
        assert await tx.check_ins.get(kept.id) == kept
        assert len((await tx.alerts.list(senior_id=other.id)).items) == 1


# -- alerts --------------------------------------------------------------------------------------------


async def test_alerts_are_listed_newest_first_filtered_and_paged(uow):
    senior = await add_senior(uow)
    other = await add_senior(uow)
    check_in, theirs = sample_check_in(senior.id), sample_check_in(other.id)
    await add_check_ins(uow, [check_in, theirs])
    ids = sorted_ids(7)
    alerts = [
        sample_alert(check_in if i < 5 else theirs, alert_id=aid, created_at=T0 + timedelta(hours=i))
        for i, aid in enumerate(ids)
    ]
    async with uow.begin() as tx:
        for alert in alerts:
            await tx.alerts.add(alert)
        await tx.commit()

    async with uow.begin() as tx:
        everyone, _ = await all_pages(tx.alerts.list, limit=3)
        mine, pages = await all_pages(lambda **kw: tx.alerts.list(senior_id=senior.id, **kw), limit=2)
        acknowledged = await tx.alerts.list(status=AlertStatus.ACKNOWLEDGED)
        opened = await tx.alerts.list(senior_id=other.id, status=AlertStatus.OPEN)

    assert [a.id for a in everyone] == ids[::-1]
    assert [a.id for a in mine] == ids[:5][::-1] and pages == 3
    assert acknowledged.items == ()
    assert [a.id for a in opened.items] == ids[5:][::-1]
    assert everyone[-1] == alerts[0]
    assert encoded(everyone[-1]) == encoded(alerts[0])


async def test_acknowledging_an_alert_updates_it(uow):
    senior = await add_senior(uow)
    check_in = sample_check_in(senior.id)
    await add_check_ins(uow, [check_in])
    alert = sample_alert(check_in)
    async with uow.begin() as tx:
        await tx.alerts.add(alert)
        await tx.commit()

    acknowledged = msgspec.structs.replace(
        alert, status=AlertStatus.ACKNOWLEDGED, acknowledged_at=T0, acknowledged_by="사회복지사 이민호 👩‍⚕️"
    )
    async with uow.begin() as tx:
        await tx.alerts.update(acknowledged)
        await tx.commit()

    async with uow.begin() as tx:
        assert await tx.alerts.get(alert.id) == acknowledged
        assert [a.id for a in (await tx.alerts.list(status=AlertStatus.ACKNOWLEDGED)).items] == [alert.id]
        assert (await tx.alerts.list(status=AlertStatus.OPEN)).items == ()
        assert await tx.alerts.get(new_id()) is None
        with pytest.raises(NotFound):
            await tx.alerts.update(msgspec.structs.replace(alert, id=new_id()))


async def test_recent_alerts_of_a_senior_start_at_since(uow):
    senior = await add_senior(uow)
    check_in = sample_check_in(senior.id)
    await add_check_ins(uow, [check_in])
    alerts = [sample_alert(check_in, created_at=T0 + timedelta(hours=h)) for h in (0, 1, 2)]
    async with uow.begin() as tx:
        for alert in alerts:
            await tx.alerts.add(alert)
        await tx.commit()

    async with uow.begin() as tx:
        recent = await tx.alerts.recent_for_senior(senior.id, T0 + timedelta(hours=1))
        nobody = await tx.alerts.recent_for_senior(new_id(), T0)

    assert {a.id for a in recent} == {alerts[1].id, alerts[2].id}
    assert list(nobody) == []


# -- outbox --------------------------------------------------------------------------------------------


async def test_outbox_hands_out_due_deliveries_oldest_first(uow):
    ids = sorted_ids(3)
    first = msgspec.structs.replace(sample_delivery("ref-1", created_at=T0), id=ids[0])
    second = msgspec.structs.replace(sample_delivery("ref-2", created_at=T0 + timedelta(seconds=1)), id=ids[1])
    later = msgspec.structs.replace(
        sample_delivery("ref-3", created_at=T0 + timedelta(seconds=2), next_attempt_at=T0 + timedelta(hours=1)),
        id=ids[2],
    )
    async with uow.begin() as tx:
        for delivery in (later, second, first):
            await tx.outbox.add(delivery)
        await tx.commit()

    async with uow.begin() as tx:
        due = await tx.outbox.due(T0 + timedelta(minutes=1))
        limited = await tx.outbox.due(T0 + timedelta(hours=2), limit=2)
        everything = await tx.outbox.due(T0 + timedelta(hours=2))

    assert list(due) == [first, second]
    assert due[0].payload == first.payload  # arbitrary bytes survive
    assert [d.id for d in limited] == [first.id, second.id]
    assert [d.id for d in everything] == ids


async def test_outbox_retry_later_and_done(uow):
    delivery = sample_delivery("ref", created_at=T0)
    async with uow.begin() as tx:
        await tx.outbox.add(delivery)
        await tx.commit()

    async with uow.begin() as tx:
        await tx.outbox.retry_later(
            delivery.id, error="BigQuery 503 — 잠시 후 재시도", next_attempt_at=T0 + timedelta(minutes=5)
        )
        await tx.commit()
    async with uow.begin() as tx:
        assert list(await tx.outbox.due(T0 + timedelta(minutes=4))) == []
        (retried,) = await tx.outbox.due(T0 + timedelta(minutes=5))

    assert retried.attempts == 1
    async with uow.begin() as tx:
        assert await tx.outbox.depth() == 1  # scheduled for later still counts as waiting
    async with uow.begin() as tx:
        await tx.outbox.done(delivery.id)
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.outbox.depth() == 0
    assert retried.last_error == "BigQuery 503 — 잠시 후 재시도"
    assert retried.next_attempt_at == T0 + timedelta(minutes=5)
    assert retried.payload == delivery.payload

    async with uow.begin() as tx:
        await tx.outbox.done(delivery.id)
        await tx.outbox.done(delivery.id)  # a second delivery of "done" is harmless
        await tx.commit()
    async with uow.begin() as tx:
        assert list(await tx.outbox.due(T0 + timedelta(days=1))) == []


async def test_outbox_done_all_removes_the_rows_held_by_the_owner_in_one_call(uow):
    rows = [sample_delivery(f"ref-{n}", created_at=T0) for n in range(4)]
    async with uow.begin() as tx:
        for row in rows:
            await tx.outbox.add(row)
        await tx.commit()
    async with uow.begin() as tx:
        mine = await tx.outbox.claim("worker-a", T0, lease=timedelta(minutes=1), ids=[r.id for r in rows[:3]])
        await tx.commit()
    assert len(mine) == 3
    async with uow.begin() as tx:
        # the fourth row is not held by worker-a: left alone
        assert await tx.outbox.done_all([r.id for r in rows], owner="worker-a") == 3
        assert await tx.outbox.done_all([], owner="worker-a") == 0
        await tx.commit()
    async with uow.begin() as tx:
        assert [d.id for d in await tx.outbox.due(T0 + timedelta(days=1))] == [rows[3].id]


async def test_a_check_in_its_outbox_row_and_audit_entry_commit_together_or_not_at_all(uow):
    """What the check-in transaction writes after its reads (an SQL store sends it with the commit)."""
    senior = await add_senior(uow)
    first = sample_check_in(senior.id, idempotency_key="k-1")
    async with uow.begin() as tx:
        assert list(await tx.alerts.recent_for_senior(senior.id, T0)) == []
        await tx.check_ins.add(first)
        await tx.outbox.add(sample_delivery(first.assessment.id, created_at=T0))
        await tx.audit.append(sample_audit(senior.id, first.id))
        assert (await tx.check_ins.get(first.id)) == first  # read back in the same transaction
        await tx.commit()
    again = sample_check_in(senior.id, idempotency_key="k-1")
    with pytest.raises(Conflict):
        async with uow.begin() as tx:
            await tx.outbox.add(sample_delivery(again.assessment.id, created_at=T0))
            await tx.audit.append(sample_audit(senior.id, again.id))
            await tx.check_ins.add(again)
            await tx.commit()
    async with uow.begin() as tx:
        assert await tx.outbox.depth() == 1
        entries = await tx.audit.query(senior_id=senior.id)
        assert [e.resource_id for e in entries.items] == [first.id]


# -- page order, visibility, locking (issue 12) -------------------------------------------------------


async def test_pages_follow_time_then_id_not_id_alone(uow):
    """Ids made by other processes (or in one millisecond) do not follow time: pages are ordered by
    (created_at, id), ties broken by id, and a cursor continues from its row whatever its id."""
    senior = await add_senior(uow)
    ids = sorted_ids(9)
    # Times run against the ids, with ties: the id order tells nothing about the time order.
    times = [T0 + timedelta(minutes=m) for m in (8, 8, 7, 5, 5, 5, 3, 1, 0)]
    check_ins = [sample_check_in(senior.id, check_in_id=i, created_at=t) for i, t in zip(ids, times, strict=True)]
    await add_check_ins(uow, check_ins)
    expected = [c.id for c in sorted(check_ins, key=lambda c: (c.created_at, c.id))]
    alerts = [sample_alert(c, alert_id=new_id(), created_at=c.created_at) for c in check_ins]
    async with uow.begin() as tx:
        for alert in alerts:
            await tx.alerts.add(alert)
        await tx.commit()
    async with uow.begin() as tx:
        paged, pages = await all_pages(lambda **kw: tx.check_ins.list_for_senior(senior.id, **kw), limit=2)
        newest_first, _ = await all_pages(lambda **kw: tx.alerts.list(senior_id=senior.id, **kw), limit=2)
    assert [c.id for c in paged] == expected and pages == 5
    assert [a.id for a in newest_first] == [a.id for a in sorted(alerts, key=lambda a: (a.created_at, a.id))][::-1]


async def test_a_lookup_with_the_callers_seniors_misses_other_seniors_items(uow):
    mine, theirs = await add_senior(uow), await add_senior(uow)
    check_in = sample_check_in(theirs.id)
    await add_check_ins(uow, [check_in])
    alert = sample_alert(check_in)
    async with uow.begin() as tx:
        await tx.alerts.add(alert)
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.check_ins.get(check_in.id, senior_ids={mine.id}) is None
        assert await tx.check_ins.get(check_in.id, senior_ids=set()) is None
        assert (await tx.check_ins.get(check_in.id, senior_ids={theirs.id, mine.id})) == check_in
        assert await tx.check_ins.get_by_assessment(check_in.assessment.id, senior_ids={mine.id}) is None
        assert (await tx.check_ins.get_by_assessment(check_in.assessment.id, senior_ids=None)) == check_in
        assert await tx.alerts.get(alert.id, senior_ids={mine.id}) is None
        assert (await tx.alerts.get(alert.id, senior_ids={theirs.id})) == alert
        assert await tx.check_ins.senior_of(check_in_id=check_in.id) == theirs.id
        assert await tx.check_ins.senior_of(assessment_id=check_in.assessment.id) == theirs.id
        assert await tx.check_ins.senior_of(check_in_id=new_id()) is None


async def test_reading_a_senior_for_update_returns_it_and_keeps_the_transaction_usable(uow):
    senior = await add_senior(uow)
    async with uow.begin() as tx:
        assert await tx.seniors.get(senior.id, for_update=True) == senior
        assert await tx.seniors.get(new_id(), for_update=True) is None
        await tx.check_ins.add(sample_check_in(senior.id))
        await tx.commit()
