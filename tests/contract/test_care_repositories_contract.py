# ruff: noqa: F811  (the fixtures imported from conftest_storage are test parameters by name)
"""Contract of the care ports (care teams, schedules, missed check-ins) over every UnitOfWork implementation:
memory fake, SQLite and MariaDB."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta, timezone

import msgspec
import pytest

from mhealth.adapters.sql.testing import sample_senior
from mhealth.domain.errors import NotFound
from mhealth.domain.model import (
    CareTeam,
    CareTeamMember,
    Channel,
    ChannelKind,
    MemberRole,
    MissedCheckIn,
    QuietHours,
    Schedule,
    ScheduleTime,
    new_id,
)
from tests.contract.conftest_storage import mariadb_url, sqlite_template, uow  # noqa: F401 - fixtures

T0 = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)
KST = timezone(timedelta(hours=9))


async def seniors(uow, n: int = 2) -> list[str]:
    made = [sample_senior() for _ in range(n)]
    async with uow.begin() as tx:
        for s in made:
            await tx.seniors.add(s)
        await tx.commit()
    return [s.id for s in made]


def team(senior_id: str, *, n: int = 3, at: datetime = T0) -> CareTeam:
    members = [
        CareTeamMember(
            role=MemberRole.GUARDIAN,
            user_id=new_id(),
            name="김민수 (아들) 👨‍👩‍👦",
            channels=(
                Channel(kind=ChannelKind.SMS, address="01012345678"),
                Channel(kind=ChannelKind.EMAIL, address="son@example.kr"),
            ),
            quiet_hours=QuietHours(start="22:00", end="07:00"),
        ),
        CareTeamMember(
            role=MemberRole.SOCIAL_WORKER,
            name="박복지사",
            channels=(Channel(kind=ChannelKind.KAKAO, address="+821098765432"),),
            language="en",
        ),
        CareTeamMember(
            role=MemberRole.ON_CALL,
            name="24시 상황실",
            channels=(Channel(kind=ChannelKind.WEBHOOK, address="https://oncall.example.kr/hook?x=1"),),
        ),
    ]
    return CareTeam(senior_id=senior_id, members=tuple(members[:n]), updated_at=at, updated_by="admin-1")


def schedule(senior_id: str, *, checked_until: datetime | None = None, grace: int = 60) -> Schedule:
    return Schedule(
        senior_id=senior_id,
        times=(ScheduleTime(weekday="mon", time="09:00"), ScheduleTime(weekday="thu", time="18:30")),
        grace_minutes=grace,
        updated_at=T0,
        checked_until=checked_until,
    )


def missed(senior_id: str, slot_at: datetime) -> MissedCheckIn:
    return MissedCheckIn(id=new_id(), senior_id=senior_id, slot_at=slot_at, recorded_at=slot_at + timedelta(hours=1))


# -- care teams -------------------------------------------------------------------------------------------


async def test_a_care_team_round_trips_in_order_and_is_replaced_whole(uow):
    [sid, other] = await seniors(uow)
    first = team(sid)
    async with uow.begin() as tx:
        assert await tx.care_teams.get(sid) is None
        await tx.care_teams.put(first)
        await tx.commit()
    async with uow.begin() as tx:
        found = await tx.care_teams.get(sid)
        assert await tx.care_teams.get(other) is None
    assert found == first
    assert msgspec.json.encode(found) == msgspec.json.encode(first)
    assert [m.role for m in found.members] == [MemberRole.GUARDIAN, MemberRole.SOCIAL_WORKER, MemberRole.ON_CALL]

    smaller = team(sid, n=1, at=T0 + timedelta(days=1))
    async with uow.begin() as tx:
        await tx.care_teams.put(smaller)
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.care_teams.get(sid) == smaller


async def test_an_empty_team_is_stored_and_a_team_is_removable(uow):
    [sid] = await seniors(uow, 1)
    async with uow.begin() as tx:
        await tx.care_teams.put(team(sid, n=0))
        await tx.commit()
    async with uow.begin() as tx:
        assert (await tx.care_teams.get(sid)).members == ()
        assert await tx.care_teams.delete(sid) is True
        assert await tx.care_teams.delete(sid) is False
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.care_teams.get(sid) is None


async def test_a_team_of_an_unknown_senior_is_not_found(uow):
    async with uow.begin() as tx:
        with pytest.raises(NotFound):
            await tx.care_teams.put(team(new_id()))
        with pytest.raises(NotFound):
            await tx.schedules.put(schedule(new_id()))


async def test_a_team_put_without_commit_is_rolled_back(uow):
    [sid] = await seniors(uow, 1)
    async with uow.begin() as tx:
        await tx.care_teams.put(team(sid))
        await tx.schedules.put(schedule(sid))
        assert await tx.care_teams.get(sid) is not None  # read your own write
    async with uow.begin() as tx:
        assert await tx.care_teams.get(sid) is None
        assert await tx.schedules.get(sid) is None


# -- schedules --------------------------------------------------------------------------------------------


async def test_a_schedule_round_trips_and_is_replaced(uow):
    [sid] = await seniors(uow, 1)
    watermark = datetime(2026, 3, 2, 9, 30, 15, 123456, tzinfo=KST)
    s = schedule(sid, checked_until=watermark, grace=45)
    async with uow.begin() as tx:
        await tx.schedules.put(s)
        await tx.commit()
    async with uow.begin() as tx:
        found = await tx.schedules.get(sid)
    assert found == s
    assert found.checked_until == watermark  # the same instant, microseconds kept
    assert found.checked_until.utcoffset() is not None

    replaced = msgspec.structs.replace(s, times=(ScheduleTime(weekday="sun", time="07:05"),), grace_minutes=30)
    async with uow.begin() as tx:
        await tx.schedules.put(replaced)
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.schedules.get(sid) == replaced
        assert await tx.schedules.delete(sid) is True
        assert await tx.schedules.get(sid) is None


async def test_a_schedule_is_due_when_the_grace_window_of_its_watermark_has_closed(uow):
    a, b, c, d, e = await seniors(uow, 5)
    now = T0 + timedelta(hours=5)
    async with uow.begin() as tx:
        await tx.schedules.put(schedule(a, checked_until=now - timedelta(minutes=60), grace=60))  # due just now
        await tx.schedules.put(schedule(b, checked_until=T0 - timedelta(hours=1), grace=720))  # due at T0 + 11 h
        await tx.schedules.put(schedule(c, checked_until=None))  # never checked: due
        await tx.schedules.put(schedule(d, checked_until=now - timedelta(minutes=59), grace=60))  # a minute early
        await tx.schedules.put(schedule(e, checked_until=T0, grace=5))  # long due
        await tx.commit()
    async with uow.begin() as tx:
        due = await tx.schedules.claim_due(now)
        first_two = await tx.schedules.claim_due(now, limit=2)
        later = await tx.schedules.claim_due(T0 + timedelta(hours=12))
    assert [s.senior_id for s in due] == [c, e, a]
    assert [s.senior_id for s in first_two] == [c, e]
    assert [s.senior_id for s in later] == [c, b, e, a, d]  # oldest watermark first


async def test_two_transactions_never_claim_the_same_schedule(uow):
    ids = await seniors(uow, 6)
    async with uow.begin() as tx:
        for sid in ids:
            await tx.schedules.put(schedule(sid))
        await tx.commit()
    now = T0 + timedelta(days=1)
    claimed: list[list[str]] = []

    async def worker() -> None:
        while True:
            async with uow.begin() as tx:
                got = await tx.schedules.claim_due(now, limit=4)
                if not got:
                    return
                claimed.append([s.senior_id for s in got])
                await asyncio.sleep(0.05)  # hold the claim while the other worker claims
                for s in got:
                    await tx.schedules.advance(s.senior_id, now)
                await tx.commit()

    await asyncio.gather(worker(), worker())
    flat = [sid for batch in claimed for sid in batch]
    assert len(flat) == len(set(flat)), f"a schedule was claimed twice: {claimed}"
    assert sorted(flat) == sorted(ids)  # nothing left behind


# -- missed check-ins -------------------------------------------------------------------------------------


async def test_a_missed_slot_is_recorded_once(uow):
    [sid, other] = await seniors(uow)
    slot = datetime(2026, 3, 2, 9, 0, tzinfo=KST)
    async with uow.begin() as tx:
        assert await tx.missed_check_ins.add(missed(sid, slot)) is True
        assert await tx.missed_check_ins.add(missed(sid, slot.astimezone(UTC))) is False  # same instant
        assert await tx.missed_check_ins.add(missed(other, slot)) is True  # another senior's slot
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.missed_check_ins.add(missed(sid, slot)) is False  # after commit too
        later = missed(sid, slot + timedelta(days=3))
        assert await tx.missed_check_ins.add(later) is True  # the transaction is still usable
        await tx.commit()
    async with uow.begin() as tx:
        found = await tx.missed_check_ins.list_for_senior(sid)
    assert [m.slot_at for m in found] == [slot, slot + timedelta(days=3)]
    assert found[1] == later


async def test_missed_slots_are_listed_by_range_and_order(uow):
    [sid] = await seniors(uow, 1)
    slots = [T0 + timedelta(days=d) for d in range(5)]
    async with uow.begin() as tx:
        for at in reversed(slots):
            await tx.missed_check_ins.add(missed(sid, at))
        await tx.commit()
    async with uow.begin() as tx:
        window = await tx.missed_check_ins.list_for_senior(sid, start=slots[1], end=slots[4])
        newest = await tx.missed_check_ins.list_for_senior(sid, newest_first=True, limit=2)
        none = await tx.missed_check_ins.list_for_senior(new_id())
    assert [m.slot_at for m in window] == slots[1:4]
    assert [m.slot_at for m in newest] == [slots[4], slots[3]]
    assert none == []


async def test_a_missed_slot_of_an_unknown_senior_is_not_found(uow):
    async with uow.begin() as tx:
        with pytest.raises(NotFound):
            await tx.missed_check_ins.add(missed(new_id(), T0))


async def test_erasing_a_senior_removes_their_team_schedule_and_missed_slots(uow):
    [sid, keep] = await seniors(uow)
    async with uow.begin() as tx:
        for who in (sid, keep):
            await tx.care_teams.put(team(who))
            await tx.schedules.put(schedule(who))
            await tx.missed_check_ins.add(missed(who, T0))
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.seniors.delete(sid) is True
        await tx.commit()
    async with uow.begin() as tx:
        assert await tx.care_teams.get(sid) is None
        assert await tx.schedules.get(sid) is None
        assert await tx.missed_check_ins.list_for_senior(sid) == []
        assert [s.senior_id for s in await tx.schedules.claim_due(T0 + timedelta(days=1))] == [keep]
        assert await tx.care_teams.get(keep) is not None
        assert len(await tx.missed_check_ins.list_for_senior(keep)) == 1
