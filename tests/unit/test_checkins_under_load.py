"""Check-ins under races, overload and unknown outcomes, over the in-memory unit of work.

The same races run against SQLite and a real MariaDB in tests/integration/test_sql_load.py.
"""

from __future__ import annotations

import asyncio
import itertools
from datetime import timedelta
from pathlib import Path

import pytest

from mhealth.adapters.memory import FixedClock, InMemoryAnalytics, InMemoryAnalyzer, InMemoryUnitOfWork
from mhealth.domain.errors import NotFound, NotVisible, OutcomeUnknown, Overloaded
from mhealth.domain.model import RiskAssessment, new_id
from mhealth.domain.usecases.checkins import CheckInPolicy
from mhealth.ports.analyzer import Analyzer
from tests.checkins_harness import START, WHO, GatedAnalyzer, check_ins, tone_wav

TEXT = "오늘은 딸이랑 통화해서 좋았어요"


async def test_racing_requests_with_one_key_store_one_check_in_and_replay_it():
    """All three are analysed before any persists: the first insert takes the key, the others' inserts
    conflict on it, roll back and replay the stored check-in (200 replayed, never a 409, one row)."""
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow, analyzer=GatedAnalyzer(parties=3))
    senior = await ci.create_senior(display_name="김순자")
    results = await asyncio.gather(*(ci.check_in_text(senior.id, TEXT, idempotency_key="k-1") for _ in range(3)))
    assert len({r.check_in.id for r in results}) == 1
    assert sorted(r.replayed for r in results) == [False, True, True]
    assert all(r.idempotency_key == "k-1" for r in results)
    assert len(uow.state.check_ins) == 1


async def test_a_key_is_minted_when_none_is_sent_and_a_retry_with_it_replays():
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow)
    senior = await ci.create_senior(display_name="김순자")
    first = await ci.check_in_text(senior.id, TEXT)
    assert first.idempotency_key and first.check_in.idempotency_key == first.idempotency_key
    again = await ci.check_in_text(senior.id, TEXT, idempotency_key=first.idempotency_key)
    assert again.replayed and again.check_in.id == first.check_in.id
    other = await ci.check_in_text(senior.id, TEXT)
    assert other.idempotency_key != first.idempotency_key and not other.replayed


async def test_an_audio_check_in_honours_its_idempotency_key(tmp_path: Path):
    """Beyond the duplicate-audio window only the key can tell a retry from a new recording."""
    uow = InMemoryUnitOfWork()
    clock = FixedClock(START)
    ci = check_ins(uow, clock=clock, policy=CheckInPolicy(duplicate_audio_window=timedelta(0)))
    senior = await ci.create_senior(display_name="박영호")
    path = tmp_path / "a.wav"
    path.write_bytes(tone_wav())
    first = await ci.check_in_audio(senior.id, path, filename="a.wav", idempotency_key="audio-1")
    clock.advance(timedelta(minutes=30))
    again = await ci.check_in_audio(senior.id, path, filename="a.wav", idempotency_key="audio-1")
    assert again.replayed and again.check_in.id == first.check_in.id
    assert len(uow.state.check_ins) == 1
    fresh = await ci.check_in_audio(senior.id, path, filename="a.wav", idempotency_key="audio-2")
    assert not fresh.replayed and len(uow.state.check_ins) == 2


async def test_racing_audio_check_ins_with_one_key_store_one(tmp_path: Path):
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow, analyzer=GatedAnalyzer(parties=2), policy=CheckInPolicy(duplicate_audio_window=timedelta(0)))
    senior = await ci.create_senior(display_name="박영호")
    paths = []
    for i in range(2):
        paths.append(tmp_path / f"{i}.wav")
        paths[-1].write_bytes(tone_wav(freq=220.0 + i))  # different bytes: only the key ties them
    results = await asyncio.gather(*(ci.check_in_audio(senior.id, p, idempotency_key="same") for p in paths))
    assert len({r.check_in.id for r in results}) == 1 and sorted(r.replayed for r in results) == [False, True]
    assert len(uow.state.check_ins) == 1


