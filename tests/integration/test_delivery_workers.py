"""Two workers against MariaDB: 1,000 alerts, every notification delivered once, every escalation step once.

Each worker has its own unit of work (its own connections), as two ``mhealth worker`` processes would; they
claim from one outbox at the same time (``FOR UPDATE SKIP LOCKED``).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta

import pytest

from mhealth.adapters.memory.sinks import NullAnalytics
from mhealth.adapters.sql.testing import sample_senior
from mhealth.adapters.sql.uow import SqlUnitOfWork
from mhealth.adapters.system.clock import SystemClock
from mhealth.domain.errors import DatabaseUnavailable
from mhealth.domain.model import (
    MISSED_CHECK_INS,
    Alert,
    AlertEvent,
    CareTeam,
    CareTeamMember,
    Channel,
    ChannelKind,
    MemberRole,
    Notification,
    RiskLevel,
    new_id,
    utcnow,
)
from mhealth.domain.rules.routing import EscalationLadder
from mhealth.domain.usecases.alerts import AlertRouting, Alerts
from mhealth.domain.usecases.deliveries import Deliveries, DeliveryPolicy
from mhealth.ports.notifier import Notifier

pytestmark = pytest.mark.slow

ALERTS = 1000
SENIORS = 20
HOOK = Channel(kind=ChannelKind.WEBHOOK, address="https://org.example.kr/hook")
TEAM = (
    CareTeamMember(
        role=MemberRole.GUARDIAN, name="a", channels=(Channel(kind=ChannelKind.SMS, address="01011112222"),)
    ),
    CareTeamMember(role=MemberRole.ON_CALL, name="b", channels=(Channel(kind=ChannelKind.PUSH, address="token-b"),)),
)


class Receiver(Notifier):
    """Counts sends per delivery id (shared by both workers: one receiver, as a real webhook would be)."""

    name = "receiver"
    kinds = frozenset(ChannelKind)

    def __init__(self) -> None:
        self.sends: Counter[str] = Counter()
        self.events: dict[str, Notification] = {}

    async def send(self, notification: Notification) -> None:
        self.sends[notification.delivery_id] += 1
        self.events[notification.delivery_id] = notification
        await asyncio.sleep(0)  # let the other worker run between sends


async def test_two_workers_deliver_a_thousand_alerts_once_each(mariadb_url):
    from mhealth.adapters.sql.testing import clear_tables

    clear_tables(mariadb_url)
    receiver = Receiver()
    clock = SystemClock()
    # Escalation to the second member is due at once, so both workers also race for escalation steps.
    routing = AlertRouting(
        ladder=EscalationLadder(high=(timedelta(0), timedelta(0))),
        org_channels=(HOOK,),
    )
    seniors = [sample_senior() for _ in range(SENIORS)]
    teams = {s.id: CareTeam(senior_id=s.id, members=TEAM, updated_at=utcnow()) for s in seniors}

    async def lookup(tx, senior_id):
        return teams.get(senior_id)

    units = [SqlUnitOfWork(mariadb_url, max_workers=4) for _ in range(2)]
    try:
        alerts_of = [Alerts(uow=u, clock=clock, routing=routing, teams=lookup) for u in units]
        async with units[0].begin() as tx:
            for s in seniors:
                await tx.seniors.add(s)
            await tx.commit()
        for batch in range(ALERTS // 100):
            async with units[0].begin() as tx:
                for i in range(100):
                    senior = seniors[(batch * 100 + i) % SENIORS]
                    alert = Alert(
                        id=new_id(),
                        senior_id=senior.id,
                        check_in_id=None,
                        assessment_id=None,
                        level=RiskLevel.HIGH,
                        reason_code=MISSED_CHECK_INS,
                        reason="2 consecutive scheduled check-ins missed",
                        reason_ko="예정된 체크인 2회 연속 미응답",
                        evidence=(),
                        recommended_action="Call the senior",
                        recommended_action_ko="어르신께 전화하세요",
                        created_at=clock.now(),
                    )
                    await alerts_of[0].raise_in(tx, alert)
                await tx.commit()

        policy = DeliveryPolicy(batch=50)
        workers = [
            Deliveries(
                uow=u,
                notifiers=dict.fromkeys(ChannelKind, receiver),
                analytics=NullAnalytics(),
                clock=clock,
                policy=policy,
            )
            for u in units
        ]

        blips: list[str] = []

        async def work(i: int) -> int:
            steps = 0
            idle = 0
            while idle < 3:
                try:
                    steps += await alerts_of[i].escalate(limit=50)
                    report = await workers[i].deliver(f"worker-{i}")
                except DatabaseUnavailable as exc:
                    # A deadlock victim or a timeout on a loaded machine: the transaction rolled back whole, and
                    # the worker's loop (entrypoints/worker.py) simply tries again on its next pass, as here.
                    blips.append(exc.detail)
                    idle = 0
                    continue
                idle = idle + 1 if report.claimed == 0 else 0
            return steps

        steps = await asyncio.gather(work(0), work(1))
    finally:
        for u in units:
            await u.aclose()

    created = [n for n in receiver.events.values() if n.event is AlertEvent.CREATED]
    escalated = [n for n in receiver.events.values() if n.event is AlertEvent.ESCALATED]
    assert sum(steps) == ALERTS  # every alert took its one escalation step, once
    assert len(created) == ALERTS * 2  # organisation webhook, first member
    assert len(escalated) == ALERTS * 2  # organisation webhook, second member
    assert max(receiver.sends.values()) == 1, "a notification was delivered twice"
    assert (
        len({(n.alert_id, n.event, n.channel.address, n.channel.kind) for n in receiver.events.values()}) == ALERTS * 4
    )
