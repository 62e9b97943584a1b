"""The schedule check against real databases: two workers (two units of work, two connection pools) checking
at once never judge one senior twice: every missed slot is recorded once and every streak raises one alert."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import pytest

from mhealth.adapters.memory import FixedClock
from mhealth.adapters.sql.testing import clear_tables, sample_check_in, sample_senior
from mhealth.adapters.sql.uow import SqlUnitOfWork
from mhealth.domain.model import MISSED_CHECK_INS
from mhealth.domain.usecases.care import SchedulePolicy, Schedules, ScheduleTimeInput

KST = timezone(timedelta(hours=9))
SUNDAY = datetime(2026, 3, 1, 12, 0, tzinfo=KST)
MON_9 = datetime(2026, 3, 2, 9, 0, tzinfo=KST)
SENIORS = 24


async def store_alert(tx, alert) -> None:
    await tx.alerts.add(alert)


@pytest.mark.parametrize("batch", [1, 5])
async def test_two_workers_record_each_missed_slot_once_and_raise_one_alert_per_senior(database_url, batch):
    setup = SqlUnitOfWork(database_url, max_workers=2)
    workers = [SqlUnitOfWork(database_url, max_workers=2) for _ in range(2)]
    try:
        clear_tables(database_url)
        clock = FixedClock(SUNDAY)
        policy = SchedulePolicy(missed_alert_after=2, batch=batch)
        schedules = Schedules(uow=setup, clock=clock, policy=policy, on_alert=store_alert)
        ids = []
        for i in range(SENIORS):
            senior = sample_senior()
            async with setup.begin() as tx:
                await tx.seniors.add(senior)
                await tx.commit()
            ids.append(senior.id)
            times = [ScheduleTimeInput(weekday="mon", time="09:00"), ScheduleTimeInput(weekday="thu", time="09:00")]
            await schedules.put(senior.id, times, grace_minutes=60)
        kept = ids[0]  # this one checked in on Thursday: one miss, no alert
        async with setup.begin() as tx:
            await tx.check_ins.add(sample_check_in(kept, created_at=MON_9 + timedelta(days=3, minutes=5), audio=False))
            await tx.commit()

        now = MON_9 + timedelta(days=3, hours=2)
        runners = [Schedules(uow=w, clock=FixedClock(now), policy=policy, on_alert=store_alert) for w in workers]
        reports = await asyncio.gather(*(r.check_schedules() for r in runners))

        assert sum(r.schedules for r in reports) == SENIORS  # each schedule judged by exactly one worker
        assert sum(r.missed for r in reports) == 2 * SENIORS - 1
        assert sum(r.alerts for r in reports) == SENIORS - 1
        async with setup.begin() as tx:
            for sid in ids:
                missed = await tx.missed_check_ins.list_for_senior(sid)
                alerts = (await tx.alerts.list(senior_id=sid)).items
                if sid == kept:
                    assert [m.slot_at for m in missed] == [MON_9]
                    assert alerts == ()
                else:
                    assert [m.slot_at for m in missed] == [MON_9, MON_9 + timedelta(days=3)]
                    assert [a.reason_code for a in alerts] == [MISSED_CHECK_INS]
                assert (await tx.schedules.get(sid)).checked_until == MON_9 + timedelta(days=7)
        again = await asyncio.gather(*(r.check_schedules() for r in runners))
        assert sum(r.missed + r.alerts + r.schedules for r in again) == 0
    finally:
        await setup.aclose()
        for w in workers:
            await w.aclose()