async def test_above_the_in_flight_limit_a_check_in_is_refused_at_once_and_nothing_is_stored():
    uow = InMemoryUnitOfWork()
    gated = GatedAnalyzer()
    ci = check_ins(uow, analyzer=gated, policy=CheckInPolicy(max_in_flight=2))
    senior = await ci.create_senior(display_name="김순자")
    busy = [asyncio.create_task(ci.check_in_text(senior.id, TEXT)) for _ in range(2)]
    while gated.arrived < 2:
        await asyncio.sleep(0)
    with pytest.raises(Overloaded) as refused:
        await ci.check_in_text(senior.id, TEXT, idempotency_key="third")
    assert refused.value.code == "overloaded" and refused.value.retry_after > 0
    assert gated.arrived == 2  # refused before any work
    gated.open()
    done = await asyncio.gather(*busy)
    assert all(not r.replayed for r in done) and ci.in_flight == 0
    assert len(uow.state.check_ins) == 2
    assert not (await ci.check_in_text(senior.id, TEXT, idempotency_key="third")).replayed  # later it is taken


async def test_the_audit_entry_commits_with_the_check_in_or_not_at_all():
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow)
    senior = await ci.create_senior(display_name="김순자")
    result = await ci.check_in_text(senior.id, TEXT, audit=WHO)
    entries = [e for e in uow.state.audit.values() if e.resource_id == result.check_in.id]
    assert len(entries) == 1
    entry = entries[0]
    assert (entry.actor, entry.actor_role, entry.action, entry.senior_id) == (
        "guardian-1",
        "guardian",
        "check_in.create",
        senior.id,
    )
    assert entry.request_id == "req-12345678" and entry.client_ip == "127.0.0.1"

    uow.fail_next_commit = RuntimeError("the database went away")
    with pytest.raises(RuntimeError):
        await ci.check_in_text(senior.id, "두 번째 이야기", audit=WHO)
    assert len(uow.state.check_ins) == 1 and len(uow.state.audit) == 1  # neither stored

    replay = await ci.check_in_text(senior.id, TEXT, idempotency_key=result.idempotency_key, audit=WHO)
    assert replay.replayed and len(uow.state.audit) == 2  # a replay is data leaving too: audited


async def test_an_unknown_commit_outcome_is_never_reported_as_failure_and_a_retry_finds_the_result():
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow)
    senior = await ci.create_senior(display_name="김순자")
    uow.fail_after_next_commit = OutcomeUnknown("the link dropped during COMMIT")
    with pytest.raises(OutcomeUnknown) as unknown:
        await ci.check_in_text(senior.id, TEXT)
    key = unknown.value.idempotency_key
    assert key and unknown.value.code == "outcome_unknown"
    retry = await ci.check_in_text(senior.id, TEXT, idempotency_key=key)
    assert retry.replayed and len(uow.state.check_ins) == 1


async def test_a_hidden_check_in_answers_as_a_missing_one_after_the_same_lookups():
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow)
    mine = await ci.create_senior(display_name="김순자")
    theirs = await ci.create_senior(display_name="박영호")
    hidden = await ci.check_in_text(theirs.id, TEXT)
    with pytest.raises(NotVisible) as invisible:
        await ci.get_check_in(hidden.check_in.id, visible={mine.id})
    with pytest.raises(NotFound) as absent:
        await ci.get_check_in(new_id(), visible={mine.id})
    assert type(absent.value) is NotFound
    assert (invisible.value.code, invisible.value.detail) == (absent.value.code, absent.value.detail)
    assert invisible.value.senior_id == theirs.id  # for the audit log only
    with pytest.raises(NotVisible):
        await ci.get_assessment(hidden.check_in.assessment.id, visible={mine.id})
    assert (await ci.get_check_in(hidden.check_in.id, visible={theirs.id})).id == hidden.check_in.id


def test_ids_made_in_a_row_sort_by_time_but_are_never_neighbours():
    ids = [new_id() for _ in range(2000)]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    values = [int(i, 16) for i in ids]
    same_ms = [(a, b) for a, b in itertools.pairwise(values) if a >> 80 == b >> 80]
    assert same_ms, "a fast loop makes several ids per millisecond"
    assert min(b - a for a, b in same_ms) > 1 << 16  # a random 64-bit step, not +1


async def test_a_stored_check_in_is_answered_as_stored_even_if_recording_its_deliveries_fails():
    """No failure after storing: the outbox bookkeeping after the commit may fail (the database went
    away a moment later); the check-in was stored and audited, so the answer is a success and the
    deliveries stay queued for a retry."""
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow)
    senior = await ci.create_senior(display_name="김순자")
    real_deliver = ci._deliver

    async def deliver_then_lose_the_database(deliveries):  # type: ignore[no-untyped-def]
        uow.fail_next_commit = OutcomeUnknown("the database went away after the check-in committed")
        return await real_deliver(deliveries)

    ci._deliver = deliver_then_lose_the_database  # type: ignore[method-assign]
    result = await ci.check_in_text(senior.id, TEXT, audit=WHO)
    assert not result.replayed and result.check_in.id in uow.state.check_ins
    assert uow.state.outbox  # still queued: delivered again later (at least once, idempotent sinks)


class HeldAnalytics(InMemoryAnalytics):
    """An analytics sink that answers only when ``release`` is set (a slow BigQuery)."""

    def __init__(self) -> None:
        super().__init__()
        self.release = asyncio.Event()
        self.waiting = 0

    async def record(self, events):  # type: ignore[no-untyped-def]
        self.waiting += 1
        await self.release.wait()
        await super().record(events)


async def test_background_deliveries_do_not_hold_the_answer_and_drain_delivers_them():
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow, background=4)
    sink = ci.deliveries.analytics = HeldAnalytics()
    senior = await ci.create_senior(display_name="김순자")
    result = await asyncio.wait_for(ci.check_in_text(senior.id, TEXT), 5)  # answered though the sink waits
    assert not result.replayed and ci.background_deliveries == 1 and len(uow.state.outbox) == 1
    await asyncio.sleep(0)
    assert sink.waiting == 1 and not sink.events
    sink.release.set()
    assert await ci.drain(5) == 0
    assert list(sink.events) == [result.check_in.assessment.id] and not uow.state.outbox  # delivered, marked done
    assert ci.background_deliveries == 0


async def test_background_deliveries_of_many_check_ins_go_out_in_one_pass():
    """Check-ins stored while the flusher has not run yet (or is busy with a pass) queue; its pass sends them
    together: one claim, one analytics write, one record of the outcomes."""
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow, background=16)
    sink = ci.deliveries.analytics = HeldAnalytics()
    senior = await ci.create_senior(display_name="김순자")
    results = [await ci.check_in_text(senior.id, f"{TEXT} {n}") for n in range(6)]
    assert ci.background_deliveries == 6
    sink.release.set()
    assert await ci.drain(5) == 0
    assert sink.waiting == 1  # the six rows in one write
    assert sorted(sink.events) == sorted(r.check_in.assessment.id for r in results) and not uow.state.outbox
    assert ci.background_deliveries == 0


class HoldsOne(Analyzer):
    """The in-memory analyzer, except that a text with "기다려" waits for ``gate`` (a check-in kept in flight)."""

    name = "holds-one"

    def __init__(self) -> None:
        self.inner = InMemoryAnalyzer()
        self.gate = asyncio.Event()

    async def analyze(self, text: str, *, language: str = "ko") -> RiskAssessment:
        if "기다려" in text:
            await self.gate.wait()
        return await self.inner.analyze(text, language=language)


async def test_the_flusher_waits_for_the_check_ins_in_flight_then_sends_theirs_in_one_pass():
    """A burst: while check-ins are being processed, the flusher holds its pass (at most ``flush_hold_s``, and only
    while fewer than half the bound have queued), so the stored ones' deliveries go out together after them instead
    of a pass after every few commits taking connections from the check-ins still running."""
    uow = InMemoryUnitOfWork()
    analyzer = HoldsOne()
    ci = check_ins(uow, analyzer=analyzer, background=16)
    ci.flush_hold_s = 3600.0  # here only the check-in in flight ends the hold, never the clock
    sink = ci.deliveries.analytics = HeldAnalytics()
    sink.release.set()
    senior = await ci.create_senior(display_name="김순자")
    held = asyncio.create_task(ci.check_in_text(senior.id, "기다려 주세요"))
    await asyncio.sleep(0)
    assert ci.in_flight == 1  # in its analysis
    first = await asyncio.wait_for(ci.check_in_text(senior.id, TEXT), 5)  # stored and answered meanwhile
    for _ in range(10):
        await asyncio.sleep(0)
    assert ci.background_deliveries == 1 and sink.waiting == 0 and not sink.events  # held back
    analyzer.gate.set()
    second = await asyncio.wait_for(held, 5)
    assert await ci.drain(5) == 0
    assert sink.waiting == 1  # the two in one write
    assert sorted(sink.events) == sorted([first.check_in.assessment.id, second.check_in.assessment.id])
    assert not uow.state.outbox and ci.background_deliveries == 0


async def test_the_flusher_holds_no_longer_than_half_the_bound():
    uow = InMemoryUnitOfWork()
    analyzer = HoldsOne()
    ci = check_ins(uow, analyzer=analyzer, background=4)
    ci.flush_hold_s = 3600.0
    sink = ci.deliveries.analytics = HeldAnalytics()
    sink.release.set()
    senior = await ci.create_senior(display_name="김순자")
    held = asyncio.create_task(ci.check_in_text(senior.id, "기다려 주세요"))
    await asyncio.sleep(0)
    results = [await ci.check_in_text(senior.id, f"{TEXT} {n}") for n in range(2)]  # 2 = half of 4 queued
    for _ in range(20):
        await asyncio.sleep(0)
    assert sorted(sink.events) == sorted(r.check_in.assessment.id for r in results)  # sent though one is in flight
    analyzer.gate.set()
    await asyncio.wait_for(held, 5)
    assert await ci.drain(5) == 0 and not uow.state.outbox


async def test_past_the_bound_deliveries_run_before_the_answer_again():
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow, background=1)
    sink = ci.deliveries.analytics = HeldAnalytics()
    senior = await ci.create_senior(display_name="김순자")
    await ci.check_in_text(senior.id, TEXT)  # takes the one background slot
    second = asyncio.create_task(ci.check_in_text(senior.id, "두 번째 이야기"))
    for _ in range(5):
        await asyncio.sleep(0)
    assert sink.waiting == 2 and not second.done()  # delivering itself: the answer waits for the sink
    assert len(uow.state.check_ins) == 2  # already stored
    sink.release.set()
    assert not (await asyncio.wait_for(second, 5)).replayed
    await ci.drain(5)
    assert len(sink.events) == 2 and not uow.state.outbox


async def test_deliveries_unfinished_at_drain_are_cancelled_and_stay_in_the_outbox_for_a_retry():
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow, background=4)
    sink = ci.deliveries.analytics = HeldAnalytics()
    senior = await ci.create_senior(display_name="김순자")
    result = await ci.check_in_text(senior.id, TEXT)
    await asyncio.sleep(0)
    assert await ci.drain(0.05) == 1 and ci.background_deliveries == 0
    assert not sink.events and len(uow.state.outbox) == 1  # still queued: the worker delivers it later
    sink.release.set()
    ci.clock.advance(ci.deliveries.policy.lease)  # once the cancelled try's lease has run out
    assert await ci.deliver_pending() == 1 and list(sink.events) == [result.check_in.assessment.id]


async def test_a_failed_background_delivery_leaves_its_outbox_row_for_a_retry():
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow, background=4)
    ci.deliveries.analytics.failing = True  # type: ignore[attr-defined]
    senior = await ci.create_senior(display_name="김순자")
    await ci.check_in_text(senior.id, TEXT)
    await ci.drain(5)
    (row,) = uow.state.outbox.values()
    assert row.attempts == 1 and row.last_error  # recorded, scheduled for a later retry


async def test_a_replay_whose_audit_commit_is_unknown_answers_outcome_unknown_with_the_key():
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow)
    senior = await ci.create_senior(display_name="김순자")
    first = await ci.check_in_text(senior.id, TEXT, idempotency_key="k-unknown", audit=WHO)
    uow.fail_after_next_commit = OutcomeUnknown("the link dropped during COMMIT")  # the replay's audit commit
    with pytest.raises(OutcomeUnknown) as unknown:
        await ci.check_in_text(senior.id, TEXT, idempotency_key="k-unknown", audit=WHO)
    assert unknown.value.idempotency_key == "k-unknown"
    again = await ci.check_in_text(senior.id, TEXT, idempotency_key="k-unknown", audit=WHO)
    assert again.replayed and again.check_in.id == first.check_in.id and len(uow.state.check_ins) == 1
